//! The lifecycle of an integration connector (Egeria's `IntegrationConnector`).
//!
//! The daemon drives every connector through the same order (DESIGN.md §3):
//! `initialize` → `set_audit_log` → `set_connector_name` → `set_context` → `start` →
//! `refresh` (at start, every refresh interval and on request) and/or `engage` (looped with a
//! one-second pause, only for connectors that use blocking calls) → `disconnect` (on shutdown,
//! restart or reconfiguration, from any started state).
//!
//! Each connector is owned by its own task, so methods take `&mut self` and the trait needs only
//! `Send`. If any method returns an error the connector is marked FAILED and not called again until
//! it is restarted.

use std::collections::BTreeMap;

use async_trait::async_trait;

use crate::audit::AuditLog;
use crate::connection::Connection;
use crate::context::IntegrationContext;
use crate::error::Result;
use crate::messages;
use crate::store::ChangeEvent;

/// An integration connector: keeps the repository in step with one third-party technology.
#[cfg_attr(any(test, feature = "mocks"), mockall::automock)]
#[async_trait]
pub trait IntegrationConnector: Send {
    /// Receives the instance id (a fresh UUID) and the connection. Store them; do no I/O here.
    fn initialize(&mut self, connector_instance_id: &str, connection: Connection) -> Result<()>;

    /// Receives the connector's own audit log (a child of the daemon's).
    fn set_audit_log(&mut self, audit_log: AuditLog);

    /// Receives the configured connector name.
    fn set_connector_name(&mut self, connector_name: &str);

    /// Receives the integration context. Typed connector bases turn it into their service's
    /// context here (and fail if it belongs to another service).
    fn set_context(&mut self, context: IntegrationContext) -> Result<()>;

    /// Starts the connector: connect to the technology, check the configuration.
    async fn start(&mut self) -> Result<()>;

    /// Synchronizes the technology and the repository once.
    async fn refresh(&mut self) -> Result<()>;

    /// For connectors that use blocking calls: waits for and handles events from the technology,
    /// then returns; the daemon calls it again after a one-second pause. A connector that does not
    /// use blocking calls need not implement it: the default says so in an error.
    async fn engage(&mut self) -> Result<()> {
        Err(messages::ENGAGE_IMPLEMENTATION_MISSING.error(&[&"this connector"]))
    }

    /// Releases everything the connector holds. Called once, from any started state.
    async fn disconnect(&mut self) -> Result<()>;

    /// Handles one change-log event, when the connector registered a listener through its context.
    /// The daemon delivers events in order, never during a refresh, and never the connector's own
    /// writes. The default does nothing.
    async fn process_event(&mut self, event: &ChangeEvent) -> Result<()> {
        let _ = event;
        Ok(())
    }

    /// Delivers the events of the connector's integration service that do not come from the
    /// change log — the OpenLineage run events of lineage connectors — and returns how many. The
    /// daemon calls it next to [`deliver_events`](crate::deliver_events), never during a refresh.
    /// The default has none.
    async fn deliver_service_events(&mut self) -> Result<usize> {
        Ok(0)
    }

    /// Figures the connector wants in its status report (counts, last cursor, ...).
    fn statistics(&self) -> BTreeMap<String, serde_json::Value> {
        BTreeMap::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct RefreshOnly;

    #[async_trait]
    impl IntegrationConnector for RefreshOnly {
        fn initialize(&mut self, _: &str, _: Connection) -> Result<()> {
            Ok(())
        }
        fn set_audit_log(&mut self, _: AuditLog) {}
        fn set_connector_name(&mut self, _: &str) {}
        fn set_context(&mut self, _: IntegrationContext) -> Result<()> {
            Ok(())
        }
        async fn start(&mut self) -> Result<()> {
            Ok(())
        }
        async fn refresh(&mut self) -> Result<()> {
            Ok(())
        }
        async fn disconnect(&mut self) -> Result<()> {
            Ok(())
        }
    }

    fn assert_send<T: Send>(_: &T) {}

    #[tokio::test]
    async fn default_engage_explains_the_misconfiguration() {
        let mut connector: Box<dyn IntegrationConnector> = Box::new(RefreshOnly);
        let error = connector.engage().await.unwrap_err();
        assert_eq!(error.kind(), crate::ErrorKind::ConnectorChecked);
        assert!(error.message().contains("blocking calls"), "{error}");
        assert!(connector.statistics().is_empty());
        // Futures of the boxed trait can move between threads.
        assert_send(&connector.refresh());
    }
}
