//! What an OpenAPI 3.0 or 3.1 document describes, read into a model the connector catalogs: the
//! API, its operations, and for each operation its header, request and response parameter lists
//! with their parameters and the parameters' schemas.
//!
//! - Parameters of a path item apply to each of its operations; an operation's own parameter of
//!   the same name and location replaces one of the path item. `header` and `cookie` parameters
//!   go to the header list (except `Accept`, `Content-Type` and `Authorization`, which OpenAPI
//!   says to ignore), `path` and `query` parameters and the request body (`body`) to the request
//!   list, and each response (by status code, e.g. `200`, `4XX`, `default`) to the response list
//!   with its body's properties and its headers (`header:<name>`) nested in it.
//! - A schema gives its parameter a data type (`type`; several non-null types of 3.1 are joined
//!   with `|`), nullability (`nullable` of 3.0, `null` among the types of 3.1), a format, lengths,
//!   a default, a fixed value (`const`), and extras (`format`, `pattern`, `enum`, `minimum`,
//!   `maximum`, `readOnly`, `writeOnly`, `deprecated`). An object's properties are nested
//!   parameters (required as its `required` list says); an array is catalogued as its item type,
//!   with `maxCardinality` -1 (or `maxItems`) and `nativeClass` `<item>[]`; `allOf` is merged;
//!   the alternatives of `oneOf`/`anyOf` are nested parameters named after their schemas.
//! - Local `$ref`s (`#/components/...`, any JSON pointer in the document) are resolved. A schema
//!   reached again through a `$ref` on its own path is not expanded again (extra
//!   `circularReference`); a `$ref` to another document is recorded (extra `externalReference`)
//!   for a schema and refused elsewhere; a local `$ref` that leads nowhere makes the document
//!   malformed.
//! - Nesting stops at [`Limits::max_schema_depth`] (extra `nestedNotCatalogued`), and a document
//!   with more than [`Limits::max_parameters`] parameters is refused (shared schemas are expanded
//!   at every use, which can multiply).
//!
//! Everything here is pure: it reads a [`Node`] tree and returns a model or what is wrong, with
//! where.

use std::collections::BTreeMap;

use api_integrator::ApiParameterListType;

use crate::document::Node;

/// How far the reader expands schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// How many levels of parameters a list holds: 1 is its parameters alone, 2 also their
    /// properties, and so on.
    pub max_schema_depth: usize,
    /// How many parameters one document may give, in all.
    pub max_parameters: usize,
}

/// The HTTP methods of a path item, as OpenAPI names them.
pub const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// An API as one OpenAPI document describes it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiModel {
    /// The `openapi` version, e.g. `3.1.0`.
    pub openapi_version: String,
    /// `info.title`.
    pub title: Option<String>,
    /// `info.version`.
    pub version: Option<String>,
    /// `info.summary` (3.1).
    pub summary: Option<String>,
    /// `info.description`.
    pub description: Option<String>,
    /// The `url` of each server.
    pub servers: Vec<String>,
    /// The operations, in document order.
    pub operations: Vec<OperationModel>,
}

/// One operation: a method on a path.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationModel {
    /// The method in upper case, e.g. `GET`.
    pub method: String,
    /// The path, e.g. `/pets/{petId}`.
    pub path: String,
    /// `operationId`.
    pub operation_id: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `tags`.
    pub tags: Vec<String>,
    /// `deprecated`.
    pub deprecated: bool,
    /// Its parameter lists: header, request and response, each when it has parameters.
    pub lists: Vec<ListModel>,
}

/// A parameter list of an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct ListModel {
    /// Header, request or response.
    pub list_type: ApiParameterListType,
    /// Whether the operation needs something of the list (any parameter required); `None` for
    /// the response.
    pub required: Option<bool>,
    /// The parameters, in order.
    pub parameters: Vec<ParameterModel>,
}

/// How an array parameter repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArrayShape {
    /// `maxItems` (unbounded when absent).
    pub max_items: Option<i32>,
    /// `uniqueItems`.
    pub unique_items: bool,
}

/// A parameter, a property of one, a response or a header.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParameterModel {
    /// Unique among its siblings: the name, or for the lists' own parameters the location and
    /// name (`query:limit`, `header:X-Request-ID`, `body`, `200`); a name that repeats or holds
    /// `#` gets `#<position>` appended.
    pub label: String,
    /// The name (a status code for a response).
    pub name: String,
    /// `path`, `query`, `header`, `cookie`, `body` or `response`.
    pub parameter_type: String,
    /// The data type (of an array: of its items).
    pub data_type: Option<String>,
    /// The schema's name (`Pet`), `[]` appended per array level (`Pet[]`, `string[]`).
    pub native_class: Option<String>,
    /// The description.
    pub description: Option<String>,
    /// Whether it must be given.
    pub required: bool,
    /// Whether it may be null.
    pub nullable: bool,
    /// For an array, how it repeats.
    pub array: Option<ArrayShape>,
    /// `minLength`.
    pub min_length: Option<i32>,
    /// `maxLength`.
    pub max_length: Option<i32>,
    /// `default`, as text (JSON for a structure).
    pub default_value: Option<String>,
    /// `const`, as text.
    pub fixed_value: Option<String>,
    /// Further facts: `format`, `pattern`, `enum`, `minimum`, `maximum`, `readOnly`,
    /// `writeOnly`, `deprecated`, `mediaType`, `circularReference`, `externalReference`,
    /// `nestedNotCatalogued`.
    pub extras: BTreeMap<String, String>,
    /// Nested parameters: properties, alternatives, response headers.
    pub nested: Vec<ParameterModel>,
}

