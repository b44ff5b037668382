build-web/src/core/pengaturan.o: src/core/pengaturan.c \
 src/core/pengaturan.h src/core/model.h src/core/../util/util.h \
 src/core/angka.h
src/core/pengaturan.h:
src/core/model.h:
src/core/../util/util.h:
src/core/angka.h:
