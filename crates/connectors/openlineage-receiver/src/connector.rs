//! The receiver's lifecycle: `start` binds the listen address and starts two tasks — the HTTP
//! endpoint and the writer — which run until `disconnect`; `engage` (the daemon calls it in a
//! loop) watches them and fails the connector when one of them ends on its own.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use lineage_integrator::serde_json::{Value, json};
use lineage_integrator::{
    AuditLog, Connection, ContextSlot, LineageIntegratorConnector, LineageIntegratorContext, OpenLineageRunEvent,
    Result, async_trait,
};
use tokio::sync::{mpsc, oneshot, watch};
use tokio::task::JoinHandle;

use crate::config::ReceiverConfig;
use crate::error::{
    OPENLINEAGE_RECEIVER_CANNOT_LISTEN, OPENLINEAGE_RECEIVER_EVENT_DROPPED, OPENLINEAGE_RECEIVER_LISTENING,
    OPENLINEAGE_RECEIVER_NOT_RUNNING, OPENLINEAGE_RECEIVER_STOPPED, OPENLINEAGE_RECEIVER_TASK_ENDED,
};
use crate::mapping::check_event;
use crate::server::{Endpoint, LINEAGE_PATH, router};
use crate::writer::{Origin, Pending, Stats, Writer, is_outage};

/// How long one `engage` watches the tasks before it returns.
const ENGAGE_WATCH: Duration = Duration::from_secs(1);
/// How long `disconnect` waits for each task to finish what it holds before it aborts it.
const STOP_WAIT: Duration = Duration::from_secs(5);
/// After a delivered event failed for an outage, how long the next are put back without trying.
const OUTAGE_PAUSE: Duration = Duration::from_secs(1);
/// Events waiting for the writer, beyond which senders wait.
const QUEUE: usize = 4096;

/// The tasks of a started receiver.
struct Running {
    address: SocketAddr,
    sender: mpsc::Sender<Pending>,
    stop: watch::Sender<bool>,
    server: JoinHandle<std::io::Result<()>>,
    writer: JoinHandle<()>,
}

impl Running {
    fn abort(&self) {
        let _ = self.stop.send(true);
        self.server.abort();
        self.writer.abort();
    }
}

/// Receives OpenLineage run events over HTTP (and from the lineage integration service) and
/// records them as processes, data sets, schemas and data flows (see the [crate](crate)
/// documentation).
pub struct OpenLineageReceiverConnector {
    config: ReceiverConfig,
    name: String,
    audit_log: AuditLog,
    context: ContextSlot<LineageIntegratorContext>,
    stats: Arc<Stats>,
    running: Option<Running>,
    /// When a delivered event last failed for an outage: for a moment, the next are put back
    /// without trying.
    last_outage: Option<Instant>,
}

impl std::fmt::Debug for OpenLineageReceiverConnector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenLineageReceiverConnector")
            .field("config", &self.config)
            .field("name", &self.name)
            .field("local_addr", &self.local_addr())
            .finish_non_exhaustive()
    }
}

impl OpenLineageReceiverConnector {
    /// A receiver with this configuration (`initialize` replaces it with the connection's).
    pub fn new(config: ReceiverConfig) -> OpenLineageReceiverConnector {
        OpenLineageReceiverConnector {
            config,
            name: String::new(),
            audit_log: AuditLog::new("openlineage-receiver"),
            context: ContextSlot::new(),
            stats: Arc::new(Stats::default()),
            running: None,
            last_outage: None,
        }
    }

    /// What the receiver listens on and how it records.
    pub fn config(&self) -> &ReceiverConfig {
        &self.config
    }

    /// The address the receiver listens on once started (the port chosen when the configured
    /// port is 0); also in the statistics as `listenAddress`.
    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.running.as_ref().map(|running| running.address)
    }

    fn name_for_messages(&self) -> &str {
        if self.name.is_empty() { "(unnamed)" } else { &self.name }
    }

    /// Stops the tasks: the endpoint stops accepting, the writer records (or refuses) what is
    /// queued; what does not finish in time is aborted.
    async fn stop(&mut self) {
        let Some(running) = self.running.take() else { return };
        let Running { address, sender, stop, mut server, mut writer } = running;
        let _ = stop.send(true);
        drop(sender);
        if tokio::time::timeout(STOP_WAIT, &mut server).await.is_err() {
            server.abort();
        }
        if tokio::time::timeout(STOP_WAIT, &mut writer).await.is_err() {
            writer.abort();
        }
        let recorded = Stats::get(&self.stats.recorded);
        self.audit_log.log_message(
            "disconnect",
            &OPENLINEAGE_RECEIVER_STOPPED,
            &[&self.name_for_messages(), &address, &recorded],
        );
    }
}

