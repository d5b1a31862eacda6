//! The relational catalog's configuration, read from its connection: the database from
//! `endpoint.networkAddress` (with `userId` and `clearPassword`), the rest from
//! `configurationProperties`. A value the connector cannot use is refused with an error that names
//! the property, the connection and the value; it is never silently replaced by a default.

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use database_integrator::serde_json::Value;
use database_integrator::{Connection, OmisError, Result};
use regex::Regex;

use crate::error::{
    RELATIONAL_CATALOG_ADDRESS_MISSING, RELATIONAL_CATALOG_BAD_ADDRESS, RELATIONAL_CATALOG_BAD_BOOLEAN,
    RELATIONAL_CATALOG_BAD_NUMBER, RELATIONAL_CATALOG_BAD_PATTERN,
};

/// Configuration property: regular expressions; only schemas whose name one of them matches (as a
/// whole) are catalogued (default: every schema but the system ones).
pub const INCLUDE_SCHEMAS: &str = "includeSchemas";

/// Configuration property: regular expressions; schemas whose name one of them matches (as a whole)
/// are not catalogued.
pub const EXCLUDE_SCHEMAS: &str = "excludeSchemas";

/// Configuration property: regular expressions; only tables and views whose name or
/// `<schema>.<name>` one of them matches (as a whole) are catalogued (default: all).
pub const INCLUDE_TABLES: &str = "includeTables";

/// Configuration property: regular expressions; tables and views whose name or `<schema>.<name>`
/// one of them matches (as a whole) are not catalogued.
pub const EXCLUDE_TABLES: &str = "excludeTables";

/// Configuration property: catalog views (default `true`).
pub const INCLUDE_VIEWS: &str = "includeViews";

/// Configuration property: the qualified name of the `Database` element; the names of its schemas,
/// tables and columns start with it (default: the technology and the address, e.g.
/// `PostgreSQL::db1:5432::sales`).
pub const DATABASE_QUALIFIED_NAME: &str = "databaseQualifiedName";

/// Configuration property: how long to wait for the server to accept a connection, in seconds
/// (1 to 3600, default 10; not used by SQLite).
pub const CONNECT_TIMEOUT_SECONDS: &str = "connectTimeoutSeconds";

/// The configuration properties the connector recognizes.
pub const CONFIGURATION_PROPERTIES: [&str; 7] = [
    INCLUDE_SCHEMAS,
    EXCLUDE_SCHEMAS,
    INCLUDE_TABLES,
    EXCLUDE_TABLES,
    INCLUDE_VIEWS,
    DATABASE_QUALIFIED_NAME,
    CONNECT_TIMEOUT_SECONDS,
];

/// The default of [`CONNECT_TIMEOUT_SECONDS`].
pub const DEFAULT_CONNECT_TIMEOUT_SECONDS: u64 = 10;

/// The largest value of [`CONNECT_TIMEOUT_SECONDS`].
pub const MAX_CONNECT_TIMEOUT_SECONDS: u64 = 3600;

/// A database technology this crate catalogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Technology {
    /// PostgreSQL.
    PostgreSql,
    /// MariaDB or MySQL.
    MariaDb,
    /// SQLite.
    Sqlite,
}

impl Technology {
    /// Every technology.
    pub const ALL: [Technology; 3] = [Technology::PostgreSql, Technology::MariaDb, Technology::Sqlite];

    /// Its name in messages and qualified names: `PostgreSQL`, `MariaDB`, `SQLite`.
    pub fn name(self) -> &'static str {
        match self {
            Technology::PostgreSql => "PostgreSQL",
            Technology::MariaDb => "MariaDB",
            Technology::Sqlite => "SQLite",
        }
    }
}

impl fmt::Display for Technology {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Names allowed by include and exclude patterns: regular expressions that must match a whole
/// name. A name is allowed when no include pattern is given or one matches, and no exclude
/// pattern matches.
#[derive(Debug, Clone, Default)]
pub struct NamePatterns {
    include: Vec<Regex>,
    exclude: Vec<Regex>,
}

impl NamePatterns {
    /// Patterns from their text; the first one that is not a regular expression is the error.
    pub fn new(include: &[&str], exclude: &[&str]) -> std::result::Result<NamePatterns, (String, regex::Error)> {
        Ok(NamePatterns { include: compile(include)?, exclude: compile(exclude)? })
    }

