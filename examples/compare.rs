//! `compare`: what does each source say the toll is, and do they agree?
//!
//! ```text
//! compare [--json] [--svg FILE] [--date YYYY-MM-DD] [--window DAYS]
//!         [--corpus FILE]... [--match TEXT] [--claims FILE]... [FILE|-]...
//! ```
//!
//! Scans every input with the default scanner, puts the claims of all
//! documents in one [`casualty::Ledger`], and prints each group of comparable
//! assertions (same category, victims and scope, compatible period and
//! dates) as a table: one row per assertion with its source, the figure as
//! written, its date, how many documents carried it and its reading as an
//! interval, then the spread, whether the sources agree, and the UCDP and
//! ACLED readings. The same figure from the same source in twenty articles
//! is one row listing twenty documents.
//!
//! ```text
//! cargo run --example compare -- --date 2012-07-06 story.txt other.txt
//! cargo run --example compare -- --corpus ../shared/corpus/raw/reuters.jsonl.gz --match killed
//! cargo run --example compare -- --json --svg tolls.svg --corpus records.jsonl
//! cargo run --example scan -- --json story.txt | cargo run --example compare -- --claims -
//! ```
//!
//! - `FILE` is read as UTF-8 text, `-` as standard input, with `--date` as
//!   its publication date; its id is the path as given. With no input at
//!   all, standard input is read as one text.
//! - `--corpus FILE` reads JSON Lines records `{"id", "published", "text",
//!   "outlet", ...}`, plain or gzip-compressed (recognized by its magic
//!   bytes), `-` for standard input. A record's `published` date, else
//!   `--date`, is its publication date; a record without an `id` is named
//!   `FILE:LINE`. `--match TEXT` keeps only records whose text contains
//!   TEXT (ignoring ASCII case).
//! - `--claims FILE` reads claims already made, one JSON object per line as
//!   `scan --json` prints them (`claims.md` §JSON lines, plus `"scope"`),
//!   optionally with `"published"` and `"outlet"` for the claim's document.
//!   Lines with the same `"doc"` are one document.
//! - `--window DAYS` is the date window for grouping (default 7): cumulative
//!   tolls given within DAYS of a group's first are compared, and echoes of
//!   a one-off figure merge within it.
//! - `--json` prints the groups instead, one JSON object per line, each with
//!   its assertions and `sources`, `spread`, `agreement`, `low_best_high`,
//!   `min_max` and `acled`.
//! - `--svg FILE` also writes a chart of each source's cumulative toll over
//!   time, one panel per toll, lower-bound figures drawn as open markers
//!   with an upward caret.
//! - `--help` prints this usage.
//!
//! Every error (bad usage, an unreadable input, a malformed record) is one
//! line on standard error starting with `compare: `, and the exit status is
//! 2. If standard output is closed early (`compare ... | head`), the program
//! exits quietly with status 0.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process;

use casualty::{
    Assertion, Bound, Category, Claim, Consensus, Decline, Document, End, Figure, Group, Interval,
    Ledger, Period, Scanner, Scope, Source, SourceKind, Span, Timeline, Victims,
};
use chrono::{Datelike, NaiveDate};
use flate2::read::MultiGzDecoder;
use serde_json::Value;

/// Why the program stops early.
enum Stop {
    /// Standard output was closed: leave quietly.
    Quiet,
    /// One line for standard error (without the `compare: ` prefix).
    Error(String),
}

impl From<String> for Stop {
    fn from(msg: String) -> Stop {
        Stop::Error(msg)
    }
}

fn main() {
    // Panics are reported as one line by `main`, never by the default hook.
    panic::set_hook(Box::new(|_| {}));
    let code = match panic::catch_unwind(run) {
        Ok(Ok(())) | Ok(Err(Stop::Quiet)) => 0,
        Ok(Err(Stop::Error(msg))) => {
            let _ = writeln!(io::stderr().lock(), "compare: {msg}");
            2
        }
        Err(_) => {
            let _ = writeln!(io::stderr().lock(), "compare: internal error");
            2
        }
    };
    process::exit(code);
}

const HELP: &str = "\
compare: group casualty figures from many documents and compare their sources

usage: compare [--json] [--svg FILE] [--date YYYY-MM-DD] [--window DAYS]
               [--corpus FILE]... [--match TEXT] [--claims FILE]... [FILE|-]...

  FILE             a UTF-8 text; - reads standard input (the default)
  --corpus FILE    JSON Lines records {\"id\", \"published\", \"text\", \"outlet\"},
                   plain or gzip; - reads standard input
  --match TEXT     only corpus records whose text contains TEXT (ASCII case ignored)
  --claims FILE    claims as `scan --json` prints them, one per line
  --date DATE      publication date of FILEs; fallback for corpus records
  --window DAYS    date window for grouping comparable figures (default 7)
  --json           print the groups as JSON, one per line
  --svg FILE       also draw each source's cumulative toll over time
  -h, --help       print this help
";

/// What the command line asks for.
#[derive(Default)]
struct Opts {
    files: Vec<String>,
    corpora: Vec<String>,
    claims: Vec<String>,
    matching: Option<String>,
    date: Option<NaiveDate>,
    window: Option<u32>,
    json: bool,
    svg: Option<String>,
    help: bool,
}

impl Opts {
    fn parse(args: impl Iterator<Item = std::ffi::OsString>) -> Result<Opts, String> {
        let mut opts = Opts::default();
        let mut args = args.map(|a| {
            a.into_string()
                .map_err(|a| format!("argument {a:?} is not UTF-8"))
        });
        let mut options_done = false;
        while let Some(arg) = args.next() {
            let arg = arg?;
            if options_done || arg == "-" || !arg.starts_with('-') {
                opts.files.push(arg);
                continue;
            }
            if arg == "--" {
                options_done = true;
                continue;
            }
            let (name, inline) = match arg.split_once('=') {
                Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            let mut value = |what: &str| -> Result<String, String> {
                match inline.clone() {
                    Some(v) => Ok(v),
                    None => match args.next() {
                        Some(v) => v,
                        None => Err(format!("{name} needs {what}")),
                    },
                }
            };
            match name.as_str() {
                "-h" | "--help" => opts.help = true,
                "--json" => opts.json = true,
                "--svg" => opts.svg = Some(value("a file name")?),
                "--corpus" => opts.corpora.push(value("a file name")?),
                "--claims" => opts.claims.push(value("a file name")?),
                "--match" => opts.matching = Some(value("a text")?),
                "--date" => {
                    let v = value("a date YYYY-MM-DD")?;
                    opts.date = Some(casualty::parse_date(&v).map_err(|e| format!("--date: {e}"))?);
                }
                "--window" => {
                    let v = value("a number of days")?;
                    let days = v
                        .parse::<u32>()
                        .map_err(|_| format!("--window: {v:?} is not a number of days"))?;
                    opts.window = Some(days);
                }
                _ => return Err(format!("unknown option {name} (try --help)")),
            }
            if inline.is_some() && matches!(name.as_str(), "-h" | "--help" | "--json") {
                return Err(format!("{name} takes no value"));
            }
        }
        Ok(opts)
    }
}

fn run() -> Result<(), Stop> {
    let mut opts = Opts::parse(std::env::args_os().skip(1))?;
    if opts.help {
        return emit(HELP);
    }
    if opts.files.is_empty() && opts.corpora.is_empty() && opts.claims.is_empty() {
        opts.files.push("-".to_string());
    }
    if [&opts.files, &opts.corpora, &opts.claims]
        .iter()
        .flat_map(|v| v.iter())
        .filter(|f| *f == "-")
        .count()
        > 1
    {
        return Err(Stop::Error("standard input can be read only once".into()));
    }

    let mut ledger = Ledger::new();
    ledger.window(opts.window.unwrap_or(Ledger::DEFAULT_WINDOW));
    let scanner = Scanner::builder().build();
    let mut claims = 0usize;
    let mut add = |doc: Document, found: Vec<Claim>| {
        claims += found.len();
        ledger.add(doc, &found);
    };

    for path in &opts.files {
        let text = read_text(path)?;
        let found = scan(&scanner, path, &text, opts.date)?;
        let mut doc = Document::new(path.clone());
        doc.published = opts.date;
        add(doc, found);
    }
    for path in &opts.corpora {
        read_corpus(path, opts.date, opts.matching.as_deref(), |doc, text| {
            let found = scan(&scanner, &doc.id, text, doc.published)?;
            add(doc, found);
            Ok(())
        })?;
    }
    for path in &opts.claims {
        for (doc, found) in read_claims(path)? {
            add(doc, found);
        }
    }

    let groups = ledger.groups();
    let timelines = ledger.timelines();
    if let Some(svg_path) = &opts.svg {
        let svg = chart(&timelines, ledger.documents().len());
        std::fs::write(svg_path, svg).map_err(|e| format!("{svg_path}: {e}"))?;
    }
    let mut out = String::new();
    if opts.json {
        for g in &groups {
            let line = serde_json::to_string(g).map_err(|e| format!("json: {e}"))?;
            out.push_str(&line);
            out.push('\n');
        }
    } else {
        let assertions = groups.iter().map(|g| g.assertions.len()).sum::<usize>();
        let _ = writeln!(
            out,
            "{} · {} · {} (echoes merged) · {}\n",
            plural(ledger.documents().len(), "document"),
            plural(claims, "claim"),
            plural(assertions, "assertion"),
            plural(groups.len(), "group"),
        );
        if groups.is_empty() {
            out.push_str("(no casualty figures found)\n");
        }
        for g in &groups {
            table(&mut out, g);
        }
        declines(&mut out, &timelines);
    }
    emit(&out)
}

/// Writes to standard output; a closed pipe ends the program quietly.
fn emit(text: &str) -> Result<(), Stop> {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(Stop::Quiet),
        Err(e) => Err(Stop::Error(format!("standard output: {e}"))),
    }
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// Runs the scanner, turning a panic in it into an error line.
fn scan(
    scanner: &Scanner,
    id: &str,
    text: &str,
    published: Option<NaiveDate>,
) -> Result<Vec<Claim>, String> {
    panic::catch_unwind(AssertUnwindSafe(|| scanner.scan_published(text, published)))
        .map_err(|_| format!("{id}: the scanner failed on this text"))
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

fn open(path: &str) -> Result<Box<dyn Read>, String> {
    if path == "-" {
        return Ok(Box::new(io::stdin()));
    }
    let file = File::open(path).map_err(|e| format!("{path}: {e}"))?;
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(format!("{path}: is a directory"));
    }
    Ok(Box::new(file))
}

fn read_text(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    open(path)?
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{path}: {e}"))?;
    String::from_utf8(bytes).map_err(|_| format!("{path}: not UTF-8 text"))
}

/// A line reader over a plain or gzip-compressed file.
fn lines(path: &str) -> Result<Box<dyn BufRead>, String> {
    let mut reader = BufReader::new(open(path)?);
    let head = reader.fill_buf().map_err(|e| format!("{path}: {e}"))?;
    if head.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(BufReader::new(MultiGzDecoder::new(reader))))
    } else {
        Ok(Box::new(reader))
    }
}

/// Calls `each` with every JSON object of a JSON Lines file and its
/// `FILE:LINE` name. Blank lines are skipped.
fn json_lines(
    path: &str,
    mut each: impl FnMut(&str, serde_json::Map<String, Value>) -> Result<(), String>,
) -> Result<(), String> {
    let mut reader = lines(path)?;
    let mut buf = Vec::new();
    let mut n = 0usize;
    loop {
        buf.clear();
        let read = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| format!("{path}: {e}"))?;
        if read == 0 {
            return Ok(());
        }
        n += 1;
        let at = format!("{path}:{n}");
        let line = std::str::from_utf8(&buf).map_err(|_| format!("{at}: not UTF-8"))?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(map)) => each(&at, map)?,
            Ok(_) => return Err(format!("{at}: not a JSON object")),
            Err(e) => return Err(format!("{at}: not JSON: {e}")),
        }
    }
}

fn string(map: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    map.get(key).and_then(Value::as_str).map(str::to_string)
}

fn read_corpus(
    path: &str,
    fallback: Option<NaiveDate>,
    matching: Option<&str>,
    mut each: impl FnMut(Document, &str) -> Result<(), String>,
) -> Result<(), String> {
    let needle = matching.map(|m| m.to_ascii_lowercase());
    json_lines(path, |at, record| {
        let Some(text) = record.get("text").and_then(Value::as_str) else {
            return Err(format!("{at}: no \"text\" string"));
        };
        if let Some(needle) = &needle {
            if !text.to_ascii_lowercase().contains(needle.as_str()) {
                return Ok(());
            }
        }
        let published = string(&record, "published")
            .and_then(|d| casualty::parse_date(&d).ok())
            .or(fallback);
        let doc = Document {
            id: string(&record, "id").unwrap_or_else(|| at.to_string()),
            outlet: string(&record, "outlet"),
            published,
        };
        each(doc, text)
    })
}

/// Reads claims in the JSON of `claims.md`, grouped into their documents
/// in the order the documents first appear.
fn read_claims(path: &str) -> Result<Vec<(Document, Vec<Claim>)>, String> {
    let mut docs: Vec<(Document, Vec<Claim>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    json_lines(path, |at, line| {
        let claim = claim_from_json(&line).map_err(|e| format!("{at}: {e}"))?;
        let id = string(&line, "doc").unwrap_or_else(|| path.to_string());
        let date = |k: &str| -> Result<Option<NaiveDate>, String> {
            match line.get(k) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => casualty::parse_date(s)
                    .map(Some)
                    .map_err(|e| format!("{at}: {k}: {e}")),
                Some(_) => Err(format!("{at}: {k} is not a date")),
            }
        };
        let published = date("published")?;
        let at = *index.entry(id.clone()).or_insert_with(|| {
            let doc = Document {
                id,
                outlet: string(&line, "outlet"),
                published,
            };
            docs.push((doc, Vec::new()));
            docs.len() - 1
        });
        docs[at].1.push(claim);
        Ok(())
    })?;
    Ok(docs)
}

fn claim_from_json(v: &serde_json::Map<String, Value>) -> Result<Claim, String> {
    let get_str = |k: &str| -> Result<&str, String> {
        v.get(k)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("no {k:?} string"))
    };
    let date = |x: Option<&Value>, k: &str| -> Result<Option<NaiveDate>, String> {
        match x {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => casualty::parse_date(s)
                .map(Some)
                .map_err(|e| format!("{k}: {e}")),
            Some(_) => Err(format!("{k} is not a date")),
        }
    };
    let fig = v.get("figure").ok_or("no \"figure\"")?;
    let value = fig["value"].as_u64().ok_or("figure.value is not a count")?;
    let high = match &fig["high"] {
        Value::Null => None,
        h => Some(h.as_u64().ok_or("figure.high is not a count")?),
    };
    let bound = match fig["bound"].as_str().unwrap_or("") {
        "exact" => Bound::Exact,
        "at_least" => Bound::AtLeast,
        "more_than" => Bound::MoreThan,
        "at_most" => Bound::AtMost,
        "less_than" => Bound::LessThan,
        "approximately" => Bound::Approximately,
        "range" => Bound::Range,
        other => return Err(format!("unknown bound {other:?}")),
    };
    let category = match get_str("category")? {
        "killed" => Category::Killed,
        "injured" => Category::Injured,
        "casualties" => Category::Casualties,
        "missing" => Category::Missing,
        "arrested" => Category::Arrested,
        "kidnapped" => Category::Kidnapped,
        "displaced" => Category::Displaced,
        other => return Err(format!("unknown category {other:?}")),
    };
    let victims = match v.get("victims").and_then(Value::as_str) {
        None => None,
        Some("civilians") => Some(Victims::Civilians),
        Some("children") => Some(Victims::Children),
        Some("women") => Some(Victims::Women),
        Some("security_forces") => Some(Victims::SecurityForces),
        Some("fighters") => Some(Victims::Fighters),
        Some("protesters") => Some(Victims::Protesters),
        Some("journalists") => Some(Victims::Journalists),
        Some("aid_workers") => Some(Victims::AidWorkers),
        Some(other) => return Err(format!("unknown victims {other:?}")),
    };
    let source = match v.get("source") {
        None | Some(Value::Null) => None,
        Some(s) => {
            let name = s["name"].as_str().ok_or("source has no \"name\"")?;
            let mut source = match s["kind"].as_str() {
                Some("person") => Source::person(name),
                Some("descriptor") => Source::descriptor(name),
                _ => Source::organization(name),
            };
            if let Some(p) = s["person"].as_str() {
                source.person = Some(p.to_string());
            }
            if source.kind == SourceKind::Person && source.person.is_none() {
                source.person = Some(name.to_string());
            }
            Some(source)
        }
    };
    let period = match v.get("period") {
        None | Some(Value::Null) => None,
        Some(p) => Some(Period {
            text: p["text"].as_str().unwrap_or("").to_string(),
            start: date(p.get("start"), "period.start")?,
            end: date(p.get("end"), "period.end")?,
        }),
    };
    let scope = match v.get("scope").and_then(Value::as_str) {
        Some("cumulative") => Scope::Cumulative,
        Some("incident") => Scope::Incident,
        _ => Scope::Unknown,
    };
    let span = match v.get("span").and_then(Value::as_array).map(Vec::as_slice) {
        Some([a, b]) => Span::new(
            a.as_u64().unwrap_or(0) as usize,
            b.as_u64().unwrap_or(0) as usize,
        ),
        _ => Span::default(),
    };
    Ok(Claim {
        figure: Figure { value, high, bound },
        category,
        victims,
        source,
        date: date(v.get("date"), "date")?,
        period,
        span,
        text: get_str("text")?.to_string(),
        scope,
        recognizer: "json",
    })
}

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

/// 16700 → "16,700".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// An interval in words a reader takes in at a glance: "> 16,700",
/// "≥ 70", "≤ 300", "< 160", "180–220", "= 70".
fn reading(i: &Interval) -> String {
    match (i.low(), i.high(), i.least(), i.greatest()) {
        (_, _, None, _) => "nothing".to_string(),
        (End::Open(v), End::Unbounded, _, _) => format!("> {}", thousands(v)),
        (_, End::Unbounded, Some(lo), _) => format!("≥ {}", thousands(lo)),
        (End::Closed(0), End::Open(v), _, _) => format!("< {}", thousands(v)),
        (End::Closed(0), _, _, Some(hi)) => format!("≤ {}", thousands(hi)),
        (_, _, Some(lo), Some(hi)) if lo == hi => format!("= {}", thousands(lo)),
        (_, _, Some(lo), Some(hi)) => format!("{}–{}", thousands(lo), thousands(hi)),
        _ => i.to_string(),
    }
}

fn date_text(d: Option<NaiveDate>) -> String {
    d.map_or_else(
        || "undated".to_string(),
        |d| d.format("%Y-%m-%d").to_string(),
    )
}

/// `s` cut to `width` characters, with an ellipsis when cut.
fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

fn pad(s: &str, width: usize) -> String {
    let s = fit(s, width);
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}

fn scope_name(s: Scope) -> &'static str {
    match s {
        Scope::Cumulative => "cumulative toll",
        Scope::Incident => "incident",
        _ => "scope unknown",
    }
}

fn toll_name(category: Category, victims: Option<Victims>) -> String {
    match victims {
        Some(v) => format!("{} {}", v.as_str().replace('_', " "), category.as_str()),
        None => category.as_str().to_string(),
    }
}

fn table(out: &mut String, g: &Group) {
    let mut head = format!(
        "{} · {}",
        toll_name(g.category, g.victims),
        scope_name(g.scope)
    );
    if let Some(p) = &g.period {
        let days = match (p.start, p.end) {
            (Some(s), Some(e)) if s == e => date_text(Some(s)),
            (s, e) => format!("{} to {}", date_text(s), date_text(e)),
        };
        let _ = write!(head, " · {} ({days})", p.text);
    }
    match (g.first, g.last) {
        (Some(a), Some(b)) if a != b => {
            let _ = write!(
                head,
                " · given {} to {}",
                date_text(Some(a)),
                date_text(Some(b))
            );
        }
        (a, _) => match a {
            Some(_) => {
                let _ = write!(head, " · given {}", date_text(a));
            }
            None => head.push_str(" · undated"),
        },
    }
    let _ = writeln!(out, "== {head}");

    let latest: Vec<&Assertion> = g.sources();
    let w = g
        .assertions
        .iter()
        .map(|a| a.source_name().unwrap_or("(unattributed)").chars().count())
        .max()
        .unwrap_or(0)
        .clamp(6, 36);
    let fw = g
        .assertions
        .iter()
        .map(|a| a.text.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(17, 28);
    let _ = writeln!(
        out,
        "  {} {} {:<10} {:>4}  {:<14} carried by",
        pad("source", w),
        pad("figure as written", fw),
        "date",
        "docs",
        "reading"
    );
    for a in &g.assertions {
        let name = a.source_name().unwrap_or("(unattributed)");
        let mut carriers = a
            .documents
            .iter()
            .map(|d| match &d.outlet {
                Some(o) => format!("{} ({o})", d.id),
                None => d.id.clone(),
            })
            .collect::<Vec<_>>()
            .join(", ");
        carriers = fit(&carriers, 60);
        let note = if a.source.is_none() {
            "  [not compared]"
        } else if !latest.iter().any(|l| std::ptr::eq(*l, a)) {
            "  [superseded]"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  {} {} {:<10} {:>4}  {:<14} {carriers}{note}",
            pad(name, w),
            pad(&a.text, fw),
            date_text(a.date),
            a.documents.len(),
            reading(&a.interval),
        );
    }

    let verdict = match g.agreement() {
        None => "no named source to compare".to_string(),
        Some(Consensus::Single { source, .. }) => format!("one source ({})", fit(&source, 40)),
        Some(Consensus::Consistent { common }) => {
            format!(
                "{} sources, consistent: all allow {}",
                latest.len(),
                reading(&common)
            )
        }
        Some(Consensus::Conflicting { pairs }) => {
            let pairs: Vec<String> = pairs.iter().map(|[a, b]| format!("{a} vs {b}")).collect();
            format!(
                "{} sources, CONFLICTING: {}",
                latest.len(),
                pairs.join("; ")
            )
        }
    };
    let _ = writeln!(out, "  {verdict}");
    let mut facts = Vec::new();
    if let Some(s) = g.spread() {
        if latest.len() > 1 || s.min != s.max {
            let ratio = s.ratio.map_or(String::new(), |r| format!(" (×{r:.2})"));
            facts.push(format!(
                "spread {}–{}{ratio}",
                thousands(s.min),
                thousands(s.max)
            ));
        }
    }
    if let Some(l) = g.low_best_high() {
        facts.push(format!(
            "UCDP low/best/high {} / {} / {}",
            thousands(l.low),
            thousands(l.best),
            thousands(l.high)
        ));
    }
    if let Some(a) = g.acled() {
        facts.push(format!("ACLED {}", thousands(a)));
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "  {}", facts.join(" · "));
    }
    out.push('\n');
}

