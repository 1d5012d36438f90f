#!/usr/bin/env bash
# Starts a PostgreSQL of Callisto's own (Debian's postgresql package) in the foreground, in a data
# folder of its own: no system service, no change to the machine's clusters. The first start makes
# the cluster and the database "callisto" owned by the user "callisto" (password auth, listening
# on 127.0.0.1 only). As root it runs as the package's "postgres" user (PostgreSQL refuses root).
# Usage: postgres.sh DATA_DIR [PORT]   Env: CALLISTO_DB_PASSWORD (required).
set -euo pipefail
data=$1 port=${2:-5432}
if [ -z "${CALLISTO_DB_PASSWORD:-}" ]; then
  echo "CALLISTO_DB_PASSWORD is not set" >&2
  exit 2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "postgresql is not installed (apt-get install postgresql)" >&2
  exit 3
fi
as=()
if [ "$(id -u)" = 0 ]; then
  as=(runuser -u postgres --)
fi
mkdir -p "$data"
[ "$(id -u)" = 0 ] && chown postgres: "$data"
chmod 700 "$data"
if [ ! -f "$data/PG_VERSION" ]; then
  pwfile=$(mktemp)
  printf '%s\n' "$CALLISTO_DB_PASSWORD" > "$pwfile"
  [ "$(id -u)" = 0 ] && chown postgres: "$pwfile"
  "${as[@]}" "$bin/initdb" -D "$data" -U callisto --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  fresh=1
fi
"${as[@]}" "$bin/postgres" -D "$data" -p "$port" -k "$data" -c listen_addresses=127.0.0.1 &
server=$!
trap 'kill -INT $server 2>/dev/null; wait $server' INT TERM EXIT
for _ in $(seq 1 60); do
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
if [ -n "${fresh:-}" ]; then
  PGPASSWORD=$CALLISTO_DB_PASSWORD "$bin/createdb" -h 127.0.0.1 -p "$port" -U callisto callisto
fi
echo "PostgreSQL ready on 127.0.0.1:$port, database callisto"
wait $server
