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
//! Scanning is meant for text scraped from anywhere. For any `&str`:
//!
//! * [`scan`] and [`Scanner::scan`] never panic and return claims in
//!   document order; each claim's [`Span`] lies on `char` boundaries of the
//!   text and `claim.text == &text[claim.span]`.
//! * Time and memory are linear in the length of the text: every pass is a
//!   single left-to-right scan or a `regex` search (which guarantees linear
//!   time), and the careful work runs only on sentences holding a number
//!   and a casualty cue. A 20 MB line or a megabyte of digits is read, not
//!   feared.
//! * Numbers that do not fit a `u64` are skipped, never wrapped; arithmetic
//!   is checked; digits other than ASCII (Arabic-Indic, full-width) are never
//!   read as numbers; impossible dates ("February 30", year 99999) resolve
//!   to nothing.
//!
//! What untrusted input *can* do: make the scanner print wrong claims, as
//! careful prose can fool a careful reader, and take time in proportion to
//! its size. Callers who scan very large documents should bound their size.
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
