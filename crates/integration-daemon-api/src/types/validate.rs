//! Validation of elements, relationships and classifications against the type definitions.
//!
//! Validation both checks and normalises: a value of a compatible kind is converted to the
//! attribute's type (an integer to `int` when it fits, an ISO-8601 string to a `date`, a symbol to
//! an enum value with its ordinal), and an attribute given by an older Egeria name is renamed.
//! Anything else is refused with an error that names the type, the property and what was wrong.

use std::collections::BTreeMap;

use super::registry::{AttributeDef, AttributeType, PrimitiveType, TypeDef, TypeRegistry, closest};
use crate::error::Result;
use crate::messages;
use crate::model::{ElementProperties, EnumValue, PropertyValue, TypeCategory};
use crate::time::{from_epoch_millis, parse_timestamp};

/// How complete a set of properties must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValidationMode {
    /// A create or a replace: every required attribute must be present.
    Complete,
    /// A merge update: only the supplied properties are checked.
    Partial,
}

/// One end of a relationship being validated: the element's GUID and type name.
#[derive(Debug, Clone, Copy)]
pub struct EndElement<'a> {
    /// The element's GUID (for messages).
    pub guid: &'a str,
    /// The element's type name.
    pub type_name: &'a str,
}

impl TypeRegistry {
    /// Checks and normalises the properties of an element of `type_name`.
    pub fn validate_element(
        &self,
        type_name: &str,
        properties: ElementProperties,
        mode: ValidationMode,
    ) -> Result<(&TypeDef, ElementProperties)> {
        let def = self.require(type_name, TypeCategory::Entity)?;
        let properties = self.validate_properties(def, properties, mode)?;
        Ok((def, properties))
    }

    /// Checks that a classification may be attached to an element of `element_type`, and
    /// normalises its properties.
    pub fn validate_classification(
        &self,
        classification_name: &str,
        element_type: &str,
        properties: ElementProperties,
        mode: ValidationMode,
    ) -> Result<(&TypeDef, ElementProperties)> {
        let def = self.require(classification_name, TypeCategory::Classification)?;
        let allowed = def
            .valid_for
            .iter()
            .chain(def.ancestors.iter().filter_map(|a| self.get(a)).flat_map(|a| a.valid_for.iter()))
            .any(|valid| self.is_a(element_type, valid));
        if !allowed {
            let valid = def.valid_for.join(", ");
            return Err(messages::INVALID_CLASSIFICATION
                .error(&[&def.name, &with_article(self.resolve_name(element_type)), &valid])
                .with_parameter_name("classificationName"));
        }
        let properties = self.validate_properties(def, properties, mode)?;
        Ok((def, properties))
    }

    /// Checks that a relationship of `type_name` may join the two elements, and normalises its
    /// properties.
    pub fn validate_relationship(
        &self,
        type_name: &str,
        end1: EndElement<'_>,
        end2: EndElement<'_>,
        properties: ElementProperties,
        mode: ValidationMode,
    ) -> Result<(&TypeDef, ElementProperties)> {
        let def = self.require(type_name, TypeCategory::Relationship)?;
        for (number, end, element) in [(1, &def.end1, end1), (2, &def.end2, end2)] {
            let Some(end) = end else { continue };
            if !self.is_a(element.type_name, &end.entity_type) {
                return Err(messages::WRONG_END_TYPE
                    .error(&[
                        &def.name,
                        &with_article(&end.entity_type),
                        &number,
                        &element.guid,
                        &with_article(self.resolve_name(element.type_name)),
                    ])
                    .with_parameter_name(format!("end{number}GUID")));
            }
        }
        let properties = self.validate_properties(def, properties, mode)?;
        Ok((def, properties))
    }

    /// Checks and normalises properties against a type's attributes.
    pub fn validate_properties(
        &self,
        def: &TypeDef,
        properties: ElementProperties,
        mode: ValidationMode,
    ) -> Result<ElementProperties> {
        let mut normalised = BTreeMap::new();
        for (name, value) in properties {
            let found = def
                .attributes
                .get(&name)
                .or_else(|| self.current_attribute_name(def, &name).and_then(|current| def.attributes.get(current)));
            let Some(attribute) = found else {
                let suggestion = closest(&name, def.attributes.keys().map(String::as_str))
                    .map(|close| format!(" (did you mean {close}?)"))
                    .unwrap_or_default();
                return Err(messages::UNKNOWN_ATTRIBUTE
                    .error(&[&name, &def.name, &suggestion])
                    .with_parameter_name(name));
            };
            let value = self.normalise_value(def, attribute, value)?;
            normalised.insert(attribute.name.clone(), value);
        }
        if mode == ValidationMode::Complete {
            if let Some(missing) = def
                .attributes
                .values()
                .find(|attribute| attribute.required && !normalised.contains_key(&attribute.name))
            {
                return Err(messages::MISSING_REQUIRED_PROPERTY
                    .error(&[&missing.name, &def.name])
                    .with_parameter_name(missing.name.clone()));
            }
            if let Some(blank) = def.attributes.values().find(|attribute| {
                attribute.required
                    && normalised
                        .get(&attribute.name)
                        .and_then(PropertyValue::as_str)
                        .is_some_and(|text| text.trim().is_empty())
            }) {
                return Err(messages::MISSING_REQUIRED_PROPERTY
                    .error(&[&blank.name, &def.name])
                    .with_parameter_name(blank.name.clone()));
            }
        }
        Ok(ElementProperties(normalised))
    }

    /// Converts one value to its attribute's type, or explains why it cannot be.
    pub fn normalise_value(
        &self,
        def: &TypeDef,
        attribute: &AttributeDef,
        value: PropertyValue,
    ) -> Result<PropertyValue> {
        let wrong = |value: &PropertyValue| {
            messages::WRONG_VALUE_TYPE
                .error(&[
                    &attribute.name,
                    &def.name,
                    &with_article(&attribute.attribute_type.to_string()),
                    &value.kind_description(),
                ])
                .with_parameter_name(attribute.name.clone())
        };
        match &attribute.attribute_type {
            AttributeType::Primitive(primitive) => coerce_primitive(*primitive, value).map_err(|value| wrong(&value)),
            AttributeType::Enum(enum_name) => self.coerce_enum(def, attribute, enum_name, &value),
            AttributeType::Array(primitive) => match value {
                PropertyValue::Array(items) => items
                    .into_iter()
                    .map(|item| coerce_primitive(*primitive, item))
                    .collect::<std::result::Result<Vec<_>, _>>()
                    .map(PropertyValue::Array)
                    .map_err(|item| wrong(&item)),
                other => Err(wrong(&other)),
            },
            AttributeType::Map(primitive) => match value {
                PropertyValue::Map(entries) => entries
                    .into_iter()
                    .map(|(key, item)| coerce_primitive(*primitive, item).map(|item| (key, item)))
                    .collect::<std::result::Result<BTreeMap<_, _>, _>>()
                    .map(PropertyValue::Map)
                    .map_err(|item| wrong(&item)),
                other => Err(wrong(&other)),
            },
        }
    }

    fn coerce_enum(
        &self,
        def: &TypeDef,
        attribute: &AttributeDef,
        enum_name: &str,
        value: &PropertyValue,
    ) -> Result<PropertyValue> {
        let Some(enum_def) = self.enum_def(enum_name) else {
            return Err(messages::UNKNOWN_TYPE.error(&[&enum_name, &""]));
        };
        let symbol = match value {
            PropertyValue::Enum(EnumValue { symbolic_name, .. }) | PropertyValue::String(symbolic_name) => {
                Some(symbolic_name.clone())
            }
            other => other.as_i64().and_then(|ordinal| {
                enum_def.values.iter().find(|(_, o)| i64::from(**o) == ordinal).map(|(symbol, _)| symbol.clone())
            }),
        };
        match symbol.and_then(|symbol| enum_def.values.get(&symbol).map(|ordinal| (symbol, *ordinal))) {
            Some((symbolic_name, ordinal)) => Ok(PropertyValue::Enum(EnumValue {
                type_name: Some(enum_def.name.clone()),
                symbolic_name,
                ordinal: Some(ordinal),
            })),
            None => Err(messages::BAD_ENUM_VALUE
                .error(&[value, &attribute.name, &enum_def.name, &enum_def.symbols().join(", ")])
                .with_parameter_name(attribute.name.clone())
                .with_property("typeName", def.name.clone())),
        }
    }
}

/// "a DataSet", "an Asset": for messages.
fn with_article(name: &str) -> String {
    let article = if name.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("{article} {name}")
}

