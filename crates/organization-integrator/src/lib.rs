//! # organization-integrator
//!
//! HR and directory systems: people, teams and other actor profiles, their contact details and user identities, roles and appointments, team structure and security groups.

mod generated;
mod special;

pub use generated::*;
