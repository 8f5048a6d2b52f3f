#!/usr/bin/env bash
# Sets up what is missing, then builds and serves the app with the bundled sample data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
PORT="${PORT:-8080}"
echo "[serve] building; then open http://127.0.0.1:$PORT/ (the seed article: http://127.0.0.1:$PORT/article/wulantaolegai-practice)"
exec trunk serve --release --port "$PORT"
