build-web/src/cli/cmd_init.o: src/cli/cmd_init.c src/cli/cli.h \
 src/cli/../store/store.h src/cli/../store/../core/model.h \
 src/cli/../store/../core/../util/util.h src/cli/../store/../util/util.h \
 src/cli/../util/util.h
src/cli/cli.h:
src/cli/../store/store.h:
src/cli/../store/../core/model.h:
src/cli/../store/../core/../util/util.h:
src/cli/../store/../util/util.h:
src/cli/../util/util.h:
