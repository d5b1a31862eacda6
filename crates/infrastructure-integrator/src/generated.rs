// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the infrastructure integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

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
    CapabilityAssetUseProperties, CapabilityAssetUseType, ConnectionElement, ConnectionProperties,
    ConnectorTypeElement, ConnectorTypeProperties, DeploymentProperties, DeploymentStatus,
    EmbeddedConnectionProperties, EndpointElement, EndpointProperties, HostClusterMemberProperties, HostElement,
    HostProperties, ITProfileElement, ITProfileProperties, OperationalStatus, SoftwareCapabilityElement,
    SoftwareCapabilityProperties, SoftwareServerElement, SoftwareServerPlatformElement,
    SoftwareServerPlatformProperties, SoftwareServerProperties, SupportedCapabilityProperties, UserIdentityElement,
    UserIdentityProperties,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;

/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Infrastructure;

/// The element types (with their subtypes) the default listener of an infrastructure connector hears about.
pub const LISTENER_TYPES: &[&str] =
    &["ITInfrastructure", "SoftwareCapability", "Endpoint", "Connection", "ITProfile", "UserIdentity"];

/// The service's default event filter: changes to [`LISTENER_TYPES`].
pub fn default_event_filter() -> EventFilter {
    EventFilter::element_types(LISTENER_TYPES)
}

/// The descriptions of the kinds of element the context handles.
pub mod kinds {
    use integration_daemon_api::family::{EntitySpec, Placement, RelationshipSpec};

    /// host: `Host`.
    pub const HOST: EntitySpec = EntitySpec {
        kind: "host",
        type_name: "Host",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// software server platform: `SoftwareServerPlatform`.
    pub const SOFTWARE_SERVER_PLATFORM: EntitySpec = EntitySpec {
        kind: "software server platform",
        type_name: "SoftwareServerPlatform",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// software server: `SoftwareServer`.
    pub const SOFTWARE_SERVER: EntitySpec = EntitySpec {
        kind: "software server",
        type_name: "SoftwareServer",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// software capability: `SoftwareCapability`.
    pub const SOFTWARE_CAPABILITY: EntitySpec = EntitySpec {
        kind: "software capability",
        type_name: "SoftwareCapability",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// it profile: `ITProfile`.
    pub const IT_PROFILE: EntitySpec = EntitySpec {
        kind: "it profile",
        type_name: "ITProfile",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// user identity: `UserIdentity`.
    pub const USER_IDENTITY: EntitySpec = EntitySpec {
        kind: "user identity",
        type_name: "UserIdentity",
        placement: Placement::Child {
            relationship: "ProfileIdentity",
            parent_at_end1: true,
            own_anchor: true,
            required: false,
        },
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

    /// deployment: `DeployedOn`.
    pub const DEPLOYMENT: RelationshipSpec = RelationshipSpec { kind: "deployment", type_name: "DeployedOn" };

    /// supported capability: `SupportedSoftwareCapability`.
    pub const SUPPORTED_CAPABILITY: RelationshipSpec =
        RelationshipSpec { kind: "supported capability", type_name: "SupportedSoftwareCapability" };

    /// capability asset use: `CapabilityAssetUse`.
    pub const CAPABILITY_ASSET_USE: RelationshipSpec =
        RelationshipSpec { kind: "capability asset use", type_name: "CapabilityAssetUse" };

    /// host cluster member: `HostClusterMember`.
    pub const HOST_CLUSTER_MEMBER: RelationshipSpec =
        RelationshipSpec { kind: "host cluster member", type_name: "HostClusterMember" };

    /// server endpoint: `ServerEndpoint`.
    pub const SERVER_ENDPOINT: RelationshipSpec =
        RelationshipSpec { kind: "server endpoint", type_name: "ServerEndpoint" };

    /// infrastructure profile: `ITInfrastructureProfile`.
    pub const INFRASTRUCTURE_PROFILE: RelationshipSpec =
        RelationshipSpec { kind: "infrastructure profile", type_name: "ITInfrastructureProfile" };

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

/// The operations of an infrastructure integrator context (Egeria's `InfrastructureIntegratorConnector / InfrastructureIntegratorContext (IT Infrastructure OMAS)`).
///
/// IT infrastructure: hosts and clusters, software server platforms and servers, their capabilities, endpoints, connections and deployments, and the IT profiles and user identities they run as.
///
/// Implemented over the repository by [`InfrastructureIntegratorContext::new`]; with the `mocks` feature,
/// `MockInfrastructureIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait InfrastructureIntegratorApi: Send + Sync {
    /// The connector's name.
    fn connector_name(&self) -> String;

    /// Which way metadata may flow for the connector.
    fn permitted_synchronization(&self) -> PermittedSynchronization;

    /// The qualified name of the infrastructure manager: the metadata source that owns what the connector creates.
    fn infrastructure_manager_name(&self) -> Option<String>;

    /// The GUID of the infrastructure manager's metadata source.
    fn infrastructure_manager_guid(&self) -> Option<String>;

    /// Whether new elements are owned by the infrastructure manager (on by default when a metadata source is configured).
    fn set_infrastructure_manager_is_home(&self, is_home: bool);

    /// Registers the connector's listener with the service's [`default_event_filter`].
    async fn register_listener(&self) -> Result<()>;

    /// Registers the connector's listener with a filter of its own.
    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;

    /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the infrastructure manager.
    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;

    /// The generic integration context underneath (`None` for a mock).
    fn integration_context(&self) -> Option<IntegrationContext>;

    /// A synchronizer for one scope of the infrastructure manager (a schema, a folder, a stream, ...).
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<InfrastructureSynchronizer>;

    /// Creates a host (`Host`); returns its GUID. Egeria: `createHost`.
    async fn create_host(&self, properties: HostProperties) -> Result<Guid>;

    /// Creates a host (`Host`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createHostFromTemplate`.
    async fn create_host_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a host (`Host`): merge sets the fields given, replace swaps all properties. Egeria: `updateHost`.
    async fn update_host(&self, host_guid: &str, is_merge_update: bool, properties: HostProperties) -> Result<()>;

    /// Removes a host (`Host`) with what is anchored to it. Egeria: `removeHost`.
    async fn remove_host(&self, host_guid: &str) -> Result<()>;

    /// The hosts whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findHosts`.
    async fn find_hosts(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<HostElement>>;

    /// The hosts whose qualified name or display name is `name`. Egeria: `getHostsByName`.
    async fn get_hosts_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<HostElement>>;

    /// One host (`Host`) by GUID. Egeria: `getHostByGUID`.
    async fn get_host_by_guid(&self, host_guid: &str) -> Result<HostElement>;

    /// The hosts of the connector's infrastructure manager: owned by it, or correlated with its keys. Egeria: `getHostsForInfrastructureManager`.
    async fn get_hosts_for_infrastructure_manager(&self, start_from: u32, page_size: u32) -> Result<Vec<HostElement>>;

    /// Publishes a host (`Host`): adds it to the connector's publish zones. Egeria: `publishHost`.
    async fn publish_host(&self, host_guid: &str) -> Result<()>;

    /// Withdraws a host (`Host`): removes it from the connector's publish zones. Egeria: `withdrawHost`.
    async fn withdraw_host(&self, host_guid: &str) -> Result<()>;

    /// Creates a software server platform (`SoftwareServerPlatform`); returns its GUID. Egeria: `createSoftwareServerPlatform`.
    async fn create_software_server_platform(&self, properties: SoftwareServerPlatformProperties) -> Result<Guid>;

    /// Creates a software server platform (`SoftwareServerPlatform`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createSoftwareServerPlatformFromTemplate`.
    async fn create_software_server_platform_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a software server platform (`SoftwareServerPlatform`): merge sets the fields given, replace swaps all properties. Egeria: `updateSoftwareServerPlatform`.
    async fn update_software_server_platform(
        &self,
        software_server_platform_guid: &str,
        is_merge_update: bool,
        properties: SoftwareServerPlatformProperties,
    ) -> Result<()>;

    /// Removes a software server platform (`SoftwareServerPlatform`) with what is anchored to it. Egeria: `removeSoftwareServerPlatform`.
    async fn remove_software_server_platform(&self, software_server_platform_guid: &str) -> Result<()>;

    /// The software server platforms whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findSoftwareServerPlatforms`.
    async fn find_software_server_platforms(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerPlatformElement>>;

    /// The software server platforms whose qualified name or display name is `name`. Egeria: `getSoftwareServerPlatformsByName`.
    async fn get_software_server_platforms_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerPlatformElement>>;

    /// One software server platform (`SoftwareServerPlatform`) by GUID. Egeria: `getSoftwareServerPlatformByGUID`.
    async fn get_software_server_platform_by_guid(
        &self,
        software_server_platform_guid: &str,
    ) -> Result<SoftwareServerPlatformElement>;

    /// The software server platforms of the connector's infrastructure manager: owned by it, or correlated with its keys. Egeria: `getSoftwareServerPlatformsForInfrastructureManager`.
    async fn get_software_server_platforms_for_infrastructure_manager(
        &self,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerPlatformElement>>;

    /// Publishes a software server platform (`SoftwareServerPlatform`): adds it to the connector's publish zones. Egeria: `publishSoftwareServerPlatform`.
    async fn publish_software_server_platform(&self, software_server_platform_guid: &str) -> Result<()>;

    /// Withdraws a software server platform (`SoftwareServerPlatform`): removes it from the connector's publish zones. Egeria: `withdrawSoftwareServerPlatform`.
    async fn withdraw_software_server_platform(&self, software_server_platform_guid: &str) -> Result<()>;

    /// Creates a software server (`SoftwareServer`); returns its GUID. Egeria: `createSoftwareServer`.
    async fn create_software_server(&self, properties: SoftwareServerProperties) -> Result<Guid>;

    /// Creates a software server (`SoftwareServer`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createSoftwareServerFromTemplate`.
    async fn create_software_server_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a software server (`SoftwareServer`): merge sets the fields given, replace swaps all properties. Egeria: `updateSoftwareServer`.
    async fn update_software_server(
        &self,
        software_server_guid: &str,
        is_merge_update: bool,
        properties: SoftwareServerProperties,
    ) -> Result<()>;

    /// Removes a software server (`SoftwareServer`) with what is anchored to it. Egeria: `removeSoftwareServer`.
    async fn remove_software_server(&self, software_server_guid: &str) -> Result<()>;

    /// The software servers whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findSoftwareServers`.
    async fn find_software_servers(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerElement>>;

    /// The software servers whose qualified name or display name is `name`. Egeria: `getSoftwareServersByName`.
    async fn get_software_servers_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerElement>>;

    /// One software server (`SoftwareServer`) by GUID. Egeria: `getSoftwareServerByGUID`.
    async fn get_software_server_by_guid(&self, software_server_guid: &str) -> Result<SoftwareServerElement>;

    /// The software servers of the connector's infrastructure manager: owned by it, or correlated with its keys. Egeria: `getSoftwareServersForInfrastructureManager`.
    async fn get_software_servers_for_infrastructure_manager(
        &self,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerElement>>;

    /// Publishes a software server (`SoftwareServer`): adds it to the connector's publish zones. Egeria: `publishSoftwareServer`.
    async fn publish_software_server(&self, software_server_guid: &str) -> Result<()>;

    /// Withdraws a software server (`SoftwareServer`): removes it from the connector's publish zones. Egeria: `withdrawSoftwareServer`.
    async fn withdraw_software_server(&self, software_server_guid: &str) -> Result<()>;

    /// Creates a software capability (`SoftwareCapability`); returns its GUID. Egeria: `createSoftwareCapability`.
    async fn create_software_capability(&self, properties: SoftwareCapabilityProperties) -> Result<Guid>;

    /// Creates a software capability (`SoftwareCapability`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createSoftwareCapabilityFromTemplate`.
    async fn create_software_capability_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a software capability (`SoftwareCapability`): merge sets the fields given, replace swaps all properties. Egeria: `updateSoftwareCapability`.
    async fn update_software_capability(
        &self,
        software_capability_guid: &str,
        is_merge_update: bool,
        properties: SoftwareCapabilityProperties,
    ) -> Result<()>;

    /// Removes a software capability (`SoftwareCapability`) with what is anchored to it. Egeria: `removeSoftwareCapability`.
    async fn remove_software_capability(&self, software_capability_guid: &str) -> Result<()>;

    /// The software capabilities whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findSoftwareCapabilities`.
    async fn find_software_capabilities(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareCapabilityElement>>;

    /// The software capabilities whose qualified name or display name is `name`. Egeria: `getSoftwareCapabilitiesByName`.
    async fn get_software_capabilities_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareCapabilityElement>>;

    /// One software capability (`SoftwareCapability`) by GUID. Egeria: `getSoftwareCapabilityByGUID`.
    async fn get_software_capability_by_guid(
        &self,
        software_capability_guid: &str,
    ) -> Result<SoftwareCapabilityElement>;

    /// The software capabilities of the connector's infrastructure manager: owned by it, or correlated with its keys. Egeria: `getSoftwareCapabilitiesForInfrastructureManager`.
    async fn get_software_capabilities_for_infrastructure_manager(
        &self,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareCapabilityElement>>;

    /// Creates an it profile (`ITProfile`); returns its GUID. Egeria: `createITProfile`.
    async fn create_it_profile(&self, properties: ITProfileProperties) -> Result<Guid>;

    /// Creates an it profile (`ITProfile`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createITProfileFromTemplate`.
    async fn create_it_profile_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates an it profile (`ITProfile`): merge sets the fields given, replace swaps all properties. Egeria: `updateITProfile`.
    async fn update_it_profile(
        &self,
        it_profile_guid: &str,
        is_merge_update: bool,
        properties: ITProfileProperties,
    ) -> Result<()>;

    /// Removes an it profile (`ITProfile`) with what is anchored to it. Egeria: `removeITProfile`.
    async fn remove_it_profile(&self, it_profile_guid: &str) -> Result<()>;

    /// The it profiles whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findITProfiles`.
    async fn find_it_profiles(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ITProfileElement>>;

    /// The it profiles whose qualified name or display name is `name`. Egeria: `getITProfilesByName`.
    async fn get_it_profiles_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ITProfileElement>>;

    /// One it profile (`ITProfile`) by GUID. Egeria: `getITProfileByGUID`.
    async fn get_it_profile_by_guid(&self, it_profile_guid: &str) -> Result<ITProfileElement>;

    /// Creates a user identity (`UserIdentity`) (under `profile_guid` when given); returns its GUID. Egeria: `createUserIdentity`.
    async fn create_user_identity<'a>(
        &self,
        profile_guid: Option<&'a str>,
        properties: UserIdentityProperties,
    ) -> Result<Guid>;

    /// Creates a user identity (`UserIdentity`) (under `profile_guid` when given) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createUserIdentityFromTemplate`.
    async fn create_user_identity_from_template<'a>(
        &self,
        template_guid: &str,
        profile_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a user identity (`UserIdentity`): merge sets the fields given, replace swaps all properties. Egeria: `updateUserIdentity`.
    async fn update_user_identity(
        &self,
        user_identity_guid: &str,
        is_merge_update: bool,
        properties: UserIdentityProperties,
    ) -> Result<()>;

    /// Removes a user identity (`UserIdentity`) with what is anchored to it. Egeria: `removeUserIdentity`.
    async fn remove_user_identity(&self, user_identity_guid: &str) -> Result<()>;

    /// The user identities whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findUserIdentities`.
    async fn find_user_identities(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<UserIdentityElement>>;

    /// The user identities whose qualified name or display name is `name`. Egeria: `getUserIdentitiesByName`.
    async fn get_user_identities_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<UserIdentityElement>>;

    /// One user identity (`UserIdentity`) by GUID. Egeria: `getUserIdentityByGUID`.
    async fn get_user_identity_by_guid(&self, user_identity_guid: &str) -> Result<UserIdentityElement>;

    /// The user identities under `profile_guid`. Egeria: `getUserIdentitiesForProfile`.
    async fn get_user_identities_for_profile(
        &self,
        profile_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<UserIdentityElement>>;

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

    /// Creates a deployment relationship (`DeployedOn`) from `infrastructure_guid` to `deployed_asset_guid`; returns its GUID. Egeria: `deployElementOn`.
    async fn deploy_element_on(
        &self,
        infrastructure_guid: &str,
        deployed_asset_guid: &str,
        properties: DeploymentProperties,
    ) -> Result<Guid>;

    /// Updates the deployment relationship (`DeployedOn`) from `infrastructure_guid` to `deployed_asset_guid`. Egeria: `updateDeployment`.
    async fn update_deployment(
        &self,
        infrastructure_guid: &str,
        deployed_asset_guid: &str,
        is_merge_update: bool,
        properties: DeploymentProperties,
    ) -> Result<()>;

    /// Removes the deployment relationship (`DeployedOn`) from `infrastructure_guid` to `deployed_asset_guid`. Egeria: `removeDeployment`.
    async fn remove_deployment(&self, infrastructure_guid: &str, deployed_asset_guid: &str) -> Result<()>;

    /// The deployment relationships (`DeployedOn`) an element takes part in, at `at_end` (or either). Egeria: `getDeployments`.
    async fn get_deployments(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<DeploymentProperties>>>;

    /// Creates a supported capability relationship (`SupportedSoftwareCapability`) from `infrastructure_guid` to `capability_guid`; returns its GUID. Egeria: `setupSupportedCapability`.
    async fn setup_supported_capability(
        &self,
        infrastructure_guid: &str,
        capability_guid: &str,
        properties: SupportedCapabilityProperties,
    ) -> Result<Guid>;

    /// Updates the supported capability relationship (`SupportedSoftwareCapability`) from `infrastructure_guid` to `capability_guid`. Egeria: `updateSupportedCapability`.
    async fn update_supported_capability(
        &self,
        infrastructure_guid: &str,
        capability_guid: &str,
        is_merge_update: bool,
        properties: SupportedCapabilityProperties,
    ) -> Result<()>;

    /// Removes the supported capability relationship (`SupportedSoftwareCapability`) from `infrastructure_guid` to `capability_guid`. Egeria: `clearSupportedCapability`.
    async fn clear_supported_capability(&self, infrastructure_guid: &str, capability_guid: &str) -> Result<()>;

    /// The supported capability relationships (`SupportedSoftwareCapability`) an element takes part in, at `at_end` (or either). Egeria: `getSupportedCapabilities`.
    async fn get_supported_capabilities(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<SupportedCapabilityProperties>>>;

    /// Creates a capability asset use relationship (`CapabilityAssetUse`) from `capability_guid` to `asset_guid`; returns its GUID. Egeria: `setupCapabilityAssetUse`.
    async fn setup_capability_asset_use(
        &self,
        capability_guid: &str,
        asset_guid: &str,
        properties: CapabilityAssetUseProperties,
    ) -> Result<Guid>;

    /// Updates the capability asset use relationship (`CapabilityAssetUse`) from `capability_guid` to `asset_guid`. Egeria: `updateCapabilityAssetUse`.
    async fn update_capability_asset_use(
        &self,
        capability_guid: &str,
        asset_guid: &str,
        is_merge_update: bool,
        properties: CapabilityAssetUseProperties,
    ) -> Result<()>;

    /// Removes the capability asset use relationship (`CapabilityAssetUse`) from `capability_guid` to `asset_guid`. Egeria: `clearCapabilityAssetUse`.
    async fn clear_capability_asset_use(&self, capability_guid: &str, asset_guid: &str) -> Result<()>;

    /// The capability asset use relationships (`CapabilityAssetUse`) an element takes part in, at `at_end` (or either). Egeria: `getCapabilityAssetUses`.
    async fn get_capability_asset_uses(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<CapabilityAssetUseProperties>>>;

    /// Creates a host cluster member relationship (`HostClusterMember`) from `host_cluster_guid` to `member_host_guid`; returns its GUID. Egeria: `setupClusterMember`.
    async fn setup_cluster_member(
        &self,
        host_cluster_guid: &str,
        member_host_guid: &str,
        properties: HostClusterMemberProperties,
    ) -> Result<Guid>;

    /// Updates the host cluster member relationship (`HostClusterMember`) from `host_cluster_guid` to `member_host_guid`. Egeria: `updateClusterMember`.
    async fn update_cluster_member(
        &self,
        host_cluster_guid: &str,
        member_host_guid: &str,
        is_merge_update: bool,
        properties: HostClusterMemberProperties,
    ) -> Result<()>;

    /// Removes the host cluster member relationship (`HostClusterMember`) from `host_cluster_guid` to `member_host_guid`. Egeria: `clearClusterMember`.
    async fn clear_cluster_member(&self, host_cluster_guid: &str, member_host_guid: &str) -> Result<()>;

    /// The host cluster member relationships (`HostClusterMember`) an element takes part in, at `at_end` (or either). Egeria: `getClusterMembers`.
    async fn get_cluster_members(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<HostClusterMemberProperties>>>;

    /// Creates a server endpoint relationship (`ServerEndpoint`) from `infrastructure_guid` to `endpoint_guid`; returns its GUID. Egeria: `setupServerEndpoint`.
    async fn setup_server_endpoint(&self, infrastructure_guid: &str, endpoint_guid: &str) -> Result<Guid>;

    /// Removes the server endpoint relationship (`ServerEndpoint`) from `infrastructure_guid` to `endpoint_guid`. Egeria: `clearServerEndpoint`.
    async fn clear_server_endpoint(&self, infrastructure_guid: &str, endpoint_guid: &str) -> Result<()>;

    /// The server endpoint relationships (`ServerEndpoint`) an element takes part in, at `at_end` (or either). Egeria: `getServerEndpoints`.
    async fn get_server_endpoints(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>>;

    /// Creates an infrastructure profile relationship (`ITInfrastructureProfile`) from `it_profile_guid` to `infrastructure_guid`; returns its GUID. Egeria: `setupITProfileForInfrastructure`.
    async fn setup_it_profile_for_infrastructure(
        &self,
        it_profile_guid: &str,
        infrastructure_guid: &str,
    ) -> Result<Guid>;

    /// Removes the infrastructure profile relationship (`ITInfrastructureProfile`) from `it_profile_guid` to `infrastructure_guid`. Egeria: `clearITProfileForInfrastructure`.
    async fn clear_it_profile_for_infrastructure(&self, it_profile_guid: &str, infrastructure_guid: &str)
    -> Result<()>;

    /// The infrastructure profile relationships (`ITInfrastructureProfile`) an element takes part in, at `at_end` (or either). Egeria: `getITProfileLinks`.
    async fn get_it_profile_links(
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
}

/// The context of an infrastructure integration connector (Egeria's `InfrastructureIntegratorConnector / InfrastructureIntegratorContext (IT Infrastructure OMAS)`): every method of
/// [`InfrastructureIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct InfrastructureIntegratorContext {
    api: Arc<dyn InfrastructureIntegratorApi>,
}

impl InfrastructureIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<InfrastructureIntegratorContext> {
        InfrastructureIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(
        core: IntegrationContext,
        connection: Option<&Connection>,
    ) -> Result<InfrastructureIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let _ = connection;
        Ok(InfrastructureIntegratorContext { api: Arc::new(InfrastructureIntegratorClient { core }) })
    }

    /// A context over another implementation of the operations, such as `MockInfrastructureIntegratorApi`.
    pub fn from_api(api: Arc<dyn InfrastructureIntegratorApi>) -> InfrastructureIntegratorContext {
        InfrastructureIntegratorContext { api }
    }
}

impl Deref for InfrastructureIntegratorContext {
    type Target = dyn InfrastructureIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for InfrastructureIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InfrastructureIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct InfrastructureIntegratorClient {
    pub(crate) core: IntegrationContext,
}

#[async_trait]
impl InfrastructureIntegratorApi for InfrastructureIntegratorClient {
    fn connector_name(&self) -> String {
        self.core.connector_name().to_owned()
    }

    fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.core.permitted_synchronization()
    }

    fn infrastructure_manager_name(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.qualified_name.clone())
    }

    fn infrastructure_manager_guid(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.guid.clone())
    }

    fn set_infrastructure_manager_is_home(&self, is_home: bool) {
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

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<InfrastructureSynchronizer> {
        InfrastructureSynchronizer::new(&self.core, scope, options)
    }

    async fn create_host(&self, properties: HostProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::HOST, "createHost", None, &properties).await
    }

    async fn create_host_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(&self.core, &kinds::HOST, "createHostFromTemplate", template_guid, None, &template)
            .await
    }

    async fn update_host(&self, host_guid: &str, is_merge_update: bool, properties: HostProperties) -> Result<()> {
        family::update(&self.core, &kinds::HOST, "updateHost", host_guid, is_merge_update, &properties).await
    }

    async fn remove_host(&self, host_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::HOST, "removeHost", host_guid).await
    }

    async fn find_hosts(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<HostElement>> {
        family::find(&self.core, &kinds::HOST, search_string, start_from, page_size).await
    }

    async fn get_hosts_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<HostElement>> {
        family::get_by_name(&self.core, &kinds::HOST, name, start_from, page_size).await
    }

    async fn get_host_by_guid(&self, host_guid: &str) -> Result<HostElement> {
        family::get_by_guid(&self.core, &kinds::HOST, "getHostByGUID", host_guid).await
    }

    async fn get_hosts_for_infrastructure_manager(&self, start_from: u32, page_size: u32) -> Result<Vec<HostElement>> {
        family::list_mine(&self.core, &kinds::HOST, start_from, page_size).await
    }

    async fn publish_host(&self, host_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::HOST, "publishHost", host_guid).await
    }

    async fn withdraw_host(&self, host_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::HOST, "withdrawHost", host_guid).await
    }

    async fn create_software_server_platform(&self, properties: SoftwareServerPlatformProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::SOFTWARE_SERVER_PLATFORM, "createSoftwareServerPlatform", None, &properties)
            .await
    }

    async fn create_software_server_platform_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::SOFTWARE_SERVER_PLATFORM,
            "createSoftwareServerPlatformFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_software_server_platform(
        &self,
        software_server_platform_guid: &str,
        is_merge_update: bool,
        properties: SoftwareServerPlatformProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::SOFTWARE_SERVER_PLATFORM,
            "updateSoftwareServerPlatform",
            software_server_platform_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_software_server_platform(&self, software_server_platform_guid: &str) -> Result<()> {
        family::remove(
            &self.core,
            &kinds::SOFTWARE_SERVER_PLATFORM,
            "removeSoftwareServerPlatform",
            software_server_platform_guid,
        )
        .await
    }

    async fn find_software_server_platforms(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerPlatformElement>> {
        family::find(&self.core, &kinds::SOFTWARE_SERVER_PLATFORM, search_string, start_from, page_size).await
    }

    async fn get_software_server_platforms_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerPlatformElement>> {
        family::get_by_name(&self.core, &kinds::SOFTWARE_SERVER_PLATFORM, name, start_from, page_size).await
    }

    async fn get_software_server_platform_by_guid(
        &self,
        software_server_platform_guid: &str,
    ) -> Result<SoftwareServerPlatformElement> {
        family::get_by_guid(
            &self.core,
            &kinds::SOFTWARE_SERVER_PLATFORM,
            "getSoftwareServerPlatformByGUID",
            software_server_platform_guid,
        )
        .await
    }

    async fn get_software_server_platforms_for_infrastructure_manager(
        &self,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerPlatformElement>> {
        family::list_mine(&self.core, &kinds::SOFTWARE_SERVER_PLATFORM, start_from, page_size).await
    }

    async fn publish_software_server_platform(&self, software_server_platform_guid: &str) -> Result<()> {
        family::publish(
            &self.core,
            &kinds::SOFTWARE_SERVER_PLATFORM,
            "publishSoftwareServerPlatform",
            software_server_platform_guid,
        )
        .await
    }

    async fn withdraw_software_server_platform(&self, software_server_platform_guid: &str) -> Result<()> {
        family::withdraw(
            &self.core,
            &kinds::SOFTWARE_SERVER_PLATFORM,
            "withdrawSoftwareServerPlatform",
            software_server_platform_guid,
        )
        .await
    }

    async fn create_software_server(&self, properties: SoftwareServerProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::SOFTWARE_SERVER, "createSoftwareServer", None, &properties).await
    }

    async fn create_software_server_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::SOFTWARE_SERVER,
            "createSoftwareServerFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_software_server(
        &self,
        software_server_guid: &str,
        is_merge_update: bool,
        properties: SoftwareServerProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::SOFTWARE_SERVER,
            "updateSoftwareServer",
            software_server_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_software_server(&self, software_server_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::SOFTWARE_SERVER, "removeSoftwareServer", software_server_guid).await
    }

    async fn find_software_servers(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerElement>> {
        family::find(&self.core, &kinds::SOFTWARE_SERVER, search_string, start_from, page_size).await
    }

    async fn get_software_servers_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerElement>> {
        family::get_by_name(&self.core, &kinds::SOFTWARE_SERVER, name, start_from, page_size).await
    }

    async fn get_software_server_by_guid(&self, software_server_guid: &str) -> Result<SoftwareServerElement> {
        family::get_by_guid(&self.core, &kinds::SOFTWARE_SERVER, "getSoftwareServerByGUID", software_server_guid).await
    }

    async fn get_software_servers_for_infrastructure_manager(
        &self,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareServerElement>> {
        family::list_mine(&self.core, &kinds::SOFTWARE_SERVER, start_from, page_size).await
    }

    async fn publish_software_server(&self, software_server_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::SOFTWARE_SERVER, "publishSoftwareServer", software_server_guid).await
    }

    async fn withdraw_software_server(&self, software_server_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::SOFTWARE_SERVER, "withdrawSoftwareServer", software_server_guid).await
    }

    async fn create_software_capability(&self, properties: SoftwareCapabilityProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::SOFTWARE_CAPABILITY, "createSoftwareCapability", None, &properties).await
    }

    async fn create_software_capability_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::SOFTWARE_CAPABILITY,
            "createSoftwareCapabilityFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_software_capability(
        &self,
        software_capability_guid: &str,
        is_merge_update: bool,
        properties: SoftwareCapabilityProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::SOFTWARE_CAPABILITY,
            "updateSoftwareCapability",
            software_capability_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_software_capability(&self, software_capability_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::SOFTWARE_CAPABILITY, "removeSoftwareCapability", software_capability_guid)
            .await
    }

    async fn find_software_capabilities(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareCapabilityElement>> {
        family::find(&self.core, &kinds::SOFTWARE_CAPABILITY, search_string, start_from, page_size).await
    }

    async fn get_software_capabilities_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareCapabilityElement>> {
        family::get_by_name(&self.core, &kinds::SOFTWARE_CAPABILITY, name, start_from, page_size).await
    }

    async fn get_software_capability_by_guid(
        &self,
        software_capability_guid: &str,
    ) -> Result<SoftwareCapabilityElement> {
        family::get_by_guid(
            &self.core,
            &kinds::SOFTWARE_CAPABILITY,
            "getSoftwareCapabilityByGUID",
            software_capability_guid,
        )
        .await
    }

    async fn get_software_capabilities_for_infrastructure_manager(
        &self,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SoftwareCapabilityElement>> {
        family::list_mine(&self.core, &kinds::SOFTWARE_CAPABILITY, start_from, page_size).await
    }

    async fn create_it_profile(&self, properties: ITProfileProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::IT_PROFILE, "createITProfile", None, &properties).await
    }

    async fn create_it_profile_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::IT_PROFILE,
            "createITProfileFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_it_profile(
        &self,
        it_profile_guid: &str,
        is_merge_update: bool,
        properties: ITProfileProperties,
    ) -> Result<()> {
        family::update(&self.core, &kinds::IT_PROFILE, "updateITProfile", it_profile_guid, is_merge_update, &properties)
            .await
    }

    async fn remove_it_profile(&self, it_profile_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::IT_PROFILE, "removeITProfile", it_profile_guid).await
    }

    async fn find_it_profiles(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ITProfileElement>> {
        family::find(&self.core, &kinds::IT_PROFILE, search_string, start_from, page_size).await
    }

    async fn get_it_profiles_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ITProfileElement>> {
        family::get_by_name(&self.core, &kinds::IT_PROFILE, name, start_from, page_size).await
    }

    async fn get_it_profile_by_guid(&self, it_profile_guid: &str) -> Result<ITProfileElement> {
        family::get_by_guid(&self.core, &kinds::IT_PROFILE, "getITProfileByGUID", it_profile_guid).await
    }

    async fn create_user_identity<'a>(
        &self,
        profile_guid: Option<&'a str>,
        properties: UserIdentityProperties,
    ) -> Result<Guid> {
        family::create(&self.core, &kinds::USER_IDENTITY, "createUserIdentity", profile_guid, &properties).await
    }

    async fn create_user_identity_from_template<'a>(
        &self,
        template_guid: &str,
        profile_guid: Option<&'a str>,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::USER_IDENTITY,
            "createUserIdentityFromTemplate",
            template_guid,
            profile_guid,
            &template,
        )
        .await
    }

    async fn update_user_identity(
        &self,
        user_identity_guid: &str,
        is_merge_update: bool,
        properties: UserIdentityProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::USER_IDENTITY,
            "updateUserIdentity",
            user_identity_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_user_identity(&self, user_identity_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::USER_IDENTITY, "removeUserIdentity", user_identity_guid).await
    }

    async fn find_user_identities(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<UserIdentityElement>> {
        family::find(&self.core, &kinds::USER_IDENTITY, search_string, start_from, page_size).await
    }

    async fn get_user_identities_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<UserIdentityElement>> {
        family::get_by_name(&self.core, &kinds::USER_IDENTITY, name, start_from, page_size).await
    }

    async fn get_user_identity_by_guid(&self, user_identity_guid: &str) -> Result<UserIdentityElement> {
        family::get_by_guid(&self.core, &kinds::USER_IDENTITY, "getUserIdentityByGUID", user_identity_guid).await
    }

    async fn get_user_identities_for_profile(
        &self,
        profile_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<UserIdentityElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::USER_IDENTITY,
            "getUserIdentitiesForProfile",
            profile_guid,
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

    async fn deploy_element_on(
        &self,
        infrastructure_guid: &str,
        deployed_asset_guid: &str,
        properties: DeploymentProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::DEPLOYMENT,
            "deployElementOn",
            infrastructure_guid,
            deployed_asset_guid,
            &properties,
        )
        .await
    }

    async fn update_deployment(
        &self,
        infrastructure_guid: &str,
        deployed_asset_guid: &str,
        is_merge_update: bool,
        properties: DeploymentProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::DEPLOYMENT,
            "updateDeployment",
            infrastructure_guid,
            deployed_asset_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_deployment(&self, infrastructure_guid: &str, deployed_asset_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::DEPLOYMENT, "removeDeployment", infrastructure_guid, deployed_asset_guid)
            .await
    }

    async fn get_deployments(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<DeploymentProperties>>> {
        family::list_links(&self.core, &kinds::DEPLOYMENT, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_supported_capability(
        &self,
        infrastructure_guid: &str,
        capability_guid: &str,
        properties: SupportedCapabilityProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::SUPPORTED_CAPABILITY,
            "setupSupportedCapability",
            infrastructure_guid,
            capability_guid,
            &properties,
        )
        .await
    }

    async fn update_supported_capability(
        &self,
        infrastructure_guid: &str,
        capability_guid: &str,
        is_merge_update: bool,
        properties: SupportedCapabilityProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::SUPPORTED_CAPABILITY,
            "updateSupportedCapability",
            infrastructure_guid,
            capability_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn clear_supported_capability(&self, infrastructure_guid: &str, capability_guid: &str) -> Result<()> {
        family::unlink(
            &self.core,
            &kinds::SUPPORTED_CAPABILITY,
            "clearSupportedCapability",
            infrastructure_guid,
            capability_guid,
        )
        .await
    }

    async fn get_supported_capabilities(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<SupportedCapabilityProperties>>> {
        family::list_links(&self.core, &kinds::SUPPORTED_CAPABILITY, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_capability_asset_use(
        &self,
        capability_guid: &str,
        asset_guid: &str,
        properties: CapabilityAssetUseProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::CAPABILITY_ASSET_USE,
            "setupCapabilityAssetUse",
            capability_guid,
            asset_guid,
            &properties,
        )
        .await
    }

    async fn update_capability_asset_use(
        &self,
        capability_guid: &str,
        asset_guid: &str,
        is_merge_update: bool,
        properties: CapabilityAssetUseProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::CAPABILITY_ASSET_USE,
            "updateCapabilityAssetUse",
            capability_guid,
            asset_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn clear_capability_asset_use(&self, capability_guid: &str, asset_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::CAPABILITY_ASSET_USE, "clearCapabilityAssetUse", capability_guid, asset_guid)
            .await
    }

    async fn get_capability_asset_uses(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<CapabilityAssetUseProperties>>> {
        family::list_links(&self.core, &kinds::CAPABILITY_ASSET_USE, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_cluster_member(
        &self,
        host_cluster_guid: &str,
        member_host_guid: &str,
        properties: HostClusterMemberProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::HOST_CLUSTER_MEMBER,
            "setupClusterMember",
            host_cluster_guid,
            member_host_guid,
            &properties,
        )
        .await
    }

    async fn update_cluster_member(
        &self,
        host_cluster_guid: &str,
        member_host_guid: &str,
        is_merge_update: bool,
        properties: HostClusterMemberProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::HOST_CLUSTER_MEMBER,
            "updateClusterMember",
            host_cluster_guid,
            member_host_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn clear_cluster_member(&self, host_cluster_guid: &str, member_host_guid: &str) -> Result<()> {
        family::unlink(
            &self.core,
            &kinds::HOST_CLUSTER_MEMBER,
            "clearClusterMember",
            host_cluster_guid,
            member_host_guid,
        )
        .await
    }

    async fn get_cluster_members(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<HostClusterMemberProperties>>> {
        family::list_links(&self.core, &kinds::HOST_CLUSTER_MEMBER, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_server_endpoint(&self, infrastructure_guid: &str, endpoint_guid: &str) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::SERVER_ENDPOINT,
            "setupServerEndpoint",
            infrastructure_guid,
            endpoint_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn clear_server_endpoint(&self, infrastructure_guid: &str, endpoint_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::SERVER_ENDPOINT, "clearServerEndpoint", infrastructure_guid, endpoint_guid)
            .await
    }

    async fn get_server_endpoints(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        family::list_links(&self.core, &kinds::SERVER_ENDPOINT, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_it_profile_for_infrastructure(
        &self,
        it_profile_guid: &str,
        infrastructure_guid: &str,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::INFRASTRUCTURE_PROFILE,
            "setupITProfileForInfrastructure",
            it_profile_guid,
            infrastructure_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn clear_it_profile_for_infrastructure(
        &self,
        it_profile_guid: &str,
        infrastructure_guid: &str,
    ) -> Result<()> {
        family::unlink(
            &self.core,
            &kinds::INFRASTRUCTURE_PROFILE,
            "clearITProfileForInfrastructure",
            it_profile_guid,
            infrastructure_guid,
        )
        .await
    }

    async fn get_it_profile_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        family::list_links(&self.core, &kinds::INFRASTRUCTURE_PROFILE, element_guid, at_end, start_from, page_size)
            .await
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

/// Synchronizes one scope of the infrastructure manager (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct InfrastructureSynchronizer {
    inner: TypedSynchronizer,
}

impl InfrastructureSynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<InfrastructureSynchronizer> {
        Ok(InfrastructureSynchronizer { inner: TypedSynchronizer::new(context, scope, options)? })
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

    /// Upserts a host (`Host`) identified by the third party's `key`.
    pub async fn upsert_host(&mut self, key: &str, properties: &HostProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::HOST, key, None, properties, Vec::new()).await
    }

    /// Upserts a software server platform (`SoftwareServerPlatform`) identified by the third party's `key`.
    pub async fn upsert_software_server_platform(
        &mut self,
        key: &str,
        properties: &SoftwareServerPlatformProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::SOFTWARE_SERVER_PLATFORM, key, None, properties, Vec::new()).await
    }

    /// Upserts a software server (`SoftwareServer`) identified by the third party's `key`.
    pub async fn upsert_software_server(&mut self, key: &str, properties: &SoftwareServerProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::SOFTWARE_SERVER, key, None, properties, Vec::new()).await
    }

    /// Upserts a software capability (`SoftwareCapability`) identified by the third party's `key`.
    pub async fn upsert_software_capability(
        &mut self,
        key: &str,
        properties: &SoftwareCapabilityProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::SOFTWARE_CAPABILITY, key, None, properties, Vec::new()).await
    }

    /// Upserts an it profile (`ITProfile`) identified by the third party's `key`.
    pub async fn upsert_it_profile(&mut self, key: &str, properties: &ITProfileProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::IT_PROFILE, key, None, properties, Vec::new()).await
    }

    /// Upserts a user identity (`UserIdentity`) (under `parent` when given) identified by the third party's `key`.
    pub async fn upsert_user_identity(
        &mut self,
        key: &str,
        parent: Option<ElementRef>,
        properties: &UserIdentityProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::USER_IDENTITY, key, parent, properties, Vec::new()).await
    }

    /// Upserts an endpoint (`Endpoint`) identified by the third party's `key`.
    pub async fn upsert_endpoint(&mut self, key: &str, properties: &EndpointProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::ENDPOINT, key, None, properties, Vec::new()).await
    }

    /// Upserts a connection (`Connection`) identified by the third party's `key`.
    pub async fn upsert_connection(&mut self, key: &str, properties: &ConnectionProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::CONNECTION, key, None, properties, Vec::new()).await
    }

    /// Upserts a deployment relationship (`DeployedOn`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_deployment(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &DeploymentProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::DEPLOYMENT, key, end1, end2, properties).await
    }

    /// Upserts a supported capability relationship (`SupportedSoftwareCapability`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_supported_capability(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &SupportedCapabilityProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::SUPPORTED_CAPABILITY, key, end1, end2, properties).await
    }

    /// Upserts a capability asset use relationship (`CapabilityAssetUse`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_capability_asset_use(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &CapabilityAssetUseProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::CAPABILITY_ASSET_USE, key, end1, end2, properties).await
    }

    /// Upserts a host cluster member relationship (`HostClusterMember`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_host_cluster_member(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &HostClusterMemberProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::HOST_CLUSTER_MEMBER, key, end1, end2, properties).await
    }

    /// Upserts a server endpoint relationship (`ServerEndpoint`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_server_endpoint(&mut self, key: &str, end1: ElementRef, end2: ElementRef) -> Result<()> {
        self.inner.upsert_link(&kinds::SERVER_ENDPOINT, key, end1, end2, &ElementProperties::new()).await
    }

    /// Upserts an infrastructure profile relationship (`ITInfrastructureProfile`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_infrastructure_profile(&mut self, key: &str, end1: ElementRef, end2: ElementRef) -> Result<()> {
        self.inner.upsert_link(&kinds::INFRASTRUCTURE_PROFILE, key, end1, end2, &ElementProperties::new()).await
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

/// A infrastructure integration connector (Egeria's `InfrastructureIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait InfrastructureIntegratorConnector: Send + 'static {
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
    fn set_context(&mut self, context: InfrastructureIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&InfrastructureIntegratorContext>;

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

/// Hosts an infrastructure connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`InfrastructureIntegratorContext`] (refusing one of another
/// service).
pub struct InfrastructureIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<InfrastructureIntegratorContext>,
}

impl<C: InfrastructureIntegratorConnector> InfrastructureIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> InfrastructureIntegratorAdapter<C> {
        InfrastructureIntegratorAdapter { connector, connection: None, context: None }
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
impl<C: InfrastructureIntegratorConnector> IntegrationConnector for InfrastructureIntegratorAdapter<C> {
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
        let typed = InfrastructureIntegratorContext::with_connection(context, self.connection.as_ref())?;
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

/// A infrastructure connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: InfrastructureIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(InfrastructureIntegratorAdapter::new(connector))
}
