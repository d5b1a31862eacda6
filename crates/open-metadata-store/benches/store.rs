//! Repository benchmarks: `cargo bench -p open-metadata-store` (or `cargo xtask bench store`).
//!
//! On SQLite always, on PostgreSQL when OMIS_TEST_POSTGRES_URL is set (in a fresh schema, dropped
//! afterwards). Prints one line per figure:
//! - batch create of N elements with properties and change-log events (elements/s);
//! - get by GUID (µs per call);
//! - find by qualifiedName (µs per call);
//! - search strings over the N elements: an indexed regex, a literal prefix, a case-insensitive
//!   word, and a pattern without a literal (which must scan), in ms per query.
//!
//! Set OMIS_BENCH_ELEMENTS to change N (default 100,000).

// Counts become rates for people to read; a few ulps do not matter.
#![allow(clippy::cast_precision_loss)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use integration_daemon_api::{
    ElementProperties, ElementQuery, GetOptions, MetadataStore, NewElement, Paging, RequestContext, SearchString,
    WriteBatch, WriteOp,
};
use open_metadata_store::StoreOptions;

// The allocator the omis binary uses: benchmarks measure what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const BATCH: usize = 5_000;

fn element(i: usize) -> NewElement {
    NewElement::new(
        "DataSet",
        ElementProperties::new()
            .with("qualifiedName", format!("bench::sales::dataset-{i:07}"))
            .with("displayName", format!("Sales data set {i}"))
            .with("description", format!("Daily extract number {} of the sales ledger for region {}", i, i % 97))
            .with(
                "additionalProperties",
                std::collections::BTreeMap::from([("owner".to_owned(), format!("team-{}", i % 13))]),
            ),
    )
    .with_guid(format!("00000000-0000-4000-8000-{i:012}"))
}

fn per_second(count: usize, elapsed: Duration) -> f64 {
    count as f64 / elapsed.as_secs_f64()
}

async fn run(name: &str, store: Arc<dyn MetadataStore>, total: usize) {
    let context = RequestContext::user("bench");
    // Build the batches first: the figure is the store's, not the benchmark's string formatting.
    let batches: Vec<WriteBatch> = (0..total)
        .collect::<Vec<_>>()
        .chunks(BATCH)
        .map(|chunk| WriteBatch(chunk.iter().map(|&i| WriteOp::CreateElement(element(i))).collect()))
        .collect();
    let started = Instant::now();
    for batch in batches {
        store.execute(&context, batch).await.expect("batch create");
    }
    let elapsed = started.elapsed();
    println!(
        "{name:<10} batch create     {total:>7} elements  {:>10.0} elements/s  ({:.2} s, batches of {BATCH})",
        per_second(total, elapsed),
        elapsed.as_secs_f64()
    );

    let samples = 10_000.min(total);
    let step = (total / samples).max(1);
    let started = Instant::now();
    for i in (0..total).step_by(step).take(samples) {
        let guid = format!("00000000-0000-4000-8000-{i:012}");
        let found = store.get_element(&context, &guid, GetOptions::default()).await.expect("get");
        assert!(found.is_some(), "{guid}");
    }
    let elapsed = started.elapsed();
    println!(
        "{name:<10} get by GUID      {samples:>7} calls     {:>10.1} µs/call   ({:.0} calls/s)",
        elapsed.as_secs_f64() * 1e6 / samples as f64,
        per_second(samples, elapsed)
    );

    let started = Instant::now();
    for i in (0..total).step_by(step).take(samples) {
        let name = format!("bench::sales::dataset-{i:07}");
        let found = store.get_element_by_unique_name(&context, &name, "qualifiedName").await.expect("by name");
        assert!(found.is_some(), "{name}");
    }
    let elapsed = started.elapsed();
    println!(
        "{name:<10} by qualifiedName {samples:>7} calls     {:>10.1} µs/call   ({:.0} calls/s)",
        elapsed.as_secs_f64() * 1e6 / samples as f64,
        per_second(samples, elapsed)
    );

    let searches = [
        ("regex", SearchString::regex("dataset-00421.")),
        (
            "prefix",
            SearchString {
                search_string: Some("bench::sales::dataset-0099".into()),
                starts_with: true,
                ..Default::default()
            },
        ),
        (
            "ignore-case",
            SearchString {
                search_string: Some("LEDGER FOR REGION 42$".into()),
                ignore_case: true,
                ..Default::default()
            },
        ),
        ("no-literal", SearchString::regex("t.9.9.9")),
    ];
    for (label, search) in searches {
        let query = ElementQuery::of_type("DataSet").searching(search).page(Paging::first(100));
        let rounds = 20;
        let mut found = 0;
        let started = Instant::now();
        for _ in 0..rounds {
            found = store.find_elements(&context, &query).await.expect("search").len();
        }
        let elapsed = started.elapsed();
        println!(
            "{name:<10} search {label:<11} over {total:>7} elements {:>8.2} ms/query  ({found} results, page of 100)",
            elapsed.as_secs_f64() * 1e3 / f64::from(rounds)
        );
    }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing useful: run only for bench.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let total: usize = std::env::var("OMIS_BENCH_ELEMENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    runtime.block_on(async {
        let directory = tempfile::tempdir().expect("temporary directory");
        let store =
            open_metadata_store::SqliteStore::open_shared(directory.path().join("bench.db"), StoreOptions::default())
                .await
                .expect("SQLite opens");
        run("sqlite", store, total).await;

        match std::env::var("OMIS_TEST_POSTGRES_URL") {
            Ok(url) if !url.is_empty() => {
                let schema = format!("omis_bench_{}", std::process::id());
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
