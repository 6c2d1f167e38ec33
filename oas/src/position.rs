//! Where a JSON pointer's value is in the text of a document, as line and column: for
//! annotations and reports that point at the changed line of a spec, JSON or YAML.
//!
//! Positions are looked up after the fact, only for what is reported, and for all of a file's
//! pointers in one pass. A member of an object is placed at its key (`"lastName":`), an item of
//! an array at the item. JSON is scanned byte by byte, skipping whatever no pointer leads into
//! (a scan of our own: a parser that builds a tree with positions costs several times the
//! parse the diff itself needs); YAML is read from yaml-rust2's events and their marks.

use std::collections::{HashMap, HashSet};

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::pointer;

pub use crate::location::Span;

/// The span of each pointer's value in `text` (a JSON or YAML document), in the order given;
/// `None` where the text has no such value.
pub fn locate(text: &str, pointers: &[&str]) -> Vec<Option<Span>> {
    let paths: Vec<Vec<String>> = pointers.iter().map(|p| tokens(p)).collect();
    let wanted = Wanted::new(&paths);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let found = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        json::locate(text, &wanted)
    } else {
        yaml_spans(text, &wanted)
    };
    paths.iter().map(|w| found.get(w).copied()).collect()
}

/// The unescaped reference tokens of a pointer (`/a~1b/0` → `["a/b", "0"]`).
fn tokens(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.split('/').skip(1).map(pointer::unescape).collect()
}

/// `n` as a line or column number (a text of four billion lines is no spec).
fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Line and column (from 1) of byte offsets, counted in one forward sweep over the text: a
/// report places thousands of findings in a file of megabytes.
struct Lines<'t> {
    text: &'t str,
}

impl Lines<'_> {
    /// `(line, column)` of each of `offsets`, by offset.
    fn at_all(&self, offsets: impl IntoIterator<Item = usize>) -> HashMap<usize, (u32, u32)> {
        let bytes = self.text.as_bytes();
        let mut sorted: Vec<usize> = offsets.into_iter().map(|o| o.min(bytes.len())).collect();
        sorted.sort_unstable();
        sorted.dedup();
        // The sweep's place: its byte offset, its line, and the characters since that line
        // began. Each byte is looked at once, even when every finding sits on one line (a
        // minified spec).
        let (mut swept, mut line, mut column) = (0, 1, 0);
        sorted
            .into_iter()
            .map(|offset| {
                let segment = &bytes[swept..offset];
                match segment.iter().rposition(|b| *b == b'\n') {
                    Some(last) => {
                        line += segment.iter().filter(|b| **b == b'\n').count();
                        column = characters(&segment[last + 1..]);
                    }
                    None => column += characters(segment),
                }
                swept = offset;
                (offset, (saturate(line), saturate(column + 1)))
            })
            .collect()
    }
}

/// The characters UTF-8 `bytes` hold: every byte but a continuation byte (`0b10xx_xxxx`)
/// starts one.
fn characters(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| **b & 0xC0 != 0x80).count()
}

/// The pointers asked for, as token paths, and every proper prefix of them (borrowed, so
/// nothing is copied): whether the walk must enter a value is a hash lookup, not a pass over
/// every pointer.
struct Wanted<'p> {
    paths: HashSet<&'p [String]>,
    prefixes: HashSet<&'p [String]>,
}

impl<'p> Wanted<'p> {
    fn new(paths: &'p [Vec<String>]) -> Self {
        Self {
            paths: paths.iter().map(Vec::as_slice).collect(),
            prefixes: paths
                .iter()
                .flat_map(|path| (0..path.len()).map(move |len| &path[..len]))
                .collect(),
        }
    }

    /// Whether `path` is one of the pointers.
    fn is(&self, path: &[String]) -> bool {
        self.paths.contains(path)
    }

    /// Whether some pointer goes below `path`.
    fn below(&self, path: &[String]) -> bool {
        self.prefixes.contains(path)
    }
}

mod json {
    //! The JSON scan: a recursive descent over bytes that enters only values a wanted pointer
    //! leads into and skips the rest, counting nothing but brackets and string quotes.

    use super::{HashMap, Lines, Span, Wanted};

    pub(super) fn locate(text: &str, wanted: &Wanted<'_>) -> HashMap<Vec<String>, Span> {
        let mut scan = Scan {
            bytes: text.as_bytes(),
            at: 0,
            offsets: HashMap::new(),
        };
        let mut path = Vec::new();
        scan.whitespace();
        let start = scan.at;
        if scan.value(&mut path, wanted).is_some() && wanted.is(&[]) {
            scan.offsets.insert(Vec::new(), (start, scan.at));
        }
        let last_byte = |(start, end): (usize, usize)| end.saturating_sub(1).max(start);
        let lines = Lines { text }.at_all(
            scan.offsets
                .values()
                .flat_map(|span| [span.0, last_byte(*span)]),
        );
        scan.offsets
            .into_iter()
            .map(|(path, span)| {
                let (line, column) = lines[&span.0];
                let end_line = lines[&last_byte(span)].0;
                (
                    path,
                    Span {
                        line,
                        column,
                        end_line,
                    },
                )
            })
            .collect()
    }

    struct Scan<'b> {
        bytes: &'b [u8],
        at: usize,
        /// Start (the key, for a member) and end offsets of each wanted value found.
        offsets: HashMap<Vec<String>, (usize, usize)>,
    }

    impl Scan<'_> {
        fn peek(&self) -> Option<u8> {
            self.bytes.get(self.at).copied()
        }

        fn whitespace(&mut self) {
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                self.at += 1;
            }
        }

        /// Skips a string, the cursor on its opening quote; returns its raw contents.
        fn string(&mut self) -> Option<&[u8]> {
            let start = self.at + 1;
            let mut i = start;
            // Strings are most of a spec's bytes: jump from quote or backslash to the next.
            loop {
                i += memchr::memchr2(b'"', b'\\', self.bytes.get(i..)?)?;
                match self.bytes[i] {
                    b'"' => break,
                    _ => i += 2,
                }
            }
            self.at = i + 1;
            self.bytes.get(start..i)
        }

        /// Skips one value, whatever it holds.
        fn skip(&mut self) -> Option<()> {
            match self.peek()? {
                b'"' => {
                    self.string()?;
                }
                b'{' | b'[' => {
                    let mut depth = 0usize;
                    loop {
                        // Only quotes and brackets matter inside a skipped value.
                        self.at += self
                            .bytes
                            .get(self.at..)?
                            .iter()
                            .position(|b| matches!(b, b'"' | b'{' | b'[' | b'}' | b']'))?;
                        match self.peek()? {
                            b'"' => {
                                self.string()?;
                                continue;
                            }
                            b'{' | b'[' => depth += 1,
                            b'}' | b']' => {
                                depth = depth.checked_sub(1)?;
                                if depth == 0 {
                                    self.at += 1;
                                    return Some(());
                                }
                            }
                            _ => {}
                        }
                        self.at += 1;
                    }
                }
                _ => {
                    // A number or a literal: up to the next delimiter.
                    while !matches!(
                        self.peek(),
                        None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                    ) {
                        self.at += 1;
                    }
                }
            }
            Some(())
        }

        /// Reads the value at the cursor, entering it only when a wanted pointer leads into
        /// it; records wanted members and items on the way.
        fn value(&mut self, path: &mut Vec<String>, wanted: &Wanted<'_>) -> Option<()> {
            match self.peek()? {
                b'{' if path.is_empty() || wanted.below(path) => self.object(path, wanted),
                b'[' if path.is_empty() || wanted.below(path) => self.array(path, wanted),
                _ => self.skip(),
            }
        }

        fn object(&mut self, path: &mut Vec<String>, wanted: &Wanted<'_>) -> Option<()> {
            self.at += 1;
            loop {
                self.whitespace();
                match self.peek()? {
                    b'}' => {
                        self.at += 1;
                        return Some(());
                    }
                    b',' => self.at += 1,
                    b'"' => {
                        let key_start = self.at;
                        let raw = self.string()?;
                        let key = unescape(raw)?;
                        self.whitespace();
                        (self.peek()? == b':').then_some(())?;
                        self.at += 1;
                        self.whitespace();
                        path.push(key);
                        let result = self.member(path, wanted, key_start);
                        path.pop();
                        result?;
                    }
                    _ => return None,
                }
            }
        }

        fn array(&mut self, path: &mut Vec<String>, wanted: &Wanted<'_>) -> Option<()> {
            self.at += 1;
            let mut index = 0usize;
            loop {
                self.whitespace();
                match self.peek()? {
                    b']' => {
                        self.at += 1;
                        return Some(());
                    }
                    b',' => self.at += 1,
                    _ => {
                        path.push(index.to_string());
                        let start = self.at;
                        let result = self.member(path, wanted, start);
                        path.pop();
                        result?;
                        index += 1;
                    }
                }
            }
        }

        /// The value of a member or item at `path`, which starts (key included) at `start`.
        fn member(
            &mut self,
            path: &mut Vec<String>,
            wanted: &Wanted<'_>,
            start: usize,
        ) -> Option<()> {
            if !wanted.is(path) && !wanted.below(path) {
                return self.skip();
            }
            self.value(path, wanted)?;
            if wanted.is(path) {
                self.offsets.insert(path.clone(), (start, self.at));
            }
            Some(())
        }
    }

    /// A JSON string's raw contents, unescaped; `None` for an invalid escape.
    fn unescape(raw: &[u8]) -> Option<String> {
        if !raw.contains(&b'\\') {
            return String::from_utf8(raw.to_vec()).ok();
        }
        let quoted = [b"\"".as_slice(), raw, b"\""].concat();
        serde_json::from_slice(&quoted).ok()
    }
}

