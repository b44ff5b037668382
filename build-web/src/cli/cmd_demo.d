build-web/src/cli/cmd_demo.o: src/cli/cmd_demo.c src/cli/../io/impor.h \
 src/cli/../io/../store/store.h src/cli/../io/../store/../core/model.h \
 src/cli/../io/../store/../core/../util/util.h \
 src/cli/../io/../store/../util/util.h src/cli/../io/csv.h \
 src/cli/../io/../util/util.h src/cli/../util/tertanam.h src/cli/cli.h \
 src/cli/../store/store.h src/cli/../util/util.h
src/cli/../io/impor.h:
src/cli/../io/../store/store.h:
src/cli/../io/../store/../core/model.h:
src/cli/../io/../store/../core/../util/util.h:
src/cli/../io/../store/../util/util.h:
src/cli/../io/csv.h:
src/cli/../io/../util/util.h:
src/cli/../util/tertanam.h:
src/cli/cli.h:
src/cli/../store/store.h:
src/cli/../util/util.h:
