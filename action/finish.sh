#!/usr/bin/env bash
# The action's last step: fail when socialplan check did (findings at or above fail-severity: 1;
# invalid input: 2), after the SARIF upload has run.
set -euo pipefail
code="${EXIT_CODE:-2}"
if [[ "$code" != "0" ]]; then
  echo "socialplan check exited $code"
  exit "$code"
fi
