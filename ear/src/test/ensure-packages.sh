#!/usr/bin/env bash
# Installs the Debian packages the integration tests need when this machine lacks them (CI
# machines start without): Chromium for the browser tests (test tools cannot download their own
# browsers here), a Chinese and an emoji font so pages render in screenshots, espeak-ng, which
# the server uses for text-to-speech prompts, Janus with its tools, the embedded media server, and
# sipp (sip-tester), the carrier of the phone tests, opusenc (opus-tools) for prompts by phone,
# coturn, the TURN server, and certutil (libnss3-tools), which makes Chromium trust the tests' CA.
set -euo pipefail
PACKAGES="chromium fonts-wqy-microhei fonts-noto-color-emoji espeak-ng janus janus-tools opus-tools sip-tester coturn libnss3-tools"
missing=""
for p in $PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -z "$missing" ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || echo "apt-get update failed; installing from the package lists at hand" >&2
$SUDO apt-get install -y -qq --no-install-recommends $missing
