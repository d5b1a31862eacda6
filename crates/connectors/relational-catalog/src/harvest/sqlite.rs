//! SQLite: the file is opened read-only and read in one transaction with two queries —
//! `sqlite_master` joined with `pragma_table_xinfo` (tables, views and their columns), and
//! `sqlite_master` joined with `pragma_foreign_key_list`. The one schema is `main`.
//!
//! A view whose columns cannot be worked out (it reads a table that was dropped) makes the joined
//! query fail; the columns are then read object by object, and the objects that fail are reported
//! as problems (the harvest is incomplete, so nothing is removed on its account).

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use rusqlite::{OpenFlags, Row, params};

use crate::catalog::{Catalog, CatalogBuilder, Column, ForeignKey, TableKind};
use crate::config::CatalogFilter;
use crate::harvest::HarvestError;

/// The one schema of an SQLite database that is catalogued.
pub const SQLITE_SCHEMA: &str = "main";

/// The objects catalogued: tables and views but SQLite's own.
const OBJECTS: &str = "m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

fn objects_query() -> String {
    format!("SELECT m.type, m.name, m.sql FROM sqlite_master AS m WHERE {OBJECTS}")
}

/// Every column of every object in one query (`hidden` 1 marks the hidden columns of virtual
/// tables; 2 and 3 are generated columns, which are catalogued).
fn columns_query() -> String {
    format!(
        "SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden \
         FROM sqlite_master AS m JOIN pragma_table_xinfo(m.name) AS p \
         WHERE {OBJECTS} AND p.hidden <> 1"
    )
}

fn object_columns_query() -> &'static str {
    "SELECT ?1, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden \
     FROM pragma_table_xinfo(?1) AS p WHERE p.hidden <> 1"
}

fn foreign_keys_query() -> String {
    format!(
        "SELECT m.name, f.id, f.seq, f.\"table\", f.\"from\", f.\"to\" \
         FROM sqlite_master AS m JOIN pragma_foreign_key_list(m.name) AS f \
         WHERE {OBJECTS} AND m.type = 'table' \
         ORDER BY m.name, f.id, f.seq"
    )
}

/// A column row: table, cid, name, type, notnull, default, pk position, hidden.
struct ColumnRow {
    table: String,
    cid: i64,
    name: String,
    data_type: String,
    not_null: bool,
    default: Option<String>,
    pk: i64,
}

fn column_row(row: &Row<'_>) -> rusqlite::Result<ColumnRow> {
    Ok(ColumnRow {
        table: row.get(0)?,
        cid: row.get(1)?,
        name: row.get(2)?,
        data_type: row.get::<_, Option<String>>(3)?.unwrap_or_default(),
        not_null: row.get::<_, i64>(4)? != 0,
        default: row.get(5)?,
        pk: row.get(6)?,
    })
}

/// Reads the catalog of the database file at `path`.
pub(crate) fn harvest(path: &Path, filter: &CatalogFilter) -> Result<Catalog, HarvestError> {
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_file() => {}
        Ok(_) => return Err(HarvestError::Failed("it is not a file".to_owned())),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Err(HarvestError::Missing),
        Err(error) => return Err(HarvestError::Failed(error.to_string())),
    }
    read(path, filter).map_err(|error| HarvestError::Failed(error.to_string()))
}

fn read(path: &Path, filter: &CatalogFilter) -> rusqlite::Result<Catalog> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut connection = rusqlite::Connection::open_with_flags(path, flags)?;
    connection.busy_timeout(Duration::from_secs(5))?;
    // One read transaction: every query sees the same state of the file.
    let transaction = connection.transaction()?;
    let mut builder = CatalogBuilder::new(filter);
    builder.schema(SQLITE_SCHEMA, None);
    let objects = read_objects(&transaction, &mut builder)?;
    let primary_keys = read_columns(&transaction, &mut builder, &objects)?;
    read_foreign_keys(&transaction, &mut builder, &primary_keys)?;
    Ok(builder.build())
}

/// The tables and views, with the definitions of the views; every object's kind by name.
fn read_objects(
    transaction: &rusqlite::Transaction<'_>,
    builder: &mut CatalogBuilder<'_>,
) -> rusqlite::Result<HashMap<String, TableKind>> {
    let mut objects = HashMap::new();
    let mut statement = transaction.prepare(&objects_query())?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let kind = if row.get::<_, String>(0)? == "view" { TableKind::View } else { TableKind::Table };
        let name: String = row.get(1)?;
        let sql: Option<String> = row.get(2)?;
        let definition = if kind == TableKind::View { sql.as_deref().map(view_query) } else { None };
        builder.table(SQLITE_SCHEMA, &name, kind, None, definition);
        objects.insert(name, kind);
    }
    Ok(objects)
}

/// The columns of the objects catalogued; returns the primary key columns of each table, in key
/// order (a foreign key without columns references them).
fn read_columns(
    transaction: &rusqlite::Transaction<'_>,
    builder: &mut CatalogBuilder<'_>,
    objects: &HashMap<String, TableKind>,
) -> rusqlite::Result<HashMap<String, Vec<(i64, String)>>> {
    let columns = match read_rows(transaction, &columns_query(), []) {
        Ok(columns) => columns,
        // An object cannot be described (a view of a dropped table): read them one by one; when
        // none can be read, the file is the problem.
        Err(error) => {
            let mut columns = Vec::new();
            let mut catalogued: Vec<&String> =
                objects.keys().filter(|name| builder.has_table(SQLITE_SCHEMA, name)).collect();
            catalogued.sort();
            let mut read = catalogued.is_empty();
            for name in catalogued {
                match read_rows(transaction, object_columns_query(), params![name]) {
                    Ok(rows) => {
                        read = true;
                        columns.extend(rows);
                    }
                    Err(error) => builder.problem(format!("the columns of {name} cannot be read: {error}")),
                }
            }
            if !read {
                return Err(error);
            }
            columns
        }
    };
    let is_table = |name: &str| objects.get(name) == Some(&TableKind::Table);
    let mut key_sizes: HashMap<&str, usize> = HashMap::new();
    for column in columns.iter().filter(|column| column.pk > 0) {
        *key_sizes.entry(column.table.as_str()).or_default() += 1;
    }
    let mut primary_keys: HashMap<String, Vec<(i64, String)>> = HashMap::new();
    for column in &columns {
        // A rowid table's INTEGER PRIMARY KEY is the rowid: never NULL.
        let rowid_alias = column.pk > 0
            && key_sizes.get(column.table.as_str()) == Some(&1)
            && column.data_type.eq_ignore_ascii_case("INTEGER")
            && is_table(&column.table);
        builder.column(
            SQLITE_SCHEMA,
            &column.table,
            Column {
                name: column.name.clone(),
                position: i32::try_from(column.cid + 1).unwrap_or(i32::MAX),
                data_type: column.data_type.clone(),
                nullable: !column.not_null && !rowid_alias,
                default: column.default.clone(),
                generated: None,
                comment: None,
                primary_key: false,
            },
        );
        if column.pk > 0 && is_table(&column.table) {
            builder.primary_key(SQLITE_SCHEMA, &column.table, &column.name, None);
            primary_keys.entry(column.table.clone()).or_default().push((column.pk, column.name.clone()));
        }
    }
    for key in primary_keys.values_mut() {
        key.sort();
    }
    Ok(primary_keys)
}

/// The foreign keys of every table, one row per column pair.
fn read_foreign_keys(
    transaction: &rusqlite::Transaction<'_>,
    builder: &mut CatalogBuilder<'_>,
    primary_keys: &HashMap<String, Vec<(i64, String)>>,
) -> rusqlite::Result<()> {
    let mut statement = transaction.prepare(&foreign_keys_query())?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let table: String = row.get(0)?;
        let sequence: i64 = row.get(2)?;
        let referenced_table: String = row.get(3)?;
        let column: String = row.get(4)?;
        let referenced_column = row.get::<_, Option<String>>(5)?.or_else(|| {
            // `REFERENCES parent` without columns: the parent's primary key, in order.
            let sequence = usize::try_from(sequence).ok()?;
            primary_keys.get(&referenced_table)?.get(sequence).map(|(_, name)| name.clone())
        });
        if let Some(referenced_column) = referenced_column {
            let referenced_schema = SQLITE_SCHEMA.to_owned();
            let foreign_key = ForeignKey { column, referenced_schema, referenced_table, referenced_column, name: None };
            builder.foreign_key(SQLITE_SCHEMA, &table, foreign_key);
        }
    }
    Ok(())
}

fn read_rows<P: rusqlite::Params>(
    transaction: &rusqlite::Transaction<'_>,
    sql: &str,
    params: P,
) -> rusqlite::Result<Vec<ColumnRow>> {
    let mut statement = transaction.prepare(sql)?;
    statement.query_map(params, column_row)?.collect()
}

/// The query of a `CREATE VIEW` statement: what follows its name, its optional column list and
/// `AS`; the whole statement when it cannot be split.
pub(crate) fn view_query(sql: &str) -> String {
    split_view(sql).unwrap_or(sql).trim().to_owned()
}

