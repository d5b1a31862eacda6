//! The OCF connection model: [`Connection`], [`ConnectorType`] and [`Endpoint`].
//!
//! These are Egeria's `Connection` beans, serialised with Egeria's JSON field names and `class`
//! discriminators, and read tolerantly (unknown fields are ignored, as Jackson does). The typed
//! configuration-property getters follow `ConnectorBase` (egeria-framework.md §1.2); where Egeria
//! would throw a Java exception on a bad value, they return an invalid-parameter error that names
//! the property, the value and the connection.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Result;
use crate::messages;
use crate::time::Timestamp;

/// `Map<String,Object>` of configuration properties.
pub type ConfigurationProperties = BTreeMap<String, Value>;

fn connection_class() -> String {
    "Connection".to_owned()
}

fn connector_type_class() -> String {
    "ConnectorType".to_owned()
}

fn endpoint_class() -> String {
    "Endpoint".to_owned()
}

/// How to reach and configure a connector (Egeria's OCF `Connection`; `VirtualConnection` when
/// it has embedded connections).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Connection {
    /// `Connection` or `VirtualConnection`.
    #[serde(rename = "class", default = "connection_class")]
    pub class: String,
    /// The GUID of the connection element, when it came from a repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guid: Option<String>,
    /// Unique name of the connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Which connector provider builds the connector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_type: Option<ConnectorType>,
    /// Where the third-party technology is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<Endpoint>,
    /// The user the connector logs in to the technology as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The password in clear (never printed by `Debug`, removed by [`Connection::redacted`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clear_password: Option<String>,
    /// An encrypted password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_password: Option<String>,
    /// Secrets for the connector (never printed by `Debug`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub secured_properties: BTreeMap<String, String>,
    /// Connector-specific configuration.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub configuration_properties: ConfigurationProperties,
    /// Free-form additional properties.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub additional_properties: BTreeMap<String, String>,
    /// The connections of the connectors a virtual connector is built from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub embedded_connections: Vec<EmbeddedConnection>,
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = self.redacted();
        f.debug_struct("Connection")
            .field("class", &redacted.class)
            .field("qualified_name", &redacted.qualified_name)
            .field("display_name", &redacted.display_name)
            .field("connector_type", &redacted.connector_type)
            .field("endpoint", &redacted.endpoint)
            .field("user_id", &redacted.user_id)
            .field("clear_password", &redacted.clear_password)
            .field("secured_properties", &redacted.secured_properties)
            .field("configuration_properties", &redacted.configuration_properties)
            .field("embedded_connections", &redacted.embedded_connections)
            .finish_non_exhaustive()
    }
}

impl Default for Connection {
    fn default() -> Self {
        Connection {
            class: connection_class(),
            guid: None,
            qualified_name: None,
            display_name: None,
            description: None,
            connector_type: None,
            endpoint: None,
            user_id: None,
            clear_password: None,
            encrypted_password: None,
            secured_properties: BTreeMap::new(),
            configuration_properties: BTreeMap::new(),
            additional_properties: BTreeMap::new(),
            embedded_connections: Vec::new(),
        }
    }
}

impl Default for ConnectorType {
    fn default() -> Self {
        ConnectorType {
            class: connector_type_class(),
            guid: None,
            qualified_name: None,
            display_name: None,
            description: None,
            connector_provider_class_name: None,
            supported_asset_type_name: None,
            supported_deployed_implementation_type: None,
            expected_data_format: None,
            connector_framework_name: None,
            connector_interface_language: None,
            connector_interfaces: Vec::new(),
            target_technology_source: None,
            target_technology_name: None,
            target_technology_interfaces: Vec::new(),
            target_technology_versions: Vec::new(),
            recognized_additional_properties: Vec::new(),
            recognized_configuration_properties: Vec::new(),
            recognized_secured_properties: Vec::new(),
        }
    }
}

impl Default for Endpoint {
    fn default() -> Self {
        Endpoint {
            class: endpoint_class(),
            guid: None,
            qualified_name: None,
            display_name: None,
            description: None,
            network_address: None,
            protocol: None,
            encryption_method: None,
            additional_properties: BTreeMap::new(),
        }
    }
}

/// What replaces secrets in [`Connection::redacted`].
pub const REDACTED: &str = "********";

impl Connection {
    /// A connection for the named connector provider.
    pub fn for_provider(provider_name: impl Into<String>) -> Connection {
        Connection { connector_type: Some(ConnectorType::for_provider(provider_name)), ..Connection::default() }
    }

