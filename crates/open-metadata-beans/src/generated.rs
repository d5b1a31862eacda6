// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and
// crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.

//! The property beans and enums of the integration services (generated).

#![allow(clippy::struct_field_names)]

use std::collections::BTreeMap;

use integration_daemon_api::family::bean as b;
use integration_daemon_api::family::{BeanEnum, BeanParts, Classification, EntityBean, PropertiesBean, TypedElement};
use integration_daemon_api::time::Timestamp;
use integration_daemon_api::{ElementProperties, OpenMetadataElement};
use serde::{Deserialize, Serialize};

pub use integration_daemon_api::{KeyPattern, PermittedSynchronization};

/// Progress state of a process or requested action (ordinal 6 is unused) (open metadata enum `ActivityStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ActivityStatus {
    /// `REQUESTED` (0).
    #[default]
    #[serde(rename = "REQUESTED")]
    Requested,
    /// `APPROVED` (1).
    #[serde(rename = "APPROVED")]
    Approved,
    /// `WAITING` (2).
    #[serde(rename = "WAITING")]
    Waiting,
    /// `ACTIVATING` (3).
    #[serde(rename = "ACTIVATING")]
    Activating,
    /// `IN_PROGRESS` (4).
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    /// `PAUSED` (5).
    #[serde(rename = "PAUSED")]
    Paused,
    /// `COMPLETED` (7).
    #[serde(rename = "COMPLETED")]
    Completed,
    /// `INVALID` (8).
    #[serde(rename = "INVALID")]
    Invalid,
    /// `IGNORED` (9).
    #[serde(rename = "IGNORED")]
    Ignored,
    /// `FAILED` (10).
    #[serde(rename = "FAILED")]
    Failed,
    /// `CANCELLED` (11).
    #[serde(rename = "CANCELLED")]
    Cancelled,
    /// `ABANDONED` (12).
    #[serde(rename = "ABANDONED")]
    Abandoned,
    /// `OTHER` (99).
    #[serde(rename = "OTHER")]
    Other,
}

impl BeanEnum for ActivityStatus {
    const TYPE_NAME: &'static str = "ActivityStatus";

    fn symbol(self) -> &'static str {
        match self {
            ActivityStatus::Requested => "REQUESTED",
            ActivityStatus::Approved => "APPROVED",
            ActivityStatus::Waiting => "WAITING",
            ActivityStatus::Activating => "ACTIVATING",
            ActivityStatus::InProgress => "IN_PROGRESS",
            ActivityStatus::Paused => "PAUSED",
            ActivityStatus::Completed => "COMPLETED",
            ActivityStatus::Invalid => "INVALID",
            ActivityStatus::Ignored => "IGNORED",
            ActivityStatus::Failed => "FAILED",
            ActivityStatus::Cancelled => "CANCELLED",
            ActivityStatus::Abandoned => "ABANDONED",
            ActivityStatus::Other => "OTHER",
        }
    }

    fn ordinal(self) -> i32 {
        match self {
            ActivityStatus::Requested => 0,
            ActivityStatus::Approved => 1,
            ActivityStatus::Waiting => 2,
            ActivityStatus::Activating => 3,
            ActivityStatus::InProgress => 4,
            ActivityStatus::Paused => 5,
            ActivityStatus::Completed => 7,
            ActivityStatus::Invalid => 8,
            ActivityStatus::Ignored => 9,
            ActivityStatus::Failed => 10,
            ActivityStatus::Cancelled => 11,
            ActivityStatus::Abandoned => 12,
            ActivityStatus::Other => 99,
        }
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        match symbol {
            "REQUESTED" | "0" => Some(ActivityStatus::Requested),
            "APPROVED" | "1" => Some(ActivityStatus::Approved),
            "WAITING" | "2" => Some(ActivityStatus::Waiting),
            "ACTIVATING" | "3" => Some(ActivityStatus::Activating),
            "IN_PROGRESS" | "4" => Some(ActivityStatus::InProgress),
            "PAUSED" | "5" => Some(ActivityStatus::Paused),
            "COMPLETED" | "7" => Some(ActivityStatus::Completed),
            "INVALID" | "8" => Some(ActivityStatus::Invalid),
            "IGNORED" | "9" => Some(ActivityStatus::Ignored),
            "FAILED" | "10" => Some(ActivityStatus::Failed),
            "CANCELLED" | "11" => Some(ActivityStatus::Cancelled),
            "ABANDONED" | "12" => Some(ActivityStatus::Abandoned),
            "OTHER" | "99" => Some(ActivityStatus::Other),
            _ => None,
        }
    }
}

/// The way a software capability relates to an asset it uses (ordinals assumed) (open metadata enum `CapabilityAssetUseType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum CapabilityAssetUseType {
    /// `OWNS` (0).
    #[default]
    #[serde(rename = "OWNS")]
    Owns,
    /// `GOVERNS` (1).
    #[serde(rename = "GOVERNS")]
    Governs,
    /// `MAINTAINS` (2).
    #[serde(rename = "MAINTAINS")]
    Maintains,
    /// `USES` (3).
    #[serde(rename = "USES")]
    Uses,
    /// `OTHER` (99).
    #[serde(rename = "OTHER")]
    Other,
}

impl BeanEnum for CapabilityAssetUseType {
    const TYPE_NAME: &'static str = "CapabilityAssetUseType";

    fn symbol(self) -> &'static str {
        match self {
            CapabilityAssetUseType::Owns => "OWNS",
            CapabilityAssetUseType::Governs => "GOVERNS",
            CapabilityAssetUseType::Maintains => "MAINTAINS",
            CapabilityAssetUseType::Uses => "USES",
            CapabilityAssetUseType::Other => "OTHER",
        }
    }

    fn ordinal(self) -> i32 {
        match self {
            CapabilityAssetUseType::Owns => 0,
            CapabilityAssetUseType::Governs => 1,
            CapabilityAssetUseType::Maintains => 2,
            CapabilityAssetUseType::Uses => 3,
            CapabilityAssetUseType::Other => 99,
        }
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        match symbol {
            "OWNS" | "0" => Some(CapabilityAssetUseType::Owns),
            "GOVERNS" | "1" => Some(CapabilityAssetUseType::Governs),
            "MAINTAINS" | "2" => Some(CapabilityAssetUseType::Maintains),
            "USES" | "3" => Some(CapabilityAssetUseType::Uses),
            "OTHER" | "99" => Some(CapabilityAssetUseType::Other),
            _ => None,
        }
    }
}

/// Kind of channel used to reach an actor (ordinals assumed) (open metadata enum `ContactMethodType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ContactMethodType {
    /// `EMAIL` (0).
    #[default]
    #[serde(rename = "EMAIL")]
    Email,
    /// `PHONE` (1).
    #[serde(rename = "PHONE")]
    Phone,
    /// `CHAT` (2).
    #[serde(rename = "CHAT")]
    Chat,
    /// `PROFILE` (3).
    #[serde(rename = "PROFILE")]
    Profile,
    /// `ACCOUNT` (4).
    #[serde(rename = "ACCOUNT")]
    Account,
    /// `OTHER` (99).
    #[serde(rename = "OTHER")]
    Other,
}

impl BeanEnum for ContactMethodType {
    const TYPE_NAME: &'static str = "ContactMethodType";

    fn symbol(self) -> &'static str {
        match self {
            ContactMethodType::Email => "EMAIL",
            ContactMethodType::Phone => "PHONE",
            ContactMethodType::Chat => "CHAT",
            ContactMethodType::Profile => "PROFILE",
            ContactMethodType::Account => "ACCOUNT",
            ContactMethodType::Other => "OTHER",
        }
    }

    fn ordinal(self) -> i32 {
        match self {
            ContactMethodType::Email => 0,
            ContactMethodType::Phone => 1,
            ContactMethodType::Chat => 2,
            ContactMethodType::Profile => 3,
            ContactMethodType::Account => 4,
            ContactMethodType::Other => 99,
        }
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        match symbol {
            "EMAIL" | "0" => Some(ContactMethodType::Email),
            "PHONE" | "1" => Some(ContactMethodType::Phone),
            "CHAT" | "2" => Some(ContactMethodType::Chat),
            "PROFILE" | "3" => Some(ContactMethodType::Profile),
            "ACCOUNT" | "4" => Some(ContactMethodType::Account),
            "OTHER" | "99" => Some(ContactMethodType::Other),
            _ => None,
        }
    }
}

/// Authoring lifecycle state of a piece of content (open metadata enum `ContentStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ContentStatus {
    /// `DRAFT` (0).
    #[default]
    #[serde(rename = "DRAFT")]
    Draft,
    /// `PREPARED` (1).
    #[serde(rename = "PREPARED")]
    Prepared,
    /// `PROPOSED` (2).
    #[serde(rename = "PROPOSED")]
    Proposed,
    /// `APPROVED` (3).
    #[serde(rename = "APPROVED")]
    Approved,
    /// `REJECTED` (4).
    #[serde(rename = "REJECTED")]
    Rejected,
    /// `ACTIVE` (5).
    #[serde(rename = "ACTIVE")]
    Active,
    /// `DEPRECATED` (6).
    #[serde(rename = "DEPRECATED")]
    Deprecated,
    /// `OBSOLETE` (7).
    #[serde(rename = "OBSOLETE")]
    Obsolete,
    /// `OTHER` (99).
    #[serde(rename = "OTHER")]
    Other,
}

impl BeanEnum for ContentStatus {
    const TYPE_NAME: &'static str = "ContentStatus";

    fn symbol(self) -> &'static str {
        match self {
            ContentStatus::Draft => "DRAFT",
            ContentStatus::Prepared => "PREPARED",
            ContentStatus::Proposed => "PROPOSED",
            ContentStatus::Approved => "APPROVED",
            ContentStatus::Rejected => "REJECTED",
            ContentStatus::Active => "ACTIVE",
            ContentStatus::Deprecated => "DEPRECATED",
            ContentStatus::Obsolete => "OBSOLETE",
            ContentStatus::Other => "OTHER",
        }
    }

    fn ordinal(self) -> i32 {
        match self {
            ContentStatus::Draft => 0,
            ContentStatus::Prepared => 1,
            ContentStatus::Proposed => 2,
            ContentStatus::Approved => 3,
            ContentStatus::Rejected => 4,
            ContentStatus::Active => 5,
            ContentStatus::Deprecated => 6,
            ContentStatus::Obsolete => 7,
            ContentStatus::Other => 99,
        }
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        match symbol {
            "DRAFT" | "0" => Some(ContentStatus::Draft),
            "PREPARED" | "1" => Some(ContentStatus::Prepared),
            "PROPOSED" | "2" => Some(ContentStatus::Proposed),
            "APPROVED" | "3" => Some(ContentStatus::Approved),
            "REJECTED" | "4" => Some(ContentStatus::Rejected),
            "ACTIVE" | "5" => Some(ContentStatus::Active),
            "DEPRECATED" | "6" => Some(ContentStatus::Deprecated),
            "OBSOLETE" | "7" => Some(ContentStatus::Obsolete),
            "OTHER" | "99" => Some(ContentStatus::Other),
            _ => None,
        }
    }
}

/// Sort order of the values held in a data item (open metadata enum `DataItemSortOrder`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum DataItemSortOrder {
    /// `UNKNOWN` (0).
    #[default]
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `ASCENDING` (1).
    #[serde(rename = "ASCENDING")]
    Ascending,
    /// `DESCENDING` (2).
    #[serde(rename = "DESCENDING")]
    Descending,
    /// `UNSORTED` (3).
    #[serde(rename = "UNSORTED")]
    Unsorted,
}

impl BeanEnum for DataItemSortOrder {
    const TYPE_NAME: &'static str = "DataItemSortOrder";

    fn symbol(self) -> &'static str {
        match self {
            DataItemSortOrder::Unknown => "UNKNOWN",
            DataItemSortOrder::Ascending => "ASCENDING",
            DataItemSortOrder::Descending => "DESCENDING",
            DataItemSortOrder::Unsorted => "UNSORTED",
        }
    }

    fn ordinal(self) -> i32 {
        match self {
            DataItemSortOrder::Unknown => 0,
            DataItemSortOrder::Ascending => 1,
            DataItemSortOrder::Descending => 2,
            DataItemSortOrder::Unsorted => 3,
        }
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        match symbol {
            "UNKNOWN" | "0" => Some(DataItemSortOrder::Unknown),
            "ASCENDING" | "1" => Some(DataItemSortOrder::Ascending),
            "DESCENDING" | "2" => Some(DataItemSortOrder::Descending),
            "UNSORTED" | "3" => Some(DataItemSortOrder::Unsorted),
            _ => None,
        }
    }
}

/// Deployment lifecycle state of infrastructure or a promised resource (open metadata enum `DeploymentStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum DeploymentStatus {
    /// `PROPOSED` (0).
    #[default]
    #[serde(rename = "PROPOSED")]
    Proposed,
    /// `UNDER_DEVELOPMENT` (1).
    #[serde(rename = "UNDER_DEVELOPMENT")]
    UnderDevelopment,
    /// `DEVELOPMENT_COMPLETE` (2).
    #[serde(rename = "DEVELOPMENT_COMPLETE")]
    DevelopmentComplete,
    /// `APPROVED_FOR_DEPLOYMENT` (3).
    #[serde(rename = "APPROVED_FOR_DEPLOYMENT")]
    ApprovedForDeployment,
    /// `REJECTED_FOR_DEPLOYMENT` (4).
    #[serde(rename = "REJECTED_FOR_DEPLOYMENT")]
    RejectedForDeployment,
    /// `STANDBY` (5).
    #[serde(rename = "STANDBY")]
    Standby,
    /// `ACTIVE` (6).
    #[serde(rename = "ACTIVE")]
    Active,
    /// `DISABLED` (7).
    #[serde(rename = "DISABLED")]
    Disabled,
    /// `FAILED` (8).
    #[serde(rename = "FAILED")]
    Failed,
    /// `OTHER` (99).
    #[serde(rename = "OTHER")]
    Other,
}

impl BeanEnum for DeploymentStatus {
    const TYPE_NAME: &'static str = "DeploymentStatus";

    fn symbol(self) -> &'static str {
        match self {
            DeploymentStatus::Proposed => "PROPOSED",
            DeploymentStatus::UnderDevelopment => "UNDER_DEVELOPMENT",
            DeploymentStatus::DevelopmentComplete => "DEVELOPMENT_COMPLETE",
            DeploymentStatus::ApprovedForDeployment => "APPROVED_FOR_DEPLOYMENT",
            DeploymentStatus::RejectedForDeployment => "REJECTED_FOR_DEPLOYMENT",
            DeploymentStatus::Standby => "STANDBY",
            DeploymentStatus::Active => "ACTIVE",
            DeploymentStatus::Disabled => "DISABLED",
            DeploymentStatus::Failed => "FAILED",
            DeploymentStatus::Other => "OTHER",
        }
    }

    fn ordinal(self) -> i32 {
        match self {
            DeploymentStatus::Proposed => 0,
            DeploymentStatus::UnderDevelopment => 1,
            DeploymentStatus::DevelopmentComplete => 2,
            DeploymentStatus::ApprovedForDeployment => 3,
            DeploymentStatus::RejectedForDeployment => 4,
            DeploymentStatus::Standby => 5,
            DeploymentStatus::Active => 6,
            DeploymentStatus::Disabled => 7,
            DeploymentStatus::Failed => 8,
            DeploymentStatus::Other => 99,
        }
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        match symbol {
            "PROPOSED" | "0" => Some(DeploymentStatus::Proposed),
            "UNDER_DEVELOPMENT" | "1" => Some(DeploymentStatus::UnderDevelopment),
            "DEVELOPMENT_COMPLETE" | "2" => Some(DeploymentStatus::DevelopmentComplete),
            "APPROVED_FOR_DEPLOYMENT" | "3" => Some(DeploymentStatus::ApprovedForDeployment),
            "REJECTED_FOR_DEPLOYMENT" | "4" => Some(DeploymentStatus::RejectedForDeployment),
            "STANDBY" | "5" => Some(DeploymentStatus::Standby),
            "ACTIVE" | "6" => Some(DeploymentStatus::Active),
            "DISABLED" | "7" => Some(DeploymentStatus::Disabled),
            "FAILED" | "8" => Some(DeploymentStatus::Failed),
            "OTHER" | "99" => Some(DeploymentStatus::Other),
            _ => None,
        }
    }
}

/// Whether a deployed element is switched on (ordinals assumed) (open metadata enum `OperationalStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum OperationalStatus {
    /// `ENABLED` (0).
    #[default]
    #[serde(rename = "ENABLED")]
    Enabled,
    /// `DISABLED` (1).
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl BeanEnum for OperationalStatus {
    const TYPE_NAME: &'static str = "OperationalStatus";

    fn symbol(self) -> &'static str {
        match self {
            OperationalStatus::Enabled => "ENABLED",
            OperationalStatus::Disabled => "DISABLED",
        }
    }

    fn ordinal(self) -> i32 {
        match self {
            OperationalStatus::Enabled => 0,
            OperationalStatus::Disabled => 1,
        }
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        match symbol {
            "ENABLED" | "0" => Some(OperationalStatus::Enabled),
            "DISABLED" | "1" => Some(OperationalStatus::Disabled),
            _ => None,
        }
    }
}

/// Direction of data through a process port (ordinals assumed) (open metadata enum `PortType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum PortType {
    /// `INPUT_PORT` (0).
    #[default]
    #[serde(rename = "INPUT_PORT")]
    InputPort,
    /// `OUTPUT_PORT` (1).
    #[serde(rename = "OUTPUT_PORT")]
    OutputPort,
    /// `INOUT_PORT` (2).
    #[serde(rename = "INOUT_PORT")]
    InoutPort,
    /// `OUTIN_PORT` (3).
    #[serde(rename = "OUTIN_PORT")]
    OutinPort,
    /// `OTHER` (99).
    #[serde(rename = "OTHER")]
    Other,
}

impl BeanEnum for PortType {
    const TYPE_NAME: &'static str = "PortType";

    fn symbol(self) -> &'static str {
        match self {
            PortType::InputPort => "INPUT_PORT",
            PortType::OutputPort => "OUTPUT_PORT",
            PortType::InoutPort => "INOUT_PORT",
            PortType::OutinPort => "OUTIN_PORT",
            PortType::Other => "OTHER",
        }
    }

    fn ordinal(self) -> i32 {
        match self {
            PortType::InputPort => 0,
            PortType::OutputPort => 1,
            PortType::InoutPort => 2,
            PortType::OutinPort => 3,
            PortType::Other => 99,
        }
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        match symbol {
            "INPUT_PORT" | "0" => Some(PortType::InputPort),
            "OUTPUT_PORT" | "1" => Some(PortType::OutputPort),
            "INOUT_PORT" | "2" => Some(PortType::InoutPort),
            "OUTIN_PORT" | "3" => Some(PortType::OutinPort),
            "OTHER" | "99" => Some(PortType::Other),
            _ => None,
        }
    }
}

/// Whether a child process is owned or merely used by its parent (ordinals assumed) (open metadata enum `ProcessContainmentType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ProcessContainmentType {
    /// `OWNED` (0).
    #[default]
    #[serde(rename = "OWNED")]
    Owned,
    /// `USED` (1).
    #[serde(rename = "USED")]
    Used,
    /// `OTHER` (99).
    #[serde(rename = "OTHER")]
    Other,
}

impl BeanEnum for ProcessContainmentType {
    const TYPE_NAME: &'static str = "ProcessContainmentType";

    fn symbol(self) -> &'static str {
        match self {
            ProcessContainmentType::Owned => "OWNED",
            ProcessContainmentType::Used => "USED",
            ProcessContainmentType::Other => "OTHER",
        }
    }

    fn ordinal(self) -> i32 {
        match self {
            ProcessContainmentType::Owned => 0,
            ProcessContainmentType::Used => 1,
            ProcessContainmentType::Other => 99,
        }
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        match symbol {
            "OWNED" | "0" => Some(ProcessContainmentType::Owned),
            "USED" | "1" => Some(ProcessContainmentType::Used),
            "OTHER" | "99" => Some(ProcessContainmentType::Other),
            _ => None,
        }
    }
}

/// How trustworthy a link from an element to a glossary term is (ordinals assumed) (open metadata enum `TermAssignmentStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum TermAssignmentStatus {
    /// `DISCOVERED` (0).
    #[default]
    #[serde(rename = "DISCOVERED")]
    Discovered,
    /// `PROPOSED` (1).
    #[serde(rename = "PROPOSED")]
    Proposed,
    /// `IMPORTED` (2).
    #[serde(rename = "IMPORTED")]
    Imported,
    /// `VALIDATED` (3).
    #[serde(rename = "VALIDATED")]
    Validated,
    /// `DEPRECATED` (4).
    #[serde(rename = "DEPRECATED")]
    Deprecated,
    /// `OBSOLETE` (5).
    #[serde(rename = "OBSOLETE")]
    Obsolete,
    /// `OTHER` (99).
    #[serde(rename = "OTHER")]
    Other,
}

impl BeanEnum for TermAssignmentStatus {
    const TYPE_NAME: &'static str = "TermAssignmentStatus";

    fn symbol(self) -> &'static str {
        match self {
            TermAssignmentStatus::Discovered => "DISCOVERED",
            TermAssignmentStatus::Proposed => "PROPOSED",
            TermAssignmentStatus::Imported => "IMPORTED",
            TermAssignmentStatus::Validated => "VALIDATED",
            TermAssignmentStatus::Deprecated => "DEPRECATED",
            TermAssignmentStatus::Obsolete => "OBSOLETE",
            TermAssignmentStatus::Other => "OTHER",
        }
    }

    fn ordinal(self) -> i32 {
        match self {
            TermAssignmentStatus::Discovered => 0,
            TermAssignmentStatus::Proposed => 1,
            TermAssignmentStatus::Imported => 2,
            TermAssignmentStatus::Validated => 3,
            TermAssignmentStatus::Deprecated => 4,
            TermAssignmentStatus::Obsolete => 5,
            TermAssignmentStatus::Other => 99,
        }
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        match symbol {
            "DISCOVERED" | "0" => Some(TermAssignmentStatus::Discovered),
            "PROPOSED" | "1" => Some(TermAssignmentStatus::Proposed),
            "IMPORTED" | "2" => Some(TermAssignmentStatus::Imported),
            "VALIDATED" | "3" => Some(TermAssignmentStatus::Validated),
            "DEPRECATED" | "4" => Some(TermAssignmentStatus::Deprecated),
            "OBSOLETE" | "5" => Some(TermAssignmentStatus::Obsolete),
            "OTHER" | "99" => Some(TermAssignmentStatus::Other),
            _ => None,
        }
    }
}

/// Lifecycle state of a relationship between glossary terms (ordinals assumed) (open metadata enum `TermRelationshipStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum TermRelationshipStatus {
    /// `DRAFT` (0).
    #[default]
    #[serde(rename = "DRAFT")]
    Draft,
    /// `ACTIVE` (1).
    #[serde(rename = "ACTIVE")]
    Active,
    /// `DEPRECATED` (2).
    #[serde(rename = "DEPRECATED")]
    Deprecated,
    /// `OBSOLETE` (3).
    #[serde(rename = "OBSOLETE")]
    Obsolete,
    /// `OTHER` (99).
    #[serde(rename = "OTHER")]
    Other,
}

impl BeanEnum for TermRelationshipStatus {
    const TYPE_NAME: &'static str = "TermRelationshipStatus";

    fn symbol(self) -> &'static str {
        match self {
            TermRelationshipStatus::Draft => "DRAFT",
            TermRelationshipStatus::Active => "ACTIVE",
            TermRelationshipStatus::Deprecated => "DEPRECATED",
            TermRelationshipStatus::Obsolete => "OBSOLETE",
            TermRelationshipStatus::Other => "OTHER",
        }
    }

    fn ordinal(self) -> i32 {
        match self {
            TermRelationshipStatus::Draft => 0,
            TermRelationshipStatus::Active => 1,
            TermRelationshipStatus::Deprecated => 2,
            TermRelationshipStatus::Obsolete => 3,
            TermRelationshipStatus::Other => 99,
        }
    }

    fn from_symbol(symbol: &str) -> Option<Self> {
        match symbol {
            "DRAFT" | "0" => Some(TermRelationshipStatus::Draft),
            "ACTIVE" | "1" => Some(TermRelationshipStatus::Active),
            "DEPRECATED" | "2" => Some(TermRelationshipStatus::Deprecated),
            "OBSOLETE" | "3" => Some(TermRelationshipStatus::Obsolete),
            "OTHER" | "99" => Some(TermRelationshipStatus::Other),
            _ => None,
        }
    }
}

/// The properties of a `APIOperation` element (or of the subtype named in `type_name`). Egeria: `APIOperationProperties`.
///
/// A single callable operation of an API.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct APIOperationProperties {
    /// The open metadata type: `APIOperation` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `author` (string; declared by SchemaType).
    #[serde(rename = "author", default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// `encodingStandard` (string; declared by SchemaType).
    #[serde(rename = "encodingStandard", default, skip_serializing_if = "Option::is_none")]
    pub encoding_standard: Option<String>,
    /// `namespace` (string; declared by SchemaType).
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `usage` (string; declared by SchemaType).
    #[serde(rename = "usage", default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
    /// `command` (string; declared by APIOperation).
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// `path` (string; declared by APIOperation).
    #[serde(rename = "path", default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl APIOperationProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> APIOperationProperties {
        APIOperationProperties { qualified_name: Some(qualified_name.into()), ..APIOperationProperties::default() }
    }
}

impl EntityBean for APIOperationProperties {
    const TYPE_NAME: &'static str = "APIOperation";
    const BEAN_NAME: &'static str = "APIOperationProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "author", self.author.as_ref());
        b::put(&mut properties, "encodingStandard", self.encoding_standard.as_ref());
        b::put(&mut properties, "namespace", self.namespace.as_ref());
        b::put(&mut properties, "usage", self.usage.as_ref());
        b::put(&mut properties, "command", self.command.as_ref());
        b::put(&mut properties, "path", self.path.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        APIOperationProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            author: b::take_string(&mut properties, "author"),
            encoding_standard: b::take_string(&mut properties, "encodingStandard"),
            namespace: b::take_string(&mut properties, "namespace"),
            usage: b::take_string(&mut properties, "usage"),
            command: b::take_string(&mut properties, "command"),
            path: b::take_string(&mut properties, "path"),
            extended_properties: properties,
        }
    }
}

/// A `APIOperation` element with its properties as [`APIOperationProperties`].
pub type APIOperationElement = TypedElement<APIOperationProperties>;

/// The properties of a `APIParameterList` element (or of the subtype named in `type_name`). Egeria: `APIParameterListProperties`.
///
/// The list of parameters passed in an API header, request or response.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct APIParameterListProperties {
    /// The open metadata type: `APIParameterList` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `author` (string; declared by SchemaType).
    #[serde(rename = "author", default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// `encodingStandard` (string; declared by SchemaType).
    #[serde(rename = "encodingStandard", default, skip_serializing_if = "Option::is_none")]
    pub encoding_standard: Option<String>,
    /// `namespace` (string; declared by SchemaType).
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `usage` (string; declared by SchemaType).
    #[serde(rename = "usage", default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
    /// `required` (boolean; declared by APIParameterList).
    #[serde(rename = "required", default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl APIParameterListProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> APIParameterListProperties {
        APIParameterListProperties {
            qualified_name: Some(qualified_name.into()),
            ..APIParameterListProperties::default()
        }
    }
}

