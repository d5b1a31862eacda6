//! The generic operations of the method families. Every function takes the connector's
//! [`IntegrationContext`], the description of the kind and the Egeria method name (for messages and
//! the permitted-synchronization check), so the generated typed methods are one line each.

use crate::context::IntegrationContext;
use crate::error::Result;
use crate::family::bean::{EntityBean, PropertiesBean};
use crate::family::{ClassificationSpec, EntitySpec, Placement, RelationshipSpec, TypedElement, TypedRelationship};
use crate::messages;
use crate::model::{ElementProperties, ElementStub, Guid, OpenMetadataElement, RelatedMetadataElement, new_guid};
use crate::store::{
    DeleteMethod, ElementQuery, ExternalIdQuery, MatchCriteria, NewElement, Paging, ParentRelationship,
    PropertyCondition, RelatedElementsQuery, RelationshipEnd, SearchProperties, SearchString, WriteBatch, WriteOp,
};
use crate::types::TypeRegistry;

/// The relationship that attaches a schema type to what it describes.
pub const SCHEMA_RELATIONSHIP: &str = "Schema";
/// The relationship that places an attribute in a complex schema type.
pub const ATTRIBUTE_FOR_SCHEMA: &str = "AttributeForSchema";
/// The relationship that nests an attribute in another.
pub const NESTED_SCHEMA_ATTRIBUTE: &str = "NestedSchemaAttribute";
/// The supertype of schema attributes.
pub const SCHEMA_ATTRIBUTE: &str = "SchemaAttribute";
/// The supertype of schema types that hold attributes.
pub const COMPLEX_SCHEMA_TYPE: &str = "ComplexSchemaType";

/// The qualified name of the schema type created for an element that has none (Egeria's suggested
/// `SchemaOf:` prefix).
pub fn schema_type_qualified_name(parent_qualified_name: &str) -> String {
    format!("SchemaOf:{parent_qualified_name}")
}

/// The type to create: the bean's `typeName` when it is the kind's type or a subtype, else the
/// kind's type.
pub(crate) fn requested_type(
    registry: &TypeRegistry,
    spec: &EntitySpec,
    method: &str,
    requested: Option<&str>,
) -> Result<String> {
    match requested.filter(|name| !name.is_empty()) {
        None => Ok(spec.type_name.to_owned()),
        Some(name) if registry.is_a(name, spec.type_name) => Ok(registry.resolve_name(name).to_owned()),
        Some(name) => Err(messages::NOT_A_SUBTYPE
            .error(&[&name, &spec.kind, &method, &spec.type_name])
            .with_parameter_name("typeName")),
    }
}

/// True when the element is of the kind (type and markers).
fn is_of_kind(registry: &TypeRegistry, spec: &EntitySpec, element: &OpenMetadataElement) -> bool {
    registry.is_a(element.type_name(), spec.type_name) && spec.has_markers_of(element)
}

/// The element with this GUID, checked to be of the kind.
pub async fn fetch(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    guid: &str,
) -> Result<OpenMetadataElement> {
    let Some(element) = ctx.get_element(guid).await? else {
        return Err(messages::UNKNOWN_ELEMENT.error(&[&spec.kind, &guid, &method]).with_parameter_name("guid"));
    };
    if !is_of_kind(&ctx.type_registry(), spec, &element) {
        let type_fits = ctx.type_registry().is_a(element.type_name(), spec.type_name);
        let actual = match (spec.marker, spec.excluded_marker) {
            (Some(marker), _) if type_fits && element.classification(marker).is_none() => {
                format!("{} without the {marker} classification", element.type_name())
            }
            (_, Some(excluded)) if type_fits && element.classification(excluded).is_some() => {
                format!("{} with the {excluded} classification", element.type_name())
            }
            _ => element.type_name().to_owned(),
        };
        return Err(messages::WRONG_ELEMENT_KIND
            .error(&[&guid, &actual, &format!("{} ({})", spec.kind, spec.type_name), &method])
            .with_parameter_name("guid"));
    }
    Ok(element)
}

