#!/usr/bin/env bash
# Starts Janus (Debian package) in the foreground with Callisto's configuration.
# Usage: janus.sh WORK_DIR [WS_PORT]   (WORK_DIR receives the configuration and the log)
# Env for a real network: CALLISTO_MEDIA_PUBLIC_ADDRESS (the public address of a 1:1 NAT, as on
# cloud machines: put in every candidate), CALLISTO_MEDIA_INTERFACES (the only interfaces to
# offer, e.g. eth0), CALLISTO_RTP_PORTS (default 20000-40000: open these UDP ports).
set -euo pipefail
work=$1
port=${2:-8188}
here=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v janus >/dev/null; then
  echo "janus is not installed (apt-get install janus); media is off" >&2
  exit 3
fi
mkdir -p "$work/conf"
cp "$here"/janus/*.jcfg "$work/conf/"
sed -i "s/ws_port = 8188/ws_port = $port/" "$work/conf/janus.transport.websockets.jcfg"
options=()
[ -n "${CALLISTO_MEDIA_PUBLIC_ADDRESS:-}" ] && options+=("--nat-1-1=$CALLISTO_MEDIA_PUBLIC_ADDRESS")
[ -n "${CALLISTO_MEDIA_INTERFACES:-}" ] && options+=("--ice-enforce-list=$CALLISTO_MEDIA_INTERFACES")
[ -n "${CALLISTO_RTP_PORTS:-}" ] && options+=("--rtp-port-range=$CALLISTO_RTP_PORTS")
exec janus --configs-folder="$work/conf" --disable-colors "${options[@]}"
