//! The silent rows: changes the checks observe that oasdiff reports nothing for, each with the
//! reason. A change neither a rule row nor a silent row covers is a missing row (see
//! `lookup`), so deciding to report nothing is written down here, not left to a check.
//!
//! Row: `(direction, place + qualifiers, attribute, action): "why";`, columns as in the
//! registry's `at(...)` (`|` joins values, `_` stands for all).

use super::columns::Pattern;

/// A change that reports nothing, and why.
#[derive(Debug, PartialEq, Eq)]
pub struct SilentRow {
    /// The changes the row covers.
    pub at: Pattern,
    /// Why nothing is reported.
    pub why: &'static str,
}

macro_rules! silent {
    ($(($($at:tt)*): $why:literal;)*) => {
        /// Every silent row.
        pub static SILENT: &[SilentRow] = &[$(
            SilentRow { at: $crate::rules::columns::pattern!($($at)*), why: $why },
        )*];
    };
}

silent! {
    // Bounds of what clients send.
    (Request, Body | Property | Parameter, Maximum | ExclusiveMaximum | Minimum | ExclusiveMinimum | MaxLength, Unset):
        "a bound lifted from what clients send accepts everything it accepted";
    (Request, Body | Property, MinItems, Decreased):
        "a lower minItems on what clients send accepts everything it accepted";
    (Request, Property + ReadOnly, Maximum | ExclusiveMaximum | Minimum | ExclusiveMinimum | MaxLength, Set):
        "read-only properties are never sent, so a bound set on one restricts no request";
    (Request, Property + ReadOnly, MinItems, Increased):
        "read-only properties are never sent, so a higher minItems on one restricts no request";
    // Bounds of what clients receive.
    (Response, Body | Property, Maximum | ExclusiveMaximum, Decreased | Set | Changed):
        "a lower or new maximum narrows what clients receive, and anything narrower still fits";
    (Response, Body | Property, Minimum | ExclusiveMinimum, Increased | Set | Changed):
        "a higher or new minimum narrows what clients receive, and anything narrower still fits";
    (Response, Body | Property, Maximum | ExclusiveMaximum | Minimum | ExclusiveMinimum, Unset):
        "oasdiff has no rule for a numeric bound removed from a response (only for maxLength)";
    (Response, Body | Property, MaxLength, Decreased | Set):
        "a shorter or new maxLength narrows what clients receive, and anything narrower still fits";
    (Response, Body | Property, MinLength | MinItems, Increased):
        "a higher minimum length or count narrows what clients receive, and anything narrower still fits";
    (Response, Property + WriteOnly, Maximum | ExclusiveMaximum | Minimum | ExclusiveMinimum | MaxLength | MinLength | MinItems, _):
        "write-only properties are never received, so their bounds bind no response";
    // Types, enums and other values.
    (Request, Property + ReadOnly, Type | ListOfTypes, _):
        "read-only properties are never sent, so their type binds no request";
    (Request, Property + ReadOnly, ExtensibleEnumValue, Removed):
        "read-only properties are never sent, so a value they lose restricts no request";
    (Request, Parameter + Required, Default, Set | Unset | Changed):
        "a required parameter is always sent, so its default never applies";
    // Properties and their requiredness.
    (Request, Property + ReadOnly, Existence, Added | Removed):
        "read-only properties are never sent, so adding or removing one changes no request";
    (Request, Property + ReadOnly, Required, Set | Unset):
        "read-only properties are never sent, so whether one is required binds no request";
    (Request, HeaderProperty, Existence, Added):
        "an optional property of a header object asks nothing new of callers";
    (Request, HeaderProperty + ReadOnly, Existence, Added):
        "read-only properties are never sent, so one added to a header object asks nothing of callers";
    (Request, HeaderProperty + ReadOnly, Required, Set):
        "read-only properties are never sent, so one in a header object becoming required asks nothing of callers";
    (Request, PathItemParameter + InPath, Existence, Added):
        "path parameters come with the path template, and the path is the same; declaring one on the path item adds no input";
    // Responses.
    (Response, StatusRange, Existence, Added | Removed):
        "a status range or `default` is neither success nor failure; oasdiff's status rules read single codes";
    (Response, Header, Required, Set):
        "a header now always sent breaks no client that handled its absence";
    // Lifecycle and security.
    (Neither, Path | Operation, Existence, RemovedAfterSunset):
        "removed after its sunset date, as announced";
    (Request, Parameter, Existence, RemovedAfterSunset):
        "removed after its sunset date, as announced";
    (Neither, Operation, AnonymousSecurity, Added | Removed):
        "an operation's empty security requirement only says authentication is optional; oasdiff reports it for the document's requirements only";
}
