//! External identifiers: how an element is tied to the third party's identifier for it.
//!
//! Egeria models these as `ExternalId` entities linked to the element (`ExternalIdLink`) and to the
//! metadata source (`ExternalIdScope` / `ScopedBy`); egeria-framework.md §7.4. omis keeps the same
//! facts in one record per (scope, key, element) so a connector can look up thousands of them in one
//! call, and adds the fingerprint of the properties it last wrote.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::element::Guid;
use crate::service::PermittedSynchronization;
use crate::time::Timestamp;

/// How an identifier is managed (Egeria's `KeyPattern`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum KeyPattern {
    /// Unique within the source and never reused (the default).
    #[default]
    LocalKey,
    /// May be reused after the element is deleted.
    RecycledKey,
    /// A natural key, such as a path or a name.
    NaturalKey,
    /// Copied from another system.
    MirrorKey,
    /// Built from several values.
    AggregateKey,
    /// Supplied by the caller.
    CallersKey,
    /// Stable across versions.
    StableKey,
    /// Something else.
    Other,
}

impl KeyPattern {
    /// Egeria's ordinal.
    pub fn ordinal(self) -> i32 {
        match self {
            KeyPattern::LocalKey => 0,
            KeyPattern::RecycledKey => 1,
            KeyPattern::NaturalKey => 2,
            KeyPattern::MirrorKey => 3,
            KeyPattern::AggregateKey => 4,
            KeyPattern::CallersKey => 5,
            KeyPattern::StableKey => 6,
            KeyPattern::Other => 99,
        }
    }
}

/// One correlation: the third party's `key`, within the metadata source `scope_guid`, names the
/// element `element_guid`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExternalIdentifier {
    /// The metadata source (software capability) that issued the key.
    #[serde(rename = "externalScopeGUID")]
    pub scope_guid: Guid,
    /// The metadata source's qualified name.
    #[serde(rename = "externalScopeName", default, skip_serializing_if = "Option::is_none")]
    pub scope_name: Option<String>,
    /// The third party's identifier.
    #[serde(rename = "externalIdentifier")]
    pub key: String,
    /// How the identifier is managed.
    #[serde(default)]
    pub key_pattern: KeyPattern,
    /// The open metadata element it names.
    #[serde(rename = "elementGUID")]
    pub element_guid: Guid,
    /// The element's type name.
    #[serde(rename = "elementTypeName")]
    pub element_type: String,
    /// The synchronization scope within the source (a schema, a folder, a stream), used by the
    /// synchronizer to find what vanished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_scope: Option<String>,
    /// How the identifier is used, e.g. a variable name.
    #[serde(rename = "externalIdentifierUsage", default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
    /// Who made the link (the connector's name).
    #[serde(rename = "externalIdentifierSource", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Which side owns the element.
    pub permitted_synchronization: PermittedSynchronization,
    /// When the element was last confirmed to match the third party.
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub last_synchronized: Option<Timestamp>,
    /// Fingerprint of the properties last written for this key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// Free-form mapping properties.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub mapping_properties: BTreeMap<String, String>,
    /// The third party's type name for the item.
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

impl ExternalIdentifier {
    /// A correlation with just the essentials; the rest is left empty.
    pub fn new(
        scope_guid: impl Into<Guid>,
        key: impl Into<String>,
        element_guid: impl Into<Guid>,
        element_type: impl Into<String>,
        permitted_synchronization: PermittedSynchronization,
    ) -> ExternalIdentifier {
        ExternalIdentifier {
            scope_guid: scope_guid.into(),
            scope_name: None,
            key: key.into(),
            key_pattern: KeyPattern::LocalKey,
            element_guid: element_guid.into(),
            element_type: element_type.into(),
            sync_scope: None,
            usage: None,
            source: None,
            permitted_synchronization,
            last_synchronized: None,
            fingerprint: None,
            mapping_properties: BTreeMap::new(),
            external_instance_type_name: None,
            external_instance_created_by: None,
            external_instance_creation_time: None,
            external_instance_last_updated_by: None,
            external_instance_last_update_time: None,
            external_instance_version: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn serialises_with_egeria_correlation_names() {
        let mut id = ExternalIdentifier::new(
            "src",
            "public.orders",
            "g-1",
            "RelationalTable",
            PermittedSynchronization::FromThirdParty,
        );
        id.fingerprint = Some("ab".into());
        assert_eq!(
            serde_json::to_value(&id).unwrap(),
            json!({
                "externalScopeGUID": "src",
                "externalIdentifier": "public.orders",
                "keyPattern": "LOCAL_KEY",
                "elementGUID": "g-1",
                "elementTypeName": "RelationalTable",
                "permittedSynchronization": "FROM_THIRD_PARTY",
                "fingerprint": "ab"
            })
        );
        assert_eq!(KeyPattern::StableKey.ordinal(), 6);
    }
}
