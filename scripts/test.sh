#!/usr/bin/env bash
# The whole test suite, on a fresh machine or a warm one:
#   1. native tests: the pure logic (changyue-core), the `changyue` command with its
#      native render of the app's components (changyue-cli), and the readings for 拼音 and
#      read-aloud (changyue-readings) with their accuracy on a held-out polyphone set,
#   2. component tests with wasm-bindgen-test in headless Chromium,
#   3. end-to-end tests (Playwright, system Chromium) against the release build.
# Ends with one line "N passed, N failed" over all three.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
mkdir -p target
log=target/test-output.log
: > "$log"
status=0

step() { printf '\n== %s\n' "$1"; }

# A step that fails without a test count of its own (format, lints, a build) counts as one failure.
broken=0
step "0/3 format, lints and the shape of the code"
cargo fmt --all -- --check || broken=$((broken + 1))
cargo clippy --locked -q -p changyue-core --all-targets -- -D warnings || broken=$((broken + 1))
cargo clippy --locked -q -p changyue --target wasm32-unknown-unknown --all-targets -- -D warnings || broken=$((broken + 1))
cargo clippy --locked -q -p changyue-cli --all-targets --all-features -- -D warnings || broken=$((broken + 1))
cargo clippy --locked -q -p changyue-readings --all-targets -- -D warnings || broken=$((broken + 1))
# No function over 80 lines, no modules of cli/src that use each other, a README of its length.
node scripts/code-shape.mjs || broken=$((broken + 1))

step "1/3 native tests (changyue-core, changyue-cli, changyue-readings)"
cargo test --locked -p changyue-core -p changyue-cli -p changyue-readings --features changyue-cli/bench 2>&1 | tee -a "$log" || status=1
# The readings' accuracy on the polyphone set's held-out split, failing below its bar.
cargo run --locked --quiet --release -p changyue-readings --bin readings-eval || broken=$((broken + 1))

step "2/3 component tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked -p changyue --target wasm32-unknown-unknown 2>&1 | tee -a "$log" || status=1

step "3/3 end-to-end tests (release build, Playwright, Chromium)"
rm -f target/e2e-results.json
if scripts/build.sh; then
  npx playwright test --config tests/e2e/playwright.config.js || status=1
else
  echo "release build failed"; broken=$((broken + 1))
fi

# Add up: cargo's "test result:" lines and Playwright's JSON report.
read -r cargo_passed cargo_failed < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { print p + 0, f + 0 }' "$log")
read -r e2e_passed e2e_failed < <(node -e '
  try {
    const s = require("./target/e2e-results.json").stats;
    console.log(s.expected + s.flaky, s.unexpected);
  } catch { console.log(0, 1); }')
passed=$((cargo_passed + e2e_passed))
failed=$((cargo_failed + e2e_failed + broken))
[ "$failed" -eq 0 ] || status=1
# A runner that failed before counting anything (a compile error) still counts as a failure.
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo
echo "unit and component: $cargo_passed passed, $cargo_failed failed; end-to-end: $e2e_passed passed, $e2e_failed failed; other failed steps: $broken"
echo "$passed passed, $failed failed"
exit "$status"
