//! The audit log: typed messages that both log and count (Egeria's Audit Log Framework).
//!
//! A message is a constant [`AuditMessageDefinition`] with an id such as
//! `OMIS-DATABASE-INTEGRATOR-0001`, an Egeria severity, a text with `{0}`-style parameters, a system
//! action and a user action. Logging it emits a `tracing` event carrying the id and component, bumps
//! the log's counters, and keeps the record in a short in-memory ring for status pages and tests.
//! Logs form a tree: the daemon has a root log and each connector a child log.

use std::collections::{BTreeMap, VecDeque};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};

use crate::error::format_message;
use crate::time::{Timestamp, now};

/// Egeria's audit-log severities (`AuditLogRecordSeverityLevel`), with their ordinals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AuditLogSeverity {
    /// Unclassified.
    Unknown,
    /// Something worth knowing happened.
    Info,
    /// An event was received or sent.
    Event,
    /// A decision was made.
    Decision,
    /// Someone should act.
    Action,
    /// Something went wrong; the component carries on.
    Error,
    /// An unexpected exception was caught.
    Exception,
    /// A security-relevant event.
    Security,
    /// A component is starting.
    Startup,
    /// A component is stopping.
    Shutdown,
    /// An asset changed.
    Asset,
    /// Type definitions changed.
    Types,
    /// Cohort membership changed.
    Cohort,
    /// Detailed tracing.
    Trace,
    /// A performance measurement.
    PerfMon,
    /// Activity of a connector or service.
    Activity,
}

impl AuditLogSeverity {
    /// All severities, in ordinal order.
    pub const ALL: [AuditLogSeverity; 16] = [
        AuditLogSeverity::Unknown,
        AuditLogSeverity::Info,
        AuditLogSeverity::Event,
        AuditLogSeverity::Decision,
        AuditLogSeverity::Action,
        AuditLogSeverity::Error,
        AuditLogSeverity::Exception,
        AuditLogSeverity::Security,
        AuditLogSeverity::Startup,
        AuditLogSeverity::Shutdown,
        AuditLogSeverity::Asset,
        AuditLogSeverity::Types,
        AuditLogSeverity::Cohort,
        AuditLogSeverity::Trace,
        AuditLogSeverity::PerfMon,
        AuditLogSeverity::Activity,
    ];

    /// Egeria's ordinal for the severity.
    pub fn ordinal(self) -> u8 {
        // The enum is declared in ordinal order and has 16 values.
        #[allow(clippy::cast_possible_truncation)]
        let ordinal = self as u8;
        ordinal
    }

    /// Egeria's display name ("Information", "Error", ...).
    pub fn display_name(self) -> &'static str {
        match self {
            AuditLogSeverity::Unknown => "Unknown",
            AuditLogSeverity::Info => "Information",
            AuditLogSeverity::Event => "Event",
            AuditLogSeverity::Decision => "Decision",
            AuditLogSeverity::Action => "Action",
            AuditLogSeverity::Error => "Error",
            AuditLogSeverity::Exception => "Exception",
            AuditLogSeverity::Security => "Security",
            AuditLogSeverity::Startup => "Startup",
            AuditLogSeverity::Shutdown => "Shutdown",
            AuditLogSeverity::Asset => "Asset",
            AuditLogSeverity::Types => "Types",
            AuditLogSeverity::Cohort => "Cohort",
            AuditLogSeverity::Trace => "Trace",
            AuditLogSeverity::PerfMon => "PerfMon",
            AuditLogSeverity::Activity => "Activity",
        }
    }

    /// The `tracing` level an event of this severity is emitted at.
    pub fn tracing_level(self) -> tracing::Level {
        match self {
            AuditLogSeverity::Error | AuditLogSeverity::Exception => tracing::Level::ERROR,
            AuditLogSeverity::Unknown | AuditLogSeverity::Action | AuditLogSeverity::Security => tracing::Level::WARN,
            AuditLogSeverity::Trace | AuditLogSeverity::PerfMon => tracing::Level::DEBUG,
            _ => tracing::Level::INFO,
        }
    }
}

impl fmt::Display for AuditLogSeverity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.display_name())
    }
}

/// The typed definition of an audit-log message (Egeria's `AuditLogMessageDefinition`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditMessageDefinition {
    /// Message id, e.g. `OMIS-INTEGRATION-DAEMON-0012`.
    pub id: &'static str,
    /// Egeria severity.
    pub severity: AuditLogSeverity,
    /// Text with `{0}`, `{1}`, ... placeholders.
    pub text: &'static str,
    /// What the system did.
    pub system_action: &'static str,
    /// What the user should do.
    pub user_action: &'static str,
}

impl AuditMessageDefinition {
    /// The text with the parameters filled in.
    pub fn format(&self, params: &[String]) -> String {
        format_message(self.text, params)
    }
}

