build-web/src/io/ekspor.o: src/io/ekspor.c src/io/ekspor.h \
 src/io/../store/store.h src/io/../store/../core/model.h \
 src/io/../store/../core/../util/util.h src/io/../store/../util/util.h \
 src/io/../core/angka.h src/io/../core/nilai.h src/io/../core/angka.h \
 src/io/../core/model.h src/io/csv.h src/io/../util/util.h src/io/impor.h
src/io/ekspor.h:
src/io/../store/store.h:
src/io/../store/../core/model.h:
src/io/../store/../core/../util/util.h:
src/io/../store/../util/util.h:
src/io/../core/angka.h:
src/io/../core/nilai.h:
src/io/../core/angka.h:
src/io/../core/model.h:
src/io/csv.h:
src/io/../util/util.h:
src/io/impor.h:
