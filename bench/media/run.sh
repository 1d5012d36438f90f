#!/usr/bin/env bash
# Media benchmark: Janus (Debian package), Chromium and the peers inside a network namespace of
# their own (root needed; media servers gather no candidates on loopback). Prints a table.
# Usage: bench/media/run.sh [max-calls]   (calls double from 1 up to max-calls; default 16)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ "${CALLISTO_BENCH_NETNS:-}" != 1 ]; then
  command -v janus >/dev/null || { echo "needs Debian's janus (apt-get install janus)" >&2; exit 2; }
  command -v chromium >/dev/null || { echo "needs Debian's chromium (apt-get install chromium)" >&2; exit 2; }
  (cd "$here" && npm ci --no-audit --no-fund --silent)
  export CALLISTO_BENCH_NETNS=1
  exec unshare --net "$0" "$@"
fi
ip link set lo up
ip link add bench0 type veth peer name bench1
ip addr add 10.204.0.1/24 dev bench0
ip addr add 10.204.0.2/24 dev bench1
ip link set bench0 up
ip link set bench1 up
ip route add default via 10.204.0.2 dev bench0
work=$(mktemp -d)
mkdir -p "$work/recordings"
"$root/media/src/main/scripts/janus.sh" "$work" 8188 >"$work/janus.log" 2>&1 &
janus=$!
trap 'kill $janus 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do
  (exec 3<>/dev/tcp/127.0.0.1/8188) 2>/dev/null && break
  sleep 0.2
done
echo "$(nproc) cores, $(janus --version 2>/dev/null | head -1), $(chromium --version)"
JANUS_PID=$janus RECORDINGS="$work/recordings" node "$here/bench.mjs" "${1:-16}"
