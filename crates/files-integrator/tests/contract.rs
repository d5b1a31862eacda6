//! Contract tests of the files integration service against the real embedded (SQLite) store.

use std::collections::BTreeMap;
use std::sync::Arc;

use files_integrator::*;
use integration_daemon_api::{
    ErrorKind, ExternalIdQuery, GetOptions, MetadataStore, NewElement, PropertyValue, RelatedElementsQuery,
};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

async fn files_context(store: &Arc<dyn MetadataStore>, name: &str) -> FilesIntegratorContext {
    let core = connect(
        store,
        identity(
            IntegrationService::Files,
            name,
            PermittedSynchronization::FromThirdParty,
            Some(&format!("FileSystem::{name}")),
        ),
    )
    .await;
    FilesIntegratorContext::new(core).unwrap()
}

fn folder(path: &str) -> FileFolderProperties {
    FileFolderProperties { path_name: Some(path.into()), ..FileFolderProperties::new(format!("folder::{path}")) }
}

/// A file of the landing folder: its name and the open metadata type of its format.
const LANDING: &[(&str, &str)] = &[
    ("orders.csv", "CSVFile"),
    ("events.avro", "AvroFile"),
    ("sales.parquet", "ParquetFile"),
    ("meta.json", "JSONFile"),
];

