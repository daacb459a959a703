# SPDX-License-Identifier: MIT
# mk/gendata.mk - the synthetic-data generator tools/gendata.c (docs/data.md).
#
# make build/tools/gendata   build the generator
# make data                  regenerate the bundled sample year in data/
#
# The golden tests under tests/golden/gendata/ run the generator; they find
# it through GRIP_GENDATA and the repository through GRIP_ROOT, both exported
# to tests/run.sh from here.

GENDATA = $(O)/tools/gendata
TEST_DEPS += $(GENDATA)
export GRIP_GENDATA := $(abspath $(GENDATA))
export GRIP_ROOT ?= $(CURDIR)

$(GENDATA): tools/gendata.c $(O)/libgrip.a
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(O)/libgrip.a $(LDLIBS)

.PHONY: data
data: $(GENDATA)
	$(Q)$(GENDATA) --out data
