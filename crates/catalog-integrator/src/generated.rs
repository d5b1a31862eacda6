// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the catalog integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

#![allow(clippy::too_many_lines, clippy::needless_lifetimes, clippy::too_many_arguments, clippy::ref_option_ref)]

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use crate::special::ExternalIdentifierProperties;
/// The attribute for connector implementations: connector authors need no other dependency.
pub use async_trait::async_trait;
use integration_daemon_api::ExternalIdentifier;
use integration_daemon_api::family;
use integration_daemon_api::family::TypedSynchronizer;

pub use integration_daemon_api::{
    AuditLog, AuditLogSeverity, AuditMessageDefinition, ChangeEvent, ChangeEventType, Classification, Connection,
    ConnectionProblem, ConnectorIdentity, ConnectorProvider, ConnectorType, ContextSlot, ElementHeader,
    ElementProperties, ElementRef, ElementStub, Endpoint, ErrorKind, ErrorMessageDefinition, EventFilter, Guid,
    IntegrationConnector, IntegrationContext, IntegrationService, OmisError, PermittedSynchronization, RelationshipEnd,
    Result, SyncOptions, SyncSummary, TemplateProperties, TypedElement, TypedRelationship, default_connection_problems,
};
pub use open_metadata_beans::{
    ActivityStatus, CanonicalVocabularyProperties, ConfidentialityProperties, ConnectionElement, ConnectionProperties,
    ConnectorTypeElement, ConnectorTypeProperties, ContentStatus, ControlFlowProperties, CriticalityProperties,
    DataAssetElement, DataAssetProperties, DataFlowProperties, DataItemSortOrder, EndpointElement, EndpointProperties,
    ExternalReferenceElement, ExternalReferenceLinkProperties, ExternalReferenceProperties, GlossaryCategoryElement,
    GlossaryCategoryProperties, GlossaryElement, GlossaryProperties, GlossaryTermElement, GlossaryTermProperties,
    GlossaryTermRelationshipProperties, GovernanceDefinitionElement, GovernanceDefinitionProperties,
    GovernedByProperties, LineageMappingProperties, OwnershipProperties, PortElement, PortProperties, PortType,
    ProcessCallProperties, ProcessElement, ProcessProperties, RetentionProperties, SchemaAttributeElement,
    SchemaAttributeProperties, SchemaTypeElement, SchemaTypeProperties, SecurityTagsProperties,
    SemanticAssignmentProperties, SubjectAreaProperties, TaxonomyProperties, TermAssignmentStatus,
    TermRelationshipStatus, ValidValueElement, ValidValueMembershipProperties, ValidValueProperties,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;

/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Catalog;

/// The element types (with their subtypes) the default listener of a catalog connector hears about.
pub const LISTENER_TYPES: &[&str] = &[
    "Asset",
    "SchemaElement",
    "Glossary",
    "GlossaryCategory",
    "GlossaryTerm",
    "Connection",
    "Endpoint",
    "ConnectorType",
    "Process",
    "Port",
    "GovernanceDefinition",
    "ValidValueDefinition",
    "ExternalReference",
];

/// The service's default event filter: changes to [`LISTENER_TYPES`].
pub fn default_event_filter() -> EventFilter {
    EventFilter::element_types(LISTENER_TYPES)
}

/// The descriptions of the kinds of element the context handles.
pub mod kinds {
    use integration_daemon_api::family::{ClassificationSpec, EntitySpec, Placement, RelationshipSpec};

    /// data asset: `DataAsset`.
    pub const DATA_ASSET: EntitySpec = EntitySpec {
        kind: "data asset",
        type_name: "DataAsset",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// schema type: `SchemaType`.
    pub const SCHEMA_TYPE: EntitySpec = EntitySpec {
        kind: "schema type",
        type_name: "SchemaType",
        placement: Placement::SchemaType,
        marker: None,
        excluded_marker: None,
    };

    /// schema attribute: `SchemaAttribute`.
    pub const SCHEMA_ATTRIBUTE: EntitySpec = EntitySpec {
        kind: "schema attribute",
        type_name: "SchemaAttribute",
        placement: Placement::SchemaAttribute { schema_type: "RootSchemaType", relationship: "AttributeForSchema" },
        marker: None,
        excluded_marker: None,
    };

    /// glossary: `Glossary`.
    pub const GLOSSARY: EntitySpec = EntitySpec {
        kind: "glossary",
        type_name: "Glossary",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// glossary category: `GlossaryCategory`.
    pub const GLOSSARY_CATEGORY: EntitySpec = EntitySpec {
        kind: "glossary category",
        type_name: "GlossaryCategory",
        placement: Placement::Child {
            relationship: "CollectionMembership",
            parent_at_end1: true,
            own_anchor: false,
            required: true,
        },
        marker: None,
        excluded_marker: None,
    };

    /// glossary term: `GlossaryTerm`.
    pub const GLOSSARY_TERM: EntitySpec = EntitySpec {
        kind: "glossary term",
        type_name: "GlossaryTerm",
        placement: Placement::Child {
            relationship: "CollectionMembership",
            parent_at_end1: true,
            own_anchor: false,
            required: true,
        },
        marker: None,
        excluded_marker: None,
    };

    /// connection: `Connection`.
    pub const CONNECTION: EntitySpec = EntitySpec {
        kind: "connection",
        type_name: "Connection",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// endpoint: `Endpoint`.
    pub const ENDPOINT: EntitySpec = EntitySpec {
        kind: "endpoint",
        type_name: "Endpoint",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// connector type: `ConnectorType`.
    pub const CONNECTOR_TYPE: EntitySpec = EntitySpec {
        kind: "connector type",
        type_name: "ConnectorType",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// process: `Process`.
    pub const PROCESS: EntitySpec = EntitySpec {
        kind: "process",
        type_name: "Process",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// port: `Port`.
    pub const PORT: EntitySpec = EntitySpec {
        kind: "port",
        type_name: "Port",
        placement: Placement::Child {
            relationship: "ProcessPort",
            parent_at_end1: true,
            own_anchor: false,
            required: true,
        },
        marker: None,
        excluded_marker: None,
    };

    /// governance definition: `GovernanceDefinition`.
    pub const GOVERNANCE_DEFINITION: EntitySpec = EntitySpec {
        kind: "governance definition",
        type_name: "GovernanceDefinition",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// valid value: `ValidValueDefinition`.
    pub const VALID_VALUE: EntitySpec = EntitySpec {
        kind: "valid value",
        type_name: "ValidValueDefinition",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// external reference: `ExternalReference`.
    pub const EXTERNAL_REFERENCE: EntitySpec = EntitySpec {
        kind: "external reference",
        type_name: "ExternalReference",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// category hierarchy: `CategoryHierarchyLink`.
    pub const CATEGORY_HIERARCHY: RelationshipSpec =
        RelationshipSpec { kind: "category hierarchy", type_name: "CategoryHierarchyLink" };

    /// term categorization: `TermCategorization`.
    pub const TERM_CATEGORIZATION: RelationshipSpec =
        RelationshipSpec { kind: "term categorization", type_name: "TermCategorization" };

    /// related term: `RelatedTerm`.
    pub const RELATED_TERM: RelationshipSpec = RelationshipSpec { kind: "related term", type_name: "RelatedTerm" };

    /// synonym: `Synonym`.
    pub const SYNONYM: RelationshipSpec = RelationshipSpec { kind: "synonym", type_name: "Synonym" };

    /// antonym: `Antonym`.
    pub const ANTONYM: RelationshipSpec = RelationshipSpec { kind: "antonym", type_name: "Antonym" };

    /// preferred term: `PreferredTerm`.
    pub const PREFERRED_TERM: RelationshipSpec =
        RelationshipSpec { kind: "preferred term", type_name: "PreferredTerm" };

    /// semantic assignment: `SemanticAssignment`.
    pub const SEMANTIC_ASSIGNMENT: RelationshipSpec =
        RelationshipSpec { kind: "semantic assignment", type_name: "SemanticAssignment" };

    /// connector type link: `ConnectionConnectorType`.
    pub const CONNECTOR_TYPE_LINK: RelationshipSpec =
        RelationshipSpec { kind: "connector type link", type_name: "ConnectionConnectorType" };

    /// connection endpoint: `ConnectToEndpoint`.
    pub const CONNECTION_ENDPOINT: RelationshipSpec =
        RelationshipSpec { kind: "connection endpoint", type_name: "ConnectToEndpoint" };

    /// asset connection: `AssetConnection`.
    pub const ASSET_CONNECTION: RelationshipSpec =
        RelationshipSpec { kind: "asset connection", type_name: "AssetConnection" };

    /// data flow: `DataFlow`.
    pub const DATA_FLOW: RelationshipSpec = RelationshipSpec { kind: "data flow", type_name: "DataFlow" };

    /// control flow: `ControlFlow`.
    pub const CONTROL_FLOW: RelationshipSpec = RelationshipSpec { kind: "control flow", type_name: "ControlFlow" };

    /// process call: `ProcessCall`.
    pub const PROCESS_CALL: RelationshipSpec = RelationshipSpec { kind: "process call", type_name: "ProcessCall" };

    /// lineage mapping: `LineageMapping`.
    pub const LINEAGE_MAPPING: RelationshipSpec =
        RelationshipSpec { kind: "lineage mapping", type_name: "LineageMapping" };

    /// governed by: `GovernedBy`.
    pub const GOVERNED_BY: RelationshipSpec = RelationshipSpec { kind: "governed by", type_name: "GovernedBy" };

    /// valid value member: `ValidValueMember`.
    pub const VALID_VALUE_MEMBER: RelationshipSpec =
        RelationshipSpec { kind: "valid value member", type_name: "ValidValueMember" };

    /// external reference link: `ExternalReferenceLink`.
    pub const EXTERNAL_REFERENCE_LINK: RelationshipSpec =
        RelationshipSpec { kind: "external reference link", type_name: "ExternalReferenceLink" };

    /// taxonomy: the `Taxonomy` classification on `Glossary`.
    pub const TAXONOMY: ClassificationSpec =
        ClassificationSpec { kind: "taxonomy", classification: "Taxonomy", target_type: "Glossary" };

    /// canonical vocabulary: the `CanonicalVocabulary` classification on `Glossary`.
    pub const CANONICAL_VOCABULARY: ClassificationSpec = ClassificationSpec {
        kind: "canonical vocabulary",
        classification: "CanonicalVocabulary",
        target_type: "Glossary",
    };

    /// confidentiality: the `Confidentiality` classification on `Referenceable`.
    pub const CONFIDENTIALITY: ClassificationSpec =
        ClassificationSpec { kind: "confidentiality", classification: "Confidentiality", target_type: "Referenceable" };

    /// criticality: the `Criticality` classification on `Referenceable`.
    pub const CRITICALITY: ClassificationSpec =
        ClassificationSpec { kind: "criticality", classification: "Criticality", target_type: "Referenceable" };

    /// retention: the `Retention` classification on `Referenceable`.
    pub const RETENTION: ClassificationSpec =
        ClassificationSpec { kind: "retention", classification: "Retention", target_type: "Referenceable" };

    /// security tags: the `SecurityTags` classification on `Referenceable`.
    pub const SECURITY_TAGS: ClassificationSpec =
        ClassificationSpec { kind: "security tags", classification: "SecurityTags", target_type: "Referenceable" };

    /// ownership: the `Ownership` classification on `Referenceable`.
    pub const OWNERSHIP: ClassificationSpec =
        ClassificationSpec { kind: "ownership", classification: "Ownership", target_type: "Referenceable" };

    /// subject area: the `SubjectArea` classification on `Referenceable`.
    pub const SUBJECT_AREA: ClassificationSpec =
        ClassificationSpec { kind: "subject area", classification: "SubjectArea", target_type: "Referenceable" };
}

/// The operations of a catalog integrator context (Egeria's `CatalogIntegratorConnector / CatalogIntegratorContext and its exchange services (Asset Manager OMAS)`).
///
/// Third-party data catalogs, exchanged both ways: assets and their schemas, glossaries, connections, lineage, governance definitions, stewardship classifications, valid values and external references, each write correlated with the catalog's own identifier.
///
/// Implemented over the repository by [`CatalogIntegratorContext::new`]; with the `mocks` feature,
/// `MockCatalogIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait CatalogIntegratorApi: Send + Sync {
    /// The connector's name.
    fn connector_name(&self) -> String;

    /// Which way metadata may flow for the connector.
    fn permitted_synchronization(&self) -> PermittedSynchronization;

    /// The qualified name of the asset manager: the metadata source that owns what the connector creates.
    fn asset_manager_name(&self) -> Option<String>;

    /// The GUID of the asset manager's metadata source.
    fn asset_manager_guid(&self) -> Option<String>;

    /// Whether new elements are owned by the asset manager (on by default when a metadata source is configured).
    fn set_asset_manager_is_home(&self, is_home: bool);

    /// Registers the connector's listener with the service's [`default_event_filter`].
    async fn register_listener(&self) -> Result<()>;

    /// Registers the connector's listener with a filter of its own.
    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;

    /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the asset manager.
    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;

    /// The generic integration context underneath (`None` for a mock).
    fn integration_context(&self) -> Option<IntegrationContext>;

    /// A synchronizer for one scope of the asset manager (a schema, a folder, a stream, ...).
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<CatalogSynchronizer>;

    /// Creates a data asset (`DataAsset`); returns its GUID. Egeria: `createDataAsset`.
    async fn create_data_asset(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: DataAssetProperties,
    ) -> Result<Guid>;

    /// Creates a data asset (`DataAsset`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createDataAssetFromTemplate`.
    async fn create_data_asset_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a data asset (`DataAsset`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateDataAsset`.
    async fn update_data_asset<'a>(
        &self,
        data_asset_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: DataAssetProperties,
    ) -> Result<()>;

    /// Removes a data asset (`DataAsset`) with what is anchored to it, and its correlations. Egeria: `removeDataAsset`.
    async fn remove_data_asset<'a>(&self, data_asset_guid: &str, external_identifier: Option<&'a str>) -> Result<()>;

    /// The data assets whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findDataAssets`.
    async fn find_data_assets(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataAssetElement>>;

    /// The data assets whose qualified name or display name is `name`. Egeria: `getDataAssetsByName`.
    async fn get_data_assets_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataAssetElement>>;

    /// One data asset (`DataAsset`) by GUID. Egeria: `getDataAssetByGUID`.
    async fn get_data_asset_by_guid(&self, data_asset_guid: &str) -> Result<DataAssetElement>;

    /// The data assets of the connector's asset manager: owned by it, or correlated with its keys. Egeria: `getDataAssetsForAssetManager`.
    async fn get_data_assets_for_asset_manager(&self, start_from: u32, page_size: u32)
    -> Result<Vec<DataAssetElement>>;

    /// Publishes a data asset (`DataAsset`): adds it to the connector's publish zones. Egeria: `publishDataAsset`.
    async fn publish_data_asset(&self, data_asset_guid: &str) -> Result<()>;

    /// Withdraws a data asset (`DataAsset`): removes it from the connector's publish zones. Egeria: `withdrawDataAsset`.
    async fn withdraw_data_asset(&self, data_asset_guid: &str) -> Result<()>;

    /// Creates a schema type (`SchemaType`) under `element_guid`; returns its GUID. Egeria: `createSchemaType`.
    async fn create_schema_type(
        &self,
        element_guid: &str,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: SchemaTypeProperties,
    ) -> Result<Guid>;

    /// Creates a schema type (`SchemaType`) under `element_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createSchemaTypeFromTemplate`.
    async fn create_schema_type_from_template(
        &self,
        template_guid: &str,
        element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a schema type (`SchemaType`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateSchemaType`.
    async fn update_schema_type<'a>(
        &self,
        schema_type_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: SchemaTypeProperties,
    ) -> Result<()>;

    /// Removes a schema type (`SchemaType`) with what is anchored to it, and its correlations. Egeria: `removeSchemaType`.
    async fn remove_schema_type<'a>(&self, schema_type_guid: &str, external_identifier: Option<&'a str>) -> Result<()>;

    /// The schema types whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findSchemaTypes`.
    async fn find_schema_types(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>>;

    /// The schema types whose qualified name or display name is `name`. Egeria: `getSchemaTypesByName`.
    async fn get_schema_types_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>>;

    /// One schema type (`SchemaType`) by GUID. Egeria: `getSchemaTypeByGUID`.
    async fn get_schema_type_by_guid(&self, schema_type_guid: &str) -> Result<SchemaTypeElement>;

    /// The schema types under `element_guid`. Egeria: `getSchemaTypesForElement`.
    async fn get_schema_types_for_element(
        &self,
        element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>>;

    /// Creates a schema attribute (`SchemaAttribute`) under `parent_schema_element_guid`; returns its GUID. Egeria: `createSchemaAttribute`.
    async fn create_schema_attribute(
        &self,
        parent_schema_element_guid: &str,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: SchemaAttributeProperties,
    ) -> Result<Guid>;

    /// Creates a schema attribute (`SchemaAttribute`) under `parent_schema_element_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createSchemaAttributeFromTemplate`.
    async fn create_schema_attribute_from_template(
        &self,
        template_guid: &str,
        parent_schema_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a schema attribute (`SchemaAttribute`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateSchemaAttribute`.
    async fn update_schema_attribute<'a>(
        &self,
        schema_attribute_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: SchemaAttributeProperties,
    ) -> Result<()>;

    /// Removes a schema attribute (`SchemaAttribute`) with what is anchored to it, and its correlations. Egeria: `removeSchemaAttribute`.
    async fn remove_schema_attribute<'a>(
        &self,
        schema_attribute_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()>;

    /// The schema attributes whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findSchemaAttributes`.
    async fn find_schema_attributes(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>>;

    /// The schema attributes whose qualified name or display name is `name`. Egeria: `getSchemaAttributesByName`.
    async fn get_schema_attributes_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>>;

    /// One schema attribute (`SchemaAttribute`) by GUID. Egeria: `getSchemaAttributeByGUID`.
    async fn get_schema_attribute_by_guid(&self, schema_attribute_guid: &str) -> Result<SchemaAttributeElement>;

    /// The schema attributes under `parent_schema_element_guid`. Egeria: `getNestedSchemaAttributes`.
    async fn get_nested_schema_attributes(
        &self,
        parent_schema_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>>;

    /// Creates a glossary (`Glossary`); returns its GUID. Egeria: `createGlossary`.
    async fn create_glossary(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: GlossaryProperties,
    ) -> Result<Guid>;

    /// Creates a glossary (`Glossary`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createGlossaryFromTemplate`.
    async fn create_glossary_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a glossary (`Glossary`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateGlossary`.
    async fn update_glossary<'a>(
        &self,
        glossary_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: GlossaryProperties,
    ) -> Result<()>;

    /// Removes a glossary (`Glossary`) with what is anchored to it, and its correlations. Egeria: `removeGlossary`.
    async fn remove_glossary<'a>(&self, glossary_guid: &str, external_identifier: Option<&'a str>) -> Result<()>;

    /// The glossaries whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findGlossaries`.
    async fn find_glossaries(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryElement>>;

    /// The glossaries whose qualified name or display name is `name`. Egeria: `getGlossariesByName`.
    async fn get_glossaries_by_name(&self, name: &str, start_from: u32, page_size: u32)
    -> Result<Vec<GlossaryElement>>;

    /// One glossary (`Glossary`) by GUID. Egeria: `getGlossaryByGUID`.
    async fn get_glossary_by_guid(&self, glossary_guid: &str) -> Result<GlossaryElement>;

    /// The glossaries of the connector's asset manager: owned by it, or correlated with its keys. Egeria: `getGlossariesForAssetManager`.
    async fn get_glossaries_for_asset_manager(&self, start_from: u32, page_size: u32) -> Result<Vec<GlossaryElement>>;

    /// Creates a glossary category (`GlossaryCategory`) under `glossary_guid`; returns its GUID. Egeria: `createGlossaryCategory`.
    async fn create_glossary_category(
        &self,
        glossary_guid: &str,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: GlossaryCategoryProperties,
    ) -> Result<Guid>;

    /// Creates a glossary category (`GlossaryCategory`) under `glossary_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createGlossaryCategoryFromTemplate`.
    async fn create_glossary_category_from_template(
        &self,
        template_guid: &str,
        glossary_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a glossary category (`GlossaryCategory`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateGlossaryCategory`.
    async fn update_glossary_category<'a>(
        &self,
        glossary_category_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: GlossaryCategoryProperties,
    ) -> Result<()>;

    /// Removes a glossary category (`GlossaryCategory`) with what is anchored to it, and its correlations. Egeria: `removeGlossaryCategory`.
    async fn remove_glossary_category<'a>(
        &self,
        glossary_category_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()>;

    /// The glossary categories whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findGlossaryCategories`.
    async fn find_glossary_categories(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryCategoryElement>>;

    /// The glossary categories whose qualified name or display name is `name`. Egeria: `getGlossaryCategoriesByName`.
    async fn get_glossary_categories_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryCategoryElement>>;

    /// One glossary category (`GlossaryCategory`) by GUID. Egeria: `getGlossaryCategoryByGUID`.
    async fn get_glossary_category_by_guid(&self, glossary_category_guid: &str) -> Result<GlossaryCategoryElement>;

    /// The glossary categories under `glossary_guid`. Egeria: `getCategoriesForGlossary`.
    async fn get_categories_for_glossary(
        &self,
        glossary_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryCategoryElement>>;

    /// Creates a glossary term (`GlossaryTerm`) under `glossary_guid`; returns its GUID. Egeria: `createGlossaryTerm`.
    async fn create_glossary_term(
        &self,
        glossary_guid: &str,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: GlossaryTermProperties,
    ) -> Result<Guid>;

    /// Creates a glossary term (`GlossaryTerm`) under `glossary_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createGlossaryTermFromTemplate`.
    async fn create_glossary_term_from_template(
        &self,
        template_guid: &str,
        glossary_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a glossary term (`GlossaryTerm`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateGlossaryTerm`.
    async fn update_glossary_term<'a>(
        &self,
        glossary_term_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: GlossaryTermProperties,
    ) -> Result<()>;

    /// Removes a glossary term (`GlossaryTerm`) with what is anchored to it, and its correlations. Egeria: `removeGlossaryTerm`.
    async fn remove_glossary_term<'a>(
        &self,
        glossary_term_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()>;

    /// The glossary terms whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findGlossaryTerms`.
    async fn find_glossary_terms(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryTermElement>>;

    /// The glossary terms whose qualified name or display name is `name`. Egeria: `getGlossaryTermsByName`.
    async fn get_glossary_terms_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryTermElement>>;

    /// One glossary term (`GlossaryTerm`) by GUID. Egeria: `getGlossaryTermByGUID`.
    async fn get_glossary_term_by_guid(&self, glossary_term_guid: &str) -> Result<GlossaryTermElement>;

    /// The glossary terms under `glossary_guid`. Egeria: `getTermsForGlossary`.
    async fn get_terms_for_glossary(
        &self,
        glossary_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryTermElement>>;

    /// Creates a connection (`Connection`); returns its GUID. Egeria: `createConnection`.
    async fn create_connection(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: ConnectionProperties,
    ) -> Result<Guid>;

    /// Creates a connection (`Connection`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createConnectionFromTemplate`.
    async fn create_connection_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a connection (`Connection`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateConnection`.
    async fn update_connection<'a>(
        &self,
        connection_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: ConnectionProperties,
    ) -> Result<()>;

    /// Removes a connection (`Connection`) with what is anchored to it, and its correlations. Egeria: `removeConnection`.
    async fn remove_connection<'a>(&self, connection_guid: &str, external_identifier: Option<&'a str>) -> Result<()>;

    /// The connections whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findConnections`.
    async fn find_connections(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectionElement>>;

    /// The connections whose qualified name or display name is `name`. Egeria: `getConnectionsByName`.
    async fn get_connections_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectionElement>>;

    /// One connection (`Connection`) by GUID. Egeria: `getConnectionByGUID`.
    async fn get_connection_by_guid(&self, connection_guid: &str) -> Result<ConnectionElement>;

    /// Creates an endpoint (`Endpoint`); returns its GUID. Egeria: `createEndpoint`.
    async fn create_endpoint(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: EndpointProperties,
    ) -> Result<Guid>;

    /// Creates an endpoint (`Endpoint`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createEndpointFromTemplate`.
    async fn create_endpoint_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates an endpoint (`Endpoint`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateEndpoint`.
    async fn update_endpoint<'a>(
        &self,
        endpoint_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: EndpointProperties,
    ) -> Result<()>;

    /// Removes an endpoint (`Endpoint`) with what is anchored to it, and its correlations. Egeria: `removeEndpoint`.
    async fn remove_endpoint<'a>(&self, endpoint_guid: &str, external_identifier: Option<&'a str>) -> Result<()>;

    /// The endpoints whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findEndpoints`.
    async fn find_endpoints(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EndpointElement>>;

    /// The endpoints whose qualified name or display name is `name`. Egeria: `getEndpointsByName`.
    async fn get_endpoints_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<EndpointElement>>;

    /// One endpoint (`Endpoint`) by GUID. Egeria: `getEndpointByGUID`.
    async fn get_endpoint_by_guid(&self, endpoint_guid: &str) -> Result<EndpointElement>;

    /// Creates a connector type (`ConnectorType`); returns its GUID. Egeria: `createConnectorType`.
    async fn create_connector_type(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: ConnectorTypeProperties,
    ) -> Result<Guid>;

    /// Creates a connector type (`ConnectorType`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createConnectorTypeFromTemplate`.
    async fn create_connector_type_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a connector type (`ConnectorType`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateConnectorType`.
    async fn update_connector_type<'a>(
        &self,
        connector_type_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: ConnectorTypeProperties,
    ) -> Result<()>;

    /// Removes a connector type (`ConnectorType`) with what is anchored to it, and its correlations. Egeria: `removeConnectorType`.
    async fn remove_connector_type<'a>(
        &self,
        connector_type_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()>;

    /// The connector types whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findConnectorTypes`.
    async fn find_connector_types(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectorTypeElement>>;

    /// The connector types whose qualified name or display name is `name`. Egeria: `getConnectorTypesByName`.
    async fn get_connector_types_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectorTypeElement>>;

    /// One connector type (`ConnectorType`) by GUID. Egeria: `getConnectorTypeByGUID`.
    async fn get_connector_type_by_guid(&self, connector_type_guid: &str) -> Result<ConnectorTypeElement>;

    /// Creates a process (`Process`); returns its GUID. Egeria: `createProcess`.
    async fn create_process(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: ProcessProperties,
    ) -> Result<Guid>;

    /// Creates a process (`Process`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createProcessFromTemplate`.
    async fn create_process_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a process (`Process`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateProcess`.
    async fn update_process<'a>(
        &self,
        process_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: ProcessProperties,
    ) -> Result<()>;

    /// Removes a process (`Process`) with what is anchored to it, and its correlations. Egeria: `removeProcess`.
    async fn remove_process<'a>(&self, process_guid: &str, external_identifier: Option<&'a str>) -> Result<()>;

    /// The processes whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findProcesses`.
    async fn find_processes(&self, search_string: &str, start_from: u32, page_size: u32)
    -> Result<Vec<ProcessElement>>;

    /// The processes whose qualified name or display name is `name`. Egeria: `getProcessesByName`.
    async fn get_processes_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<ProcessElement>>;

    /// One process (`Process`) by GUID. Egeria: `getProcessByGUID`.
    async fn get_process_by_guid(&self, process_guid: &str) -> Result<ProcessElement>;

    /// The processes of the connector's asset manager: owned by it, or correlated with its keys. Egeria: `getProcessesForAssetManager`.
    async fn get_processes_for_asset_manager(&self, start_from: u32, page_size: u32) -> Result<Vec<ProcessElement>>;

    /// Publishes a process (`Process`): adds it to the connector's publish zones. Egeria: `publishProcess`.
    async fn publish_process(&self, process_guid: &str) -> Result<()>;

    /// Withdraws a process (`Process`): removes it from the connector's publish zones. Egeria: `withdrawProcess`.
    async fn withdraw_process(&self, process_guid: &str) -> Result<()>;

    /// Creates a port (`Port`) under `process_guid`; returns its GUID. Egeria: `createPort`.
    async fn create_port(
        &self,
        process_guid: &str,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: PortProperties,
    ) -> Result<Guid>;

    /// Creates a port (`Port`) under `process_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createPortFromTemplate`.
    async fn create_port_from_template(
        &self,
        template_guid: &str,
        process_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a port (`Port`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updatePort`.
    async fn update_port<'a>(
        &self,
        port_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: PortProperties,
    ) -> Result<()>;

    /// Removes a port (`Port`) with what is anchored to it, and its correlations. Egeria: `removePort`.
    async fn remove_port<'a>(&self, port_guid: &str, external_identifier: Option<&'a str>) -> Result<()>;

    /// The ports whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findPorts`.
    async fn find_ports(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<PortElement>>;

    /// The ports whose qualified name or display name is `name`. Egeria: `getPortsByName`.
    async fn get_ports_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<PortElement>>;

    /// One port (`Port`) by GUID. Egeria: `getPortByGUID`.
    async fn get_port_by_guid(&self, port_guid: &str) -> Result<PortElement>;

    /// The ports under `process_guid`. Egeria: `getPortsForProcess`.
    async fn get_ports_for_process(
        &self,
        process_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<PortElement>>;

    /// Creates a governance definition (`GovernanceDefinition`); returns its GUID. Egeria: `createGovernanceDefinition`.
    async fn create_governance_definition(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: GovernanceDefinitionProperties,
    ) -> Result<Guid>;

    /// Creates a governance definition (`GovernanceDefinition`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createGovernanceDefinitionFromTemplate`.
    async fn create_governance_definition_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a governance definition (`GovernanceDefinition`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateGovernanceDefinition`.
    async fn update_governance_definition<'a>(
        &self,
        governance_definition_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: GovernanceDefinitionProperties,
    ) -> Result<()>;

    /// Removes a governance definition (`GovernanceDefinition`) with what is anchored to it, and its correlations. Egeria: `removeGovernanceDefinition`.
    async fn remove_governance_definition<'a>(
        &self,
        governance_definition_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()>;

    /// The governance definitions whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findGovernanceDefinitions`.
    async fn find_governance_definitions(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GovernanceDefinitionElement>>;

    /// The governance definitions whose qualified name or display name is `name`. Egeria: `getGovernanceDefinitionsByName`.
    async fn get_governance_definitions_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GovernanceDefinitionElement>>;

    /// One governance definition (`GovernanceDefinition`) by GUID. Egeria: `getGovernanceDefinitionByGUID`.
    async fn get_governance_definition_by_guid(
        &self,
        governance_definition_guid: &str,
    ) -> Result<GovernanceDefinitionElement>;

    /// Creates a valid value (`ValidValueDefinition`); returns its GUID. Egeria: `createValidValue`.
    async fn create_valid_value(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: ValidValueProperties,
    ) -> Result<Guid>;

    /// Creates a valid value (`ValidValueDefinition`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createValidValueFromTemplate`.
    async fn create_valid_value_from_template(&self, template_guid: &str, template: TemplateProperties)
    -> Result<Guid>;

    /// Updates a valid value (`ValidValueDefinition`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateValidValue`.
    async fn update_valid_value<'a>(
        &self,
        valid_value_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: ValidValueProperties,
    ) -> Result<()>;

    /// Removes a valid value (`ValidValueDefinition`) with what is anchored to it, and its correlations. Egeria: `removeValidValue`.
    async fn remove_valid_value<'a>(&self, valid_value_guid: &str, external_identifier: Option<&'a str>) -> Result<()>;

    /// The valid values whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findValidValues`.
    async fn find_valid_values(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ValidValueElement>>;

    /// The valid values whose qualified name or display name is `name`. Egeria: `getValidValuesByName`.
    async fn get_valid_values_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ValidValueElement>>;

    /// One valid value (`ValidValueDefinition`) by GUID. Egeria: `getValidValueByGUID`.
    async fn get_valid_value_by_guid(&self, valid_value_guid: &str) -> Result<ValidValueElement>;

    /// Creates an external reference (`ExternalReference`); returns its GUID. Egeria: `createExternalReference`.
    async fn create_external_reference(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: ExternalReferenceProperties,
    ) -> Result<Guid>;

    /// Creates an external reference (`ExternalReference`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createExternalReferenceFromTemplate`.
    async fn create_external_reference_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates an external reference (`ExternalReference`): merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `updateExternalReference`.
    async fn update_external_reference<'a>(
        &self,
        external_reference_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: ExternalReferenceProperties,
    ) -> Result<()>;

    /// Removes an external reference (`ExternalReference`) with what is anchored to it, and its correlations. Egeria: `removeExternalReference`.
    async fn remove_external_reference<'a>(
        &self,
        external_reference_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()>;

    /// The external references whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findExternalReferences`.
    async fn find_external_references(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ExternalReferenceElement>>;

    /// The external references whose qualified name or display name is `name`. Egeria: `getExternalReferencesByName`.
    async fn get_external_references_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ExternalReferenceElement>>;

    /// One external reference (`ExternalReference`) by GUID. Egeria: `getExternalReferenceByGUID`.
    async fn get_external_reference_by_guid(&self, external_reference_guid: &str) -> Result<ExternalReferenceElement>;

    /// Creates a category hierarchy relationship (`CategoryHierarchyLink`) from `super_category_guid` to `sub_category_guid`; returns its GUID. Egeria: `setupCategoryParent`.
    async fn setup_category_parent(&self, super_category_guid: &str, sub_category_guid: &str) -> Result<Guid>;

    /// Removes the category hierarchy relationship (`CategoryHierarchyLink`) from `super_category_guid` to `sub_category_guid`. Egeria: `clearCategoryParent`.
    async fn clear_category_parent(&self, super_category_guid: &str, sub_category_guid: &str) -> Result<()>;

    /// The category hierarchy relationships (`CategoryHierarchyLink`) an element takes part in, at `at_end` (or either). Egeria: `getCategoryHierarchyLinks`.
    async fn get_category_hierarchy_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>>;

    /// Creates a term categorization relationship (`TermCategorization`) from `glossary_category_guid` to `glossary_term_guid`; returns its GUID. Egeria: `setupTermCategory`.
    async fn setup_term_category(&self, glossary_category_guid: &str, glossary_term_guid: &str) -> Result<Guid>;

    /// Removes the term categorization relationship (`TermCategorization`) from `glossary_category_guid` to `glossary_term_guid`. Egeria: `clearTermCategory`.
    async fn clear_term_category(&self, glossary_category_guid: &str, glossary_term_guid: &str) -> Result<()>;

    /// The term categorization relationships (`TermCategorization`) an element takes part in, at `at_end` (or either). Egeria: `getTermCategorizations`.
    async fn get_term_categorizations(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>>;

    /// Creates a related term relationship (`RelatedTerm`) from `glossary_term_guid` to `related_term_guid`; returns its GUID. Egeria: `linkRelatedTerm`.
    async fn link_related_term(
        &self,
        glossary_term_guid: &str,
        related_term_guid: &str,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<Guid>;

    /// Updates the related term relationship (`RelatedTerm`) from `glossary_term_guid` to `related_term_guid`. Egeria: `updateRelatedTerm`.
    async fn update_related_term(
        &self,
        glossary_term_guid: &str,
        related_term_guid: &str,
        is_merge_update: bool,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<()>;

    /// Removes the related term relationship (`RelatedTerm`) from `glossary_term_guid` to `related_term_guid`. Egeria: `unlinkRelatedTerm`.
    async fn unlink_related_term(&self, glossary_term_guid: &str, related_term_guid: &str) -> Result<()>;

    /// The related term relationships (`RelatedTerm`) an element takes part in, at `at_end` (or either). Egeria: `getRelatedTermRelationships`.
    async fn get_related_term_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<GlossaryTermRelationshipProperties>>>;

    /// Creates a synonym relationship (`Synonym`) from `glossary_term_guid` to `synonym_term_guid`; returns its GUID. Egeria: `linkSynonym`.
    async fn link_synonym(
        &self,
        glossary_term_guid: &str,
        synonym_term_guid: &str,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<Guid>;

    /// Updates the synonym relationship (`Synonym`) from `glossary_term_guid` to `synonym_term_guid`. Egeria: `updateSynonym`.
    async fn update_synonym(
        &self,
        glossary_term_guid: &str,
        synonym_term_guid: &str,
        is_merge_update: bool,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<()>;

    /// Removes the synonym relationship (`Synonym`) from `glossary_term_guid` to `synonym_term_guid`. Egeria: `unlinkSynonym`.
    async fn unlink_synonym(&self, glossary_term_guid: &str, synonym_term_guid: &str) -> Result<()>;

    /// The synonym relationships (`Synonym`) an element takes part in, at `at_end` (or either). Egeria: `getSynonymRelationships`.
    async fn get_synonym_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<GlossaryTermRelationshipProperties>>>;

    /// Creates an antonym relationship (`Antonym`) from `glossary_term_guid` to `antonym_term_guid`; returns its GUID. Egeria: `linkAntonym`.
    async fn link_antonym(
        &self,
        glossary_term_guid: &str,
        antonym_term_guid: &str,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<Guid>;

    /// Updates the antonym relationship (`Antonym`) from `glossary_term_guid` to `antonym_term_guid`. Egeria: `updateAntonym`.
    async fn update_antonym(
        &self,
        glossary_term_guid: &str,
        antonym_term_guid: &str,
        is_merge_update: bool,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<()>;

    /// Removes the antonym relationship (`Antonym`) from `glossary_term_guid` to `antonym_term_guid`. Egeria: `unlinkAntonym`.
    async fn unlink_antonym(&self, glossary_term_guid: &str, antonym_term_guid: &str) -> Result<()>;

    /// The antonym relationships (`Antonym`) an element takes part in, at `at_end` (or either). Egeria: `getAntonymRelationships`.
    async fn get_antonym_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<GlossaryTermRelationshipProperties>>>;

    /// Creates a preferred term relationship (`PreferredTerm`) from `alternate_term_guid` to `preferred_term_guid`; returns its GUID. Egeria: `linkPreferredTerm`.
    async fn link_preferred_term(
        &self,
        alternate_term_guid: &str,
        preferred_term_guid: &str,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<Guid>;

    /// Updates the preferred term relationship (`PreferredTerm`) from `alternate_term_guid` to `preferred_term_guid`. Egeria: `updatePreferredTerm`.
    async fn update_preferred_term(
        &self,
        alternate_term_guid: &str,
        preferred_term_guid: &str,
        is_merge_update: bool,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<()>;

    /// Removes the preferred term relationship (`PreferredTerm`) from `alternate_term_guid` to `preferred_term_guid`. Egeria: `unlinkPreferredTerm`.
    async fn unlink_preferred_term(&self, alternate_term_guid: &str, preferred_term_guid: &str) -> Result<()>;

    /// The preferred term relationships (`PreferredTerm`) an element takes part in, at `at_end` (or either). Egeria: `getPreferredTermRelationships`.
    async fn get_preferred_term_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<GlossaryTermRelationshipProperties>>>;

    /// Creates a semantic assignment relationship (`SemanticAssignment`) from `element_guid` to `glossary_term_guid`; returns its GUID. Egeria: `setupSemanticAssignment`.
    async fn setup_semantic_assignment(
        &self,
        element_guid: &str,
        glossary_term_guid: &str,
        properties: SemanticAssignmentProperties,
    ) -> Result<Guid>;

    /// Updates the semantic assignment relationship (`SemanticAssignment`) from `element_guid` to `glossary_term_guid`. Egeria: `updateSemanticAssignment`.
    async fn update_semantic_assignment(
        &self,
        element_guid: &str,
        glossary_term_guid: &str,
        is_merge_update: bool,
        properties: SemanticAssignmentProperties,
    ) -> Result<()>;

    /// Removes the semantic assignment relationship (`SemanticAssignment`) from `element_guid` to `glossary_term_guid`. Egeria: `clearSemanticAssignment`.
    async fn clear_semantic_assignment(&self, element_guid: &str, glossary_term_guid: &str) -> Result<()>;

    /// The semantic assignment relationships (`SemanticAssignment`) an element takes part in, at `at_end` (or either). Egeria: `getSemanticAssignmentRelationships`.
    async fn get_semantic_assignment_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<SemanticAssignmentProperties>>>;

    /// Creates a connector type link relationship (`ConnectionConnectorType`) from `connection_guid` to `connector_type_guid`; returns its GUID. Egeria: `setupConnectorType`.
    async fn setup_connector_type(&self, connection_guid: &str, connector_type_guid: &str) -> Result<Guid>;

    /// Removes the connector type link relationship (`ConnectionConnectorType`) from `connection_guid` to `connector_type_guid`. Egeria: `clearConnectorType`.
    async fn clear_connector_type(&self, connection_guid: &str, connector_type_guid: &str) -> Result<()>;

    /// The connector type link relationships (`ConnectionConnectorType`) an element takes part in, at `at_end` (or either). Egeria: `getConnectorTypeLinks`.
    async fn get_connector_type_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>>;

    /// Creates a connection endpoint relationship (`ConnectToEndpoint`) from `connection_guid` to `endpoint_guid`; returns its GUID. Egeria: `setupEndpoint`.
    async fn setup_endpoint(&self, connection_guid: &str, endpoint_guid: &str) -> Result<Guid>;

    /// Removes the connection endpoint relationship (`ConnectToEndpoint`) from `connection_guid` to `endpoint_guid`. Egeria: `clearEndpoint`.
    async fn clear_endpoint(&self, connection_guid: &str, endpoint_guid: &str) -> Result<()>;

    /// The connection endpoint relationships (`ConnectToEndpoint`) an element takes part in, at `at_end` (or either). Egeria: `getConnectionEndpointLinks`.
    async fn get_connection_endpoint_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>>;

    /// Creates an asset connection relationship (`AssetConnection`) from `asset_guid` to `connection_guid`; returns its GUID. Egeria: `setupAssetConnection`.
    async fn setup_asset_connection(&self, asset_guid: &str, connection_guid: &str) -> Result<Guid>;

    /// Removes the asset connection relationship (`AssetConnection`) from `asset_guid` to `connection_guid`. Egeria: `clearAssetConnection`.
    async fn clear_asset_connection(&self, asset_guid: &str, connection_guid: &str) -> Result<()>;

    /// The asset connection relationships (`AssetConnection`) an element takes part in, at `at_end` (or either). Egeria: `getAssetConnectionLinks`.
    async fn get_asset_connection_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>>;

    /// Creates a data flow relationship (`DataFlow`) from `data_supplier_guid` to `data_consumer_guid`; returns its GUID. Egeria: `linkDataFlow`.
    async fn link_data_flow(
        &self,
        data_supplier_guid: &str,
        data_consumer_guid: &str,
        properties: DataFlowProperties,
    ) -> Result<Guid>;

    /// Updates the data flow relationship (`DataFlow`) from `data_supplier_guid` to `data_consumer_guid`. Egeria: `updateDataFlow`.
    async fn update_data_flow(
        &self,
        data_supplier_guid: &str,
        data_consumer_guid: &str,
        is_merge_update: bool,
        properties: DataFlowProperties,
    ) -> Result<()>;

    /// Removes the data flow relationship (`DataFlow`) from `data_supplier_guid` to `data_consumer_guid`. Egeria: `unlinkDataFlow`.
    async fn unlink_data_flow(&self, data_supplier_guid: &str, data_consumer_guid: &str) -> Result<()>;

    /// The data flow relationships (`DataFlow`) an element takes part in, at `at_end` (or either). Egeria: `getDataFlowRelationships`.
    async fn get_data_flow_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<DataFlowProperties>>>;

    /// Creates a control flow relationship (`ControlFlow`) from `current_step_guid` to `next_step_guid`; returns its GUID. Egeria: `linkControlFlow`.
    async fn link_control_flow(
        &self,
        current_step_guid: &str,
        next_step_guid: &str,
        properties: ControlFlowProperties,
    ) -> Result<Guid>;

    /// Updates the control flow relationship (`ControlFlow`) from `current_step_guid` to `next_step_guid`. Egeria: `updateControlFlow`.
    async fn update_control_flow(
        &self,
        current_step_guid: &str,
        next_step_guid: &str,
        is_merge_update: bool,
        properties: ControlFlowProperties,
    ) -> Result<()>;

    /// Removes the control flow relationship (`ControlFlow`) from `current_step_guid` to `next_step_guid`. Egeria: `unlinkControlFlow`.
    async fn unlink_control_flow(&self, current_step_guid: &str, next_step_guid: &str) -> Result<()>;

    /// The control flow relationships (`ControlFlow`) an element takes part in, at `at_end` (or either). Egeria: `getControlFlowRelationships`.
    async fn get_control_flow_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ControlFlowProperties>>>;

    /// Creates a process call relationship (`ProcessCall`) from `calling_element_guid` to `called_element_guid`; returns its GUID. Egeria: `linkProcessCall`.
    async fn link_process_call(
        &self,
        calling_element_guid: &str,
        called_element_guid: &str,
        properties: ProcessCallProperties,
    ) -> Result<Guid>;

    /// Updates the process call relationship (`ProcessCall`) from `calling_element_guid` to `called_element_guid`. Egeria: `updateProcessCall`.
    async fn update_process_call(
        &self,
        calling_element_guid: &str,
        called_element_guid: &str,
        is_merge_update: bool,
        properties: ProcessCallProperties,
    ) -> Result<()>;

    /// Removes the process call relationship (`ProcessCall`) from `calling_element_guid` to `called_element_guid`. Egeria: `unlinkProcessCall`.
    async fn unlink_process_call(&self, calling_element_guid: &str, called_element_guid: &str) -> Result<()>;

    /// The process call relationships (`ProcessCall`) an element takes part in, at `at_end` (or either). Egeria: `getProcessCallRelationships`.
    async fn get_process_call_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ProcessCallProperties>>>;

    /// Creates a lineage mapping relationship (`LineageMapping`) from `source_element_guid` to `target_element_guid`; returns its GUID. Egeria: `linkLineageMapping`.
    async fn link_lineage_mapping(
        &self,
        source_element_guid: &str,
        target_element_guid: &str,
        properties: LineageMappingProperties,
    ) -> Result<Guid>;

    /// Updates the lineage mapping relationship (`LineageMapping`) from `source_element_guid` to `target_element_guid`. Egeria: `updateLineageMapping`.
    async fn update_lineage_mapping(
        &self,
        source_element_guid: &str,
        target_element_guid: &str,
        is_merge_update: bool,
        properties: LineageMappingProperties,
    ) -> Result<()>;

    /// Removes the lineage mapping relationship (`LineageMapping`) from `source_element_guid` to `target_element_guid`. Egeria: `unlinkLineageMapping`.
    async fn unlink_lineage_mapping(&self, source_element_guid: &str, target_element_guid: &str) -> Result<()>;

    /// The lineage mapping relationships (`LineageMapping`) an element takes part in, at `at_end` (or either). Egeria: `getLineageMappingRelationships`.
    async fn get_lineage_mapping_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<LineageMappingProperties>>>;

    /// Creates a governed by relationship (`GovernedBy`) from `element_guid` to `governance_definition_guid`; returns its GUID. Egeria: `setupGovernedBy`.
    async fn setup_governed_by(
        &self,
        element_guid: &str,
        governance_definition_guid: &str,
        properties: GovernedByProperties,
    ) -> Result<Guid>;

    /// Updates the governed by relationship (`GovernedBy`) from `element_guid` to `governance_definition_guid`. Egeria: `updateGovernedBy`.
    async fn update_governed_by(
        &self,
        element_guid: &str,
        governance_definition_guid: &str,
        is_merge_update: bool,
        properties: GovernedByProperties,
    ) -> Result<()>;

    /// Removes the governed by relationship (`GovernedBy`) from `element_guid` to `governance_definition_guid`. Egeria: `clearGovernedBy`.
    async fn clear_governed_by(&self, element_guid: &str, governance_definition_guid: &str) -> Result<()>;

    /// The governed by relationships (`GovernedBy`) an element takes part in, at `at_end` (or either). Egeria: `getGovernedByLinks`.
    async fn get_governed_by_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<GovernedByProperties>>>;

    /// Creates a valid value member relationship (`ValidValueMember`) from `valid_value_set_guid` to `valid_value_guid`; returns its GUID. Egeria: `setupValidValueMember`.
    async fn setup_valid_value_member(
        &self,
        valid_value_set_guid: &str,
        valid_value_guid: &str,
        properties: ValidValueMembershipProperties,
    ) -> Result<Guid>;

    /// Updates the valid value member relationship (`ValidValueMember`) from `valid_value_set_guid` to `valid_value_guid`. Egeria: `updateValidValueMember`.
    async fn update_valid_value_member(
        &self,
        valid_value_set_guid: &str,
        valid_value_guid: &str,
        is_merge_update: bool,
        properties: ValidValueMembershipProperties,
    ) -> Result<()>;

    /// Removes the valid value member relationship (`ValidValueMember`) from `valid_value_set_guid` to `valid_value_guid`. Egeria: `clearValidValueMember`.
    async fn clear_valid_value_member(&self, valid_value_set_guid: &str, valid_value_guid: &str) -> Result<()>;

    /// The valid value member relationships (`ValidValueMember`) an element takes part in, at `at_end` (or either). Egeria: `getValidValueMemberLinks`.
    async fn get_valid_value_member_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ValidValueMembershipProperties>>>;

    /// Creates an external reference link relationship (`ExternalReferenceLink`) from `element_guid` to `external_reference_guid`; returns its GUID. Egeria: `linkExternalReferenceToElement`.
    async fn link_external_reference_to_element(
        &self,
        element_guid: &str,
        external_reference_guid: &str,
        properties: ExternalReferenceLinkProperties,
    ) -> Result<Guid>;

    /// Updates the external reference link relationship (`ExternalReferenceLink`) from `element_guid` to `external_reference_guid`. Egeria: `updateExternalReferenceLink`.
    async fn update_external_reference_link(
        &self,
        element_guid: &str,
        external_reference_guid: &str,
        is_merge_update: bool,
        properties: ExternalReferenceLinkProperties,
    ) -> Result<()>;

    /// Removes the external reference link relationship (`ExternalReferenceLink`) from `element_guid` to `external_reference_guid`. Egeria: `unlinkExternalReferenceFromElement`.
    async fn unlink_external_reference_from_element(
        &self,
        element_guid: &str,
        external_reference_guid: &str,
    ) -> Result<()>;

    /// The external reference link relationships (`ExternalReferenceLink`) an element takes part in, at `at_end` (or either). Egeria: `getExternalReferenceLinks`.
    async fn get_external_reference_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ExternalReferenceLinkProperties>>>;

    /// Sets (or updates) the `Taxonomy` classification on a `Glossary`. Egeria: `setGlossaryAsTaxonomy`.
    async fn set_glossary_as_taxonomy(&self, glossary_guid: &str, properties: TaxonomyProperties) -> Result<()>;

    /// Removes the `Taxonomy` classification from a `Glossary`. Egeria: `clearGlossaryAsTaxonomy`.
    async fn clear_glossary_as_taxonomy(&self, glossary_guid: &str) -> Result<()>;

    /// Sets (or updates) the `CanonicalVocabulary` classification on a `Glossary`. Egeria: `setGlossaryAsCanonical`.
    async fn set_glossary_as_canonical(
        &self,
        glossary_guid: &str,
        properties: CanonicalVocabularyProperties,
    ) -> Result<()>;

    /// Removes the `CanonicalVocabulary` classification from a `Glossary`. Egeria: `clearGlossaryAsCanonical`.
    async fn clear_glossary_as_canonical(&self, glossary_guid: &str) -> Result<()>;

    /// Sets (or updates) the `Confidentiality` classification on a `Referenceable`. Egeria: `setConfidentialityClassification`.
    async fn set_confidentiality_classification(
        &self,
        element_guid: &str,
        properties: ConfidentialityProperties,
    ) -> Result<()>;

    /// Removes the `Confidentiality` classification from a `Referenceable`. Egeria: `clearConfidentialityClassification`.
    async fn clear_confidentiality_classification(&self, element_guid: &str) -> Result<()>;

    /// Sets (or updates) the `Criticality` classification on a `Referenceable`. Egeria: `setCriticalityClassification`.
    async fn set_criticality_classification(&self, element_guid: &str, properties: CriticalityProperties)
    -> Result<()>;

    /// Removes the `Criticality` classification from a `Referenceable`. Egeria: `clearCriticalityClassification`.
    async fn clear_criticality_classification(&self, element_guid: &str) -> Result<()>;

    /// Sets (or updates) the `Retention` classification on a `Referenceable`. Egeria: `setRetentionClassification`.
    async fn set_retention_classification(&self, element_guid: &str, properties: RetentionProperties) -> Result<()>;

    /// Removes the `Retention` classification from a `Referenceable`. Egeria: `clearRetentionClassification`.
    async fn clear_retention_classification(&self, element_guid: &str) -> Result<()>;

    /// Sets (or updates) the `SecurityTags` classification on a `Referenceable`. Egeria: `addSecurityTags`.
    async fn add_security_tags(&self, element_guid: &str, properties: SecurityTagsProperties) -> Result<()>;

    /// Removes the `SecurityTags` classification from a `Referenceable`. Egeria: `clearSecurityTags`.
    async fn clear_security_tags(&self, element_guid: &str) -> Result<()>;

    /// Sets (or updates) the `Ownership` classification on a `Referenceable`. Egeria: `addOwnership`.
    async fn add_ownership(&self, element_guid: &str, properties: OwnershipProperties) -> Result<()>;

    /// Removes the `Ownership` classification from a `Referenceable`. Egeria: `clearOwnership`.
    async fn clear_ownership(&self, element_guid: &str) -> Result<()>;

    /// Sets (or updates) the `SubjectArea` classification on a `Referenceable`. Egeria: `addElementToSubjectArea`.
    async fn add_element_to_subject_area(&self, element_guid: &str, properties: SubjectAreaProperties) -> Result<()>;

    /// Removes the `SubjectArea` classification from a `Referenceable`. Egeria: `removeElementFromSubjectArea`.
    async fn remove_element_from_subject_area(&self, element_guid: &str) -> Result<()>;

    /// Records that the catalog knows an element by an identifier (a correlation in the connector's metadata source). Egeria: `addExternalIdentifier`.
    async fn add_external_identifier(
        &self,
        element_guid: &str,
        element_type_name: &str,
        properties: ExternalIdentifierProperties,
    ) -> Result<()>;

    /// Replaces what is recorded about an identifier of an element. Egeria: `updateExternalIdentifier`.
    async fn update_external_identifier(
        &self,
        element_guid: &str,
        element_type_name: &str,
        properties: ExternalIdentifierProperties,
    ) -> Result<()>;

    /// Forgets an identifier of an element (the element stays). Egeria: `removeExternalIdentifier`.
    async fn remove_external_identifier(
        &self,
        element_guid: &str,
        element_type_name: &str,
        identifier: &str,
    ) -> Result<()>;

    /// Records that an element was found to match the catalog's item now. Egeria: `confirmSynchronization`.
    async fn confirm_synchronization(
        &self,
        element_guid: &str,
        element_type_name: &str,
        identifier: &str,
    ) -> Result<()>;

    /// The identifiers by which the catalog knows an element. Egeria: `getMetadataCorrelationHeader`.
    async fn get_external_identifiers(&self, element_guid: &str) -> Result<Vec<ExternalIdentifier>>;

    /// The GUIDs of the elements the catalog knows by an identifier. Egeria: `getElementsForExternalIdentifier`.
    async fn get_elements_for_external_identifier(&self, identifier: &str) -> Result<Vec<Guid>>;
}

/// The context of a catalog integration connector (Egeria's `CatalogIntegratorConnector / CatalogIntegratorContext and its exchange services (Asset Manager OMAS)`): every method of
/// [`CatalogIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct CatalogIntegratorContext {
    api: Arc<dyn CatalogIntegratorApi>,
}

impl CatalogIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<CatalogIntegratorContext> {
        CatalogIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(
        core: IntegrationContext,
        connection: Option<&Connection>,
    ) -> Result<CatalogIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let extension = crate::special::Extension::new(&core, connection)?;
        Ok(CatalogIntegratorContext { api: Arc::new(CatalogIntegratorClient { core, extension }) })
    }

    /// A context over another implementation of the operations, such as `MockCatalogIntegratorApi`.
    pub fn from_api(api: Arc<dyn CatalogIntegratorApi>) -> CatalogIntegratorContext {
        CatalogIntegratorContext { api }
    }
}

impl Deref for CatalogIntegratorContext {
    type Target = dyn CatalogIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for CatalogIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CatalogIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct CatalogIntegratorClient {
    pub(crate) core: IntegrationContext,
    pub(crate) extension: crate::special::Extension,
}

#[async_trait]
impl CatalogIntegratorApi for CatalogIntegratorClient {
    fn connector_name(&self) -> String {
        self.core.connector_name().to_owned()
    }

    fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.core.permitted_synchronization()
    }

    fn asset_manager_name(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.qualified_name.clone())
    }

    fn asset_manager_guid(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.guid.clone())
    }

    fn set_asset_manager_is_home(&self, is_home: bool) {
        self.core.set_source_is_home(is_home);
    }

    async fn register_listener(&self) -> Result<()> {
        self.core.register_listener(default_event_filter()).await
    }

    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()> {
        self.core.register_listener(filter).await
    }

    fn validate_write_to_third_party(&self, method: &str) -> Result<()> {
        self.core.validate_write_to_third_party(method)
    }

    fn integration_context(&self) -> Option<IntegrationContext> {
        Some(self.core.clone())
    }

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<CatalogSynchronizer> {
        CatalogSynchronizer::new(&self.core, scope, options)
            .map(|sync| sync.guarded(crate::special::exchange_guard(self)))
    }

    async fn create_data_asset(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: DataAssetProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "createDataAsset")?;
        family::create_correlated(
            &self.core,
            &kinds::DATA_ASSET,
            "createDataAsset",
            None,
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_data_asset_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "createDataAssetFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::DATA_ASSET,
            "createDataAssetFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_data_asset<'a>(
        &self,
        data_asset_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: DataAssetProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "updateDataAsset")?;
        family::update_correlated(
            &self.core,
            &kinds::DATA_ASSET,
            "updateDataAsset",
            data_asset_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_data_asset<'a>(&self, data_asset_guid: &str, external_identifier: Option<&'a str>) -> Result<()> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "removeDataAsset")?;
        family::remove_correlated(
            &self.core,
            &kinds::DATA_ASSET,
            "removeDataAsset",
            data_asset_guid,
            external_identifier,
        )
        .await
    }

    async fn find_data_assets(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataAssetElement>> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "findDataAssets")?;
        family::find(&self.core, &kinds::DATA_ASSET, search_string, start_from, page_size).await
    }

    async fn get_data_assets_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataAssetElement>> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "getDataAssetsByName")?;
        family::get_by_name(&self.core, &kinds::DATA_ASSET, name, start_from, page_size).await
    }

    async fn get_data_asset_by_guid(&self, data_asset_guid: &str) -> Result<DataAssetElement> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "getDataAssetByGUID")?;
        family::get_by_guid(&self.core, &kinds::DATA_ASSET, "getDataAssetByGUID", data_asset_guid).await
    }

    async fn get_data_assets_for_asset_manager(
        &self,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataAssetElement>> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "getDataAssetsForAssetManager")?;
        family::list_mine(&self.core, &kinds::DATA_ASSET, start_from, page_size).await
    }

    async fn publish_data_asset(&self, data_asset_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "publishDataAsset")?;
        family::publish(&self.core, &kinds::DATA_ASSET, "publishDataAsset", data_asset_guid).await
    }

    async fn withdraw_data_asset(&self, data_asset_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "withdrawDataAsset")?;
        family::withdraw(&self.core, &kinds::DATA_ASSET, "withdrawDataAsset", data_asset_guid).await
    }

    async fn create_schema_type(
        &self,
        element_guid: &str,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: SchemaTypeProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "createSchemaType")?;
        family::create_correlated(
            &self.core,
            &kinds::SCHEMA_TYPE,
            "createSchemaType",
            Some(element_guid),
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_schema_type_from_template(
        &self,
        template_guid: &str,
        element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "createSchemaTypeFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::SCHEMA_TYPE,
            "createSchemaTypeFromTemplate",
            template_guid,
            Some(element_guid),
            &template,
        )
        .await
    }

    async fn update_schema_type<'a>(
        &self,
        schema_type_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: SchemaTypeProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "updateSchemaType")?;
        family::update_correlated(
            &self.core,
            &kinds::SCHEMA_TYPE,
            "updateSchemaType",
            schema_type_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_schema_type<'a>(&self, schema_type_guid: &str, external_identifier: Option<&'a str>) -> Result<()> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "removeSchemaType")?;
        family::remove_correlated(
            &self.core,
            &kinds::SCHEMA_TYPE,
            "removeSchemaType",
            schema_type_guid,
            external_identifier,
        )
        .await
    }

    async fn find_schema_types(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "findSchemaTypes")?;
        family::find(&self.core, &kinds::SCHEMA_TYPE, search_string, start_from, page_size).await
    }

    async fn get_schema_types_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "getSchemaTypesByName")?;
        family::get_by_name(&self.core, &kinds::SCHEMA_TYPE, name, start_from, page_size).await
    }

    async fn get_schema_type_by_guid(&self, schema_type_guid: &str) -> Result<SchemaTypeElement> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "getSchemaTypeByGUID")?;
        family::get_by_guid(&self.core, &kinds::SCHEMA_TYPE, "getSchemaTypeByGUID", schema_type_guid).await
    }

    async fn get_schema_types_for_element(
        &self,
        element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaTypeElement>> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "getSchemaTypesForElement")?;
        family::list_for_parent(
            &self.core,
            &kinds::SCHEMA_TYPE,
            "getSchemaTypesForElement",
            element_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn create_schema_attribute(
        &self,
        parent_schema_element_guid: &str,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: SchemaAttributeProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "createSchemaAttribute")?;
        family::create_correlated(
            &self.core,
            &kinds::SCHEMA_ATTRIBUTE,
            "createSchemaAttribute",
            Some(parent_schema_element_guid),
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_schema_attribute_from_template(
        &self,
        template_guid: &str,
        parent_schema_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "createSchemaAttributeFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::SCHEMA_ATTRIBUTE,
            "createSchemaAttributeFromTemplate",
            template_guid,
            Some(parent_schema_element_guid),
            &template,
        )
        .await
    }

    async fn update_schema_attribute<'a>(
        &self,
        schema_attribute_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: SchemaAttributeProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "updateSchemaAttribute")?;
        family::update_correlated(
            &self.core,
            &kinds::SCHEMA_ATTRIBUTE,
            "updateSchemaAttribute",
            schema_attribute_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_schema_attribute<'a>(
        &self,
        schema_attribute_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "removeSchemaAttribute")?;
        family::remove_correlated(
            &self.core,
            &kinds::SCHEMA_ATTRIBUTE,
            "removeSchemaAttribute",
            schema_attribute_guid,
            external_identifier,
        )
        .await
    }

    async fn find_schema_attributes(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "findSchemaAttributes")?;
        family::find(&self.core, &kinds::SCHEMA_ATTRIBUTE, search_string, start_from, page_size).await
    }

    async fn get_schema_attributes_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "getSchemaAttributesByName")?;
        family::get_by_name(&self.core, &kinds::SCHEMA_ATTRIBUTE, name, start_from, page_size).await
    }

    async fn get_schema_attribute_by_guid(&self, schema_attribute_guid: &str) -> Result<SchemaAttributeElement> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "getSchemaAttributeByGUID")?;
        family::get_by_guid(&self.core, &kinds::SCHEMA_ATTRIBUTE, "getSchemaAttributeByGUID", schema_attribute_guid)
            .await
    }

    async fn get_nested_schema_attributes(
        &self,
        parent_schema_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<SchemaAttributeElement>> {
        crate::special::check_exchange(self, "DataAssetExchangeService", "getNestedSchemaAttributes")?;
        family::list_for_parent(
            &self.core,
            &kinds::SCHEMA_ATTRIBUTE,
            "getNestedSchemaAttributes",
            parent_schema_element_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn create_glossary(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: GlossaryProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "createGlossary")?;
        family::create_correlated(
            &self.core,
            &kinds::GLOSSARY,
            "createGlossary",
            None,
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_glossary_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "createGlossaryFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::GLOSSARY,
            "createGlossaryFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_glossary<'a>(
        &self,
        glossary_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: GlossaryProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "updateGlossary")?;
        family::update_correlated(
            &self.core,
            &kinds::GLOSSARY,
            "updateGlossary",
            glossary_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_glossary<'a>(&self, glossary_guid: &str, external_identifier: Option<&'a str>) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "removeGlossary")?;
        family::remove_correlated(&self.core, &kinds::GLOSSARY, "removeGlossary", glossary_guid, external_identifier)
            .await
    }

    async fn find_glossaries(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryElement>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "findGlossaries")?;
        family::find(&self.core, &kinds::GLOSSARY, search_string, start_from, page_size).await
    }

    async fn get_glossaries_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryElement>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getGlossariesByName")?;
        family::get_by_name(&self.core, &kinds::GLOSSARY, name, start_from, page_size).await
    }

    async fn get_glossary_by_guid(&self, glossary_guid: &str) -> Result<GlossaryElement> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getGlossaryByGUID")?;
        family::get_by_guid(&self.core, &kinds::GLOSSARY, "getGlossaryByGUID", glossary_guid).await
    }

    async fn get_glossaries_for_asset_manager(&self, start_from: u32, page_size: u32) -> Result<Vec<GlossaryElement>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getGlossariesForAssetManager")?;
        family::list_mine(&self.core, &kinds::GLOSSARY, start_from, page_size).await
    }

    async fn create_glossary_category(
        &self,
        glossary_guid: &str,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: GlossaryCategoryProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "createGlossaryCategory")?;
        family::create_correlated(
            &self.core,
            &kinds::GLOSSARY_CATEGORY,
            "createGlossaryCategory",
            Some(glossary_guid),
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_glossary_category_from_template(
        &self,
        template_guid: &str,
        glossary_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "createGlossaryCategoryFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::GLOSSARY_CATEGORY,
            "createGlossaryCategoryFromTemplate",
            template_guid,
            Some(glossary_guid),
            &template,
        )
        .await
    }

    async fn update_glossary_category<'a>(
        &self,
        glossary_category_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: GlossaryCategoryProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "updateGlossaryCategory")?;
        family::update_correlated(
            &self.core,
            &kinds::GLOSSARY_CATEGORY,
            "updateGlossaryCategory",
            glossary_category_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_glossary_category<'a>(
        &self,
        glossary_category_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "removeGlossaryCategory")?;
        family::remove_correlated(
            &self.core,
            &kinds::GLOSSARY_CATEGORY,
            "removeGlossaryCategory",
            glossary_category_guid,
            external_identifier,
        )
        .await
    }

    async fn find_glossary_categories(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryCategoryElement>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "findGlossaryCategories")?;
        family::find(&self.core, &kinds::GLOSSARY_CATEGORY, search_string, start_from, page_size).await
    }

    async fn get_glossary_categories_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryCategoryElement>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getGlossaryCategoriesByName")?;
        family::get_by_name(&self.core, &kinds::GLOSSARY_CATEGORY, name, start_from, page_size).await
    }

    async fn get_glossary_category_by_guid(&self, glossary_category_guid: &str) -> Result<GlossaryCategoryElement> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getGlossaryCategoryByGUID")?;
        family::get_by_guid(&self.core, &kinds::GLOSSARY_CATEGORY, "getGlossaryCategoryByGUID", glossary_category_guid)
            .await
    }

    async fn get_categories_for_glossary(
        &self,
        glossary_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryCategoryElement>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getCategoriesForGlossary")?;
        family::list_for_parent(
            &self.core,
            &kinds::GLOSSARY_CATEGORY,
            "getCategoriesForGlossary",
            glossary_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn create_glossary_term(
        &self,
        glossary_guid: &str,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: GlossaryTermProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "createGlossaryTerm")?;
        family::create_correlated(
            &self.core,
            &kinds::GLOSSARY_TERM,
            "createGlossaryTerm",
            Some(glossary_guid),
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_glossary_term_from_template(
        &self,
        template_guid: &str,
        glossary_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "createGlossaryTermFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::GLOSSARY_TERM,
            "createGlossaryTermFromTemplate",
            template_guid,
            Some(glossary_guid),
            &template,
        )
        .await
    }

    async fn update_glossary_term<'a>(
        &self,
        glossary_term_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: GlossaryTermProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "updateGlossaryTerm")?;
        family::update_correlated(
            &self.core,
            &kinds::GLOSSARY_TERM,
            "updateGlossaryTerm",
            glossary_term_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_glossary_term<'a>(
        &self,
        glossary_term_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "removeGlossaryTerm")?;
        family::remove_correlated(
            &self.core,
            &kinds::GLOSSARY_TERM,
            "removeGlossaryTerm",
            glossary_term_guid,
            external_identifier,
        )
        .await
    }

    async fn find_glossary_terms(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryTermElement>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "findGlossaryTerms")?;
        family::find(&self.core, &kinds::GLOSSARY_TERM, search_string, start_from, page_size).await
    }

    async fn get_glossary_terms_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryTermElement>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getGlossaryTermsByName")?;
        family::get_by_name(&self.core, &kinds::GLOSSARY_TERM, name, start_from, page_size).await
    }

    async fn get_glossary_term_by_guid(&self, glossary_term_guid: &str) -> Result<GlossaryTermElement> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getGlossaryTermByGUID")?;
        family::get_by_guid(&self.core, &kinds::GLOSSARY_TERM, "getGlossaryTermByGUID", glossary_term_guid).await
    }

    async fn get_terms_for_glossary(
        &self,
        glossary_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GlossaryTermElement>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getTermsForGlossary")?;
        family::list_for_parent(
            &self.core,
            &kinds::GLOSSARY_TERM,
            "getTermsForGlossary",
            glossary_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn create_connection(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: ConnectionProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "createConnection")?;
        family::create_correlated(
            &self.core,
            &kinds::CONNECTION,
            "createConnection",
            None,
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_connection_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "createConnectionFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::CONNECTION,
            "createConnectionFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_connection<'a>(
        &self,
        connection_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: ConnectionProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "updateConnection")?;
        family::update_correlated(
            &self.core,
            &kinds::CONNECTION,
            "updateConnection",
            connection_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_connection<'a>(&self, connection_guid: &str, external_identifier: Option<&'a str>) -> Result<()> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "removeConnection")?;
        family::remove_correlated(
            &self.core,
            &kinds::CONNECTION,
            "removeConnection",
            connection_guid,
            external_identifier,
        )
        .await
    }

    async fn find_connections(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectionElement>> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "findConnections")?;
        family::find(&self.core, &kinds::CONNECTION, search_string, start_from, page_size).await
    }

    async fn get_connections_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectionElement>> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "getConnectionsByName")?;
        family::get_by_name(&self.core, &kinds::CONNECTION, name, start_from, page_size).await
    }

    async fn get_connection_by_guid(&self, connection_guid: &str) -> Result<ConnectionElement> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "getConnectionByGUID")?;
        family::get_by_guid(&self.core, &kinds::CONNECTION, "getConnectionByGUID", connection_guid).await
    }

    async fn create_endpoint(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: EndpointProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "createEndpoint")?;
        family::create_correlated(
            &self.core,
            &kinds::ENDPOINT,
            "createEndpoint",
            None,
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_endpoint_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "createEndpointFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::ENDPOINT,
            "createEndpointFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_endpoint<'a>(
        &self,
        endpoint_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: EndpointProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "updateEndpoint")?;
        family::update_correlated(
            &self.core,
            &kinds::ENDPOINT,
            "updateEndpoint",
            endpoint_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_endpoint<'a>(&self, endpoint_guid: &str, external_identifier: Option<&'a str>) -> Result<()> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "removeEndpoint")?;
        family::remove_correlated(&self.core, &kinds::ENDPOINT, "removeEndpoint", endpoint_guid, external_identifier)
            .await
    }

    async fn find_endpoints(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<EndpointElement>> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "findEndpoints")?;
        family::find(&self.core, &kinds::ENDPOINT, search_string, start_from, page_size).await
    }

    async fn get_endpoints_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<EndpointElement>> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "getEndpointsByName")?;
        family::get_by_name(&self.core, &kinds::ENDPOINT, name, start_from, page_size).await
    }

    async fn get_endpoint_by_guid(&self, endpoint_guid: &str) -> Result<EndpointElement> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "getEndpointByGUID")?;
        family::get_by_guid(&self.core, &kinds::ENDPOINT, "getEndpointByGUID", endpoint_guid).await
    }

    async fn create_connector_type(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: ConnectorTypeProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "createConnectorType")?;
        family::create_correlated(
            &self.core,
            &kinds::CONNECTOR_TYPE,
            "createConnectorType",
            None,
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_connector_type_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "createConnectorTypeFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::CONNECTOR_TYPE,
            "createConnectorTypeFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_connector_type<'a>(
        &self,
        connector_type_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: ConnectorTypeProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "updateConnectorType")?;
        family::update_correlated(
            &self.core,
            &kinds::CONNECTOR_TYPE,
            "updateConnectorType",
            connector_type_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_connector_type<'a>(
        &self,
        connector_type_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "removeConnectorType")?;
        family::remove_correlated(
            &self.core,
            &kinds::CONNECTOR_TYPE,
            "removeConnectorType",
            connector_type_guid,
            external_identifier,
        )
        .await
    }

    async fn find_connector_types(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectorTypeElement>> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "findConnectorTypes")?;
        family::find(&self.core, &kinds::CONNECTOR_TYPE, search_string, start_from, page_size).await
    }

    async fn get_connector_types_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ConnectorTypeElement>> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "getConnectorTypesByName")?;
        family::get_by_name(&self.core, &kinds::CONNECTOR_TYPE, name, start_from, page_size).await
    }

    async fn get_connector_type_by_guid(&self, connector_type_guid: &str) -> Result<ConnectorTypeElement> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "getConnectorTypeByGUID")?;
        family::get_by_guid(&self.core, &kinds::CONNECTOR_TYPE, "getConnectorTypeByGUID", connector_type_guid).await
    }

    async fn create_process(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: ProcessProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "LineageExchangeService", "createProcess")?;
        family::create_correlated(
            &self.core,
            &kinds::PROCESS,
            "createProcess",
            None,
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_process_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        crate::special::check_exchange(self, "LineageExchangeService", "createProcessFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::PROCESS,
            "createProcessFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_process<'a>(
        &self,
        process_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: ProcessProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "updateProcess")?;
        family::update_correlated(
            &self.core,
            &kinds::PROCESS,
            "updateProcess",
            process_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_process<'a>(&self, process_guid: &str, external_identifier: Option<&'a str>) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "removeProcess")?;
        family::remove_correlated(&self.core, &kinds::PROCESS, "removeProcess", process_guid, external_identifier).await
    }

    async fn find_processes(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ProcessElement>> {
        crate::special::check_exchange(self, "LineageExchangeService", "findProcesses")?;
        family::find(&self.core, &kinds::PROCESS, search_string, start_from, page_size).await
    }

    async fn get_processes_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<ProcessElement>> {
        crate::special::check_exchange(self, "LineageExchangeService", "getProcessesByName")?;
        family::get_by_name(&self.core, &kinds::PROCESS, name, start_from, page_size).await
    }

    async fn get_process_by_guid(&self, process_guid: &str) -> Result<ProcessElement> {
        crate::special::check_exchange(self, "LineageExchangeService", "getProcessByGUID")?;
        family::get_by_guid(&self.core, &kinds::PROCESS, "getProcessByGUID", process_guid).await
    }

    async fn get_processes_for_asset_manager(&self, start_from: u32, page_size: u32) -> Result<Vec<ProcessElement>> {
        crate::special::check_exchange(self, "LineageExchangeService", "getProcessesForAssetManager")?;
        family::list_mine(&self.core, &kinds::PROCESS, start_from, page_size).await
    }

    async fn publish_process(&self, process_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "publishProcess")?;
        family::publish(&self.core, &kinds::PROCESS, "publishProcess", process_guid).await
    }

    async fn withdraw_process(&self, process_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "withdrawProcess")?;
        family::withdraw(&self.core, &kinds::PROCESS, "withdrawProcess", process_guid).await
    }

    async fn create_port(
        &self,
        process_guid: &str,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: PortProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "LineageExchangeService", "createPort")?;
        family::create_correlated(
            &self.core,
            &kinds::PORT,
            "createPort",
            Some(process_guid),
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_port_from_template(
        &self,
        template_guid: &str,
        process_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "LineageExchangeService", "createPortFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::PORT,
            "createPortFromTemplate",
            template_guid,
            Some(process_guid),
            &template,
        )
        .await
    }

    async fn update_port<'a>(
        &self,
        port_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: PortProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "updatePort")?;
        family::update_correlated(
            &self.core,
            &kinds::PORT,
            "updatePort",
            port_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_port<'a>(&self, port_guid: &str, external_identifier: Option<&'a str>) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "removePort")?;
        family::remove_correlated(&self.core, &kinds::PORT, "removePort", port_guid, external_identifier).await
    }

    async fn find_ports(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<PortElement>> {
        crate::special::check_exchange(self, "LineageExchangeService", "findPorts")?;
        family::find(&self.core, &kinds::PORT, search_string, start_from, page_size).await
    }

    async fn get_ports_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<PortElement>> {
        crate::special::check_exchange(self, "LineageExchangeService", "getPortsByName")?;
        family::get_by_name(&self.core, &kinds::PORT, name, start_from, page_size).await
    }

    async fn get_port_by_guid(&self, port_guid: &str) -> Result<PortElement> {
        crate::special::check_exchange(self, "LineageExchangeService", "getPortByGUID")?;
        family::get_by_guid(&self.core, &kinds::PORT, "getPortByGUID", port_guid).await
    }

    async fn get_ports_for_process(
        &self,
        process_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<PortElement>> {
        crate::special::check_exchange(self, "LineageExchangeService", "getPortsForProcess")?;
        family::list_for_parent(&self.core, &kinds::PORT, "getPortsForProcess", process_guid, start_from, page_size)
            .await
    }

    async fn create_governance_definition(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: GovernanceDefinitionProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GovernanceExchangeService", "createGovernanceDefinition")?;
        family::create_correlated(
            &self.core,
            &kinds::GOVERNANCE_DEFINITION,
            "createGovernanceDefinition",
            None,
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_governance_definition_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GovernanceExchangeService", "createGovernanceDefinitionFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::GOVERNANCE_DEFINITION,
            "createGovernanceDefinitionFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_governance_definition<'a>(
        &self,
        governance_definition_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: GovernanceDefinitionProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GovernanceExchangeService", "updateGovernanceDefinition")?;
        family::update_correlated(
            &self.core,
            &kinds::GOVERNANCE_DEFINITION,
            "updateGovernanceDefinition",
            governance_definition_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_governance_definition<'a>(
        &self,
        governance_definition_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GovernanceExchangeService", "removeGovernanceDefinition")?;
        family::remove_correlated(
            &self.core,
            &kinds::GOVERNANCE_DEFINITION,
            "removeGovernanceDefinition",
            governance_definition_guid,
            external_identifier,
        )
        .await
    }

    async fn find_governance_definitions(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GovernanceDefinitionElement>> {
        crate::special::check_exchange(self, "GovernanceExchangeService", "findGovernanceDefinitions")?;
        family::find(&self.core, &kinds::GOVERNANCE_DEFINITION, search_string, start_from, page_size).await
    }

    async fn get_governance_definitions_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<GovernanceDefinitionElement>> {
        crate::special::check_exchange(self, "GovernanceExchangeService", "getGovernanceDefinitionsByName")?;
        family::get_by_name(&self.core, &kinds::GOVERNANCE_DEFINITION, name, start_from, page_size).await
    }

    async fn get_governance_definition_by_guid(
        &self,
        governance_definition_guid: &str,
    ) -> Result<GovernanceDefinitionElement> {
        crate::special::check_exchange(self, "GovernanceExchangeService", "getGovernanceDefinitionByGUID")?;
        family::get_by_guid(
            &self.core,
            &kinds::GOVERNANCE_DEFINITION,
            "getGovernanceDefinitionByGUID",
            governance_definition_guid,
        )
        .await
    }

    async fn create_valid_value(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: ValidValueProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "ValidValuesExchangeService", "createValidValue")?;
        family::create_correlated(
            &self.core,
            &kinds::VALID_VALUE,
            "createValidValue",
            None,
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_valid_value_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "ValidValuesExchangeService", "createValidValueFromTemplate")?;
        family::create_from_template(
            &self.core,
            &kinds::VALID_VALUE,
            "createValidValueFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_valid_value<'a>(
        &self,
        valid_value_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: ValidValueProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "ValidValuesExchangeService", "updateValidValue")?;
        family::update_correlated(
            &self.core,
            &kinds::VALID_VALUE,
            "updateValidValue",
            valid_value_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_valid_value<'a>(&self, valid_value_guid: &str, external_identifier: Option<&'a str>) -> Result<()> {
        crate::special::check_exchange(self, "ValidValuesExchangeService", "removeValidValue")?;
        family::remove_correlated(
            &self.core,
            &kinds::VALID_VALUE,
            "removeValidValue",
            valid_value_guid,
            external_identifier,
        )
        .await
    }

    async fn find_valid_values(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ValidValueElement>> {
        crate::special::check_exchange(self, "ValidValuesExchangeService", "findValidValues")?;
        family::find(&self.core, &kinds::VALID_VALUE, search_string, start_from, page_size).await
    }

    async fn get_valid_values_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ValidValueElement>> {
        crate::special::check_exchange(self, "ValidValuesExchangeService", "getValidValuesByName")?;
        family::get_by_name(&self.core, &kinds::VALID_VALUE, name, start_from, page_size).await
    }

    async fn get_valid_value_by_guid(&self, valid_value_guid: &str) -> Result<ValidValueElement> {
        crate::special::check_exchange(self, "ValidValuesExchangeService", "getValidValueByGUID")?;
        family::get_by_guid(&self.core, &kinds::VALID_VALUE, "getValidValueByGUID", valid_value_guid).await
    }

    async fn create_external_reference(
        &self,
        external_identifier: Option<ExternalIdentifierProperties>,
        properties: ExternalReferenceProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "ExternalReferenceExchangeService", "createExternalReference")?;
        family::create_correlated(
            &self.core,
            &kinds::EXTERNAL_REFERENCE,
            "createExternalReference",
            None,
            external_identifier.as_ref(),
            &properties,
        )
        .await
    }

    async fn create_external_reference_from_template(
        &self,
        template_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(
            self,
            "ExternalReferenceExchangeService",
            "createExternalReferenceFromTemplate",
        )?;
        family::create_from_template(
            &self.core,
            &kinds::EXTERNAL_REFERENCE,
            "createExternalReferenceFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_external_reference<'a>(
        &self,
        external_reference_guid: &str,
        external_identifier: Option<&'a str>,
        is_merge_update: bool,
        properties: ExternalReferenceProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "ExternalReferenceExchangeService", "updateExternalReference")?;
        family::update_correlated(
            &self.core,
            &kinds::EXTERNAL_REFERENCE,
            "updateExternalReference",
            external_reference_guid,
            external_identifier,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_external_reference<'a>(
        &self,
        external_reference_guid: &str,
        external_identifier: Option<&'a str>,
    ) -> Result<()> {
        crate::special::check_exchange(self, "ExternalReferenceExchangeService", "removeExternalReference")?;
        family::remove_correlated(
            &self.core,
            &kinds::EXTERNAL_REFERENCE,
            "removeExternalReference",
            external_reference_guid,
            external_identifier,
        )
        .await
    }

    async fn find_external_references(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ExternalReferenceElement>> {
        crate::special::check_exchange(self, "ExternalReferenceExchangeService", "findExternalReferences")?;
        family::find(&self.core, &kinds::EXTERNAL_REFERENCE, search_string, start_from, page_size).await
    }

    async fn get_external_references_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<ExternalReferenceElement>> {
        crate::special::check_exchange(self, "ExternalReferenceExchangeService", "getExternalReferencesByName")?;
        family::get_by_name(&self.core, &kinds::EXTERNAL_REFERENCE, name, start_from, page_size).await
    }

    async fn get_external_reference_by_guid(&self, external_reference_guid: &str) -> Result<ExternalReferenceElement> {
        crate::special::check_exchange(self, "ExternalReferenceExchangeService", "getExternalReferenceByGUID")?;
        family::get_by_guid(
            &self.core,
            &kinds::EXTERNAL_REFERENCE,
            "getExternalReferenceByGUID",
            external_reference_guid,
        )
        .await
    }

    async fn setup_category_parent(&self, super_category_guid: &str, sub_category_guid: &str) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "setupCategoryParent")?;
        family::link(
            &self.core,
            &kinds::CATEGORY_HIERARCHY,
            "setupCategoryParent",
            super_category_guid,
            sub_category_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn clear_category_parent(&self, super_category_guid: &str, sub_category_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "clearCategoryParent")?;
        family::unlink(
            &self.core,
            &kinds::CATEGORY_HIERARCHY,
            "clearCategoryParent",
            super_category_guid,
            sub_category_guid,
        )
        .await
    }

    async fn get_category_hierarchy_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getCategoryHierarchyLinks")?;
        family::list_links(&self.core, &kinds::CATEGORY_HIERARCHY, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_term_category(&self, glossary_category_guid: &str, glossary_term_guid: &str) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "setupTermCategory")?;
        family::link(
            &self.core,
            &kinds::TERM_CATEGORIZATION,
            "setupTermCategory",
            glossary_category_guid,
            glossary_term_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn clear_term_category(&self, glossary_category_guid: &str, glossary_term_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "clearTermCategory")?;
        family::unlink(
            &self.core,
            &kinds::TERM_CATEGORIZATION,
            "clearTermCategory",
            glossary_category_guid,
            glossary_term_guid,
        )
        .await
    }

    async fn get_term_categorizations(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getTermCategorizations")?;
        family::list_links(&self.core, &kinds::TERM_CATEGORIZATION, element_guid, at_end, start_from, page_size).await
    }

    async fn link_related_term(
        &self,
        glossary_term_guid: &str,
        related_term_guid: &str,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "linkRelatedTerm")?;
        family::link(
            &self.core,
            &kinds::RELATED_TERM,
            "linkRelatedTerm",
            glossary_term_guid,
            related_term_guid,
            &properties,
        )
        .await
    }

    async fn update_related_term(
        &self,
        glossary_term_guid: &str,
        related_term_guid: &str,
        is_merge_update: bool,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "updateRelatedTerm")?;
        family::update_link(
            &self.core,
            &kinds::RELATED_TERM,
            "updateRelatedTerm",
            glossary_term_guid,
            related_term_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_related_term(&self, glossary_term_guid: &str, related_term_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "unlinkRelatedTerm")?;
        family::unlink(&self.core, &kinds::RELATED_TERM, "unlinkRelatedTerm", glossary_term_guid, related_term_guid)
            .await
    }

    async fn get_related_term_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<GlossaryTermRelationshipProperties>>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getRelatedTermRelationships")?;
        family::list_links(&self.core, &kinds::RELATED_TERM, element_guid, at_end, start_from, page_size).await
    }

    async fn link_synonym(
        &self,
        glossary_term_guid: &str,
        synonym_term_guid: &str,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "linkSynonym")?;
        family::link(&self.core, &kinds::SYNONYM, "linkSynonym", glossary_term_guid, synonym_term_guid, &properties)
            .await
    }

    async fn update_synonym(
        &self,
        glossary_term_guid: &str,
        synonym_term_guid: &str,
        is_merge_update: bool,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "updateSynonym")?;
        family::update_link(
            &self.core,
            &kinds::SYNONYM,
            "updateSynonym",
            glossary_term_guid,
            synonym_term_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_synonym(&self, glossary_term_guid: &str, synonym_term_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "unlinkSynonym")?;
        family::unlink(&self.core, &kinds::SYNONYM, "unlinkSynonym", glossary_term_guid, synonym_term_guid).await
    }

    async fn get_synonym_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<GlossaryTermRelationshipProperties>>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getSynonymRelationships")?;
        family::list_links(&self.core, &kinds::SYNONYM, element_guid, at_end, start_from, page_size).await
    }

    async fn link_antonym(
        &self,
        glossary_term_guid: &str,
        antonym_term_guid: &str,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "linkAntonym")?;
        family::link(&self.core, &kinds::ANTONYM, "linkAntonym", glossary_term_guid, antonym_term_guid, &properties)
            .await
    }

    async fn update_antonym(
        &self,
        glossary_term_guid: &str,
        antonym_term_guid: &str,
        is_merge_update: bool,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "updateAntonym")?;
        family::update_link(
            &self.core,
            &kinds::ANTONYM,
            "updateAntonym",
            glossary_term_guid,
            antonym_term_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_antonym(&self, glossary_term_guid: &str, antonym_term_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "unlinkAntonym")?;
        family::unlink(&self.core, &kinds::ANTONYM, "unlinkAntonym", glossary_term_guid, antonym_term_guid).await
    }

    async fn get_antonym_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<GlossaryTermRelationshipProperties>>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getAntonymRelationships")?;
        family::list_links(&self.core, &kinds::ANTONYM, element_guid, at_end, start_from, page_size).await
    }

    async fn link_preferred_term(
        &self,
        alternate_term_guid: &str,
        preferred_term_guid: &str,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "linkPreferredTerm")?;
        family::link(
            &self.core,
            &kinds::PREFERRED_TERM,
            "linkPreferredTerm",
            alternate_term_guid,
            preferred_term_guid,
            &properties,
        )
        .await
    }

    async fn update_preferred_term(
        &self,
        alternate_term_guid: &str,
        preferred_term_guid: &str,
        is_merge_update: bool,
        properties: GlossaryTermRelationshipProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "updatePreferredTerm")?;
        family::update_link(
            &self.core,
            &kinds::PREFERRED_TERM,
            "updatePreferredTerm",
            alternate_term_guid,
            preferred_term_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_preferred_term(&self, alternate_term_guid: &str, preferred_term_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "unlinkPreferredTerm")?;
        family::unlink(
            &self.core,
            &kinds::PREFERRED_TERM,
            "unlinkPreferredTerm",
            alternate_term_guid,
            preferred_term_guid,
        )
        .await
    }

    async fn get_preferred_term_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<GlossaryTermRelationshipProperties>>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getPreferredTermRelationships")?;
        family::list_links(&self.core, &kinds::PREFERRED_TERM, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_semantic_assignment(
        &self,
        element_guid: &str,
        glossary_term_guid: &str,
        properties: SemanticAssignmentProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "setupSemanticAssignment")?;
        family::link(
            &self.core,
            &kinds::SEMANTIC_ASSIGNMENT,
            "setupSemanticAssignment",
            element_guid,
            glossary_term_guid,
            &properties,
        )
        .await
    }

    async fn update_semantic_assignment(
        &self,
        element_guid: &str,
        glossary_term_guid: &str,
        is_merge_update: bool,
        properties: SemanticAssignmentProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "updateSemanticAssignment")?;
        family::update_link(
            &self.core,
            &kinds::SEMANTIC_ASSIGNMENT,
            "updateSemanticAssignment",
            element_guid,
            glossary_term_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn clear_semantic_assignment(&self, element_guid: &str, glossary_term_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "clearSemanticAssignment")?;
        family::unlink(
            &self.core,
            &kinds::SEMANTIC_ASSIGNMENT,
            "clearSemanticAssignment",
            element_guid,
            glossary_term_guid,
        )
        .await
    }

    async fn get_semantic_assignment_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<SemanticAssignmentProperties>>> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "getSemanticAssignmentRelationships")?;
        family::list_links(&self.core, &kinds::SEMANTIC_ASSIGNMENT, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_connector_type(&self, connection_guid: &str, connector_type_guid: &str) -> Result<Guid> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "setupConnectorType")?;
        family::link(
            &self.core,
            &kinds::CONNECTOR_TYPE_LINK,
            "setupConnectorType",
            connection_guid,
            connector_type_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn clear_connector_type(&self, connection_guid: &str, connector_type_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "clearConnectorType")?;
        family::unlink(
            &self.core,
            &kinds::CONNECTOR_TYPE_LINK,
            "clearConnectorType",
            connection_guid,
            connector_type_guid,
        )
        .await
    }

    async fn get_connector_type_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "getConnectorTypeLinks")?;
        family::list_links(&self.core, &kinds::CONNECTOR_TYPE_LINK, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_endpoint(&self, connection_guid: &str, endpoint_guid: &str) -> Result<Guid> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "setupEndpoint")?;
        family::link(
            &self.core,
            &kinds::CONNECTION_ENDPOINT,
            "setupEndpoint",
            connection_guid,
            endpoint_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn clear_endpoint(&self, connection_guid: &str, endpoint_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "clearEndpoint")?;
        family::unlink(&self.core, &kinds::CONNECTION_ENDPOINT, "clearEndpoint", connection_guid, endpoint_guid).await
    }

    async fn get_connection_endpoint_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "getConnectionEndpointLinks")?;
        family::list_links(&self.core, &kinds::CONNECTION_ENDPOINT, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_asset_connection(&self, asset_guid: &str, connection_guid: &str) -> Result<Guid> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "setupAssetConnection")?;
        family::link(
            &self.core,
            &kinds::ASSET_CONNECTION,
            "setupAssetConnection",
            asset_guid,
            connection_guid,
            &ElementProperties::new(),
        )
        .await
    }

    async fn clear_asset_connection(&self, asset_guid: &str, connection_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "clearAssetConnection")?;
        family::unlink(&self.core, &kinds::ASSET_CONNECTION, "clearAssetConnection", asset_guid, connection_guid).await
    }

    async fn get_asset_connection_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ElementProperties>>> {
        crate::special::check_exchange(self, "ConnectionExchangeService", "getAssetConnectionLinks")?;
        family::list_links(&self.core, &kinds::ASSET_CONNECTION, element_guid, at_end, start_from, page_size).await
    }

    async fn link_data_flow(
        &self,
        data_supplier_guid: &str,
        data_consumer_guid: &str,
        properties: DataFlowProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "LineageExchangeService", "linkDataFlow")?;
        family::link(&self.core, &kinds::DATA_FLOW, "linkDataFlow", data_supplier_guid, data_consumer_guid, &properties)
            .await
    }

    async fn update_data_flow(
        &self,
        data_supplier_guid: &str,
        data_consumer_guid: &str,
        is_merge_update: bool,
        properties: DataFlowProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "updateDataFlow")?;
        family::update_link(
            &self.core,
            &kinds::DATA_FLOW,
            "updateDataFlow",
            data_supplier_guid,
            data_consumer_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_data_flow(&self, data_supplier_guid: &str, data_consumer_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "unlinkDataFlow")?;
        family::unlink(&self.core, &kinds::DATA_FLOW, "unlinkDataFlow", data_supplier_guid, data_consumer_guid).await
    }

    async fn get_data_flow_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<DataFlowProperties>>> {
        crate::special::check_exchange(self, "LineageExchangeService", "getDataFlowRelationships")?;
        family::list_links(&self.core, &kinds::DATA_FLOW, element_guid, at_end, start_from, page_size).await
    }

    async fn link_control_flow(
        &self,
        current_step_guid: &str,
        next_step_guid: &str,
        properties: ControlFlowProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "LineageExchangeService", "linkControlFlow")?;
        family::link(
            &self.core,
            &kinds::CONTROL_FLOW,
            "linkControlFlow",
            current_step_guid,
            next_step_guid,
            &properties,
        )
        .await
    }

    async fn update_control_flow(
        &self,
        current_step_guid: &str,
        next_step_guid: &str,
        is_merge_update: bool,
        properties: ControlFlowProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "updateControlFlow")?;
        family::update_link(
            &self.core,
            &kinds::CONTROL_FLOW,
            "updateControlFlow",
            current_step_guid,
            next_step_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_control_flow(&self, current_step_guid: &str, next_step_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "unlinkControlFlow")?;
        family::unlink(&self.core, &kinds::CONTROL_FLOW, "unlinkControlFlow", current_step_guid, next_step_guid).await
    }

    async fn get_control_flow_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ControlFlowProperties>>> {
        crate::special::check_exchange(self, "LineageExchangeService", "getControlFlowRelationships")?;
        family::list_links(&self.core, &kinds::CONTROL_FLOW, element_guid, at_end, start_from, page_size).await
    }

    async fn link_process_call(
        &self,
        calling_element_guid: &str,
        called_element_guid: &str,
        properties: ProcessCallProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "LineageExchangeService", "linkProcessCall")?;
        family::link(
            &self.core,
            &kinds::PROCESS_CALL,
            "linkProcessCall",
            calling_element_guid,
            called_element_guid,
            &properties,
        )
        .await
    }

    async fn update_process_call(
        &self,
        calling_element_guid: &str,
        called_element_guid: &str,
        is_merge_update: bool,
        properties: ProcessCallProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "updateProcessCall")?;
        family::update_link(
            &self.core,
            &kinds::PROCESS_CALL,
            "updateProcessCall",
            calling_element_guid,
            called_element_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_process_call(&self, calling_element_guid: &str, called_element_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "unlinkProcessCall")?;
        family::unlink(&self.core, &kinds::PROCESS_CALL, "unlinkProcessCall", calling_element_guid, called_element_guid)
            .await
    }

    async fn get_process_call_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ProcessCallProperties>>> {
        crate::special::check_exchange(self, "LineageExchangeService", "getProcessCallRelationships")?;
        family::list_links(&self.core, &kinds::PROCESS_CALL, element_guid, at_end, start_from, page_size).await
    }

    async fn link_lineage_mapping(
        &self,
        source_element_guid: &str,
        target_element_guid: &str,
        properties: LineageMappingProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "LineageExchangeService", "linkLineageMapping")?;
        family::link(
            &self.core,
            &kinds::LINEAGE_MAPPING,
            "linkLineageMapping",
            source_element_guid,
            target_element_guid,
            &properties,
        )
        .await
    }

    async fn update_lineage_mapping(
        &self,
        source_element_guid: &str,
        target_element_guid: &str,
        is_merge_update: bool,
        properties: LineageMappingProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "updateLineageMapping")?;
        family::update_link(
            &self.core,
            &kinds::LINEAGE_MAPPING,
            "updateLineageMapping",
            source_element_guid,
            target_element_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_lineage_mapping(&self, source_element_guid: &str, target_element_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "LineageExchangeService", "unlinkLineageMapping")?;
        family::unlink(
            &self.core,
            &kinds::LINEAGE_MAPPING,
            "unlinkLineageMapping",
            source_element_guid,
            target_element_guid,
        )
        .await
    }

    async fn get_lineage_mapping_relationships(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<LineageMappingProperties>>> {
        crate::special::check_exchange(self, "LineageExchangeService", "getLineageMappingRelationships")?;
        family::list_links(&self.core, &kinds::LINEAGE_MAPPING, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_governed_by(
        &self,
        element_guid: &str,
        governance_definition_guid: &str,
        properties: GovernedByProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "GovernanceExchangeService", "setupGovernedBy")?;
        family::link(
            &self.core,
            &kinds::GOVERNED_BY,
            "setupGovernedBy",
            element_guid,
            governance_definition_guid,
            &properties,
        )
        .await
    }

    async fn update_governed_by(
        &self,
        element_guid: &str,
        governance_definition_guid: &str,
        is_merge_update: bool,
        properties: GovernedByProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GovernanceExchangeService", "updateGovernedBy")?;
        family::update_link(
            &self.core,
            &kinds::GOVERNED_BY,
            "updateGovernedBy",
            element_guid,
            governance_definition_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn clear_governed_by(&self, element_guid: &str, governance_definition_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "GovernanceExchangeService", "clearGovernedBy")?;
        family::unlink(&self.core, &kinds::GOVERNED_BY, "clearGovernedBy", element_guid, governance_definition_guid)
            .await
    }

    async fn get_governed_by_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<GovernedByProperties>>> {
        crate::special::check_exchange(self, "GovernanceExchangeService", "getGovernedByLinks")?;
        family::list_links(&self.core, &kinds::GOVERNED_BY, element_guid, at_end, start_from, page_size).await
    }

    async fn setup_valid_value_member(
        &self,
        valid_value_set_guid: &str,
        valid_value_guid: &str,
        properties: ValidValueMembershipProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "ValidValuesExchangeService", "setupValidValueMember")?;
        family::link(
            &self.core,
            &kinds::VALID_VALUE_MEMBER,
            "setupValidValueMember",
            valid_value_set_guid,
            valid_value_guid,
            &properties,
        )
        .await
    }

    async fn update_valid_value_member(
        &self,
        valid_value_set_guid: &str,
        valid_value_guid: &str,
        is_merge_update: bool,
        properties: ValidValueMembershipProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "ValidValuesExchangeService", "updateValidValueMember")?;
        family::update_link(
            &self.core,
            &kinds::VALID_VALUE_MEMBER,
            "updateValidValueMember",
            valid_value_set_guid,
            valid_value_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn clear_valid_value_member(&self, valid_value_set_guid: &str, valid_value_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "ValidValuesExchangeService", "clearValidValueMember")?;
        family::unlink(
            &self.core,
            &kinds::VALID_VALUE_MEMBER,
            "clearValidValueMember",
            valid_value_set_guid,
            valid_value_guid,
        )
        .await
    }

    async fn get_valid_value_member_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ValidValueMembershipProperties>>> {
        crate::special::check_exchange(self, "ValidValuesExchangeService", "getValidValueMemberLinks")?;
        family::list_links(&self.core, &kinds::VALID_VALUE_MEMBER, element_guid, at_end, start_from, page_size).await
    }

    async fn link_external_reference_to_element(
        &self,
        element_guid: &str,
        external_reference_guid: &str,
        properties: ExternalReferenceLinkProperties,
    ) -> Result<Guid> {
        crate::special::check_exchange(self, "ExternalReferenceExchangeService", "linkExternalReferenceToElement")?;
        family::link(
            &self.core,
            &kinds::EXTERNAL_REFERENCE_LINK,
            "linkExternalReferenceToElement",
            element_guid,
            external_reference_guid,
            &properties,
        )
        .await
    }

    async fn update_external_reference_link(
        &self,
        element_guid: &str,
        external_reference_guid: &str,
        is_merge_update: bool,
        properties: ExternalReferenceLinkProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "ExternalReferenceExchangeService", "updateExternalReferenceLink")?;
        family::update_link(
            &self.core,
            &kinds::EXTERNAL_REFERENCE_LINK,
            "updateExternalReferenceLink",
            element_guid,
            external_reference_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn unlink_external_reference_from_element(
        &self,
        element_guid: &str,
        external_reference_guid: &str,
    ) -> Result<()> {
        crate::special::check_exchange(self, "ExternalReferenceExchangeService", "unlinkExternalReferenceFromElement")?;
        family::unlink(
            &self.core,
            &kinds::EXTERNAL_REFERENCE_LINK,
            "unlinkExternalReferenceFromElement",
            element_guid,
            external_reference_guid,
        )
        .await
    }

    async fn get_external_reference_links(
        &self,
        element_guid: &str,
        at_end: RelationshipEnd,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<TypedRelationship<ExternalReferenceLinkProperties>>> {
        crate::special::check_exchange(self, "ExternalReferenceExchangeService", "getExternalReferenceLinks")?;
        family::list_links(&self.core, &kinds::EXTERNAL_REFERENCE_LINK, element_guid, at_end, start_from, page_size)
            .await
    }

    async fn set_glossary_as_taxonomy(&self, glossary_guid: &str, properties: TaxonomyProperties) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "setGlossaryAsTaxonomy")?;
        family::classify(&self.core, &kinds::TAXONOMY, "setGlossaryAsTaxonomy", glossary_guid, &properties).await
    }

    async fn clear_glossary_as_taxonomy(&self, glossary_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "clearGlossaryAsTaxonomy")?;
        family::declassify(&self.core, &kinds::TAXONOMY, "clearGlossaryAsTaxonomy", glossary_guid).await
    }

    async fn set_glossary_as_canonical(
        &self,
        glossary_guid: &str,
        properties: CanonicalVocabularyProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "setGlossaryAsCanonical")?;
        family::classify(&self.core, &kinds::CANONICAL_VOCABULARY, "setGlossaryAsCanonical", glossary_guid, &properties)
            .await
    }

    async fn clear_glossary_as_canonical(&self, glossary_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "GlossaryExchangeService", "clearGlossaryAsCanonical")?;
        family::declassify(&self.core, &kinds::CANONICAL_VOCABULARY, "clearGlossaryAsCanonical", glossary_guid).await
    }

    async fn set_confidentiality_classification(
        &self,
        element_guid: &str,
        properties: ConfidentialityProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "setConfidentialityClassification")?;
        family::classify(
            &self.core,
            &kinds::CONFIDENTIALITY,
            "setConfidentialityClassification",
            element_guid,
            &properties,
        )
        .await
    }

    async fn clear_confidentiality_classification(&self, element_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "clearConfidentialityClassification")?;
        family::declassify(&self.core, &kinds::CONFIDENTIALITY, "clearConfidentialityClassification", element_guid)
            .await
    }

    async fn set_criticality_classification(
        &self,
        element_guid: &str,
        properties: CriticalityProperties,
    ) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "setCriticalityClassification")?;
        family::classify(&self.core, &kinds::CRITICALITY, "setCriticalityClassification", element_guid, &properties)
            .await
    }

    async fn clear_criticality_classification(&self, element_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "clearCriticalityClassification")?;
        family::declassify(&self.core, &kinds::CRITICALITY, "clearCriticalityClassification", element_guid).await
    }

    async fn set_retention_classification(&self, element_guid: &str, properties: RetentionProperties) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "setRetentionClassification")?;
        family::classify(&self.core, &kinds::RETENTION, "setRetentionClassification", element_guid, &properties).await
    }

    async fn clear_retention_classification(&self, element_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "clearRetentionClassification")?;
        family::declassify(&self.core, &kinds::RETENTION, "clearRetentionClassification", element_guid).await
    }

    async fn add_security_tags(&self, element_guid: &str, properties: SecurityTagsProperties) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "addSecurityTags")?;
        family::classify(&self.core, &kinds::SECURITY_TAGS, "addSecurityTags", element_guid, &properties).await
    }

    async fn clear_security_tags(&self, element_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "clearSecurityTags")?;
        family::declassify(&self.core, &kinds::SECURITY_TAGS, "clearSecurityTags", element_guid).await
    }

    async fn add_ownership(&self, element_guid: &str, properties: OwnershipProperties) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "addOwnership")?;
        family::classify(&self.core, &kinds::OWNERSHIP, "addOwnership", element_guid, &properties).await
    }

    async fn clear_ownership(&self, element_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "clearOwnership")?;
        family::declassify(&self.core, &kinds::OWNERSHIP, "clearOwnership", element_guid).await
    }

    async fn add_element_to_subject_area(&self, element_guid: &str, properties: SubjectAreaProperties) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "addElementToSubjectArea")?;
        family::classify(&self.core, &kinds::SUBJECT_AREA, "addElementToSubjectArea", element_guid, &properties).await
    }

    async fn remove_element_from_subject_area(&self, element_guid: &str) -> Result<()> {
        crate::special::check_exchange(self, "StewardshipExchangeService", "removeElementFromSubjectArea")?;
        family::declassify(&self.core, &kinds::SUBJECT_AREA, "removeElementFromSubjectArea", element_guid).await
    }

    async fn add_external_identifier(
        &self,
        element_guid: &str,
        element_type_name: &str,
        properties: ExternalIdentifierProperties,
    ) -> Result<()> {
        crate::special::add_external_identifier(self, element_guid, element_type_name, properties).await
    }

    async fn update_external_identifier(
        &self,
        element_guid: &str,
        element_type_name: &str,
        properties: ExternalIdentifierProperties,
    ) -> Result<()> {
        crate::special::update_external_identifier(self, element_guid, element_type_name, properties).await
    }

    async fn remove_external_identifier(
        &self,
        element_guid: &str,
        element_type_name: &str,
        identifier: &str,
    ) -> Result<()> {
        crate::special::remove_external_identifier(self, element_guid, element_type_name, identifier).await
    }

    async fn confirm_synchronization(
        &self,
        element_guid: &str,
        element_type_name: &str,
        identifier: &str,
    ) -> Result<()> {
        crate::special::confirm_synchronization(self, element_guid, element_type_name, identifier).await
    }

    async fn get_external_identifiers(&self, element_guid: &str) -> Result<Vec<ExternalIdentifier>> {
        crate::special::get_external_identifiers(self, element_guid).await
    }

    async fn get_elements_for_external_identifier(&self, identifier: &str) -> Result<Vec<Guid>> {
        crate::special::get_elements_for_external_identifier(self, identifier).await
    }
}

