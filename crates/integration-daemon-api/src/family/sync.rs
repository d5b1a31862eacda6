//! The typed synchronizer: the core [`Synchronizer`] driven by the kinds' descriptions, so a
//! connector upserts beans (`upsert_database_table(key, parent, properties)`) and the placement —
//! including the schema type between an asset and its attributes — follows from the kind.

use std::collections::HashMap;
use std::sync::Arc;

use crate::context::IntegrationContext;
use crate::error::Result;
use crate::family::bean::{Classification, EntityBean, PropertiesBean};
use crate::family::ops::{
    ATTRIBUTE_FOR_SCHEMA, COMPLEX_SCHEMA_TYPE, NESTED_SCHEMA_ATTRIBUTE, SCHEMA_ATTRIBUTE, SCHEMA_RELATIONSHIP,
    requested_type, schema_type_of, schema_type_qualified_name,
};
use crate::family::{EntitySpec, Placement, RelationshipSpec};
use crate::messages;
use crate::model::{ElementProperties, Guid};
use crate::store::ExternalIdQuery;
use crate::synchronizer::{
    ElementRef, SyncElement, SyncOptions, SyncParent, SyncRelationship, SyncSummary, Synchronizer,
};
use crate::types::TypeRegistry;

/// What the synchronizer knows of an element it may place children under.
#[derive(Debug, Clone)]
struct Described {
    type_name: String,
    qualified_name: Option<String>,
}

/// Synchronizes one scope of a third party with typed beans; see the [module](self) documentation
/// and the core [`Synchronizer`] for the rules (correlation by key, no write when unchanged,
/// removal only after a complete enumeration under the fail-safe threshold).
#[derive(Debug)]
pub struct TypedSynchronizer {
    inner: Synchronizer,
    context: IntegrationContext,
    registry: Arc<TypeRegistry>,
    /// Items of this enumeration, by key.
    items: HashMap<String, Described>,
    /// Elements given by GUID, as read.
    by_guid: HashMap<Guid, Described>,
    /// The schema type placed under each parent in this enumeration.
    schema_types: HashMap<ElementRef, ElementRef>,
}

impl TypedSynchronizer {
    /// A synchronizer for `scope` (a schema, a folder, a stream, ...).
    pub fn new(
        context: &IntegrationContext,
        scope: impl Into<String>,
        options: SyncOptions,
    ) -> Result<TypedSynchronizer> {
        Ok(TypedSynchronizer {
            inner: Synchronizer::new(context, scope, options)?,
            context: context.clone(),
            registry: context.type_registry(),
            items: HashMap::new(),
            by_guid: HashMap::new(),
            schema_types: HashMap::new(),
        })
    }

    /// The scope.
    pub fn scope(&self) -> &str {
        self.inner.scope()
    }

    /// The GUID correlated with a key this enumeration has written (see [`Synchronizer::guid_of`]).
    pub fn guid_of(&self, key: &str) -> Option<&str> {
        self.inner.guid_of(key)
    }

    /// The core synchronizer, for items of kinds the service does not describe.
    pub fn synchronizer(&mut self) -> &mut Synchronizer {
        &mut self.inner
    }

    /// Upserts an element of a kind: created when its key is new, updated when its bean changed,
    /// left alone otherwise. `parent` places it (required for kinds that hang under a parent);
    /// `classifications` are attached besides those the bean's fields carry.
    pub async fn upsert_entity<B: EntityBean>(
        &mut self,
        spec: &EntitySpec,
        key: &str,
        parent: Option<ElementRef>,
        bean: &B,
        classifications: Vec<Classification>,
    ) -> Result<()> {
        let method = format!("synchronize {}", spec.kind);
        let type_name = requested_type(&self.registry, spec, &method, bean.requested_type())?;
        let parts = bean.to_parts();
        let mut all: Vec<(String, ElementProperties)> =
            parts.classifications.into_iter().chain(classifications).map(|c| (c.name, c.properties)).collect();
        if let Some(marker) = spec.marker
            && !all.iter().any(|(name, _)| name == marker)
        {
            all.push((marker.to_owned(), ElementProperties::new()));
        }
        let missing_parent = || messages::MISSING_PARENT.error(&[&method, &spec.kind]).with_parameter_name("parent");
        let parent = match (spec.placement, parent) {
            (Placement::TopLevel, _) | (Placement::Child { required: false, .. }, None) => None,
            (Placement::Child { relationship, parent_at_end1, own_anchor, .. }, Some(parent)) => Some(SyncParent {
                parent,
                relationship_type: relationship.to_owned(),
                properties: parts.parent_properties,
                parent_at_end1,
                is_own_anchor: own_anchor,
            }),
            (Placement::SchemaType, Some(parent)) => Some(SyncParent {
                parent,
                relationship_type: SCHEMA_RELATIONSHIP.to_owned(),
                properties: parts.parent_properties,
                parent_at_end1: true,
                is_own_anchor: false,
            }),
            (Placement::SchemaAttribute { schema_type, relationship }, Some(parent)) => {
                let described = self.describe(&parent, key).await?;
                let holds = |registry: &TypeRegistry, type_name: &str| {
                    registry.is_a(type_name, schema_type)
                        || (relationship == ATTRIBUTE_FOR_SCHEMA && registry.is_a(type_name, COMPLEX_SCHEMA_TYPE))
                };
                let (parent, relationship) = if self.registry.is_a(&type_name, SCHEMA_ATTRIBUTE)
                    && self.registry.is_a(&described.type_name, SCHEMA_ATTRIBUTE)
                {
                    (parent, NESTED_SCHEMA_ATTRIBUTE)
                } else if holds(&self.registry, &described.type_name) {
                    (parent, relationship)
                } else {
                    (self.schema_type_under(parent, &described, schema_type, relationship).await?, relationship)
                };
                Some(SyncParent {
                    parent,
                    relationship_type: relationship.to_owned(),
                    properties: parts.parent_properties,
                    parent_at_end1: true,
                    is_own_anchor: false,
                })
            }
            (
                Placement::Child { required: true, .. } | Placement::SchemaType | Placement::SchemaAttribute { .. },
                None,
            ) => {
                return Err(missing_parent());
            }
        };
        let qualified_name = parts.properties.get_str("qualifiedName").map(str::to_owned);
        self.items.insert(key.to_owned(), Described { type_name: type_name.clone(), qualified_name });
        let item =
            SyncElement { key: key.to_owned(), type_name, properties: parts.properties, classifications: all, parent };
        self.inner.upsert(item).await
    }

