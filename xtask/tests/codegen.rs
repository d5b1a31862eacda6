//! The generated code is committed; this fails when it no longer matches what `cargo xtask
//! codegen` writes from `codegen/services.toml` and the type-definition file.

#[test]
fn generated_code_is_up_to_date() {
    let root = xtask::workspace_root();
    let stale = xtask::codegen::stale_files(&root).expect("the generator runs");
    assert!(
        stale.is_empty(),
        "these generated files are stale; run `cargo xtask codegen` and commit the result: {stale:?}"
    );
}

#[test]
fn every_generated_file_is_marked() {
    let root = xtask::workspace_root();
    for (path, content) in xtask::codegen::generate(&root).expect("the generator runs") {
        assert!(
            content.starts_with("// GENERATED FILE - DO NOT EDIT."),
            "{} is not marked as generated",
            path.display()
        );
    }
}
