//! # folder-monitor-connector
//!
//! The files integration service's folder monitor (`omis.files.folder-monitor`): it catalogs the
//! directory tree under a root directory and keeps the catalog in step, refresh after refresh.
//!
//! - The root and every folder below it become `FileFolder`s, each nested under its parent
//!   (`FolderHierarchy`).
//! - Every file becomes a `DataFile` of the type its extension names — `CSVFile`, `JSONFile`,
//!   `ParquetFile`, `AvroFile`, `XMLFile`, `LogFile`, `SpreadsheetFile`, `ArchiveFile`,
//!   `KeystoreFile`, `Document`, `RasterFile`, ... or plain `DataFile` — in its folder
//!   (`NestedFile`), with its path name, file name, extension, format (`fileType`), creation and
//!   modification times and size (additional property `fileSize`).
//! - The header line of a delimited file (CSV, TSV, PSV) gives its `TabularColumn`s, in order, under
//!   the file's `TabularSchemaType`.
//!
//! Each refresh reads the whole tree first, then hands it to one files synchronizer scoped by the
//! root: an unchanged file causes no write, a changed one is updated, and what vanished is removed.
//! A root that is missing or cannot be listed fails the refresh and changes nothing; a folder or
//! file below it that cannot be read makes the enumeration incomplete, so nothing is removed on its
//! account. Symbolic links to directories are not followed, so a link back up the tree cannot loop.
//!
//! This is the refresh mode: the tree is read at each refresh the daemon schedules. The provider,
//! [`FolderMonitorProvider`], is registered by the daemon.

mod config;
mod connector;
mod error;
mod mapping;
mod provider;
mod scan;

pub use config::{
    CATALOG_COLUMNS, CONFIGURATION_PROPERTIES, DEFAULT_MAX_HEADER_BYTES, FolderMonitorConfig, INCLUDE_HIDDEN,
    MAX_HEADER_BYTES, MAX_HEADER_BYTES_LIMIT, RECURSIVE,
};
pub use connector::FolderMonitorConnector;
pub use error::{
    FOLDER_MONITOR_BAD_BOOLEAN, FOLDER_MONITOR_BAD_ROOT, FOLDER_MONITOR_BAD_SIZE, FOLDER_MONITOR_ROOT_MISSING,
    FOLDER_MONITOR_ROOT_NOT_A_DIRECTORY, FOLDER_MONITOR_ROOT_UNREADABLE,
};
pub use mapping::{
    FILE_SIZE_PROPERTY, FileFormat, QUOTE_CHARACTER, column_qualified_name, file_format, file_qualified_name,
    folder_qualified_name, parse_delimited_line,
};
pub use provider::{FolderMonitorProvider, PROVIDER_NAME};
