# SPDX-License-Identifier: MIT
# mk/browser.mk - the browser test of 'grip doc --html' (tests/browser/).
#
# make browser   render every tests/browser/*.page with headless Chromium
#                and check the DOM, a screenshot and (some) a PDF print
#
# 'make test' runs the same script from tests/run.sh when Chromium is
# installed (and says "skipped: chromium not installed" otherwise); its
# checks count in the final "N passed, N failed".  CI installs Debian's
# chromium (.ci/run).

.PHONY: browser
browser: $(BIN)
	$(Q)sh tests/browser/run.sh --grip $(BIN)
