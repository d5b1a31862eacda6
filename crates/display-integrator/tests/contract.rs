//! Contract tests of the display integration service against the real embedded (SQLite) store.

use std::sync::Arc;

use display_integrator::*;
use integration_daemon_api::{ErrorKind, ExternalIdQuery, MetadataStore, RelatedElementsQuery};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

async fn display_context(store: &Arc<dyn MetadataStore>, name: &str) -> DisplayIntegratorContext {
    let core = connect(
        store,
        identity(
            IntegrationService::Display,
            name,
            PermittedSynchronization::FromThirdParty,
            Some(&format!("Superset::{name}")),
        ),
    )
    .await;
    DisplayIntegratorContext::new(core).unwrap()
}

/// One enumeration of a small reporting application: report `sales` with the containers `header`
/// (one field, `title`) and `lines` (the fields given as (name, type)), form `order-entry` with one
/// input field, and query `top-customers` with container `rows` holding two fields.
async fn enumerate(context: &DisplayIntegratorContext, lines: &[(&str, &str)]) -> SyncSummary {
    let mut sync = context.synchronizer("superset", SyncOptions::default()).unwrap();
    sync.upsert_report(
        "sales",
        &ReportProperties {
            author: Some("ana".into()),
            purpose: Some("weekly sales".into()),
            ..ReportProperties::new("bi::reports/sales")
        },
    )
    .await
    .unwrap();
    sync.upsert_form(
        "order-entry",
        &FormProperties { display_name: Some("Order entry".into()), ..FormProperties::new("bi::forms/order-entry") },
    )
    .await
    .unwrap();
    sync.upsert_query(
        "top-customers",
        &QueryProperties {
            formula: Some("select customer, sum(total) from orders group by customer".into()),
            ..QueryProperties::new("bi::queries/top-customers")
        },
    )
    .await
    .unwrap();
    for (position, container) in ["header", "lines"].into_iter().enumerate() {
        let properties = DataContainerProperties {
            display_name: Some(container.into()),
            element_position: Some(i32::try_from(position).unwrap()),
            ..DataContainerProperties::new(format!("bi::reports/sales/{container}"))
        };
        sync.upsert_data_container(&format!("sales/{container}"), ElementRef::Key("sales".into()), &properties)
            .await
            .unwrap();
    }
    let title = DataFieldProperties {
        data_type: Some("string".into()),
        element_position: Some(0),
        ..DataFieldProperties::new("bi::reports/sales/header/title")
    };
    sync.upsert_data_field("sales/header/title", ElementRef::Key("sales/header".into()), &title).await.unwrap();
    for (position, (field, data_type)) in lines.iter().enumerate() {
        let properties = DataFieldProperties {
            data_type: Some((*data_type).into()),
            element_position: Some(i32::try_from(position).unwrap()),
            ..DataFieldProperties::new(format!("bi::reports/sales/lines/{field}"))
        };
        sync.upsert_data_field(&format!("sales/lines/{field}"), ElementRef::Key("sales/lines".into()), &properties)
            .await
            .unwrap();
    }
    let customer = DataFieldProperties {
        input_field: Some(true),
        data_type: Some("string".into()),
        ..DataFieldProperties::new("bi::forms/order-entry/customer")
    };
    sync.upsert_data_field("order-entry/customer", ElementRef::Key("order-entry".into()), &customer).await.unwrap();
    sync.upsert_query_data_container(
        "top-customers/rows",
        ElementRef::Key("top-customers".into()),
        &QueryDataContainerProperties::new("bi::queries/top-customers/rows"),
    )
    .await
    .unwrap();
    for (position, (field, data_type)) in [("customer", "string"), ("total", "decimal")].into_iter().enumerate() {
        let properties = QueryDataFieldProperties {
            data_type: Some(data_type.into()),
            element_position: Some(i32::try_from(position).unwrap()),
            ..QueryDataFieldProperties::new(format!("bi::queries/top-customers/rows/{field}"))
        };
        sync.upsert_query_data_field(
            &format!("top-customers/rows/{field}"),
            ElementRef::Key("top-customers/rows".into()),
            &properties,
        )
        .await
        .unwrap();
    }
    sync.complete().await.unwrap()
}

const LINES: &[(&str, &str)] = &[("product", "string"), ("quantity", "integer"), ("amount", "decimal")];

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_display_enumeration_gives_elements_relationships_correlations_and_events() {
    let (_dir, store) = repository().await;
    let context = display_context(&store, "bi-monitor").await;
    let before = latest(&store).await;

    // First enumeration: everything is new.
    let summary = enumerate(&context, LINES).await;
    // report, form, query, their 3 schema types, 3 containers, 5 display fields, 2 query fields.
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (16, 0, 0, 0), "{summary:?}");
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 16);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Report")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Form")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("InformationView")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DisplayDataSchemaType")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("QuerySchemaType")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DisplayDataContainer")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DisplayDataField")), 5);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("QueryDataContainer")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("QueryDataField")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, None), 13);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("Schema")), 3);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("AttributeForSchema")), 4);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("NestedSchemaAttribute")), 6);

    // The typed reads see the application as it is.
    let reports = context.get_reports_by_name("bi::reports/sales", 0, 0).await.unwrap();
    assert_eq!(reports.len(), 1);
    let report = &reports[0];
    assert_eq!(
        (report.properties.author.as_deref(), report.properties.purpose.as_deref()),
        (Some("ana"), Some("weekly sales"))
    );
    // Owned by the application's metadata source.
    assert_eq!(report.element_header.origin.home_metadata_collection_name.as_deref(), Some("Superset::bi-monitor"));
    let mut containers = context.get_data_containers_for_element(report.guid(), 0, 0).await.unwrap();
    containers.sort_by_key(|c| c.properties.element_position);
    let shapes: Vec<_> =
        containers.iter().map(|c| (c.properties.display_name.as_deref(), c.properties.element_position)).collect();
    assert_eq!(shapes, [(Some("header"), Some(0)), (Some("lines"), Some(1))]);
    let mut fields = context.get_data_fields_for_element(containers[1].guid(), 0, 0).await.unwrap();
    fields.sort_by_key(|f| f.properties.element_position);
    let shapes: Vec<_> = fields
        .iter()
        .map(|f| {
            (f.properties.qualified_name.as_deref(), f.properties.data_type.as_deref(), f.properties.element_position)
        })
        .collect();
    assert_eq!(
        shapes,
        [
            (Some("bi::reports/sales/lines/product"), Some("string"), Some(0)),
            (Some("bi::reports/sales/lines/quantity"), Some("integer"), Some(1)),
            (Some("bi::reports/sales/lines/amount"), Some("decimal"), Some(2)),
        ]
    );
    // A field nests in its container; a container hangs from the report's schema type.
    let title = &context.get_data_fields_by_name("bi::reports/sales/header/title", 0, 0).await.unwrap()[0];
    let parent = context.get_data_field_parent(title.guid()).await.unwrap().unwrap();
    assert_eq!(parent.guid, containers[0].guid());
    let parent = context.get_data_container_parent(containers[0].guid()).await.unwrap().unwrap();
    assert_eq!(parent.element_type.type_name, "DisplayDataSchemaType");
    assert_eq!(parent.unique_name.as_deref(), Some("SchemaOf:bi::reports/sales"));
    // The form's field hangs directly from the form's schema type.
    let form = &context.get_forms_by_name("Order entry", 0, 0).await.unwrap()[0];
    let form_fields = context.get_data_fields_for_element(form.guid(), 0, 0).await.unwrap();
    assert_eq!(form_fields.len(), 1);
    assert_eq!(form_fields[0].properties.input_field, Some(true));
    assert_eq!(context.find_data_fields("", 0, 0).await.unwrap().len(), 5);
    // The query's results.
    let query = &context.get_queries_by_name("bi::queries/top-customers", 0, 0).await.unwrap()[0];
    assert!(query.properties.formula.as_deref().is_some_and(|formula| formula.starts_with("select customer")));
    let rows = context.get_query_data_containers_for_element(query.guid(), 0, 0).await.unwrap();
    assert_eq!(rows.len(), 1);
    let mut query_fields = context.get_query_data_fields_for_element(rows[0].guid(), 0, 0).await.unwrap();
    query_fields.sort_by_key(|f| f.properties.element_position);
    let types: Vec<_> = query_fields.iter().map(|f| f.properties.data_type.as_deref()).collect();
    assert_eq!(types, [Some("string"), Some("decimal")]);
    // Every element is correlated with the application's keys.
    let source = context.display_application_guid().unwrap();
    let core = context.integration_context().unwrap();
    let correlations = store
        .count_external_ids(
            &core.request_context(),
            &ExternalIdQuery { scope_guid: Some(source), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(correlations, 16);
    assert_eq!(context.get_reports_for_application(0, 0).await.unwrap().len(), 1);
    assert_eq!(context.get_forms_for_application(0, 0).await.unwrap().len(), 1);
    assert_eq!(context.get_queries_for_application(0, 0).await.unwrap().len(), 1);

    // The same again: nothing is written, no event.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&context, LINES).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 16, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());

    // `amount` dropped from the report: it is removed, the rest stays.
    let before_change = latest(&store).await;
    let summary = enumerate(&context, &[("product", "string"), ("quantity", "integer")]).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 15, 1), "{summary:?}");
    let events = changes_since(&store, before_change).await;
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("DisplayDataField")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("NestedSchemaAttribute")), 1);
    let fields = context.get_data_fields_for_element(containers[1].guid(), 0, 0).await.unwrap();
    let mut names: Vec<_> = fields.iter().map(|f| f.properties.qualified_name.clone().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["bi::reports/sales/lines/product", "bi::reports/sales/lines/quantity"]);
    assert!(context.get_data_fields_by_name("bi::reports/sales/lines/amount", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_data_fields("", 0, 0).await.unwrap().len(), 4);
    assert_eq!(context.find_query_data_fields("", 0, 0).await.unwrap().len(), 2);
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn typed_calls_build_the_same_structure_and_check_kinds() {
    let (_dir, store) = repository().await;
    let context = display_context(&store, "typed").await;
    let report = context
        .create_report(ReportProperties { author: Some("bo".into()), ..ReportProperties::new("bi::reports/churn") })
        .await
        .unwrap();
    let body = context
        .create_data_container(
            &report,
            DataContainerProperties { element_position: Some(0), ..DataContainerProperties::new("bi::churn/body") },
        )
        .await
        .unwrap();
    let churn_score = context
        .create_data_field(
            &body,
            DataFieldProperties {
                data_type: Some("double".into()),
                element_position: Some(0),
                ..DataFieldProperties::new("bi::churn/body/score")
            },
        )
        .await
        .unwrap();
    let customer = context
        .create_data_field(
            &body,
            DataFieldProperties {
                data_type: Some("string".into()),
                element_position: Some(1),
                ..DataFieldProperties::new("bi::churn/body/customer")
            },
        )
        .await
        .unwrap();

    // One schema type was made for the report, and the container hangs from it.
    let core = context.integration_context().unwrap();
    let schema_types =
        core.get_related_elements(&RelatedElementsQuery::new(report.clone(), Some("Schema"))).await.unwrap();
    assert_eq!(schema_types.len(), 1);
    assert_eq!(schema_types[0].element.type_name(), "DisplayDataSchemaType");
    assert_eq!(schema_types[0].element.qualified_name(), Some("SchemaOf:bi::reports/churn"));
    let containers = context.get_data_containers_for_element(&report, 0, 0).await.unwrap();
    assert_eq!(containers.iter().map(TypedElement::guid).collect::<Vec<_>>(), [body.as_str()]);
    let mut fields = context.get_data_fields_for_element(&body, 0, 0).await.unwrap();
    fields.sort_by_key(|f| f.properties.element_position);
    assert_eq!(fields.iter().map(TypedElement::guid).collect::<Vec<_>>(), [churn_score.as_str(), customer.as_str()]);
    assert_eq!(fields[0].properties.data_type.as_deref(), Some("double"));
    assert!(
        context.get_data_fields_for_element(&report, 0, 0).await.unwrap().is_empty(),
        "fields are in the container"
    );

    // Wrong kinds and unknown GUIDs are refused with messages that say so.
    let error = context.get_report_by_guid(&body).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("DisplayDataContainer") && error.message().contains("getReportByGUID"), "{error}");
    let error = context.get_data_container_by_guid(&churn_score).await.unwrap_err();
    assert!(error.message().contains("DisplayDataField") && error.message().contains("data container"), "{error}");
    let error = context.update_form(&report, true, FormProperties::default()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");
    let error = context.get_form_by_guid("no-such-guid").await.unwrap_err();
    assert!(error.is_not_found(), "{error}");
    let error = context
        .create_report(ReportProperties { type_name: Some("Form".into()), ..ReportProperties::new("bi::x") })
        .await
        .unwrap_err();
    assert!(error.message().contains("Form") && error.message().contains("Report"), "{error}");
    let error = context.create_data_field("", DataFieldProperties::new("bi::orphan")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");

    // Merge keeps what is not given; replace drops it.
    context
        .update_report(&report, true, ReportProperties { description: Some("Churn".into()), ..Default::default() })
        .await
        .unwrap();
    let read = context.get_report_by_guid(&report).await.unwrap();
    assert_eq!(
        (
            read.properties.qualified_name.as_deref(),
            read.properties.author.as_deref(),
            read.properties.description.as_deref()
        ),
        (Some("bi::reports/churn"), Some("bo"), Some("Churn"))
    );
    context.update_report(&report, false, ReportProperties::new("bi::reports/churn")).await.unwrap();
    let read = context.get_report_by_guid(&report).await.unwrap();
    assert_eq!((read.properties.author, read.properties.description), (None, None));
    // A field's position lives on its nesting relationship and is updated there.
    context
        .update_data_field(&customer, true, DataFieldProperties { element_position: Some(5), ..Default::default() })
        .await
        .unwrap();
    let read = context.get_data_field_by_guid(&customer).await.unwrap();
    assert_eq!((read.properties.element_position, read.properties.data_type.as_deref()), (Some(5), Some("string")));

    // Find by search string and by name.
    assert_eq!(context.find_data_fields("customer", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_data_fields("churn/body", 0, 0).await.unwrap().len(), 2);
    assert_eq!(context.get_data_fields_by_name("bi::churn/body/score", 0, 0).await.unwrap()[0].guid(), churn_score);
    assert!(context.get_data_fields_by_name("bi::churn/body", 0, 0).await.unwrap().is_empty(), "names are exact");

    // A form with an input field, a query with its results.
    let form = context.create_form(FormProperties::new("bi::forms/feedback")).await.unwrap();
    let rating = context
        .create_data_field(
            &form,
            DataFieldProperties { input_field: Some(true), ..DataFieldProperties::new("bi::forms/feedback/rating") },
        )
        .await
        .unwrap();
    assert_eq!(
        context.get_data_field_parent(&rating).await.unwrap().unwrap().element_type.type_name,
        "DisplayDataSchemaType"
    );
    let query = context
        .create_query(QueryProperties { formula: Some("select 1".into()), ..QueryProperties::new("bi::queries/one") })
        .await
        .unwrap();
    let rows = context
        .create_query_data_container(&query, QueryDataContainerProperties::new("bi::queries/one/rows"))
        .await
        .unwrap();
    let one = context
        .create_query_data_field(
            &rows,
            QueryDataFieldProperties {
                data_type: Some("integer".into()),
                ..QueryDataFieldProperties::new("bi::one/n")
            },
        )
        .await
        .unwrap();
    let query_schema =
        core.get_related_elements(&RelatedElementsQuery::new(query.clone(), Some("Schema"))).await.unwrap();
    assert_eq!(query_schema[0].element.type_name(), "QuerySchemaType");
    assert_eq!(context.get_query_data_containers_for_element(&query, 0, 0).await.unwrap()[0].guid(), rows);
    let read = context.get_query_data_field_by_guid(&one).await.unwrap();
    assert_eq!(read.properties.data_type.as_deref(), Some("integer"));
    context
        .update_query(&query, true, QueryProperties { formula: Some("select 2".into()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(context.get_query_by_guid(&query).await.unwrap().properties.formula.as_deref(), Some("select 2"));
    assert_eq!(context.find_queries("select", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_forms("", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_reports("", 0, 0).await.unwrap().len(), 1);

    // Publishing puts an asset in the publish zones; withdrawing takes it out.
    context.publish_report(&report).await.unwrap();
    context.publish_form(&form).await.unwrap();
    context.publish_query(&query).await.unwrap();
    for guid in [&report, &form, &query] {
        assert_eq!(core.get_element(guid).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    }
    context.withdraw_report(&report).await.unwrap();
    context.withdraw_form(&form).await.unwrap();
    context.withdraw_query(&query).await.unwrap();
    for guid in [&report, &form, &query] {
        assert!(core.get_element(guid).await.unwrap().unwrap().zone_membership().is_empty());
    }

    // Removing the report removes its container and fields; the form's field stays.
    context.remove_report(&report).await.unwrap();
    assert!(context.get_data_field_by_guid(&churn_score).await.unwrap_err().is_not_found());
    assert!(context.get_data_container_by_guid(&body).await.unwrap_err().is_not_found());
    assert!(context.find_data_containers("", 0, 0).await.unwrap().is_empty());
    let left = context.find_data_fields("", 0, 0).await.unwrap();
    assert_eq!(left.iter().map(TypedElement::guid).collect::<Vec<_>>(), [rating.as_str()]);
    context.remove_data_field(&rating).await.unwrap();
    assert!(context.find_data_fields("", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_forms("", 0, 0).await.unwrap().len(), 1, "the form stays");
    context.remove_query_data_container(&rows).await.unwrap();
    assert!(context.find_query_data_fields("", 0, 0).await.unwrap().is_empty(), "the field went with its container");
    context.remove_query(&query).await.unwrap();
    context.remove_form(&form).await.unwrap();
    assert!(context.find_queries("", 0, 0).await.unwrap().is_empty());
    assert!(context.find_forms("", 0, 0).await.unwrap().is_empty());
}

#[tokio::test]
async fn templates_copy_the_containers_and_fields_anchored_to_them() {
    let (_dir, store) = repository().await;
    let context = display_context(&store, "templates").await;
    let template = context.create_report(ReportProperties::new("template::report")).await.unwrap();
    let container =
        context.create_data_container(&template, DataContainerProperties::new("template::report/body")).await.unwrap();
    context
        .create_data_field(
            &container,
            DataFieldProperties {
                data_type: Some("date".into()),
                ..DataFieldProperties::new("template::report/body/day")
            },
        )
        .await
        .unwrap();

    let copy = context
        .create_report_from_template(
            &template,
            TemplateProperties {
                description: Some("from template".into()),
                ..TemplateProperties::named("bi::reports/daily")
            },
        )
        .await
        .unwrap();
    let read = context.get_report_by_guid(&copy).await.unwrap();
    assert_eq!(read.properties.description.as_deref(), Some("from template"));
    let containers = context.get_data_containers_for_element(&copy, 0, 0).await.unwrap();
    assert_eq!(containers.len(), 1);
    assert_eq!(containers[0].properties.qualified_name.as_deref(), Some("bi::reports/daily/body"));
    let fields = context.get_data_fields_for_element(containers[0].guid(), 0, 0).await.unwrap();
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].properties.qualified_name.as_deref(), Some("bi::reports/daily/body/day"));
    assert_eq!(fields[0].properties.data_type.as_deref(), Some("date"));
    // The template is untouched, and the copy says where it came from.
    assert_eq!(context.get_data_fields_for_element(&container, 0, 0).await.unwrap().len(), 1);
    let core = context.integration_context().unwrap();
    let sourced =
        core.get_related_elements(&RelatedElementsQuery::new(copy.clone(), Some("SourcedFrom"))).await.unwrap();
    assert_eq!(sourced[0].element.guid, template);
    // A field from a template, under another container.
    let other =
        context.create_data_container(&copy, DataContainerProperties::new("bi::reports/daily/footer")).await.unwrap();
    let field = context
        .create_data_field_from_template(
            fields[0].guid(),
            &other,
            TemplateProperties::named("bi::reports/daily/footer/day"),
        )
        .await
        .unwrap();
    assert_eq!(context.get_data_field_parent(&field).await.unwrap().unwrap().guid, other);
    assert_eq!(context.get_data_field_by_guid(&field).await.unwrap().properties.data_type.as_deref(), Some("date"));
    // Removing the copy removes its copied containers and fields only.
    context.remove_report(&copy).await.unwrap();
    assert_eq!(context.find_data_fields("", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_data_containers("", 0, 0).await.unwrap().len(), 1);
}

#[tokio::test]
async fn permitted_synchronization_and_ownership_hold_through_the_typed_api() {
    let (_dir, store) = repository().await;
    let owner = display_context(&store, "owner").await;
    let report = owner.create_report(ReportProperties::new("bi::owned")).await.unwrap();
    let container = owner.create_data_container(&report, DataContainerProperties::new("bi::owned/body")).await.unwrap();

    // Another source may read but not change what the owner catalogued.
    let other = display_context(&store, "other").await;
    assert_eq!(other.get_report_by_guid(&report).await.unwrap().guid(), report);
    let error = other
        .update_report(&report, true, ReportProperties { description: Some("x".into()), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.remove_data_container(&container).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.publish_report(&report).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert_eq!(owner.get_data_containers_for_element(&report, 0, 0).await.unwrap().len(), 1, "nothing changed");

    // A connector that may only push open metadata to the application cannot write it.
    let core = connect(
        &store,
        identity(
            IntegrationService::Display,
            "pusher",
            PermittedSynchronization::ToThirdParty,
            Some("Superset::pusher"),
        ),
    )
    .await;
    let pusher = DisplayIntegratorContext::new(core).unwrap();
    let error = pusher.create_form(FormProperties::new("bi::refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("TO_THIRD_PARTY") && error.message().contains("createForm"), "{error}");
    // The synchronizer too (its writes are buffered: refused at the latest when they are flushed).
    let mut sync = pusher.synchronizer("superset", SyncOptions::default()).unwrap();
    let error = match sync.upsert_report("refused", &ReportProperties::new("bi::refused")).await {
        Err(error) => error,
        Ok(()) => sync.complete().await.unwrap_err(),
    };
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert_eq!(pusher.find_reports("", 0, 0).await.unwrap().len(), 1, "reads are allowed");
    assert!(pusher.find_forms("", 0, 0).await.unwrap().is_empty(), "nothing was written");
    assert!(pusher.validate_write_to_third_party("publishDashboard").is_ok());
    assert!(owner.validate_write_to_third_party("publishDashboard").is_err(), "FROM_THIRD_PARTY may not push");
    assert_eq!(owner.permitted_synchronization(), IntegrationService::Display.default_permitted_synchronization());
    // A context of another service is refused.
    let analytics = connect(
        &store,
        identity(IntegrationService::Analytics, "analytics", PermittedSynchronization::BothDirections, None),
    )
    .await;
    let error = DisplayIntegratorContext::new(analytics).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
}

/// A connector as an author would write it, unit-tested against the mock.
#[derive(Default)]
struct ReportCounter {
    context: ContextSlot<DisplayIntegratorContext>,
    reports: usize,
}

#[async_trait::async_trait]
impl DisplayIntegratorConnector for ReportCounter {
    fn set_context(&mut self, context: DisplayIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&DisplayIntegratorContext> {
        self.context.get("context")
    }

    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?.clone();
        self.reports = context.get_reports_for_application(0, 0).await?.len();
        if self.reports == 0 {
            let report = context.create_report(ReportProperties::new("bi::placeholder")).await?;
            context.create_data_container(&report, DataContainerProperties::new("bi::placeholder/body")).await?;
        }
        Ok(())
    }
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let mut mock = MockDisplayIntegratorApi::new();
    mock.expect_get_reports_for_application().times(1).returning(|_, _| Ok(Vec::new()));
    mock.expect_create_report()
        .withf(|properties| properties.qualified_name.as_deref() == Some("bi::placeholder"))
        .times(1)
        .returning(|_| Ok("report-1".into()));
    mock.expect_create_data_container()
        .withf(|parent, properties| {
            parent == "report-1" && properties.qualified_name.as_deref() == Some("bi::placeholder/body")
        })
        .times(1)
        .returning(|_, _| Ok("container-1".into()));
    let mut connector = ReportCounter::default();
    let error = connector.context().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "no context before set_context (NULL_CONTEXT)");
    connector.set_context(DisplayIntegratorContext::from_api(Arc::new(mock)));
    connector.refresh().await.unwrap();
    assert_eq!(connector.reports, 0);
}

#[tokio::test]
async fn the_adapter_hosts_a_typed_connector_in_the_core_lifecycle() {
    let (_dir, store) = repository().await;
    let mut connector = into_connector(ReportCounter::default());
    connector.initialize("instance-1", Connection::default()).unwrap();
    connector.set_connector_name("counter");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let database = connect(
        &store,
        identity(IntegrationService::Database, "counter", PermittedSynchronization::FromThirdParty, None),
    )
    .await;
    assert!(connector.set_context(database).is_err());
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
    let display = connect(
        &store,
        identity(
            IntegrationService::Display,
            "counter",
            PermittedSynchronization::FromThirdParty,
            Some("Superset::counter"),
        ),
    )
    .await;
    connector.set_context(display).unwrap();
    connector.start().await.unwrap();
    connector.refresh().await.unwrap();
    // A second refresh sees the report of the first and creates nothing.
    connector.refresh().await.unwrap();
    connector.disconnect().await.unwrap();
    let context = display_context(&store, "reader").await;
    let reports = context.get_reports_by_name("bi::placeholder", 0, 0).await.unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].element_header.origin.home_metadata_collection_name.as_deref(), Some("Superset::counter"));
    assert_eq!(context.get_data_containers_for_element(reports[0].guid(), 0, 0).await.unwrap().len(), 1);
}
