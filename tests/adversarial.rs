//! Hostile input (style §14, §15): huge lines, digit floods, overflowing
//! figures, control characters, other scripts' digits, impossible dates, and
//! the inputs the fuzzer found (`tests/data/regressions/`). None may panic,
//! lose or misplace a claim, or read a figure wrongly.
//!
//! Nothing here times anything: that scanning stays linear is measured by
//! `benches/linear.rs`. Where a test can, it checks the work done instead: a
//! sentence repeated `k` times must give `k` times its claims, each moved by
//! the repetitions before it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use casualty::{Claim, Scanner, Span};
use chrono::NaiveDate;

/// The default scanner, with `published` as the publication date.
fn scan(text: &str, published: Option<NaiveDate>) -> Vec<Claim> {
    Scanner::default().scan_published(text, published)
}

fn day(s: &str) -> NaiveDate {
    casualty::parse_date(s).expect("a valid test date")
}

/// Every span inside `text`, on char boundaries, holding the claim's text.
fn assert_spans(text: &str, claims: &[Claim]) {
    for c in claims {
        assert!(
            c.span.start <= c.span.end && c.span.end <= text.len(),
            "span {:?} outside the text ({} bytes)",
            c.span,
            text.len()
        );
        assert_eq!(
            text.get(c.span.range()),
            Some(c.text.as_str()),
            "span {:?} is not on char boundaries or not the claim's text",
            c.span
        );
    }
}

/// Scans `unit` alone and `unit` repeated `times` times: the repeated text
/// must give the unit's claims for each copy, moved by the copies before
/// it. Returns the claims of one copy.
fn assert_repeats(unit: &str, times: usize) -> Vec<Claim> {
    let one = scan(unit, None);
    let text = unit.repeat(times);
    let all = scan(&text, None);
    assert_spans(&text, &all);
    assert_eq!(
        all.len(),
        one.len() * times,
        "{times} copies of {:?} gave {} claims, one copy {}",
        &unit[..unit.len().min(80)],
        all.len(),
        one.len()
    );
    for (k, chunk) in all.chunks(one.len().max(1)).enumerate() {
        for (c, o) in chunk.iter().zip(&one) {
            let mut moved = o.clone();
            moved.span = o.span.shifted(k * unit.len());
            assert_eq!(c, &moved, "copy {k}");
        }
    }
    one
}

/// A size for the huge inputs: `release` in an optimized build, a tenth of
/// it in a debug build, which is some ten times slower (so that `cargo test`
/// stays within seconds; `cargo test --release` runs the full size).
fn size(release: usize) -> usize {
    if cfg!(debug_assertions) {
        release / 10
    } else {
        release
    }
}

