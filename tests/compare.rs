//! Tests of the comparison layer through the public API, and of the
//! `compare` example binary.
//!
//! `seed_article_*` and `echoed_sentence_*` run the real scanner: they
//! check what the comparison makes of what the scanner finds, so they fail
//! while the scanner finds nothing. The seed article comes from
//! `../shared`; without it that test prints a note and passes. The others
//! build claims by hand.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use casualty::{
    Agreement, Bound, Category, Claim, Consensus, Decline, Document, Figure, Interval, Ledger,
    Scanner, Scope, Source, Span, Tolerance, Victims,
};
use chrono::NaiveDate;
use serde_json::Value;

fn day(s: &str) -> NaiveDate {
    casualty::parse_date(s).expect("test date")
}

fn key(name: &str) -> String {
    casualty::source_key(name)
}

/// A claim as the scanner would make it from a sentence of ours.
fn claim(source: Option<&str>, figure: Figure, text: &str, date: &str, scope: Scope) -> Claim {
    Claim {
        figure,
        category: Category::Killed,
        victims: None,
        source: source.map(Source::organization),
        date: Some(day(date)),
        period: None,
        span: Span::new(0, text.len()),
        text: text.to_string(),
        scope,
        recognizer: "test",
    }
}

// ---------------------------------------------------------------------------
// Against the scanner
// ---------------------------------------------------------------------------

#[test]
fn seed_article_tolls_group_and_agree() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !shared.is_dir() {
        eprintln!(
            "skipping seed_article_tolls_group_and_agree: {} is absent",
            shared.display()
        );
        return;
    }
    let path = shared.join("corpus/seed/articles/friends-of-syria.txt");
    let text = std::fs::read_to_string(&path).expect("read the seed article");
    let published = day("2012-07-06");
    let claims = Scanner::builder()
        .build()
        .scan_published(&text, Some(published));
    let mut ledger = Ledger::new();
    ledger.add(
        Document::new("friends-of-syria.txt")
            .with_outlet("CNN")
            .with_published(published),
        &claims,
    );
    let groups = ledger.groups();
    let sohr = key("Syrian Observatory for Human Rights");
    let has = |g: &casualty::Group, k: &str, value: u64| {
        g.assertions.iter().any(|a| {
            a.figure.value == value && a.source.as_ref().map(|s| key(&s.name)).as_deref() == Some(k)
        })
    };

    // The Observatory's 16,700 and Amnesty's 12,000: one cumulative toll.
    let toll = groups
        .iter()
        .find(|g| has(g, &sohr, 16_700))
        .unwrap_or_else(|| panic!("no group holds the Observatory's 16,700: {groups:#?}"));
    assert_eq!(
        (toll.category, toll.victims, toll.scope),
        (Category::Killed, None, Scope::Cumulative)
    );
    let sources: Vec<(String, u64, Bound, Option<NaiveDate>)> = toll
        .sources()
        .iter()
        .map(|a| {
            let name = a.source_name().map(key).unwrap_or_default();
            (name, a.figure.value, a.figure.bound, a.date)
        })
        .collect();
    assert_eq!(
        sources,
        [
            (
                sohr.clone(),
                16_700,
                Bound::MoreThan,
                Some(day("2012-07-04"))
            ),
            (
                key("Amnesty International"),
                12_000,
                Bound::MoreThan,
                Some(day("2012-07-06"))
            ),
        ]
    );
    // Both are lower bounds, so they can both be true.
    let common = Interval::of(&Figure::new(16_700, Bound::MoreThan), Tolerance::default());
    assert_eq!(toll.agreement(), Some(Consensus::Consistent { common }));

    // The 11,000 civilians are a toll of their own.
    let civilians = groups
        .iter()
        .find(|g| has(g, &sohr, 11_000))
        .unwrap_or_else(|| panic!("no group holds the 11,000 civilians: {groups:#?}"));
    assert_eq!(civilians.victims, Some(Victims::Civilians));
    assert!(!std::ptr::eq(civilians, toll));
    assert!(!has(toll, &sohr, 11_000));

    // The LCC's 70 on Thursday is an incident, in neither.
    let lcc = key("Local Coordination Committees of Syria");
    let seventy = groups
        .iter()
        .find(|g| has(g, &lcc, 70))
        .unwrap_or_else(|| panic!("no group holds the LCC's 70: {groups:#?}"));
    assert_eq!(seventy.scope, Scope::Incident);
    assert!(!has(toll, &lcc, 70) && !has(civilians, &lcc, 70));
}

