//! Tests of the `scan` example binary: exit statuses, error lines, the JSON
//! lines contract and corpus reading.
//!
//! The binary is built once with `cargo build --example scan`, and its path
//! taken from cargo's own build messages. These tests check the program's
//! behavior, not which claims the scanner finds: wherever claims are printed,
//! they are checked against the contract, and "none" passes.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::Value;

/// The built `scan` example.
fn scan_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| crate::support::example_bin("scan"))
}

/// What one run of `scan` did.
#[derive(Debug)]
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn stderr_lines(&self) -> Vec<&str> {
        self.stderr.lines().collect()
    }
}

/// Runs `scan` with `args` in the crate root, feeding `stdin` if given.
fn scan<S: AsRef<OsStr>>(args: &[S], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(scan_bin())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start scan");
    let writer = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().expect("stdin pipe");
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            // The program may stop reading early; that is not our failure.
            let _ = pipe.write_all(&bytes);
        })
    });
    let out = child.wait_with_output().expect("wait for scan");
    if let Some(w) = writer {
        w.join().expect("stdin writer");
    }
    Run {
        code: out.status.code(),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "casualty-cli-{}-{}-{}",
            std::process::id(),
            name,
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("write temp file");
        path.to_str().expect("temp path is UTF-8").to_string()
    }

    fn path(&self, name: &str) -> String {
        self.0.join(name).to_str().expect("UTF-8").to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).expect("gzip");
    enc.finish().expect("gzip")
}

const STORY: &str = "Police said 12 people were killed on Sunday. \
                     Officials said at least 30 others were wounded.\n";

/// A corpus of `n` records with ids `r0`, `r1`, ..., one line each.
fn records(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            serde_json::json!({
                "id": format!("r{i}"),
                "published": if i % 3 == 0 { Value::Null } else { "2012-07-06".into() },
                "text": format!("Record {i}. {STORY}"),
                "outlet": "test",
            })
            .to_string()
        })
        .collect()
}

/// Checks every stdout line against claims.md §JSON lines; returns the
/// `doc` of each line. `texts` maps each doc to its text, to check spans.
fn check_json_lines(stdout: &str, texts: &[(&str, &str)]) -> Vec<String> {
    let mut docs = Vec::new();
    for line in stdout.lines() {
        let v: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}"));
        let keys: Vec<&str> = v
            .as_object()
            .expect("an object")
            .keys()
            .map(|k| k.as_str())
            .collect();
        for key in [
            "doc", "figure", "category", "victims", "source", "date", "period", "span", "text",
        ] {
            assert!(keys.contains(&key), "no {key:?} in {line}");
        }
        assert!(v["figure"]["value"].is_u64(), "{line}");
        assert!(v["figure"]["bound"].is_string(), "{line}");
        assert!(v["category"].is_string(), "{line}");
        let doc = v["doc"].as_str().expect("doc is a string").to_string();
        let span = v["span"].as_array().expect("span is an array");
        assert_eq!(span.len(), 2, "{line}");
        let (start, end) = (
            span[0].as_u64().expect("start"),
            span[1].as_u64().expect("end"),
        );
        if let Some((_, text)) = texts.iter().find(|(d, _)| *d == doc) {
            let written = text.get(start as usize..end as usize);
            assert_eq!(
                written,
                v["text"].as_str(),
                "span does not hold text: {line}"
            );
        }
        docs.push(doc);
    }
    docs
}

/// Whether `docs` follow the order of `order` (each doc one of them).
fn in_order(docs: &[String], order: &[&str]) -> bool {
    let rank = |d: &String| order.iter().position(|o| o == d).expect("a known doc");
    docs.windows(2).all(|w| rank(&w[0]) <= rank(&w[1]))
}

#[test]
fn help_prints_usage_and_exits_0() {
    for flag in ["--help", "-h"] {
        let run = scan(&[flag], None);
        assert_eq!(run.code, Some(0), "{run:?}");
        assert!(run.stdout.starts_with("usage: scan"), "{run:?}");
        assert!(run.stderr.is_empty(), "{run:?}");
    }
}

#[test]
fn builtin_article_exits_0() {
    let run = scan::<&str>(&[], None);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stderr.is_empty(), "{run:?}");
    let title = run.stdout.lines().next().expect("a title line");
    assert!(title.starts_with("examples/article.txt"), "{title}");
    assert!(title.contains("2024-11-21"), "{title}");
}

#[test]
fn builtin_json_is_the_article_file_with_its_date() {
    let builtin = scan(&["--json"], None);
    assert_eq!(builtin.code, Some(0), "{builtin:?}");
    let text = include_str!("../examples/article.txt");
    let docs = check_json_lines(&builtin.stdout, &[("examples/article.txt", text)]);
    assert!(docs.iter().all(|d| d == "examples/article.txt"));
    let file = scan(
        &["--json", "--date", "2024-11-21", "examples/article.txt"],
        None,
    );
    assert_eq!(file.code, Some(0), "{file:?}");
    assert_eq!(builtin.stdout, file.stdout);
}

