#!/usr/bin/env python3
"""Checks scripts/make_han_table.py on a few lines in Unihan's format (run by .ci/run)."""
import os
import subprocess
import sys
import tempfile

SAMPLE = """# Unicode version: 15.0.0
U+570B\tkHangul\t국:0E
U+570B\tkVietnamese\tquốc
U+570B\tkMandarin\tguó
U+570B\tkJapaneseOn\tKOKU
U+7FD2\tkHangul\t습:0E
U+7FD2\tkVietnamese\ttập
U+7FD2\tkMandarin\txí
U+7FD2\tkJapaneseOn\tSHUU JUU
U+7DF4\tkHangul\t련:0E 연:0
U+7DF4\tkVietnamese\tluyện
U+4E00\tkMandarin\tyī
U+4E01\tkHangul\t정:0
U+4E01\tkDefinition\tmale adult
U+4E60\tkMandarin\txí
U+4E60\tkTGHZ2013\t393.260:xí
U+5CB8\tkHangul\t안:0E
U+5CB8\tkMandarin\tàn
U+5CB8\tkJapaneseKun\tKISHI
U+5CB8\tkJapaneseOn\tGAN
"""

VARIANTS = """U+4E60\tkTraditionalVariant\tU+7FD2
U+7FD2\tkSimplifiedVariant\tU+4E60
"""

# 丁 has a Hangul reading only and 一 no Hangul reading: neither bridges two languages, nor is either in the
# sample's standard tables. 习, a general standard character, borrows 習's Korean and Vietnamese readings.
EXPECTED = [
    "习\t습\ttập\txí\tshuu,juu\t\t-",
    "國\t국\tquốc\tguó\tkoku\t\tE",
    "岸\t안\t\tàn\tgan\tkishi\tE",
    "練\t련,연\tluyện\t\t\t\tE",
    "習\t습\ttập\txí\tshuu,juu\t\tE",
]


def main():
    script = os.path.join(os.path.dirname(__file__), "make_han_table.py")
    with tempfile.TemporaryDirectory() as tmp:
        source, out = os.path.join(tmp, "Unihan_Readings.txt"), os.path.join(tmp, "readings.tsv")
        with open(source, "w", encoding="utf-8") as f:
            f.write(SAMPLE)
        with open(os.path.join(tmp, "Unihan_Variants.txt"), "w", encoding="utf-8") as f:
            f.write(VARIANTS)
        subprocess.run([sys.executable, script, source, out], check=True, capture_output=True)
        with open(out, encoding="utf-8") as f:
            lines = f.read().splitlines()
    body = [l for l in lines if not l.startswith("#")]
    header = [l for l in lines if l.startswith("#")]
    failures = []
    if body != EXPECTED:
        failures.append(f"rows {body!r} != {EXPECTED!r}")
    if not any("Unicode 15.0.0" in l for l in header):
        failures.append("the header does not name the Unicode version")
    if failures:
        print("0 passed, 1 failed: " + "; ".join(failures))
        sys.exit(1)
    print("han table generator: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
