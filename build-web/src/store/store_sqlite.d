build-web/src/store/store_sqlite.o: src/store/store_sqlite.c \
 src/store/store.h src/store/../core/model.h \
 src/store/../core/../util/util.h src/store/../util/util.h \
 src/store/../core/angka.h src/store/../core/nilai.h \
 src/store/../core/angka.h src/store/../core/model.h \
 src/store/../core/pengaturan.h src/store/../util/tertanam.h
src/store/store.h:
src/store/../core/model.h:
src/store/../core/../util/util.h:
src/store/../util/util.h:
src/store/../core/angka.h:
src/store/../core/nilai.h:
src/store/../core/angka.h:
src/store/../core/model.h:
src/store/../core/pengaturan.h:
src/store/../util/tertanam.h:
