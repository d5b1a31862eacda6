//! Helpers for the integration services' contract tests: connected contexts and the change log.

use std::sync::Arc;

use integration_daemon_api::{
    AuditLog, ChangeEvent, ChangeEventType, ConnectorIdentity, IntegrationContext, IntegrationService, MetadataStore,
    PermittedSynchronization,
};

/// The identity of a test connector of `service`, with a metadata source of its own.
pub fn identity(
    service: IntegrationService,
    name: &str,
    direction: PermittedSynchronization,
    source: Option<&str>,
) -> ConnectorIdentity {
    let identity = ConnectorIdentity::new(format!("{name}-id"), name, format!("{name}-npa"), service)
        .with_permitted_synchronization(direction);
    match source {
        Some(source) => identity.with_metadata_source(source),
        None => identity,
    }
}

/// A connected context, as the daemon makes one.
pub async fn connect(store: &Arc<dyn MetadataStore>, identity: ConnectorIdentity) -> IntegrationContext {
    let name = identity.connector_name.clone();
    IntegrationContext::connect(identity, store.clone(), AuditLog::new(name))
        .await
        .expect("the test repository answers")
}

/// The sequence number of the newest change-log event.
pub async fn latest(store: &Arc<dyn MetadataStore>) -> u64 {
    store.latest_change_sequence().await.expect("the change log is readable")
}

/// Every change-log event after `after`.
pub async fn changes_since(store: &Arc<dyn MetadataStore>, after: u64) -> Vec<ChangeEvent> {
    let mut events = Vec::new();
    let mut cursor = after;
    loop {
        let page = store.read_change_log(cursor, 1000).await.expect("the change log is readable");
        let Some(last) = page.last() else { return events };
        cursor = last.sequence;
        events.extend(page);
    }
}

/// How many events are of a kind, about elements or relationships of a type (any type when `None`).
pub fn count(events: &[ChangeEvent], event_type: ChangeEventType, type_name: Option<&str>) -> usize {
    events
        .iter()
        .filter(|event| event.event_type == event_type && type_name.is_none_or(|name| event.type_name == name))
        .count()
}
