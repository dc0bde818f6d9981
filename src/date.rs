//! Dates: datelines, day references ("said Wednesday", "yesterday") and the
//! periods a figure covers ("last month", "since March 2011").
//!
//! ```
//! use casualty::{date, Span};
//! let t = "Police said on Sunday that 12 people died.";
//! let day = date::find_time_exprs(t, Span::new(0, t.len()))[0];
//! let (d, _) = day.resolve(casualty::parse_date("2020-05-08")?).unwrap();
//! assert_eq!(d.to_string(), "2020-05-03");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Everything here is civil-calendar arithmetic on [`chrono::NaiveDate`]: the
//! module never reads the clock. A relative expression ("yesterday", "last
//! month") is resolved only against an *anchor*, the governing date of the
//! part of the text it stands in (its dateline or the publication date), and
//! an expression that cannot be pinned to days resolves to `None` rather
//! than to a guess.
//!
//! # Datelines
//!
//! [`find_datelines`] reads a date that heads a line, either standing alone
//! or after an ALL-CAPS place name and a comma:
//!
//! | form | example |
//! | --- | --- |
//! | date line with update stamp | `August 8, 2013 -- Updated 1120 GMT (1920 HKT)` |
//! | day-month-year line | `17 September 2018` |
//! | ISO date line | `2015-06-30` |
//! | labelled line | `Published: 5 January 2019`, `Last Updated Mar 2, 2017 8:00 AM EST`, `Updated 7:05 PM ET, Wed October 3, 2018` |
//! | wire, month-day | `OSLO, April 9 (Wire) -`, `TORONTO, Ont., Nov. 14 -` |
//! | wire, upper-case with two-digit year | `QUITO, 12 OCT 89 (AGENCY) --` (`89` is 1989) |
//!
//! A date-line form must be followed by the end of the line, a dash, a bar
//! or a clock time; a date that merely begins a sentence ("March 3, 2012,
//! was ...") is not a dateline, and neither is a date mid-line. A wire form
//! without a year takes `context_year`, else its date is `None`. A day the
//! calendar lacks ("February 30") or an implausible year (outside
//! 1000..=2999, such as `99999`) gives a dateline whose date is `None`. A
//! dateline that carries no date at all, such as `Lyon, France (CNN) --`,
//! is not returned. Two-digit years 50–99 are 1950–1999, 00–49 are
//! 2000–2049.
//!
//! # Time expressions
//!
//! [`find_time_exprs`] finds these, case-insensitively (with the month
//! rules below). A span covers the phrase as written, including a leading
//! preposition or modifier that belongs to it ("on Sunday", "late Tuesday",
//! "in nearly 16 months of unrest").
//!
//! | kind | forms | resolves to (anchor `A`) |
//! | --- | --- | --- |
//! | [`TimeKind::Weekday`] | "Wednesday", "on Sunday", "late Tuesday", "early on Monday", "Saturday night", "this Monday", "Sunday's" | the latest such weekday on or before `A` (`A` itself when it is that weekday) |
//! | same, [`Relation::Previous`] | "last Friday", "this past Friday" | the latest such weekday strictly before `A` ("last Friday" on a Friday is 7 days back) |
//! | same, [`Relation::Next`] | "next Monday", "this coming Monday" | the first such weekday after `A` |
//! | [`TimeKind::DaysAgo`] | "today", "tonight", "this morning/afternoon/evening", "earlier today" (0); "yesterday", "last night", "late yesterday" (1); "the day before yesterday", "two days ago" | `A` minus that many days |
//! | [`TimeKind::Date`] | "March 3", "on March 3", "3 March", "the 3rd of March", "Jan. 5", "Sept. 11, 2001", "Monday, March 3", "ON 30 JULY" | that day; without a year the latest such day on or before `A` |
//! | [`TimeKind::Month`] | "in October", "in early October", "mid-March", "the October attack", "October 2015", "a November 2009 shooting", "last October" | the whole month; without a year the latest such month not after `A`'s month ("last October": strictly before it) |
//! | [`TimeKind::Year`] | "in 2015", "during 2014", "in early 2013" | the whole year |
//! | [`TimeKind::Decade`] | "the 1990s", "in the 1980s" | the ten years |
//! | [`TimeKind::Since`] | "since March 2011", "since 2011", "since January", "since March 3", "so far in 2016", "since the start of 2015", "since the war began in 2011" | the first day named up to `A` |
//! | [`TimeKind::SinceWeekday`] | "since Friday" | that weekday (as above) up to `A` |
//! | [`TimeKind::This`] | "this week", "this month", "this year", "so far this year", "earlier this month", "since the start of the year", "over the weekend", "at the weekend", "this weekend", "the past weekend" | week: Monday of `A`'s week to `A`; month, year: their first day to `A`; weekend: the latest Saturday on or before `A` and the Sunday after it |
//! | [`TimeKind::Last`] | "last week", "last month", "last year", "late last month", "last weekend" | the whole previous Monday–Sunday week, calendar month or year; the weekend whose Sunday is before `A` |
//! | [`TimeKind::Past`] | "over the past week", "in the last three days", "the past two months", "in the past 24 hours" | `A` and the days before it (a week is `A`−6..`A`); hours and vague amounts ("the past few days") are unresolved |
//! | [`TimeKind::Ago`] | "two weeks ago", "three years ago", "a month ago" | the Monday–Sunday week, calendar month or year that many back |
//! | [`TimeKind::FirstDays`] | "during the first 3 days of June" | the first days of that month |
//! | [`TimeKind::Duration`] | "in nearly 16 months of unrest", "for 25 years", "in 12 hours", "Syria's 18-month crisis", "in recent weeks", "for years" | unresolved |
//! | [`TimeKind::EventRelative`] | "the day before", "the next day", "the previous night", "that day", "a day later" | unresolved (relative to an event, not to `A`) |
//! | [`TimeKind::Era`] | "during the uprising", "since the war began", "since the start of the conflict", "throughout the three-year civil war" | unresolved |
//!
//! [`TimeExpr::is_day`] is true for weekday references (not "next Monday"),
//! [`TimeKind::DaysAgo`] and [`TimeKind::Date`]: the single-day references a
//! statement can be dated by.
//!
//! ## Month words and traps
//!
//! - A month name must be capitalised ("March") or upper-case ("MARCH"). A
//!   lower-case month name counts only when a day number or a year follows
//!   ("march 3"), and lower-case "may" never counts: it is the verb.
//! - Upper-case "MAY" without a number counts only when the whole phrase is
//!   upper-case ("IN MAY"), as in wire copy.
//! - A bare month needs a preposition, a modifier, "the" or a year: "Theresa
//!   May" and "They March" are not months, and neither is "the March"
//!   or "the May" without a year or a day.
//! - Abbreviated months ("Jan.", "Sept") count only before a day number.
//! - "Good Friday", "Black Friday", "Bloody Sunday" and the like are not
//!   day references; ages ("a 16-year-old", "16 years old") are not
//!   durations.
//!
//! # Robustness
//!
//! The finders compile their patterns once and run each over the text a
//! single time, so they take time linear in the input. Spans are byte offsets
//! on `char` boundaries. Date arithmetic is checked: an overflow or a day the
//! calendar lacks gives `None`, never a panic.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use once_cell::sync::Lazy;
use regex::{Captures, Regex};

use crate::claim::Span;

// ---------------------------------------------------------------------------
// Pattern fragments, shared by the patterns below as `concat!` pieces.
// ---------------------------------------------------------------------------

/// Full month names (matched case-insensitively, checked by `month_case_ok`).
macro_rules! month_full {
    () => {
        "january|february|march|april|may|june|july|august|september|october|november|december"
    };
}

/// Month abbreviations, allowed only before a day number.
macro_rules! month_abbr {
    () => {
        "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    };
}

/// A month in a calendar date: a full name, or an abbreviation with an
/// optional period. The full name never takes the period (it may end a
/// sentence).
macro_rules! month_any {
    () => {
        concat!(
            r"(?P<month>(?:",
            month_full!(),
            r")(?-u:\b)|(?:",
            month_abbr!(),
            r")(?-u:\b)\.?)"
        )
    };
}

/// Weekday names.
macro_rules! weekday_full {
    () => {
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    };
}

/// An amount of time units: digits, number words up to ninety-nine, and the
/// vague "a few", "several", "a couple of".
macro_rules! amount {
    () => {
        r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,4}
          |(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)
             (?:[\x20-](?:one|two|three|four|five|six|seven|eight|nine))?
          |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve
          |thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen
          |a\s+couple\s+of|a\s+few|few|several|many|an|a"
    };
}

// ---------------------------------------------------------------------------
// Datelines
// ---------------------------------------------------------------------------

/// A dateline found in a text: the date it gives and where it stands.
///
/// ```
/// use casualty::date::find_datelines;
///
/// let text = "17 September 2018\nFloods cut the coastal road.\n";
/// let lines = find_datelines(text, None);
/// assert_eq!(&text[lines[0].span], "17 September 2018");
/// assert_eq!(lines[0].date.map(|d| d.to_string()).as_deref(), Some("2018-09-17"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The dateline's bytes: from the first non-blank character of the line
    /// to the end of the date and its trailing stamp or dash.
    pub span: Span,
    /// The date, when the year can be known and the day exists.
    pub date: Option<NaiveDate>,
}

