#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to read: types, lint, unit and integration tests (real
# adb server, virtual phones, push stand-ins), browser end-to-end tests in Debian's Chromium, and
# the Electron security scan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "type check"
npm run -s typecheck

step "lint (ESLint architecture rules + Prettier check)"
npm run -s lint

step "unit and integration tests (vitest)"
npx vitest run

step "browser end-to-end tests (playwright + chromium)"
npx playwright test

step "Electron security scan (electronegativity)"
node scripts/electronegativity.mjs
