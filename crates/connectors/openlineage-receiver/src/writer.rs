//! The writer: one task that records run events in the repository, many at a time.
//!
//! Events arrive over a channel (from the HTTP endpoint and from the lineage service's deliveries,
//! each with a reply to send once the outcome is known) and from the lineage service's queue
//! (taken by the writer itself). The writer takes everything waiting — up to
//! `maxEventsPerTransaction` — merges it into one [`Plan`], and hands the plan to one lineage
//! synchronizer: what is unchanged is not written, the rest goes in one write batch. Only after
//! that batch has committed are the events acknowledged.
//!
//! Nothing is ever removed: the synchronizer is flushed, never completed, so an event cannot take
//! away what other events recorded.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use integration_daemon_api::family::{EntitySpec, Placement};
use integration_daemon_api::message_definitions::CONTEXT_DISCONNECTED;
use lineage_integrator::{
    AuditLog, ElementRef, ErrorKind, LineageIntegratorContext, OmisError, OpenLineageRunEvent, Result, SyncOptions,
};
use tokio::sync::{mpsc, oneshot, watch};
use tokio::time::Instant;

use crate::error::{
    OPENLINEAGE_RECEIVER_EVENT_DROPPED, OPENLINEAGE_RECEIVER_NAME_TAKEN, OPENLINEAGE_RECEIVER_WRITE_FAILED,
};
use crate::mapping::{
    DatasetFacts, JobFacts, Plan, SYNC_SCOPE, check_event, dataset_qualified_name, field_key, flow_key,
    flow_properties, hierarchy_key, hierarchy_properties, job_qualified_name, schema_fields, schema_fingerprint,
};

/// A schema field of a data set: a schema attribute under the data set's `TabularSchemaType`
/// (created with the first field), or nested in another field.
const SCHEMA_FIELD: EntitySpec = EntitySpec {
    kind: "schema field",
    type_name: "SchemaAttribute",
    placement: Placement::SchemaAttribute { schema_type: "TabularSchemaType", relationship: "AttributeForSchema" },
    marker: None,
    excluded_marker: None,
};

/// How long a batch smaller than recent ones waits for the events on their way.
const LINGER: Duration = Duration::from_millis(2);
/// How often the lineage service's queue is looked at when nothing else arrives.
const BUS_POLL: Duration = Duration::from_millis(200);
/// The longest wait before trying again events of the queue that failed for a repository outage.
const BUS_BACKOFF_MAX: Duration = Duration::from_secs(30);
/// Beyond this many remembered jobs and datasets, the memory is cleared (and re-read as needed).
const KNOWN_LIMIT: usize = 200_000;
/// Items of one synchronizer write batch: a whole plan goes in one batch.
const SYNC_BATCH: usize = 1_000_000;

/// Where an event came from, and so what happens with its outcome.
#[derive(Debug)]
pub(crate) enum Origin {
    /// Someone waits for the outcome (an HTTP request, a delivery by the lineage service).
    Reply(oneshot::Sender<Result<()>>),
    /// Taken from the lineage service's queue by the writer: put back when the repository fails.
    Bus,
}

/// An event waiting to be recorded.
#[derive(Debug)]
pub(crate) struct Pending {
    pub event: OpenLineageRunEvent,
    pub origin: Origin,
}

/// The receiver's counters, shared by the endpoint, the writer and the connector's statistics.
#[derive(Debug, Default)]
pub(crate) struct Stats {
    /// Valid events received over HTTP.
    pub received: AtomicU64,
    /// Requests refused as invalid (400, 413, 415).
    pub rejected: AtomicU64,
    /// Events from the lineage service (its queue or its deliveries).
    pub published: AtomicU64,
    /// Events recorded (committed).
    pub recorded: AtomicU64,
    /// Attempts that failed (the event was not acknowledged, or was put back).
    pub failed: AtomicU64,
    /// Write batches that committed.
    pub transactions: AtomicU64,
    /// Jobs and datasets left out because their qualified name belongs to another kind of element.
    pub left_out: AtomicU64,
    /// The last failure.
    pub last_error: Mutex<Option<String>>,
    /// Set by a refresh: the writer forgets what it remembers of the repository before its next
    /// batch, so that what others removed since is written again by the next events that name it.
    pub forget: AtomicBool,
}

