// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the organization integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

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
    ActorProfileElement, ActorProfileProperties, AppointmentProperties, ContactMethodElement, ContactMethodProperties,
    ContactMethodType, PersonElement, PersonProperties, PersonRoleElement, PersonRoleProperties,
    ProfileIdentityProperties, SecurityGroupElement, SecurityGroupProperties, TeamElement, TeamLeadershipProperties,
    TeamMembershipProperties, TeamProperties, TeamStructureProperties, UserIdentityElement, UserIdentityProperties,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;

/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Organization;

/// The element types (with their subtypes) the default listener of an organization connector hears about.
pub const LISTENER_TYPES: &[&str] = &["ActorProfile", "PersonRole", "ContactDetails", "UserIdentity", "SecurityGroup"];

/// The service's default event filter: changes to [`LISTENER_TYPES`].
pub fn default_event_filter() -> EventFilter {
    EventFilter::element_types(LISTENER_TYPES)
}

/// The descriptions of the kinds of element the context handles.
pub mod kinds {
    use integration_daemon_api::family::{EntitySpec, Placement, RelationshipSpec};

    /// actor profile: `ActorProfile`.
    pub const ACTOR_PROFILE: EntitySpec = EntitySpec {
        kind: "actor profile",
        type_name: "ActorProfile",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// person: `Person`.
    pub const PERSON: EntitySpec = EntitySpec {
        kind: "person",
        type_name: "Person",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// team: `Team`.
    pub const TEAM: EntitySpec = EntitySpec {
        kind: "team",
        type_name: "Team",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// contact method: `ContactDetails`.
    pub const CONTACT_METHOD: EntitySpec = EntitySpec {
        kind: "contact method",
        type_name: "ContactDetails",
        placement: Placement::Child {
            relationship: "ContactThrough",
            parent_at_end1: true,
            own_anchor: false,
            required: true,
        },
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

    /// security group: `SecurityGroup`.
    pub const SECURITY_GROUP: EntitySpec = EntitySpec {
        kind: "security group",
        type_name: "SecurityGroup",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// appointment: `PersonRoleAppointment`.
    pub const APPOINTMENT: RelationshipSpec =
        RelationshipSpec { kind: "appointment", type_name: "PersonRoleAppointment" };

    /// team structure: `TeamStructure`.
    pub const TEAM_STRUCTURE: RelationshipSpec =
        RelationshipSpec { kind: "team structure", type_name: "TeamStructure" };

    /// team leadership: `TeamLeadership`.
    pub const TEAM_LEADERSHIP: RelationshipSpec =
        RelationshipSpec { kind: "team leadership", type_name: "TeamLeadership" };

    /// team membership: `TeamMembership`.
    pub const TEAM_MEMBERSHIP: RelationshipSpec =
        RelationshipSpec { kind: "team membership", type_name: "TeamMembership" };

    /// profile identity: `ProfileIdentity`.
    pub const PROFILE_IDENTITY: RelationshipSpec =
        RelationshipSpec { kind: "profile identity", type_name: "ProfileIdentity" };
}

/// The operations of an organization integrator context (Egeria's `OrganizationIntegratorConnector / OrganizationIntegratorContext (Community Profile OMAS)`).
///
/// HR and directory systems: people, teams and other actor profiles, their contact details and user identities, roles and appointments, team structure and security groups.
///
/// Implemented over the repository by [`OrganizationIntegratorContext::new`]; with the `mocks` feature,
/// `MockOrganizationIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait OrganizationIntegratorApi: Send + Sync {
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
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<OrganizationSynchronizer>;

    /// Creates an actor profile (`ActorProfile`); returns its GUID. Egeria: `createActorProfile`.
    async fn create_actor_profile(&self, properties: ActorProfileProperties) -> Result<Guid>;

    /// Creates an actor profile (`ActorProfile`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createActorProfileFromTemplate`.
    async fn create_actor_profile_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates an actor profile (`ActorProfile`): merge sets the fields given, replace swaps all properties. Egeria: `updateActorProfile`.
    async fn update_actor_profile(
        &self,
        actor_profile_guid: &str,
        is_merge_update: bool,
        properties: ActorProfileProperties,
    ) -> Result<()>;

    /// Removes an actor profile (`ActorProfile`) with what is anchored to it. Egeria: `deleteActorProfile`.
    async fn delete_actor_profile(&self, actor_profile_guid: &str) -> Result<()>;

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

    /// Creates a person (`Person`); returns its GUID. Egeria: `createPerson`.
    async fn create_person(&self, properties: PersonProperties) -> Result<Guid>;

    /// Creates a person (`Person`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createPersonFromTemplate`.
    async fn create_person_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a person (`Person`): merge sets the fields given, replace swaps all properties. Egeria: `updatePerson`.
    async fn update_person(&self, person_guid: &str, is_merge_update: bool, properties: PersonProperties)
    -> Result<()>;

    /// Removes a person (`Person`) with what is anchored to it. Egeria: `deletePerson`.
    async fn delete_person(&self, person_guid: &str) -> Result<()>;

    /// The people whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findPeople`.
    async fn find_people(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<PersonElement>>;

    /// The people whose qualified name or display name is `name`. Egeria: `getPeopleByName`.
    async fn get_people_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<PersonElement>>;

    /// One person (`Person`) by GUID. Egeria: `getPersonByGUID`.
    async fn get_person_by_guid(&self, person_guid: &str) -> Result<PersonElement>;

    /// Creates a team (`Team`); returns its GUID. Egeria: `createTeam`.
    async fn create_team(&self, properties: TeamProperties) -> Result<Guid>;

    /// Creates a team (`Team`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createTeamFromTemplate`.
    async fn create_team_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a team (`Team`): merge sets the fields given, replace swaps all properties. Egeria: `updateTeam`.
    async fn update_team(&self, team_guid: &str, is_merge_update: bool, properties: TeamProperties) -> Result<()>;

    /// Removes a team (`Team`) with what is anchored to it. Egeria: `deleteTeam`.
    async fn delete_team(&self, team_guid: &str) -> Result<()>;

    /// The teams whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findTeams`.
    async fn find_teams(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<TeamElement>>;

    /// The teams whose qualified name or display name is `name`. Egeria: `getTeamsByName`.
    async fn get_teams_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<TeamElement>>;

    /// One team (`Team`) by GUID. Egeria: `getTeamByGUID`.
    async fn get_team_by_guid(&self, team_guid: &str) -> Result<TeamElement>;

    /// Creates a contact method (`ContactDetails`) under `profile_guid`; returns its GUID. Egeria: `addContactMethod`.
    async fn add_contact_method(&self, profile_guid: &str, properties: ContactMethodProperties) -> Result<Guid>;

    /// Updates a contact method (`ContactDetails`): merge sets the fields given, replace swaps all properties. Egeria: `updateContactMethod`.
    async fn update_contact_method(
        &self,
        contact_method_guid: &str,
        is_merge_update: bool,
        properties: ContactMethodProperties,
    ) -> Result<()>;

    /// Removes a contact method (`ContactDetails`) with what is anchored to it. Egeria: `deleteContactMethod`.
    async fn delete_contact_method(&self, contact_method_guid: &str) -> Result<()>;

    /// One contact method (`ContactDetails`) by GUID. Egeria: `getContactMethodByGUID`.
    async fn get_contact_method_by_guid(&self, contact_method_guid: &str) -> Result<ContactMethodElement>;

    /// The contact methods under `profile_guid`. Egeria: `getContactMethodsForProfile`.
    async fn get_contact_methods_for_profile(
        &self,
        profile_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ContactMethodElement>>;

    /// Creates a person role (`PersonRole`); returns its GUID. Egeria: `createPersonRole`.
    async fn create_person_role(&self, properties: PersonRoleProperties) -> Result<Guid>;

    /// Creates a person role (`PersonRole`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createPersonRoleFromTemplate`.
    async fn create_person_role_from_template(&self, template_guid: &str, template: TemplateProperties)
    -> Result<Guid>;

    /// Updates a person role (`PersonRole`): merge sets the fields given, replace swaps all properties. Egeria: `updatePersonRole`.
    async fn update_person_role(
        &self,
        person_role_guid: &str,
        is_merge_update: bool,
        properties: PersonRoleProperties,
    ) -> Result<()>;

    /// Removes a person role (`PersonRole`) with what is anchored to it. Egeria: `deletePersonRole`.
    async fn delete_person_role(&self, person_role_guid: &str) -> Result<()>;

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

    /// The user identities under `profile_guid`. Egeria: `getUserIdentitiesForProfile`.
    async fn get_user_identities_for_profile(
        &self,
        profile_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<UserIdentityElement>>;

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

    /// Creates an appointment relationship (`PersonRoleAppointment`) from `person_role_guid` to `person_guid`; returns its GUID. Egeria: `linkPersonRoleToProfile`.
    async fn link_person_role_to_profile(
        &self,
        person_role_guid: &str,
        person_guid: &str,
        properties: AppointmentProperties,
    ) -> Result<Guid>;

    /// Updates the appointment relationship (`PersonRoleAppointment`) from `person_role_guid` to `person_guid`. Egeria: `updateAppointment`.
    async fn update_appointment(
        &self,
        person_role_guid: &str,
        person_guid: &str,
        is_merge_update: bool,
        properties: AppointmentProperties,
    ) -> Result<()>;

    /// Removes the appointment relationship (`PersonRoleAppointment`) from `person_role_guid` to `person_guid`. Egeria: `unlinkPersonRoleFromProfile`.
    async fn unlink_person_role_from_profile(&self, person_role_guid: &str, person_guid: &str) -> Result<()>;

    /// The appointment relationships (`PersonRoleAppointment`) an element takes part in, at `at_end` (or either). Egeria: `getAppointees`.
    async fn get_appointees(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<AppointmentProperties>>>;

    /// Creates a team structure relationship (`TeamStructure`) from `super_team_guid` to `sub_team_guid`; returns its GUID. Egeria: `linkTeamsInHierarchy`.
    async fn link_teams_in_hierarchy(
        &self,
        super_team_guid: &str,
        sub_team_guid: &str,
        properties: TeamStructureProperties,
    ) -> Result<Guid>;

    /// Updates the team structure relationship (`TeamStructure`) from `super_team_guid` to `sub_team_guid`. Egeria: `updateTeamHierarchy`.
    async fn update_team_hierarchy(
        &self,
        super_team_guid: &str,
        sub_team_guid: &str,
        is_merge_update: bool,
        properties: TeamStructureProperties,
    ) -> Result<()>;

    /// Removes the team structure relationship (`TeamStructure`) from `super_team_guid` to `sub_team_guid`. Egeria: `unlinkTeamsInHierarchy`.
    async fn unlink_teams_in_hierarchy(&self, super_team_guid: &str, sub_team_guid: &str) -> Result<()>;

    /// The team structure relationships (`TeamStructure`) an element takes part in, at `at_end` (or either). Egeria: `getTeamHierarchyLinks`.
    async fn get_team_hierarchy_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<TeamStructureProperties>>>;

    /// Creates a team leadership relationship (`TeamLeadership`) from `person_role_guid` to `team_guid`; returns its GUID. Egeria: `linkTeamLeader`.
    async fn link_team_leader(
        &self,
        person_role_guid: &str,
        team_guid: &str,
        properties: TeamLeadershipProperties,
    ) -> Result<Guid>;

    /// Updates the team leadership relationship (`TeamLeadership`) from `person_role_guid` to `team_guid`. Egeria: `updateTeamLeadership`.
    async fn update_team_leadership(
        &self,
        person_role_guid: &str,
        team_guid: &str,
        is_merge_update: bool,
        properties: TeamLeadershipProperties,
    ) -> Result<()>;

    /// Removes the team leadership relationship (`TeamLeadership`) from `person_role_guid` to `team_guid`. Egeria: `unlinkTeamLeader`.
    async fn unlink_team_leader(&self, person_role_guid: &str, team_guid: &str) -> Result<()>;

    /// The team leadership relationships (`TeamLeadership`) an element takes part in, at `at_end` (or either). Egeria: `getLeadershipRolesForTeam`.
    async fn get_leadership_roles_for_team(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<TeamLeadershipProperties>>>;

    /// Creates a team membership relationship (`TeamMembership`) from `person_role_guid` to `team_guid`; returns its GUID. Egeria: `linkTeamMember`.
    async fn link_team_member(
        &self,
        person_role_guid: &str,
        team_guid: &str,
        properties: TeamMembershipProperties,
    ) -> Result<Guid>;

    /// Updates the team membership relationship (`TeamMembership`) from `person_role_guid` to `team_guid`. Egeria: `updateTeamMembership`.
    async fn update_team_membership(
        &self,
        person_role_guid: &str,
        team_guid: &str,
        is_merge_update: bool,
        properties: TeamMembershipProperties,
    ) -> Result<()>;

    /// Removes the team membership relationship (`TeamMembership`) from `person_role_guid` to `team_guid`. Egeria: `unlinkTeamMember`.
    async fn unlink_team_member(&self, person_role_guid: &str, team_guid: &str) -> Result<()>;

    /// The team membership relationships (`TeamMembership`) an element takes part in, at `at_end` (or either). Egeria: `getMembershipRolesForTeam`.
    async fn get_membership_roles_for_team(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<TeamMembershipProperties>>>;

    /// Creates a profile identity relationship (`ProfileIdentity`) from `profile_guid` to `user_identity_guid`; returns its GUID. Egeria: `addIdentityToProfile`.
    async fn add_identity_to_profile(
        &self,
        profile_guid: &str,
        user_identity_guid: &str,
        properties: ProfileIdentityProperties,
    ) -> Result<Guid>;

    /// Updates the profile identity relationship (`ProfileIdentity`) from `profile_guid` to `user_identity_guid`. Egeria: `updateProfileIdentity`.
    async fn update_profile_identity(
        &self,
        profile_guid: &str,
        user_identity_guid: &str,
        is_merge_update: bool,
        properties: ProfileIdentityProperties,
    ) -> Result<()>;

    /// Removes the profile identity relationship (`ProfileIdentity`) from `profile_guid` to `user_identity_guid`. Egeria: `removeIdentityFromProfile`.
    async fn remove_identity_from_profile(&self, profile_guid: &str, user_identity_guid: &str) -> Result<()>;

    /// The profile identity relationships (`ProfileIdentity`) an element takes part in, at `at_end` (or either). Egeria: `getProfileIdentityLinks`.
    async fn get_profile_identity_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ProfileIdentityProperties>>>;
}

/// The context of an organization integration connector (Egeria's `OrganizationIntegratorConnector / OrganizationIntegratorContext (Community Profile OMAS)`): every method of
/// [`OrganizationIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct OrganizationIntegratorContext {
    api: Arc<dyn OrganizationIntegratorApi>,
}

impl OrganizationIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<OrganizationIntegratorContext> {
        OrganizationIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(
        core: IntegrationContext,
        connection: Option<&Connection>,
    ) -> Result<OrganizationIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let _ = connection;
        Ok(OrganizationIntegratorContext { api: Arc::new(OrganizationIntegratorClient { core }) })
    }

    /// A context over another implementation of the operations, such as `MockOrganizationIntegratorApi`.
    pub fn from_api(api: Arc<dyn OrganizationIntegratorApi>) -> OrganizationIntegratorContext {
        OrganizationIntegratorContext { api }
    }
}

impl Deref for OrganizationIntegratorContext {
    type Target = dyn OrganizationIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for OrganizationIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OrganizationIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct OrganizationIntegratorClient {
    pub(crate) core: IntegrationContext,
}

#[async_trait]
impl OrganizationIntegratorApi for OrganizationIntegratorClient {
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

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<OrganizationSynchronizer> {
        OrganizationSynchronizer::new(&self.core, scope, options)
    }

    async fn create_actor_profile(&self, properties: ActorProfileProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::ACTOR_PROFILE, "createActorProfile", None, &properties).await
    }

    async fn create_actor_profile_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::ACTOR_PROFILE,
            "createActorProfileFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_actor_profile(
        &self,
        actor_profile_guid: &str,
        is_merge_update: bool,
        properties: ActorProfileProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::ACTOR_PROFILE,
            "updateActorProfile",
            actor_profile_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn delete_actor_profile(&self, actor_profile_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::ACTOR_PROFILE, "deleteActorProfile", actor_profile_guid).await
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

    async fn create_person(&self, properties: PersonProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::PERSON, "createPerson", None, &properties).await
    }

    async fn create_person_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::PERSON,
            "createPersonFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_person(
        &self,
        person_guid: &str,
        is_merge_update: bool,
        properties: PersonProperties,
    ) -> Result<()> {
        family::update(&self.core, &kinds::PERSON, "updatePerson", person_guid, is_merge_update, &properties).await
    }

    async fn delete_person(&self, person_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::PERSON, "deletePerson", person_guid).await
    }

    async fn find_people(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<PersonElement>> {
        family::find(&self.core, &kinds::PERSON, search_string, start_from, page_size).await
    }

    async fn get_people_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<PersonElement>> {
        family::get_by_name(&self.core, &kinds::PERSON, name, start_from, page_size).await
    }

    async fn get_person_by_guid(&self, person_guid: &str) -> Result<PersonElement> {
        family::get_by_guid(&self.core, &kinds::PERSON, "getPersonByGUID", person_guid).await
    }

    async fn create_team(&self, properties: TeamProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::TEAM, "createTeam", None, &properties).await
    }

    async fn create_team_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(&self.core, &kinds::TEAM, "createTeamFromTemplate", template_guid, None, &template)
            .await
    }

    async fn update_team(&self, team_guid: &str, is_merge_update: bool, properties: TeamProperties) -> Result<()> {
        family::update(&self.core, &kinds::TEAM, "updateTeam", team_guid, is_merge_update, &properties).await
    }

    async fn delete_team(&self, team_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::TEAM, "deleteTeam", team_guid).await
    }

    async fn find_teams(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<TeamElement>> {
        family::find(&self.core, &kinds::TEAM, search_string, start_from, page_size).await
    }

    async fn get_teams_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<TeamElement>> {
        family::get_by_name(&self.core, &kinds::TEAM, name, start_from, page_size).await
    }

    async fn get_team_by_guid(&self, team_guid: &str) -> Result<TeamElement> {
        family::get_by_guid(&self.core, &kinds::TEAM, "getTeamByGUID", team_guid).await
    }

    async fn add_contact_method(&self, profile_guid: &str, properties: ContactMethodProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::CONTACT_METHOD, "addContactMethod", Some(profile_guid), &properties).await
    }

    async fn update_contact_method(
        &self,
        contact_method_guid: &str,
        is_merge_update: bool,
        properties: ContactMethodProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::CONTACT_METHOD,
            "updateContactMethod",
            contact_method_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn delete_contact_method(&self, contact_method_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::CONTACT_METHOD, "deleteContactMethod", contact_method_guid).await
    }

    async fn get_contact_method_by_guid(&self, contact_method_guid: &str) -> Result<ContactMethodElement> {
        family::get_by_guid(&self.core, &kinds::CONTACT_METHOD, "getContactMethodByGUID", contact_method_guid).await
    }

    async fn get_contact_methods_for_profile(
        &self,
        profile_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ContactMethodElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::CONTACT_METHOD,
            "getContactMethodsForProfile",
            profile_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn create_person_role(&self, properties: PersonRoleProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::PERSON_ROLE, "createPersonRole", None, &properties).await
    }

    async fn create_person_role_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::PERSON_ROLE,
            "createPersonRoleFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_person_role(
        &self,
        person_role_guid: &str,
        is_merge_update: bool,
        properties: PersonRoleProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::PERSON_ROLE,
            "updatePersonRole",
            person_role_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn delete_person_role(&self, person_role_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::PERSON_ROLE, "deletePersonRole", person_role_guid).await
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

    async fn link_person_role_to_profile(
        &self,
        person_role_guid: &str,
        person_guid: &str,
        properties: AppointmentProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::APPOINTMENT,
            "linkPersonRoleToProfile",
            person_role_guid,
            person_guid,
            &properties,
        )
        .await
    }

    async fn update_appointment(
        &self,
        person_role_guid: &str,
        person_guid: &str,
        is_merge_update: bool,
        properties: AppointmentProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::APPOINTMENT,
            "updateAppointment",
            person_role_guid,
            person_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_person_role_from_profile(&self, person_role_guid: &str, person_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::APPOINTMENT, "unlinkPersonRoleFromProfile", person_role_guid, person_guid)
            .await
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

    async fn link_teams_in_hierarchy(
        &self,
        super_team_guid: &str,
        sub_team_guid: &str,
        properties: TeamStructureProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::TEAM_STRUCTURE,
            "linkTeamsInHierarchy",
            super_team_guid,
            sub_team_guid,
            &properties,
        )
        .await
    }

    async fn update_team_hierarchy(
        &self,
        super_team_guid: &str,
        sub_team_guid: &str,
        is_merge_update: bool,
        properties: TeamStructureProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::TEAM_STRUCTURE,
            "updateTeamHierarchy",
            super_team_guid,
            sub_team_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_teams_in_hierarchy(&self, super_team_guid: &str, sub_team_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::TEAM_STRUCTURE, "unlinkTeamsInHierarchy", super_team_guid, sub_team_guid)
            .await
    }

    async fn get_team_hierarchy_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<TeamStructureProperties>>> {
        family::list_links(&self.core, &kinds::TEAM_STRUCTURE, element_guid, at_end, start_from, page_size).await
    }

    async fn link_team_leader(
        &self,
        person_role_guid: &str,
        team_guid: &str,
        properties: TeamLeadershipProperties,
    ) -> Result<Guid> {
        family::link(&self.core, &kinds::TEAM_LEADERSHIP, "linkTeamLeader", person_role_guid, team_guid, &properties)
            .await
    }

    async fn update_team_leadership(
        &self,
        person_role_guid: &str,
        team_guid: &str,
        is_merge_update: bool,
        properties: TeamLeadershipProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::TEAM_LEADERSHIP,
            "updateTeamLeadership",
            person_role_guid,
            team_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_team_leader(&self, person_role_guid: &str, team_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::TEAM_LEADERSHIP, "unlinkTeamLeader", person_role_guid, team_guid).await
    }

    async fn get_leadership_roles_for_team(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<TeamLeadershipProperties>>> {
        family::list_links(&self.core, &kinds::TEAM_LEADERSHIP, element_guid, at_end, start_from, page_size).await
    }

    async fn link_team_member(
        &self,
        person_role_guid: &str,
        team_guid: &str,
        properties: TeamMembershipProperties,
    ) -> Result<Guid> {
        family::link(&self.core, &kinds::TEAM_MEMBERSHIP, "linkTeamMember", person_role_guid, team_guid, &properties)
            .await
    }

    async fn update_team_membership(
        &self,
        person_role_guid: &str,
        team_guid: &str,
        is_merge_update: bool,
        properties: TeamMembershipProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::TEAM_MEMBERSHIP,
            "updateTeamMembership",
            person_role_guid,
            team_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_team_member(&self, person_role_guid: &str, team_guid: &str) -> Result<()> {
        family::unlink(&self.core, &kinds::TEAM_MEMBERSHIP, "unlinkTeamMember", person_role_guid, team_guid).await
    }

    async fn get_membership_roles_for_team(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<TeamMembershipProperties>>> {
        family::list_links(&self.core, &kinds::TEAM_MEMBERSHIP, element_guid, at_end, start_from, page_size).await
    }

    async fn add_identity_to_profile(
        &self,
        profile_guid: &str,
        user_identity_guid: &str,
        properties: ProfileIdentityProperties,
    ) -> Result<Guid> {
        family::link(
            &self.core,
            &kinds::PROFILE_IDENTITY,
            "addIdentityToProfile",
            profile_guid,
            user_identity_guid,
            &properties,
        )
        .await
    }

    async fn update_profile_identity(
        &self,
        profile_guid: &str,
        user_identity_guid: &str,
        is_merge_update: bool,
        properties: ProfileIdentityProperties,
    ) -> Result<()> {
        family::update_link(
            &self.core,
            &kinds::PROFILE_IDENTITY,
            "updateProfileIdentity",
            profile_guid,
            user_identity_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_identity_from_profile(&self, profile_guid: &str, user_identity_guid: &str) -> Result<()> {
        family::unlink(
            &self.core,
            &kinds::PROFILE_IDENTITY,
            "removeIdentityFromProfile",
            profile_guid,
            user_identity_guid,
        )
        .await
    }

    async fn get_profile_identity_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ProfileIdentityProperties>>> {
        family::list_links(&self.core, &kinds::PROFILE_IDENTITY, element_guid, at_end, start_from, page_size).await
    }
}

/// Synchronizes one scope of the external source (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct OrganizationSynchronizer {
    inner: TypedSynchronizer,
}

impl OrganizationSynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<OrganizationSynchronizer> {
        Ok(OrganizationSynchronizer { inner: TypedSynchronizer::new(context, scope, options)? })
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

    /// Upserts an actor profile (`ActorProfile`) identified by the third party's `key`.
    pub async fn upsert_actor_profile(&mut self, key: &str, properties: &ActorProfileProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::ACTOR_PROFILE, key, None, properties, Vec::new()).await
    }

    /// Upserts a person (`Person`) identified by the third party's `key`.
    pub async fn upsert_person(&mut self, key: &str, properties: &PersonProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::PERSON, key, None, properties, Vec::new()).await
    }

    /// Upserts a team (`Team`) identified by the third party's `key`.
    pub async fn upsert_team(&mut self, key: &str, properties: &TeamProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::TEAM, key, None, properties, Vec::new()).await
    }

    /// Upserts a contact method (`ContactDetails`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_contact_method(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &ContactMethodProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::CONTACT_METHOD, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a person role (`PersonRole`) identified by the third party's `key`.
    pub async fn upsert_person_role(&mut self, key: &str, properties: &PersonRoleProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::PERSON_ROLE, key, None, properties, Vec::new()).await
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

    /// Upserts a security group (`SecurityGroup`) identified by the third party's `key`.
    pub async fn upsert_security_group(&mut self, key: &str, properties: &SecurityGroupProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::SECURITY_GROUP, key, None, properties, Vec::new()).await
    }

    /// Upserts an appointment relationship (`PersonRoleAppointment`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_appointment(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &AppointmentProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::APPOINTMENT, key, end1, end2, properties).await
    }

    /// Upserts a team structure relationship (`TeamStructure`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_team_structure(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &TeamStructureProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::TEAM_STRUCTURE, key, end1, end2, properties).await
    }

    /// Upserts a team leadership relationship (`TeamLeadership`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_team_leadership(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &TeamLeadershipProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::TEAM_LEADERSHIP, key, end1, end2, properties).await
    }

