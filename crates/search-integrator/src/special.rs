//! What is special to the search integration service: changes are not handed over raw but as the
//! asset they concern, with what an index needs (Egeria routes Asset Catalog events to the
//! connector's `saveAsset`).
//!
//! A change to an asset, to an element anchored to it (a column of its schema) or to a
//! relationship that touches it (a glossary term assigned, a connection attached) becomes one
//! [`AssetCatalogEvent`] for that asset, carrying the asset as it is now — or no asset when it was
//! removed, so the index can drop it.

use std::collections::BTreeSet;

use integration_daemon_api::family::ElementHeader;
use integration_daemon_api::{
    ChangeEvent, ChangeEventType, ElementProperties, ElementQuery, ElementStub, GetOptions, Guid, IntegrationContext,
    OpenMetadataElement, Paging, PropertyValue, RelatedElementsQuery, RelationshipEnd, Result, SearchString,
};
use serde::{Deserialize, Serialize};

use crate::generated::{SearchIntegratorClient, SearchIntegratorConnector, SearchIntegratorContext};

/// The most schema attributes read for one asset.
const MAX_SCHEMA_ATTRIBUTES: usize = 2_000;

/// A change that concerns an asset (Egeria's `AssetCatalogEvent`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssetCatalogEvent {
    /// What happened to what changed (the asset itself, or something attached to it).
    pub event_type: ChangeEventType,
    /// The change-log sequence number of the change.
    pub sequence: u64,
    /// The asset concerned.
    #[serde(rename = "assetGUID")]
    pub asset_guid: Guid,
    /// The asset as it is now; absent when it was removed (drop it from the index).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asset: Option<SearchAsset>,
}

/// An asset with what a search index needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchAsset {
    /// Identity, type (with supertypes), status, provenance, versions and classifications.
    pub element_header: ElementHeader,
    /// Every property of the asset.
    pub properties: ElementProperties,
    /// The governance zones it is in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zone_membership: Vec<String>,
    /// Its owner (from the `Ownership` classification).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The attributes of its schema (columns, fields), nested ones included.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schema_attributes: Vec<SearchSchemaAttribute>,
    /// The glossary terms assigned to it (`SemanticAssignment`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meanings: Vec<ElementStub>,
    /// The connections that reach it (`AssetConnection`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connections: Vec<ElementStub>,
}

impl SearchAsset {
    /// The asset's GUID.
    pub fn guid(&self) -> &str {
        &self.element_header.guid
    }

    /// The asset's qualified name.
    pub fn qualified_name(&self) -> Option<&str> {
        self.properties.get_str("qualifiedName")
    }

    /// The asset's text for a full-text index: its string properties and those of its schema
    /// attributes, one per line.
    pub fn search_text(&self) -> String {
        let mut lines: Vec<String> =
            self.properties.iter().filter_map(|(_, value)| value.as_str().map(str::to_owned)).collect();
        for attribute in &self.schema_attributes {
            lines.extend(attribute.qualified_name.iter().cloned());
            lines.extend(attribute.display_name.iter().cloned());
            lines.extend(attribute.description.iter().cloned());
        }
        lines.join("\n")
    }
}

/// A schema attribute of an asset, as an index needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchSchemaAttribute {
    /// Its GUID.
    pub guid: Guid,
    /// Its type, e.g. `RelationalColumn`.
    pub type_name: String,
    /// Its qualified name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualified_name: Option<String>,
    /// Its display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Its description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its data type (from `TypeEmbeddedAttribute`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
}

impl SearchSchemaAttribute {
    fn of(element: &OpenMetadataElement) -> SearchSchemaAttribute {
        let text = |name: &str| element.properties.get_str(name).map(str::to_owned);
        SearchSchemaAttribute {
            guid: element.guid.clone(),
            type_name: element.type_name().to_owned(),
            qualified_name: text("qualifiedName"),
            display_name: text("displayName"),
            description: text("description"),
            data_type: element
                .classification("TypeEmbeddedAttribute")
                .and_then(|c| c.classification_properties.get_str("dataType"))
                .map(str::to_owned),
        }
    }
}

async fn related(
    ctx: &IntegrationContext,
    guid: &str,
    relationship: &str,
    end: RelationshipEnd,
) -> Result<Vec<OpenMetadataElement>> {
    let query = RelatedElementsQuery { starting_at_end: end, ..RelatedElementsQuery::new(guid, Some(relationship)) };
    Ok(ctx.get_related_elements(&query).await?.into_iter().map(|related| related.element).collect())
}

