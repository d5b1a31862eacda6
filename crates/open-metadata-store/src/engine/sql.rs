//! SQL shared by the backends: one dialect switch, parameter values, statement builders and row
//! decoders. Backends only run SQL; what the SQL means is decided here, once.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use integration_daemon_api::types::TypeRegistry;
use integration_daemon_api::{
    ChangeEvent, ChangeEventType, ExternalIdentifier, KeyPattern, PermittedSynchronization, Result, time,
};

use super::rows::{
    ClassificationRow, ElementRow, Provenance, RelationshipRow, Stamp, category_text, decode_properties,
    parse_category, parse_status, properties_json, status_text,
};
use crate::messages;

/// The SQL dialect of a backend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    #[cfg_attr(not(feature = "postgres"), allow(dead_code))]
    Postgres,
}

impl Dialect {
    /// The most parameters one statement may carry (SQLite 32766, PostgreSQL 65535), with room.
    pub(crate) fn max_params(self) -> usize {
        match self {
            Dialect::Sqlite => 30_000,
            Dialect::Postgres => 60_000,
        }
    }

    /// The column that orders rows by insertion.
    pub(crate) fn row_order(self) -> &'static str {
        match self {
            Dialect::Sqlite => "e.rowid",
            Dialect::Postgres => "e.id",
        }
    }

    /// The relationship table's insertion-order column.
    pub(crate) fn relationship_order(self) -> &'static str {
        match self {
            Dialect::Sqlite => "r.rowid",
            Dialect::Postgres => "r.id",
        }
    }

    /// An expression giving a property's text (NULL when absent).
    pub(crate) fn property_text(self, property: &str) -> String {
        let escaped = property.replace('\'', "''").replace('"', "");
        match self {
            Dialect::Sqlite => format!("json_extract(e.properties, '$.\"{escaped}\"')"),
            Dialect::Postgres => format!("(e.properties ->> '{escaped}')"),
        }
    }
}

/// A parameter or column value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SqlValue {
    Null,
    Int(i64),
    Text(String),
}

impl SqlValue {
    pub(crate) fn text(value: impl Into<String>) -> SqlValue {
        SqlValue::Text(value.into())
    }

    pub(crate) fn opt_text(value: Option<&str>) -> SqlValue {
        value.map_or(SqlValue::Null, |text| SqlValue::Text(text.to_owned()))
    }

    pub(crate) fn opt_int(value: Option<i64>) -> SqlValue {
        value.map_or(SqlValue::Null, SqlValue::Int)
    }

    fn as_text(&self) -> Option<&str> {
        match self {
            SqlValue::Text(text) => Some(text),
            _ => None,
        }
    }

    fn as_int(&self) -> Option<i64> {
        match self {
            SqlValue::Int(value) => Some(*value),
            SqlValue::Text(text) => text.parse().ok(),
            SqlValue::Null => None,
        }
    }
}

/// A statement and its parameters, built with the dialect's placeholders.
#[derive(Debug)]
pub(crate) struct Sql {
    pub(crate) dialect: Dialect,
    pub(crate) text: String,
    pub(crate) params: Vec<SqlValue>,
}

impl Sql {
    pub(crate) fn new(dialect: Dialect, text: &str) -> Sql {
        Sql { dialect, text: text.to_owned(), params: Vec::new() }
    }

    /// Appends SQL text.
    pub(crate) fn push(&mut self, text: &str) -> &mut Sql {
        self.text.push_str(text);
        self
    }

    /// Adds a parameter and returns its placeholder.
    pub(crate) fn param(&mut self, value: SqlValue) -> String {
        self.params.push(value);
        match self.dialect {
            Dialect::Sqlite => "?".to_owned(),
            Dialect::Postgres => format!("${}", self.params.len()),
        }
    }

    /// Appends a placeholder for a parameter.
    pub(crate) fn push_param(&mut self, value: SqlValue) -> &mut Sql {
        self.params.push(value);
        match self.dialect {
            Dialect::Sqlite => self.text.push('?'),
            Dialect::Postgres => {
                let _ = write!(self.text, "${}", self.params.len());
            }
        }
        self
    }

    /// Appends `column IN (…)` (or `FALSE` for an empty list).
    pub(crate) fn push_in<'a>(&mut self, column: &str, values: impl IntoIterator<Item = &'a str>) -> &mut Sql {
        let placeholders: Vec<String> = values.into_iter().map(|value| self.param(SqlValue::text(value))).collect();
        if placeholders.is_empty() {
            self.text.push_str("1 = 0");
        } else {
            let _ = write!(self.text, "{column} IN ({})", placeholders.join(", "));
        }
        self
    }
}

