//! The IntegrationContext and Synchronizer conformance suite: correlation, fingerprints, the
//! fail-safe, permitted synchronization, ownership, reports and listeners, on a real repository.
//!
//! Instantiate it with [`context_conformance_tests!`](crate::context_conformance_tests). Every
//! claim about writes is checked by counting change-log events.

use std::sync::Arc;
use std::time::Duration;

use integration_daemon_api::{
    AuditLog, ChangeEvent, ChangeEventType, ConnectorIdentity, DeleteMethod, ElementProperties, ElementQuery,
    ElementRef, ErrorKind, EventFilter, IntegrationContext, IntegrationService, MetadataStore, NewElement,
    PermittedSynchronization, RequestContext, SyncElement, SyncOptions, SyncRelationship, SyncSummary, Synchronizer,
};

use crate::StoreHarness;

fn identity(name: &str, sync: PermittedSynchronization, source: Option<&str>) -> ConnectorIdentity {
    ConnectorIdentity {
        connector_id: format!("{name}-id"),
        connector_name: name.to_owned(),
        user_id: format!("{name}-user"),
        integration_service: IntegrationService::Database,
        permitted_synchronization: sync,
        metadata_source_qualified_name: source.map(str::to_owned),
        generate_integration_reports: false,
        publish_zones: Vec::new(),
    }
}

async fn connect(store: &Arc<dyn MetadataStore>, identity: ConnectorIdentity) -> IntegrationContext {
    IntegrationContext::connect(identity, store.clone(), AuditLog::new("context-suite"))
        .await
        .expect("the context connects")
}

async fn database_connector(store: &Arc<dyn MetadataStore>, name: &str) -> IntegrationContext {
    connect(store, identity(name, PermittedSynchronization::FromThirdParty, Some(&format!("PostgreSQL::{name}")))).await
}

async fn latest(store: &Arc<dyn MetadataStore>) -> u64 {
    store.latest_change_sequence().await.expect("the change log reads")
}

async fn events_after(store: &Arc<dyn MetadataStore>, after: u64) -> Vec<ChangeEvent> {
    let mut events = Vec::new();
    let mut cursor = after;
    loop {
        let page = store.read_change_log(cursor, 500).await.expect("the change log reads");
        let Some(last) = page.last().map(|event| event.sequence) else { return events };
        events.extend(page);
        cursor = last;
    }
}

fn count(events: &[ChangeEvent], event_type: ChangeEventType) -> usize {
    events.iter().filter(|event| event.event_type == event_type).count()
}

/// One table with `columns` columns, the way a database connector enumerates it.
fn table_items(schema: &str, table: &str, columns: &[(&str, &str)]) -> Vec<SyncElement> {
    let table_key = format!("{schema}.{table}");
    let mut items = vec![SyncElement::new(
        table_key.clone(),
        "RelationalTable",
        ElementProperties::new().with("qualifiedName", format!("db::{table_key}")).with("displayName", table),
    )];
    for (position, (column, data_type)) in columns.iter().enumerate() {
        let key = format!("{table_key}.{column}");
        let mut properties = ElementProperties::new()
            .with("qualifiedName", format!("db::{key}"))
            .with("displayName", *column)
            .with("nativeClass", *data_type);
        if position == 0 {
            properties.insert("isNullable", false);
        }
        items.push(
            SyncElement::new(key, "RelationalColumn", properties)
                .under(ElementRef::Key(table_key.clone()), "NestedSchemaAttribute"),
        );
    }
    items
}

