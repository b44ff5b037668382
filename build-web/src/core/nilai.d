build-web/src/core/nilai.o: src/core/nilai.c src/core/nilai.h \
 src/core/angka.h src/core/model.h src/core/../util/util.h \
 src/core/skala.h
src/core/nilai.h:
src/core/angka.h:
src/core/model.h:
src/core/../util/util.h:
src/core/skala.h:
