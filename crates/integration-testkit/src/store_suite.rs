//! The `MetadataStore` conformance suite: one behaviour suite that every store backend (the
//! embedded SQLite and PostgreSQL stores, the REST client in front of a server) must pass.
//!
//! A backend runs it with [`store_conformance_tests!`](crate::store_conformance_tests), which makes
//! one test per function below. Each function opens a fresh repository through its
//! [`StoreHarness`], builds its own data and checks one part of the port's contract through the
//! [`MetadataStore`] trait and the [`MetadataStoreExt`] helpers only:
//!
//! - **Writes:** creating elements (type headers, provenance, generated and pre-assigned GUIDs);
//!   validation against the type definitions (unknown types and attributes, wrong value types, the
//!   required and unique `qualifiedName`); batches as one transaction; merge and replace updates;
//!   unchanged writes; versions; statuses; ownership by metadata sources.
//! - **Classifications, relationships and lifecycles:** classify, reclassify, declassify and their
//!   validation; relationship end types, cardinality, duplicates and multi-link types; parent
//!   relationships and anchors; cascade delete; soft delete, archive and purge; governance zones.
//! - **Queries:** by GUID and unique name; by type with subtypes; by property value; by search
//!   string (regular expressions and the literal starts-with / ends-with / exact flags); by status,
//!   anchor, owner and zone; paging and ordering; related elements.
//! - **Correlations:** linking, looking up, confirming and unlinking external identifiers.
//! - **The change log:** events and their fields, reading, cursors, waiting for changes; what
//!   survives a restart; concurrent writers.
//!
//! Every refused write is checked for its error kind, for a message that names what was wrong, and
//! for leaving the repository exactly as it was (no change-log event, the elements it would have
//! touched unchanged or absent). Nothing here sleeps or measures time.

// Each suite function walks through one area of the contract as one scenario; splitting them
// further would scatter a scenario and its setup over several functions.
#![allow(clippy::too_many_lines)]

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use integration_daemon_api::time::{now, parse_timestamp};
use integration_daemon_api::{
    ChangeEvent, ChangeEventType, ComparisonOperator, DeleteMethod, ElementProperties, ElementQuery, ElementStatus,
    ErrorKind, ExternalIdPosition, ExternalIdQuery, ExternalIdentifier, GetOptions, Guid, KeyPattern,
    MEMENTO_CLASSIFICATION, MatchCriteria, MetadataSource, MetadataStore, MetadataStoreExt, NewElement,
    NewRelationship, OmisError, OpenMetadataElement, OpenMetadataRelationship, OriginCategory, Paging,
    ParentRelationship, PermittedSynchronization, PropertyCondition, PropertyValue, RelatedElementsQuery,
    RelatedMetadataElement, RelationshipEnd, RequestContext, SearchProperties, SearchString, SequencingOrder,
    TypeCategory, WriteBatch, WriteOp, WriteOutcome, ZONE_MEMBERSHIP_CLASSIFICATION, new_guid,
};

use crate::StoreHarness;

// --- Requests --------------------------------------------------------------------------------------

/// The user of requests that do not need a particular one.
const USER: &str = "conformance-user";

/// Read options that see everything: soft-deleted and archived elements too.
const EVERYTHING: GetOptions = GetOptions { for_lineage: true, include_deleted: true };

/// A request without a metadata source.
fn local() -> RequestContext {
    RequestContext::user(USER)
}

/// A request by `user_id` without a metadata source.
fn user(user_id: &str) -> RequestContext {
    RequestContext::user(user_id)
}

/// A metadata source that exists only as a GUID and a name (it need not be an element).
fn metadata_source(name: &str) -> MetadataSource {
    MetadataSource { guid: new_guid(), qualified_name: format!("ConformanceSuite::{name}") }
}

/// A request by `user_id` on behalf of `source` (which is home for what it creates).
fn for_source(user_id: &str, source: &MetadataSource) -> RequestContext {
    RequestContext::user(user_id).with_source(source.clone())
}

/// Properties with only a `qualifiedName`.
fn named(qualified_name: &str) -> ElementProperties {
    ElementProperties::new().with("qualifiedName", qualified_name)
}

/// Owned strings.
fn strings<S: AsRef<str>>(items: &[S]) -> Vec<String> {
    items.iter().map(|item| item.as_ref().to_owned()).collect()
}

/// A set of owned strings.
fn string_set<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> BTreeSet<String> {
    items.into_iter().map(|item| item.as_ref().to_owned()).collect()
}

// --- Writes ----------------------------------------------------------------------------------------

fn create(type_name: &str, properties: ElementProperties) -> WriteOp {
    WriteOp::CreateElement(NewElement::new(type_name, properties))
}

fn create_with_guid(guid: &str, type_name: &str, properties: ElementProperties) -> WriteOp {
    WriteOp::CreateElement(NewElement::new(type_name, properties).with_guid(guid))
}

fn create_child(type_name: &str, qualified_name: &str, parent: &str, relationship_type: &str) -> WriteOp {
    WriteOp::CreateElement(NewElement::new(type_name, named(qualified_name)).with_parent(parent, relationship_type))
}

fn update(guid: &str, properties: ElementProperties, merge: bool) -> WriteOp {
    WriteOp::UpdateElement { guid: guid.to_owned(), properties, merge }
}

fn set_status(guid: &str, status: ElementStatus) -> WriteOp {
    WriteOp::UpdateElementStatus { guid: guid.to_owned(), status }
}

fn delete(guid: &str, method: DeleteMethod) -> WriteOp {
    WriteOp::DeleteElement { guid: guid.to_owned(), method }
}

fn classify(guid: &str, classification_name: &str, properties: ElementProperties, merge: bool) -> WriteOp {
    WriteOp::Classify { guid: guid.to_owned(), classification_name: classification_name.to_owned(), properties, merge }
}

fn declassify(guid: &str, classification_name: &str) -> WriteOp {
    WriteOp::Declassify { guid: guid.to_owned(), classification_name: classification_name.to_owned() }
}

fn relate(type_name: &str, end1: &str, end2: &str, properties: ElementProperties) -> WriteOp {
    WriteOp::CreateRelationship(NewRelationship::new(type_name, end1, end2).with_properties(properties))
}

fn update_relationship(guid: &str, properties: ElementProperties, merge: bool) -> WriteOp {
    WriteOp::UpdateRelationship { guid: guid.to_owned(), properties, merge }
}

fn unrelate(guid: &str) -> WriteOp {
    WriteOp::DeleteRelationship { guid: guid.to_owned() }
}

fn publish(guid: &str, zones: &[&str]) -> WriteOp {
    WriteOp::Publish { guid: guid.to_owned(), zones: strings(zones) }
}

fn withdraw(guid: &str, zones: &[&str]) -> WriteOp {
    WriteOp::Withdraw { guid: guid.to_owned(), zones: strings(zones) }
}

/// The value of a `Result` from the store, or a panic that says which call failed and why.
fn ok<T>(result: Result<T, OmisError>, call: &str) -> T {
    result.unwrap_or_else(|error| panic!("expected {call} to succeed, but it failed: {error}"))
}

/// Applies a batch that must succeed; returns one outcome per write.
async fn run(store: &dyn MetadataStore, context: &RequestContext, ops: Vec<WriteOp>) -> Vec<WriteOutcome> {
    let count = ops.len();
    let first = ops.first().map(|op| format!("{op:?}")).unwrap_or_default();
    let outcomes = match store.execute(context, WriteBatch::from(ops)).await {
        Ok(outcomes) => outcomes,
        Err(error) => panic!("expected the batch of {count} writes starting with {first} to be applied, got: {error}"),
    };
    assert_eq!(outcomes.len(), count, "expected one outcome per write of a batch, got {outcomes:?}");
    outcomes
}

/// Applies one write that must succeed.
async fn run_one(store: &dyn MetadataStore, context: &RequestContext, op: WriteOp) -> WriteOutcome {
    run(store, context, vec![op]).await.remove(0)
}

/// Applies a create that must succeed; returns the new GUID.
async fn created(store: &dyn MetadataStore, context: &RequestContext, op: WriteOp) -> Guid {
    match run_one(store, context, op).await {
        WriteOutcome::Created { guid } => guid,
        other => panic!("expected a Created outcome for a new element, got {other:?}"),
    }
}

/// Creates an element with only a qualified name.
async fn new_element(store: &dyn MetadataStore, context: &RequestContext, type_name: &str, name: &str) -> Guid {
    created(store, context, create(type_name, named(name))).await
}

/// Creates an element with a parent relationship (parent at end 1).
async fn new_child(
    store: &dyn MetadataStore,
    context: &RequestContext,
    type_name: &str,
    name: &str,
    parent: &str,
    relationship_type: &str,
) -> Guid {
    created(store, context, create_child(type_name, name, parent, relationship_type)).await
}

/// Creates a relationship that must be new; returns its GUID.
async fn new_relationship(
    store: &dyn MetadataStore,
    context: &RequestContext,
    type_name: &str,
    end1: &str,
    end2: &str,
    properties: ElementProperties,
) -> Guid {
    match run_one(store, context, relate(type_name, end1, end2, properties)).await {
        WriteOutcome::RelationshipCreated { guid } => guid,
        other => panic!("expected a RelationshipCreated outcome for a new {type_name}, got {other:?}"),
    }
}

fn assert_updated(outcome: &WriteOutcome, guid: &str, version: i64, what: &str) {
    assert_eq!(
        outcome,
        &WriteOutcome::Updated { guid: guid.to_owned(), version },
        "expected {what} to give Updated with version {version}"
    );
}

fn assert_unchanged(outcome: &WriteOutcome, guid: &str, what: &str) {
    assert_eq!(outcome, &WriteOutcome::Unchanged { guid: guid.to_owned() }, "expected {what} to give Unchanged");
}

fn assert_changed(outcome: &WriteOutcome, what: &str) {
    assert!(!matches!(outcome, WriteOutcome::Unchanged { .. }), "expected {what} to change something, got {outcome:?}");
}

/// The GUIDs of a `Deleted` outcome, checking that the target comes first.
fn deleted_guids(outcome: &WriteOutcome, target: &str) -> BTreeSet<Guid> {
    match outcome {
        WriteOutcome::Deleted { guids } => {
            assert_eq!(
                guids.first().map(String::as_str),
                Some(target),
                "expected the deleted element first in {guids:?}"
            );
            let unique = string_set(guids);
            assert_eq!(unique.len(), guids.len(), "expected each removed element once in {guids:?}");
            unique
        }
        other => panic!("expected a Deleted outcome when deleting {target}, got {other:?}"),
    }
}

// --- Reads -----------------------------------------------------------------------------------------

/// An element that must be visible to normal reads.
async fn element(store: &dyn MetadataStore, guid: &str) -> OpenMetadataElement {
    ok(store.get_element(&local(), guid, GetOptions::default()).await, "get_element")
        .unwrap_or_else(|| panic!("expected element {guid} to be visible"))
}

/// An element read with options; `None` when the store does not return it.
async fn element_with(store: &dyn MetadataStore, guid: &str, options: GetOptions) -> Option<OpenMetadataElement> {
    ok(store.get_element(&local(), guid, options).await, "get_element")
}

/// True when a normal read returns the element.
async fn visible(store: &dyn MetadataStore, guid: &str) -> bool {
    element_with(store, guid, GetOptions::default()).await.is_some()
}

/// A relationship that must exist.
async fn relationship(store: &dyn MetadataStore, guid: &str) -> OpenMetadataRelationship {
    ok(store.get_relationship(&local(), guid).await, "get_relationship")
        .unwrap_or_else(|| panic!("expected relationship {guid} to exist"))
}

/// The element with a qualified name, if a normal read finds one.
async fn by_name(store: &dyn MetadataStore, qualified_name: &str) -> Option<OpenMetadataElement> {
    ok(store.get_element_by_unique_name(&local(), qualified_name, "qualifiedName").await, "get_element_by_unique_name")
}

async fn latest(store: &dyn MetadataStore) -> u64 {
    ok(store.latest_change_sequence().await, "latest_change_sequence")
}

/// Every change-log event after `after`, read page by page, checking that sequences increase.
async fn events_after(store: &dyn MetadataStore, after: u64) -> Vec<ChangeEvent> {
    let mut events: Vec<ChangeEvent> = Vec::new();
    let mut cursor = after;
    loop {
        let page = ok(store.read_change_log(cursor, 0).await, "read_change_log");
        if page.is_empty() {
            break;
        }
        for event in &page {
            assert!(
                event.sequence > cursor,
                "expected read_change_log to return events after {cursor} with strictly increasing sequences, got {}",
                event.sequence
            );
            cursor = event.sequence;
        }
        events.extend(page);
    }
    events
}

fn event_types(events: &[ChangeEvent]) -> Vec<ChangeEventType> {
    events.iter().map(|event| event.event_type).collect()
}

fn count_events(events: &[ChangeEvent], event_type: ChangeEventType) -> usize {
    events.iter().filter(|event| event.event_type == event_type).count()
}

/// The GUIDs of the events of one type.
fn event_guids(events: &[ChangeEvent], event_type: ChangeEventType) -> BTreeSet<Guid> {
    let guids: Vec<&str> =
        events.iter().filter(|event| event.event_type == event_type).map(|event| event.guid.as_str()).collect();
    let unique = string_set(&guids);
    assert_eq!(unique.len(), guids.len(), "expected one {event_type:?} event per GUID, got {guids:?}");
    unique
}

async fn find(store: &dyn MetadataStore, query: &ElementQuery) -> Vec<OpenMetadataElement> {
    ok(store.find_elements(&local(), query).await, "find_elements")
}

/// The qualified names of elements (a placeholder with the GUID for elements without one), checking
/// that no element is there twice.
fn names_of(elements: &[OpenMetadataElement]) -> BTreeSet<String> {
    let names: Vec<String> = elements
        .iter()
        .map(|element| element.qualified_name().map_or_else(|| format!("<{}>", element.guid), str::to_owned))
        .collect();
    let unique = string_set(&names);
    assert_eq!(unique.len(), names.len(), "expected every element at most once in a result, got {names:?}");
    unique
}

async fn find_names(store: &dyn MetadataStore, query: &ElementQuery) -> BTreeSet<String> {
    names_of(&find(store, query).await)
}

fn page_len(page_size: u32) -> usize {
    usize::try_from(page_size).unwrap_or(usize::MAX)
}

/// Every result of a query, read `page_size` at a time.
async fn find_all_pages(store: &dyn MetadataStore, query: &ElementQuery, page_size: u32) -> Vec<OpenMetadataElement> {
    let mut all = Vec::new();
    let mut start_from = 0;
    loop {
        let paged = ElementQuery { paging: Paging { start_from, page_size }, ..query.clone() };
        let page = find(store, &paged).await;
        assert!(
            page.len() <= page_len(page_size),
            "expected at most {page_size} results in a page, got {}",
            page.len()
        );
        let last = page.len() < page_len(page_size);
        all.extend(page);
        if last {
            return all;
        }
        start_from += page_size;
        assert!(start_from < 100_000, "expected paging to come to an end");
    }
}

async fn related(store: &dyn MetadataStore, query: &RelatedElementsQuery) -> Vec<RelatedMetadataElement> {
    ok(store.get_related_elements(&local(), query).await, "get_related_elements")
}

/// The qualified names of the related elements, checking that none is there twice.
async fn related_names(store: &dyn MetadataStore, query: &RelatedElementsQuery) -> BTreeSet<String> {
    let found = related(store, query).await;
    let elements: Vec<OpenMetadataElement> = found.into_iter().map(|related| related.element).collect();
    names_of(&elements)
}

/// Everything known about some GUIDs (as elements, with every read option, and as relationships).
type Snapshot = Vec<(Option<OpenMetadataElement>, Option<OpenMetadataRelationship>)>;

async fn snapshot(store: &dyn MetadataStore, guids: &[Guid]) -> Snapshot {
    let mut state = Vec::new();
    for guid in guids {
        let element = element_with(store, guid, EVERYTHING).await;
        let relationship = ok(store.get_relationship(&local(), guid).await, "get_relationship");
        state.push((element, relationship));
    }
    state
}

// --- Refusals --------------------------------------------------------------------------------------

/// How a write must be refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    /// `InvalidParameter`.
    Invalid,
    /// `InvalidParameter` with HTTP 404.
    NotFound,
    /// `UserNotAuthorized`.
    NotAuthorized,
}

/// A batch that must be refused: how, what the message must name, and which GUIDs (elements or
/// relationships, existing or not) must read back exactly as before.
struct Refused {
    what: String,
    refusal: Refusal,
    ops: Vec<WriteOp>,
    mentions: Vec<String>,
    watch: Vec<Guid>,
}

impl Refused {
    fn new(what: impl Into<String>, refusal: Refusal, ops: Vec<WriteOp>) -> Refused {
        Refused { what: what.into(), refusal, ops, mentions: Vec::new(), watch: Vec::new() }
    }

    fn naming<S: AsRef<str>>(mut self, mentions: &[S]) -> Refused {
        self.mentions.extend(strings(mentions));
        self
    }

    fn watching<S: AsRef<str>>(mut self, guids: &[S]) -> Refused {
        self.watch.extend(strings(guids));
        self
    }
}

/// Runs a batch that must be refused and proves that nothing changed; returns the error.
async fn check_refused(store: &dyn MetadataStore, context: &RequestContext, case: Refused) -> OmisError {
    let Refused { what, refusal, ops, mentions, watch } = case;
    let before = latest(store).await;
    let watched = snapshot(store, &watch).await;
    let error = match store.execute(context, WriteBatch::from(ops)).await {
        Ok(outcomes) => panic!("expected {what} to be refused ({refusal:?}), but it was applied: {outcomes:?}"),
        Err(error) => error,
    };
    let kind = match refusal {
        Refusal::NotAuthorized => ErrorKind::UserNotAuthorized,
        Refusal::Invalid | Refusal::NotFound => ErrorKind::InvalidParameter,
    };
    assert_eq!(error.kind(), kind, "expected {what} to be refused as {kind:?}, got: {error}");
    if refusal == Refusal::NotFound {
        assert!(error.is_not_found(), "expected {what} to be refused as not found (HTTP 404), got: {error}");
    }
    for mention in &mentions {
        assert!(
            error.message().contains(mention.as_str()),
            "expected the refusal of {what} to name {mention}: {error}"
        );
    }
    assert_eq!(latest(store).await, before, "expected {what}, refused, to add no change-log event");
    assert_eq!(snapshot(store, &watch).await, watched, "expected {what}, refused, to leave {watch:?} as they were");
    error
}

async fn check_all_refused(store: &dyn MetadataStore, context: &RequestContext, cases: Vec<Refused>) {
    for case in cases {
        check_refused(store, context, case).await;
    }
}

/// Checks that an error message names at least one of several things.
fn assert_names_any(error: &OmisError, candidates: &[&str], what: &str) {
    assert!(
        candidates.iter().any(|candidate| error.message().contains(candidate)),
        "expected the refusal of {what} to name one of {candidates:?}: {error}"
    );
}

// --- Shared data -----------------------------------------------------------------------------------

/// A relational schema: `DeployedDatabaseSchema` ← `Schema` → `RelationalDBSchemaType` ←
/// `AttributeForSchema` → `RelationalTable` ← `NestedSchemaAttribute` → two `RelationalColumn`s,
/// each created with its parent.
struct SchemaTree {
    schema: Guid,
    schema_type: Guid,
    table: Guid,
    columns: [Guid; 2],
}

impl SchemaTree {
    fn all(&self) -> BTreeSet<Guid> {
        string_set([&self.schema, &self.schema_type, &self.table, &self.columns[0], &self.columns[1]])
    }
}

async fn schema_tree(store: &dyn MetadataStore, context: &RequestContext, prefix: &str) -> SchemaTree {
    let schema = new_element(store, context, "DeployedDatabaseSchema", &format!("{prefix}::schema")).await;
    let schema_type =
        new_child(store, context, "RelationalDBSchemaType", &format!("{prefix}::schema-type"), &schema, "Schema").await;
    let table =
        new_child(store, context, "RelationalTable", &format!("{prefix}::orders"), &schema_type, "AttributeForSchema")
            .await;
    let id =
        new_child(store, context, "RelationalColumn", &format!("{prefix}::orders.id"), &table, "NestedSchemaAttribute")
            .await;
    let total = new_child(
        store,
        context,
        "RelationalColumn",
        &format!("{prefix}::orders.total"),
        &table,
        "NestedSchemaAttribute",
    )
    .await;
    SchemaTree { schema, schema_type, table, columns: [id, total] }
}

/// The GUIDs of the relationships of an element (every type, both ends).
async fn relationship_guids(store: &dyn MetadataStore, guid: &str) -> BTreeSet<Guid> {
    let found = related(store, &RelatedElementsQuery::new(guid, None)).await;
    found.into_iter().map(|related| related.relationship.guid).collect()
}

// --- Creating elements -----------------------------------------------------------------------------

/// Creates elements of several types and reads them back: type header, status, version, creator
/// and properties of every kind; `get_element` and `get_elements` with unknown GUIDs.
pub async fn create_and_get_element(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let alice = user("alice");

    let properties = ElementProperties::new()
        .with("qualifiedName", "create::sales.public.orders.id")
        .with("displayName", "id")
        .with("description", "The order number")
        .with("isNullable", false)
        .with("length", PropertyValue::Int(12))
        .with("aliases", vec!["order_id", "oid"])
        .with(
            "additionalProperties",
            BTreeMap::from([("owner".to_owned(), "ops".to_owned()), ("tier".to_owned(), "gold".to_owned())]),
        );
    let outcome = run_one(store, &alice, create("RelationalColumn", properties.clone())).await;
    let WriteOutcome::Created { guid } = outcome else { panic!("expected a Created outcome, got {outcome:?}") };
    let column = element(store, &guid).await;
    assert_eq!(column.guid, guid, "expected the element read back to carry its GUID");
    assert_eq!(column.element_type.type_name, "RelationalColumn");
    assert_eq!(
        column.element_type.super_type_names,
        ["TabularColumn", "SchemaAttribute", "SchemaElement", "Referenceable", "OpenMetadataRoot"],
        "expected the supertypes of RelationalColumn, nearest first"
    );
    assert_eq!(column.element_type.type_category, Some(TypeCategory::Entity), "expected an entity type");
    assert_eq!(column.status, ElementStatus::Active, "expected a new element to be ACTIVE");
    assert_eq!(column.versions.version, 1, "expected a new element to be at version 1");
    assert_eq!(column.versions.created_by, "alice", "expected created_by to be the requesting user");
    assert_eq!(column.properties, properties, "expected the properties exactly as written");
    assert_eq!(column.qualified_name(), Some("create::sales.public.orders.id"));
    let registry = store.type_registry();
    assert_eq!(
        registry.element_type("RelationalColumn").map(|header| header.super_type_names),
        Some(column.element_type.super_type_names.clone()),
        "expected the store's type registry to agree with the element's header"
    );
    assert!(registry.get("NoSuchType").is_none(), "expected the type registry not to know NoSuchType");

    let headers: [(&str, &[&str]); 6] = [
        ("RelationalTable", &["SchemaAttribute", "SchemaElement", "Referenceable", "OpenMetadataRoot"]),
        (
            "RelationalDBSchemaType",
            &[
                "RootSchemaType",
                "ComplexSchemaType",
                "SchemaType",
                "SchemaElement",
                "Referenceable",
                "OpenMetadataRoot",
            ],
        ),
        ("DeployedDatabaseSchema", &["DataSet", "DataAsset", "Asset", "Referenceable", "OpenMetadataRoot"]),
        ("CSVFile", &["DataFile", "DataStore", "DataAsset", "Asset", "Referenceable", "OpenMetadataRoot"]),
        ("Process", &["Asset", "Referenceable", "OpenMetadataRoot"]),
        ("GlossaryTerm", &["Referenceable", "OpenMetadataRoot"]),
    ];
    let mut others = Vec::new();
    for (type_name, supertypes) in headers {
        let name = format!("create::{type_name}");
        let guid = new_element(store, &alice, type_name, &name).await;
        let found = element(store, &guid).await;
        assert_eq!(found.type_name(), type_name, "expected the type of the new {type_name}");
        assert_eq!(
            found.element_type.super_type_names, supertypes,
            "expected the supertypes of {type_name}, nearest first"
        );
        assert_eq!(
            found.element_type.type_category,
            Some(TypeCategory::Entity),
            "expected {type_name} to be an entity"
        );
        assert_eq!(found.properties, named(&name), "expected the properties of the new {type_name} as written");
        assert_eq!(found.versions.version, 1, "expected the new {type_name} at version 1");
        others.push(guid);
    }

    let missing = new_guid();
    assert_eq!(element_with(store, &missing, GetOptions::default()).await, None, "expected None for an unknown GUID");
    assert_eq!(element_with(store, &missing, EVERYTHING).await, None, "expected None for an unknown GUID");
    let asked = vec![guid.clone(), missing.clone(), others[0].clone()];
    let found = ok(store.get_elements(&alice, &asked).await, "get_elements");
    assert_eq!(
        string_set(found.iter().map(|element| element.guid.as_str())),
        string_set([&guid, &others[0]]),
        "expected get_elements to return the existing elements and leave the missing one out"
    );
    let none = ok(store.get_elements(&alice, std::slice::from_ref(&missing)).await, "get_elements");
    assert!(none.is_empty(), "expected get_elements of an unknown GUID to return nothing, got {none:?}");
}

/// Provenance: a home metadata source owns what it creates; without a source elements are local.
pub async fn created_element_header_and_provenance(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let source = metadata_source("PostgreSQL::prod");
    let connector = for_source("connector-user", &source);

    let owned = new_element(store, &connector, "DeployedDatabaseSchema", "provenance::owned").await;
    let found = element(store, &owned).await;
    assert_eq!(found.origin.origin_category, OriginCategory::ExternalSource, "expected an element of a home source");
    assert_eq!(
        found.origin.home_metadata_collection_id.as_deref(),
        Some(source.guid.as_str()),
        "expected the home metadata collection to be the source's GUID"
    );
    assert_eq!(
        found.origin.home_metadata_collection_name.as_deref(),
        Some(source.qualified_name.as_str()),
        "expected the home metadata collection name to be the source's qualified name"
    );
    assert_eq!(found.owning_source(), Some(source.guid.as_str()), "expected the source to own the element");
    assert_eq!(found.versions.created_by, "connector-user");

    let plain = new_element(store, &user("steward"), "DeployedDatabaseSchema", "provenance::local").await;
    let found = element(store, &plain).await;
    assert_eq!(found.origin.origin_category, OriginCategory::LocalCohort, "expected a local element without a source");
    assert_eq!(found.owning_source(), None, "expected no owner without a source");
    assert_eq!(found.versions.created_by, "steward");

    let mut visiting = for_source("connector-user", &source);
    visiting.source_is_home = false;
    let guest = new_element(store, &visiting, "DeployedDatabaseSchema", "provenance::not-home").await;
    let found = element(store, &guest).await;
    assert_eq!(found.origin.origin_category, OriginCategory::LocalCohort, "expected a local element when not home");
    assert_eq!(found.owning_source(), None, "expected no owner when the source is not home");

    let other = metadata_source("Files::share");
    let theirs = new_element(store, &for_source("files-user", &other), "DataFile", "provenance::other").await;
    assert_eq!(
        element(store, &theirs).await.owning_source(),
        Some(other.guid.as_str()),
        "expected each source to own its own"
    );
    assert_eq!(element(store, &owned).await.owning_source(), Some(source.guid.as_str()));
}

fn assert_uuid(guid: &str) {
    assert_eq!(guid.len(), 36, "expected a generated GUID to be a 36-character UUID, got {guid}");
    for (index, character) in guid.char_indices() {
        if [8, 13, 18, 23].contains(&index) {
            assert_eq!(character, '-', "expected a generated GUID in UUID form, got {guid}");
        } else {
            assert!(character.is_ascii_hexdigit(), "expected a generated GUID in UUID form, got {guid}");
        }
    }
}

/// The store generates UUIDs for new elements and uses pre-assigned GUIDs as given.
pub async fn generated_and_preassigned_guids(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let first = new_element(store, &local(), "DataSet", "guids::first").await;
    let second = new_element(store, &local(), "DataSet", "guids::second").await;
    assert_uuid(&first);
    assert_uuid(&second);
    assert_ne!(first, second, "expected two new elements to get different GUIDs");
    assert_eq!(by_name(store, "guids::first").await.map(|found| found.guid), Some(first.clone()));

    let chosen = new_guid();
    let guid = created(store, &local(), create_with_guid(&chosen, "GlossaryTerm", named("guids::chosen"))).await;
    assert_eq!(guid, chosen, "expected a pre-assigned GUID to be used as given");
    let found = element(store, &chosen).await;
    assert_eq!(found.guid, chosen);
    assert_eq!(found.qualified_name(), Some("guids::chosen"));

    let outcomes = run(
        store,
        &local(),
        vec![
            create("DataSet", named("guids::batch-generated")),
            create_with_guid(&new_guid(), "DataSet", named("guids::batch-chosen")),
        ],
    )
    .await;
    let WriteOutcome::Created { guid: generated } = &outcomes[0] else { panic!("expected Created, got {outcomes:?}") };
    assert_uuid(generated);
    assert_eq!(element(store, generated).await.qualified_name(), Some("guids::batch-generated"));
}

/// A second element with an existing GUID is refused, alone or within one batch.
pub async fn duplicate_guid_is_refused(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let taken = new_guid();
    created(store, &local(), create_with_guid(&taken, "DataSet", named("dupguid::first"))).await;
    let twice = new_guid();
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "a create with the GUID of an existing element",
                Refusal::Invalid,
                vec![create_with_guid(&taken, "GlossaryTerm", named("dupguid::second"))],
            )
            .naming(&[&taken])
            .watching(&[&taken]),
            Refused::new(
                "a create with the GUID of an existing element of the same type",
                Refusal::Invalid,
                vec![create_with_guid(&taken, "DataSet", named("dupguid::third"))],
            )
            .naming(&[&taken])
            .watching(&[&taken]),
            Refused::new(
                "a batch creating two elements with one GUID",
                Refusal::Invalid,
                vec![
                    create_with_guid(&twice, "DataSet", named("dupguid::a")),
                    create_with_guid(&twice, "DataSet", named("dupguid::b")),
                ],
            )
            .naming(&[&twice])
            .watching(&[&twice]),
        ],
    )
    .await;
    for name in ["dupguid::second", "dupguid::third", "dupguid::a", "dupguid::b"] {
        assert_eq!(by_name(store, name).await, None, "expected no element {name} after the refusal");
    }
    assert_eq!(
        element(store, &taken).await.qualified_name(),
        Some("dupguid::first"),
        "expected the first element intact"
    );
}

/// Unknown types, and types of the wrong category, are refused and nothing is written.
pub async fn unknown_type_is_refused_and_nothing_changes(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let data_set = new_element(store, &local(), "DataSet", "unknowntype::data-set").await;
    let term = new_element(store, &local(), "GlossaryTerm", "unknowntype::term").await;
    let valid = new_guid();
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "a batch whose second create names an unknown type",
                Refusal::Invalid,
                vec![
                    create_with_guid(&valid, "DataSet", named("unknowntype::valid")),
                    create("NoSuchType", named("unknowntype::bad")),
                ],
            )
            .naming(&["NoSuchType"])
            .watching(&[&valid]),
            Refused::new(
                "a create with a relationship type name",
                Refusal::Invalid,
                vec![create("DataFlow", named("unknowntype::relationship"))],
            )
            .naming(&["DataFlow"]),
            Refused::new(
                "a relationship of an unknown type",
                Refusal::Invalid,
                vec![relate("NoSuchRelationship", &data_set, &term, ElementProperties::new())],
            )
            .naming(&["NoSuchRelationship"])
            .watching(&[&data_set, &term]),
            Refused::new(
                "a relationship with an entity type name",
                Refusal::Invalid,
                vec![relate("DataSet", &data_set, &term, ElementProperties::new())],
            )
            .naming(&["DataSet"])
            .watching(&[&data_set, &term]),
            Refused::new(
                "a classification of an unknown type",
                Refusal::Invalid,
                vec![classify(&data_set, "NoSuchClassification", ElementProperties::new(), false)],
            )
            .naming(&["NoSuchClassification"])
            .watching(&[&data_set]),
        ],
    )
    .await;
    for name in ["unknowntype::valid", "unknowntype::bad", "unknowntype::relationship"] {
        assert_eq!(by_name(store, name).await, None, "expected no element {name} after the refusal");
    }
    assert!(related(store, &RelatedElementsQuery::new(&data_set, None)).await.is_empty(), "expected no relationship");
}

/// Attributes a type does not define are refused, naming the attribute and the type.
pub async fn unknown_attribute_is_refused_and_nothing_changes(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let data_set =
        created(store, &local(), create("DataSet", named("unknownattr::data-set").with("displayName", "Sales"))).await;
    let term = new_element(store, &local(), "GlossaryTerm", "unknownattr::term").await;
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "a create with an unknown attribute",
                Refusal::Invalid,
                vec![create("DataSet", named("unknownattr::colour").with("colour", "blue"))],
            )
            .naming(&["colour", "DataSet"]),
            Refused::new(
                "a create with an attribute of a subtype only (DataFile.fileName on a DataSet)",
                Refusal::Invalid,
                vec![create("DataSet", named("unknownattr::file-name").with("fileName", "orders.csv"))],
            )
            .naming(&["fileName", "DataSet"]),
            Refused::new(
                "a create with a misspelt qualifiedName",
                Refusal::Invalid,
                vec![create("RelationalColumn", ElementProperties::new().with("qualifiedname", "unknownattr::case"))],
            )
            .naming(&["qualifiedname"]),
            Refused::new(
                "a merge update with an unknown attribute",
                Refusal::Invalid,
                vec![update(&data_set, ElementProperties::new().with("colour", "blue"), true)],
            )
            .naming(&["colour", "DataSet"])
            .watching(&[&data_set]),
            Refused::new(
                "a replace update with an unknown attribute",
                Refusal::Invalid,
                vec![update(&data_set, named("unknownattr::data-set").with("colour", "blue"), false)],
            )
            .naming(&["colour", "DataSet"])
            .watching(&[&data_set]),
            Refused::new(
                "a relationship with an unknown attribute",
                Refusal::Invalid,
                vec![relate("SemanticAssignment", &data_set, &term, ElementProperties::new().with("colour", "blue"))],
            )
            .naming(&["colour", "SemanticAssignment"])
            .watching(&[&data_set, &term]),
        ],
    )
    .await;
    for name in ["unknownattr::colour", "unknownattr::file-name", "unknownattr::case"] {
        assert_eq!(by_name(store, name).await, None, "expected no element {name} after the refusal");
    }
    assert!(related(store, &RelatedElementsQuery::new(&term, None)).await.is_empty(), "expected no relationship");
}

/// Values of the wrong type are refused, naming the property.
pub async fn wrong_property_type_is_refused_and_nothing_changes(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let column = created(
        store,
        &local(),
        create("RelationalColumn", named("wrongtype::orders.id").with("isNullable", true).with("length", 12)),
    )
    .await;
    let other = new_element(store, &local(), "RelationalColumn", "wrongtype::customers.id").await;
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "a string for the boolean isNullable",
                Refusal::Invalid,
                vec![create("RelationalColumn", named("wrongtype::a").with("isNullable", "yes"))],
            )
            .naming(&["isNullable"]),
            Refused::new(
                "a string for the int length",
                Refusal::Invalid,
                vec![create("RelationalColumn", named("wrongtype::b").with("length", "twelve"))],
            )
            .naming(&["length"]),
            Refused::new(
                "a string for the array<string> authors",
                Refusal::Invalid,
                vec![create("DataSet", named("wrongtype::c").with("authors", "ann"))],
            )
            .naming(&["authors"]),
            Refused::new(
                "an array of ints for the array<string> authors",
                Refusal::Invalid,
                vec![create(
                    "DataSet",
                    named("wrongtype::d").with("authors", PropertyValue::Array(vec![PropertyValue::Int(1)])),
                )],
            )
            .naming(&["authors"]),
            Refused::new(
                "a string for the map<string,string> additionalProperties",
                Refusal::Invalid,
                vec![create("DataSet", named("wrongtype::e").with("additionalProperties", "owner=ops"))],
            )
            .naming(&["additionalProperties"]),
            Refused::new(
                "an int for the string qualifiedName",
                Refusal::Invalid,
                vec![create("DataSet", ElementProperties::new().with("qualifiedName", 7))],
            )
            .naming(&["qualifiedName"]),
            Refused::new(
                "a merge update with a string for isNullable",
                Refusal::Invalid,
                vec![update(&column, ElementProperties::new().with("isNullable", "no"), true)],
            )
            .naming(&["isNullable"])
            .watching(&[&column]),
            Refused::new(
                "a relationship with a string for the int confidence",
                Refusal::Invalid,
                vec![relate("ForeignKey", &column, &other, ElementProperties::new().with("confidence", "high"))],
            )
            .naming(&["confidence"])
            .watching(&[&column, &other]),
        ],
    )
    .await;
    for name in ["wrongtype::a", "wrongtype::b", "wrongtype::c", "wrongtype::d", "wrongtype::e"] {
        assert_eq!(by_name(store, name).await, None, "expected no element {name} after the refusal");
    }
}

/// `qualifiedName` is required on create and replace, not on merge.
pub async fn missing_required_property_is_refused(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let data_set =
        created(store, &local(), create("DataSet", named("required::sales").with("displayName", "Sales"))).await;
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "a create without qualifiedName",
                Refusal::Invalid,
                vec![create("DataSet", ElementProperties::new().with("displayName", "No name"))],
            )
            .naming(&["qualifiedName"]),
            Refused::new(
                "a create without any property",
                Refusal::Invalid,
                vec![create("RelationalColumn", ElementProperties::new())],
            )
            .naming(&["qualifiedName"]),
            Refused::new(
                "a replace update without qualifiedName",
                Refusal::Invalid,
                vec![update(&data_set, ElementProperties::new().with("displayName", "Renamed"), false)],
            )
            .naming(&["qualifiedName"])
            .watching(&[&data_set]),
        ],
    )
    .await;
    let found = find(store, &ElementQuery::of_type("DataSet")).await;
    assert_eq!(names_of(&found), string_set(["required::sales"]), "expected only the valid element to exist");

    let outcome =
        run_one(store, &local(), update(&data_set, ElementProperties::new().with("displayName", "Sales 2"), true))
            .await;
    assert_updated(&outcome, &data_set, 2, "a merge update without qualifiedName");
    assert_eq!(
        element(store, &data_set).await.properties,
        named("required::sales").with("displayName", "Sales 2"),
        "expected a merge to keep qualifiedName"
    );
}

/// `qualifiedName` is unique among live elements, across types, within a batch and on update.
pub async fn duplicate_qualified_name_is_refused(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let first = new_element(store, &local(), "DataSet", "dupname::sales").await;
    let second = new_element(store, &local(), "DataSet", "dupname::other").await;
    let (a, b) = (new_guid(), new_guid());
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "a second DataSet with the same qualifiedName",
                Refusal::Invalid,
                vec![create("DataSet", named("dupname::sales"))],
            )
            .naming(&["dupname::sales"])
            .watching(&[&first]),
            Refused::new(
                "an element of another type with the same qualifiedName",
                Refusal::Invalid,
                vec![create("GlossaryTerm", named("dupname::sales"))],
            )
            .naming(&["dupname::sales"])
            .watching(&[&first]),
            Refused::new(
                "a batch creating two elements with one qualifiedName",
                Refusal::Invalid,
                vec![
                    create_with_guid(&a, "DataSet", named("dupname::twice")),
                    create_with_guid(&b, "DataSet", named("dupname::twice")),
                ],
            )
            .naming(&["dupname::twice"])
            .watching(&[&a, &b]),
            Refused::new(
                "a merge update to a qualifiedName in use",
                Refusal::Invalid,
                vec![update(&second, named("dupname::sales"), true)],
            )
            .naming(&["dupname::sales"])
            .watching(&[&first, &second]),
            Refused::new(
                "a replace update to a qualifiedName in use",
                Refusal::Invalid,
                vec![update(&second, named("dupname::sales").with("displayName", "Other"), false)],
            )
            .naming(&["dupname::sales"])
            .watching(&[&first, &second]),
        ],
    )
    .await;
    assert_eq!(by_name(store, "dupname::sales").await.map(|found| found.guid), Some(first));
    assert_eq!(by_name(store, "dupname::other").await.map(|found| found.guid), Some(second.clone()));
    assert_eq!(by_name(store, "dupname::twice").await, None, "expected neither element of the refused batch");

    let outcome = run_one(store, &local(), update(&second, named("dupname::renamed"), true)).await;
    assert_updated(&outcome, &second, 2, "renaming to a free qualifiedName");
    assert_eq!(by_name(store, "dupname::other").await, None, "expected the old name to be free after a rename");
    created(store, &local(), create("DataSet", named("dupname::other"))).await;
}

/// After an element is deleted (by any method) its qualifiedName may be used again.
pub async fn qualified_name_is_free_again_after_delete(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    for method in [DeleteMethod::SoftDelete, DeleteMethod::Archive, DeleteMethod::Purge] {
        let name = format!("reuse::{method:?}");
        let first = new_element(store, &local(), "DataSet", &name).await;
        let outcome = run_one(store, &local(), delete(&first, method)).await;
        assert_eq!(
            deleted_guids(&outcome, &first),
            string_set([&first]),
            "expected only {first} removed by {method:?}"
        );
        let second = new_element(store, &local(), "DataSet", &name).await;
        assert_ne!(first, second, "expected a new GUID for the new element named {name}");
        assert_eq!(
            by_name(store, &name).await.map(|found| found.guid),
            Some(second.clone()),
            "expected {name} to find the new element after {method:?} of the old one"
        );
        check_refused(
            store,
            &local(),
            Refused::new(
                format!("a third element named {name}"),
                Refusal::Invalid,
                vec![create("DataSet", named(&name))],
            )
            .naming(&[&name])
            .watching(&[&first, &second]),
        )
        .await;
    }
}

// --- Batches and updates ---------------------------------------------------------------------------

/// A batch is all or nothing: when one write fails, none is applied and its error is returned;
/// when all succeed, the outcomes and events follow the order of the batch.
pub async fn batch_is_one_transaction(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let existing =
        created(store, &local(), create("DataSet", named("txn::existing").with("displayName", "Before"))).await;
    let (a, b, missing) = (new_guid(), new_guid(), new_guid());
    let after = ElementProperties::new().with("displayName", "After");
    let owner = ElementProperties::new().with("owner", "ann");
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "a batch whose last write updates a missing element",
                Refusal::NotFound,
                vec![
                    create_with_guid(&a, "DataSet", named("txn::a")),
                    create_with_guid(&b, "GlossaryTerm", named("txn::b")),
                    update(&existing, after.clone(), true),
                    classify(&a, "Ownership", owner.clone(), false),
                    relate("SemanticAssignment", &a, &b, ElementProperties::new()),
                    update(&missing, after.clone(), true),
                ],
            )
            .naming(&[&missing])
            .watching(&[&a, &b, &existing]),
            Refused::new(
                "a batch whose middle write has an unknown attribute",
                Refusal::Invalid,
                vec![
                    update(&existing, after.clone(), true),
                    create("DataSet", named("txn::colour").with("colour", "blue")),
                    update(&existing, ElementProperties::new().with("description", "never"), true),
                ],
            )
            .naming(&["colour"])
            .watching(&[&existing]),
            Refused::new(
                "a batch whose relationship has a wrong end type",
                Refusal::Invalid,
                vec![
                    create_with_guid(&a, "DataSet", named("txn::a")),
                    relate("SemanticAssignment", &a, &existing, ElementProperties::new()),
                ],
            )
            .naming(&["SemanticAssignment"])
            .watching(&[&a, &existing]),
            Refused::new(
                "a batch that deletes an element, reuses its name, then fails",
                Refusal::NotFound,
                vec![
                    delete(&existing, DeleteMethod::Purge),
                    create("DataSet", named("txn::existing")),
                    set_status(&missing, ElementStatus::Deprecated),
                ],
            )
            .naming(&[&missing])
            .watching(&[&existing]),
        ],
    )
    .await;
    for name in ["txn::a", "txn::b", "txn::colour"] {
        assert_eq!(by_name(store, name).await, None, "expected nothing of the refused batches, found {name}");
    }
    let unchanged = element(store, &existing).await;
    assert_eq!(unchanged.properties.get_str("displayName"), Some("Before"), "expected the existing element untouched");
    assert_eq!(unchanged.versions.version, 1, "expected the existing element still at version 1");
    assert_eq!(unchanged.classifications, Vec::new(), "expected no classification on the existing element");

    let before = latest(store).await;
    let outcomes = run(
        store,
        &local(),
        vec![
            create_with_guid(&a, "DataSet", named("txn::a")),
            create_with_guid(&b, "GlossaryTerm", named("txn::b")),
            update(&a, after.clone(), true),
            relate("SemanticAssignment", &a, &b, ElementProperties::new()),
            classify(&b, "Ownership", owner, false),
            set_status(&existing, ElementStatus::Deprecated),
        ],
    )
    .await;
    assert_eq!(
        outcomes[0],
        WriteOutcome::Created { guid: a.clone() },
        "expected the first outcome to be the first create"
    );
    assert_eq!(
        outcomes[1],
        WriteOutcome::Created { guid: b.clone() },
        "expected the second outcome to be the second create"
    );
    assert_updated(&outcomes[2], &a, 2, "the update of an element created earlier in the batch");
    let WriteOutcome::RelationshipCreated { guid: assignment } = &outcomes[3] else {
        panic!("expected the fourth outcome to be RelationshipCreated, got {outcomes:?}")
    };
    assert_changed(&outcomes[4], "a new classification");
    assert_updated(&outcomes[5], &existing, 2, "the status update");
    let events = events_after(store, before).await;
    assert_eq!(
        event_types(&events),
        [
            ChangeEventType::NewElement,
            ChangeEventType::NewElement,
            ChangeEventType::UpdatedElement,
            ChangeEventType::NewRelationship,
            ChangeEventType::ClassifiedElement,
            ChangeEventType::UpdatedElement,
        ],
        "expected one event per write, in the order of the batch"
    );
    let guids: Vec<&str> = events.iter().map(|event| event.guid.as_str()).collect();
    assert_eq!(guids, [a.as_str(), b.as_str(), a.as_str(), assignment.as_str(), b.as_str(), existing.as_str()]);
    assert_eq!(element(store, &a).await.properties.get_str("displayName"), Some("After"));
    assert_eq!(
        find_names(store, &ElementQuery::of_type("DataSet").searching(SearchString::regex("^After$"))).await,
        string_set(["txn::a"]),
        "expected the search to see the update made in the batch that created the element"
    );
}

