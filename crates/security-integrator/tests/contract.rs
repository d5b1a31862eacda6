//! Contract tests of the security integration service against the real embedded (SQLite) store.

use std::sync::Arc;

use integration_daemon_api::{
    ElementQuery, ErrorKind, ExternalIdQuery, MetadataStore, NewElement, NewRelationship, PropertyValue, deliver_events,
};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};
use security_integrator::*;

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

/// A security connector with its own metadata source, in `direction`.
async fn security_context(
    store: &Arc<dyn MetadataStore>,
    name: &str,
    direction: PermittedSynchronization,
) -> SecurityIntegratorContext {
    let core =
        connect(store, identity(IntegrationService::Security, name, direction, Some(&format!("LDAP::{name}")))).await;
    SecurityIntegratorContext::new(core).unwrap()
}

/// A connector that imports the directory's groups: it writes open metadata, so it needs a
/// direction other than the service's default `TO_THIRD_PARTY`.
async fn importer(store: &Arc<dyn MetadataStore>, name: &str) -> SecurityIntegratorContext {
    security_context(store, name, PermittedSynchronization::BothDirections).await
}

fn group_dn(group: &str) -> String {
    format!("cn={group},ou=groups,dc=example,dc=com")
}

/// One enumeration of a directory: `groups` are group names, `users` are (user, groups).
async fn enumerate(context: &SecurityIntegratorContext, groups: &[&str], users: &[(&str, &[&str])]) -> SyncSummary {
    let mut sync = context.synchronizer("ldap", SyncOptions::default()).unwrap();
    for group in groups {
        let properties = SecurityGroupProperties {
            display_name: Some((*group).into()),
            distinguished_name: Some(group_dn(group)),
            ..SecurityGroupProperties::new(format!("ldap::group::{group}"))
        };
        sync.upsert_security_group(&group_dn(group), &properties).await.unwrap();
    }
    for (user, member_of) in users {
        let dn = format!("uid={user},ou=people,dc=example,dc=com");
        let properties = UserIdentityProperties {
            user_id: Some((*user).into()),
            distinguished_name: Some(dn.clone()),
            ..UserIdentityProperties::new(format!("ldap::user::{user}"))
        };
        let membership = SecurityGroupMembershipProperties {
            groups: Some(member_of.iter().map(|group| group_dn(group)).collect()),
            ..Default::default()
        };
        // Group membership travels as a classification of the identity.
        sync.typed()
            .upsert_entity(&kinds::USER_IDENTITY, &dn, None, &properties, vec![membership.into_classification()])
            .await
            .unwrap();
    }
    sync.complete().await.unwrap()
}

