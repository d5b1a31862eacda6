//! The metadata server's answers to good and bad requests, through its router (no network): a
//! missing token, bad JSON, an unknown type and an oversized body each get the right error and
//! change nothing.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use integration_daemon_api::MetadataStore;
use open_metadata_server::{ServerConfig, Tokens};
use serde_json::{Value, json};
use tower::ServiceExt;

const ROOT: &str = "/servers/store/open-metadata/access-services/open-metadata-store/users/alice";

struct Server {
    router: Router,
    store: Arc<dyn MetadataStore>,
    token: String,
    _directory: tempfile::TempDir,
}

async fn server(max_body_bytes: usize) -> Server {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let store = open_metadata_store::SqliteStore::open_shared(
        directory.path().join("omis.db"),
        open_metadata_store::StoreOptions::default(),
    )
    .await
    .expect("the repository opens");
    let tokens = Arc::new(Tokens::new([("alice".to_owned(), "pw".to_owned())]));
    let token = tokens.issue("alice", "pw").expect("a token");
    let mut config = ServerConfig::new("store", Arc::clone(&store), tokens);
    config.max_body_bytes = max_body_bytes;
    Server { router: open_metadata_server::router(&config), store, token, _directory: directory }
}

async fn send(server: &Server, path: &str, body: &str, token: Option<&str>) -> (StatusCode, String) {
    let mut request = Request::post(format!("{ROOT}{path}")).header(header::CONTENT_TYPE, "application/json");
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let response =
        server.router.clone().oneshot(request.body(Body::from(body.to_owned())).unwrap()).await.expect("an answer");
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("the body");
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("expected JSON, got {text:?}: {error}"))
}

async fn changes(server: &Server) -> u64 {
    server.store.latest_change_sequence().await.expect("the change log")
}

fn create_batch(type_name: &str, name: &str) -> String {
    json!({
        "class": "WriteBatchRequestBody",
        "operations": [{"op": "createElement", "typeName": type_name, "properties": {
            "class": "ElementProperties",
            "propertyValueMap": {"qualifiedName": {"class": "PrimitiveTypePropertyValue", "typeName": "string",
                "primitiveTypeCategory": "OM_PRIMITIVE_TYPE_STRING", "primitiveValue": name}}
        }}]
    })
    .to_string()
}

#[tokio::test]
async fn a_batch_creates_and_a_read_finds_it() {
    let server = server(1 << 20).await;
    let (status, text) =
        send(&server, "/metadata-elements/write-batch", &create_batch("DataSet", "ds::one"), Some(&server.token)).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let answer = json_of(&text);
    assert_eq!(answer["class"], "WriteOutcomesResponse");
    assert_eq!(answer["relatedHTTPCode"], 200);
    let guid = answer["outcomes"][0]["guid"].as_str().expect("the new element's GUID").to_owned();
    let (_, text) = send(&server, &format!("/metadata-elements/{guid}"), "", Some(&server.token)).await;
    let answer = json_of(&text);
    assert_eq!(answer["class"], "OpenMetadataElementResponse");
    assert_eq!(answer["element"]["elementGUID"], guid.as_str());
    let (_, text) = send(
        &server,
        "/metadata-elements/by-search-string",
        r#"{"class":"SearchStringRequestBody","searchString":"zzz"}"#,
        Some(&server.token),
    )
    .await;
    let answer = json_of(&text);
    assert_eq!(answer["relatedHTTPCode"], 200);
    assert!(answer.get("elementList").is_none(), "an empty find has no list (nulls omitted): {answer}");
}

#[tokio::test]
async fn a_request_without_a_valid_token_is_refused_with_401() {
    let server = server(1 << 20).await;
    for token in [None, Some("forged")] {
        let (status, _) =
            send(&server, "/metadata-elements/write-batch", &create_batch("DataSet", "ds::x"), token).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "token {token:?}");
    }
    assert_eq!(changes(&server).await, 0, "nothing was written");
}

