#!/usr/bin/env bash
# Makes a fresh machine ready: the system packages Push Doctor uses (adb, aapt and the framework
# resources to build test APKs, Chromium for the browser tests), the npm packages, and the build.
# Safe to run again: each part is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

need_pkgs=()
have() { command -v "$1" >/dev/null 2>&1; }
have adb || need_pkgs+=(adb)
have aapt || need_pkgs+=(aapt)
[ -f /usr/share/android-framework-res/framework-res.apk ] || need_pkgs+=(android-framework-res)
if [ "${PUSH_DOCTOR_SKIP_BROWSER:-0}" != 1 ]; then
  have chromium || [ -x /usr/bin/chromium ] || need_pkgs+=(chromium)
  # A Chinese font, so that the UI's Simplified Chinese renders in the browser (and screenshots).
  if [ ! -d /usr/share/fonts/truetype/wqy ] && ! { have fc-list && fc-list :lang=zh 2>/dev/null | grep -q .; }; then
    need_pkgs+=(fonts-wqy-microhei)
  fi
fi

if [ ${#need_pkgs[@]} -gt 0 ]; then
  if have apt-get; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    say "installing system packages: ${need_pkgs[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
  else
    say "missing: ${need_pkgs[*]}. Install them with your package manager (macOS: brew install --cask android-platform-tools; aapt comes with the Android SDK build-tools)."
  fi
fi

# npm packages: Electron's binary and Playwright's browsers are never downloaded here (Debian's
# chromium runs the browser tests; the desktop app needs `npx electron` on a machine that can fetch it).
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Build when any source is newer than the last build.
stamp=out/.build-stamp
if [ ! -f "$stamp" ] || [ -n "$(find src scripts electron.vite.config.ts package.json -newer "$stamp" -type f -print -quit 2>/dev/null)" ]; then
  say "building"
  npm run -s build
  touch "$stamp"
fi
