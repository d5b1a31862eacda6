//! From what JetStream shows to the beans the topic service writes: qualified names, synchronizer
//! keys, and the properties of the server's endpoint, the streams (topics), their subjects (event
//! types) and their durable consumers (connections).
//!
//! Everything here is pure: [`crate::jetstream`] reads, this maps, the connector synchronizes.

use std::collections::BTreeMap;

use topic_integrator::serde_json::Value;
use topic_integrator::{ConnectionProperties, EndpointProperties, EventTypeProperties, TopicProperties};

use crate::config::NatsMonitorConfig;
use crate::jetstream::{ConsumerInfo, StreamInfo};

/// The `topicType` of a catalogued stream.
pub const TOPIC_TYPE: &str = "NATS JetStream";

/// The `deployedImplementationType` of a catalogued stream.
pub const DEPLOYED_IMPLEMENTATION_TYPE: &str = "NATS JetStream Stream";

/// The endpoint's `protocol`.
pub const PROTOCOL: &str = "nats";

/// The additional properties of a stream's topic (`Topic` has no attributes for them), in the
/// order they are described in the README: retention policy, storage type, replicas, the limits
/// (`unlimited` when there is none; ages as ISO-8601 durations), the discard policy, mirror and
/// sources, the creation time, and — with `catalogStreamState` — the messages and bytes held.
pub mod stream_property {
    /// `limits`, `interest` or `workqueue`.
    pub const RETENTION: &str = "retention";
    /// `file` or `memory`.
    pub const STORAGE: &str = "storage";
    /// The number of replicas.
    pub const REPLICAS: &str = "replicas";
    /// The oldest message kept (ISO-8601 duration) or `unlimited`.
    pub const MAX_AGE: &str = "maxAge";
    /// The most bytes kept, or `unlimited`.
    pub const MAX_BYTES: &str = "maxBytes";
    /// The most messages kept, or `unlimited`.
    pub const MAX_MSGS: &str = "maxMsgs";
    /// The most messages kept per subject, or `unlimited`.
    pub const MAX_MSGS_PER_SUBJECT: &str = "maxMsgsPerSubject";
    /// The largest message accepted, or `unlimited`.
    pub const MAX_MSG_SIZE: &str = "maxMsgSize";
    /// The most consumers, or `unlimited`.
    pub const MAX_CONSUMERS: &str = "maxConsumers";
    /// `old` or `new`.
    pub const DISCARD: &str = "discard";
    /// The stream mirrored.
    pub const MIRROR: &str = "mirror";
    /// The streams sourced, comma-separated.
    pub const SOURCES: &str = "sources";
    /// When the stream was created (RFC 3339, as the server gives it).
    pub const CREATED: &str = "created";
    /// The messages held (with `catalogStreamState`).
    pub const MESSAGES: &str = "messages";
    /// The bytes held (with `catalogStreamState`).
    pub const BYTES: &str = "bytes";
}

/// The configuration properties of a consumer's connection: the consumer's configuration in
/// JetStream's terms (numbers as JetStream gives them: -1 is no limit; durations as ISO-8601).
pub mod consumer_property {
    /// The stream it reads.
    pub const STREAM: &str = "stream";
    /// Its durable name.
    pub const DURABLE_NAME: &str = "durableName";
    /// The subjects it filters on (a list; absent when it takes every subject of the stream).
    pub const FILTER_SUBJECTS: &str = "filterSubjects";
    /// `none`, `all` or `explicit`.
    pub const ACK_POLICY: &str = "ackPolicy";
    /// How long an unacknowledged message waits before redelivery (ISO-8601 duration).
    pub const ACK_WAIT: &str = "ackWait";
    /// Where delivery starts.
    pub const DELIVER_POLICY: &str = "deliverPolicy";
    /// `instant` or `original`.
    pub const REPLAY_POLICY: &str = "replayPolicy";
    /// The most deliveries of a message.
    pub const MAX_DELIVER: &str = "maxDeliver";
    /// The most messages awaiting acknowledgement.
    pub const MAX_ACK_PENDING: &str = "maxAckPending";
    /// `push` (it has a deliver subject) or `pull`.
    pub const DELIVERY: &str = "delivery";
    /// Where a push consumer delivers.
    pub const DELIVER_SUBJECT: &str = "deliverSubject";
    /// The queue group of a push consumer.
    pub const DELIVER_GROUP: &str = "deliverGroup";
    /// When it was created (RFC 3339).
    pub const CREATED: &str = "created";
}

