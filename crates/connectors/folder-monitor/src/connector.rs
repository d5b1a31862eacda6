//! The folder monitor: each refresh reads the tree under the root, then hands all of it to one
//! files synchronizer, scoped by the root, which writes only what changed and removes what
//! vanished — but only when the whole tree could be read.

use files_integrator::{
    AuditLog, Connection, ContextSlot, ElementRef, FilesIntegratorConnector, FilesIntegratorContext, OmisError, Result,
    SyncOptions, async_trait,
};

use crate::config::FolderMonitorConfig;
use crate::error::{FOLDER_MONITOR_ROOT_NOT_A_DIRECTORY, FOLDER_MONITOR_ROOT_UNREADABLE};
use crate::mapping::{column_key, column_properties, file_key, file_properties, folder_key, folder_properties};
use crate::scan::{RootProblem, Scanned, scan};

/// Catalogs the directory tree under a root (see the [crate](crate) documentation).
#[derive(Debug)]
pub struct FolderMonitorConnector {
    config: FolderMonitorConfig,
    name: String,
    context: ContextSlot<FilesIntegratorContext>,
}

impl FolderMonitorConnector {
    /// A connector with this configuration (`initialize` replaces it with the connection's).
    pub fn new(config: FolderMonitorConfig) -> FolderMonitorConnector {
        FolderMonitorConnector { config, name: String::new(), context: ContextSlot::new() }
    }

    /// What the connector catalogs.
    pub fn config(&self) -> &FolderMonitorConfig {
        &self.config
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
        let context = self.context()?;
        // Read first: a root that cannot be read must leave the repository as it was.
        let scan = scan(&self.config).map_err(|problem| self.root_error(problem))?;

        let mut sync = context.synchronizer(self.config.root_path_name(), SyncOptions::default())?;
        if let Some(first) = scan.problems.first() {
            sync.mark_incomplete(format!(
                "{} part(s) of the tree under {} could not be read, the first: {first}",
                scan.problems.len(),
                self.config.root_path_name()
            ));
        }
        for item in &scan.items {
            match item {
                Scanned::Folder(folder) => {
                    let parent = folder.parent.as_deref().map(|parent| ElementRef::Key(folder_key(parent)));
                    sync.upsert_folder(&folder_key(&folder.path_name), parent, &folder_properties(folder)).await?;
                }
                Scanned::File(file) => {
                    let key = file_key(&file.path_name);
                    let folder = ElementRef::Key(folder_key(&file.folder));
                    sync.upsert_data_file(&key, Some(folder), &file_properties(file)).await?;
                    for (label, properties) in column_properties(&file.path_name, &file.columns) {
                        let parent = ElementRef::Key(key.clone());
                        sync.upsert_tabular_column(&column_key(&key, &label), parent, &properties).await?;
                    }
                }
            }
        }
        sync.complete().await?;
        Ok(())
    }
}
