//! Queries: elements, relationships, related elements, correlations, the change log and cursors.

use std::collections::HashMap;

use integration_daemon_api::types::{AttributeType, PrimitiveType, TypeRegistry};
use integration_daemon_api::{
    ChangeEvent, ElementQuery, ElementStatus, ExternalIdQuery, ExternalIdentifier, GetOptions, OpenMetadataElement,
    OpenMetadataRelationship, RelatedElementsQuery, RelatedMetadataElement, RelationshipEnd, Result, SequencingOrder,
    TypeCategory,
};

use super::batch::{attach_classifications, load_elements};
use super::filter::ElementFilter;
use super::rows::ElementRow;
use super::sql::{
    self, CORRELATION_COLUMNS, Connection, Dialect, ELEMENT_COLUMNS, EVENT_COLUMNS, RELATIONSHIP_COLUMNS, Sql, SqlValue,
};
use crate::messages;

/// Limits and settings queries need.
#[derive(Debug, Clone, Copy)]
pub(crate) struct QueryLimits {
    /// What `page_size == 0` means, and the largest page served.
    pub(crate) max_page_size: u32,
}

fn to_elements(registry: &TypeRegistry, rows: &[ElementRow]) -> Vec<OpenMetadataElement> {
    rows.iter().map(|row| row.to_element(registry)).collect()
}

fn limit_i64(value: u32) -> SqlValue {
    SqlValue::Int(i64::from(value))
}

pub(crate) fn get_element(
    conn: &mut dyn Connection,
    dialect: Dialect,
    registry: &TypeRegistry,
    guid: &str,
    options: GetOptions,
) -> Result<Option<OpenMetadataElement>> {
    let rows = load_elements(conn, dialect, registry, &[guid], "")?;
    Ok(rows
        .into_iter()
        .find(|row| {
            (row.status != ElementStatus::Deleted || options.include_deleted) && (!row.archived || options.for_lineage)
        })
        .map(|row| row.to_element(registry)))
}

pub(crate) fn get_elements(
    conn: &mut dyn Connection,
    dialect: Dialect,
    registry: &TypeRegistry,
    guids: &[String],
) -> Result<Vec<OpenMetadataElement>> {
    let refs: Vec<&str> = guids.iter().map(String::as_str).collect();
    let rows = load_elements(conn, dialect, registry, &refs, " AND e.status <> 'DELETED' AND e.archived = 0")?;
    let by_guid: HashMap<&str, &ElementRow> = rows.iter().map(|row| (row.guid.as_str(), row)).collect();
    Ok(refs.iter().filter_map(|guid| by_guid.get(guid)).map(|row| row.to_element(registry)).collect())
}

pub(crate) fn get_by_unique_name(
    conn: &mut dyn Connection,
    dialect: Dialect,
    registry: &TypeRegistry,
    name: &str,
    property_name: &str,
) -> Result<Option<OpenMetadataElement>> {
    let property_name = if property_name.trim().is_empty() { "qualifiedName" } else { property_name };
    let mut query = Sql::new(dialect, &format!("SELECT {ELEMENT_COLUMNS} FROM elements e WHERE "));
    if property_name == "qualifiedName" {
        query.push("e.qualified_name = ").push_param(SqlValue::text(name));
    } else {
        query.push(&dialect.property_text(property_name)).push(" = ").push_param(SqlValue::text(name));
        query.push(" AND e.status <> 'DELETED' AND e.archived = 0");
    }
    query.push(" LIMIT 2");
    let rows: Vec<ElementRow> = conn.query(&query)?.iter().map(|row| sql::decode_element(registry, row)).collect();
    if rows.len() > 1 {
        return Err(messages::NAME_NOT_UNIQUE.error(&[&property_name, &name]).with_parameter_name("name"));
    }
    let rows = attach_classifications(conn, dialect, registry, rows)?;
    Ok(rows.first().map(|row| row.to_element(registry)))
}

