//! The example connector, created by its provider and run through the lifecycle against the real
//! embedded store; and unit-tested with the mock context.

use std::sync::Arc;

use ddl_catalog::*;
use integration_daemon_api::MetadataStore;
use integration_testkit::service::{changes_since, connect, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};

const SHOP: &str = "
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer bigint REFERENCES customers (id),
    placed timestamp DEFAULT now()
);
";

async fn running_connector(dir: &tempfile::TempDir, store: &Arc<dyn MetadataStore>) -> Box<dyn IntegrationConnector> {
    let mut connection = Connection::for_provider(PROVIDER_NAME);
    connection.endpoint = Some(Endpoint::at(dir.path().join("shop.sql").display().to_string()));
    let provider = DdlCatalogProvider;
    assert!(provider.validate_connection(&connection).is_empty());
    let mut connector = provider.create_connector(&connection).unwrap();
    connector.initialize("instance", connection).unwrap();
    connector.set_connector_name("ddl");
    let context = connect(
        store,
        identity(IntegrationService::Database, "ddl", PermittedSynchronization::FromThirdParty, Some("DDL::shop")),
    )
    .await;
    connector.set_context(context).unwrap();
    connector.start().await.unwrap();
    connector
}

#[tokio::test]
async fn a_ddl_file_is_catalogued_kept_in_step_and_never_lost() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    std::fs::write(dir.path().join("shop.sql"), SHOP).unwrap();
    let mut connector = running_connector(&dir, &store).await;
    connector.refresh().await.unwrap();

    let reader = DatabaseIntegratorContext::new(
        connect(
            &store,
            identity(IntegrationService::Database, "reader", PermittedSynchronization::FromThirdParty, None),
        )
        .await,
    )
    .unwrap();
    let databases = reader.get_databases_by_name("ddl::shop", 0, 0).await.unwrap();
    assert_eq!(databases.len(), 1);
    let tables = reader.find_database_tables(".*", 0, 0).await.unwrap();
    assert_eq!(tables.len(), 2);
    let orders = reader.get_database_tables_by_name("ddl::shop::public.orders", 0, 0).await.unwrap();
    let columns = reader.get_columns_for_database_table(orders[0].guid(), 0, 0).await.unwrap();
    let placed = columns.iter().find(|c| c.properties.display_name.as_deref() == Some("placed")).unwrap();
    assert_eq!(placed.properties.data_type.as_deref(), Some("timestamp"));
    assert_eq!(placed.properties.default_value.as_deref(), Some("now()"));
    assert_eq!(placed.properties.element_position, Some(2));
    let customer = columns.iter().find(|c| c.properties.display_name.as_deref() == Some("customer")).unwrap();
    let links = reader.get_foreign_key_relationships(customer.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(links.len(), 1, "orders.customer refers to customers.id");
    assert_eq!(links[0].properties.display_name.as_deref(), Some("orders_customer_fkey"));

    // The same file again: not one write.
    let before = latest(&store).await;
    connector.refresh().await.unwrap();
    assert!(changes_since(&store, before).await.is_empty());

    // A column dropped: removed, the rest stays.
    std::fs::write(dir.path().join("shop.sql"), SHOP.replace(",\n    placed timestamp DEFAULT now()", "")).unwrap();
    connector.refresh().await.unwrap();
    assert_eq!(reader.get_columns_for_database_table(orders[0].guid(), 0, 0).await.unwrap().len(), 2);
    assert_eq!(reader.find_database_tables(".*", 0, 0).await.unwrap().len(), 2);

    // The file gone: the refresh fails and nothing is removed.
    std::fs::remove_file(dir.path().join("shop.sql")).unwrap();
    let before = latest(&store).await;
    let error = connector.refresh().await.unwrap_err();
    assert!(error.to_string().contains("shop.sql"), "{error}");
    assert!(changes_since(&store, before).await.is_empty());
    assert_eq!(reader.find_database_tables(".*", 0, 0).await.unwrap().len(), 2);
    connector.disconnect().await.unwrap();
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
    let file = dir.path().join("shop.sql");

    // No file: the connector fails before it touches the repository.
    let mut mock = MockDatabaseIntegratorApi::new();
    mock.expect_synchronizer().never();
    let mut connector = DdlCatalogConnector::new(&file);
    assert!(connector.context().is_err(), "no context before set_context");
    connector.set_context(DatabaseIntegratorContext::from_api(Arc::new(mock)));
    assert!(connector.refresh().await.unwrap_err().to_string().contains("cannot read the DDL file"));

    // A failing repository: its error is the refresh's.
    std::fs::write(&file, SHOP).unwrap();
    let mut mock = MockDatabaseIntegratorApi::new();
    mock.expect_synchronizer()
        .withf(|scope, _| scope == "shop")
        .times(1)
        .returning(|_, _| Err(REPOSITORY_DOWN.error(&[])));
    let mut connector = DdlCatalogConnector::new(&file);
    connector.set_context(DatabaseIntegratorContext::from_api(Arc::new(mock)));
    assert_eq!(connector.refresh().await.unwrap_err().kind(), ErrorKind::PropertyServer);
}

#[test]
fn a_connection_without_a_file_is_refused() {
    let error = DdlCatalogProvider.create_connector(&Connection::for_provider(PROVIDER_NAME)).err().unwrap();
    assert!(error.to_string().contains("networkAddress"), "{error}");
    let problems = DdlCatalogProvider.validate_connection(&Connection::for_provider(PROVIDER_NAME));
    assert_eq!(problems.len(), 1, "{problems:?}");
}
