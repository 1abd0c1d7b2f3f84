#!/usr/bin/env python3
"""Builds a large TMX for the translation-memory benchmark from ../shared/bench, and queries for it.

Base units: the gold beads of Text+Berg (de-fr) and MAC (zh-en), and the Korean-English news pairs
of Park et al. (ko-en). They are repeated with variation until N units: copy k > 0 of a unit changes
its numbers and swaps one word on each side for a word of the same language from elsewhere in the
corpus, so the memory is full of near-duplicates (a hard case for fuzzy search).

    make_memory_bench.py BENCH_DIR N OUT.tmx QUERIES.txt [--queries 200] [--seed 7]

QUERIES.txt: English sentences from the news pairs, each with one word changed and not stored as is
(the kind of sentence a translator looks up), one per line.
"""
import random
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape


def lines(path):
    return path.read_text(encoding="utf-8").split("\n")


def beads(gold, src, tgt):
    a, b = lines(src), lines(tgt)
    for row in lines(gold):
        m = re.match(r"\[([\d,]*)\]:\[([\d,]*)\]", row)
        if not m or not m.group(1) or not m.group(2):
            continue
        s = " ".join(a[int(i)] for i in m.group(1).split(","))
        t = " ".join(b[int(i)] for i in m.group(2).split(","))
        yield s.strip(), t.strip()


def base_units(bench):
    units = []
    tb = bench / "textberg_defr"
    for gold in sorted((tb / "gold").iterdir()):
        units += [("de", s, "fr", t) for s, t in beads(gold, tb / "de" / gold.name, tb / "fr" / gold.name)]
    mac = bench / "mac_zhen"
    for gold in sorted((mac / "gold").iterdir()):
        units += [("zh", s, "en", t) for s, t in beads(gold, mac / "src" / gold.name, mac / "tgt" / gold.name)]
    park = bench / "park_news_koen"
    for part in ("test", "dev"):
        for en, ko in zip(lines(park / f"{part}.en"), lines(park / f"{part}.ko")):
            if en.strip() and ko.strip():
                units.append(("en", en.strip(), "ko", ko.strip()))
    # Park's Korean side has lines that are English (misaligned in the corpus): Bitext refuses such a unit as
    # mislabelled, so they are left out here.
    return [u for u in units if u[1] and u[3] and not mostly_latin(u[3], u[2])]


def mostly_latin(text, lang):
    if lang not in ("ko", "zh"):
        return False
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return latin > sum(1 for c in text if c.isalpha() and not c.isascii())


def vary(text, rng, vocab, k):
    text = re.sub(r"\d+", lambda m: str(int(m.group()) + k), text)
    words = text.split(" ")
    if len(words) > 2 and vocab:
        words[rng.randrange(len(words))] = rng.choice(vocab)
    return " ".join(words)


def main():
    bench, n, out, queries_path = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
    query_count = int(sys.argv[sys.argv.index("--queries") + 1]) if "--queries" in sys.argv else 200
    rng = random.Random(int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7)
    units = base_units(bench)
    vocab = {}
    for a, s, b, t in units:
        for lang, text in ((a, s), (b, t)):
            if lang not in ("zh",):
                vocab.setdefault(lang, []).extend(w for w in text.split(" ")[:6] if w.isalpha())
    with out.open("w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                '  <header creationtool="make_memory_bench" creationtoolversion="1" segtype="sentence" o-tmf="bench"'
                ' adminlang="en" srclang="*all*" datatype="plaintext"/>\n  <body>\n')
        written = 0
        k = 0
        while written < n:
            for a, s, b, t in units:
                if written >= n:
                    break
                if k > 0:
                    s, t = vary(s, rng, vocab.get(a, []), k), vary(t, rng, vocab.get(b, []), k)
                f.write(f'    <tu tuid="{written + 1}"><prop type="x-bench-copy">{k}</prop>\n'
                        f'      <tuv xml:lang="{a}"><seg>{escape(s)}</seg></tuv>\n'
                        f'      <tuv xml:lang="{b}"><seg>{escape(t)}</seg></tuv>\n    </tu>\n')
                written += 1
            k += 1
        f.write("  </body>\n</tmx>\n")
    news = [u for u in units if u[0] == "en"]
    with queries_path.open("w", encoding="utf-8") as q:
        for a, s, b, t in rng.sample(news, query_count):
            words = s.split(" ")
            words[rng.randrange(len(words))] = "newly"
            q.write(" ".join(words) + "\n")
    print(f"{n} units from {len(units)} base units; {query_count} queries", file=sys.stderr)


main()
