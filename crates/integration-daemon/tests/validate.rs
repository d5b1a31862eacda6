//! `omis validate`: each bad-configuration case is caught with its file, line and field.

mod support;

use std::path::Path;

use integration_daemon::config::{self, ConfigProblem, LoadedConfig};
use support::{TestProvider, registry};

fn problems(text: &str) -> Vec<ConfigProblem> {
    let path = Path::new("conf/omis.toml");
    let config = match config::parse(path, text) {
        Ok(config) => config,
        Err(problems) => return problems,
    };
    let loaded = LoadedConfig { path: path.to_path_buf(), text: text.to_owned(), config };
    let (provider, _) = TestProvider::new("test.provider");
    config::validate(&loaded, &registry(vec![provider]))
}

/// The one problem a configuration has.
fn only(text: &str) -> ConfigProblem {
    let found = problems(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    found.into_iter().next().unwrap()
}

const GOOD: &str = r#"[daemon]
name = "d1"
listen = "127.0.0.1:9443"

[[daemon.users]]
userId = "garygeeke"
password = "secret"

[[connectors]]
connectorName = "First"
refreshTimeInterval = 60
permittedSynchronization = "FROM_THIRD_PARTY"

[connectors.connection]
provider = "test.provider"
configurationProperties = { colour = "blue" }

[[connectors]]
connectorName = "Second"
refreshTimeInterval = "90s"
startDate = "2026-01-01T00:00:00Z"
stopDate = "2027-01-01T00:00:00Z"

[connectors.connection]
provider = "test.provider"

[connectors.connection.configurationProperties]
colour = "red"
size = 3
"#;

#[test]
fn a_good_configuration_has_no_problems() {
    assert!(problems(GOOD).is_empty(), "{:#?}", problems(GOOD));
}

#[test]
fn an_unknown_provider_names_the_registered_ones() {
    let problem = only(&GOOD.replacen("provider = \"test.provider\"", "provider = \"test.provder\"", 1));
    assert_eq!(problem.line, Some(15));
    assert_eq!(problem.field, "connectors[0].connection.provider");
    assert!(problem.message.contains("test.provder") && problem.message.contains("registered: test.provider"));
    assert!(problem.to_string().starts_with("conf/omis.toml:15: connectors[0].connection.provider: "), "{problem}");
}

#[test]
fn an_unknown_field_is_refused_where_it_is() {
    let problem = only(&GOOD.replace("refreshTimeInterval = \"90s\"", "refreshInterval = \"90s\""));
    assert_eq!(problem.line, Some(20));
    assert_eq!(problem.field, "connectors[1].refreshInterval");
    assert!(problem.message.contains("unknown field"), "{problem}");
    let problem = only(&GOOD.replace("listen =", "listenAddress ="));
    assert_eq!((problem.line, problem.field.as_str()), (Some(3), "daemon.listenAddress"));
}

#[test]
fn a_missing_required_property_is_reported() {
    let problem = only(&GOOD.replace("colour = \"red\"\n", ""));
    assert_eq!(problem.field, "connectors[1].connection.configurationProperties.colour");
    assert_eq!(problem.line, Some(27), "the line of the properties table: {problem}");
    assert!(problem.message.contains("required configuration property colour"), "{problem}");
}

#[test]
fn an_unrecognized_property_suggests_the_close_one() {
    let problem = only(&GOOD.replace("size = 3", "sise = 3"));
    assert_eq!(problem.field, "connectors[1].connection.configurationProperties.sise");
    assert_eq!(problem.line, Some(29));
    assert!(problem.message.contains("did you mean size?"), "{problem}");
}

#[test]
fn bad_intervals_are_reported() {
    let problem = only(&GOOD.replace("refreshTimeInterval = 60", "refreshTimeInterval = -5"));
    assert_eq!((problem.line, problem.field.as_str()), (Some(11), "connectors[0].refreshTimeInterval"));
    assert!(problem.message.contains("negative"));
    let problem = only(&GOOD.replace("\"90s\"", "\"ninety\""));
    assert_eq!((problem.line, problem.field.as_str()), (Some(20), "connectors[1].refreshTimeInterval"));
    let problem = only(&GOOD.replace("refreshTimeInterval = 60", "refreshTimeInterval = true"));
    assert_eq!(problem.line, Some(11), "{problem}");
}

#[test]
fn bad_dates_directions_names_and_addresses_are_reported() {
    let problem = only(&GOOD.replace("2027-01-01T00:00:00Z", "2025-01-01T00:00:00Z"));
    assert_eq!((problem.line, problem.field.as_str()), (Some(22), "connectors[1].stopDate"));
    let problem = only(&GOOD.replace("2026-01-01T00:00:00Z", "next tuesday"));
    assert_eq!((problem.line, problem.field.as_str()), (Some(21), "connectors[1].startDate"));
    let problem = only(&GOOD.replace("\"FROM_THIRD_PARTY\"", "\"SIDEWAYS\""));
    assert_eq!((problem.line, problem.field.as_str()), (Some(12), "connectors[0].permittedSynchronization"));
    let problem = only(&GOOD.replace("\"Second\"", "\"First\""));
    assert_eq!((problem.line, problem.field.as_str()), (Some(19), "connectors[1].connectorName"));
    let problem = only(&GOOD.replace("127.0.0.1:9443", "localhost"));
    assert_eq!((problem.line, problem.field.as_str()), (Some(3), "daemon.listen"));
    let problem = only(&GOOD.replace("password = \"secret\"\n", ""));
    assert_eq!(problem.field, "daemon.users[0].password");
    let problem = only(
        &GOOD.replace("[daemon]\n", "[daemon]\nrepository = { sqlite = \"a.db\", postgres = \"postgresql://x\" }\n"),
    );
    assert_eq!(problem.field, "daemon.repository");
    let problem = only(&GOOD.replace("[daemon]\n", "[daemon]\nrepository = { server = \"http://metadata:9443\" }\n"));
    assert_eq!((problem.line, problem.field.as_str()), (Some(2), "daemon.repository.server"));
    assert!(problem.message.contains("remote metadata server"), "{problem}");
}

#[test]
fn several_problems_are_all_reported() {
    let text = GOOD
        .replace(
            "provider = \"test.provider\"\n\n[connectors.connection.configurationProperties]",
            "provider = \"nope\"\n\n[connectors.connection.configurationProperties]",
        )
        .replace("refreshTimeInterval = 60", "refreshTimeInterval = -1");
    let found = problems(&text);
    let fields: Vec<&str> = found.iter().map(|problem| problem.field.as_str()).collect();
    assert_eq!(fields, ["connectors[0].refreshTimeInterval", "connectors[1].connection.provider"], "{found:#?}");
}

#[test]
fn a_syntax_error_has_its_line() {
    let problem = only(&GOOD.replace("name = \"d1\"", "name = \"d1"));
    assert_eq!(problem.line, Some(2));
    assert_eq!(problem.field, "daemon");
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/omis-config.schema.json"))
        .expect("omis-config.schema.json is committed beside Cargo.toml");
    assert!(
        committed == config::json_schema(),
        "omis-config.schema.json is stale: run `cargo run -p integration-daemon -- config-schema > crates/integration-daemon/omis-config.schema.json`"
    );
}
