// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the api integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

#![allow(clippy::too_many_lines, clippy::needless_lifetimes, clippy::too_many_arguments, clippy::ref_option_ref)]

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use crate::special::ApiParameterListType;
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
    APIElement, APIOperationElement, APIOperationProperties, APIParameterElement, APIParameterListElement,
    APIParameterListProperties, APIParameterProperties, APIProperties, ActivityStatus, ConnectionElement,
    ConnectionProperties, ConnectorTypeElement, ConnectorTypeProperties, DataItemSortOrder,
    EmbeddedConnectionProperties, EndpointElement, EndpointProperties, ValidValueAssignmentProperties,
    ValidValueElement, ValidValueMembershipProperties, ValidValueProperties,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;

/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Api;

/// The element types (with their subtypes) the default listener of an api connector hears about.
pub const LISTENER_TYPES: &[&str] =
    &["DeployedAPI", "APISchemaType", "APIOperation", "APIParameterList", "APIParameter", "Endpoint", "Connection"];

/// The service's default event filter: changes to [`LISTENER_TYPES`].
pub fn default_event_filter() -> EventFilter {
    EventFilter::element_types(LISTENER_TYPES)
}

/// The descriptions of the kinds of element the context handles.
pub mod kinds {
    use integration_daemon_api::family::{EntitySpec, Placement, RelationshipSpec};

    /// api: `DeployedAPI`.
    pub const API: EntitySpec = EntitySpec {
        kind: "api",
        type_name: "DeployedAPI",
        placement: Placement::Child {
            relationship: "APIEndpoint",
            parent_at_end1: false,
            own_anchor: true,
            required: false,
        },
        marker: None,
        excluded_marker: None,
    };

    /// api operation: `APIOperation`.
    pub const API_OPERATION: EntitySpec = EntitySpec {
        kind: "api operation",
        type_name: "APIOperation",
        placement: Placement::SchemaAttribute { schema_type: "APISchemaType", relationship: "APIOperations" },
        marker: None,
        excluded_marker: None,
    };

    /// api parameter list: `APIParameterList`.
    pub const API_PARAMETER_LIST: EntitySpec = EntitySpec {
        kind: "api parameter list",
        type_name: "APIParameterList",
        placement: Placement::Child {
            relationship: "APIRequest",
            parent_at_end1: true,
            own_anchor: false,
            required: true,
        },
        marker: None,
        excluded_marker: None,
    };

