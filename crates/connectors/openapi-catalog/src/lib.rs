//! # openapi-catalog-connector
//!
//! The API integration service's OpenAPI cataloguer (`omis.api.openapi`): it catalogs OpenAPI
//! 3.0 and 3.1 documents, in JSON or YAML, and keeps the catalog in step, refresh after refresh.
//! Its source (`endpoint.networkAddress`) is a document file, a folder of documents (every
//! `*.json`, `*.yaml` and `*.yml` directly in it, hidden files aside) or an `http://` URL.
//!
//! For each document:
//!
//! - the API, a `DeployedAPI` (title, version, description; the OpenAPI version, the document's
//!   location and format and the servers as additional properties);
//! - its operations, `APIOperation`s under the API's `APISchemaType`: method (`command`) and
//!   path, `operationId` (`identifier` and display name), description, and summary, tags and
//!   deprecation as additional properties;
//! - each operation's parameter lists, `APIParameterList`s attached by `APIHeader` (header and
//!   cookie parameters), `APIRequest` (path and query parameters, and the request body as the
//!   parameter `body`) and `APIResponse` (a parameter per status code, with the body's properties
//!   and the response headers nested in it);
//! - the parameters, `APIParameter`s with their schemas: name, data type, `nativeClass` (the
//!   schema's name; `Pet[]` for an array), required (`minCardinality` 1), nullable, lengths,
//!   default and fixed values, and the format, pattern, enum, bounds, read/write-only and
//!   deprecation as additional properties. An object's properties are nested parameters
//!   (`NestedSchemaAttribute`); an array is catalogued as its item type (`maxCardinality` -1 or
//!   `maxItems`); `allOf` is merged; the alternatives of `oneOf`/`anyOf` are nested parameters.
//!   Local `$ref`s are resolved, a schema met again on its own path is not expanded again, and
//!   nesting stops at `maxSchemaDepth`.
//!
//! ## How a refresh works
//!
//! Every document of the source is read and understood first. Then each readable document is
//! synchronized in a scope of its own (its location): an unchanged document causes no write, a
//! changed one updates what changed, and what it no longer describes is removed (under the
//! synchronizer's fail-safe threshold).
//!
//! - A document that cannot be read or is not a valid OpenAPI 3.0/3.1 document (or whose writes
//!   fail) is not synchronized at all, so nothing catalogued from it changes or goes; it is named
//!   with its problem in the audit log (`OMIS-OPENAPI-CATALOG-0001`), in the refresh's report notes
//!   and in the statistics (`documentsFailed`, `failedDocuments`). The refresh **succeeds** when at
//!   least one document was catalogued: the connector keeps running and the next refresh tries the
//!   failed documents again.
//! - The refresh **fails**, changing nothing, when the source cannot be read (a missing file or
//!   folder, an unreachable URL, an http error), when its only document cannot be catalogued,
//!   when a folder holds no document, or when none of a folder's documents can be catalogued.
//! - A document that is no longer in the folder has what was catalogued from it removed — unless
//!   half or more of the folder's catalogued documents vanished at once (and more than one), which
//!   is reported instead (`OMIS-OPENAPI-CATALOG-0002`).
//!
//! `https://` URLs are refused at validation: the connector is built without TLS (see the
//! README). The provider, [`OpenApiCatalogProvider`], is registered by the daemon.

mod config;
mod connector;
mod document;
mod error;
mod mapping;
mod openapi;
mod provider;
mod source;

pub use config::{
    CONFIGURATION_PROPERTIES, DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_PARAMETERS, DEFAULT_MAX_SCHEMA_DEPTH,
    DEFAULT_TIMEOUT_SECONDS, MAX_DOCUMENT_BYTES, MAX_PARAMETERS, MAX_SCHEMA_DEPTH, OpenApiCatalogConfig, Source,
    TIMEOUT_SECONDS,
};
pub use connector::OpenApiCatalogConnector;
pub use error::{
    OPENAPI_API_REMOVED, OPENAPI_BAD_ADDRESS, OPENAPI_BAD_NUMBER, OPENAPI_DOCUMENT_SKIPPED, OPENAPI_DOCUMENT_UNUSABLE,
    OPENAPI_FOLDER_EMPTY, OPENAPI_HTTPS_UNSUPPORTED, OPENAPI_NO_DOCUMENT_USABLE, OPENAPI_REMOVAL_SKIPPED,
    OPENAPI_SOURCE_MISSING, OPENAPI_SOURCE_UNREADABLE,
};
pub use mapping::{
    DOCUMENT_LOCATION, api_qualified_name, list_label, operation_qualified_name, parameter_list_qualified_name,
    parameter_qualified_name,
};
pub use openapi::Limits;
pub use provider::{OpenApiCatalogProvider, PROVIDER_NAME};
