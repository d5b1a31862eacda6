//! # database-integrator
//!
//! The database integration service of omis: what a connector needs to keep the open metadata
//! repository in step with a relational database — databases, their schemas, tables, views and
//! columns, primary and foreign keys, and the connections and endpoints that reach them.
//!
//! - [`DatabaseIntegratorConnector`]: the connector lifecycle with the typed context; keep the
//!   context in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`].
//! - [`DatabaseIntegratorContext`]: the typed operations ([`DatabaseIntegratorApi`]) — create,
//!   create from template, update (merge or replace), remove, find, get by name or GUID, list by
//!   parent, publish and withdraw for databases and schemas — over the repository. A table created
//!   under a database or schema gets the asset's `RelationalDBSchemaType` on the way, as in Egeria.
//! - [`DatabaseSynchronizer`]: one enumeration of a database turned into the fewest writes, with
//!   correlation by the database's own names and fail-safe removal of what was dropped.
//! - The property beans ([`DatabaseTableProperties`], [`DatabaseColumnProperties`], ...) with
//!   Egeria's property names.
//! - With the `mocks` feature, `MockDatabaseIntegratorApi` to unit-test a connector without a
//!   repository ([`DatabaseIntegratorContext::from_api`]).
//!
//! The default permitted synchronization is `FROM_THIRD_PARTY`: the database is the source of
//! truth and its connector catalogs it.
//!
//! ## A connector
//!
//! ```no_run
//! use database_integrator::*;
//!
//! /// Catalogs one schema of a database (a real connector would read the database's catalog).
//! #[derive(Default)]
//! struct SalesCatalog {
//!     context: ContextSlot<DatabaseIntegratorContext>,
//! }
//!
//! #[async_trait::async_trait]
//! impl DatabaseIntegratorConnector for SalesCatalog {
//!     fn set_context(&mut self, context: DatabaseIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&DatabaseIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     async fn refresh(&mut self) -> Result<()> {
//!         let context = self.context()?;
//!         let mut sync = context.synchronizer("sales", SyncOptions::default())?;
//!         sync.upsert_database("sales", &DatabaseProperties::new("postgres::db1::sales")).await?;
//!         let schema = DatabaseSchemaProperties::new("postgres::db1::sales.public");
//!         sync.upsert_database_schema("sales.public", Some(ElementRef::Key("sales".into())), &schema).await?;
//!         let table = DatabaseTableProperties::new("postgres::db1::sales.public.orders");
//!         sync.upsert_database_table("sales.public.orders", ElementRef::Key("sales.public".into()), &table).await?;
//!         let column = DatabaseColumnProperties {
//!             data_type: Some("integer".into()),
//!             element_position: Some(1),
//!             ..DatabaseColumnProperties::new("postgres::db1::sales.public.orders.id")
//!         };
//!         let primary_key = DatabasePrimaryKeyProperties { display_name: Some("orders_pkey".into()), ..Default::default() };
//!         sync.upsert_database_column_classified(
//!             "sales.public.orders.id",
//!             ElementRef::Key("sales.public.orders".into()),
//!             &column,
//!             vec![primary_key.into_classification()],
//!         )
//!         .await?;
//!         // Removes what was dropped from the database, unless too much vanished at once.
//!         sync.complete().await?;
//!         Ok(())
//!     }
//! }
//!
//! let connector: Box<dyn IntegrationConnector> = into_connector(SalesCatalog::default());
//! # let _ = connector;
//! ```
//!
//! ## Egeria equivalent
//!
//! `DatabaseIntegratorConnector` and `DatabaseIntegratorContext` of Egeria's database integrator
//! (over the Data Manager OMAS). Method names follow Egeria's in snake case
//! (`createDatabaseTable` → `create_database_table`); deprecated overloads are left out; the
//! synchronizer is omis's own.

mod generated;
mod special;

pub use generated::*;
