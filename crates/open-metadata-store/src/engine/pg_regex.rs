//! Translating a search's regular expression into PostgreSQL's dialect (ARE), so PostgreSQL can
//! discard non-matching rows itself.
//!
//! The translation is written from the parsed expression, not the text, and covers only what both
//! engines read the same way: literals, classes, `.`, line anchors, repetitions up to 255,
//! groups and alternation. Anything else (word boundaries, large counted repetitions) gives `None`
//! and the rows are checked in Rust instead. The result is used only to narrow candidates; the
//! Rust expression decides.

use std::fmt::Write as _;

use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// ARE's largest repetition count.
const ARE_DUPMAX: u32 = 255;

/// The ARE form of `pattern` for a newline-separated search text (PostgreSQL's `(?n)` mode, where
/// `.` does not cross a newline and `^`/`$` match at line boundaries), or `None`.
pub(crate) fn to_postgres(pattern: &str) -> Option<String> {
    let hir = regex_syntax::ParserBuilder::new().build().parse(pattern).ok()?;
    let mut out = String::from("(?n)");
    write_hir(&hir, &mut out)?;
    Some(out)
}

fn write_char(c: char, out: &mut String) {
    if c.is_ascii_alphanumeric() {
        out.push(c);
    } else {
        let _ = write!(out, "\\U{:08x}", u32::from(c));
    }
}

fn is_any_but_newline(class: &Class) -> bool {
    match class {
        Class::Unicode(unicode) => {
            let ranges: Vec<(char, char)> = unicode.ranges().iter().map(|r| (r.start(), r.end())).collect();
            ranges == [('\0', '\t'), ('\u{b}', char::MAX)]
        }
        Class::Bytes(_) => false,
    }
}

fn write_hir(hir: &Hir, out: &mut String) -> Option<()> {
    match hir.kind() {
        HirKind::Empty => {}
        HirKind::Literal(literal) => {
            for c in std::str::from_utf8(&literal.0).ok()?.chars() {
                write_char(c, out);
            }
        }
        HirKind::Class(class) if is_any_but_newline(class) => out.push('.'),
        HirKind::Class(Class::Unicode(unicode)) => {
            if unicode.ranges().is_empty() {
                return None;
            }
            out.push('[');
            for range in unicode.ranges() {
                write_char(range.start(), out);
                if range.end() != range.start() {
                    out.push('-');
                    write_char(range.end(), out);
                }
            }
            out.push(']');
        }
        HirKind::Look(Look::Start | Look::StartLF) => out.push('^'),
        HirKind::Look(Look::End | Look::EndLF) => out.push('$'),
        HirKind::Repetition(repetition) => {
            if repetition.min > ARE_DUPMAX || repetition.max.is_some_and(|max| max > ARE_DUPMAX) {
                return None;
            }
            out.push_str("(?:");
            write_hir(&repetition.sub, out)?;
            out.push(')');
            match (repetition.min, repetition.max) {
                (0, None) => out.push('*'),
                (1, None) => out.push('+'),
                (0, Some(1)) => out.push('?'),
                (min, None) => {
                    let _ = write!(out, "{{{min},}}");
                }
                (min, Some(max)) if min == max => {
                    let _ = write!(out, "{{{min}}}");
                }
                (min, Some(max)) => {
                    let _ = write!(out, "{{{min},{max}}}");
                }
            }
            if !repetition.greedy {
                out.push('?');
            }
        }
        HirKind::Capture(capture) => {
            out.push_str("(?:");
            write_hir(&capture.sub, out)?;
            out.push(')');
        }
        HirKind::Concat(parts) => {
            for part in parts {
                write_hir(part, out)?;
            }
        }
        HirKind::Alternation(options) => {
            out.push_str("(?:");
            for (index, option) in options.iter().enumerate() {
                if index > 0 {
                    out.push('|');
                }
                write_hir(option, out)?;
            }
            out.push(')');
        }
        // Byte classes, word boundaries and other look-arounds: not translated.
        _ => return None,
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translates_the_common_forms() {
        assert_eq!(to_postgres("abc").as_deref(), Some("(?n)abc"));
        assert_eq!(to_postgres("t.9").as_deref(), Some("(?n)t.9"));
        assert_eq!(to_postgres("^cust").as_deref(), Some("(?n)^cust"));
        assert_eq!(to_postgres("a\\.b$").as_deref(), Some("(?n)a\\U0000002eb$"));
        assert_eq!(to_postgres("x{2,3}?").as_deref(), Some("(?n)(?:x){2,3}?"));
        assert_eq!(to_postgres("(sales|orders)+").as_deref(), Some("(?n)(?:(?:(?:sales|orders)))+"));
        assert_eq!(to_postgres("[a-c]").as_deref(), Some("(?n)[a-c]"));
    }

    #[test]
    fn refuses_what_the_engines_read_differently() {
        assert_eq!(to_postgres(r"\bword\b"), None);
        assert_eq!(to_postgres("a{1000}"), None);
        assert_eq!(to_postgres("("), None);
    }
}
