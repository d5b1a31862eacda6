//! The NATS monitor: each refresh reads the server's streams and their consumers, then hands all of
//! it to one topic synchronizer scoped by the server, which writes only what changed and removes
//! what was deleted. In blocking mode, `engage` also follows the JetStream advisories and applies
//! each stream they name at once.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use topic_integrator::serde_json::Value;
use topic_integrator::{
    AuditLog, Connection, ContextSlot, ElementRef, OmisError, RelationshipEnd, Result, SyncOptions, SyncSummary,
    TopicIntegratorConnector, TopicIntegratorContext, TopicSynchronizer, async_trait,
};

use crate::config::NatsMonitorConfig;
use crate::error::{
    NATS_MONITOR_API_FAILED, NATS_MONITOR_NO_JETSTREAM, NATS_MONITOR_REFUSED, NATS_MONITOR_UNREACHABLE,
};
use crate::jetstream::{
    Advisory, AdvisoryAction, CONSUMER_ADVISORIES, ConsumerInfo, JetStream, JetStreamError, STREAM_ADVISORIES,
    StreamInfo,
};
use crate::mapping::{
    ENDPOINT_KEY, asset_connection_key, connect_to_endpoint_key, consumer_key, consumer_properties,
    consumer_qualified_name, endpoint_properties, event_type_properties, event_type_qualified_name, stream_key,
    subject_key, subjects, topic_properties, topic_qualified_name,
};
use crate::nats::{NatsClient, NatsError, Subscription};

/// How long `engage` waits for an advisory before it returns.
pub const ADVISORY_WAIT: Duration = Duration::from_secs(1);

/// After an advisory, how long `engage` keeps collecting the ones that follow (a stream and its
/// consumers are often created together) before it applies them.
const ADVISORY_SETTLE: Duration = Duration::from_millis(100);

/// How often the list of streams is read again when it changed while it was paged through.
const LISTING_ATTEMPTS: usize = 3;

/// Statistic: streams catalogued by the last complete read of the server.
pub const STREAMS_CATALOGUED: &str = "streamsCatalogued";
/// Statistic: advisories received (blocking mode).
pub const ADVISORIES_RECEIVED: &str = "advisoriesReceived";
/// Statistic: streams brought in step because an advisory named them (blocking mode).
pub const STREAMS_APPLIED: &str = "streamsApplied";
/// Statistic: whether the advisories are being followed now (blocking mode).
pub const WATCHING_ADVISORIES: &str = "watchingAdvisories";
/// Statistic: why the advisories could not be followed, the last time they could not.
pub const LAST_ADVISORY_PROBLEM: &str = "lastAdvisoryProblem";

/// One stream as read from the server.
#[derive(Debug, Clone)]
struct ReadStream {
    info: StreamInfo,
    /// Its durable consumers, by name (empty unless consumers are catalogued).
    consumers: Vec<ConsumerInfo>,
    /// False when its consumers changed while they were listed: some may be missing.
    consumers_complete: bool,
}

/// Everything read from the server for one complete synchronization.
#[derive(Debug, Default)]
struct ServerSnapshot {
    streams: Vec<ReadStream>,
    /// Why the read may have missed something (then nothing is removed).
    incomplete: Option<String>,
}

/// The server's advisories, followed in blocking mode.
struct Watcher {
    client: NatsClient,
    advisories: Subscription,
}

/// Why applying an advisory stopped: the server (follow again, after a complete read) or the
/// repository (the connector's error).
enum ApplyError {
    Server(OmisError),
    Repository(OmisError),
}

#[derive(Debug, Default)]
struct Statistics {
    streams_catalogued: usize,
    advisories_received: u64,
    streams_applied: u64,
    last_advisory_problem: Option<String>,
}

/// Catalogs a NATS JetStream server (see the [crate](crate) documentation).
pub struct NatsMonitorConnector {
    config: NatsMonitorConfig,
    name: String,
    context: ContextSlot<TopicIntegratorContext>,
    watcher: Option<Watcher>,
    statistics: Statistics,
}

impl std::fmt::Debug for NatsMonitorConnector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NatsMonitorConnector")
            .field("config", &self.config)
            .field("name", &self.name)
            .field("watching", &self.watcher.is_some())
            .finish_non_exhaustive()
    }
}

impl NatsMonitorConnector {
    /// A connector with this configuration (`initialize` replaces it with the connection's).
    pub fn new(config: NatsMonitorConfig) -> NatsMonitorConnector {
        NatsMonitorConnector {
            config,
            name: String::new(),
            context: ContextSlot::new(),
            watcher: None,
            statistics: Statistics::default(),
        }
    }

    /// What the connector catalogs.
    pub fn config(&self) -> &NatsMonitorConfig {
        &self.config
    }

    fn name_for_messages(&self) -> &str {
        if self.name.is_empty() { "(unnamed)" } else { &self.name }
    }

    fn connect_error(&self, error: &NatsError) -> OmisError {
        let address = self.config.address.url();
        match error {
            NatsError::Server(_) | NatsError::TlsRequired => {
                NATS_MONITOR_REFUSED.error(&[&self.name_for_messages(), &address, error])
            }
            _ => NATS_MONITOR_UNREACHABLE.error(&[&self.name_for_messages(), &address, error]),
        }
    }

    fn api_error(&self, what: &str, error: &JetStreamError) -> OmisError {
        let address = self.config.address.url();
        match error {
            JetStreamError::Nats(NatsError::NoResponders(subject)) => {
                NATS_MONITOR_NO_JETSTREAM.error(&[&self.name_for_messages(), &address, subject])
            }
            _ => NATS_MONITOR_API_FAILED.error(&[&self.name_for_messages(), &what, &address, error]),
        }
    }

    async fn connect(&self) -> Result<NatsClient> {
        NatsClient::connect(&self.config.connect_options()).await.map_err(|error| self.connect_error(&error))
    }

    /// Reads every stream to catalog, with its durable consumers. Fails on the first thing that
    /// cannot be read, before anything is written.
    async fn read_server(&self, client: &NatsClient) -> Result<ServerSnapshot> {
        let api = JetStream::new(client, self.config.request_timeout);
        let mut listing = api.streams().await.map_err(|error| self.api_error("the list of streams", &error))?;
        for _ in 1..LISTING_ATTEMPTS {
            if listing.consistent {
                break;
            }
            listing = api.streams().await.map_err(|error| self.api_error("the list of streams", &error))?;
        }
        let mut snapshot = ServerSnapshot {
            incomplete: (!listing.consistent)
                .then(|| format!("the list of streams changed each of the {LISTING_ATTEMPTS} times it was read")),
            ..ServerSnapshot::default()
        };
        let mut streams: Vec<StreamInfo> =
            listing.items.into_iter().filter(|stream| self.config.catalogs(&stream.config.name)).collect();
        streams.sort_by(|a, b| a.config.name.cmp(&b.config.name));
        for info in streams {
            let Some(read) = self.read_consumers(&api, info).await? else {
                // Deleted since it was listed: it is not there to catalog.
                continue;
            };
            if !read.consumers_complete {
                snapshot.incomplete.get_or_insert_with(|| {
                    format!("the consumers of stream {} changed while they were read", read.info.config.name)
                });
            }
            snapshot.streams.push(read);
        }
        Ok(snapshot)
    }

