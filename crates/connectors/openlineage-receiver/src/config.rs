//! The receiver's configuration, read from its connection: the listen address from
//! `endpoint.networkAddress`, the rest from `configurationProperties`. A value the receiver cannot
//! use is refused with an error that names the property, the connection and the value.

use lineage_integrator::{Connection, OmisError, Result};

use crate::error::{
    OPENLINEAGE_RECEIVER_BAD_ADDRESS, OPENLINEAGE_RECEIVER_BAD_BOOLEAN, OPENLINEAGE_RECEIVER_BAD_NUMBER,
    OPENLINEAGE_RECEIVER_NO_ADDRESS,
};

/// Configuration property: the most queued events merged into one repository transaction
/// (default [`DEFAULT_MAX_EVENTS_PER_TRANSACTION`], 1 to 10,000).
pub const MAX_EVENTS_PER_TRANSACTION: &str = "maxEventsPerTransaction";

/// Configuration property: the largest request body accepted, in bytes (default
/// [`DEFAULT_MAX_EVENT_BYTES`], 1,024 to 67,108,864); a larger one is answered 413.
pub const MAX_EVENT_BYTES: &str = "maxEventBytes";

/// Configuration property: catalog the fields of the datasets' schema facets (default `true`).
pub const CATALOG_SCHEMAS: &str = "catalogSchemas";

/// Configuration property: also record the run events published to the lineage integration
/// service (by other connectors, or through the daemon's `publish-open-lineage-event`) (default
/// `true`).
pub const RECEIVE_PUBLISHED_EVENTS: &str = "receivePublishedEvents";

/// The configuration properties the receiver recognizes.
pub const CONFIGURATION_PROPERTIES: [&str; 4] =
    [MAX_EVENTS_PER_TRANSACTION, MAX_EVENT_BYTES, CATALOG_SCHEMAS, RECEIVE_PUBLISHED_EVENTS];

/// The default of [`MAX_EVENTS_PER_TRANSACTION`].
pub const DEFAULT_MAX_EVENTS_PER_TRANSACTION: usize = 500;

/// The default of [`MAX_EVENT_BYTES`]: 4 MiB.
pub const DEFAULT_MAX_EVENT_BYTES: usize = 4 * 1024 * 1024;

const EVENTS_RANGE: (usize, usize) = (1, 10_000);
const BYTES_RANGE: (usize, usize) = (1024, 64 * 1024 * 1024);

/// What the receiver listens on and how it records events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiverConfig {
    /// The address to listen on: `host:port` (port 0: any free port).
    pub listen_address: String,
    /// See [`MAX_EVENTS_PER_TRANSACTION`].
    pub max_events_per_transaction: usize,
    /// See [`MAX_EVENT_BYTES`].
    pub max_event_bytes: usize,
    /// See [`CATALOG_SCHEMAS`].
    pub catalog_schemas: bool,
    /// See [`RECEIVE_PUBLISHED_EVENTS`].
    pub receive_published_events: bool,
}

impl ReceiverConfig {
    /// The configuration for a listen address (`host:port`, optionally after `http://`) with the
    /// defaults.
    pub fn new(listen_address: &str) -> Result<ReceiverConfig> {
        ReceiverConfig::with_address(listen_address, "<none>")
    }

    /// The configuration a connection gives, or the first thing wrong with it.
    pub fn from_connection(connection: &Connection) -> Result<ReceiverConfig> {
        let address = connection
            .network_address()
            .ok_or_else(|| OPENLINEAGE_RECEIVER_NO_ADDRESS.error(&[&connection.name_for_messages()]))?;
        let mut config = ReceiverConfig::with_address(address, connection.name_for_messages())?;
        config.max_events_per_transaction =
            number(connection, MAX_EVENTS_PER_TRANSACTION, DEFAULT_MAX_EVENTS_PER_TRANSACTION, EVENTS_RANGE)?;
        config.max_event_bytes = number(connection, MAX_EVENT_BYTES, DEFAULT_MAX_EVENT_BYTES, BYTES_RANGE)?;
        config.catalog_schemas = boolean(connection, CATALOG_SCHEMAS, true)?;
        config.receive_published_events = boolean(connection, RECEIVE_PUBLISHED_EVENTS, true)?;
        Ok(config)
    }

