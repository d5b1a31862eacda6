//! PostgreSQL: four catalog queries (`pg_catalog`) in one read-only, repeatable-read transaction,
//! so the harvest sees one snapshot: schemas, relations (with comments and view definitions),
//! columns (with types, defaults and comments), and primary and foreign key columns. The last three
//! read only the schemas the patterns allow (`n.nspname = ANY($1)`).
//!
//! Tables are ordinary, partitioned and foreign tables; views are views and materialized views.
//! Partitions of a partitioned table are left out (the partitioned table stands for them).
//!
//! Some catalog functions (`pg_get_viewdef`, `format_type`) read the current catalog rather than
//! the snapshot, so a table dropped while the harvest runs can make a query fail; the harvest is
//! then tried again (twice at most) before the refresh fails.

use postgres::{Client, IsolationLevel, NoTls};

use crate::catalog::{Catalog, CatalogBuilder, Column, ForeignKey, TableKind};
use crate::config::CatalogFilter;
use crate::harvest::HarvestError;

/// The schemas PostgreSQL keeps for itself (a condition on `n.nspname`).
const USER_SCHEMAS: &str = "n.nspname NOT IN ('pg_catalog', 'information_schema') \
     AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'";

/// The schemas catalogued, given as the first parameter (a condition on `n.nspname`).
const CATALOGUED_SCHEMAS: &str = "n.nspname = ANY($1::text[])";

/// How many times a harvest is tried when a catalog query fails.
const ATTEMPTS: usize = 3;

/// The relations catalogued (a condition on `c`).
const RELATIONS: &str = "c.relkind IN ('r', 'p', 'f', 'v', 'm') AND NOT c.relispartition";

fn schemas_query() -> String {
    format!(
        "SELECT n.nspname::text, d.description \
         FROM pg_namespace n \
         LEFT JOIN pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0 \
         WHERE {USER_SCHEMAS}"
    )
}

fn relations_query() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, c.relkind::text, d.description, \
                CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END \
         FROM pg_class c \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0 \
         WHERE {RELATIONS} AND {CATALOGUED_SCHEMAS}"
    )
}

/// The columns. A default cannot refer to columns, so it is written without its relation (which
/// makes `pg_get_expr` a third faster); a generated column's expression needs it.
fn columns_query() -> String {
    format!(
        "SELECT n.nspname::text, c.relname::text, a.attname::text, a.attnum::int4, \
                format_type(a.atttypid, a.atttypmod), a.attnotnull, \
                CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, 0) ELSE pg_get_expr(ad.adbin, ad.adrelid) END, \
                a.attgenerated::text, d.description \
         FROM pg_attribute a \
         JOIN pg_class c ON c.oid = a.attrelid \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum \
         LEFT JOIN pg_description d \
                ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum \
         WHERE a.attnum > 0 AND NOT a.attisdropped AND {RELATIONS} AND {CATALOGUED_SCHEMAS}"
    )
}

/// Primary and foreign key columns: one row per column of a key, with the referenced column of a
/// foreign key (constraints inherited by partitions are left out).
fn keys_query() -> String {
    format!(
        "SELECT con.contype::text, con.conname::text, n.nspname::text, c.relname::text, a.attname::text, \
                rn.nspname::text, rc.relname::text, ra.attname::text \
         FROM pg_constraint con \
         JOIN pg_class c ON c.oid = con.conrelid \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         CROSS JOIN LATERAL unnest(con.conkey, con.confkey) AS k(attnum, fattnum) \
         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum \
         LEFT JOIN pg_class rc ON rc.oid = con.confrelid \
         LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace \
         LEFT JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.fattnum \
         WHERE con.contype IN ('p', 'f') AND con.conparentid = 0 AND {CATALOGUED_SCHEMAS}"
    )
}

/// Reads the catalog of the database `config` names.
pub(crate) fn harvest(config: &postgres::Config, filter: &CatalogFilter) -> Result<Catalog, HarvestError> {
    let mut client = config.connect(NoTls).map_err(|error| HarvestError::Failed(describe(&error)))?;
    let mut attempt = 1;
    loop {
        match read(&mut client, filter) {
            Ok(catalog) => return Ok(catalog),
            // A query refused (not a lost connection): the catalog may have changed under it.
            Err(error) if attempt < ATTEMPTS && error.as_db_error().is_some() => attempt += 1,
            Err(error) => return Err(HarvestError::Failed(describe(&error))),
        }
    }
}

fn read(client: &mut Client, filter: &CatalogFilter) -> Result<Catalog, postgres::Error> {
    let mut transaction =
        client.build_transaction().isolation_level(IsolationLevel::RepeatableRead).read_only(true).start()?;
    let mut builder = CatalogBuilder::new(filter);

    let version = transaction.query_one("SELECT current_setting('server_version')", &[])?;
    builder.version(version.try_get(0)?);
    for row in transaction.query(&schemas_query(), &[])? {
        builder.schema(&row.try_get::<_, String>(0)?, row.try_get(1)?);
    }
    let schemas = builder.schema_names();
    if schemas.is_empty() {
        return Ok(builder.build());
    }
    for row in transaction.query(&relations_query(), &[&schemas])? {
        let kind = match row.try_get::<_, &str>(2)? {
            "v" | "m" => TableKind::View,
            _ => TableKind::Table,
        };
        builder.table(row.try_get(0)?, row.try_get(1)?, kind, row.try_get(3)?, row.try_get(4)?);
    }
    for row in transaction.query(&columns_query(), &[&schemas])? {
        let (schema, table): (&str, &str) = (row.try_get(0)?, row.try_get(1)?);
        if !builder.has_table(schema, table) {
            continue;
        }
        let expression: Option<String> = row.try_get(6)?;
        let generated = row.try_get::<_, Option<&str>>(7)?.is_some_and(|kind| !kind.is_empty());
        let column = Column {
            name: row.try_get(2)?,
            position: row.try_get(3)?,
            data_type: row.try_get::<_, Option<String>>(4)?.unwrap_or_default(),
            nullable: !row.try_get::<_, bool>(5)?,
            default: if generated { None } else { expression.clone() },
            generated: if generated { expression } else { None },
            comment: row.try_get(8)?,
            primary_key: false,
        };
        builder.column(schema, table, column);
    }
    for row in transaction.query(&keys_query(), &[&schemas])? {
        let (schema, table, column): (&str, &str, String) = (row.try_get(2)?, row.try_get(3)?, row.try_get(4)?);
        let name: Option<String> = row.try_get(1)?;
        if row.try_get::<_, &str>(0)? == "p" {
            builder.primary_key(schema, table, &column, name);
        } else if let (Some(referenced_schema), Some(referenced_table), Some(referenced_column)) =
            (row.try_get(5)?, row.try_get(6)?, row.try_get(7)?)
        {
            builder.foreign_key(
                schema,
                table,
                ForeignKey { column, referenced_schema, referenced_table, referenced_column, name },
            );
        }
    }
    transaction.commit()?;
    Ok(builder.build())
}

/// The error with its cause (the client's own text is often just "error connecting to server").
fn describe(error: &postgres::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text = format!("{text}: {cause_text}");
        }
        source = cause.source();
    }
    text
}
