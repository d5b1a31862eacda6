//! The daemon's configuration: a TOML file with a `[daemon]` table and one `[[connectors]]` table
//! per integration connector (Egeria's `IntegrationConnectorConfig` fields, camelCase).
//!
//! [`load`] reads and parses it (a syntax error, an unknown field or a value of the wrong type is
//! reported with its line); [`validate`] then checks everything that can be checked before the
//! connectors run, against the registered providers. Every problem names the file, the line and
//! the field.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use integration_daemon_api::time::{Timestamp, parse_timestamp};
use integration_daemon_api::{
    Connection, ConnectorIdentity, ConnectorRegistry, ConnectorType, Endpoint, IntegrationService,
    PermittedSynchronization,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The whole configuration file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(title = "omis integration daemon configuration")]
pub struct DaemonConfig {
    /// The daemon itself.
    #[serde(default)]
    pub daemon: DaemonSettings,
    /// The integration connectors the daemon hosts.
    #[serde(default)]
    pub connectors: Vec<ConnectorConfig>,
}

/// The `[daemon]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DaemonSettings {
    /// The daemon's server name: the `{server}` of its REST paths.
    #[serde(default = "default_name")]
    pub name: String,
    /// Where the admin REST API listens (`host:port`; port 0 picks a free one).
    #[serde(default = "default_listen")]
    pub listen: String,
    /// The repository. Without one, an embedded SQLite file `omis.db` beside the configuration.
    #[serde(default)]
    pub repository: RepositoryConfig,
    /// The user connectors act as when they have no `connectorUserId` of their own.
    #[serde(default = "default_user")]
    pub user_id: String,
    /// Users of the admin API (they get bearer tokens from `POST /api/token`).
    #[serde(default)]
    pub users: Vec<UserConfig>,
    /// How long shutdown waits for running refreshes before it stops them (seconds).
    #[serde(default = "default_shutdown_timeout")]
    pub shutdown_timeout_seconds: u64,
}

impl Default for DaemonSettings {
    fn default() -> DaemonSettings {
        DaemonSettings {
            name: default_name(),
            listen: default_listen(),
            repository: RepositoryConfig::default(),
            user_id: default_user(),
            users: Vec::new(),
            shutdown_timeout_seconds: default_shutdown_timeout(),
        }
    }
}

fn default_name() -> String {
    "omis-daemon".to_owned()
}

fn default_listen() -> String {
    "127.0.0.1:9443".to_owned()
}

fn default_user() -> String {
    "omisnpa".to_owned()
}

fn default_shutdown_timeout() -> u64 {
    30
}

/// The `[daemon.repository]` table: at most one of its fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RepositoryConfig {
    /// An embedded SQLite file (relative paths are relative to the configuration file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sqlite: Option<PathBuf>,
    /// A PostgreSQL URL, e.g. `postgresql://omis@db.example.com/omis`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postgres: Option<String>,
    /// The PostgreSQL schema (default `omis`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postgres_schema: Option<String>,
    /// A remote omis metadata server, e.g. `http://metadata.example.com:9443/servers/omis`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
}

/// The repository a configuration asks for, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repository {
    /// An embedded SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL database and schema.
    Postgres {
        /// The URL.
        url: String,
        /// The schema.
        schema: String,
    },
    /// A remote metadata server.
    Server(String),
}

/// A user of the admin API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct UserConfig {
    /// The user id.
    pub user_id: String,
    /// The password (prefer `passwordEnv`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// The environment variable holding the password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_env: Option<String>,
}

impl UserConfig {
    /// The password, from the file or the environment.
    pub fn resolved_password(&self) -> Option<String> {
        self.password.clone().or_else(|| self.password_env.as_ref().and_then(|name| std::env::var(name).ok()))
    }
}

