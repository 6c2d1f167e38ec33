//! The generated client's request hooks: authentication, header hygiene, empty bodies.

use progenitor_client::{ClientHooks, OperationInfo};
use reqwest::header::HeaderName;

use crate::{empty_body, Client, ClientState, Error};

/// The header Revolv3 reads the static API token from.
pub const TOKEN_HEADER: HeaderName = HeaderName::from_static("x-revolv3-token");

/// progenitor adds `api-version: <info.version>` to every request. ASP.NET servers may read
/// that header for API versioning, so it must not be sent on the spec's behalf.
const API_VERSION_HEADER: HeaderName = HeaderName::from_static("api-version");

impl ClientHooks<ClientState> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let headers = request.headers_mut();
        headers.remove(API_VERSION_HEADER);
        headers.insert(TOKEN_HEADER, self.inner.token.clone());
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let response = self.client.execute(request).await?;
        empty_body::fill_documented_empty_body(response, info.operation_id).await
    }
}
