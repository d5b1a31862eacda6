//! OpenLineage receiver benchmark: `cargo bench -p openlineage-receiver-connector --bench receiver`.
//!
//! A loopback load generator: OMIS_BENCH_CONCURRENCY (default 64) tasks post OMIS_BENCH_EVENTS
//! (default 20,000) valid run events with reqwest — a START and a COMPLETE per run, over
//! OMIS_BENCH_JOBS (default 300) jobs reading and writing 600 datasets, the inputs with a schema
//! facet — to a receiver over an embedded SQLite repository. Each POST is answered once its event
//! is committed. Prints the sustained and the best one-second events/s, the latency of a POST, the
//! transactions written, the time spent in the repository's commits and reads (the writer is one
//! task: the time it is not there, it plans, or waits for events), and the peak resident memory
//! (VmHWM).

// Counts become rates for people to read; a few ulps do not matter.
#![allow(clippy::cast_precision_loss)]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use integration_daemon_api::{
    AuditLog, ChangeEvent, ConnectorIdentity, ElementQuery, ExternalIdQuery, ExternalIdentifier, GetOptions, Guid,
    IntegrationContext, MetadataStore, OpenMetadataElement, OpenMetadataRelationship, RelatedElementsQuery,
    RelatedMetadataElement, RequestContext, Result, TypeRegistry, WriteBatch, WriteOutcome,
};
use lineage_integrator::serde_json::{Value, json};
use lineage_integrator::{
    Connection, ConnectorProvider, Endpoint, IntegrationService, LineageIntegratorContext, PermittedSynchronization,
    async_trait,
};
use open_metadata_store::{SqliteStore, StoreOptions};
use openlineage_receiver_connector::{
    LINEAGE_PATH, OpenLineageReceiverProvider, PROVIDER_NAME, RECEIVE_PUBLISHED_EVENTS,
};

// The allocator the omis binary uses: benchmarks measure what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const DATASETS: usize = 600;

/// The repository, timed: how long the receiver's commits and reads take in it.
struct Timed {
    inner: Arc<dyn MetadataStore>,
    writes: AtomicU64,
    write_micros: AtomicU64,
    reads: AtomicU64,
    read_micros: AtomicU64,
}

impl Timed {
    fn count<T>(calls: &AtomicU64, micros: &AtomicU64, started: Instant, result: T) -> T {
        calls.fetch_add(1, Ordering::Relaxed);
        micros.fetch_add(u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX), Ordering::Relaxed);
        result
    }

    fn read<T>(&self, started: Instant, result: T) -> T {
        Timed::count(&self.reads, &self.read_micros, started, result)
    }
}

#[async_trait]
impl MetadataStore for Timed {
    fn type_registry(&self) -> Arc<TypeRegistry> {
        self.inner.type_registry()
    }

    async fn execute(&self, context: &RequestContext, batch: WriteBatch) -> Result<Vec<WriteOutcome>> {
        let started = Instant::now();
        let result = self.inner.execute(context, batch).await;
        Timed::count(&self.writes, &self.write_micros, started, result)
    }

    async fn get_element(
        &self,
        context: &RequestContext,
        guid: &str,
        options: GetOptions,
    ) -> Result<Option<OpenMetadataElement>> {
        let started = Instant::now();
        self.read(started, self.inner.get_element(context, guid, options).await)
    }

    async fn get_elements(&self, context: &RequestContext, guids: &[Guid]) -> Result<Vec<OpenMetadataElement>> {
        let started = Instant::now();
        self.read(started, self.inner.get_elements(context, guids).await)
    }

    async fn get_element_by_unique_name(
        &self,
        context: &RequestContext,
        name: &str,
        property_name: &str,
    ) -> Result<Option<OpenMetadataElement>> {
        let started = Instant::now();
        self.read(started, self.inner.get_element_by_unique_name(context, name, property_name).await)
    }

    async fn find_elements(&self, context: &RequestContext, query: &ElementQuery) -> Result<Vec<OpenMetadataElement>> {
        let started = Instant::now();
        self.read(started, self.inner.find_elements(context, query).await)
    }

    async fn get_relationship(&self, context: &RequestContext, guid: &str) -> Result<Option<OpenMetadataRelationship>> {
        let started = Instant::now();
        self.read(started, self.inner.get_relationship(context, guid).await)
    }

    async fn get_related_elements(
        &self,
        context: &RequestContext,
        query: &RelatedElementsQuery,
    ) -> Result<Vec<RelatedMetadataElement>> {
        let started = Instant::now();
        self.read(started, self.inner.get_related_elements(context, query).await)
    }

    async fn find_external_ids(
        &self,
        context: &RequestContext,
        query: &ExternalIdQuery,
    ) -> Result<Vec<ExternalIdentifier>> {
        let started = Instant::now();
        self.read(started, self.inner.find_external_ids(context, query).await)
    }

