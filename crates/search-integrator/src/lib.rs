//! # search-integrator
//!
//! The search integration service of omis: what a connector needs to keep a search engine
//! (Elasticsearch, OpenSearch, Solr, ...) in step with the assets of the open metadata repository.
//! The connector does not catalog anything: it is handed every change to an asset — or to what is
//! attached to it: its schema's tables and columns, glossary terms assigned to it, connections to
//! it, lineage from it — as the asset itself, ready to index.
//!
//! - [`SearchIntegratorConnector`]: the connector lifecycle with the typed context; keep the
//!   context in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`]. Its
//!   one method of its own, `save_asset`, stores an [`AssetCatalogEvent`] in the index.
//! - [`SearchIntegratorAdapter`]: registers the listener at `start` (with
//!   [`default_event_filter`]: assets and schema elements) and turns each change-log event into
//!   one `save_asset` call per asset it concerns: the asset itself, the anchor of a schema element,
//!   or the assets at either end of a relationship. The event carries the asset as it is now, or
//!   no asset when it was removed (drop it from the index). Changes that concern no asset give no
//!   call, and the connector's own writes are never echoed back.
//! - [`SearchIntegratorContext`]: the typed operations ([`SearchIntegratorApi`]) —
//!   [`get_search_asset`](SearchIntegratorApi::get_search_asset) (an asset by GUID; `None` for
//!   anything that is not an asset) and [`find_search_assets`](SearchIntegratorApi::find_search_assets)
//!   (a regular expression over the assets' properties, for a full reindex).
//! - [`SearchAsset`]: an asset with what an index needs — header, properties, zones, owner, schema
//!   attributes ([`SearchSchemaAttribute`], with data types), glossary terms and connections — and
//!   [`SearchAsset::search_text`] for a full-text field.
//! - With the `mocks` feature, `MockSearchIntegratorApi` to unit-test a connector without a
//!   repository ([`SearchIntegratorContext::from_api`]).
//!
//! The default permitted synchronization is `BOTH_DIRECTIONS`. The connector must be allowed to
//! push open metadata to the index: a `FROM_THIRD_PARTY` search connector cannot register its
//! listener, and its start fails.
//!
//! ## A connector
//!
//! ```no_run
//! use std::collections::BTreeMap;
//!
//! use search_integrator::*;
//!
//! /// Keeps an in-memory index of assets (a real connector would call the search engine).
//! #[derive(Default)]
//! struct AssetIndex {
//!     context: ContextSlot<SearchIntegratorContext>,
//!     documents: BTreeMap<Guid, String>,
//! }
//!
//! #[async_trait]
//! impl SearchIntegratorConnector for AssetIndex {
//!     fn set_context(&mut self, context: SearchIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&SearchIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     /// A full reindex; the changes in between arrive through `save_asset`.
//!     async fn refresh(&mut self) -> Result<()> {
//!         let assets = self.context()?.find_search_assets("", 0, 0).await?;
//!         self.documents = assets.iter().map(|asset| (asset.guid().to_owned(), asset.search_text())).collect();
//!         Ok(())
//!     }
//!
//!     async fn save_asset(&mut self, event: &AssetCatalogEvent) -> Result<()> {
//!         match &event.asset {
//!             Some(asset) => self.documents.insert(event.asset_guid.clone(), asset.search_text()),
//!             None => self.documents.remove(&event.asset_guid),
//!         };
//!         Ok(())
//!     }
//! }
//!
//! let connector: Box<dyn IntegrationConnector> = into_connector(AssetIndex::default());
//! # let _ = connector;
//! ```
//!
//! ## Egeria equivalent
//!
//! `SearchIntegratorConnector` (with its abstract `saveAsset(AssetCatalogEvent)`) and
//! `SearchIntegratorContext` of Egeria's search integrator, over the Asset Catalog OMAS, whose
//! out-topic listener forwards each event to `saveAsset`. Here the events come from the
//! repository's change log, and the asset travels with what Egeria's Asset Catalog would have
//! the index look up separately (schema, terms, connections). `get_search_asset` and
//! `find_search_assets` are omis's own, for reindexing.

mod generated;
mod special;

pub use generated::*;
pub use special::{AssetCatalogEvent, SearchAsset, SearchSchemaAttribute};
