//! # analytics-integrator
//!
//! The analytics integration service of omis: what a connector needs to keep the open metadata
//! repository in step with an analytics or BI tool (a model registry, a notebook platform, a
//! machine-learning pipeline) — the analytics models it deploys, the runs of those models, the
//! data assets they read and produce with their schemas, the data flows between them, and the
//! connections and endpoints that reach the data.
//!
//! - [`AnalyticsIntegratorConnector`]: the connector lifecycle with the typed context; keep the
//!   context in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`].
//! - [`AnalyticsIntegratorContext`]: the typed operations ([`AnalyticsIntegratorApi`]) — create,
//!   create from template, update (merge or replace), remove, find, get by name or GUID, list by
//!   parent, publish and withdraw for models and data assets; link, update, unlink and list for
//!   data flows and the connection relationships — over the repository. A model run hangs from
//!   its model (`ProcessHierarchy`) and is removed with it; a schema attribute created under a
//!   data asset gets the asset's `RootSchemaType` on the way.
//! - [`AnalyticsSynchronizer`]: one enumeration of the tool turned into the fewest writes, with
//!   correlation by the tool's own identifiers and fail-safe removal of what vanished.
//! - The property beans ([`AnalyticsModelProperties`], [`AnalyticsModelRunProperties`],
//!   [`DataAssetProperties`], [`DataFlowProperties`], ...) with Egeria's property names.
//! - With the `mocks` feature, `MockAnalyticsIntegratorApi` to unit-test a connector without a
//!   repository ([`AnalyticsIntegratorContext::from_api`]).
//!
//! The default permitted synchronization is `BOTH_DIRECTIONS`: a connector may catalog the tool
//! and also push open metadata to it ([`AnalyticsIntegratorApi::validate_write_to_third_party`]
//! says whether the configured direction allows that before the connector changes the tool).
//!
//! ## A connector
//!
//! ```no_run
//! use analytics_integrator::*;
//!
//! /// Catalogs the models of a model registry (a real connector would call the registry's API).
//! #[derive(Default)]
//! struct ModelRegistryCatalog {
//!     context: ContextSlot<AnalyticsIntegratorContext>,
//! }
//!
//! #[async_trait::async_trait]
//! impl AnalyticsIntegratorConnector for ModelRegistryCatalog {
//!     fn set_context(&mut self, context: AnalyticsIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&AnalyticsIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     async fn refresh(&mut self) -> Result<()> {
//!         let context = self.context()?;
//!         let mut sync = context.synchronizer("mlflow", SyncOptions::default())?;
//!         sync.upsert_data_asset("features", &DataAssetProperties::new("mlflow::data/features")).await?;
//!         let model = AnalyticsModelProperties {
//!             implementation_language: Some("python".into()),
//!             version_identifier: Some("7".into()),
//!             ..AnalyticsModelProperties::new("mlflow::models/churn")
//!         };
//!         sync.upsert_analytics_model("churn", &model).await?;
//!         let run = AnalyticsModelRunProperties {
//!             activity_status: Some(ActivityStatus::Completed),
//!             ..AnalyticsModelRunProperties::new("mlflow::models/churn/runs/81")
//!         };
//!         sync.upsert_analytics_model_run("churn/81", ElementRef::Key("churn".into()), &run).await?;
//!         // The model reads the features: lineage from the asset to the model.
//!         sync.upsert_data_flow(
//!             "features>churn",
//!             ElementRef::Key("features".into()),
//!             ElementRef::Key("churn".into()),
//!             &DataFlowProperties::default(),
//!         )
//!         .await?;
//!         // Removes the models and runs the registry no longer has, unless too much vanished at once.
//!         sync.complete().await?;
//!         Ok(())
//!     }
//! }
//!
//! let connector: Box<dyn IntegrationConnector> = into_connector(ModelRegistryCatalog::default());
//! # let _ = connector;
//! ```
//!
//! ## Egeria equivalent
//!
//! `AnalyticsIntegratorConnector` and `AnalyticsIntegratorContext` of Egeria's analytics
//! integrator (Analytics Modeling OMAS, later Data Science OMAS). Egeria's context is a stub: it
//! adds only `setAnalyticsToolIsHome` ([`AnalyticsIntegratorApi::set_analytics_tool_is_home`]
//! here) to the generic integration context, so connectors work through the generic open metadata
//! clients. omis gives the service typed families instead, named as the other services name
//! theirs (`createAnalyticsModel` → `create_analytics_model`) over Egeria's types
//! (`DeployedAnalyticsModel`, `AnalyticsModelRun`, `DataAsset`, `DataFlow`); the generic context
//! stays reachable through [`AnalyticsIntegratorApi::integration_context`]. The synchronizer is
//! omis's own.

mod generated;
mod special;

pub use generated::*;