/// The enumeration of a schema: a schema element, its schema type, tables and columns.
fn schema_items(schema: &str, tables: &[(&str, &[(&str, &str)])]) -> Vec<SyncElement> {
    let mut items = vec![
        SyncElement::new(
            schema,
            "DeployedDatabaseSchema",
            ElementProperties::new().with("qualifiedName", format!("db::{schema}")).with("displayName", schema),
        ),
        SyncElement::new(
            format!("{schema}#type"),
            "RelationalDBSchemaType",
            ElementProperties::new().with("qualifiedName", format!("db::{schema}#type")),
        )
        .under(ElementRef::Key(schema.to_owned()), "Schema"),
    ];
    for (table, columns) in tables {
        let mut table_items = table_items(schema, table, columns);
        table_items[0].parent = Some(integration_daemon_api::SyncParent {
            parent: ElementRef::Key(format!("{schema}#type")),
            relationship_type: "AttributeForSchema".into(),
            properties: ElementProperties::new(),
            parent_at_end1: true,
            is_own_anchor: false,
        });
        items.extend(table_items);
    }
    items
}

const ORDERS: &[(&str, &str)] = &[("id", "int"), ("customer", "int"), ("total", "numeric")];
const CUSTOMERS: &[(&str, &str)] = &[("id", "int"), ("name", "text")];

async fn enumerate(
    context: &IntegrationContext,
    scope: &str,
    items: Vec<SyncElement>,
    options: SyncOptions,
) -> SyncSummary {
    let mut synchronizer = Synchronizer::new(context, scope, options).expect("a synchronizer");
    for item in items {
        synchronizer.upsert(item).await.expect("the item is accepted");
    }
    synchronizer.complete().await.expect("the enumeration completes")
}

/// Small batches, so the tests cross batch boundaries.
fn small_batches() -> SyncOptions {
    SyncOptions { batch_size: 4, ..SyncOptions::default() }
}

/// The first enumeration creates everything, correlated; an identical second one writes nothing
/// at all (no change-log event) and reports everything unchanged.
pub async fn unchanged_enumeration_writes_nothing(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let context = database_connector(&store, "unchanged").await;
    let items = || schema_items("sales", &[("orders", ORDERS), ("customers", CUSTOMERS)]);
    let before = latest(&store).await;
    context.start_recording();
    let first = enumerate(&context, "sales", items(), small_batches()).await;
    let report = context.publish_report().await.unwrap().unwrap();
    assert_eq!((first.created, first.updated, first.unchanged, first.removed), (9, 0, 0, 0), "{first:?}");
    assert_eq!(report.created_elements.len(), 9, "the report lists every created element");
    let events = events_after(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement), 9);
    assert_eq!(count(&events, ChangeEventType::NewRelationship), 8, "every element but the schema has a parent link");

    let table = store
        .get_element_by_unique_name(&RequestContext::user("check"), "db::sales.orders", "qualifiedName")
        .await
        .unwrap()
        .expect("the table exists");
    assert_eq!(table.owning_source(), context.metadata_source().map(|s| s.guid.as_str()), "owned by the source");
    let correlation = context
        .find_external_ids(&integration_daemon_api::ExternalIdQuery {
            keys: vec!["sales.orders".into()],
            ..integration_daemon_api::ExternalIdQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(correlation.len(), 1);
    assert_eq!(correlation[0].element_guid, table.guid);
    assert_eq!(correlation[0].sync_scope.as_deref(), Some("sales"));
    assert!(correlation[0].fingerprint.is_some());

    let before = latest(&store).await;
    context.start_recording();
    let second = enumerate(&context, "sales", items(), small_batches()).await;
    let report = context.publish_report().await.unwrap().unwrap();
    assert_eq!((second.created, second.updated, second.unchanged, second.removed), (0, 0, 9, 0), "{second:?}");
    assert_eq!(latest(&store).await, before, "an unchanged enumeration writes no event");
    assert_eq!(report.unchanged_elements.len(), 9);
    assert!(!report.has_changes());
}

/// Changing one column gives exactly one update event; classifications follow the item.
pub async fn one_change_gives_one_update(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let context = database_connector(&store, "one-change").await;
    enumerate(&context, "sales", schema_items("sales", &[("orders", ORDERS)]), small_batches()).await;

    let mut changed = schema_items("sales", &[("orders", ORDERS)]);
    let total = changed.iter_mut().find(|item| item.key == "sales.orders.total").unwrap();
    total.properties.insert("description", "Order total in EUR");
    let before = latest(&store).await;
    let summary = enumerate(&context, "sales", changed, small_batches()).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged), (0, 1, 5), "{summary:?}");
    let events = events_after(&store, before).await;
    assert_eq!(events.len(), 1, "exactly one event: {events:?}");
    assert_eq!(events[0].event_type, ChangeEventType::UpdatedElement);

    // A classification is a change too, and removing it again is one more.
    let classified = |with_key: bool| {
        let mut items = schema_items("sales", &[("orders", ORDERS)]);
        let total = items.iter_mut().find(|item| item.key == "sales.orders.total").unwrap();
        total.properties.insert("description", "Order total in EUR");
        let id = items.iter_mut().find(|item| item.key == "sales.orders.id").unwrap();
        if with_key {
            id.classifications.push(("PrimaryKey".into(), ElementProperties::new().with("displayName", "orders_pk")));
        }
        items
    };
    let before = latest(&store).await;
    enumerate(&context, "sales", classified(true), small_batches()).await;
    let events = events_after(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::ClassifiedElement), 1, "{events:?}");
    let before = latest(&store).await;
    enumerate(&context, "sales", classified(true), small_batches()).await;
    assert_eq!(latest(&store).await, before, "unchanged again");
    enumerate(&context, "sales", classified(false), small_batches()).await;
    let events = events_after(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::DeclassifiedElement), 1, "{events:?}");
}

