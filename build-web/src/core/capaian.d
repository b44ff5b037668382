build-web/src/core/capaian.o: src/core/capaian.c src/core/capaian.h \
 src/core/model.h src/core/../util/util.h src/core/skala.h
src/core/capaian.h:
src/core/model.h:
src/core/../util/util.h:
src/core/skala.h:
