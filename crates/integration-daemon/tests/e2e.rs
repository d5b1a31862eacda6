//! End to end: the `omis` binary on the quickstart configuration, its admin API over loopback,
//! the command line against it, and a clean stop on SIGTERM.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use integration_testkit::wait::until_blocking;
use serde_json::{Value, json};

const OMIS: &str = env!("CARGO_BIN_EXE_omis");

/// A copy of examples/quickstart in a temporary folder, listening on a free port.
fn quickstart() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/quickstart");
    copy_tree(&source, dir.path());
    let config = dir.path().join("omis.toml");
    let text = std::fs::read_to_string(&config)
        .unwrap()
        .replace("127.0.0.1:9443", "127.0.0.1:0")
        .replace("127.0.0.1:5000", "127.0.0.1:0");
    std::fs::write(&config, text).unwrap();
    let _ = std::fs::remove_file(dir.path().join("omis.db"));
    (dir, config)
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else if !entry.file_name().to_string_lossy().starts_with("omis.db") {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn omis(args: &[&str]) -> Output {
    Command::new(OMIS).args(args).env_remove("RUST_LOG").output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The running daemon: its process and the address it announced.
struct Running {
    child: Child,
    base: String,
    stderr: mpsc::Receiver<String>,
}

#[allow(clippy::zombie_processes, reason = "the test waits for the daemon after its SIGTERM")]
fn start(config: &Path) -> Running {
    let mut child = Command::new(OMIS)
        .args(["run", config.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (lines, stderr) = mpsc::channel();
    let reader = BufReader::new(child.stderr.take().unwrap());
    std::thread::spawn(move || {
        for line in reader.lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let line = stderr
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("the daemon announces its address");
        if let Some(at) = line.find("admin API on ") {
            let url = line[at + "admin API on ".len()..].trim().to_owned();
            let base = url.split("/servers/").next().unwrap().to_owned();
            return Running { child, base, stderr };
        }
    }
}

fn token(client: &reqwest::blocking::Client, base: &str) -> String {
    let response = client
        .post(format!("{base}/api/token"))
        .json(&json!({"userId": "garygeeke", "password": "secret"}))
        .send()
        .unwrap();
    assert!(response.status().is_success());
    response.text().unwrap()
}

#[test]
fn the_quickstart_runs_answers_its_api_and_stops_cleanly() {
    let (dir, config) = quickstart();
    let mut daemon = start(&config);
    let client = reqwest::blocking::Client::new();
    let base = daemon.base.clone();
    let status_url = format!("{base}/servers/qs-integration-daemon/open-metadata/integration-daemon/status");
    assert_eq!(client.get(&status_url).send().unwrap().status(), 401);
    let token = token(&client, &base);

    // The folder monitor refreshes at start: every folder, file and CSV column catalogued.
    let report = until_blocking("the first refresh", Duration::from_secs(30), || {
        let body: Value = client.get(&status_url).bearer_auth(&token).send().unwrap().json().unwrap();
        let report = body["integrationDaemonStatus"]["integrationConnectorReports"][0].clone();
        let refreshed = report["statistics"]["lastRefreshCreated"].as_u64().unwrap_or(0) > 0;
        if report["connectorStatus"] == "WAITING" && refreshed { Ok(report) } else { Err(body) }
    });
    assert_eq!(report["connectorName"], "QuickstartFolderMonitor");
    let created = report["statistics"]["lastRefreshCreated"].as_u64().unwrap();
    assert!(created >= 20, "folders, 5 files, their schemas and columns: {report}");

    // A new file, then a refresh on request through the command line.
    std::fs::write(dir.path().join("data/landing/sales/orders-2026-12.csv"), "order_id,amount\n1,2\n").unwrap();
    let url = format!("--url={base}/servers/qs-integration-daemon");
    let refreshed = omis(&["refresh", "QuickstartFolderMonitor", &url, "--user", "garygeeke", "--password", "secret"]);
    assert!(refreshed.status.success(), "{}", text(&refreshed.stderr));
    let statistics = until_blocking("the new file to be catalogued", Duration::from_secs(30), || {
        let body: Value = client.get(&status_url).bearer_auth(&token).send().unwrap().json().unwrap();
        let statistics = body["integrationDaemonStatus"]["integrationConnectorReports"][0]["statistics"].clone();
        if statistics["lastRefreshCreated"] == 4 { Ok(statistics) } else { Err(body) }
    });
    // The file, its schema type and two columns; its folder changed (modification time).
    let unchanged = statistics["lastRefreshUnchanged"].as_u64().unwrap();
    assert_eq!(statistics["lastRefreshUpdated"], 1, "{statistics}");
    assert_eq!(unchanged + 1, created, "{statistics}");
    let status = omis(&["status", &url, "--user", "garygeeke", "--password", "secret"]);
    assert!(status.status.success(), "{}", text(&status.stderr));
    assert!(text(&status.stdout).contains("QuickstartFolderMonitor  WAITING"), "{}", text(&status.stdout));
    let unknown = omis(&["restart", "Nobody", &url, "--user", "garygeeke", "--password", "secret"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(text(&unknown.stderr).contains("400-031"), "{}", text(&unknown.stderr));

    // An OpenLineage event posted to the receiver is committed before it is acknowledged.
    let body: Value = client.get(&status_url).bearer_auth(&token).send().unwrap().json().unwrap();
    let receiver = body["integrationDaemonStatus"]["integrationConnectorReports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|report| report["connectorName"] == "QuickstartOpenLineage")
        .cloned()
        .expect("the OpenLineage receiver reports");
    let listen = receiver["statistics"]["listenAddress"].as_str().expect("the receiver's address").to_owned();
    let event = std::fs::read_to_string(dir.path().join("lineage/daily-orders.json")).unwrap();
    let posted = client
        .post(format!("http://{listen}/api/v1/lineage"))
        .header("content-type", "application/json")
        .body(event)
        .send()
        .unwrap();
    assert!(posted.status().is_success(), "{}", posted.status());
    let found = omis(&["search", "daily_orders", "--config", config.to_str().unwrap()]);
    assert!(text(&found.stdout).contains("Process"), "{}", text(&found.stdout));

    // Metrics, unauthenticated.
    let metrics = client.get(format!("{base}/metrics")).send().unwrap().text().unwrap();
    assert!(metrics.contains("omis_connector_refreshes_total{connector=\"QuickstartFolderMonitor\"} 2"), "{metrics}");

    // Search reads the same repository while the daemon runs.
    let found = omis(&["search", "orders-2026-12", "--config", config.to_str().unwrap()]);
    assert!(text(&found.stdout).contains("CSVFile"), "{}", text(&found.stdout));

    // SIGTERM: a clean stop, with the final table.
    let killed = Command::new("kill").args(["-TERM", &daemon.child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let output = wait_with_timeout(&mut daemon.child, Duration::from_secs(30));
    assert!(output.0.success(), "exit status {:?}", output.0);
    let mut stdout = String::new();
    std::io::Read::read_to_string(&mut daemon.child.stdout.take().unwrap(), &mut stdout).unwrap();
    assert!(stdout.contains("QuickstartFolderMonitor") && stdout.contains("SHUTDOWN"), "{stdout}");
    let logged: Vec<String> = daemon.stderr.try_iter().collect();
    assert!(logged.iter().any(|line| line.contains("is disconnected")), "{logged:#?}");
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> (std::process::ExitStatus,) {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return (status,);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the daemon did not stop within {timeout:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn run_once_prints_a_report_and_exits() {
    let (_dir, config) = quickstart();
    let first = omis(&["run", "--once", config.to_str().unwrap()]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let table = text(&first.stdout);
    let row = table.lines().find(|line| line.starts_with("QuickstartFolderMonitor")).expect(&table);
    let numbers: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(numbers[1], "STOPPED");
    assert!(numbers[2].parse::<u32>().unwrap() >= 20, "{table}");
    let api_row = table.lines().find(|line| line.starts_with("QuickstartOpenAPI")).expect(&table);
    let api_numbers: Vec<&str> = api_row.split_whitespace().collect();
    assert!(api_numbers[2].parse::<u32>().unwrap() >= 50, "the API, operations, lists, parameters: {table}");
    let db_row = table.lines().find(|line| line.starts_with("QuickstartShopDatabase")).expect(&table);
    let db_numbers: Vec<&str> = db_row.split_whitespace().collect();
    assert!(db_numbers[2].parse::<u32>().unwrap() >= 20, "the database, schema, tables, view, columns: {table}");
    let found = omis(&["search", "order_totals", "--config", config.to_str().unwrap()]);
    assert!(text(&found.stdout).contains("main::order_totals::total"), "{}", text(&found.stdout));
    let found = omis(&["search", "Orders API", "--config", config.to_str().unwrap()]);
    assert!(text(&found.stdout).contains("DeployedAPI"), "{}", text(&found.stdout));
    // Again: nothing changed, nothing written.
    let second = omis(&["run", "--once", config.to_str().unwrap()]);
    let table = text(&second.stdout);
    let row = table.lines().find(|line| line.starts_with("QuickstartFolderMonitor")).expect(&table);
    let numbers: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(&numbers[2..4], ["0", "0"], "{table}");
    assert_eq!(numbers[5], "0", "{table}");
}

#[test]
fn run_once_fails_when_a_connector_fails() {
    let (dir, config) = quickstart();
    std::fs::remove_dir_all(dir.path().join("data")).unwrap();
    let output = omis(&["run", "--once", config.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stdout));
    assert!(text(&output.stdout).contains("error: "), "{}", text(&output.stdout));
}

#[test]
fn validate_names_file_line_and_field() {
    let (dir, config) = quickstart();
    let good = omis(&["validate", config.to_str().unwrap()]);
    assert!(good.status.success(), "{}", text(&good.stderr));
    assert!(text(&good.stdout).contains("valid; 4 connector(s)"), "{}", text(&good.stdout));
    let text_before = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, text_before.replace("recursive = true", "recursiv = true")).unwrap();
    let bad = omis(&["validate", config.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    let message = text(&bad.stderr);
    let line = text_before.lines().position(|line| line.contains("recursive = true")).unwrap() + 1;
    let expected = format!("{}:{line}: connectors[0].connection.configurationProperties.recursiv:", config.display());
    assert!(message.contains(&expected), "{message}\nexpected: {expected}");
    // And the daemon refuses to start on it.
    let refused = omis(&["run", "--once", config.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("recursiv"));
    drop(dir);
}

#[test]
fn connectors_lists_the_registered_providers() {
    let output = omis(&["connectors"]);
    assert!(output.status.success());
    let listing = text(&output.stdout);
    assert!(listing.contains("omis.files.folder-monitor (files integration service)"), "{listing}");
    assert!(listing.contains("configurationProperties.recursive"), "{listing}");
    let unknown = omis(&["frobnicate"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("Usage:"));
}
