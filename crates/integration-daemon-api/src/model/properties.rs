//! Property values and property maps of elements, relationships and classifications.
//!
//! On the wire these use Egeria's generic style (egeria-wire.md §2.7):
//! `{"class":"ElementProperties","propertyValueMap":{"name":{"class":"PrimitiveTypePropertyValue",
//! "typeName":"string","primitiveTypeCategory":"OM_PRIMITIVE_TYPE_STRING","primitiveValue":"x"}}}`.
//! Inside omis they are a typed map; [`PropertyValue::to_json`] gives the plain JSON form used for
//! storage, indexing and fingerprints.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Number, Value, json};

use crate::time::{Timestamp, format_iso8601, from_epoch_millis, parse_timestamp};

/// The value of an enum-typed property.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EnumValue {
    /// The enum's type name, e.g. `KeyPattern`, when known.
    pub type_name: Option<String>,
    /// The symbolic name, e.g. `LOCAL_KEY`.
    pub symbolic_name: String,
    /// The ordinal, when known.
    pub ordinal: Option<i32>,
}

impl EnumValue {
    /// An enum value known only by its symbolic name; validation fills in the rest.
    pub fn symbol(symbolic_name: impl Into<String>) -> EnumValue {
        EnumValue { type_name: None, symbolic_name: symbolic_name.into(), ordinal: None }
    }
}

/// One property value (Egeria's primitive, enum, array and map property values).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PropertyValue {
    /// `boolean`
    Boolean(bool),
    /// `byte`
    Byte(i8),
    /// `char`
    Char(char),
    /// `short`
    Short(i16),
    /// `int`
    Int(i32),
    /// `long`
    Long(i64),
    /// `float`
    Float(f32),
    /// `double`
    Double(f64),
    /// `biginteger`, kept as its decimal text.
    BigInteger(String),
    /// `bigdecimal`, kept as its decimal text.
    BigDecimal(String),
    /// `string`
    String(String),
    /// `date`
    Date(Timestamp),
    /// A value of an enum type.
    Enum(EnumValue),
    /// `array<...>`
    Array(Vec<PropertyValue>),
    /// `map<string,...>`
    Map(BTreeMap<String, PropertyValue>),
    /// `object`: any JSON value.
    Object(Value),
}

impl PropertyValue {
    /// The open metadata type name of the value: `string`, `int`, `array<string>`, ...
    pub fn type_name(&self) -> String {
        match self {
            PropertyValue::Enum(value) => value.type_name.clone().unwrap_or_else(|| "enum".into()),
            PropertyValue::Array(items) => {
                format!("array<{}>", items.first().map_or_else(|| "string".into(), PropertyValue::type_name))
            }
            PropertyValue::Map(entries) => format!(
                "map<string,{}>",
                entries.values().next().map_or_else(|| "string".into(), PropertyValue::type_name)
            ),
            primitive => primitive_category(primitive).map_or("object", |(name, _)| name).to_owned(),
        }
    }

    /// A short description for error messages: "a string", "an int", ...
    pub fn kind_description(&self) -> String {
        let name = self.type_name();
        let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
        format!("{article} {name}")
    }

    /// The string, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            PropertyValue::String(text) => Some(text),
            PropertyValue::Enum(value) => Some(&value.symbolic_name),
            _ => None,
        }
    }

    /// The value as a 64-bit integer, if it is an integer of any width.
    pub fn as_i64(&self) -> Option<i64> {
        match *self {
            PropertyValue::Byte(v) => Some(i64::from(v)),
            PropertyValue::Short(v) => Some(i64::from(v)),
            PropertyValue::Int(v) => Some(i64::from(v)),
            PropertyValue::Long(v) => Some(v),
            _ => None,
        }
    }

    /// The boolean, if this is a boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match *self {
            PropertyValue::Boolean(v) => Some(v),
            _ => None,
        }
    }

    /// The date, if this is a date.
    pub fn as_timestamp(&self) -> Option<Timestamp> {
        match *self {
            PropertyValue::Date(v) => Some(v),
            _ => None,
        }
    }

    /// The strings of an array of strings.
    pub fn as_string_array(&self) -> Option<Vec<String>> {
        match self {
            PropertyValue::Array(items) => items.iter().map(|item| item.as_str().map(str::to_owned)).collect(),
            _ => None,
        }
    }

    /// The entries of a map of strings.
    pub fn as_string_map(&self) -> Option<BTreeMap<String, String>> {
        match self {
            PropertyValue::Map(entries) => {
                entries.iter().map(|(key, value)| value.as_str().map(|v| (key.clone(), v.to_owned()))).collect()
            }
            _ => None,
        }
    }

    /// The plain JSON form: numbers, strings, booleans, arrays and objects; dates as ISO-8601
    /// text; enums as their symbolic name; big numbers as text.
    pub fn to_json(&self) -> Value {
        match self {
            PropertyValue::Boolean(v) => Value::Bool(*v),
            PropertyValue::Byte(v) => json!(v),
            PropertyValue::Short(v) => json!(v),
            PropertyValue::Int(v) => json!(v),
            PropertyValue::Long(v) => json!(v),
            PropertyValue::Float(v) => Number::from_f64(f64::from(*v)).map_or(Value::Null, Value::Number),
            PropertyValue::Double(v) => Number::from_f64(*v).map_or(Value::Null, Value::Number),
            PropertyValue::Char(v) => Value::String(v.to_string()),
            PropertyValue::BigInteger(v) | PropertyValue::BigDecimal(v) | PropertyValue::String(v) => {
                Value::String(v.clone())
            }
            PropertyValue::Date(v) => Value::String(format_iso8601(v)),
            PropertyValue::Enum(v) => Value::String(v.symbolic_name.clone()),
            PropertyValue::Array(items) => Value::Array(items.iter().map(PropertyValue::to_json).collect()),
            PropertyValue::Map(entries) => {
                Value::Object(entries.iter().map(|(key, value)| (key.clone(), value.to_json())).collect())
            }
            PropertyValue::Object(v) => v.clone(),
        }
    }

    /// Reads plain JSON without type information: integers become `long`, other numbers
    /// `double`, objects maps. `null` gives `None`. Validation against the type definitions
    /// then narrows the values to the attribute types.
    pub fn from_json(value: &Value) -> Option<PropertyValue> {
        Some(match value {
            Value::Null => return None,
            Value::Bool(v) => PropertyValue::Boolean(*v),
            Value::Number(n) => match n.as_i64() {
                Some(v) => PropertyValue::Long(v),
                None => PropertyValue::Double(n.as_f64().unwrap_or_default()),
            },
            Value::String(v) => PropertyValue::String(v.clone()),
            Value::Array(items) => PropertyValue::Array(items.iter().filter_map(PropertyValue::from_json).collect()),
            Value::Object(entries) => PropertyValue::Map(
                entries
                    .iter()
                    .filter_map(|(key, value)| PropertyValue::from_json(value).map(|v| (key.clone(), v)))
                    .collect(),
            ),
        })
    }
}

impl fmt::Display for PropertyValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to_json() {
            Value::String(text) => f.write_str(&text),
            other => write!(f, "{other}"),
        }
    }
}

macro_rules! from_impls {
    ($($source:ty => $variant:ident),* $(,)?) => {
        $(impl From<$source> for PropertyValue {
            fn from(value: $source) -> Self {
                PropertyValue::$variant(value.into())
            }
        })*
    };
}

from_impls!(
    bool => Boolean,
    i32 => Int,
    i64 => Long,
    f64 => Double,
    String => String,
    &str => String,
    &String => String,
    Timestamp => Date,
    EnumValue => Enum,
);

impl From<Vec<String>> for PropertyValue {
    fn from(values: Vec<String>) -> Self {
        PropertyValue::Array(values.into_iter().map(PropertyValue::String).collect())
    }
}

impl From<Vec<&str>> for PropertyValue {
    fn from(values: Vec<&str>) -> Self {
        PropertyValue::Array(values.into_iter().map(PropertyValue::from).collect())
    }
}

