//! MariaDB and MySQL: four `information_schema` queries in one consistent-snapshot, read-only
//! transaction — schemas (databases), tables with view definitions, columns, and the key columns
//! of primary and foreign keys. Every database of the server that passes the patterns is a schema
//! (the system ones never are); the last three queries read only those (`TABLE_SCHEMA IN (...)`,
//! the names written as hexadecimal literals, so no name needs quoting).

use std::fmt::Write;

use mysql::prelude::Queryable;
use mysql::{Conn, Opts, Value};

use crate::catalog::{Catalog, CatalogBuilder, Column, ForeignKey, TableKind};
use crate::config::CatalogFilter;
use crate::harvest::HarvestError;

/// The schemas (databases) but the server's own.
const SCHEMAS_QUERY: &str = "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA \
     WHERE SCHEMA_NAME NOT IN ('information_schema', 'mysql', 'performance_schema', 'sys')";

/// A condition on a `TABLE_SCHEMA`-like column: one of `schemas`.
fn catalogued(column: &str, schemas: &[String]) -> String {
    let literals: Vec<String> = schemas
        .iter()
        .map(|schema| {
            let hex = schema.bytes().fold(String::new(), |mut hex, byte| {
                let _ = write!(hex, "{byte:02x}");
                hex
            });
            format!("X'{hex}'")
        })
        .collect();
    format!("{column} IN ({})", literals.join(", "))
}

fn tables_query(schemas: &[String]) -> String {
    format!(
        "SELECT t.TABLE_SCHEMA, t.TABLE_NAME, t.TABLE_TYPE, t.TABLE_COMMENT, v.VIEW_DEFINITION \
         FROM information_schema.TABLES t \
         LEFT JOIN information_schema.VIEWS v ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME \
         WHERE t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'VIEW') AND {}",
        catalogued("t.TABLE_SCHEMA", schemas)
    )
}

fn columns_query(schemas: &[String]) -> String {
    format!(
        "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, \
                COLUMN_DEFAULT, GENERATION_EXPRESSION, COLUMN_COMMENT \
         FROM information_schema.COLUMNS WHERE {}",
        catalogued("TABLE_SCHEMA", schemas)
    )
}

/// The columns of primary keys (always named `PRIMARY`) and of foreign keys (those that reference
/// something).
fn keys_query(schemas: &[String]) -> String {
    format!(
        "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, CONSTRAINT_NAME, \
                REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME \
         FROM information_schema.KEY_COLUMN_USAGE \
         WHERE (CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_NAME IS NOT NULL) AND {}",
        catalogued("TABLE_SCHEMA", schemas)
    )
}