/// A column that vanished is removed (soft delete by default, archive when configured); a table
/// that vanished goes with its columns.
pub async fn vanished_items_are_removed(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let context = database_connector(&store, "vanished").await;
    let columns: &[(&str, &str)] = &[("a", "int"), ("b", "int"), ("c", "int"), ("d", "int"), ("e", "int")];
    enumerate(&context, "wide", schema_items("wide", &[("t", columns)]), small_batches()).await;
    let check = RequestContext::user("check");
    let column_e = store.get_element_by_unique_name(&check, "db::wide.t.e", "qualifiedName").await.unwrap().unwrap();

    let before = latest(&store).await;
    let summary = enumerate(&context, "wide", schema_items("wide", &[("t", &columns[..4])]), small_batches()).await;
    assert_eq!(summary.removed, 1, "{summary:?}");
    assert!(summary.removal_skipped.is_none());
    let events = events_after(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement), 1, "{events:?}");
    assert!(
        store
            .get_element(&check, &column_e.guid, integration_daemon_api::GetOptions::default())
            .await
            .unwrap()
            .is_none()
    );

    // Archive keeps it for lineage.
    let archive = SyncOptions { delete_method: DeleteMethod::Archive, ..small_batches() };
    enumerate(&context, "wide", schema_items("wide", &[("t", &columns[..3])]), archive).await;
    let column_d = store
        .find_elements(&check, &ElementQuery { for_lineage: true, ..ElementQuery::of_type("RelationalColumn") })
        .await
        .unwrap()
        .into_iter()
        .find(|element| element.qualified_name() == Some("db::wide.t.d"))
        .expect("the archived column is kept for lineage");
    assert!(column_d.classification("Memento").is_some());

    // Two tables; one vanishes with its columns (under the fail-safe threshold of the scope).
    let two =
        schema_items("pair", &[("orders", ORDERS), ("customers", CUSTOMERS), ("items", ORDERS), ("lines", ORDERS)]);
    enumerate(&context, "pair", two, small_batches()).await;
    let before = latest(&store).await;
    let three = schema_items("pair", &[("orders", ORDERS), ("items", ORDERS), ("lines", ORDERS)]);
    let summary = enumerate(&context, "pair", three, small_batches()).await;
    assert_eq!(summary.removed, 3, "the table and its two columns: {summary:?}");
    let events = events_after(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement), 3, "{events:?}");
    assert!(
        store.get_element_by_unique_name(&check, "db::pair.customers.name", "qualifiedName").await.unwrap().is_none()
    );
}