impl EntityBean for APIParameterListProperties {
    const TYPE_NAME: &'static str = "APIParameterList";
    const BEAN_NAME: &'static str = "APIParameterListProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "author", self.author.as_ref());
        b::put(&mut properties, "encodingStandard", self.encoding_standard.as_ref());
        b::put(&mut properties, "namespace", self.namespace.as_ref());
        b::put(&mut properties, "usage", self.usage.as_ref());
        b::put(&mut properties, "required", self.required.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        APIParameterListProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            author: b::take_string(&mut properties, "author"),
            encoding_standard: b::take_string(&mut properties, "encodingStandard"),
            namespace: b::take_string(&mut properties, "namespace"),
            usage: b::take_string(&mut properties, "usage"),
            required: b::take_bool(&mut properties, "required"),
            extended_properties: properties,
        }
    }
}

/// A `APIParameterList` element with its properties as [`APIParameterListProperties`].
pub type APIParameterListElement = TypedElement<APIParameterListProperties>;

/// The properties of a `APIParameter` element (or of the subtype named in `type_name`). Egeria: `APIParameterProperties`.
///
/// A single parameter of an API operation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct APIParameterProperties {
    /// The open metadata type: `APIParameter` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `aliases` (array<string>; declared by SchemaAttribute).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `allowsDuplicateValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "allowsDuplicateValues", default, skip_serializing_if = "Option::is_none")]
    pub allows_duplicate_values: Option<bool>,
    /// `isNullable` (boolean; declared by SchemaAttribute).
    #[serde(rename = "isNullable", default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
    /// `length` (int; declared by SchemaAttribute).
    #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// `minimumLength` (int; declared by SchemaAttribute).
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// `nativeClass` (string; declared by SchemaAttribute).
    #[serde(rename = "nativeClass", default, skip_serializing_if = "Option::is_none")]
    pub native_class: Option<String>,
    /// `orderedValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "orderedValues", default, skip_serializing_if = "Option::is_none")]
    pub ordered_values: Option<bool>,
    /// `precision` (int; declared by SchemaAttribute).
    #[serde(rename = "precision", default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<i32>,
    /// `sortOrder` (DataItemSortOrder; declared by SchemaAttribute).
    #[serde(rename = "sortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<DataItemSortOrder>,
    /// `parameterType` (string; declared by APIParameter).
    #[serde(rename = "parameterType", default, skip_serializing_if = "Option::is_none")]
    pub parameter_type: Option<String>,
    /// `dataType` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// `defaultValue` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "defaultValue", default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// `fixedValue` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "fixedValue", default, skip_serializing_if = "Option::is_none")]
    pub fixed_value: Option<String>,
    /// `position` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "elementPosition", default, skip_serializing_if = "Option::is_none")]
    pub element_position: Option<i32>,
    /// `maxCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "maxCardinality", default, skip_serializing_if = "Option::is_none")]
    pub max_cardinality: Option<i32>,
    /// `minCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "minCardinality", default, skip_serializing_if = "Option::is_none")]
    pub min_cardinality: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl APIParameterProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> APIParameterProperties {
        APIParameterProperties { qualified_name: Some(qualified_name.into()), ..APIParameterProperties::default() }
    }
}

impl EntityBean for APIParameterProperties {
    const TYPE_NAME: &'static str = "APIParameter";
    const BEAN_NAME: &'static str = "APIParameterProperties";
    const HAS_PARENT_FIELDS: bool = true;

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "allowsDuplicateValues", self.allows_duplicate_values.as_ref());
        b::put(&mut properties, "isNullable", self.is_nullable.as_ref());
        b::put(&mut properties, "length", self.length.as_ref());
        b::put(&mut properties, "minimumLength", self.minimum_length.as_ref());
        b::put(&mut properties, "nativeClass", self.native_class.as_ref());
        b::put(&mut properties, "orderedValues", self.ordered_values.as_ref());
        b::put(&mut properties, "precision", self.precision.as_ref());
        b::put_enum(&mut properties, "sortOrder", self.sort_order);
        b::put(&mut properties, "parameterType", self.parameter_type.as_ref());
        let mut classifications = Vec::new();
        let mut embedded0 = ElementProperties::new();
        b::put(&mut embedded0, "dataType", self.data_type.as_ref());
        b::put(&mut embedded0, "defaultValue", self.default_value.as_ref());
        b::put(&mut embedded0, "fixedValue", self.fixed_value.as_ref());
        if !embedded0.is_empty() {
            embedded0.insert("schemaTypeName", "PrimitiveSchemaType");
        }
        b::push_classification(&mut classifications, "TypeEmbeddedAttribute", embedded0);
        let mut parent_properties = ElementProperties::new();
        b::put(&mut parent_properties, "position", self.element_position.as_ref());
        b::put(&mut parent_properties, "maxCardinality", self.max_cardinality.as_ref());
        b::put(&mut parent_properties, "minCardinality", self.min_cardinality.as_ref());
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut embedded0 = b::classification_properties(element, "TypeEmbeddedAttribute");
        let mut parent = parent_properties.cloned().unwrap_or_default();
        APIParameterProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            aliases: b::take_strings(&mut properties, "aliases"),
            allows_duplicate_values: b::take_bool(&mut properties, "allowsDuplicateValues"),
            is_nullable: b::take_bool(&mut properties, "isNullable"),
            length: b::take_i32(&mut properties, "length"),
            minimum_length: b::take_i32(&mut properties, "minimumLength"),
            native_class: b::take_string(&mut properties, "nativeClass"),
            ordered_values: b::take_bool(&mut properties, "orderedValues"),
            precision: b::take_i32(&mut properties, "precision"),
            sort_order: b::take_enum::<DataItemSortOrder>(&mut properties, "sortOrder"),
            parameter_type: b::take_string(&mut properties, "parameterType"),
            data_type: b::take_string(&mut embedded0, "dataType"),
            default_value: b::take_string(&mut embedded0, "defaultValue"),
            fixed_value: b::take_string(&mut embedded0, "fixedValue"),
            element_position: b::take_i32(&mut parent, "position"),
            max_cardinality: b::take_i32(&mut parent, "maxCardinality"),
            min_cardinality: b::take_i32(&mut parent, "minCardinality"),
            extended_properties: properties,
        }
    }
}

/// A `APIParameter` element with its properties as [`APIParameterProperties`].
pub type APIParameterElement = TypedElement<APIParameterProperties>;

/// The properties of a `DeployedAPI` element (or of the subtype named in `type_name`). Egeria: `APIProperties`.
///
/// An API that has been deployed and can be called.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct APIProperties {
    /// The open metadata type: `DeployedAPI` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `activityStatus` (ActivityStatus; declared by Process).
    #[serde(rename = "activityStatus", default, skip_serializing_if = "Option::is_none")]
    pub activity_status: Option<ActivityStatus>,
    /// `completionTime` (date; declared by Process).
    #[serde(
        rename = "completionTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub completion_time: Option<Timestamp>,
    /// `dueTime` (date; declared by Process).
    #[serde(
        rename = "dueTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub due_time: Option<Timestamp>,
    /// `formula` (string; declared by Process).
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `formulaType` (string; declared by Process).
    #[serde(rename = "formulaType", default, skip_serializing_if = "Option::is_none")]
    pub formula_type: Option<String>,
    /// `lastPauseTime` (date; declared by Process).
    #[serde(
        rename = "lastPauseTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_pause_time: Option<Timestamp>,
    /// `lastResumeTime` (date; declared by Process).
    #[serde(
        rename = "lastResumeTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_resume_time: Option<Timestamp>,
    /// `lastReviewTime` (date; declared by Process).
    #[serde(
        rename = "lastReviewTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_review_time: Option<Timestamp>,
    /// `priority` (int; declared by Process).
    #[serde(rename = "priority", default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
    /// `requestedStartTime` (date; declared by Process).
    #[serde(
        rename = "requestedStartTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_start_time: Option<Timestamp>,
    /// `requestedTime` (date; declared by Process).
    #[serde(
        rename = "requestedTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_time: Option<Timestamp>,
    /// `startTime` (date; declared by Process).
    #[serde(
        rename = "startTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<Timestamp>,
    /// `userDefinedActivityStatus` (string; declared by Process).
    #[serde(rename = "userDefinedActivityStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_activity_status: Option<String>,
    /// `implementationLanguage` (string; declared by DeployedSoftwareComponent).
    #[serde(rename = "implementationLanguage", default, skip_serializing_if = "Option::is_none")]
    pub implementation_language: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl APIProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> APIProperties {
        APIProperties { qualified_name: Some(qualified_name.into()), ..APIProperties::default() }
    }
}

impl EntityBean for APIProperties {
    const TYPE_NAME: &'static str = "DeployedAPI";
    const BEAN_NAME: &'static str = "APIProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put_enum(&mut properties, "activityStatus", self.activity_status);
        b::put(&mut properties, "completionTime", self.completion_time.as_ref());
        b::put(&mut properties, "dueTime", self.due_time.as_ref());
        b::put(&mut properties, "formula", self.formula.as_ref());
        b::put(&mut properties, "formulaType", self.formula_type.as_ref());
        b::put(&mut properties, "lastPauseTime", self.last_pause_time.as_ref());
        b::put(&mut properties, "lastResumeTime", self.last_resume_time.as_ref());
        b::put(&mut properties, "lastReviewTime", self.last_review_time.as_ref());
        b::put(&mut properties, "priority", self.priority.as_ref());
        b::put(&mut properties, "requestedStartTime", self.requested_start_time.as_ref());
        b::put(&mut properties, "requestedTime", self.requested_time.as_ref());
        b::put(&mut properties, "startTime", self.start_time.as_ref());
        b::put(&mut properties, "userDefinedActivityStatus", self.user_defined_activity_status.as_ref());
        b::put(&mut properties, "implementationLanguage", self.implementation_language.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        APIProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            activity_status: b::take_enum::<ActivityStatus>(&mut properties, "activityStatus"),
            completion_time: b::take_date(&mut properties, "completionTime"),
            due_time: b::take_date(&mut properties, "dueTime"),
            formula: b::take_string(&mut properties, "formula"),
            formula_type: b::take_string(&mut properties, "formulaType"),
            last_pause_time: b::take_date(&mut properties, "lastPauseTime"),
            last_resume_time: b::take_date(&mut properties, "lastResumeTime"),
            last_review_time: b::take_date(&mut properties, "lastReviewTime"),
            priority: b::take_i32(&mut properties, "priority"),
            requested_start_time: b::take_date(&mut properties, "requestedStartTime"),
            requested_time: b::take_date(&mut properties, "requestedTime"),
            start_time: b::take_date(&mut properties, "startTime"),
            user_defined_activity_status: b::take_string(&mut properties, "userDefinedActivityStatus"),
            implementation_language: b::take_string(&mut properties, "implementationLanguage"),
            extended_properties: properties,
        }
    }
}

/// A `DeployedAPI` element with its properties as [`APIProperties`].
pub type APIElement = TypedElement<APIProperties>;

/// The properties of a `ActorProfile` element (or of the subtype named in `type_name`). Egeria: `ActorProfileProperties`.
///
/// Describes a person, team or IT element that takes part in work.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorProfileProperties {
    /// The open metadata type: `ActorProfile` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ActorProfileProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> ActorProfileProperties {
        ActorProfileProperties { qualified_name: Some(qualified_name.into()), ..ActorProfileProperties::default() }
    }
}

impl EntityBean for ActorProfileProperties {
    const TYPE_NAME: &'static str = "ActorProfile";
    const BEAN_NAME: &'static str = "ActorProfileProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        ActorProfileProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            extended_properties: properties,
        }
    }
}

/// A `ActorProfile` element with its properties as [`ActorProfileProperties`].
pub type ActorProfileElement = TypedElement<ActorProfileProperties>;

/// The properties of a `DeployedAnalyticsModel` element (or of the subtype named in `type_name`). Egeria: `AnalyticsModelProperties`.
///
/// An analytics model deployed for use.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AnalyticsModelProperties {
    /// The open metadata type: `DeployedAnalyticsModel` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `activityStatus` (ActivityStatus; declared by Process).
    #[serde(rename = "activityStatus", default, skip_serializing_if = "Option::is_none")]
    pub activity_status: Option<ActivityStatus>,
    /// `completionTime` (date; declared by Process).
    #[serde(
        rename = "completionTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub completion_time: Option<Timestamp>,
    /// `dueTime` (date; declared by Process).
    #[serde(
        rename = "dueTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub due_time: Option<Timestamp>,
    /// `formula` (string; declared by Process).
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `formulaType` (string; declared by Process).
    #[serde(rename = "formulaType", default, skip_serializing_if = "Option::is_none")]
    pub formula_type: Option<String>,
    /// `lastPauseTime` (date; declared by Process).
    #[serde(
        rename = "lastPauseTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_pause_time: Option<Timestamp>,
    /// `lastResumeTime` (date; declared by Process).
    #[serde(
        rename = "lastResumeTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_resume_time: Option<Timestamp>,
    /// `lastReviewTime` (date; declared by Process).
    #[serde(
        rename = "lastReviewTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_review_time: Option<Timestamp>,
    /// `priority` (int; declared by Process).
    #[serde(rename = "priority", default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
    /// `requestedStartTime` (date; declared by Process).
    #[serde(
        rename = "requestedStartTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_start_time: Option<Timestamp>,
    /// `requestedTime` (date; declared by Process).
    #[serde(
        rename = "requestedTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_time: Option<Timestamp>,
    /// `startTime` (date; declared by Process).
    #[serde(
        rename = "startTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<Timestamp>,
    /// `userDefinedActivityStatus` (string; declared by Process).
    #[serde(rename = "userDefinedActivityStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_activity_status: Option<String>,
    /// `implementationLanguage` (string; declared by DeployedSoftwareComponent).
    #[serde(rename = "implementationLanguage", default, skip_serializing_if = "Option::is_none")]
    pub implementation_language: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl AnalyticsModelProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> AnalyticsModelProperties {
        AnalyticsModelProperties { qualified_name: Some(qualified_name.into()), ..AnalyticsModelProperties::default() }
    }
}

impl EntityBean for AnalyticsModelProperties {
    const TYPE_NAME: &'static str = "DeployedAnalyticsModel";
    const BEAN_NAME: &'static str = "AnalyticsModelProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put_enum(&mut properties, "activityStatus", self.activity_status);
        b::put(&mut properties, "completionTime", self.completion_time.as_ref());
        b::put(&mut properties, "dueTime", self.due_time.as_ref());
        b::put(&mut properties, "formula", self.formula.as_ref());
        b::put(&mut properties, "formulaType", self.formula_type.as_ref());
        b::put(&mut properties, "lastPauseTime", self.last_pause_time.as_ref());
        b::put(&mut properties, "lastResumeTime", self.last_resume_time.as_ref());
        b::put(&mut properties, "lastReviewTime", self.last_review_time.as_ref());
        b::put(&mut properties, "priority", self.priority.as_ref());
        b::put(&mut properties, "requestedStartTime", self.requested_start_time.as_ref());
        b::put(&mut properties, "requestedTime", self.requested_time.as_ref());
        b::put(&mut properties, "startTime", self.start_time.as_ref());
        b::put(&mut properties, "userDefinedActivityStatus", self.user_defined_activity_status.as_ref());
        b::put(&mut properties, "implementationLanguage", self.implementation_language.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        AnalyticsModelProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            activity_status: b::take_enum::<ActivityStatus>(&mut properties, "activityStatus"),
            completion_time: b::take_date(&mut properties, "completionTime"),
            due_time: b::take_date(&mut properties, "dueTime"),
            formula: b::take_string(&mut properties, "formula"),
            formula_type: b::take_string(&mut properties, "formulaType"),
            last_pause_time: b::take_date(&mut properties, "lastPauseTime"),
            last_resume_time: b::take_date(&mut properties, "lastResumeTime"),
            last_review_time: b::take_date(&mut properties, "lastReviewTime"),
            priority: b::take_i32(&mut properties, "priority"),
            requested_start_time: b::take_date(&mut properties, "requestedStartTime"),
            requested_time: b::take_date(&mut properties, "requestedTime"),
            start_time: b::take_date(&mut properties, "startTime"),
            user_defined_activity_status: b::take_string(&mut properties, "userDefinedActivityStatus"),
            implementation_language: b::take_string(&mut properties, "implementationLanguage"),
            extended_properties: properties,
        }
    }
}

/// A `DeployedAnalyticsModel` element with its properties as [`AnalyticsModelProperties`].
pub type AnalyticsModelElement = TypedElement<AnalyticsModelProperties>;

/// The properties of a `AnalyticsModelRun` element (or of the subtype named in `type_name`). Egeria: `AnalyticsModelRunProperties`.
///
/// A single execution of an analytics model.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AnalyticsModelRunProperties {
    /// The open metadata type: `AnalyticsModelRun` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `activityStatus` (ActivityStatus; declared by Process).
    #[serde(rename = "activityStatus", default, skip_serializing_if = "Option::is_none")]
    pub activity_status: Option<ActivityStatus>,
    /// `completionTime` (date; declared by Process).
    #[serde(
        rename = "completionTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub completion_time: Option<Timestamp>,
    /// `dueTime` (date; declared by Process).
    #[serde(
        rename = "dueTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub due_time: Option<Timestamp>,
    /// `formula` (string; declared by Process).
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `formulaType` (string; declared by Process).
    #[serde(rename = "formulaType", default, skip_serializing_if = "Option::is_none")]
    pub formula_type: Option<String>,
    /// `lastPauseTime` (date; declared by Process).
    #[serde(
        rename = "lastPauseTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_pause_time: Option<Timestamp>,
    /// `lastResumeTime` (date; declared by Process).
    #[serde(
        rename = "lastResumeTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_resume_time: Option<Timestamp>,
    /// `lastReviewTime` (date; declared by Process).
    #[serde(
        rename = "lastReviewTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_review_time: Option<Timestamp>,
    /// `priority` (int; declared by Process).
    #[serde(rename = "priority", default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
    /// `requestedStartTime` (date; declared by Process).
    #[serde(
        rename = "requestedStartTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_start_time: Option<Timestamp>,
    /// `requestedTime` (date; declared by Process).
    #[serde(
        rename = "requestedTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_time: Option<Timestamp>,
    /// `startTime` (date; declared by Process).
    #[serde(
        rename = "startTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<Timestamp>,
    /// `userDefinedActivityStatus` (string; declared by Process).
    #[serde(rename = "userDefinedActivityStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_activity_status: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl AnalyticsModelRunProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> AnalyticsModelRunProperties {
        AnalyticsModelRunProperties {
            qualified_name: Some(qualified_name.into()),
            ..AnalyticsModelRunProperties::default()
        }
    }
}

impl EntityBean for AnalyticsModelRunProperties {
    const TYPE_NAME: &'static str = "AnalyticsModelRun";
    const BEAN_NAME: &'static str = "AnalyticsModelRunProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put_enum(&mut properties, "activityStatus", self.activity_status);
        b::put(&mut properties, "completionTime", self.completion_time.as_ref());
        b::put(&mut properties, "dueTime", self.due_time.as_ref());
        b::put(&mut properties, "formula", self.formula.as_ref());
        b::put(&mut properties, "formulaType", self.formula_type.as_ref());
        b::put(&mut properties, "lastPauseTime", self.last_pause_time.as_ref());
        b::put(&mut properties, "lastResumeTime", self.last_resume_time.as_ref());
        b::put(&mut properties, "lastReviewTime", self.last_review_time.as_ref());
        b::put(&mut properties, "priority", self.priority.as_ref());
        b::put(&mut properties, "requestedStartTime", self.requested_start_time.as_ref());
        b::put(&mut properties, "requestedTime", self.requested_time.as_ref());
        b::put(&mut properties, "startTime", self.start_time.as_ref());
        b::put(&mut properties, "userDefinedActivityStatus", self.user_defined_activity_status.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        AnalyticsModelRunProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            activity_status: b::take_enum::<ActivityStatus>(&mut properties, "activityStatus"),
            completion_time: b::take_date(&mut properties, "completionTime"),
            due_time: b::take_date(&mut properties, "dueTime"),
            formula: b::take_string(&mut properties, "formula"),
            formula_type: b::take_string(&mut properties, "formulaType"),
            last_pause_time: b::take_date(&mut properties, "lastPauseTime"),
            last_resume_time: b::take_date(&mut properties, "lastResumeTime"),
            last_review_time: b::take_date(&mut properties, "lastReviewTime"),
            priority: b::take_i32(&mut properties, "priority"),
            requested_start_time: b::take_date(&mut properties, "requestedStartTime"),
            requested_time: b::take_date(&mut properties, "requestedTime"),
            start_time: b::take_date(&mut properties, "startTime"),
            user_defined_activity_status: b::take_string(&mut properties, "userDefinedActivityStatus"),
            extended_properties: properties,
        }
    }
}

/// A `AnalyticsModelRun` element with its properties as [`AnalyticsModelRunProperties`].
pub type AnalyticsModelRunElement = TypedElement<AnalyticsModelRunProperties>;

/// The properties of a `PersonRoleAppointment` relationship. Egeria: `AppointmentProperties`.
///
/// Appoints a person to a role.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AppointmentProperties {
    /// `expectedTimeAllocationPercent` (int; declared by PersonRoleAppointment).
    #[serde(rename = "expectedTimeAllocationPercent", default, skip_serializing_if = "Option::is_none")]
    pub expected_time_allocation_percent: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl AppointmentProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "PersonRoleAppointment";
}

impl PropertiesBean for AppointmentProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "expectedTimeAllocationPercent", self.expected_time_allocation_percent.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        AppointmentProperties {
            expected_time_allocation_percent: b::take_i32(&mut properties, "expectedTimeAllocationPercent"),
            extended_properties: properties,
        }
    }
}

/// The properties of the `CanonicalVocabulary` classification. Egeria: `CanonicalVocabularyProperties`.
///
/// Marks a glossary whose terms are the authoritative ones for a scope.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CanonicalVocabularyProperties {
    /// `scope` (string; declared by CanonicalVocabulary).
    #[serde(rename = "scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl CanonicalVocabularyProperties {
    /// The classification the bean describes.
    pub const CLASSIFICATION_NAME: &'static str = "CanonicalVocabulary";

    /// The bean as a classification to attach.
    pub fn into_classification(self) -> Classification {
        Classification::new(CanonicalVocabularyProperties::CLASSIFICATION_NAME, self.to_properties())
    }
}

impl PropertiesBean for CanonicalVocabularyProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "scope", self.scope.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        CanonicalVocabularyProperties {
            scope: b::take_string(&mut properties, "scope"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `CapabilityAssetUse` relationship. Egeria: `CapabilityAssetUseProperties`.
///
/// Records how a software capability uses or manages an asset.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CapabilityAssetUseProperties {
    /// `description` (string; declared by CapabilityAssetUse).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `maximumInstances` (int; declared by CapabilityAssetUse).
    #[serde(rename = "maximumInstances", default, skip_serializing_if = "Option::is_none")]
    pub maximum_instances: Option<i32>,
    /// `minimumInstances` (int; declared by CapabilityAssetUse).
    #[serde(rename = "minimumInstances", default, skip_serializing_if = "Option::is_none")]
    pub minimum_instances: Option<i32>,
    /// `useType` (CapabilityAssetUseType; declared by CapabilityAssetUse).
    #[serde(rename = "useType", default, skip_serializing_if = "Option::is_none")]
    pub use_type: Option<CapabilityAssetUseType>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl CapabilityAssetUseProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "CapabilityAssetUse";
}

impl PropertiesBean for CapabilityAssetUseProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "maximumInstances", self.maximum_instances.as_ref());
        b::put(&mut properties, "minimumInstances", self.minimum_instances.as_ref());
        b::put_enum(&mut properties, "useType", self.use_type);
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        CapabilityAssetUseProperties {
            description: b::take_string(&mut properties, "description"),
            maximum_instances: b::take_i32(&mut properties, "maximumInstances"),
            minimum_instances: b::take_i32(&mut properties, "minimumInstances"),
            use_type: b::take_enum::<CapabilityAssetUseType>(&mut properties, "useType"),
            extended_properties: properties,
        }
    }
}

/// The properties of the `Confidentiality` classification. Egeria: `ConfidentialityProperties`.
///
/// Records how confidential an element is (level attribute name assumed).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConfidentialityProperties {
    /// `confidence` (int; declared by Confidentiality).
    #[serde(rename = "confidence", default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<i32>,
    /// `levelIdentifier` (int; declared by Confidentiality).
    #[serde(rename = "levelIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub level_identifier: Option<i32>,
    /// `notes` (string; declared by Confidentiality).
    #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// `source` (string; declared by Confidentiality).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `statusIdentifier` (int; declared by Confidentiality).
    #[serde(rename = "statusIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub status_identifier: Option<i32>,
    /// `steward` (string; declared by Confidentiality).
    #[serde(rename = "steward", default, skip_serializing_if = "Option::is_none")]
    pub steward: Option<String>,
    /// `stewardPropertyName` (string; declared by Confidentiality).
    #[serde(rename = "stewardPropertyName", default, skip_serializing_if = "Option::is_none")]
    pub steward_property_name: Option<String>,
    /// `stewardTypeName` (string; declared by Confidentiality).
    #[serde(rename = "stewardTypeName", default, skip_serializing_if = "Option::is_none")]
    pub steward_type_name: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ConfidentialityProperties {
    /// The classification the bean describes.
    pub const CLASSIFICATION_NAME: &'static str = "Confidentiality";

    /// The bean as a classification to attach.
    pub fn into_classification(self) -> Classification {
        Classification::new(ConfidentialityProperties::CLASSIFICATION_NAME, self.to_properties())
    }
}

