# SPDX-License-Identifier: MIT
# grip - one hand-written GNU Makefile (GNU make >= 4.3).
#
# make            build ./grip
# make test       build and run every test (unit, golden, error, policies)
# make asan       the same tests under AddressSanitizer + UBSan
# make valgrind   the golden tests under valgrind (leak check)
# make demo       run the main job on the bundled sample data
# make bench      the B1 benchmark against the hand-written C baseline
# make fuzz       build the libFuzzer targets (clang)
# make install PREFIX=/usr/local
# make regen / check-generated   regenerate / verify lang/lexer.c, lang/parser.c
# make clean

# ---- settings you may change -------------------------------------------------
CC      ?= cc
PREFIX  ?= /usr/local
O       ?= build
OPT     ?= -O2 -g
SAN     ?=
V       ?= 0

WARN = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wwrite-strings -Wundef
# -Werror in CI (CI=true) and whenever WERROR=1
ifeq ($(CI),true)
WERROR ?= 1
endif
ifeq ($(WERROR),1)
WARN += -Werror
endif
CFLAGS  ?=
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L $(OPT) $(WARN) $(SAN) $(CFLAGS) -MMD -MP -I. -I$(O)
# the generated scanner and parser are not ours to lint
GEN_CFLAGS = -Wno-unused-function -Wno-sign-compare -Wno-unused-parameter \
             -Wno-missing-prototypes -Wno-strict-prototypes -Wno-shadow -Wno-pedantic -Wno-undef
LDFLAGS ?=
LDLIBS  ?= -lpthread

ifeq ($(V),1)
Q =
else
Q = @
endif

# ---- sources -----------------------------------------------------------------
GEN_SRC  = lang/lexer.c lang/parser.c
LANG_SRC = $(sort $(filter-out $(GEN_SRC),$(wildcard lang/*.c)) $(wildcard $(GEN_SRC)))
RT_SRC   = $(wildcard runtime/*.c)
CLI_SRC  = $(wildcard cli/*.c)
LIB_OBJ  = $(patsubst %.c,$(O)/%.o,$(LANG_SRC) $(RT_SRC))
CLI_OBJ  = $(patsubst %.c,$(O)/%.o,$(CLI_SRC))
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(patsubst tests/unit/%.c,$(O)/unit/%,$(UNIT_SRC))
STDLIB   = $(sort $(wildcard stdlib/*.grip))

BIN = grip
ifneq ($(O),build)
BIN = $(O)/grip
endif

# Each area may add rules in mk/<area>.mk (e.g. mk/bench.mk); TEST_DEPS lists
# what 'make test' must build besides grip and the unit tests.
TEST_DEPS =
# 'all' stays the default goal whatever the included files define first
# (mk/gendata.mk adds a prerequisite to 'bless', which made a bare 'make'
# rewrite every expectation)
.DEFAULT_GOAL := all
include $(sort $(wildcard mk/*.mk))

.PHONY: all test check unit asan ubsan valgrind demo bench install clean regen \
        check-generated check-gen check-stamp fuzz fuzz-smoke headers golden-update bless

all: $(BIN)

$(BIN): $(CLI_OBJ) $(O)/libgrip.a
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(O)/libgrip.a $(LDLIBS)

$(O)/libgrip.a: $(LIB_OBJ)
	$(Q)rm -f $@
	$(Q)ar rcs $@ $^

$(O)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/lang/lexer.o $(O)/lang/parser.o: ALL_CFLAGS += $(GEN_CFLAGS)

# the standard library is embedded in the binary (generated, not committed)
$(O)/stdlib.inc: $(STDLIB) tools/embed.sh
	@mkdir -p $(O)
	$(Q)sh tools/embed.sh $(STDLIB) > $@.tmp && mv $@.tmp $@
$(O)/runtime/stdlib_files.o: $(O)/stdlib.inc

# ---- generated parser sources (committed; see docs/internals.md) -------------
# Regenerated only when bison/flex are installed and the grammar is newer;
# without them the committed files are used and check-stamp catches drift.
ifneq ($(wildcard lang/parser.y),)
lang/parser.c lang/parser.h &: lang/parser.y
	$(Q)if command -v bison >/dev/null 2>&1; then \
	    echo "  BISON   $<"; sh tools/regen.sh parser; \
	else touch lang/parser.c lang/parser.h; fi
endif
ifneq ($(wildcard lang/lexer.l),)
lang/lexer.c lang/lexer.h &: lang/lexer.l
	$(Q)if command -v flex >/dev/null 2>&1; then \
	    echo "  FLEX    $<"; sh tools/regen.sh lexer; \
	else touch lang/lexer.c lang/lexer.h; fi
endif

regen:
	$(Q)sh tools/regen.sh parser && sh tools/regen.sh lexer

check-generated check-gen:
	$(Q)sh tools/regen.sh --check

check-stamp:
	$(Q)sh tools/regen.sh --stamp

# ---- tests -------------------------------------------------------------------
$(O)/unit/%: tests/unit/%.c $(O)/libgrip.a tests/unit/harness.h
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -Wno-unused-function -o $@ $< $(O)/libgrip.a $(LDLIBS)

unit: $(UNIT_BIN)

test check: $(BIN) $(UNIT_BIN) check-stamp $(TEST_DEPS)
	$(Q)sh tests/run.sh --grip $(BIN) --units $(O)/unit

golden-update bless: $(BIN) $(UNIT_BIN)
	$(Q)sh tests/run.sh --bless --grip $(BIN) --units $(O)/unit

ASAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
asan:
	$(Q)ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 GRIP_ASAN=1 \
	    $(MAKE) --no-print-directory O=build/asan OPT="-O1 -g" SAN="$(ASAN_FLAGS)" test

ubsan:
	$(Q)GRIP_ASAN=1 $(MAKE) --no-print-directory O=build/ubsan OPT="-O1 -g" \
	    SAN="-fsanitize=undefined -fno-sanitize-recover=all" test

valgrind: $(BIN)
	$(Q)sh tests/valgrind.sh $(BIN)

fuzz:
	$(Q)sh tests/fuzz/build.sh

# each fuzz target for FUZZ_SECONDS over the repository's inputs (CI)
FUZZ_SECONDS ?= 20
fuzz-smoke: fuzz
	$(Q)sh tests/fuzz/smoke.sh $(FUZZ_SECONDS)

headers:
	$(Q)for h in $(filter-out lang/lexer.h lang/parser.h %_kinds.h %_ops.h,$(wildcard lang/*.h runtime/*.h cli/*.h)); do \
	    printf '#include "%s"\n' $$h | $(CC) $(ALL_CFLAGS) -x c -fsyntax-only - || exit 1; done

# ---- the main job, benchmark, install ------------------------------------------
demo: $(BIN)
	$(Q)sh tools/demo.sh ./$(BIN)

bench: $(BIN)
	$(Q)sh bench/run.sh

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/grip/stdlib
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/grip
	$(if $(STDLIB),install -m 644 $(STDLIB) $(DESTDIR)$(PREFIX)/share/grip/stdlib/)

clean:
	rm -rf build grip out

-include $(shell find $(O) -name '*.d' 2>/dev/null)
