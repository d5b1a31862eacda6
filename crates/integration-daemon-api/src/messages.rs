//! The error and audit message definitions of this crate.
//!
//! Ids follow Egeria's scheme: `OMIS-INTEGRATION-DAEMON-API-<http>-<nnn>` for errors and
//! `OMIS-INTEGRATION-DAEMON-API-<nnnn>` for audit messages.

use crate::audit::{AuditLogSeverity, AuditMessageDefinition};
use crate::error::{ErrorKind, ErrorMessageDefinition};

const fn invalid(
    id: &'static str,
    text: &'static str,
    system_action: &'static str,
    user_action: &'static str,
) -> ErrorMessageDefinition {
    ErrorMessageDefinition { kind: ErrorKind::InvalidParameter, id, http_code: 400, text, system_action, user_action }
}

// --- Connections and providers -----------------------------------------------------------------

/// A connection without a connector type.
pub const NULL_CONNECTOR_TYPE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-400-001",
        "The connection {0} has no connector type, so no connector provider can be chosen",
        "No connector is created.",
        "Add a connectorType with the provider name (connectorProviderClassName) to the connection.",
    )
};

/// A connector type without a provider name.
pub const NULL_CONNECTOR_PROVIDER: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-400-002",
        "The connector type of connection {0} does not name a connector provider",
        "No connector is created.",
        "Set connectorType.connectorProviderClassName to one of the registered provider names (`omis connectors` lists them).",
    )
};

/// An unknown provider name.
pub const UNKNOWN_CONNECTOR_PROVIDER: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-400-003",
        "The connector provider {0} named by connection {1} is not registered; the registered providers are: {2}",
        "No connector is created.",
        "Correct the provider name, or register the provider (and enable its feature) in the daemon.",
    )
};

/// Two providers registered under one name.
pub const DUPLICATE_CONNECTOR_PROVIDER: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-004",
    "A connector provider named {0} is already registered",
    "The second registration is refused.",
    "Give each connector provider a unique name.",
);

/// A configuration property with a value of the wrong kind.
pub const BAD_CONFIGURATION_PROPERTY: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-005",
    "The configuration property {0} of connection {1} has the value {2}, which is not a valid {3}",
    "The value is not used.",
    "Correct the value of the configuration property.",
);

/// A blocking connector that does not implement engage.
pub const ENGAGE_IMPLEMENTATION_MISSING: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-400-006",
        "The connector {0} is configured to use blocking calls but does not implement engage()",
        "The connector is not engaged.",
        "Set usesBlockingCalls to false for this connector, or implement engage() in it.",
    )
};

/// A required configuration property is missing.
pub const MISSING_CONFIGURATION_PROPERTY: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-400-007",
        "The connector {0} needs the configuration property {1}, which connection {2} does not supply",
        "The connector cannot run.",
        "Add the configuration property to the connection.",
    )
};

/// The endpoint address is missing.
pub const MISSING_ENDPOINT_ADDRESS: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-400-008",
        "The connector {0} needs an endpoint network address, which connection {1} does not supply",
        "The connector cannot run.",
        "Add an endpoint with a networkAddress to the connection.",
    )
};

/// A provider failed to build its connector.
pub const CONNECTOR_CREATION_FAILED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectionChecked,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-400-009",
        "The connector provider {0} could not create a connector for connection {1}: {2}",
        "No connector is created.",
        "Correct the connection as the message describes.",
    )
};

/// The typed service context was asked for before it was set.
pub const NULL_CONTEXT: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-400-010",
        "The connector {0} has no integration context: {1} was called before set_context",
        "The call fails.",
        "The daemon sets the context before start(); do not call the context from initialize().",
    )
};

/// A connector was given a context of another integration service.
pub const WRONG_SERVICE_CONTEXT: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-400-011",
        "The connector {0} is a {1} connector but was given a context for {2}",
        "The context is not set.",
        "Register the connector's provider under the integration service it implements.",
    )
};

// --- Types and validation ----------------------------------------------------------------------

/// An unknown type name.
pub const UNKNOWN_TYPE: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-020",
    "The type name {0} is not a known open metadata type{1}",
    "The request is refused and nothing is written.",
    "Use one of the types of the type-definition file (Egeria's names, e.g. DataSet, RelationalTable).",
);

/// A type of the wrong category (e.g. a relationship where an entity is needed).
pub const WRONG_TYPE_CATEGORY: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-021",
    "{0} is {1} type, but {2} type is needed here",
    "The request is refused and nothing is written.",
    "Use a type of the right category.",
);

/// An attribute the type does not define.
pub const UNKNOWN_ATTRIBUTE: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-022",
    "The property {0} is not defined for type {1} or its supertypes{2}",
    "The request is refused and nothing is written.",
    "Remove the property, correct its name, or put free-form values in additionalProperties.",
);

/// A property value of the wrong type.
pub const WRONG_VALUE_TYPE: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-023",
    "The property {0} of type {1} must be {2}, but the value supplied is {3}",
    "The request is refused and nothing is written.",
    "Supply a value of the attribute's type.",
);

/// An enum value that is not one of the enum's symbols.
pub const BAD_ENUM_VALUE: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-024",
    "The value {0} of property {1} is not a valid {2}; the valid values are {3}",
    "The request is refused and nothing is written.",
    "Use one of the listed values.",
);

/// A required attribute is missing.
pub const MISSING_REQUIRED_PROPERTY: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-025",
    "The property {0} is required for type {1} but was not supplied",
    "The request is refused and nothing is written.",
    "Supply the property.",
);

/// A relationship end of the wrong type.
pub const WRONG_END_TYPE: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-026",
    "The relationship type {0} needs {1} at end {2}, but element {3} is {4}",
    "The request is refused and nothing is written.",
    "Connect elements of the types the relationship allows.",
);

/// A classification attached to a type it is not valid for.
pub const INVALID_CLASSIFICATION: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-027",
    "The classification {0} cannot be attached to {1}; it is valid for {2}",
    "The request is refused and nothing is written.",
    "Classify an element of a type the classification allows.",
);

/// The type-definition file is not valid.
pub const BAD_TYPE_DEFINITIONS: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-028",
    "The type definitions in {0} are not valid: {1}",
    "The type definitions are not loaded.",
    "Correct the type-definition file.",
);

// --- Context -------------------------------------------------------------------------------------

/// A call on a context after disconnect (Egeria's `validateIsActive`).
pub const CONTEXT_DISCONNECTED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::UserNotAuthorized,
    id: "OMIS-INTEGRATION-DAEMON-API-403-030",
    http_code: 403,
    text: "The integration context of connector {0} is disconnected; {1} was called after disconnect",
    system_action: "The call is refused.",
    user_action: "Do not use the context after the connector has been disconnected.",
};

/// A write the permitted synchronization forbids.
pub const SYNCHRONIZATION_FORBIDS_WRITE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::UserNotAuthorized,
    id: "OMIS-INTEGRATION-DAEMON-API-403-031",
    http_code: 403,
    text: "The connector {0} has permitted synchronization {1}, which does not allow it to change open metadata ({2})",
    system_action: "The write is refused and the repository is left as it was.",
    user_action: "Configure the connector with FROM_THIRD_PARTY or BOTH_DIRECTIONS if it should write to open metadata.",
};

/// A push to the third party the permitted synchronization forbids.
pub const SYNCHRONIZATION_FORBIDS_PUSH: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::UserNotAuthorized,
    id: "OMIS-INTEGRATION-DAEMON-API-403-032",
    http_code: 403,
    text: "The connector {0} has permitted synchronization {1}, which does not allow it to push open metadata to the third party ({2})",
    system_action: "The call is refused.",
    user_action: "Configure the connector with TO_THIRD_PARTY or BOTH_DIRECTIONS if it should update the third party.",
};

// --- Synchronizer --------------------------------------------------------------------------------

/// A synchronizer on a context without a metadata source.
pub const SYNCHRONIZER_NEEDS_SOURCE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-400-040",
        "The connector {0} has no metadata source, so it cannot correlate what it synchronizes",
        "The synchronizer is not created.",
        "Create the context with IntegrationContext::connect, as the daemon does.",
    )
};

/// An empty key.
pub const BAD_SYNC_KEY: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-041",
    "An item of scope {0} has an empty key",
    "The item is refused.",
    "Give every item the third party's identifier for it.",
);

/// A key seen twice in one enumeration.
pub const DUPLICATE_SYNC_KEY: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-042",
    "The key {0} appears twice in the enumeration of scope {1}",
    "The second item is refused and nothing will be removed from the scope.",
    "Make the connector give each item a key of its own.",
);

/// A reference to a key that is not correlated.
pub const UNKNOWN_SYNC_KEY: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-043",
    "The key {0} is not correlated with any element in metadata source {1} (referenced from scope {2})",
    "The item is refused.",
    "Synchronize the referenced item before the items that refer to it.",
);

// --- Typed method families -----------------------------------------------------------------------

/// A bean asks for a type that is not a subtype of the kind's type.
pub const NOT_A_SUBTYPE: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-050",
    "The type {0} requested for a {1} in {2} is not {3} or one of its subtypes",
    "Nothing is written.",
    "Set typeName to {3} or one of its subtypes, or leave it out.",
);

/// A GUID names an element of another kind.
pub const WRONG_ELEMENT_KIND: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-051",
    "The element {0} is a {1}, not a {2}, so {3} cannot use it",
    "Nothing is written or returned.",
    "Pass the GUID of a {2}; the find and get calls of the context return them.",
);

/// A GUID names no element.
pub const UNKNOWN_ELEMENT: ErrorMessageDefinition = ErrorMessageDefinition {
    http_code: 404,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-404-052",
        "No {0} with GUID {1} is in the repository ({2})",
        "Nothing is written or returned.",
        "Check the GUID: the element may have been removed, or the GUID may belong to another repository.",
    )
};

/// A child kind was created without its parent.
pub const MISSING_PARENT: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-053",
    "{0} needs the GUID of the element the new {1} belongs to",
    "Nothing is written.",
    "Pass the parent's GUID.",
);

/// No relationship of the kind joins two elements.
pub const UNKNOWN_RELATIONSHIP: ErrorMessageDefinition = ErrorMessageDefinition {
    http_code: 404,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-404-054",
        "No {0} relationship joins {1} and {2} ({3})",
        "Nothing is removed.",
        "Check the GUIDs and their order (end 1 first).",
    )
};

/// A schema attribute's parent cannot hold attributes.
pub const BAD_SCHEMA_PARENT: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-055",
    "The element {0} ({1}) has a schema type {2} ({3}) that cannot hold attributes, so {4} cannot add a {5} to it",
    "Nothing is written.",
    "Attach a complex schema type (for example a RootSchemaType subtype) to the parent, or pass another parent.",
);

/// A call of an exchange service that the connector's configuration disabled.
pub const DISABLED_EXCHANGE_SERVICE: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::UserNotAuthorized,
    id: "OMIS-INTEGRATION-DAEMON-API-403-056",
    http_code: 403,
    text: "The {0} of connector {1} is disabled by its disabledExchangeServices configuration property, so {2} is refused",
    system_action: "The call is refused.",
    user_action: "Remove {0} from disabledExchangeServices if the connector should use it.",
};

/// A reference to a synchronizer key that has not been upserted in this enumeration.
pub const PARENT_KEY_NOT_YET_SEEN: ErrorMessageDefinition = invalid(
    "OMIS-INTEGRATION-DAEMON-API-400-057",
    "The parent key {0} of item {1} in scope {2} has not been synchronized in this enumeration yet",
    "The item is refused.",
    "Upsert a parent before its children, or pass the parent's GUID.",
);

/// A synchronizer's background task (a write, or reading its scope) ended without an answer.
pub const SYNCHRONIZER_WRITE_ABORTED: ErrorMessageDefinition = ErrorMessageDefinition {
    kind: ErrorKind::ConnectorChecked,
    http_code: 500,
    ..invalid(
        "OMIS-INTEGRATION-DAEMON-API-500-058",
        "A background task of the synchronizer of scope {0} ended without an answer: {1}",
        "The enumeration is marked incomplete: nothing is removed at its end. A write in progress was committed whole or not at all.",
        "Look for a panic or a shutdown at that time; the next refresh repeats the enumeration.",
    )
};

// --- Audit messages -----------------------------------------------------------------------------

/// A connector was created by its provider.
pub const CONNECTOR_CREATED: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-API-0001",
    severity: AuditLogSeverity::Startup,
    text: "The connector provider {0} created connector instance {1} for connection {2}",
    system_action: "The connector is initialized and its audit log is set.",
    user_action: "No action is required.",
};

/// A connection could not be turned into a connector.
pub const BAD_CONNECTION: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-API-0002",
    severity: AuditLogSeverity::Error,
    text: "No connector could be created for connection {0}: {1}",
    system_action: "The connector is not created.",
    user_action: "Correct the connection as the message describes.",
};

/// A context found or created its metadata source.
pub const METADATA_SOURCE_RESOLVED: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-API-0003",
    severity: AuditLogSeverity::Startup,
    text: "The connector {0} uses metadata source {1} ({2}), which {3} the elements it creates",
    system_action: "Correlations are scoped to the metadata source.",
    user_action: "No action is required.",
};

/// The counts of a refresh.
pub const REFRESH_REPORT: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-API-0004",
    severity: AuditLogSeverity::Activity,
    text: "The connector {0} refreshed: {1} created, {2} updated, {3} unchanged, {4} removed",
    system_action: "The integration report is kept with the connector's status.",
    user_action: "No action is required.",
};

/// Removal skipped because the enumeration was incomplete.
pub const REMOVAL_SKIPPED_INCOMPLETE: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-API-0005",
    severity: AuditLogSeverity::Decision,
    text: "The connector {0} removed nothing from scope {1} because its enumeration was incomplete: {2}",
    system_action: "Elements that were not found stay until an enumeration completes.",
    user_action: "Look at why the enumeration failed; the next complete refresh removes what vanished.",
};

/// Removal skipped by the fail-safe.
pub const REMOVAL_SKIPPED_FAIL_SAFE: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-API-0006",
    severity: AuditLogSeverity::Action,
    text: "The connector {0} removed nothing from scope {1}: {2}",
    system_action: "Elements that were not found stay, in case the source is only partly reachable.",
    user_action: "If the items were really removed, raise the fail-safe threshold for one refresh or remove them by hand.",
};

/// A connector used its typed context before it was set (Egeria's `NULL_CONTEXT` audit message).
pub const NO_CONTEXT: AuditMessageDefinition = AuditMessageDefinition {
    id: "OMIS-INTEGRATION-DAEMON-API-0007",
    severity: AuditLogSeverity::Error,
    text: "The connector {0} called {1} before its integration context was set",
    system_action: "The call fails with a connector error.",
    user_action: "Use the context only from start(), refresh(), engage() and the event handlers, which run after set_context.",
};
