//! A small reader of `CREATE TABLE` statements: enough of SQL DDL to catalog a schema file.
//!
//! Comments (`--` and `/* */`) are skipped, identifiers may be quoted with `"` or backticks, and
//! statements other than `CREATE TABLE` are ignored. A statement it cannot make sense of is
//! skipped rather than guessed at.

/// A table declared by the DDL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The schema (the default schema when the name is unqualified).
    pub schema: String,
    /// The table's name.
    pub name: String,
    /// The columns in declaration order.
    pub columns: Vec<Column>,
    /// The foreign keys, from this table's columns.
    pub foreign_keys: Vec<ForeignKey>,
}

/// A column of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The column's name.
    pub name: String,
    /// The declared type, e.g. `varchar(40)`.
    pub data_type: String,
    /// False with `NOT NULL` or `PRIMARY KEY`.
    pub nullable: bool,
    /// The `DEFAULT` expression.
    pub default: Option<String>,
    /// Part of the primary key.
    pub primary_key: bool,
}

/// A foreign key: `column` refers to `references_table.references_column`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    /// The referencing column of this table.
    pub column: String,
    /// The referenced table, schema-qualified.
    pub references_table: String,
    /// The referenced column.
    pub references_column: String,
}

/// The tables the DDL declares, unqualified names placed in `default_schema`.
pub fn parse_ddl(text: &str, default_schema: &str) -> Vec<Table> {
    split_top_level(&strip_comments(text), ';')
        .iter()
        .filter_map(|statement| parse_create_table(statement, default_schema))
        .collect()
}

fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("--") {
            rest = after.find('\n').map_or("", |end| &after[end..]);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |end| &after[end + 2..]);
            out.push(' ');
        } else if rest.starts_with('\'') {
            // A string literal (in a DEFAULT): copied whole, comment markers and all.
            let end = rest[1..].find('\'').map_or(rest.len(), |end| end + 2);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Splits on `separator` outside parentheses and quotes.
fn split_top_level(text: &str, separator: char) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut current = String::new();
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '\'' | '"' | '`' => quote = Some(c),
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                c if c == separator && depth == 0 => {
                    parts.push(std::mem::take(&mut current).trim().to_owned());
                    continue;
                }
                _ => {}
            },
        }
        current.push(c);
    }
    if !current.trim().is_empty() {
        parts.push(current.trim().to_owned());
    }
    parts
}

