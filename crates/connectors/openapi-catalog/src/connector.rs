//! The OpenAPI cataloguer: each refresh reads every document of its source first, then hands
//! each readable document to a synchronizer of its own (scoped by the document's location), which
//! writes only what changed and removes what the document no longer describes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use api_integrator::{
    ApiIntegratorConnector, ApiIntegratorContext, ApiSynchronizer, AuditLog, Connection, ContextSlot, ElementRef,
    OmisError, Result, SyncOptions, SyncSummary, async_trait, serde_json,
};

use crate::config::{OpenApiCatalogConfig, Source};
use crate::error::{
    OPENAPI_API_REMOVED, OPENAPI_DOCUMENT_SKIPPED, OPENAPI_DOCUMENT_UNUSABLE, OPENAPI_FOLDER_EMPTY,
    OPENAPI_NO_DOCUMENT_USABLE, OPENAPI_REMOVAL_SKIPPED, OPENAPI_SOURCE_UNREADABLE,
};
use crate::mapping::{DOCUMENT_LOCATION, Item, document_items};
use crate::source::{Document, Listing, fetch, read_path, understand};

/// What the last refresh saw, for the status report.
#[derive(Debug, Clone, Default, PartialEq)]
struct Figures {
    documents: usize,
    catalogued: usize,
    failed: Vec<String>,
    removed_documents: usize,
}

/// Catalogs OpenAPI documents (see the [crate] documentation).
#[derive(Debug)]
pub struct OpenApiCatalogConnector {
    config: OpenApiCatalogConfig,
    name: String,
    context: ContextSlot<ApiIntegratorContext>,
    audit_log: Option<AuditLog>,
    client: Option<reqwest::Client>,
    figures: Figures,
}

impl OpenApiCatalogConnector {
    /// A connector with this configuration (`initialize` replaces it with the connection's).
    pub fn new(config: OpenApiCatalogConfig) -> OpenApiCatalogConnector {
        OpenApiCatalogConnector {
            config,
            name: String::new(),
            context: ContextSlot::new(),
            audit_log: None,
            client: None,
            figures: Figures::default(),
        }
    }

    /// What the connector catalogs.
    pub fn config(&self) -> &OpenApiCatalogConfig {
        &self.config
    }

    fn name_for_messages(&self) -> String {
        if self.name.is_empty() { "(unnamed)".to_owned() } else { self.name.clone() }
    }

    /// Reads every document of the source; an error when the source itself cannot be read.
    async fn read(&mut self) -> Result<Listing> {
        let limits = self.config.limits();
        let max_bytes = self.config.max_document_bytes;
        match self.config.source().clone() {
            Source::Path(path) => {
                let read = tokio::task::spawn_blocking(move || read_path(&path, max_bytes, limits)).await;
                let problem = match read {
                    Ok(Ok(listing)) => return Ok(listing),
                    Ok(Err(problem)) => problem,
                    Err(panic) => format!("the reading task failed: {panic}"),
                };
                Err(OPENAPI_SOURCE_UNREADABLE.error(&[&self.name_for_messages(), &self.config.source_name(), &problem]))
            }
            Source::Url(url) => {
                let client = self.client()?;
                let (format, text) = fetch(&client, &url, max_bytes).await;
                let document = tokio::task::spawn_blocking(move || understand(url.clone(), format, text, limits))
                    .await
                    .map_err(|panic| {
                        OPENAPI_DOCUMENT_UNUSABLE.error(&[
                            &self.name_for_messages(),
                            &self.config.source_name(),
                            &panic,
                        ])
                    })?;
                Ok(Listing::Single(document))
            }
        }
    }

    /// The http client, made at the first fetch.
    fn client(&mut self) -> Result<reqwest::Client> {
        if let Some(client) = &self.client {
            return Ok(client.clone());
        }
        let client = reqwest::Client::builder()
            .timeout(self.config.timeout)
            .user_agent(concat!("omis-openapi-catalog/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|error| {
                OPENAPI_DOCUMENT_UNUSABLE.error(&[&self.name_for_messages(), &self.config.source_name(), &error])
            })?;
        Ok(self.client.insert(client).clone())
    }

