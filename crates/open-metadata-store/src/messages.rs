//! The error and audit message definitions of the repository.

use integration_daemon_api::{AuditLogSeverity, AuditMessageDefinition, ErrorKind, ErrorMessageDefinition};

const fn invalid(id: &'static str, text: &'static str, user_action: &'static str) -> ErrorMessageDefinition {
    ErrorMessageDefinition {
        kind: ErrorKind::InvalidParameter,
        id,
        http_code: 400,
        text,
        system_action: "The request is refused and the repository is left as it was.",
        user_action,
    }
}

const fn not_found(id: &'static str, text: &'static str, user_action: &'static str) -> ErrorMessageDefinition {
    ErrorMessageDefinition { http_code: 404, ..invalid(id, text, user_action) }
}

const fn refused(id: &'static str, text: &'static str, user_action: &'static str) -> ErrorMessageDefinition {
    ErrorMessageDefinition { kind: ErrorKind::UserNotAuthorized, http_code: 403, ..invalid(id, text, user_action) }
}

/// An element that does not exist (or is deleted).
pub const ELEMENT_NOT_FOUND: ErrorMessageDefinition = not_found(
    "OMIS-OPEN-METADATA-STORE-404-001",
    "The element {0} is not in the repository",
    "Check the GUID; the element may have been deleted.",
);

/// A relationship that does not exist.
pub const RELATIONSHIP_NOT_FOUND: ErrorMessageDefinition = not_found(
    "OMIS-OPEN-METADATA-STORE-404-002",
    "The relationship {0} is not in the repository",
    "Check the GUID; the relationship may have been deleted.",
);

/// A correlation that does not exist.
pub const CORRELATION_NOT_FOUND: ErrorMessageDefinition = not_found(
    "OMIS-OPEN-METADATA-STORE-404-003",
    "There is no correlation of external identifier {0} in scope {1} with element {2}",
    "Link the external identifier to the element before confirming its synchronization.",
);

/// A GUID used twice.
pub const DUPLICATE_GUID: ErrorMessageDefinition = invalid(
    "OMIS-OPEN-METADATA-STORE-400-004",
    "The GUID {0} is already in use",
    "Let the repository generate the GUID, or supply one that is not in use.",
);

/// A blank GUID.
pub const BAD_GUID: ErrorMessageDefinition =
    invalid("OMIS-OPEN-METADATA-STORE-400-005", "The GUID '{0}' is blank", "Supply a non-blank GUID or none.");

/// A qualified name used twice.
pub const DUPLICATE_QUALIFIED_NAME: ErrorMessageDefinition = invalid(
    "OMIS-OPEN-METADATA-STORE-400-006",
    "The qualifiedName {0} is already used by element {1}",
    "Qualified names are unique: choose another, or update the existing element.",
);

/// A status that cannot be set this way.
pub const BAD_STATUS: ErrorMessageDefinition = invalid(
    "OMIS-OPEN-METADATA-STORE-400-007",
    "The status {0} cannot be set this way",
    "Delete elements with DeleteElement; it removes their dependents and correlations too.",
);

/// A classification maintained by the repository.
pub const RESERVED_CLASSIFICATION: ErrorMessageDefinition = invalid(
    "OMIS-OPEN-METADATA-STORE-400-008",
    "The classification {0} is maintained by the repository and cannot be set or removed directly",
    "Anchors follow from parents and anchorGUID at creation; Memento from DeleteElement with ARCHIVE.",
);

/// A duplicate relationship of a type that allows one per pair.
pub const RELATIONSHIP_EXISTS: ErrorMessageDefinition = invalid(
    "OMIS-OPEN-METADATA-STORE-400-009",
    "A {0} relationship already joins {1} and {2} (relationship {3}) with other properties",
    "Update the existing relationship instead of creating another.",
);

/// A relationship that would give an end more elements than its cardinality allows.
pub const CARDINALITY_EXCEEDED: ErrorMessageDefinition = invalid(
    "OMIS-OPEN-METADATA-STORE-400-010",
    "The element {1} already has a {0} relationship whose end {2} is {3} (relationship {4}); that end allows at most one element",
    "Remove the existing relationship first, or link to the element it already has.",
);

/// A change to something another metadata source owns.
pub const OWNED_BY_ANOTHER_SOURCE: ErrorMessageDefinition = refused(
    "OMIS-OPEN-METADATA-STORE-403-011",
    "The element or relationship {0} is owned by metadata source {1}; {2} may not {3} it",
    "Only the owning metadata source (its integration connector) may change it.",
);

