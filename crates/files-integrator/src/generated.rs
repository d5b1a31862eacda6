// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the files integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

#![allow(clippy::too_many_lines, clippy::needless_lifetimes, clippy::too_many_arguments, clippy::ref_option_ref)]

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use crate::special::ArchiveProperties;
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
    CapabilityAssetUseProperties, CapabilityAssetUseType, ConnectionElement, ConnectionProperties,
    ConnectorTypeElement, ConnectorTypeProperties, ContentStatus, DataFileElement, DataFileProperties,
    DataItemSortOrder, EmbeddedConnectionProperties, EndpointElement, EndpointProperties, FileFolderElement,
    FileFolderProperties, TabularColumnElement, TabularColumnProperties, ValidValueAssignmentProperties,
    ValidValueElement, ValidValueMembershipProperties, ValidValueProperties,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;

/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Files;

/// The element types (with their subtypes) the default listener of a files connector hears about.
pub const LISTENER_TYPES: &[&str] = &[
    "FileSystem",
    "FileFolder",
    "DataFile",
    "TabularSchemaType",
    "TabularColumn",
    "Connection",
    "Endpoint",
    "ValidValueDefinition",
];

/// The service's default event filter: changes to [`LISTENER_TYPES`].
pub fn default_event_filter() -> EventFilter {
    EventFilter::element_types(LISTENER_TYPES)
}

/// The descriptions of the kinds of element the context handles.
pub mod kinds {
    use integration_daemon_api::family::{EntitySpec, Placement, RelationshipSpec};

    /// file folder: `FileFolder`.
    pub const FILE_FOLDER: EntitySpec = EntitySpec {
        kind: "file folder",
        type_name: "FileFolder",
        placement: Placement::Child {
            relationship: "FolderHierarchy",
            parent_at_end1: true,
            own_anchor: true,
            required: false,
        },
        marker: None,
        excluded_marker: None,
    };

    /// data file: `DataFile`.
    pub const DATA_FILE: EntitySpec = EntitySpec {
        kind: "data file",
        type_name: "DataFile",
        placement: Placement::Child {
            relationship: "NestedFile",
            parent_at_end1: true,
            own_anchor: true,
            required: false,
        },
        marker: None,
        excluded_marker: None,
    };

    /// data folder: `DataFolder`.
    pub const DATA_FOLDER: EntitySpec = EntitySpec {
        kind: "data folder",
        type_name: "DataFolder",
        placement: Placement::Child {
            relationship: "FolderHierarchy",
            parent_at_end1: true,
            own_anchor: true,
            required: false,
        },
        marker: None,
        excluded_marker: None,
    };

    /// tabular column: `TabularColumn`.
    pub const TABULAR_COLUMN: EntitySpec = EntitySpec {
        kind: "tabular column",
        type_name: "TabularColumn",
        placement: Placement::SchemaAttribute { schema_type: "TabularSchemaType", relationship: "AttributeForSchema" },
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

    /// top level folder: `CapabilityAssetUse`.
    pub const TOP_LEVEL_FOLDER: RelationshipSpec =
        RelationshipSpec { kind: "top level folder", type_name: "CapabilityAssetUse" };

    /// linked file: `LinkedFile`.
    pub const LINKED_FILE: RelationshipSpec = RelationshipSpec { kind: "linked file", type_name: "LinkedFile" };

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

/// The operations of a files integrator context (Egeria's `FilesIntegratorConnector / FilesIntegratorContext (Data Manager OMAS)`).
///
/// File systems and file managers: folders, data files of every format, folders treated as one data set, and the columns of tabular files.
///
/// Implemented over the repository by [`FilesIntegratorContext::new`]; with the `mocks` feature,
/// `MockFilesIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait FilesIntegratorApi: Send + Sync {
    /// The connector's name.
    fn connector_name(&self) -> String;

    /// Which way metadata may flow for the connector.
    fn permitted_synchronization(&self) -> PermittedSynchronization;

    /// The qualified name of the file manager: the metadata source that owns what the connector creates.
    fn file_manager_name(&self) -> Option<String>;

    /// The GUID of the file manager's metadata source.
    fn file_manager_guid(&self) -> Option<String>;

    /// Whether new elements are owned by the file manager (on by default when a metadata source is configured).
    fn set_file_manager_is_home(&self, is_home: bool);

    /// Registers the connector's listener with the service's [`default_event_filter`].
    async fn register_listener(&self) -> Result<()>;

    /// Registers the connector's listener with a filter of its own.
    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;

    /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the file manager.
    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;

    /// The generic integration context underneath (`None` for a mock).
    fn integration_context(&self) -> Option<IntegrationContext>;

    /// A synchronizer for one scope of the file manager (a schema, a folder, a stream, ...).
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<FilesSynchronizer>;

    /// Creates a file folder (`FileFolder`) (under `parent_folder_guid` when given); returns its GUID. Egeria: `createFolder`.
    async fn create_folder<'a>(
        &self,
        parent_folder_guid: Option<&'a str>,
        properties: FileFolderProperties,
    ) -> Result<Guid>;

    /// Creates a file folder (`FileFolder`) (under `parent_folder_guid` when given) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createFolderFromTemplate`.
    async fn create_folder_from_template<'a>(
        &self,
        template_guid: &str,
        parent_folder_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a file folder (`FileFolder`): merge sets the fields given, replace swaps all properties. Egeria: `updateFolder`.
    async fn update_folder(
        &self,
        file_folder_guid: &str,
        is_merge_update: bool,
        properties: FileFolderProperties,
    ) -> Result<()>;

    /// Removes a file folder (`FileFolder`) with what is anchored to it. Egeria: `removeFolder`.
    async fn remove_folder(&self, file_folder_guid: &str) -> Result<()>;

    /// The file folders whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findFolders`.
    async fn find_folders(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<FileFolderElement>>;

    /// The file folders whose qualified name or display name is `name`. Egeria: `getFoldersByName`.
    async fn get_folders_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<FileFolderElement>>;

    /// One file folder (`FileFolder`) by GUID. Egeria: `getFolderByGUID`.
    async fn get_folder_by_guid(&self, file_folder_guid: &str) -> Result<FileFolderElement>;

    /// The file folders under `parent_folder_guid`. Egeria: `getNestedFolders`.
    async fn get_nested_folders(
        &self,
        parent_folder_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<FileFolderElement>>;

    /// The file folders of the connector's file manager: owned by it, or correlated with its keys. Egeria: `getMyFolders`.
    async fn get_my_folders(&self, start_from: u32, page_size: u32) -> Result<Vec<FileFolderElement>>;

    /// Publishes a file folder (`FileFolder`): adds it to the connector's publish zones. Egeria: `publishFolder`.
    async fn publish_folder(&self, file_folder_guid: &str) -> Result<()>;

    /// Withdraws a file folder (`FileFolder`): removes it from the connector's publish zones. Egeria: `withdrawFolder`.
    async fn withdraw_folder(&self, file_folder_guid: &str) -> Result<()>;

    /// Creates a data file (`DataFile`) (under `folder_guid` when given) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `addDataFileToCatalogFromTemplate`.
    async fn add_data_file_to_catalog_from_template<'a>(
        &self,
        template_guid: &str,
        folder_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a data file (`DataFile`): merge sets the fields given, replace swaps all properties. Egeria: `updateDataFileInCatalog`.
    async fn update_data_file_in_catalog(
        &self,
        data_file_guid: &str,
        is_merge_update: bool,
        properties: DataFileProperties,
    ) -> Result<()>;

    /// The data files whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findDataFiles`.
    async fn find_data_files(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataFileElement>>;

    /// The data files whose qualified name or display name is `name`. Egeria: `getDataFilesByName`.
    async fn get_data_files_by_name(&self, name: &str, start_from: u32, page_size: u32)
    -> Result<Vec<DataFileElement>>;

    /// One data file (`DataFile`) by GUID. Egeria: `getFileByGUID`.
    async fn get_file_by_guid(&self, data_file_guid: &str) -> Result<DataFileElement>;

    /// The data files under `folder_guid`. Egeria: `getFolderFiles`.
    async fn get_folder_files(
        &self,
        folder_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataFileElement>>;

    /// Publishes a data file (`DataFile`): adds it to the connector's publish zones. Egeria: `publishDataFile`.
    async fn publish_data_file(&self, data_file_guid: &str) -> Result<()>;

    /// Withdraws a data file (`DataFile`): removes it from the connector's publish zones. Egeria: `withdrawDataFile`.
    async fn withdraw_data_file(&self, data_file_guid: &str) -> Result<()>;

    /// The data files of the connector's file manager: owned by it, or correlated with its keys. Egeria: `getMyDataFiles`.
    async fn get_my_data_files(&self, start_from: u32, page_size: u32) -> Result<Vec<DataFileElement>>;

    /// Creates a data folder (`DataFolder`) (under `parent_folder_guid` when given) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `addDataFolderToCatalogFromTemplate`.
    async fn add_data_folder_to_catalog_from_template<'a>(
        &self,
        template_guid: &str,
        parent_folder_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a data folder (`DataFolder`): merge sets the fields given, replace swaps all properties. Egeria: `updateDataFolderInCatalog`.
    async fn update_data_folder_in_catalog(
        &self,
        data_folder_guid: &str,
        is_merge_update: bool,
        properties: FileFolderProperties,
    ) -> Result<()>;

    /// The data folders whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findDataFolders`.
    async fn find_data_folders(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<FileFolderElement>>;

    /// The data folders whose qualified name or display name is `name`. Egeria: `getDataFoldersByName`.
    async fn get_data_folders_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<FileFolderElement>>;

    /// One data folder (`DataFolder`) by GUID. Egeria: `getDataFolderByGUID`.
    async fn get_data_folder_by_guid(&self, data_folder_guid: &str) -> Result<FileFolderElement>;

    /// Publishes a data folder (`DataFolder`): adds it to the connector's publish zones. Egeria: `publishDataFolder`.
    async fn publish_data_folder(&self, data_folder_guid: &str) -> Result<()>;

    /// Withdraws a data folder (`DataFolder`): removes it from the connector's publish zones. Egeria: `withdrawDataFolder`.
    async fn withdraw_data_folder(&self, data_folder_guid: &str) -> Result<()>;

    /// Creates a tabular column (`TabularColumn`) under `data_file_guid`; returns its GUID. Egeria: `createTabularColumn`.
    async fn create_tabular_column(&self, data_file_guid: &str, properties: TabularColumnProperties) -> Result<Guid>;

    /// Creates a tabular column (`TabularColumn`) under `data_file_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createTabularColumnFromTemplate`.
    async fn create_tabular_column_from_template(
        &self,
        template_guid: &str,
        data_file_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a tabular column (`TabularColumn`): merge sets the fields given, replace swaps all properties. Egeria: `updateTabularColumn`.
    async fn update_tabular_column(
        &self,
        tabular_column_guid: &str,
        is_merge_update: bool,
        properties: TabularColumnProperties,
    ) -> Result<()>;

    /// Removes a tabular column (`TabularColumn`) with what is anchored to it. Egeria: `removeTabularColumn`.
    async fn remove_tabular_column(&self, tabular_column_guid: &str) -> Result<()>;

    /// The tabular columns whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findTabularColumns`.
    async fn find_tabular_columns(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TabularColumnElement>>;

    /// The tabular columns whose qualified name or display name is `name`. Egeria: `getTabularColumnsByName`.
    async fn get_tabular_columns_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TabularColumnElement>>;

    /// One tabular column (`TabularColumn`) by GUID. Egeria: `getTabularColumnByGUID`.
    async fn get_tabular_column_by_guid(&self, tabular_column_guid: &str) -> Result<TabularColumnElement>;

    /// The tabular columns under `data_file_guid`. Egeria: `getColumnsForDataFile`.
    async fn get_columns_for_data_file(
        &self,
        data_file_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TabularColumnElement>>;

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

    /// Creates a top level folder relationship (`CapabilityAssetUse`) from `file_system_guid` to `folder_guid`; returns its GUID. Egeria: `attachTopLevelFolder`.
    async fn attach_top_level_folder(
        &self,
        file_system_guid: &str,
        folder_guid: &str,
        properties: CapabilityAssetUseProperties,
    ) -> Result<Guid>;

    /// Removes the top level folder relationship (`CapabilityAssetUse`) from `file_system_guid` to `folder_guid`. Egeria: `detachTopLevelFolder`.
    async fn detach_top_level_folder(&self, file_system_guid: &str, folder_guid: &str) -> Result<()>;

    /// The top level folder relationships (`CapabilityAssetUse`) an element takes part in, at `at_end` (or either). Egeria: `getTopLevelFolderLinks`.
    async fn get_top_level_folder_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<CapabilityAssetUseProperties>>>;

    /// Creates a linked file relationship (`LinkedFile`) from `folder_guid` to `data_file_guid`; returns its GUID. Egeria: `attachDataFileAssetToFolder`.
    async fn attach_data_file_asset_to_folder(&self, folder_guid: &str, data_file_guid: &str) -> Result<Guid>;

    /// Removes the linked file relationship (`LinkedFile`) from `folder_guid` to `data_file_guid`. Egeria: `detachDataFileAssetFromFolder`.
    async fn detach_data_file_asset_from_folder(&self, folder_guid: &str, data_file_guid: &str) -> Result<()>;

    /// The linked file relationships (`LinkedFile`) an element takes part in, at `at_end` (or either). Egeria: `getLinkedFileLinks`.
    async fn get_linked_file_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>>;

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

    /// Creates the folders of a path under a parent folder or file system, reusing those already catalogued; returns their GUIDs, top first. Egeria: `createNestedFolders`.
    async fn create_nested_folders(&self, parent_guid: &str, path_name: &str) -> Result<Vec<Guid>>;

    /// Catalogs a data file from its pathName, creating the folders of its path that are missing; returns the GUIDs of the folders (top first) and, last, of the file. Egeria: `addDataFileToCatalog`.
    async fn add_data_file_to_catalog(&self, properties: DataFileProperties) -> Result<Vec<Guid>>;

    /// Catalogs a folder that is one data set (DataFolder) from its pathName, creating its parent folders when missing; returns the folder GUIDs, top first, the data folder last. Egeria: `addDataFolderToCatalog`.
    async fn add_data_folder_to_catalog(&self, properties: FileFolderProperties) -> Result<Vec<Guid>>;

    /// Archives a data file that no longer exists: it stays for lineage (Memento) but leaves normal queries. Egeria: `archiveDataFileInCatalog`.
    async fn archive_data_file_in_catalog(&self, data_file_guid: &str, archive: ArchiveProperties) -> Result<()>;

    /// Archives a data folder that no longer exists. Egeria: `archiveDataFolderInCatalog`.
    async fn archive_data_folder_in_catalog(&self, data_folder_guid: &str, archive: ArchiveProperties) -> Result<()>;

    /// Removes a data file from the catalog; the path name must match the file's. Egeria: `deleteDataFileFromCatalog`.
    async fn delete_data_file_from_catalog(&self, data_file_guid: &str, full_path_name: &str) -> Result<()>;

    /// The data file catalogued with this path name, if any. Egeria: `getFileByPathName`.
    async fn get_file_by_path_name(&self, path_name: &str) -> Result<Option<DataFileElement>>;

    /// The folder catalogued with this path name, if any. Egeria: `getFolderByPathName`.
    async fn get_folder_by_path_name(&self, path_name: &str) -> Result<Option<FileFolderElement>>;

    /// The folders attached directly to a file system. Egeria: `getTopLevelFolders`.
    async fn get_top_level_folders(
        &self,
        file_system_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<FileFolderElement>>;
}

/// The context of a files integration connector (Egeria's `FilesIntegratorConnector / FilesIntegratorContext (Data Manager OMAS)`): every method of
/// [`FilesIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct FilesIntegratorContext {
    api: Arc<dyn FilesIntegratorApi>,
}

impl FilesIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<FilesIntegratorContext> {
        FilesIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(
        core: IntegrationContext,
        connection: Option<&Connection>,
    ) -> Result<FilesIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let _ = connection;
        Ok(FilesIntegratorContext { api: Arc::new(FilesIntegratorClient { core }) })
    }

    /// A context over another implementation of the operations, such as `MockFilesIntegratorApi`.
    pub fn from_api(api: Arc<dyn FilesIntegratorApi>) -> FilesIntegratorContext {
        FilesIntegratorContext { api }
    }
}

impl Deref for FilesIntegratorContext {
    type Target = dyn FilesIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for FilesIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FilesIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct FilesIntegratorClient {
    pub(crate) core: IntegrationContext,
}

#[async_trait]
impl FilesIntegratorApi for FilesIntegratorClient {
    fn connector_name(&self) -> String {
        self.core.connector_name().to_owned()
    }

    fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.core.permitted_synchronization()
    }

    fn file_manager_name(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.qualified_name.clone())
    }

    fn file_manager_guid(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.guid.clone())
    }

    fn set_file_manager_is_home(&self, is_home: bool) {
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

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<FilesSynchronizer> {
        FilesSynchronizer::new(&self.core, scope, options)
    }

    async fn create_folder<'a>(
        &self,
        parent_folder_guid: Option<&'a str>,
        properties: FileFolderProperties,
    ) -> Result<Guid> {
        family::create(&self.core, &kinds::FILE_FOLDER, "createFolder", parent_folder_guid, &properties).await
    }

    async fn create_folder_from_template<'a>(
        &self,
        template_guid: &str,
        parent_folder_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::FILE_FOLDER,
            "createFolderFromTemplate",
            template_guid,
            parent_folder_guid,
            &template,
        )
        .await
    }

    async fn update_folder(
        &self,
        file_folder_guid: &str,
        is_merge_update: bool,
        properties: FileFolderProperties,
    ) -> Result<()> {
        family::update(&self.core, &kinds::FILE_FOLDER, "updateFolder", file_folder_guid, is_merge_update, &properties)
            .await
    }

    async fn remove_folder(&self, file_folder_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::FILE_FOLDER, "removeFolder", file_folder_guid).await
    }

    async fn find_folders(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<FileFolderElement>> {
        family::find(&self.core, &kinds::FILE_FOLDER, search_string, start_from, page_size).await
    }

    async fn get_folders_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<FileFolderElement>> {
        family::get_by_name(&self.core, &kinds::FILE_FOLDER, name, start_from, page_size).await
    }

    async fn get_folder_by_guid(&self, file_folder_guid: &str) -> Result<FileFolderElement> {
        family::get_by_guid(&self.core, &kinds::FILE_FOLDER, "getFolderByGUID", file_folder_guid).await
    }

    async fn get_nested_folders(
        &self,
        parent_folder_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<FileFolderElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::FILE_FOLDER,
            "getNestedFolders",
            parent_folder_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn get_my_folders(&self, start_from: u32, page_size: u32) -> Result<Vec<FileFolderElement>> {
        family::list_mine(&self.core, &kinds::FILE_FOLDER, start_from, page_size).await
    }

    async fn publish_folder(&self, file_folder_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::FILE_FOLDER, "publishFolder", file_folder_guid).await
    }

    async fn withdraw_folder(&self, file_folder_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::FILE_FOLDER, "withdrawFolder", file_folder_guid).await
    }

    async fn add_data_file_to_catalog_from_template<'a>(
        &self,
        template_guid: &str,
        folder_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::DATA_FILE,
            "addDataFileToCatalogFromTemplate",
            template_guid,
            folder_guid,
            &template,
        )
        .await
    }

