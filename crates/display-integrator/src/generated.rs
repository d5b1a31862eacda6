// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The generated part of the display integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter.

#![allow(clippy::too_many_lines, clippy::needless_lifetimes, clippy::too_many_arguments, clippy::ref_option_ref)]

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// The attribute for connector implementations: connector authors need no other dependency.
pub use async_trait::async_trait;
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
    ContentStatus, DataContainerElement, DataContainerProperties, DataFieldElement, DataFieldProperties,
    DataItemSortOrder, FormElement, FormProperties, QueryDataContainerElement, QueryDataContainerProperties,
    QueryDataFieldElement, QueryDataFieldProperties, QueryElement, QueryProperties, ReportElement, ReportProperties,
};
/// JSON values (connector statistics, configuration properties), without another dependency.
pub use serde_json;

/// The integration service of this crate.
pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::Display;

/// The element types (with their subtypes) the default listener of a display connector hears about.
pub const LISTENER_TYPES: &[&str] = &[
    "Report",
    "Form",
    "InformationView",
    "DisplayDataSchemaType",
    "DisplayDataContainer",
    "DisplayDataField",
    "QuerySchemaType",
    "QueryDataContainer",
    "QueryDataField",
];

/// The service's default event filter: changes to [`LISTENER_TYPES`].
pub fn default_event_filter() -> EventFilter {
    EventFilter::element_types(LISTENER_TYPES)
}

/// The descriptions of the kinds of element the context handles.
pub mod kinds {
    use integration_daemon_api::family::{EntitySpec, Placement};

    /// report: `Report`.
    pub const REPORT: EntitySpec = EntitySpec {
        kind: "report",
        type_name: "Report",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// form: `Form`.
    pub const FORM: EntitySpec = EntitySpec {
        kind: "form",
        type_name: "Form",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// query: `InformationView`.
    pub const QUERY: EntitySpec = EntitySpec {
        kind: "query",
        type_name: "InformationView",
        placement: Placement::TopLevel,
        marker: None,
        excluded_marker: None,
    };

    /// data container: `DisplayDataContainer`.
    pub const DATA_CONTAINER: EntitySpec = EntitySpec {
        kind: "data container",
        type_name: "DisplayDataContainer",
        placement: Placement::SchemaAttribute {
            schema_type: "DisplayDataSchemaType",
            relationship: "AttributeForSchema",
        },
        marker: None,
        excluded_marker: None,
    };

    /// data field: `DisplayDataField`.
    pub const DATA_FIELD: EntitySpec = EntitySpec {
        kind: "data field",
        type_name: "DisplayDataField",
        placement: Placement::SchemaAttribute {
            schema_type: "DisplayDataSchemaType",
            relationship: "AttributeForSchema",
        },
        marker: None,
        excluded_marker: None,
    };

    /// query data container: `QueryDataContainer`.
    pub const QUERY_DATA_CONTAINER: EntitySpec = EntitySpec {
        kind: "query data container",
        type_name: "QueryDataContainer",
        placement: Placement::SchemaAttribute { schema_type: "QuerySchemaType", relationship: "AttributeForSchema" },
        marker: None,
        excluded_marker: None,
    };

    /// query data field: `QueryDataField`.
    pub const QUERY_DATA_FIELD: EntitySpec = EntitySpec {
        kind: "query data field",
        type_name: "QueryDataField",
        placement: Placement::SchemaAttribute { schema_type: "QuerySchemaType", relationship: "AttributeForSchema" },
        marker: None,
        excluded_marker: None,
    };
}

/// The operations of a display integrator context (Egeria's `DisplayIntegratorConnector / DisplayIntegratorContext (Data Manager OMAS)`).
///
/// Reporting and form applications: reports, forms and queries, and the data containers and fields they display.
///
/// Implemented over the repository by [`DisplayIntegratorContext::new`]; with the `mocks` feature,
/// `MockDisplayIntegratorApi` lets a connector be unit-tested without one.
#[cfg_attr(feature = "mocks", mockall::automock)]
#[async_trait]
pub trait DisplayIntegratorApi: Send + Sync {
    /// The connector's name.
    fn connector_name(&self) -> String;

    /// Which way metadata may flow for the connector.
    fn permitted_synchronization(&self) -> PermittedSynchronization;

    /// The qualified name of the display application: the metadata source that owns what the connector creates.
    fn display_application_name(&self) -> Option<String>;

    /// The GUID of the display application's metadata source.
    fn display_application_guid(&self) -> Option<String>;

    /// Whether new elements are owned by the display application (on by default when a metadata source is configured).
    fn set_display_application_is_home(&self, is_home: bool);

    /// Registers the connector's listener with the service's [`default_event_filter`].
    async fn register_listener(&self) -> Result<()>;

    /// Registers the connector's listener with a filter of its own.
    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;

    /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the display application.
    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;

    /// The generic integration context underneath (`None` for a mock).
    fn integration_context(&self) -> Option<IntegrationContext>;

    /// A synchronizer for one scope of the display application (a schema, a folder, a stream, ...).
    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<DisplaySynchronizer>;

    /// Creates a report (`Report`); returns its GUID. Egeria: `createReport`.
    async fn create_report(&self, properties: ReportProperties) -> Result<Guid>;

    /// Creates a report (`Report`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createReportFromTemplate`.
    async fn create_report_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a report (`Report`): merge sets the fields given, replace swaps all properties. Egeria: `updateReport`.
    async fn update_report(&self, report_guid: &str, is_merge_update: bool, properties: ReportProperties)
    -> Result<()>;

    /// Removes a report (`Report`) with what is anchored to it. Egeria: `removeReport`.
    async fn remove_report(&self, report_guid: &str) -> Result<()>;

    /// The reports whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findReports`.
    async fn find_reports(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<ReportElement>>;

    /// The reports whose qualified name or display name is `name`. Egeria: `getReportsByName`.
    async fn get_reports_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<ReportElement>>;

    /// One report (`Report`) by GUID. Egeria: `getReportByGUID`.
    async fn get_report_by_guid(&self, report_guid: &str) -> Result<ReportElement>;

    /// The reports of the connector's display application: owned by it, or correlated with its keys. Egeria: `getReportsForApplication`.
    async fn get_reports_for_application(&self, start_from: u32, page_size: u32) -> Result<Vec<ReportElement>>;

    /// Publishes a report (`Report`): adds it to the connector's publish zones. Egeria: `publishReport`.
    async fn publish_report(&self, report_guid: &str) -> Result<()>;

    /// Withdraws a report (`Report`): removes it from the connector's publish zones. Egeria: `withdrawReport`.
    async fn withdraw_report(&self, report_guid: &str) -> Result<()>;

    /// Creates a form (`Form`); returns its GUID. Egeria: `createForm`.
    async fn create_form(&self, properties: FormProperties) -> Result<Guid>;

    /// Creates a form (`Form`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createFormFromTemplate`.
    async fn create_form_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a form (`Form`): merge sets the fields given, replace swaps all properties. Egeria: `updateForm`.
    async fn update_form(&self, form_guid: &str, is_merge_update: bool, properties: FormProperties) -> Result<()>;

    /// Removes a form (`Form`) with what is anchored to it. Egeria: `removeForm`.
    async fn remove_form(&self, form_guid: &str) -> Result<()>;

    /// The forms whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findForms`.
    async fn find_forms(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<FormElement>>;

    /// The forms whose qualified name or display name is `name`. Egeria: `getFormsByName`.
    async fn get_forms_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<FormElement>>;

    /// One form (`Form`) by GUID. Egeria: `getFormByGUID`.
    async fn get_form_by_guid(&self, form_guid: &str) -> Result<FormElement>;

    /// The forms of the connector's display application: owned by it, or correlated with its keys. Egeria: `getFormsForApplication`.
    async fn get_forms_for_application(&self, start_from: u32, page_size: u32) -> Result<Vec<FormElement>>;

    /// Publishes a form (`Form`): adds it to the connector's publish zones. Egeria: `publishForm`.
    async fn publish_form(&self, form_guid: &str) -> Result<()>;

    /// Withdraws a form (`Form`): removes it from the connector's publish zones. Egeria: `withdrawForm`.
    async fn withdraw_form(&self, form_guid: &str) -> Result<()>;

    /// Creates a query (`InformationView`); returns its GUID. Egeria: `createQuery`.
    async fn create_query(&self, properties: QueryProperties) -> Result<Guid>;

    /// Creates a query (`InformationView`) by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createQueryFromTemplate`.
    async fn create_query_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid>;

    /// Updates a query (`InformationView`): merge sets the fields given, replace swaps all properties. Egeria: `updateQuery`.
    async fn update_query(&self, query_guid: &str, is_merge_update: bool, properties: QueryProperties) -> Result<()>;

    /// Removes a query (`InformationView`) with what is anchored to it. Egeria: `removeQuery`.
    async fn remove_query(&self, query_guid: &str) -> Result<()>;

    /// The queries whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findQueries`.
    async fn find_queries(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<QueryElement>>;

    /// The queries whose qualified name or display name is `name`. Egeria: `getQueriesByName`.
    async fn get_queries_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<QueryElement>>;

    /// One query (`InformationView`) by GUID. Egeria: `getQueryByGUID`.
    async fn get_query_by_guid(&self, query_guid: &str) -> Result<QueryElement>;

    /// The queries of the connector's display application: owned by it, or correlated with its keys. Egeria: `getQueriesForApplication`.
    async fn get_queries_for_application(&self, start_from: u32, page_size: u32) -> Result<Vec<QueryElement>>;

    /// Publishes a query (`InformationView`): adds it to the connector's publish zones. Egeria: `publishQuery`.
    async fn publish_query(&self, query_guid: &str) -> Result<()>;

    /// Withdraws a query (`InformationView`): removes it from the connector's publish zones. Egeria: `withdrawQuery`.
    async fn withdraw_query(&self, query_guid: &str) -> Result<()>;

    /// Creates a data container (`DisplayDataContainer`) under `parent_element_guid`; returns its GUID. Egeria: `createDataContainer`.
    async fn create_data_container(
        &self,
        parent_element_guid: &str,
        properties: DataContainerProperties,
    ) -> Result<Guid>;

    /// Creates a data container (`DisplayDataContainer`) under `parent_element_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createDataContainerFromTemplate`.
    async fn create_data_container_from_template(
        &self,
        template_guid: &str,
        parent_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a data container (`DisplayDataContainer`): merge sets the fields given, replace swaps all properties. Egeria: `updateDataContainer`.
    async fn update_data_container(
        &self,
        data_container_guid: &str,
        is_merge_update: bool,
        properties: DataContainerProperties,
    ) -> Result<()>;

    /// Removes a data container (`DisplayDataContainer`) with what is anchored to it. Egeria: `removeDataContainer`.
    async fn remove_data_container(&self, data_container_guid: &str) -> Result<()>;

    /// The data containers whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findDataContainers`.
    async fn find_data_containers(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataContainerElement>>;

    /// The data containers whose qualified name or display name is `name`. Egeria: `getDataContainersByName`.
    async fn get_data_containers_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataContainerElement>>;

    /// One data container (`DisplayDataContainer`) by GUID. Egeria: `getDataContainerByGUID`.
    async fn get_data_container_by_guid(&self, data_container_guid: &str) -> Result<DataContainerElement>;

    /// The data containers under `parent_element_guid`. Egeria: `getDataContainersForElement`.
    async fn get_data_containers_for_element(
        &self,
        parent_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataContainerElement>>;

    /// The element a data container (`DisplayDataContainer`) hangs under. Egeria: `getDataContainerParent`.
    async fn get_data_container_parent(&self, data_container_guid: &str) -> Result<Option<ElementStub>>;

    /// Creates a data field (`DisplayDataField`) under `parent_element_guid`; returns its GUID. Egeria: `createDataField`.
    async fn create_data_field(&self, parent_element_guid: &str, properties: DataFieldProperties) -> Result<Guid>;

    /// Creates a data field (`DisplayDataField`) under `parent_element_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createDataFieldFromTemplate`.
    async fn create_data_field_from_template(
        &self,
        template_guid: &str,
        parent_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a data field (`DisplayDataField`): merge sets the fields given, replace swaps all properties. Egeria: `updateDataField`.
    async fn update_data_field(
        &self,
        data_field_guid: &str,
        is_merge_update: bool,
        properties: DataFieldProperties,
    ) -> Result<()>;

    /// Removes a data field (`DisplayDataField`) with what is anchored to it. Egeria: `removeDataField`.
    async fn remove_data_field(&self, data_field_guid: &str) -> Result<()>;

    /// The data fields whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findDataFields`.
    async fn find_data_fields(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataFieldElement>>;

    /// The data fields whose qualified name or display name is `name`. Egeria: `getDataFieldsByName`.
    async fn get_data_fields_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataFieldElement>>;

    /// One data field (`DisplayDataField`) by GUID. Egeria: `getDataFieldByGUID`.
    async fn get_data_field_by_guid(&self, data_field_guid: &str) -> Result<DataFieldElement>;

    /// The data fields under `parent_element_guid`. Egeria: `getDataFieldsForElement`.
    async fn get_data_fields_for_element(
        &self,
        parent_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataFieldElement>>;

    /// The element a data field (`DisplayDataField`) hangs under. Egeria: `getDataFieldParent`.
    async fn get_data_field_parent(&self, data_field_guid: &str) -> Result<Option<ElementStub>>;

    /// Creates a query data container (`QueryDataContainer`) under `parent_element_guid`; returns its GUID. Egeria: `createQueryDataContainer`.
    async fn create_query_data_container(
        &self,
        parent_element_guid: &str,
        properties: QueryDataContainerProperties,
    ) -> Result<Guid>;

    /// Creates a query data container (`QueryDataContainer`) under `parent_element_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createQueryDataContainerFromTemplate`.
    async fn create_query_data_container_from_template(
        &self,
        template_guid: &str,
        parent_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a query data container (`QueryDataContainer`): merge sets the fields given, replace swaps all properties. Egeria: `updateQueryDataContainer`.
    async fn update_query_data_container(
        &self,
        query_data_container_guid: &str,
        is_merge_update: bool,
        properties: QueryDataContainerProperties,
    ) -> Result<()>;

    /// Removes a query data container (`QueryDataContainer`) with what is anchored to it. Egeria: `removeQueryDataContainer`.
    async fn remove_query_data_container(&self, query_data_container_guid: &str) -> Result<()>;

    /// The query data containers whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findQueryDataContainers`.
    async fn find_query_data_containers(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataContainerElement>>;

    /// The query data containers whose qualified name or display name is `name`. Egeria: `getQueryDataContainersByName`.
    async fn get_query_data_containers_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataContainerElement>>;

    /// One query data container (`QueryDataContainer`) by GUID. Egeria: `getQueryDataContainerByGUID`.
    async fn get_query_data_container_by_guid(
        &self,
        query_data_container_guid: &str,
    ) -> Result<QueryDataContainerElement>;

    /// The query data containers under `parent_element_guid`. Egeria: `getQueryDataContainersForElement`.
    async fn get_query_data_containers_for_element(
        &self,
        parent_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataContainerElement>>;

    /// Creates a query data field (`QueryDataField`) under `parent_element_guid`; returns its GUID. Egeria: `createQueryDataField`.
    async fn create_query_data_field(
        &self,
        parent_element_guid: &str,
        properties: QueryDataFieldProperties,
    ) -> Result<Guid>;

    /// Creates a query data field (`QueryDataField`) under `parent_element_guid` by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `createQueryDataFieldFromTemplate`.
    async fn create_query_data_field_from_template(
        &self,
        template_guid: &str,
        parent_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid>;

    /// Updates a query data field (`QueryDataField`): merge sets the fields given, replace swaps all properties. Egeria: `updateQueryDataField`.
    async fn update_query_data_field(
        &self,
        query_data_field_guid: &str,
        is_merge_update: bool,
        properties: QueryDataFieldProperties,
    ) -> Result<()>;

    /// Removes a query data field (`QueryDataField`) with what is anchored to it. Egeria: `removeQueryDataField`.
    async fn remove_query_data_field(&self, query_data_field_guid: &str) -> Result<()>;

    /// The query data fields whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `findQueryDataFields`.
    async fn find_query_data_fields(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataFieldElement>>;

    /// The query data fields whose qualified name or display name is `name`. Egeria: `getQueryDataFieldsByName`.
    async fn get_query_data_fields_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataFieldElement>>;

    /// One query data field (`QueryDataField`) by GUID. Egeria: `getQueryDataFieldByGUID`.
    async fn get_query_data_field_by_guid(&self, query_data_field_guid: &str) -> Result<QueryDataFieldElement>;

    /// The query data fields under `parent_element_guid`. Egeria: `getQueryDataFieldsForElement`.
    async fn get_query_data_fields_for_element(
        &self,
        parent_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataFieldElement>>;
}

/// The context of a display integration connector (Egeria's `DisplayIntegratorConnector / DisplayIntegratorContext (Data Manager OMAS)`): every method of
/// [`DisplayIntegratorApi`], reached through `Deref`. Cheap to clone.
#[derive(Clone)]
pub struct DisplayIntegratorContext {
    api: Arc<dyn DisplayIntegratorApi>,
}

impl DisplayIntegratorContext {
    /// The typed context over a connector's integration context (what the daemon hands a connector).
    pub fn new(core: IntegrationContext) -> Result<DisplayIntegratorContext> {
        DisplayIntegratorContext::with_connection(core, None)
    }

    /// The typed context, configured from the connector's connection.
    pub fn with_connection(
        core: IntegrationContext,
        connection: Option<&Connection>,
    ) -> Result<DisplayIntegratorContext> {
        if core.integration_service() != INTEGRATION_SERVICE {
            return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[
                &core.connector_name(),
                &INTEGRATION_SERVICE,
                &core.integration_service(),
            ]));
        }
        let _ = connection;
        Ok(DisplayIntegratorContext { api: Arc::new(DisplayIntegratorClient { core }) })
    }

    /// A context over another implementation of the operations, such as `MockDisplayIntegratorApi`.
    pub fn from_api(api: Arc<dyn DisplayIntegratorApi>) -> DisplayIntegratorContext {
        DisplayIntegratorContext { api }
    }
}

impl Deref for DisplayIntegratorContext {
    type Target = dyn DisplayIntegratorApi;

    fn deref(&self) -> &Self::Target {
        self.api.as_ref()
    }
}

impl fmt::Debug for DisplayIntegratorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DisplayIntegratorContext").finish_non_exhaustive()
    }
}

/// The operations over the repository.
pub(crate) struct DisplayIntegratorClient {
    pub(crate) core: IntegrationContext,
}

#[async_trait]
impl DisplayIntegratorApi for DisplayIntegratorClient {
    fn connector_name(&self) -> String {
        self.core.connector_name().to_owned()
    }

    fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.core.permitted_synchronization()
    }

    fn display_application_name(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.qualified_name.clone())
    }

    fn display_application_guid(&self) -> Option<String> {
        self.core.metadata_source().map(|source| source.guid.clone())
    }

    fn set_display_application_is_home(&self, is_home: bool) {
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

    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<DisplaySynchronizer> {
        DisplaySynchronizer::new(&self.core, scope, options)
    }

    async fn create_report(&self, properties: ReportProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::REPORT, "createReport", None, &properties).await
    }

    async fn create_report_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::REPORT,
            "createReportFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_report(
        &self,
        report_guid: &str,
        is_merge_update: bool,
        properties: ReportProperties,
    ) -> Result<()> {
        family::update(&self.core, &kinds::REPORT, "updateReport", report_guid, is_merge_update, &properties).await
    }

    async fn remove_report(&self, report_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::REPORT, "removeReport", report_guid).await
    }

    async fn find_reports(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<ReportElement>> {
        family::find(&self.core, &kinds::REPORT, search_string, start_from, page_size).await
    }

    async fn get_reports_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<ReportElement>> {
        family::get_by_name(&self.core, &kinds::REPORT, name, start_from, page_size).await
    }

    async fn get_report_by_guid(&self, report_guid: &str) -> Result<ReportElement> {
        family::get_by_guid(&self.core, &kinds::REPORT, "getReportByGUID", report_guid).await
    }

    async fn get_reports_for_application(&self, start_from: u32, page_size: u32) -> Result<Vec<ReportElement>> {
        family::list_mine(&self.core, &kinds::REPORT, start_from, page_size).await
    }

    async fn publish_report(&self, report_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::REPORT, "publishReport", report_guid).await
    }

    async fn withdraw_report(&self, report_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::REPORT, "withdrawReport", report_guid).await
    }

    async fn create_form(&self, properties: FormProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::FORM, "createForm", None, &properties).await
    }

    async fn create_form_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(&self.core, &kinds::FORM, "createFormFromTemplate", template_guid, None, &template)
            .await
    }

    async fn update_form(&self, form_guid: &str, is_merge_update: bool, properties: FormProperties) -> Result<()> {
        family::update(&self.core, &kinds::FORM, "updateForm", form_guid, is_merge_update, &properties).await
    }

    async fn remove_form(&self, form_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::FORM, "removeForm", form_guid).await
    }

    async fn find_forms(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<FormElement>> {
        family::find(&self.core, &kinds::FORM, search_string, start_from, page_size).await
    }

    async fn get_forms_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<FormElement>> {
        family::get_by_name(&self.core, &kinds::FORM, name, start_from, page_size).await
    }

    async fn get_form_by_guid(&self, form_guid: &str) -> Result<FormElement> {
        family::get_by_guid(&self.core, &kinds::FORM, "getFormByGUID", form_guid).await
    }

    async fn get_forms_for_application(&self, start_from: u32, page_size: u32) -> Result<Vec<FormElement>> {
        family::list_mine(&self.core, &kinds::FORM, start_from, page_size).await
    }

    async fn publish_form(&self, form_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::FORM, "publishForm", form_guid).await
    }

    async fn withdraw_form(&self, form_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::FORM, "withdrawForm", form_guid).await
    }

    async fn create_query(&self, properties: QueryProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::QUERY, "createQuery", None, &properties).await
    }

    async fn create_query_from_template(&self, template_guid: &str, template: TemplateProperties) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::QUERY,
            "createQueryFromTemplate",
            template_guid,
            None,
            &template,
        )
        .await
    }

    async fn update_query(&self, query_guid: &str, is_merge_update: bool, properties: QueryProperties) -> Result<()> {
        family::update(&self.core, &kinds::QUERY, "updateQuery", query_guid, is_merge_update, &properties).await
    }

    async fn remove_query(&self, query_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::QUERY, "removeQuery", query_guid).await
    }

    async fn find_queries(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<QueryElement>> {
        family::find(&self.core, &kinds::QUERY, search_string, start_from, page_size).await
    }

    async fn get_queries_by_name(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<QueryElement>> {
        family::get_by_name(&self.core, &kinds::QUERY, name, start_from, page_size).await
    }

    async fn get_query_by_guid(&self, query_guid: &str) -> Result<QueryElement> {
        family::get_by_guid(&self.core, &kinds::QUERY, "getQueryByGUID", query_guid).await
    }

    async fn get_queries_for_application(&self, start_from: u32, page_size: u32) -> Result<Vec<QueryElement>> {
        family::list_mine(&self.core, &kinds::QUERY, start_from, page_size).await
    }

    async fn publish_query(&self, query_guid: &str) -> Result<()> {
        family::publish(&self.core, &kinds::QUERY, "publishQuery", query_guid).await
    }

    async fn withdraw_query(&self, query_guid: &str) -> Result<()> {
        family::withdraw(&self.core, &kinds::QUERY, "withdrawQuery", query_guid).await
    }

    async fn create_data_container(
        &self,
        parent_element_guid: &str,
        properties: DataContainerProperties,
    ) -> Result<Guid> {
        family::create(
            &self.core,
            &kinds::DATA_CONTAINER,
            "createDataContainer",
            Some(parent_element_guid),
            &properties,
        )
        .await
    }

    async fn create_data_container_from_template(
        &self,
        template_guid: &str,
        parent_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::DATA_CONTAINER,
            "createDataContainerFromTemplate",
            template_guid,
            Some(parent_element_guid),
            &template,
        )
        .await
    }

    async fn update_data_container(
        &self,
        data_container_guid: &str,
        is_merge_update: bool,
        properties: DataContainerProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::DATA_CONTAINER,
            "updateDataContainer",
            data_container_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_data_container(&self, data_container_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::DATA_CONTAINER, "removeDataContainer", data_container_guid).await
    }

    async fn find_data_containers(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataContainerElement>> {
        family::find(&self.core, &kinds::DATA_CONTAINER, search_string, start_from, page_size).await
    }

    async fn get_data_containers_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataContainerElement>> {
        family::get_by_name(&self.core, &kinds::DATA_CONTAINER, name, start_from, page_size).await
    }

    async fn get_data_container_by_guid(&self, data_container_guid: &str) -> Result<DataContainerElement> {
        family::get_by_guid(&self.core, &kinds::DATA_CONTAINER, "getDataContainerByGUID", data_container_guid).await
    }

    async fn get_data_containers_for_element(
        &self,
        parent_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataContainerElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::DATA_CONTAINER,
            "getDataContainersForElement",
            parent_element_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn get_data_container_parent(&self, data_container_guid: &str) -> Result<Option<ElementStub>> {
        family::parent_of(&self.core, &kinds::DATA_CONTAINER, "getDataContainerParent", data_container_guid).await
    }

    async fn create_data_field(&self, parent_element_guid: &str, properties: DataFieldProperties) -> Result<Guid> {
        family::create(&self.core, &kinds::DATA_FIELD, "createDataField", Some(parent_element_guid), &properties).await
    }

    async fn create_data_field_from_template(
        &self,
        template_guid: &str,
        parent_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::DATA_FIELD,
            "createDataFieldFromTemplate",
            template_guid,
            Some(parent_element_guid),
            &template,
        )
        .await
    }

    async fn update_data_field(
        &self,
        data_field_guid: &str,
        is_merge_update: bool,
        properties: DataFieldProperties,
    ) -> Result<()> {
        family::update(&self.core, &kinds::DATA_FIELD, "updateDataField", data_field_guid, is_merge_update, &properties)
            .await
    }

    async fn remove_data_field(&self, data_field_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::DATA_FIELD, "removeDataField", data_field_guid).await
    }

    async fn find_data_fields(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataFieldElement>> {
        family::find(&self.core, &kinds::DATA_FIELD, search_string, start_from, page_size).await
    }

    async fn get_data_fields_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataFieldElement>> {
        family::get_by_name(&self.core, &kinds::DATA_FIELD, name, start_from, page_size).await
    }

    async fn get_data_field_by_guid(&self, data_field_guid: &str) -> Result<DataFieldElement> {
        family::get_by_guid(&self.core, &kinds::DATA_FIELD, "getDataFieldByGUID", data_field_guid).await
    }

    async fn get_data_fields_for_element(
        &self,
        parent_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<DataFieldElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::DATA_FIELD,
            "getDataFieldsForElement",
            parent_element_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn get_data_field_parent(&self, data_field_guid: &str) -> Result<Option<ElementStub>> {
        family::parent_of(&self.core, &kinds::DATA_FIELD, "getDataFieldParent", data_field_guid).await
    }

    async fn create_query_data_container(
        &self,
        parent_element_guid: &str,
        properties: QueryDataContainerProperties,
    ) -> Result<Guid> {
        family::create(
            &self.core,
            &kinds::QUERY_DATA_CONTAINER,
            "createQueryDataContainer",
            Some(parent_element_guid),
            &properties,
        )
        .await
    }

    async fn create_query_data_container_from_template(
        &self,
        template_guid: &str,
        parent_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::QUERY_DATA_CONTAINER,
            "createQueryDataContainerFromTemplate",
            template_guid,
            Some(parent_element_guid),
            &template,
        )
        .await
    }

    async fn update_query_data_container(
        &self,
        query_data_container_guid: &str,
        is_merge_update: bool,
        properties: QueryDataContainerProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::QUERY_DATA_CONTAINER,
            "updateQueryDataContainer",
            query_data_container_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_query_data_container(&self, query_data_container_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::QUERY_DATA_CONTAINER, "removeQueryDataContainer", query_data_container_guid)
            .await
    }

    async fn find_query_data_containers(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataContainerElement>> {
        family::find(&self.core, &kinds::QUERY_DATA_CONTAINER, search_string, start_from, page_size).await
    }

    async fn get_query_data_containers_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataContainerElement>> {
        family::get_by_name(&self.core, &kinds::QUERY_DATA_CONTAINER, name, start_from, page_size).await
    }

    async fn get_query_data_container_by_guid(
        &self,
        query_data_container_guid: &str,
    ) -> Result<QueryDataContainerElement> {
        family::get_by_guid(
            &self.core,
            &kinds::QUERY_DATA_CONTAINER,
            "getQueryDataContainerByGUID",
            query_data_container_guid,
        )
        .await
    }

    async fn get_query_data_containers_for_element(
        &self,
        parent_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataContainerElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::QUERY_DATA_CONTAINER,
            "getQueryDataContainersForElement",
            parent_element_guid,
            start_from,
            page_size,
        )
        .await
    }

    async fn create_query_data_field(
        &self,
        parent_element_guid: &str,
        properties: QueryDataFieldProperties,
    ) -> Result<Guid> {
        family::create(
            &self.core,
            &kinds::QUERY_DATA_FIELD,
            "createQueryDataField",
            Some(parent_element_guid),
            &properties,
        )
        .await
    }

    async fn create_query_data_field_from_template(
        &self,
        template_guid: &str,
        parent_element_guid: &str,
        template: TemplateProperties,
    ) -> Result<Guid> {
        family::create_from_template(
            &self.core,
            &kinds::QUERY_DATA_FIELD,
            "createQueryDataFieldFromTemplate",
            template_guid,
            Some(parent_element_guid),
            &template,
        )
        .await
    }

    async fn update_query_data_field(
        &self,
        query_data_field_guid: &str,
        is_merge_update: bool,
        properties: QueryDataFieldProperties,
    ) -> Result<()> {
        family::update(
            &self.core,
            &kinds::QUERY_DATA_FIELD,
            "updateQueryDataField",
            query_data_field_guid,
            is_merge_update,
            &properties,
        )
        .await
    }

    async fn remove_query_data_field(&self, query_data_field_guid: &str) -> Result<()> {
        family::remove(&self.core, &kinds::QUERY_DATA_FIELD, "removeQueryDataField", query_data_field_guid).await
    }

    async fn find_query_data_fields(
        &self,
        search_string: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataFieldElement>> {
        family::find(&self.core, &kinds::QUERY_DATA_FIELD, search_string, start_from, page_size).await
    }

    async fn get_query_data_fields_by_name(
        &self,
        name: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataFieldElement>> {
        family::get_by_name(&self.core, &kinds::QUERY_DATA_FIELD, name, start_from, page_size).await
    }

    async fn get_query_data_field_by_guid(&self, query_data_field_guid: &str) -> Result<QueryDataFieldElement> {
        family::get_by_guid(&self.core, &kinds::QUERY_DATA_FIELD, "getQueryDataFieldByGUID", query_data_field_guid)
            .await
    }

    async fn get_query_data_fields_for_element(
        &self,
        parent_element_guid: &str,
        start_from: u32,
        page_size: u32,
    ) -> Result<Vec<QueryDataFieldElement>> {
        family::list_for_parent(
            &self.core,
            &kinds::QUERY_DATA_FIELD,
            "getQueryDataFieldsForElement",
            parent_element_guid,
            start_from,
            page_size,
        )
        .await
    }
}

/// Synchronizes one scope of the display application (a schema, a folder, a stream, ...) with typed beans: each
/// item is correlated with its element by key, created when new, updated when changed and left
/// alone when not; `complete` removes what vanished, but only after a complete enumeration and
/// under the fail-safe threshold (see [`TypedSynchronizer`]).
#[derive(Debug)]
pub struct DisplaySynchronizer {
    inner: TypedSynchronizer,
}

impl DisplaySynchronizer {
    /// A synchronizer for `scope`.
    pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<DisplaySynchronizer> {
        Ok(DisplaySynchronizer { inner: TypedSynchronizer::new(context, scope, options)? })
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

    /// Upserts a report (`Report`) identified by the third party's `key`.
    pub async fn upsert_report(&mut self, key: &str, properties: &ReportProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::REPORT, key, None, properties, Vec::new()).await
    }

    /// Upserts a form (`Form`) identified by the third party's `key`.
    pub async fn upsert_form(&mut self, key: &str, properties: &FormProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::FORM, key, None, properties, Vec::new()).await
    }

    /// Upserts a query (`InformationView`) identified by the third party's `key`.
    pub async fn upsert_query(&mut self, key: &str, properties: &QueryProperties) -> Result<()> {
        self.inner.upsert_entity(&kinds::QUERY, key, None, properties, Vec::new()).await
    }

    /// Upserts a data container (`DisplayDataContainer`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_data_container(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &DataContainerProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATA_CONTAINER, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a data field (`DisplayDataField`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_data_field(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &DataFieldProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::DATA_FIELD, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a query data container (`QueryDataContainer`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_query_data_container(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &QueryDataContainerProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::QUERY_DATA_CONTAINER, key, Some(parent), properties, Vec::new()).await
    }

    /// Upserts a query data field (`QueryDataField`) under `parent` (by key or GUID) identified by the third party's `key`.
    pub async fn upsert_query_data_field(
        &mut self,
        key: &str,
        parent: ElementRef,
        properties: &QueryDataFieldProperties,
    ) -> Result<()> {
        self.inner.upsert_entity(&kinds::QUERY_DATA_FIELD, key, Some(parent), properties, Vec::new()).await
    }
}

/// A display integration connector (Egeria's `DisplayIntegratorConnector` base): the lifecycle, with the
/// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the
/// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].
#[async_trait]
pub trait DisplayIntegratorConnector: Send + 'static {
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
    fn set_context(&mut self, context: DisplayIntegratorContext);

    /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).
    fn context(&self) -> Result<&DisplayIntegratorContext>;

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

/// Hosts a display connector in the daemon: the core lifecycle around the typed one. `set_context`
/// turns the daemon's integration context into a [`DisplayIntegratorContext`] (refusing one of another
/// service).
pub struct DisplayIntegratorAdapter<C> {
    connector: C,
    connection: Option<Connection>,
    context: Option<DisplayIntegratorContext>,
}

impl<C: DisplayIntegratorConnector> DisplayIntegratorAdapter<C> {
    /// Wraps a connector.
    pub fn new(connector: C) -> DisplayIntegratorAdapter<C> {
        DisplayIntegratorAdapter { connector, connection: None, context: None }
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
impl<C: DisplayIntegratorConnector> IntegrationConnector for DisplayIntegratorAdapter<C> {
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
        let typed = DisplayIntegratorContext::with_connection(context, self.connection.as_ref())?;
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

/// A display connector boxed for the daemon (what a provider's `create_connector` returns).
pub fn into_connector<C: DisplayIntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {
    Box::new(DisplayIntegratorAdapter::new(connector))
}
