//! The daemon: the repository, the registry and one [`Handler`] per configured connector.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use integration_daemon_api::{
    AuditLog, ConnectorRegistry, IntegrationConnectorReport, MetadataStore, OmisError, Result,
};
use open_metadata_store::{SqliteStore, StoreOptions};

use crate::config::{ConfigProblem, LoadedConfig, Repository, validate};
use crate::host::{Command, ConnectorState, Handler, HostEnv, ShutdownFlag};
use crate::messages;

/// What a daemon is started with.
#[derive(Debug, Clone, Copy, Default)]
pub struct DaemonOptions {
    /// Refresh every connector once, disconnect and end (`omis run --once`).
    pub once: bool,
}

/// A running integration daemon.
pub struct Daemon {
    name: String,
    handlers: BTreeMap<String, Arc<Handler>>,
    order: Vec<String>,
    store: Arc<dyn MetadataStore>,
    registry: Arc<ConnectorRegistry>,
    audit_log: AuditLog,
    shutdown_timeout: Duration,
    shutting_down: ShutdownFlag,
}

impl std::fmt::Debug for Daemon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Daemon").field("name", &self.name).field("connectors", &self.order).finish_non_exhaustive()
    }
}

/// Why a daemon did not start.
#[derive(Debug)]
pub enum StartError {
    /// The configuration has problems.
    Config(Vec<ConfigProblem>),
    /// The repository could not be opened.
    Repository(OmisError),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Config(problems) => {
                for problem in problems {
                    writeln!(f, "{problem}")?;
                }
                Ok(())
            }
            StartError::Repository(error) => write!(f, "the repository cannot be opened: {error}"),
        }
    }
}

impl std::error::Error for StartError {}

/// Opens the repository a configuration names.
pub async fn open_repository(repository: &Repository) -> Result<Arc<dyn MetadataStore>> {
    match repository {
        Repository::Sqlite(path) => {
            if let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
                let _ = std::fs::create_dir_all(parent);
            }
            SqliteStore::open_shared(path, StoreOptions::default()).await
        }
        #[cfg(feature = "postgres")]
        Repository::Postgres { url, schema } => {
            open_metadata_store::PostgresStore::open_shared(url, schema, StoreOptions::default()).await
        }
        #[cfg(not(feature = "postgres"))]
        Repository::Postgres { .. } => {
            Err(messages::REPOSITORY_UNSUPPORTED.error(&[&"PostgreSQL (feature `postgres`)"]))
        }
        Repository::Server(url) => {
            Err(messages::REPOSITORY_UNSUPPORTED.error(&[&format!("a remote metadata server ({url})")]))
        }
    }
}

/// A description of a repository for messages.
pub fn describe_repository(repository: &Repository) -> String {
    match repository {
        Repository::Sqlite(path) => format!("SQLite {}", path.display()),
        Repository::Postgres { url, schema } => {
            let host = url.split('@').next_back().unwrap_or(url);
            format!("PostgreSQL {host} (schema {schema})")
        }
        Repository::Server(url) => format!("server {url}"),
    }
}

impl Daemon {
    /// Validates the configuration, opens its repository and starts every connector.
    pub async fn start(
        loaded: &LoadedConfig,
        registry: ConnectorRegistry,
        options: DaemonOptions,
    ) -> std::result::Result<Daemon, StartError> {
        let problems = validate(loaded, &registry);
        if !problems.is_empty() {
            return Err(StartError::Config(problems));
        }
        let base = loaded.path.parent().unwrap_or(Path::new("."));
        let repository = loaded.config.repository(base);
        let store = open_repository(&repository).await.map_err(StartError::Repository)?;
        Ok(Daemon::with_store(loaded, registry, store, &describe_repository(&repository), options))
    }

    /// Starts every connector of a (validated) configuration on `store`.
    pub fn with_store(
        loaded: &LoadedConfig,
        registry: ConnectorRegistry,
        store: Arc<dyn MetadataStore>,
        repository: &str,
        options: DaemonOptions,
    ) -> Daemon {
        let daemon = &loaded.config.daemon;
        let audit_log = AuditLog::new(daemon.name.clone());
        audit_log.log_message(
            "start",
            &messages::DAEMON_STARTING,
            &[&daemon.name, &loaded.config.connectors.len(), &repository],
        );
        let registry = Arc::new(registry);
        let env = HostEnv {
            daemon_name: daemon.name.clone(),
            store: store.clone(),
            registry: registry.clone(),
            audit_log: audit_log.clone(),
            once: options.once,
        };
        let base = loaded.path.parent().unwrap_or(Path::new("."));
        let mut handlers = BTreeMap::new();
        let mut order = Vec::new();
        for connector in &loaded.config.connectors {
            let provider = registry.provider(&connector.connection.provider).ok();
            let service =
                provider.map_or(integration_daemon_api::IntegrationService::Catalog, |p| p.integration_service());
            let blocking = provider.is_some_and(|p| p.uses_blocking_calls_by_default());
            let settings = connector.settings(daemon, base, service, blocking);
            let handler = Handler::spawn(env.clone(), settings, connector.connection.provider.clone());
            order.push(connector.connector_name.clone());
            handlers.insert(connector.connector_name.clone(), handler);
        }
        Daemon {
            name: daemon.name.clone(),
            handlers,
            order,
            store,
            registry,
            audit_log,
            shutdown_timeout: Duration::from_secs(daemon.shutdown_timeout_seconds),
            shutting_down: ShutdownFlag::default(),
        }
    }

