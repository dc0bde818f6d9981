//! Attribution: who a figure comes from.
//!
//! Within a sentence the reporting shapes are read from its tokens:
//!
//! | shape | example |
//! |---|---|
//! | subject, then verb | "the Syrian Observatory for Human Rights said Wednesday that ..." |
//! | verb, then subject | "..., said Ann Harrison, deputy director at Amnesty International" |
//! | according to / citing | "according to Iraq's Interior Ministry" |
//! | a pronoun or definite noun | "it said", "the group said", "the ministry added" |
//!
//! A person speaking for an organization is attributed to the organization
//! ("said Ann Harrison, ... at Amnesty International"); a person alone is the
//! person; an unnamed body is its descriptor without the article ("an
//! opposition group said" is "opposition group"). Pronouns and definite
//! nouns point back to the last source named in the two sentences before.
//!
//! Known organizations and their aliases ([`Organizations`]) make "SOHR",
//! "the Britain-based monitor" and "the Syrian Observatory for Human
//! Rights" one source.

use crate::claim::{Source, SourceKind, Span};
use crate::sentence::{Token, TokenKind};
use std::borrow::Cow;

/// Organizations a scanner knows by name, with their aliases.
///
/// ```
/// let mut orgs = casualty::Organizations::builtin();
/// orgs.add("Iraq Body Count", &["IBC", "the casualty monitor"]);
/// assert_eq!(orgs.canonical("IBC"), Some("Iraq Body Count"));
/// assert_eq!(orgs.canonical("SOHR"), Some("Syrian Observatory for Human Rights"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Organizations {
    /// (alias, index into `names`), longest alias first.
    aliases: Vec<(String, usize)>,
    /// Each alias of `aliases` in lower case, for [`Organizations::find_in`].
    lower: Vec<String>,
    /// How each alias of `aliases` matches, worked out once.
    kinds: Vec<AliasKind>,
    names: Vec<String>,
}

/// The built-in casualty sources: UN bodies, monitors, agencies, news agencies.
const BUILTIN: &[(&str, &[&str])] = &[
    (
        "Syrian Observatory for Human Rights",
        &[
            "SOHR",
            "Syrian Observatory",
            "Britain-based monitor",
            "British-based monitor",
            "Britain-based monitoring group",
            "UK-based monitor",
            "U.K.-based monitor",
            "London-based monitor",
            "Britain-based Observatory",
            "British-based Observatory",
            "Observatory",
        ],
    ),
    (
        "Local Coordination Committees of Syria",
        &["Local Coordination Committees", "LCC"],
    ),
    ("Syrian Network for Human Rights", &["SNHR"]),
    ("Violations Documentation Center", &["VDC"]),
    (
        "U.N. refugee agency (UNHCR)",
        &[
            "UNHCR",
            "U.N. refugee agency",
            "UN refugee agency",
            "United Nations refugee agency",
            "UN High Commissioner for Refugees",
            "U.N. High Commissioner for Refugees",
        ],
    ),
    (
        "UN Office for the Coordination of Humanitarian Affairs",
        &["OCHA"],
    ),
    (
        "UNICEF",
        &["United Nations Children's Fund", "U.N. children's agency"],
    ),
    ("World Health Organization", &["WHO"]),
    ("United Nations", &["U.N.", "UN"]),
    (
        "International Committee of the Red Cross",
        &["ICRC", "Red Cross"],
    ),
    ("Amnesty International", &["Amnesty"]),
    ("Human Rights Watch", &["HRW"]),
    (
        "Doctors Without Borders",
        &[
            "MSF",
            "Medecins Sans Frontieres",
            "Médecins Sans Frontières",
        ],
    ),
    ("International Organization for Migration", &["IOM"]),
    ("Iraq Body Count", &["IBC"]),
    ("Armed Conflict Location & Event Data Project", &["ACLED"]),
    ("Uppsala Conflict Data Program", &["UCDP"]),
    ("Airwars", &[]),
    ("B'Tselem", &[]),
    ("Reuters", &[]),
    ("Associated Press", &["AP"]),
    ("Agence France-Presse", &["AFP", "France-Presse"]),
    ("Xinhua", &["Xinhua news agency"]),
    ("SANA", &["Syrian Arab News Agency"]),
    ("Anadolu Agency", &["Anadolu"]),
    ("Interfax", &[]),
    ("TASS", &["Itar-Tass"]),
    ("RIA Novosti", &["Ria-Novosti"]),
    ("Al Jazeera", &["Al-Jazeera"]),
    ("CNN", &[]),
    ("BBC", &[]),
];

impl Organizations {
    /// No organizations.
    ///
    /// ```
    /// assert_eq!(casualty::Organizations::new().canonical("SOHR"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new() -> Organizations {
        Organizations::default()
    }

    /// The built-in list of usual casualty sources.
    ///
    /// ```
    /// let orgs = casualty::Organizations::builtin();
    /// assert_eq!(orgs.canonical("ICRC"), Some("International Committee of the Red Cross"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builtin() -> Organizations {
        let mut o = Organizations::new();
        for (name, aliases) in BUILTIN {
            o.add(name, aliases);
        }
        o
    }

    /// Adds an organization with its aliases. Empty names and aliases are
    /// ignored; [`crate::ScannerBuilder::organization`] refuses them instead.
    ///
    /// ```
    /// let mut orgs = casualty::Organizations::new();
    /// orgs.add("Violations Documentation Center", &["VDC"]);
    /// assert_eq!(orgs.canonical("VDC"), Some("Violations Documentation Center"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(&mut self, name: &str, aliases: &[&str]) -> &mut Organizations {
        let name = name.trim();
        if name.is_empty() {
            return self;
        }
        let idx = match self.names.iter().position(|n| n == name) {
            Some(i) => i,
            None => {
                self.names.push(name.to_string());
                self.names.len() - 1
            }
        };
        for a in std::iter::once(&name).chain(aliases.iter()) {
            let a = a.trim();
            if !a.is_empty() {
                self.aliases.retain(|(x, _)| x != a);
                self.aliases.push((a.to_string(), idx));
            }
        }
        self.aliases.sort_by_key(|a| std::cmp::Reverse(a.0.len()));
        self.lower = self.aliases.iter().map(|(a, _)| a.to_lowercase()).collect();
        self.kinds = self
            .aliases
            .iter()
            .map(|(a, i)| {
                if a.chars().all(|c| !c.is_lowercase()) {
                    AliasKind::Acronym
                } else if !a.contains(' ')
                    && a.chars().next().is_some_and(|c| c.is_uppercase())
                    && self.names[*i] != *a
                {
                    AliasKind::WholePhrase
                } else {
                    AliasKind::Words
                }
            })
            .collect();
        self
    }

    /// The canonical name of an exact name or alias.
    ///
    /// ```
    /// let orgs = casualty::Organizations::builtin();
    /// assert_eq!(orgs.canonical("Amnesty"), Some("Amnesty International"));
    /// assert_eq!(orgs.canonical("nobody"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn canonical(&self, name: &str) -> Option<&str> {
        let name = name.trim();
        self.aliases
            .iter()
            .find(|(a, _)| a == name || (a.len() > 5 && a.eq_ignore_ascii_case(name)))
            .map(|(_, i)| self.names[*i].as_str())
    }

    /// The organization named anywhere in `phrase`, longest alias first.
    /// Acronyms (all capitals) match only in their own case and never when
    /// the sentence is written all in capitals (`caps`).
    pub(crate) fn find_in(&self, phrase: &str, caps: bool) -> Option<&str> {
        let bare = phrase
            .trim()
            .trim_start_matches("the ")
            .trim_start_matches("The ");
        let mut phrase_lower: Option<String> = None;
        for (((alias, idx), alias_lower), kind) in
            self.aliases.iter().zip(&self.lower).zip(&self.kinds)
        {
            let (hay, needle) = match kind {
                AliasKind::Acronym if caps => continue,
                AliasKind::Acronym => (phrase, alias.as_str()),
                // a one-word common alias ("Observatory") names the
                // organization only as the whole phrase, not inside another name
                AliasKind::WholePhrase => {
                    if bare.eq_ignore_ascii_case(alias) {
                        return Some(self.names[*idx].as_str());
                    }
                    continue;
                }
                AliasKind::Words => (
                    phrase_lower
                        .get_or_insert_with(|| phrase.to_lowercase())
                        .as_str(),
                    alias_lower.as_str(),
                ),
            };
            if contains_word(hay, needle) {
                return Some(self.names[*idx].as_str());
            }
        }
        None
    }
}

/// How an alias is looked for in a phrase.
#[derive(Debug, Clone, Copy)]
enum AliasKind {
    /// All capitals ("ICRC"): in its own case, never in an all-caps sentence.
    Acronym,
    /// A one-word common alias ("Observatory"): only as the whole phrase.
    WholePhrase,
    /// Anything else: as whole words, case folded.
    Words,
}

/// The byte offset of `needle` in `hay` at or after `from`. Phrases are a
/// few words long, so a plain loop beats building a two-way searcher for
/// each of the hundred aliases.
fn find_from(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    let last_start = h.len().checked_sub(n.len())?;
    (from..=last_start).find(|&s| h[s] == first && &h[s..s + n.len()] == n)
}

fn contains_word(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    // a match starts on a char boundary: its first byte equals the needle's,
    // which opens a char
    while let Some(s) = find_from(hay, needle, from) {
        let e = s + needle.len();
        let ok_l = hay[..s]
            .chars()
            .next_back()
            .map(|c| !c.is_alphanumeric())
            .unwrap_or(true);
        let ok_r = hay[e..]
            .chars()
            .next()
            .map(|c| !c.is_alphanumeric())
            .unwrap_or(true);
        if ok_l && ok_r {
            return true;
        }
        from = s + hay[s..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
    }
    false
}

fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    letters > 3
}

/// One reporting expression in a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Attribution {
    /// Who, when it is named here; `None` for a pronoun still to resolve.
    pub source: Option<Source>,
    /// The reporting verb ("said", "according to").
    pub verb: Span,
    /// The whole expression, subject and verb.
    pub span: Span,
    /// A pronoun or definite noun pointing back ("it", "the group").
    pub anaphor: Option<Anaphor>,
}

/// What a pointing-back subject can stand for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Anaphor {
    /// "it", "they", "the source", "the statement"
    Any,
    /// "he", "she"
    Person,
    /// "the ministry", "the group": a descriptor that should match a name
    Noun(String),
}

/// Reporting verbs whose subject stands before them.
fn is_report_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "reported"
            | "reports"
            | "report"
            | "added"
            | "adds"
            | "estimated"
            | "estimates"
            | "estimate"
            | "stated"
            | "confirmed"
            | "confirms"
            | "confirm"
            | "reporting"
            | "saying"
            | "found"
            | "finds"
            | "showed"
            | "shows"
            | "estimating"
            | "fears"
            | "believes"
            | "adding"
            | "announced"
            | "announces"
            | "counted"
            | "recorded"
            | "documented"
            | "tallied"
            | "noted"
            | "wrote"
            | "writes"
            | "claimed"
            | "claims"
            | "quoted"
            | "put"
            | "puts"
            | "putting"
            | "insisted"
            | "explained"
            | "acknowledged"
            | "tweeted"
            | "posted"
            | "warned"
    )
}

/// Words that cannot be inside a source's name phrase.
fn is_subject_stop(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "and"
            | "but"
            | "while"
            | "which"
            | "who"
            | "as"
            | "when"
            | "after"
            | "before"
            | "because"
            | "if"
            | "where"
            | "than"
            | "were"
            | "was"
            | "are"
            | "is"
            | "been"
            | "had"
            | "have"
            | "has"
            | "killed"
            | "dead"
            | "died"
            | "wounded"
            | "injured"
            | "so"
            | "also"
            | "later"
            | "earlier"
            | "then"
            | "yet"
            | "not"
            | "never"
            | "still"
            | "previously"
            | "reportedly"
            | "officially"
            | "separately"
            | "meanwhile"
            | "however"
    )
}

fn is_day_word(w: &str) -> bool {
    crate::lexicon::is_day_name(w)
        || matches!(
            w,
            "on" | "late"
                | "early"
                | "earlier"
                | "last"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
                | "this"
                | "in"
                | "a"
                | "statement"
                | "separate"
                | "written"
                | "also"
        )
}

/// Words that make a capitalised phrase an organization, not a person.
pub(crate) fn is_org_word(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "ministry"
            | "committee"
            | "committees"
            | "council"
            | "agency"
            | "office"
            | "observatory"
            | "organization"
            | "organisation"
            | "department"
            | "police"
            | "army"
            | "forces"
            | "force"
            | "command"
            | "commission"
            | "network"
            | "center"
            | "centre"
            | "cross"
            | "crescent"
            | "service"
            | "services"
            | "authority"
            | "authorities"
            | "government"
            | "union"
            | "association"
            | "group"
            | "front"
            | "battalion"
            | "brigade"
            | "news"
            | "press"
            | "times"
            | "post"
            | "radio"
            | "tv"
            | "television"
            | "institute"
            | "foundation"
            | "watch"
            | "international"
            | "coalition"
            | "administration"
            | "bureau"
            | "court"
            | "hospital"
            | "university"
            | "company"
            | "party"
            | "movement"
            | "military"
            | "navy"
            | "guard"
            | "unit"
            | "station"
            | "church"
            | "mission"
            | "program"
            | "programme"
            | "fund"
            | "bank"
            | "parliament"
            | "senate"
            | "congress"
            | "embassy"
            | "consulate"
            | "media"
            | "journal"
            | "herald"
            | "tribune"
            | "daily"
            | "gazette"
            | "channel"
            | "broadcaster"
            | "fdny"
            | "nypd"
            | "sheriff's"
            | "sheriff"
            | "corps"
            | "nations"
            | "fire"
            | "rescue"
            | "red"
            | "monitor"
            | "ministry's"
            | "headquarters"
            | "staff"
            | "secretariat"
            | "federation"
            | "alliance"
            | "commissioner"
            | "directorate"
            | "inc"
            | "corp"
            | "ltd"
            | "region"
            | "state"
            | "province"
            | "city"
            | "county"
            | "municipality"
            | "assembly"
            | "cabinet"
            | "presidency"
            | "palace"
            | "house"
            | "charity"
            | "ngo"
            | "hospitals"
            | "clinic"
    )
}

/// Titles that precede a person's name.
fn is_title(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().trim_end_matches('.'),
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "gen"
            | "maj"
            | "col"
            | "lt"
            | "capt"
            | "sgt"
            | "gov"
            | "sen"
            | "rep"
            | "president"
            | "minister"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "chief"
            | "commander"
            | "general"
            | "mayor"
            | "governor"
            | "director"
            | "secretary"
            | "officer"
            | "inspector"
            | "superintendent"
            | "commissioner"
            | "sheriff"
            | "captain"
            | "lieutenant"
            | "colonel"
            | "major"
            | "sergeant"
            | "detective"
            | "deputy"
            | "premier"
            | "ambassador"
            | "envoy"
            | "head"
    )
}

/// The token's text in lower case, borrowed when it has no capitals (most
/// tokens), so reading a sentence allocates only for capitalised words.
fn lower<'a>(text: &'a str, t: &Token) -> Cow<'a, str> {
    let s = &text[t.span];
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// Reads every reporting expression in the sentence with tokens `toks`.
pub(crate) fn find(text: &str, toks: &[Token], orgs: &Organizations) -> Vec<Attribution> {
    let mut out = Vec::new();
    let w = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    // a headline's source after a colon: "Bombs kill 140 in two cities: monitor"
    if let Some(c) = toks.iter().rposition(|t| &text[t.span] == ":") {
        let tail = toks.len() - c - 1;
        let words = (c + 1..toks.len()).all(|k| toks[k].kind == TokenKind::Word);
        if (1..=4).contains(&tail) && words && c > 3 {
            if let Some(src) = classify(text, toks, c + 1, toks.len(), orgs) {
                out.push(Attribution {
                    source: Some(src),
                    verb: toks[c].span,
                    span: Span::new(toks[c].span.start, toks[toks.len() - 1].span.end),
                    anaphor: None,
                });
            }
        }
    }
    let mut i = 0;
    while i < toks.len() {
        let wi = w(i);
        // "according to X", "citing X"
        if (wi == "according" && w(i + 1) == "to") || wi == "citing" {
            let start = if wi == "citing" { i + 1 } else { i + 2 };
            let end = phrase_forward(text, toks, start);
            if end > start {
                if let Some(src) = classify(text, toks, start, end, orgs) {
                    out.push(Attribution {
                        source: Some(src),
                        verb: toks[i].span,
                        span: Span::new(toks[i].span.start, toks[end - 1].span.end),
                        anaphor: None,
                    });
                }
            }
            i = end.max(i + 1);
            continue;
        }
        if is_report_verb(&wi) {
            // "claimed responsibility", "put forward" are not reports
            // "claimed 500 lives" is a toll, not a report; only "claimed that" reports
            if (wi == "claimed" || wi == "claims") && w(i + 1) != "that" {
                i += 1;
                continue;
            }
            // "causing estimated damage" is not a report: a report's object follows
            if matches!(
                wi.as_ref(),
                "estimated" | "estimates" | "estimate" | "found" | "finds" | "showed" | "shows"
            ) && !matches!(
                w(i + 1).as_ref(),
                "that" | "the" | "at" | "there" | "." | "," | ""
            ) && !toks.get(i + 1).is_some_and(|t| {
                text[t.span]
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_digit())
            }) {
                i += 1;
                continue;
            }
            if matches!(wi.as_ref(), "put" | "puts" | "putting")
                && !(matches!(w(i + 1).as_ref(), "the" | "its" | "their")
                    && matches!(
                        w(i + 2).as_ref(),
                        "toll" | "death" | "number" | "figure" | "total"
                    ))
            {
                i += 1;
                continue;
            }
            // after a comma or a closing quote the subject may follow the
            // verb: '"Nine died," said Mara Voss'; else it stands before
            let inverted = i > 0
                && matches!(w(i - 1).as_ref(), "," | "\"" | "”" | "’" | "'")
                && matches!(
                    wi.as_ref(),
                    "said"
                        | "says"
                        | "say"
                        | "added"
                        | "adds"
                        | "reported"
                        | "wrote"
                        | "told"
                        | "tweeted"
                        | "explained"
                        | "warned"
                        | "insisted"
                        | "noted"
                        | "stated"
                );
            // ", saying ..." continues the subject of the main clause
            if matches!(wi.as_ref(), "saying" | "adding") && i > 0 && w(i - 1) == "," {
                if let Some(prev) = out.last().cloned() {
                    out.push(Attribution {
                        verb: toks[i].span,
                        span: toks[i].span,
                        ..prev
                    });
                }
                i += 1;
                continue;
            }
            let found = if inverted {
                subject_after(text, toks, i, orgs).or_else(|| subject_before(text, toks, i, orgs))
            } else {
                subject_before(text, toks, i, orgs).or_else(|| subject_after(text, toks, i, orgs))
            };
            match found {
                Some(a) => out.push(a),
                // "Al-Mayadeen TV also reported a massacre and said ...": the
                // subject of the verb before
                None if i > 0 && w(i - 1) == "and" => {
                    if let Some(prev) = out.last().cloned() {
                        out.push(Attribution {
                            verb: toks[i].span,
                            span: toks[i].span,
                            ..prev
                        });
                    }
                }
                None => {}
            }
        }
        i += 1;
    }
    out
}

/// The phrase after "according to": up to a comma, period or verb.
fn phrase_forward(text: &str, toks: &[Token], start: usize) -> usize {
    let mut j = start;
    while j < toks.len() && j < start + 12 {
        let t = &toks[j];
        let lw = lower(text, t);
        // a hyphen inside a name, not a dash: "Al-Mayadeen", but "reports -- 12"
        let dash = lw == "-"
            && (j == start
                || toks[j - 1].span.end != t.span.start
                || toks.get(j + 1).map_or(true, |n| {
                    n.span.start != t.span.end || lower(text, n) == "-"
                }));
        if t.kind == TokenKind::Punct && !matches!(lw.as_ref(), "'" | "’" | "&" | "-") || dash {
            break;
        }
        // a figure ends the phrase: "according to radio reports 12 soldiers"
        if lw.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            break;
        }
        // after "according to", "reports" is a noun: "according to initial reports"
        if is_subject_stop(&lw)
            || is_report_verb(&lw) && !matches!(lw.as_ref(), "report" | "reports")
            || matches!(
                lw.as_ref(),
                "on" | "in"
                    | "at"
                    | "to"
                    | "which"
                    | "obtained"
                    | "provided"
                    | "released"
                    | "published"
                    | "seen"
                    | "cited"
                    | "quoted"
                    | "issued"
            )
        {
            break;
        }
        j += 1;
    }
    j
}

/// Walks back from `end` (exclusive) over the words of a subject phrase;
/// returns its first token. Stops at punctuation (or at a comma when
/// `comma_stops`), digits, dashes, clause words and other reporting verbs.
fn walk_back(text: &str, toks: &[Token], end: usize) -> usize {
    let w = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    let mut start = end;
    while start > 0 && end - start < 14 {
        let t = &toks[start - 1];
        let lw = lower(text, t);
        if t.kind == TokenKind::Punct && !matches!(lw.as_ref(), "'" | "’" | "&" | ".") {
            break;
        }
        // "police and fire officials", "witnesses and authorities"
        let joins_nouns = lw == "and"
            && start >= 2
            && toks[start - 2].kind == TokenKind::Word
            && (is_descriptor_word(&w(start - 2))
                || text[toks[start - 2].span]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase()));
        if joins_nouns {
            start -= 1;
            continue;
        }
        if lw.bytes().all(|b| b.is_ascii_digit() || b == b',')
            || is_subject_stop(&lw)
            || is_report_verb(&lw)
            || (lw == "to" && start >= 2 && w(start - 2) == "according")
        {
            break;
        }
        start -= 1;
    }
    start
}

/// Whether tokens `[a, b)` are a capitalised name ("Ruby Hartbrich",
/// "The Velmora Rights Network").
fn is_name_run(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let mut a = a;
    if a < b && lower(text, &toks[a]) == "the" {
        a += 1;
    }
    a < b
        && b - a <= 6
        && (a..b).all(|k| {
            let s = &text[toks[k].span];
            toks[k].kind == TokenKind::Word
                && (s.chars().next().is_some_and(|c| c.is_uppercase())
                    || matches!(s, "of" | "for" | "and" | "the" | "de" | "al"))
        })
}

/// "X said": the subject before the verb at `v`.
fn subject_before(
    text: &str,
    toks: &[Token],
    v: usize,
    orgs: &Organizations,
) -> Option<Attribution> {
    let w = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    let mut end = v; // exclusive end of the subject
                     // "The ministry on Tuesday said", "Police Monday said", "it has said",
                     // "NBC is now reporting", "officials today said"
    let progressive = w(v).ends_with("ing");
    while end > 0 {
        let p = w(end - 1);
        let capital = text[toks[end - 1].span]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase());
        // "32 were confirmed dead" is a passive, not a report
        if matches!(p.as_ref(), "is" | "are" | "was" | "were" | "been" | "be") && !progressive {
            return None;
        }
        if matches!(
            p.as_ref(),
            "has"
                | "have"
                | "had"
                | "also"
                | "later"
                | "earlier"
                | "previously"
                | "separately"
                | "now"
                | "today"
                | "yesterday"
                | "is"
                | "are"
                | "was"
                | "were"
                | "late"
                | "early"
                | "initially"
                | "first"
                | "again"
                | "further"
                | "officially"
                | "publicly"
                | "would"
                | "will"
        ) || (p.ends_with("day") && capital && end >= 2)
            || (p == "on" && end < v)
        {
            end -= 1;
            continue;
        }
        break;
    }
    if end == 0 {
        return None;
    }
    // an appositive: "One opposition group, the Syrian Observatory ..., said"
    let appositive = w(end - 1) == ",";
    if appositive {
        end -= 1;
    }
    let mut start = walk_back(text, toks, end);
    // "the police officer who had been working on the square said"
    if start > 0
        && matches!(
            w(start - 1).as_ref(),
            "had"
                | "have"
                | "has"
                | "been"
                | "was"
                | "were"
                | "is"
                | "are"
                | "who"
                | "which"
                | "that"
        )
    {
        if let Some(r) = (start.saturating_sub(8)..start)
            .rev()
            .find(|&r| matches!(w(r).as_ref(), "who" | "which" | "that"))
        {
            let mut e2 = r;
            if e2 > 0 && w(e2 - 1) == "," {
                e2 -= 1;
            }
            let s2 = walk_back(text, toks, e2);
            if s2 < e2 {
                start = s2;
                end = e2;
            }
        }
    }
    // "Ruby Hartbrich, a spokeswoman for Sea Watch, a private rescue
    // mission, said": the name before the first comma, for the organization
    // named in the description
    let mut person_org: Option<(usize, usize, usize, usize)> = None;
    if appositive {
        if let Some(c0) = (0..end).find(|&k| w(k) == ",") {
            let described = matches!(
                w(c0 + 1).as_ref(),
                "a" | "an" | "the" | "its" | "his" | "her"
            ) || is_title(&w(c0 + 1));
            let words = (0..c0)
                .filter(|&k| toks[k].kind == TokenKind::Word && w(k) != "the")
                .count();
            if is_name_run(text, toks, 0, c0)
                && c0 < start
                && described
                && (words >= 2 || is_org_word(&w(c0 - 1)))
            {
                // the organization: "for|of|at|with" and a capitalised run
                let mut org = None;
                let mut k = c0 + 1;
                while k < end {
                    if matches!(w(k).as_ref(), "for" | "of" | "at" | "with" | "from") {
                        let mut j = k + 1;
                        if w(j) == "the" {
                            j += 1;
                        }
                        let mut e = j;
                        while e < end
                            && toks[e].kind == TokenKind::Word
                            && (text[toks[e].span]
                                .chars()
                                .next()
                                .is_some_and(|c| c.is_uppercase())
                                || is_org_word(&w(e)))
                        {
                            e += 1;
                        }
                        if e > j
                            && text[toks[j].span]
                                .chars()
                                .next()
                                .is_some_and(|c| c.is_uppercase())
                        {
                            org = Some((j, e));
                            break;
                        }
                    }
                    k += 1;
                }
                let (oa, ob) = org.unwrap_or((0, 0));
                person_org = Some((0, c0, oa, ob));
            }
        }
    }
    if let Some((na, nb, oa, ob)) = person_org {
        let span = Span::new(toks[na].span.start, toks[v].span.end);
        let person = classify(text, toks, na, nb, orgs)?;
        let src = if ob > oa {
            match classify(text, toks, oa, ob, orgs) {
                Some(org) if person.kind == SourceKind::Person => Source {
                    name: org.name,
                    person: Some(person.name),
                    kind: SourceKind::Organization,
                },
                _ => person,
            }
        } else {
            person
        };
        return Some(Attribution {
            source: Some(src),
            verb: toks[v].span,
            span,
            anaphor: None,
        });
    }
    if start == end {
        return None;
    }
    // "The Health Ministry in the capital, Tavrin, puts the toll at": an
    // appositive that names no organization leaves the phrase before it
    if appositive && start >= 2 && w(start - 1) == "," {
        let s0 = walk_back(text, toks, start - 1);
        if s0 < start - 1 {
            let before = classify(text, toks, s0, start - 1, orgs);
            let here = classify(text, toks, start, end, orgs);
            if before
                .as_ref()
                .is_some_and(|b| b.kind == SourceKind::Organization)
                && here
                    .as_ref()
                    .map_or(true, |h| h.kind != SourceKind::Organization)
            {
                let src = before.expect("checked above");
                return Some(Attribution {
                    source: Some(src),
                    verb: toks[v].span,
                    span: Span::new(toks[s0].span.start, toks[v].span.end),
                    anaphor: None,
                });
            }
        }
    }
    let span = Span::new(toks[start].span.start, toks[v].span.end);
    // pronouns and definite nouns point back
    let subject: Vec<Cow<str>> = (start..end).map(&w).collect();
    if let Some(an) = anaphor_of(&subject, text, toks, start, end) {
        return Some(Attribution {
            source: None,
            verb: toks[v].span,
            span,
            anaphor: Some(an),
        });
    }
    let src = classify(text, toks, start, end, orgs)?;
    Some(Attribution {
        source: Some(src),
        verb: toks[v].span,
        span,
        anaphor: None,
    })
}

/// "..., said X" with X after the verb.
fn subject_after(
    text: &str,
    toks: &[Token],
    v: usize,
    orgs: &Organizations,
) -> Option<Attribution> {
    let w = |i: usize| toks.get(i).map(|t| lower(text, t)).unwrap_or_default();
    let before = if v > 0 { w(v - 1) } else { Cow::Borrowed("") };
    if !(v == 0 || matches!(before.as_ref(), "," | "\"" | "”" | "’" | "'")) {
        return None;
    }
    let mut start = v + 1;
    while is_day_word(&w(start)) && start < v + 4 {
        start += 1;
    }
    let mut end = start;
    while end < toks.len() && end < start + 8 {
        let t = &toks[end];
        let lw = lower(text, t);
        if t.kind == TokenKind::Punct && !matches!(lw.as_ref(), "'" | "’" | "&" | "-" | ".") {
            break;
        }
        if is_subject_stop(&lw) || matches!(lw.as_ref(), "in" | "on" | "to" | "at") {
            break;
        }
        end += 1;
    }
    if end == start {
        return None;
    }
    // the inverted subject closes its clause: '..., said Mara Voss.' but not
    // '..., said 19 bodies had been found'
    let closes = end >= toks.len()
        || matches!(
            w(end).as_ref(),
            "," | "." | ";" | ":" | "\"" | "”" | "(" | "in" | "on" | "at" | "to" | "-" | "—"
        );
    if !closes || (start..end).any(|k| w(k).bytes().any(|b| b.is_ascii_digit())) {
        return None;
    }
    let subject: Vec<Cow<str>> = (start..end).map(&w).collect();
    if let Some(an) = anaphor_of(&subject, text, toks, start, end) {
        return Some(Attribution {
            source: None,
            verb: toks[v].span,
            span: Span::new(toks[v].span.start, toks[end - 1].span.end),
            anaphor: Some(an),
        });
    }
    let mut src = classify(text, toks, start, end, orgs)?;
    let mut last = end;
    // ", said Ann Harrison, deputy director at Amnesty International"
    if w(end) == "," {
        let mut j = end + 1;
        let mut org_from = None;
        while j < toks.len() && j < end + 16 {
            let lw = w(j);
            if toks[j].kind == TokenKind::Punct && !matches!(lw.as_ref(), "'" | "’" | "&" | "-") {
                break;
            }
            if org_from.is_none() && matches!(lw.as_ref(), "at" | "of" | "for" | "with" | "from") {
                org_from = Some(j + 1);
            }
            j += 1;
        }
        if let Some(f) = org_from {
            if f < j {
                if let Some(org) = classify(text, toks, f, j, orgs) {
                    if org.kind == SourceKind::Organization && src.kind == SourceKind::Person {
                        src = Source {
                            name: org.name,
                            person: Some(src.name),
                            kind: SourceKind::Organization,
                        };
                        last = j;
                    }
                }
            }
        }
    }
    Some(Attribution {
        source: Some(src),
        verb: toks[v].span,
        span: Span::new(toks[v].span.start, toks[last - 1].span.end),
        anaphor: None,
    })
}

fn anaphor_of(
    subject: &[Cow<str>],
    text: &str,
    toks: &[Token],
    start: usize,
    end: usize,
) -> Option<Anaphor> {
    let words: Vec<&str> = subject
        .iter()
        .map(|w| w.as_ref())
        .filter(|w| *w != ",")
        .collect();
    match words.as_slice() {
        ["it"]
        | ["they"]
        | ["the", "source"]
        | ["the", "sources"]
        | ["the", "statement"]
        | ["this", "source"] => Some(Anaphor::Any),
        ["he"] | ["she"] => Some(Anaphor::Person),
        ["the", noun] | ["that", noun] | ["the", _, noun] | ["that", _, noun]
            if (end - start) <= 3
                && !text[toks[start + 1].span]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase())
                && matches!(
                    *noun,
                    "group"
                        | "ministry"
                        | "monitor"
                        | "agency"
                        | "organization"
                        | "organisation"
                        | "observatory"
                        | "committee"
                        | "committees"
                        | "office"
                        | "army"
                        | "military"
                        | "unit"
                        | "battalion"
                        | "garrison"
                        | "command"
                        | "network"
                        | "watchdog"
                        | "body"
                        | "council"
                        | "department"
                        | "spokesman"
                        | "spokeswoman"
                        | "official"
                        | "broadcaster"
                        | "channel"
                        | "newspaper"
                        | "coalition"
                        | "charity"
                        | "report"
                        | "study"
                        | "survey"
                        | "communique"
                        | "statement"
                ) =>
        {
            Some(Anaphor::Noun(noun.to_string()))
        }
        _ => None,
    }
}

/// Turns the subject tokens `[start, end)` into a source.
fn classify(
    text: &str,
    toks: &[Token],
    start: usize,
    end: usize,
    orgs: &Organizations,
) -> Option<Source> {
    if start >= end || end > toks.len() {
        return None;
    }
    // "the AP itself reported"
    let mut end = end;
    if end - start > 1
        && matches!(
            lower(text, &toks[end - 1]).as_ref(),
            "itself" | "themselves" | "himself" | "herself"
        )
    {
        end -= 1;
    }
    let phrase = &text[toks[start].span.start..toks[end - 1].span.end];
    // a pronoun names no source of its own
    if end - start == 1
        && matches!(
            lower(text, &toks[start]).as_ref(),
            "we" | "i" | "you" | "he" | "she" | "they" | "it" | "who" | "this" | "that" | "one"
        )
    {
        return None;
    }
    let sentence = &text[toks[0].span.start..toks[toks.len() - 1].span.end];
    let caps = is_all_caps(sentence);
    if let Some(name) = orgs.find_in(phrase, caps) {
        // a person for a known organization: "Amnesty's Ann Harrison"
        return Some(Source::organization(name));
    }
    let is_cap = |i: usize| {
        let s = &text[toks[i].span];
        toks[i].kind == TokenKind::Word && s.chars().next().is_some_and(|c| c.is_uppercase())
    };
    let lw = |i: usize| lower(text, &toks[i]);
    // drop leading determiners and possessive pronouns
    let mut s = start;
    while s < end
        && matches!(
            lw(s).as_ref(),
            "the"
                | "a"
                | "an"
                | "one"
                | "some"
                | "his"
                | "her"
                | "their"
                | "its"
                | "two"
                | "three"
                | "other"
                | "another"
                | "several"
                | "many"
        )
    {
        s += 1;
    }
    if s >= end {
        return None;
    }
    if caps {
        let name = &text[toks[s].span.start..toks[end - 1].span.end];
        return Some(Source {
            name: name.to_string(),
            person: None,
            kind: SourceKind::Organization,
        });
    }
    // the longest run of capitalised words (with "of", "for", "and", "the" inside)
    let mut best: Option<(usize, usize)> = None;
    let mut i = s;
    // capitals that only open a clause: "On Friday the United States said"
    let opener = |w: &str| {
        matches!(
            w,
            "on" | "in"
                | "at"
                | "for"
                | "the"
                | "a"
                | "an"
                | "by"
                | "from"
                | "after"
                | "before"
                | "during"
                | "meanwhile"
                | "but"
                | "and"
                | "also"
                | "separately"
                | "earlier"
                | "later"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "today"
                | "yesterday"
                | "since"
                | "when"
                | "while"
        )
    };
    while i < end {
        if is_cap(i) && opener(&lw(i)) {
            i += 1;
            continue;
        }
        if is_cap(i) {
            let mut j = i + 1;
            while j < end
                && (is_cap(j)
                    || (matches!(
                        lw(j).as_ref(),
                        "of" | "for" | "and" | "the" | "on" | "-" | "&" | "'s" | "de"
                    ) && j + 1 < end
                        && is_cap(j + 1)))
            {
                j += 1;
            }
            // "the Saint Ilya hospital", "the Dorask city council"; but a
            // lone capital that only starts the sentence names nothing
            // ("State television", "Local media")
            let lone_start = i == 0 && j == 1 && is_descriptor_word(&lw(0));
            while j < end && !lone_start && toks[j].kind == TokenKind::Word && is_org_word(&lw(j)) {
                j += 1;
            }
            // prefer a run naming an organization, then the longest, then
            // the one nearest the verb
            let org = |a: usize, b: usize| (a..b).any(|k| is_org_word(&lw(k)));
            let better = match best {
                None => true,
                Some((a, b)) => (org(i, j), j - i) >= (org(a, b), b - a),
            };
            if better {
                best = Some((i, j));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    let first_is_sentence_start = s == 0;
    // "Police said", "Hospital officials said", "State television reported":
    // a capital that only starts the sentence makes no name
    if let Some((a, b)) = best {
        if a == 0 && b == 1 && is_descriptor_word(&lw(0)) {
            best = None;
        }
    }
    match best {
        // a lone capital word that starts the sentence is a name ("Iran
        // said", "Nuland said") unless it is a common noun ("Police said")
        Some((a, b))
            if !(b - a == 1
                && a == 0
                && first_is_sentence_start
                && is_descriptor_word(&lw(a))
                && !is_name_like(&text[toks[a].span])) =>
        {
            let name = text[toks[a].span.start..toks[b - 1].span.end]
                .trim_end_matches("'s")
                .to_string();
            let org = (s..b).any(|k| is_org_word(&lw(k)))
                || name
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase());
            if org {
                Some(Source::organization(name))
            } else {
                // "Health Minister Mehmet Muezzinoglu", "Jan Smit"
                Some(Source::person(name))
            }
        }
        _ => {
            // an unnamed body: "police", "an opposition group", "hospital officials"
            let words: Vec<Cow<str>> = (s..end)
                .filter(|&k| toks[k].kind == TokenKind::Word)
                .map(lw)
                .collect();
            if words.is_empty()
                || words
                    .iter()
                    .any(|w| matches!(w.as_ref(), "i" | "we" | "you" | "this" | "which"))
            {
                return None;
            }
            // "security sources from both countries", "police in the city":
            // the body, without where it is
            // (but "an official from the governor's office" names the office)
            let mut words = words;
            if let Some(k) = (1..words.len()).find(|&k| {
                matches!(words[k].as_ref(), "from" | "in" | "at" | "across" | "of")
                    && is_descriptor_word(words[k - 1].as_ref())
                    && !words[k + 1..].iter().any(|w| is_org_word(w))
            }) {
                words.truncate(k);
            }
            // "at least one activist group"
            if words.len() > 2 && words[0] == "at" && words[1] == "least" {
                words.drain(..2);
            }
            // a piece of a clause is no body: "refused to", "with many
            // deaths", "at last", "now six", "during a community meeting"
            let first = words[0].as_ref();
            let last = words[words.len() - 1].as_ref();
            let clause_word = |w: &str| {
                matches!(
                    w,
                    "to" | "of"
                        | "by"
                        | "at"
                        | "in"
                        | "on"
                        | "for"
                        | "with"
                        | "from"
                        | "during"
                        | "after"
                        | "before"
                        | "and"
                        | "or"
                        | "the"
                        | "a"
                        | "an"
                        | "far"
                        | "last"
                        | "now"
                        | "let's"
                )
            };
            if clause_word(first) && !is_descriptor_word(first)
                || clause_word(last)
                || last.bytes().next().is_some_and(|b| b.is_ascii_digit())
                || crate::number::is_number_word(last.as_bytes())
                || matches!(last, "deaths" | "injuries" | "figures" | "page")
                || first.len() > 4
                    && first.ends_with("ed")
                    && !is_descriptor_word(first)
                    && !matches!(
                        first,
                        "unnamed" | "unidentified" | "armed" | "united" | "concerned" | "retired"
                    )
            {
                return None;
            }
            Some(Source::descriptor(words.join(" ")))
        }
    }
}

/// Common nouns that name an unnamed body: "police", "officials".
fn is_descriptor_word(w: &str) -> bool {
    matches!(
        w,
        "police"
            | "officials"
            | "authorities"
            | "witnesses"
            | "residents"
            | "doctors"
            | "rescuers"
            | "medics"
            | "sources"
            | "troops"
            | "soldiers"
            | "hospital"
            | "state"
            | "local"
            | "security"
            | "military"
            | "government"
            | "health"
            | "rescue"
            | "fire"
            | "provincial"
            | "regional"
            | "city"
            | "county"
            | "federal"
            | "army"
            | "rebels"
            | "activists"
            | "monitors"
            | "officers"
            | "investigators"
            | "prosecutors"
            | "relatives"
            | "survivors"
            | "villagers"
            | "emergency"
            | "medical"
            | "opposition"
            | "government-run"
            | "state-run"
            | "independent"
            | "unofficial"
            | "official"
            | "initial"
            | "preliminary"
            | "hospitals"
            | "paramedics"
            | "firefighters"
            | "one"
            | "another"
            | "an"
            | "a"
            | "the"
            | "some"
            | "many"
            | "other"
            | "human"
    )
}

/// A single capitalised word that is a name even at a sentence start.
fn is_name_like(word: &str) -> bool {
    word.len() > 1 && word.chars().skip(1).any(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentence::tokenize;

    type Found = (Option<String>, Option<Anaphor>);

    fn attrs(s: &str) -> Vec<Found> {
        let toks = tokenize(s, Span::new(0, s.len()));
        find(s, &toks, &Organizations::builtin())
            .into_iter()
            .map(|a| (a.source.map(|x| x.name), a.anaphor))
            .collect()
    }

    #[test]
    fn shapes() {
        let some = |s: &str| (Some(s.to_string()), None);
        let cases: Vec<(&str, Vec<Found>)> = vec![
            // 10: subject before
            (
                "The Red Crescent said 12 people died.",
                vec![some("Red Crescent")],
            ),
            ("Police said five were hurt.", vec![some("police")]),
            (
                "An opposition group said Monday that 30 died.",
                vec![some("opposition group")],
            ),
            (
                "Hospital officials said 4 were hurt.",
                vec![some("hospital officials")],
            ),
            // 20: appositive subject
            (
                "One monitor, the Eastern Rights Network, said Friday that 9 died.",
                vec![some("Eastern Rights Network")],
            ),
            // 30: subject after, with a person for an organization
            (
                "\"Nine died,\" said Mara Voss, a researcher at Amnesty International.",
                vec![some("Amnesty International")],
            ),
            // 40: according to, citing
            (
                "Nine died, according to the Interior Ministry.",
                vec![some("Interior Ministry")],
            ),
            (
                "Nine died, the paper reported, citing hospital sources.",
                vec![some("paper"), some("hospital sources")],
            ),
            // 50: pronouns
            (
                "Most were civilians, it said.",
                vec![(None, Some(Anaphor::Any))],
            ),
            (
                "Most were civilians, the group said.",
                vec![(None, Some(Anaphor::Noun("group".into())))],
            ),
            // 60: aliases
            (
                "SOHR said 20 died.",
                vec![some("Syrian Observatory for Human Rights")],
            ),
            (
                "The Britain-based monitor said 20 died.",
                vec![some("Syrian Observatory for Human Rights")],
            ),
            // 70: a person alone
            (
                "Jan Smit, a farmer, said two neighbours died.",
                vec![some("Jan Smit")],
            ),
            // 80: not a report
            ("The group claimed responsibility for the attack.", vec![]),
        ];
        for (s, want) in cases {
            assert_eq!(attrs(s), want, "input {s:?}");
        }
    }
}
