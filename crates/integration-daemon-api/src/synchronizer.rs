//! The synchronizer: one enumeration of a third-party scope (a schema, a folder, a stream) turned
//! into the fewest writes that bring the repository in step with it.
//!
//! A connector calls [`Synchronizer::upsert`] (and [`Synchronizer::upsert_relationship`]) for every
//! item it finds, then [`Synchronizer::complete`]:
//!
//! - each item is correlated with its element through the third party's key (an external
//!   identifier in the connector's metadata source, tagged with the scope);
//! - a new key creates the element; a known key whose **fingerprint** (a hash of its type,
//!   properties and classifications) changed updates it; an unchanged one is not written at all;
//! - items are buffered and written in batches, and the correlations of a whole batch are looked up
//!   with one query;
//! - `complete()` removes the elements of the scope that this enumeration did not see — but only
//!   when the enumeration finished without error ([`Synchronizer::mark_incomplete`] or any failed
//!   write prevents it) and only when the share to remove is under the fail-safe threshold. A
//!   source outage therefore never deletes metadata. `abort()` (or dropping the synchronizer)
//!   removes nothing.
//!
//! Parents are placed at creation: an element created under a parent (by key or GUID) keeps that
//! parent. To move an item, give it a new key.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::TypeCategory;
use crate::context::IntegrationContext;
use crate::error::Result;
use crate::messages;
use crate::model::{ElementProperties, ExternalIdentifier, Guid, KeyPattern, new_guid};
use crate::store::{
    DeleteMethod, ExternalIdQuery, MetadataSource, NewElement, NewRelationship, Paging, ParentRelationship,
    RelatedElementsQuery, RelationshipEnd, WriteBatch, WriteOp, WriteOutcome,
};
use crate::time::now;
use crate::types::TypeRegistry;

/// Mapping-property names under which the synchronizer keeps what it needs in a correlation.
const MAPPED_CLASSIFICATIONS: &str = "omis.classifications";
const MAPPED_END1: &str = "omis.end1";
const MAPPED_END2: &str = "omis.end2";

/// How a synchronizer writes and removes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SyncOptions {
    /// Items per write batch (and per correlation lookup). 1,500 by default: larger batches pay
    /// less per commit, but the store holds a batch's state in memory while it writes it.
    pub batch_size: usize,
    /// How elements that vanished from the third party are removed.
    pub delete_method: DeleteMethod,
    /// Nothing is removed when the share of the scope to remove is at or above this (0.0 to 1.0).
    pub fail_safe_threshold: f64,
    /// Up to this many removals are always allowed, whatever their share (for small scopes).
    pub always_remove_up_to: usize,
    /// The key pattern recorded with new correlations.
    pub key_pattern: KeyPattern,
    /// Read the scope's correlations once, in the background, when the synchronizer is made
    /// (a whole enumeration then needs no look-ups); otherwise each batch looks up its keys.
    /// Off for a synchronizer that writes a few items of a large scope ([`SyncOptions::partial`]).
    pub read_scope_first: bool,
}

impl SyncOptions {
    /// For a synchronizer that writes some items of a scope and is flushed, never completed (an
    /// event, a notification): it looks up the keys of its batches instead of reading the whole
    /// scope first.
    pub fn partial() -> SyncOptions {
        SyncOptions { read_scope_first: false, ..SyncOptions::default() }
    }
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            batch_size: 1500,
            delete_method: DeleteMethod::SoftDelete,
            fail_safe_threshold: 0.5,
            always_remove_up_to: 0,
            key_pattern: KeyPattern::LocalKey,
            read_scope_first: true,
        }
    }
}

/// An element: an item of the enumeration, or one correlated earlier, or any element by GUID.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ElementRef {
    /// The element correlated with this key in the connector's metadata source.
    Key(String),
    /// An element by GUID.
    Guid(Guid),
}

/// The parent an element is created under.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncParent {
    /// The parent element.
    pub parent: ElementRef,
    /// The relationship type, e.g. `NestedSchemaAttribute`.
    pub relationship_type: String,
    /// The relationship's properties.
    pub properties: ElementProperties,
    /// True when the parent is at end 1 (the usual case).
    pub parent_at_end1: bool,
    /// The element is its own anchor (an asset under another asset) rather than anchored to its
    /// parent's anchor.
    pub is_own_anchor: bool,
}

/// One element as the third party describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncElement {
    /// The third party's identifier for it (unique within the connector's metadata source).
    pub key: String,
    /// Its open metadata type, e.g. `RelationalTable`.
    pub type_name: String,
    /// Its properties (including `qualifiedName`).
    pub properties: ElementProperties,
    /// The classifications it should carry (those it no longer should are removed).
    pub classifications: Vec<(String, ElementProperties)>,
    /// The parent it is created under.
    pub parent: Option<SyncParent>,
}

impl SyncElement {
    /// An element with a key, type and properties.
    pub fn new(key: impl Into<String>, type_name: impl Into<String>, properties: ElementProperties) -> SyncElement {
        SyncElement {
            key: key.into(),
            type_name: type_name.into(),
            properties,
            classifications: Vec::new(),
            parent: None,
        }
    }

    /// Created under `parent` through `relationship_type` (parent at end 1).
    #[must_use]
    pub fn under(mut self, parent: ElementRef, relationship_type: impl Into<String>) -> SyncElement {
        self.parent = Some(SyncParent {
            parent,
            relationship_type: relationship_type.into(),
            properties: ElementProperties::new(),
            parent_at_end1: true,
            is_own_anchor: false,
        });
        self
    }

    /// Carries a classification.
    #[must_use]
    pub fn classified(mut self, name: impl Into<String>, properties: ElementProperties) -> SyncElement {
        self.classifications.push((name.into(), properties));
        self
    }
}

/// One relationship as the third party describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncRelationship {
    /// The third party's identifier for it (e.g. a foreign key's name).
    pub key: String,
    /// The relationship type.
    pub type_name: String,
    /// The element at end 1.
    pub end1: ElementRef,
    /// The element at end 2.
    pub end2: ElementRef,
    /// Its properties.
    pub properties: ElementProperties,
}

/// What a synchronizer did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncSummary {
    /// The scope.
    pub scope: String,
    /// Elements and relationships created.
    pub created: usize,
    /// Elements and relationships updated.
    pub updated: usize,
    /// Items that were up to date.
    pub unchanged: usize,
    /// Elements and relationships removed (with the elements their removal took along).
    pub removed: usize,
    /// Why removal did not happen, when it did not.
    pub removal_skipped: Option<String>,
}

/// What the synchronizer knows of a key's correlation: kept small, a scope's worth is held at once.
#[derive(Debug, Clone)]
struct Known {
    guid: Guid,
    type_name: String,
    fingerprint: Option<String>,
    /// Recorded by this synchronizer's scope (not another's).
    in_scope: bool,
    /// The mapping properties the synchronizer reads (classification names, relationship ends).
    mapping: Box<[(String, String)]>,
}

impl Known {
    fn of(id: ExternalIdentifier, scope: &str) -> Known {
        let mapping = id
            .mapping_properties
            .into_iter()
            .filter(|(name, _)| [MAPPED_CLASSIFICATIONS, MAPPED_END1, MAPPED_END2].contains(&name.as_str()))
            .collect();
        Known {
            guid: id.element_guid,
            type_name: id.element_type,
            fingerprint: id.fingerprint,
            in_scope: id.sync_scope.as_deref() == Some(scope),
            mapping,
        }
    }

    fn mapped(&self, name: &str) -> Option<&String> {
        self.mapping.iter().find(|(mapped, _)| mapped == name).map(|(_, value)| value)
    }

    /// True when the correlation was recorded by this scope with this fingerprint.
    fn is_current(&self, fingerprint: &str) -> bool {
        self.in_scope && self.fingerprint.as_deref() == Some(fingerprint)
    }
}

/// Scopes of up to this many correlations are read whole when the synchronizer is made; larger
/// ones are looked up batch by batch.
const PRELOAD_LIMIT: u64 = 250_000;

/// A scope's correlations, read once.
#[derive(Debug)]
struct Preloaded {
    /// Key → correlation. An item takes its entry out; what is left was not seen (yet).
    known: HashMap<String, Known>,
    /// No other scope of the metadata source had correlations: a key missing here is new, and
    /// needs no lookup.
    whole_source: bool,
}

#[derive(Debug)]
enum Preload {
    /// Being read in the background (started with the synchronizer).
    Reading(tokio::task::JoinHandle<Result<Option<Preloaded>>>),
    Ready(Preloaded),
    /// Not read (too large, or no runtime to read it on): each batch looks up its keys.
    Off,
}

/// A batch being written while the synchronizer plans the next: it answers the relationships it
/// correlated (key → GUID).
type InFlight = tokio::task::JoinHandle<Result<Vec<(String, Guid)>>>;

/// Reads a scope's correlations (unless there are more than [`PRELOAD_LIMIT`]).
async fn read_scope(context: IntegrationContext, source_guid: Guid, scope: String) -> Result<Option<Preloaded>> {
    let in_source = ExternalIdQuery { scope_guid: Some(source_guid), ..ExternalIdQuery::default() };
    let in_scope = ExternalIdQuery { sync_scope: Some(scope.clone()), ..in_source.clone() };
    let count = context.count_external_ids(&in_scope).await?;
    if count > PRELOAD_LIMIT {
        return Ok(None);
    }
    let whole_source = context.count_external_ids(&in_source).await? == count;
    let mut known = HashMap::with_capacity(usize::try_from(count).unwrap_or(0));
    context
        .scan_external_ids(in_scope, |id| {
            if !known.contains_key(&id.key) {
                known.insert(id.key.clone(), Known::of(id, &scope));
            }
        })
        .await?;
    Ok(Some(Preloaded { known, whole_source }))
}

/// A relationship to correlate once the batch that writes it has run: the position of its write in
/// that batch (whose outcome names it), its key, type, fingerprint and mapping properties.
struct RelationshipLink {
    position: usize,
    key: String,
    type_name: String,
    fingerprint: String,
    mapping: BTreeMap<String, String>,
}

#[derive(Debug)]
enum Pending {
    Element(SyncElement),
    Relationship(SyncRelationship),
}

impl Pending {
    fn key(&self) -> &str {
        match self {
            Pending::Element(item) => &item.key,
            Pending::Relationship(item) => &item.key,
        }
    }
}

/// Synchronizes one scope of a third party; see the module documentation.
#[derive(Debug)]
pub struct Synchronizer {
    context: IntegrationContext,
    registry: std::sync::Arc<TypeRegistry>,
    source: MetadataSource,
    scope: String,
    options: SyncOptions,
    pending: Vec<Pending>,
    pending_keys: HashSet<String>,
    /// Keys of this enumeration → the GUID they are correlated with.
    seen: HashMap<String, Guid>,
    incomplete: Option<String>,
    summary: SyncSummary,
    preload: Preload,
    in_flight: Option<InFlight>,
}

fn fingerprint_of(parts: &[String]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(parts.join("\u{1f}").as_bytes()))
}

