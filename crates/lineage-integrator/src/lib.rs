//! # lineage-integrator
//!
//! The lineage integration service of omis: what a connector needs to record the lineage a
//! scheduler, ETL or data-processing tool knows about — its processes (jobs, DAGs, tasks) and
//! their ports, the data assets they read and write, and the relationships between them (data
//! flow, control flow, process call, lineage mapping, process hierarchy, port delegation) — and
//! to exchange OpenLineage run events with the other lineage connectors of the daemon.
//!
//! - [`LineageIntegratorConnector`]: the connector lifecycle with the typed context; keep the
//!   context in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`].
//!   Its [`process_open_lineage_run_event`](LineageIntegratorConnector::process_open_lineage_run_event)
//!   receives OpenLineage run events once the connector has called
//!   [`register_open_lineage_listener`](LineageIntegratorApi::register_open_lineage_listener).
//! - [`LineageIntegratorContext`]: the typed operations ([`LineageIntegratorApi`]) — create,
//!   create from template, update (merge or replace), remove, find, get by name or GUID, list by
//!   parent, publish and withdraw for processes and data assets; ports under their process
//!   (`ProcessPort`; removed with it); link, update, unlink and list for the lineage
//!   relationships — over the repository.
//! - OpenLineage: [`publish_open_lineage_run_event`](LineageIntegratorApi::publish_open_lineage_run_event)
//!   checks an [`OpenLineageRunEvent`] against the spec ([`INVALID_OPEN_LINEAGE_EVENT`] when it
//!   does not follow it) and queues it for every registered listener on the process's
//!   [`OpenLineageBus`] ([`open_lineage_bus`]); [`OpenLineageBus::publish_json`] takes the raw JSON
//!   that Egeria's `POST .../lineage-integrator/.../api/v1/lineage` receives. Each listener has its
//!   own bounded queue; the adapter delivers a listener's events in order, and an event the
//!   connector fails on is delivered again with those after it. Fields the model does not name are
//!   kept, so an event passes through unchanged.
//! - [`LineageSynchronizer`]: one enumeration of a tool's jobs turned into the fewest writes, with
//!   correlation by the tool's own names — for elements and for lineage relationships — and
//!   fail-safe removal of what was deleted.
//! - The property beans ([`ProcessProperties`], [`PortProperties`], [`DataAssetProperties`],
//!   [`DataFlowProperties`], [`LineageMappingProperties`], ...) with Egeria's property names.
//! - With the `mocks` feature, `MockLineageIntegratorApi` to unit-test a connector without a
//!   repository ([`LineageIntegratorContext::from_api`]).
//!
//! The default permitted synchronization is `FROM_THIRD_PARTY`: the tool is the source of truth
//! for the lineage it reports.
//!
//! ## A connector
//!
//! ```no_run
//! use lineage_integrator::*;
//!
//! /// Records a DAG's lineage, and turns the OpenLineage events it hears into processes.
//! #[derive(Default)]
//! struct SchedulerLineage {
//!     context: ContextSlot<LineageIntegratorContext>,
//! }
//!
//! #[async_trait::async_trait]
//! impl LineageIntegratorConnector for SchedulerLineage {
//!     fn set_context(&mut self, context: LineageIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&LineageIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     async fn start(&mut self) -> Result<()> {
//!         self.context()?.register_open_lineage_listener().await
//!     }
//!
//!     async fn refresh(&mut self) -> Result<()> {
//!         let context = self.context()?;
//!         let mut sync = context.synchronizer("daily_orders", SyncOptions::default())?;
//!         let orders = DataAssetProperties {
//!             type_name: Some("DataSet".into()),
//!             ..DataAssetProperties::new("pg::sales.public.orders")
//!         };
//!         sync.upsert_data_asset("orders", &orders).await?;
//!         sync.upsert_process("daily_orders", &ProcessProperties::new("airflow::daily_orders")).await?;
//!         let input = PortProperties {
//!             port_type: Some(PortType::InputPort),
//!             ..PortProperties::new("airflow::daily_orders.in")
//!         };
//!         sync.upsert_port("daily_orders.in", ElementRef::Key("daily_orders".into()), &input).await?;
//!         let (from, to) = (ElementRef::Key("orders".into()), ElementRef::Key("daily_orders".into()));
//!         sync.upsert_data_flow("orders->daily_orders", from, to, &DataFlowProperties::default()).await?;
//!         // Removes the lineage the tool no longer reports, unless too much vanished at once.
//!         sync.complete().await?;
//!         Ok(())
//!     }
//!
//!     async fn process_open_lineage_run_event(&mut self, event: &OpenLineageRunEvent) -> Result<()> {
//!         if event.event_type.as_deref() == Some("COMPLETE") {
//!             let name = format!("{}::{}", event.job.namespace, event.job.name);
//!             let context = self.context()?;
//!             if context.get_processes_by_name(&name, 0, 1).await?.is_empty() {
//!                 context.create_process(ProcessProperties::new(name)).await?;
//!             }
//!         }
//!         Ok(())
//!     }
//! }
//!
//! let connector: Box<dyn IntegrationConnector> = into_connector(SchedulerLineage::default());
//! # let _ = connector;
//! ```
//!
//! ## Egeria equivalent
//!
//! `LineageIntegratorConnector` and `LineageIntegratorContext` of Egeria's lineage integrator
//! (over the Asset Manager OMAS), with its OpenLineage support: Egeria's `OpenLineageEventListener`
//! callback is the connector's `process_open_lineage_run_event`, `registerListener` for it is
//! `register_open_lineage_listener`, and `publishOpenLineageRunEvent` (bean or raw JSON) is
//! `publish_open_lineage_run_event` (or [`OpenLineageRunEvent::from_json`] first). Method names
//! follow Egeria's in snake case (`getProcessesForAssetManager` →
//! `get_processes_for_asset_manager`, `setupPortDelegation` → `setup_port_delegation`); Egeria's
//! `effectiveTime` arguments are left out; deprecated overloads are left out; the synchronizer is
//! omis's own.

mod generated;
mod special;

pub use generated::*;
pub use special::{
    INVALID_OPEN_LINEAGE_EVENT, OpenLineageBus, OpenLineageDataset, OpenLineageJob, OpenLineageRun,
    OpenLineageRunEvent, open_lineage_bus,
};