const GROUPS: &[&str] = &["admins", "analysts", "auditors"];
const USERS: &[(&str, &[&str])] = &[("alice", &["admins", "analysts"]), ("bob", &["analysts"])];

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_directory_enumeration_gives_groups_identities_correlations_and_events() {
    let (_dir, store) = repository().await;
    let context = importer(&store, "directory").await;
    let before = latest(&store).await;

    // First enumeration: everything is new.
    let summary = enumerate(&context, GROUPS, USERS).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (5, 0, 0, 0), "{summary:?}");
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("SecurityGroup")), 3);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("UserIdentity")), 2);
    assert_eq!(events.len(), 5, "the memberships come with the identities: {events:#?}");

    // The typed reads see the directory.
    let groups = context.find_security_groups("", 0, 0).await.unwrap();
    let mut names: Vec<_> = groups.iter().map(|g| g.properties.qualified_name.clone().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["ldap::group::admins", "ldap::group::analysts", "ldap::group::auditors"]);
    assert!(
        groups
            .iter()
            .all(|g| g.element_header.origin.home_metadata_collection_name.as_deref() == Some("LDAP::directory"))
    );
    let alice = context.get_user_identities_by_name("ldap::user::alice", 0, 0).await.unwrap().remove(0);
    assert_eq!(alice.properties.user_id.as_deref(), Some("alice"));
    let membership = alice.element_header.classification("SecurityGroupMembership").expect("alice is in groups");
    assert_eq!(
        membership.classification_properties.get("groups").and_then(PropertyValue::as_string_array),
        Some(vec![group_dn("admins"), group_dn("analysts")])
    );
    // Every group and identity is correlated with its distinguished name.
    let core = context.integration_context().unwrap();
    let ids = core
        .find_external_ids(&ExternalIdQuery { scope_guid: context.security_manager_guid(), ..Default::default() })
        .await
        .unwrap();
    let mut keys: Vec<_> = ids.iter().map(|id| id.key.clone()).collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            group_dn("admins"),
            group_dn("analysts"),
            group_dn("auditors"),
            "uid=alice,ou=people,dc=example,dc=com".to_owned(),
            "uid=bob,ou=people,dc=example,dc=com".to_owned()
        ]
    );
    assert!(ids.iter().all(|id| id.sync_scope.as_deref() == Some("ldap")));

    // The same again: nothing is written, no event.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&context, GROUPS, USERS).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 5, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());

    // `auditors` was dropped and bob joined `admins`: one removal, one reclassification.
    let before_change = latest(&store).await;
    let summary = enumerate(
        &context,
        &["admins", "analysts"],
        &[("alice", &["admins", "analysts"]), ("bob", &["analysts", "admins"])],
    )
    .await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 1, 3, 1), "{summary:?}");
    let events = changes_since(&store, before_change).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("SecurityGroup")), 1);
    assert_eq!(count(&events, ChangeEventType::ReclassifiedElement, Some("UserIdentity")), 1);
    assert_eq!(events.len(), 2, "{events:#?}");
    assert!(context.get_security_groups_for_distinguished_name(&group_dn("auditors"), 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_security_groups("", 0, 0).await.unwrap().len(), 2);
    let bob = context.get_user_identities_by_name("ldap::user::bob", 0, 0).await.unwrap().remove(0);
    let groups = bob.element_header.classification("SecurityGroupMembership").unwrap();
    let groups = groups.classification_properties.get("groups").and_then(PropertyValue::as_string_array).unwrap();
    assert_eq!(groups, [group_dn("analysts"), group_dn("admins")]);
    assert_eq!(context.find_user_identities("", 0, 0).await.unwrap().len(), 2);
}

#[tokio::test]
async fn groups_are_found_by_distinguished_name_and_list_what_they_govern() {
    let (_dir, store) = repository().await;
    let context = importer(&store, "directory").await;
    let admins = context
        .create_security_group(SecurityGroupProperties {
            distinguished_name: Some(group_dn("admins")),
            ..SecurityGroupProperties::new("ldap::group::admins")
        })
        .await
        .unwrap();
    let analysts = context
        .create_security_group(SecurityGroupProperties {
            distinguished_name: Some(group_dn("analysts")),
            ..SecurityGroupProperties::new("ldap::group::analysts")
        })
        .await
        .unwrap();
    // A user identity may carry the same distinguished name; it is no group.
    let identity_guid = context
        .create_user_identity(UserIdentityProperties {
            distinguished_name: Some(group_dn("admins")),
            ..UserIdentityProperties::new("ldap::user::admins")
        })
        .await
        .unwrap();

    // Lookup by distinguished name: exact, groups only.
    let found = context.get_security_groups_for_distinguished_name(&group_dn("admins"), 0, 0).await.unwrap();
    assert_eq!(found.iter().map(TypedElement::guid).collect::<Vec<_>>(), [admins.as_str()]);
    assert_eq!(found[0].properties.qualified_name.as_deref(), Some("ldap::group::admins"));
    assert!(context.get_security_groups_for_distinguished_name("cn=admins", 0, 0).await.unwrap().is_empty());
    assert!(
        context
            .get_security_groups_for_distinguished_name("CN=ADMINS,OU=GROUPS,DC=EXAMPLE,DC=COM", 0, 0)
            .await
            .unwrap()
            .is_empty()
    );
    // Another directory may catalog a group with the same name: both are found, a page at a time.
    let mirror = importer(&store, "mirror").await;
    mirror
        .create_security_group(SecurityGroupProperties {
            distinguished_name: Some(group_dn("admins")),
            ..SecurityGroupProperties::new("mirror::group::admins")
        })
        .await
        .unwrap();
    assert_eq!(context.get_security_groups_for_distinguished_name(&group_dn("admins"), 0, 0).await.unwrap().len(), 2);
    assert_eq!(context.get_security_groups_for_distinguished_name(&group_dn("admins"), 1, 1).await.unwrap().len(), 1);

    // A catalog links what the groups govern (GovernedBy: the governed element at end 1).
    let catalog = connect(
        &store,
        identity(IntegrationService::Catalog, "catalog", PermittedSynchronization::BothDirections, None),
    )
    .await;
    let mut databases = Vec::new();
    for name in ["sales", "hr"] {
        let properties = ElementProperties::new().with("qualifiedName", format!("db::{name}"));
        databases.push(catalog.create_element(NewElement::new("Database", properties)).await.unwrap());
    }
    let (sales, hr) = (databases[0].clone(), databases[1].clone());
    for (governed, group) in [(&sales, &admins), (&hr, &admins), (&analysts, &admins), (&hr, &analysts)] {
        catalog.relate(NewRelationship::new("GovernedBy", governed.as_str(), group.as_str())).await.unwrap();
    }
    let governed = context.get_elements_governed_by_security_group(&admins, 0, 0).await.unwrap();
    let mut names: Vec<_> = governed.iter().map(|stub| stub.unique_name.clone().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["db::hr", "db::sales", "ldap::group::analysts"]);
    let by_analysts = context.get_elements_governed_by_security_group(&analysts, 0, 0).await.unwrap();
    assert_eq!(
        by_analysts.iter().map(|stub| stub.guid.as_str()).collect::<Vec<_>>(),
        [hr.as_str()],
        "analysts is governed by admins, it does not govern admins"
    );
    assert_eq!(by_analysts[0].element_type.type_name, "Database");
    assert_eq!(context.get_elements_governed_by_security_group(&admins, 0, 2).await.unwrap().len(), 2);
    assert_eq!(context.get_elements_governed_by_security_group(&admins, 2, 2).await.unwrap().len(), 1);
    let error = context.get_elements_governed_by_security_group(&identity_guid, 0, 0).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(
        error.message().contains("UserIdentity") && error.message().contains("getElementsGovernedBySecurityGroup"),
        "{error}"
    );
    assert!(context.get_elements_governed_by_security_group("no-such-guid", 0, 0).await.unwrap_err().is_not_found());
}

