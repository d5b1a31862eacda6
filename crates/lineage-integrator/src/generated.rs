// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the lineage integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

#![allow(clippy::too_many_lines, clippy::needless_lifetimes, clippy::too_many_arguments, clippy::ref_option_ref)]

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use crate::special::OpenLineageRunEvent;
/// The attribute for connector implementations: connector authors need no other dependency.
pub use async_trait::async_trait;
use integration_daemon_api::family;
use integration_daemon_api::family::TypedSynchronizer;

pub use integration_daemon_api::{
    AuditLog, AuditLogSeverity, AuditMessageDefinition, ChangeEvent, ChangeEventType, Classification, Connection,
    ConnectionProblem, ConnectorIdentity, ConnectorProvider, ConnectorType, ContextSlot, ElementHeader,
    ElementProperties, ElementRef, ElementStub, Endpoint, ErrorKind, ErrorMessageDefinition, EventFilter, Guid,
    IntegrationConnector, IntegrationContext, IntegrationService, OmisError, PermittedSynchronization, RelationshipEnd,
    Result, SyncOptions, SyncSummary, TemplateProperties, TypedElement, TypedRelationship, default_connection_problems,
};
pub use open_metadata_beans::{
    ActivityStatus, ContentStatus, ControlFlowProperties, DataAssetElement, DataAssetProperties, DataFlowProperties,
    LineageMappingProperties, PortElement, PortProperties, PortType, ProcessCallProperties,
    ProcessContainmentProperties, ProcessContainmentType, ProcessElement, ProcessProperties,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;

/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Lineage;

/// The element types (with their subtypes) the default listener of a lineage connector hears about.
pub const LISTENER_TYPES: &[&str] = &["Process", "Port", "DataAsset"];

/// The service's default event filter: changes to [`LISTENER_TYPES`].
pub fn default_event_filter() -> EventFilter {
    EventFilter::element_types(LISTENER_TYPES)
}

/// The descriptions of the kinds of element the context handles.
pub mod kinds {
    use integration_daemon_api::family::{EntitySpec, Placement, RelationshipSpec};

    /// process: `Process`.
    pub const PROCESS: EntitySpec = EntitySpec {
        kind: "process",
        type_name: "Process",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// port: `Port`.
    pub const PORT: EntitySpec = EntitySpec {
        kind: "port",
        type_name: "Port",
        placement: Placement::Child {
            relationship: "ProcessPort",
            parent_at_end1: true,
            own_anchor: false,
            required: true,
        },
        marker: None,
        excluded_marker: None,
    };

    /// data asset: `DataAsset`.
    pub const DATA_ASSET: EntitySpec = EntitySpec {
        kind: "data asset",
        type_name: "DataAsset",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// process hierarchy: `ProcessHierarchy`.
    pub const PROCESS_HIERARCHY: RelationshipSpec =
        RelationshipSpec { kind: "process hierarchy", type_name: "ProcessHierarchy" };

    /// port delegation: `PortDelegation`.
    pub const PORT_DELEGATION: RelationshipSpec =
        RelationshipSpec { kind: "port delegation", type_name: "PortDelegation" };

    /// data flow: `DataFlow`.
    pub const DATA_FLOW: RelationshipSpec = RelationshipSpec { kind: "data flow", type_name: "DataFlow" };

    /// control flow: `ControlFlow`.
    pub const CONTROL_FLOW: RelationshipSpec = RelationshipSpec { kind: "control flow", type_name: "ControlFlow" };

    /// process call: `ProcessCall`.
    pub const PROCESS_CALL: RelationshipSpec = RelationshipSpec { kind: "process call", type_name: "ProcessCall" };

    /// lineage mapping: `LineageMapping`.
    pub const LINEAGE_MAPPING: RelationshipSpec =
        RelationshipSpec { kind: "lineage mapping", type_name: "LineageMapping" };
}

/// The operations of a lineage integrator context (Egeria's `LineageIntegratorConnector / LineageIntegratorContext (Asset Manager OMAS, OpenLineage)`).
///
/// Lineage: processes, their ports and nesting, the data flows, control flows, process calls and lineage mappings between them, and OpenLineage run events shared between connectors.
///
/// Implemented over the repository by [`LineageIntegratorContext::new`]; with the `mocks` feature,
/// `MockLineageIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait LineageIntegratorApi: Send + Sync {
    /// The connector's name.
    fn connector_name(&self) -> String;

    /// Which way metadata may flow for the connector.
    fn permitted_synchronization(&self) -> PermittedSynchronization;

    /// The qualified name of the asset manager: the metadata source that owns what the connector creates.
    fn asset_manager_name(&self) -> Option<String>;

    /// The GUID of the asset manager's metadata source.
    fn asset_manager_guid(&self) -> Option<String>;

    /// Whether new elements are owned by the asset manager (on by default when a metadata source is configured).
    fn set_asset_manager_is_home(&self, is_home: bool);

    /// Registers the connector's listener with the service's [`default_event_filter`].
    async fn register_listener(&self) -> Result<()>;

    /// Registers the connector's listener with a filter of its own.
    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;

    /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the asset manager.
    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;

    /// The generic integration context underneath (`None` for a mock).
    fn integration_context(&self) -> Option<IntegrationContext>;

    /// A synchronizer for one scope of the asset manager (a schema, a folder, a stream, ...).
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<LineageSynchronizer>;

    /// Creates a process (`Process`); returns its GUID. Egeria: `createProcess`.
    async fn create_process(&self, properties: ProcessProperties) -> Result<Guid>;

    /// Creates a process (`Process`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createProcessFromTemplate`.
    async fn create_process_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a process (`Process`): merge sets the fields given, replace swaps all properties. Egeria: `updateProcess`.
    async fn update_process(
        &self,
        process_guid: &str,
        is_merge_update: bool,
        properties: ProcessProperties,
    ) -> Result<()>;

    /// Removes a process (`Process`) with what is anchored to it. Egeria: `removeProcess`.
    async fn remove_process(&self, process_guid: &str) -> Result<()>;

    /// The processes whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findProcesses`.
    async fn find_processes(&self, search_string: &str, start_from: u32, page_size: u32)
    -> Result<Vec<ProcessElement>>;

    /// The processes whose qualified name or display name is `name`. Egeria: `getProcessesByName`.
    async fn get_processes_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<ProcessElement>>;

    /// One process (`Process`) by GUID. Egeria: `getProcessByGUID`.
    async fn get_process_by_guid(&self, process_guid: &str) -> Result<ProcessElement>;

    /// The processes of the connector's asset manager: owned by it, or correlated with its keys. Egeria: `getProcessesForAssetManager`.
    async fn get_processes_for_asset_manager(&self, start_from: u32, page_size: u32) -> Result<Vec<ProcessElement>>;

    /// Publishes a process (`Process`): adds it to the connector's publish zones. Egeria: `publishProcess`.
    async fn publish_process(&self, process_guid: &str) -> Result<()>;

    /// Withdraws a process (`Process`): removes it from the connector's publish zones. Egeria: `withdrawProcess`.
    async fn withdraw_process(&self, process_guid: &str) -> Result<()>;

    /// Creates a port (`Port`) under `process_guid`; returns its GUID. Egeria: `createPort`.
    async fn create_port(&self, process_guid: &str, properties: PortProperties) -> Result<Guid>;

    /// Creates a port (`Port`) under `process_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createPortFromTemplate`.
    async fn create_port_from_template(
        &self,
        template_guid: &str,
        process_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a port (`Port`): merge sets the fields given, replace swaps all properties. Egeria: `updatePort`.
    async fn update_port(&self, port_guid: &str, is_merge_update: bool, properties: PortProperties) -> Result<()>;

    /// Removes a port (`Port`) with what is anchored to it. Egeria: `removePort`.
    async fn remove_port(&self, port_guid: &str) -> Result<()>;

    /// The ports whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findPorts`.
    async fn find_ports(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<PortElement>>;

    /// The ports whose qualified name or display name is `name`. Egeria: `getPortsByName`.
    async fn get_ports_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<PortElement>>;

    /// One port (`Port`) by GUID. Egeria: `getPortByGUID`.
    async fn get_port_by_guid(&self, port_guid: &str) -> Result<PortElement>;

    /// The ports under `process_guid`. Egeria: `getPortsForProcess`.
    async fn get_ports_for_process(
        &self,
        process_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<PortElement>>;

    /// Creates a data asset (`DataAsset`); returns its GUID. Egeria: `createDataAsset`.
    async fn create_data_asset(&self, properties: DataAssetProperties) -> Result<Guid>;

    /// Creates a data asset (`DataAsset`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createDataAssetFromTemplate`.
    async fn create_data_asset_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a data asset (`DataAsset`): merge sets the fields given, replace swaps all properties. Egeria: `updateDataAsset`.
    async fn update_data_asset(
        &self,
        data_asset_guid: &str,
        is_merge_update: bool,
        properties: DataAssetProperties,
    ) -> Result<()>;

    /// Removes a data asset (`DataAsset`) with what is anchored to it. Egeria: `removeDataAsset`.
    async fn remove_data_asset(&self, data_asset_guid: &str) -> Result<()>;

    /// The data assets whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findDataAssets`.
    async fn find_data_assets(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataAssetElement>>;

    /// The data assets whose qualified name or display name is `name`. Egeria: `getDataAssetsByName`.
    async fn get_data_assets_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataAssetElement>>;

    /// One data asset (`DataAsset`) by GUID. Egeria: `getDataAssetByGUID`.
    async fn get_data_asset_by_guid(&self, data_asset_guid: &str) -> Result<DataAssetElement>;

    /// The data assets of the connector's asset manager: owned by it, or correlated with its keys. Egeria: `getDataAssetsForAssetManager`.
    async fn get_data_assets_for_asset_manager(&self, start_from: u32, page_size: u32)
    -> Result<Vec<DataAssetElement>>;

    /// Publishes a data asset (`DataAsset`): adds it to the connector's publish zones. Egeria: `publishDataAsset`.
    async fn publish_data_asset(&self, data_asset_guid: &str) -> Result<()>;

    /// Withdraws a data asset (`DataAsset`): removes it from the connector's publish zones. Egeria: `withdrawDataAsset`.
    async fn withdraw_data_asset(&self, data_asset_guid: &str) -> Result<()>;

    /// Creates a process hierarchy relationship (`ProcessHierarchy`) from `parent_process_guid` to `child_process_guid`; returns its GUID. Egeria: `setupProcessParent`.
    async fn setup_process_parent(
        &self,
        parent_process_guid: &str,
        child_process_guid: &str,
        properties: ProcessContainmentProperties,
    ) -> Result<Guid>;

    /// Updates the process hierarchy relationship (`ProcessHierarchy`) from `parent_process_guid` to `child_process_guid`. Egeria: `updateProcessParent`.
    async fn update_process_parent(
        &self,
        parent_process_guid: &str,
        child_process_guid: &str,
        is_merge_update: bool,
        properties: ProcessContainmentProperties,
    ) -> Result<()>;

    /// Removes the process hierarchy relationship (`ProcessHierarchy`) from `parent_process_guid` to `child_process_guid`. Egeria: `clearProcessParent`.
    async fn clear_process_parent(&self, parent_process_guid: &str, child_process_guid: &str) -> Result<()>;

    /// The process hierarchy relationships (`ProcessHierarchy`) an element takes part in, at `at_end` (or either). Egeria: `getProcessHierarchyLinks`.
    async fn get_process_hierarchy_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ProcessContainmentProperties>>>;

    /// Creates a port delegation relationship (`PortDelegation`) from `port_guid` to `delegated_port_guid`; returns its GUID. Egeria: `setupPortDelegation`.
    async fn setup_port_delegation(&self, port_guid: &str, delegated_port_guid: &str) -> Result<Guid>;

    /// Removes the port delegation relationship (`PortDelegation`) from `port_guid` to `delegated_port_guid`. Egeria: `clearPortDelegation`.
    async fn clear_port_delegation(&self, port_guid: &str, delegated_port_guid: &str) -> Result<()>;

    /// The port delegation relationships (`PortDelegation`) an element takes part in, at `at_end` (or either). Egeria: `getPortDelegations`.
    async fn get_port_delegations(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>>;

    /// Creates a data flow relationship (`DataFlow`) from `data_supplier_guid` to `data_consumer_guid`; returns its GUID. Egeria: `linkDataFlow`.
    async fn link_data_flow(
        &self,
        data_supplier_guid: &str,
        data_consumer_guid: &str,
        properties: DataFlowProperties,
    ) -> Result<Guid>;

    /// Updates the data flow relationship (`DataFlow`) from `data_supplier_guid` to `data_consumer_guid`. Egeria: `updateDataFlow`.
    async fn update_data_flow(
        &self,
        data_supplier_guid: &str,
        data_consumer_guid: &str,
        is_merge_update: bool,
        properties: DataFlowProperties,
    ) -> Result<()>;

    /// Removes the data flow relationship (`DataFlow`) from `data_supplier_guid` to `data_consumer_guid`. Egeria: `unlinkDataFlow`.
    async fn unlink_data_flow(&self, data_supplier_guid: &str, data_consumer_guid: &str) -> Result<()>;

    /// The data flow relationships (`DataFlow`) an element takes part in, at `at_end` (or either). Egeria: `getDataFlowRelationships`.
    async fn get_data_flow_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<DataFlowProperties>>>;

    /// Creates a control flow relationship (`ControlFlow`) from `current_step_guid` to `next_step_guid`; returns its GUID. Egeria: `linkControlFlow`.
    async fn link_control_flow(
        &self,
        current_step_guid: &str,
        next_step_guid: &str,
        properties: ControlFlowProperties,
    ) -> Result<Guid>;

    /// Updates the control flow relationship (`ControlFlow`) from `current_step_guid` to `next_step_guid`. Egeria: `updateControlFlow`.
    async fn update_control_flow(
        &self,
        current_step_guid: &str,
        next_step_guid: &str,
        is_merge_update: bool,
        properties: ControlFlowProperties,
    ) -> Result<()>;

    /// Removes the control flow relationship (`ControlFlow`) from `current_step_guid` to `next_step_guid`. Egeria: `unlinkControlFlow`.
    async fn unlink_control_flow(&self, current_step_guid: &str, next_step_guid: &str) -> Result<()>;

    /// The control flow relationships (`ControlFlow`) an element takes part in, at `at_end` (or either). Egeria: `getControlFlowRelationships`.
    async fn get_control_flow_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ControlFlowProperties>>>;

    /// Creates a process call relationship (`ProcessCall`) from `calling_element_guid` to `called_element_guid`; returns its GUID. Egeria: `linkProcessCall`.
    async fn link_process_call(
        &self,
        calling_element_guid: &str,
        called_element_guid: &str,
        properties: ProcessCallProperties,
    ) -> Result<Guid>;

    /// Updates the process call relationship (`ProcessCall`) from `calling_element_guid` to `called_element_guid`. Egeria: `updateProcessCall`.
    async fn update_process_call(
        &self,
        calling_element_guid: &str,
        called_element_guid: &str,
        is_merge_update: bool,
        properties: ProcessCallProperties,
    ) -> Result<()>;

    /// Removes the process call relationship (`ProcessCall`) from `calling_element_guid` to `called_element_guid`. Egeria: `unlinkProcessCall`.
    async fn unlink_process_call(&self, calling_element_guid: &str, called_element_guid: &str) -> Result<()>;

    /// The process call relationships (`ProcessCall`) an element takes part in, at `at_end` (or either). Egeria: `getProcessCallRelationships`.
    async fn get_process_call_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ProcessCallProperties>>>;

    /// Creates a lineage mapping relationship (`LineageMapping`) from `source_element_guid` to `target_element_guid`; returns its GUID. Egeria: `linkLineageMapping`.
    async fn link_lineage_mapping(
        &self,
        source_element_guid: &str,
        target_element_guid: &str,
        properties: LineageMappingProperties,
    ) -> Result<Guid>;

    /// Updates the lineage mapping relationship (`LineageMapping`) from `source_element_guid` to `target_element_guid`. Egeria: `updateLineageMapping`.
    async fn update_lineage_mapping(
        &self,
        source_element_guid: &str,
        target_element_guid: &str,
        is_merge_update: bool,
        properties: LineageMappingProperties,
    ) -> Result<()>;

    /// Removes the lineage mapping relationship (`LineageMapping`) from `source_element_guid` to `target_element_guid`. Egeria: `unlinkLineageMapping`.
    async fn unlink_lineage_mapping(&self, source_element_guid: &str, target_element_guid: &str) -> Result<()>;

    /// The lineage mapping relationships (`LineageMapping`) an element takes part in, at `at_end` (or either). Egeria: `getLineageMappingRelationships`.
    async fn get_lineage_mapping_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<LineageMappingProperties>>>;

    /// Asks for the OpenLineage run events published to the lineage service from now on; they arrive in process_open_lineage_run_event. Egeria: `registerListener(OpenLineageEventListener)`.
    async fn register_open_lineage_listener(&self) -> Result<()>;

    /// Takes up to `max` of the OpenLineage run events waiting for the connector, oldest first (the daemon does this and calls process_open_lineage_run_event). Egeria: `OpenLineageEventListener.processOpenLineageRunEvent`.
    async fn take_open_lineage_run_events(&self, max: u32) -> Result<Vec<OpenLineageRunEvent>>;

    /// Puts run events that were taken but not handled back at the front of the connector's queue, to be delivered again. Egeria: `(none)`.
    async fn return_open_lineage_run_events(&self, events: Vec<OpenLineageRunEvent>) -> Result<()>;

    /// Publishes an OpenLineage run event to every connector of the lineage service that listens for them (the publisher too, if it listens). Egeria: `publishOpenLineageRunEvent`.
    async fn publish_open_lineage_run_event(&self, event: OpenLineageRunEvent) -> Result<()>;
}

/// The context of a lineage integration connector (Egeria's `LineageIntegratorConnector / LineageIntegratorContext (Asset Manager OMAS, OpenLineage)`): every method of
/// [`LineageIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct LineageIntegratorContext {
    api: Arc<dyn LineageIntegratorApi>,
}

impl LineageIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<LineageIntegratorContext> {
        LineageIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(
        core: IntegrationContext,
        connection: Option<&Connection>,
    ) -> Result<LineageIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let extension = crate::special::Extension::new(&core, connection)?;
        Ok(LineageIntegratorContext { api: Arc::new(LineageIntegratorClient { core, extension }) })
    }

    /// A context over another implementation of the operations, such as `MockLineageIntegratorApi`.
    pub fn from_api(api: Arc<dyn LineageIntegratorApi>) -> LineageIntegratorContext {
        LineageIntegratorContext { api }
    }
}

impl Deref for LineageIntegratorContext {
    type Target = dyn LineageIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for LineageIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LineageIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct LineageIntegratorClient {
    pub(crate) core: IntegrationContext,
    pub(crate) extension: crate::special::Extension,
}

#[async_trait]
impl LineageIntegratorApi for LineageIntegratorClient {
    fn connector_name(&self) -> String {
        self.core.connector_name().to_owned()
    }

    fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.core.permitted_synchronization()
    }

    fn asset_manager_name(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.qualified_name.clone())
    }

    fn asset_manager_guid(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.guid.clone())
    }

    fn set_asset_manager_is_home(&self, is_home: bool) {
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

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<LineageSynchronizer> {
        LineageSynchronizer::new(&self.core, scope, options)
    }

    async fn create_process(&self, properties: ProcessProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::PROCESS, "createProcess", None, &properties).await
    }

    async fn create_process_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::PROCESS,
            "createProcessFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_process(
        &self,
        process_guid: &str,
        is_merge_update: bool,
        properties: ProcessProperties,
    ) -> Result<()> {
        family::update(&self.core, &kinds::PROCESS, "updateProcess", process_guid, is_merge_update, &properties).await
    }

    async fn remove_process(&self, process_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::PROCESS, "removeProcess", process_guid).await
    }

    async fn find_processes(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ProcessElement>> {
        family::find(&self.core, &kinds::PROCESS, search_string, start_from, page_size).await
    }

    async fn get_processes_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<ProcessElement>> {
        family::get_by_name(&self.core, &kinds::PROCESS, name, start_from, page_size).await
    }

    async fn get_process_by_guid(&self, process_guid: &str) -> Result<ProcessElement> {
        family::get_by_guid(&self.core, &kinds::PROCESS, "getProcessByGUID", process_guid).await
    }

    async fn get_processes_for_asset_manager(&self, start_from: u32, page_size: u32) -> Result<Vec<ProcessElement>> {
        family::list_mine(&self.core, &kinds::PROCESS, start_from, page_size).await
    }

    async fn publish_process(&self, process_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::PROCESS, "publishProcess", process_guid).await
    }

    async fn withdraw_process(&self, process_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::PROCESS, "withdrawProcess", process_guid).await
    }

    async fn create_port(&self, process_guid: &str, properties: PortProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::PORT, "createPort", Some(process_guid), &properties).await
    }

    async fn create_port_from_template(
        &self,
        template_guid: &str,
        process_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::PORT,
            "createPortFromTemplate",
            template_guid,
            Some(process_guid),
            &template,
        )
        .await
    }

    async fn update_port(&self, port_guid: &str, is_merge_update: bool, properties: PortProperties) -> Result<()> {
        family::update(&self.core, &kinds::PORT, "updatePort", port_guid, is_merge_update, &properties).await
    }

    async fn remove_port(&self, port_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::PORT, "removePort", port_guid).await
    }

    async fn find_ports(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<PortElement>> {
        family::find(&self.core, &kinds::PORT, search_string, start_from, page_size).await
    }

    async fn get_ports_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<PortElement>> {
        family::get_by_name(&self.core, &kinds::PORT, name, start_from, page_size).await
    }

    async fn get_port_by_guid(&self, port_guid: &str) -> Result<PortElement> {
        family::get_by_guid(&self.core, &kinds::PORT, "getPortByGUID", port_guid).await
    }

    async fn get_ports_for_process(
        &self,
        process_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<PortElement>> {
        family::list_for_parent(&self.core, &kinds::PORT, "getPortsForProcess", process_guid, start_from, page_size)
            .await
    }

    async fn create_data_asset(&self, properties: DataAssetProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::DATA_ASSET, "createDataAsset", None, &properties).await
    }

    async fn create_data_asset_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::DATA_ASSET,
            "createDataAssetFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_data_asset(
        &self,
        data_asset_guid: &str,
        is_merge_update: bool,
        properties: DataAssetProperties,
    ) -> Result<()> {
        family::update(&self.core, &kinds::DATA_ASSET, "updateDataAsset", data_asset_guid, is_merge_update, &properties)
            .await
    }

    async fn remove_data_asset(&self, data_asset_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::DATA_ASSET, "removeDataAsset", data_asset_guid).await
    }

    async fn find_data_assets(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataAssetElement>> {
        family::find(&self.core, &kinds::DATA_ASSET, search_string, start_from, page_size).await
    }

    async fn get_data_assets_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataAssetElement>> {
        family::get_by_name(&self.core, &kinds::DATA_ASSET, name, start_from, page_size).await
    }

    async fn get_data_asset_by_guid(&self, data_asset_guid: &str) -> Result<DataAssetElement> {
        family::get_by_guid(&self.core, &kinds::DATA_ASSET, "getDataAssetByGUID", data_asset_guid).await
    }

    async fn get_data_assets_for_asset_manager(
        &self,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataAssetElement>> {
        family::list_mine(&self.core, &kinds::DATA_ASSET, start_from, page_size).await
    }

    async fn publish_data_asset(&self, data_asset_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::DATA_ASSET, "publishDataAsset", data_asset_guid).await
    }

    async fn withdraw_data_asset(&self, data_asset_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::DATA_ASSET, "withdrawDataAsset", data_asset_guid).await
    }

    async fn setup_process_parent(
        &self,
        parent_process_guid: &str,
        child_process_guid: &str,
        properties: ProcessContainmentProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::PROCESS_HIERARCHY,
            "setupProcessParent",
            parent_process_guid,
            child_process_guid,
            &properties,
        )
        .await
    }

    async fn update_process_parent(
        &self,
        parent_process_guid: &str,
        child_process_guid: &str,
        is_merge_update: bool,
        properties: ProcessContainmentProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::PROCESS_HIERARCHY,
            "updateProcessParent",
            parent_process_guid,
            child_process_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn clear_process_parent(&self, parent_process_guid: &str, child_process_guid: &str) -> Result<()> {
        family::unlink(
            &self.core,
            &kinds::PROCESS_HIERARCHY,
            "clearProcessParent",
            parent_process_guid,
            child_process_guid,
        )
        .await
    }

    async fn get_process_hierarchy_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ProcessContainmentProperties>>> {
        family::list_links(&self.core, &kinds::PROCESS_HIERARCHY, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_port_delegation(&self, port_guid: &str, delegated_port_guid: &str) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::PORT_DELEGATION,
            "setupPortDelegation",
            port_guid,
            delegated_port_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn clear_port_delegation(&self, port_guid: &str, delegated_port_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::PORT_DELEGATION, "clearPortDelegation", port_guid, delegated_port_guid).await
    }

    async fn get_port_delegations(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        family::list_links(&self.core, &kinds::PORT_DELEGATION, element_guid, at_end, start_from, page_size).await
    }

    async fn link_data_flow(
        &self,
        data_supplier_guid: &str,
        data_consumer_guid: &str,
        properties: DataFlowProperties,
    ) -> Result<Guid> {
        family::link(&self.core, &kinds::DATA_FLOW, "linkDataFlow", data_supplier_guid, data_consumer_guid, &properties)
            .await
    }

    async fn update_data_flow(
        &self,
        data_supplier_guid: &str,
        data_consumer_guid: &str,
        is_merge_update: bool,
        properties: DataFlowProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::DATA_FLOW,
            "updateDataFlow",
            data_supplier_guid,
            data_consumer_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_data_flow(&self, data_supplier_guid: &str, data_consumer_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::DATA_FLOW, "unlinkDataFlow", data_supplier_guid, data_consumer_guid).await
    }

    async fn get_data_flow_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<DataFlowProperties>>> {
        family::list_links(&self.core, &kinds::DATA_FLOW, element_guid, at_end, start_from, page_size).await
    }

    async fn link_control_flow(
        &self,
        current_step_guid: &str,
        next_step_guid: &str,
        properties: ControlFlowProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::CONTROL_FLOW,
            "linkControlFlow",
            current_step_guid,
            next_step_guid,
            &properties,
        )
        .await
    }

    async fn update_control_flow(
        &self,
        current_step_guid: &str,
        next_step_guid: &str,
        is_merge_update: bool,
        properties: ControlFlowProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::CONTROL_FLOW,
            "updateControlFlow",
            current_step_guid,
            next_step_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_control_flow(&self, current_step_guid: &str, next_step_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::CONTROL_FLOW, "unlinkControlFlow", current_step_guid, next_step_guid).await
    }

    async fn get_control_flow_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ControlFlowProperties>>> {
        family::list_links(&self.core, &kinds::CONTROL_FLOW, element_guid, at_end, start_from, page_size).await
    }

    async fn link_process_call(
        &self,
        calling_element_guid: &str,
        called_element_guid: &str,
        properties: ProcessCallProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::PROCESS_CALL,
            "linkProcessCall",
            calling_element_guid,
            called_element_guid,
            &properties,
        )
        .await
    }

    async fn update_process_call(
        &self,
        calling_element_guid: &str,
        called_element_guid: &str,
        is_merge_update: bool,
        properties: ProcessCallProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::PROCESS_CALL,
            "updateProcessCall",
            calling_element_guid,
            called_element_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_process_call(&self, calling_element_guid: &str, called_element_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::PROCESS_CALL, "unlinkProcessCall", calling_element_guid, called_element_guid)
            .await
    }

    async fn get_process_call_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ProcessCallProperties>>> {
        family::list_links(&self.core, &kinds::PROCESS_CALL, element_guid, at_end, start_from, page_size).await
    }

    async fn link_lineage_mapping(
        &self,
        source_element_guid: &str,
        target_element_guid: &str,
        properties: LineageMappingProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::LINEAGE_MAPPING,
            "linkLineageMapping",
            source_element_guid,
            target_element_guid,
            &properties,
        )
        .await
    }

    async fn update_lineage_mapping(
        &self,
        source_element_guid: &str,
        target_element_guid: &str,
        is_merge_update: bool,
        properties: LineageMappingProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::LINEAGE_MAPPING,
            "updateLineageMapping",
            source_element_guid,
            target_element_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_lineage_mapping(&self, source_element_guid: &str, target_element_guid: &str) -> Result<()> {
        family::unlink(
            &self.core,
            &kinds::LINEAGE_MAPPING,
            "unlinkLineageMapping",
            source_element_guid,
            target_element_guid,
        )
        .await
    }

    async fn get_lineage_mapping_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<LineageMappingProperties>>> {
        family::list_links(&self.core, &kinds::LINEAGE_MAPPING, element_guid, at_end, start_from, page_size).await
    }

    async fn register_open_lineage_listener(&self) -> Result<()> {
        crate::special::register_open_lineage_listener(self)
    }

    async fn take_open_lineage_run_events(&self, max: u32) -> Result<Vec<OpenLineageRunEvent>> {
        crate::special::take_open_lineage_run_events(self, max)
    }

    async fn return_open_lineage_run_events(&self, events: Vec<OpenLineageRunEvent>) -> Result<()> {
        crate::special::return_open_lineage_run_events(self, events)
    }

    async fn publish_open_lineage_run_event(&self, event: OpenLineageRunEvent) -> Result<()> {
        crate::special::publish_open_lineage_run_event(self, event)
    }
}

/// Synchronizes one scope of the asset manager (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct LineageSynchronizer {
    inner: TypedSynchronizer,
}

impl LineageSynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<LineageSynchronizer> {
        Ok(LineageSynchronizer { inner: TypedSynchronizer::new(context, scope, options)? })
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

    /// Upserts a process (`Process`) identified by the third party's `key`.
    pub async fn upsert_process(&mut self, key: &str, properties: &ProcessProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::PROCESS, key, None, properties, Vec::new()).await
    }

    /// Upserts a port (`Port`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_port(&mut self, key: &str, parent: ElementRef, properties: &PortProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::PORT, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a data asset (`DataAsset`) identified by the third party's `key`.
    pub async fn upsert_data_asset(&mut self, key: &str, properties: &DataAssetProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATA_ASSET, key, None, properties, Vec::new()).await
    }

    /// Upserts a process hierarchy relationship (`ProcessHierarchy`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_process_hierarchy(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &ProcessContainmentProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::PROCESS_HIERARCHY, key, end1, end2, properties).await
    }

    /// Upserts a port delegation relationship (`PortDelegation`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_port_delegation(&mut self, key: &str, end1: ElementRef, end2: ElementRef) -> Result<()> {
        self.inner.upsert_link(&kinds::PORT_DELEGATION, key, end1, end2, &ElementProperties::new()).await
    }

    /// Upserts a data flow relationship (`DataFlow`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_data_flow(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &DataFlowProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::DATA_FLOW, key, end1, end2, properties).await
    }

    /// Upserts a control flow relationship (`ControlFlow`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_control_flow(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &ControlFlowProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::CONTROL_FLOW, key, end1, end2, properties).await
    }

    /// Upserts a process call relationship (`ProcessCall`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_process_call(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &ProcessCallProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::PROCESS_CALL, key, end1, end2, properties).await
    }

    /// Upserts a lineage mapping relationship (`LineageMapping`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_lineage_mapping(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &LineageMappingProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::LINEAGE_MAPPING, key, end1, end2, properties).await
    }
}

