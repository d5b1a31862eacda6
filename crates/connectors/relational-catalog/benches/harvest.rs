//! Harvest benchmark: `cargo bench -p relational-catalog-connector --bench harvest`.
//!
//! With OMIS_TEST_POSTGRES_URL set, creates a fresh schema of N tables (default 5,000;
//! OMIS_BENCH_TABLES) of 10 columns each. It reads the catalog alone once (the catalog queries and
//! the catalog in memory, nothing written), then catalogs it with the PostgreSQL provider into an
//! embedded SQLite repository: the first harvest, the same again unchanged, then again with 1% of
//! the tables changed (a column added). Prints tables/s for each (the whole refresh: catalog
//! queries and synchronization) and the peak resident memory (VmHWM) after each, then what is
//! resident at the end (heap, and the repository file's pages that SQLite maps). Without the
//! variable it prints that it skipped.

// Counts become rates for people to read; a few ulps do not matter.
#![allow(clippy::cast_precision_loss)]

use std::fmt::Write;
use std::sync::Arc;
use std::time::Instant;

use database_integrator::{
    Connection, ConnectorProvider, DatabaseIntegratorConnector, DatabaseIntegratorContext, ErrorKind,
    ErrorMessageDefinition, IntegrationConnector, IntegrationService, MockDatabaseIntegratorApi,
    PermittedSynchronization,
};
use integration_daemon_api::MetadataStore;
use integration_testkit::service::{connect, identity};
use open_metadata_store::{SqliteStore, StoreOptions};
use relational_catalog_connector::{
    INCLUDE_SCHEMAS, POSTGRES_PROVIDER_NAME, RelationalCatalogConfig, RelationalCatalogConnector,
    RelationalCatalogProvider, Technology,
};

// The allocator the omis binary uses: benchmarks measure what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const COLUMNS: usize = 10;

/// What the context of the harvest-only run answers when asked for a synchronizer.
const STOP: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "BENCH-000-001",
    http_code: 500,
    text: "The harvest alone was measured",
    system_action: "",
    user_action: "",
};

/// Creates `tables` tables of [`COLUMNS`] columns in a new schema, 200 tables per transaction (one
/// transaction for all would run out of locks).
fn create_schema(url: &str, schema: &str, tables: usize) {
    let mut client = postgres::Client::connect(url, postgres::NoTls).expect("PostgreSQL answers");
    client.batch_execute(&format!("CREATE SCHEMA {schema}")).expect("schema created");
    let mut script = String::new();
    for table in 0..tables {
        let columns: Vec<String> = (1..COLUMNS)
            .map(|column| {
                format!("c{column:02} {} DEFAULT 0", if column % 2 == 0 { "integer" } else { "numeric(12,2)" })
            })
            .collect();
        let _ = writeln!(script, "CREATE TABLE {schema}.t{table:05} (id bigint PRIMARY KEY, {});", columns.join(", "));
        if table % 200 == 199 {
            // One simple query is one transaction.
            client.batch_execute(&script).expect("tables created");
            script.clear();
        }
    }
    client.batch_execute(&script).expect("tables created");
}

/// Drops the schema when the benchmark ends, even when it fails: its tables 200 per transaction
/// (one `DROP SCHEMA ... CASCADE` would run out of locks), then the schema.
struct DropSchema<'a> {
    url: &'a str,
    schema: &'a str,
}

impl Drop for DropSchema<'_> {
    fn drop(&mut self) {
        let Ok(mut client) = postgres::Client::connect(self.url, postgres::NoTls) else { return };
        let tables: Vec<String> = client
            .query("SELECT tablename::text FROM pg_tables WHERE schemaname = $1", &[&self.schema])
            .map(|rows| rows.iter().map(|row| row.get(0)).collect())
            .unwrap_or_default();
        for chunk in tables.chunks(200) {
            let names: Vec<String> = chunk.iter().map(|table| format!("{}.{table}", self.schema)).collect();
            let _ = client.batch_execute(&format!("DROP TABLE IF EXISTS {} CASCADE", names.join(", ")));
        }
        if let Err(error) = client.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema)) {
            eprintln!("the schema {} could not be dropped: {error}", self.schema);
        }
        // Each run leaves millions of dead catalog rows (55,000 columns and their types, defaults
        // and dependencies); until autovacuum gets to them, the next run's harvest scans them and
        // competes with the vacuum. Best effort: a user who may not vacuum the catalog is warned.
        let _ = client.batch_execute(
            "VACUUM pg_attribute, pg_attrdef, pg_depend, pg_class, pg_type, pg_constraint, pg_index, pg_description",
        );
    }
}

/// Adds a column to every hundredth table.
fn change_one_percent(url: &str, schema: &str, tables: usize) -> usize {
    let mut client = postgres::Client::connect(url, postgres::NoTls).expect("PostgreSQL answers");
    let mut script = String::new();
    for table in (0..tables).step_by(100) {
        let _ = writeln!(script, "ALTER TABLE {schema}.t{table:05} ADD COLUMN added text;");
    }
    client.batch_execute(&script).expect("columns added");
    tables.div_ceil(100)
}