impl Stats {
    pub fn add(counter: &AtomicU64, count: usize) {
        counter.fetch_add(count as u64, Ordering::Relaxed);
    }

    pub fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }

    fn set_error(&self, error: &OmisError) {
        *self.last_error.lock().unwrap_or_else(PoisonError::into_inner) = Some(error.to_string());
    }

    pub fn last_error(&self) -> Option<String> {
        self.last_error.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

/// True when an error says the repository (or the connector's context) is unavailable, rather
/// than that something is wrong with the events: then every event of the batch waits for later.
pub(crate) fn is_outage(error: &OmisError) -> bool {
    error.kind() == ErrorKind::PropertyServer
        || error.http_code() >= 500
        || error.message_id() == CONTEXT_DISCONNECTED.id
}

/// What the writer knows of a job or dataset key.
#[derive(Debug, Clone)]
enum Known {
    /// A job the receiver records, with what the repository holds of it (`recorded`), or — for a
    /// new one — only its name.
    Job { facts: JobFacts, recorded: bool },
    /// A dataset the receiver records, likewise, with the fingerprint of the schema last written.
    Dataset { facts: DatasetFacts, recorded: bool, schema: Option<u64> },
    /// An element of the right kind that another source catalogued (its GUID): linked to, never
    /// changed.
    Foreign(String),
    /// The qualified name belongs to an element of another kind: left out.
    Taken,
}

/// A job or dataset of a plan that the writer does not know yet.
struct Unknown<'a> {
    key: &'a str,
    namespace: &'a str,
    name: &'a str,
    is_job: bool,
}

/// Records run events; see the [module](self) documentation.
pub(crate) struct Writer {
    context: LineageIntegratorContext,
    connector_name: String,
    audit_log: AuditLog,
    stats: Arc<Stats>,
    max_batch: usize,
    catalog_schemas: bool,
    receive_published_events: bool,
    known: HashMap<String, Known>,
    /// The keys of the links (data flows, process hierarchy) written or found unchanged.
    links: HashSet<String>,
    /// The size of recent batches (a fading peak), to know when more events are on their way.
    recent_batch: usize,
}

impl Writer {
    pub fn new(
        context: LineageIntegratorContext,
        connector_name: String,
        audit_log: AuditLog,
        stats: Arc<Stats>,
        config: &crate::ReceiverConfig,
    ) -> Writer {
        Writer {
            context,
            connector_name,
            audit_log,
            stats,
            max_batch: config.max_events_per_transaction,
            catalog_schemas: config.catalog_schemas,
            receive_published_events: config.receive_published_events,
            known: HashMap::new(),
            links: HashSet::new(),
            recent_batch: 1,
        }
    }

    /// Records events until told to stop; then records (or refuses) what is still queued.
    pub async fn run(mut self, mut receiver: mpsc::Receiver<Pending>, mut stop: watch::Receiver<bool>) {
        let mut next_bus = Instant::now();
        let mut backoff = BUS_POLL;
        loop {
            let mut batch = Vec::new();
            tokio::select! {
                biased;
                _ = stop.wait_for(|stop| *stop) => break,
                pending = receiver.recv() => match pending {
                    Some(pending) => batch.push(pending),
                    None => break,
                },
                () = tokio::time::sleep_until(next_bus), if self.receive_published_events => {}
            }
            self.gather(&mut receiver, &mut batch).await;
            if self.receive_published_events && Instant::now() >= next_bus {
                next_bus = Instant::now() + BUS_POLL;
                self.take_published(&mut batch).await;
            }
            if batch.is_empty() {
                continue;
            }
            if self.record(batch).await {
                backoff = BUS_POLL;
            } else {
                // Events of the queue were put back for an outage: wait longer before the next try.
                backoff = (backoff * 2).min(BUS_BACKOFF_MAX);
                next_bus = Instant::now() + backoff;
            }
        }
        receiver.close();
        let mut rest = Vec::new();
        while let Some(pending) = receiver.recv().await {
            rest.push(pending);
        }
        if !rest.is_empty() {
            self.record(rest).await;
        }
    }