#[tokio::test]
async fn people_and_roles_are_readable_but_not_writable() {
    let (_dir, store) = repository().await;
    // The HR connector catalogs a person appointed to a role.
    let hr = connect(
        &store,
        identity(IntegrationService::Organization, "hr", PermittedSynchronization::FromThirdParty, Some("Workday::hr")),
    )
    .await;
    let person = hr
        .create_element(NewElement::new(
            "Person",
            ElementProperties::new().with("qualifiedName", "hr::alice").with("fullName", "Alice Liddell"),
        ))
        .await
        .unwrap();
    let team = hr
        .create_element(NewElement::new("Team", ElementProperties::new().with("qualifiedName", "hr::platform")))
        .await
        .unwrap();
    let role = hr
        .create_element(NewElement::new(
            "PersonRole",
            ElementProperties::new().with("qualifiedName", "hr::role::dba").with("headCount", 2),
        ))
        .await
        .unwrap();
    hr.relate(
        NewRelationship::new("PersonRoleAppointment", role.as_str(), person.as_str())
            .with_properties(ElementProperties::new().with("expectedTimeAllocationPercent", 40)),
    )
    .await
    .unwrap();

    // The security connector (default direction) reads them to decide who gets access.
    let context = security_context(&store, "ranger", PermittedSynchronization::ToThirdParty).await;
    let profiles = context.find_actor_profiles("", 0, 0).await.unwrap();
    let mut types: Vec<_> = profiles.iter().map(|p| p.type_name().to_owned()).collect();
    types.sort();
    assert_eq!(types, ["Person", "Team"]);
    let alice = context.get_actor_profile_by_guid(&person).await.unwrap();
    assert_eq!(alice.properties.qualified_name.as_deref(), Some("hr::alice"));
    assert_eq!(
        alice.properties.extended_properties.get_str("fullName"),
        Some("Alice Liddell"),
        "a person's own properties are kept"
    );
    assert_eq!(context.get_actor_profiles_by_name("hr::platform", 0, 0).await.unwrap()[0].guid(), team);
    let dba = context.get_person_roles_by_name("hr::role::dba", 0, 0).await.unwrap();
    assert_eq!(dba.len(), 1);
    assert_eq!(dba[0].properties.head_count, Some(2));
    assert_eq!(context.find_person_roles("dba", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.get_person_role_by_guid(&role).await.unwrap().guid(), role);
    let appointees = context.get_appointees(&role, RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(appointees.len(), 1);
    assert_eq!(appointees[0].end2.guid, person);
    assert_eq!(appointees[0].properties.expected_time_allocation_percent, Some(40));
    let error = context.get_person_role_by_guid(&person).await.unwrap_err();
    assert!(error.message().contains("Person") && error.message().contains("getPersonRoleByGUID"), "{error}");
    assert!(context.get_actor_profile_by_guid(&role).await.is_err(), "a role is no profile");

    // The context offers no call that changes them, and the core refuses the default direction's
    // writes anyway.
    let core = context.integration_context().unwrap();
    let error =
        core.update_element(&person, ElementProperties::new().with("fullName", "Mallory"), true).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    // Even a security connector allowed to write may not change what the HR system owns.
    let importer = importer(&store, "importer").await;
    let error = importer
        .integration_context()
        .unwrap()
        .update_element(&person, ElementProperties::new().with("fullName", "Mallory"), true)
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert!(error.message().contains("Workday::hr"), "{error}");
    let read = context.get_actor_profile_by_guid(&person).await.unwrap();
    assert_eq!(read.properties.extended_properties.get_str("fullName"), Some("Alice Liddell"));
    let people = core.find_elements(&ElementQuery::of_type("Person")).await.unwrap();
    assert_eq!(people.len(), 1);
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn typed_calls_manage_groups_and_identities_and_check_kinds() {
    let (_dir, store) = repository().await;
    let context = importer(&store, "typed").await;
    let admins = context
        .create_security_group(SecurityGroupProperties {
            display_name: Some("Administrators".into()),
            description: Some("Full access".into()),
            distinguished_name: Some(group_dn("admins")),
            implications: Some(vec!["may drop tables".into()]),
            ..SecurityGroupProperties::new("ldap::group::admins")
        })
        .await
        .unwrap();
    let alice = context
        .create_user_identity(UserIdentityProperties {
            user_id: Some("alice".into()),
            distinguished_name: Some("uid=alice,ou=people,dc=example,dc=com".into()),
            ..UserIdentityProperties::new("ldap::user::alice")
        })
        .await
        .unwrap();
    let bob = context.create_user_identity(UserIdentityProperties::new("ldap::user::bob")).await.unwrap();

    // Reads by GUID, by name and by search string.
    let read = context.get_security_group_by_guid(&admins).await.unwrap();
    assert_eq!(
        (read.properties.display_name.as_deref(), read.properties.implications.clone()),
        (Some("Administrators"), Some(vec!["may drop tables".to_owned()]))
    );
    assert_eq!(context.get_security_groups_by_name("Administrators", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_security_groups("Full", 0, 0).await.unwrap().len(), 1);
    assert!(context.find_security_groups("Partial", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_user_identities("ldap::user", 0, 0).await.unwrap().len(), 2);
    assert_eq!(context.find_user_identities("ldap::user", 1, 5).await.unwrap().len(), 1, "paged");
    let read = context.get_user_identity_by_guid(&alice).await.unwrap();
    assert_eq!(read.properties.user_id.as_deref(), Some("alice"));
    assert_eq!(read.properties.distinguished_name.as_deref(), Some("uid=alice,ou=people,dc=example,dc=com"));

    // Wrong kinds are refused, naming what was found and the call.
    let error = context.get_security_group_by_guid(&alice).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("UserIdentity") && error.message().contains("getSecurityGroupByGUID"), "{error}");
    let error = context.delete_user_identity(&admins).await.unwrap_err();
    assert!(error.message().contains("SecurityGroup") && error.message().contains("deleteUserIdentity"), "{error}");
    assert!(context.get_user_identity_by_guid("no-such-guid").await.unwrap_err().is_not_found());
    let error = context
        .create_user_identity(UserIdentityProperties {
            type_name: Some("SecurityGroup".into()),
            ..UserIdentityProperties::new("ldap::x")
        })
        .await
        .unwrap_err();
    assert!(error.message().contains("SecurityGroup") && error.message().contains("UserIdentity"), "{error}");
    let membership = SecurityGroupMembershipProperties { groups: Some(vec![group_dn("admins")]), ..Default::default() };
    let error = context.set_security_group_membership(&admins, membership.clone()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "only identities are members: {error}");

    // Group membership is a classification of the identity.
    context.set_security_group_membership(&alice, membership).await.unwrap();
    let read = context.get_user_identity_by_guid(&alice).await.unwrap();
    let groups = read.element_header.classification("SecurityGroupMembership").expect("set");
    assert_eq!(
        groups.classification_properties.get("groups").and_then(PropertyValue::as_string_array),
        Some(vec![group_dn("admins")])
    );
    context.clear_security_group_membership(&alice).await.unwrap();
    assert!(
        context
            .get_user_identity_by_guid(&alice)
            .await
            .unwrap()
            .element_header
            .classification("SecurityGroupMembership")
            .is_none()
    );
    let before = latest(&store).await;
    context.clear_security_group_membership(&alice).await.unwrap();
    assert!(changes_since(&store, before).await.is_empty(), "clearing what is not there writes nothing");

    // Merge keeps what is not given; replace drops it.
    context
        .update_security_group(
            &admins,
            true,
            SecurityGroupProperties { summary: Some("root-like".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_security_group_by_guid(&admins).await.unwrap();
    assert_eq!(
        (read.properties.summary.as_deref(), read.properties.distinguished_name.as_deref()),
        (Some("root-like"), Some(group_dn("admins").as_str()))
    );
    context.update_security_group(&admins, false, SecurityGroupProperties::new("ldap::group::admins")).await.unwrap();
    let read = context.get_security_group_by_guid(&admins).await.unwrap();
    assert_eq!(
        (read.properties.summary, read.properties.distinguished_name, read.properties.implications),
        (None, None, None)
    );
    context
        .update_user_identity(&bob, true, UserIdentityProperties { user_id: Some("bob".into()), ..Default::default() })
        .await
        .unwrap();
    assert!(context.find_user_identities("^bob$", 0, 0).await.unwrap().len() == 1);

    // A group can be copied from a template.
    let copy = context
        .create_security_group_from_template(&admins, TemplateProperties::named("ldap::group::admins-eu"))
        .await
        .unwrap();
    assert_eq!(
        context.get_security_group_by_guid(&copy).await.unwrap().properties.qualified_name.as_deref(),
        Some("ldap::group::admins-eu")
    );

    // Removal.
    let before = latest(&store).await;
    context.delete_security_group(&admins).await.unwrap();
    context.delete_user_identity(&bob).await.unwrap();
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("SecurityGroup")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("UserIdentity")), 1);
    assert!(context.get_security_group_by_guid(&admins).await.unwrap_err().is_not_found());
    assert_eq!(
        context.find_user_identities("", 0, 0).await.unwrap().iter().map(TypedElement::guid).collect::<Vec<_>>(),
        [alice.as_str()]
    );
    assert_eq!(context.find_security_groups("", 0, 0).await.unwrap().len(), 1, "the copy stays");
}

#[tokio::test]
async fn permitted_synchronization_and_ownership_hold_through_the_typed_api() {
    let (_dir, store) = repository().await;
    let owner = importer(&store, "owner").await;
    let group = owner.create_security_group(SecurityGroupProperties::new("ldap::owned")).await.unwrap();

    // The service's default direction pushes open metadata to the technology: it may read and
    // listen, not write.
    let ranger = security_context(&store, "ranger", PermittedSynchronization::ToThirdParty).await;
    assert_eq!(ranger.permitted_synchronization(), IntegrationService::Security.default_permitted_synchronization());
    let error = ranger.create_security_group(SecurityGroupProperties::new("ldap::refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("TO_THIRD_PARTY") && error.message().contains("createSecurityGroup"), "{error}");
    let error = ranger.create_user_identity(UserIdentityProperties::new("ldap::refused")).await.unwrap_err();
    assert!(error.message().contains("createUserIdentity"), "{error}");
    let mut sync = ranger.synchronizer("ldap", SyncOptions::default()).unwrap();
    sync.upsert_security_group("cn=x", &SecurityGroupProperties::new("ldap::refused-too")).await.unwrap();
    assert_eq!(sync.complete().await.unwrap_err().kind(), ErrorKind::UserNotAuthorized);
    assert_eq!(ranger.find_security_groups("", 0, 0).await.unwrap().len(), 1, "reads are allowed");
    assert!(ranger.validate_write_to_third_party("createRangerPolicy").is_ok());
    ranger.register_listener().await.unwrap();

    // Another source may read but not change what the owner catalogued.
    let other = importer(&store, "other").await;
    let error = other
        .update_security_group(
            &group,
            true,
            SecurityGroupProperties { summary: Some("x".into()), ..Default::default() },
        )
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert!(error.message().contains("LDAP::owner"), "{error}");
    assert_eq!(other.delete_security_group(&group).await.unwrap_err().kind(), ErrorKind::UserNotAuthorized);
    assert!(owner.get_security_group_by_guid(&group).await.unwrap().properties.summary.is_none());
    // Without its source home, what the owner creates is anyone's.
    owner.set_security_manager_is_home(false);
    let shared = owner.create_security_group(SecurityGroupProperties::new("ldap::shared")).await.unwrap();
    other.delete_security_group(&shared).await.unwrap();

    // A connector that only imports may not push.
    let importer_only = security_context(&store, "import-only", PermittedSynchronization::FromThirdParty).await;
    let error = importer_only.validate_write_to_third_party("createRangerPolicy").unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(importer_only.register_listener().await.is_err());
    // A context of another service is refused.
    let organization = connect(
        &store,
        identity(IntegrationService::Organization, "hr", PermittedSynchronization::FromThirdParty, None),
    )
    .await;
    let error = SecurityIntegratorContext::new(organization).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
}

/// A connector as an author would write it: it pushes open metadata's groups to an enforcement
/// point (here a list), fully at refresh and one at a time as the listener hears of changes.
#[derive(Default)]
struct GroupPusher {
    context: ContextSlot<SecurityIntegratorContext>,
    /// The enforcement point's groups, by distinguished name.
    pushed: Vec<String>,
    events: usize,
}

#[async_trait::async_trait]
impl SecurityIntegratorConnector for GroupPusher {
    fn set_context(&mut self, context: SecurityIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&SecurityIntegratorContext> {
        self.context.get("refresh")
    }

    async fn start(&mut self) -> Result<()> {
        self.context()?.register_listener().await
    }

    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?.clone();
        context.validate_write_to_third_party("pushGroups")?;
        self.pushed = context
            .find_security_groups("", 0, 0)
            .await?
            .into_iter()
            .filter_map(|group| group.properties.distinguished_name)
            .collect();
        self.pushed.sort();
        Ok(())
    }

    async fn process_event(&mut self, event: &ChangeEvent) -> Result<()> {
        self.events += 1;
        if event.event_type == ChangeEventType::NewElement && event.type_name == "SecurityGroup" {
            let group = self.context()?.get_security_group_by_guid(&event.guid).await?;
            self.pushed.extend(group.properties.distinguished_name);
        }
        Ok(())
    }
}

/// The header of an element a mock hands out.
fn header(type_name: &str) -> ElementHeader {
    ElementHeader {
        guid: integration_daemon_api::new_guid(),
        element_type: integration_daemon_api::ElementType::named(type_name),
        status: integration_daemon_api::ElementStatus::Active,
        origin: integration_daemon_api::ElementOrigin::default(),
        versions: integration_daemon_api::ElementVersions {
            created_by: "mock".into(),
            updated_by: None,
            create_time: integration_daemon_api::time::now(),
            update_time: None,
            version: 1,
        },
        classifications: Vec::new(),
    }
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let mut mock = MockSecurityIntegratorApi::new();
    mock.expect_validate_write_to_third_party().withf(|method| method == "pushGroups").times(1).returning(|_| Ok(()));
    mock.expect_find_security_groups().times(1).returning(|_, _, _| {
        let mut group = SecurityGroupProperties::new("ldap::group::admins");
        group.distinguished_name = Some(group_dn("admins"));
        let mut local = SecurityGroupProperties::new("ldap::group::local");
        local.description = Some("not in the directory: no distinguished name".into());
        Ok([group, local]
            .into_iter()
            .map(|properties| TypedElement { element_header: header("SecurityGroup"), properties })
            .collect())
    });
    let mut connector = GroupPusher::default();
    assert_eq!(connector.context().unwrap_err().kind(), ErrorKind::ConnectorChecked, "NULL_CONTEXT");
    connector.set_context(SecurityIntegratorContext::from_api(Arc::new(mock)));
    connector.refresh().await.unwrap();
    assert_eq!(connector.pushed, [group_dn("admins")]);
}

#[tokio::test]
async fn the_adapter_hosts_a_typed_connector_and_delivers_its_events() {
    let (_dir, store) = repository().await;
    let mut adapter = SecurityIntegratorAdapter::new(GroupPusher::default());
    adapter.initialize("instance-1", Connection::default()).unwrap();
    adapter.set_connector_name("pusher");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let topic =
        connect(&store, identity(IntegrationService::Topic, "pusher", PermittedSynchronization::FromThirdParty, None))
            .await;
    assert!(adapter.set_context(topic).is_err());
    assert_eq!(adapter.refresh().await.unwrap_err().kind(), ErrorKind::ConnectorChecked);

    let directory = importer(&store, "directory").await;
    directory
        .create_security_group(SecurityGroupProperties {
            distinguished_name: Some(group_dn("admins")),
            ..SecurityGroupProperties::new("ldap::group::admins")
        })
        .await
        .unwrap();
    let core = connect(
        &store,
        identity(
            IntegrationService::Security,
            "pusher",
            PermittedSynchronization::ToThirdParty,
            Some("Ranger::pusher"),
        ),
    )
    .await;
    adapter.set_context(core.clone()).unwrap();
    adapter.start().await.unwrap();
    adapter.refresh().await.unwrap();
    assert_eq!(adapter.connector().pushed, [group_dn("admins")]);

    // Changes made after the listener was registered reach the connector through the adapter.
    directory
        .create_security_group(SecurityGroupProperties {
            distinguished_name: Some(group_dn("auditors")),
            ..SecurityGroupProperties::new("ldap::group::auditors")
        })
        .await
        .unwrap();
    directory.create_user_identity(UserIdentityProperties::new("ldap::user::carol")).await.unwrap();
    assert_eq!(deliver_events(&mut adapter, &core, 100).await.unwrap(), 2);
    assert_eq!(adapter.connector().pushed, [group_dn("admins"), group_dn("auditors")]);
    assert_eq!(adapter.connector().events, 2);
    assert_eq!(deliver_events(&mut adapter, &core, 100).await.unwrap(), 0, "each event is delivered once");
    adapter.disconnect().await.unwrap();
}