impl From<BTreeMap<String, String>> for PropertyValue {
    fn from(values: BTreeMap<String, String>) -> Self {
        PropertyValue::Map(values.into_iter().map(|(key, value)| (key, PropertyValue::String(value))).collect())
    }
}

/// Egeria's primitive type name and `primitiveTypeCategory` for a primitive value.
fn primitive_category(value: &PropertyValue) -> Option<(&'static str, &'static str)> {
    Some(match value {
        PropertyValue::Boolean(_) => ("boolean", "OM_PRIMITIVE_TYPE_BOOLEAN"),
        PropertyValue::Byte(_) => ("byte", "OM_PRIMITIVE_TYPE_BYTE"),
        PropertyValue::Char(_) => ("char", "OM_PRIMITIVE_TYPE_CHAR"),
        PropertyValue::Short(_) => ("short", "OM_PRIMITIVE_TYPE_SHORT"),
        PropertyValue::Int(_) => ("int", "OM_PRIMITIVE_TYPE_INT"),
        PropertyValue::Long(_) => ("long", "OM_PRIMITIVE_TYPE_LONG"),
        PropertyValue::Float(_) => ("float", "OM_PRIMITIVE_TYPE_FLOAT"),
        PropertyValue::Double(_) => ("double", "OM_PRIMITIVE_TYPE_DOUBLE"),
        PropertyValue::BigInteger(_) => ("biginteger", "OM_PRIMITIVE_TYPE_BIGINTEGER"),
        PropertyValue::BigDecimal(_) => ("bigdecimal", "OM_PRIMITIVE_TYPE_BIGDECIMAL"),
        PropertyValue::String(_) => ("string", "OM_PRIMITIVE_TYPE_STRING"),
        PropertyValue::Date(_) => ("date", "OM_PRIMITIVE_TYPE_DATE"),
        PropertyValue::Object(_) => ("object", "OM_PRIMITIVE_TYPE_UNKNOWN"),
        PropertyValue::Enum(_) | PropertyValue::Array(_) | PropertyValue::Map(_) => return None,
    })
}

fn primitive_wire_value(value: &PropertyValue) -> Value {
    match value {
        // Egeria sends date primitives as epoch milliseconds.
        PropertyValue::Date(time) => json!(time.timestamp_millis()),
        other => other.to_json(),
    }
}

/// The wire form of a property value, in any of Egeria's classes.
#[derive(Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WirePropertyValue {
    #[serde(rename = "class", default, skip_serializing_if = "Option::is_none")]
    class: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    type_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    primitive_type_category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    primitive_value: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ordinal: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    symbolic_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    array_count: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    array_values: Option<ElementProperties>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    map_values: Option<ElementProperties>,
}

impl Serialize for PropertyValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let wire = match self {
            PropertyValue::Enum(value) => WirePropertyValue {
                class: Some("EnumTypePropertyValue".into()),
                type_name: value.type_name.clone(),
                ordinal: value.ordinal,
                symbolic_name: Some(value.symbolic_name.clone()),
                ..WirePropertyValue::default()
            },
            PropertyValue::Array(items) => WirePropertyValue {
                class: Some("ArrayTypePropertyValue".into()),
                type_name: Some(self.type_name()),
                array_count: Some(items.len()),
                array_values: Some(ElementProperties(
                    items.iter().enumerate().map(|(index, item)| (index.to_string(), item.clone())).collect(),
                )),
                ..WirePropertyValue::default()
            },
            PropertyValue::Map(entries) => WirePropertyValue {
                class: Some("MapTypePropertyValue".into()),
                type_name: Some(self.type_name()),
                map_values: Some(ElementProperties(entries.clone())),
                ..WirePropertyValue::default()
            },
            primitive => {
                let (type_name, category) =
                    primitive_category(primitive).unwrap_or(("object", "OM_PRIMITIVE_TYPE_UNKNOWN"));
                WirePropertyValue {
                    class: Some("PrimitiveTypePropertyValue".into()),
                    type_name: Some(type_name.into()),
                    primitive_type_category: Some(category.into()),
                    primitive_value: Some(primitive_wire_value(primitive)),
                    ..WirePropertyValue::default()
                }
            }
        };
        wire.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for PropertyValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = WirePropertyValue::deserialize(deserializer)?;
        decode_wire(wire).map_err(D::Error::custom)
    }
}

fn decode_wire(wire: WirePropertyValue) -> Result<PropertyValue, String> {
    let class = wire.class.as_deref().unwrap_or_default();
    if class == "EnumTypePropertyValue" || (wire.symbolic_name.is_some() && wire.primitive_value.is_none()) {
        return Ok(PropertyValue::Enum(EnumValue {
            type_name: wire.type_name,
            symbolic_name: wire.symbolic_name.ok_or("an EnumTypePropertyValue needs a symbolicName")?,
            ordinal: wire.ordinal,
        }));
    }
    if class == "ArrayTypePropertyValue" || wire.array_values.is_some() {
        let mut items: Vec<(usize, PropertyValue)> = wire
            .array_values
            .unwrap_or_default()
            .0
            .into_iter()
            .map(|(index, value)| {
                index
                    .parse::<usize>()
                    .map(|index| (index, value))
                    .map_err(|_| format!("array index '{index}' is not a number"))
            })
            .collect::<Result<_, _>>()?;
        items.sort_by_key(|(index, _)| *index);
        return Ok(PropertyValue::Array(items.into_iter().map(|(_, value)| value).collect()));
    }
    if class == "MapTypePropertyValue" || wire.map_values.is_some() {
        return Ok(PropertyValue::Map(wire.map_values.unwrap_or_default().0));
    }
    let type_name = wire.type_name.as_deref().map(str::to_ascii_lowercase).or_else(|| {
        wire.primitive_type_category
            .as_deref()
            .map(|category| category.trim_start_matches("OM_PRIMITIVE_TYPE_").to_ascii_lowercase())
    });
    let value = wire.primitive_value.unwrap_or(Value::Null);
    decode_primitive(type_name.as_deref(), &value)
}

fn decode_primitive(type_name: Option<&str>, value: &Value) -> Result<PropertyValue, String> {
    let bad = |expected: &str| format!("the primitiveValue {value} is not a valid {expected}");
    let integer = || -> Option<i64> {
        match value {
            Value::Number(n) => n.as_i64(),
            Value::String(text) => text.trim().parse().ok(),
            _ => None,
        }
    };
    let float = || -> Option<f64> {
        match value {
            Value::Number(n) => n.as_f64(),
            Value::String(text) => text.trim().parse().ok(),
            _ => None,
        }
    };
    let text = || match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    Ok(match type_name {
        Some("boolean") => match value {
            Value::Bool(v) => PropertyValue::Boolean(*v),
            Value::String(text) if text.eq_ignore_ascii_case("true") => PropertyValue::Boolean(true),
            Value::String(text) if text.eq_ignore_ascii_case("false") => PropertyValue::Boolean(false),
            _ => return Err(bad("boolean")),
        },
        Some("byte") => PropertyValue::Byte(integer().and_then(|v| i8::try_from(v).ok()).ok_or_else(|| bad("byte"))?),
        Some("short") => {
            PropertyValue::Short(integer().and_then(|v| i16::try_from(v).ok()).ok_or_else(|| bad("short"))?)
        }
        Some("int") => PropertyValue::Int(integer().and_then(|v| i32::try_from(v).ok()).ok_or_else(|| bad("int"))?),
        Some("long") => PropertyValue::Long(integer().ok_or_else(|| bad("long"))?),
        // Narrowing to f32 is what a `float` attribute means.
        #[allow(clippy::cast_possible_truncation)]
        Some("float") => PropertyValue::Float(float().ok_or_else(|| bad("float"))? as f32),
        Some("double") => PropertyValue::Double(float().ok_or_else(|| bad("double"))?),
        Some("char") => {
            let text = text();
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => PropertyValue::Char(c),
                _ => return Err(bad("char")),
            }
        }
        Some("biginteger") => PropertyValue::BigInteger(text()),
        Some("bigdecimal") => PropertyValue::BigDecimal(text()),
        Some("date") => PropertyValue::Date(
            match value {
                Value::Number(n) => n.as_i64().and_then(from_epoch_millis),
                Value::String(text) => parse_timestamp(text),
                _ => None,
            }
            .ok_or_else(|| bad("date"))?,
        ),
        Some("string") => PropertyValue::String(text()),
        Some("object" | "unknown") | None => match PropertyValue::from_json(value) {
            Some(PropertyValue::Map(_) | PropertyValue::Array(_)) | None => PropertyValue::Object(value.clone()),
            Some(simple) => simple,
        },
        Some(other) => return Err(format!("'{other}' is not a primitive type name")),
    })
}

/// A map of property name to value (Egeria's `ElementProperties`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ElementProperties(pub BTreeMap<String, PropertyValue>);

impl ElementProperties {
    /// No properties.
    pub fn new() -> ElementProperties {
        ElementProperties(BTreeMap::new())
    }

    /// Adds a property (builder style).
    #[must_use]
    pub fn with(mut self, name: impl Into<String>, value: impl Into<PropertyValue>) -> ElementProperties {
        self.0.insert(name.into(), value.into());
        self
    }

    /// Adds a property when the value is present (builder style).
    #[must_use]
    pub fn with_opt<V: Into<PropertyValue>>(self, name: impl Into<String>, value: Option<V>) -> ElementProperties {
        match value {
            Some(value) => self.with(name, value),
            None => self,
        }
    }

    /// Sets a property.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<PropertyValue>) {
        self.0.insert(name.into(), value.into());
    }

    /// A property's value.
    pub fn get(&self, name: &str) -> Option<&PropertyValue> {
        self.0.get(name)
    }

    /// A string property's value.
    pub fn get_str(&self, name: &str) -> Option<&str> {
        self.0.get(name).and_then(PropertyValue::as_str)
    }

    /// Removes a property.
    pub fn remove(&mut self, name: &str) -> Option<PropertyValue> {
        self.0.remove(name)
    }

    /// True when there are no properties.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The number of properties.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The properties in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &PropertyValue)> {
        self.0.iter()
    }

    /// Overlays `other` on these properties (a merge update).
    pub fn merge(&mut self, other: ElementProperties) {
        self.0.extend(other.0);
    }

    /// The plain JSON object form (see [`PropertyValue::to_json`]), keys in name order.
    pub fn to_json(&self) -> Map<String, Value> {
        self.0.iter().map(|(name, value)| (name.clone(), value.to_json())).collect()
    }

    /// The plain JSON object form as text: the same text as `to_json` gives, written directly
    /// (no intermediate JSON tree; this is how the stores keep properties).
    pub fn to_json_string(&self) -> String {
        let mut out = Vec::with_capacity(64 * self.0.len() + 2);
        // Writing into a Vec cannot fail, and the plain form has no values serde_json refuses.
        let _ = serde_json::to_writer(&mut out, &PlainMap(&self.0));
        String::from_utf8(out).unwrap_or_default()
    }

    /// Reads a plain JSON object without type information (see [`PropertyValue::from_json`]);
    /// nulls are dropped.
    pub fn from_json(object: &Map<String, Value>) -> ElementProperties {
        ElementProperties(
            object
                .iter()
                .filter_map(|(name, value)| PropertyValue::from_json(value).map(|v| (name.clone(), v)))
                .collect(),
        )
    }

    /// A content hash of the properties: equal properties give equal fingerprints, whatever the
    /// order they were set in and whatever integer width they were given with. 32 hex digits.
    pub fn fingerprint(&self) -> String {
        format!("{:032x}", self.digest())
    }

    /// The fingerprint as a number (what [`ElementProperties::fingerprint`] prints).
    pub fn digest(&self) -> u128 {
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        hash_map_entries(&mut hasher, &self.0);
        hasher.digest128()
    }
}

/// Serializes a map of values in their plain JSON form (see [`PropertyValue::to_json`]).
struct PlainMap<'a>(&'a BTreeMap<String, PropertyValue>);

/// Serializes a value in its plain JSON form (see [`PropertyValue::to_json`]).
struct Plain<'a>(&'a PropertyValue);

