//! # catalog-integrator

mod generated;
mod special;

pub use generated::*;
pub use special::{DISABLED_EXCHANGE_SERVICES_PROPERTY, EXCHANGE_SERVICES, ExternalIdentifierProperties};
