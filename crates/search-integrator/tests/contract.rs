//! Contract tests of the search integration service against the real embedded (SQLite) store: a
//! database connector catalogs assets, and the search connector is handed every change as the
//! asset it concerns.

use std::collections::BTreeMap;
use std::sync::Arc;

use integration_daemon_api::{
    ElementProperties, ErrorKind, ExternalIdQuery, MetadataStore, NewElement, NewRelationship, SyncElement,
    SyncRelationship, Synchronizer, deliver_events,
};
use integration_testkit::service::{changes_since, connect, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};
use search_integrator::*;

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

/// The connector that catalogs the database (another service's connector).
async fn database_connector(store: &Arc<dyn MetadataStore>) -> IntegrationContext {
    connect(
        store,
        identity(
            IntegrationService::Database,
            "sales-db",
            PermittedSynchronization::FromThirdParty,
            Some("PostgreSQL::sales"),
        ),
    )
    .await
}

/// A search connector's core context, in `direction`.
async fn search_core(
    store: &Arc<dyn MetadataStore>,
    name: &str,
    direction: PermittedSynchronization,
) -> IntegrationContext {
    connect(store, identity(IntegrationService::Search, name, direction, Some(&format!("Elasticsearch::{name}")))).await
}

fn named(qualified_name: &str) -> ElementProperties {
    ElementProperties::new().with("qualifiedName", qualified_name)
}

/// One enumeration of the database: asset `pg::sales` (owned by the sales team) with a schema
/// type, table `orders` and its `columns` (name, data type), a connection; and, when
/// `with_export`, the data file the orders are exported to.
async fn enumerate(writer: &IntegrationContext, columns: &[(&str, &str)], with_export: bool) -> SyncSummary {
    let mut sync = Synchronizer::new(writer, "sales", SyncOptions::default()).unwrap();
    sync.upsert(
        SyncElement::new("sales", "Database", named("pg::sales").with("description", "Sales orders and customers"))
            .classified("Ownership", ElementProperties::new().with("owner", "sales-team")),
    )
    .await
    .unwrap();
    sync.upsert(
        SyncElement::new("sales#schema", "RelationalDBSchemaType", named("SchemaOf:pg::sales"))
            .under(ElementRef::Key("sales".into()), "Schema"),
    )
    .await
    .unwrap();
    sync.upsert(
        SyncElement::new("orders", "RelationalTable", named("pg::sales.orders").with("displayName", "orders"))
            .under(ElementRef::Key("sales#schema".into()), "AttributeForSchema"),
    )
    .await
    .unwrap();
    for (column, data_type) in columns {
        let properties = named(&format!("pg::sales.orders.{column}")).with("displayName", *column);
        sync.upsert(
            SyncElement::new(format!("orders.{column}"), "RelationalColumn", properties)
                .under(ElementRef::Key("orders".into()), "NestedSchemaAttribute")
                .classified("TypeEmbeddedAttribute", ElementProperties::new().with("dataType", *data_type)),
        )
        .await
        .unwrap();
    }
    sync.upsert(SyncElement::new("sales#connection", "Connection", named("pg::sales::connection"))).await.unwrap();
    sync.upsert_relationship(SyncRelationship {
        key: "sales>connection".into(),
        type_name: "AssetConnection".into(),
        end1: ElementRef::Key("sales".into()),
        end2: ElementRef::Key("sales#connection".into()),
        properties: ElementProperties::new(),
    })
    .await
    .unwrap();
    if with_export {
        sync.upsert(SyncElement::new(
            "export",
            "DataFile",
            named("file:///exports/orders.csv").with("fileType", "csv"),
        ))
        .await
        .unwrap();
    }
    sync.complete().await.unwrap()
}

/// The number of correlations the database connector holds.
async fn correlations(writer: &IntegrationContext) -> u64 {
    let scope_guid = writer.metadata_source().map(|source| source.guid.clone());
    writer.count_external_ids(&ExternalIdQuery { scope_guid, ..ExternalIdQuery::default() }).await.unwrap()
}

const COLUMNS: &[(&str, &str)] = &[("id", "integer"), ("customer", "integer"), ("total", "numeric(10,2)")];

/// A search connector as an author would write it: an index of assets by GUID.
#[derive(Default)]
struct SearchIndex {
    context: ContextSlot<SearchIntegratorContext>,
    /// The indexed documents.
    documents: BTreeMap<Guid, SearchAsset>,
    /// Every event received: its kind, asset and whether the asset came with it.
    received: Vec<(ChangeEventType, Guid, bool)>,
}

impl SearchIndex {
    fn qualified_names(&self) -> Vec<String> {
        self.documents.values().filter_map(|asset| asset.qualified_name().map(str::to_owned)).collect()
    }
}

#[async_trait]
impl SearchIntegratorConnector for SearchIndex {
    fn set_context(&mut self, context: SearchIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&SearchIntegratorContext> {
        self.context.get("refresh")
    }

    /// A full reindex.
    async fn refresh(&mut self) -> Result<()> {
        let assets = self.context()?.find_search_assets("", 0, 0).await?;
        self.documents = assets.into_iter().map(|asset| (asset.guid().to_owned(), asset)).collect();
        Ok(())
    }

    async fn save_asset(&mut self, event: &AssetCatalogEvent) -> Result<()> {
        self.received.push((event.event_type, event.asset_guid.clone(), event.asset.is_some()));
        match &event.asset {
            Some(asset) => {
                self.documents.insert(event.asset_guid.clone(), asset.clone());
            }
            None => {
                self.documents.remove(&event.asset_guid);
            }
        }
        Ok(())
    }
}

/// A started search connector hosted by its adapter, and its core context.
async fn started_index(
    store: &Arc<dyn MetadataStore>,
    name: &str,
) -> (SearchIntegratorAdapter<SearchIndex>, IntegrationContext) {
    let core = search_core(store, name, PermittedSynchronization::BothDirections).await;
    let mut adapter = SearchIntegratorAdapter::new(SearchIndex::default());
    adapter.initialize("instance-1", Connection::default()).unwrap();
    adapter.set_connector_name(name);
    adapter.set_context(core.clone()).unwrap();
    adapter.start().await.unwrap();
    (adapter, core)
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn catalogued_assets_reach_the_search_connector_as_asset_events() {
    let (_dir, store) = repository().await;
    let (mut index, search) = started_index(&store, "index").await;
    assert!(search.listener_registered(), "the adapter registers the listener at start");
    let writer = database_connector(&store).await;

    // First enumeration: 9 elements and relationships, each change delivered as its asset.
    let before = latest(&store).await;
    let summary = enumerate(&writer, COLUMNS, true).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (9, 0, 0, 0), "{summary:?}");
    assert_eq!(changes_since(&store, before).await.len(), 14, "8 elements, 6 relationships");
    assert_eq!(correlations(&writer).await, 9);
    // Not the connection's own creation (neither an asset nor a schema element); everything else:
    // the database, its schema type, table and 3 columns with their 5 relationships, the asset
    // connection and the data file.
    assert_eq!(deliver_events(&mut index, &search, 1000).await.unwrap(), 13);
    let connector = index.connector();
    assert_eq!(connector.received.len(), 13);
    assert!(connector.received.iter().all(|(_, _, with_asset)| *with_asset));
    let sales_guid = writer.get_element_by_qualified_name("pg::sales").await.unwrap().unwrap().guid;
    let export_guid = writer.get_element_by_qualified_name("file:///exports/orders.csv").await.unwrap().unwrap().guid;
    assert_eq!(connector.received.iter().filter(|(_, guid, _)| *guid == sales_guid).count(), 12);
    assert_eq!(connector.received.iter().filter(|(_, guid, _)| *guid == export_guid).count(), 1);
    assert_eq!(
        connector.received.iter().filter(|(kind, _, _)| *kind == ChangeEventType::NewRelationship).count(),
        6,
        "Schema, AttributeForSchema, 3 NestedSchemaAttribute, AssetConnection"
    );
    assert_eq!(connector.qualified_names(), ["pg::sales", "file:///exports/orders.csv"]);
    let sales = &connector.documents[&sales_guid];
    assert_eq!(sales.element_header.element_type.type_name, "Database");
    assert_eq!(sales.properties.get_str("description"), Some("Sales orders and customers"));
    assert_eq!(sales.owner.as_deref(), Some("sales-team"));
    let mut attributes: Vec<_> = sales
        .schema_attributes
        .iter()
        .map(|a| (a.type_name.as_str(), a.display_name.as_deref(), a.data_type.as_deref()))
        .collect();
    attributes.sort_unstable();
    assert_eq!(
        attributes,
        [
            ("RelationalColumn", Some("customer"), Some("integer")),
            ("RelationalColumn", Some("id"), Some("integer")),
            ("RelationalColumn", Some("total"), Some("numeric(10,2)")),
            ("RelationalTable", Some("orders"), None)
        ]
    );
    assert_eq!(sales.connections.len(), 1);
    assert_eq!(sales.connections[0].unique_name.as_deref(), Some("pg::sales::connection"));
    assert!(sales.meanings.is_empty());
    let text = sales.search_text();
    assert!(text.contains("Sales orders and customers") && text.contains("pg::sales.orders.total"), "{text}");

    // The same again: nothing is written, nothing delivered.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&writer, COLUMNS, true).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 9, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());
    assert_eq!(deliver_events(&mut index, &search, 1000).await.unwrap(), 0);
    assert_eq!(index.connector().received.len(), 13);

    // A glossary term assigned to the asset: the term is not delivered, the assignment is.
    let glossary = connect(
        &store,
        identity(IntegrationService::Catalog, "glossary", PermittedSynchronization::BothDirections, None),
    )
    .await;
    let term = glossary
        .create_element(NewElement::new("GlossaryTerm", named("term::order").with("displayName", "Order")))
        .await
        .unwrap();
    glossary.relate(NewRelationship::new("SemanticAssignment", sales_guid.as_str(), term.as_str())).await.unwrap();
    assert_eq!(deliver_events(&mut index, &search, 1000).await.unwrap(), 1);
    let meanings = &index.connector().documents[&sales_guid].meanings;
    assert_eq!(meanings.iter().map(|m| m.guid.as_str()).collect::<Vec<_>>(), [term.as_str()]);

    // The export is no longer made and `total` was dropped: the file leaves the index, the sales
    // asset stays, one column fewer.
    let summary = enumerate(&writer, &COLUMNS[..2], false).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 7, 2), "{summary:?}");
    let received_before = index.connector().received.len();
    assert_eq!(deliver_events(&mut index, &search, 1000).await.unwrap(), 3, "2 deletions and the column's nesting");
    let connector = index.connector();
    let removal: Vec<_> = connector.received[received_before..].to_vec();
    assert!(removal.contains(&(ChangeEventType::DeletedElement, export_guid.clone(), false)), "{removal:?}");
    assert!(removal.contains(&(ChangeEventType::DeletedElement, sales_guid.clone(), true)), "{removal:?}");
    assert!(removal.contains(&(ChangeEventType::DeletedRelationship, sales_guid.clone(), true)), "{removal:?}");
    assert_eq!(connector.qualified_names(), ["pg::sales"]);
    assert_eq!(correlations(&writer).await, 7);
    assert_eq!(connector.documents[&sales_guid].schema_attributes.len(), 3);
    assert!(
        connector.documents[&sales_guid].schema_attributes.iter().all(|a| a.display_name.as_deref() != Some("total"))
    );
    assert_eq!(connector.documents[&sales_guid].meanings.len(), 1, "the term stays assigned");

    // A full reindex sees what the events built.
    let from_events = index.connector().documents.clone();
    index.refresh().await.unwrap();
    assert_eq!(index.connector().documents, from_events);
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn events_are_built_per_asset_concerned() {
    let (_dir, store) = repository().await;
    let writer = database_connector(&store).await;
    enumerate(&writer, COLUMNS, true).await;
    let (mut index, search) = started_index(&store, "index").await;
    assert_eq!(deliver_events(&mut index, &search, 1000).await.unwrap(), 0, "a new listener starts from now");
    index.refresh().await.unwrap();
    assert_eq!(index.connector().documents.len(), 2);
    let sales_guid = writer.get_element_by_qualified_name("pg::sales").await.unwrap().unwrap().guid;
    let export_guid = writer.get_element_by_qualified_name("file:///exports/orders.csv").await.unwrap().unwrap().guid;
    let total = writer.get_element_by_qualified_name("pg::sales.orders.total").await.unwrap().unwrap();

    // A relationship between parts of two assets concerns both: one event, two saves.
    let lineage = connect(
        &store,
        identity(IntegrationService::Lineage, "lineage", PermittedSynchronization::FromThirdParty, None),
    )
    .await;
    lineage.relate(NewRelationship::new("DataFlow", total.guid.as_str(), export_guid.as_str())).await.unwrap();
    assert_eq!(deliver_events(&mut index, &search, 1000).await.unwrap(), 1);
    let mut saved: Vec<_> = index.connector().received.iter().map(|(_, guid, _)| guid.clone()).collect();
    saved.sort();
    let mut expected = vec![sales_guid.clone(), export_guid.clone()];
    expected.sort();
    assert_eq!(saved, expected);
    assert!(index.connector().received.iter().all(|(kind, _, _)| *kind == ChangeEventType::NewRelationship));

    // A change to a column is a change to its asset; the event carries the asset as it is now.
    writer
        .update_element(&total.guid, ElementProperties::new().with("description", "Order total, tax included"), true)
        .await
        .unwrap();
    assert_eq!(deliver_events(&mut index, &search, 1000).await.unwrap(), 1);
    let (kind, guid, with_asset) = index.connector().received.last().unwrap().clone();
    assert_eq!((kind, guid.as_str(), with_asset), (ChangeEventType::UpdatedElement, sales_guid.as_str(), true));
    let column = index.connector().documents[&sales_guid]
        .schema_attributes
        .iter()
        .find(|attribute| attribute.guid == total.guid)
        .cloned()
        .unwrap();
    assert_eq!(column.description.as_deref(), Some("Order total, tax included"));
    assert!(index.connector().documents[&sales_guid].search_text().contains("tax included"));

    // Changes that concern no asset pass the filter or not, but give no save: a schema element
    // without an anchor.
    lineage.create_element(NewElement::new("RelationalColumn", named("pg::loose.column"))).await.unwrap();
    let received = index.connector().received.len();
    assert_eq!(deliver_events(&mut index, &search, 1000).await.unwrap(), 1, "a schema element passes the filter");
    assert_eq!(index.connector().received.len(), received, "but belongs to no asset");

    // The search connector's own writes are not echoed back to it.
    let own = search.create_element(NewElement::new("DataFile", named("file:///index/snapshot.json"))).await.unwrap();
    assert_eq!(deliver_events(&mut index, &search, 1000).await.unwrap(), 0);
    assert_eq!(index.connector().received.len(), received);
    assert_eq!(index.connector_mut().context().unwrap().get_search_asset(&own).await.unwrap().unwrap().guid(), own);

    // Removing the database removes it and its parts: every event says the asset is gone.
    let before = latest(&store).await;
    writer.delete_element(&sales_guid, integration_daemon_api::DeleteMethod::SoftDelete).await.unwrap();
    let changes = changes_since(&store, before).await;
    // The database, its schema type, table and 3 columns, and their 7 relationships (the data
    // flow included) are all delivered.
    assert_eq!(changes.len(), 13, "{changes:#?}");
    assert_eq!(deliver_events(&mut index, &search, 1000).await.unwrap(), 13);
    let connector = index.connector();
    let after_delete = &connector.received[received..];
    assert_eq!(after_delete.len(), 14, "the data flow concerned both assets");
    let for_sales: Vec<_> = after_delete.iter().filter(|(_, guid, _)| *guid == sales_guid).collect();
    assert_eq!(for_sales.len(), 13);
    assert!(for_sales.iter().all(|(kind, _, with_asset)| {
        !with_asset && matches!(kind, ChangeEventType::DeletedElement | ChangeEventType::DeletedRelationship)
    }));
    assert!(
        after_delete.contains(&(ChangeEventType::DeletedRelationship, export_guid.clone(), true)),
        "the file stays, without its data flow"
    );
    assert_eq!(connector.qualified_names(), ["file:///exports/orders.csv"]);
}

