//! # infrastructure-integrator
//!
//! The infrastructure integration service of omis: what a connector needs to keep the open
//! metadata repository in step with IT infrastructure — hosts and host clusters, the software
//! server platforms deployed on them, the software servers those run and the capabilities the
//! servers offer, the endpoints they listen at and the connections that reach them, and the IT
//! profiles and user identities they run as. A CMDB, a cloud account, Kubernetes or a
//! configuration-management tool is typical.
//!
//! - [`InfrastructureIntegratorConnector`]: the connector lifecycle with the typed context; keep
//!   the context in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`].
//! - [`InfrastructureIntegratorContext`]: the typed operations ([`InfrastructureIntegratorApi`]) —
//!   create, create from template, update (merge or replace), remove, find, get by name or GUID,
//!   and list those of the connector's infrastructure manager for hosts, platforms, servers,
//!   capabilities, IT profiles, user identities (under a profile), endpoints and connections;
//!   publish and withdraw for the assets (hosts, platforms, servers); connector types (read);
//!   and the relationships that chain them: deployments (`DeployedOn`, host → platform → server),
//!   supported capabilities, capability asset use, cluster members, server endpoints, IT profiles
//!   of infrastructure, connector types and endpoints of connections, embedded connections and
//!   asset connections.
//! - [`InfrastructureSynchronizer`]: one enumeration of the infrastructure turned into the fewest
//!   writes, with correlation by the technology's own names and fail-safe removal of what was
//!   decommissioned.
//! - The property beans ([`HostProperties`], [`SoftwareServerPlatformProperties`],
//!   [`SoftwareServerProperties`], [`SoftwareCapabilityProperties`], [`EndpointProperties`],
//!   [`DeploymentProperties`], ...) with Egeria's property names. A host cluster is a host whose
//!   bean asks for `type_name: Some("HostCluster")`.
//! - With the `mocks` feature, `MockInfrastructureIntegratorApi` to unit-test a connector without
//!   a repository ([`InfrastructureIntegratorContext::from_api`]).
//!
//! The default permitted synchronization is `BOTH_DIRECTIONS`: a connector may catalog what it
//! finds and push open metadata (a planned deployment, say) to the technology. What the connector
//! creates is owned by its metadata source (the infrastructure manager); other sources may read
//! it but not change it.
//!
//! ## A connector
//!
//! ```no_run
//! use infrastructure_integrator::*;
//!
//! /// Catalogs one node of a cluster and what runs on it (a real connector would ask the
//! /// cluster's API).
//! #[derive(Default)]
//! struct ClusterCatalog {
//!     context: ContextSlot<InfrastructureIntegratorContext>,
//! }
//!
//! #[async_trait]
//! impl InfrastructureIntegratorConnector for ClusterCatalog {
//!     fn set_context(&mut self, context: InfrastructureIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&InfrastructureIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     async fn refresh(&mut self) -> Result<()> {
//!         let context = self.context()?;
//!         let key = |text: &str| ElementRef::Key(text.to_owned());
//!         let mut sync = context.synchronizer("dc1", SyncOptions::default())?;
//!         let cluster = HostProperties { type_name: Some("HostCluster".into()), ..HostProperties::new("k8s::dc1") };
//!         sync.upsert_host("dc1", &cluster).await?;
//!         sync.upsert_host("node1", &HostProperties::new("k8s::dc1::node1")).await?;
//!         let member = HostClusterMemberProperties { member_role: Some("worker".into()), ..Default::default() };
//!         sync.upsert_host_cluster_member("dc1>node1", key("dc1"), key("node1"), &member).await?;
//!         let platform = SoftwareServerPlatformProperties::new("k8s::dc1::node1::kubelet");
//!         sync.upsert_software_server_platform("kubelet", &platform).await?;
//!         let deployed =
//!             DeploymentProperties { operational_status: Some(OperationalStatus::Enabled), ..Default::default() };
//!         sync.upsert_deployment("kubelet@node1", key("node1"), key("kubelet"), &deployed).await?;
//!         sync.upsert_software_server("omag1", &SoftwareServerProperties::new("k8s::dc1::omag1")).await?;
//!         sync.upsert_deployment("omag1@kubelet", key("kubelet"), key("omag1"), &deployed).await?;
//!         let catalog = SoftwareCapabilityProperties::new("k8s::dc1::omag1::catalog");
//!         sync.upsert_software_capability("omag1/catalog", &catalog).await?;
//!         let supported = SupportedCapabilityProperties::default();
//!         sync.upsert_supported_capability("omag1>catalog", key("omag1"), key("omag1/catalog"), &supported).await?;
//!         let endpoint = EndpointProperties {
//!             network_address: Some("https://node1:9443".into()),
//!             ..EndpointProperties::new("k8s::dc1::omag1::endpoint")
//!         };
//!         sync.upsert_endpoint("omag1/endpoint", &endpoint).await?;
//!         sync.upsert_server_endpoint("omag1>endpoint", key("omag1"), key("omag1/endpoint")).await?;
//!         // Removes what was decommissioned, unless too much vanished at once.
//!         sync.complete().await?;
//!         Ok(())
//!     }
//! }
//!
//! let connector: Box<dyn IntegrationConnector> = into_connector(ClusterCatalog::default());
//! # let _ = connector;
//! ```
//!
//! ## Egeria equivalent
//!
//! `InfrastructureIntegratorConnector` and `InfrastructureIntegratorContext` of Egeria's
//! infrastructure integrator (over the IT Infrastructure OMAS). Method names follow Egeria's in
//! snake case (`createHost` → `create_host`, `getHostsForInfrastructureManager` →
//! `get_hosts_for_infrastructure_manager`, `setInfrastructureManagerIsHome` →
//! `set_infrastructure_manager_is_home`); Egeria's `effectiveTime` arguments before the paging
//! arguments are left out (omis answers as of now); relationships are named by their two ends;
//! deprecated overloads are left out; the synchronizer is omis's own.

mod generated;
mod special;

pub use generated::*;
