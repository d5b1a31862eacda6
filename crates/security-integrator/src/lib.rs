//! # security-integrator
//!
//! Security enforcement points (LDAP, Ranger, ...): open metadata's security groups and user identities pushed to the technology; people and roles readable, not writable.

mod generated;
mod special;

pub use generated::*;
