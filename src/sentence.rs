//! Sentences and tokens: where one statement ends and the next begins.
//!
//! Splitting is a single left-to-right pass over the bytes:
//!
//! - every line break ends a sentence (headlines, captions, datelines and
//!   bullet lines stand on lines of their own), and every non-empty line
//!   starts a new paragraph;
//! - `.`, `!` or `?`, with any closing quotes or brackets, followed by white
//!   space and an upper-case letter, a digit or an opening quote, ends a
//!   sentence, unless the word before the period is a known abbreviation
//!   ("Gen.", "U.S.", "Jan.") or a single initial ("John F. Kennedy").
//!
//! Tokens are words (letters, digits, inner apostrophes, hyphens and
//! periods), and single punctuation marks. Token spans are byte offsets into
//! the document, always on `char` boundaries.

use crate::claim::Span;

/// One sentence of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// The sentence's bytes, without surrounding white space.
    pub span: Span,
    /// The paragraph it belongs to, counting from zero.
    pub paragraph: usize,
}

/// Words before a period that do not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "John F. Kennedy"
    }
    if w.contains('.') {
        return true; // "U.S.", "a.m.", "U.N."
    }
    // no listed word is longer than eight letters
    let mut buf = [0u8; 8];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
            | b"gen"
            | b"lt"
            | b"col"
            | b"maj"
            | b"capt"
            | b"cpl"
            | b"sgt"
            | b"pvt"
            | b"adm"
            | b"cmdr"
            | b"gov"
            | b"sen"
            | b"rep"
            | b"rev"
            | b"st"
            | b"jr"
            | b"sr"
            | b"prof"
            | b"inc"
            | b"corp"
            | b"co"
            | b"ltd"
            | b"no"
            | b"nos"
            | b"vs"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"mt"
            | b"ft"
            | b"approx"
            | b"est"
            | b"dept"
            | b"univ"
            | b"gens"
            | b"reps"
            | b"sens"
            | b"messrs"
            | b"fig"
            | b"vol"
    )
}

/// Splits `text` into sentences, in order.
///
/// Linear in the length of the text; every sentence span is non-empty and on
/// `char` boundaries. Only line breaks and `.`, `!`, `?` need a look, and
/// [`next_stop`] finds them eight bytes at a time.
pub(crate) fn split(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    // sentences of news prose run about a hundred bytes
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    let mut paragraph = 0usize;
    let mut start = 0usize;
    let mut line_start = 0usize;
    let mut i = 0usize;
    let push = |s: usize, e: usize, para: usize, out: &mut Vec<Sentence>| {
        let piece = &text[s..e];
        let trimmed_start = s + (piece.len() - piece.trim_start().len());
        let trimmed_end = e - (piece.len() - piece.trim_end().len());
        if trimmed_start < trimmed_end {
            out.push(Sentence {
                span: Span::new(trimmed_start, trimmed_end),
                paragraph: para,
            });
        }
    };
    loop {
        i = next_stop(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        if b == b'\n' {
            push(start, i, paragraph, &mut out);
            // every non-empty line starts a new paragraph
            if bytes[line_start..i]
                .iter()
                .any(|c| !c.is_ascii_whitespace())
            {
                paragraph += 1;
            }
            start = i + 1;
            line_start = i + 1;
            i += 1;
            continue;
        }
        // `.`, `!` or `?`: closing quotes and brackets belong to this sentence
        let mut j = i + 1;
        loop {
            if j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            } else if text[j..].starts_with('\u{201d}') || text[j..].starts_with('\u{2019}') {
                j += 3;
            } else {
                break;
            }
        }
        // then white space, then something that can start a sentence
        let mut k = j;
        while k < bytes.len() && (bytes[k] == b' ' || bytes[k] == b'\t') {
            k += 1;
        }
        let next = text[k..].chars().next();
        let starts = match next {
            Some(c) => {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '[')
            }
            None => false,
        };
        if k > j && starts && (b != b'.' || !ends_with_abbreviation(&text[start..i])) {
            push(start, j, paragraph, &mut out);
            start = k;
            i = k;
            continue;
        }
        i = j.max(i + 1);
    }
    push(start, bytes.len(), paragraph, &mut out);
    out
}

