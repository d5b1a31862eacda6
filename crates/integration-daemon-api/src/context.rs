//! The integration context: everything a connector reaches the repository through.
//!
//! The context knows the connector (id, name, user, integration service, permitted
//! synchronization) and its **metadata source**: the software capability that stands for the
//! third-party technology. [`IntegrationContext::connect`] finds the source by its qualified name
//! (`metadataSourceQualifiedName`), creating it when it is missing. Elements the connector creates
//! are owned by the source while the source is "home" (the default), so other sources cannot
//! change them; with no configured source the connector still gets one, named after it, but only
//! to scope its correlations — its elements then have local provenance, as in Egeria.
//!
//! Every write goes through [`IntegrationContext::execute`], which
//! - refuses writes the permitted synchronization forbids (a `TO_THIRD_PARTY` connector may not
//!   change open metadata; it may still record its correlations),
//! - and records what changed in the integration report of the refresh under way.
//!
//! After `disconnect`, every call is refused (Egeria's `validateIsActive`).

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::audit::AuditLog;
use crate::error::Result;
use crate::listener::{EventBatch, EventFilter};
use crate::messages;
use crate::model::{
    ElementProperties, ExternalIdentifier, Guid, OpenMetadataElement, OpenMetadataRelationship, RelatedMetadataElement,
};
use crate::report::{IntegrationReport, Recorder};
use crate::service::{IntegrationService, PermittedSynchronization};
use crate::store::{
    DeleteMethod, ElementQuery, ExternalIdPosition, ExternalIdQuery, GetOptions, MetadataSource, MetadataStore,
    NewElement, NewRelationship, Paging, RelatedElementsQuery, RequestContext, WriteBatch, WriteOp, WriteOutcome,
};
use crate::time::now;

/// The facts about a hosted connector that its context needs (from its configuration).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectorIdentity {
    /// The configured connector id.
    pub connector_id: String,
    /// The unique connector name.
    pub connector_name: String,
    /// The user the connector acts as.
    pub user_id: String,
    /// The integration service the connector belongs to.
    pub integration_service: IntegrationService,
    /// Which way metadata may flow.
    pub permitted_synchronization: PermittedSynchronization,
    /// The qualified name of the metadata source that owns what the connector creates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_source_qualified_name: Option<String>,
    /// Whether an activity report is stored after each refresh.
    #[serde(default)]
    pub generate_integration_reports: bool,
    /// The governance zones an asset joins when the connector publishes it (and leaves when it
    /// withdraws it); [`DEFAULT_PUBLISH_ZONES`] when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publish_zones: Vec<String>,
}

/// The zones assets are published to when the connector's configuration names none.
pub const DEFAULT_PUBLISH_ZONES: &[&str] = &["data-lake"];

impl ConnectorIdentity {
    /// An identity with the service's default permitted synchronization, no configured metadata
    /// source, no reports and the default publish zones.
    pub fn new(
        connector_id: impl Into<String>,
        connector_name: impl Into<String>,
        user_id: impl Into<String>,
        integration_service: IntegrationService,
    ) -> ConnectorIdentity {
        ConnectorIdentity {
            connector_id: connector_id.into(),
            connector_name: connector_name.into(),
            user_id: user_id.into(),
            integration_service,
            permitted_synchronization: integration_service.default_permitted_synchronization(),
            metadata_source_qualified_name: None,
            generate_integration_reports: false,
            publish_zones: Vec::new(),
        }
    }

    /// The same identity with a configured metadata source.
    #[must_use]
    pub fn with_metadata_source(mut self, qualified_name: impl Into<String>) -> ConnectorIdentity {
        self.metadata_source_qualified_name = Some(qualified_name.into());
        self
    }

    /// The same identity with another permitted synchronization.
    #[must_use]
    pub fn with_permitted_synchronization(mut self, direction: PermittedSynchronization) -> ConnectorIdentity {
        self.permitted_synchronization = direction;
        self
    }

    /// The qualified name of the capability that scopes the connector's correlations when no
    /// metadata source is configured.
    pub fn default_source_name(&self) -> String {
        format!("omis::connector::{}", self.connector_name)
    }
}

/// True for the writes that change an element (what the integration report lists).
fn changes_an_element(op: &WriteOp) -> bool {
    matches!(
        op,
        WriteOp::CreateElement(_)
            | WriteOp::UpdateElement { .. }
            | WriteOp::UpdateElementStatus { .. }
            | WriteOp::DeleteElement { .. }
            | WriteOp::ArchiveElement { .. }
            | WriteOp::Classify { .. }
            | WriteOp::Declassify { .. }
            | WriteOp::Publish { .. }
            | WriteOp::Withdraw { .. }
    )
}

/// The name of a listener's saved cursor.
fn cursor_name(connector_id: &str) -> String {
    format!("listener:{connector_id}")
}

#[derive(Debug)]
struct ListenerState {
    filter: EventFilter,
    cursor: u64,
}

struct ContextInner {
    identity: ConnectorIdentity,
    store: Arc<dyn MetadataStore>,
    audit_log: AuditLog,
    active: AtomicBool,
    /// The source correlations are scoped to (and, when `owns_elements`, that owns new elements).
    source: Option<MetadataSource>,
    /// True when the source was configured: it then owns the elements the connector creates
    /// while `source_is_home` is set.
    owns_elements: bool,
    source_is_home: AtomicBool,
    recorder: Mutex<Option<Recorder>>,
    last_report: Mutex<Option<IntegrationReport>>,
    listener: Mutex<Option<ListenerState>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // The guarded values are plain records, consistent after any panic.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The generic integration context of one connector. Cheap to clone; clones share state, so a
/// disconnect is seen by every clone.
#[derive(Clone)]
pub struct IntegrationContext {
    inner: Arc<ContextInner>,
}

impl fmt::Debug for IntegrationContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IntegrationContext")
            .field("identity", &self.inner.identity)
            .field("metadata_source", &self.inner.source)
            .field("active", &self.is_active())
            .finish_non_exhaustive()
    }
}

impl IntegrationContext {
    /// A context without a metadata source: it can read and write (without provenance), but has
    /// no correlation scope, so it cannot run a synchronizer. Use [`IntegrationContext::connect`]
    /// for a hosted connector.
    pub fn new(identity: ConnectorIdentity, store: Arc<dyn MetadataStore>, audit_log: AuditLog) -> IntegrationContext {
        IntegrationContext::assemble(identity, store, audit_log, None, false)
    }

    /// Connects a context: finds the connector's metadata source by qualified name (the configured
    /// one, or `omis::connector::<name>`), creating it as a `SoftwareCapability` when it is missing.
    /// Fails when the repository cannot be reached (the daemon then retries: INITIALIZE_FAILED).
    pub async fn connect(
        identity: ConnectorIdentity,
        store: Arc<dyn MetadataStore>,
        audit_log: AuditLog,
    ) -> Result<IntegrationContext> {
        let configured = identity.metadata_source_qualified_name.clone().filter(|name| !name.trim().is_empty());
        let owns_elements = configured.is_some();
        let qualified_name = configured.unwrap_or_else(|| identity.default_source_name());
        let request = RequestContext::user(identity.user_id.clone());
        let existing = store.get_element_by_unique_name(&request, &qualified_name, "qualifiedName").await?;
        let guid = if let Some(existing) = existing {
            existing.guid
        } else {
            {
                let properties = ElementProperties::new()
                    .with("qualifiedName", qualified_name.as_str())
                    .with("displayName", qualified_name.as_str())
                    .with("deployedImplementationType", "omis integration connector metadata source")
                    .with("source", identity.connector_name.as_str());
                let created = store
                    .execute(
                        &request,
                        WriteBatch::new()
                            .with(WriteOp::CreateElement(NewElement::new("SoftwareCapability", properties))),
                    )
                    .await;
                match created {
                    Ok(outcomes) => outcomes.first().and_then(WriteOutcome::guid).unwrap_or_default().to_owned(),
                    // Another process created it at the same moment: use theirs.
                    Err(error) => {
                        match store.get_element_by_unique_name(&request, &qualified_name, "qualifiedName").await? {
                            Some(existing) => existing.guid,
                            None => return Err(error),
                        }
                    }
                }
            }
        };
        audit_log.log_message(
            "connect",
            &messages::METADATA_SOURCE_RESOLVED,
            &[&identity.connector_name, &qualified_name, &guid, &if owns_elements { "owns" } else { "does not own" }],
        );
        let source = MetadataSource { guid, qualified_name };
        Ok(IntegrationContext::assemble(identity, store, audit_log, Some(source), owns_elements))
    }

