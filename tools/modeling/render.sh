#!/usr/bin/env bash
# Render every BPMN diagram and DMN decision table to PNG with bpmn-js/dmn-js
# in Debian's headless Chromium.
#
# Usage: tools/modeling/render.sh [models-dir] [out-dir]
#   defaults: ../../bpmn and ../../docs/images (relative to this folder)
# Env: CHROMIUM_PATH (default /usr/bin/chromium), RENDER_SCALE (default 2)
set -euo pipefail

# resolve optional arguments against the caller's cwd before cd-ing away
args=()
for a in "$@"; do
  case "$a" in
    /*) args+=("$a") ;;
    *)  args+=("$PWD/$a") ;;
  esac
done

cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ ! -x "$chromium_path" ]]; then
  if [[ "$chromium_path" == /usr/bin/chromium && $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "render: $chromium_path missing, installing Debian's chromium" >&2
    apt-get update && apt-get install -y chromium
  else
    echo "render: no browser at $chromium_path; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi

exec node render.mjs "${args[@]}"
