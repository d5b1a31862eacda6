//! The OpenAPI cataloguer, created by its provider and run through the lifecycle against the real
//! embedded store (documents in a folder, a single file, an http URL served by a small server of
//! the test's own); and unit-tested with the mock context.

use std::collections::HashMap;
use std::fs;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use api_integrator::*;
use integration_daemon_api::MetadataStore;
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};
use openapi_catalog_connector::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn fixture(name: &str) -> String {
    fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// A repository and a folder of documents, side by side in a temporary directory.
struct Setup {
    dir: tempfile::TempDir,
    store: Arc<dyn MetadataStore>,
}

/// A connector as the daemon runs it, with its audit log and (to read the refresh reports) its
/// integration context.
struct Running {
    connector: Box<dyn IntegrationConnector>,
    audit_log: AuditLog,
    core: IntegrationContext,
}

impl Running {
    /// A refresh recorded as the daemon records it: the result and the report's notes.
    async fn refresh(&mut self) -> (Result<()>, Vec<String>) {
        self.core.start_recording();
        let result = self.connector.refresh().await;
        let report = self.core.publish_report().await.unwrap().expect("a report");
        (result, report.notes)
    }

    fn statistic(&self, name: &str) -> serde_json::Value {
        self.connector.statistics()[name].clone()
    }
}

impl Setup {
    async fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
        fs::create_dir(dir.path().join("apis")).unwrap();
        Setup { dir, store }
    }

    fn folder(&self) -> PathBuf {
        self.dir.path().join("apis")
    }

    /// The location (absolute path) of a document in the folder.
    fn path(&self, name: &str) -> String {
        self.folder().join(name).display().to_string()
    }

    fn write(&self, name: &str, text: &str) {
        fs::write(self.folder().join(name), text).unwrap();
    }

    /// A connector made by the provider from a connection, running as the daemon runs it.
    async fn connector(&self, address: &str) -> Running {
        let connection = Connection::for_provider(PROVIDER_NAME).with_network_address(address);
        let provider = OpenApiCatalogProvider;
        assert!(provider.validate_connection(&connection).is_empty());
        let mut connector = provider.create_connector(&connection).unwrap();
        connector.initialize("instance", connection).unwrap();
        connector.set_connector_name("api-catalog");
        let audit_log = AuditLog::new("api-catalog");
        connector.set_audit_log(audit_log.clone());
        let core = connect(
            &self.store,
            identity(
                IntegrationService::Api,
                "api-catalog",
                PermittedSynchronization::FromThirdParty,
                Some("APIs::test"),
            ),
        )
        .await;
        connector.set_context(core.clone()).unwrap();
        connector.start().await.unwrap();
        Running { connector, audit_log, core }
    }

    /// A context of another connector, to read what was catalogued.
    async fn reader(&self) -> ApiIntegratorContext {
        let core = connect(
            &self.store,
            identity(IntegrationService::Api, "reader", PermittedSynchronization::FromThirdParty, None),
        )
        .await;
        ApiIntegratorContext::new(core).unwrap()
    }

    async fn latest(&self) -> u64 {
        latest(&self.store).await
    }

    async fn changes_since(&self, before: u64) -> Vec<ChangeEvent> {
        changes_since(&self.store, before).await
    }
}

/// The API catalogued from a document.
async fn api(reader: &ApiIntegratorContext, location: &str) -> Option<APIElement> {
    let mut apis = reader.get_apis_by_name(&api_qualified_name(location), 0, 0).await.unwrap();
    assert!(apis.len() <= 1, "{apis:?}");
    apis.pop()
}

/// The operations of a catalogued API as `METHOD path`, sorted.
async fn operations(reader: &ApiIntegratorContext, api: &APIElement) -> Vec<String> {
    let mut operations: Vec<String> = reader
        .get_operations_for_api(api.guid(), 0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|operation| format!("{} {}", operation.properties.command.unwrap(), operation.properties.path.unwrap()))
        .collect();
    operations.sort();
    operations
}

