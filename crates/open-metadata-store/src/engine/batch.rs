//! Executing a write batch: load what it touches, apply it to an in-memory overlay, write the result.
//!
//! 1. **Load**: one query per kind of thing the batch refers to (elements, qualified names,
//!    relationships, correlations, the dependents of what it deletes), in chunks.
//! 2. **Apply**: every operation, in order, against the overlay: validation against the type
//!    definitions, ownership, uniqueness, cardinality, cascades. Any error stops here, before
//!    anything is written.
//! 3. **Write**: the final state of every row that changed, in multi-row statements, and the
//!    change-log events with their sequence numbers — all inside the caller's transaction.

use std::collections::BTreeMap;

/// The batch's maps are keyed by GUIDs and keys: foldhash rather than SipHash (a batch of
/// thousands of elements hashes each GUID several times).
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

use integration_daemon_api::types::{Cardinality, EndElement, TypeRegistry, ValidationMode};
use integration_daemon_api::{
    ANCHORS_CLASSIFICATION, ChangeEvent, ChangeEventType, DeleteMethod, ElementProperties, ElementStatus,
    ExternalIdentifier, MEMENTO_CLASSIFICATION, NewElement, NewRelationship, OmisError, OriginCategory, RequestContext,
    Result, WriteBatch, WriteOp, WriteOutcome, ZONE_MEMBERSHIP_CLASSIFICATION, new_guid, time,
};

use super::rows::{ClassificationRow, ElementRow, Millis, Provenance, RelationshipRow, Stamp, now_millis};
use super::sql::{
    self, CLASSIFICATION_COLUMNS, CORRELATION_COLUMNS, Connection, Dialect, ELEMENT_COLUMNS, RELATIONSHIP_COLUMNS, Sql,
    SqlValue,
};
use crate::messages;

/// The result of a committed batch.
pub(crate) struct BatchResult {
    pub(crate) outcomes: Vec<WriteOutcome>,
    /// The newest change-log sequence after the batch (unchanged when it logged nothing).
    pub(crate) latest_sequence: u64,
    pub(crate) events: usize,
    /// What the batch loaded and wrote: handed back so that it is freed after the write lock is
    /// released, not while the next batch waits for it.
    _spent: State,
}

/// From how many loaded and changed rows on, a batch builds its statements on a second thread.
const PARALLEL_BUILD_ROWS: usize = 512;

/// What a new element needs that does not depend on the repository: its validated properties and
/// classifications and the stored forms of its properties. An element whose preparation fails is
/// left to the batch, which then reports the same error as without preparation.
struct PreparedElement {
    type_name: String,
    properties: ElementProperties,
    /// Resolved classification name → validated properties.
    classifications: Vec<(String, ElementProperties)>,
    encoded: EncodedProperties,
}

/// An element's properties as stored: the JSON text and the search text.
struct EncodedProperties {
    json: String,
    search_text: String,
}

/// Prepares an operation that creates an element (see [`PreparedElement`]); `None` for others.
fn prepare(registry: &TypeRegistry, op: &WriteOp) -> Option<PreparedElement> {
    let WriteOp::CreateElement(new) = op else { return None };
    let prepare_one = || -> Result<PreparedElement> {
        let (def, properties) =
            registry.validate_element(&new.type_name, new.properties.clone(), ValidationMode::Complete)?;
        let mut classifications = Vec::with_capacity(new.initial_classifications.len());
        for (name, supplied) in &new.initial_classifications {
            if name == ANCHORS_CLASSIFICATION || name == MEMENTO_CLASSIFICATION {
                // Refused by the batch, with its error.
                return Err(messages::RESERVED_CLASSIFICATION.error(&[&name]));
            }
            let (_, validated) =
                registry.validate_classification(name, &def.name, supplied.clone(), ValidationMode::Complete)?;
            classifications.push((registry.resolve_name(name).to_owned(), validated));
        }
        let encoded = EncodedProperties {
            json: super::rows::properties_json(&properties),
            search_text: super::rows::search_text(&properties),
        };
        Ok(PreparedElement { type_name: def.name.clone(), properties, classifications, encoded })
    };
    prepare_one().ok()
}

/// Prepares the new elements of a batch (see [`PreparedElement`]), before the write lock is taken:
/// while another batch writes.
pub(crate) fn prepare_batch(registry: &TypeRegistry, batch: &WriteBatch) -> Prepared {
    Prepared(batch.0.iter().map(|op| prepare(registry, op)).collect())
}

/// The preparations of a batch's operations, one per operation (`None` where there is none).
pub(crate) struct Prepared(Vec<Option<PreparedElement>>);

/// Runs a batch, prepared by [`prepare_batch`], on a connection that is inside a write transaction.
pub(crate) fn execute_batch(
    conn: &mut dyn Connection,
    dialect: Dialect,
    registry: &TypeRegistry,
    context: &RequestContext,
    batch: &WriteBatch,
    prepared: Prepared,
) -> Result<BatchResult> {
    let needs = Needs::collect(batch);
    let mut state = State::load(conn, dialect, registry, &needs)?;
    let mut applier = Applier { registry, context, now: now_millis(), state: &mut state, events: Vec::new() };
    let mut outcomes = Vec::with_capacity(batch.len());
    for (op, prepared) in batch.0.iter().zip(prepared.0) {
        outcomes.push(applier.apply(op, prepared)?);
    }
    let events = std::mem::take(&mut applier.events);
    let event_count = events.len();
    let (latest_sequence, state) = state.write(conn, dialect, events)?;
    Ok(BatchResult { outcomes, latest_sequence, events: event_count, _spent: state })
}

// --- what a batch refers to ----------------------------------------------------------------------

#[derive(Default)]
struct Needs {
    elements: HashSet<String>,
    /// Elements the batch creates with a pre-assigned GUID: they cannot have existing relationships.
    created: HashSet<String>,
    qualified_names: HashSet<String>,
    relationships: HashSet<String>,
    /// (type, end1, end2) of new relationships whose ends both exist already.
    relationship_pairs: HashSet<(String, String, String)>,
    delete_targets: HashSet<String>,
    correlations: HashSet<(String, String)>,
}

impl Needs {
    fn collect(batch: &WriteBatch) -> Needs {
        let mut needs = Needs::default();
        for op in &batch.0 {
            if let WriteOp::CreateElement(NewElement { guid: Some(guid), .. }) = op {
                needs.created.insert(guid.clone());
            }
        }
        for op in &batch.0 {
            match op {
                // The GUIDs and qualified names of new elements are not looked up: the database's
                // unique indexes refuse a clash, and `diagnose_conflict` then names it.
                WriteOp::CreateElement(new) => {
                    needs.elements.extend(new.anchor_guid.iter().cloned());
                    if let Some(parent) = &new.parent {
                        needs.elements.insert(parent.parent_guid.clone());
                    }
                }
                WriteOp::UpdateElement { guid, properties, .. } => {
                    needs.elements.insert(guid.clone());
                    if let Some(name) = properties.get_str("qualifiedName") {
                        needs.qualified_names.insert(name.to_owned());
                    }
                }
                WriteOp::UpdateElementStatus { guid, .. }
                | WriteOp::Classify { guid, .. }
                | WriteOp::Declassify { guid, .. }
                | WriteOp::Publish { guid, .. }
                | WriteOp::Withdraw { guid, .. } => {
                    needs.elements.insert(guid.clone());
                }
                WriteOp::DeleteElement { guid, .. } | WriteOp::ArchiveElement { guid, .. } => {
                    needs.elements.insert(guid.clone());
                    needs.delete_targets.insert(guid.clone());
                }
                WriteOp::CreateRelationship(new) => {
                    needs.elements.insert(new.end1_guid.clone());
                    needs.elements.insert(new.end2_guid.clone());
                    if !needs.created.contains(&new.end1_guid) && !needs.created.contains(&new.end2_guid) {
                        needs.relationship_pairs.insert((
                            new.type_name.clone(),
                            new.end1_guid.clone(),
                            new.end2_guid.clone(),
                        ));
                    }
                }
                WriteOp::UpdateRelationship { guid, .. } | WriteOp::DeleteRelationship { guid } => {
                    needs.relationships.insert(guid.clone());
                }
                // A correlation may name an element or a relationship. One with an element this
                // batch creates cannot exist yet: nothing to look up.
                WriteOp::LinkExternalId(id) if !needs.created.contains(&id.element_guid) => {
                    needs.elements.insert(id.element_guid.clone());
                    needs.relationships.insert(id.element_guid.clone());
                    needs.correlations.insert((id.scope_guid.clone(), id.key.clone()));
                }
                WriteOp::ConfirmSynchronization { scope_guid, key, element_guid, .. } => {
                    needs.elements.insert(element_guid.clone());
                    needs.correlations.insert((scope_guid.clone(), key.clone()));
                }
                WriteOp::UnlinkExternalId { scope_guid, key, .. } => {
                    needs.correlations.insert((scope_guid.clone(), key.clone()));
                }
                _ => {}
            }
        }
        needs
    }
}

// --- the overlay ---------------------------------------------------------------------------------

// Four independent facts about an overlay entry; an enum of their combinations would be harder to read.
#[allow(clippy::struct_excessive_bools)]
struct ElementEntry {
    row: ElementRow,
    in_db: bool,
    dirty: bool,
    classifications_dirty: bool,
    purged: bool,
}

struct RelationshipEntry {
    row: RelationshipRow,
    in_db: bool,
    dirty: bool,
    removed: bool,
}

struct CorrelationEntry {
    row: ExternalIdentifier,
    in_db: bool,
    dirty: bool,
    removed: bool,
}

type CorrelationKey = (String, String, String);

#[derive(Default)]
struct State {
    elements: HashMap<String, ElementEntry>,
    relationships: HashMap<String, RelationshipEntry>,
    correlations: HashMap<CorrelationKey, CorrelationEntry>,
    /// Visible qualified name → element.
    qualified_names: HashMap<String, String>,
    /// Parent or anchor → the elements that depend on it.
    dependents: HashMap<String, Vec<String>>,
    /// Element → relationships touching it (loaded or created).
    relationships_of: HashMap<String, Vec<String>>,
    /// Elements and relationships whose correlations are all removed (they were deleted).
    uncorrelated: Vec<String>,
    /// Elements and relationships this batch removed: deleting them again (say, after a cascade
    /// took them) changes nothing.
    removed_in_batch: HashSet<String>,
    /// The stored forms of new elements' properties, prepared before the batch ran (valid while
    /// the element is at version 1: an update in the same batch changes its properties).
    encoded: HashMap<String, EncodedProperties>,
}

impl State {
    fn load(conn: &mut dyn Connection, dialect: Dialect, registry: &TypeRegistry, needs: &Needs) -> Result<State> {
        let mut state = State::default();
        let guids: Vec<&str> = needs.elements.iter().map(String::as_str).collect();
        for row in load_elements(conn, dialect, registry, &guids, "")? {
            state.add_element(row, true);
        }
        let names: Vec<&str> = needs.qualified_names.iter().map(String::as_str).collect();
        for chunk in sql::chunks(dialect, &names, 1) {
            let mut query = Sql::new(dialect, "SELECT qualified_name, guid FROM elements WHERE ");
            query.push_in("qualified_name", chunk.iter().copied());
            for row in conn.query(&query)? {
                if let (Some(SqlValue::Text(name)), Some(SqlValue::Text(guid))) = (row.first(), row.get(1)) {
                    state.qualified_names.insert(name.clone(), guid.clone());
                }
            }
        }
        let relationship_guids: Vec<&str> = needs.relationships.iter().map(String::as_str).collect();
        for chunk in sql::chunks(dialect, &relationship_guids, 1) {
            let mut query = Sql::new(dialect, &format!("SELECT {RELATIONSHIP_COLUMNS} FROM relationships r WHERE "));
            query.push_in("r.guid", chunk.iter().copied());
            state.add_relationship_rows(registry, conn.query(&query)?);
        }
        state.load_pair_relationships(conn, dialect, registry, needs)?;
        state.load_dependents(conn, dialect, registry, needs)?;
        state.load_correlations(conn, dialect, needs)?;
        Ok(state)
    }

    /// For new relationships between existing elements: the relationships of the same type that
    /// already touch either end (for duplicate and cardinality checks).
    fn load_pair_relationships(
        &mut self,
        conn: &mut dyn Connection,
        dialect: Dialect,
        registry: &TypeRegistry,
        needs: &Needs,
    ) -> Result<()> {
        let pairs: Vec<&(String, String, String)> = needs.relationship_pairs.iter().collect();
        for chunk in sql::chunks(dialect, &pairs, 4) {
            let mut query = Sql::new(dialect, &format!("SELECT {RELATIONSHIP_COLUMNS} FROM relationships r WHERE "));
            for (index, (type_name, end1, end2)) in chunk.iter().enumerate() {
                if index > 0 {
                    query.push(" OR ");
                }
                let name = registry.resolve_name(type_name).to_owned();
                query.push("(r.type_name = ").push_param(SqlValue::Text(name));
                query.push(" AND (r.end1_guid = ").push_param(SqlValue::text(end1.as_str()));
                query.push(" OR r.end2_guid = ").push_param(SqlValue::text(end2.as_str())).push("))");
            }
            self.add_relationship_rows(registry, conn.query(&query)?);
        }
        Ok(())
    }

    /// Everything that depends (by anchor or parent, recursively) on what the batch deletes, and
    /// the relationships that touch any of it.
    fn load_dependents(
        &mut self,
        conn: &mut dyn Connection,
        dialect: Dialect,
        registry: &TypeRegistry,
        needs: &Needs,
    ) -> Result<()> {
        if needs.delete_targets.is_empty() {
            return Ok(());
        }
        let mut all: HashSet<String> = needs.delete_targets.clone();
        let mut frontier: Vec<String> = needs.delete_targets.iter().cloned().collect();
        while !frontier.is_empty() {
            let mut next = Vec::new();
            for chunk in sql::chunks(dialect, &frontier, 2) {
                let mut query = Sql::new(dialect, &format!("SELECT {ELEMENT_COLUMNS} FROM elements e WHERE ("));
                query.push_in("e.anchor_guid", chunk.iter().map(String::as_str));
                query.push(" OR ");
                query.push_in("e.parent_guid", chunk.iter().map(String::as_str));
                query.push(") AND e.status <> 'DELETED'");
                let rows: Vec<ElementRow> =
                    conn.query(&query)?.iter().map(|row| sql::decode_element(registry, row)).collect();
                let rows = attach_classifications(conn, dialect, registry, rows)?;
                for row in rows {
                    if all.insert(row.guid.clone()) {
                        next.push(row.guid.clone());
                    }
                    if !self.elements.contains_key(&row.guid) {
                        self.add_element(row, true);
                    }
                }
            }
            frontier = next;
        }
        let members: Vec<String> = all.into_iter().collect();
        for chunk in sql::chunks(dialect, &members, 2) {
            let mut query = Sql::new(dialect, &format!("SELECT {RELATIONSHIP_COLUMNS} FROM relationships r WHERE "));
            query.push_in("r.end1_guid", chunk.iter().map(String::as_str));
            query.push(" OR ");
            query.push_in("r.end2_guid", chunk.iter().map(String::as_str));
            self.add_relationship_rows(registry, conn.query(&query)?);
        }
        Ok(())
    }

    fn load_correlations(&mut self, conn: &mut dyn Connection, dialect: Dialect, needs: &Needs) -> Result<()> {
        let mut by_scope: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (scope, key) in &needs.correlations {
            by_scope.entry(scope.as_str()).or_default().push(key.as_str());
        }
        for (scope, keys) in by_scope {
            for chunk in sql::chunks(dialect, &keys, 1) {
                let mut query = Sql::new(
                    dialect,
                    &format!("SELECT {CORRELATION_COLUMNS} FROM external_ids x WHERE x.scope_guid = "),
                );
                query.push_param(SqlValue::text(scope)).push(" AND ");
                query.push_in("x.key", chunk.iter().copied());
                for row in conn.query(&query)? {
                    let correlation = sql::decode_correlation(&row);
                    let key = correlation_key(&correlation);
                    self.correlations.entry(key).or_insert(CorrelationEntry {
                        row: correlation,
                        in_db: true,
                        dirty: false,
                        removed: false,
                    });
                }
            }
        }
        Ok(())
    }

