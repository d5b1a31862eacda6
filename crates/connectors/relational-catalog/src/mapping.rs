//! From a harvested [`Catalog`] to the beans the database service writes: qualified names (which
//! are also the synchronizer's keys), and the properties of the database, its schemas, tables,
//! views, columns, primary and foreign keys.
//!
//! Everything here is pure: the harvesters read, this maps, the connector synchronizes.

use std::borrow::Cow;

use database_integrator::{
    Classification, DatabaseColumnProperties, DatabaseForeignKeyProperties, DatabasePrimaryKeyProperties,
    DatabaseProperties, DatabaseSchemaProperties, DatabaseTableProperties, DatabaseViewProperties,
};

use crate::catalog::{Catalog, Column, ForeignKey, Schema, Table};
use crate::config::{RelationalCatalogConfig, Technology};

/// A name as a part of a qualified name: `%`, `:` and `#` are percent-encoded, so `::` only ever
/// separates parts and no name can end in the `#...` suffixes the synchronizer appends to keys.
/// Ordinary names are left as they are.
pub fn name_part(name: &str) -> Cow<'_, str> {
    if name.contains(['%', ':', '#']) {
        Cow::Owned(name.replace('%', "%25").replace(':', "%3A").replace('#', "%23"))
    } else {
        Cow::Borrowed(name)
    }
}

/// The qualified name of a schema: `<database>::<schema>`.
pub fn schema_qualified_name(database: &str, schema: &str) -> String {
    format!("{database}::{}", name_part(schema))
}

/// The qualified name of a table or view: `<database>::<schema>::<table>`.
pub fn table_qualified_name(database: &str, schema: &str, table: &str) -> String {
    format!("{database}::{}::{}", name_part(schema), name_part(table))
}

/// The qualified name of a column: `<database>::<schema>::<table>::<column>`.
pub fn column_qualified_name(database: &str, schema: &str, table: &str, column: &str) -> String {
    format!("{database}::{}::{}::{}", name_part(schema), name_part(table), name_part(column))
}

/// The synchronizer key of a foreign key: the referencing column's, then the referenced column's.
pub(crate) fn foreign_key_key(referencing: &str, referenced: &str) -> String {
    format!("{referencing}#references:{referenced}")
}

/// The `deployedImplementationType` of the database.
pub fn deployed_implementation_type(technology: Technology, version: Option<&str>) -> &'static str {
    match technology {
        Technology::PostgreSql => "PostgreSQL Relational Database",
        Technology::MariaDb if version.is_some_and(|version| !version.contains("MariaDB")) => {
            "MySQL Relational Database"
        }
        Technology::MariaDb => "MariaDB Relational Database",
        Technology::Sqlite => "SQLite Relational Database",
    }
}

/// The language of view definitions (`formulaType`).
pub const VIEW_FORMULA_TYPE: &str = "SQL";

/// The properties of the database.
pub(crate) fn database_properties(config: &RelationalCatalogConfig, catalog: &Catalog) -> DatabaseProperties {
    DatabaseProperties {
        display_name: Some(config.database_name().to_owned()),
        resource_name: Some(config.database_name().to_owned()),
        deployed_implementation_type: Some(
            deployed_implementation_type(config.technology(), catalog.version.as_deref()).to_owned(),
        ),
        database_version: catalog.version.clone(),
        path_name: config.sqlite_path().map(|path| path.display().to_string()),
        ..DatabaseProperties::new(config.database_qualified_name())
    }
}

/// The properties of a schema.
pub(crate) fn schema_properties(database: &str, schema: &Schema) -> DatabaseSchemaProperties {
    DatabaseSchemaProperties {
        display_name: Some(schema.name.clone()),
        resource_name: Some(schema.name.clone()),
        description: schema.comment.clone(),
        ..DatabaseSchemaProperties::new(schema_qualified_name(database, &schema.name))
    }
}

/// The properties of a table.
pub(crate) fn table_properties(qualified_name: &str, table: &Table) -> DatabaseTableProperties {
    DatabaseTableProperties {
        display_name: Some(table.name.clone()),
        description: table.comment.clone(),
        ..DatabaseTableProperties::new(qualified_name)
    }
}

/// The properties of a view: its definition is the formula of its `CalculatedValue`.
pub(crate) fn view_properties(qualified_name: &str, view: &Table) -> DatabaseViewProperties {
    DatabaseViewProperties {
        display_name: Some(view.name.clone()),
        description: view.comment.clone(),
        formula: view.definition.clone(),
        formula_type: view.definition.as_ref().map(|_| VIEW_FORMULA_TYPE.to_owned()),
        ..DatabaseViewProperties::new(qualified_name)
    }
}

/// The properties of a column, and its `PrimaryKey` classification when it is part of the key.
pub(crate) fn column_properties(
    qualified_name: String,
    table: &Table,
    column: &Column,
) -> (DatabaseColumnProperties, Vec<Classification>) {
    let properties = DatabaseColumnProperties {
        display_name: Some(column.name.clone()),
        description: column.comment.clone(),
        data_type: Some(column.data_type.clone()),
        is_nullable: Some(column.nullable),
        default_value: column.default.clone(),
        formula: column.generated.clone(),
        element_position: Some(column.position),
        ..DatabaseColumnProperties::new(qualified_name)
    };
    let classifications = if column.primary_key {
        let key = DatabasePrimaryKeyProperties { display_name: table.primary_key_name.clone(), ..Default::default() };
        vec![key.into_classification()]
    } else {
        Vec::new()
    };
    (properties, classifications)
}

