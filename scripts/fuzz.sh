#!/usr/bin/env bash
# Run every fuzz target for a bounded time, one after another, on one core.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# Not part of CI. Needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`). Crashes land in fuzz/artifacts/<target>/;
# turn each into a regression test in tests/regressions.rs.
# The last libFuzzer status line of each run (execs, cov:, ft:) is appended
# to $FUZZ_LOG_DIR/last-run.txt for docs/hardening.md.
#
# Settings (environment):
#   FUZZ_SANITIZER  none (default) or address. The crate forbids `unsafe`; ASan
#                   only watches the dependencies' unsafe code and halves the
#                   executions per second (docs/hardening.md, "Fuzzing results").
#   FUZZ_MAX_LEN    longest input (default 32768: a profile with a long
#                   overview, three jobs and a thread of eight messages).
#   FUZZ_LOG_DIR    where logs and last-run.txt go (default fuzz/).
#   FUZZ_CORPUS_DIR the growing corpora (default fuzz/corpus).
#   FUZZ_ARGS       more libFuzzer flags, e.g. "-len_control=0" (mutate up to
#                   FUZZ_MAX_LEN at once instead of growing from the largest seed).
# Seeds: fuzz/seeds/<target>/ (analyze_fields: `node scripts/fuzz-seeds.mjs`);
# dictionaries: fuzz/<target>.dict.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(parse_json analyze_fields dates corpus_bytes)
fi
command -v cargo-fuzz >/dev/null || { echo "cargo-fuzz missing: cargo install cargo-fuzz" >&2; exit 2; }
sanitizer="${FUZZ_SANITIZER:-none}"
max_len="${FUZZ_MAX_LEN:-32768}"
logs="${FUZZ_LOG_DIR:-fuzz}"
corpora="${FUZZ_CORPUS_DIR:-fuzz/corpus}"
mkdir -p "$logs"
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-${CARGO_TARGET_DIR:-target}/fuzz-$sanitizer}"
nice -n 19 cargo +nightly fuzz build -O -s "$sanitizer"
root="$(pwd)"
bin="$CARGO_TARGET_DIR/$(rustc +nightly -vV | sed -n 's/^host: //p')/release"
case "$bin" in /*) ;; *) bin="$root/$bin" ;; esac
case "$logs" in /*) ;; *) logs="$root/$logs" ;; esac
case "$corpora" in /*) ;; *) corpora="$root/$corpora" ;; esac
: > "$logs/last-run.txt"
read -r -a more <<< "${FUZZ_ARGS:-}"
status=0
for t in "${targets[@]}"; do
  mkdir -p "$corpora/$t" "$root/fuzz/artifacts/$t"
  extra=()
  [ -d "fuzz/seeds/$t" ] && extra+=("$root/fuzz/seeds/$t")
  [ -f "fuzz/$t.dict" ] && extra+=("-dict=$root/fuzz/$t.dict")
  log="$logs/$t.log"
  echo "== $t: ${secs}s, log $log"
  # -jobs=1 -workers=1: libFuzzer runs one child process (one core) and writes
  # its output to fuzz-0.log in the working directory, hence the cd.
  rm -f "$logs/fuzz-0.log"
  if ! (cd "$logs" && nice -n 19 "$bin/$t" "$corpora/$t" "${extra[@]}" \
      -max_total_time="$secs" -jobs=1 -workers=1 -rss_limit_mb=2048 -timeout=10 \
      -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$root/fuzz/artifacts/$t/" \
      "${more[@]}" >"$logs/$t.parent.log" 2>&1); then
    status=1
  fi
  [ -f "$logs/fuzz-0.log" ] && mv "$logs/fuzz-0.log" "$log"
  if grep -qE 'ERROR: libFuzzer|panicked' "$log" "$logs/$t.parent.log" 2>/dev/null \
      || ls "$root/fuzz/artifacts/$t"/crash-* >/dev/null 2>&1; then
    echo "!! $t found a crash: see $log and fuzz/artifacts/$t/" >&2
    status=1
  fi
  line="$(grep -E '#[0-9]+.*(DONE|pulse|NEW|REDUCE|cov:)' "$log" | tail -1 || true)"
  execs="$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)"
  rate="$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}' || true)"
  longest="$(grep -oE 'L: [0-9]+/[0-9]+' "$log" | awk -F'[ /]' '{print $3}' | sort -n | tail -1 || true)"
  echo "$t: executions ${execs:-?} (${rate:-?}/s); largest corpus input ${longest:-?} bytes; last status: ${line}" \
    | tee -a "$logs/last-run.txt"
done
exit $status