    fn add_element(&mut self, row: ElementRow, in_db: bool) {
        if row.is_visible()
            && let Some(name) = row.qualified_name()
        {
            self.qualified_names.insert(name.to_owned(), row.guid.clone());
        }
        // Each element is added once (new GUIDs are checked, loaded rows are not loaded twice), so
        // no duplicate check: an anchor with thousands of dependents in a batch stays linear.
        if let Some(anchor) = &row.anchor_guid {
            self.dependents.entry(anchor.clone()).or_default().push(row.guid.clone());
        }
        if let Some(parent) = row.parent_guid.as_ref().filter(|parent| row.anchor_guid.as_ref() != Some(*parent)) {
            self.dependents.entry(parent.clone()).or_default().push(row.guid.clone());
        }
        self.elements.insert(
            row.guid.clone(),
            ElementEntry { row, in_db, dirty: !in_db, classifications_dirty: !in_db, purged: false },
        );
    }

    fn add_relationship_rows(&mut self, registry: &TypeRegistry, rows: Vec<Vec<SqlValue>>) {
        for row in rows {
            let relationship = sql::decode_relationship(registry, &row);
            if !self.relationships.contains_key(&relationship.guid) {
                self.add_relationship(relationship, true);
            }
        }
    }

    fn add_relationship(&mut self, row: RelationshipRow, in_db: bool) {
        for end in [&row.end1_guid, &row.end2_guid] {
            self.relationships_of.entry(end.clone()).or_default().push(row.guid.clone());
        }
        self.relationships.insert(row.guid.clone(), RelationshipEntry { row, in_db, dirty: !in_db, removed: false });
    }

    /// A live relationship of `type_name` matching the predicate, among those touching `guid`.
    fn find_relationship(&self, guid: &str, predicate: impl Fn(&RelationshipRow) -> bool) -> Option<&RelationshipRow> {
        self.relationships_of
            .get(guid)?
            .iter()
            .filter_map(|r| self.relationships.get(r))
            .find_map(|entry| (!entry.removed && predicate(&entry.row)).then_some(&entry.row))
    }

    /// Writes the final state of everything that changed, then the events. Returns the newest
    /// sequence number.
    /// Returns the newest sequence number, and the state (to be freed once the lock is released).
    fn write(
        mut self,
        conn: &mut dyn Connection,
        dialect: Dialect,
        mut events: Vec<ChangeEvent>,
    ) -> Result<(u64, State)> {
        let base = sql::scalar(&conn.query(&Sql::new(dialect, "SELECT COALESCE(MAX(sequence), 0) FROM change_log"))?)
            .and_then(|value| u64::try_from(value).ok())
            .unwrap_or(0);
        for (event, sequence) in events.iter_mut().zip(base + 1..) {
            event.sequence = sequence;
        }
        let latest = base + events.len() as u64;
        // Removals first, then updates of existing rows, then new rows: a qualified name freed by a
        // delete can be taken by a new element in the same batch. The events come last.
        let build = move |state: &mut State, out: &mut dyn FnMut(Sql) -> bool| {
            state.build_removals(dialect, out)
                && state.build_rows(dialect, out)
                && sql::insert_events(dialect, &events).into_iter().all(&mut *out)
        };
        if self.elements.len() + self.relationships.len() + self.correlations.len() < PARALLEL_BUILD_ROWS {
            let mut failure = None;
            build(&mut self, &mut |statement| match conn.execute(&statement) {
                Ok(_) => true,
                Err(error) => {
                    failure = Some(error);
                    false
                }
            });
            return failure.map_or(Ok((latest, self)), Err);
        }
        // A large batch: its statements are built on a second thread while this one runs them
        // (building SQL text and parameters is a good part of a bulk write, and the database runs
        // one statement at a time anyway). A pooled thread: a new thread per batch would leave
        // the allocator a new heap to abandon each time.
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Sql>(2);
        let (done, finished) = std::sync::mpsc::sync_channel::<(bool, State)>(1);
        let job = move || {
            let mut state = self;
            let complete = build(&mut state, &mut |statement| sender.send(statement).is_ok());
            let _ = done.send((complete, state));
        };
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => drop(runtime.spawn_blocking(job)),
            Err(_) => drop(std::thread::spawn(job)),
        }
        // Runs until the builder is done (its sender dropped) or a statement fails (the receiver
        // is dropped on return, which stops the builder).
        for statement in receiver {
            conn.execute(&statement)?;
        }
        // A builder that stopped short (it panicked) must not let a partial batch commit.
        match finished.recv() {
            Ok((true, state)) => Ok((latest, state)),
            _ => Err(messages::STORE_TASK_FAILED.error(&[&"the batch's statements could not all be built"])),
        }
    }

    /// The statements removing purged elements, removed relationships and removed correlations,
    /// handed to `out` in order (until it returns false: no one runs them any more).
    fn build_removals(&self, dialect: Dialect, out: &mut dyn FnMut(Sql) -> bool) -> bool {
        let purged: Vec<&str> = self
            .elements
            .values()
            .filter(|entry| entry.purged && entry.in_db)
            .map(|entry| entry.row.guid.as_str())
            .collect();
        for chunk in sql::chunks(dialect, &purged, 1) {
            for table_column in ["classifications WHERE element_guid", "elements WHERE guid"] {
                let (table, column) = table_column.split_once(" WHERE ").unwrap_or_default();
                let mut statement = Sql::new(dialect, &format!("DELETE FROM {table} WHERE "));
                statement.push_in(column, chunk.iter().copied());
                if !out(statement) {
                    return false;
                }
            }
        }
        let removed_relationships: Vec<&str> = self
            .relationships
            .values()
            .filter(|entry| entry.removed && entry.in_db)
            .map(|entry| entry.row.guid.as_str())
            .collect();
        for chunk in sql::chunks(dialect, &removed_relationships, 1) {
            let mut statement = Sql::new(dialect, "DELETE FROM relationships WHERE ");
            statement.push_in("guid", chunk.iter().copied());
            if !out(statement) {
                return false;
            }
        }
        let uncorrelated: Vec<&str> = self.uncorrelated.iter().map(String::as_str).collect();
        for chunk in sql::chunks(dialect, &uncorrelated, 1) {
            let mut statement = Sql::new(dialect, "DELETE FROM external_ids WHERE ");
            statement.push_in("element_guid", chunk.iter().copied());
            if !out(statement) {
                return false;
            }
        }
        let removed_correlations: Vec<&ExternalIdentifier> =
            self.correlations.values().filter(|entry| entry.removed && entry.in_db).map(|entry| &entry.row).collect();
        for chunk in sql::chunks(dialect, &removed_correlations, 3) {
            let mut statement = Sql::new(dialect, "DELETE FROM external_ids WHERE ");
            for (index, row) in chunk.iter().enumerate() {
                if index > 0 {
                    statement.push(" OR ");
                }
                statement.push("(scope_guid = ").push_param(SqlValue::text(&row.scope_guid));
                statement.push(" AND key = ").push_param(SqlValue::text(&row.key));
                statement.push(" AND element_guid = ").push_param(SqlValue::text(&row.element_guid)).push(")");
            }
            if !out(statement) {
                return false;
            }
        }
        true
    }

    /// The statements writing the final state of every element, classification, relationship and
    /// correlation that changed, handed to `out` in order (until it returns false).
    fn build_rows(&mut self, dialect: Dialect, out: &mut dyn FnMut(Sql) -> bool) -> bool {
        let live = |entry: &&ElementEntry| entry.dirty && !entry.purged;
        let updated: Vec<&ElementRow> =
            self.elements.values().filter(live).filter(|e| e.in_db).map(|e| &e.row).collect();
        let created: Vec<&ElementRow> =
            self.elements.values().filter(live).filter(|e| !e.in_db).map(|e| &e.row).collect();
        let encoded = &mut self.encoded;
        let mut stored_forms = |row: &ElementRow| {
            encoded
                .remove(&row.guid)
                .filter(|_| row.stamp.version == 1)
                .map(|encoded| (encoded.json, encoded.search_text))
        };
        for (rows, existing) in [(updated, true), (created, false)] {
            for statement in sql::write_elements(dialect, &rows, existing, &mut stored_forms) {
                if !out(statement) {
                    return false;
                }
            }
        }
        let reclassified: Vec<&str> = self
            .elements
            .values()
            .filter(|e| e.classifications_dirty && e.in_db && !e.purged)
            .map(|e| e.row.guid.as_str())
            .collect();
        for chunk in sql::chunks(dialect, &reclassified, 1) {
            let mut statement = Sql::new(dialect, "DELETE FROM classifications WHERE ");
            statement.push_in("element_guid", chunk.iter().copied());
            if !out(statement) {
                return false;
            }
        }
        let classifications: Vec<(&str, &ClassificationRow)> = self
            .elements
            .values()
            .filter(|e| e.classifications_dirty && !e.purged)
            .flat_map(|e| e.row.classifications.values().map(|c| (e.row.guid.as_str(), c)))
            .collect();
        for statement in sql::insert_classifications(dialect, &classifications) {
            if !out(statement) {
                return false;
            }
        }
        let relationships: Vec<&RelationshipRow> =
            self.relationships.values().filter(|e| e.dirty && !e.removed).map(|e| &e.row).collect();
        for statement in sql::upsert_relationships(dialect, &relationships) {
            if !out(statement) {
                return false;
            }
        }
        for existing in [true, false] {
            let correlations: Vec<&ExternalIdentifier> = self
                .correlations
                .values()
                .filter(|e| e.dirty && !e.removed && e.in_db == existing)
                .map(|e| &e.row)
                .collect();
            for statement in sql::write_correlations(dialect, &correlations, existing) {
                if !out(statement) {
                    return false;
                }
            }
        }

        true
    }
}

