build-web/gen/migrasi.o: build-web/gen/migrasi.c
