//! Reading the directory tree: everything a refresh writes is read first, so a root that cannot
//! be read changes nothing, and what could not be read below it is reported so that nothing is
//! removed on its account.
//!
//! Symbolic links to directories are not followed (a link back up the tree cannot loop); a
//! symbolic link to a regular file is catalogued under the link's path with its target's size and
//! times. Sockets, pipes, devices and links that lead nowhere are skipped, and only regular files
//! are opened.
//!
//! The blocking mode reads by the same rules, only less: one path ([`probe`]) or one folder's
//! subtree ([`scan_below`]) at a time.

use std::fs::{self, DirEntry, File, FileType, Metadata};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::config::FolderMonitorConfig;
use crate::mapping::{file_format, header_line, parse_delimited_line};
use crate::parquet::{ParquetColumn, ParquetSchemaError, read_parquet_columns};

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

/// A column of a file: from a delimited file's header line, or a Parquet file's schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScannedColumn {
    /// Its name (a Parquet column inside groups: its dotted path).
    pub name: String,
    /// Its data type: `string` for delimited text; a Parquet column's logical or physical type.
    pub data_type: String,
    /// A Parquet column's physical type (with its length when it is fixed).
    pub native_class: Option<String>,
    /// Whether a value can be missing (Parquet).
    pub nullable: Option<bool>,
    /// The length in bytes of a fixed-length value (Parquet).
    pub length: Option<i32>,
    /// The precision of a decimal (Parquet).
    pub precision: Option<i32>,
}

impl ScannedColumn {
    /// A column of delimited text: every value is a string.
    pub fn text(name: impl Into<String>) -> ScannedColumn {
        ScannedColumn {
            name: name.into(),
            data_type: "string".to_owned(),
            native_class: None,
            nullable: None,
            length: None,
            precision: None,
        }
    }

    /// A Parquet column.
    pub fn parquet(column: &ParquetColumn) -> ScannedColumn {
        let native_class = match column.length {
            Some(length) => format!("{}({length})", column.physical_type),
            None => column.physical_type.clone(),
        };
        ScannedColumn {
            name: column.name(),
            data_type: column.data_type().to_owned(),
            native_class: Some(native_class),
            nullable: Some(column.nullable),
            length: column.length,
            precision: column.precision,
        }
    }
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
    /// Its columns (delimited and Parquet files, when columns are catalogued).
    pub columns: Vec<ScannedColumn>,
}

/// One item of the tree, parents before their children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Scanned {
    /// A folder.
    Folder(ScannedFolder),
    /// A file.
    File(ScannedFile),
}

impl Scanned {
    /// Its path name.
    pub fn path_name(&self) -> &str {
        match self {
            Scanned::Folder(folder) => &folder.path_name,
            Scanned::File(file) => &file.path_name,
        }
    }
}

/// What a scan found.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The folders and files, each folder before what it holds.
    pub items: Vec<Scanned>,
    /// What could not be read below the root: with any, the enumeration is incomplete.
    pub problems: Vec<String>,
    /// Files catalogued without columns because their schema could not be read (a damaged
    /// Parquet footer, say): worth telling, but the enumeration is complete.
    pub notes: Vec<String>,
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

/// Reads the tree under the configured root, whole (the tests' view of a walk).
#[cfg(test)]
pub(crate) fn scan(config: &FolderMonitorConfig) -> Result<Scan, RootProblem> {
    let mut walk = Walk::from_root(config)?;
    while walk.step() {}
    Ok(walk.scan)
}

/// A walk of the tree, one folder's listing at a time: a refresh writes what each listing found
/// before the next, so the tree is never held in memory whole. Items come parents first.
pub(crate) struct Walk<'a> {
    config: &'a FolderMonitorConfig,
    /// Folders still to list: their paths and path names.
    pending: Vec<(PathBuf, String)>,
    /// What was found and not taken yet, and the problems, notes and skipped entries so far.
    pub scan: Scan,
}

