#!/usr/bin/env python3
"""A long news pair whose Korean leaves out a stretch: the Park et al. dev and test lines (3,000 English-Korean
sentence pairs, one to one, none repeated) as one document a side, the Korean of lines START..START+COUNT
left out, with its gold (those English lines 1-0, the rest 1-1).

    make_news_gap.py PARK_DIR OUT_PREFIX START:COUNT   -> OUT_PREFIX.en, OUT_PREFIX.ko, OUT_PREFIX.gold, OUT_PREFIX.dropped

Unlike the Text+Berg scale pair, nothing here repeats, so the gold is the only right alignment.
"""
import sys
from pathlib import Path

park, out, stretch = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
start, count = (int(x) for x in stretch.split(":"))


def lines(name):
    return (park / name).read_text(encoding="utf-8").splitlines()


en = lines("dev.en") + lines("test.en")
ko = lines("dev.ko") + lines("test.ko")
assert len(en) == len(ko), "the Park lines are one to one"
left_out = range(start, min(start + count, len(en)))
gold, kept = [], 0
for i in range(len(en)):
    if i in left_out:
        gold.append("[%d]:[]" % i)
    else:
        gold.append("[%d]:[%d]" % (i, kept))
        kept += 1
Path(out + ".en").write_text("\n".join(en) + "\n", encoding="utf-8")
Path(out + ".ko").write_text("\n".join(k for i, k in enumerate(ko) if i not in left_out) + "\n", encoding="utf-8")
Path(out + ".gold").write_text("\n".join(gold) + "\n", encoding="utf-8")
Path(out + ".dropped").write_text("".join("%d\n" % i for i in left_out), encoding="utf-8")
print(f"{len(en)} en, {kept} ko lines; {len(left_out)} English lines without Korean", file=sys.stderr)
