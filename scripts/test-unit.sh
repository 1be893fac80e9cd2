#!/usr/bin/env bash
# `npm run test:unit`: the Node-side tests (test/**/*.node.test.ts). Fails loudly when no file
# matches, instead of handing `node --test` an empty list (it would then run its own default
# patterns, or nothing, and pass).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find test -name '*.node.test.ts' | sort)
if [ "${#files[@]}" -eq 0 ]; then
  echo "test:unit: no test/**/*.node.test.ts file found — nothing would have been tested" >&2
  exit 1
fi
exec node --import tsx --test "${files[@]}"
