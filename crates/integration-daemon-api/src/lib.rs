//! # integration-daemon-api
//!
//! The core of omis, a Rust implementation of Egeria's integration-connector model. Every other
//! omis crate depends on this one; connector authors usually reach it through the re-exports of
//! their integration service's crate (`database-integrator`, `files-integrator`, ...).
//!
//! What is here:
//!
//! - **Connections** ([`Connection`], [`ConnectorType`], [`Endpoint`]): Egeria's OCF beans, with
//!   Egeria's JSON names and its configuration-property semantics ([`Connection::int_property`],
//!   [`Connection::boolean_property`], ...).
//! - **Providers** ([`ConnectorProvider`], [`ConnectorRegistry`]): explicit registration, and a
//!   connector created from a connection by provider name.
//! - **The lifecycle** ([`IntegrationConnector`]): initialize, set_audit_log, set_connector_name,
//!   set_context, start, refresh, engage, disconnect.
//! - **Status** ([`ConnectorStatus`], [`IntegrationConnectorReport`]) as the daemon reports it.
//! - **The audit log** ([`AuditLog`], [`AuditMessageDefinition`]): typed messages that log and count.
//! - **Errors** ([`OmisError`]): Egeria's exception kinds with message ids, HTTP codes and actions,
//!   and the FFDC response envelope ([`FfdcResponse`]).
//! - **The open metadata model** ([`OpenMetadataElement`], [`OpenMetadataRelationship`],
//!   [`ElementProperties`], [`ExternalIdentifier`]) and the **type definitions**
//!   ([`TypeRegistry`]) every write is validated against.
//! - **The repository port** ([`MetadataStore`]) and the [`IntegrationContext`] built on it: the
//!   connector's metadata source and ownership, permitted synchronization, the per-refresh
//!   [`IntegrationReport`], and listeners that receive change-log events ([`EventFilter`],
//!   [`deliver_events`]).
//! - **Method families** ([`family`]): the typed create / update / remove / find / get / list /
//!   publish operations of the integration-service contexts, written once and generic over the
//!   property beans, and the [`TypedSynchronizer`] that places typed items.
//! - **The [`Synchronizer`]**: one enumeration of a third-party scope turned into the fewest
//!   writes — correlation by key, fingerprints, batched lookups and writes, and removal of what
//!   vanished only after a complete enumeration and under a fail-safe threshold.
//!
//! With the `mocks` feature, mockall mocks of the traits are available
//! (`MockIntegrationConnector`, `MockConnectorProvider`, `MockMetadataStore`).
//!
//! Egeria equivalents: OCF `Connection`/`ConnectorBase`/`ConnectorBroker`, OIF
//! `IntegrationConnector`/`IntegrationContext`, the Audit Log Framework, OMF exceptions and
//! `OpenMetadataElement`, and the integration daemon's `IntegrationConnectorReport`.

mod audit;
mod connection;
mod connector;
mod context;
mod error;
pub mod family;
mod ffdc;
mod listener;
mod messages;
mod model;
mod provider;
mod report;
mod service;
mod status;
mod store;
mod synchronizer;
pub mod time;
pub mod types;
pub mod wire;

pub use audit::{AuditLog, AuditLogReport, AuditLogSeverity, AuditMessageDefinition, AuditRecord};
pub use connection::{ConfigurationProperties, Connection, ConnectorType, EmbeddedConnection, Endpoint, REDACTED};
pub use connector::IntegrationConnector;
#[cfg(any(test, feature = "mocks"))]
pub use connector::MockIntegrationConnector;
pub use context::{ConnectorIdentity, DEFAULT_PUBLISH_ZONES, IntegrationContext};
pub use error::{ErrorDetail, ErrorKind, ErrorMessageDefinition, OmisError, Result, format_message};
pub use family::{
    Classification, ClassificationSpec, ContextSlot, ElementHeader, EntityBean, EntitySpec,
    ExternalIdentifierProperties, Placement, PropertiesBean, RelationshipSpec, TemplateProperties, TypedElement,
    TypedRelationship, TypedSynchronizer,
};
pub use ffdc::{FfdcResponse, ResponseEnvelope};
pub use listener::{EventBatch, EventFilter, deliver_events};
pub use model::{
    ANCHORS_CLASSIFICATION, AttachedClassification, ElementOrigin, ElementProperties, ElementStatus, ElementStub,
    ElementType, ElementVersions, EnumValue, ExternalIdentifier, Guid, KeyPattern, MEMENTO_CLASSIFICATION,
    OpenMetadataElement, OpenMetadataRelationship, OriginCategory, PropertyValue, RelatedMetadataElement, TypeCategory,
    ZONE_MEMBERSHIP_CLASSIFICATION, new_guid,
};
#[cfg(any(test, feature = "mocks"))]
pub use provider::MockConnectorProvider;
pub use provider::{
    ConnectionProblem, ConnectorProvider, ConnectorRegistry, CreatedConnector, default_connection_problems,
};
pub use report::{IntegrationReport, ReportCounts};
pub use service::{IntegrationService, PermittedSynchronization};
pub use status::{ConnectorStatus, IntegrationConnectorReport};
#[cfg(any(test, feature = "mocks"))]
pub use store::MockMetadataStore;
pub use store::{
    ChangeEvent, ChangeEventType, ComparisonOperator, DeleteMethod, ElementQuery, ExternalIdPosition, ExternalIdQuery,
    GetOptions, MatchCriteria, MetadataSource, MetadataStore, MetadataStoreExt, NewElement, NewRelationship, Paging,
    ParentRelationship, PropertyCondition, RelatedElementsQuery, RelationshipEnd, RequestContext, SearchProperties,
    SearchString, SequencingOrder, WriteBatch, WriteOp, WriteOutcome,
};
pub use synchronizer::{ElementRef, SyncElement, SyncOptions, SyncParent, SyncRelationship, SyncSummary, Synchronizer};
pub use types::TypeRegistry;

/// The message definitions of this crate, for tests and documentation.
pub mod message_definitions {
    pub use crate::messages::*;
}
