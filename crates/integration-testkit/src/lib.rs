//! # integration-testkit
//!
//! Conformance suites shared by every implementation of an omis port (OpenDAL's shape: one
//! behaviour suite, run against every backend).
//!
//! - [`store_suite`]: the `MetadataStore` conformance suite. A backend instantiates it with
//!   [`store_conformance_tests!`], giving a function that makes a fresh [`StoreHarness`] per test.
//! - [`service`]: connected contexts and change-log helpers for the integration services'
//!   contract tests.
//! - [`env`]: how tests find the servers they need (`OMIS_TEST_POSTGRES_URL`, ...): skipped with a
//!   message locally when unset, a failure in CI (`CI=true`).
//! - [`wait`]: waiting for a condition with a deadline instead of a fixed sleep.

// Test suites fail by panicking with a message that says what went wrong.
#![allow(clippy::missing_panics_doc)]

pub mod context_suite;
pub mod env;
pub mod service;
pub mod store_suite;
pub mod wait;

use std::sync::Arc;

use async_trait::async_trait;
use integration_daemon_api::MetadataStore;

/// One repository under test. `open` may be called more than once: each call after the first
/// reopens the same repository, as a restarted process would.
#[async_trait]
pub trait StoreHarness: Send + Sync {
    /// Opens (or reopens) the repository.
    async fn open(&self) -> Arc<dyn MetadataStore>;

    /// Removes what the test created (a PostgreSQL schema, for instance). Called after the test.
    async fn cleanup(&self) {}
}

/// Instantiates the IntegrationContext and Synchronizer suite ([`context_suite`]) as
/// `#[tokio::test]`s in a module named `$backend`, like [`store_conformance_tests!`].
#[macro_export]
macro_rules! context_conformance_tests {
    ($backend:ident, $make:expr) => {
        mod $backend {
            #[allow(unused_imports)]
            use super::*;
            $crate::context_conformance_tests!(@tests $make;
                unchanged_enumeration_writes_nothing,
                one_change_gives_one_update,
                vanished_items_are_removed,
                incomplete_enumerations_remove_nothing,
                fail_safe_threshold,
                relationships_are_synchronized,
                permitted_synchronization_is_enforced,
                ownership_is_enforced_through_contexts,
                integration_reports_are_stored,
                listener_sees_other_writers_exactly_once,
                disconnected_context_refuses_everything,
                keys_move_between_scopes
            );
        }
    };
    (@tests $make:expr; $($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let make = $make;
                let Some(harness) = make().await else { return };
                $crate::context_suite::$name(&*harness).await;
                harness.cleanup().await;
            }
        )*
    };
}

/// Instantiates the `MetadataStore` conformance suite as `#[tokio::test]`s in a module named
/// `$backend`. `$make` is an async closure returning `Option<Box<dyn StoreHarness>>`; `None` means
/// the backend is not available here and the test returns after saying so (see [`env`]).
#[macro_export]
macro_rules! store_conformance_tests {
    ($backend:ident, $make:expr) => {
        mod $backend {
            #[allow(unused_imports)]
            use super::*;
            $crate::store_conformance_tests!(@tests $make;
                create_and_get_element,
                created_element_header_and_provenance,
                generated_and_preassigned_guids,
                duplicate_guid_is_refused,
                unknown_type_is_refused_and_nothing_changes,
                unknown_attribute_is_refused_and_nothing_changes,
                wrong_property_type_is_refused_and_nothing_changes,
                missing_required_property_is_refused,
                duplicate_qualified_name_is_refused,
                qualified_name_is_free_again_after_delete,
                batch_is_one_transaction,
                batch_can_create_and_relate_new_elements,
                merge_and_replace_updates,
                unchanged_update_writes_nothing,
                version_increments_on_every_change,
                status_update,
                owned_elements_refuse_other_sources,
                dependents_of_owned_elements_stay_with_their_owner,
                not_home_source_creates_local_elements,
                classify_reclassify_declassify,
                classification_validation,
                relationships_create_update_delete,
                relationship_to_missing_element_is_refused_and_nothing_changes,
                relationship_end_types_are_checked,
                relationship_cardinality_is_enforced,
                duplicate_relationship_is_not_created_twice,
                multi_link_relationships_allow_several,
                parent_relationship_and_anchor,
                cascade_delete_of_anchored_elements,
                delete_methods,
                publish_and_withdraw_zones,
                get_by_unique_name,
                find_by_type_including_subtypes,
                find_by_property_value,
                find_by_search_string,
                search_string_flags,
                find_filters_status_anchor_owner_zones,
                paging_and_ordering,
                related_elements,
                external_identifiers,
                confirm_synchronization,
                external_ids_removed_with_element,
                change_log_events,
                change_log_cursor_and_wait,
                change_log_survives_restart,
                data_survives_restart,
                cursors_are_saved,
                concurrent_writers,
                relationship_correlations,
                deleting_what_the_batch_removed_changes_nothing,
                count_external_ids,
                keyset_paging_of_external_ids
            );
        }
    };
    (@tests $make:expr; $($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let make = $make;
                let Some(harness) = make().await else { return };
                $crate::store_suite::$name(&*harness).await;
                harness.cleanup().await;
            }
        )*
    };
}
