//! From OpenLineage run events to what the receiver writes: the facts each event gives about its
//! job, its run, its datasets and their schemas, merged into one plan per batch of events, and
//! the property beans written for them. Pure functions, no I/O.
//!
//! The names:
//!
//! | OpenLineage | open metadata | qualifiedName |
//! |---|---|---|
//! | job | `Process` | `<namespace>::<name>` |
//! | input or output dataset | `DataSet` | `<namespace>::<name>` |
//! | schema field (`facets.schema.fields`) | `TabularColumn` (nested: `SchemaAttribute`) | `<data set qualifiedName>#<field>[.<nested field>...]` |
//!
//! The latest run of a job is kept on its `Process`: `activityStatus`, `startTime`,
//! `completionTime`, and the additional properties [`RUN_ID_PROPERTY`], [`EVENT_TYPE_PROPERTY`]
//! and [`EVENT_TIME_PROPERTY`].

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::hash::{Hash, Hasher};

use integration_daemon_api::time::{Timestamp, from_epoch_millis, parse_timestamp};
use lineage_integrator::serde_json::Value;
use lineage_integrator::{
    ActivityStatus, DataAssetProperties, DataFlowProperties, INVALID_OPEN_LINEAGE_EVENT, OpenLineageRunEvent,
    ProcessContainmentProperties, ProcessContainmentType, ProcessProperties, Result,
};
use open_metadata_beans::SchemaAttributeProperties;

/// The synchronizer scope of everything the receiver writes (a tag on its correlations; nothing
/// is ever removed from it).
pub const SYNC_SCOPE: &str = "openlineage";

/// Additional property of a job's `Process`: the id of its latest run.
pub const RUN_ID_PROPERTY: &str = "openLineage.runId";
/// Additional property of a job's `Process`: the type of the latest event of its latest run.
pub const EVENT_TYPE_PROPERTY: &str = "openLineage.eventType";
/// Additional property of a job's `Process`: the time of that event, as sent.
pub const EVENT_TIME_PROPERTY: &str = "openLineage.eventTime";

/// The deepest nesting of schema fields that is catalogued; deeper fields are left out.
pub const MAX_FIELD_DEPTH: usize = 16;
/// The most schema fields catalogued for one data set; those after are left out.
pub const MAX_FIELDS_PER_DATA_SET: usize = 5_000;

/// The qualified name of a job's `Process`.
pub fn job_qualified_name(namespace: &str, name: &str) -> String {
    format!("{namespace}::{name}")
}

/// The qualified name of a dataset's `DataSet`.
pub fn dataset_qualified_name(namespace: &str, name: &str) -> String {
    format!("{namespace}::{name}")
}

/// The qualified name of a schema field of a data set: the field's path is its name, after the
/// names of the fields it is nested in, joined by dots.
pub fn field_qualified_name(dataset_qualified_name: &str, path: &str) -> String {
    format!("{dataset_qualified_name}#{path}")
}

/// The correlation key of a job.
pub(crate) fn job_key(namespace: &str, name: &str) -> String {
    format!("job:{namespace}::{name}")
}

/// The correlation key of a dataset.
pub(crate) fn dataset_key(namespace: &str, name: &str) -> String {
    format!("dataset:{namespace}::{name}")
}

/// The correlation key of a schema field.
pub(crate) fn field_key(dataset_key: &str, path: &str) -> String {
    format!("{dataset_key}#{path}")
}

/// The correlation key of a data flow.
pub(crate) fn flow_key(from: &str, to: &str) -> String {
    format!("flow:{from}->{to}")
}

/// The correlation key of a process hierarchy link (parent job → child job).
pub(crate) fn hierarchy_key(parent: &str, child: &str) -> String {
    format!("parent:{parent}->{child}")
}

/// Checks what the receiver needs beyond the spec's own checks ([`OpenLineageRunEvent::validate`]):
/// every input and output names its namespace and name.
pub fn check_event(event: &OpenLineageRunEvent) -> Result<()> {
    event.validate()?;
    for (side, datasets) in [("inputs", &event.inputs), ("outputs", &event.outputs)] {
        for (index, dataset) in datasets.iter().enumerate() {
            for (field, value) in [("namespace", &dataset.namespace), ("name", &dataset.name)] {
                if value.trim().is_empty() {
                    let problem = format!("{side}[{index}].{field} is empty");
                    return Err(INVALID_OPEN_LINEAGE_EVENT.error(&[&problem]).with_parameter_name("event"));
                }
            }
        }
    }
    Ok(())
}

/// A point in an event's life, for ordering: its parsed time (`None` when it cannot be parsed:
/// such an event counts as the newest).
fn order_of(time: Option<Timestamp>) -> (bool, i64) {
    time.map_or((true, 0), |time| (false, time.timestamp_millis()))
}

/// A time kept to the millisecond, as the repository keeps it.
fn to_millis(time: Timestamp) -> Timestamp {
    from_epoch_millis(time.timestamp_millis()).unwrap_or(time)
}

/// The latest run of a job, as far as the events received tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RunFacts {
    pub run_id: String,
    /// The type of the latest event of the run (`START`, `RUNNING`, `COMPLETE`, `FAIL`, `ABORT`).
    pub event_type: String,
    /// Its time, as sent.
    pub event_time: String,
    /// When the run started (its `START` event).
    pub start_time: Option<Timestamp>,
    /// When it ended (its `COMPLETE`, `FAIL` or `ABORT` event).
    pub completion_time: Option<Timestamp>,
}

impl RunFacts {
    /// The run facts of one event; `None` for events that say nothing about the run's state
    /// (`OTHER`, or no event type).
    fn of(event: &OpenLineageRunEvent) -> Option<RunFacts> {
        let event_type = event.event_type.as_deref()?;
        let time = parse_timestamp(&event.event_time).map(to_millis);
        let (start_time, completion_time) = match event_type {
            "START" => (time, None),
            "RUNNING" => (None, None),
            "COMPLETE" | "FAIL" | "ABORT" => (None, time),
            _ => return None,
        };
        Some(RunFacts {
            run_id: event.run.run_id.clone(),
            event_type: event_type.to_owned(),
            event_time: event.event_time.clone(),
            start_time,
            completion_time,
        })
    }

    fn order(&self) -> (bool, i64) {
        order_of(parse_timestamp(&self.event_time))
    }

    /// The status of the run after its latest event.
    pub fn status(&self) -> Option<ActivityStatus> {
        match self.event_type.as_str() {
            "START" | "RUNNING" => Some(ActivityStatus::InProgress),
            "COMPLETE" => Some(ActivityStatus::Completed),
            "FAIL" => Some(ActivityStatus::Failed),
            "ABORT" => Some(ActivityStatus::Cancelled),
            _ => None,
        }
    }

    /// What is known after `newer` arrived: the run of the newest event; for one run, its start
    /// and end from whichever event gave them. An older event of another run changes nothing; an
    /// older event of the same run only fills in a start or end not known yet.
    fn merge(current: Option<&RunFacts>, incoming: &RunFacts) -> RunFacts {
        let Some(current) = current else { return incoming.clone() };
        let incoming_is_newer = incoming.order() >= current.order();
        if current.run_id != incoming.run_id {
            return if incoming_is_newer { incoming.clone() } else { current.clone() };
        }
        let (latest, other) = if incoming_is_newer { (incoming, current) } else { (current, incoming) };
        RunFacts {
            run_id: latest.run_id.clone(),
            event_type: latest.event_type.clone(),
            event_time: latest.event_time.clone(),
            start_time: latest.start_time.or(other.start_time),
            completion_time: latest.completion_time.or(other.completion_time),
        }
    }
}

/// What is known of a job. Merging keeps what a later event does not say again: lineage
/// accumulates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct JobFacts {
    pub namespace: String,
    pub name: String,
    /// `facets.documentation.description`.
    pub description: Option<String>,
    /// `facets.sql.query`.
    pub sql: Option<String>,
    /// `facets.sourceCodeLocation.url`.
    pub source_code_url: Option<String>,
    /// `facets.jobType`: integration and job type, e.g. `AIRFLOW TASK`.
    pub job_type: Option<String>,
    pub run: Option<RunFacts>,
}

impl JobFacts {
    /// A job known by its name only.
    pub fn named(namespace: &str, name: &str) -> JobFacts {
        JobFacts {
            namespace: namespace.to_owned(),
            name: name.to_owned(),
            description: None,
            sql: None,
            source_code_url: None,
            job_type: None,
            run: None,
        }
    }

    /// What one event says of its job.
    fn of(event: &OpenLineageRunEvent) -> JobFacts {
        let facets = &event.job.facets;
        let job_type = facets.get("jobType").filter(|facet| !is_deleted(facet)).and_then(|facet| {
            let parts: Vec<&str> = ["integration", "jobType"].iter().filter_map(|field| text(facet, field)).collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        });
        JobFacts {
            description: facet_text(facets, "documentation", "description"),
            sql: facet_text(facets, "sql", "query"),
            source_code_url: facet_text(facets, "sourceCodeLocation", "url"),
            job_type,
            run: RunFacts::of(event),
            ..JobFacts::named(&event.job.namespace, &event.job.name)
        }
    }

    /// Adds what `other` says: its facets replace these when it has them; runs merge by time.
    pub fn merge(&mut self, other: &JobFacts) {
        fn take(mine: &mut Option<String>, theirs: Option<&String>) {
            if let Some(theirs) = theirs {
                *mine = Some(theirs.clone());
            }
        }
        take(&mut self.description, other.description.as_ref());
        take(&mut self.sql, other.sql.as_ref());
        take(&mut self.source_code_url, other.source_code_url.as_ref());
        take(&mut self.job_type, other.job_type.as_ref());
        if let Some(run) = &other.run {
            self.run = Some(RunFacts::merge(self.run.as_ref(), run));
        }
    }

    /// The `Process` written for the job.
    pub fn properties(&self) -> ProcessProperties {
        let run = self.run.as_ref();
        let additional = run.map(|run| {
            BTreeMap::from([
                (RUN_ID_PROPERTY.to_owned(), run.run_id.clone()),
                (EVENT_TYPE_PROPERTY.to_owned(), run.event_type.clone()),
                (EVENT_TIME_PROPERTY.to_owned(), run.event_time.clone()),
            ])
        });
        ProcessProperties {
            display_name: Some(self.name.clone()),
            description: self.description.clone(),
            namespace_path: Some(self.namespace.clone()),
            resource_name: Some(self.name.clone()),
            formula: self.sql.clone(),
            formula_type: self.sql.as_ref().map(|_| "SQL".to_owned()),
            url: self.source_code_url.clone(),
            deployed_implementation_type: self.job_type.clone(),
            activity_status: run.and_then(RunFacts::status),
            start_time: run.and_then(|run| run.start_time),
            completion_time: run.and_then(|run| run.completion_time),
            additional_properties: additional,
            ..ProcessProperties::new(job_qualified_name(&self.namespace, &self.name))
        }
    }

    /// What a `Process` written by the receiver says (to merge new events into after a restart).
    pub fn from_properties(namespace: &str, name: &str, properties: &ProcessProperties) -> JobFacts {
        let additional = properties.additional_properties.as_ref();
        let property = |key: &str| additional.and_then(|map| map.get(key)).cloned();
        let run = match (property(RUN_ID_PROPERTY), property(EVENT_TYPE_PROPERTY), property(EVENT_TIME_PROPERTY)) {
            (Some(run_id), Some(event_type), Some(event_time)) => Some(RunFacts {
                run_id,
                event_type,
                event_time,
                start_time: properties.start_time,
                completion_time: properties.completion_time,
            }),
            _ => None,
        };
        JobFacts {
            description: properties.description.clone(),
            sql: properties.formula.clone(),
            source_code_url: properties.url.clone(),
            job_type: properties.deployed_implementation_type.clone(),
            run,
            ..JobFacts::named(namespace, name)
        }
    }
}

/// What is known of a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DatasetFacts {
    pub namespace: String,
    pub name: String,
    /// `facets.documentation.description`.
    pub description: Option<String>,
}

impl DatasetFacts {
    /// A dataset known by its name only.
    pub fn named(namespace: &str, name: &str) -> DatasetFacts {
        DatasetFacts { namespace: namespace.to_owned(), name: name.to_owned(), description: None }
    }

