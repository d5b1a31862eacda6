//! The folder monitor: each refresh reads the tree under the root, then hands all of it to one
//! files synchronizer, scoped by the root, which writes only what changed and removes what
//! vanished — but only when the whole tree could be read. In the blocking mode, `engage()` also
//! applies file-system notifications as they come, path by path.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::time::Duration;

use files_integrator::{
    AuditLog, Connection, ContextSlot, ElementHeader, ElementRef, FilesIntegratorConnector, FilesIntegratorContext,
    FilesSynchronizer, OmisError, Result, SyncOptions, async_trait, serde_json,
};

use crate::changes::{Plan, is_at_or_below, plan};
use crate::config::FolderMonitorConfig;
use crate::error::{FOLDER_MONITOR_ROOT_NOT_A_DIRECTORY, FOLDER_MONITOR_ROOT_UNREADABLE, FOLDER_MONITOR_WATCH_FAILED};
use crate::mapping::{
    column_key, column_properties, file_format, file_key, file_properties, file_qualified_name, folder_key,
    folder_properties, folder_qualified_name, has_columns,
};
use crate::scan::{RootProblem, Scan, Scanned, ScannedFile, Walk, root_folder};
use crate::watch::TreeWatch;

/// How long one `engage()` waits for a first change before it returns.
const ENGAGE_WAIT: Duration = Duration::from_secs(1);

/// A batch is applied at the latest this many debounce periods after its first change, even
/// while changes go on.
const LONGEST_BATCH_IN_DEBOUNCES: u32 = 20;

/// Page size of the look-ups of what is catalogued.
const PAGE: u32 = 500;

/// What the blocking mode did, for the connector's statistics.
#[derive(Debug, Default, Clone, Copy)]
struct EngageFigures {
    batches: u64,
    paths: u64,
    last_batch_paths: u64,
    removed: u64,
    ignored: u64,
    full_refreshes: u64,
}

/// Catalogs the directory tree under a root (see the [crate](crate) documentation).
#[derive(Debug)]
pub struct FolderMonitorConnector {
    config: FolderMonitorConfig,
    name: String,
    context: ContextSlot<FilesIntegratorContext>,
    /// The blocking mode's watch, from the first `engage()` until `disconnect()`.
    watch: Option<TreeWatch>,
    figures: EngageFigures,
    /// The last remark on what could not be read (for the statistics: notes reach a report only
    /// during a refresh the daemon records).
    last_note: Option<String>,
}

impl FolderMonitorConnector {
    /// A connector with this configuration (`initialize` replaces it with the connection's).
    pub fn new(config: FolderMonitorConfig) -> FolderMonitorConnector {
        FolderMonitorConnector {
            config,
            name: String::new(),
            context: ContextSlot::new(),
            watch: None,
            figures: EngageFigures::default(),
            last_note: None,
        }
    }

    /// What the connector catalogs.
    pub fn config(&self) -> &FolderMonitorConfig {
        &self.config
    }

    /// True while the blocking mode watches the tree.
    pub fn is_watching(&self) -> bool {
        self.watch.is_some()
    }

    fn name_for_messages(&self) -> &str {
        if self.name.is_empty() { "(unnamed)" } else { &self.name }
    }

    fn root_error(&self, problem: RootProblem) -> OmisError {
        let root = self.config.root_path_name();
        match problem {
            RootProblem::Unreadable(error) => {
                FOLDER_MONITOR_ROOT_UNREADABLE.error(&[&self.name_for_messages(), &root, &error])
            }
            RootProblem::NotADirectory => {
                FOLDER_MONITOR_ROOT_NOT_A_DIRECTORY.error(&[&self.name_for_messages(), &root])
            }
        }
    }

    fn watch_error(&self, error: &dyn std::fmt::Display) -> OmisError {
        FOLDER_MONITOR_WATCH_FAILED.error(&[&self.name_for_messages(), &self.config.root_path_name(), error])
    }

    /// Reads the whole tree and synchronizes all of it: the refresh. The root is read before
    /// anything is written (one that cannot be read fails the refresh and changes nothing); then
    /// each folder's listing is written before the next is read, so the tree is never held in
    /// memory whole; a folder that cannot be listed makes the enumeration incomplete.
    async fn synchronize_tree(&mut self) -> Result<()> {
        let context = self.context()?.clone();
        let mut walk = Walk::from_root(&self.config).map_err(|problem| self.root_error(problem))?;
        // Batches of 1,000: a file's element carries more than a column's (a schema for CSV and
        // Parquet), and smaller batches keep the peak memory of 100,000 files under 200 MB.
        let options = SyncOptions { batch_size: 1000, ..SyncOptions::default() };
        let mut sync = context.synchronizer(self.config.root_path_name(), options)?;
        loop {
            for item in walk.take_items() {
                upsert(&mut sync, &item).await?;
            }
            if !walk.step() {
                break;
            }
        }
        let Scan { problems, notes, .. } = walk.scan;
        if let Some(first) = problems.first() {
            sync.mark_incomplete(format!(
                "{} part(s) of the tree under {} could not be read, the first: {first}",
                problems.len(),
                self.config.root_path_name()
            ));
        }
        sync.complete().await?;
        if let Some(text) = schema_note(&notes) {
            self.note(&context, text);
        }
        Ok(())
    }

