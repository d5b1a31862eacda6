//! The columns of a Parquet file, from its footer: the file ends with its metadata (Thrift's
//! compact protocol), the metadata's length (4 bytes, little-endian) and the magic `PAR1`. Of the
//! metadata (`FileMetaData`) only the schema is read — a flattened tree of `SchemaElement`s, the
//! root first, each group followed by its children — and reading stops there, before the row
//! groups.
//!
//! Each leaf of the schema is a column, in the order of the file's column chunks. A leaf inside
//! groups is named by its path, dotted: `address.geo.lat`, and the element of a list column is
//! `tags.list.element` (the names Parquet itself gives the column chunks).
//!
//! A small Thrift compact-protocol reader does the decoding: field headers, zigzag varints,
//! binaries, lists, structs, and skipping whatever else the metadata holds. Every length is
//! checked against the bytes at hand and nesting is bounded, so a damaged or hostile file gives an
//! error, never a panic or a large allocation.

use std::fmt;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

/// The magic at both ends of a Parquet file.
const MAGIC: &[u8; 4] = b"PAR1";

/// The magic of a file whose footer is encrypted.
const ENCRYPTED_MAGIC: &[u8; 4] = b"PARE";

/// How deep Thrift values may nest before the metadata is refused.
const MAX_DEPTH: u32 = 64;

/// A column of a Parquet file: a leaf of its schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParquetColumn {
    /// The names from the top-level field to the leaf.
    pub path: Vec<String>,
    /// The physical type: `BOOLEAN`, `INT32`, `INT64`, `INT96`, `FLOAT`, `DOUBLE`, `BYTE_ARRAY` or
    /// `FIXED_LEN_BYTE_ARRAY`.
    pub physical_type: String,
    /// The logical type (or, in files without one, the converted type), as Parquet's schema
    /// language writes it: `STRING`, `DECIMAL(10,2)`, `TIMESTAMP(MICROS,true)`, `INTEGER(8,true)`,
    /// `DATE`, `UUID`, ... or `UTF8`, `TIMESTAMP_MILLIS`, `UINT_32`, ...
    pub logical_type: Option<String>,
    /// True when a value can be missing: the leaf or a group on its path is optional or repeated.
    pub nullable: bool,
    /// The length in bytes of a `FIXED_LEN_BYTE_ARRAY`.
    pub length: Option<i32>,
    /// The precision of a decimal.
    pub precision: Option<i32>,
}

impl ParquetColumn {
    /// The column's name: its path, dotted.
    pub fn name(&self) -> String {
        self.path.join(".")
    }

    /// Its data type: the logical type when it has one, else the physical type.
    pub fn data_type(&self) -> &str {
        self.logical_type.as_deref().unwrap_or(&self.physical_type)
    }
}

/// Why a Parquet file's columns could not be read.
#[derive(Debug)]
pub enum ParquetSchemaError {
    /// The file could not be read.
    Io(io::Error),
    /// The file is not Parquet, or its footer is damaged: the reason.
    Malformed(String),
    /// The schema goes on beyond the bytes one may read.
    TooLarge {
        /// The size of the metadata, in bytes.
        metadata: u64,
        /// How many bytes of it were read.
        limit: usize,
    },
}

impl fmt::Display for ParquetSchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParquetSchemaError::Io(error) => write!(f, "the file cannot be read: {error}"),
            ParquetSchemaError::Malformed(reason) => write!(f, "the Parquet footer is not valid: {reason}"),
            ParquetSchemaError::TooLarge { metadata, limit } => write!(
                f,
                "the schema does not end within the first {limit} bytes of the {metadata}-byte Parquet metadata \
                 (maxHeaderBytes)"
            ),
        }
    }
}

/// The columns of the Parquet file at `path`, reading at most `max_bytes` of its metadata.
pub fn read_parquet_columns(path: &Path, max_bytes: usize) -> Result<Vec<ParquetColumn>, ParquetSchemaError> {
    let mut file = File::open(path).map_err(ParquetSchemaError::Io)?;
    let size = file.metadata().map_err(ParquetSchemaError::Io)?.len();
    if size < 12 {
        return Err(ParquetSchemaError::Malformed(format!("the file is {size} bytes long, too short for Parquet")));
    }
    let mut tail = [0_u8; 8];
    file.seek(SeekFrom::Start(size - 8)).and_then(|_| file.read_exact(&mut tail)).map_err(ParquetSchemaError::Io)?;
    let (length, magic) = tail.split_at(4);
    if magic == ENCRYPTED_MAGIC {
        return Err(ParquetSchemaError::Malformed("the footer is encrypted".into()));
    }
    if magic != MAGIC {
        return Err(ParquetSchemaError::Malformed("the file does not end with PAR1".into()));
    }
    let length = u64::from(u32::from_le_bytes(length.try_into().unwrap_or_default()));
    if length + 12 > size {
        return Err(ParquetSchemaError::Malformed(format!(
            "the footer gives the metadata {length} bytes, more than the {size}-byte file holds"
        )));
    }
    let wanted = usize::try_from(length).unwrap_or(usize::MAX).min(max_bytes);
    let mut metadata = vec![0_u8; wanted];
    file.seek(SeekFrom::Start(size - 8 - length))
        .and_then(|_| file.read_exact(&mut metadata))
        .map_err(ParquetSchemaError::Io)?;
    match parse_schema(&metadata) {
        Ok(columns) => Ok(columns),
        Err(ThriftError::EndOfData) if (wanted as u64) < length => {
            Err(ParquetSchemaError::TooLarge { metadata: length, limit: max_bytes })
        }
        Err(error) => Err(ParquetSchemaError::Malformed(error.to_string())),
    }
}

/// The columns described by the start of a `FileMetaData` structure (Thrift compact protocol).
pub fn parquet_columns_from_metadata(metadata: &[u8]) -> Result<Vec<ParquetColumn>, String> {
    parse_schema(metadata).map_err(|error| error.to_string())
}

fn parse_schema(metadata: &[u8]) -> Result<Vec<ParquetColumn>, ThriftError> {
    let mut reader = Reader::new(metadata);
    let mut last = 0;
    // FileMetaData: 1 version, 2 schema, 3 num_rows, 4 row_groups, ...: stop at the schema.
    while let Some((id, kind)) = reader.field_header(&mut last)? {
        if id == 2 {
            expect(kind, LIST, "FileMetaData.schema")?;
            let (count, element) = reader.list_header()?;
            expect(element, STRUCT, "FileMetaData.schema's elements")?;
            let mut elements = Vec::new();
            for _ in 0..count {
                elements.push(SchemaElement::read(&mut reader)?);
            }
            return leaves(elements);
        }
        reader.skip(kind, 0)?;
    }
    Err(ThriftError::Invalid("the metadata has no schema".into()))
}

/// One node of the flattened schema tree.
#[derive(Debug, Default)]
struct SchemaElement {
    physical_type: Option<i32>,
    type_length: Option<i32>,
    repetition: Option<i32>,
    name: Option<String>,
    num_children: Option<i32>,
    converted_type: Option<i32>,
    scale: Option<i32>,
    precision: Option<i32>,
    logical_type: Option<String>,
    /// The precision a `DECIMAL` logical type gives.
    logical_precision: Option<i32>,
}

impl SchemaElement {
    fn read(reader: &mut Reader<'_>) -> Result<SchemaElement, ThriftError> {
        let mut element = SchemaElement::default();
        let mut last = 0;
        while let Some((id, kind)) = reader.field_header(&mut last)? {
            let field = |name: &str| format!("SchemaElement.{name}");
            match id {
                1 => element.physical_type = Some(reader.i32_field(kind, &field("type"))?),
                2 => element.type_length = Some(reader.i32_field(kind, &field("type_length"))?),
                3 => element.repetition = Some(reader.i32_field(kind, &field("repetition_type"))?),
                4 => {
                    expect(kind, BINARY, &field("name"))?;
                    element.name = Some(String::from_utf8_lossy(reader.binary()?).into_owned());
                }
                5 => element.num_children = Some(reader.i32_field(kind, &field("num_children"))?),
                6 => element.converted_type = Some(reader.i32_field(kind, &field("converted_type"))?),
                7 => element.scale = Some(reader.i32_field(kind, &field("scale"))?),
                8 => element.precision = Some(reader.i32_field(kind, &field("precision"))?),
                10 => {
                    expect(kind, STRUCT, &field("logicalType"))?;
                    (element.logical_type, element.logical_precision) = logical_type(reader)?;
                }
                _ => reader.skip(kind, 1)?,
            }
        }
        Ok(element)
    }
}

/// The leaves of a flattened schema, with their paths.
fn leaves(elements: Vec<SchemaElement>) -> Result<Vec<ParquetColumn>, ThriftError> {
    let invalid = |reason: &str| ThriftError::Invalid(reason.to_owned());
    let mut elements = elements.into_iter();
    let root = elements.next().ok_or_else(|| invalid("the schema is empty"))?;
    let children = root.num_children.unwrap_or(0);
    // The open groups: how many children each still has, its name, and whether a value can be
    // missing at or above it.
    let mut open: Vec<(i32, Option<String>, bool)> = vec![(children, None, false)];
    let mut columns = Vec::new();
    for element in elements {
        let Some((remaining, _, parent_nullable)) = open.last_mut() else {
            return Err(invalid("the schema has more elements than its groups have children"));
        };
        *remaining -= 1;
        let nullable = *parent_nullable || element.repetition.is_some_and(|repetition| repetition != 0);
        let name = element.name.clone().ok_or_else(|| invalid("a schema element has no name"))?;
        match element.num_children {
            Some(count) if count < 0 => return Err(invalid("a group has a negative number of children")),
            Some(count) if count > 0 => open.push((count, Some(name), nullable)),
            // A group without children holds no column.
            Some(_) if element.physical_type.is_none() => {}
            _ => {
                let physical = element.physical_type.ok_or_else(|| invalid("a leaf of the schema has no type"))?;
                let mut path: Vec<String> = open.iter().filter_map(|(_, name, _)| name.clone()).collect();
                path.push(name);
                columns.push(ParquetColumn {
                    path,
                    physical_type: physical_type(physical),
                    logical_type: element.logical_type.clone().or_else(|| converted_type(&element)),
                    nullable,
                    length: element.type_length.filter(|_| physical == 7),
                    precision: element.logical_precision.or(element.precision.filter(|_| is_decimal(&element))),
                });
            }
        }
        while open.last().is_some_and(|(remaining, ..)| *remaining == 0) {
            open.pop();
        }
    }
    if !open.is_empty() {
        return Err(invalid("the schema ends before its groups have all their children"));
    }
    Ok(columns)
}

fn physical_type(code: i32) -> String {
    match code {
        0 => "BOOLEAN".into(),
        1 => "INT32".into(),
        2 => "INT64".into(),
        3 => "INT96".into(),
        4 => "FLOAT".into(),
        5 => "DOUBLE".into(),
        6 => "BYTE_ARRAY".into(),
        7 => "FIXED_LEN_BYTE_ARRAY".into(),
        other => format!("TYPE({other})"),
    }
}

fn is_decimal(element: &SchemaElement) -> bool {
    element.converted_type == Some(5) || element.logical_type.as_deref().is_some_and(|t| t.starts_with("DECIMAL"))
}

/// The converted type (Parquet's annotation before logical types), as its schema language writes it.
fn converted_type(element: &SchemaElement) -> Option<String> {
    const NAMES: [&str; 22] = [
        "UTF8",
        "MAP",
        "MAP_KEY_VALUE",
        "LIST",
        "ENUM",
        "DECIMAL",
        "DATE",
        "TIME_MILLIS",
        "TIME_MICROS",
        "TIMESTAMP_MILLIS",
        "TIMESTAMP_MICROS",
        "UINT_8",
        "UINT_16",
        "UINT_32",
        "UINT_64",
        "INT_8",
        "INT_16",
        "INT_32",
        "INT_64",
        "JSON",
        "BSON",
        "INTERVAL",
    ];
    let code = element.converted_type?;
    if code == 5 {
        return Some(format!("DECIMAL({},{})", element.precision.unwrap_or(0), element.scale.unwrap_or(0)));
    }
    let name = usize::try_from(code).ok().and_then(|index| NAMES.get(index));
    Some(name.map_or_else(|| format!("CONVERTED({code})"), |name| (*name).to_owned()))
}

/// A `LogicalType` union: the name of the member that is set, with its parameters, and a
/// decimal's precision.
fn logical_type(reader: &mut Reader<'_>) -> Result<(Option<String>, Option<i32>), ThriftError> {
    let mut last = 0;
    let mut name = None;
    let mut decimal_precision = None;
    while let Some((id, kind)) = reader.field_header(&mut last)? {
        let simple = |text: &str| Some(text.to_owned());
        let member = match (id, kind) {
            (5, STRUCT) => {
                let (mut scale, mut precision) = (0, 0);
                struct_fields(reader, |reader, id, kind| match id {
                    1 => reader.i32_field(kind, "DecimalType.scale").map(|value| scale = value),
                    2 => reader.i32_field(kind, "DecimalType.precision").map(|value| precision = value),
                    _ => reader.skip(kind, 2),
                })?;
                decimal_precision = Some(precision);
                Some(format!("DECIMAL({precision},{scale})"))
            }
            (7 | 8, STRUCT) => {
                let (mut utc, mut unit) = (false, "UNKNOWN");
                struct_fields(reader, |reader, id, kind| match id {
                    1 => bool_field(kind, "isAdjustedToUTC").map(|value| utc = value),
                    2 if kind == STRUCT => time_unit(reader).map(|value| unit = value),
                    _ => reader.skip(kind, 2),
                })?;
                Some(format!("{}({unit},{utc})", if id == 7 { "TIME" } else { "TIMESTAMP" }))
            }
            (10, STRUCT) => {
                let (mut bits, mut signed) = (0, true);
                struct_fields(reader, |reader, id, kind| match id {
                    1 => reader.i32_field(kind, "IntType.bitWidth").map(|value| bits = value),
                    2 => bool_field(kind, "IntType.isSigned").map(|value| signed = value),
                    _ => reader.skip(kind, 2),
                })?;
                Some(format!("INTEGER({bits},{signed})"))
            }
            (_, STRUCT) => {
                reader.skip(STRUCT, 1)?;
                match id {
                    1 => simple("STRING"),
                    2 => simple("MAP"),
                    3 => simple("LIST"),
                    4 => simple("ENUM"),
                    6 => simple("DATE"),
                    11 => simple("UNKNOWN"),
                    12 => simple("JSON"),
                    13 => simple("BSON"),
                    14 => simple("UUID"),
                    15 => simple("FLOAT16"),
                    16 => simple("VARIANT"),
                    17 => simple("GEOMETRY"),
                    18 => simple("GEOGRAPHY"),
                    other => Some(format!("LOGICAL({other})")),
                }
            }
            _ => {
                reader.skip(kind, 1)?;
                None
            }
        };
        name = name.or(member);
    }
    Ok((name, decimal_precision))
}

/// A `TimeUnit` union: `MILLIS`, `MICROS` or `NANOS`.
fn time_unit(reader: &mut Reader<'_>) -> Result<&'static str, ThriftError> {
    let mut unit = "UNKNOWN";
    struct_fields(reader, |reader, id, kind| {
        unit = match id {
            1 => "MILLIS",
            2 => "MICROS",
            3 => "NANOS",
            _ => unit,
        };
        reader.skip(kind, 3)
    })?;
    Ok(unit)
}

/// Reads the fields of a struct, handing each to `field` (which must consume its value).
fn struct_fields<'a>(
    reader: &mut Reader<'a>,
    mut field: impl FnMut(&mut Reader<'a>, i16, u8) -> Result<(), ThriftError>,
) -> Result<(), ThriftError> {
    let mut last = 0;
    while let Some((id, kind)) = reader.field_header(&mut last)? {
        field(reader, id, kind)?;
    }
    Ok(())
}

// Thrift compact protocol types.
const BOOLEAN_TRUE: u8 = 1;
const BOOLEAN_FALSE: u8 = 2;
const BYTE: u8 = 3;
const I16: u8 = 4;
const I32: u8 = 5;
const I64: u8 = 6;
const DOUBLE: u8 = 7;
const BINARY: u8 = 8;
const LIST: u8 = 9;
const SET: u8 = 10;
const MAP: u8 = 11;
const STRUCT: u8 = 12;
const UUID: u8 = 13;

/// What went wrong decoding.
#[derive(Debug, PartialEq, Eq)]
enum ThriftError {
    /// The data ends in the middle of a value.
    EndOfData,
    /// The data is not what a Parquet footer holds.
    Invalid(String),
}

impl fmt::Display for ThriftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ThriftError::EndOfData => f.write_str("the metadata ends in the middle of a value"),
            ThriftError::Invalid(reason) => f.write_str(reason),
        }
    }
}

/// A boolean field's value, which its type carries.
fn bool_field(kind: u8, what: &str) -> Result<bool, ThriftError> {
    match kind {
        BOOLEAN_TRUE => Ok(true),
        BOOLEAN_FALSE => Ok(false),
        _ => Err(ThriftError::Invalid(format!("{what} has the Thrift type {kind}, not a boolean"))),
    }
}

fn expect(kind: u8, expected: u8, what: &str) -> Result<(), ThriftError> {
    if kind == expected {
        Ok(())
    } else {
        Err(ThriftError::Invalid(format!("{what} has the Thrift type {kind}, not {expected}")))
    }
}

/// A Thrift compact-protocol decoder over a byte slice.
struct Reader<'a> {
    data: &'a [u8],
    position: usize,
}

impl<'a> Reader<'a> {
    fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data, position: 0 }
    }

    fn remaining(&self) -> usize {
        self.data.len() - self.position
    }

    fn bytes(&mut self, count: usize) -> Result<&'a [u8], ThriftError> {
        if count > self.remaining() {
            return Err(ThriftError::EndOfData);
        }
        let bytes = &self.data[self.position..self.position + count];
        self.position += count;
        Ok(bytes)
    }

    fn byte(&mut self) -> Result<u8, ThriftError> {
        Ok(self.bytes(1)?[0])
    }

    /// An unsigned LEB128 varint of at most 64 bits.
    fn varint(&mut self) -> Result<u64, ThriftError> {
        let mut value = 0_u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ThriftError::Invalid("a varint is longer than 64 bits".into()))
    }

    /// A zigzag-encoded signed integer.
    fn zigzag(&mut self) -> Result<i64, ThriftError> {
        let value = self.varint()?;
        // Zigzag: the low bit is the sign; the shifted value always fits in 63 bits.
        let magnitude = i64::try_from(value >> 1).unwrap_or(i64::MAX);
        Ok(if value & 1 == 0 { magnitude } else { -magnitude - 1 })
    }

    fn i32_field(&mut self, kind: u8, what: &str) -> Result<i32, ThriftError> {
        let value = match kind {
            BYTE => i64::from(i8::from_le_bytes([self.byte()?])),
            I16 | I32 | I64 => self.zigzag()?,
            _ => return Err(ThriftError::Invalid(format!("{what} has the Thrift type {kind}, not an integer"))),
        };
        i32::try_from(value).map_err(|_| ThriftError::Invalid(format!("{what} is out of range: {value}")))
    }

    fn binary(&mut self) -> Result<&'a [u8], ThriftError> {
        let length = self.varint()?;
        self.bytes(usize::try_from(length).map_err(|_| ThriftError::EndOfData)?)
    }

    /// The next field's id and type, or `None` at the end of the struct. `last` is the previous
    /// field's id (ids are sent as a delta from it when they can be).
    fn field_header(&mut self, last: &mut i16) -> Result<Option<(i16, u8)>, ThriftError> {
        let header = self.byte()?;
        if header == 0 {
            return Ok(None);
        }
        let kind = header & 0x0f;
        let delta = header >> 4;
        let id = if delta == 0 {
            i16::try_from(self.zigzag()?).map_err(|_| ThriftError::Invalid("a field id is out of range".into()))?
        } else {
            last.checked_add(i16::from(delta)).ok_or_else(|| ThriftError::Invalid("a field id overflows".into()))?
        };
        *last = id;
        Ok(Some((id, kind)))
    }

    /// A list's (or set's) size and element type.
    fn list_header(&mut self) -> Result<(usize, u8), ThriftError> {
        let header = self.byte()?;
        let kind = header & 0x0f;
        let size = match header >> 4 {
            15 => usize::try_from(self.varint()?).map_err(|_| ThriftError::EndOfData)?,
            small => usize::from(small),
        };
        // Every element takes a byte at least: a larger count cannot be in the data at hand.
        if size > self.remaining() {
            return Err(ThriftError::EndOfData);
        }
        Ok((size, kind))
    }

    /// Skips a value of type `kind`; `depth` is how deep it is nested.
    fn skip(&mut self, kind: u8, depth: u32) -> Result<(), ThriftError> {
        if depth > MAX_DEPTH {
            return Err(ThriftError::Invalid("the metadata is nested too deeply".into()));
        }
        match kind {
            // A boolean field carries its value in its type.
            BOOLEAN_TRUE | BOOLEAN_FALSE => Ok(()),
            BYTE => self.byte().map(drop),
            I16 | I32 | I64 => self.varint().map(drop),
            DOUBLE => self.bytes(8).map(drop),
            BINARY => self.binary().map(drop),
            UUID => self.bytes(16).map(drop),
            LIST | SET => {
                let (size, element) = self.list_header()?;
                for _ in 0..size {
                    self.skip_element(element, depth + 1)?;
                }
                Ok(())
            }
            MAP => {
                let size = usize::try_from(self.varint()?).map_err(|_| ThriftError::EndOfData)?;
                if size == 0 {
                    return Ok(());
                }
                if size > self.remaining() {
                    return Err(ThriftError::EndOfData);
                }
                let kinds = self.byte()?;
                for _ in 0..size {
                    self.skip_element(kinds >> 4, depth + 1)?;
                    self.skip_element(kinds & 0x0f, depth + 1)?;
                }
                Ok(())
            }
            STRUCT => {
                let mut last = 0;
                while let Some((_, kind)) = self.field_header(&mut last)? {
                    self.skip(kind, depth + 1)?;
                }
                Ok(())
            }
            other => Err(ThriftError::Invalid(format!("unknown Thrift type {other}"))),
        }
    }

    /// Skips an element of a list, set or map: there a boolean takes a byte.
    fn skip_element(&mut self, kind: u8, depth: u32) -> Result<(), ThriftError> {
        match kind {
            BOOLEAN_TRUE | BOOLEAN_FALSE => self.byte().map(drop),
            _ => self.skip(kind, depth),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes Thrift's compact protocol, for the tests.
    #[derive(Default)]
    struct Writer {
        data: Vec<u8>,
        last: Vec<i16>,
    }

    impl Writer {
        fn varint(&mut self, mut value: u64) -> &mut Self {
            loop {
                let byte = u8::try_from(value & 0x7f).unwrap();
                value >>= 7;
                if value == 0 {
                    self.data.push(byte);
                    return self;
                }
                self.data.push(byte | 0x80);
            }
        }

        fn zigzag(&mut self, value: i64) -> &mut Self {
            #[allow(clippy::cast_sign_loss, reason = "zigzag encoding")]
            let encoded = ((value << 1) ^ (value >> 63)) as u64;
            self.varint(encoded)
        }

        fn field(&mut self, id: i16, kind: u8) -> &mut Self {
            let last = self.last.last_mut().unwrap();
            let delta = id - *last;
            *last = id;
            if (1..=15).contains(&delta) {
                self.data.push((u8::try_from(delta).unwrap() << 4) | kind);
            } else {
                self.data.push(kind);
                self.zigzag(i64::from(id));
            }
            self
        }

        fn begin(&mut self) -> &mut Self {
            self.last.push(0);
            self
        }

        fn end(&mut self) -> &mut Self {
            self.data.push(0);
            self.last.pop();
            self
        }

        fn i32(&mut self, id: i16, value: i32) -> &mut Self {
            self.field(id, I32).zigzag(i64::from(value))
        }

        fn string(&mut self, id: i16, value: &str) -> &mut Self {
            self.field(id, BINARY).varint(value.len() as u64);
            self.data.extend_from_slice(value.as_bytes());
            self
        }

        fn list(&mut self, id: i16, size: usize, kind: u8) -> &mut Self {
            self.field(id, LIST);
            if size < 15 {
                self.data.push((u8::try_from(size).unwrap() << 4) | kind);
            } else {
                self.data.push(0xf0 | kind);
                self.varint(size as u64);
            }
            self
        }

        /// A schema element: name, then (type | children), repetition, converted type.
        fn element(&mut self, name: &str, physical: Option<i32>, children: Option<i32>, repetition: i32) -> &mut Self {
            self.begin();
            if let Some(physical) = physical {
                self.i32(1, physical);
            }
            self.i32(3, repetition).string(4, name);
            if let Some(children) = children {
                self.i32(5, children);
            }
            self
        }
    }

    /// FileMetaData with the version, then the schema elements written by `schema`, then a row
    /// group list and key-value metadata to skip.
    fn metadata(count: usize, schema: impl FnOnce(&mut Writer)) -> Vec<u8> {
        let mut writer = Writer::default();
        writer.begin().i32(1, 2).list(2, count, STRUCT);
        schema(&mut writer);
        writer.field(3, I64).zigzag(3);
        writer.data.extend_from_slice(&[0x19, 0x1c, 0x00]); // 4: row_groups, one empty struct
        writer.end();
        writer.data
    }

    fn names(columns: &[ParquetColumn]) -> Vec<String> {
        columns.iter().map(ParquetColumn::name).collect()
    }

    #[test]
    fn flat_and_nested_schemas_give_their_leaves_in_order() {
        let data = metadata(6, |w| {
            w.element("schema", None, Some(3), 0).end();
            w.element("id", Some(2), None, 0).end();
            w.element("address", None, Some(2), 1).end();
            w.element("city", Some(6), None, 0);
            w.field(6, I32).zigzag(0).end(); // converted type UTF8
            w.element("zip", Some(7), None, 0).i32(2, 5).end();
            w.element("amount", Some(1), None, 1).i32(6, 5).i32(7, 2).i32(8, 9).end();
        });
        let columns = parquet_columns_from_metadata(&data).unwrap();
        assert_eq!(names(&columns), ["id", "address.city", "address.zip", "amount"]);
        assert_eq!((columns[0].data_type(), columns[0].nullable), ("INT64", false));
        assert_eq!((columns[1].data_type(), columns[1].nullable), ("UTF8", true), "optional parent");
        assert_eq!((columns[2].physical_type.as_str(), columns[2].length), ("FIXED_LEN_BYTE_ARRAY", Some(5)));
        assert_eq!((columns[3].data_type(), columns[3].precision), ("DECIMAL(9,2)", Some(9)));
    }

    #[test]
    fn logical_types_are_named_with_their_parameters() {
        let data = metadata(5, |w| {
            w.element("schema", None, Some(4), 0).end();
            w.element("at", Some(2), None, 1).field(10, STRUCT).begin().field(8, STRUCT).begin();
            w.field(1, BOOLEAN_TRUE).field(2, STRUCT).begin().field(2, STRUCT).begin().end().end();
            w.end().end().end();
            w.element("small", Some(1), None, 1).field(10, STRUCT).begin().field(10, STRUCT).begin();
            w.field(1, BYTE).data.push(8);
            w.field(2, BOOLEAN_FALSE).end().end().end();
            w.element("price", Some(1), None, 1).field(10, STRUCT).begin().field(5, STRUCT).begin();
            w.i32(1, 2).i32(2, 9).end().end().end();
            w.element("uid", Some(7), None, 1).i32(2, 16).field(10, STRUCT).begin().field(14, STRUCT).begin();
            w.end().end().end();
        });
        let columns = parquet_columns_from_metadata(&data).unwrap();
        let types: Vec<_> = columns.iter().map(ParquetColumn::data_type).collect();
        assert_eq!(types, ["TIMESTAMP(MICROS,true)", "INTEGER(8,false)", "DECIMAL(9,2)", "UUID"]);
        assert_eq!(columns[2].precision, Some(9));
        assert_eq!(columns[3].length, Some(16));
    }

    #[test]
    fn long_lists_and_far_field_ids_are_read() {
        let data = metadata(17, |w| {
            w.element("schema", None, Some(16), 0).end();
            for i in 0..16 {
                w.element(&format!("c{i}"), Some(5), None, 1).i32(40, 7).end(); // an unknown field 40
            }
        });
        let columns = parquet_columns_from_metadata(&data).unwrap();
        assert_eq!(columns.len(), 16);
        assert_eq!(columns[15].name(), "c15");
    }

    #[test]
    fn damaged_metadata_is_an_error_never_a_panic() {
        let good = metadata(2, |w| {
            w.element("schema", None, Some(1), 0).end();
            w.element("id", Some(2), None, 0).end();
        });
        assert_eq!(parquet_columns_from_metadata(&good).unwrap().len(), 1);
        // Every truncation within the schema (what follows it is not read), and every single-byte
        // change: an answer, whatever it is.
        for end in 0..good.len() - 6 {
            assert!(parquet_columns_from_metadata(&good[..end]).is_err(), "cut at {end}");
        }
        for position in 0..good.len() {
            for value in [0x00, 0x0f, 0x7f, 0x80, 0xff] {
                let mut bad = good.clone();
                bad[position] = value;
                let _ = parquet_columns_from_metadata(&bad);
            }
        }
        let too_many = metadata(3, |w| {
            w.element("schema", None, Some(1), 0).end();
            w.element("id", Some(2), None, 0).end();
            w.element("extra", Some(2), None, 0).end();
        });
        assert!(parquet_columns_from_metadata(&too_many).unwrap_err().contains("more elements"));
        let too_few = metadata(2, |w| {
            w.element("schema", None, Some(2), 0).end();
            w.element("id", Some(2), None, 0).end();
        });
        assert!(parquet_columns_from_metadata(&too_few).unwrap_err().contains("ends before"));
        let mut deep = vec![0x1c; 200]; // struct in struct in ...
        deep.insert(0, 0x1c);
        assert!(parquet_columns_from_metadata(&deep).unwrap_err().contains("nested too deeply"));
        assert!(parquet_columns_from_metadata(&[0x15, 0x04, 0x00]).unwrap_err().contains("no schema"));
    }

    #[test]
    fn varints_and_zigzag() {
        let mut reader = Reader::new(&[0x96, 0x01, 0x03, 0x04, 0xff, 0xff, 0xff, 0xff, 0x0f]);
        assert_eq!(reader.varint(), Ok(150));
        assert_eq!(reader.zigzag(), Ok(-2));
        assert_eq!(reader.zigzag(), Ok(2));
        assert_eq!(reader.zigzag(), Ok(-2_147_483_648));
        let mut long = Reader::new(&[0xff; 11]);
        assert!(matches!(long.varint(), Err(ThriftError::Invalid(_))));
    }

    #[test]
    fn files_that_are_not_parquet_are_malformed() {
        let dir = tempfile::tempdir().unwrap();
        let check = |content: &[u8], expected: &str| {
            let path = dir.path().join("x.parquet");
            std::fs::write(&path, content).unwrap();
            let error = read_parquet_columns(&path, 1 << 16).unwrap_err();
            assert!(matches!(error, ParquetSchemaError::Malformed(_)), "{error}");
            assert!(error.to_string().contains(expected), "{error}");
        };
        check(b"PAR1", "too short");
        check(b"not a parquet file at all", "does not end with PAR1");
        check(b"PAR1\x00\x00\x00\x00\xff\xff\x00\x00PAR1", "more than the");
        check(b"PAR1\x00\x00\x00\x00\x01\x00\x00\x00PARE", "encrypted");
        check(b"PAR1\x00\x00\x00\x19\x01\x00\x00\x00PAR1", "ends in the middle");
        let mut file = b"PAR1".to_vec();
        let metadata = metadata(2, |w| {
            w.element("schema", None, Some(1), 0).end();
            w.element("id", Some(2), None, 0).end();
        });
        file.extend_from_slice(&metadata);
        file.extend_from_slice(&u32::try_from(metadata.len()).unwrap().to_le_bytes());
        file.extend_from_slice(b"PAR1");
        let path = dir.path().join("ok.parquet");
        std::fs::write(&path, &file).unwrap();
        assert_eq!(names(&read_parquet_columns(&path, 1 << 16).unwrap()), ["id"]);
        let error = read_parquet_columns(&path, 10).unwrap_err();
        assert!(matches!(error, ParquetSchemaError::TooLarge { limit: 10, .. }), "{error}");
        let error = read_parquet_columns(&dir.path().join("missing.parquet"), 10).unwrap_err();
        assert!(matches!(error, ParquetSchemaError::Io(_)), "{error}");
    }
}
