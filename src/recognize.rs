//! Recognizers: which numbers in a sentence count harmed people, and what
//! happened to them.
//!
//! The number reader proposes every figure; a recognizer accepts one when a
//! casualty cue stands in the right grammatical place around it. Each
//! built-in recognizer is a named value with a description and a sentence it
//! must match (checked by a unit test); [`builtin`] lists them in the order
//! they are tried. The first that accepts a figure decides its category.
//!
//! # The order, and which claim wins
//!
//! 1. A cue *after* the figure ("70 people were killed", "seven dead") wins
//!    over a cue before it, because the subject's own predicate is the
//!    closest grammatical tie: in "killed 3 and 12 were wounded", 12 is
//!    wounded.
//! 2. Then a verb *before* the figure taking it as object ("killed at least
//!    34 people"), a noun of harm before "of" ("the deaths of 13 people"),
//!    a toll ("the death toll rose to 92"), and a breakdown of a group
//!    ("the dead included 17 tourists").
//! 3. Last, figures that lean on a neighbour: coordinated subjects ("nine
//!    Germans and one Peruvian were wounded"), ellipsis ("49 died in Sierra
//!    Leone and 24 in Liberia"), and refinements ("including 12 children",
//!    "11,000 of them were civilians") take the category of the claim they
//!    continue.
//!
//! A figure is never a claim when it counts things ("16 months", "60
//! countries"), labels something ("Flight 17", "aged 26"), is a year
//! standing alone, or is the size of a change ("rose by 19").

use crate::claim::{Category, Victims};
use crate::lexicon::{self, Role};
use crate::number::{NumberForm, NumberMatch};
use crate::sentence::{Token, TokenKind};

/// A built-in recognizer: a named rule with a sentence it must match.
///
/// ```
/// let names: Vec<&str> = casualty::recognizers().iter().map(|r| r.name).collect();
/// assert!(names.contains(&"subject-cue"));
/// for r in casualty::recognizers() {
///     assert!(!casualty::scan(r.example).is_empty(), "{}", r.name);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Recognizer {
    /// A short stable name, also carried by each claim it finds.
    pub name: &'static str,
    /// What it recognizes.
    pub description: &'static str,
    /// A sentence it recognizes a figure in.
    pub example: &'static str,
}

/// The figure's own predicate after it: "70 people were killed".
pub(crate) const SUBJECT_CUE: Recognizer = Recognizer {
    name: "subject-cue",
    description: "a figure followed by its predicate: were killed, died, are missing, dead",
    example: "Seventy people were killed in the blast.",
};
/// A noun that counts victims: "34 deaths", "six bodies".
pub(crate) const VICTIM_NOUN: Recognizer = Recognizer {
    name: "victim-noun",
    description: "a figure counting a noun of harm: deaths, bodies, casualties, injuries, hostages",
    example: "The flood caused 34 deaths.",
};
/// A verb before the figure: "killed at least 34 people".
pub(crate) const OBJECT_CUE: Recognizer = Recognizer {
    name: "object-cue",
    description: "a verb of harm taking the figure as object: killed 34, kidnapped 140 boys",
    example: "The storm killed at least 12 people.",
};
/// "claimed 162 lives", "lost their lives".
pub(crate) const LIVES: Recognizer = Recognizer {
    name: "lives",
    description: "lives claimed, lost or taken: claimed 500 lives, 20 lives were lost",
    example: "The fighting has claimed 500 lives.",
};
/// "the deaths of 13 people".
pub(crate) const NOUN_OF: Recognizer = Recognizer {
    name: "noun-of",
    description: "a noun of harm followed by of and the figure: the deaths of 13 people",
    example: "Officials confirmed the deaths of 13 people.",
};
/// "the death toll rose to 92".
pub(crate) const TOLL: Recognizer = Recognizer {
    name: "toll",
    description: "the value of a toll: the death toll rose to 92, bringing the toll to 11",
    example: "The death toll rose to 92 on Friday.",
};
/// "the dead included 17 tourists".
pub(crate) const GROUP_BREAKDOWN: Recognizer = Recognizer {
    name: "group-breakdown",
    description: "a figure inside a group of victims: the dead included 17 tourists",
    example: "The dead included 17 tourists.",
};
/// "N in serious condition".
pub(crate) const CONDITION: Recognizer = Recognizer {
    name: "condition",
    description: "people in a medical condition: 19 in serious condition",
    example: "Twelve people were hurt, 19 in serious condition.",
};
/// "took 400 civilians hostage".
pub(crate) const HOSTAGE: Recognizer = Recognizer {
    name: "hostage",
    description: "people taken or held hostage: took 400 civilians hostage",
    example: "Gunmen took 30 passengers captive.",
};
/// "nine Germans and one Peruvian were wounded".
pub(crate) const COORDINATED: Recognizer = Recognizer {
    name: "coordinated",
    description:
        "a figure sharing the predicate of the next: nine Germans and one Peruvian were wounded",
    example: "Nine Germans and one Peruvian were wounded.",
};
/// "49 died in Sierra Leone and 24 in Liberia".
pub(crate) const ELLIPSIS: Recognizer = Recognizer {
    name: "ellipsis",
    description:
        "a figure after a claim whose verb it leaves out: 49 died in Sierra Leone and 24 in Liberia",
    example: "Forty died in the north and 24 in the south.",
};
/// "including 12 children", "11,000 of them were civilians".
pub(crate) const REFINEMENT: Recognizer = Recognizer {
    name: "refinement",
    description: "a part of the claim before: including 12 children, 11,000 of them were civilians",
    example: "At least 30 people were killed, including 12 children.",
};

/// Every built-in recognizer, in the order they are tried.
///
/// ```
/// assert_eq!(casualty::recognizers()[0].name, "subject-cue");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn builtin() -> &'static [Recognizer] {
    &[
        SUBJECT_CUE,
        VICTIM_NOUN,
        OBJECT_CUE,
        LIVES,
        NOUN_OF,
        TOLL,
        GROUP_BREAKDOWN,
        CONDITION,
        HOSTAGE,
        COORDINATED,
        ELLIPSIS,
        REFINEMENT,
    ]
}

/// A figure accepted as a claim, before attribution and dates.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub number: NumberMatch,
    pub category: Category,
    pub victims: Option<Victims>,
    pub rule: &'static str,
    /// Whether it continues the claim before it (and takes its source).
    pub continues: bool,
}

/// One sentence being read: its tokens and their lower-cased text.
pub(crate) struct Ctx<'t> {
    text: &'t str,
    lower: String,
    base: usize,
    toks: &'t [Token],
    /// For each token, the index of the number match that covers it.
    in_num: Vec<Option<usize>>,
    /// For each number match, its token range `[first, last]`.
    ranges: Vec<Option<(usize, usize)>>,
    /// [`Ctx::all_caps`], once asked.
    caps: std::cell::OnceCell<bool>,
}

impl<'t> Ctx<'t> {
    pub(crate) fn new(
        text: &'t str,
        sentence: crate::claim::Span,
        toks: &'t [Token],
        nums: &[NumberMatch],
    ) -> Ctx<'t> {
        let lower = text[sentence].to_ascii_lowercase();
        let mut in_num = vec![None; toks.len()];
        let mut ranges = vec![None; nums.len()];
        let mut t = 0;
        for (k, n) in nums.iter().enumerate() {
            while t < toks.len() && toks[t].span.end <= n.span.start {
                t += 1;
            }
            let mut u = t;
            while u < toks.len() && toks[u].span.start < n.span.end {
                in_num[u] = Some(k);
                u += 1;
            }
            if u > t {
                ranges[k] = Some((t, u - 1));
            }
        }
        Ctx {
            text,
            lower,
            base: sentence.start,
            toks,
            in_num,
            ranges,
            caps: std::cell::OnceCell::new(),
        }
    }

    /// The lower-cased text of token `i`, or "" past either end.
    fn w(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.lower[t.span.start - self.base..t.span.end - self.base],
            None => "",
        }
    }

    /// Whether token `i` is a word that starts with a capital.
    fn capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.orig(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The original text of token `i`.
    fn orig(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.span],
            None => "",
        }
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .map(|t| t.kind == TokenKind::Word)
            .unwrap_or(false)
    }

    fn is_num(&self, i: usize) -> bool {
        self.num_in(i).is_some()
    }

    /// The index of the number match that covers token `i`.
    fn num_in(&self, i: usize) -> Option<usize> {
        self.in_num.get(i).copied().flatten()
    }

    /// The index of the number match that starts at token `i`.
    fn num_at(&self, i: usize) -> Option<usize> {
        let k = self.num_in(i)?;
        (self.range_of(k)?.0 == i).then_some(k)
    }

    /// The token range `[first, last]` of number `k`, computed once in `new`.
    fn range_of(&self, k: usize) -> Option<(usize, usize)> {
        self.ranges.get(k).copied().flatten()
    }

    /// Whether the sentence is written in capitals (wire text).
    fn all_caps(&self) -> bool {
        // nine in ten of the first 400 letters are capitals; a sentence with
        // more than 40 small letters is settled there (most are, early)
        *self.caps.get_or_init(|| {
            let letters = self.text[self.base..self.base + self.lower.len()]
                .chars()
                .filter(|c| c.is_alphabetic());
            let (mut up, mut all) = (0usize, 0usize);
            for c in letters.take(400) {
                all += 1;
                up += c.is_uppercase() as usize;
                if all - up > 40 {
                    return false;
                }
            }
            all > 0 && up * 10 >= all * 9
        })
    }
}

/// Words that end a noun phrase: prepositions, conjunctions, determiners,
/// pronouns and the common verbs of reporting.
fn is_np_stop(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "from"
            | "by"
            | "with"
            | "for"
            | "of"
            | "to"
            | "into"
            | "near"
            | "after"
            | "before"
            | "during"
            | "across"
            | "since"
            | "over"
            | "under"
            | "among"
            | "including"
            | "inside"
            | "outside"
            | "around"
            | "about"
            | "and"
            | "or"
            | "but"
            | "while"
            | "as"
            | "when"
            | "where"
            | "who"
            | "whom"
            | "which"
            | "that"
            | "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "their"
            | "his"
            | "her"
            | "its"
            | "they"
            | "he"
            | "she"
            | "it"
            | "we"
            | "said"
            | "says"
            | "say"
            | "told"
            | "according"
            | "than"
            | "if"
            | "because"
            | "per"
            | "a.m"
            | "p.m"
            | "am"
            | "pm"
            | "gmt"
            | "o'clock"
            | "ago"
            | "later"
            | "earlier"
            | "each"
            | "apiece"
            | "percent"
    )
}

/// What stands after a figure: its noun phrase and, maybe, its predicate.
#[derive(Debug, Default, Clone, Copy)]
struct Right {
    /// Token index just past the noun phrase.
    np_end: usize,
    /// Number of words in the noun phrase.
    np_len: usize,
    /// The victim group named by the noun phrase.
    victims: Option<Victims>,
    /// Whether the noun phrase names people (or is empty).
    people: bool,
    /// Whether the head noun counts things, not people.
    thing: bool,
    /// A noun of harm heading the phrase ("deaths", "bodies").
    noun_cue: Option<Category>,
    /// The predicate's category, if one follows.
    cue: Option<Category>,
    /// Whether the phrase is "lives".
    lives: bool,
    /// Whether the head is an unknown lower-case plural ("perpetrators").
    plural_unknown: bool,
    /// Whether the head is a known word for people ("civilians", "troops").
    known_people: bool,
}

