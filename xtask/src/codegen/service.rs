//! One integration service's generated module.

// The emitters are long templates; splitting them would only scatter the generated code's shape.
#![allow(clippy::too_many_lines)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use integration_daemon_api::TypeCategory;
use integration_daemon_api::types::TypeRegistry;

use super::beans::{Bean, CORE_ENUMS, Category};
use super::model::{ClassificationDef, Entity, Extra, Families, PlacementDef, Relationship, Service};
use super::names::{camel, constant, snake, words};

const ENTITY_OPS: &[&str] = &[
    "create",
    "create_from_template",
    "update",
    "remove",
    "find",
    "get_by_name",
    "get_by_guid",
    "list_for_parent",
    "list_mine",
    "publish",
    "withdraw",
    "parent_of",
    "sync",
];
const RELATIONSHIP_OPS: &[&str] = &["link", "update", "unlink", "list", "sync"];
const CLASSIFICATION_OPS: &[&str] = &["set", "clear"];

/// The families of a service: its own and those of the groups it includes.
pub struct Gathered<'a> {
    entities: Vec<&'a Entity>,
    relationships: Vec<&'a Relationship>,
    classifications: Vec<&'a ClassificationDef>,
    extras: Vec<&'a Extra>,
}

/// Collects a service's families.
pub fn gather<'a>(
    name: &str,
    service: &'a Service,
    groups: &'a BTreeMap<String, Families>,
) -> Result<Gathered<'a>, String> {
    let mut gathered =
        Gathered { entities: Vec::new(), relationships: Vec::new(), classifications: Vec::new(), extras: Vec::new() };
    let mut add = |families: &'a Families| {
        gathered.entities.extend(&families.entities);
        gathered.relationships.extend(&families.relationships);
        gathered.classifications.extend(&families.classifications);
        gathered.extras.extend(&families.extras);
    };
    add(&service.families);
    for group in &service.groups {
        add(groups.get(group).ok_or_else(|| format!("service {name}: unknown group {group}"))?);
    }
    Ok(gathered)
}

/// What a placement means for the generated code.
struct Placed {
    /// The `Placement` expression.
    expression: String,
    /// Whether a parent parameter exists, and whether it is required.
    parent: Option<bool>,
}

fn placement(registry: &TypeRegistry, context: &str, def: &PlacementDef) -> Result<Placed, String> {
    let relationship_exists = |name: &str| {
        registry.require(name, TypeCategory::Relationship).map(|_| ()).map_err(|error| format!("{context}: {error}"))
    };
    Ok(match def {
        PlacementDef::Simple(simple) if simple == "top" => {
            Placed { expression: "Placement::TopLevel".into(), parent: None }
        }
        PlacementDef::Simple(simple) if simple == "schema_type" => {
            Placed { expression: "Placement::SchemaType".into(), parent: Some(true) }
        }
        PlacementDef::Simple(other) => return Err(format!("{context}: unknown placement {other}")),
        PlacementDef::Child { child, parent_at_end, own_anchor, required } => {
            relationship_exists(child)?;
            if !matches!(parent_at_end, 1 | 2) {
                return Err(format!("{context}: parent_at_end must be 1 or 2"));
            }
            Placed {
                expression: format!(
                    "Placement::Child {{ relationship: \"{child}\", parent_at_end1: {}, own_anchor: {own_anchor}, required: {required} }}",
                    *parent_at_end == 1
                ),
                parent: Some(*required),
            }
        }
        PlacementDef::Schema { schema_attribute, relationship } => {
            registry.require(schema_attribute, TypeCategory::Entity).map_err(|error| format!("{context}: {error}"))?;
            let relationship = relationship.clone().unwrap_or_else(|| "AttributeForSchema".into());
            relationship_exists(&relationship)?;
            Placed {
                expression: format!(
                    "Placement::SchemaAttribute {{ schema_type: \"{schema_attribute}\", relationship: \"{relationship}\" }}"
                ),
                parent: Some(true),
            }
        }
    })
}

/// The synchronizer's check that refuses an upsert of a disabled catalog exchange service.
fn sync_check(exchange: Option<&String>, method: &str) -> String {
    match exchange {
        Some(exchange) => format!("self.check_exchange(\"{exchange}\", \"{method}\")?;\n"),
        None => String::new(),
    }
}

/// The call that refuses a method of a disabled catalog exchange service.
fn exchange_check(exchange: Option<&String>, method: &str) -> String {
    match exchange {
        Some(exchange) => format!("crate::special::check_exchange(self, \"{exchange}\", \"{method}\")?;\n"),
        None => String::new(),
    }
}

/// A generated method: its trait declaration and its implementation.
struct Method {
    doc: String,
    signature: String,
    body: String,
}

/// Writes one service's module.
pub struct ServiceWriter<'a> {
    name: &'a str,
    service: &'a Service,
    families: Gathered<'a>,
    beans: &'a BTreeMap<String, Bean>,
    registry: &'a TypeRegistry,
    out: String,
    methods: Vec<Method>,
    sync_methods: Vec<Method>,
    specs: Vec<String>,
    used_beans: BTreeSet<String>,
}

