//! The receiver's error and audit messages: Egeria-style definitions with an id, an HTTP code or
//! severity, and what the system did and the user should do.

use integration_daemon_api::{AuditLogSeverity, AuditMessageDefinition};
use lineage_integrator::{ErrorKind, ErrorMessageDefinition};

/// The connection has no listen address.
pub const OPENLINEAGE_RECEIVER_NO_ADDRESS: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-OPENLINEAGE-RECEIVER-400-001",
    http_code: 400,
    text: "The connection {0} of the OpenLineage receiver has no endpoint networkAddress naming the address to listen on",
    system_action: "The connector is not created.",
    user_action: "Set endpoint.networkAddress to host:port, e.g. 0.0.0.0:5000 (port 0 picks a free port).",
};

/// The listen address cannot be used.
pub const OPENLINEAGE_RECEIVER_BAD_ADDRESS: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-OPENLINEAGE-RECEIVER-400-002",
    http_code: 400,
    text: "The endpoint networkAddress {0} of connection {1} is not an address to listen on: {2}",
    system_action: "The connector is not created.",
    user_action: "Set endpoint.networkAddress to host:port (an IP address or a host name, and a port from 0 to 65535); http:// may precede it, https is not served.",
};

/// A boolean configuration property has another value.
pub const OPENLINEAGE_RECEIVER_BAD_BOOLEAN: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-OPENLINEAGE-RECEIVER-400-003",
    http_code: 400,
    text: "The configuration property {0} of connection {1} has the value {2}, which is neither true nor false",
    system_action: "The connector is not created.",
    user_action: "Give the property the value true or false (a JSON boolean or the string).",
};

/// A numeric configuration property is out of range.
pub const OPENLINEAGE_RECEIVER_BAD_NUMBER: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-OPENLINEAGE-RECEIVER-400-004",
    http_code: 400,
    text: "The configuration property {0} of connection {1} has the value {2}, which is not a whole number from {3} to {4}",
    system_action: "The connector is not created.",
    user_action: "Give the property a whole number within the range, or remove it to use the default.",
};

/// The listen address could not be bound.
pub const OPENLINEAGE_RECEIVER_CANNOT_LISTEN: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-OPENLINEAGE-RECEIVER-500-001",
    http_code: 500,
    text: "The OpenLineage receiver {0} cannot listen on {1}: {2}",
    system_action: "The connector does not start.",
    user_action: "Choose a free port (or port 0), an address of this host, and a port the daemon's user may open.",
};

/// The receiver is not running: events cannot be written.
pub const OPENLINEAGE_RECEIVER_NOT_RUNNING: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-OPENLINEAGE-RECEIVER-503-001",
    http_code: 503,
    text: "The OpenLineage receiver {0} is not running, so the run event was not recorded",
    system_action: "The event is not acknowledged; nothing is written for it.",
    user_action: "Send the event again once the connector runs (OpenLineage clients retry on 503).",
};

/// The writer or the HTTP server stopped on its own.
pub const OPENLINEAGE_RECEIVER_TASK_ENDED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-OPENLINEAGE-RECEIVER-500-002",
    http_code: 500,
    text: "The {1} of the OpenLineage receiver {0} stopped unexpectedly: {2}",
    system_action: "The connector fails; events are no longer acknowledged.",
    user_action: "Look for the cause in the audit log, then restart the connector.",
};

/// The receiver listens.
pub const OPENLINEAGE_RECEIVER_LISTENING: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-OPENLINEAGE-RECEIVER-0001",
    severity: AuditLogSeverity::Startup,
    text: "The OpenLineage receiver {0} is listening for run events on http://{1}{2}",
    system_action: "Each run event is written to the repository before it is acknowledged.",
    user_action: "Point OpenLineage clients (HttpTransport url) at this address.",
};

/// A batch of events could not be written.
pub const OPENLINEAGE_RECEIVER_WRITE_FAILED: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-OPENLINEAGE-RECEIVER-0002",
    severity: AuditLogSeverity::Error,
    text: "The OpenLineage receiver {0} could not record {1} run event(s): {2}",
    system_action: "The events are not acknowledged (HTTP 503), or stay on the lineage service's queue to be tried again.",
    user_action: "Check the repository; senders retry.",
};

/// A job or dataset has the qualified name of an element of another kind.
pub const OPENLINEAGE_RECEIVER_NAME_TAKEN: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-OPENLINEAGE-RECEIVER-0003",
    severity: AuditLogSeverity::Decision,
    text: "The OpenLineage receiver {0} leaves out the {1} {2}: the qualified name belongs to a {3}",
    system_action: "The element and the lineage that touches it are not recorded; the rest of the event is.",
    user_action: "Rename the job or dataset, or the element that holds the name.",
};

/// An event from the lineage service's queue can never be recorded.
pub const OPENLINEAGE_RECEIVER_EVENT_DROPPED: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-OPENLINEAGE-RECEIVER-0004",
    severity: AuditLogSeverity::Error,
    text: "The OpenLineage receiver {0} drops the run event of job {1} (run {2}) published to the lineage service: {3}",
    system_action: "The event is not recorded and not tried again.",
    user_action: "Correct the event at its source and publish it again.",
};

/// The receiver stopped listening.
pub const OPENLINEAGE_RECEIVER_STOPPED: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-OPENLINEAGE-RECEIVER-0005",
    severity: AuditLogSeverity::Shutdown,
    text: "The OpenLineage receiver {0} stopped listening on {1} after recording {2} run event(s)",
    system_action: "Events sent to the address are refused until the connector starts again.",
    user_action: "None.",
};
