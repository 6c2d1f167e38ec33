//! Giving a response a new body while keeping everything else the caller can see.

/// A response without its body: status, version, headers and reqwest's URL extension.
pub(crate) struct ResponseHead {
    status: reqwest::StatusCode,
    version: reqwest::Version,
    headers: reqwest::header::HeaderMap,
    extensions: Option<http::Extensions>,
}

impl ResponseHead {
    /// Copies what `response` shows besides its body.
    pub(crate) fn of(response: &reqwest::Response) -> Self {
        // reqwest keeps a response's URL in an extension only its builder can set.
        let extensions =
            reqwest::ResponseBuilderExt::url(http::Response::builder(), response.url().clone())
                .body(())
                .map(|r| r.into_parts().0.extensions)
                .ok();
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
        if let Some(extensions) = self.extensions {
            *rebuilt.extensions_mut() = extensions;
        }
        rebuilt.into()
    }
}