#[tokio::test]
async fn bad_json_is_an_invalid_parameter_envelope() {
    let server = server(1 << 20).await;
    for body in ["{not json", r#"{"operations": 7}"#, r#"{"operations": [{"op": "noSuchOperation"}]}"#] {
        let (status, text) = send(&server, "/metadata-elements/write-batch", body, Some(&server.token)).await;
        assert_eq!(status, StatusCode::OK, "business errors travel in the envelope");
        let answer = json_of(&text);
        assert_eq!(answer["relatedHTTPCode"], 400, "{answer}");
        assert_eq!(answer["exceptionErrorMessageId"], "OMIS-OPEN-METADATA-SERVER-400-003", "{answer}");
        assert!(answer["exceptionClassName"].as_str().unwrap_or_default().ends_with("InvalidParameterException"));
        assert_eq!(answer["exceptionProperties"]["parameterName"], "requestBody");
    }
    assert_eq!(changes(&server).await, 0, "nothing was written");
}

#[tokio::test]
async fn an_unknown_type_is_refused_and_nothing_of_the_batch_is_written() {
    let server = server(1 << 20).await;
    let body = json!({"operations": [
        {"op": "createElement", "typeName": "DataSet", "properties": {"propertyValueMap": {"qualifiedName": {"class": "PrimitiveTypePropertyValue", "typeName": "string", "primitiveValue": "ds::kept-out"}}}},
        {"op": "createElement", "typeName": "NoSuchType"}
    ]});
    let (_, text) = send(&server, "/metadata-elements/write-batch", &body.to_string(), Some(&server.token)).await;
    let answer = json_of(&text);
    assert_eq!(answer["relatedHTTPCode"], 400, "{answer}");
    assert!(answer["exceptionErrorMessage"].as_str().unwrap_or_default().contains("NoSuchType"), "{answer}");
    assert_eq!(changes(&server).await, 0, "the batch is one transaction: nothing was written");
}

#[tokio::test]
async fn an_oversized_body_is_refused_with_413() {
    let server = server(4096).await;
    let big = create_batch("DataSet", &"x".repeat(10_000));
    let (status, text) = send(&server, "/metadata-elements/write-batch", &big, Some(&server.token)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    let answer = json_of(&text);
    assert_eq!(answer["relatedHTTPCode"], 413);
    assert_eq!(answer["exceptionErrorMessageId"], "OMIS-OPEN-METADATA-SERVER-413-004");
    assert_eq!(changes(&server).await, 0, "nothing was written");
}

#[tokio::test]
async fn another_servers_name_is_a_404_envelope() {
    let server = server(1 << 20).await;
    let request = Request::post("/servers/elsewhere/open-metadata/access-services/open-metadata-store/users/alice/metadata-elements/by-search-string")
        .header(header::AUTHORIZATION, format!("Bearer {}", server.token))
        .body(Body::from("{}"))
        .unwrap();
    let response = server.router.clone().oneshot(request).await.expect("an answer");
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("the body");
    let answer = json_of(&String::from_utf8_lossy(&bytes));
    assert_eq!(answer["relatedHTTPCode"], 404, "{answer}");
}

#[tokio::test]
async fn tokens_and_liveness_answer_as_text() {
    let server = server(1 << 20).await;
    for path in ["/api/token", "/servers/store/api/token"] {
        let request = Request::post(path).body(Body::from(r#"{"userId":"alice","password":"pw"}"#)).unwrap();
        let response = server.router.clone().oneshot(request).await.expect("an answer");
        assert_eq!(response.status(), StatusCode::OK);
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("the token");
        assert!(!bytes.is_empty() && !bytes.starts_with(b"{"), "the token is text");
        let wrong = Request::post(path).body(Body::from(r#"{"userId":"alice","password":"no"}"#)).unwrap();
        assert_eq!(server.router.clone().oneshot(wrong).await.unwrap().status(), StatusCode::UNAUTHORIZED);
    }
    for path in ["/api/about", "/open-metadata/platform-services/server-platform/origin"] {
        let response =
            server.router.clone().oneshot(Request::get(path).body(Body::empty()).unwrap()).await.expect("an answer");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
    }
}
