//! The metadata server's error definitions.

use integration_daemon_api::{ErrorKind, ErrorMessageDefinition};

/// A token was asked for with a wrong user or password.
pub const BAD_CREDENTIALS: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::UserNotAuthorized,
    id: "OMIS-OPEN-METADATA-SERVER-401-001",
    http_code: 401,
    text: "The user id or password is not valid",
    system_action: "No token is issued.",
    user_action: "Use a user of the server's configuration.",
};

/// A request came without a valid bearer token.
pub const NOT_AUTHENTICATED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::UserNotAuthorized,
    id: "OMIS-OPEN-METADATA-SERVER-401-002",
    http_code: 401,
    text: "The request has no valid bearer token",
    system_action: "The request is refused.",
    user_action: "Get a token from POST /api/token and send it as Authorization: Bearer <token>.",
};

/// A request body could not be read as the operation's body.
pub const BAD_REQUEST_BODY: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::InvalidParameter,
    id: "OMIS-OPEN-METADATA-SERVER-400-003",
    http_code: 400,
    text: "The request body of {0} is not valid: {1}",
    system_action: "The request is refused; nothing is changed.",
    user_action: "Send the body the operation documents (integration_daemon_api::wire).",
};

/// A request body was larger than the server accepts.
pub const BODY_TOO_LARGE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::InvalidParameter,
    id: "OMIS-OPEN-METADATA-SERVER-413-004",
    http_code: 413,
    text: "The request body of {0} is larger than the {1} bytes this server accepts",
    system_action: "The request is refused; nothing is changed.",
    user_action: "Send smaller batches.",
};

/// The path names another server.
pub const UNKNOWN_SERVER: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::InvalidParameter,
    id: "OMIS-OPEN-METADATA-SERVER-404-005",
    http_code: 404,
    text: "There is no server {0} here; this is the metadata server {1}",
    system_action: "The request is refused.",
    user_action: "Use the server's name in the path.",
};

/// A query parameter could not be read.
pub const BAD_QUERY_PARAMETER: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::InvalidParameter,
    id: "OMIS-OPEN-METADATA-SERVER-400-006",
    http_code: 400,
    text: "The query parameter {0} of {1} is not valid: {2}",
    system_action: "The request is refused.",
    user_action: "Send a number.",
};