/// Pre-assigned GUIDs let one batch create elements, parent relationships and relationships
/// between them; everything reads back related.
pub async fn batch_can_create_and_relate_new_elements(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let (folder, input, output, process, port) = (new_guid(), new_guid(), new_guid(), new_guid(), new_guid());
    let before = latest(store).await;
    let outcomes = run(
        store,
        &local(),
        vec![
            create_with_guid(&folder, "FileFolder", named("newbatch::folder")),
            WriteOp::CreateElement(
                NewElement::new("CSVFile", named("newbatch::input.csv"))
                    .with_guid(&input)
                    .with_parent(&folder, "NestedFile"),
            ),
            create_with_guid(&output, "DataFile", named("newbatch::output.dat")),
            relate("NestedFile", &folder, &output, ElementProperties::new()),
            create_with_guid(&process, "Process", named("newbatch::etl")),
            WriteOp::CreateElement(
                NewElement::new("Port", named("newbatch::etl.in"))
                    .with_guid(&port)
                    .with_parent(&process, "ProcessPort"),
            ),
            relate("DataFlow", &input, &process, ElementProperties::new().with("label", "reads")),
            relate("DataFlow", &process, &output, ElementProperties::new().with("label", "writes")),
        ],
    )
    .await;
    for (index, guid) in [(0, &folder), (1, &input), (2, &output), (4, &process), (5, &port)] {
        assert_eq!(
            outcomes[index],
            WriteOutcome::Created { guid: guid.clone() },
            "expected outcome {index} to be Created"
        );
    }
    for index in [3, 6, 7] {
        assert!(
            matches!(outcomes[index], WriteOutcome::RelationshipCreated { .. }),
            "expected outcome {index} to be RelationshipCreated, got {outcomes:?}"
        );
    }
    assert_eq!(
        related_names(store, &RelatedElementsQuery::new(&folder, Some("NestedFile"))).await,
        string_set(["newbatch::input.csv", "newbatch::output.dat"]),
        "expected the folder to hold both files"
    );
    assert_eq!(
        related_names(store, &RelatedElementsQuery::new(&process, None)).await,
        string_set(["newbatch::etl.in", "newbatch::input.csv", "newbatch::output.dat"]),
        "expected the process related to its port and both files"
    );
    assert_eq!(
        element(store, &input).await.anchor_guid(),
        Some(folder.as_str()),
        "expected the file anchored to its folder"
    );
    assert_eq!(
        element(store, &port).await.anchor_guid(),
        Some(process.as_str()),
        "expected the port anchored to its process"
    );
    let events = events_after(store, before).await;
    assert_eq!(
        event_guids(&events, ChangeEventType::NewElement),
        string_set([&folder, &input, &output, &process, &port]),
        "expected one NEW_ELEMENT event per created element"
    );
    assert_eq!(
        count_events(&events, ChangeEventType::NewRelationship),
        5,
        "expected 2 parent and 3 other relationships"
    );
}

/// Merge overlays properties, replace swaps them all; renames and missing elements.
pub async fn merge_and_replace_updates(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let original =
        named("update::sales").with("displayName", "Sales").with("description", "old").with("formula", "select 1");
    let guid = created(store, &local(), create("DataSet", original)).await;

    let before = latest(store).await;
    let outcome =
        run_one(store, &local(), update(&guid, ElementProperties::new().with("description", "new"), true)).await;
    assert_updated(&outcome, &guid, 2, "a merge update");
    assert_eq!(
        element(store, &guid).await.properties,
        named("update::sales").with("displayName", "Sales").with("description", "new").with("formula", "select 1"),
        "expected a merge to overlay the given properties and keep the others"
    );

    let replacement = named("update::sales").with("displayName", "Sales 2");
    let outcome = run_one(store, &local(), update(&guid, replacement.clone(), false)).await;
    assert_updated(&outcome, &guid, 3, "a replace update");
    assert_eq!(element(store, &guid).await.properties, replacement, "expected a replace to swap every property");

    let outcome = run_one(store, &local(), update(&guid, named("update::sales-renamed"), true)).await;
    assert_updated(&outcome, &guid, 4, "a rename");
    assert_eq!(by_name(store, "update::sales").await, None, "expected the old qualifiedName gone");
    assert_eq!(by_name(store, "update::sales-renamed").await.map(|found| found.guid), Some(guid.clone()));

    let events = events_after(store, before).await;
    assert_eq!(
        event_types(&events),
        [ChangeEventType::UpdatedElement; 3],
        "expected one UPDATED_ELEMENT event per update"
    );
    assert!(events.iter().all(|event| event.guid == guid), "expected the events to be about the updated element");
    assert_eq!(events.iter().map(|event| event.version).collect::<Vec<_>>(), [2, 3, 4], "expected the new versions");

    let missing = new_guid();
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "a merge update of a missing element",
                Refusal::NotFound,
                vec![update(&missing, ElementProperties::new().with("description", "x"), true)],
            )
            .naming(&[&missing])
            .watching(&[&missing]),
            Refused::new(
                "a replace update of a missing element",
                Refusal::NotFound,
                vec![update(&missing, named("update::ghost"), false)],
            )
            .naming(&[&missing])
            .watching(&[&missing]),
        ],
    )
    .await;
    assert_eq!(by_name(store, "update::ghost").await, None, "expected no element created by updating a missing one");
}

/// Writes that ask for what is already there give `Unchanged`, add no event and keep the version.
pub async fn unchanged_update_writes_nothing(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let properties = named("unchanged::orders.id").with("displayName", "id").with("length", PropertyValue::Int(12));
    let column = created(store, &local(), create("RelationalColumn", properties.clone())).await;
    let term = new_element(store, &local(), "GlossaryTerm", "unchanged::order-number").await;
    let assignment_properties = ElementProperties::new().with("description", "means");
    let owner = ElementProperties::new().with("owner", "ann");
    let setup = run(
        store,
        &local(),
        vec![
            classify(&column, "Ownership", owner.clone(), false),
            publish(&column, &["finance"]),
            relate("SemanticAssignment", &column, &term, assignment_properties.clone()),
        ],
    )
    .await;
    let WriteOutcome::RelationshipCreated { guid: assignment } = &setup[2] else {
        panic!("expected RelationshipCreated, got {setup:?}")
    };
    let element_before = element(store, &column).await;
    let relationship_before = relationship(store, assignment).await;
    let before = latest(store).await;

    let cases: Vec<(&str, WriteOp, &str)> = vec![
        (
            "a merge with the same value",
            update(&column, ElementProperties::new().with("displayName", "id"), true),
            &column,
        ),
        ("a merge with no property", update(&column, ElementProperties::new(), true), &column),
        ("a replace with the same properties", update(&column, properties.clone(), false), &column),
        ("a status update to the same status", set_status(&column, ElementStatus::Active), &column),
        ("an identical classification (replace)", classify(&column, "Ownership", owner.clone(), false), &column),
        ("an identical classification (merge)", classify(&column, "Ownership", owner.clone(), true), &column),
        (
            "a merge classification with no property",
            classify(&column, "Ownership", ElementProperties::new(), true),
            &column,
        ),
        ("declassifying what is not attached", declassify(&column, "Confidentiality"), &column),
        ("publishing to a zone already there", publish(&column, &["finance"]), &column),
        ("withdrawing from a zone not there", withdraw(&column, &["hr"]), &column),
        (
            "a relationship merge with the same value",
            update_relationship(assignment, assignment_properties.clone(), true),
            assignment,
        ),
        (
            "a relationship replace with the same properties",
            update_relationship(assignment, assignment_properties.clone(), false),
            assignment,
        ),
        (
            "creating the same relationship again",
            relate("SemanticAssignment", &column, &term, assignment_properties.clone()),
            assignment,
        ),
    ];
    let mut all = Vec::new();
    for (what, op, guid) in cases {
        let outcome = run_one(store, &local(), op.clone()).await;
        assert_unchanged(&outcome, guid, what);
        assert_eq!(latest(store).await, before, "expected {what} to add no change-log event");
        all.push((what, op, guid));
    }
    let outcomes = run(store, &local(), all.iter().map(|(_, op, _)| op.clone()).collect()).await;
    for ((what, _, guid), outcome) in all.iter().zip(&outcomes) {
        assert_unchanged(outcome, guid, &format!("{what} within a batch"));
    }
    assert_eq!(latest(store).await, before, "expected a batch of unchanged writes to add no change-log event");
    assert_eq!(element(store, &column).await, element_before, "expected the element exactly as before");
    assert_eq!(
        relationship(store, assignment).await,
        relationship_before,
        "expected the relationship exactly as before"
    );
}

/// Every kind of change increments the element's version by one and records who made it.
pub async fn version_increments_on_every_change(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let guid = new_element(store, &user("alice"), "DataSet", "version::sales").await;
    let created_element = element(store, &guid).await;
    assert_eq!(created_element.versions.version, 1);
    assert_eq!(created_element.versions.created_by, "alice");
    let bob = user("bob");
    let changes: Vec<(&str, WriteOp)> = vec![
        ("a merge update", update(&guid, ElementProperties::new().with("displayName", "Sales"), true)),
        ("a replace update", update(&guid, named("version::sales").with("description", "All sales"), false)),
        ("a status update", set_status(&guid, ElementStatus::Deprecated)),
        ("a classification", classify(&guid, "Ownership", ElementProperties::new().with("owner", "ann"), false)),
        ("a reclassification", classify(&guid, "Ownership", ElementProperties::new().with("owner", "bob"), false)),
        ("a declassification", declassify(&guid, "Ownership")),
        ("a publish", publish(&guid, &["finance"])),
        ("a withdraw", withdraw(&guid, &["finance"])),
    ];
    let mut previous = created_element;
    for (what, op) in changes {
        let is_update = matches!(op, WriteOp::UpdateElement { .. } | WriteOp::UpdateElementStatus { .. });
        let outcome = run_one(store, &bob, op).await;
        let version = previous.versions.version + 1;
        if is_update {
            assert_updated(&outcome, &guid, version, what);
        } else {
            assert_changed(&outcome, what);
            if let WriteOutcome::Updated { version: reported, .. } = outcome {
                assert_eq!(reported, version, "expected {what} to report the new version");
            }
        }
        let current = element(store, &guid).await;
        assert_eq!(current.versions.version, version, "expected {what} to increment the version by one");
        assert_eq!(current.versions.updated_by.as_deref(), Some("bob"), "expected {what} to set updated_by");
        assert_eq!(current.versions.created_by, "alice", "expected {what} to keep created_by");
        assert_eq!(current.versions.create_time, previous.versions.create_time, "expected {what} to keep create_time");
        let update_time = current.versions.update_time.unwrap_or_else(|| panic!("expected {what} to set update_time"));
        assert!(update_time >= current.versions.create_time, "expected {what} to set update_time after create_time");
        if let Some(earlier) = previous.versions.update_time {
            assert!(update_time >= earlier, "expected update_time not to go back in time after {what}");
        }
        previous = current;
    }
}

/// Status updates: a new status is a change, the same status is not, DELETED is refused.
pub async fn status_update(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let guid = new_element(store, &local(), "DataSet", "status::sales").await;
    let before = latest(store).await;
    let outcome = run_one(store, &local(), set_status(&guid, ElementStatus::Deprecated)).await;
    assert_updated(&outcome, &guid, 2, "a status update to DEPRECATED");
    let found = element(store, &guid).await;
    assert_eq!(found.status, ElementStatus::Deprecated, "expected the new status");
    let events = events_after(store, before).await;
    assert_eq!(event_types(&events), [ChangeEventType::UpdatedElement], "expected one UPDATED_ELEMENT event");
    assert_eq!(events[0].guid, guid);
    assert_eq!(events[0].version, 2, "expected the event to carry the new version");

    let outcome = run_one(store, &local(), set_status(&guid, ElementStatus::Deprecated)).await;
    assert_unchanged(&outcome, &guid, "a status update to the same status");

    let missing = new_guid();
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "a status update to DELETED",
                Refusal::Invalid,
                vec![set_status(&guid, ElementStatus::Deleted)],
            )
            .watching(&[&guid]),
            Refused::new(
                "a status update of a missing element",
                Refusal::NotFound,
                vec![set_status(&missing, ElementStatus::Active)],
            )
            .naming(&[&missing]),
        ],
    )
    .await;
    assert_eq!(element(store, &guid).await.status, ElementStatus::Deprecated, "expected the status still DEPRECATED");

    let outcome = run_one(store, &local(), set_status(&guid, ElementStatus::Active)).await;
    assert_updated(&outcome, &guid, 3, "a status update back to ACTIVE");

    let mut draft = NewElement::new("DataSet", named("status::draft"));
    draft.status = ElementStatus::Draft;
    let draft = created(store, &local(), WriteOp::CreateElement(draft)).await;
    assert_eq!(element(store, &draft).await.status, ElementStatus::Draft, "expected the initial status as given");
}

/// Another source may not hang a dependent it would own under an element a source owns (it would
/// block the owner's delete); a requester without a source may, and the dependent goes with it.
pub async fn dependents_of_owned_elements_stay_with_their_owner(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let (source_a, source_b) = (metadata_source("A"), metadata_source("B"));
    let (as_a, as_b, steward) = (for_source("user-a", &source_a), for_source("user-b", &source_b), user("steward"));
    let process = new_element(store, &as_a, "Process", "dependents::etl").await;
    let port = |name: &str| NewElement {
        parent: Some(ParentRelationship {
            parent_guid: process.clone(),
            relationship_type: "ProcessPort".to_owned(),
            properties: ElementProperties::new(),
            parent_at_end1: true,
        }),
        ..NewElement::new("Port", named(name))
    };
    let anchored = NewElement::new("GlossaryTerm", named("dependents::note")).with_anchor(&process);
    for (what, op) in [
        ("a port under source A's process", WriteOp::CreateElement(port("dependents::b-port"))),
        ("an element anchored to source A's process", WriteOp::CreateElement(anchored)),
    ] {
        check_refused(
            store,
            &as_b,
            Refused::new(format!("{what} created by source B"), Refusal::NotAuthorized, vec![op])
                .naming(&[&process])
                .watching(&[&process]),
        )
        .await;
    }
    let own_port = created(store, &as_a, WriteOp::CreateElement(port("dependents::a-port"))).await;
    let local_port = created(store, &steward, WriteOp::CreateElement(port("dependents::local-port"))).await;
    assert_eq!(element(store, &local_port).await.owning_source(), None, "expected a local dependent");
    let outcome = run_one(store, &as_a, delete(&process, DeleteMethod::SoftDelete)).await;
    assert_changed(&outcome, "the owner's delete of its process");
    for guid in [&process, &own_port, &local_port] {
        assert!(!visible(store, guid).await, "expected {guid} to go with the process");
    }
}

/// Elements and relationships owned by a metadata source refuse changes from any other requester.
pub async fn owned_elements_refuse_other_sources(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let (source_a, source_b) = (metadata_source("A"), metadata_source("B"));
    let (as_a, as_b, steward) = (for_source("user-a", &source_a), for_source("user-b", &source_b), user("steward"));

    let owned = new_element(store, &as_a, "DataSet", "owned::sales").await;
    run(
        store,
        &as_a,
        vec![
            classify(&owned, "Ownership", ElementProperties::new().with("owner", "ann"), false),
            publish(&owned, &["z0"]),
        ],
    )
    .await;
    let writes = |guid: &str| -> Vec<(&'static str, WriteOp)> {
        vec![
            ("an update", update(guid, ElementProperties::new().with("description", "changed"), true)),
            ("a status update", set_status(guid, ElementStatus::Deprecated)),
            (
                "a classification",
                classify(guid, "Confidentiality", ElementProperties::new().with("levelIdentifier", 2), false),
            ),
            ("a declassification", declassify(guid, "Ownership")),
            ("a publish", publish(guid, &["z1"])),
            ("a withdraw", withdraw(guid, &["z0"])),
            ("a delete", delete(guid, DeleteMethod::SoftDelete)),
        ]
    };
    for (who, context) in [("source B", &as_b), ("a requester without a source", &steward)] {
        for (what, op) in writes(&owned) {
            check_refused(
                store,
                context,
                Refused::new(
                    format!("{what} by {who} of an element owned by source A"),
                    Refusal::NotAuthorized,
                    vec![op],
                )
                .naming(&[&owned])
                .watching(&[&owned]),
            )
            .await;
        }
    }
    for (what, op) in writes(&owned) {
        let outcome = run_one(store, &as_a, op).await;
        assert_changed(&outcome, &format!("{what} by the owning source"));
    }
    assert!(!visible(store, &owned).await, "expected the owner's delete to have removed the element");

    let shared = new_element(store, &steward, "DataSet", "owned::local").await;
    for (who, context) in [("source A", &as_a), ("source B", &as_b), ("a requester without a source", &steward)] {
        let outcome =
            run_one(store, context, update(&shared, ElementProperties::new().with("description", who), true)).await;
        assert_changed(&outcome, &format!("an update by {who} of a local element"));
    }
    let outcome =
        run_one(store, &as_b, classify(&shared, "Ownership", ElementProperties::new().with("owner", "b"), false)).await;
    assert_changed(&outcome, "a classification by source B of a local element");
    assert_eq!(element(store, &shared).await.owning_source(), None, "expected changes to leave a local element local");

    // Relationships: created by source A, owned by A; touching source B's element is allowed.
    let mine = new_element(store, &as_a, "RelationalColumn", "owned::orders.id").await;
    let theirs = new_element(store, &as_b, "GlossaryTerm", "owned::order-number").await;
    let assignment =
        new_relationship(store, &as_a, "SemanticAssignment", &mine, &theirs, ElementProperties::new()).await;
    let by_b = vec![
        ("an update", update_relationship(&assignment, ElementProperties::new().with("description", "b"), true)),
        ("a delete", unrelate(&assignment)),
    ];
    for (what, op) in by_b {
        check_refused(
            store,
            &as_b,
            Refused::new(
                format!("{what} by source B of a relationship owned by source A"),
                Refusal::NotAuthorized,
                vec![op],
            )
            .naming(&[&assignment])
            .watching(&[&assignment, &mine, &theirs]),
        )
        .await;
    }
    let outcome = run_one(
        store,
        &as_a,
        update_relationship(&assignment, ElementProperties::new().with("description", "a"), true),
    )
    .await;
    assert_updated(&outcome, &assignment, 2, "an update by the owning source of its relationship");
    let outcome = run_one(store, &as_a, unrelate(&assignment)).await;
    assert_eq!(outcome, WriteOutcome::RelationshipDeleted { guid: assignment.clone() });
}

/// With `source_is_home = false` a source creates local elements that anyone may change, and its
/// events still name the source.
pub async fn not_home_source_creates_local_elements(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let (source_a, source_b) = (metadata_source("A"), metadata_source("B"));
    let mut visiting = for_source("user-a", &source_a);
    visiting.source_is_home = false;
    let as_b = for_source("user-b", &source_b);

    let before = latest(store).await;
    let guest = new_element(store, &visiting, "DataSet", "nothome::sales").await;
    let found = element(store, &guest).await;
    assert_eq!(found.origin.origin_category, OriginCategory::LocalCohort, "expected a local element");
    assert_eq!(found.owning_source(), None, "expected no owner");
    let events = events_after(store, before).await;
    assert_eq!(event_types(&events), [ChangeEventType::NewElement]);
    assert_eq!(
        events[0].metadata_source_guid.as_deref(),
        Some(source_a.guid.as_str()),
        "expected the event to name the requesting source even when it is not home"
    );

    for (who, context) in [("source B", &as_b), ("a requester without a source", &local())] {
        let outcome =
            run_one(store, context, update(&guest, ElementProperties::new().with("description", who), true)).await;
        assert_changed(&outcome, &format!("an update by {who} of an element created by a source that is not home"));
    }

    let home = new_element(store, &for_source("user-a", &source_a), "DataSet", "nothome::owned").await;
    let query = ElementQuery { owned_by: Some(source_a.guid.clone()), ..ElementQuery::default() };
    assert_eq!(find_names(store, &query).await, string_set(["nothome::owned"]), "expected only the home element owned");
    assert_eq!(element(store, &home).await.owning_source(), Some(source_a.guid.as_str()));

    let term = new_element(store, &visiting, "GlossaryTerm", "nothome::term").await;
    let assignment =
        new_relationship(store, &visiting, "SemanticAssignment", &guest, &term, ElementProperties::new()).await;
    let outcome = run_one(
        store,
        &as_b,
        update_relationship(&assignment, ElementProperties::new().with("description", "b"), true),
    )
    .await;
    assert_changed(&outcome, "an update by source B of a relationship created by a source that is not home");
}

// --- Classifications -------------------------------------------------------------------------------

/// Classify, reclassify (merge and replace), declassify, with their events and outcomes.
pub async fn classify_reclassify_declassify(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let column = new_element(store, &local(), "RelationalColumn", "classify::orders.id").await;
    let before = latest(store).await;

    let outcome = run_one(
        store,
        &local(),
        classify(&column, "PrimaryKey", ElementProperties::new().with("displayName", "pk"), false),
    )
    .await;
    assert_changed(&outcome, "a new PrimaryKey classification");
    let found = element(store, &column).await;
    let primary_key = found.classification("PrimaryKey").expect("expected the PrimaryKey classification attached");
    assert_eq!(primary_key.classification_properties.get_str("displayName"), Some("pk"));

    let steps: Vec<(&str, WriteOp, Option<ElementProperties>)> = vec![
        (
            "a new Ownership classification",
            classify(
                &column,
                "Ownership",
                ElementProperties::new().with("owner", "ann").with("ownerTypeName", "Person"),
                false,
            ),
            Some(ElementProperties::new().with("owner", "ann").with("ownerTypeName", "Person")),
        ),
        (
            "a merge reclassification",
            classify(&column, "Ownership", ElementProperties::new().with("owner", "bob"), true),
            Some(ElementProperties::new().with("owner", "bob").with("ownerTypeName", "Person")),
        ),
        (
            "a replace reclassification",
            classify(&column, "Ownership", ElementProperties::new().with("ownerPropertyName", "name"), false),
            Some(ElementProperties::new().with("ownerPropertyName", "name")),
        ),
        ("a declassification", declassify(&column, "Ownership"), None),
    ];
    for (what, op, expected) in steps {
        let outcome = run_one(store, &local(), op).await;
        assert_changed(&outcome, what);
        let found = element(store, &column).await;
        let attached = found.classification("Ownership").map(|ownership| ownership.classification_properties.clone());
        assert_eq!(attached, expected, "expected the Ownership classification after {what}");
        assert!(found.classification("PrimaryKey").is_some(), "expected {what} to leave PrimaryKey alone");
    }
    let outcome = run_one(store, &local(), declassify(&column, "Ownership")).await;
    assert_unchanged(&outcome, &column, "declassifying what is no longer attached");

    let events = events_after(store, before).await;
    assert_eq!(
        event_types(&events),
        [
            ChangeEventType::ClassifiedElement,
            ChangeEventType::ClassifiedElement,
            ChangeEventType::ReclassifiedElement,
            ChangeEventType::ReclassifiedElement,
            ChangeEventType::DeclassifiedElement,
        ],
        "expected one classification event per change"
    );
    let names: Vec<Option<&str>> = events.iter().map(|event| event.classification_name.as_deref()).collect();
    assert_eq!(
        names,
        [Some("PrimaryKey"), Some("Ownership"), Some("Ownership"), Some("Ownership"), Some("Ownership")],
        "expected each classification event to name its classification"
    );
    for event in &events {
        assert_eq!(event.guid, column, "expected classification events about the classified element");
        assert_eq!(event.type_name, "RelationalColumn", "expected classification events to carry the element's type");
    }

    let key_pattern = ElementProperties::new().with("keyPattern", "NATURAL_KEY");
    run_one(store, &local(), classify(&column, "PrimaryKey", key_pattern, false)).await;
    let found = element(store, &column).await;
    let primary_key = found.classification("PrimaryKey").expect("expected the PrimaryKey classification");
    assert_eq!(
        primary_key.classification_properties.get("keyPattern").and_then(PropertyValue::as_str),
        Some("NATURAL_KEY"),
        "expected the enum value of the classification"
    );
    assert_eq!(
        primary_key.classification_properties.get("displayName"),
        None,
        "expected a replace to drop displayName"
    );

    let with_initial = created(
        store,
        &local(),
        WriteOp::CreateElement(
            NewElement::new("RelationalColumn", named("classify::orders.total"))
                .with_classification("Ownership", ElementProperties::new().with("owner", "ann")),
        ),
    )
    .await;
    let found = element(store, &with_initial).await;
    assert_eq!(
        found.classification("Ownership").map(|ownership| ownership.classification_properties.clone()),
        Some(ElementProperties::new().with("owner", "ann")),
        "expected an initial classification attached at creation"
    );
}

