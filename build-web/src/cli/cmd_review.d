build-web/src/cli/cmd_review.o: src/cli/cmd_review.c src/cli/cli.h \
 src/cli/../store/store.h src/cli/../store/../core/model.h \
 src/cli/../store/../core/../util/util.h src/cli/../store/../util/util.h \
 src/cli/../util/util.h
src/cli/cli.h:
src/cli/../store/store.h:
src/cli/../store/../core/model.h:
src/cli/../store/../core/../util/util.h:
src/cli/../store/../util/util.h:
src/cli/../util/util.h:
