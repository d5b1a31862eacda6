//! Creating an element from a template (Egeria's `create...FromTemplate`).
//!
//! The template element is copied with the caller's overrides; the elements anchored to it (its
//! schema type, tables and columns, its connection, ...) are copied too, anchored to the copy, with
//! the relationships among them. Qualified names of the copies replace the template's qualified
//! name with the new one (or are prefixed with it), so they stay unique. The copy records its
//! template with a `SourcedFrom` relationship.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use serde::{Deserialize, Serialize};

use crate::context::IntegrationContext;
use crate::error::Result;
use crate::family::ops::{ATTRIBUTE_FOR_SCHEMA, NESTED_SCHEMA_ATTRIBUTE, SCHEMA_RELATIONSHIP, fetch, place};
use crate::family::{EntitySpec, Placement};
use crate::messages;
use crate::model::{ElementProperties, Guid, OpenMetadataElement, OpenMetadataRelationship, new_guid};
use crate::store::{
    ElementQuery, NewElement, NewRelationship, Paging, ParentRelationship, RelatedElementsQuery, WriteBatch, WriteOp,
};

/// Classifications that describe the template itself and are not copied.
const NOT_COPIED: &[&str] = &["Anchors", "Template", "TemplateSubstitute", "LatestChange", "Memento", "ZoneMembership"];

/// Relationships that make their end-2 element a child of their end-1 element, so a copy keeps
/// the nesting (and removing a copied table removes its copied columns).
const PARENT_RELATIONSHIPS: &[&str] = &[
    SCHEMA_RELATIONSHIP,
    ATTRIBUTE_FOR_SCHEMA,
    NESTED_SCHEMA_ATTRIBUTE,
    "SchemaTypeOption",
    "APIOperations",
    "APIHeader",
    "APIRequest",
    "APIResponse",
    "ProcessPort",
    "ProcessHierarchy",
    "CollectionMembership",
    "ContactThrough",
];

/// Links of the template root that its copies do not get: where it came from, and lineage (a copy
/// has moved no data yet).
const NOT_COPIED_FROM_ROOT: &[&str] = &["SourcedFrom", "DataFlow", "ControlFlow", "ProcessCall", "LineageMapping"];

/// True when the template root is the child in `relationship`: its link to its own parent, which
/// the copy gets from its own placement instead.
fn root_is_child(spec: &EntitySpec, root: &str, relationship: &OpenMetadataRelationship) -> bool {
    let type_name = relationship.type_name();
    let (end1, end2) = (relationship.element_at_end1.guid.as_str(), relationship.element_at_end2.guid.as_str());
    if PARENT_RELATIONSHIPS.contains(&type_name) && end2 == root {
        return true;
    }
    match spec.placement {
        Placement::Child { relationship, parent_at_end1, .. } if relationship == type_name => {
            (parent_at_end1 && end2 == root) || (!parent_at_end1 && end1 == root)
        }
        Placement::SchemaAttribute { relationship, .. } => {
            (relationship == type_name || type_name == NESTED_SCHEMA_ATTRIBUTE) && end2 == root
        }
        Placement::SchemaType => type_name == SCHEMA_RELATIONSHIP && end2 == root,
        _ => false,
    }
}

/// The properties that override the template's (Egeria's `TemplateProperties`, without its bug
/// that stored `networkAddress` in `pathName`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateProperties {
    /// The new element's unique name (required).
    pub qualified_name: String,
    /// Its display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Its version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_identifier: Option<String>,
    /// Its description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its path name (data stores: files, folders, databases).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_name: Option<String>,
    /// Its network address (endpoints).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_address: Option<String>,
}

impl TemplateProperties {
    /// Overrides with just the new qualified name.
    pub fn named(qualified_name: impl Into<String>) -> TemplateProperties {
        TemplateProperties { qualified_name: qualified_name.into(), ..TemplateProperties::default() }
    }

    fn overrides(&self) -> ElementProperties {
        ElementProperties::new()
            .with("qualifiedName", self.qualified_name.as_str())
            .with_opt("displayName", self.display_name.as_deref())
            .with_opt("versionIdentifier", self.version_identifier.as_deref())
            .with_opt("description", self.description.as_deref())
            .with_opt("pathName", self.path_name.as_deref())
            .with_opt("networkAddress", self.network_address.as_deref())
    }
}

/// The qualified name of a copy: the template's name replaced by the new one, or prefixed.
fn copied_name(old: &str, template_name: &str, new_name: &str) -> String {
    if !template_name.is_empty() && old.contains(template_name) {
        old.replace(template_name, new_name)
    } else {
        format!("{new_name}::{old}")
    }
}

fn copied_classifications(element: &OpenMetadataElement) -> Vec<(String, ElementProperties)> {
    element
        .classifications
        .iter()
        .filter(|classification| !NOT_COPIED.contains(&classification.classification_name.as_str()))
        .map(|classification| {
            (classification.classification_name.clone(), classification.classification_properties.clone())
        })
        .collect()
}

