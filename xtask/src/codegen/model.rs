//! The services description (`codegen/services.toml`), as read.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The whole description.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Description {
    /// Property beans by name.
    pub beans: BTreeMap<String, BeanDef>,
    /// Shared families by group name.
    #[serde(default)]
    pub groups: BTreeMap<String, Families>,
    /// The services by short name.
    pub services: BTreeMap<String, Service>,
}

/// One property bean.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BeanDef {
    /// The entity type of an entity bean.
    #[serde(rename = "type")]
    pub entity: Option<String>,
    /// The classification of a classification bean.
    pub classification: Option<String>,
    /// The relationship of a relationship bean.
    pub relationship: Option<String>,
    /// Fields kept in classifications.
    #[serde(default)]
    pub embedded: Vec<Embedded>,
    /// Fields kept on the relationship to the parent.
    pub parent: Option<ParentFields>,
}

/// Fields of an entity bean kept in a classification.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Embedded {
    /// The classification.
    pub classification: String,
    /// Its attributes that become bean fields.
    pub fields: Vec<String>,
    /// Values written with them.
    #[serde(default)]
    pub fixed: BTreeMap<String, String>,
}

/// Fields of an entity bean kept on the relationship to the parent.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParentFields {
    /// The relationship type whose attributes give the field types.
    pub relationship: String,
    /// Bean field (camelCase) → relationship attribute.
    pub fields: BTreeMap<String, String>,
}

/// Families: entities, relationships, classifications and hand-written extras.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Families {
    /// Entity kinds.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Relationship kinds.
    #[serde(default)]
    pub relationships: Vec<Relationship>,
    /// Classification kinds.
    #[serde(default)]
    pub classifications: Vec<ClassificationDef>,
    /// Methods written by hand in the crate's `special.rs`.
    #[serde(default)]
    pub extras: Vec<Extra>,
}

/// One integration service.
#[derive(Debug, Deserialize)]
#[allow(clippy::struct_field_names)] // `service` and `service_events_hook` are the description's names.
#[serde(deny_unknown_fields)]
pub struct Service {
    /// The `IntegrationService` variant.
    pub service: String,
    /// The Rust type prefix (`Database` → `DatabaseIntegratorContext`).
    pub prefix: String,
    /// The crate name.
    #[serde(rename = "crate")]
    pub crate_name: String,
    /// What the metadata source is called, in snake case.
    pub role: String,
    /// The Egeria equivalent.
    pub egeria: String,
    /// What the service is for.
    pub summary: String,
    /// Element types of the default event filter.
    pub listener_types: Vec<String>,
    /// Shared groups included.
    #[serde(default)]
    pub groups: Vec<String>,
    /// Writes take external identifiers.
    #[serde(default)]
    pub correlate: bool,
    /// The context carries `special::Extension`.
    #[serde(default)]
    pub extension: bool,
    /// Extra `use` paths of the generated code.
    #[serde(default)]
    pub imports: Vec<String>,
    /// Extra connector trait methods (Rust source).
    pub connector_methods: Option<String>,
    /// The adapter routes change-log events through this function.
    pub event_hook: Option<String>,
    /// The adapter delivers service events through this function.
    pub service_events_hook: Option<String>,
    /// The adapter registers the default listener after start.
    #[serde(default)]
    pub auto_listener: bool,
    /// The service's own families.
    #[serde(flatten)]
    pub families: Families,
}

/// Where an entity kind's elements hang.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum PlacementDef {
    /// `"top"` or `"schema_type"`.
    Simple(String),
    /// Under a parent through a relationship.
    Child {
        /// The relationship type.
        child: String,
        /// 1 or 2.
        parent_at_end: u8,
        /// Own anchor.
        own_anchor: bool,
        /// Parent required.
        required: bool,
    },
    /// A part of a schema.
    Schema {
        /// The schema type created when missing.
        schema_attribute: String,
        /// The relationship from the schema type (default `AttributeForSchema`).
        relationship: Option<String>,
    },
}

/// One entity kind.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Singular snake name.
    pub name: String,
    /// Plural snake name.
    pub plural: String,
    /// The bean.
    pub bean: String,
    /// The type, when narrower than the bean's.
    #[serde(rename = "type")]
    pub type_name: Option<String>,
    /// The name in messages.
    pub kind: Option<String>,
    /// Placement.
    pub placement: PlacementDef,
    /// Required classification.
    pub marker: Option<String>,
    /// Excluded classification.
    pub excluded_marker: Option<String>,
    /// Publish, withdraw and get-my operations.
    #[serde(default)]
    pub asset: bool,
    /// The operations (defaults by placement and asset).
    pub ops: Option<Vec<String>>,
    /// Method names that differ from the defaults.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// The parent parameter's name.
    pub parent_param: Option<String>,
    /// The catalog exchange service the kind belongs to.
    pub exchange: Option<String>,
    /// Generate an `upsert_<name>_classified` synchronizer method.
    #[serde(default)]
    pub classified: bool,
}

/// One relationship kind.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relationship {
    /// Snake name.
    pub name: String,
    /// The relationship type.
    #[serde(rename = "type")]
    pub type_name: String,
    /// The bean, when the relationship has properties.
    pub bean: Option<String>,
    /// What end 1 is called (parameter `<end1>_guid`).
    pub end1: String,
    /// What end 2 is called.
    pub end2: String,
    /// The operations.
    pub ops: Option<Vec<String>>,
    /// Method names that differ from the defaults.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// The catalog exchange service.
    pub exchange: Option<String>,
}

/// One classification kind.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassificationDef {
    /// Snake name.
    pub name: String,
    /// The classification type.
    pub classification: String,
    /// The entity type it is set on.
    pub target: String,
    /// The bean, when it has properties.
    pub bean: Option<String>,
    /// Method names that differ from the defaults.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// The catalog exchange service.
    pub exchange: Option<String>,
}

/// A hand-written method of the context.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Extra {
    /// Snake name.
    pub name: String,
    /// The Egeria method.
    pub egeria: String,
    /// Documentation.
    pub doc: String,
    /// Parameters (name, Rust type).
    pub params: Vec<(String, String)>,
    /// The Rust type returned inside `Result`.
    pub returns: String,
    /// The hand-written function is not `async` (it does no I/O).
    #[serde(default)]
    pub immediate: bool,
    /// The catalog exchange service.
    pub exchange: Option<String>,
}
