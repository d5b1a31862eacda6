//! The open metadata type definitions: one file of Egeria's type names, supertypes, attributes,
//! relationship ends and enums (`types/open-metadata-types.toml`), loaded once and queryable, and
//! the validation of elements, relationships and classifications against it.

mod registry;
mod validate;

pub(crate) use registry::closest as closest_name;
pub use registry::{
    AttributeDef, AttributeType, BUILTIN_TYPES_TOML, Cardinality, EnumDef, PrimitiveType, RelationshipEndDef, TypeDef,
    TypeRegistry,
};
pub use validate::{EndElement, ValidationMode};
