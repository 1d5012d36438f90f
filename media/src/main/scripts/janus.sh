#!/usr/bin/env bash
# Starts Janus (Debian package) in the foreground with Callisto's configuration.
# Usage: janus.sh WORK_DIR [WS_PORT]   (WORK_DIR receives the configuration and the log)
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
exec janus --configs-folder="$work/conf" --disable-colors
