//! Daemon benchmark: `cargo bench -p integration-daemon --bench daemon`.
//!
//! One daemon hosts N idle refresh-mode connectors (default 1,000; OMIS_BENCH_CONNECTORS), each
//! refreshing every second, on the embedded repository, for D seconds (default 15;
//! OMIS_BENCH_SECONDS). Prints the time until every connector has refreshed once, the peak
//! resident memory of the process, the scheduling delay (how late a due refresh starts) and the
//! refreshes per second. Target: ≤ 100 MB RSS.

// Counts become rates for people to read; a few ulps do not matter.
#![allow(clippy::cast_precision_loss, clippy::cast_possible_truncation, clippy::cast_sign_loss)]

use std::fmt::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use integration_daemon::config::{self, LoadedConfig};
use integration_daemon::{Daemon, DaemonOptions};
use integration_daemon_api::{
    AuditLog, Connection, ConnectorProvider, ConnectorRegistry, ConnectorStatus, ConnectorType, IntegrationConnector,
    IntegrationContext, IntegrationService, Result,
};
use open_metadata_store::{SqliteStore, StoreOptions};

// The allocator the omis binary uses: benchmarks measure what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A connector with nothing to do: what the daemon costs per connector.
struct Idle;

#[async_trait]
impl IntegrationConnector for Idle {
    fn initialize(&mut self, _: &str, _: Connection) -> Result<()> {
        Ok(())
    }
    fn set_audit_log(&mut self, _: AuditLog) {}
    fn set_connector_name(&mut self, _: &str) {}
    fn set_context(&mut self, _: IntegrationContext) -> Result<()> {
        Ok(())
    }
    async fn start(&mut self) -> Result<()> {
        Ok(())
    }
    async fn refresh(&mut self) -> Result<()> {
        Ok(())
    }
    async fn disconnect(&mut self) -> Result<()> {
        Ok(())
    }
}

struct IdleProvider;

impl ConnectorProvider for IdleProvider {
    fn provider_name(&self) -> String {
        "bench.idle".into()
    }
    fn integration_service(&self) -> IntegrationService {
        IntegrationService::Files
    }
    fn connector_type(&self) -> ConnectorType {
        ConnectorType::for_provider("bench.idle")
    }
    fn create_connector(&self, _: &Connection) -> Result<Box<dyn IntegrationConnector>> {
        Ok(Box::new(Idle))
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

fn main() {
    let connectors = env_number("OMIS_BENCH_CONNECTORS", 1000);
    let seconds = env_number("OMIS_BENCH_SECONDS", 15);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a runtime");
    runtime.block_on(run(connectors, seconds));
}

async fn run(connectors: usize, seconds: usize) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.expect("a store");
    let mut text = String::new();
    for i in 0..connectors {
        let _ = write!(
            text,
            "[[connectors]]\nconnectorName = \"idle-{i:05}\"\nrefreshTimeInterval = \"1s\"\n\
             [connectors.connection]\nprovider = \"bench.idle\"\n"
        );
    }
    let path = dir.path().join("omis.toml");
    let loaded = LoadedConfig { config: config::parse(&path, &text).expect("a valid configuration"), path, text };
    let mut registry = ConnectorRegistry::new();
    registry.register(IdleProvider).expect("one provider");
    let before = memory_mb("VmRSS");

    let started = Instant::now();
    let daemon = Arc::new(Daemon::with_store(&loaded, registry, store, "bench", DaemonOptions::default()));
    loop {
        let states = daemon.states();
        if states.iter().all(|state| state.metrics.refreshes >= 1) {
            break;
        }
        assert!(started.elapsed() < Duration::from_mins(2), "connectors did not start");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let all_refreshed = started.elapsed();
    let after_start = memory_mb("VmRSS");
    let refreshes_at_start: u64 = daemon.states().iter().map(|state| state.metrics.refreshes).sum();

    // Sample the scheduling delay of every connector while they run.
    let run_started = Instant::now();
    let mut delays: Vec<f64> = Vec::new();
    while run_started.elapsed() < Duration::from_secs(seconds as u64) {
        tokio::time::sleep(Duration::from_millis(500)).await;
        delays.extend(daemon.states().iter().map(|state| state.metrics.last_schedule_delay_seconds));
    }
    let refreshes: u64 = daemon.states().iter().map(|state| state.metrics.refreshes).sum::<u64>() - refreshes_at_start;
    let elapsed = run_started.elapsed().as_secs_f64();
    let failed = daemon.states().iter().filter(|state| state.status == Some(ConnectorStatus::Failed)).count();
    let late = daemon.shutdown().await;
    delays.sort_by(f64::total_cmp);
    let percentile =
        |p: f64| delays.get(((delays.len() as f64 - 1.0) * p) as usize).copied().unwrap_or(f64::NAN) * 1000.0;

    println!("daemon: {connectors} idle refresh-mode connectors, 1 s interval, embedded SQLite, {seconds} s");
    println!("  every connector refreshed once after  {:>8.0} ms", all_refreshed.as_secs_f64() * 1000.0);
    println!("  resident memory before the daemon     {before:>8.1} MB");
    println!("  resident memory once all refreshed    {after_start:>8.1} MB");
    println!("  peak resident memory (VmHWM)          {:>8.1} MB", memory_mb("VmHWM"));
    println!(
        "  scheduling delay p50 / p99 / max      {:>5.2} / {:.2} / {:.2} ms",
        percentile(0.5),
        percentile(0.99),
        percentile(1.0)
    );
    println!("  refreshes per second                  {:>8.0}", refreshes as f64 / elapsed);
    println!("  failed connectors {failed}, late at shutdown {}", late.len());
}
