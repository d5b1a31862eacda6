//! The JetStream API, over the request/reply of [`crate::nats`]: requests to `$JS.API.<...>`
//! subjects with JSON bodies, JSON replies that carry either the answer or an `error` object.
//!
//! The monitor reads the streams (`STREAM.LIST`, paged; `STREAM.INFO.<stream>`) and their
//! consumers (`CONSUMER.LIST.<stream>`, paged), and follows the advisories the server publishes on
//! `$JS.EVENT.ADVISORY.STREAM.*` and `$JS.EVENT.ADVISORY.CONSUMER.*`. Creating and deleting
//! streams and consumers is here for the tests (and for tools).

use std::collections::HashSet;
use std::fmt;
use std::time::Duration;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use topic_integrator::serde_json::{self, Value, json};

use crate::nats::{NatsClient, NatsError};

/// The prefix of the JetStream API subjects (of the default domain).
pub const API_PREFIX: &str = "$JS.API";

/// The JetStream error code of "stream not found".
pub const STREAM_NOT_FOUND: u32 = 10059;

/// The advisories published when a stream is created, deleted or its configuration updated.
pub const STREAM_ADVISORIES: [&str; 3] = [
    "$JS.EVENT.ADVISORY.STREAM.CREATED.>",
    "$JS.EVENT.ADVISORY.STREAM.DELETED.>",
    "$JS.EVENT.ADVISORY.STREAM.UPDATED.>",
];

/// The advisories published when a consumer is created or deleted.
pub const CONSUMER_ADVISORIES: [&str; 2] =
    ["$JS.EVENT.ADVISORY.CONSUMER.CREATED.>", "$JS.EVENT.ADVISORY.CONSUMER.DELETED.>"];

/// A stream as `STREAM.INFO` and `STREAM.LIST` describe it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct StreamInfo {
    /// Its configuration.
    pub config: StreamConfig,
    /// What it holds now.
    pub state: StreamState,
    /// When it was created (RFC 3339).
    pub created: Option<String>,
}

/// A stream's configuration (the fields the monitor catalogs).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct StreamConfig {
    /// The stream's name.
    pub name: String,
    /// Its description.
    pub description: Option<String>,
    /// The subjects it captures (wildcards allowed); none for a mirror.
    pub subjects: Option<Vec<String>>,
    /// `limits`, `interest` or `workqueue`.
    pub retention: String,
    /// `file` or `memory`.
    pub storage: String,
    /// The number of replicas.
    pub num_replicas: i64,
    /// The oldest message kept, in nanoseconds (0: no limit).
    pub max_age: i64,
    /// The most bytes kept (-1: no limit).
    pub max_bytes: i64,
    /// The most messages kept (-1: no limit).
    pub max_msgs: i64,
    /// The largest message accepted (-1: no limit).
    pub max_msg_size: i64,
    /// The most messages kept per subject (-1 or 0: no limit).
    pub max_msgs_per_subject: i64,
    /// The most consumers (-1: no limit).
    pub max_consumers: i64,
    /// Which messages go at a limit: `old` or `new`.
    pub discard: String,
    /// The stream this one mirrors.
    pub mirror: Option<StreamSource>,
    /// The streams this one sources from.
    pub sources: Option<Vec<StreamSource>>,
}

/// A stream another stream mirrors or sources.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct StreamSource {
    /// The stream's name.
    pub name: String,
}

/// What a stream holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct StreamState {
    /// Messages stored.
    pub messages: u64,
    /// Bytes stored.
    pub bytes: u64,
    /// Consumers.
    pub consumer_count: u64,
}

/// A consumer as `CONSUMER.LIST` describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ConsumerInfo {
    /// The stream it reads.
    pub stream_name: String,
    /// Its name (the durable name of a durable consumer).
    pub name: String,
    /// When it was created (RFC 3339).
    pub created: Option<String>,
    /// Its configuration.
    pub config: ConsumerConfig,
}

impl ConsumerInfo {
    /// True for a durable consumer (one that outlives its clients).
    pub fn is_durable(&self) -> bool {
        self.config.durable_name.as_deref().is_some_and(|name| !name.is_empty())
    }
}

/// A consumer's configuration (the fields the monitor catalogs).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ConsumerConfig {
    /// The durable name (absent for an ephemeral consumer).
    pub durable_name: Option<String>,
    /// Its description.
    pub description: Option<String>,
    /// Where delivery starts: `all`, `last`, `new`, `by_start_sequence`, `by_start_time`,
    /// `last_per_subject`.
    pub deliver_policy: String,
    /// `none`, `all` or `explicit`.
    pub ack_policy: String,
    /// How long an unacknowledged message waits before redelivery, in nanoseconds.
    pub ack_wait: i64,
    /// The most deliveries of a message (-1: no limit).
    pub max_deliver: i64,
    /// The subject filter (one).
    pub filter_subject: Option<String>,
    /// The subject filters (several, NATS 2.10 and later).
    pub filter_subjects: Option<Vec<String>>,
    /// `instant` or `original`.
    pub replay_policy: String,
    /// The most messages awaiting acknowledgement (-1: no limit).
    pub max_ack_pending: i64,
    /// Where a push consumer delivers (absent for a pull consumer).
    pub deliver_subject: Option<String>,
    /// The queue group of a push consumer's subscribers.
    pub deliver_group: Option<String>,
}

/// A listing, and whether it can be trusted to be complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing<T> {
    /// What was listed, each once.
    pub items: Vec<T>,
    /// False when the list changed while it was paged through (the totals of its pages differ, or
    /// fewer distinct items came back than the total): something may be missing.
    pub consistent: bool,
}

/// Why a JetStream call failed.
#[derive(Debug)]
pub enum JetStreamError {
    /// The request could not be made or was not answered.
    Nats(NatsError),
    /// The API answered with an error.
    Api {
        /// The API subject.
        subject: String,
        /// The HTTP-like code, e.g. 404.
        code: u16,
        /// JetStream's own code, e.g. 10059 (stream not found).
        err_code: u32,
        /// The server's description.
        description: String,
    },
    /// The reply is not what the API promises.
    Reply {
        /// The API subject.
        subject: String,
        /// What is wrong with it.
        problem: String,
    },
}

impl fmt::Display for JetStreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JetStreamError::Nats(error) => error.fmt(f),
            JetStreamError::Api { subject, code, err_code, description } => {
                write!(f, "{subject} answered {code} ({err_code}): {description}")
            }
            JetStreamError::Reply { subject, problem } => write!(f, "the reply of {subject} cannot be read: {problem}"),
        }
    }
}

impl std::error::Error for JetStreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            JetStreamError::Nats(error) => Some(error),
            _ => None,
        }
    }
}

impl From<NatsError> for JetStreamError {
    fn from(error: NatsError) -> JetStreamError {
        JetStreamError::Nats(error)
    }
}

impl JetStreamError {
    /// True when the API said the stream does not exist.
    pub fn is_stream_not_found(&self) -> bool {
        matches!(self, JetStreamError::Api { err_code: STREAM_NOT_FOUND, .. })
    }
}

/// The JetStream API of the connection's account.
#[derive(Debug, Clone, Copy)]
pub struct JetStream<'a> {
    client: &'a NatsClient,
    timeout: Duration,
}

impl<'a> JetStream<'a> {
    /// The API over a connection, each request waiting at most `timeout` for its reply.
    pub fn new(client: &'a NatsClient, timeout: Duration) -> JetStream<'a> {
        JetStream { client, timeout }
    }

    /// One API call: `$JS.API.<api>` with a JSON body (none when `Null`); the reply's JSON, or
    /// the error it carries.
    pub async fn call(&self, api: &str, body: &Value) -> Result<Value, JetStreamError> {
        let subject = format!("{API_PREFIX}.{api}");
        let payload = if body.is_null() { Vec::new() } else { body.to_string().into_bytes() };
        let reply = self.client.request(&subject, &payload, self.timeout).await?;
        let value: Value = serde_json::from_slice(&reply.payload)
            .map_err(|error| JetStreamError::Reply { subject: subject.clone(), problem: error.to_string() })?;
        if let Some(error) = value.get("error").filter(|error| !error.is_null()) {
            return Err(JetStreamError::Api {
                subject,
                code: error.get("code").and_then(Value::as_u64).and_then(|code| u16::try_from(code).ok()).unwrap_or(0),
                err_code: error
                    .get("err_code")
                    .and_then(Value::as_u64)
                    .and_then(|code| u32::try_from(code).ok())
                    .unwrap_or(0),
                description: error.get("description").and_then(Value::as_str).unwrap_or_default().to_owned(),
            });
        }
        Ok(value)
    }

    async fn call_as<T: DeserializeOwned>(&self, api: &str, body: &Value) -> Result<T, JetStreamError> {
        let value = self.call(api, body).await?;
        serde_json::from_value(value).map_err(|error| JetStreamError::Reply {
            subject: format!("{API_PREFIX}.{api}"),
            problem: error.to_string(),
        })
    }

    /// Pages through a list API (`offset` in the request; `total` and the items in each reply).
    async fn list<T: DeserializeOwned>(
        &self,
        api: &str,
        field: &str,
        name: fn(&T) -> &str,
    ) -> Result<Listing<T>, JetStreamError> {
        let mut items = Vec::new();
        let mut names = HashSet::new();
        let mut totals = Vec::new();
        let mut offset = 0_u64;
        loop {
            let page = self.call(api, &json!({ "offset": offset })).await?;
            let total = page.get("total").and_then(Value::as_u64).unwrap_or(0);
            totals.push(total);
            let values = match page.get(field) {
                Some(Value::Array(values)) => values.clone(),
                None | Some(Value::Null) => Vec::new(),
                Some(_) => {
                    return Err(JetStreamError::Reply {
                        subject: format!("{API_PREFIX}.{api}"),
                        problem: format!("{field} is not a list"),
                    });
                }
            };
            let count = values.len() as u64;
            for value in values {
                let item: T = serde_json::from_value(value).map_err(|error| JetStreamError::Reply {
                    subject: format!("{API_PREFIX}.{api}"),
                    problem: error.to_string(),
                })?;
                if names.insert(name(&item).to_owned()) {
                    items.push(item);
                }
            }
            offset += count;
            if count == 0 || offset >= total {
                break;
            }
        }
        let consistent =
            totals.windows(2).all(|pair| pair[0] == pair[1]) && totals.last() == Some(&(items.len() as u64));
        Ok(Listing { items, consistent })
    }

    /// Every stream of the account, with its configuration and state.
    pub async fn streams(&self) -> Result<Listing<StreamInfo>, JetStreamError> {
        self.list("STREAM.LIST", "streams", |stream: &StreamInfo| stream.config.name.as_str()).await
    }

    /// One stream; `None` when it does not exist.
    pub async fn stream(&self, name: &str) -> Result<Option<StreamInfo>, JetStreamError> {
        match self.call_as(&format!("STREAM.INFO.{name}"), &Value::Null).await {
            Ok(info) => Ok(Some(info)),
            Err(error) if error.is_stream_not_found() => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// The consumers of a stream; `None` when the stream does not exist.
    pub async fn consumers(&self, stream: &str) -> Result<Option<Listing<ConsumerInfo>>, JetStreamError> {
        match self.list(&format!("CONSUMER.LIST.{stream}"), "consumers", |consumer: &ConsumerInfo| &consumer.name).await
        {
            Ok(listing) => Ok(Some(listing)),
            Err(error) if error.is_stream_not_found() => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// Creates a stream from its configuration (JSON, with at least `name`).
    pub async fn create_stream(&self, config: &Value) -> Result<StreamInfo, JetStreamError> {
        let name = config.get("name").and_then(Value::as_str).unwrap_or_default();
        self.call_as(&format!("STREAM.CREATE.{name}"), config).await
    }

    /// Updates a stream's configuration (JSON, with at least `name`).
    pub async fn update_stream(&self, config: &Value) -> Result<StreamInfo, JetStreamError> {
        let name = config.get("name").and_then(Value::as_str).unwrap_or_default();
        self.call_as(&format!("STREAM.UPDATE.{name}"), config).await
    }

    /// Deletes a stream.
    pub async fn delete_stream(&self, name: &str) -> Result<(), JetStreamError> {
        self.call(&format!("STREAM.DELETE.{name}"), &Value::Null).await.map(|_| ())
    }

    /// Creates a durable consumer from its configuration (JSON, with at least `durable_name`).
    pub async fn create_durable_consumer(&self, stream: &str, config: &Value) -> Result<ConsumerInfo, JetStreamError> {
        let durable = config.get("durable_name").and_then(Value::as_str).unwrap_or_default();
        let body = json!({ "stream_name": stream, "config": config });
        self.call_as(&format!("CONSUMER.DURABLE.CREATE.{stream}.{durable}"), &body).await
    }

    /// Deletes a consumer.
    pub async fn delete_consumer(&self, stream: &str, consumer: &str) -> Result<(), JetStreamError> {
        self.call(&format!("CONSUMER.DELETE.{stream}.{consumer}"), &Value::Null).await.map(|_| ())
    }
}

/// What an advisory says happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdvisoryAction {
    /// A stream was created.
    StreamCreated,
    /// A stream was deleted.
    StreamDeleted,
    /// A stream's configuration changed.
    StreamUpdated,
    /// A consumer was created.
    ConsumerCreated,
    /// A consumer was deleted.
    ConsumerDeleted,
}

/// An advisory, from its subject: `$JS.EVENT.ADVISORY.STREAM.<ACTION>.<stream>` or
/// `$JS.EVENT.ADVISORY.CONSUMER.<ACTION>.<stream>.<consumer>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advisory {
    /// What happened.
    pub action: AdvisoryAction,
    /// The stream concerned.
    pub stream: String,
    /// The consumer concerned, for consumer advisories.
    pub consumer: Option<String>,
}

impl Advisory {
    /// The advisory a subject names; `None` for any other subject. (Stream names cannot contain
    /// dots, so the tokens are unambiguous.)
    pub fn from_subject(subject: &str) -> Option<Advisory> {
        let rest = subject.strip_prefix("$JS.EVENT.ADVISORY.")?;
        let tokens: Vec<&str> = rest.split('.').collect();
        let (action, stream, consumer) = match tokens.as_slice() {
            ["STREAM", "CREATED", stream] => (AdvisoryAction::StreamCreated, stream, None),
            ["STREAM", "DELETED", stream] => (AdvisoryAction::StreamDeleted, stream, None),
            ["STREAM", "UPDATED", stream] => (AdvisoryAction::StreamUpdated, stream, None),
            ["CONSUMER", "CREATED", stream, consumer] => (AdvisoryAction::ConsumerCreated, stream, Some(*consumer)),
            ["CONSUMER", "DELETED", stream, consumer] => (AdvisoryAction::ConsumerDeleted, stream, Some(*consumer)),
            _ => return None,
        };
        (!stream.is_empty()).then(|| Advisory {
            action,
            stream: (*stream).to_owned(),
            consumer: consumer.map(str::to_owned),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advisories_are_read_from_their_subjects() {
        let advisory = Advisory::from_subject("$JS.EVENT.ADVISORY.STREAM.CREATED.ORDERS").unwrap();
        assert_eq!(
            (advisory.action, advisory.stream.as_str(), advisory.consumer),
            (AdvisoryAction::StreamCreated, "ORDERS", None)
        );
        assert_eq!(
            Advisory::from_subject("$JS.EVENT.ADVISORY.STREAM.DELETED.ORDERS").unwrap().action,
            AdvisoryAction::StreamDeleted
        );
        assert_eq!(
            Advisory::from_subject("$JS.EVENT.ADVISORY.STREAM.UPDATED.ORDERS").unwrap().action,
            AdvisoryAction::StreamUpdated
        );
        let consumer = Advisory::from_subject("$JS.EVENT.ADVISORY.CONSUMER.DELETED.ORDERS.billing").unwrap();
        assert_eq!(
            (consumer.action, consumer.stream.as_str(), consumer.consumer.as_deref()),
            (AdvisoryAction::ConsumerDeleted, "ORDERS", Some("billing"))
        );
        for other in [
            "$JS.EVENT.ADVISORY.API",
            "$JS.EVENT.ADVISORY.STREAM.LEADER_ELECTED.ORDERS",
            "$JS.EVENT.ADVISORY.STREAM.CREATED.",
            "$JS.EVENT.ADVISORY.CONSUMER.CREATED.ORDERS",
            "orders.created",
        ] {
            assert_eq!(Advisory::from_subject(other), None, "{other}");
        }
    }

    #[test]
    fn stream_and_consumer_replies_are_read_with_defaults() {
        let info: StreamInfo = serde_json::from_value(json!({
            "config": {
                "name": "ORDERS", "subjects": ["orders.>"], "retention": "limits", "storage": "file",
                "num_replicas": 1, "max_age": 86_400_000_000_000_i64, "max_bytes": -1, "max_msgs": 1000,
                "discard": "old", "sources": null, "some_new_field": true
            },
            "state": { "messages": 3, "bytes": 120, "first_seq": 1 },
            "created": "2024-05-01T10:00:00.123456789Z",
            "cluster": { "leader": "n1" }
        }))
        .unwrap();
        assert_eq!(info.config.name, "ORDERS");
        assert_eq!(info.config.subjects.as_deref(), Some(&["orders.>".to_owned()][..]));
        assert_eq!((info.config.max_age, info.config.max_bytes, info.config.max_msgs), (86_400_000_000_000, -1, 1000));
        assert_eq!(info.config.sources, None);
        assert_eq!((info.state.messages, info.state.bytes), (3, 120));

        let consumer: ConsumerInfo = serde_json::from_value(json!({
            "stream_name": "ORDERS", "name": "billing",
            "config": { "durable_name": "billing", "ack_policy": "explicit", "filter_subject": "orders.created" },
            "num_pending": 4
        }))
        .unwrap();
        assert!(consumer.is_durable());
        assert_eq!(consumer.config.filter_subject.as_deref(), Some("orders.created"));
        let ephemeral: ConsumerInfo =
            serde_json::from_value(json!({ "stream_name": "ORDERS", "name": "x1", "config": {} })).unwrap();
        assert!(!ephemeral.is_durable());
    }
}
