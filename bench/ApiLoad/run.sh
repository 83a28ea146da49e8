#!/usr/bin/env bash
# Load benchmark of the API on the data already in the private cluster (load it once with
# `./platform db seed --scale 1000`). Unlike `./platform run` this never seeds: it starts the cluster if needed, builds
# Identity, API and the load client in Release, starts Identity and the API (Warning logs) on their own ports, waits
# for /health/ready, runs bench/ApiLoad with the given arguments and stops both services on exit.
#
#   bench/ApiLoad/run.sh [load client arguments, see bench/ApiLoad/Program.cs]
#
# Environment: LOAD_API_PORT (5010), LOAD_IDENTITY_PORT (5011), PLATFORM_BUILD_ROOT (where dotnet builds),
# LOAD_APP_OPTIONS (extra Npgsql settings for the API's connection, e.g. "Max Auto Prepare=50"), LOAD_SERVICES_ONLY=1 (start the services and wait, for profiling by hand), LOAD_REF=<git ref> (build the services from
# that commit instead of the working tree, e.g. HEAD while others edit the tree; the load client is taken from the tree).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
DATA_DIR="${PLATFORM_DATA_DIR:-$ROOT/.data}"
API_PORT="${LOAD_API_PORT:-5010}"
IDENTITY_PORT="${LOAD_IDENTITY_PORT:-5011}"
API_URL="http://127.0.0.1:$API_PORT"
IDENTITY_URL="http://127.0.0.1:$IDENTITY_PORT"
BUILD_ROOT="${PLATFORM_BUILD_ROOT:-/tmp/build-load}"
export PLATFORM_BUILD_ROOT="$BUILD_ROOT"
WORK="$(mktemp -d /tmp/apiload.XXXXXX)"
say() { printf '[load] %s\n' "$*" >&2; }

./platform db start >&2
# The socket directory and port, as `./platform db status` reports them ("running: <data>, port <p>, socket <dir>").
status="$(./platform db status)"
case "$status" in running:*) ;; *) say "the private cluster is not running: $status"; exit 1 ;; esac
PG_RUN="${status##*socket }"
PG_PORT="$(sed -n 's/.*, port \([0-9]*\),.*/\1/p' <<<"$status")"
conn() { echo "Host=$PG_RUN;Port=$PG_PORT;Database=platform;Username=$1"; }

# The services refuse to start outside Development without a master key, and Identity wraps its signing keys with it, so
# every run must use the same one: the development key file, created here as Development would when the seed left none.
if [ -z "${PLATFORM_MASTER_KEY:-}" ]; then
  if [ ! -f "$DATA_DIR/master.key" ]; then
    say "creating the development master key $DATA_DIR/master.key (the seed left none)"
    (umask 077 && head -c 32 /dev/urandom | base64 >"$DATA_DIR/master.key")
  fi
  PLATFORM_MASTER_KEY="$(cat "$DATA_DIR/master.key")"
fi
export PLATFORM_MASTER_KEY PLATFORM_DATA_DIR="$DATA_DIR"

SOURCE="$ROOT"
if [ -n "${LOAD_REF:-}" ]; then
  # git archive stamps files with the commit time, which a build into the tree's output would take for stale copies, so
  # each commit gets its own build root; the export stays there, so a second run of the same commit builds incrementally.
  BUILD_ROOT="$BUILD_ROOT/ref-$(git rev-parse --short "$LOAD_REF")"
  export PLATFORM_BUILD_ROOT="$BUILD_ROOT"
  SOURCE="$BUILD_ROOT/source"
  if [ ! -d "$SOURCE/src" ]; then
    mkdir -p "$SOURCE"
    git archive "$LOAD_REF" | tar -x -C "$SOURCE"
  fi
  rm -rf "$SOURCE/bench/ApiLoad"
  cp -r "$ROOT/bench/ApiLoad" "$SOURCE/bench/ApiLoad"
  say "services built from $LOAD_REF ($(git rev-parse --short "$LOAD_REF")) in $SOURCE"
fi

say "building Identity, API and the load client (Release, output under $BUILD_ROOT)"
for project in src/Identity src/Api bench/ApiLoad; do
  dotnet build "$SOURCE/$project" -c Release -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
done
bin() { echo "$BUILD_ROOT/bin/$1/Release/net10.0/Platform.$1.dll"; }

credentials="$WORK/demo-credentials.json"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Production environment (no Development shortcuts), plain HTTP on loopback; each service in its own session so the
# trap can stop its whole process group. Identity (re)creates the demo users and clients with fresh secrets.
(cd "$SOURCE/src/Identity" && ConnectionStrings__Identity="$(conn platform_identity)" ConnectionStrings__Owner="$(conn platform_owner)" \
  ASPNETCORE_URLS="$IDENTITY_URL" Identity__Issuer="$IDENTITY_URL" Identity__ApiUrl="$API_URL/graphql" \
  Identity__DemoCredentialsPath="$credentials" Logging__LogLevel__Default=Warning \
  exec setsid dotnet "$(bin Identity)") >"$WORK/identity.log" 2>&1 &
pids+=($!)
(cd "$SOURCE/src/Api" && ConnectionStrings__App="$(conn platform_app)${LOAD_APP_OPTIONS:+;$LOAD_APP_OPTIONS}" ASPNETCORE_URLS="$API_URL" Api__Authority="$IDENTITY_URL" \
  Api__RequireHttpsMetadata=false Logging__LogLevel__Default=Warning \
  exec setsid dotnet "$(bin Api)") >"$WORK/api.log" 2>&1 &
pids+=($!)

ready=""
for _ in $(seq 1 120); do
  if [ -s "$credentials" ] && curl -fs "$API_URL/health/ready" >/dev/null 2>&1; then ready=1; break; fi
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { tail -n 30 "$WORK"/*.log >&2; exit 1; }; done
  sleep 1
done
[ -n "$ready" ] || { say "services not ready after 120 s"; tail -n 30 "$WORK"/*.log >&2; exit 1; }
say "Identity $IDENTITY_URL and API $API_URL/graphql ready (credentials $credentials)"

if [ -n "${LOAD_SERVICES_ONLY:-}" ]; then
  say "LOAD_SERVICES_ONLY: Ctrl-C stops both"
  wait -n "${pids[@]}" || true
  exit 1
fi

# In the background with `wait`, so Ctrl-C or a TERM runs the trap at once instead of after the client has finished.
status=0
DEMO_CREDENTIALS="$credentials" dotnet "$(bin ApiLoad)" "$@" &
pids+=($!)
wait "$!" || status=$?
if grep -qiE 'fail|crit' "$WORK/api.log"; then say "API log:"; tail -n 20 "$WORK/api.log" >&2; fi
exit "$status"
