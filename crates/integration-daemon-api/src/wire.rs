//! The open metadata store's REST wire format: the paths and JSON bodies that the metadata server
//! (`open-metadata-server`) answers and the REST driver of the port (`open-metadata-client`) sends.
//!
//! The paths are Egeria 6's open-metadata-store family
//! (`/servers/{server}/open-metadata/access-services/open-metadata-store/users/{userId}/…`,
//! egeria-wire.md §2.1), the bodies carry a `class` and Egeria's metadata-source fields, and the
//! answers are Egeria response envelopes ([`ResponseEnvelope`](crate::ResponseEnvelope): `class`,
//! `relatedHTTPCode`, FFDC fields, nulls omitted). Where the port has no Egeria counterpart (a whole
//! write batch in one transaction, correlation queries, the change log and its cursors) omis adds
//! paths under the same root and says so on each.

use serde::{Deserialize, Serialize};

use crate::{
    ChangeEvent, ElementQuery, ExternalIdQuery, ExternalIdentifier, GetOptions, Guid, MetadataSource,
    OpenMetadataElement, OpenMetadataRelationship, RelatedElementsQuery, RelatedMetadataElement, RequestContext,
    WriteOp, WriteOutcome,
};

/// The root of the store paths; `{server}` and `{userId}` are path parameters.
pub const STORE_ROOT: &str = "/servers/{server}/open-metadata/access-services/open-metadata-store/users/{userId}";

/// The store's paths, relative to [`STORE_ROOT`].
pub mod paths {
    /// POST [`WriteBatchRequestBody`](super::WriteBatchRequestBody) → [`WriteOutcomesBody`](super::WriteOutcomesBody)
    /// (`WriteOutcomesResponse`). An omis addition: a whole batch, one transaction.
    pub const WRITE_BATCH: &str = "/metadata-elements/write-batch";
    /// POST Egeria's `NewOpenMetadataElementRequestBody` → `GUIDResponse`.
    pub const CREATE_ELEMENT: &str = "/metadata-elements";
    /// POST [`GetElementRequestBody`](super::GetElementRequestBody) → `OpenMetadataElementResponse`.
    pub const GET_ELEMENT: &str = "/metadata-elements/{elementGUID}";
    /// POST Egeria's `UpdatePropertiesRequestBody` → `VoidResponse`.
    pub const UPDATE_ELEMENT: &str = "/metadata-elements/{elementGUID}/update-properties";
    /// POST Egeria's `UpdateStatusRequestBody` → `VoidResponse`.
    pub const UPDATE_STATUS: &str = "/metadata-elements/{elementGUID}/update-status";
    /// POST Egeria's `DeleteRequestBody` → `VoidResponse`.
    pub const DELETE_ELEMENT: &str = "/metadata-elements/{elementGUID}/delete";
    /// POST Egeria's `NewClassificationRequestBody` → `VoidResponse`.
    pub const CLASSIFY: &str = "/metadata-elements/{elementGUID}/classifications/{classificationName}";
    /// POST → `VoidResponse`.
    pub const DECLASSIFY: &str = "/metadata-elements/{elementGUID}/classifications/{classificationName}/delete";
    /// POST [`GuidsRequestBody`](super::GuidsRequestBody) → `OpenMetadataElementsResponse`. An omis
    /// addition: several elements in one round trip.
    pub const GET_ELEMENTS: &str = "/metadata-elements/by-guids";
    /// POST [`UniqueNameRequestBody`](super::UniqueNameRequestBody) → `OpenMetadataElementResponse`.
    pub const BY_UNIQUE_NAME: &str = "/metadata-elements/by-unique-name";
    /// POST [`UniqueNameRequestBody`](super::UniqueNameRequestBody) → `GUIDResponse`.
    pub const GUID_BY_UNIQUE_NAME: &str = "/metadata-elements/guid-by-unique-name";
    /// POST Egeria's `FindRequestBody` (an [`ElementQuery`](crate::ElementQuery)) →
    /// `OpenMetadataElementsResponse`.
    pub const BY_SEARCH_CONDITIONS: &str = "/metadata-elements/by-search-conditions";
    /// POST Egeria's `SearchStringRequestBody` (an [`ElementQuery`](crate::ElementQuery)) →
    /// `OpenMetadataElementsResponse`.
    pub const BY_SEARCH_STRING: &str = "/metadata-elements/by-search-string";
    /// POST a [`RelatedElementsQuery`](crate::RelatedElementsQuery) → `RelatedMetadataElementListResponse`.
    pub const RELATED_ELEMENTS: &str = "/related-elements/{elementGUID}/any-type";
    /// POST Egeria's `NewRelatedElementsRequestBody` → `GUIDResponse`.
    pub const CREATE_RELATIONSHIP: &str = "/related-elements";
    /// POST Egeria's `UpdatePropertiesRequestBody` → `VoidResponse`.
    pub const UPDATE_RELATIONSHIP: &str = "/related-elements/{relationshipGUID}/update-properties";
    /// POST → `VoidResponse`.
    pub const DELETE_RELATIONSHIP: &str = "/related-elements/{relationshipGUID}/delete";
    /// POST → `OpenMetadataRelationshipResponse`.
    pub const GET_RELATIONSHIP: &str = "/relationships/by-guid/{relationshipGUID}";
    /// POST an [`ExternalIdQuery`](crate::ExternalIdQuery) → `ExternalIdentifiersResponse`. omis.
    pub const EXTERNAL_IDS: &str = "/external-identifiers/by-query";
    /// POST an [`ExternalIdQuery`](crate::ExternalIdQuery) → `CountResponse`. omis.
    pub const EXTERNAL_ID_COUNT: &str = "/external-identifiers/by-query/count";
    /// GET `?after=N&limit=M` → `ChangeEventsResponse`. omis: the change log ("out topic").
    pub const CHANGE_LOG: &str = "/change-log";
    /// GET → `SequenceResponse`: the newest sequence number. omis.
    pub const CHANGE_LOG_LATEST: &str = "/change-log/latest";
    /// GET `?after=N&timeoutMillis=T` → `SequenceResponse`: a long poll that answers as soon as an
    /// event newer than `after` is committed, or when the timeout passes. omis.
    pub const CHANGE_LOG_WAIT: &str = "/change-log/wait";
    /// GET → `SequenceResponse` (no `sequence` when none is saved); POST [`SequenceBody`](super::SequenceBody)
    /// → `VoidResponse`. omis: the saved positions of change-log readers.
    pub const CURSOR: &str = "/change-log/cursors/{cursorName}";
    /// GET → `TypeNamesResponse`: the names of the types the store validates against.
    pub const TYPES: &str = "/open-metadata-types";
}

/// The longest long poll the server accepts; longer waits are cut to it.
pub const MAX_WAIT_MILLIS: u64 = 60_000;

/// Egeria's metadata-source fields, flattened into every request body that writes or reads on
/// behalf of a metadata source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceFields {
    /// The metadata source's GUID.
    #[serde(rename = "externalSourceGUID", default, skip_serializing_if = "Option::is_none")]
    pub external_source_guid: Option<Guid>,
    /// The metadata source's qualified name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_source_name: Option<String>,
    /// False when elements created for the source are not owned by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_source_is_home: Option<bool>,
}

impl SourceFields {
    /// The fields of a request context.
    pub fn of(context: &RequestContext) -> SourceFields {
        SourceFields {
            external_source_guid: context.metadata_source.as_ref().map(|source| source.guid.clone()),
            external_source_name: context.metadata_source.as_ref().map(|source| source.qualified_name.clone()),
            external_source_is_home: (!context.source_is_home).then_some(false),
        }
    }

