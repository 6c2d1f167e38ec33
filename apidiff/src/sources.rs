//! The files a document was read from, and where a finding is in them: the file (the spec, or
//! the external file a `$ref` bundled), the pointer inside that file, and its lines. Looked up
//! after the diff, for what is reported only, one scan per file.

use std::collections::BTreeMap;

use revolv3_oas::{Location, pointer};
use serde_json::Value;

use crate::Change;
use crate::load::{EXTERNAL_KEY, Loaded};

/// The texts of one loaded document: the file named on the command line, and each file its
/// external `$ref`s read (bundled under `/x-revolv3-external/<path>`).
#[derive(Debug, Clone)]
pub struct Sources {
    /// The document's own file, as shown in findings.
    name: String,
    text: String,
    /// Bundled files by their path relative to the document's folder.
    external: BTreeMap<String, String>,
}

impl Sources {
    /// The document `name` (`text`) and the files bundled into it, by relative path.
    pub fn new(name: &str, text: String, external: BTreeMap<String, String>) -> Self {
        Self {
            name: name.to_owned(),
            text,
            external,
        }
    }

    /// The same texts, with the document's file shown as `name` (a `git:REV:path` source is
    /// shown as its path, where annotations of the head commit find it).
    pub fn shown_as(mut self, name: &str) -> Self {
        self.name = name.to_owned();
        self
    }

    /// The file of a bundled path, as shown: beside the document's file.
    fn external_name(&self, path: &str) -> String {
        match self.name.rsplit_once('/') {
            Some((folder, _)) => normalize(&format!("{folder}/{path}")),
            None => path.to_owned(),
        }
    }

    /// The file (`None` for the document's own) and the pointer inside it of `pointer`, a
    /// pointer into the bundled document.
    fn split<'p>(&self, pointer: &'p str) -> (Option<&str>, &'p str) {
        let prefix = format!("/{EXTERNAL_KEY}/");
        let Some(rest) = pointer.strip_prefix(&prefix) else {
            return (None, pointer);
        };
        let (token, inner) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let path = pointer::unescape(token);
        match self.external.get_key_value(path.as_str()) {
            Some((path, _)) => (Some(path.as_str()), inner),
            None => (None, pointer),
        }
    }

    /// Each pointer (into the bundled document) as a location in its file, with its lines.
    pub fn locations(&self, pointers: &[&str]) -> Vec<Location> {
        let split: Vec<(Option<&str>, &str)> = pointers.iter().map(|p| self.split(p)).collect();
        let mut out: Vec<Location> = split
            .iter()
            .map(|(file, inner)| Location {
                file: Some(file.map_or_else(|| self.name.clone(), |f| self.external_name(f))),
                pointer: (*inner).to_owned(),
                span: None,
            })
            .collect();
        // One scan per file, for all of its pointers.
        let files: std::collections::BTreeSet<Option<&str>> =
            split.iter().map(|(file, _)| *file).collect();
        for file in files {
            let text = match file {
                None => self.text.as_str(),
                Some(path) => self.external.get(path).map_or("", String::as_str),
            };
            let mine: Vec<usize> = (0..split.len()).filter(|i| split[*i].0 == file).collect();
            let wanted: Vec<&str> = mine.iter().map(|i| split[*i].1).collect();
            for (i, span) in mine
                .into_iter()
                .zip(revolv3_oas::position::locate(text, &wanted))
            {
                out[i].span = span;
            }
        }
        out
    }
}

/// `a/b/../c` → `a/c`, for the names of bundled files.
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    parts.join("/")
}

/// The nearest value at or above `pointer` (a pointer into the base document) that the head
/// document has: where a removal is shown in the head file.
fn nearest_in(head: &Value, pointer: &str) -> Option<String> {
    let mut at = pointer;
    loop {
        if revolv3_oas::pointer::get(head, at).is_some() {
            return Some(at.to_owned());
        }
        at = &at[..at.rfind('/')?];
    }
}

/// Places each change in its files: the base and head locations become locations in the file
/// that holds them (with lines), and `head_anchor` says where the change is shown in the head
/// file: its head location, or, for something removed, the nearest enclosing value the head
/// still has.
pub fn locate(changes: &mut [Change], base: &Loaded, head: &Loaded) {
    let anchors: Vec<Option<String>> = changes
        .iter()
        .map(|c| match (&c.head_location, &c.base_location) {
            (Some(at), _) => Some(at.pointer.clone()),
            (None, Some(removed)) => nearest_in(&head.document, &removed.pointer),
            (None, None) => None,
        })
        .collect();
    let base_pointers = changes.iter().filter_map(|c| c.base_location.as_ref());
    // The two files are scanned at once: on a large spec this is most of the time after diffing.
    let (base_found, head_found) = std::thread::scope(|scope| {
        let base_found =
            scope.spawn(|| located(&base.sources, base_pointers.map(|l| l.pointer.as_str())));
        let head_found = located(&head.sources, anchors.iter().flatten().map(String::as_str));
        let base_found = base_found
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (base_found, head_found)
    });
    for (change, anchor) in changes.iter_mut().zip(anchors) {
        if let Some(at) = &mut change.base_location {
            *at = base_found[&at.pointer].clone();
        }
        if let Some(at) = &mut change.head_location {
            *at = head_found[&at.pointer].clone();
        }
        change.head_anchor = anchor.map(|pointer| head_found[&pointer].clone());
    }
}

/// Each distinct pointer of `pointers`, located in `sources`.
fn located<'p>(
    sources: &Sources,
    pointers: impl Iterator<Item = &'p str>,
) -> BTreeMap<String, Location> {
    let distinct: Vec<&str> = pointers
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    distinct
        .iter()
        .map(|p| (*p).to_owned())
        .zip(sources.locations(&distinct))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundled_pointer_is_placed_in_its_file_beside_the_document() {
        let sources = Sources::new(
            "specs/head.yaml",
            "a: 1\n".to_owned(),
            BTreeMap::from([(
                "../common/types.yaml".to_owned(),
                "Thing:\n  type: integer\n".to_owned(),
            )]),
        );
        let located = sources.locations(&[
            "/x-revolv3-external/..~1common~1types.yaml/Thing/type",
            "/a",
        ]);
        assert_eq!(located[0].file.as_deref(), Some("common/types.yaml"));
        assert_eq!(located[0].pointer, "/Thing/type");
        assert_eq!(located[0].span.map(|s| s.line), Some(2));
        assert_eq!(located[1].file.as_deref(), Some("specs/head.yaml"));
        assert_eq!(located[1].span.map(|s| s.line), Some(1));
    }
}
