//! `cargo xtask codegen`: writes the repetitive parts of the twelve integration-service crates —
//! property beans, kind descriptions, context traits and their mocks, contexts, synchronizers,
//! connector traits and adapters — from `codegen/services.toml` and the type-definition file.
//!
//! The output goes through rustfmt (with the workspace's `rustfmt.toml`), so a run on unchanged
//! inputs reproduces the committed files byte for byte; `tests/codegen.rs` fails when they are
//! stale.

mod beans;
mod model;
mod names;
mod service;

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use integration_daemon_api::TypeRegistry;

/// Where the description lives, relative to the workspace root.
pub const DESCRIPTION: &str = "codegen/services.toml";

fn header(what: &str) -> String {
    format!(
        "// GENERATED FILE - DO NOT EDIT. Written by `cargo xtask codegen` from codegen/services.toml and\n\
         // crates/integration-daemon-api/types/open-metadata-types.toml; `cargo test -p xtask` fails when it is stale.\n\n\
         //! {what}\n"
    )
}

/// Every generated file (path relative to the root, formatted content).
pub fn generate(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let path = root.join(DESCRIPTION);
    let text = std::fs::read_to_string(&path).map_err(|error| format!("{}: {error}", path.display()))?;
    let description: model::Description =
        toml::from_str(&text).map_err(|error| format!("{}: {error}", path.display()))?;
    let registry = TypeRegistry::builtin();
    let beans = beans::resolve(&description, &registry)?;
    let mut files = Vec::new();
    let beans_module = beans::emit(
        &beans,
        &registry,
        &header("The property beans and enums of the integration services (generated)."),
    )?;
    files.push((PathBuf::from("crates/open-metadata-beans/src/generated.rs"), beans_module));
    for (name, service) in &description.services {
        let families = service::gather(name, service, &description.groups)?;
        let what = format!(
            "The generated part of the {name} integration service: kinds, context trait and mock, context, synchronizer, connector trait and adapter."
        );
        let module = service::ServiceWriter::new(name, service, families, &beans, &registry).write(&header(&what))?;
        files.push((PathBuf::from(format!("crates/{}/src/generated.rs", service.crate_name)), module));
    }
    files
        .into_iter()
        .map(|(path, source)| rustfmt(root, &articles(&source)).map(|formatted| (path, formatted)))
        .collect()
}

/// "a" becomes "an" before a vowel sound in doc comments ("an embedded connection", "an API").
fn articles(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for line in source.split_inclusive('\n') {
        if !line.trim_start().starts_with("///") {
            out.push_str(line);
            continue;
        }
        let mut fixed = String::with_capacity(line.len());
        let mut rest = line;
        while let Some(at) = rest.find(" a ") {
            let next = &rest[at + 3..];
            let vowel = next.starts_with(['a', 'e', 'i', 'o', 'A', 'E', 'I', 'O']) || next.starts_with("API");
            fixed.push_str(&rest[..at]);
            fixed.push_str(if vowel { " an " } else { " a " });
            rest = next;
        }
        fixed.push_str(rest);
        out.push_str(&fixed);
    }
    out
}

/// Formats Rust source with the workspace's rustfmt settings.
fn rustfmt(root: &Path, source: &str) -> Result<String, String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--config-path"])
        .arg(root.join("rustfmt.toml"))
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run rustfmt: {error}"))?;
    child
        .stdin
        .take()
        .ok_or("rustfmt has no stdin")?
        .write_all(source.as_bytes())
        .map_err(|error| format!("cannot write to rustfmt: {error}"))?;
    let output = child.wait_with_output().map_err(|error| format!("rustfmt failed: {error}"))?;
    if !output.status.success() {
        let mut numbered = String::new();
        for (index, line) in source.lines().enumerate() {
            let _ = writeln!(numbered, "{:5} {line}", index + 1);
        }
        return Err(format!(
            "rustfmt refused the generated code:\n{}\n--- generated source ---\n{numbered}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|error| format!("rustfmt output: {error}"))
}

/// The files whose content differs from what would be generated.
pub fn stale_files(root: &Path) -> Result<Vec<PathBuf>, String> {
    Ok(generate(root)?
        .into_iter()
        .filter(|(path, content)| std::fs::read_to_string(root.join(path)).ok().as_deref() != Some(content.as_str()))
        .map(|(path, _)| path)
        .collect())
}

/// Writes the generated files that changed; returns them.
pub fn write(root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    for (path, content) in generate(root)? {
        let full = root.join(&path);
        if std::fs::read_to_string(&full).ok().as_deref() == Some(content.as_str()) {
            continue;
        }
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).map_err(|error| format!("{}: {error}", parent.display()))?;
        }
        std::fs::write(&full, content).map_err(|error| format!("{}: {error}", full.display()))?;
        written.push(path);
    }
    Ok(written)
}
