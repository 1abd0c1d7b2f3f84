#!/usr/bin/env python3
"""Concatenates the Text+Berg documents (test0-6, dev), repeated, into one de-fr pair of about N
sentences a side, with its gold alignment (the documents' gold beads shifted), so that quality at
scale is measured, not assumed.

    make_scale_pair.py TEXTBERG_DIR N OUT_PREFIX      -> OUT_PREFIX.de, OUT_PREFIX.fr, OUT_PREFIX.gold
"""
import re
import sys
from pathlib import Path

tb, n, out = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
# test0-6 only: their gold covers every line (the dev gold covers part of its document).
docs = [("de/test%d" % k, "fr/test%d" % k, "gold/test%d" % k) for k in range(7)]


def lines(p):
    text = (tb / p).read_text(encoding="utf-8")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


de, fr, gold = [], [], []
while len(de) < n:
    for d, f, g in docs:
        if len(de) >= n:
            break
        a, b = lines(d), lines(f)
        for row in lines(g):
            m = re.match(r"\[([\d, ]*)\]:\[([\d, ]*)\]", row)
            if not m:
                continue
            shift = lambda s, off: ",".join(str(int(x) + off) for x in s.split(",") if x.strip() != "")
            gold.append("[%s]:[%s]" % (shift(m.group(1), len(de)), shift(m.group(2), len(fr))))
        de += a
        fr += b
Path(out + ".de").write_text("\n".join(de) + "\n", encoding="utf-8")
Path(out + ".fr").write_text("\n".join(fr) + "\n", encoding="utf-8")
Path(out + ".gold").write_text("\n".join(gold) + "\n", encoding="utf-8")
print(f"{len(de)} de, {len(fr)} fr sentences, {len(gold)} gold beads", file=sys.stderr)