/// The peak resident set size in kB (VmHWM), when the system tells it.
fn peak_rss_kb() -> Option<u64> {
    status_kb("VmHWM:")
}

/// A figure of /proc/self/status in kB.
fn status_kb(name: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with(name))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

async fn refresh(connector: &mut Box<dyn IntegrationConnector>, tables: usize, label: &str) {
    let started = Instant::now();
    connector.refresh().await.expect("the refresh succeeds");
    let elapsed = started.elapsed();
    let statistics = connector.statistics();
    println!(
        "postgresql {label:<16} {tables:>6} tables  {:>8.0} tables/s  ({:.2} s; harvest {} ms; created {}, updated {}, removed {}; peak {:.0} MB)",
        tables as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64(),
        statistics["harvestMilliseconds"],
        statistics["created"],
        statistics["updated"],
        statistics["removed"],
        peak_rss_kb().unwrap_or_default() as f64 / 1024.0,
    );
}

fn main() {
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let url = match std::env::var("OMIS_TEST_POSTGRES_URL") {
        Ok(url) if !url.trim().is_empty() => url,
        _ => {
            println!("postgresql harvest skipped: set OMIS_TEST_POSTGRES_URL to benchmark it");
            return;
        }
    };
    let tables: usize = std::env::var("OMIS_BENCH_TABLES").ok().and_then(|v| v.parse().ok()).unwrap_or(5000);
    let schema = format!("omis_bench_harvest_{}", std::process::id());
    let started = Instant::now();
    let _drop = DropSchema { url: &url, schema: &schema };
    create_schema(&url, &schema, tables);
    println!(
        "postgresql source: {tables} tables x {COLUMNS} columns created in {:.1} s (peak {:.0} MB)",
        started.elapsed().as_secs_f64(),
        peak_rss_kb().unwrap_or_default() as f64 / 1024.0
    );

    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    runtime.block_on(async {
        // The catalog alone first, before the repository takes its share: a context whose
        // synchronizer fails right after the harvest.
        let harvest_only = Connection::for_provider(POSTGRES_PROVIDER_NAME)
            .with_network_address(url.clone())
            .with_configuration_property(INCLUDE_SCHEMAS, schema.clone());
        let config = RelationalCatalogConfig::from_connection(Technology::PostgreSql, &harvest_only).expect("config");
        let mut mock = MockDatabaseIntegratorApi::new();
        mock.expect_synchronizer().returning(|_, _| Err(STOP.error(&[])));
        let mut alone = RelationalCatalogConnector::new(config);
        alone.set_context(DatabaseIntegratorContext::from_api(Arc::new(mock)));
        let started = Instant::now();
        let stopped = alone.refresh().await.expect_err("stopped after the harvest");
        assert_eq!(stopped.message_id(), STOP.id);
        println!(
            "postgresql harvest alone     {tables:>6} tables  {:>8.0} tables/s  (peak {:.0} MB)",
            tables as f64 / started.elapsed().as_secs_f64(),
            peak_rss_kb().unwrap_or_default() as f64 / 1024.0
        );
        drop(alone);

        let directory = tempfile::tempdir().expect("temporary directory");
        let store: Arc<dyn MetadataStore> =
            SqliteStore::open_shared(directory.path().join("omis.db"), StoreOptions::default())
                .await
                .expect("SQLite opens");
        let connection = Connection::for_provider(POSTGRES_PROVIDER_NAME)
            .with_network_address(url.clone())
            .with_configuration_property(INCLUDE_SCHEMAS, schema.clone());
        let provider = RelationalCatalogProvider::postgres();
        let mut connector = provider.create_connector(&connection).expect("a connector");
        connector.initialize("bench", connection).expect("initialized");
        connector.set_connector_name("bench");
        let context = connect(
            &store,
            identity(
                IntegrationService::Database,
                "bench",
                PermittedSynchronization::FromThirdParty,
                Some("bench::pg"),
            ),
        )
        .await;
        connector.set_context(context).expect("a database context");
        connector.start().await.expect("started");

        refresh(&mut connector, tables, "first harvest").await;
        refresh(&mut connector, tables, "unchanged").await;
        let changed = tokio::task::spawn_blocking({
            let (url, schema) = (url.clone(), schema.clone());
            move || change_one_percent(&url, &schema, tables)
        })
        .await
        .expect("changed");
        refresh(&mut connector, tables, &format!("1% changed ({changed})")).await;
        // What is resident now: the heap, and the pages of the repository's file SQLite maps.
        let mb = |name: &str| status_kb(name).unwrap_or_default() as f64 / 1024.0;
        println!(
            "postgresql resident now       {:.1} MB: {:.1} MB heap (RssAnon), {:.1} MB mapped files (RssFile)",
            mb("VmRSS:"),
            mb("RssAnon:"),
            mb("RssFile:")
        );
        connector.disconnect().await.expect("disconnected");
    });
    drop(runtime);
    match peak_rss_kb() {
        Some(kb) => println!("postgresql peak memory      {:.1} MB (VmHWM)", kb as f64 / 1024.0),
        None => println!("postgresql peak memory      unknown (no /proc/self/status)"),
    }
}
