//! What a spec change does to the Rust API of revolv3-client.
//!
//! Both specs go through the pipeline; [`items`] lists the public items of each generated
//! client (read from its source with syn), [`compare`] lists what was added, removed, retyped
//! or deprecated, and [`link`] attaches each of those Rust changes to the diff's findings that
//! cause it, by operation and schema pointer. What no finding explains is handed back: a rule
//! is missing, or a level is wrong.

mod compare;
mod items;
mod link;

use std::collections::BTreeMap;

use revolv3_apidiff::{Change, RustChange};
use revolv3_codegen::{Mock, PipelineOutput};
use revolv3_oas::OperationKey;
use serde_json::Value;

use crate::Failure;
use items::PublicItem;

/// The Rust API of one generated client, and what it was generated from.
struct ClientApi {
    /// Every public item, by path.
    items: BTreeMap<String, PublicItem>,
    /// Each operation by its `Client` method's name (the normalized spec's `operationId`).
    operations: BTreeMap<String, OperationKey>,
    /// The schema each named generated type comes from: component schemas, and the inline
    /// schemas of their properties, by the names typify gives them.
    schemas: BTreeMap<String, String>,
}

impl ClientApi {
    /// The API of the client `output` holds.
    fn of(output: &PipelineOutput) -> Result<Self, Failure> {
        Ok(Self {
            items: items::items(&output.code.client).map_err(Failure::Error)?,
            operations: operations(&output.normalized),
            schemas: schemas(&output.normalized),
        })
    }
}

/// The clients of two specs, and their Rust APIs.
pub struct Clients {
    base: (String, ClientApi),
    head: (String, ClientApi),
}

impl Clients {
    /// Generates the clients of `base` and `head`, each a source and the document read from it.
    pub fn generate(
        root: &std::path::Path,
        base: (&str, &Value),
        head: (&str, &Value),
    ) -> Result<Self, Failure> {
        let generate = |(source, doc): (&str, &Value)| -> Result<(String, ClientApi), Failure> {
            let bytes =
                serde_json::to_vec(doc).map_err(|e| Failure::Error(format!("{source}: {e}")))?;
            let pinned = crate::workspace::read_names(root)?;
            let output = revolv3_codegen::run(&bytes, &pinned, Mock::Skip, None)
                .map_err(|e| Failure::Error(format!("{source} does not generate a client: {e}")))?;
            let api = ClientApi::of(&output)?;
            Ok((output.code.client, api))
        };
        // The two are independent, and each takes a while on a large spec.
        let (base, head) = std::thread::scope(|scope| {
            let head = std::thread::Builder::new()
                .stack_size(GENERATOR_STACK)
                .spawn_scoped(scope, || generate(head));
            (generate(base), head.map(|h| h.join()))
        });
        let head = match head {
            Ok(Ok(head)) => head?,
            _ => return Err(Failure::Error("could not generate HEAD's client".into())),
        };
        Ok(Self { base: base?, head })
    }

    /// The source of BASE's and HEAD's generated client.
    pub fn code(&self) -> (&str, &str) {
        (&self.base.0, &self.head.0)
    }

    /// Lists the Rust changes from BASE's client to HEAD's, attaches each to the findings
    /// behind it ([`Change::rust`]; `base_doc` and `head_doc` are what the diff read), and
    /// returns those no finding explains.
    pub fn attach(
        &self,
        base_doc: &Value,
        head_doc: &Value,
        changes: &mut [Change],
    ) -> Vec<RustChange> {
        let sides = Sides {
            base: (&self.base.1, base_doc),
            head: (&self.head.1, head_doc),
        };
        attach(&sides, changes)
    }
}

/// The generator recurses through schemas; the main thread's stack, not a spawned thread's
/// default 2 MiB.
const GENERATOR_STACK: usize = 8 << 20;

/// The two sides of a change: each client's API and the spec the diff read (the findings'
/// pointers are into it).
struct Sides<'a> {
    base: (&'a ClientApi, &'a Value),
    head: (&'a ClientApi, &'a Value),
}

/// Lists the Rust changes from BASE's client to HEAD's, attaches each to the findings behind
/// it, and returns those no finding explains.
fn attach(sides: &Sides<'_>, changes: &mut [Change]) -> Vec<RustChange> {
    let found = compare::compare(&sides.base.0.items, &sides.head.0.items);
    let links = link::link(&found, sides, changes);
    let mut without_finding = Vec::new();
    for (found, linked) in found.into_iter().zip(links) {
        if linked.is_empty() {
            without_finding.push(found.change);
            continue;
        }
        for index in linked {
            if !changes[index].rust.contains(&found.change) {
                changes[index].rust.push(found.change.clone());
            }
        }
    }
    for change in changes.iter_mut() {
        change.rust.sort();
    }
    without_finding
}

/// Each operation of a normalized spec by its `operationId`, the name of its `Client` method.
fn operations(doc: &Value) -> BTreeMap<String, OperationKey> {
    let mut out = BTreeMap::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        for method in revolv3_oas::METHODS {
            if let Some(id) = item
                .get(method)
                .and_then(|op| op.get("operationId"))
                .and_then(Value::as_str)
            {
                out.insert(id.to_owned(), OperationKey::new(method, path));
            }
        }
    }
    out
}

/// The pointer of the schema behind each type typify names after one: a component schema
/// `CustomerDTO` is `CustomerDto`; the inline schema of its property `status` is
/// `CustomerDtoStatus`, and of that array's items `CustomerDtoStatusItem`.
fn schemas(doc: &Value) -> BTreeMap<String, String> {
    use heck::ToUpperCamelCase;
    let mut out = BTreeMap::new();
    let Some(components) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return out;
    };
    for (name, schema) in components {
        let type_name = name.to_upper_camel_case();
        let pointer = revolv3_oas::pointer::join("", ["components", "schemas", name]);
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (property, inner) in properties {
                let inline = format!("{type_name}{}", property.to_upper_camel_case());
                let at = revolv3_oas::pointer::join(&pointer, ["properties", property]);
                if inner.get("items").is_some() {
                    out.insert(format!("{inline}Item"), format!("{at}/items"));
                }
                out.insert(inline, at);
            }
        }
        out.insert(type_name, pointer);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_component_schema_of_the_bundled_spec_names_a_generated_type() {
        let root = crate::workspace::default_root();
        let spec = crate::workspace::read(&root, crate::workspace::SPEC).unwrap();
        let pinned = crate::workspace::read_names(&root).unwrap();
        let output = revolv3_codegen::run(&spec, &pinned, Mock::Skip, None).unwrap();
        let api = ClientApi::of(&output).unwrap();
        let components = output.normalized["components"]["schemas"]
            .as_object()
            .unwrap();
        for name in components.keys() {
            let type_name = heck::ToUpperCamelCase::to_upper_camel_case(name.as_str());
            assert!(
                api.items.contains_key(&format!("types::{type_name}")),
                "{name}: no types::{type_name}"
            );
            assert!(api.schemas.contains_key(&type_name));
        }
        assert_eq!(
            api.operations["get_customer"].to_string(),
            "GET /api/Customers/{customerId}"
        );
    }
}
