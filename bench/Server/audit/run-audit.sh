#!/usr/bin/env bash
# The graphql-http audit (every MUST/SHOULD/MAY of GraphQL over HTTP) against the sample host's /graphql,
# or against GRAPHQL_URL when set (then no host is started). Versions are pinned by package-lock.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ -d "$here/node_modules/graphql-http" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
if [ -n "${GRAPHQL_URL:-}" ]; then
  exec node "$here/audit.mjs"
fi
source "$here/../host.sh"
start_host
trap stop_host EXIT
GRAPHQL_URL="http://127.0.0.1:$PORT/graphql" node "$here/audit.mjs"
