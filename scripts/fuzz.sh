#!/usr/bin/env bash
# Run every fuzz target for a bounded time, one after another, on one core.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# Not part of CI. Needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`). Crashes land in fuzz/artifacts/<target>/;
# turn each into a regression test in tests/regressions.rs.
# The last libFuzzer status line of each run (execs, cov:, ft:) is appended
# to fuzz/last-run.txt for docs/hardening.md.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(parse_json analyze_fields dates corpus_bytes)
fi
command -v cargo-fuzz >/dev/null || { echo "cargo-fuzz missing: cargo install cargo-fuzz" >&2; exit 2; }
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-${CARGO_TARGET_DIR:-target}/fuzz}"
cargo +nightly fuzz build -O
seeds="fuzz/seeds"
: > fuzz/last-run.txt
status=0
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  extra=()
  [ -d "$seeds/$t" ] && extra+=("$seeds/$t")
  log="fuzz/$t.log"
  echo "== $t: ${secs}s"
  if ! cargo +nightly fuzz run -O "$t" "fuzz/corpus/$t" "${extra[@]}" -- \
      -max_total_time="$secs" -jobs=1 -workers=1 -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
      -print_final_stats=1 >"$log" 2>&1; then
    echo "!! $t found a crash: see $log and fuzz/artifacts/$t/" >&2
    status=1
  fi
  line="$(grep -E '#[0-9]+.*(DONE|pulse|NEW|REDUCE|cov:)' "$log" | tail -1 || true)"
  execs="$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)"
  echo "$t: executions ${execs:-?}; last status: ${line}" | tee -a fuzz/last-run.txt
done
exit $status
