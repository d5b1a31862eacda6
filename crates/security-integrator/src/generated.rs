// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the security integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

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
    ActorProfileElement, ActorProfileProperties, AppointmentProperties, PersonRoleElement, PersonRoleProperties,
    SecurityGroupElement, SecurityGroupMembershipProperties, SecurityGroupProperties, UserIdentityElement,
    UserIdentityProperties,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;

/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Security;

/// The element types (with their subtypes) the default listener of a security connector hears about.
pub const LISTENER_TYPES: &[&str] = &["SecurityGroup", "UserIdentity", "ActorProfile", "PersonRole"];

/// The service's default event filter: changes to [`LISTENER_TYPES`].
pub fn default_event_filter() -> EventFilter {
    EventFilter::element_types(LISTENER_TYPES)
}

/// The descriptions of the kinds of element the context handles.
pub mod kinds {
    use integration_daemon_api::family::{ClassificationSpec, EntitySpec, Placement, RelationshipSpec};

    /// security group: `SecurityGroup`.
    pub const SECURITY_GROUP: EntitySpec = EntitySpec {
        kind: "security group",
        type_name: "SecurityGroup",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// user identity: `UserIdentity`.
    pub const USER_IDENTITY: EntitySpec = EntitySpec {
        kind: "user identity",
        type_name: "UserIdentity",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// actor profile: `ActorProfile`.
    pub const ACTOR_PROFILE: EntitySpec = EntitySpec {
        kind: "actor profile",
        type_name: "ActorProfile",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// person role: `PersonRole`.
    pub const PERSON_ROLE: EntitySpec = EntitySpec {
        kind: "person role",
        type_name: "PersonRole",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// appointment: `PersonRoleAppointment`.
    pub const APPOINTMENT: RelationshipSpec =
        RelationshipSpec { kind: "appointment", type_name: "PersonRoleAppointment" };

    /// security group membership: the `SecurityGroupMembership` classification on `UserIdentity`.
    pub const SECURITY_GROUP_MEMBERSHIP: ClassificationSpec = ClassificationSpec {
        kind: "security group membership",
        classification: "SecurityGroupMembership",
        target_type: "UserIdentity",
    };
}

/// The operations of a security integrator context (Egeria's `SecurityIntegratorConnector / SecurityIntegratorContext (Security Manager OMAS)`).
///
/// Security enforcement points (LDAP, Ranger, ...): open metadata's security groups and user identities pushed to the technology; people and roles readable, not writable.
///
/// Implemented over the repository by [`SecurityIntegratorContext::new`]; with the `mocks` feature,
/// `MockSecurityIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait SecurityIntegratorApi: Send + Sync {
    /// The connector's name.
    fn connector_name(&self) -> String;

    /// Which way metadata may flow for the connector.
    fn permitted_synchronization(&self) -> PermittedSynchronization;

    /// The qualified name of the security manager: the metadata source that owns what the connector creates.
    fn security_manager_name(&self) -> Option<String>;

    /// The GUID of the security manager's metadata source.
    fn security_manager_guid(&self) -> Option<String>;

    /// Whether new elements are owned by the security manager (on by default when a metadata source is configured).
    fn set_security_manager_is_home(&self, is_home: bool);

    /// Registers the connector's listener with the service's [`default_event_filter`].
    async fn register_listener(&self) -> Result<()>;

    /// Registers the connector's listener with a filter of its own.
    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;

    /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the security manager.
    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;

    /// The generic integration context underneath (`None` for a mock).
    fn integration_context(&self) -> Option<IntegrationContext>;

    /// A synchronizer for one scope of the security manager (a schema, a folder, a stream, ...).
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<SecuritySynchronizer>;

    /// Creates a security group (`SecurityGroup`); returns its GUID. Egeria: `createSecurityGroup`.
    async fn create_security_group(&self, properties: SecurityGroupProperties) -> Result<Guid>;

    /// Creates a security group (`SecurityGroup`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createSecurityGroupFromTemplate`.
    async fn create_security_group_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a security group (`SecurityGroup`): merge sets the fields given, replace swaps all properties. Egeria: `updateSecurityGroup`.
    async fn update_security_group(
        &self,
        security_group_guid: &str,
        is_merge_update: bool,
        properties: SecurityGroupProperties,
    ) -> Result<()>;

    /// Removes a security group (`SecurityGroup`) with what is anchored to it. Egeria: `deleteSecurityGroup`.
    async fn delete_security_group(&self, security_group_guid: &str) -> Result<()>;

    /// The security groups whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findSecurityGroups`.
    async fn find_security_groups(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SecurityGroupElement>>;

    /// The security groups whose qualified name or display name is `name`. Egeria: `getSecurityGroupsByName`.
    async fn get_security_groups_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SecurityGroupElement>>;

    /// One security group (`SecurityGroup`) by GUID. Egeria: `getSecurityGroupByGUID`.
    async fn get_security_group_by_guid(&self, security_group_guid: &str) -> Result<SecurityGroupElement>;

    /// Creates a user identity (`UserIdentity`); returns its GUID. Egeria: `createUserIdentity`.
    async fn create_user_identity(&self, properties: UserIdentityProperties) -> Result<Guid>;

    /// Creates a user identity (`UserIdentity`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createUserIdentityFromTemplate`.
    async fn create_user_identity_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a user identity (`UserIdentity`): merge sets the fields given, replace swaps all properties. Egeria: `updateUserIdentity`.
    async fn update_user_identity(
        &self,
        user_identity_guid: &str,
        is_merge_update: bool,
        properties: UserIdentityProperties,
    ) -> Result<()>;

    /// Removes a user identity (`UserIdentity`) with what is anchored to it. Egeria: `deleteUserIdentity`.
    async fn delete_user_identity(&self, user_identity_guid: &str) -> Result<()>;

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

    /// The actor profiles whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findActorProfiles`.
    async fn find_actor_profiles(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ActorProfileElement>>;

    /// The actor profiles whose qualified name or display name is `name`. Egeria: `getActorProfilesByName`.
    async fn get_actor_profiles_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ActorProfileElement>>;

    /// One actor profile (`ActorProfile`) by GUID. Egeria: `getActorProfileByGUID`.
    async fn get_actor_profile_by_guid(&self, actor_profile_guid: &str) -> Result<ActorProfileElement>;

    /// The person roles whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findPersonRoles`.
    async fn find_person_roles(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<PersonRoleElement>>;

    /// The person roles whose qualified name or display name is `name`. Egeria: `getPersonRolesByName`.
    async fn get_person_roles_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<PersonRoleElement>>;

    /// One person role (`PersonRole`) by GUID. Egeria: `getPersonRoleByGUID`.
    async fn get_person_role_by_guid(&self, person_role_guid: &str) -> Result<PersonRoleElement>;

    /// The appointment relationships (`PersonRoleAppointment`) an element takes part in, at `at_end` (or either). Egeria: `getAppointees`.
    async fn get_appointees(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<AppointmentProperties>>>;

    /// Sets (or updates) the `SecurityGroupMembership` classification on a `UserIdentity`. Egeria: `setSecurityGroupMembership`.
    async fn set_security_group_membership(
        &self,
        user_identity_guid: &str,
        properties: SecurityGroupMembershipProperties,
    ) -> Result<()>;

    /// Removes the `SecurityGroupMembership` classification from a `UserIdentity`. Egeria: `clearSecurityGroupMembership`.
    async fn clear_security_group_membership(&self, user_identity_guid: &str) -> Result<()>;

    /// The security groups with this distinguished name. Egeria: `getSecurityGroupsForDistinguishedName`.
    async fn get_security_groups_for_distinguished_name(
        &self,
        distinguished_name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SecurityGroupElement>>;

    /// The elements a security group governs (GovernedBy). Egeria: `getElementsGovernedBySecurityGroup`.
    async fn get_elements_governed_by_security_group(
        &self,
        security_group_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ElementStub>>;
}

/// The context of a security integration connector (Egeria's `SecurityIntegratorConnector / SecurityIntegratorContext (Security Manager OMAS)`): every method of
/// [`SecurityIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct SecurityIntegratorContext {
    api: Arc<dyn SecurityIntegratorApi>,
}

impl SecurityIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<SecurityIntegratorContext> {
        SecurityIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(
        core: IntegrationContext,
        connection: Option<&Connection>,
    ) -> Result<SecurityIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let _ = connection;
        Ok(SecurityIntegratorContext { api: Arc::new(SecurityIntegratorClient { core }) })
    }

    /// A context over another implementation of the operations, such as `MockSecurityIntegratorApi`.
    pub fn from_api(api: Arc<dyn SecurityIntegratorApi>) -> SecurityIntegratorContext {
        SecurityIntegratorContext { api }
    }
}

impl Deref for SecurityIntegratorContext {
    type Target = dyn SecurityIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for SecurityIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecurityIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct SecurityIntegratorClient {
    pub(crate) core: IntegrationContext,
}

#[async_trait]
impl SecurityIntegratorApi for SecurityIntegratorClient {
    fn connector_name(&self) -> String {
        self.core.connector_name().to_owned()
    }

    fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.core.permitted_synchronization()
    }

    fn security_manager_name(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.qualified_name.clone())
    }

    fn security_manager_guid(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.guid.clone())
    }

    fn set_security_manager_is_home(&self, is_home: bool) {
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

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<SecuritySynchronizer> {
        SecuritySynchronizer::new(&self.core, scope, options)
    }

    async fn create_security_group(&self, properties: SecurityGroupProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::SECURITY_GROUP, "createSecurityGroup", None, &properties).await
    }

    async fn create_security_group_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::SECURITY_GROUP,
            "createSecurityGroupFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_security_group(
        &self,
        security_group_guid: &str,
        is_merge_update: bool,
        properties: SecurityGroupProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::SECURITY_GROUP,
            "updateSecurityGroup",
            security_group_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn delete_security_group(&self, security_group_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::SECURITY_GROUP, "deleteSecurityGroup", security_group_guid).await
    }

    async fn find_security_groups(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SecurityGroupElement>> {
        family::find(&self.core, &kinds::SECURITY_GROUP, search_string, start_from, page_size).await
    }

    async fn get_security_groups_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SecurityGroupElement>> {
        family::get_by_name(&self.core, &kinds::SECURITY_GROUP, name, start_from, page_size).await
    }

    async fn get_security_group_by_guid(&self, security_group_guid: &str) -> Result<SecurityGroupElement> {
        family::get_by_guid(&self.core, &kinds::SECURITY_GROUP, "getSecurityGroupByGUID", security_group_guid).await
    }

    async fn create_user_identity(&self, properties: UserIdentityProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::USER_IDENTITY, "createUserIdentity", None, &properties).await
    }

    async fn create_user_identity_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::USER_IDENTITY,
            "createUserIdentityFromTemplate",
            template_guid,
            None,
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

    async fn delete_user_identity(&self, user_identity_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::USER_IDENTITY, "deleteUserIdentity", user_identity_guid).await
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

    async fn find_actor_profiles(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ActorProfileElement>> {
        family::find(&self.core, &kinds::ACTOR_PROFILE, search_string, start_from, page_size).await
    }

    async fn get_actor_profiles_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ActorProfileElement>> {
        family::get_by_name(&self.core, &kinds::ACTOR_PROFILE, name, start_from, page_size).await
    }

    async fn get_actor_profile_by_guid(&self, actor_profile_guid: &str) -> Result<ActorProfileElement> {
        family::get_by_guid(&self.core, &kinds::ACTOR_PROFILE, "getActorProfileByGUID", actor_profile_guid).await
    }

    async fn find_person_roles(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<PersonRoleElement>> {
        family::find(&self.core, &kinds::PERSON_ROLE, search_string, start_from, page_size).await
    }

    async fn get_person_roles_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<PersonRoleElement>> {
        family::get_by_name(&self.core, &kinds::PERSON_ROLE, name, start_from, page_size).await
    }

    async fn get_person_role_by_guid(&self, person_role_guid: &str) -> Result<PersonRoleElement> {
        family::get_by_guid(&self.core, &kinds::PERSON_ROLE, "getPersonRoleByGUID", person_role_guid).await
    }

    async fn get_appointees(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<AppointmentProperties>>> {
        family::list_links(&self.core, &kinds::APPOINTMENT, element_guid, at_end, start_from, page_size).await
    }

    async fn set_security_group_membership(
        &self,
        user_identity_guid: &str,
        properties: SecurityGroupMembershipProperties,
    ) -> Result<()> {
        family::classify(
            &self.core,
            &kinds::SECURITY_GROUP_MEMBERSHIP,
            "setSecurityGroupMembership",
            user_identity_guid,
            &properties,
        )
        .await
    }

    async fn clear_security_group_membership(&self, user_identity_guid: &str) -> Result<()> {
        family::declassify(
            &self.core,
            &kinds::SECURITY_GROUP_MEMBERSHIP,
            "clearSecurityGroupMembership",
            user_identity_guid,
        )
        .await
    }

    async fn get_security_groups_for_distinguished_name(
        &self,
        distinguished_name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SecurityGroupElement>> {
        crate::special::get_security_groups_for_distinguished_name(self, distinguished_name, start_from, page_size)
            .await
    }

    async fn get_elements_governed_by_security_group(
        &self,
        security_group_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ElementStub>> {
        crate::special::get_elements_governed_by_security_group(self, security_group_guid, start_from, page_size).await
    }
}

/// Synchronizes one scope of the security manager (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct SecuritySynchronizer {
    inner: TypedSynchronizer,
}

impl SecuritySynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<SecuritySynchronizer> {
        Ok(SecuritySynchronizer { inner: TypedSynchronizer::new(context, scope, options)? })
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

    /// Upserts a security group (`SecurityGroup`) identified by the third party's `key`.
    pub async fn upsert_security_group(&mut self, key: &str, properties: &SecurityGroupProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::SECURITY_GROUP, key, None, properties, Vec::new()).await
    }

    /// Upserts a user identity (`UserIdentity`) identified by the third party's `key`.
    pub async fn upsert_user_identity(&mut self, key: &str, properties: &UserIdentityProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::USER_IDENTITY, key, None, properties, Vec::new()).await
    }
}

/// A security integration connector (Egeria's `SecurityIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait SecurityIntegratorConnector: Send + 'static {
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
    fn set_context(&mut self, context: SecurityIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&SecurityIntegratorContext>;

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

/// Hosts a security connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`SecurityIntegratorContext`] (refusing one of another
/// service).
pub struct SecurityIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<SecurityIntegratorContext>,
}

impl<C: SecurityIntegratorConnector> SecurityIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> SecurityIntegratorAdapter<C> {
        SecurityIntegratorAdapter { connector, connection: None, context: None }
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
impl<C: SecurityIntegratorConnector> IntegrationConnector for SecurityIntegratorAdapter<C> {
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
        let typed = SecurityIntegratorContext::with_connection(context, self.connection.as_ref())?;
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

/// A security connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: SecurityIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(SecurityIntegratorAdapter::new(connector))
}
