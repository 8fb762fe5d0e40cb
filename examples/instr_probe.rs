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
//! - `patterns`: one `analyze`, then every pattern it compiled, costliest
//!   first: the time to compile it again (median of N, default 50, runs), the
//!   number of compiled patterns and where each is written. A ranking for
//!   finding what the first call builds, not a gated figure.
//! - `compile`: FILE holds one pattern a line; prints the time to compile each.
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
    if mode == "compile" {
        return compile_each(file);
    }
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
        "patterns" => return patterns(&value, &options, n),
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

fn patterns(value: &serde_json::Value, options: &hirelens::Options, n: usize) -> ExitCode {
    if let Err(e) = hirelens::analyze_value(value.clone(), options) {
        eprintln!("instr_probe: {e}");
        return ExitCode::from(1);
    }
    let mut rows: Vec<(std::time::Duration, String)> = hirelens::text::compiled_patterns()
        .into_iter()
        .map(|(file, line, r)| {
            let what = format!("{file}:{line} ({} bytes)", r.as_str().len());
            (compile_time(r.as_str(), n), what)
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.0));
    let total: std::time::Duration = rows.iter().map(|r| r.0).sum();
    println!(
        "{} patterns compiled by the first analyze, {:.2} ms to compile them all",
        rows.len(),
        total.as_secs_f64() * 1e3
    );
    for (d, what) in rows {
        println!("{:9.1} µs  {what}", d.as_secs_f64() * 1e6);
    }
    ExitCode::SUCCESS
}

/// `compile FILE`: the time to compile each line of FILE as a pattern
/// (median of 30 runs), to compare ways of writing one.
fn compile_each(file: &str) -> ExitCode {
    let Ok(text) = std::fs::read_to_string(file) else {
        eprintln!("instr_probe: cannot read {file}");
        return ExitCode::from(2);
    };
    for line in text.lines().filter(|l| !l.is_empty()) {
        println!(
            "{:9.1} µs  {line}",
            compile_time(line, 30).as_secs_f64() * 1e6
        );
    }
    ExitCode::SUCCESS
}

/// Median time to compile `pattern`, over `n` runs.
fn compile_time(pattern: &str, n: usize) -> std::time::Duration {
    let mut times: Vec<std::time::Duration> = (0..n.max(1))
        .map(|_| {
            let t = std::time::Instant::now();
            let built = regex::Regex::new(pattern);
            let d = t.elapsed();
            std::hint::black_box(built).ok();
            d
        })
        .collect();
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}
