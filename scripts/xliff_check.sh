#!/usr/bin/env bash
# Checks an XLIFF file Bitext wrote: valid against the OASIS schema of its version (fixtures/xliff-schemas,
# no network), and read back by translate-toolkit with as many units as it has, each with a source.
#   scripts/xliff_check.sh FILE
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
file=$1
schemas="$here/fixtures/xliff-schemas"
if grep -q 'urn:oasis:names:tc:xliff:document:2.0' "$file"; then version=2.0; schema=xliff-core-2.0.xsd; else version=1.2; schema=xliff-core-1.2-transitional.xsd; fi
XML_CATALOG_FILES="$schemas/catalog.xml" xmllint --nonet --noout --schema "$schemas/$schema" "$file"
echo "RESULT xliff-$version-schema PASS"
python3 - "$file" "$version" <<'PY'
import re, sys
path, version = sys.argv[1], sys.argv[2]
from translate.storage import xliff, xliff2
store = xliff2.Xliff2File.parsefile(path) if version == "2.0" else xliff.xlifffile.parsefile(path)
units = [u for u in store.units if u.source]
expected = len(re.findall(r"<unit |<trans-unit ", open(path, encoding="utf-8").read()))
targets = sum(1 for u in units if u.target)
assert len(units) == expected, (len(units), expected)
print(f"RESULT translate-toolkit-xliff{version} PASS units={len(units)} targets={targets}")
PY
