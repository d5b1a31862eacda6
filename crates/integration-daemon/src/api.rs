//! The admin REST API: Egeria 6's integration daemon paths and JSON (egeria-framework.md §4,
//! egeria-wire.md §3.2), bearer tokens from `POST /api/token`, and Prometheus `/metrics`.
//!
//! Business errors are HTTP 200 with Egeria's FFDC envelope and `relatedHTTPCode`, as pyegeria
//! expects; a request without a valid token is a bare HTTP 401.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use integration_daemon_api::{Connection, FfdcResponse, OmisError, ResponseEnvelope};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::daemon::Daemon;
use crate::messages;

pub use open_metadata_server::Tokens;

/// The tokens of a configuration's users (those without a password are left out).
pub fn tokens_of(users: &[crate::config::UserConfig]) -> Tokens {
    Tokens::new(
        users.iter().filter_map(|user| user.resolved_password().map(|password| (user.user_id.clone(), password))),
    )
}

/// The largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

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
    let about = format!("omis integration daemon {}", env!("CARGO_PKG_VERSION"));
    let platform = open_metadata_server::platform_router(Arc::clone(&state.tokens), about);
    Router::new()
        .route("/metrics", get(metrics))
        .merge(protected)
        .with_state(state)
        .merge(platform)
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
}

async fn authenticate(State(state): State<ApiState>, request: Request, next: Next) -> Response {
    match state.tokens.user_of_request(&request) {
        Some(_) => next.run(request).await,
        None => open_metadata_server::unauthorized(),
    }
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