fn split_view(sql: &str) -> Option<&str> {
    let mut rest = sql.trim_start();
    let keyword = |word: &str, rest: &mut &str| -> bool {
        let matched = rest.len() >= word.len()
            && rest[..word.len()].eq_ignore_ascii_case(word)
            && rest[word.len()..]
                .starts_with(|c: char| c.is_whitespace() || c == '"' || c == '[' || c == '`' || c == '(');
        if matched {
            *rest = rest[word.len()..].trim_start();
        }
        matched
    };
    if !keyword("CREATE", &mut rest) {
        return None;
    }
    if !keyword("TEMPORARY", &mut rest) {
        keyword("TEMP", &mut rest);
    }
    if !keyword("VIEW", &mut rest) {
        return None;
    }
    if keyword("IF", &mut rest) && !(keyword("NOT", &mut rest) && keyword("EXISTS", &mut rest)) {
        return None;
    }
    // The name, maybe `schema.name`, each part bare or quoted.
    loop {
        rest = skip_identifier(rest)?.trim_start();
        match rest.strip_prefix('.') {
            Some(after) => rest = after.trim_start(),
            None => break,
        }
    }
    if rest.starts_with('(') {
        let mut depth = 0usize;
        let mut end = None;
        for (index, c) in rest.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(index + 1);
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = rest[end?..].trim_start();
    }
    if keyword("AS", &mut rest) { Some(rest) } else { None }
}

/// What follows an identifier at the start of `text`: bare, or quoted with `"`, `` ` `` or `[]`.
fn skip_identifier(text: &str) -> Option<&str> {
    let close = match text.chars().next()? {
        '"' => '"',
        '`' => '`',
        '[' => ']',
        c if c.is_alphanumeric() || c == '_' => {
            let end = text.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).unwrap_or(text.len());
            return Some(&text[end..]);
        }
        _ => return None,
    };
    let mut chars = text.char_indices().skip(1).peekable();
    while let Some((index, c)) = chars.next() {
        if c == close {
            // A doubled quote stands for one.
            if close != ']' && chars.peek().is_some_and(|(_, next)| *next == close) {
                chars.next();
                continue;
            }
            return Some(&text[index + c.len_utf8()..]);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_queries_are_cut_from_their_statements() {
        assert_eq!(view_query("CREATE VIEW v AS SELECT 1"), "SELECT 1");
        assert_eq!(
            view_query("create temp view if not exists main.v(a, b) as\n  select x, y from t"),
            "select x, y from t"
        );
        assert_eq!(view_query("CREATE VIEW \"a \"\" as b\" AS SELECT 2"), "SELECT 2");
        assert_eq!(view_query("CREATE VIEW [as] AS SELECT 3"), "SELECT 3");
        assert_eq!(view_query("CREATE VIEW `v`(\"c(1)\") AS SELECT 4"), "SELECT 4");
        assert_eq!(view_query("CREATE VIEW assets AS SELECT 5"), "SELECT 5");
        assert_eq!(view_query("CREATE VIEW v SELECT 1"), "CREATE VIEW v SELECT 1", "unsplittable: kept whole");
    }

    #[test]
    fn a_file_that_is_not_there_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let error = harvest(&dir.path().join("absent.db"), &CatalogFilter::default()).unwrap_err();
        assert!(matches!(error, HarvestError::Missing));
        let error = harvest(dir.path(), &CatalogFilter::default()).unwrap_err();
        assert!(matches!(&error, HarvestError::Failed(reason) if reason == "it is not a file"));
        std::fs::write(dir.path().join("text.db"), "not a database, just some text long enough to be read").unwrap();
        let error = harvest(&dir.path().join("text.db"), &CatalogFilter::default()).unwrap_err();
        assert!(matches!(&error, HarvestError::Failed(reason) if reason.contains("not a database")), "{error:?}");
    }

    #[test]
    fn a_broken_view_is_a_problem_not_a_failure() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        let connection = rusqlite::Connection::open(&path).unwrap();
        connection
            .execute_batch(
                "CREATE TABLE parent (a INTEGER, b TEXT, PRIMARY KEY (a, b));
                 CREATE TABLE child (x INTEGER PRIMARY KEY, y INTEGER, z TEXT, FOREIGN KEY (y, z) REFERENCES parent);
                 CREATE TABLE gone (c INTEGER);
                 CREATE VIEW broken AS SELECT c FROM gone;
                 DROP TABLE gone;",
            )
            .unwrap();
        drop(connection);
        let catalog = harvest(&path, &CatalogFilter::default()).unwrap();
        assert_eq!(catalog.problems.len(), 1, "{:?}", catalog.problems);
        assert!(catalog.problems[0].contains("broken"), "{:?}", catalog.problems);
        let main = &catalog.schemas[0];
        let names: Vec<_> = main.tables.iter().map(|table| (table.name.as_str(), table.columns.len())).collect();
        assert_eq!(names, [("broken", 0), ("child", 3), ("parent", 2)]);
        let child = &main.tables[1];
        assert!(!child.columns[0].nullable, "INTEGER PRIMARY KEY is the rowid");
        let parent = &main.tables[2];
        assert!(parent.columns.iter().all(|column| column.primary_key && column.nullable));
        let references: Vec<_> =
            child.foreign_keys.iter().map(|fk| (fk.column.as_str(), fk.referenced_column.as_str())).collect();
        assert_eq!(references, [("y", "a"), ("z", "b")], "the parent's key, in order");
    }
}
