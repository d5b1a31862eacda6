//! Hosting: one supervisor task per connector drives it through the lifecycle (DESIGN.md §3).
//!
//! The supervisor owns its connector. Every call into the connector runs on a task of its own
//! that takes the connector and gives it back, so a panic is caught there (the connector is then
//! lost and the supervisor marks it FAILED with the panic's message) and a slow connector delays
//! nobody else. Commands (refresh, restart, shutdown) reach the supervisor through a channel and
//! are handled between calls; status and metrics are shared for the admin API to read.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use integration_daemon_api::time::{Timestamp, now};
use integration_daemon_api::{
    AuditLog, Connection, ConnectorRegistry, ConnectorStatus, IntegrationConnector, IntegrationConnectorReport,
    IntegrationContext, IntegrationReport, MetadataStore, OmisError, deliver_events,
};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use crate::config::ConnectorSettings;
use crate::messages;

/// The pause between two `engage()` calls of a blocking connector (Egeria's 1 s).
pub const ENGAGE_PAUSE: Duration = Duration::from_secs(1);

/// The first and the longest wait before initialization is tried again.
const BACKOFF_FIRST: Duration = Duration::from_secs(1);
const BACKOFF_MAX: Duration = Duration::from_mins(1);

/// How many listener events are delivered per call.
const EVENT_BATCH: u32 = 500;

/// How often a long refresh says it is still running.
const PROGRESS_EVERY: Duration = Duration::from_secs(10);

/// What the admin API and the command line can ask of a connector.
#[derive(Debug)]
pub enum Command {
    /// Refresh now; the reply (if asked for) comes when the refresh has finished.
    Refresh(Option<oneshot::Sender<Result<(), OmisError>>>),
    /// Disconnect and initialize again from the (possibly updated) settings.
    Restart,
    /// Deliver what the service has queued for the connector (OpenLineage events, ...).
    ServiceEvents,
    /// Disconnect and end.
    Shutdown,
}

/// Counters for `/metrics`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConnectorMetrics {
    /// Refreshes finished (successfully or not).
    pub refreshes: u64,
    /// Calls into the connector that failed (including panics).
    pub failures: u64,
    /// Elements created over all refreshes.
    pub created: u64,
    /// Elements updated.
    pub updated: u64,
    /// Elements found unchanged.
    pub unchanged: u64,
    /// Elements removed.
    pub removed: u64,
    /// Seconds spent refreshing, in all.
    pub refresh_seconds_total: f64,
    /// Seconds the last refresh took.
    pub last_refresh_seconds: f64,
    /// Listener events delivered.
    pub events_delivered: u64,
    /// How late the last scheduled refresh started, in seconds.
    pub last_schedule_delay_seconds: f64,
}

/// What the supervisor shares with the API.
#[derive(Debug, Clone)]
pub struct ConnectorState {
    /// The settings the connector runs with (the API may change the connection).
    pub settings: ConnectorSettings,
    /// The provider's name.
    pub provider: String,
    /// The status (absent while the connector is reset).
    pub status: Option<ConnectorStatus>,
    /// When it last changed.
    pub last_status_change: Option<Timestamp>,
    /// When the last refresh ran (or would have run).
    pub last_refresh_time: Option<Timestamp>,
    /// The error that failed the connector.
    pub failing_message: Option<String>,
    /// The instance id of the current connector.
    pub instance_id: Option<String>,
    /// The report of the last refresh.
    pub last_report: Option<IntegrationReport>,
    /// The connector's own statistics, as of its last call.
    pub statistics: BTreeMap<String, serde_json::Value>,
    /// Counters.
    pub metrics: ConnectorMetrics,
    /// The supervisor has ended (after shutdown, or after a `--once` refresh).
    pub ended: bool,
}

