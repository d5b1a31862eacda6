//! Contract tests of the organization integration service against the real embedded (SQLite) store.

use std::sync::Arc;

use integration_daemon_api::{ElementQuery, ErrorKind, ExternalIdQuery, MetadataStore};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};
use organization_integrator::*;

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

async fn organization_context(store: &Arc<dyn MetadataStore>, name: &str) -> OrganizationIntegratorContext {
    let core = connect(
        store,
        identity(
            IntegrationService::Organization,
            name,
            PermittedSynchronization::FromThirdParty,
            Some(&format!("Workday::{name}")),
        ),
    )
    .await;
    OrganizationIntegratorContext::new(core).unwrap()
}

/// The number of correlations (external identifiers) the connector's metadata source holds.
async fn correlations(store: &Arc<dyn MetadataStore>, context: &OrganizationIntegratorContext) -> u64 {
    let core = context.integration_context().unwrap();
    let query = ExternalIdQuery { scope_guid: context.external_source_guid(), ..ExternalIdQuery::default() };
    store.count_external_ids(&core.request_context(), &query).await.unwrap()
}

/// One enumeration of a small HR directory: team `engineering` with sub-team `platform`, led by
/// the `platform-lead` role and staffed through the `platform-engineer` role; `people` are
/// (id, job title), the first is appointed lead, the others engineers. Each person has an email
/// contact and a user identity; one security group holds the platform's administrators.
async fn enumerate(context: &OrganizationIntegratorContext, people: &[(&str, &str)]) -> SyncSummary {
    let mut sync = context.synchronizer("hr", SyncOptions::default()).unwrap();
    for (team, team_type) in [("engineering", "division"), ("platform", "squad")] {
        let properties = TeamProperties {
            display_name: Some(team.into()),
            team_type: Some(team_type.into()),
            ..TeamProperties::new(format!("hr::team::{team}"))
        };
        sync.upsert_team(team, &properties).await.unwrap();
    }
    sync.upsert_team_structure(
        "engineering>platform",
        ElementRef::Key("engineering".into()),
        ElementRef::Key("platform".into()),
        &TeamStructureProperties { delegation_escalation_authority: Some(true), ..Default::default() },
    )
    .await
    .unwrap();
    for (role, head_count) in [("platform-lead", 1), ("platform-engineer", 8)] {
        let properties = PersonRoleProperties {
            display_name: Some(role.into()),
            head_count: Some(head_count),
            ..PersonRoleProperties::new(format!("hr::role::{role}"))
        };
        sync.upsert_person_role(role, &properties).await.unwrap();
    }
    sync.upsert_team_leadership(
        "platform-lead>platform",
        ElementRef::Key("platform-lead".into()),
        ElementRef::Key("platform".into()),
        &TeamLeadershipProperties { position: Some("head".into()), ..Default::default() },
    )
    .await
    .unwrap();
    sync.upsert_team_membership(
        "platform-engineer>platform",
        ElementRef::Key("platform-engineer".into()),
        ElementRef::Key("platform".into()),
        &TeamMembershipProperties { position: Some("engineer".into()), ..Default::default() },
    )
    .await
    .unwrap();
    for (position, (person, job_title)) in people.iter().enumerate() {
        let properties = PersonProperties {
            full_name: Some(format!("{person} example")),
            job_title: Some((*job_title).into()),
            employee_number: Some(format!("E{position:03}")),
            ..PersonProperties::new(format!("hr::person::{person}"))
        };
        sync.upsert_person(person, &properties).await.unwrap();
        let email = ContactMethodProperties {
            contact_type: Some("work".into()),
            contact_method_type: Some(ContactMethodType::Email),
            contact_method_value: Some(format!("{person}@example.com")),
            ..ContactMethodProperties::new(format!("hr::person::{person}::email"))
        };
        sync.upsert_contact_method(&format!("{person}#email"), ElementRef::Key((*person).into()), &email)
            .await
            .unwrap();
        let user = UserIdentityProperties {
            user_id: Some((*person).into()),
            distinguished_name: Some(format!("uid={person},ou=people,dc=example,dc=com")),
            ..UserIdentityProperties::new(format!("hr::user::{person}"))
        };
        sync.upsert_user_identity(&format!("{person}#user"), Some(ElementRef::Key((*person).into())), &user)
            .await
            .unwrap();
        let role = if position == 0 { "platform-lead" } else { "platform-engineer" };
        sync.upsert_appointment(
            &format!("{role}={person}"),
            ElementRef::Key(role.into()),
            ElementRef::Key((*person).into()),
            &AppointmentProperties { expected_time_allocation_percent: Some(100), ..Default::default() },
        )
        .await
        .unwrap();
    }
    let admins = SecurityGroupProperties {
        distinguished_name: Some("cn=platform-admins,ou=groups,dc=example,dc=com".into()),
        ..SecurityGroupProperties::new("hr::group::platform-admins")
    };
    sync.upsert_security_group("platform-admins", &admins).await.unwrap();
    sync.complete().await.unwrap()
}