/// The attribute type of `property` on the queried type (or on any type), for ordering.
fn numeric_property(registry: &TypeRegistry, query: &ElementQuery, property: &str) -> bool {
    let numeric = |attribute_type: &AttributeType| {
        matches!(
            attribute_type,
            AttributeType::Primitive(
                PrimitiveType::Int
                    | PrimitiveType::Long
                    | PrimitiveType::Short
                    | PrimitiveType::Byte
                    | PrimitiveType::Float
                    | PrimitiveType::Double
            )
        )
    };
    match query.type_name.as_deref().and_then(|name| registry.attribute(name, property)) {
        Some(attribute) => numeric(&attribute.attribute_type),
        None => registry
            .types()
            .into_iter()
            .find_map(|def| def.attributes.get(property))
            .is_some_and(|attribute| numeric(&attribute.attribute_type)),
    }
}

fn order_by(dialect: Dialect, registry: &TypeRegistry, query: &ElementQuery) -> String {
    let row = dialect.row_order();
    let property = |name: &str, direction: &str| {
        let expression = if numeric_property(registry, query, name) {
            match dialect {
                Dialect::Sqlite => dialect.property_text(name),
                Dialect::Postgres => format!("CAST({} AS numeric)", dialect.property_text(name)),
            }
        } else {
            match dialect {
                Dialect::Sqlite => dialect.property_text(name),
                Dialect::Postgres => format!("{} COLLATE \"C\"", dialect.property_text(name)),
            }
        };
        format!("{expression} {direction} NULLS LAST, {row}")
    };
    match &query.sequencing {
        SequencingOrder::Any => row.to_owned(),
        SequencingOrder::Guid => "e.guid".to_owned(),
        SequencingOrder::CreationDateRecent => format!("e.create_time DESC, {row} DESC"),
        SequencingOrder::CreationDateOldest => format!("e.create_time, {row}"),
        SequencingOrder::LastUpdateRecent => format!("COALESCE(e.update_time, e.create_time) DESC, {row} DESC"),
        SequencingOrder::LastUpdateOldest => format!("COALESCE(e.update_time, e.create_time), {row}"),
        SequencingOrder::PropertyAscending(name) => property(name, "ASC"),
        SequencingOrder::PropertyDescending(name) => property(name, "DESC"),
    }
}

