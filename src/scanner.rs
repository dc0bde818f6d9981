//! The pipeline: one fast pass for candidate figures, then the careful work
//! (sentences, recognizers, attribution, dates) only around them.
//!
//! 1. [`crate::number`] reads every number expression in one pass. A text
//!    without one returns at once.
//! 2. The text is split into sentences; only sentences holding a number
//!    *and* a casualty cue word are tokenized and read.
//! 3. The recognizers decide which figures are claims and of what.
//! 4. Attribution, the governing publication date, the statement day and
//!    the period are read around each claim.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use once_cell::sync::Lazy;
use regex::Regex;

use crate::attribution::{self, Anaphor, Attribution, Organizations};
use crate::claim::{Category, Claim, Figure, Period, Scope, Source, SourceKind, Span};
use crate::date::{self, TimeExpr};
use crate::error::Error;
use crate::lexicon;
use crate::number::{self, NumberMatch};
use crate::recognize::{self, Ctx, Found};
use crate::sentence::{self, Sentence, Token};

/// A house pattern: a regular expression whose `figure` group holds a
/// figure, and the category it signals.
///
/// The pattern is matched against each sentence that holds a number; every
/// number whose numerals lie inside the `figure` group becomes a claim (when
/// no built-in recognizer already made it one). The example sentence must
/// match, so a pattern that cannot fire is refused when it is made.
///
/// ```
/// use casualty::{Category, Pattern, Scanner};
/// let souls = Pattern::new(
///     "souls-lost",
///     r"(?i)(?P<figure>\S+(?:\s+\S+)?)\s+souls\s+(?:were\s+)?lost",
///     Category::Killed,
///     "Forty souls were lost at sea.",
/// )?;
/// let scanner = Scanner::builder().pattern(souls).build();
/// let claims = scanner.scan("Officials fear 300 souls were lost when the ferry sank.");
/// assert_eq!(claims[0].figure.value, 300);
/// assert_eq!(claims[0].recognizer, "souls-lost");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Pattern {
    name: &'static str,
    regex: Regex,
    category: Category,
}

impl Pattern {
    /// Compiles a pattern. `regex` must have a group named `figure` and
    /// match `example`, in which a figure must fall inside that group.
    ///
    /// ```
    /// let bad = casualty::Pattern::new("x", "no group", casualty::Category::Killed, "no group");
    /// assert!(matches!(bad, Err(casualty::Error::InvalidPattern { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        name: &str,
        regex: &str,
        category: Category,
        example: &str,
    ) -> Result<Pattern, Error> {
        let invalid = |reason: String| Error::InvalidPattern {
            name: name.to_string(),
            reason,
        };
        let re = Regex::new(regex).map_err(|e| invalid(e.to_string()))?;
        if !re.capture_names().any(|n| n == Some("figure")) {
            return Err(invalid("no group named `figure`".into()));
        }
        // names are few and live as long as the program: leak once to give
        // claims a `&'static str` recognizer name like the built-in ones
        let p = Pattern {
            name: Box::leak(name.to_string().into_boxed_str()),
            regex: re,
            category,
        };
        let nums = number::find_numbers(example);
        if p.figures(example, Span::new(0, example.len()), &nums)
            .is_empty()
        {
            return Err(Error::WitnessMismatch {
                name: name.to_string(),
                example: example.to_string(),
            });
        }
        Ok(p)
    }

    /// The pattern's name, carried by each claim it finds.
    ///
    /// ```
    /// let p = casualty::Pattern::new("p", r"(?P<figure>\d+) perished", casualty::Category::Killed, "12 perished")?;
    /// assert_eq!(p.name(), "p");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &str {
        self.name
    }

    /// Indices into `nums` of the figures this pattern claims in `text[span]`.
    fn figures(&self, text: &str, span: Span, nums: &[NumberMatch]) -> Vec<usize> {
        let s = &text[span];
        let mut out = Vec::new();
        for caps in self.regex.captures_iter(s) {
            if let Some(g) = caps.name("figure") {
                let (a, b) = (span.start + g.start(), span.start + g.end());
                for (k, n) in nums.iter().enumerate() {
                    if n.numeral.start >= a && n.numeral.end <= b && !out.contains(&k) {
                        out.push(k);
                    }
                }
            }
        }
        out
    }
}

/// A configured scanner. Build one with [`Scanner::builder`], or use
/// [`crate::scan`] for the defaults.
///
/// A scanner is immutable and `Send + Sync`: share one across threads.
///
/// ```
/// let scanner = casualty::Scanner::builder()
///     .publication_date(casualty::parse_date("2012-07-06")?)
///     .build();
/// let claims = scanner.scan("Police said Tuesday that 12 people were killed.");
/// assert_eq!(claims[0].date.map(|d| d.to_string()).as_deref(), Some("2012-07-03"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Scanner {
    published: Option<NaiveDate>,
    orgs: Organizations,
    patterns: Vec<Pattern>,
}

/// Builds a [`Scanner`].
///
/// ```
/// let scanner = casualty::ScannerBuilder::new()
///     .organization("Velmora Rights Watch", &["VRW"])?
///     .build();
/// let c = &scanner.scan("VRW said 40 people were killed.")[0];
/// assert_eq!(c.source.as_ref().unwrap().name, "Velmora Rights Watch");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct ScannerBuilder {
    published: Option<NaiveDate>,
    orgs: Organizations,
    patterns: Vec<Pattern>,
}

impl Default for ScannerBuilder {
    fn default() -> ScannerBuilder {
        ScannerBuilder {
            published: None,
            orgs: Organizations::builtin(),
            patterns: Vec::new(),
        }
    }
}

impl ScannerBuilder {
    /// A builder with the defaults.
    ///
    /// ```
    /// let scanner = casualty::ScannerBuilder::new().build();
    /// assert_eq!(scanner.scan("Nothing happened.").len(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new() -> ScannerBuilder {
        ScannerBuilder::default()
    }

    /// The publication date of the texts this scanner reads.
    ///
    /// Default: none; datelines in the text are used, else claims have no
    /// date. The scanner never reads the clock.
    ///
    /// ```
    /// let s = casualty::Scanner::builder().publication_date(casualty::parse_date("2016-03-14")?).build();
    /// assert_eq!(s.scan("Ten people died.")[0].date.unwrap().to_string(), "2016-03-14");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn publication_date(&mut self, date: NaiveDate) -> &mut ScannerBuilder {
        self.published = Some(date);
        self
    }

    /// Adds an organization the scanner should know, with its aliases.
    ///
    /// Default: the built-in list of [`Organizations::builtin`].
    ///
    /// ```
    /// let err = casualty::Scanner::builder().organization("", &[]).unwrap_err();
    /// assert!(matches!(err, casualty::Error::EmptyAlias { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn organization(
        &mut self,
        name: &str,
        aliases: &[&str],
    ) -> Result<&mut ScannerBuilder, Error> {
        if name.trim().is_empty() || aliases.iter().any(|a| a.trim().is_empty()) {
            return Err(Error::EmptyAlias {
                name: name.to_string(),
            });
        }
        self.orgs.add(name, aliases);
        Ok(self)
    }

    /// Replaces the known organizations (for example with
    /// [`Organizations::new`] to know none).
    ///
    /// Default: [`Organizations::builtin`].
    ///
    /// ```
    /// let s = casualty::Scanner::builder().organizations(casualty::Organizations::new()).build();
    /// let c = &s.scan("SOHR said 40 people were killed.")[0];
    /// assert_eq!(c.source.as_ref().unwrap().name, "SOHR");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn organizations(&mut self, orgs: Organizations) -> &mut ScannerBuilder {
        self.orgs = orgs;
        self
    }

    /// Adds a house pattern, tried after the built-in recognizers.
    ///
    /// Default: none.
    ///
    /// ```
    /// let p = casualty::Pattern::new("perished", r"(?P<figure>\S+) perished", casualty::Category::Killed, "9 perished")?;
    /// let s = casualty::Scanner::builder().pattern(p).build();
    /// assert_eq!(s.scan("In all, 9 perished.").len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn pattern(&mut self, pattern: Pattern) -> &mut ScannerBuilder {
        self.patterns.push(pattern);
        self
    }

    /// The scanner.
    ///
    /// ```
    /// let s = casualty::Scanner::builder().build();
    /// assert_eq!(s.scan("Two people were killed.").len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(&self) -> Scanner {
        Scanner {
            published: self.published,
            orgs: self.orgs.clone(),
            patterns: self.patterns.clone(),
        }
    }
}

