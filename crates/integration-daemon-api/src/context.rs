//! The integration context: what the daemon hands a connector so it can reach the repository.
//!
//! The context knows the connector's identity (id, name, user), its integration service and
//! permitted synchronization, and holds the [`MetadataStore`] it writes to. After `disconnect` every
//! call through it is refused (Egeria's `validateIsActive`). The typed service contexts
//! (`DatabaseIntegratorContext`, ...) are built on it.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};

use crate::audit::AuditLog;
use crate::error::Result;
use crate::messages;
use crate::service::{IntegrationService, PermittedSynchronization};
use crate::store::{MetadataStore, RequestContext};

/// The facts about a hosted connector that its context needs (from its configuration).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectorIdentity {
    /// The configured connector id.
    pub connector_id: String,
    /// The unique connector name.
    pub connector_name: String,
    /// The user the connector acts as.
    pub user_id: String,
    /// The integration service the connector belongs to.
    pub integration_service: IntegrationService,
    /// Which way metadata may flow.
    pub permitted_synchronization: PermittedSynchronization,
    /// The qualified name of the metadata source that owns what the connector creates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_source_qualified_name: Option<String>,
    /// Whether an activity report is stored after each refresh.
    #[serde(default)]
    pub generate_integration_reports: bool,
}

struct ContextInner {
    identity: ConnectorIdentity,
    store: Arc<dyn MetadataStore>,
    audit_log: AuditLog,
    active: AtomicBool,
}

/// The generic integration context of one connector. Cheap to clone; clones share state, so a
/// disconnect is seen by every clone.
#[derive(Clone)]
pub struct IntegrationContext {
    inner: Arc<ContextInner>,
}

impl fmt::Debug for IntegrationContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IntegrationContext")
            .field("identity", &self.inner.identity)
            .field("active", &self.is_active())
            .finish_non_exhaustive()
    }
}

impl IntegrationContext {
    /// A context for a connector over a store.
    pub fn new(identity: ConnectorIdentity, store: Arc<dyn MetadataStore>, audit_log: AuditLog) -> IntegrationContext {
        IntegrationContext {
            inner: Arc::new(ContextInner { identity, store, audit_log, active: AtomicBool::new(true) }),
        }
    }

    /// The connector's identity.
    pub fn identity(&self) -> &ConnectorIdentity {
        &self.inner.identity
    }

    /// The connector's name.
    pub fn connector_name(&self) -> &str {
        &self.inner.identity.connector_name
    }

    /// The user the connector acts as.
    pub fn user_id(&self) -> &str {
        &self.inner.identity.user_id
    }

    /// The connector's integration service.
    pub fn integration_service(&self) -> IntegrationService {
        self.inner.identity.integration_service
    }

    /// Which way metadata may flow.
    pub fn permitted_synchronization(&self) -> PermittedSynchronization {
        self.inner.identity.permitted_synchronization
    }

    /// The connector's audit log.
    pub fn audit_log(&self) -> &AuditLog {
        &self.inner.audit_log
    }

    /// The store, once the context is checked to be active.
    pub fn store(&self, method: &str) -> Result<&Arc<dyn MetadataStore>> {
        self.validate_is_active(method)?;
        Ok(&self.inner.store)
    }

    /// A request context for the connector's user, without a metadata source.
    pub fn request_context(&self) -> RequestContext {
        RequestContext::user(self.user_id())
    }

    /// False once the context has been disconnected.
    pub fn is_active(&self) -> bool {
        self.inner.active.load(Ordering::Acquire)
    }

    /// Refuses the call `method` when the context has been disconnected.
    pub fn validate_is_active(&self, method: &str) -> Result<()> {
        if self.is_active() {
            Ok(())
        } else {
            Err(messages::CONTEXT_DISCONNECTED
                .error(&[&self.connector_name(), &method])
                .with_property("userId", self.user_id().to_owned()))
        }
    }

    /// Disconnects the context: every later call through it is refused.
    pub fn disconnect(&self) {
        self.inner.active.store(false, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MockMetadataStore;

    pub(crate) fn identity() -> ConnectorIdentity {
        ConnectorIdentity {
            connector_id: "id-1".into(),
            connector_name: "FilesMonitor".into(),
            user_id: "filesnpa".into(),
            integration_service: IntegrationService::Files,
            permitted_synchronization: PermittedSynchronization::FromThirdParty,
            metadata_source_qualified_name: None,
            generate_integration_reports: false,
        }
    }

    #[test]
    fn calls_after_disconnect_are_refused_for_every_clone() {
        let context = IntegrationContext::new(identity(), Arc::new(MockMetadataStore::new()), AuditLog::new("test"));
        let clone = context.clone();
        assert!(context.store("findFolders").is_ok());
        context.disconnect();
        let error = clone.store("findFolders").map(|_| ()).unwrap_err();
        assert_eq!(error.kind(), crate::ErrorKind::UserNotAuthorized);
        assert!(error.message().contains("FilesMonitor"), "{error}");
        assert!(error.message().contains("findFolders"), "{error}");
        assert!(!clone.is_active());
    }
}
