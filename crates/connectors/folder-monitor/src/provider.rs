//! The folder monitor's provider: its name, its connector type and its configuration checks.

use files_integrator::{
    Connection, ConnectionProblem, ConnectorProvider, ConnectorType, INTEGRATION_SERVICE, IntegrationConnector,
    IntegrationService, Result, default_connection_problems, into_connector,
};

use crate::config::{CONFIGURATION_PROPERTIES, FolderMonitorConfig};
use crate::connector::FolderMonitorConnector;

/// The provider name connections use for the folder monitor (`connectorProviderClassName`).
pub const PROVIDER_NAME: &str = "omis.files.folder-monitor";

/// Creates [`FolderMonitorConnector`]s. The daemon registers it; this crate registers nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct FolderMonitorProvider;

impl ConnectorProvider for FolderMonitorProvider {
    fn provider_name(&self) -> String {
        PROVIDER_NAME.to_owned()
    }

    fn integration_service(&self) -> IntegrationService {
        INTEGRATION_SERVICE
    }

    fn connector_type(&self) -> ConnectorType {
        ConnectorType {
            display_name: Some("Folder monitor".into()),
            description: Some(
                "Catalogs a directory tree: its folders, its files typed by format (CSV, JSON, Parquet, Avro, ...) and \
                 the columns of delimited files (header line) and Parquet files (schema); unchanged files cause no \
                 writes, and what vanished is removed only after a complete listing. With usesBlockingCalls it also \
                 follows file-system notifications, debounced, path by path."
                    .into(),
            ),
            supported_asset_type_name: Some("FileFolder".into()),
            target_technology_name: Some("File system".into()),
            recognized_configuration_properties: CONFIGURATION_PROPERTIES.map(str::to_owned).to_vec(),
            ..ConnectorType::for_provider(PROVIDER_NAME)
        }
    }

    /// The endpoint's `networkAddress` is the root directory.
    fn requires_endpoint(&self) -> bool {
        true
    }

    /// The default checks (endpoint, unrecognized properties), and the values of the properties
    /// it recognizes.
    fn validate_connection(&self, connection: &Connection) -> Vec<ConnectionProblem> {
        let mut problems =
            default_connection_problems(&self.connector_type(), &[], self.requires_endpoint(), connection);
        problems.extend(
            FolderMonitorConfig::property_problems(connection)
                .into_iter()
                .map(|(name, error)| ConnectionProblem::for_property(name, &error)),
        );
        problems
    }

    fn create_connector(&self, connection: &Connection) -> Result<Box<dyn IntegrationConnector>> {
        let config = FolderMonitorConfig::from_connection(connection)?;
        Ok(into_connector(FolderMonitorConnector::new(config)))
    }
}

#[cfg(test)]
mod tests {
    use files_integrator::Endpoint;

    use super::*;
    use crate::config::{MAX_HEADER_BYTES, RECURSIVE};

    fn connection() -> Connection {
        let mut connection = Connection::for_provider(PROVIDER_NAME);
        connection.endpoint = Some(Endpoint::at("/data/landing"));
        connection
    }

    #[test]
    fn the_provider_describes_the_connector() {
        let provider = FolderMonitorProvider;
        assert_eq!(provider.provider_name(), "omis.files.folder-monitor");
        assert_eq!(provider.integration_service(), IntegrationService::Files);
        let connector_type = provider.connector_type();
        assert_eq!(connector_type.connector_provider_class_name.as_deref(), Some(PROVIDER_NAME));
        assert_eq!(
            connector_type.recognized_configuration_properties,
            ["recursive", "includeHidden", "catalogColumns", "maxHeaderBytes", "debounceMillis"]
        );
        assert!(provider.requires_endpoint());
        assert!(!provider.uses_blocking_calls_by_default(), "refresh mode unless usesBlockingCalls says otherwise");
        assert!(provider.validate_connection(&connection()).is_empty());
        assert!(provider.create_connector(&connection()).is_ok());
    }

    #[test]
    fn validation_reports_every_problem_by_field() {
        let mut connection = connection()
            .with_configuration_property(RECURSIVE, "sometimes")
            .with_configuration_property(MAX_HEADER_BYTES, "lots")
            .with_configuration_property("recursve", true);
        connection.endpoint = None;
        let problems = FolderMonitorProvider.validate_connection(&connection);
        let fields: Vec<_> = problems.iter().map(|problem| problem.field.as_deref().unwrap_or_default()).collect();
        assert_eq!(fields, ["endpoint.networkAddress", "recursve", "recursive", "maxHeaderBytes"], "{problems:?}");
        assert!(problems[1].message.contains("did you mean recursive?"), "{problems:?}");
        assert!(problems[2].message.contains("sometimes"), "{problems:?}");
        let error = FolderMonitorProvider.create_connector(&connection).err().expect("no root, no connector");
        assert_eq!(error.message_id(), "OMIS-FOLDER-MONITOR-400-001");
    }
}
