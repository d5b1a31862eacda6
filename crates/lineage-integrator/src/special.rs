//! What is special to the lineage integration service: OpenLineage run events, published by one
//! connector (or through the daemon's `/api/v1/lineage` endpoint) and delivered to every lineage
//! connector that listens for them.
//!
//! Events travel through the process's [`OpenLineageBus`]: each listening connector has its own
//! queue, so a slow connector delays only itself, and an event that fails is delivered again. The
//! queues are bounded ([`OpenLineageBus::QUEUE_LIMIT`]); when one overflows, its oldest events are
//! dropped and counted, and the count is reported — never silently.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

use integration_daemon_api::{Connection, ErrorKind, ErrorMessageDefinition, IntegrationContext, OmisError, Result};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::generated::{LineageIntegratorClient, LineageIntegratorConnector, LineageIntegratorContext};

/// An OpenLineage run event (spec 2-0-2): what happened to a run of a job, with the datasets it
/// read and wrote. Fields this model does not name are kept in `extra`, so an event passes through
/// unchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenLineageRunEvent {
    /// `START`, `RUNNING`, `COMPLETE`, `ABORT`, `FAIL` or `OTHER`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// When it happened (ISO-8601 text, as sent).
    pub event_time: String,
    /// The run.
    pub run: OpenLineageRun,
    /// The job the run belongs to.
    pub job: OpenLineageJob,
    /// The datasets the run read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<OpenLineageDataset>,
    /// The datasets the run wrote.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<OpenLineageDataset>,
    /// The URI of the software that sent the event.
    pub producer: String,
    /// The URI of the event's JSON schema.
    #[serde(rename = "schemaURL", default, skip_serializing_if = "Option::is_none")]
    pub schema_url: Option<String>,
    /// Everything else the event carries.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// The run of an OpenLineage event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenLineageRun {
    /// The run's id (a UUID).
    pub run_id: String,
    /// Run facets (nominal time, parent run, errors, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub facets: BTreeMap<String, Value>,
}

/// The job of an OpenLineage event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenLineageJob {
    /// The job's namespace.
    pub namespace: String,
    /// The job's name.
    pub name: String,
    /// Job facets (SQL, source code location, documentation, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub facets: BTreeMap<String, Value>,
}

/// A dataset read or written by a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenLineageDataset {
    /// The dataset's namespace.
    pub namespace: String,
    /// The dataset's name.
    pub name: String,
    /// Dataset facets (schema, data source, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub facets: BTreeMap<String, Value>,
    /// Input facets (data quality metrics, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub input_facets: BTreeMap<String, Value>,
    /// Output facets (output statistics, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub output_facets: BTreeMap<String, Value>,
}

impl OpenLineageRunEvent {
    /// Reads an event from its JSON text, with an error naming what is wrong.
    pub fn from_json(text: &str) -> Result<OpenLineageRunEvent> {
        let event: OpenLineageRunEvent = serde_json::from_str(text).map_err(|error| bad_event(&error.to_string()))?;
        event.validate()?;
        Ok(event)
    }

    /// The event as JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Checks what the spec requires: a run id, a job namespace and name, a producer and an event
    /// time, and a known event type.
    pub fn validate(&self) -> Result<()> {
        let required = [
            ("run.runId", &self.run.run_id),
            ("job.namespace", &self.job.namespace),
            ("job.name", &self.job.name),
            ("producer", &self.producer),
            ("eventTime", &self.event_time),
        ];
        for (field, value) in required {
            if value.trim().is_empty() {
                return Err(bad_event(&format!("{field} is empty")));
            }
        }
        if let Some(event_type) = &self.event_type
            && !["START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER"].contains(&event_type.as_str())
        {
            return Err(bad_event(&format!(
                "eventType {event_type} is not one of START, RUNNING, COMPLETE, ABORT, FAIL, OTHER"
            )));
        }
        Ok(())
    }
}

/// An OpenLineage run event that does not follow the spec.
pub const INVALID_OPEN_LINEAGE_EVENT: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::InvalidParameter,
    id: "OMIS-LINEAGE-INTEGRATOR-400-001",
    http_code: 400,
    text: "The OpenLineage run event is not valid: {0}",
    system_action: "The event is not published.",
    user_action: "Send a run event that follows the OpenLineage spec (runId, job namespace and name, producer, eventTime).",
};

fn bad_event(problem: &str) -> OmisError {
    INVALID_OPEN_LINEAGE_EVENT.error(&[&problem]).with_parameter_name("event")
}

/// A listening connector's queue.
#[derive(Debug, Default)]
struct Queue {
    events: VecDeque<OpenLineageRunEvent>,
    dropped: u64,
}

/// Carries OpenLineage run events from publishers to the lineage connectors that listen.
#[derive(Debug, Default)]
pub struct OpenLineageBus {
    queues: Mutex<HashMap<String, Queue>>,
}

impl OpenLineageBus {
    /// The most events waiting for one connector; older ones are dropped (and counted) beyond it.
    pub const QUEUE_LIMIT: usize = 10_000;

    /// An empty bus.
    pub fn new() -> OpenLineageBus {
        OpenLineageBus::default()
    }

    fn queues(&self) -> MutexGuard<'_, HashMap<String, Queue>> {
        self.queues.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts queueing events for a listener (idempotent).
    pub fn register(&self, listener: &str) {
        self.queues().entry(listener.to_owned()).or_default();
    }

    /// Stops queueing events for a listener and forgets what waited.
    pub fn unregister(&self, listener: &str) {
        self.queues().remove(listener);
    }

    /// Queues an event for every listener; returns how many listeners it reached.
    pub fn publish(&self, event: &OpenLineageRunEvent) -> usize {
        let mut queues = self.queues();
        for queue in queues.values_mut() {
            if queue.events.len() >= OpenLineageBus::QUEUE_LIMIT {
                queue.events.pop_front();
                queue.dropped += 1;
            }
            queue.events.push_back(event.clone());
        }
        queues.len()
    }

    /// Publishes an event given as JSON text (what the daemon's `/api/v1/lineage` receives).
    pub fn publish_json(&self, text: &str) -> Result<usize> {
        Ok(self.publish(&OpenLineageRunEvent::from_json(text)?))
    }

    /// Takes up to `max` waiting events of a listener, oldest first.
    pub fn take(&self, listener: &str, max: usize) -> Vec<OpenLineageRunEvent> {
        let mut queues = self.queues();
        let Some(queue) = queues.get_mut(listener) else { return Vec::new() };
        let count = max.min(queue.events.len());
        queue.events.drain(..count).collect()
    }

    /// Puts events back at the front of a listener's queue (in their order).
    pub fn give_back(&self, listener: &str, events: Vec<OpenLineageRunEvent>) {
        let mut queues = self.queues();
        let Some(queue) = queues.get_mut(listener) else { return };
        for event in events.into_iter().rev() {
            queue.events.push_front(event);
        }
    }

    /// How many events wait for a listener, and how many it lost to overflow.
    pub fn backlog(&self, listener: &str) -> (usize, u64) {
        self.queues().get(listener).map_or((0, 0), |queue| (queue.events.len(), queue.dropped))
    }
}

/// The process's OpenLineage bus, shared by every lineage connector the daemon hosts.
pub fn open_lineage_bus() -> Arc<OpenLineageBus> {
    static BUS: OnceLock<Arc<OpenLineageBus>> = OnceLock::new();
    BUS.get_or_init(|| Arc::new(OpenLineageBus::new())).clone()
}

/// The lineage context's own state: the bus and the connector's listener name on it.
#[derive(Debug, Clone)]
pub(crate) struct Extension {
    bus: Arc<OpenLineageBus>,
    listener: String,
}

impl Extension {
    #[allow(clippy::unnecessary_wraps)] // The generated code builds every service's extension the same way.
    pub(crate) fn new(core: &IntegrationContext, connection: Option<&Connection>) -> Result<Extension> {
        let _ = connection;
        Ok(Extension { bus: open_lineage_bus(), listener: core.identity().connector_id.clone() })
    }
}

pub(crate) fn register_open_lineage_listener(client: &LineageIntegratorClient) -> Result<()> {
    client.core.validate_is_active("registerOpenLineageListener")?;
    client.extension.bus.register(&client.extension.listener);
    Ok(())
}

#[allow(clippy::needless_pass_by_value)] // The context trait takes the event by value, as Egeria does.
pub(crate) fn publish_open_lineage_run_event(
    client: &LineageIntegratorClient,
    event: OpenLineageRunEvent,
) -> Result<()> {
    client.core.validate_is_active("publishOpenLineageRunEvent")?;
    event.validate()?;
    client.extension.bus.publish(&event);
    Ok(())
}