    /// Reports a document that was not catalogued, in the audit log and the refresh's report.
    fn report_failure(&self, context: &ApiIntegratorContext, location: &str, reason: &str) {
        let name = self.name_for_messages();
        if let Some(audit_log) = &self.audit_log {
            audit_log.log_message("refresh", &OPENAPI_DOCUMENT_SKIPPED, &[&name, &location, &reason]);
        }
        if let Some(core) = context.integration_context() {
            core.add_report_note(format!(
                "The OpenAPI document {location} was not catalogued, and nothing catalogued from it was changed: {reason}"
            ));
        }
    }

    /// Removes what was catalogued from documents that are no longer in the folder `folder`
    /// (`present`: the documents it holds now, readable or not), unless half of them or more
    /// vanished at once.
    async fn remove_vanished(
        &self,
        context: &ApiIntegratorContext,
        folder: &str,
        present: &BTreeSet<String>,
    ) -> Result<usize> {
        let mut known = BTreeSet::new();
        for api in context.get_my_apis(0, 0).await? {
            let location = api.properties.additional_properties.as_ref().and_then(|map| map.get(DOCUMENT_LOCATION));
            if let Some(location) = location
                && Path::new(location).parent().and_then(Path::to_str) == Some(folder)
            {
                known.insert(location.clone());
            }
        }
        let vanished: Vec<&String> = known.iter().filter(|location| !present.contains(*location)).collect();
        if vanished.is_empty() {
            return Ok(0);
        }
        let name = self.name_for_messages();
        if vanished.len() > 1 && vanished.len() * 2 >= known.len() {
            if let Some(audit_log) = &self.audit_log {
                audit_log.log_message(
                    "refresh",
                    &OPENAPI_REMOVAL_SKIPPED,
                    &[&name, &vanished.len(), &known.len(), &folder],
                );
            }
            if let Some(core) = context.integration_context() {
                core.add_report_note(format!(
                    "Nothing was removed for the {} of the {} documents no longer in {folder}: at or above the \
                     fail-safe share of half",
                    vanished.len(),
                    known.len()
                ));
            }
            return Ok(0);
        }
        for location in &vanished {
            // An enumeration of the document's scope that found nothing: everything of it goes.
            let options = SyncOptions { always_remove_up_to: usize::MAX, ..SyncOptions::default() };
            let summary = context.synchronizer(location, options)?.complete().await?;
            if let Some(audit_log) = &self.audit_log {
                audit_log.log_message("refresh", &OPENAPI_API_REMOVED, &[&name, location, &folder, &summary.removed]);
            }
        }
        Ok(vanished.len())
    }
}

/// Upserts the items of one document.
async fn upsert(sync: &mut ApiSynchronizer, items: &[Item]) -> Result<()> {
    for item in items {
        match item {
            Item::Api { key, properties } => sync.upsert_api(key, None, properties).await?,
            Item::Operation { key, parent, properties } => {
                sync.upsert_api_operation(key, ElementRef::Key(parent.clone()), properties).await?;
            }
            Item::List { key, parent, list_type, properties } => {
                sync.upsert_api_parameter_list(key, ElementRef::Key(parent.clone()), *list_type, properties).await?;
            }
            Item::Parameter { key, parent, properties } => {
                sync.upsert_api_parameter(key, ElementRef::Key(parent.clone()), properties).await?;
            }
        }
    }
    Ok(())
}

/// Synchronizes one document in its own scope: complete (with removal) when every item was
/// written, abandoned (nothing removed) otherwise.
async fn synchronize(context: &ApiIntegratorContext, location: &str, items: &[Item]) -> Result<SyncSummary> {
    let mut sync = context.synchronizer(location, SyncOptions::default())?;
    match upsert(&mut sync, items).await {
        Ok(()) => sync.complete().await,
        Err(error) => {
            sync.abort(format!("a write failed: {error}"));
            Err(error)
        }
    }
}