    /// Adds what `other` says.
    pub fn merge(&mut self, other: &DatasetFacts) {
        if other.description.is_some() {
            self.description.clone_from(&other.description);
        }
    }

    /// The `DataSet` written for the dataset.
    pub fn properties(&self) -> DataAssetProperties {
        DataAssetProperties {
            type_name: Some("DataSet".to_owned()),
            display_name: Some(self.name.clone()),
            description: self.description.clone(),
            namespace_path: Some(self.namespace.clone()),
            resource_name: Some(self.name.clone()),
            ..DataAssetProperties::new(dataset_qualified_name(&self.namespace, &self.name))
        }
    }

    /// What a `DataSet` written by the receiver says.
    pub fn from_properties(namespace: &str, name: &str, properties: &DataAssetProperties) -> DatasetFacts {
        DatasetFacts { description: properties.description.clone(), ..DatasetFacts::named(namespace, name) }
    }
}

/// One field of a dataset's schema facet.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Field {
    /// Its name, after the names of the fields it is nested in, joined by dots.
    pub path: String,
    /// The path of the field it is nested in (`None` at the top).
    pub parent: Option<String>,
    pub name: String,
    pub data_type: Option<String>,
    pub description: Option<String>,
    /// Its position among its siblings, from 0.
    pub position: i32,
}

impl Field {
    /// The schema attribute written for the field of the data set `dataset_qualified_name`.
    pub fn properties(&self, dataset_qualified_name: &str) -> SchemaAttributeProperties {
        let type_name = if self.parent.is_none() { "TabularColumn" } else { "SchemaAttribute" };
        SchemaAttributeProperties {
            type_name: Some(type_name.to_owned()),
            qualified_name: Some(field_qualified_name(dataset_qualified_name, &self.path)),
            display_name: Some(self.name.clone()),
            description: self.description.clone(),
            data_type: self.data_type.clone(),
            element_position: Some(self.position),
            ..SchemaAttributeProperties::default()
        }
    }
}

/// The `fields` of a dataset's schema facet (`facets.schema.fields`), unless the facet is absent
/// or marked deleted.
pub(crate) fn schema_facet_fields(facets: &BTreeMap<String, Value>) -> Option<&Value> {
    let schema = facets.get("schema").filter(|facet| !is_deleted(facet))?;
    schema.get("fields").filter(|fields| fields.is_array())
}

/// A fingerprint of a schema facet's fields as sent (to know, without reading them, whether they
/// are the ones last written).
pub(crate) fn schema_fingerprint(fields: &Value) -> u64 {
    fn feed(value: &Value, hasher: &mut DefaultHasher) {
        match value {
            Value::Null => 0_u8.hash(hasher),
            Value::Bool(flag) => (1_u8, flag).hash(hasher),
            Value::Number(number) => (2_u8, number.to_string()).hash(hasher),
            Value::String(text) => (3_u8, text).hash(hasher),
            Value::Array(items) => {
                (4_u8, items.len()).hash(hasher);
                for item in items {
                    feed(item, hasher);
                }
            }
            Value::Object(map) => {
                (5_u8, map.len()).hash(hasher);
                for (key, value) in map {
                    key.hash(hasher);
                    feed(value, hasher);
                }
            }
        }
    }
    let mut hasher = DefaultHasher::new();
    feed(fields, &mut hasher);
    hasher.finish()
}

