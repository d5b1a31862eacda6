//! The NATS monitor's configuration, read from its connection: the server from
//! `endpoint.networkAddress`, the credentials from `userId` and `clearPassword`, the rest from
//! `configurationProperties`. A value the connector cannot use is refused with an error that names
//! the property, the connection and the value; it is never silently replaced by a default.

use std::fmt;
use std::time::Duration;

use topic_integrator::{Connection, OmisError, Result, serde_json::Value};

use crate::error::{
    NATS_MONITOR_ADDRESS_MISSING, NATS_MONITOR_BAD_ADDRESS, NATS_MONITOR_BAD_BOOLEAN, NATS_MONITOR_BAD_PATTERN,
    NATS_MONITOR_BAD_SERVER_NAME, NATS_MONITOR_BAD_TIMEOUT,
};
use crate::nats::{Auth, ConnectOptions, NatsAddress};

/// Configuration property: the streams to catalog, as names or patterns (`*` any characters, `?`
/// one); a JSON array or a comma-separated string. Default: every stream.
pub const INCLUDE_STREAMS: &str = "includeStreams";

/// Configuration property: streams not to catalog, as names or patterns (applied after
/// [`INCLUDE_STREAMS`]). Default: none.
pub const EXCLUDE_STREAMS: &str = "excludeStreams";

/// Configuration property: catalog the durable consumers of each stream (default `true`).
pub const CATALOG_CONSUMERS: &str = "catalogConsumers";

/// Configuration property: record what each stream holds (messages, bytes) at each refresh
/// (default `true`). A busy stream's topic is then updated at every refresh; `false` keeps
/// refreshes of an unchanged configuration free of writes.
pub const CATALOG_STREAM_STATE: &str = "catalogStreamState";

/// Configuration property: the name the server is catalogued under: in qualified names and as the
/// synchronizer's scope (default: the address's `host:port`). Give it when the server is reached
/// under several addresses, or may move.
pub const SERVER_NAME: &str = "serverName";

/// Configuration property: how long to wait for the server (connecting, each JetStream API reply),
/// in seconds (default [`DEFAULT_REQUEST_TIMEOUT_SECONDS`], from 1 to [`MAX_REQUEST_TIMEOUT_SECONDS`]).
pub const REQUEST_TIMEOUT_SECONDS: &str = "requestTimeoutSeconds";

/// The configuration properties the connector recognizes.
pub const CONFIGURATION_PROPERTIES: [&str; 6] =
    [INCLUDE_STREAMS, EXCLUDE_STREAMS, CATALOG_CONSUMERS, CATALOG_STREAM_STATE, SERVER_NAME, REQUEST_TIMEOUT_SECONDS];

/// The default of [`REQUEST_TIMEOUT_SECONDS`].
pub const DEFAULT_REQUEST_TIMEOUT_SECONDS: u64 = 5;

/// The largest value of [`REQUEST_TIMEOUT_SECONDS`].
pub const MAX_REQUEST_TIMEOUT_SECONDS: u64 = 300;

/// A stream name or pattern: `*` stands for any characters (none included), `?` for one; anything
/// else for itself (names are case-sensitive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamPattern(Vec<char>);

impl StreamPattern {
    /// The pattern, or why no stream name could match it.
    pub fn parse(text: &str) -> std::result::Result<StreamPattern, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("is empty".to_owned());
        }
        if let Some(c) = text.chars().find(|c| matches!(c, '.' | '>' | '/' | '\\') || c.is_whitespace()) {
            return Err(format!(
                "contains {c:?}, which no stream name holds (use * for any characters and ? for one; this is not a \
                 regular expression)"
            ));
        }
        Ok(StreamPattern(text.chars().collect()))
    }

    /// True when the whole name matches.
    pub fn matches(&self, name: &str) -> bool {
        let name: Vec<char> = name.chars().collect();
        let pattern = &self.0;
        // The classic wildcard match: on a mismatch, let the last `*` take one more character.
        let (mut p, mut n) = (0, 0);
        let mut star: Option<(usize, usize)> = None;
        while n < name.len() {
            match pattern.get(p) {
                Some('*') => {
                    star = Some((p, n));
                    p += 1;
                }
                Some(c) if *c == '?' || *c == name[n] => {
                    p += 1;
                    n += 1;
                }
                _ => match star {
                    Some((star_p, star_n)) => {
                        p = star_p + 1;
                        n = star_n + 1;
                        star = Some((star_p, star_n + 1));
                    }
                    None => return false,
                },
            }
        }
        pattern[p..].iter().all(|c| *c == '*')
    }
}

impl fmt::Display for StreamPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.iter().collect::<String>())
    }
}

/// What a NATS monitor catalogs and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NatsMonitorConfig {
    /// The server.
    pub address: NatsAddress,
    /// The credentials (never printed).
    pub auth: Auth,
    /// See [`SERVER_NAME`].
    pub server_name: String,
    /// See [`INCLUDE_STREAMS`] (empty: every stream).
    pub include: Vec<StreamPattern>,
    /// See [`EXCLUDE_STREAMS`].
    pub exclude: Vec<StreamPattern>,
    /// See [`CATALOG_CONSUMERS`].
    pub catalog_consumers: bool,
    /// See [`CATALOG_STREAM_STATE`].
    pub catalog_stream_state: bool,
    /// See [`REQUEST_TIMEOUT_SECONDS`].
    pub request_timeout: Duration,
}

impl NatsMonitorConfig {
    /// The configuration for the server at `address` with the defaults: every stream, its durable
    /// consumers and its state, no credentials.
    pub fn new(address: &str) -> Result<NatsMonitorConfig> {
        let address = parse_address(address, "<none>")?;
        Ok(NatsMonitorConfig {
            server_name: address.host_port(),
            address,
            auth: Auth::None,
            include: Vec::new(),
            exclude: Vec::new(),
            catalog_consumers: true,
            catalog_stream_state: true,
            request_timeout: Duration::from_secs(DEFAULT_REQUEST_TIMEOUT_SECONDS),
        })
    }

    /// The configuration a connection gives, or the first thing wrong with it.
    pub fn from_connection(connection: &Connection) -> Result<NatsMonitorConfig> {
        let name = connection.name_for_messages();
        let address = connection.network_address().ok_or_else(|| NATS_MONITOR_ADDRESS_MISSING.error(&[&name]))?;
        let address = parse_address(address, name)?;
        Ok(NatsMonitorConfig {
            server_name: server_name(connection)?.unwrap_or_else(|| address.host_port()),
            address,
            auth: auth(connection),
            include: patterns(connection, INCLUDE_STREAMS)?,
            exclude: patterns(connection, EXCLUDE_STREAMS)?,
            catalog_consumers: boolean(connection, CATALOG_CONSUMERS, true)?,
            catalog_stream_state: boolean(connection, CATALOG_STREAM_STATE, true)?,
            request_timeout: timeout(connection)?,
        })
    }

    /// What is wrong with the configuration properties of a connection, by property (the
    /// endpoint's presence is left to the provider's default checks; its form is checked here).
    pub(crate) fn property_problems(connection: &Connection) -> Vec<(&'static str, OmisError)> {
        let mut problems = Vec::new();
        if let Some(address) = connection.network_address()
            && let Err(error) = parse_address(address, connection.name_for_messages())
        {
            problems.push(("endpoint.networkAddress", error));
        }
        for name in [INCLUDE_STREAMS, EXCLUDE_STREAMS] {
            if let Err(error) = patterns(connection, name) {
                problems.push((name, error));
            }
        }
        for name in [CATALOG_CONSUMERS, CATALOG_STREAM_STATE] {
            if let Err(error) = boolean(connection, name, true) {
                problems.push((name, error));
            }
        }
        if let Err(error) = server_name(connection) {
            problems.push((SERVER_NAME, error));
        }
        if let Err(error) = timeout(connection) {
            problems.push((REQUEST_TIMEOUT_SECONDS, error));
        }
        problems
    }

    /// True when the stream is to be catalogued: it matches an include pattern (or there are
    /// none) and no exclude pattern.
    pub fn catalogs(&self, stream: &str) -> bool {
        (self.include.is_empty() || self.include.iter().any(|pattern| pattern.matches(stream)))
            && !self.exclude.iter().any(|pattern| pattern.matches(stream))
    }

