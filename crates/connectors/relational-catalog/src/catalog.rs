//! What a harvest finds, whatever the technology: the database, its schemas, their tables and
//! views with columns, primary keys and foreign keys. The harvesters feed a [`CatalogBuilder`]
//! row by row (in any order), which keeps only what the patterns allow and drops foreign keys whose
//! ends were not catalogued.

use std::collections::BTreeMap;

use crate::config::CatalogFilter;

/// A database as harvested.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    /// The server's version, when the technology tells it.
    pub version: Option<String>,
    /// The schemas that pass the patterns, by name.
    pub schemas: Vec<Schema>,
    /// Parts of the catalog that could not be read (the harvest is then incomplete: nothing is
    /// removed on its account).
    pub problems: Vec<String>,
}

/// A schema and what it holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schema {
    /// Its name.
    pub name: String,
    /// Its comment.
    pub comment: Option<String>,
    /// Its tables and views that pass the patterns, by name.
    pub tables: Vec<Table>,
}

/// A table or a view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Its name.
    pub name: String,
    /// Table or view.
    pub kind: TableKind,
    /// Its comment.
    pub comment: Option<String>,
    /// A view's definition (its query).
    pub definition: Option<String>,
    /// The name of its primary key constraint, when it has one with a name.
    pub primary_key_name: Option<String>,
    /// Its columns, by position.
    pub columns: Vec<Column>,
    /// Its foreign keys, one per referencing column, by column then referenced column.
    pub foreign_keys: Vec<ForeignKey>,
}

/// Whether a relation is a table or a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// A table (base, partitioned, foreign, system-versioned).
    Table,
    /// A view (materialized or not).
    View,
}

/// A column.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Column {
    /// Its name.
    pub name: String,
    /// Its ordinal position in the table as the database numbers it (from 1; PostgreSQL leaves
    /// gaps where columns were dropped).
    pub position: i32,
    /// Its data type as the database writes it, e.g. `character varying(100)` or `int(11)`.
    pub data_type: String,
    /// Whether it accepts NULL.
    pub nullable: bool,
    /// Its default expression.
    pub default: Option<String>,
    /// The expression of a generated (computed) column.
    pub generated: Option<String>,
    /// Its comment.
    pub comment: Option<String>,
    /// Whether it is part of the table's primary key.
    pub primary_key: bool,
}

/// A foreign key from one column to the column it references (a composite key gives one per
/// column pair, with the same name).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ForeignKey {
    /// The referencing column, in the table that holds the key.
    pub column: String,
    /// The referenced column's schema.
    pub referenced_schema: String,
    /// The referenced column's table.
    pub referenced_table: String,
    /// The referenced column.
    pub referenced_column: String,
    /// The constraint's name, when the database names it.
    pub name: Option<String>,
}

impl Catalog {
    /// How many tables (not views) it holds.
    pub fn table_count(&self) -> usize {
        self.relations().filter(|table| table.kind == TableKind::Table).count()
    }

    /// How many views it holds.
    pub fn view_count(&self) -> usize {
        self.relations().filter(|table| table.kind == TableKind::View).count()
    }

    /// How many columns its tables and views hold.
    pub fn column_count(&self) -> usize {
        self.relations().map(|table| table.columns.len()).sum()
    }

    /// How many foreign keys (column pairs) it holds.
    pub fn foreign_key_count(&self) -> usize {
        self.relations().map(|table| table.foreign_keys.len()).sum()
    }

    fn relations(&self) -> impl Iterator<Item = &Table> {
        self.schemas.iter().flat_map(|schema| &schema.tables)
    }
}

/// A table while it is being built.
#[derive(Debug)]
struct TableEntry {
    table: Table,
    /// Columns by name.
    columns: BTreeMap<String, Column>,
}

/// Collects the rows of a harvest; see the [module](self) documentation.
#[derive(Debug)]
pub struct CatalogBuilder<'a> {
    filter: &'a CatalogFilter,
    version: Option<String>,
    schemas: BTreeMap<String, (Option<String>, BTreeMap<String, TableEntry>)>,
    foreign_keys: Vec<(String, String, ForeignKey)>,
    problems: Vec<String>,
}

