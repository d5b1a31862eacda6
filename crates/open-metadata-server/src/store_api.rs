//! The open-metadata-store paths (`integration_daemon_api::wire`) over a [`MetadataStore`].

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use integration_daemon_api::wire::{
    self, ChangeEventsBody, CountBody, ElementBody, ElementQueryRequestBody, ElementsBody, ExternalIdQueryRequestBody,
    ExternalIdsBody, GetElementRequestBody, GuidBody, GuidsRequestBody, RelatedElementsBody,
    RelatedElementsRequestBody, RelationshipBody, SequenceBody, TypeNamesBody, UniqueNameRequestBody,
    WriteBatchRequestBody, WriteOutcomesBody,
};
use integration_daemon_api::{
    FfdcResponse, MetadataStore, OmisError, RelatedElementsQuery, ResponseEnvelope, WriteBatch,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::messages;

/// What the store handlers share.
#[derive(Clone)]
pub(crate) struct StoreState {
    pub(crate) store: Arc<dyn MetadataStore>,
    pub(crate) server_name: Arc<str>,
    pub(crate) max_body_bytes: usize,
}

type Params = Path<HashMap<String, String>>;
type Body = Result<Bytes, BytesRejection>;

/// The store routes, relative to the server root.
pub(crate) fn router(state: StoreState) -> Router {
    let at = |path: &str| format!("{}{path}", wire::STORE_ROOT);
    Router::new()
        .route(&at(wire::paths::WRITE_BATCH), post(write_batch))
        .route(&at(wire::paths::GET_ELEMENTS), post(get_elements))
        .route(&at(wire::paths::BY_UNIQUE_NAME), post(by_unique_name))
        .route(&at(wire::paths::GUID_BY_UNIQUE_NAME), post(guid_by_unique_name))
        .route(&at(wire::paths::BY_SEARCH_CONDITIONS), post(find_elements))
        .route(&at(wire::paths::BY_SEARCH_STRING), post(find_elements))
        .route(&at(wire::paths::GET_ELEMENT), post(get_element).get(get_element))
        .route(&at(wire::paths::RELATED_ELEMENTS), post(related_elements))
        .route(&at(wire::paths::GET_RELATIONSHIP), post(get_relationship).get(get_relationship))
        .route(&at(wire::paths::EXTERNAL_IDS), post(find_external_ids))
        .route(&at(wire::paths::EXTERNAL_ID_COUNT), post(count_external_ids))
        .route(&at(wire::paths::CHANGE_LOG), get(read_change_log))
        .route(&at(wire::paths::CHANGE_LOG_LATEST), get(latest_change))
        .route(&at(wire::paths::CHANGE_LOG_WAIT), get(wait_for_changes))
        .route(&at(wire::paths::CURSOR), get(load_cursor).post(save_cursor))
        .route(&at(wire::paths::TYPES), get(type_names))
        .with_state(state)
}

/// An Egeria response: HTTP 200 with the envelope (a body over the limit: HTTP 413 with it).
fn envelope<T: Serialize + Default>(class: &str, result: Result<T, OmisError>) -> Response {
    match result {
        Ok(body) => Json(ResponseEnvelope::ok(class, body)).into_response(),
        Err(error) if error.http_code() == 413 => {
            (StatusCode::PAYLOAD_TOO_LARGE, Json(ResponseEnvelope::<T>::error(class, &error))).into_response()
        }
        Err(error) => Json(ResponseEnvelope::<T>::error(class, &error)).into_response(),
    }
}

fn void(result: Result<(), OmisError>) -> Response {
    match result {
        Ok(()) => Json(FfdcResponse::ok("VoidResponse")).into_response(),
        Err(error) => Json(FfdcResponse::from_error("VoidResponse", &error)).into_response(),
    }
}

impl StoreState {
    /// The acting user of a path, once its server name is checked.
    fn user(&self, params: &HashMap<String, String>) -> Result<String, OmisError> {
        let server = params.get("server").map(String::as_str).unwrap_or_default();
        if server != &*self.server_name {
            return Err(messages::UNKNOWN_SERVER
                .error(&[&server, &self.server_name])
                .with_parameter_name("serverName"));
        }
        Ok(params.get("userId").cloned().unwrap_or_default())
    }

    /// The request body as `T`; an empty body is `T::default()` when `T` allows it.
    fn body<T: DeserializeOwned>(&self, body: Body, operation: &str) -> Result<T, OmisError> {
        let bytes = body.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                messages::BODY_TOO_LARGE.error(&[&operation, &self.max_body_bytes]).with_parameter_name("requestBody")
            } else {
                messages::BAD_REQUEST_BODY.error(&[&operation, &rejection]).with_parameter_name("requestBody")
            }
        })?;
        let bytes: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) { b"{}" } else { &bytes };
        serde_json::from_slice(bytes)
            .map_err(|error| messages::BAD_REQUEST_BODY.error(&[&operation, &error]).with_parameter_name("requestBody"))
    }
}

fn param<'a>(params: &'a HashMap<String, String>, name: &str) -> &'a str {
    params.get(name).map(String::as_str).unwrap_or_default()
}

async fn write_batch(State(state): State<StoreState>, Path(params): Params, body: Body) -> Response {
    let result = async {
        let user = state.user(&params)?;
        let request: WriteBatchRequestBody = state.body(body, "writeBatch")?;
        let outcomes = state.store.execute(&request.source.context(&user), WriteBatch(request.operations)).await?;
        Ok(WriteOutcomesBody { outcomes })
    };
    envelope("WriteOutcomesResponse", result.await)
}

async fn get_element(State(state): State<StoreState>, Path(params): Params, body: Body) -> Response {
    let result = async {
        let user = state.user(&params)?;
        let request: GetElementRequestBody = state.body(body, "getMetadataElementByGUID")?;
        let guid = param(&params, "elementGUID");
        let element = state.store.get_element(&request.source.context(&user), guid, request.options()).await?;
        Ok(ElementBody { element })
    };
    envelope("OpenMetadataElementResponse", result.await)
}

async fn get_elements(State(state): State<StoreState>, Path(params): Params, body: Body) -> Response {
    let result = async {
        let user = state.user(&params)?;
        let request: GuidsRequestBody = state.body(body, "getMetadataElementsByGUIDs")?;
        let element_list = state.store.get_elements(&request.source.context(&user), &request.guids).await?;
        Ok(ElementsBody { element_list })
    };
    envelope("OpenMetadataElementsResponse", result.await)
}

async fn unique_name(
    state: &StoreState,
    params: &HashMap<String, String>,
    body: Body,
    operation: &str,
) -> Result<Option<integration_daemon_api::OpenMetadataElement>, OmisError> {
    let user = state.user(params)?;
    let request: UniqueNameRequestBody = state.body(body, operation)?;
    let name = request.name.as_deref().unwrap_or_default();
    let property = request.name_property_name.as_deref().unwrap_or("qualifiedName");
    state.store.get_element_by_unique_name(&request.source.context(&user), name, property).await
}

async fn by_unique_name(State(state): State<StoreState>, Path(params): Params, body: Body) -> Response {
    let result = unique_name(&state, &params, body, "getMetadataElementByUniqueName").await;
    envelope("OpenMetadataElementResponse", result.map(|element| ElementBody { element }))
}

async fn guid_by_unique_name(State(state): State<StoreState>, Path(params): Params, body: Body) -> Response {
    let result = unique_name(&state, &params, body, "getMetadataElementGUIDByUniqueName").await;
    envelope("GUIDResponse", result.map(|element| GuidBody { guid: element.map(|element| element.guid) }))
}

async fn find_elements(State(state): State<StoreState>, Path(params): Params, body: Body) -> Response {
    let result = async {
        let user = state.user(&params)?;
        let request: ElementQueryRequestBody = state.body(body, "findMetadataElements")?;
        let element_list = state.store.find_elements(&request.source.context(&user), &request.query).await?;
        Ok(ElementsBody { element_list })
    };
    envelope("OpenMetadataElementsResponse", result.await)
}

async fn related_elements(State(state): State<StoreState>, Path(params): Params, body: Body) -> Response {
    let result = async {
        let user = state.user(&params)?;
        let request: RelatedElementsRequestBody = state.body(body, "getRelatedMetadataElements")?;
        let query = RelatedElementsQuery { guid: param(&params, "elementGUID").to_owned(), ..request.query };
        let element_list = state.store.get_related_elements(&request.source.context(&user), &query).await?;
        Ok(RelatedElementsBody { element_list })
    };
    envelope("RelatedMetadataElementListResponse", result.await)
}

async fn get_relationship(State(state): State<StoreState>, Path(params): Params, body: Body) -> Response {
    let result = async {
        let user = state.user(&params)?;
        let request: GetElementRequestBody = state.body(body, "getRelationshipByGUID")?;
        let guid = param(&params, "relationshipGUID");
        let relationship = state.store.get_relationship(&request.source.context(&user), guid).await?;
        Ok(RelationshipBody { relationship })
    };
    envelope("OpenMetadataRelationshipResponse", result.await)
}

async fn find_external_ids(State(state): State<StoreState>, Path(params): Params, body: Body) -> Response {
    let result = async {
        let user = state.user(&params)?;
        let request: ExternalIdQueryRequestBody = state.body(body, "findExternalIdentifiers")?;
        let external_identifiers =
            state.store.find_external_ids(&request.source.context(&user), &request.query).await?;
        Ok(ExternalIdsBody { external_identifiers })
    };
    envelope("ExternalIdentifiersResponse", result.await)
}

async fn count_external_ids(State(state): State<StoreState>, Path(params): Params, body: Body) -> Response {
    let result = async {
        let user = state.user(&params)?;
        let request: ExternalIdQueryRequestBody = state.body(body, "countExternalIdentifiers")?;
        let count = state.store.count_external_ids(&request.source.context(&user), &request.query).await?;
        Ok(CountBody { count })
    };
    envelope("CountResponse", result.await)
}

/// A numeric query parameter (absent: `default`).
fn number(query: &HashMap<String, String>, name: &str, operation: &str, default: u64) -> Result<u64, OmisError> {
    match query.get(name) {
        None => Ok(default),
        Some(text) => text.parse().map_err(|error| {
            messages::BAD_QUERY_PARAMETER.error(&[&name, &operation, &error]).with_parameter_name(name)
        }),
    }
}

async fn read_change_log(
    State(state): State<StoreState>,
    Path(params): Params,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let result = async {
        state.user(&params)?;
        let after = number(&query, "after", "readChangeLog", 0)?;
        let limit = u32::try_from(number(&query, "limit", "readChangeLog", 0)?).unwrap_or(u32::MAX);
        Ok(ChangeEventsBody { events: state.store.read_change_log(after, limit).await? })
    };
    envelope("ChangeEventsResponse", result.await)
}

async fn latest_change(State(state): State<StoreState>, Path(params): Params) -> Response {
    let result = async {
        state.user(&params)?;
        Ok(SequenceBody { sequence: Some(state.store.latest_change_sequence().await?) })
    };
    envelope("SequenceResponse", result.await)
}

async fn wait_for_changes(
    State(state): State<StoreState>,
    Path(params): Params,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let result = async {
        state.user(&params)?;
        let after = number(&query, "after", "waitForChanges", 0)?;
        let millis = number(&query, "timeoutMillis", "waitForChanges", 0)?.min(wire::MAX_WAIT_MILLIS);
        let sequence = state.store.wait_for_changes(after, Duration::from_millis(millis)).await?;
        Ok(SequenceBody { sequence: Some(sequence) })
    };
    envelope("SequenceResponse", result.await)
}

async fn load_cursor(State(state): State<StoreState>, Path(params): Params) -> Response {
    let result = async {
        state.user(&params)?;
        Ok(SequenceBody { sequence: state.store.load_cursor(param(&params, "cursorName")).await? })
    };
    envelope("SequenceResponse", result.await)
}

async fn save_cursor(State(state): State<StoreState>, Path(params): Params, body: Body) -> Response {
    let result = async {
        state.user(&params)?;
        let request: SequenceBody = state.body(body, "saveCursor")?;
        let sequence = request.sequence.ok_or_else(|| {
            messages::BAD_REQUEST_BODY.error(&[&"saveCursor", &"no sequence"]).with_parameter_name("sequence")
        })?;
        state.store.save_cursor(param(&params, "cursorName"), sequence).await
    };
    void(result.await)
}

async fn type_names(State(state): State<StoreState>, Path(params): Params) -> Response {
    let result = state.user(&params).map(|_| {
        let registry = state.store.type_registry();
        TypeNamesBody { type_names: registry.types().iter().map(|def| def.name.clone()).collect() }
    });
    envelope("TypeNamesResponse", result)
}