/// Classifications are validated: known type, valid for the element's type, known attributes of
/// the right types; `Anchors` and `Memento` belong to the store.
pub async fn classification_validation(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let column = new_element(store, &local(), "RelationalColumn", "classval::orders.id").await;
    let table = new_element(store, &local(), "RelationalTable", "classval::orders").await;
    let file = new_element(store, &local(), "DataFile", "classval::orders.dat").await;
    let csv = new_element(store, &local(), "CSVFile", "classval::orders.csv").await;
    let (missing, new_file) = (new_guid(), new_guid());
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "PrimaryKey on a DataFile",
                Refusal::Invalid,
                vec![classify(&file, "PrimaryKey", ElementProperties::new(), false)],
            )
            .naming(&["PrimaryKey"])
            .watching(&[&file]),
            Refused::new(
                "PrimaryKey on a RelationalTable",
                Refusal::Invalid,
                vec![classify(&table, "PrimaryKey", ElementProperties::new(), false)],
            )
            .naming(&["PrimaryKey"])
            .watching(&[&table]),
            Refused::new(
                "an unknown classification",
                Refusal::Invalid,
                vec![classify(&column, "NoSuchClassification", ElementProperties::new(), false)],
            )
            .naming(&["NoSuchClassification"])
            .watching(&[&column]),
            Refused::new(
                "an entity type used as a classification",
                Refusal::Invalid,
                vec![classify(&column, "DataSet", ElementProperties::new(), false)],
            )
            .naming(&["DataSet"])
            .watching(&[&column]),
            Refused::new(
                "a classification with an unknown attribute",
                Refusal::Invalid,
                vec![classify(&column, "Ownership", ElementProperties::new().with("colour", "blue"), false)],
            )
            .naming(&["colour"])
            .watching(&[&column]),
            Refused::new(
                "a classification attribute of the wrong type",
                Refusal::Invalid,
                vec![classify(
                    &column,
                    "Confidentiality",
                    ElementProperties::new().with("levelIdentifier", "high"),
                    false,
                )],
            )
            .naming(&["levelIdentifier"])
            .watching(&[&column]),
            Refused::new(
                "an Anchors classification set directly",
                Refusal::Invalid,
                vec![classify(&column, "Anchors", ElementProperties::new().with("anchorGUID", table.as_str()), false)],
            )
            .naming(&["Anchors"])
            .watching(&[&column, &table]),
            Refused::new(
                "a Memento classification set directly",
                Refusal::Invalid,
                vec![classify(&column, MEMENTO_CLASSIFICATION, ElementProperties::new(), false)],
            )
            .naming(&[MEMENTO_CLASSIFICATION])
            .watching(&[&column]),
            Refused::new(
                "a new DataFile with an initial PrimaryKey",
                Refusal::Invalid,
                vec![WriteOp::CreateElement(
                    NewElement::new("DataFile", named("classval::new.dat"))
                        .with_guid(&new_file)
                        .with_classification("PrimaryKey", ElementProperties::new()),
                )],
            )
            .naming(&["PrimaryKey"])
            .watching(&[&new_file]),
            Refused::new(
                "a classification of a missing element",
                Refusal::NotFound,
                vec![classify(&missing, "Ownership", ElementProperties::new().with("owner", "ann"), false)],
            )
            .naming(&[&missing]),
        ],
    )
    .await;
    assert_eq!(by_name(store, "classval::new.dat").await, None, "expected no element from the refused create");

    let accepted: Vec<(&str, &str, ElementProperties)> = vec![
        (&column, "PrimaryKey", ElementProperties::new().with("displayName", "pk")),
        (&csv, "DataAssetEncoding", ElementProperties::new().with("encodingType", "UTF-8")),
        (&table, "CalculatedValue", ElementProperties::new().with("formula", "select * from orders")),
        (&file, "Ownership", ElementProperties::new().with("owner", "ann")),
    ];
    for (guid, name, properties) in accepted {
        let outcome = run_one(store, &local(), classify(guid, name, properties.clone(), false)).await;
        assert_changed(&outcome, &format!("a valid {name} classification"));
        let found = element(store, guid).await;
        assert_eq!(
            found.classification(name).map(|attached| attached.classification_properties.clone()),
            Some(properties),
            "expected the {name} classification with its properties"
        );
    }
}

// --- Relationships ---------------------------------------------------------------------------------

/// A relationship is created, read, updated (merge, replace, unchanged) and deleted, with events.
pub async fn relationships_create_update_delete(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let column = new_element(store, &local(), "RelationalColumn", "relate::orders.id").await;
    let term = new_element(store, &local(), "GlossaryTerm", "relate::order-number").await;
    let properties = ElementProperties::new().with("description", "means").with("confidence", PropertyValue::Int(80));

    let before = latest(store).await;
    let outcome =
        run_one(store, &user("alice"), relate("SemanticAssignment", &column, &term, properties.clone())).await;
    let WriteOutcome::RelationshipCreated { guid } = outcome else {
        panic!("expected RelationshipCreated, got {outcome:?}")
    };
    let found = relationship(store, &guid).await;
    assert_eq!(found.guid, guid);
    assert_eq!(found.type_name(), "SemanticAssignment");
    assert_eq!(found.relationship_type.type_category, Some(TypeCategory::Relationship), "expected a relationship type");
    assert_eq!(found.element_at_end1.guid, column, "expected the column at end 1");
    assert_eq!(found.element_at_end2.guid, term, "expected the term at end 2");
    assert_eq!(found.element_at_end1.element_type.type_name, "RelationalColumn");
    assert_eq!(found.element_at_end2.element_type.type_name, "GlossaryTerm");
    assert_eq!(found.relationship_properties, properties, "expected the relationship properties as written");
    assert_eq!(found.versions.version, 1, "expected a new relationship at version 1");
    assert_eq!(found.versions.created_by, "alice");
    if let Some(label) = &found.label_at_end1 {
        assert_eq!(label, "assignedDataAssetElements", "expected end 1's attribute name as its label");
    }
    if let Some(label) = &found.label_at_end2 {
        assert_eq!(label, "meaning", "expected end 2's attribute name as its label");
    }
    assert_eq!(found.other_end(&column).map(|stub| stub.guid.as_str()), Some(term.as_str()));

    let outcome =
        run_one(store, &local(), update_relationship(&guid, ElementProperties::new().with("confidence", 90), true))
            .await;
    assert_updated(&outcome, &guid, 2, "a merge update of a relationship");
    assert_eq!(
        relationship(store, &guid).await.relationship_properties,
        ElementProperties::new().with("description", "means").with("confidence", 90),
        "expected a merge to overlay the relationship's properties"
    );
    let replacement = ElementProperties::new().with("steward", "ann");
    let outcome = run_one(store, &local(), update_relationship(&guid, replacement.clone(), false)).await;
    assert_updated(&outcome, &guid, 3, "a replace update of a relationship");
    assert_eq!(relationship(store, &guid).await.relationship_properties, replacement, "expected replaced properties");
    let outcome = run_one(store, &local(), update_relationship(&guid, replacement.clone(), true)).await;
    assert_unchanged(&outcome, &guid, "an identical relationship update");

    let missing = new_guid();
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "a relationship update with an unknown attribute",
                Refusal::Invalid,
                vec![update_relationship(&guid, ElementProperties::new().with("colour", "blue"), true)],
            )
            .naming(&["colour"])
            .watching(&[&guid]),
            Refused::new(
                "an update of a missing relationship",
                Refusal::NotFound,
                vec![update_relationship(&missing, replacement.clone(), true)],
            )
            .naming(&[&missing]),
        ],
    )
    .await;

    let outcome = run_one(store, &local(), unrelate(&guid)).await;
    assert_eq!(outcome, WriteOutcome::RelationshipDeleted { guid: guid.clone() }, "expected RelationshipDeleted");
    assert_eq!(ok(store.get_relationship(&local(), &guid).await, "get_relationship"), None, "expected it gone");
    assert!(related(store, &RelatedElementsQuery::new(&column, None)).await.is_empty(), "expected no related element");
    assert!(visible(store, &column).await && visible(store, &term).await, "expected both ends to remain");

    let events = events_after(store, before).await;
    assert_eq!(
        event_types(&events),
        [
            ChangeEventType::NewRelationship,
            ChangeEventType::UpdatedRelationship,
            ChangeEventType::UpdatedRelationship,
            ChangeEventType::DeletedRelationship
        ],
        "expected the relationship's events"
    );
    for event in &events {
        assert_eq!(event.guid, guid, "expected relationship events to carry the relationship's GUID");
        assert_eq!(event.type_name, "SemanticAssignment", "expected relationship events to carry its type");
        assert_eq!(event.end1, Some((column.clone(), "RelationalColumn".to_owned())), "expected end 1 in the event");
        assert_eq!(event.end2, Some((term.clone(), "GlossaryTerm".to_owned())), "expected end 2 in the event");
    }

    check_refused(
        store,
        &local(),
        Refused::new("a delete of a deleted relationship", Refusal::NotFound, vec![unrelate(&guid)]).naming(&[&guid]),
    )
    .await;
    check_refused(
        store,
        &local(),
        Refused::new("a delete of an unknown relationship", Refusal::NotFound, vec![unrelate(&missing)])
            .naming(&[&missing]),
    )
    .await;
}

/// Both ends must exist and be visible; otherwise nothing is created.
pub async fn relationship_to_missing_element_is_refused_and_nothing_changes(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let column = new_element(store, &local(), "RelationalColumn", "relmissing::orders.id").await;
    let term = new_element(store, &local(), "GlossaryTerm", "relmissing::order-number").await;
    let mut gone = Vec::new();
    for method in [DeleteMethod::SoftDelete, DeleteMethod::Archive, DeleteMethod::Purge] {
        let guid = new_element(store, &local(), "RelationalColumn", &format!("relmissing::{method:?}")).await;
        run_one(store, &local(), delete(&guid, method)).await;
        gone.push((method, guid));
    }
    let (missing, new_column) = (new_guid(), new_guid());
    let mut cases = vec![
        Refused::new(
            "a relationship with a missing element at end 1",
            Refusal::NotFound,
            vec![relate("SemanticAssignment", &missing, &term, ElementProperties::new())],
        )
        .naming(&[&missing])
        .watching(&[&term]),
        Refused::new(
            "a relationship with a missing element at end 2",
            Refusal::NotFound,
            vec![relate("ForeignKey", &column, &missing, ElementProperties::new())],
        )
        .naming(&[&missing])
        .watching(&[&column]),
        Refused::new(
            "a batch creating an element and relating it to a missing one",
            Refusal::NotFound,
            vec![
                create_with_guid(&new_column, "RelationalColumn", named("relmissing::new")),
                relate("ForeignKey", &new_column, &missing, ElementProperties::new()),
            ],
        )
        .naming(&[&missing])
        .watching(&[&new_column]),
    ];
    for (method, guid) in &gone {
        cases.push(
            Refused::new(
                format!("a relationship to an element removed by {method:?}"),
                Refusal::NotFound,
                vec![relate("SemanticAssignment", guid, &term, ElementProperties::new())],
            )
            .naming(&[guid])
            .watching(&[guid, &term]),
        );
    }
    check_all_refused(store, &local(), cases).await;
    assert_eq!(by_name(store, "relmissing::new").await, None, "expected no element from the refused batch");
    assert!(related(store, &RelatedElementsQuery::new(&term, None)).await.is_empty(), "expected no relationship");
    assert!(related(store, &RelatedElementsQuery::new(&column, None)).await.is_empty(), "expected no relationship");
}

/// The ends of a relationship must be of the types its definition names (subtypes allowed).
pub async fn relationship_end_types_are_checked(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let table = new_element(store, &local(), "RelationalTable", "ends::orders").await;
    let column = new_element(store, &local(), "RelationalColumn", "ends::orders.id").await;
    let other = new_element(store, &local(), "RelationalColumn", "ends::customers.id").await;
    let folder = new_element(store, &local(), "DataFolder", "ends::landing").await;
    let csv = new_element(store, &local(), "CSVFile", "ends::orders.csv").await;
    let data_set = new_element(store, &local(), "DataSet", "ends::sales").await;
    let cases: Vec<(&str, &str, &str)> = vec![
        ("ForeignKey", &table, &column),
        ("ForeignKey", &column, &table),
        ("NestedFile", &csv, &folder),
        ("SemanticAssignment", &column, &data_set),
        ("AttributeForSchema", &table, &column),
    ];
    check_all_refused(
        store,
        &local(),
        cases
            .into_iter()
            .map(|(type_name, end1, end2)| {
                Refused::new(
                    format!("a {type_name} from {end1} to {end2}"),
                    Refusal::Invalid,
                    vec![relate(type_name, end1, end2, ElementProperties::new())],
                )
                .naming(&[type_name])
                .watching(&[end1, end2])
            })
            .collect(),
    )
    .await;
    for guid in [&table, &column, &other, &folder, &csv, &data_set] {
        assert!(related(store, &RelatedElementsQuery::new(guid, None)).await.is_empty(), "expected no relationship");
    }
    new_relationship(store, &local(), "ForeignKey", &column, &other, ElementProperties::new()).await;
    new_relationship(store, &local(), "NestedFile", &folder, &csv, ElementProperties::new()).await;
    new_relationship(store, &local(), "NestedSchemaAttribute", &table, &column, ElementProperties::new()).await;
}

/// An end declared `0..1` allows one element there for each element at the other end.
pub async fn relationship_cardinality_is_enforced(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let mut guids = BTreeMap::new();
    for (type_name, name) in [
        ("RelationalTable", "orders"),
        ("RelationalTable", "customers"),
        ("RelationalColumn", "id"),
        ("RelationalColumn", "total"),
        ("RelationalDBSchemaType", "sales-type"),
        ("RelationalDBSchemaType", "hr-type"),
        ("DeployedDatabaseSchema", "sales"),
        ("DeployedDatabaseSchema", "hr"),
    ] {
        guids.insert(name, new_element(store, &local(), type_name, &format!("cardinality::{name}")).await);
    }
    let guid = |name: &str| guids[name].clone();

    let nested = new_relationship(
        store,
        &local(),
        "NestedSchemaAttribute",
        &guid("orders"),
        &guid("id"),
        ElementProperties::new(),
    )
    .await;
    new_relationship(
        store,
        &local(),
        "NestedSchemaAttribute",
        &guid("orders"),
        &guid("total"),
        ElementProperties::new(),
    )
    .await;
    new_relationship(
        store,
        &local(),
        "AttributeForSchema",
        &guid("sales-type"),
        &guid("orders"),
        ElementProperties::new(),
    )
    .await;
    new_relationship(store, &local(), "Schema", &guid("sales"), &guid("sales-type"), ElementProperties::new()).await;

    let cases: Vec<(&str, &str, &str, &str, &str)> = vec![
        ("a second parent attribute for a column", "NestedSchemaAttribute", "customers", "id", "id"),
        ("a second parent schema for a table", "AttributeForSchema", "hr-type", "orders", "orders"),
        ("a second schema type for a schema", "Schema", "sales", "hr-type", "sales"),
        ("a schema type describing a second schema", "Schema", "hr", "sales-type", "sales-type"),
    ];
    for (what, type_name, end1, end2, crowded) in cases {
        let error = check_refused(
            store,
            &local(),
            Refused::new(
                what,
                Refusal::Invalid,
                vec![relate(type_name, &guid(end1), &guid(end2), ElementProperties::new())],
            )
            .watching(&[guid(end1), guid(end2)]),
        )
        .await;
        assert_names_any(&error, &[type_name, &guid(crowded)], what);
    }
    assert_eq!(
        related_names(store, &RelatedElementsQuery::new(guid("id"), Some("NestedSchemaAttribute"))).await,
        string_set(["cardinality::orders"]),
        "expected the column still to have one parent attribute"
    );

    new_relationship(store, &local(), "Schema", &guid("hr"), &guid("hr-type"), ElementProperties::new()).await;
    run_one(store, &local(), unrelate(&nested)).await;
    new_relationship(
        store,
        &local(),
        "NestedSchemaAttribute",
        &guid("customers"),
        &guid("id"),
        ElementProperties::new(),
    )
    .await;
}

/// A relationship type that is not multi-link joins two elements once: the same request again is
/// `Unchanged`, one with other properties is refused.
pub async fn duplicate_relationship_is_not_created_twice(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let column = new_element(store, &local(), "RelationalColumn", "duprel::orders.customer").await;
    let key = new_element(store, &local(), "RelationalColumn", "duprel::customers.id").await;
    let term = new_element(store, &local(), "GlossaryTerm", "duprel::customer").await;
    let pairs: [(&str, &str, &str, ElementProperties); 2] = [
        ("SemanticAssignment", &column, &term, ElementProperties::new().with("description", "d")),
        ("ForeignKey", &column, &key, ElementProperties::new().with("displayName", "fk")),
    ];
    for (type_name, end1, end2, properties) in pairs {
        let existing = new_relationship(store, &local(), type_name, end1, end2, properties.clone()).await;
        let before = latest(store).await;
        let outcome = run_one(store, &local(), relate(type_name, end1, end2, properties.clone())).await;
        assert_unchanged(&outcome, &existing, &format!("the same {type_name} again"));
        assert_eq!(latest(store).await, before, "expected the same {type_name} again to add no event");
        let error = check_refused(
            store,
            &local(),
            Refused::new(
                format!("the same {type_name} with other properties"),
                Refusal::Invalid,
                vec![relate(type_name, end1, end2, ElementProperties::new().with("description", "other"))],
            )
            .watching(&[&existing, end1, end2]),
        )
        .await;
        assert_names_any(&error, &[type_name, &existing, end1, end2], &format!("a duplicate {type_name}"));
        let found = related(store, &RelatedElementsQuery::new(end1, Some(type_name))).await;
        assert_eq!(found.len(), 1, "expected one {type_name} between the two elements, got {found:?}");
        assert_eq!(found[0].relationship.guid, existing);
    }

    let other_term = new_element(store, &local(), "GlossaryTerm", "duprel::order").await;
    let outcomes = run(
        store,
        &local(),
        vec![
            relate("SemanticAssignment", &column, &other_term, ElementProperties::new()),
            relate("SemanticAssignment", &column, &other_term, ElementProperties::new()),
        ],
    )
    .await;
    let WriteOutcome::RelationshipCreated { guid } = &outcomes[0] else {
        panic!("expected RelationshipCreated, got {outcomes:?}")
    };
    assert_unchanged(&outcomes[1], guid, "the same relationship twice in one batch");
}

/// Multi-link relationship types may join the same two elements several times.
pub async fn multi_link_relationships_allow_several(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let source = new_element(store, &local(), "Process", "multilink::extract").await;
    let target = new_element(store, &local(), "Process", "multilink::load").await;
    for type_name in ["DataFlow", "ControlFlow", "ProcessCall", "LineageMapping"] {
        let first = new_relationship(
            store,
            &local(),
            type_name,
            &source,
            &target,
            ElementProperties::new().with("label", "first"),
        )
        .await;
        let second = new_relationship(
            store,
            &local(),
            type_name,
            &source,
            &target,
            ElementProperties::new().with("label", "second"),
        )
        .await;
        assert_ne!(first, second, "expected two distinct {type_name} relationships");
        let found = related(store, &RelatedElementsQuery::new(&source, Some(type_name))).await;
        assert_eq!(
            string_set(found.iter().map(|related| related.relationship.guid.as_str())),
            string_set([&first, &second]),
            "expected both {type_name} relationships"
        );
        assert!(found.iter().all(|related| related.element.guid == target), "expected both to lead to the target");
        let labels = string_set(
            found.iter().filter_map(|related| related.relationship.relationship_properties.get_str("label")),
        );
        assert_eq!(labels, string_set(["first", "second"]), "expected each {type_name} with its own label");
    }
}

// --- Parents, anchors and deletes ------------------------------------------------------------------

/// An element created with a parent gets its parent relationship in the same write, and an anchor:
/// the parent's anchor, or the parent itself, unless it is its own anchor or names one.
pub async fn parent_relationship_and_anchor(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let process = new_element(store, &local(), "Process", "parent::etl").await;

    let before = latest(store).await;
    let port = new_child(store, &local(), "Port", "parent::etl.in", &process, "ProcessPort").await;
    let events = events_after(store, before).await;
    assert_eq!(count_events(&events, ChangeEventType::NewElement), 1, "expected one NEW_ELEMENT event: {events:?}");
    assert_eq!(
        count_events(&events, ChangeEventType::NewRelationship),
        1,
        "expected one NEW_RELATIONSHIP event: {events:?}"
    );
    let new_relationship_event = events
        .iter()
        .find(|event| event.event_type == ChangeEventType::NewRelationship)
        .expect("expected a NEW_RELATIONSHIP event");
    assert_eq!(new_relationship_event.type_name, "ProcessPort");
    assert_eq!(
        new_relationship_event.end1,
        Some((process.clone(), "Process".to_owned())),
        "expected the parent at end 1"
    );
    assert_eq!(new_relationship_event.end2, Some((port.clone(), "Port".to_owned())), "expected the child at end 2");
    assert_eq!(element(store, &port).await.anchor_guid(), Some(process.as_str()), "expected the parent as anchor");
    assert_eq!(element(store, &process).await.anchor_guid(), None, "expected no anchor on an element without parent");
    let found = related(store, &RelatedElementsQuery::new(&process, Some("ProcessPort"))).await;
    assert_eq!(found.len(), 1, "expected the parent relationship, got {found:?}");
    assert_eq!(found[0].element.guid, port);
    assert!(!found[0].element_at_end1, "expected the child at end 2 of the parent relationship");

    let tree = schema_tree(store, &local(), "parent").await;
    for guid in [&tree.schema_type, &tree.table, &tree.columns[0], &tree.columns[1]] {
        assert_eq!(
            element(store, guid).await.anchor_guid(),
            Some(tree.schema.as_str()),
            "expected every element of the tree anchored to the schema (the parent's anchor)"
        );
    }

    let mut own = NewElement::new("RelationalColumn", named("parent::own-anchor"))
        .with_parent(&tree.table, "NestedSchemaAttribute");
    own.is_own_anchor = true;
    let own = created(store, &local(), WriteOp::CreateElement(own)).await;
    assert_eq!(
        element(store, &own).await.anchor_guid(),
        None,
        "expected no anchor for an element that is its own anchor"
    );
    assert_eq!(
        related_names(store, &RelatedElementsQuery::new(&own, Some("NestedSchemaAttribute"))).await,
        string_set(["parent::orders"]),
        "expected the parent relationship of an element that is its own anchor"
    );

    let explicit = created(
        store,
        &local(),
        WriteOp::CreateElement(NewElement::new("GlossaryTerm", named("parent::explicit")).with_anchor(&process)),
    )
    .await;
    assert_eq!(element(store, &explicit).await.anchor_guid(), Some(process.as_str()), "expected the explicit anchor");

    let term = new_element(store, &local(), "GlossaryTerm", "parent::term").await;
    let child_at_end1 = NewElement {
        parent: Some(ParentRelationship {
            parent_guid: term.clone(),
            relationship_type: "SemanticAssignment".to_owned(),
            properties: ElementProperties::new().with("description", "defined by"),
            parent_at_end1: false,
        }),
        ..NewElement::new("DataSet", named("parent::sales"))
    };
    let data_set = created(store, &local(), WriteOp::CreateElement(child_at_end1)).await;
    let found = related(store, &RelatedElementsQuery::new(&term, Some("SemanticAssignment"))).await;
    assert_eq!(found.len(), 1, "expected the parent relationship, got {found:?}");
    let assignment = &found[0].relationship;
    assert_eq!(assignment.element_at_end1.guid, data_set, "expected the child at end 1 when the parent is not");
    assert_eq!(assignment.element_at_end2.guid, term, "expected the parent at end 2");
    assert_eq!(
        assignment.relationship_properties.get_str("description"),
        Some("defined by"),
        "expected its properties"
    );
    assert_eq!(element(store, &data_set).await.anchor_guid(), Some(term.as_str()), "expected the parent as anchor");

    let (missing, child) = (new_guid(), new_guid());
    check_all_refused(
        store,
        &local(),
        vec![
            Refused::new(
                "a create with a missing parent",
                Refusal::NotFound,
                vec![WriteOp::CreateElement(
                    NewElement::new("Port", named("parent::orphan"))
                        .with_guid(&child)
                        .with_parent(&missing, "ProcessPort"),
                )],
            )
            .naming(&[&missing])
            .watching(&[&child]),
            Refused::new(
                "a create with a missing anchor",
                Refusal::NotFound,
                vec![WriteOp::CreateElement(
                    NewElement::new("GlossaryTerm", named("parent::adrift")).with_guid(&child).with_anchor(&missing),
                )],
            )
            .naming(&[&missing])
            .watching(&[&child]),
            Refused::new(
                "a create whose parent relationship has a wrong end type",
                Refusal::Invalid,
                vec![WriteOp::CreateElement(
                    NewElement::new("Port", named("parent::misplaced"))
                        .with_guid(&child)
                        .with_parent(&term, "ProcessPort"),
                )],
            )
            .naming(&["ProcessPort"])
            .watching(&[&child, &term]),
        ],
    )
    .await;
    for name in ["parent::orphan", "parent::adrift", "parent::misplaced"] {
        assert_eq!(by_name(store, name).await, None, "expected no element {name} after the refusal");
    }
}

/// Deleting an element removes, recursively, every element anchored to it or created with it as
/// parent, and the relationships of every removed element; an owner elsewhere blocks it all.
pub async fn cascade_delete_of_anchored_elements(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();

    // Deleting the table removes its columns, not the schema type or the schema.
    let tree = schema_tree(store, &local(), "cascade-table").await;
    let outside = new_element(store, &local(), "RelationalColumn", "cascade-table::customers.id").await;
    let foreign_key =
        new_relationship(store, &local(), "ForeignKey", &tree.columns[0], &outside, ElementProperties::new()).await;
    let mut doomed_relationships = relationship_guids(store, &tree.table).await;
    for column in &tree.columns {
        doomed_relationships.extend(relationship_guids(store, column).await);
    }
    assert_eq!(doomed_relationships.len(), 4, "expected the table's 3 parent relationships and the foreign key");
    assert!(doomed_relationships.contains(&foreign_key));
    let before = latest(store).await;
    let outcome = run_one(store, &local(), delete(&tree.table, DeleteMethod::SoftDelete)).await;
    let removed = string_set([&tree.table, &tree.columns[0], &tree.columns[1]]);
    assert_eq!(deleted_guids(&outcome, &tree.table), removed, "expected the table and its columns removed");
    for guid in &removed {
        assert!(!visible(store, guid).await, "expected {guid} hidden after the cascade");
        let deleted = element_with(store, guid, GetOptions { include_deleted: true, ..GetOptions::default() }).await;
        assert_eq!(deleted.map(|found| found.status), Some(ElementStatus::Deleted), "expected {guid} soft-deleted");
    }
    for guid in [&tree.schema, &tree.schema_type, &outside] {
        assert!(visible(store, guid).await, "expected {guid} to survive the deletion of the table");
    }
    for guid in &doomed_relationships {
        assert_eq!(
            ok(store.get_relationship(&local(), guid).await, "get_relationship"),
            None,
            "expected {guid} removed"
        );
    }
    assert!(
        related(store, &RelatedElementsQuery::new(&outside, None)).await.is_empty(),
        "expected the foreign key gone"
    );
    let events = events_after(store, before).await;
    assert_eq!(
        event_guids(&events, ChangeEventType::DeletedElement),
        removed,
        "expected one DELETED_ELEMENT per element"
    );
    assert_eq!(
        event_guids(&events, ChangeEventType::DeletedRelationship),
        doomed_relationships,
        "expected one DELETED_RELATIONSHIP per removed relationship"
    );

    // Deleting the schema removes the whole tree, but not an element that is its own anchor.
    let tree = schema_tree(store, &local(), "cascade-schema").await;
    let mut own = NewElement::new("RelationalTable", named("cascade-schema::own"))
        .with_parent(&tree.schema_type, "AttributeForSchema");
    own.is_own_anchor = true;
    let own = created(store, &local(), WriteOp::CreateElement(own)).await;
    let mut doomed_relationships = BTreeSet::new();
    for guid in tree.all() {
        doomed_relationships.extend(relationship_guids(store, &guid).await);
    }
    assert_eq!(doomed_relationships.len(), 5, "expected the tree's 4 parent relationships and the own-anchor one");
    let before = latest(store).await;
    let outcome = run_one(store, &local(), delete(&tree.schema, DeleteMethod::SoftDelete)).await;
    assert_eq!(deleted_guids(&outcome, &tree.schema), tree.all(), "expected the whole tree removed");
    for guid in tree.all() {
        assert!(!visible(store, &guid).await, "expected {guid} hidden after the cascade");
    }
    assert!(visible(store, &own).await, "expected an element that is its own anchor to survive");
    assert!(
        related(store, &RelatedElementsQuery::new(&own, None)).await.is_empty(),
        "expected its parent link removed"
    );
    let events = events_after(store, before).await;
    assert_eq!(event_guids(&events, ChangeEventType::DeletedElement), tree.all());
    assert_eq!(event_guids(&events, ChangeEventType::DeletedRelationship), doomed_relationships);

    // An element anchored through an explicit anchor goes with its anchor too.
    let anchor = new_element(store, &local(), "Process", "cascade-anchor::etl").await;
    let attached = created(
        store,
        &local(),
        WriteOp::CreateElement(NewElement::new("GlossaryTerm", named("cascade-anchor::note")).with_anchor(&anchor)),
    )
    .await;
    let outcome = run_one(store, &local(), delete(&anchor, DeleteMethod::Purge)).await;
    assert_eq!(
        deleted_guids(&outcome, &anchor),
        string_set([&anchor, &attached]),
        "expected the anchored element removed"
    );

    // A dependent owned by another source blocks the whole delete. (Under an element a source
    // owns, another source cannot create one: see dependents_of_owned_elements_stay_with_their_owner.
    // Under a local element it can.)
    let (source_a, source_b) = (metadata_source("A"), metadata_source("B"));
    let (as_a, as_b) = (for_source("user-a", &source_a), for_source("user-b", &source_b));
    let tree = schema_tree(store, &local(), "cascade-owned").await;
    let intruder =
        new_child(store, &as_b, "RelationalColumn", "cascade-owned::orders.note", &tree.table, "NestedSchemaAttribute")
            .await;
    assert_eq!(element(store, &intruder).await.anchor_guid(), Some(tree.schema.as_str()));
    let mut watch: Vec<Guid> = tree.all().into_iter().collect();
    watch.push(intruder.clone());
    for guid in tree.all() {
        watch.extend(relationship_guids(store, &guid).await);
    }
    for target in [&tree.schema, &tree.table] {
        check_refused(
            store,
            &as_a,
            Refused::new(
                "a cascade that reaches an element owned by another source",
                Refusal::NotAuthorized,
                vec![delete(target, DeleteMethod::SoftDelete)],
            )
            .naming(&[&intruder])
            .watching(&watch),
        )
        .await;
    }
    let outcome = run_one(store, &as_b, delete(&intruder, DeleteMethod::SoftDelete)).await;
    assert_eq!(deleted_guids(&outcome, &intruder), string_set([&intruder]));
    let outcome = run_one(store, &as_a, delete(&tree.schema, DeleteMethod::SoftDelete)).await;
    assert_eq!(
        deleted_guids(&outcome, &tree.schema),
        tree.all(),
        "expected the delete to succeed once nothing blocks it"
    );

    let missing = new_guid();
    check_refused(
        store,
        &local(),
        Refused::new(
            "a delete of a missing element",
            Refusal::NotFound,
            vec![delete(&missing, DeleteMethod::SoftDelete)],
        )
        .naming(&[&missing]),
    )
    .await;
}

/// Soft delete hides, purge removes for good, archive hides but keeps for lineage with a Memento
/// classification and the relationships.
pub async fn delete_methods(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let term = new_element(store, &local(), "GlossaryTerm", "deletes::order").await;
    let include_deleted = GetOptions { include_deleted: true, ..GetOptions::default() };
    let for_lineage = GetOptions { for_lineage: true, ..GetOptions::default() };
    for method in [DeleteMethod::SoftDelete, DeleteMethod::Purge, DeleteMethod::Archive] {
        let name = format!("deletes::{method:?}");
        let guid = new_element(store, &local(), "DataSet", &name).await;
        let assignment =
            new_relationship(store, &local(), "SemanticAssignment", &guid, &term, ElementProperties::new()).await;
        let before = latest(store).await;
        let outcome = run_one(store, &local(), delete(&guid, method)).await;
        assert_eq!(deleted_guids(&outcome, &guid), string_set([&guid]), "expected {method:?} to remove the element");

        assert_eq!(
            element_with(store, &guid, GetOptions::default()).await,
            None,
            "expected {method:?} to hide the element"
        );
        assert_eq!(by_name(store, &name).await, None, "expected no unique-name match after {method:?}");
        let listed = ok(store.get_elements(&local(), std::slice::from_ref(&guid)).await, "get_elements");
        assert!(listed.is_empty(), "expected get_elements to leave out an element removed by {method:?}");
        assert!(
            !find_names(store, &ElementQuery::of_type("DataSet")).await.contains(&name),
            "expected a default find to leave out an element removed by {method:?}"
        );
        let deleted_query = ElementQuery { statuses: vec![ElementStatus::Deleted], ..ElementQuery::of_type("DataSet") };
        let lineage_query = ElementQuery { for_lineage: true, ..ElementQuery::of_type("DataSet") };
        let related_default = related_names(store, &RelatedElementsQuery::new(&term, None)).await;
        let related_lineage =
            related_names(store, &RelatedElementsQuery { for_lineage: true, ..RelatedElementsQuery::new(&term, None) })
                .await;
        assert!(
            !related_default.contains(&name),
            "expected related elements to leave out an element removed by {method:?}"
        );
        let events = events_after(store, before).await;
        assert_eq!(event_guids(&events, ChangeEventType::DeletedElement), string_set([&guid]));
        let relationship_now = ok(store.get_relationship(&local(), &assignment).await, "get_relationship");
        match method {
            DeleteMethod::SoftDelete => {
                let found = element_with(store, &guid, include_deleted).await;
                assert_eq!(found.map(|found| found.status), Some(ElementStatus::Deleted), "expected a DELETED element");
                assert!(
                    find_names(store, &deleted_query).await.contains(&name),
                    "expected a find for DELETED to see it"
                );
                assert_eq!(relationship_now, None, "expected the relationship removed with the element");
                assert_eq!(event_guids(&events, ChangeEventType::DeletedRelationship), string_set([&assignment]));
            }
            DeleteMethod::Purge => {
                assert_eq!(element_with(store, &guid, include_deleted).await, None, "expected a purged element gone");
                assert_eq!(element_with(store, &guid, EVERYTHING).await, None, "expected a purged element gone");
                assert!(!find_names(store, &deleted_query).await.contains(&name), "expected a purged element gone");
                assert!(!find_names(store, &lineage_query).await.contains(&name), "expected a purged element gone");
                assert!(!related_lineage.contains(&name), "expected a purged element gone");
                assert_eq!(relationship_now, None, "expected the relationship removed with the element");
                assert_eq!(event_guids(&events, ChangeEventType::DeletedRelationship), string_set([&assignment]));
            }
            DeleteMethod::Archive => {
                let found = element_with(store, &guid, for_lineage)
                    .await
                    .unwrap_or_else(|| panic!("expected an archived element to be read for lineage"));
                assert!(found.classification(MEMENTO_CLASSIFICATION).is_some(), "expected a Memento classification");
                assert!(find_names(store, &lineage_query).await.contains(&name), "expected a lineage find to see it");
                assert!(related_lineage.contains(&name), "expected a lineage read of related elements to see it");
                assert!(relationship_now.is_some(), "expected an archived element to keep its relationships");
                assert_eq!(
                    count_events(&events, ChangeEventType::DeletedRelationship),
                    0,
                    "expected no relationship removed"
                );
            }
        }
    }
    assert!(visible(store, &term).await, "expected the other end of the relationships to remain");

    // An archive with the caller's Memento properties keeps them over the defaults.
    let guid = new_element(store, &local(), "DataSet", "deletes::archive-with-properties").await;
    let memento = ElementProperties::new()
        .with("archiveProcess", "nightly-file-scan")
        .with("archiveProperties", BTreeMap::from([("reason".to_owned(), "vanished".to_owned())]));
    let archived = WriteOp::ArchiveElement { guid: guid.clone(), properties: memento };
    let outcome = run_one(store, &local(), archived).await;
    assert_eq!(deleted_guids(&outcome, &guid), string_set([&guid]), "expected the archive to remove the element");
    assert_eq!(element_with(store, &guid, GetOptions::default()).await, None, "expected the archive to hide it");
    let found = element_with(store, &guid, for_lineage).await.expect("an archived element is read for lineage");
    let memento =
        &found.classification(MEMENTO_CLASSIFICATION).expect("a Memento classification").classification_properties;
    assert_eq!(memento.get_str("archiveProcess"), Some("nightly-file-scan"));
    assert!(memento.get("archiveDate").is_some(), "expected the default archive date");
    assert_eq!(memento.get("archiveProperties").and_then(PropertyValue::as_string_map).unwrap()["reason"], "vanished");
    let bad = WriteOp::ArchiveElement {
        guid: new_element(store, &local(), "DataSet", "deletes::bad-archive").await,
        properties: ElementProperties::new().with("noSuchAttribute", "x"),
    };
    let refused = store.execute(&local(), WriteBatch::new().with(bad)).await;
    assert!(refused.is_err(), "expected an unknown Memento attribute to be refused");

    let missing = new_guid();
    check_refused(
        store,
        &local(),
        Refused::new("a purge of a missing element", Refusal::NotFound, vec![delete(&missing, DeleteMethod::Purge)])
            .naming(&[&missing]),
    )
    .await;
}

/// Publish adds zones to the ZoneMembership classification, withdraw removes them.
pub async fn publish_and_withdraw_zones(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let guid = new_element(store, &local(), "DataSet", "zones::sales").await;
    assert!(element(store, &guid).await.zone_membership().is_empty(), "expected no zone on a new element");
    let steps: Vec<(&str, WriteOp, bool, &[&str])> = vec![
        ("publishing to two zones", publish(&guid, &["finance", "sales"]), true, &["finance", "sales"]),
        ("publishing to a zone already there", publish(&guid, &["sales"]), false, &["finance", "sales"]),
        ("publishing to one new and one old zone", publish(&guid, &["sales", "hr"]), true, &["finance", "hr", "sales"]),
        ("withdrawing from one zone", withdraw(&guid, &["finance"]), true, &["hr", "sales"]),
        ("withdrawing from a zone not there", withdraw(&guid, &["finance"]), false, &["hr", "sales"]),
        ("withdrawing from every zone", withdraw(&guid, &["sales", "hr"]), true, &[]),
    ];
    for (what, op, changes, zones) in steps {
        let before = latest(store).await;
        let outcome = run_one(store, &local(), op).await;
        if changes {
            assert_changed(&outcome, what);
            assert!(latest(store).await > before, "expected {what} to add a change-log event");
        } else {
            assert_unchanged(&outcome, &guid, what);
            assert_eq!(latest(store).await, before, "expected {what} to add no change-log event");
        }
        let found = element(store, &guid).await;
        assert_eq!(string_set(found.zone_membership()), string_set(zones), "expected the zones after {what}");
    }
    let found = element(store, &guid).await;
    assert!(
        found.classification(ZONE_MEMBERSHIP_CLASSIFICATION).is_some(),
        "expected the ZoneMembership classification to stay after withdrawing from every zone"
    );
    let missing = new_guid();
    check_refused(
        store,
        &local(),
        Refused::new("a publish of a missing element", Refusal::NotFound, vec![publish(&missing, &["finance"])])
            .naming(&[&missing]),
    )
    .await;
}

// --- Finding elements ------------------------------------------------------------------------------

/// Finding one element by a unique property: qualifiedName or another property with one match.
pub async fn get_by_unique_name(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let mut guids = BTreeMap::new();
    for (name, display_name) in [("a", "Shared"), ("b", "Shared"), ("c", "Solo"), ("d", "Gone")] {
        let properties = named(&format!("unique::{name}")).with("displayName", display_name);
        guids.insert(name, created(store, &local(), create("DataSet", properties)).await);
    }
    run_one(store, &local(), delete(&guids["d"], DeleteMethod::SoftDelete)).await;

    let cases: [(&str, &str, Option<&str>); 7] = [
        ("unique::a", "qualifiedName", Some("a")),
        ("unique::c", "qualifiedName", Some("c")),
        ("unique::missing", "qualifiedName", None),
        ("unique::d", "qualifiedName", None),
        ("Solo", "displayName", Some("c")),
        ("Nobody", "displayName", None),
        ("Gone", "displayName", None),
    ];
    for (value, property, expected) in cases {
        let found = ok(store.get_element_by_unique_name(&local(), value, property).await, "get_element_by_unique_name");
        assert_eq!(
            found.map(|element| element.guid),
            expected.map(|name| guids[name].clone()),
            "expected get_element_by_unique_name({value}, {property}) to find {expected:?}"
        );
    }
    let error = store
        .get_element_by_unique_name(&local(), "Shared", "displayName")
        .await
        .expect_err("expected a refusal when two elements share the value of the property asked for");
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "expected InvalidParameter for an ambiguous name: {error}");
    assert_names_any(&error, &["Shared", "displayName"], "an ambiguous unique name");
}

/// A type filter includes subtypes, unless `skip_subtypes`; `subtype_names` restricts to subtypes.
pub async fn find_by_type_including_subtypes(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let elements = [
        ("DataFile", "bytype::orders.dat"),
        ("CSVFile", "bytype::orders.csv"),
        ("CSVFile", "bytype::customers.csv"),
        ("ParquetFile", "bytype::orders.parquet"),
        ("Database", "bytype::sales-db"),
        ("RelationalDatabase", "bytype::hr-db"),
        ("DeployedDatabaseSchema", "bytype::sales-schema"),
        ("DataSet", "bytype::report"),
        ("FileFolder", "bytype::landing"),
        ("GlossaryTerm", "bytype::order"),
        ("Process", "bytype::etl"),
    ];
    let ops = elements.iter().map(|(type_name, name)| create(type_name, named(name))).collect();
    run(store, &local(), ops).await;
    let all: Vec<&str> = elements.iter().map(|(_, name)| *name).collect();
    let of = |type_name: &str, skip_subtypes: bool, subtypes: &[&str]| ElementQuery {
        type_name: Some(type_name.to_owned()),
        skip_subtypes,
        subtype_names: strings(subtypes),
        ..ElementQuery::default()
    };
    let files = ["bytype::orders.dat", "bytype::orders.csv", "bytype::customers.csv", "bytype::orders.parquet"];
    let cases: Vec<(&str, ElementQuery, Vec<&str>)> = vec![
        ("DataFile with subtypes", of("DataFile", false, &[]), files.to_vec()),
        ("DataFile alone", of("DataFile", true, &[]), vec!["bytype::orders.dat"]),
        (
            "DataFile restricted to CSVFile",
            of("DataFile", false, &["CSVFile"]),
            vec!["bytype::orders.csv", "bytype::customers.csv"],
        ),
        (
            "DataFile restricted to CSVFile and ParquetFile",
            of("DataFile", false, &["CSVFile", "ParquetFile"]),
            vec!["bytype::orders.csv", "bytype::customers.csv", "bytype::orders.parquet"],
        ),
        ("CSVFile", of("CSVFile", false, &[]), vec!["bytype::orders.csv", "bytype::customers.csv"]),
        ("Database with subtypes", of("Database", false, &[]), vec!["bytype::sales-db", "bytype::hr-db"]),
        ("Database alone", of("Database", true, &[]), vec!["bytype::sales-db"]),
        ("DataSet with subtypes", of("DataSet", false, &[]), vec!["bytype::sales-schema", "bytype::report"]),
        ("DataStore with subtypes", of("DataStore", false, &[]), {
            let mut stores = files.to_vec();
            stores.extend(["bytype::sales-db", "bytype::hr-db", "bytype::landing"]);
            stores
        }),
        (
            "Asset with subtypes",
            of("Asset", false, &[]),
            all.iter().copied().filter(|name| *name != "bytype::order").collect(),
        ),
        ("Asset alone", of("Asset", true, &[]), vec![]),
        ("Referenceable with subtypes", of("Referenceable", false, &[]), all.clone()),
        ("GlossaryTerm", of("GlossaryTerm", false, &[]), vec!["bytype::order"]),
        ("every element", ElementQuery::default(), all.clone()),
    ];
    for (what, query, expected) in cases {
        assert_eq!(
            find_names(store, &query).await,
            string_set(expected),
            "expected a find of {what} to return exactly these"
        );
    }
}

fn condition(property: &str, operator: ComparisonOperator, value: Option<PropertyValue>) -> PropertyCondition {
    PropertyCondition { property: property.to_owned(), operator, value }
}

