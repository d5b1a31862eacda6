//! The three providers — PostgreSQL, MariaDB/MySQL, SQLite — with their names, connector types and
//! configuration checks. They share everything but the technology.

use std::sync::Arc;

use database_integrator::{
    Connection, ConnectionProblem, ConnectorProvider, ConnectorType, INTEGRATION_SERVICE, IntegrationConnector,
    IntegrationService, Result, default_connection_problems, into_connector,
};

use crate::config::{CONFIGURATION_PROPERTIES, RelationalCatalogConfig, Technology};
use crate::connector::RelationalCatalogConnector;

/// The provider name of the PostgreSQL catalog.
pub const POSTGRES_PROVIDER_NAME: &str = "omis.database.postgres";

/// The provider name of the MariaDB/MySQL catalog.
pub const MARIADB_PROVIDER_NAME: &str = "omis.database.mariadb";

/// The provider name of the SQLite catalog.
pub const SQLITE_PROVIDER_NAME: &str = "omis.database.sqlite";

impl Technology {
    /// The name of its provider.
    pub fn provider_name(self) -> &'static str {
        match self {
            Technology::PostgreSql => POSTGRES_PROVIDER_NAME,
            Technology::MariaDb => MARIADB_PROVIDER_NAME,
            Technology::Sqlite => SQLITE_PROVIDER_NAME,
        }
    }
}

/// Creates [`RelationalCatalogConnector`]s for one technology. The daemon registers them; this
/// crate registers nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelationalCatalogProvider {
    technology: Technology,
}

impl RelationalCatalogProvider {
    /// The provider of a technology's catalog.
    pub const fn new(technology: Technology) -> RelationalCatalogProvider {
        RelationalCatalogProvider { technology }
    }

    /// `omis.database.postgres`.
    pub const fn postgres() -> RelationalCatalogProvider {
        RelationalCatalogProvider::new(Technology::PostgreSql)
    }

    /// `omis.database.mariadb`.
    pub const fn mariadb() -> RelationalCatalogProvider {
        RelationalCatalogProvider::new(Technology::MariaDb)
    }

    /// `omis.database.sqlite`.
    pub const fn sqlite() -> RelationalCatalogProvider {
        RelationalCatalogProvider::new(Technology::Sqlite)
    }

    /// The three providers, to register them all (`ConnectorRegistry::register_arc`).
    pub fn all() -> Vec<Arc<dyn ConnectorProvider>> {
        Technology::ALL
            .into_iter()
            .map(|technology| Arc::new(RelationalCatalogProvider::new(technology)) as Arc<dyn ConnectorProvider>)
            .collect()
    }

    /// The technology.
    pub fn technology(&self) -> Technology {
        self.technology
    }
}

impl ConnectorProvider for RelationalCatalogProvider {
    fn provider_name(&self) -> String {
        self.technology.provider_name().to_owned()
    }

    fn integration_service(&self) -> IntegrationService {
        INTEGRATION_SERVICE
    }

    fn connector_type(&self) -> ConnectorType {
        let (display_name, address) = match self.technology {
            Technology::PostgreSql => ("PostgreSQL catalog", "a postgresql:// URL"),
            Technology::MariaDb => ("MariaDB/MySQL catalog", "a mysql:// URL"),
            Technology::Sqlite => ("SQLite catalog", "the path of a database file"),
        };
        ConnectorType {
            display_name: Some(display_name.into()),
            description: Some(format!(
                "Catalogs a {} database ({address}): its schemas, tables and views (with their definitions), \
                 columns (type, nullability, default, position, comment), primary keys and foreign keys, read with a \
                 few catalog queries; include/exclude patterns choose the schemas and tables. Unchanged metadata \
                 causes no writes; what was dropped is removed, and nothing is removed when the database cannot be \
                 read.",
                self.technology.name()
            )),
            supported_asset_type_name: Some("Database".into()),
            target_technology_name: Some(self.technology.name().into()),
            recognized_configuration_properties: CONFIGURATION_PROPERTIES.map(str::to_owned).to_vec(),
            ..ConnectorType::for_provider(self.technology.provider_name())
        }
    }