    /// What is wrong with the configuration properties of a connection, by property (the address
    /// is checked too when there is one; a missing one is left to the provider's endpoint check).
    pub(crate) fn property_problems(connection: &Connection) -> Vec<(&'static str, OmisError)> {
        let mut problems = Vec::new();
        if let Some(address) = connection.network_address()
            && let Err(error) = listen_address(address, connection.name_for_messages())
        {
            problems.push(("endpoint.networkAddress", error));
        }
        for (name, default, range) in [
            (MAX_EVENTS_PER_TRANSACTION, DEFAULT_MAX_EVENTS_PER_TRANSACTION, EVENTS_RANGE),
            (MAX_EVENT_BYTES, DEFAULT_MAX_EVENT_BYTES, BYTES_RANGE),
        ] {
            if let Err(error) = number(connection, name, default, range) {
                problems.push((name, error));
            }
        }
        for name in [CATALOG_SCHEMAS, RECEIVE_PUBLISHED_EVENTS] {
            if let Err(error) = boolean(connection, name, true) {
                problems.push((name, error));
            }
        }
        problems
    }

    fn with_address(address: &str, connection_name: &str) -> Result<ReceiverConfig> {
        Ok(ReceiverConfig {
            listen_address: listen_address(address, connection_name)?,
            max_events_per_transaction: DEFAULT_MAX_EVENTS_PER_TRANSACTION,
            max_event_bytes: DEFAULT_MAX_EVENT_BYTES,
            catalog_schemas: true,
            receive_published_events: true,
        })
    }
}

