#!/usr/bin/env bash
# Release build into dist/: the app (Trunk, wasm-opt -Oz from the npm binaryen package), then
# every article rendered natively into dist/article/<id>.html by the `changyue` command (cli/),
# with the app's own components, which also writes the .br and .gz copies of the pages and the
# app's files (only of those that changed).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release "$@"
cargo run --locked --quiet --release -p changyue-cli -- render dist
