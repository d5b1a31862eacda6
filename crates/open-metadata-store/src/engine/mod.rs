//! The backend-independent engine: what every write and query means, written once.
//!
//! A backend supplies connections (in a write transaction or for reading) and a way to wake
//! change-log readers; everything else — validation, ownership, cascades, correlations, the change
//! log, query semantics — lives here, so SQLite and PostgreSQL behave the same.

pub(crate) mod batch;
pub(crate) mod filter;
pub(crate) mod pg_regex;
pub(crate) mod read;
pub(crate) mod rows;
pub(crate) mod search;
pub(crate) mod sql;

use std::sync::Arc;
use std::time::Duration;

use integration_daemon_api::types::TypeRegistry;
use integration_daemon_api::{
    ChangeEvent, ElementQuery, ExternalIdQuery, ExternalIdentifier, Guid, OmisError, OpenMetadataElement,
    OpenMetadataRelationship, RelatedElementsQuery, RelatedMetadataElement, RequestContext, Result, WriteBatch,
    WriteOutcome,
};
use tokio::sync::watch;

use crate::messages;
pub(crate) use read::QueryLimits;
use sql::{Connection, Dialect};

/// How long a change-log wait sleeps between checks of the database, so changes committed by
/// other processes are seen even without a push notification.
const POLL_INTERVAL: Duration = Duration::from_secs(1);

/// A synchronous storage backend.
pub(crate) trait Backend: Send + Sync + 'static {
    /// The backend's SQL dialect.
    const DIALECT: Dialect;

    /// Runs `work` on a reading connection.
    fn read<T>(&self, work: impl FnOnce(&mut dyn Connection) -> Result<T>) -> Result<T>;

    /// Runs `work` in a write transaction, serialised with every other writer of the repository;
    /// commits when it succeeds, rolls back when it fails.
    fn write<T>(&self, work: impl FnOnce(&mut dyn Connection) -> Result<T>) -> Result<T>;

    /// Wakes readers after a commit that logged events up to `latest_sequence`.
    fn committed(&self, latest_sequence: u64);

    /// A receiver that changes when events are committed.
    fn subscribe(&self) -> watch::Receiver<u64>;
}

/// A `MetadataStore` over a backend.
pub(crate) struct Engine<B: Backend> {
    backend: Arc<B>,
    registry: Arc<TypeRegistry>,
    limits: QueryLimits,
    /// Bounds the blocking threads working at once: more than the backend has connections would
    /// only wait for one, each thread holding a stack and an allocator heap (a thousand connectors
    /// starting together would otherwise start hundreds of threads).
    in_flight: Arc<tokio::sync::Semaphore>,
}

/// Blocking store calls running at once; the others wait without a thread.
const MAX_IN_FLIGHT: usize = 8;

impl<B: Backend> Engine<B> {
    pub(crate) fn new(backend: B, registry: Arc<TypeRegistry>, limits: QueryLimits) -> Engine<B> {
        Engine {
            backend: Arc::new(backend),
            registry,
            limits,
            in_flight: Arc::new(tokio::sync::Semaphore::new(MAX_IN_FLIGHT)),
        }
    }

    pub(crate) fn registry(&self) -> Arc<TypeRegistry> {
        self.registry.clone()
    }

    pub(crate) fn backend(&self) -> &Arc<B> {
        &self.backend
    }

    /// Runs blocking backend work off the async runtime.
    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&B, &TypeRegistry, QueryLimits) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (backend, registry, limits) = (self.backend.clone(), self.registry.clone(), self.limits);
        let permit = self
            .in_flight
            .clone()
            .acquire_owned()
            .await
            .map_err(|error| messages::STORE_TASK_FAILED.error(&[&error]))?;
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            work(&backend, &registry, limits)
        })
        .await
        .map_err(|error| messages::STORE_TASK_FAILED.error(&[&error]))?
    }

    pub(crate) async fn execute(&self, context: &RequestContext, batch: WriteBatch) -> Result<Vec<WriteOutcome>> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        let context = context.clone();
        self.blocking(move |backend, registry, _| {
            // Validation and encoding need no lock: other writers go on meanwhile.
            let prepared = batch::prepare_batch(registry, &batch);
            let result = match backend
                .write(|conn| batch::execute_batch(conn, B::DIALECT, registry, &context, &batch, prepared))
            {
                Ok(result) => result,
                // The database caught a clash the batch did not look up: say which one it is.
                Err(error) if error.message_id() == messages::CONSTRAINT_VIOLATION.id => {
                    let precise = backend.read(|conn| batch::diagnose_conflict(conn, B::DIALECT, &batch));
                    return Err(precise.ok().flatten().unwrap_or(error));
                }
                Err(error) => return Err(error),
            };
            if result.events > 0 {
                backend.committed(result.latest_sequence);
            }
            Ok(result.outcomes)
        })
        .await
    }

    pub(crate) async fn get_element(
        &self,
        guid: &str,
        options: integration_daemon_api::GetOptions,
    ) -> Result<Option<OpenMetadataElement>> {
        let guid = guid.to_owned();
        self.blocking(move |backend, registry, _| {
            backend.read(|conn| read::get_element(conn, B::DIALECT, registry, &guid, options))
        })
        .await
    }

    pub(crate) async fn get_elements(&self, guids: &[Guid]) -> Result<Vec<OpenMetadataElement>> {
        let guids = guids.to_vec();
        self.blocking(move |backend, registry, _| {
            backend.read(|conn| read::get_elements(conn, B::DIALECT, registry, &guids))
        })
        .await
    }

    pub(crate) async fn get_element_by_unique_name(
        &self,
        name: &str,
        property_name: &str,
    ) -> Result<Option<OpenMetadataElement>> {
        let (name, property_name) = (name.to_owned(), property_name.to_owned());
        self.blocking(move |backend, registry, _| {
            backend.read(|conn| read::get_by_unique_name(conn, B::DIALECT, registry, &name, &property_name))
        })
        .await
    }

    pub(crate) async fn find_elements(&self, query: &ElementQuery) -> Result<Vec<OpenMetadataElement>> {
        let query = query.clone();
        self.blocking(move |backend, registry, limits| {
            backend.read(|conn| read::find_elements(conn, B::DIALECT, registry, &query, limits))
        })
        .await
    }

    pub(crate) async fn get_relationship(&self, guid: &str) -> Result<Option<OpenMetadataRelationship>> {
        let guid = guid.to_owned();
        self.blocking(move |backend, registry, _| {
            backend.read(|conn| read::get_relationship(conn, B::DIALECT, registry, &guid))
        })
        .await
    }

    pub(crate) async fn get_related_elements(
        &self,
        query: &RelatedElementsQuery,
    ) -> Result<Vec<RelatedMetadataElement>> {
        let query = query.clone();
        self.blocking(move |backend, registry, limits| {
            backend.read(|conn| read::related_elements(conn, B::DIALECT, registry, &query, limits))
        })
        .await
    }

    pub(crate) async fn find_external_ids(&self, query: &ExternalIdQuery) -> Result<Vec<ExternalIdentifier>> {
        let query = query.clone();
        self.blocking(move |backend, _, limits| {
            backend.read(|conn| read::find_external_ids(conn, B::DIALECT, &query, limits))
        })
        .await
    }

    pub(crate) async fn count_external_ids(&self, query: &ExternalIdQuery) -> Result<u64> {
        let query = query.clone();
        self.blocking(move |backend, _, _| backend.read(|conn| read::count_external_ids(conn, B::DIALECT, &query)))
            .await
    }

    pub(crate) async fn read_change_log(&self, after: u64, limit: u32) -> Result<Vec<ChangeEvent>> {
        self.blocking(move |backend, _, limits| {
            let limit = if limit == 0 { limits.max_page_size } else { limit.min(limits.max_page_size) };
            backend.read(|conn| read::read_change_log(conn, B::DIALECT, after, limit))
        })
        .await
    }

    pub(crate) async fn latest_change_sequence(&self) -> Result<u64> {
        self.blocking(|backend, _, _| backend.read(|conn| read::latest_sequence(conn, B::DIALECT))).await
    }

    pub(crate) async fn wait_for_changes(&self, after: u64, timeout: Duration) -> Result<u64> {
        let deadline = tokio::time::Instant::now() + timeout;
        // Subscribe before reading, so a commit in between is not missed.
        let mut changes = self.backend.subscribe();
        loop {
            let latest = self.latest_change_sequence().await?;
            let now = tokio::time::Instant::now();
            if latest > after || now >= deadline {
                return Ok(latest);
            }
            let pause = (deadline - now).min(POLL_INTERVAL);
            // A closed channel (the store is being dropped) falls back to polling.
            let _ = tokio::time::timeout(pause, changes.changed()).await;
        }
    }

    pub(crate) async fn load_cursor(&self, name: &str) -> Result<Option<u64>> {
        let name = name.to_owned();
        self.blocking(move |backend, _, _| backend.read(|conn| read::load_cursor(conn, B::DIALECT, &name))).await
    }

    pub(crate) async fn save_cursor(&self, name: &str, sequence: u64) -> Result<()> {
        let name = name.to_owned();
        self.blocking(move |backend, _, _| backend.write(|conn| read::save_cursor(conn, B::DIALECT, &name, sequence)))
            .await
    }
}

