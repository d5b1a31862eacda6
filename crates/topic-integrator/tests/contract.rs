//! Contract tests of the topic integration service against the real embedded (SQLite) store.

use std::sync::Arc;

use integration_daemon_api::{ErrorKind, ExternalIdQuery, MetadataStore, RelatedElementsQuery, deliver_events};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};
use topic_integrator::*;

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

async fn topic_context(store: &Arc<dyn MetadataStore>, name: &str) -> TopicIntegratorContext {
    let core = connect(
        store,
        identity(
            IntegrationService::Topic,
            name,
            PermittedSynchronization::FromThirdParty,
            Some(&format!("Kafka::{name}")),
        ),
    )
    .await;
    TopicIntegratorContext::new(core).unwrap()
}

fn attribute(qualified_name: &str, data_type: &str, position: i32) -> EventSchemaAttributeProperties {
    EventSchemaAttributeProperties {
        data_type: Some(data_type.into()),
        element_position: Some(position),
        ..EventSchemaAttributeProperties::new(qualified_name)
    }
}

/// One enumeration of the broker's `orders` topic: its event types (from the schema registry),
/// each with (name, type) attributes; `customer` is a struct with `id` and `email` nested in it.
/// The topic is reached through a connection to the broker's endpoint.
async fn enumerate(context: &TopicIntegratorContext, event_types: &[(&str, &[(&str, &str)])]) -> SyncSummary {
    let mut sync = context.synchronizer("orders", SyncOptions::default()).unwrap();
    let mut topic = TopicProperties {
        type_name: Some("KafkaTopic".into()),
        topic_name: Some("orders".into()),
        topic_type: Some("PubSub".into()),
        ..TopicProperties::new("kafka::broker1::orders")
    };
    topic.extended_properties.insert("partitions", 12);
    sync.upsert_topic("orders", &topic).await.unwrap();
    sync.upsert_endpoint(
        "broker1",
        &EndpointProperties {
            network_address: Some("broker1:9092".into()),
            protocol: Some("PLAINTEXT".into()),
            ..EndpointProperties::new("kafka::broker1::endpoint")
        },
    )
    .await
    .unwrap();
    sync.upsert_connection("orders.connection", &ConnectionProperties::new("kafka::broker1::orders::connection"))
        .await
        .unwrap();
    sync.upsert_connection_endpoint(
        "orders.connection->broker1",
        ElementRef::Key("orders.connection".into()),
        ElementRef::Key("broker1".into()),
    )
    .await
    .unwrap();
    sync.upsert_asset_connection(
        "orders->orders.connection",
        ElementRef::Key("orders".into()),
        ElementRef::Key("orders.connection".into()),
    )
    .await
    .unwrap();
    for (event_type, attributes) in event_types {
        let key = format!("orders/{event_type}");
        let properties = EventTypeProperties {
            display_name: Some((*event_type).into()),
            encoding_standard: Some("avro".into()),
            ..EventTypeProperties::new(format!("kafka::broker1::{key}"))
        };
        sync.upsert_event_type(&key, ElementRef::Key("orders".into()), &properties).await.unwrap();
        for (position, (name, data_type)) in attributes.iter().enumerate() {
            let attribute_key = format!("{key}#{name}");
            let position = i32::try_from(position).unwrap();
            let properties = attribute(&format!("kafka::broker1::{attribute_key}"), data_type, position);
            sync.upsert_event_schema_attribute(&attribute_key, ElementRef::Key(key.clone()), &properties)
                .await
                .unwrap();
            if *name == "customer" {
                for (nested_position, nested) in ["id", "email"].into_iter().enumerate() {
                    let nested_key = format!("{attribute_key}.{nested}");
                    let properties = attribute(
                        &format!("kafka::broker1::{nested_key}"),
                        "string",
                        i32::try_from(nested_position).unwrap(),
                    );
                    sync.upsert_event_schema_attribute(
                        &nested_key,
                        ElementRef::Key(attribute_key.clone()),
                        &properties,
                    )
                    .await
                    .unwrap();
                }
            }
        }
    }
    sync.complete().await.unwrap()
}

const ORDER_PLACED: (&str, &[(&str, &str)]) =
    ("OrderPlaced", &[("orderId", "string"), ("total", "decimal"), ("customer", "record")]);
