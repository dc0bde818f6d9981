//! Property tests (style §13, §14): the scanner never panics, every span it
//! gives is a slice of the document on char boundaries that holds the
//! claim's text, scanning is deterministic, and a neutral prefix moves every
//! span by exactly its byte length and changes nothing else.
//!
//! Inputs are arbitrary strings, strings over an alphabet of digits, cue
//! words and multi-byte characters, news-like token soup, and the sentence
//! tables of `tests/data/*.jsonl` padded with multi-byte neutral prose
//! (curly quotes, em dashes, "€", emoji, right-to-left marks). Generated
//! texts stay under about 2 KB so that the default 256 cases run fast in a
//! debug build. A failing case is shrunk and printed by proptest; a lasting
//! one belongs in `tests/data/regressions/` (see `tests/adversarial.rs`).

use casualty::{Claim, Scanner, Span};
use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;

/// The sentence tables, as `tests/tables.rs` reads them.
const TABLES: &[&str] = &[
    include_str!("data/recognizers.jsonl"),
    include_str!("data/not_claims.jsonl"),
    include_str!("data/attribution.jsonl"),
    include_str!("data/dates.jsonl"),
    include_str!("data/hard_shapes.jsonl"),
];

/// One table case: its name, text and publication date.
struct Case {
    name: String,
    text: String,
    published: Option<NaiveDate>,
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for table in TABLES {
        for line in table.lines().filter(|l| !l.trim().is_empty()) {
            let v: Value = serde_json::from_str(line).expect("table lines are JSON");
            out.push(Case {
                name: v["name"].as_str().unwrap_or("?").to_string(),
                text: v["text"].as_str().expect("a case has text").to_string(),
                published: v["published"]
                    .as_str()
                    .map(|d| casualty::parse_date(d).expect("table dates are valid")),
            });
        }
    }
    assert!(!out.is_empty(), "no table cases");
    out
}

/// Sentences with no number, number word, date, dateline, casualty word,
/// reporting verb or named body: prose that must not change any claim.
/// Each carries multi-byte text.
const NEUTRAL: &[&str] = &[
    "Le café servait du thé à l’heure du goûter.",
    "The market was quiet — “unusually so” — under grey skies.",
    "Prices at the kiosk are marked in € and ¥ alike.",
    "A kite drifted over the river 🎈☂️ as the rain eased.",
    "مرحبا بكم في المدينة\u{200f}.",
    "\u{202b}שלום עולם\u{202c} is written right to left.",
    "Straße, naïve façade, 東京の夜。",
    "The family 👩‍👩‍👧 waved a flag 🇫🇷 from the bridge.",
    "A cafe\u{301} sign glowed\u{200d} in the square\u{feff}.",
    "„Guten Abend“, «bonsoir», ‹ciao› — the greetings ran on…",
    "The bakery’s bread was warm ✓ and the tea was sweet.",
];

/// One to four neutral sentences, then a blank line so that the padded
/// text starts a paragraph of its own.
fn neutral_prefix() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(NEUTRAL), 1..5).prop_map(|s| s.join(" ") + "\n\n")
}

/// Characters that make scanning interesting: digits of several scripts,
/// separators, quotes, dashes, white space, control characters.
const ALPHABET: &[char] = &[
    '0', '1', '2', '5', '7', '9', ',', '.', ' ', ' ', ' ', '\n', '\t', '\r', '-', '+', '$', '%',
    '"', '\'', '(', ')', ';', ':', 'a', 'e', 'k', 'l', 'd', 'i', 's', 'S', 'M', 'T', '\u{0}',
    '\u{7}', '\u{1b}', '\u{a0}', '\u{2009}', '\u{202f}', '\u{2014}', '\u{2013}', '\u{201c}',
    '\u{201d}', '\u{2019}', '€', '٣', '٠', '３', '０', '𝟗', 'é', '\u{301}', '\u{200f}', '\u{fffd}',
    '🎈', '東',
];

/// Tokens of news-like prose, numbers and cues included.
const TOKENS: &[&str] = &[
    "people",
    "were",
    "was",
    "killed",
    "dead",
    "died",
    "wounded",
    "injured",
    "missing",
    "arrested",
    "kidnapped",
    "displaced",
    "death toll",
    "rose to",
    "at least",
    "more than",
    "up to",
    "nearly",
    "about",
    "between",
    "and",
    "to",
    "or",
    "of them",
    "including",
    "others",
    "another",
    "civilians",
    "children",
    "soldiers",
    "police said",
    "the group said",
    "it said",
    "according to",
    "Amnesty International",
    "officials",
    "said",
    "on Sunday",
    "Wednesday",
    "yesterday",
    "last week",
    "in the past three days",
    "since",
    "0",
    "1",
    "7",
    "12",
    "40",
    "16,700",
    "16 700",
    "2.4 million",
    "1.5m",
    "16,700+",
    "999999999999999999999999",
    "18446744073709551616",
    "1,000,000,000,000,000,000,000",
    "seventy-two",
    "two hundred and five",
    "a thousand",
    "dozens",
    "hundreds",
    "tens of thousands",
    "2 lakh",
    "1.5 crore",
    "a dozen",
    "٣٠",
    "３０",
    "$10",
    "2014",
    "16-year-old",
    "8:25",
    ",",
    ".",
    ";",
    "\"",
    "“",
    "”",
    "—",
    "€",
    "\n",
    "\n\n",
    "(",
    ")",
    "🎈",
    "\u{200f}",
];

/// Arbitrary text, up to about 2 KB, in three flavours.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..500).prop_map(String::from_iter),
        prop::collection::vec(prop::sample::select(ALPHABET), 0..1500).prop_map(String::from_iter),
        news(),
    ]
}

/// News-like token soup, up to about 2 KB.
fn news() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..200).prop_map(|t| t.join(" "))
}

/// No date, an ordinary one, or chrono's extremes.
fn published() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        (700_000i32..760_000).prop_map(NaiveDate::from_num_days_from_ce_opt),
        Just(Some(NaiveDate::MIN)),
        Just(Some(NaiveDate::MAX)),
    ]
}

/// Every claim's span is inside `text`, on char boundaries, and holds the
/// claim's text; claims come in document order.
fn check_spans(text: &str, claims: &[Claim]) -> Result<(), TestCaseError> {
    for c in claims {
        prop_assert!(c.span.start <= c.span.end, "inverted span {:?}", c.span);
        prop_assert!(
            c.span.end <= text.len(),
            "span {:?} past the end ({})",
            c.span,
            text.len()
        );
        prop_assert!(
            text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end),
            "span {:?} not on char boundaries",
            c.span
        );
        prop_assert_eq!(&text[c.span], c.text.as_str(), "span {:?}", c.span);
    }
    for w in claims.windows(2) {
        prop_assert!(
            w[0].span.start <= w[1].span.start,
            "claims out of order: {:?} then {:?}",
            w[0].span,
            w[1].span
        );
    }
    Ok(())
}

/// `claims` with every span moved `by` bytes to the left (spans before
/// `by` are an error).
fn unshift(claims: Vec<Claim>, by: usize) -> Result<Vec<Claim>, TestCaseError> {
    claims
        .into_iter()
        .map(|mut c| {
            prop_assert!(
                c.span.start >= by,
                "claim {:?} at {:?} inside the prefix",
                c.text,
                c.span
            );
            c.span = Span::new(c.span.start - by, c.span.end - by);
            Ok(c)
        })
        .collect()
}

// The default 256 cases each; `PROPTEST_CASES=5000 cargo test --release`
// runs more.
proptest! {
    /// No panic on any text with any date; spans hold; same claims twice.
    #[test]
    fn arbitrary_text_scans_cleanly(text in text(), published in published()) {
        let scanner = Scanner::default();
        let claims = scanner.scan_published(&text, published);
        check_spans(&text, &claims)?;
        prop_assert_eq!(claims, scanner.scan_published(&text, published), "a second scan differs");
    }

    /// A neutral prefix shifts every span of news-like text by its length.
    #[test]
    fn neutral_prefix_shifts_news(text in news(), prefix in neutral_prefix(), published in published()) {
        let scanner = Scanner::default();
        let plain = scanner.scan_published(&text, published);
        let padded = format!("{prefix}{text}");
        let moved = scanner.scan_published(&padded, published);
        check_spans(&padded, &moved)?;
        prop_assert_eq!(unshift(moved, prefix.len())?, plain);
    }

    /// The sentence tables, padded with neutral multi-byte prose before and
    /// after: spans move by the prefix's length, nothing else changes.
    #[test]
    fn padded_tables_shift_by_the_prefix(
        index in any::<prop::sample::Index>(),
        prefix in neutral_prefix(),
        suffix in neutral_prefix(),
    ) {
        let all = cases();
        let case = &all[index.index(all.len())];
        let scanner = Scanner::default();
        let plain = scanner.scan_published(&case.text, case.published);
        check_spans(&case.text, &plain)?;
        let padded = format!("{prefix}{}\n\n{suffix}", case.text);
        let moved = scanner.scan_published(&padded, case.published);
        check_spans(&padded, &moved)?;
        prop_assert_eq!(unshift(moved, prefix.len())?, plain, "case {}", case.name);
    }
}

/// Every table case, with each neutral sentence as its prefix: the
/// exhaustive version of `padded_tables_shift_by_the_prefix`.
#[test]
fn every_table_case_shifts_with_every_neutral_sentence() {
    let scanner = Scanner::default();
    let mut failures = Vec::new();
    for case in cases() {
        let plain = scanner.scan_published(&case.text, case.published);
        for sentence in NEUTRAL {
            let prefix = format!("{sentence}\n\n");
            let padded = format!("{prefix}{}", case.text);
            let moved = scanner.scan_published(&padded, case.published);
            let back: Vec<Claim> = moved
                .iter()
                .filter(|c| c.span.start >= prefix.len())
                .map(|c| {
                    let mut c = c.clone();
                    c.span = Span::new(c.span.start - prefix.len(), c.span.end - prefix.len());
                    c
                })
                .collect();
            if back.len() != moved.len() || back != plain {
                failures.push(format!("{} after {sentence:?}", case.name));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