/// The `host:port` of a network address: `http://` and a trailing `/` are removed; the host is an
/// IP address (IPv6 in brackets) or a host name, the port a number from 0 to 65535.
fn listen_address(address: &str, connection_name: &str) -> Result<String> {
    let bad = |reason: &str| {
        OPENLINEAGE_RECEIVER_BAD_ADDRESS
            .error(&[&address, &connection_name, &reason])
            .with_parameter_name("endpoint.networkAddress")
    };
    let trimmed = address.trim();
    if trimmed.starts_with("https://") {
        return Err(bad("https is not served; put a TLS-terminating proxy in front and use http://host:port"));
    }
    let host_port = trimmed.strip_prefix("http://").unwrap_or(trimmed);
    let host_port = host_port.strip_suffix('/').unwrap_or(host_port);
    if host_port.contains('/') {
        return Err(bad("only host:port is taken; the receiver serves /api/v1/lineage"));
    }
    if host_port.parse::<std::net::SocketAddr>().is_ok() {
        return Ok(host_port.to_owned());
    }
    let Some((host, port)) = host_port.rsplit_once(':') else {
        return Err(bad("a port is needed (host:port)"));
    };
    if port.parse::<u16>().is_err() {
        return Err(bad("the port is not a number from 0 to 65535"));
    }
    let is_name = |host: &str| {
        !host.is_empty()
            && host.len() <= 253
            && host.split('.').all(|label| {
                !label.is_empty()
                    && !label.starts_with('-')
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
    };
    if host.starts_with('[') || host.contains(':') || !is_name(host) {
        return Err(bad("the host is neither an IP address nor a host name"));
    }
    Ok(host_port.to_owned())
}

/// A boolean property: `true` or `false` (a JSON boolean, or a string in any case); `default` when
/// absent.
fn boolean(connection: &Connection, name: &str, default: bool) -> Result<bool> {
    let Some(text) = connection.string_property(name) else { return Ok(default) };
    match text.trim().to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(OPENLINEAGE_RECEIVER_BAD_BOOLEAN
            .error(&[&name, &connection.name_for_messages(), &text])
            .with_parameter_name(name)),
    }
}

/// A whole number in a range (a JSON number or a string of digits); `default` when absent.
fn number(connection: &Connection, name: &str, default: usize, (low, high): (usize, usize)) -> Result<usize> {
    let Some(text) = connection.string_property(name) else { return Ok(default) };
    match text.trim().parse::<usize>() {
        Ok(value) if (low..=high).contains(&value) => Ok(value),
        _ => Err(OPENLINEAGE_RECEIVER_BAD_NUMBER
            .error(&[&name, &connection.name_for_messages(), &text, &low, &high])
            .with_parameter_name(name)),
    }
}

#[cfg(test)]
mod tests {
    use lineage_integrator::{Endpoint, ErrorKind};

    use super::*;

    fn connection(address: &str) -> Connection {
        let mut connection = Connection::for_provider("omis.lineage.openlineage-receiver");
        connection.qualified_name = Some("lineage.connection".into());
        connection.endpoint = Some(Endpoint::at(address));
        connection
    }

    #[test]
    fn defaults_apply_when_nothing_is_configured() {
        let config = ReceiverConfig::from_connection(&connection("127.0.0.1:5000")).unwrap();
        assert_eq!(config.listen_address, "127.0.0.1:5000");
        assert_eq!(config.max_events_per_transaction, 500);
        assert_eq!(config.max_event_bytes, 4 * 1024 * 1024);
        assert!(config.catalog_schemas && config.receive_published_events);
        assert_eq!(config, ReceiverConfig::new("http://127.0.0.1:5000/").unwrap());
    }

    #[test]
    fn addresses_take_ip_addresses_and_host_names() {
        for (address, expected) in [
            ("0.0.0.0:0", "0.0.0.0:0"),
            ("[::1]:5000", "[::1]:5000"),
            ("localhost:5000", "localhost:5000"),
            ("http://lineage.example.com:80/", "lineage.example.com:80"),
            (" omis-daemon:5000 ", "omis-daemon:5000"),
        ] {
            assert_eq!(ReceiverConfig::new(address).unwrap().listen_address, expected, "{address}");
        }
        for (address, problem) in [
            ("localhost", "a port is needed"),
            ("localhost:http", "not a number"),
            ("localhost:70000", "not a number"),
            ("https://localhost:5000", "https is not served"),
            ("http://localhost:5000/api/v1/lineage", "only host:port"),
            ("::1:5000", "neither an IP address nor a host name"),
            ("bad host:5000", "neither an IP address nor a host name"),
            (":5000", "neither an IP address nor a host name"),
        ] {
            let error = ReceiverConfig::new(address).unwrap_err();
            assert_eq!(error.message_id(), "OMIS-OPENLINEAGE-RECEIVER-400-002", "{address}");
            assert!(error.message().contains(problem), "{address}: {error}");
        }
    }

    #[test]
    fn values_are_read_as_json_or_as_text() {
        let configured = connection("127.0.0.1:0")
            .with_configuration_property(MAX_EVENTS_PER_TRANSACTION, 64)
            .with_configuration_property(MAX_EVENT_BYTES, "2048")
            .with_configuration_property(CATALOG_SCHEMAS, "FALSE")
            .with_configuration_property(RECEIVE_PUBLISHED_EVENTS, false);
        let config = ReceiverConfig::from_connection(&configured).unwrap();
        assert_eq!((config.max_events_per_transaction, config.max_event_bytes), (64, 2048));
        assert!(!config.catalog_schemas && !config.receive_published_events);
    }

    #[test]
    fn values_it_cannot_use_are_refused_with_the_connection_and_the_value() {
        for (name, value, expected) in [
            (
                MAX_EVENTS_PER_TRANSACTION,
                "0",
                "maxEventsPerTransaction of connection lineage.connection has the value 0",
            ),
            (MAX_EVENTS_PER_TRANSACTION, "10001", "not a whole number from 1 to 10000"),
            (MAX_EVENT_BYTES, "1k", "the value 1k"),
            (MAX_EVENT_BYTES, "100", "from 1024 to 67108864"),
            (CATALOG_SCHEMAS, "yes", "catalogSchemas of connection lineage.connection has the value yes"),
            (RECEIVE_PUBLISHED_EVENTS, "1", "receivePublishedEvents of connection lineage.connection"),
        ] {
            let connection = connection("127.0.0.1:0").with_configuration_property(name, value);
            let error = ReceiverConfig::from_connection(&connection).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::ConnectionChecked, "{error}");
            assert!(error.message().contains(expected), "{name}={value}: {error}");
            let problems = ReceiverConfig::property_problems(&connection);
            assert_eq!(problems.iter().map(|(name, _)| *name).collect::<Vec<_>>(), [name]);
        }
    }

    #[test]
    fn a_connection_without_an_address_is_refused() {
        let mut without = connection("127.0.0.1:0");
        without.endpoint = None;
        let error = ReceiverConfig::from_connection(&without).unwrap_err();
        assert_eq!(error.message_id(), "OMIS-OPENLINEAGE-RECEIVER-400-001");
        assert!(error.message().contains("lineage.connection"), "{error}");
        assert!(ReceiverConfig::property_problems(&without).is_empty(), "left to the endpoint check");
        let error = ReceiverConfig::from_connection(&connection("")).unwrap_err();
        assert_eq!(error.message_id(), "OMIS-OPENLINEAGE-RECEIVER-400-001", "an empty address is no address");
        let problems = ReceiverConfig::property_problems(&connection("nowhere"));
        assert_eq!(problems.iter().map(|(name, _)| *name).collect::<Vec<_>>(), ["endpoint.networkAddress"]);
    }
}