/// The first line break, `.`, `!` or `?` at or after `i`, or the end.
fn next_stop(b: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // high bit of each zero byte of `y` (and maybe of bytes after one: only
    // the lowest set bit is exact, and only it is used)
    let zero = |y: u64| y.wrapping_sub(LO) & !y & HI;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        let hit = zero(x ^ (LO * u64::from(b'\n')))
            | zero(x ^ (LO * u64::from(b'.')))
            | zero(x ^ (LO * u64::from(b'!')))
            | zero(x ^ (LO * u64::from(b'?')));
        if hit != 0 {
            return i + (hit.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !matches!(b[i], b'\n' | b'.' | b'!' | b'?') {
        i += 1;
    }
    i
}

/// Sentences longer than this many bytes are cut by [`cap`].
const MAX_SENTENCE: usize = 2048;

/// Whether [`cap`] cuts a sentence of this span.
pub(crate) fn too_long(span: Span) -> bool {
    span.len() > MAX_SENTENCE
}

/// `sentences` with each one longer than [`MAX_SENTENCE`] bytes cut into
/// pieces of about that length: at the first white space past it or, with
/// none for as long again, after a punctuation mark that no word holds;
/// never inside one of `figures` (number expressions, in text order). The
/// pieces keep their paragraph.
///
/// The readers' work on a sentence grows faster than its length, so this
/// keeps a scan linear in the length of the text however long a line
/// without full stops is. Real sentences are far shorter.
pub(crate) fn cap(text: &str, sentences: Vec<Sentence>, figures: &[Span]) -> Vec<Sentence> {
    if !sentences.iter().any(|s| too_long(s.span)) {
        return sentences;
    }
    // whether a cut from byte `at` to `next` leaves every figure whole and
    // the words on either side of it; asked with `at` rising
    let (mut k, mut reach) = (0, 0);
    let mut clear = |at: usize, next: usize| {
        while k < figures.len() && figures[k].start < at {
            reach = reach.max(figures[k].end);
            k += 1;
        }
        at > reach && figures.get(k).map_or(true, |f| f.start > next)
    };
    let mut out = Vec::with_capacity(sentences.len());
    let mut push = |s: usize, e: usize, paragraph: usize| {
        let piece = &text[s..e];
        let (s, e) = (
            s + (piece.len() - piece.trim_start().len()),
            e - (piece.len() - piece.trim_end().len()),
        );
        if s < e {
            out.push(Sentence {
                span: Span::new(s, e),
                paragraph,
            });
        }
    };
    for sentence in sentences {
        let mut start = sentence.span.start;
        for (j, c) in text[sentence.span].char_indices() {
            let at = sentence.span.start + j;
            let grown = at.saturating_sub(start);
            let next = at + c.len_utf8();
            let end = if c.is_whitespace() && grown >= MAX_SENTENCE {
                at
            } else if grown >= 2 * MAX_SENTENCE
                && !c.is_alphanumeric()
                && !matches!(c, '.' | '\'' | '\u{2019}' | '-')
            {
                next
            } else {
                continue;
            };
            if clear(end, next) {
                push(start, end, sentence.paragraph);
                start = end;
            }
        }
        push(start, sentence.span.end, sentence.paragraph);
    }
    out
}

fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    !word.is_empty() && is_abbreviation(word)
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, digits, and inner apostrophes, hyphens or periods.
    Word,
    /// One punctuation mark.
    Punct,
}

/// A token of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// Tokens of `text[span]`, with document offsets.
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = &text[span];
    // about one token in four bytes: no growing on the way
    let mut out = Vec::with_capacity(s.len() / 4 + 1);
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        if alnum(c) {
            let mut end = i + c.len_utf8();
            loop {
                // the common case first: a run of ASCII letters and digits
                while b.get(end).is_some_and(|&x| ASCII_ALNUM[usize::from(x)]) {
                    end += 1;
                }
                let Some(d) = char_at(s, end) else { break };
                if alnum(d) {
                    end += d.len_utf8();
                    continue;
                }
                // inner joiner: keep only when followed by a letter or digit
                let joins = matches!(d, '\'' | '\u{2019}' | '-' | '.' | ',')
                    && char_at(s, end + d.len_utf8()).is_some_and(|e| {
                        alnum(e)
                            && (d != ',' || (c.is_ascii_digit() && e.is_ascii_digit()))
                            && (d != '.' || !e.is_uppercase() || end - i == 1)
                    });
                if !joins {
                    break;
                }
                end += d.len_utf8();
            }
            // an abbreviation keeps its final period: "U.S.", "U.N."
            let word = &s[i..end];
            if s[end..].starts_with('.')
                && word.len() >= 3
                && word.bytes().enumerate().all(|(k, b)| {
                    if k % 2 == 1 {
                        b == b'.'
                    } else {
                        b.is_ascii_alphabetic()
                    }
                })
            {
                end += 1;
            }
            out.push(Token {
                span: Span::new(span.start + i, span.start + end),
                kind: TokenKind::Word,
            });
            i = end;
        } else {
            if !c.is_whitespace() {
                out.push(Token {
                    span: Span::new(span.start + i, span.start + i + c.len_utf8()),
                    kind: TokenKind::Punct,
                });
            }
            i += c.len_utf8();
        }
    }
    out
}

