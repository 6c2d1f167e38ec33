//! Path templates (`/customers/{customerId}/cards`): the one parser every reader of a path key
//! uses, so an unbalanced brace means the same everywhere: the key is malformed.

use std::fmt;

/// One piece of a path template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text sent as written (`/customers/`).
    Literal(&'a str),
    /// A variable the caller fills (`customerId` of `{customerId}`).
    Variable(&'a str),
}

/// A parsed path template: literal text and `{variable}`s, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathTemplate<'a> {
    segments: Vec<Segment<'a>>,
}

/// Why a path key is not a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateError {
    /// A path key of `paths` must start with `/`.
    NotAbsolute,
    /// A `{` with no `}` after it, or a `{` inside a variable.
    Unclosed {
        /// Byte offset of the `{`.
        at: usize,
    },
    /// A `}` that closes nothing.
    Unopened {
        /// Byte offset of the `}`.
        at: usize,
    },
    /// `{}`: a variable without a name.
    Unnamed {
        /// Byte offset of the `{`.
        at: usize,
    },
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TemplateError::NotAbsolute => f.write_str("does not start with `/`"),
            TemplateError::Unclosed { at } => {
                write!(f, "the `{{` at byte {at} of the path is never closed")
            }
            TemplateError::Unopened { at } => {
                write!(f, "the `}}` at byte {at} of the path closes no `{{`")
            }
            TemplateError::Unnamed { at } => {
                write!(f, "the variable at byte {at} of the path has no name")
            }
        }
    }
}

impl std::error::Error for TemplateError {}

impl<'a> PathTemplate<'a> {
    /// Parses `path`. Variables are `{name}`; braces do not nest.
    pub fn parse(path: &'a str) -> Result<Self, TemplateError> {
        let mut segments = Vec::new();
        let mut literal_start = 0;
        let mut open: Option<usize> = None;
        for (i, c) in path.char_indices() {
            match (c, open) {
                ('{', Some(at)) => return Err(TemplateError::Unclosed { at }),
                ('{', None) => {
                    if i > literal_start {
                        segments.push(Segment::Literal(&path[literal_start..i]));
                    }
                    open = Some(i);
                }
                ('}', Some(at)) => {
                    if i == at + 1 {
                        return Err(TemplateError::Unnamed { at });
                    }
                    segments.push(Segment::Variable(&path[at + 1..i]));
                    open = None;
                    literal_start = i + 1;
                }
                ('}', None) => return Err(TemplateError::Unopened { at: i }),
                _ => {}
            }
        }
        if let Some(at) = open {
            return Err(TemplateError::Unclosed { at });
        }
        if literal_start < path.len() {
            segments.push(Segment::Literal(&path[literal_start..]));
        }
        Ok(Self { segments })
    }

    /// Parses a key of `paths`, which must also start with `/`.
    pub fn parse_key(path: &'a str) -> Result<Self, TemplateError> {
        if !path.starts_with('/') {
            return Err(TemplateError::NotAbsolute);
        }
        Self::parse(path)
    }

    /// The pieces, in order.
    pub fn segments(&self) -> &[Segment<'a>] {
        &self.segments
    }

    /// The variable names, in order (a name may repeat).
    pub fn variables(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.segments.iter().filter_map(|s| match s {
            Segment::Variable(name) => Some(*name),
            Segment::Literal(_) => None,
        })
    }

    /// The template with each variable written `{}`: two paths that differ only in variable
    /// names have the same shape (`/pets/{id}` and `/pets/{petId}` are one route).
    pub fn shape(&self) -> String {
        self.segments
            .iter()
            .map(|s| match s {
                Segment::Literal(text) => text,
                Segment::Variable(_) => "{}",
            })
            .collect()
    }

    /// The template with each variable replaced by `value(name)`, or the first name `value`
    /// has nothing for.
    pub fn fill<S: AsRef<str>>(
        &self,
        mut value: impl FnMut(&str) -> Option<S>,
    ) -> Result<String, &'a str> {
        let mut out = String::new();
        for segment in &self.segments {
            match segment {
                Segment::Literal(text) => out.push_str(text),
                Segment::Variable(name) => out.push_str(value(name).ok_or(*name)?.as_ref()),
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_variables_in_order() {
        let t = PathTemplate::parse("/customers/{customerId}/cards/{cardId}").unwrap();
        assert_eq!(
            t.segments(),
            [
                Segment::Literal("/customers/"),
                Segment::Variable("customerId"),
                Segment::Literal("/cards/"),
                Segment::Variable("cardId"),
            ]
        );
        assert_eq!(t.variables().collect::<Vec<_>>(), ["customerId", "cardId"]);
        assert_eq!(t.shape(), "/customers/{}/cards/{}");
        assert_eq!(
            PathTemplate::parse("/invoices/v{version}.json")
                .unwrap()
                .shape(),
            "/invoices/v{}.json"
        );
        assert_eq!(PathTemplate::parse("/").unwrap().shape(), "/");
    }

    #[test]
    fn unbalanced_braces_are_refused_with_their_offset() {
        assert_eq!(
            PathTemplate::parse("/a/{id"),
            Err(TemplateError::Unclosed { at: 3 })
        );
        assert_eq!(
            PathTemplate::parse("/a/{i{d}"),
            Err(TemplateError::Unclosed { at: 3 })
        );
        assert_eq!(
            PathTemplate::parse("/a/id}"),
            Err(TemplateError::Unopened { at: 5 })
        );
        assert_eq!(
            PathTemplate::parse("/a/{}"),
            Err(TemplateError::Unnamed { at: 3 })
        );
        assert_eq!(
            PathTemplate::parse_key("a/{id}"),
            Err(TemplateError::NotAbsolute)
        );
        assert_eq!(
            PathTemplate::parse_key("/a/{id").unwrap_err().to_string(),
            "the `{` at byte 3 of the path is never closed"
        );
    }

    #[test]
    fn fill_replaces_each_variable_or_names_the_first_missing() {
        let t = PathTemplate::parse("/c/{id}/x/{other}").unwrap();
        let filled = t.fill(|name| (name == "id").then_some("42"));
        assert_eq!(filled, Err("other"));
        assert_eq!(t.fill(|_| Some("1")), Ok("/c/1/x/1".to_owned()));
    }
}
