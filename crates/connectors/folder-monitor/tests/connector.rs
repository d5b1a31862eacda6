//! The folder monitor, created by its provider and run through the lifecycle against the real
//! embedded store; and unit-tested with the mock context.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use files_integrator::*;
use folder_monitor_connector::*;
use integration_daemon_api::MetadataStore;
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};

/// A repository in its own directory, beside (not inside) the tree the connector monitors.
struct Setup {
    dir: tempfile::TempDir,
    store: Arc<dyn MetadataStore>,
}

impl Setup {
    async fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
        fs::create_dir(dir.path().join("root")).unwrap();
        Setup { dir, store }
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("root")
    }

    /// The root's path name as the connector writes it.
    fn path(&self, relative: &str) -> String {
        let root = self.root().display().to_string();
        if relative.is_empty() { root } else { format!("{root}/{relative}") }
    }

    fn write(&self, relative: &str, content: &str) {
        let path = self.root().join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }

    /// A connector made by the provider from a connection, running as the daemon runs it.
    async fn connector(&self, properties: &[(&str, &str)]) -> Box<dyn IntegrationConnector> {
        self.connector_and_context(properties).await.0
    }

    /// The same, with the connector's integration context (to read its refresh reports).
    async fn connector_and_context(
        &self,
        properties: &[(&str, &str)],
    ) -> (Box<dyn IntegrationConnector>, IntegrationContext) {
        let mut connection = Connection::for_provider(PROVIDER_NAME);
        connection.endpoint = Some(Endpoint::at(self.root().display().to_string()));
        for (name, value) in properties {
            connection.configuration_properties.insert((*name).to_owned(), (*value).into());
        }
        let provider = FolderMonitorProvider;
        assert!(provider.validate_connection(&connection).is_empty());
        let mut connector = provider.create_connector(&connection).unwrap();
        connector.initialize("instance", connection).unwrap();
        connector.set_connector_name("landing-monitor");
        let context = connect(
            &self.store,
            identity(
                IntegrationService::Files,
                "landing-monitor",
                PermittedSynchronization::FromThirdParty,
                Some("FileSystem::landing"),
            ),
        )
        .await;
        connector.set_context(context.clone()).unwrap();
        connector.start().await.unwrap();
        (connector, context)
    }

    /// A context of another connector, to read what was catalogued.
    async fn reader(&self) -> FilesIntegratorContext {
        let core = connect(
            &self.store,
            identity(IntegrationService::Files, "reader", PermittedSynchronization::FromThirdParty, None),
        )
        .await;
        FilesIntegratorContext::new(core).unwrap()
    }

    async fn latest(&self) -> u64 {
        latest(&self.store).await
    }

    async fn changes_since(&self, before: u64) -> Vec<ChangeEvent> {
        changes_since(&self.store, before).await
    }
}

/// The data files catalogued under the root, as (path relative to the root, type), sorted.
async fn catalogued_files(setup: &Setup, reader: &FilesIntegratorContext) -> Vec<(String, String)> {
    let prefix = format!("{}/", setup.path(""));
    let mut files: Vec<(String, String)> = reader
        .find_data_files(".*", 0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|file| {
            let path = file.properties.path_name.clone().unwrap_or_default();
            (path.strip_prefix(&prefix).unwrap_or(&path).to_owned(), file.type_name().to_owned())
        })
        .collect();
    files.sort();
    files
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
}

const ORDERS: &str = "id,customer,\"amount (EUR)\"\n1,acme,12.50\n";

/// A tree of folders and files of several formats.
fn landing_tree(setup: &Setup) {
    setup.write("orders.csv", ORDERS);
    setup.write("meta.json", "{\"source\": \"erp\"}");
    setup.write("README", "what lands here");
    setup.write(".hidden", "skipped");
    setup.write("landing/events.avro", "Obj\u{1}");
    setup.write("landing/sales.parquet", "PAR1");
    setup.write("landing/archive/old.txt", "x");
    fs::create_dir(setup.root().join("docs")).unwrap();
}

const LANDING_FILES: &[(&str, &str)] = &[
    ("README", "DataFile"),
    ("landing/archive/old.txt", "Document"),
    ("landing/events.avro", "AvroFile"),
    ("landing/sales.parquet", "ParquetFile"),
    ("meta.json", "JSONFile"),
    ("orders.csv", "CSVFile"),
];

fn assert_close(time: Option<SystemTime>, path: &Path) {
    let actual = fs::metadata(path).unwrap().modified().unwrap();
    let recorded = time.expect("a modification time is recorded");
    let gap = actual.duration_since(recorded).expect("kept to the millisecond, never later");
    assert!(gap < Duration::from_millis(1), "{gap:?}");
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_tree_is_catalogued_kept_in_step_and_never_lost() {
    let setup = Setup::new().await;
    landing_tree(&setup);
    let mut connector = setup.connector(&[]).await;
    let before = setup.latest().await;
    connector.refresh().await.unwrap();

    // Exactly the folders, the files by format, the CSV file's schema type and its columns.
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("FileFolder")), 4, "root, landing, archive, docs");
    for (_, type_name) in LANDING_FILES {
        assert_eq!(count(&events, ChangeEventType::NewElement, Some(type_name)), 1, "{type_name}");
    }
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularSchemaType")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularColumn")), 3);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 14);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("FolderHierarchy")), 3);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("NestedFile")), 6);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("AttributeForSchema")), 3);

    let reader = setup.reader().await;
    assert_eq!(catalogued_files(&setup, &reader).await, owned(LANDING_FILES));

    // The folders nest as on disk.
    let root = reader.get_folder_by_path_name(&setup.path("")).await.unwrap().expect("the root is catalogued");
    assert_eq!(root.properties.qualified_name.as_deref(), Some(folder_qualified_name(&setup.path("")).as_str()));
    assert_eq!(root.properties.display_name.as_deref(), Some("root"));
    let mut nested: Vec<_> = reader
        .get_nested_folders(root.guid(), 0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|folder| folder.properties.path_name.unwrap())
        .collect();
    nested.sort();
    assert_eq!(nested, [setup.path("docs"), setup.path("landing")]);
    let landing = reader.get_folder_by_path_name(&setup.path("landing")).await.unwrap().unwrap();
    let archive = reader.get_nested_folders(landing.guid(), 0, 0).await.unwrap();
    assert_eq!(archive.len(), 1);
    assert_eq!(archive[0].properties.path_name.as_deref(), Some(setup.path("landing/archive").as_str()));
    let mut in_landing: Vec<_> = reader
        .get_folder_files(landing.guid(), 0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|file| file.properties.file_name.unwrap())
        .collect();
    in_landing.sort();
    assert_eq!(in_landing, ["events.avro", "sales.parquet"]);
    assert_eq!(reader.get_folder_files(root.guid(), 0, 0).await.unwrap().len(), 3, "orders.csv, meta.json, README");

    // A file's properties.
    let orders = reader.get_file_by_path_name(&setup.path("orders.csv")).await.unwrap().expect("orders.csv");
    assert_eq!(orders.type_name(), "CSVFile");
    let properties = &orders.properties;
    assert_eq!(properties.qualified_name.as_deref(), Some(file_qualified_name(&setup.path("orders.csv")).as_str()));
    assert_eq!(properties.file_name.as_deref(), Some("orders.csv"));
    assert_eq!(properties.file_extension.as_deref(), Some("csv"));
    assert_eq!(properties.file_type.as_deref(), Some("CSV"));
    assert_eq!(properties.additional_properties.as_ref().unwrap()[FILE_SIZE_PROPERTY], ORDERS.len().to_string());
    assert_eq!(properties.extended_properties.get_str("delimiterCharacter"), Some(","));
    assert_close(properties.store_update_time.map(SystemTime::from), &setup.root().join("orders.csv"));
    let readme = reader.get_file_by_path_name(&setup.path("README")).await.unwrap().unwrap();
    assert_eq!((readme.type_name(), readme.properties.file_extension.as_deref()), ("DataFile", None));

    // The CSV header's columns, in order.
    let mut columns = reader.get_columns_for_data_file(orders.guid(), 0, 0).await.unwrap();
    columns.sort_by_key(|column| column.properties.element_position);
    let shapes: Vec<_> = columns
        .iter()
        .map(|column| (column.properties.element_position, column.properties.display_name.as_deref().unwrap()))
        .collect();
    assert_eq!(shapes, [(Some(0), "id"), (Some(1), "customer"), (Some(2), "amount (EUR)")]);
    assert_eq!(columns[0].properties.data_type.as_deref(), Some("string"));

    // Nothing changed: not one write.
    let before = setup.latest().await;
    connector.refresh().await.unwrap();
    assert!(setup.changes_since(before).await.is_empty());

    // A file deleted: it goes, the rest stays.
    fs::remove_file(setup.root().join("meta.json")).unwrap();
    let before = setup.latest().await;
    connector.refresh().await.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("JSONFile")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 0);
    assert!(reader.get_file_by_path_name(&setup.path("meta.json")).await.unwrap().is_none());
    let remaining: Vec<_> = LANDING_FILES.iter().copied().filter(|(path, _)| *path != "meta.json").collect();
    assert_eq!(catalogued_files(&setup, &reader).await, owned(&remaining));

    // A file grown: updated, with its new size; its columns are left alone.
    let grown = format!("{ORDERS}2,globex,99.00\n");
    setup.write("orders.csv", &grown);
    let before = setup.latest().await;
    connector.refresh().await.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("CSVFile")), 1);
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, None), 1, "{events:?}");
    assert_eq!(
        count(&events, ChangeEventType::NewElement, None) + count(&events, ChangeEventType::DeletedElement, None),
        0
    );
    let orders = reader.get_file_by_path_name(&setup.path("orders.csv")).await.unwrap().unwrap();
    assert_eq!(orders.properties.additional_properties.as_ref().unwrap()[FILE_SIZE_PROPERTY], grown.len().to_string());

    // A column renamed in the header: the old one goes, the new one comes, at its position.
    setup.write("orders.csv", &grown.replacen("customer", "client", 1));
    connector.refresh().await.unwrap();
    let mut columns = reader.get_columns_for_data_file(orders.guid(), 0, 0).await.unwrap();
    columns.sort_by_key(|column| column.properties.element_position);
    let names: Vec<_> = columns.iter().map(|column| column.properties.display_name.as_deref().unwrap()).collect();
    assert_eq!(names, ["id", "client", "amount (EUR)"]);

    // A folder removed with its files.
    fs::remove_dir_all(setup.root().join("landing/archive")).unwrap();
    connector.refresh().await.unwrap();
    assert!(reader.get_folder_by_path_name(&setup.path("landing/archive")).await.unwrap().is_none());
    assert!(reader.get_file_by_path_name(&setup.path("landing/archive/old.txt")).await.unwrap().is_none());
    assert_eq!(catalogued_files(&setup, &reader).await.len(), 4);

    // The root gone: the refresh fails, and nothing is removed.
    fs::rename(setup.root(), setup.dir.path().join("moved")).unwrap();
    let before = setup.latest().await;
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-FOLDER-MONITOR-500-001", "{error}");
    assert!(error.message().contains(&setup.path("")), "{error}");
    assert!(error.message().contains("landing-monitor"), "{error}");
    assert!(setup.changes_since(before).await.is_empty());
    assert_eq!(catalogued_files(&setup, &reader).await.len(), 4);

    // A file where the root was: the same.
    fs::write(setup.root(), "not a directory").unwrap();
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-FOLDER-MONITOR-400-005", "{error}");
    assert!(setup.changes_since(before).await.is_empty());

    // Back again: nothing to do but the root's own times.
    fs::remove_file(setup.root()).unwrap();
    fs::rename(setup.dir.path().join("moved"), setup.root()).unwrap();
    connector.refresh().await.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(
        count(&events, ChangeEventType::NewElement, None) + count(&events, ChangeEventType::DeletedElement, None),
        0
    );
    assert_eq!(catalogued_files(&setup, &reader).await.len(), 4);
    connector.disconnect().await.unwrap();
}

#[tokio::test]
async fn configuration_narrows_what_is_catalogued() {
    let setup = Setup::new().await;
    landing_tree(&setup);
    let mut connector =
        setup.connector(&[(RECURSIVE, "false"), (INCLUDE_HIDDEN, "true"), (CATALOG_COLUMNS, "false")]).await;
    let before = setup.latest().await;
    connector.refresh().await.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("FileFolder")), 1, "the root alone");
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularColumn")), 0);
    let reader = setup.reader().await;
    assert_eq!(
        catalogued_files(&setup, &reader).await,
        owned(&[(".hidden", "DataFile"), ("README", "DataFile"), ("meta.json", "JSONFile"), ("orders.csv", "CSVFile")])
    );
}

/// Makes `<root>/deep/...` a chain of folders whose deepest paths are longer than the system's
/// path limit (4096 bytes on Linux), so listing them fails whoever runs the test (root included).
/// Built in two halves moved together, since no single call may name such a path.
fn too_deep(setup: &Setup) -> PathBuf {
    let segment = "d".repeat(200);
    let chain = |base: PathBuf, depth: usize| (0..depth).fold(base, |path, i| path.join(format!("{segment}{i:02}")));
    let upper = chain(setup.root().join("deep"), 10);
    fs::create_dir_all(&upper).unwrap();
    let lower = chain(setup.dir.path().join("lower"), 12);
    fs::create_dir_all(&lower).unwrap();
    let first = setup.dir.path().join("lower").join(format!("{segment}00"));
    fs::rename(first, upper.join("continued")).unwrap();
    setup.root().join("deep")
}

