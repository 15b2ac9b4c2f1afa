#!/usr/bin/env bash
# Installs what the tests need on a clean machine: npm dependencies, and Debian chromium for the
# HTML report test (skipped when already present). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$(scripts/node24.sh):$PATH"
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
if [[ ! -x /usr/bin/chromium ]]; then
  if command -v apt-get >/dev/null; then
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    ($SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null) \
      || echo "setup.sh: could not install chromium; the HTML browser test will fail" >&2
  fi
fi
