//! Method families: the typed operations every integration service's context offers.
//!
//! Egeria's twelve integration-service contexts repeat one pattern per kind of element: create,
//! create from a template, update (merge or replace), remove, find by search string, get by name,
//! get by GUID, list by parent, publish and withdraw for assets; set and clear for classifications;
//! link, update, unlink and list for relationships. Here that pattern is written once, generic over
//! the property bean ([`EntityBean`], [`PropertiesBean`]) and driven by a static description of the
//! kind ([`EntitySpec`], [`RelationshipSpec`], [`ClassificationSpec`]). The service crates'
//! generated code holds only the descriptions and one-line typed wrappers.
//!
//! Where an element hangs is its [`Placement`]: at the top level, under a parent through a
//! relationship, or — for schema attributes — under an asset through its schema type (created on
//! demand, as Egeria's `createDatabaseTable` does), under a complex schema type, or nested in
//! another attribute.
//!
//! The [`TypedSynchronizer`] applies the same descriptions to the core [`Synchronizer`]
//! (correlation by key, fingerprints, batches, fail-safe removal).

pub mod bean;
mod correlation;
mod ops;
mod slot;
mod sync;
mod template;

use serde::{Deserialize, Serialize};

use crate::model::{
    AttachedClassification, ElementOrigin, ElementStatus, ElementStub, ElementType, ElementVersions, Guid,
    OpenMetadataElement, OpenMetadataRelationship,
};
pub use bean::{BeanEnum, BeanParts, Classification, EntityBean, PropertiesBean};
pub use correlation::*;
pub use ops::*;
pub use slot::ContextSlot;
pub use sync::TypedSynchronizer;
pub use template::{TemplateProperties, create_from_template};

/// Where the elements of a kind hang.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// No parent (databases, hosts, glossaries, ...).
    TopLevel,
    /// Under a parent element, through a relationship.
    Child {
        /// The relationship type, e.g. `DataSetContent`.
        relationship: &'static str,
        /// True when the parent is at end 1 of the relationship.
        parent_at_end1: bool,
        /// The element is its own anchor (an asset under another asset); otherwise it is anchored
        /// to its parent's anchor and removed with it.
        own_anchor: bool,
        /// The parent must be given.
        required: bool,
    },
    /// A part of a schema: under an asset or port (through the element's schema type, created
    /// when missing), under a schema type directly, or — for schema attributes — nested in another
    /// schema attribute (`NestedSchemaAttribute`).
    SchemaAttribute {
        /// The type of the schema type created for an element that has none, e.g.
        /// `RelationalDBSchemaType`.
        schema_type: &'static str,
        /// The relationship from the schema type to the part: `AttributeForSchema` for
        /// attributes, `APIOperations` for API operations, `SchemaTypeOption` for event types.
        relationship: &'static str,
    },
    /// A schema type attached to the element whose structure it describes (`Schema`).
    SchemaType,
}

/// The description of one kind of element a context handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntitySpec {
    /// The kind's name in messages, e.g. `database table`.
    pub kind: &'static str,
    /// The open metadata type (subtypes may be requested through the bean's `typeName`).
    pub type_name: &'static str,
    /// Where the elements hang.
    pub placement: Placement,
    /// A classification every element of the kind carries (a database view is a `RelationalTable`
    /// classified `CalculatedValue`).
    pub marker: Option<&'static str>,
    /// A classification elements of the kind never carry (tables are not views).
    pub excluded_marker: Option<&'static str>,
}

impl EntitySpec {
    /// True when `element` belongs to this kind, given that its type is right.
    fn has_markers_of(&self, element: &OpenMetadataElement) -> bool {
        self.marker.is_none_or(|marker| element.classification(marker).is_some())
            && self.excluded_marker.is_none_or(|excluded| element.classification(excluded).is_none())
    }
}