impl<'a> Walk<'a> {
    /// A walk of the tree under the configured root: the root folder and its entries. The root's
    /// listing must be whole: without it there is nothing to compare with.
    pub(crate) fn from_root(config: &'a FolderMonitorConfig) -> Result<Walk<'a>, RootProblem> {
        let root = root_folder(config)?;
        let entries = list(config.root()).map_err(RootProblem::Unreadable)?;
        let mut walk = Walk { config, pending: Vec::new(), scan: Scan::default() };
        walk.scan.items.push(Scanned::Folder(root));
        visit(config, config.root_path_name(), entries, &mut walk.scan, &mut walk.pending);
        Ok(walk)
    }

    /// Lists the next folder; false when every folder has been listed.
    pub(crate) fn step(&mut self) -> bool {
        let Some((path, path_name)) = self.pending.pop() else { return false };
        match list(&path) {
            Ok(entries) => visit(self.config, &path_name, entries, &mut self.scan, &mut self.pending),
            Err(error) => self.scan.problems.push(format!("the folder {path_name} cannot be listed: {error}")),
        }
        true
    }

    /// The items found since the last call.
    pub(crate) fn take_items(&mut self) -> Vec<Scanned> {
        std::mem::take(&mut self.scan.items)
    }
}

/// The root folder, when it is a directory.
pub(crate) fn root_folder(config: &FolderMonitorConfig) -> Result<ScannedFolder, RootProblem> {
    let root = config.root();
    let metadata = fs::metadata(root).map_err(RootProblem::Unreadable)?;
    if !metadata.is_dir() {
        return Err(RootProblem::NotADirectory);
    }
    let name =
        root.file_name().map_or_else(|| config.root_path_name().to_owned(), |name| name.to_string_lossy().into());
    Ok(ScannedFolder {
        path_name: config.root_path_name().to_owned(),
        name,
        parent: None,
        created: millis(metadata.created()),
        modified: millis(metadata.modified()),
    })
}

/// Adds what is below the folder `path_name` (not the folder itself) to `scan`; what cannot be
/// listed is a problem.
pub(crate) fn scan_below(config: &FolderMonitorConfig, path_name: &str, scan: &mut Scan) {
    let mut walk =
        Walk { config, pending: vec![(PathBuf::from(path_name), path_name.to_owned())], scan: Scan::default() };
    while walk.step() {}
    scan.items.append(&mut walk.scan.items);
    scan.problems.append(&mut walk.scan.problems);
    scan.notes.append(&mut walk.scan.notes);
    scan.skipped += walk.scan.skipped;
}

/// What is at one path now, by the scan's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Probe {
    /// A folder the scan would catalog.
    Folder(ScannedFolder),
    /// A file the scan would catalog.
    File(ScannedFile),
    /// Nothing the scan would catalog: nothing at all, a link to a directory, a pipe, ...
    Absent,
    /// It cannot be told (a problem is recorded).
    Unknown,
}

/// Looks at the entry `name` of the folder `folder` (a path name), as the scan would when
/// listing that folder. The caller checks that the folder itself is in the tree.
pub(crate) fn probe(config: &FolderMonitorConfig, folder: &str, name: &str, scan: &mut Scan) -> Probe {
    let path_name = join(folder, name);
    if name.starts_with('.') && !config.include_hidden {
        return Probe::Absent;
    }
    let path = Path::new(&path_name);
    let metadata = match fs::symlink_metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if leads_nowhere(&error) => return Probe::Absent,
        Err(error) => {
            scan.problems.push(format!("{path_name} cannot be read: {error}"));
            return Probe::Unknown;
        }
    };
    match kind_of(config, path, &path_name, metadata.file_type(), || Ok(metadata.clone())) {
        Kind::Folder(metadata) => Probe::Folder(ScannedFolder {
            parent: Some(folder.to_owned()),
            created: millis(metadata.created()),
            modified: millis(metadata.modified()),
            path_name,
            name: name.to_owned(),
        }),
        Kind::File(metadata) => Probe::File(scanned_file(config, folder, name, path_name, &metadata, scan)),
        Kind::Skipped | Kind::Left => Probe::Absent,
        Kind::Problem(problem) => {
            scan.problems.push(problem);
            Probe::Unknown
        }
    }
}

/// The entries of a directory, sorted by name, or the first error listing them.
fn list(path: &Path) -> io::Result<Vec<DirEntry>> {
    let mut entries = fs::read_dir(path)?.collect::<io::Result<Vec<DirEntry>>>()?;
    entries.sort_by_key(DirEntry::file_name);
    Ok(entries)
}

/// What an entry of a directory is to the scan.
enum Kind {
    /// A folder to catalog (and list, when recursive).
    Folder(Metadata),
    /// A file to catalog: a regular file, or a link to one (its target's metadata).
    File(Metadata),
    /// Left out on purpose, and counted: a link to a directory, a dangling link, a special file.
    Skipped,
    /// Left out because the configuration says so: a folder when not recursive.
    Left,
    /// It cannot be read.
    Problem(String),
}