const STAFF: &[(&str, &str)] = &[("alice", "Head of Platform"), ("bob", "Engineer"), ("carol", "Engineer")];

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_directory_enumeration_gives_elements_relationships_correlations_and_events() {
    let (_dir, store) = repository().await;
    let context = organization_context(&store, "hr").await;
    let before = latest(&store).await;

    // First enumeration: everything is new.
    let summary = enumerate(&context, STAFF).await;
    // 2 teams, 2 roles, 3 people with a contact and an identity each, 1 group; 6 relationships.
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (20, 0, 0, 0), "{summary:?}");
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Team")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("PersonRole")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Person")), 3);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("ContactDetails")), 3);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("UserIdentity")), 3);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("SecurityGroup")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ContactThrough")), 3);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ProfileIdentity")), 3);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("PersonRoleAppointment")), 3);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("TeamStructure")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("TeamLeadership")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("TeamMembership")), 1);
    assert_eq!(events.len(), 26, "nothing else was written: {events:#?}");
    let source = context.external_source_guid().unwrap();
    assert!(events.iter().all(|event| event.metadata_source_guid.as_deref() == Some(source.as_str())));

    // The typed reads see the directory as the HR system has it.
    let mut people: Vec<_> = context
        .find_people("", 0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|p| {
            (p.properties.full_name.unwrap(), p.properties.job_title.unwrap(), p.properties.employee_number.unwrap())
        })
        .collect();
    people.sort();
    assert_eq!(
        people,
        [
            ("alice example".to_owned(), "Head of Platform".to_owned(), "E000".to_owned()),
            ("bob example".to_owned(), "Engineer".to_owned(), "E001".to_owned()),
            ("carol example".to_owned(), "Engineer".to_owned(), "E002".to_owned())
        ]
    );
    let alice = context.get_people_by_name("hr::person::alice", 0, 0).await.unwrap().remove(0);
    assert_eq!(alice.element_header.origin.home_metadata_collection_name.as_deref(), Some("Workday::hr"));
    let contacts = context.get_contact_methods_for_profile(alice.guid(), 0, 0).await.unwrap();
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0].properties.contact_method_type, Some(ContactMethodType::Email));
    assert_eq!(contacts[0].properties.contact_method_value.as_deref(), Some("alice@example.com"));
    let users = context.get_user_identities_for_profile(alice.guid(), 0, 0).await.unwrap();
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].properties.distinguished_name.as_deref(), Some("uid=alice,ou=people,dc=example,dc=com"));
    let lead = context.get_person_roles_by_name("platform-lead", 0, 0).await.unwrap().remove(0);
    assert_eq!(lead.properties.head_count, Some(1));
    let appointees = context.get_appointees(lead.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(appointees.len(), 1);
    assert_eq!(appointees[0].end2.guid, alice.guid());
    assert_eq!(appointees[0].properties.expected_time_allocation_percent, Some(100));
    let engineers = context.get_person_roles_by_name("hr::role::platform-engineer", 0, 0).await.unwrap().remove(0);
    assert_eq!(context.get_appointees(engineers.guid(), RelationshipEnd::End1, 0, 0).await.unwrap().len(), 2);
    let platform = context.get_teams_by_name("platform", 0, 0).await.unwrap().remove(0);
    assert_eq!(platform.properties.team_type.as_deref(), Some("squad"));
    let leaders = context.get_leadership_roles_for_team(platform.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(leaders.len(), 1);
    assert_eq!((leaders[0].end1.guid.as_str(), leaders[0].properties.position.as_deref()), (lead.guid(), Some("head")));
    let members = context.get_membership_roles_for_team(platform.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].end1.guid, engineers.guid());
    let parents = context.get_team_hierarchy_links(platform.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(parents.len(), 1);
    assert_eq!(parents[0].end1.unique_name.as_deref(), Some("hr::team::engineering"));
    assert_eq!(parents[0].properties.delegation_escalation_authority, Some(true));
    let groups = context.find_security_groups("platform-admins", 0, 0).await.unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(
        groups[0].properties.distinguished_name.as_deref(),
        Some("cn=platform-admins,ou=groups,dc=example,dc=com")
    );
    // Actor profiles are people and teams together.
    assert_eq!(context.find_actor_profiles("", 0, 0).await.unwrap().len(), 5);
    // Every element and relationship is correlated with the directory's identifiers.
    assert_eq!(correlations(&store, &context).await, 20);

    // The same again: nothing is written, no event.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&context, STAFF).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 20, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());

    // Carol left and bob was promoted: one update, and carol goes with her contact, identity and
    // appointment.
    let before_change = latest(&store).await;
    let summary = enumerate(&context, &[("alice", "Head of Platform"), ("bob", "Senior Engineer")]).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 1, 15, 4), "{summary:?}");
    let events = changes_since(&store, before_change).await;
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("Person")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("Person")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("ContactDetails")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("UserIdentity")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("PersonRoleAppointment")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("ContactThrough")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("ProfileIdentity")), 1);
    assert_eq!(events.len(), 7, "{events:#?}");
    assert!(context.get_people_by_name("hr::person::carol", 0, 0).await.unwrap().is_empty());
    assert!(context.get_user_identities_by_name("hr::user::carol", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_people("", 0, 0).await.unwrap().len(), 2);
    let core = context.integration_context().unwrap();
    assert_eq!(core.find_elements(&ElementQuery::of_type("ContactDetails")).await.unwrap().len(), 2);
    let bob = context.get_people_by_name("hr::person::bob", 0, 0).await.unwrap().remove(0);
    assert_eq!(bob.properties.job_title.as_deref(), Some("Senior Engineer"));
    assert_eq!(context.get_appointees(engineers.guid(), RelationshipEnd::End1, 0, 0).await.unwrap().len(), 1);
    assert_eq!(correlations(&store, &context).await, 16);
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn typed_calls_build_the_same_structure_and_check_kinds() {
    let (_dir, store) = repository().await;
    let context = organization_context(&store, "typed").await;
    let alice = context
        .create_person(PersonProperties {
            display_name: Some("Alice".into()),
            full_name: Some("Alice Liddell".into()),
            job_title: Some("Analyst".into()),
            is_public: Some(true),
            ..PersonProperties::new("ldap::alice")
        })
        .await
        .unwrap();
    let sales = context
        .create_team(TeamProperties { team_type: Some("department".into()), ..TeamProperties::new("ldap::sales") })
        .await
        .unwrap();
    let emea = context.create_team(TeamProperties::new("ldap::sales-emea")).await.unwrap();
    let analyst = context
        .create_person_role(PersonRoleProperties {
            scope: Some("sales".into()),
            head_count: Some(3),
            ..PersonRoleProperties::new("ldap::role::analyst")
        })
        .await
        .unwrap();
    let email = context
        .add_contact_method(
            &alice,
            ContactMethodProperties {
                contact_method_type: Some(ContactMethodType::Email),
                contact_method_value: Some("alice@example.com".into()),
                ..ContactMethodProperties::new("ldap::alice::email")
            },
        )
        .await
        .unwrap();
    let login = context
        .create_user_identity(
            Some(&alice),
            UserIdentityProperties { user_id: Some("alice".into()), ..UserIdentityProperties::new("ldap::uid::alice") },
        )
        .await
        .unwrap();
    let service_account =
        context.create_user_identity(None, UserIdentityProperties::new("ldap::uid::svc-reports")).await.unwrap();
    context.add_identity_to_profile(&alice, &service_account, ProfileIdentityProperties::default()).await.unwrap();
    context
        .link_person_role_to_profile(
            &analyst,
            &alice,
            AppointmentProperties { expected_time_allocation_percent: Some(50), ..Default::default() },
        )
        .await
        .unwrap();
    let structure = context.link_teams_in_hierarchy(&sales, &emea, TeamStructureProperties::default()).await.unwrap();
    // Linking again gives the same relationship; a team has at most one parent team.
    assert_eq!(
        context.link_teams_in_hierarchy(&sales, &emea, TeamStructureProperties::default()).await.unwrap(),
        structure
    );
    let error = context.link_teams_in_hierarchy(&alice, &emea, TeamStructureProperties::default()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "a person is no team: {error}");
    assert!(error.message().contains("needs a Team at end 1"), "{error}");
    let other = context.create_team(TeamProperties::new("ldap::marketing")).await.unwrap();
    let error = context.link_teams_in_hierarchy(&other, &emea, TeamStructureProperties::default()).await.unwrap_err();
    assert!(error.message().contains("at most one"), "{error}");
    context.delete_team(&other).await.unwrap();
    context
        .link_team_member(
            &analyst,
            &emea,
            TeamMembershipProperties { position: Some("analyst".into()), ..Default::default() },
        )
        .await
        .unwrap();

    // Reads by GUID, by name and by parent.
    let read = context.get_person_by_guid(&alice).await.unwrap();
    assert_eq!(
        (read.properties.full_name.as_deref(), read.properties.job_title.as_deref(), read.properties.is_public),
        (Some("Alice Liddell"), Some("Analyst"), Some(true))
    );
    assert_eq!(context.get_people_by_name("Alice", 0, 0).await.unwrap().len(), 1, "by display name");
    assert_eq!(context.find_people("Liddell", 0, 0).await.unwrap().len(), 1);
    assert!(context.find_people("Hatter", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.get_actor_profile_by_guid(&sales).await.unwrap().type_name(), "Team", "teams are profiles");
    assert_eq!(context.find_teams("sales", 0, 0).await.unwrap().len(), 2);
    let contacts = context.get_contact_methods_for_profile(&alice, 0, 0).await.unwrap();
    assert_eq!(contacts.iter().map(TypedElement::guid).collect::<Vec<_>>(), [email.as_str()]);
    // One identity created under her, one linked to her: both are hers.
    let mut identities: Vec<_> = context
        .get_user_identities_for_profile(&alice, 0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|identity| identity.properties.qualified_name.unwrap())
        .collect();
    identities.sort();
    assert_eq!(identities, ["ldap::uid::alice", "ldap::uid::svc-reports"]);
    let links = context.get_profile_identity_links(&alice, RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(links.len(), 2);
    assert_eq!(context.get_user_identity_by_guid(&login).await.unwrap().properties.user_id.as_deref(), Some("alice"));
    assert_eq!(context.get_person_role_by_guid(&analyst).await.unwrap().properties.scope.as_deref(), Some("sales"));
    let members = context.get_membership_roles_for_team(&emea, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(members[0].properties.position.as_deref(), Some("analyst"));

    // Wrong kinds are refused, naming what was found and the call.
    let error = context.get_team_by_guid(&alice).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("Person") && error.message().contains("getTeamByGUID"), "{error}");
    let error = context.get_person_by_guid(&login).await.unwrap_err();
    assert!(error.message().contains("UserIdentity") && error.message().contains("getPersonByGUID"), "{error}");
    assert!(context.get_person_role_by_guid("no-such-guid").await.unwrap_err().is_not_found());
    let error = context
        .create_person(PersonProperties { type_name: Some("Team".into()), ..PersonProperties::new("ldap::x") })
        .await
        .unwrap_err();
    assert!(error.message().contains("Team") && error.message().contains("Person"), "{error}");
    let error =
        context.add_contact_method(&analyst, ContactMethodProperties::new("ldap::role::email")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "a role has no contact details: {error}");
    let error = context.update_team(&alice, true, TeamProperties::default()).await.unwrap_err();
    assert!(error.message().contains("updateTeam"), "{error}");

    // Merge keeps what is not given; replace drops it.
    context
        .update_person(&alice, true, PersonProperties { job_title: Some("Lead Analyst".into()), ..Default::default() })
        .await
        .unwrap();
    let read = context.get_person_by_guid(&alice).await.unwrap();
    assert_eq!(
        (read.properties.full_name.as_deref(), read.properties.job_title.as_deref()),
        (Some("Alice Liddell"), Some("Lead Analyst"))
    );
    context.update_person(&alice, false, PersonProperties::new("ldap::alice")).await.unwrap();
    let read = context.get_person_by_guid(&alice).await.unwrap();
    assert_eq!((read.properties.full_name, read.properties.job_title), (None, None));
    assert_eq!(read.properties.qualified_name.as_deref(), Some("ldap::alice"));
    // Relationship properties are updated in place.
    context
        .update_appointment(
            &analyst,
            &alice,
            true,
            AppointmentProperties { expected_time_allocation_percent: Some(80), ..Default::default() },
        )
        .await
        .unwrap();
    let appointees = context.get_appointees(&analyst, RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(appointees.len(), 1);
    assert_eq!(appointees[0].properties.expected_time_allocation_percent, Some(80));
    context
        .update_contact_method(
            &email,
            true,
            ContactMethodProperties {
                contact_method_value: Some("a.liddell@example.com".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let read = context.get_contact_method_by_guid(&email).await.unwrap();
    assert_eq!(read.properties.contact_method_value.as_deref(), Some("a.liddell@example.com"));
    assert_eq!(read.properties.contact_method_type, Some(ContactMethodType::Email));

    // Unlinking removes the relationship only; unlinking it again is refused.
    context.unlink_person_role_from_profile(&analyst, &alice).await.unwrap();
    assert!(context.get_appointees(&analyst, RelationshipEnd::End1, 0, 0).await.unwrap().is_empty());
    assert!(context.unlink_person_role_from_profile(&analyst, &alice).await.unwrap_err().is_not_found());
    context.unlink_teams_in_hierarchy(&sales, &emea).await.unwrap();
    assert!(context.get_team_hierarchy_links(&emea, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_teams("", 0, 0).await.unwrap().len(), 2);

    // Removing a person removes her contact details; identities are their own anchors and stay,
    // without the link to her.
    let before = latest(&store).await;
    context.delete_person(&alice).await.unwrap();
    assert!(context.get_contact_method_by_guid(&email).await.unwrap_err().is_not_found());
    assert!(context.get_person_by_guid(&alice).await.unwrap_err().is_not_found());
    assert_eq!(context.find_user_identities("", 0, 0).await.unwrap().len(), 2);
    assert!(context.get_profile_identity_links(&login, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 2, "{events:#?}");
    context.delete_user_identity(&service_account).await.unwrap();
    context.delete_team(&emea).await.unwrap();
    assert!(context.get_membership_roles_for_team(&analyst, RelationshipEnd::End1, 0, 0).await.unwrap().is_empty());
    assert_eq!(
        context.find_user_identities("", 0, 0).await.unwrap().iter().map(TypedElement::guid).collect::<Vec<_>>(),
        [login.as_str()]
    );
}

#[tokio::test]
async fn templates_copy_a_profile_with_its_contact_details() {
    let (_dir, store) = repository().await;
    let context = organization_context(&store, "templates").await;
    let template = context
        .create_person(PersonProperties {
            job_title: Some("Contractor".into()),
            ..PersonProperties::new("template::person")
        })
        .await
        .unwrap();
    context
        .add_contact_method(
            &template,
            ContactMethodProperties {
                contact_method_type: Some(ContactMethodType::Phone),
                ..ContactMethodProperties::new("template::person::phone")
            },
        )
        .await
        .unwrap();
    let copy = context
        .create_person_from_template(
            &template,
            TemplateProperties { display_name: Some("Dana".into()), ..TemplateProperties::named("ldap::dana") },
        )
        .await
        .unwrap();
    let read = context.get_person_by_guid(&copy).await.unwrap();
    assert_eq!(
        (
            read.properties.qualified_name.as_deref(),
            read.properties.display_name.as_deref(),
            read.properties.job_title.as_deref()
        ),
        (Some("ldap::dana"), Some("Dana"), Some("Contractor"))
    );
    let contacts = context.get_contact_methods_for_profile(&copy, 0, 0).await.unwrap();
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0].properties.qualified_name.as_deref(), Some("ldap::dana::phone"));
    assert_eq!(contacts[0].properties.contact_method_type, Some(ContactMethodType::Phone));
    // The template keeps its own.
    assert_eq!(context.get_contact_methods_for_profile(&template, 0, 0).await.unwrap().len(), 1);
}

#[tokio::test]
async fn permitted_synchronization_and_ownership_hold_through_the_typed_api() {
    let (_dir, store) = repository().await;
    let owner = organization_context(&store, "owner").await;
    let person = owner.create_person(PersonProperties::new("hr::owned")).await.unwrap();

    // Another source may read but not change what the owner catalogued.
    let other = organization_context(&store, "other").await;
    assert_eq!(other.get_person_by_guid(&person).await.unwrap().guid(), person);
    let error = other
        .update_person(&person, true, PersonProperties { job_title: Some("x".into()), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert!(error.message().contains("Workday::owner"), "the owner is named: {error}");
    let error = other.delete_person(&person).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert!(owner.get_person_by_guid(&person).await.unwrap().properties.job_title.is_none());
    // With the source not home, new elements belong to no source and anyone may change them.
    owner.set_external_source_is_home(false);
    let shared = owner.create_team(TeamProperties::new("hr::shared-team")).await.unwrap();
    let read = other.get_team_by_guid(&shared).await.unwrap();
    assert_eq!(read.element_header.origin.home_metadata_collection_name, None);
    other
        .update_team(&shared, true, TeamProperties { team_type: Some("guild".into()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(owner.get_team_by_guid(&shared).await.unwrap().properties.team_type.as_deref(), Some("guild"));

    // A connector that may only push open metadata to the directory cannot write it.
    let core = connect(
        &store,
        identity(
            IntegrationService::Organization,
            "pusher",
            PermittedSynchronization::ToThirdParty,
            Some("Workday::pusher"),
        ),
    )
    .await;
    let pusher = OrganizationIntegratorContext::new(core).unwrap();
    let error = pusher.create_person(PersonProperties::new("hr::refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("TO_THIRD_PARTY") && error.message().contains("createPerson"), "{error}");
    let error = pusher.link_teams_in_hierarchy(&shared, &shared, TeamStructureProperties::default()).await.unwrap_err();
    assert!(error.message().contains("linkTeamsInHierarchy"), "{error}");
    let mut sync = pusher.synchronizer("hr", SyncOptions::default()).unwrap();
    sync.upsert_team("t", &TeamProperties::new("hr::refused-team")).await.unwrap();
    let error = sync.complete().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert!(pusher.get_teams_by_name("hr::refused-team", 0, 0).await.unwrap().is_empty());
    assert_eq!(pusher.find_people("", 0, 0).await.unwrap().len(), 1, "reads are allowed");
    assert!(pusher.validate_write_to_third_party("addUserToLdap").is_ok());
    pusher.register_listener().await.unwrap();
    assert!(owner.validate_write_to_third_party("addUserToLdap").is_err(), "FROM_THIRD_PARTY may not push");
    let error = owner.register_listener().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "a listener exists to push: {error}");
    // A context of another service is refused.
    let security =
        connect(&store, identity(IntegrationService::Security, "ldap", PermittedSynchronization::ToThirdParty, None))
            .await;
    let error = OrganizationIntegratorContext::new(security).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked);
    assert!(error.message().contains("ldap"), "{error}");
}

/// A connector as an author would write it, unit-tested against the mock: it makes sure every
/// person has a team to belong to.
#[derive(Default)]
struct TeamKeeper {
    context: ContextSlot<OrganizationIntegratorContext>,
    people: usize,
}

#[async_trait::async_trait]
impl OrganizationIntegratorConnector for TeamKeeper {
    fn set_context(&mut self, context: OrganizationIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&OrganizationIntegratorContext> {
        self.context.get("refresh")
    }

    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?.clone();
        self.people = context.find_people("", 0, 0).await?.len();
        if context.get_teams_by_name("hr::everyone", 0, 0).await?.is_empty() {
            context.create_team(TeamProperties::new("hr::everyone")).await?;
        }
        Ok(())
    }
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let mut mock = MockOrganizationIntegratorApi::new();
    mock.expect_find_people().returning(|_, _, _| Ok(Vec::new()));
    mock.expect_get_teams_by_name().withf(|name, _, _| name == "hr::everyone").returning(|_, _, _| Ok(Vec::new()));
    mock.expect_create_team()
        .withf(|properties| properties.qualified_name.as_deref() == Some("hr::everyone"))
        .times(1)
        .returning(|_| Ok("guid-1".into()));
    let mut connector = TeamKeeper::default();
    let error = connector.context().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "no context before set_context (NULL_CONTEXT)");
    connector.set_context(OrganizationIntegratorContext::from_api(Arc::new(mock)));
    connector.refresh().await.unwrap();
    assert_eq!(connector.people, 0);
}

#[tokio::test]
async fn the_adapter_hosts_a_typed_connector_in_the_core_lifecycle() {
    let (_dir, store) = repository().await;
    let mut connector = into_connector(TeamKeeper::default());
    connector.initialize("instance-1", Connection::default()).unwrap();
    connector.set_connector_name("keeper");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let files =
        connect(&store, identity(IntegrationService::Files, "keeper", PermittedSynchronization::FromThirdParty, None))
            .await;
    assert!(connector.set_context(files).is_err());
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
    let organization = connect(
        &store,
        identity(
            IntegrationService::Organization,
            "keeper",
            PermittedSynchronization::FromThirdParty,
            Some("Workday::keeper"),
        ),
    )
    .await;
    connector.set_context(organization).unwrap();
    connector.start().await.unwrap();
    connector.refresh().await.unwrap();
    connector.refresh().await.unwrap();
    connector.disconnect().await.unwrap();
    let context = organization_context(&store, "reader").await;
    let teams = context.get_teams_by_name("hr::everyone", 0, 0).await.unwrap();
    assert_eq!(teams.len(), 1, "the second refresh found the team");
    assert_eq!(teams[0].element_header.origin.home_metadata_collection_name.as_deref(), Some("Workday::keeper"));
}
