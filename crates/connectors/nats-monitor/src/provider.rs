//! The NATS monitor's provider: its name, its connector type and its configuration checks.

use topic_integrator::{
    Connection, ConnectionProblem, ConnectorProvider, ConnectorType, INTEGRATION_SERVICE, IntegrationConnector,
    IntegrationService, Result, default_connection_problems, into_connector,
};

use crate::config::{CONFIGURATION_PROPERTIES, NatsMonitorConfig};
use crate::connector::NatsMonitorConnector;

/// The provider name connections use for the NATS monitor (`connectorProviderClassName`).
pub const PROVIDER_NAME: &str = "omis.topic.nats-jetstream";

/// Creates [`NatsMonitorConnector`]s. The daemon registers it; this crate registers nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct NatsMonitorProvider;

impl ConnectorProvider for NatsMonitorProvider {
    fn provider_name(&self) -> String {
        PROVIDER_NAME.to_owned()
    }

    fn integration_service(&self) -> IntegrationService {
        INTEGRATION_SERVICE
    }

    fn connector_type(&self) -> ConnectorType {
        ConnectorType {
            display_name: Some("NATS JetStream monitor".into()),
            description: Some(
                "Catalogs the streams of a NATS JetStream server as topics, with their retention, storage and limits, \
                 their subjects as event types and their durable consumers as connections; unchanged streams cause \
                 no writes, and deleted ones are removed only after a complete listing. With usesBlockingCalls it \
                 also follows the server's stream and consumer advisories."
                    .into(),
            ),
            supported_asset_type_name: Some("Topic".into()),
            target_technology_name: Some("NATS JetStream".into()),
            recognized_configuration_properties: CONFIGURATION_PROPERTIES.map(str::to_owned).to_vec(),
            ..ConnectorType::for_provider(PROVIDER_NAME)
        }
    }

    /// The endpoint's `networkAddress` is the server: `nats://host:port`.
    fn requires_endpoint(&self) -> bool {
        true
    }

    /// The default checks (endpoint, unrecognized properties), the address's form, and the values
    /// of the properties it recognizes.
    fn validate_connection(&self, connection: &Connection) -> Vec<ConnectionProblem> {
        let mut problems =
            default_connection_problems(&self.connector_type(), &[], self.requires_endpoint(), connection);
        problems.extend(
            NatsMonitorConfig::property_problems(connection)
                .into_iter()
                .map(|(name, error)| ConnectionProblem::for_property(name, &error)),
        );
        problems
    }

    fn create_connector(&self, connection: &Connection) -> Result<Box<dyn IntegrationConnector>> {
        let config = NatsMonitorConfig::from_connection(connection)?;
        Ok(into_connector(NatsMonitorConnector::new(config)))
    }
}

#[cfg(test)]
mod tests {
    use topic_integrator::Endpoint;

    use super::*;
    use crate::config::{CATALOG_CONSUMERS, INCLUDE_STREAMS, REQUEST_TIMEOUT_SECONDS};

    fn connection() -> Connection {
        let mut connection = Connection::for_provider(PROVIDER_NAME);
        connection.endpoint = Some(Endpoint::at("nats://broker:4222"));
        connection
    }

    #[test]
    fn the_provider_describes_the_connector() {
        let provider = NatsMonitorProvider;
        assert_eq!(provider.provider_name(), "omis.topic.nats-jetstream");
        assert_eq!(provider.integration_service(), IntegrationService::Topic);
        let connector_type = provider.connector_type();
        assert_eq!(connector_type.connector_provider_class_name.as_deref(), Some(PROVIDER_NAME));
        assert_eq!(connector_type.display_name.as_deref(), Some("NATS JetStream monitor"));
        assert_eq!(
            connector_type.recognized_configuration_properties,
            [
                "includeStreams",
                "excludeStreams",
                "catalogConsumers",
                "catalogStreamState",
                "serverName",
                "requestTimeoutSeconds"
            ]
        );
        assert!(provider.requires_endpoint());
        assert!(!provider.uses_blocking_calls_by_default(), "refresh mode unless usesBlockingCalls");
        assert!(provider.validate_connection(&connection()).is_empty());
        assert!(provider.create_connector(&connection()).is_ok());
    }

    #[test]
    fn validation_reports_every_problem_by_field() {
        let connection = connection()
            .with_network_address("tls://broker:4222")
            .with_configuration_property(INCLUDE_STREAMS, "ORDERS.*")
            .with_configuration_property(CATALOG_CONSUMERS, "sometimes")
            .with_configuration_property(REQUEST_TIMEOUT_SECONDS, "lots")
            .with_configuration_property("includeStream", "ORDERS");
        let problems = NatsMonitorProvider.validate_connection(&connection);
        let fields: Vec<_> = problems.iter().map(|problem| problem.field.as_deref().unwrap_or_default()).collect();
        assert_eq!(
            fields,
            ["includeStream", "endpoint.networkAddress", "includeStreams", "catalogConsumers", "requestTimeoutSeconds"],
            "{problems:?}"
        );
        assert!(problems[0].message.contains("did you mean includeStreams?"), "{problems:?}");
        assert!(problems[1].message.contains("tls:// is not supported"), "{problems:?}");
        assert!(problems[2].message.contains("ORDERS.*"), "{problems:?}");

        let mut without = NatsMonitorProvider.validate_connection(&Connection::for_provider(PROVIDER_NAME));
        assert_eq!(without.len(), 1);
        assert_eq!(without.remove(0).field.as_deref(), Some("endpoint.networkAddress"));
        let error = NatsMonitorProvider.create_connector(&connection).err().expect("a bad address, no connector");
        assert_eq!(error.message_id(), "OMIS-NATS-MONITOR-400-002");
    }
}