fn declines(out: &mut String, timelines: &[Timeline]) {
    let mut lines = Vec::new();
    for t in timelines {
        for d in &t.decreases {
            let (Some(from), Some(to)) = (t.points.get(d.from), t.points.get(d.to)) else {
                continue;
            };
            let how = match d.kind {
                Decline::Below => "went down",
                _ => "floor went down",
            };
            lines.push(format!(
                "  {} · {}: \"{}\" ({}) after \"{}\" ({}): {how}",
                t.source,
                toll_name(t.category, t.victims),
                to.text,
                date_text(to.date),
                from.text,
                date_text(from.date),
            ));
        }
    }
    if !lines.is_empty() {
        let _ = writeln!(out, "== cumulative tolls revised down");
        for l in lines {
            let _ = writeln!(out, "{l}");
        }
        out.push('\n');
    }
}

// ---------------------------------------------------------------------------
// The chart
// ---------------------------------------------------------------------------

/// Okabe–Ito colours, readable by colour-blind readers, black last.
const COLOURS: [&str; 8] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F7F7F", "#000000",
];
const MAX_SERIES: usize = 8;
const MAX_PANELS: usize = 6;
const WIDTH: f64 = 960.0;
const FONT: &str = "Helvetica, Arial, sans-serif";

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A step of 1, 2, 2.5 or 5 × 10ⁿ giving about five ticks up to `max`.
fn nice_step(max: u64) -> u64 {
    let raw = (max as f64 / 5.0).max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    (step.round() as u64).max(1)
}

/// The point a figure is drawn at, and the numbers its marker spans.
fn plotted(f: &Figure) -> (u64, u64, u64) {
    match (f.bound, f.high) {
        (Bound::Range, Some(h)) => {
            let (lo, hi) = (f.value.min(h), f.value.max(h));
            (lo + (hi - lo) / 2, lo, hi)
        }
        _ => (f.value, f.value, f.value),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum DateStep {
    Days(i64),
    Months(u32),
    Years(i32),
}

/// Ticks between `lo` and `hi`, at most about eight.
fn date_ticks(lo: NaiveDate, hi: NaiveDate) -> (DateStep, Vec<NaiveDate>) {
    let span = (hi - lo).num_days().max(1);
    let steps = [
        DateStep::Days(1),
        DateStep::Days(2),
        DateStep::Days(7),
        DateStep::Days(14),
        DateStep::Months(1),
        DateStep::Months(2),
        DateStep::Months(3),
        DateStep::Months(6),
        DateStep::Years(1),
        DateStep::Years(2),
        DateStep::Years(5),
        DateStep::Years(10),
        DateStep::Years(25),
        DateStep::Years(100),
    ];
    let approx = |s: DateStep| match s {
        DateStep::Days(n) => n,
        DateStep::Months(n) => i64::from(n) * 30,
        DateStep::Years(n) => i64::from(n) * 365,
    };
    let step = steps
        .iter()
        .copied()
        .find(|s| span / approx(*s) <= 8)
        .unwrap_or(DateStep::Years(100));
    let mut ticks = Vec::new();
    let mut t = match step {
        DateStep::Days(_) => Some(lo),
        DateStep::Months(n) => {
            let m0 = lo.month0() / n * n;
            NaiveDate::from_ymd_opt(lo.year(), m0 + 1, 1)
        }
        DateStep::Years(n) => NaiveDate::from_ymd_opt(lo.year().div_euclid(n) * n, 1, 1),
    };
    while let Some(d) = t {
        if d > hi || ticks.len() > 40 {
            break;
        }
        if d >= lo {
            ticks.push(d);
        }
        t = match step {
            DateStep::Days(n) => d.checked_add_days(chrono::Days::new(n as u64)),
            DateStep::Months(n) => d.checked_add_months(chrono::Months::new(n)),
            DateStep::Years(n) => NaiveDate::from_ymd_opt(d.year().saturating_add(n), 1, 1),
        };
    }
    (step, ticks)
}

struct Series<'a> {
    line: &'a Timeline,
    colour: &'static str,
}

/// An SVG chart of each source's cumulative toll over time.
fn chart(timelines: &[Timeline], documents: usize) -> String {
    // One panel per toll: category and victims.
    type Panel<'a> = ((Category, Option<Victims>), Vec<&'a Timeline>);
    let mut panels: Vec<Panel> = Vec::new();
    for t in timelines
        .iter()
        .filter(|t| t.scope == Scope::Cumulative && !t.points.is_empty())
    {
        let key = (t.category, t.victims);
        match panels.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(t),
            None => panels.push((key, vec![t])),
        }
    }
    let points = |v: &[&Timeline]| v.iter().map(|t| t.points.len()).sum::<usize>();
    panels.sort_by_key(|p| std::cmp::Reverse(points(&p.1)));
    let hidden_panels = panels.len().saturating_sub(MAX_PANELS);
    panels.truncate(MAX_PANELS);

    let mut body = String::new();
    let mut y = 0.0;
    if panels.is_empty() {
        let _ = write!(
            body,
            r##"<text x="40" y="50" font-size="20" font-weight="bold">No cumulative tolls to chart</text>
<text x="40" y="80" font-size="13" fill="#555">None of the {documents} documents gave a dated running toll attributed to a source.</text>
"##
        );
        y = 100.0;
    }
    let mut any_decrease = false;
    for ((category, victims), mut lines) in panels {
        lines.sort_by(|a, b| {
            b.points
                .len()
                .cmp(&a.points.len())
                .then(a.source.cmp(&b.source))
        });
        let hidden = lines.len().saturating_sub(MAX_SERIES);
        lines.truncate(MAX_SERIES);
        let series: Vec<Series> = lines
            .iter()
            .zip(COLOURS)
            .map(|(line, colour)| Series { line, colour })
            .collect();
        let (svg, height, decrease) = panel(y, category, victims, &series, hidden);
        any_decrease |= decrease;
        body.push_str(&svg);
        y += height;
    }
    let note_y = y + 10.0;
    let (key, key_h) = key_and_note(note_y, documents, hidden_panels, any_decrease);
    body.push_str(&key);
    let height = (note_y + key_h).ceil();
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="{FONT}">
<rect width="100%" height="100%" fill="#ffffff"/>
{body}</svg>
"##
    )
}

/// One panel; returns its SVG, its height and whether it marks a decrease.
fn panel(
    top: f64,
    category: Category,
    victims: Option<Victims>,
    series: &[Series],
    hidden: usize,
) -> (String, f64, bool) {
    let (x0, x1) = (90.0, WIDTH - 200.0);
    let (y0, y1) = (top + 78.0, top + 398.0);
    let mut s = String::new();

    // Domains.
    let all: Vec<&Assertion> = series.iter().flat_map(|s| s.line.points.iter()).collect();
    let dates: Vec<NaiveDate> = all.iter().filter_map(|a| a.date).collect();
    let (Some(&dmin), Some(&dmax)) = (dates.iter().min(), dates.iter().max()) else {
        return (String::new(), 0.0, false);
    };
    let pad_days = ((dmax - dmin).num_days() / 20).max(1);
    let lo = dmin - chrono::Days::new(pad_days as u64);
    let hi = dmax + chrono::Days::new(pad_days as u64);
    let lo = if lo < dmin { lo } else { dmin };
    let span_days = (hi - lo).num_days().max(1) as f64;
    let xs = |d: NaiveDate| x0 + (d - lo).num_days() as f64 / span_days * (x1 - x0);
    let ymax_data = all.iter().map(|a| plotted(&a.figure).2).max().unwrap_or(0);
    let step = nice_step(ymax_data);
    let ymax = (ymax_data / step + 1).saturating_mul(step).max(step);
    let ys = |v: u64| y1 - v as f64 / ymax as f64 * (y1 - y0);

    // Title and subtitle.
    let toll = toll_name(category, victims);
    let mut title = toll.clone();
    if let Some(c) = title.get(..1) {
        title = c.to_uppercase() + title.get(1..).unwrap_or("");
    }
    let figures = all.len();
    let fmt_day = |d: NaiveDate| d.format("%-d %b %Y").to_string();
    let _ = write!(
        s,
        r##"<text x="{x0}" y="{}" font-size="20" font-weight="bold" fill="#111">{}: the running toll, as each source reported it</text>
<text x="{x0}" y="{}" font-size="13" fill="#555">{} · {} · {} to {}</text>
"##,
        top + 30.0,
        esc(&title),
        top + 50.0,
        plural(series.len() + hidden, "source"),
        plural(figures, "figure"),
        fmt_day(dmin),
        fmt_day(dmax),
    );

    // Y grid and labels.
    let mut v = 0;
    while v <= ymax {
        let y = ys(v);
        let _ = write!(
            s,
            r##"<line x1="{x0}" y1="{y:.1}" x2="{x1}" y2="{y:.1}" stroke="{}" stroke-width="1"/>
<text x="{}" y="{:.1}" font-size="12" fill="#444" text-anchor="end">{}</text>
"##,
            if v == 0 { "#888" } else { "#e3e3e3" },
            x0 - 8.0,
            y + 4.0,
            thousands(v),
        );
        match v.checked_add(step) {
            Some(n) => v = n,
            None => break,
        }
    }
    let ylabel = match category {
        Category::Killed => "People killed".to_string(),
        Category::Casualties => "Casualties (killed or wounded)".to_string(),
        Category::Arrested => "People detained".to_string(),
        Category::Kidnapped => "People abducted".to_string(),
        c => format!("People {}", c.as_str()),
    };
    let ylabel = match victims {
        Some(v) => format!("{ylabel} ({})", v.as_str().replace('_', " ")),
        None => ylabel,
    };
    let _ = writeln!(
        s,
        r##"<text transform="translate({},{:.1}) rotate(-90)" font-size="13" fill="#333" text-anchor="middle">{}</text>"##,
        x0 - 66.0,
        (y0 + y1) / 2.0,
        esc(&ylabel)
    );

    // X ticks and labels.
    let (step_kind, ticks) = date_ticks(lo, hi);
    let mut last_year = None;
    for d in ticks {
        let x = xs(d);
        let (line1, line2) = match step_kind {
            DateStep::Days(_) => (d.format("%b %-d").to_string(), d.year()),
            DateStep::Months(_) => (d.format("%b").to_string(), d.year()),
            DateStep::Years(_) => (d.format("%Y").to_string(), d.year()),
        };
        let year = if last_year != Some(line2) && !matches!(step_kind, DateStep::Years(_)) {
            line2.to_string()
        } else {
            String::new()
        };
        last_year = Some(line2);
        let _ = write!(
            s,
            r##"<line x1="{x:.1}" y1="{y1}" x2="{x:.1}" y2="{}" stroke="#888"/>
<text x="{x:.1}" y="{}" font-size="12" fill="#444" text-anchor="middle">{line1}</text>
<text x="{x:.1}" y="{}" font-size="12" fill="#444" text-anchor="middle">{year}</text>
"##,
            y1 + 5.0,
            y1 + 19.0,
            y1 + 33.0,
        );
    }
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{}" font-size="13" fill="#333" text-anchor="middle">Date the source gave the figure</text>"##,
        (x0 + x1) / 2.0,
        y1 + 52.0
    );

    // Series: line, markers, end label.
    let mut decrease = false;
    let mut labels: Vec<(f64, f64, String, &str)> = Vec::new();
    for se in series {
        let pts: Vec<(f64, f64, &Assertion)> = se
            .line
            .points
            .iter()
            .filter_map(|a| a.date.map(|d| (xs(d), ys(plotted(&a.figure).0), a)))
            .collect();
        if pts.len() > 1 {
            let path: Vec<String> = pts
                .iter()
                .map(|(x, y, _)| format!("{x:.1},{y:.1}"))
                .collect();
            let _ = writeln!(
                s,
                r##"<polyline points="{}" fill="none" stroke="{}" stroke-width="2.5" stroke-linejoin="round"/>"##,
                path.join(" "),
                se.colour
            );
        }
        for (i, &(x, y, a)) in pts.iter().enumerate() {
            s.push_str(&marker(x, y, &a.figure, &ys, se.colour));
            if se.line.decreases.iter().any(|d| d.to == i) {
                decrease = true;
                let _ = writeln!(
                    s,
                    r##"<circle cx="{x:.1}" cy="{y:.1}" r="10" fill="none" stroke="#C00000" stroke-width="1.5" stroke-dasharray="3 2"/>"##
                );
            }
        }
        if let Some(&(x, y, a)) = pts.last() {
            let when = a
                .date
                .map(|d| d.format(" · %b %-d").to_string())
                .unwrap_or_default();
            labels.push((x, y, format!("{}{when}", short(a)), se.colour));
        }
    }
    // Direct labels in the right margin at the height of each source's
    // latest point, nudged apart, with a faint leader from the point.
    labels.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut at: Vec<f64> = Vec::with_capacity(labels.len());
    for l in &labels {
        let below = at.last().map_or(f64::NEG_INFINITY, |y| y + 14.0);
        at.push((l.1 + 4.0).max(below));
    }
    // Keep the stack above the axis: push it back up from the bottom.
    let mut limit = y1 + 4.0;
    for y in at.iter_mut().rev() {
        *y = y.min(limit);
        limit = *y - 14.0;
    }
    for ((x, y, text, colour), ly) in labels.into_iter().zip(at) {
        let lx = x1 + 10.0;
        let _ = writeln!(
            s,
            r##"<path d="M{:.1},{y:.1} L{:.1},{y:.1} L{:.1},{:.1}" fill="none" stroke="{colour}" stroke-width="1" stroke-dasharray="2 3" opacity="0.6"/>
<text x="{lx:.1}" y="{ly:.1}" font-size="11" fill="{colour}">{}</text>"##,
            x + 7.0,
            x1 - 4.0,
            lx - 3.0,
            ly - 4.0,
            esc(&fit(&text, 30))
        );
    }

    // Legend below the axis: two columns.
    let legend_top = y1 + 72.0;
    for (i, se) in series.iter().enumerate() {
        let col = (i % 2) as f64;
        let row = (i / 2) as f64;
        let lx = x0 + col * 400.0;
        let ly = legend_top + row * 20.0;
        let n = se.line.points.len();
        let _ = write!(
            s,
            r##"<line x1="{lx}" y1="{ly}" x2="{}" y2="{ly}" stroke="{c}" stroke-width="2.5"/>
<circle cx="{}" cy="{ly}" r="4" fill="{c}"/>
<text x="{}" y="{}" font-size="12" fill="#222">{} <tspan fill="#777">({})</tspan></text>
"##,
            lx + 24.0,
            lx + 12.0,
            lx + 32.0,
            ly + 4.0,
            esc(&fit(&legend_name(se.line), 52)),
            plural(n, "figure"),
            c = se.colour,
        );
    }
    let rows = series.len().div_ceil(2) as f64;
    let mut height = legend_top - top + rows * 20.0 + 10.0;
    if hidden > 0 {
        let _ = writeln!(
            s,
            r##"<text x="{x0}" y="{:.1}" font-size="12" fill="#777">…and {} with fewer figures, not drawn.</text>"##,
            top + height + 4.0,
            plural(hidden, "more source"),
        );
        height += 20.0;
    }
    (s, height + 16.0, decrease)
}

