//! Reading numbers: digits, number words, scale words, vague plurals, ranges
//! and the qualifiers that bound them.
//!
//! ```
//! let n = casualty::number::find_numbers("between 50 and 70 people")[0];
//! assert_eq!((n.value, n.high), (50, Some(70)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`find_numbers`] walks a text once, left to right, and returns every
//! number expression in it as a [`NumberMatch`]: where the whole expression
//! stands (qualifier included), where its numerals stand, the value, the high
//! end of a range and the [`Bound`] the qualifier gives. It does not decide
//! whether a number counts people: "60 countries", years and "10 dollars" are
//! returned, and later stages judge them. [`parse_number`] reads one numeral
//! string on its own.
//!
//! # What is read
//!
//! | form | examples |
//! | --- | --- |
//! | digits | "70", "16,700", "16 700" (also with U+00A0 or U+202F), "2016" |
//! | digits with a scale | "2.4 million", "1.5m", "2.4bn", "3k", "12 mln", "12 thousand", "2 lakh", "1.5 crore" |
//! | number words | "seven", "seventy-two", "seventy two", "a thousand", "two hundred and five", "two dozen", "half a million" |
//! | vague plurals | "a few" 3, "several" 3, "dozens" 24, "scores" 40, "hundreds" 200, "thousands" 2000, "tens of thousands" 20,000, "hundreds of thousands" 200,000, "millions" 2,000,000; also "several hundred" 300 |
//! | qualifiers | "at least", "more than", "over", "up to", "as many as", "nearly", "about", "some", "an estimated", ... and "16,700+" |
//! | ranges | "between 50 and 70", "from 50 to 70", "50 to 70", "50-70", "50–70", "40 or 50", "six or seven", "2 to 3 million" |
//!
//! A qualifier may be followed by "another", "a further" or "an additional"
//! ("at least another 20"); these are then part of the span. Vague plurals
//! are [`Bound::AtLeast`] and "a dozen" is [`Bound::Approximately`] unless a
//! qualifier says otherwise. A range is returned only when its low end is
//! below its high end.
//!
//! # What is skipped
//!
//! Nothing is returned for: money ("$10", "£1.5m", "US$5", "Rs. 500",
//! "USD 10"); percentages ("5%", "5 percent", "5 per cent", "5 pct");
//! ordinals ("22nd", "2,000th"); clock times, ratios and dates ("8:25",
//! "0256", "10 a.m.", "9/11", "24/7", "3/4/2016", "2016-03-04"); digits glued
//! to letters or codes ("AK-47", "F-16", "MH17", "COVID-19", "3D", "No.5");
//! the first part of a hyphenated modifier ("a 16-year-old", "three-year
//! war", "6.4-magnitude"); decimals without a scale ("0.4", "2.8798");
//! dotted runs ("1.2.3"); dash pairs whose low end is not below the high end
//! ("3-1") or that look like phone numbers ("555-1234"); values that do not
//! fit a `u64`; runs of more than twenty digits. Only ASCII digits are read:
//! Arabic-Indic or full-width digits are never numbers and never misread.
//! "a", "an", "many", "a number of", "a handful" and "some" alone are never
//! numbers.
//!
//! # Overlaps
//!
//! Expressions never overlap. At each word the longest reading wins: a
//! qualifier with its numeral before the numeral alone, a range before its
//! low end alone, "tens of thousands" before "thousands", "two hundred and
//! five" before "two hundred". When a range fails ("between two weeks and two
//! months", "5 to 3"), the first numeral is returned alone; a failed dash
//! pair ("3-1") returns nothing.
//!
//! # Cost
//!
//! One pass over the bytes with bounded look-ahead at each number: linear in
//! the length of the text, no allocation besides the returned vector, no
//! regular expressions. The pass takes the text 64 bytes at a time as bit
//! masks of letters and digits and looks at each word once, in a table built
//! at compile time; only digits and the few words that can open an
//! expression ("at", "about", "seven", "dozens", ...) are read further, and
//! a word that is nothing alone ("in", "a") only when the next word can go
//! on with it. Every sum and product is checked, every slice is taken on a
//! `char` boundary, and no input panics.

use crate::claim::{Bound, Figure, Span};

/// How a figure was written.
///
/// ```
/// use casualty::number::{find_numbers, NumberForm};
/// let forms: Vec<NumberForm> = find_numbers("70, seven, dozens").iter().map(|n| n.form).collect();
/// assert_eq!(forms, [NumberForm::Digits, NumberForm::Words, NumberForm::Vague]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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
///
/// ```
/// let text = "more than 16,700 people";
/// let n = casualty::number::find_numbers(text)[0];
/// assert_eq!((&text[n.span], &text[n.numeral], n.value), ("more than 16,700", "16,700", 16_700));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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

impl NumberMatch {
    /// The value, high end and bound as a [`Figure`].
    ///
    /// ```
    /// use casualty::{number::find_numbers, Bound};
    /// let m = find_numbers("between 50 and 70 people")[0];
    /// let f = m.figure();
    /// assert_eq!((f.value, f.high, f.bound), (50, Some(70), Bound::Range));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn figure(&self) -> Figure {
        Figure {
            value: self.value,
            high: self.high,
            bound: self.bound,
        }
    }
}

/// Every number expression in `text`, left to right, not overlapping.
///
/// Spans are byte offsets into `text` and lie on `char` boundaries. See the
/// [module documentation](self) for what is read and what is skipped.
///
/// ```
/// use casualty::{number::find_numbers, Bound};
///
/// let text = "More than 16,700 people have died, and some 15 to 20 are missing.";
/// let found = find_numbers(text);
/// assert_eq!(found.len(), 2);
/// assert_eq!(&text[found[0].span], "More than 16,700");
/// assert_eq!(&text[found[0].numeral], "16,700");
/// assert_eq!((found[0].value, found[0].bound), (16_700, Bound::MoreThan));
/// assert_eq!(&text[found[1].span], "some 15 to 20");
/// assert_eq!((found[1].value, found[1].high), (15, Some(20)));
///
/// // Money, percentages and ages are not number expressions.
/// assert!(find_numbers("$10 to $100, 5 percent, a 16-year-old").is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    read_between(text, 0, text.len())
}

/// The number expressions that start at or after `within.start` and end by
/// `within.end`: those of [`find_numbers`] inside `within` when no
/// expression crosses its ends (a sentence's). The text around `within` is
/// looked at as [`find_numbers`] would ("6" in "No. 6" is no figure
/// however a sentence starts). `within` is clamped to the text.
pub(crate) fn find_numbers_in(text: &str, within: Span) -> Vec<NumberMatch> {
    let end = within.end.min(text.len());
    read_between(text, within.start.min(end), end)
}

/// Whether `w` (ASCII letters, any case) is a word the number reader reads:
/// a number word, a qualifier's word or a filler.
pub(crate) fn is_number_word(w: &[u8]) -> bool {
    role(w, 0, w.len()).is_some()
}

fn read_between(text: &str, from: usize, to: usize) -> Vec<NumberMatch> {
    let s = Scan::new(text);
    let mut candidates = Candidates::new(text.as_bytes());
    // most sentences a scan asks about hold no number: allocate on the first
    let mut out = Vec::new();
    let mut i = from;
    while let Some((c, starter)) = candidates.next_from(i) {
        if c >= to {
            break;
        }
        i = c;
        if !s.boundary_before(i) {
            i = s.alnum_run_end(i);
            continue;
        }
        match s.expression(i, starter) {
            Step::Found(m) => {
                i = m.span.end.max(i + 1);
                if m.span.end > to {
                    break;
                }
                out.push(m);
            }
            Step::Skip(resume) => i = resume.max(i + 1),
            Step::Nothing => i = s.alnum_run_end(i),
        }
    }
    out
}

/// Bit `j` of the result is the high bit of byte `j` of `x`.
fn high_bits(x: u64) -> u64 {
    ((x & 0x8080_8080_8080_8080).wrapping_mul(0x0002_0408_1020_4081)) >> 56
}

/// For the eight bytes of `x` (first byte lowest): which are ASCII letters
/// and which are ASCII letters, digits or underscores, as 8-bit masks.
fn classify8(x: u64) -> (u64, u64) {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let ascii = !x & HI;
    let x7 = x & !HI;
    // a byte plus (0x80 - n) has its high bit set when the byte is >= n
    let ge = |v: u64, n: u8| v + LO * u64::from(0x80 - n);
    let lower = x7 | (LO * 0x20);
    let alpha = ge(lower, b'a') & !ge(lower, b'z' + 1) & ascii;
    let digit = ge(x7, b'0') & !ge(x7, b'9' + 1) & ascii;
    let u = x ^ (LO * u64::from(b'_'));
    let underscore = !((((u & !HI) + !HI) | u) | !HI) & HI;
    (high_bits(alpha), high_bits(alpha | digit | underscore))
}

/// Bit `j` of the result: `block[j]` is an ASCII letter (`block` holds at
/// most 64 bytes). Eight bytes at a time, with no branch per byte.
pub(crate) fn letter_mask(block: &[u8]) -> u64 {
    let mut alpha = 0u64;
    let mut chunks = block.chunks_exact(8);
    for (k, chunk) in chunks.by_ref().enumerate() {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        alpha |= classify8(u64::from_le_bytes(eight)).0 << (8 * k);
    }
    let done = block.len() - chunks.remainder().len();
    for (j, &c) in chunks.remainder().iter().enumerate() {
        alpha |= u64::from(c.is_ascii_alphabetic()) << (done + j);
    }
    alpha
}

/// The places where reading can find something: each start of a run of
/// ASCII letters, digits and underscores (at the start of the text or after
/// any other byte) that begins with a digit or with one of the starter
/// words ([`ROLES`]) followed by no other letter.
///
/// Every other run is one that reading would skip whole, so jumping from
/// candidate to candidate reads the same as walking every word. The text is
/// taken 64 bytes at a time as bit masks, so the common word costs a few bit
/// operations and no branch per byte.
struct Candidates<'a> {
    b: &'a [u8],
    /// The block in the masks: `b[at..at + len]`, `len` at most 64.
    at: usize,
    len: usize,
    /// Bit `j`: `b[at + j]` is an ASCII letter.
    alpha: u64,
    /// Bit `j`: a run starts at `b[at + j]` that is still to be looked at.
    starts: u64,
}

