//! Getting spec bytes from a URL or a path, with limits, and refusing what is not a spec.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

/// Limits on what `refresh` and `check --upstream` accept.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest body accepted, in bytes.
    pub max_bytes: u64,
    /// Longest a download may take, end to end.
    pub timeout: Duration,
}

/// The largest spec accepted unless `--max-bytes` says otherwise.
pub const DEFAULT_MAX_BYTES: u64 = 32 * 1024 * 1024;
/// How long a download may take unless `--timeout-secs` says otherwise.
pub const DEFAULT_TIMEOUT_SECS: u64 = 60;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: DEFAULT_MAX_BYTES,
            timeout: Duration::from_secs(DEFAULT_TIMEOUT_SECS),
        }
    }
}

/// `--max-bytes` and `--timeout-secs`, for every command that reads a spec from outside.
#[derive(Debug, Clone, clap::Args)]
pub struct LimitArgs {
    /// Refuse a spec larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Give up on a download after this many seconds.
    #[arg(long, default_value_t = DEFAULT_TIMEOUT_SECS)]
    timeout_secs: u64,
}

impl LimitArgs {
    /// The limits the flags give.
    pub fn limits(&self) -> Limits {
        Limits {
            max_bytes: self.max_bytes,
            timeout: Duration::from_secs(self.timeout_secs),
        }
    }
}

/// Reads `source`: an `http(s)://` URL, or a path on disk.
pub fn fetch(source: &str, limits: Limits) -> Result<Vec<u8>, String> {
    if source.starts_with("http://") || source.starts_with("https://") {
        download(source, limits)
    } else {
        read_file(Path::new(source), limits)
    }
}

/// Reads the file at `path`, refusing one past `limits.max_bytes` (it reads one byte more than
/// the limit, never the whole of a larger file).
pub fn read_file(path: &Path, limits: Limits) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    file.take(limits.max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if bytes.len() as u64 > limits.max_bytes {
        return Err(format!(
            "{}: larger than the {} byte limit",
            path.display(),
            limits.max_bytes
        ));
    }
    Ok(bytes)
}

fn download(url: &str, limits: Limits) -> Result<Vec<u8>, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("could not start the download runtime: {e}"))?;
    runtime.block_on(async {
        let client = reqwest::Client::builder()
            .timeout(limits.timeout)
            .connect_timeout(limits.timeout)
            .user_agent(concat!("revolv3-rs-xtask/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("could not set up HTTP: {e}"))?;
        let describe = |e: reqwest::Error| {
            if e.is_timeout() {
                format!("{url}: timed out after {} s", limits.timeout.as_secs())
            } else {
                format!("{url}: {e}")
            }
        };
        let mut response = client.get(url).send().await.map_err(describe)?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("{url}: HTTP {status}"));
        }
        if response
            .content_length()
            .is_some_and(|n| n > limits.max_bytes)
        {
            return Err(format!(
                "{url}: larger than the {} byte limit",
                limits.max_bytes
            ));
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(describe)? {
            bytes.extend_from_slice(&chunk);
            if bytes.len() as u64 > limits.max_bytes {
                return Err(format!(
                    "{url}: larger than the {} byte limit",
                    limits.max_bytes
                ));
            }
        }
        Ok(bytes)
    })
}
