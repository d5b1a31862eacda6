//! Contract tests of the catalog integration service against the real embedded (SQLite) store.

use std::sync::Arc;

use catalog_integrator::*;
use integration_daemon_api::{ErrorKind, ExternalIdQuery, MetadataStore, PropertyValue, RelatedElementsQuery};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

async fn core_context(
    store: &Arc<dyn MetadataStore>,
    name: &str,
    direction: PermittedSynchronization,
) -> IntegrationContext {
    connect(store, identity(IntegrationService::Catalog, name, direction, Some(&format!("Collibra::{name}")))).await
}

async fn catalog_context(store: &Arc<dyn MetadataStore>, name: &str) -> CatalogIntegratorContext {
    CatalogIntegratorContext::new(core_context(store, name, PermittedSynchronization::BothDirections).await).unwrap()
}

fn key(key: &str) -> ElementRef {
    ElementRef::Key(key.into())
}

/// One enumeration of a third-party catalog: two data assets (one with two columns), a glossary
/// with a category and two terms, a connection with its endpoint and connector type, a process
/// with two ports between the assets, a governance definition, a valid-values set with the
/// `currencies` given, and an external reference; with the relationships between them.
#[allow(clippy::too_many_lines, reason = "one enumeration, read top to bottom")]
async fn enumerate(context: &CatalogIntegratorContext, currencies: &[&str]) -> SyncSummary {
    let mut sync = context.synchronizer("collibra", SyncOptions::default()).unwrap();
    // Data assets and a schema.
    let orders = DataAssetProperties { display_name: Some("Orders".into()), ..DataAssetProperties::new("cat::orders") };
    sync.upsert_data_asset("orders", &orders).await.unwrap();
    sync.upsert_data_asset("orders-summary", &DataAssetProperties::new("cat::orders-summary")).await.unwrap();
    for (position, (column, data_type)) in [("id", "integer"), ("amount", "decimal")].into_iter().enumerate() {
        let properties = SchemaAttributeProperties {
            data_type: Some(data_type.into()),
            element_position: Some(i32::try_from(position).unwrap()),
            ..SchemaAttributeProperties::new(format!("cat::orders.{column}"))
        };
        sync.upsert_schema_attribute(&format!("orders.{column}"), key("orders"), &properties).await.unwrap();
    }
    // A glossary.
    let glossary = GlossaryProperties {
        display_name: Some("Sales".into()),
        language: Some("en".into()),
        ..GlossaryProperties::new("cat::glossaries/sales")
    };
    sync.upsert_glossary("sales", &glossary).await.unwrap();
    let finance = GlossaryCategoryProperties {
        display_name: Some("Finance".into()),
        ..GlossaryCategoryProperties::new("cat::glossaries/sales/finance")
    };
    sync.upsert_glossary_category("sales/finance", key("sales"), &finance).await.unwrap();
    for (term, summary) in [("revenue", "Money earned"), ("order", "A customer's request to buy")] {
        let properties = GlossaryTermProperties {
            display_name: Some(term.into()),
            summary: Some(summary.into()),
            ..GlossaryTermProperties::new(format!("cat::glossaries/sales/{term}"))
        };
        sync.upsert_glossary_term(&format!("sales/{term}"), key("sales"), &properties).await.unwrap();
    }
    sync.upsert_term_categorization("sales/finance>revenue", key("sales/finance"), key("sales/revenue")).await.unwrap();
    let related =
        GlossaryTermRelationshipProperties { description: Some("orders bring revenue".into()), ..Default::default() };
    sync.upsert_related_term("sales/order~revenue", key("sales/order"), key("sales/revenue"), &related).await.unwrap();
    let meaning = SemanticAssignmentProperties {
        term_assignment_status: Some(TermAssignmentStatus::Validated),
        ..Default::default()
    };
    sync.upsert_semantic_assignment("orders.amount=revenue", key("orders.amount"), key("sales/revenue"), &meaning)
        .await
        .unwrap();
    // How to reach the orders.
    let jdbc = ConnectorTypeProperties {
        connector_provider_class_name: Some("JDBCResourceConnectorProvider".into()),
        ..ConnectorTypeProperties::new("cat::connector-types/jdbc")
    };
    sync.upsert_connector_type("jdbc", &jdbc).await.unwrap();
    let database = EndpointProperties {
        network_address: Some("jdbc:postgresql://db:5432/sales".into()),
        ..EndpointProperties::new("cat::endpoints/sales-db")
    };
    sync.upsert_endpoint("sales-db", &database).await.unwrap();
    sync.upsert_connection("orders-connection", &ConnectionProperties::new("cat::connections/orders")).await.unwrap();
    sync.upsert_connector_type_link("orders-connection>jdbc", key("orders-connection"), key("jdbc")).await.unwrap();
    sync.upsert_connection_endpoint("orders-connection>sales-db", key("orders-connection"), key("sales-db"))
        .await
        .unwrap();
    sync.upsert_asset_connection("orders>orders-connection", key("orders"), key("orders-connection")).await.unwrap();
    // Lineage.
    let summarize = ProcessProperties {
        formula: Some("group by day".into()),
        ..ProcessProperties::new("cat::processes/summarize")
    };
    sync.upsert_process("summarize", &summarize).await.unwrap();
    for (port, port_type) in [("in", PortType::InputPort), ("out", PortType::OutputPort)] {
        let properties = PortProperties {
            port_type: Some(port_type),
            ..PortProperties::new(format!("cat::processes/summarize.{port}"))
        };
        sync.upsert_port(&format!("summarize.{port}"), key("summarize"), &properties).await.unwrap();
    }
    for (supplier, consumer) in [("orders", "summarize"), ("summarize", "orders-summary")] {
        sync.upsert_data_flow(
            &format!("{supplier}>{consumer}"),
            key(supplier),
            key(consumer),
            &DataFlowProperties::default(),
        )
        .await
        .unwrap();
    }
    let mapping = LineageMappingProperties { label: Some("sums".into()), ..Default::default() };
    sync.upsert_lineage_mapping("summarize.in>out", key("summarize.in"), key("summarize.out"), &mapping).await.unwrap();
    // Governance.
    let gdpr = GovernanceDefinitionProperties {
        summary: Some("Personal data rules".into()),
        domain_identifier: Some(1),
        ..GovernanceDefinitionProperties::new("cat::governance/gdpr")
    };
    sync.upsert_governance_definition("gdpr", &gdpr).await.unwrap();
    sync.upsert_governed_by("orders>gdpr", key("orders"), key("gdpr"), &GovernedByProperties::default()).await.unwrap();
    // Valid values.
    let set = ValidValueProperties {
        type_name: Some("ValidValuesSet".into()),
        display_name: Some("Currencies".into()),
        ..ValidValueProperties::new("cat::valid-values/currencies")
    };
    sync.upsert_valid_value("currencies", &set).await.unwrap();
    for code in currencies {
        let value = ValidValueProperties {
            preferred_value: Some((*code).into()),
            ..ValidValueProperties::new(format!("cat::valid-values/currencies/{code}"))
        };
        sync.upsert_valid_value(&format!("currencies/{code}"), &value).await.unwrap();
        let membership =
            ValidValueMembershipProperties { is_default_value: Some(*code == "EUR"), ..Default::default() };
        sync.upsert_valid_value_member(
            &format!("currencies>{code}"),
            key("currencies"),
            key(&format!("currencies/{code}")),
            &membership,
        )
        .await
        .unwrap();
    }
    // An external reference.
    let wiki = ExternalReferenceProperties {
        reference_title: Some("Orders in the wiki".into()),
        url: Some("https://wiki.example.com/orders".into()),
        ..ExternalReferenceProperties::new("cat::references/wiki-orders")
    };
    sync.upsert_external_reference("wiki/orders", &wiki).await.unwrap();
    let link = ExternalReferenceLinkProperties { label: Some("documentation".into()), ..Default::default() };
    sync.upsert_external_reference_link("orders>wiki/orders", key("orders"), key("wiki/orders"), &link).await.unwrap();
    sync.complete().await.unwrap()
}

const CURRENCIES: &[&str] = &["EUR", "USD"];

/// The stewardship classifications the catalog context sets.
const STEWARDSHIP: [&str; 6] =
    ["Confidentiality", "Criticality", "Retention", "SecurityTags", "Ownership", "SubjectArea"];

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_catalog_enumeration_gives_elements_relationships_correlations_and_events() {
    let (_dir, store) = repository().await;
    let context = catalog_context(&store, "collibra-sync").await;
    let before = latest(&store).await;

    // First enumeration: everything is new.
    let summary = enumerate(&context, CURRENCIES).await;
    // 20 elements (2 assets, a schema type, 2 columns, glossary, category, 2 terms, connector
    // type, endpoint, connection, process, 2 ports, governance definition, 3 valid values,
    // external reference) and 13 keyed relationships.
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (33, 0, 0, 0), "{summary:?}");
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 20);
    for (type_name, expected) in [
        ("DataAsset", 2),
        ("RootSchemaType", 1),
        ("SchemaAttribute", 2),
        ("Glossary", 1),
        ("GlossaryCategory", 1),
        ("GlossaryTerm", 2),
        ("ConnectorType", 1),
        ("Endpoint", 1),
        ("Connection", 1),
        ("Process", 1),
        ("Port", 2),
        ("GovernanceDefinition", 1),
        ("ValidValuesSet", 1),
        ("ValidValueDefinition", 2),
        ("ExternalReference", 1),
    ] {
        assert_eq!(count(&events, ChangeEventType::NewElement, Some(type_name)), expected, "{type_name}");
    }
    // The 13 keyed relationships and the 8 that place children under their parents.
    assert_eq!(count(&events, ChangeEventType::NewRelationship, None), 21);
    for (type_name, expected) in [
        ("Schema", 1),
        ("AttributeForSchema", 2),
        ("CollectionMembership", 3),
        ("ProcessPort", 2),
        ("TermCategorization", 1),
        ("RelatedTerm", 1),
        ("SemanticAssignment", 1),
        ("ConnectionConnectorType", 1),
        ("ConnectToEndpoint", 1),
        ("AssetConnection", 1),
        ("DataFlow", 2),
        ("LineageMapping", 1),
        ("GovernedBy", 1),
        ("ValidValueMember", 2),
        ("ExternalReferenceLink", 1),
    ] {
        assert_eq!(count(&events, ChangeEventType::NewRelationship, Some(type_name)), expected, "{type_name}");
    }

    // Glossary exchange: the glossary, its category and terms and the links between them.
    let glossaries = context.get_glossaries_for_asset_manager(0, 0).await.unwrap();
    assert_eq!(glossaries.len(), 1);
    let glossary = &glossaries[0];
    assert_eq!(
        (glossary.properties.display_name.as_deref(), glossary.properties.language.as_deref()),
        (Some("Sales"), Some("en"))
    );
    assert_eq!(
        glossary.element_header.origin.home_metadata_collection_name.as_deref(),
        Some("Collibra::collibra-sync")
    );
    let mut terms = context.get_terms_for_glossary(glossary.guid(), 0, 0).await.unwrap();
    terms.sort_by(|a, b| a.properties.display_name.cmp(&b.properties.display_name));
    let names: Vec<_> =
        terms.iter().map(|t| (t.properties.display_name.as_deref(), t.properties.summary.as_deref())).collect();
    assert_eq!(names, [(Some("order"), Some("A customer's request to buy")), (Some("revenue"), Some("Money earned"))]);
    let (order, revenue) = (&terms[0], &terms[1]);
    let categories = context.get_categories_for_glossary(glossary.guid(), 0, 0).await.unwrap();
    assert_eq!(categories.len(), 1);
    let categorized =
        context.get_term_categorizations(categories[0].guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(categorized.iter().map(|r| r.end2.guid.as_str()).collect::<Vec<_>>(), [revenue.guid()]);
    let related = context.get_related_term_relationships(order.guid(), RelationshipEnd::Any, 0, 0).await.unwrap();
    assert_eq!(related.len(), 1);
    assert_eq!(related[0].properties.description.as_deref(), Some("orders bring revenue"));
    let meanings =
        context.get_semantic_assignment_relationships(revenue.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(meanings.len(), 1);
    assert_eq!(meanings[0].end1.unique_name.as_deref(), Some("cat::orders.amount"));
    assert_eq!(meanings[0].properties.term_assignment_status, Some(TermAssignmentStatus::Validated));
    // Data asset exchange: the asset and its columns.
    let orders = &context.get_data_assets_by_name("Orders", 0, 0).await.unwrap()[0];
    let mut columns = context.get_nested_schema_attributes(orders.guid(), 0, 0).await.unwrap();
    columns.sort_by_key(|c| c.properties.element_position);
    let shapes: Vec<_> = columns
        .iter()
        .map(|c| {
            (c.properties.qualified_name.as_deref(), c.properties.data_type.as_deref(), c.properties.element_position)
        })
        .collect();
    assert_eq!(
        shapes,
        [(Some("cat::orders.id"), Some("integer"), Some(0)), (Some("cat::orders.amount"), Some("decimal"), Some(1))]
    );
    assert_eq!(context.get_data_assets_for_asset_manager(0, 0).await.unwrap().len(), 2);
    // Connection exchange.
    let connections = context.get_asset_connection_links(orders.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(connections.len(), 1);
    let connection = connections[0].end2.guid.clone();
    let endpoints = context.get_connection_endpoint_links(&connection, RelationshipEnd::End1, 0, 0).await.unwrap();
    let endpoint = context.get_endpoint_by_guid(&endpoints[0].end2.guid).await.unwrap();
    assert_eq!(endpoint.properties.network_address.as_deref(), Some("jdbc:postgresql://db:5432/sales"));
    let types = context.get_connector_type_links(&connection, RelationshipEnd::End1, 0, 0).await.unwrap();
    let connector_type = context.get_connector_type_by_guid(&types[0].end2.guid).await.unwrap();
    assert_eq!(
        connector_type.properties.connector_provider_class_name.as_deref(),
        Some("JDBCResourceConnectorProvider")
    );
    // Lineage exchange.
    let process = &context.get_processes_for_asset_manager(0, 0).await.unwrap()[0];
    let mut ports = context.get_ports_for_process(process.guid(), 0, 0).await.unwrap();
    ports.sort_by(|a, b| a.properties.qualified_name.cmp(&b.properties.qualified_name));
    assert_eq!(
        ports.iter().map(|p| p.properties.port_type).collect::<Vec<_>>(),
        [Some(PortType::InputPort), Some(PortType::OutputPort)]
    );
    let mappings =
        context.get_lineage_mapping_relationships(ports[0].guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!((mappings.len(), mappings[0].end2.guid.as_str()), (1, ports[1].guid()));
    let flows = context.get_data_flow_relationships(process.guid(), RelationshipEnd::Any, 0, 0).await.unwrap();
    let mut ends: Vec<_> =
        flows.iter().map(|f| (f.end1.unique_name.clone().unwrap(), f.end2.unique_name.clone().unwrap())).collect();
    ends.sort();
    assert_eq!(
        ends,
        [
            ("cat::orders".to_owned(), "cat::processes/summarize".to_owned()),
            ("cat::processes/summarize".to_owned(), "cat::orders-summary".to_owned())
        ]
    );
    // Governance, valid values and external references.
    let gdpr = &context.get_governance_definitions_by_name("cat::governance/gdpr", 0, 0).await.unwrap()[0];
    assert_eq!(gdpr.properties.domain_identifier, Some(1));
    let governed = context.get_governed_by_links(gdpr.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(governed.iter().map(|r| r.end1.guid.as_str()).collect::<Vec<_>>(), [orders.guid()]);
    let set = &context.get_valid_values_by_name("Currencies", 0, 0).await.unwrap()[0];
    assert_eq!(set.type_name(), "ValidValuesSet");
    let mut members = context.get_valid_value_member_links(set.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    members.sort_by(|a, b| a.end2.unique_name.cmp(&b.end2.unique_name));
    let defaults: Vec<_> =
        members.iter().map(|m| (m.end2.unique_name.as_deref(), m.properties.is_default_value)).collect();
    assert_eq!(
        defaults,
        [
            (Some("cat::valid-values/currencies/EUR"), Some(true)),
            (Some("cat::valid-values/currencies/USD"), Some(false))
        ]
    );
    let references = context.get_external_reference_links(orders.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(references[0].properties.label.as_deref(), Some("documentation"));
    let wiki = context.get_external_reference_by_guid(&references[0].end2.guid).await.unwrap();
    assert_eq!(wiki.properties.url.as_deref(), Some("https://wiki.example.com/orders"));
    // Correlations: every element and keyed relationship, by the catalog's keys.
    let source = context.asset_manager_guid().unwrap();
    let core = context.integration_context().unwrap();
    let correlations = store
        .count_external_ids(
            &core.request_context(),
            &ExternalIdQuery { scope_guid: Some(source), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(correlations, 33);
    let identifiers = context.get_external_identifiers(glossary.guid()).await.unwrap();
    assert_eq!(identifiers.len(), 1);
    assert_eq!(
        (identifiers[0].key.as_str(), identifiers[0].sync_scope.as_deref(), identifiers[0].element_type.as_str()),
        ("sales", Some("collibra"), "Glossary")
    );
    assert_eq!(
        context.get_elements_for_external_identifier("sales/revenue").await.unwrap(),
        [revenue.guid().to_owned()]
    );

    // The same again: nothing is written, no event.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&context, CURRENCIES).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 33, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());

    // USD left the catalog: the value and its membership are removed, the rest stays.
    let before_removal = latest(&store).await;
    let summary = enumerate(&context, &["EUR"]).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 31, 2), "{summary:?}");
    let events = changes_since(&store, before_removal).await;
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("ValidValueMember")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("ValidValueDefinition")), 1);
    assert!(context.get_valid_values_by_name("cat::valid-values/currencies/USD", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.get_valid_value_member_links(set.guid(), RelationshipEnd::End1, 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_valid_values("", 0, 0).await.unwrap().len(), 2);
    assert!(context.get_elements_for_external_identifier("currencies/USD").await.unwrap().is_empty());
    assert_eq!(context.get_terms_for_glossary(glossary.guid(), 0, 0).await.unwrap().len(), 2);
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn glossary_exchange_correlates_typed_calls_with_the_catalogs_identifiers() {
    let (_dir, store) = repository().await;
    let context = catalog_context(&store, "atlas").await;
    let glossary = context
        .create_glossary(
            Some(ExternalIdentifierProperties {
                external_identifier_name: Some("glossaryGuid".into()),
                external_instance_type_name: Some("AtlasGlossary".into()),
                ..ExternalIdentifierProperties::new("g-1")
            }),
            GlossaryProperties { display_name: Some("Atlas".into()), ..GlossaryProperties::new("atlas::glossary") },
        )
        .await
        .unwrap();
    // The glossary and its correlation were written together.
    let identifiers = context.get_external_identifiers(&glossary).await.unwrap();
    assert_eq!(identifiers.len(), 1);
    let identifier = &identifiers[0];
    assert_eq!(
        (identifier.key.as_str(), identifier.element_type.as_str(), identifier.scope_name.as_deref()),
        ("g-1", "Glossary", Some("Collibra::atlas"))
    );
    assert_eq!(identifier.mapping_properties.get("externalIdentifierName").map(String::as_str), Some("glossaryGuid"));
    assert_eq!(identifier.external_instance_type_name.as_deref(), Some("AtlasGlossary"));
    assert_eq!(identifier.permitted_synchronization, PermittedSynchronization::BothDirections);
    assert_eq!(context.get_elements_for_external_identifier("g-1").await.unwrap(), [glossary.as_str()]);

    // Terms and categories under the glossary.
    let customer = context
        .create_glossary_term(
            &glossary,
            Some(ExternalIdentifierProperties::new("t-1")),
            GlossaryTermProperties {
                summary: Some("first".into()),
                ..GlossaryTermProperties::new("atlas::terms/customer")
            },
        )
        .await
        .unwrap();
    let client = context
        .create_glossary_term(&glossary, None, GlossaryTermProperties::new("atlas::terms/client"))
        .await
        .unwrap();
    assert!(context.get_external_identifiers(&client).await.unwrap().is_empty());
    let people = context
        .create_glossary_category(&glossary, None, GlossaryCategoryProperties::new("atlas::categories/people"))
        .await
        .unwrap();
    let vip = context
        .create_glossary_category(&glossary, None, GlossaryCategoryProperties::new("atlas::categories/people/vip"))
        .await
        .unwrap();
    context.setup_category_parent(&people, &vip).await.unwrap();
    context.setup_term_category(&people, &customer).await.unwrap();
    let parents = context.get_category_hierarchy_links(&vip, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(parents.iter().map(|r| r.end1.guid.as_str()).collect::<Vec<_>>(), [people.as_str()]);
    let categorized = context.get_term_categorizations(&customer, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(categorized.iter().map(|r| r.end1.guid.as_str()).collect::<Vec<_>>(), [people.as_str()]);
    assert_eq!(context.get_categories_for_glossary(&glossary, 0, 0).await.unwrap().len(), 2);
    assert_eq!(context.get_terms_for_glossary(&glossary, 0, 0).await.unwrap().len(), 2);
    context.clear_term_category(&people, &customer).await.unwrap();
    assert!(context.get_term_categorizations(&customer, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());

    // Term relationships: link, update (merge), list, unlink.
    let synonym = GlossaryTermRelationshipProperties { confidence: Some(80), ..Default::default() };
    context.link_synonym(&customer, &client, synonym).await.unwrap();
    let steward = GlossaryTermRelationshipProperties { steward: Some("ana".into()), ..Default::default() };
    context.update_synonym(&customer, &client, true, steward).await.unwrap();
    let synonyms = context.get_synonym_relationships(&client, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(synonyms.len(), 1);
    assert_eq!((synonyms[0].properties.confidence, synonyms[0].properties.steward.as_deref()), (Some(80), Some("ana")));
    context.link_preferred_term(&client, &customer, GlossaryTermRelationshipProperties::default()).await.unwrap();
    let preferred = context.get_preferred_term_relationships(&customer, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(preferred[0].end1.guid, client);
    context.unlink_synonym(&customer, &client).await.unwrap();
    assert!(context.get_synonym_relationships(&client, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    let error = context.unlink_synonym(&customer, &client).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");

    // An update with the identifier confirms the correlation; merge keeps what is not given.
    let before = context.get_external_identifiers(&customer).await.unwrap()[0].last_synchronized.unwrap();
    context
        .update_glossary_term(
            &customer,
            Some("t-1"),
            true,
            GlossaryTermProperties { summary: Some("second".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_glossary_term_by_guid(&customer).await.unwrap();
    assert_eq!(
        (read.properties.qualified_name.as_deref(), read.properties.summary.as_deref()),
        (Some("atlas::terms/customer"), Some("second"))
    );
    let after = context.get_external_identifiers(&customer).await.unwrap()[0].last_synchronized.unwrap();
    assert!(after >= before);
    // Replace drops what is not given.
    context
        .update_glossary_term(&customer, None, false, GlossaryTermProperties::new("atlas::terms/customer"))
        .await
        .unwrap();
    assert_eq!(context.get_glossary_term_by_guid(&customer).await.unwrap().properties.summary, None);

    // Glossary classifications.
    context
        .set_glossary_as_taxonomy(
            &glossary,
            TaxonomyProperties { organizing_principle: Some("by domain".into()), ..Default::default() },
        )
        .await
        .unwrap();
    context
        .set_glossary_as_canonical(
            &glossary,
            CanonicalVocabularyProperties { scope: Some("enterprise".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_glossary_by_guid(&glossary).await.unwrap();
    let taxonomy = read.element_header.classification("Taxonomy").expect("a taxonomy");
    assert_eq!(taxonomy.classification_properties.get_str("organizingPrinciple"), Some("by domain"));
    let canonical = read.element_header.classification("CanonicalVocabulary").expect("canonical");
    assert_eq!(canonical.classification_properties.get_str("scope"), Some("enterprise"));
    context.clear_glossary_as_taxonomy(&glossary).await.unwrap();
    context.clear_glossary_as_canonical(&glossary).await.unwrap();
    let read = context.get_glossary_by_guid(&glossary).await.unwrap();
    assert!(read.element_header.classification("Taxonomy").is_none());
    assert!(read.element_header.classification("CanonicalVocabulary").is_none());

    // Wrong kinds, missing parents and unknown GUIDs are refused with messages that say so.
    let error = context.get_glossary_by_guid(&customer).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("GlossaryTerm") && error.message().contains("getGlossaryByGUID"), "{error}");
    let error = context.set_glossary_as_taxonomy(&customer, TaxonomyProperties::default()).await.unwrap_err();
    assert!(error.message().contains("GlossaryTerm") && error.message().contains("setGlossaryAsTaxonomy"), "{error}");
    let error = context.get_glossary_category_by_guid(&customer).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");
    let error = context.create_glossary_term("", None, GlossaryTermProperties::new("atlas::orphan")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");
    let error = context.get_glossary_term_by_guid("no-such-guid").await.unwrap_err();
    assert!(error.is_not_found(), "{error}");
    let error = context
        .create_glossary(
            None,
            GlossaryProperties { type_name: Some("GlossaryTerm".into()), ..GlossaryProperties::new("x") },
        )
        .await
        .unwrap_err();
    assert!(error.message().contains("GlossaryTerm") && error.message().contains("Glossary"), "{error}");

    // Correlations by hand: forget, add, update, confirm.
    context.remove_external_identifier(&customer, "GlossaryTerm", "t-1").await.unwrap();
    assert!(context.get_external_identifiers(&customer).await.unwrap().is_empty());
    assert_eq!(context.get_glossary_term_by_guid(&customer).await.unwrap().guid(), customer, "the term stays");
    let lookup = ExternalIdentifierProperties {
        external_identifier_usage: Some("lookup".into()),
        ..ExternalIdentifierProperties::new("t-2")
    };
    context.add_external_identifier(&client, "GlossaryTerm", lookup).await.unwrap();
    let primary = ExternalIdentifierProperties {
        external_identifier_usage: Some("primary".into()),
        ..ExternalIdentifierProperties::new("t-2")
    };
    context.update_external_identifier(&client, "GlossaryTerm", primary).await.unwrap();
    let identifiers = context.get_external_identifiers(&client).await.unwrap();
    assert_eq!(identifiers.len(), 1);
    assert_eq!((identifiers[0].key.as_str(), identifiers[0].usage.as_deref()), ("t-2", Some("primary")));
    context.confirm_synchronization(&client, "GlossaryTerm", "t-2").await.unwrap();
    assert_eq!(context.get_elements_for_external_identifier("t-2").await.unwrap(), [client.as_str()]);

    // Find and get by name.
    assert_eq!(context.find_glossary_terms("client", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_glossary_terms("atlas::terms/", 0, 0).await.unwrap().len(), 2);
    assert_eq!(context.get_glossary_terms_by_name("atlas::terms/client", 0, 0).await.unwrap()[0].guid(), client);
    assert_eq!(context.get_glossaries_by_name("Atlas", 0, 0).await.unwrap()[0].guid(), glossary);
    assert_eq!(context.find_glossary_categories("vip", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.get_glossaries_for_asset_manager(0, 0).await.unwrap().len(), 1);

    // Removal with the identifier takes the correlation along; the glossary takes its contents.
    context.remove_glossary_term(&client, Some("t-2")).await.unwrap();
    assert!(context.get_glossary_term_by_guid(&client).await.unwrap_err().is_not_found());
    assert!(context.get_elements_for_external_identifier("t-2").await.unwrap().is_empty());
    context.remove_glossary(&glossary, Some("g-1")).await.unwrap();
    assert!(context.find_glossary_terms("", 0, 0).await.unwrap().is_empty());
    assert!(context.find_glossary_categories("", 0, 0).await.unwrap().is_empty());
    assert!(context.find_glossaries("", 0, 0).await.unwrap().is_empty());
    assert!(context.get_elements_for_external_identifier("g-1").await.unwrap().is_empty());
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn data_asset_lineage_and_connection_exchange_through_typed_calls() {
    let (_dir, store) = repository().await;
    let context = catalog_context(&store, "purview").await;
    let orders = context
        .create_data_asset(
            Some(ExternalIdentifierProperties::new("a-1")),
            DataAssetProperties { display_name: Some("Orders".into()), ..DataAssetProperties::new("pv::orders") },
        )
        .await
        .unwrap();
    let schema = context
        .create_schema_type(
            &orders,
            None,
            SchemaTypeProperties {
                type_name: Some("RootSchemaType".into()),
                ..SchemaTypeProperties::new("pv::orders.schema")
            },
        )
        .await
        .unwrap();
    let id = context
        .create_schema_attribute(
            &schema,
            Some(ExternalIdentifierProperties::new("c-1")),
            SchemaAttributeProperties {
                data_type: Some("int".into()),
                element_position: Some(0),
                ..SchemaAttributeProperties::new("pv::orders.id")
            },
        )
        .await
        .unwrap();
    // Under the asset: the attribute joins the schema type the asset already has.
    let amount = context
        .create_schema_attribute(
            &orders,
            None,
            SchemaAttributeProperties {
                element_position: Some(1),
                ..SchemaAttributeProperties::new("pv::orders.amount")
            },
        )
        .await
        .unwrap();
    let schema_types = context.get_schema_types_for_element(&orders, 0, 0).await.unwrap();
    assert_eq!(schema_types.iter().map(TypedElement::guid).collect::<Vec<_>>(), [schema.as_str()]);
    assert_eq!(context.get_nested_schema_attributes(&schema, 0, 0).await.unwrap().len(), 2);
    assert_eq!(context.get_nested_schema_attributes(&orders, 0, 0).await.unwrap().len(), 2);
    context
        .update_schema_attribute(
            &amount,
            None,
            true,
            SchemaAttributeProperties { element_position: Some(3), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_schema_attribute_by_guid(&amount).await.unwrap();
    assert_eq!(
        (read.properties.element_position, read.properties.qualified_name.as_deref()),
        (Some(3), Some("pv::orders.amount"))
    );
    let error = context.get_data_asset_by_guid(&schema).await.unwrap_err();
    assert!(error.message().contains("RootSchemaType") && error.message().contains("getDataAssetByGUID"), "{error}");

    // Lineage: processes, ports, data and control flow, calls and mappings.
    let etl = context.create_process(None, ProcessProperties::new("pv::processes/etl")).await.unwrap();
    let report = context.create_process(None, ProcessProperties::new("pv::processes/report")).await.unwrap();
    let input = context
        .create_port(
            &etl,
            None,
            PortProperties { port_type: Some(PortType::InputPort), ..PortProperties::new("pv::etl.in") },
        )
        .await
        .unwrap();
    assert_eq!(
        context.get_ports_for_process(&etl, 0, 0).await.unwrap()[0].properties.port_type,
        Some(PortType::InputPort)
    );
    let error = context.create_port("", None, PortProperties::new("pv::orphan-port")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");
    context
        .link_data_flow(&orders, &etl, DataFlowProperties { label: Some("reads".into()), ..Default::default() })
        .await
        .unwrap();
    context
        .link_control_flow(&etl, &report, ControlFlowProperties { guard: Some("ok".into()), ..Default::default() })
        .await
        .unwrap();
    context
        .link_process_call(
            &etl,
            &report,
            ProcessCallProperties { line_number: Some("42".into()), ..Default::default() },
        )
        .await
        .unwrap();
    context.link_lineage_mapping(&id, &input, LineageMappingProperties::default()).await.unwrap();
    let control = context.get_control_flow_relationships(&report, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(control[0].properties.guard.as_deref(), Some("ok"));
    let calls = context.get_process_call_relationships(&etl, RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(calls[0].properties.line_number.as_deref(), Some("42"));
    assert_eq!(
        context.get_lineage_mapping_relationships(&input, RelationshipEnd::End2, 0, 0).await.unwrap()[0].end1.guid,
        id
    );
    context
        .update_data_flow(
            &orders,
            &etl,
            false,
            DataFlowProperties { description: Some("nightly".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let flows = context.get_data_flow_relationships(&etl, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(
        (flows[0].properties.label.as_deref(), flows[0].properties.description.as_deref()),
        (None, Some("nightly"))
    );
    context.unlink_lineage_mapping(&id, &input).await.unwrap();
    context.unlink_control_flow(&etl, &report).await.unwrap();
    context.unlink_process_call(&etl, &report).await.unwrap();
    assert!(context.get_lineage_mapping_relationships(&id, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    assert!(context.get_control_flow_relationships(&etl, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    assert!(context.get_process_call_relationships(&etl, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    context
        .update_process(&etl, None, true, ProcessProperties { formula: Some("select *".into()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(context.get_process_by_guid(&etl).await.unwrap().properties.formula.as_deref(), Some("select *"));
    assert_eq!(context.find_processes("pv::processes/", 0, 0).await.unwrap().len(), 2);
    assert_eq!(context.get_ports_by_name("pv::etl.in", 0, 0).await.unwrap()[0].guid(), input);

    // Connections, endpoints and connector types.
    let jdbc = context
        .create_connector_type(
            None,
            ConnectorTypeProperties {
                connector_provider_class_name: Some("JDBCResourceConnectorProvider".into()),
                ..ConnectorTypeProperties::new("pv::jdbc")
            },
        )
        .await
        .unwrap();
    let endpoint = context
        .create_endpoint(
            None,
            EndpointProperties { network_address: Some("db:5432".into()), ..EndpointProperties::new("pv::db") },
        )
        .await
        .unwrap();
    let connection = context
        .create_connection(
            Some(ExternalIdentifierProperties::new("conn-1")),
            ConnectionProperties {
                user_id: Some("reader".into()),
                ..ConnectionProperties::new("pv::orders-connection")
            },
        )
        .await
        .unwrap();
    context.setup_connector_type(&connection, &jdbc).await.unwrap();
    context.setup_endpoint(&connection, &endpoint).await.unwrap();
    context.setup_asset_connection(&orders, &connection).await.unwrap();
    assert_eq!(
        context.get_asset_connection_links(&connection, RelationshipEnd::End2, 0, 0).await.unwrap()[0].end1.guid,
        orders
    );
    assert_eq!(
        context.get_connector_type_links(&jdbc, RelationshipEnd::End2, 0, 0).await.unwrap()[0].end1.guid,
        connection
    );
    context.clear_endpoint(&connection, &endpoint).await.unwrap();
    assert!(context.get_connection_endpoint_links(&connection, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    context
        .update_endpoint(
            &endpoint,
            None,
            true,
            EndpointProperties { protocol: Some("postgresql".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_endpoint_by_guid(&endpoint).await.unwrap();
    assert_eq!(
        (read.properties.network_address.as_deref(), read.properties.protocol.as_deref()),
        (Some("db:5432"), Some("postgresql"))
    );
    assert_eq!(
        context.get_connections_by_name("pv::orders-connection", 0, 0).await.unwrap()[0].properties.user_id.as_deref(),
        Some("reader")
    );
    assert_eq!(context.find_connector_types("JDBC", 0, 0).await.unwrap().len(), 1);

    // Publishing puts an asset in the publish zones; withdrawing takes it out.
    let core = context.integration_context().unwrap();
    context.publish_data_asset(&orders).await.unwrap();
    context.publish_process(&etl).await.unwrap();
    assert_eq!(core.get_element(&orders).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    assert_eq!(core.get_element(&etl).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    context.withdraw_data_asset(&orders).await.unwrap();
    context.withdraw_process(&etl).await.unwrap();
    assert!(core.get_element(&orders).await.unwrap().unwrap().zone_membership().is_empty());
    assert!(core.get_element(&etl).await.unwrap().unwrap().zone_membership().is_empty());
    let error = context.publish_data_asset(&etl).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "a process is not a data asset: {error}");

    // A copy from a template brings the schema along, renamed.
    let copy = context
        .create_data_asset_from_template(&orders, TemplateProperties::named("pv::orders-archive"))
        .await
        .unwrap();
    let mut copied: Vec<_> = context
        .get_nested_schema_attributes(&copy, 0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.properties.qualified_name.unwrap())
        .collect();
    copied.sort();
    assert_eq!(copied, ["pv::orders-archive.amount", "pv::orders-archive.id"]);

    // Removing the asset removes its schema and correlations; the copy and the processes stay.
    context.remove_data_asset(&orders, Some("a-1")).await.unwrap();
    assert!(context.get_schema_attribute_by_guid(&id).await.unwrap_err().is_not_found());
    assert!(context.get_elements_for_external_identifier("c-1").await.unwrap().is_empty());
    assert!(context.get_elements_for_external_identifier("a-1").await.unwrap().is_empty());
    assert_eq!(context.find_schema_attributes("", 0, 0).await.unwrap().len(), 2);
    assert!(context.get_data_flow_relationships(&etl, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    assert_eq!(context.get_data_assets_for_asset_manager(0, 0).await.unwrap().len(), 1);
    context.remove_port(&input, None).await.unwrap();
    context.remove_process(&etl, None).await.unwrap();
    context.remove_connection(&connection, Some("conn-1")).await.unwrap();
    assert_eq!(context.find_processes("", 0, 0).await.unwrap().len(), 1);
    assert!(context.find_ports("", 0, 0).await.unwrap().is_empty());
    assert!(context.find_connections("", 0, 0).await.unwrap().is_empty());
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn governance_stewardship_valid_values_and_external_references_through_typed_calls() {
    let (_dir, store) = repository().await;
    let context = catalog_context(&store, "alation").await;
    let core = context.integration_context().unwrap();
    let customers = context.create_data_asset(None, DataAssetProperties::new("al::customers")).await.unwrap();

    // Governance definitions (subtypes through typeName) and what they govern.
    let masking = context
        .create_governance_definition(
            None,
            GovernanceDefinitionProperties {
                type_name: Some("GovernanceControl".into()),
                summary: Some("Mask personal data".into()),
                ..GovernanceDefinitionProperties::new("al::policies/masking")
            },
        )
        .await
        .unwrap();
    assert_eq!(context.get_governance_definition_by_guid(&masking).await.unwrap().type_name(), "GovernanceControl");
    context
        .setup_governed_by(
            &customers,
            &masking,
            GovernedByProperties { label: Some("masked".into()), ..Default::default() },
        )
        .await
        .unwrap();
    context
        .update_governed_by(
            &customers,
            &masking,
            true,
            GovernedByProperties { description: Some("pii".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let governed = context.get_governed_by_links(&customers, RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(
        (
            governed[0].properties.label.as_deref(),
            governed[0].properties.description.as_deref(),
            governed[0].end2.guid.as_str()
        ),
        (Some("masked"), Some("pii"), masking.as_str())
    );
    context.clear_governed_by(&customers, &masking).await.unwrap();
    assert!(context.get_governed_by_links(&masking, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_governance_definitions("personal", 0, 0).await.unwrap().len(), 1);

    // Stewardship classifications: set, replace, clear.
    context
        .set_confidentiality_classification(
            &customers,
            ConfidentialityProperties { level_identifier: Some(3), steward: Some("ana".into()), ..Default::default() },
        )
        .await
        .unwrap();
    context
        .set_criticality_classification(
            &customers,
            CriticalityProperties { level_identifier: Some(2), ..Default::default() },
        )
        .await
        .unwrap();
    context
        .set_retention_classification(
            &customers,
            RetentionProperties { basis_identifier: Some(1), ..Default::default() },
        )
        .await
        .unwrap();
    context
        .add_security_tags(
            &customers,
            SecurityTagsProperties { security_labels: Some(vec!["pii".into()]), ..Default::default() },
        )
        .await
        .unwrap();
    context
        .add_ownership(&customers, OwnershipProperties { owner: Some("ana".into()), ..Default::default() })
        .await
        .unwrap();
    context
        .add_element_to_subject_area(
            &customers,
            SubjectAreaProperties { subject_area_name: Some("customers".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let element = core.get_element(&customers).await.unwrap().unwrap();
    for name in STEWARDSHIP {
        assert!(element.classification(name).is_some(), "{name}");
    }
    let confidentiality = &element.classification("Confidentiality").unwrap().classification_properties;
    assert_eq!(
        (confidentiality.get("levelIdentifier").and_then(PropertyValue::as_i64), confidentiality.get_str("steward")),
        (Some(3), Some("ana"))
    );
    assert_eq!(element.classification("Ownership").unwrap().classification_properties.get_str("owner"), Some("ana"));
    // Setting again replaces the classification's properties.
    context
        .set_confidentiality_classification(
            &customers,
            ConfidentialityProperties { level_identifier: Some(4), ..Default::default() },
        )
        .await
        .unwrap();
    let element = core.get_element(&customers).await.unwrap().unwrap();
    let confidentiality = &element.classification("Confidentiality").unwrap().classification_properties;
    assert_eq!(
        (confidentiality.get("levelIdentifier").and_then(PropertyValue::as_i64), confidentiality.get_str("steward")),
        (Some(4), None)
    );
    context.clear_confidentiality_classification(&customers).await.unwrap();
    context.clear_criticality_classification(&customers).await.unwrap();
    context.clear_retention_classification(&customers).await.unwrap();
    context.clear_security_tags(&customers).await.unwrap();
    context.clear_ownership(&customers).await.unwrap();
    context.remove_element_from_subject_area(&customers).await.unwrap();
    let element = core.get_element(&customers).await.unwrap().unwrap();
    for name in STEWARDSHIP {
        assert!(element.classification(name).is_none(), "{name}");
    }
    // Clearing what is not there changes nothing.
    let before = latest(&store).await;
    context.clear_ownership(&customers).await.unwrap();
    assert!(changes_since(&store, before).await.is_empty());
    let error = context.add_ownership("no-such-guid", OwnershipProperties::default()).await.unwrap_err();
    assert!(error.is_not_found(), "{error}");

    // Valid values: a set and a member.
    let status = context
        .create_valid_value(
            None,
            ValidValueProperties {
                type_name: Some("ValidValuesSet".into()),
                ..ValidValueProperties::new("al::vv/status")
            },
        )
        .await
        .unwrap();
    let active = context
        .create_valid_value(
            Some(ExternalIdentifierProperties::new("vv-active")),
            ValidValueProperties {
                preferred_value: Some("A".into()),
                ..ValidValueProperties::new("al::vv/status/active")
            },
        )
        .await
        .unwrap();
    context
        .setup_valid_value_member(
            &status,
            &active,
            ValidValueMembershipProperties { is_default_value: Some(true), ..Default::default() },
        )
        .await
        .unwrap();
    context
        .update_valid_value_member(
            &status,
            &active,
            false,
            ValidValueMembershipProperties { is_default_value: Some(false), ..Default::default() },
        )
        .await
        .unwrap();
    let members = context.get_valid_value_member_links(&active, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!((members[0].end1.guid.as_str(), members[0].properties.is_default_value), (status.as_str(), Some(false)));
    context
        .update_valid_value(
            &active,
            Some("vv-active"),
            true,
            ValidValueProperties { is_deprecated: Some(true), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_valid_value_by_guid(&active).await.unwrap();
    assert_eq!((read.properties.preferred_value.as_deref(), read.properties.is_deprecated), (Some("A"), Some(true)));
    assert_eq!(context.find_valid_values("status", 0, 0).await.unwrap().len(), 2);
    context.clear_valid_value_member(&status, &active).await.unwrap();
    assert!(context.get_valid_value_member_links(&status, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    context.remove_valid_value(&active, Some("vv-active")).await.unwrap();
    assert!(context.get_valid_value_by_guid(&active).await.unwrap_err().is_not_found());
    assert!(context.get_elements_for_external_identifier("vv-active").await.unwrap().is_empty());

    // External references, linked to what they document.
    let gdpr = context
        .create_external_reference(
            None,
            ExternalReferenceProperties {
                reference_title: Some("GDPR".into()),
                authors: Some(vec!["EU".into()]),
                ..ExternalReferenceProperties::new("al::refs/gdpr")
            },
        )
        .await
        .unwrap();
    context
        .link_external_reference_to_element(
            &masking,
            &gdpr,
            ExternalReferenceLinkProperties { pages: Some("1-5".into()), ..Default::default() },
        )
        .await
        .unwrap();
    context
        .update_external_reference_link(
            &masking,
            &gdpr,
            true,
            ExternalReferenceLinkProperties { label: Some("law".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let links = context.get_external_reference_links(&gdpr, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(
        (links[0].properties.pages.as_deref(), links[0].properties.label.as_deref()),
        (Some("1-5"), Some("law"))
    );
    context
        .update_external_reference(&gdpr, None, false, ExternalReferenceProperties::new("al::refs/gdpr"))
        .await
        .unwrap();
    let read = context.get_external_reference_by_guid(&gdpr).await.unwrap();
    assert_eq!((read.properties.reference_title, read.properties.authors), (None, None));
    assert_eq!(context.get_external_references_by_name("al::refs/gdpr", 0, 0).await.unwrap().len(), 1);
    context.unlink_external_reference_from_element(&masking, &gdpr).await.unwrap();
    assert!(context.get_external_reference_links(&masking, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    let error = context.get_external_reference_by_guid(&masking).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");
    context.remove_external_reference(&gdpr, None).await.unwrap();
    context.remove_governance_definition(&masking, None).await.unwrap();
    assert!(context.find_external_references("", 0, 0).await.unwrap().is_empty());
    assert!(context.find_governance_definitions("", 0, 0).await.unwrap().is_empty());
}

#[tokio::test]
async fn templates_copy_a_glossary_with_its_terms() {
    let (_dir, store) = repository().await;
    let context = catalog_context(&store, "templates").await;
    let template = context.create_glossary(None, GlossaryProperties::new("template::glossary")).await.unwrap();
    context
        .create_glossary_term(
            &template,
            None,
            GlossaryTermProperties {
                summary: Some("a template term".into()),
                ..GlossaryTermProperties::new("template::glossary/term")
            },
        )
        .await
        .unwrap();

    let copy = context
        .create_glossary_from_template(
            &template,
            TemplateProperties { display_name: Some("Copy".into()), ..TemplateProperties::named("cat::glossary") },
        )
        .await
        .unwrap();
    let read = context.get_glossary_by_guid(&copy).await.unwrap();
    assert_eq!(read.properties.display_name.as_deref(), Some("Copy"));
    let terms = context.get_terms_for_glossary(&copy, 0, 0).await.unwrap();
    assert_eq!(terms.len(), 1);
    assert_eq!(
        (terms[0].properties.qualified_name.as_deref(), terms[0].properties.summary.as_deref()),
        (Some("cat::glossary/term"), Some("a template term"))
    );
    let core = context.integration_context().unwrap();
    let sourced =
        core.get_related_elements(&RelatedElementsQuery::new(copy.clone(), Some("SourcedFrom"))).await.unwrap();
    assert_eq!(sourced[0].element.guid, template);
    // A term from a template, into another glossary.
    let term = context
        .create_glossary_term_from_template(
            terms[0].guid(),
            &template,
            TemplateProperties::named("template::glossary/term-2"),
        )
        .await
        .unwrap();
    assert_eq!(
        context.get_glossary_term_by_guid(&term).await.unwrap().properties.summary.as_deref(),
        Some("a template term")
    );
    assert_eq!(context.get_terms_for_glossary(&template, 0, 0).await.unwrap().len(), 2);
    // Removing the copy removes its copied term only.
    context.remove_glossary(&copy, None).await.unwrap();
    assert_eq!(context.find_glossary_terms("", 0, 0).await.unwrap().len(), 2);
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn permitted_synchronization_and_ownership_hold_through_the_typed_api() {
    let (_dir, store) = repository().await;
    let owner = catalog_context(&store, "owner").await;
    let glossary = owner.create_glossary(None, GlossaryProperties::new("cat::owned")).await.unwrap();
    let term =
        owner.create_glossary_term(&glossary, None, GlossaryTermProperties::new("cat::owned/term")).await.unwrap();

    // Another source may read but not change what the owner catalogued.
    let other = catalog_context(&store, "other").await;
    assert_eq!(other.get_glossary_by_guid(&glossary).await.unwrap().guid(), glossary);
    let error = other
        .update_glossary(
            &glossary,
            None,
            true,
            GlossaryProperties { description: Some("x".into()), ..Default::default() },
        )
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.remove_glossary_term(&term, None).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.set_glossary_as_taxonomy(&glossary, TaxonomyProperties::default()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert_eq!(owner.get_terms_for_glossary(&glossary, 0, 0).await.unwrap().len(), 1, "nothing changed");
    assert!(owner.get_glossary_by_guid(&glossary).await.unwrap().element_header.classification("Taxonomy").is_none());
    assert!(other.get_glossaries_for_asset_manager(0, 0).await.unwrap().is_empty(), "not the other's glossary");

    // A connector that may only push open metadata to the catalog cannot write it...
    let pusher =
        CatalogIntegratorContext::new(core_context(&store, "pusher", PermittedSynchronization::ToThirdParty).await)
            .unwrap();
    let error = pusher.create_glossary(None, GlossaryProperties::new("cat::refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("TO_THIRD_PARTY") && error.message().contains("createGlossary"), "{error}");
    let error = pusher.link_data_flow(&glossary, &term, DataFlowProperties::default()).await.unwrap_err();
    assert!(error.message().contains("linkDataFlow"), "{error}");
    let error = pusher.add_ownership(&term, OwnershipProperties::default()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let mut sync = pusher.synchronizer("collibra", SyncOptions::default()).unwrap();
    let error = match sync.upsert_glossary("refused", &GlossaryProperties::new("cat::refused")).await {
        Err(error) => error,
        Ok(()) => sync.complete().await.unwrap_err(),
    };
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert_eq!(pusher.find_glossaries("", 0, 0).await.unwrap().len(), 1, "reads are allowed; nothing was written");
    // ...but it may record which of its catalog's items an element is: correlations are its own
    // bookkeeping.
    pusher.add_external_identifier(&glossary, "Glossary", ExternalIdentifierProperties::new("pushed-1")).await.unwrap();
    let identifiers = pusher.get_external_identifiers(&glossary).await.unwrap();
    assert_eq!(identifiers.len(), 1);
    assert_eq!(identifiers[0].permitted_synchronization, PermittedSynchronization::ToThirdParty);
    assert!(owner.get_external_identifiers(&glossary).await.unwrap().is_empty(), "scoped to the pusher's catalog");
    assert!(pusher.validate_write_to_third_party("exportGlossary").is_ok());
    // The default, both directions, allows both ways.
    assert_eq!(owner.permitted_synchronization(), IntegrationService::Catalog.default_permitted_synchronization());
    assert!(owner.validate_write_to_third_party("exportGlossary").is_ok());
    let importer =
        CatalogIntegratorContext::new(core_context(&store, "importer", PermittedSynchronization::FromThirdParty).await)
            .unwrap();
    assert!(importer.validate_write_to_third_party("exportGlossary").is_err(), "FROM_THIRD_PARTY may not push");
    // A context of another service is refused.
    let lineage = connect(
        &store,
        identity(IntegrationService::Lineage, "lineage", PermittedSynchronization::FromThirdParty, None),
    )
    .await;
    let error = CatalogIntegratorContext::new(lineage).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
}

fn disabling(services: impl Into<serde_json::Value>) -> Connection {
    Connection::default().with_configuration_property(DISABLED_EXCHANGE_SERVICES_PROPERTY, services)
}

#[tokio::test]
async fn disabled_exchange_services_refuse_their_calls() {
    let (_dir, store) = repository().await;
    let core = core_context(&store, "partial", PermittedSynchronization::BothDirections).await;
    let connection = disabling(serde_json::json!(["GlossaryExchangeService", "LineageExchangeService"]));
    let context = CatalogIntegratorContext::with_connection(core.clone(), Some(&connection)).unwrap();

    // Every call of a disabled exchange service is refused, reads included (Egeria's getters of a
    // disabled service throw), before anything is looked up or written.
    let error = context.create_glossary(None, GlossaryProperties::new("cat::refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(
        error.message().contains("GlossaryExchangeService")
            && error.message().contains("createGlossary")
            && error.message().contains("partial"),
        "{error}"
    );
    let error = context.find_glossaries("", 0, 0).await.unwrap_err();
    assert!(error.message().contains("findGlossaries"), "{error}");
    let error = context.get_terms_for_glossary("any", 0, 0).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = context.create_process(None, ProcessProperties::new("cat::refused")).await.unwrap_err();
    assert!(error.message().contains("LineageExchangeService"), "{error}");
    let error = context.link_data_flow("a", "b", DataFlowProperties::default()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    // The other exchange services, and the correlation calls of the context, still work.
    let asset = context.create_data_asset(None, DataAssetProperties::new("cat::allowed")).await.unwrap();
    context
        .set_confidentiality_classification(
            &asset,
            ConfidentialityProperties { level_identifier: Some(1), ..Default::default() },
        )
        .await
        .unwrap();
    context.add_external_identifier(&asset, "DataAsset", ExternalIdentifierProperties::new("a-1")).await.unwrap();
    assert_eq!(context.get_elements_for_external_identifier("a-1").await.unwrap(), [asset.as_str()]);
    let unrestricted = CatalogIntegratorContext::new(core.clone()).unwrap();
    assert!(unrestricted.find_glossaries("", 0, 0).await.unwrap().is_empty(), "nothing was written");
    assert!(unrestricted.find_processes("", 0, 0).await.unwrap().is_empty());
    // The synchronizer refuses the upserts of a disabled service too; the others go through.
    let mut sync = context.synchronizer("partial-scope", SyncOptions::default()).unwrap();
    let error = sync.upsert_glossary("g-1", &GlossaryProperties::new("cat::synced-glossary")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert!(error.message().contains("GlossaryExchangeService"), "{error}");
    sync.upsert_data_asset("a-2", &DataAssetProperties::new("cat::synced-asset")).await.unwrap();
    sync.complete().await.unwrap();
    assert!(unrestricted.find_glossaries("", 0, 0).await.unwrap().is_empty(), "the refused upsert wrote nothing");
    assert_eq!(unrestricted.get_data_assets_by_name("cat::synced-asset", 0, 0).await.unwrap().len(), 1);

    // A comma-separated list works too.
    let connection = disabling("ValidValuesExchangeService, ExternalReferenceExchangeService");
    let context = CatalogIntegratorContext::with_connection(core.clone(), Some(&connection)).unwrap();
    let error = context.create_valid_value(None, ValidValueProperties::new("cat::vv")).await.unwrap_err();
    assert!(error.message().contains("ValidValuesExchangeService"), "{error}");
    let error = context.find_external_references("", 0, 0).await.unwrap_err();
    assert!(error.message().contains("ExternalReferenceExchangeService"), "{error}");
    context.create_glossary(None, GlossaryProperties::new("cat::allowed-glossary")).await.unwrap();

    // An unknown name is a configuration error that names it (a typo would leave the service on).
    let error =
        CatalogIntegratorContext::with_connection(core.clone(), Some(&disabling("GlossaryExchange"))).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(
        error.message().contains("GlossaryExchange") && error.message().contains(DISABLED_EXCHANGE_SERVICES_PROPERTY),
        "{error}"
    );
    // All eleven of Egeria's exchange services may be named.
    assert_eq!(EXCHANGE_SERVICES.len(), 11);
    let all = disabling(serde_json::json!(EXCHANGE_SERVICES));
    let context = CatalogIntegratorContext::with_connection(core, Some(&all)).unwrap();
    assert!(context.create_data_asset(None, DataAssetProperties::new("cat::none")).await.is_err());
    assert!(context.create_connection(None, ConnectionProperties::new("cat::none")).await.is_err());
    assert!(context.add_ownership(&asset, OwnershipProperties::default()).await.is_err());
}

/// A connector as an author would write it: it mirrors the glossaries of a catalog, creating
/// those it has not correlated yet, and notes whether lineage exchange is switched off.
struct GlossaryMirror {
    context: ContextSlot<CatalogIntegratorContext>,
    /// The catalog's glossaries: (identifier, qualified name).
    glossaries: Vec<(&'static str, &'static str)>,
    created: usize,
    lineage_disabled: bool,
}

impl GlossaryMirror {
    fn new(glossaries: Vec<(&'static str, &'static str)>) -> GlossaryMirror {
        GlossaryMirror { context: ContextSlot::new(), glossaries, created: 0, lineage_disabled: false }
    }
}

#[async_trait::async_trait]
impl CatalogIntegratorConnector for GlossaryMirror {
    fn set_context(&mut self, context: CatalogIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&CatalogIntegratorContext> {
        self.context.get("context")
    }

    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?.clone();
        for (identifier, qualified_name) in &self.glossaries {
            if context.get_elements_for_external_identifier(identifier).await?.is_empty() {
                let correlation = ExternalIdentifierProperties {
                    external_identifier_name: Some("glossaryId".into()),
                    ..ExternalIdentifierProperties::new(*identifier)
                };
                context.create_glossary(Some(correlation), GlossaryProperties::new(*qualified_name)).await?;
                self.created += 1;
            }
        }
        self.lineage_disabled = match context.find_processes("", 0, 0).await {
            Ok(_) => false,
            Err(error) if error.kind() == ErrorKind::UserNotAuthorized => true,
            Err(error) => return Err(error),
        };
        Ok(())
    }
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let mut mock = MockCatalogIntegratorApi::new();
    mock.expect_get_elements_for_external_identifier()
        .times(2)
        .returning(|identifier| Ok(if identifier == "g-1" { vec!["guid-1".to_owned()] } else { Vec::new() }));
    mock.expect_create_glossary()
        .withf(|correlation, properties| {
            correlation
                .as_ref()
                .is_some_and(|c| c.identifier == "g-2" && c.external_identifier_name.as_deref() == Some("glossaryId"))
                && properties.qualified_name.as_deref() == Some("cat::hr")
        })
        .times(1)
        .returning(|_, _| Ok("guid-2".into()));
    mock.expect_find_processes().times(1).returning(|_, _, _| Ok(Vec::new()));
    let mut connector = GlossaryMirror::new(vec![("g-1", "cat::sales"), ("g-2", "cat::hr")]);
    let error = connector.context().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "no context before set_context (NULL_CONTEXT)");
    connector.set_context(CatalogIntegratorContext::from_api(Arc::new(mock)));
    connector.refresh().await.unwrap();
    assert_eq!((connector.created, connector.lineage_disabled), (1, false));
}

#[tokio::test]
async fn the_adapter_hosts_a_typed_connector_in_the_core_lifecycle() {
    let (_dir, store) = repository().await;
    let mut connector = into_connector(GlossaryMirror::new(vec![("g-1", "cat::sales"), ("g-2", "cat::hr")]));
    // The connection's configuration reaches the typed context the adapter makes.
    connector.initialize("instance-1", disabling("LineageExchangeService")).unwrap();
    connector.set_connector_name("mirror");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let search =
        connect(&store, identity(IntegrationService::Search, "mirror", PermittedSynchronization::BothDirections, None))
            .await;
    assert!(connector.set_context(search).is_err());
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
    let core = core_context(&store, "mirror", PermittedSynchronization::BothDirections).await;
    connector.set_context(core.clone()).unwrap();
    connector.start().await.unwrap();
    connector.refresh().await.unwrap();
    // A second refresh finds both glossaries correlated and creates nothing.
    let before = latest(&store).await;
    connector.refresh().await.unwrap();
    assert!(changes_since(&store, before).await.is_empty());
    connector.disconnect().await.unwrap();
    let context = CatalogIntegratorContext::new(core).unwrap();
    let mut glossaries: Vec<_> = context
        .get_glossaries_for_asset_manager(0, 0)
        .await
        .unwrap()
        .into_iter()
        .map(|g| g.properties.qualified_name.unwrap())
        .collect();
    glossaries.sort();
    assert_eq!(glossaries, ["cat::hr", "cat::sales"]);
    let sales = context.get_elements_for_external_identifier("g-1").await.unwrap();
    assert_eq!(
        context.get_glossary_by_guid(&sales[0]).await.unwrap().properties.qualified_name.as_deref(),
        Some("cat::sales")
    );
}

#[tokio::test]
async fn a_hosted_connector_sees_its_disabled_exchange_services() {
    let (_dir, store) = repository().await;
    let mut adapter = CatalogIntegratorAdapter::new(GlossaryMirror::new(Vec::new()));
    adapter.initialize("instance-1", disabling(serde_json::json!(["LineageExchangeService"]))).unwrap();
    adapter.set_context(core_context(&store, "mirror", PermittedSynchronization::BothDirections).await).unwrap();
    adapter.refresh().await.unwrap();
    assert!(adapter.connector().lineage_disabled);
    // An unknown exchange service in the configuration makes set_context fail.
    let mut adapter = CatalogIntegratorAdapter::new(GlossaryMirror::new(Vec::new()));
    adapter.initialize("instance-2", disabling("LineageExchange")).unwrap();
    let core = core_context(&store, "typo", PermittedSynchronization::BothDirections).await;
    let error = adapter.set_context(core).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");
    assert!(!adapter.connector().context.is_set());
}
