#!/usr/bin/env bash
# Prints "sha256  example" for the log of every examples/*/scenario.yaml (run with --log).
# A move that changes no behaviour leaves this output byte-identical: run it before and after and diff.
# Usage: npm run build && bash scripts/example-log-hashes.sh > before.txt
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in examples/*/scenario.yaml; do
  name=$(basename "$(dirname "$s")")
  node dist/src/cli/main.js run "$s" --log "$tmp/$name.jsonl" -q > "$tmp/$name.out" 2>&1 || true
  echo "$(sha256sum < "$tmp/$name.jsonl" | cut -c1-64)  $name"
done
