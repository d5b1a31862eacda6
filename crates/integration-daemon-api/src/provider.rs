//! Connector providers and the registry that turns a [`Connection`] into a connector.
//!
//! Egeria finds a provider by loading the Java class named in the connection's connector type.
//! omis has no class loading: providers are registered explicitly, under a name, and the connection
//! names the provider in the same field (`connectorType.connectorProviderClassName`).

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use crate::audit::AuditLog;
use crate::connection::{Connection, ConnectorType};
use crate::connector::IntegrationConnector;
use crate::error::Result;
use crate::messages;
use crate::service::IntegrationService;

/// A problem with a connection that can be found before the connector runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionProblem {
    /// The configuration property (or connection field) concerned, if one is.
    pub field: Option<String>,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl ConnectionProblem {
    /// The problem a configuration property's value has: the property and the error's message.
    pub fn for_property(name: impl Into<String>, error: &crate::OmisError) -> ConnectionProblem {
        ConnectionProblem { field: Some(name.into()), message: error.message().to_owned() }
    }
}

/// Builds connectors of one kind and describes them.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
pub trait ConnectorProvider: Send + Sync {
    /// The name connections use to ask for this provider, e.g. `omis.files.folder-monitor`.
    fn provider_name(&self) -> String;

    /// The integration service the connectors belong to (sets the default permitted
    /// synchronization and the typed context they get).
    fn integration_service(&self) -> IntegrationService;

    /// The connector type: display name, description, recognized configuration properties, ...
    fn connector_type(&self) -> ConnectorType;

    /// Configuration properties the connector cannot run without.
    fn required_configuration_properties(&self) -> Vec<String> {
        Vec::new()
    }

    /// Whether the connector needs an endpoint network address.
    fn requires_endpoint(&self) -> bool {
        false
    }

    /// Whether the connector uses blocking calls (an engage loop) unless configured otherwise.
    fn uses_blocking_calls_by_default(&self) -> bool {
        false
    }

    /// Finds what is wrong with a connection before the connector runs: missing required
    /// properties, a missing endpoint address, and configuration properties the connector does not
    /// recognise (most often a misspelling that would otherwise be silently ignored).
    fn validate_connection(&self, connection: &Connection) -> Vec<ConnectionProblem> {
        default_connection_problems(
            &self.connector_type(),
            &self.required_configuration_properties(),
            self.requires_endpoint(),
            connection,
        )
    }

    /// Creates a connector for the connection. The registry then calls `initialize` and
    /// `set_audit_log` on it.
    fn create_connector(&self, connection: &Connection) -> Result<Box<dyn IntegrationConnector>>;
}

/// The checks behind [`ConnectorProvider::validate_connection`], usable by providers that add
/// their own.
pub fn default_connection_problems(
    connector_type: &ConnectorType,
    required: &[String],
    requires_endpoint: bool,
    connection: &Connection,
) -> Vec<ConnectionProblem> {
    let mut problems = Vec::new();
    for name in required {
        if connection.string_property(name).is_none_or(|value| value.trim().is_empty()) {
            problems.push(ConnectionProblem {
                field: Some(name.clone()),
                message: format!("the required configuration property {name} is missing"),
            });
        }
    }
    if requires_endpoint && connection.network_address().is_none() {
        problems.push(ConnectionProblem {
            field: Some("endpoint.networkAddress".to_owned()),
            message: "the connector needs an endpoint network address".to_owned(),
        });
    }
    let recognized = &connector_type.recognized_configuration_properties;
    if !recognized.is_empty() {
        for name in connection.configuration_properties.keys() {
            if !recognized.contains(name) {
                let suggestion = crate::types::closest_name(name, recognized.iter().map(String::as_str))
                    .map(|close| format!(" (did you mean {close}?)"))
                    .unwrap_or_default();
                problems.push(ConnectionProblem {
                    field: Some(name.clone()),
                    message: format!(
                        "the configuration property {name} is not recognized by this connector{suggestion}; it recognizes: {}",
                        recognized.join(", ")
                    ),
                });
            }
        }
    }
    problems
}

/// A connector the registry created: initialized, with its audit log set.
pub struct CreatedConnector {
    /// The fresh instance id given to `initialize`.
    pub instance_id: String,
    /// The connector.
    pub connector: Box<dyn IntegrationConnector>,
    /// The provider that built it.
    pub provider: Arc<dyn ConnectorProvider>,
    /// The connector's audit log (a child of the one passed to the registry).
    pub audit_log: AuditLog,
}

