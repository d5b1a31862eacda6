//! The admin REST API through `Router::oneshot`: tokens, Egeria's paths and envelopes, metrics.

mod support;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use integration_daemon::api::{ApiState, router, tokens_of};
use integration_daemon::config::UserConfig;
use integration_daemon_api::ConnectorStatus;
use serde_json::{Value, json};
use support::{TestProvider, connector, daemon, is, registry, repository, wait_for};
use tower::ServiceExt;

const BASE: &str = "/servers/qs-daemon/open-metadata/integration-daemon";

struct Api {
    router: Router,
    daemon: Arc<integration_daemon::Daemon>,
    _dir: tempfile::TempDir,
}

async fn api() -> (Api, Arc<support::Behaviour>) {
    let (dir, store) = repository().await;
    let (provider, behaviour) = TestProvider::new("test.api");
    let text = format!(
        "[daemon]\nname = \"qs-daemon\"\n{}{}",
        connector("Alpha", "test.api", "refreshTimeInterval = 0"),
        connector("Beta", "test.api", "refreshTimeInterval = 0")
    );
    let daemon = daemon(&text, registry(vec![provider]), store, false);
    wait_for(&daemon, "Alpha", "WAITING", is(ConnectorStatus::Waiting)).await;
    wait_for(&daemon, "Beta", "WAITING", is(ConnectorStatus::Waiting)).await;
    let users = vec![UserConfig { user_id: "garygeeke".into(), password: Some("secret".into()), password_env: None }];
    let router = router(ApiState { daemon: daemon.clone(), tokens: Arc::new(tokens_of(&users)) });
    (Api { router, daemon, _dir: dir }, behaviour)
}

impl Api {
    async fn send(&self, request: Request<Body>) -> (StatusCode, String) {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
        (status, String::from_utf8(bytes.to_vec()).unwrap())
    }

    async fn token(&self) -> String {
        let request = Request::post("/api/token")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(json!({"userId": "garygeeke", "password": "secret"}).to_string()))
            .unwrap();
        let (status, token) = self.send(request).await;
        assert_eq!(status, StatusCode::OK);
        token
    }

    async fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let token = self.token().await;
        let builder = Request::builder()
            .method(method)
            .uri(format!("{BASE}{path}"))
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::CONTENT_TYPE, "application/json");
        let body = body.map_or_else(Body::empty, |body| Body::from(body.to_string()));
        let (status, text) = self.send(builder.body(body).unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{text}");
        serde_json::from_str(&text).unwrap()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_are_needed_and_issued_only_for_configured_users() {
    let (api, _) = api().await;
    let (status, _) = api.send(Request::get(format!("{BASE}/status")).body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let bad = Request::get(format!("{BASE}/status")).header(header::AUTHORIZATION, "Bearer forged").body(Body::empty());
    assert_eq!(api.send(bad.unwrap()).await.0, StatusCode::UNAUTHORIZED);
    let wrong = Request::post("/servers/qs-daemon/api/token")
        .body(Body::from(json!({"userId": "garygeeke", "password": "guess"}).to_string()))
        .unwrap();
    assert_eq!(api.send(wrong).await.0, StatusCode::UNAUTHORIZED);
    let malformed = Request::post("/api/token").body(Body::from("userId=garygeeke")).unwrap();
    assert_eq!(api.send(malformed).await.0, StatusCode::BAD_REQUEST);
    let token = api.token().await;
    assert!(token.len() >= 32 && !token.contains('"'), "the token is raw text: {token}");
    let (status, about) = api.send(Request::get("/api/about").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(about.starts_with("omis"));
    api.daemon.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_reports_every_connector_in_egeria_shape() {
    let (api, _) = api().await;
    let body = api.call("GET", "/status", None).await;
    assert_eq!(body["class"], "IntegrationDaemonStatusResponse");
    assert_eq!(body["relatedHTTPCode"], 200);
    let reports = body["integrationDaemonStatus"]["integrationConnectorReports"].as_array().unwrap();
    assert_eq!(reports.len(), 2);
    let alpha = &reports[0];
    assert_eq!(alpha["connectorName"], "Alpha");
    assert_eq!(alpha["connectorId"], "Alpha");
    assert_eq!(alpha["connectorGUID"], "Alpha");
    assert_eq!(alpha["connectorStatus"], "WAITING");
    assert_eq!(alpha["minMinutesBetweenRefresh"], 0);
    assert!(alpha["lastRefreshTime"].as_str().unwrap().contains('T'), "ISO-8601: {alpha}");
    assert_eq!(alpha["connection"]["connectorType"]["connectorProviderClassName"], "test.api");
    assert_eq!(alpha["statistics"]["lastRefreshCreated"], 0);
    assert!(alpha.get("failingExceptionMessage").is_none(), "nulls are omitted");
    api.daemon.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refresh_one_or_all_and_unknown_connectors_get_the_egeria_error() {
    let (api, behaviour) = api().await;
    let refreshes = || behaviour.refreshes.load(std::sync::atomic::Ordering::SeqCst);
    assert_eq!(refreshes(), 2);
    // No body: every connector.
    let body = api.call("POST", "/integration-connectors/refresh", None).await;
    assert_eq!(body, json!({"class": "VoidResponse", "relatedHTTPCode": 200}));
    wait_for(&api.daemon, "Beta", "second refresh", |s| s.metrics.refreshes == 2).await;
    wait_for(&api.daemon, "Alpha", "second refresh", |s| s.metrics.refreshes == 2).await;
    // One by name; "all" is all.
    api.call("POST", "/integration-connectors/refresh", Some(json!({"class": "NameRequestBody", "name": "Alpha"})))
        .await;
    wait_for(&api.daemon, "Alpha", "third refresh", |s| s.metrics.refreshes == 3).await;
    assert_eq!(api.daemon.handler("Beta").unwrap().state().metrics.refreshes, 2);
    // Unknown connector: HTTP 200, relatedHTTPCode 400 and Egeria's message id.
    let body = api
        .call("POST", "/integration-connectors/refresh", Some(json!({"class": "NameRequestBody", "name": "Gamma"})))
        .await;
    assert_eq!(body["relatedHTTPCode"], 400);
    assert_eq!(body["exceptionErrorMessageId"], "OMIS-INTEGRATION-DAEMON-400-031");
    assert!(body["exceptionErrorMessage"].as_str().unwrap().contains("Alpha, Beta"), "{body}");
    assert!(body["exceptionClassName"].as_str().unwrap().ends_with(".InvalidParameterException"), "{body}");
    // A malformed body is refused with an envelope, not a panic.
    let token = api.token().await;
    let request = Request::post(format!("{BASE}/integration-connectors/restart"))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::from("{not json"))
        .unwrap();
    let (status, text) = api.send(request).await;
    assert_eq!(status, StatusCode::OK);
    let body: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(body["relatedHTTPCode"], 400);
    assert_eq!(body["exceptionErrorMessageId"], "OMIS-INTEGRATION-DAEMON-400-032");
    // Another server's path.
    let request = Request::get("/servers/other/open-metadata/integration-daemon/status")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    let body: Value = serde_json::from_str(&api.send(request).await.1).unwrap();
    assert_eq!(body["relatedHTTPCode"], 404);
    api.daemon.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configuration_changes_restart_the_connector() {
    let (api, behaviour) = api().await;
    let body = api.call("GET", "/integration-connectors/Alpha/configuration-properties", None).await;
    assert_eq!(body["class"], "PropertiesResponse");
    assert_eq!(body["properties"], json!({"colour": "blue"}));
    let instance = api.daemon.handler("Alpha").unwrap().state().instance_id.unwrap();

    // Merge keeps what is there.
    let merge = json!({"class": "ConnectorConfigPropertiesRequestBody", "connectorName": "Alpha", "mergeUpdate": true,
        "configurationProperties": {"size": 3}});
    assert_eq!(
        api.call("POST", "/integration-connectors/configuration-properties", Some(merge)).await["relatedHTTPCode"],
        200
    );
    let state = wait_for(&api.daemon, "Alpha", "a new instance", |s| {
        s.instance_id.as_ref().is_some_and(|id| *id != instance) && s.status == Some(ConnectorStatus::Waiting)
    })
    .await;
    let body = api.call("GET", "/integration-connectors/Alpha/configuration-properties", None).await;
    assert_eq!(body["properties"], json!({"colour": "blue", "size": 3}));
    // Replace swaps them all.
    let replace = json!({"connectorName": "Alpha", "mergeUpdate": false, "configurationProperties": {"colour": "red"}});
    api.call("POST", "/integration-connectors/configuration-properties", Some(replace)).await;
    wait_for(&api.daemon, "Alpha", "another instance", |s| {
        s.instance_id != state.instance_id && s.status == Some(ConnectorStatus::Waiting)
    })
    .await;
    let body = api.call("GET", "/integration-connectors/Alpha/configuration-properties", None).await;
    assert_eq!(body["properties"], json!({"colour": "red"}));
    assert!(behaviour.calls().contains(&"initialize:red".to_owned()), "the new instance got the new properties");

    // The endpoint address and the whole connection.
    let first = api.daemon.handler("Beta").unwrap().state().instance_id;
    let body = api
        .call(
            "POST",
            "/integration-connectors/Beta/endpoint-network-address",
            Some(json!({"class": "StringRequestBody", "string": "/srv/data"})),
        )
        .await;
    assert_eq!(body["relatedHTTPCode"], 200);
    assert_eq!(api.daemon.handler("Beta").unwrap().connection().network_address(), Some("/srv/data"));
    wait_for(&api.daemon, "Beta", "restarted for the endpoint", |s| {
        s.instance_id.is_some() && s.instance_id != first && s.status == Some(ConnectorStatus::Waiting)
    })
    .await;
    let connection = json!({"class": "Connection", "qualifiedName": "Beta.connection.v2",
        "connectorType": {"class": "ConnectorType", "connectorProviderClassName": "test.api"},
        "configurationProperties": {"colour": "green"}});
    let before = api.daemon.handler("Beta").unwrap().state().instance_id;
    api.call("POST", "/integration-connectors/Beta/connection", Some(connection)).await;
    wait_for(&api.daemon, "Beta", "the new connection", |s| {
        s.settings.connection.qualified_name.as_deref() == Some("Beta.connection.v2")
            && s.instance_id.is_some()
            && s.instance_id != before
            && s.status == Some(ConnectorStatus::Waiting)
    })
    .await;
    assert!(behaviour.calls().contains(&"initialize:green".to_owned()));
    // Restart by name.
    let before = api.daemon.handler("Beta").unwrap().state().instance_id;
    api.call("POST", "/integration-connectors/restart", Some(json!({"class": "NameRequestBody", "name": "Beta"})))
        .await;
    wait_for(&api.daemon, "Beta", "restarted", |s| s.instance_id != before && s.instance_id.is_some()).await;
    api.daemon.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_refreshes_per_connector() {
    let (api, _) = api().await;
    let (status, text) = api.send(Request::get("/metrics").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(text.contains("# TYPE omis_connector_refreshes_total counter"), "{text}");
    assert!(text.contains("omis_connector_refreshes_total{connector=\"Alpha\"} 1"), "{text}");
    assert!(text.contains("omis_connector_status{connector=\"Beta\",status=\"WAITING\"} 1"), "{text}");
    assert!(text.contains("omis_connector_last_refresh_seconds{connector=\"Alpha\"}"), "{text}");
    api.daemon.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_lineage_events_reach_the_lineage_bus() {
    let (api, _) = api().await;
    let bus = lineage_integrator::open_lineage_bus();
    let listener = format!("admin-api-test-{}", std::process::id());
    bus.register(&listener);
    let event = json!({
        "eventType": "COMPLETE",
        "eventTime": "2026-11-23T10:00:00.000Z",
        "run": {"runId": "0194f6c1-5b0e-7a3c-9c1d-2f3e4a5b6c7d"},
        "job": {"namespace": "airflow", "name": "daily_orders"},
        "inputs": [{"namespace": "postgres://db", "name": "public.orders"}],
        "outputs": [{"namespace": "s3://lake", "name": "daily/orders"}],
        "producer": "https://example.com/scheduler",
        "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"
    });
    let body = api.call("POST", "/publish-open-lineage-event", Some(event)).await;
    assert_eq!(body["relatedHTTPCode"], 200, "{body}");
    let taken = bus.take(&listener, 10);
    assert_eq!(taken.len(), 1);
    assert_eq!(taken[0].job.name, "daily_orders");
    // Not a run event: refused with Egeria's envelope, nothing published.
    let body = api.call("POST", "/publish-open-lineage-event", Some(json!({"eventType": "COMPLETE"}))).await;
    assert_eq!(body["relatedHTTPCode"], 400, "{body}");
    assert!(bus.take(&listener, 10).is_empty());
    bus.unregister(&listener);
    api.daemon.shutdown().await;
}
