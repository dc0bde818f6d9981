//! Hooks for the benches in `benches/stages.rs`: each runs one crate-private
//! stage of the pipeline over a whole text, as the scanner would, and
//! returns a count for the bench to check before it times anything. Not part
//! of the API: hidden from the docs, and free to change with the stages.

use crate::attribution::{self, Organizations};
use crate::claim::Span;
use crate::number::{self, NumberMatch};
use crate::recognize::{self, Ctx};
use crate::sentence;

/// The number of casualty cues in `text` (`lexicon::cue_positions`), the
/// first pass of every scan.
pub fn cues(text: &str) -> usize {
    crate::lexicon::cue_positions(text).len()
}

/// The number of sentences in `text` (`sentence::split`).
pub fn sentences(text: &str) -> usize {
    sentence::split(text).len()
}

/// The number of tokens in the sentences of `text` (`sentence::tokenize`).
pub fn tokens(text: &str) -> usize {
    sentence::split(text)
        .iter()
        .map(|s| sentence::tokenize(text, s.span).len())
        .sum()
}

/// Recognition: every sentence of `text` that holds a number is tokenized
/// and read by the built-in recognizers (with no claim before it); the
/// number of figures they take as claims. Numbers and sentences are read
/// first, as the scanner does, and their time is included.
pub fn recognized(text: &str) -> usize {
    let nums = number::find_numbers(text);
    let mut found = 0;
    for (span, sn) in sentences_with_numbers(text, &nums) {
        let toks = sentence::tokenize(text, span);
        let ctx = Ctx::new(text, span, &toks, sn);
        found += recognize::recognize(&ctx, sn, None).len();
    }
    found
}

/// Attribution: every sentence of `text` that holds a number is tokenized
/// and searched for attributions ("X said", "according to X") with the
/// built-in organizations; the number found.
pub fn attributions(text: &str) -> usize {
    let orgs = Organizations::builtin();
    let nums = number::find_numbers(text);
    sentences_with_numbers(text, &nums)
        .map(|(span, _)| attribution::find(text, &sentence::tokenize(text, span), &orgs).len())
        .sum()
}

/// Each sentence of `text` with the numbers that lie inside it, for the
/// sentences that hold any.
fn sentences_with_numbers<'n>(
    text: &str,
    nums: &'n [NumberMatch],
) -> impl Iterator<Item = (Span, &'n [NumberMatch])> {
    let mut ni = 0;
    sentence::split(text).into_iter().filter_map(move |s| {
        while ni < nums.len() && nums[ni].span.start < s.span.start {
            ni += 1;
        }
        let a = ni;
        while ni < nums.len() && nums[ni].span.end <= s.span.end {
            ni += 1;
        }
        (ni > a).then(|| (s.span, &nums[a..ni]))
    })
}
