//! The meaning of an [`ElementQuery`], evaluated on one element.
//!
//! The backends push what they can into SQL (type, status, anchor, owner, simple equalities, the
//! search index) to narrow the candidates; this filter is the authority on what matches, so every
//! backend answers the same.

use std::cmp::Ordering;
use std::collections::HashSet;

use integration_daemon_api::types::TypeRegistry;
use integration_daemon_api::{
    ComparisonOperator, ElementQuery, ElementStatus, MatchCriteria, PropertyCondition, PropertyValue, Result,
    SearchString,
};
use serde_json::Value;

use super::rows::{ElementRow, string_values};
use super::search::SearchMatcher;

/// A compiled element query.
#[derive(Debug)]
pub(crate) struct ElementFilter {
    /// The type names that qualify (`None` = any type).
    pub(crate) types: Option<Vec<String>>,
    pub(crate) search: Option<SearchMatcher>,
    conditions: Vec<CompiledCondition>,
    match_criteria: MatchCriteria,
    statuses: Vec<ElementStatus>,
    zones: Vec<String>,
    anchor_guid: Option<String>,
    owned_by: Option<String>,
    for_lineage: bool,
}

#[derive(Debug)]
struct CompiledCondition {
    condition: PropertyCondition,
    regex: Option<SearchMatcher>,
}

impl ElementFilter {
    pub(crate) fn new(registry: &TypeRegistry, query: &ElementQuery) -> Result<ElementFilter> {
        let types = match &query.type_name {
            None if query.subtype_names.is_empty() => None,
            None => Some(query.subtype_names.iter().flat_map(|name| registry.with_subtypes(name).to_vec()).collect()),
            Some(type_name) => {
                // An unknown type is an error, as Egeria reports it, rather than an empty answer.
                let def = registry.require(type_name, integration_daemon_api::TypeCategory::Entity)?;
                let mut types: Vec<String> =
                    if query.skip_subtypes { vec![def.name.clone()] } else { def.with_subtypes.clone() };
                if !query.subtype_names.is_empty() {
                    let allowed: HashSet<String> =
                        query.subtype_names.iter().flat_map(|name| registry.with_subtypes(name).to_vec()).collect();
                    types.retain(|name| allowed.contains(name));
                }
                Some(types)
            }
        };
        let conditions = query
            .search_properties
            .iter()
            .flat_map(|properties| properties.conditions.iter())
            .map(|condition| {
                let regex = match (condition.operator, &condition.value) {
                    (ComparisonOperator::Like, Some(PropertyValue::String(pattern))) => {
                        SearchMatcher::new(&SearchString::regex(pattern.clone()))?
                    }
                    _ => None,
                };
                Ok(CompiledCondition { condition: condition.clone(), regex })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(ElementFilter {
            types,
            search: SearchMatcher::new(&query.search)?,
            conditions,
            match_criteria: query.search_properties.as_ref().map(|p| p.match_criteria).unwrap_or_default(),
            statuses: query.statuses.clone(),
            zones: query.zones.clone(),
            anchor_guid: query.anchor_guid.clone(),
            owned_by: query.owned_by.clone(),
            for_lineage: query.for_lineage,
        })
    }

    /// The statuses that qualify, or `None` for "every status but DELETED".
    pub(crate) fn statuses(&self) -> Option<&[ElementStatus]> {
        (!self.statuses.is_empty()).then_some(self.statuses.as_slice())
    }

    pub(crate) fn for_lineage(&self) -> bool {
        self.for_lineage
    }

    pub(crate) fn anchor_guid(&self) -> Option<&str> {
        self.anchor_guid.as_deref()
    }

    pub(crate) fn owned_by(&self) -> Option<&str> {
        self.owned_by.as_deref()
    }

    /// String equalities that must all hold (only when the criteria is ALL): safe to push into SQL.
    pub(crate) fn required_string_equalities(&self) -> Vec<(&str, &str)> {
        if self.match_criteria != MatchCriteria::All {
            return Vec::new();
        }
        self.conditions
            .iter()
            .filter(|c| c.condition.operator == ComparisonOperator::Eq)
            .filter_map(|c| match &c.condition.value {
                Some(PropertyValue::String(value)) => Some((c.condition.property.as_str(), value.as_str())),
                _ => None,
            })
            .collect()
    }

    /// True when the element matches every part of the query.
    pub(crate) fn matches(&self, row: &ElementRow) -> bool {
        if let Some(types) = &self.types
            && !types.contains(&row.type_name)
        {
            return false;
        }
        let status_ok = match self.statuses() {
            Some(statuses) => statuses.contains(&row.status),
            None => row.status != ElementStatus::Deleted,
        };
        if !status_ok || (row.archived && !self.for_lineage) {
            return false;
        }
        if self.anchor_guid.as_deref().is_some_and(|anchor| row.anchor_guid.as_deref() != Some(anchor)) {
            return false;
        }
        if self.owned_by.as_deref().is_some_and(|owner| row.provenance.owner() != Some(owner)) {
            return false;
        }
        if !self.zones.is_empty()
            && let Some(zones) = row.zones()
            && !zones.iter().any(|zone| self.zones.contains(zone))
        {
            return false;
        }
        if let Some(search) = &self.search
            && !search.matches_any(string_values(&row.properties))
        {
            return false;
        }
        if self.conditions.is_empty() {
            return true;
        }
        let mut results = self.conditions.iter().map(|condition| condition.holds(row));
        match self.match_criteria {
            MatchCriteria::All => results.all(|held| held),
            MatchCriteria::Any => results.any(|held| held),
            MatchCriteria::None => !results.any(|held| held),
        }
    }
}

impl CompiledCondition {
    fn holds(&self, row: &ElementRow) -> bool {
        let actual = row.properties.get(&self.condition.property);
        let expected = self.condition.value.as_ref();
        match self.condition.operator {
            ComparisonOperator::IsNull => actual.is_none(),
            ComparisonOperator::NotNull => actual.is_some(),
            ComparisonOperator::Like => match (actual, &self.regex) {
                (Some(value), Some(regex)) => match value {
                    PropertyValue::String(text) => regex.is_match(text),
                    PropertyValue::Array(_) | PropertyValue::Map(_) => {
                        let properties = integration_daemon_api::ElementProperties::new().with("v", value.clone());
                        regex.matches_any(string_values(&properties))
                    }
                    other => regex.is_match(&other.to_string()),
                },
                _ => false,
            },
            ComparisonOperator::In => match (actual, expected) {
                (Some(actual), Some(PropertyValue::Array(options))) => {
                    options.iter().any(|option| equal(actual, option))
                }
                (Some(actual), Some(single)) => equal(actual, single),
                _ => false,
            },
            operator => {
                let (Some(actual), Some(expected)) = (actual, expected) else { return false };
                match operator {
                    ComparisonOperator::Eq => equal(actual, expected),
                    ComparisonOperator::Neq => !equal(actual, expected),
                    ComparisonOperator::Lt => compare(actual, expected) == Some(Ordering::Less),
                    ComparisonOperator::Lte => {
                        matches!(compare(actual, expected), Some(Ordering::Less | Ordering::Equal))
                    }
                    ComparisonOperator::Gt => compare(actual, expected) == Some(Ordering::Greater),
                    ComparisonOperator::Gte => {
                        matches!(compare(actual, expected), Some(Ordering::Greater | Ordering::Equal))
                    }
                    _ => false,
                }
            }
        }
    }
}

/// Equality on the plain JSON forms, so an `int` equals the same `long` and an enum its symbol.
fn equal(actual: &PropertyValue, expected: &PropertyValue) -> bool {
    let (a, b) = (actual.to_json(), expected.to_json());
    match (&a, &b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// Ordering of numbers (numerically), dates (in time) and strings (by code point).
fn compare(actual: &PropertyValue, expected: &PropertyValue) -> Option<Ordering> {
    if let (Some(a), Some(b)) = (actual.as_timestamp(), expected.as_timestamp()) {
        return Some(a.cmp(&b));
    }
    match (actual.to_json(), expected.to_json()) {
        (Value::Number(a), Value::Number(b)) => match (a.as_i64(), b.as_i64()) {
            (Some(a), Some(b)) => Some(a.cmp(&b)),
            _ => a.as_f64()?.partial_cmp(&b.as_f64()?),
        },
        (Value::String(a), Value::String(b)) => Some(a.cmp(&b)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rows::{Provenance, Stamp};
    use integration_daemon_api::{ElementProperties, SearchProperties};
    use std::collections::BTreeMap;

    fn row(type_name: &str, properties: ElementProperties) -> ElementRow {
        ElementRow {
            guid: "g".into(),
            type_name: type_name.into(),
            status: ElementStatus::Active,
            properties,
            stamp: Stamp::new("u", 0),
            provenance: Provenance::default(),
            anchor_guid: None,
            anchor_type: None,
            parent_guid: None,
            archived: false,
            effective_from: None,
            effective_to: None,
            classifications: BTreeMap::new(),
        }
    }

    fn filter(query: &ElementQuery) -> ElementFilter {
        ElementFilter::new(&TypeRegistry::builtin(), query).unwrap()
    }

    fn conditions(criteria: MatchCriteria, conditions: Vec<PropertyCondition>) -> ElementQuery {
        ElementQuery {
            search_properties: Some(SearchProperties { conditions, match_criteria: criteria }),
            ..ElementQuery::default()
        }
    }

    fn condition(property: &str, operator: ComparisonOperator, value: Option<PropertyValue>) -> PropertyCondition {
        PropertyCondition { property: property.into(), operator, value }
    }

    #[test]
    fn types_include_subtypes_unless_skipped() {
        let csv = row("CSVFile", ElementProperties::new());
        assert!(filter(&ElementQuery::of_type("DataFile")).matches(&csv));
        assert!(filter(&ElementQuery::of_type("Asset")).matches(&csv));
        assert!(!filter(&ElementQuery { skip_subtypes: true, ..ElementQuery::of_type("DataFile") }).matches(&csv));
        assert!(!filter(&ElementQuery::of_type("Process")).matches(&csv));
        let unknown = ElementFilter::new(&TypeRegistry::builtin(), &ElementQuery::of_type("Nope")).unwrap_err();
        assert!(unknown.message().contains("Nope"));
    }

    #[test]
    fn conditions_compare_by_kind_and_combine() {
        use ComparisonOperator::{Eq, Gt, In, IsNull, Like, Lte, Neq, NotNull};
        let element = row("RelationalColumn", ElementProperties::new().with("position", 3).with("displayName", "id"));
        let cases: Vec<(PropertyCondition, bool)> = vec![
            (condition("position", Eq, Some(PropertyValue::Long(3))), true),
            (condition("position", Neq, Some(3.into())), false),
            (condition("position", Gt, Some(2.into())), true),
            (condition("position", Lte, Some(2.into())), false),
            (condition("displayName", In, Some(vec!["x", "id"].into())), true),
            (condition("displayName", Like, Some("^i".into())), true),
            (condition("description", IsNull, None), true),
            (condition("displayName", NotNull, None), true),
            (condition("description", Eq, Some("x".into())), false),
        ];
        for (condition, expected) in cases {
            let label = format!("{condition:?}");
            assert_eq!(filter(&conditions(MatchCriteria::All, vec![condition])).matches(&element), expected, "{label}");
        }
        let one_true = vec![condition("position", Eq, Some(3.into())), condition("position", Eq, Some(4.into()))];
        assert!(!filter(&conditions(MatchCriteria::All, one_true.clone())).matches(&element));
        assert!(filter(&conditions(MatchCriteria::Any, one_true.clone())).matches(&element));
        assert!(!filter(&conditions(MatchCriteria::None, one_true)).matches(&element));
    }

    #[test]
    fn zones_deleted_and_archived() {
        let mut element = row("DataSet", ElementProperties::new());
        let in_zone = |zones: &[&str]| ElementQuery {
            zones: zones.iter().map(|z| (*z).to_owned()).collect(),
            ..ElementQuery::default()
        };
        assert!(filter(&in_zone(&["lake"])).matches(&element), "no zones: in every zone");
        element.classifications.insert(
            "ZoneMembership".into(),
            crate::engine::rows::ClassificationRow {
                name: "ZoneMembership".into(),
                properties: ElementProperties::new().with("zoneMembership", Vec::<String>::new()),
                stamp: Stamp::new("u", 0),
                provenance: Provenance::default(),
            },
        );
        assert!(!filter(&in_zone(&["lake"])).matches(&element), "empty zones: in none");
        element.status = ElementStatus::Deleted;
        assert!(!filter(&ElementQuery::default()).matches(&element));
        assert!(
            filter(&ElementQuery { statuses: vec![ElementStatus::Deleted], ..ElementQuery::default() })
                .matches(&element)
        );
        element.status = ElementStatus::Active;
        element.archived = true;
        assert!(!filter(&ElementQuery::default()).matches(&element));
        assert!(filter(&ElementQuery { for_lineage: true, ..ElementQuery::default() }).matches(&element));
    }
}