/// What a backend does: run statements and queries on one connection.
pub(crate) trait Connection {
    /// Runs a query; each row is its column values in select order.
    fn query(&mut self, sql: &Sql) -> Result<Vec<Vec<SqlValue>>>;
    /// Runs a statement; returns the number of rows it changed.
    fn execute(&mut self, sql: &Sql) -> Result<u64>;
}

/// Splits `items` into chunks whose statements stay under the parameter limit.
pub(crate) fn chunks<T>(dialect: Dialect, items: &[T], params_per_item: usize) -> std::slice::Chunks<'_, T> {
    items.chunks((dialect.max_params() / params_per_item.max(1)).clamp(1, 1000))
}

// --- elements --------------------------------------------------------------------------------------

pub(crate) const ELEMENT_COLUMNS: &str = "e.guid, e.type_name, e.status, e.properties, e.version, e.created_by, \
     e.create_time, e.updated_by, e.update_time, e.origin_category, e.home_id, e.home_name, e.anchor_guid, \
     e.anchor_type, e.parent_guid, e.archived, e.effective_from, e.effective_to";

const ELEMENT_INSERT_COLUMNS: &[&str] = &[
    "guid",
    "type_name",
    "status",
    "properties",
    "qualified_name",
    "search_text",
    "zones",
    "version",
    "created_by",
    "create_time",
    "updated_by",
    "update_time",
    "origin_category",
    "home_id",
    "home_name",
    "anchor_guid",
    "anchor_type",
    "parent_guid",
    "archived",
    "effective_from",
    "effective_to",
];

fn text_at(row: &[SqlValue], index: usize) -> String {
    row.get(index).and_then(SqlValue::as_text).unwrap_or_default().to_owned()
}

fn opt_text_at(row: &[SqlValue], index: usize) -> Option<String> {
    row.get(index).and_then(SqlValue::as_text).map(str::to_owned)
}

fn int_at(row: &[SqlValue], index: usize) -> i64 {
    row.get(index).and_then(SqlValue::as_int).unwrap_or_default()
}

fn opt_int_at(row: &[SqlValue], index: usize) -> Option<i64> {
    row.get(index).and_then(SqlValue::as_int)
}

/// Decodes rows selected with [`ELEMENT_COLUMNS`] (classifications are added separately).
pub(crate) fn decode_element(registry: &TypeRegistry, row: &[SqlValue]) -> ElementRow {
    let type_name = text_at(row, 1);
    ElementRow {
        guid: text_at(row, 0),
        properties: decode_properties(registry, &type_name, &text_at(row, 3)),
        type_name,
        status: parse_status(&text_at(row, 2)),
        stamp: Stamp {
            version: int_at(row, 4),
            created_by: text_at(row, 5),
            create_time: int_at(row, 6),
            updated_by: opt_text_at(row, 7),
            update_time: opt_int_at(row, 8),
        },
        provenance: Provenance {
            category: parse_category(&text_at(row, 9)),
            home_id: opt_text_at(row, 10),
            home_name: opt_text_at(row, 11),
        },
        anchor_guid: opt_text_at(row, 12),
        anchor_type: opt_text_at(row, 13),
        parent_guid: opt_text_at(row, 14),
        archived: int_at(row, 15) != 0,
        effective_from: opt_int_at(row, 16),
        effective_to: opt_int_at(row, 17),
        classifications: BTreeMap::new(),
    }
}

/// One row's values while a multi-row INSERT is built: each value adds its parameter and its
/// placeholder to the statement.
pub(crate) struct RowValues<'s> {
    sql: &'s mut Sql,
    first: bool,
}

impl RowValues<'_> {
    fn separator(&mut self) {
        if !self.first {
            self.sql.text.push_str(", ");
        }
        self.first = false;
    }

    /// The next column's value.
    pub(crate) fn value(&mut self, value: SqlValue) -> &mut Self {
        self.separator();
        self.sql.push_param(value);
        self
    }

    /// The next column's value, JSON text for a JSON column.
    pub(crate) fn json(&mut self, json: String) -> &mut Self {
        self.separator();
        match self.sql.dialect {
            Dialect::Sqlite => {
                self.sql.push_param(SqlValue::Text(json));
            }
            Dialect::Postgres => {
                self.sql.text.push_str("CAST(");
                self.sql.push_param(SqlValue::Text(json));
                self.sql.text.push_str(" AS jsonb)");
            }
        }
        self
    }
}

