//! `scan`: print the casualty claims in news text.
//!
//! ```text
//! scan [--json] [--stats] [--date YYYY-MM-DD] [--threads N] [--corpus FILE]... [FILE|-]...
//! ```
//!
//! With no FILE and no `--corpus`, scans a built-in example article
//! (`examples/article.txt`, published 2024-11-21) and prints its claims as a
//! table:
//!
//! ```text
//! cargo run --example scan
//! cargo run --example scan -- --json
//! cargo run --example scan -- --date 2012-07-06 story.txt other.txt
//! cargo run --example scan -- --json --corpus ../shared/corpus/raw/bbc.jsonl.gz
//! ```
//!
//! Inputs are scanned in command-line order.
//!
//! - `FILE` is read as UTF-8 text; `-` reads standard input. Each file is
//!   printed as a table: a title line naming the file, then one row per claim
//!   with the figure as written, its value (`low-high` for ranges), bound,
//!   category, victims, source, date and period.
//! - `--corpus FILE` reads JSON Lines records `{"id", "published", "text",
//!   ...}`, plain or gzip-compressed (recognized by its magic bytes, whatever
//!   the file is called); `-` reads standard input. Each record is scanned
//!   with its own `published` date; a missing, null or unreadable one falls
//!   back to `--date`, else to none. Each claim is printed on one
//!   tab-separated line: id, span (`start-end`), figure as written, value,
//!   bound, category, victims, source, date, period, with `-` for what is
//!   absent. A record without an `id` is named `FILE:LINE`. A malformed record
//!   (not JSON, no `"text"` string) is reported on standard error as
//!   `scan: FILE:LINE: skipped: REASON` and the run goes on. Records are read
//!   in bounded batches and scanned in parallel, so memory stays flat however
//!   large the corpus is; output is always in input order.
//! - `--json` prints one JSON object per claim per line instead, in document
//!   order, as `claims.md` §JSON lines specifies: `"doc"` (the path as given,
//!   `-` for standard input, the record id, or `examples/article.txt` for the
//!   built-in article), then the claim's own fields.
//! - `--date YYYY-MM-DD` is the publication date of the files, and the
//!   fallback for corpus records without one.
//! - `--threads N` sets the number of worker threads (default: the number of
//!   CPUs).
//! - `--stats` prints one summary line on standard error at the end: records,
//!   skipped records, claims, bytes of text, seconds and MB/s.
//! - `--help` prints this usage on standard output.
//!
//! Every bad input gets exactly one line on standard error that starts with
//! `scan: ` and names it, and the other inputs are still scanned. Should the
//! scanner panic on some text, that too is one line (the document counts as
//! unreadable, the corpus record as skipped), never a panic message. If
//! standard output is closed early (`scan --json FILE | head -1`), the
//! program exits quietly with status 0; every line it printed is whole.
//!
//! # Exit status
//!
//! - 0: every input was scanned.
//! - 1: some corpus records were malformed and skipped; everything else was
//!   scanned.
//! - 2: bad usage (an unknown option, a missing or bad option value, an
//!   invalid `--date`: the program stops at once), or an input that could not
//!   be read (a missing file, a directory, text that is not UTF-8, a damaged
//!   gzip stream), in which case the other inputs are still scanned.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Cursor, Read, StdoutLock, Write};
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::process;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::thread;
use std::time::Instant;

use casualty::{Claim, Scanner};
use chrono::NaiveDate;
use flate2::read::MultiGzDecoder;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// The built-in example article, scanned when no input is named.
const ARTICLE: &str = include_str!("article.txt");
/// The name the built-in article goes by in output: its path in the crate,
/// so `scan --json` and `scan --json --date 2024-11-21 examples/article.txt`
/// print the same lines.
const ARTICLE_DOC: &str = "examples/article.txt";
/// The built-in article's publication date (its dateline).
const ARTICLE_PUBLISHED: &str = "2024-11-21";

const USAGE: &str = "scan [--json] [--stats] [--date YYYY-MM-DD] [--threads N] \
                     [--corpus FILE]... [FILE|-]...";

/// A batch ends after this many documents or records...
const BATCH_RECORDS: usize = 256;
/// ...or once it holds this many bytes of input.
const BATCH_BYTES: usize = 8 << 20;
/// A corpus line longer than this is skipped rather than held in memory.
const MAX_RECORD_BYTES: usize = 256 << 20;

/// Writes one line to standard error, ignoring failure: a closed standard
/// error must not turn into a panic.
macro_rules! note {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr().lock(), $($arg)*);
    }};
}

fn main() {
    install_panic_hook();
    let code = match panic::catch_unwind(run) {
        Ok(code) => code,
        Err(_) => {
            note!("scan: internal error: {}", take_panic_message());
            2
        }
    };
    process::exit(code);
}

/// Parses the command line, scans every input, and returns the exit status.
fn run() -> i32 {
    let opts = match Opts::parse(std::env::args_os().skip(1)) {
        Ok(Parsed::Run(opts)) => opts,
        Ok(Parsed::Help) => {
            let mut out = Out::new();
            out.emit(&help_text());
            return 0;
        }
        Err(msg) => {
            note!("scan: {msg}");
            return 2;
        }
    };
    let started = Instant::now();
    let scanner = Scanner::builder().build();
    let mut out = Out::new();
    let mut stats = Stats::default();
    let mut jobs = Jobs::new(&opts);
    thread::scope(|s| {
        let mut pool = Pool::start(s, &scanner, opts.date, opts.threads);
        // Two batches in flight: a worker done with its share of one goes
        // straight on to the next instead of waiting for the others.
        pool.hand_out(jobs.batch());
        pool.hand_out(jobs.batch());
        while let Some(done) = pool.collect() {
            // Read the next batch while the workers scan the one left.
            pool.hand_out(jobs.batch());
            for d in done {
                print_done(&mut out, &opts, &mut stats, d);
            }
        }
    });
    if opts.stats {
        let secs = started.elapsed().as_secs_f64();
        let rate = if secs > 0.0 {
            stats.bytes as f64 / 1e6 / secs
        } else {
            0.0
        };
        note!(
            "scan: stats: {} records, {} skipped, {} claims, {} bytes, {:.2} s, {:.1} MB/s",
            stats.records,
            stats.skipped,
            stats.claims,
            stats.bytes,
            secs,
            rate
        );
    }
    if stats.failed {
        2
    } else if stats.skipped > 0 {
        1
    } else {
        0
    }
}

fn help_text() -> String {
    format!(
        "usage: {USAGE}\n\
         \n\
         Print the casualty claims (killed, injured, casualties, missing, arrested,\n\
         kidnapped, displaced) in news text.\n\
         \n\
         With no FILE and no --corpus, scan a built-in example article.\n\
         \n\
         options:\n  \
           FILE, -          a UTF-8 text file; - reads standard input\n  \
           --corpus FILE    JSON Lines records {{\"id\", \"published\", \"text\"}}, plain or gzip\n  \
           --json           one JSON object per claim per line, with \"doc\" first\n  \
           --date DATE      publication date YYYY-MM-DD of the files (corpus fallback)\n  \
           --threads N      worker threads (default: number of CPUs)\n  \
           --stats          print a summary line on standard error at the end\n  \
           -h, --help       print this help\n\
         \n\
         exit status: 0 ok, 1 corpus records skipped, 2 bad input or usage\n"
    )
}

// ---------------------------------------------------------------------------
// Command line

/// One input, in command-line order.
#[derive(Debug)]
enum Input {
    /// The built-in example article.
    Article,
    /// A text file, or standard input.
    File(Origin),
    /// A JSON Lines corpus, or standard input.
    Corpus(Origin),
}

/// Where an input comes from, and the name it goes by in output.
#[derive(Debug, Clone)]
struct Origin {
    /// `None` for standard input.
    path: Option<PathBuf>,
    name: String,
}

impl Origin {
    fn new(arg: OsString) -> Origin {
        if arg == "-" {
            return Origin {
                path: None,
                name: "-".to_string(),
            };
        }
        let name = arg.to_string_lossy().into_owned();
        Origin {
            path: Some(PathBuf::from(arg)),
            name,
        }
    }
}

#[derive(Debug)]
struct Opts {
    json: bool,
    stats: bool,
    date: Option<NaiveDate>,
    threads: NonZeroUsize,
    inputs: Vec<Input>,
}

enum Parsed {
    Run(Opts),
    Help,
}

impl Opts {
    /// Reads the arguments (without the program name). An error is the
    /// message to print after `scan: `.
    fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Parsed, String> {
        let mut opts = Opts {
            json: false,
            stats: false,
            date: None,
            threads: thread::available_parallelism().unwrap_or(NonZeroUsize::MIN),
            inputs: Vec::new(),
        };
        let mut args = args.into_iter();
        let mut only_files = false;
        while let Some(arg) = args.next() {
            if only_files || arg == "-" || !arg.to_string_lossy().starts_with('-') {
                opts.inputs.push(Input::File(Origin::new(arg)));
                continue;
            }
            let arg = arg
                .into_string()
                .map_err(|a| format!("unknown option {:?}; usage: {USAGE}", a))?;
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            let mut value = |name: &str| -> Result<OsString, String> {
                match inline.clone() {
                    Some(v) => Ok(OsString::from(v)),
                    None => args.next().ok_or_else(|| {
                        format!("option '{name}' needs an argument; usage: {USAGE}")
                    }),
                }
            };
            match flag.as_str() {
                "--" if inline.is_none() => only_files = true,
                "-h" | "--help" if inline.is_none() => return Ok(Parsed::Help),
                "--json" if inline.is_none() => opts.json = true,
                "--stats" if inline.is_none() => opts.stats = true,
                "--date" => {
                    let v = value("--date")?;
                    let v = v.to_string_lossy();
                    let date = casualty::parse_date(&v).map_err(|e| e.to_string())?;
                    opts.date = Some(date);
                }
                "--threads" => {
                    let v = value("--threads")?;
                    let v = v.to_string_lossy();
                    opts.threads = v.parse::<NonZeroUsize>().map_err(|_| {
                        format!("invalid --threads {v:?}: expected a whole number of at least 1")
                    })?;
                }
                "--corpus" => {
                    let v = value("--corpus")?;
                    opts.inputs.push(Input::Corpus(Origin::new(v)));
                }
                _ => return Err(format!("unknown option '{arg}'; usage: {USAGE}")),
            }
        }
        if opts.inputs.is_empty() {
            opts.inputs.push(Input::Article);
        }
        Ok(Parsed::Run(opts))
    }
}

// ---------------------------------------------------------------------------
// Reading inputs into jobs

/// One unit of work, in output order.
#[derive(Debug)]
enum Job {
    /// A whole document, already read.
    Text {
        doc: String,
        published: Option<NaiveDate>,
        text: String,
        /// The title of its table.
        title: String,
    },
    /// One corpus line, parsed by the worker: `block[range]`, the line
    /// without its newline, in a block of the file shared with its neighbours.
    Record {
        file: Arc<str>,
        line: u64,
        block: Arc<Vec<u8>>,
        range: std::ops::Range<usize>,
    },
    /// A corpus line that could not be read.
    BadRecord {
        file: String,
        line: u64,
        reason: String,
    },
    /// An input that could not be read.
    Failed { name: String, reason: String },
}

impl Job {
    fn size(&self) -> usize {
        match self {
            Job::Text { text, .. } => text.len(),
            Job::Record { range, .. } => range.len(),
            Job::BadRecord { .. } | Job::Failed { .. } => 0,
        }
    }
}

/// Produces the jobs of every input, in order, in bounded batches.
struct Jobs<'a> {
    inputs: std::slice::Iter<'a, Input>,
    /// The file-level publication date.
    date: Option<NaiveDate>,
    corpus: Option<CorpusReader>,
}

impl<'a> Jobs<'a> {
    fn new(opts: &'a Opts) -> Jobs<'a> {
        Jobs {
            inputs: opts.inputs.iter(),
            date: opts.date,
            corpus: None,
        }
    }

    /// The next batch: empty once every input is done.
    fn batch(&mut self) -> Vec<Job> {
        let mut jobs = Vec::new();
        let mut bytes = 0;
        while jobs.len() < BATCH_RECORDS && bytes < BATCH_BYTES {
            match self.next_job() {
                Some(job) => {
                    bytes += job.size();
                    jobs.push(job);
                }
                None => break,
            }
        }
        jobs
    }

    fn next_job(&mut self) -> Option<Job> {
        loop {
            if let Some(corpus) = &mut self.corpus {
                match corpus.next_job() {
                    Some(job) => return Some(job),
                    None => self.corpus = None,
                }
            }
            match self.inputs.next()? {
                Input::Article => {
                    let published = casualty::parse_date(ARTICLE_PUBLISHED).ok();
                    return Some(Job::Text {
                        doc: ARTICLE_DOC.to_string(),
                        published,
                        text: ARTICLE.to_string(),
                        title: format!(
                            "{ARTICLE_DOC} (built-in example article, published {ARTICLE_PUBLISHED})"
                        ),
                    });
                }
                Input::File(origin) => return Some(self.read_file(origin)),
                Input::Corpus(origin) => match CorpusReader::open(origin) {
                    Ok(reader) => self.corpus = Some(reader),
                    Err(reason) => {
                        return Some(Job::Failed {
                            name: origin.name.clone(),
                            reason,
                        })
                    }
                },
            }
        }
    }

    fn read_file(&self, origin: &Origin) -> Job {
        let failed = |reason: String| Job::Failed {
            name: origin.name.clone(),
            reason,
        };
        let bytes = match &origin.path {
            None => {
                let mut buf = Vec::new();
                match io::stdin().lock().read_to_end(&mut buf) {
                    Ok(_) => buf,
                    Err(e) => return failed(io_reason(&e)),
                }
            }
            Some(path) => {
                if path.is_dir() {
                    return failed("is a directory".to_string());
                }
                match std::fs::read(path) {
                    Ok(buf) => buf,
                    Err(e) => return failed(io_reason(&e)),
                }
            }
        };
        match String::from_utf8(bytes) {
            Ok(text) => {
                let title = match self.date {
                    Some(d) => format!("{} (published {d})", origin.name),
                    None => origin.name.clone(),
                };
                Job::Text {
                    doc: origin.name.clone(),
                    published: self.date,
                    text,
                    title,
                }
            }
            Err(e) => failed(format!(
                "not valid UTF-8 (byte offset {})",
                e.utf8_error().valid_up_to()
            )),
        }
    }
}

/// The lines of one corpus file, gunzipped if need be. The file is read a
/// block at a time; a record is a range of the block, so a line is copied
/// once, from the file into its block (a line cut by the end of a block is
/// copied again, to the start of the next one).
struct CorpusReader {
    name: Arc<str>,
    reader: Box<dyn Read>,
    line: u64,
    /// The block being cut into lines, and where the next line starts.
    block: Arc<Vec<u8>>,
    pos: usize,
    /// The reader has no more bytes.
    eof: bool,
    /// Blocks cut before, oldest first: once the jobs holding one are done,
    /// it is filled again instead of a new one being allocated (a fresh
    /// megabyte costs a page fault per page, on the reading thread).
    retired: VecDeque<Arc<Vec<u8>>>,
}

/// How many cut blocks the reader keeps for reuse: about what the batches
/// in flight hold, so that memory stays flat.
const RETIRED_BLOCKS: usize = 24;

/// How many bytes a block reads at a time.
const BLOCK_BYTES: usize = 1 << 20;

impl CorpusReader {
    fn open(origin: &Origin) -> Result<CorpusReader, String> {
        let inner: Box<dyn Read> = match &origin.path {
            None => Box::new(io::stdin().lock()),
            Some(path) => {
                if path.is_dir() {
                    return Err("is a directory".to_string());
                }
                Box::new(File::open(path).map_err(|e| io_reason(&e))?)
            }
        };
        // Peek at the first two bytes for the gzip magic number.
        let mut inner = inner;
        let mut head = [0u8; 2];
        let mut got = 0;
        while got < head.len() {
            match inner.read(&mut head[got..]) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(io_reason(&e)),
            }
        }
        let gzip = head[..got] == [0x1f, 0x8b];
        let chained = Cursor::new(head[..got].to_vec()).chain(inner);
        let reader: Box<dyn Read> = if gzip {
            Box::new(MultiGzDecoder::new(BufReader::new(chained)))
        } else {
            Box::new(chained)
        };
        Ok(CorpusReader {
            name: Arc::from(origin.name.as_str()),
            reader,
            line: 0,
            block: Arc::new(Vec::new()),
            pos: 0,
            eof: false,
            retired: VecDeque::new(),
        })
    }

    /// The next line: its range in `self.block`, `Ok(None)` at the end, or
    /// `Err(true)` for a line longer than [`MAX_RECORD_BYTES`] (read and
    /// dropped), `Err(false)` after a read error (reported by the caller).
    fn next_line(&mut self) -> Result<Option<std::ops::Range<usize>>, Result<bool, io::Error>> {
        let mut too_long = false;
        loop {
            let rest = &self.block[self.pos..];
            if let Some(i) = newline(rest) {
                let start = self.pos;
                self.pos += i + 1;
                if too_long {
                    return Err(Ok(true));
                }
                return Ok(Some(start..start + i));
            }
            if self.eof {
                if rest.is_empty() {
                    return if too_long { Err(Ok(true)) } else { Ok(None) };
                }
                let start = self.pos;
                self.pos = self.block.len();
                if too_long {
                    return Err(Ok(true));
                }
                return Ok(Some(start..self.block.len()));
            }
            // a new block: the cut line, then more of the file
            let mut next = self.spare_block();
            let rest = &self.block[self.pos..];
            next.reserve(BLOCK_BYTES + rest.len());
            if rest.len() > MAX_RECORD_BYTES {
                too_long = true;
            } else if !too_long {
                next.extend_from_slice(rest);
            }
            let want = BLOCK_BYTES as u64;
            match self.reader.by_ref().take(want).read_to_end(&mut next) {
                Ok(n) => self.eof = (n as u64) < want,
                Err(e) => {
                    // Nothing more can be read from a broken stream.
                    self.reader = Box::new(io::empty());
                    self.block = Arc::new(Vec::new());
                    self.pos = 0;
                    self.eof = true;
                    return Err(Err(e));
                }
            }
            let cut = std::mem::replace(&mut self.block, Arc::new(next));
            if cut.capacity() > 0 {
                if self.retired.len() == RETIRED_BLOCKS {
                    self.retired.pop_front();
                }
                self.retired.push_back(cut);
            }
            self.pos = 0;
        }
    }

    /// An empty buffer for the next block: a retired block no job holds any
    /// more, or a new one.
    fn spare_block(&mut self) -> Vec<u8> {
        let free = self.retired.iter().position(|b| Arc::strong_count(b) == 1);
        match free.and_then(|i| self.retired.remove(i)) {
            Some(b) => {
                let mut b = Arc::try_unwrap(b).unwrap_or_else(|b| b.as_ref().clone());
                b.clear();
                b
            }
            None => Vec::new(),
        }
    }

    /// The next non-blank line as a job; `None` at the end. A read error is
    /// a `Failed` job, and ends the corpus.
    fn next_job(&mut self) -> Option<Job> {
        loop {
            let range = match self.next_line() {
                Ok(None) => return None,
                Ok(Some(range)) => range,
                Err(Err(e)) => {
                    return Some(Job::Failed {
                        name: self.name.to_string(),
                        reason: format!("read error after line {}: {}", self.line, io_reason(&e)),
                    })
                }
                Err(Ok(_)) => {
                    self.line += 1;
                    return Some(Job::BadRecord {
                        file: self.name.to_string(),
                        line: self.line,
                        reason: format!("record longer than {MAX_RECORD_BYTES} bytes"),
                    });
                }
            };
            self.line += 1;
            if self.block[range.clone()]
                .iter()
                .all(u8::is_ascii_whitespace)
            {
                continue;
            }
            return Some(Job::Record {
                file: Arc::clone(&self.name),
                line: self.line,
                block: Arc::clone(&self.block),
                range,
            });
        }
    }
}

/// The first `\n` of `b`: the reading thread looks at every byte of the
/// corpus, so this is most of its work (`memchr` reads 32 bytes at a time).
fn newline(b: &[u8]) -> Option<usize> {
    memchr::memchr(b'\n', b)
}

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

// ---------------------------------------------------------------------------
// Scanning in parallel

/// What became of one job.
#[derive(Debug)]
enum Done {
    Scanned {
        doc: String,
        /// The title for table output; `None` for corpus records.
        title: Option<String>,
        claims: Vec<Claim>,
        bytes: usize,
    },
    Skipped {
        file: String,
        line: u64,
        reason: String,
    },
    Failed {
        name: String,
        reason: String,
    },
}

/// A batch being scanned: the workers take its jobs in turn.
struct Batch {
    /// Its place in the order batches are handed out.
    seq: u64,
    jobs: Vec<Job>,
    next: AtomicUsize,
}

/// One worker's results for one batch (`None` if the worker failed).
type Share = (u64, Option<Vec<(usize, Done)>>);

/// Worker threads that live for the whole run (so each keeps its regex
/// caches warm), each taking jobs from the batch at hand until none is left,
/// then going on to the next batch handed out.
struct Pool {
    /// One channel per worker, to hand it each batch.
    workers: Vec<mpsc::Sender<Arc<Batch>>>,
    /// Each worker's share of each batch, as it finishes it.
    done: mpsc::Receiver<Share>,
    /// The batches handed out and not collected, oldest first: sequence
    /// number and number of jobs.
    queued: VecDeque<(u64, usize)>,
    /// The sequence number of the next batch.
    seq: u64,
    /// Shares of a later batch than the one being collected.
    early: Vec<Share>,
}

impl Pool {
    fn start<'scope>(
        s: &'scope thread::Scope<'scope, '_>,
        scanner: &'scope Scanner,
        fallback: Option<NaiveDate>,
        threads: NonZeroUsize,
    ) -> Pool {
        let (done_tx, done) = mpsc::channel();
        let workers = (0..threads.get())
            .map(|_| {
                let (tx, rx) = mpsc::channel::<Arc<Batch>>();
                let done_tx = done_tx.clone();
                s.spawn(move || {
                    // a record's unescaped text, its buffer kept from record to record
                    let mut scratch = String::new();
                    for batch in rx {
                        let result = panic::catch_unwind(AssertUnwindSafe(|| {
                            let mut done = Vec::new();
                            loop {
                                let i = batch.next.fetch_add(1, Ordering::Relaxed);
                                let Some(job) = batch.jobs.get(i) else { break };
                                done.push((i, process(job, scanner, fallback, &mut scratch)));
                            }
                            done
                        }));
                        let seq = batch.seq;
                        drop(batch);
                        if done_tx.send((seq, result.ok())).is_err() {
                            break;
                        }
                    }
                });
                tx
            })
            .collect();
        Pool {
            workers,
            done,
            queued: VecDeque::new(),
            seq: 0,
            early: Vec::new(),
        }
    }

    /// Queues `jobs` for every worker; nothing when there are none.
    fn hand_out(&mut self, jobs: Vec<Job>) {
        if jobs.is_empty() {
            return;
        }
        self.queued.push_back((self.seq, jobs.len()));
        let batch = Arc::new(Batch {
            seq: self.seq,
            jobs,
            next: AtomicUsize::new(0),
        });
        self.seq += 1;
        for w in &self.workers {
            // a worker that is gone shows up in `collect`
            let _ = w.send(Arc::clone(&batch));
        }
    }

    /// Waits for every worker to finish the oldest batch handed out, and
    /// returns its results in input order; `None` when no batch is left.
    fn collect(&mut self) -> Option<Vec<Done>> {
        let (seq, len) = self.queued.pop_front()?;
        let mut slots: Vec<Option<Done>> = (0..len).map(|_| None).collect();
        let mut shares = 0;
        let mut take = |share: Option<Vec<(usize, Done)>>| {
            // `process` catches the scanner's panics, so this is a bug of
            // ours; `main` reports it as one line.
            let Some(done) = share else {
                panic!("a worker thread failed")
            };
            for (i, d) in done {
                slots[i] = Some(d);
            }
        };
        let mut k = 0;
        while k < self.early.len() {
            if self.early[k].0 == seq {
                take(self.early.swap_remove(k).1);
                shares += 1;
            } else {
                k += 1;
            }
        }
        while shares < self.workers.len() {
            let Ok((s, share)) = self.done.recv() else {
                panic!("a worker thread failed")
            };
            if s == seq {
                take(share);
                shares += 1;
            } else {
                self.early.push((s, share));
            }
        }
        Some(
            slots
                .into_iter()
                .map(|d| d.unwrap_or_else(|| panic!("a job was lost")))
                .collect(),
        )
    }
}

