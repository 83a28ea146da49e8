#!/usr/bin/env bash
# The graphql-http audit (every MUST/SHOULD/MAY of GraphQL over HTTP) against the sample host's /graphql.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../host.sh"
(cd "$here" && npm install --no-audit --no-fund --silent)
start_host
trap stop_host EXIT
GRAPHQL_URL="http://127.0.0.1:$PORT/graphql" node "$here/audit.mjs"
