//! What is special to this integration service (hand-written).
