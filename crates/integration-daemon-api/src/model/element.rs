//! Elements, relationships, classifications and their headers.
//!
//! The JSON follows Egeria 6's open metadata framework beans (`OpenMetadataElement`,
//! `OpenMetadataRelationship`, `AttachedClassification`, `ElementType`, `ElementOrigin`,
//! `ElementVersions`): camelCase names, a `class` discriminator, nulls omitted, ISO-8601 dates.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::properties::{ElementProperties, PropertyValue};
use crate::time::Timestamp;

/// A globally unique identifier of an element or relationship (a UUID in text form).
pub type Guid = String;

/// A new GUID: a time-ordered UUID (version 7). Egeria uses random version-4 UUIDs; any UUID is a
/// valid GUID, and time-ordered ones keep the repository's indexes compact as elements are added.
pub fn new_guid() -> Guid {
    uuid::Uuid::now_v7().to_string()
}

/// The lifecycle status of an element (Egeria's `ElementStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum ElementStatus {
    /// Unknown.
    Unknown,
    /// Being written.
    Draft,
    /// Ready for review.
    Prepared,
    /// Proposed.
    Proposed,
    /// Approved.
    Approved,
    /// Rejected.
    Rejected,
    /// Approved as a concept.
    ApprovedConcept,
    /// Under development.
    UnderDevelopment,
    /// Development complete.
    DevelopmentComplete,
    /// Approved for deployment.
    ApprovedForDeployment,
    /// On standby.
    Standby,
    /// In use: the default.
    #[default]
    Active,
    /// Failed.
    Failed,
    /// Disabled.
    Disabled,
    /// Complete.
    Complete,
    /// Deprecated.
    Deprecated,
    /// Something else.
    Other,
    /// Soft-deleted: hidden from normal queries, kept for history.
    Deleted,
}

impl ElementStatus {
    /// Every status, in ordinal order.
    pub const ALL: [ElementStatus; 18] = [
        ElementStatus::Unknown,
        ElementStatus::Draft,
        ElementStatus::Prepared,
        ElementStatus::Proposed,
        ElementStatus::Approved,
        ElementStatus::Rejected,
        ElementStatus::ApprovedConcept,
        ElementStatus::UnderDevelopment,
        ElementStatus::DevelopmentComplete,
        ElementStatus::ApprovedForDeployment,
        ElementStatus::Standby,
        ElementStatus::Active,
        ElementStatus::Failed,
        ElementStatus::Disabled,
        ElementStatus::Complete,
        ElementStatus::Deprecated,
        ElementStatus::Other,
        ElementStatus::Deleted,
    ];

    /// The symbolic name, e.g. `ACTIVE`.
    pub fn as_str(self) -> &'static str {
        match self {
            ElementStatus::Unknown => "UNKNOWN",
            ElementStatus::Draft => "DRAFT",
            ElementStatus::Prepared => "PREPARED",
            ElementStatus::Proposed => "PROPOSED",
            ElementStatus::Approved => "APPROVED",
            ElementStatus::Rejected => "REJECTED",
            ElementStatus::ApprovedConcept => "APPROVED_CONCEPT",
            ElementStatus::UnderDevelopment => "UNDER_DEVELOPMENT",
            ElementStatus::DevelopmentComplete => "DEVELOPMENT_COMPLETE",
            ElementStatus::ApprovedForDeployment => "APPROVED_FOR_DEPLOYMENT",
            ElementStatus::Standby => "STANDBY",
            ElementStatus::Active => "ACTIVE",
            ElementStatus::Failed => "FAILED",
            ElementStatus::Disabled => "DISABLED",
            ElementStatus::Complete => "COMPLETE",
            ElementStatus::Deprecated => "DEPRECATED",
            ElementStatus::Other => "OTHER",
            ElementStatus::Deleted => "DELETED",
        }
    }
}

impl fmt::Display for ElementStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ElementStatus {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        ElementStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == text)
            .ok_or_else(|| format!("'{text}' is not an element status"))
    }
}

/// Whether a type describes entities, relationships or classifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TypeCategory {
    /// An element (entity) type.
    #[serde(rename = "ENTITY_DEF")]
    Entity,
    /// A relationship type.
    #[serde(rename = "RELATIONSHIP_DEF")]
    Relationship,
    /// A classification type.
    #[serde(rename = "CLASSIFICATION_DEF")]
    Classification,
}

impl TypeCategory {
    /// "an entity", "a relationship", "a classification": for messages.
    pub fn with_article(self) -> &'static str {
        match self {
            TypeCategory::Entity => "an entity",
            TypeCategory::Relationship => "a relationship",
            TypeCategory::Classification => "a classification",
        }
    }
}

/// The type of an element, relationship or classification, with its supertypes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ElementType {
    /// The type's GUID, when the server has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<String>,
    /// The type name, e.g. `RelationalTable`.
    pub type_name: String,
    /// Supertype names, nearest first (e.g. `SchemaAttribute`, `SchemaElement`, `Referenceable`,
    /// `OpenMetadataRoot`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub super_type_names: Vec<String>,
    /// The type's version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_version: Option<i64>,
    /// What the type is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_description: Option<String>,
    /// Entity, relationship or classification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_category: Option<TypeCategory>,
}

impl ElementType {
    /// A type known by name only.
    pub fn named(type_name: impl Into<String>) -> ElementType {
        ElementType {
            type_id: None,
            type_name: type_name.into(),
            super_type_names: Vec::new(),
            type_version: None,
            type_description: None,
            type_category: None,
        }
    }

    /// True when this is the named type or one of its subtypes (by the supertype list carried
    /// in the header).
    pub fn is_a(&self, type_name: &str) -> bool {
        self.type_name == type_name || self.super_type_names.iter().any(|name| name == type_name)
    }
}

/// Where an element came from (Egeria's `ElementOriginCategory`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum OriginCategory {
    /// Not known.
    Unknown,
    /// Created locally; anyone may change it.
    #[default]
    LocalCohort,
    /// Exported by a cohort member.
    ExportedCohort,
    /// Owned by an external source (a third-party technology): only that source may change it.
    ExternalSource,
    /// From a repository that left the cohort.
    DeregisteredRepository,
    /// Loaded from a content pack.
    ContentPack,
    /// From configuration.
    Configuration,
}

/// The provenance of an element: which metadata collection owns it (Egeria's `ElementOrigin`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ElementOrigin {
    /// The server that holds the element.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_server: Option<String>,
    /// How the element came to be.
    #[serde(default)]
    pub origin_category: OriginCategory,
    /// The owning metadata collection (for `EXTERNAL_SOURCE`: the metadata source's GUID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_metadata_collection_id: Option<String>,
    /// The owning metadata collection's name (the metadata source's qualified name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_metadata_collection_name: Option<String>,
    /// Licence of the element's content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
}

impl ElementOrigin {
    /// The GUID of the metadata source that owns the element, when an external source does.
    pub fn owning_source(&self) -> Option<&str> {
        match self.origin_category {
            OriginCategory::ExternalSource => self.home_metadata_collection_id.as_deref(),
            _ => None,
        }
    }
}

/// Who created and changed an element, when, and its version (Egeria's `ElementVersions`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ElementVersions {
    /// The user that created it.
    pub created_by: String,
    /// The user that changed it last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// When it was created.
    #[serde(with = "crate::time::iso8601")]
    pub create_time: Timestamp,
    /// When it was changed last.
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub update_time: Option<Timestamp>,
    /// Incremented on every change, starting at 1.
    pub version: i64,
}

fn attached_classification_class() -> String {
    "AttachedClassification".to_owned()
}

/// A classification attached to an element (Egeria's `AttachedClassification`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttachedClassification {
    /// Always `AttachedClassification`.
    #[serde(rename = "class", default = "attached_classification_class")]
    pub class: String,
    /// The classification's type name, e.g. `PrimaryKey`.
    pub classification_name: String,
    /// Its properties.
    #[serde(default, skip_serializing_if = "ElementProperties::is_empty")]
    pub classification_properties: ElementProperties,
    /// Its status.
    #[serde(default)]
    pub status: ElementStatus,
    /// Who owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<ElementOrigin>,
    /// Who set it and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub versions: Option<ElementVersions>,
}

