//! End-to-end tests of `revolv3-client` against local httpmock servers.

mod calls;
mod client;
mod common;
mod coverage;
mod drift;
mod enums;
mod faults;
mod integration_bodies;
mod operations;
mod pagination;
mod prism;
mod retries;
mod seed;
mod webhooks;
mod wiring;
