//! # organization-integrator
//!
//! The organization integration service of omis: what a connector needs to keep the open metadata
//! repository in step with an HR or directory system — people, teams and other actor profiles,
//! their contact details and user identities, the roles people are appointed to, how teams nest
//! and who leads or staffs them, and security groups.
//!
//! - [`OrganizationIntegratorConnector`]: the connector lifecycle with the typed context; keep the
//!   context in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`].
//! - [`OrganizationIntegratorContext`]: the typed operations ([`OrganizationIntegratorApi`]) —
//!   create, create from template, update (merge or replace), delete, find, get by name or GUID for
//!   actor profiles, people, teams, person roles, user identities and security groups; contact
//!   methods and user identities under a profile; appointments (`PersonRoleAppointment`), team
//!   hierarchy (`TeamStructure`, a team has at most one parent), team leadership and membership,
//!   and profile identities, each linked, updated, unlinked and listed.
//! - [`OrganizationSynchronizer`]: one enumeration of the directory turned into the fewest writes,
//!   with correlation by the directory's own identifiers and fail-safe removal of who left.
//! - The property beans ([`PersonProperties`], [`TeamProperties`], [`PersonRoleProperties`],
//!   [`ContactMethodProperties`], [`UserIdentityProperties`], ...) with Egeria's property names.
//! - With the `mocks` feature, `MockOrganizationIntegratorApi` to unit-test a connector without a
//!   repository ([`OrganizationIntegratorContext::from_api`]).
//!
//! Removing a profile removes its contact details; user identities are their own anchors and stay
//! (an identity may outlive the person, as accounts do), losing only their link to the profile.
//!
//! The default permitted synchronization is `FROM_THIRD_PARTY`: the HR system is the source of
//! truth and its connector catalogs it. What the connector creates is owned by its metadata
//! source; other sources may read it but not change it.
//!
//! ## A connector
//!
//! ```no_run
//! use organization_integrator::*;
//!
//! /// Catalogs the people of a directory (a real connector would page through the HR system).
//! #[derive(Default)]
//! struct Directory {
//!     context: ContextSlot<OrganizationIntegratorContext>,
//! }
//!
//! #[async_trait::async_trait]
//! impl OrganizationIntegratorConnector for Directory {
//!     fn set_context(&mut self, context: OrganizationIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&OrganizationIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     async fn refresh(&mut self) -> Result<()> {
//!         let context = self.context()?;
//!         let mut sync = context.synchronizer("people", SyncOptions::default())?;
//!         sync.upsert_team("platform", &TeamProperties::new("hr::team::platform")).await?;
//!         sync.upsert_person_role("platform-lead", &PersonRoleProperties::new("hr::role::platform-lead")).await?;
//!         sync.upsert_team_leadership(
//!             "platform-lead>platform",
//!             ElementRef::Key("platform-lead".into()),
//!             ElementRef::Key("platform".into()),
//!             &TeamLeadershipProperties::default(),
//!         )
//!         .await?;
//!         let alice = PersonProperties {
//!             full_name: Some("Alice Liddell".into()),
//!             job_title: Some("Head of Platform".into()),
//!             ..PersonProperties::new("hr::person::alice")
//!         };
//!         sync.upsert_person("alice", &alice).await?;
//!         let email = ContactMethodProperties {
//!             contact_method_type: Some(ContactMethodType::Email),
//!             contact_method_value: Some("alice@example.com".into()),
//!             ..ContactMethodProperties::new("hr::person::alice::email")
//!         };
//!         sync.upsert_contact_method("alice#email", ElementRef::Key("alice".into()), &email).await?;
//!         let login = UserIdentityProperties {
//!             user_id: Some("alice".into()),
//!             ..UserIdentityProperties::new("hr::user::alice")
//!         };
//!         sync.upsert_user_identity("alice#user", Some(ElementRef::Key("alice".into())), &login).await?;
//!         sync.upsert_appointment(
//!             "platform-lead=alice",
//!             ElementRef::Key("platform-lead".into()),
//!             ElementRef::Key("alice".into()),
//!             &AppointmentProperties::default(),
//!         )
//!         .await?;
//!         // Removes who left the directory, unless too many vanished at once.
//!         sync.complete().await?;
//!         Ok(())
//!     }
//! }
//!
//! let connector: Box<dyn IntegrationConnector> = into_connector(Directory::default());
//! # let _ = connector;
//! ```
//!
//! ## Egeria equivalent
//!
//! `OrganizationIntegratorConnector` and `OrganizationIntegratorContext` of Egeria's organization
//! integrator (over the Community Profile OMAS). Method names follow Egeria's in snake case
//! (`linkPersonRoleToProfile` → `link_person_role_to_profile`, `getAppointees` →
//! [`get_appointees`](OrganizationIntegratorApi::get_appointees)); relationships are named by
//! their two ends rather than by the GUID of the relationship; Egeria's `ContributionRecord`
//! (karma points) is not kept; deprecated overloads are left out; the synchronizer is omis's own.

mod generated;
mod special;

pub use generated::*;
