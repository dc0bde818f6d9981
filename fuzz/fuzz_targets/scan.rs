//! Fuzzes `Scanner::scan_published` with and without a publication date.
//!
//! The first byte chooses the date: even means none; odd takes the next four
//! bytes as a day count, so dates span chrono's whole range (year -262143 to
//! 262142), the edges included. The rest is the text, kept only if it is
//! UTF-8 (the scanner takes `&str`). Besides not panicking or hanging, every
//! claim must hold a span on char boundaries inside the text whose slice is
//! the claim's `text`.
#![no_main]

use std::sync::OnceLock;

use casualty::Scanner;
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

/// One scanner for the whole run, as a long-lived program would hold.
fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(Scanner::default)
}

/// The publication date chosen by the input's first bytes, and the text.
fn split(data: &[u8]) -> Option<(Option<NaiveDate>, &str)> {
    let (&flag, rest) = data.split_first()?;
    let (published, rest) = if flag & 1 == 0 {
        (None, rest)
    } else if rest.len() >= 4 {
        let n = i32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let date = match flag >> 1 {
            // the extremes, where date arithmetic overflows
            0 => NaiveDate::MIN,
            1 => NaiveDate::MAX,
            // ordinary modern dates most of the time
            2..=63 => NaiveDate::from_num_days_from_ce_opt(700_000 + n.rem_euclid(80_000))?,
            _ => NaiveDate::from_num_days_from_ce_opt(n)?,
        };
        (Some(date), &rest[4..])
    } else {
        return None;
    };
    Some((published, std::str::from_utf8(rest).ok()?))
}

fn check(text: &str, published: Option<NaiveDate>, s: &Scanner) {
    for c in s.scan_published(text, published) {
        assert!(
            c.span.start <= c.span.end && c.span.end <= text.len(),
            "span {:?} out of the text",
            c.span
        );
        let got = text.get(c.span.start..c.span.end);
        assert_eq!(
            got,
            Some(c.text.as_str()),
            "span {:?} is not the claim's text",
            c.span
        );
    }
}

fuzz_target!(|data: &[u8]| {
    if let Some((published, text)) = split(data) {
        check(text, published, scanner());
    }
});
