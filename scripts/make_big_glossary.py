#!/usr/bin/env python3
"""Writes a glossary of ROWS generated person entries with en, ko and vi forms, for load-time measurements.

    make_big_glossary.py ROWS OUT.tsv
"""
import random
import sys

random.seed(1)
rows, path = int(sys.argv[1]), sys.argv[2]
hangul = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후"
with open(path, "w", encoding="utf-8") as f:
    f.write("id\tkind\ten\tko\tvi\tnote\tsource\n")
    for i in range(rows):
        en = " ".join("".join(random.choice("bcdfghjklmnprstvz") + random.choice("aeiou") for _ in range(3)).capitalize() for _ in range(2)) + f" {i}"
        ko = "".join(random.choice(hangul) for _ in range(4)) + str(i)
        f.write(f"e{i}\tperson\t{en}\t{ko}\t{en}\t\tgenerated\n")
