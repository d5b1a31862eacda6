//! The shared repository: PostgreSQL, one schema per repository.
//!
//! Writers take a transaction-scoped advisory lock, so change-log sequence numbers are assigned in
//! commit order even with several processes writing. After a commit the writer sends `NOTIFY`; a
//! listener thread per store turns notifications into wake-ups of change-log readers (which also
//! poll, so a lost notification costs at most a second).

use std::collections::HashMap;
use std::error::Error as StdError;
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use bytes::BytesMut;
use integration_daemon_api::{AuditLog, MetadataStore, OmisError, Result};
use postgres::error::SqlState;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{FromSql, IsNull, ToSql, Type};
use postgres::{Client, GenericClient, NoTls, Statement};
use tokio::sync::watch;

use crate::StoreOptions;
use crate::engine::sql::{Connection, Dialect, Sql, SqlValue};
use crate::engine::{Backend, Engine, QueryLimits, backend_error, batch::constraint_error, delegate_metadata_store};
use crate::messages;
use crate::pool::Pool;

const MIGRATIONS: &[(i64, &str)] = &[(1, include_str!("migrations/0001_initial.sql"))];

/// Advisory lock taken while creating the pg_trgm extension (database-wide).
const EXTENSION_LOCK: i64 = 0x6f6d_6973_7472_676d;

/// A PostgreSQL repository. Open it with [`PostgresStore::open`].
pub struct PostgresStore {
    engine: Engine<PostgresBackend>,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore").field("schema", &self.engine.backend().schema).finish_non_exhaustive()
    }
}

delegate_metadata_store!(PostgresStore);

impl PostgresStore {
    /// Opens the repository in `schema` (created if needed) of the database at `url`
    /// (`postgresql://user@host:port/database`), applying any schema migrations.
    pub async fn open(url: &str, schema: &str, options: StoreOptions) -> Result<PostgresStore> {
        let (url, schema) = (url.to_owned(), schema.to_owned());
        let audit_log = options.audit_log.clone();
        let backend = tokio::task::spawn_blocking(move || PostgresBackend::open(&url, &schema, &audit_log))
            .await
            .map_err(|error| messages::STORE_TASK_FAILED.error(&[&error]))??;
        let limits = QueryLimits { max_page_size: options.max_page_size.max(crate::MIN_MAX_PAGE_SIZE) };
        Ok(PostgresStore { engine: Engine::new(backend, options.registry, limits) })
    }

    /// Opens the repository and returns it as the port.
    pub async fn open_shared(url: &str, schema: &str, options: StoreOptions) -> Result<Arc<dyn MetadataStore>> {
        Ok(Arc::new(PostgresStore::open(url, schema, options).await?))
    }

    /// Drops a repository's schema and everything in it (for tests and tear-down).
    pub async fn drop_schema(url: &str, schema: &str) -> Result<()> {
        let (url, schema) = (url.to_owned(), schema.to_owned());
        tokio::task::spawn_blocking(move || {
            check_schema_name(&schema)?;
            let mut client = connect(&url, None)?;
            client
                .batch_execute(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"))
                .map_err(|error| postgres_error(&error))
        })
        .await
        .map_err(|error| messages::STORE_TASK_FAILED.error(&[&error]))?
    }

    /// The schema that holds the repository.
    pub fn schema(&self) -> &str {
        &self.engine.backend().schema
    }
}

/// A connection with the statements it has prepared (the sync client prepares every query
/// otherwise, which doubles the round trips).
struct CachedClient {
    client: Client,
    statements: HashMap<String, Statement>,
}

/// Prepared statements kept per connection; the cache is cleared when it grows past this.
const STATEMENT_CACHE: usize = 512;

/// Queries with more parameters than this (long IN lists) are prepared afresh each time.
const LONG_QUERY_PARAMS: usize = 32;

pub(crate) struct PostgresBackend {
    schema: String,
    channel: String,
    lock_key: i64,
    pool: Pool<CachedClient>,
    changes: Arc<watch::Sender<u64>>,
    stop_listener: Arc<AtomicBool>,
}

impl Drop for PostgresBackend {
    fn drop(&mut self) {
        self.stop_listener.store(true, Ordering::Release);
        // A sync client closes its connection by blocking on its own runtime, which must not
        // happen on an async worker thread (where the last store handle is often dropped).
        let clients = self.pool.drain();
        if !clients.is_empty() {
            let _ = std::thread::Builder::new().name("omis-pg-close".into()).spawn(move || drop(clients));
        }
    }
}

fn postgres_error(error: &postgres::Error) -> OmisError {
    if error.code() == Some(&SqlState::UNIQUE_VIOLATION) {
        return constraint_error(&error.to_string());
    }
    let retryable = error.is_closed()
        || error.code().is_some_and(|code| {
            code.code().starts_with("08")
                || *code == SqlState::T_R_SERIALIZATION_FAILURE
                || *code == SqlState::T_R_DEADLOCK_DETECTED
                || *code == SqlState::ADMIN_SHUTDOWN
                || *code == SqlState::CANNOT_CONNECT_NOW
        });
    let detail = match error.as_db_error() {
        Some(db) => format!("{}: {}", db.code().code(), db.message()),
        None => error.to_string(),
    };
    backend_error("PostgreSQL", retryable, &detail)
}

fn check_schema_name(schema: &str) -> Result<()> {
    let valid = !schema.is_empty()
        && schema.len() <= 48
        && schema.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !schema.starts_with(|c: char| c.is_ascii_digit());
    if valid {
        Ok(())
    } else {
        Err(messages::OPEN_FAILED
            .error(&[&schema, &"a schema name is 1-48 characters of a-z, 0-9 and _, not starting with a digit"])
            .with_parameter_name("schema"))
    }
}

/// Opens a connection; with a schema, sets the search path to it (and `public`, for pg_trgm).
fn connect(url: &str, schema: Option<&str>) -> Result<Client> {
    let display = redact_url(url);
    let config = postgres::Config::from_str(url).map_err(|error| messages::OPEN_FAILED.error(&[&display, &error]))?;
    let mut client = config.connect(NoTls).map_err(|error| {
        messages::OPEN_FAILED.error(&[&display, &error.source().map_or_else(|| error.to_string(), ToString::to_string)])
    })?;
    if let Some(schema) = schema {
        client
            .batch_execute(&format!("SET search_path TO \"{schema}\", public"))
            .map_err(|error| postgres_error(&error))?;
    }
    Ok(client)
}

/// The URL without its password, for messages.
fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:********{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn hash_key(text: &str) -> i64 {
    // FNV-1a: stable across runs and builds, which the advisory lock key must be.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    i64::from_ne_bytes(hash.to_ne_bytes())
}

impl PostgresBackend {
    fn open(url: &str, schema: &str, audit_log: &AuditLog) -> Result<PostgresBackend> {
        check_schema_name(schema)?;
        let mut client = connect(url, None)?;
        client
            .batch_execute(&format!(
                "CREATE SCHEMA IF NOT EXISTS \"{schema}\"; SET search_path TO \"{schema}\", public"
            ))
            .map_err(|error| postgres_error(&error))?;
        let lock_key = hash_key(schema);
        let version = migrate(&mut client, schema, lock_key)?;
        ensure_search_index(&mut client, schema, audit_log);
        let latest: i64 = client
            .query_one("SELECT COALESCE(MAX(sequence), 0) FROM change_log", &[])
            .map_err(|error| postgres_error(&error))?
            .get(0);
        audit_log.log_message(
            "open",
            &messages::STORE_OPENED,
            &[&"PostgreSQL", &format!("{} schema {schema}", redact_url(url)), &version],
        );
        let changes = Arc::new(watch::Sender::new(u64::try_from(latest).unwrap_or(0)));
        let channel = format!("omis_changes_{schema}");
        let stop_listener = Arc::new(AtomicBool::new(false));
        spawn_listener(url.to_owned(), channel.clone(), changes.clone(), stop_listener.clone());
        let (pool_url, pool_schema) = (url.to_owned(), schema.to_owned());
        let pool = Pool::new(
            8,
            move || Ok(CachedClient { client: connect(&pool_url, Some(&pool_schema))?, statements: HashMap::new() }),
            |cached: &CachedClient| !cached.client.is_closed(),
        );
        Ok(PostgresBackend { schema: schema.to_owned(), channel, lock_key, pool, changes, stop_listener })
    }
}

fn migrate(client: &mut Client, schema: &str, lock_key: i64) -> Result<i64> {
    let mut transaction = client.transaction().map_err(|error| postgres_error(&error))?;
    transaction.execute("SELECT pg_advisory_xact_lock($1)", &[&lock_key]).map_err(|error| postgres_error(&error))?;
    transaction
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)",
        )
        .map_err(|error| postgres_error(&error))?;
    let current: i64 = transaction
        .query_one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", &[])
        .map_err(|error| postgres_error(&error))?
        .get(0);
    let newest = MIGRATIONS.last().map_or(0, |(version, _)| *version);
    if current > newest {
        return Err(messages::SCHEMA_TOO_NEW.error(&[&schema, &current, &newest]));
    }
    for (version, script) in MIGRATIONS.iter().filter(|(version, _)| *version > current) {
        transaction.batch_execute(script).map_err(|error| postgres_error(&error))?;
        transaction
            .execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
                &[version, &crate::engine::rows::now_millis()],
            )
            .map_err(|error| postgres_error(&error))?;
    }
    transaction.commit().map_err(|error| postgres_error(&error))?;
    Ok(newest)
}

/// Creates the trigram index of the search text when pg_trgm is available; without it searches
/// still work, by scanning, and the audit log says so.
fn ensure_search_index(client: &mut Client, schema: &str, audit_log: &AuditLog) {
    let result = (|| -> std::result::Result<(), postgres::Error> {
        let mut transaction = client.transaction()?;
        transaction.execute("SELECT pg_advisory_xact_lock($1)", &[&EXTENSION_LOCK])?;
        transaction.batch_execute("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")?;
        transaction.commit()?;
        client.batch_execute(
            "CREATE INDEX IF NOT EXISTS elements_search ON elements USING gin (search_text public.gin_trgm_ops)",
        )
    })();
    if let Err(error) = result {
        audit_log.log_message("open", &messages::NO_TRIGRAM_INDEX, &[&schema, &postgres_error(&error)]);
    }
}

/// Follows `NOTIFY`s on the store's channel until the store is dropped, reconnecting as needed.
fn spawn_listener(url: String, channel: String, changes: Arc<watch::Sender<u64>>, stop: Arc<AtomicBool>) {
    let spawned = std::thread::Builder::new().name(format!("omis-listen-{channel}")).spawn(move || {
        let mut backoff = Duration::from_millis(200);
        while !stop.load(Ordering::Acquire) {
            let Ok(mut client) = connect(&url, None) else {
                std::thread::sleep(backoff);
                backoff = (backoff * 2).min(Duration::from_secs(5));
                continue;
            };
            if client.batch_execute(&format!("LISTEN \"{channel}\"")).is_err() {
                continue;
            }
            backoff = Duration::from_millis(200);
            while !stop.load(Ordering::Acquire) {
                let mut notifications = client.notifications();
                match notifications.timeout_iter(Duration::from_millis(250)).next() {
                    Ok(Some(notification)) => {
                        if let Ok(sequence) = notification.payload().parse::<u64>() {
                            changes.send_if_modified(|latest| {
                                let newer = sequence > *latest;
                                if newer {
                                    *latest = sequence;
                                }
                                newer
                            });
                        }
                    }
                    Ok(None) => {}
                    Err(_) => break,
                }
            }
        }
    });
    if let Err(error) = spawned {
        // Readers still poll; only push wake-ups are lost.
        tracing::warn!(%error, "the change-log listener thread could not start");
    }
}

/// A text value read from a JSON or JSONB column.
struct JsonText(String);

impl<'a> FromSql<'a> for JsonText {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Self, Box<dyn StdError + Sync + Send>> {
        let bytes = if *ty == Type::JSONB { raw.get(1..).unwrap_or_default() } else { raw };
        Ok(JsonText(std::str::from_utf8(bytes)?.to_owned()))
    }

    fn accepts(ty: &Type) -> bool {
        *ty == Type::JSON || *ty == Type::JSONB
    }
}

impl ToSql for SqlValue {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> std::result::Result<IsNull, Box<dyn StdError + Sync + Send>> {
        match self {
            SqlValue::Null => Ok(IsNull::Yes),
            SqlValue::Int(value) => match *ty {
                Type::INT8 => value.to_sql(ty, out),
                Type::INT4 => i32::try_from(*value)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*value)?.to_sql(ty, out),
                _ => value.to_string().to_sql(ty, out),
            },
            SqlValue::Text(text) if *ty == Type::JSONB => {
                // The binary JSONB format: a version byte, then the JSON text.
                out.extend_from_slice(&[1]);
                out.extend_from_slice(text.as_bytes());
                Ok(IsNull::No)
            }
            SqlValue::Text(text) if *ty == Type::JSON => {
                out.extend_from_slice(text.as_bytes());
                Ok(IsNull::No)
            }
            SqlValue::Text(text) => text.as_str().to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

struct PostgresConnection<'a, C: GenericClient> {
    client: &'a mut C,
    statements: &'a mut HashMap<String, Statement>,
}

impl<C: GenericClient> PostgresConnection<'_, C> {
    fn statement(&mut self, text: &str) -> Result<Statement> {
        if let Some(statement) = self.statements.get(text) {
            return Ok(statement.clone());
        }
        let statement = self.client.prepare(text).map_err(|error| postgres_error(&error))?;
        if self.statements.len() >= STATEMENT_CACHE {
            self.statements.clear();
        }
        self.statements.insert(text.to_owned(), statement.clone());
        Ok(statement)
    }
}