/// Conditions on property values with every operator, combined with ALL, ANY and NONE.
pub async fn find_by_property_value(harness: &dyn StoreHarness) {
    use ComparisonOperator as Op;
    let opened = harness.open().await;
    let store = opened.as_ref();
    let mut ops = Vec::new();
    for index in 0..10 {
        let mut properties = named(&format!("props::c{index}"))
            .with("displayName", format!("col_{index}"))
            .with("length", PropertyValue::Int(index * 10));
        if index % 2 == 0 {
            properties.insert("isNullable", index % 4 == 0);
        }
        ops.push(create("RelationalColumn", properties));
    }
    ops.push(create(
        "RelationalTable",
        named("props::table").with("displayName", "col_3").with("length", PropertyValue::Int(30)),
    ));
    run(store, &local(), ops).await;

    let columns =
        |indices: &[i32]| -> BTreeSet<String> { indices.iter().map(|index| format!("props::c{index}")).collect() };
    let int = |value: i32| Some(PropertyValue::Int(value));
    let text = |value: &str| Some(PropertyValue::from(value));
    let cases: Vec<(&str, Vec<PropertyCondition>, MatchCriteria, BTreeSet<String>)> = vec![
        ("length == 30", vec![condition("length", Op::Eq, int(30))], MatchCriteria::All, columns(&[3])),
        (
            "length != 30",
            vec![condition("length", Op::Neq, int(30))],
            MatchCriteria::All,
            columns(&[0, 1, 2, 4, 5, 6, 7, 8, 9]),
        ),
        ("length < 30", vec![condition("length", Op::Lt, int(30))], MatchCriteria::All, columns(&[0, 1, 2])),
        ("length <= 30", vec![condition("length", Op::Lte, int(30))], MatchCriteria::All, columns(&[0, 1, 2, 3])),
        ("length > 70", vec![condition("length", Op::Gt, int(70))], MatchCriteria::All, columns(&[8, 9])),
        ("length >= 70", vec![condition("length", Op::Gte, int(70))], MatchCriteria::All, columns(&[7, 8, 9])),
        (
            "displayName == col_4",
            vec![condition("displayName", Op::Eq, text("col_4"))],
            MatchCriteria::All,
            columns(&[4]),
        ),
        (
            "displayName != col_4",
            vec![condition("displayName", Op::Neq, text("col_4"))],
            MatchCriteria::All,
            columns(&[0, 1, 2, 3, 5, 6, 7, 8, 9]),
        ),
        (
            "displayName < col_2",
            vec![condition("displayName", Op::Lt, text("col_2"))],
            MatchCriteria::All,
            columns(&[0, 1]),
        ),
        (
            "displayName >= col_8",
            vec![condition("displayName", Op::Gte, text("col_8"))],
            MatchCriteria::All,
            columns(&[8, 9]),
        ),
        (
            "length in (10, 50, 99)",
            vec![condition(
                "length",
                Op::In,
                Some(PropertyValue::Array(vec![
                    PropertyValue::Int(10),
                    PropertyValue::Int(50),
                    PropertyValue::Int(99),
                ])),
            )],
            MatchCriteria::All,
            columns(&[1, 5]),
        ),
        (
            "displayName in (col_1, col_9, col_x)",
            vec![condition("displayName", Op::In, Some(PropertyValue::from(vec!["col_1", "col_9", "col_x"])))],
            MatchCriteria::All,
            columns(&[1, 9]),
        ),
        (
            "isNullable is null",
            vec![condition("isNullable", Op::IsNull, None)],
            MatchCriteria::All,
            columns(&[1, 3, 5, 7, 9]),
        ),
        (
            "isNullable is not null",
            vec![condition("isNullable", Op::NotNull, None)],
            MatchCriteria::All,
            columns(&[0, 2, 4, 6, 8]),
        ),
        (
            "displayName like _[3-5]$",
            vec![condition("displayName", Op::Like, text("_[3-5]$"))],
            MatchCriteria::All,
            columns(&[3, 4, 5]),
        ),
        (
            "qualifiedName like c[0-2]$",
            vec![condition("qualifiedName", Op::Like, text("c[0-2]$"))],
            MatchCriteria::All,
            columns(&[0, 1, 2]),
        ),
        (
            "20 <= length < 50",
            vec![condition("length", Op::Gte, int(20)), condition("length", Op::Lt, int(50))],
            MatchCriteria::All,
            columns(&[2, 3, 4]),
        ),
        (
            "length == 0 or length == 90",
            vec![condition("length", Op::Eq, int(0)), condition("length", Op::Eq, int(90))],
            MatchCriteria::Any,
            columns(&[0, 9]),
        ),
        (
            "neither length == 0 nor length == 90",
            vec![condition("length", Op::Eq, int(0)), condition("length", Op::Eq, int(90))],
            MatchCriteria::None,
            columns(&[1, 2, 3, 4, 5, 6, 7, 8]),
        ),
        (
            "displayName like col_[0-4] and isNullable is not null",
            vec![condition("displayName", Op::Like, text("col_[0-4]")), condition("isNullable", Op::NotNull, None)],
            MatchCriteria::All,
            columns(&[0, 2, 4]),
        ),
        (
            "isNullable is null or length == 20",
            vec![condition("isNullable", Op::IsNull, None), condition("length", Op::Eq, int(20))],
            MatchCriteria::Any,
            columns(&[1, 2, 3, 5, 7, 9]),
        ),
    ];
    for (what, conditions, match_criteria, expected) in cases {
        let query = ElementQuery {
            search_properties: Some(SearchProperties { conditions, match_criteria }),
            ..ElementQuery::of_type("RelationalColumn")
        };
        assert_eq!(find_names(store, &query).await, expected, "expected the RelationalColumns where {what}");
    }
    let untyped = ElementQuery::default().with_condition(PropertyCondition::eq("length", 30));
    assert_eq!(
        find_names(store, &untyped).await,
        string_set(["props::c3", "props::table"]),
        "expected a condition without a type filter to look at every type"
    );
    let schema_attributes =
        ElementQuery::of_type("SchemaAttribute").with_condition(PropertyCondition::eq("displayName", "col_3"));
    assert_eq!(
        find_names(store, &schema_attributes).await,
        string_set(["props::c3", "props::table"]),
        "expected a condition combined with a type filter and its subtypes"
    );
}

// --- Search strings --------------------------------------------------------------------------------

const SEARCH_WORDS: [&str; 6] = ["orders", "customers", "my_customers", "order_lines", "products", "invoices"];
const SEARCH_TYPES: [&str; 3] = ["DataFile", "CSVFile", "GlossaryTerm"];
const SEARCH_CORPUS_SIZE: usize = 300;

/// One element of the search corpus: its qualified name, type and every string value it has.
struct SearchDoc {
    name: String,
    type_name: &'static str,
    values: Vec<String>,
}

/// Creates a few hundred elements whose string values (in plain, array and map properties) are
/// known, in one batch.
async fn search_corpus(store: &dyn MetadataStore) -> Vec<SearchDoc> {
    let mut docs = Vec::new();
    let mut ops = Vec::new();
    for index in 0..SEARCH_CORPUS_SIZE {
        let word = SEARCH_WORDS[index % SEARCH_WORDS.len()];
        let type_name = SEARCH_TYPES[(index / SEARCH_WORDS.len()) % SEARCH_TYPES.len()];
        let name = format!("Q{index:04}:{word}");
        let display_name = if index % 5 == 0 { word.to_uppercase() } else { word.to_owned() };
        let mut properties = named(&name).with("displayName", display_name.as_str());
        let mut values = vec![name.clone(), display_name];
        let description = match index % 7 {
            0 => Some("a.b-start"),
            1 => Some("axb-start"),
            2 => Some("ends-with-a.b"),
            3 => Some("ends-with-axb"),
            4 => Some("price$"),
            5 => Some("(draft) notes"),
            _ => None,
        };
        if let Some(description) = description {
            properties.insert("description", description);
            values.push(description.to_owned());
        }
        if index % 13 == 0 {
            let note = format!("zeta-{index}");
            properties.insert("additionalProperties", BTreeMap::from([("note".to_owned(), note.clone())]));
            values.push(note);
        }
        if type_name == "GlossaryTerm" && index % 4 == 0 {
            let aliases = vec![format!("omega-{index}"), "alias".to_owned()];
            properties.insert("aliases", aliases.clone());
            values.extend(aliases);
        }
        ops.push(create(type_name, properties));
        docs.push(SearchDoc { name, type_name, values });
    }
    run(store, &local(), ops).await;
    docs
}

/// The names of the corpus elements with a value that satisfies `matches`.
fn expected_matches(docs: &[SearchDoc], types: &[&str], matches: &dyn Fn(&str) -> bool) -> BTreeSet<String> {
    docs.iter()
        .filter(|doc| types.is_empty() || types.contains(&doc.type_name))
        .filter(|doc| doc.values.iter().any(|value| matches(value)))
        .map(|doc| doc.name.clone())
        .collect()
}

/// True when `pattern` (with `.` for any one character) occurs in `value`.
fn contains_with_any(value: &str, pattern: &str) -> bool {
    let (value, pattern) = (value.as_bytes(), pattern.as_bytes());
    value
        .windows(pattern.len())
        .any(|window| window.iter().zip(pattern).all(|(byte, wanted)| *wanted == b'.' || byte == wanted))
}

type Matcher = Box<dyn Fn(&str) -> bool>;

/// Checks search strings against the corpus: exact result sets, alone, with a type filter, and
/// paged through with the type filter.
async fn check_searches(store: &dyn MetadataStore, docs: &[SearchDoc], cases: Vec<(&str, SearchString, Matcher)>) {
    for (what, search, matches) in cases {
        let expected = expected_matches(docs, &[], &*matches);
        let query = ElementQuery::default().searching(search.clone());
        assert_eq!(find_names(store, &query).await, expected, "expected a search for {what} to find exactly these");

        let expected_files = expected_matches(docs, &["DataFile", "CSVFile"], &*matches);
        let files = ElementQuery::of_type("DataFile").searching(search.clone());
        assert_eq!(find_names(store, &files).await, expected_files, "expected a search for {what} among DataFiles");
        let paged = find_all_pages(store, &files, 7).await;
        assert_eq!(names_of(&paged), expected_files, "expected a paged search for {what} to visit each match once");

        let terms = ElementQuery { skip_subtypes: true, ..ElementQuery::of_type("GlossaryTerm").searching(search) };
        assert_eq!(
            find_names(store, &terms).await,
            expected_matches(docs, &["GlossaryTerm"], &*matches),
            "expected a search for {what} among GlossaryTerms"
        );
    }
}

fn search_flags(text: &str, starts_with: bool, ends_with: bool, ignore_case: bool) -> SearchString {
    SearchString { search_string: Some(text.to_owned()), starts_with, ends_with, ignore_case }
}

/// A search string without flags is a regular expression found anywhere in any string value
/// (plain, array element or map value); an empty one matches everything; a bad one is refused.
pub async fn find_by_search_string(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let docs = search_corpus(store).await;
    let cases: Vec<(&str, SearchString, Matcher)> = vec![
        ("ord.rs", SearchString::regex("ord.rs"), Box::new(|value| contains_with_any(value, "ord.rs"))),
        ("^cust", SearchString::regex("^cust"), Box::new(|value| value.starts_with("cust"))),
        ("ers$", SearchString::regex("ers$"), Box::new(|value| value.ends_with("ers"))),
        ("a.b", SearchString::regex("a.b"), Box::new(|value| contains_with_any(value, "a.b"))),
        ("e\\$", SearchString::regex("e\\$"), Box::new(|value| value.contains("e$"))),
        ("\\(draft\\)", SearchString::regex("\\(draft\\)"), Box::new(|value| value.contains("(draft)"))),
        ("CUSTOMERS", SearchString::regex("CUSTOMERS"), Box::new(|value| value.contains("CUSTOMERS"))),
        (
            "a map value",
            SearchString::regex("zeta-1[0-9]"),
            Box::new(|value| {
                value.strip_prefix("zeta-1").is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            }),
        ),
        ("an array value", SearchString::regex("omega"), Box::new(|value| value.contains("omega"))),
        (
            "invoices|products",
            SearchString::regex("invoices|products"),
            Box::new(|value| value.contains("invoices") || value.contains("products")),
        ),
        (
            "^ORDERS$ ignoring case",
            search_flags("^ORDERS$", false, false, true),
            Box::new(|value| value.eq_ignore_ascii_case("orders")),
        ),
        (
            "customers ignoring case",
            search_flags("Customers", false, false, true),
            Box::new(|value| value.to_ascii_lowercase().contains("customers")),
        ),
        ("an empty string", SearchString::regex(""), Box::new(|_| true)),
        ("no string", SearchString::default(), Box::new(|_| true)),
    ];
    check_searches(store, &docs, cases).await;
    assert_eq!(
        find_names(store, &ElementQuery::default().searching(SearchString::regex("no-element-has-this"))).await,
        BTreeSet::new(),
        "expected a search that matches nothing to find nothing"
    );
    for bad in ["(", "[a-", "orders)"] {
        let query = ElementQuery::default().searching(SearchString::regex(bad));
        let error =
            store.find_elements(&local(), &query).await.expect_err("expected a bad regular expression to be refused");
        assert_eq!(
            error.kind(),
            ErrorKind::InvalidParameter,
            "expected InvalidParameter for the regular expression {bad}: {error}"
        );
    }
}

/// `starts_with`, `ends_with` and both make the search string a literal prefix, suffix or whole
/// value; `ignore_case` applies to every form.
pub async fn search_string_flags(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let docs = search_corpus(store).await;
    let cases: Vec<(&str, SearchString, Matcher)> = vec![
        ("starts with a.b", search_flags("a.b", true, false, false), Box::new(|value| value.starts_with("a.b"))),
        ("starts with cust", search_flags("cust", true, false, false), Box::new(|value| value.starts_with("cust"))),
        ("starts with Q00", search_flags("Q00", true, false, false), Box::new(|value| value.starts_with("Q00"))),
        ("starts with (", search_flags("(", true, false, false), Box::new(|value| value.starts_with('('))),
        ("starts with ^cust", search_flags("^cust", true, false, false), Box::new(|value| value.starts_with("^cust"))),
        ("ends with a.b", search_flags("a.b", false, true, false), Box::new(|value| value.ends_with("a.b"))),
        ("ends with e$", search_flags("e$", false, true, false), Box::new(|value| value.ends_with("e$"))),
        (
            "ends with customers",
            search_flags("customers", false, true, false),
            Box::new(|value| value.ends_with("customers")),
        ),
        ("exactly orders", search_flags("orders", true, true, false), Box::new(|value| value == "orders")),
        ("exactly price$", search_flags("price$", true, true, false), Box::new(|value| value == "price$")),
        ("exactly ord.rs", search_flags("ord.rs", true, true, false), Box::new(|value| value == "ord.rs")),
        (
            "starts with CUST ignoring case",
            search_flags("CUST", true, false, true),
            Box::new(|value| value.to_ascii_lowercase().starts_with("cust")),
        ),
        (
            "ends with ORDERS ignoring case",
            search_flags("ORDERS", false, true, true),
            Box::new(|value| value.to_ascii_lowercase().ends_with("orders")),
        ),
        (
            "exactly My_Customers ignoring case",
            search_flags("My_Customers", true, true, true),
            Box::new(|value| value.eq_ignore_ascii_case("my_customers")),
        ),
        ("an empty prefix", search_flags("", true, false, false), Box::new(|_| true)),
    ];
    check_searches(store, &docs, cases).await;
}

// --- Filters, paging, ordering ---------------------------------------------------------------------

/// Status, anchor, owner and zone filters of a find.
pub async fn find_filters_status_anchor_owner_zones(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();

    // Statuses: every status but DELETED by default.
    let mut statuses = BTreeMap::new();
    for (name, status) in
        [("active", ElementStatus::Active), ("deprecated", ElementStatus::Deprecated), ("draft", ElementStatus::Draft)]
    {
        let mut new = NewElement::new("GlossaryTerm", named(&format!("filters::{name}")));
        new.status = status;
        statuses.insert(name, created(store, &local(), WriteOp::CreateElement(new)).await);
    }
    let deleted = new_element(store, &local(), "GlossaryTerm", "filters::deleted").await;
    run_one(store, &local(), delete(&deleted, DeleteMethod::SoftDelete)).await;
    let with_statuses = |statuses: &[ElementStatus]| ElementQuery {
        statuses: statuses.to_vec(),
        ..ElementQuery::of_type("GlossaryTerm")
    };
    let cases: Vec<(&str, ElementQuery, Vec<&str>)> = vec![
        ("the default statuses", with_statuses(&[]), vec!["filters::active", "filters::deprecated", "filters::draft"]),
        ("ACTIVE", with_statuses(&[ElementStatus::Active]), vec!["filters::active"]),
        (
            "DEPRECATED or DRAFT",
            with_statuses(&[ElementStatus::Deprecated, ElementStatus::Draft]),
            vec!["filters::deprecated", "filters::draft"],
        ),
        ("DELETED", with_statuses(&[ElementStatus::Deleted]), vec!["filters::deleted"]),
        (
            "ACTIVE or DELETED",
            with_statuses(&[ElementStatus::Active, ElementStatus::Deleted]),
            vec!["filters::active", "filters::deleted"],
        ),
        ("APPROVED", with_statuses(&[ElementStatus::Approved]), vec![]),
    ];
    for (what, query, expected) in cases {
        assert_eq!(find_names(store, &query).await, string_set(expected), "expected the GlossaryTerms with {what}");
    }

    // Anchors.
    let etl = new_element(store, &local(), "Process", "filters::etl").await;
    let load = new_element(store, &local(), "Process", "filters::load").await;
    new_child(store, &local(), "Port", "filters::etl.in", &etl, "ProcessPort").await;
    new_child(store, &local(), "Port", "filters::etl.out", &etl, "ProcessPort").await;
    new_child(store, &local(), "Port", "filters::load.in", &load, "ProcessPort").await;
    let anchored = |anchor: &str| ElementQuery { anchor_guid: Some(anchor.to_owned()), ..ElementQuery::default() };
    assert_eq!(
        find_names(store, &anchored(&etl)).await,
        string_set(["filters::etl.in", "filters::etl.out"]),
        "expected only the elements anchored to the process"
    );
    assert_eq!(find_names(store, &anchored(&load)).await, string_set(["filters::load.in"]));
    let anchored_ports = ElementQuery { type_name: Some("Port".to_owned()), ..anchored(&load) };
    assert_eq!(find_names(store, &anchored_ports).await, string_set(["filters::load.in"]));

    // Owners.
    let (source_a, source_b) = (metadata_source("A"), metadata_source("B"));
    let (as_a, as_b) = (for_source("user-a", &source_a), for_source("user-b", &source_b));
    new_element(store, &as_a, "DataSet", "filters::a1").await;
    new_element(store, &as_a, "DataFile", "filters::a2").await;
    new_element(store, &as_b, "DataSet", "filters::b1").await;
    new_element(store, &local(), "DataSet", "filters::local").await;
    let owned_by =
        |source: &MetadataSource| ElementQuery { owned_by: Some(source.guid.clone()), ..ElementQuery::default() };
    assert_eq!(
        find_names(store, &owned_by(&source_a)).await,
        string_set(["filters::a1", "filters::a2"]),
        "expected A's elements"
    );
    assert_eq!(find_names(store, &owned_by(&source_b)).await, string_set(["filters::b1"]), "expected B's elements");
    let owned_data_sets = ElementQuery { type_name: Some("DataSet".to_owned()), ..owned_by(&source_a) };
    assert_eq!(find_names(store, &owned_data_sets).await, string_set(["filters::a1"]));

    // Zones: elements without zones are in every zone; an empty zone list is in none.
    let mut zoned = BTreeMap::new();
    for name in ["none", "finance", "sales", "both", "emptied"] {
        zoned.insert(name, new_element(store, &local(), "FileFolder", &format!("filters::zone-{name}")).await);
    }
    run(
        store,
        &local(),
        vec![
            publish(&zoned["finance"], &["finance"]),
            publish(&zoned["sales"], &["sales"]),
            publish(&zoned["both"], &["finance", "sales"]),
            publish(&zoned["emptied"], &["hr"]),
            withdraw(&zoned["emptied"], &["hr"]),
        ],
    )
    .await;
    let in_zones = |zones: &[&str]| ElementQuery { zones: strings(zones), ..ElementQuery::of_type("FileFolder") };
    let zone_names =
        |names: &[&str]| -> BTreeSet<String> { names.iter().map(|name| format!("filters::zone-{name}")).collect() };
    let cases: Vec<(&[&str], BTreeSet<String>)> = vec![
        (&[], zone_names(&["none", "finance", "sales", "both", "emptied"])),
        (&["finance"], zone_names(&["none", "finance", "both"])),
        (&["sales", "hr"], zone_names(&["none", "sales", "both"])),
        (&["finance", "sales"], zone_names(&["none", "finance", "sales", "both"])),
        (&["marketing"], zone_names(&["none"])),
    ];
    for (zones, expected) in cases {
        assert_eq!(
            find_names(store, &in_zones(zones)).await,
            expected,
            "expected the FileFolders visible in zones {zones:?}"
        );
    }
}

/// How many elements the paging test creates: more than the smallest maximum page size (1000).
const TOTAL: usize = 1050;

/// Paging visits every match once; page size 0 is the store's maximum (at least 1000); results
/// sort by a property or by creation time; the default order is stable.
pub async fn paging_and_ordering(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    // Created in a scrambled order (7919 is prime, so this visits every number below TOTAL once).
    let ops = (0..TOTAL)
        .map(|index| create("GlossaryTerm", named(&format!("page::{:04}", (index * 7919) % TOTAL))))
        .collect();
    run(store, &local(), ops).await;
    let sorted: Vec<String> = (0..TOTAL).map(|index| format!("page::{index:04}")).collect();
    let terms = ElementQuery::of_type("GlossaryTerm");

    let maximum = find(store, &terms).await;
    assert!(maximum.len() >= 1000, "expected page size 0 to return at least 1000 results, got {}", maximum.len());
    assert!(names_of(&maximum).is_subset(&string_set(&sorted)), "expected only the GlossaryTerms");

    let all = find_all_pages(store, &terms, 7).await;
    assert_eq!(all.len(), TOTAL, "expected paging by 7 to visit every element once");
    assert_eq!(names_of(&all), string_set(&sorted), "expected paging by 7 to visit every element once");

    let first = find(store, &terms.clone().page(Paging::first(10))).await;
    assert_eq!(first.len(), 10, "expected a page of 10");
    let beyond = find(store, &terms.clone().page(Paging { start_from: 2000, page_size: 10 })).await;
    assert!(beyond.is_empty(), "expected nothing after the last result, got {} elements", beyond.len());

    let ascending =
        ElementQuery { sequencing: SequencingOrder::PropertyAscending("qualifiedName".into()), ..terms.clone() };
    let descending =
        ElementQuery { sequencing: SequencingOrder::PropertyDescending("qualifiedName".into()), ..terms.clone() };
    let names = |elements: Vec<OpenMetadataElement>| -> Vec<String> {
        elements.iter().map(|element| element.qualified_name().unwrap_or_default().to_owned()).collect()
    };
    assert_eq!(
        names(find(store, &ascending.clone().page(Paging::first(100))).await),
        sorted[..100],
        "expected the first 100 by ascending qualifiedName"
    );
    assert_eq!(
        names(find(store, &ascending.clone().page(Paging { start_from: 1000, page_size: 100 })).await),
        sorted[1000..],
        "expected the rest from position 1000 by ascending qualifiedName"
    );
    let mut reversed = sorted.clone();
    reversed.reverse();
    assert_eq!(
        names(find(store, &descending.clone().page(Paging::first(10))).await),
        reversed[..10],
        "expected the first 10 by descending qualifiedName"
    );
    assert_eq!(
        names(find_all_pages(store, &ascending, 7).await),
        sorted,
        "expected paging by 7 in ascending order to give every element in order"
    );

    let again = find_all_pages(store, &terms, 7).await;
    assert_eq!(names(again), names(all), "expected the default order to be the same for the same query");
    let first_again = find(store, &terms.clone().page(Paging::first(10))).await;
    assert_eq!(names(first_again), names(first), "expected the same first page for the same query");

    for index in 0..5 {
        new_element(store, &local(), "Process", &format!("page::process-{index}")).await;
    }
    let recent = ElementQuery { sequencing: SequencingOrder::CreationDateRecent, ..ElementQuery::of_type("Process") };
    let found = find(store, &recent).await;
    assert_eq!(names_of(&found).len(), 5, "expected the five processes");
    assert!(
        found.windows(2).all(|pair| pair[0].versions.create_time >= pair[1].versions.create_time),
        "expected the newest first"
    );
    let newest = find(store, &recent.clone().page(Paging::first(1))).await;
    let latest_created = found.iter().map(|element| element.versions.create_time).max();
    assert_eq!(newest.first().map(|element| element.versions.create_time), latest_created, "expected the newest first");
}

/// The elements related to one element: by relationship type, end, related type; paged.
pub async fn related_elements(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let process = new_element(store, &local(), "Process", "related::etl").await;
    let input = new_child(store, &local(), "Port", "related::etl.in", &process, "ProcessPort").await;
    new_child(store, &local(), "Port", "related::etl.out", &process, "ProcessPort").await;
    let source = new_element(store, &local(), "DataFile", "related::orders.dat").await;
    let target = new_element(store, &local(), "CSVFile", "related::orders.csv").await;
    let term = new_element(store, &local(), "GlossaryTerm", "related::order").await;
    new_relationship(store, &local(), "DataFlow", &source, &process, ElementProperties::new()).await;
    new_relationship(store, &local(), "DataFlow", &process, &target, ElementProperties::new()).await;
    new_relationship(store, &local(), "SemanticAssignment", &process, &term, ElementProperties::new()).await;
    new_element(store, &local(), "DataFile", "related::unrelated.dat").await;

    let everything = related(store, &RelatedElementsQuery::new(&process, None)).await;
    let mut at_end1 = BTreeMap::new();
    for found in &everything {
        let name = found.element.qualified_name().unwrap_or_default().to_owned();
        assert_eq!(
            found.relationship.other_end(&process).map(|stub| stub.guid.as_str()),
            Some(found.element.guid.as_str()),
            "expected the relationship of {name} to join it to the starting element"
        );
        let expected_end1 = found.relationship.element_at_end1.guid == found.element.guid;
        assert_eq!(found.element_at_end1, expected_end1, "expected element_at_end1 to say where {name} is");
        at_end1.insert(name, found.element_at_end1);
    }
    assert_eq!(
        at_end1,
        BTreeMap::from([
            ("related::etl.in".to_owned(), false),
            ("related::etl.out".to_owned(), false),
            ("related::orders.dat".to_owned(), true),
            ("related::orders.csv".to_owned(), false),
            ("related::order".to_owned(), false),
        ]),
        "expected every related element once, with the end it is at"
    );

    let query =
        |relationship_type: Option<&str>, end: RelationshipEnd, related_type: Option<&str>| RelatedElementsQuery {
            starting_at_end: end,
            related_type: related_type.map(str::to_owned),
            ..RelatedElementsQuery::new(&process, relationship_type)
        };
    let cases: Vec<(&str, RelatedElementsQuery, Vec<&str>)> = vec![
        (
            "ProcessPort",
            query(Some("ProcessPort"), RelationshipEnd::Any, None),
            vec!["related::etl.in", "related::etl.out"],
        ),
        (
            "DataFlow",
            query(Some("DataFlow"), RelationshipEnd::Any, None),
            vec!["related::orders.dat", "related::orders.csv"],
        ),
        (
            "the process at end 1",
            query(None, RelationshipEnd::End1, None),
            vec!["related::etl.in", "related::etl.out", "related::orders.csv", "related::order"],
        ),
        ("the process at end 2", query(None, RelationshipEnd::End2, None), vec!["related::orders.dat"]),
        (
            "DataFlow, the process at end 1",
            query(Some("DataFlow"), RelationshipEnd::End1, None),
            vec!["related::orders.csv"],
        ),
        (
            "related DataFiles",
            query(None, RelationshipEnd::Any, Some("DataFile")),
            vec!["related::orders.dat", "related::orders.csv"],
        ),
        ("related CSVFiles", query(None, RelationshipEnd::Any, Some("CSVFile")), vec!["related::orders.csv"]),
        ("related Ports", query(None, RelationshipEnd::Any, Some("Port")), vec!["related::etl.in", "related::etl.out"]),
        (
            "related GlossaryTerms via DataFlow",
            query(Some("DataFlow"), RelationshipEnd::Any, Some("GlossaryTerm")),
            vec![],
        ),
        ("SemanticAssignment", query(Some("SemanticAssignment"), RelationshipEnd::Any, None), vec!["related::order"]),
    ];
    for (what, query, expected) in cases {
        assert_eq!(related_names(store, &query).await, string_set(expected), "expected the elements related by {what}");
    }

    let mut paged = Vec::new();
    let mut start_from = 0;
    loop {
        let page = related(
            store,
            &RelatedElementsQuery {
                paging: Paging { start_from, page_size: 2 },
                ..RelatedElementsQuery::new(&process, None)
            },
        )
        .await;
        assert!(page.len() <= 2, "expected at most 2 related elements per page");
        let last = page.len() < 2;
        paged.extend(page.into_iter().map(|related| related.element));
        if last {
            break;
        }
        start_from += 2;
        assert!(start_from < 100, "expected paging to come to an end");
    }
    assert_eq!(paged.len(), 5, "expected paging by 2 to visit each related element once");
    assert_eq!(names_of(&paged).len(), 5, "expected paging by 2 to visit each related element once");

    run_one(store, &local(), delete(&input, DeleteMethod::SoftDelete)).await;
    run_one(store, &local(), delete(&term, DeleteMethod::Archive)).await;
    assert_eq!(
        related_names(store, &RelatedElementsQuery::new(&process, None)).await,
        string_set(["related::etl.out", "related::orders.dat", "related::orders.csv"]),
        "expected deleted and archived elements left out"
    );
}

// --- External identifiers --------------------------------------------------------------------------

fn correlation(source: &MetadataSource, key: &str, element: &str, element_type: &str) -> ExternalIdentifier {
    ExternalIdentifier {
        scope_name: Some(source.qualified_name.clone()),
        ..ExternalIdentifier::new(&source.guid, key, element, element_type, PermittedSynchronization::FromThirdParty)
    }
}

fn link(identifier: ExternalIdentifier) -> WriteOp {
    WriteOp::LinkExternalId(identifier)
}

fn unlink(scope_guid: &str, key: &str, element_guid: Option<&str>) -> WriteOp {
    WriteOp::UnlinkExternalId {
        scope_guid: scope_guid.to_owned(),
        key: key.to_owned(),
        element_guid: element_guid.map(str::to_owned),
    }
}

fn confirm(scope_guid: &str, key: &str, element_guid: &str, fingerprint: Option<&str>) -> WriteOp {
    WriteOp::ConfirmSynchronization {
        scope_guid: scope_guid.to_owned(),
        key: key.to_owned(),
        element_guid: element_guid.to_owned(),
        fingerprint: fingerprint.map(str::to_owned),
    }
}

async fn find_ids(store: &dyn MetadataStore, query: &ExternalIdQuery) -> Vec<ExternalIdentifier> {
    ok(store.find_external_ids(&local(), query).await, "find_external_ids")
}

/// The correlations of one key in one scope.
async fn lookup_key(
    store: &dyn MetadataStore,
    context: &RequestContext,
    scope_guid: &str,
    key: &str,
) -> Vec<ExternalIdentifier> {
    ok(store.lookup_external_id(context, scope_guid, key).await, "lookup_external_id")
}

/// (key, element) pairs.
type KeyPairs = BTreeSet<(String, String)>;

/// (key, element) pairs of correlations, checking that none is there twice.
fn key_pairs(found: &[ExternalIdentifier]) -> KeyPairs {
    let pairs: Vec<(String, String)> =
        found.iter().map(|identifier| (identifier.key.clone(), identifier.element_guid.clone())).collect();
    let unique: KeyPairs = pairs.iter().cloned().collect();
    assert_eq!(unique.len(), pairs.len(), "expected each correlation once, got {pairs:?}");
    unique
}

fn pair(key: &str, element: &str) -> (String, String) {
    (key.to_owned(), element.to_owned())
}

/// Linking, looking up (by scope, keys, elements, synchronization scope), relinking, 1:N keys,
/// several scopes, unlinking; refusals; no change-log events.
pub async fn external_identifiers(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let (source_a, source_b) = (metadata_source("A"), metadata_source("B"));
    let (as_a, as_b) = (for_source("user-a", &source_a), for_source("user-b", &source_b));
    let mut elements = BTreeMap::new();
    for name in ["orders", "customers", "products", "invoices"] {
        elements.insert(name, new_element(store, &as_a, "RelationalTable", &format!("extids::{name}")).await);
    }
    let guid = |name: &str| elements[name].clone();
    let before = latest(store).await;

    let full = ExternalIdentifier {
        key_pattern: KeyPattern::NaturalKey,
        sync_scope: Some("schema-public".to_owned()),
        usage: Some("table name".to_owned()),
        source: Some("pg-connector".to_owned()),
        fingerprint: Some("fp-0".to_owned()),
        mapping_properties: BTreeMap::from([("oid".to_owned(), "16384".to_owned())]),
        external_instance_type_name: Some("table".to_owned()),
        external_instance_created_by: Some("dba".to_owned()),
        external_instance_creation_time: parse_timestamp("2026-01-02T03:04:05.678Z"),
        external_instance_last_updated_by: Some("etl".to_owned()),
        external_instance_last_update_time: parse_timestamp("2026-02-03T04:05:06.789Z"),
        external_instance_version: Some(7),
        ..correlation(&source_a, "public.orders", &guid("orders"), "RelationalTable")
    };
    let outcome = run_one(store, &as_a, link(full.clone())).await;
    assert_eq!(
        outcome,
        WriteOutcome::Correlated { guid: guid("orders") },
        "expected Correlated for the element linked"
    );
    let found = ok(store.lookup_external_id(&as_a, &source_a.guid, "public.orders").await, "lookup_external_id");
    assert_eq!(found.len(), 1, "expected the correlation, got {found:?}");
    assert_eq!(
        ExternalIdentifier { last_synchronized: None, ..found[0].clone() },
        ExternalIdentifier { last_synchronized: None, ..full.clone() },
        "expected every field of the correlation as linked"
    );

    let relinked = ExternalIdentifier { usage: Some("relation name".to_owned()), ..full.clone() };
    run_one(store, &as_a, link(relinked)).await;
    let found = ok(store.lookup_external_id(&as_a, &source_a.guid, "public.orders").await, "lookup_external_id");
    assert_eq!(found.len(), 1, "expected linking the same triple again to update it, not add one: {found:?}");
    assert_eq!(found[0].usage.as_deref(), Some("relation name"), "expected the updated field");

    run(
        store,
        &as_a,
        vec![
            link(correlation(&source_a, "public.customers", &guid("customers"), "RelationalTable")),
            link(correlation(&source_a, "public.products", &guid("products"), "RelationalTable")),
        ],
    )
    .await;
    let keys = ExternalIdQuery {
        scope_guid: Some(source_a.guid.clone()),
        keys: strings(&["public.customers", "public.products", "public.missing"]),
        ..ExternalIdQuery::default()
    };
    assert_eq!(
        key_pairs(&find_ids(store, &keys).await),
        BTreeSet::from([pair("public.customers", &guid("customers")), pair("public.products", &guid("products"))]),
        "expected a lookup of three keys, two linked, to return the two"
    );

    // One key for two elements; one element with keys in two scopes.
    run_one(store, &as_a, link(correlation(&source_a, "public.orders", &guid("invoices"), "RelationalTable"))).await;
    run_one(store, &as_b, link(correlation(&source_b, "ORDERS", &guid("orders"), "RelationalTable"))).await;
    let found = ok(store.lookup_external_id(&as_a, &source_a.guid, "public.orders").await, "lookup_external_id");
    assert_eq!(
        key_pairs(&found),
        BTreeSet::from([pair("public.orders", &guid("orders")), pair("public.orders", &guid("invoices"))]),
        "expected one key to name two elements"
    );
    let by_element = ExternalIdQuery { element_guids: vec![guid("orders")], ..ExternalIdQuery::default() };
    let found = find_ids(store, &by_element).await;
    assert_eq!(
        found.iter().map(|identifier| (identifier.scope_guid.clone(), identifier.key.clone())).collect::<BTreeSet<_>>(),
        BTreeSet::from([
            (source_a.guid.clone(), "public.orders".to_owned()),
            (source_b.guid.clone(), "ORDERS".to_owned())
        ]),
        "expected the element's keys in both scopes"
    );
    let cases: Vec<(&str, ExternalIdQuery, KeyPairs)> = vec![
        (
            "every key of source A",
            ExternalIdQuery { scope_guid: Some(source_a.guid.clone()), ..ExternalIdQuery::default() },
            BTreeSet::from([
                pair("public.orders", &guid("orders")),
                pair("public.orders", &guid("invoices")),
                pair("public.customers", &guid("customers")),
                pair("public.products", &guid("products")),
            ]),
        ),
        (
            "source B's keys",
            ExternalIdQuery { scope_guid: Some(source_b.guid.clone()), ..ExternalIdQuery::default() },
            BTreeSet::from([pair("ORDERS", &guid("orders"))]),
        ),
        (
            "source A's keys for two elements",
            ExternalIdQuery {
                scope_guid: Some(source_a.guid.clone()),
                element_guids: vec![guid("orders"), guid("products")],
                ..ExternalIdQuery::default()
            },
            BTreeSet::from([pair("public.orders", &guid("orders")), pair("public.products", &guid("products"))]),
        ),
        (
            "a key and an element",
            ExternalIdQuery {
                keys: strings(&["public.orders"]),
                element_guids: vec![guid("invoices")],
                ..ExternalIdQuery::default()
            },
            BTreeSet::from([pair("public.orders", &guid("invoices"))]),
        ),
        (
            "a synchronization scope",
            ExternalIdQuery { sync_scope: Some("schema-public".to_owned()), ..ExternalIdQuery::default() },
            BTreeSet::from([pair("public.orders", &guid("orders"))]),
        ),
        (
            "an unknown key",
            ExternalIdQuery { keys: strings(&["nothing"]), ..ExternalIdQuery::default() },
            BTreeSet::new(),
        ),
    ];
    for (what, query, expected) in cases {
        assert_eq!(key_pairs(&find_ids(store, &query).await), expected, "expected the correlations of {what}");
    }
    let mut paged = Vec::new();
    for start_from in 0..6 {
        let query = ExternalIdQuery {
            scope_guid: Some(source_a.guid.clone()),
            paging: Paging { start_from, page_size: 1 },
            ..ExternalIdQuery::default()
        };
        let page = find_ids(store, &query).await;
        assert!(page.len() <= 1, "expected at most one correlation per page of 1");
        paged.extend(page);
    }
    assert_eq!(key_pairs(&paged).len(), 4, "expected paging by 1 to visit each of source A's correlations once");

    // Refusals.
    let missing = new_guid();
    check_all_refused(
        store,
        &as_a,
        vec![
            Refused::new(
                "a link to a missing element",
                Refusal::NotFound,
                vec![link(correlation(&source_a, "public.ghost", &missing, "RelationalTable"))],
            )
            .naming(&[&missing]),
            Refused::new(
                "a link in another source's scope",
                Refusal::NotAuthorized,
                vec![link(correlation(&source_b, "public.sneaky", &guid("products"), "RelationalTable"))],
            ),
            Refused::new(
                "an unlink in another source's scope",
                Refusal::NotAuthorized,
                vec![unlink(&source_b.guid, "ORDERS", Some(&guid("orders")))],
            ),
        ],
    )
    .await;
    assert!(
        find_ids(
            store,
            &ExternalIdQuery { keys: strings(&["public.ghost", "public.sneaky"]), ..ExternalIdQuery::default() }
        )
        .await
        .is_empty()
    );
    assert_eq!(
        key_pairs(
            &find_ids(
                store,
                &ExternalIdQuery { scope_guid: Some(source_b.guid.clone()), ..ExternalIdQuery::default() }
            )
            .await
        )
        .len(),
        1
    );

    // Unlinking.
    let outcome = run_one(store, &as_a, unlink(&source_a.guid, "public.orders", Some(&guid("orders")))).await;
    assert_changed(&outcome, "unlinking a key from one element");
    let found = ok(store.lookup_external_id(&as_a, &source_a.guid, "public.orders").await, "lookup_external_id");
    assert_eq!(key_pairs(&found), BTreeSet::from([pair("public.orders", &guid("invoices"))]), "expected one link left");
    run_one(store, &as_a, link(correlation(&source_a, "public.orders", &guid("orders"), "RelationalTable"))).await;
    run_one(store, &as_a, unlink(&source_a.guid, "public.orders", None)).await;
    let found = ok(store.lookup_external_id(&as_a, &source_a.guid, "public.orders").await, "lookup_external_id");
    assert!(
        found.is_empty(),
        "expected unlinking without an element to remove the key's links to every element: {found:?}"
    );
    let outcome = run_one(store, &as_a, unlink(&source_a.guid, "public.orders", Some(&guid("orders")))).await;
    assert!(
        matches!(outcome, WriteOutcome::Unchanged { .. }),
        "expected unlinking a missing link to be Unchanged, got {outcome:?}"
    );
    let outcome = run_one(store, &local(), unlink(&source_a.guid, "public.never", None)).await;
    assert!(
        matches!(outcome, WriteOutcome::Unchanged { .. }),
        "expected unlinking an unknown key to be Unchanged, got {outcome:?}"
    );
    assert_eq!(
        key_pairs(
            &find_ids(store, &ExternalIdQuery { element_guids: vec![guid("orders")], ..ExternalIdQuery::default() })
                .await
        ),
        BTreeSet::from([pair("ORDERS", &guid("orders"))]),
        "expected the other scope's key untouched"
    );
    assert_eq!(latest(store).await, before, "expected correlation writes to add no change-log event");
    for name in ["orders", "customers", "products", "invoices"] {
        assert_eq!(
            element(store, &guid(name)).await.versions.version,
            1,
            "expected correlations not to change elements"
        );
    }
}

/// Confirming a correlation records when (and, when given, the fingerprint).
pub async fn confirm_synchronization(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let (source_a, source_b) = (metadata_source("A"), metadata_source("B"));
    let (as_a, as_b) = (for_source("user-a", &source_a), for_source("user-b", &source_b));
    let table = new_element(store, &as_a, "RelationalTable", "confirm::orders").await;
    run_one(store, &as_a, link(correlation(&source_a, "public.orders", &table, "RelationalTable"))).await;
    let before = latest(store).await;
    let lookup = || lookup_key(store, &as_a, &source_a.guid, "public.orders");

    let start = now();
    let outcome = run_one(store, &as_a, confirm(&source_a.guid, "public.orders", &table, Some("fp-1"))).await;
    assert!(
        !matches!(outcome, WriteOutcome::Unchanged { .. }),
        "expected a confirmation to be recorded, got {outcome:?}"
    );
    let found = lookup().await;
    assert_eq!(found.len(), 1, "expected the correlation, got {found:?}");
    let first = found[0].last_synchronized.expect("expected last_synchronized to be set by the confirmation");
    assert!(first >= start, "expected last_synchronized ({first}) not before the call ({start})");
    assert_eq!(found[0].fingerprint.as_deref(), Some("fp-1"), "expected the new fingerprint");

    let outcome = run_one(store, &as_a, confirm(&source_a.guid, "public.orders", &table, None)).await;
    assert!(
        !matches!(outcome, WriteOutcome::Unchanged { .. }),
        "expected a confirmation to be recorded, got {outcome:?}"
    );
    let found = lookup().await;
    let second = found[0].last_synchronized.expect("expected last_synchronized to stay set");
    assert!(second >= first, "expected a later confirmation not to move last_synchronized back");
    assert_eq!(found[0].fingerprint.as_deref(), Some("fp-1"), "expected a confirmation without fingerprint to keep it");

    run_one(store, &as_a, confirm(&source_a.guid, "public.orders", &table, Some("fp-2"))).await;
    assert_eq!(lookup().await[0].fingerprint.as_deref(), Some("fp-2"), "expected the newest fingerprint");
    let other = new_element(store, &as_a, "RelationalTable", "confirm::customers").await;
    let before_refusals = latest(store).await;
    check_all_refused(
        store,
        &as_a,
        vec![
            Refused::new(
                "a confirmation of an unknown key",
                Refusal::NotFound,
                vec![confirm(&source_a.guid, "public.nothing", &table, Some("fp-3"))],
            )
            .naming(&["public.nothing"]),
            Refused::new(
                "a confirmation for an element the key does not name",
                Refusal::NotFound,
                vec![confirm(&source_a.guid, "public.orders", &other, Some("fp-3"))],
            ),
        ],
    )
    .await;
    check_refused(
        store,
        &as_b,
        Refused::new(
            "a confirmation in another source's scope",
            Refusal::NotAuthorized,
            vec![confirm(&source_a.guid, "public.orders", &table, Some("fp-3"))],
        ),
    )
    .await;
    assert_eq!(
        lookup().await[0].fingerprint.as_deref(),
        Some("fp-2"),
        "expected the refused confirmations to change nothing"
    );
    assert_eq!(latest(store).await, before_refusals);
    let events = events_after(store, before).await;
    assert_eq!(
        event_types(&events),
        [ChangeEventType::NewElement],
        "expected confirmations to add no change-log event"
    );
}

/// When an element goes, by any method and by cascade, its correlations go with it.
pub async fn external_ids_removed_with_element(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let source = metadata_source("A");
    let as_a = for_source("user-a", &source);
    let keep = new_element(store, &as_a, "RelationalTable", "extgone::keep").await;
    run_one(store, &as_a, link(correlation(&source, "keep", &keep, "RelationalTable"))).await;
    let by_key = |key: &str| ExternalIdQuery {
        scope_guid: Some(source.guid.clone()),
        keys: strings(&[key]),
        ..ExternalIdQuery::default()
    };
    for method in [DeleteMethod::SoftDelete, DeleteMethod::Archive, DeleteMethod::Purge] {
        let key = format!("{method:?}");
        let table = new_element(store, &as_a, "RelationalTable", &format!("extgone::{key}")).await;
        let column =
            new_child(store, &as_a, "RelationalColumn", &format!("extgone::{key}.id"), &table, "NestedSchemaAttribute")
                .await;
        let column_key = format!("{key}.id");
        run(
            store,
            &as_a,
            vec![
                link(correlation(&source, &key, &table, "RelationalTable")),
                link(correlation(&source, &column_key, &column, "RelationalColumn")),
            ],
        )
        .await;
        assert_eq!(find_ids(store, &by_key(&key)).await.len(), 1, "expected the correlation before the delete");
        run_one(store, &as_a, delete(&table, method)).await;
        assert!(
            find_ids(store, &by_key(&key)).await.is_empty(),
            "expected {method:?} to remove the element's correlations"
        );
        assert!(
            find_ids(store, &by_key(&column_key)).await.is_empty(),
            "expected {method:?} to remove the correlations of the elements removed with it"
        );
        let by_element =
            ExternalIdQuery { element_guids: vec![table.clone(), column.clone()], ..ExternalIdQuery::default() };
        assert!(find_ids(store, &by_element).await.is_empty(), "expected no correlation left for removed elements");
    }
    assert_eq!(find_ids(store, &by_key("keep")).await.len(), 1, "expected other elements' correlations untouched");
}

// --- The change log --------------------------------------------------------------------------------

/// An expected event: type, GUID, type name, classification name, version (when checked).
type ExpectedEvent<'a> = (ChangeEventType, &'a str, &'a str, Option<&'a str>, Option<i64>);