/// Any element by GUID, or the not-found error naming what was expected.
async fn fetch_any(ctx: &IntegrationContext, what: &str, method: &str, guid: &str) -> Result<OpenMetadataElement> {
    ctx.get_element(guid)
        .await?
        .ok_or_else(|| messages::UNKNOWN_ELEMENT.error(&[&what, &guid, &method]).with_parameter_name("guid"))
}

/// How a new schema attribute joins its parent.
enum SchemaParent {
    /// Through this relationship to this element.
    Direct { parent_guid: Guid, relationship: &'static str },
    /// Through a schema type to be created under the parent.
    NewSchemaType { parent_guid: Guid, parent_name: String },
}

/// Works out where a part of a schema goes under `parent`: nested in an attribute (attributes
/// only), directly under a schema type that can hold it, or under the parent's schema type (which
/// is created when the parent has none).
async fn schema_parent(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    parent: &OpenMetadataElement,
    schema_type: &str,
    relationship: &'static str,
) -> Result<SchemaParent> {
    let registry = ctx.type_registry();
    let holds = |type_name: &str| {
        registry.is_a(type_name, schema_type)
            || (relationship == ATTRIBUTE_FOR_SCHEMA && registry.is_a(type_name, COMPLEX_SCHEMA_TYPE))
    };
    if registry.is_a(spec.type_name, SCHEMA_ATTRIBUTE) && registry.is_a(parent.type_name(), SCHEMA_ATTRIBUTE) {
        return Ok(SchemaParent::Direct { parent_guid: parent.guid.clone(), relationship: NESTED_SCHEMA_ATTRIBUTE });
    }
    if holds(parent.type_name()) {
        return Ok(SchemaParent::Direct { parent_guid: parent.guid.clone(), relationship });
    }
    match schema_type_of(ctx, &parent.guid).await? {
        Some(existing) if holds(existing.type_name()) => {
            Ok(SchemaParent::Direct { parent_guid: existing.guid, relationship })
        }
        Some(existing) => Err(messages::BAD_SCHEMA_PARENT.error(&[
            &parent.guid,
            &parent.type_name(),
            &existing.guid,
            &existing.type_name(),
            &method,
            &spec.kind,
        ])),
        None => Ok(SchemaParent::NewSchemaType {
            parent_guid: parent.guid.clone(),
            parent_name: parent.qualified_name().unwrap_or(&parent.guid).to_owned(),
        }),
    }
}

/// The schema type attached to an element, if any.
pub async fn schema_type_of(ctx: &IntegrationContext, guid: &str) -> Result<Option<OpenMetadataElement>> {
    let query = RelatedElementsQuery {
        starting_at_end: RelationshipEnd::End1,
        paging: Paging::first(1),
        ..RelatedElementsQuery::new(guid, Some(SCHEMA_RELATIONSHIP))
    };
    Ok(ctx.get_related_elements(&query).await?.into_iter().next().map(|related| related.element))
}

/// Creates an element of the kind under `parent` (when the kind has one) from a bean; returns its
/// GUID. A schema attribute under an asset without a schema type gets one in the same transaction.
pub async fn create<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    parent: Option<&str>,
    bean: &B,
) -> Result<Guid> {
    create_with(ctx, spec, method, parent, bean, |_, _| Ok(Vec::new())).await
}

/// [`create`], with more writes (built from the new GUID and type) in the same transaction.
pub(crate) async fn create_with<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    parent: Option<&str>,
    bean: &B,
    more: impl FnOnce(&str, &str) -> Result<Vec<WriteOp>>,
) -> Result<Guid> {
    let PlannedCreate { guid, type_name, mut batch } = plan_create(ctx, spec, method, parent, bean).await?;
    for op in more(&guid, &type_name)? {
        batch.push(op);
    }
    ctx.execute(method, batch).await?;
    Ok(guid)
}

/// The writes that create an element, not yet executed (see [`plan_create`]).
#[derive(Debug)]
pub struct PlannedCreate {
    /// The new element's GUID.
    pub guid: Guid,
    /// Its type.
    pub type_name: String,
    /// The writes: a schema type when one is needed, then the element with its parent relationship.
    pub batch: WriteBatch,
}

