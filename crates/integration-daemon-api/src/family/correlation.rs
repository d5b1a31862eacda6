//! Correlated writes: the catalog integrator's way of tying every element it creates to the third
//! party's identifier for it (Egeria's `ExternalIdentifierProperties` and the external identifier
//! methods of `CatalogIntegratorContext`). The correlations live in the connector's metadata source.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::context::IntegrationContext;
use crate::error::Result;
use crate::family::EntitySpec;
use crate::family::bean::EntityBean;
use crate::family::ops::{create_with, fetch, update_with};
use crate::messages;
use crate::model::{ExternalIdentifier, Guid, KeyPattern};
use crate::service::PermittedSynchronization;
use crate::store::{DeleteMethod, ExternalIdQuery, MetadataSource, WriteBatch, WriteOp};
use crate::time::{Timestamp, now};

/// What the third party says about its identifier for an element (Egeria's
/// `ExternalIdentifierProperties`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExternalIdentifierProperties {
    /// The third party's identifier (Egeria 6 `identifier`, earlier `externalIdentifier`).
    #[serde(alias = "externalIdentifier")]
    pub identifier: String,
    /// The name of the identifier's field in the third party, e.g. `glossaryId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_identifier_name: Option<String>,
    /// How the identifier is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_identifier_usage: Option<String>,
    /// Where the identifier comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_identifier_source: Option<String>,
    /// How the identifier is managed.
    #[serde(default)]
    pub key_pattern: KeyPattern,
    /// Which way the element may be synchronized; the connector's direction when absent.
    #[serde(default, alias = "synchronizationDirection", skip_serializing_if = "Option::is_none")]
    pub permitted_synchronization: Option<PermittedSynchronization>,
    /// Why the synchronization is set up this way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synchronization_description: Option<String>,
    /// Free-form mapping properties.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub mapping_properties: BTreeMap<String, String>,
    /// The third party's type for the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_instance_type_name: Option<String>,
    /// Who created the item in the third party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_instance_created_by: Option<String>,
    /// When the item was created in the third party.
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub external_instance_creation_time: Option<Timestamp>,
    /// Who last changed the item in the third party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_instance_last_updated_by: Option<String>,
    /// When the item was last changed in the third party.
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub external_instance_last_update_time: Option<Timestamp>,
    /// The item's version in the third party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_instance_version: Option<i64>,
}

impl ExternalIdentifierProperties {
    /// Properties with just the identifier.
    pub fn new(identifier: impl Into<String>) -> ExternalIdentifierProperties {
        ExternalIdentifierProperties { identifier: identifier.into(), ..ExternalIdentifierProperties::default() }
    }

    /// The correlation these properties describe, for an element, in the connector's source.
    pub fn to_identifier(
        &self,
        ctx: &IntegrationContext,
        element_guid: &str,
        element_type: &str,
    ) -> Result<ExternalIdentifier> {
        let source = source(ctx, "addExternalIdentifier")?;
        let mut mapping = self.mapping_properties.clone();
        if let Some(name) = &self.external_identifier_name {
            mapping.insert("externalIdentifierName".to_owned(), name.clone());
        }
        if let Some(description) = &self.synchronization_description {
            mapping.insert("synchronizationDescription".to_owned(), description.clone());
        }
        Ok(ExternalIdentifier {
            scope_name: Some(source.qualified_name.clone()),
            key_pattern: self.key_pattern,
            usage: self.external_identifier_usage.clone(),
            source: Some(self.external_identifier_source.clone().unwrap_or_else(|| ctx.connector_name().to_owned())),
            last_synchronized: Some(now()),
            mapping_properties: mapping,
            external_instance_type_name: self.external_instance_type_name.clone(),
            external_instance_created_by: self.external_instance_created_by.clone(),
            external_instance_creation_time: self.external_instance_creation_time,
            external_instance_last_updated_by: self.external_instance_last_updated_by.clone(),
            external_instance_last_update_time: self.external_instance_last_update_time,
            external_instance_version: self.external_instance_version,
            ..ExternalIdentifier::new(
                &source.guid,
                &self.identifier,
                element_guid,
                element_type,
                self.permitted_synchronization.unwrap_or_else(|| ctx.permitted_synchronization()),
            )
        })
    }
}

/// The connector's metadata source, which correlations need.
fn source<'a>(ctx: &'a IntegrationContext, method: &str) -> Result<&'a MetadataSource> {
    ctx.validate_is_active(method)?;
    ctx.metadata_source().ok_or_else(|| messages::SYNCHRONIZER_NEEDS_SOURCE.error(&[&ctx.connector_name()]))
}

/// Creates an element of the kind and, in the same transaction, correlates it with the third
/// party's identifier (when given).
pub async fn create_correlated<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    parent: Option<&str>,
    external_identifier: Option<&ExternalIdentifierProperties>,
    bean: &B,
) -> Result<Guid> {
    create_with(ctx, spec, method, parent, bean, |guid, type_name| match external_identifier {
        Some(properties) => Ok(vec![WriteOp::LinkExternalId(properties.to_identifier(ctx, guid, type_name)?)]),
        None => Ok(Vec::new()),
    })
    .await
}

/// Updates an element of the kind and, in the same transaction, confirms its correlation with the
/// third party's identifier (when given).
pub async fn update_correlated<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    guid: &str,
    external_identifier: Option<&str>,
    is_merge: bool,
    bean: &B,
) -> Result<()> {
    let more = match external_identifier {
        Some(key) => vec![WriteOp::ConfirmSynchronization {
            scope_guid: source(ctx, method)?.guid.clone(),
            key: key.to_owned(),
            element_guid: guid.to_owned(),
            fingerprint: None,
        }],
        None => Vec::new(),
    };
    update_with(ctx, spec, method, guid, is_merge, bean, more).await
}

/// Removes an element of the kind with its correlations (the given identifier's included).
pub async fn remove_correlated(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    guid: &str,
    external_identifier: Option<&str>,
) -> Result<()> {
    fetch(ctx, spec, method, guid).await?;
    let mut batch = WriteBatch::new();
    if let Some(key) = external_identifier {
        batch.push(WriteOp::UnlinkExternalId {
            scope_guid: source(ctx, method)?.guid.clone(),
            key: key.to_owned(),
            element_guid: Some(guid.to_owned()),
        });
    }
    batch.push(WriteOp::DeleteElement { guid: guid.to_owned(), method: DeleteMethod::SoftDelete });
    ctx.execute(method, batch).await?;
    Ok(())
}

/// Records (or replaces) a correlation of an element with the third party's identifier.
pub async fn add_external_identifier(
    ctx: &IntegrationContext,
    method: &str,
    element_guid: &str,
    element_type: &str,
    properties: &ExternalIdentifierProperties,
) -> Result<()> {
    let identifier = properties.to_identifier(ctx, element_guid, element_type)?;
    ctx.execute(method, WriteBatch::new().with(WriteOp::LinkExternalId(identifier))).await?;
    Ok(())
}

/// Forgets a correlation (the element stays).
pub async fn remove_external_identifier(
    ctx: &IntegrationContext,
    method: &str,
    element_guid: &str,
    identifier: &str,
) -> Result<()> {
    let op = WriteOp::UnlinkExternalId {
        scope_guid: source(ctx, method)?.guid.clone(),
        key: identifier.to_owned(),
        element_guid: Some(element_guid.to_owned()),
    };
    ctx.execute(method, WriteBatch::new().with(op)).await?;
    Ok(())
}

/// Records that an element was found to match the third party's item now.
pub async fn confirm_synchronization(
    ctx: &IntegrationContext,
    method: &str,
    element_guid: &str,
    identifier: &str,
) -> Result<()> {
    let op = WriteOp::ConfirmSynchronization {
        scope_guid: source(ctx, method)?.guid.clone(),
        key: identifier.to_owned(),
        element_guid: element_guid.to_owned(),
        fingerprint: None,
    };
    ctx.execute(method, WriteBatch::new().with(op)).await?;
    Ok(())
}

/// The correlations of an element in the connector's metadata source.
pub async fn external_identifiers_of(
    ctx: &IntegrationContext,
    method: &str,
    element_guid: &str,
) -> Result<Vec<ExternalIdentifier>> {
    let query = ExternalIdQuery {
        scope_guid: Some(source(ctx, method)?.guid.clone()),
        element_guids: vec![element_guid.to_owned()],
        ..ExternalIdQuery::default()
    };
    ctx.find_external_ids(&query).await
}

/// The elements correlated with an identifier in the connector's metadata source.
pub async fn elements_for_external_identifier(
    ctx: &IntegrationContext,
    method: &str,
    identifier: &str,
) -> Result<Vec<Guid>> {
    let query = ExternalIdQuery {
        scope_guid: Some(source(ctx, method)?.guid.clone()),
        keys: vec![identifier.to_owned()],
        ..ExternalIdQuery::default()
    };
    let mut guids: Vec<Guid> = ctx.find_external_ids(&query).await?.into_iter().map(|id| id.element_guid).collect();
    guids.dedup();
    Ok(guids)
}
