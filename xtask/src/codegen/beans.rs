//! Property beans: resolved from the description and the type definitions, then written out.

// The resolver and emitters are long templates; splitting them would only scatter them.
#![allow(clippy::too_many_lines)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use integration_daemon_api::TypeCategory;
use integration_daemon_api::types::{AttributeType, PrimitiveType, TypeRegistry};

use super::model::Description;
use super::names::{ident, pascal, snake};

/// Enums defined by hand in the core crate (and re-exported by the beans crate).
pub const CORE_ENUMS: &[&str] = &["KeyPattern", "PermittedSynchronization"];

/// What a bean describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// An entity type.
    Entity,
    /// A classification.
    Classification,
    /// A relationship.
    Relationship,
}

/// The Rust type of a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldType {
    /// `Option<String>`
    String,
    /// `Option<bool>`
    Bool,
    /// `Option<i32>`
    Int,
    /// `Option<i64>`
    Long,
    /// `Option<f64>`
    Double,
    /// `Option<Timestamp>`
    Date,
    /// `Option<Vec<String>>`
    Strings,
    /// `Option<BTreeMap<String, String>>`
    StringMap,
    /// `Option<BTreeMap<String, Value>>`
    ObjectMap,
    /// `Option<Enum>`
    Enum(String),
}

impl FieldType {
    fn from_attribute(attribute_type: &AttributeType) -> Result<FieldType, String> {
        Ok(match attribute_type {
            AttributeType::Primitive(primitive) => match primitive {
                PrimitiveType::String | PrimitiveType::Char => FieldType::String,
                PrimitiveType::Boolean => FieldType::Bool,
                PrimitiveType::Byte | PrimitiveType::Short | PrimitiveType::Int => FieldType::Int,
                PrimitiveType::Long => FieldType::Long,
                PrimitiveType::Float | PrimitiveType::Double => FieldType::Double,
                PrimitiveType::Date => FieldType::Date,
                other => return Err(format!("attribute type {} has no bean field type", other.name())),
            },
            AttributeType::Enum(name) => FieldType::Enum(name.clone()),
            AttributeType::Array(PrimitiveType::String) => FieldType::Strings,
            AttributeType::Map(PrimitiveType::String) => FieldType::StringMap,
            AttributeType::Map(PrimitiveType::Object) => FieldType::ObjectMap,
            other => return Err(format!("attribute type {other} has no bean field type")),
        })
    }

    fn rust(&self) -> String {
        match self {
            FieldType::String => "Option<String>".into(),
            FieldType::Bool => "Option<bool>".into(),
            FieldType::Int => "Option<i32>".into(),
            FieldType::Long => "Option<i64>".into(),
            FieldType::Double => "Option<f64>".into(),
            FieldType::Date => "Option<Timestamp>".into(),
            FieldType::Strings => "Option<Vec<String>>".into(),
            FieldType::StringMap => "Option<BTreeMap<String, String>>".into(),
            FieldType::ObjectMap => "Option<BTreeMap<String, serde_json::Value>>".into(),
            FieldType::Enum(name) => format!("Option<{name}>"),
        }
    }

    fn take(&self) -> String {
        match self {
            FieldType::String => "b::take_string".into(),
            FieldType::Bool => "b::take_bool".into(),
            FieldType::Int => "b::take_i32".into(),
            FieldType::Long => "b::take_i64".into(),
            FieldType::Double => "b::take_f64".into(),
            FieldType::Date => "b::take_date".into(),
            FieldType::Strings => "b::take_strings".into(),
            FieldType::StringMap => "b::take_string_map".into(),
            FieldType::ObjectMap => "b::take_object_map".into(),
            FieldType::Enum(name) => format!("b::take_enum::<{name}>"),
        }
    }

    fn put(&self, target: &str, attribute: &str, field: &str) -> String {
        match self {
            FieldType::Enum(_) => format!("b::put_enum(&mut {target}, \"{attribute}\", self.{field});"),
            FieldType::ObjectMap => {
                format!("b::put_object_map(&mut {target}, \"{attribute}\", self.{field}.as_ref());")
            }
            _ => format!("b::put(&mut {target}, \"{attribute}\", self.{field}.as_ref());"),
        }
    }
}

/// Where a field is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// In the element's (or classification's, or relationship's) own properties.
    Own,
    /// In the n-th embedded classification.
    Embedded(usize),
    /// On the relationship to the parent.
    Parent,
}

/// One field of a bean.
#[derive(Debug, Clone)]
pub struct Field {
    /// The Rust field name.
    pub rust: String,
    /// The JSON (and bean) name.
    pub json: String,
    /// The attribute it is stored as.
    pub attribute: String,
    /// Its type.
    pub ty: FieldType,
    /// Where it is stored.
    pub source: Source,
    /// Its documentation.
    pub doc: String,
}

/// A resolved bean.
#[derive(Debug, Clone)]
pub struct Bean {
    /// The bean's name.
    pub name: String,
    /// What it describes.
    pub category: Category,
    /// The type it describes.
    pub type_name: String,
    /// The type's description.
    pub description: String,
    /// Its fields.
    pub fields: Vec<Field>,
    /// Embedded classifications and their fixed values.
    pub embedded: Vec<(String, BTreeMap<String, String>)>,
}

impl Bean {
    /// The alias of `TypedElement<Bean>` (entity beans).
    pub fn element_alias(&self) -> String {
        format!("{}Element", self.name.trim_end_matches("Properties"))
    }

    /// The enums its fields use.
    pub fn enums(&self) -> BTreeSet<String> {
        self.fields
            .iter()
            .filter_map(|field| match &field.ty {
                FieldType::Enum(name) => Some(name.clone()),
                _ => None,
            })
            .collect()
    }
}

fn attribute_doc(registry: &TypeRegistry, type_name: &str, attribute: &str) -> Option<String> {
    let def = registry.attribute(type_name, attribute)?;
    let mut flags = Vec::new();
    if def.required {
        flags.push("required");
    }
    if def.unique {
        flags.push("unique");
    }
    let flags = if flags.is_empty() { String::new() } else { format!(", {}", flags.join(", ")) };
    Some(format!("`{attribute}` ({}{flags}; declared by {}).", def.attribute_type, def.declared_in))
}

/// Resolves every bean of the description against the type definitions.
pub fn resolve(description: &Description, registry: &TypeRegistry) -> Result<BTreeMap<String, Bean>, String> {
    let mut beans = BTreeMap::new();
    for (name, def) in &description.beans {
        let (category, type_name) = match (&def.entity, &def.classification, &def.relationship) {
            (Some(entity), None, None) => (Category::Entity, entity),
            (None, Some(classification), None) => (Category::Classification, classification),
            (None, None, Some(relationship)) => (Category::Relationship, relationship),
            _ => return Err(format!("bean {name}: give exactly one of type, classification or relationship")),
        };
        let expected = match category {
            Category::Entity => TypeCategory::Entity,
            Category::Classification => TypeCategory::Classification,
            Category::Relationship => TypeCategory::Relationship,
        };
        let type_def = registry.require(type_name, expected).map_err(|error| format!("bean {name}: {error}"))?;
        if category != Category::Entity && (!def.embedded.is_empty() || def.parent.is_some()) {
            return Err(format!("bean {name}: only entity beans have embedded or parent fields"));
        }
        let mut fields = Vec::new();
        // Own attributes: supertypes first, qualifiedName leading.
        let mut declaring: Vec<&str> = type_def.ancestors.iter().rev().map(String::as_str).collect();
        declaring.push(&type_def.name);
        for declarer in declaring {
            let Some(declared) = registry.get(declarer) else { continue };
            let mut attributes: Vec<&String> = declared.own_attributes.keys().collect();
            attributes.sort_by_key(|attribute| (attribute.as_str() != "qualifiedName", attribute.as_str()));
            for attribute in attributes {
                let attribute_def = &declared.own_attributes[attribute];
                let ty = FieldType::from_attribute(&attribute_def.attribute_type)
                    .map_err(|error| format!("bean {name}, {attribute}: {error}"))?;
                fields.push(Field {
                    rust: ident(&snake(attribute)),
                    json: attribute.clone(),
                    attribute: attribute.clone(),
                    ty,
                    source: Source::Own,
                    doc: attribute_doc(registry, &type_def.name, attribute).unwrap_or_default(),
                });
            }
        }
        if let Some(position) = fields.iter().position(|field| field.attribute == "qualifiedName") {
            let qualified_name = fields.remove(position);
            fields.insert(0, qualified_name);
        }
        let mut embedded = Vec::new();
        for (index, item) in def.embedded.iter().enumerate() {
            let classification = registry
                .require(&item.classification, TypeCategory::Classification)
                .map_err(|error| format!("bean {name}: {error}"))?;
            for field in &item.fields {
                let Some(attribute_def) = classification.attributes.get(field) else {
                    return Err(format!("bean {name}: {} has no attribute {field}", item.classification));
                };
                let ty = FieldType::from_attribute(&attribute_def.attribute_type)
                    .map_err(|error| format!("bean {name}, {field}: {error}"))?;
                fields.push(Field {
                    rust: ident(&snake(field)),
                    json: field.clone(),
                    attribute: field.clone(),
                    ty,
                    source: Source::Embedded(index),
                    doc: format!(
                        "`{field}` ({}), kept in the `{}` classification.",
                        attribute_def.attribute_type, item.classification
                    ),
                });
            }
            for fixed in item.fixed.keys() {
                if !classification.attributes.contains_key(fixed) {
                    return Err(format!("bean {name}: {} has no attribute {fixed}", item.classification));
                }
            }
            embedded.push((item.classification.clone(), item.fixed.clone()));
        }
        if let Some(parent) = &def.parent {
            let relationship = registry
                .require(&parent.relationship, TypeCategory::Relationship)
                .map_err(|error| format!("bean {name}: {error}"))?;
            for (field, attribute) in &parent.fields {
                let Some(attribute_def) = relationship.attributes.get(attribute) else {
                    return Err(format!("bean {name}: {} has no attribute {attribute}", parent.relationship));
                };
                let ty = FieldType::from_attribute(&attribute_def.attribute_type)
                    .map_err(|error| format!("bean {name}, {field}: {error}"))?;
                fields.push(Field {
                    rust: ident(&snake(field)),
                    json: field.clone(),
                    attribute: attribute.clone(),
                    ty,
                    source: Source::Parent,
                    doc: format!(
                        "`{attribute}` ({}) of the relationship to the parent ({} or NestedSchemaAttribute).",
                        attribute_def.attribute_type, parent.relationship
                    ),
                });
            }
        }
        let mut seen = BTreeSet::new();
        for field in &fields {
            if !seen.insert(field.rust.clone()) || field.rust == "type_name" || field.rust == "extended_properties" {
                return Err(format!("bean {name}: field {} appears twice", field.rust));
            }
        }
        beans.insert(
            name.clone(),
            Bean {
                name: name.clone(),
                category,
                type_name: type_def.name.clone(),
                description: type_def.description.clone(),
                fields,
                embedded,
            },
        );
    }
    Ok(beans)
}