fn element_fingerprint(type_name: &str, item: &SyncElement) -> String {
    // One hash over the type, the properties' digest, the classifications' names and digests (in
    // name order) and the parent relationship's properties when there are any (a column's
    // position): no intermediate strings.
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut text = |text: &str| {
        hasher.update(&(text.len() as u64).to_le_bytes());
        hasher.update(text.as_bytes());
    };
    text(type_name);
    let mut classifications: Vec<(&str, u128)> =
        item.classifications.iter().map(|(name, properties)| (name.as_str(), properties.digest())).collect();
    classifications.sort_unstable();
    let parent = item.parent.as_ref().filter(|parent| !parent.properties.is_empty()).map(|p| p.properties.digest());
    hasher.update(&item.properties.digest().to_le_bytes());
    for (name, digest) in classifications {
        hasher.update(&(name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update(&digest.to_le_bytes());
    }
    if let Some(parent) = parent {
        hasher.update(b"parent");
        hasher.update(&parent.to_le_bytes());
    }
    format!("{:032x}", hasher.digest128())
}

impl Synchronizer {
    /// A synchronizer for `scope` (a name the connector chooses, e.g. a schema or folder path).
    /// The context must be connected: correlations live in its metadata source.
    pub fn new(context: &IntegrationContext, scope: impl Into<String>, options: SyncOptions) -> Result<Synchronizer> {
        context.validate_is_active("synchronizer")?;
        let Some(source) = context.metadata_source().cloned() else {
            return Err(messages::SYNCHRONIZER_NEEDS_SOURCE.error(&[&context.connector_name()]));
        };
        let scope = scope.into();
        // The scope's correlations are read while the connector starts its enumeration.
        let preload = match tokio::runtime::Handle::try_current() {
            Ok(runtime) if options.read_scope_first => {
                Preload::Reading(runtime.spawn(read_scope(context.clone(), source.guid.clone(), scope.clone())))
            }
            Ok(_) | Err(_) => Preload::Off,
        };
        Ok(Synchronizer {
            preload,
            in_flight: None,
            registry: context.type_registry(),
            context: context.clone(),
            source,
            summary: SyncSummary { scope: scope.clone(), ..SyncSummary::default() },
            scope,
            options: SyncOptions {
                batch_size: std::env::var("EXP_BATCH")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(options.batch_size)
                    .max(1),
                ..options
            },
            pending: Vec::new(),
            pending_keys: HashSet::new(),
            seen: HashMap::new(),
            incomplete: None,
        })
    }

    /// The scope.
    pub fn scope(&self) -> &str {
        &self.scope
    }

    /// The GUID correlated with a key this enumeration has written (after the batch holding it was
    /// written; call [`Synchronizer::flush`] to force that).
    pub fn guid_of(&self, key: &str) -> Option<&str> {
        self.seen.get(key).map(String::as_str)
    }

    fn take_key(&mut self, key: &str) -> Result<()> {
        if key.is_empty() {
            return Err(messages::BAD_SYNC_KEY.error(&[&self.scope]).with_parameter_name("key"));
        }
        if self.seen.contains_key(key) || !self.pending_keys.insert(key.to_owned()) {
            return Err(messages::DUPLICATE_SYNC_KEY.error(&[&key, &self.scope]).with_parameter_name("key"));
        }
        Ok(())
    }

    /// Adds an element of the enumeration. Written when the batch fills (or at `flush`/`complete`).
    pub async fn upsert(&mut self, item: SyncElement) -> Result<()> {
        self.take_key(&item.key)?;
        self.pending.push(Pending::Element(item));
        self.flush_if_full().await
    }

    /// Adds a relationship of the enumeration (between elements given by key or GUID).
    pub async fn upsert_relationship(&mut self, item: SyncRelationship) -> Result<()> {
        self.take_key(&item.key)?;
        self.pending.push(Pending::Relationship(item));
        self.flush_if_full().await
    }

    async fn flush_if_full(&mut self) -> Result<()> {
        if self.pending.len() >= self.options.batch_size { self.send_pending().await } else { Ok(()) }
    }

    /// Records that the enumeration is not complete (a listing failed, a page was skipped, ...):
    /// `complete` will then remove nothing.
    pub fn mark_incomplete(&mut self, reason: impl Into<String>) {
        let reason = reason.into();
        self.incomplete.get_or_insert(reason);
    }

    /// Writes what is buffered, and waits until it is written.
    pub async fn flush(&mut self) -> Result<()> {
        self.send_pending().await?;
        self.settle().await
    }

    /// Plans what is buffered and starts writing it; the write runs while the connector goes on
    /// (one batch at a time: the previous one is settled first).
    async fn send_pending(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let result = self.write_pending().await;
        if let Err(error) = &result {
            self.mark_incomplete(format!("a write failed: {error}"));
        }
        result
    }

    /// Waits for the batch being written; a failed write makes the enumeration incomplete.
    async fn settle(&mut self) -> Result<()> {
        let Some(in_flight) = self.in_flight.take() else { return Ok(()) };
        let result = match in_flight.await {
            Ok(result) => result,
            Err(error) => Err(messages::SYNCHRONIZER_WRITE_ABORTED.error(&[&self.scope, &error])),
        };
        match result {
            Ok(correlated) => {
                self.seen.extend(correlated);
                Ok(())
            }
            Err(error) => {
                self.mark_incomplete(format!("a write failed: {error}"));
                Err(error)
            }
        }
    }

    /// The scope's correlations, once read (`None` when they were not).
    async fn preloaded(&mut self) -> Result<Option<&mut Preloaded>> {
        if let Preload::Reading(reading) = &mut self.preload {
            let outcome = match reading.await {
                Ok(outcome) => outcome,
                Err(error) => Err(messages::SYNCHRONIZER_WRITE_ABORTED.error(&[&self.scope, &error])),
            };
            self.preload = match outcome? {
                Some(preloaded) => Preload::Ready(preloaded),
                None => Preload::Off,
            };
        }
        Ok(match &mut self.preload {
            Preload::Ready(preloaded) => Some(preloaded),
            Preload::Reading(_) | Preload::Off => None,
        })
    }

    /// What is known of the keys of a batch: the items' own keys (`items`, taken out of the
    /// preload) and the keys they refer to (`references`); looked up in the store unless the
    /// preload answers for the whole source.
    async fn known(&mut self, items: Vec<String>, references: Vec<String>) -> Result<HashMap<String, Known>> {
        let mut known = HashMap::with_capacity(items.len() + references.len());
        let mut missing = Vec::new();
        if let Some(preloaded) = self.preloaded().await? {
            for key in items {
                match preloaded.known.remove(&key) {
                    Some(found) => drop(known.insert(key, found)),
                    None => missing.push(key),
                }
            }
            for key in references {
                match preloaded.known.get(&key) {
                    Some(found) => drop(known.insert(key, found.clone())),
                    None => missing.push(key),
                }
            }
            if preloaded.whole_source {
                missing.clear();
            }
        } else {
            missing = items;
            missing.extend(references);
        }
        if !missing.is_empty() {
            missing.sort();
            missing.dedup();
            known.extend(self.lookup(missing).await?);
        }
        Ok(known)
    }

    /// Looks up the correlations of `keys` in the connector's metadata source.
    async fn lookup(&self, keys: Vec<String>) -> Result<HashMap<String, Known>> {
        let mut known = HashMap::with_capacity(keys.len());
        for id in self.context.external_ids_of_keys(&keys).await? {
            if !known.contains_key(&id.key) {
                known.insert(id.key.clone(), Known::of(id, &self.scope));
            }
        }
        Ok(known)
    }

    fn correlation(
        &self,
        key: &str,
        guid: &str,
        type_name: &str,
        fingerprint: String,
        mapping: BTreeMap<String, String>,
    ) -> ExternalIdentifier {
        ExternalIdentifier {
            scope_name: Some(self.source.qualified_name.clone()),
            key_pattern: self.options.key_pattern,
            sync_scope: Some(self.scope.clone()),
            source: Some(self.context.connector_name().to_owned()),
            last_synchronized: Some(now()),
            fingerprint: Some(fingerprint),
            mapping_properties: mapping,
            ..ExternalIdentifier::new(&self.source.guid, key, guid, type_name, self.context.permitted_synchronization())
        }
    }

    fn resolve(&self, reference: &ElementRef, known: &HashMap<String, Known>) -> Result<Guid> {
        match reference {
            ElementRef::Guid(guid) => Ok(guid.clone()),
            ElementRef::Key(key) => self
                .seen
                .get(key)
                .or_else(|| known.get(key).map(|k| &k.guid))
                .cloned()
                .ok_or_else(|| messages::UNKNOWN_SYNC_KEY.error(&[key, &self.source.qualified_name, &self.scope])),
        }
    }

    async fn write_pending(&mut self) -> Result<()> {
        let pending = std::mem::take(&mut self.pending);
        self.pending_keys.clear();
        let items: Vec<String> = pending.iter().map(|item| item.key().to_owned()).collect();
        let item_keys: HashSet<&str> = items.iter().map(String::as_str).collect();
        let mut references = Vec::new();
        for item in &pending {
            let targets: Vec<&ElementRef> = match item {
                Pending::Element(element) => element.parent.iter().map(|p| &p.parent).collect(),
                Pending::Relationship(relationship) => vec![&relationship.end1, &relationship.end2],
            };
            for target in targets {
                if let ElementRef::Key(key) = target
                    && !self.seen.contains_key(key)
                    && !item_keys.contains(key.as_str())
                {
                    references.push(key.clone());
                }
            }
        }
        drop(item_keys);
        references.sort();
        references.dedup();
        let known = self.known(items, references).await?;

        let mut batch = WriteBatch::new();
        let mut unchanged = Vec::new();
        // Relationships are correlated after they exist: one of a type that allows a single
        // relationship per pair may turn out to be an existing one.
        let mut relationship_links: Vec<RelationshipLink> = Vec::new();
        let mut parent_updates: Vec<(Guid, SyncParent)> = Vec::new();
        for item in pending {
            match item {
                Pending::Element(element) => {
                    self.plan_element(element, &known, &mut batch, &mut unchanged, &mut parent_updates)?;
                }
                Pending::Relationship(relationship) => {
                    if let Some(link) = self.plan_relationship(relationship, &known, &mut batch, &mut unchanged)? {
                        relationship_links.push(link);
                    }
                }
            }
        }
        self.context.record_unchanged(&unchanged);
        self.plan_parent_updates(parent_updates, &mut batch).await?;
        // One batch at a time, in order: the previous one is written before this one starts.
        self.settle().await?;
        if batch.is_empty() {
            return Ok(());
        }
        let links: Vec<(usize, ExternalIdentifier)> = relationship_links
            .into_iter()
            .map(|link| {
                let correlation = self.correlation(&link.key, "", &link.type_name, link.fingerprint, link.mapping);
                (link.position, correlation)
            })
            .collect();
        let context = self.context.clone();
        self.in_flight = Some(tokio::spawn(async move {
            let outcomes = context.execute("synchronize", batch).await?;
            if links.is_empty() {
                return Ok(Vec::new());
            }
            let mut correlated = Vec::with_capacity(links.len());
            let mut batch = WriteBatch::new();
            for (position, mut correlation) in links {
                let guid = outcomes.get(position).and_then(WriteOutcome::guid).unwrap_or_default().to_owned();
                correlation.element_guid.clone_from(&guid);
                correlated.push((correlation.key.clone(), guid));
                batch.push(WriteOp::LinkExternalId(correlation));
            }
            context.execute("synchronize", batch).await?;
            Ok(correlated)
        }));
        Ok(())
    }

    /// Updates the parent relationships of changed items that carry properties there (rare: one
    /// lookup per item).
    async fn plan_parent_updates(&self, updates: Vec<(Guid, SyncParent)>, batch: &mut WriteBatch) -> Result<()> {
        for (guid, parent) in updates {
            let query = RelatedElementsQuery {
                starting_at_end: if parent.parent_at_end1 { RelationshipEnd::End2 } else { RelationshipEnd::End1 },
                paging: Paging::first(1),
                ..RelatedElementsQuery::new(guid, Some(&parent.relationship_type))
            };
            if let Some(related) = self.context.get_related_elements(&query).await?.into_iter().next() {
                batch.push(WriteOp::UpdateRelationship {
                    guid: related.relationship.guid,
                    properties: parent.properties,
                    merge: false,
                });
            }
        }
        Ok(())
    }

    fn plan_element(
        &mut self,
        item: SyncElement,
        known: &HashMap<String, Known>,
        batch: &mut WriteBatch,
        unchanged: &mut Vec<Guid>,
        parent_updates: &mut Vec<(Guid, SyncParent)>,
    ) -> Result<()> {
        let type_name = self.registry.require(&item.type_name, TypeCategory::Entity)?.name.clone();
        let fingerprint = element_fingerprint(&type_name, &item);
        let classification_names: Vec<String> = item.classifications.iter().map(|(name, _)| name.clone()).collect();
        let mut mapping = BTreeMap::new();
        if !classification_names.is_empty() {
            mapping.insert(MAPPED_CLASSIFICATIONS.to_owned(), classification_names.join(","));
        }
        match known.get(&item.key) {
            Some(existing) if existing.type_name == type_name => {
                if existing.is_current(&fingerprint) {
                    unchanged.push(existing.guid.clone());
                    self.summary.unchanged += 1;
                    self.seen.insert(item.key, existing.guid.clone());
                    return Ok(());
                }
                let guid = existing.guid.clone();
                batch.push(WriteOp::UpdateElement { guid: guid.clone(), properties: item.properties, merge: false });
                if let Some(parent) = item.parent.filter(|parent| !parent.properties.is_empty()) {
                    parent_updates.push((guid.clone(), parent));
                }
                let previous: Vec<&str> = existing
                    .mapped(MAPPED_CLASSIFICATIONS)
                    .map(|names| names.split(',').filter(|n| !n.is_empty()).collect())
                    .unwrap_or_default();
                for name in previous.into_iter().filter(|name| !classification_names.iter().any(|n| n == name)) {
                    batch.push(WriteOp::Declassify { guid: guid.clone(), classification_name: name.to_owned() });
                }
                for (name, properties) in item.classifications {
                    batch.push(WriteOp::Classify {
                        guid: guid.clone(),
                        classification_name: name,
                        properties,
                        merge: false,
                    });
                }
                batch.push(WriteOp::LinkExternalId(self.correlation(
                    &item.key,
                    &guid,
                    &type_name,
                    fingerprint,
                    mapping,
                )));
                self.summary.updated += 1;
                self.seen.insert(item.key, guid);
            }
            other => {
                // A new key, or one whose element changed type: (re)create it.
                if let Some(previous) = other {
                    batch.push(WriteOp::DeleteElement {
                        guid: previous.guid.clone(),
                        method: self.options.delete_method,
                    });
                    self.summary.removed += 1;
                }
                let guid = new_guid();
                let parent = match &item.parent {
                    Some(parent) => Some(ParentRelationship {
                        parent_guid: self.resolve(&parent.parent, known)?,
                        relationship_type: parent.relationship_type.clone(),
                        properties: parent.properties.clone(),
                        parent_at_end1: parent.parent_at_end1,
                    }),
                    None => None,
                };
                let element = NewElement {
                    initial_classifications: item.classifications,
                    is_own_anchor: item.parent.as_ref().is_some_and(|parent| parent.is_own_anchor),
                    parent,
                    ..NewElement::new(type_name.clone(), item.properties).with_guid(guid.clone())
                };
                batch.push(WriteOp::CreateElement(element));
                batch.push(WriteOp::LinkExternalId(self.correlation(
                    &item.key,
                    &guid,
                    &type_name,
                    fingerprint,
                    mapping,
                )));
                self.summary.created += 1;
                self.seen.insert(item.key, guid);
            }
        }
        Ok(())
    }

    /// Plans a relationship's writes; returns the correlation to record once it exists (its
    /// position in the batch, key, type, fingerprint, mapping), or `None` when nothing is written.
    fn plan_relationship(
        &mut self,
        item: SyncRelationship,
        known: &HashMap<String, Known>,
        batch: &mut WriteBatch,
        unchanged: &mut Vec<Guid>,
    ) -> Result<Option<RelationshipLink>> {
        let type_name = self.registry.require(&item.type_name, TypeCategory::Relationship)?.name.clone();
        let end1 = self.resolve(&item.end1, known)?;
        let end2 = self.resolve(&item.end2, known)?;
        let fingerprint =
            fingerprint_of(&[type_name.clone(), end1.clone(), end2.clone(), item.properties.fingerprint()]);
        let mapping = BTreeMap::from([(MAPPED_END1.to_owned(), end1.clone()), (MAPPED_END2.to_owned(), end2.clone())]);
        if let Some(existing) = known.get(&item.key).filter(|existing| existing.type_name == type_name) {
            if existing.is_current(&fingerprint) {
                self.summary.unchanged += 1;
                unchanged.push(existing.guid.clone());
                self.seen.insert(item.key, existing.guid.clone());
                return Ok(None);
            }
            let same_ends = existing.mapped(MAPPED_END1) == Some(&end1) && existing.mapped(MAPPED_END2) == Some(&end2);
            if same_ends {
                batch.push(WriteOp::UpdateRelationship {
                    guid: existing.guid.clone(),
                    properties: item.properties,
                    merge: false,
                });
                let position = batch.len() - 1;
                self.summary.updated += 1;
                // The update's outcome names the relationship.
                return Ok(Some(RelationshipLink { position, key: item.key, type_name, fingerprint, mapping }));
            }
            batch.push(WriteOp::DeleteRelationship { guid: existing.guid.clone() });
            self.summary.removed += 1;
        } else if let Some(existing) = known.get(&item.key) {
            // Correlated with something of another type: replace it.
            let op =
                if self.registry.get(&existing.type_name).is_some_and(|def| def.category == TypeCategory::Relationship)
                {
                    WriteOp::DeleteRelationship { guid: existing.guid.clone() }
                } else {
                    WriteOp::DeleteElement { guid: existing.guid.clone(), method: self.options.delete_method }
                };
            batch.push(op);
            self.summary.removed += 1;
        }
        batch.push(WriteOp::CreateRelationship(
            NewRelationship::new(type_name.clone(), end1, end2).with_properties(item.properties),
        ));
        self.summary.created += 1;
        Ok(Some(RelationshipLink { position: batch.len() - 1, key: item.key, type_name, fingerprint, mapping }))
    }

    /// Finishes the enumeration: writes what is buffered, then removes what vanished from the
    /// scope — unless the enumeration was incomplete, or the share to remove is at or above the
    /// fail-safe threshold. The report says which.
    pub async fn complete(mut self) -> Result<SyncSummary> {
        self.flush().await?;
        self.preload = Preload::Off;
        if let Some(reason) = self.incomplete.take() {
            return Ok(self.skip_removal(&messages::REMOVAL_SKIPPED_INCOMPLETE, reason));
        }
        let in_scope = ExternalIdQuery {
            scope_guid: Some(self.source.guid.clone()),
            sync_scope: Some(self.scope.clone()),
            ..ExternalIdQuery::default()
        };
        let total = self.context.count_external_ids(&in_scope).await?;
        if total <= self.seen.len() as u64 {
            return Ok(self.summary);
        }
        let vanished = self.vanished(in_scope).await?;
        // A share for a threshold: precision far beyond what matters.
        #[allow(clippy::cast_precision_loss)]
        let share = vanished.len() as f64 / total as f64;
        if vanished.len() > self.options.always_remove_up_to && share >= self.options.fail_safe_threshold {
            let reason = format!(
                "{} of the {total} items of scope {} were not found ({:.0}%), at or above the fail-safe threshold of {:.0}%",
                vanished.len(),
                self.scope,
                share * 100.0,
                self.options.fail_safe_threshold * 100.0
            );
            return Ok(self.skip_removal(&messages::REMOVAL_SKIPPED_FAIL_SAFE, reason));
        }
        self.remove(vanished).await?;
        Ok(self.summary)
    }

    /// Removes nothing; the enumeration is abandoned.
    pub fn abort(mut self, reason: impl Into<String>) -> SyncSummary {
        self.skip_removal(&messages::REMOVAL_SKIPPED_INCOMPLETE, reason.into())
    }

    fn skip_removal(&mut self, definition: &crate::AuditMessageDefinition, reason: String) -> SyncSummary {
        self.context.audit_log().log_message(
            "complete",
            definition,
            &[&self.context.connector_name(), &self.scope, &reason],
        );
        self.context.add_report_note(format!("Nothing was removed from scope {}: {reason}", self.scope));
        self.summary.removal_skipped = Some(reason);
        std::mem::take(&mut self.summary)
    }

    /// The correlations of the scope this enumeration did not see.
    async fn vanished(&self, query: ExternalIdQuery) -> Result<Vec<ExternalIdentifier>> {
        let mut vanished = Vec::new();
        self.context
            .scan_external_ids(query, |id| {
                if !self.seen.contains_key(&id.key) {
                    vanished.push(id);
                }
            })
            .await?;
        Ok(vanished)
    }

    async fn remove(&mut self, vanished: Vec<ExternalIdentifier>) -> Result<()> {
        let (relationships, elements): (Vec<ExternalIdentifier>, Vec<ExternalIdentifier>) =
            vanished.into_iter().partition(|id| {
                self.registry.get(&id.element_type).is_some_and(|def| def.category == TypeCategory::Relationship)
            });
        for group in [relationships, elements] {
            for chunk in group.chunks(self.options.batch_size) {
                // An earlier removal may have taken some along (a table's columns); their
                // correlations went with them.
                let keys: Vec<String> = chunk.iter().map(|id| id.key.clone()).collect();
                let still = self.lookup(keys).await?;
                let mut batch = WriteBatch::new();
                for id in chunk.iter().filter(|id| still.get(&id.key).is_some_and(|k| k.guid == id.element_guid)) {
                    batch.push(if group_is_relationship(&self.registry, &id.element_type) {
                        WriteOp::DeleteRelationship { guid: id.element_guid.clone() }
                    } else {
                        WriteOp::DeleteElement { guid: id.element_guid.clone(), method: self.options.delete_method }
                    });
                }
                if batch.is_empty() {
                    continue;
                }
                let outcomes = self.context.execute("synchronize", batch).await?;
                self.summary.removed += outcomes
                    .iter()
                    .map(|outcome| match outcome {
                        WriteOutcome::Deleted { guids } => guids.len(),
                        WriteOutcome::RelationshipDeleted { .. } => 1,
                        _ => 0,
                    })
                    .sum::<usize>();
            }
        }
        Ok(())
    }
}

fn group_is_relationship(registry: &TypeRegistry, type_name: &str) -> bool {
    registry.get(type_name).is_some_and(|def| def.category == TypeCategory::Relationship)
}
