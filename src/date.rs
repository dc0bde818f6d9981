//! Dates: datelines, day references ("said Wednesday", "yesterday") and the
//! periods a figure covers ("last month", "since March 2011").
//!
//! INTERFACE STUB — to be implemented (see the helper brief).

use chrono::NaiveDate;

use crate::claim::Span;

/// A dateline found in a text: the date it gives and where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The dateline's bytes.
    pub span: Span,
    /// The date, when the year can be known.
    pub date: Option<NaiveDate>,
}

/// Every dateline in `text`, in order. `context_year` resolves a dateline without year.
pub fn find_datelines(text: &str, context_year: Option<i32>) -> Vec<Dateline> {
    let _ = (text, context_year);
    Vec::new()
}

/// A time expression: a day, a part of a day, a month, a year, a span of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// Where it is.
    pub span: Span,
    /// What it says.
    pub kind: TimeKind,
}

/// What a [`TimeExpr`] refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeKind {
    /// Placeholder.
    Unresolved,
}

impl TimeExpr {
    /// Whether this names a single day that a statement can be dated by.
    pub fn is_day(&self) -> bool {
        false
    }
    /// The first and last day covered, given the governing date.
    pub fn resolve(&self, anchor: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        let _ = anchor;
        None
    }
}

/// Every time expression inside `text[within]`, left to right.
pub fn find_time_exprs(text: &str, within: Span) -> Vec<TimeExpr> {
    let _ = (text, within);
    Vec::new()
}