/// Reads the noun phrase after the figure whose last token is `last`.
fn read_np(ctx: &Ctx<'_>, last: usize, one: bool, vague: bool) -> Right {
    let mut r = Right {
        people: true,
        ..Right::default()
    };
    let mut i = last + 1;
    // "Hundreds mourn", "Thousands protest": after a vague plural without
    // "of", an unknown word is a verb, not a noun
    if vague
        && ctx.is_word(i)
        && !matches!(
            ctx.w(i),
            "of" | "more" | "additional" | "further" | "other" | "others"
        )
        && lexicon::person_noun(ctx.w(i)).is_none()
        && lexicon::noun_cue(ctx.w(i)).is_none()
        && lexicon::verb_cue(ctx.w(i)).is_none()
        && !lexicon::is_aux(ctx.w(i))
        && !lexicon::is_thing_noun(ctx.w(i))
    {
        r.np_end = i;
        return r;
    }
    // "dozens more", "82 others", "another 10 people"
    if matches!(ctx.w(i), "more" | "additional" | "further" | "extra") {
        i += 1;
    }
    // "dozens of people", "hundreds of thousands of protesters"
    if ctx.w(i) == "of"
        && !matches!(
            ctx.w(i + 1),
            "them" | "whom" | "those" | "the" | "us" | "these"
        )
    {
        i += 1;
        // "three of its soldiers", "30,000 of its people"
        if matches!(ctx.w(i), "its" | "their" | "his" | "her" | "our") {
            i += 1;
        }
    }
    let start = i;
    let mut head: Option<usize> = None;
    // the head is the first word for people or things ("140 Kurdish boys",
    // "16 months"); compounds of such words continue it ("police officers",
    // "aid workers"); other words before it are modifiers ("Kurdish", "U.S.")
    while i < ctx.toks.len() && i - start < 5 {
        let w = ctx.w(i);
        if !ctx.is_word(i) || ctx.is_num(i) || is_np_stop(w) || lexicon::is_aux(w) {
            break;
        }
        if w.bytes().any(|b| b.is_ascii_digit()) {
            break;
        }
        if let Some(c) = lexicon::verb_cue(w) {
            // "12 wounded soldiers": an adjective before a noun for people
            if i == start
                && lexicon::person_noun(ctx.w(i + 1)).is_some()
                && c.role != Role::Before
                && !matches!(w, "homeless" | "hit")
            {
                r.cue = Some(c.category);
                i += 1;
                continue;
            }
            // "one homeless man said": an adjective, not a count of the displaced
            if w == "homeless" && lexicon::person_noun(ctx.w(i + 1)).is_some() {
                i += 1;
                continue;
            }
            break;
        }
        // "three other cartel operatives": "other" modifies what follows
        if matches!(w, "other" | "more" | "additional" | "further")
            && ctx.is_word(i + 1)
            && !is_np_stop(ctx.w(i + 1))
            && !lexicon::is_aux(ctx.w(i + 1))
            && lexicon::verb_cue(ctx.w(i + 1)).is_none()
        {
            i += 1;
            continue;
        }
        let known = lexicon::person_noun(w).is_some()
            || lexicon::noun_cue(w).is_some()
            || lexicon::is_thing_noun(w);
        if head.is_some() && !known {
            break;
        }
        head = Some(i);
        i += 1;
        if known {
            let next = ctx.w(i);
            let compound = lexicon::person_noun(next).is_some()
                || lexicon::noun_cue(next).is_some()
                || lexicon::is_thing_noun(next);
            // "two outstanding arrest warrants", "public bodies": a lower-case
            // plural after the known word is the head
            let modifier = ctx.is_word(i)
                && !ctx.is_num(i)
                && next.len() > 3
                && next.ends_with('s')
                && !next.ends_with("ss")
                && !is_np_stop(next)
                && !lexicon::is_aux(next)
                && lexicon::verb_cue(next).is_none()
                && ctx.orig(i).chars().next().is_some_and(|c| c.is_lowercase());
            if modifier && !compound {
                head = None;
                continue;
            }
            if !compound || lexicon::verb_cue(next).is_some() {
                break;
            }
        } else {
            // an unknown word is a head only if nothing known follows
            head = None;
            let next = ctx.w(i);
            if !ctx.is_word(i)
                || is_np_stop(next)
                || lexicon::is_aux(next)
                || lexicon::verb_cue(next).is_some()
            {
                head = Some(i - 1);
                break;
            }
        }
    }
    r.np_end = i;
    r.np_len = i - start;
    if let Some(h) = head {
        let hw = ctx.w(h);
        // the head is the last noun; look for a victim group anywhere in it
        for j in start..=h {
            if let Some(Some(v)) = lexicon::person_noun(ctx.w(j)) {
                if !(ctx.w(j) == "aid" && ctx.w(j + 1) != "workers") {
                    r.victims = Some(v);
                }
            }
        }
        // "service members", "members of the security forces"
        if hw == "members" && r.victims.is_none() {
            if ctx.w(h.wrapping_sub(1)) == "service" {
                r.victims = Some(Victims::SecurityForces);
            } else if ctx.w(h + 1) == "of" {
                r.victims = (h + 2..h + 6).find_map(|j| lexicon::person_noun(ctx.w(j)).flatten());
            }
        }
        // "25 dead cats": an animal after "dead"
        r.thing = lexicon::is_thing_noun(hw)
            || hw == "dead" && {
                // "25 dead cats", "4,000 dead and injured birds"
                let mut j = h + 1;
                while matches!(
                    ctx.w(j),
                    "and" | "or" | "injured" | "wounded" | "dying" | ","
                ) {
                    j += 1;
                }
                lexicon::is_thing_noun(ctx.w(j))
            };
        // "public bodies", "research bodies" are organizations
        if hw == "bodies"
            && (start..h).any(|j| {
                matches!(
                    ctx.w(j),
                    "public"
                        | "governing"
                        | "research"
                        | "regulatory"
                        | "advisory"
                        | "professional"
                        | "international"
                        | "government"
                        | "state"
                        | "federal"
                        | "civic"
                        | "official"
                        | "legislative"
                        | "elected"
                        | "sporting"
                        | "economic"
                        | "local"
                        | "representative"
                        | "standards"
                        | "industry"
                        | "trade"
                        | "funding"
                        | "oversight"
                        | "religious"
                        | "student"
                        | "arms-length"
                        | "regional"
                        | "national"
                        | "leading"
                        | "celestial"
                        | "water"
                )
            })
        {
            r.thing = true;
        }
        r.lives = matches!(hw, "lives" | "life");
        r.noun_cue = lexicon::noun_cue(hw);
        r.known_people = lexicon::person_noun(hw).is_some() && !matches!(hw, "lives" | "bodies");
        r.people = lexicon::person_noun(hw).is_some() || r.noun_cue.is_some();
        // an animal anywhere in the phrase: "200 cat corpses", "60 years
        // Americans" (but "three truck drivers" and "seven United States
        // Marines" are people)
        if (start..=h).any(|j| {
            let w = ctx.w(j);
            let time = matches!(
                w,
                "years" | "year" | "months" | "weeks" | "days" | "hours" | "decades" | "times"
            );
            lexicon::is_thing_noun(w) && (!r.known_people || time)
        }) {
            r.thing = true;
        }
        if !r.people && !r.thing {
            // unknown nouns: capitalised ones are demonyms or groups
            // ("nine Germans and one Peruvian"); a lower-case plural counts
            // as people only before a predicate of harm ("five perpetrators
            // were killed"), checked by the caller through `plural`
            let o = ctx.orig(h);
            let capital = o.chars().next().map(|c| c.is_uppercase()).unwrap_or(false);
            let plural = o.ends_with('s') || o.ends_with('S');
            r.people = if ctx.all_caps() {
                o.ends_with("IANS") || o.ends_with("ESE") || o.ends_with("ANS")
            } else {
                capital && (plural || one)
            };
            r.plural_unknown = (!capital && (plural || one)) || ctx.all_caps();
        }
    }
    r
}

/// Reads the predicate after the noun phrase: auxiliaries, then a cue.
fn read_predicate(ctx: &Ctx<'_>, from: usize) -> Option<Category> {
    let mut i = from;
    // a parenthetical: ", including 12 children," or ", ages 26 and 20,"
    if ctx.w(i) == ","
        && matches!(
            ctx.w(i + 1),
            "including"
                | "among"
                | "ages"
                | "aged"
                | "mostly"
                | "most"
                | "many"
                | "all"
                | "mainly"
                | "both"
                | "some"
                | "one"
                | "two"
                | "three"
                | "according"
        )
    {
        let close = (i + 2..(i + 14).min(ctx.toks.len())).find(|&j| ctx.w(j) == ",")?;
        i = close + 1;
    }
    // a short prepositional phrase: "50 peasants of various ages have been kidnapped"
    if matches!(
        ctx.w(i),
        "of" | "from"
            | "in"
            | "at"
            | "on"
            | "aboard"
            | "inside"
            | "across"
            | "near"
            | "around"
            | "throughout"
            | "along"
            | "outside"
            | "within"
    ) {
        let mut j = i + 1;
        while j < ctx.toks.len()
            && j <= i + 4
            && ctx.is_word(j)
            && !lexicon::is_aux(ctx.w(j))
            && lexicon::verb_cue(ctx.w(j)).is_none()
        {
            j += 1;
        }
        if j > i + 1
            && (lexicon::is_aux(ctx.w(j))
                || lexicon::verb_cue(ctx.w(j)).is_some_and(|c| c.role != Role::Before))
        {
            i = j;
        } else {
            return None;
        }
    }
    // "women and children were killed", "members and civilians were wounded"
    if matches!(ctx.w(i), "and" | "or") {
        let mut j = i + 1;
        while j < i + 4
            && ctx.is_word(j)
            && !ctx.is_num(j)
            && !lexicon::is_aux(ctx.w(j))
            && lexicon::person_noun(ctx.w(j)).is_none()
        {
            j += 1;
        }
        if lexicon::person_noun(ctx.w(j)).is_some() && lexicon::is_aux(ctx.w(j + 1)) {
            i = j + 1;
        } else {
            return None;
        }
    }
    let mut aux = 0;
    // a form of "be" makes the predicate passive ("were killed"); "who",
    // "that" and adverbs do not ("two gunmen who killed 10")
    let mut passive = false;
    let mut modal = false;
    while aux < 6 && lexicon::is_aux(ctx.w(i)) {
        let a = ctx.w(i);
        modal |= a == "to";
        // "12 people that police said" is not a predicate
        if matches!(a, "said" | "reported")
            && !matches!(
                ctx.w(i + 1),
                "to" | "killed" | "dead" | "wounded" | "injured" | "missing"
            )
        {
            return None;
        }
        // "his two companions were not injured"
        if matches!(a, "not" | "never") {
            return None;
        }
        passive |= matches!(
            a,
            "were"
                | "was"
                | "are"
                | "is"
                | "been"
                | "be"
                | "being"
                | "remain"
                | "remained"
                | "remains"
                | "left"
                | "found"
                | "feared"
                | "believed"
                | "presumed"
                | "reported"
                | "confirmed"
                | "listed"
                | "known"
        );
        i += 1;
        aux += 1;
    }
    let cat = predicate_at(ctx, i)?;
    let w = ctx.w(i);
    // "expect 25,000 people to die", "will die": not a count of the dead
    if w == "die"
        && (modal
            || matches!(
                ctx.w(i.wrapping_sub(1)),
                "will" | "would" | "could" | "may" | "might" | "can" | "should"
            ))
    {
        return None;
    }
    if !passive {
        // active voice: in "two gunmen killed 10 people" the figure is the
        // agent; "2 killed in blast" and "3 Killed, 9 Hurt" are passive
        let next = ctx.w(i + 1);
        let orig_next = ctx.orig(i + 1);
        let time_word = lexicon::is_month(next)
            || lexicon::is_day_name(next)
            || matches!(
                next,
                "overnight" | "instantly" | "immediately" | "earlier" | "later" | "last" | "this"
            );
        let caps = ctx.all_caps();
        let object = ctx.is_num(i + 1)
            || opens_object(next)
            || matches!(
                next,
                "dozens" | "scores" | "hundreds" | "thousands" | "several" | "two" | "three"
            )
            || lexicon::person_noun(next).is_some_and(|_| !matches!(next, "others" | "other"))
            || (ctx.is_word(i + 1)
                && !time_word
                && !is_np_stop(next)
                && !lexicon::is_aux(next)
                && lexicon::verb_cue(next).is_none()
                && (caps || orig_next.chars().next().is_some_and(|c| c.is_uppercase())));
        let both = lexicon::verb_cue(w).is_some_and(|c| c.role == Role::Both) || w == "shot";
        if object && both {
            return None;
        }
        // a lower-case content word after a verb is its object: "three
        // shareholders executed agreements"; time words and places are not
        let adverb = time_word
            || next.ends_with("ly")
            || matches!(
                next,
                "overnight"
                    | "nationwide"
                    | "there"
                    | "here"
                    | "altogether"
                    | "so"
                    | "total"
                    | "inside"
                    | "outside"
                    | "yesterday"
                    | "today"
            );
        if both
            && ctx.is_word(i + 1)
            && !adverb
            && !is_np_stop(next)
            && !lexicon::is_aux(next)
            && lexicon::verb_cue(next).is_none()
            && !ctx.is_num(i + 1)
            && next != "dead"
            && next != "to"
            && next != "and"
        {
            return None;
        }
        // attributive: "2,000 dead snow geese", "one other dead hamster"
        if matches!(w, "dead" | "injured" | "wounded" | "missing")
            && ctx.is_word(i + 1)
            && !adverb
            && !is_np_stop(next)
            && !lexicon::is_aux(next)
            && lexicon::verb_cue(next).is_none()
            && lexicon::person_noun(next).is_none()
            && orig_next.chars().next().is_some_and(|c| c.is_lowercase())
        {
            return None;
        }
        // "shot and killed three classmates"
        if w == "shot"
            && ctx.w(i + 1) == "and"
            && (ctx.is_num(i + 3)
                || matches!(ctx.w(i + 3), "a" | "an" | "the" | "his" | "her" | "their")
                // "shot and killed Jamar Clark"
                || ctx.is_word(i + 3)
                    && !ctx.all_caps()
                    && ctx.orig(i + 3).chars().next().is_some_and(char::is_uppercase))
        {
            return None;
        }
        // attributive: "33,000 missing e-mails", "900 dead dolphins"
        if lexicon::is_thing_noun(next) {
            return None;
        }
        // "hit" harms only in the passive: "two deputies were hit"
        if w == "hit" {
            return None;
        }
        // "shot" without an auxiliary is a claim only in headlines or
        // with its complement: "3 Shot In Bronx", "two shot dead"
        if w == "shot" {
            let headline = ctx.orig(i).starts_with('S') && !ctx.all_caps();
            if !headline && !matches!(next, "dead" | "to" | "and" | "in" | "," | "." | "") {
                return None;
            }
        }
    }
    Some(cat)
}