/// The fields of a schema facet's `fields`, parents before the fields nested in them. Fields
/// without a name, repeated at the same place, nested deeper than [`MAX_FIELD_DEPTH`] or beyond
/// [`MAX_FIELDS_PER_DATA_SET`] are left out.
pub(crate) fn schema_fields(fields: &Value) -> Vec<Field> {
    fn walk(fields: &[Value], parent: Option<&str>, depth: usize, seen: &mut HashSet<String>, out: &mut Vec<Field>) {
        if depth >= MAX_FIELD_DEPTH {
            return;
        }
        let mut position = 0;
        for field in fields {
            if out.len() >= MAX_FIELDS_PER_DATA_SET {
                return;
            }
            let Some(name) = text(field, "name") else { continue };
            let path = match parent {
                Some(parent) => format!("{parent}.{name}"),
                None => name.to_owned(),
            };
            if !seen.insert(path.clone()) {
                continue;
            }
            out.push(Field {
                path: path.clone(),
                parent: parent.map(str::to_owned),
                name: name.to_owned(),
                data_type: text(field, "type").map(str::to_owned),
                description: text(field, "description").map(str::to_owned),
                position,
            });
            position += 1;
            if let Some(Value::Array(nested)) = field.get("fields") {
                walk(nested, Some(&path), depth + 1, seen, out);
            }
        }
    }
    let mut out = Vec::new();
    if let Value::Array(fields) = fields {
        walk(fields, None, 0, &mut HashSet::new(), &mut out);
    }
    out
}

/// A non-empty string field of a JSON object.
fn text<'a>(value: &'a Value, field: &str) -> Option<&'a str> {
    value.get(field).and_then(Value::as_str).map(str::trim).filter(|text| !text.is_empty())
}

/// True for a facet the producer marks as deleted (`"_deleted": true`): it is ignored, as events
/// never remove anything.
fn is_deleted(facet: &Value) -> bool {
    facet.get("_deleted").and_then(Value::as_bool).unwrap_or(false)
}

/// A text field of a facet, unless the facet is marked deleted.
fn facet_text(facets: &BTreeMap<String, Value>, facet: &str, field: &str) -> Option<String> {
    facets.get(facet).filter(|facet| !is_deleted(facet)).and_then(|facet| text(facet, field)).map(str::to_owned)
}

/// The parent job of a run (`run.facets.parent.job`), when it names one other than the job itself.
fn parent_job(event: &OpenLineageRunEvent) -> Option<(String, String)> {
    let parent = event.run.facets.get("parent").filter(|facet| !is_deleted(facet))?;
    let job = parent.get("job")?;
    let (namespace, name) = (text(job, "namespace")?, text(job, "name")?);
    ((namespace, name) != (event.job.namespace.as_str(), event.job.name.as_str()))
        .then(|| (namespace.to_owned(), name.to_owned()))
}

/// Everything a batch of events says, merged: one entry per job, dataset, schema, flow and link.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Plan<'a> {
    /// Jobs by key (with the parent jobs runs name).
    pub jobs: BTreeMap<String, JobFacts>,
    /// Datasets by key.
    pub datasets: BTreeMap<String, DatasetFacts>,
    /// The fields of the newest schema facet of each dataset that had one, by dataset key.
    pub schemas: BTreeMap<String, &'a Value>,
    /// Data flows, (from key, to key): dataset → job for inputs, job → dataset for outputs.
    pub flows: BTreeSet<(String, String)>,
    /// Process hierarchy links, (parent job key, job key).
    pub hierarchy: BTreeSet<(String, String)>,
}

