//! The OpenLineage receiver, created by its provider and run through the lifecycle against the real
//! embedded store, with events posted over HTTP; and unit-tested with the mock context.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use integration_daemon_api::{
    ErrorKind as CoreErrorKind, ExternalIdQuery, GetOptions, MetadataStore, OpenMetadataElement,
    OpenMetadataRelationship, RelatedElementsQuery, RelatedMetadataElement, RequestContext, TypeRegistry, WriteBatch,
    WriteOutcome,
};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use integration_testkit::wait::until;
use lineage_integrator::serde_json::{Value, json};
use lineage_integrator::*;
use open_metadata_beans::SchemaAttributeProperties;
use open_metadata_store::{SqliteStore, StoreOptions};
use openlineage_receiver_connector::mapping::{EVENT_TIME_PROPERTY, EVENT_TYPE_PROPERTY, RUN_ID_PROPERTY};
use openlineage_receiver_connector::*;

/// The OpenLineage bus is one per process: only the test that uses it listens to it (the others
/// run with `receivePublishedEvents = false`, so events published there never reach them).
static BUS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

const RUN: &str = "0194c7a4-0000-7000-8000-000000000001";

/// A run event of `airflow/daily_orders.load` (a task of the DAG `airflow/daily_orders`) that read
/// `postgres://db:5432::sales.public.orders` (with a schema of 2 columns, one with 2 nested fields)
/// and wrote `s3://lake::daily_orders`.
fn load_event(event_type: &str, time: &str, with_facets: bool) -> Value {
    let mut event = json!({
        "eventType": event_type,
        "eventTime": time,
        "run": { "runId": RUN, "facets": {
            "parent": { "run": { "runId": "0194c7a4-0000-7000-8000-0000000000aa" },
                        "job": { "namespace": "airflow", "name": "daily_orders" } } } },
        "job": { "namespace": "airflow", "name": "daily_orders.load" },
        "inputs": [ { "namespace": "postgres://db:5432", "name": "sales.public.orders" } ],
        "outputs": [ { "namespace": "s3://lake", "name": "daily_orders" } ],
        "producer": "https://github.com/OpenLineage/OpenLineage/tree/1.40.0/integration/airflow",
        "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"
    });
    if with_facets {
        event["job"]["facets"] = json!({
            "sql": { "query": "insert into daily_orders select * from orders" },
            "documentation": { "description": "Loads the daily orders" }
        });
        event["inputs"][0]["facets"] = json!({
            "schema": { "fields": [
                { "name": "id", "type": "INTEGER", "description": "order id" },
                { "name": "customer", "type": "STRUCT", "fields": [
                    { "name": "name", "type": "VARCHAR" },
                    { "name": "city", "type": "VARCHAR" } ] } ] },
            "documentation": { "description": "Every order" }
        });
    }
    event
}

/// A store that delegates to a real one, and fails every write while told to.
struct FailingStore {
    inner: Arc<dyn MetadataStore>,
    failing: AtomicBool,
}

const STORE_DOWN: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    id: "TEST-STORE-503-001",
    http_code: 503,
    text: "The repository is down ({0})",
    system_action: "Nothing is written.",
    user_action: "Wait.",
};

#[async_trait]
impl MetadataStore for FailingStore {
    fn type_registry(&self) -> Arc<TypeRegistry> {
        self.inner.type_registry()
    }

    async fn execute(&self, context: &RequestContext, batch: WriteBatch) -> Result<Vec<WriteOutcome>> {
        if self.failing.load(Ordering::SeqCst) {
            return Err(STORE_DOWN.error(&[&"test"]));
        }
        self.inner.execute(context, batch).await
    }

    async fn get_element(
        &self,
        context: &RequestContext,
        guid: &str,
        options: GetOptions,
    ) -> Result<Option<OpenMetadataElement>> {
        self.inner.get_element(context, guid, options).await
    }

    async fn get_elements(&self, context: &RequestContext, guids: &[Guid]) -> Result<Vec<OpenMetadataElement>> {
        self.inner.get_elements(context, guids).await
    }

    async fn get_element_by_unique_name(
        &self,
        context: &RequestContext,
        name: &str,
        property_name: &str,
    ) -> Result<Option<OpenMetadataElement>> {
        self.inner.get_element_by_unique_name(context, name, property_name).await
    }

    async fn find_elements(
        &self,
        context: &RequestContext,
        query: &integration_daemon_api::ElementQuery,
    ) -> Result<Vec<OpenMetadataElement>> {
        self.inner.find_elements(context, query).await
    }

    async fn get_relationship(&self, context: &RequestContext, guid: &str) -> Result<Option<OpenMetadataRelationship>> {
        self.inner.get_relationship(context, guid).await
    }

    async fn get_related_elements(
        &self,
        context: &RequestContext,
        query: &RelatedElementsQuery,
    ) -> Result<Vec<RelatedMetadataElement>> {
        self.inner.get_related_elements(context, query).await
    }

    async fn find_external_ids(
        &self,
        context: &RequestContext,
        query: &ExternalIdQuery,
    ) -> Result<Vec<integration_daemon_api::ExternalIdentifier>> {
        self.inner.find_external_ids(context, query).await
    }

    async fn count_external_ids(&self, context: &RequestContext, query: &ExternalIdQuery) -> Result<u64> {
        self.inner.count_external_ids(context, query).await
    }

    async fn read_change_log(&self, after: u64, limit: u32) -> Result<Vec<ChangeEvent>> {
        self.inner.read_change_log(after, limit).await
    }

    async fn latest_change_sequence(&self) -> Result<u64> {
        self.inner.latest_change_sequence().await
    }