impl Drop for OpenLineageReceiverConnector {
    fn drop(&mut self) {
        // A connector dropped without `disconnect` (a panic elsewhere) must free its port.
        if let Some(running) = self.running.take() {
            running.abort();
        }
    }
}

/// The message of a task that ended.
fn ended(result: std::result::Result<impl std::fmt::Debug, tokio::task::JoinError>) -> String {
    match result {
        Ok(outcome) => format!("it returned {outcome:?}"),
        Err(error) if error.is_panic() => {
            let payload = error.into_panic();
            payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|text| (*text).to_owned()))
                .map_or_else(|| "it panicked".to_owned(), |message| format!("it panicked: {message}"))
        }
        Err(error) => error.to_string(),
    }
}

#[async_trait]
impl LineageIntegratorConnector for OpenLineageReceiverConnector {
    fn initialize(&mut self, _connector_instance_id: &str, connection: Connection) -> Result<()> {
        self.config = ReceiverConfig::from_connection(&connection)?;
        Ok(())
    }

    fn set_audit_log(&mut self, audit_log: AuditLog) {
        self.context.set_audit_log(audit_log.clone());
        self.audit_log = audit_log;
    }

    fn set_connector_name(&mut self, connector_name: &str) {
        connector_name.clone_into(&mut self.name);
        self.context.set_connector_name(connector_name);
    }

