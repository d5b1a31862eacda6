//! # open-metadata-store
//!
//! The repository of omis: the [`MetadataStore`] port on two backends that pass one conformance
//! suite (`integration-testkit`).
//!
//! - **SQLite** ([`SqliteStore`], feature `sqlite`, the default): the embedded repository, one file,
//!   WAL mode with durable commits, migrations compiled in. Nothing to install.
//! - **PostgreSQL** ([`PostgresStore`], feature `postgres`): one repository shared by several
//!   daemons and servers; migrations compiled in; `LISTEN`/`NOTIFY` wakes change-log readers.
//!
//! Both store elements, relationships, classifications, correlations (external identifiers) and
//! the change log with the same semantics, because both run the same engine: a write batch is
//! loaded, applied to an in-memory overlay (validation against the type definitions, ownership by
//! metadata source, uniqueness of qualified names, relationship cardinality, cascading deletes of
//! anchored elements) and only then written, in one transaction, with its change-log events.
//! Searches use a trigram index (SQLite FTS5, PostgreSQL pg_trgm) to narrow the candidates and a
//! regular expression to decide.
//!
//! ```no_run
//! # async fn example() -> integration_daemon_api::Result<()> {
//! use open_metadata_store::{SqliteStore, StoreOptions};
//! let store = SqliteStore::open_shared("omis.db", StoreOptions::default()).await?;
//! # Ok(()) }
//! ```

mod engine;
mod messages;
mod pool;
#[cfg(feature = "postgres")]
mod postgres;
#[cfg(feature = "sqlite")]
mod sqlite;

use std::sync::Arc;

pub use integration_daemon_api::MetadataStore;
use integration_daemon_api::{AuditLog, TypeRegistry};

#[cfg(feature = "postgres")]
pub use postgres::PostgresStore;
#[cfg(feature = "sqlite")]
pub use sqlite::SqliteStore;

/// The message definitions of this crate.
pub mod message_definitions {
    pub use crate::messages::*;
}

/// The smallest `max_page_size` a store accepts.
pub const MIN_MAX_PAGE_SIZE: u32 = 1000;

/// Settings shared by the backends.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// The type definitions writes are validated against (the built-in ones by default).
    pub registry: Arc<TypeRegistry>,
    /// The largest page a query returns, and what `pageSize = 0` means (Egeria's `maxPageSize`).
    /// At least [`MIN_MAX_PAGE_SIZE`] (smaller values are raised to it): synchronizers read 1,000
    /// correlations at a time and take a shorter page for the last.
    pub max_page_size: u32,
    /// Where the store logs (opening, degraded search index, ...).
    pub audit_log: AuditLog,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            registry: TypeRegistry::builtin(),
            max_page_size: 1000,
            audit_log: AuditLog::new("open-metadata-store"),
        }
    }
}
