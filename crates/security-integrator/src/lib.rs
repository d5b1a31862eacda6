//! # security-integrator
//!
//! The security integration service of omis: what a connector needs to keep a security
//! enforcement point (an LDAP directory, Apache Ranger, a database's grants, ...) in step with open
//! metadata — the security groups and user identities it should enforce, who the people behind
//! them are and which roles they are appointed to, and which elements each group governs.
//!
//! - [`SecurityIntegratorConnector`]: the connector lifecycle with the typed context; keep the
//!   context in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`].
//!   Register a listener at `start` to hear of changes as they happen (`process_event`).
//! - [`SecurityIntegratorContext`]: the typed operations ([`SecurityIntegratorApi`]) — create,
//!   create from template, update (merge or replace), delete, find, get by name or GUID for
//!   security groups and user identities; group membership as the `SecurityGroupMembership`
//!   classification of an identity; read-only access to actor profiles, person roles and their
//!   appointees; and two calls of the service's own:
//!   [`get_security_groups_for_distinguished_name`](SecurityIntegratorApi::get_security_groups_for_distinguished_name)
//!   (exact match on `distinguishedName`, groups only) and
//!   [`get_elements_governed_by_security_group`](SecurityIntegratorApi::get_elements_governed_by_security_group)
//!   (the elements at end 1 of the group's `GovernedBy` relationships).
//! - [`SecuritySynchronizer`]: for connectors that import a directory's groups and identities, one
//!   enumeration turned into the fewest writes, with correlation by distinguished name and
//!   fail-safe removal.
//! - The property beans ([`SecurityGroupProperties`], [`UserIdentityProperties`],
//!   [`SecurityGroupMembershipProperties`], ...) with Egeria's property names.
//! - With the `mocks` feature, `MockSecurityIntegratorApi` to unit-test a connector without a
//!   repository ([`SecurityIntegratorContext::from_api`]).
//!
//! The default permitted synchronization is `TO_THIRD_PARTY`: open metadata decides who may do
//! what, and the connector pushes it to the enforcement point. Such a connector may read and listen
//! but not write open metadata; a connector that imports groups needs `FROM_THIRD_PARTY` or
//! `BOTH_DIRECTIONS` in its configuration. People and roles are never written through this
//! service: the organization service (HR systems) owns them.
//!
//! ## A connector
//!
//! ```no_run
//! use security_integrator::*;
//!
//! /// Pushes open metadata's security groups to an enforcement point (here a list of
//! /// distinguished names; a real connector would call the directory's API).
//! #[derive(Default)]
//! struct GroupPusher {
//!     context: ContextSlot<SecurityIntegratorContext>,
//!     enforced: Vec<String>,
//! }
//!
//! #[async_trait::async_trait]
//! impl SecurityIntegratorConnector for GroupPusher {
//!     fn set_context(&mut self, context: SecurityIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&SecurityIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     async fn start(&mut self) -> Result<()> {
//!         // Hear about new and changed groups and identities between refreshes.
//!         self.context()?.register_listener().await
//!     }
//!
//!     async fn refresh(&mut self) -> Result<()> {
//!         let context = self.context()?.clone();
//!         context.validate_write_to_third_party("pushSecurityGroups")?;
//!         for group in context.find_security_groups("", 0, 0).await? {
//!             // Only groups that govern something need enforcing.
//!             let governed = context.get_elements_governed_by_security_group(group.guid(), 0, 0).await?;
//!             let Some(dn) = group.properties.distinguished_name else { continue };
//!             if !governed.is_empty() && !self.enforced.contains(&dn) {
//!                 self.enforced.push(dn);
//!             }
//!         }
//!         Ok(())
//!     }
//!
//!     async fn process_event(&mut self, event: &ChangeEvent) -> Result<()> {
//!         if event.type_name == "SecurityGroup" {
//!             // A real connector would push just this group.
//!             self.refresh().await?;
//!         }
//!         Ok(())
//!     }
//! }
//!
//! let connector: Box<dyn IntegrationConnector> = into_connector(GroupPusher::default());
//! # let _ = connector;
//! ```
//!
//! ## Egeria equivalent
//!
//! `SecurityIntegratorConnector` and `SecurityIntegratorContext` of Egeria's security integrator
//! (over the Security Manager OMAS). Method names follow Egeria's in snake case
//! (`getSecurityGroupsForDistinguishedName` → `get_security_groups_for_distinguished_name`);
//! Egeria's `setSecurityManagerIsHome` is
//! [`set_security_manager_is_home`](SecurityIntegratorApi::set_security_manager_is_home); deprecated
//! overloads are left out; the synchronizer is omis's own.

mod generated;
mod special;

pub use generated::*;
