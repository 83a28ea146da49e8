#!/usr/bin/env bash
# Builds the sample host (Release) and starts it on 127.0.0.1:$PORT; prints its pid. Source of the other scripts.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PLATFORM_BUILD_ROOT="${PLATFORM_BUILD_ROOT:-/tmp/build-server-bench}"
PORT="${PORT:-5187}"
start_host() {
  dotnet build "$repo/bench/Server/SampleHost/GraphQL.SampleHost.csproj" -c Release -v q -nologo >/dev/null
  ASPNETCORE_URLS="http://127.0.0.1:$PORT" QuietLogs="${QuietLogs:-true}" \
    dotnet "$PLATFORM_BUILD_ROOT/bin/GraphQL.SampleHost/Release/net10.0/Platform.GraphQL.SampleHost.dll" >"${HOST_LOG:-/tmp/graphql-sample-host.log}" 2>&1 &
  HOST_PID=$!
  for _ in $(seq 1 60); do
    curl -sf -o /dev/null -X POST -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$PORT/graphql" && return 0
    sleep 0.5
  done
  echo "sample host did not start; see ${HOST_LOG:-/tmp/graphql-sample-host.log}" >&2
  kill "$HOST_PID"; return 1
}
stop_host() { kill "$HOST_PID" 2>/dev/null || true; wait "$HOST_PID" 2>/dev/null || true; }
