#!/bin/sh
# SPDX-License-Identifier: MIT
# tools/demo.sh GRIP - the main job on the bundled sample data (make demo).
set -eu
grip=${1:-./grip}
"$grip" --version