    /// Adds what else is queued to a batch. Under load — when recent batches were larger than
    /// this one — it waits a moment for the events that are on their way (the answers to the last
    /// batch have just gone out, and their senders are sending the next): one commit for many
    /// events instead of one for a few.
    async fn gather(&mut self, receiver: &mut mpsc::Receiver<Pending>, batch: &mut Vec<Pending>) {
        let drain = |receiver: &mut mpsc::Receiver<Pending>, batch: &mut Vec<Pending>, max: usize| {
            while batch.len() < max {
                match receiver.try_recv() {
                    Ok(pending) => batch.push(pending),
                    Err(_) => break,
                }
            }
        };
        drain(receiver, batch, self.max_batch);
        let expected = self.recent_batch.min(self.max_batch);
        if !batch.is_empty() && batch.len() < expected {
            let deadline = Instant::now() + LINGER;
            while batch.len() < expected {
                match tokio::time::timeout_at(deadline, receiver.recv()).await {
                    Ok(Some(pending)) => {
                        batch.push(pending);
                        drain(receiver, batch, expected);
                    }
                    _ => break,
                }
            }
        }
        // A peak that fades: an eighth less (at least one) each batch unless the batches stay as large.
        self.recent_batch = batch.len().max(self.recent_batch - self.recent_batch.div_ceil(8)).max(1);
    }

    /// Adds the events waiting on the lineage service's queue, up to a full batch.
    async fn take_published(&mut self, batch: &mut Vec<Pending>) {
        let room = u32::try_from(self.max_batch.saturating_sub(batch.len())).unwrap_or(u32::MAX);
        if room == 0 {
            return;
        }
        let Ok(events) = self.context.take_open_lineage_run_events(room).await else { return };
        Stats::add(&self.stats.published, events.len());
        for event in events {
            match check_event(&event) {
                Ok(()) => batch.push(Pending { event, origin: Origin::Bus }),
                Err(error) => self.drop_published(&event, &error),
            }
        }
    }

    fn drop_published(&self, event: &OpenLineageRunEvent, error: &OmisError) {
        Stats::add(&self.stats.failed, 1);
        self.stats.set_error(error);
        let job = format!("{}/{}", event.job.namespace, event.job.name);
        self.audit_log.log_message(
            "record",
            &OPENLINEAGE_RECEIVER_EVENT_DROPPED,
            &[&self.connector_name, &job, &event.run.run_id, &error],
        );
    }

    /// Records a batch and settles each event: replies, or puts events of the queue back. When the
    /// batch fails for something other than an outage, what the writer remembers is forgotten and
    /// each event is tried alone, so that one event the repository refuses does not hold back the
    /// others. Returns false when events of the queue were put back for an outage.
    pub async fn record(&mut self, batch: Vec<Pending>) -> bool {
        let outcome = {
            let events: Vec<&OpenLineageRunEvent> = batch.iter().map(|pending| &pending.event).collect();
            self.write(&events).await
        };
        let mut put_back = Vec::new();
        match outcome {
            Ok(()) => {
                Stats::add(&self.stats.recorded, batch.len());
                for pending in batch {
                    if let Origin::Reply(reply) = pending.origin {
                        let _ = reply.send(Ok(()));
                    }
                }
            }
            Err(error) if !is_outage(&error) => {
                // What is remembered may be what made the batch fail (an element deleted since):
                // forget it, and try each event alone (a single event once more).
                self.forget();
                for pending in batch {
                    let result = self.write(&[&pending.event]).await;
                    if let Err(error) = &result {
                        self.failed(1, error);
                    } else {
                        Stats::add(&self.stats.recorded, 1);
                    }
                    self.settle(pending, result, &mut put_back);
                }
            }
            Err(error) => {
                self.failed(batch.len(), &error);
                for pending in batch {
                    self.settle(pending, Err(error.clone()), &mut put_back);
                }
            }
        }
        if put_back.is_empty() {
            return true;
        }
        let _ = self.context.return_open_lineage_run_events(put_back).await;
        false
    }

