//! Contract tests of the infrastructure integration service against the real embedded (SQLite)
//! store.

use std::sync::Arc;

use infrastructure_integrator::*;
use integration_daemon_api::{ErrorKind, ExternalIdQuery, MetadataStore, NewElement};
use integration_testkit::service::{changes_since, connect, count, identity, latest};
use open_metadata_store::{SqliteStore, StoreOptions};

async fn repository() -> (tempfile::TempDir, Arc<dyn MetadataStore>) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_shared(dir.path().join("omis.db"), StoreOptions::default()).await.unwrap();
    (dir, store)
}

async fn infrastructure_context(store: &Arc<dyn MetadataStore>, name: &str) -> InfrastructureIntegratorContext {
    let core = connect(
        store,
        identity(
            IntegrationService::Infrastructure,
            name,
            PermittedSynchronization::BothDirections,
            Some(&format!("Kubernetes::{name}")),
        ),
    )
    .await;
    InfrastructureIntegratorContext::new(core).unwrap()
}

fn key(text: &str) -> ElementRef {
    ElementRef::Key(text.to_owned())
}

/// One enumeration of a small data centre: cluster `dc1` of `nodes`; a Kubernetes platform
/// deployed on the first node runs server `omag1`, which offers a catalog capability and listens
/// at an endpoint (`address`) that a connection reaches; the server runs as the IT profile
/// `omag1-profile` with user identity `omagnpa`.
async fn enumerate(context: &InfrastructureIntegratorContext, nodes: &[&str], address: &str) -> SyncSummary {
    let mut sync = context.synchronizer("dc1", SyncOptions::default()).unwrap();
    let cluster = HostProperties { type_name: Some("HostCluster".into()), ..HostProperties::new("k8s::dc1") };
    sync.upsert_host("dc1", &cluster).await.unwrap();
    for node in nodes {
        let host = HostProperties {
            display_name: Some((*node).into()),
            deployment_status: Some(DeploymentStatus::Active),
            ..HostProperties::new(format!("k8s::dc1::{node}"))
        };
        sync.upsert_host(node, &host).await.unwrap();
        sync.upsert_host_cluster_member(
            &format!("dc1>{node}"),
            key("dc1"),
            key(node),
            &HostClusterMemberProperties { member_role: Some("worker".into()), ..Default::default() },
        )
        .await
        .unwrap();
    }
    let platform = SoftwareServerPlatformProperties {
        deployed_implementation_type: Some("Kubernetes".into()),
        ..SoftwareServerPlatformProperties::new("k8s::dc1::platform")
    };
    sync.upsert_software_server_platform("platform", &platform).await.unwrap();
    let enabled = DeploymentProperties { operational_status: Some(OperationalStatus::Enabled), ..Default::default() };
    sync.upsert_deployment("platform@node", key(nodes[0]), key("platform"), &enabled).await.unwrap();
    let server = SoftwareServerProperties {
        user_id: Some("omagnpa".into()),
        deployed_implementation_type: Some("OMAG Server".into()),
        ..SoftwareServerProperties::new("k8s::dc1::omag1")
    };
    sync.upsert_software_server("omag1", &server).await.unwrap();
    sync.upsert_deployment("omag1@platform", key("platform"), key("omag1"), &enabled).await.unwrap();
    let capability = SoftwareCapabilityProperties {
        deployed_implementation_type: Some("Open Metadata Catalog".into()),
        ..SoftwareCapabilityProperties::new("k8s::dc1::omag1::catalog")
    };
    sync.upsert_software_capability("omag1/catalog", &capability).await.unwrap();
    sync.upsert_supported_capability(
        "omag1>catalog",
        key("omag1"),
        key("omag1/catalog"),
        &SupportedCapabilityProperties::default(),
    )
    .await
    .unwrap();
    let endpoint = EndpointProperties {
        network_address: Some(address.into()),
        protocol: Some("https".into()),
        ..EndpointProperties::new("k8s::dc1::omag1::endpoint")
    };
    sync.upsert_endpoint("omag1/endpoint", &endpoint).await.unwrap();
    sync.upsert_server_endpoint("omag1>endpoint", key("omag1"), key("omag1/endpoint")).await.unwrap();
    sync.upsert_connection("omag1/connection", &ConnectionProperties::new("k8s::dc1::omag1::connection"))
        .await
        .unwrap();
    sync.upsert_connection_endpoint("connection>endpoint", key("omag1/connection"), key("omag1/endpoint"))
        .await
        .unwrap();
    sync.upsert_asset_connection("omag1>connection", key("omag1"), key("omag1/connection")).await.unwrap();
    sync.upsert_it_profile("omag1-profile", &ITProfileProperties::new("k8s::dc1::omag1::profile")).await.unwrap();
    let user =
        UserIdentityProperties { user_id: Some("omagnpa".into()), ..UserIdentityProperties::new("k8s::omagnpa") };
    sync.upsert_user_identity("omagnpa", Some(key("omag1-profile")), &user).await.unwrap();
    sync.upsert_infrastructure_profile("omag1-profile>omag1", key("omag1-profile"), key("omag1")).await.unwrap();
    sync.complete().await.unwrap()
}

const NODES: &[&str] = &["node1", "node2"];

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn a_data_centre_enumeration_gives_elements_relationships_correlations_and_events() {
    let (_dir, store) = repository().await;
    let context = infrastructure_context(&store, "dc1").await;
    let before = latest(&store).await;

    // First enumeration: everything is new.
    let summary = enumerate(&context, NODES, "https://node1:9443").await;
    // 10 elements (cluster, 2 hosts, platform, server, capability, endpoint, connection, profile,
    // identity) and 9 relationships.
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (19, 0, 0, 0), "{summary:?}");
    let events = changes_since(&store, before).await;
    for (type_name, expected) in [
        ("HostCluster", 1),
        ("Host", 2),
        ("SoftwareServerPlatform", 1),
        ("SoftwareServer", 1),
        ("SoftwareCapability", 1),
        ("Endpoint", 1),
        ("Connection", 1),
        ("ITProfile", 1),
        ("UserIdentity", 1),
    ] {
        assert_eq!(count(&events, ChangeEventType::NewElement, Some(type_name)), expected, "{type_name}");
    }
    for (type_name, expected) in [
        ("HostClusterMember", 2),
        ("DeployedOn", 2),
        ("SupportedSoftwareCapability", 1),
        ("ServerEndpoint", 1),
        ("ConnectToEndpoint", 1),
        ("AssetConnection", 1),
        ("ITInfrastructureProfile", 1),
        ("ProfileIdentity", 1),
    ] {
        assert_eq!(count(&events, ChangeEventType::NewRelationship, Some(type_name)), expected, "{type_name}");
    }
    assert_eq!(events.len(), 20, "nothing else was written: {events:#?}");

    // The typed reads follow the chain host → platform → server → capability.
    let hosts = context.get_hosts_for_infrastructure_manager(0, 0).await.unwrap();
    let mut names: Vec<_> =
        hosts.iter().map(|h| (h.type_name().to_owned(), h.properties.qualified_name.clone().unwrap())).collect();
    names.sort();
    assert_eq!(
        names,
        [
            ("Host".to_owned(), "k8s::dc1::node1".to_owned()),
            ("Host".to_owned(), "k8s::dc1::node2".to_owned()),
            ("HostCluster".to_owned(), "k8s::dc1".to_owned())
        ]
    );
    let cluster = context.get_hosts_by_name("k8s::dc1", 0, 0).await.unwrap().remove(0);
    let members = context.get_cluster_members(cluster.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(members.len(), 2);
    assert!(members.iter().all(|m| m.properties.member_role.as_deref() == Some("worker")));
    let node1 = context.get_hosts_by_name("node1", 0, 0).await.unwrap().remove(0);
    assert_eq!(node1.properties.deployment_status, Some(DeploymentStatus::Active));
    let on_node1 = context.get_deployments(node1.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(on_node1.len(), 1);
    assert_eq!(on_node1[0].end2.unique_name.as_deref(), Some("k8s::dc1::platform"));
    assert_eq!(on_node1[0].properties.operational_status, Some(OperationalStatus::Enabled));
    let platform = context.get_software_server_platform_by_guid(&on_node1[0].end2.guid).await.unwrap();
    assert_eq!(platform.properties.deployed_implementation_type.as_deref(), Some("Kubernetes"));
    let on_platform = context.get_deployments(platform.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    let server = context.get_software_server_by_guid(&on_platform[0].end2.guid).await.unwrap();
    assert_eq!(server.properties.user_id.as_deref(), Some("omagnpa"));
    let capabilities = context.get_supported_capabilities(server.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(capabilities.len(), 1);
    let capability = context.get_software_capability_by_guid(&capabilities[0].end2.guid).await.unwrap();
    assert_eq!(capability.properties.deployed_implementation_type.as_deref(), Some("Open Metadata Catalog"));
    let endpoints = context.get_server_endpoints(server.guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    let endpoint = context.get_endpoint_by_guid(&endpoints[0].end2.guid).await.unwrap();
    assert_eq!(endpoint.properties.network_address.as_deref(), Some("https://node1:9443"));
    let reaching = context.get_connection_endpoint_links(endpoint.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(reaching[0].end1.unique_name.as_deref(), Some("k8s::dc1::omag1::connection"));
    assert_eq!(context.get_asset_connection_links(server.guid(), RelationshipEnd::End1, 0, 0).await.unwrap().len(), 1);
    let profiles = context.get_it_profile_links(server.guid(), RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(profiles.len(), 1);
    let users = context.get_user_identities_for_profile(&profiles[0].end1.guid, 0, 0).await.unwrap();
    assert_eq!(users[0].properties.user_id.as_deref(), Some("omagnpa"));
    // The connector's metadata source is a software capability too (as in Egeria), but not its own.
    assert_eq!(context.find_software_capabilities("", 0, 0).await.unwrap().len(), 2);
    let mine = context.get_software_capabilities_for_infrastructure_manager(0, 0).await.unwrap();
    assert_eq!(mine.iter().map(TypedElement::guid).collect::<Vec<_>>(), [capability.guid()]);
    assert_eq!(server.element_header.origin.home_metadata_collection_name.as_deref(), Some("Kubernetes::dc1"));
    // Every element and relationship is correlated with the data centre's names.
    let core = context.integration_context().unwrap();
    let query = ExternalIdQuery { scope_guid: context.infrastructure_manager_guid(), ..Default::default() };
    assert_eq!(core.count_external_ids(&query).await.unwrap(), 19);

    // The same again: nothing is written, no event.
    let before_unchanged = latest(&store).await;
    let summary = enumerate(&context, NODES, "https://node1:9443").await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 0, 19, 0), "{summary:?}");
    assert!(changes_since(&store, before_unchanged).await.is_empty());

    // node2 was decommissioned and the server moved port: one update, the node and its cluster
    // membership removed.
    let before_change = latest(&store).await;
    let summary = enumerate(&context, &["node1"], "https://node1:9444").await;
    assert_eq!((summary.created, summary.updated, summary.unchanged, summary.removed), (0, 1, 16, 2), "{summary:?}");
    let events = changes_since(&store, before_change).await;
    assert_eq!(count(&events, ChangeEventType::UpdatedElement, Some("Endpoint")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedElement, Some("Host")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("HostClusterMember")), 1);
    assert_eq!(events.len(), 3, "{events:#?}");
    assert!(context.get_hosts_by_name("k8s::dc1::node2", 0, 0).await.unwrap().is_empty());
    assert_eq!(context.get_cluster_members(cluster.guid(), RelationshipEnd::End1, 0, 0).await.unwrap().len(), 1);
    assert_eq!(
        context.get_endpoint_by_guid(endpoint.guid()).await.unwrap().properties.network_address.as_deref(),
        Some("https://node1:9444")
    );
    assert_eq!(context.get_deployments(platform.guid(), RelationshipEnd::Any, 0, 0).await.unwrap().len(), 2);
    assert_eq!(core.count_external_ids(&query).await.unwrap(), 17);
}

#[tokio::test]
#[allow(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
async fn typed_calls_build_the_same_structure_and_check_kinds() {
    let (_dir, store) = repository().await;
    let context = infrastructure_context(&store, "typed").await;
    let host = context
        .create_host(HostProperties {
            display_name: Some("db-host".into()),
            deployment_status: Some(DeploymentStatus::Active),
            ..HostProperties::new("cmdb::db-host")
        })
        .await
        .unwrap();
    let platform = context
        .create_software_server_platform(SoftwareServerPlatformProperties {
            deployed_implementation_type: Some("Docker".into()),
            ..SoftwareServerPlatformProperties::new("cmdb::db-host::docker")
        })
        .await
        .unwrap();
    context.deploy_element_on(&host, &platform, DeploymentProperties::default()).await.unwrap();
    let server = context
        .create_software_server(SoftwareServerProperties {
            user_id: Some("postgres".into()),
            ..SoftwareServerProperties::new("cmdb::db-host::postgres")
        })
        .await
        .unwrap();
    context
        .deploy_element_on(
            &platform,
            &server,
            DeploymentProperties {
                deployer: Some("ansible".into()),
                operational_status: Some(OperationalStatus::Disabled),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let capability = context
        .create_software_capability(SoftwareCapabilityProperties {
            patch_level: Some("16.2".into()),
            ..SoftwareCapabilityProperties::new("cmdb::db-host::postgres::engine")
        })
        .await
        .unwrap();
    context.setup_supported_capability(&server, &capability, SupportedCapabilityProperties::default()).await.unwrap();
    context
        .setup_capability_asset_use(
            &capability,
            &host,
            CapabilityAssetUseProperties { use_type: Some(CapabilityAssetUseType::Uses), ..Default::default() },
        )
        .await
        .unwrap();
    let endpoint = context
        .create_endpoint(EndpointProperties {
            network_address: Some("db-host:5432".into()),
            ..EndpointProperties::new("cmdb::db-host::postgres::endpoint")
        })
        .await
        .unwrap();
    context.setup_server_endpoint(&server, &endpoint).await.unwrap();
    let connection = context.create_connection(ConnectionProperties::new("cmdb::postgres::connection")).await.unwrap();
    context.setup_endpoint(&connection, &endpoint).await.unwrap();
    let profile = context.create_it_profile(ITProfileProperties::new("cmdb::postgres::profile")).await.unwrap();
    context.setup_it_profile_for_infrastructure(&profile, &server).await.unwrap();
    let user = context
        .create_user_identity(
            Some(&profile),
            UserIdentityProperties {
                user_id: Some("postgres".into()),
                ..UserIdentityProperties::new("cmdb::postgres")
            },
        )
        .await
        .unwrap();

    // Reads by GUID, by name, by search string, by parent and by manager.
    let read = context.get_host_by_guid(&host).await.unwrap();
    assert_eq!(
        (read.properties.display_name.as_deref(), read.properties.deployment_status),
        (Some("db-host"), Some(DeploymentStatus::Active))
    );
    assert_eq!(context.get_hosts_by_name("db-host", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.find_software_servers("postgres", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.get_software_server_platforms_by_name("cmdb::db-host::docker", 0, 0).await.unwrap().len(), 1);
    assert_eq!(
        context.get_software_capability_by_guid(&capability).await.unwrap().properties.patch_level.as_deref(),
        Some("16.2")
    );
    assert_eq!(context.find_endpoints("5432", 0, 0).await.unwrap()[0].guid(), endpoint);
    assert_eq!(
        context.get_connections_by_name("cmdb::postgres::connection", 0, 0).await.unwrap()[0].guid(),
        connection
    );
    assert_eq!(context.get_it_profile_by_guid(&profile).await.unwrap().type_name(), "ITProfile");
    assert_eq!(
        context
            .get_user_identities_for_profile(&profile, 0, 0)
            .await
            .unwrap()
            .iter()
            .map(TypedElement::guid)
            .collect::<Vec<_>>(),
        [user.as_str()]
    );
    assert_eq!(context.get_software_servers_for_infrastructure_manager(0, 0).await.unwrap().len(), 1);
    assert_eq!(context.get_software_server_platforms_for_infrastructure_manager(0, 0).await.unwrap().len(), 1);
    let deployments = context.get_deployments(&server, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(deployments.len(), 1);
    assert_eq!(deployments[0].end1.guid, platform);
    assert_eq!(
        (deployments[0].properties.deployer.as_deref(), deployments[0].properties.operational_status),
        (Some("ansible"), Some(OperationalStatus::Disabled))
    );
    let asset_uses = context.get_capability_asset_uses(&host, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(asset_uses[0].properties.use_type, Some(CapabilityAssetUseType::Uses));

    // Wrong kinds are refused, naming what was found and the call.
    let error = context.get_host_by_guid(&server).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter);
    assert!(error.message().contains("SoftwareServer") && error.message().contains("getHostByGUID"), "{error}");
    let error = context.remove_software_server_platform(&host).await.unwrap_err();
    assert!(error.message().contains("Host") && error.message().contains("removeSoftwareServerPlatform"), "{error}");
    assert!(context.get_endpoint_by_guid("no-such-guid").await.unwrap_err().is_not_found());
    let error = context
        .create_host(HostProperties { type_name: Some("SoftwareServer".into()), ..HostProperties::new("cmdb::x") })
        .await
        .unwrap_err();
    assert!(error.message().contains("SoftwareServer") && error.message().contains("Host"), "{error}");
    let error = context.deploy_element_on(&capability, &server, DeploymentProperties::default()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidParameter, "a capability hosts nothing: {error}");
    // A host cluster is a host.
    let cluster = context
        .create_host(HostProperties { type_name: Some("HostCluster".into()), ..HostProperties::new("cmdb::cluster") })
        .await
        .unwrap();
    context.setup_cluster_member(&cluster, &host, HostClusterMemberProperties::default()).await.unwrap();
    assert_eq!(context.get_host_by_guid(&cluster).await.unwrap().type_name(), "HostCluster");
    let error =
        context.setup_cluster_member(&host, &cluster, HostClusterMemberProperties::default()).await.unwrap_err();
    assert!(error.message().contains("HostCluster"), "a plain host has no members: {error}");

    // Merge keeps what is not given; replace drops it.
    context
        .update_software_server(
            &server,
            true,
            SoftwareServerProperties { description: Some("Primary".into()), ..Default::default() },
        )
        .await
        .unwrap();
    let read = context.get_software_server_by_guid(&server).await.unwrap();
    assert_eq!(
        (read.properties.user_id.as_deref(), read.properties.description.as_deref()),
        (Some("postgres"), Some("Primary"))
    );
    context
        .update_software_server(&server, false, SoftwareServerProperties::new("cmdb::db-host::postgres"))
        .await
        .unwrap();
    let read = context.get_software_server_by_guid(&server).await.unwrap();
    assert_eq!((read.properties.user_id, read.properties.description), (None, None));
    context
        .update_deployment(
            &platform,
            &server,
            true,
            DeploymentProperties { operational_status: Some(OperationalStatus::Enabled), ..Default::default() },
        )
        .await
        .unwrap();
    let deployments = context.get_deployments(&server, RelationshipEnd::End2, 0, 0).await.unwrap();
    assert_eq!(
        (deployments[0].properties.deployer.as_deref(), deployments[0].properties.operational_status),
        (Some("ansible"), Some(OperationalStatus::Enabled))
    );

    // Publishing puts an asset in the publish zones; withdrawing takes it out.
    context.publish_host(&host).await.unwrap();
    context.publish_software_server(&server).await.unwrap();
    let core = context.integration_context().unwrap();
    assert_eq!(core.get_element(&host).await.unwrap().unwrap().zone_membership(), ["data-lake"]);
    context.withdraw_host(&host).await.unwrap();
    assert!(core.get_element(&host).await.unwrap().unwrap().zone_membership().is_empty());
    assert_eq!(core.get_element(&server).await.unwrap().unwrap().zone_membership(), ["data-lake"]);

    // Unlinking and removal: a server goes with its relationships; the endpoint and capability
    // are elements of their own and stay.
    context.clear_supported_capability(&server, &capability).await.unwrap();
    assert!(context.get_supported_capabilities(&server, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
    assert!(context.clear_supported_capability(&server, &capability).await.unwrap_err().is_not_found());
    let before = latest(&store).await;
    context.remove_software_server(&server).await.unwrap();
    let events = changes_since(&store, before).await;
    assert_eq!(count(&events, ChangeEventType::DeletedElement, None), 1, "{events:#?}");
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("DeployedOn")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("ServerEndpoint")), 1);
    assert_eq!(count(&events, ChangeEventType::DeletedRelationship, Some("ITInfrastructureProfile")), 1);
    assert!(context.get_software_server_by_guid(&server).await.unwrap_err().is_not_found());
    assert_eq!(context.get_endpoint_by_guid(&endpoint).await.unwrap().guid(), endpoint);
    assert_eq!(context.get_connection_endpoint_links(&endpoint, RelationshipEnd::End2, 0, 0).await.unwrap().len(), 1);
    context.remove_host(&host).await.unwrap();
    assert_eq!(
        context.find_hosts("", 0, 0).await.unwrap().iter().map(TypedElement::guid).collect::<Vec<_>>(),
        [cluster.as_str()]
    );
    assert!(context.get_deployments(&platform, RelationshipEnd::Any, 0, 0).await.unwrap().is_empty());
}

#[tokio::test]
async fn connector_types_are_read_and_linked_to_connections() {
    let (_dir, store) = repository().await;
    // Connector types are catalogued by whoever registers connectors, not by this service.
    let registry = connect(
        &store,
        identity(IntegrationService::Catalog, "registry", PermittedSynchronization::BothDirections, None),
    )
    .await;
    let connector_type = registry
        .create_element(NewElement::new(
            "ConnectorType",
            ElementProperties::new()
                .with("qualifiedName", "omis::connector-type::postgres")
                .with("connectorProviderClassName", "postgres-monitor"),
        ))
        .await
        .unwrap();
    let context = infrastructure_context(&store, "links").await;
    let read = context.get_connector_type_by_guid(&connector_type).await.unwrap();
    assert_eq!(read.properties.connector_provider_class_name.as_deref(), Some("postgres-monitor"));
    assert_eq!(context.find_connector_types("postgres", 0, 0).await.unwrap().len(), 1);
    assert_eq!(context.get_connector_types_by_name("omis::connector-type::postgres", 0, 0).await.unwrap().len(), 1);
    let connection = context.create_connection(ConnectionProperties::new("cmdb::conn")).await.unwrap();
    context.setup_connector_type(&connection, &connector_type).await.unwrap();
    let links = context.get_connector_type_links(&connection, RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].end2.guid, connector_type);
    // A connection has one connector type.
    let other = registry
        .create_element(NewElement::new("ConnectorType", ElementProperties::new().with("qualifiedName", "omis::other")))
        .await
        .unwrap();
    assert_eq!(
        context.setup_connector_type(&connection, &other).await.unwrap_err().kind(),
        ErrorKind::InvalidParameter
    );
    context.clear_connector_type(&connection, &connector_type).await.unwrap();
    context.setup_connector_type(&connection, &other).await.unwrap();
    // A connection can be copied from a template.
    let copy = context
        .create_connection_from_template(&connection, TemplateProperties::named("cmdb::conn-copy"))
        .await
        .unwrap();
    assert_eq!(
        context.get_connection_by_guid(&copy).await.unwrap().properties.qualified_name.as_deref(),
        Some("cmdb::conn-copy")
    );
    assert_eq!(context.find_connections("cmdb::conn", 0, 0).await.unwrap().len(), 2);
}

#[tokio::test]
async fn permitted_synchronization_and_ownership_hold_through_the_typed_api() {
    let (_dir, store) = repository().await;
    let owner = infrastructure_context(&store, "owner").await;
    let host = owner.create_host(HostProperties::new("cmdb::owned")).await.unwrap();
    // The service's default direction reads, writes and pushes.
    assert_eq!(
        owner.permitted_synchronization(),
        IntegrationService::Infrastructure.default_permitted_synchronization()
    );
    assert!(owner.validate_write_to_third_party("provisionHost").is_ok());
    owner.register_listener().await.unwrap();

    // Another source may read but not change what the owner catalogued.
    let other = infrastructure_context(&store, "other").await;
    assert_eq!(other.get_host_by_guid(&host).await.unwrap().guid(), host);
    let error = other
        .update_host(&host, true, HostProperties { description: Some("x".into()), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized, "{error}");
    assert!(error.message().contains("Kubernetes::owner"), "{error}");
    assert_eq!(other.remove_host(&host).await.unwrap_err().kind(), ErrorKind::UserNotAuthorized);
    assert_eq!(other.publish_host(&host).await.unwrap_err().kind(), ErrorKind::UserNotAuthorized);
    assert!(owner.get_host_by_guid(&host).await.unwrap().properties.description.is_none());
    assert!(other.get_hosts_for_infrastructure_manager(0, 0).await.unwrap().is_empty(), "not its host");
    // Without its source home, what the owner creates is anyone's.
    owner.set_infrastructure_manager_is_home(false);
    let shared = owner.create_host(HostProperties::new("cmdb::shared")).await.unwrap();
    other
        .update_host(&shared, true, HostProperties { description: Some("edited".into()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(owner.get_host_by_guid(&shared).await.unwrap().properties.description.as_deref(), Some("edited"));

    // A connector that may only push open metadata to the technology cannot write it.
    let core = connect(
        &store,
        identity(
            IntegrationService::Infrastructure,
            "pusher",
            PermittedSynchronization::ToThirdParty,
            Some("Kubernetes::pusher"),
        ),
    )
    .await;
    let pusher = InfrastructureIntegratorContext::new(core).unwrap();
    let error = pusher.create_host(HostProperties::new("cmdb::refused")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UserNotAuthorized);
    assert!(error.message().contains("TO_THIRD_PARTY") && error.message().contains("createHost"), "{error}");
    let error = pusher.deploy_element_on(&host, &shared, DeploymentProperties::default()).await.unwrap_err();
    assert!(error.message().contains("deployElementOn"), "{error}");
    let mut sync = pusher.synchronizer("dc", SyncOptions::default()).unwrap();
    sync.upsert_host("h", &HostProperties::new("cmdb::refused-too")).await.unwrap();
    assert_eq!(sync.complete().await.unwrap_err().kind(), ErrorKind::UserNotAuthorized);
    assert_eq!(pusher.find_hosts("", 0, 0).await.unwrap().len(), 2, "reads are allowed");
    // One that may only import may not push or listen.
    let core = connect(
        &store,
        identity(IntegrationService::Infrastructure, "importer", PermittedSynchronization::FromThirdParty, None),
    )
    .await;
    let importer = InfrastructureIntegratorContext::new(core).unwrap();
    assert_eq!(
        importer.validate_write_to_third_party("provisionHost").unwrap_err().kind(),
        ErrorKind::UserNotAuthorized
    );
    assert!(importer.register_listener().await.is_err());
    assert_eq!(importer.infrastructure_manager_name().as_deref(), Some("omis::connector::importer"));
    // A context of another service is refused.
    let security =
        connect(&store, identity(IntegrationService::Security, "ldap", PermittedSynchronization::ToThirdParty, None))
            .await;
    assert_eq!(InfrastructureIntegratorContext::new(security).unwrap_err().kind(), ErrorKind::ConnectorChecked);
}

/// A connector as an author would write it, unit-tested against the mock: it records the host it
/// runs on, and the server on that host.
#[derive(Default)]
struct SelfCataloguer {
    context: ContextSlot<InfrastructureIntegratorContext>,
    hosts: usize,
}

#[async_trait]
impl InfrastructureIntegratorConnector for SelfCataloguer {
    fn set_context(&mut self, context: InfrastructureIntegratorContext) {
        self.context.set(context);
    }

    fn context(&self) -> Result<&InfrastructureIntegratorContext> {
        self.context.get("refresh")
    }

    async fn refresh(&mut self) -> Result<()> {
        let context = self.context()?.clone();
        let hosts = context.get_hosts_by_name("cmdb::self", 0, 0).await?;
        self.hosts = hosts.len();
        if hosts.is_empty() {
            let host = context.create_host(HostProperties::new("cmdb::self")).await?;
            let server = context.create_software_server(SoftwareServerProperties::new("cmdb::self::omis")).await?;
            context.deploy_element_on(&host, &server, DeploymentProperties::default()).await?;
        }
        Ok(())
    }
}

#[tokio::test]
async fn connectors_can_be_tested_with_the_mock_context() {
    let mut mock = MockInfrastructureIntegratorApi::new();
    mock.expect_get_hosts_by_name().withf(|name, _, _| name == "cmdb::self").returning(|_, _, _| Ok(Vec::new()));
    mock.expect_create_host()
        .withf(|properties| properties.qualified_name.as_deref() == Some("cmdb::self"))
        .times(1)
        .returning(|_| Ok("host-guid".into()));
    mock.expect_create_software_server().times(1).returning(|_| Ok("server-guid".into()));
    mock.expect_deploy_element_on()
        .withf(|host, server, _| host == "host-guid" && server == "server-guid")
        .times(1)
        .returning(|_, _, _| Ok("deployment-guid".into()));
    let mut connector = SelfCataloguer::default();
    assert_eq!(connector.context().unwrap_err().kind(), ErrorKind::ConnectorChecked, "NULL_CONTEXT");
    connector.set_context(InfrastructureIntegratorContext::from_api(Arc::new(mock)));
    connector.refresh().await.unwrap();
    assert_eq!(connector.hosts, 0);
}

#[tokio::test]
async fn the_adapter_hosts_a_typed_connector_in_the_core_lifecycle() {
    let (_dir, store) = repository().await;
    let mut connector = into_connector(SelfCataloguer::default());
    connector.initialize("instance-1", Connection::default()).unwrap();
    connector.set_connector_name("self");
    // A context of another service is refused by the adapter, leaving the connector without one.
    let topic =
        connect(&store, identity(IntegrationService::Topic, "self", PermittedSynchronization::FromThirdParty, None))
            .await;
    assert!(connector.set_context(topic).is_err());
    assert_eq!(connector.refresh().await.unwrap_err().kind(), ErrorKind::ConnectorChecked);
    let infrastructure = connect(
        &store,
        identity(
            IntegrationService::Infrastructure,
            "self",
            PermittedSynchronization::BothDirections,
            Some("omis::self"),
        ),
    )
    .await;
    connector.set_context(infrastructure).unwrap();
    connector.start().await.unwrap();
    connector.refresh().await.unwrap();
    connector.refresh().await.unwrap();
    connector.disconnect().await.unwrap();
    let context = infrastructure_context(&store, "reader").await;
    let hosts = context.get_hosts_by_name("cmdb::self", 0, 0).await.unwrap();
    assert_eq!(hosts.len(), 1, "the second refresh found the host");
    let deployments = context.get_deployments(hosts[0].guid(), RelationshipEnd::End1, 0, 0).await.unwrap();
    assert_eq!(deployments[0].end2.unique_name.as_deref(), Some("cmdb::self::omis"));
}