#[async_trait]
impl ApiIntegratorConnector for OpenApiCatalogConnector {
    fn initialize(&mut self, _connector_instance_id: &str, connection: Connection) -> Result<()> {
        self.config = OpenApiCatalogConfig::from_connection(&connection)?;
        self.client = None;
        Ok(())
    }

    fn set_audit_log(&mut self, audit_log: AuditLog) {
        self.context.set_audit_log(audit_log.clone());
        self.audit_log = Some(audit_log);
    }

    fn set_connector_name(&mut self, connector_name: &str) {
        connector_name.clone_into(&mut self.name);
        self.context.set_connector_name(connector_name);
    }

    fn set_context(&mut self, context: ApiIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&ApiIntegratorContext> {
        self.context.get("refresh")
    }

    async fn refresh(&mut self) -> Result<()> {
        self.context()?;
        // Read first: a source that cannot be read must leave the repository as it was.
        let listing = self.read().await?;
        let name = self.name_for_messages();
        let (documents, folder) = match listing {
            Listing::Single(document) => {
                if let Err(reason) = &document.outcome {
                    self.figures =
                        Figures { documents: 1, failed: vec![document.location.clone()], ..Figures::default() };
                    return Err(OPENAPI_DOCUMENT_UNUSABLE.error(&[&name, &document.location, reason]));
                }
                (vec![document], None)
            }
            Listing::Folder(documents) => {
                let folder = self.config.source_name().to_owned();
                if documents.is_empty() {
                    self.figures = Figures::default();
                    return Err(OPENAPI_FOLDER_EMPTY.error(&[&name, &folder]));
                }
                if documents.iter().all(|document| document.outcome.is_err()) {
                    let context = self.context()?.clone();
                    for document in &documents {
                        let reason = document.outcome.as_ref().err().map_or("", String::as_str);
                        self.report_failure(&context, &document.location, reason);
                    }
                    let first = &documents[0];
                    let reason = first.outcome.as_ref().err().cloned().unwrap_or_default();
                    self.figures = Figures {
                        documents: documents.len(),
                        failed: documents.iter().map(|document| document.location.clone()).collect(),
                        ..Figures::default()
                    };
                    return Err(OPENAPI_NO_DOCUMENT_USABLE.error(&[
                        &name,
                        &documents.len(),
                        &folder,
                        &first.location,
                        &reason,
                    ]));
                }
                (documents, Some(folder))
            }
        };

        let context = self.context()?.clone();
        let mut figures = Figures { documents: documents.len(), ..Figures::default() };
        let mut first_write_error: Option<OmisError> = None;
        for Document { location, outcome } in &documents {
            let reason = match outcome {
                Ok((format, api)) => {
                    let items = document_items(location, *format, api);
                    match synchronize(&context, location, &items).await {
                        Ok(_) => {
                            figures.catalogued += 1;
                            continue;
                        }
                        Err(error) => {
                            let reason = error.to_string();
                            first_write_error.get_or_insert(error);
                            reason
                        }
                    }
                }
                Err(reason) => reason.clone(),
            };
            figures.failed.push(location.clone());
            self.report_failure(&context, location, &reason);
        }
        if figures.catalogued == 0 {
            self.figures = figures;
            // Every readable document failed to be written: the repository's error says why.
            return Err(first_write_error.unwrap_or_else(|| {
                OPENAPI_DOCUMENT_UNUSABLE.error(&[&name, &self.config.source_name(), &"nothing could be written"])
            }));
        }
        if let Some(folder) = folder {
            let present: BTreeSet<String> = documents.iter().map(|document| document.location.clone()).collect();
            figures.removed_documents = self.remove_vanished(&context, &folder, &present).await?;
        }
        self.figures = figures;
        Ok(())
    }

    fn statistics(&self) -> BTreeMap<String, serde_json::Value> {
        let figures = &self.figures;
        BTreeMap::from([
            ("documents".to_owned(), figures.documents.into()),
            ("documentsCatalogued".to_owned(), figures.catalogued.into()),
            ("documentsFailed".to_owned(), figures.failed.len().into()),
            ("failedDocuments".to_owned(), figures.failed.clone().into()),
            ("documentsRemoved".to_owned(), figures.removed_documents.into()),
        ])
    }
}