    async fn update_data_file_in_catalog(
        &self,
        data_file_guid: &str,
        is_merge_update: bool,
        properties: DataFileProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::DATA_FILE,
            "updateDataFileInCatalog",
            data_file_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn find_data_files(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataFileElement>> {
        family::find(&self.core, &kinds::DATA_FILE, search_string, start_from, page_size).await
    }

    async fn get_data_files_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataFileElement>> {
        family::get_by_name(&self.core, &kinds::DATA_FILE, name, start_from, page_size).await
    }

    async fn get_file_by_guid(&self, data_file_guid: &str) -> Result<DataFileElement> {
        family::get_by_guid(&self.core, &kinds::DATA_FILE, "getFileByGUID", data_file_guid).await
    }

    async fn get_folder_files(
        &self,
        folder_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataFileElement>> {
        family::list_for_parent(&self.core, &kinds::DATA_FILE, "getFolderFiles", folder_guid, start_from, page_size)
            .await
    }

    async fn publish_data_file(&self, data_file_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::DATA_FILE, "publishDataFile", data_file_guid).await
    }

    async fn withdraw_data_file(&self, data_file_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::DATA_FILE, "withdrawDataFile", data_file_guid).await
    }

    async fn get_my_data_files(&self, start_from: u32, page_size: u32) -> Result<Vec<DataFileElement>> {
        family::list_mine(&self.core, &kinds::DATA_FILE, start_from, page_size).await
    }

    async fn add_data_folder_to_catalog_from_template<'a>(
        &self,
        template_guid: &str,
        parent_folder_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::DATA_FOLDER,
            "addDataFolderToCatalogFromTemplate",
            template_guid,
            parent_folder_guid,
            &template,
        )
        .await
    }

    async fn update_data_folder_in_catalog(
        &self,
        data_folder_guid: &str,
        is_merge_update: bool,
        properties: FileFolderProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::DATA_FOLDER,
            "updateDataFolderInCatalog",
            data_folder_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn find_data_folders(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<FileFolderElement>> {
        family::find(&self.core, &kinds::DATA_FOLDER, search_string, start_from, page_size).await
    }

    async fn get_data_folders_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<FileFolderElement>> {
        family::get_by_name(&self.core, &kinds::DATA_FOLDER, name, start_from, page_size).await
    }

    async fn get_data_folder_by_guid(&self, data_folder_guid: &str) -> Result<FileFolderElement> {
        family::get_by_guid(&self.core, &kinds::DATA_FOLDER, "getDataFolderByGUID", data_folder_guid).await
    }

    async fn publish_data_folder(&self, data_folder_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::DATA_FOLDER, "publishDataFolder", data_folder_guid).await
    }

    async fn withdraw_data_folder(&self, data_folder_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::DATA_FOLDER, "withdrawDataFolder", data_folder_guid).await
    }

    async fn create_tabular_column(&self, data_file_guid: &str, properties: TabularColumnProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::TABULAR_COLUMN, "createTabularColumn", Some(data_file_guid), &properties)
            .await
    }

    async fn create_tabular_column_from_template(
        &self,
        template_guid: &str,
        data_file_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::TABULAR_COLUMN,
            "createTabularColumnFromTemplate",
            template_guid,
            Some(data_file_guid),
            &template,
        )
        .await
    }

    async fn update_tabular_column(
        &self,
        tabular_column_guid: &str,
        is_merge_update: bool,
        properties: TabularColumnProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::TABULAR_COLUMN,
            "updateTabularColumn",
            tabular_column_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_tabular_column(&self, tabular_column_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::TABULAR_COLUMN, "removeTabularColumn", tabular_column_guid).await
    }

    async fn find_tabular_columns(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TabularColumnElement>> {
        family::find(&self.core, &kinds::TABULAR_COLUMN, search_string, start_from, page_size).await
    }

    async fn get_tabular_columns_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TabularColumnElement>> {
        family::get_by_name(&self.core, &kinds::TABULAR_COLUMN, name, start_from, page_size).await
    }

    async fn get_tabular_column_by_guid(&self, tabular_column_guid: &str) -> Result<TabularColumnElement> {
        family::get_by_guid(&self.core, &kinds::TABULAR_COLUMN, "getTabularColumnByGUID", tabular_column_guid).await
    }

    async fn get_columns_for_data_file(
        &self,
        data_file_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TabularColumnElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::TABULAR_COLUMN,
            "getColumnsForDataFile",
            data_file_guid,
            start_from,
            page_size,
        )
        .await
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

    async fn attach_top_level_folder(
        &self,
        file_system_guid: &str,
        folder_guid: &str,
        properties: CapabilityAssetUseProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::TOP_LEVEL_FOLDER,
            "attachTopLevelFolder",
            file_system_guid,
            folder_guid,
            &properties,
        )
        .await
    }

    async fn detach_top_level_folder(&self, file_system_guid: &str, folder_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::TOP_LEVEL_FOLDER, "detachTopLevelFolder", file_system_guid, folder_guid)
            .await
    }

    async fn get_top_level_folder_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<CapabilityAssetUseProperties>>> {
        family::list_links(&self.core, &kinds::TOP_LEVEL_FOLDER, element_guid, at_end, start_from, page_size).await
    }

    async fn attach_data_file_asset_to_folder(&self, folder_guid: &str, data_file_guid: &str) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::LINKED_FILE,
            "attachDataFileAssetToFolder",
            folder_guid,
            data_file_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn detach_data_file_asset_from_folder(&self, folder_guid: &str, data_file_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::LINKED_FILE, "detachDataFileAssetFromFolder", folder_guid, data_file_guid)
            .await
    }

    async fn get_linked_file_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        family::list_links(&self.core, &kinds::LINKED_FILE, element_guid, at_end, start_from, page_size).await
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

    async fn create_nested_folders(&self, parent_guid: &str, path_name: &str) -> Result<Vec<Guid>> {
        crate::special::create_nested_folders(self, parent_guid, path_name).await
    }

    async fn add_data_file_to_catalog(&self, properties: DataFileProperties) -> Result<Vec<Guid>> {
        crate::special::add_data_file_to_catalog(self, properties).await
    }

    async fn add_data_folder_to_catalog(&self, properties: FileFolderProperties) -> Result<Vec<Guid>> {
        crate::special::add_data_folder_to_catalog(self, properties).await
    }

    async fn archive_data_file_in_catalog(&self, data_file_guid: &str, archive: ArchiveProperties) -> Result<()> {
        crate::special::archive_data_file_in_catalog(self, data_file_guid, archive).await
    }

    async fn archive_data_folder_in_catalog(&self, data_folder_guid: &str, archive: ArchiveProperties) -> Result<()> {
        crate::special::archive_data_folder_in_catalog(self, data_folder_guid, archive).await
    }

    async fn delete_data_file_from_catalog(&self, data_file_guid: &str, full_path_name: &str) -> Result<()> {
        crate::special::delete_data_file_from_catalog(self, data_file_guid, full_path_name).await
    }

    async fn get_file_by_path_name(&self, path_name: &str) -> Result<Option<DataFileElement>> {
        crate::special::get_file_by_path_name(self, path_name).await
    }

    async fn get_folder_by_path_name(&self, path_name: &str) -> Result<Option<FileFolderElement>> {
        crate::special::get_folder_by_path_name(self, path_name).await
    }

    async fn get_top_level_folders(
        &self,
        file_system_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<FileFolderElement>> {
        crate::special::get_top_level_folders(self, file_system_guid, start_from, page_size).await
    }
}