/// The wire form: an ALL-CAPS place, optional regions, the date, an optional
/// agency in parentheses and a dash.
static WIRE_DATELINE: Lazy<Option<Regex>> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?x)
        ^ [\t\x20\x{A0}\x{FEFF}]*                       # indentation
        \p{Lu} [\p{Lu}\p{M}'’./-]*                      # place: LIMA, N'DJAMENA, LAHORE/ISLAMABAD
        (?: \x20 [\p{Lu}\p{M}'’./-]+ )*                 # more place words: SAN SALVADOR
        (?: ,\x20+ \p{Lu} [\p{L}\p{M}.'’-]*             # regions: , Belgium  , Que.
            (?: \x20 \p{Lu} [\p{L}\p{M}.'’-]* ){0,3} )*
        ,\x20+
        (?:
            (?P<d1>[0-9]{1,2}) \x20+                     # 9 JAN 90
            (?P<m1>(?i:",
        month_full!(),
        "|",
        month_abbr!(),
        r"))(?-u:\b) \.?
            (?: ,?\x20+ (?P<y1>[0-9]{2,6}) )?
          | (?P<m2>(?i:",
        month_full!(),
        "|",
        month_abbr!(),
        r"))(?-u:\b) \.? \x20+                           # March 3, 2012
            (?P<d2>[0-9]{1,2})
            (?: ,\x20* (?P<y2>[0-9]{2,6}) )?
        )
        (?-u:\b)
        [\t\x20]*
        (?: \( [^()\n]{0,80} \) [\t\x20]* )?            # (Reuters)  (EFE)
        (?: -- | - | — | – | : | $ )                     # the dash that ends it
        "
    ))
    .ok()
});

/// The date-line form: a date (optionally labelled "Updated", "Published",
/// with a clock time and a weekday) heading a line, followed by the end of
/// the line, a dash, a bar or a clock time.
static LINE_DATELINE: Lazy<Option<Regex>> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?x)
        ^ [\t\x20\x{A0}\x{FEFF}]*
        (?:                                              # label: Last Updated, Published:
            (?i: (?: last \x20+ )? (?: updated | published | posted | modified ) )
            (?: \x20+ (?i:on) )? [\t\x20]* :? [\t\x20]*
            (?:                                          # clock time: 10:41 AM ET,
                [0-9]{1,2} : [0-9]{2}
                (?: [\t\x20]* (?i: [ap]\.?m\.? ) )?
                (?: [\t\x20]+ [A-Z]{2,4} )?
                [\t\x20]* ,? [\t\x20]*
            )?
        )?
        (?: (?i: mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|",
        weekday_full!(),
        r")(?-u:\b) \.? ,? [\t\x20]+ )?                  # Tue
        (?:
            (?P<m1>(?i:",
        month_full!(),
        "|",
        month_abbr!(),
        r"))(?-u:\b) \.? [\t\x20]+                       # March 1, 2016
            (?P<d1>[0-9]{1,2}) (?i: st|nd|rd|th )? ,? [\t\x20]+
            (?P<y1>[0-9]{4,6})
          | (?P<d2>[0-9]{1,2}) (?i: st|nd|rd|th )? [\t\x20]+   # 2 May 2017
            (?P<m2>(?i:",
        month_full!(),
        "|",
        month_abbr!(),
        r"))(?-u:\b) \.? ,? [\t\x20]+
            (?P<y2>[0-9]{4,6})
          | (?P<iy>[0-9]{4}) - (?P<im>[0-9]{2}) - (?P<id>[0-9]{2})   # 2015-06-30
        )
        (?-u:\b)
        [\t\x20]*
        (?P<tail> $ | -- | — | – | - | \| | · | \. (?: [\t\x20] | $ )
                | ,? [\t\x20]* [0-9]{1,2} :? [0-9]{2} (?-u:\b) )
        "
    ))
    .ok()
});

/// Every dateline in `text`, in text order.
///
/// A dateline is a date heading a line: on a line of its own ("2 May
/// 2017"), with an update stamp ("August 8, 2013 -- Updated 1120 GMT"),
/// after a label ("Published: 5 January 2019"), or after an ALL-CAPS place
/// name and a comma as in wire copy ("QUITO, 12 OCT 89 (AGENCY) --"). A wire
/// dateline without a year takes `context_year`; without one its date is
/// `None`, as is the date of a dateline naming a day the calendar lacks. See
/// the [module docs](self) for every form.
///
/// ```
/// use casualty::date::find_datelines;
/// use chrono::NaiveDate;
///
/// let text = "TBILISI, May 9 (Wire) - Flooding closed two roads.\n";
/// let lines = find_datelines(text, Some(2019));
/// assert_eq!(lines.len(), 1);
/// assert_eq!(&text[lines[0].span], "TBILISI, May 9 (Wire) -");
/// assert_eq!(lines[0].date, NaiveDate::from_ymd_opt(2019, 5, 9));
///
/// // Without a context year the wire dateline is still found, undated.
/// assert_eq!(find_datelines(text, None)[0].date, None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn find_datelines(text: &str, context_year: Option<i32>) -> Vec<Dateline> {
    let mut found: Vec<Dateline> = Vec::new();
    // A dateline lies inside one line and starts it, so each line is tried
    // alone, and only when its first word could open a dateline.
    let b = text.as_bytes();
    let mut ls = 0;
    while ls <= b.len() {
        let le = b[ls..]
            .iter()
            .position(|&c| c == b'\n' || c == b'\r')
            .map_or(b.len(), |i| ls + i);
        let line = &text[ls..le];
        let (wire, labelled) = dateline_openings(line);
        if wire {
            if let Some(c) = WIRE_DATELINE.as_ref().and_then(|re| re.captures(line)) {
                found.push(wire_dateline(&c, ls, context_year));
            }
        }
        if labelled {
            if let Some(c) = LINE_DATELINE.as_ref().and_then(|re| re.captures(line)) {
                found.push(line_dateline(text, &c, ls));
            }
        }
        ls = le + 1;
    }
    found.sort_by_key(|d| (d.span.start, std::cmp::Reverse(d.span.end)));
    let mut out: Vec<Dateline> = Vec::with_capacity(found.len());
    for d in found {
        if out.last().map_or(true, |p| d.span.start >= p.span.end) {
            out.push(d);
        }
    }
    out
}

/// Whether `line` can open a wire dateline (an upper-case letter, then no
/// lower-case ASCII letter) and a date-line dateline (a digit, or a first
/// word that is a label, a weekday or a month). A first word next to a
/// non-ASCII character is tried either way: the patterns are case-blind
/// in full Unicode.
fn dateline_openings(line: &str) -> (bool, bool) {
    let rest = &line[leading_blank_len(line)..];
    let mut chars = rest.chars();
    let Some(first) = chars.next() else {
        return (false, false);
    };
    let second = chars.next();
    let wire = first.is_uppercase() && !second.is_some_and(|c| c.is_ascii_lowercase());
    if first.is_ascii_digit() || !first.is_ascii() {
        return (wire, true);
    }
    let word_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    if rest
        .as_bytes()
        .get(word_len)
        .is_some_and(|&c| !c.is_ascii())
    {
        return (wire, true);
    }
    let mut buf = [0u8; 10];
    let Some(dst) = buf.get_mut(..word_len) else {
        // too long for a weekday or a month; a label may run on ("Updated:")
        let lower = rest[..word_len].to_ascii_lowercase();
        return (wire, is_label_start(&lower));
    };
    dst.copy_from_slice(&rest.as_bytes()[..word_len]);
    dst.make_ascii_lowercase();
    let word = std::str::from_utf8(dst).unwrap_or("");
    let labelled = is_label_start(word)
        || crate::lexicon::is_month(word)
        || crate::lexicon::is_day_name(word)
        || matches!(
            word,
            "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun"
        );
    (wire, labelled)
}

/// Whether a lower-case first word begins with a dateline label ("last",
/// "updated", "published", "posted", "modified"): the label may run into
/// what follows it.
fn is_label_start(word: &str) -> bool {
    ["last", "updated", "published", "posted", "modified"]
        .iter()
        .any(|l| word.starts_with(l))
}

/// The dateline of a [`WIRE_DATELINE`] match in the line at `off`.
fn wire_dateline(c: &Captures<'_>, off: usize, context_year: Option<i32>) -> Dateline {
    let m = c
        .get(0)
        .map_or((0, 0, ""), |m| (m.start(), m.end(), m.as_str()));
    let start = off + m.0 + leading_blank_len(m.2);
    let (day, month, year) = if let Some(d) = c.name("d1") {
        (d.as_str(), c.name("m1"), c.name("y1"))
    } else {
        (
            c.name("d2").map_or("", |d| d.as_str()),
            c.name("m2"),
            c.name("y2"),
        )
    };
    let year = match year {
        Some(y) => dateline_year(y.as_str()),
        None => context_year,
    };
    let month = month.and_then(|w| month_number(w.as_str()));
    Dateline {
        span: Span::new(start, off + m.1),
        date: civil_date(year, month, day.parse().ok()),
    }
}

/// The dateline of a [`LINE_DATELINE`] match in the line at `off` of `text`.
fn line_dateline(text: &str, c: &Captures<'_>, off: usize) -> Dateline {
    let m = c
        .get(0)
        .map_or((0, 0, ""), |m| (m.start(), m.end(), m.as_str()));
    let start = off + m.0 + leading_blank_len(m.2);
    let date = if let Some(y) = c.name("iy") {
        civil_date(
            dateline_year(y.as_str()),
            c.name("im").and_then(|x| x.as_str().parse().ok()),
            c.name("id").and_then(|x| x.as_str().parse().ok()),
        )
    } else {
        let (day, month, year) = if let Some(d) = c.name("d1") {
            (d.as_str(), c.name("m1"), c.name("y1"))
        } else {
            (
                c.name("d2").map_or("", |d| d.as_str()),
                c.name("m2"),
                c.name("y2"),
            )
        };
        civil_date(
            year.and_then(|y| dateline_year(y.as_str())),
            month.and_then(|w| month_number(w.as_str())),
            day.parse().ok(),
        )
    };
    // The end: the date itself, or the whole line when the rest of the
    // line is a short stamp ("-- Updated 0256 GMT (1056 HKT)").
    let tail = c.name("tail");
    let date_end = off + tail.map_or(m.1, |t| t.start());
    let end = match tail {
        Some(t) if !t.as_str().trim().is_empty() && !t.as_str().trim().starts_with('.') => {
            short_line_end(text, off + t.start(), 100).unwrap_or(date_end)
        }
        _ => date_end,
    };
    Dateline {
        span: Span::new(start, trim_end_blank(text, start, end)),
        date,
    }
}

/// Bytes of indentation (tabs, spaces, no-break spaces, byte-order marks) at
/// the start of `s`.
fn leading_blank_len(s: &str) -> usize {
    s.len()
        - s.trim_start_matches(['\t', ' ', '\u{a0}', '\u{feff}'])
            .len()
}

/// Moves `end` back over trailing spaces, tabs and carriage returns, not
/// below `start`.
fn trim_end_blank(text: &str, start: usize, end: usize) -> usize {
    match text.get(start..end) {
        Some(s) => start + s.trim_end_matches([' ', '\t', '\r']).len(),
        None => end,
    }
}

/// The end of the line containing `from`, when it comes within `limit`
/// bytes.
fn short_line_end(text: &str, from: usize, limit: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    let window = rest.as_bytes().iter().take(limit.saturating_add(1));
    match window.clone().position(|&b| b == b'\n') {
        Some(i) => Some(from + i),
        None if rest.len() <= limit => Some(text.len()),
        None => None,
    }
}

/// A dateline year: four digits as written (within 1000..=2999), two digits
/// by the 1950 pivot, anything else unknown.
fn dateline_year(digits: &str) -> Option<i32> {
    let y: i32 = digits.parse().ok()?;
    match digits.len() {
        2 if y >= 50 => Some(1900 + y),
        2 => Some(2000 + y),
        4 if (1000..=2999).contains(&y) => Some(y),
        _ => None,
    }
}

/// A date from optional parts; `None` when a part is missing or the day does
/// not exist.
fn civil_date(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year?, month?, day?)
}

// ---------------------------------------------------------------------------
// Time expressions: the model
// ---------------------------------------------------------------------------

/// A time expression: a day, a part of a day, a month, a year, a span of time.
///
/// ```
/// use casualty::date::{find_time_exprs, TimeKind};
/// use casualty::Span;
/// use chrono::Weekday;
///
/// let text = "The ferry sank late Tuesday.";
/// let found = find_time_exprs(text, Span::new(0, text.len()));
/// assert_eq!(&text[found[0].span], "late Tuesday");
/// assert!(matches!(found[0].kind, TimeKind::Weekday { day: Weekday::Tue, .. }));
/// assert!(found[0].is_day());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// Where it is: the phrase as written, with its leading preposition or
    /// modifier ("on Sunday", "in nearly 16 months of unrest").
    pub span: Span,
    /// What it says.
    pub kind: TimeKind,
}

/// How a named weekday or month relates to the anchor date.
///
/// ```
/// use casualty::date::{Relation, TimeExpr, TimeKind};
/// use casualty::Span;
/// use chrono::{NaiveDate, Weekday};
///
/// let friday = NaiveDate::from_ymd_opt(2016, 3, 18).ok_or("date")?;
/// let last = TimeExpr {
///     span: Span::new(0, 11),
///     kind: TimeKind::Weekday { day: Weekday::Fri, relation: Relation::Previous },
/// };
/// assert_eq!(last.resolve(friday).map(|r| r.0.to_string()).as_deref(), Some("2016-03-11"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Relation {
    /// The latest one on or before the anchor: "Friday", "in October".
    Latest,
    /// The latest one strictly before the anchor: "last Friday", "last
    /// October".
    Previous,
    /// The first one after the anchor: "next Monday".
    Next,
}

/// A unit of calendar time.
///
/// ```
/// use casualty::date::{TimeKind, Unit};
/// let kind = TimeKind::Last(Unit::Month);
/// assert_eq!(kind, TimeKind::Last(Unit::Month));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A Monday–Sunday week (or seven days, in "the past week").
    Week,
    /// A Saturday and the Sunday after it.
    Weekend,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
    /// Ten years starting at a year divisible by ten.
    Decade,
}

/// What a [`TimeExpr`] refers to. The [module docs](self) list the phrases
/// read as each kind and how each resolves.
///
/// ```
/// use casualty::date::{find_time_exprs, TimeKind, Unit};
/// use casualty::Span;
///
/// let text = "Rains flooded the valley last month.";
/// let found = find_time_exprs(text, Span::new(0, text.len()));
/// assert_eq!(found[0].kind, TimeKind::Last(Unit::Month));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeKind {
    /// A named weekday: "Wednesday", "on Sunday", "late Tuesday", "Monday
    /// night", "last Friday", "next Monday".
    Weekday {
        /// The weekday.
        day: Weekday,
        /// Which one: the latest on or before the anchor, the one before
        /// that when written "last", or the next.
        relation: Relation,
    },
    /// A day counted back from the anchor: "today" (0), "yesterday" (1),
    /// "the day before yesterday" and "two days ago" (2).
    DaysAgo(u32),
    /// A calendar date: "March 3", "3 March 2012", "Jan. 5".
    Date {
        /// The year, when written.
        year: Option<i32>,
        /// The month, 1–12.
        month: u32,
        /// The day of the month, 1–31 (valid for the month).
        day: u32,
    },
    /// A whole month: "in October", "October 2015", "last October".
    Month {
        /// The year, when written.
        year: Option<i32>,
        /// The month, 1–12.
        month: u32,
        /// Without a year: the latest such month not after the anchor's
        /// ([`Relation::Latest`]), strictly before it ("last October",
        /// [`Relation::Previous`]), or the next.
        relation: Relation,
    },
    /// A whole year: "in 2015".
    Year(i32),
    /// A decade, by its first year: "the 1990s" is `Decade(1990)`.
    Decade(i32),
    /// From the start of a year, month or day up to the anchor: "since
    /// 2011", "since March 2011", "since January", "since March 3".
    Since {
        /// The year, when written.
        year: Option<i32>,
        /// The month, when written.
        month: Option<u32>,
        /// The day, when written (only with a month).
        day: Option<u32>,
    },
    /// From a weekday up to the anchor: "since Friday".
    SinceWeekday(Weekday),
    /// The current unit up to the anchor: "this week", "this month", "so far
    /// this year", "since the start of the year"; and the latest weekend,
    /// "over the weekend".
    This(Unit),
    /// The previous whole unit: "last week", "last month", "last year",
    /// "last weekend".
    Last(Unit),
    /// The anchor and the time before it: "over the past week", "in the last
    /// 24 hours", "the past few days".
    Past {
        /// How many units; `None` for "few", "several" and the like.
        amount: Option<u32>,
        /// The unit.
        unit: Unit,
    },
    /// A whole unit some way back: "two weeks ago", "three years ago".
    Ago {
        /// How many units back; `None` for "a few", "several".
        amount: Option<u32>,
        /// The unit.
        unit: Unit,
    },
    /// The first days of a month: "during the first 3 days of June".
    FirstDays {
        /// How many days.
        days: u32,
        /// The month, 1–12.
        month: u32,
        /// The year, when written.
        year: Option<i32>,
    },
    /// A length of time not tied to the calendar: "in nearly 16 months of
    /// unrest", "for 25 years", "an 18-month crisis", "in recent weeks".
    Duration {
        /// How many units; `None` when vague ("recent weeks", "for years").
        amount: Option<u32>,
        /// The unit.
        unit: Unit,
    },
    /// A day relative to an event rather than to the anchor: "the day
    /// before", "the next day", "that day".
    EventRelative,
    /// A period named by an event: "during the uprising", "since the war
    /// began".
    Era,
}

impl TimeExpr {
    /// Whether this names a single day that a statement can be dated by:
    /// a weekday ("said Wednesday", "late Tuesday", "last Friday", but not
    /// "next Monday"), a day counted back ("today", "yesterday", "last
    /// night", "two days ago"), or a calendar date ("on March 3").
    ///
    /// ```
    /// use casualty::date::find_time_exprs;
    /// use casualty::Span;
    ///
    /// let text = "Police said yesterday that the roads reopened last month.";
    /// let found = find_time_exprs(text, Span::new(0, text.len()));
    /// assert!(found[0].is_day());   // yesterday
    /// assert!(!found[1].is_day());  // last month
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_day(&self) -> bool {
        match self.kind {
            TimeKind::Weekday { relation, .. } => relation != Relation::Next,
            TimeKind::DaysAgo(_) | TimeKind::Date { .. } => true,
            _ => false,
        }
    }

    /// The first and last day covered, given the governing date `anchor`
    /// (the publication date of that part of the text). `None` when the
    /// expression cannot be pinned to days (durations, eras, events, hours)
    /// or the arithmetic leaves the calendar.
    ///
    /// ```
    /// use casualty::date::find_time_exprs;
    /// use casualty::Span;
    /// use chrono::NaiveDate;
    ///
    /// let text = "Storms hit the coast on Sunday and in October.";
    /// let anchor = NaiveDate::from_ymd_opt(2016, 3, 16).ok_or("date")?; // a Wednesday
    /// let found = find_time_exprs(text, Span::new(0, text.len()));
    /// let days: Vec<String> = found
    ///     .iter()
    ///     .filter_map(|e| e.resolve(anchor))
    ///     .map(|(a, b)| format!("{a}..{b}"))
    ///     .collect();
    /// assert_eq!(days, ["2016-03-13..2016-03-13", "2015-10-01..2015-10-31"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn resolve(&self, anchor: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        self.kind.resolve(anchor)
    }

    /// The first and last day covered when the expression names them by
    /// itself ("in 2013", "March 1987", "July 4, 2012"), with no governing
    /// date; `None` for anything relative.
    ///
    /// ```
    /// use casualty::{date, Span};
    /// let t = "Floods killed 40 people in 2013.";
    /// let e = date::find_time_exprs(t, Span::new(0, t.len()))[0];
    /// assert_eq!(e.resolve_absolute().map(|(a, _)| a.to_string()).as_deref(), Some("2013-01-01"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn resolve_absolute(&self) -> Option<(NaiveDate, NaiveDate)> {
        match self.kind {
            TimeKind::Date { year: Some(_), .. }
            | TimeKind::Month { year: Some(_), .. }
            | TimeKind::Year(_)
            | TimeKind::Decade(_) => self.kind.resolve(NaiveDate::MIN),
            _ => None,
        }
    }
}

