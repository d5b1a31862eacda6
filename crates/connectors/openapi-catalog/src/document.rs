//! A document as a tree that keeps the order of its keys (the order of operations, properties and
//! responses becomes the order of the catalogued parameters), read from JSON or YAML.
//!
//! - JSON is read by `serde_json` (whose recursion limit of 128 bounds the depth).
//! - YAML is read as events from `yaml-rust2` (YAML 1.2, core schema): plain scalars become null,
//!   booleans, integers or floats as the core schema says; mapping keys are scalars and kept as
//!   their text (`200:` is the key `"200"`); anchors and aliases are expanded, but at most
//!   [`MAX_ALIAS_NODES`] nodes are copied through aliases (a "billion laughs" document is refused)
//!   and nesting is at most [`MAX_DEPTH`] deep.
//!
//! Numbers keep their text (`1.10` stays `1.10`): the connector only ever records them as text.
//! A key repeated within one mapping or object makes the document malformed.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser, Tag};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// How deep YAML may nest (as JSON, whose reader `serde_json` stops at 128).
pub const MAX_DEPTH: usize = 128;

/// How many nodes YAML aliases may copy in one document.
pub const MAX_ALIAS_NODES: usize = 250_000;

/// A value of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// `null` (or `~`, or nothing, in YAML).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Node>),
    /// A mapping, in document order, each key once.
    Object(Vec<(String, Node)>),
}

impl Node {
    /// The value under `key`, when this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Object(entries) => entries.iter().find(|(name, _)| name == key).map(|(_, value)| value),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::String(text) => Some(text),
            _ => None,
        }
    }

    /// The value of a boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Node::Bool(value) => Some(*value),
            _ => None,
        }
    }

    /// The items of a list.
    pub fn as_array(&self) -> Option<&[Node]> {
        match self {
            Node::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The entries of an object.
    pub fn as_object(&self) -> Option<&[(String, Node)]> {
        match self {
            Node::Object(entries) => Some(entries),
            _ => None,
        }
    }

    /// A whole number that fits an `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Node::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// A scalar as text: a string as it is, a number as written, a boolean or null as in JSON.
    pub fn scalar_text(&self) -> Option<String> {
        match self {
            Node::Null => Some("null".to_owned()),
            Node::Bool(value) => Some(value.to_string()),
            Node::Number(text) | Node::String(text) => Some(text.clone()),
            Node::Array(_) | Node::Object(_) => None,
        }
    }

    /// The value as compact JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Node::Null => out.push_str("null"),
            Node::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Node::Number(text) => {
                // YAML numbers may be written in forms JSON does not have (0x1f, .inf): quote those.
                if serde_json::from_str::<serde_json::Number>(text).is_ok() {
                    out.push_str(text);
                } else {
                    out.push_str(&serde_json::Value::String(text.clone()).to_string());
                }
            }
            Node::String(text) => out.push_str(&serde_json::Value::String(text.clone()).to_string()),
            Node::Array(items) => {
                out.push('[');
                for (position, item) in items.iter().enumerate() {
                    if position > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Node::Object(entries) => {
                out.push('{');
                for (position, (key, value)) in entries.iter().enumerate() {
                    if position > 0 {
                        out.push(',');
                    }
                    out.push_str(&serde_json::Value::String(key.clone()).to_string());
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
        }
    }

    /// The value a JSON pointer (RFC 6901, e.g. `/components/schemas/Pet`) names; `""` is the
    /// whole document.
    pub fn pointer(&self, pointer: &str) -> Option<&Node> {
        if pointer.is_empty() {
            return Some(self);
        }
        let rest = pointer.strip_prefix('/')?;
        rest.split('/').try_fold(self, |node, token| {
            let token = token.replace("~1", "/").replace("~0", "~");
            match node {
                Node::Object(_) => node.get(&token),
                Node::Array(items) => token.parse::<usize>().ok().and_then(|index| items.get(index)),
                _ => None,
            }
        })
    }

    /// How many nodes this value holds (itself included).
    fn size(&self) -> usize {
        1 + match self {
            Node::Array(items) => items.iter().map(Node::size).sum(),
            Node::Object(entries) => entries.iter().map(|(_, value)| value.size()).sum(),
            _ => 0,
        }
    }
}

/// The format a document is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON.
    Json,
    /// YAML (which also reads JSON).
    Yaml,
}

impl Format {
    /// The format a file's extension names (`json`, `yaml`, `yml`, in any case).
    pub fn from_extension(name: &str) -> Option<Format> {
        let (_, extension) = name.rsplit_once('.')?;
        match extension.to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "yaml" | "yml" => Some(Format::Yaml),
            _ => None,
        }
    }

    /// The format of a text whose name says nothing: JSON when it starts with `{`, else YAML.
    pub fn sniff(text: &str) -> Format {
        if text.trim_start_matches('\u{feff}').trim_start().starts_with('{') { Format::Json } else { Format::Yaml }
    }

    /// Its name, as recorded.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Yaml => "YAML",
        }
    }
}

