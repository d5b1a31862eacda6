//! From the model of a document to what the API service writes: the synchronizer keys, the
//! qualified names and the property beans of the API, its operations, their parameter lists and
//! their parameters, in the order they are upserted (each after its parent).
//!
//! Names and keys start from the document's location (its absolute path or URL), so two
//! documents never share one, and a document keeps its names from refresh to refresh:
//!
//! | element | qualified name |
//! |---|---|
//! | API | `DeployedAPI::<location>` |
//! | operation | `APIOperation::<location>::<METHOD> <path>` |
//! | parameter list | `APIParameterList::<location>::<METHOD> <path>::<header\|request\|response>` |
//! | parameter | `APIParameter::<location>::<METHOD> <path>::<list>::<label>/<label>/...` |
//!
//! A parameter's labels are those of [`ParameterModel::label`] from its list down (`%` and `/`
//! escaped as `%25` and `%2F`), e.g. `...::request::body/owner/name`.

use std::collections::BTreeMap;

use api_integrator::{
    APIOperationProperties, APIParameterListProperties, APIParameterProperties, APIProperties, ApiParameterListType,
};

use crate::document::Format;
use crate::openapi::{ApiModel, OperationModel, ParameterModel};

/// The additional property of an API that holds the location of its document.
pub const DOCUMENT_LOCATION: &str = "documentLocation";

/// One upsert, in order: each item after its parent.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item {
    /// The API (`DeployedAPI`).
    Api { key: String, properties: APIProperties },
    /// An operation of the API.
    Operation { key: String, parent: String, properties: APIOperationProperties },
    /// A parameter list of an operation.
    List { key: String, parent: String, list_type: ApiParameterListType, properties: APIParameterListProperties },
    /// A parameter of a list or nested in another parameter.
    Parameter { key: String, parent: String, properties: APIParameterProperties },
}

impl Item {
    /// The item's synchronizer key.
    #[cfg(test)]
    pub(crate) fn key(&self) -> &str {
        match self {
            Item::Api { key, .. }
            | Item::Operation { key, .. }
            | Item::List { key, .. }
            | Item::Parameter { key, .. } => key,
        }
    }
}

/// Text in a synchronizer key: `%` and `#` escaped, so `#` only ever separates levels.
fn key_text(text: &str) -> String {
    text.replace('%', "%25").replace('#', "%23")
}

/// A label in a qualified name: `%` and `/` escaped, so `/` only ever separates levels.
fn name_text(text: &str) -> String {
    text.replace('%', "%25").replace('/', "%2F")
}

/// The name of a list in keys and qualified names.
pub fn list_label(list_type: ApiParameterListType) -> &'static str {
    match list_type {
        ApiParameterListType::Header => "header",
        ApiParameterListType::Request => "request",
        ApiParameterListType::Response => "response",
    }
}

/// The synchronizer key of the API of a document (also the prefix of every key of the document).
pub(crate) fn api_key(location: &str) -> String {
    format!("openapi:{}", key_text(location))
}

/// The qualified name of the API of a document.
pub fn api_qualified_name(location: &str) -> String {
    format!("DeployedAPI::{location}")
}

/// The qualified name of an operation.
pub fn operation_qualified_name(location: &str, method: &str, path: &str) -> String {
    format!("APIOperation::{location}::{method} {path}")
}

/// The qualified name of a parameter list of an operation.
pub fn parameter_list_qualified_name(location: &str, method: &str, path: &str, list: ApiParameterListType) -> String {
    format!("APIParameterList::{location}::{method} {path}::{}", list_label(list))
}

/// The qualified name of a parameter from the labels of its path, its list's first.
pub fn parameter_qualified_name(
    location: &str,
    method: &str,
    path: &str,
    list: ApiParameterListType,
    labels: &[&str],
) -> String {
    let labels: Vec<String> = labels.iter().map(|label| name_text(label)).collect();
    format!("APIParameter::{location}::{method} {path}::{}::{}", list_label(list), labels.join("/"))
}

/// The display name of a document's API: its title, else the last part of its location.
fn api_display_name(location: &str, api: &ApiModel) -> String {
    api.title.clone().unwrap_or_else(|| {
        location.trim_end_matches('/').rsplit('/').next().filter(|name| !name.is_empty()).unwrap_or(location).to_owned()
    })
}

fn some_map(map: BTreeMap<String, String>) -> Option<BTreeMap<String, String>> {
    (!map.is_empty()).then_some(map)
}

/// Everything to upsert for a document, each item after its parent.
pub(crate) fn document_items(location: &str, format: Format, api: &ApiModel) -> Vec<Item> {
    let key = api_key(location);
    let mut additional = BTreeMap::from([
        ("openapi".to_owned(), api.openapi_version.clone()),
        (DOCUMENT_LOCATION.to_owned(), location.to_owned()),
        ("documentFormat".to_owned(), format.name().to_owned()),
    ]);
    if !api.servers.is_empty() {
        additional.insert("servers".to_owned(), api.servers.join(" "));
    }
    if let Some(summary) = &api.summary {
        additional.insert("summary".to_owned(), summary.clone());
    }
    let properties = APIProperties {
        display_name: Some(api_display_name(location, api)),
        description: api.description.clone(),
        version_identifier: api.version.clone(),
        additional_properties: Some(additional),
        ..APIProperties::new(api_qualified_name(location))
    };
    let mut items = vec![Item::Api { key: key.clone(), properties }];
    for operation in &api.operations {
        operation_items(location, &key, operation, &mut items);
    }
    items
}

fn operation_items(location: &str, api_key: &str, operation: &OperationModel, items: &mut Vec<Item>) {
    let (method, path) = (operation.method.as_str(), operation.path.as_str());
    let key = format!("{api_key}#{method} {}", key_text(path));
    let mut additional = BTreeMap::new();
    if let Some(summary) = &operation.summary {
        additional.insert("summary".to_owned(), summary.clone());
    }
    if !operation.tags.is_empty() {
        additional.insert("tags".to_owned(), operation.tags.join(", "));
    }
    if operation.deprecated {
        additional.insert("deprecated".to_owned(), "true".to_owned());
    }
    let display_name = operation.operation_id.clone().unwrap_or_else(|| format!("{method} {path}"));
    let properties = APIOperationProperties {
        display_name: Some(display_name.clone()),
        identifier: operation.operation_id.clone(),
        description: operation.description.clone(),
        command: Some(method.to_owned()),
        path: Some(path.to_owned()),
        additional_properties: some_map(additional),
        ..APIOperationProperties::new(operation_qualified_name(location, method, path))
    };
    items.push(Item::Operation { key: key.clone(), parent: api_key.to_owned(), properties });
    for list in &operation.lists {
        let label = list_label(list.list_type);
        let list_key = format!("{key}#{label}");
        let properties = APIParameterListProperties {
            display_name: Some(format!("{display_name} {label}")),
            required: list.required,
            ..APIParameterListProperties::new(parameter_list_qualified_name(location, method, path, list.list_type))
        };
        items.push(Item::List { key: list_key.clone(), parent: key.clone(), list_type: list.list_type, properties });
        // Depth first, each parameter after its parent, with the labels of its path.
        let mut pending: Vec<(String, Vec<&str>, usize, &ParameterModel)> = list
            .parameters
            .iter()
            .enumerate()
            .rev()
            .map(|(position, parameter)| (list_key.clone(), vec![parameter.label.as_str()], position, parameter))
            .collect();
        while let Some((parent, labels, position, parameter)) = pending.pop() {
            let parameter_key = format!("{parent}#{}", key_text(&parameter.label));
            let qualified_name = parameter_qualified_name(location, method, path, list.list_type, &labels);
            items.push(Item::Parameter {
                key: parameter_key.clone(),
                parent,
                properties: parameter_properties(parameter, position, qualified_name),
            });
            for (position, nested) in parameter.nested.iter().enumerate().rev() {
                let mut nested_labels = labels.clone();
                nested_labels.push(&nested.label);
                pending.push((parameter_key.clone(), nested_labels, position, nested));
            }
        }
    }
}

/// The properties of a parameter at `position` among its siblings.
fn parameter_properties(parameter: &ParameterModel, position: usize, qualified_name: String) -> APIParameterProperties {
    APIParameterProperties {
        display_name: Some(parameter.name.clone()),
        description: parameter.description.clone(),
        parameter_type: Some(parameter.parameter_type.clone()),
        data_type: parameter.data_type.clone(),
        native_class: parameter.native_class.clone(),
        is_nullable: Some(parameter.nullable),
        minimum_length: parameter.min_length,
        length: parameter.max_length,
        default_value: parameter.default_value.clone(),
        fixed_value: parameter.fixed_value.clone(),
        ordered_values: parameter.array.map(|_| true),
        allows_duplicate_values: parameter.array.map(|array| !array.unique_items),
        element_position: i32::try_from(position).ok(),
        min_cardinality: Some(i32::from(parameter.required)),
        max_cardinality: Some(parameter.array.map_or(1, |array| array.max_items.unwrap_or(-1))),
        additional_properties: some_map(parameter.extras.clone()),
        ..APIParameterProperties::new(qualified_name)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::document::parse;
    use crate::openapi::{Limits, read_api};

    const LOCATION: &str = "/srv/apis/pet#store.yaml";

    fn petstore() -> Vec<Item> {
        let text = std::fs::read_to_string(format!("{}/tests/fixtures/petstore.yaml", env!("CARGO_MANIFEST_DIR")));
        let node = parse(&text.unwrap(), Format::Yaml).unwrap();
        let api = read_api(&node, Limits { max_schema_depth: 10, max_parameters: 1000 }).unwrap();
        document_items(LOCATION, Format::Yaml, &api)
    }

    fn parameter<'i>(items: &'i [Item], qualified_name: &str) -> &'i APIParameterProperties {
        items
            .iter()
            .find_map(|item| match item {
                Item::Parameter { properties, .. } if properties.qualified_name.as_deref() == Some(qualified_name) => {
                    Some(properties)
                }
                _ => None,
            })
            .unwrap_or_else(|| panic!("{qualified_name}"))
    }

    #[test]
    fn every_item_has_a_unique_key_and_comes_after_its_parent() {
        let items = petstore();
        let kinds = |wanted: fn(&Item) -> bool| items.iter().filter(|item| wanted(item)).count();
        assert_eq!(kinds(|item| matches!(item, Item::Api { .. })), 1);
        assert_eq!(kinds(|item| matches!(item, Item::Operation { .. })), 3);
        assert_eq!(kinds(|item| matches!(item, Item::List { .. })), 6);
        assert_eq!(kinds(|item| matches!(item, Item::Parameter { .. })), 25);
        let mut seen = HashSet::new();
        let mut names = HashSet::new();
        for item in &items {
            let (parent, name) = match item {
                Item::Api { properties, .. } => (None, properties.qualified_name.clone()),
                Item::Operation { parent, properties, .. } => (Some(parent), properties.qualified_name.clone()),
                Item::List { parent, properties, .. } => (Some(parent), properties.qualified_name.clone()),
                Item::Parameter { parent, properties, .. } => (Some(parent), properties.qualified_name.clone()),
            };
            assert!(parent.is_none_or(|parent| seen.contains(parent.as_str())), "{item:?} before its parent");
            assert!(seen.insert(item.key().to_owned()), "{} twice", item.key());
            assert!(names.insert(name.unwrap()), "a qualified name twice");
            assert!(item.key().starts_with("openapi:/srv/apis/pet%23store.yaml"), "{}", item.key());
        }
        assert_eq!(items[1].key(), "openapi:/srv/apis/pet%23store.yaml#GET /pets");
    }

    #[test]
    fn beans_carry_what_the_document_says() {
        let items = petstore();
        let Item::Api { properties: api, .. } = &items[0] else { panic!("the API first") };
        assert_eq!(api.qualified_name.as_deref(), Some("DeployedAPI::/srv/apis/pet#store.yaml"));
        assert_eq!(
            (api.display_name.as_deref(), api.version_identifier.as_deref()),
            (Some("Swagger Petstore"), Some("1.0.0"))
        );
        let additional = api.additional_properties.as_ref().unwrap();
        assert_eq!(additional["openapi"], "3.0.3");
        assert_eq!(additional[DOCUMENT_LOCATION], LOCATION);
        assert_eq!(additional["documentFormat"], "YAML");
        assert_eq!(additional["servers"], "http://petstore.example.com/v1");

        let Item::Operation { properties: operation, parent, .. } = &items[1] else { panic!("an operation") };
        assert_eq!(parent, items[0].key());
        assert_eq!(operation.qualified_name.as_deref(), Some("APIOperation::/srv/apis/pet#store.yaml::GET /pets"));
        assert_eq!((operation.command.as_deref(), operation.path.as_deref()), (Some("GET"), Some("/pets")));
        assert_eq!(
            (operation.identifier.as_deref(), operation.display_name.as_deref()),
            (Some("listPets"), Some("listPets"))
        );
        let additional = operation.additional_properties.as_ref().unwrap();
        assert_eq!((additional["summary"].as_str(), additional["tags"].as_str()), ("List all pets", "pets"));

        let Item::List { properties: list, list_type, key, .. } = &items[2] else { panic!("a list") };
        assert_eq!(*list_type, ApiParameterListType::Request);
        assert_eq!(key, "openapi:/srv/apis/pet%23store.yaml#GET /pets#request");
        assert_eq!(
            list.qualified_name.as_deref(),
            Some("APIParameterList::/srv/apis/pet#store.yaml::GET /pets::request")
        );
        assert_eq!((list.display_name.as_deref(), list.required), (Some("listPets request"), Some(false)));

        let prefix = "APIParameter::/srv/apis/pet#store.yaml::";
        let limit = parameter(&items, &format!("{prefix}GET /pets::request::query:limit"));
        assert_eq!(
            (limit.display_name.as_deref(), limit.parameter_type.as_deref(), limit.data_type.as_deref()),
            (Some("limit"), Some("query"), Some("integer"))
        );
        assert_eq!((limit.min_cardinality, limit.max_cardinality, limit.element_position), (Some(0), Some(1), Some(0)));
        assert_eq!(limit.additional_properties.as_ref().unwrap()["format"], "int32");
        let ok = parameter(&items, &format!("{prefix}GET /pets::response::200"));
        assert_eq!((ok.native_class.as_deref(), ok.max_cardinality), (Some("Pet[]"), Some(100)));
        assert_eq!((ok.ordered_values, ok.allows_duplicate_values), (Some(true), Some(true)));
        let name = parameter(&items, &format!("{prefix}GET /pets::response::200/name"));
        assert_eq!((name.min_cardinality, name.element_position, name.is_nullable), (Some(1), Some(1), Some(false)));
        let next = parameter(&items, &format!("{prefix}GET /pets::response::200/header:x-next"));
        assert_eq!((next.parameter_type.as_deref(), next.element_position), (Some("header"), Some(3)));
        let body_tag = parameter(&items, &format!("{prefix}POST /pets::request::body/tag"));
        assert_eq!((body_tag.is_nullable, body_tag.additional_properties.as_ref()), (Some(true), None));
    }

    #[test]
    fn names_escape_what_separates_their_parts() {
        assert_eq!(
            parameter_qualified_name("/a", "GET", "/x", ApiParameterListType::Response, &["200", "a/b", "50%"]),
            "APIParameter::/a::GET /x::response::200/a%2Fb/50%25"
        );
        assert_eq!(api_key("/a/100%#1"), "openapi:/a/100%25%231");
        let api = ApiModel { openapi_version: "3.1.0".into(), ..ApiModel::default() };
        let items = document_items("http://host/specs/orders.yaml", Format::Json, &api);
        let Item::Api { properties, .. } = &items[0] else { panic!("the API") };
        assert_eq!(properties.display_name.as_deref(), Some("orders.yaml"), "no title: the document's name");
        assert_eq!(items.len(), 1);
    }
}
