// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the search integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

#![allow(clippy::too_many_lines, clippy::needless_lifetimes, clippy::too_many_arguments, clippy::ref_option_ref)]

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use crate::special::{AssetCatalogEvent, SearchAsset};
/// The attribute for connector implementations: connector authors need no other dependency.
pub use async_trait::async_trait;
use integration_daemon_api::family::TypedSynchronizer;

pub use integration_daemon_api::{
    AuditLog, AuditLogSeverity, AuditMessageDefinition, ChangeEvent, ChangeEventType, Classification, Connection,
    ConnectionProblem, ConnectorIdentity, ConnectorProvider, ConnectorType, ContextSlot, ElementHeader,
    ElementProperties, ElementRef, ElementStub, Endpoint, ErrorKind, ErrorMessageDefinition, EventFilter, Guid,
    IntegrationConnector, IntegrationContext, IntegrationService, OmisError, PermittedSynchronization, RelationshipEnd,
    Result, SyncOptions, SyncSummary, TemplateProperties, TypedElement, TypedRelationship, default_connection_problems,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;
/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Search;

/// The element types (with their subtypes) the default listener of a search connector hears about.
pub const LISTENER_TYPES: &[&str] = &["Asset", "SchemaElement"];

/// The service's default event filter: changes to [`LISTENER_TYPES`].
pub fn default_event_filter() -> EventFilter {
    EventFilter::element_types(LISTENER_TYPES)
}

/// The operations of a search integrator context (Egeria's `SearchIntegratorConnector / SearchIntegratorContext (Asset Catalog OMAS)`).
///
/// Search engines: every change to an asset (or what is attached to it) is delivered to the connector as the asset with its classifications, schema, glossary terms and connections, ready to index.
///
/// Implemented over the repository by [`SearchIntegratorContext::new`]; with the `mocks` feature,
/// `MockSearchIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait SearchIntegratorApi: Send + Sync {
    /// The connector's name.
    fn connector_name(&self) -> String;

    /// Which way metadata may flow for the connector.
    fn permitted_synchronization(&self) -> PermittedSynchronization;

    /// The qualified name of the external source: the metadata source that owns what the connector creates.
    fn external_source_name(&self) -> Option<String>;

    /// The GUID of the external source's metadata source.
    fn external_source_guid(&self) -> Option<String>;

    /// Whether new elements are owned by the external source (on by default when a metadata source is configured).
    fn set_external_source_is_home(&self, is_home: bool);

    /// Registers the connector's listener with the service's [`default_event_filter`].
    async fn register_listener(&self) -> Result<()>;

    /// Registers the connector's listener with a filter of its own.
    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;

    /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the external source.
    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;

    /// The generic integration context underneath (`None` for a mock).
    fn integration_context(&self) -> Option<IntegrationContext>;

    /// A synchronizer for one scope of the external source (a schema, a folder, a stream, ...).
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<SearchSynchronizer>;

    /// An asset with what an index needs: properties, classifications, schema attributes, glossary terms and connections. Egeria: `AssetCatalogEvent.asset`.
    async fn get_search_asset(&self, asset_guid: &str) -> Result<Option<SearchAsset>>;

    /// Assets whose properties match a search string (a regular expression; empty matches all), with what an index needs (for a full reindex). Egeria: `findAssets`.
    async fn find_search_assets(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SearchAsset>>;
}

/// The context of a search integration connector (Egeria's `SearchIntegratorConnector / SearchIntegratorContext (Asset Catalog OMAS)`): every method of
/// [`SearchIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct SearchIntegratorContext {
    api: Arc<dyn SearchIntegratorApi>,
}

impl SearchIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<SearchIntegratorContext> {
        SearchIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(
        core: IntegrationContext,
        connection: Option<&Connection>,
    ) -> Result<SearchIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let _ = connection;
        Ok(SearchIntegratorContext { api: Arc::new(SearchIntegratorClient { core }) })
    }

    /// A context over another implementation of the operations, such as `MockSearchIntegratorApi`.
    pub fn from_api(api: Arc<dyn SearchIntegratorApi>) -> SearchIntegratorContext {
        SearchIntegratorContext { api }
    }
}

impl Deref for SearchIntegratorContext {
    type Target = dyn SearchIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for SearchIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct SearchIntegratorClient {
    pub(crate) core: IntegrationContext,
}

#[async_trait]
impl SearchIntegratorApi for SearchIntegratorClient {
    fn connector_name(&self) -> String {
        self.core.connector_name().to_owned()
    }

    fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.core.permitted_synchronization()
    }

    fn external_source_name(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.qualified_name.clone())
    }

    fn external_source_guid(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.guid.clone())
    }

    fn set_external_source_is_home(&self, is_home: bool) {
        self.core.set_source_is_home(is_home);
    }

    async fn register_listener(&self) -> Result<()> {
        self.core.register_listener(default_event_filter()).await
    }

    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()> {
        self.core.register_listener(filter).await
    }

    fn validate_write_to_third_party(&self, method: &str) -> Result<()> {
        self.core.validate_write_to_third_party(method)
    }

    fn integration_context(&self) -> Option<IntegrationContext> {
        Some(self.core.clone())
    }

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<SearchSynchronizer> {
        SearchSynchronizer::new(&self.core, scope, options)
    }

    async fn get_search_asset(&self, asset_guid: &str) -> Result<Option<SearchAsset>> {
        crate::special::get_search_asset(self, asset_guid).await
    }

    async fn find_search_assets(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SearchAsset>> {
        crate::special::find_search_assets(self, search_string, start_from, page_size).await
    }
}

/// Synchronizes one scope of the external source (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct SearchSynchronizer {
    inner: TypedSynchronizer,
}

impl SearchSynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<SearchSynchronizer> {
        Ok(SearchSynchronizer { inner: TypedSynchronizer::new(context, scope, options)? })
    }

    /// The typed synchronizer underneath, for items of other kinds.
    pub fn typed(&mut self) -> &mut TypedSynchronizer {
        &mut self.inner
    }

    /// The GUID correlated with a key this enumeration wrote (after a flush).
    pub fn guid_of(&self, key: &str) -> Option<&str> {
        self.inner.guid_of(key)
    }

    /// Records that the enumeration is incomplete: nothing will be removed.
    pub fn mark_incomplete(&mut self, reason: impl Into<String>) {
        self.inner.mark_incomplete(reason);
    }

    /// Writes what is buffered.
    pub async fn flush(&mut self) -> Result<()> {
        self.inner.flush().await
    }

    /// Finishes the enumeration: writes what is buffered and removes what vanished (when safe).
    pub async fn complete(self) -> Result<SyncSummary> {
        self.inner.complete().await
    }

    /// Abandons the enumeration: nothing is removed.
    pub fn abort(self, reason: impl Into<String>) -> SyncSummary {
        self.inner.abort(reason)
    }
}

/// A search integration connector (Egeria's `SearchIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait SearchIntegratorConnector: Send + 'static {
    /// Receives the instance id and the connection. Store what is needed; do no I/O here.
    fn initialize(&mut self, connector_instance_id: &str, connection: Connection) -> Result<()> {
        let _ = (connector_instance_id, connection);
        Ok(())
    }

    /// Receives the connector's audit log.
    fn set_audit_log(&mut self, audit_log: AuditLog) {
        let _ = audit_log;
    }

    /// Receives the configured connector name.
    fn set_connector_name(&mut self, connector_name: &str) {
        let _ = connector_name;
    }

    /// Receives the typed context (before `start`).
    fn set_context(&mut self, context: SearchIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&SearchIntegratorContext>;

    /// Connects to the technology and checks the configuration.
    async fn start(&mut self) -> Result<()> {
        Ok(())
    }

    /// Synchronizes the technology and the repository once.
    async fn refresh(&mut self) -> Result<()>;

    /// For connectors that use blocking calls: waits for and handles the technology's events, then returns.
    async fn engage(&mut self) -> Result<()> {
        Err(integration_daemon_api::message_definitions::ENGAGE_IMPLEMENTATION_MISSING.error(&[&"this connector"]))
    }

    /// Releases what the connector holds. Called once, from any started state.
    async fn disconnect(&mut self) -> Result<()> {
        Ok(())
    }

    /// Handles one change-log event once a listener is registered (never the connector's own writes).
    async fn process_event(&mut self, event: &ChangeEvent) -> Result<()> {
        let _ = event;
        Ok(())
    }

    /// Figures for the connector's status report.
    fn statistics(&self) -> BTreeMap<String, serde_json::Value> {
        BTreeMap::new()
    }

    /// Stores one asset in the search technology, or removes it when the event says the asset was
    /// deleted (Egeria's `saveAsset`). Called for every change to an asset or to what is attached
    /// to it, in order, never during a refresh.
    async fn save_asset(&mut self, event: &AssetCatalogEvent) -> Result<()>;
}

/// Hosts a search connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`SearchIntegratorContext`] (refusing one of another
/// service).
pub struct SearchIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<SearchIntegratorContext>,
}

impl<C: SearchIntegratorConnector> SearchIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> SearchIntegratorAdapter<C> {
        SearchIntegratorAdapter { connector, connection: None, context: None }
    }

    /// The connector.
    pub fn connector(&self) -> &C {
        &self.connector
    }

    /// The connector, mutably.
    pub fn connector_mut(&mut self) -> &mut C {
        &mut self.connector
    }

    /// Unwraps the connector.
    pub fn into_inner(self) -> C {
        self.connector
    }
}

#[async_trait]
impl<C: SearchIntegratorConnector> IntegrationConnector for SearchIntegratorAdapter<C> {
    fn initialize(&mut self, connector_instance_id: &str, connection: Connection) -> Result<()> {
        self.connection = Some(connection.clone());
        self.connector.initialize(connector_instance_id, connection)
    }

    fn set_audit_log(&mut self, audit_log: AuditLog) {
        self.connector.set_audit_log(audit_log);
    }

    fn set_connector_name(&mut self, connector_name: &str) {
        self.connector.set_connector_name(connector_name);
    }

    fn set_context(&mut self, context: IntegrationContext) -> Result<()> {
        let typed = SearchIntegratorContext::with_connection(context, self.connection.as_ref())?;
        self.context = Some(typed.clone());
        self.connector.set_context(typed);
        Ok(())
    }

    async fn start(&mut self) -> Result<()> {
        self.connector.start().await?;
        if let Some(context) = &self.context {
            context.register_listener().await?;
        }
        Ok(())
    }

    async fn refresh(&mut self) -> Result<()> {
        self.connector.refresh().await
    }

    async fn engage(&mut self) -> Result<()> {
        self.connector.engage().await
    }

    async fn disconnect(&mut self) -> Result<()> {
        self.connector.disconnect().await
    }

    async fn process_event(&mut self, event: &ChangeEvent) -> Result<()> {
        match &self.context {
            Some(context) => crate::special::process_event(&mut self.connector, context, event).await,
            None => Ok(()),
        }
    }

    async fn deliver_service_events(&mut self) -> Result<usize> {
        Ok(0)
    }

    fn statistics(&self) -> BTreeMap<String, serde_json::Value> {
        self.connector.statistics()
    }
}

/// A search connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: SearchIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(SearchIntegratorAdapter::new(connector))
}
