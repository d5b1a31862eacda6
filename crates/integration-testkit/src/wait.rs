//! Waiting for a condition in a test: poll it until it holds or a deadline passes, never sleep a
//! fixed time and hope.

use std::fmt::Debug;
use std::future::Future;
use std::time::{Duration, Instant};

/// How often a condition is polled.
const POLL: Duration = Duration::from_millis(20);

/// Polls `probe` until it answers `Ok`, and returns that answer. Each `Err` is what the probe saw
/// instead; once `within` has passed, the test fails naming `what` and the last thing seen.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use std::time::{Duration, Instant};
/// let started = Instant::now();
/// let elapsed = integration_testkit::wait::until("50 ms to pass", Duration::from_secs(5), || async {
///     let elapsed = started.elapsed();
///     if elapsed >= Duration::from_millis(50) { Ok(elapsed) } else { Err(elapsed) }
/// })
/// .await;
/// assert!(elapsed >= Duration::from_millis(50));
/// # }
/// ```
pub async fn until<T, E, F, Fut>(what: &str, within: Duration, mut probe: F) -> T
where
    E: Debug,
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let deadline = Instant::now() + within;
    loop {
        let seen = match probe().await {
            Ok(answer) => return answer,
            Err(seen) => seen,
        };
        assert!(Instant::now() < deadline, "timed out after {within:?} waiting for {what}; saw {seen:?}");
        tokio::time::sleep(POLL).await;
    }
}

/// [`until`] for code without a runtime (a test that drives a child process).
pub fn until_blocking<T, E: Debug>(what: &str, within: Duration, mut probe: impl FnMut() -> Result<T, E>) -> T {
    let deadline = Instant::now() + within;
    loop {
        let seen = match probe() {
            Ok(answer) => return answer,
            Err(seen) => seen,
        };
        assert!(Instant::now() < deadline, "timed out after {within:?} waiting for {what}; saw {seen:?}");
        std::thread::sleep(POLL);
    }
}