/// One enumeration of `/data`: folders `/data`, `/data/landing` and `/data/landing/archive`; the
/// `files` in `/data/landing`; and, when `orders.csv` is there, its two columns.
async fn enumerate(context: &FilesIntegratorContext, files: &[(&str, &str)]) -> SyncSummary {
    let mut sync = context.synchronizer("/data", SyncOptions::default()).unwrap();
    sync.upsert_folder("/data", None, &folder("/data")).await.unwrap();
    sync.upsert_folder("/data/landing", Some(ElementRef::Key("/data".into())), &folder("/data/landing")).await.unwrap();
    sync.upsert_folder(
        "/data/landing/archive",
        Some(ElementRef::Key("/data/landing".into())),
        &folder("/data/landing/archive"),
    )
    .await
    .unwrap();
    for (name, format) in files {
        let path = format!("/data/landing/{name}");
        let mut properties = DataFileProperties {
            type_name: Some((*format).into()),
            path_name: Some(path.clone()),
            file_name: Some((*name).into()),
            file_extension: get_file_extension(&path),
            ..DataFileProperties::new(format!("file::{path}"))
        };
        if *format == "CSVFile" {
            properties.encoding_type = Some("UTF-8".into());
            properties.extended_properties.insert("delimiterCharacter", ",");
        }
        sync.upsert_data_file(&path, Some(ElementRef::Key("/data/landing".into())), &properties).await.unwrap();
    }
    if files.iter().any(|(name, _)| *name == "orders.csv") {
        for (position, (column, data_type)) in [("id", "integer"), ("amount", "decimal")].into_iter().enumerate() {
            let key = format!("/data/landing/orders.csv#{column}");
            let properties = TabularColumnProperties {
                data_type: Some(data_type.into()),
                element_position: Some(i32::try_from(position).unwrap()),
                ..TabularColumnProperties::new(format!("column::{key}"))
            };
            sync.upsert_tabular_column(&key, ElementRef::Key("/data/landing/orders.csv".into()), &properties)
                .await
                .unwrap();
        }
    }
    sync.complete().await.unwrap()
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_folder_enumeration_gives_elements_relationships_correlations_and_events() {
    let (_dir, store) = repository().await;
    let context = files_context(&store, "landing-monitor").await;
    let before = latest(&store).await;

    // First enumeration: everything is new.
    let summary = enumerate(&context, LANDING).await;
    // 3 folders, 4 files, the CSV file's schema type and 2 columns.
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (10, 0, 0, 0), "{summary:?}");
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("FileFolder")), 3);
    for (_, format) in LANDING {
        assert_eq!(count(&events, ChangeEventType::NewElement, Some(format)), 1, "{format}");
    }
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularSchemaType")), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, Some("TabularColumn")), 2);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 10);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("FolderHierarchy")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("NestedFile")), 4);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("Schema")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("AttributeForSchema")), 2);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, None), 9);

    // The typed reads see the folders and files as the file system has them.
    let data = context.get_folder_by_path_name("/data").await.unwrap().expect("/data is catalogued");
    let nested = context.get_nested_folders(data.guid(), 0, 0).await.unwrap();
    assert_eq!(nested.iter().map(|f| f.properties.path_name.as_deref()).collect::<Vec<_>>(), [Some("/data/landing")]);
    let landing = &nested[0];
    let archive = context.get_nested_folders(landing.guid(), 0, 0).await.unwrap();
    assert_eq!(archive.len(), 1);
    assert!(context.get_nested_folders(archive[0].guid(), 0, 0).await.unwrap().is_empty());
    let mut files = context.get_folder_files(landing.guid(), 0, 0).await.unwrap();
    files.sort_by(|a, b| a.properties.file_name.cmp(&b.properties.file_name));
    let shapes: Vec<_> = files
        .iter()
        .map(|f| (f.type_name(), f.properties.file_name.as_deref(), f.properties.file_extension.as_deref()))
        .collect();
    assert_eq!(
        shapes,
        [
            ("AvroFile", Some("events.avro"), Some("avro")),
            ("JSONFile", Some("meta.json"), Some("json")),
            ("CSVFile", Some("orders.csv"), Some("csv")),
            ("ParquetFile", Some("sales.parquet"), Some("parquet")),
        ]
    );
    // The subtype's own attribute and the encoding classification come back.
    let orders = &files[2];
    assert_eq!(orders.properties.extended_properties.get_str("delimiterCharacter"), Some(","));
    assert_eq!(orders.properties.encoding_type.as_deref(), Some("UTF-8"));
    assert!(orders.element_header.classification("DataAssetEncoding").is_some());
    assert!(context.get_folder_files(data.guid(), 0, 0).await.unwrap().is_empty(), "files are in landing only");
    let mut columns = context.get_columns_for_data_file(orders.guid(), 0, 0).await.unwrap();
    columns.sort_by_key(|c| c.properties.element_position);
    let columns: Vec<_> =
        columns.iter().map(|c| (c.properties.element_position, c.properties.data_type.as_deref())).collect();
    assert_eq!(columns, [(Some(0), Some("integer")), (Some(1), Some("decimal"))]);
    let by_path = context.get_file_by_path_name("/data/landing/events.avro").await.unwrap().unwrap();
    assert_eq!(by_path.properties.qualified_name.as_deref(), Some("file::/data/landing/events.avro"));

    // Every element is correlated with its path, in the file system's metadata source.
    let source = context.file_manager_guid().unwrap();
    let core = context.integration_context().unwrap();
    let correlations = core
        .find_external_ids(&ExternalIdQuery { scope_guid: Some(source.clone()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(correlations.len(), 10);
    let mut keys: Vec<_> = correlations.iter().map(|c| c.key.as_str()).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "/data",
            "/data/landing",
            "/data/landing/archive",
            "/data/landing/events.avro",
            "/data/landing/meta.json",
            "/data/landing/orders.csv",
            "/data/landing/orders.csv#amount",
            "/data/landing/orders.csv#id",
            "/data/landing/orders.csv#schemaType",
            "/data/landing/sales.parquet",
        ]
    );
    assert!(correlations.iter().all(|c| c.sync_scope.as_deref() == Some("/data")));
    let avro = correlations.iter().find(|c| c.key == "/data/landing/events.avro").unwrap();
    assert_eq!((avro.element_guid.as_str(), avro.element_type.as_str()), (by_path.guid(), "AvroFile"));
    // The elements are owned by the file system's metadata source.
    assert_eq!(
        data.element_header.origin.home_metadata_collection_name.as_deref(),
        Some("FileSystem::landing-monitor")
    );
    assert_eq!(context.file_manager_name().as_deref(), Some("FileSystem::landing-monitor"));
    assert_eq!(context.get_my_data_files(0, 0).await.unwrap().len(), 4);
    assert_eq!(context.get_my_folders(0, 0).await.unwrap().len(), 3);

    // The same again: nothing is written, no event.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&context, LANDING).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 10, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());

    // events.avro deleted: it goes (with its folder relationship), the rest stays.
    let before_removal = latest(&store).await;
    let without_avro: Vec<_> = LANDING.iter().copied().filter(|(name, _)| *name != "events.avro").collect();
    let summary = enumerate(&context, &without_avro).await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 9, 1), "{summary:?}");
    let events = changes_since(&store, before_removal).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("AvroFile")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("NestedFile")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, None), 1);
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 0);
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, None), 0);
    assert!(context.get_file_by_path_name("/data/landing/events.avro").await.unwrap().is_none());
    assert!(context.get_file_by_guid(by_path.guid()).await.unwrap_err().is_not_found());
    assert_eq!(context.get_folder_files(landing.guid(), 0, 0).await.unwrap().len(), 3);
    assert_eq!(context.get_columns_for_data_file(orders.guid(), 0, 0).await.unwrap().len(), 2);
    let left = core.count_external_ids(&ExternalIdQuery { scope_guid: Some(source), ..Default::default() }).await;
    assert_eq!(left.unwrap(), 9, "the correlation leaves with its element");

    // A listing that comes back nearly empty (the share is over the fail-safe threshold) removes
    // nothing, nor does an incomplete one.
    let mut sync = context.synchronizer("/data", SyncOptions::default()).unwrap();
    sync.upsert_folder("/data", None, &folder("/data")).await.unwrap();
    let summary = sync.complete().await.unwrap();
    assert_eq!((summary.unchanged, summary.removed), (1, 0), "{summary:?}");
    assert!(summary.removal_skipped.is_some(), "{summary:?}");
    let mut sync = context.synchronizer("/data", SyncOptions::default()).unwrap();
    sync.upsert_folder("/data", None, &folder("/data")).await.unwrap();
    sync.mark_incomplete("permission denied on /data/landing");
    let summary = sync.complete().await.unwrap();
    assert_eq!(summary.removed, 0, "{summary:?}");
    assert_eq!(context.get_folder_files(landing.guid(), 0, 0).await.unwrap().len(), 3);
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn typed_calls_catalog_files_and_folders_and_check_kinds() {
    let (_dir, store) = repository().await;
    let context = files_context(&store, "typed").await;
    let srv = context.create_folder(None, folder("/srv")).await.unwrap();
    let reports = context.create_folder(Some(&srv), folder("/srv/reports")).await.unwrap();
    assert_eq!(
        context.get_nested_folders(&srv, 0, 0).await.unwrap().iter().map(TypedElement::guid).collect::<Vec<_>>(),
        [reports.as_str()]
    );

    // A data file under a folder, its path giving name and extension.
    let guids = context
        .add_data_file_to_catalog(DataFileProperties {
            type_name: Some("CSVFile".into()),
            path_name: Some("/srv/reports/q1.csv".into()),
            description: Some("first quarter".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(guids.len(), 3, "/srv, /srv/reports, then the file: {guids:?}");
    assert_eq!(guids[..2], [srv.clone(), reports.clone()], "the catalogued folders are reused");
    let q1 = guids[2].clone();
    let file = context.get_file_by_guid(&q1).await.unwrap();
    assert_eq!(file.type_name(), "CSVFile");
    assert_eq!(file.properties.file_name.as_deref(), Some("q1.csv"));
    assert_eq!(file.properties.file_extension.as_deref(), Some("csv"));
    assert_eq!(file.properties.qualified_name.as_deref(), Some("DataFile::/srv/reports/q1.csv"));
    assert_eq!(context.get_folder_files(&reports, 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.get_data_files_by_name("DataFile::/srv/reports/q1.csv", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_data_files("first quarter", 0, 0).await.unwrap().len(), 1);
    assert!(context.find_data_files("second quarter", 0, 0).await.unwrap().is_empty());

    // Kinds are checked: a folder is not a file, a plain folder is not a data folder.
    let error = context.get_file_by_guid(&reports).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("FileFolder") && error.message().contains("getFileByGUID"), "{error}");
    let error = context.get_data_folder_by_guid(&reports).await.unwrap_err();
    assert!(error.message().contains("DataFolder"), "{error}");
    assert!(context.get_folder_by_guid("no-such-guid").await.unwrap_err().is_not_found());
    let error = context
        .add_data_file_to_catalog(DataFileProperties {
            type_name: Some("FileFolder".into()),
            path_name: Some("/srv/x.csv".into()),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert!(error.message().contains("FileFolder") && error.message().contains("DataFile"), "{error}");
    let error = context.add_data_file_to_catalog(DataFileProperties::new("no path")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("pathName"), "{error}");
    assert!(context.get_file_by_path_name("/srv/x.csv").await.unwrap().is_none(), "nothing was written");

    // Merge keeps what is not given; replace drops it.
    context
        .update_data_file_in_catalog(
            &q1,
            true,
            DataFileProperties { file_type: Some("text/csv".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_file_by_guid(&q1).await.unwrap();
    assert_eq!(
        (read.properties.description.as_deref(), read.properties.file_type.as_deref()),
        (Some("first quarter"), Some("text/csv"))
    );
    context
        .update_data_file_in_catalog(
            &q1,
            false,
            DataFileProperties {
                path_name: Some("/srv/reports/q1.csv".into()),
                ..DataFileProperties::new("DataFile::/srv/reports/q1.csv")
            },
        )
        .await
        .unwrap();
    let read = context.get_file_by_guid(&q1).await.unwrap();
    assert_eq!(
        (&read.properties.description, &read.properties.file_type, &read.properties.file_name),
        (&None, &None, &None)
    );
    assert_eq!(read.type_name(), "CSVFile", "a replace keeps the type");
    context
        .update_folder(&reports, true, FileFolderProperties { description: Some("BI".into()), ..Default::default() })
        .await
        .unwrap();
    let read = context.get_folder_by_guid(&reports).await.unwrap();
    assert_eq!(
        (read.properties.path_name.as_deref(), read.properties.description.as_deref()),
        (Some("/srv/reports"), Some("BI"))
    );

    // Publishing puts the file in the publish zones; withdrawing takes it out.
    let core = context.integration_context().unwrap();
    context.publish_data_file(&q1).await.unwrap();
    assert_eq!(core.get_element(&q1).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    context.withdraw_data_file(&q1).await.unwrap();
    assert!(core.get_element(&q1).await.unwrap().unwrap().zone_membership().is_empty());
    context.publish_folder(&reports).await.unwrap();
    assert_eq!(core.get_element(&reports).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    context.withdraw_folder(&reports).await.unwrap();
    assert!(core.get_element(&reports).await.unwrap().unwrap().zone_membership().is_empty());

    // Columns of a tabular file hang from its TabularSchemaType.
    let id = context
        .create_tabular_column(
            &q1,
            TabularColumnProperties {
                data_type: Some("integer".into()),
                element_position: Some(0),
                ..TabularColumnProperties::new("column::q1.id")
            },
        )
        .await
        .unwrap();
    context.create_tabular_column(&q1, TabularColumnProperties::new("column::q1.region")).await.unwrap();
    let schema_types = core.get_related_elements(&RelatedElementsQuery::new(q1.clone(), Some("Schema"))).await.unwrap();
    assert_eq!(schema_types.len(), 1, "one schema type for both columns");
    assert_eq!(schema_types[0].element.type_name(), "TabularSchemaType");
    assert_eq!(schema_types[0].element.qualified_name(), Some("SchemaOf:DataFile::/srv/reports/q1.csv"));
    context
        .update_tabular_column(&id, true, TabularColumnProperties { element_position: Some(3), ..Default::default() })
        .await
        .unwrap();
    let column = context.get_tabular_column_by_guid(&id).await.unwrap();
    assert_eq!(
        (column.properties.element_position, column.properties.data_type.as_deref()),
        (Some(3), Some("integer"))
    );
    assert_eq!(context.get_tabular_columns_by_name("column::q1.region", 0, 0).await.unwrap().len(), 1);
    assert!(context.get_tabular_column_by_guid(&q1).await.unwrap_err().message().contains("CSVFile"));
    context.remove_tabular_column(&id).await.unwrap();
    assert_eq!(context.get_columns_for_data_file(&q1, 0, 0).await.unwrap().len(), 1);

    // A file may also be linked from another folder.
    let shared = context.create_folder(None, folder("/shared")).await.unwrap();
    context.attach_data_file_asset_to_folder(&shared, &q1).await.unwrap();
    let links = context.get_linked_file_links(&q1, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].end1.guid, shared);
    assert!(context.get_folder_files(&shared, 0, 0).await.unwrap().is_empty(), "a link is not a home");
    context.detach_data_file_asset_from_folder(&shared, &q1).await.unwrap();
    assert!(context.get_linked_file_links(&q1, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    assert!(context.detach_data_file_asset_from_folder(&shared, &q1).await.is_err(), "nothing left to detach");

    // Deleting checks the path name; then the file and its columns go.
    let error = context.delete_data_file_from_catalog(&q1, "/srv/reports/q2.csv").await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("/srv/reports/q2.csv"), "{error}");
    context.delete_data_file_from_catalog(&q1, "/srv/reports/q1.csv").await.unwrap();
    assert!(context.get_file_by_guid(&q1).await.unwrap_err().is_not_found());
    assert!(context.find_tabular_columns("", 0, 0).await.unwrap().is_empty());

    // Folders are assets, each its own anchor (as in Egeria): removing one takes its
    // relationships but leaves the folders nested in it.
    let nested = context.create_nested_folders(&srv, "/srv/reports/2026/q3").await.unwrap();
    assert_eq!(nested.len(), 4);
    assert_eq!(nested[..2], [srv.clone(), reports.clone()]);
    context.remove_folder(&reports).await.unwrap();
    assert!(context.get_folder_by_guid(&reports).await.unwrap_err().is_not_found());
    assert!(context.get_nested_folders(&srv, 0, 0).await.unwrap().is_empty());
    assert_eq!(context.get_nested_folders(&nested[2], 0, 0).await.unwrap().len(), 1);
    let mut left: Vec<_> =
        context.find_folders("", 0, 0).await.unwrap().into_iter().filter_map(|f| f.properties.path_name).collect();
    left.sort();
    assert_eq!(left, ["/shared", "/srv", "/srv/reports/2026", "/srv/reports/2026/q3"]);
}

#[tokio::test]
async fn nested_folders_are_created_once_and_attached_to_their_file_system() {
    let (_dir, store) = repository().await;
    let context = files_context(&store, "nested").await;
    let core = context.integration_context().unwrap();
    let file_system = core
        .create_element(NewElement::new(
            "FileSystem",
            ElementProperties::new().with("qualifiedName", "fs::nas01").with("format", "ext4"),
        ))
        .await
        .unwrap();

    let created = context.create_nested_folders(&file_system, "/exports/finance/2026").await.unwrap();
    assert_eq!(created.len(), 3);
    let paths: Vec<_> = {
        let mut paths = Vec::new();
        for guid in &created {
            let folder = context.get_folder_by_guid(guid).await.unwrap();
            paths.push((folder.properties.path_name.unwrap(), folder.properties.qualified_name.unwrap()));
        }
        paths
    };
    assert_eq!(
        paths,
        [
            ("/exports".to_owned(), "FileFolder::/exports".to_owned()),
            ("/exports/finance".to_owned(), "FileFolder::/exports/finance".to_owned()),
            ("/exports/finance/2026".to_owned(), "FileFolder::/exports/finance/2026".to_owned()),
        ]
    );
    // Only the top folder is attached to the file system; the others nest in it.
    let top = context.get_top_level_folders(&file_system, 0, 0).await.unwrap();
    assert_eq!(top.iter().map(TypedElement::guid).collect::<Vec<_>>(), [created[0].as_str()]);
    assert_eq!(top[0].properties.display_name.as_deref(), Some("exports"));
    let links = context.get_top_level_folder_links(&file_system, RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(
        context.get_nested_folders(&created[1], 0, 0).await.unwrap().iter().map(TypedElement::guid).collect::<Vec<_>>(),
        [created[2].as_str()]
    );

    // Again, deeper: the catalogued folders are reused, only the new one is written.
    let before = latest(&store).await;
    let again = context.create_nested_folders(&file_system, "/exports/finance/2026/q1").await.unwrap();
    assert_eq!(again[..3], created[..]);
    assert_eq!(again.len(), 4);
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::NewElement, None), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("FolderHierarchy")), 1);
    assert_eq!(count(&events, ChangeEventType::NewRelationship, Some("CapabilityAssetUse")), 0);
    // Nothing new at all: no write.
    let before = latest(&store).await;
    assert_eq!(context.create_nested_folders(&file_system, "/exports/finance").await.unwrap(), created[..2]);
    assert!(changes_since(&store, before).await.is_empty());

    // A file whose folders are missing gets them; one whose folders exist reuses them.
    let guids = context
        .add_data_file_to_catalog(DataFileProperties {
            path_name: Some("/exports/finance/2026/ledger.parquet".into()),
            type_name: Some("ParquetFile".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(guids[..3], created[..]);
    assert_eq!(guids.len(), 4);
    let guids = context
        .add_data_file_to_catalog(DataFileProperties {
            path_name: Some("s3://bucket/raw/day=1/part-0.json".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(guids.len(), 4, "s3://bucket, s3://bucket/raw, s3://bucket/raw/day=1, the file");
    let day = context.get_folder_by_path_name("s3://bucket/raw/day=1").await.unwrap().unwrap();
    assert_eq!(day.guid(), guids[2]);
    assert_eq!(day.properties.display_name.as_deref(), Some("day=1"));
    let part = context.get_file_by_path_name("s3://bucket/raw/day=1/part-0.json").await.unwrap().unwrap();
    assert_eq!(
        (part.type_name(), part.properties.file_name.as_deref(), part.properties.file_extension.as_deref()),
        ("DataFile", Some("part-0.json"), Some("json"))
    );
    assert_eq!(context.get_folder_files(&guids[2], 0, 0).await.unwrap().len(), 1);
    assert!(context.get_top_level_folders(&file_system, 0, 0).await.unwrap().len() == 1, "s3 is not on nas01");

    // A data folder is one data set: its parents are plain folders.
    let guids = context
        .add_data_folder_to_catalog(FileFolderProperties {
            path_name: Some("/exports/finance/warehouse".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(guids[..2], created[..2]);
    let warehouse = context.get_data_folder_by_guid(&guids[2]).await.unwrap();
    assert_eq!(warehouse.type_name(), "DataFolder");
    assert_eq!(warehouse.properties.qualified_name.as_deref(), Some("DataFolder::/exports/finance/warehouse"));
    assert_eq!(context.find_data_folders("", 0, 0).await.unwrap().len(), 1);
    assert_eq!(
        context.get_folder_by_guid(&guids[2]).await.unwrap().type_name(),
        "DataFolder",
        "a data folder is a folder"
    );
}

#[tokio::test]
async fn archived_files_leave_queries_but_stay_for_lineage() {
    let (_dir, store) = repository().await;
    let context = files_context(&store, "archiver").await;
    let guids = context
        .add_data_file_to_catalog(DataFileProperties { path_name: Some("/in/a.csv".into()), ..Default::default() })
        .await
        .unwrap();
    let (inbox, file) = (guids[0].clone(), guids[1].clone());
    context.create_tabular_column(&file, TabularColumnProperties::new("column::a.x")).await.unwrap();

    let before = latest(&store).await;
    let archive = ArchiveProperties {
        archive_process: Some("nightly-scan".into()),
        archive_properties: BTreeMap::from([("reason".to_owned(), "file deleted".to_owned())]),
        ..Default::default()
    };
    context.archive_data_file_in_catalog(&file, archive).await.unwrap();
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("DataFile")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("TabularSchemaType")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("TabularColumn")), 1);
    assert_eq!(
        count(&events, ChangeEventType::DeletedRelationship, None),
        0,
        "archive keeps relationships for lineage"
    );
    assert!(context.get_file_by_guid(&file).await.unwrap_err().is_not_found());
    assert!(context.get_file_by_path_name("/in/a.csv").await.unwrap().is_none());
    assert!(context.get_folder_files(&inbox, 0, 0).await.unwrap().is_empty());
    assert!(context.find_tabular_columns("", 0, 0).await.unwrap().is_empty(), "the column is archived with it");

    // For lineage, the file is still there, with a Memento saying why.
    let core = context.integration_context().unwrap();
    let kept = store
        .get_element(&core.request_context(), &file, GetOptions { for_lineage: true, ..Default::default() })
        .await
        .unwrap()
        .expect("an archived file stays for lineage");
    let memento = kept.classification("Memento").expect("archived files carry a Memento");
    let properties = &memento.classification_properties;
    assert_eq!(properties.get_str("archiveProcess"), Some("nightly-scan"));
    assert_eq!(properties.get_str("archiveService"), Some("files-integrator"));
    let Some(PropertyValue::Map(reasons)) = properties.get("archiveProperties") else {
        panic!("archiveProperties is a map: {properties:?}");
    };
    assert_eq!(reasons.get("reason").and_then(PropertyValue::as_str), Some("file deleted"));
    assert!(properties.get("archiveDate").is_some(), "defaults to now");
    // Archiving again is refused: it is gone from normal queries.
    assert!(context.archive_data_file_in_catalog(&file, ArchiveProperties::default()).await.is_err());

    // A data folder archives the same way; a plain folder is not a data folder.
    let guids = context
        .add_data_folder_to_catalog(FileFolderProperties { path_name: Some("/in/set".into()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(guids[0], inbox);
    let error = context.archive_data_folder_in_catalog(&inbox, ArchiveProperties::default()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    context.archive_data_folder_in_catalog(&guids[1], ArchiveProperties::default()).await.unwrap();
    assert!(context.find_data_folders("", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.find_folders("", 0, 0).await.unwrap().len(), 1, "/in stays");
}

#[test]
fn path_helpers_split_path_names_as_egeria_does() {
    assert_eq!(get_file_system_name("hdfs://cluster/warehouse/t.orc").as_deref(), Some("hdfs://"));
    assert_eq!(get_file_system_name("/local/t.orc"), None);
    assert_eq!(get_directory_names("hdfs://cluster/warehouse/t.orc"), ["cluster", "warehouse"]);
    assert_eq!(get_directory_names("/a//b/c.txt"), ["a", "b"], "empty segments are skipped");
    assert!(get_directory_names("c.txt").is_empty());
    assert_eq!(get_file_name("/a/b/c.txt").as_deref(), Some("c.txt"));
    assert_eq!(get_file_name("/a/b/"), None, "a folder path has no file name");
    assert_eq!(get_file_name("s3://"), None);
    assert_eq!(get_file_extension("archive.tar.gz").as_deref(), Some("gz"));
    assert_eq!(get_file_extension("/a/Makefile"), None);
    assert_eq!(get_file_extension("/a/.env"), None, "a dot file has no extension");
    assert_eq!(get_file_extension("/a/name."), None);
    assert_eq!(folder_path_names("/a/b/c.txt", false), ["/a", "/a/b"]);
    assert_eq!(folder_path_names("/a/b/c", true), ["/a", "/a/b", "/a/b/c"]);
    assert_eq!(folder_path_names("hdfs://cluster/w/t.orc", false), ["hdfs://cluster", "hdfs://cluster/w"]);
    assert!(folder_path_names("/c.txt", false).is_empty());
}

#[tokio::test]
async fn permitted_synchronization_and_ownership_hold_through_the_typed_api() {
    let (_dir, store) = repository().await;
    let owner = files_context(&store, "owner").await;
    let guids = owner
        .add_data_file_to_catalog(DataFileProperties { path_name: Some("/owned/f.csv".into()), ..Default::default() })
        .await
        .unwrap();
    let (owned_folder, owned_file) = (guids[0].clone(), guids[1].clone());

    // Another source may read but not change what the owner catalogued.
    let other = files_context(&store, "other").await;
    assert_eq!(other.get_file_by_guid(&owned_file).await.unwrap().guid(), owned_file);
    let error = other
        .update_data_file_in_catalog(
            &owned_file,
            true,
            DataFileProperties { description: Some("x".into()), ..Default::default() },
        )
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.delete_data_file_from_catalog(&owned_file, "/owned/f.csv").await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.archive_data_file_in_catalog(&owned_file, ArchiveProperties::default()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    let error = other.remove_folder(&owned_folder).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert_eq!(owner.get_file_by_guid(&owned_file).await.unwrap().properties.description, None);

    // A connector that may only push open metadata to the file system cannot write it.
    let core = connect(
        &store,
        identity(
            IntegrationService::Files,
            "pusher",
            PermittedSynchronization::ToThirdParty,
            Some("FileSystem::pusher"),
        ),
    )
    .await;
    let pusher = FilesIntegratorContext::new(core).unwrap();
    let error = pusher.create_folder(None, folder("/refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("TO_THIRD_PARTY") && error.message().contains("createFolder"), "{error}");
    let error = pusher
        .add_data_file_to_catalog(DataFileProperties { path_name: Some("/refused/f.csv".into()), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("addDataFileToCatalog"), "{error}");
    assert!(pusher.get_folder_by_path_name("/refused").await.unwrap().is_none(), "no folder was left behind");
    assert_eq!(pusher.find_data_files("", 0, 0).await.unwrap().len(), 1, "reads are allowed");
    assert!(pusher.validate_write_to_third_party("writeFile").is_ok());
    assert!(owner.validate_write_to_third_party("writeFile").is_err(), "FROM_THIRD_PARTY may not push");
    // A context of another service is refused.
    let topics =
        connect(&store, identity(IntegrationService::Topic, "topics", PermittedSynchronization::FromThirdParty, None))
            .await;
    let error = FilesIntegratorContext::new(topics).unwrap_err();
    assert!(error.message().contains("Topic") || error.message().contains("topic"), "{error}");
}

/// A connector as an author would write it, unit-tested against the mock: catalogs the files it
/// is given that are not catalogued yet.
#[derive(Default)]
struct DropFolderScanner {
    context: ContextSlot<FilesIntegratorContext>,
    listing: Vec<String>,
    catalogued: usize,
}

#[async_trait::async_trait]
impl FilesIntegratorConnector for DropFolderScanner {
    fn set_context(&mut self, context: FilesIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&FilesIntegratorContext> {
        self.context.get("context")
    }

    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?.clone();
        for path in &self.listing {
            if context.get_file_by_path_name(path).await?.is_none() {
                let properties = DataFileProperties { path_name: Some(path.clone()), ..Default::default() };
                context.add_data_file_to_catalog(properties).await?;
                self.catalogued += 1;
            }
        }
        Ok(())
    }
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let mut mock = MockFilesIntegratorApi::new();
    mock.expect_get_file_by_path_name().times(2).returning(|_| Ok(None));
    mock.expect_add_data_file_to_catalog()
        .withf(|properties| properties.path_name.as_deref() == Some("/drop/a.csv"))
        .times(1)
        .returning(|_| Ok(vec!["folder-1".into(), "file-1".into()]));
    mock.expect_add_data_file_to_catalog()
        .withf(|properties| properties.path_name.as_deref() == Some("/drop/b.csv"))
        .times(1)
        .returning(|_| Err(integration_daemon_api::message_definitions::MISSING_PARENT.error(&[&"a", &"b"])));
    let mut connector =
        DropFolderScanner { listing: vec!["/drop/a.csv".into(), "/drop/b.csv".into()], ..Default::default() };
    assert!(connector.context().is_err(), "no context before set_context (NULL_CONTEXT)");
    connector.set_context(FilesIntegratorContext::from_api(Arc::new(mock)));
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "{error}");
    assert_eq!(connector.catalogued, 1);
}

#[tokio::test]
async fn the_adapter_hosts_a_typed_connector_in_the_core_lifecycle() {
    let (_dir, store) = repository().await;
    let mut connector = into_connector(DropFolderScanner { listing: vec!["/drop/x.csv".into()], ..Default::default() });
    connector.initialize("instance-1", Connection::default()).unwrap();
    connector.set_connector_name("scanner");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let database = connect(
        &store,
        identity(IntegrationService::Database, "scanner", PermittedSynchronization::FromThirdParty, None),
    )
    .await;
    assert!(connector.set_context(database).is_err());
    let error = connector.refresh().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ConnectorChecked, "{error}");
    let files = connect(
        &store,
        identity(IntegrationService::Files, "scanner", PermittedSynchronization::FromThirdParty, Some("NAS::scanner")),
    )
    .await;
    connector.set_context(files).unwrap();
    connector.start().await.unwrap();
    connector.refresh().await.unwrap();
    connector.refresh().await.unwrap();
    assert_eq!(connector.deliver_service_events().await.unwrap(), 0, "files has no service events");
    connector.disconnect().await.unwrap();
    let reader = files_context(&store, "reader").await;
    let files = reader.find_data_files("", 0, 0).await.unwrap();
    assert_eq!(files.len(), 1, "the second refresh found the file catalogued");
    assert_eq!(files[0].properties.path_name.as_deref(), Some("/drop/x.csv"));
    assert_eq!(files[0].element_header.origin.home_metadata_collection_name.as_deref(), Some("NAS::scanner"));
}
