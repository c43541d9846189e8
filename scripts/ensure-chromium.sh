#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test (tests/browser) when it is missing.
# Never fails the build: without Chromium the browser test skips and says why.
set -u
if [ -x /usr/bin/chromium ]; then
  echo "ensure-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium') is installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no apt-get here; the browser test will be skipped" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-chromium: not root and no sudo; the browser test will be skipped" >&2
    exit 0
  fi
fi
echo "ensure-chromium: installing chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null; then
  echo "ensure-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium') installed"
else
  echo "ensure-chromium: apt-get could not install chromium; the browser test will be skipped" >&2
fi
exit 0