impl<'a> ServiceWriter<'a> {
    /// A writer for a service.
    pub fn new(
        name: &'a str,
        service: &'a Service,
        families: Gathered<'a>,
        beans: &'a BTreeMap<String, Bean>,
        registry: &'a TypeRegistry,
    ) -> ServiceWriter<'a> {
        ServiceWriter {
            name,
            service,
            families,
            beans,
            registry,
            out: String::new(),
            methods: Vec::new(),
            sync_methods: Vec::new(),
            specs: Vec::new(),
            used_beans: BTreeSet::new(),
        }
    }

    fn prefix(&self) -> &str {
        &self.service.prefix
    }

    fn bean(&mut self, context: &str, name: &str, category: Category) -> Result<&'a Bean, String> {
        let bean = self.beans.get(name).ok_or_else(|| format!("{context}: unknown bean {name}"))?;
        if bean.category != category {
            return Err(format!("{context}: bean {name} is not a {category:?} bean"));
        }
        self.used_beans.insert(name.to_owned());
        Ok(bean)
    }

    /// Writes the module.
    pub fn write(mut self, header: &str) -> Result<String, String> {
        let context = format!("service {}", self.name);
        let service_variant = &self.service.service;
        for listener_type in &self.service.listener_types {
            self.registry
                .require(listener_type, TypeCategory::Entity)
                .map_err(|error| format!("{context}: {error}"))?;
        }
        let mut names = BTreeSet::new();
        let entities = self.families.entities.clone();
        for entity in entities {
            self.entity(entity)?;
        }
        let relationships = self.families.relationships.clone();
        for relationship in relationships {
            self.relationship(relationship)?;
        }
        let classifications = self.families.classifications.clone();
        for classification in classifications {
            self.classification(classification)?;
        }
        let extras = self.families.extras.clone();
        for extra in extras {
            self.extra(extra);
        }
        let mut spec_names = BTreeSet::new();
        for spec in &self.specs {
            let spec_name = spec.split("pub const ").nth(1).and_then(|rest| rest.split(':').next()).unwrap_or_default();
            if !spec_names.insert(spec_name.to_owned()) {
                return Err(format!("{context}: two kinds are named {spec_name}; rename one"));
            }
        }
        for method in self.methods.iter().chain(&self.sync_methods) {
            let method_name = method.signature.split('(').next().unwrap_or_default().to_owned();
            if !names.insert(method_name.clone()) {
                return Err(format!("{context}: two methods are named {method_name}"));
            }
        }

        let prefix = self.prefix().to_owned();
        let has_exchange = self.sync_methods.iter().any(|method| method.body.contains("self.check_exchange("));
        let guard_call =
            if has_exchange { ".map(|sync| sync.guarded(crate::special::exchange_guard(self)))" } else { "" };
        let role = self.service.role.clone();
        let out = &mut self.out;
        out.push_str(header);
        out.push_str("\n#![allow(clippy::too_many_lines, clippy::needless_lifetimes, clippy::too_many_arguments, clippy::ref_option_ref)]\n\n");
        out.push_str("use std::collections::BTreeMap;\nuse std::fmt;\nuse std::ops::Deref;\nuse std::sync::Arc;\n\n");
        out.push_str("/// The attribute for connector implementations: connector authors need no other dependency.\npub use async_trait::async_trait;\n");
        if self.methods.iter().chain(&self.sync_methods).any(|method| method.body.contains("family::")) {
            out.push_str("use integration_daemon_api::family;\n");
        }
        out.push_str("use integration_daemon_api::family::TypedSynchronizer;\n");
        for import in &self.service.imports {
            let _ = writeln!(out, "use {import};");
        }
        // Re-exports: what a connector author needs, from this crate alone.
        out.push_str(
            "\n/// JSON values (connector statistics, configuration properties), without another dependency.\npub use serde_json;\npub use integration_daemon_api::{\n    AuditLog, AuditLogSeverity, AuditMessageDefinition, ChangeEvent, ChangeEventType, Classification, Connection, ConnectionProblem, ConnectorIdentity, ConnectorProvider, \
             ConnectorType, ContextSlot, ElementHeader, ElementProperties, ElementRef, ElementStub, Endpoint, ErrorKind, \
             ErrorMessageDefinition, EventFilter, Guid, IntegrationConnector, IntegrationContext, IntegrationService, OmisError, PermittedSynchronization, RelationshipEnd, \
             Result, SyncOptions, SyncSummary, TemplateProperties, TypedElement, TypedRelationship, default_connection_problems,\n};\n",
        );
        let mut bean_exports: Vec<String> = Vec::new();
        let mut enums = BTreeSet::new();
        for name in &self.used_beans {
            let bean = &self.beans[name];
            bean_exports.push(name.clone());
            if bean.category == Category::Entity {
                bean_exports.push(bean.element_alias());
            }
            enums.extend(bean.enums().into_iter().filter(|e| !CORE_ENUMS.contains(&e.as_str())));
        }
        bean_exports.extend(enums);
        bean_exports.sort();
        if !bean_exports.is_empty() {
            let _ = writeln!(out, "pub use open_metadata_beans::{{{}}};\n", bean_exports.join(", "));
        }

        let _ = writeln!(out, "/// The integration service of this crate.");
        let _ = writeln!(
            out,
            "pub const INTEGRATION_SERVICE: IntegrationService = IntegrationService::{service_variant};\n"
        );
        let _ = writeln!(
            out,
            "/// The element types (with their subtypes) the default listener of a {} connector hears about.",
            words(self.name)
        );
        let types: Vec<String> = self.service.listener_types.iter().map(|t| format!("\"{t}\"")).collect();
        let _ = writeln!(out, "pub const LISTENER_TYPES: &[&str] = &[{}];\n", types.join(", "));
        let _ = writeln!(
            out,
            "/// The service's default event filter: changes to [`LISTENER_TYPES`].\npub fn default_event_filter() -> EventFilter {{\n    EventFilter::element_types(LISTENER_TYPES)\n}}\n"
        );
        let used: Vec<&str> = if self.specs.is_empty() {
            Vec::new()
        } else {
            ["ClassificationSpec", "EntitySpec", "Placement", "RelationshipSpec"]
                .into_iter()
                .filter(|name| {
                    self.specs
                        .iter()
                        .any(|spec| spec.contains(&format!("{name} ")) || spec.contains(&format!("{name}::")))
                })
                .collect()
        };
        if !self.specs.is_empty() {
            let _ = writeln!(
                out,
                "/// The descriptions of the kinds of element the context handles.\npub mod kinds {{\n    use integration_daemon_api::family::{{{}}};\n",
                used.join(", ")
            );
            for spec in &self.specs {
                out.push_str(spec);
            }
            out.push_str("}\n\n");
        }

        // The trait.
        let role_words = words(&role);
        let _ = writeln!(
            out,
            "/// The operations of a {} integrator context (Egeria's `{}`).\n///\n/// {}\n///\n/// Implemented over the repository by [`{prefix}IntegratorContext::new`]; with the `mocks` feature,\n/// `Mock{prefix}IntegratorApi` lets a connector be unit-tested without one.",
            words(self.name),
            self.service.egeria,
            self.service.summary
        );
        out.push_str("#[cfg_attr(feature = \"mocks\", mockall::automock)]\n#[async_trait]\n");
        let _ = writeln!(out, "pub trait {prefix}IntegratorApi: Send + Sync {{");
        let _ = writeln!(
            out,
            "    /// The connector's name.\n    fn connector_name(&self) -> String;\n\n    \
             /// Which way metadata may flow for the connector.\n    fn permitted_synchronization(&self) -> PermittedSynchronization;\n\n    \
             /// The qualified name of the {role_words}: the metadata source that owns what the connector creates.\n    fn {role}_name(&self) -> Option<String>;\n\n    \
             /// The GUID of the {role_words}'s metadata source.\n    fn {role}_guid(&self) -> Option<String>;\n\n    \
             /// Whether new elements are owned by the {role_words} (on by default when a metadata source is configured).\n    fn set_{role}_is_home(&self, is_home: bool);\n\n    \
             /// Registers the connector's listener with the service's [`default_event_filter`].\n    async fn register_listener(&self) -> Result<()>;\n\n    \
             /// Registers the connector's listener with a filter of its own.\n    async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()>;\n\n    \
             /// Refuses `method` with a clear error when the permitted synchronization forbids pushing open metadata to the {role_words}.\n    fn validate_write_to_third_party(&self, method: &str) -> Result<()>;\n\n    \
             /// The generic integration context underneath (`None` for a mock).\n    fn integration_context(&self) -> Option<IntegrationContext>;\n\n    \
             /// A synchronizer for one scope of the {role_words} (a schema, a folder, a stream, ...).\n    fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<{prefix}Synchronizer>;"
        );
        for method in &self.methods {
            let _ = writeln!(out, "\n    /// {}\n    async fn {};", method.doc, method.signature);
        }
        out.push_str("}\n\n");

        // The context.
        let extension_field =
            if self.service.extension { "    pub(crate) extension: crate::special::Extension,\n" } else { "" };
        let extension_init = if self.service.extension {
            "let extension = crate::special::Extension::new(&core, connection)?;\n"
        } else {
            "let _ = connection;\n"
        };
        let extension_arg = if self.service.extension { ", extension" } else { "" };
        let _ = writeln!(
            out,
            "/// The context of a {name} integration connector (Egeria's `{egeria}`): every method of\n\
             /// [`{prefix}IntegratorApi`], reached through `Deref`. Cheap to clone.\n\
             #[derive(Clone)]\npub struct {prefix}IntegratorContext {{\n    api: Arc<dyn {prefix}IntegratorApi>,\n}}\n\n\
             impl {prefix}IntegratorContext {{\n    \
             /// The typed context over a connector's integration context (what the daemon hands a connector).\n    \
             pub fn new(core: IntegrationContext) -> Result<{prefix}IntegratorContext> {{\n        {prefix}IntegratorContext::with_connection(core, None)\n    }}\n\n    \
             /// The typed context, configured from the connector's connection.\n    \
             pub fn with_connection(core: IntegrationContext, connection: Option<&Connection>) -> Result<{prefix}IntegratorContext> {{\n        \
             if core.integration_service() != INTEGRATION_SERVICE {{\n            \
             return Err(integration_daemon_api::message_definitions::WRONG_SERVICE_CONTEXT.error(&[&core.connector_name(), &INTEGRATION_SERVICE, &core.integration_service()]));\n        }}\n        \
             {extension_init}        Ok({prefix}IntegratorContext {{ api: Arc::new({prefix}IntegratorClient {{ core{extension_arg} }}) }})\n    }}\n\n    \
             /// A context over another implementation of the operations, such as `Mock{prefix}IntegratorApi`.\n    \
             pub fn from_api(api: Arc<dyn {prefix}IntegratorApi>) -> {prefix}IntegratorContext {{\n        {prefix}IntegratorContext {{ api }}\n    }}\n}}\n\n\
             impl Deref for {prefix}IntegratorContext {{\n    type Target = dyn {prefix}IntegratorApi;\n\n    fn deref(&self) -> &Self::Target {{\n        self.api.as_ref()\n    }}\n}}\n\n\
             impl fmt::Debug for {prefix}IntegratorContext {{\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {{\n        \
             f.debug_struct(\"{prefix}IntegratorContext\").finish_non_exhaustive()\n    }}\n}}\n\n\
             /// The operations over the repository.\npub(crate) struct {prefix}IntegratorClient {{\n    pub(crate) core: IntegrationContext,\n{extension_field}}}\n",
            name = words(self.name),
            egeria = self.service.egeria,
        );
        let _ = writeln!(out, "#[async_trait]\nimpl {prefix}IntegratorApi for {prefix}IntegratorClient {{");
        let _ = writeln!(
            out,
            "    fn connector_name(&self) -> String {{\n        self.core.connector_name().to_owned()\n    }}\n\n    \
             fn permitted_synchronization(&self) -> PermittedSynchronization {{\n        self.core.permitted_synchronization()\n    }}\n\n    \
             fn {role}_name(&self) -> Option<String> {{\n        self.core.metadata_source().map(|source| source.qualified_name.clone())\n    }}\n\n    \
             fn {role}_guid(&self) -> Option<String> {{\n        self.core.metadata_source().map(|source| source.guid.clone())\n    }}\n\n    \
             fn set_{role}_is_home(&self, is_home: bool) {{\n        self.core.set_source_is_home(is_home);\n    }}\n\n    \
             async fn register_listener(&self) -> Result<()> {{\n        self.core.register_listener(default_event_filter()).await\n    }}\n\n    \
             async fn register_listener_with_filter(&self, filter: EventFilter) -> Result<()> {{\n        self.core.register_listener(filter).await\n    }}\n\n    \
             fn validate_write_to_third_party(&self, method: &str) -> Result<()> {{\n        self.core.validate_write_to_third_party(method)\n    }}\n\n    \
             fn integration_context(&self) -> Option<IntegrationContext> {{\n        Some(self.core.clone())\n    }}\n\n    \
             fn synchronizer(&self, scope: &str, options: SyncOptions) -> Result<{prefix}Synchronizer> {{\n        {prefix}Synchronizer::new(&self.core, scope, options){guard_call}\n    }}"
        );
        for method in &self.methods {
            let _ = writeln!(out, "\n    async fn {} {{\n        {}\n    }}", method.signature, method.body.trim_end());
        }
        out.push_str("}\n\n");

        // The synchronizer (refusing the upserts of disabled exchange services, where a service has them).
        let (guard_field, guard_init, guard_methods) = if has_exchange {
            (
                "    exchange_guard: Option<crate::special::ExchangeGuard>,\n",
                ", exchange_guard: None",
                "    /// Refuses the upserts of the exchange services `guard` disables.\n    \
                 pub(crate) fn guarded(mut self, guard: crate::special::ExchangeGuard) -> Self {\n        \
                 self.exchange_guard = Some(guard);\n        self\n    }\n\n    \
                 fn check_exchange(&self, exchange: &str, method: &str) -> Result<()> {\n        \
                 self.exchange_guard.as_ref().map_or(Ok(()), |guard| guard.check(exchange, method))\n    }\n\n",
            )
        } else {
            ("", "", "")
        };
        let _ = writeln!(
            out,
            "/// Synchronizes one scope of the {role_words} (a schema, a folder, a stream, ...) with typed beans: each\n\
             /// item is correlated with its element by key, created when new, updated when changed and left\n\
             /// alone when not; `complete` removes what vanished, but only after a complete enumeration and\n\
             /// under the fail-safe threshold (see [`TypedSynchronizer`]).\n#[derive(Debug)]\npub struct {prefix}Synchronizer {{\n    inner: TypedSynchronizer,\n{guard_field}}}\n\n\
             impl {prefix}Synchronizer {{\n    /// A synchronizer for `scope`.\n    \
             pub fn new(context: &IntegrationContext, scope: &str, options: SyncOptions) -> Result<{prefix}Synchronizer> {{\n        \
             Ok({prefix}Synchronizer {{ inner: TypedSynchronizer::new(context, scope, options)?{guard_init} }})\n    }}\n\n{guard_methods}    \
             /// The typed synchronizer underneath, for items of other kinds.\n    pub fn typed(&mut self) -> &mut TypedSynchronizer {{\n        &mut self.inner\n    }}\n\n    \
             /// The GUID correlated with a key this enumeration wrote (after a flush).\n    pub fn guid_of(&self, key: &str) -> Option<&str> {{\n        self.inner.guid_of(key)\n    }}\n\n    \
             /// Records that the enumeration is incomplete: nothing will be removed.\n    pub fn mark_incomplete(&mut self, reason: impl Into<String>) {{\n        self.inner.mark_incomplete(reason);\n    }}\n\n    \
             /// Writes what is buffered.\n    pub async fn flush(&mut self) -> Result<()> {{\n        self.inner.flush().await\n    }}\n\n    \
             /// Finishes the enumeration: writes what is buffered and removes what vanished (when safe).\n    pub async fn complete(self) -> Result<SyncSummary> {{\n        self.inner.complete().await\n    }}\n\n    \
             /// Abandons the enumeration: nothing is removed.\n    pub fn abort(self, reason: impl Into<String>) -> SyncSummary {{\n        self.inner.abort(reason)\n    }}"
        );
        for method in &self.sync_methods {
            let _ = writeln!(
                out,
                "\n    /// {}\n    pub async fn {} {{\n        {}\n    }}",
                method.doc,
                method.signature,
                method.body.trim_end()
            );
        }
        out.push_str("}\n\n");

        // The connector trait and its adapter.
        let connector_methods = self.service.connector_methods.clone().unwrap_or_default();
        let _ = writeln!(
            out,
            "/// A {name} integration connector (Egeria's `{prefix}IntegratorConnector` base): the lifecycle, with the\n\
             /// service's typed context. Only `set_context`, `context` and `refresh` must be written; keep the\n\
             /// context in a [`ContextSlot`]. The daemon runs it through [`into_connector`].\n\
             #[async_trait]\npub trait {prefix}IntegratorConnector: Send + 'static {{\n    \
             /// Receives the instance id and the connection. Store what is needed; do no I/O here.\n    \
             fn initialize(&mut self, connector_instance_id: &str, connection: Connection) -> Result<()> {{\n        let _ = (connector_instance_id, connection);\n        Ok(())\n    }}\n\n    \
             /// Receives the connector's audit log.\n    fn set_audit_log(&mut self, audit_log: AuditLog) {{\n        let _ = audit_log;\n    }}\n\n    \
             /// Receives the configured connector name.\n    fn set_connector_name(&mut self, connector_name: &str) {{\n        let _ = connector_name;\n    }}\n\n    \
             /// Receives the typed context (before `start`).\n    fn set_context(&mut self, context: {prefix}IntegratorContext);\n\n    \
             /// The context, or Egeria's NULL_CONTEXT error when it is not set yet (see [`ContextSlot::get`]).\n    fn context(&self) -> Result<&{prefix}IntegratorContext>;\n\n    \
             /// Connects to the technology and checks the configuration.\n    async fn start(&mut self) -> Result<()> {{\n        Ok(())\n    }}\n\n    \
             /// Synchronizes the technology and the repository once.\n    async fn refresh(&mut self) -> Result<()>;\n\n    \
             /// For connectors that use blocking calls: waits for and handles the technology's events, then returns.\n    \
             async fn engage(&mut self) -> Result<()> {{\n        Err(integration_daemon_api::message_definitions::ENGAGE_IMPLEMENTATION_MISSING.error(&[&\"this connector\"]))\n    }}\n\n    \
             /// Releases what the connector holds. Called once, from any started state.\n    async fn disconnect(&mut self) -> Result<()> {{\n        Ok(())\n    }}\n\n    \
             /// Handles one change-log event once a listener is registered (never the connector's own writes).\n    \
             async fn process_event(&mut self, event: &ChangeEvent) -> Result<()> {{\n        let _ = event;\n        Ok(())\n    }}\n\n    \
             /// Figures for the connector's status report.\n    fn statistics(&self) -> BTreeMap<String, serde_json::Value> {{\n        BTreeMap::new()\n    }}\n\n{connector_methods}}}\n",
            name = words(self.name),
        );
        let start_listener = if self.service.auto_listener {
            "if let Some(context) = &self.context {\n            context.register_listener().await?;\n        }\n        "
        } else {
            ""
        };
        let process_event = match &self.service.event_hook {
            Some(hook) => format!(
                "match &self.context {{\n            Some(context) => {hook}(&mut self.connector, context, event).await,\n            None => Ok(()),\n        }}"
            ),
            None => "self.connector.process_event(event).await".to_owned(),
        };
        let service_events = match &self.service.service_events_hook {
            Some(hook) => format!(
                "match &self.context {{\n            Some(context) => {hook}(&mut self.connector, context).await,\n            None => Ok(0),\n        }}"
            ),
            None => "Ok(0)".to_owned(),
        };
        let _ = writeln!(
            out,
            "/// Hosts a {name} connector in the daemon: the core lifecycle around the typed one. `set_context`\n\
             /// turns the daemon's integration context into a [`{prefix}IntegratorContext`] (refusing one of another\n\
             /// service).\npub struct {prefix}IntegratorAdapter<C> {{\n    connector: C,\n    connection: Option<Connection>,\n    context: Option<{prefix}IntegratorContext>,\n}}\n\n\
             impl<C: {prefix}IntegratorConnector> {prefix}IntegratorAdapter<C> {{\n    /// Wraps a connector.\n    \
             pub fn new(connector: C) -> {prefix}IntegratorAdapter<C> {{\n        {prefix}IntegratorAdapter {{ connector, connection: None, context: None }}\n    }}\n\n    \
             /// The connector.\n    pub fn connector(&self) -> &C {{\n        &self.connector\n    }}\n\n    \
             /// The connector, mutably.\n    pub fn connector_mut(&mut self) -> &mut C {{\n        &mut self.connector\n    }}\n\n    \
             /// Unwraps the connector.\n    pub fn into_inner(self) -> C {{\n        self.connector\n    }}\n}}\n\n\
             #[async_trait]\nimpl<C: {prefix}IntegratorConnector> IntegrationConnector for {prefix}IntegratorAdapter<C> {{\n    \
             fn initialize(&mut self, connector_instance_id: &str, connection: Connection) -> Result<()> {{\n        self.connection = Some(connection.clone());\n        self.connector.initialize(connector_instance_id, connection)\n    }}\n\n    \
             fn set_audit_log(&mut self, audit_log: AuditLog) {{\n        self.connector.set_audit_log(audit_log);\n    }}\n\n    \
             fn set_connector_name(&mut self, connector_name: &str) {{\n        self.connector.set_connector_name(connector_name);\n    }}\n\n    \
             fn set_context(&mut self, context: IntegrationContext) -> Result<()> {{\n        \
             let typed = {prefix}IntegratorContext::with_connection(context, self.connection.as_ref())?;\n        \
             self.context = Some(typed.clone());\n        self.connector.set_context(typed);\n        Ok(())\n    }}\n\n    \
             async fn start(&mut self) -> Result<()> {{\n        self.connector.start().await?;\n        {start_listener}Ok(())\n    }}\n\n    \
             async fn refresh(&mut self) -> Result<()> {{\n        self.connector.refresh().await\n    }}\n\n    \
             async fn engage(&mut self) -> Result<()> {{\n        self.connector.engage().await\n    }}\n\n    \
             async fn disconnect(&mut self) -> Result<()> {{\n        self.connector.disconnect().await\n    }}\n\n    \
             async fn process_event(&mut self, event: &ChangeEvent) -> Result<()> {{\n        {process_event}\n    }}\n\n    \
             async fn deliver_service_events(&mut self) -> Result<usize> {{\n        {service_events}\n    }}\n\n    \
             fn statistics(&self) -> BTreeMap<String, serde_json::Value> {{\n        self.connector.statistics()\n    }}\n}}\n\n\
             /// A {name} connector boxed for the daemon (what a provider's `create_connector` returns).\n\
             pub fn into_connector<C: {prefix}IntegratorConnector>(connector: C) -> Box<dyn IntegrationConnector> {{\n    Box::new({prefix}IntegratorAdapter::new(connector))\n}}",
            name = words(self.name),
        );
        Ok(self.out)
    }

    fn entity(&mut self, entity: &'a Entity) -> Result<(), String> {
        let context = format!("service {}, entity {}", self.name, entity.name);
        let bean = self.bean(&context, &entity.bean, Category::Entity)?;
        let type_name = entity.type_name.clone().unwrap_or_else(|| bean.type_name.clone());
        if !self.registry.is_a(&type_name, &bean.type_name) {
            return Err(format!("{context}: {type_name} is not a {}", bean.type_name));
        }
        for marker in entity.marker.iter().chain(&entity.excluded_marker) {
            self.registry
                .require(marker, TypeCategory::Classification)
                .map_err(|error| format!("{context}: {error}"))?;
        }
        let placed = placement(self.registry, &context, &entity.placement)?;
        let spec = constant(&entity.name);
        let kind = entity.kind.clone().unwrap_or_else(|| words(&entity.name));
        let option = |value: &Option<String>| value.as_ref().map_or("None".to_owned(), |v| format!("Some(\"{v}\")"));
        self.specs.push(format!(
            "    /// {kind}: `{type_name}`.\n    pub const {spec}: EntitySpec = EntitySpec {{ kind: \"{kind}\", type_name: \"{type_name}\", placement: {}, marker: {}, excluded_marker: {} }};\n\n",
            placed.expression,
            option(&entity.marker),
            option(&entity.excluded_marker),
        ));
        let default_ops: Vec<String> = ENTITY_OPS
            .iter()
            .filter(|op| match **op {
                "list_for_parent" => placed.parent.is_some(),
                "list_mine" | "publish" | "withdraw" => entity.asset,
                "parent_of" => false,
                _ => true,
            })
            .map(|op| (*op).to_owned())
            .collect();
        let ops = entity.ops.clone().unwrap_or(default_ops);
        for op in &ops {
            if !ENTITY_OPS.contains(&op.as_str()) {
                return Err(format!("{context}: unknown operation {op}"));
            }
        }
        for named in entity.names.keys() {
            if !ops.contains(named) {
                return Err(format!("{context}: names.{named} is not one of its operations"));
            }
        }
        let n = &entity.name;
        let plural = &entity.plural;
        let default_name = |op: &str| -> String {
            match op {
                "create" => format!("create_{n}"),
                "create_from_template" => format!("create_{n}_from_template"),
                "update" => format!("update_{n}"),
                "remove" => format!("remove_{n}"),
                "find" => format!("find_{plural}"),
                "get_by_name" => format!("get_{plural}_by_name"),
                "get_by_guid" => format!("get_{n}_by_guid"),
                "list_for_parent" => format!("get_{plural}_for_parent"),
                "list_mine" => format!("get_my_{plural}"),
                "publish" => format!("publish_{n}"),
                "withdraw" => format!("withdraw_{n}"),
                "parent_of" => format!("get_{n}_parent"),
                _ => format!("upsert_{n}"),
            }
        };
        let bean_name = &bean.name;
        let element = bean.element_alias();
        let parent_param = entity.parent_param.clone().unwrap_or_else(|| "parent_guid".into());
        let guid = format!("{n}_guid");
        let correlate = self.service.correlate;
        let (parent_sig, parent_arg) = match placed.parent {
            None => (String::new(), "None".to_owned()),
            Some(true) => (format!("{parent_param}: &str, "), format!("Some({parent_param})")),
            Some(false) => (format!("{parent_param}: Option<&'a str>, "), parent_param.clone()),
        };
        let lifetime = |signature: &str| if signature.contains("&'a") { "<'a>" } else { "" };
        for op in &ops {
            let method = entity.names.get(op).cloned().unwrap_or_else(|| default_name(op));
            let egeria = camel(&method);
            let check = exchange_check(entity.exchange.as_ref(), &egeria);
            let what = format!("{kind} (`{type_name}`)");
            let parent_doc = match placed.parent {
                Some(true) => format!(" under `{parent_param}`"),
                Some(false) => format!(" (under `{parent_param}` when given)"),
                None => String::new(),
            };
            let (doc, signature, body) = match op.as_str() {
                "create" => {
                    let (id_sig, call) = if correlate {
                        (
                            "external_identifier: Option<ExternalIdentifierProperties>, ",
                            format!(
                                "family::create_correlated(&self.core, &kinds::{spec}, \"{egeria}\", {parent_arg}, external_identifier.as_ref(), &properties).await"
                            ),
                        )
                    } else {
                        (
                            "",
                            format!(
                                "family::create(&self.core, &kinds::{spec}, \"{egeria}\", {parent_arg}, &properties).await"
                            ),
                        )
                    };
                    let params = format!("{parent_sig}{id_sig}properties: {bean_name}");
                    (
                        format!("Creates a {what}{parent_doc}; returns its GUID. Egeria: `{egeria}`."),
                        format!("{method}{}(&self, {params}) -> Result<Guid>", lifetime(&params)),
                        format!("{check}{call}"),
                    )
                }
                "create_from_template" => {
                    let params = format!("template_guid: &str, {parent_sig}template: TemplateProperties");
                    (
                        format!(
                            "Creates a {what}{parent_doc} by copying a template (and what is anchored to it) with new names; returns its GUID. Egeria: `{egeria}`."
                        ),
                        format!("{method}{}(&self, {params}) -> Result<Guid>", lifetime(&params)),
                        format!(
                            "{check}family::create_from_template(&self.core, &kinds::{spec}, \"{egeria}\", template_guid, {parent_arg}, &template).await"
                        ),
                    )
                }
                "update" => {
                    if correlate {
                        (
                            format!(
                                "Updates a {what}: merge sets the fields given, replace swaps all properties; confirms the external identifier when given. Egeria: `{egeria}`."
                            ),
                            format!(
                                "{method}<'a>(&self, {guid}: &str, external_identifier: Option<&'a str>, is_merge_update: bool, properties: {bean_name}) -> Result<()>"
                            ),
                            format!(
                                "{check}family::update_correlated(&self.core, &kinds::{spec}, \"{egeria}\", {guid}, external_identifier, is_merge_update, &properties).await"
                            ),
                        )
                    } else {
                        (
                            format!(
                                "Updates a {what}: merge sets the fields given, replace swaps all properties. Egeria: `{egeria}`."
                            ),
                            format!(
                                "{method}(&self, {guid}: &str, is_merge_update: bool, properties: {bean_name}) -> Result<()>"
                            ),
                            format!(
                                "{check}family::update(&self.core, &kinds::{spec}, \"{egeria}\", {guid}, is_merge_update, &properties).await"
                            ),
                        )
                    }
                }
                "remove" => {
                    if correlate {
                        (
                            format!(
                                "Removes a {what} with what is anchored to it, and its correlations. Egeria: `{egeria}`."
                            ),
                            format!(
                                "{method}<'a>(&self, {guid}: &str, external_identifier: Option<&'a str>) -> Result<()>"
                            ),
                            format!(
                                "{check}family::remove_correlated(&self.core, &kinds::{spec}, \"{egeria}\", {guid}, external_identifier).await"
                            ),
                        )
                    } else {
                        (
                            format!("Removes a {what} with what is anchored to it. Egeria: `{egeria}`."),
                            format!("{method}(&self, {guid}: &str) -> Result<()>"),
                            format!("{check}family::remove(&self.core, &kinds::{spec}, \"{egeria}\", {guid}).await"),
                        )
                    }
                }
                "find" => (
                    format!(
                        "The {plural_words} whose properties match a search string (a regular expression found anywhere; empty matches all). Egeria: `{egeria}`.",
                        plural_words = words(plural)
                    ),
                    format!(
                        "{method}(&self, search_string: &str, start_from: u32, page_size: u32) -> Result<Vec<{element}>>"
                    ),
                    format!(
                        "{check}family::find(&self.core, &kinds::{spec}, search_string, start_from, page_size).await"
                    ),
                ),
                "get_by_name" => (
                    format!(
                        "The {plural_words} whose qualified name or display name is `name`. Egeria: `{egeria}`.",
                        plural_words = words(plural)
                    ),
                    format!("{method}(&self, name: &str, start_from: u32, page_size: u32) -> Result<Vec<{element}>>"),
                    format!(
                        "{check}family::get_by_name(&self.core, &kinds::{spec}, name, start_from, page_size).await"
                    ),
                ),
                "get_by_guid" => (
                    format!("One {what} by GUID. Egeria: `{egeria}`."),
                    format!("{method}(&self, {guid}: &str) -> Result<{element}>"),
                    format!("{check}family::get_by_guid(&self.core, &kinds::{spec}, \"{egeria}\", {guid}).await"),
                ),
                "list_for_parent" => (
                    format!(
                        "The {plural_words} under `{parent_param}`. Egeria: `{egeria}`.",
                        plural_words = words(plural)
                    ),
                    format!(
                        "{method}(&self, {parent_param}: &str, start_from: u32, page_size: u32) -> Result<Vec<{element}>>"
                    ),
                    format!(
                        "{check}family::list_for_parent(&self.core, &kinds::{spec}, \"{egeria}\", {parent_param}, start_from, page_size).await"
                    ),
                ),
                "list_mine" => (
                    format!(
                        "The {plural_words} of the connector's {role}: owned by it, or correlated with its keys. Egeria: `{egeria}`.",
                        plural_words = words(plural),
                        role = words(&self.service.role)
                    ),
                    format!("{method}(&self, start_from: u32, page_size: u32) -> Result<Vec<{element}>>"),
                    format!("{check}family::list_mine(&self.core, &kinds::{spec}, start_from, page_size).await"),
                ),
                "publish" => (
                    format!("Publishes a {what}: adds it to the connector's publish zones. Egeria: `{egeria}`."),
                    format!("{method}(&self, {guid}: &str) -> Result<()>"),
                    format!("{check}family::publish(&self.core, &kinds::{spec}, \"{egeria}\", {guid}).await"),
                ),
                "withdraw" => (
                    format!("Withdraws a {what}: removes it from the connector's publish zones. Egeria: `{egeria}`."),
                    format!("{method}(&self, {guid}: &str) -> Result<()>"),
                    format!("{check}family::withdraw(&self.core, &kinds::{spec}, \"{egeria}\", {guid}).await"),
                ),
                "parent_of" => (
                    format!("The element a {what} hangs under. Egeria: `{egeria}`."),
                    format!("{method}(&self, {guid}: &str) -> Result<Option<ElementStub>>"),
                    format!("{check}family::parent_of(&self.core, &kinds::{spec}, \"{egeria}\", {guid}).await"),
                ),
                _ => {
                    let (parent_sync_sig, parent_sync_arg) = match placed.parent {
                        None => (String::new(), "None".to_owned()),
                        Some(true) => ("parent: ElementRef, ".to_owned(), "Some(parent)".to_owned()),
                        Some(false) => ("parent: Option<ElementRef>, ".to_owned(), "parent".to_owned()),
                    };
                    let parent_doc = match placed.parent {
                        Some(true) => " under `parent` (by key or GUID)",
                        Some(false) => " (under `parent` when given)",
                        None => "",
                    };
                    self.sync_methods.push(Method {
                        doc: format!("Upserts {} {what}{parent_doc} identified by the third party's `key`.", super::names::article(&what)),
                        signature: format!("{method}(&mut self, key: &str, {parent_sync_sig}properties: &{bean_name}) -> Result<()>"),
                        body: format!("{}self.inner.upsert_entity(&kinds::{spec}, key, {parent_sync_arg}, properties, Vec::new()).await", sync_check(entity.exchange.as_ref(), &camel(&method))),
                    });
                    if entity.classified {
                        self.sync_methods.push(Method {
                            doc: format!("Upserts {} {what}{parent_doc} carrying classifications (a primary key, ...).", super::names::article(&what)),
                            signature: format!("{method}_classified(&mut self, key: &str, {parent_sync_sig}properties: &{bean_name}, classifications: Vec<Classification>) -> Result<()>"),
                            body: format!("{}self.inner.upsert_entity(&kinds::{spec}, key, {parent_sync_arg}, properties, classifications).await", sync_check(entity.exchange.as_ref(), &camel(&method))),
                        });
                    }
                    continue;
                }
            };
            self.methods.push(Method { doc, signature, body });
        }
        Ok(())
    }

    fn relationship(&mut self, relationship: &'a Relationship) -> Result<(), String> {
        let context = format!("service {}, relationship {}", self.name, relationship.name);
        let type_def = self
            .registry
            .require(&relationship.type_name, TypeCategory::Relationship)
            .map_err(|error| format!("{context}: {error}"))?;
        let bean = match &relationship.bean {
            Some(name) => {
                let bean = self.bean(&context, name, Category::Relationship)?;
                for field in &bean.fields {
                    if !type_def.attributes.contains_key(&field.attribute) {
                        return Err(format!(
                            "{context}: {} has no attribute {} of bean {name}",
                            type_def.name, field.attribute
                        ));
                    }
                }
                Some(bean.name.clone())
            }
            None => None,
        };
        if relationship.end1 == relationship.end2 {
            return Err(format!("{context}: the ends need different names"));
        }
        let spec = constant(&relationship.name);
        let kind = words(&relationship.name);
        let type_name = &type_def.name;
        self.specs.push(format!(
            "    /// {kind}: `{type_name}`.\n    pub const {spec}: RelationshipSpec = RelationshipSpec {{ kind: \"{kind}\", type_name: \"{type_name}\" }};\n\n"
        ));
        let default_ops: Vec<String> = RELATIONSHIP_OPS
            .iter()
            .filter(|op| **op != "update" || bean.is_some())
            .map(|op| (*op).to_owned())
            .collect();
        let ops = relationship.ops.clone().unwrap_or(default_ops);
        for op in &ops {
            if !RELATIONSHIP_OPS.contains(&op.as_str()) || (op == "update" && bean.is_none()) {
                return Err(format!("{context}: operation {op} is not possible"));
            }
        }
        for named in relationship.names.keys() {
            if !ops.contains(named) {
                return Err(format!("{context}: names.{named} is not one of its operations"));
            }
        }
        let n = &relationship.name;
        let end1 = format!("{}_guid", relationship.end1);
        let end2 = format!("{}_guid", relationship.end2);
        let bean_type = bean.clone().unwrap_or_else(|| "ElementProperties".into());
        let (bean_sig, bean_arg) = match &bean {
            Some(bean) => (format!(", properties: {bean}"), "&properties".to_owned()),
            None => (String::new(), "&ElementProperties::new()".to_owned()),
        };
        for op in &ops {
            let method = relationship.names.get(op).cloned().unwrap_or_else(|| match op.as_str() {
                "link" => format!("link_{n}"),
                "update" => format!("update_{n}"),
                "unlink" => format!("unlink_{n}"),
                "list" => format!("get_{n}_relationships"),
                _ => format!("upsert_{n}"),
            });
            let egeria = camel(&method);
            let check = exchange_check(relationship.exchange.as_ref(), &egeria);
            let what = format!("{kind} relationship (`{type_name}`)");
            let (doc, signature, body) = match op.as_str() {
                "link" => (
                    format!("Creates a {what} from `{end1}` to `{end2}`; returns its GUID. Egeria: `{egeria}`."),
                    format!("{method}(&self, {end1}: &str, {end2}: &str{bean_sig}) -> Result<Guid>"),
                    format!(
                        "{check}family::link(&self.core, &kinds::{spec}, \"{egeria}\", {end1}, {end2}, {bean_arg}).await"
                    ),
                ),
                "update" => (
                    format!("Updates the {what} from `{end1}` to `{end2}`. Egeria: `{egeria}`."),
                    format!(
                        "{method}(&self, {end1}: &str, {end2}: &str, is_merge_update: bool{bean_sig}) -> Result<()>"
                    ),
                    format!(
                        "{check}family::update_link(&self.core, &kinds::{spec}, \"{egeria}\", {end1}, {end2}, is_merge_update, {bean_arg}).await"
                    ),
                ),
                "unlink" => (
                    format!("Removes the {what} from `{end1}` to `{end2}`. Egeria: `{egeria}`."),
                    format!("{method}(&self, {end1}: &str, {end2}: &str) -> Result<()>"),
                    format!("{check}family::unlink(&self.core, &kinds::{spec}, \"{egeria}\", {end1}, {end2}).await"),
                ),
                "list" => (
                    format!(
                        "The {kind} relationships (`{type_name}`) an element takes part in, at `at_end` (or either). Egeria: `{egeria}`."
                    ),
                    format!(
                        "{method}(&self, element_guid: &str, at_end: RelationshipEnd, start_from: u32, page_size: u32) -> Result<Vec<TypedRelationship<{bean_type}>>>"
                    ),
                    format!(
                        "{check}family::list_links(&self.core, &kinds::{spec}, element_guid, at_end, start_from, page_size).await"
                    ),
                ),
                _ => {
                    let (sync_sig, sync_arg) = match &bean {
                        Some(bean) => (format!(", properties: &{bean}"), "properties".to_owned()),
                        None => (String::new(), "&ElementProperties::new()".to_owned()),
                    };
                    self.sync_methods.push(Method {
                        doc: format!("Upserts {} {what} between two elements (by key or GUID), identified by the third party's `key`.", super::names::article(&what)),
                        signature: format!("{method}(&mut self, key: &str, end1: ElementRef, end2: ElementRef{sync_sig}) -> Result<()>"),
                        body: format!("{}self.inner.upsert_link(&kinds::{spec}, key, end1, end2, {sync_arg}).await", sync_check(relationship.exchange.as_ref(), &camel(&method))),
                    });
                    continue;
                }
            };
            self.methods.push(Method { doc, signature, body });
        }
        Ok(())
    }

    fn classification(&mut self, classification: &'a ClassificationDef) -> Result<(), String> {
        let context = format!("service {}, classification {}", self.name, classification.name);
        let type_def = self
            .registry
            .require(&classification.classification, TypeCategory::Classification)
            .map_err(|error| format!("{context}: {error}"))?;
        self.registry
            .require(&classification.target, TypeCategory::Entity)
            .map_err(|error| format!("{context}: {error}"))?;
        let bean = match &classification.bean {
            Some(name) => Some(self.bean(&context, name, Category::Classification)?.name.clone()),
            None => None,
        };
        let spec = constant(&classification.name);
        let kind = words(&classification.name);
        let (name, target) = (&type_def.name, &classification.target);
        self.specs.push(format!(
            "    /// {kind}: the `{name}` classification on `{target}`.\n    pub const {spec}: ClassificationSpec = ClassificationSpec {{ kind: \"{kind}\", classification: \"{name}\", target_type: \"{target}\" }};\n\n"
        ));
        let guid =
            if target == "Referenceable" { "element_guid".to_owned() } else { format!("{}_guid", snake(target)) };
        for named in classification.names.keys() {
            if !CLASSIFICATION_OPS.contains(&named.as_str()) {
                return Err(format!("{context}: names.{named} is not one of its operations"));
            }
        }
        let set = classification.names.get("set").cloned().unwrap_or_else(|| format!("set_{}", classification.name));
        let clear =
            classification.names.get("clear").cloned().unwrap_or_else(|| format!("clear_{}", classification.name));
        let (bean_sig, bean_arg) = match &bean {
            Some(bean) => (format!(", properties: {bean}"), "&properties".to_owned()),
            None => (String::new(), "&ElementProperties::new()".to_owned()),
        };
        let egeria = camel(&set);
        let check = exchange_check(classification.exchange.as_ref(), &egeria);
        self.methods.push(Method {
            doc: format!("Sets (or updates) the `{name}` classification on a `{target}`. Egeria: `{egeria}`."),
            signature: format!("{set}(&self, {guid}: &str{bean_sig}) -> Result<()>"),
            body: format!(
                "{check}family::classify(&self.core, &kinds::{spec}, \"{egeria}\", {guid}, {bean_arg}).await"
            ),
        });
        let egeria = camel(&clear);
        let check = exchange_check(classification.exchange.as_ref(), &egeria);
        self.methods.push(Method {
            doc: format!("Removes the `{name}` classification from a `{target}`. Egeria: `{egeria}`."),
            signature: format!("{clear}(&self, {guid}: &str) -> Result<()>"),
            body: format!("{check}family::declassify(&self.core, &kinds::{spec}, \"{egeria}\", {guid}).await"),
        });
        Ok(())
    }

    fn extra(&mut self, extra: &'a Extra) {
        let params: Vec<String> = extra.params.iter().map(|(name, ty)| format!("{name}: {ty}")).collect();
        let args: Vec<&str> = extra.params.iter().map(|(name, _)| name.as_str()).collect();
        let params = if params.is_empty() { String::new() } else { format!(", {}", params.join(", ")) };
        let args = if args.is_empty() { String::new() } else { format!(", {}", args.join(", ")) };
        let check = exchange_check(extra.exchange.as_ref(), &camel(&extra.name));
        for bean in self.beans.values() {
            if extra.params.iter().any(|(_, ty)| ty.contains(&bean.name) || ty.contains(&bean.element_alias()))
                || extra.returns.contains(&bean.name)
                || extra.returns.contains(&bean.element_alias())
            {
                self.used_beans.insert(bean.name.clone());
            }
        }
        self.methods.push(Method {
            doc: format!("{} Egeria: `{}`.", extra.doc, extra.egeria),
            signature: format!("{}(&self{params}) -> Result<{}>", extra.name, extra.returns),
            body: format!(
                "{check}crate::special::{}(self{args}){}",
                extra.name,
                if extra.immediate { "" } else { ".await" }
            ),
        });
    }
}