impl fmt::Debug for CreatedConnector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CreatedConnector")
            .field("instance_id", &self.instance_id)
            .field("provider", &self.provider.provider_name())
            .finish_non_exhaustive()
    }
}

/// The connector providers a daemon knows, by name.
#[derive(Clone, Default)]
pub struct ConnectorRegistry {
    providers: BTreeMap<String, Arc<dyn ConnectorProvider>>,
}

impl fmt::Debug for ConnectorRegistry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.providers.keys()).finish()
    }
}

impl ConnectorRegistry {
    /// An empty registry.
    pub fn new() -> ConnectorRegistry {
        ConnectorRegistry::default()
    }

    /// Registers a provider under its name; a second provider with the same name is refused.
    pub fn register(&mut self, provider: impl ConnectorProvider + 'static) -> Result<()> {
        self.register_arc(Arc::new(provider))
    }

    /// Registers a shared provider.
    pub fn register_arc(&mut self, provider: Arc<dyn ConnectorProvider>) -> Result<()> {
        let name = provider.provider_name();
        if self.providers.contains_key(&name) {
            return Err(messages::DUPLICATE_CONNECTOR_PROVIDER.error(&[&name]).with_parameter_name("providerName"));
        }
        self.providers.insert(name, provider);
        Ok(())
    }

    /// The registered provider names, sorted.
    pub fn names(&self) -> Vec<&str> {
        self.providers.keys().map(String::as_str).collect()
    }

    /// The registered providers, sorted by name.
    pub fn providers(&self) -> impl Iterator<Item = &Arc<dyn ConnectorProvider>> {
        self.providers.values()
    }

    /// The provider with this name; an unknown name is an error that lists the registered ones.
    pub fn provider(&self, name: &str) -> Result<&Arc<dyn ConnectorProvider>> {
        self.lookup(name, name)
    }

    fn lookup(&self, name: &str, connection_name: &str) -> Result<&Arc<dyn ConnectorProvider>> {
        self.providers.get(name).ok_or_else(|| {
            let registered = if self.providers.is_empty() { "(none)".to_owned() } else { self.names().join(", ") };
            messages::UNKNOWN_CONNECTOR_PROVIDER
                .error(&[&name, &connection_name, &registered])
                .with_parameter_name("connectorProviderClassName")
        })
    }

    /// The provider a connection asks for.
    pub fn provider_for(&self, connection: &Connection) -> Result<&Arc<dyn ConnectorProvider>> {
        let connection_name = connection.name_for_messages();
        let Some(connector_type) = &connection.connector_type else {
            return Err(messages::NULL_CONNECTOR_TYPE.error(&[&connection_name]).with_parameter_name("connectorType"));
        };
        let Some(name) = connector_type.connector_provider_class_name.as_deref().filter(|name| !name.trim().is_empty())
        else {
            return Err(messages::NULL_CONNECTOR_PROVIDER
                .error(&[&connection_name])
                .with_parameter_name("connectorProviderClassName"));
        };
        self.lookup(name, connection_name)
    }

    /// Creates a connector for a connection: finds the provider, creates the connector, calls
    /// `initialize` with a fresh instance id, then `set_audit_log` with a child of `audit_log`
    /// named `"<provider>:<instanceId>"`.
    pub fn create_connector(&self, connection: &Connection, audit_log: &AuditLog) -> Result<CreatedConnector> {
        let provider = self.provider_for(connection)?.clone();
        let provider_name = provider.provider_name();
        let mut connector = provider.create_connector(connection)?;
        let instance_id = uuid::Uuid::new_v4().to_string();
        connector.initialize(&instance_id, connection.clone())?;
        let child = audit_log.child(format!("{provider_name}:{instance_id}"));
        child.log_message(
            "createConnector",
            &messages::CONNECTOR_CREATED,
            &[&provider_name, &instance_id, &connection.name_for_messages()],
        );
        connector.set_audit_log(child.clone());
        Ok(CreatedConnector { instance_id, connector, provider, audit_log: child })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use crate::connector::MockIntegrationConnector;
    use mockall::predicate::{always, eq};

    fn provider(name: &'static str) -> MockConnectorProvider {
        let mut provider = MockConnectorProvider::new();
        provider.expect_provider_name().returning(move || name.to_owned());
        provider.expect_integration_service().return_const(IntegrationService::Files);
        provider.expect_connector_type().returning(move || ConnectorType {
            recognized_configuration_properties: vec!["rootPath".into(), "recursive".into()],
            ..ConnectorType::for_provider(name)
        });
        provider
    }

    #[test]
    fn unknown_provider_lists_the_registered_ones() {
        let mut registry = ConnectorRegistry::new();
        registry.register(provider("omis.files.folder-monitor")).unwrap();
        registry.register(provider("omis.database.postgres")).unwrap();
        let connection = Connection::for_provider("omis.files.folder-monitr");
        let error = registry.create_connector(&connection, &AuditLog::new("t")).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::ConnectionChecked);
        assert_eq!(error.message_id(), "OMIS-INTEGRATION-DAEMON-API-400-003");
        assert!(error.message().contains("omis.files.folder-monitr"), "{error}");
        assert!(error.message().contains("omis.database.postgres, omis.files.folder-monitor"), "{error}");
        let empty = ConnectorRegistry::new().provider("x").map(|_| ()).unwrap_err();
        assert!(empty.message().contains("(none)"), "{empty}");
    }