    fn set_context(&mut self, context: LineageIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&LineageIntegratorContext> {
        self.context.get("start")
    }

    /// Binds the listen address, then starts the endpoint and the writer.
    async fn start(&mut self) -> Result<()> {
        let context = self.context()?.clone();
        if self.running.is_some() {
            return Ok(());
        }
        if self.config.receive_published_events {
            context.register_open_lineage_listener().await?;
        }
        let listener = tokio::net::TcpListener::bind(&self.config.listen_address).await.map_err(|error| {
            OPENLINEAGE_RECEIVER_CANNOT_LISTEN.error(&[&self.name_for_messages(), &self.config.listen_address, &error])
        })?;
        let address = listener.local_addr().map_err(|error| {
            OPENLINEAGE_RECEIVER_CANNOT_LISTEN.error(&[&self.name_for_messages(), &self.config.listen_address, &error])
        })?;
        let (sender, receiver) = mpsc::channel(QUEUE.max(2 * self.config.max_events_per_transaction));
        let (stop, stop_signal) = watch::channel(false);
        let writer = Writer::new(context, self.name.clone(), self.audit_log.clone(), self.stats.clone(), &self.config);
        let writer = tokio::spawn(writer.run(receiver, stop_signal.clone()));
        let endpoint = Endpoint {
            sender: sender.clone(),
            stats: self.stats.clone(),
            connector_name: self.name_for_messages().into(),
        };
        let app = router(endpoint, self.config.max_event_bytes);
        let mut server_stop = stop_signal;
        let server = tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = server_stop.wait_for(|stop| *stop).await;
                })
                .await
        });
        self.running = Some(Running { address, sender, stop, server, writer });
        self.audit_log.log_message(
            "start",
            &OPENLINEAGE_RECEIVER_LISTENING,
            &[&self.name_for_messages(), &address, &LINEAGE_PATH],
        );
        Ok(())
    }

    /// Nothing to read at a refresh: the events come to the receiver. The writer forgets what it
    /// remembers of the repository (so the next events re-check it, and write again what others
    /// removed), and the tasks are checked.
    async fn refresh(&mut self) -> Result<()> {
        self.stats.forget.store(true, std::sync::atomic::Ordering::Relaxed);
        match &self.running {
            Some(running) if running.writer.is_finished() || running.server.is_finished() => self.engage().await,
            _ => Ok(()),
        }
    }

    /// Watches the endpoint and the writer for a second; fails when one of them has ended.
    async fn engage(&mut self) -> Result<()> {
        let Some(running) = self.running.as_mut() else {
            return Err(OPENLINEAGE_RECEIVER_NOT_RUNNING.error(&[&self.name_for_messages()]));
        };
        let (task, message) = tokio::select! {
            () = tokio::time::sleep(ENGAGE_WATCH) => return Ok(()),
            result = &mut running.writer => ("writer", ended(result)),
            result = &mut running.server => ("HTTP endpoint", ended(result)),
        };
        if let Some(running) = self.running.take() {
            running.abort();
        }
        Err(OPENLINEAGE_RECEIVER_TASK_ENDED.error(&[&self.name_for_messages(), &task, &message]))
    }

    async fn disconnect(&mut self) -> Result<()> {
        self.stop().await;
        Ok(())
    }

    /// A run event the lineage service delivers: recorded like one received over HTTP. When the
    /// repository is unavailable, it goes back on the connector's queue of the lineage service
    /// (the writer takes it again later); an event that can never be recorded is dropped, with an
    /// audit message.
    async fn process_open_lineage_run_event(&mut self, event: &OpenLineageRunEvent) -> Result<()> {
        let name = self.name_for_messages().to_owned();
        // The writer counts the failures it sees; the others are counted here.
        let drop_event = |error: &lineage_integrator::OmisError, count: bool| {
            if count {
                Stats::add(&self.stats.failed, 1);
            }
            let job = format!("{}/{}", event.job.namespace, event.job.name);
            self.audit_log.log_message(
                "processOpenLineageRunEvent",
                &OPENLINEAGE_RECEIVER_EVENT_DROPPED,
                &[&name, &job, &event.run.run_id, error],
            );
        };
        if let Err(error) = check_event(event) {
            drop_event(&error, true);
            return Ok(());
        }
        let Some(running) = &self.running else {
            return Err(OPENLINEAGE_RECEIVER_NOT_RUNNING.error(&[&name]));
        };
        Stats::add(&self.stats.published, 1);
        if self.last_outage.is_some_and(|at| at.elapsed() < OUTAGE_PAUSE) {
            Stats::add(&self.stats.failed, 1);
            return self.context()?.return_open_lineage_run_events(vec![event.clone()]).await;
        }
        let (reply, outcome) = oneshot::channel();
        let sent = running.sender.send(Pending { event: event.clone(), origin: Origin::Reply(reply) }).await;
        let outcome = match sent {
            Ok(()) => outcome.await.map_err(|_| None).and_then(|result| result.map_err(Some)),
            Err(_) => Err(None),
        };
        match outcome {
            Ok(()) => {
                self.last_outage = None;
                Ok(())
            }
            // The writer stopped (None), or the repository is unavailable.
            Err(None) => {
                Stats::add(&self.stats.failed, 1);
                self.last_outage = Some(Instant::now());
                self.context()?.return_open_lineage_run_events(vec![event.clone()]).await
            }
            Err(Some(error)) if is_outage(&error) => {
                self.last_outage = Some(Instant::now());
                self.context()?.return_open_lineage_run_events(vec![event.clone()]).await
            }
            Err(Some(error)) => {
                drop_event(&error, false);
                Ok(())
            }
        }
    }

    fn statistics(&self) -> BTreeMap<String, Value> {
        let stats = &self.stats;
        let mut figures = BTreeMap::from([
            ("eventsReceived".to_owned(), json!(Stats::get(&stats.received))),
            ("eventsRejected".to_owned(), json!(Stats::get(&stats.rejected))),
            ("eventsPublished".to_owned(), json!(Stats::get(&stats.published))),
            ("eventsRecorded".to_owned(), json!(Stats::get(&stats.recorded))),
            ("eventsFailed".to_owned(), json!(Stats::get(&stats.failed))),
            ("transactions".to_owned(), json!(Stats::get(&stats.transactions))),
            ("elementsLeftOut".to_owned(), json!(Stats::get(&stats.left_out))),
        ]);
        if let Some(address) = self.local_addr() {
            figures.insert("listenAddress".to_owned(), json!(address.to_string()));
        }
        if let Some(error) = stats.last_error() {
            figures.insert("lastError".to_owned(), json!(error));
        }
        figures
    }
}
