//! The `omis` command line.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use integration_daemon_api::{
    ConnectorRegistry, ElementQuery, IntegrationConnectorReport, Paging, RequestContext, SearchString,
};

use crate::api::{ApiState, router, tokens_of};
use crate::config::{self, LoadedConfig};
use crate::daemon::{Daemon, DaemonOptions, StartError, describe_repository, open_repository};
use crate::host::ConnectorState;

/// The usage text.
pub const USAGE: &str = "\
omis: the omis integration daemon

Usage:
  omis run CONFIG [--once]        run the daemon (--once: refresh every connector once, print a report, exit)
  omis validate CONFIG            check a configuration; every problem with file, line and field
  omis status [CLIENT]            the status of a running daemon's connectors
  omis refresh [NAME] [CLIENT]    refresh one connector, or all
  omis restart NAME [CLIENT]      restart a connector
  omis search TEXT [--config CONFIG]  search the repository (regular expression; case-insensitive)
  omis connectors                 the registered connector providers and their configuration properties
  omis config-schema              the JSON schema of the configuration file

CLIENT: --config CONFIG (the daemon's address and first user), or --url URL --user USER --password PASSWORD.
CONFIG defaults to $OMIS_CONFIG, then omis.toml.
Logging: --log-format text|json (default text), RUST_LOG=debug for more.
";

/// A command-line failure: the message and the exit status.
#[derive(Debug)]
pub struct CliError {
    /// What to print.
    pub message: String,
    /// The exit status.
    pub code: i32,
}

impl CliError {
    fn usage(message: impl Into<String>) -> CliError {
        CliError { message: format!("{}\n\n{USAGE}", message.into()), code: 2 }
    }

    fn failed(message: impl Into<String>) -> CliError {
        CliError { message: message.into(), code: 1 }
    }
}

/// Parsed arguments: positionals and `--flag [value]` options.
#[derive(Debug, Default)]
struct Args {
    positional: Vec<String>,
    options: Vec<(String, Option<String>)>,
}

const SWITCHES: &[&str] = &["--once", "--help", "-h"];

impl Args {
    fn parse(args: &[String]) -> Result<Args, CliError> {
        let mut parsed = Args::default();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            if let Some((flag, value)) = arg.split_once('=').filter(|_| arg.starts_with("--")) {
                parsed.options.push((flag.to_owned(), Some(value.to_owned())));
            } else if SWITCHES.contains(&arg.as_str()) {
                parsed.options.push((arg.clone(), None));
            } else if arg.starts_with("--") {
                let value = iter.next().ok_or_else(|| CliError::usage(format!("{arg} needs a value")))?;
                parsed.options.push((arg.clone(), Some(value.clone())));
            } else {
                parsed.positional.push(arg.clone());
            }
        }
        Ok(parsed)
    }

    fn flag(&self, name: &str) -> bool {
        self.options.iter().any(|(flag, _)| flag == name)
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.options.iter().find(|(flag, _)| flag == name).and_then(|(_, value)| value.as_deref())
    }

    fn check(&self, allowed: &[&str]) -> Result<(), CliError> {
        for (flag, _) in &self.options {
            if !allowed.contains(&flag.as_str()) && !["--log-format", "--log-level"].contains(&flag.as_str()) {
                return Err(CliError::usage(format!("unknown option {flag}")));
            }
        }
        Ok(())
    }
}

/// Sets up logging: readable text by default, JSON with `--log-format json`.
pub fn init_logging(args: &[String], default_level: &str) {
    let parsed = Args::parse(args).unwrap_or_default();
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(parsed.value("--log-level").unwrap_or(default_level)));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = if parsed.value("--log-format") == Some("json") {
        builder.json().try_init()
    } else {
        // Readable: time, level and the message; the structured fields are for --log-format json.
        let message_only = tracing_subscriber::fmt::format::debug_fn(|writer, field, value| {
            if field.name() == "message" { write!(writer, "{value:?}") } else { Ok(()) }
        });
        builder
            .with_target(false)
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .fmt_fields(message_only)
            .try_init()
    };
}

/// Runs one command; returns the exit status.
pub async fn main(args: Vec<String>, registry: ConnectorRegistry) -> Result<i32, CliError> {
    let Some(command) = args.first().cloned() else {
        return Err(CliError::usage("no command given"));
    };
    let rest = Args::parse(&args[1..])?;
    if rest.flag("--help") || rest.flag("-h") || command == "help" || command == "--help" || command == "-h" {
        print!("{USAGE}");
        return Ok(0);
    }
    match command.as_str() {
        "run" => {
            rest.check(&["--once"])?;
            run(&config_path(rest.positional.first().map(String::as_str)), rest.flag("--once"), registry).await
        }
        "validate" => {
            rest.check(&[])?;
            validate(&config_path(rest.positional.first().map(String::as_str)), &registry)
        }
        "status" => {
            rest.check(&["--config", "--url", "--user", "--password"])?;
            status(&Client::from_args(&rest)?).await
        }
        "refresh" => {
            rest.check(&["--config", "--url", "--user", "--password"])?;
            let name = rest.positional.first().map(String::as_str);
            Client::from_args(&rest)?.post("integration-connectors/refresh", name).await?;
            println!("{} asked to refresh", name.unwrap_or("every connector"));
            Ok(0)
        }
        "restart" => {
            rest.check(&["--config", "--url", "--user", "--password"])?;
            let name = rest.positional.first().ok_or_else(|| CliError::usage("restart needs a connector name"))?;
            Client::from_args(&rest)?.post("integration-connectors/restart", Some(name)).await?;
            println!("{name} asked to restart");
            Ok(0)
        }
        "search" => {
            rest.check(&["--config"])?;
            let text = rest.positional.first().ok_or_else(|| CliError::usage("search needs a text"))?;
            search(&config_path(rest.value("--config")), text).await
        }
        "connectors" => {
            rest.check(&[])?;
            print!("{}", describe_providers(&registry));
            Ok(0)
        }
        "config-schema" => {
            print!("{}", config::json_schema());
            Ok(0)
        }
        other => Err(CliError::usage(format!("unknown command {other}"))),
    }
}

fn config_path(given: Option<&str>) -> PathBuf {
    given
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("OMIS_CONFIG").map(PathBuf::from))
        .unwrap_or_else(|| "omis.toml".into())
}

fn load(path: &Path) -> Result<LoadedConfig, CliError> {
    config::load(path).map_err(|problems| CliError::failed(problem_text(&problems)))
}

fn problem_text(problems: &[config::ConfigProblem]) -> String {
    let mut text = String::new();
    for problem in problems {
        let _ = writeln!(text, "{problem}");
    }
    text.trim_end().to_owned()
}

fn validate(path: &Path, registry: &ConnectorRegistry) -> Result<i32, CliError> {
    let loaded = load(path)?;
    let problems = config::validate(&loaded, registry);
    if problems.is_empty() {
        let base = path.parent().unwrap_or(Path::new("."));
        println!(
            "{}: valid; {} connector(s); repository {}",
            path.display(),
            loaded.config.connectors.len(),
            describe_repository(&loaded.config.repository(base))
        );
        Ok(0)
    } else {
        let count = problems.len();
        Err(CliError::failed(format!("{}\n{count} problem(s) found", problem_text(&problems))))
    }
}

async fn run(path: &Path, once: bool, registry: ConnectorRegistry) -> Result<i32, CliError> {
    let loaded = load(path)?;
    let daemon = match Daemon::start(&loaded, registry, DaemonOptions { once }).await {
        Ok(daemon) => Arc::new(daemon),
        Err(StartError::Config(problems)) => return Err(CliError::failed(problem_text(&problems))),
        Err(error) => return Err(CliError::failed(error.to_string())),
    };
    if once {
        daemon.join(Duration::from_hours(24)).await;
        let states = daemon.states();
        print!("{}", report_table(&states));
        let failed = states.iter().filter(|state| state.failing_message.is_some()).count();
        return Ok(i32::from(failed > 0));
    }
    let listener = tokio::net::TcpListener::bind(&loaded.config.daemon.listen)
        .await
        .map_err(|error| CliError::failed(format!("cannot listen on {}: {error}", loaded.config.daemon.listen)))?;
    let address = listener.local_addr().map_or_else(|_| loaded.config.daemon.listen.clone(), |a| a.to_string());
    let tokens = Arc::new(tokens_of(&loaded.config.daemon.users));
    if loaded.config.daemon.users.is_empty() {
        tracing::warn!("no [[daemon.users]] are configured: the admin API refuses every request");
    }
    let app = router(ApiState { daemon: daemon.clone(), tokens });
    eprintln!(
        "omis: daemon {} with {} connector(s); admin API on http://{address}/servers/{}/open-metadata/integration-daemon",
        daemon.name(),
        daemon.connector_names().len(),
        daemon.name()
    );
    let (stop_server, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    shutdown_signal().await;
    eprintln!("omis: shutting down");
    let late = daemon.shutdown().await;
    let _ = stop_server.send(());
    let _ = tokio::time::timeout(Duration::from_secs(5), server).await;
    print!("{}", report_table(&daemon.states()));
    if late.is_empty() { Ok(0) } else { Err(CliError::failed(format!("stopped at the deadline: {}", late.join(", ")))) }
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let Ok(mut terminate) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) else {
            let _ = interrupt.await;
            return;
        };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
}

/// The per-connector table of `run --once` and of shutdown.
pub fn report_table(states: &[ConnectorState]) -> String {
    let mut out = String::new();
    let width = states.iter().map(|s| s.settings.identity.connector_name.len()).max().unwrap_or(9).max(9);
    let _ = writeln!(
        out,
        "{:<width$}  {:<18} {:>8} {:>8} {:>9} {:>8} {:>9}",
        "connector", "status", "created", "updated", "unchanged", "removed", "seconds"
    );
    for state in states {
        let counts =
            state.last_report.as_ref().map(integration_daemon_api::IntegrationReport::counts).unwrap_or_default();
        let shown = state.status.map_or("-", integration_daemon_api::ConnectorStatus::as_str);
        let _ = writeln!(
            out,
            "{:<width$}  {:<18} {:>8} {:>8} {:>9} {:>8} {:>9.3}",
            state.settings.identity.connector_name,
            shown,
            counts.created,
            counts.updated,
            counts.unchanged,
            counts.removed,
            state.metrics.last_refresh_seconds
        );
        if let Some(message) = &state.failing_message {
            let _ = writeln!(out, "{:<width$}  error: {message}", "");
        }
        if let Some(report) = &state.last_report {
            for note in &report.notes {
                let _ = writeln!(out, "{:<width$}  note: {note}", "");
            }
        }
    }
    out
}

/// `omis connectors`.
pub fn describe_providers(registry: &ConnectorRegistry) -> String {
    let mut out = String::new();
    if registry.names().is_empty() {
        out.push_str("no connector providers are registered in this build\n");
    }
    for provider in registry.providers() {
        let connector_type = provider.connector_type();
        let _ = writeln!(
            out,
            "{} ({} integration service)",
            provider.provider_name(),
            provider.integration_service().short_name()
        );
        if let Some(description) = &connector_type.description {
            let _ = writeln!(out, "  {description}");
        }
        if provider.requires_endpoint() {
            let _ = writeln!(out, "  endpoint networkAddress: required");
        }
        let required = provider.required_configuration_properties();
        for property in &connector_type.recognized_configuration_properties {
            let mark = if required.contains(property) { " (required)" } else { "" };
            let _ = writeln!(out, "  configurationProperties.{property}{mark}");
        }
    }
    out
}

async fn search(path: &Path, text: &str) -> Result<i32, CliError> {
    let loaded = load(path)?;
    let base = path.parent().unwrap_or(Path::new("."));
    let store = open_repository(&loaded.config.repository(base)).await.map_err(|e| CliError::failed(e.to_string()))?;
    let search = SearchString { ignore_case: true, ..SearchString::regex(text) };
    let query = ElementQuery::default().searching(search).page(Paging::first(100));
    let context = RequestContext::user(loaded.config.daemon.user_id.clone());
    let found = store.find_elements(&context, &query).await.map_err(|e| CliError::failed(e.to_string()))?;
    if found.is_empty() {
        println!("nothing matches {text}");
    }
    for element in &found {
        let name = element
            .properties
            .get_str("qualifiedName")
            .or_else(|| element.properties.get_str("displayName"))
            .unwrap_or_default();
        println!("{:<24} {}  {}", element.element_type.type_name, element.guid, name);
    }
    Ok(0)
}

/// A client of a running daemon's admin API.
struct Client {
    base: String,
    user: String,
    password: String,
    http: reqwest::Client,
}

