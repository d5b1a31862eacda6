//! Catalog benchmark: `cargo bench -p folder-monitor-connector --bench catalog`.
//!
//! Builds a tree of OMIS_BENCH_FOLDERS folders (default 1,000) of OMIS_BENCH_FILES small files
//! each (default 100; every OMIS_BENCH_CSV_EVERY-th file a CSV file with three columns, default
//! none) in a temporary directory, and catalogs it into an empty embedded SQLite repository
//! through the connector, as the daemon runs it. Prints the time (wall and CPU) of the first
//! catalog, of a refresh with nothing changed, of the blocking mode's first `engage()` (watching
//! the tree and catching up with a full refresh) and of one batch of notifications (a file in each
//! folder rewritten), and the process's peak resident memory (VmHWM). Targets: 100,000 files
//! catalogued in at most 5 s, in at most 200 MB.

// Counts become rates for people to read; a few ulps do not matter.
#![allow(clippy::cast_precision_loss)]

use std::fs;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use files_integrator::{Connection, Endpoint, IntegrationConnector, IntegrationService, PermittedSynchronization};
use folder_monitor_connector::{FolderMonitorProvider, PROVIDER_NAME};
use integration_daemon_api::{ConnectorProvider, MetadataStore};
use integration_testkit::service::{changes_since, connect, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};

// The allocator the omis binary uses: benchmarks measure what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|value| value.parse().ok()).unwrap_or(default)
}

/// A figure of /proc/self/status in MB (Linux), e.g. `VmHWM`.
fn memory_mb(field: &str) -> f64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// The CPU time (user and system) the process used so far, in seconds (Linux, 100 ticks a second).
fn cpu_seconds() -> f64 {
    let stat = fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // After the command (which may hold spaces): the state is the 3rd field, utime the 14th.
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks = |index: usize| fields.get(index).and_then(|value| value.parse::<f64>().ok()).unwrap_or(f64::NAN);
    (ticks(11) + ticks(12)) / 100.0
}

/// Samples the resident memory every 20 ms on a thread of its own: the highest anonymous (heap)
/// and file-backed (mapped repository) figures seen, in MB.
fn sample_memory() -> (Arc<std::sync::atomic::AtomicBool>, std::thread::JoinHandle<(f64, f64)>) {
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stopped = Arc::clone(&stop);
    let sampler = std::thread::spawn(move || {
        let (mut anonymous, mut mapped) = (0.0_f64, 0.0_f64);
        while !stopped.load(std::sync::atomic::Ordering::Relaxed) {
            anonymous = anonymous.max(memory_mb("RssAnon"));
            mapped = mapped.max(memory_mb("RssFile"));
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        (anonymous, mapped)
    });
    (stop, sampler)
}

/// The machine's load average over the last minute (Linux).
fn load() -> String {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| text.split_whitespace().next().map(str::to_owned))
        .unwrap_or_default()
}

/// What `work` returns, with the wall and CPU seconds it took.
async fn timed<T>(work: impl Future<Output = T>) -> (T, f64, f64) {
    let (started, cpu) = (Instant::now(), cpu_seconds());
    let result = work.await;
    (result, started.elapsed().as_secs_f64(), cpu_seconds() - cpu)
}

fn build_tree(root: &Path, folders: usize, files: usize, csv_every: usize) {
    for folder in 0..folders {
        let path = root.join(format!("folder-{folder:04}"));
        fs::create_dir_all(&path).expect("a folder");
        for file in 0..files {
            if csv_every > 0 && file % csv_every == 0 {
                fs::write(path.join(format!("part-{file:03}.csv")), "id,name,amount\n1,acme,12.50\n").expect("a file");
            } else {
                fs::write(path.join(format!("part-{file:03}.json")), "{}").expect("a file");
            }
        }
    }
}

async fn connector(root: &Path, store: &Arc<dyn MetadataStore>) -> Box<dyn IntegrationConnector> {
    let mut connection = Connection::for_provider(PROVIDER_NAME);
    connection.endpoint = Some(Endpoint::at(root.display().to_string()));
    let mut connector = FolderMonitorProvider.create_connector(&connection).expect("a connector");
    connector.initialize("bench", connection).expect("initialized");
    connector.set_connector_name("bench-monitor");
    let context = connect(
        store,
        identity(
            IntegrationService::Files,
            "bench-monitor",
            PermittedSynchronization::FromThirdParty,
            Some("FileSystem::bench"),
        ),
    )
    .await;
    connector.set_context(context).expect("a files context");
    connector.start().await.expect("started");
    connector
}

