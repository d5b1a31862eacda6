//! # integration-daemon
//!
//! The omis integration daemon: it hosts integration connectors, drives each through Egeria's
//! lifecycle on a task of its own, serves Egeria 6's integration daemon REST API, and is the `omis`
//! command.
//!
//! - [`config`]: the TOML configuration, its validation (every problem with file, line and field)
//!   and its JSON schema.
//! - [`Daemon`]: the repository, the registry and one supervisor per connector ([`host`]).
//! - [`api`]: the admin REST API (status, refresh, restart, configuration properties, endpoint,
//!   connection), bearer tokens and Prometheus `/metrics`.
//!
//! ## Egeria equivalent
//!
//! The integration daemon server (`IntegrationDaemonOperationalServices`,
//! `IntegrationConnectorHandler`, `IntegrationDaemonResource`). omis runs each connector on its own
//! task (Egeria refreshes them one after another on one thread), catches a panicking connector
//! (FAILED, the daemon carries on), disconnects connectors from any started state, and reads its
//! configuration from a file instead of the admin services.

pub mod api;
pub mod cli;
pub mod config;
mod daemon;
pub mod host;
pub mod messages;
pub mod registry;

pub use daemon::{Daemon, DaemonOptions, StartError, describe_repository, open_repository};
