//! Synchronizer benchmark: `cargo bench -p open-metadata-store --bench synchronizer`.
//!
//! Enumerates N elements (default 100,000; OMIS_BENCH_ELEMENTS) into an empty repository through a
//! connected IntegrationContext, then the same enumeration again unchanged, then with 1% of the
//! elements changed, and prints elements/s for each. SQLite always; PostgreSQL too when
//! OMIS_TEST_POSTGRES_URL is set.

// Counts become rates for people to read; a few ulps do not matter.
#![allow(clippy::cast_precision_loss)]

use std::sync::Arc;
use std::time::Instant;

use integration_daemon_api::{
    AuditLog, ConnectorIdentity, ElementProperties, IntegrationContext, IntegrationService, MetadataStore,
    PermittedSynchronization, SyncElement, SyncOptions, Synchronizer,
};
use open_metadata_store::StoreOptions;

// The allocator the omis binary uses: benchmarks measure what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn item(i: usize, revision: u32) -> SyncElement {
    let mut properties = ElementProperties::new()
        .with("qualifiedName", format!("bench::files::/data/lake/part-{i:07}.parquet"))
        .with("displayName", format!("part-{i:07}.parquet"))
        .with("pathName", format!("/data/lake/part-{i:07}.parquet"))
        .with("fileType", "parquet");
    if revision > 0 {
        properties.insert("description", format!("revision {revision}"));
    }
    SyncElement::new(format!("/data/lake/part-{i:07}.parquet"), "ParquetFile", properties)
}

async fn enumerate(context: &IntegrationContext, total: usize, changed_every: Option<usize>, revision: u32) -> f64 {
    let options = SyncOptions { batch_size: 5000, ..SyncOptions::default() };
    // What the third party lists is built first: the figure is the synchronizer's.
    let items: Vec<SyncElement> = (0..total)
        .map(|i| item(i, if changed_every.is_some_and(|every| i % every == 0) { revision } else { 0 }))
        .collect();
    let started = Instant::now();
    let mut synchronizer = Synchronizer::new(context, "/data/lake", options).expect("synchronizer");
    for item in items {
        synchronizer.upsert(item).await.expect("upsert");
    }
    let summary = synchronizer.complete().await.expect("complete");
    let elapsed = started.elapsed();
    assert!(summary.removal_skipped.is_none());
    total as f64 / elapsed.as_secs_f64()
}

async fn run(name: &str, store: Arc<dyn MetadataStore>, total: usize) {
    let identity = ConnectorIdentity {
        connector_id: "bench".into(),
        connector_name: "bench".into(),
        user_id: "bench".into(),
        integration_service: IntegrationService::Files,
        permitted_synchronization: PermittedSynchronization::FromThirdParty,
        metadata_source_qualified_name: Some("FileSystem::bench".into()),
        generate_integration_reports: false,
        publish_zones: Vec::new(),
    };
    let context = IntegrationContext::connect(identity, store, AuditLog::new("bench")).await.expect("context");
    let first = enumerate(&context, total, None, 0).await;
    println!("{name:<10} first enumeration  {total:>7} elements  {first:>10.0} elements/s");
    if std::env::var("OMIS_BENCH_FIRST_ONLY").is_ok() {
        return;
    }
    let unchanged = enumerate(&context, total, None, 0).await;
    println!("{name:<10} unchanged          {total:>7} elements  {unchanged:>10.0} elements/s");
    let changed = enumerate(&context, total, Some(100), 1).await;
    println!("{name:<10} 1% changed         {total:>7} elements  {changed:>10.0} elements/s");
}

fn main() {
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let total: usize = std::env::var("OMIS_BENCH_ELEMENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    runtime.block_on(async {
        let directory = tempfile::tempdir().expect("temporary directory");
        let store =
            open_metadata_store::SqliteStore::open_shared(directory.path().join("sync.db"), StoreOptions::default())
                .await
                .expect("SQLite opens");
        run("sqlite", store, total).await;
        match std::env::var("OMIS_TEST_POSTGRES_URL") {
            Ok(url) if !url.is_empty() => {
                let schema = format!("omis_bench_sync_{}", std::process::id());
                let store = open_metadata_store::PostgresStore::open_shared(&url, &schema, StoreOptions::default())
                    .await
                    .expect("PostgreSQL opens");
                run("postgresql", store, total).await;
                open_metadata_store::PostgresStore::drop_schema(&url, &schema).await.expect("schema dropped");
            }
            _ => println!("postgresql skipped: set OMIS_TEST_POSTGRES_URL to benchmark PostgreSQL"),
        }
    });
}
