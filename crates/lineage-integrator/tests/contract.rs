//! Contract tests of the lineage integration service against the real embedded (SQLite) store,
//! and of the delivery of OpenLineage run events between lineage connectors.

use std::sync::Arc;

use integration_daemon_api::{ErrorKind, ExternalIdQuery, MetadataStore};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use lineage_integrator::*;
use open_metadata_store::{SqliteStore, StoreOptions};

/// The OpenLineage bus is one per process: the tests that use it take turns, so that one test's
/// events do not land in another's queues.
static BUS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

async fn lineage_core(store: &Arc<dyn MetadataStore>, name: &str) -> IntegrationContext {
    connect(
        store,
        identity(
            IntegrationService::Lineage,
            name,
            PermittedSynchronization::FromThirdParty,
            Some(&format!("Airflow::{name}")),
        ),
    )
    .await
}

async fn lineage_context(store: &Arc<dyn MetadataStore>, name: &str) -> LineageIntegratorContext {
    LineageIntegratorContext::new(lineage_core(store, name).await).unwrap()
}

fn port(qualified_name: &str, port_type: PortType) -> PortProperties {
    PortProperties { port_type: Some(port_type), ..PortProperties::new(qualified_name) }
}

fn data_set(qualified_name: &str) -> DataAssetProperties {
    DataAssetProperties { type_name: Some("DataSet".into()), ..DataAssetProperties::new(qualified_name) }
}

fn key(key: &str) -> ElementRef {
    ElementRef::Key(key.into())
}

/// One enumeration of the DAG `daily_orders`: tasks `extract` and (when `with_load`) `load`, each
/// with an input and an output port, the DAG's own input port delegating to `extract`'s, and the
/// lineage from `postgres.orders` through the tasks to `s3.daily_orders`.
async fn enumerate(context: &LineageIntegratorContext, with_load: bool) -> SyncSummary {
    let mut sync = context.synchronizer("daily_orders", SyncOptions::default()).unwrap();
    sync.upsert_data_asset("postgres.orders", &data_set("pg::sales.public.orders")).await.unwrap();
    sync.upsert_data_asset("s3.daily_orders", &data_set("s3::lake/daily_orders")).await.unwrap();
    let dag = ProcessProperties { formula: Some("@daily".into()), ..ProcessProperties::new("airflow::daily_orders") };
    sync.upsert_process("dag", &dag).await.unwrap();
    let dag_in =
        PortProperties { type_name: Some("PortAlias".into()), ..port("airflow::daily_orders.in", PortType::InputPort) };
    sync.upsert_port("dag.in", key("dag"), &dag_in).await.unwrap();
    let tasks: &[&str] = if with_load { &["extract", "load"] } else { &["extract"] };
    for task in tasks {
        let properties = ProcessProperties {
            display_name: Some((*task).into()),
            ..ProcessProperties::new(format!("airflow::daily_orders.{task}"))
        };
        sync.upsert_process(task, &properties).await.unwrap();
        for (side, port_type) in [("in", PortType::InputPort), ("out", PortType::OutputPort)] {
            let properties = port(&format!("airflow::daily_orders.{task}.{side}"), port_type);
            sync.upsert_port(&format!("{task}.{side}"), key(task), &properties).await.unwrap();
        }
        let containment = ProcessContainmentProperties {
            containment_type: Some(ProcessContainmentType::Owned),
            ..Default::default()
        };
        sync.upsert_process_hierarchy(&format!("dag>{task}"), key("dag"), key(task), &containment).await.unwrap();
    }
    sync.upsert_port_delegation("dag.in>extract.in", key("dag.in"), key("extract.in")).await.unwrap();
    sync.upsert_process_call("dag>>extract", key("dag"), key("extract"), &ProcessCallProperties::default())
        .await
        .unwrap();
    let reads = DataFlowProperties { label: Some("reads".into()), ..Default::default() };
    sync.upsert_data_flow("postgres.orders->extract", key("postgres.orders"), key("extract"), &reads).await.unwrap();
    if with_load {
        let hands_over = DataFlowProperties { label: Some("staging".into()), ..Default::default() };
        sync.upsert_data_flow("extract->load", key("extract"), key("load"), &hands_over).await.unwrap();
        let writes = DataFlowProperties { label: Some("writes".into()), ..Default::default() };
        sync.upsert_data_flow("load->s3.daily_orders", key("load"), key("s3.daily_orders"), &writes).await.unwrap();
        let mapping = LineageMappingProperties { label: Some("rows".into()), ..Default::default() };
        sync.upsert_lineage_mapping("extract.out=>load.in", key("extract.out"), key("load.in"), &mapping)
            .await
            .unwrap();
        let next = ControlFlowProperties { guard: Some("success".into()), ..Default::default() };
        sync.upsert_control_flow("extract~>load", key("extract"), key("load"), &next).await.unwrap();
    }
    sync.complete().await.unwrap()
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_dag_enumeration_gives_elements_relationships_correlations_and_events() {
    let (_dir, store) = repository().await;
    let context = lineage_context(&store, "airflow-monitor").await;
    let before = latest(&store).await;

    // First enumeration: everything is new.
    let summary = enumerate(&context, true).await;
    // 2 data sets, 3 processes, 5 ports; 2 hierarchy links, 1 delegation, 1 call, 3 data flows,
    // 1 lineage mapping and 1 control flow.
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (19, 0, 0, 0), "{summary:?}");
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DataSet")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Process")), 3);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Port")), 4);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("PortAlias")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 10);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ProcessPort")), 5);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ProcessHierarchy")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("PortDelegation")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ProcessCall")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("DataFlow")), 3);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("LineageMapping")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("ControlFlow")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, None), 14);

    // The typed reads see the DAG's lineage.
    let dag = &context.get_processes_by_name("airflow::daily_orders", 0, 0).await.unwrap()[0];
    assert_eq!(dag.properties.formula.as_deref(), Some("@daily"));
    let children = context.get_process_hierarchy_links(dag.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(children.len(), 2);
    assert!(children.iter().all(|c| c.properties.containment_type == Some(ProcessContainmentType::Owned)));
    let extract = &context.get_processes_by_name("airflow::daily_orders.extract", 0, 0).await.unwrap()[0];
    let load = &context.get_processes_by_name("airflow::daily_orders.load", 0, 0).await.unwrap()[0];
    let mut ports = context.get_ports_for_process(extract.guid(), 0, 0).await.unwrap();
    ports.sort_by(|a, b| a.properties.qualified_name.cmp(&b.properties.qualified_name));
    let ports: Vec<_> =
        ports.iter().map(|p| (p.properties.qualified_name.as_deref().unwrap(), p.properties.port_type)).collect();
    assert_eq!(
        ports,
        [
            ("airflow::daily_orders.extract.in", Some(PortType::InputPort)),
            ("airflow::daily_orders.extract.out", Some(PortType::OutputPort)),
        ]
    );
    let dag_ports = context.get_ports_for_process(dag.guid(), 0, 0).await.unwrap();
    assert_eq!(dag_ports.len(), 1);
    assert_eq!(dag_ports[0].type_name(), "PortAlias");
    let delegations = context.get_port_delegations(dag_ports[0].guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(delegations.len(), 1);
    let into_extract = context.get_data_flow_relationships(extract.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(into_extract.len(), 1);
    assert_eq!(into_extract[0].properties.label.as_deref(), Some("reads"));
    let orders = &context.get_data_assets_by_name("pg::sales.public.orders", 0, 0).await.unwrap()[0];
    assert_eq!(into_extract[0].end1.guid, orders.guid());
    let out_of_load = context.get_data_flow_relationships(load.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(out_of_load.iter().map(|f| f.properties.label.as_deref()).collect::<Vec<_>>(), [Some("writes")]);
    let mappings = context.get_lineage_mapping_relationships(load.guid(), RelationshipEnd::Any, 0, 0).await.unwrap();
    assert!(mappings.is_empty(), "the mapping joins ports, not processes");
    let load_in = &context.get_ports_by_name("airflow::daily_orders.load.in", 0, 0).await.unwrap()[0];
    let mappings =
        context.get_lineage_mapping_relationships(load_in.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(mappings.iter().map(|m| m.properties.label.as_deref()).collect::<Vec<_>>(), [Some("rows")]);
    let next = context.get_control_flow_relationships(extract.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(
        (next.len(), next[0].properties.guard.as_deref(), next[0].end2.guid.as_str()),
        (1, Some("success"), load.guid())
    );
    let calls = context.get_process_call_relationships(dag.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(calls.len(), 1);

    // Every element and link is correlated with the DAG's names, and owned by Airflow's source.
    let source = context.asset_manager_guid().unwrap();
    let core = context.integration_context().unwrap();
    let correlations = core
        .find_external_ids(&ExternalIdQuery { scope_guid: Some(source.clone()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(correlations.len(), 19);
    assert!(correlations.iter().any(|c| c.key == "extract.out=>load.in" && c.element_type == "LineageMapping"));
    assert_eq!(dag.element_header.origin.home_metadata_collection_name.as_deref(), Some("Airflow::airflow-monitor"));
    assert_eq!(context.asset_manager_name().as_deref(), Some("Airflow::airflow-monitor"));
    assert_eq!(context.get_processes_for_asset_manager(0, 0).await.unwrap().len(), 3);
    assert_eq!(context.get_data_assets_for_asset_manager(0, 0).await.unwrap().len(), 2);

    // The same again: nothing is written, no event.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&context, true).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 19, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());

    // The load task is dropped from the DAG: it goes with its ports and every link that touched
    // it; the rest stays.
    let before_removal = latest(&store).await;
    let summary = enumerate(&context, false).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged), (0, 0, 11), "{summary:?}");
    assert_eq!(summary.removed, 8, "the process, its 2 ports and its 5 links: {summary:?}");
    let events = changes_since(&store, before_removal).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("Process")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("Port")), 2);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 3);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("DataFlow")), 2);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("LineageMapping")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("ControlFlow")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("ProcessHierarchy")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("ProcessPort")), 2);
    assert!(context.get_process_by_guid(load.guid()).await.unwrap_err().is_not_found());
    assert_eq!(context.get_process_hierarchy_links(dag.guid(), RelationshipEnd::End1, 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_ports("", 0, 0).await.unwrap().len(), 3);
    assert_eq!(context.get_data_flow_relationships(extract.guid(), RelationshipEnd::Any, 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_data_assets("", 0, 0).await.unwrap().len(), 2, "the data sets stay");
    let left = core.count_external_ids(&ExternalIdQuery { scope_guid: Some(source), ..Default::default() }).await;
    assert_eq!(left.unwrap(), 11);
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn typed_calls_record_lineage_and_check_kinds() {
    let (_dir, store) = repository().await;
    let context = lineage_context(&store, "typed").await;
    let source = context.create_data_asset(data_set("db::customers")).await.unwrap();
    let target = context.create_data_asset(data_set("lake::customers")).await.unwrap();
    let job = context
        .create_process(ProcessProperties {
            activity_status: Some(ActivityStatus::InProgress),
            ..ProcessProperties::new("etl::copy_customers")
        })
        .await
        .unwrap();
    let step = context.create_process(ProcessProperties::new("etl::copy_customers.step1")).await.unwrap();
    let input = context.create_port(&job, port("etl::copy_customers.in", PortType::InputPort)).await.unwrap();
    let output = context.create_port(&job, port("etl::copy_customers.out", PortType::OutputPort)).await.unwrap();
    let step_in = context.create_port(&step, port("etl::copy_customers.step1.in", PortType::InputPort)).await.unwrap();

    context
        .setup_process_parent(
            &job,
            &step,
            ProcessContainmentProperties { containment_type: Some(ProcessContainmentType::Used), ..Default::default() },
        )
        .await
        .unwrap();
    context.setup_port_delegation(&input, &step_in).await.unwrap();
    context
        .link_data_flow(&source, &job, DataFlowProperties { formula: Some("select *".into()), ..Default::default() })
        .await
        .unwrap();
    context.link_data_flow(&job, &target, DataFlowProperties::default()).await.unwrap();
    context
        .link_lineage_mapping(
            &input,
            &output,
            LineageMappingProperties { label: Some("1:1".into()), ..Default::default() },
        )
        .await
        .unwrap();

    assert_eq!(context.get_ports_for_process(&job, 0, 0).await.unwrap().len(), 2);
    let parents = context.get_process_hierarchy_links(&step, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!((parents.len(), parents[0].end1.guid.as_str()), (1, job.as_str()));
    assert_eq!(parents[0].properties.containment_type, Some(ProcessContainmentType::Used));
    context
        .update_process_parent(
            &job,
            &step,
            true,
            ProcessContainmentProperties {
                containment_type: Some(ProcessContainmentType::Owned),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let parents = context.get_process_hierarchy_links(&step, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(parents[0].properties.containment_type, Some(ProcessContainmentType::Owned));
    let flows = context.get_data_flow_relationships(&job, RelationshipEnd::Any, 0, 0).await.unwrap();
    assert_eq!(flows.len(), 2);
    context
        .update_data_flow(
            &source,
            &job,
            true,
            DataFlowProperties { label: Some("extract".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let into_job = context.get_data_flow_relationships(&job, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(
        (into_job[0].properties.label.as_deref(), into_job[0].properties.formula.as_deref()),
        (Some("extract"), Some("select *"))
    );
    context
        .update_data_flow(&source, &job, false, DataFlowProperties { label: Some("only".into()), ..Default::default() })
        .await
        .unwrap();
    let into_job = context.get_data_flow_relationships(&job, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(
        (into_job[0].properties.label.as_deref(), into_job[0].properties.formula.as_deref()),
        (Some("only"), None)
    );
    context.unlink_data_flow(&job, &target).await.unwrap();
    assert_eq!(context.get_data_flow_relationships(&job, RelationshipEnd::Any, 0, 0).await.unwrap().len(), 1);
    let error = context.unlink_data_flow(&job, &target).await.unwrap_err();
    assert!(error.message().contains("DataFlow"), "{error}");
    context.unlink_lineage_mapping(&input, &output).await.unwrap();
    assert!(context.get_lineage_mapping_relationships(&input, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    context.clear_port_delegation(&input, &step_in).await.unwrap();
    assert!(context.get_port_delegations(&input, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    context.clear_process_parent(&job, &step).await.unwrap();
    assert!(context.get_process_hierarchy_links(&job, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());

    // Kinds are checked.
    let error = context.get_process_by_guid(&input).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("Port") && error.message().contains("getProcessByGUID"), "{error}");
    let error = context.get_port_by_guid(&job).await.unwrap_err();
    assert!(error.message().contains("Process") && error.message().contains("getPortByGUID"), "{error}");
    let error = context.get_data_asset_by_guid(&job).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "a process is an asset but not a data asset: {error}");
    assert!(context.get_process_by_guid("no-such-guid").await.unwrap_err().is_not_found());
    let error = context
        .create_process(ProcessProperties { type_name: Some("Port".into()), ..ProcessProperties::new("etl::x") })
        .await
        .unwrap_err();
    assert!(error.message().contains("Port") && error.message().contains("Process"), "{error}");
    let error = context.create_port(&source, port("etl::x.in", PortType::InputPort)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "ports belong to processes: {error}");
    assert!(context.get_ports_by_name("etl::x.in", 0, 0).await.unwrap().is_empty());

    // Merge keeps what is not given; replace drops it.
    context
        .update_process(&job, true, ProcessProperties { description: Some("nightly".into()), ..Default::default() })
        .await
        .unwrap();
    let read = context.get_process_by_guid(&job).await.unwrap();
    assert_eq!(
        (read.properties.activity_status, read.properties.description.as_deref()),
        (Some(ActivityStatus::InProgress), Some("nightly"))
    );
    context.update_process(&job, false, ProcessProperties::new("etl::copy_customers")).await.unwrap();
    let read = context.get_process_by_guid(&job).await.unwrap();
    assert_eq!((read.properties.activity_status, read.properties.description), (None, None));
    context.update_port(&output, false, port("etl::copy_customers.out", PortType::InoutPort)).await.unwrap();
    assert_eq!(context.get_port_by_guid(&output).await.unwrap().properties.port_type, Some(PortType::InoutPort));
    context
        .update_data_asset(
            &target,
            true,
            DataAssetProperties { description: Some("gold".into()), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(context.find_data_assets("gold", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_processes("copy_customers", 0, 0).await.unwrap().len(), 2);

    // Publishing puts a process or data asset in the publish zones; withdrawing takes it out.
    let core = context.integration_context().unwrap();
    context.publish_process(&job).await.unwrap();
    context.publish_data_asset(&target).await.unwrap();
    assert_eq!(core.get_element(&job).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    assert_eq!(core.get_element(&target).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    context.withdraw_process(&job).await.unwrap();
    context.withdraw_data_asset(&target).await.unwrap();
    assert!(core.get_element(&job).await.unwrap().unwrap().zone_membership().is_empty());
    assert!(core.get_element(&target).await.unwrap().unwrap().zone_membership().is_empty());

    // Removing a process removes its ports and its lineage links, not the data it touched.
    context.remove_process(&job).await.unwrap();
    assert!(context.get_port_by_guid(&input).await.unwrap_err().is_not_found());
    assert_eq!(context.find_ports("", 0, 0).await.unwrap().len(), 1, "the step's port stays");
    assert!(context.get_data_flow_relationships(&source, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_data_assets("", 0, 0).await.unwrap().len(), 2);
    context.remove_port(&step_in).await.unwrap();
    context.remove_data_asset(&source).await.unwrap();
    assert!(context.find_ports("", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_data_assets("", 0, 0).await.unwrap().len(), 1);
}

#[tokio::test]
async fn permitted_synchronization_and_ownership_hold_through_the_typed_api() {
    let _bus = BUS.lock().await;
    let (_dir, store) = repository().await;
    let owner = lineage_context(&store, "ownership-owner").await;
    let process = owner.create_process(ProcessProperties::new("etl::owned")).await.unwrap();
    let asset = owner.create_data_asset(data_set("db::owned")).await.unwrap();

    // Another source may read but not change what the owner catalogued.
    let other = lineage_context(&store, "ownership-other").await;
    assert_eq!(other.get_process_by_guid(&process).await.unwrap().guid(), process);
    let error = other
        .update_process(&process, true, ProcessProperties { description: Some("x".into()), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.remove_data_asset(&asset).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    // Lineage between elements of another source is the other connector's own relationship; it
    // goes when the owner removes an end.
    let staging = owner.create_data_asset(data_set("db::staging")).await.unwrap();
    other.link_data_flow(&asset, &process, DataFlowProperties::default()).await.unwrap();
    other.link_data_flow(&staging, &process, DataFlowProperties::default()).await.unwrap();
    assert_eq!(owner.get_data_flow_relationships(&process, RelationshipEnd::End2, 0, 0).await.unwrap().len(), 2);
    let error = owner.unlink_data_flow(&asset, &process).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "the flow is the other source's: {error}");
    other.unlink_data_flow(&asset, &process).await.unwrap();
    owner.remove_data_asset(&staging).await.unwrap();
    assert!(owner.get_data_flow_relationships(&process, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());

    // A connector that may only push open metadata to the tool cannot write it.
    let core = connect(
        &store,
        identity(
            IntegrationService::Lineage,
            "ownership-pusher",
            PermittedSynchronization::ToThirdParty,
            Some("Airflow::pusher"),
        ),
    )
    .await;
    let pusher = LineageIntegratorContext::new(core).unwrap();
    let error = pusher.create_process(ProcessProperties::new("etl::refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("TO_THIRD_PARTY") && error.message().contains("createProcess"), "{error}");
    let error = pusher.link_lineage_mapping(&asset, &process, LineageMappingProperties::default()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("linkLineageMapping"), "{error}");
    assert_eq!(pusher.find_processes("", 0, 0).await.unwrap().len(), 1, "reads are allowed");
    assert!(pusher.validate_write_to_third_party("addLineage").is_ok());
    assert!(owner.validate_write_to_third_party("addLineage").is_err(), "FROM_THIRD_PARTY may not push");
    // Publishing an OpenLineage event writes no open metadata: any lineage connector may.
    pusher.publish_open_lineage_run_event(run_event("ownership", "job", "COMPLETE")).await.unwrap();
    // A context of another service is refused.
    let files = connect(
        &store,
        identity(IntegrationService::Files, "ownership-files", PermittedSynchronization::FromThirdParty, None),
    )
    .await;
    let error = LineageIntegratorContext::new(files).unwrap_err();
    assert!(error.message().contains("Files") || error.message().contains("files"), "{error}");
}

#[tokio::test]
async fn another_source_cannot_hang_a_port_on_a_process_it_does_not_own() {
    let (_dir, store) = repository().await;
    let owner = lineage_context(&store, "anchor-owner").await;
    let other = lineage_context(&store, "anchor-other").await;
    let process = owner.create_process(ProcessProperties::new("etl::anchored")).await.unwrap();
    // A port owned by `other` anchored to the owner's process would block the owner's delete:
    // it is refused, and the owner can still remove its process.
    let error = other.create_port(&process, port("etl::anchored.in", PortType::InputPort)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    owner.remove_process(&process).await.unwrap();
}

/// A run event of job `namespace/name` that read `db/orders` and wrote `lake/daily`.
fn run_event(namespace: &str, name: &str, event_type: &str) -> OpenLineageRunEvent {
    OpenLineageRunEvent::from_json(&format!(
        r#"{{
            "eventType": "{event_type}",
            "eventTime": "2026-11-23T10:00:00.000Z",
            "run": {{ "runId": "{}" }},
            "job": {{ "namespace": "{namespace}", "name": "{name}", "facets": {{ "sql": {{ "query": "insert into daily select * from orders" }} }} }},
            "inputs": [ {{ "namespace": "db", "name": "orders" }} ],
            "outputs": [ {{ "namespace": "lake", "name": "daily" }} ],
            "producer": "https://example.com/scheduler",
            "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"
        }}"#,
        integration_daemon_api::new_guid()
    ))
    .unwrap()
}

fn job_names(events: &[OpenLineageRunEvent]) -> Vec<String> {
    events.iter().map(|event| format!("{}/{}", event.job.namespace, event.job.name)).collect()
}

#[tokio::test]
async fn open_lineage_events_are_validated_and_reach_every_registered_listener() {
    let _bus = BUS.lock().await;
    let (_dir, store) = repository().await;
    let publisher = lineage_context(&store, "ol-publisher").await;
    let first = lineage_context(&store, "ol-first").await;
    let second = lineage_context(&store, "ol-second").await;

    // Only registered listeners get events, and only those published after they registered.
    first.register_open_lineage_listener().await.unwrap();
    publisher.publish_open_lineage_run_event(run_event("airflow", "early", "START")).await.unwrap();
    second.register_open_lineage_listener().await.unwrap();
    second.register_open_lineage_listener().await.unwrap();
    publisher.publish_open_lineage_run_event(run_event("airflow", "late", "COMPLETE")).await.unwrap();
    assert!(publisher.take_open_lineage_run_events(10).await.unwrap().is_empty(), "the publisher does not listen");

    // An event that does not follow the spec is refused and reaches nobody.
    let mut bad = run_event("airflow", "bad", "COMPLETE");
    bad.job.name = " ".into();
    let error = publisher.publish_open_lineage_run_event(bad).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert_eq!(error.message_id(), INVALID_OPEN_LINEAGE_EVENT.id);
    assert!(error.message().contains("job.name"), "{error}");
    let mut bad = run_event("airflow", "bad", "COMPLETE");
    bad.event_type = Some("FINISHED".into());
    let error = publisher.publish_open_lineage_run_event(bad).await.unwrap_err();
    assert!(error.message().contains("FINISHED"), "{error}");

    // What the daemon's /api/v1/lineage endpoint receives goes through the same bus.
    let json = run_event("spark", "from-rest", "RUNNING").to_json();
    assert!(open_lineage_bus().publish_json(&json).unwrap() >= 2);
    assert!(open_lineage_bus().publish_json(r#"{"eventTime": "now"}"#).is_err());

    // Each listener takes its own events, oldest first, in batches.
    let taken = first.take_open_lineage_run_events(2).await.unwrap();
    assert_eq!(job_names(&taken), ["airflow/early", "airflow/late"]);
    assert_eq!(taken[1].job.facets["sql"]["query"], "insert into daily select * from orders");
    assert_eq!(taken[1].inputs[0].name, "orders");
    assert_eq!(job_names(&first.take_open_lineage_run_events(10).await.unwrap()), ["spark/from-rest"]);
    assert!(first.take_open_lineage_run_events(10).await.unwrap().is_empty());
    let taken = second.take_open_lineage_run_events(10).await.unwrap();
    assert_eq!(job_names(&taken), ["airflow/late", "spark/from-rest"]);
    // Events given back come first next time, in their order.
    second.return_open_lineage_run_events(taken).await.unwrap();
    assert_eq!(job_names(&second.take_open_lineage_run_events(1).await.unwrap()), ["airflow/late"]);
    assert_eq!(job_names(&second.take_open_lineage_run_events(1).await.unwrap()), ["spark/from-rest"]);

    // A disconnected context can neither publish nor take.
    second.integration_context().unwrap().disconnect();
    assert!(second.take_open_lineage_run_events(1).await.is_err());
    assert!(second.publish_open_lineage_run_event(run_event("airflow", "gone", "COMPLETE")).await.is_err());
    assert!(second.register_open_lineage_listener().await.is_err());
    for context in [first, second] {
        open_lineage_bus().unregister(&context.integration_context().unwrap().identity().connector_id);
    }
}

/// A connector that turns the OpenLineage run events it hears into processes with data flows
/// from the datasets they read and to those they wrote (a simplified OpenLineage cataloguer).
#[derive(Default)]
struct OpenLineageCataloguer {
    context: ContextSlot<LineageIntegratorContext>,
    /// Jobs whose events fail (to show redelivery).
    failing_job: Option<String>,
    runs: Vec<String>,
}

impl OpenLineageCataloguer {
    async fn asset(context: &LineageIntegratorContext, namespace: &str, name: &str) -> Result<Guid> {
        let qualified_name = format!("{namespace}::{name}");
        match context.get_data_assets_by_name(&qualified_name, 0, 1).await?.first() {
            Some(existing) => Ok(existing.guid().to_owned()),
            None => context.create_data_asset(data_set(&qualified_name)).await,
        }
    }

    async fn flow(context: &LineageIntegratorContext, supplier: &str, consumer: &str) -> Result<()> {
        let existing = context.get_data_flow_relationships(supplier, RelationshipEnd::End1, 0, 0).await?;
        if !existing.iter().any(|flow| flow.end2.guid == consumer) {
            context.link_data_flow(supplier, consumer, DataFlowProperties::default()).await?;
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl LineageIntegratorConnector for OpenLineageCataloguer {
    fn set_context(&mut self, context: LineageIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&LineageIntegratorContext> {
        self.context.get("context")
    }

    async fn start(&mut self) -> Result<()> {
        self.context()?.register_open_lineage_listener().await
    }

    async fn refresh(&mut self) -> Result<()> {
        Ok(())
    }

    async fn process_open_lineage_run_event(&mut self, event: &OpenLineageRunEvent) -> Result<()> {
        if self.failing_job.as_deref() == Some(event.job.name.as_str()) {
            return Err(integration_daemon_api::message_definitions::MISSING_PARENT.error(&[&"test", &"job"]));
        }
        self.runs.push(format!("{}/{}", event.job.name, event.event_type.as_deref().unwrap_or("")));
        if event.event_type.as_deref() != Some("COMPLETE") {
            return Ok(());
        }
        let context = self.context()?.clone();
        let name = format!("{}::{}", event.job.namespace, event.job.name);
        let process = match context.get_processes_by_name(&name, 0, 1).await?.first() {
            Some(existing) => existing.guid().to_owned(),
            None => context.create_process(ProcessProperties::new(name)).await?,
        };
        for input in &event.inputs {
            let asset = OpenLineageCataloguer::asset(&context, &input.namespace, &input.name).await?;
            OpenLineageCataloguer::flow(&context, &asset, &process).await?;
        }
        for output in &event.outputs {
            let asset = OpenLineageCataloguer::asset(&context, &output.namespace, &output.name).await?;
            OpenLineageCataloguer::flow(&context, &process, &asset).await?;
        }
        Ok(())
    }
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let mut mock = MockLineageIntegratorApi::new();
    mock.expect_register_open_lineage_listener().times(1).returning(|| Ok(()));
    mock.expect_get_processes_by_name().returning(|_, _, _| Ok(Vec::new()));
    mock.expect_create_process()
        .withf(|properties| properties.qualified_name.as_deref() == Some("airflow::daily"))
        .times(1)
        .returning(|_| Ok("process-1".into()));
    mock.expect_get_data_assets_by_name().times(2).returning(|_, _, _| Ok(Vec::new()));
    mock.expect_create_data_asset()
        .withf(|properties| properties.type_name.as_deref() == Some("DataSet"))
        .times(2)
        .returning(|properties| Ok(format!("asset:{}", properties.qualified_name.clone().unwrap_or_default())));
    mock.expect_get_data_flow_relationships().times(2).returning(|_, _, _, _| Ok(Vec::new()));
    mock.expect_link_data_flow()
        .withf(|supplier, consumer, _| {
            (supplier, consumer) == ("asset:db::orders", "process-1")
                || (supplier, consumer) == ("process-1", "asset:lake::daily")
        })
        .times(2)
        .returning(|_, _, _| Ok("flow".into()));
    let mut connector = OpenLineageCataloguer::default();
    assert!(connector.start().await.is_err(), "no context before set_context (NULL_CONTEXT)");
    connector.set_context(LineageIntegratorContext::from_api(Arc::new(mock)));
    connector.start().await.unwrap();
    connector.process_open_lineage_run_event(&run_event("airflow", "daily", "START")).await.unwrap();
    connector.process_open_lineage_run_event(&run_event("airflow", "daily", "COMPLETE")).await.unwrap();
    assert_eq!(connector.runs, ["daily/START", "daily/COMPLETE"]);
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn the_adapter_delivers_open_lineage_events_to_a_hosted_connector() {
    let _bus = BUS.lock().await;
    let (_dir, store) = repository().await;
    let mut adapter = LineageIntegratorAdapter::new(OpenLineageCataloguer {
        failing_job: Some("poison".into()),
        ..Default::default()
    });
    let connector: &mut dyn IntegrationConnector = &mut adapter;
    connector.initialize("instance-1", Connection::default()).unwrap();
    connector.set_connector_name("ol-cataloguer");
    assert_eq!(connector.deliver_service_events().await.unwrap(), 0, "nothing before set_context");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let topic = connect(
        &store,
        identity(IntegrationService::Topic, "ol-cataloguer", PermittedSynchronization::FromThirdParty, None),
    )
    .await;
    assert!(connector.set_context(topic).is_err());
    let error = connector.start().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
    connector.set_context(lineage_core(&store, "ol-cataloguer").await).unwrap();
    connector.start().await.unwrap();
    connector.refresh().await.unwrap();

    // Another lineage connector publishes three runs; the second one fails in the connector.
    let publisher = lineage_context(&store, "ol-scheduler").await;
    for (job, event_type) in [("daily", "START"), ("poison", "COMPLETE"), ("daily", "COMPLETE")] {
        publisher.publish_open_lineage_run_event(run_event("airflow", job, event_type)).await.unwrap();
    }
    let before = latest(&store).await;
    let error = connector.deliver_service_events().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");
    assert!(changes_since(&store, before).await.is_empty(), "the daily COMPLETE waits behind the failed event");
    // The failed event and those after it are delivered again, in order.
    adapter.connector_mut().failing_job = None;
    let connector: &mut dyn IntegrationConnector = &mut adapter;
    assert_eq!(connector.deliver_service_events().await.unwrap(), 2);
    assert_eq!(connector.deliver_service_events().await.unwrap(), 0);
    // A second run of the same job adds nothing new.
    publisher.publish_open_lineage_run_event(run_event("airflow", "daily", "COMPLETE")).await.unwrap();
    let before_again = latest(&store).await;
    assert_eq!(connector.deliver_service_events().await.unwrap(), 1);
    assert!(changes_since(&store, before_again).await.is_empty());
    connector.disconnect().await.unwrap();
    assert_eq!(adapter.connector().runs, ["daily/START", "poison/COMPLETE", "daily/COMPLETE", "daily/COMPLETE"]);

    // The runs became lineage: db::orders → airflow::daily → lake::daily (and the poison job's).
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Process")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DataSet")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("DataFlow")), 4);
    let reader = lineage_context(&store, "ol-reader").await;
    let daily = &reader.get_processes_by_name("airflow::daily", 0, 0).await.unwrap()[0];
    assert_eq!(daily.element_header.origin.home_metadata_collection_name.as_deref(), Some("Airflow::ol-cataloguer"));
    let flows = reader.get_data_flow_relationships(daily.guid(), RelationshipEnd::Any, 0, 0).await.unwrap();
    let mut ends: Vec<_> = flows
        .iter()
        .map(|flow| {
            if flow.end2.guid == daily.guid() {
                ("in", flow.end1.guid.clone())
            } else {
                ("out", flow.end2.guid.clone())
            }
        })
        .collect();
    ends.sort();
    let orders = reader.get_data_assets_by_name("db::orders", 0, 0).await.unwrap()[0].guid().to_owned();
    let lake = reader.get_data_assets_by_name("lake::daily", 0, 0).await.unwrap()[0].guid().to_owned();
    assert_eq!(ends, [("in", orders), ("out", lake)]);
    open_lineage_bus().unregister("ol-cataloguer-id");
}
