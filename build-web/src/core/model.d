build-web/src/core/model.o: src/core/model.c src/core/model.h \
 src/core/../util/util.h src/core/skala.h
src/core/model.h:
src/core/../util/util.h:
src/core/skala.h:
