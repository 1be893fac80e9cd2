#!/usr/bin/env bash
# Finds the Chromium the browser tests use: $CHROME_PATH, else /usr/bin/chromium. Where none is
# found and we run as root on Debian, installs Debian's chromium package; otherwise stops with
# the exact command to run. Never downloads a browser of its own.
set -euo pipefail
want="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$want" ]; then exit 0; fi
if [ -n "${CHROME_PATH:-}" ]; then
  echo "CHROME_PATH=$CHROME_PATH is not an executable Chromium." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium package (about a minute)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
fi
echo "No Chromium found. Install it with:" >&2
echo "    sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "or point CHROME_PATH at an existing Chromium/Chrome binary." >&2
exit 1