#[test]
fn echoed_sentence_is_one_assertion() {
    // The same wire sentence in two outlets, and once more in one of them.
    let sentence =
        "At least 40 people were killed in the blast, the health ministry said on Tuesday.";
    let published = day("2016-03-02");
    let scanner = Scanner::builder().build();
    let mut ledger = Ledger::new();
    for (id, outlet, text) in [
        ("reuters-1", "Reuters", sentence.to_string()),
        (
            "ap-7",
            "AP",
            format!("Blast in the capital\n\n{sentence} {sentence}"),
        ),
    ] {
        let claims = scanner.scan_published(&text, Some(published));
        ledger.add(
            Document::new(id)
                .with_outlet(outlet)
                .with_published(published),
            &claims,
        );
    }
    let forty: Vec<_> = ledger
        .assertions()
        .into_iter()
        .filter(|a| a.figure == Figure::new(40, Bound::AtLeast))
        .collect();
    assert_eq!(forty.len(), 1, "{forty:#?}");
    let ids: Vec<_> = forty[0].documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(ids.contains(&"reuters-1") && ids.contains(&"ap-7"));
}

// ---------------------------------------------------------------------------
// The public API, on hand-built claims
// ---------------------------------------------------------------------------

#[test]
fn twenty_outlets_echoing_one_monitor_are_one_source() {
    let mut ledger = Ledger::new();
    for n in 0..20 {
        let c = claim(
            Some(if n % 2 == 0 {
                "the Syrian Observatory for Human Rights"
            } else {
                "Syrian Observatory for Human Rights"
            }),
            Figure::new(16_700, Bound::MoreThan),
            "more than 16,700",
            "2012-07-04",
            Scope::Cumulative,
        );
        ledger.add(
            Document::new(format!("outlet-{n:02}")).with_published(day("2012-07-05")),
            &[c],
        );
    }
    ledger.add(
        Document::new("amnesty-release"),
        &[claim(
            Some("Amnesty International"),
            Figure::new(12_000, Bound::MoreThan),
            "in excess of 12,000",
            "2012-07-06",
            Scope::Cumulative,
        )],
    );
    let groups = ledger.groups();
    assert_eq!(groups.len(), 1);
    let g = &groups[0];
    assert_eq!(g.assertions.len(), 2);
    assert_eq!(g.sources().len(), 2);
    assert_eq!(g.sources()[0].documents.len(), 20);
    let s = g.spread().expect("spread");
    assert_eq!((s.min, s.max, s.sources), (12_000, 16_700, 2));
}

#[test]
fn incident_and_cumulative_tolls_are_never_compared() {
    let mut ledger = Ledger::new();
    ledger.add(
        Document::new("a"),
        &[
            claim(
                Some("monitor"),
                Figure::new(16_700, Bound::MoreThan),
                "more than 16,700",
                "2012-07-05",
                Scope::Cumulative,
            ),
            claim(
                Some("monitor"),
                Figure::new(70, Bound::AtLeast),
                "at least 70",
                "2012-07-05",
                Scope::Incident,
            ),
            claim(
                Some("monitor"),
                Figure::new(90, Bound::Exact),
                "90",
                "2012-07-05",
                Scope::Unknown,
            ),
        ],
    );
    let scopes: Vec<_> = ledger
        .groups()
        .iter()
        .map(|g| (g.scope, g.assertions.len()))
        .collect();
    assert_eq!(
        scopes,
        [
            (Scope::Cumulative, 1),
            (Scope::Incident, 1),
            (Scope::Unknown, 1)
        ]
    );
}