/// One `[[connectors]]` table: Egeria's `IntegrationConnectorConfig` plus start and stop dates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ConnectorConfig {
    /// Routes events and names the listener's saved cursor (default: the connector name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_id: Option<String>,
    /// Unique within the daemon; REST calls use it.
    pub connector_name: String,
    /// The user the connector acts as (default: the daemon's `userId`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_user_id: Option<String>,
    /// How to reach the third-party technology, and which connector provider to use.
    pub connection: ConnectionConfig,
    /// The metadata source that owns what the connector creates (absent: nobody owns it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata_source_qualified_name: Option<String>,
    /// Minutes between refreshes (an integer), or a duration such as `"90s"`, `"15m"`, `"2h"`.
    /// 0 refreshes at start and on request only. Default 60 minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_time_interval: Option<IntervalValue>,
    /// Runs `engage()` in a loop on its own task (default: what the provider says).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uses_blocking_calls: Option<bool>,
    /// `FROM_THIRD_PARTY`, `TO_THIRD_PARTY` or `BOTH_DIRECTIONS` (default: the service's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permitted_synchronization: Option<String>,
    /// Store a `ConnectorActivityReport` for each refresh that changed something.
    #[serde(default)]
    pub generate_integration_reports: bool,
    /// Not before this time (ISO-8601).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// Not after this time (ISO-8601).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_date: Option<String>,
}

/// A refresh interval as written: minutes, or a duration string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum IntervalValue {
    /// Minutes (Egeria's `refreshTimeInterval`).
    Minutes(i64),
    /// A duration: a number followed by `ms`, `s`, `m` or `h`.
    Text(String),
}

impl IntervalValue {
    /// The interval, or why it is not one.
    pub fn duration(&self) -> Result<Duration, String> {
        match self {
            IntervalValue::Minutes(minutes) => u64::try_from(*minutes)
                .map(|minutes| Duration::from_secs(minutes * 60))
                .map_err(|_| format!("{minutes} is negative; give minutes ≥ 0, or 0 for at start and on request only")),
            IntervalValue::Text(text) => parse_duration(text),
        }
    }
}

/// Parses `"250ms"`, `"90s"`, `"15m"`, `"2h"` or a bare number of minutes.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let bad = || format!("\"{text}\" is not an interval; write minutes (15) or a duration (\"90s\", \"15m\", \"2h\")");
    let number: u64 = number.parse().map_err(|_| bad())?;
    let duration = match unit.trim() {
        "" | "m" | "min" => Duration::from_secs(number * 60),
        "ms" => Duration::from_millis(number),
        "s" => Duration::from_secs(number),
        "h" => Duration::from_secs(number * 3600),
        _ => return Err(bad()),
    };
    Ok(duration)
}

/// The `connection` of a connector: the parts of Egeria's `Connection` a daemon configuration sets.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ConnectionConfig {
    /// The registered connector provider (`omis connectors` lists them), e.g. `omis.files.folder-monitor`.
    pub provider: String,
    /// The connection's qualified name (default `<connectorName>.connection`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// A display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// A description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The endpoint: where the technology is (a path, a URL, `host:port`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<EndpointConfig>,
    /// The user the connector logs in to the technology as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Its password (prefer `clearPasswordEnv`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clear_password: Option<String>,
    /// The environment variable holding the password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clear_password_env: Option<String>,
    /// Secret properties (never printed).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub secured_properties: BTreeMap<String, String>,
    /// The connector's configuration properties.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub configuration_properties: BTreeMap<String, serde_json::Value>,
}

/// An endpoint.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EndpointConfig {
    /// The address (relative file paths are relative to the configuration file).
    pub network_address: String,
    /// The protocol, e.g. `https`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
}

