//! Casualty figures from news prose, as structured claims.
//!
//! `casualty` reads an article and returns every casualty figure in it as a
//! [`Claim`]: how many people were killed, injured, missing, arrested,
//! kidnapped or displaced ([`Category`]), with the qualifier that bounds the
//! number ([`Bound`]: "at least", "more than 16,700", "dozens"), who the
//! people were ([`Victims`]), which organization or person says so
//! ([`Source`]), on what day it was said, and what period the figure covers
//! ([`Period`]). What counts as a claim, and the JSON a claim prints as, is
//! the contract in `claims.md` (shipped with the project's shared spec).
//!
//! ```
//! use casualty::{Bound, Category, Scanner};
//!
//! let text = "Rebels shelled the market on Tuesday, killing at least 23 people, \
//!             the Velmora Red Crescent said Wednesday. Another 40 were wounded.";
//! let scanner = Scanner::builder()
//!     .publication_date(casualty::parse_date("2024-03-14")?)
//!     .build();
//! let claims = scanner.scan(text);
//!
//! assert_eq!(claims.len(), 2);
//! let killed = &claims[0];
//! assert_eq!((killed.figure.value, killed.figure.bound), (23, Bound::AtLeast));
//! assert_eq!(killed.category, Category::Killed);
//! assert_eq!(killed.source.as_ref().unwrap().name, "Velmora Red Crescent");
//! assert_eq!(killed.date.unwrap().to_string(), "2024-03-13"); // "said Wednesday"
//! assert_eq!(&text[killed.span], "at least 23");
//! assert_eq!(claims[1].category, Category::Injured);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Overview
//!
//! * [`scan`] reads a text with the default [`Scanner`]; it cannot fail.
//! * [`Scanner::builder`] sets a publication date, known organizations and
//!   their aliases ([`Organizations`]), and house patterns ([`Pattern`]).
//!   [`Scanner::scan_published`] gives each document its own date.
//! * [`recognizers`] lists the built-in recognizers, each a named rule with
//!   a sentence it must match; every claim names the one that found it.
//! * [`Ledger`] compares claims across documents and sources: it merges
//!   echoes of one assertion, groups comparable tolls, reads figures as
//!   [`Interval`]s and tells whether sources agree ([`Agreement`]).
//!
//! # Contents
//!
//! One module per concept, each using only those listed before it:
//!
//! | module | concept |
//! |---|---|
//! | `claim` | the claim model: [`Claim`], [`Figure`], [`Bound`], [`Category`], [`Victims`], [`Source`], [`Period`], [`Scope`], [`Span`] |
//! | `error` | the one error type, [`Error`], and [`parse_date`] |
//! | `sentence` | sentence bounds and tokens |
//! | [`number`] | reading numbers: digits, words, scales, vague plurals, ranges, qualifiers |
//! | `lexicon` | the cue lexicon: words of harm, words for people and for things |
//! | [`date`] | datelines, day references and periods |
//! | `recognize` | the recognizers: which figures are claims, and of what |
//! | `attribution` | who a figure comes from |
//! | `scanner` | the pipeline: one fast pass, careful work only around candidates |
//! | `compare` | the ledger: comparing figures across sources (never scans) |
//!
//! # Dates and the clock
//!
//! A claim's `date` is the day the text gives for the statement ("said
//! Wednesday", resolved to the latest such day on or before the governing
//! date), else the governing date: the caller's publication date, or a
//! dateline in the text; a later dateline that starts a new item governs the
//! text after it. Without either, dates and periods stay unresolved. The
//! library never reads the clock.
//!
//! # Untrusted input
//!
//! Scanning is meant for text scraped from anywhere: broken encodings, megabyte
//! lines, tables of digits, hostile input. For any `&str`, with or without a
//! publication date (any [`chrono::NaiveDate`], the extremes included):
//!
//! * [`scan`], [`Scanner::scan`] and [`Scanner::scan_published`] never panic
//!   and always return; scanning the same text twice gives the same claims.
//! * Claims come in document order. Each claim's [`Span`] lies inside the text
//!   on `char` boundaries, and `claim.text == &text[claim.span]`. Text before
//!   a document (prose without figures, dates or sources, ending in a blank
//!   line) moves every span by its length in bytes and changes nothing else.
//! * Time and memory grow in proportion to the length of the text. The
//!   careful reading runs only on sentences holding a number and a casualty
//!   word, in pieces of about 2 KB at most: a longer run without full stops
//!   (a 20 MB line, 100,000 words without punctuation) is cut at white space
//!   or, failing that, after punctuation, but never inside a number.
//!   Lookups across sentences (pronouns such as "the group said",
//!   quotations, datelines) are bounded or indexed. On news text the
//!   default scanner reads about 70 MB/s of article text on one core;
//!   claim-dense or hostile text is slower, down to about 1 MB/s, but still
//!   linear (see `benches/linear.rs`).
//! * A number never wraps or saturates: a figure past `u64::MAX`
//!   ("999999999999999999999999999999 people were killed", "99999999999999
//!   million") is no claim. Digits of other scripts (Arabic-Indic "٣٠",
//!   full-width "３０", mathematical "𝟑𝟎") are not read as numbers. NUL and
//!   other control characters are plain characters.
//! * Dates the calendar lacks ("February 30", year 99999 in a dateline, a
//!   period reaching past chrono's range) resolve to no date, never to a wrong
//!   one and never to a panic. The library never reads the clock.
//!
//! What untrusted input *can* do:
//!
//! * Make the scanner report claims that are wrong, or miss real ones, as
//!   careful prose can fool a careful reader. Where a run-on sentence over
//!   2 KB is cut, a figure next to the cut may lose its attribution or be
//!   read with less context.
//! * Take time and memory in proportion to its size: a caller scanning
//!   documents from strangers should bound their size, as it would for any
//!   parser. Memory grows with the text and with the claims returned: about
//!   ten times the text's size for text that is nothing but casualty reports
//!   (a 20 MB line of them peaks at 230 MB), about the text's size again for
//!   news (100 MB of articles take another 110 MB).
//! * Nothing else: the crate is `#![forbid(unsafe_code)]`, does no I/O, and
//!   keeps no state between scans.
//!
//! This is tested: property tests over arbitrary strings and over the sentence
//! tables padded with multi-byte text (`tests/properties.rs`), adversarial
//! inputs (`tests/adversarial.rs`), replayed fuzzer findings
//! (`tests/data/regressions/`) and a libFuzzer target (`fuzz/`).
//!
//! # Crate features
//!
//! None. The library depends on `regex`, `chrono`, `serde`, `thiserror` and
//! `once_cell` only.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod attribution;
mod claim;
mod compare;
pub mod date;
mod error;
mod lexicon;
pub mod number;
mod recognize;
mod scanner;
mod sentence;

/// Hooks for the benches; not part of the API.
#[doc(hidden)]
pub mod bench_api;

pub use attribution::Organizations;
pub use claim::{Bound, Category, Claim, Figure, Period, Scope, Source, SourceKind, Span, Victims};
pub use compare::{
    acled, ibc, source_key, ucdp, Agreement, Assertion, Consensus, Decline, Decrease, Document,
    End, Group, Interval, Ledger, LowBestHigh, MinMax, Reported, Spread, Timeline, Tolerance,
};
pub use error::{parse_date, Error};
pub use recognize::{builtin as recognizers, Recognizer};
pub use scanner::{scan, Pattern, Scanner, ScannerBuilder};

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
