//! casualty: casualty figures from news prose, as structured claims.
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

pub use attribution::Organizations;
pub use claim::{Bound, Category, Claim, Figure, Period, Scope, Source, SourceKind, Span, Victims};
pub use compare::{
    acled, ibc, source_key, ucdp, Agreement, Assertion, Consensus, Decline, Decrease, Document, End,
    Group, Interval, Ledger, LowBestHigh, MinMax, Reported, Spread, Timeline, Tolerance,
};
pub use error::{parse_date, Error};
pub use recognize::{builtin as recognizers, Recognizer};
pub use scanner::{scan, Pattern, Scanner, ScannerBuilder};
