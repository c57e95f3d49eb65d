#!/usr/bin/env bash
# What CI does, on this machine: clone the committed HEAD into a temporary directory, put
# ../shared beside it when this checkout has one, and run .ci/run there. Uncommitted changes
# are not included, which is the point: it catches files that exist only in your working tree.
# Usage: scripts/fresh-clone-check.sh [workdir]   (default: a new directory under /tmp)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d /tmp/papergraph-clone.XXXXXX)}"
mkdir -p "$work"
work="$(cd "$work" && pwd -P)"
# The clone replaces $work/main: never let that be this checkout or a folder around it.
case "$(cd "$repo" && pwd -P)/" in
  "$work/main/"*) echo "fresh-clone-check: $work/main is this checkout (or holds it); choose another directory" >&2; exit 2 ;;
esac
rm -rf "$work/main"
git clone --quiet "$repo" "$work/main"
if [ -d "$repo/../shared" ] && [ ! -e "$work/shared" ]; then ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"; fi
echo "fresh-clone-check: $(git -C "$work/main" log -1 --format='%h %s') in $work/main"
cd "$work/main"
CI=true bash .ci/run
