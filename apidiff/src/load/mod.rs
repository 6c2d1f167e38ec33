//! Reading a spec document, JSON or YAML, into a JSON value the diff can rely on.

mod external;
mod validate;

use serde_json::Value;

use crate::DiffError;
use crate::sources::Sources;
use validate::Outside;

pub use external::{EXTERNAL_KEY, ReadFile};

/// A loaded document and the texts it came from, to place findings on their lines.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The document, with external files bundled into it.
    pub document: Value,
    /// The files it was read from.
    pub sources: Sources,
}

/// Parses `bytes` (named `name` in messages) as JSON, or YAML when it is not JSON, and checks
/// it is an OpenAPI 3.0, 3.1 or 3.2 document. External references are refused; see
/// [`load_document_with`] to follow them.
pub fn load_document(name: &str, bytes: &[u8]) -> Result<Value, DiffError> {
    load_document_with(name, bytes, &mut |path: &str| {
        Err(format!(
            "external references are not followed here (`{path}`)"
        ))
    })
}

/// [`load_document`], reading the files that external `$ref`s name with `read`, which gets
/// each path relative to the folder of the document being loaded.
pub fn load_document_with(
    name: &str,
    bytes: &[u8],
    read: &mut ReadFile<'_>,
) -> Result<Value, DiffError> {
    load_with_sources(name, bytes, read).map(|loaded| loaded.document)
}

/// [`load_document_with`], keeping the texts of the document and of the files its external
/// `$ref`s name, so findings can be placed on their lines ([`crate::locate`]).
pub fn load_with_sources(
    name: &str,
    bytes: &[u8],
    read: &mut ReadFile<'_>,
) -> Result<Loaded, DiffError> {
    let mut document = revolv3_oas::document::parse(bytes)
        .map_err(|e| DiffError::new(name, &e.pointer, e.message))?;
    // Nearly every document is self-contained, and is then walked once.
    let mut external = Default::default();
    if validate::validate(name, &document, Outside::Note)? {
        external = external::bundle(name, &mut document, read)?;
        validate::validate(name, &document, Outside::Refuse)?;
    }
    Ok(Loaded {
        document,
        sources: Sources::new(name, text_of(bytes), external),
    })
}

/// The text of a document the parser accepted, for placing findings on its lines. A valid
/// UTF-8 document (nearly all) is checked by the fast path; only an invalid one pays for the
/// byte-by-byte repair.
pub(crate) fn text_of(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_yaml_with_numeric_status_keys() {
        let doc = load_document(
            "a.yaml",
            b"openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        200:\n          description: ok\n",
        )
        .unwrap();
        assert_eq!(
            doc["paths"]["/a"]["get"]["responses"]["200"]["description"],
            "ok"
        );
    }

    #[test]
    fn reads_3_1_and_3_2_documents() {
        let doc = load_document(
            "a.yaml",
            b"openapi: 3.1.0\ninfo: {title: t, version: '1'}\nwebhooks:\n  ping:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {type: [string, 'null']}\n",
        )
        .unwrap();
        assert!(doc.get("paths").is_none());
        assert!(
            load_document(
                "b.yaml",
                b"openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
            )
            .is_ok()
        );
    }

    #[test]
    fn references_inside_a_referenced_file_are_checked_like_the_documents() {
        let root = b"openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: {schemas: {A: {$ref: 'pet.yaml#/Pet'}}}";
        for (pet, needle) in [
            (
                &b"Pet: {properties: {owner: {$ref: '#/Owner'}}}"[..],
                "pet.yaml/Owner` does not resolve",
            ),
            (
                b"Pet: {properties: {owner: {$ref: 'https://example.com/owner.yaml'}}}",
                "https://example.com/owner.yaml",
            ),
        ] {
            let e =
                load_document_with("root.yaml", root, &mut |_: &str| Ok(pet.to_vec())).unwrap_err();
            assert!(e.to_string().contains(needle), "{needle}: {e}");
            assert!(
                e.location
                    .pointer
                    .starts_with("/x-revolv3-external/pet.yaml/Pet"),
                "{e}"
            );
        }
    }

    #[test]
    fn refuses_what_is_not_openapi_3_with_a_pointer() {
        for (bytes, needle, pointer) in [
            (&b""[..], "empty", ""),
            (b"<html>", "HTML", ""),
            (b"{\"openapi\": ", "invalid JSON", ""),
            (b"swagger: '2.0'\npaths: {}", "Swagger 2.0", "/swagger"),
            (b"openapi: 3.0.0\ninfo: {title: t, version: '1'}\n", "paths", "/paths"),
            (b"openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}", "4.0.0", "/openapi"),
            (b"a: [", "invalid YAML", ""),
            (
                b"openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents: {schemas: {A: {type: [string, 1]}}}",
                "`1` is not a schema type",
                "/components/schemas/A/type",
            ),
            (
                b"openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: {schemas: {A: {properties: {b: {type: int}}}}}",
                "`int` is not a schema type",
                "/components/schemas/A/properties/b/type",
            ),
            (
                b"openapi: 3.0.0\ninfo: {title: t}\npaths: {}",
                "info.version",
                "/info/version",
            ),
            (
                b"openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: {schemas: {A: {$ref: 'other.yaml#/B'}}}",
                "other.yaml",
                "/components/schemas/A/$ref",
            ),
        ] {
            let e = load_document("x", bytes).unwrap_err();
            assert!(e.to_string().contains(needle), "{needle}: {e}");
            assert_eq!(e.location.pointer, pointer, "{needle}");
        }
    }
}
