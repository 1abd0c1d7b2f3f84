#!/usr/bin/env python3
"""MAC-Test zh-en (../shared/bench/mac_zhen) laid out as development cases, so that dev_cases.py scores Bitext
on it from raw text as well as from the reference sentences.

The benchmark gives one sentence a line and no paragraphs. The raw text of a chapter is its sentences run
together, five to a paragraph (Chinese with nothing between them, English with a space), so that Bitext's
own segmentation decides where each sentence ends.

    scripts/quality/mac_raw_cases.py MAC_DIR OUT_DIR
    scripts/quality/dev_cases.py BITEXT OUT_DIR SCORES_DIR
"""
import os
import sys

PER_PARAGRAPH = 5


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip()]


def main():
    mac, out = sys.argv[1:3]
    for name in sorted(os.listdir(os.path.join(mac, "gold"))):
        case = os.path.join(out, "cases", "mac" + name)
        os.makedirs(case, exist_ok=True)
        for lang, side, joiner in (("zh", "src", ""), ("en", "tgt", " ")):
            sentences = lines(os.path.join(mac, side, name))
            with open(os.path.join(case, lang + ".sent"), "w", encoding="utf-8") as f:
                f.write("\n".join(sentences) + "\n")
            paragraphs = [joiner.join(sentences[i:i + PER_PARAGRAPH]) for i in range(0, len(sentences), PER_PARAGRAPH)]
            with open(os.path.join(case, lang + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(paragraphs) + "\n")
        with open(os.path.join(mac, "gold", name), encoding="utf-8") as src, open(os.path.join(case, "gold.zh-en"), "w", encoding="utf-8") as dst:
            dst.write(src.read())


if __name__ == "__main__":
    main()