/// Classifies an entry from its type (not following links) and, for a folder or a regular file,
/// its metadata.
fn kind_of(
    config: &FolderMonitorConfig,
    path: &Path,
    path_name: &str,
    file_type: FileType,
    metadata: impl FnOnce() -> io::Result<Metadata>,
) -> Kind {
    if file_type.is_symlink() {
        // A link is followed only to a regular file; a dangling or looping one is no file.
        match fs::metadata(path) {
            Ok(target) if target.is_file() => Kind::File(target),
            Err(error) if !leads_nowhere(&error) => {
                Kind::Problem(format!("the target of the link {path_name} cannot be read: {error}"))
            }
            _ => Kind::Skipped,
        }
    } else if file_type.is_dir() && !config.recursive {
        Kind::Left
    } else if file_type.is_dir() || file_type.is_file() {
        match metadata() {
            Ok(metadata) if metadata.is_dir() => Kind::Folder(metadata),
            Ok(metadata) => Kind::File(metadata),
            // Most often it was removed while the scan ran; the next refresh will know.
            Err(error) => Kind::Problem(format!("{path_name} cannot be read: {error}")),
        }
    } else {
        Kind::Skipped
    }
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
        match kind_of(config, &entry.path(), &path_name, file_type, || entry.metadata()) {
            Kind::Folder(metadata) => folders.push((
                entry.path(),
                ScannedFolder {
                    parent: Some(folder.to_owned()),
                    created: millis(metadata.created()),
                    modified: millis(metadata.modified()),
                    path_name,
                    name,
                },
            )),
            Kind::File(metadata) => {
                let file = scanned_file(config, folder, &name, path_name, &metadata, scan);
                scan.items.push(Scanned::File(file));
            }
            Kind::Skipped => scan.skipped += 1,
            Kind::Left => {}
            Kind::Problem(problem) => scan.problems.push(problem),
        }
    }
    // The folders after the files, in name order, and listed in that order (the stack pops the last).
    pending.extend(folders.iter().rev().map(|(path, folder)| (path.clone(), folder.path_name.clone())));
    scan.items.extend(folders.into_iter().map(|(_, folder)| Scanned::Folder(folder)));
}

/// A file with its columns.
fn scanned_file(
    config: &FolderMonitorConfig,
    folder: &str,
    name: &str,
    path_name: String,
    metadata: &Metadata,
    scan: &mut Scan,
) -> ScannedFile {
    let columns = columns(config, &path_name, name, metadata, scan);
    ScannedFile {
        folder: folder.to_owned(),
        size: metadata.len(),
        created: millis(metadata.created()),
        modified: millis(metadata.modified()),
        columns,
        path_name,
        name: name.to_owned(),
    }
}

/// The columns of a file: a delimited file's header line, a Parquet file's schema; none for
/// other files, or when columns are not catalogued. A file that cannot be read is a problem; a
/// Parquet file whose footer is damaged (or whose schema is larger than `maxHeaderBytes`) gets no
/// columns and a note.
fn columns(
    config: &FolderMonitorConfig,
    path_name: &str,
    name: &str,
    metadata: &Metadata,
    scan: &mut Scan,
) -> Vec<ScannedColumn> {
    if !config.catalog_columns {
        return Vec::new();
    }
    let format = file_format(name);
    let path = Path::new(path_name);
    if format.type_name == "ParquetFile" {
        return match read_parquet_columns(path, config.max_header_bytes) {
            Ok(columns) => columns.iter().map(ScannedColumn::parquet).collect(),
            Err(ParquetSchemaError::Io(error)) => {
                scan.problems.push(format!("the schema of {path_name} cannot be read: {error}"));
                Vec::new()
            }
            Err(error) => {
                scan.notes.push(format!("{path_name} has no columns: {error}"));
                Vec::new()
            }
        };
    }
    let Some(delimiter) = format.delimiter else {
        return Vec::new();
    };
    let mut head = Vec::new();
    let limit = u64::try_from(config.max_header_bytes).unwrap_or(u64::MAX);
    if let Err(error) = File::open(path).and_then(|file| file.take(limit).read_to_end(&mut head)) {
        scan.problems.push(format!("the header of {path_name} cannot be read: {error}"));
        return Vec::new();
    }
    header_line(&head, metadata.len())
        .map(|line| parse_delimited_line(&line, delimiter).into_iter().map(ScannedColumn::text).collect())
        .unwrap_or_default()
}

/// True when a path cannot be read because there is nothing there — it is missing, a segment of
/// its path is a file, links loop, ... — rather than because it may not be read.
fn leads_nowhere(error: &io::Error) -> bool {
    error.kind() != io::ErrorKind::PermissionDenied
}

/// The path name of `name` in the folder `folder`.
pub(crate) fn join(folder: &str, name: &str) -> String {
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
        assert_eq!(scan.notes.len(), 1, "two.parquet is not Parquet: {:?}", scan.notes);
        assert!(
            scan.notes[0].contains("two.parquet has no columns: the Parquet footer is not valid"),
            "{:?}",
            scan.notes
        );
        assert_eq!(scan.skipped, 2, ".git and .hidden");
        let Scanned::File(csv) = &scan.items[2] else { panic!("z.csv is a file") };
        let names: Vec<&str> = csv.columns.iter().map(|column| column.name.as_str()).collect();
        assert_eq!(names, ["id", "full name"]);
        assert_eq!(csv.columns[0], ScannedColumn::text("id"));
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