#[test]
fn missing_file_is_one_line_and_exit_2() {
    let dir = TempDir::new("missing");
    let path = dir.path("no-such-file.txt");
    let run = scan(&[&path], None);
    assert_eq!(run.code, Some(2), "{run:?}");
    let lines = run.stderr_lines();
    assert_eq!(lines.len(), 1, "{run:?}");
    assert!(lines[0].starts_with(&format!("scan: {path}: ")), "{run:?}");
    assert!(!run.stderr.contains("panicked"), "{run:?}");
}

#[test]
fn directory_is_one_line_and_exit_2() {
    let dir = TempDir::new("dir");
    let path = dir.0.to_str().expect("UTF-8").to_string();
    for args in [
        vec![path.clone()],
        vec!["--corpus".to_string(), path.clone()],
    ] {
        let run = scan(&args, None);
        assert_eq!(run.code, Some(2), "{run:?}");
        assert_eq!(
            run.stderr_lines(),
            [format!("scan: {path}: is a directory")],
            "{run:?}"
        );
    }
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let dir = TempDir::new("utf8");
    let path = dir.write("latin1.txt", b"Seven people\xe9 were killed.");
    let run = scan(&[&path], None);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert_eq!(
        run.stderr_lines(),
        [format!("scan: {path}: not valid UTF-8 (byte offset 12)")]
    );
}

#[test]
fn bad_date_exits_2_before_scanning() {
    for date in ["2024-02-30", "yesterday", "2024-1-5", ""] {
        let run = scan(&["--date", date, "examples/article.txt"], None);
        assert_eq!(run.code, Some(2), "{run:?}");
        assert!(run.stdout.is_empty(), "{run:?}");
        let lines = run.stderr_lines();
        assert_eq!(lines.len(), 1, "{run:?}");
        assert!(
            lines[0].starts_with(&format!("scan: invalid date {date:?}: ")),
            "{run:?}"
        );
    }
    let run = scan(&["--date=2024-13-01"], None);
    assert_eq!(run.code, Some(2), "{run:?}");
}

#[test]
fn unknown_option_exits_2_with_usage() {
    for flag in ["--frobnicate", "-x", "--json=yes"] {
        let run = scan(&[flag, "examples/article.txt"], None);
        assert_eq!(run.code, Some(2), "{run:?}");
        assert!(run.stdout.is_empty(), "{run:?}");
        let lines = run.stderr_lines();
        assert_eq!(lines.len(), 1, "{run:?}");
        assert!(
            lines[0].starts_with(&format!("scan: unknown option '{flag}'; usage: scan ")),
            "{run:?}"
        );
    }
}

#[test]
fn missing_option_argument_exits_2() {
    for flag in ["--date", "--threads", "--corpus"] {
        let run = scan(&[flag], None);
        assert_eq!(run.code, Some(2), "{run:?}");
        let lines = run.stderr_lines();
        assert_eq!(lines.len(), 1, "{run:?}");
        assert!(
            lines[0].starts_with("scan: ") && lines[0].contains(flag),
            "{run:?}"
        );
    }
}

#[test]
fn bad_thread_count_exits_2() {
    for n in ["0", "two", "-3", "1.5", ""] {
        let run = scan(&["--threads", n], None);
        assert_eq!(run.code, Some(2), "{run:?}");
        let lines = run.stderr_lines();
        assert_eq!(lines.len(), 1, "{run:?}");
        assert!(lines[0].starts_with("scan: invalid --threads"), "{run:?}");
    }
}

#[test]
fn double_dash_ends_options() {
    let run = scan(&["--", "--json"], None);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert_eq!(run.stderr_lines().len(), 1, "{run:?}");
    assert!(run.stderr.starts_with("scan: --json: "), "{run:?}");
}

#[test]
fn good_files_after_bad_ones_are_still_scanned() {
    let dir = TempDir::new("mixed");
    let missing = dir.path("missing.txt");
    let bad = dir.write("bad.txt", b"\xff\xfe");
    let good = dir.write("good.txt", STORY.as_bytes());
    let run = scan(&[&missing, &good, &bad, "examples/article.txt"], None);
    assert_eq!(run.code, Some(2), "{run:?}");
    let lines = run.stderr_lines();
    assert_eq!(lines.len(), 2, "{run:?}");
    assert!(
        lines[0].starts_with(&format!("scan: {missing}: ")),
        "{run:?}"
    );
    assert!(
        lines[1].starts_with(&format!("scan: {bad}: not valid UTF-8")),
        "{run:?}"
    );
    let titles: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with(&good) || l.starts_with("examples/article.txt"))
        .collect();
    assert_eq!(titles.len(), 2, "{run:?}");
    assert!(titles[0].starts_with(&good), "{run:?}");
}

#[test]
fn json_lines_follow_the_contract() {
    let dir = TempDir::new("json");
    let good = dir.write("story.txt", STORY.as_bytes());
    let article = include_str!("../examples/article.txt");
    let run = scan(&["--json", "examples/article.txt", &good], None);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stderr.is_empty(), "{run:?}");
    let order = ["examples/article.txt", good.as_str()];
    let docs = check_json_lines(&run.stdout, &[(order[0], article), (order[1], STORY)]);
    assert!(in_order(&docs, &order), "{docs:?}");
}

#[test]
fn stdin_is_dash() {
    let run = scan(&["--json", "-"], Some(STORY.as_bytes()));
    assert_eq!(run.code, Some(0), "{run:?}");
    let docs = check_json_lines(&run.stdout, &[("-", STORY)]);
    assert!(docs.iter().all(|d| d == "-"), "{docs:?}");

    let run = scan(&["-"], Some(STORY.as_bytes()));
    assert_eq!(run.code, Some(0), "{run:?}");
    assert!(run.stdout.starts_with("-: "), "{run:?}");

    let run = scan(&["-"], Some(b"\xff"));
    assert_eq!(run.code, Some(2), "{run:?}");
    assert_eq!(
        run.stderr_lines(),
        ["scan: -: not valid UTF-8 (byte offset 0)"]
    );
}

/// Reads the record count from the `--stats` line.
fn stats_records(run: &Run) -> (u64, u64) {
    let line = run
        .stderr
        .lines()
        .find(|l| l.starts_with("scan: stats: "))
        .unwrap_or_else(|| panic!("no stats line: {run:?}"));
    let num = |word: &str| -> u64 {
        let words: Vec<&str> = line.split([' ', ',']).filter(|w| !w.is_empty()).collect();
        let i = words.iter().position(|w| *w == word).expect(word);
        words[i - 1].parse().expect("a count")
    };
    (num("records"), num("skipped"))
}

#[test]
fn corpus_with_a_malformed_line_skips_it_and_exits_1() {
    let dir = TempDir::new("corpus");
    let mut lines = records(5);
    lines.insert(2, "this is not json".to_string());
    let corpus = dir.write("corpus.jsonl", (lines.join("\n") + "\n").as_bytes());

    let run = scan(&["--json", "--threads", "2", "--corpus", &corpus], None);
    assert_eq!(run.code, Some(1), "{run:?}");
    let err = run.stderr_lines();
    assert_eq!(err.len(), 1, "{run:?}");
    assert!(
        err[0].starts_with(&format!("scan: {corpus}:3: skipped: ")),
        "{run:?}"
    );
    let ids = ["r0", "r1", "r2", "r3", "r4"];
    let texts: Vec<(&str, String)> = ids
        .iter()
        .map(|id| (*id, format!("Record {}. {STORY}", &id[1..])))
        .collect();
    let texts: Vec<(&str, &str)> = texts.iter().map(|(d, t)| (*d, t.as_str())).collect();
    let docs = check_json_lines(&run.stdout, &texts);
    assert!(in_order(&docs, &ids), "{docs:?}");

    let run = scan(&["--stats", "--threads", "2", "--corpus", &corpus], None);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert_eq!(stats_records(&run), (5, 1), "{run:?}");
    for line in run.stdout.lines() {
        let id = line.split('\t').next().unwrap_or_default();
        assert!(ids.contains(&id), "{line}");
    }
}

#[test]
fn corpus_reasons_for_skipping() {
    let dir = TempDir::new("reasons");
    let lines = [
        r#"{"id": "a", "text": "Five people were killed."}"#,
        r#"{"id": "b"}"#,
        r#"{"id": "c", "text": 7}"#,
        r#"["text"]"#,
        "",
        r#"{"id": "d", "published": "not a date", "text": "Two were hurt."}"#,
        r#"{"id": 42, "published": null, "text": "Nine are missing."}"#,
        r#"{"text": "No id here."}"#,
    ];
    let corpus = dir.write("reasons.jsonl", lines.join("\n").as_bytes());
    let run = scan(&["--stats", "--corpus", &corpus], None);
    assert_eq!(run.code, Some(1), "{run:?}");
    let skipped: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": skipped: "))
        .collect();
    assert_eq!(skipped.len(), 3, "{run:?}");
    for (line, n) in skipped.iter().zip([2, 3, 4]) {
        assert!(
            line.starts_with(&format!("scan: {corpus}:{n}: skipped: ")),
            "{line}"
        );
    }
    assert_eq!(stats_records(&run), (4, 3), "{run:?}");
}

