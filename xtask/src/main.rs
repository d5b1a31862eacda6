//! `cargo xtask`: the commands a connector author and a maintainer run (rust-analyzer style).
//!
//! Run `cargo xtask help` for the list.

use std::process::ExitCode;

const USAGE: &str = "\
cargo xtask <command>

Commands:
  help            Show this help.

More commands (codegen, new-connector, bench, release, tidy) arrive with the issues that need them.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("cargo xtask: unknown command '{other}'\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