    /// Sets the endpoint's network address (creating the endpoint if needed).
    #[must_use]
    pub fn with_network_address(mut self, address: impl Into<String>) -> Connection {
        self.endpoint.get_or_insert_with(Endpoint::default).network_address = Some(address.into());
        self
    }

    /// Adds a configuration property.
    #[must_use]
    pub fn with_configuration_property(mut self, name: impl Into<String>, value: impl Into<Value>) -> Connection {
        self.configuration_properties.insert(name.into(), value.into());
        self
    }

    /// The provider name from the connector type (`connectorProviderClassName`).
    pub fn provider_name(&self) -> Option<&str> {
        self.connector_type.as_ref().and_then(|connector_type| connector_type.connector_provider_class_name.as_deref())
    }

    /// The endpoint's network address, if any.
    pub fn network_address(&self) -> Option<&str> {
        self.endpoint
            .as_ref()
            .and_then(|endpoint| endpoint.network_address.as_deref())
            .filter(|address| !address.is_empty())
    }

    /// A name for the connection in messages: qualified name, display name, provider or
    /// `<unnamed connection>`.
    pub fn name_for_messages(&self) -> &str {
        self.qualified_name
            .as_deref()
            .or(self.display_name.as_deref())
            .or(self.provider_name())
            .unwrap_or("<unnamed connection>")
    }

    /// A copy without secrets: the clear and encrypted passwords and secured property values are
    /// replaced by `********`, here and in every embedded connection.
    #[must_use]
    pub fn redacted(&self) -> Connection {
        let mut copy = self.clone();
        if copy.clear_password.is_some() {
            copy.clear_password = Some(REDACTED.to_owned());
        }
        if copy.encrypted_password.is_some() {
            copy.encrypted_password = Some(REDACTED.to_owned());
        }
        for value in copy.secured_properties.values_mut() {
            REDACTED.clone_into(value);
        }
        for embedded in &mut copy.embedded_connections {
            *embedded.embedded_connection = embedded.embedded_connection.redacted();
        }
        copy
    }

    fn property(&self, name: &str) -> Option<&Value> {
        self.configuration_properties.get(name).filter(|value| !value.is_null())
    }

    fn bad_value(&self, name: &str, value: &Value, expected: &str) -> crate::OmisError {
        messages::BAD_CONFIGURATION_PROPERTY
            .error(&[&name, &self.name_for_messages(), &value_text(value), &expected])
            .with_parameter_name(name)
    }

    /// Egeria's `getStringConfigurationProperty`: the value's text, or `None` when absent.
    /// Strings are returned as they are; numbers and booleans as their JSON text.
    pub fn string_property(&self, name: &str) -> Option<String> {
        self.property(name).map(value_text)
    }

    /// The string property, or `default` when absent.
    pub fn string_property_or(&self, name: &str, default: &str) -> String {
        self.string_property(name).unwrap_or_else(|| default.to_owned())
    }

    /// Egeria's `getBooleanConfigurationProperty`: true when present and not the string
    /// `false`, `False` or `FALSE` (so a JSON `false` is false, and any other value is true).
    pub fn boolean_property(&self, name: &str) -> bool {
        self.property(name).is_some_and(|value| !matches!(value_text(value).as_str(), "false" | "False" | "FALSE"))
    }

    /// Egeria's `getIntConfigurationProperty`: the value parsed as an integer, 0 when absent.
    pub fn int_property(&self, name: &str) -> Result<i32> {
        let Some(value) = self.property(name) else {
            return Ok(0);
        };
        value_text(value).trim().parse::<i32>().map_err(|_| self.bad_value(name, value, "32-bit integer"))
    }

    /// Egeria's `getLongConfigurationProperty`: the value parsed as a long, 0 when absent.
    pub fn long_property(&self, name: &str) -> Result<i64> {
        let Some(value) = self.property(name) else {
            return Ok(0);
        };
        value_text(value).trim().parse::<i64>().map_err(|_| self.bad_value(name, value, "64-bit integer"))
    }

    /// Egeria's `getDateConfigurationProperty`: a date in the format `yyyy/MM/dd HH:mm:ss` (UTC),
    /// `None` when absent, an error when it does not parse.
    pub fn date_property(&self, name: &str) -> Result<Option<Timestamp>> {
        let Some(value) = self.property(name) else {
            return Ok(None);
        };
        NaiveDateTime::parse_from_str(value_text(value).trim(), "%Y/%m/%d %H:%M:%S")
            .map(|time| Some(time.and_utc()))
            .map_err(|_| self.bad_value(name, value, "date in the format yyyy/MM/dd HH:mm:ss"))
    }

    /// Egeria's `getArrayConfigurationProperty`: a JSON array gives its elements' text; anything
    /// else is split on commas, without trimming. When absent, `default` (itself a list of values
    /// or one comma-separated string) is used.
    pub fn array_property(&self, name: &str, default: &[&str]) -> Vec<String> {
        match self.property(name) {
            Some(Value::Array(items)) => items.iter().map(value_text).collect(),
            Some(value) => split_csv(&value_text(value)),
            None => match default {
                [single] => split_csv(single),
                many => many.iter().map(|item| (*item).to_owned()).collect(),
            },
        }
    }

    /// Egeria's `combineConfigurationProperties`: the connection's properties overlaid by `extra`;
    /// `None` when the result is empty.
    pub fn combine_configuration_properties(
        &self,
        extra: Option<&ConfigurationProperties>,
    ) -> Option<ConfigurationProperties> {
        let mut combined = self.configuration_properties.clone();
        if let Some(extra) = extra {
            combined.extend(extra.iter().map(|(key, value)| (key.clone(), value.clone())));
        }
        (!combined.is_empty()).then_some(combined)
    }

    /// Checks that a configuration property is present and not blank.
    pub fn require_property(&self, connector_name: &str, name: &str) -> Result<String> {
        match self.string_property(name) {
            Some(value) if !value.trim().is_empty() => Ok(value),
            _ => Err(messages::MISSING_CONFIGURATION_PROPERTY
                .error(&[&connector_name, &name, &self.name_for_messages()])
                .with_parameter_name(name)),
        }
    }

    /// Checks that the endpoint has a network address (Egeria's `throwMissingEndpointAddress`).
    pub fn require_network_address(&self, connector_name: &str) -> Result<&str> {
        self.network_address().ok_or_else(|| {
            messages::MISSING_ENDPOINT_ADDRESS
                .error(&[&connector_name, &self.name_for_messages()])
                .with_parameter_name("endpoint.networkAddress")
        })
    }
}

fn split_csv(text: &str) -> Vec<String> {
    text.split(',').map(str::to_owned).collect()
}

/// The text of a configuration value, as Java's `toString()` would give it for JSON-decoded values.
fn value_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Describes a connector implementation (Egeria's OCF `ConnectorType`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectorType {
    /// Always `ConnectorType`.
    #[serde(rename = "class", default = "connector_type_class")]
    pub class: String,
    /// GUID of the connector type element, when it came from a repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guid: Option<String>,
    /// Unique name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the provider that builds the connector. Egeria puts a Java class name here;
    /// omis puts the registered provider name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_provider_class_name: Option<String>,
    /// The asset type the connector works with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_asset_type_name: Option<String>,
    /// The deployed implementation type the connector works with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_deployed_implementation_type: Option<String>,
    /// The data format the connector expects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_data_format: Option<String>,
    /// The connector framework (Egeria: "Open Connector Framework (OCF)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_framework_name: Option<String>,
    /// The implementation language (omis: "Rust").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_interface_language: Option<String>,
    /// The interfaces the connector implements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connector_interfaces: Vec<String>,
    /// Who supplies the target technology.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_technology_source: Option<String>,
    /// The target technology.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_technology_name: Option<String>,
    /// The target technology's interfaces.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_technology_interfaces: Vec<String>,
    /// The target technology versions supported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_technology_versions: Vec<String>,
    /// Additional properties the connector understands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recognized_additional_properties: Vec<String>,
    /// Configuration properties the connector understands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recognized_configuration_properties: Vec<String>,
    /// Secured properties the connector understands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recognized_secured_properties: Vec<String>,
}

impl ConnectorType {
    /// A connector type naming the provider.
    pub fn for_provider(provider_name: impl Into<String>) -> ConnectorType {
        ConnectorType { connector_provider_class_name: Some(provider_name.into()), ..ConnectorType::default() }
    }
}