/// Which bytes are ASCII letters or digits: one load per byte in the
/// tokenizer's inner loop.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// `char::is_alphanumeric`, settled at once for ASCII.
fn alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The char that starts at byte `i` of `s` (a char boundary), read without
/// decoding when it is ASCII, as most are; `None` at the end.
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => s[i..].chars().next(),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| &text[s.span]).collect()
    }

    #[test]
    fn splits() {
        let cases: &[(&str, &[&str])] = &[
            // 10: plain
            ("One. Two.", &["One.", "Two."]),
            // 20: abbreviations and initials do not end sentences
            (
                "Gen. Smith said so. Then U.S. troops left.",
                &["Gen. Smith said so.", "Then U.S. troops left."],
            ),
            ("John F. Kennedy spoke.", &["John F. Kennedy spoke."]),
            // 30: quotes close the sentence
            (
                "\"We are done.\" He left.",
                &["\"We are done.\"", "He left."],
            ),
            ("“We are done.” He left.", &["“We are done.”", "He left."]),
            // 40: lines are sentences
            (
                "Headline here\n\nBody text. More",
                &["Headline here", "Body text.", "More"],
            ),
            // 50: lower case after a period does not split
            ("at 8 a.m. on Sunday", &["at 8 a.m. on Sunday"]),
            (
                "ALL CAPS TEXT.  NEXT ONE.",
                &["ALL CAPS TEXT.", "NEXT ONE."],
            ),
            ("", &[]),
            ("...", &["..."]),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "input {text:?}");
        }
    }

    #[test]
    fn paragraphs() {
        let text = "A one. A two.\n\nB one.\nC one.";
        let ps: Vec<usize> = split(text).iter().map(|s| s.paragraph).collect();
        assert_eq!(ps, [0, 0, 1, 2]);
    }

    #[test]
    fn tokens() {
        let text = "Over 16,700 “civilians” — U.S.-led, al-Assad's men.";
        let toks: Vec<&str> = tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| &text[t.span])
            .collect();
        assert_eq!(
            toks,
            [
                "Over",
                "16,700",
                "“",
                "civilians",
                "”",
                "—",
                "U.S.",
                "-",
                "led",
                ",",
                "al-Assad's",
                "men",
                "."
            ]
        );
    }

    #[test]
    fn stops() {
        let text = "ab.cdefghij!klmnopqrstuvwxyz?\nx y z. “Q” ...";
        let b = text.as_bytes();
        for i in 0..=b.len() {
            let want = (i..b.len())
                .find(|&k| matches!(b[k], b'\n' | b'.' | b'!' | b'?'))
                .unwrap_or(b.len());
            assert_eq!(next_stop(b, i), want, "from {i}");
        }
    }
}
