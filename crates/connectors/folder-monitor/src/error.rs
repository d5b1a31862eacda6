//! The folder monitor's error messages: Egeria-style definitions with an id, an HTTP code, and
//! what the system did and the user should do.

use files_integrator::{ErrorKind, ErrorMessageDefinition};

/// The connection has no root directory.
pub const FOLDER_MONITOR_ROOT_MISSING: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-FOLDER-MONITOR-400-001",
    http_code: 400,
    text: "The connection {0} of the folder monitor has no endpoint networkAddress naming the root directory to catalog",
    system_action: "The connector is not created.",
    user_action: "Set endpoint.networkAddress to the directory to monitor (an absolute path is best).",
};

/// A boolean configuration property has another value.
pub const FOLDER_MONITOR_BAD_BOOLEAN: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-FOLDER-MONITOR-400-002",
    http_code: 400,
    text: "The configuration property {0} of connection {1} has the value {2}, which is neither true nor false",
    system_action: "The connector is not created.",
    user_action: "Give the property the value true or false (a JSON boolean or the string).",
};

/// A size configuration property is not a number of bytes in range.
pub const FOLDER_MONITOR_BAD_SIZE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-FOLDER-MONITOR-400-003",
    http_code: 400,
    text: "The configuration property {0} of connection {1} has the value {2}, which is not a number of bytes from {3} to {4}",
    system_action: "The connector is not created.",
    user_action: "Give the property a whole number of bytes within the range, or remove it to use the default.",
};

/// A duration configuration property is not a number of milliseconds in range.
pub const FOLDER_MONITOR_BAD_DURATION: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-FOLDER-MONITOR-400-006",
    http_code: 400,
    text: "The configuration property {0} of connection {1} has the value {2}, which is not a number of milliseconds from {3} to {4}",
    system_action: "The connector is not created.",
    user_action: "Give the property a whole number of milliseconds within the range, or remove it to use the default.",
};

/// The root directory's path cannot be made absolute.
pub const FOLDER_MONITOR_BAD_ROOT: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-FOLDER-MONITOR-400-004",
    http_code: 400,
    text: "The root directory {0} of connection {1} cannot be used as a path: {2}",
    system_action: "The connector is not created.",
    user_action: "Set endpoint.networkAddress to an absolute path of a directory, in UTF-8.",
};

/// The root directory is something other than a directory.
pub const FOLDER_MONITOR_ROOT_NOT_A_DIRECTORY: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-FOLDER-MONITOR-400-005",
    http_code: 400,
    text: "The folder monitor {0} was asked to catalog {1}, which is not a directory",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Point endpoint.networkAddress at a directory.",
};

/// The root directory cannot be read.
pub const FOLDER_MONITOR_ROOT_UNREADABLE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-FOLDER-MONITOR-500-001",
    http_code: 500,
    text: "The folder monitor {0} cannot read its root directory {1}: {2}",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Check that the directory exists and that the daemon's user may list it.",
};

/// The tree cannot be watched (blocking mode).
pub const FOLDER_MONITOR_WATCH_FAILED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-FOLDER-MONITOR-500-002",
    http_code: 500,
    text: "The folder monitor {0} cannot watch the directory tree under {1} for changes: {2}",
    system_action: "The watch is dropped and nothing is changed in the repository; once the connector is restarted, its first engage watches the tree again and catches up with a full refresh.",
    user_action: "When the limit of inotify watches or instances was reached, raise fs.inotify.max_user_watches or fs.inotify.max_user_instances (sysctl), or run the connector in refresh mode (usesBlockingCalls = false).",
};
