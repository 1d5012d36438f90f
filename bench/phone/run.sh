#!/usr/bin/env bash
# Phone benchmark: starts a copy of the provisioned WildFly (port offset 500: HTTP 8580, SIP edge
# 127.0.0.1:5580) with Callisto and a Janus of its own (loopback, port 8688), makes [agents] agents
# answering on desk phones that register from the benchmark, and sends calls through the SIP edge
# at each rate (open loop), each held [hold] seconds with audio both ways and recorded; then the
# same calls posted to the API (POST /calls) as the baseline. Prints one line per step.
#   ./mvnw -q install -DskipTests && bash bench/phone/run.sh [agents] [rate:seconds:hold ...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WILDFLY_HOME=$(ls -d "$ROOT"/wildfly-config/target/wildfly-*/ | head -1)
BASE="$ROOT/bench/phone/target/server"
AGENTS="${1:-300}"
shift || true
STEPS=("${@:-20:30:2 5:30:20 10:30:20}")
command -v janus >/dev/null || { echo "needs Debian's janus (apt-get install janus)" >&2; exit 2; }
for port in 8580 8688; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "port $port is taken (an earlier benchmark still running?); stop it first" >&2
    exit 1
  fi
done
rm -rf "$BASE" && mkdir -p "$BASE/deployments" "$BASE/janus"
cp -r "$WILDFLY_HOME/standalone/configuration" "$BASE/"
cp "$ROOT/ear/target/callisto.ear" "$BASE/deployments/"
"$ROOT/media/src/main/scripts/janus.sh" "$BASE/janus" 8688 >"$BASE/janus.log" 2>&1 &
janus=$!
export LAUNCH_JBOSS_IN_BACKGROUND=1
# Stand-ins: the baseline posts its calls to the API and ends them there.
"$WILDFLY_HOME/bin/standalone.sh" -c standalone-full.xml -Djboss.server.base.dir="$BASE" \
  -Djboss.socket.binding.port-offset=500 -Dcallisto.stand-ins=true \
  -Dcallisto.janus.url=ws://127.0.0.1:8688 -Dcallisto.sip.trunk-check-seconds=0 >"$BASE/console.log" 2>&1 &
server=$!
trap 'kill "$server" "$janus" 2>/dev/null; pkill -f "jboss.server.base.dir=$BASE" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  [ -f "$BASE/deployments/callisto.ear.deployed" ] && break
  sleep 1
done
java_pid=$(pgrep -f "jboss.server.base.dir=$BASE" | while read -r p; do [ "$(ps -o comm= -p "$p")" = java ] && echo "$p"; done | head -1)
echo "$(nproc) cores; the server is process $java_pid, Janus $janus"
# shellcheck disable=SC2086 # the steps are separate arguments
java -Dbench.pids="$java_pid,$janus" -cp "$ROOT/bench/target/classes:$ROOT/ejb/target/classes" \
  dev.callisto.bench.phone.PhoneBenchmark http://localhost:8580 127.0.0.1:5580 "$AGENTS" ${STEPS[*]}
