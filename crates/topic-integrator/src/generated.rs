// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the topic integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

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
    DataItemSortOrder, EmbeddedConnectionProperties, EndpointElement, EndpointProperties, EventSchemaAttributeElement,
    EventSchemaAttributeProperties, EventTypeElement, EventTypeProperties, TopicElement, TopicProperties,
    ValidValueAssignmentProperties, ValidValueElement, ValidValueMembershipProperties, ValidValueProperties,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;

/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Topic;

/// The element types (with their subtypes) the default listener of a topic connector hears about.
pub const LISTENER_TYPES: &[&str] =
    &["Topic", "EventTypeList", "EventType", "EventSchemaAttribute", "Connection", "Endpoint"];

/// The service's default event filter: changes to [`LISTENER_TYPES`].
pub fn default_event_filter() -> EventFilter {
    EventFilter::element_types(LISTENER_TYPES)
}

/// The descriptions of the kinds of element the context handles.
pub mod kinds {
    use integration_daemon_api::family::{EntitySpec, Placement, RelationshipSpec};

    /// topic: `Topic`.
    pub const TOPIC: EntitySpec = EntitySpec {
        kind: "topic",
        type_name: "Topic",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// event type: `EventType`.
    pub const EVENT_TYPE: EntitySpec = EntitySpec {
        kind: "event type",
        type_name: "EventType",
        placement: Placement::SchemaAttribute { schema_type: "EventTypeList", relationship: "SchemaTypeOption" },
        marker: None,
        excluded_marker: None,
    };

    /// event schema attribute: `EventSchemaAttribute`.
    pub const EVENT_SCHEMA_ATTRIBUTE: EntitySpec = EntitySpec {
        kind: "event schema attribute",
        type_name: "EventSchemaAttribute",
        placement: Placement::SchemaAttribute { schema_type: "EventType", relationship: "AttributeForSchema" },
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

/// The operations of a topic integrator context (Egeria's `TopicIntegratorConnector / TopicIntegratorContext (Data Manager OMAS)`).
///
/// Event brokers (Kafka, NATS, MQTT, ...): topics, the event types that flow through them and the attributes of those events.
///
/// Implemented over the repository by [`TopicIntegratorContext::new`]; with the `mocks` feature,
/// `MockTopicIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait TopicIntegratorApi: Send + Sync {
    /// The connector's name.
    fn connector_name(&self) -> String;

    /// Which way metadata may flow for the connector.
    fn permitted_synchronization(&self) -> PermittedSynchronization;

    /// The qualified name of the event broker: the metadata source that owns what the connector creates.
    fn event_broker_name(&self) -> Option<String>;

    /// The GUID of the event broker's metadata source.
    fn event_broker_guid(&self) -> Option<String>;

    /// Whether new elements are owned by the event broker (on by default when a metadata source is configured).
    fn set_event_broker_is_home(&self, is_home: bool);

    /// Registers the connector's listener with the service's [`default_event_filter`].
    async fn register_listener(&self) -> Result<()>;

    /// Registers the connector's listener with a filter of its own.
    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;

    /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the event broker.
    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;

    /// The generic integration context underneath (`None` for a mock).
    fn integration_context(&self) -> Option<IntegrationContext>;

    /// A synchronizer for one scope of the event broker (a schema, a folder, a stream, ...).
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<TopicSynchronizer>;

    /// Creates a topic (`Topic`); returns its GUID. Egeria: `createTopic`.
    async fn create_topic(&self, properties: TopicProperties) -> Result<Guid>;

    /// Creates a topic (`Topic`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createTopicFromTemplate`.
    async fn create_topic_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a topic (`Topic`): merge sets the fields given, replace swaps all properties. Egeria: `updateTopic`.
    async fn update_topic(&self, topic_guid: &str, is_merge_update: bool, properties: TopicProperties) -> Result<()>;

    /// Removes a topic (`Topic`) with what is anchored to it. Egeria: `removeTopic`.
    async fn remove_topic(&self, topic_guid: &str) -> Result<()>;

    /// The topics whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findTopics`.
    async fn find_topics(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<TopicElement>>;

    /// The topics whose qualified name or display name is `name`. Egeria: `getTopicsByName`.
    async fn get_topics_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<TopicElement>>;

    /// One topic (`Topic`) by GUID. Egeria: `getTopicByGUID`.
    async fn get_topic_by_guid(&self, topic_guid: &str) -> Result<TopicElement>;

    /// The topics of the connector's event broker: owned by it, or correlated with its keys. Egeria: `getMyTopics`.
    async fn get_my_topics(&self, start_from: u32, page_size: u32) -> Result<Vec<TopicElement>>;

    /// Publishes a topic (`Topic`): adds it to the connector's publish zones. Egeria: `publishTopic`.
    async fn publish_topic(&self, topic_guid: &str) -> Result<()>;

    /// Withdraws a topic (`Topic`): removes it from the connector's publish zones. Egeria: `withdrawTopic`.
    async fn withdraw_topic(&self, topic_guid: &str) -> Result<()>;

    /// Creates an event type (`EventType`) under `topic_guid`; returns its GUID. Egeria: `createEventType`.
    async fn create_event_type(&self, topic_guid: &str, properties: EventTypeProperties) -> Result<Guid>;

    /// Creates an event type (`EventType`) under `topic_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createEventTypeFromTemplate`.
    async fn create_event_type_from_template(
        &self,
        template_guid: &str,
        topic_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates an event type (`EventType`): merge sets the fields given, replace swaps all properties. Egeria: `updateEventType`.
    async fn update_event_type(
        &self,
        event_type_guid: &str,
        is_merge_update: bool,
        properties: EventTypeProperties,
    ) -> Result<()>;

    /// Removes an event type (`EventType`) with what is anchored to it. Egeria: `removeEventType`.
    async fn remove_event_type(&self, event_type_guid: &str) -> Result<()>;

    /// The event types whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findEventTypes`.
    async fn find_event_types(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventTypeElement>>;

    /// The event types whose qualified name or display name is `name`. Egeria: `getEventTypesByName`.
    async fn get_event_types_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventTypeElement>>;

    /// One event type (`EventType`) by GUID. Egeria: `getEventTypeByGUID`.
    async fn get_event_type_by_guid(&self, event_type_guid: &str) -> Result<EventTypeElement>;

    /// The event types under `topic_guid`. Egeria: `getEventTypesForTopic`.
    async fn get_event_types_for_topic(
        &self,
        topic_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventTypeElement>>;

    /// Creates an event schema attribute (`EventSchemaAttribute`) under `parent_schema_element_guid`; returns its GUID. Egeria: `createEventSchemaAttribute`.
    async fn create_event_schema_attribute(
        &self,
        parent_schema_element_guid: &str,
        properties: EventSchemaAttributeProperties,
    ) -> Result<Guid>;

    /// Creates an event schema attribute (`EventSchemaAttribute`) under `parent_schema_element_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createEventSchemaAttributeFromTemplate`.
    async fn create_event_schema_attribute_from_template(
        &self,
        template_guid: &str,
        parent_schema_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates an event schema attribute (`EventSchemaAttribute`): merge sets the fields given, replace swaps all properties. Egeria: `updateEventSchemaAttribute`.
    async fn update_event_schema_attribute(
        &self,
        event_schema_attribute_guid: &str,
        is_merge_update: bool,
        properties: EventSchemaAttributeProperties,
    ) -> Result<()>;

    /// Removes an event schema attribute (`EventSchemaAttribute`) with what is anchored to it. Egeria: `removeEventSchemaAttribute`.
    async fn remove_event_schema_attribute(&self, event_schema_attribute_guid: &str) -> Result<()>;

    /// The event schema attributes whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findEventSchemaAttributes`.
    async fn find_event_schema_attributes(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventSchemaAttributeElement>>;

    /// The event schema attributes whose qualified name or display name is `name`. Egeria: `getEventSchemaAttributesByName`.
    async fn get_event_schema_attributes_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventSchemaAttributeElement>>;

    /// One event schema attribute (`EventSchemaAttribute`) by GUID. Egeria: `getEventSchemaAttributeByGUID`.
    async fn get_event_schema_attribute_by_guid(
        &self,
        event_schema_attribute_guid: &str,
    ) -> Result<EventSchemaAttributeElement>;

    /// The event schema attributes under `parent_schema_element_guid`. Egeria: `getNestedSchemaAttributes`.
    async fn get_nested_schema_attributes(
        &self,
        parent_schema_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventSchemaAttributeElement>>;

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
}

/// The context of a topic integration connector (Egeria's `TopicIntegratorConnector / TopicIntegratorContext (Data Manager OMAS)`): every method of
/// [`TopicIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct TopicIntegratorContext {
    api: Arc<dyn TopicIntegratorApi>,
}

impl TopicIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<TopicIntegratorContext> {
        TopicIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(
        core: IntegrationContext,
        connection: Option<&Connection>,
    ) -> Result<TopicIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let _ = connection;
        Ok(TopicIntegratorContext { api: Arc::new(TopicIntegratorClient { core }) })
    }

    /// A context over another implementation of the operations, such as `MockTopicIntegratorApi`.
    pub fn from_api(api: Arc<dyn TopicIntegratorApi>) -> TopicIntegratorContext {
        TopicIntegratorContext { api }
    }
}

impl Deref for TopicIntegratorContext {
    type Target = dyn TopicIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for TopicIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TopicIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct TopicIntegratorClient {
    pub(crate) core: IntegrationContext,
}

#[async_trait]
impl TopicIntegratorApi for TopicIntegratorClient {
    fn connector_name(&self) -> String {
        self.core.connector_name().to_owned()
    }

    fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.core.permitted_synchronization()
    }

    fn event_broker_name(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.qualified_name.clone())
    }

    fn event_broker_guid(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.guid.clone())
    }

    fn set_event_broker_is_home(&self, is_home: bool) {
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

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<TopicSynchronizer> {
        TopicSynchronizer::new(&self.core, scope, options)
    }

    async fn create_topic(&self, properties: TopicProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::TOPIC, "createTopic", None, &properties).await
    }

    async fn create_topic_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::TOPIC,
            "createTopicFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_topic(&self, topic_guid: &str, is_merge_update: bool, properties: TopicProperties) -> Result<()> {
        family::update(&self.core, &kinds::TOPIC, "updateTopic", topic_guid, is_merge_update, &properties).await
    }

    async fn remove_topic(&self, topic_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::TOPIC, "removeTopic", topic_guid).await
    }

    async fn find_topics(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<TopicElement>> {
        family::find(&self.core, &kinds::TOPIC, search_string, start_from, page_size).await
    }

    async fn get_topics_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<TopicElement>> {
        family::get_by_name(&self.core, &kinds::TOPIC, name, start_from, page_size).await
    }

    async fn get_topic_by_guid(&self, topic_guid: &str) -> Result<TopicElement> {
        family::get_by_guid(&self.core, &kinds::TOPIC, "getTopicByGUID", topic_guid).await
    }

    async fn get_my_topics(&self, start_from: u32, page_size: u32) -> Result<Vec<TopicElement>> {
        family::list_mine(&self.core, &kinds::TOPIC, start_from, page_size).await
    }

    async fn publish_topic(&self, topic_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::TOPIC, "publishTopic", topic_guid).await
    }

    async fn withdraw_topic(&self, topic_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::TOPIC, "withdrawTopic", topic_guid).await
    }

    async fn create_event_type(&self, topic_guid: &str, properties: EventTypeProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::EVENT_TYPE, "createEventType", Some(topic_guid), &properties).await
    }

    async fn create_event_type_from_template(
        &self,
        template_guid: &str,
        topic_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::EVENT_TYPE,
            "createEventTypeFromTemplate",
            template_guid,
            Some(topic_guid),
            &template,
        )
        .await
    }

    async fn update_event_type(
        &self,
        event_type_guid: &str,
        is_merge_update: bool,
        properties: EventTypeProperties,
    ) -> Result<()> {
        family::update(&self.core, &kinds::EVENT_TYPE, "updateEventType", event_type_guid, is_merge_update, &properties)
            .await
    }

    async fn remove_event_type(&self, event_type_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::EVENT_TYPE, "removeEventType", event_type_guid).await
    }

    async fn find_event_types(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventTypeElement>> {
        family::find(&self.core, &kinds::EVENT_TYPE, search_string, start_from, page_size).await
    }

    async fn get_event_types_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventTypeElement>> {
        family::get_by_name(&self.core, &kinds::EVENT_TYPE, name, start_from, page_size).await
    }

    async fn get_event_type_by_guid(&self, event_type_guid: &str) -> Result<EventTypeElement> {
        family::get_by_guid(&self.core, &kinds::EVENT_TYPE, "getEventTypeByGUID", event_type_guid).await
    }

    async fn get_event_types_for_topic(
        &self,
        topic_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventTypeElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::EVENT_TYPE,
            "getEventTypesForTopic",
            topic_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn create_event_schema_attribute(
        &self,
        parent_schema_element_guid: &str,
        properties: EventSchemaAttributeProperties,
    ) -> Result<Guid> {
        family::create(
            &self.core,
            &kinds::EVENT_SCHEMA_ATTRIBUTE,
            "createEventSchemaAttribute",
            Some(parent_schema_element_guid),
            &properties,
        )
        .await
    }

    async fn create_event_schema_attribute_from_template(
        &self,
        template_guid: &str,
        parent_schema_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::EVENT_SCHEMA_ATTRIBUTE,
            "createEventSchemaAttributeFromTemplate",
            template_guid,
            Some(parent_schema_element_guid),
            &template,
        )
        .await
    }

    async fn update_event_schema_attribute(
        &self,
        event_schema_attribute_guid: &str,
        is_merge_update: bool,
        properties: EventSchemaAttributeProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::EVENT_SCHEMA_ATTRIBUTE,
            "updateEventSchemaAttribute",
            event_schema_attribute_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_event_schema_attribute(&self, event_schema_attribute_guid: &str) -> Result<()> {
        family::remove(
            &self.core,
            &kinds::EVENT_SCHEMA_ATTRIBUTE,
            "removeEventSchemaAttribute",
            event_schema_attribute_guid,
        )
        .await
    }

    async fn find_event_schema_attributes(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventSchemaAttributeElement>> {
        family::find(&self.core, &kinds::EVENT_SCHEMA_ATTRIBUTE, search_string, start_from, page_size).await
    }

    async fn get_event_schema_attributes_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventSchemaAttributeElement>> {
        family::get_by_name(&self.core, &kinds::EVENT_SCHEMA_ATTRIBUTE, name, start_from, page_size).await
    }

    async fn get_event_schema_attribute_by_guid(
        &self,
        event_schema_attribute_guid: &str,
    ) -> Result<EventSchemaAttributeElement> {
        family::get_by_guid(
            &self.core,
            &kinds::EVENT_SCHEMA_ATTRIBUTE,
            "getEventSchemaAttributeByGUID",
            event_schema_attribute_guid,
        )
        .await
    }

    async fn get_nested_schema_attributes(
        &self,
        parent_schema_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EventSchemaAttributeElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::EVENT_SCHEMA_ATTRIBUTE,
            "getNestedSchemaAttributes",
            parent_schema_element_guid,
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
}

/// Synchronizes one scope of the event broker (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct TopicSynchronizer {
    inner: TypedSynchronizer,
}

impl TopicSynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<TopicSynchronizer> {
        Ok(TopicSynchronizer { inner: TypedSynchronizer::new(context, scope, options)? })
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

    /// Upserts a topic (`Topic`) identified by the third party's `key`.
    pub async fn upsert_topic(&mut self, key: &str, properties: &TopicProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::TOPIC, key, None, properties, Vec::new()).await
    }

    /// Upserts an event type (`EventType`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_event_type(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &EventTypeProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::EVENT_TYPE, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts an event schema attribute (`EventSchemaAttribute`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_event_schema_attribute(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &EventSchemaAttributeProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::EVENT_SCHEMA_ATTRIBUTE, key, Some(parent), properties, Vec::new()).await
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

/// A topic integration connector (Egeria's `TopicIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait TopicIntegratorConnector: Send + 'static {
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
    fn set_context(&mut self, context: TopicIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&TopicIntegratorContext>;

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

/// Hosts a topic connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`TopicIntegratorContext`] (refusing one of another
/// service).
pub struct TopicIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<TopicIntegratorContext>,
}

impl<C: TopicIntegratorConnector> TopicIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> TopicIntegratorAdapter<C> {
        TopicIntegratorAdapter { connector, connection: None, context: None }
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
impl<C: TopicIntegratorConnector> IntegrationConnector for TopicIntegratorAdapter<C> {
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
        let typed = TopicIntegratorContext::with_connection(context, self.connection.as_ref())?;
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

/// A topic connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: TopicIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(TopicIntegratorAdapter::new(connector))
}