/// The qualified name of the server's endpoint: `NATS::<server>::endpoint`.
pub fn endpoint_qualified_name(server: &str) -> String {
    format!("NATS::{server}::endpoint")
}

/// The qualified name of a stream's topic: `NATS::<server>::<stream>`.
pub fn topic_qualified_name(server: &str, stream: &str) -> String {
    format!("NATS::{server}::{stream}")
}

/// The qualified name of a subject's event type: `NATS::<server>::<stream>::subject::<subject>`.
pub fn event_type_qualified_name(server: &str, stream: &str, subject: &str) -> String {
    format!("{}::subject::{subject}", topic_qualified_name(server, stream))
}

/// The qualified name of a consumer's connection: `NATS::<server>::<stream>::consumer::<name>`.
pub fn consumer_qualified_name(server: &str, stream: &str, consumer: &str) -> String {
    format!("{}::consumer::{consumer}", topic_qualified_name(server, stream))
}

/// A name in a synchronizer key: `%` and `#` escaped, so the `#` of the suffixes below (and of
/// the engine's `#schemaType`) cannot come from a name.
fn key_part(name: &str) -> String {
    name.replace('%', "%25").replace('#', "%23")
}

/// The synchronizer key of the server's endpoint.
pub(crate) const ENDPOINT_KEY: &str = "endpoint";

/// The synchronizer key of a stream.
pub(crate) fn stream_key(stream: &str) -> String {
    format!("stream:{}", key_part(stream))
}

/// The synchronizer key of a subject of a stream.
pub(crate) fn subject_key(stream: &str, subject: &str) -> String {
    format!("{}#subject:{}", stream_key(stream), key_part(subject))
}

/// The synchronizer key of a consumer of a stream.
pub(crate) fn consumer_key(stream: &str, consumer: &str) -> String {
    format!("{}#consumer:{}", stream_key(stream), key_part(consumer))
}

/// The synchronizer key of the `AssetConnection` from a stream's topic to a consumer's connection.
pub(crate) fn asset_connection_key(consumer_key: &str) -> String {
    format!("{consumer_key}#assetConnection")
}

/// The synchronizer key of the `ConnectToEndpoint` from a consumer's connection to the endpoint.
pub(crate) fn connect_to_endpoint_key(consumer_key: &str) -> String {
    format!("{consumer_key}#endpoint")
}

/// A limit as text: `unlimited` when negative.
fn limit(value: i64) -> String {
    if value < 0 { "unlimited".to_owned() } else { value.to_string() }
}

/// Nanoseconds as an ISO-8601 duration in seconds, e.g. `PT86400S`, `PT0.5S`.
pub fn iso_duration(nanos: i64) -> String {
    let sign = if nanos < 0 { "-" } else { "" };
    let nanos = nanos.unsigned_abs();
    let (seconds, fraction) = (nanos / 1_000_000_000, nanos % 1_000_000_000);
    if fraction == 0 {
        format!("{sign}PT{seconds}S")
    } else {
        let fraction = format!("{fraction:09}");
        format!("{sign}PT{seconds}.{}S", fraction.trim_end_matches('0'))
    }
}

/// The properties of the server's endpoint.
pub(crate) fn endpoint_properties(config: &NatsMonitorConfig) -> EndpointProperties {
    EndpointProperties {
        display_name: Some(format!("NATS server {}", config.server_name)),
        network_address: Some(config.address.url()),
        protocol: Some(PROTOCOL.to_owned()),
        ..EndpointProperties::new(endpoint_qualified_name(&config.server_name))
    }
}

