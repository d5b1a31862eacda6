//! # search-integrator

mod generated;
mod special;

pub use generated::*;
pub use special::{AssetCatalogEvent, SearchAsset, SearchSchemaAttribute};
