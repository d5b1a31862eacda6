//! # display-integrator
//!
//! The display integration service of omis: what a connector needs to keep the open metadata
//! repository in step with a reporting or form application (a BI server, a dashboard tool, a forms
//! designer) — its reports, forms and queries, and the data containers and fields they display.
//!
//! - [`DisplayIntegratorConnector`]: the connector lifecycle with the typed context; keep the
//!   context in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`].
//! - [`DisplayIntegratorContext`]: the typed operations ([`DisplayIntegratorApi`]) — create,
//!   create from template, update (merge or replace), remove, find, get by name or GUID, list by
//!   parent, publish and withdraw for reports, forms and queries — over the repository. A data
//!   container or field created under a report or form gets the asset's `DisplayDataSchemaType`
//!   on the way (a query's `QuerySchemaType` for query containers and fields); under a container
//!   it is nested in it (`NestedSchemaAttribute`).
//! - [`DisplaySynchronizer`]: one enumeration of the application turned into the fewest writes,
//!   with correlation by the application's own identifiers and fail-safe removal of what vanished.
//! - The property beans ([`ReportProperties`], [`FormProperties`], [`QueryProperties`],
//!   [`DataContainerProperties`], [`DataFieldProperties`], ...) with Egeria's property names. A
//!   field's `dataType` is kept in its `TypeEmbeddedAttribute` classification and its
//!   `elementPosition` on the relationship to its parent, as Egeria 6 does.
//! - With the `mocks` feature, `MockDisplayIntegratorApi` to unit-test a connector without a
//!   repository ([`DisplayIntegratorContext::from_api`]).
//!
//! The default permitted synchronization is `FROM_THIRD_PARTY`: the application is the source of
//! truth and its connector catalogs it.
//!
//! ## A connector
//!
//! ```no_run
//! use display_integrator::*;
//!
//! /// Catalogs the dashboards of a BI server (a real connector would call the server's API).
//! #[derive(Default)]
//! struct DashboardCatalog {
//!     context: ContextSlot<DisplayIntegratorContext>,
//! }
//!
//! #[async_trait::async_trait]
//! impl DisplayIntegratorConnector for DashboardCatalog {
//!     fn set_context(&mut self, context: DisplayIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&DisplayIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     async fn refresh(&mut self) -> Result<()> {
//!         let context = self.context()?;
//!         let mut sync = context.synchronizer("superset", SyncOptions::default())?;
//!         let report = ReportProperties {
//!             author: Some("ana".into()),
//!             ..ReportProperties::new("superset::dashboards/42")
//!         };
//!         sync.upsert_report("42", &report).await?;
//!         let chart = DataContainerProperties {
//!             display_name: Some("Sales by region".into()),
//!             element_position: Some(0),
//!             ..DataContainerProperties::new("superset::dashboards/42/charts/7")
//!         };
//!         sync.upsert_data_container("42/7", ElementRef::Key("42".into()), &chart).await?;
//!         let region = DataFieldProperties {
//!             data_type: Some("string".into()),
//!             element_position: Some(0),
//!             ..DataFieldProperties::new("superset::dashboards/42/charts/7/region")
//!         };
//!         sync.upsert_data_field("42/7/region", ElementRef::Key("42/7".into()), &region).await?;
//!         // Removes the dashboards and charts that were deleted, unless too much vanished at once.
//!         sync.complete().await?;
//!         Ok(())
//!     }
//! }
//!
//! let connector: Box<dyn IntegrationConnector> = into_connector(DashboardCatalog::default());
//! # let _ = connector;
//! ```
//!
//! ## Egeria equivalent
//!
//! `DisplayIntegratorConnector` and `DisplayIntegratorContext` of Egeria's display integrator
//! (over the Data Manager OMAS's `DisplayApplicationClient`). Method names follow Egeria's in snake
//! case (`createDataContainer` → `create_data_container`); a query is Egeria's `InformationView`
//! type. The search string comes first in every find call (Egeria's `findDataContainers` put the
//! type name before it); `get_*_for_application` list what the application's metadata source owns,
//! or, when it is not the elements' home, what is correlated with its keys. Deprecated overloads
//! (removal by qualified name) are left out; the synchronizer is omis's own.

mod generated;
mod special;

pub use generated::*;
