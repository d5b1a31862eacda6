//! The `MetadataStore` port: everything the integration contexts need from an open metadata
//! repository.
//!
//! One port, several drivers: the embedded SQLite and PostgreSQL stores (`open-metadata-store`) and
//! the REST client of a remote server (`open-metadata-client`). A connector never knows which one it
//! writes to.
//!
//! Writes go through [`MetadataStore::execute`], which applies a [`WriteBatch`] as one transaction:
//! all of it or none of it. [`MetadataStoreExt`] offers one-operation helpers on top. Every write is
//! validated against the type definitions and checked against ownership (an element owned by one
//! metadata source refuses changes from another).

use std::time::Duration;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::model::{
    ElementProperties, ElementStatus, ExternalIdentifier, Guid, OpenMetadataElement, OpenMetadataRelationship,
    PropertyValue, RelatedMetadataElement,
};
use crate::time::Timestamp;
use crate::types::TypeRegistry;

/// A metadata source: the software capability that stands for a third-party technology and owns
/// the elements a connector creates from it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetadataSource {
    /// The source element's GUID (`externalSourceGUID`).
    #[serde(rename = "externalSourceGUID")]
    pub guid: Guid,
    /// The source element's qualified name (`externalSourceName`).
    #[serde(rename = "externalSourceName")]
    pub qualified_name: String,
}

/// Who is making a request, and on behalf of which metadata source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestContext {
    /// The acting user (the connector's user id).
    pub user_id: String,
    /// The metadata source the request speaks for, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_source: Option<MetadataSource>,
    /// When true (the default) elements created with a metadata source are owned by it; when false
    /// they are created with local provenance (Egeria's `externalSourceIsHome`).
    #[serde(default = "default_true")]
    pub source_is_home: bool,
}

fn default_true() -> bool {
    true
}

impl RequestContext {
    /// A request by a user without a metadata source.
    pub fn user(user_id: impl Into<String>) -> RequestContext {
        RequestContext { user_id: user_id.into(), metadata_source: None, source_is_home: true }
    }

    /// The same user speaking for a metadata source.
    #[must_use]
    pub fn with_source(mut self, source: MetadataSource) -> RequestContext {
        self.metadata_source = Some(source);
        self
    }

    /// The GUID of the metadata source, if any.
    pub fn source_guid(&self) -> Option<&str> {
        self.metadata_source.as_ref().map(|source| source.guid.as_str())
    }
}

/// The relationship that ties a new element to its parent (Egeria's `parentGUID`,
/// `parentRelationshipTypeName`, `parentRelationshipProperties`, `parentAtEnd1`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ParentRelationship {
    /// The parent element.
    #[serde(rename = "parentGUID")]
    pub parent_guid: Guid,
    /// The relationship type, e.g. `NestedSchemaAttribute`.
    #[serde(rename = "parentRelationshipTypeName")]
    pub relationship_type: String,
    /// The relationship's properties.
    #[serde(rename = "parentRelationshipProperties", default)]
    pub properties: ElementProperties,
    /// True when the parent is at end 1 (the usual case).
    #[serde(default = "default_true")]
    pub parent_at_end1: bool,
}

/// A request to create an element.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewElement {
    /// The GUID to give the element; the store generates one when absent. Pre-assigned GUIDs let a
    /// batch create an element and relate it in the same transaction.
    #[serde(rename = "guid", default, skip_serializing_if = "Option::is_none")]
    pub guid: Option<Guid>,
    /// The element's type name.
    pub type_name: String,
    /// Its properties.
    #[serde(default)]
    pub properties: ElementProperties,
    /// Its initial status (default `ACTIVE`).
    #[serde(default)]
    pub status: ElementStatus,
    /// Classifications to attach at creation (name, properties).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub initial_classifications: Vec<(String, ElementProperties)>,
    /// The anchor: deleting the anchor deletes this element. Absent with a parent: the parent's
    /// anchor (or the parent itself) becomes the anchor unless `is_own_anchor` is set.
    #[serde(rename = "anchorGUID", default, skip_serializing_if = "Option::is_none")]
    pub anchor_guid: Option<Guid>,
    /// The element is its own anchor even though it has a parent.
    #[serde(default)]
    pub is_own_anchor: bool,
    /// The relationship to create to a parent in the same transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<ParentRelationship>,
    /// When it becomes effective.
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<Timestamp>,
    /// When it stops being effective.
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<Timestamp>,
}

impl NewElement {
    /// A new element of a type with properties.
    pub fn new(type_name: impl Into<String>, properties: ElementProperties) -> NewElement {
        NewElement {
            guid: None,
            type_name: type_name.into(),
            properties,
            status: ElementStatus::Active,
            initial_classifications: Vec::new(),
            anchor_guid: None,
            is_own_anchor: false,
            parent: None,
            effective_from: None,
            effective_to: None,
        }
    }

