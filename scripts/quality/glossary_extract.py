#!/usr/bin/env python3
"""How right and how complete `bitext glossary extract` is on the development cases (../shared/dev layout).

For every case and every language pair it has a gold file for, the extractor runs on the raw scraped .txt files
(as a user runs it: the bundled glossary loaded, nothing else) and its acceptable proposals are checked against the
case's names.tsv. Only names the loaded glossary does not know count (a row is known when its form in either
language of the pair is a glossary form):

- right: a names.tsv row holds both forms (equal ignoring case, or the longer one the shorter with a suffix or
  prefix attached, as a particle or 함 is; a word more or less is another name: `Kim` is not `Kim Sang-woo`);
- coverage: of the rows with a form in both texts, the share some right acceptable proposal matches;
- kind: of the right proposals, the share whose kind is the row's (unit counts as org).

    scripts/quality/glossary_extract.py BITEXT DEV_DIR [--show]
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

PAIRS = ["en-ko", "en-vi", "ko-vi"]


def fold(s):
    s = unicodedata.normalize("NFC", s).casefold().strip()
    return " ".join(s.replace("’", "'").split())


def read_names(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < len(header):
                cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    return rows


def glossary_forms(bitext, env, cwd):
    """Language → folded forms of every entry the extractor sees (the bundled glossary)."""
    out = os.path.join(cwd, "glossary.csv")
    subprocess.run([bitext, "glossary", "export", "-o", out], check=True, env=env, cwd=cwd)
    forms = {}
    with open(out, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for lang in ("en", "ko", "vi", "ja", "zh"):
                for form in (row.get(lang) or "").split(" | "):
                    if form.strip():
                        forms.setdefault(lang, set()).add(fold(form))
    return forms


def same(cell, form):
    """Equal, or the longer form is the shorter with a suffix or prefix attached to it (a particle, 함, 주):
    a word more (a given name alone, a family name alone, a second name) is another name."""
    a, b = fold(cell), fold(form)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if long.startswith(short):
        return not long[len(short)].isspace() and not long[len(short)] in "-·"
    if long.endswith(short):
        return not long[-len(short) - 1].isspace() and not long[-len(short) - 1] in "-·"
    return False


def kind_of(k):
    return {"unit": "org"}.get(k, k)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show" in sys.argv
    if len(args) != 2:
        sys.exit(__doc__)
    bitext, dev = os.path.abspath(args[0]), args[1]
    cases_dir = os.path.join(dev, "cases") if os.path.isdir(os.path.join(dev, "cases")) else dev
    work = tempfile.mkdtemp(prefix="bitext-extract-")
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "data"), HOME=work)
    env.pop("BITEXT_GLOSSARY", None)
    known = glossary_forms(bitext, env, work)
    totals = {}
    for case in sorted(os.listdir(cases_dir)):
        folder = os.path.join(cases_dir, case)
        names_path = os.path.join(folder, "names.tsv")
        if not os.path.exists(names_path):
            continue
        rows = read_names(names_path)
        for pair in PAIRS:
            a, b = pair.split("-")
            if not os.path.exists(os.path.join(folder, f"gold.{pair}")):
                continue
            run = subprocess.run([bitext, "glossary", "extract", os.path.join(folder, f"{a}.txt"), os.path.join(folder, f"{b}.txt"),
                                  "--src-lang", a, "--tgt-lang", b, "--json"], capture_output=True, text=True, env=env, cwd=work)
            if run.returncode != 0:
                sys.exit(f"{case} {pair}: {run.stderr.strip()}")
            proposals = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]

            def is_known(row):
                return fold(row[a]) in known.get(a, set()) or fold(row[b]) in known.get(b, set())

            carried = [r for r in rows if r[a].strip() and r[b].strip() and not is_known(r)]
            t = totals.setdefault(pair, dict(accepted=0, right=0, kind=0, carried=0, covered=0))
            covered = set()
            for p in proposals:
                if not p.get("acceptable"):
                    continue
                forms = {p["sourceLanguage"]: p["source"], p["targetLanguage"]: p["target"]}
                if a not in forms or b not in forms:
                    continue
                matches = [r for r in rows if same(r[a], forms[a]) and same(r[b], forms[b])]
                if any(is_known(r) for r in matches) or (not matches and (fold(forms[a]) in known.get(a, set()) or fold(forms[b]) in known.get(b, set()))):
                    continue
                t["accepted"] += 1
                if matches:
                    t["right"] += 1
                    if any(kind_of(r["kind"]) == kind_of(p.get("kind", "other")) for r in matches):
                        t["kind"] += 1
                    elif show:
                        print(f"  kind {case} {pair}: {forms[a]} ↔ {forms[b]}: {p.get('kind')} (names.tsv {matches[0]['kind']})")
                    covered.update(r["id"] for r in matches)
                elif show:
                    print(f"  wrong {case} {pair}: {forms[a]} ↔ {forms[b]} ({p.get('score', 0):.3f}, {p.get('support')})")
            t["carried"] += len(carried)
            t["covered"] += sum(1 for r in carried if r["id"] in covered)
            if show:
                for r in carried:
                    if r["id"] not in covered:
                        print(f"  missed {case} {pair}: {r[a]} ↔ {r[b]} ({r['kind']})")
    print(f"{'pair':6} {'accepted':>8} {'right':>6} {'precision':>9} {'carried':>7} {'covered':>7} {'coverage':>8} {'kind':>6}")
    grand = dict(accepted=0, right=0, kind=0, carried=0, covered=0)
    for pair, t in totals.items():
        for k in grand:
            grand[k] += t[k]
        report(pair, t)
    report("all", grand)


def report(label, t):
    p = t["right"] / t["accepted"] if t["accepted"] else 0
    c = t["covered"] / t["carried"] if t["carried"] else 0
    k = t["kind"] / t["right"] if t["right"] else 0
    print(f"{label:6} {t['accepted']:8d} {t['right']:6d} {p:9.3f} {t['carried']:7d} {t['covered']:7d} {c:8.3f} {k:6.3f}")


if __name__ == "__main__":
    main()
