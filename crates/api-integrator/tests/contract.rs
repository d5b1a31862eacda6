//! Contract tests of the API integration service against the real embedded (SQLite) store.

use std::sync::Arc;

use api_integrator::*;
use integration_daemon_api::{ErrorKind, ExternalIdQuery, MetadataStore, RelatedElementsQuery};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

async fn api_context(store: &Arc<dyn MetadataStore>, name: &str) -> ApiIntegratorContext {
    let core = connect(
        store,
        identity(
            IntegrationService::Api,
            name,
            PermittedSynchronization::FromThirdParty,
            Some(&format!("APIGateway::{name}")),
        ),
    )
    .await;
    ApiIntegratorContext::new(core).unwrap()
}

fn parameter(qualified_name: &str, parameter_type: &str, data_type: &str, position: i32) -> APIParameterProperties {
    APIParameterProperties {
        parameter_type: Some(parameter_type.into()),
        data_type: Some(data_type.into()),
        element_position: Some(position),
        ..APIParameterProperties::new(qualified_name)
    }
}

/// A parameter list of an operation in the gateway's description: its type and its parameters
/// (name, where it goes, data type); a parameter named `items` has `name` nested in it.
type List<'a> = (ApiParameterListType, &'a [(&'a str, &'a str, &'a str)]);

const LIST_PETS: &[List<'static>] = &[
    (ApiParameterListType::Request, &[("limit", "query", "integer")]),
    (ApiParameterListType::Response, &[("items", "body", "array")]),
];
const ADD_PET_HEADER: List<'static> = (ApiParameterListType::Header, &[("Authorization", "header", "string")]);
const ADD_PET_BODY: &[List<'static>] = &[
    (ApiParameterListType::Request, &[("name", "body", "string"), ("tag", "body", "string")]),
    (ApiParameterListType::Response, &[("id", "body", "integer")]),
];

fn list_name(list_type: ApiParameterListType) -> &'static str {
    match list_type {
        ApiParameterListType::Header => "header",
        ApiParameterListType::Request => "request",
        ApiParameterListType::Response => "response",
    }
}

/// One enumeration of the gateway's `petstore` API: its endpoint, the API, operations `listPets`
/// (GET /pets) and `addPet` (POST /pets), their parameter lists and parameters.
async fn enumerate(context: &ApiIntegratorContext, add_pet: &[List<'_>]) -> SyncSummary {
    let mut sync = context.synchronizer("petstore", SyncOptions::default()).unwrap();
    sync.upsert_endpoint(
        "gateway",
        &EndpointProperties {
            network_address: Some("https://api.example.com/v1".into()),
            protocol: Some("https".into()),
            ..EndpointProperties::new("gw::endpoint")
        },
    )
    .await
    .unwrap();
    let api = APIProperties { display_name: Some("Petstore".into()), ..APIProperties::new("gw::petstore") };
    sync.upsert_api("petstore", Some(ElementRef::Key("gateway".into())), &api).await.unwrap();
    let operations: [(&str, &str, &[List<'_>]); 2] = [("listPets", "GET", LIST_PETS), ("addPet", "POST", add_pet)];
    for (operation, command, lists) in operations {
        let key = format!("petstore/{operation}");
        let properties = APIOperationProperties {
            command: Some(command.into()),
            path: Some("/pets".into()),
            ..APIOperationProperties::new(format!("gw::{key}"))
        };
        sync.upsert_api_operation(&key, ElementRef::Key("petstore".into()), &properties).await.unwrap();
        for (list_type, parameters) in lists {
            let list_key = format!("{key}#{}", list_name(*list_type));
            let properties = APIParameterListProperties {
                required: Some(*list_type != ApiParameterListType::Response),
                ..APIParameterListProperties::new(format!("gw::{list_key}"))
            };
            sync.upsert_api_parameter_list(&list_key, ElementRef::Key(key.clone()), *list_type, &properties)
                .await
                .unwrap();
            for (position, (name, place, data_type)) in parameters.iter().enumerate() {
                let parameter_key = format!("{list_key}.{name}");
                let properties =
                    parameter(&format!("gw::{parameter_key}"), place, data_type, i32::try_from(position).unwrap());
                sync.upsert_api_parameter(&parameter_key, ElementRef::Key(list_key.clone()), &properties)
                    .await
                    .unwrap();
                if *name == "items" {
                    let nested_key = format!("{parameter_key}.name");
                    let properties = parameter(&format!("gw::{nested_key}"), "body", "string", 0);
                    sync.upsert_api_parameter(&nested_key, ElementRef::Key(parameter_key.clone()), &properties)
                        .await
                        .unwrap();
                }
            }
        }
    }
    sync.complete().await.unwrap()
}

fn add_pet_with_header() -> Vec<List<'static>> {
    std::iter::once(ADD_PET_HEADER).chain(ADD_PET_BODY.iter().copied()).collect()
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn an_api_enumeration_gives_elements_relationships_correlations_and_events() {
    let (_dir, store) = repository().await;
    let context = api_context(&store, "gateway-monitor").await;
    let before = latest(&store).await;

    // First enumeration: everything is new.
    let summary = enumerate(&context, &add_pet_with_header()).await;
    // endpoint, API, its APISchemaType, 2 operations, 5 parameter lists, 7 parameters.
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (17, 0, 0, 0), "{summary:?}");
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("Endpoint")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("DeployedAPI")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("APISchemaType")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("APIOperation")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("APIParameterList")), 5);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("APIParameter")), 7);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 17);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("APIEndpoint")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("Schema")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("APIOperations")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("APIHeader")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("APIRequest")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("APIResponse")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("AttributeForSchema")), 6);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("NestedSchemaAttribute")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, None), 16);

    // The typed reads see the API as the gateway describes it.
    let endpoint = &context.get_endpoints_by_name("gw::endpoint", 0, 0).await.unwrap()[0];
    let apis = context.get_apis_for_endpoint(endpoint.guid(), 0, 0).await.unwrap();
    assert_eq!(apis.len(), 1);
    let api = &apis[0];
    assert_eq!(api.properties.display_name.as_deref(), Some("Petstore"));
    let mut operations = context.get_operations_for_api(api.guid(), 0, 0).await.unwrap();
    operations.sort_by(|a, b| a.properties.qualified_name.cmp(&b.properties.qualified_name));
    let shapes: Vec<_> = operations
        .iter()
        .map(|o| (o.properties.qualified_name.as_deref().unwrap(), o.properties.command.as_deref().unwrap()))
        .collect();
    assert_eq!(shapes, [("gw::petstore/addPet", "POST"), ("gw::petstore/listPets", "GET")]);
    let add_pet = &operations[0];
    let mut lists = context.get_parameter_lists_for_api_operation(add_pet.guid()).await.unwrap();
    lists.sort_by_key(|(list_type, _)| list_type.ordinal());
    let kinds: Vec<_> = lists
        .iter()
        .map(|(list_type, list)| {
            (*list_type, list.properties.qualified_name.as_deref().unwrap(), list.properties.required)
        })
        .collect();
    assert_eq!(
        kinds,
        [
            (ApiParameterListType::Header, "gw::petstore/addPet#header", Some(true)),
            (ApiParameterListType::Request, "gw::petstore/addPet#request", Some(true)),
            (ApiParameterListType::Response, "gw::petstore/addPet#response", Some(false)),
        ]
    );
    let mut request = context.get_parameters_for_parent(lists[1].1.guid(), 0, 0).await.unwrap();
    request.sort_by_key(|p| p.properties.element_position);
    let request: Vec<_> = request
        .iter()
        .map(|p| (p.properties.qualified_name.as_deref().unwrap(), p.properties.parameter_type.as_deref().unwrap()))
        .collect();
    assert_eq!(request, [("gw::petstore/addPet#request.name", "body"), ("gw::petstore/addPet#request.tag", "body")]);
    let list_pets_lists = context.get_parameter_lists_for_api_operation(operations[1].guid()).await.unwrap();
    let response = list_pets_lists.iter().find(|(t, _)| *t == ApiParameterListType::Response).unwrap();
    let items = context.get_parameters_for_parent(response.1.guid(), 0, 0).await.unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].properties.data_type.as_deref(), Some("array"));
    let nested = context.get_parameters_for_parent(items[0].guid(), 0, 0).await.unwrap();
    assert_eq!(
        nested.iter().map(|p| p.properties.qualified_name.as_deref()).collect::<Vec<_>>(),
        [Some("gw::petstore/listPets#response.items.name")]
    );

    // Every element is correlated with the gateway's names.
    let source = context.api_manager_guid().unwrap();
    let core = context.integration_context().unwrap();
    let correlations = core
        .find_external_ids(&ExternalIdQuery { scope_guid: Some(source.clone()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(correlations.len(), 17);
    assert!(correlations.iter().any(|c| c.key == "petstore#schemaType" && c.element_type == "APISchemaType"));
    assert!(correlations.iter().any(|c| c.key == "petstore/addPet#header" && c.element_guid == lists[0].1.guid()));
    // The elements are owned by the gateway's metadata source.
    assert_eq!(api.element_header.origin.home_metadata_collection_name.as_deref(), Some("APIGateway::gateway-monitor"));
    assert_eq!(context.api_manager_name().as_deref(), Some("APIGateway::gateway-monitor"));
    assert_eq!(context.get_my_apis(0, 0).await.unwrap().len(), 1);

    // The same again: nothing is written, no event.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&context, &add_pet_with_header()).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 17, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());

    // addPet no longer takes a header: the header list goes with its parameter; the rest stays.
    let before_removal = latest(&store).await;
    let summary = enumerate(&context, ADD_PET_BODY).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 15, 2), "{summary:?}");
    let events = changes_since(&store, before_removal).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("APIParameterList")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("APIParameter")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 2);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("APIHeader")), 1);
    let lists = context.get_parameter_lists_for_api_operation(add_pet.guid()).await.unwrap();
    let mut left: Vec<_> = lists.iter().map(|(list_type, _)| *list_type).collect();
    left.sort_by_key(|list_type| list_type.ordinal());
    assert_eq!(left, [ApiParameterListType::Request, ApiParameterListType::Response]);
    assert_eq!(context.find_api_parameters("", 0, 0).await.unwrap().len(), 6);
    assert!(
        context.get_api_parameters_by_name("gw::petstore/addPet#header.Authorization", 0, 0).await.unwrap().is_empty()
    );
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn typed_calls_build_the_same_structure_and_check_kinds() {
    let (_dir, store) = repository().await;
    let context = api_context(&store, "typed").await;
    let endpoint = context
        .create_endpoint(EndpointProperties {
            network_address: Some("https://orders.internal".into()),
            ..EndpointProperties::new("ep::orders")
        })
        .await
        .unwrap();
    let api = context.create_api(Some(&endpoint), APIProperties::new("api::orders")).await.unwrap();
    let get_order = context
        .create_api_operation(
            &api,
            APIOperationProperties {
                command: Some("GET".into()),
                path: Some("/orders/{id}".into()),
                ..APIOperationProperties::new("api::orders/getOrder")
            },
        )
        .await
        .unwrap();
    let mut lists = Vec::new();
    for list_type in ApiParameterListType::ALL {
        let name = format!("api::orders/getOrder#{}", list_name(list_type));
        lists.push(
            context
                .create_api_parameter_list(&get_order, list_type, APIParameterListProperties::new(name))
                .await
                .unwrap(),
        );
    }
    let (header, request, response) = (lists[0].clone(), lists[1].clone(), lists[2].clone());
    let id = context
        .create_api_parameter(&request, parameter("api::orders/getOrder#request.id", "path", "string", 0))
        .await
        .unwrap();
    let order = context
        .create_api_parameter(&response, parameter("api::orders/getOrder#response.order", "body", "object", 0))
        .await
        .unwrap();
    let total = context
        .create_api_parameter(&order, parameter("api::orders/getOrder#response.order.total", "body", "number", 0))
        .await
        .unwrap();

    // The operation hangs from the API's APISchemaType; each list from the operation, by the
    // relationship of its type.
    let core = context.integration_context().unwrap();
    let schema_types =
        core.get_related_elements(&RelatedElementsQuery::new(api.clone(), Some("Schema"))).await.unwrap();
    assert_eq!(schema_types.len(), 1);
    assert_eq!(schema_types[0].element.type_name(), "APISchemaType");
    assert_eq!(schema_types[0].element.qualified_name(), Some("SchemaOf:api::orders"));
    assert_eq!(
        context.get_operations_for_api(&api, 0, 0).await.unwrap().iter().map(TypedElement::guid).collect::<Vec<_>>(),
        [get_order.as_str()]
    );
    for (list_type, guid) in ApiParameterListType::ALL.into_iter().zip(&lists) {
        let related = core
            .get_related_elements(&RelatedElementsQuery::new(get_order.clone(), Some(list_type.relationship())))
            .await
            .unwrap();
        assert_eq!(related.iter().map(|r| &r.element.guid).collect::<Vec<_>>(), [guid], "{list_type:?}");
    }
    let found = context.get_parameter_lists_for_api_operation(&get_order).await.unwrap();
    assert_eq!(
        found.iter().map(|(list_type, list)| (*list_type, list.guid())).collect::<Vec<_>>(),
        ApiParameterListType::ALL.into_iter().zip(lists.iter().map(String::as_str)).collect::<Vec<_>>()
    );
    assert_eq!(context.get_parameters_for_parent(&request, 0, 0).await.unwrap().len(), 1);
    assert_eq!(
        context
            .get_parameters_for_parent(&order, 0, 0)
            .await
            .unwrap()
            .iter()
            .map(TypedElement::guid)
            .collect::<Vec<_>>(),
        [total.as_str()]
    );
    assert!(context.get_parameters_for_parent(&header, 0, 0).await.unwrap().is_empty());

    // Kinds are checked.
    let error = context.get_api_by_guid(&get_order).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("APIOperation") && error.message().contains("getAPIByGUID"), "{error}");
    let error = context.get_api_parameter_list_by_guid(&id).await.unwrap_err();
    assert!(
        error.message().contains("APIParameter") && error.message().contains("getAPIParameterListByGUID"),
        "{error}"
    );
    let error = context.get_api_operation_by_guid(&request).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(context.get_api_parameter_by_guid("no-such-guid").await.unwrap_err().is_not_found());
    let error = context
        .create_api(None, APIProperties { type_name: Some("Endpoint".into()), ..APIProperties::new("api::x") })
        .await
        .unwrap_err();
    assert!(error.message().contains("Endpoint") && error.message().contains("DeployedAPI"), "{error}");
    let error = context
        .create_api_parameter_list(
            &api,
            ApiParameterListType::Request,
            APIParameterListProperties::new("api::x#request"),
        )
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "a list belongs to an operation, not an API: {error}");
    assert!(context.get_api_parameter_lists_by_name("api::x#request", 0, 0).await.unwrap().is_empty());

    // Merge keeps what is not given; replace drops it.
    context
        .update_api_operation(
            &get_order,
            true,
            APIOperationProperties { description: Some("one order".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_api_operation_by_guid(&get_order).await.unwrap();
    assert_eq!(
        (read.properties.command.as_deref(), read.properties.path.as_deref(), read.properties.description.as_deref()),
        (Some("GET"), Some("/orders/{id}"), Some("one order"))
    );
    context.update_api_operation(&get_order, false, APIOperationProperties::new("api::orders/getOrder")).await.unwrap();
    let read = context.get_api_operation_by_guid(&get_order).await.unwrap();
    assert_eq!((read.properties.command, read.properties.path, read.properties.description), (None, None, None));
    context
        .update_api_parameter_list(
            &response,
            true,
            APIParameterListProperties { required: Some(false), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_api_parameter_list_by_guid(&response).await.unwrap();
    assert_eq!(
        (read.properties.required, read.properties.qualified_name.as_deref()),
        (Some(false), Some("api::orders/getOrder#response"))
    );
    context
        .update_api_parameter(
            &id,
            true,
            APIParameterProperties { data_type: Some("uuid".into()), element_position: Some(4), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_api_parameter_by_guid(&id).await.unwrap();
    assert_eq!(
        (
            read.properties.data_type.as_deref(),
            read.properties.element_position,
            read.properties.parameter_type.as_deref()
        ),
        (Some("uuid"), Some(4), Some("path"))
    );
    assert_eq!(context.find_api_operations("getOrder", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_api_parameter_lists("getOrder", 0, 0).await.unwrap().len(), 3);
    assert_eq!(context.get_api_operations_by_name("api::orders/getOrder", 0, 0).await.unwrap().len(), 1);

    // Publishing puts the API in the publish zones; withdrawing takes it out.
    context.publish_api(&api).await.unwrap();
    assert_eq!(core.get_element(&api).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    context.withdraw_api(&api).await.unwrap();
    assert!(core.get_element(&api).await.unwrap().unwrap().zone_membership().is_empty());

    // Removing a list removes its parameters; removing an operation its lists; the API the rest.
    context.remove_api_parameter_list(&response).await.unwrap();
    assert!(context.get_api_parameter_by_guid(&total).await.unwrap_err().is_not_found());
    assert_eq!(context.find_api_parameters("", 0, 0).await.unwrap().len(), 1);
    context.remove_api_operation(&get_order).await.unwrap();
    assert!(context.find_api_parameter_lists("", 0, 0).await.unwrap().is_empty());
    assert!(context.find_api_parameters("", 0, 0).await.unwrap().is_empty());
    context.remove_api(&api).await.unwrap();
    assert!(core.get_element(&schema_types[0].element.guid).await.unwrap().is_none());
    assert!(context.find_apis("", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.get_endpoint_by_guid(&endpoint).await.unwrap().guid(), endpoint, "the endpoint stays");
}

#[tokio::test]
async fn templates_copy_the_operations_of_an_api() {
    let (_dir, store) = repository().await;
    let context = api_context(&store, "templates").await;
    let template = context.create_api(None, APIProperties::new("template::api")).await.unwrap();
    let operation = context
        .create_api_operation(
            &template,
            APIOperationProperties { command: Some("GET".into()), ..APIOperationProperties::new("template::api/get") },
        )
        .await
        .unwrap();
    let request = context
        .create_api_parameter_list(
            &operation,
            ApiParameterListType::Request,
            APIParameterListProperties::new("template::api/get#request"),
        )
        .await
        .unwrap();
    context
        .create_api_parameter(&request, parameter("template::api/get#request.q", "query", "string", 0))
        .await
        .unwrap();

    let endpoint = context.create_endpoint(EndpointProperties::new("ep::prod")).await.unwrap();
    let copy = context
        .create_api_from_template(&template, Some(&endpoint), TemplateProperties::named("prod::api"))
        .await
        .unwrap();
    assert_eq!(context.get_apis_for_endpoint(&endpoint, 0, 0).await.unwrap().len(), 1);
    let operations = context.get_operations_for_api(&copy, 0, 0).await.unwrap();
    assert_eq!(operations.len(), 1);
    assert_eq!(
        (operations[0].properties.qualified_name.as_deref(), operations[0].properties.command.as_deref()),
        (Some("prod::api/get"), Some("GET"))
    );
    let lists = context.get_parameter_lists_for_api_operation(operations[0].guid()).await.unwrap();
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].0, ApiParameterListType::Request);
    assert_eq!(lists[0].1.properties.qualified_name.as_deref(), Some("prod::api/get#request"));
    let parameters = context.get_parameters_for_parent(lists[0].1.guid(), 0, 0).await.unwrap();
    assert_eq!(parameters.len(), 1);
    assert_eq!(parameters[0].properties.qualified_name.as_deref(), Some("prod::api/get#request.q"));
    // The template is untouched; removing the copy removes its copies only.
    assert_eq!(context.get_operations_for_api(&template, 0, 0).await.unwrap().len(), 1);
    context.remove_api(&copy).await.unwrap();
    assert_eq!(context.find_api_operations("", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_api_parameter_lists("", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_api_parameters("", 0, 0).await.unwrap().len(), 1);
}

#[tokio::test]
async fn permitted_synchronization_and_ownership_hold_through_the_typed_api() {
    let (_dir, store) = repository().await;
    let owner = api_context(&store, "owner").await;
    let api = owner.create_api(None, APIProperties::new("api::owned")).await.unwrap();
    let operation = owner.create_api_operation(&api, APIOperationProperties::new("api::owned/op")).await.unwrap();

    // Another source may read but not change what the owner catalogued.
    let other = api_context(&store, "other").await;
    assert_eq!(other.get_api_by_guid(&api).await.unwrap().guid(), api);
    let error = other
        .update_api(&api, true, APIProperties { description: Some("x".into()), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.remove_api_operation(&operation).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.remove_api(&api).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert_eq!(owner.get_operations_for_api(&api, 0, 0).await.unwrap().len(), 1);

    // A connector that may only push open metadata to the gateway cannot write it.
    let core = connect(
        &store,
        identity(IntegrationService::Api, "pusher", PermittedSynchronization::ToThirdParty, Some("APIGateway::pusher")),
    )
    .await;
    let pusher = ApiIntegratorContext::new(core).unwrap();
    let error = pusher.create_api(None, APIProperties::new("api::refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("TO_THIRD_PARTY") && error.message().contains("createAPI"), "{error}");
    let error = pusher
        .create_api_parameter_list(&operation, ApiParameterListType::Header, APIParameterListProperties::new("h"))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("createAPIParameterList"), "{error}");
    assert_eq!(pusher.find_apis("", 0, 0).await.unwrap().len(), 1, "reads are allowed");
    assert!(pusher.validate_write_to_third_party("deployRoute").is_ok());
    assert!(owner.validate_write_to_third_party("deployRoute").is_err(), "FROM_THIRD_PARTY may not push");
    // A context of another service is refused.
    let files =
        connect(&store, identity(IntegrationService::Files, "files", PermittedSynchronization::FromThirdParty, None))
            .await;
    let error = ApiIntegratorContext::new(files).unwrap_err();
    assert!(error.message().contains("Files") || error.message().contains("files"), "{error}");
}

/// A connector as an author would write it, unit-tested against the mock: catalogs a health
/// check operation, with a response, for an API it is configured with.
#[derive(Default)]
struct HealthCheckCataloguer {
    context: ContextSlot<ApiIntegratorContext>,
    api: String,
}

#[async_trait::async_trait]
impl ApiIntegratorConnector for HealthCheckCataloguer {
    fn set_context(&mut self, context: ApiIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&ApiIntegratorContext> {
        self.context.get("context")
    }

    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?;
        if !context.get_apis_by_name(&self.api, 0, 0).await?.is_empty() {
            return Ok(());
        }
        let api = context.create_api(None, APIProperties::new(self.api.clone())).await?;
        let operation = APIOperationProperties {
            command: Some("GET".into()),
            path: Some("/health".into()),
            ..APIOperationProperties::new(format!("{}/health", self.api))
        };
        let operation = context.create_api_operation(&api, operation).await?;
        let list = APIParameterListProperties::new(format!("{}/health#response", self.api));
        let response = context.create_api_parameter_list(&operation, ApiParameterListType::Response, list).await?;
        let status = APIParameterProperties {
            data_type: Some("string".into()),
            ..APIParameterProperties::new(format!("{}/health#response.status", self.api))
        };
        context.create_api_parameter(&response, status).await?;
        Ok(())
    }
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let mut mock = MockApiIntegratorApi::new();
    mock.expect_get_apis_by_name().times(1).returning(|_, _, _| Ok(Vec::new()));
    mock.expect_create_api()
        .withf(|endpoint, properties| endpoint.is_none() && properties.qualified_name.as_deref() == Some("api::pets"))
        .times(1)
        .returning(|_, _| Ok("api-1".into()));
    mock.expect_create_api_operation()
        .withf(|api, properties| api == "api-1" && properties.path.as_deref() == Some("/health"))
        .times(1)
        .returning(|_, _| Ok("operation-1".into()));
    mock.expect_create_api_parameter_list()
        .withf(|operation, list_type, _| operation == "operation-1" && *list_type == ApiParameterListType::Response)
        .times(1)
        .returning(|_, _, _| Ok("list-1".into()));
    mock.expect_create_api_parameter()
        .withf(|parent, properties| parent == "list-1" && properties.data_type.as_deref() == Some("string"))
        .times(1)
        .returning(|_, _| Ok("parameter-1".into()));
    let mut connector = HealthCheckCataloguer { api: "api::pets".into(), ..Default::default() };
    assert!(connector.refresh().await.is_err(), "no context before set_context (NULL_CONTEXT)");
    connector.set_context(ApiIntegratorContext::from_api(Arc::new(mock)));
    connector.refresh().await.unwrap();
}

#[tokio::test]
async fn the_adapter_hosts_a_typed_connector_in_the_core_lifecycle() {
    let (_dir, store) = repository().await;
    let mut connector = into_connector(HealthCheckCataloguer { api: "api::pets".into(), ..Default::default() });
    connector.initialize("instance-1", Connection::default()).unwrap();
    connector.set_connector_name("health");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let topic =
        connect(&store, identity(IntegrationService::Topic, "health", PermittedSynchronization::FromThirdParty, None))
            .await;
    assert!(connector.set_context(topic).is_err());
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
    let api = connect(
        &store,
        identity(
            IntegrationService::Api,
            "health",
            PermittedSynchronization::FromThirdParty,
            Some("APIGateway::health"),
        ),
    )
    .await;
    connector.set_context(api).unwrap();
    connector.start().await.unwrap();
    connector.refresh().await.unwrap();
    connector.refresh().await.unwrap();
    connector.disconnect().await.unwrap();
    let reader = api_context(&store, "reader").await;
    let apis = reader.get_apis_by_name("api::pets", 0, 0).await.unwrap();
    assert_eq!(apis.len(), 1, "the second refresh found the API catalogued");
    let operations = reader.get_operations_for_api(apis[0].guid(), 0, 0).await.unwrap();
    assert_eq!(operations.len(), 1);
    let lists = reader.get_parameter_lists_for_api_operation(operations[0].guid()).await.unwrap();
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].0, ApiParameterListType::Response);
    assert_eq!(reader.get_parameters_for_parent(lists[0].1.guid(), 0, 0).await.unwrap().len(), 1);
}

#[tokio::test]
async fn removing_a_copied_operation_removes_its_copied_parameter_lists() {
    let (_dir, store) = repository().await;
    let context = api_context(&store, "template-removal").await;
    let template = context.create_api(None, APIProperties::new("template::api")).await.unwrap();
    let operation =
        context.create_api_operation(&template, APIOperationProperties::new("template::api/get")).await.unwrap();
    let request = context
        .create_api_parameter_list(
            &operation,
            ApiParameterListType::Request,
            APIParameterListProperties::new("template::api/get#request"),
        )
        .await
        .unwrap();
    context
        .create_api_parameter(&request, parameter("template::api/get#request.q", "query", "string", 0))
        .await
        .unwrap();
    let copy = context.create_api_from_template(&template, None, TemplateProperties::named("prod::api")).await.unwrap();
    let operations = context.get_operations_for_api(&copy, 0, 0).await.unwrap();
    context.remove_api_operation(operations[0].guid()).await.unwrap();
    // As for an operation created directly (see typed_calls_build_the_same_structure_and_check_kinds).
    assert!(context.get_api_parameter_lists_by_name("prod::api/get#request", 0, 0).await.unwrap().is_empty());
    assert!(context.get_api_parameters_by_name("prod::api/get#request.q", 0, 0).await.unwrap().is_empty());
}