    /// Gives the element a pre-assigned GUID.
    #[must_use]
    pub fn with_guid(mut self, guid: impl Into<Guid>) -> NewElement {
        self.guid = Some(guid.into());
        self
    }

    /// Links the element to a parent (parent at end 1).
    #[must_use]
    pub fn with_parent(mut self, parent_guid: impl Into<Guid>, relationship_type: impl Into<String>) -> NewElement {
        self.parent = Some(ParentRelationship {
            parent_guid: parent_guid.into(),
            relationship_type: relationship_type.into(),
            properties: ElementProperties::new(),
            parent_at_end1: true,
        });
        self
    }

    /// Attaches a classification at creation.
    #[must_use]
    pub fn with_classification(mut self, name: impl Into<String>, properties: ElementProperties) -> NewElement {
        self.initial_classifications.push((name.into(), properties));
        self
    }

    /// Sets the anchor.
    #[must_use]
    pub fn with_anchor(mut self, anchor_guid: impl Into<Guid>) -> NewElement {
        self.anchor_guid = Some(anchor_guid.into());
        self
    }
}

/// How an element is removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DeleteMethod {
    /// Kept for lineage with a `Memento` classification; hidden from normal queries.
    Archive,
    /// Status `DELETED`; hidden from normal queries, kept for history. The default.
    #[default]
    SoftDelete,
    /// Removed for good.
    Purge,
}

/// A relationship to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewRelationship {
    /// The GUID to give it; generated when absent.
    #[serde(rename = "guid", default, skip_serializing_if = "Option::is_none")]
    pub guid: Option<Guid>,
    /// The relationship type name.
    pub type_name: String,
    /// The element at end 1.
    #[serde(rename = "end1GUID")]
    pub end1_guid: Guid,
    /// The element at end 2.
    #[serde(rename = "end2GUID")]
    pub end2_guid: Guid,
    /// Its properties.
    #[serde(default)]
    pub properties: ElementProperties,
}

impl NewRelationship {
    /// A relationship of a type between two elements.
    pub fn new(
        type_name: impl Into<String>,
        end1_guid: impl Into<Guid>,
        end2_guid: impl Into<Guid>,
    ) -> NewRelationship {
        NewRelationship {
            guid: None,
            type_name: type_name.into(),
            end1_guid: end1_guid.into(),
            end2_guid: end2_guid.into(),
            properties: ElementProperties::new(),
        }
    }

    /// Sets the relationship's properties.
    #[must_use]
    pub fn with_properties(mut self, properties: ElementProperties) -> NewRelationship {
        self.properties = properties;
        self
    }
}

/// One write. See [`WriteBatch`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "camelCase")]
#[non_exhaustive]
pub enum WriteOp {
    /// Create an element (and optionally its parent relationship and classifications).
    CreateElement(NewElement),
    /// Update an element's properties: merge overlays, replace swaps them all.
    #[serde(rename_all = "camelCase")]
    UpdateElement {
        /// The element.
        guid: Guid,
        /// The new properties.
        properties: ElementProperties,
        /// Merge (true) or replace (false).
        merge: bool,
    },
    /// Change an element's status.
    #[serde(rename_all = "camelCase")]
    UpdateElementStatus {
        /// The element.
        guid: Guid,
        /// The new status.
        status: ElementStatus,
    },
    /// Remove an element and the elements anchored to it.
    #[serde(rename_all = "camelCase")]
    DeleteElement {
        /// The element.
        guid: Guid,
        /// How.
        method: DeleteMethod,
    },
    /// Archive an element (and the elements anchored to it): it leaves normal queries but stays,
    /// with its relationships, for lineage, classified `Memento` with these properties
    /// (`archiveDate`, `archiveProcess`, `archiveService`, `archiveProperties`, ...) over the
    /// defaults (now, the caller).
    #[serde(rename_all = "camelCase")]
    ArchiveElement {
        /// The element.
        guid: Guid,
        /// Properties of the `Memento` classification.
        properties: ElementProperties,
    },
    /// Attach a classification, or update it when already attached.
    #[serde(rename_all = "camelCase")]
    Classify {
        /// The element.
        guid: Guid,
        /// The classification type name.
        classification_name: String,
        /// Its properties.
        properties: ElementProperties,
        /// When already attached: merge (true) or replace (false) the properties.
        merge: bool,
    },
    /// Remove a classification.
    #[serde(rename_all = "camelCase")]
    Declassify {
        /// The element.
        guid: Guid,
        /// The classification type name.
        classification_name: String,
    },
    /// Create a relationship.
    CreateRelationship(NewRelationship),
    /// Update a relationship's properties.
    #[serde(rename_all = "camelCase")]
    UpdateRelationship {
        /// The relationship.
        guid: Guid,
        /// The new properties.
        properties: ElementProperties,
        /// Merge (true) or replace (false).
        merge: bool,
    },
    /// Remove a relationship.
    #[serde(rename_all = "camelCase")]
    DeleteRelationship {
        /// The relationship.
        guid: Guid,
    },
    /// Record (or update) a correlation between a third-party key and an element.
    LinkExternalId(ExternalIdentifier),
    /// Record that an element was found to match the third party now, with the fingerprint of
    /// the properties last written (Egeria's `confirmSynchronization`).
    #[serde(rename_all = "camelCase")]
    ConfirmSynchronization {
        /// The metadata source that issued the key.
        scope_guid: Guid,
        /// The third party's key.
        key: String,
        /// The element.
        element_guid: Guid,
        /// The new fingerprint (kept when absent).
        fingerprint: Option<String>,
    },
    /// Remove a correlation (the element itself is untouched).
    #[serde(rename_all = "camelCase")]
    UnlinkExternalId {
        /// The metadata source that issued the key.
        scope_guid: Guid,
        /// The third party's key.
        key: String,
        /// The element; all elements linked to the key when absent.
        element_guid: Option<Guid>,
    },
    /// Add an element to governance zones (publish).
    #[serde(rename_all = "camelCase")]
    Publish {
        /// The element.
        guid: Guid,
        /// The zones to add.
        zones: Vec<String>,
    },
    /// Remove an element from governance zones (withdraw).
    #[serde(rename_all = "camelCase")]
    Withdraw {
        /// The element.
        guid: Guid,
        /// The zones to remove.
        zones: Vec<String>,
    },
}