/// Scans one job. A panic in the scanner becomes a failed document (or a
/// skipped record) instead of ending the run.
fn process(
    job: &Job,
    scanner: &Scanner,
    fallback: Option<NaiveDate>,
    scratch: &mut String,
) -> Done {
    match job {
        Job::Text {
            doc,
            published,
            text,
            title,
        } => match scan_guarded(scanner, text, *published) {
            Ok(claims) => Done::Scanned {
                doc: doc.clone(),
                title: Some(title.clone()),
                claims,
                bytes: text.len(),
            },
            Err(msg) => Done::Failed {
                name: doc.clone(),
                reason: format!("scanner panicked: {msg}"),
            },
        },
        Job::Record {
            file,
            line,
            block,
            range,
        } => {
            let raw = &block[range.clone()];
            let skipped = |reason: String| Done::Skipped {
                file: file.to_string(),
                line: *line,
                reason,
            };
            let record = match parse_record(raw, scratch) {
                Ok(r) => r,
                Err(reason) => return skipped(reason),
            };
            let published = record.published.or(fallback);
            match scan_guarded(scanner, &record.text, published) {
                Ok(claims) => Done::Scanned {
                    // only printed with a claim: most records have none
                    doc: match (&record.id, claims.is_empty()) {
                        (_, true) => String::new(),
                        (Some(id), false) => id.to_string(),
                        (None, false) => format!("{file}:{line}"),
                    },
                    title: None,
                    claims,
                    bytes: record.text.len(),
                },
                Err(msg) => skipped(format!("scanner panicked: {msg}")),
            }
        }
        Job::BadRecord { file, line, reason } => Done::Skipped {
            file: file.clone(),
            line: *line,
            reason: reason.clone(),
        },
        Job::Failed { name, reason } => Done::Failed {
            name: name.clone(),
            reason: reason.clone(),
        },
    }
}

fn scan_guarded(
    scanner: &Scanner,
    text: &str,
    published: Option<NaiveDate>,
) -> Result<Vec<Claim>, String> {
    panic::catch_unwind(AssertUnwindSafe(|| scanner.scan_published(text, published)))
        .map_err(|_| take_panic_message())
}

/// The fields of a corpus record that `scan` reads.
struct Record<'a> {
    /// Borrowed from the line when it can be: most records yield no claim,
    /// and their id is never copied.
    id: Option<Cow<'a, str>>,
    published: Option<NaiveDate>,
    /// Borrowed from the line when it has no escapes.
    text: Cow<'a, str>,
}

fn parse_record<'a>(raw: &'a [u8], scratch: &'a mut String) -> Result<Record<'a>, String> {
    let line = std::str::from_utf8(raw).map_err(|e| {
        format!(
            "not valid UTF-8 (byte offset {} in the line)",
            e.valid_up_to()
        )
    })?;
    // The fast reading takes every well-formed record; anything else is
    // read again as a `Value`, which says what is wrong with it.
    match serde_json::from_str::<Fields<'_>>(line) {
        Ok(f) => {
            let text = match f.text {
                None => return Err("no \"text\" field".to_string()),
                Some(raw) => match unescape(raw.get(), scratch) {
                    Some(true) => Cow::Borrowed(scratch.as_str()),
                    Some(false) => {
                        let inner = raw.get();
                        Cow::Borrowed(&inner[1..inner.len() - 1])
                    }
                    // not a string, or a string `String` would refuse
                    None => return parse_record_slowly(line),
                },
            };
            Ok(Record {
                id: f.id.and_then(Scalar::into_text),
                published: match f.published {
                    Some(Scalar::Str(s)) => parse_published(&s),
                    _ => None,
                },
                text,
            })
        }
        Err(_) => parse_record_slowly(line),
    }
}

/// Reads the JSON string `raw` (with its quotes, as serde_json checked it:
/// escapes well formed, no raw control characters) into `out` when it has
/// escapes: `Some(true)`; `Some(false)` when it has none and can be used as
/// it is. `None` when `raw` is no string or holds a surrogate escape that is
/// not part of a pair, which a Rust `String` cannot hold.
fn unescape(raw: &str, out: &mut String) -> Option<bool> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let b = inner.as_bytes();
    let Some(first) = memchr::memchr(b'\\', b) else {
        return Some(false);
    };
    out.clear();
    out.push_str(&inner[..first]);
    let mut i = first;
    while i < b.len() {
        let next = memchr::memchr(b'\\', &b[i..]).map_or(b.len(), |k| i + k);
        out.push_str(&inner[i..next]);
        if next == b.len() {
            break;
        }
        let hex = |at: usize| {
            inner
                .get(at..at + 4)
                .and_then(|h| u32::from_str_radix(h, 16).ok())
        };
        let (c, len) = match *b.get(next + 1)? {
            b'"' => ('"', 2),
            b'\\' => ('\\', 2),
            b'/' => ('/', 2),
            b'b' => ('\u{8}', 2),
            b'f' => ('\u{c}', 2),
            b'n' => ('\n', 2),
            b'r' => ('\r', 2),
            b't' => ('\t', 2),
            b'u' => {
                let u = hex(next + 2)?;
                if (0xD800..0xDC00).contains(&u) {
                    // a high surrogate takes the low one after it
                    if b.get(next + 6..next + 8) != Some(b"\\u") {
                        return None;
                    }
                    let lo = hex(next + 8)?;
                    if !(0xDC00..0xE000).contains(&lo) {
                        return None;
                    }
                    (
                        char::from_u32(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00))?,
                        12,
                    )
                } else {
                    (char::from_u32(u)?, 6)
                }
            }
            _ => return None,
        };
        out.push(c);
        i = next + len;
    }
    Some(true)
}

/// A record read as a `serde_json::Value`: slower, but its errors are the
/// ones `scan` reports.
fn parse_record_slowly(line: &str) -> Result<Record<'_>, String> {
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| {
        // serde_json says "at line 1 column N"; the line is the record's.
        let msg = e.to_string();
        let at = format!(" at line {} column {}", e.line(), e.column());
        let msg = msg.strip_suffix(&at).unwrap_or(&msg);
        format!("not JSON (column {}): {msg}", e.column())
    })?;
    let serde_json::Value::Object(mut map) = value else {
        return Err("not a JSON object".to_string());
    };
    let text = match map.remove("text") {
        Some(serde_json::Value::String(s)) => Cow::Owned(s),
        Some(_) => return Err("\"text\" is not a string".to_string()),
        None => return Err("no \"text\" field".to_string()),
    };
    Ok(Record {
        id: record_id(map.get("id")).map(Cow::Owned),
        published: record_published(map.get("published")),
        text,
    })
}

fn record_id(id: Option<&serde_json::Value>) -> Option<String> {
    match id {
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

fn record_published(published: Option<&serde_json::Value>) -> Option<NaiveDate> {
    match published {
        Some(serde_json::Value::String(s)) => parse_published(s),
        _ => None,
    }
}

/// A record's fields as the fast reading sees them: `text` borrowed when it
/// can be, `id` and `published` as [`Scalar`]s, every other value checked
/// and dropped without being built. It accepts the records the slow reading
/// (a `Value`) accepts, and fails on anything that is not an object whose
/// `text` is a string; the last of repeated keys wins, as in a `Value`.
struct Fields<'a> {
    id: Option<Scalar<'a>>,
    published: Option<Scalar<'a>>,
    /// The JSON string as written, quotes and escapes included.
    text: Option<&'a serde_json::value::RawValue>,
}

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(FieldsVisitor)
    }
}

struct FieldsVisitor;

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Fields<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
        let mut fields = Fields {
            id: None,
            published: None,
            text: None,
        };
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Id => fields.id = Some(map.next_value()?),
                Key::Published => fields.published = Some(map.next_value()?),
                Key::Text => fields.text = Some(map.next_value()?),
                Key::Other => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        Ok(fields)
    }
}

/// The value of `id` or `published`: a string (borrowed when it has no
/// escapes), a number, or anything else (read through and dropped).
enum Scalar<'a> {
    Str(Cow<'a, str>),
    Num(serde_json::Number),
    Other,
}

impl<'a> Scalar<'a> {
    /// An id as the slow reading gives it: a string, or a number written
    /// out; `None` for anything else.
    fn into_text(self) -> Option<Cow<'a, str>> {
        match self {
            Scalar::Str(s) => Some(s),
            Scalar::Num(n) => Some(Cow::Owned(n.to_string())),
            Scalar::Other => None,
        }
    }
}

impl<'de> Deserialize<'de> for Scalar<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;
        impl<'de> Visitor<'de> for ScalarVisitor {
            type Value = Scalar<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Scalar::Str(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Scalar::Str(Cow::Owned(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(Scalar::Num(v.into()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(Scalar::Num(v.into()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(serde_json::Number::from_f64(v).map_or(Scalar::Other, Scalar::Num))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(Scalar::Other)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Scalar::Other)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Scalar::Other)
            }
        }
        d.deserialize_any(ScalarVisitor)
    }
}

/// A key of a record, as far as `scan` cares.
enum Key {
    Id,
    Published,
    Text,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(match v {
                    "id" => Key::Id,
                    "published" => Key::Published,
                    "text" => Key::Text,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// `YYYY-MM-DD`, also as the start of a timestamp (`2012-07-06T09:15:00Z`).
fn parse_published(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let day = match s.get(..10) {
        Some(day) if s.len() == 10 || s[10..].starts_with(['T', ' ']) => day,
        _ => return None,
    };
    casualty::parse_date(day).ok()
}

// ---------------------------------------------------------------------------
// Panics, reported as one line

thread_local! {
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the default panic message with a record of it, which the
/// catcher of the panic reports as one `scan: ` line.
fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        let msg = match info.location() {
            Some(loc) => format!("{msg} at {}:{}", loc.file(), loc.line()),
            None => msg,
        };
        PANIC.with(|p| *p.borrow_mut() = Some(msg));
    }));
}

fn take_panic_message() -> String {
    PANIC
        .with(|p| p.borrow_mut().take())
        .unwrap_or_else(|| "unknown panic".to_string())
}

// ---------------------------------------------------------------------------
// Output

/// Buffered standard output. Each document's output is written with one
/// call and flushed, so lines are never cut; a closed pipe ends the program
/// quietly.
struct Out {
    w: BufWriter<StdoutLock<'static>>,
    /// Whether a table has been printed (tables are separated by a blank line).
    tables: bool,
}

impl Out {
    fn new() -> Out {
        Out {
            w: BufWriter::with_capacity(1 << 16, io::stdout().lock()),
            tables: false,
        }
    }

    fn emit(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if let Err(e) = self.w.write_all(s.as_bytes()).and_then(|()| self.w.flush()) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                process::exit(0);
            }
            note!("scan: error writing output: {e}");
            process::exit(2);
        }
    }
}

#[derive(Default)]
struct Stats {
    records: u64,
    skipped: u64,
    claims: u64,
    bytes: u64,
    failed: bool,
}

/// A claim in the JSON contract, with the document it came from first.
#[derive(Serialize)]
struct JsonClaim<'a> {
    doc: &'a str,
    #[serde(flatten)]
    claim: &'a Claim,
}

fn print_done(out: &mut Out, opts: &Opts, stats: &mut Stats, done: Done) {
    match done {
        Done::Scanned {
            doc,
            title,
            claims,
            bytes,
        } => {
            stats.records += 1;
            stats.claims += claims.len() as u64;
            stats.bytes += bytes as u64;
            let mut s = String::new();
            if opts.json {
                for claim in &claims {
                    let line = JsonClaim { doc: &doc, claim };
                    match serde_json::to_string(&line) {
                        Ok(line) => {
                            s.push_str(&line);
                            s.push('\n');
                        }
                        Err(e) => {
                            out.emit(&s);
                            note!("scan: {doc}: cannot write a claim as JSON: {e}");
                            stats.failed = true;
                            return;
                        }
                    }
                }
            } else if let Some(title) = title {
                if out.tables {
                    s.push('\n');
                }
                out.tables = true;
                table(&mut s, &title, &claims);
            } else {
                for claim in &claims {
                    compact(&mut s, &doc, claim);
                }
            }
            out.emit(&s);
        }
        Done::Skipped { file, line, reason } => {
            stats.skipped += 1;
            note!("scan: {file}:{line}: skipped: {reason}");
        }
        Done::Failed { name, reason } => {
            stats.failed = true;
            note!("scan: {name}: {reason}");
        }
    }
}

const COLUMNS: [&str; 8] = [
    "figure", "value", "bound", "category", "victims", "source", "date", "period",
];

/// The cells of one claim's row, in [`COLUMNS`] order.
fn cells(claim: &Claim) -> [String; 8] {
    let f = &claim.figure;
    let value = match f.high {
        Some(high) => format!("{}-{high}", f.value),
        None => f.value.to_string(),
    };
    let victims = claim
        .victims
        .map_or_else(|| "-".to_string(), |v| v.to_string());
    let source = match &claim.source {
        Some(s) => match &s.person {
            Some(p) if p != &s.name => format!("{} ({p})", s.name),
            _ => s.name.clone(),
        },
        None => "-".to_string(),
    };
    let date = claim
        .date
        .map_or_else(|| "-".to_string(), |d| d.to_string());
    let period = match &claim.period {
        Some(p) if p.start.is_some() || p.end.is_some() => {
            let day = |d: Option<NaiveDate>| d.map_or_else(|| "?".to_string(), |d| d.to_string());
            format!("{} [{}..{}]", p.text, day(p.start), day(p.end))
        }
        Some(p) => p.text.clone(),
        None => "-".to_string(),
    };
    [
        claim.text.clone(),
        value,
        f.bound.to_string(),
        claim.category.to_string(),
        victims,
        source,
        date,
        period,
    ]
    .map(|c| one_line(&c))
}

/// `s` with every run of whitespace (newlines, tabs) made one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A title line, then an aligned table with one row per claim.
fn table(s: &mut String, title: &str, claims: &[Claim]) {
    let count = match claims.len() {
        0 => "no claims".to_string(),
        1 => "1 claim".to_string(),
        n => format!("{n} claims"),
    };
    let _ = writeln!(s, "{title}: {count}");
    if claims.is_empty() {
        return;
    }
    let rows: Vec<[String; 8]> = claims.iter().map(cells).collect();
    let mut widths = COLUMNS.map(|c| c.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let header = COLUMNS.map(str::to_string);
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            if i + 1 == row.len() {
                line.push_str(cell);
            } else {
                let pad = w - cell.chars().count();
                let _ = write!(line, "{cell}{:pad$}  ", "");
            }
        }
        let _ = writeln!(s, "{}", line.trim_end());
    }
}

/// One tab-separated line: id, span, then the table's cells.
fn compact(s: &mut String, doc: &str, claim: &Claim) {
    let cells = cells(claim);
    let _ = write!(
        s,
        "{}\t{}-{}",
        one_line(doc),
        claim.span.start,
        claim.span.end
    );
    for cell in &cells {
        let _ = write!(s, "\t{}", if cell.is_empty() { "-" } else { cell });
    }
    s.push('\n');
}
