//! The OpenAPI cataloguer's provider: its name, its connector type and its configuration checks.

use api_integrator::{
    Connection, ConnectionProblem, ConnectorProvider, ConnectorType, INTEGRATION_SERVICE, IntegrationConnector,
    IntegrationService, Result, default_connection_problems, into_connector,
};

use crate::config::{CONFIGURATION_PROPERTIES, OpenApiCatalogConfig};
use crate::connector::OpenApiCatalogConnector;

/// The provider name connections use for the OpenAPI cataloguer (`connectorProviderClassName`).
pub const PROVIDER_NAME: &str = "omis.api.openapi";

/// Creates [`OpenApiCatalogConnector`]s. The daemon registers it; this crate registers nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct OpenApiCatalogProvider;

impl ConnectorProvider for OpenApiCatalogProvider {
    fn provider_name(&self) -> String {
        PROVIDER_NAME.to_owned()
    }

    fn integration_service(&self) -> IntegrationService {
        INTEGRATION_SERVICE
    }

    fn connector_type(&self) -> ConnectorType {
        ConnectorType {
            display_name: Some("OpenAPI cataloguer".into()),
            description: Some(
                "Catalogs OpenAPI 3.0 and 3.1 documents (JSON or YAML) from a file, a folder of documents or an \
                 http URL: each API with its operations, their header, request and response parameter lists and \
                 the parameters with their schemas; unchanged documents cause no writes, and a malformed document \
                 is reported while the others are catalogued."
                    .into(),
            ),
            supported_asset_type_name: Some("DeployedAPI".into()),
            target_technology_name: Some("OpenAPI".into()),
            recognized_configuration_properties: CONFIGURATION_PROPERTIES.map(str::to_owned).to_vec(),
            ..ConnectorType::for_provider(PROVIDER_NAME)
        }
    }

    /// The endpoint's `networkAddress` is the document, the folder of documents or the URL.
    fn requires_endpoint(&self) -> bool {
        true
    }

    /// The default checks (endpoint, unrecognized properties), the source's form and the values
    /// of the properties it recognizes.
    fn validate_connection(&self, connection: &Connection) -> Vec<ConnectionProblem> {
        let mut problems =
            default_connection_problems(&self.connector_type(), &[], self.requires_endpoint(), connection);
        problems.extend(
            OpenApiCatalogConfig::problems(connection)
                .into_iter()
                .map(|(name, error)| ConnectionProblem::for_property(name, &error)),
        );
        problems
    }

    fn create_connector(&self, connection: &Connection) -> Result<Box<dyn IntegrationConnector>> {
        let config = OpenApiCatalogConfig::from_connection(connection)?;
        Ok(into_connector(OpenApiCatalogConnector::new(config)))
    }
}

#[cfg(test)]
mod tests {
    use api_integrator::Endpoint;

    use super::*;
    use crate::config::{MAX_SCHEMA_DEPTH, TIMEOUT_SECONDS};

    fn connection() -> Connection {
        let mut connection = Connection::for_provider(PROVIDER_NAME);
        connection.endpoint = Some(Endpoint::at("/srv/apis"));
        connection
    }

    #[test]
    fn the_provider_describes_the_connector() {
        let provider = OpenApiCatalogProvider;
        assert_eq!(provider.provider_name(), "omis.api.openapi");
        assert_eq!(provider.integration_service(), IntegrationService::Api);
        let connector_type = provider.connector_type();
        assert_eq!(connector_type.connector_provider_class_name.as_deref(), Some(PROVIDER_NAME));
        assert_eq!(connector_type.display_name.as_deref(), Some("OpenAPI cataloguer"));
        assert_eq!(
            connector_type.recognized_configuration_properties,
            ["timeoutSeconds", "maxDocumentBytes", "maxSchemaDepth", "maxParametersPerDocument"]
        );
        assert!(provider.requires_endpoint());
        assert!(!provider.uses_blocking_calls_by_default(), "refresh mode");
        assert!(provider.validate_connection(&connection()).is_empty());
        assert!(provider.create_connector(&connection()).is_ok());
    }

    #[test]
    fn validation_reports_every_problem_by_field() {
        let mut connection = connection()
            .with_configuration_property(TIMEOUT_SECONDS, "soon")
            .with_configuration_property(MAX_SCHEMA_DEPTH, 0)
            .with_configuration_property("maxSchemaDeph", 3);
        connection.endpoint = None;
        let problems = OpenApiCatalogProvider.validate_connection(&connection);
        let fields: Vec<_> = problems.iter().map(|problem| problem.field.as_deref().unwrap_or_default()).collect();
        assert_eq!(
            fields,
            ["endpoint.networkAddress", "maxSchemaDeph", "timeoutSeconds", "maxSchemaDepth"],
            "{problems:?}"
        );
        assert!(problems[1].message.contains("did you mean maxSchemaDepth?"), "{problems:?}");
        assert!(problems[2].message.contains("soon"), "{problems:?}");
        let error = OpenApiCatalogProvider.create_connector(&connection).err().expect("no source, no connector");
        assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-400-001");

        let https = Connection::for_provider(PROVIDER_NAME).with_network_address("https://example.com/openapi.json");
        let problems = OpenApiCatalogProvider.validate_connection(&https);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field.as_deref(), Some("endpoint.networkAddress"));
        assert!(problems[0].message.contains("http:// URLs only"), "{problems:?}");
    }
}