/// Plans the creation of an element of the kind, for callers that put more into the same
/// transaction (the folders of a file's path, a correlation, ...).
pub async fn plan_create<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    parent: Option<&str>,
    bean: &B,
) -> Result<PlannedCreate> {
    let registry = ctx.type_registry();
    let type_name = requested_type(&registry, spec, method, bean.requested_type())?;
    let parts = bean.to_parts();
    let guid = new_guid();
    let mut element = NewElement::new(type_name.clone(), parts.properties).with_guid(guid.clone());
    element.initial_classifications = parts
        .classifications
        .into_iter()
        .map(|classification| (classification.name, classification.properties))
        .collect();
    if let Some(marker) = spec.marker
        && !element.initial_classifications.iter().any(|(name, _)| name == marker)
    {
        element.initial_classifications.push((marker.to_owned(), ElementProperties::new()));
    }
    let mut batch = WriteBatch::new();
    place(ctx, spec, method, parent, &mut element, parts.parent_properties, &mut batch).await?;
    batch.push(WriteOp::CreateElement(element));
    Ok(PlannedCreate { guid, type_name, batch })
}

/// Sets the parent of a new element per the kind's placement; may add a schema type to the batch.
pub(crate) async fn place(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    parent: Option<&str>,
    element: &mut NewElement,
    parent_properties: ElementProperties,
    batch: &mut WriteBatch,
) -> Result<()> {
    let parent = parent.filter(|guid| !guid.is_empty());
    match spec.placement {
        Placement::TopLevel => Ok(()),
        Placement::Child { relationship, parent_at_end1, own_anchor, required } => {
            match parent {
                Some(parent_guid) => {
                    element.parent = Some(ParentRelationship {
                        parent_guid: parent_guid.to_owned(),
                        relationship_type: relationship.to_owned(),
                        properties: parent_properties,
                        parent_at_end1,
                    });
                    element.is_own_anchor = own_anchor;
                }
                None if required => {
                    return Err(messages::MISSING_PARENT
                        .error(&[&method, &spec.kind])
                        .with_parameter_name("parentGUID"));
                }
                None => {}
            }
            Ok(())
        }
        Placement::SchemaType => {
            let Some(parent_guid) = parent else {
                return Err(messages::MISSING_PARENT.error(&[&method, &spec.kind]).with_parameter_name("parentGUID"));
            };
            element.parent = Some(ParentRelationship {
                parent_guid: parent_guid.to_owned(),
                relationship_type: SCHEMA_RELATIONSHIP.to_owned(),
                properties: parent_properties,
                parent_at_end1: true,
            });
            Ok(())
        }
        Placement::SchemaAttribute { schema_type, relationship } => {
            let Some(parent_guid) = parent else {
                return Err(messages::MISSING_PARENT.error(&[&method, &spec.kind]).with_parameter_name("parentGUID"));
            };
            let parent_element = fetch_any(ctx, "parent element", method, parent_guid).await?;
            let placed = schema_parent(ctx, spec, method, &parent_element, schema_type, relationship).await?;
            let (parent_guid, relationship) = match placed {
                SchemaParent::Direct { parent_guid, relationship } => (parent_guid, relationship),
                SchemaParent::NewSchemaType { parent_guid, parent_name } => {
                    let schema_guid = new_guid();
                    let properties =
                        ElementProperties::new().with("qualifiedName", schema_type_qualified_name(&parent_name));
                    batch.push(WriteOp::CreateElement(
                        NewElement::new(schema_type, properties)
                            .with_guid(schema_guid.clone())
                            .with_parent(parent_guid, SCHEMA_RELATIONSHIP),
                    ));
                    (schema_guid, relationship)
                }
            };
            element.parent = Some(ParentRelationship {
                parent_guid,
                relationship_type: relationship.to_owned(),
                properties: parent_properties,
                parent_at_end1: true,
            });
            Ok(())
        }
    }
}

/// The relationship that ties an element of the kind to its parent, if it has one.
pub async fn parent_relationship(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    guid: &str,
) -> Result<Option<RelatedMetadataElement>> {
    let (types, child_end): (&[&str], RelationshipEnd) = match spec.placement {
        Placement::TopLevel => return Ok(None),
        Placement::Child { relationship, parent_at_end1, .. } => {
            (&[relationship][..], if parent_at_end1 { RelationshipEnd::End2 } else { RelationshipEnd::End1 })
        }
        Placement::SchemaType => (&[SCHEMA_RELATIONSHIP][..], RelationshipEnd::End2),
        Placement::SchemaAttribute { relationship, .. } => {
            (&[relationship, NESTED_SCHEMA_ATTRIBUTE][..], RelationshipEnd::End2)
        }
    };
    for relationship in types.iter().copied() {
        let query = RelatedElementsQuery {
            starting_at_end: child_end,
            paging: Paging::first(1),
            ..RelatedElementsQuery::new(guid, Some(relationship))
        };
        if let Some(related) = ctx.get_related_elements(&query).await?.into_iter().next() {
            return Ok(Some(related));
        }
    }
    Ok(None)
}

/// The parent of an element of the kind (Egeria's `get...Parent`), as a stub.
pub async fn parent_of(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    guid: &str,
) -> Result<Option<ElementStub>> {
    fetch(ctx, spec, method, guid).await?;
    Ok(parent_relationship(ctx, spec, guid).await?.map(|related| related.element.stub()))
}

/// Updates an element of the kind from a bean: merge sets the fields the bean has, replace swaps
/// all properties for the bean's. Classification fields and parent-relationship fields follow.
pub async fn update<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    guid: &str,
    is_merge: bool,
    bean: &B,
) -> Result<()> {
    update_with(ctx, spec, method, guid, is_merge, bean, Vec::new()).await
}

/// [`update`], with more writes in the same transaction.
pub(crate) async fn update_with<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    guid: &str,
    is_merge: bool,
    bean: &B,
    more: Vec<WriteOp>,
) -> Result<()> {
    fetch(ctx, spec, method, guid).await?;
    let parts = bean.to_parts();
    let mut batch = WriteBatch::new();
    batch.push(WriteOp::UpdateElement { guid: guid.to_owned(), properties: parts.properties, merge: is_merge });
    for classification in parts.classifications {
        batch.push(WriteOp::Classify {
            guid: guid.to_owned(),
            classification_name: classification.name,
            properties: classification.properties,
            merge: is_merge,
        });
    }
    if !parts.parent_properties.is_empty()
        && let Some(parent) = parent_relationship(ctx, spec, guid).await?
    {
        batch.push(WriteOp::UpdateRelationship {
            guid: parent.relationship.guid,
            properties: parts.parent_properties,
            merge: true,
        });
    }
    for op in more {
        batch.push(op);
    }
    ctx.execute(method, batch).await?;
    Ok(())
}

/// Removes an element of the kind, and what is anchored to it or nested in it.
pub async fn remove(ctx: &IntegrationContext, spec: &EntitySpec, method: &str, guid: &str) -> Result<()> {
    fetch(ctx, spec, method, guid).await?;
    ctx.execute(
        method,
        WriteBatch::new().with(WriteOp::DeleteElement { guid: guid.to_owned(), method: DeleteMethod::SoftDelete }),
    )
    .await?;
    Ok(())
}

/// Elements read as beans, without those of other kinds (markers), with their parent relationship
/// properties when the bean has fields there.
async fn typed<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    elements: Vec<OpenMetadataElement>,
) -> Result<Vec<TypedElement<B>>> {
    let registry = ctx.type_registry();
    let mut typed = Vec::with_capacity(elements.len());
    for element in elements.into_iter().filter(|element| is_of_kind(&registry, spec, element)) {
        let parent = if B::HAS_PARENT_FIELDS {
            parent_relationship(ctx, spec, &element.guid)
                .await?
                .map(|related| related.relationship.relationship_properties)
        } else {
            None
        };
        typed.push(TypedElement::from_element(&element, parent.as_ref()));
    }
    Ok(typed)
}

