//! Name conversions.

/// `qualifiedName` → `qualified_name`, `APIOperation` → `api_operation`, `ITProfile` → `it_profile`.
pub fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let previous_lower = i > 0 && (chars[i - 1].is_ascii_lowercase() || chars[i - 1].is_ascii_digit());
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            let previous_upper = i > 0 && chars[i - 1].is_ascii_uppercase();
            if i > 0 && (previous_lower || (previous_upper && next_lower)) {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `create_database_table` → `createDatabaseTable`; Egeria's acronyms stay upper case
/// (`get_api_by_guid` → `getAPIByGUID`).
pub fn camel(snake_name: &str) -> String {
    const ACRONYMS: &[&str] = &["guid", "api", "it", "url"];
    let mut out = String::with_capacity(snake_name.len());
    for (index, part) in snake_name.split('_').filter(|part| !part.is_empty()).enumerate() {
        if index == 0 {
            out.push_str(part);
        } else if ACRONYMS.contains(&part) {
            out.push_str(&part.to_ascii_uppercase());
        } else {
            let mut chars = part.chars();
            if let Some(first) = chars.next() {
                out.push(first.to_ascii_uppercase());
                out.push_str(chars.as_str());
            }
        }
    }
    out
}

/// `database_table` → `DatabaseTable`; `LOCAL_KEY` → `LocalKey`.
pub fn pascal(name: &str) -> String {
    name.split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let lower = part.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

/// `database_table` → `DATABASE_TABLE`.
pub fn constant(snake_name: &str) -> String {
    snake_name.to_ascii_uppercase()
}

/// A field name that is a Rust keyword gets the raw prefix.
pub fn ident(name: &str) -> String {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
        "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
        "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become",
        "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
    ];
    if KEYWORDS.contains(&name) { format!("r#{name}") } else { name.to_owned() }
}

/// `snake_case` → `snake case` (for messages).
pub fn words(snake_name: &str) -> String {
    snake_name.replace('_', " ")
}

/// "a" or "an" before a phrase, by its first letter.
pub fn article(phrase: &str) -> &'static str {
    if phrase.starts_with(['a', 'e', 'i', 'o', 'A', 'E', 'I', 'O']) || phrase.starts_with("API") { "an" } else { "a" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        assert_eq!(snake("qualifiedName"), "qualified_name");
        assert_eq!(snake("APIOperation"), "api_operation");
        assert_eq!(snake("ITProfile"), "it_profile");
        assert_eq!(snake("iscQualifiedName"), "isc_qualified_name");
        assert_eq!(snake("DeployedAPI"), "deployed_api");
        assert_eq!(camel("get_database_by_guid"), "getDatabaseByGUID");
        assert_eq!(camel("create_api_operation"), "createAPIOperation");
        assert_eq!(pascal("database_table"), "DatabaseTable");
        assert_eq!(pascal("LOCAL_KEY"), "LocalKey");
        assert_eq!(ident("type"), "r#type");
        assert_eq!(ident("scope"), "scope");
    }
}