/// Escapes `%`, `_` and `\` for a LIKE pattern.
fn like_literal(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// The SQL that narrows the candidates of a query: everything but the ORDER BY and the paging.
fn candidates_sql(dialect: Dialect, filter: &ElementFilter) -> Sql {
    let mut base = Sql::new(dialect, &format!("SELECT {ELEMENT_COLUMNS} FROM elements e WHERE 1 = 1"));
    if let Some(types) = &filter.types {
        base.push(" AND ");
        base.push_in("e.type_name", types.iter().map(String::as_str));
    }
    match filter.statuses() {
        Some(statuses) => {
            base.push(" AND ");
            base.push_in("e.status", statuses.iter().map(|status| status.as_str()));
        }
        None => {
            base.push(" AND e.status <> 'DELETED'");
        }
    }
    if !filter.for_lineage() {
        base.push(" AND e.archived = 0");
    }
    if let Some(anchor) = filter.anchor_guid() {
        base.push(" AND e.anchor_guid = ").push_param(SqlValue::text(anchor));
    }
    if let Some(owner) = filter.owned_by() {
        base.push(" AND e.origin_category = ").push_param(SqlValue::text(sql::external_source_category()));
        base.push(" AND e.home_id = ").push_param(SqlValue::text(owner));
    }
    let only_visible = filter.statuses().is_none_or(|s| !s.contains(&ElementStatus::Deleted)) && !filter.for_lineage();
    for (property, value) in filter.required_string_equalities() {
        if property == "qualifiedName" && only_visible {
            base.push(" AND e.qualified_name = ").push_param(SqlValue::text(value));
        } else {
            base.push(" AND ").push(&dialect.property_text(property)).push(" = ").push_param(SqlValue::text(value));
        }
    }
    if let Some(search) = &filter.search {
        let literals = search.required_literals();
        match dialect {
            Dialect::Sqlite => {
                // The trigram index serves LIKE; `%` and `_` inside a literal only widen the match.
                if !literals.is_empty() {
                    base.push(" AND e.rowid IN (SELECT rowid FROM element_search WHERE ");
                    for (index, literal) in literals.iter().enumerate() {
                        if index > 0 {
                            base.push(" AND ");
                        }
                        base.push("search_text LIKE ").push_param(SqlValue::Text(format!("%{literal}%")));
                    }
                    base.push(")");
                }
                // The regex itself, run by SQLite on the search text, so rows that cannot match are
                // never decoded; the per-value check below still decides.
                base.push(" AND omis_search(")
                    .push_param(SqlValue::text(search.text_pattern()))
                    .push(", e.search_text)");
            }
            Dialect::Postgres => {
                for literal in literals {
                    base.push(" AND e.search_text ILIKE ")
                        .push_param(SqlValue::Text(format!("%{}%", like_literal(literal))))
                        .push(" ESCAPE '\\'");
                }
                if let Some((pattern, ignore_case)) = search.postgres_pattern() {
                    base.push(if ignore_case { " AND e.search_text ~* " } else { " AND e.search_text ~ " });
                    base.push_param(SqlValue::text(pattern));
                }
            }
        }
    }
    base
}

pub(crate) fn find_elements(
    conn: &mut dyn Connection,
    dialect: Dialect,
    registry: &TypeRegistry,
    query: &ElementQuery,
    limits: QueryLimits,
) -> Result<Vec<OpenMetadataElement>> {
    let filter = ElementFilter::new(registry, query)?;
    let page_size = query.paging.effective_page_size(limits.max_page_size) as usize;
    let start_from = query.paging.start_from as usize;

    let base = candidates_sql(dialect, &filter);
    let order = order_by(dialect, registry, query);

    // Everything but the search regex, zones and the conditions SQL could not express is already
    // in the WHERE clause; when nothing else remains, SQL can page directly.
    let needs_filter = filter.search.is_some()
        || !query.zones.is_empty()
        || query
            .search_properties
            .as_ref()
            .is_some_and(|properties| properties.conditions.len() != filter.required_string_equalities().len());
    if !needs_filter {
        let mut sql = base;
        sql.push(" ORDER BY ")
            .push(&order)
            .push(" LIMIT ")
            .push_param(limit_i64(u32::try_from(page_size).unwrap_or(u32::MAX)));
        sql.push(" OFFSET ").push_param(SqlValue::Int(i64::try_from(start_from).unwrap_or(i64::MAX)));
        let rows: Vec<ElementRow> = conn.query(&sql)?.iter().map(|row| sql::decode_element(registry, row)).collect();
        let rows = attach_classifications(conn, dialect, registry, rows)?;
        return Ok(to_elements(registry, &rows));
    }

    // Candidates are fetched in chunks and checked here. In insertion order (the default) a chunk
    // starts after the last row seen, so a scan reads each row once; other orders page by offset.
    let keyset = query.sequencing == SequencingOrder::Any;
    let row_order = dialect.row_order();
    let select_with_key = base.text.replacen(
        &format!("SELECT {ELEMENT_COLUMNS} FROM"),
        &format!("SELECT {ELEMENT_COLUMNS}, {row_order} FROM"),
        1,
    );
    let chunk = (page_size + start_from).clamp(1000, 5000);
    let (mut offset, mut skipped, mut last_key) = (0_usize, 0_usize, i64::MIN);
    let mut page = Vec::new();
    loop {
        let mut sql = Sql::new(dialect, if keyset { &select_with_key } else { &base.text });
        sql.params.clone_from(&base.params);
        if keyset {
            sql.push(&format!(" AND {row_order} > ")).push_param(SqlValue::Int(last_key));
        }
        sql.push(" ORDER BY ").push(&order);
        sql.push(" LIMIT ").push_param(SqlValue::Int(i64::try_from(chunk).unwrap_or(i64::MAX)));
        if !keyset {
            sql.push(" OFFSET ").push_param(SqlValue::Int(i64::try_from(offset).unwrap_or(i64::MAX)));
        }
        let raw = conn.query(&sql)?;
        if keyset && let Some(SqlValue::Int(key)) = raw.last().and_then(|row| row.last()) {
            last_key = *key;
        }
        let rows: Vec<ElementRow> = raw.iter().map(|row| sql::decode_element(registry, row)).collect();
        let fetched = rows.len();
        let rows = if query.zones.is_empty() { rows } else { attach_classifications(conn, dialect, registry, rows)? };
        for row in rows {
            if !filter.matches(&row) {
                continue;
            }
            if skipped < start_from {
                skipped += 1;
                continue;
            }
            page.push(row);
            if page.len() == page_size {
                break;
            }
        }
        if page.len() == page_size || fetched < chunk {
            break;
        }
        offset += chunk;
    }
    let page = if query.zones.is_empty() { attach_classifications(conn, dialect, registry, page)? } else { page };
    Ok(to_elements(registry, &page))
}

pub(crate) fn get_relationship(
    conn: &mut dyn Connection,
    dialect: Dialect,
    registry: &TypeRegistry,
    guid: &str,
) -> Result<Option<OpenMetadataRelationship>> {
    let mut query = Sql::new(dialect, &format!("SELECT {RELATIONSHIP_COLUMNS} FROM relationships r WHERE r.guid = "));
    query.push_param(SqlValue::text(guid));
    let Some(row) = conn.query(&query)?.first().map(|row| sql::decode_relationship(registry, row)) else {
        return Ok(None);
    };
    let ends = load_elements(conn, dialect, registry, &[&row.end1_guid, &row.end2_guid], "")?;
    let name = |guid: &str| ends.iter().find(|e| e.guid == guid).and_then(|e| e.qualified_name().map(str::to_owned));
    Ok(Some(row.to_relationship(registry, name(&row.end1_guid), name(&row.end2_guid))))
}

pub(crate) fn related_elements(
    conn: &mut dyn Connection,
    dialect: Dialect,
    registry: &TypeRegistry,
    query: &RelatedElementsQuery,
    limits: QueryLimits,
) -> Result<Vec<RelatedMetadataElement>> {
    let relationship_types = match &query.relationship_type {
        Some(name) => Some(registry.require(name, TypeCategory::Relationship)?.with_subtypes.clone()),
        None => None,
    };
    let related_types = match &query.related_type {
        Some(name) => Some(registry.require(name, TypeCategory::Entity)?.with_subtypes.clone()),
        None => None,
    };
    let Some(start) = load_elements(conn, dialect, registry, &[&query.guid], "")?.into_iter().next() else {
        return Ok(Vec::new());
    };
    let mut sql = Sql::new(
        dialect,
        &format!("SELECT {RELATIONSHIP_COLUMNS}, {ELEMENT_COLUMNS} FROM relationships r JOIN elements e ON e.guid = "),
    );
    match query.starting_at_end {
        RelationshipEnd::End1 => {
            sql.push("r.end2_guid WHERE r.end1_guid = ").push_param(SqlValue::text(&query.guid));
        }
        RelationshipEnd::End2 => {
            sql.push("r.end1_guid WHERE r.end2_guid = ").push_param(SqlValue::text(&query.guid));
        }
        RelationshipEnd::Any => {
            sql.push("(CASE WHEN r.end1_guid = ").push_param(SqlValue::text(&query.guid));
            sql.push(" THEN r.end2_guid ELSE r.end1_guid END) WHERE (r.end1_guid = ")
                .push_param(SqlValue::text(&query.guid));
            sql.push(" OR r.end2_guid = ").push_param(SqlValue::text(&query.guid)).push(")");
        }
    }
    if let Some(types) = &relationship_types {
        sql.push(" AND ");
        sql.push_in("r.type_name", types.iter().map(String::as_str));
    }
    if let Some(types) = &related_types {
        sql.push(" AND ");
        sql.push_in("e.type_name", types.iter().map(String::as_str));
    }
    sql.push(" AND e.status <> 'DELETED'");
    if !query.for_lineage {
        sql.push(" AND e.archived = 0");
    }
    sql.push(" ORDER BY ").push(dialect.relationship_order());
    sql.push(" LIMIT ").push_param(limit_i64(query.paging.effective_page_size(limits.max_page_size)));
    sql.push(" OFFSET ").push_param(limit_i64(query.paging.start_from));

    let rows = conn.query(&sql)?;
    let mut pairs = Vec::with_capacity(rows.len());
    for row in &rows {
        let (relationship, element) = row.split_at(sql::RELATIONSHIP_WIDTH.min(row.len()));
        pairs.push((sql::decode_relationship(registry, relationship), sql::decode_element(registry, element)));
    }
    let elements = attach_classifications(conn, dialect, registry, pairs.iter().map(|(_, e)| e.clone()).collect())?;
    let start_name = start.qualified_name().map(str::to_owned);
    Ok(pairs
        .into_iter()
        .zip(elements)
        .map(|((relationship, _), element)| {
            let element_at_end1 = relationship.end1_guid == element.guid && relationship.end2_guid == query.guid;
            let related_name = element.qualified_name().map(str::to_owned);
            let (end1_name, end2_name) =
                if element_at_end1 { (related_name, start_name.clone()) } else { (start_name.clone(), related_name) };
            RelatedMetadataElement {
                class: "RelatedMetadataElement".to_owned(),
                relationship: relationship.to_relationship(registry, end1_name, end2_name),
                element_at_end1,
                element: element.to_element(registry),
            }
        })
        .collect())
}

pub(crate) fn find_external_ids(
    conn: &mut dyn Connection,
    dialect: Dialect,
    query: &ExternalIdQuery,
    limits: QueryLimits,
) -> Result<Vec<ExternalIdentifier>> {
    let page_size = query.paging.effective_page_size(limits.max_page_size) as usize;
    let start_from = query.paging.start_from as usize;
    let build = |keys: &[String], elements: &[String]| {
        let mut sql = Sql::new(dialect, &format!("SELECT {CORRELATION_COLUMNS} FROM external_ids x WHERE 1 = 1"));
        if let Some(scope) = &query.scope_guid {
            sql.push(" AND x.scope_guid = ").push_param(SqlValue::text(scope));
        }
        if let Some(sync_scope) = &query.sync_scope {
            sql.push(" AND x.sync_scope = ").push_param(SqlValue::text(sync_scope));
        }
        if !keys.is_empty() {
            sql.push(" AND ");
            sql.push_in("x.key", keys.iter().map(String::as_str));
        }
        if !elements.is_empty() {
            sql.push(" AND ");
            sql.push_in("x.element_guid", elements.iter().map(String::as_str));
        }
        if let Some(after) = &query.after {
            // A row-value comparison: both databases read it as a range of the (scope, key,
            // element) primary key, where an OR of the two columns would scan.
            sql.push(" AND (x.key, x.element_guid) > (").push_param(SqlValue::text(&after.key));
            sql.push(", ").push_param(SqlValue::text(&after.element_guid)).push(")");
        }
        sql.push(" ORDER BY x.scope_guid, x.key, x.element_guid");
        sql
    };
    // Short lists page in SQL; long key or element lists are looked up in chunks and paged here.
    if query.keys.len() + query.element_guids.len() <= 500 {
        let mut sql = build(&query.keys, &query.element_guids);
        sql.push(" LIMIT ").push_param(SqlValue::Int(i64::try_from(page_size).unwrap_or(i64::MAX)));
        sql.push(" OFFSET ").push_param(SqlValue::Int(i64::try_from(start_from).unwrap_or(i64::MAX)));
        return Ok(conn.query(&sql)?.iter().map(|row| sql::decode_correlation(row)).collect());
    }
    let mut all = Vec::new();
    let empty: Vec<String> = Vec::new();
    let key_chunks: Vec<&[String]> =
        if query.keys.is_empty() { vec![&empty] } else { query.keys.chunks(500).collect() };
    let element_chunks: Vec<&[String]> =
        if query.element_guids.is_empty() { vec![&empty] } else { query.element_guids.chunks(500).collect() };
    for keys in &key_chunks {
        for elements in &element_chunks {
            all.extend(conn.query(&build(keys, elements))?.iter().map(|row| sql::decode_correlation(row)));
        }
    }
    all.sort_by(|a, b| (&a.scope_guid, &a.key, &a.element_guid).cmp(&(&b.scope_guid, &b.key, &b.element_guid)));
    Ok(all.into_iter().skip(start_from).take(page_size).collect())
}

pub(crate) fn count_external_ids(conn: &mut dyn Connection, dialect: Dialect, query: &ExternalIdQuery) -> Result<u64> {
    let mut total = 0;
    let empty: Vec<String> = Vec::new();
    let key_chunks: Vec<&[String]> =
        if query.keys.is_empty() { vec![&empty] } else { query.keys.chunks(500).collect() };
    let element_chunks: Vec<&[String]> =
        if query.element_guids.is_empty() { vec![&empty] } else { query.element_guids.chunks(500).collect() };
    for keys in &key_chunks {
        for elements in &element_chunks {
            let mut sql = Sql::new(dialect, "SELECT COUNT(*) FROM external_ids x WHERE 1 = 1");
            if let Some(scope) = &query.scope_guid {
                sql.push(" AND x.scope_guid = ").push_param(SqlValue::text(scope));
            }
            if let Some(sync_scope) = &query.sync_scope {
                sql.push(" AND x.sync_scope = ").push_param(SqlValue::text(sync_scope));
            }
            if !keys.is_empty() {
                sql.push(" AND ");
                sql.push_in("x.key", keys.iter().map(String::as_str));
            }
            if !elements.is_empty() {
                sql.push(" AND ");
                sql.push_in("x.element_guid", elements.iter().map(String::as_str));
            }
            total += sql::scalar(&conn.query(&sql)?).and_then(|count| u64::try_from(count).ok()).unwrap_or(0);
        }
    }
    Ok(total)
}

pub(crate) fn read_change_log(
    conn: &mut dyn Connection,
    dialect: Dialect,
    after: u64,
    limit: u32,
) -> Result<Vec<ChangeEvent>> {
    let mut sql = Sql::new(dialect, &format!("SELECT {EVENT_COLUMNS} FROM change_log WHERE sequence > "));
    sql.push_param(SqlValue::Int(i64::try_from(after).unwrap_or(i64::MAX)));
    sql.push(" ORDER BY sequence LIMIT ").push_param(limit_i64(limit));
    conn.query(&sql)?.iter().map(|row| sql::decode_event(row)).collect()
}

pub(crate) fn latest_sequence(conn: &mut dyn Connection, dialect: Dialect) -> Result<u64> {
    let rows = conn.query(&Sql::new(dialect, "SELECT COALESCE(MAX(sequence), 0) FROM change_log"))?;
    Ok(sql::scalar(&rows).and_then(|value| u64::try_from(value).ok()).unwrap_or(0))
}

pub(crate) fn load_cursor(conn: &mut dyn Connection, dialect: Dialect, name: &str) -> Result<Option<u64>> {
    let mut sql = Sql::new(dialect, "SELECT sequence FROM cursors WHERE name = ");
    sql.push_param(SqlValue::text(name));
    Ok(sql::scalar(&conn.query(&sql)?).and_then(|value| u64::try_from(value).ok()))
}

pub(crate) fn save_cursor(conn: &mut dyn Connection, dialect: Dialect, name: &str, sequence: u64) -> Result<()> {
    let mut sql = Sql::new(dialect, "INSERT INTO cursors (name, sequence) VALUES (");
    sql.push_param(SqlValue::text(name))
        .push(", ")
        .push_param(SqlValue::Int(i64::try_from(sequence).unwrap_or(i64::MAX)));
    sql.push(") ON CONFLICT (name) DO UPDATE SET sequence = excluded.sequence");
    conn.execute(&sql)?;
    Ok(())
}