impl ConnectionConfig {
    /// The OCF connection. Relative endpoint paths that exist beside the configuration file are
    /// made absolute against `base`.
    pub fn to_connection(&self, connector_name: &str, base: &Path) -> Connection {
        let endpoint = self.endpoint.as_ref().map(|endpoint| {
            let mut address = endpoint.network_address.clone();
            let relative = Path::new(&address);
            // A relative path that exists beside the configuration is made absolute; anything
            // else (host:port, a URL, a path relative to the working folder) is left as written.
            if !address.contains("://") && relative.is_relative() && !address.is_empty() {
                let candidate = base.join(relative);
                if candidate.exists() {
                    address = candidate.display().to_string();
                }
            }
            Endpoint { protocol: endpoint.protocol.clone(), ..Endpoint::at(address) }
        });
        let password = self
            .clear_password
            .clone()
            .or_else(|| self.clear_password_env.as_ref().and_then(|name| std::env::var(name).ok()));
        Connection {
            qualified_name: Some(self.qualified_name.clone().unwrap_or_else(|| format!("{connector_name}.connection"))),
            display_name: self.display_name.clone(),
            description: self.description.clone(),
            connector_type: Some(ConnectorType::for_provider(self.provider.clone())),
            endpoint,
            user_id: self.user_id.clone(),
            clear_password: password,
            secured_properties: self.secured_properties.clone(),
            configuration_properties: self.configuration_properties.clone().into_iter().collect(),
            ..Connection::default()
        }
    }
}

/// A problem found in a configuration: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The file.
    pub file: PathBuf,
    /// The line (1-based), when known.
    pub line: Option<usize>,
    /// The field, as a path: `connectors[2].connection.configurationProperties.folder`.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}: {}", self.file.display(), self.field, self.message),
            None => write!(f, "{}: {}: {}", self.file.display(), self.field, self.message),
        }
    }
}

/// A configuration file that was read and parsed.
#[derive(Debug, Clone)]
pub struct LoadedConfig {
    /// The file.
    pub path: PathBuf,
    /// Its text.
    pub text: String,
    /// What it says.
    pub config: DaemonConfig,
}

/// Reads and parses a configuration file. A file that cannot be read or parsed is one problem.
pub fn load(path: &Path) -> Result<LoadedConfig, Vec<ConfigProblem>> {
    let text = std::fs::read_to_string(path).map_err(|error| {
        vec![ConfigProblem {
            file: path.to_path_buf(),
            line: None,
            field: "(file)".into(),
            message: format!("cannot read the configuration: {error}"),
        }]
    })?;
    parse(path, &text).map(|config| LoadedConfig { path: path.to_path_buf(), text, config })
}

/// Parses configuration text (`path` is for messages).
pub fn parse(path: &Path, text: &str) -> Result<DaemonConfig, Vec<ConfigProblem>> {
    toml::from_str::<DaemonConfig>(text).map_err(|error| {
        let line = error.span().map(|span| line_of(text, span.start));
        let message = error.message().trim().to_owned();
        let field = field_of_parse_error(&message, text, line);
        vec![ConfigProblem { file: path.to_path_buf(), line, field, message }]
    })
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

/// The field a parse error is about: the unknown or missing field it names, under the table its
/// line is in.
fn field_of_parse_error(message: &str, text: &str, line: Option<usize>) -> String {
    let names_a_field = ["unknown field", "missing field", "duplicate"].iter().any(|kind| message.contains(kind));
    let named = message.split('`').nth(1).filter(|_| names_a_field).map(str::to_owned);
    let table = line.map(|line| table_at(text, line)).unwrap_or_default();
    match (table.is_empty(), named) {
        (true, Some(name)) => name,
        (false, Some(name)) => format!("{table}.{name}"),
        (false, None) => table,
        (true, None) => "(file)".into(),
    }
}

/// The table path (`connectors[1].connection`) a line is in.
fn table_at(text: &str, line: usize) -> String {
    let mut current = String::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (index, raw) in text.lines().enumerate() {
        if index + 1 > line {
            break;
        }
        let trimmed = raw.trim();
        if let Some(name) = trimmed.strip_prefix("[[").and_then(|rest| rest.split("]]").next()) {
            let name = name.trim().to_owned();
            let count = counts.entry(name.clone()).or_insert(0);
            *count += 1;
            current = format!("{name}[{}]", *count - 1);
        } else if let Some(name) = trimmed.strip_prefix('[').and_then(|rest| rest.split(']').next()) {
            let name = name.trim();
            // A sub-table of the last array entry: `[connectors.connection]`.
            current = match counts.keys().find(|array| name.starts_with(&format!("{array}."))) {
                Some(array) => format!("{array}[{}]{}", counts[array] - 1, &name[array.len()..]),
                None => name.to_owned(),
            };
        }
    }
    current
}

/// Where things are in the text, for messages about fields that parsed but are wrong.
struct Locator<'a> {
    text: &'a str,
    /// The first line of each `[[connectors]]` table.
    connector_lines: Vec<usize>,
}

impl<'a> Locator<'a> {
    fn new(text: &'a str) -> Locator<'a> {
        let connector_lines = text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.trim().starts_with("[[connectors]]"))
            .map(|(index, _)| index + 1)
            .collect();
        Locator { text, connector_lines }
    }

    /// The lines of connector `index`: from its header to the next one.
    fn connector_range(&self, index: usize) -> Option<(usize, usize)> {
        let start = *self.connector_lines.get(index)?;
        let end = self.connector_lines.get(index + 1).map_or(usize::MAX, |next| next - 1);
        Some((start, end))
    }

    /// The line where `key = ` is set (or a `[...key]` table opens) within lines `range` (or the
    /// whole file), else the range's first line.
    fn key_line(&self, range: Option<(usize, usize)>, key: &str) -> Option<usize> {
        self.find_key(range, key).or_else(|| range.map(|(start, _)| start))
    }

    fn find_key(&self, range: Option<(usize, usize)>, key: &str) -> Option<usize> {
        let (start, end) = range.unwrap_or((1, usize::MAX));
        self.text
            .lines()
            .enumerate()
            .map(|(index, line)| (index + 1, line))
            .filter(|(number, _)| *number >= start && *number <= end)
            .find(|(_, line)| line_sets_key(line, key) || line_opens_table(line, key))
            .map(|(number, _)| number)
    }
}

/// True when a line is a table header ending in `key`: `[connectors.connection.key]`.
fn line_opens_table(line: &str, key: &str) -> bool {
    let trimmed = line.trim();
    trimmed.starts_with('[')
        && [format!(".{key}]"), format!("[{key}]")].iter().any(|end| trimmed.ends_with(end.as_str()))
}

/// True when a line sets `key` (bare or quoted), possibly inside an inline table.
fn line_sets_key(line: &str, key: &str) -> bool {
    for quoted in [format!("\"{key}\""), key.to_owned()] {
        let mut rest = line;
        while let Some(at) = rest.find(&quoted) {
            let before = rest[..at].chars().last();
            let after = rest[at + quoted.len()..].trim_start();
            let boundary = before.is_none_or(|c| c.is_whitespace() || c == '{' || c == ',' || c == '.');
            if boundary && (after.starts_with('=') || after.starts_with('.')) {
                return true;
            }
            rest = &rest[at + quoted.len()..];
        }
    }
    false
}

/// Checks a parsed configuration against the registered providers. Returns every problem found.
#[allow(clippy::too_many_lines, reason = "one check after another, in the order of the file")]
pub fn validate(loaded: &LoadedConfig, registry: &ConnectorRegistry) -> Vec<ConfigProblem> {
    let locator = Locator::new(&loaded.text);
    let mut problems = Vec::new();
    let mut problem = |line: Option<usize>, field: String, message: String| {
        problems.push(ConfigProblem { file: loaded.path.clone(), line, field, message });
    };
    let daemon = &loaded.config.daemon;

    // The daemon.
    if daemon.name.trim().is_empty() || daemon.name.contains('/') {
        problem(locator.key_line(None, "name"), "daemon.name".into(), "give a server name without '/'".into());
    }
    if daemon.listen.parse::<SocketAddr>().is_err() {
        problem(
            locator.key_line(None, "listen"),
            "daemon.listen".into(),
            format!("\"{}\" is not a host:port address such as 127.0.0.1:9443", daemon.listen),
        );
    }
    let repository = &daemon.repository;
    let chosen = [repository.sqlite.is_some(), repository.postgres.is_some(), repository.server.is_some()];
    if chosen.iter().filter(|set| **set).count() > 1 {
        problem(
            locator.key_line(None, "repository"),
            "daemon.repository".into(),
            "set one of sqlite, postgres or server, not several".into(),
        );
    }
    if let Some(url) = &repository.postgres {
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://") || url.contains("host=")) {
            problem(
                locator.key_line(None, "postgres"),
                "daemon.repository.postgres".into(),
                format!("\"{url}\" is not a PostgreSQL URL (postgresql://user@host:port/database)"),
            );
        }
        if !cfg!(feature = "postgres") {
            problem(
                locator.key_line(None, "postgres"),
                "daemon.repository.postgres".into(),
                "this omis was built without PostgreSQL support (feature `postgres`)".into(),
            );
        }
    }
    if repository.server.is_some() {
        problem(
            locator.key_line(None, "server"),
            "daemon.repository.server".into(),
            "this omis cannot use a remote metadata server yet (the REST client arrives with open-metadata-client); \
             use sqlite or postgres"
                .into(),
        );
    }
    if let Some(url) = &repository.server
        && !(url.starts_with("http://") || url.starts_with("https://"))
    {
        problem(
            locator.key_line(None, "server"),
            "daemon.repository.server".into(),
            format!("\"{url}\" is not an http:// or https:// URL"),
        );
    }
    let mut user_ids = BTreeSet::new();
    for (index, user) in daemon.users.iter().enumerate() {
        let line = locator.key_line(None, "userId");
        if !user_ids.insert(user.user_id.as_str()) {
            problem(line, format!("daemon.users[{index}].userId"), format!("user {} is listed twice", user.user_id));
        }
        if user.resolved_password().is_none_or(|password| password.is_empty()) {
            let message = match &user.password_env {
                Some(name) => format!("the environment variable {name} holding the password is not set"),
                None => "give a password or passwordEnv".to_owned(),
            };
            problem(line, format!("daemon.users[{index}].password"), message);
        }
    }

    // The connectors.
    let mut names = BTreeMap::new();
    let mut ids = BTreeMap::new();
    for (index, connector) in loaded.config.connectors.iter().enumerate() {
        let range = locator.connector_range(index);
        let at = |key: &str| locator.key_line(range, key);
        let field = |name: &str| format!("connectors[{index}].{name}");
        if connector.connector_name.trim().is_empty() {
            problem(at("connectorName"), field("connectorName"), "give the connector a name".into());
        } else if let Some(first) = names.insert(connector.connector_name.clone(), index) {
            problem(
                at("connectorName"),
                field("connectorName"),
                format!(
                    "the name {} is already used by connectors[{first}]; names must be unique",
                    connector.connector_name
                ),
            );
        }
        let id = connector.connector_id.clone().unwrap_or_else(|| connector.connector_name.clone());
        if let Some(first) = ids.insert(id.clone(), index)
            && connector.connector_id.is_some()
        {
            problem(
                at("connectorId"),
                field("connectorId"),
                format!("the id {id} is already used by connectors[{first}]"),
            );
        }
        if let Some(interval) = &connector.refresh_time_interval
            && let Err(message) = interval.duration()
        {
            problem(at("refreshTimeInterval"), field("refreshTimeInterval"), message);
        }
        if let Some(direction) = &connector.permitted_synchronization
            && parse_direction(direction).is_none()
        {
            problem(
                at("permittedSynchronization"),
                field("permittedSynchronization"),
                format!("\"{direction}\" is not one of FROM_THIRD_PARTY, TO_THIRD_PARTY, BOTH_DIRECTIONS"),
            );
        }
        let mut dates = [None, None];
        for (slot, (key, value)) in
            [("startDate", &connector.start_date), ("stopDate", &connector.stop_date)].into_iter().enumerate()
        {
            if let Some(value) = value {
                match parse_timestamp(value) {
                    Some(date) => dates[slot] = Some(date),
                    None => problem(
                        at(key),
                        field(key),
                        format!("\"{value}\" is not an ISO-8601 date and time (2026-11-23T09:00:00Z)"),
                    ),
                }
            }
        }
        if let [Some(start), Some(stop)] = dates
            && stop <= start
        {
            problem(at("stopDate"), field("stopDate"), "the stop date is not after the start date".into());
        }

        // The connection, checked by its provider.
        let connection_config = &connector.connection;
        match registry.provider(&connection_config.provider) {
            Err(_) => {
                let known = registry.names().join(", ");
                problem(
                    at("provider"),
                    field("connection.provider"),
                    format!(
                        "no connector provider is registered as \"{}\"; registered: {}",
                        connection_config.provider,
                        if known.is_empty() { "(none)".to_owned() } else { known }
                    ),
                );
            }
            Ok(provider) => {
                let base = loaded.path.parent().unwrap_or(Path::new("."));
                let connection = connection_config.to_connection(&connector.connector_name, base);
                for found in provider.validate_connection(&connection) {
                    let (line, name) = match &found.field {
                        Some(property) if connection_config.configuration_properties.contains_key(property) => {
                            (at(property), format!("connection.configurationProperties.{property}"))
                        }
                        Some(property) if property.ends_with("networkAddress") || property == "endpoint" => {
                            let line = locator.find_key(range, "endpoint").or_else(|| at("provider"));
                            (line, "connection.endpoint.networkAddress".into())
                        }
                        Some(property) => (
                            locator.find_key(range, "configurationProperties").or_else(|| at("provider")),
                            format!("connection.configurationProperties.{property}"),
                        ),
                        None => (at("provider"), "connection".into()),
                    };
                    problem(line, field(&name), found.message);
                }
            }
        }
    }
    problems
}

/// `FROM_THIRD_PARTY` and friends (case and `-` forgiven).
pub fn parse_direction(text: &str) -> Option<PermittedSynchronization> {
    let normal = text.trim().to_ascii_uppercase().replace('-', "_");
    serde_json::from_value(serde_json::Value::String(normal)).ok()
}

/// A connector's settings, resolved from its configuration and its provider.
#[derive(Debug, Clone)]
pub struct ConnectorSettings {
    /// Identity for the context.
    pub identity: ConnectorIdentity,
    /// The connection.
    pub connection: Connection,
    /// Between refreshes (zero: at start and on request only).
    pub refresh_interval: Duration,
    /// Engage loop on its own task.
    pub uses_blocking_calls: bool,
    /// Not before.
    pub start_date: Option<Timestamp>,
    /// Not after.
    pub stop_date: Option<Timestamp>,
}

/// The default refresh interval (Egeria's provider default): 60 minutes.
pub const DEFAULT_REFRESH_INTERVAL: Duration = Duration::from_hours(1);

impl ConnectorConfig {
    /// The settings the daemon runs the connector with. Assumes [`validate`] found no problem with
    /// this connector; values it would refuse fall back to their defaults.
    pub fn settings(
        &self,
        daemon: &DaemonSettings,
        base: &Path,
        service: IntegrationService,
        blocking_by_default: bool,
    ) -> ConnectorSettings {
        let direction = self
            .permitted_synchronization
            .as_deref()
            .and_then(parse_direction)
            .unwrap_or_else(|| service.default_permitted_synchronization());
        let mut identity = ConnectorIdentity::new(
            self.connector_id.clone().unwrap_or_else(|| self.connector_name.clone()),
            self.connector_name.clone(),
            self.connector_user_id.clone().unwrap_or_else(|| daemon.user_id.clone()),
            service,
        )
        .with_permitted_synchronization(direction);
        if let Some(source) = &self.metadata_source_qualified_name {
            identity = identity.with_metadata_source(source.clone());
        }
        identity.generate_integration_reports = self.generate_integration_reports;
        ConnectorSettings {
            identity,
            connection: self.connection.to_connection(&self.connector_name, base),
            refresh_interval: self
                .refresh_time_interval
                .as_ref()
                .and_then(|interval| interval.duration().ok())
                .unwrap_or(DEFAULT_REFRESH_INTERVAL),
            uses_blocking_calls: self.uses_blocking_calls.unwrap_or(blocking_by_default),
            start_date: self.start_date.as_deref().and_then(parse_timestamp),
            stop_date: self.stop_date.as_deref().and_then(parse_timestamp),
        }
    }
}