impl AttachedClassification {
    /// A classification with properties, as a request to attach it.
    pub fn new(name: impl Into<String>, properties: ElementProperties) -> AttachedClassification {
        AttachedClassification {
            class: attached_classification_class(),
            classification_name: name.into(),
            classification_properties: properties,
            status: ElementStatus::Active,
            origin: None,
            versions: None,
        }
    }
}

fn element_class() -> String {
    "OpenMetadataElement".to_owned()
}

/// An element (entity) in the repository (Egeria's `OpenMetadataElement`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenMetadataElement {
    /// Always `OpenMetadataElement`.
    #[serde(rename = "class", default = "element_class")]
    pub class: String,
    /// Header version (0).
    #[serde(default)]
    pub header_version: i64,
    /// The element's GUID.
    #[serde(rename = "elementGUID")]
    pub guid: Guid,
    /// Its type, with supertypes.
    #[serde(rename = "type")]
    pub element_type: ElementType,
    /// Its lifecycle status.
    #[serde(default)]
    pub status: ElementStatus,
    /// Who owns it.
    #[serde(default)]
    pub origin: ElementOrigin,
    /// Who created and changed it, when, and its version.
    pub versions: ElementVersions,
    /// When it starts to be effective.
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub effective_from_time: Option<Timestamp>,
    /// When it stops being effective.
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub effective_to_time: Option<Timestamp>,
    /// Attached classifications, including `Anchors` and `ZoneMembership`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classifications: Vec<AttachedClassification>,
    /// Its properties.
    #[serde(rename = "elementProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub properties: ElementProperties,
}

/// The name of the classification that records an element's anchor.
pub const ANCHORS_CLASSIFICATION: &str = "Anchors";
/// The name of the classification that records an element's governance zones.
pub const ZONE_MEMBERSHIP_CLASSIFICATION: &str = "ZoneMembership";
/// The name of the classification that marks an archived element.
pub const MEMENTO_CLASSIFICATION: &str = "Memento";

impl OpenMetadataElement {
    /// The element's type name.
    pub fn type_name(&self) -> &str {
        &self.element_type.type_name
    }

    /// The element's `qualifiedName`, if it has one.
    pub fn qualified_name(&self) -> Option<&str> {
        self.properties.get_str("qualifiedName")
    }

    /// A property's value.
    pub fn property(&self, name: &str) -> Option<&PropertyValue> {
        self.properties.get(name)
    }

    /// The attached classification with this name.
    pub fn classification(&self, name: &str) -> Option<&AttachedClassification> {
        self.classifications.iter().find(|classification| classification.classification_name == name)
    }

    /// The GUID of the element's anchor (from its `Anchors` classification).
    pub fn anchor_guid(&self) -> Option<&str> {
        self.classification(ANCHORS_CLASSIFICATION)
            .and_then(|anchors| anchors.classification_properties.get_str("anchorGUID"))
    }

    /// The governance zones the element is in (from its `ZoneMembership` classification).
    pub fn zone_membership(&self) -> Vec<String> {
        self.classification(ZONE_MEMBERSHIP_CLASSIFICATION)
            .and_then(|zones| zones.classification_properties.get("zoneMembership"))
            .and_then(PropertyValue::as_string_array)
            .unwrap_or_default()
    }

    /// The GUID of the metadata source that owns the element, if an external source does.
    pub fn owning_source(&self) -> Option<&str> {
        self.origin.owning_source()
    }

    /// A stub of the element for relationship ends and events.
    pub fn stub(&self) -> ElementStub {
        ElementStub {
            guid: self.guid.clone(),
            element_type: self.element_type.clone(),
            unique_name: self.qualified_name().map(str::to_owned),
        }
    }
}

/// The identity of an element without its properties (Egeria's `ElementStub`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ElementStub {
    /// The element's GUID.
    pub guid: Guid,
    /// Its type.
    #[serde(rename = "type")]
    pub element_type: ElementType,
    /// Its qualified name, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_name: Option<String>,
}

fn relationship_class() -> String {
    "OpenMetadataRelationship".to_owned()
}

/// A relationship between two elements (Egeria's `OpenMetadataRelationship`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenMetadataRelationship {
    /// Always `OpenMetadataRelationship`.
    #[serde(rename = "class", default = "relationship_class")]
    pub class: String,
    /// Header version (0).
    #[serde(default)]
    pub header_version: i64,
    /// The relationship's GUID.
    #[serde(rename = "relationshipGUID")]
    pub guid: Guid,
    /// Its type.
    #[serde(rename = "type")]
    pub relationship_type: ElementType,
    /// Its status.
    #[serde(default)]
    pub status: ElementStatus,
    /// Who owns it.
    #[serde(default)]
    pub origin: ElementOrigin,
    /// Who created and changed it, when, and its version.
    pub versions: ElementVersions,
    /// When it starts to be effective.
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub effective_from_time: Option<Timestamp>,
    /// When it stops being effective.
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub effective_to_time: Option<Timestamp>,
    /// The element at end 1.
    pub element_at_end1: ElementStub,
    /// The element at end 2.
    pub element_at_end2: ElementStub,
    /// The attribute name by which end 2 sees end 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_at_end1: Option<String>,
    /// The attribute name by which end 1 sees end 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_at_end2: Option<String>,
    /// Its properties.
    #[serde(default, skip_serializing_if = "ElementProperties::is_empty")]
    pub relationship_properties: ElementProperties,
}

impl OpenMetadataRelationship {
    /// The relationship's type name.
    pub fn type_name(&self) -> &str {
        &self.relationship_type.type_name
    }

    /// The GUID of the element at the other end from `guid`.
    pub fn other_end(&self, guid: &str) -> Option<&ElementStub> {
        if self.element_at_end1.guid == guid {
            Some(&self.element_at_end2)
        } else if self.element_at_end2.guid == guid {
            Some(&self.element_at_end1)
        } else {
            None
        }
    }
}

fn related_element_class() -> String {
    "RelatedMetadataElement".to_owned()
}

