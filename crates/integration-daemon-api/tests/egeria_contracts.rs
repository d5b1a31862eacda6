//! Contract tests: omis's wire types read real Egeria 6 JSON (tests/fixtures/egeria).

use integration_daemon_api::{
    ComparisonOperator, Connection, ElementOrigin, ElementProperties, ElementQuery, ElementStatus, ElementType,
    ElementVersions, FfdcResponse, MatchCriteria, OriginCategory, PropertyValue, SequencingOrder, TypeCategory,
};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/egeria/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn request_example(class: &str) -> Value {
    fixture("egeria_request_body_catalog.json")["bodies"][class]["example"].clone()
}

/// Calls `visit` on every JSON object in `value`, depth first.
fn walk<'a>(value: &'a Value, visit: &mut dyn FnMut(&'a serde_json::Map<String, Value>)) {
    match value {
        Value::Object(object) => {
            visit(object);
            object.values().for_each(|child| walk(child, visit));
        }
        Value::Array(items) => items.iter().for_each(|child| walk(child, visit)),
        _ => {}
    }
}

#[test]
fn recorded_element_header_parts_decode() {
    let callie = fixture("element-person-callie.json");
    let header = &callie["element"]["elementHeader"];
    let element_type: ElementType = serde_json::from_value(header["type"].clone()).unwrap();
    assert_eq!(element_type.type_name, "Person");
    assert_eq!(element_type.type_category, Some(TypeCategory::Entity));
    assert!(element_type.is_a("ActorProfile"));
    let origin: ElementOrigin = serde_json::from_value(header["origin"].clone()).unwrap();
    assert_eq!(origin.origin_category, OriginCategory::ContentPack);
    assert_eq!(origin.home_metadata_collection_name.as_deref(), Some("Coco Pharmaceuticals Combination"));
    let versions: ElementVersions = serde_json::from_value(header["versions"].clone()).unwrap();
    assert_eq!(versions.created_by, "Egeria Project");
    let status: ElementStatus = serde_json::from_value(header["status"].clone()).unwrap();
    assert_eq!(status, ElementStatus::Active);
}

#[test]
fn every_recorded_header_in_the_fixtures_decodes() {
    let mut count = 0;
    for name in ["element-person-callie.json", "elements-team-gary.json"] {
        let document = fixture(name);
        walk(&document, &mut |object| {
            if object.get("class").and_then(Value::as_str) == Some("ElementHeader") {
                let parse = |key: &str| object.get(key).cloned().unwrap_or(Value::Null);
                serde_json::from_value::<ElementType>(parse("type")).unwrap();
                serde_json::from_value::<ElementOrigin>(parse("origin")).unwrap();
                serde_json::from_value::<ElementVersions>(parse("versions")).unwrap();
                count += 1;
            }
        });
    }
    assert!(count > 10, "only {count} headers found");
}

#[test]
fn recorded_list_response_envelope_decodes() {
    let gary = fixture("elements-team-gary.json");
    let envelope: FfdcResponse = serde_json::from_value(gary).unwrap();
    assert_eq!(envelope.class.as_deref(), Some("OpenMetadataRootElementsResponse"));
    assert_eq!(envelope.request_id.as_deref(), Some("f53857c5-6446-4c99-a3f7-a29fed23f10d"));
    assert!(!envelope.is_error());
    assert!(envelope.into_result().is_ok());
}

#[test]
fn search_string_request_body_decodes_into_an_element_query() {
    let query: ElementQuery = serde_json::from_value(request_example("SearchStringRequestBody")).unwrap();
    assert_eq!(query.search.search_string.as_deref(), Some("xxx"));
    assert!(query.search.ignore_case);
    assert!(!query.search.starts_with);
    assert_eq!(query.statuses, vec![ElementStatus::Active]);
    assert_eq!(query.sequencing, SequencingOrder::PropertyAscending("qualifiedName".into()));
    assert_eq!(query.paging.page_size, 0);
}

#[test]
fn find_request_body_decodes_into_an_element_query() {
    let query: ElementQuery = serde_json::from_value(request_example("FindRequestBody")).unwrap();
    assert_eq!(query.type_name.as_deref(), Some("ValidValueDefinition"));
    let properties = query.search_properties.unwrap();
    assert_eq!(properties.match_criteria, MatchCriteria::Any);
    let condition = &properties.conditions[0];
    assert_eq!(condition.property, "identifier");
    assert_eq!(condition.operator, ComparisonOperator::Like);
    assert_eq!(condition.value, Some(PropertyValue::String("deployedImplementationType".into())));
    assert!(query.search.matches_all());
}

#[test]
fn every_property_value_and_map_in_the_request_catalog_decodes() {
    let catalog = fixture("egeria_request_body_catalog.json");
    let (mut values, mut maps) = (0, 0);
    walk(&catalog, &mut |object| {
        let class = object.get("class").and_then(Value::as_str).unwrap_or_default();
        if class.ends_with("PropertyValue") {
            serde_json::from_value::<PropertyValue>(Value::Object(object.clone()))
                .unwrap_or_else(|error| panic!("{object:?}: {error}"));
            values += 1;
        }
        if object.contains_key("propertyValueMap") {
            serde_json::from_value::<ElementProperties>(Value::Object(object.clone()))
                .unwrap_or_else(|error| panic!("{object:?}: {error}"));
            maps += 1;
        }
    });
    assert!(values >= 7 && maps >= 3, "{values} values, {maps} maps");
}

#[test]
fn every_connection_in_the_daemon_config_decodes_and_round_trips() {
    let config = fixture("qs-integration-daemon.config.json");
    let mut connections = 0;
    walk(&config, &mut |object| {
        let class = object.get("class").and_then(Value::as_str).unwrap_or_default();
        if class == "Connection" || class == "VirtualConnection" {
            let original = Value::Object(object.clone());
            let connection: Connection = serde_json::from_value(original.clone()).unwrap();
            let written = serde_json::to_value(&connection).unwrap();
            for key in ["connectorType", "endpoint", "configurationProperties", "embeddedConnections"] {
                if let Some(value) = original.get(key) {
                    let provider = "/connectorProviderClassName";
                    let address = "/networkAddress";
                    match key {
                        "connectorType" => assert_eq!(written[key].pointer(provider), value.pointer(provider)),
                        "endpoint" => assert_eq!(written[key].pointer(address), value.pointer(address)),
                        "configurationProperties" => assert_eq!(&written[key], value),
                        _ => assert_eq!(written[key].as_array().map(Vec::len), value.as_array().map(Vec::len)),
                    }
                }
            }
            connections += 1;
        }
    });
    assert!(connections >= 3, "only {connections} connections found");
}
