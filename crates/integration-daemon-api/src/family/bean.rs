//! Property beans: the typed structs (Egeria's `...Properties` beans) that integration-service
//! contexts take and return, and their mapping to and from generic element properties.
//!
//! Beans are generated (`cargo xtask codegen`, into the `open-metadata-beans` crate) from the
//! type-definition file; this module holds the traits they implement and the helpers their
//! generated code calls.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

use crate::model::{ElementProperties, EnumValue, KeyPattern, OpenMetadataElement, PropertyValue};
use crate::service::PermittedSynchronization;
use crate::time::Timestamp;

/// A classification to attach: its type name and properties.
#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    /// The classification type, e.g. `PrimaryKey`.
    pub name: String,
    /// Its properties.
    pub properties: ElementProperties,
}

impl Classification {
    /// A classification with properties.
    pub fn new(name: impl Into<String>, properties: ElementProperties) -> Classification {
        Classification { name: name.into(), properties }
    }
}

/// What an entity bean writes: the element's properties, the classifications that carry some of
/// its fields (Egeria 6 keeps a schema attribute's data type in `TypeEmbeddedAttribute`, for
/// instance), and the properties of the relationship to its parent (a column's `position`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BeanParts {
    /// The element's own properties.
    pub properties: ElementProperties,
    /// Classifications set by bean fields; only those with at least one field set are listed.
    pub classifications: Vec<Classification>,
    /// Properties of the relationship to the parent.
    pub parent_properties: ElementProperties,
}

/// The bean of an entity type: the properties of one kind of element.
pub trait EntityBean: Clone + Default + PartialEq + fmt::Debug + Send + Sync + 'static {
    /// The open metadata type the bean describes (its subtypes may be requested with `typeName`).
    const TYPE_NAME: &'static str;
    /// The bean's name (Egeria's class name), for messages.
    const BEAN_NAME: &'static str;
    /// Whether some fields live on the relationship to the parent (reads then fetch it).
    const HAS_PARENT_FIELDS: bool = false;

    /// The subtype the caller asked for, if any.
    fn requested_type(&self) -> Option<&str>;

    /// The bean as element properties, classifications and parent-relationship properties.
    fn to_parts(&self) -> BeanParts;

    /// The bean read back from an element (and the properties of its parent relationship).
    /// Properties the bean has no field for land in its `extended_properties`.
    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self;
}

/// The bean of a classification or relationship type: its properties only.
pub trait PropertiesBean: Clone + Default + PartialEq + fmt::Debug + Send + Sync + 'static {
    /// The bean as properties.
    fn to_properties(&self) -> ElementProperties;

    /// The bean read back from properties.
    fn from_properties(properties: &ElementProperties) -> Self;
}

/// An open metadata enum generated as a Rust enum.
pub trait BeanEnum: Copy + Eq + fmt::Debug + Send + Sync + 'static {
    /// The enum type's name, e.g. `DataItemSortOrder`.
    const TYPE_NAME: &'static str;

    /// The symbolic name, e.g. `ASCENDING`.
    fn symbol(self) -> &'static str;

    /// The ordinal.
    fn ordinal(self) -> i32;

    /// The value with this symbolic name (or ordinal, written as digits).
    fn from_symbol(symbol: &str) -> Option<Self>;
}

const KEY_PATTERNS: [KeyPattern; 8] = [
    KeyPattern::LocalKey,
    KeyPattern::RecycledKey,
    KeyPattern::NaturalKey,
    KeyPattern::MirrorKey,
    KeyPattern::AggregateKey,
    KeyPattern::CallersKey,
    KeyPattern::StableKey,
    KeyPattern::Other,
];

impl BeanEnum for KeyPattern {
    const TYPE_NAME: &'static str = "KeyPattern";

    fn symbol(self) -> &'static str {
        match self {
            KeyPattern::LocalKey => "LOCAL_KEY",
            KeyPattern::RecycledKey => "RECYCLED_KEY",
            KeyPattern::NaturalKey => "NATURAL_KEY",
            KeyPattern::MirrorKey => "MIRROR_KEY",
            KeyPattern::AggregateKey => "AGGREGATE_KEY",
            KeyPattern::CallersKey => "CALLERS_KEY",
            KeyPattern::StableKey => "STABLE_KEY",
            KeyPattern::Other => "OTHER",
        }
    }

    fn ordinal(self) -> i32 {
        KeyPattern::ordinal(self)
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        KEY_PATTERNS.into_iter().find(|value| value.symbol() == symbol || value.ordinal().to_string() == symbol)
    }
}

const DIRECTIONS: [PermittedSynchronization; 4] = [
    PermittedSynchronization::BothDirections,
    PermittedSynchronization::ToThirdParty,
    PermittedSynchronization::FromThirdParty,
    PermittedSynchronization::Other,
];

impl BeanEnum for PermittedSynchronization {
    const TYPE_NAME: &'static str = "PermittedSynchronization";

    fn symbol(self) -> &'static str {
        self.as_str()
    }

    fn ordinal(self) -> i32 {
        PermittedSynchronization::ordinal(self)
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        DIRECTIONS.into_iter().find(|value| value.as_str() == symbol || value.ordinal().to_string() == symbol)
    }
}

/// The property value of an enum.
pub fn enum_value<E: BeanEnum>(value: E) -> PropertyValue {
    PropertyValue::Enum(EnumValue {
        type_name: Some(E::TYPE_NAME.to_owned()),
        symbolic_name: value.symbol().to_owned(),
        ordinal: Some(value.ordinal()),
    })
}

// --- writing -----------------------------------------------------------------------------------

/// Sets `name` when the field has a value.
pub fn put<V: Clone + Into<PropertyValue>>(properties: &mut ElementProperties, name: &str, value: Option<&V>) {
    if let Some(value) = value {
        properties.insert(name, value.clone());
    }
}

/// Sets an enum property when the field has a value.
pub fn put_enum<E: BeanEnum>(properties: &mut ElementProperties, name: &str, value: Option<E>) {
    if let Some(value) = value {
        properties.insert(name, enum_value(value));
    }
}

/// Sets a `map<string,object>` property when the field has a value.
pub fn put_object_map(properties: &mut ElementProperties, name: &str, value: Option<&BTreeMap<String, Value>>) {
    if let Some(map) = value {
        let map = map.iter().map(|(key, value)| (key.clone(), object_value(value))).collect();
        properties.insert(name, PropertyValue::Map(map));
    }
}

/// A JSON value as the closest property value.
fn object_value(value: &Value) -> PropertyValue {
    match value {
        Value::Bool(flag) => PropertyValue::Boolean(*flag),
        Value::String(text) => PropertyValue::String(text.clone()),
        Value::Number(number) => {
            if let Some(int) = number.as_i64() {
                PropertyValue::Long(int)
            } else {
                PropertyValue::Double(number.as_f64().unwrap_or_default())
            }
        }
        other => PropertyValue::Object(other.clone()),
    }
}

/// Appends a classification when any of its fields is set.
pub fn push_classification(classifications: &mut Vec<Classification>, name: &str, properties: ElementProperties) {
    if !properties.is_empty() {
        classifications.push(Classification::new(name, properties));
    }
}

// --- reading -----------------------------------------------------------------------------------

/// The properties of the named classification of an element (empty when it is not attached).
pub fn classification_properties(element: &OpenMetadataElement, name: &str) -> ElementProperties {
    element.classification(name).map(|c| c.classification_properties.clone()).unwrap_or_default()
}

/// Removes and returns a string property. A value of another type is turned into text.
pub fn take_string(properties: &mut ElementProperties, name: &str) -> Option<String> {
    match properties.remove(name)? {
        PropertyValue::String(text) => Some(text),
        PropertyValue::Enum(value) => Some(value.symbolic_name),
        other => Some(other.to_string()),
    }
}

/// Removes and returns a boolean property; a value of another type stays where it is.
pub fn take_bool(properties: &mut ElementProperties, name: &str) -> Option<bool> {
    take_with(properties, name, PropertyValue::as_bool)
}

/// Removes and returns an `int` property; a value that does not fit stays where it is.
pub fn take_i32(properties: &mut ElementProperties, name: &str) -> Option<i32> {
    take_with(properties, name, |value| value.as_i64().and_then(|int| i32::try_from(int).ok()))
}

/// Removes and returns a `long` property.
pub fn take_i64(properties: &mut ElementProperties, name: &str) -> Option<i64> {
    take_with(properties, name, PropertyValue::as_i64)
}

/// Removes and returns a `float` or `double` property.
pub fn take_f64(properties: &mut ElementProperties, name: &str) -> Option<f64> {
    take_with(properties, name, |value| match value {
        PropertyValue::Float(number) => Some(f64::from(*number)),
        PropertyValue::Double(number) => Some(*number),
        other => other.as_i64().and_then(|int| i32::try_from(int).ok()).map(f64::from),
    })
}

/// Removes and returns a `date` property.
pub fn take_date(properties: &mut ElementProperties, name: &str) -> Option<Timestamp> {
    take_with(properties, name, PropertyValue::as_timestamp)
}

/// Removes and returns an `array<string>` property.
pub fn take_strings(properties: &mut ElementProperties, name: &str) -> Option<Vec<String>> {
    take_with(properties, name, PropertyValue::as_string_array)
}

/// Removes and returns a `map<string,string>` property.
pub fn take_string_map(properties: &mut ElementProperties, name: &str) -> Option<BTreeMap<String, String>> {
    take_with(properties, name, PropertyValue::as_string_map)
}

/// Removes and returns a `map<string,object>` property.
pub fn take_object_map(properties: &mut ElementProperties, name: &str) -> Option<BTreeMap<String, Value>> {
    take_with(properties, name, |value| match value {
        PropertyValue::Map(map) => Some(map.iter().map(|(key, value)| (key.clone(), value.to_json())).collect()),
        PropertyValue::Object(Value::Object(map)) => Some(map.clone().into_iter().collect()),
        _ => None,
    })
}

/// Removes and returns an enum property; an unknown symbol stays where it is.
pub fn take_enum<E: BeanEnum>(properties: &mut ElementProperties, name: &str) -> Option<E> {
    take_with(properties, name, |value| match value {
        PropertyValue::Enum(value) => E::from_symbol(&value.symbolic_name),
        PropertyValue::String(text) => E::from_symbol(text),
        _ => None,
    })
}

fn take_with<T>(
    properties: &mut ElementProperties,
    name: &str,
    convert: impl FnOnce(&PropertyValue) -> Option<T>,
) -> Option<T> {
    let converted = convert(properties.get(name)?)?;
    properties.remove(name);
    Some(converted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::parse_timestamp;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Sort {
        Ascending,
        Descending,
    }

    impl BeanEnum for Sort {
        const TYPE_NAME: &'static str = "DataItemSortOrder";
        fn symbol(self) -> &'static str {
            match self {
                Sort::Ascending => "ASCENDING",
                Sort::Descending => "DESCENDING",
            }
        }
        fn ordinal(self) -> i32 {
            match self {
                Sort::Ascending => 1,
                Sort::Descending => 2,
            }
        }
        fn from_symbol(symbol: &str) -> Option<Self> {
            match symbol {
                "ASCENDING" | "1" => Some(Sort::Ascending),
                "DESCENDING" | "2" => Some(Sort::Descending),
                _ => None,
            }
        }
    }

    #[test]
    fn values_round_trip_and_unreadable_ones_stay_behind() {
        let mut properties = ElementProperties::new();
        put(&mut properties, "name", Some(&"orders".to_owned()));
        put::<i32>(&mut properties, "missing", None);
        put(&mut properties, "length", Some(&12));
        put(&mut properties, "rows", Some(&7_i64));
        put(&mut properties, "nullable", Some(&false));
        put(&mut properties, "aliases", Some(&vec!["o".to_owned()]));
        let created = parse_timestamp("2026-01-02T03:04:05Z").unwrap();
        put(&mut properties, "created", Some(&created));
        put_enum(&mut properties, "sortOrder", Some(Sort::Descending));
        let objects =
            BTreeMap::from([("n".to_owned(), serde_json::json!(3)), ("s".to_owned(), serde_json::json!("x"))]);
        put_object_map(&mut properties, "config", Some(&objects));
        properties.insert("precision", "not a number");
        assert!(properties.get("missing").is_none());

        assert_eq!(take_string(&mut properties, "name").as_deref(), Some("orders"));
        assert_eq!(take_i32(&mut properties, "length"), Some(12));
        assert_eq!(take_i64(&mut properties, "rows"), Some(7));
        assert_eq!(take_bool(&mut properties, "nullable"), Some(false));
        assert_eq!(take_strings(&mut properties, "aliases"), Some(vec!["o".to_owned()]));
        assert_eq!(take_date(&mut properties, "created"), Some(created));
        assert_eq!(take_enum::<Sort>(&mut properties, "sortOrder"), Some(Sort::Descending));
        assert_eq!(take_object_map(&mut properties, "config"), Some(objects));
        // Not an int: left for extended properties rather than lost.
        assert_eq!(take_i32(&mut properties, "precision"), None);
        assert_eq!(properties.get_str("precision"), Some("not a number"));
        assert_eq!(properties.len(), 1);
    }

    #[test]
    fn classifications_are_only_pushed_with_fields() {
        let mut list = Vec::new();
        push_classification(&mut list, "TypeEmbeddedAttribute", ElementProperties::new());
        assert!(list.is_empty());
        push_classification(&mut list, "TypeEmbeddedAttribute", ElementProperties::new().with("dataType", "INT"));
        assert_eq!(list[0].name, "TypeEmbeddedAttribute");
    }
}