/// Reads every page of a query.
async fn all_pages<T, F, Fut>(mut fetch_page: F) -> Result<Vec<T>>
where
    F: FnMut(Paging) -> Fut,
    Fut: Future<Output = Result<Vec<T>>>,
{
    const PAGE: u32 = 500;
    let mut all = Vec::new();
    let mut start_from = 0;
    loop {
        let page = fetch_page(Paging { start_from, page_size: PAGE }).await?;
        let fetched = page.len();
        all.extend(page);
        if fetched < PAGE as usize {
            return Ok(all);
        }
        start_from += PAGE;
    }
}

/// The relationships among the template's elements, and from a dependent to an element outside
/// (which the copy keeps); relationships of the template itself to outside elements are not copied.
async fn copied_relationships(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    root: &OpenMetadataElement,
    dependents: &[OpenMetadataElement],
    new_guids: &HashMap<Guid, Guid>,
) -> Result<BTreeMap<Guid, OpenMetadataRelationship>> {
    let mut relationships: BTreeMap<Guid, OpenMetadataRelationship> = BTreeMap::new();
    for guid in std::iter::once(&root.guid).chain(dependents.iter().map(|d| &d.guid)) {
        let related = all_pages(|paging| {
            let query = RelatedElementsQuery { paging, ..RelatedElementsQuery::new(guid.clone(), None) };
            async move { ctx.get_related_elements(&query).await }
        })
        .await?;
        for item in related {
            let relationship = item.relationship;
            let end1_in = new_guids.contains_key(&relationship.element_at_end1.guid);
            let end2_in = new_guids.contains_key(&relationship.element_at_end2.guid);
            let touches_root =
                relationship.element_at_end1.guid == root.guid || relationship.element_at_end2.guid == root.guid;
            // Among the copies; from a dependent to outside; and from the root to its outside
            // neighbours (a connection's connector type and endpoint, a host's deployments), but
            // not the root's own parent link nor where the template came from.
            let root_outside = touches_root
                && !NOT_COPIED_FROM_ROOT.contains(&relationship.type_name())
                && !root_is_child(spec, &root.guid, &relationship);
            if (end1_in && end2_in) || ((end1_in || end2_in) && !touches_root) || root_outside {
                relationships.entry(relationship.guid.clone()).or_insert(relationship);
            }
        }
    }
    Ok(relationships)
}

/// For each dependent nested through a parent relationship: its parent and that relationship.
fn parent_links(
    root: &OpenMetadataElement,
    relationships: &BTreeMap<Guid, OpenMetadataRelationship>,
    new_guids: &HashMap<Guid, Guid>,
) -> HashMap<Guid, (Guid, OpenMetadataRelationship)> {
    let mut links: HashMap<Guid, (Guid, OpenMetadataRelationship)> = HashMap::new();
    for relationship in relationships.values() {
        let (end1, end2) = (&relationship.element_at_end1.guid, &relationship.element_at_end2.guid);
        if PARENT_RELATIONSHIPS.contains(&relationship.type_name())
            && *end2 != root.guid
            && new_guids.contains_key(end1)
            && new_guids.contains_key(end2)
            && !links.contains_key(end2)
        {
            links.insert(end2.clone(), (end1.clone(), relationship.clone()));
        }
    }
    links
}

/// What the copy of a template's dependents needs.
struct Copy<'a> {
    new_guids: &'a HashMap<Guid, Guid>,
    parent_links: &'a HashMap<Guid, (Guid, OpenMetadataRelationship)>,
    new_root: &'a str,
    template_name: &'a str,
    new_name: &'a str,
}

impl Copy<'_> {
    /// Adds the copies of the dependents to the batch, parents first; returns the GUIDs of the
    /// relationships that became parent relationships.
    fn dependents(&self, dependents: &[OpenMetadataElement], batch: &mut WriteBatch) -> HashSet<Guid> {
        let by_guid: HashMap<&str, &OpenMetadataElement> = dependents.iter().map(|d| (d.guid.as_str(), d)).collect();
        let mut children: HashMap<&str, Vec<&str>> = HashMap::new();
        let mut queue: VecDeque<&str> = VecDeque::new();
        for dependent in dependents {
            match self.parent_links.get(&dependent.guid) {
                Some((parent, _)) if by_guid.contains_key(parent.as_str()) => {
                    children.entry(parent.as_str()).or_default().push(&dependent.guid);
                }
                _ => queue.push_back(&dependent.guid),
            }
        }
        let mut used_links = HashSet::new();
        while let Some(guid) = queue.pop_front() {
            let dependent = by_guid[guid];
            let mut properties = dependent.properties.clone();
            if let Some(name) = dependent.qualified_name() {
                properties.insert("qualifiedName", copied_name(name, self.template_name, self.new_name));
            }
            let mut element = NewElement {
                initial_classifications: copied_classifications(dependent),
                ..NewElement::new(dependent.type_name(), properties)
                    .with_guid(self.new_guids[guid].clone())
                    .with_anchor(self.new_root)
            };
            if let Some((parent, relationship)) = self.parent_links.get(guid) {
                element.parent = Some(ParentRelationship {
                    parent_guid: self.new_guids[parent].clone(),
                    relationship_type: relationship.type_name().to_owned(),
                    properties: relationship.relationship_properties.clone(),
                    parent_at_end1: true,
                });
                used_links.insert(relationship.guid.clone());
            }
            batch.push(WriteOp::CreateElement(element));
            queue.extend(children.remove(guid).unwrap_or_default());
        }
        used_links
    }
}

/// Creates an element of the kind by copying a template (and what is anchored to it) with the
/// overrides, under `parent` when the kind has one. Returns the new element's GUID.
pub async fn create_from_template(
    ctx: &IntegrationContext,
    spec: &EntitySpec,
    method: &str,
    template_guid: &str,
    parent: Option<&str>,
    template: &TemplateProperties,
) -> Result<Guid> {
    if template.qualified_name.trim().is_empty() {
        return Err(messages::MISSING_REQUIRED_PROPERTY
            .error(&[&"qualifiedName", &spec.type_name])
            .with_parameter_name("templateProperties.qualifiedName"));
    }
    let root = fetch(ctx, spec, method, template_guid).await?;
    let template_name = root.qualified_name().unwrap_or_default().to_owned();
    let dependents = all_pages(|paging| {
        let query = ElementQuery { anchor_guid: Some(template_guid.to_owned()), paging, ..ElementQuery::default() };
        async move { ctx.find_elements(&query).await }
    })
    .await?;
    let mut new_guids: HashMap<Guid, Guid> = HashMap::from([(root.guid.clone(), new_guid())]);
    for dependent in &dependents {
        new_guids.insert(dependent.guid.clone(), new_guid());
    }
    let relationships = copied_relationships(ctx, spec, &root, &dependents, &new_guids).await?;
    let parent_links = parent_links(&root, &relationships, &new_guids);

    let mut batch = WriteBatch::new();
    let new_root_guid = new_guids[&root.guid].clone();
    let mut properties = root.properties.clone();
    properties.merge(template.overrides());
    let mut element = NewElement {
        initial_classifications: copied_classifications(&root),
        ..NewElement::new(root.type_name(), properties).with_guid(new_root_guid.clone())
    };
    if let Some(marker) = spec.marker
        && !element.initial_classifications.iter().any(|(name, _)| name == marker)
    {
        element.initial_classifications.push((marker.to_owned(), ElementProperties::new()));
    }
    place(ctx, spec, method, parent, &mut element, ElementProperties::new(), &mut batch).await?;
    batch.push(WriteOp::CreateElement(element));
    let copy = Copy {
        new_guids: &new_guids,
        parent_links: &parent_links,
        new_root: &new_root_guid,
        template_name: &template_name,
        new_name: &template.qualified_name,
    };
    let used_links = copy.dependents(&dependents, &mut batch);
    // The other relationships among the copies, and from copies to elements outside.
    for relationship in relationships.values().filter(|r| !used_links.contains(&r.guid)) {
        let end1 = new_guids.get(&relationship.element_at_end1.guid).unwrap_or(&relationship.element_at_end1.guid);
        let end2 = new_guids.get(&relationship.element_at_end2.guid).unwrap_or(&relationship.element_at_end2.guid);
        batch.push(WriteOp::CreateRelationship(
            NewRelationship::new(relationship.type_name(), end1.clone(), end2.clone())
                .with_properties(relationship.relationship_properties.clone()),
        ));
    }
    batch.push(WriteOp::CreateRelationship(
        NewRelationship::new("SourcedFrom", new_root_guid.clone(), root.guid.clone())
            .with_properties(ElementProperties::new().with("sourceVersionNumber", root.versions.version)),
    ));
    ctx.execute(method, batch).await?;
    Ok(new_root_guid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_renamed_after_the_new_element() {
        assert_eq!(copied_name("SchemaOf:db-template", "db-template", "sales"), "SchemaOf:sales");
        assert_eq!(copied_name("db-template.orders", "db-template", "sales"), "sales.orders");
        assert_eq!(copied_name("conn-1", "db-template", "sales"), "sales::conn-1");
    }

    #[test]
    fn overrides_fix_the_network_address_alias() {
        let overrides =
            TemplateProperties { network_address: Some("db:5432".into()), ..TemplateProperties::named("endpoint-2") }
                .overrides();
        assert_eq!(overrides.get_str("networkAddress"), Some("db:5432"));
        assert!(overrides.get("pathName").is_none());
    }
}
