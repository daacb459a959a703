# SPDX-License-Identifier: MIT
# mk/bench.mk - benchmark B1: the data generator, the hand-written C baseline
# and the timing helper (bench/README.md).  Each is one self-contained C
# file, built into $(O) with the project's flags; 'make test' builds the
# generator and the baseline because tests/golden/b1 runs them.

B1_TOOLS = $(O)/tools/genb1 $(O)/bench/b1-baseline $(O)/bench/measure

$(O)/tools/genb1: tools/genb1.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $<

$(O)/bench/b1-baseline: bench/b1/baseline.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $<

$(O)/bench/measure: bench/measure.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $<

.PHONY: bench-tools
bench-tools: $(B1_TOOLS)

TEST_DEPS += $(O)/tools/genb1 $(O)/bench/b1-baseline
bench: $(B1_TOOLS)
# bench/run.sh takes the build folder and grip from here
bench: export B1_BUILD = $(O)
bench: export GRIP_BIN = $(BIN)
