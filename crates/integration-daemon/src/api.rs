//! The admin REST API: Egeria 6's integration daemon paths and JSON (egeria-framework.md §4,
//! egeria-wire.md §3.2), bearer tokens from `POST /api/token`, and Prometheus `/metrics`.
//!
//! Business errors are HTTP 200 with Egeria's FFDC envelope and `relatedHTTPCode`, as pyegeria
//! expects; a request without a valid token is a bare HTTP 401.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use integration_daemon_api::{Connection, FfdcResponse, OmisError, ResponseEnvelope};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::config::UserConfig;
use crate::daemon::Daemon;
use crate::messages;

/// How long a token lasts.
pub const TOKEN_LIFETIME: Duration = Duration::from_hours(12);

/// The largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Users and the tokens issued to them.
#[derive(Debug, Default)]
pub struct Tokens {
    users: BTreeMap<String, String>,
    issued: Mutex<HashMap<String, (String, Instant)>>,
}

impl Tokens {
    /// The users of a configuration (those without a password are left out).
    pub fn new(users: &[UserConfig]) -> Tokens {
        let users = users
            .iter()
            .filter_map(|user| user.resolved_password().map(|password| (user.user_id.clone(), password)))
            .collect();
        Tokens { users, issued: Mutex::new(HashMap::new()) }
    }

    /// A new token when the user and password match.
    pub fn issue(&self, user_id: &str, password: &str) -> Option<String> {
        let expected = self.users.get(user_id)?;
        if !constant_time_eq(expected.as_bytes(), password.as_bytes()) {
            return None;
        }
        let token = format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
        let mut issued = self.issued.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = Instant::now();
        issued.retain(|_, (_, expires)| *expires > now);
        issued.insert(token.clone(), (user_id.to_owned(), now + TOKEN_LIFETIME));
        Some(token)
    }