/// Synchronizes one scope of the file manager (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct FilesSynchronizer {
    inner: TypedSynchronizer,
}

impl FilesSynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<FilesSynchronizer> {
        Ok(FilesSynchronizer { inner: TypedSynchronizer::new(context, scope, options)? })
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

    /// Upserts a file folder (`FileFolder`) (under `parent` when given) identified by the third party's `key`.
    pub async fn upsert_folder(
        &mut self,
        key: &str,
        parent: Option<ElementRef>,
        properties: &FileFolderProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::FILE_FOLDER, key, parent, properties, Vec::new()).await
    }

    /// Upserts a data file (`DataFile`) (under `parent` when given) identified by the third party's `key`.
    pub async fn upsert_data_file(
        &mut self,
        key: &str,
        parent: Option<ElementRef>,
        properties: &DataFileProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATA_FILE, key, parent, properties, Vec::new()).await
    }

    /// Upserts a data folder (`DataFolder`) (under `parent` when given) identified by the third party's `key`.
    pub async fn upsert_data_folder(
        &mut self,
        key: &str,
        parent: Option<ElementRef>,
        properties: &FileFolderProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATA_FOLDER, key, parent, properties, Vec::new()).await
    }

    /// Upserts a tabular column (`TabularColumn`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_tabular_column(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &TabularColumnProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::TABULAR_COLUMN, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a connection (`Connection`) identified by the third party's `key`.
    pub async fn upsert_connection(&mut self, key: &str, properties: &ConnectionProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::CONNECTION, key, None, properties, Vec::new()).await
    }

    /// Upserts an endpoint (`Endpoint`) identified by the third party's `key`.
    pub async fn upsert_endpoint(&mut self, key: &str, properties: &EndpointProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::ENDPOINT, key, None, properties, Vec::new()).await
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

/// A files integration connector (Egeria's `FilesIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait FilesIntegratorConnector: Send + 'static {
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
    fn set_context(&mut self, context: FilesIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&FilesIntegratorContext>;

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

/// Hosts a files connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`FilesIntegratorContext`] (refusing one of another
/// service).
pub struct FilesIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<FilesIntegratorContext>,
}

impl<C: FilesIntegratorConnector> FilesIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> FilesIntegratorAdapter<C> {
        FilesIntegratorAdapter { connector, connection: None, context: None }
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
impl<C: FilesIntegratorConnector> IntegrationConnector for FilesIntegratorAdapter<C> {
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
        let typed = FilesIntegratorContext::with_connection(context, self.connection.as_ref())?;
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

/// A files connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: FilesIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(FilesIntegratorAdapter::new(connector))
}