    /// api parameter: `APIParameter`.
    pub const API_PARAMETER: EntitySpec = EntitySpec {
        kind: "api parameter",
        type_name: "APIParameter",
        placement: Placement::SchemaAttribute { schema_type: "APIParameterList", relationship: "AttributeForSchema" },
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

    /// connection: `Connection`.
    pub const CONNECTION: EntitySpec = EntitySpec {
        kind: "connection",
        type_name: "Connection",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// connector type: `ConnectorType`.
    pub const CONNECTOR_TYPE: EntitySpec = EntitySpec {
        kind: "connector type",
        type_name: "ConnectorType",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// valid value: `ValidValueDefinition`.
    pub const VALID_VALUE: EntitySpec = EntitySpec {
        kind: "valid value",
        type_name: "ValidValueDefinition",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

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

    /// valid value member: `ValidValueMember`.
    pub const VALID_VALUE_MEMBER: RelationshipSpec =
        RelationshipSpec { kind: "valid value member", type_name: "ValidValueMember" };

    /// valid values assignment: `ValidValuesAssignment`.
    pub const VALID_VALUES_ASSIGNMENT: RelationshipSpec =
        RelationshipSpec { kind: "valid values assignment", type_name: "ValidValuesAssignment" };
}

/// The operations of an api integrator context (Egeria's `APIIntegratorConnector / APIIntegratorContext (Data Manager OMAS)`).
///
/// API gateways and managers: the endpoints they serve, the APIs behind them, their operations, header, request and response parameter lists and parameters.
///
/// Implemented over the repository by [`ApiIntegratorContext::new`]; with the `mocks` feature,
/// `MockApiIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait ApiIntegratorApi: Send + Sync {
    /// The connector's name.
    fn connector_name(&self) -> String;

    /// Which way metadata may flow for the connector.
    fn permitted_synchronization(&self) -> PermittedSynchronization;

    /// The qualified name of the api manager: the metadata source that owns what the connector creates.
    fn api_manager_name(&self) -> Option<String>;

    /// The GUID of the api manager's metadata source.
    fn api_manager_guid(&self) -> Option<String>;

    /// Whether new elements are owned by the api manager (on by default when a metadata source is configured).
    fn set_api_manager_is_home(&self, is_home: bool);

    /// Registers the connector's listener with the service's [`default_event_filter`].
    async fn register_listener(&self) -> Result<()>;

    /// Registers the connector's listener with a filter of its own.
    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;

    /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the api manager.
    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;

    /// The generic integration context underneath (`None` for a mock).
    fn integration_context(&self) -> Option<IntegrationContext>;

    /// A synchronizer for one scope of the api manager (a schema, a folder, a stream, ...).
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<ApiSynchronizer>;

    /// Creates an api (`DeployedAPI`) (under `endpoint_guid` when given); returns its GUID. Egeria: `createAPI`.
    async fn create_api<'a>(&self, endpoint_guid: Option<&'a str>, properties: APIProperties) -> Result<Guid>;

    /// Creates an api (`DeployedAPI`) (under `endpoint_guid` when given) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createAPIFromTemplate`.
    async fn create_api_from_template<'a>(
        &self,
        template_guid: &str,
        endpoint_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates an api (`DeployedAPI`): merge sets the fields given, replace swaps all properties. Egeria: `updateAPI`.
    async fn update_api(&self, api_guid: &str, is_merge_update: bool, properties: APIProperties) -> Result<()>;

    /// Removes an api (`DeployedAPI`) with what is anchored to it. Egeria: `removeAPI`.
    async fn remove_api(&self, api_guid: &str) -> Result<()>;

    /// The apis whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findApis`.
    async fn find_apis(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<APIElement>>;

    /// The apis whose qualified name or display name is `name`. Egeria: `getApisByName`.
    async fn get_apis_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<APIElement>>;

    /// One api (`DeployedAPI`) by GUID. Egeria: `getAPIByGUID`.
    async fn get_api_by_guid(&self, api_guid: &str) -> Result<APIElement>;

    /// The apis under `endpoint_guid`. Egeria: `getApisForEndpoint`.
    async fn get_apis_for_endpoint(
        &self,
        endpoint_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIElement>>;

    /// The apis of the connector's api manager: owned by it, or correlated with its keys. Egeria: `getMyApis`.
    async fn get_my_apis(&self, start_from: u32, page_size: u32) -> Result<Vec<APIElement>>;

    /// Publishes an api (`DeployedAPI`): adds it to the connector's publish zones. Egeria: `publishAPI`.
    async fn publish_api(&self, api_guid: &str) -> Result<()>;

    /// Withdraws an api (`DeployedAPI`): removes it from the connector's publish zones. Egeria: `withdrawAPI`.
    async fn withdraw_api(&self, api_guid: &str) -> Result<()>;

    /// Creates an api operation (`APIOperation`) under `api_guid`; returns its GUID. Egeria: `createAPIOperation`.
    async fn create_api_operation(&self, api_guid: &str, properties: APIOperationProperties) -> Result<Guid>;

    /// Creates an api operation (`APIOperation`) under `api_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createAPIOperationFromTemplate`.
    async fn create_api_operation_from_template(
        &self,
        template_guid: &str,
        api_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates an api operation (`APIOperation`): merge sets the fields given, replace swaps all properties. Egeria: `updateAPIOperation`.
    async fn update_api_operation(
        &self,
        api_operation_guid: &str,
        is_merge_update: bool,
        properties: APIOperationProperties,
    ) -> Result<()>;

    /// Removes an api operation (`APIOperation`) with what is anchored to it. Egeria: `removeAPIOperation`.
    async fn remove_api_operation(&self, api_operation_guid: &str) -> Result<()>;

    /// The api operations whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findAPIOperations`.
    async fn find_api_operations(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIOperationElement>>;

    /// The api operations whose qualified name or display name is `name`. Egeria: `getAPIOperationsByName`.
    async fn get_api_operations_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIOperationElement>>;

    /// One api operation (`APIOperation`) by GUID. Egeria: `getAPIOperationByGUID`.
    async fn get_api_operation_by_guid(&self, api_operation_guid: &str) -> Result<APIOperationElement>;

    /// The api operations under `api_guid`. Egeria: `getOperationsForAPI`.
    async fn get_operations_for_api(
        &self,
        api_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIOperationElement>>;

    /// Updates an api parameter list (`APIParameterList`): merge sets the fields given, replace swaps all properties. Egeria: `updateAPIParameterList`.
    async fn update_api_parameter_list(
        &self,
        api_parameter_list_guid: &str,
        is_merge_update: bool,
        properties: APIParameterListProperties,
    ) -> Result<()>;

    /// Removes an api parameter list (`APIParameterList`) with what is anchored to it. Egeria: `removeAPIParameterList`.
    async fn remove_api_parameter_list(&self, api_parameter_list_guid: &str) -> Result<()>;

    /// The api parameter lists whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findAPIParameterLists`.
    async fn find_api_parameter_lists(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIParameterListElement>>;

    /// The api parameter lists whose qualified name or display name is `name`. Egeria: `getAPIParameterListsByName`.
    async fn get_api_parameter_lists_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIParameterListElement>>;

    /// One api parameter list (`APIParameterList`) by GUID. Egeria: `getAPIParameterListByGUID`.
    async fn get_api_parameter_list_by_guid(&self, api_parameter_list_guid: &str) -> Result<APIParameterListElement>;

    /// Creates an api parameter (`APIParameter`) under `parent_schema_element_guid`; returns its GUID. Egeria: `createAPIParameter`.
    async fn create_api_parameter(
        &self,
        parent_schema_element_guid: &str,
        properties: APIParameterProperties,
    ) -> Result<Guid>;

    /// Creates an api parameter (`APIParameter`) under `parent_schema_element_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createAPIParameterFromTemplate`.
    async fn create_api_parameter_from_template(
        &self,
        template_guid: &str,
        parent_schema_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates an api parameter (`APIParameter`): merge sets the fields given, replace swaps all properties. Egeria: `updateAPIParameter`.
    async fn update_api_parameter(
        &self,
        api_parameter_guid: &str,
        is_merge_update: bool,
        properties: APIParameterProperties,
    ) -> Result<()>;

    /// Removes an api parameter (`APIParameter`) with what is anchored to it. Egeria: `removeAPIParameter`.
    async fn remove_api_parameter(&self, api_parameter_guid: &str) -> Result<()>;

    /// The api parameters whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findAPIParameters`.
    async fn find_api_parameters(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIParameterElement>>;

    /// The api parameters whose qualified name or display name is `name`. Egeria: `getAPIParametersByName`.
    async fn get_api_parameters_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIParameterElement>>;

    /// One api parameter (`APIParameter`) by GUID. Egeria: `getAPIParameterByGUID`.
    async fn get_api_parameter_by_guid(&self, api_parameter_guid: &str) -> Result<APIParameterElement>;

    /// The api parameters under `parent_schema_element_guid`. Egeria: `getParametersForParent`.
    async fn get_parameters_for_parent(
        &self,
        parent_schema_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIParameterElement>>;

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

    /// The connector types whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findConnectorTypes`.
    async fn find_connector_types(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectorTypeElement>>;

    /// The connector types whose qualified name or display name is `name`. Egeria: `getConnectorTypesByName`.
    async fn get_connector_types_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectorTypeElement>>;

    /// One connector type (`ConnectorType`) by GUID. Egeria: `getConnectorTypeByGUID`.
    async fn get_connector_type_by_guid(&self, connector_type_guid: &str) -> Result<ConnectorTypeElement>;

    /// Creates a valid value (`ValidValueDefinition`); returns its GUID. Egeria: `createValidValue`.
    async fn create_valid_value(&self, properties: ValidValueProperties) -> Result<Guid>;

    /// Creates a valid value (`ValidValueDefinition`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createValidValueFromTemplate`.
    async fn create_valid_value_from_template(&self, template_guid: &str, template: TemplateProperties)
    -> Result<Guid>;

    /// Updates a valid value (`ValidValueDefinition`): merge sets the fields given, replace swaps all properties. Egeria: `updateValidValue`.
    async fn update_valid_value(
        &self,
        valid_value_guid: &str,
        is_merge_update: bool,
        properties: ValidValueProperties,
    ) -> Result<()>;

    /// Removes a valid value (`ValidValueDefinition`) with what is anchored to it. Egeria: `removeValidValue`.
    async fn remove_valid_value(&self, valid_value_guid: &str) -> Result<()>;

    /// The valid values whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findValidValues`.
    async fn find_valid_values(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ValidValueElement>>;

    /// The valid values whose qualified name or display name is `name`. Egeria: `getValidValuesByName`.
    async fn get_valid_values_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ValidValueElement>>;

    /// One valid value (`ValidValueDefinition`) by GUID. Egeria: `getValidValueByGUID`.
    async fn get_valid_value_by_guid(&self, valid_value_guid: &str) -> Result<ValidValueElement>;

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

    /// Creates a valid value member relationship (`ValidValueMember`) from `valid_value_set_guid` to `valid_value_guid`; returns its GUID. Egeria: `setupValidValueMember`.
    async fn setup_valid_value_member(
        &self,
        valid_value_set_guid: &str,
        valid_value_guid: &str,
        properties: ValidValueMembershipProperties,
    ) -> Result<Guid>;

    /// Updates the valid value member relationship (`ValidValueMember`) from `valid_value_set_guid` to `valid_value_guid`. Egeria: `updateValidValueMember`.
    async fn update_valid_value_member(
        &self,
        valid_value_set_guid: &str,
        valid_value_guid: &str,
        is_merge_update: bool,
        properties: ValidValueMembershipProperties,
    ) -> Result<()>;

    /// Removes the valid value member relationship (`ValidValueMember`) from `valid_value_set_guid` to `valid_value_guid`. Egeria: `clearValidValueMember`.
    async fn clear_valid_value_member(&self, valid_value_set_guid: &str, valid_value_guid: &str) -> Result<()>;

    /// The valid value member relationships (`ValidValueMember`) an element takes part in, at `at_end` (or either). Egeria: `getValidValueMemberLinks`.
    async fn get_valid_value_member_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ValidValueMembershipProperties>>>;

    /// Creates a valid values assignment relationship (`ValidValuesAssignment`) from `element_guid` to `valid_value_guid`; returns its GUID. Egeria: `setupValidValues`.
    async fn setup_valid_values(
        &self,
        element_guid: &str,
        valid_value_guid: &str,
        properties: ValidValueAssignmentProperties,
    ) -> Result<Guid>;

    /// Updates the valid values assignment relationship (`ValidValuesAssignment`) from `element_guid` to `valid_value_guid`. Egeria: `updateValidValues`.
    async fn update_valid_values(
        &self,
        element_guid: &str,
        valid_value_guid: &str,
        is_merge_update: bool,
        properties: ValidValueAssignmentProperties,
    ) -> Result<()>;

    /// Removes the valid values assignment relationship (`ValidValuesAssignment`) from `element_guid` to `valid_value_guid`. Egeria: `clearValidValues`.
    async fn clear_valid_values(&self, element_guid: &str, valid_value_guid: &str) -> Result<()>;

    /// The valid values assignment relationships (`ValidValuesAssignment`) an element takes part in, at `at_end` (or either). Egeria: `getValidValuesAssignments`.
    async fn get_valid_values_assignments(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ValidValueAssignmentProperties>>>;

    /// Creates a parameter list of an API operation: its header, request or response (the relationship follows the list type). Egeria: `createAPIParameterList`.
    async fn create_api_parameter_list(
        &self,
        api_operation_guid: &str,
        list_type: ApiParameterListType,
        properties: APIParameterListProperties,
    ) -> Result<Guid>;

    /// The header, request and response parameter lists of an API operation, with their list types. Egeria: `getParameterListsForAPIOperation`.
    async fn get_parameter_lists_for_api_operation(
        &self,
        api_operation_guid: &str,
    ) -> Result<Vec<(ApiParameterListType, APIParameterListElement)>>;
}

/// The context of an api integration connector (Egeria's `APIIntegratorConnector / APIIntegratorContext (Data Manager OMAS)`): every method of
/// [`ApiIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct ApiIntegratorContext {
    api: Arc<dyn ApiIntegratorApi>,
}

impl ApiIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<ApiIntegratorContext> {
        ApiIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(core: IntegrationContext, connection: Option<&Connection>) -> Result<ApiIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let _ = connection;
        Ok(ApiIntegratorContext { api: Arc::new(ApiIntegratorClient { core }) })
    }

    /// A context over another implementation of the operations, such as `MockApiIntegratorApi`.
    pub fn from_api(api: Arc<dyn ApiIntegratorApi>) -> ApiIntegratorContext {
        ApiIntegratorContext { api }
    }
}

impl Deref for ApiIntegratorContext {
    type Target = dyn ApiIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for ApiIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct ApiIntegratorClient {
    pub(crate) core: IntegrationContext,
}

#[async_trait]
impl ApiIntegratorApi for ApiIntegratorClient {
    fn connector_name(&self) -> String {
        self.core.connector_name().to_owned()
    }

    fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.core.permitted_synchronization()
    }

    fn api_manager_name(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.qualified_name.clone())
    }

    fn api_manager_guid(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.guid.clone())
    }

    fn set_api_manager_is_home(&self, is_home: bool) {
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

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<ApiSynchronizer> {
        ApiSynchronizer::new(&self.core, scope, options)
    }

    async fn create_api<'a>(&self, endpoint_guid: Option<&'a str>, properties: APIProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::API, "createAPI", endpoint_guid, &properties).await
    }

    async fn create_api_from_template<'a>(
        &self,
        template_guid: &str,
        endpoint_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::API,
            "createAPIFromTemplate",
            template_guid,
            endpoint_guid,
            &template,
        )
        .await
    }

    async fn update_api(&self, api_guid: &str, is_merge_update: bool, properties: APIProperties) -> Result<()> {
        family::update(&self.core, &kinds::API, "updateAPI", api_guid, is_merge_update, &properties).await
    }

    async fn remove_api(&self, api_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::API, "removeAPI", api_guid).await
    }

    async fn find_apis(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<APIElement>> {
        family::find(&self.core, &kinds::API, search_string, start_from, page_size).await
    }

    async fn get_apis_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<APIElement>> {
        family::get_by_name(&self.core, &kinds::API, name, start_from, page_size).await
    }

    async fn get_api_by_guid(&self, api_guid: &str) -> Result<APIElement> {
        family::get_by_guid(&self.core, &kinds::API, "getAPIByGUID", api_guid).await
    }

    async fn get_apis_for_endpoint(
        &self,
        endpoint_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIElement>> {
        family::list_for_parent(&self.core, &kinds::API, "getApisForEndpoint", endpoint_guid, start_from, page_size)
            .await
    }

    async fn get_my_apis(&self, start_from: u32, page_size: u32) -> Result<Vec<APIElement>> {
        family::list_mine(&self.core, &kinds::API, start_from, page_size).await
    }

    async fn publish_api(&self, api_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::API, "publishAPI", api_guid).await
    }

    async fn withdraw_api(&self, api_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::API, "withdrawAPI", api_guid).await
    }

    async fn create_api_operation(&self, api_guid: &str, properties: APIOperationProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::API_OPERATION, "createAPIOperation", Some(api_guid), &properties).await
    }

    async fn create_api_operation_from_template(
        &self,
        template_guid: &str,
        api_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::API_OPERATION,
            "createAPIOperationFromTemplate",
            template_guid,
            Some(api_guid),
            &template,
        )
        .await
    }

    async fn update_api_operation(
        &self,
        api_operation_guid: &str,
        is_merge_update: bool,
        properties: APIOperationProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::API_OPERATION,
            "updateAPIOperation",
            api_operation_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_api_operation(&self, api_operation_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::API_OPERATION, "removeAPIOperation", api_operation_guid).await
    }

    async fn find_api_operations(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIOperationElement>> {
        family::find(&self.core, &kinds::API_OPERATION, search_string, start_from, page_size).await
    }

    async fn get_api_operations_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIOperationElement>> {
        family::get_by_name(&self.core, &kinds::API_OPERATION, name, start_from, page_size).await
    }

    async fn get_api_operation_by_guid(&self, api_operation_guid: &str) -> Result<APIOperationElement> {
        family::get_by_guid(&self.core, &kinds::API_OPERATION, "getAPIOperationByGUID", api_operation_guid).await
    }

    async fn get_operations_for_api(
        &self,
        api_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIOperationElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::API_OPERATION,
            "getOperationsForAPI",
            api_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn update_api_parameter_list(
        &self,
        api_parameter_list_guid: &str,
        is_merge_update: bool,
        properties: APIParameterListProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::API_PARAMETER_LIST,
            "updateAPIParameterList",
            api_parameter_list_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_api_parameter_list(&self, api_parameter_list_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::API_PARAMETER_LIST, "removeAPIParameterList", api_parameter_list_guid).await
    }

    async fn find_api_parameter_lists(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIParameterListElement>> {
        family::find(&self.core, &kinds::API_PARAMETER_LIST, search_string, start_from, page_size).await
    }

    async fn get_api_parameter_lists_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIParameterListElement>> {
        family::get_by_name(&self.core, &kinds::API_PARAMETER_LIST, name, start_from, page_size).await
    }

    async fn get_api_parameter_list_by_guid(&self, api_parameter_list_guid: &str) -> Result<APIParameterListElement> {
        family::get_by_guid(
            &self.core,
            &kinds::API_PARAMETER_LIST,
            "getAPIParameterListByGUID",
            api_parameter_list_guid,
        )
        .await
    }

    async fn create_api_parameter(
        &self,
        parent_schema_element_guid: &str,
        properties: APIParameterProperties,
    ) -> Result<Guid> {
        family::create(
            &self.core,
            &kinds::API_PARAMETER,
            "createAPIParameter",
            Some(parent_schema_element_guid),
            &properties,
        )
        .await
    }

    async fn create_api_parameter_from_template(
        &self,
        template_guid: &str,
        parent_schema_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::API_PARAMETER,
            "createAPIParameterFromTemplate",
            template_guid,
            Some(parent_schema_element_guid),
            &template,
        )
        .await
    }

    async fn update_api_parameter(
        &self,
        api_parameter_guid: &str,
        is_merge_update: bool,
        properties: APIParameterProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::API_PARAMETER,
            "updateAPIParameter",
            api_parameter_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_api_parameter(&self, api_parameter_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::API_PARAMETER, "removeAPIParameter", api_parameter_guid).await
    }

    async fn find_api_parameters(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIParameterElement>> {
        family::find(&self.core, &kinds::API_PARAMETER, search_string, start_from, page_size).await
    }

    async fn get_api_parameters_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIParameterElement>> {
        family::get_by_name(&self.core, &kinds::API_PARAMETER, name, start_from, page_size).await
    }

    async fn get_api_parameter_by_guid(&self, api_parameter_guid: &str) -> Result<APIParameterElement> {
        family::get_by_guid(&self.core, &kinds::API_PARAMETER, "getAPIParameterByGUID", api_parameter_guid).await
    }

    async fn get_parameters_for_parent(
        &self,
        parent_schema_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<APIParameterElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::API_PARAMETER,
            "getParametersForParent",
            parent_schema_element_guid,
            start_from,
            page_size,
        )
        .await
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

    async fn find_connector_types(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectorTypeElement>> {
        family::find(&self.core, &kinds::CONNECTOR_TYPE, search_string, start_from, page_size).await
    }

    async fn get_connector_types_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectorTypeElement>> {
        family::get_by_name(&self.core, &kinds::CONNECTOR_TYPE, name, start_from, page_size).await
    }

    async fn get_connector_type_by_guid(&self, connector_type_guid: &str) -> Result<ConnectorTypeElement> {
        family::get_by_guid(&self.core, &kinds::CONNECTOR_TYPE, "getConnectorTypeByGUID", connector_type_guid).await
    }

    async fn create_valid_value(&self, properties: ValidValueProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::VALID_VALUE, "createValidValue", None, &properties).await
    }

    async fn create_valid_value_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::VALID_VALUE,
            "createValidValueFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_valid_value(
        &self,
        valid_value_guid: &str,
        is_merge_update: bool,
        properties: ValidValueProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::VALID_VALUE,
            "updateValidValue",
            valid_value_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_valid_value(&self, valid_value_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::VALID_VALUE, "removeValidValue", valid_value_guid).await
    }

    async fn find_valid_values(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ValidValueElement>> {
        family::find(&self.core, &kinds::VALID_VALUE, search_string, start_from, page_size).await
    }

    async fn get_valid_values_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ValidValueElement>> {
        family::get_by_name(&self.core, &kinds::VALID_VALUE, name, start_from, page_size).await
    }

    async fn get_valid_value_by_guid(&self, valid_value_guid: &str) -> Result<ValidValueElement> {
        family::get_by_guid(&self.core, &kinds::VALID_VALUE, "getValidValueByGUID", valid_value_guid).await
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

    async fn setup_valid_value_member(
        &self,
        valid_value_set_guid: &str,
        valid_value_guid: &str,
        properties: ValidValueMembershipProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::VALID_VALUE_MEMBER,
            "setupValidValueMember",
            valid_value_set_guid,
            valid_value_guid,
            &properties,
        )
        .await
    }

    async fn update_valid_value_member(
        &self,
        valid_value_set_guid: &str,
        valid_value_guid: &str,
        is_merge_update: bool,
        properties: ValidValueMembershipProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::VALID_VALUE_MEMBER,
            "updateValidValueMember",
            valid_value_set_guid,
            valid_value_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn clear_valid_value_member(&self, valid_value_set_guid: &str, valid_value_guid: &str) -> Result<()> {
        family::unlink(
            &self.core,
            &kinds::VALID_VALUE_MEMBER,
            "clearValidValueMember",
            valid_value_set_guid,
            valid_value_guid,
        )
        .await
    }

    async fn get_valid_value_member_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ValidValueMembershipProperties>>> {
        family::list_links(&self.core, &kinds::VALID_VALUE_MEMBER, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_valid_values(
        &self,
        element_guid: &str,
        valid_value_guid: &str,
        properties: ValidValueAssignmentProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::VALID_VALUES_ASSIGNMENT,
            "setupValidValues",
            element_guid,
            valid_value_guid,
            &properties,
        )
        .await
    }

    async fn update_valid_values(
        &self,
        element_guid: &str,
        valid_value_guid: &str,
        is_merge_update: bool,
        properties: ValidValueAssignmentProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::VALID_VALUES_ASSIGNMENT,
            "updateValidValues",
            element_guid,
            valid_value_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn clear_valid_values(&self, element_guid: &str, valid_value_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::VALID_VALUES_ASSIGNMENT, "clearValidValues", element_guid, valid_value_guid)
            .await
    }

    async fn get_valid_values_assignments(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ValidValueAssignmentProperties>>> {
        family::list_links(&self.core, &kinds::VALID_VALUES_ASSIGNMENT, element_guid, at_end, start_from, page_size)
            .await
    }

    async fn create_api_parameter_list(
        &self,
        api_operation_guid: &str,
        list_type: ApiParameterListType,
        properties: APIParameterListProperties,
    ) -> Result<Guid> {
        crate::special::create_api_parameter_list(self, api_operation_guid, list_type, properties).await
    }

    async fn get_parameter_lists_for_api_operation(
        &self,
        api_operation_guid: &str,
    ) -> Result<Vec<(ApiParameterListType, APIParameterListElement)>> {
        crate::special::get_parameter_lists_for_api_operation(self, api_operation_guid).await
    }
}

/// Synchronizes one scope of the api manager (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct ApiSynchronizer {
    inner: TypedSynchronizer,
}

impl ApiSynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<ApiSynchronizer> {
        Ok(ApiSynchronizer { inner: TypedSynchronizer::new(context, scope, options)? })
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

    /// Upserts an api (`DeployedAPI`) (under `parent` when given) identified by the third party's `key`.
    pub async fn upsert_api(
        &mut self,
        key: &str,
        parent: Option<ElementRef>,
        properties: &APIProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::API, key, parent, properties, Vec::new()).await
    }

    /// Upserts an api operation (`APIOperation`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_api_operation(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &APIOperationProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::API_OPERATION, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts an api parameter (`APIParameter`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_api_parameter(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &APIParameterProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::API_PARAMETER, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts an endpoint (`Endpoint`) identified by the third party's `key`.
    pub async fn upsert_endpoint(&mut self, key: &str, properties: &EndpointProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::ENDPOINT, key, None, properties, Vec::new()).await
    }

    /// Upserts a connection (`Connection`) identified by the third party's `key`.
    pub async fn upsert_connection(&mut self, key: &str, properties: &ConnectionProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::CONNECTION, key, None, properties, Vec::new()).await
    }

    /// Upserts a valid value (`ValidValueDefinition`) identified by the third party's `key`.
    pub async fn upsert_valid_value(&mut self, key: &str, properties: &ValidValueProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::VALID_VALUE, key, None, properties, Vec::new()).await
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

    /// Upserts a valid value member relationship (`ValidValueMember`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_valid_value_member(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &ValidValueMembershipProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::VALID_VALUE_MEMBER, key, end1, end2, properties).await
    }

    /// Upserts a valid values assignment relationship (`ValidValuesAssignment`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_valid_values_assignment(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &ValidValueAssignmentProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::VALID_VALUES_ASSIGNMENT, key, end1, end2, properties).await
    }
}

/// A api integration connector (Egeria's `ApiIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait ApiIntegratorConnector: Send + 'static {
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
    fn set_context(&mut self, context: ApiIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&ApiIntegratorContext>;

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

/// Hosts an api connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`ApiIntegratorContext`] (refusing one of another
/// service).
pub struct ApiIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<ApiIntegratorContext>,
}

impl<C: ApiIntegratorConnector> ApiIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> ApiIntegratorAdapter<C> {
        ApiIntegratorAdapter { connector, connection: None, context: None }
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
impl<C: ApiIntegratorConnector> IntegrationConnector for ApiIntegratorAdapter<C> {
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
        let typed = ApiIntegratorContext::with_connection(context, self.connection.as_ref())?;
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

/// A api connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: ApiIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(ApiIntegratorAdapter::new(connector))
}
