#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh machine of this kind
# (Debian 12, Rust from rustup, Node and npm, registries only), and skips whatever
# is already there at the right version. Versions are pinned in Trunk.toml,
# Cargo.lock and package-lock.json; nothing here names a version of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

log() { printf '[setup] %s\n' "$*"; }
# Reads `key = "value"` from Trunk.toml.
pinned() { sed -n "s/^$1 *= *\"\(.*\)\"/\1/p" Trunk.toml | head -n 1; }

TRUNK_VERSION=$(pinned trunk-version)
WASM_BINDGEN_VERSION=$(pinned wasm_bindgen)
LOCKED_WASM_BINDGEN=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$LOCKED_WASM_BINDGEN" != "$WASM_BINDGEN_VERSION" ]; then
  echo "[setup] Cargo.lock has wasm-bindgen $LOCKED_WASM_BINDGEN but Trunk.toml pins $WASM_BINDGEN_VERSION: make them equal." >&2
  exit 1
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages: Chromium and its driver for the browser tests, CJK fonts so that
# Chinese text renders (and measures) as it does for readers.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
# nginx with the brotli_static module: the end-to-end tests run against deploy/nginx/ with it.
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
# The site's speech service (`changyue speech`): a speech engine and an MP3 encoder.
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v lame >/dev/null || missing+=(lame)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION from crates.io (about 9 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# No --locked: the CLI's own lock file names a crate version this registry lacks.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm: wasm-opt (binaryen), Playwright (driving the system Chromium; it never downloads one), axe-core.
# The stamp is the lock file that node_modules was last installed from.
if ! cmp -s package-lock.json node_modules/.installed-from-lock.json; then
  log "installing npm packages (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-from-lock.json
fi

# Trunk.toml pins wasm-opt as "version_N"; package.json's binaryen must be that version.
WASM_OPT_VERSION=$(pinned wasm_opt)
if [ "$(wasm-opt --version | cut -d' ' -f3)" != "${WASM_OPT_VERSION#version_}" ]; then
  echo "[setup] wasm-opt is $(wasm-opt --version), but Trunk.toml pins $WASM_OPT_VERSION: make package.json's binaryen match." >&2
  exit 1
fi

# Trunk builds offline, so cargo must already have every crate.
cargo fetch --locked >/dev/null
log "ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | cut -d' ' -f3), $(chromium --version 2>/dev/null | head -n 1)"