pub(crate) fn take_open_lineage_run_events(
    client: &LineageIntegratorClient,
    max: u32,
) -> Result<Vec<OpenLineageRunEvent>> {
    client.core.validate_is_active("takeOpenLineageRunEvents")?;
    Ok(client.extension.bus.take(&client.extension.listener, usize::try_from(max).unwrap_or(usize::MAX)))
}

#[allow(clippy::unnecessary_wraps)] // The context trait's signature.
pub(crate) fn return_open_lineage_run_events(
    client: &LineageIntegratorClient,
    events: Vec<OpenLineageRunEvent>,
) -> Result<()> {
    client.extension.bus.give_back(&client.extension.listener, events);
    Ok(())
}

/// Delivers the waiting run events to the connector in order; one that fails is put back, with
/// those after it, and the error returned (the daemon retries later).
pub(crate) async fn deliver_service_events<C: LineageIntegratorConnector>(
    connector: &mut C,
    context: &LineageIntegratorContext,
) -> Result<usize> {
    const BATCH: u32 = 100;
    let mut events = context.take_open_lineage_run_events(BATCH).await?.into_iter();
    let mut delivered = 0;
    while let Some(event) = events.next() {
        if let Err(error) = connector.process_open_lineage_run_event(&event).await {
            let mut rest = vec![event];
            rest.extend(events);
            context.return_open_lineage_run_events(rest).await?;
            return Err(error);
        }
        delivered += 1;
    }
    Ok(delivered)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVENT: &str = r#"{
        "eventType": "COMPLETE",
        "eventTime": "2026-11-23T10:00:00.000Z",
        "run": { "runId": "0194c7a4-0000-7000-8000-000000000001", "facets": { "nominalTime": { "nominalStartTime": "2026-11-23T09:00:00Z" } } },
        "job": { "namespace": "airflow", "name": "daily_orders" },
        "inputs": [ { "namespace": "postgres://db:5432", "name": "sales.public.orders" } ],
        "outputs": [ { "namespace": "s3://lake", "name": "orders/daily", "outputFacets": { "outputStatistics": { "rowCount": 42 } } } ],
        "producer": "https://github.com/OpenLineage/OpenLineage/tree/1.0.0/integration/airflow",
        "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
        "customField": [1, 2]
    }"#;

    #[test]
    fn events_round_trip_without_losing_fields() {
        let event = OpenLineageRunEvent::from_json(EVENT).unwrap();
        assert_eq!(event.job.name, "daily_orders");
        assert_eq!(event.outputs[0].output_facets["outputStatistics"]["rowCount"], 42);
        let again: Value = serde_json::from_str(&event.to_json()).unwrap();
        let original: Value = serde_json::from_str(EVENT).unwrap();
        assert_eq!(again, original);
    }

    #[test]
    fn bad_events_are_refused_with_the_reason() {
        let missing_job = EVENT.replace(r#""name": "daily_orders""#, r#""name": """#);
        let error = OpenLineageRunEvent::from_json(&missing_job).unwrap_err();
        assert!(error.message().contains("job.name"), "{error}");
        let error = OpenLineageRunEvent::from_json(&EVENT.replace("COMPLETE", "DONE")).unwrap_err();
        assert!(error.message().contains("DONE"), "{error}");
        assert!(OpenLineageRunEvent::from_json("{").is_err());
    }

    #[test]
    fn the_bus_queues_per_listener_and_counts_overflow() {
        let bus = OpenLineageBus::new();
        let event = OpenLineageRunEvent::from_json(EVENT).unwrap();
        assert_eq!(bus.publish(&event), 0, "no listener yet");
        bus.register("a");
        bus.register("b");
        assert_eq!(bus.publish(&event), 2);
        assert_eq!(bus.take("a", 10).len(), 1);
        assert_eq!(bus.backlog("a"), (0, 0));
        assert_eq!(bus.backlog("b"), (1, 0));
        let taken = bus.take("b", 10);
        bus.give_back("b", taken);
        assert_eq!(bus.backlog("b"), (1, 0));
        for _ in 0..OpenLineageBus::QUEUE_LIMIT {
            bus.publish(&event);
        }
        assert_eq!(bus.backlog("b"), (OpenLineageBus::QUEUE_LIMIT, 1));
        bus.unregister("a");
        assert!(bus.take("a", 1).is_empty());
    }
}
