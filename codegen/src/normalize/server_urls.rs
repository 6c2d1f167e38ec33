use serde_json::Value;

/// Trims stray whitespace around every `servers[].url` (root, path item and operation level).
///
/// Why: upstream has shipped server URLs with trailing spaces; a URL with whitespace is not a URL,
/// and tools that take the base URL from the spec (our diff, mock servers) must not trip on it.
pub fn trim_server_urls(doc: &mut Value) {
    fn trim_list(servers: Option<&mut Value>) {
        for server in servers.and_then(Value::as_array_mut).into_iter().flatten() {
            if let Some(Value::String(url)) = server.get_mut("url") {
                let trimmed = url.trim();
                if trimmed.len() != url.len() {
                    *url = trimmed.to_owned();
                }
            }
        }
    }
    trim_list(doc.get_mut("servers"));
    for item in doc
        .get_mut("paths")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flat_map(|paths| paths.values_mut())
    {
        trim_list(item.get_mut("servers"));
        if let Some(item) = item.as_object_mut() {
            for op in item.values_mut() {
                if op.is_object() {
                    trim_list(op.get_mut("servers"));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn trims_at_every_level() {
        let mut doc = json!({
            "servers": [{ "url": " https://api-sandbox.revolv3.com \n" }],
            "paths": { "/a": {
                "servers": [{ "url": "\thttps://a " }],
                "get": { "servers": [{ "url": "https://b " }] }
            }}
        });
        trim_server_urls(&mut doc);
        assert_eq!(doc["servers"][0]["url"], "https://api-sandbox.revolv3.com");
        assert_eq!(doc["paths"]["/a"]["servers"][0]["url"], "https://a");
        assert_eq!(doc["paths"]["/a"]["get"]["servers"][0]["url"], "https://b");
    }
}