/// Synchronizes one scope of the asset manager (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct CatalogSynchronizer {
    inner: TypedSynchronizer,
    exchange_guard: Option<crate::special::ExchangeGuard>,
}

impl CatalogSynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<CatalogSynchronizer> {
        Ok(CatalogSynchronizer { inner: TypedSynchronizer::new(context, scope, options)?, exchange_guard: None })
    }

    /// Refuses the upserts of the exchange services `guard` disables.
    pub(crate) fn guarded(mut self, guard: crate::special::ExchangeGuard) -> Self {
        self.exchange_guard = Some(guard);
        self
    }

    fn check_exchange(&self, exchange: &str, method: &str) -> Result<()> {
        self.exchange_guard.as_ref().map_or(Ok(()), |guard| guard.check(exchange, method))
    }

    /// The typed synchronizer underneath, for items of other kinds.
    pub fn typed(&mut self) -> &mut TypedSynchronizer {
        &mut self.inner
    }

    /// The GUID correlated with a key this enumeration wrote (after a flush).
    pub fn guid_of(&self, key: &str) -> Option<&str> {
        self.inner.guid_of(key)
    }

    /// Records that the enumeration is incomplete: nothing will be removed.
    pub fn mark_incomplete(&mut self, reason: impl Into<String>) {
        self.inner.mark_incomplete(reason);
    }

    /// Writes what is buffered.
    pub async fn flush(&mut self) -> Result<()> {
        self.inner.flush().await
    }

    /// Finishes the enumeration: writes what is buffered and removes what vanished (when safe).
    pub async fn complete(self) -> Result<SyncSummary> {
        self.inner.complete().await
    }

    /// Abandons the enumeration: nothing is removed.
    pub fn abort(self, reason: impl Into<String>) -> SyncSummary {
        self.inner.abort(reason)
    }

    /// Upserts a data asset (`DataAsset`) identified by the third party's `key`.
    pub async fn upsert_data_asset(&mut self, key: &str, properties: &DataAssetProperties) -> Result<()> {
        self.check_exchange("DataAssetExchangeService", "upsertDataAsset")?;
        self.inner.upsert_entity(&kinds::DATA_ASSET, key, None, properties, Vec::new()).await
    }

    /// Upserts a schema type (`SchemaType`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_schema_type(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &SchemaTypeProperties,
    ) -> Result<()> {
        self.check_exchange("DataAssetExchangeService", "upsertSchemaType")?;
        self.inner.upsert_entity(&kinds::SCHEMA_TYPE, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a schema attribute (`SchemaAttribute`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_schema_attribute(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &SchemaAttributeProperties,
    ) -> Result<()> {
        self.check_exchange("DataAssetExchangeService", "upsertSchemaAttribute")?;
        self.inner.upsert_entity(&kinds::SCHEMA_ATTRIBUTE, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a glossary (`Glossary`) identified by the third party's `key`.
    pub async fn upsert_glossary(&mut self, key: &str, properties: &GlossaryProperties) -> Result<()> {
        self.check_exchange("GlossaryExchangeService", "upsertGlossary")?;
        self.inner.upsert_entity(&kinds::GLOSSARY, key, None, properties, Vec::new()).await
    }

    /// Upserts a glossary category (`GlossaryCategory`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_glossary_category(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &GlossaryCategoryProperties,
    ) -> Result<()> {
        self.check_exchange("GlossaryExchangeService", "upsertGlossaryCategory")?;
        self.inner.upsert_entity(&kinds::GLOSSARY_CATEGORY, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a glossary term (`GlossaryTerm`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_glossary_term(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &GlossaryTermProperties,
    ) -> Result<()> {
        self.check_exchange("GlossaryExchangeService", "upsertGlossaryTerm")?;
        self.inner.upsert_entity(&kinds::GLOSSARY_TERM, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a connection (`Connection`) identified by the third party's `key`.
    pub async fn upsert_connection(&mut self, key: &str, properties: &ConnectionProperties) -> Result<()> {
        self.check_exchange("ConnectionExchangeService", "upsertConnection")?;
        self.inner.upsert_entity(&kinds::CONNECTION, key, None, properties, Vec::new()).await
    }

    /// Upserts an endpoint (`Endpoint`) identified by the third party's `key`.
    pub async fn upsert_endpoint(&mut self, key: &str, properties: &EndpointProperties) -> Result<()> {
        self.check_exchange("ConnectionExchangeService", "upsertEndpoint")?;
        self.inner.upsert_entity(&kinds::ENDPOINT, key, None, properties, Vec::new()).await
    }

    /// Upserts a connector type (`ConnectorType`) identified by the third party's `key`.
    pub async fn upsert_connector_type(&mut self, key: &str, properties: &ConnectorTypeProperties) -> Result<()> {
        self.check_exchange("ConnectionExchangeService", "upsertConnectorType")?;
        self.inner.upsert_entity(&kinds::CONNECTOR_TYPE, key, None, properties, Vec::new()).await
    }

    /// Upserts a process (`Process`) identified by the third party's `key`.
    pub async fn upsert_process(&mut self, key: &str, properties: &ProcessProperties) -> Result<()> {
        self.check_exchange("LineageExchangeService", "upsertProcess")?;
        self.inner.upsert_entity(&kinds::PROCESS, key, None, properties, Vec::new()).await
    }

    /// Upserts a port (`Port`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_port(&mut self, key: &str, parent: ElementRef, properties: &PortProperties) -> Result<()> {
        self.check_exchange("LineageExchangeService", "upsertPort")?;
        self.inner.upsert_entity(&kinds::PORT, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a governance definition (`GovernanceDefinition`) identified by the third party's `key`.
    pub async fn upsert_governance_definition(
        &mut self,
        key: &str,
        properties: &GovernanceDefinitionProperties,
    ) -> Result<()> {
        self.check_exchange("GovernanceExchangeService", "upsertGovernanceDefinition")?;
        self.inner.upsert_entity(&kinds::GOVERNANCE_DEFINITION, key, None, properties, Vec::new()).await
    }

    /// Upserts a valid value (`ValidValueDefinition`) identified by the third party's `key`.
    pub async fn upsert_valid_value(&mut self, key: &str, properties: &ValidValueProperties) -> Result<()> {
        self.check_exchange("ValidValuesExchangeService", "upsertValidValue")?;
        self.inner.upsert_entity(&kinds::VALID_VALUE, key, None, properties, Vec::new()).await
    }

    /// Upserts an external reference (`ExternalReference`) identified by the third party's `key`.
    pub async fn upsert_external_reference(
        &mut self,
        key: &str,
        properties: &ExternalReferenceProperties,
    ) -> Result<()> {
        self.check_exchange("ExternalReferenceExchangeService", "upsertExternalReference")?;
        self.inner.upsert_entity(&kinds::EXTERNAL_REFERENCE, key, None, properties, Vec::new()).await
    }

    /// Upserts a category hierarchy relationship (`CategoryHierarchyLink`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_category_hierarchy(&mut self, key: &str, end1: ElementRef, end2: ElementRef) -> Result<()> {
        self.check_exchange("GlossaryExchangeService", "upsertCategoryHierarchy")?;
        self.inner.upsert_link(&kinds::CATEGORY_HIERARCHY, key, end1, end2, &ElementProperties::new()).await
    }

    /// Upserts a term categorization relationship (`TermCategorization`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_term_categorization(&mut self, key: &str, end1: ElementRef, end2: ElementRef) -> Result<()> {
        self.check_exchange("GlossaryExchangeService", "upsertTermCategorization")?;
        self.inner.upsert_link(&kinds::TERM_CATEGORIZATION, key, end1, end2, &ElementProperties::new()).await
    }

    /// Upserts a related term relationship (`RelatedTerm`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_related_term(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &GlossaryTermRelationshipProperties,
    ) -> Result<()> {
        self.check_exchange("GlossaryExchangeService", "upsertRelatedTerm")?;
        self.inner.upsert_link(&kinds::RELATED_TERM, key, end1, end2, properties).await
    }

    /// Upserts a synonym relationship (`Synonym`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_synonym(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &GlossaryTermRelationshipProperties,
    ) -> Result<()> {
        self.check_exchange("GlossaryExchangeService", "upsertSynonym")?;
        self.inner.upsert_link(&kinds::SYNONYM, key, end1, end2, properties).await
    }

    /// Upserts an antonym relationship (`Antonym`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_antonym(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &GlossaryTermRelationshipProperties,
    ) -> Result<()> {
        self.check_exchange("GlossaryExchangeService", "upsertAntonym")?;
        self.inner.upsert_link(&kinds::ANTONYM, key, end1, end2, properties).await
    }

    /// Upserts a preferred term relationship (`PreferredTerm`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_preferred_term(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &GlossaryTermRelationshipProperties,
    ) -> Result<()> {
        self.check_exchange("GlossaryExchangeService", "upsertPreferredTerm")?;
        self.inner.upsert_link(&kinds::PREFERRED_TERM, key, end1, end2, properties).await
    }

    /// Upserts a semantic assignment relationship (`SemanticAssignment`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_semantic_assignment(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &SemanticAssignmentProperties,
    ) -> Result<()> {
        self.check_exchange("GlossaryExchangeService", "upsertSemanticAssignment")?;
        self.inner.upsert_link(&kinds::SEMANTIC_ASSIGNMENT, key, end1, end2, properties).await
    }

    /// Upserts a connector type link relationship (`ConnectionConnectorType`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_connector_type_link(&mut self, key: &str, end1: ElementRef, end2: ElementRef) -> Result<()> {
        self.check_exchange("ConnectionExchangeService", "upsertConnectorTypeLink")?;
        self.inner.upsert_link(&kinds::CONNECTOR_TYPE_LINK, key, end1, end2, &ElementProperties::new()).await
    }

    /// Upserts a connection endpoint relationship (`ConnectToEndpoint`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_connection_endpoint(&mut self, key: &str, end1: ElementRef, end2: ElementRef) -> Result<()> {
        self.check_exchange("ConnectionExchangeService", "upsertConnectionEndpoint")?;
        self.inner.upsert_link(&kinds::CONNECTION_ENDPOINT, key, end1, end2, &ElementProperties::new()).await
    }

    /// Upserts an asset connection relationship (`AssetConnection`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_asset_connection(&mut self, key: &str, end1: ElementRef, end2: ElementRef) -> Result<()> {
        self.check_exchange("ConnectionExchangeService", "upsertAssetConnection")?;
        self.inner.upsert_link(&kinds::ASSET_CONNECTION, key, end1, end2, &ElementProperties::new()).await
    }

    /// Upserts a data flow relationship (`DataFlow`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_data_flow(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &DataFlowProperties,
    ) -> Result<()> {
        self.check_exchange("LineageExchangeService", "upsertDataFlow")?;
        self.inner.upsert_link(&kinds::DATA_FLOW, key, end1, end2, properties).await
    }

    /// Upserts a control flow relationship (`ControlFlow`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_control_flow(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &ControlFlowProperties,
    ) -> Result<()> {
        self.check_exchange("LineageExchangeService", "upsertControlFlow")?;
        self.inner.upsert_link(&kinds::CONTROL_FLOW, key, end1, end2, properties).await
    }

    /// Upserts a process call relationship (`ProcessCall`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_process_call(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &ProcessCallProperties,
    ) -> Result<()> {
        self.check_exchange("LineageExchangeService", "upsertProcessCall")?;
        self.inner.upsert_link(&kinds::PROCESS_CALL, key, end1, end2, properties).await
    }

    /// Upserts a lineage mapping relationship (`LineageMapping`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_lineage_mapping(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &LineageMappingProperties,
    ) -> Result<()> {
        self.check_exchange("LineageExchangeService", "upsertLineageMapping")?;
        self.inner.upsert_link(&kinds::LINEAGE_MAPPING, key, end1, end2, properties).await
    }

    /// Upserts a governed by relationship (`GovernedBy`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_governed_by(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &GovernedByProperties,
    ) -> Result<()> {
        self.check_exchange("GovernanceExchangeService", "upsertGovernedBy")?;
        self.inner.upsert_link(&kinds::GOVERNED_BY, key, end1, end2, properties).await
    }

    /// Upserts a valid value member relationship (`ValidValueMember`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_valid_value_member(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &ValidValueMembershipProperties,
    ) -> Result<()> {
        self.check_exchange("ValidValuesExchangeService", "upsertValidValueMember")?;
        self.inner.upsert_link(&kinds::VALID_VALUE_MEMBER, key, end1, end2, properties).await
    }

    /// Upserts an external reference link relationship (`ExternalReferenceLink`) between two elements (by key or GUID), identified by the third party's `key`.
    pub async fn upsert_external_reference_link(
        &mut self,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        properties: &ExternalReferenceLinkProperties,
    ) -> Result<()> {
        self.check_exchange("ExternalReferenceExchangeService", "upsertExternalReferenceLink")?;
        self.inner.upsert_link(&kinds::EXTERNAL_REFERENCE_LINK, key, end1, end2, properties).await
    }
}

/// A catalog integration connector (Egeria's `CatalogIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait CatalogIntegratorConnector: Send + 'static {
    /// Receives the instance id and the connection. Store what is needed; do no I/O here.
    fn initialize(&mut self, connector_instance_id: &str, connection: Connection) -> Result<()> {
        let _ = (connector_instance_id, connection);
        Ok(())
    }

    /// Receives the connector's audit log.
    fn set_audit_log(&mut self, audit_log: AuditLog) {
        let _ = audit_log;
    }

    /// Receives the configured connector name.
    fn set_connector_name(&mut self, connector_name: &str) {
        let _ = connector_name;
    }

    /// Receives the typed context (before `start`).
    fn set_context(&mut self, context: CatalogIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&CatalogIntegratorContext>;

    /// Connects to the technology and checks the configuration.
    async fn start(&mut self) -> Result<()> {
        Ok(())
    }

    /// Synchronizes the technology and the repository once.
    async fn refresh(&mut self) -> Result<()>;

    /// For connectors that use blocking calls: waits for and handles the technology's events, then returns.
    async fn engage(&mut self) -> Result<()> {
        Err(integration_daemon_api::message_definitions::ENGAGE_IMPLEMENTATION_MISSING.error(&[&"this connector"]))
    }

    /// Releases what the connector holds. Called once, from any started state.
    async fn disconnect(&mut self) -> Result<()> {
        Ok(())
    }

    /// Handles one change-log event once a listener is registered (never the connector's own writes).
    async fn process_event(&mut self, event: &ChangeEvent) -> Result<()> {
        let _ = event;
        Ok(())
    }

    /// Figures for the connector's status report.
    fn statistics(&self) -> BTreeMap<String, serde_json::Value> {
        BTreeMap::new()
    }
}

