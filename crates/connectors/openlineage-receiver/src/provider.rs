//! The receiver's provider: its name, its connector type and its configuration checks.

use lineage_integrator::{
    Connection, ConnectionProblem, ConnectorProvider, ConnectorType, INTEGRATION_SERVICE, IntegrationConnector,
    IntegrationService, Result, default_connection_problems, into_connector,
};

use crate::config::{CONFIGURATION_PROPERTIES, ReceiverConfig};
use crate::connector::OpenLineageReceiverConnector;

/// The provider name connections use for the receiver (`connectorProviderClassName`).
pub const PROVIDER_NAME: &str = "omis.lineage.openlineage-receiver";

/// Creates [`OpenLineageReceiverConnector`]s. The daemon registers it; this crate registers nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct OpenLineageReceiverProvider;

impl ConnectorProvider for OpenLineageReceiverProvider {
    fn provider_name(&self) -> String {
        PROVIDER_NAME.to_owned()
    }

    fn integration_service(&self) -> IntegrationService {
        INTEGRATION_SERVICE
    }

    fn connector_type(&self) -> ConnectorType {
        ConnectorType {
            display_name: Some("OpenLineage receiver".into()),
            description: Some(
                "Receives OpenLineage run events on the HTTP transport's endpoint (POST /api/v1/lineage) and from \
                 the lineage integration service, and records jobs as processes, their inputs and outputs as data \
                 sets with their schemas, and the data flows between them; an event is acknowledged once it is \
                 committed, and lineage only accumulates."
                    .into(),
            ),
            supported_asset_type_name: Some("Process".into()),
            target_technology_name: Some("OpenLineage".into()),
            recognized_configuration_properties: CONFIGURATION_PROPERTIES.map(str::to_owned).to_vec(),
            ..ConnectorType::for_provider(PROVIDER_NAME)
        }
    }

    /// The endpoint's `networkAddress` is the address to listen on (`host:port`).
    fn requires_endpoint(&self) -> bool {
        true
    }

    /// `engage` watches the endpoint and the writer, which run on tasks of their own.
    fn uses_blocking_calls_by_default(&self) -> bool {
        true
    }

    /// The default checks (endpoint, unrecognized properties), the listen address and the values
    /// of the properties it recognizes.
    fn validate_connection(&self, connection: &Connection) -> Vec<ConnectionProblem> {
        let mut problems =
            default_connection_problems(&self.connector_type(), &[], self.requires_endpoint(), connection);
        problems.extend(
            ReceiverConfig::property_problems(connection)
                .into_iter()
                .map(|(name, error)| ConnectionProblem::for_property(name, &error)),
        );
        problems
    }

    fn create_connector(&self, connection: &Connection) -> Result<Box<dyn IntegrationConnector>> {
        let config = ReceiverConfig::from_connection(connection)?;
        Ok(into_connector(OpenLineageReceiverConnector::new(config)))
    }
}

#[cfg(test)]
mod tests {
    use lineage_integrator::Endpoint;

    use super::*;
    use crate::config::{CATALOG_SCHEMAS, MAX_EVENTS_PER_TRANSACTION};

    fn connection() -> Connection {
        let mut connection = Connection::for_provider(PROVIDER_NAME);
        connection.endpoint = Some(Endpoint::at("0.0.0.0:5000"));
        connection
    }

    #[test]
    fn the_provider_describes_the_connector() {
        let provider = OpenLineageReceiverProvider;
        assert_eq!(provider.provider_name(), "omis.lineage.openlineage-receiver");
        assert_eq!(provider.integration_service(), IntegrationService::Lineage);
        let connector_type = provider.connector_type();
        assert_eq!(connector_type.connector_provider_class_name.as_deref(), Some(PROVIDER_NAME));
        assert_eq!(connector_type.display_name.as_deref(), Some("OpenLineage receiver"));
        assert_eq!(
            connector_type.recognized_configuration_properties,
            ["maxEventsPerTransaction", "maxEventBytes", "catalogSchemas", "receivePublishedEvents"]
        );
        assert!(provider.requires_endpoint());
        assert!(provider.uses_blocking_calls_by_default());
        assert!(provider.validate_connection(&connection()).is_empty());
        assert!(provider.create_connector(&connection()).is_ok());
    }

    #[test]
    fn validation_reports_every_problem_by_field() {
        let connection = connection()
            .with_configuration_property(MAX_EVENTS_PER_TRANSACTION, "many")
            .with_configuration_property(CATALOG_SCHEMAS, "sometimes")
            .with_configuration_property("catalogSchema", true);
        let problems = OpenLineageReceiverProvider.validate_connection(&connection);
        let fields: Vec<_> = problems.iter().map(|problem| problem.field.as_deref().unwrap_or_default()).collect();
        assert_eq!(fields, ["catalogSchema", "maxEventsPerTransaction", "catalogSchemas"], "{problems:?}");
        assert!(problems[0].message.contains("did you mean catalogSchemas?"), "{problems:?}");
        assert!(problems[1].message.contains("many"), "{problems:?}");

        let mut without = Connection::for_provider(PROVIDER_NAME);
        let problems = OpenLineageReceiverProvider.validate_connection(&without);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field.as_deref(), Some("endpoint.networkAddress"));
        let error = OpenLineageReceiverProvider.create_connector(&without).err().expect("no address, no connector");
        assert_eq!(error.message_id(), "OMIS-OPENLINEAGE-RECEIVER-400-001");
        without.endpoint = Some(Endpoint::at("https://lineage:5000"));
        let problems = OpenLineageReceiverProvider.validate_connection(&without);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("https is not served"), "{problems:?}");
    }
}
