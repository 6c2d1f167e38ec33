//! The OpenAPI vocabulary that `revolv3-codegen` and `revolv3-apidiff` share, so that each
//! fact about the format is written once: which versions exist, which keys of a path item are
//! operations, how a `$ref` is followed, which statuses mean success, how a free component name
//! is chosen, and how JSON pointers are written.

pub mod methods;
pub mod names;
pub mod pointer;
pub mod refs;
pub mod status;
pub mod version;

pub use methods::{METHODS, PathItemOperations, operations_of};
pub use refs::{Resolved, resolve, resolve_value};
pub use status::StatusClass;
pub use version::{Version, VersionError};
