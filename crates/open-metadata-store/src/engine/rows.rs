//! The rows the backends store, and their conversion to the port's model.
//!
//! Properties are stored as plain JSON (see `PropertyValue::to_json`); reading them back goes
//! through the type registry, which restores each value's attribute type.

use std::collections::BTreeMap;

use integration_daemon_api::types::{TypeRegistry, ValidationMode};
use integration_daemon_api::{
    ANCHORS_CLASSIFICATION, AttachedClassification, ElementOrigin, ElementProperties, ElementStatus, ElementStub,
    ElementType, ElementVersions, OpenMetadataElement, OpenMetadataRelationship, OriginCategory, PropertyValue,
    ZONE_MEMBERSHIP_CLASSIFICATION, time,
};
use serde_json::Value;

/// Milliseconds since the epoch: how times are stored.
pub(crate) type Millis = i64;

pub(crate) fn now_millis() -> Millis {
    time::now().timestamp_millis()
}

fn to_time(millis: Millis) -> time::Timestamp {
    time::from_epoch_millis(millis).unwrap_or_else(time::now)
}

/// Who owns an element, relationship or classification.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Provenance {
    pub(crate) category: OriginCategory,
    pub(crate) home_id: Option<String>,
    pub(crate) home_name: Option<String>,
}

impl Provenance {
    pub(crate) fn origin(&self) -> ElementOrigin {
        ElementOrigin {
            source_server: None,
            origin_category: self.category,
            home_metadata_collection_id: self.home_id.clone(),
            home_metadata_collection_name: self.home_name.clone(),
            license: None,
        }
    }

    /// The owning metadata source, when an external source owns it.
    pub(crate) fn owner(&self) -> Option<&str> {
        match self.category {
            OriginCategory::ExternalSource => self.home_id.as_deref(),
            _ => None,
        }
    }

    pub(crate) fn category_text(&self) -> &'static str {
        category_text(self.category)
    }
}

pub(crate) fn category_text(category: OriginCategory) -> &'static str {
    match category {
        OriginCategory::ExternalSource => "EXTERNAL_SOURCE",
        OriginCategory::ExportedCohort => "EXPORTED_COHORT",
        OriginCategory::DeregisteredRepository => "DEREGISTERED_REPOSITORY",
        OriginCategory::ContentPack => "CONTENT_PACK",
        OriginCategory::Configuration => "CONFIGURATION",
        OriginCategory::Unknown => "UNKNOWN",
        _ => "LOCAL_COHORT",
    }
}

pub(crate) fn parse_category(text: &str) -> OriginCategory {
    match text {
        "EXTERNAL_SOURCE" => OriginCategory::ExternalSource,
        "EXPORTED_COHORT" => OriginCategory::ExportedCohort,
        "DEREGISTERED_REPOSITORY" => OriginCategory::DeregisteredRepository,
        "CONTENT_PACK" => OriginCategory::ContentPack,
        "CONFIGURATION" => OriginCategory::Configuration,
        "UNKNOWN" => OriginCategory::Unknown,
        _ => OriginCategory::LocalCohort,
    }
}

/// Who changed something, when, and its version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub(crate) version: i64,
    pub(crate) created_by: String,
    pub(crate) create_time: Millis,
    pub(crate) updated_by: Option<String>,
    pub(crate) update_time: Option<Millis>,
}

impl Stamp {
    pub(crate) fn new(user: &str, now: Millis) -> Stamp {
        Stamp { version: 1, created_by: user.to_owned(), create_time: now, updated_by: None, update_time: None }
    }

    pub(crate) fn bump(&mut self, user: &str, now: Millis) {
        self.version += 1;
        self.updated_by = Some(user.to_owned());
        self.update_time = Some(now);
    }

    pub(crate) fn versions(&self) -> ElementVersions {
        ElementVersions {
            created_by: self.created_by.clone(),
            updated_by: self.updated_by.clone(),
            create_time: to_time(self.create_time),
            update_time: self.update_time.map(to_time),
            version: self.version,
        }
    }
}

/// A classification attached to an element.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ClassificationRow {
    pub(crate) name: String,
    pub(crate) properties: ElementProperties,
    pub(crate) stamp: Stamp,
    pub(crate) provenance: Provenance,
}