impl PropertiesBean for ConfidentialityProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "confidence", self.confidence.as_ref());
        b::put(&mut properties, "levelIdentifier", self.level_identifier.as_ref());
        b::put(&mut properties, "notes", self.notes.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "statusIdentifier", self.status_identifier.as_ref());
        b::put(&mut properties, "steward", self.steward.as_ref());
        b::put(&mut properties, "stewardPropertyName", self.steward_property_name.as_ref());
        b::put(&mut properties, "stewardTypeName", self.steward_type_name.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        ConfidentialityProperties {
            confidence: b::take_i32(&mut properties, "confidence"),
            level_identifier: b::take_i32(&mut properties, "levelIdentifier"),
            notes: b::take_string(&mut properties, "notes"),
            source: b::take_string(&mut properties, "source"),
            status_identifier: b::take_i32(&mut properties, "statusIdentifier"),
            steward: b::take_string(&mut properties, "steward"),
            steward_property_name: b::take_string(&mut properties, "stewardPropertyName"),
            steward_type_name: b::take_string(&mut properties, "stewardTypeName"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `Connection` element (or of the subtype named in `type_name`). Egeria: `ConnectionProperties`.
///
/// Configuration needed to create a connector to a resource.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionProperties {
    /// The open metadata type: `Connection` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `clearPassword` (string; declared by Connection).
    #[serde(rename = "clearPassword", default, skip_serializing_if = "Option::is_none")]
    pub clear_password: Option<String>,
    /// `configurationProperties` (map<string,object>; declared by Connection).
    #[serde(rename = "configurationProperties", default, skip_serializing_if = "Option::is_none")]
    pub configuration_properties: Option<BTreeMap<String, serde_json::Value>>,
    /// `encryptedPassword` (string; declared by Connection).
    #[serde(rename = "encryptedPassword", default, skip_serializing_if = "Option::is_none")]
    pub encrypted_password: Option<String>,
    /// `securedProperties` (map<string,object>; declared by Connection).
    #[serde(rename = "securedProperties", default, skip_serializing_if = "Option::is_none")]
    pub secured_properties: Option<BTreeMap<String, serde_json::Value>>,
    /// `userId` (string; declared by Connection).
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ConnectionProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> ConnectionProperties {
        ConnectionProperties { qualified_name: Some(qualified_name.into()), ..ConnectionProperties::default() }
    }
}

impl EntityBean for ConnectionProperties {
    const TYPE_NAME: &'static str = "Connection";
    const BEAN_NAME: &'static str = "ConnectionProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "clearPassword", self.clear_password.as_ref());
        b::put_object_map(&mut properties, "configurationProperties", self.configuration_properties.as_ref());
        b::put(&mut properties, "encryptedPassword", self.encrypted_password.as_ref());
        b::put_object_map(&mut properties, "securedProperties", self.secured_properties.as_ref());
        b::put(&mut properties, "userId", self.user_id.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        ConnectionProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            clear_password: b::take_string(&mut properties, "clearPassword"),
            configuration_properties: b::take_object_map(&mut properties, "configurationProperties"),
            encrypted_password: b::take_string(&mut properties, "encryptedPassword"),
            secured_properties: b::take_object_map(&mut properties, "securedProperties"),
            user_id: b::take_string(&mut properties, "userId"),
            extended_properties: properties,
        }
    }
}

/// A `Connection` element with its properties as [`ConnectionProperties`].
pub type ConnectionElement = TypedElement<ConnectionProperties>;

/// The properties of a `ConnectorType` element (or of the subtype named in `type_name`). Egeria: `ConnectorTypeProperties`.
///
/// Describes a connector implementation and the technology it targets.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectorTypeProperties {
    /// The open metadata type: `ConnectorType` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `connectorFrameworkName` (string; declared by ConnectorType).
    #[serde(rename = "connectorFrameworkName", default, skip_serializing_if = "Option::is_none")]
    pub connector_framework_name: Option<String>,
    /// `connectorInterfaceLanguage` (string; declared by ConnectorType).
    #[serde(rename = "connectorInterfaceLanguage", default, skip_serializing_if = "Option::is_none")]
    pub connector_interface_language: Option<String>,
    /// `connectorInterfaces` (array<string>; declared by ConnectorType).
    #[serde(rename = "connectorInterfaces", default, skip_serializing_if = "Option::is_none")]
    pub connector_interfaces: Option<Vec<String>>,
    /// `connectorProviderClassName` (string; declared by ConnectorType).
    #[serde(rename = "connectorProviderClassName", default, skip_serializing_if = "Option::is_none")]
    pub connector_provider_class_name: Option<String>,
    /// `expectedDataFormat` (string; declared by ConnectorType).
    #[serde(rename = "expectedDataFormat", default, skip_serializing_if = "Option::is_none")]
    pub expected_data_format: Option<String>,
    /// `recognizedAdditionalProperties` (array<string>; declared by ConnectorType).
    #[serde(rename = "recognizedAdditionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub recognized_additional_properties: Option<Vec<String>>,
    /// `recognizedConfigurationProperties` (array<string>; declared by ConnectorType).
    #[serde(rename = "recognizedConfigurationProperties", default, skip_serializing_if = "Option::is_none")]
    pub recognized_configuration_properties: Option<Vec<String>>,
    /// `recognizedSecuredProperties` (array<string>; declared by ConnectorType).
    #[serde(rename = "recognizedSecuredProperties", default, skip_serializing_if = "Option::is_none")]
    pub recognized_secured_properties: Option<Vec<String>>,
    /// `supportedAssetTypeName` (string; declared by ConnectorType).
    #[serde(rename = "supportedAssetTypeName", default, skip_serializing_if = "Option::is_none")]
    pub supported_asset_type_name: Option<String>,
    /// `supportedDeployedImplementationType` (string; declared by ConnectorType).
    #[serde(rename = "supportedDeployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub supported_deployed_implementation_type: Option<String>,
    /// `targetTechnologyInterfaces` (array<string>; declared by ConnectorType).
    #[serde(rename = "targetTechnologyInterfaces", default, skip_serializing_if = "Option::is_none")]
    pub target_technology_interfaces: Option<Vec<String>>,
    /// `targetTechnologyName` (string; declared by ConnectorType).
    #[serde(rename = "targetTechnologyName", default, skip_serializing_if = "Option::is_none")]
    pub target_technology_name: Option<String>,
    /// `targetTechnologySource` (string; declared by ConnectorType).
    #[serde(rename = "targetTechnologySource", default, skip_serializing_if = "Option::is_none")]
    pub target_technology_source: Option<String>,
    /// `targetTechnologyVersions` (array<string>; declared by ConnectorType).
    #[serde(rename = "targetTechnologyVersions", default, skip_serializing_if = "Option::is_none")]
    pub target_technology_versions: Option<Vec<String>>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ConnectorTypeProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> ConnectorTypeProperties {
        ConnectorTypeProperties { qualified_name: Some(qualified_name.into()), ..ConnectorTypeProperties::default() }
    }
}

impl EntityBean for ConnectorTypeProperties {
    const TYPE_NAME: &'static str = "ConnectorType";
    const BEAN_NAME: &'static str = "ConnectorTypeProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "connectorFrameworkName", self.connector_framework_name.as_ref());
        b::put(&mut properties, "connectorInterfaceLanguage", self.connector_interface_language.as_ref());
        b::put(&mut properties, "connectorInterfaces", self.connector_interfaces.as_ref());
        b::put(&mut properties, "connectorProviderClassName", self.connector_provider_class_name.as_ref());
        b::put(&mut properties, "expectedDataFormat", self.expected_data_format.as_ref());
        b::put(&mut properties, "recognizedAdditionalProperties", self.recognized_additional_properties.as_ref());
        b::put(&mut properties, "recognizedConfigurationProperties", self.recognized_configuration_properties.as_ref());
        b::put(&mut properties, "recognizedSecuredProperties", self.recognized_secured_properties.as_ref());
        b::put(&mut properties, "supportedAssetTypeName", self.supported_asset_type_name.as_ref());
        b::put(
            &mut properties,
            "supportedDeployedImplementationType",
            self.supported_deployed_implementation_type.as_ref(),
        );
        b::put(&mut properties, "targetTechnologyInterfaces", self.target_technology_interfaces.as_ref());
        b::put(&mut properties, "targetTechnologyName", self.target_technology_name.as_ref());
        b::put(&mut properties, "targetTechnologySource", self.target_technology_source.as_ref());
        b::put(&mut properties, "targetTechnologyVersions", self.target_technology_versions.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        ConnectorTypeProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            connector_framework_name: b::take_string(&mut properties, "connectorFrameworkName"),
            connector_interface_language: b::take_string(&mut properties, "connectorInterfaceLanguage"),
            connector_interfaces: b::take_strings(&mut properties, "connectorInterfaces"),
            connector_provider_class_name: b::take_string(&mut properties, "connectorProviderClassName"),
            expected_data_format: b::take_string(&mut properties, "expectedDataFormat"),
            recognized_additional_properties: b::take_strings(&mut properties, "recognizedAdditionalProperties"),
            recognized_configuration_properties: b::take_strings(&mut properties, "recognizedConfigurationProperties"),
            recognized_secured_properties: b::take_strings(&mut properties, "recognizedSecuredProperties"),
            supported_asset_type_name: b::take_string(&mut properties, "supportedAssetTypeName"),
            supported_deployed_implementation_type: b::take_string(
                &mut properties,
                "supportedDeployedImplementationType",
            ),
            target_technology_interfaces: b::take_strings(&mut properties, "targetTechnologyInterfaces"),
            target_technology_name: b::take_string(&mut properties, "targetTechnologyName"),
            target_technology_source: b::take_string(&mut properties, "targetTechnologySource"),
            target_technology_versions: b::take_strings(&mut properties, "targetTechnologyVersions"),
            extended_properties: properties,
        }
    }
}

/// A `ConnectorType` element with its properties as [`ConnectorTypeProperties`].
pub type ConnectorTypeElement = TypedElement<ConnectorTypeProperties>;

/// The properties of a `ContactDetails` element (or of the subtype named in `type_name`). Egeria: `ContactMethodProperties`.
///
/// One way to get in touch with an actor.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactMethodProperties {
    /// The open metadata type: `ContactDetails` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `contactMethodService` (string; declared by ContactDetails).
    #[serde(rename = "contactMethodService", default, skip_serializing_if = "Option::is_none")]
    pub contact_method_service: Option<String>,
    /// `contactMethodType` (ContactMethodType; declared by ContactDetails).
    #[serde(rename = "contactMethodType", default, skip_serializing_if = "Option::is_none")]
    pub contact_method_type: Option<ContactMethodType>,
    /// `contactMethodValue` (string; declared by ContactDetails).
    #[serde(rename = "contactMethodValue", default, skip_serializing_if = "Option::is_none")]
    pub contact_method_value: Option<String>,
    /// `contactType` (string; declared by ContactDetails).
    #[serde(rename = "contactType", default, skip_serializing_if = "Option::is_none")]
    pub contact_type: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ContactMethodProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> ContactMethodProperties {
        ContactMethodProperties { qualified_name: Some(qualified_name.into()), ..ContactMethodProperties::default() }
    }
}

impl EntityBean for ContactMethodProperties {
    const TYPE_NAME: &'static str = "ContactDetails";
    const BEAN_NAME: &'static str = "ContactMethodProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "contactMethodService", self.contact_method_service.as_ref());
        b::put_enum(&mut properties, "contactMethodType", self.contact_method_type);
        b::put(&mut properties, "contactMethodValue", self.contact_method_value.as_ref());
        b::put(&mut properties, "contactType", self.contact_type.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        ContactMethodProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            contact_method_service: b::take_string(&mut properties, "contactMethodService"),
            contact_method_type: b::take_enum::<ContactMethodType>(&mut properties, "contactMethodType"),
            contact_method_value: b::take_string(&mut properties, "contactMethodValue"),
            contact_type: b::take_string(&mut properties, "contactType"),
            extended_properties: properties,
        }
    }
}

/// A `ContactDetails` element with its properties as [`ContactMethodProperties`].
pub type ContactMethodElement = TypedElement<ContactMethodProperties>;

/// The properties of a `ControlFlow` relationship. Egeria: `ControlFlowProperties`.
///
/// Control passes from one step to the next.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ControlFlowProperties {
    /// `description` (string; declared by ControlFlow).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `guard` (string; declared by ControlFlow).
    #[serde(rename = "guard", default, skip_serializing_if = "Option::is_none")]
    pub guard: Option<String>,
    /// `iscQualifiedName` (string; declared by ControlFlow).
    #[serde(rename = "iscQualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub isc_qualified_name: Option<String>,
    /// `label` (string; declared by ControlFlow).
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `mandatoryGuard` (boolean; declared by ControlFlow).
    #[serde(rename = "mandatoryGuard", default, skip_serializing_if = "Option::is_none")]
    pub mandatory_guard: Option<bool>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ControlFlowProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "ControlFlow";
}

impl PropertiesBean for ControlFlowProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "guard", self.guard.as_ref());
        b::put(&mut properties, "iscQualifiedName", self.isc_qualified_name.as_ref());
        b::put(&mut properties, "label", self.label.as_ref());
        b::put(&mut properties, "mandatoryGuard", self.mandatory_guard.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        ControlFlowProperties {
            description: b::take_string(&mut properties, "description"),
            guard: b::take_string(&mut properties, "guard"),
            isc_qualified_name: b::take_string(&mut properties, "iscQualifiedName"),
            label: b::take_string(&mut properties, "label"),
            mandatory_guard: b::take_bool(&mut properties, "mandatoryGuard"),
            extended_properties: properties,
        }
    }
}

/// The properties of the `Criticality` classification. Egeria: `CriticalityProperties`.
///
/// Records how important an element is to the business (level attribute name assumed).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CriticalityProperties {
    /// `confidence` (int; declared by Criticality).
    #[serde(rename = "confidence", default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<i32>,
    /// `levelIdentifier` (int; declared by Criticality).
    #[serde(rename = "levelIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub level_identifier: Option<i32>,
    /// `notes` (string; declared by Criticality).
    #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// `source` (string; declared by Criticality).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `statusIdentifier` (int; declared by Criticality).
    #[serde(rename = "statusIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub status_identifier: Option<i32>,
    /// `steward` (string; declared by Criticality).
    #[serde(rename = "steward", default, skip_serializing_if = "Option::is_none")]
    pub steward: Option<String>,
    /// `stewardPropertyName` (string; declared by Criticality).
    #[serde(rename = "stewardPropertyName", default, skip_serializing_if = "Option::is_none")]
    pub steward_property_name: Option<String>,
    /// `stewardTypeName` (string; declared by Criticality).
    #[serde(rename = "stewardTypeName", default, skip_serializing_if = "Option::is_none")]
    pub steward_type_name: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl CriticalityProperties {
    /// The classification the bean describes.
    pub const CLASSIFICATION_NAME: &'static str = "Criticality";

    /// The bean as a classification to attach.
    pub fn into_classification(self) -> Classification {
        Classification::new(CriticalityProperties::CLASSIFICATION_NAME, self.to_properties())
    }
}

impl PropertiesBean for CriticalityProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "confidence", self.confidence.as_ref());
        b::put(&mut properties, "levelIdentifier", self.level_identifier.as_ref());
        b::put(&mut properties, "notes", self.notes.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "statusIdentifier", self.status_identifier.as_ref());
        b::put(&mut properties, "steward", self.steward.as_ref());
        b::put(&mut properties, "stewardPropertyName", self.steward_property_name.as_ref());
        b::put(&mut properties, "stewardTypeName", self.steward_type_name.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        CriticalityProperties {
            confidence: b::take_i32(&mut properties, "confidence"),
            level_identifier: b::take_i32(&mut properties, "levelIdentifier"),
            notes: b::take_string(&mut properties, "notes"),
            source: b::take_string(&mut properties, "source"),
            status_identifier: b::take_i32(&mut properties, "statusIdentifier"),
            steward: b::take_string(&mut properties, "steward"),
            steward_property_name: b::take_string(&mut properties, "stewardPropertyName"),
            steward_type_name: b::take_string(&mut properties, "stewardTypeName"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `DataAsset` element (or of the subtype named in `type_name`). Egeria: `DataAssetProperties`.
///
/// An asset whose purpose is to hold or deliver data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DataAssetProperties {
    /// The open metadata type: `DataAsset` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `authors` (array<string>; declared by DataAsset).
    #[serde(rename = "authors", default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
    /// `contentStatus` (ContentStatus; declared by DataAsset).
    #[serde(rename = "contentStatus", default, skip_serializing_if = "Option::is_none")]
    pub content_status: Option<ContentStatus>,
    /// `userDefinedContentStatus` (string; declared by DataAsset).
    #[serde(rename = "userDefinedContentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_content_status: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DataAssetProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> DataAssetProperties {
        DataAssetProperties { qualified_name: Some(qualified_name.into()), ..DataAssetProperties::default() }
    }
}

impl EntityBean for DataAssetProperties {
    const TYPE_NAME: &'static str = "DataAsset";
    const BEAN_NAME: &'static str = "DataAssetProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "authors", self.authors.as_ref());
        b::put_enum(&mut properties, "contentStatus", self.content_status);
        b::put(&mut properties, "userDefinedContentStatus", self.user_defined_content_status.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        DataAssetProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            authors: b::take_strings(&mut properties, "authors"),
            content_status: b::take_enum::<ContentStatus>(&mut properties, "contentStatus"),
            user_defined_content_status: b::take_string(&mut properties, "userDefinedContentStatus"),
            extended_properties: properties,
        }
    }
}

/// A `DataAsset` element with its properties as [`DataAssetProperties`].
pub type DataAssetElement = TypedElement<DataAssetProperties>;

/// The properties of a `DisplayDataContainer` element (or of the subtype named in `type_name`). Egeria: `DataContainerProperties`.
///
/// A grouping of fields shown together on a display.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DataContainerProperties {
    /// The open metadata type: `DisplayDataContainer` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `aliases` (array<string>; declared by SchemaAttribute).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `allowsDuplicateValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "allowsDuplicateValues", default, skip_serializing_if = "Option::is_none")]
    pub allows_duplicate_values: Option<bool>,
    /// `isNullable` (boolean; declared by SchemaAttribute).
    #[serde(rename = "isNullable", default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
    /// `length` (int; declared by SchemaAttribute).
    #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// `minimumLength` (int; declared by SchemaAttribute).
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// `nativeClass` (string; declared by SchemaAttribute).
    #[serde(rename = "nativeClass", default, skip_serializing_if = "Option::is_none")]
    pub native_class: Option<String>,
    /// `orderedValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "orderedValues", default, skip_serializing_if = "Option::is_none")]
    pub ordered_values: Option<bool>,
    /// `precision` (int; declared by SchemaAttribute).
    #[serde(rename = "precision", default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<i32>,
    /// `sortOrder` (DataItemSortOrder; declared by SchemaAttribute).
    #[serde(rename = "sortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<DataItemSortOrder>,
    /// `position` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "elementPosition", default, skip_serializing_if = "Option::is_none")]
    pub element_position: Option<i32>,
    /// `maxCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "maxCardinality", default, skip_serializing_if = "Option::is_none")]
    pub max_cardinality: Option<i32>,
    /// `minCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "minCardinality", default, skip_serializing_if = "Option::is_none")]
    pub min_cardinality: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DataContainerProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> DataContainerProperties {
        DataContainerProperties { qualified_name: Some(qualified_name.into()), ..DataContainerProperties::default() }
    }
}

impl EntityBean for DataContainerProperties {
    const TYPE_NAME: &'static str = "DisplayDataContainer";
    const BEAN_NAME: &'static str = "DataContainerProperties";
    const HAS_PARENT_FIELDS: bool = true;

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "allowsDuplicateValues", self.allows_duplicate_values.as_ref());
        b::put(&mut properties, "isNullable", self.is_nullable.as_ref());
        b::put(&mut properties, "length", self.length.as_ref());
        b::put(&mut properties, "minimumLength", self.minimum_length.as_ref());
        b::put(&mut properties, "nativeClass", self.native_class.as_ref());
        b::put(&mut properties, "orderedValues", self.ordered_values.as_ref());
        b::put(&mut properties, "precision", self.precision.as_ref());
        b::put_enum(&mut properties, "sortOrder", self.sort_order);
        let classifications = Vec::new();
        let mut parent_properties = ElementProperties::new();
        b::put(&mut parent_properties, "position", self.element_position.as_ref());
        b::put(&mut parent_properties, "maxCardinality", self.max_cardinality.as_ref());
        b::put(&mut parent_properties, "minCardinality", self.min_cardinality.as_ref());
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut parent = parent_properties.cloned().unwrap_or_default();
        DataContainerProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            aliases: b::take_strings(&mut properties, "aliases"),
            allows_duplicate_values: b::take_bool(&mut properties, "allowsDuplicateValues"),
            is_nullable: b::take_bool(&mut properties, "isNullable"),
            length: b::take_i32(&mut properties, "length"),
            minimum_length: b::take_i32(&mut properties, "minimumLength"),
            native_class: b::take_string(&mut properties, "nativeClass"),
            ordered_values: b::take_bool(&mut properties, "orderedValues"),
            precision: b::take_i32(&mut properties, "precision"),
            sort_order: b::take_enum::<DataItemSortOrder>(&mut properties, "sortOrder"),
            element_position: b::take_i32(&mut parent, "position"),
            max_cardinality: b::take_i32(&mut parent, "maxCardinality"),
            min_cardinality: b::take_i32(&mut parent, "minCardinality"),
            extended_properties: properties,
        }
    }
}

/// A `DisplayDataContainer` element with its properties as [`DataContainerProperties`].
pub type DataContainerElement = TypedElement<DataContainerProperties>;

/// The properties of a `DisplayDataField` element (or of the subtype named in `type_name`). Egeria: `DataFieldProperties`.
///
/// A single field shown on a display.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DataFieldProperties {
    /// The open metadata type: `DisplayDataField` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `aliases` (array<string>; declared by SchemaAttribute).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `allowsDuplicateValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "allowsDuplicateValues", default, skip_serializing_if = "Option::is_none")]
    pub allows_duplicate_values: Option<bool>,
    /// `isNullable` (boolean; declared by SchemaAttribute).
    #[serde(rename = "isNullable", default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
    /// `length` (int; declared by SchemaAttribute).
    #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// `minimumLength` (int; declared by SchemaAttribute).
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// `nativeClass` (string; declared by SchemaAttribute).
    #[serde(rename = "nativeClass", default, skip_serializing_if = "Option::is_none")]
    pub native_class: Option<String>,
    /// `orderedValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "orderedValues", default, skip_serializing_if = "Option::is_none")]
    pub ordered_values: Option<bool>,
    /// `precision` (int; declared by SchemaAttribute).
    #[serde(rename = "precision", default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<i32>,
    /// `sortOrder` (DataItemSortOrder; declared by SchemaAttribute).
    #[serde(rename = "sortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<DataItemSortOrder>,
    /// `inputField` (boolean; declared by DisplayDataField).
    #[serde(rename = "inputField", default, skip_serializing_if = "Option::is_none")]
    pub input_field: Option<bool>,
    /// `dataType` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// `defaultValue` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "defaultValue", default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// `position` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "elementPosition", default, skip_serializing_if = "Option::is_none")]
    pub element_position: Option<i32>,
    /// `maxCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "maxCardinality", default, skip_serializing_if = "Option::is_none")]
    pub max_cardinality: Option<i32>,
    /// `minCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "minCardinality", default, skip_serializing_if = "Option::is_none")]
    pub min_cardinality: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DataFieldProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> DataFieldProperties {
        DataFieldProperties { qualified_name: Some(qualified_name.into()), ..DataFieldProperties::default() }
    }
}

impl EntityBean for DataFieldProperties {
    const TYPE_NAME: &'static str = "DisplayDataField";
    const BEAN_NAME: &'static str = "DataFieldProperties";
    const HAS_PARENT_FIELDS: bool = true;

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "allowsDuplicateValues", self.allows_duplicate_values.as_ref());
        b::put(&mut properties, "isNullable", self.is_nullable.as_ref());
        b::put(&mut properties, "length", self.length.as_ref());
        b::put(&mut properties, "minimumLength", self.minimum_length.as_ref());
        b::put(&mut properties, "nativeClass", self.native_class.as_ref());
        b::put(&mut properties, "orderedValues", self.ordered_values.as_ref());
        b::put(&mut properties, "precision", self.precision.as_ref());
        b::put_enum(&mut properties, "sortOrder", self.sort_order);
        b::put(&mut properties, "inputField", self.input_field.as_ref());
        let mut classifications = Vec::new();
        let mut embedded0 = ElementProperties::new();
        b::put(&mut embedded0, "dataType", self.data_type.as_ref());
        b::put(&mut embedded0, "defaultValue", self.default_value.as_ref());
        if !embedded0.is_empty() {
            embedded0.insert("schemaTypeName", "PrimitiveSchemaType");
        }
        b::push_classification(&mut classifications, "TypeEmbeddedAttribute", embedded0);
        let mut parent_properties = ElementProperties::new();
        b::put(&mut parent_properties, "position", self.element_position.as_ref());
        b::put(&mut parent_properties, "maxCardinality", self.max_cardinality.as_ref());
        b::put(&mut parent_properties, "minCardinality", self.min_cardinality.as_ref());
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut embedded0 = b::classification_properties(element, "TypeEmbeddedAttribute");
        let mut parent = parent_properties.cloned().unwrap_or_default();
        DataFieldProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            aliases: b::take_strings(&mut properties, "aliases"),
            allows_duplicate_values: b::take_bool(&mut properties, "allowsDuplicateValues"),
            is_nullable: b::take_bool(&mut properties, "isNullable"),
            length: b::take_i32(&mut properties, "length"),
            minimum_length: b::take_i32(&mut properties, "minimumLength"),
            native_class: b::take_string(&mut properties, "nativeClass"),
            ordered_values: b::take_bool(&mut properties, "orderedValues"),
            precision: b::take_i32(&mut properties, "precision"),
            sort_order: b::take_enum::<DataItemSortOrder>(&mut properties, "sortOrder"),
            input_field: b::take_bool(&mut properties, "inputField"),
            data_type: b::take_string(&mut embedded0, "dataType"),
            default_value: b::take_string(&mut embedded0, "defaultValue"),
            element_position: b::take_i32(&mut parent, "position"),
            max_cardinality: b::take_i32(&mut parent, "maxCardinality"),
            min_cardinality: b::take_i32(&mut parent, "minCardinality"),
            extended_properties: properties,
        }
    }
}

/// A `DisplayDataField` element with its properties as [`DataFieldProperties`].
pub type DataFieldElement = TypedElement<DataFieldProperties>;

/// The properties of a `DataFile` element (or of the subtype named in `type_name`). Egeria: `DataFileProperties`.
///
/// A single file holding data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DataFileProperties {
    /// The open metadata type: `DataFile` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `authors` (array<string>; declared by DataAsset).
    #[serde(rename = "authors", default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
    /// `contentStatus` (ContentStatus; declared by DataAsset).
    #[serde(rename = "contentStatus", default, skip_serializing_if = "Option::is_none")]
    pub content_status: Option<ContentStatus>,
    /// `userDefinedContentStatus` (string; declared by DataAsset).
    #[serde(rename = "userDefinedContentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_content_status: Option<String>,
    /// `pathName` (string; declared by DataStore).
    #[serde(rename = "pathName", default, skip_serializing_if = "Option::is_none")]
    pub path_name: Option<String>,
    /// `storeCreateTime` (date; declared by DataStore).
    #[serde(
        rename = "storeCreateTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub store_create_time: Option<Timestamp>,
    /// `storeUpdateTime` (date; declared by DataStore).
    #[serde(
        rename = "storeUpdateTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub store_update_time: Option<Timestamp>,
    /// `fileExtension` (string; declared by DataFile).
    #[serde(rename = "fileExtension", default, skip_serializing_if = "Option::is_none")]
    pub file_extension: Option<String>,
    /// `fileName` (string; declared by DataFile).
    #[serde(rename = "fileName", default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// `fileType` (string; declared by DataFile).
    #[serde(rename = "fileType", default, skip_serializing_if = "Option::is_none")]
    pub file_type: Option<String>,
    /// `encodingType` (string), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingType", default, skip_serializing_if = "Option::is_none")]
    pub encoding_type: Option<String>,
    /// `encodingLanguage` (string), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingLanguage", default, skip_serializing_if = "Option::is_none")]
    pub encoding_language: Option<String>,
    /// `encodingDescription` (string), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingDescription", default, skip_serializing_if = "Option::is_none")]
    pub encoding_description: Option<String>,
    /// `encodingProperties` (map<string,string>), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingProperties", default, skip_serializing_if = "Option::is_none")]
    pub encoding_properties: Option<BTreeMap<String, String>>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DataFileProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> DataFileProperties {
        DataFileProperties { qualified_name: Some(qualified_name.into()), ..DataFileProperties::default() }
    }
}

