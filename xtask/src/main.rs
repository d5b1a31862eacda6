//! `cargo xtask`: the commands a connector author and a maintainer run (rust-analyzer style).
//!
//! Run `cargo xtask help` for the list.

use std::process::ExitCode;

const USAGE: &str = "\
cargo xtask <command>

Commands:
  help              Show this help.
  codegen           Regenerate the integration-service crates' generated code from
                    codegen/services.toml and the open metadata type definitions.
  codegen --check   Fail (exit 1) when the committed generated code is stale.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = xtask::workspace_root();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] | ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        ["codegen"] => match xtask::codegen::write(&root) {
            Ok(written) if written.is_empty() => {
                println!("codegen: every generated file is up to date");
                ExitCode::SUCCESS
            }
            Ok(written) => {
                for path in written {
                    println!("codegen: wrote {}", path.display());
                }
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("codegen: {error}");
                ExitCode::FAILURE
            }
        },
        ["codegen", "--check"] => match xtask::codegen::stale_files(&root) {
            Ok(stale) if stale.is_empty() => {
                println!("codegen: every generated file is up to date");
                ExitCode::SUCCESS
            }
            Ok(stale) => {
                for path in stale {
                    eprintln!("codegen: {} is stale; run `cargo xtask codegen`", path.display());
                }
                ExitCode::FAILURE
            }
            Err(error) => {
                eprintln!("codegen: {error}");
                ExitCode::FAILURE
            }
        },
        [other, ..] => {
            eprintln!("cargo xtask: unknown command '{other}'\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