/// Related elements read as beans (the relationship is the parent relationship).
fn typed_related<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    related: Vec<RelatedMetadataElement>,
) -> Vec<TypedElement<B>> {
    let registry = ctx.type_registry();
    related
        .into_iter()
        .filter(|related| is_of_kind(&registry, spec, &related.element))
        .map(|related| {
            TypedElement::from_element(&related.element, Some(&related.relationship.relationship_properties))
        })
        .collect()
}

/// Elements of the kind whose properties match the search string (Egeria's search semantics: a
/// regular expression found anywhere in a string property; empty matches all).
pub async fn find<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    search_string: &str,
    start_from: u32,
    page_size: u32,
) -> Result<Vec<TypedElement<B>>> {
    let query = ElementQuery::of_type(spec.type_name)
        .searching(SearchString::regex(search_string))
        .page(Paging { start_from, page_size });
    let elements = ctx.find_elements(&query).await?;
    typed(ctx, spec, elements).await
}

/// Elements of the kind whose qualified name or display name is exactly `name`.
pub async fn get_by_name<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    name: &str,
    start_from: u32,
    page_size: u32,
) -> Result<Vec<TypedElement<B>>> {
    let query = ElementQuery {
        search_properties: Some(SearchProperties {
            conditions: vec![PropertyCondition::eq("qualifiedName", name), PropertyCondition::eq("displayName", name)],
            match_criteria: MatchCriteria::Any,
        }),
        ..ElementQuery::of_type(spec.type_name).page(Paging { start_from, page_size })
    };
    let elements = ctx.find_elements(&query).await?;
    typed(ctx, spec, elements).await
}

/// One element of the kind by GUID.
pub async fn get_by_guid<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    guid: &str,
) -> Result<TypedElement<B>> {
    let element = fetch(ctx, spec, method, guid).await?;
    let mut typed = typed(ctx, spec, vec![element]).await?;
    Ok(typed.remove(0))
}

/// The elements of the kind under a parent.
pub async fn list_for_parent<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    parent_guid: &str,
    start_from: u32,
    page_size: u32,
) -> Result<Vec<TypedElement<B>>> {
    let paging = Paging { start_from, page_size };
    let (start, relationship, end) = match spec.placement {
        Placement::TopLevel => return Ok(Vec::new()),
        Placement::Child { relationship, parent_at_end1, .. } => (
            parent_guid.to_owned(),
            relationship,
            if parent_at_end1 { RelationshipEnd::End1 } else { RelationshipEnd::End2 },
        ),
        Placement::SchemaType => (parent_guid.to_owned(), SCHEMA_RELATIONSHIP, RelationshipEnd::End1),
        Placement::SchemaAttribute { schema_type, relationship } => {
            let parent = fetch_any(ctx, "parent element", method, parent_guid).await?;
            match schema_parent(ctx, spec, method, &parent, schema_type, relationship).await? {
                SchemaParent::Direct { parent_guid, relationship } => {
                    (parent_guid, relationship, RelationshipEnd::End1)
                }
                SchemaParent::NewSchemaType { .. } => return Ok(Vec::new()),
            }
        }
    };
    let query = RelatedElementsQuery {
        starting_at_end: end,
        related_type: Some(spec.type_name.to_owned()),
        paging,
        ..RelatedElementsQuery::new(start, Some(relationship))
    };
    let related = ctx.get_related_elements(&query).await?;
    Ok(typed_related(ctx, spec, related))
}