/// Reads a document in a format; the error says what is wrong, and where when it can.
pub fn parse(text: &str, format: Format) -> Result<Node, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match format {
        Format::Json => serde_json::from_str::<Node>(text).map_err(|error| format!("not valid JSON: {error}")),
        Format::Yaml => parse_yaml(text),
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Node, E> {
        Ok(Node::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Node, E> {
        Ok(Node::Number(value.to_string()))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Node, E> {
        Ok(Node::Number(value.to_string()))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Node, E> {
        Ok(Node::Number(value.to_string()))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Node, E> {
        Ok(Node::String(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Node, E> {
        Ok(Node::String(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Node>()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        let mut keys = HashSet::new();
        while let Some((key, value)) = map.next_entry::<String, Node>()? {
            if !keys.insert(key.clone()) {
                return Err(de::Error::custom(format!("the key {key:?} appears twice in one object")));
            }
            entries.push((key, value));
        }
        Ok(Node::Object(entries))
    }
}

/// A collection being read.
enum Frame {
    Sequence { items: Vec<Node>, anchor: usize },
    Mapping { entries: Vec<(String, Node)>, keys: HashSet<String>, key: Option<String>, anchor: usize },
}

/// Builds documents from the parser's events.
#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    documents: Vec<Node>,
    anchors: HashMap<usize, Node>,
    alias_nodes: usize,
    error: Option<String>,
}

impl Builder {
    fn fail(&mut self, mark: Marker, message: &str) {
        if self.error.is_none() {
            self.error = Some(format!("{message} at line {} column {}", mark.line(), mark.col() + 1));
        }
    }

    fn open(&mut self, frame: Frame, mark: Marker) {
        if self.stack.len() >= MAX_DEPTH {
            self.fail(mark, &format!("nesting deeper than {MAX_DEPTH} levels"));
        }
        self.stack.push(frame);
    }

    /// A complete node: kept under its anchor, then placed in its parent.
    fn node(&mut self, node: Node, anchor: usize, mark: Marker) {
        if anchor > 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => self.documents.push(node),
            Some(Frame::Sequence { items, .. }) => items.push(node),
            Some(Frame::Mapping { entries, keys, key, .. }) => match key.take() {
                None => match node.scalar_text() {
                    Some(text) => *key = Some(text),
                    None => self.fail(mark, "a mapping key that is not a scalar"),
                },
                Some(name) => {
                    if keys.insert(name.clone()) {
                        entries.push((name, node));
                    } else {
                        self.fail(mark, &format!("the key {name:?} appears twice in one mapping"));
                    }
                }
            },
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        if self.error.is_some() {
            return;
        }
        match event {
            Event::Scalar(value, style, anchor, tag) => {
                let node = scalar(value, style, tag.as_ref());
                self.node(node, anchor, mark);
            }
            Event::SequenceStart(anchor, _) => self.open(Frame::Sequence { items: Vec::new(), anchor }, mark),
            Event::MappingStart(anchor, _) => {
                self.open(Frame::Mapping { entries: Vec::new(), keys: HashSet::new(), key: None, anchor }, mark);
            }
            Event::SequenceEnd | Event::MappingEnd => match self.stack.pop() {
                Some(Frame::Sequence { items, anchor }) => self.node(Node::Array(items), anchor, mark),
                Some(Frame::Mapping { entries, anchor, .. }) => self.node(Node::Object(entries), anchor, mark),
                None => self.fail(mark, "the end of a collection that was not opened"),
            },
            Event::Alias(anchor) => match self.anchors.get(&anchor).cloned() {
                Some(node) => {
                    self.alias_nodes += node.size();
                    if self.alias_nodes > MAX_ALIAS_NODES {
                        self.fail(mark, &format!("aliases that copy more than {MAX_ALIAS_NODES} nodes"));
                    } else {
                        self.node(node, 0, mark);
                    }
                }
                None => self.fail(mark, "an alias to an unknown anchor"),
            },
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentStart | Event::DocumentEnd => {}
        }
    }
}

/// A scalar as the YAML 1.2 core schema reads it: quoted text is a string; a plain scalar is null,
/// a boolean, an integer, a float or a string; the core tags (`!!str`, `!!int`, ...) force a type.
fn scalar(value: String, style: TScalarStyle, tag: Option<&Tag>) -> Node {
    if let Some(tag) = tag.filter(|tag| tag.handle == "tag:yaml.org,2002:") {
        return match tag.suffix.as_str() {
            "null" => Node::Null,
            "bool" => match value.as_str() {
                "true" | "True" | "TRUE" => Node::Bool(true),
                "false" | "False" | "FALSE" => Node::Bool(false),
                _ => Node::String(value),
            },
            "int" | "float" => Node::Number(value),
            _ => Node::String(value),
        };
    }
    if style != TScalarStyle::Plain || tag.is_some() {
        return Node::String(value);
    }
    match yaml_rust2::Yaml::from_str(&value) {
        yaml_rust2::Yaml::Null => Node::Null,
        yaml_rust2::Yaml::Boolean(flag) => Node::Bool(flag),
        yaml_rust2::Yaml::Integer(number) => Node::Number(number.to_string()),
        yaml_rust2::Yaml::Real(_) => Node::Number(value),
        _ => Node::String(value),
    }
}

fn parse_yaml(text: &str) -> Result<Node, String> {
    let mut builder = Builder::default();
    let mut parser = Parser::new(text.chars());
    parser.load(&mut builder, true).map_err(|error| format!("not valid YAML: {error}"))?;
    if let Some(error) = builder.error {
        return Err(format!("not valid YAML: {error}"));
    }
    let mut documents = builder.documents.into_iter();
    match (documents.next(), documents.next()) {
        (None, _) => Err("the document is empty".to_owned()),
        (Some(document), None) => Ok(document),
        (Some(_), Some(_)) => Err("the file holds more than one YAML document".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write;

    use super::*;

    fn object(entries: &[(&str, Node)]) -> Node {
        Node::Object(entries.iter().map(|(key, value)| ((*key).to_owned(), value.clone())).collect())
    }

    fn string(text: &str) -> Node {
        Node::String(text.to_owned())
    }

    fn number(text: &str) -> Node {
        Node::Number(text.to_owned())
    }

    #[test]
    fn yaml_scalars_follow_the_core_schema_and_keep_their_order() {
        let text = "zeta: 1\nalpha: 1.10\n200: ok\nquoted: '12'\nflag: true\nnothing: ~\nempty:\nhex: 0x1f\n\
                    tagged: !!str 42\nlist: [a, 2]\nyes: yes\n";
        let node = parse(text, Format::Yaml).unwrap();
        assert_eq!(
            node,
            object(&[
                ("zeta", number("1")),
                ("alpha", number("1.10")),
                ("200", string("ok")),
                ("quoted", string("12")),
                ("flag", Node::Bool(true)),
                ("nothing", Node::Null),
                ("empty", Node::Null),
                ("hex", number("31")),
                ("tagged", string("42")),
                ("list", Node::Array(vec![string("a"), number("2")])),
                ("yes", string("yes")),
            ])
        );
        assert_eq!(
            node.to_json(),
            r#"{"zeta":1,"alpha":1.10,"200":"ok","quoted":"12","flag":true,"nothing":null,"empty":null,"hex":31,"tagged":"42","list":["a",2],"yes":"yes"}"#
        );
    }

    #[test]
    fn json_keeps_its_order_and_reads_the_same_as_yaml() {
        let text = r#"{"b": {"y": [1, 2.5, "x"], "x": null}, "a": false}"#;
        let json = parse(text, Format::Json).unwrap();
        assert_eq!(json.as_object().unwrap().iter().map(|(key, _)| key.as_str()).collect::<Vec<_>>(), ["b", "a"]);
        assert_eq!(json, parse(text, Format::Yaml).unwrap(), "YAML reads JSON");
        assert_eq!(json.to_json(), r#"{"b":{"y":[1,2.5,"x"],"x":null},"a":false}"#);
        assert_eq!(Format::sniff("\u{feff}  {\"a\": 1}"), Format::Json);
        assert_eq!(Format::sniff("openapi: 3.1.0"), Format::Yaml);
        assert_eq!(Format::from_extension("pets.YML"), Some(Format::Yaml));
        assert_eq!(Format::from_extension("pets.json"), Some(Format::Json));
        assert_eq!(Format::from_extension("pets.txt"), None);
    }

    #[test]
    fn anchors_are_expanded_within_a_budget() {
        let node = parse("base: &b {type: string}\ncopy: *b\n", Format::Yaml).unwrap();
        assert_eq!(node.get("copy"), node.get("base"));
        let mut laughs = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..9 {
            let previous = format!("*a{}", level - 1);
            writeln!(laughs, "a{level}: &a{level} [{}]", vec![previous; 10].join(", ")).unwrap();
        }
        let error = parse(&laughs, Format::Yaml).unwrap_err();
        assert!(error.contains("aliases that copy more than 250000 nodes"), "{error}");
    }

    #[test]
    fn malformed_documents_are_refused_with_where() {
        let error = parse("a: 1\na: 2\n", Format::Yaml).unwrap_err();
        assert!(error.contains("\"a\" appears twice") && error.contains("line 2"), "{error}");
        let error = parse("paths:\n  /a: [\n", Format::Yaml).unwrap_err();
        assert!(error.starts_with("not valid YAML:"), "{error}");
        let error = parse("{\"a\": 1, \"a\": 2}", Format::Json).unwrap_err();
        assert!(error.contains("appears twice"), "{error}");
        let error = parse("{\"a\": }", Format::Json).unwrap_err();
        assert!(error.contains("line 1 column 7"), "{error}");
        assert_eq!(parse("", Format::Yaml).unwrap_err(), "the document is empty");
        assert!(parse("a: 1\n---\nb: 2\n", Format::Yaml).unwrap_err().contains("more than one"));
        assert!(parse("? [a, b]\n: c\n", Format::Yaml).unwrap_err().contains("not a scalar"));
        let deep = format!("{}1{}", "[".repeat(200), "]".repeat(200));
        let error = parse(&deep, Format::Yaml).unwrap_err();
        assert!(error.contains("deeper than 128"), "{error}");
        assert!(parse(&deep, Format::Json).unwrap_err().contains("recursion limit"));
    }

    #[test]
    fn pointers_unescape_their_tokens() {
        let node = parse("paths:\n  /pets/{id}:\n    get: {x: [10, 20]}\n  'a~b': 1\n", Format::Yaml).unwrap();
        assert_eq!(node.pointer("/paths/~1pets~1{id}/get/x/1"), Some(&number("20")));
        assert_eq!(node.pointer("/paths/a~0b"), Some(&number("1")));
        assert_eq!(node.pointer(""), Some(&node));
        assert_eq!(node.pointer("/missing"), None);
        assert_eq!(node.pointer("paths"), None);
    }
}
