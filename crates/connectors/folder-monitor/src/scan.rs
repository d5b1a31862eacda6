//! Reading the directory tree: everything a refresh writes is read first, so a root that cannot
//! be read changes nothing, and what could not be read below it is reported so that nothing is
//! removed on its account.
//!
//! Symbolic links to directories are not followed (a link back up the tree cannot loop); a
//! symbolic link to a regular file is catalogued under the link's path with its target's size and
//! times. Sockets, pipes, devices and links that lead nowhere are skipped, and only regular files
//! are opened.

use std::fs::{self, DirEntry, File, Metadata};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::config::FolderMonitorConfig;
use crate::mapping::{file_format, header_line, parse_delimited_line};

/// A folder: the root or one below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScannedFolder {
    /// Its absolute path.
    pub path_name: String,
    /// Its name (the root's last segment).
    pub name: String,
    /// The path name of the folder it is in; `None` for the root.
    pub parent: Option<String>,
    /// When it was created, if the file system says.
    pub created: Option<SystemTime>,
    /// When its entries last changed.
    pub modified: Option<SystemTime>,
}

/// A file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScannedFile {
    /// Its absolute path.
    pub path_name: String,
    /// Its name.
    pub name: String,
    /// The path name of its folder.
    pub folder: String,
    /// Its size in bytes.
    pub size: u64,
    /// When it was created, if the file system says.
    pub created: Option<SystemTime>,
    /// When its content last changed.
    pub modified: Option<SystemTime>,
    /// The names in its header line (delimited files, when columns are catalogued).
    pub columns: Vec<String>,
}

/// One item of the tree, parents before their children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Scanned {
    /// A folder.
    Folder(ScannedFolder),
    /// A file.
    File(ScannedFile),
}

/// What a scan found.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The folders and files, each folder before what it holds.
    pub items: Vec<Scanned>,
    /// What could not be read below the root: with any, the enumeration is incomplete.
    pub problems: Vec<String>,
    /// Entries left out on purpose: hidden ones, names that are not UTF-8, links to directories,
    /// dangling links, special files.
    pub skipped: usize,
}

/// Why the root could not be scanned.
#[derive(Debug)]
pub(crate) enum RootProblem {
    /// It cannot be read (it is missing, or may not be listed).
    Unreadable(io::Error),
    /// It is a file or something else.
    NotADirectory,
}

/// Reads the tree under the configured root.
pub(crate) fn scan(config: &FolderMonitorConfig) -> Result<Scan, RootProblem> {
    let root = config.root();
    let metadata = fs::metadata(root).map_err(RootProblem::Unreadable)?;
    if !metadata.is_dir() {
        return Err(RootProblem::NotADirectory);
    }
    // The root's listing must be whole: without it there is nothing to compare with.
    let entries = list(root).map_err(RootProblem::Unreadable)?;
    let root_name =
        root.file_name().map_or_else(|| config.root_path_name().to_owned(), |name| name.to_string_lossy().into());
    let mut scan = Scan::default();
    scan.items.push(Scanned::Folder(ScannedFolder {
        path_name: config.root_path_name().to_owned(),
        name: root_name,
        parent: None,
        created: millis(metadata.created()),
        modified: millis(metadata.modified()),
    }));
    // Directories still to list: their paths and path names.
    let mut pending: Vec<(PathBuf, String)> = Vec::new();
    visit(config, config.root_path_name(), entries, &mut scan, &mut pending);
    while let Some((path, path_name)) = pending.pop() {
        match list(&path) {
            Ok(entries) => visit(config, &path_name, entries, &mut scan, &mut pending),
            Err(error) => scan.problems.push(format!("the folder {path_name} cannot be listed: {error}")),
        }
    }
    Ok(scan)
}

/// The entries of a directory, sorted by name, or the first error listing them.
fn list(path: &Path) -> io::Result<Vec<DirEntry>> {
    let mut entries = fs::read_dir(path)?.collect::<io::Result<Vec<DirEntry>>>()?;
    entries.sort_by_key(DirEntry::file_name);
    Ok(entries)
}

/// Adds the files and folders of one directory to the scan, and queues its folders for listing.
fn visit(
    config: &FolderMonitorConfig,
    folder: &str,
    entries: Vec<DirEntry>,
    scan: &mut Scan,
    pending: &mut Vec<(PathBuf, String)>,
) {
    let mut folders = Vec::new();
    for entry in entries {
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            scan.skipped += 1;
            continue;
        };
        if name.starts_with('.') && !config.include_hidden {
            scan.skipped += 1;
            continue;
        }
        let path_name = join(folder, &name);
        let file_type = match entry.file_type() {
            Ok(file_type) => file_type,
            Err(error) => {
                scan.problems.push(format!("the type of {path_name} cannot be read: {error}"));
                continue;
            }
        };
        let metadata = if file_type.is_symlink() {
            // A link is followed only to a regular file; a dangling or looping one is no file.
            match fs::metadata(entry.path()) {
                Ok(target) if target.is_file() => target,
                Err(error) if !leads_nowhere(&error) => {
                    scan.problems.push(format!("the target of the link {path_name} cannot be read: {error}"));
                    continue;
                }
                _ => {
                    scan.skipped += 1;
                    continue;
                }
            }
        } else if file_type.is_dir() && !config.recursive {
            continue;
        } else if file_type.is_dir() || file_type.is_file() {
            match entry.metadata() {
                Ok(metadata) => metadata,
                Err(error) => {
                    // Most often it was removed while the scan ran; the next refresh will know.
                    scan.problems.push(format!("{path_name} cannot be read: {error}"));
                    continue;
                }
            }
        } else {
            scan.skipped += 1;
            continue;
        };
        if metadata.is_dir() {
            folders.push((
                entry.path(),
                ScannedFolder {
                    parent: Some(folder.to_owned()),
                    created: millis(metadata.created()),
                    modified: millis(metadata.modified()),
                    path_name,
                    name,
                },
            ));
        } else {
            let columns = columns(config, &entry.path(), &path_name, &name, &metadata, &mut scan.problems);
            scan.items.push(Scanned::File(ScannedFile {
                folder: folder.to_owned(),
                size: metadata.len(),
                created: millis(metadata.created()),
                modified: millis(metadata.modified()),
                columns,
                path_name,
                name,
            }));
        }
    }
    // The folders after the files, in name order, and listed in that order (the stack pops the last).
    pending.extend(folders.iter().rev().map(|(path, folder)| (path.clone(), folder.path_name.clone())));
    scan.items.extend(folders.into_iter().map(|(_, folder)| Scanned::Folder(folder)));
}

/// The names of a delimited file's header line (none for other files, or when columns are not
/// catalogued). A file that cannot be read is reported as a problem.
fn columns(
    config: &FolderMonitorConfig,
    path: &Path,
    path_name: &str,
    name: &str,
    metadata: &Metadata,
    problems: &mut Vec<String>,
) -> Vec<String> {
    let Some(delimiter) = file_format(name).delimiter.filter(|_| config.catalog_columns) else {
        return Vec::new();
    };
    let mut head = Vec::new();
    let limit = u64::try_from(config.max_header_bytes).unwrap_or(u64::MAX);
    if let Err(error) = File::open(path).and_then(|file| file.take(limit).read_to_end(&mut head)) {
        problems.push(format!("the header of {path_name} cannot be read: {error}"));
        return Vec::new();
    }
    header_line(&head, metadata.len()).map(|line| parse_delimited_line(&line, delimiter)).unwrap_or_default()
}

/// True when a link's target cannot be read because there is none — it is missing, a segment of
/// its path is a file, the links loop, ... — rather than because it may not be read.
fn leads_nowhere(error: &io::Error) -> bool {
    error.kind() != io::ErrorKind::PermissionDenied
}

/// The path name of `name` in the folder `folder`.
fn join(folder: &str, name: &str) -> String {
    if folder.ends_with('/') { format!("{folder}{name}") } else { format!("{folder}/{name}") }
}