    fn assemble(
        identity: ConnectorIdentity,
        store: Arc<dyn MetadataStore>,
        audit_log: AuditLog,
        source: Option<MetadataSource>,
        owns_elements: bool,
    ) -> IntegrationContext {
        IntegrationContext {
            inner: Arc::new(ContextInner {
                identity,
                store,
                audit_log,
                active: AtomicBool::new(true),
                source,
                owns_elements,
                source_is_home: AtomicBool::new(true),
                recorder: Mutex::new(None),
                last_report: Mutex::new(None),
                listener: Mutex::new(None),
            }),
        }
    }

    // --- identity ------------------------------------------------------------------------------

    /// The connector's identity.
    pub fn identity(&self) -> &ConnectorIdentity {
        &self.inner.identity
    }

    /// The connector's name.
    pub fn connector_name(&self) -> &str {
        &self.inner.identity.connector_name
    }

    /// The user the connector acts as.
    pub fn user_id(&self) -> &str {
        &self.inner.identity.user_id
    }

    /// The connector's integration service.
    pub fn integration_service(&self) -> IntegrationService {
        self.inner.identity.integration_service
    }

    /// Which way metadata may flow.
    pub fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.inner.identity.permitted_synchronization
    }

    /// The connector's audit log.
    pub fn audit_log(&self) -> &AuditLog {
        &self.inner.audit_log
    }

    /// The metadata source the connector's correlations are scoped to (after `connect`).
    pub fn metadata_source(&self) -> Option<&MetadataSource> {
        self.inner.source.as_ref()
    }

    /// Whether elements the connector creates are owned by its metadata source (Egeria's
    /// `externalSourceIsHome`): true unless switched off, and only when a source is configured.
    pub fn source_is_home(&self) -> bool {
        self.inner.owns_elements && self.inner.source_is_home.load(Ordering::Acquire)
    }

    /// Switches ownership of newly created elements by the metadata source on or off.
    pub fn set_source_is_home(&self, is_home: bool) {
        self.inner.source_is_home.store(is_home, Ordering::Release);
    }

    /// The zones the connector publishes assets to.
    pub fn publish_zones(&self) -> Vec<String> {
        if self.inner.identity.publish_zones.is_empty() {
            DEFAULT_PUBLISH_ZONES.iter().map(|zone| (*zone).to_owned()).collect()
        } else {
            self.inner.identity.publish_zones.clone()
        }
    }

    /// The request context of the connector's calls: its user and metadata source.
    pub fn request_context(&self) -> RequestContext {
        RequestContext {
            user_id: self.user_id().to_owned(),
            metadata_source: self.inner.source.clone(),
            source_is_home: self.source_is_home(),
        }
    }

    /// The store, once the context is checked to be active. Writes made directly on the store
    /// bypass the permitted-synchronization check and the report; use [`IntegrationContext::execute`].
    pub fn store(&self, method: &str) -> Result<&Arc<dyn MetadataStore>> {
        self.validate_is_active(method)?;
        Ok(&self.inner.store)
    }

    /// The type definitions of the repository.
    pub fn type_registry(&self) -> Arc<crate::TypeRegistry> {
        self.inner.store.type_registry()
    }

    // --- lifecycle -----------------------------------------------------------------------------

    /// False once the context has been disconnected.
    pub fn is_active(&self) -> bool {
        self.inner.active.load(Ordering::Acquire)
    }

    /// Refuses the call `method` when the context has been disconnected.
    pub fn validate_is_active(&self, method: &str) -> Result<()> {
        if self.is_active() {
            Ok(())
        } else {
            Err(messages::CONTEXT_DISCONNECTED
                .error(&[&self.connector_name(), &method])
                .with_property("userId", self.user_id().to_owned()))
        }
    }

    /// Disconnects the context: every later call through it is refused.
    pub fn disconnect(&self) {
        self.inner.active.store(false, Ordering::Release);
    }

    // --- writes --------------------------------------------------------------------------------

    /// Applies a batch of writes as one transaction, after checking that the permitted
    /// synchronization allows them, and records the changes in the report of the refresh under way.
    pub async fn execute(&self, method: &str, batch: WriteBatch) -> Result<Vec<WriteOutcome>> {
        let store = self.store(method)?;
        let direction = self.permitted_synchronization();
        // Correlations are the connector's own bookkeeping and allowed in every direction.
        let changes_metadata = batch.0.iter().any(|op| {
            !matches!(
                op,
                WriteOp::LinkExternalId(_) | WriteOp::ConfirmSynchronization { .. } | WriteOp::UnlinkExternalId { .. }
            )
        });
        if changes_metadata && !direction.allows_writes_to_open_metadata() {
            return Err(messages::SYNCHRONIZATION_FORBIDS_WRITE
                .error(&[&self.connector_name(), &direction, &method])
                .with_property("userId", self.user_id().to_owned()));
        }
        // Which writes change elements (relationship and correlation changes are not element
        // changes), noted before the batch moves to the store.
        let element_ops: Vec<bool> = batch.0.iter().map(changes_an_element).collect();
        let outcomes = store.execute(&self.request_context(), batch).await?;
        self.record(&element_ops, &outcomes);
        Ok(outcomes)
    }

    /// Refuses `method` when the permitted synchronization does not allow pushing open metadata to
    /// the third party (`FROM_THIRD_PARTY`). Connectors call it before they change the technology.
    pub fn validate_write_to_third_party(&self, method: &str) -> Result<()> {
        self.validate_is_active(method)?;
        let direction = self.permitted_synchronization();
        if direction.allows_writes_to_third_party() {
            Ok(())
        } else {
            Err(messages::SYNCHRONIZATION_FORBIDS_PUSH
                .error(&[&self.connector_name(), &direction, &method])
                .with_property("userId", self.user_id().to_owned()))
        }
    }

    /// Records element changes in the report under way.
    fn record(&self, element_ops: &[bool], outcomes: &[WriteOutcome]) {
        let mut recorder = lock(&self.inner.recorder);
        let Some(recorder) = recorder.as_mut() else { return };
        for (element_op, outcome) in element_ops.iter().zip(outcomes) {
            if !element_op {
                continue;
            }
            match outcome {
                WriteOutcome::Created { guid } => recorder.created(guid),
                WriteOutcome::Updated { guid, .. } => recorder.updated(guid),
                WriteOutcome::Unchanged { guid } => recorder.unchanged(guid),
                WriteOutcome::Deleted { guids } => guids.iter().for_each(|guid| recorder.removed(guid)),
                _ => {}
            }
        }
    }

    /// Creates an element; returns its GUID.
    pub async fn create_element(&self, element: NewElement) -> Result<Guid> {
        let outcomes = self.execute("createElement", WriteBatch::new().with(WriteOp::CreateElement(element))).await?;
        Ok(outcomes.first().and_then(WriteOutcome::guid).unwrap_or_default().to_owned())
    }

    /// Updates an element's properties (merge or replace).
    pub async fn update_element(&self, guid: &str, properties: ElementProperties, merge: bool) -> Result<WriteOutcome> {
        let op = WriteOp::UpdateElement { guid: guid.to_owned(), properties, merge };
        self.single("updateElement", op).await
    }

    /// Removes an element and its dependents; returns every GUID removed.
    pub async fn delete_element(&self, guid: &str, method: DeleteMethod) -> Result<Vec<Guid>> {
        match self.single("deleteElement", WriteOp::DeleteElement { guid: guid.to_owned(), method }).await? {
            WriteOutcome::Deleted { guids } => Ok(guids),
            _ => Ok(Vec::new()),
        }
    }

    /// Attaches or updates a classification.
    pub async fn classify(
        &self,
        guid: &str,
        classification: &str,
        properties: ElementProperties,
    ) -> Result<WriteOutcome> {
        let op = WriteOp::Classify {
            guid: guid.to_owned(),
            classification_name: classification.to_owned(),
            properties,
            merge: false,
        };
        self.single("classify", op).await
    }

    /// Removes a classification.
    pub async fn declassify(&self, guid: &str, classification: &str) -> Result<WriteOutcome> {
        let op = WriteOp::Declassify { guid: guid.to_owned(), classification_name: classification.to_owned() };
        self.single("declassify", op).await
    }

    /// Creates a relationship; returns its GUID (an existing identical one's for types that allow
    /// one relationship per pair).
    pub async fn relate(&self, relationship: NewRelationship) -> Result<Guid> {
        let outcome = self.single("relate", WriteOp::CreateRelationship(relationship)).await?;
        Ok(outcome.guid().unwrap_or_default().to_owned())
    }

    /// Updates a relationship's properties.
    pub async fn update_relationship(
        &self,
        guid: &str,
        properties: ElementProperties,
        merge: bool,
    ) -> Result<WriteOutcome> {
        let op = WriteOp::UpdateRelationship { guid: guid.to_owned(), properties, merge };
        self.single("updateRelationship", op).await
    }

    /// Removes a relationship.
    pub async fn unrelate(&self, guid: &str) -> Result<WriteOutcome> {
        self.single("unrelate", WriteOp::DeleteRelationship { guid: guid.to_owned() }).await
    }

    /// Adds an element to governance zones.
    pub async fn publish(&self, guid: &str, zones: Vec<String>) -> Result<WriteOutcome> {
        self.single("publish", WriteOp::Publish { guid: guid.to_owned(), zones }).await
    }

    /// Removes an element from governance zones.
    pub async fn withdraw(&self, guid: &str, zones: Vec<String>) -> Result<WriteOutcome> {
        self.single("withdraw", WriteOp::Withdraw { guid: guid.to_owned(), zones }).await
    }

    /// Records a correlation of a third-party key with an element, in the connector's scope.
    pub async fn link_external_id(&self, identifier: ExternalIdentifier) -> Result<WriteOutcome> {
        self.single("linkExternalId", WriteOp::LinkExternalId(identifier)).await
    }

    async fn single(&self, method: &str, op: WriteOp) -> Result<WriteOutcome> {
        let mut outcomes = self.execute(method, WriteBatch::new().with(op)).await?;
        Ok(outcomes.pop().unwrap_or(WriteOutcome::Unchanged { guid: String::new() }))
    }

    // --- reads ---------------------------------------------------------------------------------

    /// One element by GUID.
    pub async fn get_element(&self, guid: &str) -> Result<Option<OpenMetadataElement>> {
        self.store("getElement")?.get_element(&self.request_context(), guid, GetOptions::default()).await
    }

    /// The element with this qualified name.
    pub async fn get_element_by_qualified_name(&self, qualified_name: &str) -> Result<Option<OpenMetadataElement>> {
        self.store("getElementByQualifiedName")?
            .get_element_by_unique_name(&self.request_context(), qualified_name, "qualifiedName")
            .await
    }

    /// Elements matching a query.
    pub async fn find_elements(&self, query: &ElementQuery) -> Result<Vec<OpenMetadataElement>> {
        self.store("findElements")?.find_elements(&self.request_context(), query).await
    }

    /// One relationship by GUID.
    pub async fn get_relationship(&self, guid: &str) -> Result<Option<OpenMetadataRelationship>> {
        self.store("getRelationship")?.get_relationship(&self.request_context(), guid).await
    }

    /// The elements related to one element.
    pub async fn get_related_elements(&self, query: &RelatedElementsQuery) -> Result<Vec<RelatedMetadataElement>> {
        self.store("getRelatedElements")?.get_related_elements(&self.request_context(), query).await
    }

    /// Correlations matching a query.
    pub async fn find_external_ids(&self, query: &ExternalIdQuery) -> Result<Vec<ExternalIdentifier>> {
        self.store("findExternalIds")?.find_external_ids(&self.request_context(), query).await
    }

    /// The number of correlations matching a query.
    pub async fn count_external_ids(&self, query: &ExternalIdQuery) -> Result<u64> {
        self.store("countExternalIds")?.count_external_ids(&self.request_context(), query).await
    }

    /// Every correlation matching a query (its paging is ignored), handed to `each` in key order,
    /// read 1,000 at a time with keyset paging: each row is read once however long the scan.
    pub async fn scan_external_ids(
        &self,
        mut query: ExternalIdQuery,
        mut each: impl FnMut(ExternalIdentifier),
    ) -> Result<()> {
        const PAGE: u32 = 1000;
        query.paging = Paging { start_from: 0, page_size: PAGE };
        query.after = None;
        loop {
            let page = self.find_external_ids(&query).await?;
            // Stores serve pages of at least 1,000 (`StoreOptions::max_page_size`): a shorter one
            // is the last.
            let last_page = page.len() < PAGE as usize;
            query.after = page.last().map(ExternalIdPosition::of);
            page.into_iter().for_each(&mut each);
            if last_page {
                return Ok(());
            }
        }
    }

    /// The correlations of these keys in the connector's metadata source (none without one), 500
    /// keys per query: what a connector that correlates items itself looks up per batch.
    pub async fn external_ids_of_keys(&self, keys: &[String]) -> Result<Vec<ExternalIdentifier>> {
        let Some(source) = self.metadata_source() else { return Ok(Vec::new()) };
        let mut found = Vec::with_capacity(keys.len());
        for chunk in keys.chunks(500) {
            let query = ExternalIdQuery {
                scope_guid: Some(source.guid.clone()),
                keys: chunk.to_vec(),
                ..ExternalIdQuery::default()
            };
            self.scan_external_ids(query, |id| found.push(id)).await?;
        }
        Ok(found)
    }

    // --- the integration report -----------------------------------------------------------------

    /// Starts recording a refresh's report (the daemon calls this before `refresh`). While it
    /// records, no listener events are delivered.
    pub fn start_recording(&self) {
        let report = IntegrationReport::start(&self.inner.identity.connector_id, self.connector_name(), now());
        *lock(&self.inner.recorder) = Some(Recorder::new(report));
    }

    /// True between `start_recording` and `publish_report`.
    pub fn refresh_in_progress(&self) -> bool {
        lock(&self.inner.recorder).is_some()
    }

    /// Records elements that were up to date (nothing was written for them).
    pub fn record_unchanged(&self, guids: &[Guid]) {
        if let Some(recorder) = lock(&self.inner.recorder).as_mut() {
            for guid in guids {
                recorder.unchanged(guid);
            }
        }
    }

    /// Adds a remark to the report under way, e.g. why nothing was removed.
    pub fn add_report_note(&self, note: impl Into<String>) {
        if let Some(recorder) = lock(&self.inner.recorder).as_mut() {
            recorder.report.notes.push(note.into());
        }
    }

    /// Ends the recording (the daemon calls this after `refresh`). When the connector is configured
    /// to generate integration reports and the refresh changed something, the report is stored as a
    /// `ConnectorActivityReport` element. Returns the report, which is also kept as the last one.
    pub async fn publish_report(&self) -> Result<Option<IntegrationReport>> {
        let Some(recorder) = lock(&self.inner.recorder).take() else { return Ok(None) };
        let mut report = recorder.report;
        report.refresh_completion_date = Some(now());
        if self.inner.identity.generate_integration_reports && report.has_changes() {
            // The report is the daemon's bookkeeping: stored without the direction check, and not
            // counted in itself.
            let element = NewElement::new("ConnectorActivityReport", report.activity_report_properties("omis"));
            let outcomes = self
                .store("publishReport")?
                .execute(&self.request_context(), WriteBatch::new().with(WriteOp::CreateElement(element)))
                .await?;
            report.report_guid = outcomes.first().and_then(WriteOutcome::guid).map(str::to_owned);
        }
        let counts = report.counts();
        self.inner.audit_log.log_message(
            "publishReport",
            &messages::REFRESH_REPORT,
            &[&self.connector_name(), &counts.created, &counts.updated, &counts.unchanged, &counts.removed],
        );
        *lock(&self.inner.last_report) = Some(report.clone());
        Ok(Some(report))
    }

    /// The report of the last finished refresh.
    pub fn last_report(&self) -> Option<IntegrationReport> {
        lock(&self.inner.last_report).clone()
    }

    // --- listening -------------------------------------------------------------------------------

    /// Registers the connector as a listener to the repository's changes that pass `filter`.
    /// Delivery starts where the connector's saved cursor is, or at the newest event when it has
    /// none (a new listener hears about changes from now on).
    ///
    /// Listeners exist to carry open metadata changes to the third party, so a `FROM_THIRD_PARTY`
    /// connector may not register one.
    pub async fn register_listener(&self, filter: EventFilter) -> Result<()> {
        self.validate_write_to_third_party("registerListener")?;
        let store = self.store("registerListener")?;
        let name = cursor_name(&self.inner.identity.connector_id);
        let cursor = if let Some(cursor) = store.load_cursor(&name).await? {
            cursor
        } else {
            let latest = store.latest_change_sequence().await?;
            store.save_cursor(&name, latest).await?;
            latest
        };
        *lock(&self.inner.listener) = Some(ListenerState { filter, cursor });
        Ok(())
    }

    /// True when a listener is registered.
    pub fn listener_registered(&self) -> bool {
        lock(&self.inner.listener).is_some()
    }

    /// The listener's next events (at most `max` read from the log), without the connector's own
    /// writes and those the filter drops. Does not move the cursor: see `acknowledge_events`.
    pub async fn next_events(&self, max: u32) -> Result<EventBatch> {
        let store = self.store("nextEvents")?;
        let Some((filter, cursor)) = lock(&self.inner.listener).as_ref().map(|l| (l.filter.clone(), l.cursor)) else {
            return Ok(EventBatch::default());
        };
        let read = store.read_change_log(cursor, max).await?;
        let registry = store.type_registry();
        let own_source = self.inner.source.as_ref().map(|source| source.guid.as_str());
        let through = read.last().map_or(cursor, |event| event.sequence);
        let events = read
            .into_iter()
            .filter(|event| own_source.is_none() || event.metadata_source_guid.as_deref() != own_source)
            .filter(|event| filter.matches(event, &registry))
            .collect();
        Ok(EventBatch { events, through })
    }

    /// Moves the listener's cursor to `through` and saves it, so a restart resumes after it.
    pub async fn acknowledge_events(&self, through: u64) -> Result<()> {
        let store = self.store("acknowledgeEvents")?;
        let advanced = {
            let mut listener = lock(&self.inner.listener);
            match listener.as_mut() {
                Some(state) if through > state.cursor => {
                    state.cursor = through;
                    true
                }
                _ => false,
            }
        };
        if advanced {
            store.save_cursor(&cursor_name(&self.inner.identity.connector_id), through).await?;
        }
        Ok(())
    }

    /// Waits until the change log has events after the listener's cursor, or `timeout` passes.
    /// Returns true when there are events to read.
    pub async fn wait_for_events(&self, timeout: Duration) -> Result<bool> {
        let store = self.store("waitForEvents")?;
        let Some(cursor) = lock(&self.inner.listener).as_ref().map(|l| l.cursor) else { return Ok(false) };
        Ok(store.wait_for_changes(cursor, timeout).await? > cursor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MockMetadataStore;

    pub(crate) fn identity(sync: PermittedSynchronization) -> ConnectorIdentity {
        ConnectorIdentity {
            connector_id: "id-1".into(),
            connector_name: "FilesMonitor".into(),
            user_id: "filesnpa".into(),
            integration_service: IntegrationService::Files,
            permitted_synchronization: sync,
            metadata_source_qualified_name: None,
            generate_integration_reports: false,
            publish_zones: Vec::new(),
        }
    }

    #[tokio::test]
    async fn calls_after_disconnect_are_refused_for_every_clone() {
        let context = IntegrationContext::new(
            identity(PermittedSynchronization::FromThirdParty),
            Arc::new(MockMetadataStore::new()),
            AuditLog::new("test"),
        );
        let clone = context.clone();
        assert!(context.store("findFolders").is_ok());
        context.disconnect();
        let error = clone.store("findFolders").map(|_| ()).unwrap_err();
        assert_eq!(error.kind(), crate::ErrorKind::UserNotAuthorized);
        assert!(error.message().contains("FilesMonitor") && error.message().contains("findFolders"), "{error}");
        let error = clone.create_element(NewElement::new("DataSet", ElementProperties::new())).await.unwrap_err();
        assert!(error.message().contains("createElement"), "{error}");
    }

    #[tokio::test]
    async fn to_third_party_connectors_cannot_write_open_metadata_but_may_correlate() {
        let mut store = MockMetadataStore::new();
        // Only the correlation reaches the store.
        store
            .expect_execute()
            .times(1)
            .withf(|_, batch| matches!(&batch.0[..], [WriteOp::LinkExternalId(_)]))
            .returning(|_, _| Ok(vec![WriteOutcome::Correlated { guid: "g".into() }]));
        let context = IntegrationContext::new(
            identity(PermittedSynchronization::ToThirdParty),
            Arc::new(store),
            AuditLog::new("test"),
        );
        let error = context.create_element(NewElement::new("DataSet", ElementProperties::new())).await.unwrap_err();
        assert_eq!(error.kind(), crate::ErrorKind::UserNotAuthorized);
        assert!(error.message().contains("FilesMonitor"), "{error}");
        assert!(error.message().contains("TO_THIRD_PARTY"), "{error}");
        let id = ExternalIdentifier::new("s", "k", "g", "DataSet", PermittedSynchronization::ToThirdParty);
        assert!(context.link_external_id(id).await.is_ok());
    }
}