    /// A stream with its durable consumers (when they are catalogued); `None` when the stream no
    /// longer exists.
    async fn read_consumers(&self, api: &JetStream<'_>, info: StreamInfo) -> Result<Option<ReadStream>> {
        if !self.config.catalog_consumers {
            return Ok(Some(ReadStream { info, consumers: Vec::new(), consumers_complete: true }));
        }
        let name = info.config.name.clone();
        let what = format!("the consumers of stream {name}");
        let Some(listing) = api.consumers(&name).await.map_err(|error| self.api_error(&what, &error))? else {
            return Ok(None);
        };
        let mut consumers: Vec<ConsumerInfo> = listing.items.into_iter().filter(ConsumerInfo::is_durable).collect();
        consumers.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Some(ReadStream { info, consumers, consumers_complete: listing.consistent }))
    }

    /// One complete synchronization of the server's scope.
    async fn synchronize(&self, context: &TopicIntegratorContext, snapshot: &ServerSnapshot) -> Result<SyncSummary> {
        let mut sync = context.synchronizer(&self.config.server_name, SyncOptions::default())?;
        if let Some(reason) = &snapshot.incomplete {
            sync.mark_incomplete(reason.clone());
        }
        sync.upsert_endpoint(ENDPOINT_KEY, &endpoint_properties(&self.config)).await?;
        for stream in &snapshot.streams {
            upsert_stream(&mut sync, &self.config, stream).await?;
        }
        sync.complete().await
    }

    /// Connects, reads the server, synchronizes. Nothing is written unless everything was read.
    async fn refresh_all(&mut self, context: &TopicIntegratorContext) -> Result<()> {
        let client = self.connect().await?;
        let snapshot = self.read_server(&client).await?;
        drop(client);
        self.synchronize(context, &snapshot).await?;
        self.statistics.streams_catalogued = snapshot.streams.len();
        Ok(())
    }

    /// Brings one stream in step with the server after an advisory named it: re-read, then
    /// upserted (and its vanished subjects and consumers removed), or removed when it is gone.
    async fn apply_stream(
        &self,
        context: &TopicIntegratorContext,
        client: &NatsClient,
        stream: &str,
    ) -> std::result::Result<(), ApplyError> {
        let api = JetStream::new(client, self.config.request_timeout);
        let info = api
            .stream(stream)
            .await
            .map_err(|error| ApplyError::Server(self.api_error(&format!("stream {stream}"), &error)))?;
        let read = match info {
            Some(info) => self.read_consumers(&api, info).await.map_err(ApplyError::Server)?,
            None => None,
        };
        let Some(read) = read else {
            return self.remove_stream(context, stream).await.map_err(ApplyError::Repository);
        };
        self.upsert_one(context, &read).await.map_err(ApplyError::Repository)
    }

    /// Upserts one stream in the server's scope without ending the enumeration (nothing else is
    /// removed), then removes the subjects and consumers it no longer has.
    async fn upsert_one(&self, context: &TopicIntegratorContext, read: &ReadStream) -> Result<()> {
        let mut sync = context.synchronizer(&self.config.server_name, SyncOptions::partial())?;
        sync.upsert_endpoint(ENDPOINT_KEY, &endpoint_properties(&self.config)).await?;
        upsert_stream(&mut sync, &self.config, read).await?;
        sync.flush().await?;
        let topic = sync.guid_of(&stream_key(&read.info.config.name)).map(str::to_owned);
        // Not a complete enumeration of the scope: dropped, not completed, so nothing else goes.
        drop(sync);
        let Some(topic) = topic else { return Ok(()) };
        let server = &self.config.server_name;
        let stream = &read.info.config.name;
        let subjects: HashSet<String> = subjects(&read.info)
            .into_iter()
            .map(|subject| event_type_qualified_name(server, stream, subject))
            .collect();
        let subject_prefix = format!("{}::subject::", topic_qualified_name(server, stream));
        for event_type in context.get_event_types_for_topic(&topic, 0, 0).await? {
            if let Some(name) = event_type.properties.qualified_name.as_deref()
                && name.starts_with(&subject_prefix)
                && !subjects.contains(name)
            {
                context.remove_event_type(event_type.guid()).await?;
            }
        }
        if read.consumers_complete {
            let consumers: HashSet<String> =
                read.consumers.iter().map(|consumer| consumer_qualified_name(server, stream, &consumer.name)).collect();
            self.remove_consumers(context, &topic, stream, &consumers).await?;
        }
        Ok(())
    }

    /// Removes the consumer connections of a stream's topic, except those in `keep`.
    async fn remove_consumers(
        &self,
        context: &TopicIntegratorContext,
        topic: &str,
        stream: &str,
        keep: &HashSet<String>,
    ) -> Result<()> {
        let prefix = format!("{}::consumer::", topic_qualified_name(&self.config.server_name, stream));
        for link in context.get_asset_connection_links(topic, RelationshipEnd::End1, 0, 0).await? {
            let connection = context.get_connection_by_guid(&link.end2.guid).await?;
            if let Some(name) = connection.properties.qualified_name.as_deref()
                && name.starts_with(&prefix)
                && !keep.contains(name)
            {
                context.remove_connection(connection.guid()).await?;
            }
        }
        Ok(())
    }

    /// Removes a deleted stream's topic (with its event types) and its consumers' connections —
    /// only the connector's own.
    async fn remove_stream(&self, context: &TopicIntegratorContext, stream: &str) -> Result<()> {
        let name = topic_qualified_name(&self.config.server_name, stream);
        let topics = context.get_topics_by_name(&name, 0, 0).await?;
        if topics.is_empty() {
            return Ok(());
        }
        let mine: HashSet<String> =
            context.get_my_topics(0, 0).await?.iter().map(|topic| topic.guid().to_owned()).collect();
        for topic in topics {
            if topic.properties.qualified_name.as_deref() == Some(name.as_str()) && mine.contains(topic.guid()) {
                self.remove_consumers(context, topic.guid(), stream, &HashSet::new()).await?;
                context.remove_topic(topic.guid()).await?;
            }
        }
        Ok(())
    }

    /// Starts following the advisories: connects, subscribes, and waits until the server has the
    /// subscriptions.
    async fn watch(&self) -> std::result::Result<Watcher, OmisError> {
        let client = self.connect().await?;
        let mut subjects: Vec<&str> = STREAM_ADVISORIES.to_vec();
        if self.config.catalog_consumers {
            subjects.extend(CONSUMER_ADVISORIES);
        }
        let subscribed = match client.subscribe_all(&subjects) {
            Ok(advisories) => client.flush(self.config.request_timeout).await.map(|()| advisories),
            Err(error) => Err(error),
        };
        let advisories = subscribed.map_err(|error| self.connect_error(&error))?;
        Ok(Watcher { client, advisories })
    }

    /// Stops following the advisories after a problem (the next `engage` starts again).
    fn lose_watcher(&mut self, problem: String) {
        self.watcher = None;
        self.statistics.last_advisory_problem = Some(problem);
    }

    /// The streams the advisories of the next `wait` name, each once, in order; `Err` when the
    /// connection closed.
    async fn next_advisories(&mut self, wait: Duration) -> std::result::Result<Vec<String>, String> {
        let Some(watcher) = self.watcher.as_mut() else { return Ok(Vec::new()) };
        let first = match tokio::time::timeout(wait, watcher.advisories.next()).await {
            Err(_) => return Ok(Vec::new()),
            Ok(None) => {
                return Err(watcher.client.closed().unwrap_or_else(|| "the advisory subscription ended".to_owned()));
            }
            Ok(Some(message)) => message,
        };
        let mut messages = vec![first];
        let settle = tokio::time::Instant::now() + ADVISORY_SETTLE;
        while let Ok(Some(message)) = tokio::time::timeout_at(settle, watcher.advisories.next()).await {
            messages.push(message);
        }
        self.statistics.advisories_received += messages.len() as u64;
        let mut streams: Vec<String> = Vec::new();
        for advisory in messages.iter().filter_map(|message| Advisory::from_subject(&message.subject)) {
            let about_consumers =
                matches!(advisory.action, AdvisoryAction::ConsumerCreated | AdvisoryAction::ConsumerDeleted);
            if (about_consumers && !self.config.catalog_consumers) || !self.config.catalogs(&advisory.stream) {
                continue;
            }
            if !streams.contains(&advisory.stream) {
                streams.push(advisory.stream);
            }
        }
        Ok(streams)
    }
}

