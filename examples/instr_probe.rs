//! A fixed workload for counting instructions (`valgrind --tool=callgrind`),
//! the speed measure CI can gate on: unlike a wall-clock time it does not
//! change with what else the machine is doing.
//!
//! ```sh
//! cargo build --release --example instr_probe
//! target/release/examples/instr_probe MODE FILE [N]
//! ```
//!
//! MODE is one of
//! - `parse`: read and parse FILE only (the baseline the others subtract),
//! - `first`: parse, then one `analyze` (the cold call that builds patterns),
//! - `steady`: parse, one `analyze`, then N more (default 50).
//!
//! `scripts/instr-count.mjs` runs the modes under callgrind and prints the
//! differences: the first call's cost and the cost of one warm call.
#![allow(clippy::print_stdout)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(mode), Some(file)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: instr_probe parse|first|steady FILE [N]");
        return ExitCode::from(2);
    };
    let n: usize = match args.get(3).map(|s| s.parse()) {
        None => 50,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("instr_probe: N: {e}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("instr_probe: {file}: {e}");
            return ExitCode::from(2);
        }
    };
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("instr_probe: {file}: {e}");
            return ExitCode::from(2);
        }
    };
    // A fixed clock so that date-relative rules do the same work on every run.
    let options = hirelens::Options {
        now: hirelens::date::Timestamp::parse("2026-11-24T12:00:00Z"),
        ..hirelens::Options::default()
    };
    let calls = match mode.as_str() {
        "parse" => 0,
        "first" => 1,
        "steady" => 1 + n,
        other => {
            eprintln!("instr_probe: unknown mode {other:?}");
            return ExitCode::from(2);
        }
    };
    let mut hints = 0usize;
    for _ in 0..calls {
        match hirelens::analyze_value(value.clone(), &options) {
            Ok(report) => hints += std::hint::black_box(report).hints.len(),
            Err(e) => {
                eprintln!("instr_probe: {file}: {e}");
                return ExitCode::from(1);
            }
        }
    }
    // Clone once in every mode so the modes differ by the analyses alone.
    std::hint::black_box(value.clone());
    println!("{mode} {calls} calls {hints} hints");
    ExitCode::SUCCESS
}