impl<'a> Plan<'a> {
    /// The plan of a batch of events, in the order they arrived.
    pub fn of(events: impl IntoIterator<Item = &'a OpenLineageRunEvent>, catalog_schemas: bool) -> Plan<'a> {
        let mut plan = Plan::default();
        for event in events {
            plan.add(event, catalog_schemas);
        }
        plan
    }

    fn add(&mut self, event: &'a OpenLineageRunEvent, catalog_schemas: bool) {
        let job = job_key(&event.job.namespace, &event.job.name);
        let facts = JobFacts::of(event);
        match self.jobs.get_mut(&job) {
            Some(known) => known.merge(&facts),
            None => {
                self.jobs.insert(job.clone(), facts);
            }
        }
        if let Some((namespace, name)) = parent_job(event) {
            let parent = job_key(&namespace, &name);
            self.jobs.entry(parent.clone()).or_insert_with(|| JobFacts::named(&namespace, &name));
            self.hierarchy.insert((parent, job.clone()));
        }
        for (datasets, is_input) in [(&event.inputs, true), (&event.outputs, false)] {
            for dataset in datasets {
                let key = dataset_key(&dataset.namespace, &dataset.name);
                let facts = DatasetFacts {
                    description: facet_text(&dataset.facets, "documentation", "description"),
                    ..DatasetFacts::named(&dataset.namespace, &dataset.name)
                };
                match self.datasets.get_mut(&key) {
                    Some(known) => known.merge(&facts),
                    None => {
                        self.datasets.insert(key.clone(), facts);
                    }
                }
                if catalog_schemas && let Some(fields) = schema_facet_fields(&dataset.facets) {
                    self.schemas.insert(key.clone(), fields);
                }
                let flow = if is_input { (key, job.clone()) } else { (job.clone(), key) };
                self.flows.insert(flow);
            }
        }
    }
}

/// The properties of a data flow: `input` into a job, `output` out of it.
pub(crate) fn flow_properties(is_input: bool) -> DataFlowProperties {
    DataFlowProperties { label: Some(if is_input { "input" } else { "output" }.to_owned()), ..Default::default() }
}

/// The properties of a parent job → job link.
pub(crate) fn hierarchy_properties() -> ProcessContainmentProperties {
    ProcessContainmentProperties { containment_type: Some(ProcessContainmentType::Owned), ..Default::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(json: &str) -> OpenLineageRunEvent {
        OpenLineageRunEvent::from_json(json).unwrap()
    }

    fn run_event(event_type: &str, run_id: &str, time: &str, job_facets: &str) -> OpenLineageRunEvent {
        event(&format!(
            r#"{{"eventType": "{event_type}", "eventTime": "{time}", "run": {{"runId": "{run_id}"}},
                "job": {{"namespace": "airflow", "name": "daily", "facets": {{{job_facets}}}}},
                "producer": "https://example.com/producer"}}"#
        ))
    }

