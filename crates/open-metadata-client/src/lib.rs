//! The REST driver of the [`MetadataStore`] port: [`RestStore`] talks to a metadata server
//! (`open-metadata-server`, run by `omis serve`) over the open-metadata-store paths and Egeria
//! envelopes of [`integration_daemon_api::wire`].
//!
//! Tokens come from `POST /api/token`; one the server no longer accepts is renewed once. Requests
//! time out; what can be retried (the server unreachable, or HTTP 429/502/503/504) is retried with
//! exponential backoff, a write only when it surely did not reach the server. Business errors come
//! back as the server reported them (message id, parameters, HTTP code).

mod messages;

use std::fmt::Write as _;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use async_trait::async_trait;
use integration_daemon_api::types::TypeRegistry;
use integration_daemon_api::wire::{
    self, ChangeEventsBody, CountBody, ElementBody, ElementsBody, ExternalIdsBody, GetElementRequestBody,
    GuidsRequestBody, QueryRequestBody, RelatedElementsBody, RelationshipBody, SequenceBody, SourceFields,
    UniqueNameRequestBody, WriteBatchRequestBody, WriteOutcomesBody,
};
use integration_daemon_api::{
    ChangeEvent, ElementQuery, ExternalIdQuery, ExternalIdentifier, GetOptions, Guid, MetadataStore, OmisError,
    OpenMetadataElement, OpenMetadataRelationship, RelatedElementsQuery, RelatedMetadataElement, RequestContext,
    ResponseEnvelope, Result, WriteBatch, WriteOutcome,
};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// How a [`RestStore`] talks to its server.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// The longest a request may take (a long poll gets its wait on top).
    pub timeout: Duration,
    /// How many times a retryable failure is retried.
    pub retries: u32,
    /// The wait before the first retry; it doubles with each.
    pub backoff: Duration,
    /// The types the client validates against (default: omis's built-in types, the server's too).
    pub types: Option<Arc<TypeRegistry>>,
}

impl Default for ClientOptions {
    fn default() -> ClientOptions {
        ClientOptions { timeout: Duration::from_mins(1), retries: 4, backoff: Duration::from_millis(100), types: None }
    }
}

/// Where a metadata server is and who talks to it.
#[derive(Clone)]
pub struct ServerAddress {
    /// The platform URL, e.g. `http://127.0.0.1:9443`.
    pub platform_url: String,
    /// The server's name (in `/servers/{name}/...`).
    pub server_name: String,
    /// The user the token is issued to.
    pub user_id: String,
    /// Its password.
    pub password: String,
}

impl std::fmt::Debug for ServerAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerAddress")
            .field("platform_url", &self.platform_url)
            .field("server_name", &self.server_name)
            .field("user_id", &self.user_id)
            .field("password", &integration_daemon_api::REDACTED)
            .finish()
    }
}

/// The repository of a remote metadata server, as a [`MetadataStore`].
pub struct RestStore {
    http: reqwest::Client,
    address: ServerAddress,
    /// The platform URL without a trailing slash.
    platform: String,
    token: RwLock<Option<String>>,
    registry: Arc<TypeRegistry>,
    options: ClientOptions,
}

// The token and the password stay out of logs.
#[allow(clippy::missing_fields_in_debug)]
impl std::fmt::Debug for RestStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RestStore")
            .field("platform", &self.platform)
            .field("server", &self.address.server_name)
            .finish()
    }
}

/// What one attempt at a request came to.
enum Attempt<T> {
    Done(Result<T>),
    /// Worth another try (after the backoff), with the error to report if none is left.
    Retry(OmisError),
    /// The token was refused: renew it and try again (once).
    Unauthorized(OmisError),
}

impl RestStore {
    /// Connects to a metadata server: checks the address and gets a token.
    pub async fn connect(address: ServerAddress, options: ClientOptions) -> Result<RestStore> {
        let http = reqwest::Client::builder()
            .connect_timeout(options.timeout.min(Duration::from_secs(10)))
            .build()
            .map_err(|error| messages::CLIENT_FAILED.error(&[&error]))?;
        let platform = address.platform_url.trim_end_matches('/').to_owned();
        if !(platform.starts_with("http://") || platform.starts_with("https://")) {
            return Err(messages::BAD_PLATFORM_URL.error(&[&address.platform_url]).with_parameter_name("platformURL"));
        }
        let registry = options.types.clone().unwrap_or_else(TypeRegistry::builtin);
        let store = RestStore { http, address, platform, token: RwLock::new(None), registry, options };
        store.renew_token().await?;
        Ok(store)
    }

    /// The address it talks to.
    pub fn address(&self) -> &ServerAddress {
        &self.address
    }

    /// Gets a new token (retrying while the server cannot be reached).
    async fn renew_token(&self) -> Result<()> {
        let url = format!("{}/api/token", self.platform);
        let login = serde_json::json!({"userId": self.address.user_id, "password": self.address.password});
        let mut wait = self.options.backoff;
        let mut attempt = 0;
        loop {
            let sent = self.http.post(&url).timeout(self.options.timeout).json(&login).send().await;
            let failure = match sent {
                Ok(response) if response.status().is_success() => {
                    let token = response.text().await.map_err(|error| self.unreachable(&error))?;
                    *self.token.write().unwrap_or_else(std::sync::PoisonError::into_inner) =
                        Some(token.trim().to_owned());
                    return Ok(());
                }
                Ok(response) if response.status() == StatusCode::UNAUTHORIZED => {
                    return Err(messages::LOGIN_REFUSED.error(&[&self.address.user_id, &self.platform]));
                }
                Ok(response) if retryable_status(response.status()) => self.refused(response.status(), ""),
                Ok(response) => {
                    let status = response.status();
                    let text = response.text().await.unwrap_or_default();
                    return Err(self.refused(status, &text));
                }
                Err(error) => self.unreachable(&error),
            };
            if attempt >= self.options.retries {
                return Err(failure);
            }
            attempt += 1;
            tokio::time::sleep(wait).await;
            wait *= 2;
        }
    }

    fn unreachable(&self, error: &reqwest::Error) -> OmisError {
        messages::SERVER_UNREACHABLE.error(&[&self.platform, &self.address.server_name, &describe(error)])
    }

    fn refused(&self, status: StatusCode, text: &str) -> OmisError {
        let text = text.chars().take(300).collect::<String>();
        messages::SERVER_REFUSED.error(&[&self.address.server_name, &status, &text])
    }

    /// The URL of a store path for `user`, its `{…}` parameters replaced in order.
    fn url(&self, user: &str, path: &str, params: &[&str]) -> String {
        let root = wire::STORE_ROOT
            .replace("{server}", &encode(&self.address.server_name))
            .replace("{userId}", &encode(if user.is_empty() { &self.address.user_id } else { user }));
        let mut path = path.to_owned();
        for param in params {
            if let (Some(open), Some(close)) = (path.find('{'), path.find('}')) {
                path.replace_range(open..=close, &encode(param));
            }
        }
        format!("{}{root}{path}", self.platform)
    }

    /// Sends a request and reads the envelope's payload; retries what can be retried. A write
    /// (`idempotent` false) is retried only when it did not reach the server.
    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        url: &str,
        body: Option<&(dyn ErasedBody + Sync)>,
        idempotent: bool,
        extra_time: Duration,
    ) -> Result<T> {
        let payload = body.map(ErasedBody::to_json).transpose()?;
        let mut wait = self.options.backoff;
        let mut attempt = 0;
        let mut renewed = false;
        loop {
            let outcome = self.attempt::<T>(method.clone(), url, payload.as_deref(), idempotent, extra_time).await;
            let failure = match outcome {
                Attempt::Done(result) => return result,
                Attempt::Unauthorized(error) if renewed => return Err(error),
                Attempt::Unauthorized(_) => {
                    renewed = true;
                    self.renew_token().await?;
                    continue;
                }
                Attempt::Retry(error) => error,
            };
            if attempt >= self.options.retries {
                return Err(failure);
            }
            attempt += 1;
            tokio::time::sleep(wait).await;
            wait *= 2;
        }
    }

    async fn attempt<T: DeserializeOwned>(
        &self,
        method: Method,
        url: &str,
        payload: Option<&[u8]>,
        idempotent: bool,
        extra_time: Duration,
    ) -> Attempt<T> {
        let token = self.token.read().unwrap_or_else(std::sync::PoisonError::into_inner).clone().unwrap_or_default();
        let mut request = self.http.request(method, url).bearer_auth(token).timeout(self.options.timeout + extra_time);
        if let Some(payload) = payload {
            request = request.header(reqwest::header::CONTENT_TYPE, "application/json").body(payload.to_vec());
        }
        let response = match request.send().await {
            Ok(response) => response,
            // A refused connection never reached the server: even a write may go again.
            Err(error) if idempotent || error.is_connect() => return Attempt::Retry(self.unreachable(&error)),
            Err(error) => return Attempt::Done(Err(self.unreachable(&error))),
        };
        let status = response.status();
        if status == StatusCode::UNAUTHORIZED {
            return Attempt::Unauthorized(messages::NOT_AUTHORIZED.error(&[&self.address.user_id, &self.platform]));
        }
        // 429 and 503 say the request was not processed; 502 and 504 are retried only when
        // repeating the request is harmless.
        if status == StatusCode::TOO_MANY_REQUESTS
            || status == StatusCode::SERVICE_UNAVAILABLE
            || (idempotent && retryable_status(status))
        {
            return Attempt::Retry(self.refused(status, ""));
        }
        let bytes = match response.bytes().await {
            Ok(bytes) => bytes,
            Err(error) if idempotent => return Attempt::Retry(self.unreachable(&error)),
            Err(error) => return Attempt::Done(Err(self.unreachable(&error))),
        };
        // An Egeria envelope (also on HTTP 413, which carries one); anything else is the status.
        match serde_json::from_slice::<ResponseEnvelope<T>>(&bytes) {
            Ok(envelope) => Attempt::Done(envelope.into_result()),
            Err(_) if !status.is_success() => {
                Attempt::Done(Err(self.refused(status, &String::from_utf8_lossy(&bytes))))
            }
            Err(error) => Attempt::Done(Err(messages::BAD_RESPONSE.error(&[&self.address.server_name, &error]))),
        }
    }

    async fn post<T: DeserializeOwned>(&self, url: &str, body: &(dyn ErasedBody + Sync)) -> Result<T> {
        self.call(Method::POST, url, Some(body), true, Duration::ZERO).await
    }

    async fn get<T: DeserializeOwned>(&self, url: &str, extra_time: Duration) -> Result<T> {
        self.call(Method::GET, url, None, true, extra_time).await
    }
}