/// The properties of a stream's topic.
pub(crate) fn topic_properties(config: &NatsMonitorConfig, stream: &StreamInfo) -> TopicProperties {
    use stream_property as p;
    let c = &stream.config;
    let mut additional = BTreeMap::from([
        (p::RETENTION.to_owned(), c.retention.clone()),
        (p::STORAGE.to_owned(), c.storage.clone()),
        (p::REPLICAS.to_owned(), c.num_replicas.max(1).to_string()),
        (p::MAX_AGE.to_owned(), if c.max_age <= 0 { "unlimited".to_owned() } else { iso_duration(c.max_age) }),
        (p::MAX_BYTES.to_owned(), limit(c.max_bytes)),
        (p::MAX_MSGS.to_owned(), limit(c.max_msgs)),
        (
            p::MAX_MSGS_PER_SUBJECT.to_owned(),
            if c.max_msgs_per_subject <= 0 { limit(-1) } else { limit(c.max_msgs_per_subject) },
        ),
        (p::MAX_MSG_SIZE.to_owned(), limit(c.max_msg_size)),
        (p::MAX_CONSUMERS.to_owned(), limit(c.max_consumers)),
        (p::DISCARD.to_owned(), c.discard.clone()),
    ]);
    additional.retain(|_, value| !value.is_empty());
    if let Some(mirror) = &c.mirror {
        additional.insert(p::MIRROR.to_owned(), mirror.name.clone());
    }
    if let Some(sources) = c.sources.as_ref().filter(|sources| !sources.is_empty()) {
        let names: Vec<&str> = sources.iter().map(|source| source.name.as_str()).collect();
        additional.insert(p::SOURCES.to_owned(), names.join(","));
    }
    if let Some(created) = &stream.created {
        additional.insert(p::CREATED.to_owned(), created.clone());
    }
    if config.catalog_stream_state {
        additional.insert(p::MESSAGES.to_owned(), stream.state.messages.to_string());
        additional.insert(p::BYTES.to_owned(), stream.state.bytes.to_string());
    }
    TopicProperties {
        display_name: Some(c.name.clone()),
        description: c.description.clone().filter(|description| !description.is_empty()),
        topic_name: Some(c.name.clone()),
        topic_type: Some(TOPIC_TYPE.to_owned()),
        resource_name: Some(c.name.clone()),
        deployed_implementation_type: Some(DEPLOYED_IMPLEMENTATION_TYPE.to_owned()),
        additional_properties: Some(additional),
        ..TopicProperties::new(topic_qualified_name(&config.server_name, &c.name))
    }
}

/// The subjects of a stream, each once, in the stream's order.
pub(crate) fn subjects(stream: &StreamInfo) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    stream.config.subjects.iter().flatten().map(String::as_str).filter(|subject| seen.insert(*subject)).collect()
}

/// The properties of the event type of one subject of a stream.
pub(crate) fn event_type_properties(config: &NatsMonitorConfig, stream: &str, subject: &str) -> EventTypeProperties {
    EventTypeProperties {
        display_name: Some(subject.to_owned()),
        ..EventTypeProperties::new(event_type_qualified_name(&config.server_name, stream, subject))
    }
}

/// The properties of a durable consumer's connection.
pub(crate) fn consumer_properties(
    config: &NatsMonitorConfig,
    stream: &str,
    consumer: &ConsumerInfo,
) -> ConnectionProperties {
    use consumer_property as p;
    let c = &consumer.config;
    let mut properties: BTreeMap<String, Value> = BTreeMap::new();
    let mut put = |name: &str, value: Value| {
        if !(value.is_null() || value.as_str() == Some("")) {
            properties.insert(name.to_owned(), value);
        }
    };
    put(p::STREAM, stream.into());
    put(p::DURABLE_NAME, c.durable_name.clone().into());
    let filters: Vec<String> = c
        .filter_subjects
        .iter()
        .flatten()
        .chain(c.filter_subject.iter())
        .filter(|subject| !subject.is_empty())
        .cloned()
        .collect();
    if !filters.is_empty() {
        put(p::FILTER_SUBJECTS, filters.into());
    }
    put(p::ACK_POLICY, c.ack_policy.as_str().into());
    if c.ack_wait > 0 {
        put(p::ACK_WAIT, iso_duration(c.ack_wait).into());
    }
    put(p::DELIVER_POLICY, c.deliver_policy.as_str().into());
    put(p::REPLAY_POLICY, c.replay_policy.as_str().into());
    put(p::MAX_DELIVER, c.max_deliver.into());
    put(p::MAX_ACK_PENDING, c.max_ack_pending.into());
    let push = c.deliver_subject.as_deref().is_some_and(|subject| !subject.is_empty());
    put(p::DELIVERY, if push { "push" } else { "pull" }.into());
    put(p::DELIVER_SUBJECT, c.deliver_subject.clone().into());
    put(p::DELIVER_GROUP, c.deliver_group.clone().into());
    put(p::CREATED, consumer.created.clone().into());
    ConnectionProperties {
        display_name: Some(consumer.name.clone()),
        description: Some(
            c.description
                .clone()
                .filter(|description| !description.is_empty())
                .unwrap_or_else(|| format!("The durable consumer {} of the JetStream stream {stream}", consumer.name)),
        ),
        configuration_properties: Some(properties),
        ..ConnectionProperties::new(consumer_qualified_name(&config.server_name, stream, &consumer.name))
    }
}

#[cfg(test)]
mod tests {
    use topic_integrator::serde_json::{self, json};

    use super::*;

    fn config() -> NatsMonitorConfig {
        NatsMonitorConfig::new("nats://broker:4222").unwrap()
    }

    fn stream() -> StreamInfo {
        serde_json::from_value(json!({
            "config": {
                "name": "ORDERS", "description": "Orders placed", "subjects": ["orders.created", "orders.>", "orders.created"],
                "retention": "workqueue", "storage": "memory", "num_replicas": 3,
                "max_age": 86_400_000_000_000_i64, "max_bytes": 1_048_576, "max_msgs": -1, "max_msg_size": -1,
                "max_msgs_per_subject": 0, "max_consumers": 10, "discard": "new",
                "sources": [{ "name": "EU" }, { "name": "US" }]
            },
            "state": { "messages": 42, "bytes": 4096 },
            "created": "2024-05-01T10:00:00.5Z"
        }))
        .unwrap()
    }

    #[test]
    fn names_and_keys_keep_apart() {
        assert_eq!(topic_qualified_name("broker:4222", "ORDERS"), "NATS::broker:4222::ORDERS");
        assert_eq!(event_type_qualified_name("s", "ORDERS", "orders.>"), "NATS::s::ORDERS::subject::orders.>");
        assert_eq!(consumer_qualified_name("s", "ORDERS", "billing"), "NATS::s::ORDERS::consumer::billing");
        assert_eq!(endpoint_qualified_name("s"), "NATS::s::endpoint");
        assert_eq!(stream_key("ORDERS"), "stream:ORDERS");
        assert_eq!(subject_key("ORDERS", "orders.*"), "stream:ORDERS#subject:orders.*");
        assert_eq!(consumer_key("A#B", "c%"), "stream:A%23B#consumer:c%25");
        assert_ne!(stream_key("A#subject:b"), subject_key("A", "b"));
        assert_eq!(asset_connection_key("k"), "k#assetConnection");
        assert_eq!(connect_to_endpoint_key("k"), "k#endpoint");
    }

    #[test]
    fn durations_are_iso_8601() {
        assert_eq!(iso_duration(86_400_000_000_000), "PT86400S");
        assert_eq!(iso_duration(30_000_000_000), "PT30S");
        assert_eq!(iso_duration(500_000_000), "PT0.5S");
        assert_eq!(iso_duration(1_000_000_001), "PT1.000000001S");
        assert_eq!(iso_duration(-2_000_000_000), "-PT2S");
    }

    #[test]
    fn a_stream_becomes_a_topic() {
        let properties = topic_properties(&config(), &stream());
        assert_eq!(properties.type_name, None, "a plain Topic");
        assert_eq!(properties.qualified_name.as_deref(), Some("NATS::broker:4222::ORDERS"));
        assert_eq!(properties.display_name.as_deref(), Some("ORDERS"));
        assert_eq!(properties.topic_name.as_deref(), Some("ORDERS"));
        assert_eq!(properties.resource_name.as_deref(), Some("ORDERS"));
        assert_eq!(properties.description.as_deref(), Some("Orders placed"));
        assert_eq!(properties.topic_type.as_deref(), Some("NATS JetStream"));
        assert_eq!(properties.deployed_implementation_type.as_deref(), Some("NATS JetStream Stream"));
        let additional = properties.additional_properties.unwrap();
        let expected: BTreeMap<String, String> = [
            ("retention", "workqueue"),
            ("storage", "memory"),
            ("replicas", "3"),
            ("maxAge", "PT86400S"),
            ("maxBytes", "1048576"),
            ("maxMsgs", "unlimited"),
            ("maxMsgsPerSubject", "unlimited"),
            ("maxMsgSize", "unlimited"),
            ("maxConsumers", "10"),
            ("discard", "new"),
            ("sources", "EU,US"),
            ("created", "2024-05-01T10:00:00.5Z"),
            ("messages", "42"),
            ("bytes", "4096"),
        ]
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect();
        assert_eq!(additional, expected);

        let without_state = NatsMonitorConfig { catalog_stream_state: false, ..config() };
        let additional = topic_properties(&without_state, &stream()).additional_properties.unwrap();
        assert!(!additional.contains_key("messages") && !additional.contains_key("bytes"));
        assert_eq!(subjects(&stream()), ["orders.created", "orders.>"], "each subject once");
    }

    #[test]
    fn subjects_become_event_types() {
        let properties = event_type_properties(&config(), "ORDERS", "orders.>");
        assert_eq!(properties.qualified_name.as_deref(), Some("NATS::broker:4222::ORDERS::subject::orders.>"));
        assert_eq!(properties.display_name.as_deref(), Some("orders.>"));
    }

    #[test]
    fn durable_consumers_become_connections() {
        let consumer: ConsumerInfo = serde_json::from_value(json!({
            "stream_name": "ORDERS", "name": "billing", "created": "2024-05-01T10:01:00Z",
            "config": {
                "durable_name": "billing", "deliver_policy": "all", "ack_policy": "explicit",
                "ack_wait": 30_000_000_000_i64, "max_deliver": -1, "filter_subject": "orders.created",
                "replay_policy": "instant", "max_ack_pending": 1000
            }
        }))
        .unwrap();
        let properties = consumer_properties(&config(), "ORDERS", &consumer);
        assert_eq!(properties.qualified_name.as_deref(), Some("NATS::broker:4222::ORDERS::consumer::billing"));
        assert_eq!(properties.display_name.as_deref(), Some("billing"));
        assert_eq!(
            properties.description.as_deref(),
            Some("The durable consumer billing of the JetStream stream ORDERS")
        );
        assert_eq!(
            Value::Object(properties.configuration_properties.unwrap().into_iter().collect()),
            json!({
                "stream": "ORDERS", "durableName": "billing", "filterSubjects": ["orders.created"],
                "ackPolicy": "explicit", "ackWait": "PT30S", "deliverPolicy": "all", "replayPolicy": "instant",
                "maxDeliver": -1, "maxAckPending": 1000, "delivery": "pull", "created": "2024-05-01T10:01:00Z"
            })
        );

        let push: ConsumerInfo = serde_json::from_value(json!({
            "stream_name": "ORDERS", "name": "mailer",
            "config": {
                "durable_name": "mailer", "description": "Sends mail", "deliver_subject": "mail.inbox",
                "deliver_group": "mailers", "filter_subjects": ["orders.created", "orders.shipped"], "ack_policy": "none"
            }
        }))
        .unwrap();
        let properties = consumer_properties(&config(), "ORDERS", &push);
        assert_eq!(properties.description.as_deref(), Some("Sends mail"));
        let configuration = properties.configuration_properties.unwrap();
        assert_eq!(configuration["delivery"], "push");
        assert_eq!(configuration["deliverSubject"], "mail.inbox");
        assert_eq!(configuration["deliverGroup"], "mailers");
        assert_eq!(configuration["filterSubjects"], json!(["orders.created", "orders.shipped"]));
        assert!(!configuration.contains_key("ackWait") && !configuration.contains_key("created"));
    }

    #[test]
    fn the_server_becomes_an_endpoint() {
        let properties = endpoint_properties(&NatsMonitorConfig { server_name: "events-prod".into(), ..config() });
        assert_eq!(properties.qualified_name.as_deref(), Some("NATS::events-prod::endpoint"));
        assert_eq!(properties.display_name.as_deref(), Some("NATS server events-prod"));
        assert_eq!(properties.network_address.as_deref(), Some("nats://broker:4222"));
        assert_eq!(properties.protocol.as_deref(), Some("nats"));
    }
}