/// One logged message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditRecord {
    /// When it was logged.
    #[serde(with = "crate::time::iso8601")]
    pub time_stamp: Timestamp,
    /// The component (log) that logged it.
    pub originator_component: String,
    /// The operation that was running.
    pub action_description: String,
    /// The message id.
    pub message_id: String,
    /// Egeria severity.
    pub severity: AuditLogSeverity,
    /// The formatted message text.
    pub message_text: String,
    /// The message parameters.
    pub message_parameters: Vec<String>,
    /// What the system did.
    pub system_action: String,
    /// What the user should do.
    pub user_action: String,
    /// The error that was logged with the message, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception_message: Option<String>,
}

/// Counts and children of a log, for status reports (Egeria's `AuditLogReport`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditLogReport {
    /// The component the log belongs to.
    pub component_name: String,
    /// Messages logged by this log (not its children), by severity display name.
    pub severity_counts: BTreeMap<String, u64>,
    /// Messages logged by this log, by message id.
    pub message_counts: BTreeMap<String, u64>,
    /// The reports of the child logs.
    pub children: Vec<AuditLogReport>,
}

const RECENT_CAPACITY: usize = 256;

struct AuditLogInner {
    component_name: String,
    severity_counts: [AtomicU64; AuditLogSeverity::ALL.len()],
    message_counts: Mutex<BTreeMap<&'static str, u64>>,
    recent: Mutex<VecDeque<AuditRecord>>,
    children: Mutex<Vec<AuditLog>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding one of these locks cannot leave the data inconsistent (counters and
    // a ring of records), so a poisoned lock is simply taken over.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// An audit log for one component. Cheap to clone; clones share the same counters.
#[derive(Clone)]
pub struct AuditLog {
    inner: Arc<AuditLogInner>,
}

impl fmt::Debug for AuditLog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuditLog").field("component_name", &self.inner.component_name).finish_non_exhaustive()
    }
}

impl AuditLog {
    /// A new root log for a component.
    pub fn new(component_name: impl Into<String>) -> AuditLog {
        AuditLog {
            inner: Arc::new(AuditLogInner {
                component_name: component_name.into(),
                severity_counts: std::array::from_fn(|_| AtomicU64::new(0)),
                message_counts: Mutex::new(BTreeMap::new()),
                recent: Mutex::new(VecDeque::with_capacity(16)),
                children: Mutex::new(Vec::new()),
            }),
        }
    }

    /// Creates a child log, e.g. one per connector (`"<component>:<instanceId>"`).
    #[must_use]
    pub fn child(&self, component_name: impl Into<String>) -> AuditLog {
        let child = AuditLog::new(component_name);
        lock(&self.inner.children).push(child.clone());
        child
    }

    /// The component this log belongs to.
    pub fn component_name(&self) -> &str {
        &self.inner.component_name
    }

    /// Logs a message with its parameters.
    pub fn log_message(&self, action: &str, definition: &AuditMessageDefinition, params: &[&dyn fmt::Display]) {
        self.record(action, definition, params, None);
    }

    /// Logs a message together with the error that caused it.
    pub fn log_exception(
        &self,
        action: &str,
        definition: &AuditMessageDefinition,
        params: &[&dyn fmt::Display],
        error: &dyn std::error::Error,
    ) {
        self.record(action, definition, params, Some(error.to_string()));
    }

    fn record(
        &self,
        action: &str,
        definition: &AuditMessageDefinition,
        params: &[&dyn fmt::Display],
        exception_message: Option<String>,
    ) {
        let parameters: Vec<String> = params.iter().map(ToString::to_string).collect();
        let text = definition.format(&parameters);
        emit_tracing_event(
            definition.severity,
            &self.inner.component_name,
            definition.id,
            action,
            &text,
            exception_message.as_deref(),
        );
        self.inner.severity_counts[usize::from(definition.severity.ordinal())].fetch_add(1, Ordering::Relaxed);
        *lock(&self.inner.message_counts).entry(definition.id).or_insert(0) += 1;
        let record = AuditRecord {
            time_stamp: now(),
            originator_component: self.inner.component_name.clone(),
            action_description: action.to_owned(),
            message_id: definition.id.to_owned(),
            severity: definition.severity,
            message_text: text,
            message_parameters: parameters,
            system_action: definition.system_action.to_owned(),
            user_action: definition.user_action.to_owned(),
            exception_message,
        };
        let mut recent = lock(&self.inner.recent);
        if recent.len() == RECENT_CAPACITY {
            recent.pop_front();
        }
        recent.push_back(record);
    }

    /// How many times this log (not its children) logged the message with this id.
    pub fn message_count(&self, message_id: &str) -> u64 {
        lock(&self.inner.message_counts).get(message_id).copied().unwrap_or(0)
    }

    /// How many messages of this severity this log (not its children) logged.
    pub fn severity_count(&self, severity: AuditLogSeverity) -> u64 {
        self.inner.severity_counts[usize::from(severity.ordinal())].load(Ordering::Relaxed)
    }