impl ConnectorState {
    fn new(settings: ConnectorSettings, provider: String) -> ConnectorState {
        ConnectorState {
            settings,
            provider,
            status: None,
            last_status_change: None,
            last_refresh_time: None,
            failing_message: None,
            instance_id: None,
            last_report: None,
            statistics: BTreeMap::new(),
            metrics: ConnectorMetrics::default(),
            ended: false,
        }
    }

    /// Egeria's `IntegrationConnectorReport` for the status API.
    pub fn report(&self) -> IntegrationConnectorReport {
        let mut statistics = self.statistics.clone();
        if let Some(report) = &self.last_report {
            let counts = report.counts();
            for (key, value) in [
                ("lastRefreshCreated", counts.created),
                ("lastRefreshUpdated", counts.updated),
                ("lastRefreshUnchanged", counts.unchanged),
                ("lastRefreshRemoved", counts.removed),
            ] {
                statistics.insert(key.to_owned(), value.into());
            }
        }
        let minutes = i64::try_from(self.settings.refresh_interval.as_secs() / 60).unwrap_or(i64::MAX);
        IntegrationConnectorReport {
            connector_id: Some(self.settings.identity.connector_id.clone()),
            connector_guid: Some(self.settings.identity.connector_id.clone()),
            connector_name: self.settings.identity.connector_name.clone(),
            connection: Some(self.settings.connection.redacted()),
            connector_instance_id: self.instance_id.clone(),
            connector_status: self.status,
            last_status_change: self.last_status_change,
            last_refresh_time: self.last_refresh_time,
            min_minutes_between_refresh: minutes,
            failing_exception_message: self.failing_message.clone(),
            statistics,
        }
    }
}

/// What every supervisor needs from the daemon.
#[derive(Clone)]
pub struct HostEnv {
    /// The daemon's name.
    pub daemon_name: String,
    /// The repository.
    pub store: Arc<dyn MetadataStore>,
    /// The providers.
    pub registry: Arc<ConnectorRegistry>,
    /// The daemon's audit log (connectors get children).
    pub audit_log: AuditLog,
    /// Refresh once, disconnect and end (`omis run --once`).
    pub once: bool,
}

/// One hosted connector: its shared state, its command channel and its supervisor task.
pub struct Handler {
    name: String,
    state: Arc<Mutex<ConnectorState>>,
    commands: mpsc::UnboundedSender<Command>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for Handler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handler").field("name", &self.name).finish_non_exhaustive()
    }
}

fn lock(state: &Mutex<ConnectorState>) -> MutexGuard<'_, ConnectorState> {
    state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Handler {
    /// Starts the supervisor of one connector.
    pub fn spawn(env: HostEnv, settings: ConnectorSettings, provider: String) -> Arc<Handler> {
        let name = settings.identity.connector_name.clone();
        let state = Arc::new(Mutex::new(ConnectorState::new(settings, provider)));
        let (commands, receiver) = mpsc::unbounded_channel();
        let supervisor = Supervisor { env, state: state.clone(), commands: receiver, connector: None, context: None };
        let task = tokio::spawn(supervisor.run());
        Arc::new(Handler { name, state, commands, task: Mutex::new(Some(task)) })
    }

    /// The connector's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A copy of the shared state.
    pub fn state(&self) -> ConnectorState {
        lock(&self.state).clone()
    }

    /// Changes the settings (the caller then sends a restart).
    pub fn update_settings(&self, change: impl FnOnce(&mut ConnectorSettings)) {
        change(&mut lock(&self.state).settings);
    }

    /// The current connection.
    pub fn connection(&self) -> Connection {
        lock(&self.state).settings.connection.clone()
    }

    /// Sends a command; false when the supervisor has ended.
    pub fn send(&self, command: Command) -> bool {
        self.commands.send(command).is_ok()
    }

    /// Asks for a refresh and waits until it has run.
    pub async fn refresh_and_wait(&self) -> Result<(), OmisError> {
        let (reply, answer) = oneshot::channel();
        if !self.send(Command::Refresh(Some(reply))) {
            let status = self.state().status.map_or("ended", ConnectorStatus::as_str);
            return Err(messages::CONNECTOR_NOT_RUNNING.error(&[&self.name, &status]));
        }
        answer.await.unwrap_or_else(|_| Err(messages::CONNECTOR_NOT_RUNNING.error(&[&self.name, &"ended"])))
    }

    /// Waits for the supervisor to end, until `deadline`; aborts it after that. True when it ended in time.
    pub async fn join(&self, deadline: tokio::time::Instant) -> bool {
        let task = self.task.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
        let Some(mut task) = task else { return true };
        if tokio::time::timeout_at(deadline, &mut task).await.is_ok() {
            true
        } else {
            task.abort();
            let mut state = lock(&self.state);
            state.failing_message = Some("stopped at the shutdown deadline while a call was still running".into());
            set_status(&mut state, ConnectorStatus::Shutdown);
            state.ended = true;
            false
        }
    }
}