    /// The endpoint's `networkAddress` is the database's URL, or the SQLite file.
    fn requires_endpoint(&self) -> bool {
        true
    }

    /// The default checks (endpoint, unrecognized properties), the address and the values of the
    /// properties it recognizes.
    fn validate_connection(&self, connection: &Connection) -> Vec<ConnectionProblem> {
        let mut problems =
            default_connection_problems(&self.connector_type(), &[], self.requires_endpoint(), connection);
        problems.extend(
            RelationalCatalogConfig::problems(self.technology, connection)
                .into_iter()
                .map(|(field, error)| ConnectionProblem::for_property(field, &error)),
        );
        problems
    }

    fn create_connector(&self, connection: &Connection) -> Result<Box<dyn IntegrationConnector>> {
        let config = RelationalCatalogConfig::from_connection(self.technology, connection)?;
        Ok(into_connector(RelationalCatalogConnector::new(config)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{EXCLUDE_TABLES, INCLUDE_VIEWS};

    #[test]
    fn each_provider_describes_its_technology() {
        let names: Vec<_> = RelationalCatalogProvider::all().iter().map(|provider| provider.provider_name()).collect();
        assert_eq!(names, ["omis.database.postgres", "omis.database.mariadb", "omis.database.sqlite"]);
        for (provider, address, target) in [
            (RelationalCatalogProvider::postgres(), "postgresql://postgres@db1:5432/sales", "PostgreSQL"),
            (RelationalCatalogProvider::mariadb(), "mysql://root@db2:3306", "MariaDB"),
            (RelationalCatalogProvider::sqlite(), "/data/shop.db", "SQLite"),
        ] {
            assert_eq!(provider.integration_service(), IntegrationService::Database);
            let connector_type = provider.connector_type();
            assert_eq!(connector_type.connector_provider_class_name, Some(provider.provider_name()));
            assert_eq!(connector_type.target_technology_name.as_deref(), Some(target));
            assert_eq!(connector_type.supported_asset_type_name.as_deref(), Some("Database"));
            assert_eq!(
                connector_type.recognized_configuration_properties,
                [
                    "includeSchemas",
                    "excludeSchemas",
                    "includeTables",
                    "excludeTables",
                    "includeViews",
                    "databaseQualifiedName",
                    "connectTimeoutSeconds"
                ]
            );
            assert!(provider.requires_endpoint());
            assert!(!provider.uses_blocking_calls_by_default(), "refresh mode");
            let connection = Connection::for_provider(provider.provider_name()).with_network_address(address);
            assert!(provider.validate_connection(&connection).is_empty(), "{address}");
            assert!(provider.create_connector(&connection).is_ok());
        }
    }

    #[test]
    fn validation_reports_every_problem_by_field() {
        let connection = Connection::for_provider(POSTGRES_PROVIDER_NAME)
            .with_network_address("mysql://db/x")
            .with_configuration_property(EXCLUDE_TABLES, "[")
            .with_configuration_property(INCLUDE_VIEWS, "sometimes")
            .with_configuration_property("includeSchema", "x");
        let problems = RelationalCatalogProvider::postgres().validate_connection(&connection);
        let fields: Vec<_> = problems.iter().map(|problem| problem.field.as_deref().unwrap_or_default()).collect();
        assert_eq!(
            fields,
            ["includeSchema", "endpoint.networkAddress", "excludeTables", "includeViews"],
            "{problems:?}"
        );
        assert!(problems[0].message.contains("did you mean includeSchemas?"), "{problems:?}");
        assert!(problems[1].message.contains("postgresql://"), "{problems:?}");

        let without = Connection::for_provider(SQLITE_PROVIDER_NAME);
        let problems = RelationalCatalogProvider::sqlite().validate_connection(&without);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field.as_deref(), Some("endpoint.networkAddress"));
        let error = RelationalCatalogProvider::sqlite().create_connector(&without).err().expect("no address");
        assert_eq!(error.message_id(), "OMIS-RELATIONAL-CATALOG-400-001");
    }
}