/// Reads the API a document describes, or says what is wrong with it.
pub fn read_api(document: &Node, limits: Limits) -> Result<ApiModel, String> {
    if document.as_object().is_none() {
        return Err("the document is not a mapping of OpenAPI fields".to_owned());
    }
    let openapi_version = match document.get("openapi").and_then(Node::scalar_text) {
        Some(version) if version.starts_with("3.0") || version.starts_with("3.1") => version,
        Some(version) => return Err(format!("OpenAPI version {version} is not supported (3.0 and 3.1 are)")),
        None if document.get("swagger").is_some() => {
            return Err("Swagger (OpenAPI 2.0) documents are not supported (OpenAPI 3.0 and 3.1 are)".to_owned());
        }
        None => return Err("there is no openapi field: this is not an OpenAPI document".to_owned()),
    };
    let mut api = ApiModel { openapi_version, ..ApiModel::default() };
    if let Some(info) = document.get("info") {
        if info.as_object().is_none() {
            return Err("info: not a mapping".to_owned());
        }
        api.title = text(info, "title");
        api.version = info.get("version").and_then(Node::scalar_text);
        api.summary = text(info, "summary");
        api.description = text(info, "description");
    }
    if let Some(servers) = document.get("servers") {
        let servers = servers.as_array().ok_or("servers: not a list")?;
        api.servers = servers.iter().filter_map(|server| text(server, "url")).collect();
    }
    let mut reader = Reader { root: document, limits, parameters: 0, shapes: 0 };
    let Some(paths) = document.get("paths") else { return Ok(api) };
    let paths = paths.as_object().ok_or("paths: not a mapping")?;
    // Extensions (`x-...`) may sit beside the paths and beside the responses.
    for (path, item) in paths.iter().filter(|(key, _)| !key.starts_with("x-")) {
        let at = format!("paths.{path}");
        let item = reader.deref(item, &at)?;
        let entries = item.as_object().ok_or_else(|| format!("{at}: not a mapping"))?;
        let shared = parameter_list(item, &at)?;
        for (method, operation) in entries {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            let operation_at = format!("{at}.{method}");
            api.operations.push(reader.operation(path, method, operation, (shared, &at), &operation_at)?);
        }
    }
    Ok(api)
}

/// A string field.
fn text(node: &Node, key: &str) -> Option<String> {
    node.get(key).and_then(Node::as_str).map(str::to_owned)
}

/// A field that must be a boolean when present.
fn flag(node: &Node, key: &str, at: &str) -> Result<bool, String> {
    match node.get(key) {
        None | Some(Node::Null) => Ok(false),
        Some(Node::Bool(value)) => Ok(*value),
        Some(_) => Err(format!("{at}.{key}: not true or false")),
    }
}

/// A whole number field that fits an `i32` (others are left out).
fn count(node: &Node, key: &str) -> Option<i32> {
    node.get(key).and_then(Node::as_i64).and_then(|value| i32::try_from(value).ok())
}

/// The `parameters` of a path item or operation.
fn parameter_list<'d>(node: &'d Node, at: &str) -> Result<&'d [Node], String> {
    match node.get("parameters") {
        None | Some(Node::Null) => Ok(&[]),
        Some(parameters) => parameters.as_array().ok_or_else(|| format!("{at}.parameters: not a list")),
    }
}

/// Decodes `%XX` escapes (a `$ref` is a URI, so its fragment may be percent-encoded).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%'
            && let Some(hex) = text.get(index + 1..index + 3)
            && let Ok(byte) = u8::from_str_radix(hex, 16)
        {
            out.push(byte);
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The last segment of a `$ref`: the name of what it names (`#/components/schemas/Pet` → `Pet`).
fn reference_name(reference: &str) -> String {
    let name = reference.rsplit('/').next().unwrap_or(reference);
    percent_decode(name).replace("~1", "/").replace("~0", "~")
}

/// Gives each of a list of parameters a label unique among them (see [`ParameterModel::label`]).
fn unique_labels(parameters: &mut [ParameterModel]) {
    let mut occurrences: BTreeMap<String, usize> = BTreeMap::new();
    for parameter in parameters.iter() {
        *occurrences.entry(parameter.label.clone()).or_default() += 1;
    }
    for (position, parameter) in parameters.iter_mut().enumerate() {
        if parameter.label.contains('#') || occurrences[&parameter.label] > 1 {
            parameter.label = format!("{}#{position}", parameter.label);
        }
    }
}

/// The media type of a `content` map that the connector describes: `application/json`, else
/// the first JSON one, else the first; with its schema.
fn pick_media<'d>(content: &'d Node, at: &str) -> Result<Option<(String, Option<&'d Node>)>, String> {
    let entries = content.as_object().ok_or_else(|| format!("{at}.content: not a mapping"))?;
    let chosen = entries
        .iter()
        .find(|(media, _)| media.eq_ignore_ascii_case("application/json"))
        .or_else(|| entries.iter().find(|(media, _)| media.to_ascii_lowercase().contains("json")))
        .or_else(|| entries.first());
    Ok(chosen.map(|(media, value)| (media.clone(), value.get("schema"))))
}

/// What a schema says, with `$ref`s and `allOf` resolved (its items, properties and
/// alternatives are still to be read).
#[derive(Debug, Default)]
struct Shape<'d> {
    types: Vec<String>,
    nullable: bool,
    description: Option<String>,
    properties: Vec<(String, &'d Node)>,
    required: Vec<String>,
    items: Option<&'d Node>,
    alternatives: Option<(&'static str, Vec<&'d Node>)>,
    ref_name: Option<String>,
    /// The `$ref`s followed to make this shape: on the path while its children are read.
    expanded: Vec<String>,
    default_value: Option<String>,
    fixed_value: Option<String>,
    min_length: Option<i32>,
    max_length: Option<i32>,
    max_items: Option<i32>,
    unique_items: bool,
    extras: BTreeMap<String, String>,
}

impl Shape<'_> {
    fn is_array(&self) -> bool {
        self.types.iter().any(|t| t == "array") || (self.types.is_empty() && self.items.is_some())
    }

    /// The data type: the declared types, else what the schema's content shows.
    fn data_type(&self) -> Option<String> {
        if !self.types.is_empty() {
            return Some(self.types.join("|"));
        }
        if !self.properties.is_empty() {
            return Some("object".to_owned());
        }
        if let Some((kind, _)) = &self.alternatives {
            return Some((*kind).to_owned());
        }
        None
    }
}

/// The rendering of a value for a text property: a scalar as its text, a structure as JSON.
fn value_text(node: &Node) -> String {
    node.scalar_text().unwrap_or_else(|| node.to_json())
}

/// The JSON type of an `enum`'s or `const`'s value.
fn value_type(node: &Node) -> Option<&'static str> {
    match node {
        Node::String(_) => Some("string"),
        Node::Bool(_) => Some("boolean"),
        Node::Number(text) if text.parse::<i64>().is_ok() => Some("integer"),
        Node::Number(_) => Some("number"),
        Node::Array(_) => Some("array"),
        Node::Object(_) => Some("object"),
        Node::Null => None,
    }
}

/// What a parameter is before its schema is read.
struct Field {
    label: String,
    name: String,
    parameter_type: &'static str,
    /// The type of its nested parameters.
    nested_type: &'static str,
    required: bool,
    description: Option<String>,
}

struct Reader<'d> {
    root: &'d Node,
    limits: Limits,
    /// Parameters read so far.
    parameters: usize,
    /// Schemas resolved so far (a web of `allOf`s can multiply them as properties can).
    shapes: usize,
}

impl<'d> Reader<'d> {
    /// What a local `$ref` names; `None` for a reference to another document.
    fn target(&self, reference: &str, at: &str) -> Result<Option<&'d Node>, String> {
        let Some(fragment) = reference.strip_prefix('#') else { return Ok(None) };
        self.root
            .pointer(&percent_decode(fragment))
            .map(Some)
            .ok_or_else(|| format!("{at}: $ref {reference} does not resolve in the document"))
    }

    /// An object that may be a `$ref` (a path item, parameter, request body, response, header):
    /// the object it leads to.
    fn deref(&self, node: &'d Node, at: &str) -> Result<&'d Node, String> {
        let mut current = node;
        for _ in 0..32 {
            let Some(reference) = current.get("$ref") else { return Ok(current) };
            let reference = reference.as_str().ok_or_else(|| format!("{at}.$ref: not a string"))?;
            current = self
                .target(reference, at)?
                .ok_or_else(|| format!("{at}: $ref {reference} names another document, which is not read"))?;
        }
        Err(format!("{at}: a chain of more than 32 $refs (or a loop)"))
    }

    fn operation(
        &mut self,
        path: &str,
        method: &str,
        operation: &'d Node,
        (shared, shared_at): (&'d [Node], &str),
        at: &str,
    ) -> Result<OperationModel, String> {
        if operation.as_object().is_none() {
            return Err(format!("{at}: not a mapping"));
        }
        let tags = match operation.get("tags") {
            None => Vec::new(),
            Some(tags) => tags
                .as_array()
                .ok_or_else(|| format!("{at}.tags: not a list"))?
                .iter()
                .filter_map(Node::scalar_text)
                .collect(),
        };
        let mut model = OperationModel {
            method: method.to_ascii_uppercase(),
            path: path.to_owned(),
            operation_id: text(operation, "operationId"),
            summary: text(operation, "summary"),
            description: text(operation, "description"),
            tags,
            deprecated: flag(operation, "deprecated", at)?,
            lists: Vec::new(),
        };

        let (headers, mut request) = self.parameters(operation, (shared, shared_at), at)?;
        if let Some(body) = operation.get("requestBody") {
            request.push(self.request_body(body, &format!("{at}.requestBody"))?);
        }
        let mut responses = Vec::new();
        if let Some(all) = operation.get("responses") {
            let entries = all.as_object().ok_or_else(|| format!("{at}.responses: not a mapping"))?;
            for (code, response) in entries.iter().filter(|(key, _)| !key.starts_with("x-")) {
                let at = format!("{at}.responses.{code}");
                responses.push(self.response(code, response, &at)?);
            }
        }
        for (list_type, mut parameters) in [
            (ApiParameterListType::Header, headers),
            (ApiParameterListType::Request, request),
            (ApiParameterListType::Response, responses),
        ] {
            if parameters.is_empty() {
                continue;
            }
            unique_labels(&mut parameters);
            let required = (list_type != ApiParameterListType::Response)
                .then(|| parameters.iter().any(|parameter| parameter.required));
            model.lists.push(ListModel { list_type, required, parameters });
        }
        Ok(model)
    }

    /// The parameters of an operation and of its path item (replaced by the operation's own of
    /// the same name and location): those of the header list and those of the request list.
    fn parameters(
        &mut self,
        operation: &'d Node,
        (shared, shared_at): (&'d [Node], &str),
        at: &str,
    ) -> Result<(Vec<ParameterModel>, Vec<ParameterModel>), String> {
        let mut merged: Vec<(String, String, &'d Node, String)> = Vec::new();
        let own = parameter_list(operation, at)?;
        let sources = [(shared, format!("{shared_at}.parameters")), (own, format!("{at}.parameters"))];
        for (parameters, base) in sources {
            for (position, parameter) in parameters.iter().enumerate() {
                let at = format!("{base}[{position}]");
                let parameter = self.deref(parameter, &at)?;
                let name = text(parameter, "name").ok_or_else(|| format!("{at}: a parameter needs a name"))?;
                let location = text(parameter, "in").ok_or_else(|| format!("{at}: a parameter needs `in`"))?;
                if !["path", "query", "header", "cookie"].contains(&location.as_str()) {
                    return Err(format!("{at}.in: {location} is not path, query, header or cookie"));
                }
                match merged.iter_mut().find(|(n, l, ..)| *n == name && *l == location) {
                    Some(existing) => *existing = (name, location, parameter, at),
                    None => merged.push((name, location, parameter, at)),
                }
            }
        }
        let mut headers = Vec::new();
        let mut request = Vec::new();
        for (name, location, parameter, at) in merged {
            let ignored = ["accept", "content-type", "authorization"].contains(&name.to_ascii_lowercase().as_str());
            if location == "header" && ignored {
                continue;
            }
            let parameter_type = match location.as_str() {
                "path" => "path",
                "query" => "query",
                "header" => "header",
                _ => "cookie",
            };
            let schema = match parameter.get("schema") {
                Some(schema) => Some(schema),
                None => match parameter.get("content") {
                    Some(content) => pick_media(content, &at)?.and_then(|(_, schema)| schema),
                    None => None,
                },
            };
            let field = Field {
                label: format!("{location}:{name}"),
                name,
                parameter_type,
                nested_type: parameter_type,
                required: parameter_type == "path" || flag(parameter, "required", &at)?,
                description: text(parameter, "description"),
            };
            let mut model = self.schema_parameter(field, schema, 1, &mut Vec::new(), &at)?;
            if flag(parameter, "deprecated", &at)? {
                model.extras.insert("deprecated".to_owned(), "true".to_owned());
            }
            if matches!(parameter_type, "header" | "cookie") { headers.push(model) } else { request.push(model) }
        }
        Ok((headers, request))
    }

    /// The request body: the parameter `body`.
    fn request_body(&mut self, body: &'d Node, at: &str) -> Result<ParameterModel, String> {
        let body = self.deref(body, at)?;
        let media = match body.get("content") {
            Some(content) => pick_media(content, at)?,
            None => None,
        };
        let field = Field {
            label: "body".to_owned(),
            name: "body".to_owned(),
            parameter_type: "body",
            nested_type: "body",
            required: flag(body, "required", at)?,
            description: text(body, "description"),
        };
        let schema = media.as_ref().and_then(|(_, schema)| *schema);
        let mut model = self.schema_parameter(field, schema, 1, &mut Vec::new(), at)?;
        if let Some((media_type, _)) = media {
            model.extras.insert("mediaType".to_owned(), media_type);
        }
        Ok(model)
    }

    /// A response: a parameter named by its status code, with its body's properties and its
    /// headers nested.
    fn response(&mut self, code: &str, response: &'d Node, at: &str) -> Result<ParameterModel, String> {
        let response = self.deref(response, at)?;
        if response.as_object().is_none() {
            return Err(format!("{at}: not a mapping"));
        }
        let media = match response.get("content") {
            Some(content) => pick_media(content, at)?,
            None => None,
        };
        let field = Field {
            label: code.to_owned(),
            name: code.to_owned(),
            parameter_type: "response",
            nested_type: "body",
            required: false,
            description: text(response, "description"),
        };
        let schema = media.as_ref().and_then(|(_, schema)| *schema);
        let mut model = self.schema_parameter(field, schema, 1, &mut Vec::new(), at)?;
        if let Some((media_type, _)) = media {
            model.extras.insert("mediaType".to_owned(), media_type);
        }
        if let Some(headers) = response.get("headers") {
            let entries = headers.as_object().ok_or_else(|| format!("{at}.headers: not a mapping"))?;
            for (name, header) in entries {
                if name.eq_ignore_ascii_case("content-type") {
                    continue;
                }
                let at = format!("{at}.headers.{name}");
                let header = self.deref(header, &at)?;
                if self.limits.max_schema_depth < 2 {
                    model.extras.insert("nestedNotCatalogued".to_owned(), "maxSchemaDepth".to_owned());
                    break;
                }
                let field = Field {
                    label: format!("header:{name}"),
                    name: name.clone(),
                    parameter_type: "header",
                    nested_type: "header",
                    required: flag(header, "required", &at)?,
                    description: text(header, "description"),
                };
                model.nested.push(self.schema_parameter(field, header.get("schema"), 2, &mut Vec::new(), &at)?);
            }
            unique_labels(&mut model.nested);
        }
        Ok(model)
    }

    /// What a schema says, `$ref`s and `allOf` resolved. `stack` holds the `$ref`s being
    /// expanded on the way here; one of them met again is a circular reference.
    fn shape(&mut self, schema: &'d Node, stack: &mut Vec<String>, at: &str) -> Result<Shape<'d>, String> {
        self.shapes += 1;
        if self.shapes > self.limits.max_parameters.saturating_mul(16).max(10_000) {
            return Err(format!("{at}: the schemas of the document combine (allOf) into too many parts"));
        }
        let mut shape = Shape::default();
        if let Node::Bool(_) = schema {
            return Ok(shape);
        }
        if schema.as_object().is_none() {
            return Err(format!("{at}: a schema must be a mapping"));
        }
        if let Some(reference) = schema.get("$ref") {
            let reference = reference.as_str().ok_or_else(|| format!("{at}.$ref: not a string"))?;
            let name = reference_name(reference);
            match self.target(reference, at)? {
                None => {
                    shape.extras.insert("externalReference".to_owned(), reference.to_owned());
                    shape.ref_name = Some(name);
                }
                Some(target) if stack.iter().any(|seen| seen == reference) => {
                    shape.extras.insert("circularReference".to_owned(), reference.to_owned());
                    shape.types = target.get("type").and_then(Node::as_str).map(str::to_owned).into_iter().collect();
                    shape.ref_name = Some(name);
                }
                Some(target) => {
                    stack.push(reference.to_owned());
                    let resolved = self.shape(target, stack, at);
                    stack.pop();
                    shape = resolved?;
                    shape.expanded.insert(0, reference.to_owned());
                    shape.ref_name = Some(name);
                }
            }
            // Beside a $ref, 3.1 lets a description (and a few more) override the target's.
            if let Some(description) = text(schema, "description") {
                shape.description = Some(description);
            }
            return Ok(shape);
        }
        keywords(&mut shape, schema, at)?;
        if let Some(members) = schema.get("allOf") {
            let members = members.as_array().ok_or_else(|| format!("{at}.allOf: not a list"))?;
            let own_properties = !shape.properties.is_empty();
            let mut names = Vec::new();
            for member in members {
                let member = self.shape(member, stack, at)?;
                names.push(member.ref_name.clone());
                merge(&mut shape, member);
            }
            // `allOf: [$ref]` alone (3.0's way to describe a reference) names the schema.
            if let [Some(name)] = names.as_slice()
                && !own_properties
            {
                shape.ref_name = Some(name.clone());
            }
        }
        Ok(shape)
    }

    /// A parameter from what it is and its schema (`None`: no schema), with its nested
    /// parameters when `depth` allows. `stack` holds the `$ref`s expanded on the way.
    fn schema_parameter(
        &mut self,
        field: Field,
        schema: Option<&'d Node>,
        depth: usize,
        stack: &mut Vec<String>,
        at: &str,
    ) -> Result<ParameterModel, String> {
        self.parameters += 1;
        if self.parameters > self.limits.max_parameters {
            return Err(format!(
                "the document gives more than {} parameters (maxParametersPerDocument); shared schemas are \
                 expanded at each use, lower maxSchemaDepth or raise maxParametersPerDocument",
                self.limits.max_parameters
            ));
        }
        let mut parameter = ParameterModel {
            label: field.label,
            name: field.name,
            parameter_type: field.parameter_type.to_owned(),
            required: field.required,
            description: field.description,
            ..ParameterModel::default()
        };
        let Some(schema) = schema else { return Ok(parameter) };
        let mark = stack.len();
        let result = self.fill(&mut parameter, field.nested_type, schema, depth, stack, at);
        stack.truncate(mark);
        result.map(|()| parameter)
    }

    fn fill(
        &mut self,
        parameter: &mut ParameterModel,
        nested_type: &'static str,
        schema: &'d Node,
        depth: usize,
        stack: &mut Vec<String>,
        at: &str,
    ) -> Result<(), String> {
        let mut shape = self.shape(schema, stack, at)?;
        stack.extend(shape.expanded.iter().cloned());
        let description = shape.description.take();
        let default_value = shape.default_value.take();
        let nullable = shape.nullable;
        let mut extras = std::mem::take(&mut shape.extras);
        // An array is catalogued as its items (of its items, for an array of arrays).
        let mut levels = 0;
        while shape.is_array() {
            levels += 1;
            if parameter.array.is_none() {
                parameter.array = Some(ArrayShape { max_items: shape.max_items, unique_items: shape.unique_items });
            }
            let Some(items) = shape.items else {
                shape = Shape::default();
                break;
            };
            shape = self.shape(items, stack, at)?;
            stack.extend(shape.expanded.iter().cloned());
            for (key, value) in std::mem::take(&mut shape.extras) {
                extras.entry(key).or_insert(value);
            }
        }
        parameter.data_type = shape.data_type();
        parameter.native_class = if levels > 0 {
            shape
                .ref_name
                .clone()
                .or_else(|| parameter.data_type.clone())
                .map(|name| format!("{name}{}", "[]".repeat(levels)))
        } else {
            shape.ref_name.clone()
        };
        if parameter.description.is_none() {
            parameter.description = description.or_else(|| shape.description.take());
        }
        parameter.nullable = nullable;
        parameter.default_value = default_value.or_else(|| shape.default_value.take());
        parameter.fixed_value = shape.fixed_value.take();
        parameter.min_length = shape.min_length;
        parameter.max_length = shape.max_length;
        for (key, value) in extras {
            parameter.extras.entry(key).or_insert(value);
        }

        let has_nested = !shape.properties.is_empty() || shape.alternatives.is_some();
        if has_nested && depth >= self.limits.max_schema_depth {
            parameter.extras.insert("nestedNotCatalogued".to_owned(), "maxSchemaDepth".to_owned());
            return Ok(());
        }
        for (name, property) in std::mem::take(&mut shape.properties) {
            let field = Field {
                label: name.clone(),
                required: shape.required.contains(&name),
                name: name.clone(),
                parameter_type: nested_type,
                nested_type,
                description: None,
            };
            let at = format!("{at}.properties.{name}");
            parameter.nested.push(self.schema_parameter(field, Some(property), depth + 1, stack, &at)?);
        }
        if let Some((kind, alternatives)) = shape.alternatives.take() {
            for (position, alternative) in alternatives.into_iter().enumerate() {
                let name = match alternative.get("$ref").and_then(Node::as_str) {
                    Some(reference) => reference_name(reference),
                    None => text(alternative, "title").unwrap_or_else(|| format!("option{}", position + 1)),
                };
                let field = Field {
                    label: name.clone(),
                    name,
                    parameter_type: nested_type,
                    nested_type,
                    required: false,
                    description: None,
                };
                let at = format!("{at}.{kind}[{position}]");
                parameter.nested.push(self.schema_parameter(field, Some(alternative), depth + 1, stack, &at)?);
            }
        }
        unique_labels(&mut parameter.nested);
        Ok(())
    }
}

/// What a schema says itself (not through `$ref` or `allOf`).
fn keywords<'d>(shape: &mut Shape<'d>, schema: &'d Node, at: &str) -> Result<(), String> {
    match schema.get("type") {
        None | Some(Node::Null) => {}
        Some(Node::String(name)) => shape.types.push(name.clone()),
        Some(Node::Array(names)) => {
            for name in names {
                let name = name.as_str().ok_or_else(|| format!("{at}.type: not a list of type names"))?;
                if name == "null" {
                    shape.nullable = true;
                } else {
                    shape.types.push(name.to_owned());
                }
            }
        }
        Some(_) => return Err(format!("{at}.type: not a type name")),
    }
    shape.nullable |= schema.get("nullable").and_then(Node::as_bool).unwrap_or(false);
    shape.description = text(schema, "description");
    if let Some(properties) = schema.get("properties") {
        let entries = properties.as_object().ok_or_else(|| format!("{at}.properties: not a mapping"))?;
        shape.properties = entries.iter().map(|(name, value)| (name.clone(), value)).collect();
    }
    if let Some(required) = schema.get("required").and_then(Node::as_array) {
        shape.required = required.iter().filter_map(Node::as_str).map(str::to_owned).collect();
    }
    shape.items = schema.get("items").filter(|items| !matches!(items, Node::Null));
    for kind in ["oneOf", "anyOf"] {
        if let Some(alternatives) = schema.get(kind) {
            let list = alternatives.as_array().ok_or_else(|| format!("{at}.{kind}: not a list"))?;
            shape.alternatives = Some((kind, list.iter().collect()));
            break;
        }
    }
    if let Some(value) = schema.get("default") {
        shape.default_value = Some(value_text(value));
    }
    if let Some(value) = schema.get("const") {
        shape.fixed_value = Some(value_text(value));
        if shape.types.is_empty() {
            shape.types.extend(value_type(value).map(str::to_owned));
        }
    }
    if let Some(values) = schema.get("enum") {
        let list = values.as_array().ok_or_else(|| format!("{at}.enum: not a list"))?;
        shape.extras.insert("enum".to_owned(), values.to_json());
        if shape.types.is_empty()
            && let Some(first) = list.iter().find_map(value_type)
        {
            shape.types.push(first.to_owned());
        }
    }
    shape.min_length = count(schema, "minLength");
    shape.max_length = count(schema, "maxLength");
    shape.max_items = count(schema, "maxItems");
    shape.unique_items = schema.get("uniqueItems").and_then(Node::as_bool).unwrap_or(false);
    for key in ["format", "pattern", "minimum", "maximum"] {
        if let Some(value) = schema.get(key).and_then(Node::scalar_text) {
            shape.extras.insert(key.to_owned(), value);
        }
    }
    for key in ["readOnly", "writeOnly", "deprecated"] {
        if schema.get(key).and_then(Node::as_bool) == Some(true) {
            shape.extras.insert(key.to_owned(), "true".to_owned());
        }
    }
    Ok(())
}

/// Adds what a member of `allOf` says to what a schema says itself: its properties (a later one
/// of the same name replaces an earlier one), its required names, and what the schema leaves open.
fn merge<'d>(shape: &mut Shape<'d>, member: Shape<'d>) {
    for (name, property) in member.properties {
        match shape.properties.iter_mut().find(|(existing, _)| *existing == name) {
            Some(existing) => existing.1 = property,
            None => shape.properties.push((name, property)),
        }
    }
    for name in member.required {
        if !shape.required.contains(&name) {
            shape.required.push(name);
        }
    }
    if shape.types.is_empty() {
        shape.types = member.types;
    }
    shape.nullable |= member.nullable;
    shape.description = shape.description.take().or(member.description);
    shape.items = shape.items.or(member.items);
    if shape.alternatives.is_none() {
        shape.alternatives = member.alternatives;
    }
    shape.expanded.extend(member.expanded);
    shape.default_value = shape.default_value.take().or(member.default_value);
    shape.fixed_value = shape.fixed_value.take().or(member.fixed_value);
    shape.min_length = shape.min_length.or(member.min_length);
    shape.max_length = shape.max_length.or(member.max_length);
    shape.max_items = shape.max_items.or(member.max_items);
    shape.unique_items |= member.unique_items;
    for (key, value) in member.extras {
        shape.extras.entry(key).or_insert(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, parse};

    const LIMITS: Limits = Limits { max_schema_depth: 10, max_parameters: 20_000 };

    fn fixture(name: &str) -> ApiModel {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let format = Format::from_extension(name).unwrap();
        read_api(&parse(&text, format).unwrap(), LIMITS).unwrap()
    }

    fn read(text: &str) -> Result<ApiModel, String> {
        read_api(&parse(text, Format::Yaml).unwrap(), LIMITS)
    }

    fn list(operation: &OperationModel, list_type: ApiParameterListType) -> &ListModel {
        operation.lists.iter().find(|list| list.list_type == list_type).expect("the list")
    }

    fn find<'m>(parameters: &'m [ParameterModel], label: &str) -> &'m ParameterModel {
        parameters.iter().find(|parameter| parameter.label == label).unwrap_or_else(|| panic!("{label}"))
    }

    fn labels(parameters: &[ParameterModel]) -> Vec<&str> {
        parameters.iter().map(|parameter| parameter.label.as_str()).collect()
    }

    /// Every parameter of a tree, counted.
    fn size(parameters: &[ParameterModel]) -> usize {
        parameters.iter().map(|parameter| 1 + size(&parameter.nested)).sum()
    }

    #[test]
    fn the_petstore_reads_as_operations_lists_and_parameters() {
        let api = fixture("petstore.yaml");
        assert_eq!(api.openapi_version, "3.0.3");
        assert_eq!((api.title.as_deref(), api.version.as_deref()), (Some("Swagger Petstore"), Some("1.0.0")));
        assert_eq!(api.servers, ["http://petstore.example.com/v1"]);
        let shapes: Vec<_> =
            api.operations.iter().map(|o| (o.method.as_str(), o.path.as_str(), o.operation_id.as_deref())).collect();
        assert_eq!(
            shapes,
            [
                ("GET", "/pets", Some("listPets")),
                ("POST", "/pets", Some("createPets")),
                ("GET", "/pets/{petId}", Some("showPetById"))
            ]
        );
        let list_pets = &api.operations[0];
        assert_eq!(
            (list_pets.summary.as_deref(), list_pets.tags.as_slice()),
            (Some("List all pets"), &["pets".to_owned()][..])
        );
        let request = list(list_pets, ApiParameterListType::Request);
        assert_eq!(request.required, Some(false));
        let limit = find(&request.parameters, "query:limit");
        assert_eq!(
            (limit.name.as_str(), limit.parameter_type.as_str(), limit.data_type.as_deref(), limit.required),
            ("limit", "query", Some("integer"), false)
        );
        assert_eq!(limit.extras, BTreeMap::from([("format".into(), "int32".into()), ("maximum".into(), "100".into())]));
        let response = list(list_pets, ApiParameterListType::Response);
        assert_eq!(response.required, None);
        assert_eq!(labels(&response.parameters), ["200", "default"]);
        let ok = &response.parameters[0];
        assert_eq!(
            (ok.parameter_type.as_str(), ok.data_type.as_deref(), ok.native_class.as_deref()),
            ("response", Some("object"), Some("Pet[]")),
            "an array as its items"
        );
        assert_eq!(ok.array, Some(ArrayShape { max_items: Some(100), unique_items: false }));
        assert_eq!(ok.description.as_deref(), Some("A paged array of pets"));
        assert_eq!(ok.extras.get("mediaType").map(String::as_str), Some("application/json"));
        assert_eq!(labels(&ok.nested), ["id", "name", "tag", "header:x-next"]);
        let (id, tag, next) = (&ok.nested[0], &ok.nested[2], &ok.nested[3]);
        assert_eq!((id.parameter_type.as_str(), id.required, id.data_type.as_deref()), ("body", true, Some("integer")));
        assert_eq!((tag.required, tag.nullable), (false, true));
        assert_eq!((next.parameter_type.as_str(), next.data_type.as_deref()), ("header", Some("string")));
        assert_eq!(next.description.as_deref(), Some("A link to the next page of responses"));
        assert_eq!(size(&response.parameters), 8);
        assert!(list_pets.lists.iter().all(|list| list.list_type != ApiParameterListType::Header));

        let create = &api.operations[1];
        let body = &list(create, ApiParameterListType::Request).parameters[0];
        assert_eq!((body.label.as_str(), body.required, body.native_class.as_deref()), ("body", true, Some("Pet")));
        assert_eq!(list(create, ApiParameterListType::Request).required, Some(true));
        let created = &list(create, ApiParameterListType::Response).parameters[0];
        assert_eq!((created.label.as_str(), created.data_type.as_deref(), created.nested.len()), ("201", None, 0));
        let show = &api.operations[2];
        let pet_id = &list(show, ApiParameterListType::Request).parameters[0];
        assert_eq!((pet_id.label.as_str(), pet_id.required), ("path:petId", true));
        let counts: Vec<usize> =
            api.operations.iter().map(|o| o.lists.iter().map(|l| size(&l.parameters)).sum()).collect();
        assert_eq!(counts, [9, 8, 8]);
    }

    #[test]
    fn the_inventory_resolves_references_merges_and_stops_at_cycles() {
        let api = fixture("inventory-3.1.json");
        assert_eq!(api.summary.as_deref(), Some("Warehouses and their stock."));
        let list_items = &api.operations[0];
        let header = list(list_items, ApiParameterListType::Header);
        assert_eq!(labels(&header.parameters), ["header:X-Request-ID", "cookie:session"], "Accept is ignored");
        assert_eq!(header.required, Some(true));
        assert_eq!(header.parameters[0].extras.get("format").map(String::as_str), Some("uuid"));
        let request = list(list_items, ApiParameterListType::Request);
        assert_eq!(labels(&request.parameters), ["path:warehouseId", "query:tags"]);
        let tags = &request.parameters[1];
        assert_eq!((tags.data_type.as_deref(), tags.native_class.as_deref()), (Some("string"), Some("string[]")));
        assert_eq!(tags.array, Some(ArrayShape { max_items: None, unique_items: true }));
        let response = list(list_items, ApiParameterListType::Response);
        let ok = find(&response.parameters, "200");
        assert_eq!(ok.native_class.as_deref(), Some("Item[]"));
        assert_eq!(
            labels(&ok.nested),
            [
                "sku",
                "quantity",
                "status",
                "note",
                "dimensions",
                "location",
                "category",
                "supplier",
                "header:X-Rate-Limit"
            ]
        );
        let rate = find(&ok.nested, "header:X-Rate-Limit");
        assert_eq!(
            (rate.description.as_deref(), rate.data_type.as_deref()),
            (Some("Requests left in this hour"), Some("integer"))
        );
        let sku = find(&ok.nested, "sku");
        assert_eq!(sku.extras.get("pattern").map(String::as_str), Some("^[A-Z]{3}-\\d{4}$"));
        let status = find(&ok.nested, "status");
        assert_eq!(status.default_value.as_deref(), Some("active"));
        assert_eq!(status.extras.get("enum").map(String::as_str), Some(r#"["active","discontinued"]"#));
        let note = find(&ok.nested, "note");
        assert_eq!((note.data_type.as_deref(), note.nullable, note.max_length), (Some("string"), true, Some(200)));
        let category = find(&ok.nested, "category");
        assert_eq!(labels(&category.nested), ["name", "parent"]);
        let parent = &category.nested[1];
        assert_eq!(parent.extras.get("circularReference").map(String::as_str), Some("#/components/schemas/Category"));
        assert_eq!((parent.native_class.as_deref(), parent.data_type.as_deref()), (Some("Category"), Some("object")));
        assert_eq!(parent.description.as_deref(), Some("The broader category."));
        assert!(parent.nested.is_empty());
        let supplier = find(&ok.nested, "supplier");
        assert_eq!(supplier.data_type.as_deref(), Some("oneOf"));
        assert_eq!(labels(&supplier.nested), ["Company", "supplierCode"]);
        assert_eq!(labels(&supplier.nested[0].nested), ["name"]);
        let not_found = find(&response.parameters, "404");
        assert_eq!(not_found.description.as_deref(), Some("No such warehouse"));
        assert_eq!(not_found.extras.get("mediaType").map(String::as_str), Some("application/problem+json"));
        assert_eq!(labels(&not_found.nested), ["title", "status", "warehouseId"], "allOf merged");
        assert!(not_found.nested[0].required && !not_found.nested[1].required);
        assert_eq!(size(&response.parameters), 23);

        let add_item = &api.operations[1];
        assert!(add_item.deprecated);
        assert_eq!(labels(&list(add_item, ApiParameterListType::Header).parameters), ["header:X-Request-ID"]);
        let body = find(&list(add_item, ApiParameterListType::Request).parameters, "body");
        assert_eq!(
            (body.description.as_deref(), body.required, body.native_class.as_deref()),
            (Some("The item to add."), true, Some("Item"))
        );
        let counts: Vec<usize> =
            api.operations.iter().map(|o| o.lists.iter().map(|l| size(&l.parameters)).sum()).collect();
        assert_eq!(counts, [27, 38]);
    }

    #[test]
    fn the_quickstart_sample_reads() {
        let api = fixture("orders-api.yaml");
        assert_eq!((api.title.as_deref(), api.version.as_deref()), (Some("Orders API"), Some("2026.11.0")));
        let ids: Vec<_> = api.operations.iter().map(|o| o.operation_id.as_deref().unwrap()).collect();
        assert_eq!(ids, ["listOrders", "placeOrder", "getCustomer"]);
        let limit = find(&list(&api.operations[0], ApiParameterListType::Request).parameters, "query:limit");
        assert_eq!(limit.default_value.as_deref(), Some("50"));
        let counts: Vec<usize> =
            api.operations.iter().map(|o| o.lists.iter().map(|l| size(&l.parameters)).sum()).collect();
        assert_eq!(counts, [12, 23, 9]);
    }

    #[test]
    fn path_parameters_are_replaced_by_the_operation_s_own() {
        let api = read(
            "openapi: 3.0.0\npaths:\n  x-owner: team-a\n  /a:\n    parameters:\n      - {name: q, in: query, description: shared}\n      \
             - {name: h, in: header}\n    get:\n      parameters:\n        - {name: q, in: query, description: own, \
             required: true, deprecated: true}\n      responses: {x-cache: true}\n",
        )
        .unwrap();
        let operation = &api.operations[0];
        assert_eq!(operation.operation_id, None);
        let request = list(operation, ApiParameterListType::Request);
        assert_eq!(request.parameters.len(), 1);
        let q = &request.parameters[0];
        assert_eq!((q.description.as_deref(), q.required, q.data_type.as_deref()), (Some("own"), true, None));
        assert_eq!(q.extras.get("deprecated").map(String::as_str), Some("true"));
        assert_eq!(list(operation, ApiParameterListType::Header).parameters[0].label, "header:h");
        assert_eq!(operation.lists.len(), 2, "no responses, no response list");
    }

    #[test]
    fn depth_and_size_are_bounded() {
        let text = "openapi: 3.1.0\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          content:\n            \
                    application/json:\n              schema: {$ref: '#/$defs/A'}\n$defs:\n  A:\n    properties:\n      \
                    b: {properties: {c: {properties: {d: {type: string}}}}}\n      list: {type: array, items: {type: array, items: {$ref: '#/$defs/A'}}}\n";
        let document = parse(text, Format::Yaml).unwrap();
        let shallow = read_api(&document, Limits { max_schema_depth: 2, max_parameters: 100 }).unwrap();
        let ok = &shallow.operations[0].lists[0].parameters[0];
        assert_eq!(labels(&ok.nested), ["b", "list"]);
        assert_eq!(ok.nested[0].extras.get("nestedNotCatalogued").map(String::as_str), Some("maxSchemaDepth"));
        let list_parameter = &ok.nested[1];
        assert_eq!(list_parameter.native_class.as_deref(), Some("A[][]"));
        assert_eq!(list_parameter.extras.get("circularReference").map(String::as_str), Some("#/$defs/A"));
        let deep = read_api(&document, LIMITS).unwrap();
        assert_eq!(size(&deep.operations[0].lists[0].parameters), 5, "200, b, c, d, list (circular)");
        let error = read_api(&document, Limits { max_schema_depth: 10, max_parameters: 3 }).unwrap_err();
        assert!(error.contains("more than 3 parameters"), "{error}");
    }

    #[test]
    fn what_is_not_an_openapi_3_document_is_refused_with_where() {
        for (text, expected) in [
            ("swagger: '2.0'\n", "Swagger (OpenAPI 2.0) documents are not supported"),
            ("openapi: 2.5.0\n", "OpenAPI version 2.5.0 is not supported"),
            ("title: x\n", "there is no openapi field"),
            ("- a\n", "not a mapping of OpenAPI fields"),
            ("openapi: 3.0.0\npaths: []\n", "paths: not a mapping"),
            (
                "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      parameters: [{in: query}]\n",
                "paths./a.get.parameters[0]: a parameter needs a name",
            ),
            (
                "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      parameters: [{name: x, in: body}]\n",
                "body is not path, query, header or cookie",
            ),
            (
                "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Gone'}\n",
                "paths./a.get.responses.200: $ref #/components/responses/Gone does not resolve",
            ),
            (
                "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      parameters: [{$ref: 'common.yaml#/p'}]\n",
                "names another document",
            ),
            (
                "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      deprecated: maybe\n",
                "paths./a.get.deprecated: not true or false",
            ),
            (
                "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      requestBody:\n        content:\n          application/json:\n            schema: {properties: {x: {$ref: '#/nowhere'}}}\n",
                "requestBody.properties.x: $ref #/nowhere does not resolve",
            ),
        ] {
            let error = read(text).unwrap_err();
            assert!(error.contains(expected), "{text}: {error}");
        }
        let loop_ref = "openapi: 3.1.0\npaths:\n  /a: {$ref: '#/paths/~1a'}\n";
        assert!(read(loop_ref).unwrap_err().contains("more than 32 $refs"));
        let external = "openapi: 3.1.0\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          content:\n            \
                        application/json: {schema: {$ref: 'common.yaml#/Pet'}}\n";
        let ok = &read(external).unwrap().operations[0].lists[0].parameters[0];
        assert_eq!(ok.extras.get("externalReference").map(String::as_str), Some("common.yaml#/Pet"));
        assert_eq!(ok.native_class.as_deref(), Some("Pet"));
    }

    #[test]
    fn labels_stay_unique_among_siblings() {
        let mut parameters: Vec<ParameterModel> = ["a", "b", "a", "x#1"]
            .iter()
            .map(|label| ParameterModel { label: (*label).to_owned(), ..ParameterModel::default() })
            .collect();
        unique_labels(&mut parameters);
        assert_eq!(labels(&parameters), ["a#0", "b", "a#2", "x#1#3"]);
        assert_eq!(reference_name("#/components/schemas/a~1b%20c"), "a/b c");
        assert_eq!(percent_decode("%7Bid%7D%zz"), "{id}%zz");
    }
}