    /// The user a token was issued to, while it is valid.
    pub fn user_of(&self, token: &str) -> Option<String> {
        let issued = self.issued.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        issued.get(token).filter(|(_, expires)| *expires > Instant::now()).map(|(user, _)| user.clone())
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// What the handlers share.
#[derive(Clone)]
pub struct ApiState {
    /// The daemon.
    pub daemon: Arc<Daemon>,
    /// Users and tokens.
    pub tokens: Arc<Tokens>,
}

/// The admin API of a daemon.
pub fn router(state: ApiState) -> Router {
    let base = "/servers/{server}/open-metadata/integration-daemon";
    let protected = Router::new()
        .route(&format!("{base}/status"), get(status))
        .route(&format!("{base}/integration-connectors/refresh"), post(refresh))
        .route(&format!("{base}/integration-connectors/restart"), post(restart))
        .route(&format!("{base}/integration-connectors/{{name}}/configuration-properties"), get(get_properties))
        .route(&format!("{base}/integration-connectors/configuration-properties"), post(update_properties))
        .route(&format!("{base}/integration-connectors/{{name}}/endpoint-network-address"), post(update_endpoint))
        .route(&format!("{base}/integration-connectors/{{name}}/connection"), post(update_connection))
        .route(&format!("{base}/publish-open-lineage-event"), post(publish_open_lineage_event))
        .route_layer(middleware::from_fn_with_state(state.clone(), authenticate));
    Router::new()
        .route("/api/token", post(token))
        .route("/servers/{server}/api/token", post(server_token))
        .route("/api/about", get(about))
        .route("/open-metadata/platform-services/server-platform/origin", get(about))
        .route("/open-metadata/platform-services/users/{user}/server-platform/origin", get(about))
        .route("/metrics", get(metrics))
        .merge(protected)
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}

async fn authenticate(State(state): State<ApiState>, request: Request, next: Next) -> Response {
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer ")))
        .map(str::trim);
    match token.and_then(|token| state.tokens.user_of(token)) {
        Some(_) => next.run(request).await,
        None => unauthorized(),
    }
}

fn unauthorized() -> Response {
    let error = messages::NOT_AUTHENTICATED.error(&[]);
    (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")], error.to_string()).into_response()
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct LoginRequest {
    user_id: String,
    password: String,
}

async fn token(State(state): State<ApiState>, body: Bytes) -> Response {
    let Ok(login) = serde_json::from_slice::<LoginRequest>(&body) else {
        return (StatusCode::BAD_REQUEST, "the body must be {\"userId\": \"...\", \"password\": \"...\"}")
            .into_response();
    };
    match state.tokens.issue(&login.user_id, &login.password) {
        Some(token) => ([(header::CONTENT_TYPE, "text/plain")], token).into_response(),
        None => (StatusCode::UNAUTHORIZED, messages::BAD_CREDENTIALS.error(&[]).to_string()).into_response(),
    }
}

async fn server_token(State(state): State<ApiState>, Path(_server): Path<String>, body: Bytes) -> Response {
    token(State(state), body).await
}

async fn about() -> impl IntoResponse {
    format!("omis integration daemon {}", env!("CARGO_PKG_VERSION"))
}

/// An Egeria response: HTTP 200 with the envelope.
fn envelope<T: Serialize + Default>(class: &str, result: Result<T, OmisError>) -> Response {
    match result {
        Ok(body) => Json(ResponseEnvelope::ok(class, body)).into_response(),
        Err(error) => Json(ResponseEnvelope::<T>::error(class, &error)).into_response(),
    }
}

fn void(result: Result<(), OmisError>) -> Response {
    match result {
        Ok(()) => Json(FfdcResponse::ok("VoidResponse")).into_response(),
        Err(error) => Json(FfdcResponse::from_error("VoidResponse", &error)).into_response(),
    }
}

/// Fails unless the path names this daemon.
fn check_server(state: &ApiState, server: &str) -> Result<(), OmisError> {
    if server == state.daemon.name() {
        Ok(())
    } else {
        Err(messages::UNKNOWN_SERVER.error(&[&server, &state.daemon.name()]).with_parameter_name("serverName"))
    }
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct StatusBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    integration_daemon_status: Option<Value>,
}

async fn status(State(state): State<ApiState>, Path(server): Path<String>) -> Response {
    let result = check_server(&state, &server).map(|()| {
        let reports = state.daemon.reports();
        StatusBody { integration_daemon_status: Some(json!({ "integrationConnectorReports": reports })) }
    });
    envelope("IntegrationDaemonStatusResponse", result)
}

#[derive(Debug, Deserialize)]
struct NameRequestBody {
    #[serde(default)]
    name: Option<String>,
}

/// The optional `NameRequestBody`: no body (or no name, or "all") means every connector.
fn optional_name(body: &Bytes, operation: &str) -> Result<Option<String>, OmisError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let request: NameRequestBody = serde_json::from_slice(body)
        .map_err(|error| messages::BAD_REQUEST_BODY.error(&[&operation, &error]).with_parameter_name("requestBody"))?;
    Ok(request.name.filter(|name| !name.is_empty() && !name.eq_ignore_ascii_case("all")))
}

async fn refresh(State(state): State<ApiState>, Path(server): Path<String>, body: Bytes) -> Response {
    let result = check_server(&state, &server)
        .and_then(|()| optional_name(&body, "refresh"))
        .and_then(|name| state.daemon.refresh(name.as_deref()));
    void(result)
}

async fn restart(State(state): State<ApiState>, Path(server): Path<String>, body: Bytes) -> Response {
    let result = check_server(&state, &server)
        .and_then(|()| optional_name(&body, "restart"))
        .and_then(|name| state.daemon.restart(name.as_deref()));
    void(result)
}

#[derive(Debug, Default, Serialize)]
struct PropertiesBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<BTreeMap<String, Value>>,
}

async fn get_properties(State(state): State<ApiState>, Path((server, name)): Path<(String, String)>) -> Response {
    let result = check_server(&state, &server).and_then(|()| state.daemon.handler(&name)).map(|handler| {
        let properties = handler.connection().configuration_properties;
        PropertiesBody { properties: Some(properties.into_iter().collect()) }
    });
    envelope("PropertiesResponse", result)
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ConnectorConfigPropertiesRequestBody {
    #[serde(default)]
    connector_name: Option<String>,
    #[serde(default, alias = "isMergeUpdate")]
    merge_update: bool,
    #[serde(default)]
    configuration_properties: Option<BTreeMap<String, Value>>,
}

fn parse_body<T: serde::de::DeserializeOwned>(body: &Bytes, operation: &str) -> Result<T, OmisError> {
    serde_json::from_slice(body)
        .map_err(|error| messages::BAD_REQUEST_BODY.error(&[&operation, &error]).with_parameter_name("requestBody"))
}

async fn update_properties(State(state): State<ApiState>, Path(server): Path<String>, body: Bytes) -> Response {
    let result = check_server(&state, &server)
        .and_then(|()| parse_body::<ConnectorConfigPropertiesRequestBody>(&body, "updateConfigurationProperties"))
        .and_then(|request| {
            state.daemon.update_configuration_properties(
                request.connector_name.as_deref(),
                request.merge_update,
                &request.configuration_properties.unwrap_or_default(),
            )
        });
    void(result)
}

#[derive(Debug, Deserialize)]
struct StringRequestBody {
    string: String,
}

async fn update_endpoint(
    State(state): State<ApiState>,
    Path((server, name)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let result = check_server(&state, &server)
        .and_then(|()| parse_body::<StringRequestBody>(&body, "updateEndpointNetworkAddress"))
        .and_then(|request| state.daemon.update_endpoint_address(&name, request.string));
    void(result)
}

async fn update_connection(
    State(state): State<ApiState>,
    Path((server, name)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let result = check_server(&state, &server)
        .and_then(|()| parse_body::<Connection>(&body, "updateConnectorConnection"))
        .and_then(|connection| state.daemon.update_connection(&name, connection));
    void(result)
}

/// Egeria's daemon path for OpenLineage events: the raw event is published to the OpenLineage
/// listeners of the daemon's lineage connectors, which are then told to take it.
async fn publish_open_lineage_event(
    State(state): State<ApiState>,
    Path(server): Path<String>,
    body: Bytes,
) -> Response {
    let result = check_server(&state, &server)
        .and_then(|()| state.daemon.check_running())
        .and_then(|()| {
            let text = std::str::from_utf8(&body).map_err(|error| {
                messages::BAD_REQUEST_BODY.error(&[&"publishOpenLineageEvent", &error]).with_parameter_name("event")
            })?;
            lineage_integrator::open_lineage_bus().publish_json(text)
        })
        .map(|_listeners| state.daemon.notify_service_events());
    void(result)
}

/// Prometheus text exposition of the per-connector counters.
async fn metrics(State(state): State<ApiState>, _headers: HeaderMap) -> Response {
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], render_metrics(&state.daemon)).into_response()
}

/// The `/metrics` text.
pub fn render_metrics(daemon: &Daemon) -> String {
    type Metric = fn(&crate::host::ConnectorMetrics) -> f64;
    let states = daemon.states();
    let mut out = String::new();
    #[allow(clippy::cast_precision_loss, reason = "counters far below 2^52")]
    let families: [(&str, &str, &str, Metric); 9] = [
        ("omis_connector_refreshes_total", "counter", "Refreshes finished.", |m| m.refreshes as f64),
        ("omis_connector_failures_total", "counter", "Connector calls that failed.", |m| m.failures as f64),
        ("omis_connector_elements_created_total", "counter", "Elements created.", |m| m.created as f64),
        ("omis_connector_elements_updated_total", "counter", "Elements updated.", |m| m.updated as f64),
        ("omis_connector_elements_unchanged_total", "counter", "Elements found unchanged.", |m| m.unchanged as f64),
        ("omis_connector_elements_removed_total", "counter", "Elements removed.", |m| m.removed as f64),
        ("omis_connector_refresh_seconds_total", "counter", "Seconds spent refreshing.", |m| m.refresh_seconds_total),
        ("omis_connector_last_refresh_seconds", "gauge", "Duration of the last refresh.", |m| m.last_refresh_seconds),
        ("omis_connector_events_delivered_total", "counter", "Listener events delivered.", |m| {
            m.events_delivered as f64
        }),
    ];
    for (name, kind, help, value) in families {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
        for state in &states {
            let connector = escape_label(&state.settings.identity.connector_name);
            let _ = writeln!(out, "{name}{{connector=\"{connector}\"}} {}", value(&state.metrics));
        }
    }
    let _ = writeln!(
        out,
        "# HELP omis_connector_status Connector status (1 for the current one).\n# TYPE omis_connector_status gauge"
    );
    for state in &states {
        let connector = escape_label(&state.settings.identity.connector_name);
        let current = state.status.map_or("RESET", integration_daemon_api::ConnectorStatus::as_str);
        let _ = writeln!(out, "omis_connector_status{{connector=\"{connector}\",status=\"{current}\"}} 1");
    }
    out
}

fn escape_label(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}