    /// The request context of `user_id` with these fields (a source needs its GUID; a missing name
    /// is empty).
    pub fn context(&self, user_id: &str) -> RequestContext {
        let mut context = RequestContext::user(user_id);
        if let Some(guid) = self.external_source_guid.as_ref().filter(|guid| !guid.is_empty()) {
            context = context.with_source(MetadataSource {
                guid: guid.clone(),
                qualified_name: self.external_source_name.clone().unwrap_or_default(),
            });
        }
        context.source_is_home = self.external_source_is_home.unwrap_or(true);
        context
    }
}

/// A write batch (omis's `WriteBatchRequestBody`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WriteBatchRequestBody {
    /// `WriteBatchRequestBody`.
    #[serde(rename = "class", default)]
    pub class: Option<String>,
    /// Who the batch speaks for.
    #[serde(flatten)]
    pub source: SourceFields,
    /// The writes, applied in order as one transaction.
    pub operations: Vec<WriteOp>,
}

impl WriteBatchRequestBody {
    /// The body of a batch written in `context`.
    pub fn new(context: &RequestContext, operations: Vec<WriteOp>) -> WriteBatchRequestBody {
        WriteBatchRequestBody {
            class: Some("WriteBatchRequestBody".to_owned()),
            source: SourceFields::of(context),
            operations,
        }
    }
}

/// The payload of a `WriteOutcomesResponse`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WriteOutcomesBody {
    /// What each write did, in the order of the batch.
    #[serde(default)]
    pub outcomes: Vec<WriteOutcome>,
}

/// Reading one element (Egeria's `GetRequestBody`, with omis's `includeDeleted`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetElementRequestBody {
    /// `GetRequestBody`.
    #[serde(rename = "class", default)]
    pub class: Option<String>,
    /// Who reads.
    #[serde(flatten)]
    pub source: SourceFields,
    /// Also archived elements.
    #[serde(default)]
    pub for_lineage: bool,
    /// Also soft-deleted elements.
    #[serde(default)]
    pub include_deleted: bool,
}

impl GetElementRequestBody {
    /// The body of a read with `options` in `context`.
    pub fn new(context: &RequestContext, options: GetOptions) -> GetElementRequestBody {
        GetElementRequestBody {
            class: Some("GetRequestBody".to_owned()),
            source: SourceFields::of(context),
            for_lineage: options.for_lineage,
            include_deleted: options.include_deleted,
        }
    }

    /// The read options.
    pub fn options(&self) -> GetOptions {
        GetOptions { for_lineage: self.for_lineage, include_deleted: self.include_deleted }
    }
}

/// Several GUIDs (omis's `GUIDListRequestBody`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GuidsRequestBody {
    /// `GUIDListRequestBody`.
    #[serde(rename = "class", default)]
    pub class: Option<String>,
    /// Who reads.
    #[serde(flatten)]
    pub source: SourceFields,
    /// The GUIDs.
    #[serde(default)]
    pub guids: Vec<Guid>,
}

/// A unique name: Egeria 6's `UniqueNameRequestBody` (`name`, `namePropertyName`), also read as
/// the `FindPropertyNameProperties` pyegeria sends (`propertyValue`, `propertyName`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UniqueNameRequestBody {
    /// `UniqueNameRequestBody`.
    #[serde(rename = "class", default)]
    pub class: Option<String>,
    /// Who reads.
    #[serde(flatten)]
    pub source: SourceFields,
    /// The value of the unique property.
    #[serde(default, alias = "propertyValue")]
    pub name: Option<String>,
    /// The unique property (default `qualifiedName`).
    #[serde(default, alias = "propertyName", skip_serializing_if = "Option::is_none")]
    pub name_property_name: Option<String>,
}

/// A query with a class and Egeria's metadata-source fields around it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QueryRequestBody<Q> {
    /// The request body's class, e.g. `FindRequestBody`.
    #[serde(rename = "class", default)]
    pub class: Option<String>,
    /// Who reads.
    #[serde(flatten)]
    pub source: SourceFields,
    /// The query.
    #[serde(flatten)]
    pub query: Q,
}

