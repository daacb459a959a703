# SPDX-License-Identifier: MIT
# mk/selftest.mk - the repository checks its own policies with grip.
#
# make selftest   run the test blocks of policies/, stdlib/ and bench/b1
#                 (grip test) and check their layout (grip fmt --check)
#
# 'make test' runs the same two commands as the golden cases
# tests/golden/selftest/tests and tests/golden/selftest/fmt, so they count
# in its closing "N passed, N failed".

.PHONY: selftest
selftest: $(BIN)
	$(Q)./$(BIN) test policies stdlib bench/b1
	$(Q)./$(BIN) fmt --check policies stdlib
