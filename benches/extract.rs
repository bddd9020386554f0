//! Extraction core throughput on one core: the bundled fixture articles, read once, then
//! normalized, detected, resolved and mapped to quads. Reports MB/s of article text
//! (criterion's throughput) so it compares directly with the 20 MB/s bar.
//!
//!     cargo bench --bench extract

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus() -> Vec<blotter::document::Document> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let mut docs = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        docs.push(blotter::document::read_path(&p, blotter::document::DEFAULT_MAX_BYTES).unwrap());
    }
    docs.sort_by(|a, b| a.source.cmp(&b.source));
    docs
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.body.len()).sum();
    let base = blotter::rdf::iri::Base::new(blotter::rdf::vocab::DEFAULT_BASE).unwrap();
    let links = blotter::rdf::links::Links::default();
    // Build the gazetteer outside the measurement.
    let _ = blotter::extract(&docs[0]);
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("fixtures_to_quads", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                let ex = blotter::extract(d);
                n += blotter::rdf::to_quads(&ex, &base, &links).len();
            }
            n
        })
    });
    g.bench_function("fixtures_from_bytes", |b| {
        let raw: Vec<(String, Vec<u8>, String)> = docs
            .iter()
            .map(|d| {
                let p = std::path::Path::new(&d.source);
                (
                    d.source.clone(),
                    std::fs::read(p).unwrap(),
                    p.extension().unwrap().to_str().unwrap().to_string(),
                )
            })
            .collect();
        b.iter(|| {
            let mut n = 0;
            for (s, bytes, ext) in &raw {
                let d = blotter::document::from_bytes(s, bytes, ext).unwrap();
                n += blotter::extract(&d).organizations.len();
            }
            n
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