/// The category of a predicate starting at token `i`, if it is one.
fn predicate_at(ctx: &Ctx<'_>, i: usize) -> Option<Category> {
    let w = ctx.w(i);
    // "lost their lives"
    if w == "lost"
        && matches!(ctx.w(i + 1), "their" | "his" | "her")
        && matches!(ctx.w(i + 2), "lives" | "life")
    {
        return Some(Category::Killed);
    }
    // "in serious condition"
    if w == "in" && (ctx.w(i + 2) == "condition" || ctx.w(i + 3) == "condition") {
        return Some(Category::Injured);
    }
    // "taken hostage", "held captive", "taken prisoner", "taken into custody"
    if matches!(w, "taken" | "held" | "kept") {
        return match ctx.w(i + 1) {
            "hostage" | "hostages" | "captive" | "captives" => Some(Category::Kidnapped),
            "prisoner" | "prisoners" => Some(Category::Arrested),
            "into" if ctx.w(i + 2) == "custody" => Some(Category::Arrested),
            _ => None,
        };
    }
    // "sustained minor injuries", "suffered wounds"
    if matches!(w, "sustained" | "suffered" | "received") {
        for j in i + 1..i + 4 {
            if matches!(ctx.w(j), "injuries" | "wounds" | "injury" | "burns") {
                return Some(Category::Injured);
            }
        }
        return None;
    }
    // "900 were evacuated from their homes"
    if w == "evacuated" {
        return (ctx.w(i + 1) == "from" && matches!(ctx.w(i + 2), "their" | "homes"))
            .then_some(Category::Displaced);
    }
    // "forced to flee", "forced from their homes"
    if w == "forced" && matches!(ctx.w(i + 1), "to" | "from" | "out") {
        if matches!(
            ctx.w(i + 2),
            "flee" | "relocate" | "leave" | "evacuate" | "their"
        ) {
            return Some(Category::Displaced);
        }
        return None;
    }
    // "hospitalized with injuries"
    if matches!(w, "hospitalized" | "hospitalised") {
        return matches!(
            ctx.w(i + 2),
            "injuries" | "wounds" | "burns" | "gunshot" | "stab"
        )
        .then_some(Category::Injured);
    }
    // "11 of whom have bullet wounds"
    if matches!(w, "have" | "has" | "had") {
        return (i + 1..i + 4)
            .any(|j| matches!(ctx.w(j), "wounds" | "injuries" | "burns"))
            .then_some(Category::Injured);
    }
    // "went missing"
    if w == "went" && ctx.w(i + 1) == "missing" {
        return Some(Category::Missing);
    }
    let cue = lexicon::verb_cue(w)?;
    if cue.role == Role::Before {
        return None;
    }
    // "a helicopter was shot down", "the buses hit the road": no one harmed;
    // "ambulances were shot at": fired on, not hit
    if w == "shot"
        && (ctx.w(i + 1) == "down"
            || ctx.w(i + 1) == "at"
                && (!ctx.is_word(i + 2)
                    || matches!(
                        ctx.w(i + 2),
                        "by" | "from" | "but" | "and" | "while" | "when" | "with" | "during"
                    )))
    {
        return None;
    }
    // idioms: "habits die hard", "seized the opportunity", "captured on video"
    if (w == "die" && ctx.w(i + 1) == "hard")
        || (matches!(w, "seized" | "captured")
            && matches!(
                ctx.w(i + 1),
                "the" | "an" | "this" | "that" | "control" | "power"
            ))
        || (w == "seized" && matches!(ctx.w(i + 1), "on" | "upon"))
        || (w == "captured"
            && ctx.w(i + 1) == "on"
            && (i + 2..i + 4).any(|j| {
                matches!(
                    ctx.w(j),
                    "video" | "camera" | "cameras" | "tape" | "film" | "surveillance" | "cctv"
                )
            }))
    {
        return None;
    }
    // a cue inside a name: "several members of Big Shot"
    if i > 0
        && ctx.orig(i).chars().next().is_some_and(char::is_uppercase)
        && ctx.capitalized(i - 1)
        && !ctx.all_caps()
        && !headline(ctx)
    {
        return None;
    }
    if w == "hit"
        && !matches!(
            ctx.w(i.wrapping_sub(1)),
            "was" | "were" | "been" | "being" | "is" | "are" | "also" | "reportedly"
        )
    {
        return None;
    }
    // "users were hit by the scam", "hit men": no one hurt
    if w == "hit" && {
        let by = ctx.w(i + 1) == "by";
        let economic = |w: &str| {
            matches!(
                w,
                "scam"
                    | "scams"
                    | "crisis"
                    | "cuts"
                    | "downturn"
                    | "recession"
                    | "layoffs"
                    | "tax"
                    | "taxes"
                    | "prices"
                    | "fees"
                    | "fines"
                    | "sanctions"
                    | "slump"
                    | "shortage"
                    | "shortages"
                    | "outage"
                    | "virus"
                    | "hackers"
            )
        };
        matches!(
            ctx.w(i + 1),
            "men" | "man" | "squad" | "squads" | "list" | "job"
        ) || by && (i + 2..i + 5).any(|j| economic(ctx.w(j)))
    } {
        return None;
    }
    let mut cat = cue.category;
    // "two men were fatally shot"
    if matches!(w, "shot" | "stabbed" | "wounded" | "injured")
        && ctx.w(i.wrapping_sub(1)) == "fatally"
    {
        cat = Category::Killed;
    }
    // "shot dead", "shot to death", "shot and killed"
    if w == "shot" || w == "stabbed" || w == "burned" {
        let n = ctx.w(i + 1);
        if n == "dead"
            || (n == "to" && ctx.w(i + 2) == "death")
            || (n == "and" && matches!(ctx.w(i + 2), "killed" | "died"))
        {
            cat = Category::Killed;
        }
    }
    // "missing their relatives", "missing the deadline": a verb with an object
    if w == "missing"
        && matches!(
            ctx.w(i + 1),
            "their" | "his" | "her" | "my" | "our" | "your" | "its" | "the" | "a" | "an" | "out"
        )
    {
        return None;
    }
    // "two characters were killed off": written out of a story
    if w == "killed" && ctx.w(i + 1) == "off" {
        return None;
    }
    // "one almost died", "were nearly killed": harm that did not happen
    if matches!(ctx.w(i.wrapping_sub(1)), "almost" | "nearly" | "narrowly") {
        return None;
    }
    // "fled" is displacement for people leaving home or country, not for a
    // suspect fleeing the scene or "two people fled after"
    if w == "fled" {
        let next = ctx.w(i + 1);
        let away = matches!(
            next,
            "after"
                | "before"
                | "when"
                | "on"
                | "with"
                | "back"
                | "while"
                | "without"
                // a getaway: "the two men fled southbound"
                | "southbound"
                | "northbound"
                | "eastbound"
                | "westbound"
        );
        // "fled the store", "fled a bar": a place left, not a home
        let place = matches!(
            ctx.w(i + 2),
            "scene"
                | "store"
                | "shop"
                | "restaurant"
                | "bar"
                | "club"
                | "building"
                | "car"
                | "vehicle"
                | "station"
                | "train"
                | "bank"
                | "premises"
                | "office"
                | "park"
                | "apartment"
        );
        if away || place {
            return None;
        }
    }
    // "captured by rebels" is an abduction, not an arrest
    if cat == Category::Arrested && ctx.w(i + 1) == "by" {
        if let Some(Some(crate::claim::Victims::Fighters)) =
            lexicon::person_noun(ctx.w(i + 2)).or(lexicon::person_noun(ctx.w(i + 3)))
        {
            cat = Category::Kidnapped;
        }
    }
    // "killed or wounded", "killed and wounded", "killed or severely
    // burned" are casualties; "died or went missing" stays killed
    // ("shot and died" is killed; "left one dead and wounded three others"
    // are two figures)
    if matches!(ctx.w(i + 1), "or" | "and") {
        let j = if ctx.w(i + 2).ends_with("ly") {
            i + 3
        } else {
            i + 2
        };
        let after = ctx.w(j + 1);
        let joined = ctx.w(i + 1) == "or"
            || cat == Category::Killed
                && !ctx.is_num(j + 1)
                && !object_follows(ctx, j + 1)
                && lexicon::person_noun(after).is_none()
                && !matches!(after, "at" | "over" | "about" | "nearly" | "more" | "some");
        if let Some(other) = lexicon::verb_cue(ctx.w(j)).filter(|_| joined) {
            let pair = [cat, other.category];
            if pair.contains(&Category::Killed) && pair.contains(&Category::Injured) {
                cat = Category::Casualties;
            }
        }
    }
    Some(cat)
}

