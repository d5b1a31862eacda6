//! What is special to the catalog integration service: its work is split into Egeria's exchange
//! services, any of which the connector's configuration may switch off
//! (`disabledExchangeServices`), and every element it writes can be correlated with the
//! catalog's own identifier for it.

use std::collections::BTreeSet;

use integration_daemon_api::family;
use integration_daemon_api::message_definitions::{BAD_CONFIGURATION_PROPERTY, DISABLED_EXCHANGE_SERVICE};
use integration_daemon_api::{Connection, ExternalIdentifier, Guid, IntegrationContext, Result};

pub use integration_daemon_api::ExternalIdentifierProperties;

use crate::generated::CatalogIntegratorClient;

/// The configuration property that lists the exchange services a connector does not use.
pub const DISABLED_EXCHANGE_SERVICES_PROPERTY: &str = "disabledExchangeServices";

/// Egeria's exchange services, each a part of the catalog integrator's methods.
pub const EXCHANGE_SERVICES: &[&str] = &[
    "CollaborationExchangeService",
    "ConnectionExchangeService",
    "ConnectorFactoryExchangeService",
    "DataAssetExchangeService",
    "ExternalReferenceExchangeService",
    "GlossaryExchangeService",
    "GovernanceExchangeService",
    "InfrastructureExchangeService",
    "LineageExchangeService",
    "StewardshipExchangeService",
    "ValidValuesExchangeService",
];

/// The catalog context's own state: which exchange services are switched off.
#[derive(Debug, Clone, Default)]
pub(crate) struct Extension {
    disabled: BTreeSet<String>,
}

impl Extension {
    /// Reads `disabledExchangeServices` from the connection; an unknown service name is a
    /// configuration error (a typo would otherwise silently leave the service on).
    pub(crate) fn new(core: &IntegrationContext, connection: Option<&Connection>) -> Result<Extension> {
        let Some(connection) = connection else { return Ok(Extension::default()) };
        let mut disabled = BTreeSet::new();
        for name in connection.array_property(DISABLED_EXCHANGE_SERVICES_PROPERTY, &[]) {
            let name = name.trim().to_owned();
            if name.is_empty() {
                continue;
            }
            if !EXCHANGE_SERVICES.contains(&name.as_str()) {
                return Err(BAD_CONFIGURATION_PROPERTY
                    .error(&[
                        &DISABLED_EXCHANGE_SERVICES_PROPERTY,
                        &connection.name_for_messages(),
                        &name,
                        &format!("exchange service name (one of {})", EXCHANGE_SERVICES.join(", ")),
                    ])
                    .with_property("connectorName", core.connector_name().to_owned()));
            }
            disabled.insert(name);
        }
        Ok(Extension { disabled })
    }
}

/// Refuses `method` when its exchange service is disabled (Egeria's `DISABLED_EXCHANGE_SERVICE`).
pub(crate) fn check_exchange(client: &CatalogIntegratorClient, exchange: &str, method: &str) -> Result<()> {
    if client.extension.disabled.contains(exchange) {
        return Err(DISABLED_EXCHANGE_SERVICE
            .error(&[&exchange, &client.core.connector_name(), &method])
            .with_property("userId", client.core.user_id().to_owned()));
    }
    Ok(())
}

/// What a synchronizer needs to refuse the upserts of disabled exchange services.
#[derive(Debug, Clone)]
pub(crate) struct ExchangeGuard {
    disabled: BTreeSet<String>,
    connector_name: String,
    user_id: String,
}

impl ExchangeGuard {
    /// Refuses `method` when `exchange` is disabled.
    pub(crate) fn check(&self, exchange: &str, method: &str) -> Result<()> {
        if self.disabled.contains(exchange) {
            return Err(DISABLED_EXCHANGE_SERVICE
                .error(&[&exchange, &self.connector_name, &method])
                .with_property("userId", self.user_id.clone()));
        }
        Ok(())
    }
}

/// The guard of a context's synchronizers.
pub(crate) fn exchange_guard(client: &CatalogIntegratorClient) -> ExchangeGuard {
    ExchangeGuard {
        disabled: client.extension.disabled.clone(),
        connector_name: client.core.connector_name().to_owned(),
        user_id: client.core.user_id().to_owned(),
    }
}

pub(crate) async fn add_external_identifier(
    client: &CatalogIntegratorClient,
    element_guid: &str,
    element_type_name: &str,
    properties: ExternalIdentifierProperties,
) -> Result<()> {
    family::add_external_identifier(&client.core, "addExternalIdentifier", element_guid, element_type_name, &properties)
        .await
}

pub(crate) async fn update_external_identifier(
    client: &CatalogIntegratorClient,
    element_guid: &str,
    element_type_name: &str,
    properties: ExternalIdentifierProperties,
) -> Result<()> {
    family::add_external_identifier(
        &client.core,
        "updateExternalIdentifier",
        element_guid,
        element_type_name,
        &properties,
    )
    .await
}

pub(crate) async fn remove_external_identifier(
    client: &CatalogIntegratorClient,
    element_guid: &str,
    element_type_name: &str,
    identifier: &str,
) -> Result<()> {
    let _ = element_type_name;
    family::remove_external_identifier(&client.core, "removeExternalIdentifier", element_guid, identifier).await
}

pub(crate) async fn confirm_synchronization(
    client: &CatalogIntegratorClient,
    element_guid: &str,
    element_type_name: &str,
    identifier: &str,
) -> Result<()> {
    let _ = element_type_name;
    family::confirm_synchronization(&client.core, "confirmSynchronization", element_guid, identifier).await
}

pub(crate) async fn get_external_identifiers(
    client: &CatalogIntegratorClient,
    element_guid: &str,
) -> Result<Vec<ExternalIdentifier>> {
    family::external_identifiers_of(&client.core, "getMetadataCorrelationHeader", element_guid).await
}

pub(crate) async fn get_elements_for_external_identifier(
    client: &CatalogIntegratorClient,
    identifier: &str,
) -> Result<Vec<Guid>> {
    family::elements_for_external_identifier(&client.core, "getElementsForExternalIdentifier", identifier).await
}
