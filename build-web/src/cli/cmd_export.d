build-web/src/cli/cmd_export.o: src/cli/cmd_export.c \
 src/cli/../io/ekspor.h src/cli/../io/../store/store.h \
 src/cli/../io/../store/../core/model.h \
 src/cli/../io/../store/../core/../util/util.h \
 src/cli/../io/../store/../util/util.h src/cli/cli.h \
 src/cli/../store/store.h src/cli/../util/util.h
src/cli/../io/ekspor.h:
src/cli/../io/../store/store.h:
src/cli/../io/../store/../core/model.h:
src/cli/../io/../store/../core/../util/util.h:
src/cli/../io/../store/../util/util.h:
src/cli/cli.h:
src/cli/../store/store.h:
src/cli/../util/util.h:
