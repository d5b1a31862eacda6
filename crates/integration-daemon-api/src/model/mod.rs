//! The open metadata model: elements, relationships, classifications, properties and external
//! identifiers.

mod element;
mod external_id;
mod properties;

pub use element::{
    ANCHORS_CLASSIFICATION, AttachedClassification, ElementOrigin, ElementStatus, ElementStub, ElementType,
    ElementVersions, Guid, MEMENTO_CLASSIFICATION, OpenMetadataElement, OpenMetadataRelationship, OriginCategory,
    RelatedMetadataElement, TypeCategory, ZONE_MEMBERSHIP_CLASSIFICATION, new_guid,
};
pub use external_id::{ExternalIdentifier, KeyPattern};
pub use properties::{ElementProperties, EnumValue, PropertyValue};
