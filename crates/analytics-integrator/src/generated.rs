// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the analytics integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

#![allow(clippy::too_many_lines, clippy::needless_lifetimes, clippy::too_many_arguments, clippy::ref_option_ref)]

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

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
    ActivityStatus, AnalyticsModelElement, AnalyticsModelProperties, AnalyticsModelRunElement,
    AnalyticsModelRunProperties, ConnectionElement, ConnectionProperties, ContentStatus, DataAssetElement,
    DataAssetProperties, DataFlowProperties, DataItemSortOrder, EmbeddedConnectionProperties, EndpointElement,
    EndpointProperties, SchemaAttributeElement, SchemaAttributeProperties, SchemaTypeElement, SchemaTypeProperties,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;

/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Analytics;

/// The element types (with their subtypes) the default listener of an analytics connector hears about.
pub const LISTENER_TYPES: &[&str] = &["DeployedAnalyticsModel", "AnalyticsModelRun", "DataAsset"];

/// The service's default event filter: changes to [`LISTENER_TYPES`].
pub fn default_event_filter() -> EventFilter {
    EventFilter::element_types(LISTENER_TYPES)
}

/// The descriptions of the kinds of element the context handles.
pub mod kinds {
    use integration_daemon_api::family::{EntitySpec, Placement, RelationshipSpec};

    /// analytics model: `DeployedAnalyticsModel`.
    pub const ANALYTICS_MODEL: EntitySpec = EntitySpec {
        kind: "analytics model",
        type_name: "DeployedAnalyticsModel",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// analytics model run: `AnalyticsModelRun`.
    pub const ANALYTICS_MODEL_RUN: EntitySpec = EntitySpec {
        kind: "analytics model run",
        type_name: "AnalyticsModelRun",
        placement: Placement::Child {
            relationship: "ProcessHierarchy",
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

    /// connection: `Connection`.
    pub const CONNECTION: EntitySpec = EntitySpec {
        kind: "connection",
        type_name: "Connection",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// endpoint: `Endpoint`.
    pub const ENDPOINT: EntitySpec = EntitySpec {
        kind: "endpoint",
        type_name: "Endpoint",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// schema type: `SchemaType`.
    pub const SCHEMA_TYPE: EntitySpec = EntitySpec {
        kind: "schema type",
        type_name: "SchemaType",
        placement: Placement::SchemaType,
        marker: None,
        excluded_marker: None,
    };

    /// schema attribute: `SchemaAttribute`.
    pub const SCHEMA_ATTRIBUTE: EntitySpec = EntitySpec {
        kind: "schema attribute",
        type_name: "SchemaAttribute",
        placement: Placement::SchemaAttribute { schema_type: "RootSchemaType", relationship: "AttributeForSchema" },
        marker: None,
        excluded_marker: None,
    };

    /// data flow: `DataFlow`.
    pub const DATA_FLOW: RelationshipSpec = RelationshipSpec { kind: "data flow", type_name: "DataFlow" };

    /// connector type link: `ConnectionConnectorType`.
    pub const CONNECTOR_TYPE_LINK: RelationshipSpec =
        RelationshipSpec { kind: "connector type link", type_name: "ConnectionConnectorType" };

    /// connection endpoint: `ConnectToEndpoint`.
    pub const CONNECTION_ENDPOINT: RelationshipSpec =
        RelationshipSpec { kind: "connection endpoint", type_name: "ConnectToEndpoint" };

    /// embedded connection: `EmbeddedConnection`.
    pub const EMBEDDED_CONNECTION: RelationshipSpec =
        RelationshipSpec { kind: "embedded connection", type_name: "EmbeddedConnection" };

    /// asset connection: `AssetConnection`.
    pub const ASSET_CONNECTION: RelationshipSpec =
        RelationshipSpec { kind: "asset connection", type_name: "AssetConnection" };
}

/// The operations of an analytics integrator context (Egeria's `AnalyticsIntegratorConnector / AnalyticsIntegratorContext (Data Science OMAS)`).
///
/// Analytics and BI tools: the analytics models they deploy, the runs of those models and the data assets they read and produce.
///
/// Implemented over the repository by [`AnalyticsIntegratorContext::new`]; with the `mocks` feature,
/// `MockAnalyticsIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait AnalyticsIntegratorApi: Send + Sync {
    /// The connector's name.
    fn connector_name(&self) -> String;

    /// Which way metadata may flow for the connector.
    fn permitted_synchronization(&self) -> PermittedSynchronization;

    /// The qualified name of the analytics tool: the metadata source that owns what the connector creates.
    fn analytics_tool_name(&self) -> Option<String>;

    /// The GUID of the analytics tool's metadata source.
    fn analytics_tool_guid(&self) -> Option<String>;

    /// Whether new elements are owned by the analytics tool (on by default when a metadata source is configured).
    fn set_analytics_tool_is_home(&self, is_home: bool);

    /// Registers the connector's listener with the service's [`default_event_filter`].
    async fn register_listener(&self) -> Result<()>;

    /// Registers the connector's listener with a filter of its own.
    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;

    /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the analytics tool.
    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;

    /// The generic integration context underneath (`None` for a mock).
    fn integration_context(&self) -> Option<IntegrationContext>;

    /// A synchronizer for one scope of the analytics tool (a schema, a folder, a stream, ...).
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<AnalyticsSynchronizer>;

    /// Creates an analytics model (`DeployedAnalyticsModel`); returns its GUID. Egeria: `createAnalyticsModel`.
    async fn create_analytics_model(&self, properties: AnalyticsModelProperties) -> Result<Guid>;

    /// Creates an analytics model (`DeployedAnalyticsModel`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createAnalyticsModelFromTemplate`.
    async fn create_analytics_model_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates an analytics model (`DeployedAnalyticsModel`): merge sets the fields given, replace swaps all properties. Egeria: `updateAnalyticsModel`.
    async fn update_analytics_model(
        &self,
        analytics_model_guid: &str,
        is_merge_update: bool,
        properties: AnalyticsModelProperties,
    ) -> Result<()>;

    /// Removes an analytics model (`DeployedAnalyticsModel`) with what is anchored to it. Egeria: `removeAnalyticsModel`.
    async fn remove_analytics_model(&self, analytics_model_guid: &str) -> Result<()>;

    /// The analytics models whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findAnalyticsModels`.
    async fn find_analytics_models(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<AnalyticsModelElement>>;

    /// The analytics models whose qualified name or display name is `name`. Egeria: `getAnalyticsModelsByName`.
    async fn get_analytics_models_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<AnalyticsModelElement>>;

    /// One analytics model (`DeployedAnalyticsModel`) by GUID. Egeria: `getAnalyticsModelByGUID`.
    async fn get_analytics_model_by_guid(&self, analytics_model_guid: &str) -> Result<AnalyticsModelElement>;

    /// The analytics models of the connector's analytics tool: owned by it, or correlated with its keys. Egeria: `getMyAnalyticsModels`.
    async fn get_my_analytics_models(&self, start_from: u32, page_size: u32) -> Result<Vec<AnalyticsModelElement>>;

    /// Publishes an analytics model (`DeployedAnalyticsModel`): adds it to the connector's publish zones. Egeria: `publishAnalyticsModel`.
    async fn publish_analytics_model(&self, analytics_model_guid: &str) -> Result<()>;

    /// Withdraws an analytics model (`DeployedAnalyticsModel`): removes it from the connector's publish zones. Egeria: `withdrawAnalyticsModel`.
    async fn withdraw_analytics_model(&self, analytics_model_guid: &str) -> Result<()>;

    /// Creates an analytics model run (`AnalyticsModelRun`) under `analytics_model_guid`; returns its GUID. Egeria: `createAnalyticsModelRun`.
    async fn create_analytics_model_run(
        &self,
        analytics_model_guid: &str,
        properties: AnalyticsModelRunProperties,
    ) -> Result<Guid>;

    /// Creates an analytics model run (`AnalyticsModelRun`) under `analytics_model_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createAnalyticsModelRunFromTemplate`.
    async fn create_analytics_model_run_from_template(
        &self,
        template_guid: &str,
        analytics_model_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates an analytics model run (`AnalyticsModelRun`): merge sets the fields given, replace swaps all properties. Egeria: `updateAnalyticsModelRun`.
    async fn update_analytics_model_run(
        &self,
        analytics_model_run_guid: &str,
        is_merge_update: bool,
        properties: AnalyticsModelRunProperties,
    ) -> Result<()>;

    /// Removes an analytics model run (`AnalyticsModelRun`) with what is anchored to it. Egeria: `removeAnalyticsModelRun`.
    async fn remove_analytics_model_run(&self, analytics_model_run_guid: &str) -> Result<()>;

    /// The analytics model runs whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findAnalyticsModelRuns`.
    async fn find_analytics_model_runs(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<AnalyticsModelRunElement>>;

    /// The analytics model runs whose qualified name or display name is `name`. Egeria: `getAnalyticsModelRunsByName`.
    async fn get_analytics_model_runs_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<AnalyticsModelRunElement>>;

    /// One analytics model run (`AnalyticsModelRun`) by GUID. Egeria: `getAnalyticsModelRunByGUID`.
    async fn get_analytics_model_run_by_guid(&self, analytics_model_run_guid: &str)
    -> Result<AnalyticsModelRunElement>;

    /// The analytics model runs under `analytics_model_guid`. Egeria: `getRunsForAnalyticsModel`.
    async fn get_runs_for_analytics_model(
        &self,
        analytics_model_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<AnalyticsModelRunElement>>;

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

    /// The data assets of the connector's analytics tool: owned by it, or correlated with its keys. Egeria: `getMyDataAssets`.
    async fn get_my_data_assets(&self, start_from: u32, page_size: u32) -> Result<Vec<DataAssetElement>>;

    /// Publishes a data asset (`DataAsset`): adds it to the connector's publish zones. Egeria: `publishDataAsset`.
    async fn publish_data_asset(&self, data_asset_guid: &str) -> Result<()>;

    /// Withdraws a data asset (`DataAsset`): removes it from the connector's publish zones. Egeria: `withdrawDataAsset`.
    async fn withdraw_data_asset(&self, data_asset_guid: &str) -> Result<()>;

    /// Creates a connection (`Connection`); returns its GUID. Egeria: `createConnection`.
    async fn create_connection(&self, properties: ConnectionProperties) -> Result<Guid>;

    /// Creates a connection (`Connection`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createConnectionFromTemplate`.
    async fn create_connection_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a connection (`Connection`): merge sets the fields given, replace swaps all properties. Egeria: `updateConnection`.
    async fn update_connection(
        &self,
        connection_guid: &str,
        is_merge_update: bool,
        properties: ConnectionProperties,
    ) -> Result<()>;

    /// Removes a connection (`Connection`) with what is anchored to it. Egeria: `removeConnection`.
    async fn remove_connection(&self, connection_guid: &str) -> Result<()>;

    /// The connections whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findConnections`.
    async fn find_connections(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectionElement>>;

    /// The connections whose qualified name or display name is `name`. Egeria: `getConnectionsByName`.
    async fn get_connections_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectionElement>>;

    /// One connection (`Connection`) by GUID. Egeria: `getConnectionByGUID`.
    async fn get_connection_by_guid(&self, connection_guid: &str) -> Result<ConnectionElement>;

    /// Creates an endpoint (`Endpoint`); returns its GUID. Egeria: `createEndpoint`.
    async fn create_endpoint(&self, properties: EndpointProperties) -> Result<Guid>;

    /// Creates an endpoint (`Endpoint`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createEndpointFromTemplate`.
    async fn create_endpoint_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates an endpoint (`Endpoint`): merge sets the fields given, replace swaps all properties. Egeria: `updateEndpoint`.
    async fn update_endpoint(
        &self,
        endpoint_guid: &str,
        is_merge_update: bool,
        properties: EndpointProperties,
    ) -> Result<()>;

    /// Removes an endpoint (`Endpoint`) with what is anchored to it. Egeria: `removeEndpoint`.
    async fn remove_endpoint(&self, endpoint_guid: &str) -> Result<()>;

    /// The endpoints whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findEndpoints`.
    async fn find_endpoints(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EndpointElement>>;

    /// The endpoints whose qualified name or display name is `name`. Egeria: `getEndpointsByName`.
    async fn get_endpoints_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<EndpointElement>>;

    /// One endpoint (`Endpoint`) by GUID. Egeria: `getEndpointByGUID`.
    async fn get_endpoint_by_guid(&self, endpoint_guid: &str) -> Result<EndpointElement>;

    /// Creates a schema type (`SchemaType`) under `element_guid`; returns its GUID. Egeria: `createSchemaType`.
    async fn create_schema_type(&self, element_guid: &str, properties: SchemaTypeProperties) -> Result<Guid>;

    /// Creates a schema type (`SchemaType`) under `element_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createSchemaTypeFromTemplate`.
    async fn create_schema_type_from_template(
        &self,
        template_guid: &str,
        element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a schema type (`SchemaType`): merge sets the fields given, replace swaps all properties. Egeria: `updateSchemaType`.
    async fn update_schema_type(
        &self,
        schema_type_guid: &str,
        is_merge_update: bool,
        properties: SchemaTypeProperties,
    ) -> Result<()>;

    /// Removes a schema type (`SchemaType`) with what is anchored to it. Egeria: `removeSchemaType`.
    async fn remove_schema_type(&self, schema_type_guid: &str) -> Result<()>;

    /// The schema types whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findSchemaTypes`.
    async fn find_schema_types(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>>;

    /// The schema types whose qualified name or display name is `name`. Egeria: `getSchemaTypesByName`.
    async fn get_schema_types_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>>;

    /// One schema type (`SchemaType`) by GUID. Egeria: `getSchemaTypeByGUID`.
    async fn get_schema_type_by_guid(&self, schema_type_guid: &str) -> Result<SchemaTypeElement>;

    /// The schema types under `element_guid`. Egeria: `getSchemaTypesForElement`.
    async fn get_schema_types_for_element(
        &self,
        element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>>;

    /// Creates a schema attribute (`SchemaAttribute`) under `parent_schema_element_guid`; returns its GUID. Egeria: `createSchemaAttribute`.
    async fn create_schema_attribute(
        &self,
        parent_schema_element_guid: &str,
        properties: SchemaAttributeProperties,
    ) -> Result<Guid>;

    /// Creates a schema attribute (`SchemaAttribute`) under `parent_schema_element_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createSchemaAttributeFromTemplate`.
    async fn create_schema_attribute_from_template(
        &self,
        template_guid: &str,
        parent_schema_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a schema attribute (`SchemaAttribute`): merge sets the fields given, replace swaps all properties. Egeria: `updateSchemaAttribute`.
    async fn update_schema_attribute(
        &self,
        schema_attribute_guid: &str,
        is_merge_update: bool,
        properties: SchemaAttributeProperties,
    ) -> Result<()>;

    /// Removes a schema attribute (`SchemaAttribute`) with what is anchored to it. Egeria: `removeSchemaAttribute`.
    async fn remove_schema_attribute(&self, schema_attribute_guid: &str) -> Result<()>;

    /// The schema attributes whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findSchemaAttributes`.
    async fn find_schema_attributes(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>>;

    /// The schema attributes whose qualified name or display name is `name`. Egeria: `getSchemaAttributesByName`.
    async fn get_schema_attributes_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>>;

    /// One schema attribute (`SchemaAttribute`) by GUID. Egeria: `getSchemaAttributeByGUID`.
    async fn get_schema_attribute_by_guid(&self, schema_attribute_guid: &str) -> Result<SchemaAttributeElement>;

    /// The schema attributes under `parent_schema_element_guid`. Egeria: `getNestedAttributes`.
    async fn get_nested_attributes(
        &self,
        parent_schema_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>>;

    /// The element a schema attribute (`SchemaAttribute`) hangs under. Egeria: `getSchemaAttributeParent`.
    async fn get_schema_attribute_parent(&self, schema_attribute_guid: &str) -> Result<Option<ElementStub>>;

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

    /// Creates a connector type link relationship (`ConnectionConnectorType`) from `connection_guid` to `connector_type_guid`; returns its GUID. Egeria: `setupConnectorType`.
    async fn setup_connector_type(&self, connection_guid: &str, connector_type_guid: &str) -> Result<Guid>;

    /// Removes the connector type link relationship (`ConnectionConnectorType`) from `connection_guid` to `connector_type_guid`. Egeria: `clearConnectorType`.
    async fn clear_connector_type(&self, connection_guid: &str, connector_type_guid: &str) -> Result<()>;

    /// The connector type link relationships (`ConnectionConnectorType`) an element takes part in, at `at_end` (or either). Egeria: `getConnectorTypeLinks`.
    async fn get_connector_type_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>>;

    /// Creates a connection endpoint relationship (`ConnectToEndpoint`) from `connection_guid` to `endpoint_guid`; returns its GUID. Egeria: `setupEndpoint`.
    async fn setup_endpoint(&self, connection_guid: &str, endpoint_guid: &str) -> Result<Guid>;

    /// Removes the connection endpoint relationship (`ConnectToEndpoint`) from `connection_guid` to `endpoint_guid`. Egeria: `clearEndpoint`.
    async fn clear_endpoint(&self, connection_guid: &str, endpoint_guid: &str) -> Result<()>;

    /// The connection endpoint relationships (`ConnectToEndpoint`) an element takes part in, at `at_end` (or either). Egeria: `getConnectionEndpointLinks`.
    async fn get_connection_endpoint_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>>;

    /// Creates an embedded connection relationship (`EmbeddedConnection`) from `virtual_connection_guid` to `embedded_connection_guid`; returns its GUID. Egeria: `setupEmbeddedConnection`.
    async fn setup_embedded_connection(
        &self,
        virtual_connection_guid: &str,
        embedded_connection_guid: &str,
        properties: EmbeddedConnectionProperties,
    ) -> Result<Guid>;

    /// Updates the embedded connection relationship (`EmbeddedConnection`) from `virtual_connection_guid` to `embedded_connection_guid`. Egeria: `updateEmbeddedConnection`.
    async fn update_embedded_connection(
        &self,
        virtual_connection_guid: &str,
        embedded_connection_guid: &str,
        is_merge_update: bool,
        properties: EmbeddedConnectionProperties,
    ) -> Result<()>;

    /// Removes the embedded connection relationship (`EmbeddedConnection`) from `virtual_connection_guid` to `embedded_connection_guid`. Egeria: `clearEmbeddedConnection`.
    async fn clear_embedded_connection(
        &self,
        virtual_connection_guid: &str,
        embedded_connection_guid: &str,
    ) -> Result<()>;

    /// The embedded connection relationships (`EmbeddedConnection`) an element takes part in, at `at_end` (or either). Egeria: `getEmbeddedConnectionLinks`.
    async fn get_embedded_connection_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<EmbeddedConnectionProperties>>>;

    /// Creates an asset connection relationship (`AssetConnection`) from `asset_guid` to `connection_guid`; returns its GUID. Egeria: `setupAssetConnection`.
    async fn setup_asset_connection(&self, asset_guid: &str, connection_guid: &str) -> Result<Guid>;

    /// Removes the asset connection relationship (`AssetConnection`) from `asset_guid` to `connection_guid`. Egeria: `clearAssetConnection`.
    async fn clear_asset_connection(&self, asset_guid: &str, connection_guid: &str) -> Result<()>;

    /// The asset connection relationships (`AssetConnection`) an element takes part in, at `at_end` (or either). Egeria: `getAssetConnectionLinks`.
    async fn get_asset_connection_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>>;
}

/// The context of an analytics integration connector (Egeria's `AnalyticsIntegratorConnector / AnalyticsIntegratorContext (Data Science OMAS)`): every method of
/// [`AnalyticsIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct AnalyticsIntegratorContext {
    api: Arc<dyn AnalyticsIntegratorApi>,
}

impl AnalyticsIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<AnalyticsIntegratorContext> {
        AnalyticsIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(
        core: IntegrationContext,
        connection: Option<&Connection>,
    ) -> Result<AnalyticsIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let _ = connection;
        Ok(AnalyticsIntegratorContext { api: Arc::new(AnalyticsIntegratorClient { core }) })
    }

    /// A context over another implementation of the operations, such as `MockAnalyticsIntegratorApi`.
    pub fn from_api(api: Arc<dyn AnalyticsIntegratorApi>) -> AnalyticsIntegratorContext {
        AnalyticsIntegratorContext { api }
    }
}

impl Deref for AnalyticsIntegratorContext {
    type Target = dyn AnalyticsIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for AnalyticsIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AnalyticsIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct AnalyticsIntegratorClient {
    pub(crate) core: IntegrationContext,
}

#[async_trait]
impl AnalyticsIntegratorApi for AnalyticsIntegratorClient {
    fn connector_name(&self) -> String {
        self.core.connector_name().to_owned()
    }

    fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.core.permitted_synchronization()
    }

    fn analytics_tool_name(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.qualified_name.clone())
    }

    fn analytics_tool_guid(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.guid.clone())
    }

    fn set_analytics_tool_is_home(&self, is_home: bool) {
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

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<AnalyticsSynchronizer> {
        AnalyticsSynchronizer::new(&self.core, scope, options)
    }

    async fn create_analytics_model(&self, properties: AnalyticsModelProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::ANALYTICS_MODEL, "createAnalyticsModel", None, &properties).await
    }

    async fn create_analytics_model_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::ANALYTICS_MODEL,
            "createAnalyticsModelFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_analytics_model(
        &self,
        analytics_model_guid: &str,
        is_merge_update: bool,
        properties: AnalyticsModelProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::ANALYTICS_MODEL,
            "updateAnalyticsModel",
            analytics_model_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_analytics_model(&self, analytics_model_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::ANALYTICS_MODEL, "removeAnalyticsModel", analytics_model_guid).await
    }

    async fn find_analytics_models(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<AnalyticsModelElement>> {
        family::find(&self.core, &kinds::ANALYTICS_MODEL, search_string, start_from, page_size).await
    }

    async fn get_analytics_models_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<AnalyticsModelElement>> {
        family::get_by_name(&self.core, &kinds::ANALYTICS_MODEL, name, start_from, page_size).await
    }

    async fn get_analytics_model_by_guid(&self, analytics_model_guid: &str) -> Result<AnalyticsModelElement> {
        family::get_by_guid(&self.core, &kinds::ANALYTICS_MODEL, "getAnalyticsModelByGUID", analytics_model_guid).await
    }

    async fn get_my_analytics_models(&self, start_from: u32, page_size: u32) -> Result<Vec<AnalyticsModelElement>> {
        family::list_mine(&self.core, &kinds::ANALYTICS_MODEL, start_from, page_size).await
    }

    async fn publish_analytics_model(&self, analytics_model_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::ANALYTICS_MODEL, "publishAnalyticsModel", analytics_model_guid).await
    }

    async fn withdraw_analytics_model(&self, analytics_model_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::ANALYTICS_MODEL, "withdrawAnalyticsModel", analytics_model_guid).await
    }

    async fn create_analytics_model_run(
        &self,
        analytics_model_guid: &str,
        properties: AnalyticsModelRunProperties,
    ) -> Result<Guid> {
        family::create(
            &self.core,
            &kinds::ANALYTICS_MODEL_RUN,
            "createAnalyticsModelRun",
            Some(analytics_model_guid),
            &properties,
        )
        .await
    }

    async fn create_analytics_model_run_from_template(
        &self,
        template_guid: &str,
        analytics_model_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::ANALYTICS_MODEL_RUN,
            "createAnalyticsModelRunFromTemplate",
            template_guid,
            Some(analytics_model_guid),
            &template,
        )
        .await
    }

    async fn update_analytics_model_run(
        &self,
        analytics_model_run_guid: &str,
        is_merge_update: bool,
        properties: AnalyticsModelRunProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::ANALYTICS_MODEL_RUN,
            "updateAnalyticsModelRun",
            analytics_model_run_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_analytics_model_run(&self, analytics_model_run_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::ANALYTICS_MODEL_RUN, "removeAnalyticsModelRun", analytics_model_run_guid)
            .await
    }

    async fn find_analytics_model_runs(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<AnalyticsModelRunElement>> {
        family::find(&self.core, &kinds::ANALYTICS_MODEL_RUN, search_string, start_from, page_size).await
    }

    async fn get_analytics_model_runs_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<AnalyticsModelRunElement>> {
        family::get_by_name(&self.core, &kinds::ANALYTICS_MODEL_RUN, name, start_from, page_size).await
    }

    async fn get_analytics_model_run_by_guid(
        &self,
        analytics_model_run_guid: &str,
    ) -> Result<AnalyticsModelRunElement> {
        family::get_by_guid(
            &self.core,
            &kinds::ANALYTICS_MODEL_RUN,
            "getAnalyticsModelRunByGUID",
            analytics_model_run_guid,
        )
        .await
    }

    async fn get_runs_for_analytics_model(
        &self,
        analytics_model_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<AnalyticsModelRunElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::ANALYTICS_MODEL_RUN,
            "getRunsForAnalyticsModel",
            analytics_model_guid,
            start_from,
            page_size,
        )
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

    async fn get_my_data_assets(&self, start_from: u32, page_size: u32) -> Result<Vec<DataAssetElement>> {
        family::list_mine(&self.core, &kinds::DATA_ASSET, start_from, page_size).await
    }

    async fn publish_data_asset(&self, data_asset_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::DATA_ASSET, "publishDataAsset", data_asset_guid).await
    }

    async fn withdraw_data_asset(&self, data_asset_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::DATA_ASSET, "withdrawDataAsset", data_asset_guid).await
    }

    async fn create_connection(&self, properties: ConnectionProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::CONNECTION, "createConnection", None, &properties).await
    }

    async fn create_connection_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::CONNECTION,
            "createConnectionFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_connection(
        &self,
        connection_guid: &str,
        is_merge_update: bool,
        properties: ConnectionProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::CONNECTION,
            "updateConnection",
            connection_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_connection(&self, connection_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::CONNECTION, "removeConnection", connection_guid).await
    }

    async fn find_connections(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectionElement>> {
        family::find(&self.core, &kinds::CONNECTION, search_string, start_from, page_size).await
    }

    async fn get_connections_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectionElement>> {
        family::get_by_name(&self.core, &kinds::CONNECTION, name, start_from, page_size).await
    }

    async fn get_connection_by_guid(&self, connection_guid: &str) -> Result<ConnectionElement> {
        family::get_by_guid(&self.core, &kinds::CONNECTION, "getConnectionByGUID", connection_guid).await
    }

    async fn create_endpoint(&self, properties: EndpointProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::ENDPOINT, "createEndpoint", None, &properties).await
    }

    async fn create_endpoint_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::ENDPOINT,
            "createEndpointFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_endpoint(
        &self,
        endpoint_guid: &str,
        is_merge_update: bool,
        properties: EndpointProperties,
    ) -> Result<()> {
        family::update(&self.core, &kinds::ENDPOINT, "updateEndpoint", endpoint_guid, is_merge_update, &properties)
            .await
    }

    async fn remove_endpoint(&self, endpoint_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::ENDPOINT, "removeEndpoint", endpoint_guid).await
    }

    async fn find_endpoints(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EndpointElement>> {
        family::find(&self.core, &kinds::ENDPOINT, search_string, start_from, page_size).await
    }

    async fn get_endpoints_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<EndpointElement>> {
        family::get_by_name(&self.core, &kinds::ENDPOINT, name, start_from, page_size).await
    }

    async fn get_endpoint_by_guid(&self, endpoint_guid: &str) -> Result<EndpointElement> {
        family::get_by_guid(&self.core, &kinds::ENDPOINT, "getEndpointByGUID", endpoint_guid).await
    }

    async fn create_schema_type(&self, element_guid: &str, properties: SchemaTypeProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::SCHEMA_TYPE, "createSchemaType", Some(element_guid), &properties).await
    }

    async fn create_schema_type_from_template(
        &self,
        template_guid: &str,
        element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::SCHEMA_TYPE,
            "createSchemaTypeFromTemplate",
            template_guid,
            Some(element_guid),
            &template,
        )
        .await
    }

    async fn update_schema_type(
        &self,
        schema_type_guid: &str,
        is_merge_update: bool,
        properties: SchemaTypeProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::SCHEMA_TYPE,
            "updateSchemaType",
            schema_type_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_schema_type(&self, schema_type_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::SCHEMA_TYPE, "removeSchemaType", schema_type_guid).await
    }

    async fn find_schema_types(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>> {
        family::find(&self.core, &kinds::SCHEMA_TYPE, search_string, start_from, page_size).await
    }

    async fn get_schema_types_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>> {
        family::get_by_name(&self.core, &kinds::SCHEMA_TYPE, name, start_from, page_size).await
    }

    async fn get_schema_type_by_guid(&self, schema_type_guid: &str) -> Result<SchemaTypeElement> {
        family::get_by_guid(&self.core, &kinds::SCHEMA_TYPE, "getSchemaTypeByGUID", schema_type_guid).await
    }

    async fn get_schema_types_for_element(
        &self,
        element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::SCHEMA_TYPE,
            "getSchemaTypesForElement",
            element_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn create_schema_attribute(
        &self,
        parent_schema_element_guid: &str,
        properties: SchemaAttributeProperties,
    ) -> Result<Guid> {
        family::create(
            &self.core,
            &kinds::SCHEMA_ATTRIBUTE,
            "createSchemaAttribute",
            Some(parent_schema_element_guid),
            &properties,
        )
        .await
    }

    async fn create_schema_attribute_from_template(
        &self,
        template_guid: &str,
        parent_schema_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::SCHEMA_ATTRIBUTE,
            "createSchemaAttributeFromTemplate",
            template_guid,
            Some(parent_schema_element_guid),
            &template,
        )
        .await
    }

    async fn update_schema_attribute(
        &self,
        schema_attribute_guid: &str,
        is_merge_update: bool,
        properties: SchemaAttributeProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::SCHEMA_ATTRIBUTE,
            "updateSchemaAttribute",
            schema_attribute_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_schema_attribute(&self, schema_attribute_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::SCHEMA_ATTRIBUTE, "removeSchemaAttribute", schema_attribute_guid).await
    }

    async fn find_schema_attributes(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>> {
        family::find(&self.core, &kinds::SCHEMA_ATTRIBUTE, search_string, start_from, page_size).await
    }

    async fn get_schema_attributes_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>> {
        family::get_by_name(&self.core, &kinds::SCHEMA_ATTRIBUTE, name, start_from, page_size).await
    }

    async fn get_schema_attribute_by_guid(&self, schema_attribute_guid: &str) -> Result<SchemaAttributeElement> {
        family::get_by_guid(&self.core, &kinds::SCHEMA_ATTRIBUTE, "getSchemaAttributeByGUID", schema_attribute_guid)
            .await
    }

    async fn get_nested_attributes(
        &self,
        parent_schema_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::SCHEMA_ATTRIBUTE,
            "getNestedAttributes",
            parent_schema_element_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn get_schema_attribute_parent(&self, schema_attribute_guid: &str) -> Result<Option<ElementStub>> {
        family::parent_of(&self.core, &kinds::SCHEMA_ATTRIBUTE, "getSchemaAttributeParent", schema_attribute_guid).await
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

    async fn setup_connector_type(&self, connection_guid: &str, connector_type_guid: &str) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::CONNECTOR_TYPE_LINK,
            "setupConnectorType",
            connection_guid,
            connector_type_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn clear_connector_type(&self, connection_guid: &str, connector_type_guid: &str) -> Result<()> {
        family::unlink(
            &self.core,
            &kinds::CONNECTOR_TYPE_LINK,
            "clearConnectorType",
            connection_guid,
            connector_type_guid,
        )
        .await
    }

    async fn get_connector_type_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        family::list_links(&self.core, &kinds::CONNECTOR_TYPE_LINK, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_endpoint(&self, connection_guid: &str, endpoint_guid: &str) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::CONNECTION_ENDPOINT,
            "setupEndpoint",
            connection_guid,
            endpoint_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn clear_endpoint(&self, connection_guid: &str, endpoint_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::CONNECTION_ENDPOINT, "clearEndpoint", connection_guid, endpoint_guid).await
    }

    async fn get_connection_endpoint_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        family::list_links(&self.core, &kinds::CONNECTION_ENDPOINT, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_embedded_connection(
        &self,
        virtual_connection_guid: &str,
        embedded_connection_guid: &str,
        properties: EmbeddedConnectionProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::EMBEDDED_CONNECTION,
            "setupEmbeddedConnection",
            virtual_connection_guid,
            embedded_connection_guid,
            &properties,
        )
        .await
    }

    async fn update_embedded_connection(
        &self,
        virtual_connection_guid: &str,
        embedded_connection_guid: &str,
        is_merge_update: bool,
        properties: EmbeddedConnectionProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::EMBEDDED_CONNECTION,
            "updateEmbeddedConnection",
            virtual_connection_guid,
            embedded_connection_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn clear_embedded_connection(
        &self,
        virtual_connection_guid: &str,
        embedded_connection_guid: &str,
    ) -> Result<()> {
        family::unlink(
            &self.core,
            &kinds::EMBEDDED_CONNECTION,
            "clearEmbeddedConnection",
            virtual_connection_guid,
            embedded_connection_guid,
        )
        .await
    }

    async fn get_embedded_connection_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<EmbeddedConnectionProperties>>> {
        family::list_links(&self.core, &kinds::EMBEDDED_CONNECTION, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_asset_connection(&self, asset_guid: &str, connection_guid: &str) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::ASSET_CONNECTION,
            "setupAssetConnection",
            asset_guid,
            connection_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn clear_asset_connection(&self, asset_guid: &str, connection_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::ASSET_CONNECTION, "clearAssetConnection", asset_guid, connection_guid).await
    }

    async fn get_asset_connection_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        family::list_links(&self.core, &kinds::ASSET_CONNECTION, element_guid, at_end, start_from, page_size).await
    }
}

/// Synchronizes one scope of the analytics tool (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct AnalyticsSynchronizer {
    inner: TypedSynchronizer,
}

impl AnalyticsSynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<AnalyticsSynchronizer> {
        Ok(AnalyticsSynchronizer { inner: TypedSynchronizer::new(context, scope, options)? })
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

    /// Upserts an analytics model (`DeployedAnalyticsModel`) identified by the third party's `key`.
    pub async fn upsert_analytics_model(&mut self, key: &str, properties: &AnalyticsModelProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::ANALYTICS_MODEL, key, None, properties, Vec::new()).await
    }

    /// Upserts an analytics model run (`AnalyticsModelRun`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_analytics_model_run(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &AnalyticsModelRunProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::ANALYTICS_MODEL_RUN, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a data asset (`DataAsset`) identified by the third party's `key`.
    pub async fn upsert_data_asset(&mut self, key: &str, properties: &DataAssetProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATA_ASSET, key, None, properties, Vec::new()).await
    }

    /// Upserts a connection (`Connection`) identified by the third party's `key`.
    pub async fn upsert_connection(&mut self, key: &str, properties: &ConnectionProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::CONNECTION, key, None, properties, Vec::new()).await
    }

    /// Upserts an endpoint (`Endpoint`) identified by the third party's `key`.
    pub async fn upsert_endpoint(&mut self, key: &str, properties: &EndpointProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::ENDPOINT, key, None, properties, Vec::new()).await
    }

    /// Upserts a schema type (`SchemaType`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_schema_type(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &SchemaTypeProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::SCHEMA_TYPE, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a schema attribute (`SchemaAttribute`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_schema_attribute(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &SchemaAttributeProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::SCHEMA_ATTRIBUTE, key, Some(parent), properties, Vec::new()).await
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

    /// Upserts a connection endpoint relationship (`ConnectToEndpoint`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_connection_endpoint(&mut self, key: &str, end1: ElementRef, end2: ElementRef) -> Result<()> {
        self.inner.upsert_link(&kinds::CONNECTION_ENDPOINT, key, end1, end2, &ElementProperties::new()).await
    }

    /// Upserts an embedded connection relationship (`EmbeddedConnection`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_embedded_connection(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &EmbeddedConnectionProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::EMBEDDED_CONNECTION, key, end1, end2, properties).await
    }

    /// Upserts an asset connection relationship (`AssetConnection`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_asset_connection(&mut self, key: &str, end1: ElementRef, end2: ElementRef) -> Result<()> {
        self.inner.upsert_link(&kinds::ASSET_CONNECTION, key, end1, end2, &ElementProperties::new()).await
    }
}

/// A analytics integration connector (Egeria's `AnalyticsIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait AnalyticsIntegratorConnector: Send + 'static {
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
    fn set_context(&mut self, context: AnalyticsIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&AnalyticsIntegratorContext>;

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
}

/// Hosts an analytics connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`AnalyticsIntegratorContext`] (refusing one of another
/// service).
pub struct AnalyticsIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<AnalyticsIntegratorContext>,
}

impl<C: AnalyticsIntegratorConnector> AnalyticsIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> AnalyticsIntegratorAdapter<C> {
        AnalyticsIntegratorAdapter { connector, connection: None, context: None }
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
impl<C: AnalyticsIntegratorConnector> IntegrationConnector for AnalyticsIntegratorAdapter<C> {
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
        let typed = AnalyticsIntegratorContext::with_connection(context, self.connection.as_ref())?;
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
        Ok(0)
    }

    fn statistics(&self) -> BTreeMap<String, serde_json::Value> {
        self.connector.statistics()
    }
}

/// A analytics connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: AnalyticsIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(AnalyticsIntegratorAdapter::new(connector))
}
