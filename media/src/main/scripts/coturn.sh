#!/usr/bin/env bash
# Starts coturn (Debian package) in the foreground as Callisto's TURN server, for browsers that
# cannot reach the media server directly (home NAT, mobile networks, strict company firewalls).
# Usage: coturn.sh WORK_DIR LISTEN_ADDRESS [PORT] [RELAY_ADDRESS] [MEDIA_ADDRESS...]
#   LISTEN_ADDRESS: where browsers reach it (UDP and TCP on PORT, default 3478)
#   RELAY_ADDRESS:  the address it relays from (default LISTEN_ADDRESS)
#   MEDIA_ADDRESS:  the only peers it relays to, the media server's addresses (default RELAY_ADDRESS):
#                   a contact center's TURN server has no business relaying anywhere else.
# Env: CALLISTO_TURN_SECRET (required; the secret shared with Callisto, which mints short-lived
# credentials from it: the TURN REST API scheme, coturn's use-auth-secret), optionally
# CALLISTO_TURN_EXTERNAL_ADDRESS (public address of a 1:1 NAT), CALLISTO_TURN_PORTS (relay port
# range, default 49152-65535), CALLISTO_TURN_CERT and CALLISTO_TURN_KEY (PEM files: TURN over TLS
# on CALLISTO_TURN_TLS_PORT, default 5349; 443 gets through the strictest firewalls).
set -euo pipefail
work=$1 listen=$2 port=${3:-3478} relay=${4:-$2}
shift $(($# < 4 ? $# : 4))
peers=("$@")
[ ${#peers[@]} -gt 0 ] || peers=("$relay")
if [ -z "${CALLISTO_TURN_SECRET:-}" ]; then
  echo "CALLISTO_TURN_SECRET is not set: Callisto and coturn must share it" >&2
  exit 2
fi
if ! command -v turnserver >/dev/null; then
  echo "coturn is not installed (apt-get install coturn); browsers get no TURN relay" >&2
  exit 3
fi
mkdir -p "$work"
umask 077 # the configuration holds the secret
ports=${CALLISTO_TURN_PORTS:-49152-65535}
{
  echo "listening-ip=$listen"
  echo "listening-port=$port"
  echo "relay-ip=$relay"
  [ -n "${CALLISTO_TURN_EXTERNAL_ADDRESS:-}" ] && echo "external-ip=$CALLISTO_TURN_EXTERNAL_ADDRESS/$relay"
  echo "min-port=${ports%-*}"
  echo "max-port=${ports#*-}"
  echo "use-auth-secret"
  echo "static-auth-secret=$CALLISTO_TURN_SECRET"
  echo "realm=callisto"
  echo "fingerprint"
  echo "no-cli"
  echo "no-multicast-peers"
  echo "denied-peer-ip=0.0.0.0-255.255.255.255"
  for p in "${peers[@]}"; do echo "allowed-peer-ip=$p"; done
  if [ -n "${CALLISTO_TURN_CERT:-}" ]; then
    echo "tls-listening-port=${CALLISTO_TURN_TLS_PORT:-5349}"
    echo "cert=$CALLISTO_TURN_CERT"
    echo "pkey=$CALLISTO_TURN_KEY"
  else
    echo "no-tls"
    echo "no-dtls"
  fi
  echo "pidfile=$work/turnserver.pid"
  echo "log-file=stdout"
  echo "simple-log"
} > "$work/turnserver.conf"
exec turnserver -c "$work/turnserver.conf"
