# SPDX-License-Identifier: MIT
# mk/gendata.mk - the synthetic-data generator tools/gendata.c (docs/data.md).
#
# make build/tools/gendata   build the generator
# make data                  regenerate the bundled sample year in data/
#
# The golden tests under tests/golden/gendata/ run the generator as
# ${GRIP_GENDATA:-$GRIP_ROOT/build/tools/gendata}: tests/run.sh sets GRIP_ROOT,
# and GRIP_GENDATA (exported here) points at this build's generator, so that
# 'make asan' (O=build/asan) tests the sanitized one.

GENDATA = $(O)/tools/gendata
TEST_DEPS += $(GENDATA)
# bless runs the same cases, so it needs the generator too
golden-update bless: $(GENDATA)
export GRIP_GENDATA := $(abspath $(GENDATA))

$(GENDATA): tools/gendata.c $(O)/libgrip.a
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(O)/libgrip.a $(LDLIBS)

.PHONY: data
data: $(GENDATA)
	$(Q)$(GENDATA) --out data
