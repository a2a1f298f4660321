#!/usr/bin/env sh
# System packages the tests and the report need that pip cannot provide: headless Chromium
# (report rendering check, screenshot, PDF). Idempotent and fast when already installed;
# installs only as root on Debian/Ubuntu, otherwise says what is missing and carries on.
set -eu
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
   || command -v google-chrome >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-system-packages: chromium is missing; install it (apt-get install -y chromium)" \
         "for the report render tests and PDF output" >&2
    exit 0
fi
echo "ensure-system-packages: installing chromium (once)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
