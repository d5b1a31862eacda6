//! # api-integrator
//!
//! The API integration service of omis: what a connector needs to keep the open metadata
//! repository in step with an API gateway or API manager — the APIs it serves and the endpoints
//! they are served at, their operations, the header, request and response parameter lists of each
//! operation and the parameters in them, and the connections that reach the APIs.
//!
//! - [`ApiIntegratorConnector`]: the connector lifecycle with the typed context; keep the context
//!   in a [`ContextSlot`] and run the connector in the daemon with [`into_connector`].
//! - [`ApiIntegratorContext`]: the typed operations ([`ApiIntegratorApi`]) — create, create from
//!   template, update (merge or replace), remove, find, get by name or GUID, list by parent,
//!   publish and withdraw for APIs — over the repository. An API may be created at an endpoint
//!   (`APIEndpoint`); the first operation created under an API gets the API's `APISchemaType` on
//!   the way (attached with `Schema`; operations hang from it by `APIOperations`), as in Egeria.
//! - Parameter lists are an operation's header, request or response
//!   ([`ApiParameterListType`]): [`create_api_parameter_list`](ApiIntegratorApi::create_api_parameter_list)
//!   attaches the list by `APIHeader`, `APIRequest` or `APIResponse`, and
//!   [`get_parameter_lists_for_api_operation`](ApiIntegratorApi::get_parameter_lists_for_api_operation)
//!   returns each list with its type. Parameters hang from a list (`AttributeForSchema`) or nest
//!   in another parameter (`NestedSchemaAttribute`). Removing a list removes its parameters,
//!   removing an operation its lists, removing an API all of it (not its endpoint).
//! - [`ApiSynchronizer`]: one enumeration of a gateway's APIs turned into the fewest writes, with
//!   correlation by the gateway's own names and fail-safe removal of what was deleted;
//!   [`upsert_api_parameter_list`](ApiSynchronizer::upsert_api_parameter_list) places a list
//!   by its type.
//! - The property beans ([`APIProperties`], [`APIOperationProperties`],
//!   [`APIParameterListProperties`], [`APIParameterProperties`], ...) with Egeria's property names.
//! - With the `mocks` feature, `MockApiIntegratorApi` to unit-test a connector without a
//!   repository ([`ApiIntegratorContext::from_api`]).
//!
//! The default permitted synchronization is `FROM_THIRD_PARTY`: the gateway is the source of
//! truth and its connector catalogs it.
//!
//! ## A connector
//!
//! ```no_run
//! use api_integrator::*;
//!
//! /// Catalogs the APIs of a gateway (a real connector would read its OpenAPI documents).
//! #[derive(Default)]
//! struct GatewayCatalog {
//!     context: ContextSlot<ApiIntegratorContext>,
//! }
//!
//! #[async_trait::async_trait]
//! impl ApiIntegratorConnector for GatewayCatalog {
//!     fn set_context(&mut self, context: ApiIntegratorContext) {
//!         self.context.set(context);
//!     }
//!
//!     fn context(&self) -> Result<&ApiIntegratorContext> {
//!         self.context.get("refresh")
//!     }
//!
//!     async fn refresh(&mut self) -> Result<()> {
//!         let context = self.context()?;
//!         let mut sync = context.synchronizer("petstore", SyncOptions::default())?;
//!         let endpoint = EndpointProperties {
//!             network_address: Some("https://api.example.com/v1".into()),
//!             ..EndpointProperties::new("gw::petstore::endpoint")
//!         };
//!         sync.upsert_endpoint("endpoint", &endpoint).await?;
//!         let api = APIProperties::new("gw::petstore");
//!         sync.upsert_api("petstore", Some(ElementRef::Key("endpoint".into())), &api).await?;
//!         let list_pets = APIOperationProperties {
//!             command: Some("GET".into()),
//!             path: Some("/pets".into()),
//!             ..APIOperationProperties::new("gw::petstore/listPets")
//!         };
//!         sync.upsert_api_operation("listPets", ElementRef::Key("petstore".into()), &list_pets).await?;
//!         let request = APIParameterListProperties::new("gw::petstore/listPets#request");
//!         let operation = ElementRef::Key("listPets".into());
//!         sync.upsert_api_parameter_list("listPets#request", operation, ApiParameterListType::Request, &request)
//!             .await?;
//!         let limit = APIParameterProperties {
//!             parameter_type: Some("query".into()),
//!             data_type: Some("integer".into()),
//!             ..APIParameterProperties::new("gw::petstore/listPets#request.limit")
//!         };
//!         let list = ElementRef::Key("listPets#request".into());
//!         sync.upsert_api_parameter("listPets#request.limit", list, &limit).await?;
//!         // Removes what the gateway no longer serves, unless too much vanished at once.
//!         sync.complete().await?;
//!         Ok(())
//!     }
//! }
//!
//! let connector: Box<dyn IntegrationConnector> = into_connector(GatewayCatalog::default());
//! # let _ = connector;
//! ```
//!
//! ## Egeria equivalent
//!
//! `APIIntegratorConnector` and `APIIntegratorContext` of Egeria's API integrator (over the Data
//! Manager OMAS's API manager client). Method names follow Egeria's in snake case
//! (`createAPIParameterList` → `create_api_parameter_list`, `getParameterListsForAPIOperation` →
//! `get_parameter_lists_for_api_operation`); `APIParameterListType` is [`ApiParameterListType`];
//! removes take only the GUID (Egeria also passes the qualified name); deprecated overloads are
//! left out; the synchronizer is omis's own.

mod generated;
mod special;

pub use generated::*;
pub use special::ApiParameterListType;
