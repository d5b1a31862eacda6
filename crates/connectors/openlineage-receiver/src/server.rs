//! The HTTP endpoint of OpenLineage's HTTP transport: `POST /api/v1/lineage` with one run event
//! as JSON. The answer waits for the writer: `201 Created` once the event is committed, `400` with
//! an FFDC JSON error for an invalid event, `503` with the error when it could not be recorded
//! (OpenLineage clients retry on 5xx).

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use integration_daemon_api::FfdcResponse;
use lineage_integrator::{
    ErrorKind, ErrorMessageDefinition, INVALID_OPEN_LINEAGE_EVENT, OmisError, OpenLineageRunEvent,
};
use tokio::sync::{mpsc, oneshot};

use crate::error::OPENLINEAGE_RECEIVER_NOT_RUNNING;
use crate::mapping::check_event;
use crate::writer::{Origin, Pending, Stats};

/// The path OpenLineage's HTTP transport posts to (its default `endpoint`).
pub const LINEAGE_PATH: &str = "/api/v1/lineage";

/// A compressed body (the Python client's `compression = gzip`) is not accepted.
const UNSUPPORTED_ENCODING: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::InvalidParameter,
    id: "OMIS-OPENLINEAGE-RECEIVER-415-001",
    http_code: 415,
    text: "The run event is sent with Content-Encoding {0}; the receiver takes uncompressed JSON only",
    system_action: "The event is not recorded.",
    user_action: "Send the event without compression (leave the transport's compression unset).",
};

#[derive(Clone)]
pub(crate) struct Endpoint {
    pub sender: mpsc::Sender<Pending>,
    pub stats: Arc<Stats>,
    pub connector_name: Arc<str>,
}

/// The receiver's routes.
pub(crate) fn router(endpoint: Endpoint, max_event_bytes: usize) -> Router {
    Router::new().route(LINEAGE_PATH, post(receive)).layer(DefaultBodyLimit::max(max_event_bytes)).with_state(endpoint)
}

async fn receive(State(endpoint): State<Endpoint>, headers: HeaderMap, body: Bytes) -> Response {
    if let Some(encoding) = headers.get(header::CONTENT_ENCODING)
        && !encoding.as_bytes().eq_ignore_ascii_case(b"identity")
    {
        Stats::add(&endpoint.stats.rejected, 1);
        let encoding = String::from_utf8_lossy(encoding.as_bytes()).into_owned();
        return error_response(StatusCode::UNSUPPORTED_MEDIA_TYPE, &UNSUPPORTED_ENCODING.error(&[&encoding]));
    }
    let event = match parse(&body) {
        Ok(event) => event,
        Err(error) => {
            Stats::add(&endpoint.stats.rejected, 1);
            return error_response(StatusCode::BAD_REQUEST, &error);
        }
    };
    Stats::add(&endpoint.stats.received, 1);
    let not_running = || OPENLINEAGE_RECEIVER_NOT_RUNNING.error(&[&endpoint.connector_name]);
    let (reply, outcome) = oneshot::channel();
    if endpoint.sender.send(Pending { event, origin: Origin::Reply(reply) }).await.is_err() {
        return error_response(StatusCode::SERVICE_UNAVAILABLE, &not_running());
    }
    match outcome.await {
        Ok(Ok(())) => StatusCode::CREATED.into_response(),
        Ok(Err(error)) => error_response(StatusCode::SERVICE_UNAVAILABLE, &error),
        Err(_) => error_response(StatusCode::SERVICE_UNAVAILABLE, &not_running()),
    }
}

/// The event in a request body, checked.
fn parse(body: &[u8]) -> lineage_integrator::Result<OpenLineageRunEvent> {
    let text = std::str::from_utf8(body)
        .map_err(|_| INVALID_OPEN_LINEAGE_EVENT.error(&[&"the body is not UTF-8 text"]).with_parameter_name("event"))?;
    let event = OpenLineageRunEvent::from_json(text)?;
    check_event(&event)?;
    Ok(event)
}

/// An error as Egeria's FFDC JSON, with the HTTP status of the answer as its `relatedHTTPCode`.
fn error_response(status: StatusCode, error: &OmisError) -> Response {
    let mut body = FfdcResponse::from_error("VoidResponse", error);
    body.related_http_code = status.as_u16();
    (status, axum::Json(body)).into_response()
}