/// The elements of the kind that belong to the connector's metadata source: those it owns when
/// it is their home, otherwise those correlated with its keys (Egeria's `getMy...`,
/// `get...ForAssetManager`).
pub async fn list_mine<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    start_from: u32,
    page_size: u32,
) -> Result<Vec<TypedElement<B>>> {
    let Some(source) = ctx.metadata_source() else { return Ok(Vec::new()) };
    let paging = Paging { start_from, page_size };
    if ctx.source_is_home() {
        let query =
            ElementQuery { owned_by: Some(source.guid.clone()), ..ElementQuery::of_type(spec.type_name).page(paging) };
        let elements = ctx.find_elements(&query).await?;
        return typed(ctx, spec, elements).await;
    }
    let mut guids: Vec<Guid> = ctx
        .find_external_ids(&ExternalIdQuery { scope_guid: Some(source.guid.clone()), ..ExternalIdQuery::default() })
        .await?
        .into_iter()
        .filter(|id| ctx.type_registry().is_a(&id.element_type, spec.type_name))
        .map(|id| id.element_guid)
        .collect();
    guids.sort();
    guids.dedup();
    let store = ctx.store("getMyElements")?;
    let elements = store.get_elements(&ctx.request_context(), &guids).await?;
    let mut typed = typed(ctx, spec, elements).await?;
    let start = usize::try_from(start_from).unwrap_or(usize::MAX).min(typed.len());
    typed.drain(..start);
    if page_size > 0 {
        typed.truncate(usize::try_from(page_size).unwrap_or(usize::MAX));
    }
    Ok(typed)
}

/// Publishes an asset: adds it to the connector's publish zones.
pub async fn publish(ctx: &IntegrationContext, spec: &EntitySpec, method: &str, guid: &str) -> Result<()> {
    fetch(ctx, spec, method, guid).await?;
    let zones = ctx.publish_zones();
    ctx.execute(method, WriteBatch::new().with(WriteOp::Publish { guid: guid.to_owned(), zones })).await?;
    Ok(())
}

/// Withdraws an asset: removes it from the connector's publish zones.
pub async fn withdraw(ctx: &IntegrationContext, spec: &EntitySpec, method: &str, guid: &str) -> Result<()> {
    fetch(ctx, spec, method, guid).await?;
    let zones = ctx.publish_zones();
    ctx.execute(method, WriteBatch::new().with(WriteOp::Withdraw { guid: guid.to_owned(), zones })).await?;
    Ok(())
}

/// Checks that `guid` names an element the classification may be set on.
async fn classification_target(
    ctx: &IntegrationContext,
    spec: &ClassificationSpec,
    method: &str,
    guid: &str,
) -> Result<OpenMetadataElement> {
    let element = fetch_any(ctx, spec.target_type, method, guid).await?;
    if !ctx.type_registry().is_a(element.type_name(), spec.target_type) {
        return Err(messages::WRONG_ELEMENT_KIND
            .error(&[&guid, &element.type_name(), &spec.target_type, &method])
            .with_parameter_name("guid"));
    }
    Ok(element)
}

/// Sets (or updates) a classification on an element.
pub async fn classify<B: PropertiesBean>(
    ctx: &IntegrationContext,
    spec: &ClassificationSpec,
    method: &str,
    guid: &str,
    bean: &B,
) -> Result<()> {
    classification_target(ctx, spec, method, guid).await?;
    let op = WriteOp::Classify {
        guid: guid.to_owned(),
        classification_name: spec.classification.to_owned(),
        properties: bean.to_properties(),
        merge: false,
    };
    ctx.execute(method, WriteBatch::new().with(op)).await?;
    Ok(())
}

/// Removes a classification from an element (nothing happens when it is not there).
pub async fn declassify(ctx: &IntegrationContext, spec: &ClassificationSpec, method: &str, guid: &str) -> Result<()> {
    let element = classification_target(ctx, spec, method, guid).await?;
    if element.classification(spec.classification).is_none() {
        return Ok(());
    }
    let op = WriteOp::Declassify { guid: guid.to_owned(), classification_name: spec.classification.to_owned() };
    ctx.execute(method, WriteBatch::new().with(op)).await?;
    Ok(())
}

/// Creates a relationship of the kind between two elements; returns its GUID (that of the existing
/// one when the type allows one relationship per pair and it is already there).
pub async fn link<B: PropertiesBean>(
    ctx: &IntegrationContext,
    spec: &RelationshipSpec,
    method: &str,
    end1_guid: &str,
    end2_guid: &str,
    bean: &B,
) -> Result<Guid> {
    let relationship =
        crate::store::NewRelationship::new(spec.type_name, end1_guid, end2_guid).with_properties(bean.to_properties());
    let outcomes = ctx.execute(method, WriteBatch::new().with(WriteOp::CreateRelationship(relationship))).await?;
    Ok(outcomes.first().and_then(crate::store::WriteOutcome::guid).unwrap_or_default().to_owned())
}

