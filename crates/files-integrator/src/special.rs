//! What is special to the files integration service: path names, nested folders created on
//! demand, archiving, and look-ups by path name.

use std::collections::BTreeMap;

use integration_daemon_api::family::{self, EntitySpec, Placement};
use integration_daemon_api::message_definitions::{MISSING_REQUIRED_PROPERTY, WRONG_ELEMENT_KIND};
use integration_daemon_api::time::Timestamp;
use integration_daemon_api::{
    ElementProperties, Guid, IntegrationContext, NewElement, NewRelationship, Result, WriteBatch, WriteOp, new_guid,
};
use serde::{Deserialize, Serialize};

use crate::generated::{
    DataFileElement, DataFileProperties, FileFolderElement, FileFolderProperties, FilesIntegratorClient, kinds,
};

/// Why and how a file or folder was archived (Egeria's `ArchiveProperties`), kept in its `Memento`
/// classification.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArchiveProperties {
    /// When the resource disappeared (now when absent).
    #[serde(default, with = "integration_daemon_api::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub archive_date: Option<Timestamp>,
    /// What noticed it, e.g. the connector's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive_process: Option<String>,
    /// Anything else worth keeping.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub archive_properties: BTreeMap<String, String>,
}

impl ArchiveProperties {
    fn memento(&self) -> ElementProperties {
        let mut memento = ElementProperties::new().with("archiveService", "files-integrator");
        if let Some(date) = self.archive_date {
            memento.insert("archiveDate", date);
        }
        if let Some(process) = &self.archive_process {
            memento.insert("archiveProcess", process.as_str());
        }
        if !self.archive_properties.is_empty() {
            memento.insert("archiveProperties", self.archive_properties.clone());
        }
        memento
    }
}

/// The file-system part of a path name: the text up to and including `://`, if any
/// (Egeria's `getFileSystemName`). `s3://bucket/a.csv` → `s3://`.
pub fn get_file_system_name(path_name: &str) -> Option<String> {
    path_name.find("://").map(|end| path_name[..end + 3].to_owned())
}

/// The folder names of a file's path: every segment but the file-system prefix and the file name
/// (Egeria's `getDirectoryNames`). `/data/landing/orders.csv` → `["data", "landing"]`.
pub fn get_directory_names(path_name: &str) -> Vec<String> {
    let rest = get_file_system_name(path_name).map_or(path_name, |prefix| &path_name[prefix.len()..]);
    let mut segments: Vec<String> = rest.split('/').filter(|s| !s.is_empty()).map(str::to_owned).collect();
    segments.pop();
    segments
}

/// The file name of a path: its last segment. `/data/orders.csv` → `orders.csv`.
pub fn get_file_name(path_name: &str) -> Option<String> {
    path_name.rsplit('/').next().filter(|name| !name.is_empty() && !name.ends_with("://")).map(str::to_owned)
}

/// The extension of a path's file name, without the dot. `orders.csv` → `csv`.
pub fn get_file_extension(path_name: &str) -> Option<String> {
    let name = get_file_name(path_name)?;
    let (stem, extension) = name.rsplit_once('.')?;
    (!stem.is_empty() && !extension.is_empty()).then(|| extension.to_owned())
}

/// The path names of the folders of `path_name` from the top: with `include_last`, the last
/// segment is a folder too; otherwise it is the file.
/// `/data/landing/x.csv` → `["/data", "/data/landing"]`; `s3://b/a/` → `["s3://b", "s3://b/a"]`.
pub fn folder_path_names(path_name: &str, include_last: bool) -> Vec<String> {
    let prefix = get_file_system_name(path_name).unwrap_or_default();
    let rest = &path_name[prefix.len()..];
    let mut current = prefix.clone();
    if rest.starts_with('/') {
        current.push('/');
    }
    let mut segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    if !include_last {
        segments.pop();
    }
    let mut paths = Vec::with_capacity(segments.len());
    for segment in segments {
        if !(current.is_empty() || current.ends_with('/')) {
            current.push('/');
        }
        current.push_str(segment);
        paths.push(current.clone());
    }
    paths
}

/// The qualified name omis gives a folder it creates for a path.
fn folder_qualified_name(path_name: &str) -> String {
    format!("FileFolder::{path_name}")
}

/// The folder catalogued with this path name.
async fn folder_with_path(ctx: &IntegrationContext, path_name: &str) -> Result<Option<FileFolderElement>> {
    Ok(family::find_by_property::<FileFolderProperties>(ctx, &kinds::FILE_FOLDER, "pathName", path_name, 0, 1)
        .await?
        .into_iter()
        .next())
}

