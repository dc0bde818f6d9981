//! Comparing claims across documents: figures read as intervals, echoes
//! merged into assertions, comparable assertions grouped, and each source's
//! toll followed over time.
//!
//! Counting reports is not counting deaths. The same monitor's figure echoed
//! by twenty outlets is one [`Assertion`], and a cumulative toll "since the
//! uprising began" is never set against "70 died Thursday". The layers are:
//!
//! 1. **Readings.** A figure keeps its wording; [`Interval::of`] derives the
//!    whole numbers its words allow, and [`acled`], [`ucdp`] and [`ibc`] derive
//!    the coders' conventions. Nothing here replaces the claim's figure.
//! 2. **Assertions.** [`Ledger::assertions`] merges echoes: the same source,
//!    figure, category, victims, scope and period carried by several
//!    documents becomes one assertion listing those documents.
//! 3. **Groups.** [`Ledger::groups`] puts comparable assertions together (same
//!    category, victims and scope, compatible period and dates) and a
//!    [`Group`] answers: what does each source say, how far apart are they,
//!    and do their intervals agree?
//! 4. **Timelines.** [`Ledger::timelines`] follows one source's toll over time
//!    and flags a cumulative toll that goes down.
//!
//! Figures have no ordering: "more than 16,700" against "in excess of 12,000"
//! is answered by [`Interval::compare`] with a typed [`Agreement`].
//!
//! ```
//! use casualty::{Agreement, Bound, Figure, Interval, Tolerance};
//!
//! let sohr = Interval::of(&Figure::new(16_700, Bound::MoreThan), Tolerance::default());
//! let amnesty = Interval::of(&Figure::new(12_000, Bound::MoreThan), Tolerance::default());
//! assert_eq!(sohr.to_string(), "(16700, ∞)");
//! assert_eq!(sohr.compare(&amnesty), Agreement::Within);
//! assert!(sohr.compare(&amnesty).is_consistent());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! This module reads claims only; it never scans text.

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::claim::{Bound, Category, Claim, Figure, Period, Scope, Source, Victims};

// ---------------------------------------------------------------------------
// Tolerance and intervals
// ---------------------------------------------------------------------------

/// How far an `approximately` figure ("about 200", "an estimated 1,500")
/// may stray from its number.
///
/// An approximate figure `v` reads as the closed interval `[v - m, v + m]`
/// with the margin `m = ceil(v × percent / 100)`, so every approximate figure
/// above zero allows at least one either way. Default: ±10 %, the usual
/// reading of "about" in casualty reporting: "about 200" is `[180, 220]`,
/// "some 5" is `[4, 6]`. [`Tolerance::NONE`] reads "about 200" as 200 exactly.
/// Percentages above 100 are capped at 100.
///
/// No other bound uses the tolerance: "at least", "more than", "up to" and
/// ranges state their ends, and vague plurals ("dozens") arrive from the
/// scanner as `at_least` figures.
///
/// ```
/// use casualty::{Bound, Figure, Interval, Tolerance};
///
/// let about = Figure::new(200, Bound::Approximately);
/// assert_eq!(Interval::of(&about, Tolerance::default()).to_string(), "[180, 220]");
/// assert_eq!(Interval::of(&about, Tolerance::percent(25)).to_string(), "[150, 250]");
/// assert_eq!(Interval::of(&about, Tolerance::NONE).to_string(), "[200, 200]");
/// assert_eq!(Tolerance::default().as_percent(), 10);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Tolerance {
    percent: u32,
}

impl Tolerance {
    /// No tolerance: an approximate figure reads as its number.
    ///
    /// ```
    /// assert_eq!(casualty::Tolerance::NONE.as_percent(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const NONE: Tolerance = Tolerance { percent: 0 };

    /// A tolerance of `percent` either way, capped at 100.
    ///
    /// ```
    /// assert_eq!(casualty::Tolerance::percent(15).as_percent(), 15);
    /// assert_eq!(casualty::Tolerance::percent(500).as_percent(), 100);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn percent(percent: u32) -> Tolerance {
        Tolerance {
            percent: percent.min(100),
        }
    }

    /// The tolerance in percent.
    ///
    /// ```
    /// assert_eq!(casualty::Tolerance::percent(5).as_percent(), 5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_percent(self) -> u32 {
        self.percent
    }

    /// The margin allowed either side of `value`: `ceil(value × percent / 100)`.
    ///
    /// ```
    /// let t = casualty::Tolerance::default();
    /// assert_eq!(t.margin(200), 20);
    /// assert_eq!(t.margin(5), 1);
    /// assert_eq!(t.margin(0), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn margin(self, value: u64) -> u64 {
        let scaled = u128::from(value) * u128::from(self.percent);
        let m = scaled / 100 + u128::from(scaled % 100 != 0);
        // percent <= 100, so m <= value and always fits.
        u64::try_from(m).unwrap_or(u64::MAX)
    }
}

impl Default for Tolerance {
    fn default() -> Tolerance {
        Tolerance { percent: 10 }
    }
}

/// One end of an [`Interval`].
///
/// ```
/// use casualty::End;
/// assert_ne!(End::Open(5), End::Closed(5));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum End {
    /// The number itself belongs to the interval.
    Closed(u64),
    /// The number itself is excluded: "more than 70" starts just above 70.
    Open(u64),
    /// No end: as a high end, ∞; as a low end, read as `Closed(0)`.
    Unbounded,
}

/// The set of whole numbers of people a figure's words allow.
///
/// | bound | interval |
/// | --- | --- |
/// | exact `v` | `[v, v]` |
/// | at_least `v` | `[v, ∞)` |
/// | more_than `v` | `(v, ∞)` |
/// | at_most `v` | `[0, v]` |
/// | less_than `v` | `[0, v)` |
/// | approximately `v` | `[v - m, v + m]`, `m` from the [`Tolerance`] |
/// | range `low`–`high` | `[low, high]` |
///
/// Intervals are compared with [`Interval::compare`]; there is deliberately
/// no `PartialOrd`. Equality is field by field, so `(70, ∞)` and `[71, ∞)`
/// are not `==` although they hold the same whole numbers; `compare` says
/// [`Agreement::Equal`] for them. A low end is never unbounded: counts start
/// at zero.
///
/// ```
/// use casualty::{Bound, End, Figure, Interval, Tolerance};
///
/// let i = Interval::of(&Figure::new(70, Bound::MoreThan), Tolerance::default());
/// assert_eq!((i.low(), i.high()), (End::Open(70), End::Unbounded));
/// assert!(!i.contains(70));
/// assert!(i.contains(71));
/// assert_eq!(i.least(), Some(71));
/// assert_eq!(i.greatest(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Interval {
    low: End,
    high: End,
}

impl Interval {
    /// An interval from its two ends. An unbounded low end becomes
    /// `Closed(0)`. An interval may be empty, as `[0, 0)` or `[9, 3]` are.
    ///
    /// ```
    /// use casualty::{End, Interval};
    /// let i = Interval::new(End::Unbounded, End::Closed(10));
    /// assert_eq!(i.low(), End::Closed(0));
    /// assert!(Interval::new(End::Closed(9), End::Closed(3)).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(low: End, high: End) -> Interval {
        let low = match low {
            End::Unbounded => End::Closed(0),
            end => end,
        };
        Interval { low, high }
    }

    /// The interval a figure's words allow (see the table on [`Interval`]).
    ///
    /// ```
    /// use casualty::{Bound, Figure, Interval, Tolerance};
    /// let t = Tolerance::default();
    /// let read = |f: Figure| Interval::of(&f, t).to_string();
    /// assert_eq!(read(Figure::new(70, Bound::Exact)), "[70, 70]");
    /// assert_eq!(read(Figure::new(70, Bound::AtLeast)), "[70, ∞)");
    /// assert_eq!(read(Figure::new(16_700, Bound::MoreThan)), "(16700, ∞)");
    /// assert_eq!(read(Figure::new(300, Bound::AtMost)), "[0, 300]");
    /// assert_eq!(read(Figure::new(160, Bound::LessThan)), "[0, 160)");
    /// assert_eq!(read(Figure::new(200, Bound::Approximately)), "[180, 220]");
    /// assert_eq!(read(Figure::range(50, 70)), "[50, 70]");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of(figure: &Figure, tolerance: Tolerance) -> Interval {
        let v = figure.value;
        match figure.bound {
            Bound::Exact => Interval::new(End::Closed(v), End::Closed(v)),
            Bound::AtLeast => Interval::new(End::Closed(v), End::Unbounded),
            Bound::MoreThan => Interval::new(End::Open(v), End::Unbounded),
            Bound::AtMost => Interval::new(End::Closed(0), End::Closed(v)),
            Bound::LessThan => Interval::new(End::Closed(0), End::Open(v)),
            Bound::Approximately => {
                let m = tolerance.margin(v);
                Interval::new(
                    End::Closed(v.saturating_sub(m)),
                    End::Closed(v.saturating_add(m)),
                )
            }
            Bound::Range => {
                let h = figure.high.unwrap_or(v);
                Interval::new(End::Closed(v.min(h)), End::Closed(v.max(h)))
            }
        }
    }

    /// The low end; never [`End::Unbounded`].
    ///
    /// ```
    /// use casualty::{Bound, End, Figure, Interval, Tolerance};
    /// let i = Interval::of(&Figure::new(9, Bound::AtMost), Tolerance::NONE);
    /// assert_eq!(i.low(), End::Closed(0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn low(&self) -> End {
        self.low
    }

    /// The high end; [`End::Unbounded`] for ∞.
    ///
    /// ```
    /// use casualty::{Bound, End, Figure, Interval, Tolerance};
    /// let i = Interval::of(&Figure::new(9, Bound::LessThan), Tolerance::NONE);
    /// assert_eq!(i.high(), End::Open(9));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn high(&self) -> End {
        self.high
    }

    /// The interval as whole numbers: the least member and the greatest
    /// (`None` for ∞), or `None` when empty.
    fn whole(&self) -> Option<(u64, Option<u64>)> {
        let lo = match self.low {
            End::Closed(v) => v,
            End::Open(v) => v.checked_add(1)?,
            End::Unbounded => 0,
        };
        let hi = match self.high {
            End::Closed(v) => Some(v),
            End::Open(v) => Some(v.checked_sub(1)?),
            End::Unbounded => None,
        };
        match hi {
            Some(h) if h < lo => None,
            _ => Some((lo, hi)),
        }
    }

    /// Whether no whole number is in the interval ("fewer than 0").
    ///
    /// ```
    /// use casualty::{Bound, Figure, Interval, Tolerance};
    /// assert!(Interval::of(&Figure::new(0, Bound::LessThan), Tolerance::NONE).is_empty());
    /// assert!(!Interval::of(&Figure::new(1, Bound::LessThan), Tolerance::NONE).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.whole().is_none()
    }

    /// Whether the interval has a finite high end.
    ///
    /// ```
    /// use casualty::{Bound, Figure, Interval, Tolerance};
    /// assert!(Interval::of(&Figure::new(9, Bound::AtMost), Tolerance::NONE).is_bounded());
    /// assert!(!Interval::of(&Figure::new(9, Bound::AtLeast), Tolerance::NONE).is_bounded());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_bounded(&self) -> bool {
        self.high != End::Unbounded
    }

    /// The least whole number in the interval; `None` when it is empty.
    ///
    /// ```
    /// use casualty::{Bound, Figure, Interval, Tolerance};
    /// let i = Interval::of(&Figure::new(12_000, Bound::MoreThan), Tolerance::NONE);
    /// assert_eq!(i.least(), Some(12_001));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn least(&self) -> Option<u64> {
        self.whole().map(|(lo, _)| lo)
    }

    /// The greatest whole number in the interval; `None` when it is empty
    /// or has no high end.
    ///
    /// ```
    /// use casualty::{Bound, Figure, Interval, Tolerance};
    /// let i = Interval::of(&Figure::new(160, Bound::LessThan), Tolerance::NONE);
    /// assert_eq!(i.greatest(), Some(159));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn greatest(&self) -> Option<u64> {
        self.whole().and_then(|(_, hi)| hi)
    }

    /// Whether `n` people is allowed by the interval.
    ///
    /// ```
    /// use casualty::{Figure, Interval, Tolerance};
    /// let i = Interval::of(&Figure::range(50, 70), Tolerance::NONE);
    /// assert!(i.contains(50) && i.contains(70) && !i.contains(71));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contains(&self, n: u64) -> bool {
        match self.whole() {
            Some((lo, hi)) => lo <= n && hi.map_or(true, |h| n <= h),
            None => false,
        }
    }

    /// How this interval stands to `other`, judged on the whole numbers
    /// each holds. An empty interval agrees with nothing: against anything
    /// it is [`Agreement::Conflicting`].
    ///
    /// ```
    /// use casualty::{Agreement, Bound, Figure, Interval, Tolerance};
    /// let t = Tolerance::default();
    /// let i = |f: Figure| Interval::of(&f, t);
    /// let seventy = i(Figure::new(70, Bound::Exact));
    /// assert_eq!(seventy.compare(&i(Figure::new(69, Bound::MoreThan))), Agreement::Within);
    /// assert_eq!(i(Figure::new(70, Bound::AtLeast)).compare(&seventy), Agreement::Contains);
    /// assert_eq!(seventy.compare(&i(Figure::new(70, Bound::LessThan))), Agreement::Conflicting);
    /// assert_eq!(i(Figure::range(50, 70)).compare(&i(Figure::range(60, 90))), Agreement::Overlapping);
    /// assert_eq!(i(Figure::new(69, Bound::MoreThan)).compare(&i(Figure::new(70, Bound::AtLeast))),
    ///            Agreement::Equal);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compare(&self, other: &Interval) -> Agreement {
        let (Some((a_lo, a_hi)), Some((b_lo, b_hi))) = (self.whole(), other.whole()) else {
            return Agreement::Conflicting;
        };
        // `None` is ∞ for high ends.
        let high_ge = |x: Option<u64>, y: Option<u64>| match (x, y) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(x), Some(y)) => x >= y,
        };
        if a_lo == b_lo && a_hi == b_hi {
            Agreement::Equal
        } else if a_hi.is_some_and(|h| h < b_lo) || b_hi.is_some_and(|h| h < a_lo) {
            Agreement::Conflicting
        } else if a_lo <= b_lo && high_ge(a_hi, b_hi) {
            Agreement::Contains
        } else if b_lo <= a_lo && high_ge(b_hi, a_hi) {
            Agreement::Within
        } else {
            Agreement::Overlapping
        }
    }

    /// The numbers both intervals allow; `None` when they share none.
    ///
    /// ```
    /// use casualty::{Bound, Figure, Interval, Tolerance};
    /// let t = Tolerance::default();
    /// let sohr = Interval::of(&Figure::new(16_700, Bound::MoreThan), t);
    /// let amnesty = Interval::of(&Figure::new(12_000, Bound::MoreThan), t);
    /// assert_eq!(sohr.intersection(&amnesty), Some(sohr));
    /// let few = Interval::of(&Figure::new(100, Bound::AtMost), t);
    /// assert_eq!(sohr.intersection(&few), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn intersection(&self, other: &Interval) -> Option<Interval> {
        if self.compare(other) == Agreement::Conflicting {
            return None;
        }
        // Whole-number keys: a low end's least member, a high end's
        // greatest (None for ∞).
        let low_key = |e: End| match e {
            End::Closed(v) => i128::from(v),
            End::Open(v) => i128::from(v) + 1,
            End::Unbounded => 0,
        };
        let high_key = |e: End| match e {
            End::Closed(v) => Some(i128::from(v)),
            End::Open(v) => Some(i128::from(v) - 1),
            End::Unbounded => None,
        };
        let low = if low_key(other.low) > low_key(self.low) {
            other.low
        } else {
            self.low
        };
        let high = match (high_key(self.high), high_key(other.high)) {
            (Some(a), Some(b)) if b < a => other.high,
            (None, Some(_)) => other.high,
            _ => self.high,
        };
        let out = Interval::new(low, high);
        (!out.is_empty()).then_some(out)
    }
}

impl fmt::Display for Interval {
    /// Mathematical notation: `[70, 70]`, `(16700, ∞)`, `[0, 160)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.low {
            End::Closed(v) => write!(f, "[{v}, ")?,
            End::Open(v) => write!(f, "({v}, ")?,
            End::Unbounded => f.write_str("[0, ")?,
        }
        match self.high {
            End::Closed(v) => write!(f, "{v}]"),
            End::Open(v) => write!(f, "{v})"),
            End::Unbounded => f.write_str("∞)"),
        }
    }
}

impl Serialize for Interval {
    /// `{"low": {"open": 16700}, "high": "unbounded", "text": "(16700, ∞)"}`
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Interval", 3)?;
        st.serialize_field("low", &self.low)?;
        st.serialize_field("high", &self.high)?;
        st.serialize_field("text", &self.to_string())?;
        st.end()
    }
}

/// How one interval stands to another: the typed outcome of
/// [`Interval::compare`].
///
/// ```
/// use casualty::Agreement;
/// assert!(Agreement::Overlapping.is_consistent());
/// assert!(!Agreement::Conflicting.is_consistent());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    /// Both allow exactly the same numbers.
    Equal,
    /// This one allows every number the other does, and more.
    Contains,
    /// The other allows every number this one does, and more.
    Within,
    /// They share some numbers; each allows numbers the other does not.
    Overlapping,
    /// They share no number: both cannot be true.
    Conflicting,
}

impl Agreement {
    /// Whether both figures can be true at once (every outcome but
    /// [`Agreement::Conflicting`]).
    ///
    /// ```
    /// assert!(casualty::Agreement::Within.is_consistent());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_consistent(self) -> bool {
        self != Agreement::Conflicting
    }
}

// ---------------------------------------------------------------------------
// Coders' conventions
// ---------------------------------------------------------------------------

/// Something that reports a figure as written: a [`Claim`] or an
/// [`Assertion`]. The reading functions [`acled`], [`ucdp`] and [`ibc`]
/// take either.
///
/// ```
/// use casualty::{Assertion, Claim, Reported};
/// fn wording<R: Reported>(r: &R) -> &str { r.wording() }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Reported {
    /// The figure, with its bound.
    ///
    /// ```
    /// use casualty::Reported;
    /// let c = &casualty::scan("At least 70 people died.")[0];
    /// assert_eq!(c.figure().value, 70);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn figure(&self) -> &Figure;
    /// The figure expression as written ("dozens", "more than 16,700").
    ///
    /// ```
    /// use casualty::Reported;
    /// let c = &casualty::scan("Dozens were hurt.")[0];
    /// assert_eq!(c.wording(), "Dozens");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn wording(&self) -> &str;
}

impl Reported for Claim {
    fn figure(&self) -> &Figure {
        &self.figure
    }
    fn wording(&self) -> &str {
        &self.text
    }
}

impl<T: Reported + ?Sized> Reported for &T {
    fn figure(&self) -> &Figure {
        (**self).figure()
    }
    fn wording(&self) -> &str {
        (**self).wording()
    }
}

/// ACLED's values for vague plurals, longest phrase first: ACLED codes
/// "tens" as 10, "dozens" as 12, "hundreds" as 100 "and so on", which is
/// read here as one of the unit for each plural of it.
const ACLED_VAGUE: [(&str, u64); 8] = [
    ("hundreds of thousands", 100_000),
    ("tens of thousands", 10_000),
    ("millions", 1_000_000),
    ("thousands", 1_000),
    ("hundreds", 100),
    ("scores", 20),
    ("dozens", 12),
    ("tens", 10),
];

/// Whether `phrase` stands in `hay` as whole words.
fn has_phrase(hay: &str, phrase: &str) -> bool {
    hay.match_indices(phrase).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The ACLED reading of one figure: the most conservative number it
/// states.
///
/// ACLED codes "the most conservative estimate available", and vague
/// plurals as 10 for "tens", 12 for "dozens", 100 for "hundreds" and so on
/// (here also 20 "scores", 1,000 "thousands", 10,000 "tens of thousands",
/// 100,000 "hundreds of thousands", 1,000,000 "millions"). So:
///
/// - a vague plural (an `at_least` figure written without digits) takes
///   that value, found in the wording: "dozens" is 12 although the claim's
///   figure says 24 ([`crate::Claim`]'s contract value);
/// - a range takes its low end;
/// - every other figure takes its number as written ("more than 16,700" is
///   16,700; "about 200" is 200; "up to 300" is 300, the only number a
///   coder is given).
///
/// Across several reports of one toll, ACLED takes the smallest of these:
/// [`Group::acled`].
///
/// ```
/// use casualty::{acled, Bound, Category, Claim, Figure, Scope, Span};
/// let claim = |figure: Figure, text: &str| Claim {
///     figure, category: Category::Killed, victims: None, source: None, date: None,
///     period: None, span: Span::new(0, text.len()), text: text.to_string(),
///     scope: Scope::Incident, recognizer: "doc",
/// };
/// assert_eq!(acled(&claim(Figure::new(24, Bound::AtLeast), "dozens")), 12);
/// assert_eq!(acled(&claim(Figure::new(200, Bound::AtLeast), "hundreds")), 100);
/// assert_eq!(acled(&claim(Figure::new(20_000, Bound::AtLeast), "tens of thousands")), 10_000);
/// assert_eq!(acled(&claim(Figure::range(50, 70), "between 50 and 70")), 50);
/// assert_eq!(acled(&claim(Figure::new(16_700, Bound::MoreThan), "more than 16,700")), 16_700);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn acled<R: Reported + ?Sized>(report: &R) -> u64 {
    let figure = report.figure();
    if figure.bound == Bound::AtLeast {
        let wording = report.wording();
        if !wording.bytes().any(|b| b.is_ascii_digit()) {
            let lower = wording.to_lowercase();
            for (phrase, value) in ACLED_VAGUE {
                if has_phrase(&lower, phrase) {
                    return value;
                }
            }
        }
    }
    match (figure.bound, figure.high) {
        (Bound::Range, Some(h)) => figure.value.min(h),
        _ => figure.value,
    }
}

/// The numbers a figure states: a range its two ends, any other figure its
/// one number, twice.
fn stated(figure: &Figure) -> (u64, u64) {
    match (figure.bound, figure.high) {
        (Bound::Range, Some(h)) => (figure.value.min(h), figure.value.max(h)),
        _ => (figure.value, figure.value),
    }
}

/// The figure's central number: a range's midpoint (rounded down), else its
/// number.
fn central(figure: &Figure) -> u64 {
    let (lo, hi) = stated(figure);
    lo + (hi - lo) / 2
}

/// UCDP's low, best and high estimates of one toll from several reports.
///
/// ```
/// let lbh = casualty::LowBestHigh { low: 12_000, best: 14_350, high: 16_700 };
/// assert!(lbh.low <= lbh.best && lbh.best <= lbh.high);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct LowBestHigh {
    /// The lowest number any report states.
    pub low: u64,
    /// The median of the reports' central numbers.
    pub best: u64,
    /// The highest number any report states.
    pub high: u64,
}

/// The UCDP reading of several reports of one toll: low, best and high.
///
/// UCDP keeps a low, a best and a high estimate, from the numbers reports
/// state rather than from what their qualifiers imply. Here every figure
/// states its number (a range: its two ends, with its midpoint as its
/// central number); `low` is the least stated number, `high` the greatest,
/// and `best` the median of the central numbers (the lower median for an
/// even count). UCDP's "most reliable source" judgement is the user's to
/// make: pass only the reports you trust. `None` for no reports.
///
/// ```
/// use casualty::{ucdp, Bound, Category, Claim, Figure, LowBestHigh, Scope, Span};
/// let claim = |figure: Figure| Claim {
///     figure, category: Category::Killed, victims: None, source: None, date: None,
///     period: None, span: Span::new(0, 0), text: String::new(),
///     scope: Scope::Incident, recognizer: "doc",
/// };
/// let reports = [
///     claim(Figure::new(40, Bound::AtLeast)),
///     claim(Figure::range(50, 70)),
///     claim(Figure::new(90, Bound::Approximately)),
/// ];
/// assert_eq!(ucdp(&reports), Some(LowBestHigh { low: 40, best: 60, high: 90 }));
/// assert_eq!(ucdp(&reports[..0]), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn ucdp<I>(reports: I) -> Option<LowBestHigh>
where
    I: IntoIterator,
    I::Item: Reported,
{
    let mut low = u64::MAX;
    let mut high = 0;
    let mut centrals = Vec::new();
    for r in reports {
        let (lo, hi) = stated(r.figure());
        low = low.min(lo);
        high = high.max(hi);
        centrals.push(central(r.figure()));
    }
    if centrals.is_empty() {
        return None;
    }
    centrals.sort_unstable();
    let best = centrals[(centrals.len() - 1) / 2];
    Some(LowBestHigh { low, best, high })
}