/// The words of a clause, keeping quoted identifiers and parenthesised groups whole.
fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '\'' | '"' | '`' => quote = Some(c),
                '(' => {
                    if depth == 0 && !current.is_empty() && !current.ends_with(char::is_alphanumeric) {
                        words.push(std::mem::take(&mut current));
                    }
                    depth += 1;
                }
                ')' => depth = depth.saturating_sub(1),
                c if c.is_whitespace() && depth == 0 => {
                    if !current.is_empty() {
                        words.push(std::mem::take(&mut current));
                    }
                    continue;
                }
                _ => {}
            },
        }
        current.push(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

fn unquote(identifier: &str) -> String {
    identifier.split('.').map(|part| part.trim_matches(['"', '`'])).collect::<Vec<_>>().join(".")
}

fn qualify(name: &str, default_schema: &str) -> (String, String) {
    let name = unquote(name);
    match name.rsplit_once('.') {
        Some((schema, table)) => (schema.to_owned(), table.to_owned()),
        None => (default_schema.to_owned(), name),
    }
}

fn is(word: &str, keyword: &str) -> bool {
    word.eq_ignore_ascii_case(keyword)
}

/// The identifiers inside `( a, b )`.
fn column_list(group: &str) -> Vec<String> {
    let inner = group.trim().trim_start_matches('(').trim_end_matches(')');
    inner.split(',').map(|name| unquote(name.trim())).filter(|name| !name.is_empty()).collect()
}

fn parse_create_table(statement: &str, default_schema: &str) -> Option<Table> {
    let open = statement.find('(')?;
    let head = words(&statement[..open]);
    let mut head = head.iter().map(String::as_str).peekable();
    if !is(head.next()?, "create") {
        return None;
    }
    // CREATE [TEMPORARY|UNLOGGED] TABLE [IF NOT EXISTS] name
    let mut word = head.next()?;
    while !is(word, "table") {
        if !(is(word, "temporary") || is(word, "temp") || is(word, "unlogged")) {
            return None;
        }
        word = head.next()?;
    }
    let mut name = head.next()?;
    if is(name, "if") {
        head.next(); // NOT
        head.next(); // EXISTS
        name = head.next()?;
    }
    let (schema, name) = qualify(name, default_schema);
    let close = statement.rfind(')')?;
    let body = &statement[open + 1..close];
    let mut table = Table { schema, name, columns: Vec::new(), foreign_keys: Vec::new() };
    let mut primary_key = Vec::new();
    for item in split_top_level(body, ',') {
        let words = words(&item);
        let Some(first) = words.first() else { continue };
        let mut rest = words.as_slice();
        if is(first, "constraint") {
            rest = rest.get(2..).unwrap_or_default();
        }
        match rest.first().map(String::as_str) {
            Some(word) if is(word, "primary") => {
                primary_key.extend(rest.get(2).map(|group| column_list(group)).unwrap_or_default());
            }
            Some(word) if is(word, "foreign") => {
                let columns = rest.get(2).map(|group| column_list(group)).unwrap_or_default();
                if let Some((target, target_columns)) = references(rest, default_schema) {
                    for (column, referenced) in columns.into_iter().zip(target_columns) {
                        table.foreign_keys.push(ForeignKey {
                            column,
                            references_table: target.clone(),
                            references_column: referenced,
                        });
                    }
                }
            }
            Some(word) if ["unique", "check", "key", "index", "exclude"].iter().any(|k| is(word, k)) => {}
            Some(_) => parse_column(&words, default_schema, &mut table),
            None => {}
        }
    }
    for column in &mut table.columns {
        if primary_key.contains(&column.name) {
            column.primary_key = true;
            column.nullable = false;
        }
    }
    Some(table)
}

/// `... REFERENCES table (columns)` → the schema-qualified table and its columns.
fn references(words: &[String], default_schema: &str) -> Option<(String, Vec<String>)> {
    let at = words.iter().position(|word| is(word, "references"))?;
    let target = words.get(at + 1)?;
    // `customers(id)` comes as one word, `customers (id)` as two.
    let (target, attached) = match target.find('(') {
        Some(open) => (&target[..open], Some(&target[open..])),
        None => (target.as_str(), None),
    };
    let (schema, table) = qualify(target, default_schema);
    let group = attached.or_else(|| words.get(at + 2).map(String::as_str).filter(|group| group.starts_with('(')));
    let columns = group.map(column_list);
    Some((format!("{schema}.{table}"), columns.unwrap_or_else(|| vec!["id".to_owned()])))
}

fn parse_column(words: &[String], default_schema: &str, table: &mut Table) {
    let name = unquote(&words[0]);
    let mut data_type = String::new();
    let mut at = 1;
    let constraint_words =
        ["not", "null", "primary", "default", "references", "unique", "check", "constraint", "collate"];
    while let Some(word) = words.get(at) {
        if constraint_words.iter().any(|keyword| is(word, keyword)) {
            break;
        }
        if !data_type.is_empty() && !word.starts_with('(') {
            data_type.push(' ');
        }
        data_type.push_str(word);
        at += 1;
    }
    let mut column =
        Column { name, data_type: data_type.to_lowercase(), nullable: true, default: None, primary_key: false };
    while let Some(word) = words.get(at) {
        if is(word, "not") && words.get(at + 1).is_some_and(|next| is(next, "null")) {
            column.nullable = false;
            at += 1;
        } else if is(word, "primary") {
            column.primary_key = true;
            column.nullable = false;
            at += 1;
        } else if is(word, "default") {
            column.default = words.get(at + 1).cloned();
            at += 1;
        } else if is(word, "references") {
            if let Some((target, columns)) = references(&words[at..], default_schema) {
                let references_column = columns.into_iter().next().unwrap_or_else(|| "id".to_owned());
                table.foreign_keys.push(ForeignKey {
                    column: column.name.clone(),
                    references_table: target,
                    references_column,
                });
            }
            break;
        }
        at += 1;
    }
    table.columns.push(column);
}

#[cfg(test)]
mod tests {
    use super::*;

    const DDL: &str = r#"
        -- The shop's schema.
        CREATE TABLE customers (
            id bigint PRIMARY KEY,
            name varchar(80) NOT NULL, /* shown on invoices */
            tier text DEFAULT 'basic'
        );
        CREATE INDEX customers_name ON customers (name);
        CREATE TABLE IF NOT EXISTS sales."order lines" (
            order_id bigint,
            line integer NOT NULL,
            customer bigint REFERENCES customers(id),
            amount numeric(12, 2),
            CONSTRAINT lines_pk PRIMARY KEY (order_id, line),
            FOREIGN KEY (order_id) REFERENCES sales.orders (id)
        );
    "#;

    #[test]
    fn tables_columns_and_keys_are_read() {
        let tables = parse_ddl(DDL, "public");
        assert_eq!(tables.len(), 2);
        let customers = &tables[0];
        assert_eq!((customers.schema.as_str(), customers.name.as_str()), ("public", "customers"));
        let names: Vec<&str> = customers.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["id", "name", "tier"]);
        assert!(customers.columns[0].primary_key && !customers.columns[0].nullable);
        assert_eq!(customers.columns[1].data_type, "varchar(80)");
        assert!(!customers.columns[1].nullable);
        assert_eq!(customers.columns[2].default.as_deref(), Some("'basic'"));

        let lines = &tables[1];
        assert_eq!((lines.schema.as_str(), lines.name.as_str()), ("sales", "order lines"));
        assert_eq!(lines.columns.len(), 4);
        assert_eq!(lines.columns[3].data_type, "numeric(12, 2)");
        let keys: Vec<&str> = lines.columns.iter().filter(|c| c.primary_key).map(|c| c.name.as_str()).collect();
        assert_eq!(keys, ["order_id", "line"]);
        assert_eq!(
            lines.foreign_keys,
            [
                ForeignKey {
                    column: "customer".into(),
                    references_table: "public.customers".into(),
                    references_column: "id".into()
                },
                ForeignKey {
                    column: "order_id".into(),
                    references_table: "sales.orders".into(),
                    references_column: "id".into()
                },
            ]
        );
    }

    #[test]
    fn other_statements_and_nonsense_are_skipped() {
        assert!(parse_ddl("DROP TABLE x; CREATE VIEW v AS SELECT 1; CREATE TABLE", "public").is_empty());
        assert!(parse_ddl("", "public").is_empty());
    }
}
