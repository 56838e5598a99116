#!/usr/bin/env sh
# Installs the system tools the test suite needs, only when they are missing:
#   - chromium  (/usr/bin/chromium) for the dashboard browser test (playwright-core drives it;
#     we never download a browser)
#   - prometheus (promtool) to validate the /metrics exposition format
# Runs as the npm `pretest` script. Needs root (or passwordless sudo) and apt-get when
# something is missing; does nothing when both are present.
set -eu

missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v promtool >/dev/null 2>&1 || missing="$missing prometheus"

[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-system-deps: missing:$missing, and apt-get is not available; install them yourself" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"
  else
    echo "ensure-system-deps: missing:$missing; run as root or install them yourself" >&2
    exit 1
  fi
fi

echo "ensure-system-deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -q
# shellcheck disable=SC2086 # word splitting of the package list is intended
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends $missing