/// A list of writes applied as one transaction, in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WriteBatch(pub Vec<WriteOp>);

impl WriteBatch {
    /// An empty batch.
    pub fn new() -> WriteBatch {
        WriteBatch(Vec::new())
    }

    /// Appends a write.
    pub fn push(&mut self, op: WriteOp) {
        self.0.push(op);
    }

    /// Appends a write (builder style).
    #[must_use]
    pub fn with(mut self, op: WriteOp) -> WriteBatch {
        self.0.push(op);
        self
    }

    /// The number of writes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Vec<WriteOp>> for WriteBatch {
    fn from(ops: Vec<WriteOp>) -> Self {
        WriteBatch(ops)
    }
}

/// What one write did, in the order of the batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "camelCase")]
#[non_exhaustive]
pub enum WriteOutcome {
    /// An element was created (with its parent relationship, if any).
    Created {
        /// The new element's GUID.
        guid: Guid,
    },
    /// An element, relationship or classification changed; its version is now `version`.
    Updated {
        /// What changed.
        guid: Guid,
        /// The new version.
        version: i64,
    },
    /// The write asked for what was already there: nothing was written and no event logged.
    Unchanged {
        /// What was left alone.
        guid: Guid,
    },
    /// Elements were removed: the one asked for and those anchored to it.
    Deleted {
        /// Every element removed.
        guids: Vec<Guid>,
    },
    /// A relationship was created.
    RelationshipCreated {
        /// The new relationship's GUID.
        guid: Guid,
    },
    /// A relationship was removed.
    RelationshipDeleted {
        /// Its GUID.
        guid: Guid,
    },
    /// A correlation was recorded, updated, confirmed or removed.
    Correlated {
        /// The element concerned (empty when a key was unlinked from every element).
        guid: Guid,
    },
}

impl WriteOutcome {
    /// The GUID the outcome is about (the first removed element for `Deleted`).
    pub fn guid(&self) -> Option<&str> {
        match self {
            WriteOutcome::Created { guid }
            | WriteOutcome::Updated { guid, .. }
            | WriteOutcome::Unchanged { guid }
            | WriteOutcome::RelationshipCreated { guid }
            | WriteOutcome::RelationshipDeleted { guid }
            | WriteOutcome::Correlated { guid } => Some(guid),
            WriteOutcome::Deleted { guids } => guids.first().map(String::as_str),
        }
    }
}

/// Which page of results to return (Egeria's `startFrom`/`pageSize`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Paging {
    /// How many results to skip.
    #[serde(default)]
    pub start_from: u32,
    /// How many to return; 0 means the store's maximum page size.
    #[serde(default)]
    pub page_size: u32,
}

impl Paging {
    /// The first page of at most `page_size` results.
    pub fn first(page_size: u32) -> Paging {
        Paging { start_from: 0, page_size }
    }

    /// `page_size`, with 0 replaced by `max` and anything larger capped to it.
    pub fn effective_page_size(self, max: u32) -> u32 {
        if self.page_size == 0 { max } else { self.page_size.min(max) }
    }
}

/// A search string with Egeria's semantics (egeria-wire.md §2.4, §7.5).
///
/// The string is a regular expression; `starts_with`, `ends_with` and `ignore_case` adjust the
/// match. An absent or empty string matches everything.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchString {
    /// The regular expression, or a literal prefix/suffix when `starts_with`/`ends_with` is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_string: Option<String>,
    /// Match at the start of the value.
    #[serde(default)]
    pub starts_with: bool,
    /// Match at the end of the value.
    #[serde(default)]
    pub ends_with: bool,
    /// Ignore case.
    #[serde(default)]
    pub ignore_case: bool,
}

