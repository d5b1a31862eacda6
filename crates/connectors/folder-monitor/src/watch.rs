//! The blocking mode's watcher: file-system notifications for the tree under the root (inotify on
//! Linux, through `notify`), gathered into a set of changed paths that `engage()` takes as one
//! debounced batch.
//!
//! The watcher's thread only records: each path under the root that an event names goes into a
//! set (so a file written a thousand times is one path), reads (`open`, `close` without writing)
//! are dropped, and a lost event (the kernel's queue overflowed) or too many paths at once turn
//! into a request for a full refresh. Nothing here reads the file system: the batch's paths are
//! looked at when it is applied, so what is written is what is on disk then, whatever the events
//! said.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode};
use notify::{Config, Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use tokio::sync::Notify;
use tokio::time::Instant;

/// More distinct paths than this waiting at once: a full refresh is cheaper than applying them.
pub(crate) const MAX_PENDING_PATHS: usize = 100_000;

/// What the watcher gathered since the last batch.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    /// The changed paths under the root (the root itself included when it changed).
    pub paths: HashSet<PathBuf>,
    /// Events were lost, or there were too many paths: only a full refresh is sure to catch up.
    pub rescan: bool,
    /// The first error the watcher reported (a watch that could not be added, the queue that
    /// could not be read): the tree is no longer watched whole.
    pub error: Option<String>,
    /// Events about paths outside the root (and dropped).
    pub outside_root: u64,
}

impl Batch {
    fn is_empty(&self) -> bool {
        self.paths.is_empty() && !self.rescan && self.error.is_none()
    }
}

/// What the watcher's thread and `engage()` share.
#[derive(Debug, Default)]
struct Shared {
    batch: Mutex<Batch>,
    wake: Notify,
}

impl Shared {
    fn batch(&self) -> MutexGuard<'_, Batch> {
        // A panic while recording cannot leave the set half-changed in a way that matters.
        self.batch.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Records an event from the watcher's thread.
    fn record(&self, root: &Path, result: notify::Result<Event>) {
        let mut batch = self.batch();
        match result {
            Err(error) => {
                batch.error.get_or_insert_with(|| error.to_string());
            }
            Ok(event) if event.need_rescan() => batch.rescan = true,
            Ok(event) if !changes_something(event.kind) => return,
            Ok(event) => {
                for path in event.paths {
                    if path.starts_with(root) {
                        batch.paths.insert(path);
                    } else {
                        batch.outside_root += 1;
                    }
                }
                if batch.paths.len() > MAX_PENDING_PATHS {
                    batch.paths = HashSet::new();
                    batch.rescan = true;
                }
            }
        }
        drop(batch);
        self.wake.notify_one();
    }
}

/// True for the events that may change what is catalogued: creations, removals, renames, writes,
/// metadata changes. Reading a file (the connector's own reads included) changes nothing.
fn changes_something(kind: EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write))
        | EventKind::Any
        | EventKind::Create(_)
        | EventKind::Modify(_)
        | EventKind::Remove(_) => true,
        EventKind::Access(_) | EventKind::Other => false,
    }
}

/// A watch on the tree under the root; dropping it stops the watcher's thread and its watches.
pub(crate) struct TreeWatch {
    // Held for its watches; dropping it ends them.
    _watcher: RecommendedWatcher,
    shared: Arc<Shared>,
}

impl std::fmt::Debug for TreeWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TreeWatch").finish_non_exhaustive()
    }
}

impl TreeWatch {
    /// Watches `root` (and the directories below it when `recursive`, adding those created later).
    /// Symbolic links are not followed, as the scan does not follow links to directories.
    pub(crate) fn start(root: &Path, recursive: bool) -> notify::Result<TreeWatch> {
        let shared = Arc::new(Shared::default());
        let recorder = Arc::clone(&shared);
        let under = root.to_path_buf();
        let mut watcher = RecommendedWatcher::new(
            move |result| recorder.record(&under, result),
            Config::default().with_follow_symlinks(false),
        )?;
        let mode = if recursive { RecursiveMode::Recursive } else { RecursiveMode::NonRecursive };
        watcher.watch(root, mode)?;
        Ok(TreeWatch { _watcher: watcher, shared })
    }

