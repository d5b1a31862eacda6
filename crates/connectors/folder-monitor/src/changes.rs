//! The blocking mode's plan for one batch of notifications: what to write and where to look for
//! what to remove, from the paths the batch names — reading those paths, their parent folders,
//! and the subtrees of folders that appeared, never the whole tree.
//!
//! What is on disk when the batch is applied decides, not what the events said: a path that
//! exists is upserted (with its columns), a folder that exists is read with everything below it
//! (a folder moved into the tree brings its files without an event of their own), and a path
//! where nothing is left becomes a *removal scope*: whatever is catalogued at it or below it, and
//! is not in the plan's items, goes. Each item comes with the folders above it, so its parent is
//! always known and every folder whose entries changed gets its new modification time — exactly
//! what the next full refresh would write, so that refresh has nothing left to do.

use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path, PathBuf};

use crate::config::FolderMonitorConfig;
use crate::scan::{Probe, RootProblem, Scan, Scanned, join, probe, root_folder, scan_below};

/// What one batch changes.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    /// What to upsert, by path name: a folder sorts before what it holds.
    pub items: BTreeMap<String, Scanned>,
    /// Paths whose catalogued folders and files — at the path and below it — are removed, unless
    /// `items` holds one of the same kind at the same path.
    pub scopes: Vec<String>,
    /// What could not be read: nothing is removed where it was.
    pub problems: Vec<String>,
    /// Files catalogued without columns because their schema could not be read.
    pub notes: Vec<String>,
    /// Paths left alone: hidden (or below a hidden folder), not UTF-8, below the root's level
    /// when the monitor is not recursive.
    pub ignored: usize,
}

/// Plans the changes for the paths a batch named. Fails, changing nothing, when the root is no
/// longer a directory that can be read.
pub(crate) fn plan(
    config: &FolderMonitorConfig,
    paths: impl IntoIterator<Item = PathBuf>,
) -> Result<Plan, RootProblem> {
    let root = root_folder(config)?;
    let mut plan = Plan::default();
    let mut targets: Vec<Target> = Vec::new();
    for path in paths {
        match target(config, &path) {
            Some(Target::Path(names)) => targets.push(Target::Path(names)),
            Some(parent) => {
                plan.ignored += 1;
                targets.push(parent);
            }
            None => plan.ignored += 1,
        }
    }
    targets.sort();
    targets.dedup();
    plan.items.insert(root.path_name.clone(), Scanned::Folder(root));

    let mut scan = Scan::default();
    let mut probed: HashMap<String, Probe> = HashMap::new();
    let mut walks: Vec<String> = Vec::new();
    for target in targets {
        let (names, is_path) = match target {
            Target::Path(names) => (names, true),
            Target::Parent(names) => (names, false),
        };
        let mut folder = config.root_path_name().to_owned();
        for (depth, name) in names.iter().enumerate() {
            let path_name = join(&folder, name);
            let found = probed.entry(path_name.clone()).or_insert_with(|| probe(config, &folder, name, &mut scan));
            let is_target = is_path && depth + 1 == names.len();
            match found {
                // A folder above the path (or holding what changed): written for its times, and
                // the way down.
                Probe::Folder(item) if !is_target => {
                    plan.items.entry(path_name.clone()).or_insert_with(|| Scanned::Folder(item.clone()));
                    folder = path_name;
                    continue;
                }
                Probe::Folder(item) => {
                    plan.items.entry(path_name.clone()).or_insert_with(|| Scanned::Folder(item.clone()));
                    walks.push(path_name.clone());
                    plan.scopes.push(path_name);
                }
                // The path itself, or a folder above it that is a file now.
                Probe::File(item) => {
                    plan.items.entry(path_name.clone()).or_insert_with(|| Scanned::File(item.clone()));
                    plan.scopes.push(path_name);
                }
                Probe::Absent => plan.scopes.push(path_name),
                Probe::Unknown => {}
            }
            break;
        }
    }

    // The folders that appeared (or were touched), each read whole once.
    walks.sort_by(|a, b| by_components(a, b));
    let mut walked: Vec<String> = Vec::new();
    for folder in walks {
        if walked.last().is_some_and(|above| is_at_or_below(&folder, above)) {
            continue;
        }
        let problems = scan.problems.len();
        scan_below(config, &folder, &mut scan);
        if scan.problems.len() > problems {
            // Part of it could not be read: remove nothing there.
            plan.scopes.retain(|scope| !is_at_or_below(scope, &folder));
        }
        walked.push(folder);
    }
    for item in std::mem::take(&mut scan.items) {
        plan.items.entry(item.path_name().to_owned()).or_insert(item);
    }

    // A scope covers those below it.
    plan.scopes.sort_by(|a, b| by_components(a, b));
    plan.scopes.dedup();
    let mut scopes: Vec<String> = Vec::with_capacity(plan.scopes.len());
    for scope in std::mem::take(&mut plan.scopes) {
        if !scopes.last().is_some_and(|above| is_at_or_below(&scope, above)) {
            scopes.push(scope);
        }
    }
    plan.scopes = scopes;
    plan.problems = scan.problems;
    plan.notes = scan.notes;
    Ok(plan)
}