/// The figure as written when it is short, else in figures: "16,000–17,500".
fn short(a: &Assertion) -> String {
    if a.text.chars().count() <= 22 {
        return a.text.clone();
    }
    let n = thousands(a.figure.value);
    match (a.figure.bound, a.figure.high) {
        (Bound::Range, Some(h)) => format!("{n}–{}", thousands(h)),
        (Bound::AtLeast, _) => format!("at least {n}"),
        (Bound::MoreThan, _) => format!("more than {n}"),
        (Bound::AtMost, _) => format!("up to {n}"),
        (Bound::LessThan, _) => format!("under {n}"),
        (Bound::Approximately, _) => format!("about {n}"),
        _ => n,
    }
}

/// A source's name in the legend, with the day its toll counts from when
/// that is known ("since 2016-01-01").
fn legend_name(t: &Timeline) -> String {
    match t
        .points
        .first()
        .and_then(|p| p.period.as_ref())
        .and_then(|p| p.start)
    {
        Some(start) => format!("{} (since {})", t.source, start.format("%Y-%m-%d")),
        None => t.source.clone(),
    }
}

/// The marker for one figure: filled for a figure as stated, open with a
/// caret for a bound, a bar for a range.
fn marker(x: f64, y: f64, f: &Figure, ys: &dyn Fn(u64) -> f64, colour: &str) -> String {
    let (_, lo, hi) = plotted(f);
    match f.bound {
        Bound::AtLeast | Bound::MoreThan => format!(
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="4.5" fill="#fff" stroke="{colour}" stroke-width="2"/><path d="M{:.1},{:.1} L{x:.1},{:.1} L{:.1},{:.1}" fill="none" stroke="{colour}" stroke-width="2"/>
"##,
            x - 4.5,
            y - 8.0,
            y - 13.0,
            x + 4.5,
            y - 8.0
        ),
        Bound::AtMost | Bound::LessThan => format!(
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="4.5" fill="#fff" stroke="{colour}" stroke-width="2"/><path d="M{:.1},{:.1} L{x:.1},{:.1} L{:.1},{:.1}" fill="none" stroke="{colour}" stroke-width="2"/>
"##,
            x - 4.5,
            y + 8.0,
            y + 13.0,
            x + 4.5,
            y + 8.0
        ),
        Bound::Range => format!(
            r##"<path d="M{x:.1},{:.1} V{:.1} M{:.1},{:.1} H{:.1} M{:.1},{:.1} H{:.1}" stroke="{colour}" stroke-width="2"/><circle cx="{x:.1}" cy="{y:.1}" r="4" fill="{colour}"/>
"##,
            ys(lo),
            ys(hi),
            x - 4.0,
            ys(lo),
            x + 4.0,
            x - 4.0,
            ys(hi),
            x + 4.0
        ),
        _ => format!(
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="4.5" fill="{colour}"/>
"##
        ),
    }
}