/// The relationships of the kind between two elements.
async fn links_between(
    ctx: &IntegrationContext,
    spec: &RelationshipSpec,
    end1_guid: &str,
    end2_guid: &str,
) -> Result<Vec<RelatedMetadataElement>> {
    let query = RelatedElementsQuery {
        starting_at_end: RelationshipEnd::End1,
        ..RelatedElementsQuery::new(end1_guid, Some(spec.type_name))
    };
    Ok(ctx
        .get_related_elements(&query)
        .await?
        .into_iter()
        .filter(|related| related.element.guid == end2_guid)
        .collect())
}

/// Updates the properties of the relationship of the kind between two elements.
pub async fn update_link<B: PropertiesBean>(
    ctx: &IntegrationContext,
    spec: &RelationshipSpec,
    method: &str,
    end1_guid: &str,
    end2_guid: &str,
    is_merge: bool,
    bean: &B,
) -> Result<()> {
    let Some(existing) = links_between(ctx, spec, end1_guid, end2_guid).await?.into_iter().next() else {
        return Err(messages::UNKNOWN_RELATIONSHIP.error(&[&spec.type_name, &end1_guid, &end2_guid, &method]));
    };
    let op = WriteOp::UpdateRelationship {
        guid: existing.relationship.guid,
        properties: bean.to_properties(),
        merge: is_merge,
    };
    ctx.execute(method, WriteBatch::new().with(op)).await?;
    Ok(())
}

/// Removes the relationships of the kind between two elements; refused when there is none.
pub async fn unlink(
    ctx: &IntegrationContext,
    spec: &RelationshipSpec,
    method: &str,
    end1_guid: &str,
    end2_guid: &str,
) -> Result<()> {
    let existing = links_between(ctx, spec, end1_guid, end2_guid).await?;
    if existing.is_empty() {
        return Err(messages::UNKNOWN_RELATIONSHIP.error(&[&spec.type_name, &end1_guid, &end2_guid, &method]));
    }
    let batch: WriteBatch = existing
        .into_iter()
        .map(|related| WriteOp::DeleteRelationship { guid: related.relationship.guid })
        .collect::<Vec<_>>()
        .into();
    ctx.execute(method, batch).await?;
    Ok(())
}

/// The relationships of the kind an element takes part in, at the given end (or either).
pub async fn list_links<B: PropertiesBean>(
    ctx: &IntegrationContext,
    spec: &RelationshipSpec,
    guid: &str,
    at_end: RelationshipEnd,
    start_from: u32,
    page_size: u32,
) -> Result<Vec<TypedRelationship<B>>> {
    let query = RelatedElementsQuery {
        starting_at_end: at_end,
        paging: Paging { start_from, page_size },
        ..RelatedElementsQuery::new(guid, Some(spec.type_name))
    };
    Ok(ctx
        .get_related_elements(&query)
        .await?
        .iter()
        .map(|related| TypedRelationship::from_relationship(&related.relationship))
        .collect())
}

/// Elements of the kind whose property `property` equals `value` exactly.
pub async fn find_by_property<B: EntityBean>(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    property: &str,
    value: &str,
    start_from: u32,
    page_size: u32,
) -> Result<Vec<TypedElement<B>>> {
    let query = ElementQuery::of_type(spec.type_name)
        .with_condition(PropertyCondition::eq(property, value))
        .page(Paging { start_from, page_size });
    let elements = ctx.find_elements(&query).await?;
    typed(ctx, spec, elements).await
}

/// Archives an element of the kind (and what is anchored to it): it leaves normal queries but
/// stays for lineage, with a `Memento` classification carrying `memento` over the defaults.
pub async fn archive(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    guid: &str,
    memento: ElementProperties,
) -> Result<()> {
    fetch(ctx, spec, method, guid).await?;
    ctx.execute(method, WriteBatch::new().with(WriteOp::ArchiveElement { guid: guid.to_owned(), properties: memento }))
        .await?;
    Ok(())
}
