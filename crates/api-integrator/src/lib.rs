//! # api-integrator

mod generated;
mod special;

pub use generated::*;
pub use special::ApiParameterListType;
