#!/usr/bin/env bash
# What CI does, on this machine: clone the committed HEAD into a temporary directory, put
# ../shared beside it when this checkout has one, and run .ci/run there. Uncommitted changes
# are not included, which is the point: it catches files that exist only in your working tree.
# Usage: scripts/fresh-clone-check.sh [workdir]   (default: a new directory under /tmp)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d /tmp/papergraph-clone.XXXXXX)}"
mkdir -p "$work"
rm -rf "$work/main"
git clone --quiet "$repo" "$work/main"
if [ -d "$repo/../shared" ] && [ ! -e "$work/shared" ]; then ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"; fi
echo "fresh-clone-check: $(git -C "$work/main" log -1 --format='%h %s') in $work/main"
cd "$work/main"
CI=true bash .ci/run
