//! The NATS monitor's error messages: Egeria-style definitions with an id, an HTTP code, and what
//! the system did and the user should do.

use topic_integrator::{ErrorKind, ErrorMessageDefinition};

/// The connection names no NATS server.
pub const NATS_MONITOR_ADDRESS_MISSING: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-NATS-MONITOR-400-001",
    http_code: 400,
    text: "The connection {0} of the NATS monitor has no endpoint networkAddress naming the NATS server to catalog",
    system_action: "The connector is not created.",
    user_action: "Set endpoint.networkAddress to the server's address, e.g. nats://broker:4222.",
};

/// The endpoint's address is not one of a NATS server.
pub const NATS_MONITOR_BAD_ADDRESS: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-NATS-MONITOR-400-002",
    http_code: 400,
    text: "The endpoint networkAddress {0} of connection {1} is not the address of a NATS server: {2}",
    system_action: "The connector is not created.",
    user_action: "Set endpoint.networkAddress to nats://host:port (the port defaults to 4222); give credentials as \
                  the connection's userId and clearPassword.",
};

/// A boolean configuration property has another value.
pub const NATS_MONITOR_BAD_BOOLEAN: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-NATS-MONITOR-400-003",
    http_code: 400,
    text: "The configuration property {0} of connection {1} has the value {2}, which is neither true nor false",
    system_action: "The connector is not created.",
    user_action: "Give the property the value true or false (a JSON boolean or the string).",
};

/// A stream name pattern can never match.
pub const NATS_MONITOR_BAD_PATTERN: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-NATS-MONITOR-400-004",
    http_code: 400,
    text: "The configuration property {0} of connection {1} holds the stream name pattern {2}, which {3}",
    system_action: "The connector is not created.",
    user_action: "Give stream names or patterns in which * stands for any characters and ? for one, e.g. ORDERS_*; \
                  stream names contain no dots, spaces, > or path separators.",
};

/// The request timeout is not a number of seconds in range.
pub const NATS_MONITOR_BAD_TIMEOUT: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-NATS-MONITOR-400-005",
    http_code: 400,
    text: "The configuration property {0} of connection {1} has the value {2}, which is not a whole number of seconds from {3} to {4}",
    system_action: "The connector is not created.",
    user_action: "Give a whole number of seconds within the range, or remove the property to use the default.",
};

/// The server name is blank.
pub const NATS_MONITOR_BAD_SERVER_NAME: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-NATS-MONITOR-400-006",
    http_code: 400,
    text: "The configuration property {0} of connection {1} is blank",
    system_action: "The connector is not created.",
    user_action: "Give the name the server's streams are catalogued under, or remove the property to use the \
                  server's host:port.",
};

/// The server cannot be reached.
pub const NATS_MONITOR_UNREACHABLE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-NATS-MONITOR-500-001",
    http_code: 500,
    text: "The NATS monitor {0} cannot reach the NATS server at {1}: {2}",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Check that the server runs and that the daemon's host can reach its client port.",
};

/// The server refused the connection (credentials, TLS).
pub const NATS_MONITOR_REFUSED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-NATS-MONITOR-500-002",
    http_code: 500,
    text: "The NATS server at {1} refused the NATS monitor {0}: {2}",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Check the connection's userId and clearPassword (or the token, as clearPassword without a userId); \
                  a server that requires TLS is not supported.",
};

/// The server does not answer the JetStream API.
pub const NATS_MONITOR_NO_JETSTREAM: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-NATS-MONITOR-500-003",
    http_code: 500,
    text: "The NATS server at {1} does not answer the JetStream API for the NATS monitor {0} ({2})",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Enable JetStream on the server (-js) and for the account the monitor's user belongs to.",
};

/// A JetStream API call failed.
pub const NATS_MONITOR_API_FAILED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-NATS-MONITOR-500-004",
    http_code: 500,
    text: "The NATS monitor {0} could not read {1} from the NATS server at {2}: {3}",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Check the server's health and the user's permissions on $JS.API.>; raise requestTimeoutSeconds \
                  for a slow server.",
};