impl DaemonConfig {
    /// The repository, with relative SQLite paths resolved against `base` (the config's folder).
    pub fn repository(&self, base: &Path) -> Repository {
        let repository = &self.daemon.repository;
        if let Some(url) = &repository.postgres {
            let schema = repository.postgres_schema.clone().unwrap_or_else(|| "omis".to_owned());
            return Repository::Postgres { url: url.clone(), schema };
        }
        if let Some(url) = &repository.server {
            return Repository::Server(url.clone());
        }
        let path = repository.sqlite.clone().unwrap_or_else(|| PathBuf::from("omis.db"));
        Repository::Sqlite(if path.is_relative() { base.join(path) } else { path })
    }
}

/// The JSON schema of the configuration file, as pretty JSON.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(DaemonConfig);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_minutes_or_with_units() {
        assert_eq!(parse_duration("15").unwrap(), Duration::from_mins(15));
        assert_eq!(parse_duration("90s").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("2h").unwrap(), Duration::from_hours(2));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("5 fortnights").is_err());
        assert!(IntervalValue::Minutes(-1).duration().is_err());
        assert_eq!(IntervalValue::Minutes(0).duration().unwrap(), Duration::ZERO);
    }

    #[test]
    fn tables_and_keys_are_located() {
        let text = "[daemon]\nname = \"d\"\n\n[[connectors]]\nconnectorName = \"a\"\n[connectors.connection]\nprovider = \"x\"\n\n[[connectors]]\nconnectorName = \"b\"\nconnection = { provider = \"y\", configurationProperties = { \"root\" = 1 } }\n";
        assert_eq!(table_at(text, 2), "daemon");
        assert_eq!(table_at(text, 7), "connectors[0].connection");
        assert_eq!(table_at(text, 10), "connectors[1]");
        let locator = Locator::new(text);
        assert_eq!(locator.key_line(locator.connector_range(0), "provider"), Some(7));
        assert_eq!(locator.key_line(locator.connector_range(1), "provider"), Some(11));
        assert_eq!(locator.key_line(locator.connector_range(1), "root"), Some(11));
        assert_eq!(locator.key_line(locator.connector_range(1), "missing"), Some(9));
    }

    #[test]
    fn an_unknown_field_is_reported_with_its_line_and_table() {
        let text =
            "[[connectors]]\nconnectorName = \"a\"\nrefreshIntervall = 5\n[connectors.connection]\nprovider = \"x\"\n";
        let problems = parse(Path::new("omis.toml"), text).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(3));
        assert_eq!(problems[0].field, "connectors[0].refreshIntervall");
        assert!(problems[0].message.contains("unknown field"), "{}", problems[0].message);
        assert!(problems[0].to_string().starts_with("omis.toml:3: connectors[0].refreshIntervall: "));
    }

    #[test]
    fn relative_endpoints_resolve_beside_the_configuration_only_when_they_exist() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("data")).unwrap();
        let connection = |address: &str| ConnectionConfig {
            provider: "p".into(),
            endpoint: Some(EndpointConfig { network_address: address.into(), protocol: None }),
            ..ConnectionConfig::default()
        };
        let resolved = connection("data").to_connection("c", dir.path());
        assert_eq!(resolved.network_address(), Some(dir.path().join("data").to_str().unwrap()));
        for kept in ["127.0.0.1:4222", "nats://127.0.0.1:4222", "/srv/data", "not-there"] {
            assert_eq!(connection(kept).to_connection("c", dir.path()).network_address(), Some(kept));
        }
    }

    #[test]
    fn directions_parse_forgivingly() {
        assert_eq!(parse_direction("from_third_party"), Some(PermittedSynchronization::FromThirdParty));
        assert_eq!(parse_direction("BOTH-DIRECTIONS"), Some(PermittedSynchronization::BothDirections));
        assert_eq!(parse_direction("sideways"), None);
    }

    #[test]
    fn the_schema_names_every_field() {
        let schema = json_schema();
        for field in ["connectorName", "refreshTimeInterval", "permittedSynchronization", "configurationProperties"] {
            assert!(schema.contains(field), "{field} missing from the schema");
        }
    }
}
