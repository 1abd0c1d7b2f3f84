#!/usr/bin/env python3
"""Measures `bitext check` on planted errors: splits seed 001 (English, then its Korean translation), plants
errors in the Korean side (numbers changed, a sentence left in English, a term rendered another way), runs
`bitext check --format json` on the planted pair and on the unchanged one, and prints what was found.

usage: qa_planted.py BITEXT [SEED]
"""
import json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BITEXT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/bitext")
SEED = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "fixtures/seeds/001_4bdbc64759555825.txt")
TERMS = os.path.join(ROOT, "fixtures/qa/terms.tsv")

# (kind, what is changed in the Korean text, what replaces it, a fragment of the finding's message; "" for any)
PLANTS = [
    ("number", "2016년 이후", "2019년 이후", "source has 2016, target has 2019"),
    ("number", "9년 만에", "7년 만에", "target has 7"),
    ("untranslated", "양측은 인력 및 부대 간 교류를 활성화하는 것이 양 군의 상호 신뢰를 구축하는 데 필수적이라고 동의했다.",
     "Both ministers agreed that revitalizing personnel and unit exchanges is essential to building mutual trust.", ""),
    ("term", "해상 수색·구조 훈련 재개", "해상 탐색·구조 훈련 재개", "'search-and-rescue' is not rendered as the glossary says"),
]
# The seed's own error, which the unchanged pair must report and nothing else.
REAL = [("name", "'고이즈미 신조' is not an accepted form of shinjiro-koizumi")]


def check(src, tgt):
    r = subprocess.run([BITEXT, "check", src, tgt, "--glossary", TERMS, "--format", "json"], capture_output=True, text=True)
    if r.returncode not in (0, 3):
        sys.exit(f"bitext check failed ({r.returncode}): {r.stderr}")
    return json.loads(r.stdout)["findings"]


def matches(findings, expected):
    found, unexplained = [], list(findings)
    for kind, fragment in expected:
        hit = next((f for f in unexplained if f["kind"] == kind and fragment in f["message"]), None)
        found.append(hit is not None)
        if hit:
            unexplained.remove(hit)
    return found, unexplained


with tempfile.TemporaryDirectory() as work:
    subprocess.run([BITEXT, "split", SEED, "--prefix", os.path.join(work, "seed")], check=True, capture_output=True)
    en, ko = os.path.join(work, "seed.en.txt"), os.path.join(work, "seed.ko.txt")
    clean = check(en, ko)
    text = open(ko, encoding="utf-8").read()
    for _, old, new, _ in PLANTS:
        assert old in text, old
        text = text.replace(old, new, 1)
    planted = os.path.join(work, "planted.ko.txt")
    open(planted, "w", encoding="utf-8").write(text)
    dirty = check(en, planted)

clean_found, clean_extra = matches(clean, REAL)
dirty_found, dirty_extra = matches(dirty, REAL + [(k, m) for k, _, _, m in PLANTS])
print(f"unchanged seed: {sum(clean_found)} of {len(REAL)} real errors found, {len(clean_extra)} false alarms")
print(f"planted seed:   {sum(dirty_found)} of {len(REAL) + len(PLANTS)} errors found, {len(dirty_extra)} false alarms")
for (kind, *_), ok in zip(REAL + [(k, m) for k, _, _, m in PLANTS], dirty_found):
    print(f"  {'found' if ok else 'MISSED'}  {kind}")
for f in clean_extra + dirty_extra:
    print(f"  false alarm: {f['kind']}: {f['message']}")
sys.exit(0 if all(clean_found) and all(dirty_found) and not clean_extra and not dirty_extra else 1)
