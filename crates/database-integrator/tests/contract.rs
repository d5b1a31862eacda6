//! Contract tests of the database integration service against the real embedded (SQLite) store.

use std::sync::Arc;

use database_integrator::*;
use integration_daemon_api::{ErrorKind, MetadataStore, RelatedElementsQuery};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

async fn database_context(store: &Arc<dyn MetadataStore>, name: &str) -> DatabaseIntegratorContext {
    let core = connect(
        store,
        identity(
            IntegrationService::Database,
            name,
            PermittedSynchronization::FromThirdParty,
            Some(&format!("PostgreSQL::{name}")),
        ),
    )
    .await;
    DatabaseIntegratorContext::new(core).unwrap()
}

/// One enumeration of a small database: `columns` are (name, type) of table `orders`; `customers`
/// has one column; `orders.customer` is a foreign key to `customers.id`.
async fn enumerate(context: &DatabaseIntegratorContext, columns: &[(&str, &str)]) -> SyncSummary {
    let mut sync = context.synchronizer("sales", SyncOptions::default()).unwrap();
    sync.upsert_database(
        "sales",
        &DatabaseProperties { database_version: Some("16".into()), ..DatabaseProperties::new("pg::sales") },
    )
    .await
    .unwrap();
    sync.upsert_database_schema(
        "sales.public",
        Some(ElementRef::Key("sales".into())),
        &DatabaseSchemaProperties::new("pg::sales.public"),
    )
    .await
    .unwrap();
    for table in ["orders", "customers"] {
        let key = format!("sales.public.{table}");
        let properties = DatabaseTableProperties::new(format!("pg::{key}"));
        sync.upsert_database_table(&key, ElementRef::Key("sales.public".into()), &properties).await.unwrap();
    }
    let table_columns: [(&str, Vec<(&str, &str)>); 2] =
        [("orders", columns.to_vec()), ("customers", vec![("id", "integer")])];
    for (table, columns) in table_columns {
        for (position, (column, data_type)) in columns.iter().enumerate() {
            let key = format!("sales.public.{table}.{column}");
            let properties = DatabaseColumnProperties {
                data_type: Some((*data_type).into()),
                element_position: Some(i32::try_from(position).unwrap()),
                is_nullable: Some(*column != "id"),
                ..DatabaseColumnProperties::new(format!("pg::{key}"))
            };
            let classifications = if *column == "id" {
                vec![
                    DatabasePrimaryKeyProperties { display_name: Some(format!("{table}_pkey")), ..Default::default() }
                        .into_classification(),
                ]
            } else {
                Vec::new()
            };
            sync.upsert_database_column_classified(
                &key,
                ElementRef::Key(format!("sales.public.{table}")),
                &properties,
                classifications,
            )
            .await
            .unwrap();
        }
    }
    if columns.iter().any(|(column, _)| *column == "customer") {
        let foreign_key =
            DatabaseForeignKeyProperties { display_name: Some("orders_customer_fkey".into()), ..Default::default() };
        sync.upsert_foreign_key(
            "sales.public.orders_customer_fkey",
            ElementRef::Key("sales.public.customers.id".into()),
            ElementRef::Key("sales.public.orders.customer".into()),
            &foreign_key,
        )
        .await
        .unwrap();
    }
    sync.complete().await.unwrap()
}

const ORDERS: &[(&str, &str)] = &[("id", "integer"), ("customer", "integer"), ("total", "numeric(10,2)")];

#[tokio::test]
async fn a_database_enumeration_gives_elements_relationships_correlations_and_events() {
    let (_dir, store) = repository().await;
    let context = database_context(&store, "sales-monitor").await;
    let before = latest(&store).await;

    // First enumeration: everything is new.
    let summary = enumerate(&context, ORDERS).await;
    // database, schema, schema type, 2 tables, 4 columns, 1 foreign key.
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (10, 0, 0, 0), "{summary:?}");
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Database")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DeployedDatabaseSchema")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("RelationalDBSchemaType")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("RelationalTable")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("RelationalColumn")), 4);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("DataSetContent")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("Schema")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("AttributeForSchema")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("NestedSchemaAttribute")), 4);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ForeignKey")), 1);

    // The typed reads see the structure as the database has it.
    let schema = context.find_database_schemas("sales.public", 0, 0).await.unwrap();
    assert_eq!(schema.len(), 1);
    let tables = context.get_tables_for_database_asset(schema[0].guid(), 0, 0).await.unwrap();
    let mut names: Vec<_> = tables.iter().map(|t| t.properties.qualified_name.clone().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["pg::sales.public.customers", "pg::sales.public.orders"]);
    let orders =
        tables.iter().find(|t| t.properties.qualified_name.as_deref() == Some("pg::sales.public.orders")).unwrap();
    let mut columns = context.get_columns_for_database_table(orders.guid(), 0, 0).await.unwrap();
    columns.sort_by_key(|c| c.properties.element_position);
    let shapes: Vec<_> = columns
        .iter()
        .map(|c| (c.properties.element_position, c.properties.data_type.clone(), c.properties.is_nullable))
        .collect();
    assert_eq!(
        shapes,
        [
            (Some(0), Some("integer".into()), Some(false)),
            (Some(1), Some("integer".into()), Some(true)),
            (Some(2), Some("numeric(10,2)".into()), Some(true))
        ]
    );
    let primary_key = columns[0].element_header.classification("PrimaryKey").expect("id is the primary key");
    assert_eq!(primary_key.classification_properties.get_str("displayName"), Some("orders_pkey"));
    let foreign_keys =
        context.get_foreign_key_relationships(columns[1].guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(foreign_keys.len(), 1);
    assert_eq!(foreign_keys[0].properties.display_name.as_deref(), Some("orders_customer_fkey"));
    // Every element and the foreign key are correlated with the database's names.
    let source = context.database_manager_guid().unwrap();
    let correlations = store
        .count_external_ids(
            &context.integration_context().unwrap().request_context(),
            &integration_daemon_api::ExternalIdQuery { scope_guid: Some(source), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(correlations, 10);
    // The elements are owned by the database's metadata source.
    let database = &context.get_databases_by_name("pg::sales", 0, 0).await.unwrap()[0];
    assert_eq!(
        database.element_header.origin.home_metadata_collection_name.as_deref(),
        Some("PostgreSQL::sales-monitor")
    );
    assert_eq!(database.properties.database_version.as_deref(), Some("16"));
    assert_eq!(context.get_my_databases(0, 0).await.unwrap().len(), 1);

    // The same again: nothing is written, no event.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&context, ORDERS).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 10, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());

    // `total` dropped, `id` retyped: one update, one removal (with its nesting relationship).
    let before_change = latest(&store).await;
    let summary = enumerate(&context, &[("id", "bigint"), ("customer", "integer")]).await;
    assert_eq!((summary.created, summary.updated, summary.removed), (0, 1, 1), "{summary:?}");
    let events = changes_since(&store, before_change).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("RelationalColumn")), 1);
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, None), 0, "the column's own properties did not change");
    assert_eq!(
        count(&events, ChangeEventType::ReclassifiedElement, Some("RelationalColumn")),
        1,
        "the data type lives in TypeEmbeddedAttribute"
    );
    let columns = context.get_columns_for_database_table(orders.guid(), 0, 0).await.unwrap();
    assert_eq!(columns.len(), 2);
    let id = columns.iter().find(|c| c.properties.element_position == Some(0)).unwrap();
    assert_eq!(id.properties.data_type.as_deref(), Some("bigint"));
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn typed_calls_build_the_same_structure_and_check_kinds() {
    let (_dir, store) = repository().await;
    let context = database_context(&store, "typed").await;
    let database = context.create_database(DatabaseProperties::new("pg::crm")).await.unwrap();
    let schema =
        context.create_database_schema(Some(&database), DatabaseSchemaProperties::new("pg::crm.public")).await.unwrap();
    let table =
        context.create_database_table(&schema, DatabaseTableProperties::new("pg::crm.public.accounts")).await.unwrap();
    let view = context
        .create_database_view(
            &schema,
            DatabaseViewProperties {
                formula: Some("select * from accounts".into()),
                ..DatabaseViewProperties::new("pg::crm.public.v_accounts")
            },
        )
        .await
        .unwrap();
    let id = context
        .create_database_column(
            &table,
            DatabaseColumnProperties {
                data_type: Some("uuid".into()),
                element_position: Some(0),
                ..DatabaseColumnProperties::new("pg::crm.public.accounts.id")
            },
        )
        .await
        .unwrap();
    let owner = context
        .create_database_column(
            &table,
            DatabaseColumnProperties {
                data_type: Some("uuid".into()),
                element_position: Some(1),
                ..DatabaseColumnProperties::new("pg::crm.public.accounts.owner")
            },
        )
        .await
        .unwrap();
    context
        .set_primary_key_on_column(
            &id,
            DatabasePrimaryKeyProperties { display_name: Some("accounts_pkey".into()), ..Default::default() },
        )
        .await
        .unwrap();
    context.add_foreign_key_relationship(&id, &owner, DatabaseForeignKeyProperties::default()).await.unwrap();

    // One schema type was made for the schema, and both table and view hang from it.
    let core = context.integration_context().unwrap();
    let schema_types =
        core.get_related_elements(&RelatedElementsQuery::new(schema.clone(), Some("Schema"))).await.unwrap();
    assert_eq!(schema_types.len(), 1);
    assert_eq!(schema_types[0].element.type_name(), "RelationalDBSchemaType");
    assert_eq!(schema_types[0].element.qualified_name(), Some("SchemaOf:pg::crm.public"));
    // Tables and views are told apart by the CalculatedValue classification.
    let tables = context.get_tables_for_database_asset(&schema, 0, 0).await.unwrap();
    assert_eq!(tables.iter().map(TypedElement::guid).collect::<Vec<_>>(), [table.as_str()]);
    let views = context.get_views_for_database_asset(&schema, 0, 0).await.unwrap();
    assert_eq!(views.len(), 1);
    assert_eq!(views[0].properties.formula.as_deref(), Some("select * from accounts"));
    let error = context.get_database_table_by_guid(&view).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("CalculatedValue"), "{error}");
    let error = context.get_database_by_guid(&table).await.unwrap_err();
    assert!(error.message().contains("RelationalTable") && error.message().contains("getDatabaseByGUID"), "{error}");
    let error = context.get_database_column_by_guid("no-such-guid").await.unwrap_err();
    assert!(error.is_not_found(), "{error}");
    let error = context
        .create_database(DatabaseProperties {
            type_name: Some("GlossaryTerm".into()),
            ..DatabaseProperties::new("pg::x")
        })
        .await
        .unwrap_err();
    assert!(error.message().contains("GlossaryTerm") && error.message().contains("Database"), "{error}");

    // Merge keeps what is not given; replace drops it.
    context
        .update_database(&database, true, DatabaseProperties { description: Some("CRM".into()), ..Default::default() })
        .await
        .unwrap();
    let read = context.get_database_by_guid(&database).await.unwrap();
    assert_eq!(
        (read.properties.qualified_name.as_deref(), read.properties.description.as_deref()),
        (Some("pg::crm"), Some("CRM"))
    );
    context.update_database(&database, false, DatabaseProperties::new("pg::crm")).await.unwrap();
    assert_eq!(context.get_database_by_guid(&database).await.unwrap().properties.description, None);
    // A column's position lives on its nesting relationship and is updated there.
    context
        .update_database_column(
            &owner,
            true,
            DatabaseColumnProperties { element_position: Some(5), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(context.get_database_column_by_guid(&owner).await.unwrap().properties.element_position, Some(5));

    // Publishing puts the database in the publish zones; withdrawing takes it out.
    context.publish_database(&database).await.unwrap();
    let published = core.get_element(&database).await.unwrap().unwrap();
    assert_eq!(published.zone_membership(), ["data-lake"]);
    context.withdraw_database(&database).await.unwrap();
    assert!(core.get_element(&database).await.unwrap().unwrap().zone_membership().is_empty());

    // Removing the table removes its columns (and the foreign key between them).
    context.remove_database_table(&table).await.unwrap();
    assert!(context.get_database_column_by_guid(&id).await.unwrap_err().is_not_found());
    assert!(context.find_database_columns("", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_database_views(".*accounts.*", 0, 0).await.unwrap().len(), 1);
}

#[tokio::test]
async fn templates_copy_the_structure_anchored_to_them() {
    let (_dir, store) = repository().await;
    let context = database_context(&store, "templates").await;
    let template = context.create_database(DatabaseProperties::new("template::db")).await.unwrap();
    let table = context.create_database_table(&template, DatabaseTableProperties::new("template::db.t")).await.unwrap();
    context.create_database_column(&table, DatabaseColumnProperties::new("template::db.t.c")).await.unwrap();

    let copy = context
        .create_database_from_template(
            &template,
            TemplateProperties { description: Some("from template".into()), ..TemplateProperties::named("prod::db") },
        )
        .await
        .unwrap();
    let read = context.get_database_by_guid(&copy).await.unwrap();
    assert_eq!(read.properties.description.as_deref(), Some("from template"));
    let tables = context.get_tables_for_database_asset(&copy, 0, 0).await.unwrap();
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].properties.qualified_name.as_deref(), Some("prod::db.t"));
    let columns = context.get_columns_for_database_table(tables[0].guid(), 0, 0).await.unwrap();
    assert_eq!(columns[0].properties.qualified_name.as_deref(), Some("prod::db.t.c"));
    // The template is untouched, and the copy says where it came from.
    assert_eq!(context.get_columns_for_database_table(&table, 0, 0).await.unwrap().len(), 1);
    let core = context.integration_context().unwrap();
    let sourced =
        core.get_related_elements(&RelatedElementsQuery::new(copy.clone(), Some("SourcedFrom"))).await.unwrap();
    assert_eq!(sourced[0].element.guid, template);
    // Removing the copy removes its copied tables and columns only.
    context.remove_database(&copy).await.unwrap();
    assert_eq!(context.find_database_columns("", 0, 0).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_copy_keeps_the_links_of_its_template_to_shared_elements() {
    let (_dir, store) = repository().await;
    let context = database_context(&store, "links").await;
    let endpoint = context.create_endpoint(EndpointProperties::new("pg::endpoint")).await.unwrap();
    let template = context.create_connection(ConnectionProperties::new("template::connection")).await.unwrap();
    context.setup_endpoint(&template, &endpoint).await.unwrap();
    let copy = context
        .create_connection_from_template(&template, TemplateProperties::named("prod::connection"))
        .await
        .unwrap();
    // The copy reaches the same endpoint; the template keeps its link.
    let links = context.get_connection_endpoint_links(&copy, RelationshipEnd::Any, 0, 0).await.unwrap();
    assert_eq!(links.len(), 1, "{links:?}");
    assert_eq!(links[0].end2.guid, endpoint);
    assert_eq!(context.get_connection_endpoint_links(&endpoint, RelationshipEnd::Any, 0, 0).await.unwrap().len(), 2);
    // Removing the copy leaves the endpoint, still linked to the template.
    context.remove_connection(&copy).await.unwrap();
    assert_eq!(context.get_connection_endpoint_links(&endpoint, RelationshipEnd::Any, 0, 0).await.unwrap().len(), 1);
}

#[tokio::test]
async fn permitted_synchronization_and_ownership_hold_through_the_typed_api() {
    let (_dir, store) = repository().await;
    let owner = database_context(&store, "owner").await;
    let database = owner.create_database(DatabaseProperties::new("pg::owned")).await.unwrap();

    // Another source may read but not change what the owner catalogued.
    let other = database_context(&store, "other").await;
    assert_eq!(other.get_database_by_guid(&database).await.unwrap().guid(), database);
    let error = other
        .update_database(&database, true, DatabaseProperties { description: Some("x".into()), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.remove_database(&database).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");

    // A connector that may only push open metadata to the database cannot write it.
    let core = connect(
        &store,
        identity(
            IntegrationService::Database,
            "pusher",
            PermittedSynchronization::ToThirdParty,
            Some("PostgreSQL::pusher"),
        ),
    )
    .await;
    let pusher = DatabaseIntegratorContext::new(core).unwrap();
    let error = pusher.create_database(DatabaseProperties::new("pg::refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("TO_THIRD_PARTY") && error.message().contains("createDatabase"), "{error}");
    assert!(pusher.find_databases("", 0, 0).await.unwrap().len() == 1, "reads are allowed");
    assert!(pusher.validate_write_to_third_party("alterTable").is_ok());
    assert!(owner.validate_write_to_third_party("alterTable").is_err(), "FROM_THIRD_PARTY may not push");
    // A context of another service is refused.
    let files =
        connect(&store, identity(IntegrationService::Files, "files", PermittedSynchronization::FromThirdParty, None))
            .await;
    let error = DatabaseIntegratorContext::new(files).unwrap_err();
    assert!(error.message().contains("Files") || error.message().contains("files"), "{error}");
}

/// A connector as an author would write it, unit-tested against the mock.
#[derive(Default)]
struct SchemaCounter {
    context: ContextSlot<DatabaseIntegratorContext>,
    schemas: usize,
}

#[async_trait::async_trait]
impl DatabaseIntegratorConnector for SchemaCounter {
    fn set_context(&mut self, context: DatabaseIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&DatabaseIntegratorContext> {
        self.context.get("context")
    }

    async fn refresh(&mut self) -> Result<()> {
        let found = self.context()?.find_database_schemas("", 0, 0).await?;
        self.schemas = found.len();
        if self.schemas == 0 {
            self.context()?.create_database(DatabaseProperties::new("pg::placeholder")).await?;
        }
        Ok(())
    }
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let mut mock = MockDatabaseIntegratorApi::new();
    mock.expect_find_database_schemas().returning(|_, _, _| Ok(Vec::new()));
    mock.expect_create_database()
        .withf(|properties| properties.qualified_name.as_deref() == Some("pg::placeholder"))
        .times(1)
        .returning(|_| Ok("guid-1".into()));
    let mut connector = SchemaCounter::default();
    assert!(connector.context().is_err(), "no context before set_context (NULL_CONTEXT)");
    connector.set_context(DatabaseIntegratorContext::from_api(Arc::new(mock)));
    connector.refresh().await.unwrap();
    assert_eq!(connector.schemas, 0);
}

#[tokio::test]
async fn the_adapter_hosts_a_typed_connector_in_the_core_lifecycle() {
    let (_dir, store) = repository().await;
    let mut connector = into_connector(SchemaCounter::default());
    connector.initialize("instance-1", Connection::default()).unwrap();
    connector.set_connector_name("counter");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let topic =
        connect(&store, identity(IntegrationService::Topic, "counter", PermittedSynchronization::FromThirdParty, None))
            .await;
    assert!(connector.set_context(topic).is_err());
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
    let database = connect(
        &store,
        identity(
            IntegrationService::Database,
            "counter",
            PermittedSynchronization::FromThirdParty,
            Some("PostgreSQL::counter"),
        ),
    )
    .await;
    connector.set_context(database).unwrap();
    connector.start().await.unwrap();
    connector.refresh().await.unwrap();
    connector.disconnect().await.unwrap();
    let context = database_context(&store, "reader").await;
    assert_eq!(context.get_databases_by_name("pg::placeholder", 0, 0).await.unwrap().len(), 1);
}
