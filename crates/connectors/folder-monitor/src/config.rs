//! The folder monitor's configuration, read from its connection: the root directory from
//! `endpoint.networkAddress`, the rest from `configurationProperties`. A value the connector cannot
//! use is refused with an error that names the property, the connection and the value; it is never
//! silently replaced by a default.

use std::path::{Path, PathBuf};
use std::time::Duration;

use files_integrator::{Connection, OmisError, Result};

use crate::error::{
    FOLDER_MONITOR_BAD_BOOLEAN, FOLDER_MONITOR_BAD_DURATION, FOLDER_MONITOR_BAD_ROOT, FOLDER_MONITOR_BAD_SIZE,
    FOLDER_MONITOR_ROOT_MISSING,
};

/// Configuration property: catalog the folders below the root and their files (default `true`);
/// with `false`, only the root folder and the files directly in it.
pub const RECURSIVE: &str = "recursive";

/// Configuration property: catalog files and folders whose name starts with a dot (default `false`).
pub const INCLUDE_HIDDEN: &str = "includeHidden";

/// Configuration property: catalog the columns of delimited files (CSV, TSV, PSV) from their header
/// line (default `true`).
pub const CATALOG_COLUMNS: &str = "catalogColumns";

/// Configuration property: how many bytes of a delimited file are read to find its header line
/// (default [`DEFAULT_MAX_HEADER_BYTES`], at most [`MAX_HEADER_BYTES_LIMIT`]). A header line longer
/// than this gives the file no columns.
pub const MAX_HEADER_BYTES: &str = "maxHeaderBytes";

/// Configuration property, for the blocking mode: how long the file system must stay quiet before
/// the changes it notified are applied, in milliseconds (default [`DEFAULT_DEBOUNCE_MILLIS`], from
/// 1 to [`MAX_DEBOUNCE_MILLIS`]).
pub const DEBOUNCE_MILLIS: &str = "debounceMillis";

/// The configuration properties the connector recognizes.
pub const CONFIGURATION_PROPERTIES: [&str; 5] =
    [RECURSIVE, INCLUDE_HIDDEN, CATALOG_COLUMNS, MAX_HEADER_BYTES, DEBOUNCE_MILLIS];

/// The default of [`DEBOUNCE_MILLIS`].
pub const DEFAULT_DEBOUNCE_MILLIS: u64 = 250;

/// The largest value [`DEBOUNCE_MILLIS`] accepts: one minute.
pub const MAX_DEBOUNCE_MILLIS: u64 = 60_000;

/// The default of [`MAX_HEADER_BYTES`]: 64 KiB.
pub const DEFAULT_MAX_HEADER_BYTES: usize = 64 * 1024;

/// The largest value [`MAX_HEADER_BYTES`] accepts: 16 MiB.
pub const MAX_HEADER_BYTES_LIMIT: usize = 16 * 1024 * 1024;

/// What a folder monitor catalogs and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderMonitorConfig {
    /// The root directory: absolute, without `.` segments or a trailing separator.
    root: PathBuf,
    /// The root as text (the synchronizer's scope and the start of every path name).
    root_path_name: String,
    /// See [`RECURSIVE`].
    pub recursive: bool,
    /// See [`INCLUDE_HIDDEN`].
    pub include_hidden: bool,
    /// See [`CATALOG_COLUMNS`].
    pub catalog_columns: bool,
    /// See [`MAX_HEADER_BYTES`].
    pub max_header_bytes: usize,
    /// See [`DEBOUNCE_MILLIS`].
    pub debounce: Duration,
}

impl FolderMonitorConfig {
    /// The configuration for the directory `root` with the defaults: recursive, hidden files
    /// skipped, CSV columns catalogued. A relative `root` is taken from the current directory.
    pub fn new(root: impl AsRef<Path>) -> Result<FolderMonitorConfig> {
        FolderMonitorConfig::with_root(root.as_ref(), "<none>")
    }

    /// The configuration a connection gives, or the first thing wrong with it.
    pub fn from_connection(connection: &Connection) -> Result<FolderMonitorConfig> {
        let address = connection
            .network_address()
            .ok_or_else(|| FOLDER_MONITOR_ROOT_MISSING.error(&[&connection.name_for_messages()]))?;
        let address = address.strip_prefix("file://").unwrap_or(address);
        let mut config = FolderMonitorConfig::with_root(Path::new(address), connection.name_for_messages())?;
        config.recursive = boolean(connection, RECURSIVE, true)?;
        config.include_hidden = boolean(connection, INCLUDE_HIDDEN, false)?;
        config.catalog_columns = boolean(connection, CATALOG_COLUMNS, true)?;
        config.max_header_bytes = size(connection, MAX_HEADER_BYTES, DEFAULT_MAX_HEADER_BYTES, MAX_HEADER_BYTES_LIMIT)?;
        config.debounce = millis(connection, DEBOUNCE_MILLIS, DEFAULT_DEBOUNCE_MILLIS, MAX_DEBOUNCE_MILLIS)?;
        Ok(config)
    }

    /// What is wrong with the configuration properties of a connection, by property (the root is
    /// left to the provider's endpoint check).
    pub(crate) fn property_problems(connection: &Connection) -> Vec<(&'static str, OmisError)> {
        let booleans = [(RECURSIVE, true), (INCLUDE_HIDDEN, false), (CATALOG_COLUMNS, true)]
            .into_iter()
            .filter_map(|(name, default)| boolean(connection, name, default).err().map(|error| (name, error)));
        let sizes = size(connection, MAX_HEADER_BYTES, DEFAULT_MAX_HEADER_BYTES, MAX_HEADER_BYTES_LIMIT)
            .err()
            .map(|error| (MAX_HEADER_BYTES, error));
        let durations = millis(connection, DEBOUNCE_MILLIS, DEFAULT_DEBOUNCE_MILLIS, MAX_DEBOUNCE_MILLIS)
            .err()
            .map(|error| (DEBOUNCE_MILLIS, error));
        booleans.chain(sizes).chain(durations).collect()
    }

    fn with_root(root: &Path, connection_name: &str) -> Result<FolderMonitorConfig> {
        let bad_root = |reason: &dyn std::fmt::Display| {
            FOLDER_MONITOR_BAD_ROOT.error(&[&root.display(), &connection_name, reason]).with_parameter_name("root")
        };
        let absolute = std::path::absolute(root).map_err(|error| bad_root(&error))?;
        // `components` drops `.` segments and a trailing separator; `..` is kept (resolving it
        // would need the file system, and a symbolic link makes it mean something else).
        let root: PathBuf = absolute.components().collect();
        let root_path_name = root.to_str().ok_or_else(|| bad_root(&"the path is not valid UTF-8"))?.to_owned();
        Ok(FolderMonitorConfig {
            root,
            root_path_name,
            recursive: true,
            include_hidden: false,
            catalog_columns: true,
            max_header_bytes: DEFAULT_MAX_HEADER_BYTES,
            debounce: Duration::from_millis(DEFAULT_DEBOUNCE_MILLIS),
        })
    }

    /// The root directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The root directory as text: the path name of the root folder.
    pub fn root_path_name(&self) -> &str {
        &self.root_path_name
    }
}

/// A boolean property: `true` or `false` (a JSON boolean, or a string in any case); `default` when
/// absent.
fn boolean(connection: &Connection, name: &str, default: bool) -> Result<bool> {
    let Some(text) = connection.string_property(name) else { return Ok(default) };
    match text.trim().to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(FOLDER_MONITOR_BAD_BOOLEAN
            .error(&[&name, &connection.name_for_messages(), &text])
            .with_parameter_name(name)),
    }
}

/// A number of bytes from 1 to `limit` (a JSON number or a string of digits); `default` when absent.
fn size(connection: &Connection, name: &str, default: usize, limit: usize) -> Result<usize> {
    let Some(text) = connection.string_property(name) else { return Ok(default) };
    match text.trim().parse::<usize>() {
        Ok(bytes) if (1..=limit).contains(&bytes) => Ok(bytes),
        _ => Err(FOLDER_MONITOR_BAD_SIZE
            .error(&[&name, &connection.name_for_messages(), &text, &1, &limit])
            .with_parameter_name(name)),
    }
}

/// A duration in whole milliseconds from 1 to `limit` (a JSON number or a string of digits);
/// `default` when absent.
fn millis(connection: &Connection, name: &str, default: u64, limit: u64) -> Result<Duration> {
    let Some(text) = connection.string_property(name) else { return Ok(Duration::from_millis(default)) };
    match text.trim().parse::<u64>() {
        Ok(millis) if (1..=limit).contains(&millis) => Ok(Duration::from_millis(millis)),
        _ => Err(FOLDER_MONITOR_BAD_DURATION
            .error(&[&name, &connection.name_for_messages(), &text, &1, &limit])
            .with_parameter_name(name)),
    }
}

#[cfg(test)]
mod tests {
    use files_integrator::{Endpoint, ErrorKind};

    use super::*;

    fn connection(root: &str) -> Connection {
        let mut connection = Connection::for_provider("omis.files.folder-monitor");
        connection.qualified_name = Some("landing.connection".into());
        connection.endpoint = Some(Endpoint::at(root));
        connection
    }

    #[test]
    fn defaults_apply_when_nothing_is_configured() {
        let config = FolderMonitorConfig::from_connection(&connection("/data/landing/")).unwrap();
        assert_eq!(config.root(), Path::new("/data/landing"));
        assert_eq!(config.root_path_name(), "/data/landing");
        assert!(config.recursive && !config.include_hidden && config.catalog_columns);
        assert_eq!(config.max_header_bytes, DEFAULT_MAX_HEADER_BYTES);
        assert_eq!(config.debounce, Duration::from_millis(250));
        assert_eq!(config, FolderMonitorConfig::new("/data/./landing").unwrap());
    }

    #[test]
    fn values_are_read_as_json_or_as_text() {
        let configured = connection("file:///data")
            .with_configuration_property(RECURSIVE, false)
            .with_configuration_property(INCLUDE_HIDDEN, "TRUE")
            .with_configuration_property(CATALOG_COLUMNS, " false ")
            .with_configuration_property(MAX_HEADER_BYTES, 512)
            .with_configuration_property(DEBOUNCE_MILLIS, 40);
        let config = FolderMonitorConfig::from_connection(&configured).unwrap();
        assert_eq!(config.debounce, Duration::from_millis(40));
        assert_eq!(config.root_path_name(), "/data", "a file:// prefix is removed");
        assert!(!config.recursive && config.include_hidden && !config.catalog_columns);
        assert_eq!(config.max_header_bytes, 512);
        let text = connection("/data").with_configuration_property(MAX_HEADER_BYTES, "2048");
        assert_eq!(FolderMonitorConfig::from_connection(&text).unwrap().max_header_bytes, 2048);
    }

    #[test]
    fn relative_roots_are_made_absolute() {
        let config = FolderMonitorConfig::new("landing").unwrap();
        assert!(config.root().is_absolute());
        assert!(config.root_path_name().ends_with("/landing"), "{}", config.root_path_name());
    }

    #[test]
    fn values_it_cannot_use_are_refused_with_the_connection_and_the_value() {
        for (name, value, expected) in [
            (RECURSIVE, "yes", "recursive of connection landing.connection has the value yes, which is neither"),
            (INCLUDE_HIDDEN, "1", "includeHidden of connection landing.connection has the value 1"),
            (CATALOG_COLUMNS, "", "catalogColumns of connection landing.connection has the value ,"),
            (MAX_HEADER_BYTES, "0", "maxHeaderBytes of connection landing.connection has the value 0"),
            (MAX_HEADER_BYTES, "64k", "the value 64k, which is not a number of bytes from 1 to 16777216"),
            (MAX_HEADER_BYTES, "16777217", "the value 16777217"),
            (MAX_HEADER_BYTES, "-5", "the value -5"),
            (DEBOUNCE_MILLIS, "0", "the value 0, which is not a number of milliseconds from 1 to 60000"),
            (DEBOUNCE_MILLIS, "1s", "debounceMillis of connection landing.connection has the value 1s"),
            (DEBOUNCE_MILLIS, "60001", "the value 60001"),
        ] {
            let connection = connection("/data").with_configuration_property(name, value);
            let error = FolderMonitorConfig::from_connection(&connection).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::ConnectionChecked, "{error}");
            assert!(error.message().contains(expected), "{name}={value}: {error}");
            assert!(error.message_id().starts_with("OMIS-FOLDER-MONITOR-400-"), "{error}");
            let problems = FolderMonitorConfig::property_problems(&connection);
            assert_eq!(problems.iter().map(|(name, _)| *name).collect::<Vec<_>>(), [name]);
        }
    }

    #[test]
    fn a_connection_without_a_root_is_refused() {
        let mut without = connection("/data");
        without.endpoint = None;
        let error = FolderMonitorConfig::from_connection(&without).unwrap_err();
        assert_eq!(error.message_id(), "OMIS-FOLDER-MONITOR-400-001");
        assert!(error.message().contains("landing.connection"), "{error}");
        let error = FolderMonitorConfig::from_connection(&connection("")).unwrap_err();
        assert_eq!(error.message_id(), "OMIS-FOLDER-MONITOR-400-001", "an empty address is no address");
    }
}
