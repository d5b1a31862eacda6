//! # openlineage-receiver-connector
//!
//! The lineage integration service's OpenLineage receiver (`omis.lineage.openlineage-receiver`):
//! an HTTP endpoint compatible with OpenLineage's HTTP transport that records every run event it
//! receives in the open metadata repository, as lineage.
//!
//! - `POST /api/v1/lineage` takes one run event as JSON (what `openlineage-python`'s
//!   `HttpTransport` and the Java client send). The answer waits for the repository: `201
//!   Created` once the event is committed, `400` with an FFDC JSON error for an event that does not
//!   follow the spec, `503` with the error when it could not be recorded (clients retry).
//! - The events published to the lineage integration service — by other connectors or through the
//!   daemon's `publish-open-lineage-event` — are recorded too (`receivePublishedEvents`).
//!
//! What an event becomes ([`mapping`] has the names):
//!
//! - its job → a `Process` (`<namespace>::<name>`) with the job's facets: the SQL query
//!   (`formula`, `formulaType` `SQL`), the documentation (`description`), the source code location
//!   (`url`), the job type (`deployedImplementationType`); and its **latest run**: `activityStatus`
//!   (START and RUNNING → IN_PROGRESS, COMPLETE → COMPLETED, FAIL → FAILED, ABORT → CANCELLED),
//!   `startTime`, `completionTime`, and the run id, event type and event time as additional
//!   properties. Runs are not elements of their own: a job that runs every minute would otherwise
//!   add half a million elements a year;
//! - the parent job of a run (`run.facets.parent`) → a `Process` with a `ProcessHierarchy` link to
//!   the job's;
//! - each input and output → a `DataSet` (`<namespace>::<name>`), with a `DataFlow` from each input
//!   to the job's process (label `input`) and from the process to each output (label `output`);
//! - the dataset's schema facet → a `TabularColumn` per field, in order, under the data set's
//!   `TabularSchemaType`, nested fields as `SchemaAttribute`s under their field
//!   (`NestedSchemaAttribute`), with the field's type (`dataType`) and description.
//!
//! Events are recorded by one writer, many at a time: everything queued (up to
//! `maxEventsPerTransaction`) is merged and handed to one lineage synchronizer, correlated by the
//! OpenLineage names, so what is already recorded is not written again — the same event twice
//! writes nothing — and what changed is written in one batch. The synchronizer is never
//! completed: **an event never removes anything**. What a later event does not repeat (a
//! description, the SQL) is kept; a later run replaces the recorded run only when its event is
//! newer. A job or dataset whose qualified name another source already catalogued (as a process or
//! data asset) is linked to, never changed; one whose name belongs to another kind of element is
//! left out, with an audit message.
//!
//! When the repository fails, the events are answered 503 (or, published ones, kept on the lineage
//! service's queue and tried again) and the connector carries on. The writer remembers what it
//! recorded, so unchanged jobs, data sets, schemas and links are not even looked up again; a
//! refresh makes it re-check the repository, so what someone else removed is written again by the
//! next event that names it.
//!
//! The receiver is a blocking connector: `start` binds the listen address and starts the endpoint
//! and the writer on tasks of their own, `engage` watches them (the connector fails if one ends),
//! `disconnect` stops them. The provider, [`OpenLineageReceiverProvider`], is registered by the
//! daemon.

mod config;
mod connector;
mod error;
pub mod mapping;
mod provider;
mod server;
mod writer;

pub use config::{
    CATALOG_SCHEMAS, CONFIGURATION_PROPERTIES, DEFAULT_MAX_EVENT_BYTES, DEFAULT_MAX_EVENTS_PER_TRANSACTION,
    MAX_EVENT_BYTES, MAX_EVENTS_PER_TRANSACTION, RECEIVE_PUBLISHED_EVENTS, ReceiverConfig,
};
pub use connector::OpenLineageReceiverConnector;
pub use error::{
    OPENLINEAGE_RECEIVER_BAD_ADDRESS, OPENLINEAGE_RECEIVER_BAD_BOOLEAN, OPENLINEAGE_RECEIVER_BAD_NUMBER,
    OPENLINEAGE_RECEIVER_CANNOT_LISTEN, OPENLINEAGE_RECEIVER_EVENT_DROPPED, OPENLINEAGE_RECEIVER_LISTENING,
    OPENLINEAGE_RECEIVER_NAME_TAKEN, OPENLINEAGE_RECEIVER_NO_ADDRESS, OPENLINEAGE_RECEIVER_NOT_RUNNING,
    OPENLINEAGE_RECEIVER_STOPPED, OPENLINEAGE_RECEIVER_TASK_ENDED, OPENLINEAGE_RECEIVER_WRITE_FAILED,
};
pub use provider::{OpenLineageReceiverProvider, PROVIDER_NAME};
pub use server::LINEAGE_PATH;