/// Reads every figure of one sentence. `nums` are the sentence's number
/// matches, in order; `prior` is the last claim of the sentence before, for
/// refinements that open a sentence ("Among them were 12 children").
pub(crate) fn recognize(ctx: &Ctx<'_>, nums: &[NumberMatch], prior: Option<&Found>) -> Vec<Found> {
    let n = nums.len();
    let mut found: Vec<Option<Found>> = vec![None; n];
    let mut rights: Vec<Option<Right>> = vec![None; n];
    let mut ranges: Vec<Option<(usize, usize)>> = vec![None; n];
    let mut refine: Vec<bool> = vec![false; n];

    for k in 0..n {
        let Some((first, last)) = ctx.range_of(k) else {
            continue;
        };
        ranges[k] = Some((first, last));
        if excluded(ctx, &nums[k], first, last) {
            continue;
        }
        let r = read_np(
            ctx,
            last,
            nums[k].value == 1,
            nums[k].form == NumberForm::Vague,
        );
        rights[k] = Some(r);
        if r.thing {
            continue;
        }
        // a counterfactual: "ten more deaths would have followed", "one more
        // casualty could have ended the talks" (but "five bodies would be
        // flown home" were counted)
        if matches!(ctx.w(r.np_end), "would" | "could" | "might") && ctx.w(r.np_end + 1) == "have" {
            continue;
        }
        let hit = |rule: &Recognizer, category: Category| Found {
            number: nums[k],
            category,
            victims: r.victims,
            rule: rule.name,
            continues: false,
        };
        // "11,000 of them were civilians", "one of the dead", "150 of those hurt"
        if ctx.w(last + 1) == "of"
            && matches!(ctx.w(last + 2), "them" | "whom" | "those" | "the" | "these")
        {
            if let Some(f) = of_group(ctx, &nums[k], last + 2) {
                found[k] = Some(f);
                refine[k] = f.rule == REFINEMENT.name;
            }
            continue;
        }
        // a bare "one" is a pronoun more often than a count: "the first one
        // missing its target"; it counts with a noun for people or a plain
        // predicate of harm ("one was killed", "one dead")
        let bare_one = nums[k].value == 1 && nums[k].form == NumberForm::Words && !r.known_people;
        // "one of their album covers was shot": one of a group of things
        if bare_one
            && ctx.w(last + 1) == "of"
            && r.np_len > 0
            && lexicon::person_noun(ctx.w(r.np_end - 1)).is_none()
            && lexicon::noun_cue(ctx.w(r.np_end - 1)).is_none()
        {
            continue;
        }
        // a rate: "137 deaths per 100,000 people"
        if r.np_len > 0 && ctx.w(r.np_end) == "per" {
            continue;
        }
        // a rate stated as a general truth: "1.2 million people die annually"
        if generic_rate(ctx, first, last) {
            continue;
        }
        // no longer held, or not yet moved: "one freed hostage", "former
        // detainees", "five detainees are expected to be moved"
        if (first + 1..r.np_end)
            .any(|j| matches!(ctx.w(j), "freed" | "released" | "former" | "rescued" | "ex"))
            || lexicon::is_aux(ctx.w(r.np_end)) && ctx.w(r.np_end + 1) == "expected"
        {
            continue;
        }
        // "one big word missing", "one finger so badly injured": a thing or
        // a part of a body makes "one" no count of victims
        if bare_one
            && r.np_len > 0
            && matches!(
                ctx.w(r.np_end - 1),
                "thing"
                    | "word"
                    | "item"
                    | "piece"
                    | "part"
                    | "sign"
                    | "finger"
                    | "hand"
                    | "arm"
                    | "leg"
                    | "foot"
                    | "eye"
                    | "ear"
                    | "toe"
                    | "tooth"
                    | "knee"
            )
        {
            continue;
        }
        let plain_harm = |i: usize| {
            let mut j = i;
            while lexicon::is_aux(ctx.w(j)) && j < i + 4 {
                j += 1;
            }
            let w = ctx.w(j);
            let closes = !ctx.is_word(j + 1)
                || is_np_stop(ctx.w(j + 1))
                    && !matches!(
                        ctx.w(j + 1),
                        "the" | "a" | "an" | "its" | "his" | "her" | "their"
                    );
            (lexicon::verb_cue(w).is_some() || (j > i && w == "in" && predicate_at(ctx, j).is_some()))
                && (j > i || (w.ends_with("ed") || w == "dead" || w == "missing") && closes)
                // "the one that disappeared", "at one point kidnapped"
                && !matches!(ctx.w(first.wrapping_sub(1)), "the" | "at" | "this" | "that")
        };
        // "killed one dog and injured three others": others of the same kind
        let others_of_things =
            matches!(ctx.w(r.np_end.saturating_sub(1)), "others" | "other") && r.np_len > 0 && {
                let lo = first.saturating_sub(6);
                (lo..first).rev().find_map(|j| {
                    let w = ctx.w(j);
                    // a counted thing ("one dog"), not a modifier ("the car
                    // bombing killed 22 others")
                    if lexicon::is_thing_noun(w)
                        && (ctx.is_num(j.wrapping_sub(1))
                            || ctx.is_num(j.wrapping_sub(2))
                            // "killed a dog and injured three others"
                            || matches!(ctx.w(j.wrapping_sub(1)), "a" | "an")
                                && lexicon::verb_cue(ctx.w(j.wrapping_sub(2))).is_some())
                    {
                        Some(true)
                    } else if lexicon::person_noun(w).is_some() {
                        Some(false)
                    } else {
                        None
                    }
                }) == Some(true)
            };
        if others_of_things {
            continue;
        }
        // a step in a running tally: "seven more people have been killed,
        // bringing the count to ten" claims ten
        let more = matches!(ctx.w(last + 1), "more" | "additional")
            || ctx.w(first.wrapping_sub(1)) == "another";
        let step = more && tally_step(ctx);
        // 1. the figure's own predicate
        if (r.people || r.plural_unknown) && (!bare_one || plain_harm(r.np_end)) && !step {
            if let Some(cat) = r
                .cue
                .or_else(|| read_predicate(ctx, r.np_end))
                // "four raiders had fled" is no displacement; "thousands fled" is;
                // "the four suspects fled" never is
                .filter(|&c| {
                    c != Category::Displaced
                        || (r.known_people || nums[k].value >= 10)
                            && !(r.np_len > 0 && lexicon::is_perpetrator(ctx.w(r.np_end - 1)))
                        || !ctx.toks[r.np_end..]
                            .iter()
                            .take(4)
                            .any(|t| ctx.text[t.span].eq_ignore_ascii_case("fled"))
                })
                // "1,320 seized in 2011": a bare figure seized is a thing
                .filter(|&c| {
                    c != Category::Kidnapped
                        || r.np_len > 0
                        || !matches!(ctx.w(r.np_end), "seized" | "captured")
                })
                // "two officers arrested and pepper-sprayed her": the police
                // are the ones arresting, unless an auxiliary makes it passive
                .filter(|&c| {
                    c != Category::Arrested
                        || r.victims != Some(Victims::SecurityForces)
                        || r.cue.is_some()
                        || lexicon::verb_cue(ctx.w(r.np_end)).is_none()
                        || !object_follows(ctx, r.np_end + 1)
                })
                // an unknown plural needs more than an active verb: "two pilots died" but not "cafe that killed"
                // "1,190 listings that disappeared": things go missing through "that"
                .filter(|&c| {
                    c != Category::Missing
                        || r.known_people
                        || !matches!(ctx.w(r.np_end), "that" | "which")
                })
            {
                found[k] = Some(hit(&SUBJECT_CUE, cat));
                continue;
            }
        }
        // a verb before the figure decides over its noun: "killed three
        // hostages" are killed, not kidnapped
        if r.noun_cue.is_some()
            && first > 0
            && matches!(
                ctx.w(first - 1),
                "killed" | "killing" | "kills" | "executed" | "executing" | "freed" | "released"
            )
        {
            if let Some(cat) = object_verb(ctx, first, &nums[k], &r) {
                found[k] = Some(hit(&OBJECT_CUE, cat));
            }
            continue;
        }
        // 2. a noun of harm: "34 deaths", "six bodies", "41 minor injuries";
        // with one, the singular: "one death", "one fatality"
        let singular = if nums[k].value == 1 && r.np_len > 0 {
            match ctx.w(r.np_end - 1) {
                "death" | "fatality" | "body" => Some(Category::Killed),
                "casualty" => Some(Category::Casualties),
                "injury" => Some(Category::Injured),
                _ => None,
            }
        } else {
            None
        };
        if let Some(mut cat) = r.noun_cue.or(singular) {
            // "housing some 18,000 refugees" is a capacity, not a count
            let capacity = cat == Category::Displaced
                && (first.saturating_sub(3)..first).any(|j| {
                    matches!(
                        ctx.w(j),
                        "house" | "housing" | "accommodate" | "capacity" | "for"
                    )
                });
            // "59,000 deaths and injuries"
            if matches!(ctx.w(r.np_end), "and" | "or") {
                if let Some(c2) = lexicon::noun_cue(ctx.w(r.np_end + 1)) {
                    if [cat, c2].contains(&Category::Killed)
                        && [cat, c2].contains(&Category::Injured)
                    {
                        cat = Category::Casualties;
                    }
                }
            }
            // "an arrest charge", "arrest warrants": the noun names a thing
            let modifier = matches!(
                ctx.w(r.np_end),
                "charge"
                    | "charges"
                    | "warrant"
                    | "warrants"
                    | "record"
                    | "records"
                    | "report"
                    | "reports"
                    | "rate"
                    | "rates"
                    | "data"
                    | "figures"
                    | "quota"
                    | "quotas"
            );
            // refugees admitted, resettled or screened are no one displaced:
            // "caps the number of refugees admitted at 50,000"
            let policy = cat == Category::Displaced && refugee_policy(ctx, first, r.np_end);
            // "we are one body": a metaphor, not a corpse
            let metaphor = singular.is_some()
                && ctx.w(r.np_end.wrapping_sub(1)) == "body"
                && matches!(
                    ctx.w(first.wrapping_sub(1)),
                    "are" | "is" | "be" | "as" | "into"
                );
            if !step && !capacity && !modifier && !policy && !metaphor {
                found[k] = Some(hit(&VICTIM_NOUN, cat));
            }
            continue;
        }
        if r.lives {
            let before = ctx.w(first.wrapping_sub(1));
            let after = (ctx.w(r.np_end), ctx.w(r.np_end + 1));
            if matches!(
                before,
                "claimed" | "cost" | "took" | "taken" | "taking" | "claiming" | "costing" | "lost"
            ) || matches!(after, ("were", "lost") | ("lost", _) | ("have", "been"))
            {
                found[k] = Some(hit(&LIVES, Category::Killed));
            }
            continue;
        }
        if !r.people && r.np_len > 0 {
            continue;
        }
        // 3. a verb before: "killed at least 34 people", "kidnapped over 140 boys"
        if first > 0 {
            let before = ctx.w(first - 1);
            if let Some(cat) = object_verb(ctx, first, &nums[k], &r) {
                found[k] = Some(hit(&OBJECT_CUE, cat));
                continue;
            }
            // "took more than 400 civilians hostage"
            if matches!(
                before,
                "took" | "taken" | "taking" | "take" | "holding" | "held" | "seized"
            ) && matches!(ctx.w(r.np_end), "hostage" | "hostages" | "captive")
            {
                found[k] = Some(hit(&HOSTAGE, Category::Kidnapped));
                continue;
            }
            // "the deaths of at least 13 people", "arrests of about 100"
            let of_at = match (before, ctx.w(first.wrapping_sub(2))) {
                ("of", _) => Some(first - 1),
                ("the", "of") => Some(first - 2),
                _ => None,
            };
            if let Some(of_at) = of_at.filter(|&o| o >= 1) {
                let noun = ctx.w(of_at - 1);
                let cat = lexicon::noun_cue(noun)
                    .filter(|_| noun != "victims")
                    .or(match noun {
                        "killing" | "massacre" | "murder" | "murders" | "execution"
                        | "executions" | "slaying" | "slayings" | "remains" | "death"
                        | "deaths" | "assassination" | "assassinations" => Some(Category::Killed),
                        "abduction" | "kidnapping" => Some(Category::Kidnapped),
                        "evacuation" | "displacement" => Some(Category::Displaced),
                        "detention" => Some(Category::Arrested),
                        _ => None,
                    });
                // "a warrant for the arrest of 12", "ordered the arrest of 30":
                // an arrest sought is not made
                // "preparations for the evacuation of 112,000": not yet done
                let sought = matches!(cat, Some(Category::Arrested | Category::Displaced))
                    && (of_at.saturating_sub(5)..of_at - 1).any(|j| {
                        matches!(
                            ctx.w(j),
                            "warrant"
                                | "warrants"
                                | "ordered"
                                | "order"
                                | "orders"
                                | "demanded"
                                | "demand"
                                | "demands"
                                | "sought"
                                | "seek"
                                | "seeks"
                                | "calls"
                                | "called"
                                | "urged"
                                | "requested"
                                | "preparations"
                                | "preparing"
                                | "plans"
                                | "planned"
                                | "plan"
                        )
                    });
                if let Some(cat) = cat.filter(|_| !sought) {
                    if !lexicon::is_change_marker(noun) {
                        found[k] = Some(hit(&NOUN_OF, cat));
                        continue;
                    }
                }
            }
            if let Some(cat) = toll_before(ctx, first)
                .filter(|&c| c != Category::Displaced || !refugee_policy(ctx, first, last + 1))
            {
                found[k] = Some(hit(&TOLL, cat));
                continue;
            }
            if let Some(cat) = group_before(ctx, first) {
                found[k] = Some(hit(&GROUP_BREAKDOWN, cat));
                continue;
            }
        }
        // "19 in serious condition"
        if ctx.w(last + 1) == "in" && predicate_at(ctx, last + 1) == Some(Category::Injured) {
            found[k] = Some(hit(&CONDITION, Category::Injured));
            continue;
        }
        // "including 12 children", "among them 5 women", "the victims
        // included 12 children"; not "the ring included 20 policemen"
        if first > 0
            && (ctx.w(first - 1) == "including"
                || matches!(ctx.w(first - 1), "included" | "includes")
                    && casualty_subject(ctx, first - 1))
            || (first > 1
                && ctx.w(first - 2) == "among"
                && matches!(ctx.w(first - 1), "them" | "whom" | "those"))
        {
            refine[k] = true;
        }
    }

    // 4. figures that lean on a neighbour, right to left for coordination
    for k in (0..n).rev() {
        if found[k].is_some() || excluded_range(ctx, nums, &ranges, k) {
            continue;
        }
        let (Some((first, last)), Some(r)) = (ranges[k], rights[k]) else {
            continue;
        };
        if r.thing || !r.people {
            continue;
        }
        // "nine Germans and one Peruvian were wounded"
        if let Some(j) = next_joined(ctx, r.np_end) {
            if let Some(k2) = ctx.num_at(j) {
                if let Some(f2) = found[k2] {
                    if f2.rule == SUBJECT_CUE.name || f2.rule == COORDINATED.name {
                        found[k] = Some(Found {
                            number: nums[k],
                            category: f2.category,
                            victims: r.victims,
                            rule: COORDINATED.name,
                            continues: false,
                        });
                        continue;
                    }
                }
            }
        }
        let _ = (first, last);
    }
    for k in 0..n {
        if found[k].is_some() {
            continue;
        }
        let (Some((first, _last)), Some(r)) = (ranges[k], rights[k]) else {
            continue;
        };
        if r.thing || !r.people || excluded_range(ctx, nums, &ranges, k) {
            continue;
        }
        // "killed a provincial minister and at least eight others" (but
        // not a subject with its own verb: "70 were killed and over a
        // million people have had to leave")
        let own_verb = {
            let next = ctx.w(r.np_end);
            lexicon::is_aux(next) && !matches!(next, "who" | "that" | "which")
                || matches!(
                    next,
                    "went" | "had" | "left" | "returned" | "remain" | "remained"
                )
        };
        if first >= 2
            && !own_verb
            && ctx.w(first - 1) == "and"
            && matches!(
                ctx.w(r.np_end.saturating_sub(1)),
                "others" | "people" | "persons"
            )
        {
            let verb = (first.saturating_sub(10)..first - 1)
                .rev()
                .take_while(|&j| ctx.is_word(j) && !ctx.is_num(j))
                .find_map(|j| lexicon::verb_cue(ctx.w(j)).filter(|c| c.role != Role::After));
            if let Some(c) = verb {
                found[k] = Some(Found {
                    number: nums[k],
                    category: c.category,
                    victims: r.victims,
                    rule: ELLIPSIS.name,
                    continues: true,
                });
                continue;
            }
        }
        // "49 had died in Sierra Leone and 24 in Liberia"
        if let Some(k0) = (0..k).rev().find(|&j| found[j].is_some()) {
            let f0 = found[k0].as_ref().copied();
            if let (Some(f0), Some((_, last0))) = (f0, ranges[k0]) {
                if elided_after(ctx, last0, first) && ellipsis_tail(ctx, r.np_end) {
                    found[k] = Some(Found {
                        number: nums[k],
                        category: f0.category,
                        victims: r.victims,
                        rule: ELLIPSIS.name,
                        continues: true,
                    });
                    continue;
                }
            }
        }
        if refine[k] {
            // "89 people were evacuated, including 31 Americans": the figure
            // refined is the one just before, and it must be a claim; the
            // claim of the sentence before only for a sentence that opens
            // with the refinement ("Among them were 12 children")
            let before = match k {
                0 if first <= 3 => prior.copied(),
                0 => None,
                _ => found[k - 1],
            };
            if let Some(f0) = before {
                found[k] = Some(Found {
                    number: nums[k],
                    category: f0.category,
                    victims: r.victims,
                    rule: REFINEMENT.name,
                    continues: true,
                });
            }
        }
    }
    // refinements with "of them" take the category of the claim before
    for k in 0..n {
        if let Some(f) = found[k] {
            if refine[k] && f.rule == REFINEMENT.name && f.category == PLACEHOLDER {
                let before = (0..k).rev().find_map(|j| found[j]).or(prior.copied());
                found[k] = before.map(|b| Found {
                    category: b.category,
                    continues: true,
                    ..f
                });
            }
        }
    }
    // "two soldiers were killed and 82 others wounded": others, another and
    // bare figures after a claim are of the same kind of people
    let mut out: Vec<Found> = Vec::with_capacity(n);
    for (k, f) in found.into_iter().enumerate() {
        let Some(mut f) = f else { continue };
        if let (Some(r), Some(range)) = (rights[k], ranges[k]) {
            if another_sense(ctx, &mut f, range, &r) {
                continue;
            }
        }
        if f.victims.is_none() {
            if let (Some(prev), Some(r), Some((first, _))) = (out.last(), rights[k], ranges[k]) {
                let others = r.np_len == 0
                    || matches!(ctx.w(r.np_end.saturating_sub(1)), "others" | "other")
                    || matches!(ctx.w(first), "another" | "a");
                if others && prev.victims.is_some() {
                    f.victims = prev.victims;
                }
            }
        }
        out.push(f);
    }
    out
}

