//! # files-integrator
//!
//! The files integration service of omis: what a connector needs to keep the open metadata
//! repository in step with a file system or file manager — its folders, the data files in them
//! (of every format: `CSVFile`, `AvroFile`, `ParquetFile`, `JSONFile`, ... through the bean's
//! `type_name`), folders whose files together are one data set (`DataFolder`), the columns of
//! tabular files, and the connections and endpoints that reach them.
//!
//! - [`FilesIntegratorConnector`]: the connector lifecycle with the typed context; keep the
//!   context in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`].
//! - [`FilesIntegratorContext`]: the typed operations ([`FilesIntegratorApi`]) over the
//!   repository — create, create from template, update (merge or replace), remove, find, get by
//!   name or GUID, list by parent, publish and withdraw for folders, data files and data folders —
//!   and the file-specific ones:
//!   - [`add_data_file_to_catalog`](FilesIntegratorApi::add_data_file_to_catalog) catalogs a file
//!     from its `pathName`, creating the folders of its path that are missing (and reusing those
//!     already catalogued); the file name, extension and a qualified name default from the path;
//!   - [`create_nested_folders`](FilesIntegratorApi::create_nested_folders) creates the folders
//!     of a path under a folder or a `FileSystem` (its top folder attached with
//!     `CapabilityAssetUse`), [`get_top_level_folders`](FilesIntegratorApi::get_top_level_folders)
//!     lists those;
//!   - [`archive_data_file_in_catalog`](FilesIntegratorApi::archive_data_file_in_catalog) keeps a
//!     file that disappeared for lineage, with a `Memento` classification built from
//!     [`ArchiveProperties`]; [`delete_data_file_from_catalog`](FilesIntegratorApi::delete_data_file_from_catalog)
//!     removes it (the path name must match);
//!   - look-ups by path name ([`get_file_by_path_name`](FilesIntegratorApi::get_file_by_path_name),
//!     [`get_folder_by_path_name`](FilesIntegratorApi::get_folder_by_path_name)).
//!
//!   A column created under a data file gets the file's `TabularSchemaType` on the way, as in
//!   Egeria. Folders and files are assets, each its own anchor: removing a folder does not remove
//!   the folders and files in it.
//! - [`FilesSynchronizer`]: one listing of a folder tree turned into the fewest writes, with
//!   correlation by the path names and fail-safe removal of what was deleted.
//! - The path helpers of Egeria's context: [`get_file_system_name`], [`get_directory_names`],
//!   [`get_file_name`], [`get_file_extension`], and [`folder_path_names`].
//! - The property beans ([`DataFileProperties`], [`FileFolderProperties`],
//!   [`TabularColumnProperties`], ...) with Egeria's property names; attributes of a file format
//!   without a field (a `CSVFile`'s `delimiterCharacter`) go in `extended_properties`.
//! - With the `mocks` feature, `MockFilesIntegratorApi` to unit-test a connector without a
//!   repository ([`FilesIntegratorContext::from_api`]).
//!
//! The default permitted synchronization is `FROM_THIRD_PARTY`: the file system is the source of
//! truth and its connector catalogs it.
//!
//! ## A connector
//!
//! ```no_run
//! use files_integrator::*;
//!
//! /// Catalogs a landing folder (a real connector would list the directory).
//! #[derive(Default)]
//! struct LandingZone {
//!     context: ContextSlot<FilesIntegratorContext>,
//! }
//!
//! #[async_trait::async_trait]
//! impl FilesIntegratorConnector for LandingZone {
//!     fn set_context(&mut self, context: FilesIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&FilesIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     async fn refresh(&mut self) -> Result<()> {
//!         let context = self.context()?;
//!         let mut sync = context.synchronizer("/data/landing", SyncOptions::default())?;
//!         let landing = FileFolderProperties {
//!             path_name: Some("/data/landing".into()),
//!             ..FileFolderProperties::new("nas01::/data/landing")
//!         };
//!         sync.upsert_folder("/data/landing", None, &landing).await?;
//!         for (name, format) in [("orders.csv", "CSVFile"), ("events.avro", "AvroFile")] {
//!             let path = format!("/data/landing/{name}");
//!             let file = DataFileProperties {
//!                 type_name: Some(format.into()),
//!                 file_name: get_file_name(&path),
//!                 file_extension: get_file_extension(&path),
//!                 path_name: Some(path.clone()),
//!                 ..DataFileProperties::new(format!("nas01::{path}"))
//!             };
//!             sync.upsert_data_file(&path, Some(ElementRef::Key("/data/landing".into())), &file).await?;
//!         }
//!         let column = TabularColumnProperties {
//!             data_type: Some("integer".into()),
//!             element_position: Some(0),
//!             ..TabularColumnProperties::new("nas01::/data/landing/orders.csv#id")
//!         };
//!         let orders = ElementRef::Key("/data/landing/orders.csv".into());
//!         sync.upsert_tabular_column("/data/landing/orders.csv#id", orders, &column).await?;
//!         // Removes what was deleted from the folder, unless too much vanished at once.
//!         sync.complete().await?;
//!         Ok(())
//!     }
//! }
//!
//! let connector: Box<dyn IntegrationConnector> = into_connector(LandingZone::default());
//! # let _ = connector;
//! ```
//!
//! ## Egeria equivalent
//!
//! `FilesIntegratorConnector` and `FilesIntegratorContext` of Egeria's files integrator (over the
//! Data Manager OMAS). Method names follow Egeria's in snake case
//! (`addDataFileToCatalog` → `add_data_file_to_catalog`, `getFolderByPathName` →
//! `get_folder_by_path_name`); deprecated overloads are left out; the synchronizer is omis's own.
//! `add_data_file_to_catalog` returns the GUIDs of the folders of the path, top first, then the
//! file's; it does not take Egeria's `connectorProviderName` (which also made a connection for
//! the file): link one with [`setup_asset_connection`](FilesIntegratorApi::setup_asset_connection).

mod generated;
mod special;

pub use generated::*;
pub use special::{
    ArchiveProperties, folder_path_names, get_directory_names, get_file_extension, get_file_name, get_file_system_name,
};