/// Where a governing date starts to apply.
#[derive(Clone, Copy, Debug)]
struct Governing {
    from: usize,
    date: Option<NaiveDate>,
}

/// What a finished claim left behind for the claims that continue it.
#[derive(Clone, Debug)]
struct Carry {
    source: Option<Source>,
    date: Option<NaiveDate>,
    sentence: usize,
}

/// A named source seen in a sentence, for pronouns to point back to.
#[derive(Clone, Debug)]
struct Seen {
    source: Source,
    date: Option<NaiveDate>,
}

impl Scanner {
    /// A builder.
    ///
    /// ```
    /// let s = casualty::Scanner::builder().build();
    /// assert!(s.scan("").is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> ScannerBuilder {
        ScannerBuilder::new()
    }

    /// Every claim in `text`, in document order.
    ///
    /// ```
    /// let claims = casualty::Scanner::default().scan("Floods left 40 dead and 120 missing.");
    /// assert_eq!(claims.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn scan(&self, text: &str) -> Vec<Claim> {
        self.scan_published(text, self.published)
    }

    /// Every claim in `text`, with `published` as this document's
    /// publication date (instead of the builder's).
    ///
    /// ```
    /// let s = casualty::Scanner::default();
    /// let d = casualty::parse_date("2016-01-12")?;
    /// let c = &s.scan_published("A blast killed 10 people, police said Monday.", Some(d))[0];
    /// assert_eq!(c.date.unwrap().to_string(), "2016-01-11");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn scan_published(&self, text: &str, published: Option<NaiveDate>) -> Vec<Claim> {
        // a text without a cue holds no claim but a caller's pattern may find
        let cues = lexicon::cue_positions(text);
        if cues.is_empty() && self.patterns.is_empty() {
            return Vec::new();
        }
        let split = sentence::split(text);
        // The numbers of the whole text are read first only when more than
        // the cue sentences need them: patterns of the caller's (which need
        // no cue), and sentences too long to read whole (cut between
        // figures). Otherwise a sentence's numbers are read once it shows a
        // cue, and most text is never read for numbers.
        let whole = (!self.patterns.is_empty() || split.iter().any(|s| sentence::too_long(s.span)))
            .then(|| number::find_numbers(text));
        let sentences = match &whole {
            Some(nums) => {
                let figures: Vec<Span> = nums.iter().map(|n| n.span).collect();
                sentence::cap(text, split, &figures)
            }
            None => split,
        };
        // datelines are read once a sentence yields a claim: most texts have none
        let mut dated: Option<(Vec<Span>, Vec<Governing>)> = None;
        let mut doc = Doc {
            text,
            sentences: &sentences,
            orgs: &self.orgs,
            attrs: HashMap::new(),
            pointers: 0,
            quote_depth: Vec::new(),
            named: HashMap::new(),
        };
        let mut claims: Vec<Claim> = Vec::new();
        let mut carry: Option<Carry> = None;
        let mut prior: Option<(usize, Found)> = None;
        let mut ni = 0;
        let mut local: Vec<NumberMatch>;
        let mut ci = 0;
        for (si, s) in sentences.iter().enumerate() {
            let sentence = &text[s.span];
            while ci < cues.len() && cues[ci] < s.span.start {
                ci += 1;
            }
            let has_cue = ci < cues.len() && cues[ci] < s.span.end;
            let sn: &[NumberMatch] = match &whole {
                Some(nums) => {
                    while ni < nums.len() && nums[ni].span.start < s.span.start {
                        ni += 1;
                    }
                    let a = ni;
                    while ni < nums.len() && nums[ni].span.end <= s.span.end {
                        ni += 1;
                    }
                    let sn = &nums[a..ni];
                    if sn.is_empty()
                        || !(has_cue || self.patterns.iter().any(|p| p.regex.is_match(sentence)))
                    {
                        continue;
                    }
                    sn
                }
                None => {
                    if !has_cue {
                        continue;
                    }
                    local = number::find_numbers_in(text, s.span);
                    if local.is_empty() {
                        continue;
                    }
                    &local
                }
            };
            let toks = sentence::tokenize(text, s.span);
            let ctx = Ctx::new(text, s.span, &toks, sn);
            let before = prior.filter(|(p, _)| *p + 1 == si).map(|(_, f)| f);
            let mut found = recognize::recognize(&ctx, sn, before.as_ref());
            for p in &self.patterns {
                for k in p.figures(text, s.span, sn) {
                    if !found.iter().any(|f| f.number.span == sn[k].span) {
                        found.push(Found {
                            number: sn[k],
                            category: p.category,
                            victims: None,
                            rule: p.name,
                            continues: false,
                        });
                    }
                }
            }
            if found.is_empty() {
                continue;
            }
            found.sort_by_key(|f| f.number.span.start);
            let (dateline_spans, governing) = &*dated.get_or_insert_with(|| {
                let lines = date::find_datelines(text, published.map(|d| d.year()));
                (
                    lines.iter().map(|d| d.span).collect(),
                    governing_dates(&lines, text, published),
                )
            });
            let gov = governing_at(governing, s.span.start);
            let times = date::find_time_exprs(text, s.span);
            let attrs = doc.attributions(si, &toks);
            for f in &found {
                let (source, statement_day) =
                    self.attribute(&mut doc, si, f, &attrs, &times, gov, carry.as_ref());
                let date = statement_day.or(gov);
                let period = period_of(text, f, &times, &attrs, date, dateline_spans);
                let scope = scope_of(text, s, f, period.as_ref());
                carry = Some(Carry {
                    source: source.clone(),
                    date,
                    sentence: si,
                });
                claims.push(Claim {
                    figure: figure_of(&f.number),
                    category: f.category,
                    victims: f.victims,
                    source,
                    date,
                    period,
                    span: f.number.span,
                    text: text[f.number.span].to_string(),
                    scope,
                    recognizer: f.rule,
                });
            }
            prior = found.last().map(|f| (si, *f));
        }
        claims
    }

    /// The source and statement day of one claim.
    #[allow(clippy::too_many_arguments)]
    fn attribute(
        &self,
        doc: &mut Doc<'_>,
        si: usize,
        f: &Found,
        attrs: &[Attribution],
        times: &[TimeExpr],
        gov: Option<NaiveDate>,
        carry: Option<&Carry>,
    ) -> (Option<Source>, Option<NaiveDate>) {
        let pos = f.number.span.start;
        let text = doc.text;
        let chosen = choose_attribution(text, attrs, pos);
        let Some(a) = chosen else {
            // a continuation takes the source of the claim it continues
            if f.continues {
                if let Some(c) = carry.filter(|c| c.sentence + 1 >= si) {
                    return (c.source.clone(), c.date);
                }
            }
            // a quotation that spans sentences
            if let Some((src, day)) = doc.quoted_source(si) {
                return (Some(src), day.and_then(|d| resolve_day(&d, gov)));
            }
            return (None, None);
        };
        let day = statement_day(text, a, times).and_then(|t| resolve_day(&t, gov));
        if let Some(src) = &a.source {
            return (Some(src.clone()), day);
        }
        let an = a.anaphor.clone().unwrap_or(Anaphor::Any);
        match doc.antecedent(si, &an, gov) {
            Some(seen) => {
                let d = day.or(seen.date);
                (Some(seen.source), d)
            }
            None => match an {
                Anaphor::Noun(n) => (Some(Source::descriptor(n)), day),
                _ => (None, day),
            },
        }
    }
}

impl Default for Scanner {
    fn default() -> Scanner {
        Scanner::builder().build()
    }
}

/// The document being read, with attributions cached per sentence.
struct Doc<'t> {
    text: &'t str,
    sentences: &'t [Sentence],
    orgs: &'t Organizations,
    attrs: HashMap<usize, Vec<Attribution>>,
    /// How many pointers ("the group said") `antecedent` is resolving
    /// through right now: bounded, so that a document of such sentences is
    /// not read back to its start for each claim.
    pointers: usize,
    /// The quote depth before each sentence, counted from the start of its
    /// paragraph; built on first use.
    quote_depth: Vec<i32>,
    /// The organization each sentence names without a reporting verb, for
    /// `antecedent`, which may ask about one sentence many times.
    named: HashMap<usize, Option<String>>,
}

/// How many pointers in a row `antecedent` follows back.
const MAX_POINTERS: usize = 2;

impl Doc<'_> {
    fn attributions(&mut self, si: usize, toks: &[Token]) -> Vec<Attribution> {
        if let Some(a) = self.attrs.get(&si) {
            return a.clone();
        }
        let a = attribution::find(self.text, toks, self.orgs);
        self.attrs.insert(si, a.clone());
        a
    }

    fn attributions_of(&mut self, si: usize) -> Vec<Attribution> {
        if let Some(a) = self.attrs.get(&si) {
            return a.clone();
        }
        let s = self.sentences[si];
        let toks = sentence::tokenize(self.text, s.span);
        self.attributions(si, &toks)
    }

    /// The last named source within the two sentences before `si` (or
    /// earlier in the same paragraph) that `an` can stand for.
    fn antecedent(&mut self, si: usize, an: &Anaphor, gov: Option<NaiveDate>) -> Option<Seen> {
        let para = self.sentences[si].paragraph;
        let lo = si.saturating_sub(6);
        for sj in (lo..=si).rev() {
            let near = sj + 2 >= si || self.sentences[sj].paragraph == para;
            if !near {
                break;
            }
            let text = self.text;
            let span = self.sentences[sj].span;
            let attrs = self.attributions_of(sj);
            for a in attrs.iter().rev() {
                // an earlier pointer ("the group said") stands for what it
                // pointed to, or for its own noun
                let resolved;
                let src = match (&a.source, &a.anaphor) {
                    (Some(src), _) => src,
                    (None, Some(inner)) if sj < si => {
                        let back = if self.pointers < MAX_POINTERS {
                            self.pointers += 1;
                            let back = self.antecedent(sj, inner, gov);
                            self.pointers -= 1;
                            back
                        } else {
                            None
                        };
                        resolved = match back {
                            Some(seen) => seen.source,
                            None => match inner {
                                Anaphor::Noun(n) => Source::descriptor(n.clone()),
                                _ => continue,
                            },
                        };
                        &resolved
                    }
                    _ => continue,
                };
                let fits = match an {
                    Anaphor::Any => true,
                    // "she said": a person, or the body a person spoke for
                    Anaphor::Person => true,
                    Anaphor::Noun(n) => {
                        let name = src.name.to_lowercase();
                        name.contains(n.as_str())
                            || (src.kind == SourceKind::Organization
                                && matches!(
                                    n.as_str(),
                                    "group"
                                        | "monitor"
                                        | "organization"
                                        | "organisation"
                                        | "body"
                                        | "watchdog"
                                        | "charity"
                                        | "network"
                                ))
                    }
                };
                if fits {
                    let times = date::find_time_exprs(text, span);
                    let day = statement_day(text, a, &times).and_then(|t| resolve_day(&t, gov));
                    return Some(Seen {
                        source: src.clone(),
                        date: day,
                    });
                }
            }
            // "In a statement, Amnesty International called on ..." names a
            // source without a reporting verb
            if matches!(an, Anaphor::Any | Anaphor::Noun(_)) && sj < si {
                let orgs = self.orgs;
                let named = self.named.entry(sj).or_insert_with(|| {
                    orgs.find_in(&text[span], false)
                        .map(str::to_string)
                        .or_else(|| named_organization(&text[span]))
                });
                if let Some(name) = named.clone() {
                    return Some(Seen {
                        source: Source::organization(name),
                        date: None,
                    });
                }
            }
        }
        None
    }

    /// For a sentence inside a quotation: the attribution of the quotation.
    fn quoted_source(&mut self, si: usize) -> Option<(Source, Option<TimeExpr>)> {
        let para = self.sentences[si].paragraph;
        let text = self.text;
        if self.quote_depth.is_empty() {
            // one pass, not one per claim: a paragraph may be a whole book
            let mut depth = 0;
            for (sj, s) in self.sentences.iter().enumerate() {
                if sj > 0 && self.sentences[sj - 1].paragraph != s.paragraph {
                    depth = 0;
                }
                self.quote_depth.push(depth);
                depth += quote_balance(&text[s.span]);
            }
        }
        let depth = self.quote_depth[si];
        let own = &text[self.sentences[si].span];
        let inside = depth % 2 != 0 || own.trim_start().starts_with(['"', '\u{201c}']);
        if !inside {
            return None;
        }
        for sj in si..(si + 4).min(self.sentences.len()) {
            if self.sentences[sj].paragraph != para {
                break;
            }
            let attrs = self.attributions_of(sj);
            let Some(a) = attrs.first() else { continue };
            let src = match &a.source {
                Some(s) => Some(s.clone()),
                None => {
                    let an = a.anaphor.clone().unwrap_or(Anaphor::Any);
                    self.antecedent(sj, &an, None).map(|s| s.source)
                }
            };
            let times = date::find_time_exprs(text, self.sentences[sj].span);
            return src.map(|s| (s, statement_day(text, a, &times)));
        }
        None
    }
}