impl EntityBean for DataFileProperties {
    const TYPE_NAME: &'static str = "DataFile";
    const BEAN_NAME: &'static str = "DataFileProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "authors", self.authors.as_ref());
        b::put_enum(&mut properties, "contentStatus", self.content_status);
        b::put(&mut properties, "userDefinedContentStatus", self.user_defined_content_status.as_ref());
        b::put(&mut properties, "pathName", self.path_name.as_ref());
        b::put(&mut properties, "storeCreateTime", self.store_create_time.as_ref());
        b::put(&mut properties, "storeUpdateTime", self.store_update_time.as_ref());
        b::put(&mut properties, "fileExtension", self.file_extension.as_ref());
        b::put(&mut properties, "fileName", self.file_name.as_ref());
        b::put(&mut properties, "fileType", self.file_type.as_ref());
        let mut classifications = Vec::new();
        let mut embedded0 = ElementProperties::new();
        b::put(&mut embedded0, "encodingType", self.encoding_type.as_ref());
        b::put(&mut embedded0, "encodingLanguage", self.encoding_language.as_ref());
        b::put(&mut embedded0, "encodingDescription", self.encoding_description.as_ref());
        b::put(&mut embedded0, "encodingProperties", self.encoding_properties.as_ref());
        b::push_classification(&mut classifications, "DataAssetEncoding", embedded0);
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut embedded0 = b::classification_properties(element, "DataAssetEncoding");
        DataFileProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            authors: b::take_strings(&mut properties, "authors"),
            content_status: b::take_enum::<ContentStatus>(&mut properties, "contentStatus"),
            user_defined_content_status: b::take_string(&mut properties, "userDefinedContentStatus"),
            path_name: b::take_string(&mut properties, "pathName"),
            store_create_time: b::take_date(&mut properties, "storeCreateTime"),
            store_update_time: b::take_date(&mut properties, "storeUpdateTime"),
            file_extension: b::take_string(&mut properties, "fileExtension"),
            file_name: b::take_string(&mut properties, "fileName"),
            file_type: b::take_string(&mut properties, "fileType"),
            encoding_type: b::take_string(&mut embedded0, "encodingType"),
            encoding_language: b::take_string(&mut embedded0, "encodingLanguage"),
            encoding_description: b::take_string(&mut embedded0, "encodingDescription"),
            encoding_properties: b::take_string_map(&mut embedded0, "encodingProperties"),
            extended_properties: properties,
        }
    }
}

/// A `DataFile` element with its properties as [`DataFileProperties`].
pub type DataFileElement = TypedElement<DataFileProperties>;

/// The properties of a `DataFlow` relationship. Egeria: `DataFlowProperties`.
///
/// Data moves from the supplier to the consumer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DataFlowProperties {
    /// `description` (string; declared by DataFlow).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `formula` (string; declared by DataFlow).
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `formulaType` (string; declared by DataFlow).
    #[serde(rename = "formulaType", default, skip_serializing_if = "Option::is_none")]
    pub formula_type: Option<String>,
    /// `iscQualifiedName` (string; declared by DataFlow).
    #[serde(rename = "iscQualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub isc_qualified_name: Option<String>,
    /// `label` (string; declared by DataFlow).
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DataFlowProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "DataFlow";
}

impl PropertiesBean for DataFlowProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "formula", self.formula.as_ref());
        b::put(&mut properties, "formulaType", self.formula_type.as_ref());
        b::put(&mut properties, "iscQualifiedName", self.isc_qualified_name.as_ref());
        b::put(&mut properties, "label", self.label.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        DataFlowProperties {
            description: b::take_string(&mut properties, "description"),
            formula: b::take_string(&mut properties, "formula"),
            formula_type: b::take_string(&mut properties, "formulaType"),
            isc_qualified_name: b::take_string(&mut properties, "iscQualifiedName"),
            label: b::take_string(&mut properties, "label"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `RelationalColumn` element (or of the subtype named in `type_name`). Egeria: `DatabaseColumnProperties`.
///
/// A column in a relational table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DatabaseColumnProperties {
    /// The open metadata type: `RelationalColumn` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `aliases` (array<string>; declared by SchemaAttribute).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `allowsDuplicateValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "allowsDuplicateValues", default, skip_serializing_if = "Option::is_none")]
    pub allows_duplicate_values: Option<bool>,
    /// `isNullable` (boolean; declared by SchemaAttribute).
    #[serde(rename = "isNullable", default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
    /// `length` (int; declared by SchemaAttribute).
    #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// `minimumLength` (int; declared by SchemaAttribute).
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// `nativeClass` (string; declared by SchemaAttribute).
    #[serde(rename = "nativeClass", default, skip_serializing_if = "Option::is_none")]
    pub native_class: Option<String>,
    /// `orderedValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "orderedValues", default, skip_serializing_if = "Option::is_none")]
    pub ordered_values: Option<bool>,
    /// `precision` (int; declared by SchemaAttribute).
    #[serde(rename = "precision", default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<i32>,
    /// `sortOrder` (DataItemSortOrder; declared by SchemaAttribute).
    #[serde(rename = "sortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<DataItemSortOrder>,
    /// `dataType` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// `defaultValue` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "defaultValue", default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// `fixedValue` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "fixedValue", default, skip_serializing_if = "Option::is_none")]
    pub fixed_value: Option<String>,
    /// `formula` (string), kept in the `CalculatedValue` classification.
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `position` (int) of the relationship to the parent (NestedSchemaAttribute or NestedSchemaAttribute).
    #[serde(rename = "elementPosition", default, skip_serializing_if = "Option::is_none")]
    pub element_position: Option<i32>,
    /// `maxCardinality` (int) of the relationship to the parent (NestedSchemaAttribute or NestedSchemaAttribute).
    #[serde(rename = "maxCardinality", default, skip_serializing_if = "Option::is_none")]
    pub max_cardinality: Option<i32>,
    /// `minCardinality` (int) of the relationship to the parent (NestedSchemaAttribute or NestedSchemaAttribute).
    #[serde(rename = "minCardinality", default, skip_serializing_if = "Option::is_none")]
    pub min_cardinality: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DatabaseColumnProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> DatabaseColumnProperties {
        DatabaseColumnProperties { qualified_name: Some(qualified_name.into()), ..DatabaseColumnProperties::default() }
    }
}

impl EntityBean for DatabaseColumnProperties {
    const TYPE_NAME: &'static str = "RelationalColumn";
    const BEAN_NAME: &'static str = "DatabaseColumnProperties";
    const HAS_PARENT_FIELDS: bool = true;

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "allowsDuplicateValues", self.allows_duplicate_values.as_ref());
        b::put(&mut properties, "isNullable", self.is_nullable.as_ref());
        b::put(&mut properties, "length", self.length.as_ref());
        b::put(&mut properties, "minimumLength", self.minimum_length.as_ref());
        b::put(&mut properties, "nativeClass", self.native_class.as_ref());
        b::put(&mut properties, "orderedValues", self.ordered_values.as_ref());
        b::put(&mut properties, "precision", self.precision.as_ref());
        b::put_enum(&mut properties, "sortOrder", self.sort_order);
        let mut classifications = Vec::new();
        let mut embedded0 = ElementProperties::new();
        b::put(&mut embedded0, "dataType", self.data_type.as_ref());
        b::put(&mut embedded0, "defaultValue", self.default_value.as_ref());
        b::put(&mut embedded0, "fixedValue", self.fixed_value.as_ref());
        if !embedded0.is_empty() {
            embedded0.insert("schemaTypeName", "PrimitiveSchemaType");
        }
        b::push_classification(&mut classifications, "TypeEmbeddedAttribute", embedded0);
        let mut embedded1 = ElementProperties::new();
        b::put(&mut embedded1, "formula", self.formula.as_ref());
        b::push_classification(&mut classifications, "CalculatedValue", embedded1);
        let mut parent_properties = ElementProperties::new();
        b::put(&mut parent_properties, "position", self.element_position.as_ref());
        b::put(&mut parent_properties, "maxCardinality", self.max_cardinality.as_ref());
        b::put(&mut parent_properties, "minCardinality", self.min_cardinality.as_ref());
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut embedded0 = b::classification_properties(element, "TypeEmbeddedAttribute");
        let mut embedded1 = b::classification_properties(element, "CalculatedValue");
        let mut parent = parent_properties.cloned().unwrap_or_default();
        DatabaseColumnProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            aliases: b::take_strings(&mut properties, "aliases"),
            allows_duplicate_values: b::take_bool(&mut properties, "allowsDuplicateValues"),
            is_nullable: b::take_bool(&mut properties, "isNullable"),
            length: b::take_i32(&mut properties, "length"),
            minimum_length: b::take_i32(&mut properties, "minimumLength"),
            native_class: b::take_string(&mut properties, "nativeClass"),
            ordered_values: b::take_bool(&mut properties, "orderedValues"),
            precision: b::take_i32(&mut properties, "precision"),
            sort_order: b::take_enum::<DataItemSortOrder>(&mut properties, "sortOrder"),
            data_type: b::take_string(&mut embedded0, "dataType"),
            default_value: b::take_string(&mut embedded0, "defaultValue"),
            fixed_value: b::take_string(&mut embedded0, "fixedValue"),
            formula: b::take_string(&mut embedded1, "formula"),
            element_position: b::take_i32(&mut parent, "position"),
            max_cardinality: b::take_i32(&mut parent, "maxCardinality"),
            min_cardinality: b::take_i32(&mut parent, "minCardinality"),
            extended_properties: properties,
        }
    }
}

/// A `RelationalColumn` element with its properties as [`DatabaseColumnProperties`].
pub type DatabaseColumnElement = TypedElement<DatabaseColumnProperties>;

/// The properties of a `ForeignKey` relationship. Egeria: `DatabaseForeignKeyProperties`.
///
/// Links a column to the primary key column it refers to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DatabaseForeignKeyProperties {
    /// `confidence` (int; declared by ForeignKey).
    #[serde(rename = "confidence", default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<i32>,
    /// `description` (string; declared by ForeignKey).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by ForeignKey).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `source` (string; declared by ForeignKey).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `steward` (string; declared by ForeignKey).
    #[serde(rename = "steward", default, skip_serializing_if = "Option::is_none")]
    pub steward: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DatabaseForeignKeyProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "ForeignKey";
}

impl PropertiesBean for DatabaseForeignKeyProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "confidence", self.confidence.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "steward", self.steward.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        DatabaseForeignKeyProperties {
            confidence: b::take_i32(&mut properties, "confidence"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            source: b::take_string(&mut properties, "source"),
            steward: b::take_string(&mut properties, "steward"),
            extended_properties: properties,
        }
    }
}

/// The properties of the `PrimaryKey` classification. Egeria: `DatabasePrimaryKeyProperties`.
///
/// Marks a column as the primary key of its table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DatabasePrimaryKeyProperties {
    /// `displayName` (string; declared by PrimaryKey).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `keyPattern` (KeyPattern; declared by PrimaryKey).
    #[serde(rename = "keyPattern", default, skip_serializing_if = "Option::is_none")]
    pub key_pattern: Option<KeyPattern>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DatabasePrimaryKeyProperties {
    /// The classification the bean describes.
    pub const CLASSIFICATION_NAME: &'static str = "PrimaryKey";

    /// The bean as a classification to attach.
    pub fn into_classification(self) -> Classification {
        Classification::new(DatabasePrimaryKeyProperties::CLASSIFICATION_NAME, self.to_properties())
    }
}

impl PropertiesBean for DatabasePrimaryKeyProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put_enum(&mut properties, "keyPattern", self.key_pattern);
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        DatabasePrimaryKeyProperties {
            display_name: b::take_string(&mut properties, "displayName"),
            key_pattern: b::take_enum::<KeyPattern>(&mut properties, "keyPattern"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `Database` element (or of the subtype named in `type_name`). Egeria: `DatabaseProperties`.
///
/// A data store managed by a database server.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DatabaseProperties {
    /// The open metadata type: `Database` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `authors` (array<string>; declared by DataAsset).
    #[serde(rename = "authors", default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
    /// `contentStatus` (ContentStatus; declared by DataAsset).
    #[serde(rename = "contentStatus", default, skip_serializing_if = "Option::is_none")]
    pub content_status: Option<ContentStatus>,
    /// `userDefinedContentStatus` (string; declared by DataAsset).
    #[serde(rename = "userDefinedContentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_content_status: Option<String>,
    /// `pathName` (string; declared by DataStore).
    #[serde(rename = "pathName", default, skip_serializing_if = "Option::is_none")]
    pub path_name: Option<String>,
    /// `storeCreateTime` (date; declared by DataStore).
    #[serde(
        rename = "storeCreateTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub store_create_time: Option<Timestamp>,
    /// `storeUpdateTime` (date; declared by DataStore).
    #[serde(
        rename = "storeUpdateTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub store_update_time: Option<Timestamp>,
    /// `databaseInstance` (string; declared by Database).
    #[serde(rename = "databaseInstance", default, skip_serializing_if = "Option::is_none")]
    pub database_instance: Option<String>,
    /// `databaseVersion` (string; declared by Database).
    #[serde(rename = "databaseVersion", default, skip_serializing_if = "Option::is_none")]
    pub database_version: Option<String>,
    /// `importedFrom` (string; declared by Database).
    #[serde(rename = "importedFrom", default, skip_serializing_if = "Option::is_none")]
    pub imported_from: Option<String>,
    /// `encodingType` (string), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingType", default, skip_serializing_if = "Option::is_none")]
    pub encoding_type: Option<String>,
    /// `encodingLanguage` (string), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingLanguage", default, skip_serializing_if = "Option::is_none")]
    pub encoding_language: Option<String>,
    /// `encodingDescription` (string), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingDescription", default, skip_serializing_if = "Option::is_none")]
    pub encoding_description: Option<String>,
    /// `encodingProperties` (map<string,string>), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingProperties", default, skip_serializing_if = "Option::is_none")]
    pub encoding_properties: Option<BTreeMap<String, String>>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DatabaseProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> DatabaseProperties {
        DatabaseProperties { qualified_name: Some(qualified_name.into()), ..DatabaseProperties::default() }
    }
}

impl EntityBean for DatabaseProperties {
    const TYPE_NAME: &'static str = "Database";
    const BEAN_NAME: &'static str = "DatabaseProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "authors", self.authors.as_ref());
        b::put_enum(&mut properties, "contentStatus", self.content_status);
        b::put(&mut properties, "userDefinedContentStatus", self.user_defined_content_status.as_ref());
        b::put(&mut properties, "pathName", self.path_name.as_ref());
        b::put(&mut properties, "storeCreateTime", self.store_create_time.as_ref());
        b::put(&mut properties, "storeUpdateTime", self.store_update_time.as_ref());
        b::put(&mut properties, "databaseInstance", self.database_instance.as_ref());
        b::put(&mut properties, "databaseVersion", self.database_version.as_ref());
        b::put(&mut properties, "importedFrom", self.imported_from.as_ref());
        let mut classifications = Vec::new();
        let mut embedded0 = ElementProperties::new();
        b::put(&mut embedded0, "encodingType", self.encoding_type.as_ref());
        b::put(&mut embedded0, "encodingLanguage", self.encoding_language.as_ref());
        b::put(&mut embedded0, "encodingDescription", self.encoding_description.as_ref());
        b::put(&mut embedded0, "encodingProperties", self.encoding_properties.as_ref());
        b::push_classification(&mut classifications, "DataAssetEncoding", embedded0);
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut embedded0 = b::classification_properties(element, "DataAssetEncoding");
        DatabaseProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            authors: b::take_strings(&mut properties, "authors"),
            content_status: b::take_enum::<ContentStatus>(&mut properties, "contentStatus"),
            user_defined_content_status: b::take_string(&mut properties, "userDefinedContentStatus"),
            path_name: b::take_string(&mut properties, "pathName"),
            store_create_time: b::take_date(&mut properties, "storeCreateTime"),
            store_update_time: b::take_date(&mut properties, "storeUpdateTime"),
            database_instance: b::take_string(&mut properties, "databaseInstance"),
            database_version: b::take_string(&mut properties, "databaseVersion"),
            imported_from: b::take_string(&mut properties, "importedFrom"),
            encoding_type: b::take_string(&mut embedded0, "encodingType"),
            encoding_language: b::take_string(&mut embedded0, "encodingLanguage"),
            encoding_description: b::take_string(&mut embedded0, "encodingDescription"),
            encoding_properties: b::take_string_map(&mut embedded0, "encodingProperties"),
            extended_properties: properties,
        }
    }
}

/// A `Database` element with its properties as [`DatabaseProperties`].
pub type DatabaseElement = TypedElement<DatabaseProperties>;

/// The properties of a `DeployedDatabaseSchema` element (or of the subtype named in `type_name`). Egeria: `DatabaseSchemaProperties`.
///
/// A named schema within a database that groups its tables.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DatabaseSchemaProperties {
    /// The open metadata type: `DeployedDatabaseSchema` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `authors` (array<string>; declared by DataAsset).
    #[serde(rename = "authors", default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
    /// `contentStatus` (ContentStatus; declared by DataAsset).
    #[serde(rename = "contentStatus", default, skip_serializing_if = "Option::is_none")]
    pub content_status: Option<ContentStatus>,
    /// `userDefinedContentStatus` (string; declared by DataAsset).
    #[serde(rename = "userDefinedContentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_content_status: Option<String>,
    /// `formula` (string; declared by DataSet).
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `formulaType` (string; declared by DataSet).
    #[serde(rename = "formulaType", default, skip_serializing_if = "Option::is_none")]
    pub formula_type: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DatabaseSchemaProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> DatabaseSchemaProperties {
        DatabaseSchemaProperties { qualified_name: Some(qualified_name.into()), ..DatabaseSchemaProperties::default() }
    }
}

impl EntityBean for DatabaseSchemaProperties {
    const TYPE_NAME: &'static str = "DeployedDatabaseSchema";
    const BEAN_NAME: &'static str = "DatabaseSchemaProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "authors", self.authors.as_ref());
        b::put_enum(&mut properties, "contentStatus", self.content_status);
        b::put(&mut properties, "userDefinedContentStatus", self.user_defined_content_status.as_ref());
        b::put(&mut properties, "formula", self.formula.as_ref());
        b::put(&mut properties, "formulaType", self.formula_type.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        DatabaseSchemaProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            authors: b::take_strings(&mut properties, "authors"),
            content_status: b::take_enum::<ContentStatus>(&mut properties, "contentStatus"),
            user_defined_content_status: b::take_string(&mut properties, "userDefinedContentStatus"),
            formula: b::take_string(&mut properties, "formula"),
            formula_type: b::take_string(&mut properties, "formulaType"),
            extended_properties: properties,
        }
    }
}

/// A `DeployedDatabaseSchema` element with its properties as [`DatabaseSchemaProperties`].
pub type DatabaseSchemaElement = TypedElement<DatabaseSchemaProperties>;

/// The properties of a `RelationalTable` element (or of the subtype named in `type_name`). Egeria: `DatabaseTableProperties`.
///
/// A table in a relational database (a view when marked CalculatedValue).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DatabaseTableProperties {
    /// The open metadata type: `RelationalTable` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `aliases` (array<string>; declared by SchemaAttribute).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `allowsDuplicateValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "allowsDuplicateValues", default, skip_serializing_if = "Option::is_none")]
    pub allows_duplicate_values: Option<bool>,
    /// `isNullable` (boolean; declared by SchemaAttribute).
    #[serde(rename = "isNullable", default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
    /// `length` (int; declared by SchemaAttribute).
    #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// `minimumLength` (int; declared by SchemaAttribute).
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// `nativeClass` (string; declared by SchemaAttribute).
    #[serde(rename = "nativeClass", default, skip_serializing_if = "Option::is_none")]
    pub native_class: Option<String>,
    /// `orderedValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "orderedValues", default, skip_serializing_if = "Option::is_none")]
    pub ordered_values: Option<bool>,
    /// `precision` (int; declared by SchemaAttribute).
    #[serde(rename = "precision", default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<i32>,
    /// `sortOrder` (DataItemSortOrder; declared by SchemaAttribute).
    #[serde(rename = "sortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<DataItemSortOrder>,
    /// `position` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "elementPosition", default, skip_serializing_if = "Option::is_none")]
    pub element_position: Option<i32>,
    /// `maxCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "maxCardinality", default, skip_serializing_if = "Option::is_none")]
    pub max_cardinality: Option<i32>,
    /// `minCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "minCardinality", default, skip_serializing_if = "Option::is_none")]
    pub min_cardinality: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DatabaseTableProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> DatabaseTableProperties {
        DatabaseTableProperties { qualified_name: Some(qualified_name.into()), ..DatabaseTableProperties::default() }
    }
}

impl EntityBean for DatabaseTableProperties {
    const TYPE_NAME: &'static str = "RelationalTable";
    const BEAN_NAME: &'static str = "DatabaseTableProperties";
    const HAS_PARENT_FIELDS: bool = true;

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "allowsDuplicateValues", self.allows_duplicate_values.as_ref());
        b::put(&mut properties, "isNullable", self.is_nullable.as_ref());
        b::put(&mut properties, "length", self.length.as_ref());
        b::put(&mut properties, "minimumLength", self.minimum_length.as_ref());
        b::put(&mut properties, "nativeClass", self.native_class.as_ref());
        b::put(&mut properties, "orderedValues", self.ordered_values.as_ref());
        b::put(&mut properties, "precision", self.precision.as_ref());
        b::put_enum(&mut properties, "sortOrder", self.sort_order);
        let classifications = Vec::new();
        let mut parent_properties = ElementProperties::new();
        b::put(&mut parent_properties, "position", self.element_position.as_ref());
        b::put(&mut parent_properties, "maxCardinality", self.max_cardinality.as_ref());
        b::put(&mut parent_properties, "minCardinality", self.min_cardinality.as_ref());
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut parent = parent_properties.cloned().unwrap_or_default();
        DatabaseTableProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            aliases: b::take_strings(&mut properties, "aliases"),
            allows_duplicate_values: b::take_bool(&mut properties, "allowsDuplicateValues"),
            is_nullable: b::take_bool(&mut properties, "isNullable"),
            length: b::take_i32(&mut properties, "length"),
            minimum_length: b::take_i32(&mut properties, "minimumLength"),
            native_class: b::take_string(&mut properties, "nativeClass"),
            ordered_values: b::take_bool(&mut properties, "orderedValues"),
            precision: b::take_i32(&mut properties, "precision"),
            sort_order: b::take_enum::<DataItemSortOrder>(&mut properties, "sortOrder"),
            element_position: b::take_i32(&mut parent, "position"),
            max_cardinality: b::take_i32(&mut parent, "maxCardinality"),
            min_cardinality: b::take_i32(&mut parent, "minCardinality"),
            extended_properties: properties,
        }
    }
}

/// A `RelationalTable` element with its properties as [`DatabaseTableProperties`].
pub type DatabaseTableElement = TypedElement<DatabaseTableProperties>;

/// The properties of a `RelationalTable` element (or of the subtype named in `type_name`). Egeria: `DatabaseViewProperties`.
///
/// A table in a relational database (a view when marked CalculatedValue).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DatabaseViewProperties {
    /// The open metadata type: `RelationalTable` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `aliases` (array<string>; declared by SchemaAttribute).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `allowsDuplicateValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "allowsDuplicateValues", default, skip_serializing_if = "Option::is_none")]
    pub allows_duplicate_values: Option<bool>,
    /// `isNullable` (boolean; declared by SchemaAttribute).
    #[serde(rename = "isNullable", default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
    /// `length` (int; declared by SchemaAttribute).
    #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// `minimumLength` (int; declared by SchemaAttribute).
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// `nativeClass` (string; declared by SchemaAttribute).
    #[serde(rename = "nativeClass", default, skip_serializing_if = "Option::is_none")]
    pub native_class: Option<String>,
    /// `orderedValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "orderedValues", default, skip_serializing_if = "Option::is_none")]
    pub ordered_values: Option<bool>,
    /// `precision` (int; declared by SchemaAttribute).
    #[serde(rename = "precision", default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<i32>,
    /// `sortOrder` (DataItemSortOrder; declared by SchemaAttribute).
    #[serde(rename = "sortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<DataItemSortOrder>,
    /// `formula` (string), kept in the `CalculatedValue` classification.
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `formulaType` (string), kept in the `CalculatedValue` classification.
    #[serde(rename = "formulaType", default, skip_serializing_if = "Option::is_none")]
    pub formula_type: Option<String>,
    /// `position` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "elementPosition", default, skip_serializing_if = "Option::is_none")]
    pub element_position: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DatabaseViewProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> DatabaseViewProperties {
        DatabaseViewProperties { qualified_name: Some(qualified_name.into()), ..DatabaseViewProperties::default() }
    }
}

impl EntityBean for DatabaseViewProperties {
    const TYPE_NAME: &'static str = "RelationalTable";
    const BEAN_NAME: &'static str = "DatabaseViewProperties";
    const HAS_PARENT_FIELDS: bool = true;

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "allowsDuplicateValues", self.allows_duplicate_values.as_ref());
        b::put(&mut properties, "isNullable", self.is_nullable.as_ref());
        b::put(&mut properties, "length", self.length.as_ref());
        b::put(&mut properties, "minimumLength", self.minimum_length.as_ref());
        b::put(&mut properties, "nativeClass", self.native_class.as_ref());
        b::put(&mut properties, "orderedValues", self.ordered_values.as_ref());
        b::put(&mut properties, "precision", self.precision.as_ref());
        b::put_enum(&mut properties, "sortOrder", self.sort_order);
        let mut classifications = Vec::new();
        let mut embedded0 = ElementProperties::new();
        b::put(&mut embedded0, "formula", self.formula.as_ref());
        b::put(&mut embedded0, "formulaType", self.formula_type.as_ref());
        b::push_classification(&mut classifications, "CalculatedValue", embedded0);
        let mut parent_properties = ElementProperties::new();
        b::put(&mut parent_properties, "position", self.element_position.as_ref());
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut embedded0 = b::classification_properties(element, "CalculatedValue");
        let mut parent = parent_properties.cloned().unwrap_or_default();
        DatabaseViewProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            aliases: b::take_strings(&mut properties, "aliases"),
            allows_duplicate_values: b::take_bool(&mut properties, "allowsDuplicateValues"),
            is_nullable: b::take_bool(&mut properties, "isNullable"),
            length: b::take_i32(&mut properties, "length"),
            minimum_length: b::take_i32(&mut properties, "minimumLength"),
            native_class: b::take_string(&mut properties, "nativeClass"),
            ordered_values: b::take_bool(&mut properties, "orderedValues"),
            precision: b::take_i32(&mut properties, "precision"),
            sort_order: b::take_enum::<DataItemSortOrder>(&mut properties, "sortOrder"),
            formula: b::take_string(&mut embedded0, "formula"),
            formula_type: b::take_string(&mut embedded0, "formulaType"),
            element_position: b::take_i32(&mut parent, "position"),
            extended_properties: properties,
        }
    }
}

/// A `RelationalTable` element with its properties as [`DatabaseViewProperties`].
pub type DatabaseViewElement = TypedElement<DatabaseViewProperties>;

/// The properties of a `DeployedOn` relationship. Egeria: `DeploymentProperties`.
///
/// Records where an asset is deployed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentProperties {
    /// `deployer` (string; declared by DeployedOn).
    #[serde(rename = "deployer", default, skip_serializing_if = "Option::is_none")]
    pub deployer: Option<String>,
    /// `deployerPropertyName` (string; declared by DeployedOn).
    #[serde(rename = "deployerPropertyName", default, skip_serializing_if = "Option::is_none")]
    pub deployer_property_name: Option<String>,
    /// `deployerTypeName` (string; declared by DeployedOn).
    #[serde(rename = "deployerTypeName", default, skip_serializing_if = "Option::is_none")]
    pub deployer_type_name: Option<String>,
    /// `deploymentTime` (date; declared by DeployedOn).
    #[serde(
        rename = "deploymentTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_time: Option<Timestamp>,
    /// `operationalStatus` (OperationalStatus; declared by DeployedOn).
    #[serde(rename = "operationalStatus", default, skip_serializing_if = "Option::is_none")]
    pub operational_status: Option<OperationalStatus>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl DeploymentProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "DeployedOn";
}

impl PropertiesBean for DeploymentProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "deployer", self.deployer.as_ref());
        b::put(&mut properties, "deployerPropertyName", self.deployer_property_name.as_ref());
        b::put(&mut properties, "deployerTypeName", self.deployer_type_name.as_ref());
        b::put(&mut properties, "deploymentTime", self.deployment_time.as_ref());
        b::put_enum(&mut properties, "operationalStatus", self.operational_status);
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        DeploymentProperties {
            deployer: b::take_string(&mut properties, "deployer"),
            deployer_property_name: b::take_string(&mut properties, "deployerPropertyName"),
            deployer_type_name: b::take_string(&mut properties, "deployerTypeName"),
            deployment_time: b::take_date(&mut properties, "deploymentTime"),
            operational_status: b::take_enum::<OperationalStatus>(&mut properties, "operationalStatus"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `EmbeddedConnection` relationship. Egeria: `EmbeddedConnectionProperties`.
///
/// Includes a connection inside a virtual connection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EmbeddedConnectionProperties {
    /// `arguments` (map<string,object>; declared by EmbeddedConnection).
    #[serde(rename = "arguments", default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<BTreeMap<String, serde_json::Value>>,
    /// `displayName` (string; declared by EmbeddedConnection).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `position` (int; declared by EmbeddedConnection).
    #[serde(rename = "position", default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl EmbeddedConnectionProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "EmbeddedConnection";
}

impl PropertiesBean for EmbeddedConnectionProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put_object_map(&mut properties, "arguments", self.arguments.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "position", self.position.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        EmbeddedConnectionProperties {
            arguments: b::take_object_map(&mut properties, "arguments"),
            display_name: b::take_string(&mut properties, "displayName"),
            position: b::take_i32(&mut properties, "position"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `Endpoint` element (or of the subtype named in `type_name`). Egeria: `EndpointProperties`.
///
/// A network address at which a resource or service can be reached.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EndpointProperties {
    /// The open metadata type: `Endpoint` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `encryptionMethod` (string; declared by Endpoint).
    #[serde(rename = "encryptionMethod", default, skip_serializing_if = "Option::is_none")]
    pub encryption_method: Option<String>,
    /// `networkAddress` (string; declared by Endpoint).
    #[serde(rename = "networkAddress", default, skip_serializing_if = "Option::is_none")]
    pub network_address: Option<String>,
    /// `protocol` (string; declared by Endpoint).
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl EndpointProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> EndpointProperties {
        EndpointProperties { qualified_name: Some(qualified_name.into()), ..EndpointProperties::default() }
    }
}

impl EntityBean for EndpointProperties {
    const TYPE_NAME: &'static str = "Endpoint";
    const BEAN_NAME: &'static str = "EndpointProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "encryptionMethod", self.encryption_method.as_ref());
        b::put(&mut properties, "networkAddress", self.network_address.as_ref());
        b::put(&mut properties, "protocol", self.protocol.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        EndpointProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            encryption_method: b::take_string(&mut properties, "encryptionMethod"),
            network_address: b::take_string(&mut properties, "networkAddress"),
            protocol: b::take_string(&mut properties, "protocol"),
            extended_properties: properties,
        }
    }
}

/// A `Endpoint` element with its properties as [`EndpointProperties`].
pub type EndpointElement = TypedElement<EndpointProperties>;

/// The properties of a `EventSchemaAttribute` element (or of the subtype named in `type_name`). Egeria: `EventSchemaAttributeProperties`.
///
/// A field within an event type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventSchemaAttributeProperties {
    /// The open metadata type: `EventSchemaAttribute` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `aliases` (array<string>; declared by SchemaAttribute).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `allowsDuplicateValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "allowsDuplicateValues", default, skip_serializing_if = "Option::is_none")]
    pub allows_duplicate_values: Option<bool>,
    /// `isNullable` (boolean; declared by SchemaAttribute).
    #[serde(rename = "isNullable", default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
    /// `length` (int; declared by SchemaAttribute).
    #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// `minimumLength` (int; declared by SchemaAttribute).
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// `nativeClass` (string; declared by SchemaAttribute).
    #[serde(rename = "nativeClass", default, skip_serializing_if = "Option::is_none")]
    pub native_class: Option<String>,
    /// `orderedValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "orderedValues", default, skip_serializing_if = "Option::is_none")]
    pub ordered_values: Option<bool>,
    /// `precision` (int; declared by SchemaAttribute).
    #[serde(rename = "precision", default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<i32>,
    /// `sortOrder` (DataItemSortOrder; declared by SchemaAttribute).
    #[serde(rename = "sortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<DataItemSortOrder>,
    /// `dataType` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// `defaultValue` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "defaultValue", default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// `fixedValue` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "fixedValue", default, skip_serializing_if = "Option::is_none")]
    pub fixed_value: Option<String>,
    /// `position` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "elementPosition", default, skip_serializing_if = "Option::is_none")]
    pub element_position: Option<i32>,
    /// `maxCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "maxCardinality", default, skip_serializing_if = "Option::is_none")]
    pub max_cardinality: Option<i32>,
    /// `minCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "minCardinality", default, skip_serializing_if = "Option::is_none")]
    pub min_cardinality: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl EventSchemaAttributeProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> EventSchemaAttributeProperties {
        EventSchemaAttributeProperties {
            qualified_name: Some(qualified_name.into()),
            ..EventSchemaAttributeProperties::default()
        }
    }
}

impl EntityBean for EventSchemaAttributeProperties {
    const TYPE_NAME: &'static str = "EventSchemaAttribute";
    const BEAN_NAME: &'static str = "EventSchemaAttributeProperties";
    const HAS_PARENT_FIELDS: bool = true;

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "allowsDuplicateValues", self.allows_duplicate_values.as_ref());
        b::put(&mut properties, "isNullable", self.is_nullable.as_ref());
        b::put(&mut properties, "length", self.length.as_ref());
        b::put(&mut properties, "minimumLength", self.minimum_length.as_ref());
        b::put(&mut properties, "nativeClass", self.native_class.as_ref());
        b::put(&mut properties, "orderedValues", self.ordered_values.as_ref());
        b::put(&mut properties, "precision", self.precision.as_ref());
        b::put_enum(&mut properties, "sortOrder", self.sort_order);
        let mut classifications = Vec::new();
        let mut embedded0 = ElementProperties::new();
        b::put(&mut embedded0, "dataType", self.data_type.as_ref());
        b::put(&mut embedded0, "defaultValue", self.default_value.as_ref());
        b::put(&mut embedded0, "fixedValue", self.fixed_value.as_ref());
        if !embedded0.is_empty() {
            embedded0.insert("schemaTypeName", "PrimitiveSchemaType");
        }
        b::push_classification(&mut classifications, "TypeEmbeddedAttribute", embedded0);
        let mut parent_properties = ElementProperties::new();
        b::put(&mut parent_properties, "position", self.element_position.as_ref());
        b::put(&mut parent_properties, "maxCardinality", self.max_cardinality.as_ref());
        b::put(&mut parent_properties, "minCardinality", self.min_cardinality.as_ref());
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut embedded0 = b::classification_properties(element, "TypeEmbeddedAttribute");
        let mut parent = parent_properties.cloned().unwrap_or_default();
        EventSchemaAttributeProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            aliases: b::take_strings(&mut properties, "aliases"),
            allows_duplicate_values: b::take_bool(&mut properties, "allowsDuplicateValues"),
            is_nullable: b::take_bool(&mut properties, "isNullable"),
            length: b::take_i32(&mut properties, "length"),
            minimum_length: b::take_i32(&mut properties, "minimumLength"),
            native_class: b::take_string(&mut properties, "nativeClass"),
            ordered_values: b::take_bool(&mut properties, "orderedValues"),
            precision: b::take_i32(&mut properties, "precision"),
            sort_order: b::take_enum::<DataItemSortOrder>(&mut properties, "sortOrder"),
            data_type: b::take_string(&mut embedded0, "dataType"),
            default_value: b::take_string(&mut embedded0, "defaultValue"),
            fixed_value: b::take_string(&mut embedded0, "fixedValue"),
            element_position: b::take_i32(&mut parent, "position"),
            max_cardinality: b::take_i32(&mut parent, "maxCardinality"),
            min_cardinality: b::take_i32(&mut parent, "minCardinality"),
            extended_properties: properties,
        }
    }
}

/// A `EventSchemaAttribute` element with its properties as [`EventSchemaAttributeProperties`].
pub type EventSchemaAttributeElement = TypedElement<EventSchemaAttributeProperties>;

/// The properties of a `EventType` element (or of the subtype named in `type_name`). Egeria: `EventTypeProperties`.
///
/// Describes the structure of one kind of event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventTypeProperties {
    /// The open metadata type: `EventType` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `author` (string; declared by SchemaType).
    #[serde(rename = "author", default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// `encodingStandard` (string; declared by SchemaType).
    #[serde(rename = "encodingStandard", default, skip_serializing_if = "Option::is_none")]
    pub encoding_standard: Option<String>,
    /// `namespace` (string; declared by SchemaType).
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `usage` (string; declared by SchemaType).
    #[serde(rename = "usage", default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl EventTypeProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> EventTypeProperties {
        EventTypeProperties { qualified_name: Some(qualified_name.into()), ..EventTypeProperties::default() }
    }
}

impl EntityBean for EventTypeProperties {
    const TYPE_NAME: &'static str = "EventType";
    const BEAN_NAME: &'static str = "EventTypeProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "author", self.author.as_ref());
        b::put(&mut properties, "encodingStandard", self.encoding_standard.as_ref());
        b::put(&mut properties, "namespace", self.namespace.as_ref());
        b::put(&mut properties, "usage", self.usage.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        EventTypeProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            author: b::take_string(&mut properties, "author"),
            encoding_standard: b::take_string(&mut properties, "encodingStandard"),
            namespace: b::take_string(&mut properties, "namespace"),
            usage: b::take_string(&mut properties, "usage"),
            extended_properties: properties,
        }
    }
}

/// A `EventType` element with its properties as [`EventTypeProperties`].
pub type EventTypeElement = TypedElement<EventTypeProperties>;

/// The properties of a `ExternalReferenceLink` relationship. Egeria: `ExternalReferenceLinkProperties`.
///
/// Links an element to an external reference about it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExternalReferenceLinkProperties {
    /// `description` (string; declared by ExternalReferenceLink).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `label` (string; declared by ExternalReferenceLink).
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `pages` (string; declared by ExternalReferenceLink).
    #[serde(rename = "pages", default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ExternalReferenceLinkProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "ExternalReferenceLink";
}

impl PropertiesBean for ExternalReferenceLinkProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "label", self.label.as_ref());
        b::put(&mut properties, "pages", self.pages.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        ExternalReferenceLinkProperties {
            description: b::take_string(&mut properties, "description"),
            label: b::take_string(&mut properties, "label"),
            pages: b::take_string(&mut properties, "pages"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `ExternalReference` element (or of the subtype named in `type_name`). Egeria: `ExternalReferenceProperties`.
///
/// A pointer to a publication or resource outside open metadata.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExternalReferenceProperties {
    /// The open metadata type: `ExternalReference` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `attribution` (string; declared by ExternalReference).
    #[serde(rename = "attribution", default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// `authors` (array<string>; declared by ExternalReference).
    #[serde(rename = "authors", default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
    /// `copyright` (string; declared by ExternalReference).
    #[serde(rename = "copyright", default, skip_serializing_if = "Option::is_none")]
    pub copyright: Option<String>,
    /// `license` (string; declared by ExternalReference).
    #[serde(rename = "license", default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// `organization` (string; declared by ExternalReference).
    #[serde(rename = "organization", default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// `referenceAbstract` (string; declared by ExternalReference).
    #[serde(rename = "referenceAbstract", default, skip_serializing_if = "Option::is_none")]
    pub reference_abstract: Option<String>,
    /// `referenceTitle` (string; declared by ExternalReference).
    #[serde(rename = "referenceTitle", default, skip_serializing_if = "Option::is_none")]
    pub reference_title: Option<String>,
    /// `sources` (map<string,string>; declared by ExternalReference).
    #[serde(rename = "sources", default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<BTreeMap<String, String>>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ExternalReferenceProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> ExternalReferenceProperties {
        ExternalReferenceProperties {
            qualified_name: Some(qualified_name.into()),
            ..ExternalReferenceProperties::default()
        }
    }
}

impl EntityBean for ExternalReferenceProperties {
    const TYPE_NAME: &'static str = "ExternalReference";
    const BEAN_NAME: &'static str = "ExternalReferenceProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "attribution", self.attribution.as_ref());
        b::put(&mut properties, "authors", self.authors.as_ref());
        b::put(&mut properties, "copyright", self.copyright.as_ref());
        b::put(&mut properties, "license", self.license.as_ref());
        b::put(&mut properties, "organization", self.organization.as_ref());
        b::put(&mut properties, "referenceAbstract", self.reference_abstract.as_ref());
        b::put(&mut properties, "referenceTitle", self.reference_title.as_ref());
        b::put(&mut properties, "sources", self.sources.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        ExternalReferenceProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            attribution: b::take_string(&mut properties, "attribution"),
            authors: b::take_strings(&mut properties, "authors"),
            copyright: b::take_string(&mut properties, "copyright"),
            license: b::take_string(&mut properties, "license"),
            organization: b::take_string(&mut properties, "organization"),
            reference_abstract: b::take_string(&mut properties, "referenceAbstract"),
            reference_title: b::take_string(&mut properties, "referenceTitle"),
            sources: b::take_string_map(&mut properties, "sources"),
            extended_properties: properties,
        }
    }
}

/// A `ExternalReference` element with its properties as [`ExternalReferenceProperties`].
pub type ExternalReferenceElement = TypedElement<ExternalReferenceProperties>;

/// The properties of a `FileFolder` element (or of the subtype named in `type_name`). Egeria: `FileFolderProperties`.
///
/// A folder (directory) in a file system.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FileFolderProperties {
    /// The open metadata type: `FileFolder` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `authors` (array<string>; declared by DataAsset).
    #[serde(rename = "authors", default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
    /// `contentStatus` (ContentStatus; declared by DataAsset).
    #[serde(rename = "contentStatus", default, skip_serializing_if = "Option::is_none")]
    pub content_status: Option<ContentStatus>,
    /// `userDefinedContentStatus` (string; declared by DataAsset).
    #[serde(rename = "userDefinedContentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_content_status: Option<String>,
    /// `pathName` (string; declared by DataStore).
    #[serde(rename = "pathName", default, skip_serializing_if = "Option::is_none")]
    pub path_name: Option<String>,
    /// `storeCreateTime` (date; declared by DataStore).
    #[serde(
        rename = "storeCreateTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub store_create_time: Option<Timestamp>,
    /// `storeUpdateTime` (date; declared by DataStore).
    #[serde(
        rename = "storeUpdateTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub store_update_time: Option<Timestamp>,
    /// `encodingType` (string), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingType", default, skip_serializing_if = "Option::is_none")]
    pub encoding_type: Option<String>,
    /// `encodingLanguage` (string), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingLanguage", default, skip_serializing_if = "Option::is_none")]
    pub encoding_language: Option<String>,
    /// `encodingDescription` (string), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingDescription", default, skip_serializing_if = "Option::is_none")]
    pub encoding_description: Option<String>,
    /// `encodingProperties` (map<string,string>), kept in the `DataAssetEncoding` classification.
    #[serde(rename = "encodingProperties", default, skip_serializing_if = "Option::is_none")]
    pub encoding_properties: Option<BTreeMap<String, String>>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl FileFolderProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> FileFolderProperties {
        FileFolderProperties { qualified_name: Some(qualified_name.into()), ..FileFolderProperties::default() }
    }
}

impl EntityBean for FileFolderProperties {
    const TYPE_NAME: &'static str = "FileFolder";
    const BEAN_NAME: &'static str = "FileFolderProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "authors", self.authors.as_ref());
        b::put_enum(&mut properties, "contentStatus", self.content_status);
        b::put(&mut properties, "userDefinedContentStatus", self.user_defined_content_status.as_ref());
        b::put(&mut properties, "pathName", self.path_name.as_ref());
        b::put(&mut properties, "storeCreateTime", self.store_create_time.as_ref());
        b::put(&mut properties, "storeUpdateTime", self.store_update_time.as_ref());
        let mut classifications = Vec::new();
        let mut embedded0 = ElementProperties::new();
        b::put(&mut embedded0, "encodingType", self.encoding_type.as_ref());
        b::put(&mut embedded0, "encodingLanguage", self.encoding_language.as_ref());
        b::put(&mut embedded0, "encodingDescription", self.encoding_description.as_ref());
        b::put(&mut embedded0, "encodingProperties", self.encoding_properties.as_ref());
        b::push_classification(&mut classifications, "DataAssetEncoding", embedded0);
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut embedded0 = b::classification_properties(element, "DataAssetEncoding");
        FileFolderProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            authors: b::take_strings(&mut properties, "authors"),
            content_status: b::take_enum::<ContentStatus>(&mut properties, "contentStatus"),
            user_defined_content_status: b::take_string(&mut properties, "userDefinedContentStatus"),
            path_name: b::take_string(&mut properties, "pathName"),
            store_create_time: b::take_date(&mut properties, "storeCreateTime"),
            store_update_time: b::take_date(&mut properties, "storeUpdateTime"),
            encoding_type: b::take_string(&mut embedded0, "encodingType"),
            encoding_language: b::take_string(&mut embedded0, "encodingLanguage"),
            encoding_description: b::take_string(&mut embedded0, "encodingDescription"),
            encoding_properties: b::take_string_map(&mut embedded0, "encodingProperties"),
            extended_properties: properties,
        }
    }
}

/// A `FileFolder` element with its properties as [`FileFolderProperties`].
pub type FileFolderElement = TypedElement<FileFolderProperties>;

/// The properties of a `Form` element (or of the subtype named in `type_name`). Egeria: `FormProperties`.
///
/// A data set used to capture input from people.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FormProperties {
    /// The open metadata type: `Form` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `authors` (array<string>; declared by DataAsset).
    #[serde(rename = "authors", default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
    /// `contentStatus` (ContentStatus; declared by DataAsset).
    #[serde(rename = "contentStatus", default, skip_serializing_if = "Option::is_none")]
    pub content_status: Option<ContentStatus>,
    /// `userDefinedContentStatus` (string; declared by DataAsset).
    #[serde(rename = "userDefinedContentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_content_status: Option<String>,
    /// `formula` (string; declared by DataSet).
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `formulaType` (string; declared by DataSet).
    #[serde(rename = "formulaType", default, skip_serializing_if = "Option::is_none")]
    pub formula_type: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl FormProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> FormProperties {
        FormProperties { qualified_name: Some(qualified_name.into()), ..FormProperties::default() }
    }
}

impl EntityBean for FormProperties {
    const TYPE_NAME: &'static str = "Form";
    const BEAN_NAME: &'static str = "FormProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "authors", self.authors.as_ref());
        b::put_enum(&mut properties, "contentStatus", self.content_status);
        b::put(&mut properties, "userDefinedContentStatus", self.user_defined_content_status.as_ref());
        b::put(&mut properties, "formula", self.formula.as_ref());
        b::put(&mut properties, "formulaType", self.formula_type.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        FormProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            authors: b::take_strings(&mut properties, "authors"),
            content_status: b::take_enum::<ContentStatus>(&mut properties, "contentStatus"),
            user_defined_content_status: b::take_string(&mut properties, "userDefinedContentStatus"),
            formula: b::take_string(&mut properties, "formula"),
            formula_type: b::take_string(&mut properties, "formulaType"),
            extended_properties: properties,
        }
    }
}

/// A `Form` element with its properties as [`FormProperties`].
pub type FormElement = TypedElement<FormProperties>;

/// The properties of a `GlossaryCategory` element (or of the subtype named in `type_name`). Egeria: `GlossaryCategoryProperties`.
///
/// A folder-like grouping of glossary terms.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GlossaryCategoryProperties {
    /// The open metadata type: `GlossaryCategory` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl GlossaryCategoryProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> GlossaryCategoryProperties {
        GlossaryCategoryProperties {
            qualified_name: Some(qualified_name.into()),
            ..GlossaryCategoryProperties::default()
        }
    }
}

impl EntityBean for GlossaryCategoryProperties {
    const TYPE_NAME: &'static str = "GlossaryCategory";
    const BEAN_NAME: &'static str = "GlossaryCategoryProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        GlossaryCategoryProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            extended_properties: properties,
        }
    }
}

/// A `GlossaryCategory` element with its properties as [`GlossaryCategoryProperties`].
pub type GlossaryCategoryElement = TypedElement<GlossaryCategoryProperties>;

/// The properties of a `Glossary` element (or of the subtype named in `type_name`). Egeria: `GlossaryProperties`.
///
/// A collection of terms that define a vocabulary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GlossaryProperties {
    /// The open metadata type: `Glossary` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `language` (string; declared by Glossary).
    #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// `usage` (string; declared by Glossary).
    #[serde(rename = "usage", default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl GlossaryProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> GlossaryProperties {
        GlossaryProperties { qualified_name: Some(qualified_name.into()), ..GlossaryProperties::default() }
    }
}

impl EntityBean for GlossaryProperties {
    const TYPE_NAME: &'static str = "Glossary";
    const BEAN_NAME: &'static str = "GlossaryProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "language", self.language.as_ref());
        b::put(&mut properties, "usage", self.usage.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        GlossaryProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            language: b::take_string(&mut properties, "language"),
            usage: b::take_string(&mut properties, "usage"),
            extended_properties: properties,
        }
    }
}

/// A `Glossary` element with its properties as [`GlossaryProperties`].
pub type GlossaryElement = TypedElement<GlossaryProperties>;

/// The properties of a `GlossaryTerm` element (or of the subtype named in `type_name`). Egeria: `GlossaryTermProperties`.
///
/// A word or phrase with an agreed meaning.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GlossaryTermProperties {
    /// The open metadata type: `GlossaryTerm` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `abbreviation` (string; declared by GlossaryTerm).
    #[serde(rename = "abbreviation", default, skip_serializing_if = "Option::is_none")]
    pub abbreviation: Option<String>,
    /// `aliases` (array<string>; declared by GlossaryTerm).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `examples` (string; declared by GlossaryTerm).
    #[serde(rename = "examples", default, skip_serializing_if = "Option::is_none")]
    pub examples: Option<String>,
    /// `summary` (string; declared by GlossaryTerm).
    #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// `usage` (string; declared by GlossaryTerm).
    #[serde(rename = "usage", default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
    /// `userDefinedStatus` (string; declared by GlossaryTerm).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl GlossaryTermProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> GlossaryTermProperties {
        GlossaryTermProperties { qualified_name: Some(qualified_name.into()), ..GlossaryTermProperties::default() }
    }
}

impl EntityBean for GlossaryTermProperties {
    const TYPE_NAME: &'static str = "GlossaryTerm";
    const BEAN_NAME: &'static str = "GlossaryTermProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "abbreviation", self.abbreviation.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "examples", self.examples.as_ref());
        b::put(&mut properties, "summary", self.summary.as_ref());
        b::put(&mut properties, "usage", self.usage.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        GlossaryTermProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            abbreviation: b::take_string(&mut properties, "abbreviation"),
            aliases: b::take_strings(&mut properties, "aliases"),
            examples: b::take_string(&mut properties, "examples"),
            summary: b::take_string(&mut properties, "summary"),
            usage: b::take_string(&mut properties, "usage"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            extended_properties: properties,
        }
    }
}

/// A `GlossaryTerm` element with its properties as [`GlossaryTermProperties`].
pub type GlossaryTermElement = TypedElement<GlossaryTermProperties>;

/// The properties of a `RelatedTerm` relationship. Egeria: `GlossaryTermRelationshipProperties`.
///
/// Suggests another term worth looking at.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GlossaryTermRelationshipProperties {
    /// `confidence` (int; declared by RelatedTerm).
    #[serde(rename = "confidence", default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<i32>,
    /// `description` (string; declared by RelatedTerm).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `expression` (string; declared by RelatedTerm).
    #[serde(rename = "expression", default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// `source` (string; declared by RelatedTerm).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `steward` (string; declared by RelatedTerm).
    #[serde(rename = "steward", default, skip_serializing_if = "Option::is_none")]
    pub steward: Option<String>,
    /// `termRelationshipStatus` (TermRelationshipStatus; declared by RelatedTerm).
    #[serde(rename = "termRelationshipStatus", default, skip_serializing_if = "Option::is_none")]
    pub term_relationship_status: Option<TermRelationshipStatus>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl GlossaryTermRelationshipProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "RelatedTerm";
}

impl PropertiesBean for GlossaryTermRelationshipProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "confidence", self.confidence.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "expression", self.expression.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "steward", self.steward.as_ref());
        b::put_enum(&mut properties, "termRelationshipStatus", self.term_relationship_status);
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        GlossaryTermRelationshipProperties {
            confidence: b::take_i32(&mut properties, "confidence"),
            description: b::take_string(&mut properties, "description"),
            expression: b::take_string(&mut properties, "expression"),
            source: b::take_string(&mut properties, "source"),
            steward: b::take_string(&mut properties, "steward"),
            term_relationship_status: b::take_enum::<TermRelationshipStatus>(&mut properties, "termRelationshipStatus"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `GovernanceDefinition` element (or of the subtype named in `type_name`). Egeria: `GovernanceDefinitionProperties`.
///
/// A policy, rule or control that shapes how resources are governed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GovernanceDefinitionProperties {
    /// The open metadata type: `GovernanceDefinition` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `domainIdentifier` (int; declared by GovernanceDefinition).
    #[serde(rename = "domainIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub domain_identifier: Option<i32>,
    /// `implications` (array<string>; declared by GovernanceDefinition).
    #[serde(rename = "implications", default, skip_serializing_if = "Option::is_none")]
    pub implications: Option<Vec<String>>,
    /// `importance` (string; declared by GovernanceDefinition).
    #[serde(rename = "importance", default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<String>,
    /// `outcomes` (array<string>; declared by GovernanceDefinition).
    #[serde(rename = "outcomes", default, skip_serializing_if = "Option::is_none")]
    pub outcomes: Option<Vec<String>>,
    /// `results` (array<string>; declared by GovernanceDefinition).
    #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<String>>,
    /// `scope` (string; declared by GovernanceDefinition).
    #[serde(rename = "scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// `summary` (string; declared by GovernanceDefinition).
    #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// `usage` (string; declared by GovernanceDefinition).
    #[serde(rename = "usage", default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
    /// `userDefinedStatus` (string; declared by GovernanceDefinition).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl GovernanceDefinitionProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> GovernanceDefinitionProperties {
        GovernanceDefinitionProperties {
            qualified_name: Some(qualified_name.into()),
            ..GovernanceDefinitionProperties::default()
        }
    }
}

