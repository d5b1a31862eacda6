//! Rules about the workspace itself: what a newcomer and CI rely on.

use omis_tests::read_workspace_file;

/// The test command the README gives and `.ci/run` runs.
const TEST_COMMAND: &str = "cargo test --workspace";

#[test]
fn readme_starts_with_the_run_and_test_commands() {
    let readme = read_workspace_file("README.md");
    let head: String = readme.lines().take(15).collect::<Vec<_>>().join("\n");
    assert!(head.contains(TEST_COMMAND), "the README's first lines must give `{TEST_COMMAND}`:\n{head}");
    assert!(head.contains("cargo run"), "the README's first lines must give the run command:\n{head}");
}

#[test]
fn ci_runs_the_readme_test_command_fmt_and_clippy() {
    let ci = read_workspace_file(".ci/run");
    assert!(ci.contains(TEST_COMMAND), ".ci/run must run `{TEST_COMMAND}`");
    assert!(ci.contains("cargo fmt --all -- --check"), ".ci/run must check formatting");
    assert!(ci.contains("cargo clippy --workspace --all-targets -- -D warnings"), ".ci/run must run clippy");
}

#[test]
fn toolchain_is_pinned() {
    let toolchain = read_workspace_file("rust-toolchain.toml");
    assert!(toolchain.contains("channel = \"1."), "rust-toolchain.toml must pin a numbered toolchain");
}

#[test]
fn the_readme_run_command_names_the_quickstart_that_exists() {
    let readme = read_workspace_file("README.md");
    let first = readme.lines().find(|line| line.contains("cargo run")).expect("a run command");
    assert!(first.contains("-p integration-daemon -- run examples/quickstart/omis.toml"), "{first}");
    let config = read_workspace_file("examples/quickstart/omis.toml");
    assert!(config.contains("[[connectors]]"), "the quickstart configures a connector");
}
