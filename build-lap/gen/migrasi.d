build-lap/gen/migrasi.o: build-lap/gen/migrasi.c
