#!/bin/sh
# SPDX-License-Identifier: MIT
# tests/valgrind.sh GRIP - runs the golden cases with grip under valgrind's
# memcheck; any leak or memory error fails the case (exit 99).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
grip=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
command -v valgrind >/dev/null || { echo "valgrind: not installed" >&2; exit 2; }
wrap=$(mktemp -d)
trap 'rm -rf "$wrap"' EXIT
cat > "$wrap/grip" <<W
#!/bin/sh
exec valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 "$grip" "\$@"
W
chmod +x "$wrap/grip"
GRIP_ASAN=1 sh "$root/tests/run.sh" --grip "$wrap/grip" --units /nonexistent
