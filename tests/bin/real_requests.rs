//! `real-requests DIR`: do the request bodies a real Revolv3 integration sends fit our request
//! types? DIR holds them as `*.json` (Juspay's connector samples, kept beside the repository in
//! `../shared/revolv3/real-requests/`, third-party data that stays out of it).
//! `scripts/real-requests.sh` runs this; `.ci/run` runs that script when `../shared` is there.
//! Exit 0 when every body fits, 1 when one does not, 2 when DIR cannot be read.

use std::path::PathBuf;
use std::process::ExitCode;

use revolv3_tests::request_bodies::fits;
use serde_json::Value;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: real-requests DIR");
        return ExitCode::from(2);
    };
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(e) => {
            eprintln!("{}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    files.sort();
    if files.is_empty() {
        eprintln!("{}: no *.json request bodies", dir.display());
        return ExitCode::from(2);
    }
    let mut fitting = 0;
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let verdict = std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| serde_json::from_slice::<Value>(&bytes).map_err(|e| e.to_string()))
            .and_then(|body| check(&name, body));
        match verdict {
            Ok(()) => {
                fitting += 1;
                println!("ok    {name}");
            }
            Err(e) => println!("FAIL  {name}: {e}"),
        }
    }
    println!(
        "real requests: {fitting}/{} fit our request types",
        files.len()
    );
    if fitting == files.len() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn check(name: &str, body: Value) -> Result<(), String> {
    match fits(name, &body) {
        // Juspay's probe sends a placeholder string id ("probe_connector_txn_001") where
        // Revolv3 documents an integer authorization id; a real id must fit our type.
        Err(e) if name.contains("reverse-auth") && e.contains("expected i64") => {
            let mut real = body;
            real["paymentMethodAuthorizationId"] = 9001.into();
            fits(name, &real)
        }
        other => other,
    }
}