    fn failed(&self, count: usize, error: &OmisError) {
        Stats::add(&self.stats.failed, count);
        self.stats.set_error(error);
        self.audit_log.log_message(
            "record",
            &OPENLINEAGE_RECEIVER_WRITE_FAILED,
            &[&self.connector_name, &count, &error],
        );
    }

    fn settle(&self, pending: Pending, result: Result<()>, put_back: &mut Vec<OpenLineageRunEvent>) {
        match (pending.origin, result) {
            (Origin::Reply(reply), result) => {
                let _ = reply.send(result);
            }
            (Origin::Bus, Ok(())) => {}
            (Origin::Bus, Err(error)) if is_outage(&error) => put_back.push(pending.event),
            (Origin::Bus, Err(error)) => self.drop_published(&pending.event, &error),
        }
    }

    /// Forgets what the writer remembers of the repository (it is read again as needed).
    fn forget(&mut self) {
        self.known.clear();
        self.links.clear();
    }

    /// Writes what a batch of events says, in one synchronizer flush; remembers it once committed.
    ///
    /// What the writer knows the repository already holds — a job or dataset whose facts did not
    /// change, a schema written before, a link written before — is not even handed to the
    /// synchronizer; the rest is, and the synchronizer writes only what differs from what it last
    /// wrote.
    async fn write(&mut self, events: &[&OpenLineageRunEvent]) -> Result<()> {
        if self.stats.forget.swap(false, Ordering::Relaxed) || self.known.len() + self.links.len() > KNOWN_LIMIT {
            self.forget();
        }
        let plan = Plan::of(events.iter().copied(), self.catalog_schemas);
        let resolved = self.resolve(&plan).await?;
        let known = |key: &str| resolved.get(key).or_else(|| self.known.get(key));

        let options = SyncOptions { batch_size: SYNC_BATCH, ..SyncOptions::partial() };
        let mut sync = self.context.synchronizer(SYNC_SCOPE, options)?;
        let mut references: HashMap<&str, ElementRef> = HashMap::new();
        let mut written: Vec<(String, Known)> = Vec::new();
        for (key, facts) in &plan.datasets {
            let (mut merged, recorded, schema) = match known(key) {
                Some(Known::Foreign(guid)) => {
                    references.insert(key, ElementRef::Guid(guid.clone()));
                    continue;
                }
                Some(Known::Taken) => continue,
                Some(Known::Dataset { facts, recorded, schema }) => (facts.clone(), *recorded, *schema),
                _ => (DatasetFacts::named(&facts.namespace, &facts.name), false, None),
            };
            references.insert(key, ElementRef::Key(key.clone()));
            let unchanged = merged.clone();
            merged.merge(facts);
            let fields = plan.schemas.get(key).copied();
            let new_schema = fields.map(schema_fingerprint);
            let schema_known = new_schema.is_none() || new_schema == schema;
            if recorded && merged == unchanged && schema_known {
                continue;
            }
            sync.upsert_data_asset(key, &merged.properties()).await?;
            if let Some(fields) = fields {
                // Parents before the fields nested in them; the data set is an item of this batch.
                let qualified_name = dataset_qualified_name(&merged.namespace, &merged.name);
                for field in schema_fields(fields) {
                    let parent = ElementRef::Key(match &field.parent {
                        Some(parent) => field_key(key, parent),
                        None => key.clone(),
                    });
                    let properties = field.properties(&qualified_name);
                    let field_key = field_key(key, &field.path);
                    sync.typed()
                        .upsert_entity(&SCHEMA_FIELD, &field_key, Some(parent), &properties, Vec::new())
                        .await?;
                }
            }
            let schema = new_schema.or(schema);
            written.push((key.clone(), Known::Dataset { facts: merged, recorded: true, schema }));
        }
        for (key, facts) in &plan.jobs {
            let (mut merged, recorded) = match known(key) {
                Some(Known::Foreign(guid)) => {
                    references.insert(key, ElementRef::Guid(guid.clone()));
                    continue;
                }
                Some(Known::Taken) => continue,
                Some(Known::Job { facts, recorded }) => (facts.clone(), *recorded),
                _ => (JobFacts::named(&facts.namespace, &facts.name), false),
            };
            references.insert(key, ElementRef::Key(key.clone()));
            let unchanged = merged.clone();
            merged.merge(facts);
            if recorded && merged == unchanged {
                continue;
            }
            sync.upsert_process(key, &merged.properties()).await?;
            written.push((key.clone(), Known::Job { facts: merged, recorded: true }));
        }
        let mut new_links = Vec::new();
        for (parent, child) in &plan.hierarchy {
            let link = hierarchy_key(parent, child);
            if self.links.contains(&link) {
                continue;
            }
            if let (Some(end1), Some(end2)) = (references.get(parent.as_str()), references.get(child.as_str())) {
                sync.upsert_process_hierarchy(&link, end1.clone(), end2.clone(), &hierarchy_properties()).await?;
                new_links.push(link);
            }
        }
        for (from, to) in &plan.flows {
            let flow = flow_key(from, to);
            if self.links.contains(&flow) {
                continue;
            }
            if let (Some(end1), Some(end2)) = (references.get(from.as_str()), references.get(to.as_str())) {
                let is_input = plan.datasets.contains_key(from);
                sync.upsert_data_flow(&flow, end1.clone(), end2.clone(), &flow_properties(is_input)).await?;
                new_links.push(flow);
            }
        }
        sync.flush().await?;
        // Flushed, never completed: nothing is removed.
        drop(sync);
        Stats::add(&self.stats.transactions, 1);
        self.known.extend(resolved);
        self.known.extend(written);
        self.links.extend(new_links);
        Ok(())
    }

