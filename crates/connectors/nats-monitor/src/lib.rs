//! # nats-monitor-connector
//!
//! The topic integration service's NATS JetStream monitor (`omis.topic.nats-jetstream`): it
//! catalogs the streams of a NATS server with JetStream and keeps the catalog in step, refresh
//! after refresh, and — in blocking mode — as the server announces changes.
//!
//! - The server becomes an `Endpoint` (`NATS::<server>::endpoint`, its `nats://host:port`).
//! - Each stream becomes a `Topic` (`NATS::<server>::<stream>`; `topicType` `NATS JetStream`),
//!   with its retention policy, storage, replicas, limits (age, bytes, messages, message size,
//!   consumers), discard policy, mirror and sources, creation time and — unless
//!   `catalogStreamState` is false — the messages and bytes it holds, as additional properties
//!   (`Topic` has no attributes for them, and `KafkaTopic`, the only subtype, is Kafka's).
//! - Each subject a stream captures becomes an `EventType` under the topic's `EventTypeList`
//!   (`...::subject::<subject>`): the events that flow through the topic, by subject.
//! - Each durable consumer becomes a `Connection` (`...::consumer::<name>`): how that consumer
//!   reads the topic, with its durable name, filter subjects, ack, deliver and replay policies and
//!   limits as configuration properties; linked to the topic (`AssetConnection`) and to the
//!   server's endpoint (`ConnectToEndpoint`), as Egeria links an asset to the connections that
//!   reach it. Ephemeral consumers come and go with their clients and are not catalogued.
//!
//! Each refresh reads everything first — the stream list (`$JS.API.STREAM.LIST`, paged, read again
//! if it changed meanwhile) and each stream's consumers (`$JS.API.CONSUMER.LIST.<stream>`) — then
//! hands it to one topic synchronizer whose scope is the server: an unchanged stream causes no
//! write, a changed one is updated, and what was deleted is removed. A server that cannot be
//! reached or read fails the refresh and changes nothing. `includeStreams` and `excludeStreams`
//! narrow the catalog by stream name patterns.
//!
//! With `usesBlockingCalls`, [`engage`](topic_integrator::TopicIntegratorConnector::engage)
//! subscribes to the advisories `$JS.EVENT.ADVISORY.STREAM.{CREATED,DELETED,UPDATED}.>` (and
//! `CONSUMER.{CREATED,DELETED}.>`), waits up to a second for them, and brings each stream they name
//! in step at once: re-read with `$JS.API.STREAM.INFO.<stream>` and upserted (its vanished subjects
//! and consumers removed), or removed when it is gone. An advisory missed while the connection was
//! down is repaired by the complete read that follows every (re)subscription, and by the next
//! refresh.
//!
//! The NATS client is small and hand-written ([`nats`]): the text protocol over a tokio TCP stream,
//! request/reply through `_INBOX` subjects, user/password or token authentication. It speaks
//! neither TLS nor NKEY/JWT authentication. [`jetstream`] holds the JetStream API calls.
//!
//! The provider, [`NatsMonitorProvider`], is registered by the daemon.

mod config;
mod connector;
mod error;
pub mod jetstream;
mod mapping;
pub mod nats;
mod provider;

pub use config::{
    CATALOG_CONSUMERS, CATALOG_STREAM_STATE, CONFIGURATION_PROPERTIES, DEFAULT_REQUEST_TIMEOUT_SECONDS,
    EXCLUDE_STREAMS, INCLUDE_STREAMS, MAX_REQUEST_TIMEOUT_SECONDS, NatsMonitorConfig, REQUEST_TIMEOUT_SECONDS,
    SERVER_NAME, StreamPattern,
};
pub use connector::{
    ADVISORIES_RECEIVED, ADVISORY_WAIT, LAST_ADVISORY_PROBLEM, NatsMonitorConnector, STREAMS_APPLIED,
    STREAMS_CATALOGUED, WATCHING_ADVISORIES,
};
pub use error::{
    NATS_MONITOR_ADDRESS_MISSING, NATS_MONITOR_API_FAILED, NATS_MONITOR_BAD_ADDRESS, NATS_MONITOR_BAD_BOOLEAN,
    NATS_MONITOR_BAD_PATTERN, NATS_MONITOR_BAD_SERVER_NAME, NATS_MONITOR_BAD_TIMEOUT, NATS_MONITOR_NO_JETSTREAM,
    NATS_MONITOR_REFUSED, NATS_MONITOR_UNREACHABLE,
};
pub use mapping::{
    DEPLOYED_IMPLEMENTATION_TYPE, PROTOCOL, TOPIC_TYPE, consumer_property, consumer_qualified_name,
    endpoint_qualified_name, event_type_qualified_name, iso_duration, stream_property, topic_qualified_name,
};
pub use provider::{NatsMonitorProvider, PROVIDER_NAME};
