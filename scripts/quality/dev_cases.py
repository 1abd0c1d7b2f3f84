#!/usr/bin/env python3
"""Bitext on the development cases of a folder laid out as ../shared/dev (any language pair with a gold file): strict and lax P/R/F1 per language pair, from the raw scraped .txt and
from the reference .sent files, plus a table of confidence bands against accuracy.

From raw text Bitext segments the article itself; its beads are then mapped onto the reference sentences by
the characters they cover (the .sent files hold exactly the .txt's non-space characters, in order): a reference
sentence belongs to the Bitext segment that covers most of its characters, and a bead takes the reference
sentences of its segments. Reference sentences no bead covers (page furniture Bitext set aside) are unaligned.

    scripts/quality/dev_cases.py BITEXT DEV_DIR OUT_DIR [-- extra align options]
"""
import json
import os
import subprocess
import sys
from collections import defaultdict

PAIRS = ["en-ko", "en-vi", "ko-vi", "en-ja", "ko-ja", "ja-vi", "zh-en"]
BANDS = [(0.9, 1.01), (0.7, 0.9), (0.5, 0.7), (0.0, 0.5)]


def nonspace(text):
    return "".join(ch for ch in text if not ch.isspace())


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def parse_beads(path):
    beads = []
    for line in read_lines(path):
        line = line.split("\t")[0].strip()
        if not line:
            continue
        left, right = line.split(":")
        nums = lambda s: [int(x) for x in s.strip("[] ").split(",") if x.strip()]
        beads.append((nums(left), nums(right)))
    return beads


def segment_owner(segments, sentences, name):
    """For each reference sentence, the index of the Bitext segment covering most of its characters (or None)."""
    ref = []  # per sentence: (start, end) in the non-space stream
    stream = ""
    for s in sentences:
        ns = nonspace(s)
        ref.append((len(stream), len(stream) + len(ns)))
        stream += ns
    spans = []  # per segment: (start, end)
    cursor = 0
    for seg in segments:
        ns = nonspace(seg)
        at = stream.find(ns, cursor) if ns else -1
        if at < 0:
            at = stream.find(ns) if ns else -1
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(ns)))
        cursor = at + len(ns)
    owner = []
    for (a, b) in ref:
        best, best_cover = None, 0
        for k, span in enumerate(spans):
            if span is None:
                continue
            cover = min(b, span[1]) - max(a, span[0])
            if cover > best_cover:
                best, best_cover = k, cover
        owner.append(best if best_cover * 2 > (b - a) or (best_cover > 0 and b - a < 4) else None)
    missing = sum(1 for s in spans if s is None)
    if missing:
        print(f"warning: {name}: {missing} Bitext segments not found in the reference text", file=sys.stderr)
    return owner


def map_alignment(doc, src_sent, tgt_sent, name):
    """Bitext's alignment JSON mapped to reference sentence indices: [(src, tgt, confidence)]."""
    src_owner = segment_owner([s["text"] for s in doc["source"]["segments"]], src_sent, name + " source")
    tgt_owner = segment_owner([s["text"] for s in doc["target"]["segments"]], tgt_sent, name + " target")
    src_of, tgt_of = defaultdict(list), defaultdict(list)
    for i, k in enumerate(src_owner):
        if k is not None:
            src_of[k].append(i)
    for j, k in enumerate(tgt_owner):
        if k is not None:
            tgt_of[k].append(j)
    beads, covered_s, covered_t = [], set(), set()
    for b in doc["beads"]:
        s = sorted(i for k in b["source"] for i in src_of[k])
        t = sorted(j for k in b["target"] for j in tgt_of[k])
        if not s and not t:
            continue
        covered_s.update(s)
        covered_t.update(t)
        beads.append((s, t, b.get("confidence", 1.0)))
    beads += [([i], [], 1.0) for i in range(len(src_sent)) if i not in covered_s]
    beads += [([], [j], 1.0) for j in range(len(tgt_sent)) if j not in covered_t]
    return beads


