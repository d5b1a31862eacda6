//! Contract tests of the analytics integration service against the real embedded (SQLite) store.

use std::sync::Arc;

use analytics_integrator::*;
use integration_daemon_api::{ErrorKind, ExternalIdQuery, MetadataStore, RelatedElementsQuery};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

async fn analytics_context(store: &Arc<dyn MetadataStore>, name: &str) -> AnalyticsIntegratorContext {
    let core = connect(
        store,
        identity(
            IntegrationService::Analytics,
            name,
            PermittedSynchronization::BothDirections,
            Some(&format!("MLflow::{name}")),
        ),
    )
    .await;
    AnalyticsIntegratorContext::new(core).unwrap()
}

/// One enumeration of an analytics tool: model `churn` (at `version`) with its `runs`, reading data
/// asset `churn-input` and producing `churn-scores` (two columns, stored in a database reached
/// through a connection and an endpoint).
async fn enumerate(context: &AnalyticsIntegratorContext, version: &str, runs: &[&str]) -> SyncSummary {
    let mut sync = context.synchronizer("mlflow", SyncOptions::default()).unwrap();
    sync.upsert_data_asset(
        "churn-input",
        &DataAssetProperties {
            display_name: Some("Churn input".into()),
            ..DataAssetProperties::new("ml::data/churn-input")
        },
    )
    .await
    .unwrap();
    sync.upsert_data_asset("churn-scores", &DataAssetProperties::new("ml::data/churn-scores")).await.unwrap();
    for (position, (column, data_type)) in [("customer_id", "string"), ("score", "double")].into_iter().enumerate() {
        let properties = SchemaAttributeProperties {
            data_type: Some(data_type.into()),
            element_position: Some(i32::try_from(position).unwrap()),
            ..SchemaAttributeProperties::new(format!("ml::data/churn-scores/{column}"))
        };
        sync.upsert_schema_attribute(
            &format!("churn-scores.{column}"),
            ElementRef::Key("churn-scores".into()),
            &properties,
        )
        .await
        .unwrap();
    }
    sync.upsert_connection(
        "churn-scores-connection",
        &ConnectionProperties {
            user_id: Some("scorer".into()),
            ..ConnectionProperties::new("ml::connections/churn-scores")
        },
    )
    .await
    .unwrap();
    sync.upsert_endpoint(
        "scores-db",
        &EndpointProperties {
            network_address: Some("db.example.com:5432".into()),
            protocol: Some("postgresql".into()),
            ..EndpointProperties::new("ml::endpoints/scores-db")
        },
    )
    .await
    .unwrap();
    sync.upsert_connection_endpoint(
        "churn-scores-connection>scores-db",
        ElementRef::Key("churn-scores-connection".into()),
        ElementRef::Key("scores-db".into()),
    )
    .await
    .unwrap();
    sync.upsert_asset_connection(
        "churn-scores>churn-scores-connection",
        ElementRef::Key("churn-scores".into()),
        ElementRef::Key("churn-scores-connection".into()),
    )
    .await
    .unwrap();
    sync.upsert_analytics_model(
        "churn",
        &AnalyticsModelProperties {
            implementation_language: Some("python".into()),
            version_identifier: Some(version.into()),
            ..AnalyticsModelProperties::new("ml::models/churn")
        },
    )
    .await
    .unwrap();
    for run in runs {
        let properties = AnalyticsModelRunProperties {
            activity_status: Some(ActivityStatus::Completed),
            ..AnalyticsModelRunProperties::new(format!("ml::models/churn/runs/{run}"))
        };
        sync.upsert_analytics_model_run(&format!("churn/{run}"), ElementRef::Key("churn".into()), &properties)
            .await
            .unwrap();
    }
    for (supplier, consumer) in [("churn-input", "churn"), ("churn", "churn-scores")] {
        sync.upsert_data_flow(
            &format!("{supplier}>{consumer}"),
            ElementRef::Key(supplier.into()),
            ElementRef::Key(consumer.into()),
            &DataFlowProperties { label: Some(format!("{supplier} to {consumer}")), ..Default::default() },
        )
        .await
        .unwrap();
    }
    sync.complete().await.unwrap()
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn an_analytics_enumeration_gives_elements_relationships_correlations_and_events() {
    let (_dir, store) = repository().await;
    let context = analytics_context(&store, "ml-monitor").await;
    let before = latest(&store).await;

    // First enumeration: everything is new.
    let summary = enumerate(&context, "1", &["run-1"]).await;
    // 2 data assets, a schema type and 2 attributes, connection, endpoint, model, run; 2 data
    // flows, the connection's endpoint and the asset's connection.
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (13, 0, 0, 0), "{summary:?}");
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 9);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DataAsset")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("RootSchemaType")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("SchemaAttribute")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Connection")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Endpoint")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DeployedAnalyticsModel")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("AnalyticsModelRun")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, None), 8);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("Schema")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("AttributeForSchema")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ProcessHierarchy")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("DataFlow")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ConnectToEndpoint")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("AssetConnection")), 1);

    // The typed reads see the tool as it is.
    let model = &context.get_analytics_models_by_name("ml::models/churn", 0, 0).await.unwrap()[0];
    assert_eq!(
        (model.properties.implementation_language.as_deref(), model.properties.version_identifier.as_deref()),
        (Some("python"), Some("1"))
    );
    assert_eq!(model.element_header.origin.home_metadata_collection_name.as_deref(), Some("MLflow::ml-monitor"));
    let runs = context.get_runs_for_analytics_model(model.guid(), 0, 0).await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].properties.qualified_name.as_deref(), Some("ml::models/churn/runs/run-1"));
    assert_eq!(runs[0].properties.activity_status, Some(ActivityStatus::Completed));
    let inputs = context.get_data_flow_relationships(model.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(inputs.len(), 1);
    assert_eq!(inputs[0].end1.unique_name.as_deref(), Some("ml::data/churn-input"));
    assert_eq!(inputs[0].properties.label.as_deref(), Some("churn-input to churn"));
    let outputs = context.get_data_flow_relationships(model.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(outputs.len(), 1);
    assert_eq!(outputs[0].end2.unique_name.as_deref(), Some("ml::data/churn-scores"));
    assert_eq!(context.get_data_flow_relationships(model.guid(), RelationshipEnd::Any, 0, 0).await.unwrap().len(), 2);
    let scores = &context.get_data_assets_by_name("ml::data/churn-scores", 0, 0).await.unwrap()[0];
    let schema_types = context.get_schema_types_for_element(scores.guid(), 0, 0).await.unwrap();
    assert_eq!(schema_types.len(), 1);
    assert_eq!(schema_types[0].type_name(), "RootSchemaType");
    assert_eq!(schema_types[0].properties.qualified_name.as_deref(), Some("SchemaOf:ml::data/churn-scores"));
    let mut columns = context.get_nested_attributes(scores.guid(), 0, 0).await.unwrap();
    columns.sort_by_key(|c| c.properties.element_position);
    let shapes: Vec<_> =
        columns.iter().map(|c| (c.properties.data_type.as_deref(), c.properties.element_position)).collect();
    assert_eq!(shapes, [(Some("string"), Some(0)), (Some("double"), Some(1))]);
    let connections = context.get_asset_connection_links(scores.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(connections.len(), 1);
    let connection = context.get_connection_by_guid(&connections[0].end2.guid).await.unwrap();
    assert_eq!(connection.properties.user_id.as_deref(), Some("scorer"));
    let endpoints =
        context.get_connection_endpoint_links(connection.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    let endpoint = context.get_endpoint_by_guid(&endpoints[0].end2.guid).await.unwrap();
    assert_eq!(endpoint.properties.network_address.as_deref(), Some("db.example.com:5432"));
    // Every element and keyed relationship is correlated with the tool's identifiers.
    let source = context.analytics_tool_guid().unwrap();
    let core = context.integration_context().unwrap();
    let correlations = store
        .count_external_ids(
            &core.request_context(),
            &ExternalIdQuery { scope_guid: Some(source), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(correlations, 13);
    assert_eq!(context.get_my_analytics_models(0, 0).await.unwrap().len(), 1);
    assert_eq!(context.get_my_data_assets(0, 0).await.unwrap().len(), 2);

    // The same again: nothing is written, no event.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&context, "1", &["run-1"]).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 13, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());

    // The tool forgot its run: it is removed, the rest stays.
    let before_removal = latest(&store).await;
    let summary = enumerate(&context, "1", &[]).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 12, 1), "{summary:?}");
    let events = changes_since(&store, before_removal).await;
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("AnalyticsModelRun")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("ProcessHierarchy")), 1);
    assert!(context.get_runs_for_analytics_model(model.guid(), 0, 0).await.unwrap().is_empty());
    assert_eq!(context.get_analytics_model_by_guid(model.guid()).await.unwrap().guid(), model.guid());
    assert_eq!(context.find_data_assets("", 0, 0).await.unwrap().len(), 2);

    // Retrained: the model is updated in place and its new run is added.
    let before_update = latest(&store).await;
    let summary = enumerate(&context, "2", &["run-2"]).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (1, 1, 11, 0), "{summary:?}");
    let events = changes_since(&store, before_update).await;
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("DeployedAnalyticsModel")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("AnalyticsModelRun")), 1);
    let model = context.get_analytics_model_by_guid(model.guid()).await.unwrap();
    assert_eq!(model.properties.version_identifier.as_deref(), Some("2"));
    let runs = context.get_runs_for_analytics_model(model.guid(), 0, 0).await.unwrap();
    assert_eq!(
        runs.iter().map(|r| r.properties.qualified_name.as_deref()).collect::<Vec<_>>(),
        [Some("ml::models/churn/runs/run-2")]
    );
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn typed_calls_build_the_same_structure_and_check_kinds() {
    let (_dir, store) = repository().await;
    let context = analytics_context(&store, "typed").await;
    let input = context.create_data_asset(DataAssetProperties::new("ml::data/visits")).await.unwrap();
    let output = context.create_data_asset(DataAssetProperties::new("ml::data/forecast")).await.unwrap();
    let model = context
        .create_analytics_model(AnalyticsModelProperties {
            implementation_language: Some("R".into()),
            ..AnalyticsModelProperties::new("ml::models/forecast")
        })
        .await
        .unwrap();
    let run = context
        .create_analytics_model_run(
            &model,
            AnalyticsModelRunProperties {
                activity_status: Some(ActivityStatus::InProgress),
                ..AnalyticsModelRunProperties::new("ml::models/forecast/runs/1")
            },
        )
        .await
        .unwrap();
    context.link_data_flow(&input, &model, DataFlowProperties::default()).await.unwrap();
    context
        .link_data_flow(&model, &output, DataFlowProperties { label: Some("writes".into()), ..Default::default() })
        .await
        .unwrap();

    // Runs hang from their model; flows go in and out of it.
    let runs = context.get_runs_for_analytics_model(&model, 0, 0).await.unwrap();
    assert_eq!(runs.iter().map(TypedElement::guid).collect::<Vec<_>>(), [run.as_str()]);
    assert_eq!(runs[0].properties.activity_status, Some(ActivityStatus::InProgress));
    let flows = context.get_data_flow_relationships(&model, RelationshipEnd::Any, 0, 0).await.unwrap();
    assert_eq!(flows.len(), 2);
    context
        .update_data_flow(
            &model,
            &output,
            true,
            DataFlowProperties { description: Some("nightly".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let flows = context.get_data_flow_relationships(&output, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(
        (flows[0].properties.label.as_deref(), flows[0].properties.description.as_deref()),
        (Some("writes"), Some("nightly"))
    );
    context.unlink_data_flow(&input, &model).await.unwrap();
    assert_eq!(context.get_data_flow_relationships(&model, RelationshipEnd::Any, 0, 0).await.unwrap().len(), 1);
    let error = context.unlink_data_flow(&input, &model).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");

    // A schema attribute under an asset gets the asset's root schema type on the way.
    let column = context
        .create_schema_attribute(
            &output,
            SchemaAttributeProperties {
                data_type: Some("date".into()),
                ..SchemaAttributeProperties::new("ml::forecast.day")
            },
        )
        .await
        .unwrap();
    let schema_types = context.get_schema_types_for_element(&output, 0, 0).await.unwrap();
    assert_eq!(schema_types.len(), 1);
    assert_eq!(schema_types[0].type_name(), "RootSchemaType");
    assert_eq!(context.get_schema_attribute_parent(&column).await.unwrap().unwrap().guid, schema_types[0].guid());
    // An explicit schema type, then an attribute under it and one nested in that.
    let schema = context
        .create_schema_type(
            &input,
            SchemaTypeProperties {
                type_name: Some("RootSchemaType".into()),
                ..SchemaTypeProperties::new("ml::visits-schema")
            },
        )
        .await
        .unwrap();
    let visit =
        context.create_schema_attribute(&schema, SchemaAttributeProperties::new("ml::visits.visit")).await.unwrap();
    let page =
        context.create_schema_attribute(&visit, SchemaAttributeProperties::new("ml::visits.visit.page")).await.unwrap();
    assert_eq!(context.get_nested_attributes(&input, 0, 0).await.unwrap()[0].guid(), visit);
    assert_eq!(context.get_nested_attributes(&visit, 0, 0).await.unwrap()[0].guid(), page);
    assert_eq!(context.get_schema_attribute_parent(&page).await.unwrap().unwrap().guid, visit);
    assert_eq!(
        context.get_schema_type_by_guid(&schema).await.unwrap().properties.qualified_name.as_deref(),
        Some("ml::visits-schema")
    );

    // Connections.
    let connection = context.create_connection(ConnectionProperties::new("ml::connections/forecast")).await.unwrap();
    let endpoint = context
        .create_endpoint(EndpointProperties {
            network_address: Some("s3://forecast".into()),
            ..EndpointProperties::new("ml::s3")
        })
        .await
        .unwrap();
    context.setup_endpoint(&connection, &endpoint).await.unwrap();
    context.setup_asset_connection(&output, &connection).await.unwrap();
    assert_eq!(
        context.get_asset_connection_links(&connection, RelationshipEnd::End2, 0, 0).await.unwrap()[0].end1.guid,
        output
    );
    context.clear_asset_connection(&output, &connection).await.unwrap();
    assert!(context.get_asset_connection_links(&output, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_endpoints("forecast", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.get_connections_by_name("ml::connections/forecast", 0, 0).await.unwrap()[0].guid(), connection);

    // Wrong kinds and unknown GUIDs are refused with messages that say so.
    let error = context.get_analytics_model_by_guid(&run).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(
        error.message().contains("AnalyticsModelRun") && error.message().contains("getAnalyticsModelByGUID"),
        "{error}"
    );
    let error = context.get_data_asset_by_guid(&model).await.unwrap_err();
    assert!(error.message().contains("DeployedAnalyticsModel") && error.message().contains("data asset"), "{error}");
    let error = context.remove_analytics_model_run(&model).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");
    let error = context.get_analytics_model_run_by_guid("no-such-guid").await.unwrap_err();
    assert!(error.is_not_found(), "{error}");
    let error = context
        .create_analytics_model(AnalyticsModelProperties {
            type_name: Some("DataAsset".into()),
            ..AnalyticsModelProperties::new("ml::x")
        })
        .await
        .unwrap_err();
    assert!(error.message().contains("DataAsset") && error.message().contains("DeployedAnalyticsModel"), "{error}");
    let error =
        context.create_analytics_model_run("", AnalyticsModelRunProperties::new("ml::orphan-run")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");

    // Merge keeps what is not given; replace drops it.
    context
        .update_analytics_model(
            &model,
            true,
            AnalyticsModelProperties { description: Some("Forecast".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_analytics_model_by_guid(&model).await.unwrap();
    assert_eq!(
        (
            read.properties.qualified_name.as_deref(),
            read.properties.implementation_language.as_deref(),
            read.properties.description.as_deref()
        ),
        (Some("ml::models/forecast"), Some("R"), Some("Forecast"))
    );
    context.update_analytics_model(&model, false, AnalyticsModelProperties::new("ml::models/forecast")).await.unwrap();
    let read = context.get_analytics_model_by_guid(&model).await.unwrap();
    assert_eq!((read.properties.implementation_language, read.properties.description), (None, None));
    context
        .update_analytics_model_run(
            &run,
            true,
            AnalyticsModelRunProperties { activity_status: Some(ActivityStatus::Failed), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(
        context.get_analytics_model_run_by_guid(&run).await.unwrap().properties.activity_status,
        Some(ActivityStatus::Failed)
    );

    // Find by search string and by name; the tool's own elements.
    assert_eq!(context.find_analytics_models("forecast", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_analytics_model_runs("runs/1$", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_data_assets("ml::data/", 0, 0).await.unwrap().len(), 2);
    assert!(context.get_data_assets_by_name("ml::data", 0, 0).await.unwrap().is_empty(), "names are exact");
    assert_eq!(
        context.get_analytics_model_runs_by_name("ml::models/forecast/runs/1", 0, 0).await.unwrap()[0].guid(),
        run
    );
    assert_eq!(context.get_my_analytics_models(0, 0).await.unwrap().len(), 1);
    assert_eq!(context.get_my_data_assets(0, 0).await.unwrap().len(), 2);

    // Publishing puts an asset in the publish zones; withdrawing takes it out.
    let core = context.integration_context().unwrap();
    context.publish_analytics_model(&model).await.unwrap();
    context.publish_data_asset(&output).await.unwrap();
    assert_eq!(core.get_element(&model).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    assert_eq!(core.get_element(&output).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    context.withdraw_analytics_model(&model).await.unwrap();
    context.withdraw_data_asset(&output).await.unwrap();
    assert!(core.get_element(&model).await.unwrap().unwrap().zone_membership().is_empty());
    assert!(core.get_element(&output).await.unwrap().unwrap().zone_membership().is_empty());

    // Removing the model removes its runs; removing an asset removes its schema.
    context.remove_analytics_model(&model).await.unwrap();
    assert!(context.get_analytics_model_run_by_guid(&run).await.unwrap_err().is_not_found());
    assert!(context.find_analytics_model_runs("", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_data_assets("", 0, 0).await.unwrap().len(), 2, "the assets stay");
    context.remove_data_asset(&input).await.unwrap();
    assert!(context.get_schema_attribute_by_guid(&page).await.unwrap_err().is_not_found());
    let left = context.find_schema_attributes("", 0, 0).await.unwrap();
    assert_eq!(left.iter().map(TypedElement::guid).collect::<Vec<_>>(), [column.as_str()]);
    context.remove_endpoint(&endpoint).await.unwrap();
    assert!(context.get_connection_endpoint_links(&connection, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
}

#[tokio::test]
async fn templates_copy_an_asset_with_its_schema() {
    let (_dir, store) = repository().await;
    let context = analytics_context(&store, "templates").await;
    let template = context.create_data_asset(DataAssetProperties::new("template::features")).await.unwrap();
    context
        .create_schema_attribute(
            &template,
            SchemaAttributeProperties {
                data_type: Some("int".into()),
                ..SchemaAttributeProperties::new("template::features.age")
            },
        )
        .await
        .unwrap();

    let copy = context
        .create_data_asset_from_template(
            &template,
            TemplateProperties { display_name: Some("Features".into()), ..TemplateProperties::named("ml::features") },
        )
        .await
        .unwrap();
    let read = context.get_data_asset_by_guid(&copy).await.unwrap();
    assert_eq!(read.properties.display_name.as_deref(), Some("Features"));
    let schema_types = context.get_schema_types_for_element(&copy, 0, 0).await.unwrap();
    assert_eq!(schema_types[0].properties.qualified_name.as_deref(), Some("SchemaOf:ml::features"));
    let columns = context.get_nested_attributes(&copy, 0, 0).await.unwrap();
    assert_eq!(columns.len(), 1);
    assert_eq!(columns[0].properties.qualified_name.as_deref(), Some("ml::features.age"));
    assert_eq!(columns[0].properties.data_type.as_deref(), Some("int"));
    let core = context.integration_context().unwrap();
    let sourced =
        core.get_related_elements(&RelatedElementsQuery::new(copy.clone(), Some("SourcedFrom"))).await.unwrap();
    assert_eq!(sourced[0].element.guid, template);
    // A model from a template.
    let model = context.create_analytics_model(AnalyticsModelProperties::new("template::model")).await.unwrap();
    let model_copy = context
        .create_analytics_model_from_template(&model, TemplateProperties::named("ml::models/copy"))
        .await
        .unwrap();
    assert_eq!(
        context.get_analytics_model_by_guid(&model_copy).await.unwrap().properties.qualified_name.as_deref(),
        Some("ml::models/copy")
    );
    // Removing the copy removes its copied schema only.
    context.remove_data_asset(&copy).await.unwrap();
    assert_eq!(context.find_schema_attributes("", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_schema_types("", 0, 0).await.unwrap().len(), 1);
}

#[tokio::test]
async fn permitted_synchronization_and_ownership_hold_through_the_typed_api() {
    let (_dir, store) = repository().await;
    let owner = analytics_context(&store, "owner").await;
    let model = owner.create_analytics_model(AnalyticsModelProperties::new("ml::owned")).await.unwrap();
    let run = owner.create_analytics_model_run(&model, AnalyticsModelRunProperties::new("ml::owned/1")).await.unwrap();

    // Another source may read but not change what the owner catalogued.
    let other = analytics_context(&store, "other").await;
    assert_eq!(other.get_analytics_model_by_guid(&model).await.unwrap().guid(), model);
    let error = other
        .update_analytics_model(
            &model,
            true,
            AnalyticsModelProperties { description: Some("x".into()), ..Default::default() },
        )
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.remove_analytics_model_run(&run).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert_eq!(owner.get_runs_for_analytics_model(&model, 0, 0).await.unwrap().len(), 1, "nothing changed");
    assert!(other.get_my_analytics_models(0, 0).await.unwrap().is_empty());

    // With the tool not home, what it creates is owned by no source, and others may change it.
    other.set_analytics_tool_is_home(false);
    let shared = other.create_data_asset(DataAssetProperties::new("ml::shared")).await.unwrap();
    let read = other.get_data_asset_by_guid(&shared).await.unwrap();
    assert_eq!(read.element_header.origin.owning_source(), None);
    owner
        .update_data_asset(
            &shared,
            true,
            DataAssetProperties { description: Some("shared".into()), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(other.get_data_asset_by_guid(&shared).await.unwrap().properties.description.as_deref(), Some("shared"));

    // A connector that may only push open metadata to the tool cannot write it.
    let core = connect(
        &store,
        identity(
            IntegrationService::Analytics,
            "pusher",
            PermittedSynchronization::ToThirdParty,
            Some("MLflow::pusher"),
        ),
    )
    .await;
    let pusher = AnalyticsIntegratorContext::new(core).unwrap();
    let error = pusher.create_analytics_model(AnalyticsModelProperties::new("ml::refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("TO_THIRD_PARTY") && error.message().contains("createAnalyticsModel"), "{error}");
    let error = pusher.link_data_flow(&shared, &model, DataFlowProperties::default()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert_eq!(pusher.find_analytics_models("", 0, 0).await.unwrap().len(), 1, "reads are allowed");
    assert!(pusher.validate_write_to_third_party("deployModel").is_ok());
    // The default, both directions, allows both.
    assert_eq!(owner.permitted_synchronization(), IntegrationService::Analytics.default_permitted_synchronization());
    assert!(owner.validate_write_to_third_party("deployModel").is_ok());
    let core = connect(
        &store,
        identity(
            IntegrationService::Analytics,
            "reader",
            PermittedSynchronization::FromThirdParty,
            Some("MLflow::reader"),
        ),
    )
    .await;
    let reader = AnalyticsIntegratorContext::new(core).unwrap();
    assert!(reader.validate_write_to_third_party("deployModel").is_err(), "FROM_THIRD_PARTY may not push");
    // A context of another service is refused.
    let display = connect(
        &store,
        identity(IntegrationService::Display, "display", PermittedSynchronization::FromThirdParty, None),
    )
    .await;
    let error = AnalyticsIntegratorContext::new(display).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
}

/// A connector as an author would write it, unit-tested against the mock: it records a run for
/// every model that has none.
#[derive(Default)]
struct RunRecorder {
    context: ContextSlot<AnalyticsIntegratorContext>,
    recorded: usize,
}

#[async_trait::async_trait]
impl AnalyticsIntegratorConnector for RunRecorder {
    fn set_context(&mut self, context: AnalyticsIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&AnalyticsIntegratorContext> {
        self.context.get("context")
    }

    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?.clone();
        for model in context.get_my_analytics_models(0, 0).await? {
            if context.get_runs_for_analytics_model(model.guid(), 0, 0).await?.is_empty() {
                let name = format!("{}/runs/first", model.properties.qualified_name.clone().unwrap_or_default());
                context.create_analytics_model_run(model.guid(), AnalyticsModelRunProperties::new(name)).await?;
                self.recorded += 1;
            }
        }
        Ok(())
    }
}

/// An element as the mock returns it.
fn typed<B>(guid: &str, type_name: &str, properties: B) -> TypedElement<B> {
    TypedElement {
        element_header: ElementHeader {
            guid: guid.into(),
            element_type: integration_daemon_api::ElementType::named(type_name),
            status: integration_daemon_api::ElementStatus::default(),
            origin: integration_daemon_api::ElementOrigin::default(),
            versions: integration_daemon_api::ElementVersions {
                created_by: "test".into(),
                updated_by: None,
                create_time: integration_daemon_api::time::now(),
                update_time: None,
                version: 1,
            },
            classifications: Vec::new(),
        },
        properties,
    }
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let mut mock = MockAnalyticsIntegratorApi::new();
    mock.expect_get_my_analytics_models().times(1).returning(|_, _| {
        Ok(vec![
            typed("m1", "DeployedAnalyticsModel", AnalyticsModelProperties::new("ml::a")),
            typed("m2", "DeployedAnalyticsModel", AnalyticsModelProperties::new("ml::b")),
        ])
    });
    mock.expect_get_runs_for_analytics_model().times(2).returning(|guid, _, _| {
        // m1 already has a run.
        Ok(if guid == "m1" {
            vec![typed("r1", "AnalyticsModelRun", AnalyticsModelRunProperties::new("ml::a/runs/1"))]
        } else {
            Vec::new()
        })
    });
    mock.expect_create_analytics_model_run()
        .withf(|model, properties| model == "m2" && properties.qualified_name.as_deref() == Some("ml::b/runs/first"))
        .times(1)
        .returning(|_, _| Ok("run-1".into()));
    let mut connector = RunRecorder::default();
    let error = connector.context().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "no context before set_context (NULL_CONTEXT)");
    connector.set_context(AnalyticsIntegratorContext::from_api(Arc::new(mock)));
    connector.refresh().await.unwrap();
    assert_eq!(connector.recorded, 1);
}

#[tokio::test]
async fn the_adapter_hosts_a_typed_connector_in_the_core_lifecycle() {
    let (_dir, store) = repository().await;
    let mut connector = into_connector(RunRecorder::default());
    connector.initialize("instance-1", Connection::default()).unwrap();
    connector.set_connector_name("recorder");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let catalog = connect(
        &store,
        identity(IntegrationService::Catalog, "recorder", PermittedSynchronization::BothDirections, None),
    )
    .await;
    assert!(connector.set_context(catalog).is_err());
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
    let analytics = connect(
        &store,
        identity(
            IntegrationService::Analytics,
            "recorder",
            PermittedSynchronization::BothDirections,
            Some("MLflow::recorder"),
        ),
    )
    .await;
    connector.set_context(analytics.clone()).unwrap();
    // The connector's own model, created through the same metadata source.
    let context = AnalyticsIntegratorContext::new(analytics).unwrap();
    let model = context.create_analytics_model(AnalyticsModelProperties::new("ml::hosted")).await.unwrap();
    connector.start().await.unwrap();
    connector.refresh().await.unwrap();
    // A second refresh finds the run of the first.
    connector.refresh().await.unwrap();
    connector.disconnect().await.unwrap();
    let runs = context.get_runs_for_analytics_model(&model, 0, 0).await.unwrap();
    assert_eq!(
        runs.iter().map(|r| r.properties.qualified_name.as_deref()).collect::<Vec<_>>(),
        [Some("ml::hosted/runs/first")]
    );
}
