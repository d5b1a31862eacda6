//! # folder-monitor-connector
//!
//! The files integration service's folder monitor (`omis.files.folder-monitor`): it catalogs the
//! directory tree under a root directory and keeps the catalog in step, by refresh or as the file
//! system notifies changes.
//!
//! - The root and every folder below it become `FileFolder`s, each nested under its parent
//!   (`FolderHierarchy`).
//! - Every file becomes a `DataFile` of the type its extension names — `CSVFile`, `JSONFile`,
//!   `ParquetFile`, `AvroFile`, `XMLFile`, `LogFile`, `SpreadsheetFile`, `ArchiveFile`,
//!   `KeystoreFile`, `Document`, `RasterFile`, ... or plain `DataFile` — in its folder
//!   (`NestedFile`), with its path name, file name, extension, format (`fileType`), creation and
//!   modification times and size (additional property `fileSize`).
//! - The header line of a delimited file (CSV, TSV, PSV) gives its `TabularColumn`s, in order, under
//!   the file's `TabularSchemaType`; so does the schema in a Parquet file's footer, one column per
//!   leaf (`address.geo.lat` inside groups), with its type (see [`parquet`]). A Parquet file whose
//!   footer cannot be decoded is catalogued without columns, and the refresh's report says so.
//!
//! Each refresh lists the whole tree into one files synchronizer scoped by the root, folder by
//! folder (each listing is written before the next is read, so the tree is never held in memory
//! whole): an unchanged file causes no write, a changed one is updated, and what vanished is
//! removed at the end. A root that is missing or cannot be listed fails the refresh before anything
//! is written, and changes nothing; a folder or file below it that cannot be read makes the
//! enumeration incomplete, so nothing is removed on its account. Symbolic links to directories are
//! not followed, so a link back up the tree cannot loop.
//!
//! ## Refresh mode and blocking mode
//!
//! By default (the provider's) the daemon refreshes the connector at start and every
//! `refreshTimeInterval`. With `usesBlockingCalls = true` it also calls `engage()` in a loop, and
//! the connector then follows file-system notifications (inotify on Linux, through the `notify`
//! crate):
//!
//! - the first `engage()` watches the tree (the connector cannot know at `start()` whether it
//!   will be engaged, and a watch costs an inotify instance and a watch per folder) and catches up
//!   with a full refresh, since what changed before the watch began was not seen;
//! - each `engage()` after waits up to a second for a change, gathers changes until the file
//!   system has been quiet for `debounceMillis` (at most 20 of those after the first change),
//!   and applies them for the paths they name, reading those paths and never the whole tree:
//!   what exists is upserted with the folders above it, a folder that appeared is read with
//!   everything below it, and what is no longer there is removed with what was catalogued below
//!   it;
//! - a batch uses the refresh's synchronizer and scope but is flushed, never completed — it is
//!   not an enumeration of the tree, so it removes nothing by absence — and removals are explicit
//!   calls of the typed context for paths that are gone from disk; the correlations and their
//!   fingerprints are then the ones a full refresh would have written, so the next refresh writes
//!   nothing;
//! - lost events (the kernel's queue overflowed) make `engage()` run a full refresh; a root that
//!   went, or a watch that failed (the inotify limits), fails `engage()` and changes nothing;
//! - `disconnect()` drops the watch.
//!
//! The daemon's refreshes go on as before and repair anything a notification missed.
//!
//! The provider, [`FolderMonitorProvider`], is registered by the daemon.

mod changes;
mod config;
mod connector;
mod error;
mod mapping;
pub mod parquet;
mod provider;
mod scan;
mod watch;

pub use config::{
    CATALOG_COLUMNS, CONFIGURATION_PROPERTIES, DEBOUNCE_MILLIS, DEFAULT_DEBOUNCE_MILLIS, DEFAULT_MAX_HEADER_BYTES,
    FolderMonitorConfig, INCLUDE_HIDDEN, MAX_DEBOUNCE_MILLIS, MAX_HEADER_BYTES, MAX_HEADER_BYTES_LIMIT, RECURSIVE,
};
pub use connector::FolderMonitorConnector;
pub use error::{
    FOLDER_MONITOR_BAD_BOOLEAN, FOLDER_MONITOR_BAD_DURATION, FOLDER_MONITOR_BAD_ROOT, FOLDER_MONITOR_BAD_SIZE,
    FOLDER_MONITOR_ROOT_MISSING, FOLDER_MONITOR_ROOT_NOT_A_DIRECTORY, FOLDER_MONITOR_ROOT_UNREADABLE,
    FOLDER_MONITOR_WATCH_FAILED,
};
pub use mapping::{
    FILE_SIZE_PROPERTY, FileFormat, QUOTE_CHARACTER, column_qualified_name, file_format, file_qualified_name,
    folder_qualified_name, parse_delimited_line,
};
pub use provider::{FolderMonitorProvider, PROVIDER_NAME};
