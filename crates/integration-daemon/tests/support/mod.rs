//! Test connectors and helpers shared by the daemon's tests.

#![allow(dead_code, reason = "each test file uses part of the support")]

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use integration_daemon::config::{self, LoadedConfig};
use integration_daemon::host::ConnectorState;
use integration_daemon::{Daemon, DaemonOptions};
use integration_daemon_api::{
    AuditLog, Connection, ConnectorProvider, ConnectorRegistry, ConnectorStatus, ConnectorType, IntegrationConnector,
    IntegrationContext, IntegrationService, MetadataStore, NewElement, Result, WriteBatch, WriteOp,
};
use open_metadata_store::{SqliteStore, StoreOptions};

/// What a test connector does, shared by every instance a provider creates.
#[derive(Debug, Default)]
pub struct Behaviour {
    /// Every lifecycle call of every instance, in order: `"start"`, `"refresh"`, ...
    pub calls: Mutex<Vec<String>>,
    /// How long each refresh takes.
    pub refresh_delay: Mutex<Duration>,
    /// Refreshes fail with this message.
    pub refresh_error: Mutex<Option<String>>,
    /// Refreshes panic with this message.
    pub refresh_panic: Mutex<Option<String>>,
    /// Refreshes finished.
    pub refreshes: AtomicUsize,
    /// Engage calls.
    pub engages: AtomicUsize,
    /// Instances created.
    pub created: AtomicUsize,
    /// Write one element per refresh (qualifiedName `<name>::<n>`).
    pub write_elements: Mutex<bool>,
    /// Register a listener for `DataSet` changes at start.
    pub listen: Mutex<bool>,
    /// The qualified names of the elements of the events delivered.
    pub events: Mutex<Vec<String>>,
}

impl Behaviour {
    pub fn calls(&self) -> Vec<String> {
        self.calls.lock().unwrap().clone()
    }

    fn record(&self, call: &str) {
        self.calls.lock().unwrap().push(call.to_owned());
    }
}

/// A provider of [`TestConnector`]s.
pub struct TestProvider {
    pub name: &'static str,
    pub blocking: bool,
    pub behaviour: Arc<Behaviour>,
}

impl TestProvider {
    pub fn new(name: &'static str) -> (TestProvider, Arc<Behaviour>) {
        let behaviour = Arc::new(Behaviour::default());
        (TestProvider { name, blocking: false, behaviour: behaviour.clone() }, behaviour)
    }
}

impl ConnectorProvider for TestProvider {
    fn provider_name(&self) -> String {
        self.name.to_owned()
    }

    fn integration_service(&self) -> IntegrationService {
        IntegrationService::Catalog
    }

    fn connector_type(&self) -> ConnectorType {
        ConnectorType {
            recognized_configuration_properties: vec!["colour".into(), "size".into()],
            ..ConnectorType::for_provider(self.name)
        }
    }

    fn required_configuration_properties(&self) -> Vec<String> {
        vec!["colour".into()]
    }

    fn uses_blocking_calls_by_default(&self) -> bool {
        self.blocking
    }

    fn create_connector(&self, _connection: &Connection) -> Result<Box<dyn IntegrationConnector>> {
        self.behaviour.created.fetch_add(1, Ordering::SeqCst);
        Ok(Box::new(TestConnector { behaviour: self.behaviour.clone(), context: None, name: String::new() }))
    }
}

/// A connector whose behaviour the test sets.
pub struct TestConnector {
    behaviour: Arc<Behaviour>,
    context: Option<IntegrationContext>,
    name: String,
}

#[async_trait]
impl IntegrationConnector for TestConnector {
    fn initialize(&mut self, _id: &str, connection: Connection) -> Result<()> {
        self.behaviour.record(&format!("initialize:{}", connection.string_property("colour").unwrap_or_default()));
        Ok(())
    }

    fn set_audit_log(&mut self, _audit_log: AuditLog) {
        self.behaviour.record("set_audit_log");
    }

    fn set_connector_name(&mut self, name: &str) {
        name.clone_into(&mut self.name);
        self.behaviour.record("set_connector_name");
    }

    fn set_context(&mut self, context: IntegrationContext) -> Result<()> {
        self.context = Some(context);
        self.behaviour.record("set_context");
        Ok(())
    }

    async fn start(&mut self) -> Result<()> {
        self.behaviour.record("start");
        let listen = *self.behaviour.listen.lock().unwrap();
        if listen && let Some(context) = &self.context {
            context.register_listener(integration_daemon_api::EventFilter::element_types(&["DataSet"])).await?;
        }
        Ok(())
    }

    async fn process_event(&mut self, event: &integration_daemon_api::ChangeEvent) -> Result<()> {
        let name = match &self.context {
            Some(context) => {
                context.get_element(&event.guid).await?.and_then(|e| e.qualified_name().map(str::to_owned))
            }
            None => None,
        };
        self.behaviour.events.lock().unwrap().push(name.unwrap_or_default());
        Ok(())
    }

    async fn refresh(&mut self) -> Result<()> {
        self.behaviour.record("refresh");
        let delay = *self.behaviour.refresh_delay.lock().unwrap();
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        let panic = self.behaviour.refresh_panic.lock().unwrap().clone();
        if let Some(message) = panic {
            panic!("{message}");
        }
        let error = self.behaviour.refresh_error.lock().unwrap().clone();
        if let Some(message) = error {
            return Err(integration_daemon::messages::BAD_REQUEST_BODY.error(&[&"refresh", &message]));
        }
        if *self.behaviour.write_elements.lock().unwrap()
            && let Some(context) = &self.context
        {
            let n = self.behaviour.refreshes.load(Ordering::SeqCst);
            let properties = integration_daemon_api::ElementProperties::new()
                .with("qualifiedName", format!("{}::{n}", self.name).as_str());
            context
                .execute(
                    "refresh",
                    WriteBatch::new().with(WriteOp::CreateElement(NewElement::new("DataSet", properties))),
                )
                .await?;
        }
        self.behaviour.refreshes.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    async fn engage(&mut self) -> Result<()> {
        self.behaviour.record("engage");
        self.behaviour.engages.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    async fn disconnect(&mut self) -> Result<()> {
        self.behaviour.record("disconnect");
        Ok(())
    }
}

/// A parsed configuration from text (the file name is for messages).
pub fn loaded(text: &str) -> LoadedConfig {
    let path = Path::new("/tmp/omis-test/omis.toml").to_path_buf();
    let config = config::parse(&path, text).unwrap_or_else(|problems| panic!("{problems:?}"));
    LoadedConfig { path, text: text.to_owned(), config }
}

/// A connector table.
pub fn connector(name: &str, provider: &str, extra: &str) -> String {
    format!(
        "[[connectors]]\nconnectorName = \"{name}\"\n{extra}\n[connectors.connection]\nprovider = \"{provider}\"\nconfigurationProperties = {{ colour = \"blue\" }}\n"
    )
}

pub async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

pub fn registry(providers: Vec<TestProvider>) -> ConnectorRegistry {
    let mut registry = ConnectorRegistry::new();
    for provider in providers {
        registry.register(provider).unwrap();
    }
    registry
}

/// Starts a daemon on a store, after checking its configuration is valid.
pub fn daemon(text: &str, registry: ConnectorRegistry, store: Arc<dyn MetadataStore>, once: bool) -> Arc<Daemon> {
    let loaded = loaded(text);
    let problems = config::validate(&loaded, &registry);
    assert!(problems.is_empty(), "{problems:?}");
    Arc::new(Daemon::with_store(&loaded, registry, store, "test store", DaemonOptions { once }))
}

/// Waits (up to 10 s) until `check` holds for the connector's state.
pub async fn wait_for(
    daemon: &Daemon,
    name: &str,
    what: &str,
    check: impl Fn(&ConnectorState) -> bool,
) -> ConnectorState {
    integration_testkit::wait::until(&format!("{name}: {what}"), Duration::from_secs(10), || async {
        let state = daemon.handler(name).unwrap().state();
        if check(&state) { Ok(state) } else { Err(state) }
    })
    .await
}

pub fn is(status: ConnectorStatus) -> impl Fn(&ConnectorState) -> bool {
    move |state| state.status == Some(status)
}
