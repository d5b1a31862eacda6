//! # relational-catalog-connector
//!
//! The database integration service's reference cataloguers for relational databases, three
//! providers over one shared mapping and synchronization:
//!
//! | provider | technology | `endpoint.networkAddress` |
//! |---|---|---|
//! | `omis.database.postgres` | PostgreSQL | `postgresql://[user@]host[:port][/database]` |
//! | `omis.database.mariadb` | MariaDB, MySQL | `mysql://[user@]host[:port]` (or `mariadb://`) |
//! | `omis.database.sqlite` | SQLite | the database file's path |
//!
//! Each refresh reads the database's whole catalog with a few catalog queries (`pg_catalog`,
//! `information_schema`, `sqlite_master` joined with `pragma_table_xinfo`, ...; never a query per
//! table), then hands it to one [`DatabaseSynchronizer`](database_integrator::DatabaseSynchronizer)
//! scoped by the database's qualified name:
//!
//! - the database is a `Database`; each schema that passes the patterns a
//!   `DeployedDatabaseSchema` under it (MariaDB: each database of the server; SQLite: `main`);
//! - tables and views are `RelationalTable`s under the schema's `RelationalDBSchemaType`, a view
//!   marked `CalculatedValue` with its definition as the formula;
//! - columns are `RelationalColumn`s under their table, with data type, nullability, default,
//!   ordinal position and comment; primary key columns are classified `PrimaryKey`;
//! - a foreign key is a `ForeignKey` relationship from the referenced column (end 1) to the
//!   referencing one (end 2).
//!
//! An unchanged database causes no writes; a changed table or column is updated; what was dropped
//! is removed. A database that cannot be read (server unreachable, login refused, file missing)
//! fails the refresh before anything is written, so nothing is removed.
//!
//! The clients block (`postgres`, `mysql`, `rusqlite`); a refresh runs them on tokio's blocking
//! pool. The providers ([`RelationalCatalogProvider`]) are registered by the daemon.

mod catalog;
mod config;
mod connector;
mod error;
mod harvest;
mod mapping;
mod provider;

pub use catalog::{Catalog, Column, ForeignKey, Schema, Table, TableKind};
pub use config::{
    CONFIGURATION_PROPERTIES, CONNECT_TIMEOUT_SECONDS, CatalogFilter, DATABASE_QUALIFIED_NAME,
    DEFAULT_CONNECT_TIMEOUT_SECONDS, EXCLUDE_SCHEMAS, EXCLUDE_TABLES, INCLUDE_SCHEMAS, INCLUDE_TABLES, INCLUDE_VIEWS,
    MAX_CONNECT_TIMEOUT_SECONDS, NamePatterns, RelationalCatalogConfig, Technology, redact_address,
};
pub use connector::RelationalCatalogConnector;
pub use error::{
    RELATIONAL_CATALOG_ADDRESS_MISSING, RELATIONAL_CATALOG_BAD_ADDRESS, RELATIONAL_CATALOG_BAD_BOOLEAN,
    RELATIONAL_CATALOG_BAD_NUMBER, RELATIONAL_CATALOG_BAD_PATTERN, RELATIONAL_CATALOG_FILE_MISSING,
    RELATIONAL_CATALOG_HARVEST_ABORTED, RELATIONAL_CATALOG_UNREADABLE,
};
pub use harvest::sqlite::SQLITE_SCHEMA;
pub use mapping::{
    VIEW_FORMULA_TYPE, column_qualified_name, deployed_implementation_type, name_part, schema_qualified_name,
    table_qualified_name,
};
pub use provider::{MARIADB_PROVIDER_NAME, POSTGRES_PROVIDER_NAME, RelationalCatalogProvider, SQLITE_PROVIDER_NAME};