    /// Finds out what the jobs and datasets of a plan that the writer does not know yet are:
    /// correlated with the receiver's metadata source (its own: read back, to merge new events
    /// into), catalogued by another source under the same qualified name (linked to), of another
    /// kind under that name (left out), or new.
    async fn resolve(&self, plan: &Plan<'_>) -> Result<HashMap<String, Known>> {
        let mut unknown: Vec<Unknown<'_>> = Vec::new();
        for (key, job) in &plan.jobs {
            if !self.known.contains_key(key) {
                unknown.push(Unknown { key, namespace: &job.namespace, name: &job.name, is_job: true });
            }
        }
        for (key, dataset) in &plan.datasets {
            if !self.known.contains_key(key) {
                unknown.push(Unknown { key, namespace: &dataset.namespace, name: &dataset.name, is_job: false });
            }
        }
        let mut resolved = HashMap::with_capacity(unknown.len());
        if unknown.is_empty() {
            return Ok(resolved);
        }
        let new = |item: &Unknown<'_>| {
            if item.is_job {
                Known::Job { facts: JobFacts::named(item.namespace, item.name), recorded: false }
            } else {
                Known::Dataset { facts: DatasetFacts::named(item.namespace, item.name), recorded: false, schema: None }
            }
        };
        // A context without a repository behind it (a mock): everything is taken as new.
        let Some(core) = self.context.integration_context() else {
            resolved.extend(unknown.iter().map(|item| (item.key.to_owned(), new(item))));
            return Ok(resolved);
        };
        let correlated = self.correlations(&core, unknown.iter().map(|item| item.key)).await?;
        let registry = core.type_registry();
        // Jobs' names, to catch a new dataset named like a job of the same plan.
        let job_names: HashSet<String> =
            plan.jobs.values().map(|job| job_qualified_name(&job.namespace, &job.name)).collect();
        for item in &unknown {
            let (qualified_name, kind_type, kind) = if item.is_job {
                (job_qualified_name(item.namespace, item.name), "Process", "job")
            } else {
                (dataset_qualified_name(item.namespace, item.name), "DataAsset", "dataset")
            };
            let known = if let Some(guid) = correlated.get(item.key) {
                self.read_back(item, guid, new(item)).await?
            } else {
                match core.get_element_by_qualified_name(&qualified_name).await? {
                    None if !item.is_job && job_names.contains(&qualified_name) => {
                        self.left_out(kind, &qualified_name, "Process");
                        Known::Taken
                    }
                    None => new(item),
                    Some(element) if registry.is_a(element.type_name(), kind_type) => Known::Foreign(element.guid),
                    Some(element) => {
                        self.left_out(kind, &qualified_name, element.type_name());
                        Known::Taken
                    }
                }
            };
            resolved.insert(item.key.to_owned(), known);
        }

