//! Search strings with Egeria's semantics, and the literals that let an index narrow them.
//!
//! A search string is matched against each string value of an element; the element matches when
//! one value does. An absent or blank string matches everything. With `starts_with`, `ends_with` or
//! both, the (trimmed) string is a literal prefix, suffix or exact value, as Egeria's view services
//! build it. With neither flag it is a regular expression found anywhere in a value; Java's
//! `\Q…\E` quoting is understood. `ignore_case` applies to every form.
//!
//! For the index, [`SearchMatcher::required_literals`] lists substrings every match must contain
//! (three characters or more, for trigram indexes). The index only narrows the candidates; the
//! regular expression decides.

use integration_daemon_api::{Result, SearchString};
use regex::{Regex, RegexBuilder};
use regex_syntax::hir::{Hir, HirKind};

use crate::messages;

/// A compiled search string.
#[derive(Debug, Clone)]
pub(crate) struct SearchMatcher {
    regex: Regex,
    literals: Vec<String>,
    /// The same search for a whole `search_text` (values one per line): multi-line mode makes
    /// `^` and `$` match at value boundaries.
    text_pattern: String,
    /// The same search in PostgreSQL's regex dialect, when it can be written in it.
    postgres_pattern: Option<String>,
    ignore_case: bool,
}

/// The shortest literal a trigram index can use.
const MIN_LITERAL: usize = 3;

impl SearchMatcher {
    /// Compiles a search; `None` when it matches everything.
    pub(crate) fn new(search: &SearchString) -> Result<Option<SearchMatcher>> {
        let Some(text) = search.search_string.as_deref().map(str::trim).filter(|text| !text.is_empty()) else {
            return Ok(None);
        };
        let (pattern, literal) = match (search.starts_with, search.ends_with) {
            (true, true) => (format!("^(?:{})$", regex::escape(text)), Some(text.to_owned())),
            (true, false) => (format!("^(?:{})", regex::escape(text)), Some(text.to_owned())),
            (false, true) => (format!("(?:{})$", regex::escape(text)), Some(text.to_owned())),
            (false, false) => (translate_java_quotes(text), None),
        };
        let text_pattern = format!("(?m{}){pattern}", if search.ignore_case { "i" } else { "" });
        let regex = RegexBuilder::new(&pattern)
            .case_insensitive(search.ignore_case)
            .size_limit(1 << 20)
            .dfa_size_limit(1 << 22)
            .build()
            .map_err(|error| {
                messages::BAD_SEARCH_STRING
                    .error(&[&text, &first_line(&error.to_string())])
                    .with_parameter_name("searchString")
            })?;
        let mut literals = match literal {
            Some(literal) => vec![literal],
            None => regex_syntax::Parser::new().parse(&pattern).map(|hir| required_literals(&hir)).unwrap_or_default(),
        };
        literals.retain(|literal| literal.chars().count() >= MIN_LITERAL);
        // Case-insensitive indexes fold ASCII reliably; for other letters let the regex decide alone.
        if search.ignore_case {
            literals.retain(|literal| literal.is_ascii());
        }
        literals.sort_by_key(|literal| std::cmp::Reverse(literal.len()));
        literals.dedup();
        literals.truncate(4);
        let postgres_pattern = super::pg_regex::to_postgres(&pattern);
        Ok(Some(SearchMatcher { regex, literals, text_pattern, postgres_pattern, ignore_case: search.ignore_case }))
    }

    /// True when one of the values matches.
    pub(crate) fn matches_any<'a>(&self, values: impl IntoIterator<Item = &'a str>) -> bool {
        values.into_iter().any(|value| self.regex.is_match(value))
    }

    /// True when the value matches.
    pub(crate) fn is_match(&self, value: &str) -> bool {
        self.regex.is_match(value)
    }

    /// The regular expression to run over a whole search text (one value per line). Anything a
    /// value matches, the text matches; the reverse can fail only for patterns that cross a line,
    /// so it serves as a prefilter before the per-value check.
    pub(crate) fn text_pattern(&self) -> &str {
        &self.text_pattern
    }

    /// The search in PostgreSQL's dialect, for a whole search text, and whether it ignores case
    /// (use `~*` then); `None` when it cannot be written safely.
    pub(crate) fn postgres_pattern(&self) -> Option<(&str, bool)> {
        self.postgres_pattern.as_deref().map(|pattern| (pattern, self.ignore_case))
    }

    /// Substrings (3+ characters) that every matching value contains, longest first; empty when
    /// the search has none and every candidate must be checked.
    pub(crate) fn required_literals(&self) -> &[String] {
        &self.literals
    }
}

fn first_line(text: &str) -> String {
    text.lines().rfind(|line| !line.trim().is_empty()).unwrap_or(text).trim().to_owned()
}

/// Rewrites Java's `\Q…\E` quoted sections as escaped literals (the Rust engine has no `\Q`).
fn translate_java_quotes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(start) = rest.find("\\Q") {
        // A `\Q` preceded by an odd number of backslashes is an escaped backslash followed by `Q`.
        let backslashes = rest[..start].chars().rev().take_while(|c| *c == '\\').count();
        if backslashes % 2 == 1 {
            out.push_str(&rest[..start + 2]);
            rest = &rest[start + 2..];
            continue;
        }
        out.push_str(&rest[..start]);
        let quoted = &rest[start + 2..];
        let (literal, after) = quoted.find("\\E").map_or((quoted, ""), |end| (&quoted[..end], &quoted[end + 2..]));
        out.push_str(&regex::escape(literal));
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Literal runs that every match of `hir` must contain.
fn required_literals(hir: &Hir) -> Vec<String> {
    let mut out = Vec::new();
    collect_required(hir, &mut out);
    out
}

fn collect_required(hir: &Hir, out: &mut Vec<String>) {
    match hir.kind() {
        HirKind::Literal(literal) => out.push(String::from_utf8_lossy(&literal.0).into_owned()),
        HirKind::Capture(capture) => collect_required(&capture.sub, out),
        HirKind::Repetition(repetition) if repetition.min >= 1 => collect_required(&repetition.sub, out),
        HirKind::Concat(parts) => {
            let mut run = String::new();
            for part in parts {
                if let HirKind::Literal(literal) = part.kind() {
                    run.push_str(&String::from_utf8_lossy(&literal.0));
                } else {
                    if !run.is_empty() {
                        out.push(std::mem::take(&mut run));
                    }
                    collect_required(part, out);
                }
            }
            if !run.is_empty() {
                out.push(run);
            }
        }
        // Alternations, optional parts, classes and look-arounds require nothing in particular.
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn search(text: &str, starts_with: bool, ends_with: bool, ignore_case: bool) -> Option<SearchMatcher> {
        SearchMatcher::new(&SearchString { search_string: Some(text.to_owned()), starts_with, ends_with, ignore_case })
            .unwrap()
    }

    fn check(matcher: &SearchMatcher, cases: &[(&str, bool)]) {
        for (value, expected) in cases {
            assert_eq!(matcher.is_match(value), *expected, "{value}");
        }
    }

    #[test]
    fn blank_matches_everything() {
        assert!(search("  ", false, false, false).is_none());
        assert!(SearchMatcher::new(&SearchString::default()).unwrap().is_none());
    }

    #[test]
    fn plain_search_is_a_regex_found_anywhere() {
        let matcher = search("ord.rs", false, false, false).unwrap();
        check(&matcher, &[("orders", true), ("my_orders_v2", true), ("Orders", false), ("ords", false)]);
        let anchored = search("^cust", false, false, false).unwrap();
        check(&anchored, &[("customers", true), ("my_customers", false)]);
    }

    #[test]
    fn flags_make_the_string_a_literal() {
        let prefix = search("a.b", true, false, false).unwrap();
        check(&prefix, &[("a.bc", true), ("axbc", false), ("za.b", false)]);
        let suffix = search("a.b", false, true, false).unwrap();
        check(&suffix, &[("za.b", true), ("a.bz", false)]);
        let exact = search(" a.b ", true, true, true).unwrap();
        check(&exact, &[("A.B", true), ("a.bb", false)]);
    }

    #[test]
    fn java_quotes_are_literals() {
        let matcher = search(r"\Q(x)\E.*y", false, false, false).unwrap();
        check(&matcher, &[("(x)zzy", true), ("xzzy", false)]);
        assert_eq!(translate_java_quotes(r"a\\Qb"), r"a\\Qb");
        assert_eq!(translate_java_quotes(r"\Qopen"), "open");
    }

    #[test]
    fn bad_regex_is_an_invalid_parameter() {
        let error = SearchMatcher::new(&SearchString::regex("(")).unwrap_err();
        assert_eq!(error.kind(), integration_daemon_api::ErrorKind::InvalidParameter);
        assert!(error.message().contains('('), "{error}");
    }

    #[test]
    fn literals_for_the_index() {
        let literals = |text: &str| search(text, false, false, false).unwrap().required_literals().to_vec();
        assert_eq!(literals("orders"), vec!["orders"]);
        assert_eq!(literals("cust.*omer_table"), vec!["omer_table", "cust"]);
        assert_eq!(literals("(sales|orders)_2024"), vec!["_2024"]);
        assert!(literals("a.b").is_empty());
        assert!(literals(".*").is_empty());
        assert_eq!(search("x.y.z", true, false, false).unwrap().required_literals(), ["x.y.z"]);
    }
}
