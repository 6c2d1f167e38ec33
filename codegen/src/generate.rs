//! Running progenitor on a normalized spec and formatting what it writes.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;

use proc_macro2::TokenStream;
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use quote::quote;
use serde_json::Value;

use crate::bounded::{BoundedInteger, find_bounded_integers};
use crate::enums::{EnumSchema, enum_item, find_enums};
use crate::error::{PipelineError, Result};
use crate::normalize::EMPTY_SUCCESS_EXTENSION;
use crate::operations::operations;
use crate::pagination::{find_paged_operations, paged_impls};

/// The Rust source generated from one spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedCode {
    /// The client: `types`, `Client`, one builder per operation.
    pub client: String,
    /// httpmock helpers (`MockServerExt` and per-operation `When`/`Then`), when asked for.
    pub mock: Option<String>,
}

/// Which files to generate besides the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mock {
    /// Also generate the httpmock helpers.
    Include,
    /// Only the client (a build without the `mock` feature has no use for the helpers).
    Skip,
}

/// Generates the client (and, if asked, the mock helpers) for a normalized spec, formatted,
/// with a "generated, do not edit" header.
pub fn generate(normalized: &Value, mock: Mock) -> Result<GeneratedCode> {
    let spec = to_openapi(normalized)?;
    let replacements = Replacements {
        bounded: find_bounded_integers(normalized).into_iter().collect(),
        enums: find_enums(normalized),
    };
    let version = crate::spec::info_version(normalized);
    // Each file is generated, parsed and formatted before the next is generated, so only one
    // file's token trees are alive at a time: on large specs they dominate peak memory.
    let client = {
        let tokens = run_generator(normalized, &spec, &replacements, |g, spec| {
            g.generate_tokens(spec)
        })?;
        let mut file = parse_file(tokens)?;
        let generated = Generated {
            normalized,
            enums: &replacements.enums,
        };
        for pass in AFTER_GENERATION {
            pass(&mut file, &generated)?;
        }
        format_file(&file, version)
    };
    let mock = match mock {
        Mock::Include => {
            let tokens = run_generator(normalized, &spec, &replacements, |g, spec| {
                g.httpmock(spec, "crate")
            })?;
            Some(format_file(&parse_file(tokens)?, version))
        }
        Mock::Skip => None,
    };
    Ok(GeneratedCode { client, mock })
}

/// What the passes over progenitor's output read besides the file.
struct Generated<'a> {
    /// The document the file was generated from.
    normalized: &'a Value,
    /// The enum schemas whose declarations replace typify's.
    enums: &'a [EnumSchema],
}

/// A pass over the generated client.
type FilePass = fn(&mut syn::File, &Generated<'_>) -> Result<()>;

/// The passes over progenitor's output, in order: the tables the crate reads, then
/// post-processing that matches exact shapes and fails when progenitor's output changes shape,
/// then the items the crate adds, then `#[deprecated]` where the spec deprecates.
const AFTER_GENERATION: [FilePass; 8] = [
    // Per operation: statuses documented without a body, and path templates.
    |file, g| add_items(file, empty_success_table(g.normalized)),
    |file, g| add_items(file, url_template_table(g.normalized)),
    |file, g| {
        crate::api_version::remove_api_version_header(file)
            .map_err(|e| unexpected_send(g.normalized, &e))
    },
    |file, _| {
        crate::json_schema::gate_json_schema_derives(file);
        Ok(())
    },
    |file, _| crate::non_exhaustive::mark_types_non_exhaustive(file),
    |file, g| {
        let paged = paged_impls(file, &find_paged_operations(g.normalized));
        file.items.extend(paged);
        Ok(())
    },
    |file, g| add_to_types_module(file, g.enums.iter().map(enum_item)),
    |file, g| crate::deprecations::mark_deprecated(file, g.normalized),
];

/// Appends the items `tokens` hold to the end of `file`.
fn add_items(file: &mut syn::File, tokens: TokenStream) -> Result<()> {
    file.items.extend(parse_file(tokens)?.items);
    Ok(())
}

/// The error for a generated `send()` whose shape `api_version.rs` no longer recognizes,
/// located at the operation it belongs to.
fn unexpected_send(normalized: &Value, e: &crate::api_version::UnexpectedSend) -> PipelineError {
    let message = format!(
        "the generated `send()` of `{}` holds {} of progenitor's `api-version` appends where \
         exactly one was expected: progenitor's output changed shape, so \
         `codegen/src/api_version.rs` must be updated before the header can be removed",
        e.operation, e.found
    );
    let operation = operations(normalized)
        .into_iter()
        .find(|(_, op)| op.get("operationId").and_then(Value::as_str) == Some(&e.operation));
    match operation {
        Some((key, _)) => PipelineError::in_operation(&key, key.pointer(), message),
        None => PipelineError::at("/paths", message),
    }
}

/// A constant listing, per operation, the success statuses documented without a body and the
/// JSON value that stands in for it (see `mark_empty_success_responses`).
fn empty_success_table(normalized: &Value) -> TokenStream {
    let mut rows = Vec::new();
    for (_, op) in operations(normalized) {
        let id = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let marks = op.get(EMPTY_SUCCESS_EXTENSION).and_then(Value::as_object);
        for (status, value) in marks.into_iter().flatten() {
            if let Ok(status) = status.parse::<u16>() {
                let json = value.to_string();
                rows.push(quote! { (#id, #status, #json) });
            }
        }
    }
    quote! {
        /// Success statuses that operations document without a body: operation id, status, and
        /// the JSON value the client decodes in place of the missing body.
        pub(crate) const EMPTY_SUCCESS_BODIES: &[(&str, u16, &str)] = &[#(#rows),*];
    }
}

/// A constant mapping each operation id to its path template, sorted by id for a binary
/// search: the request span's `url.template` (OpenTelemetry's HTTP client conventions), which
/// progenitor's `OperationInfo` does not carry.
fn url_template_table(normalized: &Value) -> TokenStream {
    let mut rows: Vec<(&str, String)> = operations(normalized)
        .into_iter()
        .filter_map(|(key, op)| Some((op.get("operationId")?.as_str()?, key.path)))
        .collect();
    rows.sort_unstable();
    let rows = rows.iter().map(|(id, path)| quote! { (#id, #path) });
    quote! {
        /// Each operation's path template, by operation id (sorted): the request span's
        /// `url.template`.
        pub(crate) const URL_TEMPLATES: &[(&str, &str)] = &[#(#rows),*];
    }
}

/// Types the generator must not derive itself.
struct Replacements {
    bounded: Vec<BoundedInteger>,
    enums: Vec<EnumSchema>,
}

/// Puts `items` at the end of the generated `types` module, where the replaced enums belong.
fn add_to_types_module(
    file: &mut syn::File,
    items: impl Iterator<Item = TokenStream>,
) -> Result<()> {
    let types = file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut(),
        _ => None,
    });
    let Some((_, content)) = types else {
        return Err(PipelineError::at(
            "",
            "the generator wrote no `types` module",
        ));
    };
    for tokens in items {
        let item = syn::parse2(tokens).map_err(|e| {
            PipelineError::at(
                "/components/schemas",
                format!("invalid enum declaration: {e}"),
            )
        })?;
        content.push(item);
    }
    Ok(())
}

fn settings(replacements: &Replacements) -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(crate::client_paths::tokens(
            crate::client_paths::CLIENT_STATE,
        ))
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq");
    for b in &replacements.bounded {
        settings.with_conversion(b.schema(), b.rust_type(), BoundedInteger::impls());
    }
    for e in &replacements.enums {
        settings.with_replacement(
            &e.name,
            e.rust_path(),
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    settings
}

/// Parses the normalized document as progenitor's `OpenAPI` model, reporting where it fails.
fn to_openapi(doc: &Value) -> Result<openapiv3::OpenAPI> {
    serde_path_to_error::deserialize(doc).map_err(|e| {
        let pointer = e
            .path()
            .iter()
            .filter_map(|segment| match segment {
                serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                _ => None,
            })
            .collect::<Vec<_>>();
        let pointer = crate::pointer::join("", pointer.iter().map(String::as_str));
        PipelineError::at(
            pointer,
            format!("not a valid OpenAPI 3.0 value: {}", e.inner()),
        )
    })
}

/// Serializes generator runs: the panic hook is process-wide state.
static GENERATOR_LOCK: Mutex<()> = Mutex::new(());

/// Runs one progenitor generation, turning both its errors and its panics into
/// [`PipelineError`]s. A panic is located by re-running the generator one operation at a time.
fn run_generator(
    doc: &Value,
    spec: &openapiv3::OpenAPI,
    replacements: &Replacements,
    run: impl Fn(&mut Generator, &openapiv3::OpenAPI) -> progenitor_result::Result,
) -> Result<TokenStream> {
    match attempt(replacements, spec, &run) {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(e)) => Err(locate(
            doc,
            replacements,
            &run,
            format!("the generator rejected the spec: {e}"),
        )),
        Err(panic) => Err(locate(
            doc,
            replacements,
            &run,
            format!("the generator failed: {panic}"),
        )),
    }
}

mod progenitor_result {
    pub type Result = std::result::Result<proc_macro2::TokenStream, progenitor::Error>;
}

fn attempt(
    replacements: &Replacements,
    spec: &openapiv3::OpenAPI,
    run: &impl Fn(&mut Generator, &openapiv3::OpenAPI) -> progenitor_result::Result,
) -> std::result::Result<progenitor_result::Result, String> {
    let _guard = GENERATOR_LOCK
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut generator = Generator::new(&settings(replacements));
    let outcome = catch_unwind(AssertUnwindSafe(|| run(&mut generator, spec)));
    std::panic::set_hook(previous);
    outcome.map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_else(|| "panic without a message".to_owned())
    })
}

/// Finds the first operation that fails on its own, to say where a failure comes from.
fn locate(
    doc: &Value,
    replacements: &Replacements,
    run: &impl Fn(&mut Generator, &openapiv3::OpenAPI) -> progenitor_result::Result,
    message: String,
) -> PipelineError {
    for (key, _) in operations(doc) {
        let mut single = doc.clone();
        if let Some(paths) = single.get_mut("paths").and_then(Value::as_object_mut) {
            paths.retain(|path, _| *path == key.path);
            if let Some(item) = paths.get_mut(&key.path).and_then(Value::as_object_mut) {
                let method = key.method.to_ascii_lowercase();
                item.retain(|k, _| {
                    k == &method || !crate::operations::METHODS.contains(&k.as_str())
                });
            }
        }
        let Ok(spec) = to_openapi(&single) else {
            continue;
        };
        if !matches!(attempt(replacements, &spec, run), Ok(Ok(_))) {
            return PipelineError::in_operation(&key, key.pointer(), message);
        }
    }
    PipelineError::at("/components", message)
}

fn parse_file(tokens: TokenStream) -> Result<syn::File> {
    syn::parse2(tokens)
        .map_err(|e| PipelineError::at("", format!("the generator produced invalid Rust: {e}")))
}

/// Formats a generated file with the "do not edit" header.
fn format_file(file: &syn::File, version: &str) -> String {
    format!(
        "// @generated by revolv3-codegen from openapi/swagger.json (info.version {version}).\n\
         // Do not edit: change the spec, openapi/operation-names.json or the codegen crate,\n\
         // then run `cargo xtask generate`.\n\n{}",
        prettyplease::unparse(file)
    )
}