/// Multi-row INSERT statements for `rows`, in chunks under the parameter limit. `values` adds one
/// row's values in column order. With `upsert_key`, a conflict on those columns replaces every
/// other column.
fn multi_row_insert<T>(
    dialect: Dialect,
    table: &str,
    columns: &[&str],
    upsert_key: Option<&[&str]>,
    rows: &[T],
    mut values: impl FnMut(&mut RowValues<'_>, &T),
) -> Vec<Sql> {
    let mut statements = Vec::new();
    for chunk in chunks(dialect, rows, columns.len()) {
        let mut sql = Sql::new(dialect, &format!("INSERT INTO {table} ({}) VALUES ", columns.join(", ")));
        sql.text.reserve(chunk.len() * columns.len() * 8 + 256);
        sql.params.reserve(chunk.len() * columns.len());
        for (index, row) in chunk.iter().enumerate() {
            sql.text.push_str(if index > 0 { ", (" } else { "(" });
            values(&mut RowValues { sql: &mut sql, first: true }, row);
            sql.text.push(')');
        }
        if let Some(key) = upsert_key {
            let updates: Vec<String> = columns
                .iter()
                .filter(|column| !key.contains(column))
                .map(|column| format!("{column} = excluded.{column}"))
                .collect();
            let _ = write!(sql.text, " ON CONFLICT ({}) DO UPDATE SET {}", key.join(", "), updates.join(", "));
        }
        statements.push(sql);
    }
    statements
}

/// Multi-row writes of element rows: plain inserts for new rows, or upserts (replace every column
/// on a GUID conflict) for rows that exist. `stored_forms` gives a row's properties JSON and search
/// text when they were prepared already.
pub(crate) fn write_elements(
    dialect: Dialect,
    rows: &[&ElementRow],
    existing: bool,
    stored_forms: &mut dyn FnMut(&ElementRow) -> Option<(String, String)>,
) -> Vec<Sql> {
    let upsert_key: Option<&[&str]> = if existing { Some(&["guid"]) } else { None };
    multi_row_insert(dialect, "elements", ELEMENT_INSERT_COLUMNS, upsert_key, rows, |row_values, row| {
        let zones = row.zones().map(|zones| serde_json::Value::from(zones).to_string());
        let (json, search_text) =
            stored_forms(row).unwrap_or_else(|| (properties_json(&row.properties), row.search_text()));
        row_values
            .value(SqlValue::text(&row.guid))
            .value(SqlValue::text(&row.type_name))
            .value(SqlValue::text(status_text(row.status)))
            .json(json)
            .value(SqlValue::opt_text(if row.is_visible() { row.qualified_name() } else { None }))
            .value(SqlValue::Text(search_text))
            .value(SqlValue::opt_text(zones.as_deref()))
            .value(SqlValue::Int(row.stamp.version))
            .value(SqlValue::text(&row.stamp.created_by))
            .value(SqlValue::Int(row.stamp.create_time))
            .value(SqlValue::opt_text(row.stamp.updated_by.as_deref()))
            .value(SqlValue::opt_int(row.stamp.update_time))
            .value(SqlValue::text(row.provenance.category_text()))
            .value(SqlValue::opt_text(row.provenance.home_id.as_deref()))
            .value(SqlValue::opt_text(row.provenance.home_name.as_deref()))
            .value(SqlValue::opt_text(row.anchor_guid.as_deref()))
            .value(SqlValue::opt_text(row.anchor_type.as_deref()))
            .value(SqlValue::opt_text(row.parent_guid.as_deref()))
            .value(SqlValue::Int(i64::from(row.archived)))
            .value(SqlValue::opt_int(row.effective_from))
            .value(SqlValue::opt_int(row.effective_to));
    })
}

// --- classifications ---------------------------------------------------------------------------------

pub(crate) const CLASSIFICATION_COLUMNS: &str = "c.element_guid, c.name, c.properties, c.version, c.created_by, \
     c.create_time, c.updated_by, c.update_time, c.origin_category, c.home_id, c.home_name";

pub(crate) fn decode_classification(registry: &TypeRegistry, row: &[SqlValue]) -> (String, ClassificationRow) {
    let name = text_at(row, 1);
    let classification = ClassificationRow {
        properties: decode_properties(registry, &name, &text_at(row, 2)),
        name,
        stamp: Stamp {
            version: int_at(row, 3),
            created_by: text_at(row, 4),
            create_time: int_at(row, 5),
            updated_by: opt_text_at(row, 6),
            update_time: opt_int_at(row, 7),
        },
        provenance: Provenance {
            category: parse_category(&text_at(row, 8)),
            home_id: opt_text_at(row, 9),
            home_name: opt_text_at(row, 10),
        },
    };
    (text_at(row, 0), classification)
}

pub(crate) fn insert_classifications(dialect: Dialect, rows: &[(&str, &ClassificationRow)]) -> Vec<Sql> {
    const COLUMNS: &[&str] = &[
        "element_guid",
        "name",
        "properties",
        "version",
        "created_by",
        "create_time",
        "updated_by",
        "update_time",
        "origin_category",
        "home_id",
        "home_name",
    ];
    multi_row_insert(dialect, "classifications", COLUMNS, None, rows, |row_values, (guid, row)| {
        row_values
            .value(SqlValue::text(*guid))
            .value(SqlValue::text(&row.name))
            .json(properties_json(&row.properties))
            .value(SqlValue::Int(row.stamp.version))
            .value(SqlValue::text(&row.stamp.created_by))
            .value(SqlValue::Int(row.stamp.create_time))
            .value(SqlValue::opt_text(row.stamp.updated_by.as_deref()))
            .value(SqlValue::opt_int(row.stamp.update_time))
            .value(SqlValue::text(row.provenance.category_text()))
            .value(SqlValue::opt_text(row.provenance.home_id.as_deref()))
            .value(SqlValue::opt_text(row.provenance.home_name.as_deref()));
    })
}

// --- relationships ---------------------------------------------------------------------------------

/// The number of columns in [`RELATIONSHIP_COLUMNS`].
pub(crate) const RELATIONSHIP_WIDTH: usize = 17;

pub(crate) const RELATIONSHIP_COLUMNS: &str = "r.guid, r.type_name, r.end1_guid, r.end1_type, r.end2_guid, \
     r.end2_type, r.properties, r.version, r.created_by, r.create_time, r.updated_by, r.update_time, \
     r.origin_category, r.home_id, r.home_name, r.effective_from, r.effective_to";

pub(crate) fn decode_relationship(registry: &TypeRegistry, row: &[SqlValue]) -> RelationshipRow {
    let type_name = text_at(row, 1);
    RelationshipRow {
        guid: text_at(row, 0),
        end1_guid: text_at(row, 2),
        end1_type: text_at(row, 3),
        end2_guid: text_at(row, 4),
        end2_type: text_at(row, 5),
        properties: decode_properties(registry, &type_name, &text_at(row, 6)),
        type_name,
        stamp: Stamp {
            version: int_at(row, 7),
            created_by: text_at(row, 8),
            create_time: int_at(row, 9),
            updated_by: opt_text_at(row, 10),
            update_time: opt_int_at(row, 11),
        },
        provenance: Provenance {
            category: parse_category(&text_at(row, 12)),
            home_id: opt_text_at(row, 13),
            home_name: opt_text_at(row, 14),
        },
        effective_from: opt_int_at(row, 15),
        effective_to: opt_int_at(row, 16),
    }
}

pub(crate) fn upsert_relationships(dialect: Dialect, rows: &[&RelationshipRow]) -> Vec<Sql> {
    const COLUMNS: &[&str] = &[
        "guid",
        "type_name",
        "end1_guid",
        "end1_type",
        "end2_guid",
        "end2_type",
        "properties",
        "version",
        "created_by",
        "create_time",
        "updated_by",
        "update_time",
        "origin_category",
        "home_id",
        "home_name",
        "effective_from",
        "effective_to",
    ];
    multi_row_insert(dialect, "relationships", COLUMNS, Some(&["guid"]), rows, |row_values, row| {
        row_values
            .value(SqlValue::text(&row.guid))
            .value(SqlValue::text(&row.type_name))
            .value(SqlValue::text(&row.end1_guid))
            .value(SqlValue::text(&row.end1_type))
            .value(SqlValue::text(&row.end2_guid))
            .value(SqlValue::text(&row.end2_type))
            .json(properties_json(&row.properties))
            .value(SqlValue::Int(row.stamp.version))
            .value(SqlValue::text(&row.stamp.created_by))
            .value(SqlValue::Int(row.stamp.create_time))
            .value(SqlValue::opt_text(row.stamp.updated_by.as_deref()))
            .value(SqlValue::opt_int(row.stamp.update_time))
            .value(SqlValue::text(row.provenance.category_text()))
            .value(SqlValue::opt_text(row.provenance.home_id.as_deref()))
            .value(SqlValue::opt_text(row.provenance.home_name.as_deref()))
            .value(SqlValue::opt_int(row.effective_from))
            .value(SqlValue::opt_int(row.effective_to));
    })
}

// --- external identifiers ------------------------------------------------------------------------

pub(crate) const CORRELATION_COLUMNS: &str = "x.scope_guid, x.scope_name, x.key, x.key_pattern, x.element_guid, \
     x.element_type, x.sync_scope, x.usage, x.source, x.permitted_sync, x.last_synchronized, x.fingerprint, \
     x.mapping_properties, x.ext_type_name, x.ext_created_by, x.ext_creation_time, x.ext_last_updated_by, \
     x.ext_last_update_time, x.ext_version";

fn key_pattern_text(pattern: KeyPattern) -> String {
    serde_json::to_value(pattern).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn parse_key_pattern(text: &str) -> KeyPattern {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).unwrap_or_default()
}

pub(crate) fn decode_correlation(row: &[SqlValue]) -> ExternalIdentifier {
    let time_at = |index| opt_int_at(row, index).and_then(time::from_epoch_millis);
    ExternalIdentifier {
        scope_guid: text_at(row, 0),
        scope_name: opt_text_at(row, 1),
        key: text_at(row, 2),
        key_pattern: parse_key_pattern(&text_at(row, 3)),
        element_guid: text_at(row, 4),
        element_type: text_at(row, 5),
        sync_scope: opt_text_at(row, 6),
        usage: opt_text_at(row, 7),
        source: opt_text_at(row, 8),
        permitted_synchronization: text_at(row, 9).parse().unwrap_or(PermittedSynchronization::Other),
        last_synchronized: time_at(10),
        fingerprint: opt_text_at(row, 11),
        mapping_properties: opt_text_at(row, 12).and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default(),
        external_instance_type_name: opt_text_at(row, 13),
        external_instance_created_by: opt_text_at(row, 14),
        external_instance_creation_time: time_at(15),
        external_instance_last_updated_by: opt_text_at(row, 16),
        external_instance_last_update_time: time_at(17),
        external_instance_version: opt_int_at(row, 18),
    }
}

/// Multi-row writes of correlations: plain inserts for new ones, upserts for existing ones.
pub(crate) fn write_correlations(dialect: Dialect, rows: &[&ExternalIdentifier], existing: bool) -> Vec<Sql> {
    const COLUMNS: &[&str] = &[
        "scope_guid",
        "scope_name",
        "key",
        "key_pattern",
        "element_guid",
        "element_type",
        "sync_scope",
        "usage",
        "source",
        "permitted_sync",
        "last_synchronized",
        "fingerprint",
        "mapping_properties",
        "ext_type_name",
        "ext_created_by",
        "ext_creation_time",
        "ext_last_updated_by",
        "ext_last_update_time",
        "ext_version",
    ];
    let millis = |time: Option<time::Timestamp>| SqlValue::opt_int(time.map(|t| t.timestamp_millis()));
    let key: &[&str] = &["scope_guid", "key", "element_guid"];
    multi_row_insert(dialect, "external_ids", COLUMNS, existing.then_some(key), rows, |row_values, row| {
        let mapping = (!row.mapping_properties.is_empty())
            .then(|| serde_json::to_string(&row.mapping_properties).unwrap_or_default());
        row_values
            .value(SqlValue::text(&row.scope_guid))
            .value(SqlValue::opt_text(row.scope_name.as_deref()))
            .value(SqlValue::text(&row.key))
            .value(SqlValue::Text(key_pattern_text(row.key_pattern)))
            .value(SqlValue::text(&row.element_guid))
            .value(SqlValue::text(&row.element_type))
            .value(SqlValue::opt_text(row.sync_scope.as_deref()))
            .value(SqlValue::opt_text(row.usage.as_deref()))
            .value(SqlValue::opt_text(row.source.as_deref()))
            .value(SqlValue::text(row.permitted_synchronization.as_str()))
            .value(millis(row.last_synchronized))
            .value(SqlValue::opt_text(row.fingerprint.as_deref()))
            .value(SqlValue::opt_text(mapping.as_deref()))
            .value(SqlValue::opt_text(row.external_instance_type_name.as_deref()))
            .value(SqlValue::opt_text(row.external_instance_created_by.as_deref()))
            .value(millis(row.external_instance_creation_time))
            .value(SqlValue::opt_text(row.external_instance_last_updated_by.as_deref()))
            .value(millis(row.external_instance_last_update_time))
            .value(SqlValue::opt_int(row.external_instance_version));
    })
}

// --- change log ------------------------------------------------------------------------------------

pub(crate) const EVENT_COLUMNS: &str = "sequence, event_type, event_time, user_id, source_guid, guid, type_name, \
     classification_name, end1_guid, end1_type, end2_guid, end2_type, version";

fn event_type_text(event_type: ChangeEventType) -> String {
    serde_json::to_value(event_type).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

pub(crate) fn decode_event(row: &[SqlValue]) -> Result<ChangeEvent> {
    let event_type = serde_json::from_value(serde_json::Value::String(text_at(row, 1)))
        .map_err(|_| messages::CORRUPT_ROW.error(&[&"change_log", &text_at(row, 1)]))?;
    let end = |guid: usize, type_name: usize| opt_text_at(row, guid).map(|guid| (guid, text_at(row, type_name)));
    Ok(ChangeEvent {
        sequence: u64::try_from(int_at(row, 0)).unwrap_or_default(),
        event_type,
        event_time: time::from_epoch_millis(int_at(row, 2)).unwrap_or_else(time::now),
        user_id: text_at(row, 3),
        metadata_source_guid: opt_text_at(row, 4),
        guid: text_at(row, 5),
        type_name: text_at(row, 6),
        classification_name: opt_text_at(row, 7),
        end1: end(8, 9),
        end2: end(10, 11),
        version: int_at(row, 12),
    })
}

pub(crate) fn insert_events(dialect: Dialect, events: &[ChangeEvent]) -> Vec<Sql> {
    let columns: Vec<&str> = EVENT_COLUMNS.split(", ").collect();
    let end_guid = |end: &Option<(String, String)>| SqlValue::opt_text(end.as_ref().map(|(g, _)| g.as_str()));
    let end_type = |end: &Option<(String, String)>| SqlValue::opt_text(end.as_ref().map(|(_, t)| t.as_str()));
    multi_row_insert(dialect, "change_log", &columns, None, events, |row_values, event| {
        row_values
            .value(SqlValue::Int(i64::try_from(event.sequence).unwrap_or(i64::MAX)))
            .value(SqlValue::Text(event_type_text(event.event_type)))
            .value(SqlValue::Int(event.event_time.timestamp_millis()))
            .value(SqlValue::text(&event.user_id))
            .value(SqlValue::opt_text(event.metadata_source_guid.as_deref()))
            .value(SqlValue::text(&event.guid))
            .value(SqlValue::text(&event.type_name))
            .value(SqlValue::opt_text(event.classification_name.as_deref()))
            .value(end_guid(&event.end1))
            .value(end_type(&event.end1))
            .value(end_guid(&event.end2))
            .value(end_type(&event.end2))
            .value(SqlValue::Int(event.version));
    })
}

/// Reads one integer from a single-row, single-column query.
pub(crate) fn scalar(rows: &[Vec<SqlValue>]) -> Option<i64> {
    rows.first().and_then(|row| row.first()).and_then(SqlValue::as_int)
}

/// The category text of a provenance, for queries.
pub(crate) fn external_source_category() -> &'static str {
    category_text(integration_daemon_api::OriginCategory::ExternalSource)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_follow_the_dialect() {
        let mut sqlite = Sql::new(Dialect::Sqlite, "SELECT 1 WHERE ");
        sqlite.push_in("guid", ["a", "b"]);
        assert_eq!(sqlite.text, "SELECT 1 WHERE guid IN (?, ?)");
        let mut postgres = Sql::new(Dialect::Postgres, "SELECT 1 WHERE ");
        postgres.push_in("guid", ["a", "b"]).push(" AND x = ").push_param(SqlValue::Int(1));
        assert_eq!(postgres.text, "SELECT 1 WHERE guid IN ($1, $2) AND x = $3");
        let mut empty = Sql::new(Dialect::Sqlite, "");
        empty.push_in("guid", std::iter::empty());
        assert_eq!(empty.text, "1 = 0");
    }

    #[test]
    fn chunks_respect_the_parameter_limit() {
        let items = vec![0; 5000];
        assert!(chunks(Dialect::Sqlite, &items, 21).all(|chunk| chunk.len() * 21 <= Dialect::Sqlite.max_params()));
    }
}
