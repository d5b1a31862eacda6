//! Connector status and the per-connector report of the daemon's status API.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::connection::Connection;
use crate::time::Timestamp;

/// The state of a hosted connector (Egeria's `IntegrationConnectorStatus`, egeria-framework.md §2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConnectorStatus {
    /// Created and its context set.
    Initialized,
    /// A refresh-mode connector between refreshes.
    Waiting,
    /// Inside `refresh()`.
    Refreshing,
    /// A blocking-mode connector in its engage loop.
    Running,
    /// Disconnected.
    Stopped,
    /// Setting up the context failed (e.g. the repository was down); retried automatically.
    InitializeFailed,
    /// The connection or provider is wrong; waits for a configuration change or restart.
    ConfigFailed,
    /// The daemon shut the connector down.
    Shutdown,
    /// The connector failed; it stays failed until it is restarted or reconfigured.
    Failed,
}

impl ConnectorStatus {
    /// All statuses, in ordinal order.
    pub const ALL: [ConnectorStatus; 9] = [
        ConnectorStatus::Initialized,
        ConnectorStatus::Waiting,
        ConnectorStatus::Refreshing,
        ConnectorStatus::Running,
        ConnectorStatus::Stopped,
        ConnectorStatus::InitializeFailed,
        ConnectorStatus::ConfigFailed,
        ConnectorStatus::Shutdown,
        ConnectorStatus::Failed,
    ];

    /// Egeria's ordinal (FAILED is 99).
    pub fn ordinal(self) -> i32 {
        match self {
            ConnectorStatus::Initialized => 0,
            ConnectorStatus::Waiting => 1,
            ConnectorStatus::Refreshing => 2,
            ConnectorStatus::Running => 3,
            ConnectorStatus::Stopped => 4,
            ConnectorStatus::InitializeFailed => 5,
            ConnectorStatus::ConfigFailed => 6,
            ConnectorStatus::Shutdown => 7,
            ConnectorStatus::Failed => 99,
        }
    }

    /// Egeria's display name, e.g. `Initialize Failed`.
    pub fn display_name(self) -> &'static str {
        match self {
            ConnectorStatus::Initialized => "Initialized",
            ConnectorStatus::Waiting => "Waiting",
            ConnectorStatus::Refreshing => "Refreshing",
            ConnectorStatus::Running => "Running",
            ConnectorStatus::Stopped => "Stopped",
            ConnectorStatus::InitializeFailed => "Initialize Failed",
            ConnectorStatus::ConfigFailed => "Configuration Failed",
            ConnectorStatus::Shutdown => "Shutdown",
            ConnectorStatus::Failed => "Connector Failed",
        }
    }

    /// The symbolic name, e.g. `INITIALIZE_FAILED`.
    pub fn as_str(self) -> &'static str {
        match self {
            ConnectorStatus::Initialized => "INITIALIZED",
            ConnectorStatus::Waiting => "WAITING",
            ConnectorStatus::Refreshing => "REFRESHING",
            ConnectorStatus::Running => "RUNNING",
            ConnectorStatus::Stopped => "STOPPED",
            ConnectorStatus::InitializeFailed => "INITIALIZE_FAILED",
            ConnectorStatus::ConfigFailed => "CONFIG_FAILED",
            ConnectorStatus::Shutdown => "SHUTDOWN",
            ConnectorStatus::Failed => "FAILED",
        }
    }

    /// What the status means.
    pub fn description(self) -> &'static str {
        match self {
            ConnectorStatus::Initialized => "The connector is created and its context is set.",
            ConnectorStatus::Waiting => "The connector is waiting for its next refresh.",
            ConnectorStatus::Refreshing => "The connector is refreshing.",
            ConnectorStatus::Running => "The connector is running in its own task (blocking calls).",
            ConnectorStatus::Stopped => "The connector is disconnected.",
            ConnectorStatus::InitializeFailed => {
                "Setting up the connector's context failed; it is retried automatically."
            }
            ConnectorStatus::ConfigFailed => {
                "The connector's configuration is wrong; it waits for a configuration change or restart."
            }
            ConnectorStatus::Shutdown => "The connector was shut down with the daemon.",
            ConnectorStatus::Failed => "The connector failed; it stays failed until it is restarted.",
        }
    }

    /// True for the states in which the connector was started and must be disconnected on
    /// shutdown (Egeria skips WAITING here; omis does not).
    pub fn is_started(self) -> bool {
        matches!(
            self,
            ConnectorStatus::Waiting | ConnectorStatus::Refreshing | ConnectorStatus::Running | ConnectorStatus::Failed
        )
    }
}

impl fmt::Display for ConnectorStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The state of one connector as the daemon's status API reports it (Egeria's
/// `IntegrationConnectorReport`; egeria-framework.md §4, egeria-wire.md §3.2).
///
/// Both `connectorId` (the Java bean) and `connectorGUID` (what pyegeria reads) are written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IntegrationConnectorReport {
    /// The configured connector id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_id: Option<String>,
    /// The GUID of the connector's element (omis: the connector id when no element exists).
    #[serde(rename = "connectorGUID", default, skip_serializing_if = "Option::is_none")]
    pub connector_guid: Option<String>,
    /// The unique connector name.
    pub connector_name: String,
    /// The connection, with secrets redacted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<Connection>,
    /// The instance id given to `initialize` (a fresh UUID per instance).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_instance_id: Option<String>,
    /// The current status; absent while the connector is being reset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_status: Option<ConnectorStatus>,
    /// When the status last changed.
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub last_status_change: Option<Timestamp>,
    /// When the last refresh ran (or would have run).
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub last_refresh_time: Option<Timestamp>,
    /// The refresh interval in minutes (0 = at start and on request only).
    #[serde(default)]
    pub min_minutes_between_refresh: i64,
    /// The message of the error that failed the connector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failing_exception_message: Option<String>,
    /// Connector statistics (counts of the last refresh and so on).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub statistics: BTreeMap<String, serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::parse_timestamp;
    use serde_json::json;

    #[test]
    fn nine_statuses_with_egeria_names_and_ordinals() {
        let expected = [
            ("INITIALIZED", 0, "Initialized"),
            ("WAITING", 1, "Waiting"),
            ("REFRESHING", 2, "Refreshing"),
            ("RUNNING", 3, "Running"),
            ("STOPPED", 4, "Stopped"),
            ("INITIALIZE_FAILED", 5, "Initialize Failed"),
            ("CONFIG_FAILED", 6, "Configuration Failed"),
            ("SHUTDOWN", 7, "Shutdown"),
            ("FAILED", 99, "Connector Failed"),
        ];
        for (status, (name, ordinal, display)) in ConnectorStatus::ALL.into_iter().zip(expected) {
            assert_eq!(serde_json::to_value(status).unwrap(), json!(name));
            assert_eq!(status.as_str(), name);
            assert_eq!(status.ordinal(), ordinal);
            assert_eq!(status.display_name(), display);
            assert_eq!(serde_json::from_value::<ConnectorStatus>(json!(name)).unwrap(), status);
        }
    }

    #[test]
    fn waiting_counts_as_started_unlike_egeria() {
        assert!(ConnectorStatus::Waiting.is_started());
        assert!(ConnectorStatus::Failed.is_started());
        assert!(!ConnectorStatus::Initialized.is_started());
        assert!(!ConnectorStatus::ConfigFailed.is_started());
    }

    #[test]
    fn report_serialises_like_egeria_with_iso_dates() {
        let report = IntegrationConnectorReport {
            connector_id: Some("c-1".into()),
            connector_guid: Some("c-1".into()),
            connector_name: "FilesMonitor".into(),
            connection: None,
            connector_instance_id: Some("4f1c0b5e-5d7e-4bb5-9d6c-0c2f0a9f3f10".into()),
            connector_status: Some(ConnectorStatus::Waiting),
            last_status_change: parse_timestamp("2026-11-23T10:15:30.123+00:00"),
            last_refresh_time: parse_timestamp("2026-11-23T10:15:31.000+00:00"),
            min_minutes_between_refresh: 60,
            failing_exception_message: None,
            statistics: BTreeMap::from([("created".to_owned(), json!(3))]),
        };
        // Written from the shapes in egeria-framework.md §4 and egeria-wire.md §3.2/§2.6.
        let expected = json!({
            "connectorId": "c-1",
            "connectorGUID": "c-1",
            "connectorName": "FilesMonitor",
            "connectorInstanceId": "4f1c0b5e-5d7e-4bb5-9d6c-0c2f0a9f3f10",
            "connectorStatus": "WAITING",
            "lastStatusChange": "2026-11-23T10:15:30.123+00:00",
            "lastRefreshTime": "2026-11-23T10:15:31.000+00:00",
            "minMinutesBetweenRefresh": 60,
            "statistics": {"created": 3}
        });
        assert_eq!(serde_json::to_value(&report).unwrap(), expected);
        let back: IntegrationConnectorReport = serde_json::from_value(expected).unwrap();
        assert_eq!(back, report);
    }

    #[test]
    fn report_reads_epoch_millis_from_older_servers() {
        let report: IntegrationConnectorReport = serde_json::from_value(json!({
            "connectorName": "X", "connectorStatus": "FAILED",
            "lastStatusChange": 1_639_984_840_038_i64,
            "failingExceptionMessage": "boom"
        }))
        .unwrap();
        assert_eq!(report.connector_status, Some(ConnectorStatus::Failed));
        assert_eq!(report.last_status_change, parse_timestamp("2021-12-20T07:20:40.038+00:00"));
        assert_eq!(report.min_minutes_between_refresh, 0);
    }
}
