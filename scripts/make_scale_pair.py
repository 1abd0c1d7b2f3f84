#!/usr/bin/env python3
"""Concatenates the Text+Berg documents (test0-6, dev), repeated, into one de-fr pair of about N
sentences a side, with its gold alignment (the documents' gold beads shifted), so that quality at
scale is measured, not assumed.

    make_scale_pair.py TEXTBERG_DIR N OUT_PREFIX [--drop-target WHERE:COUNT] [--vary-order]
        -> OUT_PREFIX.de, OUT_PREFIX.fr, OUT_PREFIX.gold (and OUT_PREFIX.dropped: the German lines left without French)

With --drop-target, the French side of whole documents is left out, about COUNT sentences of them, at WHERE
(`start`, `middle`, `end`, or a German sentence index): a translation that skips a chapter. Their German
sentences are 1-0 beads in the gold; the rest of the gold is shifted to the shorter French side.

With --vary-order, each repetition after the first takes the seven documents in another order (a fixed
seed): the plain repetition has a period of 991 sentences, so a stretch left out that is near a multiple of
it has several alignments of equal content, and the gold's is only one of them.
"""
import random
import re
import sys
from pathlib import Path

args = [a for a in sys.argv[1:] if not a.startswith("--")]
drop = None
vary = "--vary-order" in sys.argv
if "--drop-target" in sys.argv:
    where, count = sys.argv[sys.argv.index("--drop-target") + 1].split(":")
    drop = (where, int(count))
    args = [a for a in args if a != sys.argv[sys.argv.index("--drop-target") + 1]]
tb, n, out = Path(args[0]), int(args[1]), args[2]
# test0-6 only: their gold covers every line (the dev gold covers part of its document).
docs = [("de/test%d" % k, "fr/test%d" % k, "gold/test%d" % k) for k in range(7)]


def lines(p):
    text = (tb / p).read_text(encoding="utf-8")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


# The documents in order, each with its lines and its gold beads (indices within the document).
parts = []
total = 0
order = random.Random(991)
rounds = 0
while total < n:
    this_round = list(docs)
    if vary and rounds > 0:
        order.shuffle(this_round)
    rounds += 1
    for d, f, g in this_round:
        if total >= n:
            break
        beads = []
        for row in lines(g):
            m = re.match(r"\[([\d, ]*)\]:\[([\d, ]*)\]", row)
            if m:
                ints = lambda s: [int(x) for x in s.split(",") if x.strip() != ""]
                beads.append((ints(m.group(1)), ints(m.group(2))))
        parts.append((lines(d), lines(f), beads))
        total += len(parts[-1][0])

dropped = set()
if drop:
    where, count = drop
    start = {"start": 0, "middle": max(0, total // 2 - count // 2), "end": max(0, total - count)}.get(where)
    start = int(where) if start is None else start
    at = 0
    for k, (a, _, _) in enumerate(parts):
        if at + len(a) > start and sum(len(parts[j][0]) for j in dropped) < count:
            dropped.add(k)
        at += len(a)

de, fr, gold, without = [], [], [], []
for k, (a, b, beads) in enumerate(parts):
    if k in dropped:
        gold += ["[%d]:[]" % (len(de) + i) for i in range(len(a))]
        without += [len(de) + i for i in range(len(a))]
    else:
        for s, t in beads:
            gold.append("[%s]:[%s]" % (",".join(str(x + len(de)) for x in s), ",".join(str(x + len(fr)) for x in t)))
        fr += b
    de += a
Path(out + ".de").write_text("\n".join(de) + "\n", encoding="utf-8")
Path(out + ".fr").write_text("\n".join(fr) + "\n", encoding="utf-8")
Path(out + ".gold").write_text("\n".join(gold) + "\n", encoding="utf-8")
if drop:
    Path(out + ".dropped").write_text("".join("%d\n" % i for i in without), encoding="utf-8")
missing = sum(len(parts[k][0]) for k in dropped)
print(f"{len(de)} de, {len(fr)} fr sentences, {len(gold)} gold beads; {missing} German sentences without French ({len(dropped)} documents)", file=sys.stderr)