impl TimeKind {
    /// The first and last day covered, given the governing date; see
    /// [`TimeExpr::resolve`].
    ///
    /// ```
    /// use casualty::date::{TimeKind, Unit};
    /// use chrono::NaiveDate;
    ///
    /// let anchor = NaiveDate::from_ymd_opt(2016, 1, 5).ok_or("date")?;
    /// let (first, last) = TimeKind::Last(Unit::Month).resolve(anchor).ok_or("unresolved")?;
    /// assert_eq!((first.to_string(), last.to_string()), ("2015-12-01".into(), "2015-12-31".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn resolve(self, anchor: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        let one = |d: NaiveDate| Some((d, d));
        let up_to = |d: NaiveDate| (d <= anchor).then_some((d, anchor));
        match self {
            TimeKind::Weekday { day, relation } => match relation {
                Relation::Latest => one(weekday_on_or_before(day, anchor)?),
                Relation::Previous => one(weekday_before(day, anchor)?),
                Relation::Next => one(weekday_after(day, anchor)?),
            },
            TimeKind::DaysAgo(n) => one(back(anchor, u64::from(n))?),
            TimeKind::Date { year, month, day } => match year {
                Some(y) => one(NaiveDate::from_ymd_opt(y, month, day)?),
                None => one(date_on_or_before(month, day, anchor)?),
            },
            TimeKind::Month {
                year,
                month,
                relation,
            } => {
                let y = match year {
                    Some(y) => y,
                    None => month_year(month, anchor, relation)?,
                };
                month_bounds(y, month)
            }
            TimeKind::Year(y) => year_bounds(y),
            TimeKind::Decade(y) => Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y.checked_add(9)?, 12, 31)?,
            )),
            TimeKind::Since { year, month, day } => {
                let start = match (year, month, day) {
                    (Some(y), m, d) => NaiveDate::from_ymd_opt(y, m.unwrap_or(1), d.unwrap_or(1))?,
                    (None, Some(m), Some(d)) => date_on_or_before(m, d, anchor)?,
                    (None, Some(m), None) => {
                        month_bounds(month_year(m, anchor, Relation::Latest)?, m)?.0
                    }
                    (None, None, _) => return None,
                };
                up_to(start)
            }
            TimeKind::SinceWeekday(day) => up_to(weekday_on_or_before(day, anchor)?),
            TimeKind::This(unit) => match unit {
                Unit::Day => one(anchor),
                Unit::Week => up_to(monday_of(anchor)?),
                Unit::Weekend => {
                    let sat = weekday_on_or_before(Weekday::Sat, anchor)?;
                    Some((sat, sat.succ_opt()?))
                }
                Unit::Month => up_to(anchor.with_day(1)?),
                Unit::Year => up_to(NaiveDate::from_ymd_opt(anchor.year(), 1, 1)?),
                Unit::Decade => up_to(NaiveDate::from_ymd_opt(
                    anchor.year().div_euclid(10).checked_mul(10)?,
                    1,
                    1,
                )?),
                Unit::Hour => None,
            },
            TimeKind::Last(unit) => match unit {
                Unit::Day => one(anchor.pred_opt()?),
                Unit::Week => {
                    let monday = back(monday_of(anchor)?, 7)?;
                    Some((monday, monday.checked_add_days(Days::new(6))?))
                }
                Unit::Weekend => {
                    let sun = weekday_before(Weekday::Sun, anchor)?;
                    Some((sun.pred_opt()?, sun))
                }
                Unit::Month => {
                    let first = anchor.with_day(1)?.checked_sub_months(Months::new(1))?;
                    month_bounds(first.year(), first.month())
                }
                Unit::Year => year_bounds(anchor.year().checked_sub(1)?),
                Unit::Decade => {
                    let start = anchor
                        .year()
                        .div_euclid(10)
                        .checked_mul(10)?
                        .checked_sub(10)?;
                    TimeKind::Decade(start).resolve(anchor)
                }
                Unit::Hour => None,
            },
            TimeKind::Past { amount, unit } => {
                let n = amount.filter(|&n| n > 0)?;
                let start = match unit {
                    Unit::Day => back(anchor, u64::from(n) - 1)?,
                    Unit::Week => back(anchor, u64::from(n).checked_mul(7)? - 1)?,
                    Unit::Month => anchor.checked_sub_months(Months::new(n))?.succ_opt()?,
                    Unit::Year => anchor
                        .checked_sub_months(Months::new(n.checked_mul(12)?))?
                        .succ_opt()?,
                    Unit::Decade => anchor
                        .checked_sub_months(Months::new(n.checked_mul(120)?))?
                        .succ_opt()?,
                    Unit::Hour | Unit::Weekend => return None,
                };
                Some((start, anchor))
            }
            TimeKind::Ago { amount, unit } => {
                let n = amount?;
                match unit {
                    Unit::Day => one(back(anchor, u64::from(n))?),
                    Unit::Week => {
                        let day = back(anchor, u64::from(n).checked_mul(7)?)?;
                        let monday = monday_of(day)?;
                        Some((monday, monday.checked_add_days(Days::new(6))?))
                    }
                    Unit::Month => {
                        let first = anchor.with_day(1)?.checked_sub_months(Months::new(n))?;
                        month_bounds(first.year(), first.month())
                    }
                    Unit::Year => year_bounds(anchor.year().checked_sub(i32::try_from(n).ok()?)?),
                    Unit::Hour | Unit::Weekend | Unit::Decade => None,
                }
            }
            TimeKind::FirstDays { days, month, year } => {
                let y = match year {
                    Some(y) => y,
                    None => month_year(month, anchor, Relation::Latest)?,
                };
                let (first, last) = month_bounds(y, month)?;
                let end = first.checked_add_days(Days::new(u64::from(days.checked_sub(1)?)))?;
                Some((first, end.min(last)))
            }
            TimeKind::Duration { .. } | TimeKind::EventRelative | TimeKind::Era => None,
        }
    }
}

// ---------------------------------------------------------------------------
// Calendar helpers
// ---------------------------------------------------------------------------

/// The latest `day` on or before `anchor`: `anchor` itself when it is that
/// weekday. `None` only at the start of the calendar.
///
/// ```
/// use casualty::date::weekday_on_or_before;
/// use chrono::{NaiveDate, Weekday};
///
/// let wednesday = NaiveDate::from_ymd_opt(2016, 3, 16).ok_or("date")?;
/// assert_eq!(weekday_on_or_before(Weekday::Wed, wednesday), Some(wednesday));
/// assert_eq!(weekday_on_or_before(Weekday::Sun, wednesday), NaiveDate::from_ymd_opt(2016, 3, 13));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn weekday_on_or_before(day: Weekday, anchor: NaiveDate) -> Option<NaiveDate> {
    let gap = (anchor.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7;
    back(anchor, u64::from(gap))
}

/// The latest `day` strictly before `anchor`: a week back when `anchor` is
/// that weekday ("last Friday" written on a Friday).
///
/// ```
/// use casualty::date::weekday_before;
/// use chrono::{NaiveDate, Weekday};
///
/// let friday = NaiveDate::from_ymd_opt(2016, 3, 18).ok_or("date")?;
/// assert_eq!(weekday_before(Weekday::Fri, friday), NaiveDate::from_ymd_opt(2016, 3, 11));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn weekday_before(day: Weekday, anchor: NaiveDate) -> Option<NaiveDate> {
    weekday_on_or_before(day, anchor.pred_opt()?)
}

/// The first `day` strictly after `anchor` ("next Monday").
///
/// ```
/// use casualty::date::weekday_after;
/// use chrono::{NaiveDate, Weekday};
///
/// let monday = NaiveDate::from_ymd_opt(2016, 3, 14).ok_or("date")?;
/// assert_eq!(weekday_after(Weekday::Mon, monday), NaiveDate::from_ymd_opt(2016, 3, 21));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn weekday_after(day: Weekday, anchor: NaiveDate) -> Option<NaiveDate> {
    let gap = (day.num_days_from_monday() + 7 - anchor.weekday().num_days_from_monday()) % 7;
    let gap = if gap == 0 { 7 } else { gap };
    anchor.checked_add_days(Days::new(u64::from(gap)))
}

/// The first and last day of a calendar month; `None` for a month outside
/// 1–12 or a year outside the calendar.
///
/// ```
/// use casualty::date::month_bounds;
/// use chrono::NaiveDate;
///
/// let (first, last) = month_bounds(2016, 2).ok_or("month")?;
/// assert_eq!(first, NaiveDate::from_ymd_opt(2016, 2, 1).ok_or("date")?);
/// assert_eq!(last, NaiveDate::from_ymd_opt(2016, 2, 29).ok_or("date")?);
/// assert_eq!(month_bounds(2016, 13), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn month_bounds(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    Some((first, last))
}

fn year_bounds(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(year, 1, 1)?,
        NaiveDate::from_ymd_opt(year, 12, 31)?,
    ))
}

fn back(d: NaiveDate, days: u64) -> Option<NaiveDate> {
    d.checked_sub_days(Days::new(days))
}

fn monday_of(d: NaiveDate) -> Option<NaiveDate> {
    back(d, u64::from(d.weekday().num_days_from_monday()))
}