#[tokio::test]
async fn search_assets_are_read_by_guid_and_found_by_search_string() {
    let (_dir, store) = repository().await;
    let writer = database_connector(&store).await;
    enumerate(&writer, COLUMNS, true).await;
    let core = search_core(&store, "reader", PermittedSynchronization::BothDirections).await;
    let context = SearchIntegratorContext::new(core).unwrap();
    let sales_guid = writer.get_element_by_qualified_name("pg::sales").await.unwrap().unwrap().guid;

    let sales = context.get_search_asset(&sales_guid).await.unwrap().expect("an asset");
    assert_eq!(sales.guid(), sales_guid);
    assert_eq!(sales.qualified_name(), Some("pg::sales"));
    assert_eq!(sales.schema_attributes.len(), 4);
    assert_eq!(sales.element_header.origin.home_metadata_collection_name.as_deref(), Some("PostgreSQL::sales"));
    // Only assets are search assets: not their parts, not other elements, not unknown GUIDs.
    let column = writer.get_element_by_qualified_name("pg::sales.orders.id").await.unwrap().unwrap();
    assert_eq!(context.get_search_asset(&column.guid).await.unwrap(), None);
    let connection = writer.get_element_by_qualified_name("pg::sales::connection").await.unwrap().unwrap();
    assert_eq!(context.get_search_asset(&connection.guid).await.unwrap(), None);
    assert_eq!(context.get_search_asset("no-such-guid").await.unwrap(), None);

    // Search strings are regular expressions over the assets' own properties; pages apply.
    let all = context.find_search_assets("", 0, 0).await.unwrap();
    let mut names: Vec<_> = all.iter().filter_map(SearchAsset::qualified_name).collect();
    names.sort_unstable();
    assert_eq!(names, ["file:///exports/orders.csv", "pg::sales"]);
    let found = context.find_search_assets("Sales orders", 0, 0).await.unwrap();
    assert_eq!(found.iter().map(SearchAsset::guid).collect::<Vec<_>>(), [sales_guid.as_str()]);
    assert_eq!(found[0].connections.len(), 1);
    assert_eq!(context.find_search_assets("^file:", 0, 0).await.unwrap().len(), 1);
    assert!(context.find_search_assets("numeric", 0, 0).await.unwrap().is_empty(), "column types are not searched");
    assert_eq!(context.find_search_assets("", 1, 1).await.unwrap().len(), 1);
    assert!(context.find_search_assets("", 2, 1).await.unwrap().is_empty());

    // The event and asset travel in Egeria's JSON shape.
    let event = AssetCatalogEvent {
        event_type: ChangeEventType::UpdatedElement,
        sequence: 7,
        asset_guid: sales_guid.clone(),
        asset: Some(sales.clone()),
    };
    let json = serde_json::to_value(&event).unwrap();
    assert_eq!(json["eventType"], "UPDATED_ELEMENT");
    assert_eq!(json["assetGUID"], sales_guid.as_str());
    assert_eq!(json["asset"]["elementHeader"]["guid"], sales_guid.as_str());
    assert_eq!(json["asset"]["owner"], "sales-team");
    assert_eq!(json["asset"]["schemaAttributes"].as_array().unwrap().len(), 4);
    assert_eq!(serde_json::from_value::<AssetCatalogEvent>(json).unwrap(), event);
    let removed = AssetCatalogEvent { asset: None, ..event };
    assert!(serde_json::to_value(&removed).unwrap().get("asset").is_none(), "no asset: drop it from the index");
}

#[tokio::test]
async fn permitted_synchronization_holds_for_the_search_connector() {
    let (_dir, store) = repository().await;
    let writer = database_connector(&store).await;
    enumerate(&writer, COLUMNS, false).await;

    // The service's default direction both listens and writes.
    assert_eq!(
        IntegrationService::Search.default_permitted_synchronization(),
        PermittedSynchronization::BothDirections
    );
    // A search connector exists to push open metadata to the index: one that may only import
    // cannot listen, so its start fails.
    let importer = search_core(&store, "importer", PermittedSynchronization::FromThirdParty).await;
    let mut adapter = SearchIntegratorAdapter::new(SearchIndex::default());
    adapter.initialize("instance-1", Connection::default()).unwrap();
    adapter.set_context(importer.clone()).unwrap();
    let error = adapter.start().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert!(error.message().contains("FROM_THIRD_PARTY") && error.message().contains("registerListener"), "{error}");
    assert!(!importer.listener_registered());
    // It may still read.
    adapter.refresh().await.unwrap();
    assert_eq!(adapter.connector().qualified_names(), ["pg::sales"]);

    // One that may only push listens, and may not write open metadata.
    let pusher = search_core(&store, "pusher", PermittedSynchronization::ToThirdParty).await;
    let context = SearchIntegratorContext::new(pusher.clone()).unwrap();
    context.register_listener().await.unwrap();
    assert!(context.validate_write_to_third_party("indexAsset").is_ok());
    let mut sync = context.synchronizer("index", SyncOptions::default()).unwrap();
    sync.typed()
        .synchronizer()
        .upsert(SyncElement::new("snapshot", "DataFile", named("file:///index/snapshot.json")))
        .await
        .unwrap();
    let error = sync.complete().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert!(pusher.get_element_by_qualified_name("file:///index/snapshot.json").await.unwrap().is_none());
    // Nor change what the database connector owns.
    let both = search_core(&store, "both", PermittedSynchronization::BothDirections).await;
    let sales = writer.get_element_by_qualified_name("pg::sales").await.unwrap().unwrap();
    let error =
        both.update_element(&sales.guid, ElementProperties::new().with("description", "x"), true).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert!(error.message().contains("PostgreSQL::sales"), "{error}");
    // A context of another service is refused.
    let error = SearchIntegratorContext::new(writer).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let (_dir, store) = repository().await;
    let writer = database_connector(&store).await;
    enumerate(&writer, COLUMNS, true).await;
    // A real asset to hand out from the mock.
    let reader =
        SearchIntegratorContext::new(search_core(&store, "reader", PermittedSynchronization::BothDirections).await)
            .unwrap();
    let assets = reader.find_search_assets("pg::sales", 0, 0).await.unwrap();
    assert_eq!(assets.len(), 1);

    let mut mock = MockSearchIntegratorApi::new();
    mock.expect_find_search_assets()
        .withf(|search_string, start_from, page_size| search_string.is_empty() && *start_from == 0 && *page_size == 0)
        .times(1)
        .returning(move |_, _, _| Ok(assets.clone()));
    let mut connector = SearchIndex::default();
    assert_eq!(connector.context().unwrap_err().kind(), ErrorKind::ConnectorChecked, "NULL_CONTEXT");
    connector.set_context(SearchIntegratorContext::from_api(Arc::new(mock)));
    connector.refresh().await.unwrap();
    assert_eq!(connector.qualified_names(), ["pg::sales"]);
    // save_asset is the connector's own: it is tested with hand-made events.
    let guid = connector.documents.keys().next().unwrap().clone();
    connector
        .save_asset(&AssetCatalogEvent {
            event_type: ChangeEventType::DeletedElement,
            sequence: 1,
            asset_guid: guid,
            asset: None,
        })
        .await
        .unwrap();
    assert!(connector.documents.is_empty());
}

#[tokio::test]
async fn the_adapter_hosts_a_typed_connector_in_the_core_lifecycle() {
    let (_dir, store) = repository().await;
    let mut connector = into_connector(SearchIndex::default());
    connector.initialize("instance-1", Connection::default()).unwrap();
    connector.set_connector_name("index");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let topic =
        connect(&store, identity(IntegrationService::Topic, "index", PermittedSynchronization::FromThirdParty, None))
            .await;
    assert!(connector.set_context(topic).is_err());
    assert_eq!(connector.refresh().await.unwrap_err().kind(), ErrorKind::ConnectorChecked);
    let writer = database_connector(&store).await;
    enumerate(&writer, COLUMNS, false).await;
    let search = search_core(&store, "index", PermittedSynchronization::BothDirections).await;
    connector.set_context(search.clone()).unwrap();
    connector.start().await.unwrap();
    connector.refresh().await.unwrap();
    enumerate(&writer, &COLUMNS[..1], false).await;
    // Two columns and their nesting relationships were removed.
    assert_eq!(deliver_events(connector.as_mut(), &search, 1000).await.unwrap(), 4);
    assert_eq!(connector.deliver_service_events().await.unwrap(), 0);
    connector.disconnect().await.unwrap();
    // The daemon's cursor was saved: a new context of the same connector starts after it.
    let again = search_core(&store, "index", PermittedSynchronization::BothDirections).await;
    again.register_listener(default_event_filter()).await.unwrap();
    assert!(again.next_events(100).await.unwrap().events.is_empty());
}
