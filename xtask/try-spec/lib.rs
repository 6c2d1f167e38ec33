// Written by `cargo xtask try-spec`: the support the generated code expects at its crate root,
// borrowed from revolv3-client, around the generated client.
#![allow(warnings, clippy::all)]

pub use revolv3_client::{Bounded, ClientState, pagination};

pub mod forward_compatible {
    pub use revolv3_client::{integer_enum, string_enum};
}

mod generated {
    include!("client.rs");
}
pub use generated::*;

impl progenitor_client::ClientHooks<ClientState> for Client {}
