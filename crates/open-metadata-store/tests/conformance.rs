//! The MetadataStore conformance suite (integration-testkit) on both backends: SQLite always,
//! PostgreSQL when OMIS_TEST_POSTGRES_URL is set (each test in its own fresh schema).

use std::sync::Arc;

use async_trait::async_trait;
use integration_testkit::{StoreHarness, store_conformance_tests};
use open_metadata_store::{MetadataStore, StoreOptions};

/// A SQLite file in a temporary directory that lives as long as the harness.
struct SqliteHarness {
    directory: tempfile::TempDir,
}

#[async_trait]
impl StoreHarness for SqliteHarness {
    async fn open(&self) -> Arc<dyn MetadataStore> {
        open_metadata_store::SqliteStore::open_shared(self.directory.path().join("omis.db"), StoreOptions::default())
            .await
            .expect("the SQLite repository opens")
    }
}

async fn sqlite() -> Option<Box<dyn StoreHarness>> {
    Some(Box::new(SqliteHarness { directory: tempfile::tempdir().expect("a temporary directory") }))
}

store_conformance_tests!(sqlite_store, sqlite);

#[cfg(feature = "postgres")]
mod postgres_harness {
    use super::*;

    /// A fresh schema in the test PostgreSQL server, dropped after the test.
    pub(super) struct PostgresHarness {
        url: String,
        schema: String,
    }

    #[async_trait]
    impl StoreHarness for PostgresHarness {
        async fn open(&self) -> Arc<dyn MetadataStore> {
            open_metadata_store::PostgresStore::open_shared(&self.url, &self.schema, StoreOptions::default())
                .await
                .expect("the PostgreSQL repository opens")
        }

        async fn cleanup(&self) {
            open_metadata_store::PostgresStore::drop_schema(&self.url, &self.schema)
                .await
                .expect("the test schema is dropped");
        }
    }

    pub(super) async fn postgres() -> Option<Box<dyn StoreHarness>> {
        let url = integration_testkit::env::postgres_url("store conformance on PostgreSQL")?;
        Some(Box::new(PostgresHarness { url, schema: integration_testkit::env::unique_name("omis_test") }))
    }
}

#[cfg(feature = "postgres")]
use postgres_harness::postgres;

#[cfg(feature = "postgres")]
store_conformance_tests!(postgres_store, postgres);

// The IntegrationContext and Synchronizer suite, on the same backends.
integration_testkit::context_conformance_tests!(sqlite_context, sqlite);

#[cfg(feature = "postgres")]
integration_testkit::context_conformance_tests!(postgres_context, postgres);
