#!/usr/bin/env bash
# Installs the pinned client libraries (from package-lock.json) and runs the check. Environment: ISSUER, CLIENT_ID, CLIENT_SECRET.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/openid-client ] || [ ! -d node_modules/jose ]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
exec node check.mjs