/// Iraq Body Count's minimum and maximum for one toll.
///
/// ```
/// let mm = casualty::MinMax { min: 50, max: 70 };
/// assert!(mm.min <= mm.max);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct MinMax {
    /// The lowest number any report states.
    pub min: u64,
    /// The highest number any report states.
    pub max: u64,
}

/// The Iraq Body Count reading of several reports of one toll: the least
/// and the greatest number they state (a range gives both its ends). IBC
/// records no best estimate; `min` and `max` equal [`ucdp`]'s `low` and
/// `high`. `None` for no reports.
///
/// ```
/// use casualty::{ibc, Bound, Category, Claim, Figure, MinMax, Scope, Span};
/// let claim = |figure: Figure| Claim {
///     figure, category: Category::Killed, victims: None, source: None, date: None,
///     period: None, span: Span::new(0, 0), text: String::new(),
///     scope: Scope::Incident, recognizer: "doc",
/// };
/// let reports = [claim(Figure::range(14, 18)), claim(Figure::new(15, Bound::Exact))];
/// assert_eq!(ibc(&reports), Some(MinMax { min: 14, max: 18 }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn ibc<I>(reports: I) -> Option<MinMax>
where
    I: IntoIterator,
    I::Item: Reported,
{
    ucdp(reports).map(|lbh| MinMax {
        min: lbh.low,
        max: lbh.high,
    })
}

// ---------------------------------------------------------------------------
// Documents, assertions and the ledger
// ---------------------------------------------------------------------------

fn ser_opt_date<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.format("%Y-%m-%d").to_string()),
        None => s.serialize_none(),
    }
}

/// A document claims came from: its id, outlet and publication date.
///
/// ```
/// use casualty::Document;
/// let doc = Document::new("friends-of-syria.txt")
///     .with_outlet("CNN")
///     .with_published(casualty::parse_date("2012-07-06")?);
/// assert_eq!(doc.outlet.as_deref(), Some("CNN"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Document {
    /// An id unique to the document: a path, a corpus record id.
    pub id: String,
    /// The outlet that published it, when known.
    pub outlet: Option<String>,
    /// When it was published, when known.
    #[serde(serialize_with = "ser_opt_date")]
    pub published: Option<NaiveDate>,
}

impl Document {
    /// A document with only an id.
    ///
    /// ```
    /// let doc = casualty::Document::new("a.txt");
    /// assert_eq!((doc.outlet, doc.published), (None, None));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            outlet: None,
            published: None,
        }
    }

    /// The same document with its outlet.
    ///
    /// ```
    /// let doc = casualty::Document::new("a.txt").with_outlet("Reuters");
    /// assert_eq!(doc.outlet.as_deref(), Some("Reuters"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_outlet(mut self, outlet: impl Into<String>) -> Document {
        self.outlet = Some(outlet.into());
        self
    }

    /// The same document with its publication date.
    ///
    /// ```
    /// let doc = casualty::Document::new("a.txt")
    ///     .with_published(casualty::parse_date("2012-07-06")?);
    /// assert_eq!(doc.published.map(|d| d.to_string()).as_deref(), Some("2012-07-06"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_published(mut self, published: NaiveDate) -> Document {
        self.published = Some(published);
        self
    }
}

/// The identity of a source name: lowercased, punctuation dropped, the
/// articles "the", "a" and "an" dropped, spaces collapsed. Two claims have
/// the same source when their keys are equal; an empty key is no source.
///
/// Keys are compared for equality only. The scorer's looser rule (one name
/// containing the other) is not used, because it is not transitive:
/// "Syrian Observatory" and "Syrian Observatory for Human Rights" stay two
/// sources.
///
/// ```
/// use casualty::source_key;
/// assert_eq!(source_key("the Syrian Observatory for Human Rights"),
///            source_key("Syrian Observatory for Human Rights"));
/// assert_eq!(source_key("Local Coordination Committees (LCC)"),
///            "local coordination committees lcc");
/// assert_eq!(source_key("U.N."), "u n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn source_key(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    cleaned
        .split_whitespace()
        .filter(|w| !matches!(*w, "the" | "a" | "an"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The key of an optional source; `None` for no source or an empty key.
fn key_of(source: Option<&Source>) -> Option<String> {
    source
        .map(|s| source_key(&s.name))
        .filter(|k| !k.is_empty())
}

/// The days a period resolves to, when it resolves; unresolved wording is
/// not part of an identity, because outlets word the same period apart.
fn resolved(period: Option<&Period>) -> Option<(Option<NaiveDate>, Option<NaiveDate>)> {
    period
        .filter(|p| p.start.is_some() || p.end.is_some())
        .map(|p| (p.start, p.end))
}

/// One figure asserted by one source, with every document that carried it.
///
/// Echoes are merged: claims with the same source (by [`source_key`]),
/// figure (value, high and bound), category, victims, scope and resolved
/// period are one assertion, and
///
/// - for a **cumulative** toll, whatever their dates: the same running
///   total from the same source is the same statement, however long
///   outlets keep repeating it;
/// - otherwise, when their dates lie within the ledger's window
///   ([`Ledger::window`]) of the assertion's first date: "70 killed" from
///   the same source a month later is another incident. Undated claims
///   merge only with undated claims.
///
/// Unresolved period wording ("in nearly 16 months of unrest") does not
/// split echoes. The wording, source and period kept are those of the
/// earliest carrier; `date` is the earliest date (the claim's date, else
/// its document's publication date). A document repeating the figure
/// (headline and body) is listed once.
///
/// ```
/// use casualty::{Bound, Category, Claim, Document, Figure, Ledger, Scope, Source, Span};
/// let sohr = Claim {
///     figure: Figure::new(16_700, Bound::MoreThan), category: Category::Killed,
///     victims: None, source: Some(Source::organization("Syrian Observatory for Human Rights")),
///     date: Some(casualty::parse_date("2012-07-04")?), period: None,
///     span: Span::new(0, 16), text: "more than 16,700".into(),
///     scope: Scope::Cumulative, recognizer: "doc",
/// };
/// let mut echo = sohr.clone();
/// echo.source = Some(Source::organization("the Syrian Observatory for Human Rights"));
/// let mut ledger = Ledger::new();
/// ledger.add(Document::new("cnn"), &[sohr]);
/// ledger.add(Document::new("bbc"), &[echo]);
/// let assertions = ledger.assertions();
/// assert_eq!(assertions.len(), 1);
/// assert_eq!(assertions[0].documents.len(), 2);
/// assert_eq!(assertions[0].interval.to_string(), "(16700, ∞)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assertion {
    /// Who asserts it; `None` when the writer states it in their own voice.
    pub source: Option<Source>,
    /// The figure, as written.
    pub figure: Figure,
    /// The figure expression as written by the earliest carrier.
    pub text: String,
    /// What happened to the people.
    pub category: Category,
    /// Who they were, when known.
    pub victims: Option<Victims>,
    /// Running total, single event, or unknown.
    pub scope: Scope,
    /// The earliest day it was asserted, when known.
    #[serde(serialize_with = "ser_opt_date")]
    pub date: Option<NaiveDate>,
    /// The time the figure covers, as the earliest carrier wrote it.
    pub period: Option<Period>,
    /// The figure read as an interval, with the ledger's tolerance.
    pub interval: Interval,
    /// Every document that carried it, each once, earliest first.
    pub documents: Vec<Document>,
}

impl Assertion {
    /// The source's name as written, if any.
    ///
    /// ```
    /// # use casualty::{Bound, Category, Claim, Document, Figure, Ledger, Scope, Source, Span};
    /// # let claim = Claim {
    /// #     figure: Figure::new(70, Bound::AtLeast), category: Category::Killed, victims: None,
    /// #     source: Some(Source::organization("Local Coordination Committees")), date: None,
    /// #     period: None, span: Span::new(0, 11), text: "at least 70".into(),
    /// #     scope: Scope::Incident, recognizer: "doc" };
    /// let mut ledger = Ledger::new();
    /// ledger.add(Document::new("a"), &[claim]);
    /// assert_eq!(ledger.assertions()[0].source_name(), Some("Local Coordination Committees"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn source_name(&self) -> Option<&str> {
        self.source.as_ref().map(|s| s.name.as_str())
    }

    /// The ACLED reading of the figure (see [`acled`]).
    ///
    /// ```
    /// # use casualty::{Bound, Category, Claim, Document, Figure, Ledger, Scope, Span};
    /// # let claim = Claim {
    /// #     figure: Figure::new(24, Bound::AtLeast), category: Category::Killed, victims: None,
    /// #     source: None, date: None, period: None, span: Span::new(0, 6),
    /// #     text: "dozens".into(), scope: Scope::Incident, recognizer: "doc" };
    /// let mut ledger = Ledger::new();
    /// ledger.add(Document::new("a"), &[claim]);
    /// assert_eq!(ledger.assertions()[0].acled(), 12);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn acled(&self) -> u64 {
        acled(self)
    }

    /// The latest publication date among the carrying documents.
    fn last_published(&self) -> Option<NaiveDate> {
        self.documents.iter().filter_map(|d| d.published).max()
    }

    fn key(&self) -> Option<String> {
        key_of(self.source.as_ref())
    }
}

impl Reported for Assertion {
    fn figure(&self) -> &Figure {
        &self.figure
    }
    fn wording(&self) -> &str {
        &self.text
    }
}

/// What makes two claims echoes of one assertion (besides their dates).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct EchoKey {
    source: Option<String>,
    figure: Figure,
    category: Category,
    victims: Option<Victims>,
    scope: Scope,
    period: Option<(Option<NaiveDate>, Option<NaiveDate>)>,
}

/// Claims from many documents, to merge, group and follow over time.
///
/// Add each document's claims with [`Ledger::add`]; then ask for
/// [`Ledger::assertions`] (echoes merged), [`Ledger::groups`] (comparable
/// assertions) or [`Ledger::timelines`] (each source's toll over time).
/// Each answer is computed afresh from everything added so far, in an
/// order that does not depend on the order documents were added.
///
/// ```
/// use casualty::{Bound, Category, Claim, Consensus, Document, Figure, Ledger, Scope, Source, Span};
/// # fn claim(source: &str, figure: Figure, text: &str, date: &str)
/// #     -> Result<Claim, casualty::Error> {
/// #     Ok(Claim { figure, category: Category::Killed, victims: None,
/// #         source: Some(Source::organization(source)), date: Some(casualty::parse_date(date)?),
/// #         period: None, span: Span::new(0, text.len()), text: text.into(),
/// #         scope: Scope::Cumulative, recognizer: "doc" })
/// # }
/// let mut ledger = Ledger::new();
/// ledger.add(Document::new("cnn-1"), &[
///     claim("Syrian Observatory for Human Rights", Figure::new(16_700, Bound::MoreThan),
///           "more than 16,700", "2012-07-04")?,
///     claim("Amnesty International", Figure::new(12_000, Bound::MoreThan),
///           "in excess of 12,000", "2012-07-06")?,
/// ]);
/// let groups = ledger.groups();
/// assert_eq!(groups.len(), 1);
/// assert_eq!(groups[0].sources().len(), 2);
/// assert!(matches!(groups[0].agreement(), Some(Consensus::Consistent { .. })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Ledger {
    documents: Vec<Document>,
    entries: Vec<(usize, Claim)>,
    window: u32,
    tolerance: Tolerance,
}

impl Ledger {
    /// The default window, in days: 7.
    ///
    /// ```
    /// assert_eq!(casualty::Ledger::DEFAULT_WINDOW, 7);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const DEFAULT_WINDOW: u32 = 7;

    /// An empty ledger with the default window and tolerance.
    ///
    /// ```
    /// let ledger = casualty::Ledger::new();
    /// assert!(ledger.groups().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new() -> Ledger {
        Ledger {
            documents: Vec::new(),
            entries: Vec::new(),
            window: Ledger::DEFAULT_WINDOW,
            tolerance: Tolerance::default(),
        }
    }

    /// The date window, in days, within which assertions are compared.
    ///
    /// Cumulative tolls whose dates lie within `days` of the earliest in a
    /// group are grouped together; later ones start a new group (the
    /// source's [`Timeline`] links them). Echoes of a non-cumulative figure
    /// merge only within `days` of its first date. `0` means the same day.
    ///
    /// Default: [`Ledger::DEFAULT_WINDOW`] (7 days).
    ///
    /// ```
    /// let mut ledger = casualty::Ledger::new();
    /// ledger.window(3).tolerance(casualty::Tolerance::percent(5));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn window(&mut self, days: u32) -> &mut Ledger {
        self.window = days;
        self
    }

    /// How approximate figures are read as intervals.
    ///
    /// Default: [`Tolerance::default`] (±10 %).
    ///
    /// ```
    /// let mut ledger = casualty::Ledger::new();
    /// ledger.tolerance(casualty::Tolerance::NONE);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tolerance(&mut self, tolerance: Tolerance) -> &mut Ledger {
        self.tolerance = tolerance;
        self
    }

    /// Adds one document's claims. A claim without a date takes the
    /// document's publication date.
    ///
    /// ```
    /// let mut ledger = casualty::Ledger::new();
    /// ledger.add(casualty::Document::new("empty.txt"), &[]);
    /// assert_eq!(ledger.documents().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(&mut self, document: Document, claims: &[Claim]) {
        let at = self.documents.len();
        self.documents.push(document);
        self.entries.extend(claims.iter().map(|c| (at, c.clone())));
    }

    /// Every document added, in the order added.
    ///
    /// ```
    /// let mut ledger = casualty::Ledger::new();
    /// ledger.add(casualty::Document::new("a"), &[]);
    /// assert_eq!(ledger.documents()[0].id, "a");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// Every assertion, echoes merged (see [`Assertion`] for the rule),
    /// earliest first; undated assertions last.
    ///
    /// ```
    /// # use casualty::{Bound, Category, Claim, Document, Figure, Ledger, Scope, Source, Span};
    /// # let claim = Claim {
    /// #     figure: Figure::new(70, Bound::AtLeast), category: Category::Killed, victims: None,
    /// #     source: Some(Source::organization("LCC")), date: Some(casualty::parse_date("2012-07-06")?),
    /// #     period: None, span: Span::new(0, 11), text: "at least 70".into(),
    /// #     scope: Scope::Incident, recognizer: "doc" };
    /// let mut ledger = Ledger::new();
    /// // The same figure twice in one document (headline and body), and
    /// // again in another outlet's story a day later.
    /// ledger.add(Document::new("cnn").with_published(casualty::parse_date("2012-07-06")?),
    ///            &[claim.clone(), claim.clone()]);
    /// ledger.add(Document::new("ap").with_published(casualty::parse_date("2012-07-07")?), &[claim]);
    /// let a = ledger.assertions();
    /// assert_eq!(a.len(), 1);
    /// let ids: Vec<_> = a[0].documents.iter().map(|d| d.id.as_str()).collect();
    /// assert_eq!(ids, ["cnn", "ap"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn assertions(&self) -> Vec<Assertion> {
        let date_of = |e: &(usize, Claim)| e.1.date.or(self.documents[e.0].published);
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        order.sort_by_key(|&i| {
            let e = &self.entries[i];
            let date = date_of(e);
            (
                date.is_none(),
                date,
                self.documents[e.0].published.is_none(),
                self.documents[e.0].published,
                self.documents[e.0].id.clone(),
                e.0,
                e.1.span.start,
            )
        });

        let mut out: Vec<Assertion> = Vec::new();
        let mut by_key: HashMap<EchoKey, Vec<usize>> = HashMap::new();
        for i in order {
            let entry = &self.entries[i];
            let (doc, claim) = (&self.documents[entry.0], &entry.1);
            let date = date_of(entry);
            let key = EchoKey {
                source: key_of(claim.source.as_ref()),
                figure: claim.figure,
                category: claim.category,
                victims: claim.victims,
                scope: claim.scope,
                period: resolved(claim.period.as_ref()),
            };
            let candidates = by_key.entry(key).or_default();
            let target = candidates.iter().rev().copied().find(|&a| {
                let first = out[a].date;
                match (first, date) {
                    _ if claim.scope == Scope::Cumulative => true,
                    (Some(f), Some(d)) => (d - f).num_days() <= i64::from(self.window),
                    (None, None) => true,
                    _ => false,
                }
            });
            match target {
                Some(a) => {
                    let docs = &mut out[a].documents;
                    if !docs.iter().any(|d| d.id == doc.id) {
                        docs.push(doc.clone());
                    }
                }
                None => {
                    candidates.push(out.len());
                    out.push(Assertion {
                        source: claim.source.clone(),
                        figure: claim.figure,
                        text: claim.text.clone(),
                        category: claim.category,
                        victims: claim.victims,
                        scope: claim.scope,
                        date,
                        period: claim.period.clone(),
                        interval: Interval::of(&claim.figure, self.tolerance),
                        documents: vec![doc.clone()],
                    });
                }
            }
        }
        out
    }

    /// Comparable assertions, grouped.
    ///
    /// Assertions share a group only when they have the same category,
    /// victims and scope, and:
    ///
    /// - **cumulative**: the same resolved period start (a toll "since
    ///   January" is not a toll "since March 2011"; tolls whose period does
    ///   not resolve are compared with each other), and dates within the
    ///   window of the group's earliest (see [`Ledger::window`]);
    /// - **incident** and **unknown** scope: the same resolved period
    ///   (start and end), or, without one, the same date;
    /// - undated assertions are each a group of their own: nothing says
    ///   which others they could be compared with.
    ///
    /// Cumulative, incident and unknown assertions never share a group.
    /// Unattributed assertions are kept in their group
    /// ([`Group::unattributed`]) but left out of the cross-source
    /// comparison. Groups come ordered by category, victims, scope
    /// (cumulative, incident, unknown) and date; assertions in a group by
    /// date, then source.
    ///
    /// ```
    /// # use casualty::{Bound, Category, Claim, Document, Figure, Ledger, Scope, Source, Span};
    /// # fn claim(source: &str, value: u64, date: &str, scope: Scope)
    /// #     -> Result<Claim, casualty::Error> {
    /// #     Ok(Claim { figure: Figure::new(value, Bound::Exact), category: Category::Killed,
    /// #         victims: None, source: Some(Source::organization(source)),
    /// #         date: Some(casualty::parse_date(date)?), period: None, span: Span::new(0, 2),
    /// #         text: value.to_string(), scope, recognizer: "doc" })
    /// # }
    /// let mut ledger = Ledger::new();
    /// ledger.add(Document::new("a"), &[
    ///     claim("Health Ministry", 120, "2016-03-01", Scope::Cumulative)?,
    ///     claim("Red Cross", 118, "2016-03-03", Scope::Cumulative)?,
    ///     claim("Red Cross", 40, "2016-03-03", Scope::Incident)?,
    ///     claim("Health Ministry", 160, "2016-03-20", Scope::Cumulative)?,
    /// ]);
    /// let groups = ledger.groups();
    /// let sizes: Vec<_> = groups.iter().map(|g| (g.scope, g.assertions.len())).collect();
    /// assert_eq!(sizes, [(Scope::Cumulative, 2), (Scope::Cumulative, 1), (Scope::Incident, 1)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn groups(&self) -> Vec<Group> {
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        enum When {
            Since(Option<NaiveDate>),
            Period(Option<NaiveDate>, Option<NaiveDate>),
            Day(NaiveDate),
            Alone(usize),
        }
        let assertions = self.assertions();
        let mut buckets: Vec<Vec<usize>> = Vec::new();
        type GroupKey = (Category, Option<Victims>, Scope, When);
        let mut index: HashMap<GroupKey, usize> = HashMap::new();
        for (i, a) in assertions.iter().enumerate() {
            let when = match (a.scope, a.date, resolved(a.period.as_ref())) {
                (_, None, _) => When::Alone(i),
                (Scope::Cumulative, Some(_), p) => When::Since(p.and_then(|(s, _)| s)),
                (_, Some(_), Some((s, e))) => When::Period(s, e),
                (_, Some(d), None) => When::Day(d),
            };
            let at = *index
                .entry((a.category, a.victims, a.scope, when))
                .or_insert_with(|| {
                    buckets.push(Vec::new());
                    buckets.len() - 1
                });
            buckets[at].push(i);
        }

        let mut groups = Vec::new();
        for bucket in buckets {
            // Assertions come date-sorted, so a bucket is too.
            let mut members: Vec<Vec<usize>> = Vec::new();
            if assertions[bucket[0]].scope == Scope::Cumulative {
                let mut start: Option<NaiveDate> = None;
                for i in bucket {
                    let d = assertions[i].date;
                    let fits = match (start, d) {
                        (Some(s), Some(d)) => (d - s).num_days() <= i64::from(self.window),
                        _ => false,
                    };
                    if fits {
                        if let Some(last) = members.last_mut() {
                            last.push(i);
                        }
                    } else {
                        start = d;
                        members.push(vec![i]);
                    }
                }
            } else {
                members.push(bucket);
            }
            for m in members {
                let mut list: Vec<Assertion> = m.iter().map(|&i| assertions[i].clone()).collect();
                list.sort_by(|x, y| {
                    (x.date.is_none(), x.date, x.key()).cmp(&(y.date.is_none(), y.date, y.key()))
                });
                let head = &list[0];
                groups.push(Group {
                    category: head.category,
                    victims: head.victims,
                    scope: head.scope,
                    period: list
                        .iter()
                        .find(|a| resolved(a.period.as_ref()).is_some())
                        .and_then(|a| a.period.clone()),
                    first: list.iter().filter_map(|a| a.date).min(),
                    last: list.iter().filter_map(|a| a.date).max(),
                    assertions: list,
                });
            }
        }
        // Incidents by when they happened (their period's start), tolls by
        // when they were given.
        groups.sort_by(|x, y| {
            let k = |g: &Group| {
                let when = match g.scope {
                    Scope::Cumulative => None,
                    _ => g.period.as_ref().and_then(|p| p.start),
                };
                let when = when.or(g.first);
                (
                    g.category,
                    g.victims,
                    scope_rank(g.scope),
                    when.is_none(),
                    when,
                    g.first,
                )
            };
            k(x).cmp(&k(y))
        });
        groups
    }

    /// Each source's toll over time: one [`Timeline`] per source,
    /// category, victims and scope (and, for cumulative tolls, resolved
    /// period start), holding its dated assertions in date order.
    ///
    /// Unattributed and undated assertions have no place on a timeline.
    /// Cumulative timelines flag each figure that is lower than an earlier
    /// one ([`Timeline::decreases`]). Timelines come ordered by source key,
    /// category, victims and scope.
    ///
    /// ```
    /// # use casualty::{Bound, Category, Claim, Decline, Document, Figure, Ledger, Scope, Source, Span};
    /// # fn claim(value: u64, bound: Bound, date: &str) -> Result<Claim, casualty::Error> {
    /// #     Ok(Claim { figure: Figure::new(value, bound), category: Category::Killed,
    /// #         victims: None, source: Some(Source::organization("Health Ministry")),
    /// #         date: Some(casualty::parse_date(date)?), period: None, span: Span::new(0, 2),
    /// #         text: value.to_string(), scope: Scope::Cumulative, recognizer: "doc" })
    /// # }
    /// let mut ledger = Ledger::new();
    /// ledger.add(Document::new("a"), &[claim(120, Bound::Exact, "2016-03-01")?]);
    /// ledger.add(Document::new("b"), &[claim(150, Bound::AtLeast, "2016-03-08")?]);
    /// ledger.add(Document::new("c"), &[claim(140, Bound::Exact, "2016-03-15")?]);
    /// let t = &ledger.timelines()[0];
    /// assert_eq!(t.points.len(), 3);
    /// assert_eq!(t.decreases.len(), 1);
    /// assert_eq!((t.decreases[0].from, t.decreases[0].to), (1, 2));
    /// assert_eq!(t.decreases[0].kind, Decline::Below);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn timelines(&self) -> Vec<Timeline> {
        type TollKey = (String, Category, Option<Victims>, Scope, Option<NaiveDate>);
        let mut index: HashMap<TollKey, usize> = HashMap::new();
        let mut keys: Vec<TollKey> = Vec::new();
        let mut lines: Vec<Vec<Assertion>> = Vec::new();
        for a in self.assertions() {
            let (Some(key), Some(_)) = (a.key(), a.date) else {
                continue;
            };
            let since = match a.scope {
                Scope::Cumulative => resolved(a.period.as_ref()).and_then(|(s, _)| s),
                _ => None,
            };
            let k = (key, a.category, a.victims, a.scope, since);
            let at = *index.entry(k.clone()).or_insert_with(|| {
                keys.push(k);
                lines.push(Vec::new());
                lines.len() - 1
            });
            lines[at].push(a);
        }
        let mut out: Vec<(TollKey, Timeline)> = keys
            .into_iter()
            .zip(lines)
            .map(|(k, mut points)| {
                // Stable: equal days keep the assertions' order.
                points.sort_by_key(|a| (a.date, a.last_published()));
                let decreases = if k.3 == Scope::Cumulative {
                    decreases(&points)
                } else {
                    Vec::new()
                };
                let head = &points[0];
                let t = Timeline {
                    source: head.source_name().unwrap_or_default().to_string(),
                    category: head.category,
                    victims: head.victims,
                    scope: head.scope,
                    points,
                    decreases,
                };
                (k, t)
            })
            .collect();
        out.sort_by(|(a, _), (b, _)| {
            (&a.0, a.1, a.2, scope_rank(a.3), a.4).cmp(&(&b.0, b.1, b.2, scope_rank(b.3), b.4))
        });
        out.into_iter().map(|(_, t)| t).collect()
    }
}

impl Default for Ledger {
    fn default() -> Ledger {
        Ledger::new()
    }
}

fn scope_rank(scope: Scope) -> u8 {
    match scope {
        Scope::Cumulative => 0,
        Scope::Incident => 1,
        Scope::Unknown => 2,
    }
}

/// The number a figure states as its floor, if it states one: its
/// zero-tolerance interval's least member. "Up to" and "fewer than" state
/// no floor.
fn floor(figure: &Figure) -> Option<u64> {
    match figure.bound {
        Bound::AtMost | Bound::LessThan => None,
        _ => Interval::of(figure, Tolerance::NONE).least(),
    }
}

/// Each point lower than an earlier one, measured against the earlier point
/// with the highest floor.
fn decreases(points: &[Assertion]) -> Vec<Decrease> {
    let mut out = Vec::new();
    let mut peak: Option<(usize, u64)> = None;
    for (i, p) in points.iter().enumerate() {
        if let Some((from, top)) = peak {
            let below = p
                .interval
                .greatest()
                .is_some_and(|g| points[from].interval.least().is_some_and(|l| g < l));
            let kind = if below {
                Some(Decline::Below)
            } else if floor(&p.figure).is_some_and(|f| f < top) {
                Some(Decline::LowerFloor)
            } else {
                None
            };
            if let Some(kind) = kind {
                out.push(Decrease { from, to: i, kind });
            }
        }
        if let Some(f) = floor(&p.figure) {
            if peak.map_or(true, |(_, top)| f > top) {
                peak = Some((i, f));
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------

/// Assertions that can be compared: one toll, from one or more sources.
///
/// See [`Ledger::groups`] for what makes assertions comparable. The
/// comparison ([`Group::sources`], [`Group::spread`], [`Group::agreement`],
/// [`Group::low_best_high`], [`Group::min_max`], [`Group::acled`]) is over
/// each attributed source's latest figure; unattributed figures are listed
/// by [`Group::unattributed`] and compared with nothing, because an
/// outlet's own-voice figure usually relays an unnamed source and would
/// count one report twice.
///
/// Serialized (for `compare --json`), a group carries its fields plus
/// `sources`, `spread`, `agreement`, `low_best_high`, `min_max` and `acled`.
///
/// ```
/// # use casualty::{Bound, Category, Claim, Document, Figure, Ledger, Scope, Source, Span};
/// # fn claim(source: &str, figure: Figure, date: &str) -> Result<Claim, casualty::Error> {
/// #     Ok(Claim { figure, category: Category::Killed,
/// #         victims: None, source: Some(Source::organization(source)),
/// #         date: Some(casualty::parse_date(date)?), period: None, span: Span::new(0, 2),
/// #         text: figure.to_string(), scope: Scope::Cumulative, recognizer: "doc" })
/// # }
/// let mut ledger = Ledger::new();
/// ledger.add(Document::new("a"), &[
///     claim("Health Ministry", Figure::new(120, Bound::Exact), "2016-03-01")?,
///     claim("Health Ministry", Figure::new(131, Bound::Exact), "2016-03-02")?,
///     claim("Red Cross", Figure::range(100, 140), "2016-03-02")?,
/// ]);
/// let g = &ledger.groups()[0];
/// let latest: Vec<_> = g.sources().iter().map(|a| a.figure.value).collect();
/// assert_eq!(latest, [131, 100]);
/// assert_eq!(g.spread().map(|s| (s.min, s.max)), Some((100, 140)));
/// let json = serde_json::to_string(g)?;
/// assert!(json.contains("\"agreement\":{\"outcome\":\"consistent\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// What happened to the people.
    pub category: Category,
    /// Who they were, when known.
    pub victims: Option<Victims>,
    /// The scope all its assertions share.
    pub scope: Scope,
    /// The resolved period the group is about, when one is known.
    pub period: Option<Period>,
    /// The earliest assertion date.
    pub first: Option<NaiveDate>,
    /// The latest assertion date.
    pub last: Option<NaiveDate>,
    /// Every assertion in the group, by date then source.
    pub assertions: Vec<Assertion>,
}

impl Group {
    /// Each attributed source's latest assertion, ordered by date, then
    /// source. "Latest" is by assertion date, then by the latest
    /// publication among its documents, then by the number of documents.
    ///
    /// ```
    /// let g = casualty::Ledger::new().groups();
    /// assert!(g.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn sources(&self) -> Vec<&Assertion> {
        let mut latest: Vec<(String, &Assertion)> = Vec::new();
        for a in &self.assertions {
            let Some(key) = a.key() else { continue };
            let rank = |x: &Assertion| (x.date, x.last_published(), x.documents.len());
            match latest.iter_mut().find(|(k, _)| *k == key) {
                Some(slot) => {
                    if rank(a) >= rank(slot.1) {
                        slot.1 = a;
                    }
                }
                None => latest.push((key, a)),
            }
        }
        latest.sort_by(|(ka, a), (kb, b)| (a.date, ka).cmp(&(b.date, kb)));
        latest.into_iter().map(|(_, a)| a).collect()
    }

    /// The assertions no source is named for.
    ///
    /// ```
    /// let g = casualty::Ledger::new().groups();
    /// assert!(g.iter().all(|g| g.unattributed().is_empty()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unattributed(&self) -> Vec<&Assertion> {
        self.assertions
            .iter()
            .filter(|a| a.key().is_none())
            .collect()
    }

    /// How far apart the sources' latest figures are: the least and the
    /// greatest number they state (see [`ibc`]), and `max / min`. `None`
    /// when no source is named.
    ///
    /// ```
    /// # use casualty::{Bound, Category, Claim, Document, Figure, Ledger, Scope, Source, Span};
    /// # fn claim(source: &str, value: u64) -> Claim {
    /// #     Claim { figure: Figure::new(value, Bound::MoreThan), category: Category::Killed,
    /// #         victims: None, source: Some(Source::organization(source)),
    /// #         date: casualty::parse_date("2012-07-04").ok(), period: None, span: Span::new(0, 2),
    /// #         text: value.to_string(), scope: Scope::Cumulative, recognizer: "doc" }
    /// # }
    /// let mut ledger = Ledger::new();
    /// ledger.add(Document::new("a"), &[claim("SOHR", 16_700), claim("Amnesty", 12_000)]);
    /// let s = ledger.groups()[0].spread().ok_or("no spread")?;
    /// assert_eq!((s.min, s.max, s.sources), (12_000, 16_700, 2));
    /// assert_eq!(s.ratio.map(|r| (r * 100.0).round() / 100.0), Some(1.39));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn spread(&self) -> Option<Spread> {
        let sources = self.sources();
        let mm = ibc(&sources)?;
        Some(Spread {
            min: mm.min,
            max: mm.max,
            ratio: (mm.min > 0).then(|| mm.max as f64 / mm.min as f64),
            sources: sources.len(),
        })
    }

    /// Whether the sources' latest figures can all be true at once.
    ///
    /// Their intervals are intersected: if some number lies in all of them
    /// they are [`Consensus::Consistent`] and the intersection is given;
    /// otherwise [`Consensus::Conflicting`] lists every pair of sources
    /// whose intervals share no number. (On a line, intervals that meet
    /// pairwise all meet, so the two outcomes are exact opposites.) `None`
    /// when no source is named.
    ///
    /// ```
    /// # use casualty::{Bound, Category, Claim, Document, Figure, Ledger, Scope, Source, Span};
    /// # fn claim(source: &str, figure: Figure) -> Claim {
    /// #     Claim { figure, category: Category::Killed,
    /// #         victims: None, source: Some(Source::organization(source)),
    /// #         date: casualty::parse_date("2016-03-01").ok(), period: None, span: Span::new(0, 2),
    /// #         text: figure.to_string(), scope: Scope::Incident, recognizer: "doc" }
    /// # }
    /// use casualty::Consensus;
    /// let mut ledger = Ledger::new();
    /// ledger.add(Document::new("a"), &[
    ///     claim("police", Figure::new(12, Bound::Exact)),
    ///     claim("hospital officials", Figure::new(20, Bound::AtLeast)),
    /// ]);
    /// match ledger.groups()[0].agreement() {
    ///     Some(Consensus::Conflicting { pairs }) => {
    ///         assert_eq!(pairs, [["hospital officials".to_string(), "police".to_string()]]);
    ///     }
    ///     other => return Err(format!("unexpected {other:?}").into()),
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn agreement(&self) -> Option<Consensus> {
        let sources = self.sources();
        let first = sources.first()?;
        if sources.len() == 1 {
            return Some(Consensus::Single {
                source: first.source_name().unwrap_or_default().to_string(),
                interval: first.interval,
            });
        }
        let common = sources
            .iter()
            .skip(1)
            .try_fold(first.interval, |acc, a| acc.intersection(&a.interval));
        if let Some(common) = common {
            return Some(Consensus::Consistent { common });
        }
        let mut pairs = Vec::new();
        for (i, a) in sources.iter().enumerate() {
            for b in &sources[i + 1..] {
                if a.interval.compare(&b.interval) == Agreement::Conflicting {
                    pairs.push([
                        a.source_name().unwrap_or_default().to_string(),
                        b.source_name().unwrap_or_default().to_string(),
                    ]);
                }
            }
        }
        Some(Consensus::Conflicting { pairs })
    }

    /// The UCDP low, best and high across the sources' latest figures
    /// (see [`ucdp`]); `None` when no source is named.
    ///
    /// ```
    /// assert!(casualty::Ledger::new().groups().iter().all(|g| g.low_best_high().is_none()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn low_best_high(&self) -> Option<LowBestHigh> {
        ucdp(self.sources())
    }

    /// The Iraq Body Count min and max across the sources' latest figures
    /// (see [`ibc`]); `None` when no source is named.
    ///
    /// ```
    /// assert!(casualty::Ledger::new().groups().iter().all(|g| g.min_max().is_none()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn min_max(&self) -> Option<MinMax> {
        ibc(self.sources())
    }

    /// The ACLED reading: the most conservative of the sources' latest
    /// figures, each read by [`acled`]; `None` when no source is named.
    ///
    /// ```
    /// assert!(casualty::Ledger::new().groups().iter().all(|g| g.acled().is_none()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn acled(&self) -> Option<u64> {
        self.sources().into_iter().map(acled).min()
    }
}