impl EntityBean for GovernanceDefinitionProperties {
    const TYPE_NAME: &'static str = "GovernanceDefinition";
    const BEAN_NAME: &'static str = "GovernanceDefinitionProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "domainIdentifier", self.domain_identifier.as_ref());
        b::put(&mut properties, "implications", self.implications.as_ref());
        b::put(&mut properties, "importance", self.importance.as_ref());
        b::put(&mut properties, "outcomes", self.outcomes.as_ref());
        b::put(&mut properties, "results", self.results.as_ref());
        b::put(&mut properties, "scope", self.scope.as_ref());
        b::put(&mut properties, "summary", self.summary.as_ref());
        b::put(&mut properties, "usage", self.usage.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        GovernanceDefinitionProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            domain_identifier: b::take_i32(&mut properties, "domainIdentifier"),
            implications: b::take_strings(&mut properties, "implications"),
            importance: b::take_string(&mut properties, "importance"),
            outcomes: b::take_strings(&mut properties, "outcomes"),
            results: b::take_strings(&mut properties, "results"),
            scope: b::take_string(&mut properties, "scope"),
            summary: b::take_string(&mut properties, "summary"),
            usage: b::take_string(&mut properties, "usage"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            extended_properties: properties,
        }
    }
}

/// A `GovernanceDefinition` element with its properties as [`GovernanceDefinitionProperties`].
pub type GovernanceDefinitionElement = TypedElement<GovernanceDefinitionProperties>;

/// The properties of a `GovernedBy` relationship. Egeria: `GovernedByProperties`.
///
/// Links an element to a governance definition that applies to it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GovernedByProperties {
    /// `description` (string; declared by GovernedBy).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `label` (string; declared by GovernedBy).
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl GovernedByProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "GovernedBy";
}

impl PropertiesBean for GovernedByProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "label", self.label.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        GovernedByProperties {
            description: b::take_string(&mut properties, "description"),
            label: b::take_string(&mut properties, "label"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `HostClusterMember` relationship. Egeria: `HostClusterMemberProperties`.
///
/// Makes a host a member of a host cluster.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HostClusterMemberProperties {
    /// `additionalProperties` (map<string,string>; declared by HostClusterMember).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `memberRole` (string; declared by HostClusterMember).
    #[serde(rename = "memberRole", default, skip_serializing_if = "Option::is_none")]
    pub member_role: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl HostClusterMemberProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "HostClusterMember";
}

impl PropertiesBean for HostClusterMemberProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "memberRole", self.member_role.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        HostClusterMemberProperties {
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            member_role: b::take_string(&mut properties, "memberRole"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `Host` element (or of the subtype named in `type_name`). Egeria: `HostProperties`.
///
/// A computer, physical or virtual, that runs software.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HostProperties {
    /// The open metadata type: `Host` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `deploymentStatus` (DeploymentStatus; declared by Infrastructure).
    #[serde(rename = "deploymentStatus", default, skip_serializing_if = "Option::is_none")]
    pub deployment_status: Option<DeploymentStatus>,
    /// `userDefinedDeploymentStatus` (string; declared by Infrastructure).
    #[serde(rename = "userDefinedDeploymentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_deployment_status: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl HostProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> HostProperties {
        HostProperties { qualified_name: Some(qualified_name.into()), ..HostProperties::default() }
    }
}

impl EntityBean for HostProperties {
    const TYPE_NAME: &'static str = "Host";
    const BEAN_NAME: &'static str = "HostProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put_enum(&mut properties, "deploymentStatus", self.deployment_status);
        b::put(&mut properties, "userDefinedDeploymentStatus", self.user_defined_deployment_status.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        HostProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            deployment_status: b::take_enum::<DeploymentStatus>(&mut properties, "deploymentStatus"),
            user_defined_deployment_status: b::take_string(&mut properties, "userDefinedDeploymentStatus"),
            extended_properties: properties,
        }
    }
}

/// A `Host` element with its properties as [`HostProperties`].
pub type HostElement = TypedElement<HostProperties>;

/// The properties of a `ITProfile` element (or of the subtype named in `type_name`). Egeria: `ITProfileProperties`.
///
/// Profile of a piece of software or infrastructure that acts on its own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ITProfileProperties {
    /// The open metadata type: `ITProfile` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ITProfileProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> ITProfileProperties {
        ITProfileProperties { qualified_name: Some(qualified_name.into()), ..ITProfileProperties::default() }
    }
}

impl EntityBean for ITProfileProperties {
    const TYPE_NAME: &'static str = "ITProfile";
    const BEAN_NAME: &'static str = "ITProfileProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        ITProfileProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            extended_properties: properties,
        }
    }
}

/// A `ITProfile` element with its properties as [`ITProfileProperties`].
pub type ITProfileElement = TypedElement<ITProfileProperties>;

/// The properties of a `LineageMapping` relationship. Egeria: `LineageMappingProperties`.
///
/// Maps a source element to the target element derived from it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LineageMappingProperties {
    /// `description` (string; declared by LineageMapping).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `iscQualifiedName` (string; declared by LineageMapping).
    #[serde(rename = "iscQualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub isc_qualified_name: Option<String>,
    /// `label` (string; declared by LineageMapping).
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl LineageMappingProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "LineageMapping";
}

impl PropertiesBean for LineageMappingProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "iscQualifiedName", self.isc_qualified_name.as_ref());
        b::put(&mut properties, "label", self.label.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        LineageMappingProperties {
            description: b::take_string(&mut properties, "description"),
            isc_qualified_name: b::take_string(&mut properties, "iscQualifiedName"),
            label: b::take_string(&mut properties, "label"),
            extended_properties: properties,
        }
    }
}

/// The properties of the `Ownership` classification. Egeria: `OwnershipProperties`.
///
/// Names the owner of an element.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OwnershipProperties {
    /// `owner` (string; declared by Ownership).
    #[serde(rename = "owner", default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// `ownerPropertyName` (string; declared by Ownership).
    #[serde(rename = "ownerPropertyName", default, skip_serializing_if = "Option::is_none")]
    pub owner_property_name: Option<String>,
    /// `ownerTypeName` (string; declared by Ownership).
    #[serde(rename = "ownerTypeName", default, skip_serializing_if = "Option::is_none")]
    pub owner_type_name: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl OwnershipProperties {
    /// The classification the bean describes.
    pub const CLASSIFICATION_NAME: &'static str = "Ownership";

    /// The bean as a classification to attach.
    pub fn into_classification(self) -> Classification {
        Classification::new(OwnershipProperties::CLASSIFICATION_NAME, self.to_properties())
    }
}

impl PropertiesBean for OwnershipProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "owner", self.owner.as_ref());
        b::put(&mut properties, "ownerPropertyName", self.owner_property_name.as_ref());
        b::put(&mut properties, "ownerTypeName", self.owner_type_name.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        OwnershipProperties {
            owner: b::take_string(&mut properties, "owner"),
            owner_property_name: b::take_string(&mut properties, "ownerPropertyName"),
            owner_type_name: b::take_string(&mut properties, "ownerTypeName"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `Person` element (or of the subtype named in `type_name`). Egeria: `PersonProperties`.
///
/// Profile of an individual person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PersonProperties {
    /// The open metadata type: `Person` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `courtesyTitle` (string; declared by Person).
    #[serde(rename = "courtesyTitle", default, skip_serializing_if = "Option::is_none")]
    pub courtesy_title: Option<String>,
    /// `employeeNumber` (string; declared by Person).
    #[serde(rename = "employeeNumber", default, skip_serializing_if = "Option::is_none")]
    pub employee_number: Option<String>,
    /// `employeeType` (string; declared by Person).
    #[serde(rename = "employeeType", default, skip_serializing_if = "Option::is_none")]
    pub employee_type: Option<String>,
    /// `fullName` (string; declared by Person).
    #[serde(rename = "fullName", default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// `givenNames` (string; declared by Person).
    #[serde(rename = "givenNames", default, skip_serializing_if = "Option::is_none")]
    pub given_names: Option<String>,
    /// `initials` (string; declared by Person).
    #[serde(rename = "initials", default, skip_serializing_if = "Option::is_none")]
    pub initials: Option<String>,
    /// `isPublic` (boolean; declared by Person).
    #[serde(rename = "isPublic", default, skip_serializing_if = "Option::is_none")]
    pub is_public: Option<bool>,
    /// `jobTitle` (string; declared by Person).
    #[serde(rename = "jobTitle", default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// `preferredLanguage` (string; declared by Person).
    #[serde(rename = "preferredLanguage", default, skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<String>,
    /// `pronouns` (string; declared by Person).
    #[serde(rename = "pronouns", default, skip_serializing_if = "Option::is_none")]
    pub pronouns: Option<String>,
    /// `residentCountry` (string; declared by Person).
    #[serde(rename = "residentCountry", default, skip_serializing_if = "Option::is_none")]
    pub resident_country: Option<String>,
    /// `surname` (string; declared by Person).
    #[serde(rename = "surname", default, skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    /// `timezone` (string; declared by Person).
    #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl PersonProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> PersonProperties {
        PersonProperties { qualified_name: Some(qualified_name.into()), ..PersonProperties::default() }
    }
}

impl EntityBean for PersonProperties {
    const TYPE_NAME: &'static str = "Person";
    const BEAN_NAME: &'static str = "PersonProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "courtesyTitle", self.courtesy_title.as_ref());
        b::put(&mut properties, "employeeNumber", self.employee_number.as_ref());
        b::put(&mut properties, "employeeType", self.employee_type.as_ref());
        b::put(&mut properties, "fullName", self.full_name.as_ref());
        b::put(&mut properties, "givenNames", self.given_names.as_ref());
        b::put(&mut properties, "initials", self.initials.as_ref());
        b::put(&mut properties, "isPublic", self.is_public.as_ref());
        b::put(&mut properties, "jobTitle", self.job_title.as_ref());
        b::put(&mut properties, "preferredLanguage", self.preferred_language.as_ref());
        b::put(&mut properties, "pronouns", self.pronouns.as_ref());
        b::put(&mut properties, "residentCountry", self.resident_country.as_ref());
        b::put(&mut properties, "surname", self.surname.as_ref());
        b::put(&mut properties, "timezone", self.timezone.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        PersonProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            courtesy_title: b::take_string(&mut properties, "courtesyTitle"),
            employee_number: b::take_string(&mut properties, "employeeNumber"),
            employee_type: b::take_string(&mut properties, "employeeType"),
            full_name: b::take_string(&mut properties, "fullName"),
            given_names: b::take_string(&mut properties, "givenNames"),
            initials: b::take_string(&mut properties, "initials"),
            is_public: b::take_bool(&mut properties, "isPublic"),
            job_title: b::take_string(&mut properties, "jobTitle"),
            preferred_language: b::take_string(&mut properties, "preferredLanguage"),
            pronouns: b::take_string(&mut properties, "pronouns"),
            resident_country: b::take_string(&mut properties, "residentCountry"),
            surname: b::take_string(&mut properties, "surname"),
            timezone: b::take_string(&mut properties, "timezone"),
            extended_properties: properties,
        }
    }
}

/// A `Person` element with its properties as [`PersonProperties`].
pub type PersonElement = TypedElement<PersonProperties>;

/// The properties of a `PersonRole` element (or of the subtype named in `type_name`). Egeria: `PersonRoleProperties`.
///
/// A role that people are appointed to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PersonRoleProperties {
    /// The open metadata type: `PersonRole` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `actorRoleGroups` (array<string>; declared by ActorRole).
    #[serde(rename = "actorRoleGroups", default, skip_serializing_if = "Option::is_none")]
    pub actor_role_groups: Option<Vec<String>>,
    /// `scope` (string; declared by ActorRole).
    #[serde(rename = "scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// `headCount` (int; declared by PersonRole).
    #[serde(rename = "headCount", default, skip_serializing_if = "Option::is_none")]
    pub head_count: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl PersonRoleProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> PersonRoleProperties {
        PersonRoleProperties { qualified_name: Some(qualified_name.into()), ..PersonRoleProperties::default() }
    }
}

impl EntityBean for PersonRoleProperties {
    const TYPE_NAME: &'static str = "PersonRole";
    const BEAN_NAME: &'static str = "PersonRoleProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "actorRoleGroups", self.actor_role_groups.as_ref());
        b::put(&mut properties, "scope", self.scope.as_ref());
        b::put(&mut properties, "headCount", self.head_count.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        PersonRoleProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            actor_role_groups: b::take_strings(&mut properties, "actorRoleGroups"),
            scope: b::take_string(&mut properties, "scope"),
            head_count: b::take_i32(&mut properties, "headCount"),
            extended_properties: properties,
        }
    }
}

/// A `PersonRole` element with its properties as [`PersonRoleProperties`].
pub type PersonRoleElement = TypedElement<PersonRoleProperties>;

/// The properties of a `Port` element (or of the subtype named in `type_name`). Egeria: `PortProperties`.
///
/// A point through which data enters or leaves a process.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PortProperties {
    /// The open metadata type: `Port` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `portType` (PortType; declared by Port).
    #[serde(rename = "portType", default, skip_serializing_if = "Option::is_none")]
    pub port_type: Option<PortType>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl PortProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> PortProperties {
        PortProperties { qualified_name: Some(qualified_name.into()), ..PortProperties::default() }
    }
}

impl EntityBean for PortProperties {
    const TYPE_NAME: &'static str = "Port";
    const BEAN_NAME: &'static str = "PortProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put_enum(&mut properties, "portType", self.port_type);
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        PortProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            port_type: b::take_enum::<PortType>(&mut properties, "portType"),
            extended_properties: properties,
        }
    }
}

/// A `Port` element with its properties as [`PortProperties`].
pub type PortElement = TypedElement<PortProperties>;

/// The properties of a `ProcessCall` relationship. Egeria: `ProcessCallProperties`.
///
/// One element invokes another.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProcessCallProperties {
    /// `description` (string; declared by ProcessCall).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `formula` (string; declared by ProcessCall).
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `formulaType` (string; declared by ProcessCall).
    #[serde(rename = "formulaType", default, skip_serializing_if = "Option::is_none")]
    pub formula_type: Option<String>,
    /// `iscQualifiedName` (string; declared by ProcessCall).
    #[serde(rename = "iscQualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub isc_qualified_name: Option<String>,
    /// `label` (string; declared by ProcessCall).
    #[serde(rename = "label", default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `lineNumber` (string; declared by ProcessCall).
    #[serde(rename = "lineNumber", default, skip_serializing_if = "Option::is_none")]
    pub line_number: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ProcessCallProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "ProcessCall";
}

impl PropertiesBean for ProcessCallProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "formula", self.formula.as_ref());
        b::put(&mut properties, "formulaType", self.formula_type.as_ref());
        b::put(&mut properties, "iscQualifiedName", self.isc_qualified_name.as_ref());
        b::put(&mut properties, "label", self.label.as_ref());
        b::put(&mut properties, "lineNumber", self.line_number.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        ProcessCallProperties {
            description: b::take_string(&mut properties, "description"),
            formula: b::take_string(&mut properties, "formula"),
            formula_type: b::take_string(&mut properties, "formulaType"),
            isc_qualified_name: b::take_string(&mut properties, "iscQualifiedName"),
            label: b::take_string(&mut properties, "label"),
            line_number: b::take_string(&mut properties, "lineNumber"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `ProcessHierarchy` relationship. Egeria: `ProcessContainmentProperties`.
///
/// Nests a child process inside a parent process.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProcessContainmentProperties {
    /// `containmentType` (ProcessContainmentType; declared by ProcessHierarchy).
    #[serde(rename = "containmentType", default, skip_serializing_if = "Option::is_none")]
    pub containment_type: Option<ProcessContainmentType>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ProcessContainmentProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "ProcessHierarchy";
}

impl PropertiesBean for ProcessContainmentProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put_enum(&mut properties, "containmentType", self.containment_type);
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        ProcessContainmentProperties {
            containment_type: b::take_enum::<ProcessContainmentType>(&mut properties, "containmentType"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `Process` element (or of the subtype named in `type_name`). Egeria: `ProcessProperties`.
///
/// A piece of work or program that transforms or moves data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProcessProperties {
    /// The open metadata type: `Process` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `activityStatus` (ActivityStatus; declared by Process).
    #[serde(rename = "activityStatus", default, skip_serializing_if = "Option::is_none")]
    pub activity_status: Option<ActivityStatus>,
    /// `completionTime` (date; declared by Process).
    #[serde(
        rename = "completionTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub completion_time: Option<Timestamp>,
    /// `dueTime` (date; declared by Process).
    #[serde(
        rename = "dueTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub due_time: Option<Timestamp>,
    /// `formula` (string; declared by Process).
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `formulaType` (string; declared by Process).
    #[serde(rename = "formulaType", default, skip_serializing_if = "Option::is_none")]
    pub formula_type: Option<String>,
    /// `lastPauseTime` (date; declared by Process).
    #[serde(
        rename = "lastPauseTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_pause_time: Option<Timestamp>,
    /// `lastResumeTime` (date; declared by Process).
    #[serde(
        rename = "lastResumeTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_resume_time: Option<Timestamp>,
    /// `lastReviewTime` (date; declared by Process).
    #[serde(
        rename = "lastReviewTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_review_time: Option<Timestamp>,
    /// `priority` (int; declared by Process).
    #[serde(rename = "priority", default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
    /// `requestedStartTime` (date; declared by Process).
    #[serde(
        rename = "requestedStartTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_start_time: Option<Timestamp>,
    /// `requestedTime` (date; declared by Process).
    #[serde(
        rename = "requestedTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_time: Option<Timestamp>,
    /// `startTime` (date; declared by Process).
    #[serde(
        rename = "startTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<Timestamp>,
    /// `userDefinedActivityStatus` (string; declared by Process).
    #[serde(rename = "userDefinedActivityStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_activity_status: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ProcessProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> ProcessProperties {
        ProcessProperties { qualified_name: Some(qualified_name.into()), ..ProcessProperties::default() }
    }
}

impl EntityBean for ProcessProperties {
    const TYPE_NAME: &'static str = "Process";
    const BEAN_NAME: &'static str = "ProcessProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put_enum(&mut properties, "activityStatus", self.activity_status);
        b::put(&mut properties, "completionTime", self.completion_time.as_ref());
        b::put(&mut properties, "dueTime", self.due_time.as_ref());
        b::put(&mut properties, "formula", self.formula.as_ref());
        b::put(&mut properties, "formulaType", self.formula_type.as_ref());
        b::put(&mut properties, "lastPauseTime", self.last_pause_time.as_ref());
        b::put(&mut properties, "lastResumeTime", self.last_resume_time.as_ref());
        b::put(&mut properties, "lastReviewTime", self.last_review_time.as_ref());
        b::put(&mut properties, "priority", self.priority.as_ref());
        b::put(&mut properties, "requestedStartTime", self.requested_start_time.as_ref());
        b::put(&mut properties, "requestedTime", self.requested_time.as_ref());
        b::put(&mut properties, "startTime", self.start_time.as_ref());
        b::put(&mut properties, "userDefinedActivityStatus", self.user_defined_activity_status.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        ProcessProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            activity_status: b::take_enum::<ActivityStatus>(&mut properties, "activityStatus"),
            completion_time: b::take_date(&mut properties, "completionTime"),
            due_time: b::take_date(&mut properties, "dueTime"),
            formula: b::take_string(&mut properties, "formula"),
            formula_type: b::take_string(&mut properties, "formulaType"),
            last_pause_time: b::take_date(&mut properties, "lastPauseTime"),
            last_resume_time: b::take_date(&mut properties, "lastResumeTime"),
            last_review_time: b::take_date(&mut properties, "lastReviewTime"),
            priority: b::take_i32(&mut properties, "priority"),
            requested_start_time: b::take_date(&mut properties, "requestedStartTime"),
            requested_time: b::take_date(&mut properties, "requestedTime"),
            start_time: b::take_date(&mut properties, "startTime"),
            user_defined_activity_status: b::take_string(&mut properties, "userDefinedActivityStatus"),
            extended_properties: properties,
        }
    }
}

/// A `Process` element with its properties as [`ProcessProperties`].
pub type ProcessElement = TypedElement<ProcessProperties>;

/// The properties of a `ProfileIdentity` relationship. Egeria: `ProfileIdentityProperties`.
///
/// Links a profile to a user identity it acts through.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileIdentityProperties {
    /// `description` (string; declared by ProfileIdentity).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `roleGUID` (string; declared by ProfileIdentity).
    #[serde(rename = "roleGUID", default, skip_serializing_if = "Option::is_none")]
    pub role_guid: Option<String>,
    /// `roleTypeName` (string; declared by ProfileIdentity).
    #[serde(rename = "roleTypeName", default, skip_serializing_if = "Option::is_none")]
    pub role_type_name: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ProfileIdentityProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "ProfileIdentity";
}

impl PropertiesBean for ProfileIdentityProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "roleGUID", self.role_guid.as_ref());
        b::put(&mut properties, "roleTypeName", self.role_type_name.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        ProfileIdentityProperties {
            description: b::take_string(&mut properties, "description"),
            role_guid: b::take_string(&mut properties, "roleGUID"),
            role_type_name: b::take_string(&mut properties, "roleTypeName"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `QueryDataContainer` element (or of the subtype named in `type_name`). Egeria: `QueryDataContainerProperties`.
///
/// A grouping of fields within query results.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QueryDataContainerProperties {
    /// The open metadata type: `QueryDataContainer` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `aliases` (array<string>; declared by SchemaAttribute).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `allowsDuplicateValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "allowsDuplicateValues", default, skip_serializing_if = "Option::is_none")]
    pub allows_duplicate_values: Option<bool>,
    /// `isNullable` (boolean; declared by SchemaAttribute).
    #[serde(rename = "isNullable", default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
    /// `length` (int; declared by SchemaAttribute).
    #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// `minimumLength` (int; declared by SchemaAttribute).
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// `nativeClass` (string; declared by SchemaAttribute).
    #[serde(rename = "nativeClass", default, skip_serializing_if = "Option::is_none")]
    pub native_class: Option<String>,
    /// `orderedValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "orderedValues", default, skip_serializing_if = "Option::is_none")]
    pub ordered_values: Option<bool>,
    /// `precision` (int; declared by SchemaAttribute).
    #[serde(rename = "precision", default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<i32>,
    /// `sortOrder` (DataItemSortOrder; declared by SchemaAttribute).
    #[serde(rename = "sortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<DataItemSortOrder>,
    /// `position` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "elementPosition", default, skip_serializing_if = "Option::is_none")]
    pub element_position: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl QueryDataContainerProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> QueryDataContainerProperties {
        QueryDataContainerProperties {
            qualified_name: Some(qualified_name.into()),
            ..QueryDataContainerProperties::default()
        }
    }
}

impl EntityBean for QueryDataContainerProperties {
    const TYPE_NAME: &'static str = "QueryDataContainer";
    const BEAN_NAME: &'static str = "QueryDataContainerProperties";
    const HAS_PARENT_FIELDS: bool = true;

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "allowsDuplicateValues", self.allows_duplicate_values.as_ref());
        b::put(&mut properties, "isNullable", self.is_nullable.as_ref());
        b::put(&mut properties, "length", self.length.as_ref());
        b::put(&mut properties, "minimumLength", self.minimum_length.as_ref());
        b::put(&mut properties, "nativeClass", self.native_class.as_ref());
        b::put(&mut properties, "orderedValues", self.ordered_values.as_ref());
        b::put(&mut properties, "precision", self.precision.as_ref());
        b::put_enum(&mut properties, "sortOrder", self.sort_order);
        let classifications = Vec::new();
        let mut parent_properties = ElementProperties::new();
        b::put(&mut parent_properties, "position", self.element_position.as_ref());
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut parent = parent_properties.cloned().unwrap_or_default();
        QueryDataContainerProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            aliases: b::take_strings(&mut properties, "aliases"),
            allows_duplicate_values: b::take_bool(&mut properties, "allowsDuplicateValues"),
            is_nullable: b::take_bool(&mut properties, "isNullable"),
            length: b::take_i32(&mut properties, "length"),
            minimum_length: b::take_i32(&mut properties, "minimumLength"),
            native_class: b::take_string(&mut properties, "nativeClass"),
            ordered_values: b::take_bool(&mut properties, "orderedValues"),
            precision: b::take_i32(&mut properties, "precision"),
            sort_order: b::take_enum::<DataItemSortOrder>(&mut properties, "sortOrder"),
            element_position: b::take_i32(&mut parent, "position"),
            extended_properties: properties,
        }
    }
}

/// A `QueryDataContainer` element with its properties as [`QueryDataContainerProperties`].
pub type QueryDataContainerElement = TypedElement<QueryDataContainerProperties>;

/// The properties of a `QueryDataField` element (or of the subtype named in `type_name`). Egeria: `QueryDataFieldProperties`.
///
/// A single field within query results.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QueryDataFieldProperties {
    /// The open metadata type: `QueryDataField` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `aliases` (array<string>; declared by SchemaAttribute).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `allowsDuplicateValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "allowsDuplicateValues", default, skip_serializing_if = "Option::is_none")]
    pub allows_duplicate_values: Option<bool>,
    /// `isNullable` (boolean; declared by SchemaAttribute).
    #[serde(rename = "isNullable", default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
    /// `length` (int; declared by SchemaAttribute).
    #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// `minimumLength` (int; declared by SchemaAttribute).
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// `nativeClass` (string; declared by SchemaAttribute).
    #[serde(rename = "nativeClass", default, skip_serializing_if = "Option::is_none")]
    pub native_class: Option<String>,
    /// `orderedValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "orderedValues", default, skip_serializing_if = "Option::is_none")]
    pub ordered_values: Option<bool>,
    /// `precision` (int; declared by SchemaAttribute).
    #[serde(rename = "precision", default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<i32>,
    /// `sortOrder` (DataItemSortOrder; declared by SchemaAttribute).
    #[serde(rename = "sortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<DataItemSortOrder>,
    /// `dataType` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// `position` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "elementPosition", default, skip_serializing_if = "Option::is_none")]
    pub element_position: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl QueryDataFieldProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> QueryDataFieldProperties {
        QueryDataFieldProperties { qualified_name: Some(qualified_name.into()), ..QueryDataFieldProperties::default() }
    }
}

impl EntityBean for QueryDataFieldProperties {
    const TYPE_NAME: &'static str = "QueryDataField";
    const BEAN_NAME: &'static str = "QueryDataFieldProperties";
    const HAS_PARENT_FIELDS: bool = true;

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "allowsDuplicateValues", self.allows_duplicate_values.as_ref());
        b::put(&mut properties, "isNullable", self.is_nullable.as_ref());
        b::put(&mut properties, "length", self.length.as_ref());
        b::put(&mut properties, "minimumLength", self.minimum_length.as_ref());
        b::put(&mut properties, "nativeClass", self.native_class.as_ref());
        b::put(&mut properties, "orderedValues", self.ordered_values.as_ref());
        b::put(&mut properties, "precision", self.precision.as_ref());
        b::put_enum(&mut properties, "sortOrder", self.sort_order);
        let mut classifications = Vec::new();
        let mut embedded0 = ElementProperties::new();
        b::put(&mut embedded0, "dataType", self.data_type.as_ref());
        if !embedded0.is_empty() {
            embedded0.insert("schemaTypeName", "PrimitiveSchemaType");
        }
        b::push_classification(&mut classifications, "TypeEmbeddedAttribute", embedded0);
        let mut parent_properties = ElementProperties::new();
        b::put(&mut parent_properties, "position", self.element_position.as_ref());
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut embedded0 = b::classification_properties(element, "TypeEmbeddedAttribute");
        let mut parent = parent_properties.cloned().unwrap_or_default();
        QueryDataFieldProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            aliases: b::take_strings(&mut properties, "aliases"),
            allows_duplicate_values: b::take_bool(&mut properties, "allowsDuplicateValues"),
            is_nullable: b::take_bool(&mut properties, "isNullable"),
            length: b::take_i32(&mut properties, "length"),
            minimum_length: b::take_i32(&mut properties, "minimumLength"),
            native_class: b::take_string(&mut properties, "nativeClass"),
            ordered_values: b::take_bool(&mut properties, "orderedValues"),
            precision: b::take_i32(&mut properties, "precision"),
            sort_order: b::take_enum::<DataItemSortOrder>(&mut properties, "sortOrder"),
            data_type: b::take_string(&mut embedded0, "dataType"),
            element_position: b::take_i32(&mut parent, "position"),
            extended_properties: properties,
        }
    }
}

