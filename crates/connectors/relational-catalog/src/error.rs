//! The relational catalog's error messages: Egeria-style definitions with an id, an HTTP code, and
//! what the system did and the user should do.

use database_integrator::{ErrorKind, ErrorMessageDefinition};

/// The connection has no address of the database.
pub const RELATIONAL_CATALOG_ADDRESS_MISSING: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-RELATIONAL-CATALOG-400-001",
    http_code: 400,
    text: "The connection {0} of the {1} catalog has no endpoint networkAddress naming the database to catalog",
    system_action: "The connector is not created.",
    user_action: "Set endpoint.networkAddress to the database's URL (postgresql://host:5432/db, mysql://host:3306) \
                  or, for SQLite, the path of the database file.",
};

/// The address is not one the technology's client understands.
pub const RELATIONAL_CATALOG_BAD_ADDRESS: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-RELATIONAL-CATALOG-400-002",
    http_code: 400,
    text: "The endpoint networkAddress {0} of connection {1} is not a {2} address: {3}",
    system_action: "The connector is not created.",
    user_action: "Write a PostgreSQL URL (postgresql://user@host:5432/database), a MariaDB/MySQL URL \
                  (mysql://user@host:3306) or an SQLite file path, as the provider expects.",
};

/// A pattern property holds something that is not a list of regular expressions.
pub const RELATIONAL_CATALOG_BAD_PATTERN: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-RELATIONAL-CATALOG-400-003",
    http_code: 400,
    text: "The configuration property {0} of connection {1} holds {2}, which is not a list of regular expressions: {3}",
    system_action: "The connector is not created.",
    user_action: "Give a JSON array of regular expressions (or one string of comma-separated ones); each must \
                  match a whole name.",
};

/// A boolean configuration property has another value.
pub const RELATIONAL_CATALOG_BAD_BOOLEAN: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-RELATIONAL-CATALOG-400-004",
    http_code: 400,
    text: "The configuration property {0} of connection {1} has the value {2}, which is neither true nor false",
    system_action: "The connector is not created.",
    user_action: "Give the property the value true or false (a JSON boolean or the string).",
};

/// A numeric configuration property is not a whole number in range.
pub const RELATIONAL_CATALOG_BAD_NUMBER: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-RELATIONAL-CATALOG-400-005",
    http_code: 400,
    text: "The configuration property {0} of connection {1} has the value {2}, which is not a whole number from {3} to {4}",
    system_action: "The connector is not created.",
    user_action: "Give the property a whole number within the range, or remove it to use the default.",
};

/// The database's catalog could not be read: the server is unreachable, the login was refused, a
/// catalog query failed.
pub const RELATIONAL_CATALOG_UNREADABLE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-RELATIONAL-CATALOG-500-001",
    http_code: 500,
    text: "The {0} catalog {1} cannot read the catalog of {2}: {3}",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Check that the database is up and reachable from the daemon, and that the connection's user may \
                  log in and read the catalog.",
};

/// The harvest stopped without an answer (its task panicked or was cancelled).
pub const RELATIONAL_CATALOG_HARVEST_ABORTED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-RELATIONAL-CATALOG-500-002",
    http_code: 500,
    text: "The {0} catalog {1} stopped while it read the catalog of {2}: {3}",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Report the message to the omis developers with the database's technology and version.",
};

/// The SQLite database file does not exist.
pub const RELATIONAL_CATALOG_FILE_MISSING: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-RELATIONAL-CATALOG-404-001",
    http_code: 404,
    text: "The SQLite catalog {0} cannot find the database file {1}",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Check the endpoint's networkAddress, and that the file is there and readable by the daemon's user.",
};
