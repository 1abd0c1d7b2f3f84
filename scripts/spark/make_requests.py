#!/usr/bin/env python3
"""Builds streaming requests for `bitext batch --jsonl -` from the Park et al. en-ko news sentences:
runs of 4 to 9 consecutive lines become one article pair.

    make_requests.py PARK_DIR N OUT.jsonl
"""
import json
import random
import sys
from pathlib import Path

park, n, out = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
en = (park / "test.en").read_text(encoding="utf-8").split("\n")
ko = (park / "test.ko").read_text(encoding="utf-8").split("\n")
rng = random.Random(11)
i = 0
with out.open("w", encoding="utf-8") as f:
    for k in range(n):
        size = rng.randint(4, 9)
        if i + size > len(en) - 1:
            i = 0
        src, tgt = en[i:i + size], ko[i:i + size]
        i += size
        f.write(json.dumps({"id": f"news-{k:04d}", "source_text": "\n".join(src), "target_text": "\n".join(tgt),
                            "src_lang": "en", "tgt_lang": "ko"}, ensure_ascii=False) + "\n")