#[test]
fn conflicting_sources_are_named() {
    // "Police said 12 people died; hospital officials put the toll at no
    // fewer than 20."
    let mut ledger = Ledger::new();
    ledger.add(
        Document::new("a"),
        &[
            claim(
                Some("police"),
                Figure::new(12, Bound::Exact),
                "12",
                "2016-05-01",
                Scope::Incident,
            ),
            claim(
                Some("hospital officials"),
                Figure::new(20, Bound::AtLeast),
                "no fewer than 20",
                "2016-05-01",
                Scope::Incident,
            ),
            claim(
                None,
                Figure::new(15, Bound::Exact),
                "15",
                "2016-05-01",
                Scope::Incident,
            ),
        ],
    );
    let g = &ledger.groups()[0];
    assert_eq!(g.unattributed().len(), 1);
    match g.agreement() {
        Some(Consensus::Conflicting { pairs }) => {
            assert_eq!(
                pairs,
                [["hospital officials".to_string(), "police".to_string()]]
            )
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let a = g.sources()[0].interval;
    let b = g.sources()[1].interval;
    assert_eq!(a.compare(&b), Agreement::Conflicting);
}

#[test]
fn a_running_toll_that_goes_down_is_flagged() {
    let mut ledger = Ledger::new();
    for (id, fig, text, date) in [
        ("a", Figure::new(120, Bound::Exact), "120", "2016-03-01"),
        (
            "b",
            Figure::new(150, Bound::MoreThan),
            "more than 150",
            "2016-03-05",
        ),
        (
            "c",
            Figure::new(140, Bound::MoreThan),
            "more than 140",
            "2016-03-09",
        ),
        ("d", Figure::new(130, Bound::Exact), "130", "2016-03-12"),
    ] {
        ledger.add(
            Document::new(id),
            &[claim(
                Some("Health Ministry"),
                fig,
                text,
                date,
                Scope::Cumulative,
            )],
        );
    }
    let t = ledger.timelines();
    assert_eq!(t.len(), 1);
    let flagged: Vec<_> = t[0]
        .decreases
        .iter()
        .map(|d| (d.from, d.to, d.kind))
        .collect();
    assert_eq!(
        flagged,
        [(1, 2, Decline::LowerFloor), (1, 3, Decline::Below)]
    );
}

#[test]
fn groups_serialize_for_json_output() {
    let mut ledger = Ledger::new();
    ledger.add(
        Document::new("a")
            .with_outlet("CNN")
            .with_published(day("2012-07-06")),
        &[
            claim(
                Some("Syrian Observatory for Human Rights"),
                Figure::new(16_700, Bound::MoreThan),
                "more than 16,700",
                "2012-07-04",
                Scope::Cumulative,
            ),
            claim(
                Some("Amnesty International"),
                Figure::new(12_000, Bound::MoreThan),
                "in excess of 12,000",
                "2012-07-06",
                Scope::Cumulative,
            ),
        ],
    );
    let v = serde_json::to_value(ledger.groups()).expect("json");
    let g = &v[0];
    assert_eq!(g["agreement"]["outcome"], "consistent");
    assert_eq!(g["sources"][1]["text"], "in excess of 12,000");
    assert_eq!(g["sources"][1]["figure"]["bound"], "more_than");
    assert_eq!(g["sources"][1]["documents"][0]["outlet"], "CNN");
    assert_eq!(g["spread"]["max"], 16_700);
    assert_eq!(g["min_max"]["min"], 12_000);
    let t = serde_json::to_value(ledger.timelines()).expect("json");
    assert_eq!(t.as_array().map(Vec::len), Some(2));
}

// ---------------------------------------------------------------------------
// The example binary
// ---------------------------------------------------------------------------

/// The built `compare` example.
fn compare_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| crate::support::example_bin("compare"))
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], stdin: &str) -> Run {
    use std::io::Write;
    let mut child = Command::new(compare_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn compare");
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin.as_bytes());
    }
    let out = child.wait_with_output().expect("wait for compare");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A temporary directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("casualty-compare-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Claims in the `scan --json` shape, plus scope and document fields.
fn claims_jsonl() -> String {
    let line =
        |doc: &str, published: &str, src: &str, value: u64, bound: &str, text: &str, date: &str| {
            serde_json::json!({
                "doc": doc, "published": published, "outlet": "Wire",
                "figure": {"value": value, "high": null, "bound": bound},
                "category": "killed", "victims": null,
                "source": {"name": src, "kind": "organization"},
                "date": date, "period": null, "span": [0, text.len()], "text": text,
                "scope": "cumulative",
            })
            .to_string()
        };
    [
        line(
            "a",
            "2012-07-04",
            "Syrian Observatory for Human Rights",
            16_700,
            "more_than",
            "more than 16,700",
            "2012-07-04",
        ),
        line(
            "b",
            "2012-07-05",
            "the Syrian Observatory for Human Rights",
            16_700,
            "more_than",
            "more than 16,700",
            "2012-07-04",
        ),
        line(
            "c",
            "2012-07-06",
            "Amnesty International",
            12_000,
            "more_than",
            "in excess of 12,000",
            "2012-07-06",
        ),
        line(
            "d",
            "2012-07-12",
            "Syrian Observatory for Human Rights",
            16_500,
            "more_than",
            "more than 16,500",
            "2012-07-12",
        ),
    ]
    .join("\n")
        + "\n"
}

#[test]
fn cli_prints_a_table_per_group() {
    let r = run(&["--claims", "-"], &claims_jsonl());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stdout
            .starts_with("4 documents · 4 claims · 3 assertions"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("consistent: all allow > 16,700"),
        "{}",
        r.stdout
    );
    let row = r
        .stdout
        .lines()
        .find(|l| l.contains("more than 16,700"))
        .expect("a row for the Observatory");
    assert!(
        row.contains("2012-07-04") && row.contains("   2  > 16,700"),
        "{row}"
    );
    assert!(
        r.stdout.contains("cumulative tolls revised down"),
        "{}",
        r.stdout
    );
}

#[test]
fn cli_json_is_one_group_per_line() {
    let r = run(
        &["--json", "--window", "30", "--claims", "-"],
        &claims_jsonl(),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let groups: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0]["sources"].as_array().map(Vec::len), Some(2));
    assert_eq!(groups[0]["assertions"].as_array().map(Vec::len), Some(3));
}

