//! The OpenAPI cataloguer's configuration, read from its connection: the source from
//! `endpoint.networkAddress`, the limits from `configurationProperties`. A value the connector
//! cannot use is refused with an error that names the property, the connection and the value.

use std::path::{Path, PathBuf};
use std::time::Duration;

use api_integrator::{Connection, OmisError, Result};

use crate::error::{OPENAPI_BAD_ADDRESS, OPENAPI_BAD_NUMBER, OPENAPI_HTTPS_UNSUPPORTED, OPENAPI_SOURCE_MISSING};
use crate::openapi::Limits;

/// Configuration property: seconds to wait for an http source (connecting and reading), default
/// [`DEFAULT_TIMEOUT_SECONDS`], 1 to 3600.
pub const TIMEOUT_SECONDS: &str = "timeoutSeconds";

/// Configuration property: the largest document read, in bytes (default
/// [`DEFAULT_MAX_DOCUMENT_BYTES`], 1 to 268435456); a larger one is not catalogued.
pub const MAX_DOCUMENT_BYTES: &str = "maxDocumentBytes";

/// Configuration property: how many levels of parameters a list holds (default
/// [`DEFAULT_MAX_SCHEMA_DEPTH`], 1 to 64): 1 catalogues the parameters, request body and
/// responses alone, 2 also their properties, and so on.
pub const MAX_SCHEMA_DEPTH: &str = "maxSchemaDepth";

/// Configuration property: the most parameters one document may give (default
/// [`DEFAULT_MAX_PARAMETERS`], 1 to 1000000); a document with more is not catalogued.
pub const MAX_PARAMETERS: &str = "maxParametersPerDocument";

/// The configuration properties the connector recognizes.
pub const CONFIGURATION_PROPERTIES: [&str; 4] = [TIMEOUT_SECONDS, MAX_DOCUMENT_BYTES, MAX_SCHEMA_DEPTH, MAX_PARAMETERS];

/// The default of [`TIMEOUT_SECONDS`].
pub const DEFAULT_TIMEOUT_SECONDS: u64 = 30;
/// The default of [`MAX_DOCUMENT_BYTES`]: 16 MiB.
pub const DEFAULT_MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;
/// The default of [`MAX_SCHEMA_DEPTH`].
pub const DEFAULT_MAX_SCHEMA_DEPTH: usize = 10;
/// The default of [`MAX_PARAMETERS`].
pub const DEFAULT_MAX_PARAMETERS: usize = 20_000;

/// Where the documents come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A document file or a folder of documents (which, is seen at each refresh): an absolute path.
    Path(PathBuf),
    /// An http URL of one document.
    Url(String),
}

/// What an OpenAPI cataloguer catalogs and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenApiCatalogConfig {
    source: Source,
    /// The source as text: the path or the URL.
    source_name: String,
    /// See [`TIMEOUT_SECONDS`].
    pub timeout: Duration,
    /// See [`MAX_DOCUMENT_BYTES`].
    pub max_document_bytes: usize,
    /// See [`MAX_SCHEMA_DEPTH`].
    pub max_schema_depth: usize,
    /// See [`MAX_PARAMETERS`].
    pub max_parameters: usize,
}

impl OpenApiCatalogConfig {
    /// The configuration for a source (a path or an http:// URL) with the defaults.
    pub fn new(address: &str) -> Result<OpenApiCatalogConfig> {
        OpenApiCatalogConfig::with_source(address, "<none>")
    }

    /// The configuration a connection gives, or the first thing wrong with it.
    pub fn from_connection(connection: &Connection) -> Result<OpenApiCatalogConfig> {
        let name = connection.name_for_messages();
        let address = connection.network_address().ok_or_else(|| OPENAPI_SOURCE_MISSING.error(&[&name]))?;
        let mut config = OpenApiCatalogConfig::with_source(address, name)?;
        config.timeout = Duration::from_secs(number(connection, TIMEOUT_SECONDS, DEFAULT_TIMEOUT_SECONDS, 3600)?);
        config.max_document_bytes = number(connection, MAX_DOCUMENT_BYTES, DEFAULT_MAX_DOCUMENT_BYTES, 256 << 20)?;
        config.max_schema_depth = number(connection, MAX_SCHEMA_DEPTH, DEFAULT_MAX_SCHEMA_DEPTH, 64)?;
        config.max_parameters = number(connection, MAX_PARAMETERS, DEFAULT_MAX_PARAMETERS, 1_000_000)?;
        Ok(config)
    }

    /// What is wrong with a connection's source and configuration properties, by field (a missing
    /// source is left to the provider's endpoint check).
    pub(crate) fn problems(connection: &Connection) -> Vec<(&'static str, OmisError)> {
        let mut problems = Vec::new();
        if let Some(address) = connection.network_address()
            && let Err(error) = OpenApiCatalogConfig::with_source(address, connection.name_for_messages())
        {
            problems.push(("endpoint.networkAddress", error));
        }
        let checks: [(&'static str, Option<OmisError>); 4] = [
            (TIMEOUT_SECONDS, number(connection, TIMEOUT_SECONDS, DEFAULT_TIMEOUT_SECONDS, 3600).err()),
            (MAX_DOCUMENT_BYTES, number(connection, MAX_DOCUMENT_BYTES, DEFAULT_MAX_DOCUMENT_BYTES, 256 << 20).err()),
            (MAX_SCHEMA_DEPTH, number(connection, MAX_SCHEMA_DEPTH, DEFAULT_MAX_SCHEMA_DEPTH, 64).err()),
            (MAX_PARAMETERS, number(connection, MAX_PARAMETERS, DEFAULT_MAX_PARAMETERS, 1_000_000).err()),
        ];
        problems.extend(checks.into_iter().filter_map(|(name, error)| error.map(|error| (name, error))));
        problems
    }

    fn with_source(address: &str, connection_name: &str) -> Result<OpenApiCatalogConfig> {
        let address = address.trim();
        if address.is_empty() {
            return Err(OPENAPI_SOURCE_MISSING.error(&[&connection_name]));
        }
        let bad = |reason: &dyn std::fmt::Display| {
            OPENAPI_BAD_ADDRESS.error(&[&connection_name, &address, reason]).with_parameter_name("networkAddress")
        };
        let scheme = address.split_once("://").map(|(scheme, _)| scheme.to_ascii_lowercase());
        let (source, source_name) = match scheme.as_deref() {
            Some("https") => {
                return Err(OPENAPI_HTTPS_UNSUPPORTED
                    .error(&[&connection_name, &address])
                    .with_parameter_name("networkAddress"));
            }
            Some("http") => {
                let url = reqwest::Url::parse(address).map_err(|error| bad(&error))?;
                if url.host_str().is_none_or(str::is_empty) {
                    return Err(bad(&"the URL has no host"));
                }
                (Source::Url(url.to_string()), url.to_string())
            }
            Some("file") => {
                let path = &address["file://".len()..];
                let path = path.strip_prefix("localhost").filter(|rest| rest.starts_with('/')).unwrap_or(path);
                path_source(path).map_err(|reason| bad(&reason))?
            }
            Some(other) => {
                return Err(bad(&format!("{other}:// is not a scheme it reads (file paths and http:// are)")));
            }
            None => path_source(address).map_err(|reason| bad(&reason))?,
        };
        Ok(OpenApiCatalogConfig {
            source,
            source_name,
            timeout: Duration::from_secs(DEFAULT_TIMEOUT_SECONDS),
            max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
            max_schema_depth: DEFAULT_MAX_SCHEMA_DEPTH,
            max_parameters: DEFAULT_MAX_PARAMETERS,
        })
    }

    /// Where the documents come from.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// The source as text: the absolute path, or the URL.
    pub fn source_name(&self) -> &str {
        &self.source_name
    }

    /// How far documents are read.
    pub fn limits(&self) -> Limits {
        Limits { max_schema_depth: self.max_schema_depth, max_parameters: self.max_parameters }
    }
}

/// A path made absolute, without `.` segments or a trailing separator.
fn path_source(address: &str) -> std::result::Result<(Source, String), String> {
    let absolute = std::path::absolute(Path::new(address)).map_err(|error| error.to_string())?;
    let path: PathBuf = absolute.components().collect();
    let name = path.to_str().ok_or("the path is not valid UTF-8")?.to_owned();
    Ok((Source::Path(path), name))
}

/// A whole number from 1 to `limit` (a JSON number or a string of digits); `default` when absent.
fn number<T>(connection: &Connection, name: &str, default: T, limit: T) -> Result<T>
where
    T: std::str::FromStr + PartialOrd + From<u8> + std::fmt::Display + Copy,
{
    let Some(text) = connection.string_property(name) else { return Ok(default) };
    match text.trim().parse::<T>() {
        Ok(value) if value >= T::from(1) && value <= limit => Ok(value),
        _ => Err(OPENAPI_BAD_NUMBER
            .error(&[&name, &connection.name_for_messages(), &text, &1, &limit])
            .with_parameter_name(name)),
    }
}

#[cfg(test)]
mod tests {
    use api_integrator::{Endpoint, ErrorKind};

    use super::*;

