//! # lineage-integrator

mod generated;
mod special;

pub use generated::*;
pub use special::{
    INVALID_OPEN_LINEAGE_EVENT, OpenLineageBus, OpenLineageDataset, OpenLineageJob, OpenLineageRun,
    OpenLineageRunEvent, open_lineage_bus,
};
