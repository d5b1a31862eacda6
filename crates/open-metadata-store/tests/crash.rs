//! Crash safety of the embedded repository: a process killed with SIGKILL in the middle of a large
//! batch write leaves a repository that holds each batch whole or not at all, with a change log
//! that agrees with the data.
//!
//! The test runs itself as a child process (selected by an environment variable) that writes
//! batches of 20,000 elements in a loop and announces each batch before writing it; the parent
//! kills it as soon as a batch is announced, reopens the file and checks it, three times over.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use integration_daemon_api::{
    ChangeEventType, ElementProperties, ElementQuery, MetadataStore, NewElement, Paging, RequestContext, WriteBatch,
    WriteOp,
};
use open_metadata_store::{SqliteStore, StoreOptions};

const CHILD_DB: &str = "OMIS_CRASH_TEST_DATABASE";
const BATCH: usize = 20_000;
const TEST_NAME: &str = "killed_in_the_middle_of_a_batch_keeps_whole_batches";

fn batch(round: usize, number: usize) -> WriteBatch {
    WriteBatch(
        (0..BATCH)
            .map(|i| {
                let name = format!("crash-{round}-{number}-{i:05}");
                WriteOp::CreateElement(NewElement::new(
                    "DataSet",
                    ElementProperties::new()
                        .with("qualifiedName", name.as_str())
                        .with("displayName", format!("Data set {i}"))
                        .with("description", "Written by the crash test, killed mid-batch."),
                ))
            })
            .collect(),
    )
}

/// The child: write batches until killed, announcing each one first.
async fn child(path: &str, round: usize) {
    let store = SqliteStore::open(path, StoreOptions::default()).await.expect("the child opens the repository");
    let context = RequestContext::user("crash-test");
    for number in 0.. {
        println!("BATCH {number} START");
        store.execute(&context, batch(round, number)).await.expect("the batch is written");
        println!("BATCH {number} DONE");
    }
}

/// Every DataSet in the repository, by paging.
async fn data_set_guids(store: &dyn MetadataStore) -> HashSet<String> {
    let context = RequestContext::user("checker");
    let mut guids = HashSet::new();
    for page in 0.. {
        let query = ElementQuery::of_type("DataSet").page(Paging { start_from: page * 1000, page_size: 1000 });
        let elements = store.find_elements(&context, &query).await.expect("the query runs");
        let fetched = elements.len();
        guids.extend(elements.into_iter().map(|element| element.guid));
        if fetched < 1000 {
            break;
        }
    }
    guids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_in_the_middle_of_a_batch_keeps_whole_batches() {
    if let Ok(path) = std::env::var(CHILD_DB) {
        let round = std::env::var("OMIS_CRASH_TEST_ROUND").ok().and_then(|r| r.parse().ok()).unwrap_or(0);
        child(&path, round).await;
        return;
    }
    let directory = tempfile::tempdir().expect("a temporary directory");
    let path = directory.path().join("crash.db");
    let mut expected_total = 0;
    for round in 0..3 {
        let mut process = Command::new(std::env::current_exe().expect("the test binary"))
            .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
            .env(CHILD_DB, &path)
            .env("OMIS_CRASH_TEST_ROUND", round.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the child starts");
        let stdout = process.stdout.take().expect("piped stdout");
        let mut done = 0;
        for line in BufReader::new(stdout).lines() {
            let line = line.expect("the child's output is readable");
            if line.ends_with("DONE") {
                done += 1;
            }
            // Kill as soon as the third batch of this round has started writing.
            if line == "BATCH 2 START" {
                process.kill().expect("SIGKILL is delivered");
                break;
            }
        }
        process.wait().expect("the child is reaped");
        assert_eq!(done, 2, "round {round}: two batches were acknowledged before the kill");

        let store =
            SqliteStore::open(&path, StoreOptions::default()).await.expect("the repository reopens after the kill");
        let guids = data_set_guids(&store).await;
        let written = guids.len() - expected_total;
        assert!(
            written == 2 * BATCH || written == 3 * BATCH,
            "round {round}: {written} elements were added; only whole batches of {BATCH} may be"
        );
        expected_total = guids.len();

        let events = store.read_change_log(0, 0).await.expect("the log reads");
        let mut logged = HashSet::new();
        let mut after = 0;
        let mut last = 0;
        loop {
            let page = store.read_change_log(after, 1000).await.expect("the log reads");
            let Some(newest) = page.last().map(|event| event.sequence) else { break };
            for event in &page {
                assert!(event.sequence > last, "sequence numbers strictly increase");
                last = event.sequence;
                assert_eq!(event.event_type, ChangeEventType::NewElement);
                logged.insert(event.guid.clone());
            }
            after = newest;
        }
        assert!(!events.is_empty());
        assert_eq!(logged, guids, "round {round}: the change log names exactly the elements that exist");
        assert_eq!(store.latest_change_sequence().await.unwrap(), last);
    }
}
