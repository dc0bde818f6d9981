//! Scan time must grow in proportion to the text: `scan/linear/{1,10,100}MB`
//! scan one document of 1, 10 and 100 MB built by concatenating the raw
//! corpora under `../shared/corpus/raw` (article texts, each followed by a
//! blank line, one from each corpus in turn so that all sizes hold the same
//! mix), and report throughput in bytes. If scanning were quadratic
//! anywhere, the 100 MB case would take 100 times the 10 MB one rather than
//! 10 times; equal MB/s across the three sizes is the claim this bench
//! backs.
//!
//! The three documents are prefixes of one another, so the larger ones hold
//! the smaller ones' text. Before timing, each is scanned once and its claim
//! count checked: some claims, and more in the larger documents.
//!
//! Without `../shared` the bench prints a message and measures nothing.
//! `cargo bench --bench linear` runs the minimum of 10 samples per size and
//! takes a few minutes.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use flate2::read::MultiGzDecoder;

const MB: usize = 1 << 20;
const SIZES: [usize; 3] = [1, 10, 100];

/// `../shared/corpus/raw`, beside the crate.
fn raw_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/raw")
}

/// At least `want` bytes of article text from the raw corpora, each
/// article followed by a blank line; `None` if the corpora are absent or
/// hold less. Articles are taken from each corpus in turn, so that every
/// prefix holds the same mix of outlets and the sizes differ only in size.
fn corpus_text(want: usize) -> Option<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(raw_dir())
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".jsonl.gz"))
        .collect();
    files.sort();
    let mut readers: Vec<_> = files
        .iter()
        .filter_map(|p| File::open(p).ok())
        .map(|f| BufReader::new(MultiGzDecoder::new(f)).lines())
        .collect();
    let mut text = String::with_capacity(want + MB);
    while !readers.is_empty() {
        // one article from each corpus, dropping those that run out
        readers.retain_mut(|lines| {
            let article = lines.by_ref().map_while(Result::ok).find_map(|line| {
                let record = serde_json::from_str::<serde_json::Value>(&line).ok()?;
                record["text"].as_str().map(|t| t.trim().to_string())
            });
            match article {
                Some(t) => {
                    text.push_str(&t);
                    text.push_str("\n\n");
                    true
                }
                None => false,
            }
        });
        if text.len() >= want {
            return Some(text);
        }
    }
    None
}

/// The first `n` bytes of `text`, cut back to a char boundary.
fn prefix(text: &str, mut n: usize) -> &str {
    while !text.is_char_boundary(n) {
        n -= 1;
    }
    &text[..n]
}

fn linear(c: &mut Criterion) {
    let biggest = SIZES[SIZES.len() - 1] * MB;
    let Some(text) = corpus_text(biggest) else {
        eprintln!(
            "scan/linear: skipped: no {} MB of corpus text under {}",
            biggest / MB,
            raw_dir().display()
        );
        return;
    };
    let scanner = casualty::Scanner::default();
    let mut group = c.benchmark_group("scan/linear");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1));
    let mut last_claims = 0;
    for mb in SIZES {
        let doc = prefix(&text, mb * MB);
        // Count before timing: a bench of a scanner that finds nothing
        // measures nothing.
        let claims = scanner.scan(doc).len();
        assert!(
            claims > last_claims,
            "{mb} MB: {claims} claims, not more than the {last_claims} of the smaller document"
        );
        eprintln!("scan/linear/{mb}MB: {} bytes, {claims} claims", doc.len());
        last_claims = claims;
        group.throughput(Throughput::Bytes(doc.len() as u64));
        // ten scans at 40 MB/s, with room to spare
        group.measurement_time(Duration::from_secs(5 + 3 * mb as u64 / 10));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{mb}MB")),
            doc,
            |b, doc| b.iter(|| scanner.scan(doc).len()),
        );
    }
    group.finish();
}

criterion_group!(benches, linear);
criterion_main!(benches);