/// The beans crate's generated module.
pub fn emit(beans: &BTreeMap<String, Bean>, registry: &TypeRegistry, header: &str) -> Result<String, String> {
    let mut out = String::new();
    out.push_str(header);
    out.push_str(
        "\n#![allow(clippy::struct_field_names)]\n\n\
         use std::collections::BTreeMap;\n\n\
         use integration_daemon_api::family::bean as b;\n\
         use integration_daemon_api::family::{BeanEnum, BeanParts, Classification, EntityBean, PropertiesBean, TypedElement};\n\
         use integration_daemon_api::time::Timestamp;\n\
         use integration_daemon_api::{ElementProperties, OpenMetadataElement};\n\
         use serde::{Deserialize, Serialize};\n\n\
         pub use integration_daemon_api::{KeyPattern, PermittedSynchronization};\n",
    );
    let enums: BTreeSet<String> = beans.values().flat_map(Bean::enums).collect();
    for name in &enums {
        if CORE_ENUMS.contains(&name.as_str()) {
            continue;
        }
        emit_enum(&mut out, registry, name)?;
    }
    for bean in beans.values() {
        emit_bean(&mut out, bean);
    }
    Ok(out)
}

fn emit_enum(out: &mut String, registry: &TypeRegistry, name: &str) -> Result<(), String> {
    let def = registry.enum_def(name).ok_or_else(|| format!("unknown enum {name}"))?;
    let mut values: Vec<(&String, i32)> = def.values.iter().map(|(symbol, ordinal)| (symbol, *ordinal)).collect();
    values.sort_by_key(|(_, ordinal)| *ordinal);
    let default = def.default.clone().unwrap_or_else(|| values[0].0.clone());
    let _ = writeln!(out, "\n/// {} (open metadata enum `{name}`).", def.description.trim_end_matches('.'));
    let _ = writeln!(out, "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]");
    let _ = writeln!(out, "pub enum {name} {{");
    for (symbol, ordinal) in &values {
        let _ = writeln!(out, "    /// `{symbol}` ({ordinal}).");
        if **symbol == default {
            let _ = writeln!(out, "    #[default]");
        }
        let _ = writeln!(out, "    #[serde(rename = \"{symbol}\")]");
        let _ = writeln!(out, "    {},", pascal(symbol));
    }
    let _ = writeln!(out, "}}\n");
    let _ = writeln!(out, "impl BeanEnum for {name} {{");
    let _ = writeln!(out, "    const TYPE_NAME: &'static str = \"{name}\";\n");
    let _ = writeln!(out, "    fn symbol(self) -> &'static str {{\n        match self {{");
    for (symbol, _) in &values {
        let _ = writeln!(out, "            {name}::{} => \"{symbol}\",", pascal(symbol));
    }
    let _ = writeln!(out, "        }}\n    }}\n");
    let _ = writeln!(out, "    fn ordinal(self) -> i32 {{\n        match self {{");
    for (symbol, ordinal) in &values {
        let _ = writeln!(out, "            {name}::{} => {ordinal},", pascal(symbol));
    }
    let _ = writeln!(out, "        }}\n    }}\n");
    let _ = writeln!(out, "    fn from_symbol(symbol: &str) -> Option<Self> {{\n        match symbol {{");
    for (symbol, ordinal) in &values {
        let _ = writeln!(out, "            \"{symbol}\" | \"{ordinal}\" => Some({name}::{}),", pascal(symbol));
    }
    let _ = writeln!(out, "            _ => None,\n        }}\n    }}\n}}");
    Ok(())
}

fn emit_field(out: &mut String, field: &Field) {
    let _ = writeln!(out, "    /// {}", field.doc);
    let with =
        if field.ty == FieldType::Date { ", with = \"integration_daemon_api::time::iso8601_option\"" } else { "" };
    let _ = writeln!(
        out,
        "    #[serde(rename = \"{}\", default{with}, skip_serializing_if = \"Option::is_none\")]",
        field.json
    );
    let _ = writeln!(out, "    pub {}: {},", field.rust, field.ty.rust());
}