/// The year of the month `month` named without a year, seen from `anchor`.
fn month_year(month: u32, anchor: NaiveDate, relation: Relation) -> Option<i32> {
    let y = anchor.year();
    let same_year = match relation {
        Relation::Latest => month <= anchor.month(),
        Relation::Previous => month < anchor.month(),
        Relation::Next => month > anchor.month(),
    };
    match (same_year, relation) {
        (true, _) => Some(y),
        (false, Relation::Next) => y.checked_add(1),
        (false, _) => y.checked_sub(1),
    }
}

/// The latest `month`/`day` on or before `anchor`, looking back up to eight
/// years (enough for February 29).
fn date_on_or_before(month: u32, day: u32, anchor: NaiveDate) -> Option<NaiveDate> {
    (0..=8)
        .filter_map(|k| anchor.year().checked_sub(k))
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d <= anchor)
}

// ---------------------------------------------------------------------------
// Time expressions: the patterns
// ---------------------------------------------------------------------------

/// What a builder sees besides the captures: the whole text and the match's
/// absolute bounds, for looking at neighbours.
struct Ctx<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl Ctx<'_> {
    fn phrase(&self) -> &str {
        self.text.get(self.start..self.end).unwrap_or("")
    }
}

type Builder = fn(&Captures<'_>, &Ctx<'_>) -> Option<TimeKind>;

/// A named pattern with a witness: a sentence of our own and the phrase the
/// pattern must find in it (checked by the unit tests).
struct ExprPattern {
    /// A name for test reports.
    #[cfg_attr(not(test), allow(dead_code))]
    name: &'static str,
    pattern: &'static str,
    /// The words it cannot match without ([`Needs`]): it is tried only on
    /// text that holds one of them.
    needs: u8,
    build: Builder,
    /// A sentence of our own the pattern must read...
    #[cfg_attr(not(test), allow(dead_code))]
    witness: &'static str,
    /// ... and the phrase it must find there.
    #[cfg_attr(not(test), allow(dead_code))]
    finds: &'static str,
}