/// The YAML locator: the parser's events, with the current path kept as they come.
fn yaml_spans(text: &str, wanted: &Wanted<'_>) -> HashMap<Vec<String>, Span> {
    let mut walker = YamlWalker {
        wanted,
        stack: Vec::new(),
        path: Vec::new(),
        open: Vec::new(),
        found: HashMap::new(),
        done: false,
    };
    let mut parser = Parser::new_from_str(text);
    // A text the loader accepted parses; one it refused has no positions worth giving.
    let _ = parser.load(&mut walker, false);
    walker.found
}

/// A collection being walked: a sequence with its next index, or a mapping and whether its
/// next scalar is a key.
enum Frame {
    Sequence(usize),
    Mapping { next_is_key: bool },
}

struct YamlWalker<'w> {
    wanted: &'w Wanted<'w>,
    stack: Vec<Frame>,
    path: Vec<String>,
    /// Wanted collections not closed yet: their path and start.
    open: Vec<(Vec<String>, Marker)>,
    found: HashMap<Vec<String>, Span>,
    done: bool,
}

impl YamlWalker<'_> {
    fn record(&mut self, start: Marker, end: Marker) {
        if self.wanted.is(&self.path) {
            self.found.entry(self.path.clone()).or_insert(Span {
                line: saturate(start.line()),
                column: saturate(start.col() + 1),
                end_line: saturate(end.line().max(start.line())),
            });
        }
    }

    /// Before a value (scalar, alias or collection start): an item of a sequence gets its
    /// index on the path (a member of a mapping has its key there already).
    fn enter_value(&mut self) {
        if let Some(Frame::Sequence(index)) = self.stack.last_mut() {
            self.path.push(index.to_string());
            *index += 1;
        }
    }

    /// After a value: leave its path.
    fn leave_value(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Sequence(_)) => {
                self.path.pop();
            }
            Some(Frame::Mapping { next_is_key }) => {
                *next_is_key = true;
                self.path.pop();
            }
            None => {}
        }
    }
}