    /// Applies one batch of changed paths (see [`crate::changes`]).
    async fn apply(&mut self, paths: HashSet<PathBuf>) -> Result<()> {
        let context = self.context()?.clone();
        let count = paths.len() as u64;
        let plan = match plan(&self.config, paths) {
            Ok(plan) => plan,
            Err(problem) => {
                // The root went: nothing is changed, as a refresh would not, and the watch on it
                // is gone; the next engage watches again once the root is back.
                self.watch = None;
                return Err(self.root_error(problem));
            }
        };
        self.figures.batches += 1;
        self.figures.paths += count;
        self.figures.last_batch_paths = count;
        self.figures.ignored += plan.ignored as u64;

        // What is gone first: a folder new to the catalog then needs no look-up below it.
        let owner = context.file_manager_guid();
        let mut removed = 0;
        for scope in &plan.scopes {
            removed += remove_missing(&context, owner.as_deref(), scope, &plan).await?;
        }

        // The same synchronizer and scope as the refresh: the correlations (and their
        // fingerprints) are the ones the next refresh compares with. It is flushed, never
        // completed: a batch is not an enumeration of the scope, so it must remove nothing.
        let mut sync = context.synchronizer(self.config.root_path_name(), SyncOptions::partial())?;
        for item in plan.items.values() {
            upsert(&mut sync, item).await?;
        }
        sync.flush().await?;
        let files: Vec<(String, &ScannedFile)> = plan
            .items
            .values()
            .filter_map(|item| match item {
                Scanned::File(file) if has_columns(&file_format(&file.name)) => {
                    sync.guid_of(&file_key(&file.path_name)).map(|guid| (guid.to_owned(), file))
                }
                _ => None,
            })
            .collect();
        drop(sync);
        for (guid, file) in files {
            removed += remove_stale_columns(&context, owner.as_deref(), &guid, file).await?;
        }
        self.figures.removed += removed as u64;
        if let Some(first) = plan.problems.first() {
            let text = format!(
                "{} path(s) under {} could not be read, so nothing was removed there until the next full refresh; \
                 the first: {first}",
                plan.problems.len(),
                self.config.root_path_name()
            );
            self.note(&context, text);
        }
        if let Some(text) = schema_note(&plan.notes) {
            self.note(&context, text);
        }
        Ok(())
    }

    /// Adds a remark to the report of the refresh under way (when the daemon records one) and
    /// keeps it for the statistics.
    fn note(&mut self, context: &FilesIntegratorContext, text: String) {
        if let Some(core) = context.integration_context() {
            core.add_report_note(text.clone());
        }
        self.last_note = Some(text);
    }
}

/// Upserts a folder, or a file with its columns.
async fn upsert(sync: &mut FilesSynchronizer, item: &Scanned) -> Result<()> {
    match item {
        Scanned::Folder(folder) => {
            let parent = folder.parent.as_deref().map(|parent| ElementRef::Key(folder_key(parent)));
            sync.upsert_folder(&folder_key(&folder.path_name), parent, &folder_properties(folder)).await
        }
        Scanned::File(file) => {
            let key = file_key(&file.path_name);
            let folder = ElementRef::Key(folder_key(&file.folder));
            sync.upsert_data_file(&key, Some(folder), &file_properties(file)).await?;
            for (label, properties) in column_properties(&file.path_name, &file.columns) {
                let parent = ElementRef::Key(key.clone());
                sync.upsert_tabular_column(&column_key(&key, &label), parent, &properties).await?;
            }
            Ok(())
        }
    }
}

/// True unless another metadata source than `owner` owns the element.
fn is_mine(header: &ElementHeader, owner: Option<&str>) -> bool {
    header.origin.owning_source().is_none_or(|source| Some(source) == owner)
}

/// Removes the catalogued columns of a file that its header or schema no longer has (a batch is
/// no enumeration, so the synchronizer does not); with no columns left, also its schema type, as
/// the next refresh would. Returns how many elements went.
async fn remove_stale_columns(
    context: &FilesIntegratorContext,
    owner: Option<&str>,
    file_guid: &str,
    file: &ScannedFile,
) -> Result<usize> {
    let expected: HashSet<String> = column_properties(&file.path_name, &file.columns)
        .into_iter()
        .filter_map(|(_, properties)| properties.qualified_name)
        .collect();
    let mut catalogued = Vec::new();
    for start in (0..).step_by(PAGE as usize) {
        let page = context.get_columns_for_data_file(file_guid, start, PAGE).await?;
        let full = page.len() == PAGE as usize;
        catalogued.extend(page);
        if !full {
            break;
        }
    }
    let stale: Vec<String> = catalogued
        .iter()
        .filter(|column| {
            column.properties.qualified_name.as_ref().is_some_and(|name| !expected.contains(name))
                && is_mine(&column.element_header, owner)
        })
        .map(|column| column.guid().to_owned())
        .collect();
    for guid in &stale {
        context.remove_tabular_column(guid).await?;
    }
    let mut removed = stale.len();
    if expected.is_empty()
        && !catalogued.is_empty()
        && let Some(core) = context.integration_context()
    {
        // The schema type the columns hung under (`SchemaOf:` the file's qualified name, as the
        // files service names it); the typed context has no call for schema types.
        let name = format!("SchemaOf:{}", file_qualified_name(&file.path_name));
        if let Some(schema_type) = core.get_element_by_qualified_name(&name).await?
            && schema_type.type_name() == "TabularSchemaType"
            && schema_type.origin.owning_source().is_none_or(|source| Some(source) == owner)
        {
            // The default delete method: a soft delete, as the synchronizer's.
            #[allow(clippy::default_trait_access, reason = "the files service does not re-export DeleteMethod")]
            let soft_delete = Default::default();
            core.delete_element(&schema_type.guid, soft_delete).await?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Removes what is catalogued at `scope` or below it and is no longer there: the folders and files
/// the connector names for those paths (and no other source owns) that the plan does not hold.
/// What was below a folder is found through the catalog's folder hierarchy (exact look-ups, no
/// search). Files first, then folders from the deepest. Returns how many went.
async fn remove_missing(
    context: &FilesIntegratorContext,
    owner: Option<&str>,
    scope: &str,
    plan: &Plan,
) -> Result<usize> {
    let ours = |path: Option<&String>, name: Option<&String>, header: &ElementHeader, qualified_name| {
        catalogued_path(scope, owner, path, name, header, qualified_name)
    };
    let is_file = |path: &str| matches!(plan.items.get(path), Some(Scanned::File(_)));
    let is_folder = |path: &str| matches!(plan.items.get(path), Some(Scanned::Folder(_)));
    let mut files: Vec<(String, String)> = Vec::new();
    let mut folders: Vec<(String, String)> = Vec::new();
    if !is_file(scope)
        && let Some(file) = context.get_file_by_path_name(scope).await?
        && let Some(path) = ours(
            file.properties.path_name.as_ref(),
            file.properties.qualified_name.as_ref(),
            &file.element_header,
            file_qualified_name,
        )
    {
        files.push((path, file.guid().to_owned()));
    }
    let top = context.get_folder_by_path_name(scope).await?.filter(|top| {
        ours(
            top.properties.path_name.as_ref(),
            top.properties.qualified_name.as_ref(),
            &top.element_header,
            folder_qualified_name,
        )
        .is_some()
    });
    let Some(top) = top else {
        return remove(context, files, folders).await;
    };
    if !is_folder(scope) {
        folders.push((scope.to_owned(), top.guid().to_owned()));
    }
    // Down the catalogued folders: what is not on disk any more goes.
    let mut pending = vec![top.guid().to_owned()];
    while let Some(folder) = pending.pop() {
        for start in (0..).step_by(PAGE as usize) {
            let page = context.get_folder_files(&folder, start, PAGE).await?;
            let full = page.len() == PAGE as usize;
            for file in page {
                let properties = &file.properties;
                if let Some(path) = ours(
                    properties.path_name.as_ref(),
                    properties.qualified_name.as_ref(),
                    &file.element_header,
                    file_qualified_name,
                ) && !is_file(&path)
                {
                    files.push((path, file.guid().to_owned()));
                }
            }
            if !full {
                break;
            }
        }
        for start in (0..).step_by(PAGE as usize) {
            let page = context.get_nested_folders(&folder, start, PAGE).await?;
            let full = page.len() == PAGE as usize;
            for nested in page {
                let properties = &nested.properties;
                if let Some(path) = ours(
                    properties.path_name.as_ref(),
                    properties.qualified_name.as_ref(),
                    &nested.element_header,
                    folder_qualified_name,
                ) {
                    pending.push(nested.guid().to_owned());
                    if !is_folder(&path) {
                        folders.push((path, nested.guid().to_owned()));
                    }
                }
            }
            if !full {
                break;
            }
        }
    }
    remove(context, files, folders).await
}

/// The path of an element this connector catalogued at or below `scope`: its qualified name is
/// the one the connector gives that path, and no other metadata source owns it.
fn catalogued_path(
    scope: &str,
    owner: Option<&str>,
    path: Option<&String>,
    name: Option<&String>,
    header: &ElementHeader,
    qualified_name: fn(&str) -> String,
) -> Option<String> {
    path.filter(|path| is_at_or_below(path, scope))
        .filter(|path| name.is_some_and(|name| *name == qualified_name(path)) && is_mine(header, owner))
        .cloned()
}

/// Removes files, then folders from the deepest; returns how many went.
async fn remove(
    context: &FilesIntegratorContext,
    files: Vec<(String, String)>,
    mut folders: Vec<(String, String)>,
) -> Result<usize> {
    for (path, guid) in &files {
        context.delete_data_file_from_catalog(guid, path).await?;
    }
    folders.sort();
    for (_, guid) in folders.iter().rev() {
        context.remove_folder(guid).await?;
    }
    Ok(files.len() + folders.len())
}

/// The remark on files catalogued without columns because their schema could not be read.
fn schema_note(notes: &[String]) -> Option<String> {
    let first = notes.first()?;
    Some(format!(
        "{} file(s) were catalogued without columns because their schema could not be read; the first: {first}",
        notes.len()
    ))
}

#[async_trait]
impl FilesIntegratorConnector for FolderMonitorConnector {
    fn initialize(&mut self, _connector_instance_id: &str, connection: Connection) -> Result<()> {
        self.config = FolderMonitorConfig::from_connection(&connection)?;
        Ok(())
    }

    fn set_audit_log(&mut self, audit_log: AuditLog) {
        self.context.set_audit_log(audit_log);
    }

    fn set_connector_name(&mut self, connector_name: &str) {
        connector_name.clone_into(&mut self.name);
        self.context.set_connector_name(connector_name);
    }

    fn set_context(&mut self, context: FilesIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&FilesIntegratorContext> {
        self.context.get("refresh")
    }

    async fn refresh(&mut self) -> Result<()> {
        self.synchronize_tree().await
    }

    /// The blocking mode (`usesBlockingCalls = true`). The first call watches the tree and
    /// catches up with a full refresh (what changed before the watch began was not seen); each
    /// call after waits up to a second for a change, gathers changes until the file system has
    /// been quiet for `debounceMillis`, and applies them for the paths they name.
    async fn engage(&mut self) -> Result<()> {
        let Some(watch) = &self.watch else {
            self.context()?;
            root_folder(&self.config).map_err(|problem| self.root_error(problem))?;
            let watch = TreeWatch::start(self.config.root(), self.config.recursive)
                .map_err(|error| self.watch_error(&error))?;
            self.watch = Some(watch);
            self.figures.full_refreshes += 1;
            return self.synchronize_tree().await;
        };
        let longest = self.config.debounce * LONGEST_BATCH_IN_DEBOUNCES;
        let Some(batch) = watch.next_batch(ENGAGE_WAIT, self.config.debounce, longest).await else {
            return Ok(());
        };
        self.figures.ignored += batch.outside_root;
        if let Some(error) = batch.error {
            self.watch = None;
            return Err(self.watch_error(&error));
        }
        if batch.rescan {
            // Events were lost: only the whole tree tells what changed.
            self.figures.full_refreshes += 1;
            return self.synchronize_tree().await;
        }
        self.apply(batch.paths).await
    }

    /// Drops the watch (the blocking mode's watcher thread and its watches).
    async fn disconnect(&mut self) -> Result<()> {
        self.watch = None;
        Ok(())
    }

    /// The blocking mode's figures: whether the tree is watched, the batches applied (and the
    /// paths of the last), the elements removed on notifications, the paths left alone, and the
    /// full refreshes `engage()` ran (on its first call, and when events were lost); and the last
    /// remark on what could not be read.
    fn statistics(&self) -> BTreeMap<String, serde_json::Value> {
        let figures = self.figures;
        let mut statistics = BTreeMap::from([
            ("watching".to_owned(), serde_json::Value::from(self.watch.is_some())),
            ("eventBatches".to_owned(), figures.batches.into()),
            ("eventPaths".to_owned(), figures.paths.into()),
            ("lastBatchPaths".to_owned(), figures.last_batch_paths.into()),
            ("removedOnEvents".to_owned(), figures.removed.into()),
            ("ignoredPaths".to_owned(), figures.ignored.into()),
            ("fullRefreshesOnEngage".to_owned(), figures.full_refreshes.into()),
        ]);
        if let Some(note) = &self.last_note {
            statistics.insert("lastNote".to_owned(), note.clone().into());
        }
        statistics
    }
}