/// The attributes of an asset's schema, breadth first, nested ones included.
async fn schema_attributes(ctx: &IntegrationContext, asset_guid: &str) -> Result<Vec<SearchSchemaAttribute>> {
    let mut attributes = Vec::new();
    let mut frontier: Vec<Guid> = Vec::new();
    for schema_type in related(ctx, asset_guid, "Schema", RelationshipEnd::End1).await? {
        for attribute in related(ctx, &schema_type.guid, "AttributeForSchema", RelationshipEnd::End1).await? {
            frontier.push(attribute.guid.clone());
            attributes.push(SearchSchemaAttribute::of(&attribute));
        }
    }
    while let Some(parent) = frontier.pop() {
        if attributes.len() >= MAX_SCHEMA_ATTRIBUTES {
            break;
        }
        for attribute in related(ctx, &parent, "NestedSchemaAttribute", RelationshipEnd::End1).await? {
            frontier.push(attribute.guid.clone());
            attributes.push(SearchSchemaAttribute::of(&attribute));
        }
    }
    attributes.truncate(MAX_SCHEMA_ATTRIBUTES);
    Ok(attributes)
}

/// An asset element with what an index needs.
async fn search_asset(ctx: &IntegrationContext, asset: OpenMetadataElement) -> Result<SearchAsset> {
    let meanings = related(ctx, &asset.guid, "SemanticAssignment", RelationshipEnd::End1).await?;
    let connections = related(ctx, &asset.guid, "AssetConnection", RelationshipEnd::End1).await?;
    Ok(SearchAsset {
        zone_membership: asset.zone_membership(),
        owner: asset
            .classification("Ownership")
            .and_then(|c| c.classification_properties.get("owner"))
            .and_then(PropertyValue::as_str)
            .map(str::to_owned),
        schema_attributes: schema_attributes(ctx, &asset.guid).await?,
        meanings: meanings.iter().map(OpenMetadataElement::stub).collect(),
        connections: connections.iter().map(OpenMetadataElement::stub).collect(),
        element_header: ElementHeader::of(&asset),
        properties: asset.properties,
    })
}

async fn current_asset(ctx: &IntegrationContext, guid: &str) -> Result<Option<SearchAsset>> {
    match ctx.get_element(guid).await? {
        Some(element) if ctx.type_registry().is_a(element.type_name(), "Asset") => {
            Ok(Some(search_asset(ctx, element).await?))
        }
        _ => Ok(None),
    }
}

pub(crate) async fn get_search_asset(client: &SearchIntegratorClient, asset_guid: &str) -> Result<Option<SearchAsset>> {
    current_asset(&client.core, asset_guid).await
}

pub(crate) async fn find_search_assets(
    client: &SearchIntegratorClient,
    search_string: &str,
    start_from: u32,
    page_size: u32,
) -> Result<Vec<SearchAsset>> {
    let ctx = &client.core;
    let query = ElementQuery::of_type("Asset")
        .searching(SearchString::regex(search_string))
        .page(Paging { start_from, page_size });
    let mut assets = Vec::new();
    for element in ctx.find_elements(&query).await? {
        assets.push(search_asset(ctx, element).await?);
    }
    Ok(assets)
}

/// The asset an element belongs to: itself when it is an asset, else its anchor when that is one.
/// Removed elements are read too, so a dropped column still names its asset.
async fn asset_of(ctx: &IntegrationContext, guid: &str, type_name: &str) -> Result<Option<Guid>> {
    let registry = ctx.type_registry();
    if registry.is_a(type_name, "Asset") {
        return Ok(Some(guid.to_owned()));
    }
    let store = ctx.store("saveAsset")?;
    let options = GetOptions { include_deleted: true, for_lineage: true };
    let Some(element) = store.get_element(&ctx.request_context(), guid, options).await? else { return Ok(None) };
    let Some(anchor) = element.anchor_guid() else { return Ok(None) };
    let anchor_type = element
        .classification("Anchors")
        .and_then(|c| c.classification_properties.get_str("anchorTypeName"))
        .unwrap_or_default();
    Ok((anchor_type.is_empty() || registry.is_a(anchor_type, "Asset")).then(|| anchor.to_owned()))
}

/// Turns one change-log event into `save_asset` calls, one per asset it concerns.
pub(crate) async fn process_event<C: SearchIntegratorConnector>(
    connector: &mut C,
    context: &SearchIntegratorContext,
    event: &ChangeEvent,
) -> Result<()> {
    let Some(ctx) = context.integration_context() else {
        // A mock context: hand the change over without the asset.
        let asset_event = AssetCatalogEvent {
            event_type: event.event_type,
            sequence: event.sequence,
            asset_guid: event.guid.clone(),
            asset: None,
        };
        return connector.save_asset(&asset_event).await;
    };
    let mut assets = BTreeSet::new();
    if event.event_type.is_relationship_event() {
        for (guid, type_name) in event.end1.iter().chain(&event.end2) {
            if let Some(asset) = asset_of(&ctx, guid, type_name).await? {
                assets.insert(asset);
            }
        }
    } else if let Some(asset) = asset_of(&ctx, &event.guid, &event.type_name).await? {
        assets.insert(asset);
    }
    for asset_guid in assets {
        let asset = current_asset(&ctx, &asset_guid).await?;
        let asset_event =
            AssetCatalogEvent { event_type: event.event_type, sequence: event.sequence, asset_guid, asset };
        connector.save_asset(&asset_event).await?;
    }
    Ok(())
}