/// A capitalised name holding an organization word, for pronouns to point
/// back to: "The Velmora Rights Network released figures."
fn named_organization(sentence: &str) -> Option<String> {
    static NAME: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r"(?x)
            \b[A-Z][\w'’.-]*                                  # a capitalised word
            (?:\s+(?:(?:of|for|the|and|on)\s+)*[A-Z][\w'’.-]*)+  # more, with small words inside",
        )
        .expect("the organization name pattern is valid")
    });
    NAME.find_iter(sentence)
        .map(|m| m.as_str().trim_start_matches("The ").to_string())
        .find(|n| n.split_whitespace().any(attribution::is_org_word))
}

/// +1 for each opening quote mark, -1 for each closing one; straight
/// quotes alternate.
fn quote_balance(s: &str) -> i32 {
    let mut n = 0;
    for c in s.chars() {
        match c {
            '\u{201c}' => n += 1,
            '\u{201d}' => n -= 1,
            '"' => n += 1,
            _ => {}
        }
    }
    if s.contains('"') {
        // straight quotes: only parity matters
        n % 2
    } else {
        n
    }
}

/// Picks the attribution that covers the figure at byte `pos`: the nearest
/// reporting verb before it in the same clause, else the nearest after it.
fn choose_attribution<'a>(
    text: &str,
    attrs: &'a [Attribution],
    pos: usize,
) -> Option<&'a Attribution> {
    // a report before the figure covers it unless the figure sits in a
    // background clause of its own: "X said the blasts showed ... a war
    // that has killed at least 250,000 people"
    let background = |a: &Attribution| {
        let between = text[a.verb.end..pos].to_ascii_lowercase();
        let words: Vec<&str> = between
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words.windows(2).enumerate().any(|(k, w)| {
            k >= 2
                && matches!(w[0], "that" | "which")
                && matches!(w[1], "has" | "have" | "had" | "killed" | "left" | "claimed")
        })
    };
    let before = attrs
        .iter()
        .filter(|a| a.verb.end <= pos && !background(a))
        .max_by_key(|a| a.verb.start);
    // a following report counts when it stands apart from the clause of the
    // figure ("..., police said"), not inside a relative clause ("the road
    // where the mayor said ...")
    let apart = |a: &Attribution| {
        let before = text[pos..a.span.start].trim_end();
        before.ends_with([
            ',', '"', '\u{201d}', '\u{2019}', '\'', '-', '\u{2014}', '(', ':',
        ]) || text[pos..a.span.start].trim().is_empty()
            || text[a.span.start..].starts_with(':')
    };
    let after = attrs
        .iter()
        .filter(|a| a.span.start >= pos && apart(a))
        .min_by_key(|a| a.verb.start);
    // "according to X" right after the figure's clause beats a verb far before
    match (before, after) {
        (Some(_), Some(a))
            if text[a.verb].eq_ignore_ascii_case("according")
                && !text[pos..a.verb.start].contains(',') =>
        {
            Some(a)
        }
        (Some(b), _) => Some(b),
        (None, a) => a,
    }
}