fn main() {
    // `cargo test --all-targets` runs benchmarks without `--bench`: nothing to do then.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let folders = env_number("OMIS_BENCH_FOLDERS", 1000);
    let files = env_number("OMIS_BENCH_FILES", 100);
    let csv_every = env_number("OMIS_BENCH_CSV_EVERY", 0);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(run(folders, files, csv_every));
}

#[allow(clippy::too_many_lines, reason = "one run, phase after phase")]
async fn run(folders: usize, files: usize, csv_every: usize) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path().join("tree");
    let started = Instant::now();
    build_tree(&root, folders, files, csv_every);
    let total = folders * files;
    println!(
        "tree: {folders} folders x {files} files = {total} files, built in {:.2} s",
        started.elapsed().as_secs_f64()
    );

    let (stop, sampler) = sample_memory();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.expect("a store");
    let mut connector = connector(&root, &store).await;
    println!("  resident before: {:.0} MB anonymous", memory_mb("RssAnon"));

    let before = latest(&store).await;
    let ((), wall, cpu) = timed(async { connector.refresh().await.expect("the first catalog") }).await;
    let written = latest(&store).await - before;
    println!(
        "first catalog:     {wall:6.2} s  ({cpu:5.2} s CPU)  {:7.0} files/s  ({written} change-log events)",
        total as f64 / wall
    );
    let database: u64 = fs::read_dir(dir.path())
        .expect("the repository's folder")
        .filter_map(|entry| entry.ok()?.metadata().ok())
        .filter(fs::Metadata::is_file)
        .map(|metadata| metadata.len())
        .sum();
    println!(
        "  resident now: {:.0} MB anonymous, {:.0} MB of mapped files (the repository: {:.0} MB on disk)",
        memory_mb("RssAnon"),
        memory_mb("RssFile"),
        database as f64 / 1_048_576.0
    );

    let before = latest(&store).await;
    let ((), wall, cpu) = timed(async { connector.refresh().await.expect("an unchanged refresh") }).await;
    assert!(changes_since(&store, before).await.is_empty(), "an unchanged tree writes nothing");
    println!("unchanged refresh: {wall:6.2} s  ({cpu:5.2} s CPU)  {:7.0} files/s  (0 writes)", total as f64 / wall);

    let ((), wall, cpu) = timed(async { connector.engage().await.expect("watching") }).await;
    println!(
        "first engage:      {wall:6.2} s  ({cpu:5.2} s CPU)  (watches {} folders, catches up with a full refresh)",
        folders + 1
    );

    for folder in 0..folders {
        let name = if csv_every == 1 { "part-000.csv" } else { "part-001.json" };
        fs::write(root.join(format!("folder-{folder:04}")).join(name), "{\"changed\": true}").expect("a change");
    }
    let before = latest(&store).await;
    let (engaged, wall, cpu) = timed(async {
        let mut engaged = 0;
        while engaged < 10 {
            connector.engage().await.expect("a batch");
            engaged += 1;
            let applied = connector
                .statistics()
                .get("eventPaths")
                .and_then(files_integrator::serde_json::Value::as_u64)
                .unwrap_or_default();
            if applied >= folders as u64 {
                break;
            }
        }
        engaged
    })
    .await;
    let events = changes_since(&store, before).await.len();
    println!(
        "one batch:         {wall:6.2} s  ({cpu:5.2} s CPU)  ({folders} files rewritten, {engaged} engage call(s), \
         {events} change-log events, with the 250 ms debounce)"
    );
    connector.disconnect().await.expect("disconnected");
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (anonymous, mapped) = sampler.join().expect("the sampler");
    println!(
        "peak memory (VmHWM): {:.0} MB = at most {anonymous:.0} MB anonymous (heap) + {mapped:.0} MB of the \
         repository's file mapped by SQLite; machine load {}",
        memory_mb("VmHWM"),
        load()
    );
}
