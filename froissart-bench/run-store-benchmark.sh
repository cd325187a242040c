#!/usr/bin/env bash
# Store benchmark: ingest rate, search latency and event-filter latency of the Froissart store, each
# against a named baseline measured in the same run on the same data:
#   ingest  – the store (checks, duplicate detection, DuckDB tables, Lucene index) against DuckDB
#             alone (the same JSON Lines appended to tables of the same rows, no checks, no Lucene);
#   search  – Store.search (10 hits, exact total, facets, highlights, fields from DuckDB) against
#             Lucene alone (the same parsed query, top 10, nothing else);
#   filter  – Store.events (50 events and the total) against the same filter in raw SQL via JDBC.
#
#   froissart-bench/run-store-benchmark.sh [DOCUMENTS] [EVENTS] [WORK_DIR]
#
# Defaults: 1,000,000 documents, 5,000,000 events, WORK_DIR /tmp/froissart-store-bench. The
# synthetic input (about 2.5 KB a document) is kept in WORK_DIR and reused by later runs of the same
# size; the stores are rebuilt each run. Targets: 5,000 docs/s ingest, search p95 <= 50 ms, event
# filter p95 <= 100 ms.
#
# Reading the ratios: ingest = store docs/s / DuckDB-alone docs/s (0.5: the store ingests at half
# the speed of bare appends; what it adds costs half); latency ratios = store p95 / baseline p95
# (3.0: three times the baseline's time, for the facets, highlights and fields it adds).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/froissart-bench/target"
documents="${1:-1000000}"
events="${2:-5000000}"
work="${3:-/tmp/froissart-store-bench}"

if [ ! -f "$target/classpath.txt" ]; then
  echo "bench: building…" >&2
  (cd "$root" && mvn -B -q -DskipTests package) >&2
fi
classpath="$target/froissart-bench-0.1.0.jar:$(cat "$target/classpath.txt")"

result="$(java -Xmx4g -XX:+UseParallelGC -cp "$classpath" org.froissart.bench.StoreBenchmark \
  --documents "$documents" --events "$events" "$work")"
echo "$result"

python3 - "$result" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print()
print(f"{r['stored_documents']:,} documents, {r['stored_events']:,} events; input {r['input_mb']:.0f} MB,"
      f" store {r['store_mb']:.0f} MB; {r['queries']} queries each")
print(f"{'':22}{'froissart':>12}{'baseline':>12}{'ratio':>8}   target")
def row(name, fr, base, target, ok):
    print(f"{name:22}{fr:>12}{base:>12}{fr / base:>8.2f}   {target} {'met' if ok else 'NOT met'}")
row("ingest docs/s", r["store_docs_per_s"], r["baseline_docs_per_s"], ">= 5000", r["store_docs_per_s"] >= 5000)
print(f"{'search median ms':22}{r['store_search_median_ms']:>12}{r['lucene_search_median_ms']:>12}"
      f"{r['store_search_median_ms'] / r['lucene_search_median_ms']:>8.2f}")
row("search p95 ms", r["store_search_p95_ms"], r["lucene_search_p95_ms"], "<= 50", r["store_search_p95_ms"] <= 50)
print(f"{'filter median ms':22}{r['store_filter_median_ms']:>12}{r['sql_filter_median_ms']:>12}"
      f"{r['store_filter_median_ms'] / r['sql_filter_median_ms']:>8.2f}")
row("filter p95 ms", r["store_filter_p95_ms"], r["sql_filter_p95_ms"], "<= 100", r["store_filter_p95_ms"] <= 100)
print("baselines: ingest = DuckDB alone, search = Lucene alone, filter = raw SQL")
PY