/// An element reached through a relationship (Egeria's `RelatedMetadataElement`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RelatedMetadataElement {
    /// Always `RelatedMetadataElement`.
    #[serde(rename = "class", default = "related_element_class")]
    pub class: String,
    /// The relationship.
    pub relationship: OpenMetadataRelationship,
    /// True when the related element is at end 1 of the relationship.
    #[serde(rename = "elementAtEnd1")]
    pub element_at_end1: bool,
    /// The related element.
    pub element: OpenMetadataElement,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::parse_timestamp;
    use serde_json::json;

    fn element() -> OpenMetadataElement {
        OpenMetadataElement {
            class: element_class(),
            header_version: 0,
            guid: "g-1".into(),
            element_type: ElementType {
                super_type_names: vec![
                    "DataSet".into(),
                    "DataAsset".into(),
                    "Asset".into(),
                    "Referenceable".into(),
                    "OpenMetadataRoot".into(),
                ],
                type_category: Some(TypeCategory::Entity),
                ..ElementType::named("DeployedDatabaseSchema")
            },
            status: ElementStatus::Active,
            origin: ElementOrigin {
                origin_category: OriginCategory::ExternalSource,
                home_metadata_collection_id: Some("src-1".into()),
                home_metadata_collection_name: Some("PostgreSQL::prod".into()),
                ..ElementOrigin::default()
            },
            versions: ElementVersions {
                created_by: "dbuser".into(),
                updated_by: None,
                create_time: parse_timestamp("2026-11-23T10:15:30.123Z").unwrap(),
                update_time: None,
                version: 1,
            },
            effective_from_time: None,
            effective_to_time: None,
            classifications: vec![
                AttachedClassification::new(
                    ANCHORS_CLASSIFICATION,
                    ElementProperties::new().with("anchorGUID", "db-1").with("anchorTypeName", "Database"),
                ),
                AttachedClassification::new(
                    ZONE_MEMBERSHIP_CLASSIFICATION,
                    ElementProperties::new().with("zoneMembership", vec!["data-lake"]),
                ),
            ],
            properties: ElementProperties::new().with("qualifiedName", "PostgreSQL::prod::sales"),
        }
    }

    #[test]
    fn element_json_uses_egeria_names() {
        let value = serde_json::to_value(element()).unwrap();
        assert_eq!(value["class"], "OpenMetadataElement");
        assert_eq!(value["elementGUID"], "g-1");
        assert_eq!(value["type"]["typeName"], "DeployedDatabaseSchema");
        assert_eq!(value["type"]["typeCategory"], "ENTITY_DEF");
        assert_eq!(value["origin"]["originCategory"], "EXTERNAL_SOURCE");
        assert_eq!(value["versions"]["createTime"], "2026-11-23T10:15:30.123+00:00");
        assert!(value["versions"].get("updateTime").is_none());
        assert_eq!(value["classifications"][0]["classificationName"], "Anchors");
        assert_eq!(
            value["elementProperties"]["propertyValueMap"]["qualifiedName"]["primitiveValue"],
            "PostgreSQL::prod::sales"
        );
        let back: OpenMetadataElement = serde_json::from_value(value).unwrap();
        assert_eq!(back, element());
    }

    #[test]
    fn helpers_read_the_header_and_classifications() {
        let element = element();
        assert_eq!(element.qualified_name(), Some("PostgreSQL::prod::sales"));
        assert_eq!(element.anchor_guid(), Some("db-1"));
        assert_eq!(element.zone_membership(), vec!["data-lake"]);
        assert_eq!(element.owning_source(), Some("src-1"));
        assert!(element.element_type.is_a("Asset"));
        assert!(!element.element_type.is_a("Process"));
        assert_eq!(element.stub().unique_name.as_deref(), Some("PostgreSQL::prod::sales"));
    }

    #[test]
    fn reads_the_recorded_egeria_header_shapes() {
        // The type, origin and versions objects of reference/fixtures/element-person-callie.json.
        let element: OpenMetadataElement = serde_json::from_value(json!({
            "class": "OpenMetadataElement",
            "elementGUID": "55f71ffc-d114-4dd0-8e34-db2d0f8df4fc",
            "status": "ACTIVE",
            "type": {"typeId": "ac406bf8-e53e-49f1-9088-2af28bbbd285", "typeName": "Person",
                     "superTypeNames": ["ActorProfile", "Actor", "Referenceable", "OpenMetadataRoot"],
                     "typeVersion": 1, "typeDescription": "An individual.", "typeCategory": "ENTITY_DEF"},
            "origin": {"sourceServer": "active-metadata-store", "originCategory": "CONTENT_PACK",
                       "homeMetadataCollectionId": "655b1965-4c29-4a0e-8a5d-3f55a37b3799",
                       "homeMetadataCollectionName": "Coco Pharmaceuticals Combination", "license": "Apache 2.0"},
            "versions": {"createdBy": "Egeria Project", "updatedBy": "Egeria Project",
                         "createTime": "2021-12-20T07:20:40.038+00:00",
                         "updateTime": "2026-02-11T20:23:28.870+00:00", "version": 1_770_841_408_792_i64}
        }))
        .unwrap();
        assert!(element.element_type.is_a("Actor"));
        assert_eq!(element.origin.origin_category, OriginCategory::ContentPack);
        assert_eq!(element.owning_source(), None);
        assert_eq!(element.versions.version, 1_770_841_408_792);
    }

    #[test]
    fn statuses_parse_and_print() {
        for status in ElementStatus::ALL {
            assert_eq!(status.as_str().parse::<ElementStatus>(), Ok(status));
            assert_eq!(serde_json::to_value(status).unwrap(), json!(status.as_str()));
        }
        assert!("LIVE".parse::<ElementStatus>().is_err());
    }
}