    /// The daemon's server name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The repository.
    pub fn store(&self) -> &Arc<dyn MetadataStore> {
        &self.store
    }

    /// The providers.
    pub fn registry(&self) -> &ConnectorRegistry {
        &self.registry
    }

    /// The daemon's audit log.
    pub fn audit_log(&self) -> &AuditLog {
        &self.audit_log
    }

    /// The connectors' names, in configuration order.
    pub fn connector_names(&self) -> &[String] {
        &self.order
    }

    /// The handler of a connector; an unknown name is Egeria's 400-031 error listing the known ones.
    pub fn handler(&self, name: &str) -> Result<&Arc<Handler>> {
        self.handlers.get(name).ok_or_else(|| {
            let known = if self.order.is_empty() { "(none)".to_owned() } else { self.order.join(", ") };
            messages::UNKNOWN_CONNECTOR.error(&[&self.name, &name, &known]).with_parameter_name("connectorName")
        })
    }

    /// Every connector's state, in configuration order.
    pub fn states(&self) -> Vec<ConnectorState> {
        self.order.iter().filter_map(|name| self.handlers.get(name)).map(|handler| handler.state()).collect()
    }

    /// Every connector's report, in configuration order.
    pub fn reports(&self) -> Vec<IntegrationConnectorReport> {
        self.states().iter().map(ConnectorState::report).collect()
    }

    /// Fails when the daemon is shutting down.
    pub fn check_running(&self) -> Result<()> {
        if self.shutting_down.is_set() { Err(messages::DAEMON_STOPPING.error(&[&self.name])) } else { Ok(()) }
    }

    /// The handler of one connector (unknown → 400-031), or all of them when `name` is `None`.
    fn targets(&self, name: Option<&str>) -> Result<Vec<&Arc<Handler>>> {
        match name {
            Some(name) => Ok(vec![self.handler(name)?]),
            None => Ok(self.handlers.values().collect()),
        }
    }

    /// Asks one connector (or all) to refresh; does not wait.
    pub fn refresh(&self, name: Option<&str>) -> Result<()> {
        self.check_running()?;
        for handler in self.targets(name)? {
            handler.send(Command::Refresh(None));
        }
        Ok(())
    }

    /// Asks one connector (or all) to restart.
    pub fn restart(&self, name: Option<&str>) -> Result<()> {
        self.check_running()?;
        for handler in self.targets(name)? {
            handler.send(Command::Restart);
        }
        Ok(())
    }

    /// Tells every connector that its service has events for it.
    pub fn notify_service_events(&self) {
        for handler in self.handlers.values() {
            handler.send(Command::ServiceEvents);
        }
    }

    /// Changes the configuration properties of one connector (or all): merge or replace; the
    /// connectors restart.
    pub fn update_configuration_properties(
        &self,
        name: Option<&str>,
        merge: bool,
        properties: &BTreeMap<String, serde_json::Value>,
    ) -> Result<()> {
        self.check_running()?;
        for handler in self.targets(name)? {
            handler.update_settings(|settings| {
                let current = &mut settings.connection.configuration_properties;
                if !merge {
                    current.clear();
                }
                current.extend(properties.clone());
            });
            self.audit_log.log_message(
                "updateConfigurationProperties",
                &messages::CONNECTOR_RECONFIGURED,
                &[&handler.name(), &"configuration properties"],
            );
            handler.send(Command::Restart);
        }
        Ok(())
    }

    /// Changes the endpoint network address of a connector; it restarts.
    pub fn update_endpoint_address(&self, name: &str, address: String) -> Result<()> {
        self.check_running()?;
        let handler = self.handler(name)?;
        handler.update_settings(|settings| {
            let endpoint = settings.connection.endpoint.get_or_insert_with(Default::default);
            endpoint.network_address = Some(address);
        });
        self.audit_log.log_message(
            "updateEndpointNetworkAddress",
            &messages::CONNECTOR_RECONFIGURED,
            &[&name, &"endpoint network address"],
        );
        handler.send(Command::Restart);
        Ok(())
    }

    /// Replaces the connection of a connector; it restarts.
    pub fn update_connection(&self, name: &str, connection: integration_daemon_api::Connection) -> Result<()> {
        self.check_running()?;
        let handler = self.handler(name)?;
        handler.update_settings(|settings| settings.connection = connection);
        self.audit_log.log_message(
            "updateConnectorConnection",
            &messages::CONNECTOR_RECONFIGURED,
            &[&name, &"connection"],
        );
        handler.send(Command::Restart);
        Ok(())
    }

    /// Shuts down: every connector is told to stop, running calls get until the deadline, and
    /// started connectors are disconnected. Returns the connectors that missed the deadline.
    pub async fn shutdown(&self) -> Vec<String> {
        self.shutting_down.set();
        self.audit_log.log_message(
            "shutdown",
            &messages::DAEMON_SHUTDOWN,
            &[&self.name, &self.shutdown_timeout.as_secs()],
        );
        for handler in self.handlers.values() {
            handler.send(Command::Shutdown);
        }
        self.join(self.shutdown_timeout).await
    }

    /// Waits for every supervisor to end (they end by themselves with `--once`).
    pub async fn join(&self, deadline: Duration) -> Vec<String> {
        let deadline = tokio::time::Instant::now() + deadline;
        let waits = self.handlers.values().map(|handler| {
            let handler = handler.clone();
            async move { if handler.join(deadline).await { None } else { Some(handler.name().to_owned()) } }
        });
        let mut late = Vec::new();
        for wait in waits {
            if let Some(name) = wait.await {
                late.push(name);
            }
        }
        late
    }
}