    /// Waits up to `wait` for a first change; then gathers changes until none came for `quiet`
    /// (the debounce), or `longest` after the first one; and hands them over. `None` when nothing
    /// changed within `wait`.
    pub(crate) async fn next_batch(&self, wait: Duration, quiet: Duration, longest: Duration) -> Option<Batch> {
        let deadline = Instant::now() + wait;
        while self.shared.batch().is_empty() {
            if tokio::time::timeout_at(deadline, self.shared.wake.notified()).await.is_err() {
                return None;
            }
        }
        let first = Instant::now();
        // Each wake-up is a change: wait for a quiet period without one.
        while tokio::time::timeout(quiet, self.shared.wake.notified()).await.is_ok() {
            if first.elapsed() >= longest {
                break;
            }
        }
        Some(std::mem::take(&mut *self.shared.batch()))
    }

    /// Takes what was gathered without waiting (for tests).
    #[cfg(test)]
    pub(crate) fn take(&self) -> Batch {
        std::mem::take(&mut *self.shared.batch())
    }
}

#[cfg(test)]
mod tests {
    use notify::event::{CreateKind, ModifyKind, RemoveKind};

    use super::*;

    #[test]
    fn reads_are_not_changes() {
        assert!(changes_something(EventKind::Create(CreateKind::File)));
        assert!(changes_something(EventKind::Remove(RemoveKind::Folder)));
        assert!(changes_something(EventKind::Modify(ModifyKind::Any)));
        assert!(changes_something(EventKind::Access(AccessKind::Close(AccessMode::Write))));
        assert!(!changes_something(EventKind::Access(AccessKind::Open(AccessMode::Any))));
        assert!(!changes_something(EventKind::Access(AccessKind::Close(AccessMode::Read))));
        assert!(!changes_something(EventKind::Other));
    }

    #[test]
    fn paths_outside_the_root_are_dropped_and_paths_are_gathered_once() {
        let shared = Shared::default();
        let root = Path::new("/data/landing");
        let event = |kind, path: &str| Ok(Event::new(kind).add_path(PathBuf::from(path)));
        shared.record(root, event(EventKind::Create(CreateKind::File), "/data/landing/a.csv"));
        shared.record(root, event(EventKind::Modify(ModifyKind::Any), "/data/landing/a.csv"));
        shared.record(root, event(EventKind::Create(CreateKind::File), "/data/landing-2/b.csv"));
        shared.record(root, event(EventKind::Access(AccessKind::Open(AccessMode::Any)), "/data/landing/c.csv"));
        shared.record(root, event(EventKind::Remove(RemoveKind::Any), "/data/landing"));
        let batch = std::mem::take(&mut *shared.batch());
        let mut paths: Vec<_> = batch.paths.into_iter().collect();
        paths.sort();
        assert_eq!(paths, [PathBuf::from("/data/landing"), PathBuf::from("/data/landing/a.csv")]);
        assert_eq!(batch.outside_root, 1, "landing-2 is not under landing");
        assert!(!batch.rescan && batch.error.is_none());

        shared.record(root, Ok(Event::new(EventKind::Other).set_flag(notify::event::Flag::Rescan)));
        shared.record(root, Err(notify::Error::generic("too many watches")));
        let batch = std::mem::take(&mut *shared.batch());
        assert!(batch.rescan);
        assert_eq!(batch.error.as_deref(), Some("too many watches"));
    }

    #[test]
    fn too_many_paths_become_a_full_refresh() {
        let shared = Shared::default();
        let root = Path::new("/r");
        for i in 0..=MAX_PENDING_PATHS {
            shared.record(root, Ok(Event::new(EventKind::Create(CreateKind::File)).add_path(format!("/r/{i}").into())));
        }
        let batch = std::mem::take(&mut *shared.batch());
        assert!(batch.rescan);
        assert!(batch.paths.is_empty());
    }

    #[tokio::test]
    async fn a_batch_waits_for_quiet() {
        let dir = tempfile::tempdir().unwrap();
        let watch = TreeWatch::start(dir.path(), true).unwrap();
        let nothing =
            watch.next_batch(Duration::from_millis(50), Duration::from_millis(50), Duration::from_secs(5)).await;
        assert!(nothing.is_none());
        let root = dir.path().to_path_buf();
        let writer = std::thread::spawn(move || {
            for i in 0..6 {
                std::fs::write(root.join("burst.txt"), "x".repeat(i)).unwrap();
                std::thread::sleep(Duration::from_millis(40));
            }
        });
        let batch = watch
            .next_batch(Duration::from_secs(5), Duration::from_millis(200), Duration::from_secs(5))
            .await
            .expect("a batch");
        writer.join().unwrap();
        assert_eq!(batch.paths.into_iter().collect::<Vec<_>>(), [dir.path().join("burst.txt")]);
        assert!(watch.take().is_empty(), "the whole burst was in the batch");
    }
}