    fn connection(address: &str) -> Connection {
        let mut connection = Connection::for_provider("omis.api.openapi");
        connection.qualified_name = Some("apis.connection".into());
        connection.endpoint = Some(Endpoint::at(address));
        connection
    }

    #[test]
    fn defaults_apply_when_nothing_is_configured() {
        let config = OpenApiCatalogConfig::from_connection(&connection("/srv/apis/")).unwrap();
        assert_eq!(config.source(), &Source::Path(PathBuf::from("/srv/apis")));
        assert_eq!(config.source_name(), "/srv/apis");
        assert_eq!(config.timeout, Duration::from_secs(30));
        assert_eq!(config.max_document_bytes, 16 * 1024 * 1024);
        assert_eq!(config.limits(), Limits { max_schema_depth: 10, max_parameters: 20_000 });
        assert_eq!(config, OpenApiCatalogConfig::new("file:///srv/./apis").unwrap());
        assert_eq!(config, OpenApiCatalogConfig::new("file://localhost/srv/apis").unwrap());
    }

    #[test]
    fn sources_are_paths_or_http_urls() {
        let config = OpenApiCatalogConfig::new("http://127.0.0.1:8080/v3/api-docs").unwrap();
        assert_eq!(config.source(), &Source::Url("http://127.0.0.1:8080/v3/api-docs".into()));
        assert_eq!(OpenApiCatalogConfig::new("HTTP://Example.com").unwrap().source_name(), "http://example.com/");
        let relative = OpenApiCatalogConfig::new("apis/petstore.yaml").unwrap();
        assert!(relative.source_name().ends_with("/apis/petstore.yaml") && relative.source_name().starts_with('/'));

        let error = OpenApiCatalogConfig::new("https://api.example.com/openapi.json").unwrap_err();
        assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-400-003");
        assert!(error.message().contains("without TLS"), "{error}");
        let error = OpenApiCatalogConfig::new("ftp://example.com/a.yaml").unwrap_err();
        assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-400-004");
        assert!(error.message().contains("ftp:// is not a scheme"), "{error}");
        assert_eq!(OpenApiCatalogConfig::new("http://").unwrap_err().message_id(), "OMIS-OPENAPI-CATALOG-400-004");
        assert_eq!(OpenApiCatalogConfig::new("  ").unwrap_err().message_id(), "OMIS-OPENAPI-CATALOG-400-001");
    }

    #[test]
    fn numbers_are_read_as_json_or_as_text() {
        let configured = connection("/srv/apis")
            .with_configuration_property(TIMEOUT_SECONDS, 5)
            .with_configuration_property(MAX_DOCUMENT_BYTES, "1024")
            .with_configuration_property(MAX_SCHEMA_DEPTH, " 3 ")
            .with_configuration_property(MAX_PARAMETERS, 500);
        let config = OpenApiCatalogConfig::from_connection(&configured).unwrap();
        assert_eq!(config.timeout, Duration::from_secs(5));
        assert_eq!(config.max_document_bytes, 1024);
        assert_eq!(config.limits(), Limits { max_schema_depth: 3, max_parameters: 500 });
        assert!(OpenApiCatalogConfig::problems(&configured).is_empty());
    }

    #[test]
    fn values_it_cannot_use_are_refused_with_the_connection_and_the_value() {
        for (name, value, expected) in [
            (
                TIMEOUT_SECONDS,
                "0",
                "timeoutSeconds of connection apis.connection has the value 0, which is not a whole number from 1 to 3600",
            ),
            (TIMEOUT_SECONDS, "3601", "the value 3601"),
            (MAX_DOCUMENT_BYTES, "16MB", "the value 16MB, which is not a whole number from 1 to 268435456"),
            (MAX_SCHEMA_DEPTH, "65", "maxSchemaDepth of connection apis.connection has the value 65"),
            (MAX_PARAMETERS, "-1", "maxParametersPerDocument of connection apis.connection has the value -1"),
        ] {
            let connection = connection("/srv/apis").with_configuration_property(name, value);
            let error = OpenApiCatalogConfig::from_connection(&connection).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::ConnectionChecked, "{error}");
            assert_eq!(error.message_id(), "OMIS-OPENAPI-CATALOG-400-002");
            assert!(error.message().contains(expected), "{name}={value}: {error}");
            let problems = OpenApiCatalogConfig::problems(&connection);
            assert_eq!(problems.iter().map(|(name, _)| *name).collect::<Vec<_>>(), [name]);
        }
        let https = connection("https://api.example.com/openapi.yaml");
        let problems = OpenApiCatalogConfig::problems(&https);
        assert_eq!(problems.iter().map(|(name, _)| *name).collect::<Vec<_>>(), ["endpoint.networkAddress"]);
    }
}
