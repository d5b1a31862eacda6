//! # infrastructure-integrator
//!
//! IT infrastructure: hosts and clusters, software server platforms and servers, their capabilities, endpoints, connections and deployments, and the IT profiles and user identities they run as.

mod generated;
mod special;

pub use generated::*;
