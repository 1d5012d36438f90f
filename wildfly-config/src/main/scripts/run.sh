#!/usr/bin/env bash
# Starts the configured WildFly with Callisto deployed, prints where to go and how to sign in,
# and stays in the foreground until Ctrl-C. Data (H2 database, Artemis journal) stays in the
# server's standalone/data between runs. CALLISTO_PORT_OFFSET moves every port (default 0).
set -euo pipefail
WILDFLY_HOME="$1" EAR="$2"
OFFSET="${CALLISTO_PORT_OFFSET:-0}"
HTTP_PORT=$((8080 + OFFSET))
HTTPS_PORT=$((8443 + OFFSET))
DEPLOYMENTS="$WILDFLY_HOME/standalone/deployments"

# Debian packages the server uses: install them when we can, say what is missing when we cannot.
#   espeak-ng: text-to-speech prompts; janus: the embedded media server (calls with audio and
#   video); janus-tools: janus-pp-rec, which turns video recordings into WebM; opus-tools:
#   opusenc, which makes the IVR's prompts playable to phone callers.
SUDO=""; [ "$(id -u)" != "0" ] && SUDO="sudo -n"
ensure() { # ensure PACKAGE COMMAND WHAT-IS-LOST
  command -v "$2" >/dev/null 2>&1 && return 0
  { $SUDO apt-get install -y -qq "$1" >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "$1"; } >/dev/null 2>&1; } \
    || { echo "Note: $1 could not be installed; $3" >&2; return 1; }
}
ensure espeak-ng espeak-ng "text-to-speech prompts (tts:...) will be refused." || true
MEDIA="off (janus missing)"
ensure janus-tools janus-pp-rec "video recordings stay in Janus's .mjr format." || true
ensure opus-tools opusenc "phone callers hear no IVR prompts." || true
if ensure janus janus "calls work without audio."; then
  # Janus on loopback only (WildFly drives it); media goes over this machine's own addresses.
  JANUS_WORK="$WILDFLY_HOME/standalone/data/janus"
  mkdir -p "$JANUS_WORK"
  "$(dirname "$0")/../../../../media/src/main/scripts/janus.sh" "$JANUS_WORK" 8188 >"$JANUS_WORK.log" 2>&1 &
  janus=$!
  MEDIA="Janus (log: $JANUS_WORK.log)"
fi

# Production networking (docs/operations.md): CALLISTO_BIND_ADDRESS (default loopback only),
# CALLISTO_TLS_KEYSTORE + CALLISTO_TLS_KEYSTORE_PASSWORD (the HTTPS certificate; without one a
# self-signed one for localhost), CALLISTO_STUN_URLS, and either CALLISTO_TURN_URLS with
# CALLISTO_TURN_SECRET (a TURN server of your own) or CALLISTO_TURN_ADDRESS (coturn started here,
# listening there, with a secret made once and kept in the server's data folder).
NET=(-Dcallisto.https.public-port="${CALLISTO_HTTPS_PUBLIC_PORT:-$HTTPS_PORT}")
[ -n "${CALLISTO_BIND_ADDRESS:-}" ] && NET+=(-Djboss.bind.address="$CALLISTO_BIND_ADDRESS")
[ -n "${CALLISTO_TLS_KEYSTORE:-}" ] && NET+=(-Dcallisto.tls.keystore="$CALLISTO_TLS_KEYSTORE")
[ -n "${CALLISTO_STUN_URLS:-}" ] && NET+=(-Dcallisto.ice.stun="$CALLISTO_STUN_URLS")
TURN="none (CALLISTO_TURN_ADDRESS starts coturn here)"
if [ -n "${CALLISTO_TURN_ADDRESS:-}" ] && ensure coturn turnserver "browsers get no TURN relay."; then
  secret_file="$WILDFLY_HOME/standalone/data/turn.secret"
  [ -s "$secret_file" ] || (umask 077; head -c 32 /dev/urandom | base64 > "$secret_file")
  export CALLISTO_TURN_SECRET="${CALLISTO_TURN_SECRET:-$(cat "$secret_file")}"
  "$(dirname "$0")/../../../../media/src/main/scripts/coturn.sh" "$WILDFLY_HOME/standalone/data/coturn" \
    "$CALLISTO_TURN_ADDRESS" 3478 >"$WILDFLY_HOME/standalone/data/coturn.log" 2>&1 &
  turn=$!
  CALLISTO_TURN_URLS="turn:$CALLISTO_TURN_ADDRESS:3478?transport=udp,turn:$CALLISTO_TURN_ADDRESS:3478?transport=tcp"
fi
if [ -n "${CALLISTO_TURN_URLS:-}" ]; then
  NET+=(-Dcallisto.turn.urls="$CALLISTO_TURN_URLS")
  TURN="$CALLISTO_TURN_URLS"
fi