impl SearchString {
    /// A search for a regular expression anywhere in a value.
    pub fn regex(pattern: impl Into<String>) -> SearchString {
        SearchString { search_string: Some(pattern.into()), ..SearchString::default() }
    }

    /// True when the search matches everything.
    pub fn matches_all(&self) -> bool {
        self.search_string.as_deref().is_none_or(str::is_empty)
    }
}

/// A comparison of a property with a value (Egeria's `PropertyComparisonOperator`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ComparisonOperator {
    /// Equal.
    Eq,
    /// Not equal.
    Neq,
    /// Less than.
    Lt,
    /// Less than or equal.
    Lte,
    /// Greater than.
    Gt,
    /// Greater than or equal.
    Gte,
    /// The value is one of an array of values.
    In,
    /// The property is absent.
    IsNull,
    /// The property is present.
    NotNull,
    /// The property matches a regular expression.
    Like,
}

/// One condition on a property.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PropertyCondition {
    /// The property name.
    pub property: String,
    /// The comparison.
    pub operator: ComparisonOperator,
    /// The value to compare with (absent for `IsNull`/`NotNull`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<PropertyValue>,
}

impl PropertyCondition {
    /// `property == value`.
    pub fn eq(property: impl Into<String>, value: impl Into<PropertyValue>) -> PropertyCondition {
        PropertyCondition { property: property.into(), operator: ComparisonOperator::Eq, value: Some(value.into()) }
    }
}

/// How several conditions combine (Egeria's `MatchCriteria`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MatchCriteria {
    /// Every condition holds.
    #[default]
    All,
    /// At least one holds.
    Any,
    /// None holds.
    None,
}

/// The order of results (Egeria's `SequencingOrder` with its `sequencingProperty`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "SequencingFields", into = "SequencingFields")]
pub enum SequencingOrder {
    /// Any stable order (the store's cheapest).
    #[default]
    Any,
    /// By GUID.
    Guid,
    /// Newest first.
    CreationDateRecent,
    /// Oldest first.
    CreationDateOldest,
    /// Most recently updated first.
    LastUpdateRecent,
    /// Least recently updated first.
    LastUpdateOldest,
    /// By a property, ascending.
    PropertyAscending(String),
    /// By a property, descending.
    PropertyDescending(String),
}

/// The two request-body fields that carry a [`SequencingOrder`]; both optional.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SequencingFields {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sequencing_order: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sequencing_property: Option<String>,
}

impl TryFrom<SequencingFields> for SequencingOrder {
    type Error = String;

    fn try_from(fields: SequencingFields) -> std::result::Result<Self, Self::Error> {
        let property = || {
            fields
                .sequencing_property
                .clone()
                .ok_or_else(|| "sequencingProperty is needed with a PROPERTY_ sequencing order".to_owned())
        };
        Ok(match fields.sequencing_order.as_deref() {
            None | Some("ANY") => SequencingOrder::Any,
            Some("GUID") => SequencingOrder::Guid,
            Some("CREATION_DATE_RECENT") => SequencingOrder::CreationDateRecent,
            Some("CREATION_DATE_OLDEST") => SequencingOrder::CreationDateOldest,
            Some("LAST_UPDATE_RECENT") => SequencingOrder::LastUpdateRecent,
            Some("LAST_UPDATE_OLDEST") => SequencingOrder::LastUpdateOldest,
            Some("PROPERTY_ASCENDING") => SequencingOrder::PropertyAscending(property()?),
            Some("PROPERTY_DESCENDING") => SequencingOrder::PropertyDescending(property()?),
            Some(other) => return Err(format!("'{other}' is not a sequencing order")),
        })
    }
}

impl From<SequencingOrder> for SequencingFields {
    fn from(order: SequencingOrder) -> Self {
        let (name, property) = match order {
            SequencingOrder::Any => return SequencingFields::default(),
            SequencingOrder::Guid => ("GUID", None),
            SequencingOrder::CreationDateRecent => ("CREATION_DATE_RECENT", None),
            SequencingOrder::CreationDateOldest => ("CREATION_DATE_OLDEST", None),
            SequencingOrder::LastUpdateRecent => ("LAST_UPDATE_RECENT", None),
            SequencingOrder::LastUpdateOldest => ("LAST_UPDATE_OLDEST", None),
            SequencingOrder::PropertyAscending(property) => ("PROPERTY_ASCENDING", Some(property)),
            SequencingOrder::PropertyDescending(property) => ("PROPERTY_DESCENDING", Some(property)),
        };
        SequencingFields { sequencing_order: Some(name.to_owned()), sequencing_property: property }
    }
}