    /// True when `name` is allowed.
    pub fn allows(&self, name: &str) -> bool {
        self.allows_any(&[name])
    }

    /// True when a table is allowed: the patterns are tried on its name and on `<schema>.<name>`.
    pub fn allows_table(&self, schema: &str, table: &str) -> bool {
        if self.include.is_empty() && self.exclude.is_empty() {
            return true;
        }
        self.allows_any(&[table, &format!("{schema}.{table}")])
    }

    fn allows_any(&self, names: &[&str]) -> bool {
        let matches = |patterns: &[Regex]| patterns.iter().any(|pattern| names.iter().any(|n| pattern.is_match(n)));
        (self.include.is_empty() || matches(&self.include)) && !matches(&self.exclude)
    }

    /// True when no pattern is given.
    pub fn is_empty(&self) -> bool {
        self.include.is_empty() && self.exclude.is_empty()
    }
}

fn compile(patterns: &[&str]) -> std::result::Result<Vec<Regex>, (String, regex::Error)> {
    patterns
        .iter()
        .map(|pattern| Regex::new(&format!("^(?:{pattern})$")).map_err(|error| ((*pattern).to_owned(), error)))
        .collect()
}

/// What a harvest keeps.
#[derive(Debug, Clone)]
pub struct CatalogFilter {
    /// The schemas catalogued.
    pub schemas: NamePatterns,
    /// The tables and views catalogued.
    pub tables: NamePatterns,
    /// Whether views are catalogued.
    pub include_views: bool,
}

impl Default for CatalogFilter {
    fn default() -> Self {
        CatalogFilter { schemas: NamePatterns::default(), tables: NamePatterns::default(), include_views: true }
    }
}

/// Where the database is, in the form its client takes.
#[derive(Clone)]
pub(crate) enum Source {
    Postgres(Box<postgres::Config>),
    MariaDb(Box<mysql::Opts>),
    Sqlite(PathBuf),
}

/// What a relational catalog catalogs and how.
#[derive(Clone)]
pub struct RelationalCatalogConfig {
    technology: Technology,
    source: Source,
    address: String,
    database_name: String,
    database_qualified_name: String,
    /// What is catalogued.
    pub filter: CatalogFilter,
}

impl fmt::Debug for RelationalCatalogConfig {
    /// Without the client's options: they hold the password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RelationalCatalogConfig")
            .field("technology", &self.technology)
            .field("address", &self.address)
            .field("database_name", &self.database_name)
            .field("database_qualified_name", &self.database_qualified_name)
            .field("filter", &self.filter)
            .finish_non_exhaustive()
    }
}