/// A `QueryDataField` element with its properties as [`QueryDataFieldProperties`].
pub type QueryDataFieldElement = TypedElement<QueryDataFieldProperties>;

/// The properties of a `InformationView` element (or of the subtype named in `type_name`). Egeria: `QueryProperties`.
///
/// A virtual view over data from one or more sources.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QueryProperties {
    /// The open metadata type: `InformationView` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `authors` (array<string>; declared by DataAsset).
    #[serde(rename = "authors", default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
    /// `contentStatus` (ContentStatus; declared by DataAsset).
    #[serde(rename = "contentStatus", default, skip_serializing_if = "Option::is_none")]
    pub content_status: Option<ContentStatus>,
    /// `userDefinedContentStatus` (string; declared by DataAsset).
    #[serde(rename = "userDefinedContentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_content_status: Option<String>,
    /// `formula` (string; declared by DataSet).
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `formulaType` (string; declared by DataSet).
    #[serde(rename = "formulaType", default, skip_serializing_if = "Option::is_none")]
    pub formula_type: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl QueryProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> QueryProperties {
        QueryProperties { qualified_name: Some(qualified_name.into()), ..QueryProperties::default() }
    }
}

impl EntityBean for QueryProperties {
    const TYPE_NAME: &'static str = "InformationView";
    const BEAN_NAME: &'static str = "QueryProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "authors", self.authors.as_ref());
        b::put_enum(&mut properties, "contentStatus", self.content_status);
        b::put(&mut properties, "userDefinedContentStatus", self.user_defined_content_status.as_ref());
        b::put(&mut properties, "formula", self.formula.as_ref());
        b::put(&mut properties, "formulaType", self.formula_type.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        QueryProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            authors: b::take_strings(&mut properties, "authors"),
            content_status: b::take_enum::<ContentStatus>(&mut properties, "contentStatus"),
            user_defined_content_status: b::take_string(&mut properties, "userDefinedContentStatus"),
            formula: b::take_string(&mut properties, "formula"),
            formula_type: b::take_string(&mut properties, "formulaType"),
            extended_properties: properties,
        }
    }
}

/// A `InformationView` element with its properties as [`QueryProperties`].
pub type QueryElement = TypedElement<QueryProperties>;

/// The properties of a `Report` element (or of the subtype named in `type_name`). Egeria: `ReportProperties`.
///
/// A data set produced to present results.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportProperties {
    /// The open metadata type: `Report` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `authors` (array<string>; declared by DataAsset).
    #[serde(rename = "authors", default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
    /// `contentStatus` (ContentStatus; declared by DataAsset).
    #[serde(rename = "contentStatus", default, skip_serializing_if = "Option::is_none")]
    pub content_status: Option<ContentStatus>,
    /// `userDefinedContentStatus` (string; declared by DataAsset).
    #[serde(rename = "userDefinedContentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_content_status: Option<String>,
    /// `formula` (string; declared by DataSet).
    #[serde(rename = "formula", default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    /// `formulaType` (string; declared by DataSet).
    #[serde(rename = "formulaType", default, skip_serializing_if = "Option::is_none")]
    pub formula_type: Option<String>,
    /// `author` (string; declared by Report).
    #[serde(rename = "author", default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// `completionMessage` (string; declared by Report).
    #[serde(rename = "completionMessage", default, skip_serializing_if = "Option::is_none")]
    pub completion_message: Option<String>,
    /// `completionTime` (date; declared by Report).
    #[serde(
        rename = "completionTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub completion_time: Option<Timestamp>,
    /// `createdTime` (date; declared by Report).
    #[serde(
        rename = "createdTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_time: Option<Timestamp>,
    /// `lastModifiedTime` (date; declared by Report).
    #[serde(
        rename = "lastModifiedTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_modified_time: Option<Timestamp>,
    /// `lastModifier` (string; declared by Report).
    #[serde(rename = "lastModifier", default, skip_serializing_if = "Option::is_none")]
    pub last_modifier: Option<String>,
    /// `purpose` (string; declared by Report).
    #[serde(rename = "purpose", default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// `startTime` (date; declared by Report).
    #[serde(
        rename = "startTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<Timestamp>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ReportProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> ReportProperties {
        ReportProperties { qualified_name: Some(qualified_name.into()), ..ReportProperties::default() }
    }
}

impl EntityBean for ReportProperties {
    const TYPE_NAME: &'static str = "Report";
    const BEAN_NAME: &'static str = "ReportProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "authors", self.authors.as_ref());
        b::put_enum(&mut properties, "contentStatus", self.content_status);
        b::put(&mut properties, "userDefinedContentStatus", self.user_defined_content_status.as_ref());
        b::put(&mut properties, "formula", self.formula.as_ref());
        b::put(&mut properties, "formulaType", self.formula_type.as_ref());
        b::put(&mut properties, "author", self.author.as_ref());
        b::put(&mut properties, "completionMessage", self.completion_message.as_ref());
        b::put(&mut properties, "completionTime", self.completion_time.as_ref());
        b::put(&mut properties, "createdTime", self.created_time.as_ref());
        b::put(&mut properties, "lastModifiedTime", self.last_modified_time.as_ref());
        b::put(&mut properties, "lastModifier", self.last_modifier.as_ref());
        b::put(&mut properties, "purpose", self.purpose.as_ref());
        b::put(&mut properties, "startTime", self.start_time.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        ReportProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            authors: b::take_strings(&mut properties, "authors"),
            content_status: b::take_enum::<ContentStatus>(&mut properties, "contentStatus"),
            user_defined_content_status: b::take_string(&mut properties, "userDefinedContentStatus"),
            formula: b::take_string(&mut properties, "formula"),
            formula_type: b::take_string(&mut properties, "formulaType"),
            author: b::take_string(&mut properties, "author"),
            completion_message: b::take_string(&mut properties, "completionMessage"),
            completion_time: b::take_date(&mut properties, "completionTime"),
            created_time: b::take_date(&mut properties, "createdTime"),
            last_modified_time: b::take_date(&mut properties, "lastModifiedTime"),
            last_modifier: b::take_string(&mut properties, "lastModifier"),
            purpose: b::take_string(&mut properties, "purpose"),
            start_time: b::take_date(&mut properties, "startTime"),
            extended_properties: properties,
        }
    }
}

/// A `Report` element with its properties as [`ReportProperties`].
pub type ReportElement = TypedElement<ReportProperties>;

/// The properties of the `Retention` classification. Egeria: `RetentionProperties`.
///
/// Records how long an element must be kept (basis attribute name assumed).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RetentionProperties {
    /// `archiveAfter` (date; declared by Retention).
    #[serde(
        rename = "archiveAfter",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub archive_after: Option<Timestamp>,
    /// `associatedGUID` (string; declared by Retention).
    #[serde(rename = "associatedGUID", default, skip_serializing_if = "Option::is_none")]
    pub associated_guid: Option<String>,
    /// `basisIdentifier` (int; declared by Retention).
    #[serde(rename = "basisIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub basis_identifier: Option<i32>,
    /// `confidence` (int; declared by Retention).
    #[serde(rename = "confidence", default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<i32>,
    /// `deleteAfter` (date; declared by Retention).
    #[serde(
        rename = "deleteAfter",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_after: Option<Timestamp>,
    /// `notes` (string; declared by Retention).
    #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// `source` (string; declared by Retention).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `statusIdentifier` (int; declared by Retention).
    #[serde(rename = "statusIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub status_identifier: Option<i32>,
    /// `steward` (string; declared by Retention).
    #[serde(rename = "steward", default, skip_serializing_if = "Option::is_none")]
    pub steward: Option<String>,
    /// `stewardPropertyName` (string; declared by Retention).
    #[serde(rename = "stewardPropertyName", default, skip_serializing_if = "Option::is_none")]
    pub steward_property_name: Option<String>,
    /// `stewardTypeName` (string; declared by Retention).
    #[serde(rename = "stewardTypeName", default, skip_serializing_if = "Option::is_none")]
    pub steward_type_name: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl RetentionProperties {
    /// The classification the bean describes.
    pub const CLASSIFICATION_NAME: &'static str = "Retention";

    /// The bean as a classification to attach.
    pub fn into_classification(self) -> Classification {
        Classification::new(RetentionProperties::CLASSIFICATION_NAME, self.to_properties())
    }
}

impl PropertiesBean for RetentionProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "archiveAfter", self.archive_after.as_ref());
        b::put(&mut properties, "associatedGUID", self.associated_guid.as_ref());
        b::put(&mut properties, "basisIdentifier", self.basis_identifier.as_ref());
        b::put(&mut properties, "confidence", self.confidence.as_ref());
        b::put(&mut properties, "deleteAfter", self.delete_after.as_ref());
        b::put(&mut properties, "notes", self.notes.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "statusIdentifier", self.status_identifier.as_ref());
        b::put(&mut properties, "steward", self.steward.as_ref());
        b::put(&mut properties, "stewardPropertyName", self.steward_property_name.as_ref());
        b::put(&mut properties, "stewardTypeName", self.steward_type_name.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        RetentionProperties {
            archive_after: b::take_date(&mut properties, "archiveAfter"),
            associated_guid: b::take_string(&mut properties, "associatedGUID"),
            basis_identifier: b::take_i32(&mut properties, "basisIdentifier"),
            confidence: b::take_i32(&mut properties, "confidence"),
            delete_after: b::take_date(&mut properties, "deleteAfter"),
            notes: b::take_string(&mut properties, "notes"),
            source: b::take_string(&mut properties, "source"),
            status_identifier: b::take_i32(&mut properties, "statusIdentifier"),
            steward: b::take_string(&mut properties, "steward"),
            steward_property_name: b::take_string(&mut properties, "stewardPropertyName"),
            steward_type_name: b::take_string(&mut properties, "stewardTypeName"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `SchemaAttribute` element (or of the subtype named in `type_name`). Egeria: `SchemaAttributeProperties`.
///
/// A named field within a schema type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SchemaAttributeProperties {
    /// The open metadata type: `SchemaAttribute` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `aliases` (array<string>; declared by SchemaAttribute).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `allowsDuplicateValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "allowsDuplicateValues", default, skip_serializing_if = "Option::is_none")]
    pub allows_duplicate_values: Option<bool>,
    /// `isNullable` (boolean; declared by SchemaAttribute).
    #[serde(rename = "isNullable", default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
    /// `length` (int; declared by SchemaAttribute).
    #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// `minimumLength` (int; declared by SchemaAttribute).
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// `nativeClass` (string; declared by SchemaAttribute).
    #[serde(rename = "nativeClass", default, skip_serializing_if = "Option::is_none")]
    pub native_class: Option<String>,
    /// `orderedValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "orderedValues", default, skip_serializing_if = "Option::is_none")]
    pub ordered_values: Option<bool>,
    /// `precision` (int; declared by SchemaAttribute).
    #[serde(rename = "precision", default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<i32>,
    /// `sortOrder` (DataItemSortOrder; declared by SchemaAttribute).
    #[serde(rename = "sortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<DataItemSortOrder>,
    /// `dataType` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// `defaultValue` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "defaultValue", default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// `fixedValue` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "fixedValue", default, skip_serializing_if = "Option::is_none")]
    pub fixed_value: Option<String>,
    /// `position` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "elementPosition", default, skip_serializing_if = "Option::is_none")]
    pub element_position: Option<i32>,
    /// `maxCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "maxCardinality", default, skip_serializing_if = "Option::is_none")]
    pub max_cardinality: Option<i32>,
    /// `minCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "minCardinality", default, skip_serializing_if = "Option::is_none")]
    pub min_cardinality: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl SchemaAttributeProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> SchemaAttributeProperties {
        SchemaAttributeProperties {
            qualified_name: Some(qualified_name.into()),
            ..SchemaAttributeProperties::default()
        }
    }
}

impl EntityBean for SchemaAttributeProperties {
    const TYPE_NAME: &'static str = "SchemaAttribute";
    const BEAN_NAME: &'static str = "SchemaAttributeProperties";
    const HAS_PARENT_FIELDS: bool = true;

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "allowsDuplicateValues", self.allows_duplicate_values.as_ref());
        b::put(&mut properties, "isNullable", self.is_nullable.as_ref());
        b::put(&mut properties, "length", self.length.as_ref());
        b::put(&mut properties, "minimumLength", self.minimum_length.as_ref());
        b::put(&mut properties, "nativeClass", self.native_class.as_ref());
        b::put(&mut properties, "orderedValues", self.ordered_values.as_ref());
        b::put(&mut properties, "precision", self.precision.as_ref());
        b::put_enum(&mut properties, "sortOrder", self.sort_order);
        let mut classifications = Vec::new();
        let mut embedded0 = ElementProperties::new();
        b::put(&mut embedded0, "dataType", self.data_type.as_ref());
        b::put(&mut embedded0, "defaultValue", self.default_value.as_ref());
        b::put(&mut embedded0, "fixedValue", self.fixed_value.as_ref());
        if !embedded0.is_empty() {
            embedded0.insert("schemaTypeName", "PrimitiveSchemaType");
        }
        b::push_classification(&mut classifications, "TypeEmbeddedAttribute", embedded0);
        let mut parent_properties = ElementProperties::new();
        b::put(&mut parent_properties, "position", self.element_position.as_ref());
        b::put(&mut parent_properties, "maxCardinality", self.max_cardinality.as_ref());
        b::put(&mut parent_properties, "minCardinality", self.min_cardinality.as_ref());
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut embedded0 = b::classification_properties(element, "TypeEmbeddedAttribute");
        let mut parent = parent_properties.cloned().unwrap_or_default();
        SchemaAttributeProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            aliases: b::take_strings(&mut properties, "aliases"),
            allows_duplicate_values: b::take_bool(&mut properties, "allowsDuplicateValues"),
            is_nullable: b::take_bool(&mut properties, "isNullable"),
            length: b::take_i32(&mut properties, "length"),
            minimum_length: b::take_i32(&mut properties, "minimumLength"),
            native_class: b::take_string(&mut properties, "nativeClass"),
            ordered_values: b::take_bool(&mut properties, "orderedValues"),
            precision: b::take_i32(&mut properties, "precision"),
            sort_order: b::take_enum::<DataItemSortOrder>(&mut properties, "sortOrder"),
            data_type: b::take_string(&mut embedded0, "dataType"),
            default_value: b::take_string(&mut embedded0, "defaultValue"),
            fixed_value: b::take_string(&mut embedded0, "fixedValue"),
            element_position: b::take_i32(&mut parent, "position"),
            max_cardinality: b::take_i32(&mut parent, "maxCardinality"),
            min_cardinality: b::take_i32(&mut parent, "minCardinality"),
            extended_properties: properties,
        }
    }
}

/// A `SchemaAttribute` element with its properties as [`SchemaAttributeProperties`].
pub type SchemaAttributeElement = TypedElement<SchemaAttributeProperties>;

/// The properties of a `SchemaType` element (or of the subtype named in `type_name`). Egeria: `SchemaTypeProperties`.
///
/// Describes the shape of a data item or structure.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SchemaTypeProperties {
    /// The open metadata type: `SchemaType` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `author` (string; declared by SchemaType).
    #[serde(rename = "author", default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// `encodingStandard` (string; declared by SchemaType).
    #[serde(rename = "encodingStandard", default, skip_serializing_if = "Option::is_none")]
    pub encoding_standard: Option<String>,
    /// `namespace` (string; declared by SchemaType).
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `usage` (string; declared by SchemaType).
    #[serde(rename = "usage", default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl SchemaTypeProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> SchemaTypeProperties {
        SchemaTypeProperties { qualified_name: Some(qualified_name.into()), ..SchemaTypeProperties::default() }
    }
}

impl EntityBean for SchemaTypeProperties {
    const TYPE_NAME: &'static str = "SchemaType";
    const BEAN_NAME: &'static str = "SchemaTypeProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "author", self.author.as_ref());
        b::put(&mut properties, "encodingStandard", self.encoding_standard.as_ref());
        b::put(&mut properties, "namespace", self.namespace.as_ref());
        b::put(&mut properties, "usage", self.usage.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        SchemaTypeProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            author: b::take_string(&mut properties, "author"),
            encoding_standard: b::take_string(&mut properties, "encodingStandard"),
            namespace: b::take_string(&mut properties, "namespace"),
            usage: b::take_string(&mut properties, "usage"),
            extended_properties: properties,
        }
    }
}

/// A `SchemaType` element with its properties as [`SchemaTypeProperties`].
pub type SchemaTypeElement = TypedElement<SchemaTypeProperties>;

/// The properties of the `SecurityGroupMembership` classification. Egeria: `SecurityGroupMembershipProperties`.
///
/// Lists the security groups a user identity belongs to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SecurityGroupMembershipProperties {
    /// `groups` (array<string>; declared by SecurityGroupMembership).
    #[serde(rename = "groups", default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<String>>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl SecurityGroupMembershipProperties {
    /// The classification the bean describes.
    pub const CLASSIFICATION_NAME: &'static str = "SecurityGroupMembership";

    /// The bean as a classification to attach.
    pub fn into_classification(self) -> Classification {
        Classification::new(SecurityGroupMembershipProperties::CLASSIFICATION_NAME, self.to_properties())
    }
}

impl PropertiesBean for SecurityGroupMembershipProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "groups", self.groups.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        SecurityGroupMembershipProperties {
            groups: b::take_strings(&mut properties, "groups"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `SecurityGroup` element (or of the subtype named in `type_name`). Egeria: `SecurityGroupProperties`.
///
/// A group of users that is granted access collectively (supertype assumed for 6.x).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SecurityGroupProperties {
    /// The open metadata type: `SecurityGroup` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `domainIdentifier` (int; declared by GovernanceDefinition).
    #[serde(rename = "domainIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub domain_identifier: Option<i32>,
    /// `implications` (array<string>; declared by GovernanceDefinition).
    #[serde(rename = "implications", default, skip_serializing_if = "Option::is_none")]
    pub implications: Option<Vec<String>>,
    /// `importance` (string; declared by GovernanceDefinition).
    #[serde(rename = "importance", default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<String>,
    /// `outcomes` (array<string>; declared by GovernanceDefinition).
    #[serde(rename = "outcomes", default, skip_serializing_if = "Option::is_none")]
    pub outcomes: Option<Vec<String>>,
    /// `results` (array<string>; declared by GovernanceDefinition).
    #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<String>>,
    /// `scope` (string; declared by GovernanceDefinition).
    #[serde(rename = "scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// `summary` (string; declared by GovernanceDefinition).
    #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// `usage` (string; declared by GovernanceDefinition).
    #[serde(rename = "usage", default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
    /// `userDefinedStatus` (string; declared by GovernanceDefinition).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `implementationDescription` (string; declared by GovernanceControl).
    #[serde(rename = "implementationDescription", default, skip_serializing_if = "Option::is_none")]
    pub implementation_description: Option<String>,
    /// `distinguishedName` (string; declared by SecurityGroup).
    #[serde(rename = "distinguishedName", default, skip_serializing_if = "Option::is_none")]
    pub distinguished_name: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl SecurityGroupProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> SecurityGroupProperties {
        SecurityGroupProperties { qualified_name: Some(qualified_name.into()), ..SecurityGroupProperties::default() }
    }
}

impl EntityBean for SecurityGroupProperties {
    const TYPE_NAME: &'static str = "SecurityGroup";
    const BEAN_NAME: &'static str = "SecurityGroupProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "domainIdentifier", self.domain_identifier.as_ref());
        b::put(&mut properties, "implications", self.implications.as_ref());
        b::put(&mut properties, "importance", self.importance.as_ref());
        b::put(&mut properties, "outcomes", self.outcomes.as_ref());
        b::put(&mut properties, "results", self.results.as_ref());
        b::put(&mut properties, "scope", self.scope.as_ref());
        b::put(&mut properties, "summary", self.summary.as_ref());
        b::put(&mut properties, "usage", self.usage.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "implementationDescription", self.implementation_description.as_ref());
        b::put(&mut properties, "distinguishedName", self.distinguished_name.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        SecurityGroupProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            domain_identifier: b::take_i32(&mut properties, "domainIdentifier"),
            implications: b::take_strings(&mut properties, "implications"),
            importance: b::take_string(&mut properties, "importance"),
            outcomes: b::take_strings(&mut properties, "outcomes"),
            results: b::take_strings(&mut properties, "results"),
            scope: b::take_string(&mut properties, "scope"),
            summary: b::take_string(&mut properties, "summary"),
            usage: b::take_string(&mut properties, "usage"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            implementation_description: b::take_string(&mut properties, "implementationDescription"),
            distinguished_name: b::take_string(&mut properties, "distinguishedName"),
            extended_properties: properties,
        }
    }
}

/// A `SecurityGroup` element with its properties as [`SecurityGroupProperties`].
pub type SecurityGroupElement = TypedElement<SecurityGroupProperties>;

/// The properties of the `SecurityTags` classification. Egeria: `SecurityTagsProperties`.
///
/// Carries security labels and properties used by access decisions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SecurityTagsProperties {
    /// `accessGroups` (map<string,object>; declared by SecurityTags).
    #[serde(rename = "accessGroups", default, skip_serializing_if = "Option::is_none")]
    pub access_groups: Option<BTreeMap<String, serde_json::Value>>,
    /// `securityLabels` (array<string>; declared by SecurityTags).
    #[serde(rename = "securityLabels", default, skip_serializing_if = "Option::is_none")]
    pub security_labels: Option<Vec<String>>,
    /// `securityProperties` (map<string,string>; declared by SecurityTags).
    #[serde(rename = "securityProperties", default, skip_serializing_if = "Option::is_none")]
    pub security_properties: Option<BTreeMap<String, String>>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl SecurityTagsProperties {
    /// The classification the bean describes.
    pub const CLASSIFICATION_NAME: &'static str = "SecurityTags";

    /// The bean as a classification to attach.
    pub fn into_classification(self) -> Classification {
        Classification::new(SecurityTagsProperties::CLASSIFICATION_NAME, self.to_properties())
    }
}

impl PropertiesBean for SecurityTagsProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put_object_map(&mut properties, "accessGroups", self.access_groups.as_ref());
        b::put(&mut properties, "securityLabels", self.security_labels.as_ref());
        b::put(&mut properties, "securityProperties", self.security_properties.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        SecurityTagsProperties {
            access_groups: b::take_object_map(&mut properties, "accessGroups"),
            security_labels: b::take_strings(&mut properties, "securityLabels"),
            security_properties: b::take_string_map(&mut properties, "securityProperties"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `SemanticAssignment` relationship. Egeria: `SemanticAssignmentProperties`.
///
/// Links an element to the glossary term that gives its meaning.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SemanticAssignmentProperties {
    /// `confidence` (int; declared by SemanticAssignment).
    #[serde(rename = "confidence", default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<i32>,
    /// `description` (string; declared by SemanticAssignment).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `expression` (string; declared by SemanticAssignment).
    #[serde(rename = "expression", default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// `notes` (string; declared by SemanticAssignment).
    #[serde(rename = "notes", default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// `source` (string; declared by SemanticAssignment).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `steward` (string; declared by SemanticAssignment).
    #[serde(rename = "steward", default, skip_serializing_if = "Option::is_none")]
    pub steward: Option<String>,
    /// `stewardPropertyName` (string; declared by SemanticAssignment).
    #[serde(rename = "stewardPropertyName", default, skip_serializing_if = "Option::is_none")]
    pub steward_property_name: Option<String>,
    /// `stewardTypeName` (string; declared by SemanticAssignment).
    #[serde(rename = "stewardTypeName", default, skip_serializing_if = "Option::is_none")]
    pub steward_type_name: Option<String>,
    /// `termAssignmentStatus` (TermAssignmentStatus; declared by SemanticAssignment).
    #[serde(rename = "termAssignmentStatus", default, skip_serializing_if = "Option::is_none")]
    pub term_assignment_status: Option<TermAssignmentStatus>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl SemanticAssignmentProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "SemanticAssignment";
}

impl PropertiesBean for SemanticAssignmentProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "confidence", self.confidence.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "expression", self.expression.as_ref());
        b::put(&mut properties, "notes", self.notes.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "steward", self.steward.as_ref());
        b::put(&mut properties, "stewardPropertyName", self.steward_property_name.as_ref());
        b::put(&mut properties, "stewardTypeName", self.steward_type_name.as_ref());
        b::put_enum(&mut properties, "termAssignmentStatus", self.term_assignment_status);
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        SemanticAssignmentProperties {
            confidence: b::take_i32(&mut properties, "confidence"),
            description: b::take_string(&mut properties, "description"),
            expression: b::take_string(&mut properties, "expression"),
            notes: b::take_string(&mut properties, "notes"),
            source: b::take_string(&mut properties, "source"),
            steward: b::take_string(&mut properties, "steward"),
            steward_property_name: b::take_string(&mut properties, "stewardPropertyName"),
            steward_type_name: b::take_string(&mut properties, "stewardTypeName"),
            term_assignment_status: b::take_enum::<TermAssignmentStatus>(&mut properties, "termAssignmentStatus"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `SoftwareCapability` element (or of the subtype named in `type_name`). Egeria: `SoftwareCapabilityProperties`.
///
/// A function provided by deployed software, such as a catalog or a file system.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SoftwareCapabilityProperties {
    /// The open metadata type: `SoftwareCapability` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by SoftwareCapability).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by SoftwareCapability).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `patchLevel` (string; declared by SoftwareCapability).
    #[serde(rename = "patchLevel", default, skip_serializing_if = "Option::is_none")]
    pub patch_level: Option<String>,
    /// `resourceName` (string; declared by SoftwareCapability).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by SoftwareCapability).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl SoftwareCapabilityProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> SoftwareCapabilityProperties {
        SoftwareCapabilityProperties {
            qualified_name: Some(qualified_name.into()),
            ..SoftwareCapabilityProperties::default()
        }
    }
}

impl EntityBean for SoftwareCapabilityProperties {
    const TYPE_NAME: &'static str = "SoftwareCapability";
    const BEAN_NAME: &'static str = "SoftwareCapabilityProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "patchLevel", self.patch_level.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        SoftwareCapabilityProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            patch_level: b::take_string(&mut properties, "patchLevel"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            extended_properties: properties,
        }
    }
}

/// A `SoftwareCapability` element with its properties as [`SoftwareCapabilityProperties`].
pub type SoftwareCapabilityElement = TypedElement<SoftwareCapabilityProperties>;

