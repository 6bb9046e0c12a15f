#!/usr/bin/env bash
# The action's check step: run socialplan check with the inputs, report in the chosen format, and
# write SARIF as well when it is to be uploaded. It records the exit code and succeeds, so the
# upload runs either way; the last step (finish.sh) fails the job on findings.
set -uo pipefail
: "${SOCIALPLAN:?the install step did not run}"

# Files and checklists: separated by spaces or new lines; glob patterns expanded, as a shell would.
read -ra patterns <<< "${INPUT_FILES//$'\n'/ }"
shopt -s nullglob
files=()
for pattern in "${patterns[@]}"; do
  matches=($pattern)
  if ((${#matches[@]})); then files+=("${matches[@]}"); else files+=("$pattern"); fi
done
shopt -u nullglob
if ((${#files[@]} == 0)); then
  echo "::error title=socialplan::no strategy files given (input files)"
  echo "exit-code=2" >> "$GITHUB_OUTPUT"
  exit 0
fi

options=(--format "${INPUT_FORMAT:-github}" --fail-severity "${INPUT_FAIL_SEVERITY:-error}")
[[ -n "${INPUT_AS_OF:-}" ]] && options+=(--as-of "$INPUT_AS_OF")
[[ -n "${INPUT_CONFIG:-}" ]] && options+=(--config "$INPUT_CONFIG")
read -ra checklists <<< "${INPUT_CHECKLISTS//$'\n'/ }"
for checklist in "${checklists[@]}"; do options+=(--checklist "$checklist"); done

"$SOCIALPLAN" check "${options[@]}" -- "${files[@]}"
code=$?
echo "exit-code=$code" >> "$GITHUB_OUTPUT"

if [[ "${INPUT_UPLOAD_SARIF:-false}" == "true" ]]; then
  sarif="${INPUT_SARIF_FILE:-socialplan.sarif}"
  sarif_options=("${options[@]}")
  sarif_options[1]=sarif
  # Exit 1 (findings) still writes the file; only a failure to write it matters here.
  "$SOCIALPLAN" check "${sarif_options[@]}" --output "$sarif" -- "${files[@]}" > /dev/null
  if [[ -f "$sarif" ]]; then echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"; fi
fi
exit 0