/// A scripted sequence of writes gives exactly its events, in order, with every field.
pub async fn change_log_events(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let source = metadata_source("PostgreSQL::prod");
    let context = for_source("logger", &source);
    let before = latest(store).await;

    let data_set = new_element(store, &context, "DataSet", "log::sales").await;
    run_one(store, &context, update(&data_set, ElementProperties::new().with("displayName", "Sales"), true)).await;
    run_one(store, &context, classify(&data_set, "Ownership", ElementProperties::new().with("owner", "ann"), false))
        .await;
    run_one(store, &context, classify(&data_set, "Ownership", ElementProperties::new().with("owner", "bob"), false))
        .await;
    run_one(store, &context, declassify(&data_set, "Ownership")).await;
    let term = new_element(store, &context, "GlossaryTerm", "log::sale").await;
    let assignment =
        new_relationship(store, &context, "SemanticAssignment", &data_set, &term, ElementProperties::new()).await;
    run_one(store, &context, update_relationship(&assignment, ElementProperties::new().with("description", "d"), true))
        .await;
    run_one(store, &context, unrelate(&assignment)).await;
    run_one(store, &context, delete(&data_set, DeleteMethod::SoftDelete)).await;

    let events = events_after(store, before).await;
    let expected: [ExpectedEvent<'_>; 10] = [
        (ChangeEventType::NewElement, &data_set, "DataSet", None, Some(1)),
        (ChangeEventType::UpdatedElement, &data_set, "DataSet", None, Some(2)),
        (ChangeEventType::ClassifiedElement, &data_set, "DataSet", Some("Ownership"), Some(3)),
        (ChangeEventType::ReclassifiedElement, &data_set, "DataSet", Some("Ownership"), Some(4)),
        (ChangeEventType::DeclassifiedElement, &data_set, "DataSet", Some("Ownership"), Some(5)),
        (ChangeEventType::NewElement, &term, "GlossaryTerm", None, Some(1)),
        (ChangeEventType::NewRelationship, &assignment, "SemanticAssignment", None, Some(1)),
        (ChangeEventType::UpdatedRelationship, &assignment, "SemanticAssignment", None, Some(2)),
        (ChangeEventType::DeletedRelationship, &assignment, "SemanticAssignment", None, None),
        (ChangeEventType::DeletedElement, &data_set, "DataSet", None, None),
    ];
    assert_eq!(
        event_types(&events),
        expected.iter().map(|(event_type, ..)| *event_type).collect::<Vec<_>>(),
        "expected exactly one event per change, in order"
    );
    for (event, (event_type, guid, type_name, classification, version)) in events.iter().zip(expected) {
        assert_eq!(event.guid, guid, "expected the {event_type:?} event about {guid}");
        assert_eq!(event.type_name, type_name, "expected the {event_type:?} event to carry the type {type_name}");
        assert_eq!(event.user_id, "logger", "expected the {event_type:?} event to carry the writer");
        assert_eq!(
            event.metadata_source_guid.as_deref(),
            Some(source.guid.as_str()),
            "expected the {event_type:?} event to carry the requesting source"
        );
        assert_eq!(
            event.classification_name.as_deref(),
            classification,
            "expected the classification of {event_type:?}"
        );
        if let Some(version) = version {
            assert_eq!(
                event.version, version,
                "expected the {event_type:?} event to carry the version after the change"
            );
        }
        if event_type.is_relationship_event() {
            assert_eq!(event.end1, Some((data_set.clone(), "DataSet".to_owned())), "expected end 1 of {event_type:?}");
            assert_eq!(event.end2, Some((term.clone(), "GlossaryTerm".to_owned())), "expected end 2 of {event_type:?}");
        }
    }
    let newest = latest(store).await;
    assert_eq!(
        events.last().map(|event| event.sequence),
        Some(newest),
        "expected the newest sequence to be the last event's"
    );
    assert!(events[0].sequence > before, "expected new events after the earlier newest sequence");

    let limited = ok(store.read_change_log(before, 3).await, "read_change_log");
    assert_eq!(limited, events[..3], "expected a limit of 3 to give the 3 oldest events after the position");
    let middle = ok(store.read_change_log(events[4].sequence, 2).await, "read_change_log");
    assert_eq!(middle, events[5..7], "expected the 2 events after the fifth");
    let none = ok(store.read_change_log(newest, 0).await, "read_change_log");
    assert!(none.is_empty(), "expected no event after the newest, got {none:?}");
    let all = ok(store.read_change_log(before, 0).await, "read_change_log");
    assert_eq!(all, events, "expected a limit of 0 to give every event (fewer than the store's maximum)");

    let plain = new_element(store, &user("someone"), "DataSet", "log::local").await;
    let events = events_after(store, newest).await;
    assert_eq!(events.len(), 1, "expected one event for one create, got {events:?}");
    assert_eq!(events[0].guid, plain);
    assert_eq!(events[0].user_id, "someone");
    assert_eq!(events[0].metadata_source_guid, None, "expected no source on the event of a request without one");
    assert_eq!(events[0].classification_name, None);
    assert_eq!((events[0].end1.clone(), events[0].end2.clone()), (None, None), "expected no ends on an element event");
}

/// A listener keeps its position in a cursor and waits for changes: at once when there are newer
/// events, until a write from another task when there are none, until the timeout otherwise.
pub async fn change_log_cursor_and_wait(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let cursor = "conformance-listener";
    assert_eq!(ok(store.load_cursor(cursor).await, "load_cursor"), None, "expected no position for a new listener");
    let start = latest(store).await;
    ok(store.save_cursor(cursor, start).await, "save_cursor");

    let first = new_element(store, &local(), "DataSet", "wait::first").await;
    let second = new_element(store, &local(), "DataSet", "wait::second").await;
    let newest = latest(store).await;
    let position = ok(store.load_cursor(cursor).await, "load_cursor").expect("expected the saved position");
    assert_eq!(position, start);
    let woke = ok(store.wait_for_changes(position, Duration::from_secs(30)).await, "wait_for_changes");
    assert_eq!(woke, newest, "expected a wait with newer events to return the newest sequence");
    let events = events_after(store, position).await;
    assert_eq!(event_guids(&events, ChangeEventType::NewElement), string_set([&first, &second]));
    ok(store.save_cursor(cursor, newest).await, "save_cursor");
    assert_eq!(ok(store.load_cursor(cursor).await, "load_cursor"), Some(newest), "expected the new position");

    let timed_out = ok(store.wait_for_changes(newest, Duration::from_millis(200)).await, "wait_for_changes");
    assert_eq!(timed_out, newest, "expected a wait that times out to return the unchanged newest sequence");

    let watcher = Arc::clone(&opened);
    let waiter = tokio::spawn(async move { watcher.wait_for_changes(newest, Duration::from_secs(30)).await });
    tokio::task::yield_now().await;
    let producer = Arc::clone(&opened);
    let writer = tokio::spawn(async move {
        producer.create_element(&local(), NewElement::new("DataSet", named("wait::third"))).await
    });
    let third = ok(writer.await.expect("expected the writing task to finish"), "create_element");
    let woke = ok(waiter.await.expect("expected the waiting task to finish"), "wait_for_changes");
    assert!(woke > newest, "expected a write from another task to end the wait with a newer sequence, got {woke}");
    let events = events_after(store, newest).await;
    assert_eq!(event_guids(&events, ChangeEventType::NewElement), string_set([&third]));
    assert_eq!(latest(store).await, events.last().map_or(0, |event| event.sequence));
}

/// The change log and the newest sequence survive a restart; new events continue after it.
pub async fn change_log_survives_restart(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let before = latest(opened.as_ref()).await;
    let source = metadata_source("A");
    let context = for_source("user-a", &source);
    {
        let store = opened.as_ref();
        let data_set = new_element(store, &context, "DataSet", "logrestart::sales").await;
        let term = new_element(store, &context, "GlossaryTerm", "logrestart::sale").await;
        run_one(store, &context, update(&data_set, ElementProperties::new().with("displayName", "Sales"), true)).await;
        run_one(
            store,
            &context,
            classify(&data_set, "Ownership", ElementProperties::new().with("owner", "ann"), false),
        )
        .await;
        new_relationship(store, &context, "SemanticAssignment", &data_set, &term, ElementProperties::new()).await;
        run_one(store, &context, delete(&term, DeleteMethod::SoftDelete)).await;
    }
    let events = events_after(opened.as_ref(), before).await;
    let newest = latest(opened.as_ref()).await;
    assert_eq!(events.len(), 7, "expected 2 creates, an update, a classification, a relationship and a delete of both");
    drop(opened);

    let reopened = harness.open().await;
    let store = reopened.as_ref();
    assert_eq!(latest(store).await, newest, "expected the newest sequence to survive a restart");
    assert_eq!(events_after(store, before).await, events, "expected every event to survive a restart unchanged");
    let woke = ok(store.wait_for_changes(before, Duration::from_secs(30)).await, "wait_for_changes");
    assert_eq!(woke, newest, "expected a wait after a restart to see the events from before it");

    let next = new_element(store, &context, "DataSet", "logrestart::after").await;
    let after = events_after(store, newest).await;
    assert_eq!(after.len(), 1, "expected one event for the write after the restart, got {after:?}");
    assert_eq!(after[0].guid, next);
    assert!(after[0].sequence > newest, "expected sequences to keep increasing after a restart");
}

/// Everything committed survives a restart: elements (live, soft-deleted, archived) with their
/// classifications, zones and anchors, relationships, correlations, cursors and the newest sequence;
/// uniqueness still holds after it.
pub async fn data_survives_restart(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let source = metadata_source("A");
    let context = for_source("user-a", &source);
    let (tree, foreign_key, archived, soft_deleted) = {
        let store = opened.as_ref();
        let tree = schema_tree(store, &context, "restart").await;
        let other = new_element(store, &context, "RelationalColumn", "restart::customers.id").await;
        let foreign_key = new_relationship(
            store,
            &context,
            "ForeignKey",
            &tree.columns[0],
            &other,
            ElementProperties::new().with("displayName", "fk"),
        )
        .await;
        run(
            store,
            &context,
            vec![
                classify(
                    &tree.columns[1],
                    "PrimaryKey",
                    ElementProperties::new().with("keyPattern", "LOCAL_KEY"),
                    false,
                ),
                publish(&tree.table, &["finance"]),
                set_status(&tree.schema, ElementStatus::Deprecated),
                link(correlation(&source, "public.orders", &tree.table, "RelationalTable")),
                confirm(&source.guid, "public.orders", &tree.table, Some("fp-1")),
            ],
        )
        .await;
        let archived = new_element(store, &context, "DataSet", "restart::archived").await;
        new_relationship(store, &context, "DataSetContent", &archived, &tree.table, ElementProperties::new()).await;
        run_one(store, &context, delete(&archived, DeleteMethod::Archive)).await;
        let soft_deleted = new_element(store, &context, "DataSet", "restart::soft-deleted").await;
        run_one(store, &context, delete(&soft_deleted, DeleteMethod::SoftDelete)).await;
        ok(store.save_cursor("restart-listener", 42).await, "save_cursor");
        (tree, foreign_key, archived, soft_deleted)
    };
    let store = opened.as_ref();
    let mut guids: Vec<Guid> = tree.all().into_iter().collect();
    guids.extend([archived.clone(), soft_deleted.clone(), foreign_key.clone()]);
    for guid in tree.all() {
        guids.extend(relationship_guids(store, &guid).await);
    }
    let relationships_of_archived =
        related(store, &RelatedElementsQuery { for_lineage: true, ..RelatedElementsQuery::new(&archived, None) }).await;
    assert_eq!(relationships_of_archived.len(), 1, "expected the archived element's relationship before the restart");
    let state_before = snapshot(store, &guids).await;
    let correlations = ExternalIdQuery { scope_guid: Some(source.guid.clone()), ..ExternalIdQuery::default() };
    let ids_before = find_ids(store, &correlations).await;
    assert_eq!(ids_before.len(), 1);
    let found_before = find_names(store, &ElementQuery { for_lineage: true, ..ElementQuery::default() }).await;
    let newest = latest(store).await;
    drop(opened);

    let reopened = harness.open().await;
    let store = reopened.as_ref();
    assert_eq!(
        snapshot(store, &guids).await,
        state_before,
        "expected every element and relationship as before the restart"
    );
    assert_eq!(find_ids(store, &correlations).await, ids_before, "expected the correlations as before the restart");
    assert_eq!(
        find_names(store, &ElementQuery { for_lineage: true, ..ElementQuery::default() }).await,
        found_before,
        "expected a find to see the same elements after the restart"
    );
    assert_eq!(
        related(store, &RelatedElementsQuery { for_lineage: true, ..RelatedElementsQuery::new(&archived, None) }).await,
        relationships_of_archived,
        "expected the archived element's relationships after the restart"
    );
    assert_eq!(ok(store.load_cursor("restart-listener").await, "load_cursor"), Some(42), "expected the cursor");
    assert_eq!(latest(store).await, newest, "expected the newest sequence after the restart");
    let table = element(store, &tree.table).await;
    assert_eq!(table.anchor_guid(), Some(tree.schema.as_str()), "expected the anchor after the restart");
    assert_eq!(table.zone_membership(), ["finance"], "expected the zones after the restart");
    assert_eq!(by_name(store, "restart::orders").await.map(|found| found.guid), Some(tree.table.clone()));

    check_refused(
        store,
        &context,
        Refused::new(
            "a duplicate qualifiedName after a restart",
            Refusal::Invalid,
            vec![create("DataSet", named("restart::orders"))],
        )
        .naming(&["restart::orders"]),
    )
    .await;
    let outcome = run_one(store, &context, delete(&tree.schema, DeleteMethod::SoftDelete)).await;
    assert_eq!(deleted_guids(&outcome, &tree.schema), tree.all(), "expected anchors to still drive the cascade");
    assert!(latest(store).await > newest, "expected new events after the restart to continue the sequence");
}

/// A cursor to save, and the positions every named cursor must have afterwards.
type CursorStep<'a> = (&'a str, u64, &'a [(&'a str, Option<u64>)]);

/// Cursors: unknown names have none, saving overwrites, names are independent, restarts keep them.
pub async fn cursors_are_saved(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    {
        let store = opened.as_ref();
        assert_eq!(
            ok(store.load_cursor("never-saved").await, "load_cursor"),
            None,
            "expected no position for an unknown name"
        );
        let steps: [CursorStep<'_>; 4] = [
            ("alpha", 5, &[("alpha", Some(5)), ("beta", None)]),
            ("alpha", 9, &[("alpha", Some(9)), ("beta", None)]),
            ("beta", 1, &[("alpha", Some(9)), ("beta", Some(1))]),
            ("connector/with:odd chars", 0, &[("connector/with:odd chars", Some(0)), ("alpha", Some(9))]),
        ];
        for (name, sequence, expected) in steps {
            ok(store.save_cursor(name, sequence).await, "save_cursor");
            for (other, position) in expected {
                assert_eq!(
                    ok(store.load_cursor(other).await, "load_cursor"),
                    *position,
                    "expected the cursor {other} after saving {name} at {sequence}"
                );
            }
        }
    }
    drop(opened);
    let reopened = harness.open().await;
    let store = reopened.as_ref();
    for (name, position) in
        [("alpha", Some(9)), ("beta", Some(1)), ("connector/with:odd chars", Some(0)), ("never-saved", None)]
    {
        assert_eq!(
            ok(store.load_cursor(name).await, "load_cursor"),
            position,
            "expected the cursor {name} after a restart"
        );
    }
    ok(store.save_cursor("alpha", 12).await, "save_cursor");
    assert_eq!(
        ok(store.load_cursor("alpha").await, "load_cursor"),
        Some(12),
        "expected saving after a restart to overwrite"
    );
}

// --- Concurrency -----------------------------------------------------------------------------------

const WRITERS: usize = 2;
const BATCHES_PER_WRITER: usize = 10;
const ELEMENTS_PER_BATCH: usize = 50;

/// Two tasks writing batches at the same time both succeed; every element is there with exactly
/// one NEW_ELEMENT event, and the log's sequences stay distinct and increasing.
pub async fn concurrent_writers(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let before = latest(opened.as_ref()).await;
    let mut tasks = Vec::new();
    for writer in 0..WRITERS {
        let store = Arc::clone(&opened);
        tasks.push(tokio::spawn(async move {
            let context = user(&format!("writer-{writer}"));
            let mut guids = Vec::new();
            for batch in 0..BATCHES_PER_WRITER {
                let ops = (0..ELEMENTS_PER_BATCH)
                    .map(|index| create("DataSet", named(&format!("concurrent::{writer}::{batch}::{index}"))))
                    .collect();
                for outcome in run(store.as_ref(), &context, ops).await {
                    match outcome {
                        WriteOutcome::Created { guid } => guids.push(guid),
                        other => panic!("expected Created for every write, got {other:?}"),
                    }
                }
            }
            guids
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.expect("expected every writer task to finish without panicking"));
    }
    let total = WRITERS * BATCHES_PER_WRITER * ELEMENTS_PER_BATCH;
    let created_guids = string_set(&all);
    assert_eq!(created_guids.len(), total, "expected {total} distinct new elements");

    let store = opened.as_ref();
    let found = ok(store.get_elements(&local(), &all).await, "get_elements");
    assert_eq!(string_set(found.iter().map(|element| element.guid.as_str())), created_guids, "expected every element");
    let names = find_all_pages(store, &ElementQuery::of_type("DataSet"), 500).await;
    assert_eq!(names_of(&names).len(), total, "expected a find to see every element once");

    let events = events_after(store, before).await;
    assert_eq!(events.len(), total, "expected exactly one event per created element");
    assert_eq!(
        event_guids(&events, ChangeEventType::NewElement),
        created_guids,
        "expected exactly one NEW_ELEMENT event per created element"
    );
    let writers: BTreeSet<&str> = events.iter().map(|event| event.user_id.as_str()).collect();
    assert_eq!(writers, BTreeSet::from(["writer-0", "writer-1"]), "expected the events of both writers");
    assert_eq!(latest(store).await, events.last().map_or(before, |event| event.sequence));
}

// --- Correlated relationships, repeated deletes, counting correlations ----------------------------

/// A correlation may name a relationship: it is found like any other, and it goes when the
/// relationship goes — deleted directly or with one of its ends.
pub async fn relationship_correlations(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let source = metadata_source("relationship-correlations");
    let context = for_source("rc-user", &source);
    let a = new_element(store, &context, "RelationalColumn", "rc::a.id").await;
    let b = new_element(store, &context, "RelationalColumn", "rc::b.id").await;
    let c = new_element(store, &context, "RelationalColumn", "rc::c.id").await;
    // b is the primary key that the foreign-key columns a and c refer to.
    let direct = new_relationship(store, &context, "ForeignKey", &b, &a, ElementProperties::new()).await;
    let cascaded = new_relationship(store, &context, "ForeignKey", &b, &c, ElementProperties::new()).await;
    for (key, guid) in [("fk:a->b", &direct), ("fk:c->b", &cascaded)] {
        run_one(store, &context, WriteOp::LinkExternalId(correlation(&source, key, guid, "ForeignKey"))).await;
    }
    let query = ExternalIdQuery { scope_guid: Some(source.guid.clone()), ..ExternalIdQuery::default() };
    let found = ok(store.find_external_ids(&context, &query).await, "find_external_ids");
    assert_eq!(found.len(), 2, "expected both relationship correlations, got {found:?}");
    assert!(found.iter().all(|id| id.element_type == "ForeignKey"), "expected the relationship type recorded");

    run_one(store, &context, unrelate(&direct)).await;
    let found = ok(store.find_external_ids(&context, &query).await, "find_external_ids");
    assert_eq!(
        strings(&found.iter().map(|id| id.key.clone()).collect::<Vec<_>>()),
        vec!["fk:c->b"],
        "expected the deleted relationship's correlation gone"
    );

    run_one(store, &context, delete(&c, DeleteMethod::SoftDelete)).await;
    let found = ok(store.find_external_ids(&context, &query).await, "find_external_ids");
    assert!(found.is_empty(), "expected the correlation of a relationship removed with its end to go, got {found:?}");
}

/// Deleting, in the same batch, something the batch already removed (a column after its table, a
/// relationship after one of its ends) changes nothing; deleting it again in a later batch is an
/// error, as deleting anything missing is.
pub async fn deleting_what_the_batch_removed_changes_nothing(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let tree = schema_tree(store, &local(), "repeat-delete").await;
    let other = new_element(store, &local(), "RelationalColumn", "repeat-delete::other.id").await;
    let foreign_key =
        new_relationship(store, &local(), "ForeignKey", &tree.columns[0], &other, ElementProperties::new()).await;
    let outcomes = run(
        store,
        &local(),
        vec![
            delete(&tree.table, DeleteMethod::SoftDelete),
            delete(&tree.columns[0], DeleteMethod::SoftDelete),
            unrelate(&foreign_key),
        ],
    )
    .await;
    assert!(
        matches!(&outcomes[0], WriteOutcome::Deleted { guids } if guids.len() == 3),
        "expected the table and its columns removed, got {:?}",
        outcomes[0]
    );
    assert_unchanged(&outcomes[1], &tree.columns[0], "deleting a column the batch already removed");
    assert_unchanged(&outcomes[2], &foreign_key, "deleting a relationship the batch already removed");
    assert!(visible(store, &other).await, "expected the other end to stay");

    let error = store
        .execute(&local(), WriteBatch::new().with(delete(&tree.columns[1], DeleteMethod::SoftDelete)))
        .await
        .expect_err("expected deleting an element removed by an earlier batch to fail");
    assert!(error.is_not_found(), "expected not found, got {error}");
    assert!(error.message().contains(&tree.columns[1]), "expected the message to name the GUID: {error}");
}

/// `count_external_ids` counts what `find_external_ids` would list, ignoring paging.
pub async fn count_external_ids(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let source = metadata_source("count-correlations");
    let context = for_source("count-user", &source);
    let mut ops = Vec::new();
    for index in 0..12 {
        let guid = new_element(store, &context, "DataFile", &format!("count::file-{index}")).await;
        let mut id = correlation(&source, &format!("file-{index}"), &guid, "DataFile");
        id.sync_scope = Some(if index < 8 { "folder-a".into() } else { "folder-b".into() });
        ops.push(WriteOp::LinkExternalId(id));
    }
    run(store, &context, ops).await;
    let scope = |sync_scope: Option<&str>, keys: &[&str]| ExternalIdQuery {
        scope_guid: Some(source.guid.clone()),
        sync_scope: sync_scope.map(str::to_owned),
        keys: strings(keys),
        paging: Paging { start_from: 0, page_size: 1 },
        ..ExternalIdQuery::default()
    };
    for (query, expected) in [
        (scope(None, &[]), 12),
        (scope(Some("folder-a"), &[]), 8),
        (scope(Some("folder-b"), &[]), 4),
        (scope(None, &["file-1", "file-9", "missing"]), 2),
        (scope(Some("folder-a"), &["file-1", "file-9"]), 1),
    ] {
        let counted = ok(store.count_external_ids(&context, &query).await, "count_external_ids");
        assert_eq!(counted, expected, "expected {expected} correlations for {query:?}");
    }
}

/// Keyset paging: pages that each start after the previous page's last correlation list every
/// correlation of the scope once, in order, including keys that name several elements.
pub async fn keyset_paging_of_external_ids(harness: &dyn StoreHarness) {
    let opened = harness.open().await;
    let store = opened.as_ref();
    let source = metadata_source("keyset-correlations");
    let context = for_source("keyset-user", &source);
    let mut ops = Vec::new();
    for index in 0..11 {
        let guid = new_element(store, &context, "DataFile", &format!("keyset::file-{index}")).await;
        // Keys 0..=3 name two elements each (this one and the next).
        let key = format!("file-{:02}", index / 2);
        ops.push(WriteOp::LinkExternalId(correlation(&source, &key, &guid, "DataFile")));
    }
    run(store, &context, ops).await;
    let all = find_ids(
        store,
        &ExternalIdQuery {
            scope_guid: Some(source.guid.clone()),
            paging: Paging { start_from: 0, page_size: 100 },
            ..ExternalIdQuery::default()
        },
    )
    .await;
    assert_eq!(all.len(), 11, "expected every correlation in one page: {all:?}");
    let mut paged = Vec::new();
    let mut after = None;
    for _ in 0..10 {
        let page = find_ids(
            store,
            &ExternalIdQuery {
                scope_guid: Some(source.guid.clone()),
                after: after.clone(),
                paging: Paging { start_from: 0, page_size: 3 },
                ..ExternalIdQuery::default()
            },
        )
        .await;
        let Some(last) = page.last() else { break };
        after = Some(ExternalIdPosition::of(last));
        paged.extend(page);
    }
    let keys = |ids: &[ExternalIdentifier]| -> Vec<(String, String)> {
        ids.iter().map(|id| (id.key.clone(), id.element_guid.clone())).collect()
    };
    assert_eq!(keys(&paged), keys(&all), "expected keyset pages to list every correlation once, in order");
    // A position after the last correlation answers nothing.
    let past = ExternalIdQuery {
        scope_guid: Some(source.guid.clone()),
        after: all.last().map(ExternalIdPosition::of),
        ..ExternalIdQuery::default()
    };
    assert!(find_ids(store, &past).await.is_empty(), "expected nothing after the last correlation");
}
