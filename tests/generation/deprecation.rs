//! What the spec deprecates, the compiler tells callers: `#[deprecated]` with the sunset date
//! and the spec's word on the replacement, on a deprecated operation's method and builder, a
//! deprecated parameter's setter and a deprecated property's field and setter. A consumer that
//! calls one fails to build with `-D deprecated` and builds without it.

use std::path::{Path, PathBuf};
use std::process::Command;

use revolv3_codegen::{Mock, NameTable};

fn repo() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn generated() -> String {
    let spec = std::fs::read(repo().join("tests/fixtures/deprecation/deprecated.json")).unwrap();
    revolv3_codegen::run(&spec, &NameTable::default(), Mock::Skip, None)
        .expect("generates")
        .code
        .client
}

/// The `#[deprecated]` notes in `tokens` (one item's attributes), in order.
fn notes(attrs: &[syn::Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("deprecated"))
        .map(|a| {
            let meta: syn::MetaNameValue = a.parse_args().expect("deprecated(note = ...)");
            match meta.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => s.value(),
                other => panic!("not a string note: {}", quote::quote!(#other)),
            }
        })
        .collect()
}

/// The attributes of every item or field named `name` anywhere in the file (impl methods,
/// structs, fields), as `(kind, notes)`.
fn deprecations_of(file: &syn::File, name: &str) -> Vec<(&'static str, Vec<String>)> {
    use syn::visit::Visit;
    struct Finder<'n> {
        name: &'n str,
        found: Vec<(&'static str, Vec<String>)>,
    }
    impl<'ast> Visit<'ast> for Finder<'_> {
        fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
            if f.sig.ident == self.name {
                self.found.push(("fn", notes(&f.attrs)));
            }
            syn::visit::visit_impl_item_fn(self, f);
        }
        fn visit_item_struct(&mut self, s: &'ast syn::ItemStruct) {
            if s.ident == self.name {
                self.found.push(("struct", notes(&s.attrs)));
            }
            syn::visit::visit_item_struct(self, s);
        }
        fn visit_field(&mut self, f: &'ast syn::Field) {
            if f.ident.as_ref().is_some_and(|i| i == self.name) {
                self.found.push(("field", notes(&f.attrs)));
            }
        }
    }
    let mut finder = Finder {
        name,
        found: Vec::new(),
    };
    finder.visit_file(file);
    finder.found
}

#[test]
fn deprecated_operations_parameters_and_properties_carry_their_notes() {
    let file = syn::parse_file(&generated()).expect("valid Rust");
    let legacy = "`GET /legacy` is deprecated in the Revolv3 API and goes away on 2027-06-30: \
                  Use GET /things instead.";
    assert_eq!(
        deprecations_of(&file, "get_legacy"),
        [("fn", vec![legacy.to_owned()])]
    );
    assert_eq!(
        deprecations_of(&file, "GetLegacy"),
        [("struct", vec![legacy.to_owned()])]
    );
    let sort = "parameter `sort` of `GET /things` is deprecated in the Revolv3 API: Things come \
                sorted by name now.";
    assert_eq!(
        deprecations_of(&file, "sort"),
        [("field", vec![]), ("fn", vec![sort.to_owned()])],
        "the builder's field stays quiet; its setter warns"
    );
    let old_name = "property `oldName` of `Thing` is deprecated in the Revolv3 API: Renamed to \
                    `name`.";
    let found = deprecations_of(&file, "old_name");
    assert!(
        found.contains(&("field", vec![old_name.to_owned()]))
            && found.contains(&("fn", vec![old_name.to_owned()])),
        "{found:#?}"
    );
    // Nothing else is deprecated.
    assert_eq!(deprecations_of(&file, "get_things"), [("fn", vec![])]);
    assert_eq!(deprecations_of(&file, "limit")[1], ("fn", vec![]));
}

/// A crate holding the generated client (compiled with `deprecated` allowed inside, as
/// revolv3-client does) and a consumer module that calls the deprecated operation.
fn consumer_crate(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let manifest = std::fs::read_to_string(repo().join("xtask/try-spec/Cargo.toml.in"))
        .unwrap()
        .replace("@NAME@", "deprecation-consumer")
        .replace("@VERSION@", "0.0.0")
        .replace(
            "@CLIENT@",
            &repo().join("revolv3-client").display().to_string(),
        );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(dir.join("client.rs"), generated()).unwrap();
    std::fs::write(
        dir.join("lib.rs"),
        r#"// The generated client, as revolv3-client holds it, and a caller of a deprecated operation.
pub use revolv3_client::{Bounded, ClientState, pagination};

pub mod forward_compatible {
    pub use revolv3_client::{integer_enum, string_enum};
}

#[allow(warnings, deprecated)]
mod generated {
    include!("client.rs");
}
pub use generated::*;

impl progenitor_client::ClientHooks<ClientState> for Client {}

pub mod consumer {
    pub async fn fetch(client: &crate::Client) {
        let _ = client.get_legacy().send().await;
    }
}
"#,
    )
    .unwrap();
}

#[test]
fn a_consumer_of_a_deprecated_operation_fails_with_deny_deprecated_and_builds_without() {
    // Shares try-spec's target folder: the same dependencies, built once for both.
    let dir = repo().join("target/try-spec/deprecation-consumer");
    consumer_crate(&dir);
    let cargo = |extra: &[&str]| {
        Command::new(env!("CARGO"))
            .arg("rustc")
            .arg("--quiet")
            .arg("--lib")
            .arg("--manifest-path")
            .arg(dir.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", repo().join("target/try-spec/target"))
            .arg("--")
            .args(extra)
            .output()
            .expect("cargo runs")
    };
    let denied = cargo(&["-D", "deprecated"]);
    let stderr = String::from_utf8_lossy(&denied.stderr);
    assert!(
        !denied.status.success(),
        "built with -D deprecated: {stderr}"
    );
    assert!(
        stderr.contains("use of deprecated method `generated::Client::get_legacy`"),
        "{stderr}"
    );
    assert!(stderr.contains("goes away on 2027-06-30"), "{stderr}");
    let allowed = cargo(&[]);
    assert!(
        allowed.status.success(),
        "{}",
        String::from_utf8_lossy(&allowed.stderr)
    );
}
