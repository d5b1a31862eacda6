//! Dates on the wire.
//!
//! Egeria 6 writes dates as ISO-8601 strings with milliseconds and an explicit offset
//! (`2021-12-20T07:20:40.038+00:00`, see egeria-wire.md §2.6). Older servers wrote epoch
//! milliseconds, so readers accept both.

use chrono::{DateTime, SecondsFormat, TimeZone, Utc};
use serde::{Deserialize, Deserializer, Serializer};

/// A point in time, always in UTC.
pub type Timestamp = DateTime<Utc>;

/// The current time, truncated to milliseconds (the precision Egeria keeps).
pub fn now() -> Timestamp {
    let now = Utc::now();
    Utc.timestamp_millis_opt(now.timestamp_millis()).single().unwrap_or(now)
}

/// Formats a timestamp the way Egeria 6 does: `2021-12-20T07:20:40.038+00:00`.
pub fn format_iso8601(time: &Timestamp) -> String {
    time.to_rfc3339_opts(SecondsFormat::Millis, false)
}

/// Parses an ISO-8601 / RFC 3339 timestamp or a number of epoch milliseconds.
pub fn parse_timestamp(text: &str) -> Option<Timestamp> {
    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        return Some(time.with_timezone(&Utc));
    }
    // Java's default `Date` format without a colon in the offset: 2021-12-20T07:20:40.038+0000
    if let Ok(time) = DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f%z") {
        return Some(time.with_timezone(&Utc));
    }
    text.parse::<i64>().ok().and_then(from_epoch_millis)
}

/// Converts epoch milliseconds to a timestamp.
pub fn from_epoch_millis(millis: i64) -> Option<Timestamp> {
    Utc.timestamp_millis_opt(millis).single()
}

#[derive(Deserialize)]
#[serde(untagged)]
enum WireDate {
    Text(String),
    Millis(i64),
}

fn decode<E: serde::de::Error>(value: WireDate) -> Result<Timestamp, E> {
    match value {
        WireDate::Text(text) => {
            parse_timestamp(&text).ok_or_else(|| E::custom(format!("'{text}' is not an ISO-8601 date")))
        }
        WireDate::Millis(millis) => {
            from_epoch_millis(millis).ok_or_else(|| E::custom(format!("{millis} is out of range for a date")))
        }
    }
}

/// `#[serde(with = "iso8601")]` for a required timestamp.
pub mod iso8601 {
    use super::{Deserialize, Deserializer, Serializer, Timestamp, WireDate, decode};

    /// Writes `2021-12-20T07:20:40.038+00:00`.
    pub fn serialize<S: Serializer>(time: &Timestamp, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::format_iso8601(time))
    }

    /// Reads an ISO-8601 string or epoch milliseconds.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
        decode(WireDate::deserialize(deserializer)?)
    }
}

/// `#[serde(with = "iso8601_option", default, skip_serializing_if = "Option::is_none")]`.
pub mod iso8601_option {
    use super::{Deserialize, Deserializer, Serializer, Timestamp, WireDate, decode};

    /// Writes the timestamp as `iso8601` does, or nothing.
    // serde's `with` contract passes `&Option<T>`.
    #[allow(clippy::ref_option)]
    pub fn serialize<S: Serializer>(time: &Option<Timestamp>, serializer: S) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => serializer.serialize_some(&super::format_iso8601(time)),
            None => serializer.serialize_none(),
        }
    }

    /// Reads an ISO-8601 string, epoch milliseconds or null.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Timestamp>, D::Error> {
        Option::<WireDate>::deserialize(deserializer)?.map(decode).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_egeria() {
        let time = parse_timestamp("2021-12-20T07:20:40.038+00:00").unwrap();
        assert_eq!(format_iso8601(&time), "2021-12-20T07:20:40.038+00:00");
    }

    #[test]
    fn reads_other_offsets_java_style_and_epoch_millis() {
        let expected = parse_timestamp("2021-12-20T07:20:40.038+00:00").unwrap();
        assert_eq!(parse_timestamp("2021-12-20T08:20:40.038+01:00"), Some(expected));
        assert_eq!(parse_timestamp("2021-12-20T07:20:40.038+0000"), Some(expected));
        assert_eq!(parse_timestamp("1639984840038"), Some(expected));
        assert_eq!(parse_timestamp("yesterday"), None);
    }

    #[test]
    fn now_has_millisecond_precision() {
        assert_eq!(now().timestamp_subsec_nanos() % 1_000_000, 0);
    }
}