/// Path names in the order of their names, so what is below a folder comes right after it
/// (`/r/a`, `/r/a/x`, `/r/a b`; by characters, `/r/a b` would come between).
fn by_components(a: &str, b: &str) -> std::cmp::Ordering {
    a.split('/').cmp(b.split('/'))
}

/// True when `path` is `folder` or below it.
pub(crate) fn is_at_or_below(path: &str, folder: &str) -> bool {
    path.strip_prefix(folder).is_some_and(|rest| rest.is_empty() || rest.starts_with('/') || folder.ends_with('/'))
}

/// What a changed path means to the monitor.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    /// A path in the tree: the names from the root down to it (none for the root).
    Path(Vec<String>),
    /// An entry the monitor leaves out (hidden, or a name that is not UTF-8) changed in the
    /// folder these names lead to: only that folder's times may have changed.
    Parent(Vec<String>),
}

/// What `path` means to the monitor, or `None` when it has nothing to do with it: outside the
/// root, not a plain path, or below the root's entries when the monitor is not recursive.
fn target(config: &FolderMonitorConfig, path: &Path) -> Option<Target> {
    let relative = path.strip_prefix(config.root()).ok()?;
    let mut names = Vec::new();
    for component in relative.components() {
        let Component::Normal(name) = component else { return None };
        match name.to_str() {
            Some(name) if config.include_hidden || !name.starts_with('.') => names.push(name.to_owned()),
            _ => return (config.recursive || names.is_empty()).then_some(Target::Parent(names)),
        }
    }
    (config.recursive || names.len() <= 1).then_some(Target::Path(names))
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    fn setup() -> (tempfile::TempDir, FolderMonitorConfig) {
        let dir = tempfile::tempdir().unwrap();
        let config = FolderMonitorConfig::new(dir.path()).unwrap();
        (dir, config)
    }

    fn paths(plan: &Plan, config: &FolderMonitorConfig) -> Vec<String> {
        let root = config.root_path_name();
        plan.items
            .values()
            .map(|item| {
                let relative = item.path_name().strip_prefix(root).unwrap_or_default();
                match item {
                    Scanned::Folder(_) => format!("{relative}/"),
                    Scanned::File(_) => relative.to_owned(),
                }
            })
            .collect()
    }

    fn relative(scopes: &[String], config: &FolderMonitorConfig) -> Vec<String> {
        scopes.iter().map(|scope| scope.strip_prefix(config.root_path_name()).unwrap().to_owned()).collect()
    }

    #[test]
    fn targets_below_the_root_and_what_is_left_alone() {
        let (dir, mut config) = setup();
        let root = dir.path();
        let path = |names: &[&str]| Some(Target::Path(names.iter().map(|name| (*name).to_owned()).collect()));
        let parent = |names: &[&str]| Some(Target::Parent(names.iter().map(|name| (*name).to_owned()).collect()));
        assert_eq!(target(&config, root), path(&[]));
        assert_eq!(target(&config, &root.join("a/b.csv")), path(&["a", "b.csv"]));
        assert_eq!(target(&config, &root.join(".git/config")), parent(&[]), "hidden: the root's times only");
        assert_eq!(target(&config, &root.join("a/.b.csv.tmp")), parent(&["a"]));
        assert_eq!(target(&config, &root.with_file_name("elsewhere").join("x")), None, "outside");
        let sibling = PathBuf::from(format!("{}-2/x.csv", config.root_path_name()));
        assert_eq!(target(&config, &sibling), None, "a sibling whose name starts like the root's");
        assert_eq!(target(&config, &root.join("a/../b")), None, "not a plain path");
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let latin1 = root.join("a").join(std::ffi::OsStr::from_bytes(b"caf\xe9.csv"));
            assert_eq!(target(&config, &latin1), parent(&["a"]), "not UTF-8");
        }
        config.include_hidden = true;
        assert_eq!(target(&config, &root.join(".git/config")), path(&[".git", "config"]));
        config.recursive = false;
        assert_eq!(target(&config, &root.join("a/b.csv")), None, "below the root's entries");
        assert_eq!(target(&config, &root.join("b.csv")), path(&["b.csv"]));
    }

    #[test]
    fn a_file_comes_with_its_folders_and_a_new_folder_with_what_it_holds() {
        let (dir, config) = setup();
        let root = dir.path();
        fs::create_dir_all(root.join("a/new/deep")).unwrap();
        fs::write(root.join("a/x.csv"), "id,name\n").unwrap();
        fs::write(root.join("a/new/one.json"), "{}").unwrap();
        fs::write(root.join("a/new/deep/two.txt"), "2").unwrap();
        fs::write(root.join("a/new/.hidden"), "").unwrap();
        fs::write(root.join("other.txt"), "not named").unwrap();
        let named = [root.join("a/x.csv"), root.join("a/new"), root.join("a/new/one.json"), root.join("a/gone.csv")];
        let plan = plan(&config, named).unwrap();
        assert_eq!(
            paths(&plan, &config),
            ["/", "/a/", "/a/new/", "/a/new/deep/", "/a/new/deep/two.txt", "/a/new/one.json", "/a/x.csv"]
        );
        let Some(Scanned::File(csv)) = plan.items.get(&format!("{}/a/x.csv", config.root_path_name())) else {
            panic!("x.csv is planned")
        };
        assert_eq!(csv.columns.len(), 2);
        assert_eq!(relative(&plan.scopes, &config), ["/a/gone.csv", "/a/new", "/a/x.csv"], "one.json is in /a/new");
        assert!(plan.problems.is_empty() && plan.notes.is_empty());
    }

    #[test]
    fn a_folder_that_went_takes_the_scope_of_everything_below_it() {
        let (dir, config) = setup();
        fs::create_dir(dir.path().join("kept")).unwrap();
        let named = [dir.path().join("gone/deeper/x.csv"), dir.path().join("gone"), dir.path().join("kept/y.csv")];
        let plan = plan(&config, named).unwrap();
        assert_eq!(paths(&plan, &config), ["/", "/kept/"]);
        assert_eq!(relative(&plan.scopes, &config), ["/gone", "/kept/y.csv"]);
    }

    #[test]
    fn a_missing_root_plans_nothing() {
        let (dir, config) = setup();
        let root = dir.path().to_path_buf();
        drop(dir);
        assert!(matches!(plan(&config, [root.join("x")]), Err(RootProblem::Unreadable(_))));
    }

    #[cfg(unix)]
    #[test]
    fn links_to_folders_are_not_followed_and_unreadable_folders_remove_nothing() {
        let (dir, config) = setup();
        let root = dir.path();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("far.csv"), "a\n").unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("link")).unwrap();
        let plan = plan(&config, [root.join("link"), root.join("link/far.csv")]).unwrap();
        assert_eq!(paths(&plan, &config), ["/"]);
        assert_eq!(relative(&plan.scopes, &config), ["/link"], "nothing catalogued there is kept");

        // A folder whose subtree cannot be read whole (its deepest paths are longer than the
        // system allows, made in two halves): its files are written, nothing is removed.
        let segment = "d".repeat(200);
        let chain =
            |base: PathBuf, depth: usize| (0..depth).fold(base, |path, i| path.join(format!("{segment}{i:02}")));
        let upper = chain(root.join("big"), 10);
        fs::create_dir_all(&upper).unwrap();
        fs::write(root.join("big/seen.txt"), "1").unwrap();
        fs::create_dir_all(chain(outside.path().join("lower"), 12)).unwrap();
        fs::rename(outside.path().join("lower").join(format!("{segment}00")), upper.join("continued")).unwrap();
        let plan = super::plan(&config, [root.join("big")]).unwrap();
        assert!(!plan.problems.is_empty());
        assert!(paths(&plan, &config).contains(&"/big/seen.txt".to_owned()));
        assert!(plan.scopes.is_empty(), "{:?}", plan.scopes);
    }

    #[test]
    fn what_is_below_a_folder_sorts_right_after_it() {
        let mut paths = vec!["/r/a b", "/r/a/x", "/r/b", "/r/a", "/r/a/x/y"];
        paths.sort_by(|a, b| by_components(a, b));
        assert_eq!(paths, ["/r/a", "/r/a/x", "/r/a/x/y", "/r/a b", "/r/b"]);
        let (dir, config) = setup();
        for name in ["a", "a b", "a/x"] {
            fs::create_dir_all(dir.path().join(name)).unwrap();
        }
        let named = ["a b", "a/x", "a", "gone", "gone/deeper", "gone two"].map(|name| dir.path().join(name));
        let plan = plan(&config, named).unwrap();
        assert_eq!(relative(&plan.scopes, &config), ["/a", "/a b", "/gone", "/gone two"]);
    }

    #[test]
    fn scopes_and_folders() {
        assert!(is_at_or_below("/r/a", "/r/a"));
        assert!(is_at_or_below("/r/a/b", "/r/a"));
        assert!(!is_at_or_below("/r/ab", "/r/a"));
        assert!(is_at_or_below("/r", "/"));
    }
}
