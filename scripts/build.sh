#!/usr/bin/env bash
# Release build into dist/ (wasm-opt -Oz from the npm binaryen package).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release "$@"
node scripts/prerender.mjs dist
node scripts/precompress.mjs dist
