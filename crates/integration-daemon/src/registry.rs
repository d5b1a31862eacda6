//! The connector providers built into the `omis` binary.

use integration_daemon_api::{ConnectorRegistry, Result};

/// A registry with every reference connector this build includes (each behind a feature).
pub fn builtin_registry() -> Result<ConnectorRegistry> {
    #[allow(unused_mut, reason = "empty when every connector feature is off")]
    let mut registry = ConnectorRegistry::new();
    #[cfg(feature = "folder-monitor")]
    registry.register(folder_monitor_connector::FolderMonitorProvider)?;
    #[cfg(feature = "nats-monitor")]
    registry.register(nats_monitor_connector::NatsMonitorProvider)?;
    #[cfg(feature = "openapi-catalog")]
    registry.register(openapi_catalog_connector::OpenApiCatalogProvider)?;
    #[cfg(feature = "openlineage-receiver")]
    registry.register(openlineage_receiver_connector::OpenLineageReceiverProvider)?;
    #[cfg(feature = "relational-catalog")]
    for provider in relational_catalog_connector::RelationalCatalogProvider::all() {
        registry.register_arc(provider)?;
    }
    Ok(registry)
}
