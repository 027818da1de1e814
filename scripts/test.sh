#!/usr/bin/env bash
# `npm test`: everything CI checks, in order of speed.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { printf '\n\033[1m▸ %s\033[0m\n' "$1"; }

step "browser for end-to-end tests"; bash scripts/ensure-chromium.sh
step "format, lint and typecheck (two at a time)"
( npx prettier --check . --log-level warn && npx eslint . --max-warnings 0 ) & checks=$!
npx tsc --noEmit & types=$!
wait "$checks"; wait "$types"
step "unit tests";         npx vitest run --config vitest.unit.config.mts
step "integration tests";  npx vitest run --config vitest.integration.config.mts
step "end-to-end tests";   npx tsx scripts/e2e.ts
echo
echo "all checks passed in $(( $(date +%s) - start )) s"