def write_beads(beads, path):
    with open(path, "w", encoding="utf-8") as f:
        for s, t, c in beads:
            f.write(f"[{','.join(map(str, s))}]:[{','.join(map(str, t))}]\t{c:.4f}\n")


def run_align(bitext, left, right, lang_l, lang_r, presegmented, extra):
    args = [bitext, "align", left, right, "--src-lang", lang_l, "--tgt-lang", lang_r, "--format", "json"]
    if presegmented:
        args.append("--presegmented")
    p = subprocess.run(args + extra, capture_output=True, text=True)
    if p.returncode not in (0, 4):
        raise SystemExit(f"{' '.join(args)}: {p.stderr.strip()}")
    return json.loads(p.stdout), p.stderr.strip()


def evaluate(bitext, pairs):
    """Micro-averaged strict and lax (P, R, F1) from `bitext eval GOLD TEST …`."""
    args = [bitext, "eval"] + [x for pair in pairs for x in pair]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    scores = {}
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] in ("strict", "lax"):
            scores[parts[0]] = tuple(float(x) for x in parts[1:4])
    return scores


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    bitext, dev, out = argv
    os.makedirs(out, exist_ok=True)
    cases_dir = os.path.join(dev, "cases")
    results = {}
    calibration = defaultdict(lambda: [0, 0])
    verdicts = []
    for case in sorted(os.listdir(cases_dir)):
        folder = os.path.join(cases_dir, case)
        golds = sorted(f[5:] for f in os.listdir(folder) if f.startswith("gold."))
        for pair in golds:
            gold = os.path.join(folder, "gold." + pair)
            l, r = pair.split("-")
            gold_beads = parse_beads(gold)
            gold_set = {(tuple(s), tuple(t)) for s, t in gold_beads if s and t}
            for source in ("raw", "sent"):
                ext = ".txt" if source == "raw" else ".sent"
                doc, log = run_align(bitext, os.path.join(folder, l + ext), os.path.join(folder, r + ext), l, r, source == "sent", extra)
                src_sent = read_lines(os.path.join(folder, l + ".sent"))
                tgt_sent = read_lines(os.path.join(folder, r + ".sent"))
                if source == "raw":
                    beads = map_alignment(doc, src_sent, tgt_sent, f"{case} {pair}")
                    verdicts.append((case, pair, next((l for l in log.splitlines() if "linked by" in l), "")))
                else:
                    beads = [(b["source"], b["target"], b.get("confidence", 1.0)) for b in doc["beads"]]
                test = os.path.join(out, f"{case}.{pair}.{source}.beads")
                write_beads(beads, test)
                results.setdefault((pair, source), []).append((gold, test))
                if source == "raw":
                    for s, t, c in beads:
                        if s and t:
                            band = next(b for b in BANDS if b[0] <= c < b[1])
                            calibration[band][0] += 1
                            calibration[band][1] += (tuple(s), tuple(t)) in gold_set
    print("| pair | from | strict P / R / F1 | lax P / R / F1 |")
    print("|---|---|---|---|")
    for pair in PAIRS + sorted({p for p, _ in results} - set(PAIRS)):
        for source in ("raw", "sent"):
            files = results.get((pair, source))
            if not files:
                continue
            sc = evaluate(bitext, files)
            fmt = lambda v: " / ".join(f"{x:.3f}" for x in v)
            print(f"| {pair} ({len(files)} cases) | {'raw .txt' if source == 'raw' else '.sent'} | {fmt(sc['strict'])} | {fmt(sc['lax'])} |")
    print()
    print("| confidence (raw text) | beads | right | share right |")
    print("|---|---|---|---|")
    for band in BANDS:
        n, right = calibration[band]
        share = f"{right / n:.3f}" if n else "–"
        print(f"| {band[0]:.1f}–{min(band[1], 1.0):.1f} | {n} | {right} | {share} |")
    print()
    for case, pair, log in verdicts:
        print(f"{case} {pair}: {log}")


if __name__ == "__main__":
    main()