impl Serialize for Group {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            category: Category,
            victims: Option<Victims>,
            scope: Scope,
            period: &'a Option<Period>,
            #[serde(serialize_with = "ser_opt_date")]
            first: Option<NaiveDate>,
            #[serde(serialize_with = "ser_opt_date")]
            last: Option<NaiveDate>,
            sources: Vec<&'a Assertion>,
            spread: Option<Spread>,
            agreement: Option<Consensus>,
            low_best_high: Option<LowBestHigh>,
            min_max: Option<MinMax>,
            acled: Option<u64>,
            assertions: &'a [Assertion],
        }
        Out {
            category: self.category,
            victims: self.victims,
            scope: self.scope,
            period: &self.period,
            first: self.first,
            last: self.last,
            sources: self.sources(),
            spread: self.spread(),
            agreement: self.agreement(),
            low_best_high: self.low_best_high(),
            min_max: self.min_max(),
            acled: self.acled(),
            assertions: &self.assertions,
        }
        .serialize(s)
    }
}

/// How far apart the sources of a group are.
///
/// ```
/// let s = casualty::Spread { min: 12_000, max: 16_700, ratio: Some(16_700.0 / 12_000.0), sources: 2 };
/// assert!(s.ratio.unwrap_or(0.0) > 1.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Spread {
    /// The least number any source states.
    pub min: u64,
    /// The greatest number any source states.
    pub max: u64,
    /// `max / min`; `None` when `min` is 0.
    pub ratio: Option<f64>,
    /// How many sources were compared.
    pub sources: usize,
}

/// Whether a group's sources can all be right: the outcome of
/// [`Group::agreement`].
///
/// ```
/// use casualty::{Bound, Consensus, Figure, Interval, Tolerance};
/// let common = Interval::of(&Figure::new(16_700, Bound::MoreThan), Tolerance::default());
/// let c = Consensus::Consistent { common };
/// assert!(c.is_consistent());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Consensus {
    /// Only one source is named: nothing to compare.
    Single {
        /// The source.
        source: String,
        /// Its figure's interval.
        interval: Interval,
    },
    /// Some number of people lies in every source's interval.
    Consistent {
        /// The numbers every source allows.
        common: Interval,
    },
    /// No number satisfies every source.
    Conflicting {
        /// Each pair of sources whose intervals share no number.
        pairs: Vec<[String; 2]>,
    },
}

impl Consensus {
    /// Whether all sources can be right at once (`Single` counts as yes).
    ///
    /// ```
    /// assert!(!casualty::Consensus::Conflicting { pairs: Vec::new() }.is_consistent());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_consistent(&self) -> bool {
        !matches!(self, Consensus::Conflicting { .. })
    }
}

// ---------------------------------------------------------------------------
// Timelines
// ---------------------------------------------------------------------------

/// One source's figures for one toll, in date order.
///
/// ```
/// let timelines = casualty::Ledger::new().timelines();
/// assert!(timelines.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// The source, as its earliest assertion names it.
    pub source: String,
    /// What happened to the people.
    pub category: Category,
    /// Who they were, when known.
    pub victims: Option<Victims>,
    /// The scope of every point.
    pub scope: Scope,
    /// The source's dated assertions, earliest first.
    pub points: Vec<Assertion>,
    /// For a cumulative toll, each point lower than an earlier one; empty
    /// for other scopes, whose figures need not grow.
    pub decreases: Vec<Decrease>,
}

/// A cumulative toll that went down: `points[to]` is lower than
/// `points[from]`, the earlier point with the highest floor.
///
/// ```
/// let d = casualty::Decrease { from: 0, to: 2, kind: casualty::Decline::LowerFloor };
/// assert!(d.from < d.to);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Decrease {
    /// Index of the earlier, higher point in [`Timeline::points`].
    pub from: usize,
    /// Index of the later, lower point.
    pub to: usize,
    /// How sure the decrease is.
    pub kind: Decline,
}