impl RelationalCatalogConfig {
    /// The configuration a connection gives for a technology, or the first thing wrong with it.
    pub fn from_connection(technology: Technology, connection: &Connection) -> Result<RelationalCatalogConfig> {
        let name = connection.name_for_messages();
        let address = connection
            .network_address()
            .filter(|address| !address.trim().is_empty())
            .ok_or_else(|| RELATIONAL_CATALOG_ADDRESS_MISSING.error(&[&name, &technology]))?;
        let timeout = Duration::from_secs(number(
            connection,
            CONNECT_TIMEOUT_SECONDS,
            DEFAULT_CONNECT_TIMEOUT_SECONDS,
            MAX_CONNECT_TIMEOUT_SECONDS,
        )?);
        let located = locate(technology, address.trim(), connection, timeout)?;
        let filter = CatalogFilter {
            schemas: patterns(connection, INCLUDE_SCHEMAS, EXCLUDE_SCHEMAS)?,
            tables: patterns(connection, INCLUDE_TABLES, EXCLUDE_TABLES)?,
            include_views: boolean(connection, INCLUDE_VIEWS, true)?,
        };
        let database_qualified_name = connection
            .string_property(DATABASE_QUALIFIED_NAME)
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty())
            .unwrap_or(located.qualified_name);
        Ok(RelationalCatalogConfig {
            technology,
            source: located.source,
            address: redact_address(address.trim()),
            database_name: located.database_name,
            database_qualified_name,
            filter,
        })
    }

    /// What is wrong with a connection, by field: `endpoint.networkAddress` or a property.
    pub(crate) fn problems(technology: Technology, connection: &Connection) -> Vec<(String, OmisError)> {
        let mut problems = Vec::new();
        let timeout = match number(
            connection,
            CONNECT_TIMEOUT_SECONDS,
            DEFAULT_CONNECT_TIMEOUT_SECONDS,
            MAX_CONNECT_TIMEOUT_SECONDS,
        ) {
            Ok(seconds) => Duration::from_secs(seconds),
            Err(error) => {
                problems.push((CONNECT_TIMEOUT_SECONDS.to_owned(), error));
                Duration::from_secs(DEFAULT_CONNECT_TIMEOUT_SECONDS)
            }
        };
        // A missing address is the provider's default check.
        if let Some(address) = connection.network_address().filter(|address| !address.trim().is_empty())
            && let Err(error) = locate(technology, address.trim(), connection, timeout)
        {
            problems.push(("endpoint.networkAddress".to_owned(), error));
        }
        for (include, exclude) in [(INCLUDE_SCHEMAS, EXCLUDE_SCHEMAS), (INCLUDE_TABLES, EXCLUDE_TABLES)] {
            for name in [include, exclude] {
                if let Err(error) = pattern_list(connection, name) {
                    problems.push((name.to_owned(), error));
                }
            }
        }
        if let Err(error) = boolean(connection, INCLUDE_VIEWS, true) {
            problems.push((INCLUDE_VIEWS.to_owned(), error));
        }
        problems
    }

    /// The technology.
    pub fn technology(&self) -> Technology {
        self.technology
    }

    /// The address, for messages: a URL without its password, or the SQLite file's absolute path.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The database's name: PostgreSQL's database, MariaDB's `host:port`, the SQLite file's name.
    pub fn database_name(&self) -> &str {
        &self.database_name
    }

    /// The qualified name of the `Database` element (and the synchronizer's scope).
    pub fn database_qualified_name(&self) -> &str {
        &self.database_qualified_name
    }

    /// The SQLite file (for SQLite only).
    pub fn sqlite_path(&self) -> Option<&Path> {
        match &self.source {
            Source::Sqlite(path) => Some(path),
            _ => None,
        }
    }

    pub(crate) fn source(&self) -> &Source {
        &self.source
    }
}

/// What an address gives: the client's options, the database's name and default qualified name.
struct Located {
    source: Source,
    database_name: String,
    qualified_name: String,
}

fn locate(technology: Technology, address: &str, connection: &Connection, timeout: Duration) -> Result<Located> {
    let bad = |reason: &dyn fmt::Display| {
        RELATIONAL_CATALOG_BAD_ADDRESS
            .error(&[&redact_address(address), &connection.name_for_messages(), &technology, reason])
            .with_parameter_name("endpoint.networkAddress")
    };
    let user = connection.user_id.as_deref().filter(|user| !user.is_empty());
    let password = connection.clear_password.as_deref();
    match technology {
        Technology::PostgreSql => {
            if !(address.starts_with("postgresql://") || address.starts_with("postgres://") || address.contains('=')) {
                return Err(bad(&"write postgresql://[user@]host[:port][/database]"));
            }
            let mut config = postgres::Config::from_str(address).map_err(|error| bad(&error))?;
            if let Some(user) = user {
                config.user(user);
            }
            if let Some(password) = password {
                config.password(password);
            }
            config.connect_timeout(timeout);
            config.application_name("omis relational-catalog");
            let host = match config.get_hosts().first() {
                Some(postgres::config::Host::Tcp(host)) => host.clone(),
                Some(postgres::config::Host::Unix(path)) => path.display().to_string(),
                None => return Err(bad(&"it names no host")),
            };
            let port = config.get_ports().first().copied().unwrap_or(5432);
            let database = config.get_dbname().or(config.get_user()).unwrap_or("postgres").to_owned();
            Ok(Located {
                qualified_name: format!("PostgreSQL::{host}:{port}::{database}"),
                database_name: database,
                source: Source::Postgres(Box::new(config)),
            })
        }
        Technology::MariaDb => {
            let url = match address.strip_prefix("mariadb://") {
                Some(rest) => format!("mysql://{rest}"),
                None if address.starts_with("mysql://") => address.to_owned(),
                None => return Err(bad(&"write mysql://[user@]host[:port] (or mariadb://...)")),
            };
            let opts = mysql::Opts::from_url(&url).map_err(|error| bad(&error))?;
            let mut builder = mysql::OptsBuilder::from_opts(opts);
            if let Some(user) = user {
                builder = builder.user(Some(user));
            }
            if let Some(password) = password {
                builder = builder.pass(Some(password));
            }
            let opts: mysql::Opts = builder.tcp_connect_timeout(Some(timeout)).prefer_socket(false).into();
            let server = format!("{}:{}", opts.get_ip_or_hostname(), opts.get_tcp_port());
            Ok(Located {
                qualified_name: format!("MariaDB::{server}"),
                database_name: server,
                source: Source::MariaDb(Box::new(opts)),
            })
        }
        Technology::Sqlite => {
            let path =
                ["file://", "sqlite://"].iter().find_map(|prefix| address.strip_prefix(prefix)).unwrap_or(address);
            if path.contains("://") {
                return Err(bad(&"write the path of the database file"));
            }
            let absolute = std::path::absolute(path).map_err(|error| bad(&error))?;
            // `components` drops `.` segments and a trailing separator.
            let absolute: PathBuf = absolute.components().collect();
            let text = absolute.to_str().ok_or_else(|| bad(&"the path is not valid UTF-8"))?.to_owned();
            let file_name = absolute.file_name().map_or_else(|| text.clone(), |name| name.to_string_lossy().into());
            Ok(Located {
                qualified_name: format!("SQLite::{text}"),
                database_name: file_name,
                source: Source::Sqlite(absolute),
            })
        }
    }
}

