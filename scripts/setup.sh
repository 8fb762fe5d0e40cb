#!/usr/bin/env bash
# Install everything the build and the tests need, idempotently.
# Fast when already present: each step checks before it installs.
#   scripts/setup.sh            Rust wasm target, wasm-bindgen-cli (locked version), npm packages
#   scripts/setup.sh --browser  also Debian's chromium and firefox-esr (for the browser tests)
# Python (python/, scripts/test-python.sh): a venv at $HIRELENS_VENV (default
# ~/.cache/hirelens/venv) with maturin, pyspark 3.5, pyarrow, pytest, ruff, mypy, made
# and filled only when something is missing; skipped when there is no python3 or
# HIRELENS_NO_PYTHON=1. pyspark needs a Java 17 runtime (`java` on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

if ! command -v cargo >/dev/null; then
  echo "setup: cargo not found; install Rust with rustup first" >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen version in Cargo.lock exactly.
want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found: ${have:-none}); takes a few minutes once"
  # Not --locked: the CLI's own lock file pins a webpki-roots release that the registry no longer serves.
  # --force: cargo's own record may still list the package when the binary is gone.
  cargo install wasm-bindgen-cli --version "$want" --quiet --force
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    echo "setup: wasm-bindgen $want is not on PATH after installing it (found: ${have:-none}); is ~/.cargo/bin on PATH?" >&2
    exit 1
  fi
fi

if [ ! -x node_modules/.bin/esbuild ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  # `npm ci` refuses this lock file: npm 11 leaves the other platforms'
  # optional packages (rollup's) out of it, then reports them missing.
  # `npm install --no-save` installs the locked versions and changes nothing.
  # puppeteer-core downloads nothing; the variable makes sure no browser is ever fetched.
  PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-save --no-audit --no-fund --loglevel=error
fi

# valgrind counts the native core's instructions for the speed budgets (scripts/instr-count.mjs).
if ! command -v valgrind >/dev/null; then
  say "installing Debian valgrind"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq valgrind >/dev/null
fi

if [ "${HIRELENS_NO_PYTHON:-}" != 1 ] && command -v python3 >/dev/null; then
  venv=${HIRELENS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/hirelens/venv}
  if [ ! -x "$venv/bin/python" ]; then
    say "creating the Python venv $venv"
    python3 -m venv "$venv"
  fi
  pkgs=()
  for tool in maturin pytest ruff mypy; do
    [ -x "$venv/bin/$tool" ] || pkgs+=("$tool")
  done
  "$venv/bin/python" -c 'import pyspark, sys; sys.exit(not pyspark.__version__.startswith("3.5"))' 2>/dev/null \
    || pkgs+=('pyspark>=3.5,<3.6')
  for mod in pyarrow pandas; do
    "$venv/bin/python" -c "import $mod" 2>/dev/null || pkgs+=("$mod")
  done
  if [ ${#pkgs[@]} -gt 0 ]; then
    say "installing into the Python venv: ${pkgs[*]}"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "${pkgs[@]}"
  fi
fi

if [ "${1:-}" = "--browser" ]; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # The Firefox build needs Firefox 142 or later (strict_min_version in the manifest).
  ffv=$(/usr/bin/firefox-esr --version 2>/dev/null | grep -oE '[0-9]+' | head -1 || true)
  if [ -n "$ffv" ] && [ "$ffv" -lt 142 ]; then
    echo "setup: firefox-esr $ffv is older than 142, which the extension needs (apt-get install --only-upgrade firefox-esr)" >&2
    exit 1
  fi
fi
say "ready"
