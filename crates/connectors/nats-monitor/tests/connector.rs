//! The NATS monitor, created by its provider and run through the lifecycle against a real NATS
//! server with JetStream (`OMIS_TEST_NATS_URL`) and the real embedded store; and unit-tested with
//! the mock context.
//!
//! Other tests may create streams on the same server at the same time: each test names its
//! streams after a unique prefix and catalogs only those (`includeStreams`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::sync::Arc;
use std::time::{Duration, Instant};

use integration_daemon_api::MetadataStore;
use integration_testkit::env::{server_address, unique_name};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use nats_monitor_connector::jetstream::JetStream;
use nats_monitor_connector::nats::{ConnectOptions, NatsAddress, NatsClient};
use nats_monitor_connector::*;
use open_metadata_store::{SqliteStore, StoreOptions};
use topic_integrator::serde_json::{self, Value, json};
use topic_integrator::*;

const NATS_URL: &str = "OMIS_TEST_NATS_URL";

/// The name the tests catalog the server under, so a connector pointed elsewhere has the same scope.
const SERVER: &str = "nats-test";

const TIMEOUT: Duration = Duration::from_secs(5);

/// The test server, the streams this test created on it, and their name prefix.
struct Nats {
    address: NatsAddress,
    client: NatsClient,
    prefix: String,
    created: Vec<String>,
}

impl Nats {
    async fn new(test: &str) -> Option<Nats> {
        let url = server_address(NATS_URL, test)?;
        let address = NatsAddress::parse(&url).expect("OMIS_TEST_NATS_URL is nats://host:port");
        let client = NatsClient::connect(&ConnectOptions::new(address.clone())).await.expect("the NATS test server");
        Some(Nats { address, client, prefix: unique_name("natsmon"), created: Vec::new() })
    }

    fn api(&self) -> JetStream<'_> {
        JetStream::new(&self.client, TIMEOUT)
    }

    fn stream(&self, suffix: &str) -> String {
        format!("{}_{suffix}", self.prefix)
    }

    fn subject(&self, rest: &str) -> String {
        format!("{}.{rest}", self.prefix)
    }

    /// Creates `<prefix>_<suffix>` with the configuration given (its `name` is added); returns
    /// its name and creation time.
    async fn create_stream(&mut self, suffix: &str, mut config: Value) -> (String, String) {
        let name = self.stream(suffix);
        config["name"] = name.clone().into();
        let info = self.api().create_stream(&config).await.unwrap();
        self.created.push(name.clone());
        (name, info.created.expect("a creation time"))
    }

    async fn delete_stream(&mut self, name: &str) {
        self.api().delete_stream(name).await.unwrap();
        self.created.retain(|created| created != name);
    }

    /// Creates a durable pull consumer; returns its creation time.
    async fn create_consumer(&self, stream: &str, durable: &str, filter: &str) -> String {
        let config = json!({
            "durable_name": durable, "ack_policy": "explicit", "deliver_policy": "all",
            "filter_subject": filter, "max_ack_pending": 500
        });
        self.api().create_durable_consumer(stream, &config).await.unwrap().created.expect("a creation time")
    }

    /// Publishes and waits for JetStream's acknowledgement.
    async fn publish(&self, subject: &str, payload: &str) {
        let reply = self.client.request(subject, payload.as_bytes(), TIMEOUT).await.unwrap();
        let ack: Value = serde_json::from_slice(&reply.payload).unwrap();
        assert!(ack.get("seq").is_some(), "{ack}");
    }
}

impl Drop for Nats {
    /// Deletes what a failed test left behind, over a plain socket (no runtime is needed).
    fn drop(&mut self) {
        if self.created.is_empty() {
            return;
        }
        let Ok(mut socket) = std::net::TcpStream::connect((self.address.host.as_str(), self.address.port)) else {
            return;
        };
        let _ = socket.set_read_timeout(Some(Duration::from_millis(200)));
        let mut commands = String::from("CONNECT {\"verbose\":false}\r\nSUB _INBOX.cleanup 1\r\n");
        for name in &self.created {
            let _ = write!(commands, "PUB $JS.API.STREAM.DELETE.{name} _INBOX.cleanup 0\r\n\r\n");
        }
        if socket.write_all(commands.as_bytes()).is_err() {
            return;
        }
        let (mut received, deadline) = (String::new(), Instant::now() + Duration::from_secs(5));
        let mut buffer = [0; 4096];
        while received.matches("MSG _INBOX.cleanup").count() < self.created.len() && Instant::now() < deadline {
            if let Ok(read) = socket.read(&mut buffer) {
                received.push_str(&String::from_utf8_lossy(&buffer[..read]));
            }
        }
    }
}

/// A repository of its own.
struct Repository {
    _dir: tempfile::TempDir,
    store: Arc<dyn MetadataStore>,
}

impl Repository {
    async fn new() -> Repository {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
        Repository { _dir: dir, store }
    }

    /// A connector made by the provider from a connection, running as the daemon runs it, under
    /// the metadata source `NATS::nats-test`.
    async fn connector(&self, address: &str, properties: &[(&str, Value)]) -> Box<dyn IntegrationConnector> {
        let mut connection = Connection::for_provider(PROVIDER_NAME).with_configuration_property(SERVER_NAME, SERVER);
        connection.qualified_name = Some("events-monitor.connection".into());
        connection.endpoint = Some(Endpoint::at(address));
        for (name, value) in properties {
            connection.configuration_properties.insert((*name).to_owned(), value.clone());
        }
        let provider = NatsMonitorProvider;
        assert!(
            provider.validate_connection(&connection).is_empty(),
            "{:?}",
            provider.validate_connection(&connection)
        );
        let mut connector = provider.create_connector(&connection).unwrap();
        connector.initialize("instance", connection).unwrap();
        connector.set_connector_name("events-monitor");
        let context = connect(
            &self.store,
            identity(
                IntegrationService::Topic,
                "events-monitor",
                PermittedSynchronization::FromThirdParty,
                Some("NATS::nats-test"),
            ),
        )
        .await;
        connector.set_context(context).unwrap();
        connector.start().await.unwrap();
        connector
    }

    /// A context of another connector, to read what was catalogued.
    async fn reader(&self) -> TopicIntegratorContext {
        let core = connect(
            &self.store,
            identity(IntegrationService::Topic, "reader", PermittedSynchronization::FromThirdParty, None),
        )
        .await;
        TopicIntegratorContext::new(core).unwrap()
    }

    async fn latest(&self) -> u64 {
        latest(&self.store).await
    }

    async fn changes_since(&self, before: u64) -> Vec<ChangeEvent> {
        changes_since(&self.store, before).await
    }
}

/// The topics catalogued, by stream name.
async fn topics(reader: &TopicIntegratorContext) -> BTreeMap<String, TopicElement> {
    reader
        .find_topics(".*", 0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|topic| (topic.properties.topic_name.clone().unwrap_or_default(), topic))
        .collect()
}

/// The subjects (event type names) of a topic, sorted.
async fn subjects(reader: &TopicIntegratorContext, topic: &TopicElement) -> Vec<String> {
    let mut names: Vec<String> = reader
        .get_event_types_for_topic(topic.guid(), 0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|event_type| event_type.properties.display_name.unwrap_or_default())
        .collect();
    names.sort();
    names
}

/// The consumer connections of a topic, by name.
async fn consumers(reader: &TopicIntegratorContext, topic: &TopicElement) -> BTreeMap<String, ConnectionElement> {
    let mut connections = BTreeMap::new();
    for link in reader.get_asset_connection_links(topic.guid(), RelationshipEnd::End1, 0, 0).await.unwrap() {
        let connection = reader.get_connection_by_guid(&link.end2.guid).await.unwrap();
        connections.insert(connection.properties.display_name.clone().unwrap_or_default(), connection);
    }
    connections
}

fn additional(topic: &TopicElement) -> BTreeMap<String, String> {
    topic.properties.additional_properties.clone().unwrap_or_default()
}

/// Element and relationship events, by kind and type, for exact comparisons.
fn summary(events: &[ChangeEvent]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for event in events {
        *counts.entry(format!("{:?} {}", event.event_type, event.type_name)).or_default() += 1;
    }
    counts
}

fn expected(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
    pairs.iter().map(|(name, count)| ((*name).to_owned(), *count)).collect()
}

/// The streams of the main scenario: orders (two subjects, two messages, a durable consumer),
/// payments (a wildcard subject), audit (file storage); and two that must not be catalogued.
async fn landscape(nats: &mut Nats) -> (String, String, String) {
    let (orders, orders_created) = nats
        .create_stream(
            "orders",
            json!({
                "description": "Orders placed on the web shop",
                "subjects": [nats.subject("orders.created"), nats.subject("orders.shipped")],
                "retention": "limits", "storage": "memory", "num_replicas": 1,
                "max_age": 86_400_000_000_000_i64, "max_msgs": 1000, "max_bytes": 1_048_576, "discard": "old"
            }),
        )
        .await;
    let (payments, _) = nats
        .create_stream(
            "payments",
            json!({ "subjects": [nats.subject("payments.>")], "retention": "interest", "storage": "memory" }),
        )
        .await;
    nats.create_stream(
        "audit",
        json!({ "subjects": [nats.subject("audit")], "storage": "file", "max_msgs_per_subject": 10 }),
    )
    .await;
    nats.create_stream("scratch", json!({ "subjects": [nats.subject("scratch")], "storage": "memory" })).await;
    // Another test's stream, as far as this connector knows.
    let other = format!("{}x_orders", nats.prefix);
    nats.api()
        .create_stream(&json!({ "name": other, "subjects": [format!("{other}.in")], "storage": "memory" }))
        .await
        .unwrap();
    nats.created.push(other);
    nats.publish(&nats.subject("orders.created"), "{\"id\": 1}").await;
    nats.publish(&nats.subject("orders.created"), "{\"id\": 2}").await;
    (orders, orders_created, payments)
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_server_is_catalogued_and_kept_in_step() {
    let Some(mut nats) = Nats::new("a_server_is_catalogued_and_kept_in_step").await else { return };
    let (orders, orders_created, payments) = landscape(&mut nats).await;
    let billing_created = nats.create_consumer(&orders, "billing", &nats.subject("orders.created")).await;
    let repository = Repository::new().await;
    let include = vec![(INCLUDE_STREAMS, json!(format!("{}_*", nats.prefix))), (EXCLUDE_STREAMS, json!("*_scratch"))];
    let mut connector = repository.connector(&nats.address.url(), &include).await;

    // The first catalog: exactly these elements and relationships.
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    let events = repository.changes_since(before).await;
    assert_eq!(
        summary(&events),
        expected(&[
            ("NewElement Endpoint", 1),
            ("NewElement Topic", 3),
            ("NewElement EventTypeList", 3),
            ("NewElement EventType", 4),
            ("NewElement Connection", 1),
            ("NewRelationship Schema", 3),
            ("NewRelationship SchemaTypeOption", 4),
            ("NewRelationship AssetConnection", 1),
            ("NewRelationship ConnectToEndpoint", 1),
        ])
    );
    assert_eq!(connector.statistics()[STREAMS_CATALOGUED], json!(3));

    let reader = repository.reader().await;
    let catalogued = topics(&reader).await;
    assert_eq!(
        catalogued.keys().cloned().collect::<Vec<_>>(),
        [nats.stream("audit"), orders.clone(), payments.clone()]
    );
    let topic = &catalogued[&orders];
    assert_eq!(topic.type_name(), "Topic");
    assert_eq!(topic.properties.qualified_name, Some(format!("NATS::nats-test::{orders}")));
    assert_eq!(topic.properties.display_name.as_ref(), Some(&orders));
    assert_eq!(topic.properties.description.as_deref(), Some("Orders placed on the web shop"));
    assert_eq!(topic.properties.topic_type.as_deref(), Some("NATS JetStream"));
    assert_eq!(topic.properties.deployed_implementation_type.as_deref(), Some("NATS JetStream Stream"));
    assert_eq!(
        additional(topic),
        [
            ("retention", "limits"),
            ("storage", "memory"),
            ("replicas", "1"),
            ("maxAge", "PT86400S"),
            ("maxBytes", "1048576"),
            ("maxMsgs", "1000"),
            ("maxMsgsPerSubject", "unlimited"),
            ("maxMsgSize", "unlimited"),
            ("maxConsumers", "unlimited"),
            ("discard", "old"),
            ("created", orders_created.as_str()),
            ("messages", "2"),
            ("bytes", additional(topic)["bytes"].as_str()),
        ]
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect::<BTreeMap<_, _>>()
    );
    assert!(additional(topic)["bytes"].parse::<u64>().unwrap() > 0);
    let audit = &catalogued[&nats.stream("audit")];
    assert_eq!(
        (additional(audit)["storage"].as_str(), additional(audit)["maxMsgsPerSubject"].as_str()),
        ("file", "10")
    );
    assert_eq!(additional(&catalogued[&payments])["retention"], "interest");
    assert_eq!(subjects(&reader, topic).await, [nats.subject("orders.created"), nats.subject("orders.shipped")]);
    assert_eq!(subjects(&reader, &catalogued[&payments]).await, [nats.subject("payments.>")]);
    let event_type = &reader.get_event_types_by_name(&nats.subject("orders.shipped"), 0, 0).await.unwrap()[0];
    assert_eq!(
        event_type.properties.qualified_name,
        Some(format!("NATS::nats-test::{orders}::subject::{}", nats.subject("orders.shipped")))
    );

    let connections = consumers(&reader, topic).await;
    assert_eq!(connections.keys().cloned().collect::<Vec<_>>(), ["billing"]);
    let billing = &connections["billing"].properties;
    assert_eq!(billing.qualified_name, Some(format!("NATS::nats-test::{orders}::consumer::billing")));
    assert_eq!(
        Value::Object(billing.configuration_properties.clone().unwrap().into_iter().collect()),
        json!({
            "stream": orders, "durableName": "billing", "filterSubjects": [nats.subject("orders.created")],
            "ackPolicy": "explicit", "ackWait": "PT30S", "deliverPolicy": "all", "replayPolicy": "instant",
            "maxDeliver": -1, "maxAckPending": 500, "delivery": "pull", "created": billing_created
        })
    );
    let endpoints = reader.get_connection_endpoint_links(connections["billing"].guid(), RelationshipEnd::End1, 0, 0);
    let endpoints = endpoints.await.unwrap();
    assert_eq!(endpoints.len(), 1);
    let endpoint = reader.get_endpoint_by_guid(&endpoints[0].end2.guid).await.unwrap();
    assert_eq!(endpoint.properties.qualified_name.as_deref(), Some("NATS::nats-test::endpoint"));
    assert_eq!(endpoint.properties.network_address, Some(nats.address.url()));
    // Owned by the connector's metadata source.
    assert_eq!(topic.element_header.origin.home_metadata_collection_name.as_deref(), Some("NATS::nats-test"));

    // Unchanged: no write, no event.
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    assert_eq!(summary(&repository.changes_since(before).await), expected(&[]));

    // A consumer added: exactly its connection and its two links.
    nats.create_consumer(&orders, "shipping", &nats.subject("orders.shipped")).await;
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    assert_eq!(
        summary(&repository.changes_since(before).await),
        expected(&[
            ("NewElement Connection", 1),
            ("NewRelationship AssetConnection", 1),
            ("NewRelationship ConnectToEndpoint", 1)
        ])
    );
    assert_eq!(consumers(&reader, topic).await.keys().cloned().collect::<Vec<_>>(), ["billing", "shipping"]);

    // A stream's limits changed: exactly its topic is updated.
    let audit_config = json!({
        "name": nats.stream("audit"), "subjects": [nats.subject("audit")], "storage": "file",
        "max_msgs_per_subject": 20
    });
    nats.api().update_stream(&audit_config).await.unwrap();
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    assert_eq!(summary(&repository.changes_since(before).await), expected(&[("UpdatedElement Topic", 1)]));
    assert_eq!(additional(&topics(&reader).await[&nats.stream("audit")])["maxMsgsPerSubject"], "20");

    // A stream deleted: its topic goes with its event types; the others stay.
    nats.delete_stream(&payments).await;
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    let events = repository.changes_since(before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("Topic")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("EventTypeList")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("EventType")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 3);
    assert_eq!(
        count(&events, ChangeEventType::NewElement, None) + count(&events, ChangeEventType::UpdatedElement, None),
        0
    );
    let catalogued = topics(&reader).await;
    assert_eq!(catalogued.keys().cloned().collect::<Vec<_>>(), [nats.stream("audit"), orders.clone()]);
    assert_eq!(subjects(&reader, &catalogued[&orders]).await.len(), 2);
    assert_eq!(consumers(&reader, &catalogued[&orders]).await.len(), 2);
    assert_eq!(connector.statistics()[STREAMS_CATALOGUED], json!(2));

    // The server out of reach (the same server name, an address where nobody listens): the
    // refresh fails, and nothing is removed.
    let nobody = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed = format!("nats://127.0.0.1:{}", nobody.local_addr().unwrap().port());
    drop(nobody);
    connector.disconnect().await.unwrap();
    let mut unreachable = repository.connector(&closed, &include).await;
    let before = repository.latest().await;
    let error = unreachable.refresh().await.unwrap_err();
    assert_eq!(error.message_id(), "OMIS-NATS-MONITOR-500-001", "{error}");
    assert!(error.message().contains("events-monitor") && error.message().contains(&closed), "{error}");
    assert_eq!(summary(&repository.changes_since(before).await), expected(&[]));
    assert_eq!(topics(&reader).await.len(), 2);
    unreachable.disconnect().await.unwrap();

    for name in nats.created.clone() {
        nats.delete_stream(&name).await;
    }
}

/// Calls `engage` until `done` holds (each call waits up to a second for advisories); returns the
/// number of calls.
async fn engage_until<F, Fut>(connector: &mut Box<dyn IntegrationConnector>, mut done: F) -> usize
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    for call in 1..=8 {
        connector.engage().await.unwrap();
        if done().await {
            return call;
        }
    }
    panic!("not seen after 8 engage calls: {:?}", connector.statistics());
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn blocking_mode_follows_the_advisories() {
    let Some(mut nats) = Nats::new("blocking_mode_follows_the_advisories").await else { return };
    let (first, _) =
        nats.create_stream("first", json!({ "subjects": [nats.subject("first")], "storage": "memory" })).await;
    let repository = Repository::new().await;
    let include = vec![(INCLUDE_STREAMS, json!([format!("{}_*", nats.prefix)]))];
    let mut connector = repository.connector(&nats.address.url(), &include).await;
    connector.refresh().await.unwrap();
    let reader = repository.reader().await;
    assert_eq!(topics(&reader).await.keys().collect::<Vec<_>>(), [&first]);

    // The first engage subscribes (and reads the server once to catch up: nothing changed).
    let before = repository.latest().await;
    connector.engage().await.unwrap();
    assert_eq!(summary(&repository.changes_since(before).await), expected(&[]));
    assert_eq!(connector.statistics()[WATCHING_ADVISORIES], json!(true));

    // A stream created, with a consumer: seen through the advisories, without a refresh.
    let started = Instant::now();
    let (second, _) = nats
        .create_stream(
            "second",
            json!({ "subjects": [nats.subject("second.a"), nats.subject("second.b")], "storage": "memory" }),
        )
        .await;
    nats.create_consumer(&second, "reader", &nats.subject("second.a")).await;
    let calls = engage_until(&mut connector, || async {
        topics(&reader)
            .await
            .get(&second)
            .is_some_and(|topic| additional(topic).get("retention").is_some_and(|retention| retention == "limits"))
    })
    .await;
    assert!(started.elapsed() < Duration::from_secs(5), "{:?} after {calls} calls", started.elapsed());
    let topic = topics(&reader).await[&second].clone();
    assert_eq!(subjects(&reader, &topic).await, [nats.subject("second.a"), nats.subject("second.b")]);
    engage_until(&mut connector, || async { consumers(&reader, &topic).await.contains_key("reader") }).await;
    let statistics = connector.statistics();
    assert!(statistics[ADVISORIES_RECEIVED].as_u64().unwrap() >= 2, "{statistics:?}");
    assert!(statistics[STREAMS_APPLIED].as_u64().unwrap() >= 1, "{statistics:?}");

    // Its subjects changed: the new one is added, the old one removed.
    let update = json!({ "name": second, "subjects": [nats.subject("second.a"), nats.subject("second.c")], "storage": "memory" });
    nats.api().update_stream(&update).await.unwrap();
    engage_until(&mut connector, || async {
        subjects(&reader, &topic).await == [nats.subject("second.a"), nats.subject("second.c")]
    })
    .await;

    // Its consumer deleted: the connection goes.
    nats.api().delete_consumer(&second, "reader").await.unwrap();
    engage_until(&mut connector, || async { consumers(&reader, &topic).await.is_empty() }).await;

    // Another stream's deletion does not concern this connector; its own stream's does.
    let mut other = Nats::new("blocking_mode_follows_the_advisories (other)").await.unwrap();
    let (elsewhere, _) =
        other.create_stream("x", json!({ "subjects": [other.subject("x")], "storage": "memory" })).await;
    other.delete_stream(&elsewhere).await;
    nats.delete_stream(&second).await;
    engage_until(&mut connector, || async { !topics(&reader).await.contains_key(&second) }).await;
    assert_eq!(topics(&reader).await.keys().collect::<Vec<_>>(), [&first]);
    assert!(reader.get_event_types_by_name(&nats.subject("second.a"), 0, 0).await.unwrap().is_empty());

    // What the advisories did is what a complete refresh finds: it has nothing to do.
    let before = repository.latest().await;
    connector.refresh().await.unwrap();
    assert_eq!(summary(&repository.changes_since(before).await), expected(&[]));

    // Nothing happens: engage waits about a second and returns.
    let started = Instant::now();
    connector.engage().await.unwrap();
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(900) && waited < Duration::from_secs(5), "{waited:?}");
    connector.disconnect().await.unwrap();
    assert_eq!(connector.statistics()[WATCHING_ADVISORIES], json!(false));
    nats.delete_stream(&first).await;
}

/// What a failing repository answers.
const REPOSITORY_DOWN: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    id: "TEST-503-001",
    http_code: 503,
    text: "The repository is down",
    system_action: "",
    user_action: "",
};

#[tokio::test]
async fn the_connector_can_be_unit_tested_with_the_mock_context() {
    let nobody = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed = format!("nats://127.0.0.1:{}", nobody.local_addr().unwrap().port());
    drop(nobody);
    let config =
        NatsMonitorConfig { request_timeout: Duration::from_secs(1), ..NatsMonitorConfig::new(&closed).unwrap() };

    // No context yet: a clear error.
    let mut connector = NatsMonitorConnector::new(config.clone());
    assert!(connector.refresh().await.is_err(), "no context before set_context");

    // No server: the connector fails before it touches the repository.
    let mut mock = MockTopicIntegratorApi::new();
    mock.expect_synchronizer().never();
    connector.set_context(TopicIntegratorContext::from_api(Arc::new(mock)));
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked);
    assert_eq!(error.message_id(), "OMIS-NATS-MONITOR-500-001", "{error}");
    assert!(error.message().contains("cannot reach the NATS server at nats://127.0.0.1:"), "{error}");

    // In blocking mode, an unreachable server is reported in the statistics, not as a failure.
    connector.engage().await.unwrap();
    let statistics = connector.statistics();
    assert_eq!(statistics[WATCHING_ADVISORIES], json!(false));
    assert!(statistics[LAST_ADVISORY_PROBLEM].as_str().unwrap().contains("cannot reach"), "{statistics:?}");

    // A failing repository: its error is the refresh's.
    let Some(url) = server_address(NATS_URL, "the_connector_can_be_unit_tested_with_the_mock_context (server part)")
    else {
        return;
    };
    let config = NatsMonitorConfig::new(&url).unwrap();
    let scope = config.server_name.clone();
    let mut mock = MockTopicIntegratorApi::new();
    mock.expect_synchronizer()
        .withf(move |asked, _| asked == scope)
        .times(1)
        .returning(|_, _| Err(REPOSITORY_DOWN.error(&[])));
    let mut connector = NatsMonitorConnector::new(config);
    connector.set_context(TopicIntegratorContext::from_api(Arc::new(mock)));
    assert_eq!(connector.refresh().await.unwrap_err().kind(), ErrorKind::PropertyServer);
}

#[test]
fn connections_it_cannot_use_are_refused() {
    let provider = NatsMonitorProvider;
    let without_address = Connection::for_provider(PROVIDER_NAME);
    let error = provider.create_connector(&without_address).err().expect("no address");
    assert_eq!(error.kind(), ErrorKind::ConnectionChecked);
    assert!(error.message().contains("networkAddress"), "{error}");

    let bad = Connection::for_provider(PROVIDER_NAME)
        .with_network_address("nats://broker:4222")
        .with_configuration_property(EXCLUDE_STREAMS, "ORDERS.*")
        .with_configuration_property(CATALOG_STREAM_STATE, "maybe");
    let error = provider.create_connector(&bad).err().expect("bad values");
    assert_eq!(error.message_id(), "OMIS-NATS-MONITOR-400-004");
    assert!(error.message().contains("excludeStreams") && error.message().contains("ORDERS.*"), "{error}");
    let fields: Vec<_> =
        provider.validate_connection(&bad).into_iter().map(|problem| problem.field.unwrap_or_default()).collect();
    assert_eq!(fields, [EXCLUDE_STREAMS, CATALOG_STREAM_STATE]);

    // `initialize` reads the connection again, with the same checks.
    let mut connector = NatsMonitorConnector::new(NatsMonitorConfig::new("broker").unwrap());
    let error = TopicIntegratorConnector::initialize(&mut connector, "instance", bad).unwrap_err();
    assert_eq!(error.message_id(), "OMIS-NATS-MONITOR-400-004");
    let mut good = Connection::for_provider(PROVIDER_NAME)
        .with_network_address("nats://events.internal:4333")
        .with_configuration_property(INCLUDE_STREAMS, "ORDERS_*")
        .with_configuration_property(REQUEST_TIMEOUT_SECONDS, "20");
    good.user_id = Some("monitor".into());
    good.clear_password = Some("s3cret".into());
    TopicIntegratorConnector::initialize(&mut connector, "instance", good).unwrap();
    let config = connector.config();
    assert_eq!((config.address.host.as_str(), config.address.port), ("events.internal", 4333));
    assert_eq!(config.server_name, "events.internal:4333");
    assert!(config.catalogs("ORDERS_EU") && !config.catalogs("PAYMENTS"));
    assert_eq!(config.request_timeout, Duration::from_secs(20));
    assert!(!format!("{connector:?}").contains("s3cret"));
}
