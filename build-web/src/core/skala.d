build-web/src/core/skala.o: src/core/skala.c src/core/skala.h \
 src/core/model.h src/core/../util/util.h
src/core/skala.h:
src/core/model.h:
src/core/../util/util.h:
