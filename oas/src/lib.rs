//! The OpenAPI vocabulary that `revolv3-codegen` and `revolv3-apidiff` share, so that each
//! fact about the format is written once: which versions exist, which keys of a path item are
//! operations and how one is named (`METHOD /path`), how a path template reads, which keys hold data and which are names, where the schemas of a document are (and which keywords hold subschemas), how a `$ref` is followed, which statuses mean success and which response documents a status, which media types
//! carry JSON, how a free component name
//! is chosen, how JSON pointers are written and where a value is (file and pointer), and (feature `yaml`) how JSON or YAML bytes become a document, within limits.

#[cfg(feature = "yaml")]
pub mod document;
pub mod keys;
pub mod location;
pub mod media;
pub mod methods;
pub mod names;
pub mod operation;
pub mod path_template;
pub mod pointer;
#[cfg(feature = "yaml")]
pub mod position;
pub mod refs;
pub mod schema_walk;
pub mod status;
pub mod version;
#[cfg(feature = "yaml")]
pub mod yaml;

pub use keys::Keys;
pub use location::{Location, Span};
pub use methods::METHODS;
pub use operation::OperationKey;
pub use path_template::{PathTemplate, Segment, TemplateError};
pub use refs::{Resolved, resolve, resolve_value};
pub use status::StatusClass;
pub use version::{Version, VersionError};
