#!/usr/bin/env bash
# Installs what `make test` needs when it is missing: Chromium (Debian's
# package) for the browser tests, nginx (Debian's package) for the caching
# proxy test, axe-core and pym.js (npm, pinned) for the accessibility audit
# and the embed tests, and wasmbrowsertest (Go module, pinned) to run the
# wasm unit tests in that Chromium. A missing browser is a failure, never a
# silent skip.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test-deps: installing ${need_apt[*]} from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "test-deps: the browser tests need ${need_apt[*]}. Install with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
fi
chromium --version

if [ ! -f e2e/node_modules/axe-core/axe.min.js ] || [ ! -f e2e/node_modules/pym.js/dist/pym.v1.min.js ]; then
  echo "test-deps: installing axe-core and pym.js (pinned in e2e/package-lock.json)"
  (cd e2e && npm ci --no-audit --no-fund --silent)
fi

if [ ! -x bin/go_js_wasm_exec ]; then
  echo "test-deps: installing wasmbrowsertest v0.11.0 as bin/go_js_wasm_exec"
  mkdir -p bin
  GOBIN="$PWD/bin" go install github.com/agnivade/wasmbrowsertest@v0.11.0
  mv bin/wasmbrowsertest bin/go_js_wasm_exec
fi
