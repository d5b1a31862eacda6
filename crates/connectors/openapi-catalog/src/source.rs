//! Reading the documents of a source: a file, the documents of a folder, or an http URL. A
//! source that cannot be read at all is an error; a document that cannot be read or understood
//! is that document's failure, reported beside the others.

use std::fs;
use std::io::Read;
use std::path::Path;

use crate::document::{Format, parse};
use crate::openapi::{ApiModel, Limits, read_api};

/// One document: where it is, and what it describes or what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Document {
    /// The absolute path or the URL.
    pub location: String,
    /// Its format and API, or why it could not be read.
    pub outcome: Result<(Format, ApiModel), String>,
}

/// What a source holds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Listing {
    /// The source is one document (a file or a URL).
    Single(Document),
    /// The source is a folder: its documents, by name.
    Folder(Vec<Document>),
}

/// Reads a document's text into its API.
pub(crate) fn understand(
    location: String,
    format: Option<Format>,
    text: Result<String, String>,
    limits: Limits,
) -> Document {
    let outcome = text.and_then(|text| {
        let format = format.unwrap_or_else(|| Format::sniff(&text));
        let node = parse(&text, format)?;
        Ok((format, read_api(&node, limits)?))
    });
    Document { location, outcome }
}

/// Reads a file or the documents of a folder (`*.json`, `*.yaml`, `*.yml`, not hidden, not in
/// sub-folders). The error says why the source itself cannot be read.
pub(crate) fn read_path(path: &Path, max_bytes: usize, limits: Limits) -> Result<Listing, String> {
    let metadata = fs::metadata(path).map_err(|error| error.to_string())?;
    let location = |path: &Path| path.to_str().map(str::to_owned);
    if !metadata.is_dir() {
        let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        let Some(location) = location(path) else { return Err("the path is not valid UTF-8".to_owned()) };
        return Ok(Listing::Single(understand(
            location,
            Format::from_extension(name),
            read_text(path, max_bytes),
            limits,
        )));
    }
    let mut found = Vec::new();
    for entry in fs::read_dir(path).map_err(|error| error.to_string())? {
        let entry = entry.map_err(|error| error.to_string())?;
        let file_name = entry.file_name();
        let Some(name) = file_name.to_str() else { continue };
        let Some(format) = Format::from_extension(name) else { continue };
        let file = entry.path();
        // Links are followed to files; folders, dangling links and anything else are skipped.
        if name.starts_with('.') || !fs::metadata(&file).is_ok_and(|metadata| metadata.is_file()) {
            continue;
        }
        let Some(location) = location(&file) else { continue };
        found.push((location, format, file));
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Listing::Folder(
        found
            .into_iter()
            .map(|(location, format, file)| understand(location, Some(format), read_text(&file, max_bytes), limits))
            .collect(),
    ))
}

/// A file's text: at most `max_bytes` of UTF-8.
fn read_text(path: &Path, max_bytes: usize) -> Result<String, String> {
    let file = fs::File::open(path).map_err(|error| format!("cannot be read: {error}"))?;
    let mut bytes = Vec::new();
    file.take(max_bytes as u64 + 1).read_to_end(&mut bytes).map_err(|error| format!("cannot be read: {error}"))?;
    if bytes.len() > max_bytes {
        return Err(format!("it is larger than {max_bytes} bytes (maxDocumentBytes)"));
    }
    String::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_owned())
}

/// Fetches a document over http: its format (from the URL's extension or the content type, when
/// they tell) and its text, or why not.
pub(crate) async fn fetch(
    client: &reqwest::Client,
    url: &str,
    max_bytes: usize,
) -> (Option<Format>, Result<String, String>) {
    let mut format = reqwest::Url::parse(url).ok().and_then(|url| Format::from_extension(url.path()));
    let text = async {
        let mut response = client.get(url).send().await.map_err(|error| describe(&error))?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("the server answered {status}"));
        }
        if format.is_none()
            && let Some(kind) = response.headers().get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok())
        {
            let kind = kind.to_ascii_lowercase();
            format = if kind.contains("json") {
                Some(Format::Json)
            } else if kind.contains("yaml") {
                Some(Format::Yaml)
            } else {
                None
            };
        }
        let too_large = || format!("it is larger than {max_bytes} bytes (maxDocumentBytes)");
        if response.content_length().is_some_and(|length| length > max_bytes as u64) {
            return Err(too_large());
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|error| describe(&error))? {
            bytes.extend_from_slice(&chunk);
            if bytes.len() > max_bytes {
                return Err(too_large());
            }
        }
        String::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_owned())
    }
    .await;
    (format, text)
}

/// An error with its causes (reqwest's own message alone rarely says what happened).
fn describe(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        let inner_text = inner.to_string();
        if !text.contains(&inner_text) {
            text.push_str(": ");
            text.push_str(&inner_text);
        }
        cause = inner.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits { max_schema_depth: 10, max_parameters: 1000 };

    #[test]
    fn a_folder_gives_its_documents_by_name_and_each_one_s_problem() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| fs::write(dir.path().join(name), text).unwrap();
        write("b.yaml", "openapi: 3.0.3\ninfo: {title: B, version: '1'}\npaths: {}\n");
        write("a.JSON", r#"{"openapi": "3.1.0", "info": {"title": "A", "version": "2"}}"#);
        write("c.yml", "openapi: 3.0.0\npaths: [\n");
        write("notes.txt", "not a document");
        write(".hidden.yaml", "openapi: 3.0.0");
        write("big.json", &format!("{{\"openapi\": \"3.0.0\", \"x\": \"{}\"}}", "x".repeat(600)));
        fs::write(dir.path().join("latin1.yaml"), b"openapi: 3.0.0\ninfo: {title: \xe9}\n").unwrap();
        fs::create_dir(dir.path().join("nested.yaml")).unwrap();
        let Listing::Folder(documents) = read_path(dir.path(), 512, LIMITS).unwrap() else { panic!("a folder") };
        let names: Vec<_> = documents.iter().map(|d| d.location.rsplit('/').next().unwrap().to_owned()).collect();
        assert_eq!(names, ["a.JSON", "b.yaml", "big.json", "c.yml", "latin1.yaml"]);
        let (format, api) = documents[0].outcome.clone().unwrap();
        assert_eq!((format, api.title.as_deref(), api.openapi_version.as_str()), (Format::Json, Some("A"), "3.1.0"));
        assert_eq!(documents[1].outcome.as_ref().unwrap().1.title.as_deref(), Some("B"));
        assert_eq!(documents[2].outcome, Err("it is larger than 512 bytes (maxDocumentBytes)".to_owned()));
        assert!(documents[3].outcome.as_ref().unwrap_err().starts_with("not valid YAML"), "{:?}", documents[3]);
        assert_eq!(documents[4].outcome, Err("it is not UTF-8 text".to_owned()));
        assert!(documents[0].location.starts_with(dir.path().to_str().unwrap()));
    }

    #[test]
    fn a_file_is_one_document_and_a_missing_source_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("api.txt");
        fs::write(&file, "{\"swagger\": \"2.0\"}").unwrap();
        let Listing::Single(document) = read_path(&file, 1024, LIMITS).unwrap() else { panic!("one document") };
        assert_eq!(document.location, file.to_str().unwrap());
        assert!(document.outcome.unwrap_err().contains("Swagger (OpenAPI 2.0) documents are not supported"));
        let error = read_path(&dir.path().join("missing"), 1024, LIMITS).unwrap_err();
        assert!(error.contains("No such file"), "{error}");
    }
}
