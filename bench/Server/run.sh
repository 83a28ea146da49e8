#!/usr/bin/env bash
# Load benchmark: GraphQL endpoint vs a bare ASP.NET Core endpoint returning the same JSON, with wrk.
# Usage: bench/Server/run.sh [duration=10s] [connections=32] [threads=2]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/host.sh"
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }
DURATION="${1:-10s}"; CONNECTIONS="${2:-32}"; THREADS="${3:-2}"
start_host
trap stop_host EXIT
base="http://127.0.0.1:$PORT"
typename='{"query":"{ __typename }"}'
items='{"query":"{ items(first: 50) { id name price inStock } }"}'

same_json() {
  local a b
  a=$(curl -s -X POST -H 'content-type: application/json' -d "$2" "$base/graphql")
  b=$(curl -s -X POST "$base/bare/$1")
  [ "$a" = "$b" ] && echo "identical JSON ($1, ${#a} bytes)" || { echo "JSON differs for $1:"; echo " graphql: ${a:0:200}"; echo " bare:    ${b:0:200}"; }
}
same_json typename "$typename"
same_json items "$items"

# The machine is shared, so each pair is measured back to back, ROUNDS times, and the best round of each is kept.
ROUNDS="${ROUNDS:-3}"
# Server CPU time per request (from /proc, user+system ticks) is printed too: unlike req/s it hardly depends on
# what else the shared machine is doing at the time.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$HOST_PID/stat"; }
run() { # name url body
  local out rps p99 requests before after best=0
  [ -f "/tmp/graphql-bench-$1.rps" ] && best=$(cat "/tmp/graphql-bench-$1.rps")
  before=$(cpu_ticks)
  out=$(BODY="$3" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$here/post.lua" "$2")
  after=$(cpu_ticks)
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  printf '%-22s %12s req/s   p99 %-9s server CPU %s us/request\n' "$1" "$rps" "$p99" \
    "$(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')"
  awk -v a="$rps" -v b="$best" 'BEGIN { exit !(a > b) }' && echo "$rps" > "/tmp/graphql-bench-$1.rps" || true
}
rm -f /tmp/graphql-bench-*.rps
# Warm-up (JIT, tiered compilation) before measuring.
BODY="$items" wrk -t1 -c8 -d3s -s "$here/post.lua" "$base/graphql" >/dev/null
BODY="" wrk -t1 -c8 -d3s -s "$here/post.lua" "$base/bare/items" >/dev/null
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round"
  run graphql-typename "$base/graphql" "$typename"
  run bare-typename "$base/bare/typename" ""
  run graphql-items50 "$base/graphql" "$items"
  run bare-items50 "$base/bare/items" ""
done
echo "best of $ROUNDS rounds:"
for q in typename items50; do
  awk -v g="$(cat /tmp/graphql-bench-graphql-$q.rps)" -v b="$(cat /tmp/graphql-bench-bare-$q.rps)" -v q="$q" \
    'BEGIN { printf "%-10s graphql %.0f req/s, bare %.0f req/s: graphql/bare = %.0f%% (target >= 70%%)\n", q, g, b, 100 * g / b }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