/// The payload of a `VoidResponse`.
#[derive(serde::Deserialize)]
struct Nothing {}

/// A request body, serialized once for all attempts.
trait ErasedBody {
    fn to_json(&self) -> Result<Vec<u8>>;
}

impl<T: Serialize> ErasedBody for T {
    fn to_json(&self) -> Result<Vec<u8>> {
        serde_json::to_vec(self).map_err(|error| messages::CLIENT_FAILED.error(&[&error]))
    }
}

fn retryable_status(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::TOO_MANY_REQUESTS
            | StatusCode::BAD_GATEWAY
            | StatusCode::SERVICE_UNAVAILABLE
            | StatusCode::GATEWAY_TIMEOUT
    )
}

/// The error with its causes (reqwest's own text is often just "error sending request").
fn describe(error: &reqwest::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text = format!("{text}: {cause_text}");
        }
        source = cause.source();
    }
    text
}

/// A path segment, percent-encoded.
fn encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[async_trait]
impl MetadataStore for RestStore {
    fn type_registry(&self) -> Arc<TypeRegistry> {
        Arc::clone(&self.registry)
    }

    async fn execute(&self, context: &RequestContext, batch: WriteBatch) -> Result<Vec<WriteOutcome>> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        let url = self.url(&context.user_id, wire::paths::WRITE_BATCH, &[]);
        let body = WriteBatchRequestBody::new(context, batch.0);
        let outcomes: WriteOutcomesBody = self.call(Method::POST, &url, Some(&body), false, Duration::ZERO).await?;
        Ok(outcomes.outcomes)
    }

    async fn get_element(
        &self,
        context: &RequestContext,
        guid: &str,
        options: GetOptions,
    ) -> Result<Option<OpenMetadataElement>> {
        let url = self.url(&context.user_id, wire::paths::GET_ELEMENT, &[guid]);
        let body: ElementBody = self.post(&url, &GetElementRequestBody::new(context, options)).await?;
        Ok(body.element)
    }

    async fn get_elements(&self, context: &RequestContext, guids: &[Guid]) -> Result<Vec<OpenMetadataElement>> {
        if guids.is_empty() {
            return Ok(Vec::new());
        }
        let url = self.url(&context.user_id, wire::paths::GET_ELEMENTS, &[]);
        let request = GuidsRequestBody {
            class: Some("GUIDListRequestBody".into()),
            source: SourceFields::of(context),
            guids: guids.to_vec(),
        };
        let body: ElementsBody = self.post(&url, &request).await?;
        Ok(body.element_list)
    }

    async fn get_element_by_unique_name(
        &self,
        context: &RequestContext,
        name: &str,
        property_name: &str,
    ) -> Result<Option<OpenMetadataElement>> {
        let url = self.url(&context.user_id, wire::paths::BY_UNIQUE_NAME, &[]);
        let request = UniqueNameRequestBody {
            class: Some("UniqueNameRequestBody".into()),
            source: SourceFields::of(context),
            name: Some(name.to_owned()),
            name_property_name: Some(property_name.to_owned()),
        };
        let body: ElementBody = self.post(&url, &request).await?;
        Ok(body.element)
    }

    async fn find_elements(&self, context: &RequestContext, query: &ElementQuery) -> Result<Vec<OpenMetadataElement>> {
        let url = self.url(&context.user_id, wire::paths::BY_SEARCH_CONDITIONS, &[]);
        let body: ElementsBody = self.post(&url, &QueryRequestBody::new("FindRequestBody", context, query)).await?;
        Ok(body.element_list)
    }

    async fn get_relationship(&self, context: &RequestContext, guid: &str) -> Result<Option<OpenMetadataRelationship>> {
        let url = self.url(&context.user_id, wire::paths::GET_RELATIONSHIP, &[guid]);
        let body: RelationshipBody =
            self.post(&url, &GetElementRequestBody::new(context, GetOptions::default())).await?;
        Ok(body.relationship)
    }

    async fn get_related_elements(
        &self,
        context: &RequestContext,
        query: &RelatedElementsQuery,
    ) -> Result<Vec<RelatedMetadataElement>> {
        let url = self.url(&context.user_id, wire::paths::RELATED_ELEMENTS, &[&query.guid]);
        let request = QueryRequestBody::new("RelatedElementsRequestBody", context, query);
        let body: RelatedElementsBody = self.post(&url, &request).await?;
        Ok(body.element_list)
    }

    async fn find_external_ids(
        &self,
        context: &RequestContext,
        query: &ExternalIdQuery,
    ) -> Result<Vec<ExternalIdentifier>> {
        let url = self.url(&context.user_id, wire::paths::EXTERNAL_IDS, &[]);
        let request = QueryRequestBody::new("ExternalIdQueryRequestBody", context, query);
        let body: ExternalIdsBody = self.post(&url, &request).await?;
        Ok(body.external_identifiers)
    }

    async fn count_external_ids(&self, context: &RequestContext, query: &ExternalIdQuery) -> Result<u64> {
        let url = self.url(&context.user_id, wire::paths::EXTERNAL_ID_COUNT, &[]);
        let request = QueryRequestBody::new("ExternalIdQueryRequestBody", context, query);
        let body: CountBody = self.post(&url, &request).await?;
        Ok(body.count)
    }

    async fn read_change_log(&self, after: u64, limit: u32) -> Result<Vec<ChangeEvent>> {
        let url = format!("{}?after={after}&limit={limit}", self.url("", wire::paths::CHANGE_LOG, &[]));
        let body: ChangeEventsBody = self.get(&url, Duration::ZERO).await?;
        Ok(body.events)
    }

    async fn latest_change_sequence(&self) -> Result<u64> {
        let url = self.url("", wire::paths::CHANGE_LOG_LATEST, &[]);
        let body: SequenceBody = self.get(&url, Duration::ZERO).await?;
        Ok(body.sequence.unwrap_or_default())
    }

    async fn wait_for_changes(&self, after: u64, timeout: Duration) -> Result<u64> {
        // The server caps one poll; a longer wait is several polls.
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let millis = u64::try_from(left.as_millis()).unwrap_or(u64::MAX).min(wire::MAX_WAIT_MILLIS);
            let url =
                format!("{}?after={after}&timeoutMillis={millis}", self.url("", wire::paths::CHANGE_LOG_WAIT, &[]));
            let body: SequenceBody = self.get(&url, Duration::from_millis(millis)).await?;
            let sequence = body.sequence.unwrap_or_default();
            if sequence > after || tokio::time::Instant::now() >= deadline {
                return Ok(sequence);
            }
        }
    }

    async fn load_cursor(&self, name: &str) -> Result<Option<u64>> {
        let url = self.url("", wire::paths::CURSOR, &[name]);
        let body: SequenceBody = self.get(&url, Duration::ZERO).await?;
        Ok(body.sequence)
    }

    async fn save_cursor(&self, name: &str, sequence: u64) -> Result<()> {
        let url = self.url("", wire::paths::CURSOR, &[name]);
        // Saving a position twice is harmless: retried like a read.
        let _: Nothing = self.post(&url, &SequenceBody { sequence: Some(sequence) }).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_segments_are_encoded() {
        assert_eq!(encode("Files::a b/c"), "Files%3A%3Aa%20b%2Fc");
        assert_eq!(encode("abc-1.2_~"), "abc-1.2_~");
    }
}
