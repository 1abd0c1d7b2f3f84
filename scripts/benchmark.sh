#!/usr/bin/env bash
# Quality (strict/lax P/R/F1 against gold) on the seed pair and the public benchmarks,
# then time and peak memory on large synthetic pairs. Not a CI step: run it by hand.
#   scripts/benchmark.sh [quality|scale|all]   (default: all)
set -euo pipefail
# Every alignment below runs with the default --mode auto unless a mode is named; auto reports its choice on stderr.
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
OUT=${OUT:-/tmp/bitext-bench}
WHAT=${1:-all}
mkdir -p "$OUT"
swift build -c release --product bitext >/dev/null
BITEXT=$(swift build -c release --show-bin-path)/bitext

row() { # name, eval output
  local strict lax
  strict=$(echo "$2" | awk '/^strict/ {print $2, $3, $4}')
  lax=$(echo "$2" | awk '/^lax/ {print $4}')
  printf '| %-34s | %s | %s |\n' "$1" "$(echo "$strict" | awk '{printf "%.3f / %.3f / %.3f", $1, $2, $3}')" "$lax"
}

quality() {
  echo "| set | strict P / R / F1 | lax F1 |"
  echo "|---|---|---|"
  # Seed pair en-ko, from the raw two-language file and from the reference sentences.
  "$BITEXT" align "$SHARED/seeds/001_4bdbc64759555825.txt" --format beads -o "$OUT/seed001.raw.beads"
  row "seed001 en-ko (raw file)" "$("$BITEXT" eval "$SHARED/gold/seed001.en-ko.gold" "$OUT/seed001.raw.beads")"
  "$BITEXT" align --presegmented "$SHARED/gold/seed001.en.sent" "$SHARED/gold/seed001.ko.sent" --format beads -o "$OUT/seed001.pre.beads"
  row "seed001 en-ko (presegmented)" "$("$BITEXT" eval "$SHARED/gold/seed001.en-ko.gold" "$OUT/seed001.pre.beads")"
  # Independent accounts: English seed001 against Vietnamese seed000, gold links (and links + partial).
  grep -h . "$SHARED/gold/seed001-000.en-vi.links" "$SHARED/gold/seed001-000.en-vi.partial" > "$OUT/seed-links-partial"
  for m in comparable parallel; do
    "$BITEXT" align --mode "$m" --presegmented "$SHARED/gold/seed001.en.sent" "$SHARED/gold/seed000.vi.sent" --format beads -o "$OUT/seed.$m.beads"
    row "seed001/000 en-vi --mode $m (links)" "$("$BITEXT" eval "$SHARED/gold/seed001-000.en-vi.links" "$OUT/seed.$m.beads")"
    row "seed001/000 en-vi --mode $m (+partial)" "$("$BITEXT" eval "$OUT/seed-links-partial" "$OUT/seed.$m.beads")"
  done
  # The glossary's effect: the same sets without it.
  "$BITEXT" align --no-glossary --presegmented "$SHARED/gold/seed001.en.sent" "$SHARED/gold/seed001.ko.sent" --format beads -o "$OUT/seed001.nogl.beads"
  row "seed001 en-ko (presegmented, no glossary)" "$("$BITEXT" eval "$SHARED/gold/seed001.en-ko.gold" "$OUT/seed001.nogl.beads")"
  "$BITEXT" align --no-glossary --mode comparable --presegmented "$SHARED/gold/seed001.en.sent" "$SHARED/gold/seed000.vi.sent" --format beads -o "$OUT/seed.cmp.nogl.beads"
  row "seed001/000 comparable (links, no glossary)" "$("$BITEXT" eval "$SHARED/gold/seed001-000.en-vi.links" "$OUT/seed.cmp.nogl.beads")"
  # Text+Berg de-fr, 7 test documents, micro-averaged; and the dev document.
  local tb="$SHARED/bench/textberg_defr"
  mkdir -p "$OUT/textberg"
  for k in 0 1 2 3 4 5 6; do
    "$BITEXT" align --presegmented --src-lang de --tgt-lang fr "$tb/de/test$k" "$tb/fr/test$k" --format beads -o "$OUT/textberg/test$k"
  done
  row "Text+Berg de-fr test (7 docs)" "$("$BITEXT" eval "$tb/gold" "$OUT/textberg")"
  "$BITEXT" align --presegmented --src-lang de --tgt-lang fr "$tb/de/dev" "$tb/fr/dev" --format beads -o "$OUT/textberg-dev.beads"
  row "Text+Berg de-fr dev" "$("$BITEXT" eval "$tb/gold_dev/dev" "$OUT/textberg-dev.beads")"
  # en-ko document pairs built from the Park et al. news test split (captions, omissions, merges, splits).
  python3 scripts/make_news_pairs.py "$SHARED/bench/park_news_koen" test "$OUT/news" --docs 40 --size 50
  mkdir -p "$OUT/news-out"
  for f in "$OUT/news/gold"/*; do
    n=$(basename "$f")
    "$BITEXT" align --presegmented --src-lang en --tgt-lang ko "$OUT/news/$n.en" "$OUT/news/$n.ko" --format beads -o "$OUT/news-out/$n"
  done
  row "news en-ko (Park test, 40 pairs)" "$("$BITEXT" eval "$OUT/news/gold" "$OUT/news-out")"
  for f in "$OUT/news/gold"/*; do
    n=$(basename "$f")
    "$BITEXT" align --no-glossary --presegmented --src-lang en --tgt-lang ko "$OUT/news/$n.en" "$OUT/news/$n.ko" --format beads -o "$OUT/news-out/$n"
  done
  row "news en-ko (no glossary)" "$("$BITEXT" eval "$OUT/news/gold" "$OUT/news-out")"
  # MAC-Test zh-en: the Bertalign metric counts insertions and deletions too.
  local mac="$SHARED/bench/mac_zhen"
  mkdir -p "$OUT/mac"
  for f in "$mac"/gold/*; do
    n=$(basename "$f")
    "$BITEXT" align --presegmented --src-lang zh --tgt-lang en "$mac/src/$n" "$mac/tgt/$n" --format beads -o "$OUT/mac/$n"
  done
  row "MAC-Test zh-en (all beads)" "$("$BITEXT" eval --include-null "$mac/gold" "$OUT/mac")"
  row "MAC-Test zh-en (no null beads)" "$("$BITEXT" eval "$mac/gold" "$OUT/mac")"
  # Synthetic independent accounts: Park test news with the Korean paragraphs shuffled, a fifth dropped.
  python3 scripts/make_news_pairs.py "$SHARED/bench/park_news_koen" test "$OUT/shuffled" --docs 40 --size 30 --comparable
  mkdir -p "$OUT/shuffled-out"
  for f in "$OUT/shuffled/gold"/*; do
    n=$(basename "$f")
    "$BITEXT" align --mode comparable --presegmented --src-lang en --tgt-lang ko "$OUT/shuffled/$n.en" "$OUT/shuffled/$n.ko" --format beads -o "$OUT/shuffled-out/$n"
  done
  row "shuffled en-ko accounts, comparable" "$("$BITEXT" eval "$OUT/shuffled/gold" "$OUT/shuffled-out")"
}

scale() {
  # Text+Berg documents concatenated (and repeated) to N sentences a side.
  local tb="$SHARED/bench/textberg_defr"
  echo "| sentences per side | wall time (s) | peak memory (MB) |"
  echo "|---|---|---|"
  for n in 10000 50000 100000; do
    for side in de fr; do
      : > "$OUT/big.$side"
      while [ "$(wc -l < "$OUT/big.$side")" -lt "$n" ]; do cat "$tb/$side"/test* "$tb/$side/dev" >> "$OUT/big.$side"; done
      head -n "$n" "$OUT/big.$side" > "$OUT/big.$side.$n"
    done
    /usr/bin/time -f '%e %M' -o "$OUT/time.$n" "$BITEXT" align --presegmented --no-glossary --src-lang de --tgt-lang fr \
      "$OUT/big.de.$n" "$OUT/big.fr.$n" --format beads -o "$OUT/big.$n.beads"
    read -r secs kb < "$OUT/time.$n"
    printf '| %d | %s | %d |\n' "$n" "$secs" "$((kb / 1024))"
  done
}

case "$WHAT" in
  quality) quality ;;
  scale) scale ;;
  all) quality; echo; scale ;;
esac
