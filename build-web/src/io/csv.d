build-web/src/io/csv.o: src/io/csv.c src/io/csv.h src/io/../util/util.h
src/io/csv.h:
src/io/../util/util.h:
