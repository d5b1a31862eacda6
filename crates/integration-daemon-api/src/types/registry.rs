//! Loading and querying the type definitions.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use crate::error::Result;
use crate::messages;
use crate::model::{ElementType, TypeCategory};

/// The type-definition file compiled into omis: Egeria's open metadata types for the twelve
/// integration services.
pub const BUILTIN_TYPES_TOML: &str = include_str!("../../types/open-metadata-types.toml");

/// A primitive attribute type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrimitiveType {
    /// `boolean`
    Boolean,
    /// `byte`
    Byte,
    /// `char`
    Char,
    /// `short`
    Short,
    /// `int`
    Int,
    /// `long`
    Long,
    /// `float`
    Float,
    /// `double`
    Double,
    /// `biginteger`
    BigInteger,
    /// `bigdecimal`
    BigDecimal,
    /// `string`
    String,
    /// `date`
    Date,
    /// `object`: any value.
    Object,
}

impl PrimitiveType {
    /// Egeria's name for the primitive type.
    pub fn name(self) -> &'static str {
        match self {
            PrimitiveType::Boolean => "boolean",
            PrimitiveType::Byte => "byte",
            PrimitiveType::Char => "char",
            PrimitiveType::Short => "short",
            PrimitiveType::Int => "int",
            PrimitiveType::Long => "long",
            PrimitiveType::Float => "float",
            PrimitiveType::Double => "double",
            PrimitiveType::BigInteger => "biginteger",
            PrimitiveType::BigDecimal => "bigdecimal",
            PrimitiveType::String => "string",
            PrimitiveType::Date => "date",
            PrimitiveType::Object => "object",
        }
    }

    fn parse(name: &str) -> Option<PrimitiveType> {
        Some(match name {
            "boolean" => PrimitiveType::Boolean,
            "byte" => PrimitiveType::Byte,
            "char" => PrimitiveType::Char,
            "short" => PrimitiveType::Short,
            "int" => PrimitiveType::Int,
            "long" => PrimitiveType::Long,
            "float" => PrimitiveType::Float,
            "double" => PrimitiveType::Double,
            "biginteger" => PrimitiveType::BigInteger,
            "bigdecimal" => PrimitiveType::BigDecimal,
            "string" => PrimitiveType::String,
            "date" => PrimitiveType::Date,
            "object" => PrimitiveType::Object,
            _ => return None,
        })
    }
}

/// The type of an attribute.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AttributeType {
    /// A primitive.
    Primitive(PrimitiveType),
    /// A value of the named enum.
    Enum(String),
    /// `array<primitive>`.
    Array(PrimitiveType),
    /// `map<string,primitive>`.
    Map(PrimitiveType),
}

impl fmt::Display for AttributeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AttributeType::Primitive(primitive) => f.write_str(primitive.name()),
            AttributeType::Enum(name) => f.write_str(name),
            AttributeType::Array(primitive) => write!(f, "array<{}>", primitive.name()),
            AttributeType::Map(primitive) => write!(f, "map<string,{}>", primitive.name()),
        }
    }
}

/// One attribute of a type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeDef {
    /// The attribute name, e.g. `qualifiedName`.
    pub name: String,
    /// Its type.
    pub attribute_type: AttributeType,
    /// Must be supplied when the element is created or replaced.
    pub required: bool,
    /// Must be unique among all elements that have it.
    pub unique: bool,
    /// The type that declares it.
    pub declared_in: String,
}

/// How many elements may be at a relationship end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cardinality {
    /// `0..1`
    AtMostOne,
    /// `1`
    ExactlyOne,
    /// `*`
    AnyNumber,
}

/// One end of a relationship type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationshipEndDef {
    /// The entity type at this end (subtypes allowed).
    pub entity_type: String,
    /// The name by which the other end sees this end's element.
    pub attribute_name: String,
    /// How many elements may be at this end for one element at the other end.
    pub cardinality: Cardinality,
}

/// An entity, relationship or classification type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeDef {
    /// The type name.
    pub name: String,
    /// Entity, relationship or classification.
    pub category: TypeCategory,
    /// What the type is for.
    pub description: String,
    /// The direct supertype.
    pub supertype: Option<String>,
    /// All supertypes, nearest first.
    pub ancestors: Vec<String>,
    /// Attributes declared on this type.
    pub own_attributes: BTreeMap<String, AttributeDef>,
    /// Attributes declared here and on every supertype.
    pub attributes: BTreeMap<String, AttributeDef>,
    /// End 1 (relationships only).
    pub end1: Option<RelationshipEndDef>,
    /// End 2 (relationships only).
    pub end2: Option<RelationshipEndDef>,
    /// Several relationships of this type may join the same two elements (relationships only).
    pub multi_link: bool,
    /// Entity types the classification may be attached to (classifications only).
    pub valid_for: Vec<String>,
    /// This type and all its subtypes, sorted.
    pub with_subtypes: Vec<String>,
}

impl TypeDef {
    /// The header form of the type.
    pub fn element_type(&self) -> ElementType {
        ElementType {
            type_id: None,
            type_name: self.name.clone(),
            super_type_names: self.ancestors.clone(),
            type_version: Some(1),
            type_description: Some(self.description.clone()),
            type_category: Some(self.category),
        }
    }
}

/// An enum type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumDef {
    /// The enum's name.
    pub name: String,
    /// What it is for.
    pub description: String,
    /// The default symbol.
    pub default: Option<String>,
    /// Symbol → ordinal.
    pub values: BTreeMap<String, i32>,
}

impl EnumDef {
    /// The symbols in ordinal order, for messages.
    pub fn symbols(&self) -> Vec<&str> {
        let mut symbols: Vec<(&str, i32)> = self.values.iter().map(|(s, o)| (s.as_str(), *o)).collect();
        symbols.sort_by_key(|(_, ordinal)| *ordinal);
        symbols.into_iter().map(|(symbol, _)| symbol).collect()
    }
}

/// The open metadata types: names, supertypes, attributes, relationship ends and enums, loaded
/// once from a type-definition file and then only read.
#[derive(Debug)]
pub struct TypeRegistry {
    types: HashMap<String, TypeDef>,
    enums: HashMap<String, EnumDef>,
    type_renames: HashMap<String, String>,
    attribute_renames: HashMap<String, HashMap<String, String>>,
}

// --- the file format -----------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    enums: BTreeMap<String, RawEnum>,
    #[serde(default)]
    entities: BTreeMap<String, RawType>,
    #[serde(default)]
    relationships: BTreeMap<String, RawType>,
    #[serde(default)]
    classifications: BTreeMap<String, RawType>,
    #[serde(default)]
    renames: RawRenames,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnum {
    description: String,
    #[serde(default)]
    default: Option<String>,
    values: BTreeMap<String, i32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawType {
    description: String,
    #[serde(default)]
    supertype: Option<String>,
    #[serde(default)]
    attributes: BTreeMap<String, RawAttribute>,
    #[serde(default)]
    end1: Option<RawEnd>,
    #[serde(default)]
    end2: Option<RawEnd>,
    #[serde(default)]
    multi_link: bool,
    #[serde(default)]
    valid_for: Vec<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawAttribute {
    Type(String),
    Full(RawAttributeFull),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAttributeFull {
    #[serde(rename = "type")]
    attribute_type: String,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    unique: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnd {
    #[serde(rename = "type")]
    entity_type: String,
    attribute: String,
    cardinality: String,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawRenames {
    #[serde(default)]
    types: BTreeMap<String, String>,
    #[serde(default)]
    attributes: BTreeMap<String, String>,
}

// --- loading -------------------------------------------------------------------------------------

impl TypeRegistry {
    /// The types compiled into omis, loaded once.
    ///
    /// # Panics
    ///
    /// Never in a build whose tests pass: a unit test loads the same compiled-in file.
    pub fn builtin() -> Arc<TypeRegistry> {
        static BUILTIN: OnceLock<Arc<TypeRegistry>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                // The built-in file is checked by a unit test, so this cannot fail in a build that
                // passed its tests; if it ever does, the message says exactly what is wrong.
                let registry = TypeRegistry::from_toml("open-metadata-types.toml", BUILTIN_TYPES_TOML)
                    .unwrap_or_else(|error| panic!("the built-in type definitions are invalid: {error}"));
                Arc::new(registry)
            })
            .clone()
    }

    /// Loads type definitions from TOML text; `source_name` names the file in errors.
    pub fn from_toml(source_name: &str, text: &str) -> Result<TypeRegistry> {
        let bad = |detail: String| messages::BAD_TYPE_DEFINITIONS.error(&[&source_name, &detail]);
        let raw: RawFile = toml::from_str(text).map_err(|error| bad(error.to_string()))?;
        TypeRegistry::build(raw).map_err(bad)
    }

    fn build(raw: RawFile) -> std::result::Result<TypeRegistry, String> {
        let mut enums = HashMap::new();
        for (name, raw_enum) in raw.enums {
            if let Some(default) = raw_enum.default.as_ref().filter(|d| !raw_enum.values.contains_key(*d)) {
                return Err(format!("enum {name}: default {default} is not one of its values"));
            }
            enums.insert(
                name.clone(),
                EnumDef { name, description: raw_enum.description, default: raw_enum.default, values: raw_enum.values },
            );
        }

        let mut types: HashMap<String, TypeDef> = HashMap::new();
        let categories = [
            (TypeCategory::Entity, raw.entities),
            (TypeCategory::Relationship, raw.relationships),
            (TypeCategory::Classification, raw.classifications),
        ];
        for (category, raw_types) in categories {
            for (name, raw_type) in raw_types {
                if types.contains_key(&name) || enums.contains_key(&name) {
                    return Err(format!("the type name {name} is defined twice"));
                }
                let def = build_type(&name, category, raw_type, &enums)?;
                types.insert(name, def);
            }
        }

        resolve_hierarchy(&mut types)?;
        check_references(&types)?;

        let mut type_renames = HashMap::new();
        for (old, new) in raw.renames.types {
            if types.contains_key(&old) || enums.contains_key(&old) {
                return Err(format!("the rename {old} -> {new}: {old} is still defined"));
            }
            if !types.contains_key(&new) && !enums.contains_key(&new) {
                return Err(format!("the rename {old} -> {new}: {new} is not defined"));
            }
            type_renames.insert(old, new);
        }
        let mut attribute_renames: HashMap<String, HashMap<String, String>> = HashMap::new();
        for (old, new) in raw.renames.attributes {
            let Some((type_name, old_attribute)) = old.split_once('.') else {
                return Err(format!("the attribute rename {old} must be written Type.attribute"));
            };
            let Some(def) = types.get(type_name) else {
                return Err(format!("the attribute rename {old}: type {type_name} is not defined"));
            };
            if !def.attributes.contains_key(&new) {
                return Err(format!("the attribute rename {old} -> {new}: {type_name} has no attribute {new}"));
            }
            attribute_renames.entry(type_name.to_owned()).or_default().insert(old_attribute.to_owned(), new);
        }

        Ok(TypeRegistry { types, enums, type_renames, attribute_renames })
    }
}

fn build_type(
    name: &str,
    category: TypeCategory,
    raw: RawType,
    enums: &HashMap<String, EnumDef>,
) -> std::result::Result<TypeDef, String> {
    let mut own_attributes = BTreeMap::new();
    for (attribute, raw_attribute) in raw.attributes {
        let (type_text, required, unique) = match raw_attribute {
            RawAttribute::Type(text) => (text, false, false),
            RawAttribute::Full(full) => (full.attribute_type, full.required, full.unique),
        };
        let attribute_type = parse_attribute_type(&type_text, enums)
            .ok_or_else(|| format!("{name}.{attribute}: '{type_text}' is not an attribute type"))?;
        own_attributes.insert(
            attribute.clone(),
            AttributeDef { name: attribute, attribute_type, required, unique, declared_in: name.to_owned() },
        );
    }
    let end = |raw_end: Option<RawEnd>, which: &str| -> std::result::Result<Option<RelationshipEndDef>, String> {
        raw_end
            .map(|end| {
                let cardinality = match end.cardinality.as_str() {
                    "*" => Cardinality::AnyNumber,
                    "0..1" => Cardinality::AtMostOne,
                    "1" => Cardinality::ExactlyOne,
                    other => return Err(format!("{name}.{which}: '{other}' is not a cardinality (*, 0..1, 1)")),
                };
                Ok(RelationshipEndDef { entity_type: end.entity_type, attribute_name: end.attribute, cardinality })
            })
            .transpose()
    };
    let end1 = end(raw.end1, "end1")?;
    let end2 = end(raw.end2, "end2")?;
    match category {
        TypeCategory::Relationship if (end1.is_none() || end2.is_none()) && raw.supertype.is_none() => {
            return Err(format!("relationship {name} needs end1 and end2"));
        }
        TypeCategory::Entity | TypeCategory::Classification if end1.is_some() || end2.is_some() => {
            return Err(format!("{name} is not a relationship but has ends"));
        }
        TypeCategory::Entity | TypeCategory::Relationship if !raw.valid_for.is_empty() => {
            return Err(format!("{name} is not a classification but has valid_for"));
        }
        _ => {}
    }
    Ok(TypeDef {
        name: name.to_owned(),
        category,
        description: raw.description,
        supertype: raw.supertype,
        ancestors: Vec::new(),
        attributes: own_attributes.clone(),
        own_attributes,
        end1,
        end2,
        multi_link: raw.multi_link,
        valid_for: raw.valid_for,
        with_subtypes: Vec::new(),
    })
}

fn parse_attribute_type(text: &str, enums: &HashMap<String, EnumDef>) -> Option<AttributeType> {
    let text = text.trim();
    if let Some(primitive) = PrimitiveType::parse(text) {
        return Some(AttributeType::Primitive(primitive));
    }
    if let Some(inner) = text.strip_prefix("array<").and_then(|rest| rest.strip_suffix('>')) {
        return PrimitiveType::parse(inner.trim()).map(AttributeType::Array);
    }
    if let Some(inner) = text.strip_prefix("map<").and_then(|rest| rest.strip_suffix('>')) {
        let (key, value) = inner.split_once(',')?;
        return (key.trim() == "string").then(|| PrimitiveType::parse(value.trim())).flatten().map(AttributeType::Map);
    }
    enums.contains_key(text).then(|| AttributeType::Enum(text.to_owned()))
}

/// Computes ancestors, inherited attributes and subtype lists; rejects unknown or cross-category
/// supertypes, cycles and redefined attributes.
fn resolve_hierarchy(types: &mut HashMap<String, TypeDef>) -> std::result::Result<(), String> {
    let names: Vec<String> = types.keys().cloned().collect();
    for name in &names {
        let mut ancestors = Vec::new();
        let mut current = types[name].supertype.clone();
        while let Some(supertype) = current.take() {
            let Some(def) = types.get(&supertype) else {
                return Err(format!("{name}: the supertype {supertype} is not defined"));
            };
            if def.category != types[name].category {
                return Err(format!("{name}: the supertype {supertype} is of another category"));
            }
            if ancestors.contains(&supertype) || &supertype == name {
                return Err(format!("{name}: the supertypes form a cycle through {supertype}"));
            }
            ancestors.push(supertype);
            current = def.supertype.as_ref().map(ToOwned::to_owned);
        }
        let mut attributes = types[name].own_attributes.clone();
        for ancestor in &ancestors {
            for (attribute, def) in &types[ancestor].own_attributes {
                if attributes.contains_key(attribute) && types[name].own_attributes.contains_key(attribute) {
                    return Err(format!("{name}.{attribute} redefines the attribute inherited from {ancestor}"));
                }
                attributes.entry(attribute.clone()).or_insert_with(|| def.clone());
            }
        }
        // Relationship subtypes inherit their ends.
        let (mut end1, mut end2) = (types[name].end1.clone(), types[name].end2.clone());
        for ancestor in &ancestors {
            end1 = end1.or_else(|| types[ancestor].end1.clone());
            end2 = end2.or_else(|| types[ancestor].end2.clone());
        }
        let def = types.get_mut(name).expect("name comes from the map");
        def.ancestors = ancestors;
        def.attributes = attributes;
        def.end1 = end1;
        def.end2 = end2;
    }
    let mut subtypes: HashMap<String, Vec<String>> = names.iter().map(|n| (n.clone(), vec![n.clone()])).collect();
    for name in &names {
        for ancestor in &types[name].ancestors {
            subtypes.get_mut(ancestor).expect("ancestors are defined").push(name.clone());
        }
    }
    for (name, mut list) in subtypes {
        list.sort();
        types.get_mut(&name).expect("name comes from the map").with_subtypes = list;
    }
    Ok(())
}

fn check_references(types: &HashMap<String, TypeDef>) -> std::result::Result<(), String> {
    let is_entity = |name: &str| types.get(name).is_some_and(|def| def.category == TypeCategory::Entity);
    for def in types.values() {
        for end in [&def.end1, &def.end2].into_iter().flatten() {
            if !is_entity(&end.entity_type) {
                return Err(format!("{}: the end type {} is not an entity type", def.name, end.entity_type));
            }
        }
        for target in &def.valid_for {
            if !is_entity(target) {
                return Err(format!("{}: valid_for names {target}, which is not an entity type", def.name));
            }
        }
        if def.category == TypeCategory::Relationship && (def.end1.is_none() || def.end2.is_none()) {
            return Err(format!("relationship {} has no ends", def.name));
        }
    }
    Ok(())
}

// --- queries -------------------------------------------------------------------------------------

impl TypeRegistry {
    /// The current name for a type name, applying renames of older Egeria names
    /// (`DeployedReport` → `Report`).
    pub fn resolve_name<'a>(&'a self, name: &'a str) -> &'a str {
        self.type_renames.get(name).map_or(name, String::as_str)
    }

    /// The type with this name (or an older name of it).
    pub fn get(&self, name: &str) -> Option<&TypeDef> {
        self.types.get(self.resolve_name(name))
    }

    /// The enum with this name (or an older name of it).
    pub fn enum_def(&self, name: &str) -> Option<&EnumDef> {
        self.enums.get(self.resolve_name(name))
    }

    /// The type with this name, which must be of `category`; otherwise an invalid-parameter error
    /// that names the type (and suggests a close name when there is one).
    pub fn require(&self, name: &str, category: TypeCategory) -> Result<&TypeDef> {
        let Some(def) = self.get(name) else {
            let suggestion = closest(name, self.types.keys().map(String::as_str))
                .map(|close| format!(" (did you mean {close}?)"))
                .unwrap_or_default();
            return Err(messages::UNKNOWN_TYPE.error(&[&name, &suggestion]).with_parameter_name("typeName"));
        };
        if def.category != category {
            return Err(messages::WRONG_TYPE_CATEGORY
                .error(&[&def.name, &def.category.with_article(), &category.with_article()])
                .with_parameter_name("typeName"));
        }
        Ok(def)
    }

    /// True when `type_name` is `super_name` or one of its subtypes.
    pub fn is_a(&self, type_name: &str, super_name: &str) -> bool {
        let super_name = self.resolve_name(super_name);
        self.get(type_name).is_some_and(|def| def.name == super_name || def.ancestors.iter().any(|a| a == super_name))
    }

    /// The type and all its subtypes, sorted (empty for an unknown type).
    pub fn with_subtypes(&self, name: &str) -> &[String] {
        self.get(name).map_or(&[], |def| def.with_subtypes.as_slice())
    }

    /// All attributes of a type, declared and inherited, in name order.
    pub fn attributes(&self, name: &str) -> Option<&BTreeMap<String, AttributeDef>> {
        self.get(name).map(|def| &def.attributes)
    }

    /// One attribute of a type, found by its current or an older name.
    pub fn attribute(&self, type_name: &str, attribute: &str) -> Option<&AttributeDef> {
        let def = self.get(type_name)?;
        def.attributes.get(attribute).or_else(|| def.attributes.get(self.current_attribute_name(def, attribute)?))
    }

    /// The current name of an attribute given by an older name, looking at the type and its
    /// supertypes (`Asset.namespace` → `namespacePath`).
    pub(crate) fn current_attribute_name<'a>(&'a self, def: &TypeDef, attribute: &str) -> Option<&'a str> {
        std::iter::once(&def.name)
            .chain(def.ancestors.iter())
            .find_map(|type_name| self.attribute_renames.get(type_name)?.get(attribute))
            .map(String::as_str)
    }

    /// The header form of a type, with its supertypes.
    pub fn element_type(&self, name: &str) -> Option<ElementType> {
        self.get(name).map(TypeDef::element_type)
    }

    /// Every type, sorted by name (for code generation and listings).
    pub fn types(&self) -> Vec<&TypeDef> {
        let mut all: Vec<&TypeDef> = self.types.values().collect();
        all.sort_by(|a, b| a.name.cmp(&b.name));
        all
    }

    /// Every enum, sorted by name.
    pub fn enums(&self) -> Vec<&EnumDef> {
        let mut all: Vec<&EnumDef> = self.enums.values().collect();
        all.sort_by(|a, b| a.name.cmp(&b.name));
        all
    }

    /// The unique attributes of a type (in practice `qualifiedName` for every Referenceable).
    pub fn unique_attributes(&self, name: &str) -> Vec<&str> {
        self.get(name)
            .map(|def| {
                def.attributes
                    .values()
                    .filter(|attribute| attribute.unique)
                    .map(|attribute| attribute.name.as_str())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The candidate closest to `name` when it is close enough to be a likely typo.
pub(crate) fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_ascii_lowercase();
    candidates
        .map(|candidate| (edit_distance(&lower, &candidate.to_ascii_lowercase()), candidate))
        .filter(|(distance, candidate)| *distance <= 2.max(candidate.len() / 5))
        .min_by(|(d1, c1), (d2, c2)| d1.cmp(d2).then_with(|| c1.cmp(c2)))
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            current[j + 1] = (previous[j] + usize::from(ca != *cb)).min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_file_loads_with_the_expected_hierarchy() {
        let registry = TypeRegistry::builtin();
        let table = registry.get("RelationalTable").unwrap();
        assert_eq!(table.category, TypeCategory::Entity);
        assert_eq!(table.ancestors, ["SchemaAttribute", "SchemaElement", "Referenceable", "OpenMetadataRoot"]);
        assert!(table.attributes.contains_key("qualifiedName"));
        assert!(registry.is_a("DeployedDatabaseSchema", "Asset"));
        assert!(registry.is_a("Topic", "DataFeed"));
        assert!(!registry.is_a("Topic", "Process"));
        assert!(registry.with_subtypes("DataFile").iter().any(|t| t == "CSVFile"));
        assert_eq!(registry.unique_attributes("Database"), vec!["qualifiedName"]);
        let flow = registry.get("DataFlow").unwrap();
        assert!(flow.multi_link);
        assert_eq!(flow.end1.as_ref().unwrap().attribute_name, "dataSupplier");
        assert_eq!(registry.enum_def("KeyPattern").unwrap().values["STABLE_KEY"], 6);
    }

    #[test]
    fn every_type_the_twelve_services_need_is_defined() {
        let registry = TypeRegistry::builtin();
        let needed = [
            "Referenceable",
            "Asset",
            "DataSet",
            "Database",
            "DeployedDatabaseSchema",
            "RelationalDBSchemaType",
            "RelationalTable",
            "RelationalColumn",
            "DataFile",
            "CSVFile",
            "ParquetFile",
            "AvroFile",
            "JSONFile",
            "FileFolder",
            "DataFolder",
            "Topic",
            "KafkaTopic",
            "EventType",
            "EventSchemaAttribute",
            "DeployedAPI",
            "APIOperation",
            "APIParameterList",
            "APIParameter",
            "Process",
            "Port",
            "Person",
            "Team",
            "UserIdentity",
            "SecurityGroup",
            "Host",
            "SoftwareServer",
            "SoftwareCapability",
            "Endpoint",
            "Connection",
            "ConnectorType",
            "Report",
            "Form",
            "DeployedAnalyticsModel",
            "Glossary",
            "GlossaryTerm",
            "ValidValueDefinition",
            "ExternalReference",
            "ConnectorActivityReport",
            "MetadataCollection",
        ];
        for name in needed {
            assert!(registry.require(name, TypeCategory::Entity).is_ok(), "{name}");
        }
        for name in [
            "DataFlow",
            "ControlFlow",
            "ProcessCall",
            "LineageMapping",
            "Schema",
            "AttributeForSchema",
            "NestedSchemaAttribute",
            "ForeignKey",
            "FolderHierarchy",
            "NestedFile",
            "DataSetContent",
            "APIOperations",
            "APIRequest",
            "ProcessPort",
            "TeamStructure",
            "PersonRoleAppointment",
            "ProfileIdentity",
            "ConnectToEndpoint",
            "AssetConnection",
            "ConnectionConnectorType",
            "DeployedOn",
            "CapabilityAssetUse",
            "ExternalIdLink",
        ] {
            assert!(registry.require(name, TypeCategory::Relationship).is_ok(), "{name}");
        }
        for name in [
            "PrimaryKey",
            "CalculatedValue",
            "TypeEmbeddedAttribute",
            "Anchors",
            "ZoneMembership",
            "Memento",
            "SecurityTags",
            "Ownership",
        ] {
            assert!(registry.require(name, TypeCategory::Classification).is_ok(), "{name}");
        }
    }

    #[test]
    fn unknown_type_names_it_and_suggests() {
        let registry = TypeRegistry::builtin();
        let error = registry.require("RelationalTabel", TypeCategory::Entity).unwrap_err();
        assert_eq!(error.kind(), crate::ErrorKind::InvalidParameter);
        assert!(error.message().contains("RelationalTabel"), "{error}");
        assert!(error.message().contains("did you mean RelationalTable?"), "{error}");
        let error = registry.require("Nonsense", TypeCategory::Entity).unwrap_err();
        assert!(!error.message().contains("did you mean"), "{error}");
        let error = registry.require("DataFlow", TypeCategory::Entity).unwrap_err();
        assert!(error.message().contains("DataFlow is a relationship type"), "{error}");
    }

    #[test]
    fn renames_map_old_names_to_new() {
        let registry = TypeRegistry::builtin();
        assert_eq!(registry.resolve_name("DeployedReport"), "Report");
        assert!(registry.is_a("SoftwareServerCapability", "Referenceable"));
        assert_eq!(registry.attribute("Database", "namespace").unwrap().name, "namespacePath");
        assert_eq!(registry.attribute("Database", "instance").unwrap().name, "databaseInstance");
        assert!(registry.attribute("Database", "nonsense").is_none());
    }

    fn load(text: &str) -> std::result::Result<TypeRegistry, String> {
        TypeRegistry::from_toml("test.toml", text).map_err(|error| error.to_string())
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        let cases = [
            ("[entities.A]\ndescription = \"a\"\nsupertype = \"Missing\"\n", "supertype Missing is not defined"),
            (
                "[entities.A]\ndescription = \"a\"\nattributes = { x = \"complex\" }\n",
                "'complex' is not an attribute type",
            ),
            (
                "[entities.A]\ndescription = \"a\"\n[entities.B]\ndescription = \"b\"\n[relationships.R]\ndescription = \"r\"\nend1 = { type = \"A\", attribute = \"a\", cardinality = \"many\" }\nend2 = { type = \"B\", attribute = \"b\", cardinality = \"*\" }\n",
                "'many' is not a cardinality",
            ),
            (
                "[entities.A]\ndescription = \"a\"\nattributes = { x = \"string\" }\n[entities.B]\ndescription = \"b\"\nsupertype = \"A\"\nattributes = { x = \"int\" }\n",
                "B.x redefines the attribute inherited from A",
            ),
            (
                "[entities.A]\ndescription = \"a\"\nsupertype = \"B\"\n[entities.B]\ndescription = \"b\"\nsupertype = \"A\"\n",
                "cycle",
            ),
            ("[entities.A]\ndescription = \"a\"\ncolour = \"red\"\n", "unknown field `colour`"),
            ("[entities.A]\ndescription = \"a\"\n[renames.types]\nA = \"B\"\n", "A is still defined"),
        ];
        for (text, expected) in cases {
            let error = load(text).unwrap_err();
            assert!(error.contains(expected), "{expected}: {error}");
            assert!(error.contains("test.toml"), "{error}");
        }
    }

    #[test]
    fn suggestions_only_for_close_names() {
        let names = ["Database", "DataSet", "DataFile"];
        assert_eq!(closest("Databse", names.into_iter()), Some("Database"));
        assert_eq!(closest("datafile", names.into_iter()), Some("DataFile"));
        assert_eq!(closest("Host", names.into_iter()), None);
    }
}
