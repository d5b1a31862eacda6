//! The MetadataStore conformance suite (integration-testkit) over REST: each test runs a metadata
//! server on loopback (on a SQLite repository in a temporary directory) and talks to it through
//! [`RestStore`].

use std::sync::Arc;

use async_trait::async_trait;
use integration_testkit::{StoreHarness, store_conformance_tests};
use open_metadata_client::{ClientOptions, RestStore, ServerAddress};
use open_metadata_server::{ServerConfig, Tokens};
use open_metadata_store::{MetadataStore, StoreOptions};

/// A SQLite file in a temporary directory, served on loopback; each `open` starts a server.
struct RestHarness {
    directory: tempfile::TempDir,
}

#[async_trait]
impl StoreHarness for RestHarness {
    async fn open(&self) -> Arc<dyn MetadataStore> {
        let store = open_metadata_store::SqliteStore::open_shared(
            self.directory.path().join("omis.db"),
            StoreOptions::default(),
        )
        .await
        .expect("the SQLite repository opens");
        let tokens = Arc::new(Tokens::new([("conformance".to_owned(), "secret".to_owned())]));
        let router = open_metadata_server::router(&ServerConfig::new("test-store", store, tokens));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a loopback port");
        let address = listener.local_addr().expect("its address");
        tokio::spawn(async move { axum::serve(listener, router).await });
        let client = RestStore::connect(
            ServerAddress {
                platform_url: format!("http://{address}"),
                server_name: "test-store".into(),
                user_id: "conformance".into(),
                password: "secret".into(),
            },
            ClientOptions::default(),
        )
        .await
        .expect("the client connects");
        Arc::new(client)
    }
}

async fn rest() -> Option<Box<dyn StoreHarness>> {
    Some(Box::new(RestHarness { directory: tempfile::tempdir().expect("a temporary directory") }))
}

store_conformance_tests!(rest_store, rest);
