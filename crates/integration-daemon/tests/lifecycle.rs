//! The daemon drives connectors through the lifecycle: order, status transitions, failures,
//! panics, slow and blocking connectors, dates, `--once` and shutdown.

mod support;

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use integration_daemon_api::{
    ConnectorStatus, ElementQuery, ErrorKind, MetadataStore, MockConnectorProvider, MockIntegrationConnector,
    MockMetadataStore, RequestContext,
};
use integration_testkit::wait::until;
use support::{TestProvider, connector, daemon, is, registry, repository, wait_for};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_lifecycle_runs_in_egeria_order_and_disconnects_on_shutdown() {
    let (_dir, store) = repository().await;
    let (provider, behaviour) = TestProvider::new("test.ordered");
    // A connector refreshing every 50 ms is the test's clock: no fixed sleeps.
    let (clock, _) = TestProvider::new("test.clock");
    let text = format!(
        "{}{}",
        connector("Ordered", "test.ordered", "refreshTimeInterval = 0"),
        connector("Clock", "test.clock", "refreshTimeInterval = \"50ms\"")
    );
    let daemon = daemon(&text, registry(vec![provider, clock]), store, false);
    wait_for(&daemon, "Ordered", "the first refresh", |s| s.metrics.refreshes == 1).await;
    let state = wait_for(&daemon, "Ordered", "WAITING", is(ConnectorStatus::Waiting)).await;
    assert!(state.last_refresh_time.is_some() && state.instance_id.is_some());

    // Interval 0: no more refreshes unless asked, however many intervals of the clock pass.
    let ticks = daemon.handler("Clock").unwrap().state().metrics.refreshes;
    wait_for(&daemon, "Clock", "six more ticks", |s| s.metrics.refreshes >= ticks + 6).await;
    assert_eq!(behaviour.refreshes.load(Ordering::SeqCst), 1);
    daemon.handler("Ordered").unwrap().refresh_and_wait().await.unwrap();
    assert_eq!(behaviour.refreshes.load(Ordering::SeqCst), 2);

    assert!(daemon.shutdown().await.is_empty());
    assert_eq!(
        behaviour.calls(),
        [
            "initialize:blue",
            "set_audit_log",
            "set_connector_name",
            "set_context",
            "start",
            "refresh",
            "refresh",
            "disconnect"
        ]
    );
    assert_eq!(daemon.handler("Ordered").unwrap().state().status, Some(ConnectorStatus::Shutdown));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mock_connector_is_driven_in_sequence() {
    // The same order with a mockall connector: each call expected once, in sequence.
    let mut sequence = mockall::Sequence::new();
    let mut mock = MockIntegrationConnector::new();
    mock.expect_initialize().times(1).in_sequence(&mut sequence).returning(|_, _| Ok(()));
    mock.expect_set_audit_log().times(1).in_sequence(&mut sequence).return_const(());
    mock.expect_set_connector_name().times(1).in_sequence(&mut sequence).return_const(());
    mock.expect_set_context().times(1).in_sequence(&mut sequence).returning(|_| Ok(()));
    mock.expect_start().times(1).in_sequence(&mut sequence).returning(|| Ok(()));
    mock.expect_refresh().times(1).in_sequence(&mut sequence).returning(|| Ok(()));
    mock.expect_statistics().returning(Default::default);
    mock.expect_deliver_service_events().returning(|| Ok(0));
    mock.expect_disconnect().times(1).in_sequence(&mut sequence).returning(|| Ok(()));
    let mock = Arc::new(std::sync::Mutex::new(Some(mock)));
    let mut provider = MockConnectorProvider::new();
    provider.expect_provider_name().returning(|| "test.mock".to_owned());
    provider.expect_integration_service().return_const(integration_daemon_api::IntegrationService::Files);
    provider.expect_connector_type().returning(|| integration_daemon_api::ConnectorType::for_provider("test.mock"));
    provider.expect_required_configuration_properties().returning(Vec::new);
    provider.expect_requires_endpoint().return_const(false);
    provider.expect_uses_blocking_calls_by_default().return_const(false);
    provider.expect_validate_connection().returning(|_| Vec::new());
    provider.expect_create_connector().times(1).returning(move |_| {
        let mock = mock.lock().unwrap().take().expect("one connector");
        Ok(Box::new(mock))
    });
    let (_dir, store) = repository().await;
    let mut registry = integration_daemon_api::ConnectorRegistry::new();
    registry.register(provider).unwrap();
    let text = "[[connectors]]\nconnectorName = \"Mocked\"\nrefreshTimeInterval = 0\n[connectors.connection]\nprovider = \"test.mock\"\n";
    let daemon = daemon(text, registry, store, false);
    wait_for(&daemon, "Mocked", "the first refresh", |s| s.metrics.refreshes == 1).await;
    assert!(daemon.shutdown().await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_connector_fails_alone_and_comes_back_on_restart() {
    let (_dir, store) = repository().await;
    let (panicky, panics) = TestProvider::new("test.panicky");
    let (steady, steady_behaviour) = TestProvider::new("test.steady");
    *panics.refresh_panic.lock().unwrap() = Some("index out of bounds in the test".into());
    let text = format!(
        "{}{}",
        connector("Panicky", "test.panicky", "refreshTimeInterval = \"100ms\""),
        connector("Steady", "test.steady", "refreshTimeInterval = \"100ms\"")
    );
    let daemon = daemon(&text, registry(vec![panicky, steady]), store, false);
    let failed = wait_for(&daemon, "Panicky", "FAILED", is(ConnectorStatus::Failed)).await;
    let message = failed.failing_message.unwrap();
    assert!(message.contains("panicked") && message.contains("index out of bounds in the test"), "{message}");
    assert_eq!(failed.metrics.failures, 1);

    // The other connector carries on refreshing; the failed one stays FAILED and refuses refreshes.
    let before = steady_behaviour.refreshes.load(Ordering::SeqCst);
    wait_for(&daemon, "Steady", "more refreshes", |s| s.metrics.refreshes >= before as u64 + 3).await;
    let refused = daemon.handler("Panicky").unwrap().refresh_and_wait().await.unwrap_err();
    assert!(refused.to_string().contains("FAILED"), "{refused}");
    assert_eq!(daemon.handler("Panicky").unwrap().state().status, Some(ConnectorStatus::Failed));

    // Restart: a new instance, running again once the fault is gone.
    *panics.refresh_panic.lock().unwrap() = None;
    daemon.restart(Some("Panicky")).unwrap();
    wait_for(&daemon, "Panicky", "refreshes after restart", |s| s.metrics.refreshes >= 2).await;
    assert_eq!(panics.created.load(Ordering::SeqCst), 2);
    assert!(daemon.shutdown().await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_connector_does_not_stop_the_others() {
    let (_dir, store) = repository().await;
    let (failing, failing_behaviour) = TestProvider::new("test.failing");
    let (steady, _) = TestProvider::new("test.steady");
    *failing_behaviour.refresh_error.lock().unwrap() = Some("the source is down".into());
    let text = format!(
        "{}{}",
        connector("Failing", "test.failing", "refreshTimeInterval = \"50ms\""),
        connector("Steady", "test.steady", "refreshTimeInterval = \"50ms\"")
    );
    let daemon = daemon(&text, registry(vec![failing, steady]), store, false);
    let failed = wait_for(&daemon, "Failing", "FAILED", is(ConnectorStatus::Failed)).await;
    assert!(failed.failing_message.unwrap().contains("the source is down"));
    wait_for(&daemon, "Steady", "refreshes", |s| s.metrics.refreshes >= 3).await;
    // FAILED stays until restart: no further refreshes were tried while Steady ran four more.
    let ticks = daemon.handler("Steady").unwrap().state().metrics.refreshes;
    wait_for(&daemon, "Steady", "four more refreshes", |s| s.metrics.refreshes >= ticks + 4).await;
    assert_eq!(failing_behaviour.calls().iter().filter(|call| *call == "refresh").count(), 1);
    assert!(daemon.shutdown().await.is_empty());
    // Disconnected from FAILED too (Egeria only disconnects RUNNING and FAILED; omis any started state).
    assert_eq!(failing_behaviour.calls().last().map(String::as_str), Some("disconnect"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_connector_does_not_delay_the_others() {
    let (_dir, store) = repository().await;
    let (slow, slow_behaviour) = TestProvider::new("test.slow");
    let (quick, _) = TestProvider::new("test.quick");
    *slow_behaviour.refresh_delay.lock().unwrap() = Duration::from_secs(3);
    let text = format!(
        "{}{}",
        connector("Slow", "test.slow", "refreshTimeInterval = 0"),
        connector("Quick", "test.quick", "refreshTimeInterval = \"50ms\"")
    );
    let daemon = daemon(&text, registry(vec![slow, quick]), store, false);
    wait_for(&daemon, "Slow", "REFRESHING", is(ConnectorStatus::Refreshing)).await;
    // While the slow refresh runs, the quick connector refreshes many times.
    let state = wait_for(&daemon, "Quick", "five refreshes", |s| s.metrics.refreshes >= 5).await;
    assert_eq!(daemon.handler("Slow").unwrap().state().status, Some(ConnectorStatus::Refreshing));
    assert!(state.metrics.last_schedule_delay_seconds < 1.0, "{:?}", state.metrics);
    // Shutdown lets the running refresh finish.
    assert!(daemon.shutdown().await.is_empty());
    assert_eq!(slow_behaviour.refreshes.load(Ordering::SeqCst), 1);
    assert_eq!(slow_behaviour.calls().last().map(String::as_str), Some("disconnect"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_stops_at_its_deadline() {
    let (_dir, store) = repository().await;
    let (slow, slow_behaviour) = TestProvider::new("test.slow");
    *slow_behaviour.refresh_delay.lock().unwrap() = Duration::from_secs(30);
    let text = format!("[daemon]\nshutdownTimeoutSeconds = 1\n{}", connector("Stuck", "test.slow", ""));
    let daemon = daemon(&text, registry(vec![slow]), store, false);
    wait_for(&daemon, "Stuck", "REFRESHING", is(ConnectorStatus::Refreshing)).await;
    let started = std::time::Instant::now();
    assert_eq!(daemon.shutdown().await, ["Stuck"]);
    assert!(started.elapsed() < Duration::from_secs(5));
    let state = daemon.handler("Stuck").unwrap().state();
    assert_eq!(state.status, Some(ConnectorStatus::Shutdown));
    assert!(state.failing_message.unwrap().contains("deadline"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocking_connector_is_engaged_in_a_loop_with_a_pause() {
    let (_dir, store) = repository().await;
    let (mut blocking, behaviour) = TestProvider::new("test.blocking");
    blocking.blocking = true;
    let text = connector("Blocking", "test.blocking", "refreshTimeInterval = 0");
    let daemon = daemon(&text, registry(vec![blocking]), store, false);
    wait_for(&daemon, "Blocking", "RUNNING", is(ConnectorStatus::Running)).await;
    let started = std::time::Instant::now();
    until("engage to be looped three times", Duration::from_secs(10), || async {
        let engages = behaviour.engages.load(Ordering::SeqCst);
        if engages >= 3 { Ok(()) } else { Err(engages) }
    })
    .await;
    // Three engages need at least two one-second pauses.
    assert!(started.elapsed() >= Duration::from_millis(1900), "{:?}", started.elapsed());
    assert!(daemon.shutdown().await.is_empty());
    let calls = behaviour.calls();
    assert_eq!(&calls[4..6], ["start", "refresh"], "refreshed at start: {calls:?}");
    assert_eq!(calls.last().map(String::as_str), Some("disconnect"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repository_that_does_not_answer_is_retried_with_backoff() {
    let mut store = MockMetadataStore::new();
    let attempts = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = attempts.clone();
    store.expect_get_element_by_unique_name().returning(move |_, _, _| {
        counted.fetch_add(1, Ordering::SeqCst);
        Err(integration_daemon::messages::DAEMON_STOPPING.error(&[&"repository"]))
    });
    let store: Arc<dyn MetadataStore> = Arc::new(store);
    let (provider, behaviour) = TestProvider::new("test.retry");
    let daemon = daemon(&connector("Retry", "test.retry", ""), registry(vec![provider]), store, false);
    let state = wait_for(&daemon, "Retry", "INITIALIZE_FAILED", is(ConnectorStatus::InitializeFailed)).await;
    assert!(state.failing_message.unwrap().contains("shutting down"));
    // Tried again after 1 s, then after 2 s more.
    wait_for(&daemon, "Retry", "a second attempt", |_| attempts.load(Ordering::SeqCst) >= 2).await;
    assert!(behaviour.calls().iter().all(|call| call != "start"), "never started without a context");
    assert!(daemon.shutdown().await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connector_that_cannot_be_created_is_config_failed() {
    let mut provider = MockConnectorProvider::new();
    provider.expect_provider_name().returning(|| "test.broken".to_owned());
    provider.expect_integration_service().return_const(integration_daemon_api::IntegrationService::Files);
    provider.expect_connector_type().returning(|| integration_daemon_api::ConnectorType::for_provider("test.broken"));
    provider.expect_validate_connection().returning(|_| Vec::new());
    provider.expect_uses_blocking_calls_by_default().return_const(false);
    provider
        .expect_create_connector()
        .returning(|_| Err(integration_daemon::messages::BAD_REQUEST_BODY.error(&[&"create", &"no such driver"])));
    let mut registry = integration_daemon_api::ConnectorRegistry::new();
    registry.register(provider).unwrap();
    let (_dir, store) = repository().await;
    let text = "[[connectors]]\nconnectorName = \"Broken\"\n[connectors.connection]\nprovider = \"test.broken\"\n";
    let daemon = daemon(text, registry, store, false);
    let state = wait_for(&daemon, "Broken", "CONFIG_FAILED", is(ConnectorStatus::ConfigFailed)).await;
    assert!(state.failing_message.unwrap().contains("no such driver"));
    let refused = daemon.handler("Broken").unwrap().refresh_and_wait().await.unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::ConnectorChecked);
    assert!(daemon.shutdown().await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_and_stop_dates_are_honoured() {
    let (_dir, store) = repository().await;
    let (early, early_behaviour) = TestProvider::new("test.early");
    let (late, late_behaviour) = TestProvider::new("test.late");
    let soon = (chrono::Utc::now() + chrono::Duration::milliseconds(1500)).to_rfc3339();
    let past = (chrono::Utc::now() - chrono::Duration::days(1)).to_rfc3339();
    let long_ago = (chrono::Utc::now() - chrono::Duration::days(2)).to_rfc3339();
    let text = format!(
        "{}{}",
        connector("Early", "test.early", &format!("startDate = \"{soon}\"\nrefreshTimeInterval = 0")),
        connector("Late", "test.late", &format!("startDate = \"{long_ago}\"\nstopDate = \"{past}\""))
    );
    let daemon = daemon(&text, registry(vec![early, late]), store, false);
    // Before its start date the connector is initialized but not started (Late has meanwhile
    // started and stopped).
    wait_for(&daemon, "Late", "STOPPED", is(ConnectorStatus::Stopped)).await;
    let early_state = wait_for(&daemon, "Early", "INITIALIZED", is(ConnectorStatus::Initialized)).await;
    assert_eq!(early_state.status, Some(ConnectorStatus::Initialized));
    assert!(!early_behaviour.calls().contains(&"start".to_owned()));
    wait_for(&daemon, "Early", "the first refresh after the start date", |s| s.metrics.refreshes == 1).await;
    // After its stop date: started, then stopped without a refresh.
    wait_for(&daemon, "Late", "STOPPED", is(ConnectorStatus::Stopped)).await;
    assert_eq!(late_behaviour.refreshes.load(Ordering::SeqCst), 0);
    assert!(daemon.shutdown().await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn once_refreshes_every_connector_once_and_ends() {
    let (_dir, store) = repository().await;
    let (writer, behaviour) = TestProvider::new("test.writer");
    *behaviour.write_elements.lock().unwrap() = true;
    let (failing, failing_behaviour) = TestProvider::new("test.failing");
    *failing_behaviour.refresh_error.lock().unwrap() = Some("bad source".into());
    let text = format!(
        "{}{}",
        connector("Writer", "test.writer", "refreshTimeInterval = \"50ms\""),
        connector("Failing", "test.failing", "")
    );
    let daemon = daemon(&text, registry(vec![writer, failing]), store.clone(), true);
    assert!(daemon.join(Duration::from_secs(10)).await.is_empty());
    let states = daemon.states();
    assert_eq!(states[0].metrics.refreshes, 1);
    assert_eq!(states[0].last_report.as_ref().unwrap().counts().created, 1);
    assert!(states[1].failing_message.as_ref().unwrap().contains("bad source"));
    assert_eq!(behaviour.calls().last().map(String::as_str), Some("disconnect"));
    let table = integration_daemon::cli::report_table(&states);
    assert!(table.lines().nth(1).unwrap().starts_with("Writer"), "{table}");
    assert!(table.contains("error: ") && table.contains("bad source"), "{table}");
    let found = store.find_elements(&RequestContext::user("test"), &ElementQuery::of_type("DataSet")).await.unwrap();
    assert_eq!(found.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listeners_hear_other_writers_but_not_their_own_writes() {
    let (_dir, store) = repository().await;
    let (listener, heard) = TestProvider::new("test.listener");
    *heard.listen.lock().unwrap() = true;
    *heard.write_elements.lock().unwrap() = true;
    let (writer, written) = TestProvider::new("test.writer");
    *written.write_elements.lock().unwrap() = true;
    let text = format!(
        "{}{}",
        connector(
            "Listener",
            "test.listener",
            "refreshTimeInterval = 0\npermittedSynchronization = \"BOTH_DIRECTIONS\"\nmetadataSourceQualifiedName = \"listener-source\""
        ),
        connector("Writer", "test.writer", "refreshTimeInterval = 0\nmetadataSourceQualifiedName = \"writer-source\"")
    );
    let daemon = daemon(&text, registry(vec![listener, writer]), store, false);
    wait_for(&daemon, "Listener", "its refresh", |s| s.metrics.refreshes == 1).await;
    wait_for(&daemon, "Writer", "its refresh", |s| s.metrics.refreshes == 1).await;
    // The writer's element reaches the listener (woken by the change log); its own does not.
    daemon.handler("Writer").unwrap().refresh_and_wait().await.unwrap();
    let events = until("the writer's element to reach the listener", Duration::from_secs(10), || async {
        let events = heard.events.lock().unwrap().clone();
        if events.contains(&"Writer::1".to_owned()) { Ok(events) } else { Err(events) }
    })
    .await;
    assert!(events.iter().all(|name| name.starts_with("Writer::")), "{events:?}");
    let state = daemon.handler("Listener").unwrap().state();
    assert!(state.metrics.events_delivered >= 1);
    assert!(daemon.shutdown().await.is_empty());
}
