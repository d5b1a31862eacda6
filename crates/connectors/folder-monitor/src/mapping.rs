//! From what the file system shows to the beans the files service writes: the open metadata type
//! of a file's format, qualified names and synchronizer keys, the properties of folders, files and
//! columns, and the header line of a delimited file.
//!
//! Everything here is pure: [`crate::scan`] reads, this maps, the connector synchronizes.

use std::collections::{BTreeMap, HashMap};

use files_integrator::{DataFileProperties, FileFolderProperties, TabularColumnProperties, get_file_extension};

use crate::scan::{ScannedColumn, ScannedFile, ScannedFolder};

/// A file format: the open metadata type of its files, the `fileType` recorded, and for delimited
/// text the separator of its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileFormat {
    /// `DataFile` or one of its subtypes, e.g. `CSVFile`.
    pub type_name: &'static str,
    /// The format's name, e.g. `CSV` (recorded as `fileType`); `None` for an unknown format.
    pub file_type: Option<&'static str>,
    /// The separator of delimited text (CSV, TSV, PSV): such files get columns.
    pub delimiter: Option<char>,
}

/// The quote character of delimited text.
pub const QUOTE_CHARACTER: char = '"';

/// The formats by extension (lower case): extensions, type, file type, delimiter.
const FORMATS: &[(&[&str], &str, &str, Option<char>)] = &[
    (&["csv"], "CSVFile", "CSV", Some(',')),
    (&["tsv", "tab"], "CSVFile", "TSV", Some('\t')),
    (&["psv"], "CSVFile", "PSV", Some('|')),
    (&["json", "geojson"], "JSONFile", "JSON", None),
    (&["jsonl", "ndjson"], "JSONFile", "JSON Lines", None),
    (&["parquet"], "ParquetFile", "Parquet", None),
    (&["avro"], "AvroFile", "Avro", None),
    (&["xml", "xsd"], "XMLFile", "XML", None),
    (&["log"], "LogFile", "Log", None),
    (&["xls", "xlsx", "xlsm"], "SpreadsheetFile", "Excel", None),
    (&["ods"], "SpreadsheetFile", "OpenDocument Spreadsheet", None),
    (&["zip", "jar"], "ArchiveFile", "ZIP", None),
    (&["tar"], "ArchiveFile", "TAR", None),
    (&["gz", "tgz"], "ArchiveFile", "GZIP", None),
    (&["bz2"], "ArchiveFile", "BZIP2", None),
    (&["xz"], "ArchiveFile", "XZ", None),
    (&["zst"], "ArchiveFile", "Zstandard", None),
    (&["7z"], "ArchiveFile", "7-Zip", None),
    (&["jks", "keystore"], "KeystoreFile", "Java KeyStore", None),
    (&["p12", "pfx"], "KeystoreFile", "PKCS #12", None),
    (&["txt", "text"], "Document", "Text", None),
    (&["md", "markdown"], "Document", "Markdown", None),
    (&["pdf"], "Document", "PDF", None),
    (&["doc", "docx"], "Document", "Word", None),
    (&["odt"], "Document", "OpenDocument Text", None),
    (&["rtf"], "Document", "Rich Text", None),
    (&["html", "htm"], "Document", "HTML", None),
    (&["png"], "RasterFile", "PNG", None),
    (&["jpg", "jpeg"], "RasterFile", "JPEG", None),
    (&["gif"], "RasterFile", "GIF", None),
    (&["bmp"], "RasterFile", "Bitmap", None),
    (&["tif", "tiff"], "RasterFile", "TIFF", None),
    (&["webp"], "RasterFile", "WebP", None),
    (&["svg"], "VectorFile", "SVG", None),
    (&["mp3"], "AudioFile", "MP3", None),
    (&["wav"], "AudioFile", "WAV", None),
    (&["flac"], "AudioFile", "FLAC", None),
    (&["ogg"], "AudioFile", "Ogg", None),
    (&["mp4"], "VideoFile", "MP4", None),
    (&["mov"], "VideoFile", "QuickTime", None),
    (&["avi"], "VideoFile", "AVI", None),
    (&["mkv"], "VideoFile", "Matroska", None),
    (&["webm"], "VideoFile", "WebM", None),
    (&["stl"], "3DImageFile", "STL", None),
    (&["gltf", "glb"], "3DImageFile", "glTF", None),
];

/// The format of a file, from its name's extension (in any case); `DataFile` when the extension
/// is unknown or absent.
pub fn file_format(file_name: &str) -> FileFormat {
    let extension = get_file_extension(file_name).map(|extension| extension.to_ascii_lowercase());
    extension
        .and_then(|extension| FORMATS.iter().find(|(extensions, ..)| extensions.contains(&extension.as_str())))
        .map_or(
            FileFormat { type_name: "DataFile", file_type: None, delimiter: None },
            |(_, type_name, file_type, delimiter)| FileFormat {
                type_name,
                file_type: Some(file_type),
                delimiter: *delimiter,
            },
        )
}

/// True when files of the format have columns to catalog: delimited text and Parquet.
pub(crate) fn has_columns(format: &FileFormat) -> bool {
    format.delimiter.is_some() || format.type_name == "ParquetFile"
}

/// The qualified name of a folder: `FileFolder::<path name>` (the files service's own names).
pub fn folder_qualified_name(path_name: &str) -> String {
    format!("FileFolder::{path_name}")
}

/// The qualified name of a file, whatever its format: `DataFile::<path name>` (the files service's
/// own names).
pub fn file_qualified_name(path_name: &str) -> String {
    format!("DataFile::{path_name}")
}

/// The qualified name of a column of a file: `TabularColumn::<path name>::<label>`.
pub fn column_qualified_name(path_name: &str, label: &str) -> String {
    format!("TabularColumn::{path_name}::{label}")
}

/// A path in a synchronizer key: `%` and `#` escaped, so no key of a path contains `#` and the
/// suffixes of schema types (`#schemaType`) and columns (`#column:`) cannot clash with a path.
fn key_path(path_name: &str) -> String {
    path_name.replace('%', "%25").replace('#', "%23")
}

/// The synchronizer key of a folder.
pub(crate) fn folder_key(path_name: &str) -> String {
    format!("folder:{}", key_path(path_name))
}

/// The synchronizer key of a file.
pub(crate) fn file_key(path_name: &str) -> String {
    format!("file:{}", key_path(path_name))
}

/// The synchronizer key of a column of a file.
pub(crate) fn column_key(file_key: &str, label: &str) -> String {
    format!("{file_key}#column:{label}")
}

/// The properties of a folder.
pub(crate) fn folder_properties(folder: &ScannedFolder) -> FileFolderProperties {
    FileFolderProperties {
        display_name: Some(folder.name.clone()),
        resource_name: Some(folder.name.clone()),
        path_name: Some(folder.path_name.clone()),
        store_create_time: folder.created.map(Into::into),
        store_update_time: folder.modified.map(Into::into),
        ..FileFolderProperties::new(folder_qualified_name(&folder.path_name))
    }
}

/// The additional property that holds a file's size in bytes (`DataFile` has no attribute for it).
pub const FILE_SIZE_PROPERTY: &str = "fileSize";

/// The properties of a file, typed by its format.
pub(crate) fn file_properties(file: &ScannedFile) -> DataFileProperties {
    let format = file_format(&file.name);
    let mut properties = DataFileProperties {
        type_name: Some(format.type_name.to_owned()),
        display_name: Some(file.name.clone()),
        resource_name: Some(file.name.clone()),
        path_name: Some(file.path_name.clone()),
        file_name: Some(file.name.clone()),
        file_extension: get_file_extension(&file.name),
        file_type: format.file_type.map(str::to_owned),
        store_create_time: file.created.map(Into::into),
        store_update_time: file.modified.map(Into::into),
        additional_properties: Some(BTreeMap::from([(FILE_SIZE_PROPERTY.to_owned(), file.size.to_string())])),
        ..DataFileProperties::new(file_qualified_name(&file.path_name))
    };
    if let Some(delimiter) = format.delimiter {
        properties.extended_properties.insert("delimiterCharacter", delimiter.to_string());
        properties.extended_properties.insert("quoteCharacter", QUOTE_CHARACTER.to_string());
    }
    properties
}

/// The columns of a file: each with its label (unique within the file) and properties. A
/// delimited file's values are all strings; a Parquet column has its type, whether it can be
/// missing, and a fixed length or a decimal's precision.
pub(crate) fn column_properties(path_name: &str, columns: &[ScannedColumn]) -> Vec<(String, TabularColumnProperties)> {
    let names: Vec<&str> = columns.iter().map(|column| column.name.as_str()).collect();
    column_labels(&names)
        .into_iter()
        .zip(columns)
        .enumerate()
        .map(|(position, (label, column))| {
            let properties = TabularColumnProperties {
                display_name: (!column.name.is_empty()).then(|| column.name.clone()),
                data_type: Some(column.data_type.clone()),
                native_class: column.native_class.clone(),
                is_nullable: column.nullable,
                length: column.length,
                precision: column.precision,
                element_position: i32::try_from(position).ok(),
                ..TabularColumnProperties::new(column_qualified_name(path_name, &label))
            };
            (label, properties)
        })
        .collect()
}

/// A label per column, unique within the header: the name itself when it is not empty, contains no
/// `#` and occurs once; otherwise `<name>#<position>`. Labels without `#` are distinct names, and
/// those with one end in distinct positions, so no two labels are equal.
pub(crate) fn column_labels(names: &[&str]) -> Vec<String> {
    let mut occurrences: HashMap<&str, usize> = HashMap::new();
    for name in names {
        *occurrences.entry(name).or_default() += 1;
    }
    names
        .iter()
        .enumerate()
        .map(|(position, name)| {
            if name.is_empty() || name.contains('#') || occurrences[name] > 1 {
                format!("{name}#{position}")
            } else {
                (*name).to_owned()
            }
        })
        .collect()
}

/// The header line at the start of a file (`head` is its first bytes, `size` its length): `None`
/// when it is blank or does not end within the bytes read.
pub(crate) fn header_line(head: &[u8], size: u64) -> Option<String> {
    let line = match head.iter().position(|byte| *byte == b'\n') {
        Some(end) => &head[..end],
        // No line end: the whole file is the header line if it was read to its end.
        None if head.len() as u64 >= size => head,
        None => return None,
    };
    let text = String::from_utf8_lossy(line);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let text = text.strip_suffix('\r').unwrap_or(text);
    (!text.trim().is_empty()).then(|| text.to_owned())
}

/// The values of one line of delimited text: separated by `delimiter`, a value may be quoted with
/// `"` (a doubled quote inside stands for one); unquoted values are trimmed.
pub fn parse_delimited_line(line: &str, delimiter: char) -> Vec<String> {
    let mut values = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == QUOTE_CHARACTER {
                if chars.peek() == Some(&QUOTE_CHARACTER) {
                    current.push(QUOTE_CHARACTER);
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                current.push(c);
            }
        } else if c == delimiter {
            values.push(finish(&mut current, was_quoted));
            was_quoted = false;
        } else if c == QUOTE_CHARACTER && current.trim().is_empty() && !was_quoted {
            current.clear();
            quoted = true;
            was_quoted = true;
        } else {
            current.push(c);
        }
    }
    values.push(finish(&mut current, was_quoted));
    values
}

