//! The twelve integration services and permitted synchronization.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Which way metadata may flow between open metadata and a third-party technology
/// (Egeria's `PermittedSynchronization`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PermittedSynchronization {
    /// Both ways; a change on both sides is a conflict for a steward.
    BothDirections,
    /// Open metadata owns the metadata and overrides the third party.
    ToThirdParty,
    /// The third party owns the metadata; open metadata edits are not pushed back.
    FromThirdParty,
    /// Something else, agreed outside omis.
    Other,
}

impl PermittedSynchronization {
    /// Egeria's ordinal.
    pub fn ordinal(self) -> i32 {
        match self {
            PermittedSynchronization::BothDirections => 0,
            PermittedSynchronization::ToThirdParty => 1,
            PermittedSynchronization::FromThirdParty => 2,
            PermittedSynchronization::Other => 99,
        }
    }

    /// The symbolic name, e.g. `FROM_THIRD_PARTY`.
    pub fn as_str(self) -> &'static str {
        match self {
            PermittedSynchronization::BothDirections => "BOTH_DIRECTIONS",
            PermittedSynchronization::ToThirdParty => "TO_THIRD_PARTY",
            PermittedSynchronization::FromThirdParty => "FROM_THIRD_PARTY",
            PermittedSynchronization::Other => "OTHER",
        }
    }

    /// True when the connector may write what it finds in the third party into open metadata:
    /// every direction but `TO_THIRD_PARTY` (Egeria's exchange services refuse exactly that one).
    pub fn allows_writes_to_open_metadata(self) -> bool {
        self != PermittedSynchronization::ToThirdParty
    }

    /// True when the connector may push open metadata to the third party: every direction but
    /// `FROM_THIRD_PARTY`.
    pub fn allows_writes_to_third_party(self) -> bool {
        self != PermittedSynchronization::FromThirdParty
    }
}

impl fmt::Display for PermittedSynchronization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PermittedSynchronization {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "BOTH_DIRECTIONS" => Ok(PermittedSynchronization::BothDirections),
            "TO_THIRD_PARTY" => Ok(PermittedSynchronization::ToThirdParty),
            "FROM_THIRD_PARTY" => Ok(PermittedSynchronization::FromThirdParty),
            "OTHER" => Ok(PermittedSynchronization::Other),
            other => Err(format!(
                "'{other}' is not a permitted synchronization; use BOTH_DIRECTIONS, TO_THIRD_PARTY, FROM_THIRD_PARTY or OTHER"
            )),
        }
    }
}

/// One of the twelve integration services (Egeria's OMIS), with the facts of Egeria's
/// `IntegrationServiceDescription` registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IntegrationService {
    /// Third-party data catalogs.
    Catalog,
    /// API gateways and managers.
    Api,
    /// Event brokers.
    Topic,
    /// Reporting and form applications.
    Display,
    /// Relational databases.
    Database,
    /// File systems and file managers.
    Files,
    /// Lineage-capturing tools, including OpenLineage.
    Lineage,
    /// HR and directory systems.
    Organization,
    /// Security enforcement points.
    Security,
    /// Analytics and BI tools.
    Analytics,
    /// Search engines.
    Search,
    /// IT infrastructure: hosts, platforms, servers.
    Infrastructure,
}

impl IntegrationService {
    /// All twelve, in Egeria's code order.
    pub const ALL: [IntegrationService; 12] = [
        IntegrationService::Catalog,
        IntegrationService::Api,
        IntegrationService::Topic,
        IntegrationService::Display,
        IntegrationService::Database,
        IntegrationService::Files,
        IntegrationService::Lineage,
        IntegrationService::Organization,
        IntegrationService::Security,
        IntegrationService::Analytics,
        IntegrationService::Search,
        IntegrationService::Infrastructure,
    ];

    /// Egeria's service code (4000–4011).
    pub fn code(self) -> u32 {
        4000 + match self {
            IntegrationService::Catalog => 0,
            IntegrationService::Api => 1,
            IntegrationService::Topic => 2,
            IntegrationService::Display => 3,
            IntegrationService::Database => 4,
            IntegrationService::Files => 5,
            IntegrationService::Lineage => 6,
            IntegrationService::Organization => 7,
            IntegrationService::Security => 8,
            IntegrationService::Analytics => 9,
            IntegrationService::Search => 10,
            IntegrationService::Infrastructure => 11,
        }
    }

    /// The short name, e.g. `database`.
    pub fn short_name(self) -> &'static str {
        match self {
            IntegrationService::Catalog => "catalog",
            IntegrationService::Api => "api",
            IntegrationService::Topic => "topic",
            IntegrationService::Display => "display",
            IntegrationService::Database => "database",
            IntegrationService::Files => "files",
            IntegrationService::Lineage => "lineage",
            IntegrationService::Organization => "organization",
            IntegrationService::Security => "security",
            IntegrationService::Analytics => "analytics",
            IntegrationService::Search => "search",
            IntegrationService::Infrastructure => "infrastructure",
        }
    }

    /// Egeria's URL marker, e.g. `database-integrator`.
    pub fn url_marker(self) -> String {
        format!("{}-integrator", self.short_name())
    }

    /// Egeria's full name, e.g. `Database Integrator OMIS`.
    pub fn full_name(self) -> &'static str {
        match self {
            IntegrationService::Catalog => "Catalog Integrator OMIS",
            IntegrationService::Api => "API Integrator OMIS",
            IntegrationService::Topic => "Topic Integrator OMIS",
            IntegrationService::Display => "Display Integrator OMIS",
            IntegrationService::Database => "Database Integrator OMIS",
            IntegrationService::Files => "Files Integrator OMIS",
            IntegrationService::Lineage => "Lineage Integrator OMIS",
            IntegrationService::Organization => "Organization Integrator OMIS",
            IntegrationService::Security => "Security Integrator OMIS",
            IntegrationService::Analytics => "Analytics Integrator OMIS",
            IntegrationService::Search => "Search Integrator OMIS",
            IntegrationService::Infrastructure => "Infrastructure Integrator OMIS",
        }
    }

    /// What the service is for.
    pub fn description(self) -> &'static str {
        match self {
            IntegrationService::Catalog => "Exchanges metadata with third-party data catalogs.",
            IntegrationService::Api => "Catalogs APIs from API gateways and managers.",
            IntegrationService::Topic => "Catalogs topics and event types from event brokers.",
            IntegrationService::Display => "Catalogs reports, forms and queries of display applications.",
            IntegrationService::Database => "Catalogs databases, schemas, tables, views and columns.",
            IntegrationService::Files => "Catalogs folders and data files of file systems.",
            IntegrationService::Lineage => "Captures processes and lineage, including OpenLineage events.",
            IntegrationService::Organization => "Synchronizes people, teams, roles and user identities.",
            IntegrationService::Security => "Pushes security groups and user identities to enforcement points.",
            IntegrationService::Analytics => "Exchanges analytics models and their assets with analytics tools.",
            IntegrationService::Search => "Feeds assets and their attached metadata to search indexes.",
            IntegrationService::Infrastructure => "Catalogs hosts, platforms, servers and their capabilities.",
        }
    }

    /// The default permitted synchronization (Egeria's registry, egeria-framework.md §3).
    pub fn default_permitted_synchronization(self) -> PermittedSynchronization {
        match self {
            IntegrationService::Catalog
            | IntegrationService::Analytics
            | IntegrationService::Search
            | IntegrationService::Infrastructure => PermittedSynchronization::BothDirections,
            IntegrationService::Security => PermittedSynchronization::ToThirdParty,
            IntegrationService::Api
            | IntegrationService::Topic
            | IntegrationService::Display
            | IntegrationService::Database
            | IntegrationService::Files
            | IntegrationService::Lineage
            | IntegrationService::Organization => PermittedSynchronization::FromThirdParty,
        }
    }
}

impl fmt::Display for IntegrationService {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.short_name())
    }
}

impl FromStr for IntegrationService {
    type Err = String;

    /// Accepts the short name (`database`) or the URL marker (`database-integrator`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let short = text.strip_suffix("-integrator").unwrap_or(text);
        IntegrationService::ALL.into_iter().find(|service| service.short_name() == short).ok_or_else(|| {
            let names: Vec<&str> = IntegrationService::ALL.iter().map(|s| s.short_name()).collect();
            format!("'{text}' is not an integration service; the services are: {}", names.join(", "))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_egeria_registry() {
        use PermittedSynchronization::{BothDirections, FromThirdParty, ToThirdParty};
        let expected = [
            ("catalog", 4000, BothDirections),
            ("api", 4001, FromThirdParty),
            ("topic", 4002, FromThirdParty),
            ("display", 4003, FromThirdParty),
            ("database", 4004, FromThirdParty),
            ("files", 4005, FromThirdParty),
            ("lineage", 4006, FromThirdParty),
            ("organization", 4007, FromThirdParty),
            ("security", 4008, ToThirdParty),
            ("analytics", 4009, BothDirections),
            ("search", 4010, BothDirections),
            ("infrastructure", 4011, BothDirections),
        ];
        for (service, (name, code, sync)) in IntegrationService::ALL.into_iter().zip(expected) {
            assert_eq!(service.short_name(), name);
            assert_eq!(service.code(), code);
            assert_eq!(service.default_permitted_synchronization(), sync, "{name}");
            assert_eq!(name.parse::<IntegrationService>(), Ok(service));
            assert_eq!(service.url_marker().parse::<IntegrationService>(), Ok(service));
        }
        let error = "dbase".parse::<IntegrationService>().unwrap_err();
        assert!(error.contains("database") && error.contains("topic"), "{error}");
    }

    #[test]
    fn permitted_synchronization_directions() {
        assert!(PermittedSynchronization::FromThirdParty.allows_writes_to_open_metadata());
        assert!(!PermittedSynchronization::FromThirdParty.allows_writes_to_third_party());
        assert!(!PermittedSynchronization::ToThirdParty.allows_writes_to_open_metadata());
        assert!(PermittedSynchronization::BothDirections.allows_writes_to_third_party());
        assert!(PermittedSynchronization::Other.allows_writes_to_open_metadata());
        assert_eq!(serde_json::to_string(&PermittedSynchronization::FromThirdParty).unwrap(), "\"FROM_THIRD_PARTY\"");
        assert_eq!("TO_THIRD_PARTY".parse(), Ok(PermittedSynchronization::ToThirdParty));
        assert!("SIDEWAYS".parse::<PermittedSynchronization>().is_err());
        assert_eq!(PermittedSynchronization::Other.ordinal(), 99);
    }
}
