build-lap/gen/demo.o: build-lap/gen/demo.c