fn decode_row(row: &postgres::Row) -> Result<Vec<SqlValue>> {
    let mut values = Vec::with_capacity(row.len());
    for (index, column) in row.columns().iter().enumerate() {
        let failed = |error: postgres::Error| postgres_error(&error);
        let value = match *column.type_() {
            Type::INT8 => row.try_get::<_, Option<i64>>(index).map_err(failed)?.map(SqlValue::Int),
            Type::INT4 => row.try_get::<_, Option<i32>>(index).map_err(failed)?.map(|v| SqlValue::Int(v.into())),
            Type::INT2 => row.try_get::<_, Option<i16>>(index).map_err(failed)?.map(|v| SqlValue::Int(v.into())),
            Type::BOOL => row.try_get::<_, Option<bool>>(index).map_err(failed)?.map(|v| SqlValue::Int(v.into())),
            Type::JSON | Type::JSONB => {
                row.try_get::<_, Option<JsonText>>(index).map_err(failed)?.map(|v| SqlValue::Text(v.0))
            }
            _ => row.try_get::<_, Option<String>>(index).map_err(failed)?.map(SqlValue::Text),
        };
        values.push(value.unwrap_or(SqlValue::Null));
    }
    Ok(values)
}

impl<C: GenericClient> Connection for PostgresConnection<'_, C> {
    fn query(&mut self, sql: &Sql) -> Result<Vec<Vec<SqlValue>>> {
        let params: Vec<&(dyn ToSql + Sync)> = sql.params.iter().map(|param| param as &(dyn ToSql + Sync)).collect();
        let rows = if sql.params.len() > LONG_QUERY_PARAMS {
            // Not kept: after five runs PostgreSQL would switch a kept statement to a generic plan,
            // and for "key IN ($2, …) ORDER BY … LIMIT $n" that plan scans the whole range. A fresh
            // statement is planned for its actual values.
            self.client.query(sql.text.as_str(), &params)
        } else {
            let statement = self.statement(&sql.text)?;
            self.client.query(&statement, &params)
        };
        rows.map_err(|error| postgres_error(&error))?.iter().map(decode_row).collect()
    }

    fn execute(&mut self, sql: &Sql) -> Result<u64> {
        let statement = self.statement(&sql.text)?;
        let params: Vec<&(dyn ToSql + Sync)> = sql.params.iter().map(|param| param as &(dyn ToSql + Sync)).collect();
        self.client.execute(&statement, &params).map_err(|error| postgres_error(&error))
    }
}

impl Backend for PostgresBackend {
    const DIALECT: Dialect = Dialect::Postgres;

    fn read<T>(&self, work: impl FnOnce(&mut dyn Connection) -> Result<T>) -> Result<T> {
        let mut pooled = self.pool.get()?;
        let CachedClient { client, statements } = &mut *pooled;
        work(&mut PostgresConnection { client, statements })
    }

    fn write<T>(&self, work: impl FnOnce(&mut dyn Connection) -> Result<T>) -> Result<T> {
        let mut pooled = self.pool.get()?;
        let CachedClient { client, statements } = &mut *pooled;
        let mut transaction = client.transaction().map_err(|error| postgres_error(&error))?;
        transaction
            .execute("SELECT pg_advisory_xact_lock($1)", &[&self.lock_key])
            .map_err(|error| postgres_error(&error))?;
        let result = work(&mut PostgresConnection { client: &mut transaction, statements })?;
        transaction.commit().map_err(|error| postgres_error(&error))?;
        Ok(result)
    }

    fn committed(&self, latest_sequence: u64) {
        self.changes.send_if_modified(|latest| {
            let newer = latest_sequence > *latest;
            if newer {
                *latest = latest_sequence;
            }
            newer
        });
        // Tell the other processes; they poll as well, so a failure here only delays them.
        let notified = self.pool.get().and_then(|mut pooled| {
            pooled
                .client
                .execute("SELECT pg_notify($1, $2)", &[&self.channel, &latest_sequence.to_string()])
                .map_err(|error| postgres_error(&error))
        });
        if let Err(error) = notified {
            tracing::debug!(%error, "NOTIFY after commit failed");
        }
    }

    fn subscribe(&self) -> watch::Receiver<u64> {
        self.changes.subscribe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_their_password_in_messages() {
        assert_eq!(redact_url("postgresql://omis:secret@db:5432/meta"), "postgresql://omis:********@db:5432/meta");
        assert_eq!(redact_url("postgresql://omis@db/meta"), "postgresql://omis@db/meta");
        assert_eq!(redact_url("host=db user=omis"), "host=db user=omis");
    }

    #[test]
    fn schema_names_are_checked() {
        assert!(check_schema_name("omis_test_1").is_ok());
        for bad in ["", "Omis", "1abc", "a;drop", "a\"b"] {
            assert!(check_schema_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn lock_keys_are_stable() {
        assert_eq!(hash_key("omis"), hash_key("omis"));
        assert_ne!(hash_key("omis"), hash_key("omis2"));
    }
}