/// A correlation in another source's scope.
pub const FOREIGN_CORRELATION_SCOPE: ErrorMessageDefinition = refused(
    "OMIS-OPEN-METADATA-STORE-403-012",
    "{0} may not change correlations in the scope of metadata source {1}",
    "A connector records external identifiers only in its own metadata source's scope.",
);

/// An empty external identifier.
pub const BAD_EXTERNAL_KEY: ErrorMessageDefinition = invalid(
    "OMIS-OPEN-METADATA-STORE-400-013",
    "An external identifier for element {0} has an empty key",
    "Supply the third party's identifier.",
);

/// A search string that is not a valid regular expression.
pub const BAD_SEARCH_STRING: ErrorMessageDefinition = invalid(
    "OMIS-OPEN-METADATA-STORE-400-014",
    "The search string {0} is not a valid regular expression: {1}",
    "Correct the regular expression, or set startsWith/endsWith to search for the text literally.",
);

/// A unique-name lookup that found several elements.
pub const NAME_NOT_UNIQUE: ErrorMessageDefinition = invalid(
    "OMIS-OPEN-METADATA-STORE-400-015",
    "More than one element has {0} = {1}",
    "Look the elements up with a search or by a unique property such as qualifiedName.",
);

/// The database refused a write because of a constraint.
pub const CONSTRAINT_VIOLATION: ErrorMessageDefinition = invalid(
    "OMIS-OPEN-METADATA-STORE-400-016",
    "The repository refused the write: {0}",
    "Another writer may have created the same element at the same time; retry the batch.",
);

/// An operation this version does not implement.
pub const UNSUPPORTED_OPERATION: ErrorMessageDefinition = invalid(
    "OMIS-OPEN-METADATA-STORE-400-017",
    "The write operation {0} is not supported by this repository",
    "Upgrade the repository to the version of the caller.",
);

/// A stored row that cannot be read.
pub const CORRUPT_ROW: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    http_code: 500,
    ..invalid(
        "OMIS-OPEN-METADATA-STORE-500-018",
        "A row of table {0} holds a value omis cannot read: {1}",
        "The repository was written by another program or version; restore it from a backup.",
    )
};

/// The database is busy or unreachable (retryable).
pub const STORE_UNAVAILABLE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    http_code: 503,
    ..invalid(
        "OMIS-OPEN-METADATA-STORE-503-019",
        "The {0} repository is not available: {1}",
        "Retry later; check that the database server is running.",
    )
};

/// The database failed.
pub const STORE_FAILED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    http_code: 500,
    ..invalid(
        "OMIS-OPEN-METADATA-STORE-500-020",
        "The {0} repository failed: {1}",
        "Look at the cause; the write was rolled back.",
    )
};

/// A blocking task of the store failed.
pub const STORE_TASK_FAILED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    http_code: 500,
    ..invalid(
        "OMIS-OPEN-METADATA-STORE-500-021",
        "A repository task failed: {0}",
        "Look at the cause; any write in progress was rolled back.",
    )
};

/// The repository could not be opened.
pub const OPEN_FAILED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    http_code: 503,
    ..invalid(
        "OMIS-OPEN-METADATA-STORE-503-022",
        "The repository at {0} could not be opened: {1}",
        "Check the path or URL, the permissions and that the database server is running.",
    )
};

/// The repository was created by a newer omis.
pub const SCHEMA_TOO_NEW: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::PropertyServer,
    http_code: 500,
    ..invalid(
        "OMIS-OPEN-METADATA-STORE-500-023",
        "The repository at {0} has schema version {1}, newer than this omis understands ({2})",
        "Use a newer omis with this repository.",
    )
};

/// The repository was opened.
pub const STORE_OPENED: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-OPEN-METADATA-STORE-0001",
    severity: AuditLogSeverity::Startup,
    text: "The {0} repository at {1} is open (schema version {2})",
    system_action: "Connectors and servers can use the repository.",
    user_action: "No action is required.",
};

/// The search index is not available on PostgreSQL.
pub const NO_TRIGRAM_INDEX: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-OPEN-METADATA-STORE-0002",
    severity: AuditLogSeverity::Error,
    text: "The pg_trgm extension is not available in {0}: searches will scan instead of using an index ({1})",
    system_action: "Searches still work, more slowly on large repositories.",
    user_action: "Install PostgreSQL's contrib package (pg_trgm) and restart omis.",
};
