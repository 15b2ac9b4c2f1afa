#!/usr/bin/env bash
# Installs what vas needs (Node 24 from the npm registry when the machine's Node is older, npm dependencies)
# and scans the bundled example API. Extra arguments go to `vas scan` (e.g. --format html -o report.html).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$(scripts/node24.sh):$PATH"
[[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error
node bin/vas.js scan examples/todo-express "$@" || [[ $? -eq 1 ]]   # exit 1 = findings, expected here