/// The day expression of a statement: "said Wednesday", "said on Sunday",
/// "told CNN Monday", "The ministry on Tuesday said".
fn statement_day(text: &str, a: &Attribution, times: &[TimeExpr]) -> Option<TimeExpr> {
    times
        .iter()
        .filter(|t| t.is_day())
        .find(|t| {
            if t.span.start >= a.verb.end {
                let gap = &text[a.verb.end..t.span.start];
                gap.len() <= 40
                    && !gap.contains([',', '.', ';', '"', '\u{201c}'])
                    && gap.split_whitespace().count() <= 4
                    && !gap.to_ascii_lowercase().contains("that")
            } else if t.span.end <= a.verb.start {
                let gap = &text[t.span.end..a.verb.start];
                t.span.start >= a.span.start.saturating_sub(1) && gap.trim().is_empty()
                    || (t.span.start > a.span.start
                        && gap.split_whitespace().count() <= 1
                        && !gap.contains(','))
            } else {
                false
            }
        })
        .copied()
}

fn resolve_day(t: &TimeExpr, gov: Option<NaiveDate>) -> Option<NaiveDate> {
    let g = gov?;
    t.resolve(g).map(|(start, _)| start)
}

/// The period of a claim: the nearest time expression in its sentence that
/// is not the day of a statement, preferring one after the figure.
fn period_of(
    text: &str,
    f: &Found,
    times: &[TimeExpr],
    attrs: &[Attribution],
    anchor: Option<NaiveDate>,
    datelines: &[Span],
) -> Option<Period> {
    let pos = f.number.span;
    let is_statement = |t: &TimeExpr| {
        attrs
            .iter()
            .any(|a| statement_day(text, a, std::slice::from_ref(t)).is_some())
    };
    // a time after the figure belongs to it within its clause ("70 people
    // died Thursday"), not past a comma ("..., officials said, the worst
    // day since 2022"); one before it may head the sentence ("On Sunday, a
    // bomb killed 10")
    let same_clause = |t: &TimeExpr| {
        if t.span.start < pos.end {
            return true;
        }
        let gap = &text[pos.end..t.span.start];
        let lower = gap.to_ascii_lowercase();
        gap.len() <= 160
            && !gap.contains([';', ':', '.'])
            && !["said", "says", "told", "according", "reported", "added"]
                .iter()
                .any(|v| lower.contains(v))
    };
    let in_dateline = |t: &TimeExpr| {
        datelines
            .iter()
            .any(|d| d.start < t.span.end && t.span.start < d.end)
    };
    let best = times
        .iter()
        .filter(|t| {
            !is_statement(t)
                && !in_dateline(t)
                && (t.span.end <= pos.start || t.span.start >= pos.end)
                && same_clause(t)
        })
        .min_by_key(|t| {
            if t.span.start >= pos.end {
                let gap = &text[pos.end..t.span.start];
                gap.len() + if gap.contains(';') { 1000 } else { 0 }
            } else {
                let gap = &text[t.span.end..pos.start];
                gap.len() * 2 + 20 + if gap.contains(';') { 1000 } else { 0 }
            }
        })?;
    let resolved = match anchor {
        Some(a) => best.resolve(a),
        None => best.resolve_absolute(),
    };
    let (start, end) = match resolved {
        Some((s, e)) => (Some(s), Some(e)),
        None => (None, None),
    };
    Some(Period {
        text: text[best.span].to_string(),
        start,
        end,
    })
}