/// A time truncated to milliseconds (what the repository keeps), so an unchanged file gives the
/// same properties every time; `None` when the file system does not say.
fn millis(time: io::Result<SystemTime>) -> Option<SystemTime> {
    let time = time.ok()?;
    Some(match time.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(since) => SystemTime::UNIX_EPOCH + Duration::from_millis(u64::try_from(since.as_millis()).ok()?),
        Err(before) => {
            SystemTime::UNIX_EPOCH - Duration::from_millis(u64::try_from(before.duration().as_millis()).ok()?)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(scan: &Scan) -> Vec<String> {
        scan.items
            .iter()
            .map(|item| match item {
                Scanned::Folder(folder) => format!("{}/", folder.path_name),
                Scanned::File(file) => file.path_name.clone(),
            })
            .collect()
    }

    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/deep")).unwrap();
        fs::create_dir_all(root.join("a")).unwrap();
        fs::create_dir_all(root.join(".git")).unwrap();
        fs::write(root.join("z.csv"), "id,\"full name\"\n1,x\n").unwrap();
        fs::write(root.join("m.json"), "{}").unwrap();
        fs::write(root.join(".hidden"), "").unwrap();
        fs::write(root.join("a/one.txt"), "1").unwrap();
        fs::write(root.join("b/deep/two.parquet"), "PAR1").unwrap();
        dir
    }

    #[test]
    fn the_tree_is_read_parents_first_in_name_order() {
        let dir = tree();
        let config = FolderMonitorConfig::new(dir.path()).unwrap();
        let root = config.root_path_name().to_owned();
        let scan = scan(&config).unwrap();
        let expected: Vec<String> =
            ["/", "/m.json", "/z.csv", "/a/", "/b/", "/a/one.txt", "/b/deep/", "/b/deep/two.parquet"]
                .iter()
                .map(|suffix| if *suffix == "/" { format!("{root}/") } else { format!("{root}{suffix}") })
                .collect();
        assert_eq!(names(&scan), expected);
        assert!(scan.problems.is_empty(), "{:?}", scan.problems);
        assert_eq!(scan.skipped, 2, ".git and .hidden");
        let Scanned::File(csv) = &scan.items[2] else { panic!("z.csv is a file") };
        assert_eq!(csv.columns, ["id", "full name"]);
        assert_eq!(csv.size, 19);
        assert_eq!(csv.folder, root);
        let Scanned::Folder(deep) = &scan.items[6] else { panic!("deep is a folder") };
        assert_eq!(deep.parent.as_deref(), Some(format!("{root}/b").as_str()));
        assert!(deep.modified.is_some());
    }

    #[test]
    fn options_narrow_what_is_read() {
        let dir = tree();
        let mut config = FolderMonitorConfig::new(dir.path()).unwrap();
        config.recursive = false;
        config.include_hidden = true;
        config.catalog_columns = false;
        let root = config.root_path_name().to_owned();
        let scan = scan(&config).unwrap();
        let expected: Vec<String> =
            ["/", "/.hidden", "/m.json", "/z.csv"].iter().map(|suffix| format!("{root}{suffix}")).collect();
        assert_eq!(names(&scan), expected);
        let Scanned::File(csv) = &scan.items[3] else { panic!("z.csv is a file") };
        assert!(csv.columns.is_empty());
    }

    #[test]
    fn a_missing_root_or_a_file_is_no_tree() {
        let dir = tree();
        let missing = FolderMonitorConfig::new(dir.path().join("nowhere")).unwrap();
        assert!(
            matches!(scan(&missing), Err(RootProblem::Unreadable(error)) if error.kind() == io::ErrorKind::NotFound)
        );
        let file = FolderMonitorConfig::new(dir.path().join("m.json")).unwrap();
        assert!(matches!(scan(&file), Err(RootProblem::NotADirectory)));
    }

    #[test]
    fn long_header_lines_and_limits() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("wide.csv"), format!("{}\n1\n", "c".repeat(100))).unwrap();
        let mut config = FolderMonitorConfig::new(dir.path()).unwrap();
        config.max_header_bytes = 50;
        let scan = scan(&config).unwrap();
        let Scanned::File(wide) = &scan.items[1] else { panic!("wide.csv is a file") };
        assert!(wide.columns.is_empty(), "the header does not end within the bytes read");
    }

    #[test]
    fn times_are_kept_to_the_millisecond() {
        let time = SystemTime::UNIX_EPOCH + Duration::new(1_700_000_000, 123_456_789);
        assert_eq!(millis(Ok(time)), Some(SystemTime::UNIX_EPOCH + Duration::from_millis(1_700_000_000_123)));
        assert_eq!(millis(Err(io::Error::other("unsupported"))), None);
    }

    #[cfg(unix)]
    #[test]
    fn links_to_directories_are_not_followed_and_links_to_files_are_files() {
        let dir = tree();
        let root = dir.path();
        std::os::unix::fs::symlink(root, root.join("b/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("b"), root.join("a/up")).unwrap();
        std::os::unix::fs::symlink(root.join("m.json"), root.join("a/link.json")).unwrap();
        std::os::unix::fs::symlink(root.join("gone"), root.join("a/dangling.csv")).unwrap();
        std::os::unix::fs::symlink(root.join("a/ring.csv"), root.join("a/ring.csv")).unwrap();
        std::os::unix::fs::symlink(root.join("m.json/x"), root.join("a/through-a-file.csv")).unwrap();
        let config = FolderMonitorConfig::new(root).unwrap();
        let scan = scan(&config).unwrap();
        let names = names(&scan);
        assert_eq!(names.len(), 9, "{names:?}");
        let link = format!("{}/a/link.json", config.root_path_name());
        let Some(Scanned::File(file)) =
            scan.items.iter().find(|item| matches!(item, Scanned::File(f) if f.path_name == link))
        else {
            panic!("the link to a file is catalogued: {names:?}")
        };
        assert_eq!(file.size, 2, "the target's size");
        assert_eq!(scan.skipped, 7, "hidden ×2, two links to directories, three links to nothing");
        assert!(scan.problems.is_empty(), "{:?}", scan.problems);
    }
}
