//! Every pattern HireLens compiles (collected by `hirelens::text::re`'s
//! registry after analysing the benchmark documents), timed over the same
//! documents' normalized text with `regex` (the engine's) and `regex-lite`
//! (the smaller engine the size budget would need). Native timings; the
//! ratio is what matters. Native `regex` here has the literal prefilters the
//! WebAssembly build leaves out, so the ratio in WebAssembly may differ; even
//! a tenth of it would break the 0.5 ms `analyze` budget, of which regex
//! searching is about a third.

use std::time::Instant;

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let mut texts: Vec<String> = Vec::new();
    let mut files: Vec<String> = vec![
        format!("{root}/js/test/fixtures/profile-3k.json"),
        format!("{root}/js/test/fixtures/profile-3k-es.json"),
    ];
    if let Ok(rd) = std::fs::read_dir(format!("{root}/examples")) {
        let mut ex: Vec<String> = rd
            .filter_map(|e| e.ok())
            .map(|e| e.path().display().to_string())
            .filter(|p| p.ends_with(".json"))
            .collect();
        ex.sort();
        files.extend(ex);
    }
    for f in &files {
        let json = std::fs::read_to_string(f).expect("read a benchmark document");
        let doc = hirelens::Document::from_json(&json).expect("a valid document");
        let options = hirelens::Options::default();
        let a = hirelens::analysis::Analysis::new(&doc, &options);
        texts.extend(a.fields.iter().map(|fl| fl.norm.clone()));
        // Run the rules so that every lazily compiled pattern is registered.
        let _ = hirelens::analyze(doc.clone(), &options);
    }
    let patterns = hirelens::text::compiled_patterns();
    let bytes: usize = texts.iter().map(String::len).sum();
    let (mut unsupported, mut t_full, mut t_lite) = (Vec::new(), 0.0f64, 0.0f64);
    let mut ratios: Vec<(f64, String)> = Vec::new();
    let prefix = std::path::Path::new(root)
        .canonicalize()
        .map(|p| format!("{}/", p.display()))
        .unwrap_or_default();
    for (file, line, full) in &patterns {
        let file = file.strip_prefix(prefix.as_str()).unwrap_or(file);
        let Ok(lite) = regex_lite::Regex::new(full.as_str()) else {
            unsupported.push(format!("{file}:{line}"));
            continue;
        };
        let time = |f: &dyn Fn(&str) -> usize| {
            let mut best = f64::MAX;
            for _ in 0..7 {
                let t = Instant::now();
                let mut n = 0;
                for s in &texts {
                    n += f(s);
                }
                std::hint::black_box(n);
                best = best.min(t.elapsed().as_secs_f64());
            }
            best
        };
        let a = time(&|s| full.find_iter(s).count());
        let b = time(&|s| lite.find_iter(s).count());
        t_full += a;
        t_lite += b;
        ratios.push((b / a.max(1e-9), format!("{file}:{line}")));
    }
    ratios.sort_by(|x, y| y.0.total_cmp(&x.0));
    println!(
        "{} patterns, {} documents ({} bytes of normalized text)",
        patterns.len(),
        files.len(),
        bytes
    );
    println!(
        "regex-lite cannot compile {} of them (\\p{{..}} classes, Unicode case folding): {}",
        unsupported.len(),
        unsupported.join(", ")
    );
    println!(
        "on the other {}: one pass over all the text takes {:.0} µs with regex, {:.0} µs with regex-lite ({:.1}×)",
        ratios.len(),
        t_full * 1e6,
        t_lite * 1e6,
        t_lite / t_full.max(1e-12)
    );
    let mut rs: Vec<f64> = ratios.iter().map(|r| r.0).collect();
    rs.sort_by(f64::total_cmp);
    if let Some(median) = rs.get(rs.len() / 2) {
        println!("per pattern: median {median:.1}× slower; slowest:");
    }
    for (r, at) in ratios.iter().take(5) {
        println!("  {r:6.1}×  {at}");
    }
}