/// The parameters under a list or parameter, by position, as (display name, data type).
async fn parameters(reader: &ApiIntegratorContext, parent: &str) -> Vec<APIParameterElement> {
    let mut parameters = reader.get_parameters_for_parent(parent, 0, 0).await.unwrap();
    parameters.sort_by_key(|parameter| parameter.properties.element_position);
    parameters
}

fn names(parameters: &[APIParameterElement]) -> Vec<&str> {
    parameters.iter().map(|parameter| parameter.properties.display_name.as_deref().unwrap()).collect()
}

/// How many element events of a kind there are, any type.
fn elements(events: &[ChangeEvent], event_type: ChangeEventType) -> usize {
    count(events, event_type, None)
}

/// The petstore without its `post /pets` operation.
fn petstore_without_create() -> String {
    let text = fixture("petstore.yaml");
    let start = text.find("    post:\n").unwrap();
    let end = text.find("  /pets/{petId}:\n").unwrap();
    format!("{}{}", &text[..start], &text[end..])
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_folder_of_documents_is_catalogued_kept_in_step_and_never_lost() {
    let setup = Setup::new().await;
    setup.write("petstore.yaml", &fixture("petstore.yaml"));
    setup.write("inventory.json", &fixture("inventory-3.1.json"));
    setup.write("README.md", "not a document");
    let mut running = setup.connector(&setup.folder().display().to_string()).await;
    let before = setup.latest().await;
    let (result, notes) = running.refresh().await;
    result.unwrap();
    assert!(notes.is_empty(), "{notes:?}");

    // Exactly the APIs, their schema types, operations, lists and parameters.
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DeployedAPI")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("APISchemaType")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("APIOperation")), 3 + 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("APIParameterList")), 6 + 6);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("APIParameter")), 25 + 65);
    assert_eq!(elements(&events, ChangeEventType::NewElement), 111);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("Schema")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("APIOperations")), 5);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("APIHeader")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("APIRequest")), 5);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("APIResponse")), 5);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("AttributeForSchema")), 9 + 10);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("NestedSchemaAttribute")), 16 + 55);
    assert_eq!(elements(&events, ChangeEventType::NewRelationship), 109);
    assert_eq!(running.statistic("documents"), 2);
    assert_eq!(running.statistic("documentsCatalogued"), 2);
    assert_eq!(running.statistic("documentsFailed"), 0);

    // The petstore as its document describes it.
    let reader = setup.reader().await;
    let petstore = api(&reader, &setup.path("petstore.yaml")).await.expect("the petstore is catalogued");
    let properties = &petstore.properties;
    assert_eq!(properties.display_name.as_deref(), Some("Swagger Petstore"));
    assert_eq!(properties.version_identifier.as_deref(), Some("1.0.0"));
    assert_eq!(properties.description.as_deref(), Some("A sample API that uses a petstore as an example."));
    let additional = properties.additional_properties.as_ref().unwrap();
    assert_eq!(additional[DOCUMENT_LOCATION], setup.path("petstore.yaml"));
    assert_eq!((additional["openapi"].as_str(), additional["documentFormat"].as_str()), ("3.0.3", "YAML"));
    assert_eq!(petstore.element_header.origin.home_metadata_collection_name.as_deref(), Some("APIs::test"));
    assert_eq!(operations(&reader, &petstore).await, ["GET /pets", "GET /pets/{petId}", "POST /pets"]);
    let list_pets = reader
        .get_api_operations_by_name(&operation_qualified_name(&setup.path("petstore.yaml"), "GET", "/pets"), 0, 0)
        .await
        .unwrap()
        .pop()
        .unwrap();
    assert_eq!(list_pets.properties.identifier.as_deref(), Some("listPets"));
    assert_eq!(list_pets.properties.additional_properties.as_ref().unwrap()["summary"], "List all pets");
    let mut lists = reader.get_parameter_lists_for_api_operation(list_pets.guid()).await.unwrap();
    lists.sort_by_key(|(list_type, _)| list_type.ordinal());
    let kinds: Vec<_> = lists.iter().map(|(list_type, list)| (*list_type, list.properties.required)).collect();
    assert_eq!(kinds, [(ApiParameterListType::Request, Some(false)), (ApiParameterListType::Response, None)]);
    let request = parameters(&reader, lists[0].1.guid()).await;
    assert_eq!(names(&request), ["limit"]);
    assert_eq!(
        (request[0].properties.parameter_type.as_deref(), request[0].properties.data_type.as_deref()),
        (Some("query"), Some("integer"))
    );
    assert_eq!(request[0].properties.additional_properties.as_ref().unwrap()["format"], "int32");
    let responses = parameters(&reader, lists[1].1.guid()).await;
    assert_eq!(names(&responses), ["200", "default"]);
    let ok = &responses[0].properties;
    assert_eq!((ok.data_type.as_deref(), ok.native_class.as_deref()), (Some("object"), Some("Pet[]")));
    assert_eq!((ok.max_cardinality, ok.min_cardinality), (Some(100), Some(0)));
    let pet = parameters(&reader, responses[0].guid()).await;
    assert_eq!(names(&pet), ["id", "name", "tag", "x-next"]);
    let shapes: Vec<_> = pet
        .iter()
        .map(|p| {
            let p = &p.properties;
            (p.parameter_type.as_deref().unwrap(), p.data_type.as_deref().unwrap(), p.min_cardinality.unwrap())
        })
        .collect();
    assert_eq!(shapes, [("body", "integer", 1), ("body", "string", 1), ("body", "string", 0), ("header", "string", 0)]);
    assert_eq!(pet[2].properties.is_nullable, Some(true));

    // The 3.1 document: header parameters, references resolved, a cycle stopped.
    let inventory = api(&reader, &setup.path("inventory.json")).await.expect("the inventory is catalogued");
    assert_eq!(inventory.properties.additional_properties.as_ref().unwrap()["documentFormat"], "JSON");
    assert_eq!(
        operations(&reader, &inventory).await,
        ["GET /warehouses/{warehouseId}/items", "POST /warehouses/{warehouseId}/items"]
    );
    let prefix = format!("APIParameter::{}::GET /warehouses/{{warehouseId}}/items", setup.path("inventory.json"));
    let by_name = |name: String| {
        let reader = reader.clone();
        async move { reader.get_api_parameters_by_name(&name, 0, 0).await.unwrap().pop().expect("the parameter") }
    };
    let request_id = by_name(format!("{prefix}::header::header:X-Request-ID")).await;
    assert_eq!(request_id.properties.min_cardinality, Some(1));
    let parent = by_name(format!("{prefix}::response::200/category/parent")).await;
    assert_eq!(
        parent.properties.additional_properties.as_ref().unwrap()["circularReference"],
        "#/components/schemas/Category"
    );
    assert!(parameters(&reader, parent.guid()).await.is_empty());
    let tags = by_name(format!("{prefix}::request::query:tags")).await;
    assert_eq!(
        (
            tags.properties.native_class.as_deref(),
            tags.properties.max_cardinality,
            tags.properties.allows_duplicate_values
        ),
        (Some("string[]"), Some(-1), Some(false))
    );

    // Nothing changed: not one write.
    let before = setup.latest().await;
    running.refresh().await.0.unwrap();
    assert!(setup.changes_since(before).await.is_empty());

    // An operation removed from a document: it goes with its lists and parameters, the rest stays.
    setup.write("petstore.yaml", &petstore_without_create());
    let before = setup.latest().await;
    running.refresh().await.0.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("APIOperation")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("APIParameterList")), 2);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("APIParameter")), 8);
    assert_eq!(elements(&events, ChangeEventType::DeletedElement), 11);
    assert_eq!(elements(&events, ChangeEventType::NewElement) + elements(&events, ChangeEventType::UpdatedElement), 0);
    assert_eq!(operations(&reader, &petstore).await, ["GET /pets", "GET /pets/{petId}"]);
    assert_eq!(operations(&reader, &inventory).await.len(), 2);

    // A parameter changed: only it is updated.
    setup.write("petstore.yaml", &petstore_without_create().replace("maximum: 100\n", "maximum: 50\n"));
    let before = setup.latest().await;
    running.refresh().await.0.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("APIParameter")), 1, "{events:?}");
    assert_eq!(elements(&events, ChangeEventType::UpdatedElement), 1);
    assert_eq!(elements(&events, ChangeEventType::NewElement) + elements(&events, ChangeEventType::DeletedElement), 0);
    let limit =
        by_name(format!("APIParameter::{}::GET /pets::request::query:limit", setup.path("petstore.yaml"))).await;
    assert_eq!(limit.properties.additional_properties.as_ref().unwrap()["maximum"], "50");

    // A document deleted from the folder: what was catalogued from it goes.
    fs::remove_file(setup.folder().join("inventory.json")).unwrap();
    let before = setup.latest().await;
    running.refresh().await.0.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("DeployedAPI")), 1);
    assert_eq!(elements(&events, ChangeEventType::DeletedElement), 1 + 1 + 2 + 6 + 65);
    assert!(api(&reader, &setup.path("inventory.json")).await.is_none());
    assert_eq!(running.audit_log.message_count("OMIS-OPENAPI-CATALOG-0003"), 1);
    assert_eq!(running.statistic("documentsRemoved"), 1);
    assert_eq!(operations(&reader, &petstore).await.len(), 2);

    // The folder gone: the refresh fails, and nothing is removed.
    fs::rename(setup.folder(), setup.dir.path().join("moved")).unwrap();
    let before = setup.latest().await;
    let error = running.refresh().await.0.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-500-001", "{error}");
    assert!(error.message().contains(&setup.folder().display().to_string()), "{error}");
    assert!(error.message().contains("api-catalog"), "{error}");
    assert!(setup.changes_since(before).await.is_empty());

    // Back, but emptied: the same, so an emptied folder does not empty the catalog.
    fs::create_dir(setup.folder()).unwrap();
    let error = running.refresh().await.0.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-500-004", "{error}");
    assert!(setup.changes_since(before).await.is_empty());
    assert_eq!(operations(&reader, &petstore).await.len(), 2);
    running.connector.disconnect().await.unwrap();
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_malformed_document_is_reported_while_the_others_are_catalogued() {
    let setup = Setup::new().await;
    setup.write("petstore.yaml", &fixture("petstore.yaml"));
    setup.write("inventory.json", &fixture("inventory-3.1.json"));
    setup.write("orders.yaml", &fixture("orders-api.yaml"));
    let mut running = setup.connector(&setup.folder().display().to_string()).await;
    running.refresh().await.0.unwrap();
    let reader = setup.reader().await;
    let orders = api(&reader, &setup.path("orders.yaml")).await.expect("the orders API is catalogued");
    assert_eq!(operations(&reader, &orders).await.len(), 3);
    let parameters_before = reader.find_api_parameters("", 0, 0).await.unwrap().len();
    assert_eq!(parameters_before, 25 + 65 + 44);

    // The orders document broken, the petstore changed: the petstore is updated, and nothing
    // catalogued from the orders document changes or goes.
    setup.write("orders.yaml", &fixture("malformed.yaml"));
    setup.write("petstore.yaml", &fixture("petstore.yaml").replace("version: 1.0.0", "version: 1.1.0"));
    let before = setup.latest().await;
    let (result, notes) = running.refresh().await;
    result.expect("the refresh succeeds when some documents were catalogued");
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("DeployedAPI")), 1);
    assert_eq!(elements(&events, ChangeEventType::UpdatedElement), 1, "{events:?}");
    assert_eq!(elements(&events, ChangeEventType::NewElement) + elements(&events, ChangeEventType::DeletedElement), 0);
    assert_eq!(
        api(&reader, &setup.path("petstore.yaml")).await.unwrap().properties.version_identifier.as_deref(),
        Some("1.1.0")
    );
    assert_eq!(operations(&reader, &orders).await.len(), 3);
    assert_eq!(reader.find_api_parameters("", 0, 0).await.unwrap().len(), parameters_before);

    // ... and it is reported: audit log, report notes, statistics.
    assert_eq!(running.audit_log.message_count("OMIS-OPENAPI-CATALOG-0001"), 1);
    let record = running.audit_log.recent_records().into_iter().find(|r| r.message_id == "OMIS-OPENAPI-CATALOG-0001");
    let text = record.unwrap().message_text;
    assert!(text.contains(&setup.path("orders.yaml")) && text.contains("not valid YAML"), "{text}");
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains(&setup.path("orders.yaml")) && notes[0].contains("line 12"), "{notes:?}");
    assert_eq!(running.statistic("documentsFailed"), 1);
    assert_eq!(running.statistic("failedDocuments"), serde_json::json!([setup.path("orders.yaml")]));
    assert_eq!(running.statistic("documentsCatalogued"), 2);

    // Every document broken: the refresh fails, and nothing changes.
    setup.write("petstore.yaml", "openapi: 3.0.0\npaths: [\n");
    setup.write("inventory.json", "{\"swagger\": \"2.0\"}");
    let before = setup.latest().await;
    let error = running.refresh().await.0.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-500-003", "{error}");
    assert!(error.message().contains("none of the 3 documents"), "{error}");
    assert!(error.message().contains(&setup.path("inventory.json")) && error.message().contains("Swagger"), "{error}");
    assert!(setup.changes_since(before).await.is_empty());
    assert_eq!(running.statistic("documentsFailed"), 3);
    assert_eq!(running.audit_log.message_count("OMIS-OPENAPI-CATALOG-0001"), 1 + 3, "each one is named");

    // Repaired, and the broken one removed from the folder: it goes, the others are as they were.
    setup.write("petstore.yaml", &fixture("petstore.yaml"));
    setup.write("inventory.json", &fixture("inventory-3.1.json"));
    fs::remove_file(setup.folder().join("orders.yaml")).unwrap();
    let before = setup.latest().await;
    running.refresh().await.0.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("DeployedAPI")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("APIParameter")), 44);
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("DeployedAPI")), 1, "the petstore's version");
    assert!(api(&reader, &setup.path("orders.yaml")).await.is_none());
}

#[tokio::test]
async fn too_many_documents_vanishing_at_once_remove_nothing() {
    let setup = Setup::new().await;
    for name in ["a.yaml", "b.yaml", "c.yaml"] {
        setup.write(name, &fixture("petstore.yaml"));
    }
    let mut running = setup.connector(&setup.folder().display().to_string()).await;
    running.refresh().await.0.unwrap();
    fs::remove_file(setup.folder().join("a.yaml")).unwrap();
    fs::remove_file(setup.folder().join("b.yaml")).unwrap();
    let before = setup.latest().await;
    let (result, notes) = running.refresh().await;
    result.unwrap();
    assert!(setup.changes_since(before).await.is_empty());
    assert_eq!(running.audit_log.message_count("OMIS-OPENAPI-CATALOG-0002"), 1);
    assert!(notes.iter().any(|note| note.contains("the 2 of the 3 documents")), "{notes:?}");
    let reader = setup.reader().await;
    assert!(api(&reader, &setup.path("a.yaml")).await.is_some());
}

#[tokio::test]
async fn a_single_document_is_a_source_of_its_own() {
    let setup = Setup::new().await;
    setup.write("petstore.yaml", &fixture("petstore.yaml"));
    let location = setup.path("petstore.yaml");
    let mut running = setup.connector(&format!("file://{location}")).await;
    let before = setup.latest().await;
    running.refresh().await.0.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(elements(&events, ChangeEventType::NewElement), 1 + 1 + 3 + 6 + 25);
    let reader = setup.reader().await;
    let petstore = api(&reader, &location).await.unwrap();

    // Malformed: the refresh fails, and nothing changes.
    setup.write("petstore.yaml", &fixture("malformed.yaml"));
    let before = setup.latest().await;
    let error = running.refresh().await.0.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-500-002", "{error}");
    assert!(error.message().contains(&location) && error.message().contains("not valid YAML"), "{error}");
    assert!(setup.changes_since(before).await.is_empty());

    // Gone: the same.
    fs::remove_file(setup.folder().join("petstore.yaml")).unwrap();
    let error = running.refresh().await.0.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-500-001", "{error}");
    assert!(error.message().contains("No such file"), "{error}");
    assert!(setup.changes_since(before).await.is_empty());
    assert_eq!(operations(&reader, &petstore).await.len(), 3);
}