const ORDER_CANCELLED: (&str, &[(&str, &str)]) = ("OrderCancelled", &[("orderId", "string"), ("reason", "string")]);

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_topic_enumeration_gives_elements_relationships_correlations_and_events() {
    let (_dir, store) = repository().await;
    let context = topic_context(&store, "broker1-monitor").await;
    let before = latest(&store).await;

    // First enumeration: everything is new.
    let summary = enumerate(&context, &[ORDER_PLACED, ORDER_CANCELLED]).await;
    // topic, endpoint, connection, the topic's event type list, 2 event types, 5 + 2 attributes,
    // and the 2 connection links.
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (15, 0, 0, 0), "{summary:?}");
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("KafkaTopic")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Endpoint")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Connection")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("EventTypeList")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("EventType")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("EventSchemaAttribute")), 7);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 13);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("Schema")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("SchemaTypeOption")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("AttributeForSchema")), 5);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("NestedSchemaAttribute")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ConnectToEndpoint")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("AssetConnection")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, None), 12);

    // The typed reads see the topic as the broker has it.
    let topics = context.get_topics_by_name("kafka::broker1::orders", 0, 0).await.unwrap();
    assert_eq!(topics.len(), 1);
    let topic = &topics[0];
    assert_eq!(topic.type_name(), "KafkaTopic");
    assert_eq!(
        (topic.properties.topic_name.as_deref(), topic.properties.topic_type.as_deref()),
        (Some("orders"), Some("PubSub"))
    );
    assert_eq!(
        topic.properties.extended_properties.get("partitions").and_then(integration_daemon_api::PropertyValue::as_i64),
        Some(12)
    );
    let mut event_types = context.get_event_types_for_topic(topic.guid(), 0, 0).await.unwrap();
    event_types.sort_by(|a, b| a.properties.display_name.cmp(&b.properties.display_name));
    let names: Vec<_> = event_types.iter().map(|e| e.properties.display_name.as_deref().unwrap()).collect();
    assert_eq!(names, ["OrderCancelled", "OrderPlaced"]);
    assert_eq!(event_types[1].properties.encoding_standard.as_deref(), Some("avro"));
    let placed = &event_types[1];
    let mut attributes = context.get_nested_schema_attributes(placed.guid(), 0, 0).await.unwrap();
    attributes.sort_by_key(|a| a.properties.element_position);
    let shapes: Vec<_> = attributes
        .iter()
        .map(|a| (a.properties.qualified_name.as_deref().unwrap(), a.properties.data_type.as_deref().unwrap()))
        .collect();
    assert_eq!(
        shapes,
        [
            ("kafka::broker1::orders/OrderPlaced#orderId", "string"),
            ("kafka::broker1::orders/OrderPlaced#total", "decimal"),
            ("kafka::broker1::orders/OrderPlaced#customer", "record"),
        ]
    );
    let mut nested = context.get_nested_schema_attributes(attributes[2].guid(), 0, 0).await.unwrap();
    nested.sort_by_key(|a| a.properties.element_position);
    let nested: Vec<_> = nested.iter().map(|a| a.properties.qualified_name.as_deref().unwrap()).collect();
    assert_eq!(
        nested,
        ["kafka::broker1::orders/OrderPlaced#customer.id", "kafka::broker1::orders/OrderPlaced#customer.email"]
    );
    let connections = context.get_asset_connection_links(topic.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(connections.len(), 1);
    let endpoints =
        context.get_connection_endpoint_links(&connections[0].end2.guid, RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(endpoints.len(), 1);
    let endpoint = context.get_endpoint_by_guid(&endpoints[0].end2.guid).await.unwrap();
    assert_eq!(endpoint.properties.network_address.as_deref(), Some("broker1:9092"));

    // Every element and link is correlated with the broker's names.
    let source = context.event_broker_guid().unwrap();
    let core = context.integration_context().unwrap();
    let correlations = core
        .find_external_ids(&ExternalIdQuery { scope_guid: Some(source.clone()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(correlations.len(), 15);
    assert!(correlations.iter().any(|c| c.key == "orders#schemaType" && c.element_type == "EventTypeList"));
    assert!(correlations.iter().any(|c| c.key == "orders/OrderPlaced#customer.email"));
    // The elements are owned by the broker's metadata source.
    assert_eq!(topic.element_header.origin.home_metadata_collection_name.as_deref(), Some("Kafka::broker1-monitor"));
    assert_eq!(context.event_broker_name().as_deref(), Some("Kafka::broker1-monitor"));
    assert_eq!(context.get_my_topics(0, 0).await.unwrap().len(), 1);

    // The same again: nothing is written, no event.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&context, &[ORDER_PLACED, ORDER_CANCELLED]).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 15, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());

    // OrderCancelled withdrawn from the registry: it goes with its attributes; the rest stays.
    let before_removal = latest(&store).await;
    let summary = enumerate(&context, &[ORDER_PLACED]).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged), (0, 0, 12), "{summary:?}");
    assert_eq!(summary.removed, 3, "{summary:?}");
    let events = changes_since(&store, before_removal).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("EventType")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("EventSchemaAttribute")), 2);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 3);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 0);
    let event_types = context.get_event_types_for_topic(topic.guid(), 0, 0).await.unwrap();
    assert_eq!(event_types.iter().map(TypedElement::guid).collect::<Vec<_>>(), [placed.guid()]);
    assert_eq!(context.find_event_schema_attributes("", 0, 0).await.unwrap().len(), 5);
    assert!(context.get_event_types_by_name("OrderCancelled", 0, 0).await.unwrap().is_empty());
    let left = core.count_external_ids(&ExternalIdQuery { scope_guid: Some(source), ..Default::default() }).await;
    assert_eq!(left.unwrap(), 12);
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn typed_calls_build_the_same_structure_and_check_kinds() {
    let (_dir, store) = repository().await;
    let context = topic_context(&store, "typed").await;
    let topic = context
        .create_topic(TopicProperties {
            topic_name: Some("payments".into()),
            ..TopicProperties::new("kafka::payments")
        })
        .await
        .unwrap();
    let authorised =
        context.create_event_type(&topic, EventTypeProperties::new("kafka::payments/PaymentAuthorised")).await.unwrap();
    let refunded =
        context.create_event_type(&topic, EventTypeProperties::new("kafka::payments/PaymentRefunded")).await.unwrap();
    let amount = context
        .create_event_schema_attribute(&authorised, attribute("kafka::payments/PaymentAuthorised#amount", "double", 0))
        .await
        .unwrap();
    let card = context
        .create_event_schema_attribute(&authorised, attribute("kafka::payments/PaymentAuthorised#card", "record", 1))
        .await
        .unwrap();
    let last4 = context
        .create_event_schema_attribute(&card, attribute("kafka::payments/PaymentAuthorised#card.last4", "string", 0))
        .await
        .unwrap();

    // One event type list was made for the topic, and both event types are options of it.
    let core = context.integration_context().unwrap();
    let lists = core.get_related_elements(&RelatedElementsQuery::new(topic.clone(), Some("Schema"))).await.unwrap();
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].element.type_name(), "EventTypeList");
    assert_eq!(lists[0].element.qualified_name(), Some("SchemaOf:kafka::payments"));
    let mut for_topic: Vec<_> =
        context.get_event_types_for_topic(&topic, 0, 0).await.unwrap().iter().map(|e| e.guid().to_owned()).collect();
    for_topic.sort();
    let mut expected = vec![authorised.clone(), refunded.clone()];
    expected.sort();
    assert_eq!(for_topic, expected);
    // Attributes nest: the event type lists its top-level attributes, an attribute its own.
    let top: Vec<_> = context.get_nested_schema_attributes(&authorised, 0, 0).await.unwrap();
    assert_eq!(top.len(), 2);
    let inner = context.get_nested_schema_attributes(&card, 0, 0).await.unwrap();
    assert_eq!(inner.iter().map(TypedElement::guid).collect::<Vec<_>>(), [last4.as_str()]);
    assert_eq!(inner[0].properties.element_position, Some(0));
    assert!(context.get_nested_schema_attributes(&refunded, 0, 0).await.unwrap().is_empty());

    // Kinds are checked.
    let error = context.get_topic_by_guid(&authorised).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("EventType") && error.message().contains("getTopicByGUID"), "{error}");
    let error = context.get_event_type_by_guid(&topic).await.unwrap_err();
    assert!(error.message().contains("Topic") && error.message().contains("getEventTypeByGUID"), "{error}");
    let error = context.get_event_schema_attribute_by_guid(&authorised).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(context.get_topic_by_guid("no-such-guid").await.unwrap_err().is_not_found());
    let error = context
        .create_topic(TopicProperties { type_name: Some("EventType".into()), ..TopicProperties::new("kafka::x") })
        .await
        .unwrap_err();
    assert!(error.message().contains("EventType") && error.message().contains("Topic"), "{error}");
    assert!(context.get_topics_by_name("kafka::x", 0, 0).await.unwrap().is_empty(), "nothing was written");

    // Merge keeps what is not given; replace drops it.
    context
        .update_topic(&topic, true, TopicProperties { description: Some("card payments".into()), ..Default::default() })
        .await
        .unwrap();
    let read = context.get_topic_by_guid(&topic).await.unwrap();
    assert_eq!(
        (read.properties.topic_name.as_deref(), read.properties.description.as_deref()),
        (Some("payments"), Some("card payments"))
    );
    context.update_topic(&topic, false, TopicProperties::new("kafka::payments")).await.unwrap();
    let read = context.get_topic_by_guid(&topic).await.unwrap();
    assert_eq!((read.properties.topic_name, read.properties.description), (None, None));
    // An attribute's position lives on its nesting relationship and is updated there; its type
    // in its TypeEmbeddedAttribute classification.
    context
        .update_event_schema_attribute(
            &amount,
            true,
            EventSchemaAttributeProperties {
                element_position: Some(7),
                data_type: Some("decimal".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let read = context.get_event_schema_attribute_by_guid(&amount).await.unwrap();
    assert_eq!((read.properties.element_position, read.properties.data_type.as_deref()), (Some(7), Some("decimal")));
    assert_eq!(read.properties.qualified_name.as_deref(), Some("kafka::payments/PaymentAuthorised#amount"));
    context
        .update_event_type(
            &refunded,
            true,
            EventTypeProperties { description: Some("money back".into()), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(context.find_event_types("money back", 0, 0).await.unwrap().len(), 1);
    assert_eq!(
        context
            .get_event_schema_attributes_by_name("kafka::payments/PaymentAuthorised#card.last4", 0, 0)
            .await
            .unwrap()
            .len(),
        1
    );

    // Publishing puts the topic in the publish zones; withdrawing takes it out.
    context.publish_topic(&topic).await.unwrap();
    assert_eq!(core.get_element(&topic).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    context.withdraw_topic(&topic).await.unwrap();
    assert!(core.get_element(&topic).await.unwrap().unwrap().zone_membership().is_empty());
    assert!(context.publish_topic(&authorised).await.is_err(), "an event type is not a topic");

    // Removing an event type removes its attributes, nested ones too.
    context.remove_event_type(&authorised).await.unwrap();
    assert!(context.get_event_schema_attribute_by_guid(&last4).await.unwrap_err().is_not_found());
    assert!(context.find_event_schema_attributes("", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.get_event_types_for_topic(&topic, 0, 0).await.unwrap().len(), 1);
    // Removing the topic removes its event type list and event types.
    context.remove_topic(&topic).await.unwrap();
    assert!(context.find_event_types("", 0, 0).await.unwrap().is_empty());
    assert!(core.get_element(&lists[0].element.guid).await.unwrap().is_none());
    assert!(context.find_topics("", 0, 0).await.unwrap().is_empty());
}

#[tokio::test]
async fn templates_copy_the_event_types_of_a_topic() {
    let (_dir, store) = repository().await;
    let context = topic_context(&store, "templates").await;
    let template = context.create_topic(TopicProperties::new("template::topic")).await.unwrap();
    let event_type =
        context.create_event_type(&template, EventTypeProperties::new("template::topic/Changed")).await.unwrap();
    context
        .create_event_schema_attribute(&event_type, attribute("template::topic/Changed#id", "string", 0))
        .await
        .unwrap();

    let copy = context
        .create_topic_from_template(
            &template,
            TemplateProperties {
                description: Some("from template".into()),
                ..TemplateProperties::named("prod::topic")
            },
        )
        .await
        .unwrap();
    let read = context.get_topic_by_guid(&copy).await.unwrap();
    assert_eq!(
        (read.properties.qualified_name.as_deref(), read.properties.description.as_deref()),
        (Some("prod::topic"), Some("from template"))
    );
    let event_types = context.get_event_types_for_topic(&copy, 0, 0).await.unwrap();
    assert_eq!(event_types.len(), 1);
    assert_eq!(event_types[0].properties.qualified_name.as_deref(), Some("prod::topic/Changed"));
    let attributes = context.get_nested_schema_attributes(event_types[0].guid(), 0, 0).await.unwrap();
    assert_eq!(attributes.len(), 1);
    assert_eq!(attributes[0].properties.qualified_name.as_deref(), Some("prod::topic/Changed#id"));
    assert_eq!(attributes[0].properties.data_type.as_deref(), Some("string"));
    // The template is untouched; removing the copy removes its copies only.
    assert_eq!(context.get_event_types_for_topic(&template, 0, 0).await.unwrap().len(), 1);
    context.remove_topic(&copy).await.unwrap();
    assert_eq!(context.find_event_types("", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_event_schema_attributes("", 0, 0).await.unwrap().len(), 1);
}

#[tokio::test]
async fn permitted_synchronization_and_ownership_hold_through_the_typed_api() {
    let (_dir, store) = repository().await;
    let owner = topic_context(&store, "owner").await;
    let topic = owner.create_topic(TopicProperties::new("kafka::owned")).await.unwrap();
    let event_type = owner.create_event_type(&topic, EventTypeProperties::new("kafka::owned/E")).await.unwrap();

    // Another source may read but not change what the owner catalogued.
    let other = topic_context(&store, "other").await;
    assert_eq!(other.get_topic_by_guid(&topic).await.unwrap().guid(), topic);
    let error = other
        .update_topic(&topic, true, TopicProperties { description: Some("x".into()), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.remove_event_type(&event_type).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.remove_topic(&topic).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert_eq!(other.get_my_topics(0, 0).await.unwrap().len(), 0, "not the other broker's topic");

    // With setEventBrokerIsHome(false), what the connector creates is shared: anyone may change it.
    other.set_event_broker_is_home(false);
    let shared = other.create_topic(TopicProperties::new("kafka::shared")).await.unwrap();
    let read = owner.get_topic_by_guid(&shared).await.unwrap();
    assert_eq!(read.element_header.origin.home_metadata_collection_name, None);
    owner
        .update_topic(&shared, true, TopicProperties { description: Some("by owner".into()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(other.get_topic_by_guid(&shared).await.unwrap().properties.description.as_deref(), Some("by owner"));

    // A connector that may only push open metadata to the broker cannot write it.
    let core = connect(
        &store,
        identity(IntegrationService::Topic, "pusher", PermittedSynchronization::ToThirdParty, Some("Kafka::pusher")),
    )
    .await;
    let pusher = TopicIntegratorContext::new(core).unwrap();
    let error = pusher.create_topic(TopicProperties::new("kafka::refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("TO_THIRD_PARTY") && error.message().contains("createTopic"), "{error}");
    let error = pusher.create_event_type(&shared, EventTypeProperties::new("kafka::shared/E")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert_eq!(pusher.find_topics("", 0, 0).await.unwrap().len(), 2, "reads are allowed");
    assert!(pusher.validate_write_to_third_party("createKafkaTopic").is_ok());
    assert!(owner.validate_write_to_third_party("createKafkaTopic").is_err(), "FROM_THIRD_PARTY may not push");
    // A context of another service is refused.
    let files =
        connect(&store, identity(IntegrationService::Files, "files", PermittedSynchronization::FromThirdParty, None))
            .await;
    let error = TopicIntegratorContext::new(files).unwrap_err();
    assert!(error.message().contains("Files") || error.message().contains("files"), "{error}");
}

/// A connector as an author would write it, unit-tested against the mock: makes sure each topic
/// it is configured with is catalogued with its event type.
#[derive(Default)]
struct TopicRegistrar {
    context: ContextSlot<TopicIntegratorContext>,
    topics: Vec<String>,
    created: usize,
    heard: Vec<String>,
}

#[async_trait::async_trait]
impl TopicIntegratorConnector for TopicRegistrar {
    fn set_context(&mut self, context: TopicIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&TopicIntegratorContext> {
        self.context.get("context")
    }

    async fn start(&mut self) -> Result<()> {
        self.context()?.register_listener().await
    }

    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?.clone();
        for name in &self.topics {
            if context.get_topics_by_name(name, 0, 0).await?.is_empty() {
                let guid = context.create_topic(TopicProperties::new(name.clone())).await?;
                context.create_event_type(&guid, EventTypeProperties::new(format!("{name}/Event"))).await?;
                self.created += 1;
            }
        }
        Ok(())
    }

    async fn process_event(&mut self, event: &ChangeEvent) -> Result<()> {
        self.heard.push(format!("{:?} {}", event.event_type, event.type_name));
        Ok(())
    }
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let mut mock = MockTopicIntegratorApi::new();
    mock.expect_register_listener().times(1).returning(|| Ok(()));
    mock.expect_get_topics_by_name().times(1).returning(|_, _, _| Ok(Vec::new()));
    mock.expect_create_topic()
        .withf(|properties| properties.qualified_name.as_deref() == Some("kafka::audit"))
        .times(1)
        .returning(|_| Ok("topic-1".into()));
    mock.expect_create_event_type()
        .withf(|topic, properties| {
            topic == "topic-1" && properties.qualified_name.as_deref() == Some("kafka::audit/Event")
        })
        .times(1)
        .returning(|_, _| Ok("event-type-1".into()));
    let mut connector = TopicRegistrar { topics: vec!["kafka::audit".into()], ..Default::default() };
    assert!(connector.start().await.is_err(), "no context before set_context (NULL_CONTEXT)");
    connector.set_context(TopicIntegratorContext::from_api(Arc::new(mock)));
    connector.start().await.unwrap();
    connector.refresh().await.unwrap();
    assert_eq!(connector.created, 1);
}

#[tokio::test]
async fn the_adapter_hosts_a_typed_connector_in_the_core_lifecycle() {
    let (_dir, store) = repository().await;
    let mut adapter =
        TopicIntegratorAdapter::new(TopicRegistrar { topics: vec!["kafka::audit".into()], ..Default::default() });
    let connector: &mut dyn IntegrationConnector = &mut adapter;
    connector.initialize("instance-1", Connection::default()).unwrap();
    connector.set_connector_name("registrar");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let api =
        connect(&store, identity(IntegrationService::Api, "registrar", PermittedSynchronization::FromThirdParty, None))
            .await;
    assert!(connector.set_context(api).is_err());
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
    // Listeners carry open metadata to the broker: a FROM_THIRD_PARTY connector may not have one.
    let inbound = connect(
        &store,
        identity(
            IntegrationService::Topic,
            "registrar",
            PermittedSynchronization::FromThirdParty,
            Some("Kafka::registrar"),
        ),
    )
    .await;
    connector.set_context(inbound).unwrap();
    let error = connector.start().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert!(error.message().contains("registerListener"), "{error}");
    let core = connect(
        &store,
        identity(
            IntegrationService::Topic,
            "registrar",
            PermittedSynchronization::BothDirections,
            Some("Kafka::registrar"),
        ),
    )
    .await;
    connector.set_context(core.clone()).unwrap();
    connector.start().await.unwrap();
    assert!(core.listener_registered(), "start registered the listener");
    connector.refresh().await.unwrap();
    connector.refresh().await.unwrap();
    // The connector's own writes are not echoed back to it; another broker's topic is.
    assert_eq!(deliver_events(connector, &core, 100).await.unwrap(), 0);
    let other = topic_context(&store, "other").await;
    other.create_topic(TopicProperties::new("kafka::other")).await.unwrap();
    assert_eq!(deliver_events(connector, &core, 100).await.unwrap(), 1);
    assert_eq!(deliver_events(connector, &core, 100).await.unwrap(), 0, "the cursor moved on");
    connector.disconnect().await.unwrap();
    assert_eq!(adapter.connector().heard, ["NewElement Topic"]);
    assert_eq!(adapter.connector().created, 1, "the second refresh found the topic catalogued");
    let reader = topic_context(&store, "reader").await;
    let topics = reader.get_topics_by_name("kafka::audit", 0, 0).await.unwrap();
    assert_eq!(topics.len(), 1);
    assert_eq!(reader.get_event_types_for_topic(topics[0].guid(), 0, 0).await.unwrap().len(), 1);
    assert_eq!(topics[0].element_header.origin.home_metadata_collection_name.as_deref(), Some("Kafka::registrar"));
}