fn finish(current: &mut String, was_quoted: bool) -> String {
    let value = std::mem::take(current);
    if was_quoted { value } else { value.trim().to_owned() }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, SystemTime};

    use super::*;

    #[test]
    fn formats_follow_the_extension_in_any_case() {
        let check = |name: &str, type_name: &str, file_type: Option<&str>, delimiter: Option<char>| {
            let format = file_format(name);
            assert_eq!(
                (format.type_name, format.file_type, format.delimiter),
                (type_name, file_type, delimiter),
                "{name}"
            );
        };
        check("orders.csv", "CSVFile", Some("CSV"), Some(','));
        check("ORDERS.CSV", "CSVFile", Some("CSV"), Some(','));
        check("orders.tsv", "CSVFile", Some("TSV"), Some('\t'));
        check("meta.json", "JSONFile", Some("JSON"), None);
        check("events.ndjson", "JSONFile", Some("JSON Lines"), None);
        check("sales.parquet", "ParquetFile", Some("Parquet"), None);
        check("events.avro", "AvroFile", Some("Avro"), None);
        check("notes.txt", "Document", Some("Text"), None);
        check("server.log", "LogFile", Some("Log"), None);
        check("orders.csv.gz", "ArchiveFile", Some("GZIP"), None);
        check("photo.JPEG", "RasterFile", Some("JPEG"), None);
        check("model.glb", "3DImageFile", Some("glTF"), None);
        check("README", "DataFile", None, None);
        check("data.bin", "DataFile", None, None);
        check(".profile", "DataFile", None, None);
    }

    #[test]
    fn every_format_names_a_data_file_type_once() {
        let mut seen = std::collections::HashSet::new();
        for (extensions, type_name, ..) in FORMATS {
            assert!(type_name.ends_with("File") || *type_name == "Document", "{type_name}");
            for extension in *extensions {
                assert!(seen.insert(*extension), "{extension} is listed twice");
                assert_eq!(*extension, extension.to_ascii_lowercase());
            }
        }
    }

    #[test]
    fn keys_keep_paths_apart_from_schema_and_column_suffixes() {
        assert_eq!(folder_key("/data/landing"), "folder:/data/landing");
        assert_eq!(file_key("/data/a#b%c.csv"), "file:/data/a%23b%25c.csv");
        assert_ne!(file_key("/d/x.csv#schemaType"), format!("{}#schemaType", file_key("/d/x.csv")));
        assert_ne!(file_key("/d/x%23"), file_key("/d/x#"));
        assert_eq!(column_key(&file_key("/d/x.csv"), "id"), "file:/d/x.csv#column:id");
    }

    #[test]
    fn folders_and_files_become_beans() {
        let modified = SystemTime::UNIX_EPOCH + Duration::from_millis(1_700_000_000_123);
        let folder = ScannedFolder {
            path_name: "/data/landing".into(),
            name: "landing".into(),
            parent: Some("/data".into()),
            created: None,
            modified: Some(modified),
        };
        let properties = folder_properties(&folder);
        assert_eq!(properties.qualified_name.as_deref(), Some("FileFolder::/data/landing"));
        assert_eq!(properties.path_name.as_deref(), Some("/data/landing"));
        assert_eq!(properties.display_name.as_deref(), Some("landing"));
        assert_eq!(properties.store_update_time.map(SystemTime::from), Some(modified));
        assert_eq!(properties.store_create_time, None);

        let file = ScannedFile {
            path_name: "/data/landing/orders.csv".into(),
            name: "orders.csv".into(),
            folder: "/data/landing".into(),
            size: 42,
            created: Some(modified),
            modified: Some(modified),
            columns: vec![ScannedColumn::text("id")],
        };
        let properties = file_properties(&file);
        assert_eq!(properties.type_name.as_deref(), Some("CSVFile"));
        assert_eq!(properties.qualified_name.as_deref(), Some("DataFile::/data/landing/orders.csv"));
        assert_eq!(properties.file_name.as_deref(), Some("orders.csv"));
        assert_eq!(properties.file_extension.as_deref(), Some("csv"));
        assert_eq!(properties.file_type.as_deref(), Some("CSV"));
        assert_eq!(properties.additional_properties.as_ref().unwrap()[FILE_SIZE_PROPERTY], "42");
        assert_eq!(properties.extended_properties.get_str("delimiterCharacter"), Some(","));
        assert_eq!(properties.extended_properties.get_str("quoteCharacter"), Some("\""));

        let plain = ScannedFile { name: "README".into(), path_name: "/data/README".into(), ..file };
        let properties = file_properties(&plain);
        assert_eq!(properties.type_name.as_deref(), Some("DataFile"));
        assert_eq!((properties.file_extension, properties.file_type), (None, None));
        assert!(properties.extended_properties.is_empty());
    }

    #[test]
    fn columns_get_positions_and_unique_labels() {
        let header = ["id", "amount", "", "note", "note", "a#b"];
        assert_eq!(column_labels(&header), ["id", "amount", "#2", "note#3", "note#4", "a#b#5"]);
        let columns = column_properties("/d/x.csv", &header.map(ScannedColumn::text));
        assert_eq!(columns.len(), 6);
        let (label, amount) = &columns[1];
        assert_eq!(label, "amount");
        assert_eq!(amount.qualified_name.as_deref(), Some("TabularColumn::/d/x.csv::amount"));
        assert_eq!(amount.display_name.as_deref(), Some("amount"));
        assert_eq!(amount.element_position, Some(1));
        assert_eq!(amount.data_type.as_deref(), Some("string"));
        assert_eq!(columns[2].1.display_name, None, "a blank header has no display name");
        assert_eq!(columns[3].1.qualified_name.as_deref(), Some("TabularColumn::/d/x.csv::note#3"));
        assert_eq!((amount.native_class.as_ref(), amount.is_nullable, amount.length), (None, None, None));

        let lat = ScannedColumn {
            name: "address.geo.lat".into(),
            data_type: "DECIMAL(9,6)".into(),
            native_class: Some("FIXED_LEN_BYTE_ARRAY(4)".into()),
            nullable: Some(true),
            length: Some(4),
            precision: Some(9),
        };
        let (label, lat) = &column_properties("/d/p.parquet", &[lat])[0];
        assert_eq!(label, "address.geo.lat");
        assert_eq!(lat.qualified_name.as_deref(), Some("TabularColumn::/d/p.parquet::address.geo.lat"));
        assert_eq!(lat.data_type.as_deref(), Some("DECIMAL(9,6)"));
        assert_eq!(lat.native_class.as_deref(), Some("FIXED_LEN_BYTE_ARRAY(4)"));
        assert_eq!((lat.is_nullable, lat.length, lat.precision), (Some(true), Some(4), Some(9)));
    }

    #[test]
    fn the_header_line_is_the_first_line_read_whole() {
        assert_eq!(header_line(b"id,name\n1,x\n", 12).as_deref(), Some("id,name"));
        assert_eq!(header_line(b"id,name\r\n1,x", 12).as_deref(), Some("id,name"), "CRLF");
        assert_eq!(header_line("\u{feff}id,name\n".as_bytes(), 11).as_deref(), Some("id,name"), "BOM");
        assert_eq!(header_line(b"id,name", 7).as_deref(), Some("id,name"), "a file of one line, read to its end");
        assert_eq!(header_line(b"id,na", 1000), None, "the line goes on beyond what was read");
        assert_eq!(header_line(b"", 0), None, "an empty file");
        assert_eq!(header_line(b"\n1,2\n", 5), None, "a blank header");
    }

    #[test]
    fn delimited_lines_are_split_with_quotes() {
        let check = |line: &str, delimiter: char, expected: &[&str]| {
            assert_eq!(parse_delimited_line(line, delimiter), expected, "{line:?}");
        };
        check("id,name,amount", ',', &["id", "name", "amount"]);
        check(" id , name ", ',', &["id", "name"]);
        check(r#""order id","say ""hi""",x"#, ',', &["order id", r#"say "hi""#, "x"]);
        check(r#""a,b",c"#, ',', &["a,b", "c"]);
        check("a,,c,", ',', &["a", "", "c", ""]);
        check("id\tname", '\t', &["id", "name"]);
        check("id|name", '|', &["id", "name"]);
        check(r#"x"y,z"#, ',', &[r#"x"y"#, "z"]);
    }
}
