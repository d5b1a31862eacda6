//! The integration report: what one refresh of a connector did to the repository.
//!
//! The context records the elements created, updated, left unchanged and removed between
//! `start_recording` and `publish_report` (Egeria's `IntegrationReportWriter` /
//! `ConnectorActivityReportWriter`). When the connector is configured with
//! `generateIntegrationReports`, a report with changes is also stored in the repository as a
//! `ConnectorActivityReport` element.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::model::{ElementProperties, Guid};
use crate::time::{Timestamp, format_iso8601};

/// What one refresh did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IntegrationReport {
    /// The connector's configured id.
    pub connector_id: String,
    /// The connector's name.
    pub connector_name: String,
    /// When the refresh started.
    #[serde(with = "crate::time::iso8601")]
    pub refresh_start_date: Timestamp,
    /// When it finished (absent while it runs).
    #[serde(default, with = "crate::time::iso8601_option", skip_serializing_if = "Option::is_none")]
    pub refresh_completion_date: Option<Timestamp>,
    /// Elements created.
    #[serde(default)]
    pub created_elements: Vec<Guid>,
    /// Elements changed (properties, status, classifications, zones).
    #[serde(default)]
    pub updated_elements: Vec<Guid>,
    /// Elements found in the third party and already up to date: nothing was written for them.
    #[serde(default)]
    pub unchanged_elements: Vec<Guid>,
    /// Elements removed (with the method the connector is configured for).
    #[serde(default)]
    pub deleted_elements: Vec<Guid>,
    /// Remarks, e.g. why nothing was removed from a scope.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The GUID of the stored `ConnectorActivityReport`, when one was stored.
    #[serde(rename = "reportGUID", default, skip_serializing_if = "Option::is_none")]
    pub report_guid: Option<Guid>,
}

impl IntegrationReport {
    /// An empty report starting now.
    pub fn start(connector_id: &str, connector_name: &str, start: Timestamp) -> IntegrationReport {
        IntegrationReport {
            connector_id: connector_id.to_owned(),
            connector_name: connector_name.to_owned(),
            refresh_start_date: start,
            refresh_completion_date: None,
            created_elements: Vec::new(),
            updated_elements: Vec::new(),
            unchanged_elements: Vec::new(),
            deleted_elements: Vec::new(),
            notes: Vec::new(),
            report_guid: None,
        }
    }

    /// True when the refresh changed nothing in the repository.
    pub fn has_changes(&self) -> bool {
        !(self.created_elements.is_empty() && self.updated_elements.is_empty() && self.deleted_elements.is_empty())
    }

    /// The counts, for status reports: created, updated, unchanged, removed.
    pub fn counts(&self) -> ReportCounts {
        ReportCounts {
            created: self.created_elements.len(),
            updated: self.updated_elements.len(),
            unchanged: self.unchanged_elements.len(),
            removed: self.deleted_elements.len(),
        }
    }

    /// The properties of the `ConnectorActivityReport` element that records this report.
    pub fn activity_report_properties(&self, server_name: &str) -> ElementProperties {
        let completion = self.refresh_completion_date.unwrap_or(self.refresh_start_date);
        let counts = self.counts();
        ElementProperties::new()
            .with(
                "qualifiedName",
                format!(
                    "ConnectorActivityReport::{}::{}::{}",
                    self.connector_id,
                    self.connector_name,
                    format_iso8601(&self.refresh_start_date)
                ),
            )
            .with("displayName", format!("Activity of {} at {}", self.connector_name, format_iso8601(&completion)))
            .with("serverName", server_name)
            .with("connectorName", self.connector_name.as_str())
            .with("connectorId", self.connector_id.as_str())
            .with("refreshStartDate", self.refresh_start_date)
            .with("refreshCompletionDate", completion)
            .with("createdElements", self.created_elements.clone())
            .with("updatedElements", self.updated_elements.clone())
            .with("deletedElements", self.deleted_elements.clone())
            .with(
                "additionalProperties",
                std::collections::BTreeMap::from([
                    ("unchangedElementCount".to_owned(), counts.unchanged.to_string()),
                    ("notes".to_owned(), self.notes.join("\n")),
                ]),
            )
    }
}

/// How many elements a refresh created, updated, left unchanged and removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReportCounts {
    /// Created.
    pub created: usize,
    /// Updated.
    pub updated: usize,
    /// Unchanged.
    pub unchanged: usize,
    /// Removed.
    pub removed: usize,
}

/// The report being recorded, with the sets that keep each GUID in one list only.
#[derive(Debug)]
pub(crate) struct Recorder {
    pub(crate) report: IntegrationReport,
    listed: HashSet<Guid>,
}

impl Recorder {
    pub(crate) fn new(report: IntegrationReport) -> Recorder {
        Recorder { report, listed: HashSet::new() }
    }

    /// Created wins over every later change in the same refresh; removed wins over everything.
    pub(crate) fn created(&mut self, guid: &str) {
        if self.listed.insert(guid.to_owned()) {
            self.report.created_elements.push(guid.to_owned());
        }
    }

    pub(crate) fn updated(&mut self, guid: &str) {
        if self.listed.insert(guid.to_owned()) {
            self.report.updated_elements.push(guid.to_owned());
        } else if let Some(position) = self.report.unchanged_elements.iter().position(|g| g == guid) {
            self.report.unchanged_elements.remove(position);
            self.report.updated_elements.push(guid.to_owned());
        }
    }

    pub(crate) fn unchanged(&mut self, guid: &str) {
        if self.listed.insert(guid.to_owned()) {
            self.report.unchanged_elements.push(guid.to_owned());
        }
    }

    pub(crate) fn removed(&mut self, guid: &str) {
        if !self.listed.insert(guid.to_owned()) {
            self.report.created_elements.retain(|g| g != guid);
            self.report.updated_elements.retain(|g| g != guid);
            self.report.unchanged_elements.retain(|g| g != guid);
        }
        self.report.deleted_elements.push(guid.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::parse_timestamp;

    #[test]
    fn each_guid_is_listed_once_with_its_strongest_change() {
        let start = parse_timestamp("2026-11-23T10:00:00Z").unwrap();
        let mut recorder = Recorder::new(IntegrationReport::start("id", "name", start));
        recorder.created("a");
        recorder.updated("a");
        recorder.unchanged("b");
        recorder.updated("b");
        recorder.unchanged("c");
        recorder.removed("c");
        recorder.removed("d");
        let report = recorder.report;
        assert_eq!(report.created_elements, ["a"]);
        assert_eq!(report.updated_elements, ["b"]);
        assert!(report.unchanged_elements.is_empty());
        assert_eq!(report.deleted_elements, ["c", "d"]);
        assert_eq!(report.counts(), ReportCounts { created: 1, updated: 1, unchanged: 0, removed: 2 });
        assert!(report.has_changes());
    }

    #[test]
    fn activity_report_properties_validate_against_the_types() {
        let start = parse_timestamp("2026-11-23T10:00:00Z").unwrap();
        let mut report = IntegrationReport::start("id-1", "FilesMonitor", start);
        report.created_elements.push("g-1".into());
        report.refresh_completion_date = Some(start);
        let registry = crate::TypeRegistry::builtin();
        let (_, properties) = registry
            .validate_element(
                "ConnectorActivityReport",
                report.activity_report_properties("omis"),
                crate::types::ValidationMode::Complete,
            )
            .unwrap();
        assert_eq!(
            properties.get_str("qualifiedName"),
            Some("ConnectorActivityReport::id-1::FilesMonitor::2026-11-23T10:00:00.000+00:00")
        );
    }
}