#[tokio::test]
async fn nothing_is_removed_while_part_of_the_tree_cannot_be_read() {
    let setup = Setup::new().await;
    // Enough files that removing the unreadable chain later stays under the fail-safe threshold.
    for i in 0..40 {
        setup.write(&format!("batch/part-{i:02}.json"), "{}");
    }
    setup.write("keep.csv", "a,b\n");
    setup.write("gone.json", "{}");
    let mut connector = setup.connector(&[]).await;
    connector.refresh().await.unwrap();
    let reader = setup.reader().await;
    assert_eq!(catalogued_files(&setup, &reader).await.len(), 42);

    // A file deleted while a folder cannot be listed: the listing is incomplete, nothing goes.
    let deep = too_deep(&setup);
    fs::remove_file(setup.root().join("gone.json")).unwrap();
    let before = setup.latest().await;
    connector.refresh().await.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 0);
    assert!(count(&events, ChangeEventType::NewElement, Some("FileFolder")) > 10, "what could be read is catalogued");
    assert!(reader.get_file_by_path_name(&setup.path("gone.json")).await.unwrap().is_some());

    // Readable again: now it goes, with the folders that went.
    fs::remove_dir_all(deep).unwrap();
    connector.refresh().await.unwrap();
    assert!(reader.get_file_by_path_name(&setup.path("gone.json")).await.unwrap().is_none());
    assert!(reader.get_folder_by_path_name(&setup.path("deep")).await.unwrap().is_none());
    assert_eq!(catalogued_files(&setup, &reader).await.len(), 41);
}

#[cfg(unix)]
#[tokio::test]
async fn links_to_directories_are_not_followed() {
    let setup = Setup::new().await;
    setup.write("a/one.csv", "x\n");
    std::os::unix::fs::symlink(setup.root(), setup.root().join("a/loop")).unwrap();
    std::os::unix::fs::symlink(setup.root().join("a"), setup.root().join("a/self")).unwrap();
    std::os::unix::fs::symlink(setup.root().join("a/one.csv"), setup.root().join("linked.csv")).unwrap();
    let mut connector = setup.connector(&[]).await;
    let before = setup.latest().await;
    connector.refresh().await.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("FileFolder")), 2, "the root and a");
    let reader = setup.reader().await;
    assert_eq!(catalogued_files(&setup, &reader).await, owned(&[("a/one.csv", "CSVFile"), ("linked.csv", "CSVFile")]));
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
    let root = dir.path().join("landing");
    let config = FolderMonitorConfig::new(&root).unwrap();

    // No context yet: a clear error.
    let mut connector = FolderMonitorConnector::new(config.clone());
    assert!(connector.refresh().await.is_err(), "no context before set_context");
    assert!(connector.engage().await.is_err(), "no context before set_context");
    assert!(!connector.is_watching());

    // No root: the connector fails before it touches the repository.
    let mut mock = MockFilesIntegratorApi::new();
    mock.expect_synchronizer().never();
    connector.set_context(FilesIntegratorContext::from_api(Arc::new(mock)));
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked);
    assert!(error.message().contains("cannot read its root directory"), "{error}");
    // Nor does the blocking mode watch a root that is not there.
    let error = connector.engage().await.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-FOLDER-MONITOR-500-001", "{error}");
    assert!(!connector.is_watching());

    // A failing repository: its error is the refresh's.
    fs::create_dir(&root).unwrap();
    let scope = config.root_path_name().to_owned();
    let mut mock = MockFilesIntegratorApi::new();
    mock.expect_synchronizer()
        .withf(move |asked, _| asked == scope)
        .times(1)
        .returning(|_, _| Err(REPOSITORY_DOWN.error(&[])));
    let mut connector = FolderMonitorConnector::new(config);
    connector.set_context(FilesIntegratorContext::from_api(Arc::new(mock)));
    assert_eq!(connector.refresh().await.unwrap_err().kind(), ErrorKind::PropertyServer);
}

#[test]
fn connections_it_cannot_use_are_refused() {
    let provider = FolderMonitorProvider;
    let without_root = Connection::for_provider(PROVIDER_NAME);
    let error = provider.create_connector(&without_root).err().expect("no root");
    assert_eq!(error.kind(), ErrorKind::ConnectionChecked);
    assert!(error.message().contains("networkAddress"), "{error}");

    let bad = Connection::for_provider(PROVIDER_NAME)
        .with_network_address("/data")
        .with_configuration_property(INCLUDE_HIDDEN, "maybe")
        .with_configuration_property(MAX_HEADER_BYTES, 0);
    let error = provider.create_connector(&bad).err().expect("bad values");
    assert_eq!(error.message_id(), "OMIS-FOLDER-MONITOR-400-002");
    assert!(error.message().contains("includeHidden") && error.message().contains("maybe"), "{error}");
    let fields: Vec<_> =
        provider.validate_connection(&bad).into_iter().map(|problem| problem.field.unwrap_or_default()).collect();
    assert_eq!(fields, [INCLUDE_HIDDEN, MAX_HEADER_BYTES]);

    // `initialize` reads the connection again, with the same checks.
    let mut connector = FolderMonitorConnector::new(FolderMonitorConfig::new("/data").unwrap());
    let error = FilesIntegratorConnector::initialize(&mut connector, "instance", bad).unwrap_err();
    assert_eq!(error.message_id(), "OMIS-FOLDER-MONITOR-400-002");
    let good = Connection::for_provider(PROVIDER_NAME)
        .with_network_address("/srv/landing")
        .with_configuration_property(MAX_HEADER_BYTES, "1024");
    FilesIntegratorConnector::initialize(&mut connector, "instance", good).unwrap();
    assert_eq!(connector.config().root_path_name(), "/srv/landing");
    assert_eq!(connector.config().max_header_bytes, 1024);
}

// --- Parquet ---------------------------------------------------------------------------------

/// A Parquet file of tests/fixtures (see the README there).
fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// A catalogued column: position, name, data type, native class, nullable.
type Shape = (i32, String, String, Option<String>, Option<bool>);

/// The columns catalogued for a file, in order.
async fn columns_of(setup: &Setup, reader: &FilesIntegratorContext, relative: &str) -> Vec<Shape> {
    let file = reader.get_file_by_path_name(&setup.path(relative)).await.unwrap().expect("the file is catalogued");
    let mut columns: Vec<Shape> = reader
        .get_columns_for_data_file(file.guid(), 0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|column| {
            let properties = column.properties;
            (
                properties.element_position.unwrap(),
                properties.display_name.unwrap(),
                properties.data_type.unwrap(),
                properties.native_class,
                properties.is_nullable,
            )
        })
        .collect();
    columns.sort();
    columns
}

fn shape(position: i32, name: &str, data_type: &str, native: &str, nullable: bool) -> Shape {
    (position, name.to_owned(), data_type.to_owned(), Some(native.to_owned()), Some(nullable))
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "three files' schemas, column by column")]
async fn parquet_schemas_become_columns_and_a_damaged_footer_fails_nothing() {
    let setup = Setup::new().await;
    fs::create_dir(setup.root().join("lake")).unwrap();
    for name in ["flat.parquet", "nested.parquet", "legacy.parquet"] {
        fs::copy(fixture(name), setup.root().join("lake").join(name)).unwrap();
    }
    setup.write("lake/damaged.parquet", "PAR1 this is not what a Parquet footer holds PAR1");
    setup.write("lake/gone.json", "{}");
    let (mut connector, context) = setup.connector_and_context(&[]).await;
    let before = setup.latest().await;
    context.start_recording();
    connector.refresh().await.unwrap();
    let report = context.publish_report().await.unwrap().expect("a report");

    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("ParquetFile")), 4);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularSchemaType")), 3, "not the damaged file");
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularColumn")), 11 + 8 + 4);

    let reader = setup.reader().await;
    assert_eq!(
        columns_of(&setup, &reader, "lake/flat.parquet").await,
        [
            shape(0, "id", "INT64", "INT64", false),
            shape(1, "name", "STRING", "BYTE_ARRAY", true),
            shape(2, "amount", "DECIMAL(10,2)", "FIXED_LEN_BYTE_ARRAY(5)", true),
            shape(3, "active", "BOOLEAN", "BOOLEAN", true),
            shape(4, "score", "DOUBLE", "DOUBLE", true),
            shape(5, "created", "TIMESTAMP(MICROS,true)", "INT64", true),
            shape(6, "day", "DATE", "INT32", true),
            shape(7, "small", "INTEGER(8,true)", "INT32", true),
            shape(8, "code", "FIXED_LEN_BYTE_ARRAY", "FIXED_LEN_BYTE_ARRAY(2)", true),
            shape(9, "payload", "BYTE_ARRAY", "BYTE_ARRAY", true),
            shape(10, "uid", "UUID", "FIXED_LEN_BYTE_ARRAY(16)", true),
        ]
    );
    // Groups give dotted names; a value under an optional group can be missing.
    assert_eq!(
        columns_of(&setup, &reader, "lake/nested.parquet").await,
        [
            shape(0, "id", "INT32", "INT32", false),
            shape(1, "address.street", "STRING", "BYTE_ARRAY", true),
            shape(2, "address.city", "STRING", "BYTE_ARRAY", true),
            shape(3, "address.geo.lat", "DOUBLE", "DOUBLE", true),
            shape(4, "address.geo.lon", "DOUBLE", "DOUBLE", true),
            shape(5, "tags.list.element", "STRING", "BYTE_ARRAY", true),
            shape(6, "attributes.key_value.key", "STRING", "BYTE_ARRAY", true),
            shape(7, "attributes.key_value.value", "INT64", "INT64", true),
        ]
    );
    assert_eq!(
        columns_of(&setup, &reader, "lake/legacy.parquet").await,
        [
            shape(0, "key", "FIXED_LEN_BYTE_ARRAY", "FIXED_LEN_BYTE_ARRAY(16)", true),
            shape(1, "at", "TIME(MILLIS,false)", "INT32", true),
            shape(2, "count", "INT64", "INT64", true),
            shape(3, "label", "STRING", "BYTE_ARRAY", true),
        ]
    );
    let flat = reader.get_file_by_path_name(&setup.path("lake/flat.parquet")).await.unwrap().unwrap();
    let amount = reader
        .get_columns_for_data_file(flat.guid(), 0, 0)
        .await
        .unwrap()
        .into_iter()
        .find(|column| column.properties.display_name.as_deref() == Some("amount"))
        .unwrap();
    assert_eq!((amount.properties.precision, amount.properties.length), (Some(10), Some(5)));
    assert_eq!(
        amount.properties.qualified_name,
        Some(column_qualified_name(&setup.path("lake/flat.parquet"), "amount"))
    );

    // The damaged file: catalogued, without columns, and the report says why.
    let damaged = reader.get_file_by_path_name(&setup.path("lake/damaged.parquet")).await.unwrap().expect("catalogued");
    assert_eq!(damaged.type_name(), "ParquetFile");
    assert!(reader.get_columns_for_data_file(damaged.guid(), 0, 0).await.unwrap().is_empty());
    assert_eq!(report.notes.len(), 1, "{:?}", report.notes);
    assert!(report.notes[0].contains("1 file(s) were catalogued without columns"), "{:?}", report.notes);
    assert!(
        report.notes[0].contains("damaged.parquet has no columns: the Parquet footer is not valid"),
        "{:?}",
        report.notes
    );
    assert!(
        connector.statistics()["lastNote"].as_str().is_some_and(|note| note.contains("damaged.parquet")),
        "{:?}",
        connector.statistics()
    );

    // It marks nothing incomplete: a deleted file still goes.
    fs::remove_file(setup.root().join("lake/gone.json")).unwrap();
    let before = setup.latest().await;
    connector.refresh().await.unwrap();
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("JSONFile")), 1, "{events:?}");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 0);
}

// --- the blocking mode -----------------------------------------------------------------------

/// A figure of the connector's statistics.
fn figure(connector: &dyn IntegrationConnector, name: &str) -> u64 {
    connector.statistics().get(name).and_then(serde_json::Value::as_u64).unwrap_or_default()
}

/// Engages until a call applies no new batch (each call waits up to a second for a change);
/// returns the batches applied.
async fn settle(connector: &mut dyn IntegrationConnector) -> u64 {
    let first = figure(connector, "eventBatches");
    for _ in 0..20 {
        let before = figure(connector, "eventBatches");
        connector.engage().await.unwrap();
        if figure(connector, "eventBatches") == before {
            return before - first;
        }
    }
    panic!("changes kept coming");
}

/// How many distinct elements of a type an event type names.
fn distinct(events: &[ChangeEvent], event_type: ChangeEventType, type_name: &str) -> usize {
    events
        .iter()
        .filter(|event| event.event_type == event_type && event.type_name == type_name)
        .map(|event| event.guid.as_str())
        .collect::<HashSet<_>>()
        .len()
}

/// The path names of the folders catalogued under the root, relative to it, sorted.
async fn catalogued_folders(setup: &Setup, reader: &FilesIntegratorContext) -> Vec<String> {
    let root = setup.path("");
    let mut folders: Vec<String> = reader
        .find_folders(".*", 0, 0)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|folder| folder.properties.path_name)
        .filter_map(|path| path.strip_prefix(&root).map(str::to_owned))
        .collect();
    folders.sort();
    folders
}

/// A blocking-mode connector (quick debounce) over the landing tree, catalogued and watching.
async fn watching(setup: &Setup, debounce: &str) -> Box<dyn IntegrationConnector> {
    let mut connector = setup.connector(&[(DEBOUNCE_MILLIS, debounce)]).await;
    connector.refresh().await.unwrap();
    assert_eq!(figure(connector.as_ref(), "fullRefreshesOnEngage"), 0);
    // The first engage watches, and catches up with a full refresh: nothing changed, nothing written.
    let before = setup.latest().await;
    connector.engage().await.unwrap();
    assert_eq!(connector.statistics()["watching"], serde_json::Value::Bool(true));
    assert_eq!(figure(connector.as_ref(), "fullRefreshesOnEngage"), 1);
    assert!(setup.changes_since(before).await.is_empty());
    connector
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn the_blocking_mode_applies_notifications_path_by_path() {
    let setup = Setup::new().await;
    landing_tree(&setup);
    let mut connector = watching(&setup, "100").await;

    // Files and folders created, modified, deleted, renamed; a folder replaced by a file.
    setup.write("landing/new.csv", "a,b\n1,2\n");
    setup.write("incoming/2024/batch.json", "{}");
    setup.write("orders.csv", &ORDERS.replacen("customer", "client", 1));
    fs::remove_file(setup.root().join("meta.json")).unwrap();
    fs::remove_dir_all(setup.root().join("landing/archive")).unwrap();
    setup.write("landing/archive", "a file now");
    fs::rename(setup.root().join("docs"), setup.root().join("manuals")).unwrap();
    let before = setup.latest().await;
    assert!(settle(connector.as_mut()).await >= 1);
    let events = setup.changes_since(before).await;

    assert_eq!(count(&events, ChangeEventType::NewElement, Some("CSVFile")), 1, "new.csv");
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("JSONFile")), 1, "batch.json");
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DataFile")), 1, "landing/archive, the file");
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("FileFolder")), 3, "incoming, 2024, manuals");
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularSchemaType")), 1, "new.csv's");
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularColumn")), 3, "a, b, client");
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 10, "{events:#?}");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("JSONFile")), 1, "meta.json");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("Document")), 1, "archive/old.txt");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("FileFolder")), 2, "archive, docs");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("TabularColumn")), 1, "customer");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 5, "{events:#?}");
    assert_eq!(distinct(&events, ChangeEventType::UpdatedElement, "CSVFile"), 1, "orders.csv");
    assert_eq!(
        distinct(&events, ChangeEventType::UpdatedElement, "FileFolder"),
        2,
        "the root and landing: their entries"
    );
    assert!(figure(connector.as_ref(), "removedOnEvents") >= 5);

    let reader = setup.reader().await;
    assert_eq!(
        catalogued_files(&setup, &reader).await,
        owned(&[
            ("README", "DataFile"),
            ("incoming/2024/batch.json", "JSONFile"),
            ("landing/archive", "DataFile"),
            ("landing/events.avro", "AvroFile"),
            ("landing/new.csv", "CSVFile"),
            ("landing/sales.parquet", "ParquetFile"),
            ("orders.csv", "CSVFile"),
        ])
    );
    assert_eq!(catalogued_folders(&setup, &reader).await, ["", "/incoming", "/incoming/2024", "/landing", "/manuals"]);
    let orders = reader.get_file_by_path_name(&setup.path("orders.csv")).await.unwrap().unwrap();
    let mut names: Vec<_> = reader
        .get_columns_for_data_file(orders.guid(), 0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|column| (column.properties.element_position, column.properties.display_name.unwrap()))
        .collect();
    names.sort();
    assert_eq!(names, [(Some(0), "id".into()), (Some(1), "client".into()), (Some(2), "amount (EUR)".into())]);
    let batch = reader.get_file_by_path_name(&setup.path("incoming/2024/batch.json")).await.unwrap().unwrap();
    let in_2024 = reader.get_folder_by_path_name(&setup.path("incoming/2024")).await.unwrap().unwrap();
    let files: Vec<_> = reader.get_folder_files(in_2024.guid(), 0, 0).await.unwrap();
    assert_eq!(files.iter().map(TypedElement::guid).collect::<Vec<_>>(), [batch.guid()], "in its folder");

    // The repository is what a full refresh makes of the tree: it has nothing left to do.
    let before = setup.latest().await;
    connector.refresh().await.unwrap();
    assert!(setup.changes_since(before).await.is_empty(), "{:#?}", setup.changes_since(before).await);

    // A delimited file emptied, a Parquet file damaged: their columns go, and their schema types.
    fs::copy(fixture("legacy.parquet"), setup.root().join("landing/legacy.parquet")).unwrap();
    settle(connector.as_mut()).await;
    assert_eq!(columns_of(&setup, &reader, "landing/legacy.parquet").await.len(), 4);
    setup.write("landing/new.csv", "");
    setup.write("landing/legacy.parquet", "PAR1 cut short");
    let before = setup.latest().await;
    settle(connector.as_mut()).await;
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("TabularColumn")), 2 + 4, "{events:#?}");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("TabularSchemaType")), 2, "{events:#?}");
    assert!(connector.statistics()["lastNote"].as_str().is_some_and(|note| note.contains("legacy.parquet")));
    let before = setup.latest().await;
    connector.refresh().await.unwrap();
    assert!(setup.changes_since(before).await.is_empty(), "{:#?}", setup.changes_since(before).await);

    connector.disconnect().await.unwrap();
    assert_eq!(connector.statistics()["watching"], serde_json::Value::Bool(false));
}

#[tokio::test]
async fn a_burst_of_changes_is_one_batch() {
    let setup = Setup::new().await;
    setup.write("keep.txt", "x");
    let mut connector = watching(&setup, "300").await;
    let batches = figure(connector.as_ref(), "eventBatches");

    // One file rewritten again and again, faster than the debounce.
    let path = setup.root().join("burst.csv");
    let writer = std::thread::spawn(move || {
        for i in 0..10 {
            fs::write(&path, format!("a{i},b\n")).unwrap();
            std::thread::sleep(Duration::from_millis(15));
        }
    });
    let before = setup.latest().await;
    connector.engage().await.unwrap();
    writer.join().unwrap();
    assert_eq!(settle(connector.as_mut()).await, 0, "nothing was left for another batch");
    assert_eq!(figure(connector.as_ref(), "eventBatches"), batches + 1);
    assert_eq!(figure(connector.as_ref(), "lastBatchPaths"), 1, "burst.csv, gathered once");

    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("CSVFile")), 1);
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("CSVFile")), 0, "written once, as it ended");
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularColumn")), 2);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 0);
    let reader = setup.reader().await;
    let columns = columns_of(&setup, &reader, "burst.csv").await;
    assert_eq!(columns.iter().map(|column| column.1.as_str()).collect::<Vec<_>>(), ["a9", "b"]);
    let before = setup.latest().await;
    connector.refresh().await.unwrap();
    assert!(setup.changes_since(before).await.is_empty());
}

#[cfg(unix)]
#[tokio::test]
async fn paths_outside_the_root_and_hidden_ones_are_ignored() {
    let setup = Setup::new().await;
    setup.write("inside.txt", "x");
    let outside = setup.dir.path().join("outside");
    fs::create_dir(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, setup.root().join("link")).unwrap();
    let mut connector = watching(&setup, "100").await;
    let batches = figure(connector.as_ref(), "eventBatches");

    // Beside the root, and behind a link to a folder outside it: not watched, not catalogued.
    let before = setup.latest().await;
    fs::write(outside.join("far.csv"), "a,b\n").unwrap();
    fs::write(setup.dir.path().join("beside.txt"), "x").unwrap();
    fs::write(format!("{}-2.txt", setup.path("")), "a sibling named like the root").unwrap();
    connector.engage().await.unwrap();
    assert_eq!(figure(connector.as_ref(), "eventBatches"), batches, "no event under the root");

    assert!(setup.changes_since(before).await.is_empty());

    // A hidden file under the root: left out, but the root's entries changed (its time).
    setup.write(".upload.tmp", "partial");
    assert_eq!(settle(connector.as_mut()).await, 1);
    assert_eq!(figure(connector.as_ref(), "ignoredPaths"), 1);
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("FileFolder")), 1, "{events:#?}");
    assert_eq!(events.len(), 1, "{events:#?}");
    let reader = setup.reader().await;
    assert_eq!(catalogued_files(&setup, &reader).await, owned(&[("inside.txt", "Document")]));
    let before = setup.latest().await;
    connector.refresh().await.unwrap();
    assert!(setup.changes_since(before).await.is_empty());
}

#[tokio::test]
async fn a_root_that_goes_fails_engage_and_removes_nothing() {
    let setup = Setup::new().await;
    landing_tree(&setup);
    let mut connector = watching(&setup, "100").await;
    let reader = setup.reader().await;

    fs::rename(setup.root(), setup.dir.path().join("moved")).unwrap();
    let before = setup.latest().await;
    let mut error = None;
    for _ in 0..5 {
        if let Err(failed) = connector.engage().await {
            error = Some(failed);
            break;
        }
    }
    let error = error.expect("engage fails once the root went");
    assert_eq!(error.message_id(), "OMIS-FOLDER-MONITOR-500-001", "{error}");
    assert_eq!(connector.statistics()["watching"], serde_json::Value::Bool(false));
    assert!(setup.changes_since(before).await.is_empty());
    assert_eq!(catalogued_files(&setup, &reader).await, owned(LANDING_FILES));

    // Back: the next engage watches again and catches up, with nothing to remove.
    fs::rename(setup.dir.path().join("moved"), setup.root()).unwrap();
    fs::remove_file(setup.root().join("README")).unwrap();
    connector.engage().await.unwrap();
    assert_eq!(figure(connector.as_ref(), "fullRefreshesOnEngage"), 2);
    let events = setup.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("DataFile")), 1, "README, by the catch-up");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 1);
    setup.write("README", "back");
    assert_eq!(settle(connector.as_mut()).await, 1);
    assert_eq!(catalogued_files(&setup, &reader).await, owned(LANDING_FILES));
}
