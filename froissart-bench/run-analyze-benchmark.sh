#!/usr/bin/env bash
# Analyze benchmark: Froissart's whole `analyze` pipeline (cleaning, dates, outlet, language, CoreNLP
# French mapped into records with lemmas, JSON output) against the named baseline, plain CoreNLP
# French (tokenize,ssplit,mwt,pos,ner,depparse) on the same raw texts, in the same run.
#
#   froissart-bench/run-analyze-benchmark.sh INPUT.jsonl [THREADS]
#
# INPUT.jsonl: one {"id", "text", "published"} per line, e.g.
#   python3 ../shared/eval/orangesum.py pack 500 > /tmp/orangesum.jsonl
# Each mode runs in its own JVM with the same options and threads, the baseline first; model
# loading is timed apart (load_s) and left out of the throughput; memory is in MiB, peaks since
# the JVM started (loading included).
#
# Reading the ratios: throughput = Froissart docs/s ÷ CoreNLP docs/s, so 0.80 means Froissart
# processes documents at 80% of plain CoreNLP's speed (what it adds costs 20%); above 1 it is
# faster (it may hand CoreNLP less text, e.g. without boilerplate). Memory = Froissart peak RSS ÷
# CoreNLP peak RSS, so 1.10 means 10% more resident memory. Compare ratios across runs of the
# same machine and input, never raw seconds across machines; on a few dozen documents, or a busy
# machine, the throughput ratio moves by ±0.1 from run to run. Last, each stage's share of the time
# Froissart spends in its stages (the whole pipeline is the baseline of that ratio).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/froissart-bench/target"

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 INPUT.jsonl [THREADS]" >&2
  exit 2
fi
input="$1"
threads="${2:-$(nproc)}"

if [ ! -f "$target/classpath.txt" ]; then
  echo "bench: building…" >&2
  (cd "$root" && mvn -B -q -DskipTests package) >&2
fi
classpath="$target/froissart-bench-0.1.0.jar:$(cat "$target/classpath.txt")"

measure() {
  java -Xmx3g -XX:+UseParallelGC -cp "$classpath" org.froissart.bench.AnalyzeBenchmark \
    --mode "$1" --threads "$threads" "$input"
}
baseline="$(measure corenlp)"
froissart="$(measure froissart)"
echo "$baseline"
echo "$froissart"

python3 - "$baseline" "$froissart" <<'PY'
import json, sys
base, fr = (json.loads(arg) for arg in sys.argv[1:])
columns = ["documents", "chars", "sentences", "errors", "load_s", "run_s", "docs_per_s", "chars_per_s",
           "peak_heap_mb", "peak_rss_mb"]
print()
print(f"{'':14}{'corenlp':>14}{'froissart':>14}")
for key in columns:
    print(f"{key:14}{base[key]!s:>14}{fr[key]!s:>14}")
print()
print(f"throughput ratio (froissart / corenlp docs/s): {fr['docs_per_s'] / base['docs_per_s']:.3f}")
if base["peak_rss_mb"] and fr["peak_rss_mb"]:
    print(f"memory ratio (froissart / corenlp peak RSS):   {fr['peak_rss_mb'] / base['peak_rss_mb']:.3f}")
else:
    print("memory ratio: peak RSS not readable on this system")
print()
print("share of each stage in the pipeline's time (froissart mode):")
for stage, share in sorted(fr["stage_share"].items(), key=lambda kv: -kv[1]):
    print(f"  {stage:12}{share * 100:8.2f} %")
PY
