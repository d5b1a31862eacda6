//! Helpers for the end-to-end tests in this folder.

// Test helpers fail by panicking, with a message that says what went wrong.
#![allow(clippy::missing_panics_doc)]

use std::path::{Path, PathBuf};

/// The root of the omis workspace.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the tests crate lives in the workspace root").to_path_buf()
}

/// Reads a file of the workspace, naming it in the panic message when it cannot be read.
pub fn read_workspace_file(relative: &str) -> String {
    let path = workspace_root().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}
