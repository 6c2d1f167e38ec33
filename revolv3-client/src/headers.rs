//! Headers a caller adds: on every request of a client
//! ([`ClientBuilder::default_header`](crate::ClientBuilder::default_header)), or on every request
//! of a client derived from another ([`Client::with_header`]).

use std::fmt;
use std::sync::Arc;

use reqwest::header::{HeaderName, HeaderValue};

use crate::hooks::TOKEN_HEADER;
use crate::{Client, ClientState};

/// Why a header could not be added. The value is never part of the message.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum HeaderError {
    /// The name is not a valid HTTP header name.
    InvalidName {
        /// The name as given.
        name: String,
    },
    /// The value has characters a header cannot carry.
    InvalidValue {
        /// The header's name.
        name: HeaderName,
    },
    /// The header is the client's own: the API token, which only
    /// [`Client::builder`](crate::Client::builder) sets.
    Reserved {
        /// The header's name.
        name: HeaderName,
    },
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderError::InvalidName { name } => write!(f, "`{name}` is not a valid header name"),
            HeaderError::InvalidValue { name } => {
                write!(
                    f,
                    "the value of header `{name}` is not valid in an HTTP header"
                )
            }
            HeaderError::Reserved { name } => write!(
                f,
                "header `{name}` carries the API token, which only `Client::builder` sets"
            ),
        }
    }
}

impl std::error::Error for HeaderError {}

/// How a header value is treated in `Debug` output and by HTTP/2's header compression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sensitivity {
    /// As given: a [`HeaderValue`] the caller marked sensitive stays sensitive.
    AsGiven,
    /// Marked sensitive: never printed, never added to HPACK's index.
    Sensitive,
}

/// Checks and converts one caller header.
pub(crate) fn caller_header(
    name: impl AsRef<str>,
    value: impl TryInto<HeaderValue>,
    sensitivity: Sensitivity,
) -> Result<(HeaderName, HeaderValue), HeaderError> {
    let name =
        HeaderName::from_bytes(name.as_ref().as_bytes()).map_err(|_| HeaderError::InvalidName {
            name: name.as_ref().to_owned(),
        })?;
    if name == TOKEN_HEADER {
        return Err(HeaderError::Reserved { name });
    }
    let mut value = value
        .try_into()
        .map_err(|_| HeaderError::InvalidValue { name: name.clone() })?;
    if sensitivity == Sensitivity::Sensitive {
        value.set_sensitive(true);
    }
    Ok((name, value))
}

impl Client {
    /// A client that adds header `name: value` to every request it sends, on top of this
    /// client's headers (replacing one of the same name), and is otherwise this client: the
    /// same connection pool, token, retry policy and drift report. Cheap enough to make per
    /// request, for a correlation id, say:
    ///
    /// ```no_run
    /// # async fn run(client: &revolv3_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let customer = client
    ///     .with_header("x-correlation-id", "order-7731")?
    ///     .get_customer()
    ///     .customer_id(42u64)
    ///     .send()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// A header the operation itself sets (a documented header parameter) wins. The token
    /// header (`x-revolv3-token`) is refused.
    pub fn with_header(
        &self,
        name: impl AsRef<str>,
        value: impl TryInto<HeaderValue>,
    ) -> Result<Client, HeaderError> {
        Ok(self.with_caller_header(caller_header(name, value, Sensitivity::AsGiven)?))
    }

    /// [`Client::with_header`] for a secret: the value is marked sensitive, so it never
    /// appears in `Debug` output and HTTP/2 never indexes it.
    pub fn with_sensitive_header(
        &self,
        name: impl AsRef<str>,
        value: impl TryInto<HeaderValue>,
    ) -> Result<Client, HeaderError> {
        Ok(self.with_caller_header(caller_header(name, value, Sensitivity::Sensitive)?))
    }

    fn with_caller_header(&self, (name, value): (HeaderName, HeaderValue)) -> Client {
        let mut headers = (*self.inner.headers).clone();
        headers.insert(name, value);
        Client {
            baseurl: self.baseurl.clone(),
            client: self.client.clone(),
            inner: ClientState {
                headers: Arc::new(headers),
                ..self.inner.clone()
            },
        }
    }
}