impl Serialize for PlainMap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(name, value)| (name, Plain(value))))
    }
}

impl Serialize for Plain<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            PropertyValue::Boolean(v) => serializer.serialize_bool(*v),
            PropertyValue::Byte(v) => serializer.serialize_i8(*v),
            PropertyValue::Short(v) => serializer.serialize_i16(*v),
            PropertyValue::Int(v) => serializer.serialize_i32(*v),
            PropertyValue::Long(v) => serializer.serialize_i64(*v),
            // As `to_json`: widened to f64 (its shortest text, not the f32's), NaN and infinities null.
            PropertyValue::Float(v) => Plain::float(f64::from(*v), serializer),
            PropertyValue::Double(v) => Plain::float(*v, serializer),
            PropertyValue::Char(v) => serializer.collect_str(v),
            PropertyValue::BigInteger(v) | PropertyValue::BigDecimal(v) | PropertyValue::String(v) => {
                serializer.serialize_str(v)
            }
            PropertyValue::Date(v) => serializer.serialize_str(&format_iso8601(v)),
            PropertyValue::Enum(v) => serializer.serialize_str(&v.symbolic_name),
            PropertyValue::Array(items) => serializer.collect_seq(items.iter().map(Plain)),
            PropertyValue::Map(entries) => PlainMap(entries).serialize(serializer),
            PropertyValue::Object(v) => v.serialize(serializer),
        }
    }
}

impl Plain<'_> {
    fn float<S: Serializer>(value: f64, serializer: S) -> Result<S::Ok, S::Error> {
        if value.is_finite() { serializer.serialize_f64(value) } else { serializer.serialize_unit() }
    }
}

/// Feeds a map to the hasher in name order, each name and value self-delimiting.
fn hash_map_entries(hasher: &mut xxhash_rust::xxh3::Xxh3, entries: &BTreeMap<String, PropertyValue>) {
    hasher.update(&(entries.len() as u64).to_le_bytes());
    for (name, value) in entries {
        hash_text(hasher, name);
        hash_value(hasher, value);
    }
}

fn hash_text(hasher: &mut xxhash_rust::xxh3::Xxh3, text: &str) {
    hasher.update(&(text.len() as u64).to_le_bytes());
    hasher.update(text.as_bytes());
}

/// The canonical encoding behind fingerprints: integers of every width alike, text as text.
fn hash_value(hasher: &mut xxhash_rust::xxh3::Xxh3, value: &PropertyValue) {
    match value {
        PropertyValue::Boolean(v) => hasher.update(&[b'b', u8::from(*v)]),
        PropertyValue::Byte(_) | PropertyValue::Short(_) | PropertyValue::Int(_) | PropertyValue::Long(_) => {
            hasher.update(b"i");
            hasher.update(&value.as_i64().unwrap_or_default().to_le_bytes());
        }
        PropertyValue::Float(v) => {
            hasher.update(b"f");
            hasher.update(&f64::from(*v).to_bits().to_le_bytes());
        }
        PropertyValue::Double(v) => {
            hasher.update(b"f");
            hasher.update(&v.to_bits().to_le_bytes());
        }
        PropertyValue::Char(v) => {
            hasher.update(b"s");
            hash_text(hasher, v.encode_utf8(&mut [0; 4]));
        }
        PropertyValue::BigInteger(v) | PropertyValue::BigDecimal(v) | PropertyValue::String(v) => {
            hasher.update(b"s");
            hash_text(hasher, v);
        }
        PropertyValue::Enum(v) => {
            hasher.update(b"s");
            hash_text(hasher, &v.symbolic_name);
        }
        PropertyValue::Date(v) => {
            hasher.update(b"d");
            hasher.update(&v.timestamp_millis().to_le_bytes());
        }
        PropertyValue::Array(items) => {
            hasher.update(b"a");
            hasher.update(&(items.len() as u64).to_le_bytes());
            for item in items {
                hash_value(hasher, item);
            }
        }
        PropertyValue::Map(entries) => {
            hasher.update(b"m");
            hash_map_entries(hasher, entries);
        }
        PropertyValue::Object(v) => {
            hasher.update(b"o");
            hash_text(hasher, &v.to_string());
        }
    }
}

impl<K: Into<String>, V: Into<PropertyValue>> FromIterator<(K, V)> for ElementProperties {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        ElementProperties(iter.into_iter().map(|(k, v)| (k.into(), v.into())).collect())
    }
}

impl IntoIterator for ElementProperties {
    type Item = (String, PropertyValue);
    type IntoIter = std::collections::btree_map::IntoIter<String, PropertyValue>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireElementProperties {
    #[serde(rename = "class", default)]
    class: Option<String>,
    #[serde(default)]
    property_value_map: BTreeMap<String, Option<PropertyValue>>,
}

impl Serialize for ElementProperties {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        WireElementProperties {
            class: Some("ElementProperties".into()),
            property_value_map: self.0.iter().map(|(name, value)| (name.clone(), Some(value.clone()))).collect(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ElementProperties {
    /// Accepts `ElementProperties`, `EntityElementProperties`, `RelationshipElementProperties` and
    /// any other class with a `propertyValueMap`; null values are dropped.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = WireElementProperties::deserialize(deserializer)?;
        Ok(ElementProperties(
            wire.property_value_map.into_iter().filter_map(|(name, value)| value.map(|v| (name, v))).collect(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ElementProperties {
        ElementProperties::new()
            .with("qualifiedName", "Database::sales")
            .with("position", 3)
            .with("isNullable", true)
            .with("zoneMembership", vec!["data-lake", "quarantine"])
            .with("additionalProperties", BTreeMap::from([("owner".to_owned(), "ops".to_owned())]))
            .with("keyPattern", EnumValue::symbol("LOCAL_KEY"))
            .with("lastSynchronized", parse_timestamp("2026-11-23T10:15:30.123Z").unwrap())
    }

    #[test]
    fn wire_form_is_egeria_generic_style() {
        let value = serde_json::to_value(ElementProperties::new().with("name", "x").with("count", 2)).unwrap();
        assert_eq!(
            value,
            json!({
                "class": "ElementProperties",
                "propertyValueMap": {
                    "count": {"class": "PrimitiveTypePropertyValue", "typeName": "int",
                              "primitiveTypeCategory": "OM_PRIMITIVE_TYPE_INT", "primitiveValue": 2},
                    "name": {"class": "PrimitiveTypePropertyValue", "typeName": "string",
                             "primitiveTypeCategory": "OM_PRIMITIVE_TYPE_STRING", "primitiveValue": "x"}
                }
            })
        );
    }

    #[test]
    fn every_kind_round_trips_through_the_wire_form() {
        let properties = sample()
            .with("big", PropertyValue::BigInteger("123456789012345678901234567890".into()))
            .with("ratio", 0.5)
            .with("letter", PropertyValue::Char('x'))
            .with("small", PropertyValue::Short(-3))
            .with("tiny", PropertyValue::Byte(7))
            .with("any", PropertyValue::Object(json!({"a": [1, 2]})));
        let text = serde_json::to_string(&properties).unwrap();
        let back: ElementProperties = serde_json::from_str(&text).unwrap();
        assert_eq!(back, properties);
    }

    #[test]
    fn reads_egeria_examples_without_category_and_other_classes() {
        // From the request-body catalog: no primitiveTypeCategory, RelationshipElementProperties.
        let properties: ElementProperties = serde_json::from_value(json!({
            "class": "RelationshipElementProperties",
            "propertyValueMap": {
                "description": {"class": "PrimitiveTypePropertyValue", "typeName": "string",
                                "primitiveValue": "New description"},
                "created": {"class": "PrimitiveTypePropertyValue", "typeName": "date",
                            "primitiveValue": 1_639_984_840_038_i64},
                "gone": null,
                "tags": {"class": "ArrayTypePropertyValue", "typeName": "array<string>", "arrayCount": 2,
                         "arrayValues": {"class": "ElementProperties", "propertyValueMap": {
                             "1": {"class": "PrimitiveTypePropertyValue", "typeName": "string", "primitiveValue": "b"},
                             "0": {"class": "PrimitiveTypePropertyValue", "typeName": "string", "primitiveValue": "a"}}}}
            }
        }))
        .unwrap();
        assert_eq!(properties.get_str("description"), Some("New description"));
        assert_eq!(
            properties.get("created").and_then(PropertyValue::as_timestamp),
            parse_timestamp("2021-12-20T07:20:40.038Z")
        );
        assert_eq!(
            properties.get("tags").and_then(PropertyValue::as_string_array),
            Some(vec!["a".to_owned(), "b".to_owned()])
        );
        assert!(properties.get("gone").is_none());
    }

    #[test]
    fn bad_primitive_values_are_errors_not_panics() {
        let bad = json!({"class": "PrimitiveTypePropertyValue", "typeName": "int", "primitiveValue": "seven"});
        let error = serde_json::from_value::<PropertyValue>(bad).unwrap_err();
        assert!(error.to_string().contains("not a valid int"), "{error}");
        let overflow = json!({"class": "PrimitiveTypePropertyValue", "typeName": "byte", "primitiveValue": 300});
        assert!(serde_json::from_value::<PropertyValue>(overflow).is_err());
        let unknown = json!({"class": "PrimitiveTypePropertyValue", "typeName": "complex", "primitiveValue": 1});
        assert!(serde_json::from_value::<PropertyValue>(unknown).is_err());
    }

    #[test]
    fn plain_json_form() {
        assert_eq!(
            Value::Object(sample().to_json()),
            json!({
                "additionalProperties": {"owner": "ops"},
                "isNullable": true,
                "keyPattern": "LOCAL_KEY",
                "lastSynchronized": "2026-11-23T10:15:30.123+00:00",
                "position": 3,
                "qualifiedName": "Database::sales",
                "zoneMembership": ["data-lake", "quarantine"]
            })
        );
        let back = ElementProperties::from_json(&sample().to_json());
        assert_eq!(back.get("position"), Some(&PropertyValue::Long(3)));
        assert_eq!(back.get_str("keyPattern"), Some("LOCAL_KEY"));
    }

    #[test]
    fn plain_json_text_is_the_plain_form_written_directly() {
        let mut properties = sample();
        properties.insert("ratio", PropertyValue::Float(0.1));
        properties.insert("big", PropertyValue::Double(1e300));
        properties.insert("whole", PropertyValue::Double(2.0));
        properties.insert("nothing", PropertyValue::Double(f64::NAN));
        properties.insert("tiny", PropertyValue::Byte(-3));
        properties.insert("letter", PropertyValue::Char('é'));
        properties.insert("quote", "say \"hi\"\n\u{1}");
        properties.insert("raw", PropertyValue::Object(json!({"b": [1, null], "a": {"c": true}})));
        properties.insert(
            "nested",
            PropertyValue::Array(vec![PropertyValue::Map(BTreeMap::from([
                ("z".to_owned(), PropertyValue::Short(7)),
                ("a".to_owned(), PropertyValue::Int(-1)),
            ]))]),
        );
        assert_eq!(properties.to_json_string(), Value::Object(properties.to_json()).to_string());
        assert_eq!(ElementProperties::new().to_json_string(), "{}");
    }

    #[test]
    fn fingerprint_ignores_order_and_integer_width_but_not_content() {
        let a = ElementProperties::new().with("a", 1).with("b", "x");
        let b = ElementProperties::new().with("b", "x").with("a", 1_i64);
        let c = ElementProperties::new().with("a", 2).with("b", "x");
        assert_eq!(a.fingerprint(), b.fingerprint());
        assert_ne!(a.fingerprint(), c.fingerprint());
        assert_eq!(a.fingerprint().len(), 32);
        assert_ne!(ElementProperties::new().fingerprint(), a.fingerprint());
    }

    #[test]
    fn kind_descriptions_read_well() {
        assert_eq!(PropertyValue::from(3).kind_description(), "an int");
        assert_eq!(PropertyValue::from("x").kind_description(), "a string");
        assert_eq!(PropertyValue::from(vec!["x"]).kind_description(), "an array<string>");
    }
}