fn correlation_key(correlation: &ExternalIdentifier) -> CorrelationKey {
    (correlation.scope_guid.clone(), correlation.key.clone(), correlation.element_guid.clone())
}

/// Loads elements (any status) with their classifications. `extra` is appended to the WHERE.
pub(crate) fn load_elements(
    conn: &mut dyn Connection,
    dialect: Dialect,
    registry: &TypeRegistry,
    guids: &[&str],
    extra: &str,
) -> Result<Vec<ElementRow>> {
    let mut rows = Vec::with_capacity(guids.len());
    for chunk in sql::chunks(dialect, guids, 1) {
        let mut query = Sql::new(dialect, &format!("SELECT {ELEMENT_COLUMNS} FROM elements e WHERE "));
        query.push_in("e.guid", chunk.iter().copied()).push(extra);
        rows.extend(conn.query(&query)?.iter().map(|row| sql::decode_element(registry, row)));
    }
    attach_classifications(conn, dialect, registry, rows)
}

/// Adds the stored classifications to element rows.
pub(crate) fn attach_classifications(
    conn: &mut dyn Connection,
    dialect: Dialect,
    registry: &TypeRegistry,
    mut rows: Vec<ElementRow>,
) -> Result<Vec<ElementRow>> {
    if rows.is_empty() {
        return Ok(rows);
    }
    let index: HashMap<String, usize> = rows.iter().enumerate().map(|(i, row)| (row.guid.clone(), i)).collect();
    let guids: Vec<String> = rows.iter().map(|row| row.guid.clone()).collect();
    for chunk in sql::chunks(dialect, &guids, 1) {
        let mut query = Sql::new(dialect, &format!("SELECT {CLASSIFICATION_COLUMNS} FROM classifications c WHERE "));
        query.push_in("c.element_guid", chunk.iter().map(String::as_str));
        for row in conn.query(&query)? {
            let (guid, classification) = sql::decode_classification(registry, &row);
            if let Some(&position) = index.get(&guid) {
                rows[position].classifications.insert(classification.name.clone(), classification);
            }
        }
    }
    Ok(rows)
}

// --- applying operations -------------------------------------------------------------------------

/// Where a new element hangs (see `Applier::placement`).
#[derive(Default)]
struct Placement {
    anchor_guid: Option<String>,
    anchor_type: Option<String>,
    parent_guid: Option<String>,
    link: Option<RelationshipRow>,
}

struct Applier<'a> {
    registry: &'a TypeRegistry,
    context: &'a RequestContext,
    now: Millis,
    state: &'a mut State,
    events: Vec<ChangeEvent>,
}

impl Applier<'_> {
    fn apply(&mut self, op: &WriteOp, prepared: Option<PreparedElement>) -> Result<WriteOutcome> {
        match op {
            WriteOp::CreateElement(new) => self.create_element(new, prepared),
            WriteOp::UpdateElement { guid, properties, merge } => self.update_element(guid, properties, *merge),
            WriteOp::UpdateElementStatus { guid, status } => self.update_status(guid, *status),
            WriteOp::DeleteElement { guid, method } => self.delete_element(guid, *method, None),
            WriteOp::ArchiveElement { guid, properties } => {
                self.delete_element(guid, DeleteMethod::Archive, Some(properties))
            }
            WriteOp::Classify { guid, classification_name, properties, merge } => {
                self.classify(guid, classification_name, properties, *merge)
            }
            WriteOp::Declassify { guid, classification_name } => self.declassify(guid, classification_name),
            WriteOp::CreateRelationship(new) => self.create_relationship(new),
            WriteOp::UpdateRelationship { guid, properties, merge } => {
                self.update_relationship(guid, properties, *merge)
            }
            WriteOp::DeleteRelationship { guid } => self.delete_relationship(guid),
            WriteOp::LinkExternalId(identifier) => self.link_external_id(identifier),
            WriteOp::ConfirmSynchronization { scope_guid, key, element_guid, fingerprint } => {
                self.confirm_synchronization(scope_guid, key, element_guid, fingerprint.as_deref())
            }
            WriteOp::UnlinkExternalId { scope_guid, key, element_guid } => {
                self.unlink_external_id(scope_guid, key, element_guid.as_deref())
            }
            WriteOp::Publish { guid, zones } => self.change_zones(guid, zones, true),
            WriteOp::Withdraw { guid, zones } => self.change_zones(guid, zones, false),
            // `WriteOp` is non-exhaustive for callers, not for this crate; this keeps the compiler
            // honest should a variant ever be added without an implementation.
            #[allow(unreachable_patterns)]
            other => Err(messages::UNSUPPORTED_OPERATION.error(&[&format!("{other:?}")])),
        }
    }

    fn user(&self) -> &str {
        &self.context.user_id
    }

    /// The provenance of what this request creates.
    fn provenance(&self) -> Provenance {
        match &self.context.metadata_source {
            Some(source) if self.context.source_is_home => Provenance {
                category: OriginCategory::ExternalSource,
                home_id: Some(source.guid.clone()),
                home_name: Some(source.qualified_name.clone()),
            },
            _ => Provenance::default(),
        }
    }

    fn requester(&self) -> String {
        match &self.context.metadata_source {
            Some(source) => format!("metadata source {} ({})", source.qualified_name, source.guid),
            None => format!("user {} without a metadata source", self.context.user_id),
        }
    }

    /// Refuses a change to something owned by another metadata source.
    fn check_owner(&self, provenance: &Provenance, guid: &str, action: &str) -> Result<()> {
        match provenance.owner() {
            Some(owner) if self.context.source_guid() != Some(owner) => {
                let owner_name = provenance.home_name.as_deref().unwrap_or(owner);
                Err(messages::OWNED_BY_ANOTHER_SOURCE
                    .error(&[&guid, &owner_name, &self.requester(), &action])
                    .with_property("userId", self.context.user_id.clone()))
            }
            _ => Ok(()),
        }
    }

    fn event(&mut self, event_type: ChangeEventType, guid: &str, type_name: &str, version: i64) -> &mut ChangeEvent {
        self.events.push(ChangeEvent {
            sequence: 0,
            event_type,
            event_time: time::from_epoch_millis(self.now).unwrap_or_else(time::now),
            user_id: self.context.user_id.clone(),
            metadata_source_guid: self.context.source_guid().map(str::to_owned),
            guid: guid.to_owned(),
            type_name: type_name.to_owned(),
            classification_name: None,
            end1: None,
            end2: None,
            version,
        });
        self.events.last_mut().expect("an event was just pushed")
    }

    fn relationship_event(&mut self, event_type: ChangeEventType, row: &RelationshipRow) {
        let event = self.event(event_type, &row.guid, &row.type_name, row.stamp.version);
        event.end1 = Some((row.end1_guid.clone(), row.end1_type.clone()));
        event.end2 = Some((row.end2_guid.clone(), row.end2_type.clone()));
    }

    /// A visible element, or a not-found error naming it.
    fn visible(&self, guid: &str) -> Result<&ElementRow> {
        match self.state.elements.get(guid) {
            Some(entry) if !entry.purged && entry.row.is_visible() => Ok(&entry.row),
            _ => Err(messages::ELEMENT_NOT_FOUND.error(&[&guid]).with_parameter_name("guid")),
        }
    }

    fn entry_mut(&mut self, guid: &str) -> &mut ElementEntry {
        self.state.elements.get_mut(guid).expect("callers check that the element is loaded")
    }

    fn check_unique_name(&self, properties: &ElementProperties, guid: &str) -> Result<()> {
        if let Some(name) = properties.get_str("qualifiedName")
            && let Some(owner) = self.state.qualified_names.get(name).filter(|owner| *owner != guid)
        {
            return Err(messages::DUPLICATE_QUALIFIED_NAME.error(&[&name, owner]).with_parameter_name("qualifiedName"));
        }
        Ok(())
    }

    fn validate_classifications(
        &self,
        element_type: &str,
        name: &str,
        properties: &ElementProperties,
        mode: ValidationMode,
    ) -> Result<ElementProperties> {
        if name == ANCHORS_CLASSIFICATION || name == MEMENTO_CLASSIFICATION {
            return Err(messages::RESERVED_CLASSIFICATION.error(&[&name]).with_parameter_name("classificationName"));
        }
        let (_, properties) = self.registry.validate_classification(name, element_type, properties.clone(), mode)?;
        Ok(properties)
    }

    /// The validated classifications a new element is created with.
    fn initial_classifications(
        &self,
        type_name: &str,
        new: &NewElement,
    ) -> Result<BTreeMap<String, ClassificationRow>> {
        let mut classifications = BTreeMap::new();
        for (name, properties) in &new.initial_classifications {
            let properties = self.validate_classifications(type_name, name, properties, ValidationMode::Complete)?;
            let name = self.registry.resolve_name(name).to_owned();
            let row = ClassificationRow {
                name: name.clone(),
                properties,
                stamp: Stamp::new(self.user(), self.now),
                provenance: self.provenance(),
            };
            classifications.insert(name, row);
        }
        Ok(classifications)
    }

    /// The rows of prepared (validated) classifications of a new element.
    fn classification_rows(
        &self,
        classifications: Vec<(String, ElementProperties)>,
    ) -> BTreeMap<String, ClassificationRow> {
        classifications
            .into_iter()
            .map(|(name, properties)| {
                let row = ClassificationRow {
                    name: name.clone(),
                    properties,
                    stamp: Stamp::new(self.user(), self.now),
                    provenance: self.provenance(),
                };
                (name, row)
            })
            .collect()
    }

    /// Where a new element hangs: its anchor, the parent it depends on, and the relationship to
    /// that parent.
    fn placement(&self, new: &NewElement, guid: &str, type_name: &str) -> Result<Placement> {
        let mut placement = Placement::default();
        if let Some(explicit) = &new.anchor_guid {
            let anchor = self.visible(explicit)?;
            placement.anchor_guid = Some(anchor.guid.clone());
            placement.anchor_type = Some(anchor.type_name.clone());
        }
        let Some(parent) = &new.parent else { return Ok(placement) };
        let parent_row = self.visible(&parent.parent_guid)?;
        let parent_end = EndElement { guid: &parent_row.guid, type_name: &parent_row.type_name };
        let child_end = EndElement { guid, type_name };
        let (end1, end2) = if parent.parent_at_end1 { (parent_end, child_end) } else { (child_end, parent_end) };
        let (relationship_def, relationship_properties) = self.registry.validate_relationship(
            &parent.relationship_type,
            end1,
            end2,
            parent.properties.clone(),
            ValidationMode::Complete,
        )?;
        if !new.is_own_anchor {
            placement.parent_guid = Some(parent_row.guid.clone());
            if placement.anchor_guid.is_none() {
                // The parent's anchor, or the parent itself when it has none.
                let (anchor, anchor_type) = match &parent_row.anchor_guid {
                    Some(anchor) => (anchor.clone(), parent_row.anchor_type.clone()),
                    None => (parent_row.guid.clone(), Some(parent_row.type_name.clone())),
                };
                placement.anchor_guid = Some(anchor);
                placement.anchor_type = anchor_type;
            }
        }
        let (parent_side, child_side) =
            ((parent_row.guid.clone(), parent_row.type_name.clone()), (guid.to_owned(), type_name.to_owned()));
        let ((end1_guid, end1_type), (end2_guid, end2_type)) =
            if parent.parent_at_end1 { (parent_side, child_side) } else { (child_side, parent_side) };
        placement.link = Some(RelationshipRow {
            guid: new_guid(),
            type_name: relationship_def.name.clone(),
            end1_guid,
            end1_type,
            end2_guid,
            end2_type,
            properties: relationship_properties,
            stamp: Stamp::new(self.user(), self.now),
            provenance: self.provenance(),
            effective_from: None,
            effective_to: None,
        });
        Ok(placement)
    }

    /// Refuses a dependent that another metadata source would own under an element this one owns:
    /// it would go with that element, yet block its owner's delete.
    fn check_dependent_owner(&self, new: &NewElement, placement: &Placement) -> Result<()> {
        let provenance = self.provenance();
        let Some(new_owner) = provenance.owner() else { return Ok(()) };
        let holders = placement.parent_guid.iter().chain(new.anchor_guid.iter());
        for holder in holders {
            let row = self.visible(holder)?;
            if row.provenance.owner().is_some_and(|owner| owner != new_owner) {
                return self.check_owner(&row.provenance.clone(), holder, "add a dependent element to");
            }
        }
        Ok(())
    }

    fn create_element(&mut self, new: &NewElement, prepared: Option<PreparedElement>) -> Result<WriteOutcome> {
        let (type_name, properties, classifications, encoded) = if let Some(prepared) = prepared {
            let classifications = self.classification_rows(prepared.classifications);
            (prepared.type_name, prepared.properties, Some(classifications), Some(prepared.encoded))
        } else {
            let (def, properties) =
                self.registry.validate_element(&new.type_name, new.properties.clone(), ValidationMode::Complete)?;
            (def.name.clone(), properties, None, None)
        };
        if new.status == ElementStatus::Deleted {
            return Err(messages::BAD_STATUS.error(&[&new.status]).with_parameter_name("status"));
        }
        let guid = new.guid.clone().unwrap_or_else(new_guid);
        if guid.trim().is_empty() {
            return Err(messages::BAD_GUID.error(&[&guid]).with_parameter_name("guid"));
        }
        if self.state.elements.contains_key(&guid) {
            return Err(messages::DUPLICATE_GUID.error(&[&guid]).with_parameter_name("guid"));
        }
        self.check_unique_name(&properties, &guid)?;
        let classifications = match classifications {
            Some(classifications) => classifications,
            None => self.initial_classifications(&type_name, new)?,
        };
        let placement = self.placement(new, &guid, &type_name)?;
        self.check_dependent_owner(new, &placement)?;
        let row = ElementRow {
            guid: guid.clone(),
            type_name: type_name.clone(),
            status: new.status,
            properties,
            stamp: Stamp::new(self.user(), self.now),
            provenance: self.provenance(),
            anchor_guid: placement.anchor_guid,
            anchor_type: placement.anchor_type,
            parent_guid: placement.parent_guid,
            archived: false,
            effective_from: new.effective_from.map(|t| t.timestamp_millis()),
            effective_to: new.effective_to.map(|t| t.timestamp_millis()),
            classifications,
        };
        self.state.add_element(row, false);
        if let Some(encoded) = encoded {
            self.state.encoded.insert(guid.clone(), encoded);
        }
        self.event(ChangeEventType::NewElement, &guid, &type_name, 1);
        if let Some(link) = placement.link {
            self.relationship_event(ChangeEventType::NewRelationship, &link);
            self.state.add_relationship(link, false);
        }
        Ok(WriteOutcome::Created { guid })
    }

    /// The properties after a merge (supplied ones overlaid on the current ones) or a replace,
    /// validated as a complete set.
    fn updated_properties(
        &self,
        def: &integration_daemon_api::types::TypeDef,
        current: &ElementProperties,
        supplied: &ElementProperties,
        merge: bool,
    ) -> Result<ElementProperties> {
        let candidate = if merge {
            let supplied = self.registry.validate_properties(def, supplied.clone(), ValidationMode::Partial)?;
            let mut merged = current.clone();
            merged.merge(supplied);
            merged
        } else {
            supplied.clone()
        };
        self.registry.validate_properties(def, candidate, ValidationMode::Complete)
    }

    fn update_element(&mut self, guid: &str, supplied: &ElementProperties, merge: bool) -> Result<WriteOutcome> {
        let row = self.visible(guid)?;
        self.check_owner(&row.provenance, guid, "update")?;
        let def = self.registry.require(&row.type_name, integration_daemon_api::TypeCategory::Entity)?;
        let properties = self.updated_properties(def, &row.properties, supplied, merge)?;
        if properties == row.properties {
            return Ok(WriteOutcome::Unchanged { guid: guid.to_owned() });
        }
        self.check_unique_name(&properties, guid)?;
        let old_name = row.qualified_name().map(str::to_owned);
        let new_name = properties.get_str("qualifiedName").map(str::to_owned);
        if old_name != new_name {
            if let Some(old) = old_name {
                self.state.qualified_names.remove(&old);
            }
            if let Some(new) = new_name {
                self.state.qualified_names.insert(new, guid.to_owned());
            }
        }
        let (user, now) = (self.context.user_id.clone(), self.now);
        let entry = self.entry_mut(guid);
        entry.row.properties = properties;
        entry.row.stamp.bump(&user, now);
        entry.dirty = true;
        let (type_name, version) = (entry.row.type_name.clone(), entry.row.stamp.version);
        self.event(ChangeEventType::UpdatedElement, guid, &type_name, version);
        Ok(WriteOutcome::Updated { guid: guid.to_owned(), version })
    }

    fn update_status(&mut self, guid: &str, status: ElementStatus) -> Result<WriteOutcome> {
        let row = self.visible(guid)?;
        self.check_owner(&row.provenance, guid, "change the status of")?;
        if status == ElementStatus::Deleted {
            return Err(messages::BAD_STATUS.error(&[&status]).with_parameter_name("status"));
        }
        if row.status == status {
            return Ok(WriteOutcome::Unchanged { guid: guid.to_owned() });
        }
        let (user, now) = (self.context.user_id.clone(), self.now);
        let entry = self.entry_mut(guid);
        entry.row.status = status;
        entry.row.stamp.bump(&user, now);
        entry.dirty = true;
        let (type_name, version) = (entry.row.type_name.clone(), entry.row.stamp.version);
        self.event(ChangeEventType::UpdatedElement, guid, &type_name, version);
        Ok(WriteOutcome::Updated { guid: guid.to_owned(), version })
    }

    /// The element and, recursively, every element anchored to it or created under it.
    fn closure(&self, guid: &str) -> Vec<String> {
        let mut order = vec![guid.to_owned()];
        let mut seen: HashSet<String> = order.iter().cloned().collect();
        let mut index = 0;
        while index < order.len() {
            let current = order[index].clone();
            index += 1;
            for dependent in self.state.dependents.get(&current).into_iter().flatten() {
                let alive = self
                    .state
                    .elements
                    .get(dependent)
                    .is_some_and(|entry| !entry.purged && entry.row.status != ElementStatus::Deleted);
                if alive && seen.insert(dependent.clone()) {
                    order.push(dependent.clone());
                }
            }
        }
        order
    }

    fn delete_element(
        &mut self,
        guid: &str,
        method: DeleteMethod,
        memento: Option<&ElementProperties>,
    ) -> Result<WriteOutcome> {
        if self.state.removed_in_batch.contains(guid) {
            return Ok(WriteOutcome::Unchanged { guid: guid.to_owned() });
        }
        let exists = self.state.elements.get(guid).is_some_and(|entry| {
            !entry.purged && (entry.row.status != ElementStatus::Deleted || method == DeleteMethod::Purge)
        });
        if !exists {
            return Err(messages::ELEMENT_NOT_FOUND.error(&[&guid]).with_parameter_name("guid"));
        }
        let supplied = match memento {
            Some(properties) => {
                let type_name = self.state.elements[guid].row.type_name.clone();
                let (_, valid) = self.registry.validate_classification(
                    MEMENTO_CLASSIFICATION,
                    &type_name,
                    properties.clone(),
                    ValidationMode::Partial,
                )?;
                valid
            }
            None => ElementProperties::new(),
        };
        let removed = self.closure(guid);
        for member in &removed {
            let entry = &self.state.elements[member];
            self.check_owner(&entry.row.provenance, member, "delete")?;
        }
        let (user, now) = (self.context.user_id.clone(), self.now);
        for member in &removed {
            let entry = self.state.elements.get_mut(member).expect("members come from the overlay");
            if let Some(name) = entry.row.qualified_name()
                && self.state.qualified_names.get(name).is_some_and(|owner| owner == member)
            {
                self.state.qualified_names.remove(name);
            }
            match method {
                DeleteMethod::Purge => entry.purged = true,
                DeleteMethod::SoftDelete => {
                    entry.row.status = ElementStatus::Deleted;
                    entry.row.stamp.bump(&user, now);
                    entry.dirty = true;
                }
                DeleteMethod::Archive => {
                    entry.row.archived = true;
                    entry.row.stamp.bump(&user, now);
                    let mut memento = ElementProperties::new()
                        .with("archiveDate", time::from_epoch_millis(now).unwrap_or_else(time::now))
                        .with("archiveUser", user.as_str())
                        .with("archiveMethod", "DeleteElement(ARCHIVE)");
                    memento.merge(supplied.clone());
                    entry.row.classifications.insert(
                        MEMENTO_CLASSIFICATION.to_owned(),
                        ClassificationRow {
                            name: MEMENTO_CLASSIFICATION.to_owned(),
                            properties: memento,
                            stamp: Stamp::new(&user, now),
                            provenance: entry.row.provenance.clone(),
                        },
                    );
                    entry.dirty = true;
                    entry.classifications_dirty = true;
                }
            }
            let (type_name, version) = (entry.row.type_name.clone(), entry.row.stamp.version);
            self.state.removed_in_batch.insert(member.clone());
            self.state.uncorrelated.push(member.clone());
            for correlation in self.state.correlations.values_mut().filter(|c| c.row.element_guid == *member) {
                correlation.removed = true;
            }
            self.event(ChangeEventType::DeletedElement, member, &type_name, version);
        }
        if method != DeleteMethod::Archive {
            for member in &removed {
                let touching: Vec<String> = self.state.relationships_of.get(member).cloned().unwrap_or_default();
                for relationship in touching {
                    let Some(entry) = self.state.relationships.get_mut(&relationship) else { continue };
                    if entry.removed {
                        continue;
                    }
                    entry.removed = true;
                    let row = entry.row.clone();
                    self.forget_relationship(&row.guid);
                    self.relationship_event(ChangeEventType::DeletedRelationship, &row);
                }
            }
        }
        Ok(WriteOutcome::Deleted { guids: removed })
    }

    fn classify(&mut self, guid: &str, name: &str, supplied: &ElementProperties, merge: bool) -> Result<WriteOutcome> {
        let row = self.visible(guid)?;
        self.check_owner(&row.provenance, guid, "classify")?;
        let name = self.registry.resolve_name(name).to_owned();
        let existing = row.classifications.get(&name).map(|c| c.properties.clone());
        let properties = match (&existing, merge) {
            (Some(current), true) => {
                self.validate_classifications(&row.type_name, &name, supplied, ValidationMode::Partial)?;
                let mut merged = current.clone();
                merged.merge(supplied.clone());
                self.validate_classifications(&row.type_name, &name, &merged, ValidationMode::Complete)?
            }
            _ => self.validate_classifications(&row.type_name, &name, supplied, ValidationMode::Complete)?,
        };
        Ok(self.set_classification(guid, &name, existing.as_ref(), properties))
    }

    /// Attaches or updates a classification that has been validated.
    fn set_classification(
        &mut self,
        guid: &str,
        name: &str,
        existing: Option<&ElementProperties>,
        properties: ElementProperties,
    ) -> WriteOutcome {
        if existing == Some(&properties) {
            return WriteOutcome::Unchanged { guid: guid.to_owned() };
        }
        let (user, now, provenance) = (self.context.user_id.clone(), self.now, self.provenance());
        let entry = self.entry_mut(guid);
        let event_type = if let Some(classification) = entry.row.classifications.get_mut(name) {
            classification.properties = properties;
            classification.stamp.bump(&user, now);
            ChangeEventType::ReclassifiedElement
        } else {
            let row =
                ClassificationRow { name: name.to_owned(), properties, stamp: Stamp::new(&user, now), provenance };
            entry.row.classifications.insert(name.to_owned(), row);
            ChangeEventType::ClassifiedElement
        };
        entry.row.stamp.bump(&user, now);
        entry.dirty = true;
        entry.classifications_dirty = true;
        let (type_name, version) = (entry.row.type_name.clone(), entry.row.stamp.version);
        self.event(event_type, guid, &type_name, version).classification_name = Some(name.to_owned());
        WriteOutcome::Updated { guid: guid.to_owned(), version }
    }

    fn declassify(&mut self, guid: &str, name: &str) -> Result<WriteOutcome> {
        let row = self.visible(guid)?;
        self.check_owner(&row.provenance, guid, "declassify")?;
        let name = self.registry.resolve_name(name).to_owned();
        if name == ANCHORS_CLASSIFICATION || name == MEMENTO_CLASSIFICATION {
            return Err(messages::RESERVED_CLASSIFICATION.error(&[&name]).with_parameter_name("classificationName"));
        }
        if !row.classifications.contains_key(&name) {
            return Ok(WriteOutcome::Unchanged { guid: guid.to_owned() });
        }
        let (user, now) = (self.context.user_id.clone(), self.now);
        let entry = self.entry_mut(guid);
        entry.row.classifications.remove(&name);
        entry.row.stamp.bump(&user, now);
        entry.dirty = true;
        entry.classifications_dirty = true;
        let (type_name, version) = (entry.row.type_name.clone(), entry.row.stamp.version);
        self.event(ChangeEventType::DeclassifiedElement, guid, &type_name, version).classification_name = Some(name);
        Ok(WriteOutcome::Updated { guid: guid.to_owned(), version })
    }

    fn change_zones(&mut self, guid: &str, zones: &[String], add: bool) -> Result<WriteOutcome> {
        let row = self.visible(guid)?;
        self.check_owner(&row.provenance, guid, if add { "publish" } else { "withdraw" })?;
        let existing_zones = row.zones();
        let existing = row.classifications.get(ZONE_MEMBERSHIP_CLASSIFICATION).map(|c| c.properties.clone());
        let mut new_zones = existing_zones.clone().unwrap_or_default();
        if add {
            for zone in zones {
                if !new_zones.contains(zone) {
                    new_zones.push(zone.clone());
                }
            }
        } else if existing_zones.is_none() {
            // In every zone already, and no zone list to take anything out of.
            return Ok(WriteOutcome::Unchanged { guid: guid.to_owned() });
        } else {
            new_zones.retain(|zone| !zones.contains(zone));
        }
        let properties = ElementProperties::new().with("zoneMembership", new_zones);
        let properties = self.validate_classifications(
            &row.type_name.clone(),
            ZONE_MEMBERSHIP_CLASSIFICATION,
            &properties,
            ValidationMode::Complete,
        )?;
        Ok(self.set_classification(guid, ZONE_MEMBERSHIP_CLASSIFICATION, existing.as_ref(), properties))
    }

    fn create_relationship(&mut self, new: &NewRelationship) -> Result<WriteOutcome> {
        let end1 = self.visible(&new.end1_guid)?;
        let end2 = self.visible(&new.end2_guid)?;
        let (def, properties) = self.registry.validate_relationship(
            &new.type_name,
            EndElement { guid: &end1.guid, type_name: &end1.type_name },
            EndElement { guid: &end2.guid, type_name: &end2.type_name },
            new.properties.clone(),
            ValidationMode::Complete,
        )?;
        let type_name = def.name.clone();
        let (end1_guid, end1_type, end2_guid, end2_type) =
            (end1.guid.clone(), end1.type_name.clone(), end2.guid.clone(), end2.type_name.clone());
        if !def.multi_link {
            let same_pair =
                |r: &RelationshipRow| r.type_name == type_name && r.end1_guid == end1_guid && r.end2_guid == end2_guid;
            if let Some(existing) = self.state.find_relationship(&end1_guid, same_pair) {
                if existing.properties == properties {
                    return Ok(WriteOutcome::Unchanged { guid: existing.guid.clone() });
                }
                return Err(messages::RELATIONSHIP_EXISTS
                    .error(&[&type_name, &end1_guid, &end2_guid, &existing.guid])
                    .with_parameter_name("typeName"));
            }
        }
        let limited = |cardinality: Option<Cardinality>| {
            matches!(cardinality, Some(Cardinality::AtMostOne | Cardinality::ExactlyOne))
        };
        if limited(def.end1.as_ref().map(|end| end.cardinality))
            && let Some(existing) =
                self.state.find_relationship(&end2_guid, |r| r.type_name == type_name && r.end2_guid == end2_guid)
        {
            return Err(messages::CARDINALITY_EXCEEDED
                .error(&[&type_name, &end2_guid, &1, &existing.end1_guid, &existing.guid])
                .with_parameter_name("end1GUID"));
        }
        if limited(def.end2.as_ref().map(|end| end.cardinality))
            && let Some(existing) =
                self.state.find_relationship(&end1_guid, |r| r.type_name == type_name && r.end1_guid == end1_guid)
        {
            return Err(messages::CARDINALITY_EXCEEDED
                .error(&[&type_name, &end1_guid, &2, &existing.end2_guid, &existing.guid])
                .with_parameter_name("end2GUID"));
        }
        let guid = new.guid.clone().unwrap_or_else(new_guid);
        if self.state.relationships.contains_key(&guid) {
            return Err(messages::DUPLICATE_GUID.error(&[&guid]).with_parameter_name("guid"));
        }
        let row = RelationshipRow {
            guid: guid.clone(),
            type_name,
            end1_guid,
            end1_type,
            end2_guid,
            end2_type,
            properties,
            stamp: Stamp::new(self.user(), self.now),
            provenance: self.provenance(),
            effective_from: None,
            effective_to: None,
        };
        self.relationship_event(ChangeEventType::NewRelationship, &row);
        self.state.add_relationship(row, false);
        Ok(WriteOutcome::RelationshipCreated { guid })
    }

    fn live_relationship(&self, guid: &str) -> Result<&RelationshipRow> {
        match self.state.relationships.get(guid) {
            Some(entry) if !entry.removed => Ok(&entry.row),
            _ => Err(messages::RELATIONSHIP_NOT_FOUND.error(&[&guid]).with_parameter_name("guid")),
        }
    }

    fn update_relationship(&mut self, guid: &str, supplied: &ElementProperties, merge: bool) -> Result<WriteOutcome> {
        let row = self.live_relationship(guid)?;
        self.check_owner(&row.provenance, guid, "update")?;
        let def = self.registry.require(&row.type_name, integration_daemon_api::TypeCategory::Relationship)?;
        let properties = self.updated_properties(def, &row.properties, supplied, merge)?;
        if properties == row.properties {
            return Ok(WriteOutcome::Unchanged { guid: guid.to_owned() });
        }
        let (user, now) = (self.context.user_id.clone(), self.now);
        let entry = self.state.relationships.get_mut(guid).expect("checked above");
        entry.row.properties = properties;
        entry.row.stamp.bump(&user, now);
        entry.dirty = true;
        let row = entry.row.clone();
        self.relationship_event(ChangeEventType::UpdatedRelationship, &row);
        Ok(WriteOutcome::Updated { guid: guid.to_owned(), version: row.stamp.version })
    }

    fn delete_relationship(&mut self, guid: &str) -> Result<WriteOutcome> {
        if self.state.removed_in_batch.contains(guid) {
            return Ok(WriteOutcome::Unchanged { guid: guid.to_owned() });
        }
        let row = self.live_relationship(guid)?;
        self.check_owner(&row.provenance, guid, "delete")?;
        let entry = self.state.relationships.get_mut(guid).expect("checked above");
        entry.removed = true;
        let row = entry.row.clone();
        self.forget_relationship(guid);
        self.relationship_event(ChangeEventType::DeletedRelationship, &row);
        Ok(WriteOutcome::RelationshipDeleted { guid: guid.to_owned() })
    }

    /// A removed relationship takes its correlations with it.
    fn forget_relationship(&mut self, guid: &str) {
        self.state.removed_in_batch.insert(guid.to_owned());
        self.state.uncorrelated.push(guid.to_owned());
        for correlation in self.state.correlations.values_mut().filter(|c| c.row.element_guid == guid) {
            correlation.removed = true;
        }
    }

    fn check_scope(&self, scope_guid: &str) -> Result<()> {
        match self.context.source_guid() {
            Some(source) if source != scope_guid => Err(messages::FOREIGN_CORRELATION_SCOPE
                .error(&[&self.requester(), &scope_guid])
                .with_property("userId", self.context.user_id.clone())),
            _ => Ok(()),
        }
    }

    fn link_external_id(&mut self, identifier: &ExternalIdentifier) -> Result<WriteOutcome> {
        // The correlated thing is an element or (an omis extension) a relationship.
        let target_type = match self.visible(&identifier.element_guid) {
            Ok(element) => element.type_name.clone(),
            Err(not_found) => match self.live_relationship(&identifier.element_guid) {
                Ok(relationship) => relationship.type_name.clone(),
                Err(_) => return Err(not_found),
            },
        };
        self.check_scope(&identifier.scope_guid)?;
        if identifier.key.is_empty() {
            return Err(messages::BAD_EXTERNAL_KEY.error(&[&identifier.element_guid]).with_parameter_name("key"));
        }
        let mut row = identifier.clone();
        row.element_type = target_type;
        let key = correlation_key(&row);
        match self.state.correlations.get_mut(&key) {
            Some(entry) if !entry.removed => {
                if row.last_synchronized.is_none() {
                    row.last_synchronized = entry.row.last_synchronized;
                }
                if row.fingerprint.is_none() {
                    row.fingerprint.clone_from(&entry.row.fingerprint);
                }
                if entry.row != row {
                    entry.row = row;
                    entry.dirty = true;
                }
            }
            Some(entry) => {
                entry.row = row;
                entry.removed = false;
                entry.dirty = true;
            }
            None => {
                self.state
                    .correlations
                    .insert(key, CorrelationEntry { row, in_db: false, dirty: true, removed: false });
            }
        }
        Ok(WriteOutcome::Correlated { guid: identifier.element_guid.clone() })
    }

    fn confirm_synchronization(
        &mut self,
        scope_guid: &str,
        key: &str,
        element_guid: &str,
        fingerprint: Option<&str>,
    ) -> Result<WriteOutcome> {
        self.check_scope(scope_guid)?;
        let now = time::from_epoch_millis(self.now);
        let correlation_key = (scope_guid.to_owned(), key.to_owned(), element_guid.to_owned());
        match self.state.correlations.get_mut(&correlation_key) {
            Some(entry) if !entry.removed => {
                entry.row.last_synchronized = now;
                if let Some(fingerprint) = fingerprint {
                    entry.row.fingerprint = Some(fingerprint.to_owned());
                }
                entry.dirty = true;
                Ok(WriteOutcome::Correlated { guid: element_guid.to_owned() })
            }
            _ => Err(messages::CORRELATION_NOT_FOUND
                .error(&[&key, &scope_guid, &element_guid])
                .with_parameter_name("key")),
        }
    }

    fn unlink_external_id(&mut self, scope_guid: &str, key: &str, element_guid: Option<&str>) -> Result<WriteOutcome> {
        self.check_scope(scope_guid)?;
        let mut removed = false;
        for entry in self.state.correlations.values_mut() {
            let matches = entry.row.scope_guid == scope_guid
                && entry.row.key == key
                && element_guid.is_none_or(|guid| entry.row.element_guid == guid);
            if matches && !entry.removed {
                entry.removed = true;
                removed = true;
            }
        }
        let guid = element_guid.unwrap_or_default().to_owned();
        Ok(if removed { WriteOutcome::Correlated { guid } } else { WriteOutcome::Unchanged { guid } })
    }
}

