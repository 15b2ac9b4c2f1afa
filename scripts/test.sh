#!/usr/bin/env bash
# Installs what the tests need on a clean machine (Node 24, npm dependencies, Debian chromium for the
# HTML report test) and runs the whole test suite with `npm test` (vitest).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$(scripts/node24.sh):$PATH"
scripts/setup.sh
npm test