/// The marker key and the note under the chart; returns SVG and height.
fn key_and_note(top: f64, documents: usize, hidden_panels: usize, decrease: bool) -> (String, f64) {
    let mut s = String::new();
    let c = "#444";
    let (x, x2) = (96.0, 346.0);
    let text = |s: &mut String, x: f64, y: f64, t: &str| {
        let _ = writeln!(
            s,
            r##"<text x="{}" y="{}" font-size="12" fill="#333">{}</text>"##,
            x + 16.0,
            y + 4.0,
            esc(t)
        );
    };
    let y = top + 18.0;
    s.push_str(&marker(x, y, &Figure::new(1, Bound::Exact), &|_| y, c));
    text(&mut s, x, y, "figure as given (exact or \"about\")");
    s.push_str(&marker(x2, y, &Figure::new(1, Bound::AtLeast), &|_| y, c));
    text(
        &mut s,
        x2,
        y,
        "lower bound (\"at least\", \"more than\"): the toll is this or higher",
    );
    let y2 = y + 30.0;
    s.push_str(&marker(x, y2, &Figure::new(1, Bound::AtMost), &|_| y2, c));
    text(&mut s, x, y2, "upper bound (\"up to\", \"fewer than\")");
    let range_ys = move |v: u64| if v == 0 { y2 + 8.0 } else { y2 - 8.0 };
    s.push_str(&marker(x2, y2, &Figure::range(0, 2), &range_ys, c));
    text(
        &mut s,
        x2,
        y2,
        "range (\"between 50 and 70\"), drawn at its midpoint",
    );
    let mut y3 = y2 + 30.0;
    if decrease {
        let _ = writeln!(
            s,
            r##"<circle cx="{x}" cy="{y3}" r="9" fill="none" stroke="#C00000" stroke-width="1.5" stroke-dasharray="3 2"/>"##
        );
        text(
            &mut s,
            x,
            y3,
            "lower than an earlier figure from the same source: a running toll should not go down",
        );
        y3 += 30.0;
    }
    let mut note = format!(
        "Each point is one figure from one source, however many of the {} carried it; lines join a source's figures in date order.",
        plural(documents, "document")
    );
    if hidden_panels > 0 {
        let _ = write!(
            note,
            " {} not drawn.",
            plural(hidden_panels, "smaller toll")
        );
    }
    let _ = write!(
        s,
        r##"<text x="{x}" y="{}" font-size="11" fill="#666">{}</text>
<text x="{x}" y="{}" font-size="11" fill="#666">Figures extracted from news text by the casualty crate; check each against its article before publishing.</text>
"##,
        y3 + 6.0,
        esc(&note),
        y3 + 22.0
    );
    (s, y3 + 36.0 - top)
}
