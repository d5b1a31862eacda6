//! # catalog-integrator
//!
//! The catalog integration service of omis: what a connector needs to exchange metadata with a
//! third-party data catalog (Collibra, Atlas, Purview, Alation, another Egeria...) in either
//! direction — assets and their schemas, glossaries with their categories and terms, connections,
//! lineage, governance definitions, stewardship classifications, valid values and external
//! references — with every element tied to the catalog's own identifier for it.
//!
//! - [`CatalogIntegratorConnector`]: the connector lifecycle with the typed context; keep the
//!   context in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`].
//! - [`CatalogIntegratorContext`]: the typed operations ([`CatalogIntegratorApi`]) of Egeria's
//!   eleven exchange services in one context — create (optionally correlated with the catalog's
//!   identifier in the same transaction, [`ExternalIdentifierProperties`]), create from template,
//!   update (merge or replace, confirming the correlation), remove (with the correlation), find,
//!   get by name or GUID, list by parent, publish and withdraw for assets and processes; link,
//!   update, unlink and list for relationships; set and clear for classifications — and the
//!   correlation calls themselves (`add_external_identifier`, `confirm_synchronization`,
//!   `get_external_identifiers`, `get_elements_for_external_identifier`, ...).
//! - [`CatalogSynchronizer`]: one enumeration of the catalog turned into the fewest writes, with
//!   correlation by the catalog's identifiers and fail-safe removal of what vanished.
//! - The property beans ([`GlossaryProperties`], [`GlossaryTermProperties`],
//!   [`DataAssetProperties`], [`ProcessProperties`], [`GovernanceDefinitionProperties`], ...)
//!   with Egeria's property names.
//! - [`DISABLED_EXCHANGE_SERVICES_PROPERTY`]: the connection's `disabledExchangeServices`
//!   configuration property lists exchange services (names from [`EXCHANGE_SERVICES`], as a JSON
//!   array or a comma-separated string) the connector does not use; every call of a disabled
//!   service, reads included, is refused with a user-not-authorized error.
//! - With the `mocks` feature, `MockCatalogIntegratorApi` to unit-test a connector without a
//!   repository ([`CatalogIntegratorContext::from_api`]).
//!
//! The default permitted synchronization is `BOTH_DIRECTIONS`. A connector configured
//! `TO_THIRD_PARTY` may read open metadata and record correlations, but every write of open
//! metadata is refused with a user-not-authorized error that names the method; one configured
//! `FROM_THIRD_PARTY` is told by [`CatalogIntegratorApi::validate_write_to_third_party`] not to
//! change the catalog.
//!
//! ## A connector
//!
//! ```no_run
//! use catalog_integrator::*;
//!
//! /// Imports the glossaries of a catalog (a real connector would call the catalog's API).
//! #[derive(Default)]
//! struct GlossaryImport {
//!     context: ContextSlot<CatalogIntegratorContext>,
//! }
//!
//! #[async_trait::async_trait]
//! impl CatalogIntegratorConnector for GlossaryImport {
//!     fn set_context(&mut self, context: CatalogIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&CatalogIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     async fn refresh(&mut self) -> Result<()> {
//!         let context = self.context()?;
//!         // The catalog's glossary, one term, and the asset the term gives meaning to.
//!         let mut sync = context.synchronizer("collibra", SyncOptions::default())?;
//!         let glossary =
//!             GlossaryProperties { display_name: Some("Sales".into()), ..GlossaryProperties::new("collibra::g-17") };
//!         sync.upsert_glossary("g-17", &glossary).await?;
//!         let term = GlossaryTermProperties {
//!             summary: Some("Money earned".into()),
//!             ..GlossaryTermProperties::new("collibra::t-4")
//!         };
//!         sync.upsert_glossary_term("t-4", ElementRef::Key("g-17".into()), &term).await?;
//!         sync.upsert_data_asset("a-9", &DataAssetProperties::new("collibra::a-9")).await?;
//!         let (asset, meaning) = (ElementRef::Key("a-9".into()), ElementRef::Key("t-4".into()));
//!         sync.upsert_semantic_assignment("a-9=t-4", asset, meaning, &SemanticAssignmentProperties::default()).await?;
//!         // Removes what the catalog deleted, unless too much vanished at once.
//!         sync.complete().await?;
//!
//!         // A typed call correlates what it creates with the catalog's identifier in the same
//!         // transaction.
//!         if context.get_elements_for_external_identifier("p-1").await?.is_empty() {
//!             let policy = GovernanceDefinitionProperties {
//!                 summary: Some("Mask personal data".into()),
//!                 ..GovernanceDefinitionProperties::new("collibra::p-1")
//!             };
//!             context.create_governance_definition(Some(ExternalIdentifierProperties::new("p-1")), policy).await?;
//!         }
//!         Ok(())
//!     }
//! }
//!
//! let mut connector: Box<dyn IntegrationConnector> = into_connector(GlossaryImport::default());
//! // This connector exchanges no lineage: the daemon's context refuses lineage calls.
//! let connection = Connection::default()
//!     .with_configuration_property(DISABLED_EXCHANGE_SERVICES_PROPERTY, "LineageExchangeService");
//! connector.initialize("instance-1", connection)?;
//! # Ok::<(), OmisError>(())
//! ```
//!
//! ## Egeria equivalent
//!
//! `CatalogIntegratorConnector` and `CatalogIntegratorContext` of Egeria's catalog integrator
//! (over the Asset Manager OMAS), with the methods of its exchange services
//! (`getGlossaryExchangeService().createGlossary(...)` → `create_glossary`) on the context
//! itself; each method still belongs to its exchange service and is refused when that service is
//! disabled (Egeria's `DISABLED_EXCHANGE_SERVICE`). Egeria's `ExternalIdentifierProperties`
//! parameter is the optional `external_identifier`, `assetManagerIsHome` is
//! [`CatalogIntegratorApi::set_asset_manager_is_home`], and `getMetadataCorrelationHeader` is
//! `get_external_identifiers`. The `effectiveTime`, `forLineage` and `forDuplicateProcessing`
//! parameters are left out. Where Egeria ignores an unknown name in `disabledExchangeServices`,
//! omis refuses the configuration (a misspelt name would leave the service on). The synchronizer
//! is omis's own.

mod generated;
mod special;

pub use generated::*;
pub use special::{DISABLED_EXCHANGE_SERVICES_PROPERTY, EXCHANGE_SERVICES, ExternalIdentifierProperties};