/// Whether the capitalized words that end at token `last` are a name, not a
/// place: neither they nor the word before them is a preposition ("Trooper
/// Dale Lane", but not "In New York City").
fn full_name_before(ctx: &Ctx<'_>, last: usize) -> bool {
    let place = |j: usize| {
        matches!(
            ctx.w(j),
            "in" | "on"
                | "at"
                | "from"
                | "of"
                | "near"
                | "across"
                | "to"
                | "by"
                | "outside"
                | "inside"
                | "around"
        )
    };
    let mut j = last;
    while j > 0 && ctx.capitalized(j) && !place(j) {
        j -= 1;
    }
    !place(j)
}

/// Whether the claim `f` (figure at tokens `[first, last]`, noun phrase `r`)
/// reads its cue in another sense, or its predicate belongs to another
/// figure: then it is no claim. Corrects `f`'s category where the words
/// after the figure name a better one.
///
/// ```text
/// "125,000 people missing from the voter rolls"        -> no claim
/// "Two firefighters were forced to flee the flames"     -> no claim
/// "The hospital took in five victims, one of whom died"  -> no claim for five
/// "dozens of refugees who were being detained"           -> arrested
/// "211 bodies were moved from the old graveyard"         -> no claim
/// ```
fn another_sense(ctx: &Ctx<'_>, f: &mut Found, (first, last): (usize, usize), r: &Right) -> bool {
    let window = last + 1..last + 10;
    // the predicate after ", one of whom" is the partitive's
    if ctx.w(r.np_end) == "," && ctx.is_num(r.np_end + 1) {
        let mut j = r.np_end + 1;
        while ctx.is_num(j) {
            j += 1;
        }
        // ("killed 1,577 people, 143 of whom ...", "Three men, two of whom
        // are minors, were arrested" keep their own cue)
        let cue = |i: usize| {
            lexicon::verb_cue(ctx.w(i)).is_some()
                || matches!(ctx.w(i), "dead" | "striking" | "struck" | "hitting")
        };
        if ctx.w(j) == "of"
            && matches!(ctx.w(j + 1), "whom" | "which")
            && (j + 2..j + 6).any(cue)
            && !(first.saturating_sub(4)..first).any(cue)
        {
            return true;
        }
    }
    match f.category {
        Category::Missing => window.clone().any(|j| {
            ctx.w(j) == "missing"
                && ctx.w(j + 1) == "from"
                && (j + 2..j + 7).any(|i| {
                    matches!(
                        ctx.w(i),
                        "rolls"
                            | "roll"
                            | "list"
                            | "lists"
                            | "records"
                            | "register"
                            | "registry"
                            | "database"
                            | "ballot"
                            | "ballots"
                            | "census"
                            | "roster"
                            | "lineup"
                            | "parade"
                            | "tournament"
                            | "photo"
                            | "picture"
                    )
                })
        }),
        // old burials, not deaths: "211 bodies were moved from the
        // graveyard", "corpses buried for more than a century" (but the
        // bodies of a mass grave are a toll)
        Category::Killed => {
            let n = ctx.toks.len();
            let said = |words: &[&str]| (0..n).any(|j| words.contains(&ctx.w(j)));
            (first..r.np_end.max(last + 1) + 3).any(|j| {
                matches!(
                    ctx.w(j),
                    "bodies" | "corpses" | "remains" | "skeletons" | "cadavers"
                )
            }) && (said(&[
                "graveyard",
                "graveyards",
                "potter",
                "potter's",
                "cadavers",
                "anatomy",
                "reinterred",
                "reburied",
            ]) || said(&["buried"]) && said(&["century", "centuries"]))
                && !(0..n).any(|j| ctx.w(j) == "mass" && ctx.w(j + 1).starts_with("grave"))
        }
        Category::Displaced => {
            if window.clone().any(|j| {
                matches!(ctx.w(j), "detained" | "arrested" | "jailed" | "imprisoned")
                    && matches!(ctx.w(j - 1), "being" | "were" | "been" | "are")
            }) {
                f.category = Category::Arrested;
                return false;
            }
            // responders who pull back are not driven from their homes
            (last + 1..r.np_end).any(|j| {
                matches!(
                    ctx.w(j),
                    "firefighters"
                        | "firemen"
                        | "rescuers"
                        | "officers"
                        | "policemen"
                        | "crews"
                        | "deputies"
                        | "troopers"
                        | "paramedics"
                )
            })
        }
        _ => false,
    }
}

/// Whether the sentence is a title-case headline ("Attack Leaves 34 Dead").
fn headline(ctx: &Ctx<'_>) -> bool {
    let words: Vec<&str> = (0..ctx.toks.len())
        .filter(|&i| ctx.is_word(i) && !ctx.is_num(i))
        .map(|i| ctx.orig(i))
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        .count();
    words.len() >= 3 && caps * 10 >= words.len() * 6
}

/// Marks an "of them" refinement whose category is not known yet.
const PLACEHOLDER: Category = Category::Casualties;

/// "11,000 of them were civilians", "one of the dead", "150 of those hurt",
/// "seven of the wounded fighters were arrested". `at` is the token after "of".
fn of_group(ctx: &Ctx<'_>, num: &NumberMatch, at: usize) -> Option<Found> {
    let mk = |category, victims, rule: &Recognizer| Found {
        number: *num,
        category,
        victims,
        rule: rule.name,
        continues: true,
    };
    // the object of a verb that does no harm: "who helped one of the injured"
    if matches!(
        ctx.w(at.wrapping_sub(3)),
        "helped"
            | "treated"
            | "visited"
            | "interviewed"
            | "identified"
            | "comforted"
            | "carried"
            | "rescued"
            | "saved"
            | "photographed"
            | "tended"
            | "met"
    ) {
        return None;
    }
    let det = ctx.w(at);
    let mut i = at + 1;
    // the group's noun: "the dead", "those hurt", "the wounded Taliban fighters"
    let mut group_cat = None;
    let mut victims = None;
    if det != "them" && det != "whom" {
        while i < ctx.toks.len()
            && i < at + 5
            && ctx.is_word(i)
            && !lexicon::is_verbal_aux(ctx.w(i))
        {
            let w = ctx.w(i);
            // a group of things is no group of people: "a few of those buses"
            if lexicon::is_thing_noun(w) {
                return None;
            }
            // a verb with its own object is no group's adjective: "several of
            // the delegates seized the opportunity"
            let cue = lexicon::noun_cue(w).or(lexicon::verb_cue(w)
                .filter(|c| c.role != Role::Before)
                .filter(|_| predicate_at(ctx, i).is_some())
                .map(|c| c.category));
            if group_cat.is_none() {
                group_cat = cue;
            } else if cue.is_some() {
                // "several of the critically wounded died": the predicate
                if let Some(cat) = predicate_at(ctx, i) {
                    return Some(mk(cat, victims, &SUBJECT_CUE));
                }
            }
            if let Some(Some(v)) = lexicon::person_noun(w) {
                victims = Some(v);
            }
            if is_np_stop(w) {
                break;
            }
            i += 1;
        }
    }
    // "Ellacuria, one of the Jesuit priests who was killed": a person named
    if num.value == 1 && matches!(ctx.w(i), "who" | "that" | "which") {
        return None;
    }
    // "nearly 18,000 of them civilians"
    if matches!(det, "them" | "whom") {
        if let Some(Some(v)) = lexicon::person_noun(ctx.w(i)) {
            return Some(mk(PLACEHOLDER, Some(v), &REFINEMENT));
        }
    }
    // the predicate: "were arrested", "were civilians", "were children"
    let mut j = i;
    while j < i + 4 && lexicon::is_aux(ctx.w(j)) {
        j += 1;
    }
    if j == i && matches!(det, "them" | "whom") {
        // an agent with its object: "one of them shot my brother"
        let both =
            lexicon::verb_cue(ctx.w(i)).is_some_and(|c| c.role == Role::Both) || ctx.w(i) == "shot";
        if both && (object_follows(ctx, i + 1) || ctx.is_num(i + 1)) {
            return None;
        }
        if let Some(cat) = predicate_at(ctx, i) {
            return Some(mk(cat, victims, &SUBJECT_CUE));
        }
    }
    // a prognosis, not a death: "one of the victims is likely to die"
    if (i..j).any(|m| {
        matches!(
            ctx.w(m),
            "will" | "would" | "could" | "may" | "might" | "likely" | "expected"
        ) || ctx.w(m) == "to" && matches!(ctx.w(m + 1), "die" | "be")
    }) {
        return None;
    }
    if j > i {
        // an active perfect with its object: "one of them is believed to
        // have shot and killed the other"
        let perfect = (i..j).any(|m| matches!(ctx.w(m), "have" | "has" | "had"))
            && !(i..j).any(|m| matches!(ctx.w(m), "been" | "be"));
        let transitive = |m: usize| {
            lexicon::verb_cue(ctx.w(m)).is_some_and(|c| c.role == Role::Both) || ctx.w(m) == "shot"
        };
        let object = transitive(j) && ctx.w(j + 1) != "and" && object_follows(ctx, j + 1)
            || ctx.w(j + 1) == "and" && transitive(j + 2) && object_follows(ctx, j + 3);
        if perfect && object {
            return None;
        }
        if let Some(cat) = predicate_at(ctx, j) {
            return Some(mk(cat, victims, &SUBJECT_CUE));
        }

        // "were civilians", "were women and children"
        let mut v = None;
        let mut m = j;
        while m < j + 4 && ctx.is_word(m) {
            if let Some(Some(g)) = lexicon::person_noun(ctx.w(m)) {
                v = Some(g);
                break;
            }
            m += 1;
        }
        if let Some(v) = v {
            return Some(match group_cat {
                Some(c) => mk(c, Some(v), &GROUP_BREAKDOWN),
                None => mk(PLACEHOLDER, Some(v), &REFINEMENT),
            });
        }
    }
    // "injuring 15 soldiers, 4 of them seriously"
    if matches!(det, "them" | "whom")
        && matches!(
            ctx.w(i),
            "seriously" | "critically" | "badly" | "severely" | "fatally" | "gravely"
        )
    {
        return Some(mk(PLACEHOLDER, None, &REFINEMENT));
    }
    // "a parent of one of the abducted girls" names a person, not a count;
    // "one of the dead" counts one of a group of victims
    let bare_group = i == at + 2
        && matches!(
            ctx.w(at + 1),
            "dead" | "wounded" | "injured" | "killed" | "missing"
        );
    if num.value == 1 && !bare_group {
        return None;
    }
    group_cat.map(|c| mk(c, victims, &GROUP_BREAKDOWN))
}