        Ok(resolved)
    }

    /// What the receiver wrote before: read back so that new events merge into it.
    async fn read_back(&self, item: &Unknown<'_>, guid: &str, new: Known) -> Result<Known> {
        let read = if item.is_job {
            self.context.get_process_by_guid(guid).await.map(|process| Known::Job {
                facts: JobFacts::from_properties(item.namespace, item.name, &process.properties),
                recorded: true,
            })
        } else {
            self.context.get_data_asset_by_guid(guid).await.map(|asset| Known::Dataset {
                facts: DatasetFacts::from_properties(item.namespace, item.name, &asset.properties),
                recorded: true,
                schema: None,
            })
        };
        match read {
            Ok(known) => Ok(known),
            Err(error) if error.is_not_found() => Ok(new),
            Err(error) => Err(error),
        }
    }

    fn left_out(&self, kind: &str, qualified_name: &str, holder: &str) {
        Stats::add(&self.stats.left_out, 1);
        self.audit_log.log_message(
            "record",
            &OPENLINEAGE_RECEIVER_NAME_TAKEN,
            &[&self.connector_name, &kind, &qualified_name, &holder],
        );
    }

    /// The elements the receiver's metadata source correlates with these keys.
    async fn correlations<'a>(
        &self,
        core: &lineage_integrator::IntegrationContext,
        keys: impl Iterator<Item = &'a str>,
    ) -> Result<HashMap<String, String>> {
        let keys: Vec<String> = keys.map(str::to_owned).collect();
        let mut correlated = HashMap::new();
        for id in core.external_ids_of_keys(&keys).await? {
            correlated.entry(id.key).or_insert(id.element_guid);
        }
        Ok(correlated)
    }
}

#[cfg(test)]
mod tests {
    use integration_daemon_api::message_definitions::UNKNOWN_SYNC_KEY;

    use super::*;
    use crate::error::OPENLINEAGE_RECEIVER_NOT_RUNNING;

    #[test]
    fn outages_are_told_from_refusals() {
        let disconnected = CONTEXT_DISCONNECTED.error(&[&"receiver", &"synchronizer"]);
        assert_eq!(disconnected.kind(), ErrorKind::UserNotAuthorized);
        assert!(is_outage(&disconnected), "a disconnected context is an outage, not a refusal");
        assert!(is_outage(&OPENLINEAGE_RECEIVER_NOT_RUNNING.error(&[&"receiver"])));
        let refused = UNKNOWN_SYNC_KEY.error(&[&"dataset:db::orders", &"OpenLineage::receiver", &"openlineage"]);
        assert!(!is_outage(&refused));
    }
}
