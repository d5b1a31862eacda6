//! The relational catalog: each refresh reads the database's whole catalog first (on tokio's
//! blocking pool), then hands it to one database synchronizer scoped by the database's qualified
//! name, which writes only what changed and removes what was dropped — never after a failed read.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use database_integrator::serde_json::Value;
use database_integrator::{
    AuditLog, Connection, ContextSlot, DatabaseIntegratorConnector, DatabaseIntegratorContext, ElementRef, Result,
    SyncOptions, SyncSummary, async_trait,
};

use crate::catalog::{Catalog, TableKind};
use crate::config::{RelationalCatalogConfig, Technology};
use crate::error::{
    RELATIONAL_CATALOG_FILE_MISSING, RELATIONAL_CATALOG_HARVEST_ABORTED, RELATIONAL_CATALOG_UNREADABLE,
};
use crate::harvest::{HarvestError, harvest};
use crate::mapping::{
    column_properties, column_qualified_name, database_properties, foreign_key_key, foreign_key_properties,
    schema_properties, schema_qualified_name, table_properties, table_qualified_name, view_properties,
};

/// Catalogs one database (see the [crate](crate) documentation).
#[derive(Debug)]
pub struct RelationalCatalogConnector {
    config: Arc<RelationalCatalogConfig>,
    name: String,
    context: ContextSlot<DatabaseIntegratorContext>,
    last_refresh: Option<RefreshFigures>,
}

/// What the last successful refresh found and did.
#[derive(Debug, Clone)]
struct RefreshFigures {
    schemas: usize,
    tables: usize,
    views: usize,
    columns: usize,
    foreign_keys: usize,
    harvest: Duration,
    synchronize: Duration,
    summary: SyncSummary,
}

impl RelationalCatalogConnector {
    /// A connector with this configuration (`initialize` replaces it with the connection's).
    pub fn new(config: RelationalCatalogConfig) -> RelationalCatalogConnector {
        RelationalCatalogConnector {
            config: Arc::new(config),
            name: String::new(),
            context: ContextSlot::new(),
            last_refresh: None,
        }
    }

    /// What the connector catalogs.
    pub fn config(&self) -> &RelationalCatalogConfig {
        &self.config
    }

    fn name_for_messages(&self) -> &str {
        if self.name.is_empty() { "(unnamed)" } else { &self.name }
    }

    /// Reads the catalog on the blocking pool (the clients block).
    async fn harvest(&self) -> Result<Catalog> {
        let config = Arc::clone(&self.config);
        let outcome = tokio::task::spawn_blocking(move || harvest(&config)).await;
        let (technology, name, address) = (self.config.technology(), self.name_for_messages(), self.config.address());
        match outcome {
            Ok(Ok(catalog)) => Ok(catalog),
            Ok(Err(HarvestError::Missing)) => Err(RELATIONAL_CATALOG_FILE_MISSING.error(&[&name, &address])),
            Ok(Err(HarvestError::Failed(reason))) => {
                Err(RELATIONAL_CATALOG_UNREADABLE.error(&[&technology, &name, &address, &reason]))
            }
            Err(error) => Err(RELATIONAL_CATALOG_HARVEST_ABORTED.error(&[&technology, &name, &address, &error])),
        }
    }
}

/// Hands a harvested catalog to one synchronizer: the database, its schemas, their tables and
/// views with their columns, then the foreign keys between the columns; `complete` removes what
/// the catalog no longer holds (unless part of it could not be read).
pub(crate) async fn synchronize(
    context: &DatabaseIntegratorContext,
    config: &RelationalCatalogConfig,
    catalog: &Catalog,
) -> Result<SyncSummary> {
    let database = config.database_qualified_name();
    let mut sync = context.synchronizer(database, SyncOptions::default())?;
    if let Some(first) = catalog.problems.first() {
        sync.mark_incomplete(format!(
            "{} part(s) of the catalog of {} could not be read, the first: {first}",
            catalog.problems.len(),
            config.address()
        ));
    }
    sync.upsert_database(database, &database_properties(config, catalog)).await?;
    let database_ref = ElementRef::Key(database.to_owned());
    for schema in &catalog.schemas {
        let schema_key = schema_qualified_name(database, &schema.name);
        let properties = schema_properties(database, schema);
        sync.upsert_database_schema(&schema_key, Some(database_ref.clone()), &properties).await?;
        for table in &schema.tables {
            let table_key = table_qualified_name(database, &schema.name, &table.name);
            let parent = ElementRef::Key(schema_key.clone());
            match table.kind {
                TableKind::Table => {
                    sync.upsert_database_table(&table_key, parent, &table_properties(&table_key, table)).await?;
                }
                TableKind::View => {
                    sync.upsert_database_view(&table_key, parent, &view_properties(&table_key, table)).await?;
                }
            }
            for column in &table.columns {
                let qualified_name = column_qualified_name(database, &schema.name, &table.name, &column.name);
                let (properties, classifications) = column_properties(qualified_name, table, column);
                // The key is the qualified name.
                let key = properties.qualified_name.as_deref().unwrap_or_default();
                let parent = ElementRef::Key(table_key.clone());
                sync.upsert_database_column_classified(key, parent, &properties, classifications).await?;
            }
        }
    }
    // Foreign keys last, when both their columns are known: from the referenced column (end 1) to
    // the referencing one (end 2).
    for schema in &catalog.schemas {
        for table in &schema.tables {
            for foreign_key in &table.foreign_keys {
                let referencing = column_qualified_name(database, &schema.name, &table.name, &foreign_key.column);
                let referenced = column_qualified_name(
                    database,
                    &foreign_key.referenced_schema,
                    &foreign_key.referenced_table,
                    &foreign_key.referenced_column,
                );
                let key = foreign_key_key(&referencing, &referenced);
                let properties = foreign_key_properties(foreign_key);
                sync.upsert_foreign_key(&key, ElementRef::Key(referenced), ElementRef::Key(referencing), &properties)
                    .await?;
            }
        }
    }
    sync.complete().await
}

#[async_trait]
impl DatabaseIntegratorConnector for RelationalCatalogConnector {
    fn initialize(&mut self, _connector_instance_id: &str, connection: Connection) -> Result<()> {
        let config = RelationalCatalogConfig::from_connection(self.config.technology(), &connection)?;
        self.config = Arc::new(config);
        Ok(())
    }

    fn set_audit_log(&mut self, audit_log: AuditLog) {
        self.context.set_audit_log(audit_log);
    }

    fn set_connector_name(&mut self, connector_name: &str) {
        connector_name.clone_into(&mut self.name);
        self.context.set_connector_name(connector_name);
    }

    fn set_context(&mut self, context: DatabaseIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&DatabaseIntegratorContext> {
        self.context.get("refresh")
    }

    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?;
        // Read everything first: a database that cannot be read leaves the repository as it was.
        let started = Instant::now();
        let catalog = self.harvest().await?;
        let harvested = Instant::now();
        let summary = synchronize(context, &self.config, &catalog).await?;
        self.last_refresh = Some(RefreshFigures {
            schemas: catalog.schemas.len(),
            tables: catalog.table_count(),
            views: catalog.view_count(),
            columns: catalog.column_count(),
            foreign_keys: catalog.foreign_key_count(),
            harvest: harvested - started,
            synchronize: harvested.elapsed(),
            summary,
        });
        Ok(())
    }

    /// What the last refresh found (`schemas`, `tables`, `views`, `columns`, `foreignKeys`), what
    /// it did (`created`, `updated`, `unchanged`, `removed`, and `removalSkipped` with the reason
    /// when nothing could be removed) and how long it took to read the
    /// catalog and to synchronize it (`harvestMilliseconds`, `synchronizeMilliseconds`).
    fn statistics(&self) -> BTreeMap<String, Value> {
        let mut statistics = BTreeMap::from([("technology".to_owned(), Value::from(self.config.technology().name()))]);
        if let Some(last) = &self.last_refresh {
            let millis = |duration: Duration| u64::try_from(duration.as_millis()).unwrap_or(u64::MAX);
            for (name, value) in [
                ("schemas", last.schemas),
                ("tables", last.tables),
                ("views", last.views),
                ("columns", last.columns),
                ("foreignKeys", last.foreign_keys),
                ("created", last.summary.created),
                ("updated", last.summary.updated),
                ("unchanged", last.summary.unchanged),
                ("removed", last.summary.removed),
            ] {
                statistics.insert(name.to_owned(), Value::from(value));
            }
            statistics.insert("harvestMilliseconds".to_owned(), Value::from(millis(last.harvest)));
            statistics.insert("synchronizeMilliseconds".to_owned(), Value::from(millis(last.synchronize)));
            if let Some(reason) = &last.summary.removal_skipped {
                statistics.insert("removalSkipped".to_owned(), Value::from(reason.as_str()));
            }
        }
        statistics
    }
}

impl RelationalCatalogConnector {
    /// The technology it catalogs.
    pub fn technology(&self) -> Technology {
        self.config.technology()
    }
}