/// Adds to `batch` the folders of `paths` that are not catalogued yet, each under the previous one
/// (the first under `parent`, a folder or a file system, when given). Returns every folder's GUID.
async fn ensure_folders(
    ctx: &IntegrationContext,
    parent: Option<&str>,
    paths: &[String],
    batch: &mut WriteBatch,
) -> Result<Vec<Guid>> {
    let mut guids: Vec<Guid> = Vec::with_capacity(paths.len());
    let mut previous: Option<Guid> = None;
    let parent_is_file_system = match parent {
        Some(guid) => {
            let element = ctx.get_element(guid).await?;
            element.is_some_and(|element| ctx.type_registry().is_a(element.type_name(), "SoftwareCapability"))
        }
        None => false,
    };
    for path in paths {
        if let Some(existing) = folder_with_path(ctx, path).await? {
            previous = Some(existing.guid().to_owned());
            guids.push(existing.guid().to_owned());
            continue;
        }
        let guid = new_guid();
        let properties = ElementProperties::new()
            .with("qualifiedName", folder_qualified_name(path))
            .with("displayName", get_file_name(path).unwrap_or_else(|| path.clone()))
            .with("pathName", path.as_str());
        let mut folder = NewElement::new("FileFolder", properties).with_guid(guid.clone());
        match (&previous, parent) {
            (Some(above), _) => folder = folder.with_parent(above.clone(), "FolderHierarchy"),
            (None, Some(parent)) if !parent_is_file_system => folder = folder.with_parent(parent, "FolderHierarchy"),
            _ => {}
        }
        folder.is_own_anchor = true;
        batch.push(WriteOp::CreateElement(folder));
        if previous.is_none()
            && parent_is_file_system
            && let Some(file_system) = parent
        {
            batch.push(WriteOp::CreateRelationship(NewRelationship::new(
                "CapabilityAssetUse",
                file_system,
                guid.clone(),
            )));
        }
        previous = Some(guid.clone());
        guids.push(guid);
    }
    Ok(guids)
}

pub(crate) async fn create_nested_folders(
    client: &FilesIntegratorClient,
    parent_guid: &str,
    path_name: &str,
) -> Result<Vec<Guid>> {
    let ctx = &client.core;
    let paths = folder_path_names(path_name, true);
    let mut batch = WriteBatch::new();
    let guids = ensure_folders(ctx, Some(parent_guid), &paths, &mut batch).await?;
    if !batch.is_empty() {
        ctx.execute("createNestedFolders", batch).await?;
    }
    Ok(guids)
}

/// The path name of a bean, required.
fn path_of(path_name: Option<&String>, type_name: &str, method: &str) -> Result<String> {
    path_name
        .filter(|path| !path.trim().is_empty())
        .cloned()
        .ok_or_else(|| MISSING_REQUIRED_PROPERTY.error(&[&"pathName", &type_name]).with_parameter_name(method))
}

pub(crate) async fn add_data_file_to_catalog(
    client: &FilesIntegratorClient,
    mut properties: DataFileProperties,
) -> Result<Vec<Guid>> {
    const METHOD: &str = "addDataFileToCatalog";
    let ctx = &client.core;
    let path = path_of(properties.path_name.as_ref(), "DataFile", METHOD)?;
    if properties.file_name.is_none() {
        properties.file_name = get_file_name(&path);
    }
    if properties.file_extension.is_none() {
        properties.file_extension = get_file_extension(&path);
    }
    if properties.qualified_name.is_none() {
        properties.qualified_name = Some(format!("DataFile::{path}"));
    }
    let mut batch = WriteBatch::new();
    let mut guids = ensure_folders(ctx, None, &folder_path_names(&path, false), &mut batch).await?;
    let file =
        family::plan_create(ctx, &kinds::DATA_FILE, METHOD, guids.last().map(String::as_str), &properties).await?;
    batch.0.extend(file.batch.0);
    ctx.execute(METHOD, batch).await?;
    guids.push(file.guid);
    Ok(guids)
}

