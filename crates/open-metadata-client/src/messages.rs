//! The REST client's error definitions.

use integration_daemon_api::{ErrorKind, ErrorMessageDefinition};

/// The HTTP client could not be built or a body could not be written.
pub const CLIENT_FAILED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    id: "OMIS-OPEN-METADATA-CLIENT-500-001",
    http_code: 500,
    text: "The metadata server client failed: {0}",
    system_action: "The request is not sent.",
    user_action: "Report this problem.",
};

/// The platform URL is not an http(s) URL.
pub const BAD_PLATFORM_URL: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::InvalidParameter,
    id: "OMIS-OPEN-METADATA-CLIENT-400-002",
    http_code: 400,
    text: "The metadata server's platform URL {0} is not an http:// or https:// URL",
    system_action: "No connection is made.",
    user_action: "Give the server's platform URL, e.g. http://metadata.example.com:9443.",
};

/// The server could not be reached (after the retries).
pub const SERVER_UNREACHABLE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    id: "OMIS-OPEN-METADATA-CLIENT-503-003",
    http_code: 503,
    text: "The metadata server at {0} (server {1}) could not be reached: {2}",
    system_action: "The request failed after its retries; a write that may have reached the server is not repeated.",
    user_action: "Check that the server runs (omis serve) and the network path to it.",
};

/// The server answered with an HTTP error and no envelope.
pub const SERVER_REFUSED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    id: "OMIS-OPEN-METADATA-CLIENT-502-004",
    http_code: 502,
    text: "The metadata server {0} answered {1}: {2}",
    system_action: "The request failed.",
    user_action: "Look at the server's log for the cause.",
};

/// The server's answer was not an Egeria envelope of the expected class.
pub const BAD_RESPONSE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    id: "OMIS-OPEN-METADATA-CLIENT-502-005",
    http_code: 502,
    text: "The metadata server {0} sent an answer that could not be read: {1}",
    system_action: "The request failed.",
    user_action: "Check that the URL names an omis metadata server of a matching version.",
};

/// The user and password were refused when asking for a token.
pub const LOGIN_REFUSED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::UserNotAuthorized,
    id: "OMIS-OPEN-METADATA-CLIENT-401-006",
    http_code: 401,
    text: "The metadata server refused the user {0} a token at {1}",
    system_action: "No connection is made.",
    user_action: "Check the user id and password the daemon's repository configuration gives.",
};

/// A renewed token was refused too.
pub const NOT_AUTHORIZED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::UserNotAuthorized,
    id: "OMIS-OPEN-METADATA-CLIENT-401-007",
    http_code: 401,
    text: "The metadata server refused the token of user {0} at {1}, also after renewing it",
    system_action: "The request failed.",
    user_action: "Check the server's users.",
};
