build-web/src/core/angka.o: src/core/angka.c src/core/angka.h
src/core/angka.h:
