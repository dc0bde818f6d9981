//! The claim model: what one casualty figure in a text is, as `claims.md`
//! defines it.
//!
//! Every type here serializes to exactly the JSON of the contract: snake_case
//! enum names, dates as `YYYY-MM-DD`, spans as `[start, end]`.

use std::fmt;
use std::ops::{Index, Range};

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

/// A half-open range of byte offsets `[start, end)` into a document.
///
/// Spans produced by this crate always lie on `char` boundaries of the text
/// they were produced from, with `start <= end`, so slicing never panics:
///
/// ```
/// use casualty::Span;
///
/// let text = "Officials said 12 people were killed.";
/// let span = Span::new(15, 17);
/// assert_eq!(&text[span], "12");
/// assert_eq!(&text[span.range()], "12");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`. If `end < start` the two are swapped, so
    /// a span is never inverted.
    ///
    /// ```
    /// use casualty::Span;
    /// assert_eq!(Span::new(7, 3), Span::new(3, 7));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        if end < start {
            Span {
                start: end,
                end: start,
            }
        } else {
            Span { start, end }
        }
    }

    /// The span as a `Range<usize>`, for slicing a `String`.
    ///
    /// ```
    /// use casualty::Span;
    /// let s = String::from("at least 70 dead");
    /// assert_eq!(&s[Span::new(9, 11).range()], "70");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The length in bytes.
    ///
    /// ```
    /// use casualty::Span;
    /// assert_eq!(Span::new(2, 5).len(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// use casualty::Span;
    /// assert!(Span::new(4, 4).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The same span moved `by` bytes to the right (saturating).
    ///
    /// ```
    /// use casualty::Span;
    /// assert_eq!(Span::new(2, 5).shifted(10), Span::new(12, 15));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn shifted(self, by: usize) -> Span {
        Span {
            start: self.start.saturating_add(by),
            end: self.end.saturating_add(by),
        }
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.start..s.end
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

/// The qualifier on a figure: what the number is a bound of.
///
/// ```
/// use casualty::Bound;
/// assert_eq!(Bound::MoreThan.as_str(), "more_than");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Bound {
    /// A bare number: "killed 70 people".
    Exact,
    /// "at least", "a minimum of", and vague plurals ("dozens").
    AtLeast,
    /// "more than", "over", "in excess of", "16,700+".
    MoreThan,
    /// "up to", "as many as", "no more than".
    AtMost,
    /// "fewer than", "under", "nearly", "almost".
    LessThan,
    /// "about", "around", "some", "an estimated", "a dozen".
    Approximately,
    /// "between 50 and 70", "50-70", "40 or 50": `value` is the low end.
    Range,
}

impl Bound {
    /// The contract's name for this bound.
    ///
    /// ```
    /// assert_eq!(casualty::Bound::AtLeast.as_str(), "at_least");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::AtLeast => "at_least",
            Bound::MoreThan => "more_than",
            Bound::AtMost => "at_most",
            Bound::LessThan => "less_than",
            Bound::Approximately => "approximately",
            Bound::Range => "range",
        }
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A number of people with its qualifier, as written.
///
/// `Figure` has field-by-field equality but deliberately no ordering: "more
/// than 16,700" and "in excess of 12,000" are compared through intervals
/// (see [`crate::Interval`]), never with `<`.
///
/// ```
/// use casualty::{Bound, Figure};
/// let f = Figure::new(16_700, Bound::MoreThan);
/// assert_eq!(f.value, 16_700);
/// assert_eq!(f.high, None);
/// assert_eq!(Figure::range(50, 70).high, Some(70));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Figure {
    /// The number, or the low end of a range.
    pub value: u64,
    /// The high end, for ranges only.
    pub high: Option<u64>,
    /// The qualifier.
    pub bound: Bound,
}

impl Figure {
    /// A figure that is not a range.
    ///
    /// ```
    /// let f = casualty::Figure::new(7, casualty::Bound::Exact);
    /// assert_eq!(f.to_string(), "7");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(value: u64, bound: Bound) -> Figure {
        Figure {
            value,
            high: None,
            bound,
        }
    }

    /// A range figure, low end first (the two are put in order).
    ///
    /// ```
    /// let f = casualty::Figure::range(70, 50);
    /// assert_eq!((f.value, f.high), (50, Some(70)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn range(low: u64, high: u64) -> Figure {
        Figure {
            value: low.min(high),
            high: Some(low.max(high)),
            bound: Bound::Range,
        }
    }
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let q = match self.bound {
            Bound::Exact | Bound::Range => "",
            Bound::AtLeast => "at least ",
            Bound::MoreThan => "more than ",
            Bound::AtMost => "at most ",
            Bound::LessThan => "fewer than ",
            Bound::Approximately => "about ",
        };
        match self.high {
            Some(h) => write!(f, "{q}{}-{h}", self.value),
            None => write!(f, "{q}{}", self.value),
        }
    }
}

/// What happened to the people counted.
///
/// ```
/// use casualty::Category;
/// assert_eq!(Category::Killed.as_str(), "killed");
/// assert_eq!(Category::ALL.len(), 7);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Category {
    /// Killed or died, from any cause.
    Killed,
    /// Wounded or hurt.
    Injured,
    /// Killed or wounded, unsplit.
    Casualties,
    /// Missing or unaccounted for.
    Missing,
    /// Detained by authorities.
    Arrested,
    /// Abducted by anyone.
    Kidnapped,
    /// Driven from their homes.
    Displaced,
}

impl Category {
    /// Every category, in the contract's order.
    ///
    /// ```
    /// assert_eq!(casualty::Category::ALL[0], casualty::Category::Killed);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const ALL: [Category; 7] = [
        Category::Killed,
        Category::Injured,
        Category::Casualties,
        Category::Missing,
        Category::Arrested,
        Category::Kidnapped,
        Category::Displaced,
    ];

    /// The contract's name for this category.
    ///
    /// ```
    /// assert_eq!(casualty::Category::Displaced.as_str(), "displaced");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Killed => "killed",
            Category::Injured => "injured",
            Category::Casualties => "casualties",
            Category::Missing => "missing",
            Category::Arrested => "arrested",
            Category::Kidnapped => "kidnapped",
            Category::Displaced => "displaced",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who the people counted were, when the text says so.
///
/// ```
/// use casualty::Victims;
/// assert_eq!(Victims::SecurityForces.as_str(), "security_forces");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Victims {
    /// Civilians, noncombatants.
    Civilians,
    /// Children, boys, girls, minors.
    Children,
    /// Women.
    Women,
    /// Soldiers, troops, police, service members, government forces.
    SecurityForces,
    /// Rebels, militants, insurgents, jihadists, armed opposition.
    Fighters,
    /// Protesters, demonstrators.
    Protesters,
    /// Journalists, reporters.
    Journalists,
    /// Aid workers.
    AidWorkers,
}

impl Victims {
    /// The contract's name for this group.
    ///
    /// ```
    /// assert_eq!(casualty::Victims::AidWorkers.as_str(), "aid_workers");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Victims::Civilians => "civilians",
            Victims::Children => "children",
            Victims::Women => "women",
            Victims::SecurityForces => "security_forces",
            Victims::Fighters => "fighters",
            Victims::Protesters => "protesters",
            Victims::Journalists => "journalists",
            Victims::AidWorkers => "aid_workers",
        }
    }
}

impl fmt::Display for Victims {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of speaker a [`Source`] is.
///
/// ```
/// use casualty::SourceKind;
/// assert_ne!(SourceKind::Organization, SourceKind::Person);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SourceKind {
    /// A named organization ("Amnesty International", "Reuters").
    Organization,
    /// A named person with no organization given.
    Person,
    /// An unnamed body, by its descriptor ("police", "opposition group").
    Descriptor,
}

/// Who the text attributes a figure to.
///
/// `name` is what the JSON contract requires; `person` keeps the speaker
/// when a person spoke for an organization.
///
/// ```
/// use casualty::Source;
/// let s = Source::organization("Amnesty International");
/// assert_eq!(s.name, "Amnesty International");
/// assert_eq!(s.person, None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Source {
    /// The organization, person or descriptor the figure is attributed to.
    pub name: String,
    /// The person who spoke, when one is named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// What kind of speaker `name` is.
    pub kind: SourceKind,
}

impl Source {
    /// A source that is an organization.
    ///
    /// ```
    /// let s = casualty::Source::organization("Reuters");
    /// assert_eq!(s.kind, casualty::SourceKind::Organization);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn organization(name: impl Into<String>) -> Source {
        Source {
            name: name.into(),
            person: None,
            kind: SourceKind::Organization,
        }
    }

    /// A source that is a person alone.
    ///
    /// ```
    /// let s = casualty::Source::person("Jan Smit");
    /// assert_eq!(s.person.as_deref(), Some("Jan Smit"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn person(name: impl Into<String>) -> Source {
        let name = name.into();
        Source {
            person: Some(name.clone()),
            name,
            kind: SourceKind::Person,
        }
    }

    /// A source that is an unnamed body ("police", "hospital officials").
    ///
    /// ```
    /// let s = casualty::Source::descriptor("police");
    /// assert_eq!(s.kind, casualty::SourceKind::Descriptor);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn descriptor(name: impl Into<String>) -> Source {
        Source {
            name: name.into(),
            person: None,
            kind: SourceKind::Descriptor,
        }
    }
}

/// The time a figure covers: its wording, plus the days it resolves to.
///
/// `start` and `end` are set only when the wording resolves against a known
/// date ("Thursday", "last month", "since March 2011"); "in nearly 16 months
/// of unrest" keeps them `None`.
///
/// ```
/// use casualty::Period;
/// let p = Period::unresolved("in nearly 16 months of unrest");
/// assert_eq!(p.start, None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Period {
    /// The words as written.
    pub text: String,
    /// The first day covered, when it resolves.
    #[serde(serialize_with = "ser_opt_date")]
    pub start: Option<NaiveDate>,
    /// The last day covered, when it resolves.
    #[serde(serialize_with = "ser_opt_date")]
    pub end: Option<NaiveDate>,
}

impl Period {
    /// A period whose days are not known.
    ///
    /// ```
    /// let p = casualty::Period::unresolved("during the uprising");
    /// assert_eq!(p.end, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unresolved(text: impl Into<String>) -> Period {
        Period {
            text: text.into(),
            start: None,
            end: None,
        }
    }
}

/// Whether a figure is a running total or counts one event.
///
/// ```
/// use casualty::Scope;
/// assert_eq!(Scope::default(), Scope::Unknown);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Scope {
    /// A running toll: "has killed more than 16,700 since March 2011".
    Cumulative,
    /// One event or day: "70 people died Thursday", "a bomb killed 10".
    Incident,
    /// Neither can be told from the text.
    #[default]
    Unknown,
}

/// One casualty figure found in a text, with who says so and when.
///
/// ```
/// let text = "Police said 12 people were killed on Sunday.";
/// let claims = casualty::scan(text);
/// assert_eq!(claims.len(), 1);
/// let c = &claims[0];
/// assert_eq!(c.figure.value, 12);
/// assert_eq!(c.category, casualty::Category::Killed);
/// assert_eq!(&text[c.span], "12");
/// assert_eq!(c.source.as_ref().map(|s| s.name.as_str()), Some("police"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// The number with its qualifier.
    pub figure: Figure,
    /// What happened to the people.
    pub category: Category,
    /// Who they were, when the text says so.
    pub victims: Option<Victims>,
    /// Who the figure is attributed to; `None` in the writer's own voice.
    pub source: Option<Source>,
    /// The day the claim was made; `None` when no date is known.
    #[serde(serialize_with = "ser_opt_date")]
    pub date: Option<NaiveDate>,
    /// The time the figure covers, when the text says.
    pub period: Option<Period>,
    /// Byte offsets of the figure expression in the document.
    pub span: Span,
    /// The figure expression as written (the document at `span`).
    pub text: String,
    /// Running total or single event.
    pub scope: Scope,
    /// The name of the recognizer that found the figure.
    #[serde(skip)]
    pub recognizer: &'static str,
}

fn ser_opt_date<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.format("%Y-%m-%d").to_string()),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_indexes_str() {
        let t = "abc “def” ghi";
        let s = Span::new(4, 13);
        assert_eq!(&t[s], "“def”");
    }

    #[test]
    fn enum_names_match_contract() {
        let names: Vec<_> = Category::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            names,
            [
                "killed",
                "injured",
                "casualties",
                "missing",
                "arrested",
                "kidnapped",
                "displaced"
            ]
        );
        for b in [
            Bound::Exact,
            Bound::AtLeast,
            Bound::MoreThan,
            Bound::AtMost,
            Bound::LessThan,
            Bound::Approximately,
            Bound::Range,
        ] {
            // serde's name and as_str agree
            let json = format!("{:?}", b.as_str());
            assert_eq!(json, format!("\"{}\"", b));
        }
    }

    #[test]
    fn figure_display() {
        assert_eq!(
            Figure::new(16_700, Bound::MoreThan).to_string(),
            "more than 16700"
        );
        assert_eq!(Figure::range(50, 70).to_string(), "50-70");
    }
}