impl<'a> Candidates<'a> {
    fn new(b: &'a [u8]) -> Candidates<'a> {
        Candidates {
            b,
            at: 0,
            len: 0,
            alpha: 0,
            starts: 0,
        }
    }

    /// Computes the masks of the block that starts at `i`.
    fn load(&mut self, i: usize) {
        let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let carry = i > 0 && is_word(self.b[i - 1]);
        let block = &self.b[i..self.b.len().min(i + 64)];
        let (mut word, mut alpha) = (0u64, 0u64);
        if block.len() == 64 {
            for (k, chunk) in block.chunks_exact(8).enumerate() {
                let mut eight = [0u8; 8];
                eight.copy_from_slice(chunk);
                let (a, w) = classify8(u64::from_le_bytes(eight));
                alpha |= a << (8 * k);
                word |= w << (8 * k);
            }
        } else {
            for (j, &c) in block.iter().enumerate() {
                alpha |= u64::from(c.is_ascii_alphabetic()) << j;
                word |= u64::from(is_word(c)) << j;
            }
        }
        self.at = i;
        self.len = block.len();
        self.alpha = alpha;
        self.starts = word & !((word << 1) | u64::from(carry));
    }

    /// The first candidate at or after `i`, with what its word can start
    /// (`None` for digits). Calls must come with `i` never decreasing.
    fn next_from(&mut self, mut i: usize) -> Option<(usize, Option<Role>)> {
        let b = self.b;
        loop {
            if i >= self.at + self.len {
                if i >= b.len() {
                    return None;
                }
                self.load(i);
            } else {
                // forget the starts before `i`
                self.starts &= u64::MAX << (i - self.at);
            }
            while self.starts != 0 {
                let j = self.starts.trailing_zeros() as usize;
                self.starts &= self.starts - 1;
                let p = self.at + j;
                if self.alpha & (1 << j) == 0 {
                    if b[p].is_ascii_digit() {
                        return Some((p, None));
                    }
                    continue;
                }
                let run = (!(self.alpha >> j)).trailing_zeros() as usize;
                let end = if j + run < 64 {
                    p + run
                } else {
                    p + b[p..]
                        .iter()
                        .take_while(|c| c.is_ascii_alphabetic())
                        .count()
                };
                if let Some(st) = starter(b, p, end) {
                    return Some((p, Some(st)));
                }
            }
            i = self.at + self.len;
        }
    }
}

/// Reads one whole numeral string: "16,700", "16 700", "seventy-two",
/// "2.4 million", "1.5m", "a thousand", "12 thousand", "two hundred and five".
///
/// Leading and trailing whitespace is ignored. Returns `None` for anything
/// else: qualifiers ("more than 5", "16,700+"), ranges, vague plurals
/// ("dozens"), money, percentages, decimals without a scale, values that do
/// not fit a `u64`, trailing words.
///
/// ```
/// use casualty::number::parse_number;
/// assert_eq!(parse_number("16,700"), Some(16_700));
/// assert_eq!(parse_number("seventy-two"), Some(72));
/// assert_eq!(parse_number("2.4 million"), Some(2_400_000));
/// assert_eq!(parse_number("a thousand"), Some(1_000));
/// assert_eq!(parse_number("12 thousand"), Some(12_000));
/// assert_eq!(parse_number("2.8798"), None);
/// assert_eq!(parse_number("dozens"), None);
/// assert_eq!(parse_number("12 people"), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_number(s: &str) -> Option<u64> {
    let t = s.trim();
    match Scan::new(t).read_atom(0, false) {
        Read::Atom(a)
            if a.start == 0
                && a.end == t.len()
                && a.pending.is_none()
                && !a.plus
                && a.form != NumberForm::Vague =>
        {
            Some(a.value)
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

/// What a qualifier before a numeral does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Qual {
    /// A bound: "at least", "more than", "about".
    Bound(Bound),
    /// "between": needs "and" (or a dash) and a second numeral.
    Between,
    /// "from": needs "to" (or a dash) and a second numeral.
    From,
}

/// Qualifier phrases, one word per entry, lower case. Entries that share a
/// first word are all tried; none is a prefix of another.
const QUALIFIERS: &[(&[&str], Qual)] = &[
    (&["at", "least"], Qual::Bound(Bound::AtLeast)),
    (&["at", "most"], Qual::Bound(Bound::AtMost)),
    (&["a", "minimum", "of"], Qual::Bound(Bound::AtLeast)),
    (&["a", "maximum", "of"], Qual::Bound(Bound::AtMost)),
    (&["no", "fewer", "than"], Qual::Bound(Bound::AtLeast)),
    (&["no", "less", "than"], Qual::Bound(Bound::AtLeast)),
    (&["no", "more", "than"], Qual::Bound(Bound::AtMost)),
    (&["not", "fewer", "than"], Qual::Bound(Bound::AtLeast)),
    (&["not", "less", "than"], Qual::Bound(Bound::AtLeast)),
    (&["not", "more", "than"], Qual::Bound(Bound::AtMost)),
    (&["more", "than"], Qual::Bound(Bound::MoreThan)),
    (&["over"], Qual::Bound(Bound::MoreThan)),
    (&["well", "over"], Qual::Bound(Bound::MoreThan)),
    (&["well", "above"], Qual::Bound(Bound::MoreThan)),
    (&["well", "under"], Qual::Bound(Bound::LessThan)),
    (&["well", "below"], Qual::Bound(Bound::LessThan)),
    (&["just", "over"], Qual::Bound(Bound::MoreThan)),
    (&["just", "above"], Qual::Bound(Bound::MoreThan)),
    (&["just", "under"], Qual::Bound(Bound::LessThan)),
    (&["just", "below"], Qual::Bound(Bound::LessThan)),
    (&["in", "excess", "of"], Qual::Bound(Bound::MoreThan)),
    (&["upwards", "of"], Qual::Bound(Bound::MoreThan)),
    (&["above"], Qual::Bound(Bound::MoreThan)),
    (&["greater", "than"], Qual::Bound(Bound::MoreThan)),
    (&["up", "to"], Qual::Bound(Bound::AtMost)),
    (&["as", "many", "as"], Qual::Bound(Bound::AtMost)),
    (&["as", "high", "as"], Qual::Bound(Bound::AtMost)),
    (&["fewer", "than"], Qual::Bound(Bound::LessThan)),
    (&["less", "than"], Qual::Bound(Bound::LessThan)),
    (&["under"], Qual::Bound(Bound::LessThan)),
    (&["below"], Qual::Bound(Bound::LessThan)),
    (&["nearly"], Qual::Bound(Bound::LessThan)),
    (&["almost"], Qual::Bound(Bound::LessThan)),
    (&["close", "to"], Qual::Bound(Bound::LessThan)),
    (&["about"], Qual::Bound(Bound::Approximately)),
    (&["around"], Qual::Bound(Bound::Approximately)),
    (&["some"], Qual::Bound(Bound::Approximately)),
    (&["roughly"], Qual::Bound(Bound::Approximately)),
    (&["approximately"], Qual::Bound(Bound::Approximately)),
    (&["approx"], Qual::Bound(Bound::Approximately)),
    (&["an", "estimated"], Qual::Bound(Bound::Approximately)),
    (&["estimated"], Qual::Bound(Bound::Approximately)),
    (&["between"], Qual::Between),
    (&["from"], Qual::From),
];

/// Number words that can open a number: "and", "few", "dozen", "hundred"
/// and the scale words cannot ("thousand people" is not a number, while "a
/// thousand" and "two thousand" are read from their first word).
const NUMBER_STARTERS: &[&[u8]] = &[
    b"a",
    b"one",
    b"two",
    b"three",
    b"four",
    b"five",
    b"six",
    b"seven",
    b"eight",
    b"nine",
    b"ten",
    b"eleven",
    b"twelve",
    b"thirteen",
    b"fourteen",
    b"fifteen",
    b"sixteen",
    b"seventeen",
    b"eighteen",
    b"nineteen",
    b"twenty",
    b"thirty",
    b"forty",
    b"fourty",
    b"fifty",
    b"sixty",
    b"seventy",
    b"eighty",
    b"ninety",
    b"several",
    b"dozens",
    b"scores",
    b"thousands",
    b"millions",
    b"hundreds",
    b"tens",
    b"half",
    b"quarter",
];

/// Words after which "a" can be a number ("a dozen", "a few", "a
/// thousand"): alone it is not one.
const AFTER_A: &[&[u8]] = &[
    b"few",
    b"dozen",
    b"hundred",
    b"thousand",
    b"lakh",
    b"lakhs",
    b"million",
    b"crore",
    b"crores",
    b"billion",
    b"trillion",
];

/// Words that can stand between a qualifier and its numeral ([`Scan::filler`]).
const FILLERS: &[&[u8]] = &[b"another", b"a", b"an"];

/// What a word can do in a number expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Role {
    /// The [`QUALIFIERS`] entries `quals.0..quals.1` begin with it.
    quals: (u8, u8),
    /// It can begin a numeral.
    number: bool,
    /// Alone it is nothing ("in", "about", "a"): something must follow.
    needs_more: bool,
    /// It can follow a word that needs more: a later word of a qualifier
    /// ("least", "than"), a filler, or a word of [`AFTER_A`].
    follows: bool,
}

impl Role {
    const NONE: Role = Role {
        quals: (0, 0),
        number: false,
        needs_more: false,
        follows: false,
    };

    /// Whether reading can start at this word.
    const fn starts(&self) -> bool {
        self.quals.0 < self.quals.1 || self.number
    }
}

/// The roles of the words that matter to [`find_numbers`] (the words of
/// [`QUALIFIERS`], the [`NUMBER_STARTERS`], [`AFTER_A`] and [`FILLERS`]) in
/// an open-addressing hash table built at compile time, keyed by the
/// [packed](pack) word (0: an empty slot). [`find_numbers`] skips every
/// word that cannot start anything after a look-up.
static ROLES: [(u128, Role); 256] = roles();

/// For the first two bytes of a word (each `c & 31`), bit `n` is set when
/// a word that [starts](Role::starts) reading, of `n` letters, begins
/// with them (bit 1 for a one-letter starter whatever byte follows it):
/// most words fail this test before any hashing.
static STARTER_SHAPES: [[u32; 32]; 32] = starter_shapes();

/// A lower-case word of at most 16 ASCII letters packed into an integer,
/// first letter in the lowest byte.
const fn pack(w: &[u8]) -> u128 {
    let mut k = 0u128;
    let mut i = 0;
    while i < w.len() && i < 16 {
        k |= ((w[i] | 0x20) as u128) << (8 * i);
        i += 1;
    }
    k
}

const fn role_slot(k: u128) -> usize {
    let h = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize
}

/// The slot of `k` in `t`: where it is, or the empty slot where it goes.
const fn find_slot(t: &[(u128, Role); 256], k: u128) -> usize {
    let mut j = role_slot(k);
    while t[j].0 != 0 && t[j].0 != k {
        j = (j + 1) % 256;
    }
    j
}

/// `t` with the word `w` in it, and its role widened: starting the
/// qualifier entry `quals`, starting a numeral, following.
const fn with_word(
    mut t: [(u128, Role); 256],
    w: &[u8],
    quals: Option<u8>,
    number: bool,
    follows: bool,
) -> [(u128, Role); 256] {
    let k = pack(w);
    let j = find_slot(&t, k);
    if t[j].0 == 0 {
        t[j] = (k, Role::NONE);
    }
    if let Some(q) = quals {
        // entries sharing a first word stand together
        if t[j].1.quals.0 == t[j].1.quals.1 {
            t[j].1.quals = (q, q + 1);
        } else {
            t[j].1.quals.1 = q + 1;
        }
    }
    t[j].1.number |= number;
    t[j].1.follows |= follows;
    t
}

const fn roles() -> [(u128, Role); 256] {
    let mut t = [(0u128, Role::NONE); 256];
    let mut i = 0;
    while i < QUALIFIERS.len() {
        let words = QUALIFIERS[i].0;
        t = with_word(t, words[0].as_bytes(), Some(i as u8), false, false);
        let mut k = 1;
        while k < words.len() {
            t = with_word(t, words[k].as_bytes(), None, false, true);
            k += 1;
        }
        i += 1;
    }
    i = 0;
    while i < NUMBER_STARTERS.len() {
        t = with_word(t, NUMBER_STARTERS[i], None, true, false);
        i += 1;
    }
    i = 0;
    while i < AFTER_A.len() {
        t = with_word(t, AFTER_A[i], None, false, true);
        i += 1;
    }
    i = 0;
    while i < FILLERS.len() {
        t = with_word(t, FILLERS[i], None, false, true);
        i += 1;
    }
    // a word that starts only qualifiers, and "a", need a word after them
    let mut j = 0;
    while j < 256 {
        let st = t[j].1;
        t[j].1.needs_more = st.starts() && (!st.number || t[j].0 == pack(b"a"));
        j += 1;
    }
    t
}

const fn starter_shapes() -> [[u32; 32]; 32] {
    let mut t = [[0u32; 32]; 32];
    let mut j = 0;
    while j < 256 {
        let k = ROLES[j].0;
        if k != 0 && ROLES[j].1.starts() {
            let mut n = 0;
            while n < 16 && (k >> (8 * n)) & 0xff != 0 {
                n += 1;
            }
            let first = (k & 31) as usize;
            if n == 1 {
                // a one-letter word is looked up with whatever follows it
                let mut second = 0;
                while second < 32 {
                    t[first][second] |= 1 << n;
                    second += 1;
                }
            } else {
                t[first][((k >> 8) & 31) as usize] |= 1 << n;
            }
        }
        j += 1;
    }
    t
}

/// What the ASCII letters `b[p..end]` (any case) can start, when reading
/// can start at them.
fn starter(b: &[u8], p: usize, end: usize) -> Option<Role> {
    let n = end - p;
    let second = b.get(p + 1).map_or(0, |c| c & 31);
    if n > 16 || STARTER_SHAPES[usize::from(b[p] & 31)][usize::from(second)] & (1 << n) == 0 {
        return None;
    }
    role(b, p, end).filter(Role::starts)
}

/// The role of the ASCII letters `b[p..end]` (any case), when they are in
/// [`ROLES`].
fn role(b: &[u8], p: usize, end: usize) -> Option<Role> {
    let n = end - p;
    if n == 0 || n > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    match b.get(p..p + 16) {
        Some(sixteen) => buf.copy_from_slice(sixteen),
        None => buf[..n].copy_from_slice(&b[p..end]),
    }
    let [l0, l1, l2, l3, l4, l5, l6, l7, h0, h1, h2, h3, h4, h5, h6, h7] = buf;
    let lo = u64::from_le_bytes([l0, l1, l2, l3, l4, l5, l6, l7]);
    let hi = u64::from_le_bytes([h0, h1, h2, h3, h4, h5, h6, h7]);
    // lower case (letters only) and nothing after the word
    const LOWER: u64 = 0x2020_2020_2020_2020;
    let keep = |m: usize| if m == 0 { 0 } else { u64::MAX >> (64 - 8 * m) };
    let (lo, hi) = if n >= 8 {
        (lo | LOWER, (hi | LOWER) & keep(n - 8))
    } else {
        ((lo | LOWER) & keep(n), 0)
    };
    let key = u128::from(hi) << 64 | u128::from(lo);
    let mut j = role_slot(key);
    loop {
        let (k, st) = ROLES[j];
        if k == key {
            return Some(st);
        }
        if k == 0 {
            return None;
        }
        j = (j + 1) % 256;
    }
}

/// One word of a number written in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    /// one to nine
    Unit(u64),
    /// ten to nineteen
    Teen(u64),
    /// twenty, thirty, ... ninety
    Tens(u64),
    /// hundred
    Hundred,
    /// thousand, lakh, million, crore, billion, trillion
    Scale(u64),
    /// dozen
    Dozen,
    /// and
    And,
    /// the article "a"
    A,
    /// "few" (after "a")
    Few,
    /// several
    Several,
}

fn tok(w: &[u8]) -> Option<Tok> {
    Some(match w {
        b"one" => Tok::Unit(1),
        b"two" => Tok::Unit(2),
        b"three" => Tok::Unit(3),
        b"four" => Tok::Unit(4),
        b"five" => Tok::Unit(5),
        b"six" => Tok::Unit(6),
        b"seven" => Tok::Unit(7),
        b"eight" => Tok::Unit(8),
        b"nine" => Tok::Unit(9),
        b"ten" => Tok::Teen(10),
        b"eleven" => Tok::Teen(11),
        b"twelve" => Tok::Teen(12),
        b"thirteen" => Tok::Teen(13),
        b"fourteen" => Tok::Teen(14),
        b"fifteen" => Tok::Teen(15),
        b"sixteen" => Tok::Teen(16),
        b"seventeen" => Tok::Teen(17),
        b"eighteen" => Tok::Teen(18),
        b"nineteen" => Tok::Teen(19),
        b"twenty" => Tok::Tens(20),
        b"thirty" => Tok::Tens(30),
        b"forty" | b"fourty" => Tok::Tens(40),
        b"fifty" => Tok::Tens(50),
        b"sixty" => Tok::Tens(60),
        b"seventy" => Tok::Tens(70),
        b"eighty" => Tok::Tens(80),
        b"ninety" => Tok::Tens(90),
        b"hundred" => Tok::Hundred,
        b"and" => Tok::And,
        b"a" => Tok::A,
        b"few" => Tok::Few,
        b"several" => Tok::Several,
        b"dozen" => Tok::Dozen,
        _ => Tok::Scale(scale_word(w)?),
    })
}

/// The multiplier of a scale word written out (after digits or words).
fn scale_word(w: &[u8]) -> Option<u64> {
    Some(match w {
        b"thousand" => 1_000,
        b"lakh" | b"lakhs" => 100_000,
        b"million" => 1_000_000,
        b"crore" | b"crores" => 10_000_000,
        b"billion" => 1_000_000_000,
        b"trillion" => 1_000_000_000_000,
        _ => return None,
    })
}

/// The multiplier of a scale abbreviation: glued to digits ("1.5m", "3k")
/// or, except "k" and "m", also after a space ("2.4 bn", "12 mln").
fn scale_abbrev(w: &[u8], glued: bool) -> Option<u64> {
    Some(match w {
        b"k" if glued => 1_000,
        b"m" if glued => 1_000_000,
        b"mn" | b"mln" => 1_000_000,
        b"bn" | b"bln" => 1_000_000_000,
        _ => return None,
    })
}

/// Currency codes that make the digits after them money ("USD 10", "Rs 500").
fn currency_code(w: &[u8]) -> bool {
    matches!(
        w,
        b"rs"
            | b"inr"
            | b"usd"
            | b"eur"
            | b"gbp"
            | b"rmb"
            | b"cny"
            | b"jpy"
            | b"aud"
            | b"cad"
            | b"chf"
            | b"pkr"
            | b"ngn"
            | b"kes"
            | b"zar"
            | b"rp"
    )
}

fn currency_sign(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥' | '₹' | '₦' | '₩' | '₽' | '₪' | '฿')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

// ---------------------------------------------------------------------------
// Scanner internals
// ---------------------------------------------------------------------------

/// What reading at one position gave.
enum Step {
    /// A number expression.
    Found(NumberMatch),
    /// Not a number expression; resume reading at this byte.
    Skip(usize),
    /// Nothing here; resume after the current word.
    Nothing,
}

/// Why a numeral was refused (ranges use this to refuse their low end too).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Why {
    /// "5 percent", "5%".
    Percent,
    /// "16-year-old", "three-day".
    Compound,
    /// Anything else: money, codes, times, overflow.
    Other,
}

/// What reading one numeral gave.
enum Read {
    Atom(Atom),
    Reject { resume: usize, why: Why },
    Nothing,
}

/// A decimal read before its scale word: "2.4" of "2.4 million".
#[derive(Clone, Copy, Debug)]
struct Decimal {
    int: u64,
    frac: u64,
    frac_len: u32,
}

impl Decimal {
    /// The whole value at `scale`, when it is whole and fits.
    fn scaled(self, scale: u64) -> Option<u64> {
        let den = 10u128.checked_pow(self.frac_len)?;
        let num = u128::from(self.frac).checked_mul(u128::from(scale))?;
        if num % den != 0 {
            return None;
        }
        let whole = u128::from(self.int).checked_mul(u128::from(scale))?;
        u64::try_from(whole.checked_add(num / den)?).ok()
    }
}

/// One numeral, before qualifiers and ranges.
#[derive(Clone, Copy, Debug)]
struct Atom {
    start: usize,
    /// End of the numeral (a trailing "+" is not included).
    end: usize,
    value: u64,
    form: NumberForm,
    /// The bound the numeral carries itself: vague plurals, "a dozen".
    bound: Bound,
    /// A "+" right after the numeral.
    plus: bool,
    /// The trailing multiplier ("3 million" 1,000,000; "two hundred" 100); 1 if none.
    scale: u64,
    /// A decimal still waiting for a scale from the end of a range.
    pending: Option<Decimal>,
    /// The digit count of a plain run of digits; 0 otherwise.
    plain: usize,
}

/// A run of ASCII letters, lower-cased when short.
#[derive(Clone, Copy)]
struct Word {
    end: usize,
    buf: [u8; 16],
    len: usize,
    /// Not followed by a letter or digit of any script.
    clean: bool,
}

impl Word {
    /// The lower-cased word; empty when it is too long to be a keyword.
    fn lower(&self) -> &[u8] {
        if self.len <= self.buf.len() {
            &self.buf[..self.len]
        } else {
            &[]
        }
    }

    /// The lower-cased word if it stands alone.
    fn key(&self) -> &[u8] {
        if self.clean {
            self.lower()
        } else {
            &[]
        }
    }
}

struct Scan<'a> {
    text: &'a str,
    b: &'a [u8],
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Scan<'a> {
        Scan {
            text,
            b: text.as_bytes(),
        }
    }

    /// The byte at `i`, or 0 past the end.
    fn byte(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    fn digit(&self, i: usize) -> bool {
        self.byte(i).is_ascii_digit()
    }

    fn char_before(&self, i: usize) -> Option<char> {
        self.text.get(..i)?.chars().next_back()
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..)?.chars().next()
    }

    fn boundary_before(&self, i: usize) -> bool {
        // an ASCII byte before `i` is the whole character before it
        match i.checked_sub(1).and_then(|j| self.b.get(j)) {
            None => true,
            Some(c) if c.is_ascii() => !(c.is_ascii_alphanumeric() || *c == b'_'),
            Some(_) => !self.char_before(i).is_some_and(is_word_char),
        }
    }

    fn boundary_after(&self, i: usize) -> bool {
        match self.b.get(i) {
            None => true,
            Some(c) if c.is_ascii() => !(c.is_ascii_alphanumeric() || *c == b'_'),
            Some(_) => !self.char_at(i).is_some_and(is_word_char),
        }
    }

    /// Bytes of an en dash at `i`, or 0.
    fn en_dash(&self, i: usize) -> usize {
        if self.b.get(i..i + 3) == Some(&[0xE2, 0x80, 0x93][..]) {
            3
        } else {
            0
        }
    }

    /// Bytes of a hyphen or en dash at `i`, or 0.
    fn dash(&self, i: usize) -> usize {
        if self.byte(i) == b'-' {
            1
        } else {
            self.en_dash(i)
        }
    }

    /// Bytes of a separator between digit groups at `i` (space, U+00A0,
    /// U+2009, U+202F), or 0.
    fn group_sep(&self, i: usize) -> usize {
        match self.byte(i) {
            b' ' => 1,
            0xC2 if self.byte(i + 1) == 0xA0 => 2,
            0xE2 if self.byte(i + 1) == 0x80 && matches!(self.byte(i + 2), 0x89 | 0xAF) => 3,
            _ => 0,
        }
    }

    /// Bytes of a whitespace character at `i`, or 0.
    fn ws(&self, i: usize) -> usize {
        match self.byte(i) {
            b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => 1,
            _ => self.group_sep(i),
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        loop {
            let n = self.ws(i);
            if n == 0 {
                return i;
            }
            i += n;
        }
    }

    /// Past the ASCII letters, digits and underscores starting at `i`.
    fn alnum_run_end(&self, mut i: usize) -> usize {
        while self.byte(i).is_ascii_alphanumeric() || self.byte(i) == b'_' {
            i += 1;
        }
        i
    }

    /// Past a refused numeric token: letters, digits and the `.,:/` inside
    /// them ("1.2.3", "9/11", "8:25", "2,000th").
    fn token_end(&self, mut i: usize) -> usize {
        loop {
            let c = self.byte(i);
            let inner =
                matches!(c, b'.' | b',' | b':' | b'/') && self.byte(i + 1).is_ascii_alphanumeric();
            if c.is_ascii_alphanumeric() || c == b'_' || inner {
                i += 1;
            } else {
                return i;
            }
        }
    }

    /// Whether the word just before `p` is "by".
    fn after_by(&self, p: usize) -> bool {
        let mut k = p;
        while k > 0 && self.b[k - 1].is_ascii_whitespace() {
            k -= 1;
        }
        k < p
            && k >= 2
            && self.b[k - 2..k].eq_ignore_ascii_case(b"by")
            && (k == 2 || !self.b[k - 3].is_ascii_alphanumeric())
    }

    /// The ASCII letters starting at `i`, if any.
    fn word(&self, i: usize) -> Option<Word> {
        let rest = self.b.get(i..)?;
        let len = rest
            .iter()
            .position(|c| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        if len == 0 {
            return None;
        }
        let mut buf = [0u8; 16];
        for (slot, c) in buf.iter_mut().zip(&rest[..len]) {
            *slot = c | 0x20; // lower case, for a letter
        }
        Some(Word {
            end: i + len,
            buf,
            len,
            clean: self.boundary_after(i + len),
        })
    }

    /// The next stand-alone word after at least one whitespace character.
    fn word_after_ws(&self, i: usize) -> Option<Word> {
        let s = self.skip_ws(i);
        if s == i {
            return None;
        }
        self.word(s).filter(|w| w.clean)
    }

    /// The lower-cased letters (at most four) that end at `e` and stand as a
    /// word of their own.
    fn short_word_ending_at(&self, e: usize) -> Option<([u8; 4], usize)> {
        let mut s = e;
        while s > 0 && self.byte(s - 1).is_ascii_alphabetic() {
            s -= 1;
            if e - s > 4 {
                return None;
            }
        }
        if s == e || !self.boundary_before(s) {
            return None;
        }
        let mut buf = [0u8; 4];
        for (slot, c) in buf.iter_mut().zip(&self.b[s..e]) {
            *slot = c.to_ascii_lowercase();
        }
        Some((buf, e - s))
    }

    // -- expressions --------------------------------------------------------

    /// A number expression starting at the word start `i`: digits, or a
    /// word with the role `starter`.
    fn expression(&self, i: usize, starter: Option<Role>) -> Step {
        if let Some(st) = starter {
            // the word must stand alone: not "in5", not "oneé"
            let Some(w) = self.word(i).filter(|w| w.clean) else {
                return Step::Nothing;
            };
            if st.needs_more && !self.may_go_on(w) {
                return Step::Nothing;
            }
            if st.quals.0 < st.quals.1 {
                let entries = &QUALIFIERS[usize::from(st.quals.0)..usize::from(st.quals.1)];
                if let Some((qual, after)) = self.qualifier(w, entries) {
                    let p = match qual {
                        Qual::Bound(_) => self.filler(after).unwrap_or(after),
                        Qual::Between | Qual::From => after,
                    };
                    match self.figure(p, Some(qual), i) {
                        Step::Nothing => {}
                        step => return step,
                    }
                }
            }
            if !st.number {
                return Step::Nothing;
            }
        }
        self.figure(i, None, i)
    }

    /// A qualifier phrase starting with the word `w`: what it does and where
    /// its numeral may start. Only `entries`, which all begin with `w`, are
    /// tried.
    fn qualifier(&self, w: Word, entries: &[(&[&str], Qual)]) -> Option<(Qual, usize)> {
        let first = w.key();
        // the word after `w`, read once for every entry
        let second = self.word_after_ws(w.end);
        'entries: for (words, qual) in entries {
            let mut pos = w.end;
            for (k, next) in words.iter().enumerate().skip(1) {
                let found = if k == 1 {
                    second
                } else {
                    self.word_after_ws(pos)
                };
                match found {
                    Some(w2) if w2.key() == next.as_bytes() => pos = w2.end,
                    _ => continue 'entries,
                }
            }
            if first == b"approx" && self.byte(pos) == b'.' {
                pos += 1;
            }
            let s = self.skip_ws(pos);
            if s > pos {
                return Some((*qual, s));
            }
        }
        None
    }

    /// Whether what follows the word `w` can go on with the number
    /// expression it starts: a digit, or a word that [follows](Role::follows)
    /// or starts a numeral, after white space. A cheap test for the words
    /// that are nothing alone ([`Role::needs_more`]), which is passed by
    /// everything the full reading accepts.
    fn may_go_on(&self, w: Word) -> bool {
        if w.key() == b"approx" || self.byte(w.end) == b'-' {
            // "approx. 5", "a-": left to the full reading
            return true;
        }
        let s = self.skip_ws(w.end);
        if s == w.end {
            return false;
        }
        let c = self.byte(s);
        if c.is_ascii_digit() {
            return true;
        }
        let e = s + self.b[s..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        role(self.b, s, e).is_some_and(|st| st.number || st.follows)
    }

    /// "another", "a further", "an additional" after a qualifier: where the
    /// numeral starts after them.
    fn filler(&self, p: usize) -> Option<usize> {
        let w = self.word(p)?;
        let end = match w.key() {
            b"another" => w.end,
            b"a" => {
                self.word_after_ws(w.end)
                    .filter(|w2| w2.key() == b"further")?
                    .end
            }
            b"an" => {
                self.word_after_ws(w.end)
                    .filter(|w2| w2.key() == b"additional")?
                    .end
            }
            _ => return None,
        };
        let s = self.skip_ws(end);
        (s > end).then_some(s)
    }

    /// A numeral at `p`, perhaps the low end of a range, under `qual` which
    /// starts at `from`.
    fn figure(&self, p: usize, qual: Option<Qual>, from: usize) -> Step {
        let a = match self.read_atom(p, false) {
            Read::Atom(a) => a,
            Read::Reject { resume, .. } => return Step::Skip(resume),
            Read::Nothing => return Step::Nothing,
        };
        // "rose by 19 to 112" is a change and a new value, not a range
        if a.form != NumberForm::Vague && !a.plus && !(qual.is_none() && self.after_by(a.start)) {
            if let Some((conn, q)) = self.connector(a.end, qual) {
                let dash = conn == Conn::Dash;
                match self.read_atom(q, dash) {
                    Read::Atom(b) if b.form != NumberForm::Vague && b.pending.is_none() => {
                        if dash {
                            if let Some(resume) = self.dash_junk(&a, &b) {
                                return Step::Skip(resume);
                            }
                        }
                        if let Some(low) = low_end(&a, &b).filter(|&low| low < b.value) {
                            let start = if qual.is_some() { from } else { a.start };
                            return Step::Found(NumberMatch {
                                span: Span::new(start, b.end),
                                numeral: Span::new(a.start, b.end),
                                value: low,
                                high: Some(b.value),
                                bound: Bound::Range,
                                form: a.form,
                            });
                        }
                        if dash {
                            return Step::Skip(b.end);
                        }
                    }
                    Read::Atom(b) => {
                        if dash {
                            return Step::Skip(self.token_end(b.end));
                        }
                    }
                    Read::Reject { resume, why } => {
                        if dash || why != Why::Other {
                            return Step::Skip(resume);
                        }
                    }
                    Read::Nothing => {}
                }
            }
        }
        if a.pending.is_some() {
            // A decimal with no scale: "2.8798", "0.4".
            return Step::Skip(self.token_end(a.start));
        }
        let end = if a.plus { a.end + 1 } else { a.end };
        let (start, bound) = match qual {
            Some(Qual::Bound(b)) => (from, b),
            _ if a.plus => (a.start, Bound::MoreThan),
            _ => (a.start, a.bound),
        };
        Step::Found(NumberMatch {
            span: Span::new(start, end),
            numeral: Span::new(a.start, a.end),
            value: a.value,
            high: None,
            bound,
            form: a.form,
        })
    }

    /// What joins a numeral ending at `e` to a second one, and where the
    /// second may start.
    fn connector(&self, e: usize, qual: Option<Qual>) -> Option<(Conn, usize)> {
        let s = self.skip_ws(e);
        let d = self.dash(s);
        if d > 0 {
            let t = self.skip_ws(s + d);
            let next = self.byte(t);
            let ok = next.is_ascii_digit() || (d == 3 && next.is_ascii_alphabetic());
            return ok.then_some((Conn::Dash, t));
        }
        if s == e {
            return None;
        }
        let w = self.word(s).filter(|w| w.clean)?;
        let ok = matches!(
            (w.lower(), qual),
            (b"to", _) | (b"or", Some(Qual::Bound(_)) | None) | (b"and", Some(Qual::Between))
        );
        if !ok {
            return None;
        }
        let t = self.skip_ws(w.end);
        (t > w.end).then_some((Conn::Word, t))
    }

    /// Where to resume when a dash pair is a phone number, an ID or a date
    /// ("555-1234", "555-123-4567", "2016-03-04"); `None` when it is not.
    fn dash_junk(&self, a: &Atom, b: &Atom) -> Option<usize> {
        let d = self.dash(b.end);
        if d > 0 && self.digit(b.end + d) {
            // A chain of dashed digit groups: skip all of it.
            let mut k = b.end;
            loop {
                let d = self.dash(k);
                if d > 0 && self.digit(k + d) {
                    k += d;
                } else if self.digit(k) {
                    k += 1;
                } else {
                    return Some(self.token_end(k));
                }
            }
        }
        (a.plain == 3 && b.plain == 4).then_some(b.end)
    }

    // -- numerals -------------------------------------------------------------

    /// One numeral at `p`. `after_dash` allows a digit and a dash before it
    /// (the high end of "50-70").
    fn read_atom(&self, p: usize, after_dash: bool) -> Read {
        let c = self.byte(p);
        if c.is_ascii_digit() {
            self.read_digits(p, after_dash)
        } else if c.is_ascii_alphabetic() {
            self.read_words(p)
        } else {
            Read::Nothing
        }
    }

    /// Whether what stands just before the digits at `p` makes them money,
    /// a code, or the tail of another numeral.
    fn bad_digit_prefix(&self, p: usize, after_dash: bool) -> bool {
        let Some(c) = self.char_before(p) else {
            return false;
        };
        let q = p - c.len_utf8();
        match c {
            c if is_word_char(c) => true,
            '.' | '#' | '+' => true,
            c if currency_sign(c) => true,
            '-' | '–' | '/' | ':' | ',' => match self.char_before(q) {
                Some(d) if d.is_ascii_digit() => !(after_dash && matches!(c, '-' | '–')),
                Some(d) => c == '-' && d.is_alphabetic(),
                None => false,
            },
            ' ' | '\u{a0}' => match self.char_before(q) {
                Some(d) if currency_sign(d) => true,
                Some('.') => self
                    .short_word_ending_at(q - 1)
                    .is_some_and(|(w, n)| matches!(&w[..n], b"no" | b"rs")),
                Some(_) => self
                    .short_word_ending_at(q)
                    .is_some_and(|(w, n)| currency_code(&w[..n])),
                None => false,
            },
            _ => false,
        }
    }

    fn read_digits(&self, p: usize, after_dash: bool) -> Read {
        let refuse = |why| Read::Reject {
            resume: self.token_end(p),
            why,
        };
        if self.bad_digit_prefix(p, after_dash) {
            return refuse(Why::Other);
        }
        let mut q = p;
        while self.digit(q) {
            q += 1;
        }
        let run = q - p;
        if run > 20 || (self.byte(p) == b'0' && run > 1) {
            return refuse(Why::Other);
        }
        let Some(mut value) = digits_value(&self.b[p..q]) else {
            return refuse(Why::Other);
        };
        let mut end = q;
        let mut grouped = false;
        if self.byte(q) == b',' && self.digit(q + 1) {
            // "16,700": groups of exactly three after a first group of 1-3.
            if run > 3 || self.byte(p) == b'0' {
                return refuse(Why::Other);
            }
            let mut k = q;
            let mut v = Some(value);
            while self.byte(k) == b',' && self.three_digits(k + 1) {
                v = v.and_then(|v| group_value(v, &self.b[k + 1..k + 4]));
                k += 4;
            }
            let Some(v) = v else {
                return refuse(Why::Other);
            };
            if self.byte(k) == b',' && self.digit(k + 1) {
                return refuse(Why::Other);
            }
            value = v;
            end = k;
            grouped = true;
        } else if run <= 3 && self.byte(p) != b'0' && !self.follows_digit_group(p) {
            // "16 700": the same with spaces, when nothing says otherwise.
            let mut k = q;
            let mut v = Some(value);
            loop {
                let n = self.group_sep(k);
                if n == 0 || !self.three_digits(k + n) {
                    break;
                }
                v = v.and_then(|v| group_value(v, &self.b[k + n..k + n + 3]));
                k += n + 3;
            }
            if k > q {
                match v {
                    None => {
                        return Read::Reject {
                            resume: self.token_end(k),
                            why: Why::Other,
                        }
                    }
                    Some(v) if self.groups_end_cleanly(k) => {
                        value = v;
                        end = k;
                        grouped = true;
                    }
                    Some(_) => {}
                }
            }
        }
        let mut pending = None;
        if self.byte(end) == b'.' && self.digit(end + 1) {
            let f0 = end + 1;
            let mut f = f0;
            while self.digit(f) {
                f += 1;
            }
            if f - f0 > 18 || (matches!(self.byte(f), b'.' | b',') && self.digit(f + 1)) {
                return refuse(Why::Other);
            }
            let Some(frac) = digits_value(&self.b[f0..f]) else {
                return refuse(Why::Other);
            };
            pending = Some(Decimal {
                int: value,
                frac,
                frac_len: (f - f0) as u32,
            });
            end = f;
        }
        // What follows the digits.
        let next = self.byte(end);
        if matches!(next, b':' | b'/' | b',' | b'.') && self.digit(end + 1) {
            return refuse(Why::Other);
        }
        if next == b'%' {
            return Read::Reject {
                resume: end,
                why: Why::Percent,
            };
        }
        let mut scale = 1;
        if next.is_ascii_alphabetic() {
            // Glued: "1.5m", "3k", "2.4bn"; anything else is a code or an ordinal.
            let w = self.word(end).filter(|w| w.clean);
            match w.and_then(|w| scale_abbrev(w.lower(), true).map(|m| (w, m))) {
                Some((w, m)) => {
                    scale = m;
                    end = w.end;
                }
                None => return refuse(Why::Other),
            }
        } else if !self.boundary_after(end) {
            // A letter or digit of another script: "5é", "5٣".
            return refuse(Why::Other);
        } else if let Some(w) = self.word_after_ws(end) {
            let k = w.key();
            let m = scale_word(k)
                .or_else(|| scale_abbrev(k, false))
                .or_else(|| (k == b"hundred" && pending.is_none() && !grouped).then_some(100));
            if let Some(m) = m {
                scale = m;
                end = w.end;
            } else if pending.is_none() && !grouped && value < 1000 {
                if let Some((m, e)) = self.and_a_half(end) {
                    let v = value
                        .checked_mul(2)
                        .and_then(|v| v.checked_add(1))
                        .and_then(|v| v.checked_mul(m))
                        .map(|v| v / 2);
                    return match v {
                        Some(v) => self.finish(Atom {
                            start: p,
                            end: e,
                            value: v,
                            form: NumberForm::Digits,
                            bound: Bound::Exact,
                            plus: false,
                            scale: 1,
                            pending: None,
                            plain: 0,
                        }),
                        None => refuse(Why::Other),
                    };
                }
            }
        }
        if let Some(d) = pending {
            if scale > 1 {
                match d.scaled(scale) {
                    Some(v) => {
                        value = v;
                        pending = None;
                    }
                    None => return refuse(Why::Other),
                }
            }
        } else {
            match value.checked_mul(scale) {
                Some(v) => value = v,
                None => return refuse(Why::Other),
            }
        }
        if scale == 1 && pending.is_none() && self.clock_after(end) {
            return refuse(Why::Other);
        }
        let plain = if grouped || pending.is_some() || scale > 1 {
            0
        } else {
            run
        };
        self.finish(Atom {
            start: p,
            end,
            value,
            form: NumberForm::Digits,
            bound: Bound::Exact,
            plus: false,
            scale,
            pending,
            plain,
        })
    }

    /// Whether the digits at `p` come right after another digit group and a
    /// space ("7624 800 100"): then spaces do not join groups.
    fn follows_digit_group(&self, p: usize) -> bool {
        match self.char_before(p) {
            Some(c @ (' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')) => self
                .char_before(p - c.len_utf8())
                .is_some_and(|d| d.is_ascii_digit()),
            _ => false,
        }
    }

    /// Whether digits at `i` are exactly three.
    fn three_digits(&self, i: usize) -> bool {
        self.digit(i) && self.digit(i + 1) && self.digit(i + 2) && !self.digit(i + 3)
    }

    /// Whether space-separated digit groups ending at `k` really are one
    /// number: not glued to a letter, not followed by another digit group.
    fn groups_end_cleanly(&self, k: usize) -> bool {
        if !self.boundary_after(k) {
            return false;
        }
        if matches!(self.byte(k), b'.' | b',' | b':' | b'/') && self.digit(k + 1) {
            return false;
        }
        let n = self.group_sep(k);
        !(n > 0 && self.digit(k + n))
    }

    /// "and a half million" after a numeral ending at `e`: the scale and
    /// where the phrase ends.
    fn and_a_half(&self, e: usize) -> Option<(u64, usize)> {
        let w1 = self.word_after_ws(e).filter(|w| w.key() == b"and")?;
        let w2 = self.word_after_ws(w1.end).filter(|w| w.key() == b"a")?;
        let w3 = self.word_after_ws(w2.end).filter(|w| w.key() == b"half")?;
        let w4 = self.word_after_ws(w3.end)?;
        let m = scale_word(w4.key()).or_else(|| (w4.key() == b"hundred").then_some(100))?;
        Some((m, w4.end))
    }

    /// A clock time after digits ending at `e`: "10 a.m.", "1400 GMT".
    fn clock_after(&self, e: usize) -> bool {
        let s = self.skip_ws(e);
        if s == e {
            return false;
        }
        let four: [u8; 4] = [
            self.byte(s).to_ascii_lowercase(),
            self.byte(s + 1),
            self.byte(s + 2).to_ascii_lowercase(),
            self.byte(s + 3),
        ];
        if matches!(&four[..3], b"a.m" | b"p.m") {
            return true;
        }
        if let Some(w) = self.word(s) {
            if matches!(w.key(), b"am" | b"pm" | b"gmt" | b"utc" | b"hrs") {
                return true;
            }
            if w.lower() == b"o" && matches!(self.char_at(w.end), Some('\'' | '’')) {
                return true;
            }
        }
        false
    }

    /// Checks shared by every numeral ending at `a.end`: percent, hyphenated
    /// modifiers, a trailing "+".
    fn finish(&self, mut a: Atom) -> Read {
        let e = a.end;
        if self.byte(e) == b'-' && self.byte(e + 1).is_ascii_alphabetic() {
            return Read::Reject {
                resume: e,
                why: Why::Compound,
            };
        }
        let s = self.skip_ws(e);
        if self.byte(s) == b'%' {
            return Read::Reject {
                resume: s + 1,
                why: Why::Percent,
            };
        }
        if s > e {
            if let Some(w) = self.word(s).filter(|w| w.clean) {
                let percent = match w.lower() {
                    b"percent" | b"pct" | b"percentage" => true,
                    b"per" => self
                        .word_after_ws(w.end)
                        .is_some_and(|w2| w2.key() == b"cent"),
                    _ => false,
                };
                if percent {
                    return Read::Reject {
                        resume: e,
                        why: Why::Percent,
                    };
                }
            }
        }
        if self.byte(e) == b'+' && a.form == NumberForm::Digits {
            if self.byte(e + 1).is_ascii_alphanumeric() {
                return Read::Reject {
                    resume: self.token_end(e + 1),
                    why: Why::Other,
                };
            }
            a.plus = true;
        }
        Read::Atom(a)
    }

    fn read_words(&self, p: usize) -> Read {
        // an ASCII byte before `p` is the whole character before it
        let before = match p.checked_sub(1).map(|q| self.b[q]) {
            Some(c) if c.is_ascii() => Some(char::from(c)),
            Some(_) => self.char_before(p),
            None => None,
        };
        match before {
            Some(c) if is_word_char(c) => return Read::Nothing,
            Some('-') if self.char_before(p - 1).is_some_and(char::is_alphabetic) => {
                return Read::Nothing
            }
            _ => {}
        }
        let Some(w) = self.word(p).filter(|w| w.clean) else {
            return Read::Nothing;
        };
        if !starter(self.b, p, w.end).is_some_and(|st| st.number) {
            // no other word opens a number (see `NUMBER_STARTERS`)
            return Read::Nothing;
        }
        let vague = |value: u64, end: usize| {
            self.finish(Atom {
                start: p,
                end,
                value,
                form: NumberForm::Vague,
                bound: Bound::AtLeast,
                plus: false,
                scale: 1,
                pending: None,
                plain: 0,
            })
        };
        match w.lower() {
            b"dozens" => vague(24, w.end),
            b"scores" => vague(40, w.end),
            b"thousands" => vague(2_000, w.end),
            b"millions" => vague(2_000_000, w.end),
            b"hundreds" => match self.of_scale_plural(w.end) {
                Some((m, e)) => vague(m.saturating_mul(200), e),
                None => vague(200, w.end),
            },
            b"tens" => match self.of_scale_plural(w.end) {
                Some((m, e)) => vague(m.saturating_mul(20), e),
                None => Read::Nothing,
            },
            b"half" => self.half_a(p, w),
            b"quarter" => self.quarter_of(p, w),
            b"a" => match self.word_after_ws(w.end).filter(|q| q.key() == b"quarter") {
                Some(q) => self.quarter_of(p, q),
                None => self.number_words(p),
            },
            _ => self.number_words(p),
        }
    }

    /// "of thousands" / "of millions" after "tens" or "hundreds".
    fn of_scale_plural(&self, e: usize) -> Option<(u64, usize)> {
        let of = self.word_after_ws(e).filter(|w| w.key() == b"of")?;
        let w = self.word_after_ws(of.end)?;
        match w.key() {
            b"thousands" => Some((1_000, w.end)),
            b"millions" => Some((1_000_000, w.end)),
            _ => None,
        }
    }

    /// "half a dozen", "half a million".
    fn half_a(&self, p: usize, half: Word) -> Read {
        let Some(a) = self.word_after_ws(half.end).filter(|w| w.key() == b"a") else {
            return Read::Nothing;
        };
        let Some(w) = self.word_after_ws(a.end) else {
            return Read::Nothing;
        };
        let (value, bound) = match w.key() {
            b"dozen" => (6, Bound::Approximately),
            b"hundred" => (50, Bound::Exact),
            k => match scale_word(k) {
                Some(m) => (m / 2, Bound::Exact),
                None => return Read::Nothing,
            },
        };
        self.finish(Atom {
            start: p,
            end: w.end,
            value,
            form: NumberForm::Words,
            bound,
            plus: false,
            scale: 1,
            pending: None,
            plain: 0,
        })
    }

    /// "quarter of a million", "quarter million" (from `p`, which may be
    /// the "a" before it): a quarter of the scale. "a quarter of the
    /// victims" is no number.
    fn quarter_of(&self, p: usize, quarter: Word) -> Read {
        let mut w = self.word_after_ws(quarter.end);
        if let Some(of) = w.filter(|w| w.key() == b"of") {
            w = self
                .word_after_ws(of.end)
                .filter(|a| a.key() == b"a")
                .and_then(|a| self.word_after_ws(a.end));
        }
        let Some(w) = w else {
            return Read::Nothing;
        };
        let Some(m) = scale_word(w.key()) else {
            return Read::Nothing;
        };
        self.finish(Atom {
            start: p,
            end: w.end,
            value: m / 4,
            form: NumberForm::Words,
            bound: Bound::Exact,
            plus: false,
            scale: 1,
            pending: None,
            plain: 0,
        })
    }

    /// A number in words: "seventy-two", "two hundred and five",
    /// "a thousand", "one million two hundred thousand", "two dozen",
    /// "several hundred", "a few".
    fn number_words(&self, p: usize) -> Read {
        #[derive(Clone, Copy, PartialEq, Eq)]
        enum Last {
            Start,
            A,
            Few,
            Unit,
            Teen,
            Tens,
            Hundred,
            Scale,
            Dozen,
        }
        #[derive(Clone, Copy)]
        struct State {
            total: u64,
            group: u64,
            hundred: bool,
            last: Last,
            last_scale: u64,
            end: usize,
            lead: Option<u64>,
            pure: bool,
        }
        let mut st = State {
            total: 0,
            group: 0,
            hundred: false,
            last: Last::Start,
            last_scale: u64::MAX,
            end: p,
            lead: None,
            pure: true,
        };
        let mut vague = false;
        let mut article = false;
        // The state before an "and" that may turn out to join two numbers.
        let mut before_and: Option<State> = None;
        let mut pos = p;
        let mut hyphen = false;
        loop {
            let Some(w) = self.word(pos).filter(|w| w.clean) else {
                if hyphen {
                    return Read::Reject {
                        resume: st.end,
                        why: Why::Compound,
                    };
                }
                break;
            };
            let t = tok(w.lower());
            let small = matches!(st.last, Last::Start | Last::Hundred | Last::Scale);
            let ok = match t {
                Some(Tok::Unit(u)) if small || st.last == Last::Tens => {
                    st.group += u;
                    st.last = Last::Unit;
                    true
                }
                Some(Tok::Teen(u)) if small => {
                    st.group += u;
                    st.last = Last::Teen;
                    true
                }
                Some(Tok::Tens(u)) if small => {
                    st.group += u;
                    st.last = Last::Tens;
                    true
                }
                Some(Tok::Hundred)
                    if matches!(
                        st.last,
                        Last::Unit | Last::Teen | Last::Tens | Last::A | Last::Few
                    ) && !st.hundred
                        && (1..100).contains(&st.group) =>
                {
                    if st.lead.is_none() && st.total == 0 {
                        st.lead = Some(st.group);
                    }
                    st.group *= 100;
                    st.hundred = true;
                    st.last = Last::Hundred;
                    true
                }
                Some(Tok::Scale(m))
                    if matches!(
                        st.last,
                        Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::A | Last::Few
                    ) && m < st.last_scale
                        && st.group > 0 =>
                {
                    let Some(total) = st
                        .group
                        .checked_mul(m)
                        .and_then(|v| v.checked_add(st.total))
                    else {
                        return Read::Reject {
                            resume: self.token_end(w.end),
                            why: Why::Other,
                        };
                    };
                    if st.lead.is_none() && st.total == 0 {
                        st.lead = Some(st.group);
                    }
                    st.total = total;
                    st.group = 0;
                    st.hundred = false;
                    st.last_scale = m;
                    st.last = Last::Scale;
                    before_and = None;
                    true
                }
                Some(Tok::Dozen)
                    if matches!(
                        st.last,
                        Last::Unit | Last::Teen | Last::Tens | Last::A | Last::Few
                    ) && !st.hundred
                        && st.total == 0 =>
                {
                    st.group *= 12;
                    st.last = Last::Dozen;
                    true
                }
                Some(Tok::And) if !hyphen && matches!(st.last, Last::Hundred | Last::Scale) => {
                    // Only when a small number follows: "two hundred and five".
                    let next = self.word_after_ws(w.end).and_then(|w2| tok(w2.key()));
                    if matches!(next, Some(Tok::Unit(_) | Tok::Teen(_) | Tok::Tens(_))) {
                        before_and = Some(st);
                        pos = self.skip_ws(w.end);
                        continue;
                    }
                    false
                }
                Some(Tok::A) if st.last == Last::Start => {
                    article = true;
                    st.group = 1;
                    st.last = Last::A;
                    true
                }
                Some(Tok::Few) if st.last == Last::A => {
                    vague = true;
                    st.group = 3;
                    st.last = Last::Few;
                    true
                }
                Some(Tok::Several) if st.last == Last::Start => {
                    vague = true;
                    st.group = 3;
                    st.last = Last::Few;
                    true
                }
                _ => false,
            };
            if !ok {
                if hyphen {
                    // "three-year", "twenty-first", "two-thirds".
                    return Read::Reject {
                        resume: st.end,
                        why: Why::Compound,
                    };
                }
                if matches!(t, Some(Tok::Hundred | Tok::Scale(_) | Tok::Dozen)) {
                    // "between two hundred and three hundred": the "and" joined two numbers.
                    if let Some(saved) = before_and {
                        st = saved;
                    }
                }
                break;
            }
            if matches!(t, Some(Tok::Unit(_) | Tok::Teen(_) | Tok::Tens(_))) && st.lead.is_some() {
                st.pure = false;
            }
            st.end = w.end;
            if st.last == Last::Dozen {
                break;
            }
            if self.byte(w.end) == b'-' && self.byte(w.end + 1).is_ascii_alphabetic() {
                pos = w.end + 1;
                hyphen = true;
            } else {
                let s = self.skip_ws(w.end);
                if s == w.end {
                    break;
                }
                pos = s;
                hyphen = false;
            }
        }
        if matches!(st.last, Last::Start | Last::A) {
            return Read::Nothing;
        }
        let Some(mut value) = st.total.checked_add(st.group) else {
            return Read::Reject {
                resume: self.token_end(st.end),
                why: Why::Other,
            };
        };
        let mut end = st.end;
        let mut scale = match st.lead {
            Some(lead) if st.pure && lead > 0 => value / lead,
            _ => 1,
        };
        if matches!(st.last, Last::Unit | Last::Teen | Last::Tens) && st.total == 0 && !st.hundred {
            // "two and a half million"
            if let Some((m, e)) = self.and_a_half(end) {
                if let Some(v) = value
                    .checked_mul(2)
                    .and_then(|v| v.checked_add(1))
                    .and_then(|v| v.checked_mul(m))
                {
                    value = v / 2;
                    end = e;
                    scale = 1;
                }
            }
        }
        let (form, bound) = if vague {
            (NumberForm::Vague, Bound::AtLeast)
        } else if st.last == Last::Dozen && article {
            (NumberForm::Words, Bound::Approximately)
        } else {
            (NumberForm::Words, Bound::Exact)
        };
        self.finish(Atom {
            start: p,
            end,
            value,
            form,
            bound,
            plus: false,
            scale,
            pending: None,
            plain: 0,
        })
    }
}

/// How two numerals of a range are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Conn {
    /// "50-70", "50 – 70"
    Dash,
    /// "to", "or", "and"
    Word,
}

