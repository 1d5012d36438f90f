#!/usr/bin/env bash
# Arrival-to-offer benchmark: starts a copy of the provisioned WildFly (port offset 500) with
# Callisto and the history seed, makes 1,000 idle agents, posts calls at each rate and times each
# from the request to its offer on the live feed; then seeds past contacts and does it again.
#   ./mvnw -q install -DskipTests && bash bench/arrival/run.sh [past-contacts] [rate:seconds ...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WILDFLY_HOME=$(ls -d "$ROOT"/wildfly-config/target/wildfly-*/ | head -1)
BASE="$ROOT/bench/arrival/target/server"
HISTORY="${1:-1000000}"
shift || true
STEPS=("${@:-10:30 25:20 50:20 100:10}")
if (exec 3<>/dev/tcp/127.0.0.1/8580) 2>/dev/null; then
  echo "port 8580 is taken (an earlier benchmark server still running?); stop it first" >&2
  exit 1
fi
rm -rf "$BASE" && mkdir -p "$BASE/deployments"
cp -r "$WILDFLY_HOME/standalone/configuration" "$BASE/"
cp "$ROOT/ear/target/callisto.ear" "$ROOT/bench/arrival/target/arrival-bench.war" "$BASE/deployments/"
# With this, standalone.sh passes a TERM on to the java process instead of leaving it orphaned.
export LAUNCH_JBOSS_IN_BACKGROUND=1
# Stand-ins: the benchmark plays the customers (arrival, hang-up) through the API.
"$WILDFLY_HOME/bin/standalone.sh" -c standalone-full.xml -Djboss.server.base.dir="$BASE" \
  -Djboss.socket.binding.port-offset=500 -Dcallisto.stand-ins=true > "$BASE/console.log" 2>&1 &
server=$!
# The server's JVM by its base directory too: a TERM to standalone.sh alone has left it running.
trap 'kill "$server" 2>/dev/null; pkill -f "jboss.server.base.dir=$BASE" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  [ -f "$BASE/deployments/arrival-bench.war.deployed" ] && [ -f "$BASE/deployments/callisto.ear.deployed" ] && break
  sleep 1
done
# shellcheck disable=SC2086 # the steps are separate arguments
java -cp "$ROOT/bench/target/classes" dev.callisto.bench.arrival.ArrivalBenchmark http://localhost:8580 "$HISTORY" ${STEPS[*]}