/// The decimal digits of a figure as written ("16,700" → "16700"), or
/// `None` when it has other words or decimals.
fn plain_digits(written: &str) -> Option<String> {
    let digits: String = written
        .chars()
        .filter(|c| !matches!(c, ',' | ' '))
        .collect();
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// A claim read from plain digits must carry exactly that number: a figure
/// past `u64::MAX` is no claim at all, never a wrapped or saturated value.
fn assert_not_wrapped(claims: &[Claim]) {
    for c in claims {
        if let Some(d) = plain_digits(&c.text) {
            let d = d.trim_start_matches('0');
            let d = if d.is_empty() { "0" } else { d };
            assert_eq!(
                c.figure.value.to_string(),
                d,
                "{:?} read as {}",
                c.text,
                c.figure.value
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Size

/// A 20 MB line (2 MB in a debug build): report sentences among plain
/// prose, with no line break. Every copy keeps its claims, moved by the
/// copies before it.
#[test]
fn twenty_mb_single_line() {
    let unit = "Police said 12 people were killed in the blast on Sunday, and at least 30 others were wounded. \
                The market reopened as traders returned to the square and the rain eased over the hills. \
                Shops along the river stayed shut, and the bridge was closed to cars until the evening. \
                Residents swept glass from the pavement while children watched from the windows above. ";
    let one = assert_repeats(unit, size(20 << 20) / unit.len());
    assert_eq!(one.len(), 2, "{one:?}");
}

/// The same line without sentence ends: one sentence of 100,000 words that
/// holds a figure every dozen words.
#[test]
fn hundred_thousand_words_without_punctuation() {
    let unit = "police say 12 people were killed and 30 wounded in the village ";
    let words = unit.split_whitespace().count();
    let times = size(100_000) / words;
    let text = unit.repeat(times);
    let claims = scan(&text, None);
    assert_spans(&text, &claims);
    assert_not_wrapped(&claims);
    assert!(
        !claims.is_empty(),
        "a 100,000-word sentence of tolls gave no claim"
    );
    // and with no figure at all
    let words = "the people of the village said the wounded were many ".repeat(size(100_000) / 10);
    assert!(scan(&words, None).is_empty());
}

/// 1 MB of digits (100 KB in a debug build): one number far past `u64`.
#[test]
fn one_mb_of_digits() {
    for digit in ["9", "1", "0"] {
        let digits = digit.repeat(size(1 << 20));
        let claims = scan(&digits, None);
        assert_spans(&digits, &claims);
        assert_not_wrapped(&claims);
        let text = format!("{digits} people were killed.");
        let claims = scan(&text, Some(day("2020-05-08")));
        assert_spans(&text, &claims);
        assert_not_wrapped(&claims);
        if digit != "0" {
            assert!(
                claims.is_empty(),
                "{} claims from a {}-digit figure",
                claims.len(),
                digits.len()
            );
        }
    }
    // digits split into plausible numbers by spaces: each one read or none
    let text = "123 ".repeat(size(1 << 20) / 4) + "people were killed.";
    let claims = scan(&text, None);
    assert_spans(&text, &claims);
}

/// Shapes that once made a scan quadratic or worse; each would take minutes
/// here if it were again (a 1 MB case took hours). Found while writing
/// these tests, not by the fuzzer, whose inputs stay short.
#[test]
fn once_superlinear_shapes() {
    // Each pointer ("the army said") was resolved through every pointer
    // before it, back to the document's start, recursively: quadratic time
    // and unbounded recursion. Fixed in src/scanner.rs (`MAX_POINTERS`).
    let one = assert_repeats("Nine were hurt, the army said.\n", size(1 << 20) / 31);
    assert_eq!(one.len(), 1);
    // A quotation's depth was summed from the start of the paragraph for
    // each claim, and a paragraph is a whole line: quadratic on one-line
    // documents. Fixed in src/scanner.rs (`Doc::quote_depth`).
    assert_repeats("Twelve people were killed. ", size(1 << 20) / 27);
    assert_repeats(
        "\"Twelve people were killed. Nine were hurt. ",
        size(1 << 20) / 44,
    );
    // The governing dateline was looked up from the last one back, for each
    // sentence: quadratic in the number of datelines. Fixed in
    // src/scanner.rs (`governing_at`, a binary search).
    assert_repeats(
        "March 3, 2019\nTwelve people were killed, police said Friday.\n",
        size(1 << 20) / 61,
    );
    // One sentence without full stops: the readers' work per sentence grows
    // with the square or cube of its length (attribution choice, periods,
    // `recognize::Ctx::range_of`). Fixed in src/sentence.rs by cutting a
    // sentence at 2 KB (`MAX_SENTENCE`), at a space or tab, else after a
    // punctuation mark that no word or number holds.
    for unit in [
        "police say 12 people were killed and 30 wounded in the village ",
        "12 people were killed on Sunday, Monday, Tuesday and in the past week ",
        "the 12 killed 30 hurt said police on Sunday; ",
        "12;killed;30;wounded;police;said;on;Sunday;",
        "12,killed,30,wounded,",
        "12\u{2014}killed\u{2014}30\u{2014}wounded\u{2014}",
        "12\u{3001}killed\u{3001}",
        "12\u{a0}people\u{a0}were\u{a0}killed\u{a0}",
    ] {
        let text = unit.repeat(size(1 << 18) / unit.len());
        let claims = scan(&text, Some(day("2020-05-08")));
        assert_spans(&text, &claims);
        assert_not_wrapped(&claims);
    }
    // the cuts fall between figures, never inside one, and lose none
    for unit in [
        "12 people were killed ",
        "16 700 people were killed ",
        "two hundred and five people were killed, ",
    ] {
        let text = unit.repeat(size(1 << 18) / unit.len());
        let claims = scan(&text, None);
        assert_spans(&text, &claims);
        let one = scan(unit, None);
        assert_eq!(
            claims.len(),
            one.len() * (text.len() / unit.len()),
            "{unit:?}"
        );
        for (k, c) in claims.iter().enumerate() {
            let o = &one[k % one.len()];
            assert_eq!(
                (c.figure, c.category, &c.text),
                (o.figure, o.category, &o.text),
                "{unit:?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Figures that do not fit

/// The value a figure written as digits with an optional decimal part and
/// scale word stands for ("2.4 million" → 2,400,000), in `u128` so that
/// values past `u64::MAX` can be told; `None` for other shapes.
fn written_value(written: &str) -> Option<u128> {
    let mut words = written.split(' ');
    let number = words.next()?.replace(',', "");
    let scale: u128 = match words.next() {
        None => 1,
        Some("thousand") => 1_000,
        Some("lakh") => 100_000,
        Some("million") => 1_000_000,
        Some("crore") => 10_000_000,
        Some("billion") => 1_000_000_000,
        Some(_) => return None,
    };
    if words.next().is_some() {
        return None;
    }
    let (whole, frac) = number.split_once('.').unwrap_or((&number, ""));
    if whole.is_empty()
        || !(whole
            .bytes()
            .chain(frac.bytes())
            .all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let ten = 10u128.checked_pow(u32::try_from(frac.len()).ok()?)?;
    let digits: u128 = format!("{whole}{frac}").parse().ok()?;
    (digits.checked_mul(scale)?).checked_div(ten)
}

/// Figures past `u64::MAX`, plain, with separators and with scale words, are
/// no claim or read exactly; never wrapped or saturated.
#[test]
fn thirty_digit_figures_are_never_wrapped() {
    for figure in [
        "999999999999999999999999999999",
        "999,999,999,999,999,999,999,999,999,999",
        "999 999 999 999 999 999 999 999 999 999",
        "18446744073709551616",
        "18,446,744,073,709,551,616",
        "99999999999999 million",
        "99999999999999.9 million",
        "999999999999.5 billion",
        "9999999999999999 lakh",
        "999999999999 crore",
        "1844674407370955 crore",
        "99999999999999999 thousand",
        "18446744073709551615",
        "nine hundred quintillion",
        "between 18446744073709551615 and 18446744073709551616",
        "18446744073709551616+",
        "more than 999999999999999999999999999999",
    ] {
        for text in [
            format!("{figure} people were killed"),
            format!("Police said {figure} people were killed on Sunday."),
            format!("The death toll rose to {figure}."),
        ] {
            let claims = scan(&text, None);
            assert_spans(&text, &claims);
            assert_not_wrapped(&claims);
            for c in &claims {
                // the figure as written, or its number alone, qualifiers off
                let core = c.text.trim_end_matches('+');
                let core = core.rsplit_once("than ").map_or(core, |(_, n)| n);
                if let Some(v) = written_value(core) {
                    assert_eq!(
                        u128::from(c.figure.value),
                        v,
                        "{text:?}: {:?} read as {}",
                        c.text,
                        c.figure.value
                    );
                }
                if let Some(h) = c.figure.high {
                    assert!(h < u64::MAX, "{text:?}: a range to {h}");
                }
            }
        }
    }
    // u64::MAX itself fits, and is read exactly if read at all
    let text = "18446744073709551615 people were killed.";
    assert_not_wrapped(&scan(text, None));
}

/// A number with 1,000 separators, and a list of 1,000 numbers.
#[test]
fn a_thousand_separators() {
    for sep in [",", " ", "\u{a0}", "\u{202f}", "."] {
        let text = format!("1{} people were killed.", format!("{sep}000").repeat(1000));
        let claims = scan(&text, None);
        assert_spans(&text, &claims);
        assert_not_wrapped(&claims);
        assert!(
            claims.iter().all(
                |c| c.figure.value != 0 && !c.text.starts_with("1,000,000,000,000,000,000,000")
            ),
            "{sep:?}: {claims:?}"
        );
    }
    let list: Vec<String> = (1..=1000).map(|n| n.to_string()).collect();
    for sep in [", ", ",", " and "] {
        let text = format!("{} people were killed.", list.join(sep));
        let claims = scan(&text, None);
        assert_spans(&text, &claims);
        assert_not_wrapped(&claims);
    }
}

// ---------------------------------------------------------------------------
// Characters

/// NUL, every other C0 and C1 control, DEL, and the byte-order mark, inside
/// and between sentences: no panic, spans on boundaries, and a clean
/// sentence between them keeps its claim.
#[test]
fn nul_and_control_characters() {
    let controls: String = (0u32..0x20)
        .chain(0x7f..0xa0)
        .filter_map(char::from_u32)
        .collect();
    let sentence = "Twelve people were killed, police said.";
    let texts = [
        format!("{controls}{sentence}{controls}"),
        format!("{controls}\n{sentence}\n{controls}"),
        sentence.chars().flat_map(|c| [c, '\0']).collect(),
        sentence.replace(' ', "\u{0}"),
        sentence.replace(' ', "\u{1b}[31m"),
        format!("\u{feff}{sentence}"),
        "\0".repeat(size(1 << 20)),
        controls.repeat(size(1 << 20) / controls.len()),
    ];
    for text in &texts {
        let claims = scan(text, Some(day("2020-05-08")));
        assert_spans(text, &claims);
        assert_not_wrapped(&claims);
    }
    let framed = format!("\0\u{7}\n{sentence}\n\u{1b}\0");
    let claims = scan(&framed, None);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(
        (claims[0].figure.value, claims[0].text.as_str()),
        (12, "Twelve")
    );
}

/// Digits of other scripts are read as the number they write, or skipped:
/// "٣٠" is 30 or nothing, never 3 or 0.
#[test]
fn unicode_digits_are_read_or_skipped() {
    for (figure, value) in [
        ("٣٠", 30),          // Arabic-Indic
        ("۳۰", 30),          // extended Arabic-Indic (Persian)
        ("３０", 30),        // full-width
        ("३०", 30),          // Devanagari
        ("𝟑𝟎", 30),          // mathematical bold
        ("٣,٠٠٠", 3000),     // Arabic-Indic with a separator
        ("３,０００", 3000), // full-width with a separator
        ("3٠", 30),          // mixed scripts
        ("³⁰", 30),          // superscripts
    ] {
        for text in [
            format!("{figure} people were killed"),
            format!("At least {figure} people were killed, police said."),
            format!("The death toll rose to {figure}."),
        ] {
            let claims = scan(&text, None);
            assert_spans(&text, &claims);
            for c in &claims {
                assert_eq!(
                    c.figure.value, value,
                    "{text:?}: {:?} read as {}",
                    c.text, c.figure.value
                );
                assert!(
                    c.text.contains(figure),
                    "{text:?}: claim {:?} is part of {figure:?}",
                    c.text
                );
            }
        }
    }
    // ASCII digits next to other scripts' digits are not joined to them
    let text = "٣30 people were killed";
    for c in scan(text, None) {
        assert!(
            c.figure.value == 330 || c.figure.value == 30 && c.span == Span::new(2, 4),
            "{c:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// Dates

/// Days the calendar lacks and years chrono cannot hold, in text, in
/// datelines and as the publication date.
#[test]
fn dates_out_of_range() {
    let texts = [
        "On February 30, 12 people were killed.",
        "On February 29, 2023, 12 people were killed.",
        "Police said on February 30 that 12 people were killed.",
        "February 30, 2016\nTwelve people were killed, police said Friday.",
        "LONDON, Feb 30 (Wire) - Twelve people were killed, police said.",
        "March 3, 99999 -- Updated 1100 GMT\nTwelve people were killed, police said Friday.",
        "99999-03-03\nTwelve people were killed.",
        "Published: 5 January 99999\nTwelve people were killed yesterday.",
        "LONDON, 12 OCT 99999 (Wire) -- Twelve people were killed.",
        "In 99999, 12 people were killed.",
        "Since March 99999, 12 people have been killed.",
        "12 people were killed in the past 0 weeks, police said.",
        "12 people were killed in the past 4294967296 days.",
        "12 people were killed in the past 99999999999 years, police said last week.",
        "12 people were killed in the 99990s.",
        "12 people were killed 4294967295 days ago.",
        "12 people were killed last month, police said yesterday.",
        "12 people were killed next year, police said tomorrow.",
    ];
    let dates = [
        None,
        Some(day("2016-03-14")),
        NaiveDate::from_ymd_opt(99999, 3, 3),
        NaiveDate::from_ymd_opt(-99999, 1, 1),
        Some(NaiveDate::MIN),
        Some(NaiveDate::MAX),
    ];
    for text in texts {
        for published in dates {
            let claims = scan(text, published);
            assert_spans(text, &claims);
            for c in &claims {
                if let Some(p) = &c.period {
                    if let (Some(s), Some(e)) = (p.start, p.end) {
                        assert!(s <= e, "{text:?} ({published:?}): period {p:?}");
                    }
                }
            }
        }
    }
    // An impossible dateline gives no date rather than a wrong one.
    let claims = scan("February 30, 2016\nTwelve people were killed.", None);
    assert!(claims.iter().all(|c| c.date.is_none()), "{claims:?}");
}

// ---------------------------------------------------------------------------
// Regressions found by fuzzing

/// Replays every `tests/data/regressions/*.txt` (scanned twice with its
/// date, and once without if it has one). Each file starts with
/// header lines `#! cause: ...` (required: why it once failed) and
/// optionally `#! published: YYYY-MM-DD` (or `MIN`/`MAX`, chrono's
/// extremes); the text is everything after the headers.
#[test]
fn regressions_replay() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/data/regressions exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for path in &files {
        let raw = std::fs::read_to_string(path).expect("regression files are UTF-8");
        let mut rest = raw.as_str();
        let mut cause = None;
        let mut published = None;
        while let Some(line) = rest.strip_prefix("#! ") {
            let (head, tail) = line.split_once('\n').unwrap_or((line, ""));
            if let Some(c) = head.strip_prefix("cause: ") {
                cause = Some(c);
            } else if let Some(d) = head.strip_prefix("published: ") {
                published = Some(match d.trim() {
                    "MIN" => NaiveDate::MIN,
                    "MAX" => NaiveDate::MAX,
                    d => day(d),
                });
            }
            rest = tail;
        }
        assert!(cause.is_some(), "{}: no `#! cause:` line", path.display());
        let claims = scan(rest, published);
        assert_spans(rest, &claims);
        let again = scan(rest, published);
        assert_eq!(claims, again, "{}: a second scan differs", path.display());
        if published.is_some() {
            assert_spans(rest, &scan(rest, None));
        }
    }
}

// ---------------------------------------------------------------------------
// The command line under faults (what tests/cli.rs does not cover)

/// The `scan` example, built once.
fn scan_bin() -> &'static Path {
    static BIN: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BIN.get_or_init(|| crate::support::example_bin("scan"))
}

/// Runs `scan` with `args` and `stdin`; returns (exit code, stdout, stderr).
fn run_scan(args: &[&str], stdin: &[u8]) -> (Option<i32>, String, String) {
    use std::io::Write;
    let mut child = Command::new(scan_bin())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start scan");
    let mut pipe = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("wait for scan");
    writer.join().expect("stdin writer");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A file that cannot be read. `chmod 000` does not stop root (CI runs as
/// root), so the path goes through a file as if it were a directory, which
/// fails for everyone (`ENOTDIR`).
#[test]
fn cli_unreadable_file_is_one_line_and_exit_2() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
    let path = format!("{file}/not-a-directory.txt");
    for args in [
        vec![path.as_str()],
        vec!["--corpus", path.as_str()],
        vec!["--json", path.as_str(), "-"],
    ] {
        let (code, _, stderr) = run_scan(&args, b"Seven people were killed.");
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{args:?}: {stderr}");
        assert!(lines[0].starts_with(&format!("scan: {path}: ")), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

/// Years the date parser cannot take are one line and exit 2, before any
/// scanning.
#[test]
fn cli_out_of_range_dates_exit_2() {
    for date in [
        "99999-01-01",
        "2016-02-30",
        "0000-00-00",
        "-2016-01-01",
        "２０１６-０１-０１",
    ] {
        let (code, stdout, stderr) = run_scan(
            &["--json", "--date", date, "-"],
            b"Seven people were killed.",
        );
        assert_eq!(code, Some(2), "{date}: {stderr}");
        assert!(stdout.is_empty(), "{date}: {stdout}");
        assert_eq!(stderr.lines().count(), 1, "{date}: {stderr}");
        assert!(stderr.starts_with("scan: "), "{date}: {stderr}");
    }
    // a dateline naming year 99999 is text like any other
    let (code, _, stderr) = run_scan(
        &["--json", "--date", "2016-03-14", "-"],
        b"March 3, 99999 -- Updated 1100 GMT\nTwelve people were killed, police said Friday.",
    );
    assert_eq!(code, Some(0), "{stderr}");
}

/// A corpus record that is not UTF-8, and one whose text is hostile, are
/// each one line; the other records are still printed as whole JSON lines.
#[test]
fn cli_hostile_corpus_records() {
    let mut corpus = Vec::new();
    corpus.extend_from_slice(b"{\"id\": \"a\", \"text\": \"Seven people were killed.\"}\n");
    corpus.extend_from_slice(b"{\"id\": \"latin1\", \"text\": \"Sept personnes tu\xe9es.\"}\n");
    corpus.extend_from_slice(
        b"{\"id\": \"nul\", \"text\": \"Seven\\u0000 people were killed.\\u001b\"}\n",
    );
    corpus.extend_from_slice(b"{\"id\": \"huge\", \"published\": \"99999-01-01\", \"text\": \"999999999999999999999999999999 people were killed.\"}\n");
    corpus.extend_from_slice(b"{\"id\": \"z\", \"text\": \"Nine people were wounded.\"}\n");
    let (code, stdout, stderr) = run_scan(&["--json", "--corpus", "-"], &corpus);
    assert_eq!(code, Some(1), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with("scan: -:2: skipped: not valid UTF-8"),
        "{stderr}"
    );
    for line in stdout.lines() {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(v["span"].is_array(), "{line}");
    }
    assert!(stdout.contains("\"doc\":\"a\""), "{stdout}");
    assert!(stdout.contains("\"doc\":\"z\""), "{stdout}");
}

/// `scan --json FILE | head -1`: the lines read before the pipe closed are
/// whole JSON lines, and the program ends quietly with status 0.
#[test]
fn cli_closed_stdout_keeps_json_lines_whole() {
    use std::io::{BufRead, BufReader};
    let args: Vec<&str> = std::iter::once("--json")
        .chain(std::iter::repeat("examples/article.txt").take(3000))
        .collect();
    let mut child = Command::new(scan_bin())
        .args(&args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start scan");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    for _ in 0..3 {
        let mut line = String::new();
        reader.read_line(&mut line).expect("a line");
        assert!(line.ends_with('\n'), "{line:?}");
        serde_json::from_str::<serde_json::Value>(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    }
    drop(reader);
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}