    async fn count_external_ids(&self, context: &RequestContext, query: &ExternalIdQuery) -> Result<u64> {
        let started = Instant::now();
        self.read(started, self.inner.count_external_ids(context, query).await)
    }

    async fn read_change_log(&self, after: u64, limit: u32) -> Result<Vec<ChangeEvent>> {
        self.inner.read_change_log(after, limit).await
    }

    async fn latest_change_sequence(&self) -> Result<u64> {
        self.inner.latest_change_sequence().await
    }

    async fn wait_for_changes(&self, after: u64, timeout: Duration) -> Result<u64> {
        self.inner.wait_for_changes(after, timeout).await
    }

    async fn load_cursor(&self, name: &str) -> Result<Option<u64>> {
        self.inner.load_cursor(name).await
    }

    async fn save_cursor(&self, name: &str, sequence: u64) -> Result<()> {
        self.inner.save_cursor(name, sequence).await
    }
}

/// A field of /proc/self/status in MB (VmRSS, VmHWM).
fn memory_mb(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|line| line.starts_with(field))
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|value| value.parse().ok()).unwrap_or(default)
}

fn dataset(index: usize, with_schema: bool) -> Value {
    let mut dataset =
        json!({ "namespace": "postgres://warehouse:5432", "name": format!("sales.public.table_{index:03}") });
    if with_schema {
        dataset["facets"] = json!({ "schema": { "fields": [
            { "name": "id", "type": "BIGINT", "description": "primary key" },
            { "name": "customer_id", "type": "BIGINT" },
            { "name": "amount", "type": "DECIMAL(12,2)" },
            { "name": "created_at", "type": "TIMESTAMP" },
            { "name": "address", "type": "STRUCT", "fields": [
                { "name": "city", "type": "VARCHAR" }, { "name": "country", "type": "VARCHAR" } ] } ] } });
    }
    dataset
}

/// The events, as JSON text: for each run, its START then its COMPLETE.
fn events(total: usize, jobs: usize) -> Vec<String> {
    let start = 1_800_000_000_i64;
    (0..total)
        .map(|i| {
            let run = i / 2;
            let job = run % jobs;
            let (event_type, seconds) = if i % 2 == 0 { ("START", 0) } else { ("COMPLETE", 30) };
            let time = start + i64::try_from(run).unwrap_or(0) * 60 + seconds;
            json!({
                "eventType": event_type,
                "eventTime": format!("{}Z", time_text(time)),
                "run": { "runId": format!("01900000-0000-7000-8000-{run:012}") },
                "job": { "namespace": "airflow", "name": format!("dag_{:02}.task_{job:03}", job % 20),
                         "facets": { "sql": { "query": format!("insert into table_{:03} select * from table_{:03}", (job * 3 + 2) % DATASETS, (job * 7) % DATASETS) } } },
                "inputs": [ dataset((job * 7) % DATASETS, true), dataset((job * 13 + 1) % DATASETS, true) ],
                "outputs": [ dataset((job * 3 + 2) % DATASETS, false) ],
                "producer": "https://github.com/OpenLineage/OpenLineage/tree/1.40.0/integration/airflow",
                "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"
            })
            .to_string()
        })
        .collect()
}

/// Seconds since the epoch as ISO-8601 text (UTC, without the zone).
fn time_text(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}", rest / 3600, rest / 60 % 60, rest % 60)
}