    #[test]
    fn duplicate_names_are_refused() {
        let mut registry = ConnectorRegistry::new();
        registry.register(provider("p")).unwrap();
        let error = registry.register(provider("p")).unwrap_err();
        assert!(error.message().contains("already registered"), "{error}");
        assert_eq!(registry.names(), vec!["p"]);
    }

    #[test]
    fn connections_without_connector_type_or_provider_name_are_refused() {
        let registry = ConnectorRegistry::new();
        let log = AuditLog::new("t");
        let error = registry.create_connector(&Connection::default(), &log).unwrap_err();
        assert_eq!(error.message_id(), "OMIS-INTEGRATION-DAEMON-API-400-001");
        let mut connection = Connection::for_provider("  ");
        connection.qualified_name = Some("my-connection".into());
        let error = registry.create_connector(&connection, &log).unwrap_err();
        assert_eq!(error.message_id(), "OMIS-INTEGRATION-DAEMON-API-400-002");
        assert!(error.message().contains("my-connection"), "{error}");
    }

    #[test]
    fn creation_initializes_then_sets_a_child_audit_log() {
        let mut provider = provider("p");
        provider.expect_create_connector().returning(|_| {
            let mut connector = MockIntegrationConnector::new();
            let mut sequence = mockall::Sequence::new();
            connector
                .expect_initialize()
                .with(always(), eq(Connection::for_provider("p").with_network_address("/data")))
                .times(1)
                .in_sequence(&mut sequence)
                .returning(|_, _| Ok(()));
            connector
                .expect_set_audit_log()
                .withf(|log| log.component_name().starts_with("p:"))
                .times(1)
                .in_sequence(&mut sequence)
                .return_const(());
            Ok(Box::new(connector))
        });
        let mut registry = ConnectorRegistry::new();
        registry.register(provider).unwrap();
        let root = AuditLog::new("daemon");
        let created =
            registry.create_connector(&Connection::for_provider("p").with_network_address("/data"), &root).unwrap();
        assert_eq!(created.instance_id.len(), 36);
        assert_eq!(created.audit_log.component_name(), format!("p:{}", created.instance_id));
        assert_eq!(root.report().children.len(), 1);
        assert_eq!(created.audit_log.message_count("OMIS-INTEGRATION-DAEMON-API-0001"), 1);
    }

    #[test]
    fn initialize_failure_is_returned() {
        let mut provider = provider("p");
        provider.expect_create_connector().returning(|_| {
            let mut connector = MockIntegrationConnector::new();
            connector.expect_initialize().returning(|_, connection| {
                Err(messages::MISSING_ENDPOINT_ADDRESS.error(&[&"p", &connection.name_for_messages()]))
            });
            Ok(Box::new(connector))
        });
        let mut registry = ConnectorRegistry::new();
        registry.register(provider).unwrap();
        let error = registry.create_connector(&Connection::for_provider("p"), &AuditLog::new("d")).unwrap_err();
        assert_eq!(error.message_id(), "OMIS-INTEGRATION-DAEMON-API-400-008");
    }

    #[test]
    fn validation_finds_missing_and_misspelt_properties() {
        let connector_type = ConnectorType {
            recognized_configuration_properties: vec!["rootPath".into(), "recursive".into()],
            ..ConnectorType::for_provider("p")
        };
        let connection = Connection::for_provider("p").with_configuration_property("recursve", true);
        let problems = default_connection_problems(&connector_type, &["rootPath".into()], true, &connection);
        let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(problems.len(), 3, "{messages:?}");
        assert_eq!(problems[0].field.as_deref(), Some("rootPath"));
        assert_eq!(problems[1].field.as_deref(), Some("endpoint.networkAddress"));
        assert!(messages[2].contains("did you mean recursive?"), "{}", messages[2]);
    }
}
