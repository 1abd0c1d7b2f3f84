#!/usr/bin/env python3
"""The gold alignment of two translations of one pivot text, composed from each one's gold against the pivot:
two sentences are linked when they link to a common pivot sentence, and a bead is a connected group of such
links. Used to make the ko-ja and ja-vi gold of fixtures/dev-ja from the en-ko and en-vi gold of
../shared/dev's case D, whose Korean and Vietnamese are close translations of its English.

    scripts/quality/compose_gold.py PIVOT_A_GOLD PIVOT_B_GOLD A_COUNT B_COUNT > A_B_GOLD
"""
import sys


def parse(path):
    beads = []
    for line in open(path, encoding="utf-8"):
        line = line.split("\t")[0].strip()
        if not line:
            continue
        left, right = line.split(":")
        nums = lambda s: [int(x) for x in s.strip("[] ").split(",") if x.strip()]
        beads.append((nums(left), nums(right)))
    return beads


def main():
    gold_a, gold_b, count_a, count_b = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def union(x, y):
        parent[find(x)] = find(y)

    for gold, side in ((gold_a, "a"), (gold_b, "b")):
        for pivot, other in parse(gold):
            if pivot and other:
                for p in pivot:
                    for o in other:
                        union(("p", p), (side, o))
    groups = {}
    for i in range(count_a):
        groups.setdefault(find(("a", i)), ([], []))[0].append(i)
    for j in range(count_b):
        groups.setdefault(find(("b", j)), ([], []))[1].append(j)
    linked = sorted((a, b) for a, b in groups.values() if a and b)
    beads = []
    next_a = next_b = 0
    for a, b in linked:
        if a[0] < next_a or b[0] < next_b:
            raise SystemExit(f"crossing bead {a}:{b}")
        beads += [([i], []) for i in range(next_a, a[0])] + [([], [j]) for j in range(next_b, b[0])]
        beads.append((a, b))
        next_a, next_b = a[-1] + 1, b[-1] + 1
    beads += [([i], []) for i in range(next_a, count_a)] + [([], [j]) for j in range(next_b, count_b)]
    for a, b in beads:
        print(f"[{','.join(map(str, a))}]:[{','.join(map(str, b))}]")


if __name__ == "__main__":
    main()
