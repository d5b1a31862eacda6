//! Test servers: where they are, and what happens when they are not configured.
//!
//! Tests against a server read its address from an environment variable. Locally, without it, the
//! test prints that it skipped and passes. In CI (`CI=true`) a missing variable is a failure, so a
//! misconfigured CI cannot silently skip a backend.

/// The variable that holds the PostgreSQL test server's URL.
pub const POSTGRES_URL: &str = "OMIS_TEST_POSTGRES_URL";

/// True when running in CI (`CI=true`).
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|value| value == "true" || value == "1")
}

/// The value of a test-server variable. `None` (after printing that `test` skipped) when it is
/// unset outside CI; a panic when it is unset in CI.
pub fn server_address(variable: &str, test: &str) -> Option<String> {
    match std::env::var(variable) {
        Ok(value) if !value.trim().is_empty() => Some(value),
        _ if in_ci() => panic!("{test}: {variable} is not set, and CI=true requires every test server"),
        _ => {
            eprintln!("SKIPPED {test}: set {variable} to run it against a real server");
            None
        }
    }
}

/// The PostgreSQL test URL (see [`server_address`]).
pub fn postgres_url(test: &str) -> Option<String> {
    server_address(POSTGRES_URL, test)
}

/// A name that no other test run uses: `<prefix>_<process id>_<counter>_<random>`, lower case,
/// safe as a PostgreSQL schema or database name.
pub fn unique_name(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let random = std::collections::hash_map::RandomState::new();
    let noise = std::hash::BuildHasher::hash_one(&random, COUNTER.load(Ordering::Relaxed)) & 0xffff_ffff;
    format!("{prefix}_{}_{}_{noise:08x}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed))
}
