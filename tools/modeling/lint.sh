#!/usr/bin/env bash
# Lint every BPMN model with bpmnlint, using the rules the Camunda Modeler
# applies for a Camunda Platform 7.24 target (see .bpmnlintrc).
#
# Usage: tools/modeling/lint.sh [models-dir]      (default: ../../bpmn)
# Exits non-zero on any error, warning or info report.
set -euo pipefail

# resolve an optional models dir against the caller's cwd before cd-ing away
models_dir="${1:-}"
if [[ -n "$models_dir" ]]; then
  models_dir="$(cd "$models_dir" && pwd)"
fi

cd "$(dirname "${BASH_SOURCE[0]}")"
models_dir="${models_dir:-../../bpmn}"

# (re)install the pinned tools when node_modules is missing or older than the lock file
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi

shopt -s nullglob
files=("$models_dir"/*.bpmn)
if (( ${#files[@]} == 0 )); then
  echo "lint: no *.bpmn files in $models_dir" >&2
  exit 0
fi

# --max-warnings=0: warnings and infos (e.g. missing historyTimeToLive) fail too
if node node_modules/bpmnlint/bin/bpmnlint.js --max-warnings=0 "${files[@]}"; then
  echo "lint: ${#files[@]} BPMN file(s) clean"
else
  rc=$?
  echo "lint: FAILED (see the problems above: file, element id, level, message, rule)" >&2
  exit "$rc"
fi
