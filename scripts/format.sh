#!/usr/bin/env bash
# Formats the whole tree with Prettier (.prettierrc.json, .prettierignore), once, by hand: not part
# of `npm test`, which only checks (`npm run lint` runs `prettier --check .`). Run it when no other
# branch is being edited, commit the result on its own ("Format the tree with Prettier"), and list
# that commit in .git-blame-ignore-revs so that `git blame` skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
npx prettier --write . "$@"
npx eslint .