/// The properties of a foreign key.
pub(crate) fn foreign_key_properties(foreign_key: &ForeignKey) -> DatabaseForeignKeyProperties {
    DatabaseForeignKeyProperties { display_name: foreign_key.name.clone(), ..Default::default() }
}

#[cfg(test)]
mod tests {
    use database_integrator::{Connection, Endpoint};

    use super::*;
    use crate::catalog::TableKind;

    #[test]
    fn names_keep_parts_apart() {
        assert_eq!(schema_qualified_name("PostgreSQL::h:5432::db", "sales"), "PostgreSQL::h:5432::db::sales");
        assert_eq!(table_qualified_name("D", "sales", "orders"), "D::sales::orders");
        assert_eq!(column_qualified_name("D", "sales", "orders", "id"), "D::sales::orders::id");
        assert_eq!(table_qualified_name("D", "a::b", "c"), "D::a%3A%3Ab::c");
        assert_ne!(table_qualified_name("D", "a::b", "c"), table_qualified_name("D", "a", "b::c"));
        assert_eq!(column_qualified_name("D", "s", "t", "50%#1"), "D::s::t::50%25%231");
        assert!(matches!(name_part("plain name"), Cow::Borrowed(_)));
        assert_eq!(foreign_key_key("D::s::o::c", "D::s::c::id"), "D::s::o::c#references:D::s::c::id");
    }

    #[test]
    fn implementation_types_follow_the_server() {
        assert_eq!(
            deployed_implementation_type(Technology::MariaDb, Some("10.11.6-MariaDB")),
            "MariaDB Relational Database"
        );
        assert_eq!(deployed_implementation_type(Technology::MariaDb, Some("8.0.36")), "MySQL Relational Database");
        assert_eq!(deployed_implementation_type(Technology::MariaDb, None), "MariaDB Relational Database");
        assert_eq!(deployed_implementation_type(Technology::PostgreSql, None), "PostgreSQL Relational Database");
    }

    fn table(kind: TableKind) -> Table {
        Table {
            name: "orders".into(),
            kind,
            comment: Some("what was bought".into()),
            definition: (kind == TableKind::View).then(|| "SELECT 1".to_owned()),
            primary_key_name: Some("orders_pkey".into()),
            columns: Vec::new(),
            foreign_keys: Vec::new(),
        }
    }

    #[test]
    fn catalog_items_become_beans() {
        let mut connection = Connection::for_provider("omis.database.sqlite");
        connection.endpoint = Some(Endpoint::at("/data/shop.db"));
        let config = RelationalCatalogConfig::from_connection(Technology::Sqlite, &connection).unwrap();
        let catalog = Catalog { version: Some("3.46.0".into()), ..Catalog::default() };
        let database = database_properties(&config, &catalog);
        assert_eq!(database.qualified_name.as_deref(), Some("SQLite::/data/shop.db"));
        assert_eq!(database.display_name.as_deref(), Some("shop.db"));
        assert_eq!(database.path_name.as_deref(), Some("/data/shop.db"));
        assert_eq!(database.database_version.as_deref(), Some("3.46.0"));
        assert_eq!(database.deployed_implementation_type.as_deref(), Some("SQLite Relational Database"));

        let schema = schema_properties("D", &Schema { name: "main".into(), comment: None, tables: Vec::new() });
        assert_eq!(schema.qualified_name.as_deref(), Some("D::main"));
        assert_eq!(schema.display_name.as_deref(), Some("main"));

        let properties = table_properties("D::main::orders", &table(TableKind::Table));
        assert_eq!(properties.display_name.as_deref(), Some("orders"));
        assert_eq!(properties.description.as_deref(), Some("what was bought"));
        let view = view_properties("D::main::orders", &table(TableKind::View));
        assert_eq!(view.formula.as_deref(), Some("SELECT 1"));
        assert_eq!(view.formula_type.as_deref(), Some("SQL"));

        let id = Column {
            name: "id".into(),
            position: 1,
            data_type: "integer".into(),
            nullable: false,
            default: Some("nextval('orders_id_seq'::regclass)".into()),
            primary_key: true,
            ..Column::default()
        };
        let (properties, classifications) =
            column_properties("D::main::orders::id".into(), &table(TableKind::Table), &id);
        assert_eq!(properties.qualified_name.as_deref(), Some("D::main::orders::id"));
        assert_eq!(properties.data_type.as_deref(), Some("integer"));
        assert_eq!(properties.is_nullable, Some(false));
        assert_eq!(properties.default_value.as_deref(), Some("nextval('orders_id_seq'::regclass)"));
        assert_eq!(properties.element_position, Some(1));
        assert_eq!(classifications.len(), 1);
        assert_eq!(classifications[0].name, "PrimaryKey");
        assert_eq!(classifications[0].properties.get_str("displayName"), Some("orders_pkey"));
        let plain = Column { primary_key: false, ..id };
        assert!(column_properties("x".into(), &table(TableKind::Table), &plain).1.is_empty());
    }
}
