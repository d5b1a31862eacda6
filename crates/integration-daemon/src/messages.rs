//! The daemon's audit-log messages and error definitions.

use integration_daemon_api::{AuditLogSeverity, AuditMessageDefinition, ErrorKind, ErrorMessageDefinition};

/// The daemon is starting its connectors.
pub const DAEMON_STARTING: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-0001",
    severity: AuditLogSeverity::Startup,
    text: "The integration daemon {0} is starting {1} connectors on repository {2}",
    system_action: "Each connector gets its own task.",
    user_action: "No action is required.",
};

/// A connector is being (re)initialized.
pub const CONNECTOR_INITIALIZING: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-0002",
    severity: AuditLogSeverity::Startup,
    text: "The integration connector {0} of the {1} integration service is initializing with permitted synchronization {2}",
    system_action: "The connector is created from its connection and given its context.",
    user_action: "No action is required.",
};

/// A connector's connection could not be turned into a connector.
pub const BAD_INTEGRATION_CONNECTION: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-0003",
    severity: AuditLogSeverity::Error,
    text: "The integration connector {0} could not be created from its connection: {1}",
    system_action: "The connector is in CONFIG_FAILED until its configuration changes or it is restarted.",
    user_action: "Correct the connection (omis validate reports what it can find) and restart the connector.",
};

/// The context could not be set up (usually the repository did not answer).
pub const INITIALIZE_ERROR: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-0004",
    severity: AuditLogSeverity::Error,
    text: "The integration connector {0} could not be initialized: {1}; retrying in {2} seconds",
    system_action: "The connector is in INITIALIZE_FAILED and is retried with backoff.",
    user_action: "Check that the repository is reachable.",
};

/// A connector call failed.
pub const CONNECTOR_ERROR: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-0005",
    severity: AuditLogSeverity::Exception,
    text: "The integration connector {0} failed in {1}: {2}",
    system_action: "The connector is in FAILED until it is restarted.",
    user_action: "Correct the cause and restart the connector (omis restart NAME).",
};

/// A refresh finished.
pub const REFRESH_COMPLETE: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-0006",
    severity: AuditLogSeverity::Activity,
    text: "The integration connector {0} finished a refresh in {1} ms",
    system_action: "The connector waits for its next refresh.",
    user_action: "No action is required.",
};

/// A connector was disconnected.
pub const CONNECTOR_DISCONNECTED: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-0007",
    severity: AuditLogSeverity::Shutdown,
    text: "The integration connector {0} is disconnected",
    system_action: "Its context refuses further calls.",
    user_action: "No action is required.",
};

/// The configuration of a connector changed through the admin API.
pub const CONNECTOR_RECONFIGURED: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-0008",
    severity: AuditLogSeverity::Info,
    text: "The {1} of the integration connector {0} was updated; the connector restarts",
    system_action: "The change is kept in memory only, until the daemon restarts.",
    user_action: "Change the configuration file too if the change is to last.",
};

/// The daemon is shutting down.
pub const DAEMON_SHUTDOWN: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-0009",
    severity: AuditLogSeverity::Shutdown,
    text: "The integration daemon {0} is shutting down; running refreshes have {1} seconds to finish",
    system_action: "Every started connector is disconnected.",
    user_action: "No action is required.",
};

/// A connector is outside its start and stop dates.
pub const OUTSIDE_DATES: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-0010",
    severity: AuditLogSeverity::Info,
    text: "The integration connector {0} is outside its start and stop dates ({1} to {2})",
    system_action: "The connector waits until its start date, or stops after its stop date.",
    user_action: "Change the dates in the configuration if the connector should run now.",
};

/// No connector of this name.
pub const UNKNOWN_CONNECTOR: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::InvalidParameter,
    id: "OMIS-INTEGRATION-DAEMON-400-031",
    http_code: 400,
    text: "The integration daemon {0} has no integration connector named {1}; it has: {2}",
    system_action: "The request is refused.",
    user_action: "Use one of the connector names the daemon reports in its status.",
};

/// A malformed request body.
pub const BAD_REQUEST_BODY: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::InvalidParameter,
    id: "OMIS-INTEGRATION-DAEMON-400-032",
    http_code: 400,
    text: "The request body of {0} is not valid: {1}",
    system_action: "The request is refused.",
    user_action: "Send the body the operation documents.",
};

/// The connector is not running (for a refresh request).
pub const CONNECTOR_NOT_RUNNING: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-INTEGRATION-DAEMON-400-033",
    http_code: 400,
    text: "The integration connector {0} cannot refresh: it is {1}",
    system_action: "Nothing is refreshed.",
    user_action: "Restart the connector, or correct its configuration.",
};

/// The daemon is shutting down.
pub const DAEMON_STOPPING: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    id: "OMIS-INTEGRATION-DAEMON-503-034",
    http_code: 503,
    text: "The integration daemon {0} is shutting down",
    system_action: "The request is refused.",
    user_action: "Retry once the daemon has restarted.",
};

/// A repository kind this build cannot open.
pub const REPOSITORY_UNSUPPORTED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    id: "OMIS-INTEGRATION-DAEMON-500-037",
    http_code: 500,
    text: "This omis cannot open {0} as its repository",
    system_action: "The daemon does not start.",
    user_action: "Use the embedded SQLite repository or PostgreSQL, or an omis built with the needed feature.",
};

/// A request for another server.
pub const UNKNOWN_SERVER: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::InvalidParameter,
    id: "OMIS-INTEGRATION-DAEMON-404-038",
    http_code: 404,
    text: "There is no server {0} here; this is the integration daemon {1}",
    system_action: "The request is refused.",
    user_action: "Use the daemon's name (its configuration's daemon.name) in the path.",
};