/// Reads the catalog of the server `opts` names.
pub(crate) fn harvest(opts: &Opts, filter: &CatalogFilter) -> Result<Catalog, HarvestError> {
    let failed = |error: mysql::Error| HarvestError::Failed(error.to_string());
    let mut connection = Conn::new(opts.clone()).map_err(failed)?;
    connection
        .query_drop("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY")
        .or_else(|_| connection.query_drop("START TRANSACTION WITH CONSISTENT SNAPSHOT"))
        .map_err(failed)?;
    let mut builder = CatalogBuilder::new(filter);

    let version = rows(&mut connection, "SELECT VERSION()")?;
    builder.version(version.into_iter().next().and_then(|mut row| row.pop()).and_then(text));
    for row in rows(&mut connection, SCHEMAS_QUERY)? {
        let [schema] = fields(row)?;
        builder.schema(&required(schema)?, None);
    }
    let schemas = builder.schema_names();
    if schemas.is_empty() {
        connection.query_drop("COMMIT").map_err(failed)?;
        return Ok(builder.build());
    }
    for row in rows(&mut connection, &tables_query(&schemas))? {
        let [schema, table, kind, comment, definition] = fields(row)?;
        let kind = if text(kind).as_deref() == Some("VIEW") { TableKind::View } else { TableKind::Table };
        // MySQL gives views the comment `VIEW`.
        let comment = text(comment).filter(|comment| !(kind == TableKind::View && comment == "VIEW"));
        builder.table(&required(schema)?, &required(table)?, kind, comment, text(definition));
    }
    for row in rows(&mut connection, &columns_query(&schemas))? {
        let [schema, table, name, position, data_type, nullable, default, generated, comment] = fields(row)?;
        let (schema, table) = (required(schema)?, required(table)?);
        if !builder.has_table(&schema, &table) {
            continue;
        }
        let position = required(position)?;
        builder.column(
            &schema,
            &table,
            Column {
                name: required(name)?,
                position: position
                    .parse()
                    .map_err(|_| HarvestError::Failed(format!("the ordinal position {position} is not a number")))?,
                data_type: required(data_type)?,
                nullable: text(nullable).as_deref() == Some("YES"),
                // MariaDB writes `NULL` for a column whose default is NULL: no default.
                default: text(default).filter(|default| default != "NULL"),
                generated: text(generated),
                comment: text(comment),
                primary_key: false,
            },
        );
    }
    for row in rows(&mut connection, &keys_query(&schemas))? {
        let [schema, table, column, constraint, referenced_schema, referenced_table, referenced_column] = fields(row)?;
        let (schema, table, column, name) = (required(schema)?, required(table)?, required(column)?, text(constraint));
        match (text(referenced_schema), text(referenced_table), text(referenced_column)) {
            (Some(referenced_schema), Some(referenced_table), Some(referenced_column)) => builder.foreign_key(
                &schema,
                &table,
                ForeignKey { column, referenced_schema, referenced_table, referenced_column, name },
            ),
            _ => builder.primary_key(&schema, &table, &column, name),
        }
    }
    connection.query_drop("COMMIT").map_err(failed)?;
    Ok(builder.build())
}

/// Every row of a query, as values.
fn rows(connection: &mut Conn, sql: &str) -> Result<Vec<Vec<Value>>, HarvestError> {
    let failed = |error: mysql::Error| HarvestError::Failed(error.to_string());
    let result = connection.query_iter(sql).map_err(failed)?;
    result.map(|row| row.map(mysql::Row::unwrap).map_err(failed)).collect()
}

/// The values of a row of the expected width.
fn fields<const N: usize>(row: Vec<Value>) -> Result<[Value; N], HarvestError> {
    let width = row.len();
    row.try_into()
        .map_err(|_| HarvestError::Failed(format!("the catalog returned {width} values where {N} were asked")))
}

/// A value as text (the text protocol sends every value as bytes); `None` for NULL.
fn text(value: Value) -> Option<String> {
    match value {
        Value::NULL => None,
        Value::Bytes(bytes) => Some(
            String::from_utf8(bytes).unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned()),
        ),
        Value::Int(number) => Some(number.to_string()),
        Value::UInt(number) => Some(number.to_string()),
        other => Some(other.as_sql(true)),
    }
}

fn required(value: Value) -> Result<String, HarvestError> {
    text(value).ok_or_else(|| HarvestError::Failed("the catalog returned NULL where a name was expected".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_names_are_written_as_hexadecimal_literals() {
        let schemas = vec!["shop".to_owned(), "it's".to_owned()];
        assert_eq!(catalogued("TABLE_SCHEMA", &schemas), "TABLE_SCHEMA IN (X'73686f70', X'69742773')");
    }

    #[test]
    fn values_become_text() {
        assert_eq!(text(Value::NULL), None);
        assert_eq!(text(Value::Bytes(b"orders".to_vec())).as_deref(), Some("orders"));
        assert_eq!(text(Value::Bytes(vec![b'a', 0xff])).as_deref(), Some("a\u{fffd}"));
        assert_eq!(text(Value::UInt(3)).as_deref(), Some("3"));
        assert!(required(Value::NULL).is_err());
        let [a, b] = fields::<2>(vec![Value::Int(1), Value::NULL]).unwrap();
        assert_eq!((text(a), text(b)), (Some("1".to_owned()), None));
        assert!(fields::<3>(vec![Value::NULL]).is_err());
    }
}