/// The properties of a `SoftwareServerPlatform` element (or of the subtype named in `type_name`). Egeria: `SoftwareServerPlatformProperties`.
///
/// A runtime platform that hosts software servers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SoftwareServerPlatformProperties {
    /// The open metadata type: `SoftwareServerPlatform` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `deploymentStatus` (DeploymentStatus; declared by Infrastructure).
    #[serde(rename = "deploymentStatus", default, skip_serializing_if = "Option::is_none")]
    pub deployment_status: Option<DeploymentStatus>,
    /// `userDefinedDeploymentStatus` (string; declared by Infrastructure).
    #[serde(rename = "userDefinedDeploymentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_deployment_status: Option<String>,
    /// `userId` (string; declared by SoftwareServerPlatform).
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl SoftwareServerPlatformProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> SoftwareServerPlatformProperties {
        SoftwareServerPlatformProperties {
            qualified_name: Some(qualified_name.into()),
            ..SoftwareServerPlatformProperties::default()
        }
    }
}

impl EntityBean for SoftwareServerPlatformProperties {
    const TYPE_NAME: &'static str = "SoftwareServerPlatform";
    const BEAN_NAME: &'static str = "SoftwareServerPlatformProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put_enum(&mut properties, "deploymentStatus", self.deployment_status);
        b::put(&mut properties, "userDefinedDeploymentStatus", self.user_defined_deployment_status.as_ref());
        b::put(&mut properties, "userId", self.user_id.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        SoftwareServerPlatformProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            deployment_status: b::take_enum::<DeploymentStatus>(&mut properties, "deploymentStatus"),
            user_defined_deployment_status: b::take_string(&mut properties, "userDefinedDeploymentStatus"),
            user_id: b::take_string(&mut properties, "userId"),
            extended_properties: properties,
        }
    }
}

/// A `SoftwareServerPlatform` element with its properties as [`SoftwareServerPlatformProperties`].
pub type SoftwareServerPlatformElement = TypedElement<SoftwareServerPlatformProperties>;

/// The properties of a `SoftwareServer` element (or of the subtype named in `type_name`). Egeria: `SoftwareServerProperties`.
///
/// A running software server that offers capabilities.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SoftwareServerProperties {
    /// The open metadata type: `SoftwareServer` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `deploymentStatus` (DeploymentStatus; declared by Infrastructure).
    #[serde(rename = "deploymentStatus", default, skip_serializing_if = "Option::is_none")]
    pub deployment_status: Option<DeploymentStatus>,
    /// `userDefinedDeploymentStatus` (string; declared by Infrastructure).
    #[serde(rename = "userDefinedDeploymentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_deployment_status: Option<String>,
    /// `userId` (string; declared by SoftwareServer).
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl SoftwareServerProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> SoftwareServerProperties {
        SoftwareServerProperties { qualified_name: Some(qualified_name.into()), ..SoftwareServerProperties::default() }
    }
}

impl EntityBean for SoftwareServerProperties {
    const TYPE_NAME: &'static str = "SoftwareServer";
    const BEAN_NAME: &'static str = "SoftwareServerProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put_enum(&mut properties, "deploymentStatus", self.deployment_status);
        b::put(&mut properties, "userDefinedDeploymentStatus", self.user_defined_deployment_status.as_ref());
        b::put(&mut properties, "userId", self.user_id.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        SoftwareServerProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            deployment_status: b::take_enum::<DeploymentStatus>(&mut properties, "deploymentStatus"),
            user_defined_deployment_status: b::take_string(&mut properties, "userDefinedDeploymentStatus"),
            user_id: b::take_string(&mut properties, "userId"),
            extended_properties: properties,
        }
    }
}

/// A `SoftwareServer` element with its properties as [`SoftwareServerProperties`].
pub type SoftwareServerElement = TypedElement<SoftwareServerProperties>;

/// The properties of the `SubjectArea` classification. Egeria: `SubjectAreaProperties`.
///
/// Marks an element as belonging to a named subject area.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubjectAreaProperties {
    /// `subjectAreaName` (string; declared by SubjectArea).
    #[serde(rename = "subjectAreaName", default, skip_serializing_if = "Option::is_none")]
    pub subject_area_name: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl SubjectAreaProperties {
    /// The classification the bean describes.
    pub const CLASSIFICATION_NAME: &'static str = "SubjectArea";

    /// The bean as a classification to attach.
    pub fn into_classification(self) -> Classification {
        Classification::new(SubjectAreaProperties::CLASSIFICATION_NAME, self.to_properties())
    }
}

impl PropertiesBean for SubjectAreaProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "subjectAreaName", self.subject_area_name.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        SubjectAreaProperties {
            subject_area_name: b::take_string(&mut properties, "subjectAreaName"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `SupportedSoftwareCapability` relationship. Egeria: `SupportedCapabilityProperties`.
///
/// Records which infrastructure hosts a software capability.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SupportedCapabilityProperties {
    /// `deployer` (string; declared by SupportedSoftwareCapability).
    #[serde(rename = "deployer", default, skip_serializing_if = "Option::is_none")]
    pub deployer: Option<String>,
    /// `deployerPropertyName` (string; declared by SupportedSoftwareCapability).
    #[serde(rename = "deployerPropertyName", default, skip_serializing_if = "Option::is_none")]
    pub deployer_property_name: Option<String>,
    /// `deployerTypeName` (string; declared by SupportedSoftwareCapability).
    #[serde(rename = "deployerTypeName", default, skip_serializing_if = "Option::is_none")]
    pub deployer_type_name: Option<String>,
    /// `deploymentTime` (date; declared by SupportedSoftwareCapability).
    #[serde(
        rename = "deploymentTime",
        default,
        with = "integration_daemon_api::time::iso8601_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_time: Option<Timestamp>,
    /// `operationalStatus` (OperationalStatus; declared by SupportedSoftwareCapability).
    #[serde(rename = "operationalStatus", default, skip_serializing_if = "Option::is_none")]
    pub operational_status: Option<OperationalStatus>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl SupportedCapabilityProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "SupportedSoftwareCapability";
}

impl PropertiesBean for SupportedCapabilityProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "deployer", self.deployer.as_ref());
        b::put(&mut properties, "deployerPropertyName", self.deployer_property_name.as_ref());
        b::put(&mut properties, "deployerTypeName", self.deployer_type_name.as_ref());
        b::put(&mut properties, "deploymentTime", self.deployment_time.as_ref());
        b::put_enum(&mut properties, "operationalStatus", self.operational_status);
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        SupportedCapabilityProperties {
            deployer: b::take_string(&mut properties, "deployer"),
            deployer_property_name: b::take_string(&mut properties, "deployerPropertyName"),
            deployer_type_name: b::take_string(&mut properties, "deployerTypeName"),
            deployment_time: b::take_date(&mut properties, "deploymentTime"),
            operational_status: b::take_enum::<OperationalStatus>(&mut properties, "operationalStatus"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `TabularColumn` element (or of the subtype named in `type_name`). Egeria: `TabularColumnProperties`.
///
/// A column in tabular data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TabularColumnProperties {
    /// The open metadata type: `TabularColumn` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `userDefinedStatus` (string; declared by SchemaElement).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `aliases` (array<string>; declared by SchemaAttribute).
    #[serde(rename = "aliases", default, skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `allowsDuplicateValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "allowsDuplicateValues", default, skip_serializing_if = "Option::is_none")]
    pub allows_duplicate_values: Option<bool>,
    /// `isNullable` (boolean; declared by SchemaAttribute).
    #[serde(rename = "isNullable", default, skip_serializing_if = "Option::is_none")]
    pub is_nullable: Option<bool>,
    /// `length` (int; declared by SchemaAttribute).
    #[serde(rename = "length", default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// `minimumLength` (int; declared by SchemaAttribute).
    #[serde(rename = "minimumLength", default, skip_serializing_if = "Option::is_none")]
    pub minimum_length: Option<i32>,
    /// `nativeClass` (string; declared by SchemaAttribute).
    #[serde(rename = "nativeClass", default, skip_serializing_if = "Option::is_none")]
    pub native_class: Option<String>,
    /// `orderedValues` (boolean; declared by SchemaAttribute).
    #[serde(rename = "orderedValues", default, skip_serializing_if = "Option::is_none")]
    pub ordered_values: Option<bool>,
    /// `precision` (int; declared by SchemaAttribute).
    #[serde(rename = "precision", default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<i32>,
    /// `sortOrder` (DataItemSortOrder; declared by SchemaAttribute).
    #[serde(rename = "sortOrder", default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<DataItemSortOrder>,
    /// `dataType` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// `defaultValue` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "defaultValue", default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// `fixedValue` (string), kept in the `TypeEmbeddedAttribute` classification.
    #[serde(rename = "fixedValue", default, skip_serializing_if = "Option::is_none")]
    pub fixed_value: Option<String>,
    /// `position` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "elementPosition", default, skip_serializing_if = "Option::is_none")]
    pub element_position: Option<i32>,
    /// `maxCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "maxCardinality", default, skip_serializing_if = "Option::is_none")]
    pub max_cardinality: Option<i32>,
    /// `minCardinality` (int) of the relationship to the parent (AttributeForSchema or NestedSchemaAttribute).
    #[serde(rename = "minCardinality", default, skip_serializing_if = "Option::is_none")]
    pub min_cardinality: Option<i32>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl TabularColumnProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> TabularColumnProperties {
        TabularColumnProperties { qualified_name: Some(qualified_name.into()), ..TabularColumnProperties::default() }
    }
}

impl EntityBean for TabularColumnProperties {
    const TYPE_NAME: &'static str = "TabularColumn";
    const BEAN_NAME: &'static str = "TabularColumnProperties";
    const HAS_PARENT_FIELDS: bool = true;

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "aliases", self.aliases.as_ref());
        b::put(&mut properties, "allowsDuplicateValues", self.allows_duplicate_values.as_ref());
        b::put(&mut properties, "isNullable", self.is_nullable.as_ref());
        b::put(&mut properties, "length", self.length.as_ref());
        b::put(&mut properties, "minimumLength", self.minimum_length.as_ref());
        b::put(&mut properties, "nativeClass", self.native_class.as_ref());
        b::put(&mut properties, "orderedValues", self.ordered_values.as_ref());
        b::put(&mut properties, "precision", self.precision.as_ref());
        b::put_enum(&mut properties, "sortOrder", self.sort_order);
        let mut classifications = Vec::new();
        let mut embedded0 = ElementProperties::new();
        b::put(&mut embedded0, "dataType", self.data_type.as_ref());
        b::put(&mut embedded0, "defaultValue", self.default_value.as_ref());
        b::put(&mut embedded0, "fixedValue", self.fixed_value.as_ref());
        if !embedded0.is_empty() {
            embedded0.insert("schemaTypeName", "PrimitiveSchemaType");
        }
        b::push_classification(&mut classifications, "TypeEmbeddedAttribute", embedded0);
        let mut parent_properties = ElementProperties::new();
        b::put(&mut parent_properties, "position", self.element_position.as_ref());
        b::put(&mut parent_properties, "maxCardinality", self.max_cardinality.as_ref());
        b::put(&mut parent_properties, "minCardinality", self.min_cardinality.as_ref());
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        let mut embedded0 = b::classification_properties(element, "TypeEmbeddedAttribute");
        let mut parent = parent_properties.cloned().unwrap_or_default();
        TabularColumnProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            aliases: b::take_strings(&mut properties, "aliases"),
            allows_duplicate_values: b::take_bool(&mut properties, "allowsDuplicateValues"),
            is_nullable: b::take_bool(&mut properties, "isNullable"),
            length: b::take_i32(&mut properties, "length"),
            minimum_length: b::take_i32(&mut properties, "minimumLength"),
            native_class: b::take_string(&mut properties, "nativeClass"),
            ordered_values: b::take_bool(&mut properties, "orderedValues"),
            precision: b::take_i32(&mut properties, "precision"),
            sort_order: b::take_enum::<DataItemSortOrder>(&mut properties, "sortOrder"),
            data_type: b::take_string(&mut embedded0, "dataType"),
            default_value: b::take_string(&mut embedded0, "defaultValue"),
            fixed_value: b::take_string(&mut embedded0, "fixedValue"),
            element_position: b::take_i32(&mut parent, "position"),
            max_cardinality: b::take_i32(&mut parent, "maxCardinality"),
            min_cardinality: b::take_i32(&mut parent, "minCardinality"),
            extended_properties: properties,
        }
    }
}

/// A `TabularColumn` element with its properties as [`TabularColumnProperties`].
pub type TabularColumnElement = TypedElement<TabularColumnProperties>;

/// The properties of the `Taxonomy` classification. Egeria: `TaxonomyProperties`.
///
/// Marks a glossary whose categories form a formal classification scheme.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaxonomyProperties {
    /// `organizingPrinciple` (string; declared by Taxonomy).
    #[serde(rename = "organizingPrinciple", default, skip_serializing_if = "Option::is_none")]
    pub organizing_principle: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl TaxonomyProperties {
    /// The classification the bean describes.
    pub const CLASSIFICATION_NAME: &'static str = "Taxonomy";

    /// The bean as a classification to attach.
    pub fn into_classification(self) -> Classification {
        Classification::new(TaxonomyProperties::CLASSIFICATION_NAME, self.to_properties())
    }
}

impl PropertiesBean for TaxonomyProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "organizingPrinciple", self.organizing_principle.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        TaxonomyProperties {
            organizing_principle: b::take_string(&mut properties, "organizingPrinciple"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `TeamLeadership` relationship. Egeria: `TeamLeadershipProperties`.
///
/// Links a leadership role to the team it leads.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamLeadershipProperties {
    /// `position` (string; declared by TeamLeadership).
    #[serde(rename = "position", default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl TeamLeadershipProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "TeamLeadership";
}

impl PropertiesBean for TeamLeadershipProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "position", self.position.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        TeamLeadershipProperties {
            position: b::take_string(&mut properties, "position"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `TeamMembership` relationship. Egeria: `TeamMembershipProperties`.
///
/// Links a membership role to the team it belongs to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamMembershipProperties {
    /// `position` (string; declared by TeamMembership).
    #[serde(rename = "position", default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl TeamMembershipProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "TeamMembership";
}

impl PropertiesBean for TeamMembershipProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "position", self.position.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        TeamMembershipProperties {
            position: b::take_string(&mut properties, "position"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `Team` element (or of the subtype named in `type_name`). Egeria: `TeamProperties`.
///
/// Profile of a group of people working together.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamProperties {
    /// The open metadata type: `Team` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `teamType` (string; declared by Team).
    #[serde(rename = "teamType", default, skip_serializing_if = "Option::is_none")]
    pub team_type: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl TeamProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> TeamProperties {
        TeamProperties { qualified_name: Some(qualified_name.into()), ..TeamProperties::default() }
    }
}

impl EntityBean for TeamProperties {
    const TYPE_NAME: &'static str = "Team";
    const BEAN_NAME: &'static str = "TeamProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "teamType", self.team_type.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        TeamProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            team_type: b::take_string(&mut properties, "teamType"),
            extended_properties: properties,
        }
    }
}

/// A `Team` element with its properties as [`TeamProperties`].
pub type TeamElement = TypedElement<TeamProperties>;

/// The properties of a `TeamStructure` relationship. Egeria: `TeamStructureProperties`.
///
/// Nests a sub-team inside a larger team.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamStructureProperties {
    /// `delegationEscalationAuthority` (boolean; declared by TeamStructure).
    #[serde(rename = "delegationEscalationAuthority", default, skip_serializing_if = "Option::is_none")]
    pub delegation_escalation_authority: Option<bool>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl TeamStructureProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "TeamStructure";
}

impl PropertiesBean for TeamStructureProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "delegationEscalationAuthority", self.delegation_escalation_authority.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        TeamStructureProperties {
            delegation_escalation_authority: b::take_bool(&mut properties, "delegationEscalationAuthority"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `Topic` element (or of the subtype named in `type_name`). Egeria: `TopicProperties`.
///
/// A named channel on which events are published.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TopicProperties {
    /// The open metadata type: `Topic` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `deployedImplementationType` (string; declared by Asset).
    #[serde(rename = "deployedImplementationType", default, skip_serializing_if = "Option::is_none")]
    pub deployed_implementation_type: Option<String>,
    /// `namespacePath` (string; declared by Asset).
    #[serde(rename = "namespacePath", default, skip_serializing_if = "Option::is_none")]
    pub namespace_path: Option<String>,
    /// `resourceName` (string; declared by Asset).
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// `source` (string; declared by Asset).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `userDefinedStatus` (string; declared by Asset).
    #[serde(rename = "userDefinedStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_status: Option<String>,
    /// `authors` (array<string>; declared by DataAsset).
    #[serde(rename = "authors", default, skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
    /// `contentStatus` (ContentStatus; declared by DataAsset).
    #[serde(rename = "contentStatus", default, skip_serializing_if = "Option::is_none")]
    pub content_status: Option<ContentStatus>,
    /// `userDefinedContentStatus` (string; declared by DataAsset).
    #[serde(rename = "userDefinedContentStatus", default, skip_serializing_if = "Option::is_none")]
    pub user_defined_content_status: Option<String>,
    /// `topicName` (string; declared by Topic).
    #[serde(rename = "topicName", default, skip_serializing_if = "Option::is_none")]
    pub topic_name: Option<String>,
    /// `topicType` (string; declared by Topic).
    #[serde(rename = "topicType", default, skip_serializing_if = "Option::is_none")]
    pub topic_type: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl TopicProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> TopicProperties {
        TopicProperties { qualified_name: Some(qualified_name.into()), ..TopicProperties::default() }
    }
}

impl EntityBean for TopicProperties {
    const TYPE_NAME: &'static str = "Topic";
    const BEAN_NAME: &'static str = "TopicProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "deployedImplementationType", self.deployed_implementation_type.as_ref());
        b::put(&mut properties, "namespacePath", self.namespace_path.as_ref());
        b::put(&mut properties, "resourceName", self.resource_name.as_ref());
        b::put(&mut properties, "source", self.source.as_ref());
        b::put(&mut properties, "userDefinedStatus", self.user_defined_status.as_ref());
        b::put(&mut properties, "authors", self.authors.as_ref());
        b::put_enum(&mut properties, "contentStatus", self.content_status);
        b::put(&mut properties, "userDefinedContentStatus", self.user_defined_content_status.as_ref());
        b::put(&mut properties, "topicName", self.topic_name.as_ref());
        b::put(&mut properties, "topicType", self.topic_type.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        TopicProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            deployed_implementation_type: b::take_string(&mut properties, "deployedImplementationType"),
            namespace_path: b::take_string(&mut properties, "namespacePath"),
            resource_name: b::take_string(&mut properties, "resourceName"),
            source: b::take_string(&mut properties, "source"),
            user_defined_status: b::take_string(&mut properties, "userDefinedStatus"),
            authors: b::take_strings(&mut properties, "authors"),
            content_status: b::take_enum::<ContentStatus>(&mut properties, "contentStatus"),
            user_defined_content_status: b::take_string(&mut properties, "userDefinedContentStatus"),
            topic_name: b::take_string(&mut properties, "topicName"),
            topic_type: b::take_string(&mut properties, "topicType"),
            extended_properties: properties,
        }
    }
}

/// A `Topic` element with its properties as [`TopicProperties`].
pub type TopicElement = TypedElement<TopicProperties>;

/// The properties of a `UserIdentity` element (or of the subtype named in `type_name`). Egeria: `UserIdentityProperties`.
///
/// A login identity used to access systems.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserIdentityProperties {
    /// The open metadata type: `UserIdentity` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `distinguishedName` (string; declared by UserIdentity).
    #[serde(rename = "distinguishedName", default, skip_serializing_if = "Option::is_none")]
    pub distinguished_name: Option<String>,
    /// `userId` (string; declared by UserIdentity).
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl UserIdentityProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> UserIdentityProperties {
        UserIdentityProperties { qualified_name: Some(qualified_name.into()), ..UserIdentityProperties::default() }
    }
}

impl EntityBean for UserIdentityProperties {
    const TYPE_NAME: &'static str = "UserIdentity";
    const BEAN_NAME: &'static str = "UserIdentityProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "distinguishedName", self.distinguished_name.as_ref());
        b::put(&mut properties, "userId", self.user_id.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        UserIdentityProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            distinguished_name: b::take_string(&mut properties, "distinguishedName"),
            user_id: b::take_string(&mut properties, "userId"),
            extended_properties: properties,
        }
    }
}

/// A `UserIdentity` element with its properties as [`UserIdentityProperties`].
pub type UserIdentityElement = TypedElement<UserIdentityProperties>;

/// The properties of a `ValidValuesAssignment` relationship. Egeria: `ValidValueAssignmentProperties`.
///
/// Restricts an element's values to the linked valid values.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ValidValueAssignmentProperties {
    /// `strictRequirement` (boolean; declared by ValidValuesAssignment).
    #[serde(rename = "strictRequirement", default, skip_serializing_if = "Option::is_none")]
    pub strict_requirement: Option<bool>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ValidValueAssignmentProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "ValidValuesAssignment";
}

impl PropertiesBean for ValidValueAssignmentProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "strictRequirement", self.strict_requirement.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        ValidValueAssignmentProperties {
            strict_requirement: b::take_bool(&mut properties, "strictRequirement"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `ValidValueMember` relationship. Egeria: `ValidValueMembershipProperties`.
///
/// Places a valid value inside a valid values set.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ValidValueMembershipProperties {
    /// `isDefaultValue` (boolean; declared by ValidValueMember).
    #[serde(rename = "isDefaultValue", default, skip_serializing_if = "Option::is_none")]
    pub is_default_value: Option<bool>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ValidValueMembershipProperties {
    /// The relationship type the bean describes.
    pub const RELATIONSHIP_TYPE: &'static str = "ValidValueMember";
}

impl PropertiesBean for ValidValueMembershipProperties {
    fn to_properties(&self) -> ElementProperties {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "isDefaultValue", self.is_default_value.as_ref());
        properties
    }

    fn from_properties(properties: &ElementProperties) -> Self {
        let mut properties = properties.clone();
        ValidValueMembershipProperties {
            is_default_value: b::take_bool(&mut properties, "isDefaultValue"),
            extended_properties: properties,
        }
    }
}

/// The properties of a `ValidValueDefinition` element (or of the subtype named in `type_name`). Egeria: `ValidValueProperties`.
///
/// A value, or set of values, that an attribute is allowed to take.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ValidValueProperties {
    /// The open metadata type: `ValidValueDefinition` (the default) or one of its subtypes.
    #[serde(rename = "typeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// `qualifiedName` (string, required, unique; declared by Referenceable).
    #[serde(rename = "qualifiedName", default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// `legal` (string; declared by OpenMetadataRoot).
    #[serde(rename = "legal", default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
    /// `additionalProperties` (map<string,string>; declared by Referenceable).
    #[serde(rename = "additionalProperties", default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<BTreeMap<String, String>>,
    /// `category` (string; declared by Referenceable).
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `description` (string; declared by Referenceable).
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `displayName` (string; declared by Referenceable).
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `identifier` (string; declared by Referenceable).
    #[serde(rename = "identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// `url` (string; declared by Referenceable).
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `versionIdentifier` (string; declared by Referenceable).
    #[serde(rename = "versionIdentifier", default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// `dataType` (string; declared by ValidValueDefinition).
    #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// `isCaseSensitive` (boolean; declared by ValidValueDefinition).
    #[serde(rename = "isCaseSensitive", default, skip_serializing_if = "Option::is_none")]
    pub is_case_sensitive: Option<bool>,
    /// `isDeprecated` (boolean; declared by ValidValueDefinition).
    #[serde(rename = "isDeprecated", default, skip_serializing_if = "Option::is_none")]
    pub is_deprecated: Option<bool>,
    /// `preferredValue` (string; declared by ValidValueDefinition).
    #[serde(rename = "preferredValue", default, skip_serializing_if = "Option::is_none")]
    pub preferred_value: Option<String>,
    /// `scope` (string; declared by ValidValueDefinition).
    #[serde(rename = "scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// `usage` (string; declared by ValidValueDefinition).
    #[serde(rename = "usage", default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
    /// Properties without a field above (attributes of subtypes, newer attributes).
    #[serde(rename = "extendedProperties", default, skip_serializing_if = "ElementProperties::is_empty")]
    pub extended_properties: ElementProperties,
}

impl ValidValueProperties {
    /// A bean with just its qualified name.
    pub fn new(qualified_name: impl Into<String>) -> ValidValueProperties {
        ValidValueProperties { qualified_name: Some(qualified_name.into()), ..ValidValueProperties::default() }
    }
}

impl EntityBean for ValidValueProperties {
    const TYPE_NAME: &'static str = "ValidValueDefinition";
    const BEAN_NAME: &'static str = "ValidValueProperties";

    fn requested_type(&self) -> Option<&str> {
        self.type_name.as_deref()
    }

    fn to_parts(&self) -> BeanParts {
        let mut properties = self.extended_properties.clone();
        b::put(&mut properties, "qualifiedName", self.qualified_name.as_ref());
        b::put(&mut properties, "legal", self.legal.as_ref());
        b::put(&mut properties, "additionalProperties", self.additional_properties.as_ref());
        b::put(&mut properties, "category", self.category.as_ref());
        b::put(&mut properties, "description", self.description.as_ref());
        b::put(&mut properties, "displayName", self.display_name.as_ref());
        b::put(&mut properties, "identifier", self.identifier.as_ref());
        b::put(&mut properties, "url", self.url.as_ref());
        b::put(&mut properties, "versionIdentifier", self.version_identifier.as_ref());
        b::put(&mut properties, "dataType", self.data_type.as_ref());
        b::put(&mut properties, "isCaseSensitive", self.is_case_sensitive.as_ref());
        b::put(&mut properties, "isDeprecated", self.is_deprecated.as_ref());
        b::put(&mut properties, "preferredValue", self.preferred_value.as_ref());
        b::put(&mut properties, "scope", self.scope.as_ref());
        b::put(&mut properties, "usage", self.usage.as_ref());
        let classifications = Vec::new();
        let parent_properties = ElementProperties::new();
        BeanParts { properties, classifications, parent_properties }
    }

    fn from_parts(element: &OpenMetadataElement, _parent_properties: Option<&ElementProperties>) -> Self {
        let mut properties = element.properties.clone();
        ValidValueProperties {
            type_name: Some(element.type_name().to_owned()),
            qualified_name: b::take_string(&mut properties, "qualifiedName"),
            legal: b::take_string(&mut properties, "legal"),
            additional_properties: b::take_string_map(&mut properties, "additionalProperties"),
            category: b::take_string(&mut properties, "category"),
            description: b::take_string(&mut properties, "description"),
            display_name: b::take_string(&mut properties, "displayName"),
            identifier: b::take_string(&mut properties, "identifier"),
            url: b::take_string(&mut properties, "url"),
            version_identifier: b::take_string(&mut properties, "versionIdentifier"),
            data_type: b::take_string(&mut properties, "dataType"),
            is_case_sensitive: b::take_bool(&mut properties, "isCaseSensitive"),
            is_deprecated: b::take_bool(&mut properties, "isDeprecated"),
            preferred_value: b::take_string(&mut properties, "preferredValue"),
            scope: b::take_string(&mut properties, "scope"),
            usage: b::take_string(&mut properties, "usage"),
            extended_properties: properties,
        }
    }
}

/// A `ValidValueDefinition` element with its properties as [`ValidValueProperties`].
pub type ValidValueElement = TypedElement<ValidValueProperties>;
