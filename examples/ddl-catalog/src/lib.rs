//! # ddl-catalog
//!
//! An example omis connector that depends on one omis crate, `database-integrator`, and nothing
//! else. It catalogs the tables a SQL DDL file declares — `CREATE TABLE` statements with their
//! columns (type, nullability, default, position), primary keys and `REFERENCES` foreign keys — as
//! a `Database` with its `DeployedDatabaseSchema`s, tables and columns.
//!
//! It shows the shape every connector has:
//! - a [`ConnectorProvider`] ([`DdlCatalogProvider`]) that names the connector, lists its
//!   configuration properties and creates it;
//! - a [`DatabaseIntegratorConnector`] ([`DdlCatalogConnector`]) that keeps its context in a
//!   [`ContextSlot`] and, on every refresh, reads the source and hands what it found to the
//!   service's synchronizer; the synchronizer writes only what changed and removes what vanished,
//!   and a source that cannot be read changes nothing.

use std::path::{Path, PathBuf};

pub use database_integrator::*;

mod ddl;

pub use ddl::{Column, ForeignKey, Table, parse_ddl};

/// The provider name connections use for this connector.
pub const PROVIDER_NAME: &str = "omis.example.ddl-catalog";

/// Configuration property: the database's name (default: the DDL file's stem).
pub const DATABASE_NAME: &str = "databaseName";

/// Configuration property: the schema of unqualified table names (default `public`).
pub const DEFAULT_SCHEMA: &str = "defaultSchema";

/// The DDL file cannot be read.
pub const DDL_UNREADABLE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-DDL-CATALOG-500-001",
    http_code: 500,
    text: "The DDL catalog connector {0} cannot read the DDL file {1}: {2}",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Check that the endpoint's networkAddress names a readable file.",
};

/// The connection has no DDL file.
pub const DDL_FILE_MISSING: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-DDL-CATALOG-400-002",
    http_code: 400,
    text: "The connection of the DDL catalog connector has no endpoint networkAddress naming the DDL file",
    system_action: "The connector is not created.",
    user_action: "Set endpoint.networkAddress to the path of the DDL file.",
};

/// Creates [`DdlCatalogConnector`]s.
#[derive(Debug, Default)]
pub struct DdlCatalogProvider;

impl ConnectorProvider for DdlCatalogProvider {
    fn provider_name(&self) -> String {
        PROVIDER_NAME.to_owned()
    }

    fn integration_service(&self) -> IntegrationService {
        INTEGRATION_SERVICE
    }

    fn connector_type(&self) -> ConnectorType {
        ConnectorType {
            display_name: Some("DDL catalog".into()),
            description: Some("Catalogs the tables, columns and keys that a SQL DDL file declares.".into()),
            supported_asset_type_name: Some("Database".into()),
            recognized_configuration_properties: vec![DATABASE_NAME.into(), DEFAULT_SCHEMA.into()],
            ..ConnectorType::for_provider(PROVIDER_NAME)
        }
    }

    fn requires_endpoint(&self) -> bool {
        true
    }

    fn create_connector(&self, connection: &Connection) -> Result<Box<dyn IntegrationConnector>> {
        let file = connection.network_address().ok_or_else(|| DDL_FILE_MISSING.error(&[]))?;
        Ok(into_connector(DdlCatalogConnector::new(file)))
    }
}

/// Catalogs one DDL file.
#[derive(Default)]
pub struct DdlCatalogConnector {
    file: PathBuf,
    database: String,
    default_schema: String,
    name: String,
    context: ContextSlot<DatabaseIntegratorContext>,
}

impl DdlCatalogConnector {
    /// A connector for `file`, with the defaults of the configuration properties.
    pub fn new(file: impl AsRef<Path>) -> DdlCatalogConnector {
        let file = file.as_ref().to_path_buf();
        let database = file.file_stem().map_or_else(|| "database".to_owned(), |stem| stem.to_string_lossy().into());
        DdlCatalogConnector { file, database, default_schema: "public".into(), ..DdlCatalogConnector::default() }
    }

    /// The qualified name of an item of this database: `ddl::<database>[::<path>]`.
    fn qualified_name(&self, path: &str) -> String {
        if path.is_empty() { format!("ddl::{}", self.database) } else { format!("ddl::{}::{path}", self.database) }
    }
}

#[async_trait]
impl DatabaseIntegratorConnector for DdlCatalogConnector {
    fn initialize(&mut self, _connector_instance_id: &str, connection: Connection) -> Result<()> {
        if let Some(database) = connection.string_property(DATABASE_NAME) {
            self.database = database;
        }
        self.default_schema = connection.string_property_or(DEFAULT_SCHEMA, "public");
        Ok(())
    }

    fn set_connector_name(&mut self, name: &str) {
        name.clone_into(&mut self.name);
    }

    fn set_context(&mut self, context: DatabaseIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&DatabaseIntegratorContext> {
        self.context.get("refresh")
    }

    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?;
        // Read first: a file that cannot be read must leave the repository as it was.
        let text = std::fs::read_to_string(&self.file).map_err(|error| {
            DDL_UNREADABLE.error(&[&self.name as &dyn std::fmt::Display, &self.file.display(), &error])
        })?;
        let tables = parse_ddl(&text, &self.default_schema);

        let mut sync = context.synchronizer(&self.database, SyncOptions::default())?;
        let database = self.database.clone();
        sync.upsert_database(&database, &DatabaseProperties::new(self.qualified_name(""))).await?;
        let mut schemas: Vec<&str> = tables.iter().map(|table| table.schema.as_str()).collect();
        schemas.sort_unstable();
        schemas.dedup();
        for schema in schemas {
            let properties = DatabaseSchemaProperties::new(self.qualified_name(schema));
            sync.upsert_database_schema(schema, Some(ElementRef::Key(database.clone())), &properties).await?;
        }
        for table in &tables {
            let table_key = format!("{}.{}", table.schema, table.name);
            let properties = DatabaseTableProperties {
                display_name: Some(table.name.clone()),
                ..DatabaseTableProperties::new(self.qualified_name(&table_key))
            };
            sync.upsert_database_table(&table_key, ElementRef::Key(table.schema.clone()), &properties).await?;
            for (position, column) in table.columns.iter().enumerate() {
                let column_key = format!("{table_key}.{}", column.name);
                let properties = DatabaseColumnProperties {
                    display_name: Some(column.name.clone()),
                    data_type: Some(column.data_type.clone()),
                    default_value: column.default.clone(),
                    is_nullable: Some(column.nullable),
                    element_position: i32::try_from(position).ok(),
                    ..DatabaseColumnProperties::new(self.qualified_name(&column_key))
                };
                let classifications = if column.primary_key {
                    let key_name = format!("{}_pkey", table.name);
                    vec![
                        DatabasePrimaryKeyProperties { display_name: Some(key_name), ..Default::default() }
                            .into_classification(),
                    ]
                } else {
                    Vec::new()
                };
                let parent = ElementRef::Key(table_key.clone());
                sync.upsert_database_column_classified(&column_key, parent, &properties, classifications).await?;
            }
        }
        // Foreign keys last, from the referenced (primary key) column to the referencing one.
        let columns: std::collections::BTreeSet<String> = tables
            .iter()
            .flat_map(|table| {
                table.columns.iter().map(move |column| format!("{}.{}.{}", table.schema, table.name, column.name))
            })
            .collect();
        for table in &tables {
            for foreign_key in &table.foreign_keys {
                let referencing = format!("{}.{}.{}", table.schema, table.name, foreign_key.column);
                let referenced = format!("{}.{}", foreign_key.references_table, foreign_key.references_column);
                if !columns.contains(&referenced) {
                    continue; // A reference to a table outside the file: nothing to link to.
                }
                let properties = DatabaseForeignKeyProperties {
                    display_name: Some(format!("{}_{}_fkey", table.name, foreign_key.column)),
                    ..Default::default()
                };
                let key = format!("{referencing}->{referenced}");
                sync.upsert_foreign_key(&key, ElementRef::Key(referenced), ElementRef::Key(referencing), &properties)
                    .await?;
            }
        }
        sync.complete().await?;
        Ok(())
    }
}