    const FULL: &str = r#"{
        "eventType": "START",
        "eventTime": "2026-11-23T10:00:00.123456Z",
        "run": { "runId": "r1", "facets": { "parent": { "run": { "runId": "p1" }, "job": { "namespace": "airflow", "name": "dag" } } } },
        "job": { "namespace": "airflow", "name": "dag.task", "facets": {
            "sql": { "query": "insert into daily select * from orders" },
            "documentation": { "description": "Daily totals" },
            "sourceCodeLocation": { "type": "git", "url": "https://git.example.com/dags/daily.py" },
            "jobType": { "processingType": "BATCH", "integration": "AIRFLOW", "jobType": "TASK" } } },
        "inputs": [ { "namespace": "postgres://db:5432", "name": "sales.public.orders",
            "facets": { "schema": { "fields": [
                { "name": "id", "type": "INTEGER", "description": "order id" },
                { "name": "customer", "type": "STRUCT", "fields": [
                    { "name": "name", "type": "VARCHAR" },
                    { "name": "address", "type": "STRUCT", "fields": [ { "name": "city", "type": "VARCHAR" } ] } ] },
                { "name": "id", "type": "BIGINT" },
                { "type": "VARCHAR" } ] },
              "documentation": { "description": "All orders" } } } ],
        "outputs": [ { "namespace": "s3://lake", "name": "daily", "facets": { "documentation": { "_deleted": true } } } ],
        "producer": "https://example.com/producer"
    }"#;

    #[test]
    fn an_event_gives_its_job_datasets_schema_flows_and_parent() {
        let full = event(FULL);
        let plan = Plan::of([&full], true);
        assert_eq!(plan.jobs.keys().collect::<Vec<_>>(), ["job:airflow::dag", "job:airflow::dag.task"]);
        let job = &plan.jobs["job:airflow::dag.task"];
        assert_eq!(job.description.as_deref(), Some("Daily totals"));
        assert_eq!(job.sql.as_deref(), Some("insert into daily select * from orders"));
        assert_eq!(job.source_code_url.as_deref(), Some("https://git.example.com/dags/daily.py"));
        assert_eq!(job.job_type.as_deref(), Some("AIRFLOW TASK"));
        let run = job.run.as_ref().unwrap();
        assert_eq!((run.run_id.as_str(), run.event_type.as_str()), ("r1", "START"));
        assert_eq!(run.start_time.unwrap().to_rfc3339(), "2026-11-23T10:00:00.123+00:00", "kept to the millisecond");
        assert_eq!(run.completion_time, None);
        assert_eq!(plan.jobs["job:airflow::dag"], JobFacts::named("airflow", "dag"));
        assert_eq!(
            plan.hierarchy.iter().cloned().collect::<Vec<_>>(),
            [("job:airflow::dag".to_owned(), "job:airflow::dag.task".to_owned())]
        );

        let orders = "dataset:postgres://db:5432::sales.public.orders";
        assert_eq!(plan.datasets.keys().collect::<Vec<_>>(), [orders, "dataset:s3://lake::daily"]);
        assert_eq!(plan.datasets[orders].description.as_deref(), Some("All orders"));
        assert_eq!(plan.datasets["dataset:s3://lake::daily"].description, None, "a deleted facet is ignored");
        assert_eq!(
            plan.flows.iter().cloned().collect::<Vec<_>>(),
            [
                ("dataset:postgres://db:5432::sales.public.orders".to_owned(), "job:airflow::dag.task".to_owned()),
                ("job:airflow::dag.task".to_owned(), "dataset:s3://lake::daily".to_owned()),
            ]
        );
        let orders_fields = schema_fields(plan.schemas[orders]);
        let fields: Vec<_> = orders_fields
            .iter()
            .map(|f| (f.path.as_str(), f.parent.as_deref(), f.data_type.as_deref(), f.position))
            .collect();
        assert_eq!(
            fields,
            [
                ("id", None, Some("INTEGER"), 0),
                ("customer", None, Some("STRUCT"), 1),
                ("customer.name", Some("customer"), Some("VARCHAR"), 0),
                ("customer.address", Some("customer"), Some("STRUCT"), 1),
                ("customer.address.city", Some("customer.address"), Some("VARCHAR"), 0),
            ],
            "a repeated name and a field without a name are left out"
        );
        assert!(!plan.schemas.contains_key("dataset:s3://lake::daily"));
        assert!(Plan::of([&full], false).schemas.is_empty(), "catalogSchemas=false");
    }

    #[test]
    fn beans_carry_the_facts() {
        let full = event(FULL);
        let plan = Plan::of([&full], true);
        let process = plan.jobs["job:airflow::dag.task"].properties();
        assert_eq!(process.qualified_name.as_deref(), Some("airflow::dag.task"));
        assert_eq!(process.display_name.as_deref(), Some("dag.task"));
        assert_eq!(process.namespace_path.as_deref(), Some("airflow"));
        assert_eq!(process.formula_type.as_deref(), Some("SQL"));
        assert_eq!(process.deployed_implementation_type.as_deref(), Some("AIRFLOW TASK"));
        assert_eq!(process.activity_status, Some(ActivityStatus::InProgress));
        let additional = process.additional_properties.clone().unwrap();
        assert_eq!(additional[RUN_ID_PROPERTY], "r1");
        assert_eq!(additional[EVENT_TYPE_PROPERTY], "START");
        assert_eq!(additional[EVENT_TIME_PROPERTY], "2026-11-23T10:00:00.123456Z");
        let back = JobFacts::from_properties("airflow", "dag.task", &process);
        assert_eq!(back, plan.jobs["job:airflow::dag.task"], "what is written reads back as the same facts");

        let orders = &plan.datasets["dataset:postgres://db:5432::sales.public.orders"];
        let data_set = orders.properties();
        assert_eq!(data_set.type_name.as_deref(), Some("DataSet"));
        assert_eq!(data_set.qualified_name.as_deref(), Some("postgres://db:5432::sales.public.orders"));
        assert_eq!(data_set.resource_name.as_deref(), Some("sales.public.orders"));
        assert_eq!(DatasetFacts::from_properties(&orders.namespace, &orders.name, &data_set), *orders);

        let fields = schema_fields(plan.schemas["dataset:postgres://db:5432::sales.public.orders"]);
        let city = fields[4].properties("postgres://db:5432::sales.public.orders");
        assert_eq!(city.type_name.as_deref(), Some("SchemaAttribute"));
        assert_eq!(
            city.qualified_name.as_deref(),
            Some("postgres://db:5432::sales.public.orders#customer.address.city")
        );
        assert_eq!(city.display_name.as_deref(), Some("city"));
        assert_eq!(fields[0].properties("x").type_name.as_deref(), Some("TabularColumn"));
        assert_eq!(fields[0].properties("x").description.as_deref(), Some("order id"));
    }

    #[test]
    fn runs_follow_the_newest_event_and_facets_accumulate() {
        let start = run_event("START", "r1", "2026-11-23T10:00:00Z", r#""sql": {"query": "select 1"}"#);
        let complete = run_event("COMPLETE", "r1", "2026-11-23T10:05:00Z", "");
        let mut job = JobFacts::of(&start);
        job.merge(&JobFacts::of(&complete));
        let run = job.run.clone().unwrap();
        assert_eq!(run.event_type, "COMPLETE");
        assert_eq!(run.status(), Some(ActivityStatus::Completed));
        assert_eq!(run.start_time.unwrap().to_rfc3339(), "2026-11-23T10:00:00+00:00");
        assert_eq!(run.completion_time.unwrap().to_rfc3339(), "2026-11-23T10:05:00+00:00");
        assert_eq!(job.sql.as_deref(), Some("select 1"), "a later event without the facet keeps it");

        // Out of order: the START of the same run after its COMPLETE only fills in what was missing.
        let mut late = JobFacts::of(&complete);
        late.merge(&JobFacts::of(&start));
        assert_eq!(late.run, job.run);

        // The same events again change nothing.
        let before = job.clone();
        job.merge(&JobFacts::of(&start));
        job.merge(&JobFacts::of(&complete));
        assert_eq!(job, before);

        // A new run replaces the old one; an older event of another run does not.
        let next = run_event("FAIL", "r2", "2026-11-24T10:00:00Z", "");
        job.merge(&JobFacts::of(&next));
        let run = job.run.clone().unwrap();
        assert_eq!((run.run_id.as_str(), run.status()), ("r2", Some(ActivityStatus::Failed)));
        assert_eq!(run.start_time, None);
        job.merge(&JobFacts::of(&run_event("START", "r0", "2026-11-22T10:00:00Z", "")));
        assert_eq!(job.run.as_ref().unwrap().run_id, "r2");
        let abort = run_event("ABORT", "r3", "2026-11-25T10:00:00+02:00", "");
        job.merge(&JobFacts::of(&abort));
        assert_eq!(job.run.as_ref().unwrap().status(), Some(ActivityStatus::Cancelled));
        // OTHER events say nothing of the run.
        assert_eq!(JobFacts::of(&run_event("OTHER", "r4", "2026-11-26T10:00:00Z", "")).run, None);
    }

    #[test]
    fn a_batch_merges_events_of_the_same_job_and_dataset() {
        let first = run_event("START", "r1", "2026-11-23T10:00:00Z", r#""documentation": {"description": "one"}"#);
        let second = run_event("COMPLETE", "r1", "2026-11-23T10:01:00Z", "");
        let plan = Plan::of([&first, &second], true);
        assert_eq!(plan.jobs.len(), 1);
        let job = &plan.jobs["job:airflow::daily"];
        assert_eq!(job.description.as_deref(), Some("one"));
        assert_eq!(job.run.as_ref().unwrap().event_type, "COMPLETE");
    }

    #[test]
    fn datasets_need_a_namespace_and_a_name() {
        let mut bad = event(FULL);
        bad.outputs[0].name = " ".into();
        let error = check_event(&bad).unwrap_err();
        assert_eq!(error.message_id(), INVALID_OPEN_LINEAGE_EVENT.id);
        assert!(error.message().contains("outputs[0].name is empty"), "{error}");
        bad.outputs.clear();
        bad.inputs[0].namespace = String::new();
        assert!(check_event(&bad).unwrap_err().message().contains("inputs[0].namespace"));
        assert!(check_event(&event(FULL)).is_ok());
    }

    #[test]
    fn unparseable_times_count_as_newest() {
        let mut job = JobFacts::of(&run_event("START", "r1", "2026-11-23T10:00:00Z", ""));
        job.merge(&JobFacts::of(&run_event("COMPLETE", "r1", "yesterday", "")));
        let run = job.run.unwrap();
        assert_eq!((run.event_type.as_str(), run.completion_time), ("COMPLETE", None));
    }
}
