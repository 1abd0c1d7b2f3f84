#!/usr/bin/env python3
"""Builds en-ko document pairs with a known gold alignment from the line-parallel Park et al. news
corpus: runs of consecutive lines become a document; on the Korean side some sentences are dropped
(omitted paragraphs), some neighbours merged (two English sentences, one Korean), and a caption-like
line is sometimes inserted at the top. Deterministic (fixed seed).

With --comparable the Korean side is instead cut into paragraphs of two or three sentences that are
shuffled, and a fifth of its sentences dropped: what two independent accounts look like to an aligner.
The gold then lists the links ([i]:[j]) in source order.

usage: make_news_pairs.py PARK_DIR SPLIT OUT_DIR [--docs N] [--size K] [--comparable]
writes OUT_DIR/NNN.en, NNN.ko (one sentence a line) and OUT_DIR/gold/NNN."""
import os, random, sys

def main():
    park, split, out = sys.argv[1:4]
    docs = int(sys.argv[sys.argv.index('--docs') + 1]) if '--docs' in sys.argv else 20
    size = int(sys.argv[sys.argv.index('--size') + 1]) if '--size' in sys.argv else 30
    en = open(os.path.join(park, split + '.en'), encoding='utf-8').read().split('\n')
    ko = open(os.path.join(park, split + '.ko'), encoding='utf-8').read().split('\n')
    n = min(len(en), len(ko))
    rng = random.Random(20261129)
    os.makedirs(os.path.join(out, 'gold'), exist_ok=True)
    if '--comparable' in sys.argv:
        return comparable(en, ko, n, rng, out, docs, size)
    for d, lines in enumerate(runs(n, docs, size)):
        e_out, k_out, gold = [], [], []
        if rng.random() < 0.5:  # a Korean photo caption with no English counterpart
            cap = ko[rng.randrange(n)]
            gold.append(([], [len(k_out)]))
            k_out.append(cap)
        i = 0
        while i < len(lines):
            r = rng.random()
            li = lines[i]
            if r < 0.06:  # omitted on the Korean side
                gold.append(([len(e_out)], []))
                e_out.append(en[li])
                i += 1
            elif r < 0.14 and i + 1 < len(lines):  # two English sentences, one Korean
                lj = lines[i + 1]
                gold.append(([len(e_out), len(e_out) + 1], [len(k_out)]))
                e_out += [en[li], en[lj]]
                k_out.append(ko[li].rstrip() + ' ' + ko[lj].lstrip())
                i += 2
            elif r < 0.20 and i + 1 < len(lines):  # one English sentence, two Korean
                lj = lines[i + 1]
                gold.append(([len(e_out)], [len(k_out), len(k_out) + 1]))
                e_out.append(en[li].rstrip() + ' ' + en[lj].lstrip())
                k_out += [ko[li], ko[lj]]
                i += 2
            else:
                gold.append(([len(e_out)], [len(k_out)]))
                e_out.append(en[li])
                k_out.append(ko[li])
                i += 1
        name = '%03d' % d
        open(os.path.join(out, name + '.en'), 'w', encoding='utf-8').write('\n'.join(e_out) + '\n')
        open(os.path.join(out, name + '.ko'), 'w', encoding='utf-8').write('\n'.join(k_out) + '\n')
        with open(os.path.join(out, 'gold', name), 'w') as g:
            for s, t in gold:
                g.write('[%s]:[%s]\n' % (','.join(map(str, s)), ','.join(map(str, t))))

def runs(n, docs, size):
    """Line numbers of each document: consecutive runs of the corpus, wrapping around at its end."""
    start = 0
    for _ in range(docs):
        if start + size > n:
            start = 0
        yield list(range(start, start + size))
        start += size


def comparable(en, ko, n, rng, out, docs, size):
    for d, lines in enumerate(runs(n, docs, size)):
        paragraphs, i = [], 0
        while i < len(lines):
            k = rng.choice([2, 3])
            paragraphs.append(lines[i:i + k])
            i += k
        rng.shuffle(paragraphs)
        order = [l for p in paragraphs for l in p if rng.random() >= 0.2]
        name = '%03d' % d
        open(os.path.join(out, name + '.en'), 'w', encoding='utf-8').write('\n'.join(en[l] for l in lines) + '\n')
        open(os.path.join(out, name + '.ko'), 'w', encoding='utf-8').write('\n'.join(ko[l] for l in order) + '\n')
        position = {l: j for j, l in enumerate(order)}
        with open(os.path.join(out, 'gold', name), 'w') as g:
            for i, l in enumerate(lines):
                if l in position:
                    g.write('[%d]:[%d]\n' % (i, position[l]))


if __name__ == '__main__':
    main()