/// The low end of a range `a`..`b`: "2 to 3 million" takes the scale of its
/// high end when that keeps the low end below the high end.
fn low_end(a: &Atom, b: &Atom) -> Option<u64> {
    if let Some(d) = a.pending {
        return if b.scale > 1 { d.scaled(b.scale) } else { None };
    }
    if a.scale == 1 && b.scale > 1 {
        if let Some(v) = a.value.checked_mul(b.scale).filter(|&v| v < b.value) {
            return Some(v);
        }
    }
    Some(a.value)
}

/// The value of a run of ASCII digits, if it fits.
fn digits_value(ds: &[u8]) -> Option<u64> {
    ds.iter().try_fold(0u64, |v, &d| {
        v.checked_mul(10)?
            .checked_add(u64::from(d.wrapping_sub(b'0')))
    })
}

/// `v` followed by one more group of three digits.
fn group_value(v: u64, g: &[u8]) -> Option<u64> {
    v.checked_mul(1000)?.checked_add(digits_value(g)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_a_span_are_those_of_the_text_inside_it() {
        let text = "Gunmen killed 12. No. 6 said at least 30 were hurt, and 2.5 million fled in \
                    2019. Between 50 and 70 died; a dozen more, dozens of them, were missing.";
        let all = find_numbers(text);
        let mut starts: Vec<usize> = text.match_indices(". ").map(|(i, _)| i + 2).collect();
        starts.insert(0, 0);
        starts.push(text.len());
        for w in starts.windows(2) {
            let span = Span::new(w[0], w[1]);
            let inside: Vec<NumberMatch> = all
                .iter()
                .copied()
                .filter(|n| n.span.start >= span.start && n.span.end <= span.end)
                .collect();
            assert_eq!(find_numbers_in(text, span), inside, "{:?}", &text[span]);
        }
        // an expression running past the end is not cut short
        assert!(find_numbers_in(text, Span::new(0, 15)).is_empty());
        assert!(find_numbers_in(text, Span::new(5, 500)).len() == all.len());
    }

    /// An expected match: span text, value, high end, bound.
    type Want = (&'static str, u64, Option<u64>, Bound);

    fn x(t: &'static str, v: u64) -> Want {
        (t, v, None, Bound::Exact)
    }
    fn q(t: &'static str, v: u64, b: Bound) -> Want {
        (t, v, None, b)
    }
    fn r(t: &'static str, lo: u64, hi: u64) -> Want {
        (t, lo, Some(hi), Bound::Range)
    }
    fn least(t: &'static str, v: u64) -> Want {
        (t, v, None, Bound::AtLeast)
    }

    use Bound::{Approximately as Approx, AtLeast, AtMost, LessThan, MoreThan};

    /// Neutral padding with multi-byte characters; spans must move by its length.
    const PAD_BEFORE: &str = "“Né” — ";
    const PAD_AFTER: &str = " — «fin» €";

    fn got(text: &str, shift: usize) -> Vec<(String, u64, Option<u64>, Bound)> {
        find_numbers(text)
            .into_iter()
            .map(|m| {
                assert!(m.span.start >= shift, "{text:?}: span before the padding");
                let t = &text[m.span];
                (t.to_string(), m.value, m.high, m.bound)
            })
            .collect()
    }

    fn run(cases: &[(u32, &str, Vec<Want>)]) {
        let mut failures = Vec::new();
        for (n, input, want) in cases {
            let want: Vec<_> = want
                .iter()
                .map(|&(t, v, h, b)| (t.to_string(), v, h, b))
                .collect();
            let plain = got(input, 0);
            if plain != want {
                failures.push(format!(
                    "#{n} {input:?}\n   got  {plain:?}\n   want {want:?}"
                ));
                continue;
            }
            let padded = format!("{PAD_BEFORE}{input}{PAD_AFTER}");
            let shifted: Vec<_> = find_numbers(&padded)
                .iter()
                .map(|m| {
                    (
                        m.span.start - PAD_BEFORE.len(),
                        m.span.end - PAD_BEFORE.len(),
                    )
                })
                .collect();
            let unshifted: Vec<_> = find_numbers(input)
                .iter()
                .map(|m| (m.span.start, m.span.end))
                .collect();
            if shifted != unshifted {
                failures.push(format!("#{n} {input:?}: padding moved spans wrongly"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    macro_rules! table {
        ($name:ident { $($n:literal $input:literal => [$($w:expr),* $(,)?])* }) => {
            #[test]
            fn $name() {
                let cases: Vec<(u32, &str, Vec<Want>)> = vec![$(($n, $input, vec![$($w),*])),*];
                run(&cases);
            }
        };
    }

    table!(digits {
        10 "killed 70 people" => [x("70", 70)]
        11 "7 dead" => [x("7", 7)]
        12 "a toll of 16,700 so far" => [x("16,700", 16_700)]
        13 "1,269 soldiers" => [x("1,269", 1_269)]
        14 "it was 1,000,000 exactly" => [x("1,000,000", 1_000_000)]
        15 "in 2016, 40 died" => [x("2016", 2016), x("40", 40)]
        16 "killed 70, wounded 12." => [x("70", 70), x("12", 12)]
        17 "(42)" => [x("42", 42)]
        18 "0 dead" => [x("0", 0)]
        19 "the 60 countries" => [x("60", 60)]
        20 "10 dollars" => [x("10", 10)]
    });

    table!(separators {
        30 "toll reached 16 700 on Monday" => [x("16 700", 16_700)]
        31 "toll reached 16\u{a0}700 on Monday" => [x("16\u{a0}700", 16_700)]
        32 "toll reached 16\u{202f}700 on Monday" => [x("16\u{202f}700", 16_700)]
        33 "1 234 567 people" => [x("1 234 567", 1_234_567)]
        34 "in 2012 300 died" => [x("2012", 2012), x("300", 300)]
        35 "16 7000 here" => [x("16", 16), x("7000", 7000)]
        36 "call 555 123 4567" => [x("555", 555), x("123", 123), x("4567", 4567)]
        42 "dial 7624 800 100" => [x("7624", 7624), x("800", 800), x("100", 100)]
        37 "16 700km away" => [x("16", 16)]
        38 "between 16 000 and 17 000" => [r("between 16 000 and 17 000", 16_000, 17_000)]
        39 "12,3456 odd" => []
        40 "1,23 odd" => []
        41 "2016,100 odd" => []
    });

    table!(scales {
        50 "2.4 million people" => [x("2.4 million", 2_400_000)]
        51 "1.5m people" => [x("1.5m", 1_500_000)]
        52 "2.4bn" => [x("2.4bn", 2_400_000_000)]
        53 "3.5 billion" => [x("3.5 billion", 3_500_000_000)]
        54 "2 lakh people" => [x("2 lakh", 200_000)]
        55 "1.5 crore" => [x("1.5 crore", 15_000_000)]
        56 "12 thousand" => [x("12 thousand", 12_000)]
        57 "3k runners" => [x("3k", 3_000)]
        58 "3K RUNNERS" => [x("3K", 3_000)]
        59 "2.45 thousand" => [x("2.45 thousand", 2_450)]
        60 "1.2345 thousand" => []
        61 "2 million" => [x("2 million", 2_000_000)]
        62 "5 lakhs" => [x("5 lakhs", 500_000)]
        63 "2.4 bn" => [x("2.4 bn", 2_400_000_000)]
        64 "19 hundred" => [x("19 hundred", 1_900)]
        65 "2 and a half million" => [x("2 and a half million", 2_500_000)]
        66 "1,5 million" => []
        67 "5mm rain" => []
        68 "12 mln and 2.5 MLN and 3 bln" => [x("12 mln", 12_000_000), x("2.5 MLN", 2_500_000), x("3 bln", 3_000_000_000)]
    });

    table!(words {
        80 "seven dead" => [x("seven", 7)]
        81 "seventy-two dead" => [x("seventy-two", 72)]
        82 "seventy two dead" => [x("seventy two", 72)]
        83 "Twenty-one were hurt" => [x("Twenty-one", 21)]
        84 "two hundred and five" => [x("two hundred and five", 205)]
        85 "one thousand two hundred" => [x("one thousand two hundred", 1_200)]
        86 "a hundred people" => [x("a hundred", 100)]
        87 "a thousand people" => [x("a thousand", 1_000)]
        88 "a million people" => [x("a million", 1_000_000)]
        89 "two dozen people" => [x("two dozen", 24)]
        90 "a dozen people" => [q("a dozen", 12, Approx)]
        91 "half a million" => [x("half a million", 500_000)]
        92 "half a dozen" => [q("half a dozen", 6, Approx)]
        93 "one person" => [x("one", 1)]
        94 "no one was hurt" => [x("one", 1)]
        95 "a man was killed" => []
        96 "an attack" => []
        97 "nineteen" => [x("nineteen", 19)]
        98 "ninety-nine thousand nine hundred and ninety-nine" => [x("ninety-nine thousand nine hundred and ninety-nine", 99_999)]
        99 "one two" => [x("one", 1), x("two", 2)]
        100 "three hundred thousand" => [x("three hundred thousand", 300_000)]
        101 "two crore fifty lakh" => [x("two crore fifty lakh", 25_000_000)]
        102 "two and a half million" => [x("two and a half million", 2_500_000)]
        103 "seven and five" => [x("seven", 7), x("five", 5)]
        104 "two hundred and the rest" => [x("two hundred", 200)]
        105 "fifteen hundred" => [x("fifteen hundred", 1_500)]
        106 "someone often" => []
        107 "twenty twenty" => [x("twenty", 20), x("twenty", 20)]
    });

    table!(vague {
        120 "a few people" => [least("a few", 3)]
        121 "several people" => [least("several", 3)]
        122 "dozens were hurt" => [least("dozens", 24)]
        123 "scores of people" => [least("scores", 40)]
        124 "hundreds of people" => [least("hundreds", 200)]
        125 "thousands fled" => [least("thousands", 2_000)]
        126 "tens of thousands fled" => [least("tens of thousands", 20_000)]
        127 "hundreds of thousands fled" => [least("hundreds of thousands", 200_000)]
        128 "millions left" => [least("millions", 2_000_000)]
        129 "dozens more injured" => [least("dozens", 24)]
        130 "several hundred dead" => [least("several hundred", 300)]
        131 "a few thousand" => [least("a few thousand", 3_000)]
        132 "several dozen" => [least("several dozen", 36)]
        133 "a handful of people" => []
        134 "a number of people" => []
        135 "many people, some people" => []
        136 "tens of people" => []
        137 "a few" => [least("a few", 3)]
        138 "tens of millions" => [least("tens of millions", 20_000_000)]
    });

    table!(qualifiers {
        150 "at least 70" => [q("at least 70", 70, AtLeast)]
        151 "a minimum of 70" => [q("a minimum of 70", 70, AtLeast)]
        152 "no fewer than 70" => [q("no fewer than 70", 70, AtLeast)]
        153 "no less than 70" => [q("no less than 70", 70, AtLeast)]
        154 "not less than 70" => [q("not less than 70", 70, AtLeast)]
        155 "more than 16,700" => [q("more than 16,700", 16_700, MoreThan)]
        156 "over 100" => [q("over 100", 100, MoreThan)]
        157 "well over 100" => [q("well over 100", 100, MoreThan)]
        158 "just over 100" => [q("just over 100", 100, MoreThan)]
        159 "in excess of 100" => [q("in excess of 100", 100, MoreThan)]
        160 "upwards of 100" => [q("upwards of 100", 100, MoreThan)]
        161 "above 100" => [q("above 100", 100, MoreThan)]
        162 "greater than 100" => [q("greater than 100", 100, MoreThan)]
        163 "16,700+ dead" => [q("16,700+", 16_700, MoreThan)]
        164 "up to 30" => [q("up to 30", 30, AtMost)]
        165 "as many as 30" => [q("as many as 30", 30, AtMost)]
        166 "at most 30" => [q("at most 30", 30, AtMost)]
        167 "no more than 30" => [q("no more than 30", 30, AtMost)]
        168 "a maximum of 30" => [q("a maximum of 30", 30, AtMost)]
        169 "not more than 30" => [q("not more than 30", 30, AtMost)]
        170 "fewer than 9" => [q("fewer than 9", 9, LessThan)]
        171 "less than 9" => [q("less than 9", 9, LessThan)]
        172 "under 9" => [q("under 9", 9, LessThan)]
        173 "below 9" => [q("below 9", 9, LessThan)]
        174 "nearly 160" => [q("nearly 160", 160, LessThan)]
        175 "almost 160 dead and 275 wounded" => [q("almost 160", 160, LessThan), x("275", 275)]
        176 "close to 160" => [q("close to 160", 160, LessThan)]
        177 "just under 160" => [q("just under 160", 160, LessThan)]
        178 "just below 160" => [q("just below 160", 160, LessThan)]
        179 "about 45" => [q("about 45", 45, Approx)]
        180 "around 45" => [q("around 45", 45, Approx)]
        181 "some 150,000" => [q("some 150,000", 150_000, Approx)]
        182 "roughly 45" => [q("roughly 45", 45, Approx)]
        183 "approximately 175" => [q("approximately 175", 175, Approx)]
        184 "an estimated 280,000" => [q("an estimated 280,000", 280_000, Approx)]
        185 "estimated 15,000" => [q("estimated 15,000", 15_000, Approx)]
        186 "approx. 45" => [q("approx. 45", 45, Approx)]
        187 "at least another 20 dead" => [q("at least another 20", 20, AtLeast)]
        188 "more than a thousand" => [q("more than a thousand", 1_000, MoreThan)]
        189 "over a thousand" => [q("over a thousand", 1_000, MoreThan)]
        190 "more than a dozen" => [q("more than a dozen", 12, MoreThan)]
        191 "about a dozen" => [q("about a dozen", 12, Approx)]
        192 "nearly a million" => [q("nearly a million", 1_000_000, LessThan)]
        193 "at least hundreds" => [q("at least hundreds", 200, AtLeast)]
        194 "another 105 were wounded" => [x("105", 105)]
        195 "a further three" => [x("three", 3)]
        196 "more than an additional 40" => [q("more than an additional 40", 40, MoreThan)]
        197 "at least a further 6" => [q("at least a further 6", 6, AtLeast)]
        198 "some of the 15" => [x("15", 15)]
        199 "more than half" => []
        200 "as high as 40" => [q("as high as 40", 40, AtMost)]
        201 "at\nleast\n70" => [q("at\nleast\n70", 70, AtLeast)]
        202 "more than\u{a0}70" => [q("more than\u{a0}70", 70, MoreThan)]
        203 "more than more than 5" => [q("more than 5", 5, MoreThan)]
        204 "about 2.4 million" => [q("about 2.4 million", 2_400_000, Approx)]
        205 "more than" => []
        206 "over16 at" => []
    });

    table!(ranges {
        220 "between 50 and 70" => [r("between 50 and 70", 50, 70)]
        221 "from 50 to 70" => [r("from 50 to 70", 50, 70)]
        222 "50 to 70" => [r("50 to 70", 50, 70)]
        223 "50-70" => [r("50-70", 50, 70)]
        224 "50–70" => [r("50–70", 50, 70)]
        225 "50 - 70" => [r("50 - 70", 50, 70)]
        226 "40 or 50 people" => [r("40 or 50", 40, 50)]
        227 "six or seven bodies" => [r("six or seven", 6, 7)]
        228 "15 to 20 bodies" => [r("15 to 20", 15, 20)]
        229 "two to three" => [r("two to three", 2, 3)]
        230 "some 15 to 20 people" => [r("some 15 to 20", 15, 20)]
        231 "about 40 or 50" => [r("about 40 or 50", 40, 50)]
        232 "won 3-1" => []
        233 "the vote was 3 to 1" => [x("3", 3), x("1", 1)]
        234 "between 70 and 50" => [x("70", 70), x("50", 50)]
        235 "2 to 3 million" => [r("2 to 3 million", 2_000_000, 3_000_000)]
        236 "between 1.5 and 2 million" => [r("between 1.5 and 2 million", 1_500_000, 2_000_000)]
        237 "two or three thousand" => [r("two or three thousand", 2_000, 3_000)]
        238 "between two hundred and three hundred" => [r("between two hundred and three hundred", 200, 300)]
        239 "between two weeks and two months" => [x("two", 2), x("two", 2)]
        240 "50 and 70" => [x("50", 50), x("70", 70)]
        241 "call 555-1234" => []
        242 "call 555-123-4567 now" => []
        243 "on 2016-03-04" => []
        244 "2015-16 season" => []
        245 "10-12-year-olds" => []
        246 "5 to 10 percent" => []
        247 "5-10%" => []
        248 "from 50" => [x("50", 50)]
        249 "between 5 to 10" => [r("between 5 to 10", 5, 10)]
        250 "one or more" => [x("one", 1)]
        251 "five–seven" => [r("five–seven", 5, 7)]
        252 "500 to 2 thousand" => [r("500 to 2 thousand", 500, 2_000)]
        253 "about 5 to 3" => [q("about 5", 5, Approx), x("3", 3)]
        254 "hundreds or thousands" => [least("hundreds", 200), least("thousands", 2_000)]
        255 "1.5-2 million" => [r("1.5-2 million", 1_500_000, 2_000_000)]
        256 "1.5 to 2" => [x("2", 2)]
        257 "between 5 and 10-year-olds" => []
        258 "between one hundred and two hundred" => [r("between one hundred and two hundred", 100, 200)]
        259 "one hundred and two hundred" => [x("one hundred", 100), x("two hundred", 200)]
        260 "from 1949-1976" => [r("from 1949-1976", 1_949, 1_976)]
        261 "some 55-56 people" => [r("some 55-56", 55, 56)]
        262 "1975-90 war" => []
        263 "2 to 3 percentage points" => []
        264 "8 billion to 9 billion" => [r("8 billion to 9 billion", 8_000_000_000, 9_000_000_000)]
        265 "over three or six" => [r("over three or six", 3, 6)]
    });

    table!(not_numbers {
        270 "$10 to $100" => []
        271 "£1.5m and €20" => []
        272 "US$5 or USD 5 or Rs. 500 or Rs 500 or Rs.500 or EUR 7" => []
        273 "¥300" => []
        274 "5% and 5 percent and 5 per cent and 5 pct" => []
        275 "0.4 percent" => []
        276 "the 2,000th soldier" => []
        277 "1st 22nd 3rd 4th" => []
        278 "at 8:25 a.m." => []
        279 "0256 GMT" => []
        280 "10 a.m. and 3 p.m." => []
        281 "9/11 and 24/7 on 3/4/2016" => []
        282 "AK-47 F-16 MH17 COVID-19 A380 I-95 3D G20 No.5" => []
        283 "a 16-year-old boy" => []
        284 "26-year-old" => []
        285 "a six-point plan" => []
        286 "three-year civil war" => []
        287 "12-hour shift and two-day strike" => []
        288 "2.8798 per dollar" => []
        289 "version 1.2.3" => []
        290 "a 6.4-magnitude quake" => []
        291 "No. 5 squad" => []
        292 "+44 call" => []
        293 "two-thirds of them" => []
        294 "twenty-first century" => []
        295 "the 1990s" => []
        296 "5+3" => []
        297 "#5 on the list" => []
        298 "1400 hrs" => []
        299 "five o'clock" => [x("five", 5)]
        300 "seven percent" => []
        301 ".5 of" => []
        302 "x_12" => []
        303 "+ 17 more" => [x("17", 17)]
        304 "1.9 to 3" => [x("3", 3)]
        305 "a .22 rifle" => []
        306 "EF-4 and Mi-24 and L-39" => []
        307 "at least 10 percent" => []
        308 "5ft and 3rd-century" => []
    });

    table!(case {
        320 "TWO PEOPLE WERE KILLED AND 12 WERE WOUNDED" => [x("TWO", 2), x("12", 12)]
        321 "AT LEAST 100 SOLDIERS" => [q("AT LEAST 100", 100, AtLeast)]
        322 "OVER 5,000 PEOPLE" => [q("OVER 5,000", 5_000, MoreThan)]
        323 "SEVERAL WOUNDED" => [least("SEVERAL", 3)]
        324 "Tens Of Thousands" => [least("Tens Of Thousands", 20_000)]
        325 "SEVENTY-TWO" => [x("SEVENTY-TWO", 72)]
        326 "BETWEEN 50 AND 70" => [r("BETWEEN 50 AND 70", 50, 70)]
        327 "A DOZEN" => [q("A DOZEN", 12, Approx)]
    });

    table!(multibyte {
        340 "“12” dead" => [x("12", 12)]
        341 "dead—12—wounded" => [x("12", 12)]
        342 "café12" => []
        343 "é 12 é" => [x("12", 12)]
        344 "٣٤ and １２ and 5٣" => []
        345 "killed 7 🙁 people" => [x("7", 7)]
        346 "\u{0}12\u{0}" => [x("12", 12)]
        347 "more than “16,700”" => [x("16,700", 16_700)]
        348 "twelveé" => []
        349 "€ 12 and $ 12" => []
        350 "naïve one" => [x("one", 1)]
    });

    table!(overflow {
        360 "999999999999999999999999999999 people" => []
        361 "18446744073709551615 and 18446744073709551616" => [x("18446744073709551615", u64::MAX)]
        362 "999,999,999,999,999,999,999 people" => []
        363 "999 999 999 999 999 999 999 people" => []
        364 "18446744073709551615 thousand" => []
        365 "99999999999 billion" => []
        366 "nine hundred trillion trillion" => [x("nine hundred trillion", 900_000_000_000_000)]
        367 "ninety trillion thousand" => [x("ninety trillion", 90_000_000_000_000)]
        368 "9.99999999999999999999999 million" => []
    });

    #[test]
    fn numeral_and_form() {
        let cases: &[(&str, &str, NumberForm)] = &[
            ("more than 16,700 dead", "16,700", NumberForm::Digits),
            ("16,700+ dead", "16,700", NumberForm::Digits),
            ("between 50 and 70", "50 and 70", NumberForm::Digits),
            ("some 15 to 20", "15 to 20", NumberForm::Digits),
            ("at least another 20", "20", NumberForm::Digits),
            ("about 2.4 million", "2.4 million", NumberForm::Digits),
            ("a thousand", "a thousand", NumberForm::Words),
            ("nearly seventy-two", "seventy-two", NumberForm::Words),
            ("dozens", "dozens", NumberForm::Vague),
            ("several hundred", "several hundred", NumberForm::Vague),
            ("tens of thousands", "tens of thousands", NumberForm::Vague),
        ];
        for &(input, numeral, form) in cases {
            let m = find_numbers(input);
            assert_eq!(m.len(), 1, "{input:?}: {m:?}");
            assert_eq!(&input[m[0].numeral], numeral, "{input:?}");
            assert_eq!(m[0].form, form, "{input:?}");
        }
    }

    #[test]
    fn parse_number_table() {
        let cases: &[(&str, Option<u64>)] = &[
            ("16,700", Some(16_700)),
            ("16 700", Some(16_700)),
            (" 70 ", Some(70)),
            ("seventy-two", Some(72)),
            ("seventy two", Some(72)),
            ("2.4 million", Some(2_400_000)),
            ("1.5m", Some(1_500_000)),
            ("a thousand", Some(1_000)),
            ("12 thousand", Some(12_000)),
            ("two hundred and five", Some(205)),
            ("a dozen", Some(12)),
            ("2 lakh", Some(200_000)),
            ("", None),
            ("a", None),
            ("dozens", None),
            ("16,700+", None),
            ("more than 5", None),
            ("50-70", None),
            ("2.8798", None),
            ("$10", None),
            ("5%", None),
            ("12 people", None),
            ("999999999999999999999999", None),
            ("1st", None),
        ];
        for &(input, want) in cases {
            assert_eq!(parse_number(input), want, "{input:?}");
        }
    }

    /// Invariants every result must keep.
    fn check_invariants(text: &str) {
        let found = find_numbers(text);
        let mut last = 0;
        for m in &found {
            assert!(m.span.start >= last, "{text:?}: overlap {found:?}");
            assert!(m.span.start < m.span.end, "{text:?}: empty span");
            assert!(text.is_char_boundary(m.span.start), "{text:?}");
            assert!(text.is_char_boundary(m.span.end), "{text:?}");
            assert!(
                m.numeral.start >= m.span.start && m.numeral.end <= m.span.end,
                "{text:?}: numeral outside span"
            );
            if let Some(h) = m.high {
                assert!(m.value < h, "{text:?}: inverted range");
                assert_eq!(m.bound, Bound::Range, "{text:?}");
            }
            last = m.span.end;
        }
    }

    #[test]
    fn every_substring_of_tricky_text() {
        let seeds = [
            "“More than 16,700” — at least 2.4 million, 50–70 or ١٢ €5 people.",
            "between 2 and 3 million\u{a0}000 16\u{202f}700+ 1.5m—six or seven 😀",
            "a hundred and five-year, 3-1, 555-1234, tens of thousands, No. 5, Rs. 9",
        ];
        for seed in seeds {
            let cuts: Vec<usize> = (0..=seed.len())
                .filter(|&i| seed.is_char_boundary(i))
                .collect();
            for &a in &cuts {
                for &b in cuts.iter().filter(|&&b| b >= a) {
                    check_invariants(&seed[a..b]);
                }
            }
        }
    }

    #[test]
    fn random_pieces() {
        const PIECES: &[&str] = &[
            "1",
            "0",
            "5",
            "70",
            "16",
            ",",
            ".",
            " ",
            "-",
            "–",
            "—",
            "+",
            "%",
            "$",
            "/",
            ":",
            "\u{a0}",
            "\u{202f}",
            "é",
            "٣",
            "😀",
            "\u{0}",
            "a",
            "an",
            "and",
            "to",
            "or",
            "one",
            "twenty",
            "hundred",
            "thousand",
            "million",
            "m",
            "bn",
            "k",
            "th",
            "dozen",
            "dozens",
            "tens",
            "of",
            "thousands",
            "more",
            "than",
            "at",
            "least",
            "between",
            "from",
            "half",
            "several",
            "few",
            "percent",
            "year",
            "another",
            "\n",
            "“",
            "”",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let n = (next() % 12) as usize + 1;
            let mut s = String::new();
            for _ in 0..n {
                let i = (next() % PIECES.len() as u64) as usize;
                s.push_str(PIECES[i]);
                if next() % 2 == 0 {
                    s.push(' ');
                }
            }
            check_invariants(&s);
        }
    }

    #[test]
    fn huge_inputs_stay_linear() {
        // A million digits is no number, and must not take quadratic time.
        let digits = "7".repeat(1_000_000);
        assert!(find_numbers(&digits).is_empty());
        let text = format!("{digits} and 12");
        assert_eq!(find_numbers(&text).len(), 1);
        // 100,000 words on one line.
        let words = "one two three ".repeat(33_334);
        assert_eq!(find_numbers(&words).len(), 100_002);
        // Long runs of separators, dashes, groups and qualifiers.
        for unit in [
            "1,000",
            "1 000 ",
            "1-",
            "1.",
            "more than ",
            "between 5 and ",
            "hundred ",
            "a ",
            "tens of ",
            " ",
            "\u{a0}",
            "5 to ",
            "-5",
            "thousand and one ",
        ] {
            let text = unit.repeat(200_000 / unit.len().max(1));
            check_invariants(&text);
        }
        let spaces = format!("more than{}70", " ".repeat(1_000_000));
        assert_eq!(find_numbers(&spaces).len(), 1);
    }

    #[test]
    fn auto_traits() {
        fn ok<T: Send + Sync + std::panic::UnwindSafe>() {}
        ok::<NumberMatch>();
        ok::<NumberForm>();
    }

    // -- the fast pass ---------------------------------------------------------

    /// The reading as it was before the fast pass: every word looked at.
    fn find_numbers_slowly(text: &str) -> Vec<NumberMatch> {
        let s = Scan::new(text);
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            if !s.boundary_before(i) {
                i = s.alnum_run_end(i);
                continue;
            }
            let starter = if b[i].is_ascii_alphabetic() {
                let end = i + b[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                match role(b, i, end).filter(Role::starts) {
                    Some(st) => Some(Role {
                        needs_more: false,
                        ..st
                    }),
                    None => {
                        i = s.alnum_run_end(i);
                        continue;
                    }
                }
            } else {
                None
            };
            match s.expression(i, starter) {
                Step::Found(m) => {
                    i = m.span.end.max(i + 1);
                    out.push(m);
                }
                Step::Skip(resume) => i = resume.max(i + 1),
                Step::Nothing => i = s.alnum_run_end(i),
            }
        }
        out
    }

    #[test]
    fn fast_pass_reads_as_the_slow_one() {
        // words glued to digits, underscores, other scripts, 64-byte block
        // edges, qualifiers followed by nothing that goes on with them
        let pieces = [
            "at least 5",
            "in the",
            "a few",
            "a",
            "an estimated 7",
            "about",
            "A Dozen",
            "in5",
            "_5",
            "x_in 4",
            "é5",
            "seven-",
            "approx. 12",
            "from 3 to 4",
            "some",
            "between two and",
            "tens of thousands",
            "more than",
            "1,000",
            "16 700",
            "no. 5",
            "some 15 to 20",
            "NEARLY 40",
            "a-hundred",
            "half a million",
            "over\n12",
            "up to",
            "\u{212a}ill",
            "ſome 5",
            "—",
            "“",
            "2016-03-04",
            "one",
            "abcdefghijklmnopqrstu 5",
        ];
        let mut seed = 7u64;
        for round in 0..400 {
            let mut text = String::new();
            for _ in 0..(round % 40) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
                text.push(if seed & 1 == 0 { ' ' } else { '\n' });
            }
            assert_eq!(find_numbers(&text), find_numbers_slowly(&text), "{text:?}");
        }
    }

    #[test]
    fn classify_eight_bytes() {
        for c in 0..=255u8 {
            let (alpha, word) = classify8(u64::from_le_bytes([c; 8]));
            let want_word = c.is_ascii_alphanumeric() || c == b'_';
            assert_eq!(alpha, if c.is_ascii_alphabetic() { 0xff } else { 0 }, "{c}");
            assert_eq!(word, if want_word { 0xff } else { 0 }, "{c}");
        }
        let x = u64::from_le_bytes(*b"a1_ \xffZ9-");
        assert_eq!(classify8(x), (0b0010_0001, 0b0110_0111));
    }

    #[test]
    fn roles_table() {
        // entries that share a first word stand together in `QUALIFIERS`
        for (i, (words, _)) in QUALIFIERS.iter().enumerate() {
            let w = words[0].as_bytes();
            let st = role(w, 0, w.len()).expect("a qualifier word has a role");
            let range = usize::from(st.quals.0)..usize::from(st.quals.1);
            assert!(range.contains(&i), "{w:?}");
            assert!(
                QUALIFIERS[range].iter().all(|(v, _)| v[0] == words[0]),
                "{w:?}"
            );
        }
        for w in NUMBER_STARTERS {
            assert!(role(w, 0, w.len()).is_some_and(|st| st.number), "{w:?}");
        }
        let a = role(b"A", 0, 1).unwrap();
        assert!(a.needs_more && a.number);
        assert!(role(b"In", 0, 2).unwrap().needs_more);
        assert!(!role(b"seven", 0, 5).unwrap().needs_more);
        assert!(role(b"least", 0, 5).is_some_and(|st| st.follows && !st.starts()));
        assert_eq!(role(b"the", 0, 3), None);
        assert_eq!(starter(b"thousand", 0, 8), None);
        assert_eq!(starter(b"and", 0, 3), None);
    }
}