/// Hosts a catalog connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`CatalogIntegratorContext`] (refusing one of another
/// service).
pub struct CatalogIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<CatalogIntegratorContext>,
}

impl<C: CatalogIntegratorConnector> CatalogIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> CatalogIntegratorAdapter<C> {
        CatalogIntegratorAdapter { connector, connection: None, context: None }
    }

    /// The connector.
    pub fn connector(&self) -> &C {
        &self.connector
    }

    /// The connector, mutably.
    pub fn connector_mut(&mut self) -> &mut C {
        &mut self.connector
    }

    /// Unwraps the connector.
    pub fn into_inner(self) -> C {
        self.connector
    }
}

#[async_trait]
impl<C: CatalogIntegratorConnector> IntegrationConnector for CatalogIntegratorAdapter<C> {
    fn initialize(&mut self, connector_instance_id: &str, connection: Connection) -> Result<()> {
        self.connection = Some(connection.clone());
        self.connector.initialize(connector_instance_id, connection)
    }

    fn set_audit_log(&mut self, audit_log: AuditLog) {
        self.connector.set_audit_log(audit_log);
    }

    fn set_connector_name(&mut self, connector_name: &str) {
        self.connector.set_connector_name(connector_name);
    }

    fn set_context(&mut self, context: IntegrationContext) -> Result<()> {
        let typed = CatalogIntegratorContext::with_connection(context, self.connection.as_ref())?;
        self.context = Some(typed.clone());
        self.connector.set_context(typed);
        Ok(())
    }

    async fn start(&mut self) -> Result<()> {
        self.connector.start().await?;
        Ok(())
    }

    async fn refresh(&mut self) -> Result<()> {
        self.connector.refresh().await
    }

    async fn engage(&mut self) -> Result<()> {
        self.connector.engage().await
    }

    async fn disconnect(&mut self) -> Result<()> {
        self.connector.disconnect().await
    }

    async fn process_event(&mut self, event: &ChangeEvent) -> Result<()> {
        self.connector.process_event(event).await
    }

    async fn deliver_service_events(&mut self) -> Result<usize> {
        Ok(0)
    }

    fn statistics(&self) -> BTreeMap<String, serde_json::Value> {
        self.connector.statistics()
    }
}

/// A catalog connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: CatalogIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(CatalogIntegratorAdapter::new(connector))
}