fn set_status(state: &mut ConnectorState, status: ConnectorStatus) {
    if state.status != Some(status) {
        state.status = Some(status);
        state.last_status_change = Some(now());
    }
}

/// A call into the connector, run on a task of its own.
enum Call {
    Setup(String, IntegrationContext),
    Start,
    Refresh,
    Engage,
    Disconnect,
    DeliverEvents(IntegrationContext),
    ServiceEvents,
}

impl Call {
    fn operation(&self) -> &'static str {
        match self {
            Call::Setup(..) => "setContext",
            Call::Start => "start",
            Call::Refresh => "refresh",
            Call::Engage => "engage",
            Call::Disconnect => "disconnect",
            Call::DeliverEvents(_) => "processEvent",
            Call::ServiceEvents => "deliverServiceEvents",
        }
    }
}

/// How a call ended: the connector back (unless it panicked), and the result with its statistics.
struct CallOutcome {
    connector: Option<Box<dyn IntegrationConnector>>,
    result: Result<usize, String>,
    statistics: Option<BTreeMap<String, serde_json::Value>>,
}

async fn call(mut connector: Box<dyn IntegrationConnector>, call: Call) -> CallOutcome {
    let task = tokio::spawn(async move {
        let result = match call {
            Call::Setup(name, context) => {
                connector.set_connector_name(&name);
                connector.set_context(context).map(|()| 0)
            }
            Call::Start => connector.start().await.map(|()| 0),
            Call::Refresh => connector.refresh().await.map(|()| 0),
            Call::Engage => connector.engage().await.map(|()| 0),
            Call::Disconnect => connector.disconnect().await.map(|()| 0),
            Call::DeliverEvents(context) => deliver_events(connector.as_mut(), &context, EVENT_BATCH).await,
            Call::ServiceEvents => connector.deliver_service_events().await,
        };
        let statistics = connector.statistics();
        (connector, result.map_err(|error| error.to_string()), statistics)
    });
    match task.await {
        Ok((connector, result, statistics)) => {
            CallOutcome { connector: Some(connector), result, statistics: Some(statistics) }
        }
        Err(error) => {
            let message = if error.is_panic() { panic_message(error.into_panic()) } else { "cancelled".to_owned() };
            CallOutcome { connector: None, result: Err(format!("panicked: {message}")), statistics: None }
        }
    }
}

/// The text of a panic payload.
pub fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(text) => *text,
        Err(payload) => match payload.downcast::<&'static str>() {
            Ok(text) => (*text).to_owned(),
            Err(_) => "(no message)".to_owned(),
        },
    }
}

/// How a phase of the supervisor ended.
enum Next {
    /// Initialize again.
    Restart,
    /// End the supervisor.
    End,
}

struct Supervisor {
    env: HostEnv,
    state: Arc<Mutex<ConnectorState>>,
    commands: mpsc::UnboundedReceiver<Command>,
    connector: Option<Box<dyn IntegrationConnector>>,
    context: Option<IntegrationContext>,
}

impl Supervisor {
    fn state(&self) -> MutexGuard<'_, ConnectorState> {
        lock(&self.state)
    }

    fn status(&self, status: ConnectorStatus) {
        set_status(&mut self.state(), status);
    }

    fn name(&self) -> String {
        self.state().settings.identity.connector_name.clone()
    }

    async fn run(mut self) {
        let mut backoff = BACKOFF_FIRST;
        loop {
            let next = match self.initialize().await {
                Ok(()) => {
                    backoff = BACKOFF_FIRST;
                    self.operate().await
                }
                Err(InitError::Config) => self.wait_for_restart().await,
                Err(InitError::Initialize) => {
                    let wait = backoff;
                    backoff = (backoff * 2).min(BACKOFF_MAX);
                    self.wait_before_retry(wait).await
                }
            };
            match next {
                Next::Restart => {}
                Next::End => break,
            }
        }
        self.state().ended = true;
    }

    /// Disconnects and resets, then creates the connector and its context (Egeria's
    /// `reinitializeConnector`).
    async fn initialize(&mut self) -> Result<(), InitError> {
        self.disconnect().await;
        let settings = {
            let mut state = self.state();
            state.status = None;
            state.last_status_change = None;
            state.failing_message = None;
            state.last_refresh_time = None;
            state.instance_id = None;
            state.settings.clone()
        };
        let identity = &settings.identity;
        let name = identity.connector_name.clone();
        self.env.audit_log.log_message(
            "initialize",
            &messages::CONNECTOR_INITIALIZING,
            &[&name, &identity.integration_service.full_name(), &identity.permitted_synchronization.as_str()],
        );
        let registry = self.env.registry.clone();
        let audit_log = self.env.audit_log.clone();
        let connection = settings.connection.clone();
        let created = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            registry.create_connector(&connection, &audit_log)
        }))
        .unwrap_or_else(|payload| Err(messages::CONNECTOR_NOT_RUNNING.error(&[&name, &panic_message(payload)])));
        let created = match created {
            Ok(created) => created,
            Err(error) => {
                self.env.audit_log.log_message(
                    "initialize",
                    &messages::BAD_INTEGRATION_CONNECTION,
                    &[&name, &error.to_string()],
                );
                let mut state = self.state();
                state.failing_message = Some(error.to_string());
                set_status(&mut state, ConnectorStatus::ConfigFailed);
                return Err(InitError::Config);
            }
        };
        self.state().instance_id = Some(created.instance_id.clone());
        let context =
            match IntegrationContext::connect(settings.identity.clone(), self.env.store.clone(), created.audit_log)
                .await
            {
                Ok(context) => context,
                Err(error) => {
                    let mut state = self.state();
                    state.failing_message = Some(error.to_string());
                    set_status(&mut state, ConnectorStatus::InitializeFailed);
                    return Err(InitError::Initialize);
                }
            };
        let outcome = call(created.connector, Call::Setup(name.clone(), context.clone())).await;
        self.connector = outcome.connector;
        self.context = Some(context);
        if let Err(message) = outcome.result {
            self.failed("setContext", &message);
            self.state().status = Some(ConnectorStatus::ConfigFailed);
            return Err(InitError::Config);
        }
        self.status(ConnectorStatus::Initialized);
        Ok(())
    }

    /// Records a failed call: FAILED, its message, the audit log, the counter.
    fn failed(&self, operation: &str, message: &str) {
        let name = self.name();
        self.env.audit_log.log_message("supervise", &messages::CONNECTOR_ERROR, &[&name, &operation, &message]);
        let mut state = self.state();
        state.failing_message = Some(message.to_owned());
        state.metrics.failures += 1;
        set_status(&mut state, ConnectorStatus::Failed);
    }

    /// Runs one call; on failure the connector is FAILED. Returns the call's count.
    async fn call(&mut self, call_kind: Call) -> Result<usize, ()> {
        let operation = call_kind.operation();
        let Some(connector) = self.connector.take() else {
            return Err(());
        };
        let outcome = call(connector, call_kind).await;
        self.connector = outcome.connector;
        if let Some(statistics) = outcome.statistics {
            self.state().statistics = statistics;
        }
        match outcome.result {
            Ok(count) => Ok(count),
            Err(message) => {
                self.failed(operation, &message);
                Err(())
            }
        }
    }

    /// Start, then refresh and engage until told otherwise.
    async fn operate(&mut self) -> Next {
        // Not before the start date.
        if let Some(next) = self.wait_for_start_date().await {
            return next;
        }
        if self.call(Call::Start).await.is_err() {
            return self.wait_for_restart().await;
        }
        let (interval, blocking) = {
            let state = self.state();
            (state.settings.refresh_interval, state.settings.uses_blocking_calls && !self.env.once)
        };
        self.status(if blocking { ConnectorStatus::Running } else { ConnectorStatus::Waiting });
        let mut next_refresh = Some(tokio::time::Instant::now());
        let mut next_engage = None;
        loop {
            if self.past_stop_date() {
                self.disconnect().await;
                self.status(ConnectorStatus::Stopped);
                return self.wait_for_restart().await;
            }
            let listening = self.context.as_ref().is_some_and(IntegrationContext::listener_registered);
            let context = self.context.clone();
            let refresh_at = next_refresh;
            let engage_at = next_engage;
            tokio::select! {
                biased;
                command = self.commands.recv() => match command {
                    None | Some(Command::Shutdown) => {
                        self.disconnect().await;
                        self.status(ConnectorStatus::Shutdown);
                        return Next::End;
                    }
                    Some(Command::Restart) => return Next::Restart,
                    Some(Command::Refresh(reply)) => {
                        let result = self.refresh(None).await;
                        if let Some(reply) = reply {
                            let _ = reply.send(result);
                        }
                    }
                    Some(Command::ServiceEvents) => {
                        let _ = self.call(Call::ServiceEvents).await;
                    }
                },
                () = sleep_until(refresh_at) => {
                    let scheduled = refresh_at.unwrap_or_else(tokio::time::Instant::now);
                    let _ = self.refresh(Some(scheduled)).await;
                    next_refresh = if interval.is_zero() || self.env.once {
                        None
                    } else {
                        Some(tokio::time::Instant::now() + interval)
                    };
                    if blocking && next_engage.is_none() {
                        next_engage = Some(tokio::time::Instant::now());
                    }
                    if self.env.once {
                        self.disconnect().await;
                        return Next::End;
                    }
                }
                () = sleep_until(engage_at), if blocking => {
                    let _ = self.call(Call::Engage).await;
                    next_engage = Some(tokio::time::Instant::now() + ENGAGE_PAUSE);
                }
                ready = wait_for_events(context), if listening => {
                    if ready {
                        self.deliver_events().await;
                    }
                }
            }
            if self.state().status == Some(ConnectorStatus::Failed) {
                return self.wait_for_restart().await;
            }
        }
    }

    /// One refresh as Egeria runs it: REFRESHING, record, refresh, publish the report, WAITING.
    async fn refresh(&mut self, scheduled: Option<tokio::time::Instant>) -> Result<(), OmisError> {
        let name = self.name();
        let Some(context) = self.context.clone() else {
            return Err(messages::CONNECTOR_NOT_RUNNING.error(&[&name, &"not initialized"]));
        };
        let before = self.state().status;
        if !matches!(before, Some(ConnectorStatus::Waiting | ConnectorStatus::Running)) {
            self.state().last_refresh_time = Some(now());
            let status = before.map_or("reset", ConnectorStatus::as_str);
            return Err(messages::CONNECTOR_NOT_RUNNING.error(&[&name, &status]));
        }
        if let Some(scheduled) = scheduled {
            let delay = tokio::time::Instant::now().saturating_duration_since(scheduled).as_secs_f64();
            self.state().metrics.last_schedule_delay_seconds = delay;
        }
        self.status(ConnectorStatus::Refreshing);
        context.start_recording();
        let started = Instant::now();
        let result = {
            let connector = self.connector.take();
            match connector {
                None => Err(()),
                Some(connector) => {
                    let work = call(connector, Call::Refresh);
                    tokio::pin!(work);
                    let mut progress =
                        tokio::time::interval_at(tokio::time::Instant::now() + PROGRESS_EVERY, PROGRESS_EVERY);
                    let outcome = loop {
                        tokio::select! {
                            outcome = &mut work => break outcome,
                            _ = progress.tick() => {
                                tracing::info!(connector = %name, elapsed_seconds = started.elapsed().as_secs(), "still refreshing");
                            }
                        }
                    };
                    self.connector = outcome.connector;
                    if let Some(statistics) = outcome.statistics {
                        self.state().statistics = statistics;
                    }
                    outcome.result.map_err(|message| self.failed("refresh", &message))
                }
            }
        };
        let elapsed = started.elapsed();
        let report = context.publish_report().await;
        {
            let mut state = self.state();
            state.last_refresh_time = Some(now());
            state.metrics.refreshes += 1;
            state.metrics.refresh_seconds_total += elapsed.as_secs_f64();
            state.metrics.last_refresh_seconds = elapsed.as_secs_f64();
            if let Ok(Some(report)) = &report {
                let counts = report.counts();
                state.metrics.created += counts.created as u64;
                state.metrics.updated += counts.updated as u64;
                state.metrics.unchanged += counts.unchanged as u64;
                state.metrics.removed += counts.removed as u64;
                state.last_report = Some(report.clone());
            }
        }
        if let Err(error) = report {
            tracing::warn!(connector = %name, %error, "the integration report could not be stored");
        }
        if result.is_err() {
            let message = self.state().failing_message.clone().unwrap_or_default();
            return Err(messages::CONNECTOR_NOT_RUNNING.error(&[&name, &format!("FAILED: {message}")]));
        }
        self.status(before.unwrap_or(ConnectorStatus::Waiting));
        let millis = elapsed.as_millis();
        self.env.audit_log.log_message("refresh", &messages::REFRESH_COMPLETE, &[&name, &millis]);
        // Events that arrived during the refresh, and the service's own.
        self.deliver_events().await;
        let _ = self.call(Call::ServiceEvents).await;
        Ok(())
    }

    async fn deliver_events(&mut self) {
        let Some(context) = self.context.clone() else { return };
        if !context.listener_registered() {
            return;
        }
        if let Ok(count) = self.call(Call::DeliverEvents(context)).await {
            self.state().metrics.events_delivered += count as u64;
        }
    }

    /// Disconnects the connector from any started state, and its context.
    async fn disconnect(&mut self) {
        if let Some(context) = self.context.take() {
            context.disconnect();
        }
        let started = self.state().status.is_some_and(ConnectorStatus::is_started)
            || self.state().status == Some(ConnectorStatus::Initialized);
        if self.connector.is_some() {
            if started {
                let name = self.name();
                let _ = self.call(Call::Disconnect).await;
                self.env.audit_log.log_message("disconnect", &messages::CONNECTOR_DISCONNECTED, &[&name]);
                if self.state().status != Some(ConnectorStatus::Failed) {
                    self.status(ConnectorStatus::Stopped);
                }
            }
            self.connector = None;
        }
    }

    /// Waits, answering commands, until `deadline` (forever when `None`), a restart or a shutdown.
    /// Refresh requests meanwhile are refused with `why` (the status when `None`); Egeria stamps
    /// `lastRefreshTime` all the same.
    async fn idle(&mut self, deadline: Option<tokio::time::Instant>, why: Option<&str>) -> Idled {
        loop {
            let command = tokio::select! {
                () = sleep_until(deadline) => return Idled::Deadline,
                command = self.commands.recv() => command,
            };
            match command {
                None | Some(Command::Shutdown) => return Idled::Shutdown,
                Some(Command::Restart) => return Idled::Restart,
                Some(Command::Refresh(reply)) => {
                    let status = {
                        let mut state = self.state();
                        state.last_refresh_time = Some(now());
                        why.map_or_else(
                            || state.status.map_or("reset", ConnectorStatus::as_str).to_owned(),
                            str::to_owned,
                        )
                    };
                    if let Some(reply) = reply {
                        let _ = reply.send(Err(messages::CONNECTOR_NOT_RUNNING.error(&[&self.name(), &status])));
                    }
                }
                Some(Command::ServiceEvents) => {}
            }
        }
    }

    /// In CONFIG_FAILED, FAILED or STOPPED: waits for a restart or shutdown; refreshes are refused.
    async fn wait_for_restart(&mut self) -> Next {
        if !self.env.once && self.idle(None, None).await == Idled::Restart {
            return Next::Restart;
        }
        self.disconnect().await;
        Next::End
    }

    /// In INITIALIZE_FAILED: waits `wait`, then tries again (or sooner on a restart).
    async fn wait_before_retry(&mut self, wait: Duration) -> Next {
        let name = self.name();
        let message = self.state().failing_message.clone().unwrap_or_default();
        self.env.audit_log.log_message("initialize", &messages::INITIALIZE_ERROR, &[&name, &message, &wait.as_secs()]);
        if self.env.once {
            return Next::End;
        }
        match self.idle(Some(tokio::time::Instant::now() + wait), Some("INITIALIZE_FAILED")).await {
            Idled::Deadline | Idled::Restart => Next::Restart,
            Idled::Shutdown => Next::End,
        }
    }

    /// Before the start date: waits for it (still answering commands). `None` when it is time.
    async fn wait_for_start_date(&mut self) -> Option<Next> {
        let (start, stop) = {
            let state = self.state();
            (state.settings.start_date, state.settings.stop_date)
        };
        let start = start?;
        let wait = (start - now()).to_std().ok().filter(|wait| !wait.is_zero())?;
        let name = self.name();
        let stop_text = stop.map_or_else(|| "no stop date".to_owned(), |stop| stop.to_rfc3339());
        self.env.audit_log.log_message("start", &messages::OUTSIDE_DATES, &[&name, &start.to_rfc3339(), &stop_text]);
        let idled = if self.env.once {
            Idled::Shutdown
        } else {
            self.idle(Some(tokio::time::Instant::now() + wait), Some("waiting for its start date")).await
        };
        match idled {
            Idled::Deadline => None,
            Idled::Restart => Some(Next::Restart),
            Idled::Shutdown => {
                self.disconnect().await;
                Some(Next::End)
            }
        }
    }

    fn past_stop_date(&self) -> bool {
        self.state().settings.stop_date.is_some_and(|stop| now() >= stop)
    }
}

/// How [`Supervisor::idle`] ended.
#[derive(Debug, PartialEq, Eq)]
enum Idled {
    Deadline,
    Restart,
    Shutdown,
}

enum InitError {
    /// CONFIG_FAILED: waits for a restart.
    Config,
    /// INITIALIZE_FAILED: retried with backoff.
    Initialize,
}

async fn sleep_until(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

async fn wait_for_events(context: Option<IntegrationContext>) -> bool {
    match context {
        Some(context) => {
            let Ok(ready) = context.wait_for_events(Duration::from_secs(5)).await else {
                // The repository is not answering: do not spin.
                tokio::time::sleep(Duration::from_secs(1)).await;
                return false;
            };
            ready
        }
        None => std::future::pending().await,
    }
}

/// Set when the daemon is shutting down (requests are refused).
#[derive(Debug, Default)]
pub struct ShutdownFlag(AtomicBool);

impl ShutdownFlag {
    /// Marks the shutdown.
    pub fn set(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// True once shutdown began.
    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}