/// The patterns, in priority order: when two matches start at the same byte
/// and have the same length, the earlier pattern wins; otherwise the earlier
/// start, then the longer match wins.
static EXPR_PATTERNS: &[ExprPattern] = &[
    ExprPattern {
        name: "date_month_day",
        pattern: concat!(
            r"(?xi)(?-u:\b)
            (?: (?P<since>since) \s+ | (?: on | by | until | till ) \s+ )?  # since / on
            (?: (?P<wd>",
            weekday_full!(),
            r") (?-u:\b) ,? \s+ )?                                            # Monday,
            ",
            month_any!(),
            r" \s* (?P<day>[0-9]{1,2}) (?: st|nd|rd|th )? (?-u:\b)         # March 3rd
            (?: ,? \s+ (?P<year>[0-9]{4}) (?-u:\b) )?                         # , 2012
            "
        ),
        needs: Needs::MONTH,
        build: build_calendar_date,
        witness: "The dam gave way on Monday, March 7, 2011, at dawn.",
        finds: "on Monday, March 7, 2011",
    },
    ExprPattern {
        name: "date_day_month",
        pattern: concat!(
            r"(?xi)(?-u:\b)
            (?: (?P<since>since) \s+ | on \s+ )?
            (?: (?P<wd>",
            weekday_full!(),
            r") (?-u:\b) ,? \s+ )?
            (?: the \s+ )?
            (?P<day>[0-9]{1,2}) (?: st|nd|rd|th )? \s+ (?: of \s+ )?       # 3 / the 3rd of
            ",
            month_any!(),
            r" (?: ,? \s+ (?P<year>[0-9]{4}) (?-u:\b) )?
            "
        ),
        needs: Needs::MONTH,
        build: build_calendar_date,
        witness: "Shelling resumed on 14 August 2014 near the port.",
        finds: "on 14 August 2014",
    },
    ExprPattern {
        name: "first_days",
        pattern: concat!(
            r"(?xi)(?-u:\b)
            (?: (?: in | during | over ) \s+ )?
            the \s+ first \s+ (?P<n>",
            amount!(),
            r") \s+ days \s+ of \s+
            (?P<month>",
            month_full!(),
            r") (?-u:\b)
            (?: ,? \s+ (?P<year>[0-9]{4}) (?-u:\b) )?
            "
        ),
        needs: Needs::MONTH,
        build: build_first_days,
        witness: "Nine died during the first four days of August in the camp.",
        finds: "during the first four days of August",
    },
    ExprPattern {
        name: "month",
        pattern: concat!(
            r"(?xi)(?-u:\b)
            (?: (?P<pre> since | in | during | throughout | last | this | the | of ) \s+ )?
            (?P<mod> (?: the \s+ )? (?: end | start | beginning | middle ) \s+ of \s+
                   | (?: early | late | mid ) [\s-]+ )?
            (?P<month>",
            month_full!(),
            r") (?-u:\b)
            (?: (?: ,? \s+ | \s+ of \s+ ) (?P<year>[0-9]{4}) (?-u:\b) )?  # 2015, of 1968
            "
        ),
        needs: Needs::MONTH,
        build: build_month,
        witness: "The camp filled up in late September as roads closed.",
        finds: "in late September",
    },
    ExprPattern {
        name: "weekday",
        pattern: concat!(
            r"(?xi)(?-u:\b)
            (?:
                (?P<last> (?: this \s+ )? past | last ) \s+              # last Friday
              | (?P<next> next | (?: this \s+ )? coming ) \s+            # next Monday
              | (?P<since> since ) \s+                                   # since Friday
              | (?: early | late ) \s+ (?: on \s+ )?                     # late on Tuesday
              | on \s+ | this \s+
            )?
            (?P<wd>",
            weekday_full!(),
            r") (?-u:\b)
            (?: \s+ (?: morning | afternoon | evening | night ) (?-u:\b) )?   # Monday night
            "
        ),
        needs: Needs::WEEKDAY,
        build: build_weekday,
        witness: "Two bridges collapsed early on Thursday after the rain.",
        finds: "early on Thursday",
    },
    ExprPattern {
        name: "relative_day",
        pattern: r"(?xi)(?-u:\b)
            (?:
                (?P<dby> (?: on \s+ )? the \s+ day \s+ before \s+ yesterday )
              | (?P<yday> (?: (?: late | early ) \s+ )?
                          (?: yesterday (?: \s+ (?: morning | afternoon | evening ) )?
                            | last \s+ night ) )
              | (?P<today> (?: (?: earlier | later | late | early ) \s+ )? (?: today | tonight )
                         | this \s+ (?: morning | afternoon | evening ) )
              | (?P<other> (?: on \s+ )? the \s+ (?: day | night ) \s+ (?: before | after )
                         | (?: on \s+ )? the \s+ (?: previous | next | following | same ) \s+
                               (?: day | night | morning | evening )
                         | (?: on \s+ )? that \s+ (?: day | night )
                         | a \s+ day \s+ (?: earlier | later ) )
            )
            (?-u:\b)",
        needs: Needs::TIME_WORD,
        build: build_relative_day,
        witness: "A second tremor struck late yesterday near the border.",
        finds: "late yesterday",
    },
    ExprPattern {
        name: "calendar_unit",
        pattern: concat!(
            r"(?xi)(?-u:\b)
            (?:
                (?P<wkend> (?: (?: over | at | during | on | throughout ) \s+ )?
                           (?P<wkq> this \s+ past | the \s+ past | the | this | last ) \s+ weekend )
              | (?P<this> (?: (?: so \s+ far | earlier | later | late | early ) \s+ )?
                              this \s+ (?P<tu> week | month | year )
                        | (?: since | from ) \s+ the \s+ (?: start | beginning ) \s+ of \s+
                              (?: the | this ) \s+ (?P<tu2> week | month | year ) )
              | (?P<last> (?: (?: earlier | late | early ) \s+ )? last \s+ (?P<lu> week | month | year ) )
              | (?P<past> (?: (?: in | over | during | within | throughout | for ) \s+ )?
                          (?: the \s+ (?: past | last ) | this \s+ past | past ) \s+
                          (?: (?P<pn>",
            amount!(),
            r") [\s-]+ )?
                          (?P<pu> hours? | days? | weeks? | months? | years? | decades? ) )
            )
            (?-u:\b)"
        ),
        needs: Needs::TIME_WORD,
        build: build_calendar_unit,
        witness: "Aid trucks arrived over the past two weeks, officials said.",
        finds: "over the past two weeks",
    },
    ExprPattern {
        name: "year",
        pattern: r"(?xi)(?-u:\b)
            (?P<pre> since (?: \s+ the \s+ (?: start | beginning ) \s+ of )?
                   | so \s+ far \s+ in | in | during | throughout ) \s+
            (?: (?: early | late | mid ) [\s-]+ )?
            (?P<year>[12][0-9]{3}) (?-u:\b)",
        needs: Needs::DIGIT,
        build: build_year,
        witness: "The river burst its banks in 2009 and again later.",
        finds: "in 2009",
    },
    ExprPattern {
        name: "decade",
        pattern: r"(?xi)(?-u:\b)
            (?: (?P<pre> in | during | since | throughout ) \s+ )?
            the \s+ (?: (?: early | late | mid ) [\s-]+ )?
            (?P<dec>[12][0-9]{2}0) '? s (?-u:\b)",
        needs: Needs::DIGIT,
        build: build_decade,
        witness: "Famine returned in the 1980s to the northern hills.",
        finds: "in the 1980s",
    },
    ExprPattern {
        name: "era",
        pattern: concat!(
            r"(?xi)(?-u:\b)
            (?: since | during | throughout | over \s+ the \s+ course \s+ of
              | in \s+ the \s+ course \s+ of ) \s+
            the \s+
            (?: (?: start | beginning | outbreak | onset ) \s+ of \s+ the \s+ )?
            (?: [a-z0-9'’-]+ \s+ ){0,3}?                                    # three-year civil
            (?: war | conflict | uprising | revolt | revolution | rebellion | crisis
              | unrest | insurgency | fighting | violence | offensive | siege
              | occupation | protests | crackdown | invasion | campaign | hostilities
              | intifada ) (?-u:\b)
            (?: \s+ (?: began | started | erupted | broke \s+ out ) (?-u:\b)   # began
                (?: \s+ in \s+ (?: (?P<m>",
            month_full!(),
            r") (?-u:\b) \s+ )? (?P<y>[12][0-9]{3}) (?-u:\b) )?               # in March 2011
            )?"
        ),
        needs: Needs::ERA,
        build: build_era,
        witness: "Thousands have fled since the fighting erupted, the agency said.",
        finds: "since the fighting erupted",
    },
    ExprPattern {
        name: "duration",
        pattern: concat!(
            r"(?xi)(?-u:\b)
            (?: (?: in | over | during | for | within | after | throughout ) \s+ )?
            (?: (?: nearly | almost | about | around | roughly | some | over | more \s+ than
                  | less \s+ than | fewer \s+ than | just \s+ over | just \s+ under
                  | at \s+ least | close \s+ to ) \s+ )?
            (?P<n>",
            amount!(),
            r")
            (?:
                \s+ (?P<u> hours? | days? | weeks? | months? | years? | decades? ) (?-u:\b)
                (?: (?P<ago> \s+ ago (?-u:\b) )
                  | \s+ of \s+ (?: the \s+ )?                                  # of unrest
                    (?: (?: civil | armed | sectarian | ethnic | political ) \s+ )?
                    [a-z]+ (?-u:\b) )?
              | - (?P<hu> hour | day | week | month | year | decade ) (?-u:\b)  # 18-month crisis
                (?: -long (?-u:\b) )?
                (?: \s+ (?: (?: civil | armed | sectarian | ethnic | political ) \s+ )?
                    [a-z]+ (?-u:\b) )?
            )"
        ),
        needs: Needs::TIME_WORD,
        build: build_duration,
        witness: "The siege lasted for nearly 16 weeks of hunger in the old town.",
        finds: "for nearly 16 weeks of hunger",
    },
    ExprPattern {
        name: "vague_duration",
        pattern: r"(?xi)(?-u:\b)
            (?: (?: in | over | during ) \s+ recent \s+ (?P<ru> days | weeks | months | years )
              | for \s+ (?P<fu> hours | days | weeks | months | years | decades ) )
            (?-u:\b)",
        needs: Needs::TIME_WORD,
        build: build_vague_duration,
        witness: "Prices have climbed in recent weeks across the region.",
        finds: "in recent weeks",
    },
];

/// The words a time expression cannot do without, as bits: each pattern of
/// [`EXPR_PATTERNS`] names those it needs, and [`Needs::of`] finds those a
/// text holds in one pass over its words, so that a sentence with no month,
/// weekday or unit of time is never searched for dates.
struct Needs;

impl Needs {
    /// A month's name or abbreviation: "March 3", "in late September".
    const MONTH: u8 = 1;
    /// A weekday's name: "on Monday".
    const WEEKDAY: u8 = 2;
    /// A unit or part of a day: "last week", "two years ago", "last night",
    /// "yesterday".
    const TIME_WORD: u8 = 4;
    /// An ASCII digit: "in 2009", "the 1980s".
    const DIGIT: u8 = 8;
    /// A word for a war or an unrest: "since the fighting erupted".
    const ERA: u8 = 16;
    const ALL: u8 = 31;

    /// The needs that `text` meets. The patterns are case-blind in full
    /// Unicode, where "ſ" is an "s" and the Kelvin sign a "k": a text with
    /// either meets them all.
    fn of(text: &str) -> u8 {
        if text.contains(['\u{17F}', '\u{212A}']) {
            return Needs::ALL;
        }
        let b = text.as_bytes();
        let mut have = 0;
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_digit() {
                have |= Needs::DIGIT;
            }
            if !b[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            let mut w = [0u8; 12];
            if i - start <= w.len() {
                for (d, c) in w.iter_mut().zip(&b[start..i]) {
                    *d = c.to_ascii_lowercase();
                }
                have |= Needs::of_word(&w[..i - start]);
            }
        }
        have
    }

    fn of_word(w: &[u8]) -> u8 {
        match w {
            b"january" | b"february" | b"march" | b"april" | b"may" | b"june" | b"july"
            | b"august" | b"september" | b"october" | b"november" | b"december" | b"jan"
            | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sept" | b"sep" | b"oct"
            | b"nov" | b"dec" => Needs::MONTH,
            b"monday" | b"tuesday" | b"wednesday" | b"thursday" | b"friday" | b"saturday"
            | b"sunday" => Needs::WEEKDAY,
            b"hour" | b"hours" | b"day" | b"days" | b"week" | b"weeks" | b"weekend" | b"month"
            | b"months" | b"year" | b"years" | b"decade" | b"decades" | b"night" | b"yesterday"
            | b"today" | b"tonight" | b"morning" | b"afternoon" | b"evening" => Needs::TIME_WORD,
            b"war" | b"conflict" | b"uprising" | b"revolt" | b"revolution" | b"rebellion"
            | b"crisis" | b"unrest" | b"insurgency" | b"fighting" | b"violence" | b"offensive"
            | b"siege" | b"occupation" | b"protests" | b"crackdown" | b"invasion" | b"campaign"
            | b"hostilities" | b"intifada" => Needs::ERA,
            _ => 0,
        }
    }
}

/// The compiled patterns. A pattern that fails to compile is left out (the
/// unit tests check that none does), so first use cannot panic.
static COMPILED: Lazy<Vec<(&'static ExprPattern, Regex)>> = Lazy::new(|| {
    EXPR_PATTERNS
        .iter()
        .filter_map(|p| Regex::new(p.pattern).ok().map(|re| (p, re)))
        .collect()
});

/// Every time expression inside `text[within]`, left to right, with
/// absolute spans. Overlapping readings are settled by taking the one that
/// starts first, then the longest ("on Monday, March 7" is one date, not a
/// weekday and a date). `within` is clamped to the text and to `char`
/// boundaries. See the [module docs](self) for every form.
///
/// ```
/// use casualty::date::{find_time_exprs, TimeKind, Unit};
/// use casualty::Span;
///
/// let text = "Rebels said on Sunday that 40 fighters died last week.";
/// let found = find_time_exprs(text, Span::new(0, text.len()));
/// let phrases: Vec<&str> = found.iter().map(|e| &text[e.span]).collect();
/// assert_eq!(phrases, ["on Sunday", "last week"]);
/// assert_eq!(found[1].kind, TimeKind::Last(Unit::Week));
///
/// // Only the part asked for is searched; spans stay absolute.
/// let tail = find_time_exprs(text, Span::new(30, text.len()));
/// assert_eq!(tail.len(), 1);
/// assert_eq!(tail[0].span, found[1].span);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn find_time_exprs(text: &str, within: Span) -> Vec<TimeExpr> {
    let (lo, hi) = clamp_to_text(text, within);
    let Some(hay) = text.get(lo..hi) else {
        return Vec::new();
    };
    // (start, end, priority, kind)
    let mut candidates: Vec<(usize, usize, usize, TimeKind)> = Vec::new();
    let have = Needs::of(hay);
    for (priority, (pattern, re)) in COMPILED.iter().enumerate() {
        if pattern.needs & have == 0 {
            continue;
        }
        for caps in re.captures_iter(hay) {
            let Some(m) = caps.get(0) else { continue };
            if m.is_empty() {
                continue;
            }
            let ctx = Ctx {
                text,
                start: lo + m.start(),
                end: lo + m.end(),
            };
            if let Some(kind) = (pattern.build)(&caps, &ctx) {
                candidates.push((ctx.start, ctx.end, priority, kind));
            }
        }
    }
    candidates.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| b.1.cmp(&a.1))
            .then_with(|| a.2.cmp(&b.2))
    });
    let mut out: Vec<TimeExpr> = Vec::new();
    for (start, end, _, kind) in candidates {
        if out.last().map_or(true, |p| start >= p.span.end) {
            out.push(TimeExpr {
                span: Span::new(start, end),
                kind,
            });
        }
    }
    out
}

/// `span` clamped into `text` with both ends on `char` boundaries.
fn clamp_to_text(text: &str, span: Span) -> (usize, usize) {
    let mut hi = span.end.min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let mut lo = span.start.min(hi);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    (lo, hi)
}

// ---------------------------------------------------------------------------
// Builders: captures to kinds, with the checks a regex cannot make
// ---------------------------------------------------------------------------

fn build_calendar_date(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<TimeKind> {
    let word = c.name("month")?.as_str();
    let month = month_number(word)?;
    if !month_case_ok(word, month, true, ctx.phrase()) {
        return None;
    }
    let day: u32 = c.name("day")?.as_str().parse().ok()?;
    if day == 0 || day > max_day(month) || inside_number(ctx.text, ctx.start) {
        return None;
    }
    let year = match c.name("year") {
        Some(y) => {
            let y: i32 = y.as_str().parse().ok()?;
            NaiveDate::from_ymd_opt(y, month, day)?;
            Some(y)
        }
        None => None,
    };
    if let Some(wd) = c.name("wd") {
        weekday_number(wd.as_str())?;
    }
    if c.name("since").is_some() {
        return Some(TimeKind::Since {
            year,
            month: Some(month),
            day: Some(day),
        });
    }
    Some(TimeKind::Date { year, month, day })
}

fn build_first_days(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<TimeKind> {
    let days = parse_amount(c.name("n")?.as_str())?.filter(|&n| (1..=31).contains(&n))?;
    let word = c.name("month")?.as_str();
    let month = month_number(word)?;
    let year = match c.name("year") {
        Some(y) => Some(y.as_str().parse().ok()?),
        None => None,
    };
    if !month_case_ok(word, month, year.is_some(), ctx.phrase()) {
        return None;
    }
    Some(TimeKind::FirstDays { days, month, year })
}

fn build_month(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<TimeKind> {
    let word = c.name("month")?.as_str();
    let month = month_number(word)?;
    let year: Option<i32> = match c.name("year") {
        Some(y) => Some(y.as_str().parse().ok()?),
        None => None,
    };
    if !month_case_ok(word, month, year.is_some(), ctx.phrase()) {
        return None;
    }
    let pre = c.name("pre").map(|p| p.as_str().to_ascii_lowercase());
    let modified = c.name("mod").is_some();
    if pre.is_none() && !modified && year.is_none() {
        return None; // a bare month word: "Theresa May", "April Smith"
    }
    if year.is_none() {
        // "in March 3" is a date the date patterns read; "the March" is a
        // procession or a name.
        if next_char(ctx.text, ctx.end).is_some_and(|ch| ch.is_ascii_digit()) {
            return None;
        }
        if pre.as_deref() == Some("the") && !modified && (month == 3 || month == 5) {
            return None;
        }
    }
    Some(match pre.as_deref() {
        Some("since") => TimeKind::Since {
            year,
            month: Some(month),
            day: None,
        },
        Some("last") => TimeKind::Month {
            year,
            month,
            relation: Relation::Previous,
        },
        _ => TimeKind::Month {
            year,
            month,
            relation: Relation::Latest,
        },
    })
}

/// Words before a weekday that make it a named day, not a day reference.
const NAMED_DAYS: &[&str] = &[
    "good", "black", "bloody", "super", "ash", "holy", "palm", "easter", "cyber", "maundy", "fat",
    "shrove", "giving", "low", "white",
];

fn build_weekday(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<TimeKind> {
    let wd = c.name("wd")?;
    let day = weekday_number(wd.as_str())?;
    let before = word_before(ctx.text, wd.start() + (ctx.start - c.get(0)?.start()));
    if NAMED_DAYS.iter().any(|w| before.eq_ignore_ascii_case(w)) {
        return None;
    }
    Some(if c.name("last").is_some() {
        TimeKind::Weekday {
            day,
            relation: Relation::Previous,
        }
    } else if c.name("next").is_some() {
        TimeKind::Weekday {
            day,
            relation: Relation::Next,
        }
    } else if c.name("since").is_some() {
        TimeKind::SinceWeekday(day)
    } else {
        TimeKind::Weekday {
            day,
            relation: Relation::Latest,
        }
    })
}

fn build_relative_day(c: &Captures<'_>, _ctx: &Ctx<'_>) -> Option<TimeKind> {
    if c.name("dby").is_some() {
        Some(TimeKind::DaysAgo(2))
    } else if c.name("yday").is_some() {
        Some(TimeKind::DaysAgo(1))
    } else if c.name("today").is_some() {
        Some(TimeKind::DaysAgo(0))
    } else if c.name("other").is_some() {
        Some(TimeKind::EventRelative)
    } else {
        None
    }
}

fn build_calendar_unit(c: &Captures<'_>, _ctx: &Ctx<'_>) -> Option<TimeKind> {
    if c.name("wkend").is_some() {
        let q = squash(c.name("wkq")?.as_str());
        return Some(if q == "last" {
            TimeKind::Last(Unit::Weekend)
        } else {
            TimeKind::This(Unit::Weekend)
        });
    }
    if c.name("this").is_some() {
        let u = c.name("tu").or_else(|| c.name("tu2"))?;
        return Some(TimeKind::This(parse_unit(u.as_str())?));
    }
    if c.name("last").is_some() {
        return Some(TimeKind::Last(parse_unit(c.name("lu")?.as_str())?));
    }
    let u = c.name("pu")?.as_str();
    let unit = parse_unit(u)?;
    let amount = match c.name("pn") {
        Some(n) => parse_amount(n.as_str())?,
        None if !u.ends_with(['s', 'S']) => Some(1),
        None => None,
    };
    Some(TimeKind::Past { amount, unit })
}

fn build_year(c: &Captures<'_>, _ctx: &Ctx<'_>) -> Option<TimeKind> {
    let year: i32 = c.name("year")?.as_str().parse().ok()?;
    let pre = squash(c.name("pre")?.as_str());
    Some(if pre.starts_with("since") || pre.starts_with("so far") {
        TimeKind::Since {
            year: Some(year),
            month: None,
            day: None,
        }
    } else {
        TimeKind::Year(year)
    })
}

fn build_decade(c: &Captures<'_>, _ctx: &Ctx<'_>) -> Option<TimeKind> {
    let year: i32 = c.name("dec")?.as_str().parse().ok()?;
    let since = c
        .name("pre")
        .is_some_and(|p| p.as_str().eq_ignore_ascii_case("since"));
    Some(if since {
        TimeKind::Since {
            year: Some(year),
            month: None,
            day: None,
        }
    } else {
        TimeKind::Decade(year)
    })
}

fn build_era(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<TimeKind> {
    let Some(y) = c.name("y") else {
        return Some(TimeKind::Era);
    };
    let year: i32 = y.as_str().parse().ok()?;
    let month = match c.name("m") {
        Some(m) => {
            let n = month_number(m.as_str())?;
            if !month_case_ok(m.as_str(), n, true, ctx.phrase()) {
                return Some(TimeKind::Era);
            }
            Some(n)
        }
        None => None,
    };
    Some(TimeKind::Since {
        year: Some(year),
        month,
        day: None,
    })
}

fn build_duration(c: &Captures<'_>, ctx: &Ctx<'_>) -> Option<TimeKind> {
    let n = c.name("n")?.as_str();
    if inside_number(ctx.text, ctx.start) {
        return None; // the "000 years" of "10,000 years"
    }
    let unit = parse_unit(c.name("u").or_else(|| c.name("hu"))?.as_str())?;
    // Ages are not durations: "a 16-year-old", "16 years old", "a 17-year old".
    let phrase = ctx.phrase().to_ascii_lowercase();
    if phrase.ends_with(" old") || phrase.ends_with("-old") {
        return None;
    }
    if let Some(after) = ctx.text.get(ctx.end..) {
        let head = after.get(..4).unwrap_or("");
        if head.eq_ignore_ascii_case("-old") || head.eq_ignore_ascii_case(" old") {
            return None;
        }
    }
    let amount = parse_amount(n)?;
    let lone_article = n.eq_ignore_ascii_case("a") || n.eq_ignore_ascii_case("an");
    if c.name("ago").is_some() {
        return Some(match (unit, amount) {
            (Unit::Day, Some(k)) => TimeKind::DaysAgo(k),
            _ => TimeKind::Ago { amount, unit },
        });
    }
    if lone_article {
        return None; // "a day", "an hour": rates and asides, not periods
    }
    Some(TimeKind::Duration { amount, unit })
}

fn build_vague_duration(c: &Captures<'_>, _ctx: &Ctx<'_>) -> Option<TimeKind> {
    let u = c.name("ru").or_else(|| c.name("fu"))?;
    Some(TimeKind::Duration {
        amount: None,
        unit: parse_unit(u.as_str())?,
    })
}

// ---------------------------------------------------------------------------
// Word helpers
// ---------------------------------------------------------------------------

/// Lower-case ASCII with runs of whitespace as one space.
fn squash(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// 1–12 for a full month name or an abbreviation (with or without its
/// period), any case.
fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w == "sept" {
        return Some(9);
    }
    let i = MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(w.as_str())))?;
    u32::try_from(i + 1).ok()
}

/// The most days `month` can have (29 for February).
fn max_day(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether a month word is written as a month. Capitalised and upper-case
/// words count; lower-case full names only before a number (never "may");
/// abbreviations must be capitalised; upper-case "MAY" without a number only
/// inside an all-upper-case phrase.
fn month_case_ok(word: &str, month: u32, with_number: bool, phrase: &str) -> bool {
    let stem = word.trim_end_matches('.');
    let first_upper = stem.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    let abbreviated = !MONTHS.iter().any(|m| stem.eq_ignore_ascii_case(m));
    if !first_upper {
        return with_number && month != 5 && !abbreviated;
    }
    let all_upper = !stem.chars().any(|c| c.is_ascii_lowercase());
    if month == 5 && all_upper && !with_number {
        return !phrase.chars().any(|c| c.is_lowercase());
    }
    true
}

fn weekday_number(word: &str) -> Option<Weekday> {
    let w = word.to_ascii_lowercase();
    Some(match w.as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn parse_unit(word: &str) -> Option<Unit> {
    let w = word.to_ascii_lowercase();
    Some(match w.trim_end_matches('s') {
        "hour" => Unit::Hour,
        "day" => Unit::Day,
        "week" => Unit::Week,
        "weekend" => Unit::Weekend,
        "month" => Unit::Month,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        _ => return None,
    })
}

/// An amount word: `Some(Some(n))` for a number, `Some(None)` for a vague
/// amount ("several"), `None` for anything else.
fn parse_amount(word: &str) -> Option<Option<u32>> {
    let w = squash(word);
    if w.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return w.replace(',', "").parse().ok().map(Some);
    }
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    match w.as_str() {
        "a" | "an" => return Some(Some(1)),
        "a couple of" => return Some(Some(2)),
        "a few" | "few" | "several" | "many" => return Some(None),
        _ => {}
    }
    let index = |list: &[&str], s: &str| list.iter().position(|x| *x == s);
    if let Some(i) = index(&UNITS, &w) {
        return u32::try_from(i).ok().map(Some);
    }
    let mut parts = w.splitn(2, ['-', ' ']);
    let tens = index(&TENS, parts.next()?)?;
    let ones = match parts.next() {
        Some(p) => index(&UNITS[1..10], p)? + 1,
        None => 0,
    };
    u32::try_from(20 + tens * 10 + ones).ok().map(Some)
}

/// The word ending just before `pos` (past spaces), at most 16 characters
/// back: "Good" in "Good Friday".
fn word_before(text: &str, pos: usize) -> &str {
    let Some(head) = text.get(..pos) else {
        return "";
    };
    let mut end = head.len();
    for (i, c) in head.char_indices().rev().take(8) {
        if c == ' ' || c == '\t' || c == '\u{a0}' {
            end = i;
        } else {
            break;
        }
    }
    let head = &head[..end];
    let mut start = head.len();
    for (i, c) in head.char_indices().rev().take(16) {
        if c.is_alphabetic() {
            start = i;
        } else {
            break;
        }
    }
    &head[start..]
}

/// Whether `pos` follows a digit and a separator, as the "000" of
/// "10,000" or the "5" of "2.5" does.
fn inside_number(text: &str, pos: usize) -> bool {
    let Some(head) = text.get(..pos) else {
        return false;
    };
    let mut back = head.chars().rev();
    matches!(back.next(), Some(',' | '.')) && back.next().is_some_and(|c| c.is_ascii_digit())
}

/// The first non-blank character at or after `pos`, looking a few
/// characters ahead.
fn next_char(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?
        .chars()
        .take(6)
        .find(|c| !matches!(c, ' ' | '\t' | '\u{a0}'))
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_matches_only_text_that_meets_its_needs() {
        let texts = [
            "On Monday, March 7, 2011, two died; on 14 August 2014 more fled.",
            "During the first four days of August and in late September, 9 died.",
            "Last Friday, late yesterday, the day before, on that night, this morning.",
            "Over the past two weeks and so far this year, since the start of the month.",
            "In 2009, in the 1980s, since the fighting erupted in March 2011.",
            "For nearly 16 weeks of hunger, an 18-month crisis, in recent weeks, for years.",
            "SINCE THE WAR BEGAN, TWO YEARS AGO, ON 3 JAN 1990, LAST WEEKEND.",
            "Sept. 4 and Dec 25, the 3rd of May, jan 5.",
        ];
        for text in texts {
            let have = Needs::of(text);
            for (p, re) in COMPILED.iter() {
                if re.is_match(text) {
                    assert_ne!(p.needs & have, 0, "{} matches {text:?}", p.name);
                }
            }
        }
        assert_eq!(
            Needs::of("Rebels said 40 people were killed."),
            Needs::DIGIT
        );
        assert_eq!(Needs::of("no dates here"), 0);
        // case folding: the long s is an s, the Kelvin sign a k
        assert_eq!(Needs::of("two \u{17F}eeks"), Needs::ALL);
    }

    #[test]
    fn dateline_openings_table() {
        let cases = [
            ("QUITO, 12 OCT 89 (AGENCY) --", (true, false)),
            ("  LIMA, Peru, May 9 -", (true, false)),
            ("N'DJAMENA, 3 March", (true, false)),
            ("Updated: 10:41 AM ET, Tue March 1, 2016", (false, true)),
            ("UpdatedMarch 1, 2016", (false, true)),
            ("2 May 2017", (false, true)),
            ("March 1, 2016 -- Updated", (false, true)),
            ("Tue, 3 May 2016", (false, true)),
            ("The army said", (false, false)),
            ("A man was hurt", (true, false)),
            ("über 12", (false, true)),
            ("", (false, false)),
        ];
        for (line, want) in cases {
            assert_eq!(dateline_openings(line), want, "{line:?}");
        }
    }

    fn day(s: &str) -> NaiveDate {
        s.parse()
            .unwrap_or_else(|e| panic!("bad test date {s:?}: {e}"))
    }

    fn whole(text: &str) -> Span {
        Span::new(0, text.len())
    }

    fn show(r: Option<(NaiveDate, NaiveDate)>) -> String {
        match r {
            None => "-".to_string(),
            Some((a, b)) if a == b => a.to_string(),
            Some((a, b)) => format!("{a}..{b}"),
        }
    }

    // -- 000: every pattern compiles and finds its witness ------------------

    #[test]
    fn t000_patterns_compile_and_find_their_witness() {
        let mut failures = Vec::new();
        if COMPILED.len() != EXPR_PATTERNS.len() {
            for p in EXPR_PATTERNS {
                if let Err(e) = Regex::new(p.pattern) {
                    failures.push(format!("{}: does not compile: {e}", p.name));
                }
            }
        }
        if WIRE_DATELINE.is_none() {
            failures.push("wire dateline does not compile".into());
        }
        if LINE_DATELINE.is_none() {
            failures.push("line dateline does not compile".into());
        }
        for p in EXPR_PATTERNS {
            let found = find_time_exprs(p.witness, whole(p.witness));
            if !found.iter().any(|e| &p.witness[e.span] == p.finds) {
                let got: Vec<&str> = found.iter().map(|e| &p.witness[e.span]).collect();
                failures.push(format!(
                    "{}: {:?} should find {:?}, found {got:?}",
                    p.name, p.witness, p.finds
                ));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    // -- 100: datelines ------------------------------------------------------

    /// (number, text, context year, [(dateline text, date or "-")])
    macro_rules! dateline_table {
        ($name:ident { $($n:literal: $text:expr, $ctx:expr => [$(($span:expr, $date:expr)),*];)* }) => {
            #[test]
            fn $name() {
                let cases: &[(u32, &str, Option<i32>, &[(&str, &str)])] =
                    &[$(($n, $text, $ctx, &[$(($span, $date)),*])),*];
                let mut failures = Vec::new();
                for &(n, text, ctx, want) in cases {
                    let got: Vec<(&str, String)> = find_datelines(text, ctx)
                        .iter()
                        .map(|d| (&text[d.span], d.date.map_or("-".into(), |x| x.to_string())))
                        .collect();
                    let want: Vec<(&str, String)> =
                        want.iter().map(|(s, d)| (*s, d.to_string())).collect();
                    if got != want {
                        failures.push(format!("{n}: {text:?} (year {ctx:?})\n   want {want:?}\n    got {got:?}"));
                    }
                }
                assert!(failures.is_empty(), "\n{}", failures.join("\n"));
            }
        };
    }

    dateline_table!(t100_datelines {
        // wire, upper-case, two-digit year
        100: "SOFIA, 4 FEB 91 (AGENCY) -- A TRAIN LEFT THE RAILS.", None
            => [("SOFIA, 4 FEB 91 (AGENCY) --", "1991-02-04")];
        101: "QUITO, 12 OCT 89 -- TWO BRIDGES FELL.", Some(2001)
            => [("QUITO, 12 OCT 89 --", "1989-10-12")];
        102: "SANTA ANA, 7 NOV 05 (RADIO SOMEWHERE) -- NEWS.", None
            => [("SANTA ANA, 7 NOV 05 (RADIO SOMEWHERE) --", "2005-11-07")];
        // wire, month-day, no year
        110: "OSLO, April 9 (Wire) - Snow closed the pass.", Some(2011)
            => [("OSLO, April 9 (Wire) -", "2011-04-09")];
        111: "OSLO, April 9 (Wire) - Snow closed the pass.", None
            => [("OSLO, April 9 (Wire) -", "-")];
        112: "NEW DELHI, India, June 2 - The heat broke records.", Some(1999)
            => [("NEW DELHI, India, June 2 -", "1999-06-02")];
        113: "TORONTO, Ont., Nov. 14 - A mine shaft flooded.", Some(1986)
            => [("TORONTO, Ont., Nov. 14 -", "1986-11-14")];
        114: "N'GOLA, March 5, 2004 (Wire) -- Rains.", None
            => [("N'GOLA, March 5, 2004 (Wire) --", "2004-03-05")];
        // date lines
        120: "Page header\nAugust 8, 2013 -- Updated 1120 GMT (1920 HKT)\nA ship ran aground.", None
            => [("August 8, 2013 -- Updated 1120 GMT (1920 HKT)", "2013-08-08")];
        121: "17 September 2018\nThe levee held.", None
            => [("17 September 2018", "2018-09-17")];
        122: "Updated 7:05 PM ET, Wed October 3, 2018\nText.", None
            => [("Updated 7:05 PM ET, Wed October 3, 2018", "2018-10-03")];
        123: "Published: 5 January 2019\nText.", None
            => [("Published: 5 January 2019", "2019-01-05")];
        124: "Last Updated Mar 2, 2017 8:00 AM EST\nText.", None
            => [("Last Updated Mar 2, 2017 8:00 AM EST", "2017-03-02")];
        125: "2015-06-30\nText.", None => [("2015-06-30", "2015-06-30")];
        126: "  \u{feff}9 May 2016  \r\nText.", None => [("9 May 2016", "2016-05-09")];
        127: "Updated May 4, 2016 3:10 p.m. ET\n", None
            => [("Updated May 4, 2016 3:10 p.m. ET", "2016-05-04")];
        128: "April 2, 2015 . A quiz follows.\n", None => [("April 2, 2015", "2015-04-02")];
        // several, in order
        130: "June 3, 2014 -- Updated 0100 GMT (0900 HKT)\nOne.\nMay 30, 2014 -- Updated 2200 GMT (0600 HKT)\nTwo.", None
            => [("June 3, 2014 -- Updated 0100 GMT (0900 HKT)", "2014-06-03"),
                ("May 30, 2014 -- Updated 2200 GMT (0600 HKT)", "2014-05-30")];
        131: "HAVANA, 2 MAR 90 -- ONE.\r\nHAVANA, 3 MAR 90 -- TWO.\r\n", None
            => [("HAVANA, 2 MAR 90 --", "1990-03-02"), ("HAVANA, 3 MAR 90 --", "1990-03-03")];
        // not datelines
        140: "Lyon, France (CNN) -- A fire broke out.", Some(2010) => [];
        141: "(CNN) -- A fire broke out.", None => [];
        142: "The flood of March 3, 2012, was the worst.", None => [];
        143: "March 3, 2012, was the worst day.", None => [];
        144: "Officials in OSLO, April 9 - no.", Some(2011) => [];
        145: "Lyon, April 9 - a lower-case place.", Some(2011) => [];
        146: "HEADLINE NEWS 1800 GMT APRIL 7", Some(1987) => [];
        // days the calendar lacks, and implausible years
        150: "ROME, February 30 (Wire) - Text.", Some(2010) => [("ROME, February 30 (Wire) -", "-")];
        151: "July 4, 99999 -- Updated 1000 GMT", None => [("July 4, 99999 -- Updated 1000 GMT", "-")];
        152: "MINSK, 29 FEB 89 (X) -- TEXT.", None => [("MINSK, 29 FEB 89 (X) --", "-")];
        153: "MINSK, 29 FEB 88 (X) -- TEXT.", None => [("MINSK, 29 FEB 88 (X) --", "1988-02-29")];
        154: "ROME, February 29 (Wire) - Text.", Some(2013) => [("ROME, February 29 (Wire) -", "-")];
        155: "31 April 2015\n", None => [("31 April 2015", "-")];
        156: "2015-13-40\n", None => [("2015-13-40", "-")];
    });

    // -- 200..: time expressions, resolved ----------------------------------

    /// (number, text, phrase it must find, anchor, resolution or "-", is_day)
    macro_rules! expr_table {
        ($name:ident { $($n:literal: $text:expr, $phrase:expr, $anchor:expr => $want:expr, $day:expr;)* }) => {
            #[test]
            fn $name() {
                let cases: &[(u32, &str, &str, &str, &str, bool)] =
                    &[$(($n, $text, $phrase, $anchor, $want, $day)),*];
                let mut failures = Vec::new();
                for &(n, text, phrase, anchor, want, is_day) in cases {
                    let found = find_time_exprs(text, whole(text));
                    let Some(e) = found.iter().find(|e| &text[e.span] == phrase) else {
                        let got: Vec<&str> = found.iter().map(|e| &text[e.span]).collect();
                        failures.push(format!("{n}: {text:?} should find {phrase:?}, found {got:?}"));
                        continue;
                    };
                    let got = show(e.resolve(day(anchor)));
                    if got != want || e.is_day() != is_day {
                        failures.push(format!(
                            "{n}: {text:?} {phrase:?} at {anchor}: want {want} (day {is_day}), got {got} (day {}) {:?}",
                            e.is_day(), e.kind
                        ));
                    }
                }
                assert!(failures.is_empty(), "\n{}", failures.join("\n"));
            }
        };
    }

    // 2016-03-16 is a Wednesday; 2016-03-18 a Friday; 2016-03-20 a Sunday.
    expr_table!(t200_weekdays {
        200: "The vote was held Wednesday.", "Wednesday", "2016-03-16" => "2016-03-16", true;
        201: "A bus overturned Monday.", "Monday", "2016-03-16" => "2016-03-14", true;
        202: "A bus overturned Tuesday.", "Tuesday", "2016-03-16" => "2016-03-15", true;
        203: "A bus overturned Thursday.", "Thursday", "2016-03-16" => "2016-03-10", true;
        204: "A bus overturned Friday.", "Friday", "2016-03-16" => "2016-03-11", true;
        205: "A bus overturned Saturday.", "Saturday", "2016-03-16" => "2016-03-12", true;
        206: "A bus overturned on Sunday.", "on Sunday", "2016-03-16" => "2016-03-13", true;
        210: "The fire began last Friday.", "last Friday", "2016-03-18" => "2016-03-11", true;
        211: "The fire began last Friday.", "last Friday", "2016-03-16" => "2016-03-11", true;
        212: "The fire began last Monday.", "last Monday", "2016-03-16" => "2016-03-14", true;
        213: "The fire began this past Sunday.", "this past Sunday", "2016-03-20" => "2016-03-13", true;
        214: "The fire began Friday.", "Friday", "2016-03-18" => "2016-03-18", true;
        220: "The ferry sank late Tuesday.", "late Tuesday", "2016-03-16" => "2016-03-15", true;
        221: "The ferry sank early Monday.", "early Monday", "2016-03-16" => "2016-03-14", true;
        222: "The ferry sank Saturday night.", "Saturday night", "2016-03-16" => "2016-03-12", true;
        223: "The ferry sank on Saturday night.", "on Saturday night", "2016-03-16" => "2016-03-12", true;
        224: "The ferry sank Monday morning.", "Monday morning", "2016-03-16" => "2016-03-14", true;
        225: "The ferry sank late on Thursday.", "late on Thursday", "2016-03-16" => "2016-03-10", true;
        226: "The ferry sank this Monday.", "this Monday", "2016-03-16" => "2016-03-14", true;
        227: "Sunday's storm flattened tents.", "Sunday", "2016-03-16" => "2016-03-13", true;
        228: "the ferry sank SATURDAY", "SATURDAY", "2016-03-16" => "2016-03-12", true;
        229: "the ferry sank on tuesday evening", "on tuesday evening", "2016-03-16" => "2016-03-15", true;
        230: "Talks resume next Monday.", "next Monday", "2016-03-14" => "2016-03-21", false;
        231: "Talks resume this coming Friday.", "this coming Friday", "2016-03-16" => "2016-03-18", false;
        240: "Forty have died since Friday.", "since Friday", "2016-03-16" => "2016-03-11..2016-03-16", false;
        250: "LAST FRIDAY, A CONVOY WAS HIT.", "LAST FRIDAY", "1990-05-18" => "1990-05-11", true;
        251: "IT WAS HIT LAST SATURDAY.", "LAST SATURDAY", "1990-05-18" => "1990-05-12", true;
    });

    expr_table!(t300_relative_days {
        300: "Crews worked through today.", "today", "2016-03-16" => "2016-03-16", true;
        301: "The shelter opens tonight.", "tonight", "2016-03-16" => "2016-03-16", true;
        302: "The dam cracked this morning.", "this morning", "2016-03-16" => "2016-03-16", true;
        303: "The dam cracked this afternoon.", "this afternoon", "2016-03-16" => "2016-03-16", true;
        304: "The dam cracked this evening.", "this evening", "2016-03-16" => "2016-03-16", true;
        305: "The dam cracked earlier today.", "earlier today", "2016-03-16" => "2016-03-16", true;
        310: "The dam cracked yesterday.", "yesterday", "2016-03-16" => "2016-03-15", true;
        311: "The dam cracked last night.", "last night", "2016-03-16" => "2016-03-15", true;
        312: "The dam cracked late last night.", "late last night", "2016-03-16" => "2016-03-15", true;
        313: "The dam cracked yesterday morning.", "yesterday morning", "2016-03-16" => "2016-03-15", true;
        314: "The dam cracked yesterday.", "yesterday", "2016-03-01" => "2016-02-29", true;
        320: "THE DAM CRACKED TODAY.", "TODAY", "1990-01-03" => "1990-01-03", true;
        321: "THE DAM CRACKED YESTERDAY.", "YESTERDAY", "1990-01-03" => "1990-01-02", true;
        322: "The dam cracked the day before yesterday.", "the day before yesterday", "2016-03-16" => "2016-03-14", true;
        323: "The dam cracked two days ago.", "two days ago", "2016-03-16" => "2016-03-14", true;
        324: "The dam cracked 3 days ago.", "3 days ago", "2016-01-02" => "2015-12-30", true;
        330: "The dam cracked the day before.", "the day before", "2016-03-16" => "-", false;
        331: "Rescuers came the next day.", "the next day", "2016-03-16" => "-", false;
        332: "Rescuers came a day later.", "a day later", "2016-03-16" => "-", false;
        333: "It rained on that day.", "on that day", "2016-03-16" => "-", false;
    });

    expr_table!(t400_calendar_dates {
        400: "The road reopened December 30.", "December 30", "2016-01-05" => "2015-12-30", true;
        401: "The road reopened on January 3.", "on January 3", "2016-01-05" => "2016-01-03", true;
        402: "The road reopened January 5.", "January 5", "2016-01-05" => "2016-01-05", true;
        403: "The road reopened January 6.", "January 6", "2016-01-05" => "2015-01-06", true;
        404: "The road reopened 3 March.", "3 March", "2016-01-05" => "2015-03-03", true;
        405: "The road reopened on July 4, 2012.", "on July 4, 2012", "2016-01-05" => "2012-07-04", true;
        406: "The road reopened Jan. 2 after repairs.", "Jan. 2", "2016-01-05" => "2016-01-02", true;
        407: "The towers fell on Sept. 11, 2001.", "on Sept. 11, 2001", "2016-01-05" => "2001-09-11", true;
        408: "The road reopened on the 4th of July.", "on the 4th of July", "2016-01-05" => "2015-07-04", true;
        409: "The road reopened Monday, Jan. 4.", "Monday, Jan. 4", "2016-01-05" => "2016-01-04", true;
        410: "THE ROAD REOPENED ON 30 JULY.", "ON 30 JULY", "1990-01-05" => "1989-07-30", true;
        411: "A leap day: February 29 was cold.", "February 29", "2016-01-05" => "2012-02-29", true;
        412: "The road reopened March 3rd.", "March 3rd", "2016-03-16" => "2016-03-03", true;
        413: "The strike of March 3 ended.", "March 3", "2016-03-16" => "2016-03-03", true;
        414: "The road reopened on Feb 24, 2016.", "on Feb 24, 2016", "2016-03-16" => "2016-02-24", true;
        415: "A 14 May 2013 report.", "14 May 2013", "2016-03-16" => "2013-05-14", true;
        416: "It was reported march 3 by radio.", "march 3", "2016-03-16" => "2016-03-03", true;
        420: "Prices rose since March 3.", "since March 3", "2016-03-16" => "2016-03-03..2016-03-16", false;
        421: "Prices rose since 3 March 2015.", "since 3 March 2015", "2016-03-16" => "2015-03-03..2016-03-16", false;
    });

    expr_table!(t500_periods {
        500: "Floods hit the south last month.", "last month", "2016-03-16" => "2016-02-01..2016-02-29", false;
        501: "Floods hit the south last month.", "last month", "2016-01-05" => "2015-12-01..2015-12-31", false;
        502: "Floods hit the south this month.", "this month", "2016-03-16" => "2016-03-01..2016-03-16", false;
        503: "Floods hit the south earlier this month.", "earlier this month", "2016-03-16" => "2016-03-01..2016-03-16", false;
        504: "Floods hit the south late last month.", "late last month", "2016-03-16" => "2016-02-01..2016-02-29", false;
        510: "Floods hit the south last week.", "last week", "2016-03-16" => "2016-03-07..2016-03-13", false;
        511: "Floods hit the south last week.", "last week", "2016-03-14" => "2016-03-07..2016-03-13", false;
        512: "Floods hit the south this week.", "this week", "2016-03-16" => "2016-03-14..2016-03-16", false;
        513: "Floods hit the south last week.", "last week", "2016-01-03" => "2015-12-21..2015-12-27", false;
        520: "Floods hit the south last year.", "last year", "2016-03-16" => "2015-01-01..2015-12-31", false;
        521: "Floods hit the south this year.", "this year", "2016-03-16" => "2016-01-01..2016-03-16", false;
        522: "Forty drowned so far this year.", "so far this year", "2016-03-16" => "2016-01-01..2016-03-16", false;
        523: "Forty drowned since the start of the year.", "since the start of the year", "2016-03-16" => "2016-01-01..2016-03-16", false;
        524: "Forty drowned since January.", "since January", "2016-03-16" => "2016-01-01..2016-03-16", false;
        525: "Forty drowned since October.", "since October", "2016-03-16" => "2015-10-01..2016-03-16", false;
        530: "Forty drowned in 2015.", "in 2015", "2016-03-16" => "2015-01-01..2015-12-31", false;
        531: "Forty drowned in October.", "in October", "2016-03-16" => "2015-10-01..2015-10-31", false;
        532: "Forty drowned in March.", "in March", "2016-03-16" => "2016-03-01..2016-03-31", false;
        533: "Forty drowned in October 2015.", "in October 2015", "2016-03-16" => "2015-10-01..2015-10-31", false;
        534: "Forty drowned last October.", "last October", "2016-10-20" => "2015-10-01..2015-10-31", false;
        535: "Forty drowned last October.", "last October", "2016-11-20" => "2016-10-01..2016-10-31", false;
        536: "A November 2009 blaze killed six.", "November 2009", "2016-03-16" => "2009-11-01..2009-11-30", false;
        537: "Forty drowned in mid-February.", "in mid-February", "2016-03-16" => "2016-02-01..2016-02-29", false;
        538: "Forty drowned at the end of August.", "the end of August", "2016-03-16" => "2015-08-01..2015-08-31", false;
        539: "FORTY DROWNED IN APRIL.", "IN APRIL", "1989-06-04" => "1989-04-01..1989-04-30", false;
        540: "Forty drowned since March 2011.", "since March 2011", "2016-03-16" => "2011-03-01..2016-03-16", false;
        541: "Forty drowned since 2011.", "since 2011", "2016-03-16" => "2011-01-01..2016-03-16", false;
        542: "Forty drowned so far in 2016.", "so far in 2016", "2016-03-16" => "2016-01-01..2016-03-16", false;
        543: "Forty drowned in early 2013.", "in early 2013", "2016-03-16" => "2013-01-01..2013-12-31", false;
        544: "Forty drowned in the 1990s.", "in the 1990s", "2016-03-16" => "1990-01-01..1999-12-31", false;
        545: "The show was set in June of 1968.", "in June of 1968", "2016-03-16" => "1968-06-01..1968-06-30", false;
        550: "Forty drowned over the weekend.", "over the weekend", "2016-03-16" => "2016-03-12..2016-03-13", false;
        551: "Forty drowned at the weekend.", "at the weekend", "2016-03-14" => "2016-03-12..2016-03-13", false;
        552: "Forty drowned this weekend.", "this weekend", "2016-03-20" => "2016-03-19..2016-03-20", false;
        553: "Forty drowned last weekend.", "last weekend", "2016-03-16" => "2016-03-12..2016-03-13", false;
        554: "Forty drowned last weekend.", "last weekend", "2016-03-20" => "2016-03-12..2016-03-13", false;
        560: "Forty drowned over the past week.", "over the past week", "2016-03-16" => "2016-03-10..2016-03-16", false;
        561: "Forty drowned in the last three days.", "in the last three days", "2016-03-16" => "2016-03-14..2016-03-16", false;
        562: "Forty drowned in the past two months.", "in the past two months", "2016-03-16" => "2016-01-17..2016-03-16", false;
        563: "Forty drowned two weeks ago.", "two weeks ago", "2016-03-16" => "2016-02-29..2016-03-06", false;
        564: "Forty drowned three years ago.", "three years ago", "2016-03-16" => "2013-01-01..2013-12-31", false;
        565: "Forty drowned a month ago.", "a month ago", "2016-03-16" => "2016-02-01..2016-02-29", false;
        566: "FORTY DIED DURING THE FIRST 3 DAYS OF JUNE.", "DURING THE FIRST 3 DAYS OF JUNE", "1989-06-04" => "1989-06-01..1989-06-03", false;
        567: "Forty drowned since the uprising began in March 2011.", "since the uprising began in March 2011", "2016-03-16" => "2011-03-01..2016-03-16", false;
    });

    expr_table!(t600_unresolved {
        600: "Forty drowned in the past 24 hours.", "in the past 24 hours", "2016-03-16" => "-", false;
        601: "Forty drowned in nearly 16 months of unrest.", "in nearly 16 months of unrest", "2016-03-16" => "-", false;
        602: "Forty drowned during the uprising.", "during the uprising", "2016-03-16" => "-", false;
        603: "Forty drowned since the war began.", "since the war began", "2016-03-16" => "-", false;
        604: "Forty drowned over the past few days.", "over the past few days", "2016-03-16" => "-", false;
        605: "The valley's 18-month siege ended.", "18-month siege", "2016-03-16" => "-", false;
        606: "He led the agency for 25 years.", "for 25 years", "2016-03-16" => "-", false;
        607: "Forty drowned in recent weeks.", "in recent weeks", "2016-03-16" => "-", false;
        608: "Forty drowned throughout the three-year civil war.", "throughout the three-year civil war", "2016-03-16" => "-", false;
        609: "Forty drowned since the start of the conflict.", "since the start of the conflict", "2016-03-16" => "-", false;
        610: "Forty drowned in twenty-four hours.", "in twenty-four hours", "2016-03-16" => "-", false;
    });

    // -- 700: traps ----------------------------------------------------------

    /// (number, text, phrases that must be found, exactly and in order)
    macro_rules! found_table {
        ($name:ident { $($n:literal: $text:expr => [$($phrase:expr),*];)* }) => {
            #[test]
            fn $name() {
                let cases: &[(u32, &str, &[&str])] = &[$(($n, $text, &[$($phrase),*])),*];
                let mut failures = Vec::new();
                for &(n, text, want) in cases {
                    let got: Vec<&str> =
                        find_time_exprs(text, whole(text)).iter().map(|e| &text[e.span]).collect();
                    if got != want {
                        failures.push(format!("{n}: {text:?}\n   want {want:?}\n    got {got:?}"));
                    }
                }
                assert!(failures.is_empty(), "\n{}", failures.join("\n"));
            }
        };
    }

    found_table!(t700_traps {
        700: "The toll may rise." => [];
        701: "The toll may 20 percent higher be." => [];
        702: "in may the rains came" => [];
        703: "In May the rains came." => ["In May"];
        704: "THE TOLL MAY RISE." => [];
        705: "THE RAINS CAME IN MAY." => ["IN MAY"];
        706: "The rains came in MAY." => [];
        707: "Theresa May spoke." => [];
        708: "Crowds march on the capital." => [];
        709: "The March on the capital drew crowds." => [];
        710: "The March 3 strike spread." => ["March 3"];
        711: "A 16-year-old was hurt." => [];
        725: "A 17-year old boy was hurt." => [];
        726: "Ice formed over 10,000 years and 1,12 March." => ["over 10,000 years"];
        712: "She is 16 years old." => [];
        713: "Shops closed on Good Friday." => [];
        714: "Shops were full on Black Friday." => [];
        715: "The rains came in March." => ["in March"];
        716: "April Jones and June Smith spoke." => [];
        717: "He was born on February 30." => [];
        718: "The crowd of 1,500 people left." => [];
        719: "Clinics see 20 patients a day." => [];
        720: "They met Mondays and Fridays." => [];
        721: "He cited the mar 5 notes." => [];
        722: "They came in Jan." => [];
        723: "Two died Sunday and 40 last month, said officials on Monday, March 7." => ["Sunday", "last month", "on Monday, March 7"];
        724: "The convoy left last Friday night." => ["last Friday night"];
    });

    // -- 800: spans, multibyte neighbours, `within` --------------------------

    #[test]
    fn t800_spans_move_by_the_padding() {
        let phrases = [
            "on Sunday",
            "late Tuesday",
            "yesterday",
            "on March 3",
            "3 March 2012",
            "last month",
            "in nearly 16 months of unrest",
            "since the war began",
            "over the weekend",
        ];
        let pads = ["", "“", "€ ", "— ", "🙂 ", "\0", "é", "\u{a0}"];
        let mut failures = Vec::new();
        for phrase in phrases {
            let base = format!("It happened {phrase}, they said.");
            let want = find_time_exprs(&base, whole(&base));
            for pad in pads {
                let text = format!("{pad}{pad}{base}{pad}”");
                let got = find_time_exprs(&text, whole(&text));
                let moved: Vec<Span> = want.iter().map(|e| e.span.shifted(2 * pad.len())).collect();
                let spans: Vec<Span> = got.iter().map(|e| e.span).collect();
                if spans != moved || got.first().map(|e| &text.as_str()[e.span]) != Some(phrase) {
                    failures.push(format!("{text:?}: want {moved:?}, got {spans:?}"));
                }
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn t810_within_is_clamped_and_absolute() {
        let text = "“Quake” — on Sunday, and 🙂 yesterday too.";
        let all = find_time_exprs(text, whole(text));
        assert_eq!(all.len(), 2, "{text:?}: {all:?}");
        // Start inside the curly quote and end past the text: clamped.
        let clamped = find_time_exprs(text, Span::new(1, text.len() + 50));
        assert_eq!(clamped, all, "{text:?}");
        // Only the second half: one expression, absolute span.
        let cut = text.find('🙂').unwrap_or(0);
        let half = find_time_exprs(text, Span::new(cut + 1, text.len()));
        assert_eq!(half.len(), 1, "{text:?}");
        assert_eq!(&text[half[0].span], "yesterday", "{text:?}");
        // Empty and inverted spans find nothing and do not panic.
        assert!(
            find_time_exprs(text, Span::new(3, 3)).is_empty(),
            "{text:?}"
        );
        assert!(find_time_exprs("", Span::new(0, 10)).is_empty());
    }

    #[test]
    fn t820_odd_input_does_not_panic() {
        // A cheap deterministic generator over awkward pieces.
        let pieces = [
            "Monday",
            " ",
            "March",
            "3",
            ",",
            " 2012",
            "\n",
            "—",
            "“",
            "🙂",
            "\0",
            "since",
            "the",
            "war",
            "began",
            "in",
            "last",
            "week",
            "99999",
            "February 30",
            "BAGHDAD, ",
            "(X) -",
            "0",
            "é",
            "\r\n",
            "ſ",
            "K",
            "may",
            "MAY",
            "-old",
            "days ago",
            "past",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..400 {
            let mut s = String::new();
            for _ in 0..40 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let anchor = day("2016-03-16");
            for e in find_time_exprs(&s, whole(&s)) {
                assert!(
                    s.get(e.span.range()).is_some(),
                    "{s:?}: bad span {:?}",
                    e.span
                );
                let _ = e.resolve(anchor);
                let _ = e.resolve(NaiveDate::MIN);
                let _ = e.resolve(NaiveDate::MAX);
            }
            for d in find_datelines(&s, Some(i32::MAX)) {
                assert!(
                    s.get(d.span.range()).is_some(),
                    "{s:?}: bad span {:?}",
                    d.span
                );
            }
        }
    }

    #[test]
    fn t830_long_lines_are_linear() {
        let line = "Rain fell Monday and on March 3 and last week near the dam. ".repeat(40_000);
        let text = format!("{line}\n{line}");
        let started = std::time::Instant::now();
        let found = find_time_exprs(&text, whole(&text));
        let lines = find_datelines(&text, None);
        assert_eq!(found.len(), 6 * 40_000, "long line of {} bytes", text.len());
        assert!(lines.is_empty());
        // Generous: catches quadratic behaviour, not slow machines.
        assert!(
            started.elapsed().as_secs() < 60,
            "took {:?}",
            started.elapsed()
        );
    }

    // -- 900: calendar helpers at the edges ----------------------------------

    #[test]
    fn t900_arithmetic_at_the_calendar_edges() {
        let kinds = [
            TimeKind::DaysAgo(u32::MAX),
            TimeKind::Last(Unit::Year),
            TimeKind::Last(Unit::Month),
            TimeKind::Last(Unit::Week),
            TimeKind::This(Unit::Weekend),
            TimeKind::Past {
                amount: Some(u32::MAX),
                unit: Unit::Decade,
            },
            TimeKind::Past {
                amount: Some(u32::MAX),
                unit: Unit::Week,
            },
            TimeKind::Ago {
                amount: Some(u32::MAX),
                unit: Unit::Year,
            },
            TimeKind::Decade(i32::MAX),
            TimeKind::Since {
                year: None,
                month: None,
                day: None,
            },
            TimeKind::Date {
                year: None,
                month: 2,
                day: 30,
            },
            TimeKind::FirstDays {
                days: 0,
                month: 6,
                year: None,
            },
            TimeKind::Weekday {
                day: Weekday::Mon,
                relation: Relation::Next,
            },
        ];
        for k in kinds {
            for anchor in [NaiveDate::MIN, NaiveDate::MAX, day("2016-02-29")] {
                let _ = k.resolve(anchor); // must not panic
            }
        }
        assert_eq!(
            TimeKind::Date {
                year: None,
                month: 2,
                day: 30
            }
            .resolve(day("2016-03-16")),
            None
        );
        assert_eq!(
            TimeKind::Past {
                amount: Some(0),
                unit: Unit::Day
            }
            .resolve(day("2016-03-16")),
            None
        );
        assert_eq!(month_bounds(2015, 2).map(|r| r.1), Some(day("2015-02-28")));
        assert_eq!(month_bounds(2015, 0), None);
        assert_eq!(
            weekday_on_or_before(Weekday::Sun, day("2016-01-01")),
            Some(day("2015-12-27"))
        );
        assert_eq!(
            weekday_after(Weekday::Fri, day("2015-12-31")),
            Some(day("2016-01-01"))
        );
    }

    #[test]
    fn t910_amount_words() {
        let cases = [
            ("16", Some(Some(16))),
            ("10,000", Some(Some(10_000))),
            ("twenty-four", Some(Some(24))),
            ("twenty four", Some(Some(24))),
            ("seventeen", Some(Some(17))),
            ("ninety", Some(Some(90))),
            ("several", Some(None)),
            ("a  couple of", Some(Some(2))),
            ("twenty-zero", None),
            ("99999999999", None),
        ];
        for (word, want) in cases {
            assert_eq!(parse_amount(word), want, "{word:?}");
        }
    }
}
