//! # display-integrator
//!
//! Reporting and form applications: reports, forms and queries, and the data containers and fields they display.

mod generated;
mod special;

pub use generated::*;
