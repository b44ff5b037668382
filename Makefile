# kinerja — build, run and test. `make run` and `make test` work on a fresh
# Debian 12 machine: they install the Debian packages they need first. `make`
# (`make all`) only builds: it never runs apt-get.

CC      ?= cc
BUILD   ?= build
PKGS    := sqlite3 libmicrohttpd jansson libsodium cmocka cairo pangocairo fontconfig xlsxwriter \
           libzip expat libpq
WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wpointer-arith \
           -Wcast-qual -Wsign-compare -fno-common -Werror
CFLAGS  ?= -O2 -g
# `override`: also when CFLAGS is given on the command line (make test-asan does),
# the language, feature macros and warnings stay.
override CFLAGS += -std=c11 -D_GNU_SOURCE $(WARN) -MMD -MP
PKGCFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKGLIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
LDLIBS  += $(PKGLIBS) -lm -lpthread

DB      ?= kinerja-demo.db
LISTEN  ?= 127.0.0.1:8080

SRC      := $(sort $(wildcard src/*.c src/*/*.c))
LIBSRC   := $(filter-out src/main.c,$(SRC))
GEN      := $(BUILD)/gen/migrasi.c $(BUILD)/gen/demo.c $(BUILD)/gen/aset.c $(BUILD)/gen/kerangka.c
OBJ      := $(SRC:%.c=$(BUILD)/%.o) $(GEN:.c=.o)
LIBOBJ   := $(LIBSRC:%.c=$(BUILD)/%.o) $(GEN:.c=.o)
UNITSRC  := $(sort $(wildcard tests/unit/test_*.c))
UNITBIN  := $(UNITSRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZSRC  := $(sort $(wildcard fuzz/fuzz_*.c))
FUZZBIN  := $(FUZZSRC:fuzz/%.c=$(BUILD)/fuzz/%)

.PHONY: all deps deps-test run test test-asan unit clean fmt bench bench-kaskade fuzz screenshots

all: $(BUILD)/kinerja

# Installs the Debian packages the build and the tests need, skipping what is present.
deps:
	@tools/deps.sh

deps-test:
	@tools/deps.sh test

# `make run` and `make test` install first: every object then waits for the packages (an
# order-only prerequisite, also under make -j). Plain `make` adds no such prerequisite.
ifneq ($(filter test,$(MAKECMDGOALS)),)
$(OBJ) $(LIBOBJ): | deps-test
else ifneq ($(filter run,$(MAKECMDGOALS)),)
$(OBJ) $(LIBOBJ): | deps
endif

$(BUILD)/kinerja: $(OBJ)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) $(PKGCFLAGS) -c -o $@ $<

$(BUILD)/gen/migrasi.c: $(sort $(wildcard src/store/migrations/*.sql)) tools/embed.sh
	@mkdir -p $(dir $@)
	tools/embed.sh migrasi $(sort $(wildcard src/store/migrations/*.sql)) > $@

$(BUILD)/gen/demo.c: $(sort $(wildcard data/demo/*.csv)) tools/embed.sh
	@mkdir -p $(dir $@)
	tools/embed.sh demo $(sort $(wildcard data/demo/*.csv)) > $@

$(BUILD)/gen/kerangka.c: $(sort $(wildcard data/kerangka/*.csv)) tools/embed.sh
	@mkdir -p $(dir $@)
	tools/embed.sh kerangka $(sort $(wildcard data/kerangka/*.csv)) > $@

$(BUILD)/gen/aset.c: $(sort $(wildcard src/web/aset/*)) tools/embed.sh
	@mkdir -p $(dir $@)
	tools/embed.sh aset $(sort $(wildcard src/web/aset/*)) > $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(CFLAGS) -Wno-overlength-strings -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) $(PKGCFLAGS) -Isrc -o $@ $^ $(LDLIBS)

run: deps all
	@test -f $(DB) || ./$(BUILD)/kinerja demo $(DB)
	./$(BUILD)/kinerja serve $(DB) --listen $(LISTEN)

# Fuzz targets linked with a replay driver: `make test` runs the seed corpus.
$(BUILD)/fuzz/%: fuzz/%.c fuzz/driver.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) $(PKGCFLAGS) -Isrc -o $@ $^ $(LDLIBS)

# Real fuzzing with libFuzzer (clang): make fuzz, then e.g.
#   build-fuzz/fuzz_csv -max_total_time=60 fuzz/seed/csv
fuzz:
	@mkdir -p build-fuzz
	for f in $(FUZZSRC); do \
		clang -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
			$(PKGCFLAGS) -o build-fuzz/$$(basename $$f .c) $$f \
			$(filter src/core/%.c src/util/%.c src/io/csv.c src/io/xlsx.c src/io/impor.c src/web/masukan.c src/web/html.c src/web/multipart.c,$(LIBSRC)) $(LDLIBS) || exit 1; \
	done

unit: all $(UNITBIN)

test: deps-test all $(UNITBIN) $(FUZZBIN) $(BUILD)/tests/uji_muat
	@BUILD=$(BUILD) tests/run.sh

# The same tests under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan:
	@$(MAKE) --no-print-directory BUILD=build-asan \
		CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
		LDFLAGS="-fsanitize=address,undefined" test

# A helper of tests/cli/muat_semua.sh (the library's loads compared).
$(BUILD)/tests/uji_muat: tests/cli/uji_muat.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) $(PKGCFLAGS) -Isrc -o $@ $^ $(LDLIBS)

$(BUILD)/bench/%: bench/%.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) $(PKGCFLAGS) -Isrc -o $@ $^ $(LDLIBS)

# Refreshes the user guide's screenshots (docs/img) from the browser tests.
screenshots: all
	@KINERJA_GAMBAR_DOCS=1 KINERJA=$(PWD)/$(BUILD)/kinerja BUILD=$(BUILD) node tests/browser/test_web.mjs
	@KINERJA_GAMBAR_DOCS=1 KINERJA=$(PWD)/$(BUILD)/kinerja BUILD=$(BUILD) node tests/browser/test_harian.mjs
	@KINERJA_GAMBAR_DOCS=1 KINERJA=$(PWD)/$(BUILD)/kinerja BUILD=$(BUILD) node tests/browser/test_perencana.mjs

bench: all $(BUILD)/bench/bench_ukur
	BUILD=$(BUILD) bench/run.sh

$(BUILD)/bench/bench_kaskade: bench/bench_kaskade.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) $(PKGCFLAGS) -Isrc -o $@ $^ $(LDLIBS)

# The OPD cascade at national scale (issue 11): ~40 OPD per pemda, ~3.5 million rows.
bench-kaskade: all $(BUILD)/bench/bench_kaskade
	BUILD=$(BUILD) bench/kaskade.sh

fmt:
	clang-format -i $(SRC) $(wildcard src/*/*.h) $(UNITSRC)

clean:
	rm -rf build build-asan build-fuzz

-include $(OBJ:.o=.d) $(UNITBIN:=.d)