impl<Q> QueryRequestBody<Q> {
    /// The body of `query` in `context`.
    pub fn new(class: &str, context: &RequestContext, query: Q) -> QueryRequestBody<Q> {
        QueryRequestBody { class: Some(class.to_owned()), source: SourceFields::of(context), query }
    }
}

/// An element query (Egeria's `FindRequestBody` / `SearchStringRequestBody`).
pub type ElementQueryRequestBody = QueryRequestBody<ElementQuery>;
/// A related-elements query.
pub type RelatedElementsRequestBody = QueryRequestBody<RelatedElementsQuery>;
/// A correlation query.
pub type ExternalIdQueryRequestBody = QueryRequestBody<ExternalIdQuery>;

/// The payload of an `OpenMetadataElementResponse`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ElementBody {
    /// The element; absent when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub element: Option<OpenMetadataElement>,
}

/// The payload of an `OpenMetadataElementsResponse`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ElementsBody {
    /// The elements; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub element_list: Vec<OpenMetadataElement>,
}

/// The payload of a `RelatedMetadataElementListResponse`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RelatedElementsBody {
    /// The related elements with their relationships; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub element_list: Vec<RelatedMetadataElement>,
}

/// The payload of an `OpenMetadataRelationshipResponse`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RelationshipBody {
    /// The relationship; absent when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<OpenMetadataRelationship>,
}

/// The payload of a `GUIDResponse`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuidBody {
    /// The GUID; absent when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guid: Option<Guid>,
}

/// The payload of an `ExternalIdentifiersResponse`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExternalIdsBody {
    /// The correlations; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub external_identifiers: Vec<ExternalIdentifier>,
}

/// The payload of a `CountResponse`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountBody {
    /// How many.
    #[serde(default)]
    pub count: u64,
}

/// The payload of a `ChangeEventsResponse`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChangeEventsBody {
    /// The events, oldest first; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<ChangeEvent>,
}

/// The payload of a `SequenceResponse`, and the body that saves a cursor.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SequenceBody {
    /// A change-log sequence number; absent when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence: Option<u64>,
}

/// The payload of a `TypeNamesResponse`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TypeNamesBody {
    /// The names of the entity, relationship and classification types.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub type_names: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn source_fields_round_trip_a_context() {
        let context = RequestContext::user("alice")
            .with_source(MetadataSource { guid: "g1".into(), qualified_name: "Files::src".into() });
        let fields = SourceFields::of(&context);
        assert_eq!(
            serde_json::to_value(&fields).unwrap(),
            json!({"externalSourceGUID": "g1", "externalSourceName": "Files::src"})
        );
        assert_eq!(fields.context("alice"), context);
        let mut local = context.clone();
        local.source_is_home = false;
        assert_eq!(SourceFields::of(&local).context("alice"), local);
        assert_eq!(SourceFields::default().context("bob"), RequestContext::user("bob"));
    }

    #[test]
    fn unique_name_accepts_pyegerias_find_property_name_body() {
        let body: UniqueNameRequestBody = serde_json::from_value(json!({
            "class": "FindPropertyNameProperties", "propertyName": "resourceName", "propertyValue": "org.daemon"
        }))
        .unwrap();
        assert_eq!(body.name.as_deref(), Some("org.daemon"));
        assert_eq!(body.name_property_name.as_deref(), Some("resourceName"));
    }

    #[test]
    fn an_egeria_search_string_body_is_an_element_query() {
        let body: ElementQueryRequestBody = serde_json::from_value(json!({
            "class": "SearchStringRequestBody", "searchString": "test", "startFrom": 0, "pageSize": 0,
            "forLineage": false, "graphQueryDepth": 3
        }))
        .unwrap();
        assert_eq!(body.class.as_deref(), Some("SearchStringRequestBody"));
        assert!(!body.query.search.matches_all(), "{:?}", body.query.search);
    }
}