/// Running total or single event, from the wording of the figure's clause.
///
/// Cumulative: a toll ("the death toll rose to 92"), a perfect tense ("has
/// killed", "have been displaced"), a span ("since March 2011", "so far",
/// "in 16 months of unrest", a period longer than a month). Incident: one
/// day ("died Thursday") or an event noun ("a bomb killed 10") with none of
/// the former. Otherwise unknown.
fn scope_of(text: &str, s: &Sentence, f: &Found, period: Option<&Period>) -> Scope {
    const PERFECT: &[&str] = &[
        "has killed",
        "have killed",
        "had killed",
        "has claimed",
        "have claimed",
        "have died",
        "has died",
        "have been killed",
        "has been killed",
        "have been wounded",
        "have been injured",
        "have been displaced",
        "have fled",
        "have been arrested",
        "have been detained",
        "have been kidnapped",
        "have been abducted",
        "have gone missing",
        "have been left",
    ];
    const SPAN: &[&str] = &[
        "since ",
        "so far",
        "to date",
        "in total",
        "a total of",
        "altogether",
        "cumulative",
        "over the past",
        "in the past",
        "months of",
        "years of",
        "weeks of",
        "throughout",
        "this year",
        "last year",
        "overall",
    ];
    const EVENT: &[&str] = &[
        "attack",
        "bomb",
        "blast",
        "explosion",
        "crash",
        "clash",
        "shooting",
        "strike",
        "fire",
        "collapse",
        "ambush",
        "raid",
        "storm",
        "earthquake",
        "accident",
        "stampede",
        "derail",
        "flood",
        "landslide",
        "gunmen",
        "gunman",
        "shelling",
        "airstrike",
        "quake",
        "tornado",
    ];
    // the clause: back to the last break, forward to the next
    let sent = &text[s.span];
    let at = f.number.span.start - s.span.start;
    let end_at = f.number.span.end - s.span.start;
    let from = sent[..at].rfind([';', ':']).map(|i| i + 1).unwrap_or(0);
    let to = sent[end_at..]
        .find([';', ':'])
        .map(|i| end_at + i)
        .unwrap_or(sent.len());
    let clause = sent.get(from..to).unwrap_or(sent).to_ascii_lowercase();
    let long_period = period.is_some_and(|p| match (p.start, p.end) {
        (Some(a), Some(b)) => (b - a).num_days() > 31,
        _ => {
            let t = p.text.to_ascii_lowercase();
            SPAN.iter().any(|c| t.contains(c.trim_end()))
                || t.contains("months")
                || t.contains("years")
        }
    });
    let one_day = period.is_some_and(|p| p.start.is_some() && p.start == p.end);
    if f.rule == recognize::TOLL.name
        || long_period
        || PERFECT.iter().any(|c| clause.contains(c))
        || SPAN.iter().any(|c| clause.contains(c))
    {
        return Scope::Cumulative;
    }
    if one_day || EVENT.iter().any(|c| clause.contains(c)) {
        return Scope::Incident;
    }
    Scope::Unknown
}

fn figure_of(n: &NumberMatch) -> Figure {
    match n.high {
        Some(h) => Figure::range(n.value, h),
        None => Figure::new(n.value, n.bound),
    }
}

/// The governing dates of a document: the caller's date from the start,
/// and each later dateline from where it stands.
fn governing_dates(
    lines: &[date::Dateline],
    text: &str,
    published: Option<NaiveDate>,
) -> Vec<Governing> {
    let mut out = Vec::new();
    match published {
        Some(p) => {
            out.push(Governing {
                from: 0,
                date: Some(p),
            });
            // the article's own dateline (the first) is the caller's date;
            // later ones start new items (teasers, related stories)
            for (i, d) in lines.iter().enumerate() {
                if i == 0
                    && d.span.start < text.len().min(2000)
                    && d.date
                        .map(|x| (x - p).num_days().abs() <= 2)
                        .unwrap_or(true)
                {
                    continue;
                }
                out.push(Governing {
                    from: d.span.start,
                    date: d.date,
                });
            }
        }
        None => {
            if let Some(first) = lines.first() {
                out.push(Governing {
                    from: 0,
                    date: first.date,
                });
            }
            for d in lines.iter().skip(1) {
                out.push(Governing {
                    from: d.span.start,
                    date: d.date,
                });
            }
        }
    }
    out
}

fn governing_at(g: &[Governing], pos: usize) -> Option<NaiveDate> {
    // `g` is in text order: the last one starting at or before `pos`
    let k = g.partition_point(|x| x.from <= pos);
    k.checked_sub(1).and_then(|k| g[k].date)
}

static DEFAULT: Lazy<Scanner> = Lazy::new(Scanner::default);

/// Every claim in `text`, with the default scanner and no publication date.
///
/// ```
/// let claims = casualty::scan("At least 70 people died, the group said.");
/// assert_eq!(claims[0].figure.value, 70);
/// assert_eq!(claims[0].figure.bound, casualty::Bound::AtLeast);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn scan(text: &str) -> Vec<Claim> {
    DEFAULT.scan(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_traits() {
        fn check<T: Send + Sync + std::panic::UnwindSafe>() {}
        check::<Scanner>();
        check::<Claim>();
        check::<Pattern>();
    }
}