/// Numbers that are labels, ages, years, times or changes.
fn excluded(ctx: &Ctx<'_>, num: &NumberMatch, first: usize, last: usize) -> bool {
    let before = if first > 0 { ctx.w(first - 1) } else { "" };
    let after = ctx.w(last + 1);
    if lexicon::is_label_before(before) || before == "#" || before == "$" {
        return true;
    }
    // "No one was hurt", "every one of them"
    if num.value == 1
        && num.form == NumberForm::Words
        && matches!(
            before,
            "no" | "any" | "every" | "each" | "not" | "anyone" | "someone"
        )
    {
        return true;
    }
    let before2 = ctx.w(first.wrapping_sub(2));
    // a decade of age: "a woman in her 20's"
    if matches!(after, "'s" | "s" | "’s") || ctx.orig(last).ends_with("'s") {
        return true;
    }
    // conditions, records and counterfactuals: "if a few bodies remain",
    // "criminal history includes 52 arrests", "we don't have seven dead"
    if (first.saturating_sub(4)..first).any(|j| {
        matches!(
            ctx.w(j),
            "if" | "whether"
                | "history"
                | "record"
                | "don't"
                | "didn't"
                | "doesn't"
                | "won't"
                | "wouldn't"
                | "never"
                | "unless"
                | "imagine"
                | "hypothetically"
        )
    }) {
        return true;
    }
    // a span of years: "killed from 2002 to 2011"
    if let Some(high) = num.high {
        let year = |v: u64| (1800..=2100).contains(&v);
        if year(num.value) && year(high) {
            return true;
        }
    }
    // odds: "a one in two million shot"
    if before == "in" && ctx.is_num(first.wrapping_sub(2)) {
        return true;
    }
    // "230 fewer serious injuries" is a difference
    if after == "fewer" {
        return true;
    }
    // a model or a mission: "iPhone 6", "Beagle 2"; headlines are spared
    if num.form == NumberForm::Digits
        && num.value < 100
        && first >= 2
        && ctx.is_word(first - 1)
        && !ctx.is_num(first - 1)
        && ctx
            .orig(first - 1)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
        && !ctx.all_caps()
        && !headline(ctx)
        && lexicon::verb_cue(before).is_none()
        && !lexicon::is_month(before)
        && !is_np_stop(before)
    {
        return true;
    }
    // a label: "Girl 1 had been reported missing", "Victim 2"
    if num.form == NumberForm::Digits
        && matches!(
            before,
            "girl"
                | "boy"
                | "victim"
                | "suspect"
                | "patient"
                | "witness"
                | "defendant"
                | "case"
                | "child"
                | "woman"
                | "man"
                | "person"
        )
    {
        return true;
    }
    // a family: "the mother of seven who was shot"
    if before == "of"
        && matches!(
            before2,
            "mother"
                | "father"
                | "parent"
                | "parents"
                | "grandmother"
                | "grandfather"
                | "mom"
                | "dad"
                | "family"
        )
    {
        return true;
    }
    // a ratio: "four out of five", "one out of every four"
    if (after == "out" && ctx.w(last + 2) == "of")
        || (before2 == "out" && before == "of" && ctx.is_num(first.wrapping_sub(3)))
        || (before == "every" && ctx.w(first.wrapping_sub(2)) == "of")
    {
        return true;
    }
    // an age: "children younger than 5", "people older than 65", and the
    // second of a pair of ages: "two girls aged six and 9"
    if num.value <= 120
        && (before == "than" && matches!(before2, "younger" | "older")
            || matches!(before, "and" | "or" | "to" | "," | "-")
                && ctx
                    .num_in(first.wrapping_sub(2))
                    .and_then(|k| ctx.range_of(k))
                    .is_some_and(|(f, _)| matches!(ctx.w(f.wrapping_sub(1)), "aged" | "ages")))
    {
        return true;
    }
    // a time: "arrested two and a half years ago"
    if after == "and"
        && ctx.w(last + 2) == "a"
        && ctx.w(last + 3) == "half"
        && lexicon::is_thing_noun(ctx.w(last + 4))
    {
        return true;
    }
    // a ratio: "for every death there were 16 wounded", "183 refugees for
    // every 1,000 inhabitants"
    if (first.saturating_sub(8)..last + 5)
        .any(|j| ctx.w(j) == "for" && matches!(ctx.w(j + 1), "every" | "each"))
    {
        return true;
    }
    // a figure of speech: "act as one heart, one body", "stood like one body"
    if num.value == 1
        && after == "body"
        && (matches!(before, "as" | "like")
            || before == ","
                && matches!(
                    before2,
                    "heart" | "mind" | "soul" | "voice" | "nation" | "people"
                ))
    {
        return true;
    }
    // a day of the month after an abbreviated month: "on Nov. 13"
    if before == "." && lexicon::is_month(before2) && num.value <= 31 {
        return true;
    }
    // what might have been, and people who may come: "one of the tenants
    // could have been killed", "as many as a million refugees could arrive"
    if (last + 1..last + 7).any(|j| {
        let modal = ctx.w(j);
        matches!(modal, "could" | "would" | "might")
            && ctx.w(j + 1) == "have"
            && ctx.w(j + 2) == "been"
            || matches!(modal, "could" | "may" | "might" | "will" | "would")
                && matches!(
                    ctx.w(j + 1),
                    "arrive" | "come" | "flee" | "cross" | "head" | "follow" | "enter" | "reach"
                )
    }) {
        return true;
    }
    // events, not people: "one of dozens of such kidnappings", "two such
    // attacks" (but "2,000 such arrests", "three such deaths" count people)
    let such = match (after, ctx.w(last + 2)) {
        ("such", _) => Some(last + 2),
        ("of", "such") => Some(last + 3),
        _ => None,
    };
    if such.is_some_and(|j| {
        matches!(
            ctx.w(j),
            "kidnappings"
                | "abductions"
                | "attacks"
                | "incidents"
                | "cases"
                | "raids"
                | "bombings"
                | "shootings"
        )
    }) {
        return true;
    }
    // a habit, not an event: "a group known for killing dozens at a time"
    if (first.saturating_sub(4)..first)
        .any(|j| matches!(ctx.w(j), "known" | "notorious" | "famous") && ctx.w(j + 1) == "for")
    {
        return true;
    }
    // "one" as a pronoun: "one can be jailed for it", "holding one another
    // hostage"; before a title, "a certain": "the death of one Judge Harold
    // Winslow", "one Mr. Reyes"
    if num.value == 1
        && num.form == NumberForm::Words
        && (matches!(
            after,
            "another" | "can" | "could" | "must" | "should" | "may" | "might" | "would"
        ) || ctx.capitalized(last + 1)
            && matches!(
                after,
                "mr" | "mrs"
                    | "ms"
                    | "miss"
                    | "dr"
                    | "judge"
                    | "rev"
                    | "reverend"
                    | "professor"
                    | "prof"
                    | "sir"
                    | "lady"
                    | "lord"
            ))
    {
        return true;
    }
    // nobody harmed: "Two Killed, One Rescued", "three survived"
    if matches!(
        after,
        "rescued" | "saved" | "survived" | "unharmed" | "unhurt" | "uninjured" | "escaped"
    ) {
        return true;
    }
    // a figure of speech: "died a thousand deaths"
    if matches!(before, "die" | "died" | "dies" | "dying") && after == "deaths" {
        return true;
    }
    // a peak of a count: "the agents on the case hit a high of about 300"
    if (first.saturating_sub(5)..first).any(|j| {
        matches!(ctx.w(j), "hit" | "hits" | "hitting")
            && matches!(
                ctx.w(j + 1),
                "a" | "an" | "new" | "record" | "its" | "their"
            )
            && (j + 1..j + 4).any(|i| matches!(ctx.w(i), "high" | "peak" | "low" | "record"))
    }) {
        return true;
    }
    // a toll foreseen: "the toll could rise to as high as 40", "is expected
    // to climb to 60"
    if (first.saturating_sub(5)..first).any(|j| {
        matches!(
            ctx.w(j),
            "rise" | "climb" | "increase" | "grow" | "reach" | "top" | "exceed" | "surpass"
        ) && (matches!(ctx.w(j - 1), "could" | "may" | "might" | "will" | "would")
            || ctx.w(j - 1) == "to"
                && matches!(ctx.w(j.wrapping_sub(2)), "expected" | "likely" | "set" | "feared" | "going"))
            // the figure is what the toll may reach, not a clause after it
            // ("could rise because at least 10 more were wounded")
            && (j + 1..first).all(|i| {
                matches!(ctx.w(i), "to" | "as" | "high" | "many" | "much" | "over" | "above" | "beyond")
            })
    }) {
        return true;
    }
    // a plan: "wanted to drive to the base and kill five or six", "a plot
    // to kill 12 people" (a base form of the verb after a word of intent)
    if matches!(
        before,
        "kill"
            | "injure"
            | "wound"
            | "murder"
            | "kidnap"
            | "abduct"
            | "shoot"
            | "execute"
            | "behead"
    ) && (first.saturating_sub(12)..first).any(|j| {
        matches!(
            ctx.w(j),
            "plan"
                | "plans"
                | "planned"
                | "planning"
                | "plot"
                | "plotted"
                | "plotting"
                | "want"
                | "wants"
                | "wanted"
                | "intend"
                | "intended"
                | "intends"
                | "threaten"
                | "threatened"
                | "threatens"
                | "vowed"
                | "vow"
                | "vows"
                | "aimed"
                | "hoped"
                | "hoping"
                | "tried"
                | "trying"
                | "attempt"
                | "attempted"
                | "sought"
                | "seeking"
                | "conspiracy"
                | "conspired"
        )
    }) {
        return true;
    }
    // an age: "a 43 yr old woman", "a 4 yo girl"
    if matches!(after, "yr" | "yrs" | "years" | "year") && ctx.w(last + 2) == "old"
        || matches!(after, "yo" | "y/o" | "y.o")
    {
        return true;
    }
    // an age after a name: "Ron Thomas, 34; Terri Bishop, 25", "Russell King
    // Jr., 17,", and before a verb after a full name: "Trooper Dale Lane, 38
    // was shot" (a place before the comma is led by a preposition: "In New
    // York City, 32 were killed")
    if num.form == NumberForm::Digits
        && num.value <= 110
        && num.high.is_none()
        && before == ","
        && first >= 2
        && ctx.capitalized(first - 2)
        && !ctx.all_caps()
        && lexicon::person_noun(ctx.w(first - 2)).is_none()
        && (!ctx.is_word(last + 1) && after != "-"
            || after == "and"
            || matches!(
                after,
                "was" | "were" | "is" | "are" | "has" | "had" | "died"
            ) && ctx.capitalized(first.wrapping_sub(3))
                && full_name_before(ctx, first - 2))
    {
        return true;
    }
    // a vehicle or a route: "a Boeing 747", "Flight 17", "Route 9"
    if matches!(
        before,
        "boeing"
            | "airbus"
            | "tupolev"
            | "ilyushin"
            | "antonov"
            | "cessna"
            | "flight"
            | "route"
            | "highway"
            | "interstate"
            | "bus"
            | "train"
            | "model"
    ) {
        return true;
    }
    // crimes counted, not people: "a man suspected in 8 muggings"
    if before == "in"
        && matches!(
            before2,
            "suspected" | "wanted" | "involved" | "charged" | "linked" | "implicated"
        )
    {
        return true;
    }
    // the accused: "accusing all three of mass deaths"
    // (only when the figure is the object of the verb, not "accused of
    // killing 12 people" or "blamed for two deaths")
    {
        let mut j = first;
        while j > 0 && matches!(ctx.w(j - 1), "all" | "the" | "both") {
            j -= 1;
        }
        let verb = if j > 0 { ctx.w(j - 1) } else { "" };
        if verb.starts_with("accus") || verb.starts_with("blam") {
            return true;
        }
    }
    // what supplies are for: "material to treat about 200 wounded"
    // or plans for them: "intended to move 5,000 families"
    if before2 == "to"
        && matches!(
            before,
            "treat" | "feed" | "house" | "shelter" | "move" | "resettle" | "relocate" | "rehouse"
        )
    {
        return true;
    }
    // "one" as a pronoun: "a second one injured", "the same one"
    if num.value == 1
        && num.form == NumberForm::Words
        && (matches!(before, "second" | "third" | "first" | "other" | "same")
            // "the largest one seized"
            || before.len() > 5 && before.ends_with("est") && ctx.w(first.wrapping_sub(2)) == "the")
    {
        return true;
    }
    // a product: "an iPhone 5 was seized"
    if num.form == NumberForm::Digits
        && first >= 1
        && ctx
            .orig(first - 1)
            .chars()
            .skip(1)
            .any(|c| c.is_ascii_uppercase())
        && ctx
            .orig(first - 1)
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase())
    {
        return true;
    }
    // a group total: "one of the nine suspects was killed", "32 of the 543
    // passengers", "one of its eight crew members"
    if matches!(before, "the" | "its" | "their" | "his" | "her" | "our") && before2 == "of" {
        let q = ctx.w(first.wrapping_sub(3));
        if ctx.is_num(first.wrapping_sub(3))
            // "16 years of the 28 he has served" (but "investigations of
            // the 56 killings" count killings)
            || lexicon::is_thing_noun(q) && lexicon::noun_cue(after).is_none()
            || matches!(
                q,
                "one"
                    | "some"
                    | "most"
                    | "all"
                    | "many"
                    | "none"
                    | "several"
                    | "few"
                    | "both"
                    | "each"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
            )
        {
            return true;
        }
    }
    // the object of a rescue: "rescued some 40,000 civilians trapped"
    if matches!(
        before,
        "rescued"
            | "saved"
            | "freed"
            | "released"
            | "evacuated"
            | "rescuing"
            | "saving"
            | "freeing"
            | "releasing"
            | "evacuating"
            | "pulled"
    ) {
        return true;
    }
    // a criminal record: "had 22 prior arrests", "dozens of prior arrests",
    // "one of his previous arrests", "has had 15 arrests since"
    if let Some(head) = (last + 1..last + 7)
        .take_while(|&j| ctx.is_word(j))
        .find(|&j| matches!(ctx.w(j), "arrests" | "arrest" | "convictions"))
    {
        let record = (last + 1..head).any(|j| {
            matches!(
                ctx.w(j),
                "prior" | "previous" | "past" | "earlier" | "former" | "his" | "her" | "their"
            )
        });
        // "a rap sheet of 20 arrests", "a record of 15 arrests"
        let sheet = before == "of"
            && matches!(before2, "sheet" | "record" | "history")
            && ctx.w(first.wrapping_sub(3)) != "number";
        if record || sheet || matches!(before, "had" | "has" | "have") {
            return true;
        }
    }
    // a prediction or a prevention: "predicted hundreds of fatalities",
    // "could prevent up to 7,000 deaths", "anticipated a body count of 100"
    if (first.saturating_sub(5)..first).any(|j| {
        matches!(
            ctx.w(j),
            "predicted"
                | "predicts"
                | "predict"
                | "predicting"
                | "anticipated"
                | "anticipates"
                | "anticipate"
                | "projected"
                | "projects"
                | "prevent"
                | "prevented"
                | "prevents"
                | "preventing"
                | "avert"
                | "averted"
                | "averting"
                | "save"
                | "saving"
                | "hypothetical"
                | "simulated"
                | "simulation"
                | "scenario"
                | "modeled"
                | "modelled"
                | "pace"
                | "hopes"
                | "hoping"
                | "expect"
                | "expects"
                | "expecting"
                | "forecast"
                | "forecasts"
        ) || ctx.w(j) == "track" && ctx.w(j.wrapping_sub(1)) == "on"
    }) {
        return true;
    }
    // crimes counted beside attempts: "30 murders and attempted murders",
    // "12 killings, attempted killings and conspiracies"
    if matches!(after, "murders" | "killings" | "homicides")
        && matches!(ctx.w(last + 2), "," | "and" | "or")
        && matches!(ctx.w(last + 3), "attempted" | "attempts")
    {
        return true;
    }
    // a group named first, then a part of it: "Of the 60 passengers, 14
    // were injured" counts 14, not 60
    // (but "Of the 150 dead, 100 were identified" names victims: 150 is a toll)
    // ("Of the 115 accounted-for workers, 17 ...": a phrase of a few words)
    if before == "the" && before2 == "of" {
        if let Some(comma) = (last + 2..last + 5).find(|&j| ctx.w(j) == ",") {
            let plain = (last + 1..comma).all(|j| {
                let w = ctx.w(j);
                ctx.is_word(j)
                    && lexicon::noun_cue(w).is_none()
                    && lexicon::verb_cue(w).is_none()
                    && !matches!(w, "dead" | "hostages" | "victims" | "casualties")
            });
            if plain && ctx.is_num(comma + 1) {
                return true;
            }
        }
    }
    // a part of a group of things named first: "Of the 25 lions, 24 were seized"
    if before == ","
        && lexicon::is_thing_noun(before2)
        && ctx.is_num(first.wrapping_sub(3))
        && ctx.w(first.wrapping_sub(4)) == "the"
    {
        return true;
    }
    // a population: "this village of 400", "a town of 2,000"
    if before == "of"
        && matches!(
            before2,
            "village"
                | "town"
                | "city"
                | "community"
                | "county"
                | "country"
                | "nation"
                | "island"
                | "population"
                | "neighborhood"
                | "neighbourhood"
                | "district"
                | "province"
                | "state"
        )
    {
        return true;
    }
    // a thing after a possessive: "one mayor's cellphone had died" (but
    // "one officer's body" and "one sheriff's deputy" are people)
    if (after.ends_with("'s") || after.ends_with("’s"))
        && (lexicon::is_thing_noun(ctx.w(last + 2))
            || matches!(
                ctx.w(last + 2),
                "phone"
                    | "cellphone"
                    | "battery"
                    | "laptop"
                    | "computer"
                    | "engine"
                    | "camera"
                    | "account"
                    | "website"
                    | "career"
                    | "marriage"
            ))
    {
        return true;
    }
    // things after an alternative: "about 6 or 7 or 8 shots"
    if matches!(after, "or" | "to")
        && ctx.is_num(last + 2)
        && lexicon::is_thing_noun(ctx.w(last + 3))
    {
        return true;
    }
    // nobody harmed: "Neither of the two people aboard was hurt"
    if before == "the"
        && before2 == "of"
        && matches!(ctx.w(first.wrapping_sub(3)), "neither" | "none" | "no")
    {
        return true;
    }
    // "seven murders and two attempted murders": attempts kill nobody
    if after == "attempted" {
        return true;
    }
    // a trend, not a range: "the number who died rose from 16 to 47"
    if num.high.is_some()
        && ctx.w(first) == "from"
        && matches!(
            before,
            "rose"
                | "risen"
                | "increased"
                | "grew"
                | "jumped"
                | "climbed"
                | "fell"
                | "dropped"
                | "declined"
                | "decreased"
                | "went"
                | "soared"
        )
    {
        return true;
    }
    // a guess of what was to come: "we thought there were going to be 40 or 50 killed"
    if (first.saturating_sub(4)..first)
        .any(|j| ctx.w(j) == "going" && ctx.w(j + 1) == "to" && ctx.w(j + 2) == "be")
    {
        return true;
    }
    // a guess: "they might be two of the seven kidnapped"
    // (a toll that "could be 5,000" is an estimate, and a claim)
    if before == "be"
        && matches!(before2, "might" | "may" | "could" | "would" | "must")
        && after == "of"
    {
        return true;
    }
    // money: "millions in losses"
    if matches!(ctx.w(first), "millions" | "billions") && after == "in" {
        return true;
    }
    // things counted: "two of the cars were hit", "one of the things"
    if after == "of"
        && matches!(
            ctx.w(last + 2),
            "the" | "their" | "its" | "these" | "those" | "his" | "her" | "our"
        )
        && lexicon::is_thing_noun(ctx.w(last + 3))
    {
        return true;
    }
    // a future or a counterfactual: "we will have more than 12,000 murders",
    // "would have cost 300 lives"
    if matches!(before2, "will" | "would" | "could" | "might" | "'ll")
        && matches!(
            before,
            "have" | "see" | "reach" | "cost" | "claim" | "kill" | "leave"
        )
    {
        return true;
    }
    // a day of the month: "March 3", "on 3 March"
    if num.form == NumberForm::Digits
        && num.value <= 31
        && num.high.is_none()
        && (lexicon::is_month(before) || lexicon::is_month(after))
    {
        return true;
    }
    // a year standing alone: "in 2015", "since 2011"
    let digits = &ctx.text[num.numeral];
    if num.form == NumberForm::Digits
        && digits.len() == 4
        && (1800..=2100).contains(&num.value)
        && lexicon::person_noun(after).is_none()
    {
        return true;
    }
    // a clock time: "at 8 pm", "3 a.m."
    if matches!(
        after,
        "a.m" | "p.m" | "am" | "pm" | "gmt" | "o'clock" | "hrs" | "est" | "edt" | "bst"
    ) {
        return true;
    }
    // a change: "rose by 19", "an increase of 19", "up 12 from"
    if before == "by" {
        return true;
    }
    if before == "of"
        && first >= 2
        && (lexicon::is_change_marker(ctx.w(first - 2))
            || matches!(ctx.w(first - 2), "average" | "rate"))
    {
        return true;
    }
    // an earlier value of a toll: "rose to 92 from 73"
    if before == "from" && first >= 3 && ctx.is_num(first.saturating_sub(2)) {
        return true;
    }
    // a ratio or score: "3-1", "one in five"
    if after == "in" && ctx.is_num(last + 2) {
        return true;
    }
    // "a 12 percent rise", "a $10 fine" are things; per-capita rates: "12 per 100,000"
    if after == "per" || after == "%" || before == "per" {
        return true;
    }
    false
}

fn excluded_range(
    ctx: &Ctx<'_>,
    nums: &[NumberMatch],
    ranges: &[Option<(usize, usize)>],
    k: usize,
) -> bool {
    match ranges[k] {
        Some((first, last)) => excluded(ctx, &nums[k], first, last),
        None => true,
    }
}

/// The category a verb before the figure gives it as its object: "killed
/// at least 34 people", "shot dead 20", "lost 476 troops", "driven 10,000
/// from their homes". `None` for hypotheticals ("threatened to kill 10"),
/// objects that are not people ("seized five farms") and a bare "one".
fn object_verb(ctx: &Ctx<'_>, first: usize, num: &NumberMatch, r: &Right) -> Option<Category> {
    // a step in a running tally: "killed another 5 people, bringing the
    // toll to 40" claims 40
    let another = first >= 2 && ctx.w(first - 1) == "another";
    let np = r.np_end - r.np_len..r.np_end;
    if (another
        || np
            .into_iter()
            .any(|j| matches!(ctx.w(j), "more" | "additional")))
        && tally_step(ctx)
    {
        return None;
    }
    // "injured another 43": the verb is before "another"
    let first = if another { first - 1 } else { first };
    let before = ctx.w(first - 1);
    let before2 = ctx.w(first.wrapping_sub(2));
    let known_people = r.known_people || {
        let o = ctx.orig(r.np_end.saturating_sub(1));
        r.np_len > 0
            && r.people
            && o.ends_with('s')
            && o.chars().next().is_some_and(|c| c.is_uppercase())
            && !ctx.all_caps()
    };
    let (cat, verb_at) = match (before2, before) {
        // "shot dead 20 people", "fatally shooting three women"
        ("shot", "dead") => (Category::Killed, first - 2),
        ("fatally", "shooting" | "shot" | "stabbing" | "stabbed" | "wounding" | "wounded") => {
            (Category::Killed, first - 2)
        }
        // "killed or wounded 400"
        ("or", "wounded" | "injured")
            if matches!(ctx.w(first.wrapping_sub(3)), "killed" | "dead") =>
        {
            (Category::Casualties, first - 3)
        }
        // "lost 476 troops"
        (_, "lost" | "losing" | "lose") if known_people => (Category::Killed, first - 1),
        // "drove 10,000 from their homes", "forced millions to flee"
        (_, "driven" | "drove" | "forced" | "forcing" | "driving")
            if matches!(
                (ctx.w(r.np_end), ctx.w(r.np_end + 1)),
                ("from", "their") | ("to", "flee") | ("out", "of") | ("from", "the")
            ) =>
        {
            (Category::Displaced, first - 1)
        }
        // "shot 49 people to death", "stabbed three to death"
        (_, "shot" | "stabbed" | "beaten" | "beat" | "hacked" | "burned" | "shooting")
            if (ctx.w(r.np_end), ctx.w(r.np_end + 1)) == ("to", "death") =>
        {
            (Category::Killed, first - 1)
        }
        _ => {
            let c = lexicon::verb_cue(before)?;
            if c.role == Role::After {
                return None;
            }
            (c.category, first - 1)
        }
    };
    // who took them decides: "the militia captured 220 Assyrians" is an
    // abduction, "police detained 30" an arrest
    let cat = if cat == Category::Arrested {
        let by_fighters = (verb_at.saturating_sub(5)..verb_at).any(|j| {
            let w = ctx.w(j);
            matches!(
                lexicon::person_noun(w),
                Some(Some(crate::claim::Victims::Fighters))
            ) || matches!(
                w,
                "militia"
                    | "militias"
                    | "isis"
                    | "isil"
                    | "bandits"
                    | "pirates"
                    | "kidnappers"
                    | "cartel"
                    | "gang"
                    | "gangs"
                    | "rebel"
            )
        });
        if by_fighters {
            Category::Kidnapped
        } else {
            cat
        }
    } else {
        cat
    };
    // hypotheticals and threats: "threatened to kill 10", "could kill 100",
    // "can quickly kill thousands"
    let mut aux = ctx.w(verb_at.wrapping_sub(1));
    let mut back = 1;
    if aux.ends_with("ly") || matches!(aux, "each" | "all" | "also" | "then") {
        back = 2;
        aux = ctx.w(verb_at.wrapping_sub(2));
    }
    // a camera's catch, not an arrest: "the video captured eight men"
    if matches!(ctx.w(verb_at), "captured" | "caught" | "shot")
        && (verb_at.saturating_sub(4)..verb_at).any(|j| {
            matches!(
                ctx.w(j),
                "video"
                    | "videos"
                    | "camera"
                    | "cameras"
                    | "footage"
                    | "photo"
                    | "photos"
                    | "surveillance"
            )
        })
    {
        return None;
    }
    // "would have killed thousands"
    if aux == "have"
        && matches!(
            ctx.w(verb_at.wrapping_sub(back + 1)),
            "would" | "could" | "should"
        )
    {
        return None;
    }
    if matches!(
        aux,
        "to" | "could"
            | "would've"
            | "could've"
            | "might've"
            | "should've"
            | "would’ve"
            | "could’ve"
            | "might’ve"
            | "should’ve"
            | "must"
            | "would"
            | "will"
            | "may"
            | "might"
            | "can"
            | "cannot"
            | "should"
            | "not"
            | "never"
            | "threatened"
            | "threatening"
            | "vowed"
    ) {
        return None;
    }
    // objects that must be people: "seized five farms", "shot one"
    let strict =
        matches!(before, "seized" | "captured" | "shot" | "stabbed" | "hurt") || num.value == 1;
    if strict && !known_people {
        // "killing one and wounding two" keeps a bare figure in a list
        let listed = matches!(ctx.w(r.np_end), "and" | "," | "or")
            && r.np_len == 0
            && ctx.is_num(r.np_end + 1);
        // "the blast killed one" ends its clause with the bare figure
        let ends = r.np_len == 0
            && matches!(
                before,
                "killed" | "killing" | "wounding" | "injuring" | "wounded" | "injured"
            )
            && (!ctx.is_word(r.np_end)
                || matches!(
                    ctx.w(r.np_end),
                    "and" | "in" | "on" | "at" | "before" | "after" | "when"
                ));
        if !listed && !ends {
            return None;
        }
    }
    // an object that is not a noun phrase we can read: "seized one M-16"
    if r.np_len == 0
        && ctx.is_word(r.np_end)
        && !ctx.is_num(r.np_end)
        && !is_np_stop(ctx.w(r.np_end))
        && !lexicon::is_aux(ctx.w(r.np_end))
    {
        return None;
    }
    Some(cat)
}

/// Whether the figure at tokens `[first, last]` is a rate stated as a
/// general truth rather than a toll: a verb in the present tense near it and
/// a frequency in the sentence.
///
/// ```text
/// "More than a million people die every year in road crashes"  -> true
/// "Each year, drivers backing up kill 200 people"              -> true
/// "about 150 arrests are made each year"                       -> true
/// "At least 20 people were killed every day last week"         -> false (past)
/// "a problem that was killing 5,000 people a year"             -> true (a pace)
/// "Two people die in a crash a year after the bridge opened"   -> false
/// ```
fn generic_rate(ctx: &Ctx<'_>, first: usize, last: usize) -> bool {
    const UNITS: &[&str] = &["year", "day", "week", "month", "hour", "minute", "decade"];
    // "each year", "every day", "per week", "annually"; "a year" unless it
    // is a time ("a year ago", "for a year", "a year after")
    let frequency = |i: usize| match ctx.w(i) {
        "annually" | "yearly" => true,
        "each" | "every" | "per" => UNITS.contains(&ctx.w(i + 1)),
        "a" | "an" => {
            UNITS.contains(&ctx.w(i + 1))
                && !matches!(
                    ctx.w(i + 2),
                    "ago"
                        | "after"
                        | "before"
                        | "earlier"
                        | "later"
                        | "since"
                        | "into"
                        | "of"
                        | "old"
                        | "long"
                        | "or"
                        | "and"
                )
                && !matches!(
                    ctx.w(i.wrapping_sub(1)),
                    "in" | "within"
                        | "for"
                        | "over"
                        | "than"
                        | "about"
                        | "nearly"
                        | "almost"
                        | "after"
                        | "before"
                        | "by"
                        | "of"
                        | "half"
                        | "once"
                        | "twice"
                        | "last"
                        | "next"
                        | "past"
                )
        }
        _ => false,
    };
    let lo = first.saturating_sub(12);
    let Some(f) = (lo..last + 14).find(|&i| frequency(i)) else {
        return false;
    };
    // an average or a pace is a rate in any tense: "on average, 24 people
    // were displaced every minute", "a disease that was killing 5,000 a year"
    if matches!(ctx.w(f + 1), "minute" | "hour")
        || (lo..last + 14).any(|j| matches!(ctx.w(j), "average" | "killing" | "dying"))
    {
        return true;
    }
    // the verb near the figure: present ("die", "kills", "are killed") and
    // no past ("died", "were killed", "have died")
    let mut present = false;
    for j in first.saturating_sub(6)..last + 8 {
        match ctx.w(j) {
            // (a verb well before the figure is another clause's: "It was
            // one of 500 arrests they make each year")
            "was" | "were" | "had" | "have" | "has" | "died" | "perished" | "lost" | "fled"
            | "will" | "would" | "could" | "may" | "might"
                if j + 2 >= first =>
            {
                return false
            }
            "die" | "dies" | "kill" | "kills" | "perish" | "perishes" | "lose" | "loses"
            | "succumb" | "succumbs" | "flee" | "flees" | "injure" | "injures" | "wound"
            | "wounds" | "claim" | "claims" | "claiming" | "cause" | "causes" | "causing"
            // "one of 500 to 600 arrests they make each year"
            | "make" | "makes" => {
                present = true
            }
            "are" | "is" | "get" | "gets" => {
                present |= lexicon::verb_cue(ctx.w(j + 1)).is_some()
                    || ctx.w(j + 1) == "made" && j > last
                    // "each year there are almost a million deaths"
                    || ctx.w(j.wrapping_sub(1)) == "there" && j < first
            }
            _ => {}
        }
    }
    present
}

/// Whether the sentence says a tally moved: "bringing the toll to 11".
fn tally_step(ctx: &Ctx<'_>) -> bool {
    // "bringing the toll", "bringing the official death toll", "bringing the
    // total to 42", "bringing the traffic fatality count up to ten"
    (0..ctx.toks.len()).any(|i| {
        matches!(
            ctx.w(i),
            "bringing" | "raising" | "pushing" | "taking" | "brings" | "raises"
        ) && (i + 2..i + 5).any(|j| {
            lexicon::is_toll_noun(ctx.w(j)) || matches!(ctx.w(j), "total" | "number" | "count")
        })
    })
}

/// "the death toll rose to 92", "a toll of at least 26", "the number of
/// injured reached 300": the category, when a toll stands before `first`.
fn toll_before(ctx: &Ctx<'_>, first: usize) -> Option<Category> {
    let link = ctx.w(first - 1);
    let links = matches!(
        link,
        "to" | "at"
            | "of"
            | "reached"
            | "hit"
            | "passed"
            | "topped"
            | "surpassed"
            | "exceeded"
            | "is"
            | "was"
            | "stood"
            | "stands"
            | "now"
            | "climbed"
            | "rose"
            | "reaches"
            | "hits"
            | "tops"
            | "numbered"
            | "totaled"
            | "totalled"
            | "stand"
            | "put"
            | "placed"
            | "past"
            | "as"
            | "be"
    );
    if !links {
        return None;
    }
    let lo = first.saturating_sub(16);
    let mut i = first - 1;
    while i > lo {
        i -= 1;
        // "the death toll rose by 19 to 112": the change is skipped
        if let Some(k) = ctx.in_num[i] {
            let mut s0 = i;
            while s0 > 0 && ctx.in_num[s0 - 1] == Some(k) {
                s0 -= 1;
            }
            if s0 > 0 && ctx.w(s0 - 1) == "by" {
                i = s0 - 1;
                continue;
            }
            return None;
        }
        // "puts the death toll lower, at about 2,850"
        if ctx.w(i) == "," && i + 2 == first && ctx.w(i + 1) == "at" {
            continue;
        }
        if !ctx.is_word(i) && ctx.w(i) != "-" {
            return None;
        }
        let w = ctx.w(i);
        if lexicon::is_change_marker(w) && w != "rise" {
            return None;
        }
        if lexicon::is_toll_noun(w) {
            // "U.S. 1987 TOLL TO 10", "the toll of bank failures": not people
            if ctx.is_num(i.wrapping_sub(1))
                || (0..ctx.toks.len())
                    .any(|j| matches!(ctx.w(j), "failures" | "closures" | "bankruptcies"))
            {
                return None;
            }
            return Some(match ctx.w(i.wrapping_sub(1)) {
                "injury" | "injuries" => Category::Injured,
                "casualty" => Category::Casualties,
                "arrest" => Category::Arrested,
                _ if w == "count" && !matches!(ctx.w(i.wrapping_sub(1)), "death" | "body") => {
                    return None
                }
                _ => Category::Killed,
            });
        }
        // "the number of dead rose to", "the number of people killed reached"
        if w == "number" && ctx.w(i + 1) == "of" {
            for j in i + 2..first - 1 {
                if let Some(c) = lexicon::noun_cue(ctx.w(j)) {
                    return Some(c);
                }
                if let Some(c) = lexicon::verb_cue(ctx.w(j)) {
                    return Some(c.category);
                }
            }
            return None;
        }
    }
    None
}

/// "the dead included 17 tourists", "among the dead were 5 children".
fn group_before(ctx: &Ctx<'_>, first: usize) -> Option<Category> {
    let link = ctx.w(first - 1);
    if !matches!(
        link,
        "included" | "include" | "includes" | "including" | "were" | "are" | "numbered"
    ) {
        return None;
    }
    let lo = first.saturating_sub(6);
    for i in (lo..first - 1).rev() {
        let w = ctx.w(i);
        if !ctx.is_word(i) && w != "," {
            return None;
        }
        if matches!(
            w,
            "dead"
                | "killed"
                | "wounded"
                | "injured"
                | "hurt"
                | "missing"
                | "casualties"
                | "arrested"
                | "detained"
        ) && matches!(ctx.w(i.wrapping_sub(1)), "the" | "those")
        {
            return lexicon::noun_cue(w).or(lexicon::verb_cue(w).map(|c| c.category));
        }
        if w == "toll" {
            return Some(Category::Killed);
        }
    }
    None
}

/// Whether refugees near the figure (`first`, `end`) are admitted,
/// resettled or screened, not driven out: "caps the number of refugees
/// admitted at 50,000", "resettle 500 refugees".
fn refugee_policy(ctx: &Ctx<'_>, first: usize, end: usize) -> bool {
    (first.saturating_sub(8)..end + 8).any(|j| {
        let w = ctx.w(j);
        [
            "admit",
            "admission",
            "resettl",
            "accept",
            "welcom",
            "vett",
            "investigat",
        ]
        .iter()
        .any(|p| w.starts_with(p))
            || matches!(w, "cap" | "caps" | "capped" | "quota" | "visas")
            // "in return for the EU taking in thousands of Syrian refugees"
            || matches!(w, "take" | "takes" | "taking" | "took") && ctx.w(j + 1) == "in"
            // "the government will take 500 refugees"
            || matches!(w, "take" | "takes" | "taking" | "took") && j + 1 == first
    })
}

/// Determiners and object pronouns: a word that opens a verb's object
/// ("shot him", "killed the man", "arrested my cousin").
fn opens_object(w: &str) -> bool {
    matches!(
        w,
        "him"
            | "her"
            | "them"
            | "a"
            | "an"
            | "the"
            | "his"
            | "their"
            | "its"
            | "my"
            | "our"
            | "your"
            | "me"
            | "us"
    )
}

/// Whether an object follows a verb, making it active: "arrested her",
/// "arrested the man", "arrested and pepper-sprayed her".
fn object_follows(ctx: &Ctx<'_>, i: usize) -> bool {
    opens_object(ctx.w(i))
        || ctx.w(i) == "and" && (i + 1..i + 4).any(|j| matches!(ctx.w(j), "him" | "her" | "them"))
}

/// Whether the subject of the verb at `verb` ("included") names victims or
/// points back to them: "the victims included", "those killed included",
/// "they included", "that includes"; within six words back.
fn casualty_subject(ctx: &Ctx<'_>, verb: usize) -> bool {
    (verb.saturating_sub(6)..verb).any(|j| {
        let w = ctx.w(j);
        lexicon::noun_cue(w).is_some()
            || lexicon::verb_cue(w).is_some()
            || matches!(
                w,
                "victims"
                    | "victim"
                    | "casualties"
                    | "toll"
                    | "they"
                    | "them"
                    | "those"
                    | "dead"
                    | "that"
                    | "this"
                    | "which"
                    | "it"
            )
    })
}

/// After the noun phrase ending at `np_end`: "and" / "," / "or" then a figure.
fn next_joined(ctx: &Ctx<'_>, np_end: usize) -> Option<usize> {
    let mut i = np_end;
    // "16 from Unity and 21 from Lake were killed"
    if matches!(ctx.w(i), "from" | "in" | "at") {
        let mut j = i + 1;
        while j < i + 4
            && ctx.is_word(j)
            && !ctx.is_num(j)
            && ctx.orig(j).chars().next().is_some_and(|c| c.is_uppercase())
        {
            j += 1;
        }
        if j == i + 1 {
            return None;
        }
        i = j;
    }
    if matches!(ctx.w(i), "and" | "," | "or") {
        let j = if ctx.w(i) == "," && ctx.w(i + 1) == "and" {
            i + 2
        } else {
            i + 1
        };
        if ctx.num_at(j).is_some() {
            return Some(j);
        }
    }
    None
}

/// Whether only a place phrase and "and" / "," / "--" stand between the end
/// of the claim before (`last0`) and this figure (`first`).
fn elided_after(ctx: &Ctx<'_>, last0: usize, first: usize) -> bool {
    if first <= last0 + 1 || first > last0 + 10 {
        return false;
    }
    let joiner = ctx.w(first - 1);
    let joined = matches!(joiner, "and" | "," | "--" | "—" | ":" | ";")
        || (joiner == "-" && ctx.w(first - 2) == "-")
        // "15 soldiers died this month, compared to nine in March"
        || (matches!(joiner, "to" | "with") && ctx.w(first - 2) == "compared");
    if !joined {
        return false;
    }
    // what stands between must not hold a verb of its own
    (last0 + 1..first - 1).all(|i| {
        let w = ctx.w(i);
        !ctx.is_num(i)
            && lexicon::verb_cue(w)
                .map(|c| c.role != Role::Before)
                .unwrap_or(true)
            && !matches!(
                w,
                "said"
                    | "says"
                    | "told"
                    | "according"
                    | "while"
                    | "but"
                    | "which"
                    | "who"
                    | "after"
                    | "when"
            )
            && (w != "to" && w != "with" || ctx.w(i.wrapping_sub(1)) == "compared")
    })
}

/// After an elided figure: a place or the end of the clause, not a new verb.
fn ellipsis_tail(ctx: &Ctx<'_>, np_end: usize) -> bool {
    let w = ctx.w(np_end);
    matches!(
        w,
        "in" | "from"
            | "at"
            | "on"
            | "inside"
            | "outside"
            | "."
            | ","
            | ";"
            | ")"
            | ""
            | "and"
            | "--"
            | "—"
            | "-"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_total_after_a_possessive_is_no_toll() {
        // "one of its nine crew members": nine is the crew, not the dead
        for text in [
            "The tanker sank and one of its nine crew members was killed.",
            "Two of their 40 passengers were hurt.",
        ] {
            let claims = crate::scan(text);
            assert!(
                !claims
                    .iter()
                    .any(|c| c.figure.value == 9 || c.figure.value == 40),
                "{text:?}: {claims:?}"
            );
        }
    }

    #[test]
    fn every_builtin_matches_its_example() {
        let mut failures = Vec::new();
        for r in builtin() {
            let claims = crate::scan(r.example);
            if !claims.iter().any(|c| c.recognizer == r.name) {
                failures.push(format!(
                    "{}: {:?} gave {:?}",
                    r.name,
                    r.example,
                    claims
                        .iter()
                        .map(|c| (c.recognizer, c.figure.value))
                        .collect::<Vec<_>>()
                ));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }
}
