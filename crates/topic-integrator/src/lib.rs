//! # topic-integrator
//!
//! Event brokers (Kafka, NATS, MQTT, ...): topics, the event types that flow through them and the attributes of those events.

mod generated;
mod special;

pub use generated::*;