/// Conditions on property values (Egeria's `SearchProperties`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchProperties {
    /// The conditions.
    #[serde(default)]
    pub conditions: Vec<PropertyCondition>,
    /// How they combine.
    #[serde(default)]
    pub match_criteria: MatchCriteria,
}

/// A query for elements. Every field narrows the result; the default finds every element.
///
/// Its JSON is a superset of Egeria's `FindRequestBody` and `SearchStringRequestBody`, so those
/// request bodies decode into it directly.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ElementQuery {
    /// Only elements of this type…
    #[serde(rename = "metadataElementTypeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// …restricted to these of its subtypes (any subtype when empty)…
    #[serde(rename = "metadataElementSubtypeNames", default, skip_serializing_if = "Vec::is_empty")]
    pub subtype_names: Vec<String>,
    /// …or to the type itself, without subtypes.
    #[serde(default)]
    pub skip_subtypes: bool,
    /// Conditions on property values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_properties: Option<SearchProperties>,
    /// A search over the string properties (matches everything when its string is empty).
    #[serde(flatten)]
    pub search: SearchString,
    /// Only elements with one of these statuses (default: every status but `DELETED`).
    #[serde(rename = "limitResultsByStatus", default, skip_serializing_if = "Vec::is_empty")]
    pub statuses: Vec<ElementStatus>,
    /// Only elements in at least one of these zones (elements without zones are in every zone).
    #[serde(rename = "governanceZoneFilter", default, skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<String>,
    /// Only elements anchored to this element.
    #[serde(rename = "anchorGUID", default, skip_serializing_if = "Option::is_none")]
    pub anchor_guid: Option<Guid>,
    /// Only elements owned by this metadata source.
    #[serde(rename = "metadataSourceGUID", default, skip_serializing_if = "Option::is_none")]
    pub owned_by: Option<Guid>,
    /// Include archived elements (Egeria's `forLineage`).
    #[serde(default)]
    pub for_lineage: bool,
    /// The order of results.
    #[serde(flatten)]
    pub sequencing: SequencingOrder,
    /// Which page.
    #[serde(flatten)]
    pub paging: Paging,
}

impl ElementQuery {
    /// Every element of a type (and its subtypes).
    pub fn of_type(type_name: impl Into<String>) -> ElementQuery {
        ElementQuery { type_name: Some(type_name.into()), ..ElementQuery::default() }
    }

    /// Adds a search string.
    #[must_use]
    pub fn searching(mut self, search: SearchString) -> ElementQuery {
        self.search = search;
        self
    }

    /// Adds a condition (combined with the others by the match criteria, `ALL` by default).
    #[must_use]
    pub fn with_condition(mut self, condition: PropertyCondition) -> ElementQuery {
        self.search_properties.get_or_insert_with(SearchProperties::default).conditions.push(condition);
        self
    }

    /// Sets the page.
    #[must_use]
    pub fn page(mut self, paging: Paging) -> ElementQuery {
        self.paging = paging;
        self
    }
}

/// Options for reading one element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetOptions {
    /// Also return archived elements.
    #[serde(default)]
    pub for_lineage: bool,
    /// Also return soft-deleted elements.
    #[serde(default)]
    pub include_deleted: bool,
}

/// Which end of a relationship the starting element must be at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RelationshipEnd {
    /// Either end.
    #[default]
    Any,
    /// End 1.
    End1,
    /// End 2.
    End2,
}

/// A query for the elements related to one element.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RelatedElementsQuery {
    /// The starting element.
    #[serde(rename = "elementGUID")]
    pub guid: Guid,
    /// Only relationships of this type (and its subtypes).
    #[serde(rename = "relationshipTypeName", default, skip_serializing_if = "Option::is_none")]
    pub relationship_type: Option<String>,
    /// Which end the starting element is at.
    #[serde(rename = "startingAtEnd", default)]
    pub starting_at_end: RelationshipEnd,
    /// Only related elements of this type (and its subtypes).
    #[serde(rename = "relatedElementTypeName", default, skip_serializing_if = "Option::is_none")]
    pub related_type: Option<String>,
    /// Include archived elements.
    #[serde(default)]
    pub for_lineage: bool,
    /// Which page.
    #[serde(flatten)]
    pub paging: Paging,
}

impl RelatedElementsQuery {
    /// The elements related to `guid` through relationships of `relationship_type`.
    pub fn new(guid: impl Into<Guid>, relationship_type: Option<&str>) -> RelatedElementsQuery {
        RelatedElementsQuery {
            guid: guid.into(),
            relationship_type: relationship_type.map(str::to_owned),
            ..RelatedElementsQuery::default()
        }
    }
}