/// After the database refused a batch for a unique-constraint violation: the GUID or qualified
/// name of the batch that is already taken, as the error omis reports for it.
pub(crate) fn diagnose_conflict(
    conn: &mut dyn Connection,
    dialect: Dialect,
    batch: &WriteBatch,
) -> Result<Option<OmisError>> {
    let mut element_guids = Vec::new();
    let mut relationship_guids = Vec::new();
    let mut names: Vec<(&str, Option<&str>)> = Vec::new();
    for op in &batch.0 {
        match op {
            WriteOp::CreateElement(new) => {
                element_guids.extend(new.guid.as_deref());
                if let Some(name) = new.properties.get_str("qualifiedName") {
                    names.push((name, new.guid.as_deref()));
                }
            }
            WriteOp::UpdateElement { guid, properties, .. } => {
                if let Some(name) = properties.get_str("qualifiedName") {
                    names.push((name, Some(guid.as_str())));
                }
            }
            WriteOp::CreateRelationship(new) => relationship_guids.extend(new.guid.as_deref()),
            _ => {}
        }
    }
    for (table, guids) in [("elements", &element_guids), ("relationships", &relationship_guids)] {
        for chunk in sql::chunks(dialect, guids, 1) {
            let mut query = Sql::new(dialect, &format!("SELECT guid FROM {table} WHERE "));
            query.push_in("guid", chunk.iter().copied()).push(" LIMIT 1");
            if let Some(SqlValue::Text(guid)) = conn.query(&query)?.first().and_then(|row| row.first()) {
                return Ok(Some(messages::DUPLICATE_GUID.error(&[guid]).with_parameter_name("guid")));
            }
        }
    }
    for chunk in sql::chunks(dialect, &names, 1) {
        let mut query = Sql::new(dialect, "SELECT qualified_name, guid FROM elements WHERE ");
        query.push_in("qualified_name", chunk.iter().map(|(name, _)| *name));
        for row in conn.query(&query)? {
            if let (Some(SqlValue::Text(name)), Some(SqlValue::Text(owner))) = (row.first(), row.get(1)) {
                let clash = chunk.iter().any(|(wanted, own)| wanted == name && *own != Some(owner.as_str()));
                if clash {
                    return Ok(Some(
                        messages::DUPLICATE_QUALIFIED_NAME.error(&[name, owner]).with_parameter_name("qualifiedName"),
                    ));
                }
            }
        }
    }
    Ok(None)
}

/// Maps a unique-constraint failure the database reports (should a concurrent writer outside
/// omis's locking race us) to the error omis reports for duplicates.
pub(crate) fn constraint_error(detail: &str) -> OmisError {
    messages::CONSTRAINT_VIOLATION.error(&[&detail])
}
