//! Reading numbers: digits, number words, scale words, vague plurals, ranges
//! and the qualifiers that bound them.
//!
//! INTERFACE STUB — to be implemented (see the helper brief).

use crate::claim::{Bound, Span};

/// How a figure was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum NumberForm {
    /// Digits, possibly with separators or decimals and a scale: "16,700", "2.4 million", "1.5m".
    Digits,
    /// Number words: "seven", "seventy-two", "a thousand", "two hundred and five".
    Words,
    /// A vague plural or quantifier: "dozens", "scores", "tens of thousands", "several".
    Vague,
}

/// One number expression found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberMatch {
    /// The whole expression with its qualifier: "more than 16,700", "between 50 and 70".
    pub span: Span,
    /// The numerals alone: "16,700"; for a range, from the first numeral to the last.
    pub numeral: Span,
    /// The value, or the low end of a range.
    pub value: u64,
    /// The high end of a range.
    pub high: Option<u64>,
    /// The qualifier's bound.
    pub bound: Bound,
    /// How the numerals were written.
    pub form: NumberForm,
}

/// Every number expression in `text`, left to right, not overlapping.
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    let _ = text;
    Vec::new()
}