/// Upserts a stream: its topic, an event type per subject, and per durable consumer a connection
/// linked to the topic (`AssetConnection`) and to the server's endpoint (`ConnectToEndpoint`).
async fn upsert_stream(sync: &mut TopicSynchronizer, config: &NatsMonitorConfig, stream: &ReadStream) -> Result<()> {
    let name = &stream.info.config.name;
    let topic = stream_key(name);
    sync.upsert_topic(&topic, &topic_properties(config, &stream.info)).await?;
    for subject in subjects(&stream.info) {
        let properties = event_type_properties(config, name, subject);
        sync.upsert_event_type(&subject_key(name, subject), ElementRef::Key(topic.clone()), &properties).await?;
    }
    for consumer in &stream.consumers {
        let key = consumer_key(name, &consumer.name);
        sync.upsert_connection(&key, &consumer_properties(config, name, consumer)).await?;
        sync.upsert_asset_connection(
            &asset_connection_key(&key),
            ElementRef::Key(topic.clone()),
            ElementRef::Key(key.clone()),
        )
        .await?;
        sync.upsert_connection_endpoint(
            &connect_to_endpoint_key(&key),
            ElementRef::Key(key.clone()),
            ElementRef::Key(ENDPOINT_KEY.to_owned()),
        )
        .await?;
    }
    Ok(())
}

#[async_trait]
impl TopicIntegratorConnector for NatsMonitorConnector {
    fn initialize(&mut self, _connector_instance_id: &str, connection: Connection) -> Result<()> {
        self.config = NatsMonitorConfig::from_connection(&connection)?;
        Ok(())
    }

    fn set_audit_log(&mut self, audit_log: AuditLog) {
        self.context.set_audit_log(audit_log);
    }

    fn set_connector_name(&mut self, connector_name: &str) {
        connector_name.clone_into(&mut self.name);
        self.context.set_connector_name(connector_name);
    }

    fn set_context(&mut self, context: TopicIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&TopicIntegratorContext> {
        self.context.get("refresh")
    }

    /// Reads every stream to catalog (and its durable consumers), then synchronizes the server's
    /// scope. A server that cannot be reached or read fails the refresh before anything is written.
    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?.clone();
        self.refresh_all(&context).await
    }

    /// Follows the JetStream advisories: the first call (and the first after the connection was
    /// lost) subscribes, then reads the whole server to catch up; every call waits up to
    /// [`ADVISORY_WAIT`] for advisories and brings the streams they name in step. A server that
    /// cannot be reached is not an error here (the refreshes report it): `engage` waits and tries
    /// again on the next call, with the reason in the statistics. A repository error is.
    async fn engage(&mut self) -> Result<()> {
        let context = self.context.get("engage")?.clone();
        if self.watcher.is_none() {
            let watcher = match self.watch().await {
                Ok(watcher) => watcher,
                Err(error) => {
                    self.statistics.last_advisory_problem = Some(error.message().to_owned());
                    tokio::time::sleep(ADVISORY_WAIT).await;
                    return Ok(());
                }
            };
            // What changed before the subscription is caught up now, not at the next refresh.
            let snapshot = match self.read_server(&watcher.client).await {
                Ok(snapshot) => snapshot,
                Err(error) => {
                    self.statistics.last_advisory_problem = Some(error.message().to_owned());
                    return Ok(());
                }
            };
            self.synchronize(&context, &snapshot).await?;
            self.statistics.streams_catalogued = snapshot.streams.len();
            self.watcher = Some(watcher);
        }
        let streams = match self.next_advisories(ADVISORY_WAIT).await {
            Ok(streams) => streams,
            Err(problem) => {
                self.lose_watcher(problem);
                return Ok(());
            }
        };
        for stream in streams {
            let Some(watcher) = self.watcher.as_ref() else { break };
            match self.apply_stream(&context, &watcher.client, &stream).await {
                Ok(()) => self.statistics.streams_applied += 1,
                Err(ApplyError::Server(error)) => {
                    // Followed again from a complete read at the next call.
                    self.lose_watcher(error.message().to_owned());
                    return Ok(());
                }
                Err(ApplyError::Repository(error)) => return Err(error),
            }
        }
        Ok(())
    }

    async fn disconnect(&mut self) -> Result<()> {
        self.watcher = None;
        Ok(())
    }

    fn statistics(&self) -> BTreeMap<String, Value> {
        let mut statistics = BTreeMap::from([
            (STREAMS_CATALOGUED.to_owned(), Value::from(self.statistics.streams_catalogued)),
            (ADVISORIES_RECEIVED.to_owned(), Value::from(self.statistics.advisories_received)),
            (STREAMS_APPLIED.to_owned(), Value::from(self.statistics.streams_applied)),
            (WATCHING_ADVISORIES.to_owned(), Value::from(self.watcher.is_some())),
        ]);
        if let Some(problem) = &self.statistics.last_advisory_problem {
            statistics.insert(LAST_ADVISORY_PROBLEM.to_owned(), Value::from(problem.as_str()));
        }
        statistics
    }
}
