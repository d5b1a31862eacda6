//! The harvesters: one module per technology, each reading the whole catalog of a database with a
//! few catalog queries (never one per table) into a [`Catalog`]. They are blocking (the clients
//! are); the connector runs them on tokio's blocking pool.

pub(crate) mod mariadb;
pub(crate) mod postgres;
pub(crate) mod sqlite;

use crate::catalog::Catalog;
use crate::config::{RelationalCatalogConfig, Source};

/// Why a harvest found nothing.
#[derive(Debug)]
pub(crate) enum HarvestError {
    /// The SQLite file does not exist.
    Missing,
    /// The server could not be reached or a catalog query failed (the client's message).
    Failed(String),
}

/// Reads the catalog of the database a configuration names, keeping what its filter allows.
pub(crate) fn harvest(config: &RelationalCatalogConfig) -> Result<Catalog, HarvestError> {
    match config.source() {
        Source::Postgres(client) => postgres::harvest(client, &config.filter),
        Source::MariaDb(opts) => mariadb::harvest(opts, &config.filter),
        Source::Sqlite(path) => sqlite::harvest(path, &config.filter),
    }
}
