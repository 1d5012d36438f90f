#!/usr/bin/env bash
# Regenerates src/main/resources/media/hold-music.opus (committed): a calm 16-second loop of
# soft chords, synthesised with sox and encoded with opusenc (Debian: sox, opus-tools).
set -euo pipefail
out=$(cd "$(dirname "$0")/.." && pwd)/resources/media/hold-music.opus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
for chord in "C4 E4 G4" "A3 C4 E4" "F3 A3 C4" "G3 B3 D4"; do
  # shellcheck disable=SC2086
  sox -n -r 48000 -c 1 "$tmp/$i.wav" synth 4 $(for n in $chord; do printf 'pl %s ' "$n"; done) \
    fade q 0.4 4 0.8 gain -18
  i=$((i + 1))
done
sox "$tmp"/0.wav "$tmp"/1.wav "$tmp"/2.wav "$tmp"/3.wav -b 16 -e signed-integer "$tmp/loop.wav"
opusenc --quiet --bitrate 24 "$tmp/loop.wav" "$out"
echo "wrote $out"
