//! Typed async client for the [Revolv3](https://revolv3.com) payments API.
//!
//! Generated at build time from Revolv3's OpenAPI spec by
//! [progenitor](https://docs.rs/progenitor); the hand-written modules beside the generated code
//! add authentication, safe defaults and the fixes a production payments client needs.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use revolv3_client::{Client, Environment};
//!
//! let client = Client::builder(std::env::var("REVOLV3_TOKEN")?)
//!     .environment(Environment::Sandbox)
//!     .build()?;
//! let customer = client.get_customer().customer_id(42u64).send().await?;
//! println!("{:?}", customer.into_inner());
//! # Ok(())
//! # }
//! ```
//!
//! Enums are open: a value Revolv3 adds later decodes as `Unknown`, and every enum is
//! `#[non_exhaustive]`, so a `match` needs a wildcard arm and keeps compiling when a
//! regenerated client learns new values:
//!
//! ```
//! use revolv3_client::types::Severity;
//!
//! fn label(severity: &Severity) -> String {
//!     match severity {
//!         Severity::Error => "error".into(),
//!         Severity::Unknown(raw) => format!("unknown ({raw})"),
//!         other => other.to_string(),
//!     }
//! }
//! assert_eq!(label(&"Fatal".parse().unwrap()), "unknown (Fatal)");
//! ```
//!
//! Without the wildcard arm, the same `match` does not compile:
//!
//! ```compile_fail,E0004
//! use revolv3_client::types::Severity;
//!
//! fn label(severity: &Severity) -> &'static str {
//!     match severity {
//!         Severity::Error => "error",
//!         Severity::Warning => "warning",
//!         Severity::Info => "info",
//!         Severity::Unknown(_) => "unknown",
//!     }
//! }
//! ```
//!
//! Every operation is a builder: set parameters and the body, then `send()`. Success gives a
//! [`ResponseValue`] (status, headers, decoded body); documented error statuses give
//! [`Error::ErrorResponse`] with the decoded [`types::StatusMessageResponse`].
//!
//! Generated structs are `#[non_exhaustive]` too, so a field Revolv3 adds is a minor release
//! of this crate, not a breaking one. Build a request body with its builder (or deserialize
//! it), and change fields in place:
//!
//! ```
//! use revolv3_client::types::CreateCustomerRequestDto;
//!
//! let mut customer: CreateCustomerRequestDto = CreateCustomerRequestDto::builder()
//!     .first_name(Some("Ada".to_owned()))
//!     .last_name(Some("Lovelace".to_owned()))
//!     .try_into()
//!     .expect("every field is optional");
//! customer.merchant_customer_ref_id = Some("ada-1815".into());
//! ```
//!
//! A struct literal does not compile, with or without `..Default::default()`:
//!
//! ```compile_fail,E0639
//! use revolv3_client::types::CreateCustomerRequestDto;
//!
//! let customer = CreateCustomerRequestDto {
//!     first_name: Some("Ada".to_owned()),
//!     ..Default::default()
//! };
//! ```

#![cfg_attr(docsrs, feature(doc_cfg))]

mod bounded;
mod client_builder;
pub mod drift;
mod empty_body;
#[doc(hidden)]
pub mod forward_compatible;
mod headers;
mod hooks;
pub mod pagination;
mod response_head;
mod retry;
mod span;
mod state;
pub mod webhook;

/// The generated client: [`Client`], its per-operation builders and the [`types`].
// `deprecated`: the generated derives and builders use what the spec deprecates; callers
// still get the warning (see revolv3-codegen's deprecations).
#[allow(
    clippy::all,
    clippy::pedantic,
    deprecated,
    missing_docs,
    unused_comparisons,
    unused_mut,
    unused_imports,
    unreachable_pub,
    rustdoc::all
)]
mod generated {
    #[cfg(feature = "codegen")]
    include!(concat!(env!("OUT_DIR"), "/client.rs"));
    #[cfg(not(feature = "codegen"))]
    include!("../generated/client.rs");
}

/// httpmock helpers generated from the spec, so you can mock Revolv3 in your own tests:
/// `server.delete_customer(|when, then| { … })` via [`mock::MockServerExt`].
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
#[allow(
    clippy::all,
    clippy::pedantic,
    deprecated,
    missing_docs,
    unused_imports
)]
pub mod mock {
    #[cfg(feature = "codegen")]
    include!(concat!(env!("OUT_DIR"), "/mock.rs"));
    #[cfg(not(feature = "codegen"))]
    include!("../generated/mock.rs");
}

pub use bounded::{Bounded, OutOfRange};
pub use client_builder::{
    BuildError, ClientBuilder, Environment, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, USER_AGENT,
};
pub use generated::*;
pub use headers::HeaderError;
pub use hooks::TOKEN_HEADER;
/// The HTTP client this crate is built on, re-exported so you need no version-matched copy.
pub use reqwest;
pub use retry::RetryPolicy;
pub use state::ClientState;