# CALLISTO_DB=postgresql-local: a PostgreSQL of its own in the server's data folder (Debian's
# postgresql, started by postgres.sh, no system service), on 5432 plus the offset; the password is
# made once and kept beside it (mode 600). CALLISTO_DB_* as in README's configuration otherwise.
DATABASE="H2 (in $WILDFLY_HOME/standalone/data/callisto)"
[ -n "${CALLISTO_DB_URL:-}" ] && DATABASE="${CALLISTO_DB_DRIVER:-h2} at $CALLISTO_DB_URL"
if [ "${CALLISTO_DB:-}" = postgresql-local ] && ensure postgresql pg_ctlcluster "the server cannot start on PostgreSQL."; then
  PG_DATA="$WILDFLY_HOME/standalone/data/postgresql"
  PG_PORT=$((5432 + OFFSET))
  pw_file="$WILDFLY_HOME/standalone/data/postgresql.password"
  [ -s "$pw_file" ] || (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$pw_file")
  export CALLISTO_DB_PASSWORD; CALLISTO_DB_PASSWORD=$(cat "$pw_file")
  "$(dirname "$0")/postgres.sh" "$PG_DATA" "$PG_PORT" >"$PG_DATA.log" 2>&1 &
  postgres=$!
  for _ in $(seq 1 60); do grep -q "PostgreSQL ready" "$PG_DATA.log" 2>/dev/null && break; sleep 0.5; done
  export CALLISTO_DB_DRIVER=postgresql CALLISTO_DB_USER=callisto
  export CALLISTO_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/callisto"
  DATABASE="PostgreSQL at $CALLISTO_DB_URL (log: $PG_DATA.log)"
fi

rm -f "$DEPLOYMENTS"/callisto.ear.*
cp "$EAR" "$DEPLOYMENTS/callisto.ear"

# With this, standalone.sh passes a TERM on to the java process instead of leaving it orphaned.
export LAUNCH_JBOSS_IN_BACKGROUND=1
# The one switch for single sign-on: with CALLISTO_OIDC_URL (the realm's URL, e.g. from
# ./mvnw -pl realm -Pkeycloak package) users sign in through Keycloak; without it, the file realm.
CONFIG=(-c standalone-full.xml)
if [ -n "${CALLISTO_OIDC_URL:-}" ]; then
  if [ -z "${CALLISTO_OIDC_SECRET:-}" ]; then
    echo "CALLISTO_OIDC_URL is set but CALLISTO_OIDC_SECRET is not: the pages' client (callisto-web) is confidential." >&2
    echo "Use the secret Keycloak has for it (the local one: cat realm/target/keycloak-*/data/callisto-web.secret)." >&2
    exit 2
  fi
  CONFIG=(-c standalone-oidc.xml "-Dcallisto.oidc.url=$CALLISTO_OIDC_URL")
fi
# The demo lets staff stand in for a customer's side over the API (README: curl walkthrough);
# a production server leaves this off (CALLISTO_STAND_INS=false), and those operations are 404.
"$WILDFLY_HOME/bin/standalone.sh" "${CONFIG[@]}" -Djboss.socket.binding.port-offset="$OFFSET" \
  -Dcallisto.stand-ins="${CALLISTO_STAND_INS:-true}" "${NET[@]}" &
server=$!
trap 'kill "$server" ${janus:-} ${turn:-} 2>/dev/null; wait "$server"; [ -n "${postgres:-}" ] && kill "$postgres" && wait "$postgres"' INT TERM

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
    Over HTTPS:           https://${CALLISTO_BIND_ADDRESS:-localhost}:$HTTPS_PORT/callisto/ (other machines are sent there)
    REST API:             http://localhost:$HTTP_PORT/callisto/api/v1/me
    OpenAPI document:     http://localhost:$HTTP_PORT/openapi
    Live monitoring:      http://localhost:$HTTP_PORT/callisto/monitor.xhtml
    Agent desk (phone):   http://localhost:$HTTP_PORT/callisto/desk.xhtml
    Customer page (H5):   http://localhost:$HTTP_PORT/callisto/visitor/index.html?tenant=acme&channel=H5
    Database:             $DATABASE
    Media server:         $MEDIA
    TURN for browsers:    $TURN
    SIP edge (carriers):  udp+tcp:127.0.0.1:$((5080 + OFFSET)) (-Dcallisto.sip.address for a real address; trunks and numbers: /api/v1/trunks, /numbers)
    Desk phones:          register as <login>@acme to that address, once an admin set the agent's SIP password
  Demo logins (password "demo" for all):
    tenant acme:   admin, supervisor, agent1, agent2, agent3
    tenant globex: globex-admin, globex-agent
    events topic:  integration (role events-reader; tcp://localhost:$HTTP_PORT?httpUpgradeEnabled=true, docs/integrations.md)
  Try: curl -u agent1:demo -X PUT -H 'Content-Type: application/json' \\
         -d '{"state":"IDLE"}' http://localhost:$HTTP_PORT/callisto/api/v1/agents/1/state
  Press Ctrl-C to stop.

BANNER
wait "$server"