/// Converts a value to a primitive type when that loses nothing; gives the value back otherwise.
fn coerce_primitive(target: PrimitiveType, value: PropertyValue) -> std::result::Result<PropertyValue, PropertyValue> {
    use PropertyValue as V;
    let integer = value.as_i64();
    let converted = match (target, &value) {
        (PrimitiveType::Object, _)
        | (PrimitiveType::String, V::String(_))
        | (PrimitiveType::Boolean, V::Boolean(_))
        | (PrimitiveType::Char, V::Char(_))
        | (PrimitiveType::Date, V::Date(_))
        | (PrimitiveType::BigInteger, V::BigInteger(_))
        | (PrimitiveType::BigDecimal, V::BigDecimal(_)) => Some(value.clone()),
        (PrimitiveType::String, V::Char(c)) => Some(V::String(c.to_string())),
        (PrimitiveType::Int, _) => integer.and_then(|v| i32::try_from(v).ok()).map(V::Int),
        (PrimitiveType::Long, _) => integer.map(V::Long),
        (PrimitiveType::Short, _) => integer.and_then(|v| i16::try_from(v).ok()).map(V::Short),
        (PrimitiveType::Byte, _) => integer.and_then(|v| i8::try_from(v).ok()).map(V::Byte),
        // Integers become floating point only where that is exact.
        #[allow(clippy::cast_precision_loss)]
        (PrimitiveType::Double, _) => match &value {
            V::Double(v) => Some(V::Double(*v)),
            V::Float(v) => Some(V::Double(f64::from(*v))),
            _ => integer.filter(|v| v.unsigned_abs() <= 1 << 53).map(|v| V::Double(v as f64)),
        },
        #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
        (PrimitiveType::Float, _) => match &value {
            V::Float(v) => Some(V::Float(*v)),
            V::Double(v) => Some(V::Float(*v as f32)),
            _ => integer.filter(|v| v.unsigned_abs() <= 1 << 24).map(|v| V::Float(v as f32)),
        },
        (PrimitiveType::Char, V::String(text)) => {
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some(V::Char(c)),
                _ => None,
            }
        }
        (PrimitiveType::Date, V::String(text)) => parse_timestamp(text).map(V::Date),
        (PrimitiveType::Date, V::Long(millis)) => from_epoch_millis(*millis).map(V::Date),
        (PrimitiveType::BigInteger, V::String(text)) => {
            is_integer_text(text).then(|| V::BigInteger(text.trim().to_owned()))
        }
        (PrimitiveType::BigInteger, _) => integer.map(|v| V::BigInteger(v.to_string())),
        (PrimitiveType::BigDecimal, V::String(text)) => {
            text.trim().parse::<f64>().is_ok().then(|| V::BigDecimal(text.trim().to_owned()))
        }
        (PrimitiveType::BigDecimal, V::Double(v)) => Some(V::BigDecimal(v.to_string())),
        (PrimitiveType::BigDecimal, _) => integer.map(|v| V::BigDecimal(v.to_string())),
        _ => None,
    };
    converted.ok_or(value)
}

fn is_integer_text(text: &str) -> bool {
    let digits = text.trim().strip_prefix('-').unwrap_or(text.trim());
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn registry() -> std::sync::Arc<TypeRegistry> {
        TypeRegistry::builtin()
    }

    fn check_error(result: Result<impl std::fmt::Debug>, expected: &[&str]) {
        let error = result.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");
        for part in expected {
            assert!(error.message().contains(part), "expected '{part}' in: {error}");
        }
    }

    #[test]
    fn valid_element_is_normalised() {
        let registry = registry();
        let (def, properties) = registry
            .validate_element(
                "RelationalColumn",
                ElementProperties::new()
                    .with("qualifiedName", "db.public.orders.id")
                    .with("isNullable", false)
                    .with("length", 12_i64)
                    .with("sortOrder", "ASCENDING"),
                ValidationMode::Complete,
            )
            .unwrap();
        assert_eq!(def.name, "RelationalColumn");
        assert_eq!(properties.get("length"), Some(&PropertyValue::Int(12)));
        assert_eq!(
            properties.get("sortOrder"),
            Some(&PropertyValue::Enum(EnumValue {
                type_name: Some("DataItemSortOrder".into()),
                symbolic_name: "ASCENDING".into(),
                ordinal: Some(1),
            }))
        );
    }

    #[test]
    fn unknown_type_is_refused() {
        check_error(
            registry().validate_element("Tabel", ElementProperties::new(), ValidationMode::Complete),
            &["Tabel", "not a known open metadata type"],
        );
    }

    #[test]
    fn unknown_attribute_is_refused_with_the_type_and_a_suggestion() {
        check_error(
            registry().validate_element(
                "DataSet",
                ElementProperties::new().with("qualifiedName", "x").with("displayNme", "y"),
                ValidationMode::Complete,
            ),
            &["displayNme", "DataSet", "did you mean displayName?"],
        );
    }

    #[test]
    fn wrong_value_type_is_refused() {
        check_error(
            registry().validate_element(
                "RelationalColumn",
                ElementProperties::new().with("qualifiedName", "x").with("isNullable", "yes"),
                ValidationMode::Complete,
            ),
            &["isNullable", "RelationalColumn", "must be a boolean", "a string"],
        );
        check_error(
            registry().validate_element(
                "RelationalColumn",
                ElementProperties::new().with("qualifiedName", "x").with("length", 9_000_000_000_i64),
                ValidationMode::Complete,
            ),
            &["length", "must be an int", "a long"],
        );
    }

    #[test]
    fn bad_enum_value_lists_the_valid_ones() {
        check_error(
            registry().validate_element(
                "RelationalColumn",
                ElementProperties::new().with("qualifiedName", "x").with("sortOrder", "UPWARDS"),
                ValidationMode::Complete,
            ),
            &["UPWARDS", "sortOrder", "DataItemSortOrder", "UNKNOWN, ASCENDING, DESCENDING, UNSORTED"],
        );
    }

    #[test]
    fn required_properties_are_checked_on_create_but_not_merge() {
        let registry = registry();
        check_error(
            registry.validate_element(
                "DataSet",
                ElementProperties::new().with("displayName", "x"),
                ValidationMode::Complete,
            ),
            &["qualifiedName", "required", "DataSet"],
        );
        check_error(
            registry.validate_element(
                "DataSet",
                ElementProperties::new().with("qualifiedName", "  "),
                ValidationMode::Complete,
            ),
            &["qualifiedName", "required"],
        );
        assert!(
            registry
                .validate_element("DataSet", ElementProperties::new().with("displayName", "x"), ValidationMode::Partial)
                .is_ok()
        );
    }

    #[test]
    fn relationship_ends_are_checked() {
        let registry = registry();
        let table = EndElement { guid: "t-1", type_name: "RelationalTable" };
        let column = EndElement { guid: "c-1", type_name: "RelationalColumn" };
        let other_column = EndElement { guid: "c-2", type_name: "RelationalColumn" };
        assert!(
            registry
                .validate_relationship(
                    "ForeignKey",
                    column,
                    other_column,
                    ElementProperties::new(),
                    ValidationMode::Complete
                )
                .is_ok()
        );
        check_error(
            registry.validate_relationship(
                "ForeignKey",
                table,
                column,
                ElementProperties::new(),
                ValidationMode::Complete,
            ),
            &["ForeignKey", "a RelationalColumn at end 1", "t-1", "a RelationalTable"],
        );
        check_error(
            registry.validate_relationship(
                "DataSet",
                table,
                column,
                ElementProperties::new(),
                ValidationMode::Complete,
            ),
            &["DataSet is an entity type", "a relationship type"],
        );
    }

    #[test]
    fn classification_targets_are_checked() {
        let registry = registry();
        assert!(
            registry
                .validate_classification(
                    "PrimaryKey",
                    "RelationalColumn",
                    ElementProperties::new().with("keyPattern", "LOCAL_KEY"),
                    ValidationMode::Complete
                )
                .is_ok()
        );
        check_error(
            registry.validate_classification(
                "PrimaryKey",
                "DataFile",
                ElementProperties::new(),
                ValidationMode::Complete,
            ),
            &["PrimaryKey", "a DataFile", "RelationalColumn"],
        );
    }

    #[test]
    fn values_from_plain_json_come_back_typed() {
        // What the store reads back from its JSON columns: longs, strings for dates and enums.
        let registry = registry();
        let stored = serde_json::json!({
            "qualifiedName": "x", "keyPattern": "STABLE_KEY", "externalInstanceVersion": 3,
            "externalInstanceCreationTime": "2026-11-23T10:15:30.123+00:00", "key": "k"
        });
        let properties = ElementProperties::from_json(stored.as_object().unwrap());
        let (_, typed) = registry.validate_element("ExternalId", properties, ValidationMode::Complete).unwrap();
        assert!(matches!(typed.get("externalInstanceCreationTime"), Some(PropertyValue::Date(_))));
        assert!(matches!(typed.get("keyPattern"), Some(PropertyValue::Enum(e)) if e.ordinal == Some(6)));
        assert_eq!(typed.get("externalInstanceVersion"), Some(&PropertyValue::Long(3)));
    }

    #[test]
    fn old_attribute_names_are_renamed() {
        let (_, properties) = registry()
            .validate_element(
                "Database",
                ElementProperties::new().with("qualifiedName", "db").with("instance", "main"),
                ValidationMode::Complete,
            )
            .unwrap();
        assert_eq!(properties.get_str("databaseInstance"), Some("main"));
        assert!(properties.get("instance").is_none());
    }

    #[test]
    fn collections_check_their_items() {
        let registry = registry();
        check_error(
            registry.validate_element(
                "DataSet",
                ElementProperties::new().with("qualifiedName", "x").with("additionalProperties", "flat"),
                ValidationMode::Complete,
            ),
            &["additionalProperties", "map<string,string>"],
        );
        let bad_map = PropertyValue::Map(BTreeMap::from([("k".to_owned(), PropertyValue::Int(1))]));
        check_error(
            registry.validate_element(
                "DataSet",
                ElementProperties::new().with("qualifiedName", "x").with("additionalProperties", bad_map),
                ValidationMode::Complete,
            ),
            &["additionalProperties", "an int"],
        );
    }
}