/// A query for correlations.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExternalIdQuery {
    /// Only this metadata source's keys.
    #[serde(rename = "externalScopeGUID", default, skip_serializing_if = "Option::is_none")]
    pub scope_guid: Option<Guid>,
    /// Only these keys (any when empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keys: Vec<String>,
    /// Only these elements (any when empty).
    #[serde(rename = "elementGUIDs", default, skip_serializing_if = "Vec::is_empty")]
    pub element_guids: Vec<Guid>,
    /// Only this synchronization scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_scope: Option<String>,
    /// Keyset paging (with `scope_guid`): only correlations after this one in the answer's order
    /// (key, then element GUID). A long scan then reads each row once, where `start_from` skips
    /// the rows of every earlier page again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<ExternalIdPosition>,
    /// Which page.
    #[serde(flatten)]
    pub paging: Paging,
}

/// A correlation's place in the order of [`ExternalIdQuery`]'s answers: its key and element.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExternalIdPosition {
    /// The key of the last correlation of the previous page.
    pub key: String,
    /// Its element's (or relationship's) GUID.
    #[serde(rename = "elementGUID")]
    pub element_guid: Guid,
}

impl ExternalIdPosition {
    /// The position of a correlation.
    pub fn of(id: &ExternalIdentifier) -> ExternalIdPosition {
        ExternalIdPosition { key: id.key.clone(), element_guid: id.element_guid.clone() }
    }
}

/// What changed (the "out topic" event types of Egeria's OMAS events).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ChangeEventType {
    /// An element was created.
    NewElement,
    /// An element's properties or status changed.
    UpdatedElement,
    /// An element was removed (soft-deleted, archived or purged).
    DeletedElement,
    /// A classification was attached.
    ClassifiedElement,
    /// A classification's properties changed.
    ReclassifiedElement,
    /// A classification was removed.
    DeclassifiedElement,
    /// A relationship was created.
    NewRelationship,
    /// A relationship's properties changed.
    UpdatedRelationship,
    /// A relationship was removed.
    DeletedRelationship,
}

impl ChangeEventType {
    /// True for relationship events.
    pub fn is_relationship_event(self) -> bool {
        matches!(
            self,
            ChangeEventType::NewRelationship
                | ChangeEventType::UpdatedRelationship
                | ChangeEventType::DeletedRelationship
        )
    }
}

/// One committed change, as the change log ("out topic") records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeEvent {
    /// Position in the log: strictly increasing, never reused.
    pub sequence: u64,
    /// What changed.
    pub event_type: ChangeEventType,
    /// When it was committed.
    #[serde(with = "crate::time::iso8601")]
    pub event_time: Timestamp,
    /// Who made the change.
    pub user_id: String,
    /// The metadata source the change was made for, if any.
    #[serde(rename = "metadataSourceGUID", default, skip_serializing_if = "Option::is_none")]
    pub metadata_source_guid: Option<Guid>,
    /// The element (or, for relationship events, the relationship) that changed.
    pub guid: Guid,
    /// Its type name.
    pub type_name: String,
    /// The classification, for classification events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification_name: Option<String>,
    /// End 1 of a relationship event: GUID and type name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end1: Option<(Guid, String)>,
    /// End 2 of a relationship event: GUID and type name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end2: Option<(Guid, String)>,
    /// The version of the element or relationship after the change.
    #[serde(default)]
    pub version: i64,
}

/// The open metadata repository port.
///
/// Object safe: held as `Arc<dyn MetadataStore>`. Every method takes the acting
/// [`RequestContext`] where provenance or visibility matters.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
#[async_trait]
pub trait MetadataStore: Send + Sync {
    /// The type definitions the store validates against.
    fn type_registry(&self) -> std::sync::Arc<TypeRegistry>;

    /// Applies a batch of writes as one transaction, in order: either every write is committed
    /// (with its change-log events) or none is. The outcomes are in the order of the batch.
    async fn execute(&self, context: &RequestContext, batch: WriteBatch) -> Result<Vec<WriteOutcome>>;

    /// One element by GUID; `None` when there is none (or it is deleted, unless asked for).
    async fn get_element(
        &self,
        context: &RequestContext,
        guid: &str,
        options: GetOptions,
    ) -> Result<Option<OpenMetadataElement>>;

    /// Several elements by GUID, in one round trip; missing ones are left out.
    async fn get_elements(&self, context: &RequestContext, guids: &[Guid]) -> Result<Vec<OpenMetadataElement>>;

    /// The element whose unique property `property_name` (usually `qualifiedName`) has the value
    /// `name`.
    async fn get_element_by_unique_name(
        &self,
        context: &RequestContext,
        name: &str,
        property_name: &str,
    ) -> Result<Option<OpenMetadataElement>>;

    /// Elements matching a query: by type (with subtypes), property values, search string,
    /// status, zones, anchor or owner; paged.
    async fn find_elements(&self, context: &RequestContext, query: &ElementQuery) -> Result<Vec<OpenMetadataElement>>;

    /// One relationship by GUID.
    async fn get_relationship(&self, context: &RequestContext, guid: &str) -> Result<Option<OpenMetadataRelationship>>;

    /// The elements related to one element, with the relationships; paged.
    async fn get_related_elements(
        &self,
        context: &RequestContext,
        query: &RelatedElementsQuery,
    ) -> Result<Vec<RelatedMetadataElement>>;

    /// Correlations matching a query (batched lookups by key or element); paged.
    async fn find_external_ids(
        &self,
        context: &RequestContext,
        query: &ExternalIdQuery,
    ) -> Result<Vec<ExternalIdentifier>>;

    /// The number of correlations matching a query (its paging is ignored).
    async fn count_external_ids(&self, context: &RequestContext, query: &ExternalIdQuery) -> Result<u64>;

    /// Change-log events with a sequence number greater than `after`, oldest first, at most
    /// `limit` of them (0 = the store's maximum).
    async fn read_change_log(&self, after: u64, limit: u32) -> Result<Vec<ChangeEvent>>;

    /// The sequence number of the newest committed event (0 when the log is empty).
    async fn latest_change_sequence(&self) -> Result<u64>;

    /// Waits until an event newer than `after` is committed, or `timeout` passes; returns the
    /// newest sequence number either way.
    async fn wait_for_changes(&self, after: u64, timeout: Duration) -> Result<u64>;

    /// The saved position of a named change-log reader (a connector's listener).
    async fn load_cursor(&self, name: &str) -> Result<Option<u64>>;

    /// Saves the position of a named change-log reader.
    async fn save_cursor(&self, name: &str, sequence: u64) -> Result<()>;
}

/// One-write helpers over [`MetadataStore::execute`].
#[async_trait]
pub trait MetadataStoreExt: MetadataStore {
    /// Creates one element; returns its GUID.
    async fn create_element(&self, context: &RequestContext, element: NewElement) -> Result<Guid> {
        let outcome = single(self.execute(context, WriteBatch::new().with(WriteOp::CreateElement(element))).await?);
        Ok(outcome.guid().unwrap_or_default().to_owned())
    }

    /// Updates one element's properties.
    async fn update_element(
        &self,
        context: &RequestContext,
        guid: &str,
        properties: ElementProperties,
        merge: bool,
    ) -> Result<WriteOutcome> {
        let op = WriteOp::UpdateElement { guid: guid.to_owned(), properties, merge };
        Ok(single(self.execute(context, WriteBatch::new().with(op)).await?))
    }

    /// Removes one element (and those anchored to it); returns every GUID removed.
    async fn delete_element(&self, context: &RequestContext, guid: &str, method: DeleteMethod) -> Result<Vec<Guid>> {
        let op = WriteOp::DeleteElement { guid: guid.to_owned(), method };
        match single(self.execute(context, WriteBatch::new().with(op)).await?) {
            WriteOutcome::Deleted { guids } => Ok(guids),
            other => Ok(other.guid().map(str::to_owned).into_iter().collect()),
        }
    }

    /// Attaches (or updates) a classification.
    async fn classify(
        &self,
        context: &RequestContext,
        guid: &str,
        classification_name: &str,
        properties: ElementProperties,
    ) -> Result<WriteOutcome> {
        let op = WriteOp::Classify {
            guid: guid.to_owned(),
            classification_name: classification_name.to_owned(),
            properties,
            merge: false,
        };
        Ok(single(self.execute(context, WriteBatch::new().with(op)).await?))
    }

    /// Removes a classification.
    async fn declassify(
        &self,
        context: &RequestContext,
        guid: &str,
        classification_name: &str,
    ) -> Result<WriteOutcome> {
        let op = WriteOp::Declassify { guid: guid.to_owned(), classification_name: classification_name.to_owned() };
        Ok(single(self.execute(context, WriteBatch::new().with(op)).await?))
    }

    /// Creates a relationship; returns its GUID.
    async fn relate(&self, context: &RequestContext, relationship: NewRelationship) -> Result<Guid> {
        let op = WriteOp::CreateRelationship(relationship);
        let outcome = single(self.execute(context, WriteBatch::new().with(op)).await?);
        Ok(outcome.guid().unwrap_or_default().to_owned())
    }

    /// Removes a relationship.
    async fn unrelate(&self, context: &RequestContext, guid: &str) -> Result<WriteOutcome> {
        let op = WriteOp::DeleteRelationship { guid: guid.to_owned() };
        Ok(single(self.execute(context, WriteBatch::new().with(op)).await?))
    }

    /// Records a correlation.
    async fn link_external_id(&self, context: &RequestContext, identifier: ExternalIdentifier) -> Result<WriteOutcome> {
        Ok(single(self.execute(context, WriteBatch::new().with(WriteOp::LinkExternalId(identifier))).await?))
    }

    /// The correlations of one key in one metadata source.
    async fn lookup_external_id(
        &self,
        context: &RequestContext,
        scope_guid: &str,
        key: &str,
    ) -> Result<Vec<ExternalIdentifier>> {
        let query = ExternalIdQuery {
            scope_guid: Some(scope_guid.to_owned()),
            keys: vec![key.to_owned()],
            ..ExternalIdQuery::default()
        };
        self.find_external_ids(context, &query).await
    }

