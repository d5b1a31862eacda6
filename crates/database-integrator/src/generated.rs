// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the database integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

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
    ConnectionElement, ConnectionProperties, ConnectorTypeElement, ConnectorTypeProperties, ContentStatus,
    DataItemSortOrder, DatabaseColumnElement, DatabaseColumnProperties, DatabaseElement, DatabaseForeignKeyProperties,
    DatabasePrimaryKeyProperties, DatabaseProperties, DatabaseSchemaElement, DatabaseSchemaProperties,
    DatabaseTableElement, DatabaseTableProperties, DatabaseViewElement, DatabaseViewProperties,
    EmbeddedConnectionProperties, EndpointElement, EndpointProperties, ValidValueAssignmentProperties,
    ValidValueElement, ValidValueMembershipProperties, ValidValueProperties,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;

/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Database;

/// The element types (with their subtypes) the default listener of a database connector hears about.
pub const LISTENER_TYPES: &[&str] = &[
    "Database",
    "DeployedDatabaseSchema",
    "RelationalDBSchemaType",
    "RelationalTable",
    "RelationalColumn",
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
    use integration_daemon_api::family::{ClassificationSpec, EntitySpec, Placement, RelationshipSpec};

    /// database: `Database`.
    pub const DATABASE: EntitySpec = EntitySpec {
        kind: "database",
        type_name: "Database",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// database schema: `DeployedDatabaseSchema`.
    pub const DATABASE_SCHEMA: EntitySpec = EntitySpec {
        kind: "database schema",
        type_name: "DeployedDatabaseSchema",
        placement: Placement::Child {
            relationship: "DataSetContent",
            parent_at_end1: false,
            own_anchor: true,
            required: false,
        },
        marker: None,
        excluded_marker: None,
    };

    /// database table: `RelationalTable`.
    pub const DATABASE_TABLE: EntitySpec = EntitySpec {
        kind: "database table",
        type_name: "RelationalTable",
        placement: Placement::SchemaAttribute {
            schema_type: "RelationalDBSchemaType",
            relationship: "AttributeForSchema",
        },
        marker: None,
        excluded_marker: Some("CalculatedValue"),
    };

    /// database view: `RelationalTable`.
    pub const DATABASE_VIEW: EntitySpec = EntitySpec {
        kind: "database view",
        type_name: "RelationalTable",
        placement: Placement::SchemaAttribute {
            schema_type: "RelationalDBSchemaType",
            relationship: "AttributeForSchema",
        },
        marker: Some("CalculatedValue"),
        excluded_marker: None,
    };

    /// database column: `RelationalColumn`.
    pub const DATABASE_COLUMN: EntitySpec = EntitySpec {
        kind: "database column",
        type_name: "RelationalColumn",
        placement: Placement::SchemaAttribute {
            schema_type: "RelationalDBSchemaType",
            relationship: "AttributeForSchema",
        },
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

    /// foreign key: `ForeignKey`.
    pub const FOREIGN_KEY: RelationshipSpec = RelationshipSpec { kind: "foreign key", type_name: "ForeignKey" };

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

    /// primary key: the `PrimaryKey` classification on `RelationalColumn`.
    pub const PRIMARY_KEY: ClassificationSpec =
        ClassificationSpec { kind: "primary key", classification: "PrimaryKey", target_type: "RelationalColumn" };
}

/// The operations of a database integrator context (Egeria's `DatabaseIntegratorConnector / DatabaseIntegratorContext (Data Manager OMAS)`).
///
/// Relational databases: databases, their schemas, tables, views and columns, primary and foreign keys, and the connections and endpoints that reach them.
///
/// Implemented over the repository by [`DatabaseIntegratorContext::new`]; with the `mocks` feature,
/// `MockDatabaseIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait DatabaseIntegratorApi: Send + Sync {
    /// The connector's name.
    fn connector_name(&self) -> String;

    /// Which way metadata may flow for the connector.
    fn permitted_synchronization(&self) -> PermittedSynchronization;

    /// The qualified name of the database manager: the metadata source that owns what the connector creates.
    fn database_manager_name(&self) -> Option<String>;

    /// The GUID of the database manager's metadata source.
    fn database_manager_guid(&self) -> Option<String>;

    /// Whether new elements are owned by the database manager (on by default when a metadata source is configured).
    fn set_database_manager_is_home(&self, is_home: bool);

    /// Registers the connector's listener with the service's [`default_event_filter`].
    async fn register_listener(&self) -> Result<()>;

    /// Registers the connector's listener with a filter of its own.
    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;

    /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the database manager.
    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;

    /// The generic integration context underneath (`None` for a mock).
    fn integration_context(&self) -> Option<IntegrationContext>;

    /// A synchronizer for one scope of the database manager (a schema, a folder, a stream, ...).
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<DatabaseSynchronizer>;

    /// Creates a database (`Database`); returns its GUID. Egeria: `createDatabase`.
    async fn create_database(&self, properties: DatabaseProperties) -> Result<Guid>;

    /// Creates a database (`Database`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createDatabaseFromTemplate`.
    async fn create_database_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a database (`Database`): merge sets the fields given, replace swaps all properties. Egeria: `updateDatabase`.
    async fn update_database(
        &self,
        database_guid: &str,
        is_merge_update: bool,
        properties: DatabaseProperties,
    ) -> Result<()>;

    /// Removes a database (`Database`) with what is anchored to it. Egeria: `removeDatabase`.
    async fn remove_database(&self, database_guid: &str) -> Result<()>;

    /// The databases whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findDatabases`.
    async fn find_databases(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseElement>>;

    /// The databases whose qualified name or display name is `name`. Egeria: `getDatabasesByName`.
    async fn get_databases_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<DatabaseElement>>;

    /// One database (`Database`) by GUID. Egeria: `getDatabaseByGUID`.
    async fn get_database_by_guid(&self, database_guid: &str) -> Result<DatabaseElement>;

    /// The databases of the connector's database manager: owned by it, or correlated with its keys. Egeria: `getMyDatabases`.
    async fn get_my_databases(&self, start_from: u32, page_size: u32) -> Result<Vec<DatabaseElement>>;

    /// Publishes a database (`Database`): adds it to the connector's publish zones. Egeria: `publishDatabase`.
    async fn publish_database(&self, database_guid: &str) -> Result<()>;

    /// Withdraws a database (`Database`): removes it from the connector's publish zones. Egeria: `withdrawDatabase`.
    async fn withdraw_database(&self, database_guid: &str) -> Result<()>;

    /// Creates a database schema (`DeployedDatabaseSchema`) (under `database_guid` when given); returns its GUID. Egeria: `createDatabaseSchema`.
    async fn create_database_schema<'a>(
        &self,
        database_guid: Option<&'a str>,
        properties: DatabaseSchemaProperties,
    ) -> Result<Guid>;

    /// Creates a database schema (`DeployedDatabaseSchema`) (under `database_guid` when given) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createDatabaseSchemaFromTemplate`.
    async fn create_database_schema_from_template<'a>(
        &self,
        template_guid: &str,
        database_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a database schema (`DeployedDatabaseSchema`): merge sets the fields given, replace swaps all properties. Egeria: `updateDatabaseSchema`.
    async fn update_database_schema(
        &self,
        database_schema_guid: &str,
        is_merge_update: bool,
        properties: DatabaseSchemaProperties,
    ) -> Result<()>;

    /// Removes a database schema (`DeployedDatabaseSchema`) with what is anchored to it. Egeria: `removeDatabaseSchema`.
    async fn remove_database_schema(&self, database_schema_guid: &str) -> Result<()>;

    /// The database schemas whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findDatabaseSchemas`.
    async fn find_database_schemas(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseSchemaElement>>;

    /// The database schemas whose qualified name or display name is `name`. Egeria: `getDatabaseSchemasByName`.
    async fn get_database_schemas_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseSchemaElement>>;

    /// One database schema (`DeployedDatabaseSchema`) by GUID. Egeria: `getDatabaseSchemaByGUID`.
    async fn get_database_schema_by_guid(&self, database_schema_guid: &str) -> Result<DatabaseSchemaElement>;

    /// The database schemas under `database_guid`. Egeria: `getSchemasForDatabase`.
    async fn get_schemas_for_database(
        &self,
        database_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseSchemaElement>>;

    /// The database schemas of the connector's database manager: owned by it, or correlated with its keys. Egeria: `getMyDatabaseSchemas`.
    async fn get_my_database_schemas(&self, start_from: u32, page_size: u32) -> Result<Vec<DatabaseSchemaElement>>;

    /// Publishes a database schema (`DeployedDatabaseSchema`): adds it to the connector's publish zones. Egeria: `publishDatabaseSchema`.
    async fn publish_database_schema(&self, database_schema_guid: &str) -> Result<()>;

    /// Withdraws a database schema (`DeployedDatabaseSchema`): removes it from the connector's publish zones. Egeria: `withdrawDatabaseSchema`.
    async fn withdraw_database_schema(&self, database_schema_guid: &str) -> Result<()>;

    /// Creates a database table (`RelationalTable`) under `database_asset_guid`; returns its GUID. Egeria: `createDatabaseTable`.
    async fn create_database_table(
        &self,
        database_asset_guid: &str,
        properties: DatabaseTableProperties,
    ) -> Result<Guid>;

    /// Creates a database table (`RelationalTable`) under `database_asset_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createDatabaseTableFromTemplate`.
    async fn create_database_table_from_template(
        &self,
        template_guid: &str,
        database_asset_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a database table (`RelationalTable`): merge sets the fields given, replace swaps all properties. Egeria: `updateDatabaseTable`.
    async fn update_database_table(
        &self,
        database_table_guid: &str,
        is_merge_update: bool,
        properties: DatabaseTableProperties,
    ) -> Result<()>;

    /// Removes a database table (`RelationalTable`) with what is anchored to it. Egeria: `removeDatabaseTable`.
    async fn remove_database_table(&self, database_table_guid: &str) -> Result<()>;

    /// The database tables whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findDatabaseTables`.
    async fn find_database_tables(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseTableElement>>;

    /// The database tables whose qualified name or display name is `name`. Egeria: `getDatabaseTablesByName`.
    async fn get_database_tables_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseTableElement>>;

    /// One database table (`RelationalTable`) by GUID. Egeria: `getDatabaseTableByGUID`.
    async fn get_database_table_by_guid(&self, database_table_guid: &str) -> Result<DatabaseTableElement>;

    /// The database tables under `database_asset_guid`. Egeria: `getTablesForDatabaseAsset`.
    async fn get_tables_for_database_asset(
        &self,
        database_asset_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseTableElement>>;

    /// Creates a database view (`RelationalTable`) under `database_asset_guid`; returns its GUID. Egeria: `createDatabaseView`.
    async fn create_database_view(&self, database_asset_guid: &str, properties: DatabaseViewProperties)
    -> Result<Guid>;

    /// Creates a database view (`RelationalTable`) under `database_asset_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createDatabaseViewFromTemplate`.
    async fn create_database_view_from_template(
        &self,
        template_guid: &str,
        database_asset_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a database view (`RelationalTable`): merge sets the fields given, replace swaps all properties. Egeria: `updateDatabaseView`.
    async fn update_database_view(
        &self,
        database_view_guid: &str,
        is_merge_update: bool,
        properties: DatabaseViewProperties,
    ) -> Result<()>;

    /// Removes a database view (`RelationalTable`) with what is anchored to it. Egeria: `removeDatabaseView`.
    async fn remove_database_view(&self, database_view_guid: &str) -> Result<()>;

    /// The database views whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findDatabaseViews`.
    async fn find_database_views(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseViewElement>>;

    /// The database views whose qualified name or display name is `name`. Egeria: `getDatabaseViewsByName`.
    async fn get_database_views_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseViewElement>>;

    /// One database view (`RelationalTable`) by GUID. Egeria: `getDatabaseViewByGUID`.
    async fn get_database_view_by_guid(&self, database_view_guid: &str) -> Result<DatabaseViewElement>;

    /// The database views under `database_asset_guid`. Egeria: `getViewsForDatabaseAsset`.
    async fn get_views_for_database_asset(
        &self,
        database_asset_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseViewElement>>;

    /// Creates a database column (`RelationalColumn`) under `table_guid`; returns its GUID. Egeria: `createDatabaseColumn`.
    async fn create_database_column(&self, table_guid: &str, properties: DatabaseColumnProperties) -> Result<Guid>;

    /// Creates a database column (`RelationalColumn`) under `table_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createDatabaseColumnFromTemplate`.
    async fn create_database_column_from_template(
        &self,
        template_guid: &str,
        table_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a database column (`RelationalColumn`): merge sets the fields given, replace swaps all properties. Egeria: `updateDatabaseColumn`.
    async fn update_database_column(
        &self,
        database_column_guid: &str,
        is_merge_update: bool,
        properties: DatabaseColumnProperties,
    ) -> Result<()>;

    /// Removes a database column (`RelationalColumn`) with what is anchored to it. Egeria: `removeDatabaseColumn`.
    async fn remove_database_column(&self, database_column_guid: &str) -> Result<()>;

    /// The database columns whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findDatabaseColumns`.
    async fn find_database_columns(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseColumnElement>>;

    /// The database columns whose qualified name or display name is `name`. Egeria: `getDatabaseColumnsByName`.
    async fn get_database_columns_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseColumnElement>>;

    /// One database column (`RelationalColumn`) by GUID. Egeria: `getDatabaseColumnByGUID`.
    async fn get_database_column_by_guid(&self, database_column_guid: &str) -> Result<DatabaseColumnElement>;

    /// The database columns under `table_guid`. Egeria: `getColumnsForDatabaseTable`.
    async fn get_columns_for_database_table(
        &self,
        table_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseColumnElement>>;

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

    /// Creates a foreign key relationship (`ForeignKey`) from `primary_key_column_guid` to `foreign_key_column_guid`; returns its GUID. Egeria: `addForeignKeyRelationship`.
    async fn add_foreign_key_relationship(
        &self,
        primary_key_column_guid: &str,
        foreign_key_column_guid: &str,
        properties: DatabaseForeignKeyProperties,
    ) -> Result<Guid>;

    /// Updates the foreign key relationship (`ForeignKey`) from `primary_key_column_guid` to `foreign_key_column_guid`. Egeria: `updateForeignKeyRelationship`.
    async fn update_foreign_key_relationship(
        &self,
        primary_key_column_guid: &str,
        foreign_key_column_guid: &str,
        is_merge_update: bool,
        properties: DatabaseForeignKeyProperties,
    ) -> Result<()>;

    /// Removes the foreign key relationship (`ForeignKey`) from `primary_key_column_guid` to `foreign_key_column_guid`. Egeria: `removeForeignKeyRelationship`.
    async fn remove_foreign_key_relationship(
        &self,
        primary_key_column_guid: &str,
        foreign_key_column_guid: &str,
    ) -> Result<()>;

    /// The foreign key relationships (`ForeignKey`) an element takes part in, at `at_end` (or either). Egeria: `getForeignKeyRelationships`.
    async fn get_foreign_key_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<DatabaseForeignKeyProperties>>>;

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

    /// Sets (or updates) the `PrimaryKey` classification on a `RelationalColumn`. Egeria: `setPrimaryKeyOnColumn`.
    async fn set_primary_key_on_column(
        &self,
        relational_column_guid: &str,
        properties: DatabasePrimaryKeyProperties,
    ) -> Result<()>;

    /// Removes the `PrimaryKey` classification from a `RelationalColumn`. Egeria: `removePrimaryKeyFromColumn`.
    async fn remove_primary_key_from_column(&self, relational_column_guid: &str) -> Result<()>;
}

/// The context of a database integration connector (Egeria's `DatabaseIntegratorConnector / DatabaseIntegratorContext (Data Manager OMAS)`): every method of
/// [`DatabaseIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct DatabaseIntegratorContext {
    api: Arc<dyn DatabaseIntegratorApi>,
}

impl DatabaseIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<DatabaseIntegratorContext> {
        DatabaseIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(
        core: IntegrationContext,
        connection: Option<&Connection>,
    ) -> Result<DatabaseIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let _ = connection;
        Ok(DatabaseIntegratorContext { api: Arc::new(DatabaseIntegratorClient { core }) })
    }

    /// A context over another implementation of the operations, such as `MockDatabaseIntegratorApi`.
    pub fn from_api(api: Arc<dyn DatabaseIntegratorApi>) -> DatabaseIntegratorContext {
        DatabaseIntegratorContext { api }
    }
}

impl Deref for DatabaseIntegratorContext {
    type Target = dyn DatabaseIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for DatabaseIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DatabaseIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct DatabaseIntegratorClient {
    pub(crate) core: IntegrationContext,
}

#[async_trait]
impl DatabaseIntegratorApi for DatabaseIntegratorClient {
    fn connector_name(&self) -> String {
        self.core.connector_name().to_owned()
    }

    fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.core.permitted_synchronization()
    }

    fn database_manager_name(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.qualified_name.clone())
    }

    fn database_manager_guid(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.guid.clone())
    }

    fn set_database_manager_is_home(&self, is_home: bool) {
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

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<DatabaseSynchronizer> {
        DatabaseSynchronizer::new(&self.core, scope, options)
    }

    async fn create_database(&self, properties: DatabaseProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::DATABASE, "createDatabase", None, &properties).await
    }

    async fn create_database_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::DATABASE,
            "createDatabaseFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_database(
        &self,
        database_guid: &str,
        is_merge_update: bool,
        properties: DatabaseProperties,
    ) -> Result<()> {
        family::update(&self.core, &kinds::DATABASE, "updateDatabase", database_guid, is_merge_update, &properties)
            .await
    }

    async fn remove_database(&self, database_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::DATABASE, "removeDatabase", database_guid).await
    }

    async fn find_databases(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseElement>> {
        family::find(&self.core, &kinds::DATABASE, search_string, start_from, page_size).await
    }

    async fn get_databases_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<DatabaseElement>> {
        family::get_by_name(&self.core, &kinds::DATABASE, name, start_from, page_size).await
    }

    async fn get_database_by_guid(&self, database_guid: &str) -> Result<DatabaseElement> {
        family::get_by_guid(&self.core, &kinds::DATABASE, "getDatabaseByGUID", database_guid).await
    }

    async fn get_my_databases(&self, start_from: u32, page_size: u32) -> Result<Vec<DatabaseElement>> {
        family::list_mine(&self.core, &kinds::DATABASE, start_from, page_size).await
    }

    async fn publish_database(&self, database_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::DATABASE, "publishDatabase", database_guid).await
    }

    async fn withdraw_database(&self, database_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::DATABASE, "withdrawDatabase", database_guid).await
    }

    async fn create_database_schema<'a>(
        &self,
        database_guid: Option<&'a str>,
        properties: DatabaseSchemaProperties,
    ) -> Result<Guid> {
        family::create(&self.core, &kinds::DATABASE_SCHEMA, "createDatabaseSchema", database_guid, &properties).await
    }

    async fn create_database_schema_from_template<'a>(
        &self,
        template_guid: &str,
        database_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::DATABASE_SCHEMA,
            "createDatabaseSchemaFromTemplate",
            template_guid,
            database_guid,
            &template,
        )
        .await
    }

    async fn update_database_schema(
        &self,
        database_schema_guid: &str,
        is_merge_update: bool,
        properties: DatabaseSchemaProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::DATABASE_SCHEMA,
            "updateDatabaseSchema",
            database_schema_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_database_schema(&self, database_schema_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::DATABASE_SCHEMA, "removeDatabaseSchema", database_schema_guid).await
    }

    async fn find_database_schemas(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseSchemaElement>> {
        family::find(&self.core, &kinds::DATABASE_SCHEMA, search_string, start_from, page_size).await
    }

    async fn get_database_schemas_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseSchemaElement>> {
        family::get_by_name(&self.core, &kinds::DATABASE_SCHEMA, name, start_from, page_size).await
    }

    async fn get_database_schema_by_guid(&self, database_schema_guid: &str) -> Result<DatabaseSchemaElement> {
        family::get_by_guid(&self.core, &kinds::DATABASE_SCHEMA, "getDatabaseSchemaByGUID", database_schema_guid).await
    }

    async fn get_schemas_for_database(
        &self,
        database_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseSchemaElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::DATABASE_SCHEMA,
            "getSchemasForDatabase",
            database_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn get_my_database_schemas(&self, start_from: u32, page_size: u32) -> Result<Vec<DatabaseSchemaElement>> {
        family::list_mine(&self.core, &kinds::DATABASE_SCHEMA, start_from, page_size).await
    }

    async fn publish_database_schema(&self, database_schema_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::DATABASE_SCHEMA, "publishDatabaseSchema", database_schema_guid).await
    }

    async fn withdraw_database_schema(&self, database_schema_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::DATABASE_SCHEMA, "withdrawDatabaseSchema", database_schema_guid).await
    }

    async fn create_database_table(
        &self,
        database_asset_guid: &str,
        properties: DatabaseTableProperties,
    ) -> Result<Guid> {
        family::create(
            &self.core,
            &kinds::DATABASE_TABLE,
            "createDatabaseTable",
            Some(database_asset_guid),
            &properties,
        )
        .await
    }

    async fn create_database_table_from_template(
        &self,
        template_guid: &str,
        database_asset_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::DATABASE_TABLE,
            "createDatabaseTableFromTemplate",
            template_guid,
            Some(database_asset_guid),
            &template,
        )
        .await
    }

    async fn update_database_table(
        &self,
        database_table_guid: &str,
        is_merge_update: bool,
        properties: DatabaseTableProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::DATABASE_TABLE,
            "updateDatabaseTable",
            database_table_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_database_table(&self, database_table_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::DATABASE_TABLE, "removeDatabaseTable", database_table_guid).await
    }

    async fn find_database_tables(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseTableElement>> {
        family::find(&self.core, &kinds::DATABASE_TABLE, search_string, start_from, page_size).await
    }

    async fn get_database_tables_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseTableElement>> {
        family::get_by_name(&self.core, &kinds::DATABASE_TABLE, name, start_from, page_size).await
    }

    async fn get_database_table_by_guid(&self, database_table_guid: &str) -> Result<DatabaseTableElement> {
        family::get_by_guid(&self.core, &kinds::DATABASE_TABLE, "getDatabaseTableByGUID", database_table_guid).await
    }

    async fn get_tables_for_database_asset(
        &self,
        database_asset_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseTableElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::DATABASE_TABLE,
            "getTablesForDatabaseAsset",
            database_asset_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn create_database_view(
        &self,
        database_asset_guid: &str,
        properties: DatabaseViewProperties,
    ) -> Result<Guid> {
        family::create(&self.core, &kinds::DATABASE_VIEW, "createDatabaseView", Some(database_asset_guid), &properties)
            .await
    }

    async fn create_database_view_from_template(
        &self,
        template_guid: &str,
        database_asset_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::DATABASE_VIEW,
            "createDatabaseViewFromTemplate",
            template_guid,
            Some(database_asset_guid),
            &template,
        )
        .await
    }

    async fn update_database_view(
        &self,
        database_view_guid: &str,
        is_merge_update: bool,
        properties: DatabaseViewProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::DATABASE_VIEW,
            "updateDatabaseView",
            database_view_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_database_view(&self, database_view_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::DATABASE_VIEW, "removeDatabaseView", database_view_guid).await
    }

    async fn find_database_views(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseViewElement>> {
        family::find(&self.core, &kinds::DATABASE_VIEW, search_string, start_from, page_size).await
    }

    async fn get_database_views_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseViewElement>> {
        family::get_by_name(&self.core, &kinds::DATABASE_VIEW, name, start_from, page_size).await
    }

    async fn get_database_view_by_guid(&self, database_view_guid: &str) -> Result<DatabaseViewElement> {
        family::get_by_guid(&self.core, &kinds::DATABASE_VIEW, "getDatabaseViewByGUID", database_view_guid).await
    }

    async fn get_views_for_database_asset(
        &self,
        database_asset_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseViewElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::DATABASE_VIEW,
            "getViewsForDatabaseAsset",
            database_asset_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn create_database_column(&self, table_guid: &str, properties: DatabaseColumnProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::DATABASE_COLUMN, "createDatabaseColumn", Some(table_guid), &properties).await
    }

    async fn create_database_column_from_template(
        &self,
        template_guid: &str,
        table_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::DATABASE_COLUMN,
            "createDatabaseColumnFromTemplate",
            template_guid,
            Some(table_guid),
            &template,
        )
        .await
    }

    async fn update_database_column(
        &self,
        database_column_guid: &str,
        is_merge_update: bool,
        properties: DatabaseColumnProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::DATABASE_COLUMN,
            "updateDatabaseColumn",
            database_column_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_database_column(&self, database_column_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::DATABASE_COLUMN, "removeDatabaseColumn", database_column_guid).await
    }

    async fn find_database_columns(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseColumnElement>> {
        family::find(&self.core, &kinds::DATABASE_COLUMN, search_string, start_from, page_size).await
    }

    async fn get_database_columns_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseColumnElement>> {
        family::get_by_name(&self.core, &kinds::DATABASE_COLUMN, name, start_from, page_size).await
    }

    async fn get_database_column_by_guid(&self, database_column_guid: &str) -> Result<DatabaseColumnElement> {
        family::get_by_guid(&self.core, &kinds::DATABASE_COLUMN, "getDatabaseColumnByGUID", database_column_guid).await
    }

    async fn get_columns_for_database_table(
        &self,
        table_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DatabaseColumnElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::DATABASE_COLUMN,
            "getColumnsForDatabaseTable",
            table_guid,
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

    async fn add_foreign_key_relationship(
        &self,
        primary_key_column_guid: &str,
        foreign_key_column_guid: &str,
        properties: DatabaseForeignKeyProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::FOREIGN_KEY,
            "addForeignKeyRelationship",
            primary_key_column_guid,
            foreign_key_column_guid,
            &properties,
        )
        .await
    }

    async fn update_foreign_key_relationship(
        &self,
        primary_key_column_guid: &str,
        foreign_key_column_guid: &str,
        is_merge_update: bool,
        properties: DatabaseForeignKeyProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::FOREIGN_KEY,
            "updateForeignKeyRelationship",
            primary_key_column_guid,
            foreign_key_column_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_foreign_key_relationship(
        &self,
        primary_key_column_guid: &str,
        foreign_key_column_guid: &str,
    ) -> Result<()> {
        family::unlink(
            &self.core,
            &kinds::FOREIGN_KEY,
            "removeForeignKeyRelationship",
            primary_key_column_guid,
            foreign_key_column_guid,
        )
        .await
    }

    async fn get_foreign_key_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<DatabaseForeignKeyProperties>>> {
        family::list_links(&self.core, &kinds::FOREIGN_KEY, element_guid, at_end, start_from, page_size).await
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

    async fn set_primary_key_on_column(
        &self,
        relational_column_guid: &str,
        properties: DatabasePrimaryKeyProperties,
    ) -> Result<()> {
        family::classify(&self.core, &kinds::PRIMARY_KEY, "setPrimaryKeyOnColumn", relational_column_guid, &properties)
            .await
    }

    async fn remove_primary_key_from_column(&self, relational_column_guid: &str) -> Result<()> {
        family::declassify(&self.core, &kinds::PRIMARY_KEY, "removePrimaryKeyFromColumn", relational_column_guid).await
    }
}

/// Synchronizes one scope of the database manager (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct DatabaseSynchronizer {
    inner: TypedSynchronizer,
}

impl DatabaseSynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<DatabaseSynchronizer> {
        Ok(DatabaseSynchronizer { inner: TypedSynchronizer::new(context, scope, options)? })
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

    /// Upserts a database (`Database`) identified by the third party's `key`.
    pub async fn upsert_database(&mut self, key: &str, properties: &DatabaseProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATABASE, key, None, properties, Vec::new()).await
    }

    /// Upserts a database schema (`DeployedDatabaseSchema`) (under `parent` when given) identified by the third party's `key`.
    pub async fn upsert_database_schema(
        &mut self,
        key: &str,
        parent: Option<ElementRef>,
        properties: &DatabaseSchemaProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATABASE_SCHEMA, key, parent, properties, Vec::new()).await
    }

    /// Upserts a database table (`RelationalTable`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_database_table(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &DatabaseTableProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATABASE_TABLE, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a database view (`RelationalTable`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_database_view(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &DatabaseViewProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATABASE_VIEW, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a database column (`RelationalColumn`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_database_column(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &DatabaseColumnProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATABASE_COLUMN, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a database column (`RelationalColumn`) under `parent` (by key or GUID) carrying classifications (a primary key, ...).
    pub async fn upsert_database_column_classified(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &DatabaseColumnProperties,
        classifications: Vec<Classification>,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATABASE_COLUMN, key, Some(parent), properties, classifications).await
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

    /// Upserts a foreign key relationship (`ForeignKey`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_foreign_key(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &DatabaseForeignKeyProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::FOREIGN_KEY, key, end1, end2, properties).await
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

/// A database integration connector (Egeria's `DatabaseIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait DatabaseIntegratorConnector: Send + 'static {
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
    fn set_context(&mut self, context: DatabaseIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&DatabaseIntegratorContext>;

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

/// Hosts a database connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`DatabaseIntegratorContext`] (refusing one of another
/// service).
pub struct DatabaseIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<DatabaseIntegratorContext>,
}

impl<C: DatabaseIntegratorConnector> DatabaseIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> DatabaseIntegratorAdapter<C> {
        DatabaseIntegratorAdapter { connector, connection: None, context: None }
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
impl<C: DatabaseIntegratorConnector> IntegrationConnector for DatabaseIntegratorAdapter<C> {
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
        let typed = DatabaseIntegratorContext::with_connection(context, self.connection.as_ref())?;
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

/// A database connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: DatabaseIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(DatabaseIntegratorAdapter::new(connector))
}
