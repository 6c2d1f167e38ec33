//! External `$ref`s (`schemas/pet.yaml#/Pet`): each referenced file is read once, relative to
//! the file that refers to it, and kept inside the root document under [`EXTERNAL_KEY`], with
//! every reference rewritten to a local one. The rest of the diff then only ever follows local
//! references, with the one follower `revolv3_oas::resolve`.
//!
//! A document is not trusted to name files: a reference that is a URL or an absolute path is
//! refused here, with its pointer, before anything is read; a relative one is handed to the
//! caller's [`ReadFile`], which decides which folders it may reach (`xtask` allows the folder
//! of the spec, after resolving `..` and symbolic links).

use std::collections::{BTreeMap, BTreeSet};

use revolv3_oas::Keys;
use serde_json::Value;

use crate::DiffError;
use crate::pointer::{escape, push};

/// Where bundled files live in the root document: `/x-revolv3-external/<path>`.
pub const EXTERNAL_KEY: &str = "x-revolv3-external";

/// More files than this is a reference loop through ever new paths, or not a spec.
const MAX_FILES: usize = 256;

/// Reads a file by its path relative to the root document's folder (`/`-separated, possibly
/// starting with `../`), or says why it cannot.
pub type ReadFile<'r> = dyn FnMut(&str) -> Result<Vec<u8>, String> + 'r;

/// Rewrites `root`'s external references to local ones, reading the files they name; returns
/// each file's path (relative to the root document's folder) and text, for positions.
pub fn bundle(
    name: &str,
    root: &mut Value,
    read: &mut ReadFile<'_>,
) -> Result<BTreeMap<String, String>, DiffError> {
    let mut texts = BTreeMap::new();
    let mut files = Files::default();
    rewrite(root, None, String::new(), Keys::Keywords, &mut files)
        .map_err(|(at, message)| DiffError::new(name, &at, message))?;
    while let Some((path, at)) = files.pending.pop() {
        if files.bundled.len() > MAX_FILES {
            return Err(DiffError::new(
                name,
                &at,
                format!("more than {MAX_FILES} referenced files"),
            ));
        }
        let failed =
            |e: String| DiffError::new(name, &at, format!("referenced file `{path}`: {e}"));
        let bytes = read(&path).map_err(failed)?;
        let mut doc = revolv3_oas::document::parse(&bytes).map_err(|e| failed(e.to_string()))?;
        // The loader accepted it, so it is UTF-8.
        texts.insert(path.clone(), super::text_of(&bytes));
        rewrite(
            &mut doc,
            Some(&path),
            format!("/{EXTERNAL_KEY}/{}", escape(&path)),
            Keys::Keywords,
            &mut files,
        )
        .map_err(|(at, message)| DiffError::new(name, &at, message))?;
        files.bundled.insert(path, doc);
    }
    if !files.bundled.is_empty()
        && let Some(object) = root.as_object_mut()
    {
        object.insert(
            EXTERNAL_KEY.to_owned(),
            Value::Object(files.bundled.into_iter().collect()),
        );
    }
    Ok(texts)
}

/// Files read so far, and those still to read with where they were first referenced.
#[derive(Default)]
struct Files {
    bundled: BTreeMap<String, Value>,
    known: BTreeSet<String>,
    pending: Vec<(String, String)>,
}

/// A reference refused: the pointer of its `$ref` and why.
type Refused = (String, String);

/// Rewrites the references in `value` (at pointer `at` once bundled, its keys read as `keys`),
/// a document at `file` (`None` for the root), queuing the files they name that are not known
/// yet.
fn rewrite(
    value: &mut Value,
    file: Option<&str>,
    at: String,
    keys: Keys,
    files: &mut Files,
) -> Result<(), Refused> {
    match value {
        Value::Object(map) => {
            if keys == Keys::Keywords
                && let Some(Value::String(reference)) = map.get_mut("$ref")
                && let Some(local) = localize(reference, file, &at, files)?
            {
                *reference = local;
            }
            for (key, child) in map.iter_mut() {
                // Data may hold anything, `$ref` keys included.
                if let Some(child_keys) = keys.child(key) {
                    rewrite(child, file, push(&at, key), child_keys, files)?;
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                rewrite(item, file, push(&at, &i.to_string()), Keys::Keywords, files)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// The local form of `reference` written in `file` at `at`, or `None` when it stays as it is
/// (a local reference in the root document). A URL or an absolute path is refused.
fn localize(
    reference: &str,
    file: Option<&str>,
    at: &str,
    files: &mut Files,
) -> Result<Option<String>, Refused> {
    let (target, fragment) = reference.split_once('#').unwrap_or((reference, ""));
    let refuse = |why: &str| Err((push(at, "$ref"), format!("reference `{reference}` {why}")));
    if target.contains("://") {
        return refuse("is a URL; the diff does not fetch what a document names");
    }
    if target.starts_with('/') || target.starts_with('\\') || target.get(1..2) == Some(":") {
        return refuse("is an absolute path; only files beside the spec may be referenced");
    }
    let path = if target.is_empty() {
        match file {
            Some(file) => file.to_owned(),
            None => return Ok(None),
        }
    } else {
        let Some(joined) = join(file, target) else {
            return refuse("names no file");
        };
        if files.known.insert(joined.clone()) {
            files.pending.push((joined.clone(), push(at, "$ref")));
        }
        joined
    };
    Ok(Some(format!(
        "#/{EXTERNAL_KEY}/{}{fragment}",
        escape(&path)
    )))
}

/// `target` relative to the folder of `file` (the root's folder when `None`), normalized.
fn join(file: Option<&str>, target: &str) -> Option<String> {
    let mut parts: Vec<&str> = match file {
        Some(f) => f.split('/').collect(),
        None => vec![""],
    };
    parts.pop();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    let joined = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("/");
    (!joined.is_empty()).then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn joins_paths_relative_to_the_referring_file() {
        assert_eq!(
            join(None, "schemas/pet.yaml").as_deref(),
            Some("schemas/pet.yaml")
        );
        assert_eq!(
            join(Some("schemas/pet.yaml"), "tag.yaml").as_deref(),
            Some("schemas/tag.yaml")
        );
        assert_eq!(
            join(Some("schemas/pet.yaml"), "../common.yaml").as_deref(),
            Some("common.yaml")
        );
        assert_eq!(
            join(None, "../shared/x.yaml").as_deref(),
            Some("../shared/x.yaml")
        );
    }

    #[test]
    fn bundles_files_once_and_rewrites_their_references() {
        let mut root = json!({
            "a": { "$ref": "schemas/pet.yaml#/Pet" },
            "b": { "$ref": "schemas/pet.yaml" },
            "c": { "$ref": "#/a" }
        });
        let reads = std::cell::RefCell::new(Vec::new());
        let mut read = |path: &str| {
            reads.borrow_mut().push(path.to_owned());
            match path {
                "schemas/pet.yaml" => Ok(
                    b"Pet: {properties: {tag: {$ref: 'tag.yaml#/Tag'}, self: {$ref: '#/Pet'}}}"
                        .to_vec(),
                ),
                "schemas/tag.yaml" => Ok(b"Tag: {type: string}".to_vec()),
                _ => Err("no such file".to_owned()),
            }
        };
        bundle("root.yaml", &mut root, &mut read).unwrap();
        assert_eq!(*reads.borrow(), ["schemas/pet.yaml", "schemas/tag.yaml"]);
        assert_eq!(
            root["a"]["$ref"],
            "#/x-revolv3-external/schemas~1pet.yaml/Pet"
        );
        assert_eq!(root["b"]["$ref"], "#/x-revolv3-external/schemas~1pet.yaml");
        assert_eq!(root["c"]["$ref"], "#/a");
        let pet = &root[EXTERNAL_KEY]["schemas/pet.yaml"]["Pet"]["properties"];
        assert_eq!(
            pet["tag"]["$ref"],
            "#/x-revolv3-external/schemas~1tag.yaml/Tag"
        );
        assert_eq!(
            pet["self"]["$ref"],
            "#/x-revolv3-external/schemas~1pet.yaml/Pet"
        );
        let mut missing = json!({ "a": { "$ref": "nope.yaml#/X" } });
        let e = bundle("root.yaml", &mut missing, &mut read).unwrap_err();
        assert!(e.message.contains("nope.yaml"), "{e}");
        assert_eq!(e.location.pointer, "/a/$ref");
    }

    #[test]
    fn urls_and_absolute_paths_are_refused_before_anything_is_read() {
        for (reference, why) in [
            ("https://example.com/pet.yaml#/Pet", "is a URL"),
            ("/etc/passwd#/x", "is an absolute path"),
            ("C:/specs/pet.yaml", "is an absolute path"),
        ] {
            let mut root = json!({ "components": { "schemas": { "A": { "$ref": reference } } } });
            let mut read = |path: &str| -> Result<Vec<u8>, String> { panic!("{path} was read") };
            let e = bundle("root.yaml", &mut root, &mut read).unwrap_err();
            assert!(e.message.contains(why), "{e}");
            assert_eq!(e.location.pointer, "/components/schemas/A/$ref");
        }
    }
}