/// How a later figure in a cumulative toll is lower than an earlier one.
///
/// ```
/// assert_ne!(casualty::Decline::Below, casualty::Decline::LowerFloor);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Decline {
    /// The later interval lies wholly below the earlier: 120, then 110;
    /// "at least 150", then "up to 140". The toll went down.
    Below,
    /// The later figure states a lower floor, though the intervals still
    /// meet: "more than 16,700", then "more than 16,500"; 100, then "about
    /// 95". Figures with no floor ("up to", "fewer than") never count.
    LowerFloor,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Span;

    fn day(s: &str) -> NaiveDate {
        crate::parse_date(s).expect("test date")
    }

    /// A claim as the scanner would give it for a sentence we wrote.
    struct C {
        source: Option<&'static str>,
        figure: Figure,
        text: &'static str,
        category: Category,
        victims: Option<Victims>,
        date: Option<&'static str>,
        period: Option<(&'static str, Option<&'static str>, Option<&'static str>)>,
        scope: Scope,
    }

    impl C {
        fn new(source: Option<&'static str>, figure: Figure, text: &'static str) -> C {
            C {
                source,
                figure,
                text,
                category: Category::Killed,
                victims: None,
                date: None,
                period: None,
                scope: Scope::Cumulative,
            }
        }
        fn on(mut self, date: &'static str) -> C {
            self.date = Some(date);
            self
        }
        fn scope(mut self, scope: Scope) -> C {
            self.scope = scope;
            self
        }
        fn victims(mut self, v: Victims) -> C {
            self.victims = Some(v);
            self
        }
        fn category(mut self, c: Category) -> C {
            self.category = c;
            self
        }
        fn period(mut self, text: &'static str, start: &'static str, end: &'static str) -> C {
            self.period = Some((text, Some(start), Some(end)));
            self
        }
        fn unresolved(mut self, text: &'static str) -> C {
            self.period = Some((text, None, None));
            self
        }
        fn build(self) -> Claim {
            Claim {
                figure: self.figure,
                category: self.category,
                victims: self.victims,
                source: self.source.map(Source::organization),
                date: self.date.map(day),
                period: self.period.map(|(t, s, e)| Period {
                    text: t.to_string(),
                    start: s.map(day),
                    end: e.map(day),
                }),
                span: Span::new(0, self.text.len()),
                text: self.text.to_string(),
                scope: self.scope,
                recognizer: "test",
            }
        }
    }

    fn f(value: u64, bound: Bound) -> Figure {
        Figure::new(value, bound)
    }

    // --- 100s: intervals -------------------------------------------------

    #[test]
    fn interval_table() {
        let t = Tolerance::default();
        type Row<'a> = (u32, Figure, &'a str, Option<u64>, Option<u64>);
        let table: &[Row] = &[
            (101, f(70, Bound::Exact), "[70, 70]", Some(70), Some(70)),
            (102, f(70, Bound::AtLeast), "[70, ∞)", Some(70), None),
            (
                103,
                f(16_700, Bound::MoreThan),
                "(16700, ∞)",
                Some(16_701),
                None,
            ),
            (104, f(300, Bound::AtMost), "[0, 300]", Some(0), Some(300)),
            (105, f(160, Bound::LessThan), "[0, 160)", Some(0), Some(159)),
            (
                106,
                f(200, Bound::Approximately),
                "[180, 220]",
                Some(180),
                Some(220),
            ),
            (
                107,
                f(12, Bound::Approximately),
                "[10, 14]",
                Some(10),
                Some(14),
            ),
            (108, f(5, Bound::Approximately), "[4, 6]", Some(4), Some(6)),
            (109, f(0, Bound::Approximately), "[0, 0]", Some(0), Some(0)),
            (110, Figure::range(50, 70), "[50, 70]", Some(50), Some(70)),
            (111, Figure::range(70, 50), "[50, 70]", Some(50), Some(70)),
            (120, f(0, Bound::LessThan), "[0, 0)", None, None),
            (
                121,
                f(u64::MAX, Bound::MoreThan),
                "(18446744073709551615, ∞)",
                None,
                None,
            ),
            (
                122,
                f(u64::MAX, Bound::Approximately),
                "[16602069666338596453, 18446744073709551615]",
                Some(16_602_069_666_338_596_453),
                Some(u64::MAX),
            ),
            // A malformed range (no high) reads as its one number.
            (
                130,
                Figure {
                    value: 9,
                    high: None,
                    bound: Bound::Range,
                },
                "[9, 9]",
                Some(9),
                Some(9),
            ),
            // A stray high on a non-range figure is ignored.
            (
                131,
                Figure {
                    value: 9,
                    high: Some(20),
                    bound: Bound::AtLeast,
                },
                "[9, ∞)",
                Some(9),
                None,
            ),
        ];
        let mut failures = Vec::new();
        for &(n, fig, text, least, greatest) in table {
            let i = Interval::of(&fig, t);
            let got = (i.to_string(), i.least(), i.greatest());
            if got != (text.to_string(), least, greatest) {
                failures.push(format!(
                    "{n}: {fig:?} read as {got:?}, want {text} {least:?} {greatest:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn tolerance_margin() {
        assert_eq!(Tolerance::percent(10).margin(1), 1);
        assert_eq!(Tolerance::percent(10).margin(10), 1);
        assert_eq!(Tolerance::percent(10).margin(11), 2);
        assert_eq!(Tolerance::percent(100).margin(u64::MAX), u64::MAX);
        assert_eq!(Tolerance::NONE.margin(u64::MAX), 0);
        let about = f(100, Bound::Approximately);
        assert_eq!(
            Interval::of(&about, Tolerance::percent(100)).to_string(),
            "[0, 200]"
        );
    }

    #[test]
    fn compare_table() {
        use Agreement::*;
        let t = Tolerance::default();
        let i = |fig: Figure| Interval::of(&fig, t);
        let table: &[(u32, Figure, Figure, Agreement)] = &[
            (201, f(70, Bound::Exact), f(70, Bound::Exact), Equal),
            (202, f(69, Bound::MoreThan), f(70, Bound::AtLeast), Equal),
            (203, f(300, Bound::AtMost), f(301, Bound::LessThan), Equal),
            (
                210,
                f(16_700, Bound::MoreThan),
                f(12_000, Bound::MoreThan),
                Within,
            ),
            (
                211,
                f(12_000, Bound::MoreThan),
                f(16_700, Bound::MoreThan),
                Contains,
            ),
            (212, f(70, Bound::AtLeast), f(70, Bound::Exact), Contains),
            (
                213,
                f(200, Bound::Approximately),
                f(210, Bound::Exact),
                Contains,
            ),
            (
                220,
                Figure::range(50, 70),
                Figure::range(60, 90),
                Overlapping,
            ),
            (
                221,
                f(100, Bound::AtMost),
                f(90, Bound::AtLeast),
                Overlapping,
            ),
            (230, f(12, Bound::Exact), f(20, Bound::AtLeast), Conflicting),
            (
                231,
                f(70, Bound::Exact),
                f(70, Bound::LessThan),
                Conflicting,
            ),
            (
                232,
                f(70, Bound::Exact),
                f(70, Bound::MoreThan),
                Conflicting,
            ),
            (
                233,
                f(200, Bound::Approximately),
                f(250, Bound::Exact),
                Conflicting,
            ),
            (
                240,
                f(0, Bound::LessThan),
                f(0, Bound::LessThan),
                Conflicting,
            ),
            (241, f(0, Bound::LessThan), f(5, Bound::AtMost), Conflicting),
        ];
        let mut failures = Vec::new();
        for &(n, a, b, want) in table {
            let got = i(a).compare(&i(b));
            if got != want {
                failures.push(format!("{n}: {a} vs {b}: {got:?}, want {want:?}"));
            }
            // The outcome mirrors when the arguments swap.
            let mirror = match want {
                Contains => Within,
                Within => Contains,
                other => other,
            };
            let back = i(b).compare(&i(a));
            if back != mirror {
                failures.push(format!("{n}: {b} vs {a}: {back:?}, want {mirror:?}"));
            }
            // Intersection exists exactly when consistent.
            if i(a).intersection(&i(b)).is_some() != want.is_consistent() {
                failures.push(format!("{n}: intersection disagrees with {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn intersection_keeps_the_tighter_ends() {
        let t = Tolerance::default();
        let a = Interval::of(&f(12_000, Bound::MoreThan), t);
        let b = Interval::of(&f(16_700, Bound::AtLeast), t);
        let c = Interval::of(&f(17_000, Bound::AtMost), t);
        let ab = a.intersection(&b).expect("meet");
        assert_eq!(ab.to_string(), "[16700, ∞)");
        assert_eq!(
            ab.intersection(&c).map(|x| x.to_string()).as_deref(),
            Some("[16700, 17000]")
        );
        // Open against closed at the same number: the open end is tighter.
        let d = Interval::new(End::Open(5), End::Unbounded);
        let e = Interval::new(End::Closed(5), End::Open(9));
        assert_eq!(
            d.intersection(&e).map(|x| x.to_string()).as_deref(),
            Some("(5, 9)")
        );
    }

    // --- 300s: readings --------------------------------------------------

    #[test]
    fn acled_table() {
        let table: &[(u32, Figure, &str, u64)] = &[
            (301, f(24, Bound::AtLeast), "dozens", 12),
            (302, f(24, Bound::AtLeast), "Dozens", 12),
            (303, f(200, Bound::AtLeast), "hundreds", 100),
            (304, f(2_000, Bound::AtLeast), "thousands", 1_000),
            (305, f(20_000, Bound::AtLeast), "tens of thousands", 10_000),
            (
                306,
                f(200_000, Bound::AtLeast),
                "hundreds of thousands",
                100_000,
            ),
            (307, f(2_000_000, Bound::AtLeast), "millions", 1_000_000),
            (308, f(40, Bound::AtLeast), "scores", 20),
            (309, f(3, Bound::AtLeast), "several", 3),
            (310, f(3, Bound::AtLeast), "a few", 3),
            (311, f(70, Bound::AtLeast), "at least 70", 70),
            (312, f(16_700, Bound::MoreThan), "more than 16,700", 16_700),
            (313, Figure::range(50, 70), "between 50 and 70", 50),
            (314, f(200, Bound::Approximately), "about 200", 200),
            (315, f(300, Bound::AtMost), "up to 300", 300),
            (316, f(12, Bound::Approximately), "a dozen", 12),
            // Digits win over a plural word beside them.
            (
                320,
                f(3_000, Bound::AtLeast),
                "at least 3,000 (thousands)",
                3_000,
            ),
            // Only whole words: "hundredsfold" is no plural.
            (321, f(7, Bound::AtLeast), "hundredsfold", 7),
        ];
        let mut failures = Vec::new();
        for &(n, fig, text, want) in table {
            let claim = C::new(None, fig, text).build();
            let got = acled(&claim);
            if got != want {
                failures.push(format!("{n}: {text:?} read {got}, want {want}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn ucdp_and_ibc() {
        let claims: Vec<Claim> = [
            f(40, Bound::AtLeast),
            Figure::range(50, 70),
            f(90, Bound::Approximately),
            f(55, Bound::Exact),
        ]
        .into_iter()
        .map(|fig| C::new(None, fig, "x").build())
        .collect();
        // Centrals 40, 60, 90, 55: sorted 40 55 60 90, lower median 55.
        assert_eq!(
            ucdp(&claims),
            Some(LowBestHigh {
                low: 40,
                best: 55,
                high: 90
            })
        );
        assert_eq!(ibc(&claims), Some(MinMax { min: 40, max: 90 }));
        assert_eq!(ucdp(Vec::<&Claim>::new()), None);
        let huge = [C::new(None, Figure::range(u64::MAX - 1, u64::MAX), "x").build()];
        assert_eq!(ucdp(&huge).map(|l| l.best), Some(u64::MAX - 1));
    }

    // --- 400s: echoes ----------------------------------------------------

    const SOHR: &str = "Syrian Observatory for Human Rights";

    #[test]
    fn echoes_merge_across_outlets_and_spellings() {
        // "One opposition group, the Syrian Observatory for Human Rights,
        // said Wednesday that more than 16,700 have been killed", carried by
        // three outlets, one of them twice (headline and body).
        let claim = |name: &'static str| {
            C::new(Some(name), f(16_700, Bound::MoreThan), "more than 16,700")
                .on("2012-07-04")
                .unresolved("in nearly 16 months of unrest")
                .build()
        };
        let mut ledger = Ledger::new();
        ledger.add(
            Document::new("cnn")
                .with_outlet("CNN")
                .with_published(day("2012-07-06")),
            &[claim(SOHR), claim(SOHR)],
        );
        ledger.add(
            Document::new("bbc").with_published(day("2012-07-05")),
            &[claim("the Syrian Observatory for Human Rights")],
        );
        ledger.add(
            Document::new("afp").with_published(day("2012-07-20")),
            &[claim("SYRIAN OBSERVATORY FOR HUMAN RIGHTS.")],
        );
        let a = ledger.assertions();
        assert_eq!(a.len(), 1, "{a:#?}");
        let ids: Vec<_> = a[0].documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["bbc", "cnn", "afp"]);
        assert_eq!(a[0].date, Some(day("2012-07-04")));
    }

    #[test]
    fn what_splits_echoes() {
        let base = || {
            C::new(Some("police"), f(12, Bound::Exact), "12")
                .on("2016-03-01")
                .scope(Scope::Incident)
        };
        let claims = [
            base().build(),
            // 401: another bound is another assertion.
            C::new(Some("police"), f(12, Bound::AtLeast), "at least 12")
                .on("2016-03-01")
                .scope(Scope::Incident)
                .build(),
            // 402: another category.
            base().category(Category::Injured).build(),
            // 403: other victims.
            base().victims(Victims::Children).build(),
            // 404: another scope.
            base().scope(Scope::Unknown).build(),
            // 405: another resolved period.
            base()
                .period("on Monday", "2016-02-29", "2016-02-29")
                .build(),
            // 406: another source.
            C::new(Some("fire department"), f(12, Bound::Exact), "12")
                .on("2016-03-01")
                .scope(Scope::Incident)
                .build(),
            // 407: the same words from no source.
            C::new(None, f(12, Bound::Exact), "12")
                .on("2016-03-01")
                .scope(Scope::Incident)
                .build(),
            // 408: an incident a month later.
            base().on("2016-04-01").build(),
            // Echo within the window: merges with the first.
            base().on("2016-03-05").build(),
        ];
        let mut ledger = Ledger::new();
        for (n, c) in claims.iter().enumerate() {
            ledger.add(Document::new(format!("d{n}")), std::slice::from_ref(c));
        }
        let a = ledger.assertions();
        assert_eq!(a.len(), 9, "{a:#?}");
        assert_eq!(a[0].documents.len(), 2);
        // A window of zero days keeps the March 5 echo apart.
        ledger.window(0);
        assert_eq!(ledger.assertions().len(), 10);
    }

    #[test]
    fn cumulative_echoes_merge_whatever_the_date() {
        let claim = |d| {
            C::new(
                Some("Amnesty International"),
                f(12_000, Bound::MoreThan),
                "in excess of 12,000",
            )
            .on(d)
            .build()
        };
        let mut ledger = Ledger::new();
        ledger.add(Document::new("a"), &[claim("2012-07-06")]);
        ledger.add(Document::new("b"), &[claim("2012-09-30")]);
        assert_eq!(ledger.assertions().len(), 1);
    }

    #[test]
    fn undated_claims_take_the_publication_date() {
        let claim = C::new(Some("police"), f(3, Bound::Exact), "three")
            .scope(Scope::Incident)
            .build();
        let mut ledger = Ledger::new();
        ledger.add(
            Document::new("a").with_published(day("2016-01-10")),
            std::slice::from_ref(&claim),
        );
        ledger.add(Document::new("b"), &[claim]);
        let a = ledger.assertions();
        assert_eq!(
            a.len(),
            2,
            "an undated claim is not merged with a dated one"
        );
        assert_eq!(a[0].date, Some(day("2016-01-10")));
        assert_eq!(a[1].date, None);
    }

    #[test]
    fn assertions_do_not_depend_on_order_added() {
        let claims = [
            C::new(Some(SOHR), f(16_700, Bound::MoreThan), "more than 16,700")
                .on("2012-07-04")
                .build(),
            C::new(
                Some("Amnesty International"),
                f(12_000, Bound::MoreThan),
                "in excess of 12,000",
            )
            .on("2012-07-06")
            .build(),
            C::new(Some("LCC"), f(70, Bound::AtLeast), "at least 70")
                .on("2012-07-06")
                .scope(Scope::Incident)
                .build(),
        ];
        let mut forward = Ledger::new();
        let mut backward = Ledger::new();
        for (n, c) in claims.iter().enumerate() {
            forward.add(Document::new(format!("d{n}")), std::slice::from_ref(c));
        }
        for (n, c) in claims.iter().enumerate().rev() {
            backward.add(Document::new(format!("d{n}")), std::slice::from_ref(c));
        }
        assert_eq!(forward.assertions(), backward.assertions());
        assert_eq!(forward.groups(), backward.groups());
        assert_eq!(forward.timelines(), backward.timelines());
    }

    // --- 500s: groups ----------------------------------------------------

    /// The seed article's claims, written by hand (the scanner's job).
    fn friends_of_syria() -> Vec<Claim> {
        vec![
            C::new(
                Some("Amnesty International"),
                f(12_000, Bound::MoreThan),
                "in excess of 12,000",
            )
            .on("2012-07-06")
            .unresolved("during more than 16 months of protest and unrest")
            .build(),
            C::new(Some(SOHR), f(16_700, Bound::MoreThan), "more than 16,700")
                .on("2012-07-04")
                .unresolved("in nearly 16 months of unrest")
                .build(),
            C::new(Some(SOHR), f(11_000, Bound::MoreThan), "More than 11,000")
                .on("2012-07-04")
                .victims(Victims::Civilians)
                .build(),
            C::new(
                Some("Local Coordination Committees of Syria"),
                f(70, Bound::AtLeast),
                "At least 70",
            )
            .on("2012-07-06")
            .period("Thursday", "2012-07-05", "2012-07-05")
            .scope(Scope::Incident)
            .build(),
            C::new(None, f(7, Bound::Exact), "seven")
                .on("2012-07-06")
                .period("last month", "2012-06-01", "2012-06-30")
                .scope(Scope::Incident)
                .build(),
        ]
    }

    #[test]
    fn seed_groups_by_hand() {
        let mut ledger = Ledger::new();
        ledger.add(
            Document::new("friends-of-syria.txt")
                .with_outlet("CNN")
                .with_published(day("2012-07-06")),
            &friends_of_syria(),
        );
        let groups = ledger.groups();
        let shape: Vec<_> = groups
            .iter()
            .map(|g| {
                (
                    g.victims,
                    g.scope,
                    g.assertions
                        .iter()
                        .map(|a| a.figure.value)
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            [
                (None, Scope::Cumulative, vec![16_700, 12_000]),
                (None, Scope::Incident, vec![7]),
                (None, Scope::Incident, vec![70]),
                (Some(Victims::Civilians), Scope::Cumulative, vec![11_000]),
            ]
        );
        let toll = &groups[0];
        assert_eq!(
            (toll.first, toll.last),
            (Some(day("2012-07-04")), Some(day("2012-07-06")))
        );
        let names: Vec<_> = toll
            .sources()
            .iter()
            .filter_map(|a| a.source_name())
            .collect();
        assert_eq!(names, [SOHR, "Amnesty International"]);
        let common = Interval::of(&f(16_700, Bound::MoreThan), Tolerance::default());
        assert_eq!(toll.agreement(), Some(Consensus::Consistent { common }));
        let spread = toll.spread().expect("two sources");
        assert_eq!(
            (spread.min, spread.max, spread.sources),
            (12_000, 16_700, 2)
        );
        assert_eq!(
            toll.low_best_high(),
            Some(LowBestHigh {
                low: 12_000,
                best: 12_000,
                high: 16_700
            })
        );
        assert_eq!(toll.acled(), Some(12_000));
        // The unattributed "seven" is in a group but compared with nothing.
        let seven = &groups[1];
        assert_eq!(seven.unattributed().len(), 1);
        assert_eq!(
            (seven.sources().len(), seven.agreement(), seven.spread()),
            (0, None, None)
        );
        assert!(matches!(
            groups[2].agreement(),
            Some(Consensus::Single { .. })
        ));
    }

    #[test]
    fn cumulative_groups_split_by_window_and_start() {
        let claim = |src: &'static str, v: u64, d: &'static str| {
            C::new(Some(src), f(v, Bound::Exact), "n").on(d)
        };
        let mut ledger = Ledger::new();
        ledger.add(
            Document::new("a"),
            &[
                claim("Health Ministry", 100, "2016-03-01").build(),
                claim("Red Cross", 98, "2016-03-08").build(),
                claim("Health Ministry", 140, "2016-03-09").build(),
                claim("Health Ministry", 150, "2016-03-10")
                    .period("since January", "2016-01-01", "2016-03-10")
                    .build(),
            ],
        );
        let groups = ledger.groups();
        let shape: Vec<_> = groups
            .iter()
            .map(|g| {
                g.assertions
                    .iter()
                    .map(|a| a.figure.value)
                    .collect::<Vec<_>>()
            })
            .collect();
        // March 1 and 8 are 7 days apart (in the window), March 9 is not;
        // the toll "since January" is counted from another day.
        assert_eq!(shape, [vec![100, 98], vec![140], vec![150]]);
        ledger.window(30);
        let shape: Vec<_> = ledger
            .groups()
            .iter()
            .map(|g| {
                g.assertions
                    .iter()
                    .map(|a| a.figure.value)
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(shape, [vec![100, 98, 140], vec![150]]);
        // With 30 days the Health Ministry's latest figure is 140.
        let g = &ledger.groups()[0];
        let latest: Vec<_> = g.sources().iter().map(|a| a.figure.value).collect();
        assert_eq!(latest, [98, 140]);
    }

    #[test]
    fn incidents_group_by_period_or_day() {
        let claim = |src: &'static str, fig: Figure, d: &'static str| {
            C::new(Some(src), fig, "n").on(d).scope(Scope::Incident)
        };
        let mut ledger = Ledger::new();
        ledger.add(
            Document::new("a"),
            &[
                claim("police", f(12, Bound::Exact), "2016-03-02")
                    .period("Tuesday", "2016-03-01", "2016-03-01")
                    .build(),
                claim("hospital officials", f(15, Bound::AtLeast), "2016-03-03")
                    .period("on Tuesday", "2016-03-01", "2016-03-01")
                    .build(),
                claim("mayor", f(14, Bound::Exact), "2016-03-02").build(),
                claim("governor", f(14, Bound::Approximately), "2016-03-02").build(),
                claim("governor", f(30, Bound::Exact), "2016-03-09").build(),
                claim("police", f(1, Bound::Exact), "2016-03-02")
                    .scope(Scope::Unknown)
                    .build(),
                // Undated: a group of its own.
                C::new(Some("police"), f(2, Bound::Exact), "two")
                    .scope(Scope::Incident)
                    .build(),
                C::new(Some("mayor"), f(2, Bound::Exact), "two")
                    .scope(Scope::Incident)
                    .build(),
            ],
        );
        let groups = ledger.groups();
        let shape: Vec<_> = groups
            .iter()
            .map(|g| {
                (
                    g.scope,
                    g.assertions
                        .iter()
                        .map(|a| a.figure.value)
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            [
                (Scope::Incident, vec![12, 15]),
                (Scope::Incident, vec![14, 14]),
                (Scope::Incident, vec![30]),
                (Scope::Incident, vec![2]),
                (Scope::Incident, vec![2]),
                (Scope::Unknown, vec![1]),
            ]
        );
        assert_eq!(
            groups[0].period.as_ref().map(|p| p.text.as_str()),
            Some("Tuesday")
        );
        match groups[0].agreement() {
            Some(Consensus::Conflicting { pairs }) => {
                assert_eq!(
                    pairs,
                    [["police".to_string(), "hospital officials".to_string()]]
                )
            }
            other => panic!("12 against at least 15: {other:?}"),
        }
        let about = groups[1].agreement();
        assert!(
            about.as_ref().is_some_and(Consensus::is_consistent),
            "{about:?}"
        );
    }

    #[test]
    fn spread_with_zero_has_no_ratio() {
        let mut ledger = Ledger::new();
        ledger.add(
            Document::new("a"),
            &[
                C::new(Some("army"), f(0, Bound::Exact), "no")
                    .on("2016-03-01")
                    .scope(Scope::Incident)
                    .build(),
                C::new(Some("rebels"), f(30, Bound::Exact), "30")
                    .on("2016-03-01")
                    .scope(Scope::Incident)
                    .build(),
            ],
        );
        let s = ledger.groups()[0].spread().expect("spread");
        assert_eq!((s.min, s.max, s.ratio), (0, 30, None));
    }

    #[test]
    fn latest_figure_per_source_breaks_ties_by_publication() {
        let claim = |v: u64| {
            C::new(Some("UN"), f(v, Bound::Exact), "n")
                .on("2016-03-01")
                .scope(Scope::Incident)
                .build()
        };
        let mut ledger = Ledger::new();
        ledger.add(
            Document::new("late").with_published(day("2016-03-03")),
            &[claim(20)],
        );
        ledger.add(
            Document::new("early").with_published(day("2016-03-02")),
            &[claim(18)],
        );
        let g = &ledger.groups()[0];
        assert_eq!(g.sources().len(), 1);
        assert_eq!(g.sources()[0].figure.value, 20);
    }

    #[test]
    fn group_json_has_the_summary() {
        let mut ledger = Ledger::new();
        ledger.add(
            Document::new("friends-of-syria.txt")
                .with_outlet("CNN")
                .with_published(day("2012-07-06")),
            &friends_of_syria(),
        );
        let json = serde_json::to_value(&ledger.groups()[0]).expect("json");
        assert_eq!(json["category"], "killed");
        assert_eq!(json["scope"], "cumulative");
        assert_eq!(json["first"], "2012-07-04");
        assert_eq!(json["agreement"]["outcome"], "consistent");
        assert_eq!(json["agreement"]["common"]["text"], "(16700, ∞)");
        assert_eq!(json["agreement"]["common"]["low"]["open"], 16_700);
        assert_eq!(json["agreement"]["common"]["high"], "unbounded");
        assert_eq!(json["sources"][0]["source"]["name"], SOHR);
        assert_eq!(json["sources"][0]["text"], "more than 16,700");
        assert_eq!(
            json["sources"][0]["documents"][0]["published"],
            "2012-07-06"
        );
        assert_eq!(json["spread"]["min"], 12_000);
        assert_eq!(json["low_best_high"]["high"], 16_700);
        assert_eq!(json["acled"], 12_000);
    }

    // --- 600s: timelines -------------------------------------------------

    #[test]
    fn decreases_table() {
        use Decline::{Below, LowerFloor};
        let x = |v: u64| f(v, Bound::Exact);
        type Row = (u32, Vec<Figure>, Vec<(usize, usize, Decline)>);
        let table: Vec<Row> = vec![
            (601, vec![x(100), x(120)], vec![]),
            (602, vec![x(120), x(110)], vec![(0, 1, Below)]),
            (
                603,
                vec![f(16_700, Bound::MoreThan), f(16_500, Bound::MoreThan)],
                vec![(0, 1, LowerFloor)],
            ),
            // About 100 after 100 is no decrease; about 95 is a lower floor.
            (604, vec![x(100), f(100, Bound::Approximately)], vec![]),
            (
                605,
                vec![x(100), f(95, Bound::Approximately)],
                vec![(0, 1, LowerFloor)],
            ),
            // "Up to" states no floor: neither a reference nor a lower floor...
            (606, vec![f(300, Bound::AtMost), x(250)], vec![]),
            (607, vec![x(250), f(300, Bound::AtMost)], vec![]),
            // ...but it can lie wholly below.
            (
                608,
                vec![f(150, Bound::AtLeast), f(140, Bound::AtMost)],
                vec![(0, 1, Below)],
            ),
            // Each later figure is measured against the highest earlier one.
            (
                609,
                vec![x(100), x(90), x(95), x(101)],
                vec![(0, 1, Below), (0, 2, Below)],
            ),
            (610, vec![Figure::range(50, 70), x(60)], vec![]),
            (611, vec![Figure::range(50, 70), x(40)], vec![(0, 1, Below)]),
        ];
        let mut failures = Vec::new();
        for (n, figures, want) in table {
            let mut ledger = Ledger::new();
            // Added latest first, so the timeline must sort by date.
            for (k, fig) in figures.iter().enumerate().rev() {
                let date = day("2016-01-01") + chrono::Days::new(k as u64);
                let mut c = C::new(Some("Health Ministry"), *fig, "n").build();
                c.date = Some(date);
                ledger.add(Document::new(format!("d{k}")), &[c]);
            }
            let t = ledger.timelines();
            let got: Vec<_> = t
                .iter()
                .flat_map(|t| t.decreases.iter().map(|d| (d.from, d.to, d.kind)))
                .collect();
            if t.len() != 1 || got != want {
                failures.push(format!(
                    "{n}: {} timelines, decreases {got:?}, want {want:?}",
                    t.len()
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn timelines_are_per_source_and_toll() {
        let mut ledger = Ledger::new();
        ledger.add(
            Document::new("a"),
            &[
                C::new(Some(SOHR), f(16_700, Bound::MoreThan), "more than 16,700")
                    .on("2012-07-04")
                    .build(),
                C::new(
                    Some("the Syrian Observatory for Human Rights"),
                    f(17_000, Bound::MoreThan),
                    "more than 17,000",
                )
                .on("2012-07-10")
                .build(),
                C::new(Some(SOHR), f(11_000, Bound::MoreThan), "More than 11,000")
                    .on("2012-07-04")
                    .victims(Victims::Civilians)
                    .build(),
                C::new(Some("LCC"), f(70, Bound::AtLeast), "At least 70")
                    .on("2012-07-06")
                    .scope(Scope::Incident)
                    .build(),
                C::new(Some("LCC"), f(50, Bound::AtLeast), "At least 50")
                    .on("2012-07-07")
                    .scope(Scope::Incident)
                    .build(),
                C::new(None, f(7, Bound::Exact), "seven")
                    .on("2012-07-06")
                    .build(),
                C::new(Some("UN"), f(10_000, Bound::MoreThan), "more than 10,000").build(),
            ],
        );
        let t = ledger.timelines();
        let shape: Vec<_> = t
            .iter()
            .map(|t| {
                (
                    t.source.as_str(),
                    t.victims,
                    t.points.len(),
                    t.decreases.len(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            [
                ("LCC", None, 2, 0),
                (SOHR, None, 2, 0),
                (SOHR, Some(Victims::Civilians), 1, 0),
            ]
        );
    }

    #[test]
    fn source_keys() {
        let table = [
            (
                "the Syrian Observatory for Human Rights",
                "syrian observatory for human rights",
            ),
            (
                "The  Syrian Observatory, for Human-Rights",
                "syrian observatory for human rights",
            ),
            ("an opposition group", "opposition group"),
            ("Médecins Sans Frontières", "médecins sans frontières"),
            ("THE", ""),
            ("", ""),
        ];
        for (name, key) in table {
            assert_eq!(source_key(name), key, "{name:?}");
        }
    }

    #[test]
    fn empty_source_names_are_unattributed() {
        let mut ledger = Ledger::new();
        ledger.add(
            Document::new("a"),
            &[C::new(Some("the"), f(3, Bound::Exact), "3")
                .on("2016-01-01")
                .build()],
        );
        let g = &ledger.groups()[0];
        assert_eq!((g.sources().len(), g.unattributed().len()), (0, 1));
    }

    #[test]
    fn outputs_are_send_and_sync() {
        fn check<T: Send + Sync + std::panic::UnwindSafe>() {}
        check::<Ledger>();
        check::<Group>();
        check::<Timeline>();
        check::<Assertion>();
        check::<Interval>();
    }
}
