#!/usr/bin/env bash
# Starts Keycloak (dev mode, H2 in its data dir) with the callisto realm imported on first start,
# on http://localhost:PORT, in the foreground; prints how to point Callisto at it.
# Usage: keycloak.sh KEYCLOAK_HOME PORT
set -euo pipefail
KC_HOME="$1" PORT="$2"
HERE="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$KC_HOME/data/import"
cp "$HERE/../keycloak/callisto-realm.json" "$KC_HOME/data/import/"
cat <<BANNER
  Keycloak:  http://localhost:$PORT/admin (bootstrap admin: set KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD before the first start)
  Realm:     callisto, demo users as in the file realm (password "demo")
  Callisto:  CALLISTO_OIDC_URL=http://localhost:$PORT/realms/callisto ./mvnw -Prun package -DskipTests
BANNER
exec "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$PORT" \
  --hostname="http://localhost:$PORT" --import-realm