impl<'a> CatalogBuilder<'a> {
    /// An empty catalog that keeps what `filter` allows.
    pub fn new(filter: &'a CatalogFilter) -> CatalogBuilder<'a> {
        CatalogBuilder {
            filter,
            version: None,
            schemas: BTreeMap::new(),
            foreign_keys: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// Records the server's version.
    pub fn version(&mut self, version: Option<String>) {
        self.version = version.filter(|version| !version.trim().is_empty());
    }

    /// Adds a schema, when the patterns allow it.
    pub fn schema(&mut self, name: &str, comment: Option<String>) {
        if self.filter.schemas.allows(name) {
            self.schemas.entry(name.to_owned()).or_insert_with(|| (non_blank(comment), BTreeMap::new()));
        }
    }

    /// The names of the schemas added so far (those the patterns allow).
    pub fn schema_names(&self) -> Vec<String> {
        self.schemas.keys().cloned().collect()
    }

    /// Adds a table or view of a schema added before, when the patterns allow it.
    pub fn table(
        &mut self,
        schema: &str,
        name: &str,
        kind: TableKind,
        comment: Option<String>,
        definition: Option<String>,
    ) {
        if kind == TableKind::View && !self.filter.include_views {
            return;
        }
        if !self.filter.tables.allows_table(schema, name) {
            return;
        }
        let Some((_, tables)) = self.schemas.get_mut(schema) else { return };
        tables.entry(name.to_owned()).or_insert_with(|| TableEntry {
            table: Table {
                name: name.to_owned(),
                kind,
                comment: non_blank(comment),
                definition: definition.map(|definition| definition.trim().to_owned()).filter(|d| !d.is_empty()),
                primary_key_name: None,
                columns: Vec::new(),
                foreign_keys: Vec::new(),
            },
            columns: BTreeMap::new(),
        });
    }

    /// True when a table (or view) was added.
    pub fn has_table(&self, schema: &str, table: &str) -> bool {
        self.entry(schema, table).is_some()
    }

    /// Adds a column to a table added before (the column of anything else is ignored).
    pub fn column(&mut self, schema: &str, table: &str, mut column: Column) {
        if let Some(entry) = self.entry_mut(schema, table) {
            column.default = non_blank(column.default);
            column.generated = non_blank(column.generated);
            column.comment = non_blank(column.comment);
            entry.columns.insert(column.name.clone(), column);
        }
    }

    /// Marks a column as part of its table's primary key (named `constraint` when the database
    /// names it).
    pub fn primary_key(&mut self, schema: &str, table: &str, column: &str, constraint: Option<String>) {
        if let Some(entry) = self.entry_mut(schema, table)
            && let Some(found) = entry.columns.get_mut(column)
        {
            found.primary_key = true;
            if entry.table.primary_key_name.is_none() {
                entry.table.primary_key_name = non_blank(constraint);
            }
        }
    }

    /// Adds a foreign key of a table; kept only when both its columns are catalogued.
    pub fn foreign_key(&mut self, schema: &str, table: &str, foreign_key: ForeignKey) {
        if self.has_table(schema, table) {
            self.foreign_keys.push((schema.to_owned(), table.to_owned(), foreign_key));
        }
    }

    /// Records that part of the catalog could not be read.
    pub fn problem(&mut self, problem: impl Into<String>) {
        self.problems.push(problem.into());
    }

    /// The catalog: tables and columns in order, foreign keys between catalogued columns only
    /// (one per column pair).
    pub fn build(mut self) -> Catalog {
        let foreign_keys = std::mem::take(&mut self.foreign_keys);
        for (schema, table, mut foreign_key) in foreign_keys {
            let referenced = self
                .entry(&foreign_key.referenced_schema, &foreign_key.referenced_table)
                .is_some_and(|entry| entry.columns.contains_key(&foreign_key.referenced_column));
            foreign_key.name = non_blank(foreign_key.name);
            if let Some(entry) = self.entry_mut(&schema, &table)
                && referenced
                && entry.columns.contains_key(&foreign_key.column)
            {
                entry.table.foreign_keys.push(foreign_key);
            }
        }
        let schemas = self
            .schemas
            .into_iter()
            .map(|(name, (comment, tables))| Schema {
                name,
                comment,
                tables: tables
                    .into_values()
                    .map(|entry| {
                        let mut table = entry.table;
                        table.columns = entry.columns.into_values().collect();
                        table.columns.sort_by(|a, b| a.position.cmp(&b.position).then_with(|| a.name.cmp(&b.name)));
                        table.foreign_keys.sort();
                        // Two constraints over the same pair of columns are one link.
                        table.foreign_keys.dedup_by(|b, a| {
                            (&a.column, &a.referenced_schema, &a.referenced_table, &a.referenced_column)
                                == (&b.column, &b.referenced_schema, &b.referenced_table, &b.referenced_column)
                        });
                        table
                    })
                    .collect(),
            })
            .collect();
        Catalog { version: self.version, schemas, problems: self.problems }
    }

    fn entry(&self, schema: &str, table: &str) -> Option<&TableEntry> {
        self.schemas.get(schema).and_then(|(_, tables)| tables.get(table))
    }

    fn entry_mut(&mut self, schema: &str, table: &str) -> Option<&mut TableEntry> {
        self.schemas.get_mut(schema).and_then(|(_, tables)| tables.get_mut(table))
    }
}

/// `None` for a missing or blank text.
fn non_blank(text: Option<String>) -> Option<String> {
    text.filter(|text| !text.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::NamePatterns;

    fn column(name: &str, position: i32) -> Column {
        Column { name: name.into(), position, data_type: "integer".into(), nullable: true, ..Column::default() }
    }

    fn fk(column: &str, schema: &str, table: &str, referenced: &str, name: &str) -> ForeignKey {
        ForeignKey {
            column: column.into(),
            referenced_schema: schema.into(),
            referenced_table: table.into(),
            referenced_column: referenced.into(),
            name: Some(name.into()),
        }
    }

    #[test]
    fn rows_in_any_order_make_an_ordered_catalog() {
        let filter = CatalogFilter::default();
        let mut builder = CatalogBuilder::new(&filter);
        builder.version(Some("15.2".into()));
        builder.schema("sales", Some(" ".into()));
        builder.schema("hr", Some("people".into()));
        builder.table("sales", "orders", TableKind::Table, Some(String::new()), None);
        builder.table("sales", "customers", TableKind::Table, Some("who buys".into()), None);
        builder.table("sales", "big", TableKind::View, None, Some(" SELECT 1 ".into()));
        builder.table("nowhere", "t", TableKind::Table, None, None);
        builder.column("sales", "orders", column("customer", 3));
        builder.column("sales", "orders", column("id", 1));
        builder.column("sales", "customers", column("id", 1));
        builder.column("sales", "ghost", column("id", 1));
        builder.primary_key("sales", "orders", "id", Some("orders_pkey".into()));
        builder.primary_key("sales", "orders", "missing", Some("other".into()));
        builder.foreign_key("sales", "orders", fk("customer", "sales", "customers", "id", "orders_customer_fkey"));
        builder.foreign_key("sales", "orders", fk("customer", "sales", "customers", "id", "duplicate"));
        builder.foreign_key("sales", "orders", fk("customer", "sales", "customers", "nope", "dangling"));
        builder.foreign_key("sales", "orders", fk("customer", "hr", "absent", "id", "elsewhere"));
        builder.foreign_key("sales", "orders", fk("nope", "sales", "customers", "id", "no column"));
        let catalog = builder.build();

        assert_eq!(catalog.version.as_deref(), Some("15.2"));
        let names: Vec<_> = catalog.schemas.iter().map(|schema| schema.name.as_str()).collect();
        assert_eq!(names, ["hr", "sales"]);
        assert_eq!(catalog.schemas[0].comment.as_deref(), Some("people"));
        assert_eq!(catalog.schemas[1].comment, None, "a blank comment is none");
        let sales = &catalog.schemas[1];
        let tables: Vec<_> = sales.tables.iter().map(|table| (table.name.as_str(), table.kind)).collect();
        assert_eq!(tables, [("big", TableKind::View), ("customers", TableKind::Table), ("orders", TableKind::Table)]);
        assert_eq!(sales.tables[0].definition.as_deref(), Some("SELECT 1"));
        let orders = &sales.tables[2];
        assert_eq!(orders.comment, None);
        assert_eq!(orders.primary_key_name.as_deref(), Some("orders_pkey"));
        let columns: Vec<_> = orders.columns.iter().map(|c| (c.name.as_str(), c.position, c.primary_key)).collect();
        assert_eq!(columns, [("id", 1, true), ("customer", 3, false)]);
        assert_eq!(orders.foreign_keys.len(), 1, "{:?}", orders.foreign_keys);
        assert_eq!(orders.foreign_keys[0].name.as_deref(), Some("duplicate"), "one link per column pair");
        assert_eq!((catalog.table_count(), catalog.view_count()), (2, 1));
        assert_eq!((catalog.column_count(), catalog.foreign_key_count()), (3, 1));
    }

    #[test]
    fn the_filter_keeps_what_the_patterns_allow() {
        let filter = CatalogFilter {
            schemas: NamePatterns::new(&["sales|hr"], &["hr"]).unwrap(),
            tables: NamePatterns::new(&[], &["tmp_.*", "sales\\.audit"]).unwrap(),
            include_views: false,
        };
        let mut builder = CatalogBuilder::new(&filter);
        for schema in ["sales", "hr", "staging"] {
            builder.schema(schema, None);
            for table in ["orders", "tmp_load", "audit"] {
                builder.table(schema, table, TableKind::Table, None, None);
            }
            builder.table(schema, "report", TableKind::View, None, None);
        }
        let catalog = builder.build();
        assert_eq!(catalog.schemas.len(), 1);
        let tables: Vec<_> = catalog.schemas[0].tables.iter().map(|table| table.name.as_str()).collect();
        assert_eq!(tables, ["orders"], "tmp_* by name, sales.audit by qualified name, no views");
    }
}