/// An address for messages: the password of a URL (`scheme://user:password@...`) or of a
/// PostgreSQL key/value string (`password=...`) replaced by `****`.
pub fn redact_address(address: &str) -> String {
    static PASSWORD: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)").expect("a valid regular expression")
    });
    if let Some((scheme, rest)) = address.split_once("://") {
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        if let Some(at) = rest[..authority_end].rfind('@')
            && let Some(colon) = rest[..at].find(':')
        {
            return format!("{scheme}://{}:****{}", &rest[..colon], &rest[at..]);
        }
        return address.to_owned();
    }
    PASSWORD.replace_all(address, "${1}****").into_owned()
}

/// Include and exclude patterns from two properties.
fn patterns(connection: &Connection, include: &str, exclude: &str) -> Result<NamePatterns> {
    let included = pattern_list(connection, include)?;
    let excluded = pattern_list(connection, exclude)?;
    Ok(NamePatterns { include: included, exclude: excluded })
}

/// The regular expressions of a property: a JSON array of strings, or one string of
/// comma-separated expressions (each trimmed; blank ones are ignored).
fn pattern_list(connection: &Connection, name: &str) -> Result<Vec<Regex>> {
    let bad = |value: &dyn fmt::Display, reason: &dyn fmt::Display| {
        RELATIONAL_CATALOG_BAD_PATTERN
            .error(&[&name, &connection.name_for_messages(), value, reason])
            .with_parameter_name(name)
    };
    let texts: Vec<String> = match connection.configuration_properties.get(name) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::String(text)) => text.split(',').map(|part| part.trim().to_owned()).collect(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| match item {
                Value::String(text) => Ok(text.trim().to_owned()),
                other => Err(bad(other, &"every item must be a string")),
            })
            .collect::<Result<_>>()?,
        Some(other) => return Err(bad(other, &"it must be an array of strings or a string")),
    };
    let texts: Vec<&str> = texts.iter().map(String::as_str).filter(|text| !text.is_empty()).collect();
    compile(&texts).map_err(|(pattern, error)| bad(&pattern, &error))
}

/// A boolean property: `true` or `false` (a JSON boolean, or a string in any case); `default` when
/// absent.
fn boolean(connection: &Connection, name: &str, default: bool) -> Result<bool> {
    let Some(text) = connection.string_property(name) else { return Ok(default) };
    match text.trim().to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(RELATIONAL_CATALOG_BAD_BOOLEAN
            .error(&[&name, &connection.name_for_messages(), &text])
            .with_parameter_name(name)),
    }
}

/// A whole number from 1 to `limit` (a JSON number or a string of digits); `default` when absent.
fn number(connection: &Connection, name: &str, default: u64, limit: u64) -> Result<u64> {
    let Some(text) = connection.string_property(name) else { return Ok(default) };
    match text.trim().parse::<u64>() {
        Ok(value) if (1..=limit).contains(&value) => Ok(value),
        _ => Err(RELATIONAL_CATALOG_BAD_NUMBER
            .error(&[&name, &connection.name_for_messages(), &text, &1, &limit])
            .with_parameter_name(name)),
    }
}

#[cfg(test)]
mod tests {
    use database_integrator::{Endpoint, ErrorKind};

    use super::*;

    fn connection(address: &str) -> Connection {
        let mut connection = Connection::for_provider("omis.database.postgres");
        connection.qualified_name = Some("sales.connection".into());
        connection.endpoint = Some(Endpoint::at(address));
        connection
    }

    #[test]
    fn postgres_addresses_name_the_database() {
        let config =
            RelationalCatalogConfig::from_connection(Technology::PostgreSql, &connection("postgresql://db1/sales"))
                .unwrap();
        assert_eq!(config.database_qualified_name(), "PostgreSQL::db1:5432::sales");
        assert_eq!(config.database_name(), "sales");
        assert!(config.filter.include_views && config.filter.schemas.is_empty() && config.filter.tables.is_empty());

        let mut with_login = connection("postgresql://reader:s3cret@db1:5433");
        with_login.user_id = Some("cataloguer".into());
        with_login.clear_password = Some("hunter2".into());
        let config = RelationalCatalogConfig::from_connection(Technology::PostgreSql, &with_login).unwrap();
        assert_eq!(config.database_qualified_name(), "PostgreSQL::db1:5433::cataloguer", "the user's database");
        assert_eq!(config.address(), "postgresql://reader:****@db1:5433");
        let Source::Postgres(client) = config.source() else { panic!("a PostgreSQL source") };
        assert_eq!(client.get_user(), Some("cataloguer"), "the connection's userId wins");
        assert_eq!(client.get_password(), Some("hunter2".as_bytes()));
        assert_eq!(client.get_connect_timeout(), Some(&Duration::from_secs(10)));
        let debug = format!("{config:?}");
        assert!(!debug.contains("hunter2") && !debug.contains("s3cret"), "{debug}");

        let keywords = connection("host=db2 port=6000 dbname=hr password=pw");
        let config = RelationalCatalogConfig::from_connection(Technology::PostgreSql, &keywords).unwrap();
        assert_eq!(config.database_qualified_name(), "PostgreSQL::db2:6000::hr");
        assert_eq!(config.address(), "host=db2 port=6000 dbname=hr password=****");
    }

    #[test]
    fn mariadb_and_sqlite_addresses() {
        let config = RelationalCatalogConfig::from_connection(
            Technology::MariaDb,
            &connection("mysql://root@127.0.0.1:3306/test"),
        )
        .unwrap();
        assert_eq!(config.database_qualified_name(), "MariaDB::127.0.0.1:3306");
        assert_eq!(config.database_name(), "127.0.0.1:3306");
        let config =
            RelationalCatalogConfig::from_connection(Technology::MariaDb, &connection("mariadb://u:pw@db3")).unwrap();
        assert_eq!(config.database_qualified_name(), "MariaDB::db3:3306");
        assert_eq!(config.address(), "mariadb://u:****@db3");

        let config =
            RelationalCatalogConfig::from_connection(Technology::Sqlite, &connection("file:///data/./shop.db"))
                .unwrap();
        assert_eq!(config.database_qualified_name(), "SQLite::/data/shop.db");
        assert_eq!(config.database_name(), "shop.db");
        assert_eq!(config.sqlite_path(), Some(Path::new("/data/shop.db")));

        let named = connection("/data/shop.db").with_configuration_property(DATABASE_QUALIFIED_NAME, " Shop ");
        let config = RelationalCatalogConfig::from_connection(Technology::Sqlite, &named).unwrap();
        assert_eq!(config.database_qualified_name(), "Shop");
    }

    #[test]
    fn addresses_of_another_technology_are_refused() {
        for (technology, address, expected) in [
            (Technology::PostgreSql, "mysql://db/x", "write postgresql://"),
            (Technology::PostgreSql, "postgresql://db:notaport/x", "is not a PostgreSQL address"),
            (Technology::MariaDb, "postgresql://db/x", "write mysql://"),
            (Technology::MariaDb, "mysql://db:port", "is not a MariaDB address"),
            (Technology::Sqlite, "postgresql://db/x", "write the path"),
        ] {
            let error = RelationalCatalogConfig::from_connection(technology, &connection(address)).unwrap_err();
            assert_eq!(error.message_id(), "OMIS-RELATIONAL-CATALOG-400-002", "{address}: {error}");
            assert!(error.message().contains(expected), "{address}: {error}");
            assert!(error.message().contains("sales.connection"), "{error}");
        }
        let mut without = connection("x");
        without.endpoint = None;
        let error = RelationalCatalogConfig::from_connection(Technology::Sqlite, &without).unwrap_err();
        assert_eq!(error.message_id(), "OMIS-RELATIONAL-CATALOG-400-001");
    }

    #[test]
    fn patterns_match_whole_names() {
        let patterns = NamePatterns::new(&["sales.*", "hr"], &["sales_tmp"]).unwrap();
        assert!(patterns.allows("sales") && patterns.allows("sales_eu") && patterns.allows("hr"));
        assert!(!patterns.allows("sales_tmp") && !patterns.allows("hr2") && !patterns.allows("xhr"));
        assert!(NamePatterns::default().allows("anything"));
        let tables = NamePatterns::new(&[], &["audit", "hr\\.salaries"]).unwrap();
        assert!(!tables.allows_table("sales", "audit") && !tables.allows_table("hr", "salaries"));
        assert!(tables.allows_table("sales", "salaries"));
        assert_eq!(NamePatterns::new(&["("], &[]).unwrap_err().0, "(");
    }

    #[test]
    fn pattern_properties_take_arrays_or_comma_separated_text() {
        let configured = connection("/data/shop.db")
            .with_configuration_property(INCLUDE_SCHEMAS, "main, aux ,")
            .with_configuration_property(EXCLUDE_TABLES, Value::Array(vec!["tmp_.{1,3}".into(), "log".into()]))
            .with_configuration_property(INCLUDE_VIEWS, "FALSE");
        let config = RelationalCatalogConfig::from_connection(Technology::Sqlite, &configured).unwrap();
        assert!(config.filter.schemas.allows("main") && config.filter.schemas.allows("aux"));
        assert!(!config.filter.schemas.allows("temp"));
        assert!(!config.filter.tables.allows_table("main", "tmp_ab") && !config.filter.tables.allows_table("m", "log"));
        assert!(config.filter.tables.allows_table("main", "tmp_abcd"));
        assert!(!config.filter.include_views);
    }

    #[test]
    fn values_it_cannot_use_are_refused_with_the_connection_and_the_value() {
        for (name, value, expected) in [
            (INCLUDE_SCHEMAS, Value::from("sales, ("), "holds (, which is not a list of regular expressions"),
            (EXCLUDE_TABLES, Value::from(12), "holds 12, which is not"),
            (INCLUDE_TABLES, Value::Array(vec![Value::from(true)]), "every item must be a string"),
            (INCLUDE_VIEWS, Value::from("yes"), "has the value yes, which is neither true nor false"),
            (CONNECT_TIMEOUT_SECONDS, Value::from(0), "has the value 0, which is not a whole number from 1 to 3600"),
            (CONNECT_TIMEOUT_SECONDS, Value::from("soon"), "the value soon"),
        ] {
            let configured = connection("postgresql://db1/sales").with_configuration_property(name, value.clone());
            let error = RelationalCatalogConfig::from_connection(Technology::PostgreSql, &configured).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::ConnectionChecked, "{error}");
            assert!(error.message().contains(expected), "{name}={value}: {error}");
            assert!(error.message().contains(name) && error.message().contains("sales.connection"), "{error}");
            let problems = RelationalCatalogConfig::problems(Technology::PostgreSql, &configured);
            assert_eq!(problems.iter().map(|(field, _)| field.as_str()).collect::<Vec<_>>(), [name]);
        }
    }

    #[test]
    fn addresses_lose_their_passwords_in_messages() {
        assert_eq!(redact_address("postgresql://u:p@h:1/d?x=y"), "postgresql://u:****@h:1/d?x=y");
        assert_eq!(redact_address("mysql://u:p@ss@h"), "mysql://u:****@h");
        assert_eq!(redact_address("mysql://u@h/d"), "mysql://u@h/d");
        assert_eq!(redact_address("host=h password = secret user=u"), "host=h password = **** user=u");
        assert_eq!(redact_address("/data/shop.db"), "/data/shop.db");
    }
}
