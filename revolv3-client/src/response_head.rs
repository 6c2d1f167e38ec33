//! Giving a response a new body while keeping everything else the caller can see.

/// A response without its body: status, version, headers and extensions, reqwest's URL among
/// them.
pub(crate) struct ResponseHead {
    status: reqwest::StatusCode,
    version: reqwest::Version,
    headers: reqwest::header::HeaderMap,
    extensions: http::Extensions,
}

impl ResponseHead {
    /// Copies what `response` shows besides its body.
    pub(crate) fn of(response: &reqwest::Response) -> Self {
        // Extensions carry what reqwest learnt of the connection (`remote_addr`). The URL is
        // kept apart, and a rebuilt response reads it from an extension only reqwest's
        // builder can set.
        let mut extensions = response.extensions().clone();
        if let Ok(with_url) =
            reqwest::ResponseBuilderExt::url(http::Response::builder(), response.url().clone())
                .body(())
        {
            extensions.extend(with_url.into_parts().0.extensions);
        }
        Self {
            status: response.status(),
            version: response.version(),
            headers: response.headers().clone(),
            extensions,
        }
    }

    /// A response with this head and `body`.
    pub(crate) fn with_body(self, body: reqwest::Body) -> reqwest::Response {
        let mut rebuilt = http::Response::new(body);
        *rebuilt.status_mut() = self.status;
        *rebuilt.version_mut() = self.version;
        *rebuilt.headers_mut() = self.headers;
        *rebuilt.extensions_mut() = self.extensions;
        rebuilt.into()
    }
}
