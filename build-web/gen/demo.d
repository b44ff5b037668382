build-web/gen/demo.o: build-web/gen/demo.c
