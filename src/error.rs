//! The one error type. Scanning never fails; only setting a scanner up can.

/// What can go wrong while building a [`crate::Scanner`] or reading a date.
///
/// Messages are lowercase and carry the offending input.
///
/// ```
/// let err = casualty::parse_date("2012-02-30").unwrap_err();
/// assert!(matches!(err, casualty::Error::InvalidDate { .. }));
/// assert_eq!(err.to_string(), "invalid date \"2012-02-30\": expected a real day as YYYY-MM-DD");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A date that is not a real `YYYY-MM-DD` day.
    #[error("invalid date {input:?}: expected a real day as YYYY-MM-DD")]
    InvalidDate {
        /// The text that was given.
        input: String,
    },
    /// A user pattern that does not compile or lacks its figure placeholder.
    #[error("invalid pattern {name:?}: {reason}")]
    InvalidPattern {
        /// The pattern's name.
        name: String,
        /// Why it was refused.
        reason: String,
    },
    /// A user pattern whose witness sentence it does not match.
    #[error("pattern {name:?} does not match its own example {example:?}")]
    WitnessMismatch {
        /// The pattern's name.
        name: String,
        /// The example sentence it was given.
        example: String,
    },
    /// An organization with an empty name or alias.
    #[error("organization {name:?} has an empty name or alias")]
    EmptyAlias {
        /// The organization's canonical name.
        name: String,
    },
}

/// Reads a `YYYY-MM-DD` date, refusing days that do not exist.
///
/// ```
/// let d = casualty::parse_date("2012-07-06")?;
/// assert_eq!(d.to_string(), "2012-07-06");
/// assert!(casualty::parse_date("99999-01-01").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_date(input: &str) -> Result<chrono::NaiveDate, Error> {
    let bad = || Error::InvalidDate {
        input: input.chars().take(64).collect(),
    };
    let b = input.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = &input[r];
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d) = match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => (y, m, d),
        _ => return Err(bad()),
    };
    chrono::NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(parse_date("2016-02-29").is_ok());
        for bad in [
            "2015-02-29",
            "2012-7-6",
            "",
            "2012-07-06x",
            "abcd-ef-gh",
            "2012-13-01",
            "１２３４-01-01",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn auto_traits() {
        fn check<T: Send + Sync + std::panic::UnwindSafe + std::error::Error>() {}
        check::<Error>();
    }
}
