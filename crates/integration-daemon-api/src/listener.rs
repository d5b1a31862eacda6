//! Listening to the repository's change log (Egeria's `OpenMetadataEventListener`).
//!
//! A connector registers a listener with an [`EventFilter`] through its context. The daemon then
//! delivers the change-log events that pass the filter to the connector's
//! [`IntegrationConnector::process_event`](crate::IntegrationConnector::process_event), in order,
//! from a cursor saved in the repository, so a restart resumes where delivery stopped. The
//! connector's own writes are not echoed back to it, and nothing is delivered while it refreshes:
//! the events wait in the log and follow the refresh.

use serde::{Deserialize, Serialize};

use crate::connector::IntegrationConnector;
use crate::context::IntegrationContext;
use crate::error::Result;
use crate::store::{ChangeEvent, ChangeEventType};
use crate::types::TypeRegistry;

/// Which events a listener wants.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventFilter {
    /// Element types (with their subtypes) the listener cares about; empty means every type. A
    /// relationship event passes when its relationship type or the type of either end does.
    #[serde(default)]
    pub element_types: Vec<String>,
    /// Kinds of change; empty means every kind.
    #[serde(default)]
    pub event_types: Vec<ChangeEventType>,
}

impl EventFilter {
    /// Every event.
    pub fn all() -> EventFilter {
        EventFilter::default()
    }

    /// Events about elements of these types (and their subtypes).
    pub fn element_types(types: &[&str]) -> EventFilter {
        EventFilter { element_types: types.iter().map(|t| (*t).to_owned()).collect(), event_types: Vec::new() }
    }

    /// True when the event passes the filter.
    pub fn matches(&self, event: &ChangeEvent, registry: &TypeRegistry) -> bool {
        if !self.event_types.is_empty() && !self.event_types.contains(&event.event_type) {
            return false;
        }
        if self.element_types.is_empty() {
            return true;
        }
        let is_a = |type_name: &str| self.element_types.iter().any(|wanted| registry.is_a(type_name, wanted));
        is_a(&event.type_name)
            || event.end1.as_ref().is_some_and(|(_, type_name)| is_a(type_name))
            || event.end2.as_ref().is_some_and(|(_, type_name)| is_a(type_name))
    }
}

/// Events read for a listener: those to deliver, and how far the log was read (events of the
/// connector itself and those the filter drops are read past, not delivered).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventBatch {
    /// The events to deliver, oldest first.
    pub events: Vec<ChangeEvent>,
    /// The sequence number the cursor moves to once they are delivered.
    pub through: u64,
}

/// Delivers the listener's waiting events to the connector, up to `max`, and saves the cursor.
/// Nothing is delivered when no listener is registered or a refresh is running. If the connector
/// fails on an event, the cursor stops before it (it is delivered again next time) and the error
/// is returned. Returns the number of events delivered.
pub async fn deliver_events(
    connector: &mut dyn IntegrationConnector,
    context: &IntegrationContext,
    max: u32,
) -> Result<usize> {
    if !context.listener_registered() || context.refresh_in_progress() {
        return Ok(0);
    }
    let batch = context.next_events(max).await?;
    let mut delivered = 0;
    for event in &batch.events {
        if let Err(error) = connector.process_event(event).await {
            if let Some(last) = event.sequence.checked_sub(1) {
                context.acknowledge_events(last).await?;
            }
            return Err(error);
        }
        delivered += 1;
    }
    context.acknowledge_events(batch.through).await?;
    Ok(delivered)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::now;

    fn event(event_type: ChangeEventType, type_name: &str, ends: Option<(&str, &str)>) -> ChangeEvent {
        ChangeEvent {
            sequence: 1,
            event_type,
            event_time: now(),
            user_id: "u".into(),
            metadata_source_guid: None,
            guid: "g".into(),
            type_name: type_name.into(),
            classification_name: None,
            end1: ends.map(|(end1, _)| ("e1".to_owned(), end1.to_owned())),
            end2: ends.map(|(_, end2)| ("e2".to_owned(), end2.to_owned())),
            version: 1,
        }
    }

    #[test]
    fn filters_by_type_with_subtypes_and_by_kind() {
        let registry = TypeRegistry::builtin();
        let assets = EventFilter::element_types(&["Asset"]);
        assert!(assets.matches(&event(ChangeEventType::NewElement, "CSVFile", None), &registry));
        assert!(!assets.matches(&event(ChangeEventType::NewElement, "GlossaryTerm", None), &registry));
        let link = event(ChangeEventType::NewRelationship, "SemanticAssignment", Some(("Database", "GlossaryTerm")));
        assert!(assets.matches(&link, &registry), "an end of the relationship is an Asset");
        let only_new = EventFilter { event_types: vec![ChangeEventType::NewElement], ..EventFilter::all() };
        assert!(only_new.matches(&event(ChangeEventType::NewElement, "Topic", None), &registry));
        assert!(!only_new.matches(&event(ChangeEventType::DeletedElement, "Topic", None), &registry));
        assert!(EventFilter::all().matches(&link, &registry));
    }
}