/// What a tiny http server answers, by path: status, content type and body.
type Routes = Arc<Mutex<HashMap<String, (u16, &'static str, String)>>>;

/// Serves `routes` on a port of the loopback interface until the test ends; each request is
/// answered once and the connection closed.
async fn serve(routes: Routes) -> (std::net::SocketAddr, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else { return };
            let routes = routes.clone();
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buffer = [0_u8; 1024];
                while !request.windows(4).any(|window| window == b"\r\n\r\n") {
                    match stream.read(&mut buffer).await {
                        Ok(0) | Err(_) => return,
                        Ok(read) => request.extend_from_slice(&buffer[..read]),
                    }
                }
                let request = String::from_utf8_lossy(&request);
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
                let (status, content_type, body) =
                    routes.lock().unwrap().get(&path).cloned().unwrap_or((404, "text/plain", "not found".into()));
                let response = format!(
                    "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    if status == 200 { "OK" } else { "Error" },
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes()).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    (address, task)
}

#[tokio::test]
async fn an_http_url_is_fetched_and_an_outage_removes_nothing() {
    let setup = Setup::new().await;
    let routes: Routes = Arc::default();
    routes.lock().unwrap().insert("/specs/petstore.yaml".into(), (200, "text/plain", fixture("petstore.yaml")));
    routes.lock().unwrap().insert("/v3/api-docs".into(), (200, "application/json", fixture("inventory-3.1.json")));
    let (address, server) = serve(routes.clone()).await;

    let url = format!("http://{address}/specs/petstore.yaml");
    let mut running = setup.connector(&url).await;
    let before = setup.latest().await;
    running.refresh().await.0.unwrap();
    assert_eq!(elements(&setup.changes_since(before).await, ChangeEventType::NewElement), 36);
    let reader = setup.reader().await;
    let petstore = api(&reader, &url).await.expect("catalogued under its URL");
    assert_eq!(petstore.properties.additional_properties.as_ref().unwrap()["documentFormat"], "YAML");

    // Unchanged: nothing written.
    let before = setup.latest().await;
    running.refresh().await.0.unwrap();
    assert!(setup.changes_since(before).await.is_empty());

    // The server fails: the refresh fails, nothing is removed.
    routes.lock().unwrap().insert("/specs/petstore.yaml".into(), (503, "text/plain", "busy".into()));
    let error = running.refresh().await.0.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-500-002", "{error}");
    assert!(error.message().contains("503"), "{error}");
    assert!(setup.changes_since(before).await.is_empty());

    // A URL without an extension: the content type says JSON.
    let docs = format!("http://{address}/v3/api-docs");
    let mut other = setup.connector(&docs).await;
    other.refresh().await.0.unwrap();
    let inventory = api(&reader, &docs).await.expect("catalogued from JSON");
    assert_eq!(inventory.properties.additional_properties.as_ref().unwrap()["documentFormat"], "JSON");
    assert_eq!(operations(&reader, &inventory).await.len(), 2);

    // The server gone: the refresh fails, nothing is removed.
    server.abort();
    let _ = server.await;
    let before = setup.latest().await;
    let error = other.refresh().await.0.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-500-002", "{error}");
    assert!(setup.changes_since(before).await.is_empty());
    assert_eq!(operations(&reader, &petstore).await.len(), 3);
    assert_eq!(operations(&reader, &inventory).await.len(), 2);
}

/// What a failing repository answers.
const REPOSITORY_DOWN: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    id: "TEST-503-001",
    http_code: 503,
    text: "The repository is down",
    system_action: "",
    user_action: "",
};

#[tokio::test]
async fn the_connector_can_be_unit_tested_with_the_mock_context() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("petstore.yaml");
    let config = OpenApiCatalogConfig::new(file.to_str().unwrap()).unwrap();

    // No context yet: a clear error.
    let mut connector = OpenApiCatalogConnector::new(config.clone());
    assert!(connector.refresh().await.is_err(), "no context before set_context");

    // No document: the connector fails before it touches the repository.
    let mut mock = MockApiIntegratorApi::new();
    mock.expect_synchronizer().never();
    connector.set_context(ApiIntegratorContext::from_api(Arc::new(mock)));
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked);
    assert!(error.message().contains("cannot read its source"), "{error}");

    // A malformed document: the same.
    fs::write(&file, fixture("malformed.yaml")).unwrap();
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-500-002");

    // A failing repository: its error is the refresh's, and the document is reported.
    fs::write(&file, fixture("petstore.yaml")).unwrap();
    let scope = config.source_name().to_owned();
    let mut mock = MockApiIntegratorApi::new();
    mock.expect_synchronizer()
        .withf(move |asked, _| asked == scope)
        .times(1)
        .returning(|_, _| Err(REPOSITORY_DOWN.error(&[])));
    mock.expect_integration_context().times(1).returning(|| None);
    let mut connector = OpenApiCatalogConnector::new(config);
    let audit_log = AuditLog::new("mock");
    ApiIntegratorConnector::set_audit_log(&mut connector, audit_log.clone());
    connector.set_context(ApiIntegratorContext::from_api(Arc::new(mock)));
    assert_eq!(connector.refresh().await.unwrap_err().kind(), ErrorKind::PropertyServer);
    assert_eq!(audit_log.message_count("OMIS-OPENAPI-CATALOG-0001"), 1);
    assert_eq!(connector.statistics()["documentsFailed"], 1);
}

#[test]
fn connections_it_cannot_use_are_refused() {
    let provider = OpenApiCatalogProvider;
    let without_source = Connection::for_provider(PROVIDER_NAME);
    let error = provider.create_connector(&without_source).err().expect("no source");
    assert_eq!(error.kind(), ErrorKind::ConnectionChecked);
    assert!(error.message().contains("networkAddress"), "{error}");

    let bad = Connection::for_provider(PROVIDER_NAME)
        .with_network_address("/srv/apis")
        .with_configuration_property(MAX_DOCUMENT_BYTES, "big")
        .with_configuration_property(MAX_PARAMETERS, 0);
    let error = provider.create_connector(&bad).err().expect("bad values");
    assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-400-002");
    assert!(error.message().contains("maxDocumentBytes") && error.message().contains("big"), "{error}");
    let fields: Vec<_> =
        provider.validate_connection(&bad).into_iter().map(|problem| problem.field.unwrap_or_default()).collect();
    assert_eq!(fields, [MAX_DOCUMENT_BYTES, MAX_PARAMETERS]);

    let https = Connection::for_provider(PROVIDER_NAME).with_network_address("https://api.example.com/openapi.json");
    let error = provider.create_connector(&https).err().expect("no TLS");
    assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-400-003");

    // `initialize` reads the connection again, with the same checks.
    let mut connector = OpenApiCatalogConnector::new(OpenApiCatalogConfig::new("/srv/apis").unwrap());
    let error = ApiIntegratorConnector::initialize(&mut connector, "instance", bad).unwrap_err();
    assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-400-002");
    let good = Connection::for_provider(PROVIDER_NAME)
        .with_network_address("http://127.0.0.1:8080/openapi.yaml")
        .with_configuration_property(MAX_SCHEMA_DEPTH, "4");
    ApiIntegratorConnector::initialize(&mut connector, "instance", good).unwrap();
    assert_eq!(connector.config().source(), &Source::Url("http://127.0.0.1:8080/openapi.yaml".into()));
    assert_eq!(connector.config().limits(), Limits { max_schema_depth: 4, max_parameters: 20_000 });
}