/// Implements `MetadataStore` for a public store type whose `engine` field is an [`Engine`].
macro_rules! delegate_metadata_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl integration_daemon_api::MetadataStore for $store {
            fn type_registry(&self) -> std::sync::Arc<integration_daemon_api::TypeRegistry> {
                self.engine.registry()
            }

            async fn execute(
                &self,
                context: &integration_daemon_api::RequestContext,
                batch: integration_daemon_api::WriteBatch,
            ) -> integration_daemon_api::Result<Vec<integration_daemon_api::WriteOutcome>> {
                self.engine.execute(context, batch).await
            }

            async fn get_element(
                &self,
                _context: &integration_daemon_api::RequestContext,
                guid: &str,
                options: integration_daemon_api::GetOptions,
            ) -> integration_daemon_api::Result<Option<integration_daemon_api::OpenMetadataElement>> {
                self.engine.get_element(guid, options).await
            }

            async fn get_elements(
                &self,
                _context: &integration_daemon_api::RequestContext,
                guids: &[integration_daemon_api::Guid],
            ) -> integration_daemon_api::Result<Vec<integration_daemon_api::OpenMetadataElement>> {
                self.engine.get_elements(guids).await
            }

            async fn get_element_by_unique_name(
                &self,
                _context: &integration_daemon_api::RequestContext,
                name: &str,
                property_name: &str,
            ) -> integration_daemon_api::Result<Option<integration_daemon_api::OpenMetadataElement>> {
                self.engine.get_element_by_unique_name(name, property_name).await
            }

            async fn find_elements(
                &self,
                _context: &integration_daemon_api::RequestContext,
                query: &integration_daemon_api::ElementQuery,
            ) -> integration_daemon_api::Result<Vec<integration_daemon_api::OpenMetadataElement>> {
                self.engine.find_elements(query).await
            }

            async fn get_relationship(
                &self,
                _context: &integration_daemon_api::RequestContext,
                guid: &str,
            ) -> integration_daemon_api::Result<Option<integration_daemon_api::OpenMetadataRelationship>> {
                self.engine.get_relationship(guid).await
            }

            async fn get_related_elements(
                &self,
                _context: &integration_daemon_api::RequestContext,
                query: &integration_daemon_api::RelatedElementsQuery,
            ) -> integration_daemon_api::Result<Vec<integration_daemon_api::RelatedMetadataElement>> {
                self.engine.get_related_elements(query).await
            }

            async fn find_external_ids(
                &self,
                _context: &integration_daemon_api::RequestContext,
                query: &integration_daemon_api::ExternalIdQuery,
            ) -> integration_daemon_api::Result<Vec<integration_daemon_api::ExternalIdentifier>> {
                self.engine.find_external_ids(query).await
            }

            async fn count_external_ids(
                &self,
                _context: &integration_daemon_api::RequestContext,
                query: &integration_daemon_api::ExternalIdQuery,
            ) -> integration_daemon_api::Result<u64> {
                self.engine.count_external_ids(query).await
            }

            async fn read_change_log(
                &self,
                after: u64,
                limit: u32,
            ) -> integration_daemon_api::Result<Vec<integration_daemon_api::ChangeEvent>> {
                self.engine.read_change_log(after, limit).await
            }

            async fn latest_change_sequence(&self) -> integration_daemon_api::Result<u64> {
                self.engine.latest_change_sequence().await
            }

            async fn wait_for_changes(
                &self,
                after: u64,
                timeout: std::time::Duration,
            ) -> integration_daemon_api::Result<u64> {
                self.engine.wait_for_changes(after, timeout).await
            }

            async fn load_cursor(&self, name: &str) -> integration_daemon_api::Result<Option<u64>> {
                self.engine.load_cursor(name).await
            }

            async fn save_cursor(&self, name: &str, sequence: u64) -> integration_daemon_api::Result<()> {
                self.engine.save_cursor(name, sequence).await
            }
        }
    };
}
pub(crate) use delegate_metadata_store;

/// A backend failure: a property-server error naming the backend and the cause. Busy and
/// connection failures are retryable (HTTP 503); anything else is a 500.
pub(crate) fn backend_error(backend: &str, retryable: bool, cause: &dyn std::fmt::Display) -> OmisError {
    let definition = if retryable { messages::STORE_UNAVAILABLE } else { messages::STORE_FAILED };
    definition.error(&[&backend, cause])
}