/// A lineage integration connector (Egeria's `LineageIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait LineageIntegratorConnector: Send + 'static {
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
    fn set_context(&mut self, context: LineageIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&LineageIntegratorContext>;

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

    /// Handles one OpenLineage run event published to the lineage integration service (by another
    /// connector or through the daemon's `/api/v1/lineage` endpoint), once the connector has called
    /// `register_open_lineage_listener`. The default ignores it.
    async fn process_open_lineage_run_event(&mut self, event: &OpenLineageRunEvent) -> Result<()> {
        let _ = event;
        Ok(())
    }
}

/// Hosts a lineage connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`LineageIntegratorContext`] (refusing one of another
/// service).
pub struct LineageIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<LineageIntegratorContext>,
}

impl<C: LineageIntegratorConnector> LineageIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> LineageIntegratorAdapter<C> {
        LineageIntegratorAdapter { connector, connection: None, context: None }
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
impl<C: LineageIntegratorConnector> IntegrationConnector for LineageIntegratorAdapter<C> {
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
        let typed = LineageIntegratorContext::with_connection(context, self.connection.as_ref())?;
        self.context = Some(typed.clone());
        self.connector.set_context(typed);
        Ok(())
    }

    async fn start(&mut self) -> Result<()> {
        self.connector.start().await?;
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
        self.connector.process_event(event).await
    }

    async fn deliver_service_events(&mut self) -> Result<usize> {
        match &self.context {
            Some(context) => crate::special::deliver_service_events(&mut self.connector, context).await,
            None => Ok(0),
        }
    }

    fn statistics(&self) -> BTreeMap<String, serde_json::Value> {
        self.connector.statistics()
    }
}

/// A lineage connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: LineageIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(LineageIntegratorAdapter::new(connector))
}