/// The description of one kind of relationship a context handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelationshipSpec {
    /// The kind's name in messages, e.g. `foreign key`.
    pub kind: &'static str,
    /// The relationship type.
    pub type_name: &'static str,
}

/// The description of one kind of classification a context sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassificationSpec {
    /// The kind's name in messages, e.g. `primary key`.
    pub kind: &'static str,
    /// The classification type.
    pub classification: &'static str,
    /// The entity type it is set on (with subtypes).
    pub target_type: &'static str,
}

/// The header of an element returned by a typed call (Egeria's `ElementHeader`): identity, type,
/// status, provenance, versions and classifications.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ElementHeader {
    /// The element's GUID.
    pub guid: Guid,
    /// Its type, with supertypes.
    #[serde(rename = "type")]
    pub element_type: ElementType,
    /// Its status.
    pub status: ElementStatus,
    /// Who owns it.
    pub origin: ElementOrigin,
    /// Who created and changed it, and its version.
    pub versions: ElementVersions,
    /// Its classifications.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classifications: Vec<AttachedClassification>,
}

impl ElementHeader {
    /// The header of an element.
    pub fn of(element: &OpenMetadataElement) -> ElementHeader {
        ElementHeader {
            guid: element.guid.clone(),
            element_type: element.element_type.clone(),
            status: element.status,
            origin: element.origin.clone(),
            versions: element.versions.clone(),
            classifications: element.classifications.clone(),
        }
    }

    /// The attached classification with this name.
    pub fn classification(&self, name: &str) -> Option<&AttachedClassification> {
        self.classifications.iter().find(|classification| classification.classification_name == name)
    }
}

/// An element with its properties as a bean (Egeria's `DatabaseElement`, `FileFolderElement`, ...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TypedElement<B> {
    /// Identity, type, status, provenance, versions and classifications.
    pub element_header: ElementHeader,
    /// The properties.
    pub properties: B,
}

impl<B: EntityBean> TypedElement<B> {
    /// The element read as a bean.
    pub fn from_element(
        element: &OpenMetadataElement,
        parent_properties: Option<&crate::ElementProperties>,
    ) -> TypedElement<B> {
        TypedElement {
            element_header: ElementHeader::of(element),
            properties: B::from_parts(element, parent_properties),
        }
    }
}

impl<B> TypedElement<B> {
    /// The element's GUID.
    pub fn guid(&self) -> &str {
        &self.element_header.guid
    }

    /// The element's type name.
    pub fn type_name(&self) -> &str {
        &self.element_header.element_type.type_name
    }
}

/// A relationship with its properties as a bean (Egeria's `RelatedElement` and relationship
/// elements).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TypedRelationship<B> {
    /// The relationship's GUID.
    pub guid: Guid,
    /// Its type.
    #[serde(rename = "type")]
    pub relationship_type: ElementType,
    /// Who owns it.
    pub origin: ElementOrigin,
    /// Who created and changed it, and its version.
    pub versions: ElementVersions,
    /// The element at end 1.
    pub end1: ElementStub,
    /// The element at end 2.
    pub end2: ElementStub,
    /// Its properties.
    pub properties: B,
}

impl<B: PropertiesBean> TypedRelationship<B> {
    /// The relationship read as a bean.
    pub fn from_relationship(relationship: &OpenMetadataRelationship) -> TypedRelationship<B> {
        TypedRelationship {
            guid: relationship.guid.clone(),
            relationship_type: relationship.relationship_type.clone(),
            origin: relationship.origin.clone(),
            versions: relationship.versions.clone(),
            end1: relationship.element_at_end1.clone(),
            end2: relationship.element_at_end2.clone(),
            properties: B::from_properties(&relationship.relationship_properties),
        }
    }
}

impl PropertiesBean for crate::ElementProperties {
    fn to_properties(&self) -> crate::ElementProperties {
        self.clone()
    }

    fn from_properties(properties: &crate::ElementProperties) -> Self {
        properties.clone()
    }
}
