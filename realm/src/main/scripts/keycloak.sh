#!/usr/bin/env bash
# Starts Keycloak (dev mode, H2 in its data dir) with the callisto realm imported on first start,
# on http://localhost:PORT, in the foreground; prints how to point Callisto at it.
# Usage: keycloak.sh KEYCLOAK_HOME PORT [--fresh]
#   --fresh: forget Keycloak's database first, so the realm is imported again (the tests use it).
# The pages' client (callisto-web) is confidential: its secret is CALLISTO_OIDC_SECRET if set,
# else one made on the first start and kept in KEYCLOAK_HOME/data (never in the repository).
set -euo pipefail
KC_HOME="$1" PORT="$2"
HERE="$(cd "$(dirname "$0")" && pwd)"
if [ "${3:-}" = "--fresh" ]; then
  rm -rf "$KC_HOME/data/h2"
fi
mkdir -p "$KC_HOME/data/import"
SECRET_FILE="$KC_HOME/data/callisto-web.secret"
if [ -z "${CALLISTO_OIDC_SECRET:-}" ]; then
  [ -s "$SECRET_FILE" ] || head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$SECRET_FILE"
  CALLISTO_OIDC_SECRET=$(cat "$SECRET_FILE")
fi
export CALLISTO_OIDC_SECRET
cp "$HERE/../keycloak/callisto-realm.json" "$KC_HOME/data/import/"
cat <<BANNER
  Keycloak:  http://localhost:$PORT/admin (bootstrap admin: set KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD before the first start)
  Realm:     callisto, demo users as in the file realm (password "demo")
  Callisto:  CALLISTO_OIDC_URL=http://localhost:$PORT/realms/callisto CALLISTO_OIDC_SECRET=\$(cat $SECRET_FILE) \\
               ./mvnw -Prun package -DskipTests
BANNER
exec "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$PORT" \
  --hostname="http://localhost:$PORT" --import-realm