#[test]
fn gzip_corpus_is_detected_by_its_magic_bytes() {
    let dir = TempDir::new("gzip");
    let all = records(6);
    let mut first = all[..3].join("\n") + "\n";
    first.push_str("{\"id\": \"broken\", \"text\": \n");
    let second = all[3..].join("\n") + "\n";
    // Two gzip members, as `cat a.gz b.gz` makes; no .gz in the name.
    let mut bytes = gzip(first.as_bytes());
    bytes.extend(gzip(second.as_bytes()));
    let corpus = dir.write("corpus.data", &bytes);

    let run = scan(
        &["--stats", "--json", "--threads", "2", "--corpus", &corpus],
        None,
    );
    assert_eq!(run.code, Some(1), "{run:?}");
    let skipped: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": skipped: "))
        .collect();
    assert_eq!(skipped.len(), 1, "{run:?}");
    assert!(
        skipped[0].starts_with(&format!("scan: {corpus}:4: skipped: not JSON")),
        "{run:?}"
    );
    assert_eq!(stats_records(&run), (6, 1), "{run:?}");
    let ids = ["r0", "r1", "r2", "r3", "r4", "r5"];
    let docs = check_json_lines(&run.stdout, &[]);
    assert!(in_order(&docs, &ids), "{docs:?}");

    // The same from standard input.
    let run = scan(&["--stats", "--corpus", "-"], Some(&bytes));
    assert_eq!(run.code, Some(1), "{run:?}");
    assert_eq!(stats_records(&run), (6, 1), "{run:?}");
}

#[test]
fn damaged_gzip_is_an_error_naming_the_file() {
    let dir = TempDir::new("damaged");
    let text = records(50).join("\n");
    let bytes = gzip(text.as_bytes());
    let corpus = dir.write("cut.jsonl.gz", &bytes[..bytes.len() / 2]);
    let good = dir.write("good.jsonl", records(2).join("\n").as_bytes());
    let run = scan(&["--stats", "--corpus", &corpus, "--corpus", &good], None);
    assert_eq!(run.code, Some(2), "{run:?}");
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| !l.starts_with("scan: stats:"))
        .collect();
    assert_eq!(errors.len(), 1, "{run:?}");
    assert!(
        errors[0].starts_with(&format!("scan: {corpus}: ")),
        "{run:?}"
    );
    // Whatever was read before the damage, and all of the good corpus.
    assert!(stats_records(&run).0 >= 2, "{run:?}");
}

#[test]
fn missing_corpus_does_not_stop_the_others() {
    let dir = TempDir::new("nocorpus");
    let missing = dir.path("missing.jsonl");
    let good = dir.write("good.jsonl", records(3).join("\n").as_bytes());
    let run = scan(&["--stats", "--corpus", &missing, "--corpus", &good], None);
    assert_eq!(run.code, Some(2), "{run:?}");
    assert!(
        run.stderr.starts_with(&format!("scan: {missing}: ")),
        "{run:?}"
    );
    assert_eq!(stats_records(&run), (3, 0), "{run:?}");
}

#[test]
fn corpus_output_keeps_input_order_across_batches_and_threads() {
    let dir = TempDir::new("order");
    let lines = records(700);
    let corpus = dir.write("big.jsonl", (lines.join("\n") + "\n").as_bytes());
    let one = scan(&["--json", "--threads", "1", "--corpus", &corpus], None);
    let many = scan(&["--json", "--threads", "4", "--corpus", &corpus], None);
    assert_eq!(one.code, Some(0), "{one:?}");
    assert_eq!(many.code, Some(0), "{many:?}");
    assert_eq!(one.stdout, many.stdout);
    let ids: Vec<String> = (0..700).map(|i| format!("r{i}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let docs = check_json_lines(&many.stdout, &[]);
    assert!(in_order(&docs, &ids));
    // --date is the fallback for records without their own date.
    let dated = scan(
        &["--stats", "--date", "2012-07-01", "--corpus", &corpus],
        None,
    );
    assert_eq!(stats_records(&dated), (700, 0), "{dated:?}");
}

#[test]
fn closed_stdout_ends_quietly() {
    let args: Vec<&str> = std::iter::repeat("examples/article.txt")
        .take(5000)
        .collect();
    let mut child = Command::new(scan_bin())
        .args(&args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start scan");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 1];
    // Read one byte (every file has a title line, so the output outgrows
    // the pipe buffer), then hang up.
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn table_rows_have_every_column() {
    let run = scan::<&str>(&[], None);
    let lines: Vec<&str> = run.stdout.lines().collect();
    if lines.len() > 1 {
        let header: HashSet<&str> = lines[1].split_whitespace().collect();
        for col in [
            "figure", "value", "bound", "category", "victims", "source", "date", "period",
        ] {
            assert!(header.contains(col), "no {col} column: {}", lines[1]);
        }
    }
}
