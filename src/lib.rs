//! casualty: casualty figures from news prose, as structured claims.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod claim;
pub mod date;
mod error;
pub mod number;
mod scanner;

pub use claim::{Bound, Category, Claim, Figure, Period, Scope, Source, SourceKind, Span, Victims};
pub use error::{parse_date, Error};
pub use scanner::{scan, Scanner, ScannerBuilder};
