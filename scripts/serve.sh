#!/usr/bin/env bash
# Sets up what is missing, then builds the site with the bundled sample data (make build) and
# serves it as a reader's host would: nginx with the deployment's configuration (Ctrl+C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
PORT="${PORT:-8080}"
echo "[serve] building; then open http://127.0.0.1:$PORT/ (the seed article: http://127.0.0.1:$PORT/article/wulantaolegai-practice)"
scripts/build.sh
exec scripts/nginx-test.sh "$PORT"
