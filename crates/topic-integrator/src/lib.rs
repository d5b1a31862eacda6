//! # topic-integrator
//!
//! The topic integration service of omis: what a connector needs to keep the open metadata
//! repository in step with an event broker (Kafka, Pulsar, NATS, MQTT, ...) — its topics, the
//! event types that flow through each topic (from a schema registry, say), the attributes of
//! those events, and the connections and endpoints that reach the broker.
//!
//! - [`TopicIntegratorConnector`]: the connector lifecycle with the typed context; keep the
//!   context in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`].
//! - [`TopicIntegratorContext`]: the typed operations ([`TopicIntegratorApi`]) — create, create
//!   from template, update (merge or replace), remove, find, get by name or GUID, list by parent,
//!   publish and withdraw for topics — over the repository. The first event type created under a
//!   topic gets the topic's `EventTypeList` on the way (attached with `Schema`; each event type is
//!   one of its options, `SchemaTypeOption`); event attributes hang from their event type
//!   (`AttributeForSchema`) or nest in another attribute (`NestedSchemaAttribute`). Removing an
//!   event type removes its attributes; removing a topic removes all of it.
//! - [`TopicSynchronizer`]: one enumeration of a broker's topics turned into the fewest writes,
//!   with correlation by the broker's own names and fail-safe removal of what was deleted.
//! - The property beans ([`TopicProperties`], [`EventTypeProperties`],
//!   [`EventSchemaAttributeProperties`], ...) with Egeria's property names; a subtype such as
//!   `KafkaTopic` is requested through `type_name`, its own attributes (`partitions`) going in
//!   `extended_properties`.
//! - With the `mocks` feature, `MockTopicIntegratorApi` to unit-test a connector without a
//!   repository ([`TopicIntegratorContext::from_api`]).
//!
//! The default permitted synchronization is `FROM_THIRD_PARTY`: the broker is the source of truth
//! and its connector catalogs it. A connector that also creates topics on the broker from open
//! metadata needs `BOTH_DIRECTIONS` (or `TO_THIRD_PARTY`) to register a listener
//! ([`register_listener`](TopicIntegratorApi::register_listener)).
//!
//! ## A connector
//!
//! ```no_run
//! use topic_integrator::*;
//!
//! /// Catalogs the topics of a Kafka cluster (a real connector would ask the cluster and its
//! /// schema registry).
//! #[derive(Default)]
//! struct KafkaCatalog {
//!     context: ContextSlot<TopicIntegratorContext>,
//! }
//!
//! #[async_trait::async_trait]
//! impl TopicIntegratorConnector for KafkaCatalog {
//!     fn set_context(&mut self, context: TopicIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&TopicIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     async fn refresh(&mut self) -> Result<()> {
//!         let context = self.context()?;
//!         let mut sync = context.synchronizer("cluster1", SyncOptions::default())?;
//!         let topic = TopicProperties {
//!             type_name: Some("KafkaTopic".into()),
//!             topic_name: Some("orders".into()),
//!             ..TopicProperties::new("kafka::cluster1::orders")
//!         };
//!         sync.upsert_topic("orders", &topic).await?;
//!         let event_type = EventTypeProperties::new("kafka::cluster1::orders/OrderPlaced");
//!         sync.upsert_event_type("orders/OrderPlaced", ElementRef::Key("orders".into()), &event_type).await?;
//!         let order_id = EventSchemaAttributeProperties {
//!             data_type: Some("string".into()),
//!             element_position: Some(0),
//!             ..EventSchemaAttributeProperties::new("kafka::cluster1::orders/OrderPlaced#orderId")
//!         };
//!         let parent = ElementRef::Key("orders/OrderPlaced".into());
//!         sync.upsert_event_schema_attribute("orders/OrderPlaced#orderId", parent, &order_id).await?;
//!         // Removes the topics and event types that were deleted, unless too much vanished at once.
//!         sync.complete().await?;
//!         Ok(())
//!     }
//! }
//!
//! let connector: Box<dyn IntegrationConnector> = into_connector(KafkaCatalog::default());
//! # let _ = connector;
//! ```
//!
//! ## Egeria equivalent
//!
//! `TopicIntegratorConnector` and `TopicIntegratorContext` of Egeria's topic integrator (over the
//! Data Manager OMAS's event broker client). Method names follow Egeria's in snake case
//! (`createEventType` → `create_event_type`, `setEventBrokerIsHome` →
//! `set_event_broker_is_home`); `remove_topic` and `remove_event_type` take only the GUID (Egeria
//! also passes the qualified name); deprecated overloads are left out; the synchronizer is
//! omis's own.

mod generated;
mod special;

pub use generated::*;