    /// Confirms a correlation, optionally with a new fingerprint.
    async fn confirm_synchronization(
        &self,
        context: &RequestContext,
        scope_guid: &str,
        key: &str,
        element_guid: &str,
        fingerprint: Option<String>,
    ) -> Result<WriteOutcome> {
        let op = WriteOp::ConfirmSynchronization {
            scope_guid: scope_guid.to_owned(),
            key: key.to_owned(),
            element_guid: element_guid.to_owned(),
            fingerprint,
        };
        Ok(single(self.execute(context, WriteBatch::new().with(op)).await?))
    }

    /// Adds an element to governance zones.
    async fn publish(&self, context: &RequestContext, guid: &str, zones: Vec<String>) -> Result<WriteOutcome> {
        let op = WriteOp::Publish { guid: guid.to_owned(), zones };
        Ok(single(self.execute(context, WriteBatch::new().with(op)).await?))
    }

    /// Removes an element from governance zones.
    async fn withdraw(&self, context: &RequestContext, guid: &str, zones: Vec<String>) -> Result<WriteOutcome> {
        let op = WriteOp::Withdraw { guid: guid.to_owned(), zones };
        Ok(single(self.execute(context, WriteBatch::new().with(op)).await?))
    }
}

impl<T: MetadataStore + ?Sized> MetadataStoreExt for T {}

fn single(mut outcomes: Vec<WriteOutcome>) -> WriteOutcome {
    // A store returns one outcome per write; an empty answer to a one-write batch would be a store
    // bug, reported as an unchanged nothing rather than a panic.
    outcomes.pop().unwrap_or(WriteOutcome::Unchanged { guid: String::new() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::sync::Arc;

    #[test]
    fn paging_zero_means_the_maximum() {
        assert_eq!(Paging::default().effective_page_size(1000), 1000);
        assert_eq!(Paging::first(10).effective_page_size(1000), 10);
        assert_eq!(Paging::first(5000).effective_page_size(1000), 1000);
    }

    #[test]
    fn empty_search_matches_all() {
        assert!(SearchString::default().matches_all());
        assert!(SearchString::regex("").matches_all());
        assert!(!SearchString::regex("orders").matches_all());
    }

    #[test]
    fn query_json_uses_egeria_request_names() {
        let query = ElementQuery {
            statuses: vec![ElementStatus::Active],
            sequencing: SequencingOrder::PropertyAscending("qualifiedName".into()),
            paging: Paging { start_from: 10, page_size: 5 },
            ..ElementQuery::of_type("DataSet").searching(SearchString::regex("sales"))
        };
        let value = serde_json::to_value(&query).unwrap();
        assert_eq!(value["metadataElementTypeName"], "DataSet");
        assert_eq!(value["limitResultsByStatus"], json!(["ACTIVE"]));
        assert_eq!(value["sequencingOrder"], "PROPERTY_ASCENDING");
        assert_eq!(value["sequencingProperty"], "qualifiedName");
        assert_eq!(value["startFrom"], 10);
        assert_eq!(value["pageSize"], 5);
        assert_eq!(value["searchString"], "sales");
        assert_eq!(serde_json::from_value::<ElementQuery>(value).unwrap(), query);
    }

    #[test]
    fn write_batches_round_trip_as_json() {
        let batch = WriteBatch::new()
            .with(WriteOp::CreateElement(
                NewElement::new("DataSet", ElementProperties::new().with("qualifiedName", "x"))
                    .with_guid("g-1")
                    .with_parent("p-1", "DataSetContent"),
            ))
            .with(WriteOp::DeleteElement { guid: "g-2".into(), method: DeleteMethod::Archive });
        let text = serde_json::to_string(&batch).unwrap();
        assert!(text.contains("\"op\":\"createElement\""), "{text}");
        assert!(text.contains("\"parentGUID\":\"p-1\""), "{text}");
        assert_eq!(serde_json::from_str::<WriteBatch>(&text).unwrap(), batch);
    }

    #[tokio::test]
    async fn ext_helpers_send_one_write_and_read_the_outcome() {
        let mut store = MockMetadataStore::new();
        store
            .expect_execute()
            .withf(|context, batch| {
                context.user_id == "u"
                    && matches!(&batch.0[..], [WriteOp::CreateElement(new)] if new.type_name == "DataSet")
            })
            .returning(|_, _| Ok(vec![WriteOutcome::Created { guid: "g-9".into() }]));
        let store: Arc<dyn MetadataStore> = Arc::new(store);
        let guid = store
            .create_element(&RequestContext::user("u"), NewElement::new("DataSet", ElementProperties::new()))
            .await
            .unwrap();
        assert_eq!(guid, "g-9");
    }
}
