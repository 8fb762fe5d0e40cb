#!/usr/bin/env bash
# The Python package (python/): bindings lint, a debug build of the extension
# into the venv that scripts/setup.sh made, ruff, mypy and pytest — the CLI
# parity tests, the API tests, signatures, and Spark in local[2] (skipped with a
# message when no Java runtime is found).
#   HIRELENS_PY_RELEASE=1 builds the extension with the py-release profile instead.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${HIRELENS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/hirelens/venv}
if [ ! -x "$venv/bin/maturin" ]; then
  if ! command -v python3 >/dev/null; then
    echo "test-python: skipped: no python3 on this machine (the Python package needs CPython >= 3.9)" >&2
    exit 0
  fi
  HIRELENS_NO_PYTHON= bash scripts/setup.sh
fi
export VIRTUAL_ENV=$venv PATH="$venv/bin:$PATH"
cargo fmt -p hirelens-python --check
cargo clippy -p hirelens-python --all-targets --quiet -- -D warnings
cargo build --quiet --bin hirelens
cd python
if [ "${HIRELENS_PY_RELEASE:-}" = 1 ]; then
  maturin develop --quiet --release
else
  maturin develop --quiet
fi
ruff check .
ruff format --check .
mypy
python -m pytest -q -ra