/// An element as stored.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ElementRow {
    pub(crate) guid: String,
    pub(crate) type_name: String,
    pub(crate) status: ElementStatus,
    pub(crate) properties: ElementProperties,
    pub(crate) stamp: Stamp,
    pub(crate) provenance: Provenance,
    /// The root anchor (Egeria's `Anchors.anchorGUID`).
    pub(crate) anchor_guid: Option<String>,
    pub(crate) anchor_type: Option<String>,
    /// The parent it was created under (when anchored through it): deleting the parent deletes it.
    pub(crate) parent_guid: Option<String>,
    /// Kept for lineage with a `Memento` classification.
    pub(crate) archived: bool,
    pub(crate) effective_from: Option<Millis>,
    pub(crate) effective_to: Option<Millis>,
    /// Classifications by name (without `Anchors`, which is derived from the anchor columns).
    pub(crate) classifications: BTreeMap<String, ClassificationRow>,
}

impl ElementRow {
    /// Visible to normal reads: not deleted and not archived.
    pub(crate) fn is_visible(&self) -> bool {
        self.status != ElementStatus::Deleted && !self.archived
    }

    pub(crate) fn qualified_name(&self) -> Option<&str> {
        self.properties.get_str("qualifiedName")
    }

    /// The governance zones, or `None` when the element has no `ZoneMembership` classification
    /// (then it is in every zone).
    pub(crate) fn zones(&self) -> Option<Vec<String>> {
        self.classifications.get(ZONE_MEMBERSHIP_CLASSIFICATION).map(|zones| {
            zones.properties.get("zoneMembership").and_then(PropertyValue::as_string_array).unwrap_or_default()
        })
    }

    /// The text the search index holds: every string value, one per line.
    pub(crate) fn search_text(&self) -> String {
        search_text(&self.properties)
    }

    pub(crate) fn to_element(&self, registry: &TypeRegistry) -> OpenMetadataElement {
        let mut classifications: Vec<AttachedClassification> = Vec::with_capacity(self.classifications.len() + 1);
        if let Some(anchor) = &self.anchor_guid {
            let mut properties = ElementProperties::new().with("anchorGUID", anchor.as_str());
            if let Some(anchor_type) = &self.anchor_type {
                properties.insert("anchorTypeName", anchor_type.as_str());
            }
            classifications.push(AttachedClassification {
                versions: Some(self.stamp.versions()),
                origin: Some(self.provenance.origin()),
                ..AttachedClassification::new(ANCHORS_CLASSIFICATION, properties)
            });
        }
        classifications.extend(self.classifications.values().map(|row| AttachedClassification {
            versions: Some(row.stamp.versions()),
            origin: Some(row.provenance.origin()),
            ..AttachedClassification::new(row.name.clone(), row.properties.clone())
        }));
        OpenMetadataElement {
            class: "OpenMetadataElement".to_owned(),
            header_version: 0,
            guid: self.guid.clone(),
            element_type: element_type(registry, &self.type_name),
            status: self.status,
            origin: self.provenance.origin(),
            versions: self.stamp.versions(),
            effective_from_time: self.effective_from.map(to_time),
            effective_to_time: self.effective_to.map(to_time),
            classifications,
            properties: self.properties.clone(),
        }
    }
}

/// The header form of a type; a type no longer in the registry keeps its name alone.
pub(crate) fn element_type(registry: &TypeRegistry, type_name: &str) -> ElementType {
    registry.element_type(type_name).unwrap_or_else(|| ElementType::named(type_name))
}

/// A relationship as stored.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RelationshipRow {
    pub(crate) guid: String,
    pub(crate) type_name: String,
    pub(crate) end1_guid: String,
    pub(crate) end1_type: String,
    pub(crate) end2_guid: String,
    pub(crate) end2_type: String,
    pub(crate) properties: ElementProperties,
    pub(crate) stamp: Stamp,
    pub(crate) provenance: Provenance,
    pub(crate) effective_from: Option<Millis>,
    pub(crate) effective_to: Option<Millis>,
}

impl RelationshipRow {
    pub(crate) fn to_relationship(
        &self,
        registry: &TypeRegistry,
        end1_name: Option<String>,
        end2_name: Option<String>,
    ) -> OpenMetadataRelationship {
        let def = registry.get(&self.type_name);
        let stub = |guid: &str, type_name: &str, unique_name: Option<String>| ElementStub {
            guid: guid.to_owned(),
            element_type: element_type(registry, type_name),
            unique_name,
        };
        OpenMetadataRelationship {
            class: "OpenMetadataRelationship".to_owned(),
            header_version: 0,
            guid: self.guid.clone(),
            relationship_type: element_type(registry, &self.type_name),
            status: ElementStatus::Active,
            origin: self.provenance.origin(),
            versions: self.stamp.versions(),
            effective_from_time: self.effective_from.map(to_time),
            effective_to_time: self.effective_to.map(to_time),
            element_at_end1: stub(&self.end1_guid, &self.end1_type, end1_name),
            element_at_end2: stub(&self.end2_guid, &self.end2_type, end2_name),
            label_at_end1: def.and_then(|d| d.end1.as_ref()).map(|end| end.attribute_name.clone()),
            label_at_end2: def.and_then(|d| d.end2.as_ref()).map(|end| end.attribute_name.clone()),
            relationship_properties: self.properties.clone(),
        }
    }
}

/// Every string value of a property map, one per line (the search index's text).
pub(crate) fn search_text(properties: &ElementProperties) -> String {
    let mut text = String::new();
    for (_, value) in properties.iter() {
        push_strings(value, &mut text);
    }
    text
}

/// Every string value of a property map (what a search string is matched against).
pub(crate) fn string_values(properties: &ElementProperties) -> Vec<&str> {
    fn collect<'a>(value: &'a PropertyValue, out: &mut Vec<&'a str>) {
        match value {
            PropertyValue::String(text) => out.push(text),
            PropertyValue::Array(items) => items.iter().for_each(|item| collect(item, out)),
            PropertyValue::Map(entries) => entries.values().for_each(|item| collect(item, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (_, value) in properties.iter() {
        collect(value, &mut out);
    }
    out
}

fn push_strings(value: &PropertyValue, text: &mut String) {
    match value {
        PropertyValue::String(value) => {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(value);
        }
        PropertyValue::Array(items) => items.iter().for_each(|item| push_strings(item, text)),
        PropertyValue::Map(entries) => entries.values().for_each(|item| push_strings(item, text)),
        _ => {}
    }
}

/// Plain JSON text of a property map, for storage.
pub(crate) fn properties_json(properties: &ElementProperties) -> String {
    properties.to_json_string()
}

/// Reads stored JSON back into typed properties of `type_name`.
///
/// Stored values were validated when written, so this only restores types. Should the type
/// definitions have changed since (an attribute dropped, say), the value is kept untyped rather
/// than lost.
pub(crate) fn decode_properties(registry: &TypeRegistry, type_name: &str, json: &str) -> ElementProperties {
    let plain = match serde_json::from_str::<Value>(json) {
        Ok(Value::Object(object)) => ElementProperties::from_json(&object),
        _ => return ElementProperties::new(),
    };
    let Some(def) = registry.get(type_name) else { return plain };
    match registry.validate_properties(def, plain.clone(), ValidationMode::Partial) {
        Ok(typed) => typed,
        Err(_) => ElementProperties(
            plain
                .into_iter()
                .map(|(name, value)| {
                    let typed = def
                        .attributes
                        .get(&name)
                        .and_then(|attribute| registry.normalise_value(def, attribute, value.clone()).ok())
                        .unwrap_or(value);
                    (name, typed)
                })
                .collect(),
        ),
    }
}

pub(crate) fn status_text(status: ElementStatus) -> &'static str {
    status.as_str()
}

pub(crate) fn parse_status(text: &str) -> ElementStatus {
    text.parse().unwrap_or(ElementStatus::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_text_and_string_values_cover_nested_strings() {
        let properties = ElementProperties::new()
            .with("qualifiedName", "a")
            .with("aliases", vec!["b", "c"])
            .with("additionalProperties", BTreeMap::from([("k".to_owned(), "d".to_owned())]))
            .with("position", 3);
        assert_eq!(search_text(&properties), "d\nb\nc\na");
        assert_eq!(string_values(&properties), vec!["d", "b", "c", "a"]);
    }

    #[test]
    fn stored_json_comes_back_typed() {
        let registry = TypeRegistry::builtin();
        let json = r#"{"qualifiedName":"c","length":12,"sortOrder":"ASCENDING","dropped":1}"#;
        let properties = decode_properties(&registry, "RelationalColumn", json);
        assert_eq!(properties.get("length"), Some(&PropertyValue::Int(12)));
        assert!(matches!(properties.get("sortOrder"), Some(PropertyValue::Enum(_))));
        // An attribute the types no longer define is kept rather than lost.
        assert_eq!(properties.get("dropped"), Some(&PropertyValue::Long(1)));
    }
}