    /// Upserts a team membership relationship (`TeamMembership`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_team_membership(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &TeamMembershipProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::TEAM_MEMBERSHIP, key, end1, end2, properties).await
    }

    /// Upserts a profile identity relationship (`ProfileIdentity`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_profile_identity(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &ProfileIdentityProperties,
    ) -> Result<()> {
        self.inner.upsert_link(&kinds::PROFILE_IDENTITY, key, end1, end2, properties).await
    }
}

/// A organization integration connector (Egeria's `OrganizationIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait OrganizationIntegratorConnector: Send + 'static {
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
    fn set_context(&mut self, context: OrganizationIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&OrganizationIntegratorContext>;

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

/// Hosts an organization connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`OrganizationIntegratorContext`] (refusing one of another
/// service).
pub struct OrganizationIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<OrganizationIntegratorContext>,
}

impl<C: OrganizationIntegratorConnector> OrganizationIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> OrganizationIntegratorAdapter<C> {
        OrganizationIntegratorAdapter { connector, connection: None, context: None }
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
impl<C: OrganizationIntegratorConnector> IntegrationConnector for OrganizationIntegratorAdapter<C> {
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
        let typed = OrganizationIntegratorContext::with_connection(context, self.connection.as_ref())?;
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

/// A organization connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: OrganizationIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(OrganizationIntegratorAdapter::new(connector))
}