    /// How to connect, under the client name `omis-nats-monitor`.
    pub fn connect_options(&self) -> ConnectOptions {
        ConnectOptions {
            address: self.address.clone(),
            auth: self.auth.clone(),
            name: "omis-nats-monitor".to_owned(),
            timeout: self.request_timeout,
        }
    }
}

fn parse_address(address: &str, connection_name: &str) -> Result<NatsAddress> {
    NatsAddress::parse(address).map_err(|reason| {
        NATS_MONITOR_BAD_ADDRESS
            .error(&[&redacted_address(address), &connection_name, &reason])
            .with_parameter_name("networkAddress")
    })
}

/// The address with any credentials before an `@` replaced by `********`, for messages.
fn redacted_address(address: &str) -> String {
    let Some((before, host)) = address.rsplit_once('@') else { return address.to_owned() };
    match before.split_once("://") {
        Some((scheme, _)) => format!("{scheme}://********@{host}"),
        None => format!("********@{host}"),
    }
}

/// The credentials: `userId` with `clearPassword`; a `clearPassword` alone is a token.
fn auth(connection: &Connection) -> Auth {
    let user = connection.user_id.as_deref().filter(|user| !user.is_empty());
    let password = connection.clear_password.as_deref().filter(|password| !password.is_empty());
    match (user, password) {
        (Some(user), password) => {
            Auth::UserPassword { user: user.to_owned(), password: password.unwrap_or_default().to_owned() }
        }
        (None, Some(token)) => Auth::Token(token.to_owned()),
        (None, None) => Auth::None,
    }
}

/// A boolean property: `true` or `false` (a JSON boolean, or a string in any case); `default` when
/// absent.
fn boolean(connection: &Connection, name: &str, default: bool) -> Result<bool> {
    let Some(text) = connection.string_property(name) else { return Ok(default) };
    match text.trim().to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(NATS_MONITOR_BAD_BOOLEAN
            .error(&[&name, &connection.name_for_messages(), &text])
            .with_parameter_name(name)),
    }
}

/// A list of stream patterns: a JSON array, or a comma-separated string; blank entries of a string
/// are ignored (`"A, B,"`).
fn patterns(connection: &Connection, name: &str) -> Result<Vec<StreamPattern>> {
    let texts: Vec<String> = match connection.configuration_properties.get(name) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(_)) => connection.array_property(name, &[]),
        Some(_) => connection.array_property(name, &[]).into_iter().filter(|text| !text.trim().is_empty()).collect(),
    };
    texts
        .iter()
        .map(|text| {
            StreamPattern::parse(text).map_err(|reason| {
                NATS_MONITOR_BAD_PATTERN
                    .error(&[&name, &connection.name_for_messages(), &text, &reason])
                    .with_parameter_name(name)
            })
        })
        .collect()
}

/// The server name, when one is configured.
fn server_name(connection: &Connection) -> Result<Option<String>> {
    match connection.string_property(SERVER_NAME) {
        None => Ok(None),
        Some(name) if name.trim().is_empty() => Err(NATS_MONITOR_BAD_SERVER_NAME
            .error(&[&SERVER_NAME, &connection.name_for_messages()])
            .with_parameter_name(SERVER_NAME)),
        Some(name) => Ok(Some(name.trim().to_owned())),
    }
}

/// The request timeout: whole seconds in range (a JSON number or a string of digits).
fn timeout(connection: &Connection) -> Result<Duration> {
    let Some(text) = connection.string_property(REQUEST_TIMEOUT_SECONDS) else {
        return Ok(Duration::from_secs(DEFAULT_REQUEST_TIMEOUT_SECONDS));
    };
    match text.trim().parse::<u64>() {
        Ok(seconds) if (1..=MAX_REQUEST_TIMEOUT_SECONDS).contains(&seconds) => Ok(Duration::from_secs(seconds)),
        _ => Err(NATS_MONITOR_BAD_TIMEOUT
            .error(&[
                &REQUEST_TIMEOUT_SECONDS,
                &connection.name_for_messages(),
                &text,
                &1,
                &MAX_REQUEST_TIMEOUT_SECONDS,
            ])
            .with_parameter_name(REQUEST_TIMEOUT_SECONDS)),
    }
}

#[cfg(test)]
mod tests {
    use topic_integrator::{Endpoint, ErrorKind};

    use super::*;

    fn connection(address: &str) -> Connection {
        let mut connection = Connection::for_provider("omis.topic.nats-jetstream");
        connection.qualified_name = Some("events.connection".into());
        connection.endpoint = Some(Endpoint::at(address));
        connection
    }

    #[test]
    fn defaults_apply_when_nothing_is_configured() {
        let config = NatsMonitorConfig::from_connection(&connection("nats://broker:4222")).unwrap();
        assert_eq!(config.address, NatsAddress { host: "broker".into(), port: 4222 });
        assert_eq!(config.server_name, "broker:4222");
        assert_eq!(config.auth, Auth::None);
        assert!(config.include.is_empty() && config.exclude.is_empty());
        assert!(config.catalog_consumers && config.catalog_stream_state);
        assert_eq!(config.request_timeout, Duration::from_secs(5));
        assert_eq!(config, NatsMonitorConfig::new("broker").unwrap());
        assert!(config.catalogs("ANYTHING"));
        let options = config.connect_options();
        assert_eq!((options.name.as_str(), options.timeout), ("omis-nats-monitor", Duration::from_secs(5)));
    }

    #[test]
    fn values_are_read_as_json_or_as_text() {
        let mut configured = connection("nats://10.0.0.7:4333")
            .with_configuration_property(INCLUDE_STREAMS, serde_json_array(&["ORDERS_*", "AUDIT"]))
            .with_configuration_property(EXCLUDE_STREAMS, "ORDERS_TMP?, ORDERS_OLD*,")
            .with_configuration_property(CATALOG_CONSUMERS, false)
            .with_configuration_property(CATALOG_STREAM_STATE, "FALSE")
            .with_configuration_property(SERVER_NAME, " events-prod ")
            .with_configuration_property(REQUEST_TIMEOUT_SECONDS, 30);
        configured.user_id = Some("monitor".into());
        configured.clear_password = Some("s3cret".into());
        let config = NatsMonitorConfig::from_connection(&configured).unwrap();
        assert_eq!(config.server_name, "events-prod");
        assert_eq!(config.auth, Auth::UserPassword { user: "monitor".into(), password: "s3cret".into() });
        assert!(!format!("{config:?}").contains("s3cret"), "secrets never print");
        assert_eq!(config.include.iter().map(ToString::to_string).collect::<Vec<_>>(), ["ORDERS_*", "AUDIT"]);
        assert_eq!(config.exclude.iter().map(ToString::to_string).collect::<Vec<_>>(), ["ORDERS_TMP?", "ORDERS_OLD*"]);
        assert!(!config.catalog_consumers && !config.catalog_stream_state);
        assert_eq!(config.request_timeout, Duration::from_secs(30));
        assert!(config.catalogs("ORDERS_EU") && config.catalogs("AUDIT") && config.catalogs("ORDERS_"));
        assert!(!config.catalogs("ORDERS_TMP1") && !config.catalogs("ORDERS_OLD_2023") && !config.catalogs("PAYMENTS"));
        assert!(!config.catalogs("audit"), "names are case-sensitive");
        assert!(config.catalogs("ORDERS_TMP12"), "? is one character");

        let mut token = connection("broker");
        token.clear_password = Some("t0k3n".into());
        assert_eq!(NatsMonitorConfig::from_connection(&token).unwrap().auth, Auth::Token("t0k3n".into()));
    }

    fn serde_json_array(items: &[&str]) -> Value {
        Value::Array(items.iter().map(|item| Value::from(*item)).collect())
    }

    #[test]
    fn patterns_match_whole_names() {
        let matches = |pattern: &str, name: &str| StreamPattern::parse(pattern).unwrap().matches(name);
        assert!(matches("ORDERS", "ORDERS") && !matches("ORDERS", "ORDERS2") && !matches("ORDERS", "XORDERS"));
        assert!(matches("*", "") && matches("*", "ANY") && matches("**", "ANY"));
        assert!(matches("A*B*C", "AxxBxxC") && matches("A*B*C", "ABC") && !matches("A*B*C", "AxxBxx"));
        assert!(matches("*_EU", "ORDERS_EU") && matches("*_EU", "_EU") && !matches("*_EU", "ORDERS_EU1"));
        assert!(matches("A?C", "ABC") && !matches("A?C", "AC") && !matches("A?C", "ABBC"));
        assert!(matches("*ab*ab", "xabyabab") && !matches("*ab*ab", "xabya"));
        assert!(matches("zü*", "zürich") && matches("?rich", "ürich"));
    }

    #[test]
    fn values_it_cannot_use_are_refused_with_the_connection_and_the_value() {
        for (name, value, expected) in [
            (INCLUDE_STREAMS, "ORDERS.*", "the stream name pattern ORDERS.*, which contains '.'"),
            (INCLUDE_STREAMS, "orders.>", "contains '.'"),
            (EXCLUDE_STREAMS, "A B", "contains ' '"),
            (EXCLUDE_STREAMS, "a/b", "contains '/'"),
            (CATALOG_CONSUMERS, "yes", "catalogConsumers of connection events.connection has the value yes"),
            (CATALOG_STREAM_STATE, "1", "catalogStreamState of connection events.connection has the value 1"),
            (SERVER_NAME, "  ", "serverName of connection events.connection is blank"),
            (REQUEST_TIMEOUT_SECONDS, "0", "the value 0, which is not a whole number of seconds from 1 to 300"),
            (REQUEST_TIMEOUT_SECONDS, "5s", "the value 5s"),
            (REQUEST_TIMEOUT_SECONDS, "301", "the value 301"),
        ] {
            let connection = connection("nats://broker").with_configuration_property(name, value);
            let error = NatsMonitorConfig::from_connection(&connection).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::ConnectionChecked, "{error}");
            assert!(error.message().contains(expected), "{name}={value}: {error}");
            assert!(error.message_id().starts_with("OMIS-NATS-MONITOR-400-"), "{error}");
            let problems = NatsMonitorConfig::property_problems(&connection);
            assert_eq!(problems.iter().map(|(name, _)| *name).collect::<Vec<_>>(), [name]);
        }
        let empty_in_array =
            connection("broker").with_configuration_property(INCLUDE_STREAMS, serde_json_array(&["A", ""]));
        let error = NatsMonitorConfig::from_connection(&empty_in_array).unwrap_err();
        assert!(error.message().contains("which is empty"), "{error}");
    }

    #[test]
    fn addresses_it_cannot_use_are_refused() {
        let mut without = connection("nats://broker");
        without.endpoint = None;
        let error = NatsMonitorConfig::from_connection(&without).unwrap_err();
        assert_eq!(error.message_id(), "OMIS-NATS-MONITOR-400-001");
        assert!(error.message().contains("events.connection"), "{error}");
        assert_eq!(
            NatsMonitorConfig::from_connection(&connection("")).unwrap_err().message_id(),
            "OMIS-NATS-MONITOR-400-001",
            "an empty address is no address"
        );
        for (address, reason) in [
            ("tls://broker:4222", "the scheme tls:// is not supported"),
            ("nats://monitor:s3cret@broker", "nats://********@broker of connection"),
            ("monitor:s3cret@broker", "credentials do not belong in the address"),
            ("nats://broker:99999", "the port 99999"),
        ] {
            let bad = connection(address);
            let error = NatsMonitorConfig::from_connection(&bad).unwrap_err();
            assert_eq!(error.message_id(), "OMIS-NATS-MONITOR-400-002", "{error}");
            assert!(error.message().contains(reason), "{address}: {error}");
            assert!(!error.message().contains("s3cret"), "{error}");
            let problems = NatsMonitorConfig::property_problems(&bad);
            assert_eq!(problems.iter().map(|(name, _)| *name).collect::<Vec<_>>(), ["endpoint.networkAddress"]);
        }
    }
}
