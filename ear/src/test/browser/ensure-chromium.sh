#!/usr/bin/env bash
# Installs Debian's Chromium (and a small Chinese font, so zh pages render in screenshots) for the
# browser tests when this machine lacks them; CI machines start without. Test tools cannot
# download their own browsers here, so the system package is used.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && dpkg -s fonts-wqy-microhei >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei
command -v chromium