fn emit_bean(out: &mut String, bean: &Bean) {
    let what = match bean.category {
        Category::Entity => {
            format!("The properties of a `{}` element (or of the subtype named in `type_name`).", bean.type_name)
        }
        Category::Classification => format!("The properties of the `{}` classification.", bean.type_name),
        Category::Relationship => format!("The properties of a `{}` relationship.", bean.type_name),
    };
    let _ = writeln!(out, "\n/// {what} Egeria: `{}`.\n///\n/// {}", bean.name, bean.description);
    let _ = writeln!(out, "#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]");
    let _ = writeln!(out, "pub struct {} {{", bean.name);
    if bean.category == Category::Entity {
        let _ = writeln!(
            out,
            "    /// The open metadata type: `{}` (the default) or one of its subtypes.\n    \
             #[serde(rename = \"typeName\", default, skip_serializing_if = \"Option::is_none\")]\n    \
             pub type_name: Option<String>,",
            bean.type_name
        );
    }
    for field in &bean.fields {
        emit_field(out, field);
    }
    let _ = writeln!(
        out,
        "    /// Properties without a field above (attributes of subtypes, newer attributes).\n    \
         #[serde(rename = \"extendedProperties\", default, skip_serializing_if = \"ElementProperties::is_empty\")]\n    \
         pub extended_properties: ElementProperties,\n}}\n"
    );
    match bean.category {
        Category::Entity => emit_entity_impl(out, bean),
        Category::Classification | Category::Relationship => emit_properties_impl(out, bean),
    }
}

fn own_fields(bean: &Bean) -> impl Iterator<Item = &Field> {
    bean.fields.iter().filter(|field| field.source == Source::Own)
}

fn emit_entity_impl(out: &mut String, bean: &Bean) {
    let name = &bean.name;
    let has_parent = bean.fields.iter().any(|field| field.source == Source::Parent);
    let _ = writeln!(out, "impl {name} {{");
    let _ = writeln!(
        out,
        "    /// A bean with just its qualified name.\n    \
         pub fn new(qualified_name: impl Into<String>) -> {name} {{\n        \
         {name} {{ qualified_name: Some(qualified_name.into()), ..{name}::default() }}\n    }}\n}}\n"
    );
    let _ = writeln!(out, "impl EntityBean for {name} {{");
    let _ = writeln!(out, "    const TYPE_NAME: &'static str = \"{}\";", bean.type_name);
    let _ = writeln!(out, "    const BEAN_NAME: &'static str = \"{name}\";");
    if has_parent {
        let _ = writeln!(out, "    const HAS_PARENT_FIELDS: bool = true;");
    }
    let _ =
        writeln!(out, "\n    fn requested_type(&self) -> Option<&str> {{\n        self.type_name.as_deref()\n    }}\n");
    // to_parts
    let _ = writeln!(out, "    fn to_parts(&self) -> BeanParts {{");
    let _ = writeln!(out, "        let mut properties = self.extended_properties.clone();");
    for field in own_fields(bean) {
        let _ = writeln!(out, "        {}", field.ty.put("properties", &field.attribute, &field.rust));
    }
    let classifications_mut = if bean.embedded.is_empty() { "" } else { "mut " };
    let _ = writeln!(out, "        let {classifications_mut}classifications = Vec::new();");
    for (index, (classification, fixed)) in bean.embedded.iter().enumerate() {
        let _ = writeln!(out, "        let mut embedded{index} = ElementProperties::new();");
        for field in bean.fields.iter().filter(|field| field.source == Source::Embedded(index)) {
            let _ =
                writeln!(out, "        {}", field.ty.put(&format!("embedded{index}"), &field.attribute, &field.rust));
        }
        if !fixed.is_empty() {
            let _ = writeln!(out, "        if !embedded{index}.is_empty() {{");
            for (attribute, value) in fixed {
                let _ = writeln!(out, "            embedded{index}.insert(\"{attribute}\", \"{value}\");");
            }
            let _ = writeln!(out, "        }}");
        }
        let _ = writeln!(
            out,
            "        b::push_classification(&mut classifications, \"{classification}\", embedded{index});"
        );
    }
    let parent_mut = if has_parent { "mut " } else { "" };
    let _ = writeln!(out, "        let {parent_mut}parent_properties = ElementProperties::new();");
    for field in bean.fields.iter().filter(|field| field.source == Source::Parent) {
        let _ = writeln!(out, "        {}", field.ty.put("parent_properties", &field.attribute, &field.rust));
    }
    let _ = writeln!(out, "        BeanParts {{ properties, classifications, parent_properties }}\n    }}\n");
    // from_parts
    let parent_param = if has_parent { "parent_properties" } else { "_parent_properties" };
    let _ = writeln!(
        out,
        "    fn from_parts(element: &OpenMetadataElement, {parent_param}: Option<&ElementProperties>) -> Self {{"
    );
    let properties_mut = if own_fields(bean).next().is_some() { "mut " } else { "" };
    let _ = writeln!(out, "        let {properties_mut}properties = element.properties.clone();");
    for (index, (classification, _)) in bean.embedded.iter().enumerate() {
        let _ = writeln!(
            out,
            "        let mut embedded{index} = b::classification_properties(element, \"{classification}\");"
        );
    }
    if has_parent {
        let _ = writeln!(out, "        let mut parent = parent_properties.cloned().unwrap_or_default();");
    }
    let _ = writeln!(out, "        {name} {{");
    let _ = writeln!(out, "            type_name: Some(element.type_name().to_owned()),");
    for field in &bean.fields {
        let source = match field.source {
            Source::Own => "properties".to_owned(),
            Source::Embedded(index) => format!("embedded{index}"),
            Source::Parent => "parent".to_owned(),
        };
        let _ =
            writeln!(out, "            {}: {}(&mut {source}, \"{}\"),", field.rust, field.ty.take(), field.attribute);
    }
    let _ = writeln!(out, "            extended_properties: properties,\n        }}\n    }}\n}}\n");
    let _ = writeln!(
        out,
        "/// A `{}` element with its properties as [`{name}`].\npub type {} = TypedElement<{name}>;",
        bean.type_name,
        bean.element_alias()
    );
}