    /// The most recent records of this log (up to 256), oldest first.
    pub fn recent_records(&self) -> Vec<AuditRecord> {
        lock(&self.inner.recent).iter().cloned().collect()
    }

    /// The counts of this log and, recursively, its children.
    pub fn report(&self) -> AuditLogReport {
        let severity_counts = AuditLogSeverity::ALL
            .into_iter()
            .filter_map(|severity| {
                let count = self.severity_count(severity);
                (count > 0).then(|| (severity.display_name().to_owned(), count))
            })
            .collect();
        let message_counts =
            lock(&self.inner.message_counts).iter().map(|(id, count)| ((*id).to_owned(), *count)).collect();
        let children = lock(&self.inner.children).iter().map(AuditLog::report).collect();
        AuditLogReport { component_name: self.inner.component_name.clone(), severity_counts, message_counts, children }
    }
}

fn emit_tracing_event(
    severity: AuditLogSeverity,
    component: &str,
    message_id: &str,
    action: &str,
    text: &str,
    exception: Option<&str>,
) {
    // `tracing::event!` needs a constant level, hence one arm per level.
    macro_rules! emit {
        ($level:expr) => {
            tracing::event!(
                $level,
                component,
                message_id,
                severity = severity.display_name(),
                action,
                exception,
                "{message_id} {text}"
            )
        };
    }
    match severity.tracing_level() {
        tracing::Level::ERROR => emit!(tracing::Level::ERROR),
        tracing::Level::WARN => emit!(tracing::Level::WARN),
        tracing::Level::INFO => emit!(tracing::Level::INFO),
        tracing::Level::DEBUG => emit!(tracing::Level::DEBUG),
        tracing::Level::TRACE => emit!(tracing::Level::TRACE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STARTING: AuditMessageDefinition = AuditMessageDefinition {
        id: "OMIS-TEST-0001",
        severity: AuditLogSeverity::Startup,
        text: "The connector {0} is starting with {1} targets",
        system_action: "The connector starts.",
        user_action: "No action is required.",
    };

    const FAILED: AuditMessageDefinition = AuditMessageDefinition {
        id: "OMIS-TEST-0002",
        severity: AuditLogSeverity::Exception,
        text: "The connector {0} failed",
        system_action: "The connector is stopped.",
        user_action: "Look at the cause.",
    };

    #[test]
    fn logging_counts_and_records() {
        let log = AuditLog::new("daemon");
        log.log_message("start", &STARTING, &[&"files", &3]);
        log.log_message("start", &STARTING, &[&"db", &1]);
        assert_eq!(log.message_count("OMIS-TEST-0001"), 2);
        assert_eq!(log.severity_count(AuditLogSeverity::Startup), 2);
        let records = log.recent_records();
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].message_text, "The connector files is starting with 3 targets");
        assert_eq!(records[1].message_parameters, vec!["db", "1"]);
        assert_eq!(records[0].originator_component, "daemon");
    }

    #[test]
    fn exceptions_keep_the_error_message() {
        let log = AuditLog::new("daemon");
        let error = std::io::Error::other("disk full");
        log.log_exception("refresh", &FAILED, &[&"files"], &error);
        let record = &log.recent_records()[0];
        assert_eq!(record.exception_message.as_deref(), Some("disk full"));
        assert_eq!(record.severity, AuditLogSeverity::Exception);
    }

    #[test]
    fn children_count_separately_and_appear_in_the_report() {
        let root = AuditLog::new("daemon");
        let child = root.child("files:1234");
        child.log_message("start", &STARTING, &[&"files", &0]);
        assert_eq!(root.message_count("OMIS-TEST-0001"), 0);
        let report = root.report();
        assert_eq!(report.children.len(), 1);
        assert_eq!(report.children[0].component_name, "files:1234");
        assert_eq!(report.children[0].severity_counts["Startup"], 1);
        assert_eq!(report.children[0].message_counts["OMIS-TEST-0001"], 1);
    }

    #[test]
    fn the_ring_keeps_the_newest_records() {
        let log = AuditLog::new("daemon");
        for i in 0..300 {
            log.log_message("loop", &STARTING, &[&i, &0]);
        }
        let records = log.recent_records();
        assert_eq!(records.len(), RECENT_CAPACITY);
        assert_eq!(records.last().unwrap().message_parameters[0], "299");
        assert_eq!(log.message_count("OMIS-TEST-0001"), 300);
    }

    #[test]
    fn severities_have_egeria_ordinals_and_names() {
        assert_eq!(AuditLogSeverity::Info.ordinal(), 1);
        assert_eq!(AuditLogSeverity::Info.display_name(), "Information");
        assert_eq!(AuditLogSeverity::Activity.ordinal(), 15);
        assert_eq!(AuditLogSeverity::Error.tracing_level(), tracing::Level::ERROR);
    }
}
