#!/usr/bin/env bash
# The action's first step: install the packaged socialplan CLI into a folder of its own, so the
# repository being checked needs no package.json. INPUT_PACKAGE names it as npm does; empty means
# the version of this action (its package.json).
set -euo pipefail
package="${INPUT_PACKAGE:-}"
if [[ -z "$package" ]]; then
  version="$(node -p 'require(process.argv[1]).version' "$GITHUB_ACTION_PATH/package.json")"
  package="socialplan@$version"
fi
prefix="${RUNNER_TEMP:?RUNNER_TEMP is not set}/socialplan"
mkdir -p "$prefix"
npm install --prefix "$prefix" --no-audit --no-fund --no-save --loglevel=error -- "$package"
bin="$prefix/node_modules/.bin/socialplan"
"$bin" --version
echo "bin=$bin" >> "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
