//! Building a [`Client`]: credentials, environment, the HTTP client, headers, timeouts.

use std::fmt;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::headers::{caller_header, Sensitivity};
use crate::{Client, ClientState, HeaderError, RetryPolicy};

/// Which Revolv3 deployment to talk to.
///
/// The default is [`Environment::Sandbox`], so a client built without thinking about it moves no
/// real money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Environment {
    /// `https://api-sandbox.revolv3.com`, for testing.
    #[default]
    Sandbox,
    /// `https://api.revolv3.com`, for live transactions.
    Production,
}

impl Environment {
    /// The environment's API root.
    pub fn base_url(self) -> &'static str {
        match self {
            Environment::Sandbox => "https://api-sandbox.revolv3.com",
            Environment::Production => "https://api.revolv3.com",
        }
    }
}

/// Sent on every request, so Revolv3 can tell which client and version made it.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// How long to wait for a TCP and TLS connection by default.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a whole request may take by default. Payment calls can wait on card networks, so
/// this is generous; shorten it where a caller has its own deadline.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Configures and builds a [`Client`]; start with [`Client::builder`].
#[derive(Clone)]
pub struct ClientBuilder {
    token: String,
    environment: Environment,
    base_url: Option<String>,
    connect_timeout: Duration,
    timeout: Duration,
    retry: RetryPolicy,
    report_drift: bool,
    http_client: Option<reqwest::Client>,
    /// Checked when added, reported by `build`.
    default_headers: Vec<Result<(HeaderName, HeaderValue), HeaderError>>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("token", &"<redacted>")
            .field("environment", &self.environment)
            .field("base_url", &self.base_url)
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("report_drift", &self.report_drift)
            .field("http_client", &self.http_client.is_some())
            .field(
                "default_headers",
                &self
                    .default_headers
                    .iter()
                    .filter_map(|h| h.as_ref().ok().map(|(name, _)| name))
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Client {
    /// Starts building a client that authenticates with `token`, your static API token, sent
    /// as the `x-revolv3-token` header.
    pub fn builder(token: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            token: token.into(),
            environment: Environment::default(),
            base_url: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            report_drift: false,
            http_client: None,
            default_headers: Vec::new(),
        }
    }
}

impl ClientBuilder {
    /// Chooses the deployment; [`Environment::Sandbox`] unless set.
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = environment;
        self
    }

    /// Sends requests to `url` instead of the environment's API root (a mock server, a proxy).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Sends every request through `client`, as it was built: its proxy, TLS settings (client
    /// certificates, root certificates), connection pool, DNS resolver, timeouts, User-Agent and
    /// default headers. Share one `reqwest::Client` with the rest of your program this way.
    ///
    /// It replaces the HTTP settings of this builder: [`connect_timeout`](Self::connect_timeout)
    /// and [`timeout`](Self::timeout) are not applied, and [`USER_AGENT`] is not sent unless
    /// your client sets it. Everything else still holds: the token header (sensitive, never
    /// logged), [`default_header`](Self::default_header)s, retries of idempotent requests
    /// only, drift reporting and the request span.
    ///
    /// ```
    /// let http = revolv3_client::reqwest::Client::builder()
    ///     .user_agent(revolv3_client::USER_AGENT)
    ///     .https_only(true)
    ///     .build()?;
    /// let client = revolv3_client::Client::builder("token").http_client(http).build()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Adds header `name: value` to every request (a tenant id, say), unless the operation
    /// sets the same header itself (a documented header parameter). The token header
    /// (`x-revolv3-token`) is refused, and an invalid name or value, by [`build`](Self::build).
    /// For one request or a group of them, see [`Client::with_header`].
    pub fn default_header(
        mut self,
        name: impl AsRef<str>,
        value: impl TryInto<HeaderValue>,
    ) -> Self {
        self.default_headers
            .push(caller_header(name, value, Sensitivity::AsGiven));
        self
    }