pub(crate) async fn add_data_folder_to_catalog(
    client: &FilesIntegratorClient,
    mut properties: FileFolderProperties,
) -> Result<Vec<Guid>> {
    const METHOD: &str = "addDataFolderToCatalog";
    let ctx = &client.core;
    let path = path_of(properties.path_name.as_ref(), "DataFolder", METHOD)?;
    if properties.qualified_name.is_none() {
        properties.qualified_name = Some(format!("DataFolder::{path}"));
    }
    let mut batch = WriteBatch::new();
    let mut guids = ensure_folders(ctx, None, &folder_path_names(&path, false), &mut batch).await?;
    let folder =
        family::plan_create(ctx, &kinds::DATA_FOLDER, METHOD, guids.last().map(String::as_str), &properties).await?;
    batch.0.extend(folder.batch.0);
    ctx.execute(METHOD, batch).await?;
    guids.push(folder.guid);
    Ok(guids)
}

pub(crate) async fn archive_data_file_in_catalog(
    client: &FilesIntegratorClient,
    data_file_guid: &str,
    archive: ArchiveProperties,
) -> Result<()> {
    family::archive(&client.core, &kinds::DATA_FILE, "archiveDataFileInCatalog", data_file_guid, archive.memento())
        .await
}

pub(crate) async fn archive_data_folder_in_catalog(
    client: &FilesIntegratorClient,
    data_folder_guid: &str,
    archive: ArchiveProperties,
) -> Result<()> {
    family::archive(
        &client.core,
        &kinds::DATA_FOLDER,
        "archiveDataFolderInCatalog",
        data_folder_guid,
        archive.memento(),
    )
    .await
}

pub(crate) async fn delete_data_file_from_catalog(
    client: &FilesIntegratorClient,
    data_file_guid: &str,
    full_path_name: &str,
) -> Result<()> {
    const METHOD: &str = "deleteDataFileFromCatalog";
    let element = family::fetch(&client.core, &kinds::DATA_FILE, METHOD, data_file_guid).await?;
    let path = element.properties.get_str("pathName").unwrap_or_default();
    if path != full_path_name {
        return Err(WRONG_ELEMENT_KIND
            .error(&[
                &data_file_guid,
                &format!("data file with path name {path}"),
                &format!("data file with path name {full_path_name}"),
                &METHOD,
            ])
            .with_parameter_name("fullPathName"));
    }
    family::remove(&client.core, &kinds::DATA_FILE, METHOD, data_file_guid).await
}

pub(crate) async fn get_file_by_path_name(
    client: &FilesIntegratorClient,
    path_name: &str,
) -> Result<Option<DataFileElement>> {
    Ok(family::find_by_property::<DataFileProperties>(&client.core, &kinds::DATA_FILE, "pathName", path_name, 0, 1)
        .await?
        .into_iter()
        .next())
}

pub(crate) async fn get_folder_by_path_name(
    client: &FilesIntegratorClient,
    path_name: &str,
) -> Result<Option<FileFolderElement>> {
    folder_with_path(&client.core, path_name).await
}

pub(crate) async fn get_top_level_folders(
    client: &FilesIntegratorClient,
    file_system_guid: &str,
    start_from: u32,
    page_size: u32,
) -> Result<Vec<FileFolderElement>> {
    let under_file_system = EntitySpec {
        placement: Placement::Child {
            relationship: "CapabilityAssetUse",
            parent_at_end1: true,
            own_anchor: true,
            required: true,
        },
        ..kinds::FILE_FOLDER
    };
    family::list_for_parent(
        &client.core,
        &under_file_system,
        "getTopLevelFolders",
        file_system_guid,
        start_from,
        page_size,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_helpers_follow_egeria() {
        assert_eq!(get_file_system_name("s3://bucket/a/b.csv").as_deref(), Some("s3://"));
        assert_eq!(get_file_system_name("/data/a.csv"), None);
        assert_eq!(get_directory_names("/data/landing/orders.csv"), ["data", "landing"]);
        assert_eq!(get_directory_names("s3://bucket/a/b.csv"), ["bucket", "a"]);
        assert_eq!(get_file_name("/data/landing/orders.csv").as_deref(), Some("orders.csv"));
        assert_eq!(get_file_extension("/data/orders.tar.gz").as_deref(), Some("gz"));
        assert_eq!(get_file_extension("/data/.profile"), None);
        assert_eq!(get_file_extension("/data/README"), None);
    }

    #[test]
    fn folder_paths_accumulate_from_the_top() {
        assert_eq!(folder_path_names("/data/landing/x.csv", false), ["/data", "/data/landing"]);
        assert_eq!(folder_path_names("/data/landing", true), ["/data", "/data/landing"]);
        assert_eq!(folder_path_names("s3://b/a/x.parquet", false), ["s3://b", "s3://b/a"]);
        assert_eq!(folder_path_names("relative/dir/x", false), ["relative", "relative/dir"]);
        assert!(folder_path_names("x.csv", false).is_empty());
    }
}