impl MarkedEventReceiver for YamlWalker<'_> {
    fn on_event(&mut self, event: Event, mark: Marker) {
        if self.done {
            return;
        }
        let is_key = matches!(
            self.stack.last(),
            Some(Frame::Mapping { next_is_key: true })
        );
        match event {
            Event::Scalar(value, ..) if is_key => {
                if let Some(Frame::Mapping { next_is_key }) = self.stack.last_mut() {
                    *next_is_key = false;
                }
                self.path.push(value);
                // A member is placed at its key.
                self.open.push((self.path.clone(), mark));
            }
            Event::Scalar(..) | Event::Alias(_) => {
                self.enter_value();
                let start = self.member_start(mark);
                self.record(start, mark);
                self.leave_value();
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                self.enter_value();
                let start = self.member_start(mark);
                self.open.push((self.path.clone(), start));
                self.stack
                    .push(if matches!(event, Event::MappingStart(..)) {
                        Frame::Mapping { next_is_key: true }
                    } else {
                        Frame::Sequence(0)
                    });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                if let Some((_, start)) = self.open.pop() {
                    self.record(start, mark);
                }
                self.leave_value();
            }
            Event::DocumentEnd => self.done = true,
            _ => {}
        }
    }
}

impl YamlWalker<'_> {
    /// Where the value now entered starts: its key's mark for a member of a mapping (taken off
    /// the list of open keys), else `mark`.
    fn member_start(&mut self, mark: Marker) -> Marker {
        match self.open.last() {
            Some((path, key)) if *path == self.path && self.stack_is_mapping() => {
                let key = *key;
                self.open.pop();
                key
            }
            _ => mark,
        }
    }

    fn stack_is_mapping(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Mapping { .. }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = r#"{
  "paths": {
    "/a": { "get": { "responses": { "200": { "description": "ok" } } } }
  },
  "components": {
    "schemas": {
      "Customer": {
        "properties": {
          "lastName": { "type": "string" },
          "tags": ["a", "b~/c"]
        }
      }
    }
  },
  "esc\"aped": 1
}
"#;

    fn lines(text: &str, pointers: &[&str]) -> Vec<Option<(u32, u32, u32)>> {
        locate(text, pointers)
            .into_iter()
            .map(|s| s.map(|s| (s.line, s.column, s.end_line)))
            .collect()
    }

    #[test]
    fn json_members_are_at_their_keys_and_items_at_themselves() {
        assert_eq!(
            lines(
                JSON,
                &[
                    "/components/schemas/Customer/properties",
                    "/components/schemas/Customer/properties/lastName",
                    "/components/schemas/Customer/properties/tags/1",
                    "/paths/~1a/get",
                    "/components/schemas/Customer/properties/missing",
                    "/esc\"aped",
                    "",
                ]
            ),
            [
                Some((8, 9, 11)),
                Some((9, 11, 9)),
                Some((10, 25, 10)),
                Some((3, 13, 3)),
                None,
                Some((15, 3, 15)),
                Some((1, 1, 16)),
            ]
        );
    }

    #[test]
    fn columns_count_characters_and_a_pointer_asked_twice_is_placed_twice() {
        // One sweep serves offsets in any order, repeated ones, and lines of multi-byte text.
        let text = "{\n  \"n\u{e4}me\": {\"\u{fc}\": 1, \"b\": [true,\n    false]}\n}\n";
        assert_eq!(
            lines(
                text,
                &[
                    "/n\u{e4}me/b/1",
                    "/n\u{e4}me/b",
                    "/n\u{e4}me",
                    "/n\u{e4}me/b"
                ]
            ),
            [
                Some((3, 5, 3)),
                Some((2, 20, 3)),
                Some((2, 3, 3)),
                Some((2, 20, 3)),
            ]
        );
    }

    #[test]
    fn yaml_members_are_at_their_keys_and_items_at_themselves() {
        let yaml = "paths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n    Customer:\n      properties:\n        lastName:\n          type: string\n        tags: [a, b]\n";
        assert_eq!(
            lines(
                yaml,
                &[
                    "/components/schemas/Customer/properties",
                    "/components/schemas/Customer/properties/lastName",
                    "/components/schemas/Customer/properties/tags/1",
                    "/paths/~1a/get/responses/200",
                    "/components/nothing",
                ]
            )
            .into_iter()
            .map(|s| s.map(|(line, _, _)| line))
            .collect::<Vec<_>>(),
            [Some(8), Some(9), Some(11), Some(4), None]
        );
    }
}
