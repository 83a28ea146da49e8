#!/usr/bin/env bash
# Browser test of the IDE: the sample host, headless Chromium (Debian package), a query and a subscription.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../host.sh"
command -v chromium >/dev/null || { echo "chromium missing: apt-get install -y chromium" >&2; exit 2; }
start_host
profile="$(mktemp -d)"
DEVTOOLS_PORT="${DEVTOOLS_PORT:-9323}"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --user-data-dir="$profile" --remote-debugging-port="$DEVTOOLS_PORT" about:blank >/tmp/graphql-ide-chromium.log 2>&1 &
chrome_pid=$!
cleanup() { kill "$chrome_pid" 2>/dev/null || true; wait "$chrome_pid" 2>/dev/null || true; rm -rf "$profile"; stop_host; }
trap cleanup EXIT
node --experimental-websocket --no-warnings "$here/ide-check.mjs" "$DEVTOOLS_PORT" "http://127.0.0.1:$PORT/graphql"
