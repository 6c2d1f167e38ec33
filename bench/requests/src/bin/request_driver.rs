//! The request benchmarks that criterion cannot express, for `cargo xtask bench`.
//!
//! - `interleave` alternates the generated and the hand-written exchange request by request
//!   and prints the quartiles of the per-round time ratios.
//! - `serve` and `run` split server and client into two processes, so that `cargo xtask bench`
//!   can count the client's instructions per request under valgrind without counting the
//!   server's.
//!
//! ```text
//! request_driver interleave CASE ROUNDS          print lower quartile, median, upper quartile
//! request_driver serve CASE                      print the server's URL, serve until stdin closes
//! request_driver run CASE generated|handwritten COUNT URL
//! ```

use std::io::{Read, Write};
use std::process::ExitCode;

use revolv3_bench_requests::{Case, Exchange, client_runtime, interleaved_ratios, spawn_server};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["interleave", case, rounds] => {
            let (Some(case), Ok(rounds @ 1..)) = (Case::named(case), rounds.parse::<usize>())
            else {
                return usage("CASE must be a known case and ROUNDS a positive number");
            };
            let ratios = interleaved_ratios(case, rounds);
            let quartile = |q: usize| ratios[(ratios.len() - 1) * q / 4];
            println!("{:.4} {:.4} {:.4}", quartile(1), quartile(2), quartile(3));
            ExitCode::SUCCESS
        }
        ["serve", case] => {
            let Some(case) = Case::named(case) else {
                return usage(&format!("unknown case {case}"));
            };
            println!("{}", spawn_server(case));
            let _ = std::io::stdout().flush();
            // Serve until the parent closes our stdin.
            let _ = std::io::stdin().read_to_end(&mut Vec::new());
            ExitCode::SUCCESS
        }
        ["run", case, variant, count, url] => {
            let (Some(case), Ok(count)) = (Case::named(case), count.parse::<u32>()) else {
                return usage("CASE must be a known case and COUNT a number");
            };
            let generated = match *variant {
                "generated" => true,
                "handwritten" => false,
                other => return usage(&format!("unknown variant {other}")),
            };
            let exchange = match Exchange::new(url) {
                Ok(exchange) => exchange,
                Err(e) => return usage(&format!("URL: {e}")),
            };
            client_runtime().block_on(async {
                for _ in 0..count {
                    if generated {
                        exchange.generated(case).await;
                    } else {
                        exchange.handwritten(case).await;
                    }
                }
            });
            ExitCode::SUCCESS
        }
        _ => usage("unknown arguments"),
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!(
        "request_driver: {problem}\n\
         usage: request_driver interleave CASE ROUNDS\n       \
         request_driver serve CASE\n       \
         request_driver run CASE generated|handwritten COUNT URL\n\
         CASE: get_customer, list_100_invoices or create_customer"
    );
    ExitCode::from(2)
}