#[test]
fn cli_draws_an_svg_chart() {
    let dir = scratch("svg");
    let svg = dir.join("tolls.svg");
    let svg_arg = svg.to_string_lossy().into_owned();
    let r = run(&["--claims", "-", "--svg", &svg_arg], &claims_jsonl());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let text = std::fs::read_to_string(&svg).expect("the chart was written");
    assert!(text.starts_with("<?xml") && text.trim_end().ends_with("</svg>"));
    for needle in [
        "Killed: the running toll",
        "People killed",
        "Syrian Observatory for Human Rights",
        "Amnesty International",
        "15,000",
        "lower bound",
        "stroke-dasharray=\"3 2\"",
    ] {
        assert!(text.contains(needle), "the chart lacks {needle:?}");
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn cli_errors_are_one_line_and_status_2() {
    let dir = scratch("errors");
    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, "{\"id\": \"x\"}\n").expect("write");
    let bad = bad.to_string_lossy().into_owned();
    let cases: Vec<Vec<&str>> = vec![
        vec!["--frobnicate"],
        vec!["--date", "2012-02-30", "x.txt"],
        vec!["--window", "soon"],
        vec!["--svg"],
        vec!["/nonexistent/story.txt"],
        vec!["--corpus", &bad],
        vec!["--claims", &bad],
        vec!["-", "--corpus", "-"],
    ];
    for args in cases {
        let r = run(&args, "");
        assert_eq!(r.code, Some(2), "{args:?}: {}", r.stderr);
        let lines: Vec<_> = r.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{args:?}: {lines:?}");
        assert!(lines[0].starts_with("compare: "), "{args:?}: {lines:?}");
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn cli_reads_gzip_corpora() {
    use flate2::write::GzEncoder;
    use std::io::Write;
    let dir = scratch("gz");
    let path = dir.join("records.jsonl.gz");
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    let records = [
        serde_json::json!({"id": "r1", "published": "2016-03-02", "outlet": "Reuters", "text": "Nothing happened."}),
        serde_json::json!({"id": "r2", "published": null, "outlet": null, "text": "Still nothing."}),
    ];
    for r in records {
        writeln!(gz, "{r}").expect("gzip");
    }
    std::fs::write(&path, gz.finish().expect("gzip")).expect("write");
    let arg = path.to_string_lossy().into_owned();
    let r = run(&["--corpus", &arg, "--match", "HAPPENED"], "");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stdout.starts_with("1 document "), "{}", r.stdout);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn cli_help_and_empty_input() {
    let r = run(&["--help"], "");
    assert_eq!(r.code, Some(0));
    assert!(r.stdout.contains("usage: compare"));
    let r = run(&[], "");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stdout.contains("(no casualty figures found)"),
        "{}",
        r.stdout
    );
}
