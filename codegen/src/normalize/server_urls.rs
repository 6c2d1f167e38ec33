use serde_json::Value;

use crate::error::Result;
use crate::notice::NoticeKind;
use crate::operations::OperationKey;
use crate::pass::Context;
use crate::pointer;

/// Trims stray whitespace around every `servers[].url` (root, path item and operation level),
/// reporting each URL it trims.
///
/// Why: upstream has shipped server URLs with trailing spaces; a URL with whitespace is not a URL,
/// and tools that take the base URL from the spec (our diff, mock servers) must not trip on it.
pub(crate) fn trim_server_urls(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let notices = &mut cx.notices;
    let mut trim_list =
        |servers: Option<&mut Value>, at: &str, operation: Option<&OperationKey>| {
            for (i, server) in servers
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
                .enumerate()
            {
                if let Some(Value::String(url)) = server.get_mut("url") {
                    let trimmed = url.trim();
                    if trimmed.len() != url.len() {
                        *url = trimmed.to_owned();
                        notices.push(
                            NoticeKind::Repaired,
                            pointer::join(at, ["servers", &i.to_string(), "url"]),
                            operation,
                            format!("trimmed the whitespace around server URL `{url}`"),
                        );
                    }
                }
            }
        };
    trim_list(doc.get_mut("servers"), "", None);
    for (path, item) in doc
        .get_mut("paths")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flatten()
    {
        let item_at = pointer::join("", ["paths", path]);
        trim_list(item.get_mut("servers"), &item_at, None);
        for (method, op) in item.as_object_mut().into_iter().flatten() {
            if crate::operations::METHODS.contains(&method.as_str()) {
                let key = OperationKey::new(method, path);
                trim_list(op.get_mut("servers"), &key.pointer(), Some(&key));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;
    use serde_json::json;

    #[test]
    fn trims_at_every_level_and_reports_each_url() {
        let mut doc = json!({
            "servers": [{ "url": " https://api-sandbox.revolv3.com \n" }],
            "paths": { "/a": {
                "servers": [{ "url": "\thttps://a " }],
                "get": { "servers": [{ "url": "https://b" }, { "url": "https://c " }] }
            }}
        });
        let mut cx = Context::default();
        trim_server_urls(&mut doc, &mut cx).unwrap();
        assert_eq!(doc["servers"][0]["url"], "https://api-sandbox.revolv3.com");
        assert_eq!(doc["paths"]["/a"]["servers"][0]["url"], "https://a");
        assert_eq!(doc["paths"]["/a"]["get"]["servers"][1]["url"], "https://c");
        let pointers: Vec<&str> = cx.notices.pointers();
        assert_eq!(
            pointers,
            [
                "/servers/0/url",
                "/paths/~1a/servers/0/url",
                "/paths/~1a/get/servers/1/url"
            ]
        );
        assert_eq!(
            cx.notices.as_slice()[2]
                .operation
                .as_ref()
                .map(ToString::to_string)
                .as_deref(),
            Some("GET /a")
        );
    }
}