fn emit_properties_impl(out: &mut String, bean: &Bean) {
    let name = &bean.name;
    let (constant, doc) = match bean.category {
        Category::Classification => ("CLASSIFICATION_NAME", "The classification the bean describes."),
        _ => ("RELATIONSHIP_TYPE", "The relationship type the bean describes."),
    };
    let _ = writeln!(out, "impl {name} {{");
    let _ = writeln!(out, "    /// {doc}\n    pub const {constant}: &'static str = \"{}\";", bean.type_name);
    if bean.category == Category::Classification {
        let _ = writeln!(
            out,
            "\n    /// The bean as a classification to attach.\n    \
             pub fn into_classification(self) -> Classification {{\n        \
             Classification::new({name}::{constant}, self.to_properties())\n    }}"
        );
    }
    let _ = writeln!(out, "}}\n");
    let _ = writeln!(out, "impl PropertiesBean for {name} {{");
    let _ = writeln!(out, "    fn to_properties(&self) -> ElementProperties {{");
    if bean.fields.is_empty() {
        let _ = writeln!(out, "        self.extended_properties.clone()\n    }}\n");
    } else {
        let _ = writeln!(out, "        let mut properties = self.extended_properties.clone();");
        for field in &bean.fields {
            let _ = writeln!(out, "        {}", field.ty.put("properties", &field.attribute, &field.rust));
        }
        let _ = writeln!(out, "        properties\n    }}\n");
    }
    let _ = writeln!(out, "    fn from_properties(properties: &ElementProperties) -> Self {{");
    let properties_mut = if bean.fields.is_empty() { "" } else { "mut " };
    let _ = writeln!(out, "        let {properties_mut}properties = properties.clone();");
    let _ = writeln!(out, "        {name} {{");
    for field in &bean.fields {
        let _ =
            writeln!(out, "            {}: {}(&mut properties, \"{}\"),", field.rust, field.ty.take(), field.attribute);
    }
    let _ = writeln!(out, "            extended_properties: properties,\n        }}\n    }}\n}}");
}
