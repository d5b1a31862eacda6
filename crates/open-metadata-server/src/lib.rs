//! The omis metadata server: any [`MetadataStore`] over Egeria 6's open-metadata-store REST paths
//! (`integration_daemon_api::wire`), behind bearer tokens, so that daemons on many machines share
//! one repository (their REST driver is `open-metadata-client`).
//!
//! Business errors are HTTP 200 with Egeria's FFDC envelope (`relatedHTTPCode` says what went
//! wrong), as Egeria answers and pyegeria expects; a request without a valid token is a bare HTTP
//! 401; a malformed body is an invalid-parameter envelope; a body over the limit is HTTP 413 with
//! the envelope. A bad request changes nothing.

pub mod auth;
mod messages;
mod store_api;

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use integration_daemon_api::MetadataStore;

pub use auth::{Tokens, platform_router, require_token, unauthorized};

/// The largest request body accepted by default: 64 MiB (a write batch of some 50,000 elements).
pub const DEFAULT_MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

/// What a metadata server serves.
pub struct ServerConfig {
    /// The server's name, in the paths (`/servers/{name}/...`).
    pub server_name: String,
    /// The repository it exposes.
    pub store: Arc<dyn MetadataStore>,
    /// Its users and their tokens.
    pub tokens: Arc<Tokens>,
    /// The largest request body it accepts.
    pub max_body_bytes: usize,
}

impl ServerConfig {
    /// A server named `server_name` for `store`, with these users, and the default body limit.
    pub fn new(server_name: impl Into<String>, store: Arc<dyn MetadataStore>, tokens: Arc<Tokens>) -> ServerConfig {
        ServerConfig { server_name: server_name.into(), store, tokens, max_body_bytes: DEFAULT_MAX_BODY_BYTES }
    }
}

/// The store paths, behind token authentication (no platform paths: see [`router`]).
pub fn store_router(config: &ServerConfig) -> Router {
    let state = store_api::StoreState {
        store: Arc::clone(&config.store),
        server_name: Arc::from(config.server_name.as_str()),
        max_body_bytes: config.max_body_bytes,
    };
    store_api::router(state)
        .layer(axum::middleware::from_fn_with_state(Arc::clone(&config.tokens), require_token))
        .layer(DefaultBodyLimit::max(config.max_body_bytes))
}

/// The whole metadata server: the store paths, the token paths, `/api/about` and the platform
/// origin.
pub fn router(config: &ServerConfig) -> Router {
    let about = format!("omis metadata server {} {}", config.server_name, env!("CARGO_PKG_VERSION"));
    store_router(config).merge(platform_router(Arc::clone(&config.tokens), about))
}
