//! The relational catalogs, created by their providers and run through the lifecycle against the
//! real embedded store: SQLite always; PostgreSQL with OMIS_TEST_POSTGRES_URL and MariaDB with
//! OMIS_TEST_MARIADB_URL (each test in a schema or database of its own, dropped afterwards). And
//! unit-tested with the mock context.

use std::collections::BTreeMap;
use std::sync::Arc;

use database_integrator::serde_json::Value;
use database_integrator::*;
use integration_daemon_api::MetadataStore;
use integration_testkit::env::{POSTGRES_URL, server_address, unique_name};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};
use relational_catalog_connector::*;

/// The variable that holds the MariaDB test server's URL.
const MARIADB_URL: &str = "OMIS_TEST_MARIADB_URL";

/// The shop every technology catalogs: three tables with primary and foreign keys, and a view.
const SHOP: &str = "
CREATE TABLE customers (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200));
CREATE TABLE orders (
    id INTEGER NOT NULL PRIMARY KEY,
    customer_id INTEGER,
    status VARCHAR(20) DEFAULT 'new' NOT NULL,
    note VARCHAR(50),
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
);
CREATE TABLE order_lines (
    order_id INTEGER NOT NULL,
    line INTEGER NOT NULL,
    amount NUMERIC(10,2),
    PRIMARY KEY (order_id, line),
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE VIEW open_orders AS SELECT id, status FROM orders WHERE status = 'new'";

/// What each technology says of the shop.
struct Expected {
    integer: &'static str,
    varchar_100: &'static str,
    numeric: &'static str,
    status_default: &'static str,
    /// The primary key of customers.
    primary_key_name: Option<&'static str>,
    /// The foreign key of orders to customers.
    foreign_key_name: Option<&'static str>,
    /// Statements that comment the customers table and its email column (when the technology can).
    comments: Option<&'static str>,
}

const POSTGRES: Expected = Expected {
    integer: "integer",
    varchar_100: "character varying(100)",
    numeric: "numeric(10,2)",
    status_default: "'new'::character varying",
    primary_key_name: Some("customers_pkey"),
    foreign_key_name: Some("orders_customer_fk"),
    comments: Some(
        "COMMENT ON TABLE customers IS 'who buys';
COMMENT ON COLUMN customers.email IS 'where to write'",
    ),
};

const MARIADB: Expected = Expected {
    integer: "int(11)",
    varchar_100: "varchar(100)",
    numeric: "decimal(10,2)",
    status_default: "'new'",
    primary_key_name: Some("PRIMARY"),
    foreign_key_name: Some("orders_customer_fk"),
    comments: Some(
        "ALTER TABLE customers COMMENT = 'who buys';
ALTER TABLE customers MODIFY email VARCHAR(200) COMMENT 'where to write'",
    ),
};

const SQLITE: Expected = Expected {
    integer: "INTEGER",
    varchar_100: "VARCHAR(100)",
    numeric: "NUMERIC(10,2)",
    status_default: "'new'",
    primary_key_name: None,
    foreign_key_name: None,
    comments: None,
};

/// Runs a script of `;`-separated statements on the source database (blocking).
type Execute = Arc<dyn Fn(&str) + Send + Sync>;

/// A source database and what the connector needs to reach it.
struct Source {
    /// The connection of the connector.
    connection: Connection,
    /// The schema the shop is in, as the catalog names it.
    schema: String,
    execute: Execute,
}

impl Source {
    async fn execute(&self, script: &str) {
        let execute = Arc::clone(&self.execute);
        let script = script.to_owned();
        tokio::task::spawn_blocking(move || execute(&script)).await.expect("the script ran");
    }
}

/// A repository of its own.
struct Repository {
    _dir: tempfile::TempDir,
    store: Arc<dyn MetadataStore>,
}

impl Repository {
    async fn new() -> Repository {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
        Repository { _dir: dir, store }
    }

    /// A connector made by the provider from a connection, running as the daemon runs it.
    async fn connector(&self, connection: &Connection) -> Box<dyn IntegrationConnector> {
        let provider = RelationalCatalogProvider::all()
            .into_iter()
            .find(|provider| Some(provider.provider_name().as_str()) == connection.provider_name())
            .expect("one of the three providers");
        assert!(provider.validate_connection(connection).is_empty(), "{:?}", provider.validate_connection(connection));
        let mut connector = provider.create_connector(connection).unwrap();
        connector.initialize("instance", connection.clone()).unwrap();
        connector.set_connector_name("shop-catalog");
        let context = connect(
            &self.store,
            identity(
                IntegrationService::Database,
                "shop-catalog",
                PermittedSynchronization::FromThirdParty,
                Some("Shop"),
            ),
        )
        .await;
        connector.set_context(context).unwrap();
        connector.start().await.unwrap();
        connector
    }

    /// A context of another connector, to read what was catalogued.
    async fn reader(&self) -> DatabaseIntegratorContext {
        let core = connect(
            &self.store,
            identity(IntegrationService::Database, "reader", PermittedSynchronization::FromThirdParty, None),
        )
        .await;
        DatabaseIntegratorContext::new(core).unwrap()
    }

    async fn latest(&self) -> u64 {
        latest(&self.store).await
    }

    async fn changes_since(&self, before: u64) -> Vec<ChangeEvent> {
        changes_since(&self.store, before).await
    }
}

/// The events by kind and type, e.g. `NewElement RelationalTable` → 4.
fn tally(events: &[ChangeEvent]) -> BTreeMap<String, usize> {
    let mut tally = BTreeMap::new();
    for event in events {
        *tally.entry(format!("{:?} {}", event.event_type, event.type_name)).or_default() += 1;
    }
    tally
}

fn expected_tally(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
    pairs.iter().map(|(name, count)| ((*name).to_owned(), *count)).collect()
}

/// What is catalogued under a schema: tables and views with their columns, sorted.
#[derive(Debug, PartialEq)]
struct Relation {
    name: String,
    view: bool,
    columns: Vec<String>,
}

async fn relations(reader: &DatabaseIntegratorContext, schema_guid: &str) -> Vec<Relation> {
    let mut relations = Vec::new();
    for table in reader.get_tables_for_database_asset(schema_guid, 0, 0).await.unwrap() {
        relations.push((table.guid().to_owned(), table.properties.display_name.clone().unwrap(), false));
    }
    for view in reader.get_views_for_database_asset(schema_guid, 0, 0).await.unwrap() {
        relations.push((view.guid().to_owned(), view.properties.display_name.clone().unwrap(), true));
    }
    let mut found = Vec::new();
    for (guid, name, view) in relations {
        let mut columns = reader.get_columns_for_database_table(&guid, 0, 0).await.unwrap();
        columns.sort_by_key(|column| column.properties.element_position);
        let columns = columns.into_iter().map(|column| column.properties.display_name.unwrap()).collect();
        found.push(Relation { name, view, columns });
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    found
}

fn relation(name: &str, view: bool, columns: &[&str]) -> Relation {
    Relation { name: name.to_owned(), view, columns: columns.iter().map(|c| (*c).to_owned()).collect() }
}

fn shop_relations() -> Vec<Relation> {
    vec![
        relation("customers", false, &["id", "name", "email"]),
        relation("open_orders", true, &["id", "status"]),
        relation("order_lines", false, &["order_id", "line", "amount"]),
        relation("orders", false, &["id", "customer_id", "status", "note"]),
    ]
}

/// The one schema catalogued and its GUID.
async fn the_schema(reader: &DatabaseIntegratorContext, database_qualified_name: &str, schema: &str) -> String {
    let databases = reader.get_databases_by_name(database_qualified_name, 0, 0).await.unwrap();
    assert_eq!(databases.len(), 1, "the database {database_qualified_name}");
    let schemas = reader.get_schemas_for_database(databases[0].guid(), 0, 0).await.unwrap();
    let names: Vec<_> = schemas.iter().map(|s| s.properties.display_name.clone().unwrap_or_default()).collect();
    assert_eq!(names, [schema]);
    schemas[0].guid().to_owned()
}

async fn column(reader: &DatabaseIntegratorContext, qualified_name: &str) -> DatabaseColumnElement {
    let mut found = reader.get_database_columns_by_name(qualified_name, 0, 0).await.unwrap();
    assert_eq!(found.len(), 1, "{qualified_name}");
    found.remove(0)
}

/// The column's `PrimaryKey` classification, if any.
fn primary_key(column: &DatabaseColumnElement) -> Option<&ElementProperties> {
    column
        .element_header
        .classifications
        .iter()
        .find(|classification| classification.classification_name == "PrimaryKey")
        .map(|classification| &classification.classification_properties)
}

/// The first harvest, no writes when nothing changed, a dropped column, a dropped table and an
/// added column, comments; `outage` makes the database unreadable and `recover` undoes it.
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn shop_scenario<O, R>(technology: Technology, source: Source, expected: &Expected, outage: O, recover: R)
where
    O: AsyncFnOnce(&mut Box<dyn IntegrationConnector>),
    R: AsyncFnOnce(&mut Box<dyn IntegrationConnector>),
{
    source.execute(SHOP).await;
    if let Some(comments) = expected.comments {
        source.execute(comments).await;
    }
    let repository = Repository::new().await;
    let mut connector = repository.connector(&source.connection).await;
    let config = RelationalCatalogConfig::from_connection(technology, &source.connection).unwrap();
    let database = config.database_qualified_name().to_owned();
    let schema = source.schema.clone();
    let name = |path: &str| format!("{}::{path}", schema_qualified_name(&database, &schema));

    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    let events = repository.changes_since(before).await;
    assert_eq!(
        tally(&events),
        expected_tally(&[
            ("NewElement Database", 1),
            ("NewElement DeployedDatabaseSchema", 1),
            ("NewElement RelationalDBSchemaType", 1),
            ("NewElement RelationalTable", 4),
            ("NewElement RelationalColumn", 12),
            ("NewRelationship DataSetContent", 1),
            ("NewRelationship Schema", 1),
            ("NewRelationship AttributeForSchema", 4),
            ("NewRelationship NestedSchemaAttribute", 12),
            ("NewRelationship ForeignKey", 2),
        ])
    );
    let statistics = connector.statistics();
    assert_eq!(statistics["tables"], 3);
    assert_eq!(statistics["views"], 1);
    assert_eq!(statistics["columns"], 12);
    assert_eq!(statistics["foreignKeys"], 2);
    assert_eq!(statistics["technology"], technology.name());

    // The database, its schema, the tables and views with their columns in order.
    let reader = repository.reader().await;
    let databases = reader.get_databases_by_name(&database, 0, 0).await.unwrap();
    assert_eq!(databases[0].properties.display_name.as_deref(), Some(config.database_name()));
    let implementation = databases[0].properties.deployed_implementation_type.clone().unwrap();
    assert!(implementation.ends_with("Relational Database"), "{implementation}");
    let schema_guid = the_schema(&reader, &database, &schema).await;
    assert_eq!(relations(&reader, &schema_guid).await, shop_relations());

    // Tables and views.
    let customers = reader.get_database_tables_by_name(&name("customers"), 0, 0).await.unwrap();
    assert_eq!(customers.len(), 1);
    let described = expected.comments.map(|_| "who buys");
    assert_eq!(customers[0].properties.description.as_deref(), described);
    let views = reader.get_database_views_by_name(&name("open_orders"), 0, 0).await.unwrap();
    assert_eq!(views.len(), 1);
    let formula = views[0].properties.formula.clone().unwrap_or_default();
    assert!(formula.contains("orders") && formula.contains("status"), "{formula}");
    assert!(!formula.to_ascii_uppercase().starts_with("CREATE"), "{formula}");
    assert_eq!(views[0].properties.formula_type.as_deref(), Some("SQL"));

    // Columns: type, nullability, default, position, comment, primary key.
    let id = column(&reader, &name("customers::id")).await;
    assert_eq!(id.properties.data_type.as_deref(), Some(expected.integer));
    assert_eq!(id.properties.is_nullable, Some(false));
    assert_eq!(id.properties.element_position, Some(1));
    let key = primary_key(&id).expect("customers.id is the primary key");
    assert_eq!(key.get_str("displayName"), expected.primary_key_name);
    let customer_name = column(&reader, &name("customers::name")).await;
    assert_eq!(customer_name.properties.data_type.as_deref(), Some(expected.varchar_100));
    assert_eq!(customer_name.properties.is_nullable, Some(false));
    assert_eq!(primary_key(&customer_name), None);
    let email = column(&reader, &name("customers::email")).await;
    assert_eq!(email.properties.is_nullable, Some(true));
    assert_eq!(email.properties.element_position, Some(3));
    assert_eq!(email.properties.description.as_deref(), expected.comments.map(|_| "where to write"));
    let status = column(&reader, &name("orders::status")).await;
    assert_eq!(status.properties.default_value.as_deref(), Some(expected.status_default));
    assert_eq!(status.properties.is_nullable, Some(false));
    let amount = column(&reader, &name("order_lines::amount")).await;
    assert_eq!(amount.properties.data_type.as_deref(), Some(expected.numeric));
    assert_eq!(amount.properties.default_value, None);
    let line = column(&reader, &name("order_lines::line")).await;
    assert!(primary_key(&line).is_some(), "a column of a composite key");

    // Foreign keys: from the referenced column (end 1) to the referencing one (end 2).
    let customer_id = column(&reader, &name("orders::customer_id")).await;
    let links = reader.get_foreign_key_relationships(customer_id.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].end1.guid, id.guid());
    assert_eq!(links[0].end2.guid, customer_id.guid());
    assert_eq!(links[0].properties.display_name.as_deref(), expected.foreign_key_name);
    let referenced = reader.get_foreign_key_relationships(id.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(referenced.len(), 1);

    // Nothing changed: not one write.
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    assert!(repository.changes_since(before).await.is_empty());
    assert_eq!(connector.statistics()["unchanged"], 21, "19 elements and 2 foreign keys");

    // A column dropped: it goes, the rest stays.
    source.execute("ALTER TABLE orders DROP COLUMN note").await;
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    let events = repository.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("RelationalColumn")), 1, "{events:#?}");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 1, "{events:#?}");
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 0, "{events:#?}");
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, None), 0, "{events:#?}");
    let mut expected_relations = shop_relations();
    expected_relations[3].columns.pop();
    assert_eq!(relations(&reader, &schema_guid).await, expected_relations);

    // A table dropped: it goes with its columns and foreign key; the rest stays.
    source.execute("DROP TABLE order_lines").await;
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    let events = repository.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("RelationalTable")), 1, "{events:#?}");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("RelationalColumn")), 3, "{events:#?}");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 4, "{events:#?}");
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("ForeignKey")), 1, "{events:#?}");
    assert_eq!(
        count(&events, ChangeEventType::NewElement, None) + count(&events, ChangeEventType::UpdatedElement, None),
        0
    );
    expected_relations.remove(2);
    assert_eq!(relations(&reader, &schema_guid).await, expected_relations);
    assert_eq!(
        reader.get_foreign_key_relationships(customer_id.guid(), RelationshipEnd::End2, 0, 0).await.unwrap().len(),
        1,
        "the other foreign key stays"
    );

    // A column added: created at its position.
    source.execute("ALTER TABLE customers ADD COLUMN phone VARCHAR(30)").await;
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    let events = repository.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("RelationalColumn")), 1, "{events:#?}");
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 1, "{events:#?}");
    assert_eq!(
        count(&events, ChangeEventType::DeletedElement, None) + count(&events, ChangeEventType::UpdatedElement, None),
        0
    );
    let phone = column(&reader, &name("customers::phone")).await;
    assert_eq!(phone.properties.element_position, Some(4));
    assert_eq!(phone.properties.is_nullable, Some(true));

    // The database unreadable: the refresh fails, and nothing is written or removed.
    outage(&mut connector).await;
    let before = repository.latest().await;
    let error = connector.refresh().await.unwrap_err();
    assert!(error.message_id().starts_with("OMIS-RELATIONAL-CATALOG-"), "{error}");
    assert!(error.message().contains("shop-catalog"), "{error}");
    assert!(repository.changes_since(before).await.is_empty());
    assert_eq!(relations(&reader, &schema_guid).await.len(), 3);

    // Back again: nothing to do.
    recover(&mut connector).await;
    connector.refresh().await.unwrap();
    assert!(repository.changes_since(before).await.is_empty());
    connector.disconnect().await.unwrap();
}

/// Include and exclude patterns: the schema `included` (and not `excluded`, which the patterns
/// also name), without the order lines and without views.
async fn patterns_scenario(technology: Technology, source: &Source, connection: &Connection, included: &str) {
    let repository = Repository::new().await;
    let mut connector = repository.connector(connection).await;
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    let events = repository.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DeployedDatabaseSchema")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("RelationalTable")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("RelationalColumn")), 7);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ForeignKey")), 1, "orders to customers only");
    let reader = repository.reader().await;
    let config = RelationalCatalogConfig::from_connection(technology, connection).unwrap();
    let schema_guid = the_schema(&reader, config.database_qualified_name(), included).await;
    let expected = vec![
        relation("customers", false, &["id", "name", "email"]),
        relation("orders", false, &["id", "customer_id", "status", "note"]),
    ];
    assert_eq!(relations(&reader, &schema_guid).await, expected);
    assert_eq!(source.schema, included);
}

// ---------------------------------------------------------------------------------------------
// SQLite
// ---------------------------------------------------------------------------------------------

fn sqlite_source(path: &std::path::Path) -> Source {
    let file = path.to_owned();
    let execute: Execute = Arc::new(move |script: &str| {
        let connection = rusqlite::Connection::open(&file).expect("the SQLite file opens");
        connection.execute_batch(script).expect("the script runs");
    });
    let connection = Connection::for_provider(SQLITE_PROVIDER_NAME).with_network_address(path.display().to_string());
    Source { connection, schema: SQLITE_SCHEMA.to_owned(), execute }
}

#[tokio::test]
async fn sqlite_a_database_is_catalogued_kept_in_step_and_never_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.db");
    let source = sqlite_source(&path);
    let config = RelationalCatalogConfig::from_connection(Technology::Sqlite, &source.connection).unwrap();
    assert_eq!(config.database_qualified_name(), format!("SQLite::{}", path.display()));
    let (moved_from, moved_to) = (path.clone(), dir.path().join("moved.db"));
    let (back_from, back_to) = (moved_to.clone(), path.clone());
    shop_scenario(
        Technology::Sqlite,
        source,
        &SQLITE,
        async move |_| std::fs::rename(&moved_from, &moved_to).unwrap(),
        async move |_| std::fs::rename(&back_from, &back_to).unwrap(),
    )
    .await;
}

#[tokio::test]
async fn sqlite_a_missing_file_fails_the_refresh_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent.db");
    let repository = Repository::new().await;
    let source = sqlite_source(&path);
    let mut connector = repository.connector(&source.connection).await;
    let before = repository.latest().await;
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-RELATIONAL-CATALOG-404-001", "{error}");
    assert!(error.message().contains(&path.display().to_string()), "{error}");
    assert!(repository.changes_since(before).await.is_empty());
    assert!(!path.exists(), "the file is not created by the read");
}

#[tokio::test]
async fn sqlite_patterns_exclude_what_they_should() {
    let dir = tempfile::tempdir().unwrap();
    let source = sqlite_source(&dir.path().join("shop.db"));
    source.execute(SHOP).await;
    let connection = source
        .connection
        .clone()
        .with_configuration_property(INCLUDE_SCHEMAS, "main")
        .with_configuration_property(EXCLUDE_SCHEMAS, "temp")
        .with_configuration_property(EXCLUDE_TABLES, "main\\.order_.*")
        .with_configuration_property(INCLUDE_VIEWS, false);
    patterns_scenario(Technology::Sqlite, &source, &connection, "main").await;

    // A schema pattern that excludes everything leaves the database alone.
    let repository = Repository::new().await;
    let nothing = source.connection.clone().with_configuration_property(EXCLUDE_SCHEMAS, "main");
    let mut connector = repository.connector(&nothing).await;
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    let events = repository.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Database")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 1, "{events:#?}");
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------------------------

/// Runs `work` off the async runtime (the blocking PostgreSQL client starts a runtime of its own).
fn off_runtime<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::spawn(work).join().expect("the work finished")
}

/// A schema of its own, dropped when the test ends (even when it fails).
struct PostgresSchema {
    url: String,
    name: String,
}

impl PostgresSchema {
    fn create(url: &str) -> PostgresSchema {
        let name = unique_name("omis_rc");
        let (url_owned, schema) = (url.to_owned(), name.clone());
        off_runtime(move || {
            let mut client = postgres::Client::connect(&url_owned, postgres::NoTls).expect("PostgreSQL answers");
            client.batch_execute(&format!("CREATE SCHEMA {schema}")).expect("schema created");
        });
        PostgresSchema { url: url.to_owned(), name }
    }

    fn source(&self, properties: &[(&str, &str)]) -> Source {
        let (url, schema) = (self.url.clone(), self.name.clone());
        let execute: Execute = Arc::new(move |script: &str| {
            let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("PostgreSQL answers");
            client.batch_execute(&format!("SET search_path TO {schema};\n{script}")).expect("the script runs");
        });
        let mut connection = Connection::for_provider(POSTGRES_PROVIDER_NAME)
            .with_network_address(self.url.clone())
            .with_configuration_property(INCLUDE_SCHEMAS, self.name.clone());
        for (name, value) in properties {
            connection = connection.with_configuration_property(*name, *value);
        }
        Source { connection, schema: self.name.clone(), execute }
    }
}

impl Drop for PostgresSchema {
    fn drop(&mut self) {
        let (url, schema) = (self.url.clone(), self.name.clone());
        off_runtime(move || {
            if let Ok(mut client) = postgres::Client::connect(&url, postgres::NoTls) {
                let _ = client.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
            }
        });
    }
}

/// The same connection, pointing at a port where nothing listens.
fn unreachable(connection: &Connection, address: &str) -> Connection {
    let mut unreachable = connection.clone();
    unreachable.endpoint = Some(Endpoint::at(address));
    unreachable
}

#[tokio::test]
async fn postgres_a_database_is_catalogued_kept_in_step_and_never_lost() {
    let test = "postgres_a_database_is_catalogued_kept_in_step_and_never_lost";
    let Some(url) = server_address(POSTGRES_URL, test) else { return };
    let schema = PostgresSchema::create(&url);
    // A name of its own, so that the same database reached at another address is the same.
    let name = format!("PostgreSQL::test::{}", schema.name);
    let source = schema.source(&[(DATABASE_QUALIFIED_NAME, &name), (CONNECT_TIMEOUT_SECONDS, "2")]);
    let good = source.connection.clone();
    let bad = unreachable(&good, "postgresql://postgres@127.0.0.1:1/test");
    shop_scenario(
        Technology::PostgreSql,
        source,
        &POSTGRES,
        async move |connector| connector.initialize("instance", bad).unwrap(),
        async move |connector| connector.initialize("instance", good).unwrap(),
    )
    .await;
}

#[tokio::test]
async fn postgres_patterns_exclude_what_they_should() {
    let test = "postgres_patterns_exclude_what_they_should";
    let Some(url) = server_address(POSTGRES_URL, test) else { return };
    let (included, excluded) = (PostgresSchema::create(&url), PostgresSchema::create(&url));
    let source = included.source(&[]);
    source.execute(SHOP).await;
    excluded.source(&[]).execute(SHOP).await;
    let connection = source
        .connection
        .clone()
        .with_configuration_property(
            INCLUDE_SCHEMAS,
            Value::Array(vec![included.name.clone().into(), excluded.name.clone().into()]),
        )
        .with_configuration_property(EXCLUDE_SCHEMAS, excluded.name.clone())
        .with_configuration_property(EXCLUDE_TABLES, "order_lines")
        .with_configuration_property(INCLUDE_VIEWS, "false");
    patterns_scenario(Technology::PostgreSql, &source, &connection, &included.name).await;
}

#[tokio::test]
async fn postgres_specifics_are_catalogued() {
    let test = "postgres_specifics_are_catalogued";
    let Some(url) = server_address(POSTGRES_URL, test) else { return };
    let schema = PostgresSchema::create(&url);
    let source = schema.source(&[]);
    source
        .execute(
            "COMMENT ON SCHEMA public IS 'not catalogued';
CREATE TABLE items (
    id serial PRIMARY KEY,
    price numeric(8,2) NOT NULL,
    quantity integer DEFAULT 1,
    total numeric GENERATED ALWAYS AS (price * quantity) STORED,
    added timestamptz DEFAULT now()
);
CREATE TABLE events (id bigint, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE MATERIALIZED VIEW totals AS SELECT sum(price) AS total FROM items;
ALTER TABLE items DROP COLUMN quantity CASCADE;
ALTER TABLE items ADD COLUMN quantity integer DEFAULT 1;",
        )
        .await;
    source.execute(&format!("COMMENT ON SCHEMA {} IS 'the shop'", schema.name)).await;
    let repository = Repository::new().await;
    let mut connector = repository.connector(&source.connection).await;
    connector.refresh().await.unwrap();
    let reader = repository.reader().await;
    let config = RelationalCatalogConfig::from_connection(Technology::PostgreSql, &source.connection).unwrap();
    let database = config.database_qualified_name().to_owned();
    let schema_guid = the_schema(&reader, &database, &schema.name).await;
    let schemas = reader.get_database_schemas_by_name(&schema_qualified_name(&database, &schema.name), 0, 0).await;
    assert_eq!(schemas.unwrap()[0].properties.description.as_deref(), Some("the shop"));
    // The partition is left out; the materialized view is a view; dropping `quantity` (with the
    // generated column that used it) left a gap in the positions.
    assert_eq!(
        relations(&reader, &schema_guid).await,
        [
            relation("events", false, &["id", "at"]),
            relation("items", false, &["id", "price", "added", "quantity"]),
            relation("totals", true, &["total"]),
        ]
    );
    let name = |path: &str| format!("{}::{path}", schema_qualified_name(&database, &schema.name));
    let id = column(&reader, &name("items::id")).await;
    assert_eq!(id.properties.data_type.as_deref(), Some("integer"));
    assert_eq!(
        id.properties.default_value.as_deref(),
        Some(format!("nextval('{}.items_id_seq'::regclass)", schema.name).as_str())
    );
    let added = column(&reader, &name("items::added")).await;
    assert_eq!(added.properties.default_value.as_deref(), Some("now()"));
    assert_eq!(added.properties.element_position, Some(5));
    let quantity = column(&reader, &name("items::quantity")).await;
    assert_eq!(quantity.properties.element_position, Some(6));
    assert_eq!(
        database_version(&reader, &database).await.map(|v| v.chars().next().unwrap().is_ascii_digit()),
        Some(true)
    );

    // A generated column: its expression is the formula, not a default.
    source.execute("ALTER TABLE items ADD COLUMN doubled numeric GENERATED ALWAYS AS (price * 2) STORED").await;
    connector.refresh().await.unwrap();
    let doubled = column(&reader, &name("items::doubled")).await;
    assert_eq!(doubled.properties.formula.as_deref(), Some("(price * (2)::numeric)"));
    assert_eq!(doubled.properties.default_value, None);
    let views = reader.get_database_views_by_name(&name("totals"), 0, 0).await.unwrap();
    assert!(views[0].properties.formula.as_deref().unwrap_or_default().contains("sum(items.price)"), "{views:?}");
}

async fn database_version(reader: &DatabaseIntegratorContext, database: &str) -> Option<String> {
    reader.get_databases_by_name(database, 0, 0).await.unwrap().remove(0).properties.database_version
}

#[tokio::test]
async fn postgres_an_unreachable_server_fails_the_refresh() {
    let test = "postgres_an_unreachable_server_fails_the_refresh";
    if server_address(POSTGRES_URL, test).is_none() {
        return;
    }
    let repository = Repository::new().await;
    let connection = Connection::for_provider(POSTGRES_PROVIDER_NAME)
        .with_network_address("postgresql://postgres:secret@127.0.0.1:1/test");
    let mut connector = repository.connector(&connection).await;
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-RELATIONAL-CATALOG-500-001", "{error}");
    assert!(error.message().contains("postgresql://postgres:****@127.0.0.1:1/test"), "{error}");
    assert!(!error.message().contains("secret"), "{error}");
}

// ---------------------------------------------------------------------------------------------
// MariaDB
// ---------------------------------------------------------------------------------------------

/// A database of its own, dropped when the test ends (even when it fails).
struct MariaDbDatabase {
    url: String,
    name: String,
}

impl MariaDbDatabase {
    fn create(url: &str) -> MariaDbDatabase {
        let name = unique_name("omis_rc");
        mariadb_execute(url, None, &format!("CREATE DATABASE {name}"));
        MariaDbDatabase { url: url.to_owned(), name }
    }

    fn source(&self, properties: &[(&str, &str)]) -> Source {
        let (url, database) = (self.url.clone(), self.name.clone());
        let execute: Execute = Arc::new(move |script: &str| mariadb_execute(&url, Some(&database), script));
        let mut connection = Connection::for_provider(MARIADB_PROVIDER_NAME)
            .with_network_address(self.url.clone())
            .with_configuration_property(INCLUDE_SCHEMAS, self.name.clone());
        for (name, value) in properties {
            connection = connection.with_configuration_property(*name, *value);
        }
        Source { connection, schema: self.name.clone(), execute }
    }
}

impl Drop for MariaDbDatabase {
    fn drop(&mut self) {
        mariadb_execute(&self.url, None, &format!("DROP DATABASE IF EXISTS {}", self.name));
    }
}

/// Runs each `;`-separated statement of a script, in `database` when given.
fn mariadb_execute(url: &str, database: Option<&str>, script: &str) {
    use mysql::prelude::Queryable;
    let opts = mysql::OptsBuilder::from_opts(mysql::Opts::from_url(url).expect("a MariaDB URL"))
        .db_name(database)
        .prefer_socket(false);
    let mut connection = mysql::Conn::new(opts).expect("MariaDB answers");
    for statement in script.split(';').map(str::trim).filter(|statement| !statement.is_empty()) {
        connection.query_drop(statement).unwrap_or_else(|error| panic!("{statement}: {error}"));
    }
}

#[tokio::test]
async fn mariadb_a_database_is_catalogued_kept_in_step_and_never_lost() {
    let test = "mariadb_a_database_is_catalogued_kept_in_step_and_never_lost";
    let Some(url) = server_address(MARIADB_URL, test) else { return };
    let database = tokio::task::spawn_blocking(move || MariaDbDatabase::create(&url)).await.unwrap();
    let name = format!("MariaDB::test::{}", database.name);
    let source = database.source(&[(DATABASE_QUALIFIED_NAME, &name), (CONNECT_TIMEOUT_SECONDS, "2")]);
    let good = source.connection.clone();
    let bad = unreachable(&good, "mysql://root@127.0.0.1:1");
    shop_scenario(
        Technology::MariaDb,
        source,
        &MARIADB,
        async move |connector| connector.initialize("instance", bad).unwrap(),
        async move |connector| connector.initialize("instance", good).unwrap(),
    )
    .await;
    tokio::task::spawn_blocking(move || drop(database)).await.unwrap();
}

#[tokio::test]
async fn mariadb_patterns_exclude_what_they_should() {
    let test = "mariadb_patterns_exclude_what_they_should";
    let Some(url) = server_address(MARIADB_URL, test) else { return };
    let (included, excluded) =
        tokio::task::spawn_blocking(move || (MariaDbDatabase::create(&url), MariaDbDatabase::create(&url)))
            .await
            .unwrap();
    let source = included.source(&[]);
    source.execute(SHOP).await;
    excluded.source(&[]).execute(SHOP).await;
    let connection = source
        .connection
        .clone()
        .with_configuration_property(INCLUDE_SCHEMAS, format!("{}, {}", included.name, excluded.name))
        .with_configuration_property(EXCLUDE_SCHEMAS, Value::Array(vec![excluded.name.clone().into()]))
        .with_configuration_property(EXCLUDE_TABLES, format!("{}\\.order_lines", included.name))
        .with_configuration_property(INCLUDE_VIEWS, false);
    patterns_scenario(Technology::MariaDb, &source, &connection, &included.name).await;
    tokio::task::spawn_blocking(move || drop((included, excluded))).await.unwrap();
}

#[tokio::test]
async fn mariadb_specifics_are_catalogued() {
    let test = "mariadb_specifics_are_catalogued";
    let Some(url) = server_address(MARIADB_URL, test) else { return };
    let database = MariaDbDatabase::create(&url);
    let source = database.source(&[]);
    source
        .execute(
            "CREATE TABLE items (
    id INT AUTO_INCREMENT PRIMARY KEY,
    price DECIMAL(8,2) NOT NULL COMMENT 'in euros',
    note VARCHAR(20) DEFAULT NULL,
    label VARCHAR(20) DEFAULT 'none',
    doubled DECIMAL(9,2) AS (price * 2) VIRTUAL
) COMMENT 'what is sold'",
        )
        .await;
    let repository = Repository::new().await;
    let mut connector = repository.connector(&source.connection).await;
    connector.refresh().await.unwrap();
    let reader = repository.reader().await;
    let config = RelationalCatalogConfig::from_connection(Technology::MariaDb, &source.connection).unwrap();
    let qualified = config.database_qualified_name().to_owned();
    assert_eq!(qualified, "MariaDB::127.0.0.1:3306");
    let version = database_version(&reader, &qualified).await.unwrap();
    let implementation = reader.get_databases_by_name(&qualified, 0, 0).await.unwrap()[0]
        .properties
        .deployed_implementation_type
        .clone();
    assert_eq!(implementation.as_deref(), Some(deployed_implementation_type(Technology::MariaDb, Some(&version))));
    let name = |path: &str| format!("{}::{path}", schema_qualified_name(&qualified, &database.name));
    let tables = reader.get_database_tables_by_name(&name("items"), 0, 0).await.unwrap();
    assert_eq!(tables[0].properties.description.as_deref(), Some("what is sold"));
    let price = column(&reader, &name("items::price")).await;
    assert_eq!(price.properties.description.as_deref(), Some("in euros"));
    assert_eq!(price.properties.data_type.as_deref(), Some("decimal(8,2)"));
    let note = column(&reader, &name("items::note")).await;
    assert_eq!(note.properties.default_value, None, "DEFAULT NULL is no default");
    let label = column(&reader, &name("items::label")).await;
    assert_eq!(label.properties.default_value.as_deref(), Some("'none'"));
    let doubled = column(&reader, &name("items::doubled")).await;
    assert_eq!(doubled.properties.formula.as_deref(), Some("`price` * 2"));
    assert_eq!(doubled.properties.default_value, None);
    let id = column(&reader, &name("items::id")).await;
    assert_eq!(primary_key(&id).and_then(|key| key.get_str("displayName")), Some("PRIMARY"));
}

// ---------------------------------------------------------------------------------------------
// Without a repository
// ---------------------------------------------------------------------------------------------

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
    let path = dir.path().join("shop.db");
    let connection = Connection::for_provider(SQLITE_PROVIDER_NAME).with_network_address(path.display().to_string());
    let config = RelationalCatalogConfig::from_connection(Technology::Sqlite, &connection).unwrap();

    // No context yet: a clear error.
    let mut connector = RelationalCatalogConnector::new(config.clone());
    assert!(connector.refresh().await.is_err(), "no context before set_context");

    // No file: the connector fails before it touches the repository.
    let mut mock = MockDatabaseIntegratorApi::new();
    mock.expect_synchronizer().never();
    connector.set_context(DatabaseIntegratorContext::from_api(Arc::new(mock)));
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked);
    assert_eq!(error.message_id(), "OMIS-RELATIONAL-CATALOG-404-001");

    // A failing repository: its error is the refresh's, after the catalog was read.
    sqlite_source(&path).execute(SHOP).await;
    let scope = config.database_qualified_name().to_owned();
    let mut mock = MockDatabaseIntegratorApi::new();
    mock.expect_synchronizer()
        .withf(move |asked, _| asked == scope)
        .times(1)
        .returning(|_, _| Err(REPOSITORY_DOWN.error(&[])));
    let mut connector = RelationalCatalogConnector::new(config);
    connector.set_context(DatabaseIntegratorContext::from_api(Arc::new(mock)));
    assert_eq!(connector.refresh().await.unwrap_err().kind(), ErrorKind::PropertyServer);
    assert_eq!(connector.technology(), Technology::Sqlite);
}

#[test]
fn connections_it_cannot_use_are_refused() {
    let provider = RelationalCatalogProvider::postgres();
    let without = Connection::for_provider(POSTGRES_PROVIDER_NAME);
    let error = provider.create_connector(&without).err().expect("no address");
    assert_eq!(error.kind(), ErrorKind::ConnectionChecked);
    assert!(error.message().contains("networkAddress"), "{error}");

    let bad = Connection::for_provider(POSTGRES_PROVIDER_NAME)
        .with_network_address("postgresql://db1/sales")
        .with_configuration_property(INCLUDE_TABLES, "orders(")
        .with_configuration_property(CONNECT_TIMEOUT_SECONDS, 0);
    let error = provider.create_connector(&bad).err().expect("bad values");
    assert_eq!(error.message_id(), "OMIS-RELATIONAL-CATALOG-400-005", "the first problem: {error}");
    let fields: Vec<_> =
        provider.validate_connection(&bad).into_iter().map(|problem| problem.field.unwrap_or_default()).collect();
    assert_eq!(fields, [CONNECT_TIMEOUT_SECONDS, INCLUDE_TABLES]);

    // `initialize` reads the connection again, with the same checks.
    let good = Connection::for_provider(POSTGRES_PROVIDER_NAME).with_network_address("postgresql://db1/sales");
    let config = RelationalCatalogConfig::from_connection(Technology::PostgreSql, &good).unwrap();
    let mut connector = RelationalCatalogConnector::new(config);
    let error = DatabaseIntegratorConnector::initialize(&mut connector, "instance", bad).unwrap_err();
    assert_eq!(error.message_id(), "OMIS-RELATIONAL-CATALOG-400-005");
    let other = Connection::for_provider(POSTGRES_PROVIDER_NAME)
        .with_network_address("postgresql://db2:6543/hr")
        .with_configuration_property(EXCLUDE_SCHEMAS, "audit");
    DatabaseIntegratorConnector::initialize(&mut connector, "instance", other).unwrap();
    assert_eq!(connector.config().database_qualified_name(), "PostgreSQL::db2:6543::hr");
    assert!(!connector.config().filter.schemas.allows("audit"));
}
