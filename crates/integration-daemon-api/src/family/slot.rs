//! The context slot of a typed connector: what Egeria's `<Svc>IntegratorConnector` base class
//! holds (`setContext`, and `getContext` that fails with `NULL_CONTEXT` when the context is not
//! set yet).

use crate::audit::AuditLog;
use crate::error::Result;
use crate::messages;

/// Holds a connector's typed context once the daemon has set it. Connectors embed one and hand
/// out the context through [`ContextSlot::get`].
#[derive(Debug, Clone)]
pub struct ContextSlot<C> {
    context: Option<C>,
    connector_name: String,
    audit_log: Option<AuditLog>,
}

impl<C> Default for ContextSlot<C> {
    fn default() -> Self {
        ContextSlot { context: None, connector_name: String::new(), audit_log: None }
    }
}

impl<C> ContextSlot<C> {
    /// An empty slot.
    pub fn new() -> ContextSlot<C> {
        ContextSlot::default()
    }

    /// Records the connector's name, for messages.
    pub fn set_connector_name(&mut self, connector_name: &str) {
        connector_name.clone_into(&mut self.connector_name);
    }

    /// Records the connector's audit log, where a missing context is reported.
    pub fn set_audit_log(&mut self, audit_log: AuditLog) {
        self.audit_log = Some(audit_log);
    }

    /// Sets (or replaces) the context.
    pub fn set(&mut self, context: C) {
        self.context = Some(context);
    }

    /// True once the context is set.
    pub fn is_set(&self) -> bool {
        self.context.is_some()
    }

    /// The context, or — when it is not set yet — a connector error naming the connector and
    /// `method`, also written to the audit log (Egeria's `NULL_CONTEXT`).
    pub fn get(&self, method: &str) -> Result<&C> {
        if let Some(context) = &self.context {
            return Ok(context);
        }
        let name = if self.connector_name.is_empty() { "(unnamed)" } else { self.connector_name.as_str() };
        if let Some(audit_log) = &self.audit_log {
            audit_log.log_message(method, &messages::NO_CONTEXT, &[&name, &method]);
        }
        Err(messages::NULL_CONTEXT.error(&[&name, &method]))
    }

    /// Takes the context out (at disconnect).
    pub fn take(&mut self) -> Option<C> {
        self.context.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn missing_context_is_a_clear_connector_error_in_the_audit_log() {
        let mut slot: ContextSlot<u32> = ContextSlot::new();
        let audit_log = AuditLog::new("test");
        slot.set_audit_log(audit_log.clone());
        slot.set_connector_name("PostgresMonitor");
        let error = slot.get("refresh").unwrap_err();
        assert_eq!(error.kind(), ErrorKind::ConnectorChecked);
        assert!(error.message().contains("PostgresMonitor") && error.message().contains("refresh"), "{error}");
        assert_eq!(audit_log.message_count(messages::NO_CONTEXT.id), 1);
        slot.set(7);
        assert!(slot.is_set());
        assert_eq!(*slot.get("refresh").unwrap(), 7);
        assert_eq!(slot.take(), Some(7));
        assert!(!slot.is_set());
    }
}