    async fn wait_for_changes(&self, after: u64, timeout: Duration) -> Result<u64> {
        self.inner.wait_for_changes(after, timeout).await
    }

    async fn load_cursor(&self, name: &str) -> Result<Option<u64>> {
        self.inner.load_cursor(name).await
    }

    async fn save_cursor(&self, name: &str, sequence: u64) -> Result<()> {
        self.inner.save_cursor(name, sequence).await
    }
}

/// A repository in its own directory.
struct Setup {
    _dir: tempfile::TempDir,
    store: Arc<dyn MetadataStore>,
    http: reqwest::Client,
}

impl Setup {
    async fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
        Setup { _dir: dir, store, http: reqwest::Client::new() }
    }

    /// A receiver made by the provider from a connection, started as the daemon starts it, over
    /// `store` (the setup's own unless another is given). Returns it with its base URL.
    async fn receiver_over(
        &self,
        store: &Arc<dyn MetadataStore>,
        name: &str,
        properties: &[(&str, &str)],
    ) -> (Box<dyn IntegrationConnector>, String) {
        let mut connection = Connection::for_provider(PROVIDER_NAME);
        connection.endpoint = Some(Endpoint::at("127.0.0.1:0"));
        connection.configuration_properties.insert(RECEIVE_PUBLISHED_EVENTS.to_owned(), false.into());
        for (property, value) in properties {
            connection.configuration_properties.insert((*property).to_owned(), (*value).into());
        }
        let provider = OpenLineageReceiverProvider;
        assert!(provider.validate_connection(&connection).is_empty());
        let mut connector = provider.create_connector(&connection).unwrap();
        connector.initialize("instance", connection).unwrap();
        connector.set_connector_name(name);
        let context = connect(
            store,
            identity(
                IntegrationService::Lineage,
                name,
                PermittedSynchronization::FromThirdParty,
                Some(&format!("OpenLineage::{name}")),
            ),
        )
        .await;
        connector.set_context(context).unwrap();
        connector.start().await.unwrap();
        let address = connector.statistics()["listenAddress"].as_str().unwrap().to_owned();
        (connector, format!("http://{address}"))
    }

    async fn receiver(&self, name: &str, properties: &[(&str, &str)]) -> (Box<dyn IntegrationConnector>, String) {
        self.receiver_over(&self.store, name, properties).await
    }

    /// A context of another connector, to read what was recorded.
    async fn reader(&self) -> LineageIntegratorContext {
        let core = connect(
            &self.store,
            identity(IntegrationService::Lineage, "reader", PermittedSynchronization::FromThirdParty, None),
        )
        .await;
        LineageIntegratorContext::new(core).unwrap()
    }

    async fn post(&self, url: &str, event: &Value) -> (u16, Value) {
        self.post_text(url, &event.to_string()).await
    }

    async fn post_text(&self, url: &str, body: &str) -> (u16, Value) {
        let response = self
            .http
            .post(format!("{url}{LINEAGE_PATH}"))
            .header("Content-Type", "application/json")
            .body(body.to_owned())
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    async fn latest(&self) -> u64 {
        latest(&self.store).await
    }

    async fn changes_since(&self, before: u64) -> Vec<ChangeEvent> {
        changes_since(&self.store, before).await
    }
}

fn statistic(connector: &dyn IntegrationConnector, name: &str) -> u64 {
    connector.statistics().get(name).and_then(Value::as_u64).unwrap_or(0)
}

/// The elements related to `guid` through `relationship` (from end 1), with the relationships.
async fn related(core: &IntegrationContext, guid: &str, relationship: &str) -> Vec<RelatedMetadataElement> {
    let query = RelatedElementsQuery {
        starting_at_end: RelationshipEnd::End1,
        ..RelatedElementsQuery::new(guid, Some(relationship))
    };
    core.get_related_elements(&query).await.unwrap()
}

/// The schema of a data set, as (qualified name, type, data type, position, description) in
/// depth-first order.
async fn schema_of(core: &IntegrationContext, data_set: &str) -> Vec<(String, String, String, i32, Option<String>)> {
    async fn walk(
        core: &IntegrationContext,
        parent: &str,
        relationship: &str,
        out: &mut Vec<(String, String, String, i32, Option<String>)>,
    ) {
        let mut attributes: Vec<(SchemaAttributeProperties, String, String)> = related(core, parent, relationship)
            .await
            .into_iter()
            .map(|attribute| {
                let typed = TypedElement::<SchemaAttributeProperties>::from_element(
                    &attribute.element,
                    Some(&attribute.relationship.relationship_properties),
                );
                (typed.properties, attribute.element.type_name().to_owned(), attribute.element.guid.clone())
            })
            .collect();
        attributes.sort_by_key(|(properties, _, _)| properties.element_position);
        for (properties, type_name, guid) in attributes {
            out.push((
                properties.qualified_name.clone().unwrap(),
                type_name,
                properties.data_type.clone().unwrap_or_default(),
                properties.element_position.unwrap_or(-1),
                properties.description.clone(),
            ));
            Box::pin(walk(core, &guid, "NestedSchemaAttribute", out)).await;
        }
    }
    let schema_types = related(core, data_set, "Schema").await;
    assert_eq!(schema_types.len(), 1, "one schema type");
    assert_eq!(schema_types[0].element.type_name(), "TabularSchemaType");
    let mut out = Vec::new();
    walk(core, &schema_types[0].element.guid, "AttributeForSchema", &mut out).await;
    out
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn run_events_over_http_become_processes_data_sets_schemas_and_flows() {
    let setup = Setup::new().await;
    let (mut connector, url) = setup.receiver("airflow-lineage", &[]).await;
    let before = setup.latest().await;

    // START: everything is new.
    let (status, body) = setup.post(&url, &load_event("START", "2026-11-23T10:00:00.000Z", true)).await;
    assert_eq!(status, 201, "{body}");
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Process")), 2, "the task and its DAG");
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DataSet")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularSchemaType")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularColumn")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("SchemaAttribute")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 9);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("DataFlow")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ProcessHierarchy")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("Schema")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("AttributeForSchema")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("NestedSchemaAttribute")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, None), 8);
    assert_eq!(events.len(), 17, "nothing else: {events:?}");

    let reader = setup.reader().await;
    let load = &reader.get_processes_by_name("airflow::daily_orders.load", 0, 0).await.unwrap()[0];
    let properties = &load.properties;
    assert_eq!(properties.display_name.as_deref(), Some("daily_orders.load"));
    assert_eq!(properties.namespace_path.as_deref(), Some("airflow"));
    assert_eq!(properties.formula.as_deref(), Some("insert into daily_orders select * from orders"));
    assert_eq!(properties.formula_type.as_deref(), Some("SQL"));
    assert_eq!(properties.description.as_deref(), Some("Loads the daily orders"));
    assert_eq!(properties.activity_status, Some(ActivityStatus::InProgress));
    assert_eq!(properties.start_time.map(|t| t.to_rfc3339()).as_deref(), Some("2026-11-23T10:00:00+00:00"));
    assert_eq!(properties.completion_time, None);
    let additional = properties.additional_properties.clone().unwrap();
    assert_eq!((additional[RUN_ID_PROPERTY].as_str(), additional[EVENT_TYPE_PROPERTY].as_str()), (RUN, "START"));
    assert_eq!(
        load.element_header.origin.home_metadata_collection_name.as_deref(),
        Some("OpenLineage::airflow-lineage")
    );
    let dag = &reader.get_processes_by_name("airflow::daily_orders", 0, 0).await.unwrap()[0];
    let children = reader.get_process_hierarchy_links(dag.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(children.iter().map(|link| link.end2.guid.as_str()).collect::<Vec<_>>(), [load.guid()]);
    assert_eq!(children[0].properties.containment_type, Some(ProcessContainmentType::Owned));

    let orders = &reader.get_data_assets_by_name("postgres://db:5432::sales.public.orders", 0, 0).await.unwrap()[0];
    let lake = &reader.get_data_assets_by_name("s3://lake::daily_orders", 0, 0).await.unwrap()[0];
    assert_eq!(orders.type_name(), "DataSet");
    assert_eq!(orders.properties.description.as_deref(), Some("Every order"));
    assert_eq!(orders.properties.namespace_path.as_deref(), Some("postgres://db:5432"));
    assert_eq!(orders.properties.resource_name.as_deref(), Some("sales.public.orders"));
    let flows = reader.get_data_flow_relationships(load.guid(), RelationshipEnd::Any, 0, 0).await.unwrap();
    let mut ends: Vec<_> = flows
        .iter()
        .map(|flow| (flow.end1.guid.as_str(), flow.end2.guid.as_str(), flow.properties.label.as_deref()))
        .collect();
    ends.sort_unstable();
    let mut expected = vec![(orders.guid(), load.guid(), Some("input")), (load.guid(), lake.guid(), Some("output"))];
    expected.sort_unstable();
    assert_eq!(ends, expected);

    let core = reader.integration_context().unwrap();
    let orders_name = "postgres://db:5432::sales.public.orders";
    assert_eq!(
        schema_of(&core, orders.guid()).await,
        [
            (format!("{orders_name}#id"), "TabularColumn".into(), "INTEGER".into(), 0, Some("order id".into())),
            (format!("{orders_name}#customer"), "TabularColumn".into(), "STRUCT".into(), 1, None),
            (format!("{orders_name}#customer.name"), "SchemaAttribute".into(), "VARCHAR".into(), 0, None),
            (format!("{orders_name}#customer.city"), "SchemaAttribute".into(), "VARCHAR".into(), 1, None),
        ]
    );
    assert!(related(&core, lake.guid(), "Schema").await.is_empty(), "no schema facet, no schema");

    // The same event again: nothing is written.
    let again = setup.latest().await;
    let (status, _) = setup.post(&url, &load_event("START", "2026-11-23T10:00:00.000Z", true)).await;
    assert_eq!(status, 201);
    assert!(setup.changes_since(again).await.is_empty());

    // COMPLETE, without the facets: only the run changes; the SQL and descriptions stay.
    let complete = setup.latest().await;
    let (status, _) = setup.post(&url, &load_event("COMPLETE", "2026-11-23T10:05:00.000Z", false)).await;
    assert_eq!(status, 201);
    let events = setup.changes_since(complete).await;
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("Process")), 1);
    assert_eq!(events.len(), 1, "{events:?}");
    let load = reader.get_process_by_guid(load.guid()).await.unwrap().properties;
    assert_eq!(load.activity_status, Some(ActivityStatus::Completed));
    assert_eq!(load.start_time.map(|t| t.to_rfc3339()).as_deref(), Some("2026-11-23T10:00:00+00:00"));
    assert_eq!(load.completion_time.map(|t| t.to_rfc3339()).as_deref(), Some("2026-11-23T10:05:00+00:00"));
    assert_eq!(load.formula.as_deref(), Some("insert into daily_orders select * from orders"));
    assert_eq!(load.additional_properties.unwrap()[EVENT_TIME_PROPERTY], "2026-11-23T10:05:00.000Z");
    assert_eq!(
        reader.get_data_assets_by_name(orders_name, 0, 0).await.unwrap()[0].properties.description.as_deref(),
        Some("Every order")
    );
    assert_eq!(schema_of(&core, orders.guid()).await.len(), 4, "a later event without a schema removes nothing");

    // An older event of the same run, late: nothing changes.
    let before_late = setup.latest().await;
    let (status, _) = setup.post(&url, &load_event("RUNNING", "2026-11-23T10:02:00.000Z", false)).await;
    assert_eq!(status, 201);
    assert!(setup.changes_since(before_late).await.is_empty());

    assert_eq!(statistic(connector.as_ref(), "eventsReceived"), 4);
    assert_eq!(statistic(connector.as_ref(), "eventsRecorded"), 4);
    assert_eq!(statistic(connector.as_ref(), "eventsFailed"), 0);
    connector.engage().await.unwrap();
    connector.refresh().await.unwrap();
    connector.disconnect().await.unwrap();
}

#[tokio::test]
async fn a_restarted_receiver_merges_into_what_it_recorded_and_another_job_removes_nothing() {
    let setup = Setup::new().await;
    let (mut first, url) = setup.receiver("restarted", &[]).await;
    assert_eq!(setup.post(&url, &load_event("START", "2026-11-23T10:00:00Z", true)).await.0, 201);
    first.disconnect().await.unwrap();

    // A new instance knows nothing in memory: it reads back what it wrote, so a thinner event
    // keeps the SQL and the descriptions, and the same lineage is not written again.
    let (mut second, url) = setup.receiver("restarted", &[]).await;
    let before = setup.latest().await;
    assert_eq!(setup.post(&url, &load_event("COMPLETE", "2026-11-23T10:05:00Z", false)).await.0, 201);
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("Process")), 1);
    assert_eq!(events.len(), 1, "{events:?}");
    let reader = setup.reader().await;
    let load = &reader.get_processes_by_name("airflow::daily_orders.load", 0, 0).await.unwrap()[0].properties;
    assert_eq!(load.formula.as_deref(), Some("insert into daily_orders select * from orders"));
    assert_eq!(load.activity_status, Some(ActivityStatus::Completed));

    // Another job reading the same table adds its own lineage and removes nothing.
    let mut other = load_event("COMPLETE", "2026-11-23T11:00:00Z", false);
    other["job"]["name"] = json!("weekly_report");
    other["run"] = json!({ "runId": "0194c7a4-0000-7000-8000-000000000002" });
    other["outputs"] = json!([]);
    let before = setup.latest().await;
    assert_eq!(setup.post(&url, &other).await.0, 201);
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Process")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("DataFlow")), 1);
    assert_eq!(events.len(), 2, "nothing updated or removed: {events:?}");
    assert_eq!(reader.find_processes("", 0, 0).await.unwrap().len(), 3);
    assert_eq!(reader.find_data_assets("", 0, 0).await.unwrap().len(), 2);
    second.disconnect().await.unwrap();
}

#[tokio::test]
async fn what_others_removed_comes_back_with_the_next_events_after_a_refresh() {
    let setup = Setup::new().await;
    let (mut connector, url) = setup.receiver("healing", &[]).await;
    assert_eq!(setup.post(&url, &load_event("START", "2026-11-23T10:00:00Z", true)).await.0, 201);
    // The receiver's own source removes the output data set (with its data flow).
    let owner = LineageIntegratorContext::new(
        connect(
            &setup.store,
            identity(
                IntegrationService::Lineage,
                "healing",
                PermittedSynchronization::FromThirdParty,
                Some("OpenLineage::healing"),
            ),
        )
        .await,
    )
    .unwrap();
    let lake = owner.get_data_assets_by_name("s3://lake::daily_orders", 0, 0).await.unwrap()[0].guid().to_owned();
    owner.remove_data_asset(&lake).await.unwrap();

    // Until a refresh, the receiver trusts what it remembers: only the run is written.
    let before = setup.latest().await;
    assert_eq!(setup.post(&url, &load_event("COMPLETE", "2026-11-23T10:05:00Z", true)).await.0, 201);
    let events = setup.changes_since(before).await;
    assert_eq!((events.len(), count(&events, ChangeEventType::UpdatedElement, Some("Process"))), (1, 1));

    // After one, the next event re-checks and records the data set and its flow again.
    connector.refresh().await.unwrap();
    let before = setup.latest().await;
    let mut next_run = load_event("START", "2026-11-24T10:00:00Z", true);
    next_run["run"]["runId"] = json!("0194c7a4-0000-7000-8000-000000000003");
    assert_eq!(setup.post(&url, &next_run).await.0, 201);
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DataSet")), 1, "{events:?}");
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("DataFlow")), 1, "{events:?}");
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("Process")), 1, "{events:?}");
    assert_eq!(events.len(), 3, "{events:?}");
    let reader = setup.reader().await;
    let lake = &reader.get_data_assets_by_name("s3://lake::daily_orders", 0, 0).await.unwrap()[0];
    assert_eq!(reader.get_data_flow_relationships(lake.guid(), RelationshipEnd::End2, 0, 0).await.unwrap().len(), 1);
    connector.disconnect().await.unwrap();
}

#[tokio::test]
async fn invalid_events_are_refused_with_400_and_write_nothing() {
    let setup = Setup::new().await;
    let (mut connector, url) = setup.receiver("strict", &[(MAX_EVENT_BYTES, "4096")]).await;
    let before = setup.latest().await;

    let mut no_name = load_event("START", "2026-11-23T10:00:00Z", true);
    no_name["job"]["name"] = json!("");
    let mut bad_type = load_event("START", "2026-11-23T10:00:00Z", true);
    bad_type["eventType"] = json!("FINISHED");
    let mut no_dataset_name = load_event("START", "2026-11-23T10:00:00Z", true);
    no_dataset_name["outputs"][0]["name"] = json!(" ");
    let mut no_run = load_event("START", "2026-11-23T10:00:00Z", true);
    no_run.as_object_mut().unwrap().remove("run");
    for (body, expected) in [
        (no_name.to_string(), "job.name is empty"),
        (bad_type.to_string(), "FINISHED"),
        (no_dataset_name.to_string(), "outputs[0].name is empty"),
        (no_run.to_string(), "run"),
        ("{\"eventType\": ".to_owned(), "EOF"),
        ("[]".to_owned(), "RunEvent"),
    ] {
        let (status, error) = setup.post_text(&url, &body).await;
        assert_eq!(status, 400, "{body}: {error}");
        assert_eq!(error["relatedHTTPCode"], 400);
        assert_eq!(error["exceptionErrorMessageId"], INVALID_OPEN_LINEAGE_EVENT.id, "{error}");
        let message = error["exceptionErrorMessage"].as_str().unwrap();
        assert!(message.contains(expected) || expected == "RunEvent", "{body}: {message}");
        assert!(error["exceptionClassName"].as_str().unwrap().ends_with("InvalidParameterException"));
    }

    // A compressed body, one larger than maxEventBytes, and another method.
    let response = setup
        .http
        .post(format!("{url}{LINEAGE_PATH}"))
        .header("Content-Encoding", "gzip")
        .body(load_event("START", "2026-11-23T10:00:00Z", true).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 415);
    let large = json!({ "padding": "x".repeat(5000) }).to_string();
    assert_eq!(setup.post_text(&url, &large).await.0, 413);
    let response = setup.http.get(format!("{url}{LINEAGE_PATH}")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 405);
    let response = setup.http.post(format!("{url}/api/v2/lineage")).body("{}").send().await.unwrap();
    assert_eq!(response.status().as_u16(), 404);

    assert!(setup.changes_since(before).await.is_empty(), "nothing written");
    assert_eq!(statistic(connector.as_ref(), "eventsRejected"), 7);
    assert_eq!(statistic(connector.as_ref(), "eventsReceived"), 0);
    assert_eq!(statistic(connector.as_ref(), "transactions"), 0);
    connector.disconnect().await.unwrap();
}

#[tokio::test]
async fn an_event_the_repository_cannot_take_is_not_acknowledged() {
    let setup = Setup::new().await;
    let failing = Arc::new(FailingStore { inner: setup.store.clone(), failing: AtomicBool::new(false) });
    let store: Arc<dyn MetadataStore> = failing.clone();
    let (mut connector, url) = setup.receiver_over(&store, "flaky", &[]).await;
    let before = setup.latest().await;

    failing.failing.store(true, Ordering::SeqCst);
    let (status, error) = setup.post(&url, &load_event("START", "2026-11-23T10:00:00Z", true)).await;
    assert_eq!(status, 503, "not acknowledged: {error}");
    assert_eq!(error["exceptionErrorMessageId"], "TEST-STORE-503-001", "{error}");
    assert!(setup.changes_since(before).await.is_empty());
    assert_eq!(statistic(connector.as_ref(), "eventsFailed"), 1);
    assert!(connector.statistics()["lastError"].as_str().unwrap().contains("The repository is down"));
    // The connector carries on: the failure is the event's, not the receiver's.
    connector.engage().await.unwrap();

    // The client retries once the repository is back: the event is recorded.
    failing.failing.store(false, Ordering::SeqCst);
    let (status, _) = setup.post(&url, &load_event("START", "2026-11-23T10:00:00Z", true)).await;
    assert_eq!(status, 201);
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 9);
    assert_eq!(statistic(connector.as_ref(), "eventsRecorded"), 1);

    connector.disconnect().await.unwrap();
    let refused = setup.http.post(format!("{url}{LINEAGE_PATH}")).body("{}").send().await;
    assert!(refused.is_err(), "the endpoint is closed after disconnect");
}

#[tokio::test]
async fn a_disconnected_context_answers_503_and_writes_nothing() {
    let setup = Setup::new().await;
    let mut connection = Connection::for_provider(PROVIDER_NAME);
    connection.endpoint = Some(Endpoint::at("127.0.0.1:0"));
    connection.configuration_properties.insert(RECEIVE_PUBLISHED_EVENTS.to_owned(), false.into());
    let mut adapter = LineageIntegratorAdapter::new(OpenLineageReceiverConnector::new(
        ReceiverConfig::from_connection(&connection).unwrap(),
    ));
    let connector: &mut dyn IntegrationConnector = &mut adapter;
    connector.initialize("instance", connection).unwrap();
    let core = connect(
        &setup.store,
        identity(
            IntegrationService::Lineage,
            "cut",
            PermittedSynchronization::FromThirdParty,
            Some("OpenLineage::cut"),
        ),
    )
    .await;
    connector.set_context(core.clone()).unwrap();
    connector.start().await.unwrap();
    let url = format!("http://{}", adapter.connector().local_addr().unwrap());
    let before = setup.latest().await;
    core.disconnect();
    let (status, error) = setup.post(&url, &load_event("START", "2026-11-23T10:00:00Z", true)).await;
    assert_eq!(status, 503, "{error}");
    assert!(error["exceptionErrorMessage"].as_str().unwrap().contains("disconnected"), "{error}");
    assert!(setup.changes_since(before).await.is_empty());
    let connector: &mut dyn IntegrationConnector = &mut adapter;
    connector.disconnect().await.unwrap();
}

#[tokio::test]
async fn concurrent_events_are_recorded_in_few_transactions() {
    let setup = Setup::new().await;
    let (mut connector, url) = setup.receiver("busy", &[]).await;
    let posts: Vec<_> = (0..100)
        .map(|i| {
            let mut event = load_event("COMPLETE", "2026-11-23T10:05:00Z", i % 2 == 0);
            event["job"]["name"] = json!(format!("job_{i:03}"));
            event["outputs"][0]["name"] = json!(format!("out_{}", i % 10));
            let (http, url) = (setup.http.clone(), format!("{url}{LINEAGE_PATH}"));
            tokio::spawn(async move { http.post(url).json(&event).send().await.unwrap().status().as_u16() })
        })
        .collect();
    let mut statuses = Vec::new();
    for post in posts {
        statuses.push(post.await.unwrap());
    }
    assert!(statuses.iter().all(|status| *status == 201), "{statuses:?}");
    let reader = setup.reader().await;
    assert_eq!(reader.find_processes("", 0, 0).await.unwrap().len(), 101, "100 jobs and their DAG");
    assert_eq!(reader.find_data_assets("", 0, 0).await.unwrap().len(), 11);
    let dag = &reader.get_processes_by_name("airflow::daily_orders", 0, 0).await.unwrap()[0];
    assert_eq!(reader.get_process_hierarchy_links(dag.guid(), RelationshipEnd::End1, 0, 0).await.unwrap().len(), 100);
    let orders = &reader.get_data_assets_by_name("postgres://db:5432::sales.public.orders", 0, 0).await.unwrap()[0];
    assert_eq!(
        reader.get_data_flow_relationships(orders.guid(), RelationshipEnd::End1, 0, 0).await.unwrap().len(),
        100
    );
    assert_eq!(statistic(connector.as_ref(), "eventsRecorded"), 100);
    let transactions = statistic(connector.as_ref(), "transactions");
    assert!((1..=100).contains(&transactions), "{transactions}");
    println!("100 concurrent events in {transactions} transactions");
    connector.disconnect().await.unwrap();
}

#[tokio::test]
async fn elements_of_other_sources_are_linked_to_and_names_of_other_kinds_left_out() {
    let setup = Setup::new().await;
    // Another catalog knows the orders table; something else holds the lake's name as a process.
    let catalog = LineageIntegratorContext::new(
        connect(
            &setup.store,
            identity(IntegrationService::Lineage, "catalog", PermittedSynchronization::FromThirdParty, Some("Catalog")),
        )
        .await,
    )
    .unwrap();
    let orders = catalog
        .create_data_asset(DataAssetProperties {
            type_name: Some("DataSet".into()),
            description: Some("Catalogued by hand".into()),
            ..DataAssetProperties::new("postgres://db:5432::sales.public.orders")
        })
        .await
        .unwrap();
    catalog.create_process(ProcessProperties::new("s3://lake::daily_orders")).await.unwrap();

    let (mut connector, url) = setup.receiver("linker", &[]).await;
    let before = setup.latest().await;
    assert_eq!(setup.post(&url, &load_event("START", "2026-11-23T10:00:00Z", true)).await.0, 201);
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Process")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 2, "no data set, no schema: {events:?}");
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("DataFlow")), 1, "only from the orders");
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ProcessHierarchy")), 1);
    assert_eq!(events.len(), 4, "the other catalog's data set is not changed: {events:?}");
    let reader = setup.reader().await;
    let flows = reader.get_data_flow_relationships(&orders, RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(flows.len(), 1);
    let orders_now = reader.get_data_asset_by_guid(&orders).await.unwrap();
    assert_eq!(orders_now.properties.description.as_deref(), Some("Catalogued by hand"));
    assert_eq!(statistic(connector.as_ref(), "elementsLeftOut"), 1);

    // The same again: nothing.
    let again = setup.latest().await;
    assert_eq!(setup.post(&url, &load_event("START", "2026-11-23T10:00:00Z", true)).await.0, 201);
    assert!(setup.changes_since(again).await.is_empty());
    connector.disconnect().await.unwrap();
}

#[tokio::test]
async fn events_published_to_the_lineage_service_are_recorded() {
    let _bus = BUS.lock().await;
    let setup = Setup::new().await;
    let (mut connector, _url) = setup.receiver("bus-receiver", &[(RECEIVE_PUBLISHED_EVENTS, "true")]).await;
    let publisher = LineageIntegratorContext::new(
        connect(
            &setup.store,
            identity(IntegrationService::Lineage, "bus-publisher", PermittedSynchronization::FromThirdParty, None),
        )
        .await,
    )
    .unwrap();

    // Published events are taken by the receiver's writer from the lineage service's queue.
    let event = OpenLineageRunEvent::from_json(&load_event("START", "2026-11-23T10:00:00Z", true).to_string()).unwrap();
    publisher.publish_open_lineage_run_event(event).await.unwrap();
    let reader = setup.reader().await;
    until("the published event to be recorded", Duration::from_secs(10), || async {
        let found = reader.get_processes_by_name("airflow::daily_orders.load", 0, 0).await.unwrap();
        if found.is_empty() { Err(found) } else { Ok(()) }
    })
    .await;
    assert_eq!(statistic(connector.as_ref(), "eventsPublished"), 1);
    assert_eq!(statistic(connector.as_ref(), "eventsRecorded"), 1);

    // Or delivered by the daemon (the adapter), one at a time, each answered once committed.
    let before = setup.latest().await;
    let json = load_event("COMPLETE", "2026-11-23T10:05:00Z", false).to_string();
    let bus = open_lineage_bus();
    let listener = "bus-receiver-id";
    bus.publish_json(&json).unwrap();
    let delivered = connector.deliver_service_events().await.unwrap();
    assert!(delivered <= 1, "the writer may have taken it first");
    until("the COMPLETE event to be recorded", Duration::from_secs(10), || async {
        let events = setup.changes_since(before).await;
        if events.is_empty() { Err(events) } else { Ok(()) }
    })
    .await;
    assert_eq!(bus.backlog(listener), (0, 0));
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("Process")), 1);
    assert_eq!(events.len(), 1, "{events:?}");
    connector.disconnect().await.unwrap();
    bus.unregister(listener);
}

#[tokio::test]
async fn published_events_wait_on_the_queue_while_the_repository_fails() {
    let _bus = BUS.lock().await;
    let setup = Setup::new().await;
    let failing = Arc::new(FailingStore { inner: setup.store.clone(), failing: AtomicBool::new(false) });
    let store: Arc<dyn MetadataStore> = failing.clone();
    let (mut connector, _url) = setup.receiver_over(&store, "bus-outage", &[(RECEIVE_PUBLISHED_EVENTS, "true")]).await;
    failing.failing.store(true, Ordering::SeqCst);
    let before = setup.latest().await;
    let json = load_event("START", "2026-11-23T10:00:00Z", true).to_string();
    open_lineage_bus().publish_json(&json).unwrap();
    until("the writer to try the published event", Duration::from_secs(10), || async {
        if statistic(connector.as_ref(), "eventsFailed") > 0 { Ok(()) } else { Err(connector.statistics()) }
    })
    .await;
    assert!(setup.changes_since(before).await.is_empty());
    assert_eq!(statistic(connector.as_ref(), "eventsRecorded"), 0);
    // Kept, not lost: once the repository is back, the event is recorded.
    failing.failing.store(false, Ordering::SeqCst);
    until("the published event to be recorded", Duration::from_secs(30), || async {
        if statistic(connector.as_ref(), "eventsRecorded") > 0 { Ok(()) } else { Err(connector.statistics()) }
    })
    .await;
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 9);
    assert_eq!(open_lineage_bus().backlog("bus-outage-id"), (0, 0));
    connector.disconnect().await.unwrap();
    open_lineage_bus().unregister("bus-outage-id");
}

#[tokio::test]
async fn the_lifecycle_frees_the_port_and_refuses_bad_configurations() {
    let setup = Setup::new().await;
    let (mut connector, url) = setup.receiver("ports", &[]).await;
    let address = url.trim_start_matches("http://").to_owned();

    // The port is taken while it runs: a second receiver on it cannot start.
    let mut connection = Connection::for_provider(PROVIDER_NAME);
    connection.endpoint = Some(Endpoint::at(address.clone()));
    connection.configuration_properties.insert(RECEIVE_PUBLISHED_EVENTS.to_owned(), false.into());
    let mut second = OpenLineageReceiverProvider.create_connector(&connection).unwrap();
    second.initialize("second", connection).unwrap();
    second.set_connector_name("second");
    let context = connect(
        &setup.store,
        identity(IntegrationService::Lineage, "second", PermittedSynchronization::FromThirdParty, Some("OL::second")),
    )
    .await;
    second.set_context(context).unwrap();
    let error = second.start().await.unwrap_err();
    assert_eq!(error.message_id(), OPENLINEAGE_RECEIVER_CANNOT_LISTEN.id, "{error}");
    assert!(second.engage().await.is_err(), "not running");

    // Once disconnected, the port is free again.
    connector.disconnect().await.unwrap();
    second.start().await.unwrap();
    assert_eq!(second.statistics()["listenAddress"], address.as_str());
    second.engage().await.unwrap();
    second.disconnect().await.unwrap();

    // Configuration errors, through the provider and initialize.
    let mut bad = Connection::for_provider(PROVIDER_NAME);
    bad.endpoint = Some(Endpoint::at("localhost"));
    let problems = OpenLineageReceiverProvider.validate_connection(&bad);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field.as_deref(), Some("endpoint.networkAddress"));
    let error = OpenLineageReceiverProvider.create_connector(&bad).err().unwrap();
    assert_eq!(error.message_id(), OPENLINEAGE_RECEIVER_BAD_ADDRESS.id);
    assert_eq!(error.kind(), CoreErrorKind::ConnectionChecked);
    let mut connector = into_connector(OpenLineageReceiverConnector::new(ReceiverConfig::new("127.0.0.1:0").unwrap()));
    let bad_number =
        Connection { endpoint: Some(Endpoint::at("127.0.0.1:0")), ..Connection::for_provider(PROVIDER_NAME) }
            .with_configuration_property(MAX_EVENTS_PER_TRANSACTION, 0);
    let error = connector.initialize("x", bad_number).unwrap_err();
    assert_eq!(error.message_id(), OPENLINEAGE_RECEIVER_BAD_NUMBER.id);
    let error = connector.start().await.unwrap_err();
    assert_eq!(error.kind(), CoreErrorKind::ConnectorChecked, "no context: {error}");
}

#[tokio::test]
async fn the_mock_context_shows_what_happens_when_the_repository_is_unavailable() {
    let mut mock = MockLineageIntegratorApi::new();
    mock.expect_register_open_lineage_listener().times(1).returning(|| Ok(()));
    mock.expect_take_open_lineage_run_events().returning(|_| Ok(Vec::new()));
    mock.expect_integration_context().returning(|| None);
    mock.expect_synchronizer().returning(|_, _| Err(STORE_DOWN.error(&[&"mock"])));
    mock.expect_return_open_lineage_run_events()
        .withf(|events| events.len() == 1 && events[0].job.name == "daily_orders.load")
        .times(1)
        .returning(|_| Ok(()));
    let mut connector = OpenLineageReceiverConnector::new(ReceiverConfig::new("127.0.0.1:0").unwrap());
    connector.set_connector_name("mocked");
    assert!(connector.start().await.is_err(), "no context before set_context (NULL_CONTEXT)");
    connector.set_context(LineageIntegratorContext::from_api(Arc::new(mock)));
    connector.start().await.unwrap();
    let url = format!("http://{}", connector.local_addr().unwrap());

    // Over HTTP: 503 with the repository's error.
    let setup_http = reqwest::Client::new();
    let body = load_event("START", "2026-11-23T10:00:00Z", true).to_string();
    let response = setup_http.post(format!("{url}{LINEAGE_PATH}")).body(body.clone()).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 503);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["exceptionErrorMessage"], "The repository is down (mock)");

    // Delivered by the lineage service: put back on the connector's queue, to be tried again.
    let event = OpenLineageRunEvent::from_json(&body).unwrap();
    connector.process_open_lineage_run_event(&event).await.unwrap();
    assert_eq!(connector.statistics()["eventsFailed"], 2);
    connector.disconnect().await.unwrap();
}

/// The real OpenLineage Python client (`openlineage-python`) posts START and COMPLETE through its
/// `HttpTransport`; OMIS_TEST_PYTHON names a Python interpreter that has it installed.
#[tokio::test]
async fn the_openlineage_python_client_is_understood() {
    let Some(python) = integration_testkit::env::server_address("OMIS_TEST_PYTHON", "the_openlineage_python_client")
    else {
        return;
    };
    let setup = Setup::new().await;
    let (mut connector, url) = setup.receiver("python-client", &[]).await;
    let script = r#"
import sys, uuid
from datetime import datetime, timezone
from openlineage.client import OpenLineageClient
from openlineage.client.transport.http import HttpConfig, HttpTransport
from openlineage.client.event_v2 import Dataset, Job, Run, RunEvent, RunState
from openlineage.client.facet_v2 import schema_dataset, sql_job

client = OpenLineageClient(transport=HttpTransport(HttpConfig(url=sys.argv[1])))
schema = schema_dataset.SchemaDatasetFacet(fields=[
    schema_dataset.SchemaDatasetFacetFields(name="id", type="INTEGER", description="order id"),
    schema_dataset.SchemaDatasetFacetFields(name="amount", type="DECIMAL(10,2)"),
])
inputs = [Dataset(namespace="postgres://db:5432", name="sales.public.orders", facets={"schema": schema})]
outputs = [Dataset(namespace="s3://lake", name="daily_totals")]
job = Job(namespace="python", name="daily_totals",
          facets={"sql": sql_job.SQLJobFacet(query="select sum(amount) from orders")})
run = Run(runId=str(uuid.uuid4()))
producer = "https://github.com/OpenLineage/OpenLineage/tree/main/client/python"
for state in (RunState.START, RunState.COMPLETE):
    client.emit(RunEvent(eventType=state, eventTime=datetime.now(timezone.utc).isoformat(),
                         run=run, job=job, producer=producer, inputs=inputs, outputs=outputs))
print("emitted")
"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("emit.py");
    std::fs::write(&path, script).unwrap();
    let command = {
        let (path, url) = (path.clone(), url.clone());
        move || std::process::Command::new(python).arg(path).arg(url).output()
    };
    let output = tokio::task::spawn_blocking(command).await.unwrap().unwrap();
    assert!(
        output.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "emitted");

    assert_eq!(statistic(connector.as_ref(), "eventsRecorded"), 2);
    let reader = setup.reader().await;
    let process = &reader.get_processes_by_name("python::daily_totals", 0, 0).await.unwrap()[0];
    assert_eq!(process.properties.formula.as_deref(), Some("select sum(amount) from orders"));
    assert_eq!(process.properties.activity_status, Some(ActivityStatus::Completed));
    assert!(process.properties.start_time.is_some() && process.properties.completion_time.is_some());
    let orders = &reader.get_data_assets_by_name("postgres://db:5432::sales.public.orders", 0, 0).await.unwrap()[0];
    let totals = &reader.get_data_assets_by_name("s3://lake::daily_totals", 0, 0).await.unwrap()[0];
    let flows = reader.get_data_flow_relationships(process.guid(), RelationshipEnd::Any, 0, 0).await.unwrap();
    let mut ends: Vec<_> = flows.iter().map(|flow| (flow.end1.guid.as_str(), flow.end2.guid.as_str())).collect();
    ends.sort_unstable();
    let mut expected = vec![(orders.guid(), process.guid()), (process.guid(), totals.guid())];
    expected.sort_unstable();
    assert_eq!(ends, expected);
    let core = reader.integration_context().unwrap();
    let name = "postgres://db:5432::sales.public.orders";
    assert_eq!(
        schema_of(&core, orders.guid()).await,
        [
            (format!("{name}#id"), "TabularColumn".into(), "INTEGER".into(), 0, Some("order id".into())),
            (format!("{name}#amount"), "TabularColumn".into(), "DECIMAL(10,2)".into(), 1, None),
        ]
    );
    connector.disconnect().await.unwrap();
}
