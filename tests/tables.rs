//! Sentence tables: input sentence → expected claims, kept as data files in
//! `tests/data/*.jsonl` (format in `tests/data/README.md`).

use casualty::{Claim, Scanner};
use serde_json::Value;

const TABLES: &[(&str, &str)] = &[
    ("recognizers", include_str!("data/recognizers.jsonl")),
    ("not_claims", include_str!("data/not_claims.jsonl")),
    ("attribution", include_str!("data/attribution.jsonl")),
    ("dates", include_str!("data/dates.jsonl")),
    ("hard_shapes", include_str!("data/hard_shapes.jsonl")),
];

fn scan(text: &str, published: Option<&str>) -> Vec<Claim> {
    let date = published.map(|d| casualty::parse_date(d).expect("table dates are valid"));
    Scanner::default().scan_published(text, date)
}

fn field_mismatches(want: &Value, got: &Claim) -> Vec<String> {
    let mut bad = Vec::new();
    let got_json = serde_json::to_value(got).expect("claims serialize");
    let checks: &[(&str, Value)] = &[
        ("value", got_json["figure"]["value"].clone()),
        ("high", got_json["figure"]["high"].clone()),
        ("bound", got_json["figure"]["bound"].clone()),
        ("category", got_json["category"].clone()),
        ("victims", got_json["victims"].clone()),
        ("source", got_json["source"]["name"].clone()),
        ("date", got_json["date"].clone()),
        ("period_start", got_json["period"]["start"].clone()),
        ("period_end", got_json["period"]["end"].clone()),
        ("period_text", got_json["period"]["text"].clone()),
        ("scope", got_json["scope"].clone()),
        ("text", got_json["text"].clone()),
    ];
    for (key, have) in checks {
        if let Some(w) = want.get(*key) {
            if w != have {
                bad.push(format!("{key}: want {w}, got {have}"));
            }
        }
    }
    bad
}

fn run_case(case: &Value, pad: &str) -> Result<(), String> {
    let text = case["text"].as_str().ok_or("case without text")?;
    let published = case.get("published").and_then(Value::as_str);
    let padded = format!("{pad}{text}");
    let got = scan(&padded, published);
    let want = case["claims"].as_array().ok_or("case without claims")?;
    let mut errors = Vec::new();
    for c in &got {
        // every span lies on char boundaries and is the claim's text
        if padded.get(c.span.start..c.span.end) != Some(c.text.as_str()) {
            errors.push(format!(
                "span {:?} is not the claim's text {:?}",
                c.span, c.text
            ));
        }
        if c.span.start < pad.len() {
            errors.push(format!("span {:?} starts inside the padding", c.span));
        }
    }
    let summary = |cs: &[Claim]| {
        cs.iter()
            .map(|c| {
                format!(
                    "{} {} {:?} ({})",
                    c.figure.value, c.category, c.text, c.recognizer
                )
            })
            .collect::<Vec<_>>()
    };
    if got.len() != want.len() {
        errors.push(format!(
            "want {} claims, got {}: {:?}",
            want.len(),
            got.len(),
            summary(&got)
        ));
    } else {
        for (i, (w, g)) in want.iter().zip(&got).enumerate() {
            for m in field_mismatches(w, g) {
                errors.push(format!("claim {i} ({:?}): {m}", g.text));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("; "))
    }
}

#[test]
fn tables() {
    let filter = std::env::var("CASUALTY_TEST").unwrap_or_default();
    let mut failures = Vec::new();
    let mut ran = 0;
    for (file, data) in TABLES {
        for (n, line) in data.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let case: Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    failures.push(format!("{file}.jsonl:{}: not JSON: {e}", n + 1));
                    continue;
                }
            };
            let name = case["name"].as_str().unwrap_or("?").to_string();
            if !name.contains(&filter) {
                continue;
            }
            ran += 1;
            // plain, and padded with neutral multi-byte text: spans must shift
            for pad in ["", "Le café — “neutral” prose, €5 ☕ \u{200f}.\n\n"] {
                if let Err(e) = run_case(&case, pad) {
                    let how = if pad.is_empty() { "" } else { " (padded)" };
                    failures.push(format!("{file}.jsonl:{} {name}{how}: {e}", n + 1));
                    break;
                }
            }
        }
    }
    assert!(ran > 0 || !filter.is_empty(), "no table cases ran");
    assert!(
        failures.is_empty(),
        "{} of {ran} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
