build-web/src/core/ukur.o: src/core/ukur.c src/core/ukur.h \
 src/core/capaian.h src/core/model.h src/core/../util/util.h \
 src/core/skala.h
src/core/ukur.h:
src/core/capaian.h:
src/core/model.h:
src/core/../util/util.h:
src/core/skala.h:
