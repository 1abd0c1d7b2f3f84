#!/usr/bin/env python3
"""Writes N en-ko article pairs of about 30 sentences a side (runs of the Park et al. news lines, the
start moved on each time) and a manifest, for timing `bitext batch`.

    make_batch_bench.py PARK_DIR N OUT_DIR
"""
import sys
from pathlib import Path

park, n, out = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
en = [l for l in (park / "test.en").read_text(encoding="utf-8").split("\n") if l.strip()]
ko = [l for l in (park / "test.ko").read_text(encoding="utf-8").split("\n") if l.strip()]
rows = []
for k in range(n):
    start = (k * 37) % (len(en) - 30)
    (out / f"{k:05d}.en").write_text("\n".join(en[start:start + 30]) + "\n", encoding="utf-8")
    (out / f"{k:05d}.ko").write_text("\n".join(ko[start:start + 30]) + "\n", encoding="utf-8")
    rows.append(f"{k:05d}.en\t{k:05d}.ko\ten\tko\tpair{k:05d}")
(out / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
