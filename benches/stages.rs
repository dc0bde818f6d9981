//! Each stage of the pipeline, timed on its own and as a whole, in bytes of
//! text per second: `cue/…` finds the casualty cues, `number/…` reads numbers, `sentence/…` splits sentences,
//! `recognize/…` reads the sentences holding a number with the recognizers,
//! `attribute/…` finds the attributions in them, `date/…` finds time
//! expressions, and `scan/…` runs the whole scan. Each stage runs on two
//! inputs:
//!
//! - `article`: the seed article, `../shared/corpus/seed/articles/friends-of-syria.txt`
//!   (published 2012-07-06);
//! - `raw`: a fixed slice of `../shared/corpus/raw`: the first
//!   [`RAW_RECORDS`] records of each file, in file name order, each scanned
//!   as its own document with its own publication date.
//!
//! Before timing, every bench checks its count (number matches, sentences,
//! figures, attributions, claims) against the one written here, so a change
//! that is fast because it is wrong fails. A count that moves because the
//! readers changed on purpose is updated here, in the same commit.
//!
//! Without `../shared` the bench prints a message and measures nothing.
//! Run one group with `cargo bench --bench stages -- scan/`.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use casualty::{bench_api, number, Scanner, Span};
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use flate2::read::MultiGzDecoder;

/// Records taken from the start of each raw corpus file.
const RAW_RECORDS: usize = 200;

/// The counts each bench checks, for (article, raw).
const CUES: (usize, usize) = (15, 10_423);
const NUMBERS: (usize, usize) = (66, 15_743);
const SENTENCES: (usize, usize) = (95, 40_979);
const RECOGNIZED: (usize, usize) = (7, 734);
const ATTRIBUTIONS: (usize, usize) = (6, 3_125);
const TIME_EXPRS: (usize, usize) = (38, 9_961);
const CLAIMS: (usize, usize) = (8, 734);

/// One document to scan.
struct Doc {
    published: Option<NaiveDate>,
    text: String,
}

/// The benches' inputs.
struct Inputs {
    article: Doc,
    raw: Vec<Doc>,
}

impl Inputs {
    fn bytes(docs: &[Doc]) -> u64 {
        docs.iter().map(|d| d.text.len() as u64).sum()
    }
}

/// `../shared/corpus`, beside the crate.
fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

/// The seed article and the raw slice; `None` when `../shared` is absent.
fn inputs() -> Option<Inputs> {
    let dir = corpus_dir();
    let text = std::fs::read_to_string(dir.join("seed/articles/friends-of-syria.txt")).ok()?;
    let article = Doc {
        published: casualty::parse_date("2012-07-06").ok(),
        text,
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("raw"))
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".jsonl.gz"))
        .collect();
    files.sort();
    let mut raw = Vec::new();
    for path in files {
        let reader = BufReader::new(MultiGzDecoder::new(File::open(&path).ok()?));
        for line in reader.lines().take(RAW_RECORDS) {
            let record: serde_json::Value = serde_json::from_str(&line.ok()?).ok()?;
            let published = record["published"]
                .as_str()
                .and_then(|d| casualty::parse_date(d.get(..10)?).ok());
            if let Some(text) = record["text"].as_str() {
                raw.push(Doc {
                    published,
                    text: text.to_string(),
                });
            }
        }
    }
    Some(Inputs { article, raw })
}

/// One stage: its group name, the last part of its benches' names, the
/// counts it must give on (article, raw), and the stage itself, which
/// returns its count for one document.
type Stage<'a> = (
    &'a str,
    &'a str,
    (usize, usize),
    Box<dyn Fn(&Doc) -> usize + 'a>,
);

fn stages(c: &mut Criterion) {
    let Some(inputs) = inputs() else {
        eprintln!(
            "stages: skipped: the seed article or the raw corpora are missing under {}",
            corpus_dir().display()
        );
        return;
    };
    let scanner = Scanner::default();
    let stages: Vec<Stage<'_>> = vec![
        // `cue/{article,raw}/cue_positions`: the first pass of a scan, every
        // word that may begin a casualty cue ("killed", "12 of them").
        (
            "cue",
            "cue_positions",
            CUES,
            Box::new(|d| bench_api::cues(&d.text)),
        ),
        // `number/{article,raw}/find_numbers`: the first pass, reading every
        // number expression of the text (`casualty::number::find_numbers`).
        (
            "number",
            "find_numbers",
            NUMBERS,
            Box::new(|d| number::find_numbers(&d.text).len()),
        ),
        // `sentence/{article,raw}/split`: sentence bounds over the whole text.
        (
            "sentence",
            "split",
            SENTENCES,
            Box::new(|d| bench_api::sentences(&d.text)),
        ),
        // `recognize/{article,raw}/sentences_with_numbers`: numbers and
        // sentences, then tokens and the recognizers on every sentence that
        // holds a number (with no cue filter: more than a scan reads).
        (
            "recognize",
            "sentences_with_numbers",
            RECOGNIZED,
            Box::new(|d| bench_api::recognized(&d.text)),
        ),
        // `attribute/{article,raw}/sentences_with_numbers`: numbers and
        // sentences, then tokens and the search for attributions on every
        // sentence that holds a number.
        (
            "attribute",
            "sentences_with_numbers",
            ATTRIBUTIONS,
            Box::new(|d| bench_api::attributions(&d.text)),
        ),
        // `date/{article,raw}/find_time_exprs`: time expressions over the
        // whole text (a scan asks only about the sentences with claims).
        (
            "date",
            "find_time_exprs",
            TIME_EXPRS,
            Box::new(|d| {
                casualty::date::find_time_exprs(&d.text, Span::new(0, d.text.len())).len()
            }),
        ),
        // `scan/{article,raw}/full`: the whole scan of each document with
        // its publication date, as `scan --corpus` does it.
        (
            "scan",
            "full",
            CLAIMS,
            Box::new(|d| scanner.scan_published(&d.text, d.published).len()),
        ),
    ];
    let article = std::slice::from_ref(&inputs.article);
    let inputs = [("article", article), ("raw", &inputs.raw[..])];
    // every count first, so that one run names every count that moved
    let mut moved = Vec::new();
    for (name, _, want, stage) in &stages {
        for ((input, docs), want) in inputs.iter().zip([want.0, want.1]) {
            let got: usize = docs.iter().map(stage).sum();
            if got != want {
                moved.push(format!("{name}/{input}: {got}, not {want}"));
            }
        }
    }
    assert!(
        moved.is_empty(),
        "counts moved (if the readers changed on purpose, update them in \
         benches/stages.rs):\n{}",
        moved.join("\n")
    );
    for (name, label, _, stage) in &stages {
        let mut g = c.benchmark_group(*name);
        for (input, docs) in inputs {
            g.throughput(Throughput::Bytes(Inputs::bytes(docs)));
            if input == "raw" {
                g.sample_size(20);
            }
            g.bench_function(format!("{input}/{label}"), |b| {
                b.iter(|| docs.iter().map(stage).sum::<usize>())
            });
        }
        g.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
