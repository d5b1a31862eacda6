//! # analytics-integrator
//!
//! Analytics and BI tools: the analytics models they deploy, the runs of those models and the data assets they read and produce.

mod generated;
mod special;

pub use generated::*;
