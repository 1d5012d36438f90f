#!/usr/bin/env bash
# Starts the configured WildFly with Callisto deployed, prints where to go and how to sign in,
# and stays in the foreground until Ctrl-C. Data (H2 database, Artemis journal) stays in the
# server's standalone/data between runs. CALLISTO_PORT_OFFSET moves every port (default 0).
set -euo pipefail
WILDFLY_HOME="$1" EAR="$2"
OFFSET="${CALLISTO_PORT_OFFSET:-0}"
HTTP_PORT=$((8080 + OFFSET))
DEPLOYMENTS="$WILDFLY_HOME/standalone/deployments"

# Text-to-speech prompts need espeak-ng (Debian); install it when we can, say so when we cannot.
if ! command -v espeak-ng >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" != "0" ] && SUDO="sudo -n"
  if ! { $SUDO apt-get install -y -qq espeak-ng >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq espeak-ng; } >/dev/null 2>&1; }; then
    echo "Note: espeak-ng could not be installed; text-to-speech prompts (tts:...) will be refused." >&2
  fi
fi

rm -f "$DEPLOYMENTS"/callisto.ear.*
cp "$EAR" "$DEPLOYMENTS/callisto.ear"

# With this, standalone.sh passes a TERM on to the java process instead of leaving it orphaned.
export LAUNCH_JBOSS_IN_BACKGROUND=1
# The one switch for single sign-on: with CALLISTO_OIDC_URL (the realm's URL, e.g. from
# ./mvnw -pl realm -Pkeycloak package) users sign in through Keycloak; without it, the file realm.
CONFIG=(-c standalone-full.xml)
if [ -n "${CALLISTO_OIDC_URL:-}" ]; then
  CONFIG=(-c standalone-oidc.xml "-Dcallisto.oidc.url=$CALLISTO_OIDC_URL")
fi
"$WILDFLY_HOME/bin/standalone.sh" "${CONFIG[@]}" -Djboss.socket.binding.port-offset="$OFFSET" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server"' INT TERM

for _ in $(seq 1 300); do
  [ -f "$DEPLOYMENTS/callisto.ear.deployed" ] && break
  if [ -f "$DEPLOYMENTS/callisto.ear.failed" ] || ! kill -0 "$server" 2>/dev/null; then
    echo "Callisto failed to start; see $WILDFLY_HOME/standalone/log/server.log" >&2
    exit 1
  fi
  sleep 1
done

cat <<BANNER

  Callisto is running.
    Agent desk and home:  http://localhost:$HTTP_PORT/callisto/
    REST API:             http://localhost:$HTTP_PORT/callisto/api/v1/me
    OpenAPI document:     http://localhost:$HTTP_PORT/openapi
    Live monitoring:      http://localhost:$HTTP_PORT/callisto/monitor.xhtml
    Customer page (H5):   http://localhost:$HTTP_PORT/callisto/visitor/index.html?tenant=acme&channel=H5
  Demo logins (password "demo" for all):
    tenant acme:   admin, supervisor, agent1, agent2, agent3
    tenant globex: globex-admin, globex-agent
  Try: curl -u agent1:demo -X PUT -H 'Content-Type: application/json' \\
         -d '{"state":"IDLE"}' http://localhost:$HTTP_PORT/callisto/api/v1/agents/1/state
  Press Ctrl-C to stop.

BANNER
wait "$server"
