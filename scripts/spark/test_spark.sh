#!/usr/bin/env bash
# Runs the Spark recipe in local mode (local[2]) on a few hundred pairs and checks that its output is
# line for line what `bitext batch --jsonl -` gives on one machine. Installs PySpark from PyPI when
# missing (needs a Java runtime: OmegaT's, from ../shared/clients/install-deps.sh, will do).
#   scripts/spark/test_spark.sh BITEXT_BINARY [PAIRS]
set -euo pipefail
cd "$(dirname "$0")/../.."
BITEXT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
PAIRS=${2:-300}
SHARED=${SHARED:-$(cd .. && pwd)/shared}
python3 -c 'import pyspark' 2>/dev/null || pip install --quiet 'pyspark==3.5.3'
work=$(mktemp -d)
trap 'cp "$work/spark.log" /tmp/spark-last.log 2>/dev/null; rm -rf "$work"' EXIT
python3 scripts/spark/make_requests.py "$SHARED/bench/park_news_koen" "$PAIRS" "$work/requests.jsonl"
"$BITEXT" batch --jsonl - --quiet --no-glossary < "$work/requests.jsonl" > "$work/single.jsonl" || true
started=$(date +%s)
PYSPARK_PYTHON=python3 spark-submit --master 'local[2]' --conf spark.ui.enabled=false --conf spark.log.level=WARN \
  scripts/spark/align_job.py "$work/requests.jsonl" "$work/spark-out" --bitext "$BITEXT" --partitions 4 -- --no-glossary \
  2> "$work/spark.log" || { grep -E "Error|Exception|bitext" "$work/spark.log" | head -20; exit 1; }
cat "$work"/spark-out/part-* > "$work/spark.jsonl"
lines=$(wc -l < "$work/spark.jsonl")
if cmp -s "$work/single.jsonl" "$work/spark.jsonl"; then
  echo "spark recipe: $lines results from local[2] in $(( $(date +%s) - started )) s, identical to bitext batch --jsonl - on one machine"
else
  echo "spark recipe: output differs from the single-machine run ($lines lines)"; diff <(cut -c1-120 "$work/single.jsonl") <(cut -c1-120 "$work/spark.jsonl") | head
  exit 1
fi