    /// [`default_header`](Self::default_header) for a secret (a proxy credential, say): the
    /// value is marked sensitive, so it never appears in `Debug` output and HTTP/2 never
    /// indexes it.
    pub fn sensitive_default_header(
        mut self,
        name: impl AsRef<str>,
        value: impl TryInto<HeaderValue>,
    ) -> Self {
        self.default_headers
            .push(caller_header(name, value, Sensitivity::Sensitive));
        self
    }

    /// Limit on establishing a connection; [`DEFAULT_CONNECT_TIMEOUT`] unless set (or unless
    /// an [`http_client`](Self::http_client) is given, whose own settings apply).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Limit on a whole request, from sending to the end of the body;
    /// [`DEFAULT_TIMEOUT`] unless set (or unless an [`http_client`](Self::http_client) is
    /// given, whose own settings apply).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How many times an idempotent request (GET, HEAD, PUT, DELETE) is retried after a
    /// connection error, 429, 502, 503 or 504; 2 unless set, 0 turns retries off.
    /// POST and PATCH are never retried.
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.retry.max_retries = max_retries;
        self
    }

    /// Replaces the whole retry policy, e.g. [`RetryPolicy::none()`].
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Compares every response with what the spec documents for its operation and status, and
    /// reports each difference (an undocumented field or status, a value of another type, an
    /// enum value the spec does not list, a missing required field) as a `tracing` event at
    /// WARN with target `revolv3::drift`, and in the report
    /// [`Client::take_drift_report`] returns. What the caller receives does not change.
    ///
    /// Off unless set: then the request path does no extra work. On, each JSON response body
    /// is read once more into memory and checked before it is handed on.
    pub fn report_drift(mut self, on: bool) -> Self {
        self.report_drift = on;
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, BuildError> {
        let base_url = self
            .base_url
            .as_deref()
            .unwrap_or(self.environment.base_url())
            .trim();
        let parsed = reqwest::Url::parse(base_url).map_err(|e| BuildError::InvalidBaseUrl {
            url: base_url.to_owned(),
            reason: e.to_string(),
        })?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(BuildError::InvalidBaseUrl {
                url: base_url.to_owned(),
                reason: format!("scheme `{}` is not http or https", parsed.scheme()),
            });
        }
        if self.token.trim().is_empty() {
            return Err(BuildError::InvalidToken);
        }
        let mut token =
            HeaderValue::from_str(self.token.trim()).map_err(|_| BuildError::InvalidToken)?;
        token.set_sensitive(true);
        let mut headers = HeaderMap::with_capacity(self.default_headers.len());
        for header in self.default_headers {
            let (name, value) = header.map_err(BuildError::Header)?;
            headers.insert(name, value);
        }
        let http = match self.http_client {
            Some(http) => http,
            None => reqwest::Client::builder()
                .user_agent(USER_AGENT)
                .connect_timeout(self.connect_timeout)
                .timeout(self.timeout)
                .build()
                .map_err(BuildError::Http)?,
        };
        // progenitor joins the base URL and the operation path with a `/` of its own.
        Ok(Client::new_with_client(
            base_url.trim_end_matches('/'),
            http,
            ClientState::new(token, headers, self.retry, self.report_drift),
        ))
    }
}

/// Why a [`ClientBuilder`] could not build a client. The token is never part of the message.
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    /// The token is empty or has characters a header cannot carry.
    InvalidToken,
    /// The base URL is not an absolute http(s) URL.
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A [`default_header`](ClientBuilder::default_header) is invalid or reserved.
    Header(HeaderError),
    /// The HTTP client could not be set up (for example, no TLS roots).
    Http(reqwest::Error),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::InvalidToken => {
                f.write_str("the API token is empty or not valid in an HTTP header")
            }
            BuildError::InvalidBaseUrl { url, reason } => {
                write!(f, "invalid base URL `{url}`: {reason}")
            }
            BuildError::Header(e) => write!(f, "invalid default header: {e}"),
            BuildError::Http(e) => write!(f, "could not set up the HTTP client: {e}"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Header(e) => Some(e),
            BuildError::Http(e) => Some(e),
            _ => None,
        }
    }
}