impl Client {
    fn from_args(args: &Args) -> Result<Client, CliError> {
        let (mut url, mut user, mut password) = (
            args.value("--url").map(str::to_owned),
            args.value("--user").map(str::to_owned),
            args.value("--password").map(str::to_owned),
        );
        let mut server = None;
        if url.is_none() || user.is_none() || password.is_none() {
            let loaded = load(&config_path(args.value("--config")))?;
            let daemon = &loaded.config.daemon;
            let listen = daemon.listen.replace("0.0.0.0", "127.0.0.1");
            url = url.or_else(|| Some(format!("http://{listen}")));
            if let Some(first) = daemon.users.first() {
                user = user.or_else(|| Some(first.user_id.clone()));
                password = password.or_else(|| first.resolved_password());
            }
            server = Some(daemon.name.clone());
        }
        let url = url.unwrap_or_default();
        let (Some(user), Some(password)) = (user, password) else {
            return Err(CliError::failed(
                "no user to log in as: give --user and --password, or configure [[daemon.users]]",
            ));
        };
        // --url may be the platform (http://host:port) or the daemon (…/servers/NAME).
        let base = if url.contains("/servers/") {
            url.trim_end_matches('/').to_owned()
        } else {
            format!("{}/servers/{}", url.trim_end_matches('/'), server.unwrap_or_else(|| "omis-daemon".into()))
        };
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| CliError::failed(e.to_string()))?;
        Ok(Client { base, user, password, http })
    }

    async fn token(&self) -> Result<String, CliError> {
        let platform = self.base.split("/servers/").next().unwrap_or(&self.base);
        let response = self
            .http
            .post(format!("{platform}/api/token"))
            .json(&serde_json::json!({"userId": self.user, "password": self.password}))
            .send()
            .await
            .map_err(|e| CliError::failed(format!("the daemon at {platform} does not answer: {e}")))?;
        if !response.status().is_success() {
            return Err(CliError::failed(format!(
                "the daemon refused the login of {}: {}",
                self.user,
                response.status()
            )));
        }
        response.text().await.map_err(|e| CliError::failed(e.to_string()))
    }

    async fn call(&self, request: reqwest::RequestBuilder) -> Result<serde_json::Value, CliError> {
        let token = self.token().await?;
        let response = request.bearer_auth(token).send().await.map_err(|e| CliError::failed(e.to_string()))?;
        let body: serde_json::Value = response.json().await.map_err(|e| CliError::failed(e.to_string()))?;
        let envelope: integration_daemon_api::FfdcResponse =
            serde_json::from_value(body.clone()).map_err(|e| CliError::failed(e.to_string()))?;
        match envelope.to_error() {
            Some(error) => Err(CliError::failed(error.to_string())),
            None => Ok(body),
        }
    }

    async fn get(&self, path: &str) -> Result<serde_json::Value, CliError> {
        self.call(self.http.get(format!("{}/open-metadata/integration-daemon/{path}", self.base))).await
    }

    async fn post(&self, path: &str, name: Option<&str>) -> Result<serde_json::Value, CliError> {
        let mut request = self.http.post(format!("{}/open-metadata/integration-daemon/{path}", self.base));
        request = match name {
            Some(name) => request.json(&serde_json::json!({"class": "NameRequestBody", "name": name})),
            None => request.header("content-type", "application/json"),
        };
        self.call(request).await
    }
}

async fn status(client: &Client) -> Result<i32, CliError> {
    let body = client.get("status").await?;
    let reports: Vec<IntegrationConnectorReport> = serde_json::from_value(
        body.pointer("/integrationDaemonStatus/integrationConnectorReports").cloned().unwrap_or_default(),
    )
    .unwrap_or_default();
    let width = reports.iter().map(|r| r.connector_name.len()).max().unwrap_or(9).max(9);
    println!("{:<width$}  {:<18} {:<25} {:>9}  message", "connector", "status", "last refresh", "interval");
    for report in reports {
        let status = report.connector_status.map_or("-", integration_daemon_api::ConnectorStatus::as_str);
        let last = report
            .last_refresh_time
            .map_or_else(|| "-".to_owned(), |time| time.format("%Y-%m-%d %H:%M:%S").to_string());
        println!(
            "{:<width$}  {:<18} {:<25} {:>8}m  {}",
            report.connector_name,
            status,
            last,
            report.min_minutes_between_refresh,
            report.failing_exception_message.unwrap_or_default()
        );
    }
    Ok(0)
}
