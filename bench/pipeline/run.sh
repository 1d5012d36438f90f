#!/usr/bin/env bash
# Event pipeline benchmark: starts a copy of the provisioned WildFly (port offset 500), deploys
# Callisto and the benchmark WAR, runs it, prints the figures, stops the server.
#   ./mvnw -q install -DskipTests && bash bench/pipeline/run.sh [events] [events-per-second] [events-per-transaction] [threads] [warm-up rounds]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WILDFLY_HOME=$(ls -d "$ROOT"/wildfly-config/target/wildfly-*/ | head -1)
BASE="$ROOT/bench/pipeline/target/server"
EVENTS="${1:-5000}"
RATE="${2:-0}" # events/s to publish at; 0: as fast as possible
PER_COMMIT="${3:-100}" # events per publishing transaction
PUBLISHERS="${4:-1}" # publishing threads
WARM_UPS="${5:-80}" # at most this many warm-up rounds of 10,000 events
rm -rf "$BASE" && mkdir -p "$BASE/deployments"
cp -r "$WILDFLY_HOME/standalone/configuration" "$BASE/"
cp "$ROOT/ear/target/callisto.ear" "$ROOT/bench/pipeline/target/pipeline-bench.war" "$BASE/deployments/"
# With this, standalone.sh passes a TERM on to the java process instead of leaving it orphaned.
export LAUNCH_JBOSS_IN_BACKGROUND=1
"$WILDFLY_HOME/bin/standalone.sh" -c standalone-full.xml -Djboss.server.base.dir="$BASE" \
  -Djboss.socket.binding.port-offset=500 > "$BASE/console.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  [ -f "$BASE/deployments/pipeline-bench.war.deployed" ] && [ -f "$BASE/deployments/callisto.ear.deployed" ] && break
  sleep 1
done
curl -sf -u admin:demo "http://localhost:8580/pipeline-bench/run?events=$EVENTS&rate=$RATE&batch=$PER_COMMIT&publishers=$PUBLISHERS&warmups=$WARM_UPS"