/// A failed or partial enumeration removes nothing; the report says why.
pub async fn incomplete_enumerations_remove_nothing(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let context = database_connector(&store, "incomplete").await;
    enumerate(
        &context,
        "sales",
        schema_items("sales", &[("orders", ORDERS), ("customers", CUSTOMERS)]),
        small_batches(),
    )
    .await;
    let only_orders = || schema_items("sales", &[("orders", ORDERS)]);

    // Partial: the connector says so.
    let before = latest(&store).await;
    context.start_recording();
    let mut synchronizer = Synchronizer::new(&context, "sales", small_batches()).unwrap();
    for item in only_orders() {
        synchronizer.upsert(item).await.unwrap();
    }
    synchronizer.mark_incomplete("listing table customers failed: permission denied");
    let summary = synchronizer.complete().await.unwrap();
    let report = context.publish_report().await.unwrap().unwrap();
    assert_eq!(summary.removed, 0);
    assert!(
        summary.removal_skipped.as_deref().is_some_and(|reason| reason.contains("permission denied")),
        "{summary:?}"
    );
    assert!(report.notes.iter().any(|note| note.contains("permission denied")), "{:?}", report.notes);
    assert_eq!(latest(&store).await, before, "nothing removed, nothing written");

    // Failed: an item is refused (unknown type); the rest of the enumeration cannot remove anything.
    let mut synchronizer = Synchronizer::new(&context, "sales", small_batches()).unwrap();
    for item in only_orders() {
        synchronizer.upsert(item).await.unwrap();
    }
    let bad =
        SyncElement::new("sales.weird", "NoSuchType", ElementProperties::new().with("qualifiedName", "db::weird"));
    let error = match synchronizer.upsert(bad).await {
        Err(error) => error,
        Ok(()) => synchronizer.flush().await.expect_err("an unknown type is refused"),
    };
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    let summary = synchronizer.complete().await.unwrap();
    assert_eq!(summary.removed, 0, "{summary:?}");
    assert!(summary.removal_skipped.is_some());

    // Aborted.
    let mut synchronizer = Synchronizer::new(&context, "sales", small_batches()).unwrap();
    synchronizer.upsert(only_orders().remove(0)).await.unwrap();
    let summary = synchronizer.abort("the database went away");
    assert_eq!(summary.removal_skipped.as_deref(), Some("the database went away"));
    let check = RequestContext::user("check");
    assert!(store.get_element_by_unique_name(&check, "db::sales.customers", "qualifiedName").await.unwrap().is_some());
}

/// Removing as much as the fail-safe threshold or more removes nothing, and says so.
pub async fn fail_safe_threshold(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let context = database_connector(&store, "fail-safe").await;
    let tables: Vec<String> = (0..10).map(|i| format!("t{i}")).collect();
    let items = |count: usize| -> Vec<SyncElement> {
        tables[..count]
            .iter()
            .map(|table| {
                SyncElement::new(
                    table.clone(),
                    "RelationalTable",
                    ElementProperties::new().with("qualifiedName", format!("db::fs.{table}")),
                )
            })
            .collect()
    };
    enumerate(&context, "fs", items(10), small_batches()).await;

    // 6 of 10 missing: 60% >= 50%.
    let before = latest(&store).await;
    context.start_recording();
    let summary = enumerate(&context, "fs", items(4), small_batches()).await;
    let report = context.publish_report().await.unwrap().unwrap();
    assert_eq!(summary.removed, 0, "{summary:?}");
    let reason = summary.removal_skipped.expect("the fail-safe says why");
    assert!(reason.contains("6 of the 10") && reason.contains("50%"), "{reason}");
    assert!(report.notes.iter().any(|note| note.contains("6 of the 10")), "{:?}", report.notes);
    assert_eq!(latest(&store).await, before);

    // With a higher threshold for this run, the same enumeration removes them.
    let relaxed = SyncOptions { fail_safe_threshold: 0.7, ..small_batches() };
    let summary = enumerate(&context, "fs", items(4), relaxed).await;
    assert_eq!(summary.removed, 6, "{summary:?}");

    // A small removal is always allowed when configured.
    let small = SyncOptions { always_remove_up_to: 3, ..small_batches() };
    let summary = enumerate(&context, "fs", items(1), small).await;
    assert_eq!(summary.removed, 3, "3 of 4 (75%) but within always_remove_up_to: {summary:?}");
}

/// Relationships are synchronized too: created, unchanged, updated, removed.
pub async fn relationships_are_synchronized(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let context = database_connector(&store, "relationships").await;
    let run = |confidence: Option<i32>, with_fk: bool| {
        let context = context.clone();
        async move {
            let mut synchronizer = Synchronizer::new(&context, "keys", small_batches()).unwrap();
            for item in table_items("s", "orders", ORDERS).into_iter().chain(table_items("s", "customers", CUSTOMERS)) {
                synchronizer.upsert(item).await.unwrap();
            }
            if with_fk {
                synchronizer
                    .upsert_relationship(SyncRelationship {
                        key: "fk_orders_customer".into(),
                        type_name: "ForeignKey".into(),
                        end1: ElementRef::Key("s.customers.id".into()),
                        end2: ElementRef::Key("s.orders.customer".into()),
                        properties: ElementProperties::new().with_opt("confidence", confidence),
                    })
                    .await
                    .unwrap();
            }
            synchronizer.complete().await.unwrap()
        }
    };
    let before = latest(&store).await;
    let first = run(None, true).await;
    assert_eq!(first.created, 8, "7 elements and the foreign key: {first:?}");
    assert_eq!(count(&events_after(&store, before).await, ChangeEventType::NewRelationship), 6);

    let before = latest(&store).await;
    let second = run(None, true).await;
    assert_eq!((second.created, second.unchanged), (0, 8), "{second:?}");
    assert_eq!(latest(&store).await, before);

    run(Some(90), true).await;
    let events = events_after(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::UpdatedRelationship), 1, "{events:?}");
    assert_eq!(events.len(), 1, "{events:?}");

    let before = latest(&store).await;
    let fourth = run(Some(90), false).await;
    assert_eq!(fourth.removed, 1, "{fourth:?}");
    let events = events_after(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship), 1, "{events:?}");
}

/// A TO_THIRD_PARTY connector cannot change open metadata, and a FROM_THIRD_PARTY connector
/// cannot be made to push open metadata back: both refused with user-not-authorized errors that
/// name the connector and the direction.
pub async fn permitted_synchronization_is_enforced(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let outbound =
        connect(&store, identity("security-push", PermittedSynchronization::ToThirdParty, Some("LDAP::corp"))).await;
    let before = latest(&store).await;
    let error = outbound
        .create_element(NewElement::new(
            "SecurityGroup",
            ElementProperties::new().with("qualifiedName", "ldap::admins"),
        ))
        .await
        .expect_err("a TO_THIRD_PARTY connector cannot create elements");
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("security-push") && error.message().contains("TO_THIRD_PARTY"), "{error}");
    let mut synchronizer = Synchronizer::new(&outbound, "groups", SyncOptions::default()).unwrap();
    synchronizer
        .upsert(SyncElement::new(
            "admins",
            "SecurityGroup",
            ElementProperties::new().with("qualifiedName", "ldap::admins"),
        ))
        .await
        .unwrap();
    let error = synchronizer.complete().await.expect_err("nor synchronize into open metadata");
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert_eq!(latest(&store).await, before, "nothing was written");

    let inbound = database_connector(&store, "catalog-only").await;
    let error = inbound.validate_write_to_third_party("pushSchema").expect_err("FROM_THIRD_PARTY does not push back");
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("catalog-only") && error.message().contains("FROM_THIRD_PARTY"), "{error}");
    let error = inbound.register_listener(EventFilter::all()).await.expect_err("nor listen for changes to push back");
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(outbound.validate_write_to_third_party("pushGroups").is_ok());
}

/// Elements owned by one connector's source cannot be changed through another connector.
pub async fn ownership_is_enforced_through_contexts(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let owner = database_connector(&store, "owner").await;
    let intruder = database_connector(&store, "intruder").await;
    enumerate(&owner, "sales", schema_items("sales", &[("orders", ORDERS)]), small_batches()).await;
    let table = owner.get_element_by_qualified_name("db::sales.orders").await.unwrap().unwrap();
    let before = latest(&store).await;
    let error = intruder
        .update_element(&table.guid, ElementProperties::new().with("description", "mine now"), true)
        .await
        .expect_err("another source may not update");
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains(&table.guid), "{error}");
    let error = intruder.delete_element(&table.guid, DeleteMethod::SoftDelete).await.expect_err("nor delete");
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert_eq!(latest(&store).await, before);
    assert!(owner.update_element(&table.guid, ElementProperties::new().with("description", "ok"), true).await.is_ok());

    // Without a configured source, elements are local: another connector may change them.
    let local = connect(&store, identity("local", PermittedSynchronization::FromThirdParty, None)).await;
    let guid = local
        .create_element(NewElement::new("DataSet", ElementProperties::new().with("qualifiedName", "local::ds")))
        .await
        .unwrap();
    assert!(local.get_element(&guid).await.unwrap().unwrap().owning_source().is_none());
    assert!(intruder.update_element(&guid, ElementProperties::new().with("description", "shared"), true).await.is_ok());
}

/// With `generateIntegrationReports`, a refresh that changed something is stored as a
/// `ConnectorActivityReport` element; one that changed nothing is not.
pub async fn integration_reports_are_stored(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let mut with_reports = identity("reporter", PermittedSynchronization::FromThirdParty, Some("PostgreSQL::reporter"));
    with_reports.generate_integration_reports = true;
    let context = connect(&store, with_reports).await;
    context.start_recording();
    enumerate(&context, "sales", schema_items("sales", &[("orders", ORDERS)]), small_batches()).await;
    let report = context.publish_report().await.unwrap().unwrap();
    let stored = report.report_guid.clone().expect("a report element was stored");
    let element = context.get_element(&stored).await.unwrap().expect("the report element exists");
    assert_eq!(element.type_name(), "ConnectorActivityReport");
    assert_eq!(
        element
            .property("createdElements")
            .and_then(integration_daemon_api::PropertyValue::as_string_array)
            .map(|a| a.len()),
        Some(6)
    );
    assert_eq!(context.last_report().unwrap().report_guid, Some(stored));

    context.start_recording();
    enumerate(&context, "sales", schema_items("sales", &[("orders", ORDERS)]), small_batches()).await;
    let report = context.publish_report().await.unwrap().unwrap();
    assert!(report.report_guid.is_none(), "nothing changed, nothing stored");
}

/// A listener sees every event of another writer exactly once, in order, across a restart; never
/// its own writes; and nothing while its refresh runs (those wait and come after).
pub async fn listener_sees_other_writers_exactly_once(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let listener_identity = identity("listener", PermittedSynchronization::BothDirections, Some("Catalog::listener"));
    let listener = connect(&store, listener_identity.clone()).await;
    listener.register_listener(EventFilter::element_types(&["DataSet"])).await.unwrap();
    let writer = database_connector(&store, "writer").await;
    let mut expected = Vec::new();
    for index in 0..6 {
        let guid = writer
            .create_element(NewElement::new(
                "DataSet",
                ElementProperties::new().with("qualifiedName", format!("w::{index}")),
            ))
            .await
            .unwrap();
        expected.push(guid);
    }
    // Writes the filter drops, and the listener's own writes.
    writer
        .create_element(NewElement::new("GlossaryTerm", ElementProperties::new().with("qualifiedName", "w::term")))
        .await
        .unwrap();
    listener
        .create_element(NewElement::new("DataSet", ElementProperties::new().with("qualifiedName", "own::ds")))
        .await
        .unwrap();

    // Deliver three, then "restart".
    let first = listener.next_events(3).await.unwrap();
    let mut delivered: Vec<String> = first.events.iter().map(|event| event.guid.clone()).collect();
    listener.acknowledge_events(first.through).await.unwrap();
    listener.disconnect();
    drop(listener);

    let restarted = connect(&store, listener_identity).await;
    restarted.register_listener(EventFilter::element_types(&["DataSet"])).await.unwrap();
    // A refresh holds delivery back; the events wait.
    restarted.start_recording();
    assert!(restarted.refresh_in_progress());
    let mut probe = Probe::default();
    assert_eq!(integration_daemon_api::deliver_events(&mut probe, &restarted, 100).await.unwrap(), 0);
    restarted.publish_report().await.unwrap();
    assert!(restarted.wait_for_events(Duration::from_secs(30)).await.unwrap(), "events are waiting");
    while integration_daemon_api::deliver_events(&mut probe, &restarted, 2).await.unwrap() > 0 {}
    delivered.extend(probe.seen.iter().cloned());
    assert_eq!(delivered, expected, "every event of the other writer, once, in order, and nothing else");
    let own = restarted.next_events(100).await.unwrap();
    assert!(own.events.is_empty(), "no echo of its own writes: {:?}", own.events);
}

/// A connector that records the GUIDs of the events delivered to it.
#[derive(Default)]
struct Probe {
    seen: Vec<String>,
}

#[async_trait::async_trait]
impl integration_daemon_api::IntegrationConnector for Probe {
    fn initialize(&mut self, _: &str, _: integration_daemon_api::Connection) -> integration_daemon_api::Result<()> {
        Ok(())
    }
    fn set_audit_log(&mut self, _: AuditLog) {}
    fn set_connector_name(&mut self, _: &str) {}
    fn set_context(&mut self, _: IntegrationContext) -> integration_daemon_api::Result<()> {
        Ok(())
    }
    async fn start(&mut self) -> integration_daemon_api::Result<()> {
        Ok(())
    }
    async fn refresh(&mut self) -> integration_daemon_api::Result<()> {
        Ok(())
    }
    async fn disconnect(&mut self) -> integration_daemon_api::Result<()> {
        Ok(())
    }
    async fn process_event(&mut self, event: &ChangeEvent) -> integration_daemon_api::Result<()> {
        self.seen.push(event.guid.clone());
        Ok(())
    }
}

/// After `disconnect`, every call through the context (and its synchronizers) is refused.
pub async fn disconnected_context_refuses_everything(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let context = database_connector(&store, "disconnected").await;
    let mut synchronizer = Synchronizer::new(&context, "sales", small_batches()).unwrap();
    synchronizer.upsert(schema_items("sales", &[]).remove(0)).await.unwrap();
    context.disconnect();
    let before = latest(&store).await;
    let error = synchronizer.complete().await.expect_err("the synchronizer cannot write after disconnect");
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("disconnected"), "{error}");
    assert!(context.get_element_by_qualified_name("db::sales").await.is_err());
    assert!(context.find_elements(&ElementQuery::default()).await.is_err());
    assert!(Synchronizer::new(&context, "other", SyncOptions::default()).is_err());
    assert_eq!(latest(&store).await, before);
}

/// A key enumerated in another scope of the same source moves there: its element is updated, not
/// created again (the new scope's synchronizer looks up keys its own scope does not know), and
/// the old scope, enumerated empty, removes nothing of it.
pub async fn keys_move_between_scopes(harness: &dyn StoreHarness) {
    let store = harness.open().await;
    let context = database_connector(&store, "moving").await;
    let items = || schema_items("sales", &[("orders", ORDERS)]);
    let first = enumerate(&context, "sales", items(), small_batches()).await;
    assert_eq!((first.created, first.updated), (6, 0), "{first:?}");

    let before = latest(&store).await;
    let moved = enumerate(&context, "archive", items(), small_batches()).await;
    assert_eq!((moved.created, moved.updated, moved.removed), (0, 6, 0), "{moved:?}");
    let events = events_after(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement), 0, "nothing created again: {events:?}");

    let emptied = enumerate(&context, "sales", Vec::new(), small_batches()).await;
    assert_eq!(emptied.removed, 0, "the moved items belong to the other scope now: {emptied:?}");
    let again = enumerate(&context, "archive", items(), small_batches()).await;
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 6), "{again:?}");
}
