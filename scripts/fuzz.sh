#!/usr/bin/env bash
# Builds Bitext's libFuzzer targets (Fuzz/, with address sanitizer) and runs each for SECONDS, seeded from
# fixtures/ and ../shared. Prints executions and coverage per target; a crash, hang or leak stops with the
# input saved under .build-fuzz/artifacts/ (minimise it, add it to fixtures/fuzz/, and a regression test).
#   scripts/fuzz.sh [SECONDS] [TARGET…]      (default 30 s each, every target)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-30}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(TextDecoder Segmenter LanguageSplitter Glossary TMX AlignmentJSON Manifest)
SHARED=${SHARED:-../shared}
SCRATCH=.build-fuzz
export BITEXT_FUZZ=1

corpus() { # target → seed folder, rebuilt each run from the fixtures (nothing copied into git)
  local t=$1 dir="$SCRATCH/seeds/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  case "$t" in
    TextDecoder|LanguageSplitter)
      cp fixtures/seeds/*.txt "$dir/"; cp fixtures/bad/* "$dir/" 2>/dev/null || true ;;
    Segmenter)
      local k=0
      for f in fixtures/seeds/*.txt; do printf '\x0%d' $((k % 5)) > "$dir/$k"; head -c 4000 "$f" >> "$dir/$k"; k=$((k + 1)); done ;;
    Glossary)
      local k=0
      for f in Sources/BitextGlossary/Resources/Glossaries/*.tsv; do [ -f "$f" ] || continue; printf '\x00' > "$dir/$k"; head -c 8000 "$f" >> "$dir/$k"; k=$((k + 1)); done ;;
    TMX)
      cp fixtures/tmx/*.tmx "$dir/"; cp "$SHARED"/clients/fixtures/*.tmx "$dir/" 2>/dev/null || true ;;
    AlignmentJSON)
      cp fixtures/review/*.json "$dir/" ;;
    Manifest)
      cp fixtures/batch/manifest.tsv "$dir/"; cp fixtures/batch/*.jsonl "$dir/" 2>/dev/null || true ;;
  esac
}

printf '| target | seconds | executions | exec/s | coverage (edges) | features | corpus | result |\n|---|---|---|---|---|---|---|---|\n'
for t in "${TARGETS[@]}"; do
  # lld: SwiftPM points main at the target's own entry (which calls LLVMFuzzerRunDriver); gold trips over that.
  swift build --scratch-path "$SCRATCH" --product "Fuzz$t" -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >/dev/null
  corpus "$t"
  mkdir -p "$SCRATCH/corpus/$t" "$SCRATCH/artifacts/$t"
  log="$SCRATCH/fuzz-$t.log"
  status=ok
  # -rss_limit_mb and -timeout turn unbounded memory and hangs into findings; -detect_leaks reports leaks.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/Fuzz/lsan.supp "$SCRATCH/debug/Fuzz$t" "$SCRATCH/corpus/$t" "$SCRATCH/seeds/$t" \
    -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$SCRATCH/artifacts/$t/" > "$log" 2>&1 || status=FOUND
  runs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log" | tail -1)
  rate=$(awk '/stat::average_exec_per_sec/ {print $2}' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}')
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | awk '{print $2}')
  corp=$(grep -oE 'corp: [0-9]+' "$log" | tail -1 | awk '{print $2}')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$t" "$SECONDS_EACH" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$status"
  if [ "$status" != ok ]; then
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5 >&2
    exit 1
  fi
done