#[allow(clippy::too_many_lines, reason = "one run, read top to bottom")]
async fn run(timed: Arc<Timed>, total: usize, jobs: usize, concurrency: usize) {
    let store: Arc<dyn MetadataStore> = timed.clone();
    let identity = ConnectorIdentity::new("bench-id", "bench", "bench", IntegrationService::Lineage)
        .with_permitted_synchronization(PermittedSynchronization::FromThirdParty)
        .with_metadata_source("OpenLineage::bench");
    let context = IntegrationContext::connect(identity, store, AuditLog::new("bench")).await.expect("context");
    let mut connection = Connection::for_provider(PROVIDER_NAME);
    connection.endpoint = Some(Endpoint::at("127.0.0.1:0"));
    connection.configuration_properties.insert(RECEIVE_PUBLISHED_EVENTS.to_owned(), false.into());
    let mut connector = OpenLineageReceiverProvider.create_connector(&connection).expect("connector");
    connector.initialize("bench", connection).expect("initialize");
    connector.set_connector_name("bench");
    connector.set_context(context.clone()).expect("context");
    connector.start().await.expect("start");
    let url = format!("http://{}{LINEAGE_PATH}", connector.statistics()["listenAddress"].as_str().expect("address"));

    let bodies = Arc::new(events(total, jobs));
    let resident_before = memory_mb("VmRSS");
    let client = reqwest::Client::builder().pool_max_idle_per_host(concurrency).build().expect("client");
    let next = Arc::new(AtomicUsize::new(0));
    // Events answered in each second since the start.
    let per_second: Arc<Vec<AtomicU64>> = Arc::new((0..3600).map(|_| AtomicU64::new(0)).collect());
    let (writes_before, write_micros_before) =
        (timed.writes.load(Ordering::Relaxed), timed.write_micros.load(Ordering::Relaxed));
    let (reads_before, read_micros_before) =
        (timed.reads.load(Ordering::Relaxed), timed.read_micros.load(Ordering::Relaxed));
    let started = Instant::now();
    let tasks: Vec<_> = (0..concurrency)
        .map(|_| {
            let (client, url, bodies, next, per_second) =
                (client.clone(), url.clone(), bodies.clone(), next.clone(), per_second.clone());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(body) = bodies.get(index) else { return latencies };
                    let sent = Instant::now();
                    let response = client
                        .post(&url)
                        .header("Content-Type", "application/json")
                        .body(body.clone())
                        .send()
                        .await
                        .expect("the receiver answers");
                    assert_eq!(response.status().as_u16(), 201, "{}", response.text().await.unwrap_or_default());
                    latencies.push(sent.elapsed());
                    let second = usize::try_from(started.elapsed().as_secs()).unwrap_or(usize::MAX);
                    if let Some(bucket) = per_second.get(second) {
                        bucket.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    let mut latencies: Vec<Duration> = Vec::with_capacity(total);
    for task in tasks {
        latencies.extend(task.await.expect("poster"));
    }
    let elapsed = started.elapsed();
    let writes = timed.writes.load(Ordering::Relaxed) - writes_before;
    let write_seconds = (timed.write_micros.load(Ordering::Relaxed) - write_micros_before) as f64 / 1e6;
    let reads = timed.reads.load(Ordering::Relaxed) - reads_before;
    let read_seconds = (timed.read_micros.load(Ordering::Relaxed) - read_micros_before) as f64 / 1e6;
    latencies.sort_unstable();
    let percentile = |p: usize| latencies.get(latencies.len() * p / 100).copied().unwrap_or_default();
    let full_seconds = usize::try_from(elapsed.as_secs()).unwrap_or(0);
    let best = per_second.iter().take(full_seconds.max(1)).map(|bucket| bucket.load(Ordering::Relaxed)).max();

    let statistics = connector.statistics();
    let reader = LineageIntegratorContext::new(context).expect("typed context");
    let processes = reader.find_processes("", 0, 0).await.expect("processes").len();
    let data_sets = reader.find_data_assets("", 0, 0).await.expect("data sets").len();
    connector.disconnect().await.expect("disconnect");
    assert_eq!(statistics["eventsRecorded"], total, "{statistics:?}");
    assert_eq!(processes, jobs.min(total / 2).max(1));

    println!("OpenLineage receiver, SQLite, {concurrency} POSTs in flight");
    println!("  events                               {total:>8} ({jobs} jobs, {data_sets} data sets)");
    println!("  sustained                            {:>8.0} events/s", total as f64 / elapsed.as_secs_f64());
    println!("  best second                          {:>8} events/s", best.unwrap_or(0));
    println!(
        "  POST latency p50 / p99 / max         {:>8.1} / {:.1} / {:.1} ms",
        percentile(50).as_secs_f64() * 1000.0,
        percentile(99).as_secs_f64() * 1000.0,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1000.0
    );
    println!(
        "  write transactions                   {:>8} ({:.1} events each)",
        statistics["transactions"],
        total as f64 / statistics["transactions"].as_f64().unwrap_or(1.0)
    );
    println!(
        "  repository commits                   {writes:>8} ({:.1} ms each, {:.0}% of the run)",
        write_seconds * 1000.0 / writes.max(1) as f64,
        write_seconds * 100.0 / elapsed.as_secs_f64()
    );
    println!(
        "  repository reads                     {reads:>8} ({:.2} ms each, {:.0}% of the run)",
        read_seconds * 1000.0 / reads.max(1) as f64,
        read_seconds * 100.0 / elapsed.as_secs_f64()
    );
    println!(
        "  peak resident memory (VmHWM)         {:>8.1} MB ({resident_before:.1} MB before the load, with the events to send)",
        memory_mb("VmHWM")
    );
}

fn main() {
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let total = env_number("OMIS_BENCH_EVENTS", 20_000);
    let jobs = env_number("OMIS_BENCH_JOBS", 300);
    let concurrency = env_number("OMIS_BENCH_CONCURRENCY", 64);
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    runtime.block_on(async {
        let directory = tempfile::tempdir().expect("temporary directory");
        let store = SqliteStore::open_shared(directory.path().join("receiver.db"), StoreOptions::default())
            .await
            .expect("SQLite opens");
        let timed = Arc::new(Timed {
            inner: store,
            writes: AtomicU64::new(0),
            write_micros: AtomicU64::new(0),
            reads: AtomicU64::new(0),
            read_micros: AtomicU64::new(0),
        });
        run(timed, total, jobs, concurrency).await;
    });
}
