//! The OpenAPI cataloguer's messages: Egeria-style error definitions (id, HTTP code, what the
//! system did and what the user should do) and its audit-log messages.

use api_integrator::{AuditLogSeverity, AuditMessageDefinition, ErrorKind, ErrorMessageDefinition};

/// The connection names no source.
pub const OPENAPI_SOURCE_MISSING: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-OPENAPI-CATALOG-400-001",
    http_code: 400,
    text: "The connection {0} of the OpenAPI cataloguer has no endpoint networkAddress naming the OpenAPI document, \
           folder of documents or http URL to catalog",
    system_action: "The connector is not created.",
    user_action: "Set endpoint.networkAddress to a document file, a folder of documents or an http:// URL.",
};

/// A number configuration property is not a whole number in range.
pub const OPENAPI_BAD_NUMBER: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-OPENAPI-CATALOG-400-002",
    http_code: 400,
    text: "The configuration property {0} of connection {1} has the value {2}, which is not a whole number from {3} to {4}",
    system_action: "The connector is not created.",
    user_action: "Give the property a whole number within the range, or remove it to use the default.",
};

/// The source is an https URL, which this build cannot fetch.
pub const OPENAPI_HTTPS_UNSUPPORTED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-OPENAPI-CATALOG-400-003",
    http_code: 400,
    text: "The connection {0} names the https URL {1}, but the OpenAPI cataloguer is built without TLS and fetches \
           http:// URLs only",
    system_action: "The connector is not created.",
    user_action: "Catalog a local copy of the document (a file or a folder), or serve it over http:// inside a \
                  trusted network.",
};

/// The source is a URL of a scheme the connector cannot read.
pub const OPENAPI_BAD_ADDRESS: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    id: "OMIS-OPENAPI-CATALOG-400-004",
    http_code: 400,
    text: "The connection {0} names the source {1}, which the OpenAPI cataloguer cannot use: {2}",
    system_action: "The connector is not created.",
    user_action: "Set endpoint.networkAddress to a document file, a folder of documents (paths in UTF-8) or an \
                  http:// URL.",
};

/// The source (a file or folder) cannot be read.
pub const OPENAPI_SOURCE_UNREADABLE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-OPENAPI-CATALOG-500-001",
    http_code: 500,
    text: "The OpenAPI cataloguer {0} cannot read its source {1}: {2}",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Check that the file or folder exists and that the daemon's user may read it.",
};

/// The single document of the source cannot be read or catalogued.
pub const OPENAPI_DOCUMENT_UNUSABLE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-OPENAPI-CATALOG-500-002",
    http_code: 500,
    text: "The OpenAPI cataloguer {0} cannot catalog the document {1}: {2}",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Correct the document (or make it reachable); it must be an OpenAPI 3.0 or 3.1 document in JSON or \
                  YAML.",
};

/// None of the documents of a folder can be catalogued.
pub const OPENAPI_NO_DOCUMENT_USABLE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-OPENAPI-CATALOG-500-003",
    http_code: 500,
    text: "The OpenAPI cataloguer {0} could catalog none of the {1} documents in {2}; the first, {3}: {4}",
    system_action: "Nothing is changed in the repository; the next refresh tries again.",
    user_action: "Correct the documents; the connector's audit log names each one and what is wrong with it.",
};

/// A folder holds no document.
pub const OPENAPI_FOLDER_EMPTY: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    id: "OMIS-OPENAPI-CATALOG-500-004",
    http_code: 500,
    text: "The OpenAPI cataloguer {0} found no document (*.json, *.yaml, *.yml) in the folder {1}",
    system_action: "Nothing is changed in the repository, so an emptied folder does not remove the catalogued APIs; \
                    the next refresh tries again.",
    user_action: "Put the OpenAPI documents back in the folder, or point the connector at another source.",
};

/// One document could not be catalogued while the others were.
pub const OPENAPI_DOCUMENT_SKIPPED: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-OPENAPI-CATALOG-0001",
    severity: AuditLogSeverity::Error,
    text: "The OpenAPI cataloguer {0} did not catalog the document {1}: {2}",
    system_action: "The other documents are catalogued. Nothing catalogued from this document is changed or \
                    removed until it can be read again.",
    user_action: "Correct the document; the next refresh catalogs it.",
};

/// Documents vanished from the folder, too many at once to remove their APIs.
pub const OPENAPI_REMOVAL_SKIPPED: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-OPENAPI-CATALOG-0002",
    severity: AuditLogSeverity::Action,
    text: "The OpenAPI cataloguer {0} did not remove the APIs of {1} of the {2} documents catalogued from {3}, which \
           are no longer there: at or above the fail-safe share of half",
    system_action: "The APIs stay, in case the folder is only being rewritten.",
    user_action: "If the documents were really removed, remove them in smaller steps, or remove their APIs by hand.",
};

/// The API of a document that vanished from the folder was removed.
pub const OPENAPI_API_REMOVED: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-OPENAPI-CATALOG-0003",
    severity: AuditLogSeverity::Info,
    text: "The OpenAPI cataloguer {0} removed what it catalogued from the document {1}, which is no longer in {2} \
           ({3} elements and relationships)",
    system_action: "The API, its operations, parameter lists and parameters are removed.",
    user_action: "None.",
};
