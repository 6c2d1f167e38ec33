//! Request overhead in wall time: the generated client against a hand-written `reqwest` +
//! `serde` call making the same HTTP exchange, against a loopback server that answers canned
//! bytes. Run through `cargo xtask bench`, which prints the ratios next to the instruction
//! counts from `request_driver`.

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use revolv3_bench_requests::{Case, Exchange, client_runtime, spawn_server};

fn bench(c: &mut Criterion) {
    let runtime = client_runtime();
    for case in Case::ALL {
        let exchange = Exchange::new(&spawn_server(case)).expect("loopback client");
        let mut group = c.benchmark_group(case.name());
        group.bench_function("generated", |b| {
            b.to_async(&runtime).iter(|| exchange.generated(case))
        });
        group.bench_function("handwritten", |b| {
            b.to_async(&runtime).iter(|| exchange.handwritten(case))
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(80)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