    /// Upserts a relationship of a kind between two elements (by key or GUID).
    pub async fn upsert_link<B: PropertiesBean>(
        &mut self,
        spec: &RelationshipSpec,
        key: &str,
        end1: ElementRef,
        end2: ElementRef,
        bean: &B,
    ) -> Result<()> {
        let item = SyncRelationship {
            key: key.to_owned(),
            type_name: spec.type_name.to_owned(),
            end1,
            end2,
            properties: bean.to_properties(),
        };
        self.inner.upsert_relationship(item).await
    }

    /// The type and name of a parent: an item of this enumeration, or an element by GUID.
    async fn describe(&mut self, parent: &ElementRef, child_key: &str) -> Result<Described> {
        match parent {
            ElementRef::Key(key) => self.items.get(key).cloned().ok_or_else(|| {
                messages::PARENT_KEY_NOT_YET_SEEN
                    .error(&[key, &child_key, &self.inner.scope()])
                    .with_parameter_name("parent")
            }),
            ElementRef::Guid(guid) => {
                if let Some(described) = self.by_guid.get(guid) {
                    return Ok(described.clone());
                }
                let Some(element) = self.context.get_element(guid).await? else {
                    return Err(messages::UNKNOWN_ELEMENT
                        .error(&[&"parent element", guid, &"synchronize"])
                        .with_parameter_name("parent"));
                };
                let described = Described {
                    type_name: element.type_name().to_owned(),
                    qualified_name: element.qualified_name().map(str::to_owned),
                };
                self.by_guid.insert(guid.clone(), described.clone());
                Ok(described)
            }
        }
    }

    /// The schema type under a parent that is neither an attribute nor a schema type: an existing
    /// one for a parent given by GUID, else one upserted as an item of this enumeration.
    async fn schema_type_under(
        &mut self,
        parent: ElementRef,
        described: &Described,
        schema_type: &'static str,
        relationship: &'static str,
    ) -> Result<ElementRef> {
        if let Some(existing) = self.schema_types.get(&parent) {
            return Ok(existing.clone());
        }
        let anchor = match &parent {
            ElementRef::Key(key) => key.clone(),
            ElementRef::Guid(guid) => guid.clone(),
        };
        let key = format!("{anchor}#schemaType");
        if let ElementRef::Guid(guid) = &parent
            && !self.is_correlated(&key).await?
            && let Some(existing) = schema_type_of(&self.context, guid).await?
            && (self.registry.is_a(existing.type_name(), schema_type)
                || (relationship == ATTRIBUTE_FOR_SCHEMA
                    && self.registry.is_a(existing.type_name(), COMPLEX_SCHEMA_TYPE)))
        {
            // A schema type someone else attached: use it (it is not this scope's to remove).
            let reference = ElementRef::Guid(existing.guid);
            self.schema_types.insert(parent, reference.clone());
            return Ok(reference);
        }
        let name = described.qualified_name.clone().unwrap_or_else(|| anchor.clone());
        let properties = ElementProperties::new().with("qualifiedName", schema_type_qualified_name(&name));
        self.items.insert(
            key.clone(),
            Described { type_name: schema_type.to_owned(), qualified_name: Some(schema_type_qualified_name(&name)) },
        );
        self.inner
            .upsert(SyncElement::new(key.clone(), schema_type, properties).under(parent.clone(), SCHEMA_RELATIONSHIP))
            .await?;
        let reference = ElementRef::Key(key);
        self.schema_types.insert(parent, reference.clone());
        Ok(reference)
    }

    /// True when `key` is correlated in the connector's metadata source (an earlier enumeration
    /// created its element).
    async fn is_correlated(&self, key: &str) -> Result<bool> {
        let Some(source) = self.context.metadata_source() else { return Ok(false) };
        let query = ExternalIdQuery {
            scope_guid: Some(source.guid.clone()),
            keys: vec![key.to_owned()],
            ..ExternalIdQuery::default()
        };
        Ok(self.context.count_external_ids(&query).await? > 0)
    }

    /// Records that the enumeration is incomplete: nothing will be removed.
    pub fn mark_incomplete(&mut self, reason: impl Into<String>) {
        self.inner.mark_incomplete(reason);
    }

    /// Writes what is buffered.
    pub async fn flush(&mut self) -> Result<()> {
        self.inner.flush().await
    }

    /// Finishes the enumeration (see [`Synchronizer::complete`]).
    pub async fn complete(self) -> Result<SyncSummary> {
        self.inner.complete().await
    }

    /// Abandons the enumeration: nothing is removed.
    pub fn abort(self, reason: impl Into<String>) -> SyncSummary {
        self.inner.abort(reason)
    }
}