/// Where a technology can be reached (Egeria's OCF `Endpoint`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Endpoint {
    /// Always `Endpoint`.
    #[serde(rename = "class", default = "endpoint_class")]
    pub class: String,
    /// GUID of the endpoint element, when it came from a repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guid: Option<String>,
    /// Unique name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// URL, path or host:port (Egeria 6 `networkAddress`; older `address` is accepted).
    #[serde(default, alias = "address", skip_serializing_if = "Option::is_none")]
    pub network_address: Option<String>,
    /// Protocol, e.g. `https`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Encryption method, e.g. `TLS`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_method: Option<String>,
    /// Free-form additional properties.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub additional_properties: BTreeMap<String, String>,
}

impl Endpoint {
    /// An endpoint with just a network address.
    pub fn at(address: impl Into<String>) -> Endpoint {
        Endpoint { network_address: Some(address.into()), ..Endpoint::default() }
    }
}

fn embedded_connection_class() -> String {
    "EmbeddedConnection".to_owned()
}

/// One connection inside a virtual connection (Egeria's `EmbeddedConnection`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmbeddedConnection {
    /// Always `EmbeddedConnection`.
    #[serde(rename = "class", default = "embedded_connection_class")]
    pub class: String,
    /// Order among the embedded connections.
    #[serde(default)]
    pub position: i32,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Arguments merged into the embedded connection's configuration properties.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub arguments: ConfigurationProperties,
    /// The embedded connection itself.
    pub embedded_connection: Box<Connection>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use serde_json::json;

    fn connection(properties: &Value) -> Connection {
        serde_json::from_value(json!({
            "class": "Connection",
            "qualifiedName": "test-connection",
            "configurationProperties": properties.clone()
        }))
        .unwrap()
    }

    #[test]
    fn string_getter_follows_egeria() {
        let c = connection(&json!({"s": "text", "n": 42, "b": true, "z": null}));
        assert_eq!(c.string_property("s").as_deref(), Some("text"));
        assert_eq!(c.string_property("n").as_deref(), Some("42"));
        assert_eq!(c.string_property("b").as_deref(), Some("true"));
        assert_eq!(c.string_property("z"), None);
        assert_eq!(c.string_property("missing"), None);
        assert_eq!(c.string_property_or("missing", "dflt"), "dflt");
    }

    #[test]
    fn boolean_getter_is_true_unless_absent_or_a_spelling_of_false() {
        let c = connection(&json!({
            "t": true, "f": false, "s1": "false", "s2": "False", "s3": "FALSE",
            "fAlSe": "fAlSe", "yes": "yes", "zero": 0
        }));
        assert!(c.boolean_property("t"));
        assert!(!c.boolean_property("f"));
        assert!(!c.boolean_property("s1"));
        assert!(!c.boolean_property("s2"));
        assert!(!c.boolean_property("s3"));
        // Egeria only recognises three spellings of false; anything else present is true.
        assert!(c.boolean_property("fAlSe"));
        assert!(c.boolean_property("yes"));
        assert!(c.boolean_property("zero"));
        assert!(!c.boolean_property("missing"));
    }

    #[test]
    fn numeric_getters_parse_default_to_zero_and_reject_bad_values() {
        let c = connection(&json!({"i": 7, "s": " 12 ", "big": 9_000_000_000_i64, "bad": "seven", "f": 1.5}));
        assert_eq!(c.int_property("i").unwrap(), 7);
        assert_eq!(c.int_property("s").unwrap(), 12);
        assert_eq!(c.int_property("missing").unwrap(), 0);
        assert_eq!(c.long_property("big").unwrap(), 9_000_000_000);
        assert_eq!(c.long_property("missing").unwrap(), 0);

        let error = c.int_property("big").unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidParameter);
        assert!(error.message().contains("big"), "{error}");
        assert!(error.message().contains("9000000000"), "{error}");
        assert!(error.message().contains("test-connection"), "{error}");

        let error = c.int_property("bad").unwrap_err();
        assert_eq!(error.detail().properties["parameterName"], "bad");
        assert!(c.long_property("f").is_err());
    }

    #[test]
    fn date_getter_uses_egeria_format() {
        let c = connection(&json!({"d": "2026/11/23 10:15:30", "iso": "2026-11-23T10:15:30Z"}));
        let date = c.date_property("d").unwrap().unwrap();
        assert_eq!(date.to_rfc3339(), "2026-11-23T10:15:30+00:00");
        assert_eq!(c.date_property("missing").unwrap(), None);
        let error = c.date_property("iso").unwrap_err();
        assert!(error.message().contains("yyyy/MM/dd HH:mm:ss"), "{error}");
    }

    #[test]
    fn array_getter_splits_without_trimming_and_uses_defaults() {
        let c = connection(&json!({"csv": "a, b,c", "list": ["x", 1], "one": "solo"}));
        assert_eq!(c.array_property("csv", &[]), vec!["a", " b", "c"]);
        assert_eq!(c.array_property("list", &[]), vec!["x", "1"]);
        assert_eq!(c.array_property("one", &[]), vec!["solo"]);
        assert_eq!(c.array_property("missing", &["p,q"]), vec!["p", "q"]);
        assert_eq!(c.array_property("missing", &["p", "q,r"]), vec!["p", "q,r"]);
        assert!(c.array_property("missing", &[]).is_empty());
    }

    #[test]
    fn combine_overlays_and_returns_none_when_empty() {
        let c = connection(&json!({"a": 1, "b": 2}));
        let extra: ConfigurationProperties = [("b".to_owned(), json!(3)), ("c".to_owned(), json!(4))].into();
        let combined = c.combine_configuration_properties(Some(&extra)).unwrap();
        assert_eq!(
            combined,
            [("a".to_owned(), json!(1)), ("b".to_owned(), json!(3)), ("c".to_owned(), json!(4))].into()
        );
        assert_eq!(Connection::default().combine_configuration_properties(None), None);
    }

    #[test]
    fn required_property_and_endpoint_errors_name_what_is_missing() {
        let c = connection(&json!({"blank": "  "}));
        let error = c.require_property("FolderMonitor", "rootPath").unwrap_err();
        assert!(error.message().contains("rootPath"));
        assert!(error.message().contains("FolderMonitor"));
        assert!(c.require_property("FolderMonitor", "blank").is_err());
        let error = c.require_network_address("FolderMonitor").unwrap_err();
        assert!(error.message().contains("network address"), "{error}");
        let c = c.with_network_address("/data");
        assert_eq!(c.require_network_address("FolderMonitor").unwrap(), "/data");
    }

    #[test]
    fn reads_an_egeria_6_virtual_connection() {
        // Shape taken from the qs-integration-daemon configuration (reference/fixtures).
        let c: Connection = serde_json::from_value(json!({
            "class": "VirtualConnection", "headerVersion": 0,
            "connectorType": {"class": "ConnectorType", "headerVersion": 0,
                "connectorProviderClassName": "org.odpi.Example"},
            "embeddedConnections": [{"class": "EmbeddedConnection", "headerVersion": 0, "position": 0,
                "embeddedConnection": {"class": "Connection", "headerVersion": 0,
                    "endpoint": {"class": "Endpoint", "headerVersion": 0, "networkAddress": "here"},
                    "configurationProperties": {"secretsCollectionName": "x"}}}]
        }))
        .unwrap();
        assert_eq!(c.class, "VirtualConnection");
        assert_eq!(c.provider_name(), Some("org.odpi.Example"));
        let inner = &c.embedded_connections[0].embedded_connection;
        assert_eq!(inner.network_address(), Some("here"));
        assert_eq!(inner.string_property("secretsCollectionName").as_deref(), Some("x"));
    }

    #[test]
    fn writes_egeria_field_names_and_accepts_old_endpoint_address() {
        let c = Connection::for_provider("omis.files.folder-monitor")
            .with_network_address("/data")
            .with_configuration_property("waitForDirectory", true);
        assert_eq!(
            serde_json::to_value(&c).unwrap(),
            json!({
                "class": "Connection",
                "connectorType": {"class": "ConnectorType", "connectorProviderClassName": "omis.files.folder-monitor"},
                "endpoint": {"class": "Endpoint", "networkAddress": "/data"},
                "configurationProperties": {"waitForDirectory": true}
            })
        );
        let endpoint: Endpoint = serde_json::from_value(json!({"address": "host:1"})).unwrap();
        assert_eq!(endpoint.network_address.as_deref(), Some("host:1"));
    }

    #[test]
    fn secrets_are_redacted_in_debug_and_copies() {
        let mut c = Connection::for_provider("p");
        c.clear_password = Some("hunter2".into());
        c.secured_properties.insert("token".into(), "s3cret".into());
        let printed = format!("{c:?}");
        assert!(!printed.contains("hunter2") && !printed.contains("s3cret"), "{printed}");
        let redacted = c.redacted();
        assert_eq!(redacted.clear_password.as_deref(), Some(REDACTED));
        assert_eq!(redacted.secured_properties["token"], REDACTED);
        assert_eq!(c.clear_password.as_deref(), Some("hunter2"));
    }
}
