#!/usr/bin/env bash
# Feeds Bitext each hostile or huge input of the README's table and prints, for each, the exit status, the
# first line on standard error, wall time and peak memory (GNU time). Inputs are made in OUT (default
# /tmp/bitext-hostile); nothing is kept in the repository. Not a CI step: the behaviours are in the tests,
# this measures the time and memory of the large ones.
#   scripts/hostile.sh [BITEXT]
set -uo pipefail
cd "$(dirname "$0")/.."
BITEXT=${1:-$(swift build -c release --show-bin-path)/bitext}
OUT=${OUT:-/tmp/bitext-hostile}
rm -rf "$OUT"; mkdir -p "$OUT"
ko="$OUT/ko.txt"; printf '한국과 일본은 9년 만에 훈련을 재개하기로 합의했다.\n' > "$ko"
en() { printf 'South Korea and Japan agreed to resume drills after nine years.\n'; }

row() { # name, command…
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$OUT/time" "$@" > "$OUT/stdout" 2> "$OUT/stderr"
  local status=$? secs kb
  read -r secs kb < <(tail -1 "$OUT/time")
  local message
  message=$(grep -v '^bitext: mode' "$OUT/stderr" | grep -v '^Command exited' | head -1 | cut -c1-150)
  [ -n "$message" ] || message="(aligned: $(wc -l < "$OUT/stdout") lines out)"
  printf '| %s | %s | %s | %s s | %s MB |\n' "$name" "$status" "${message//|/\\|}" "$secs" "$((kb / 1024))"
}

printf '| input | exit | what Bitext says | time | peak memory |\n|---|---|---|---|---|\n'
{ printf '\x80'; en; } > "$OUT/bad-start.txt"; row "invalid UTF-8 at the start" "$BITEXT" align "$OUT/bad-start.txt" "$ko"
{ en; printf 'caf\xe9\n'; en; } > "$OUT/bad-middle.txt"; row "invalid UTF-8 in the middle" "$BITEXT" align "$OUT/bad-middle.txt" "$ko"
{ en; printf '\xe2\x82'; } > "$OUT/bad-end.txt"; row "invalid UTF-8 at the end (cut sequence)" "$BITEXT" align "$OUT/bad-end.txt" "$ko"
en | iconv -t UTF-16 > "$OUT/utf16-bom.txt"; row "UTF-16 with BOM" "$BITEXT" align "$OUT/utf16-bom.txt" "$ko"
en | iconv -t UTF-16LE > "$OUT/utf16-nobom.txt"; row "UTF-16 without BOM" "$BITEXT" align "$OUT/utf16-nobom.txt" "$ko"
{ printf 'South Korea\0and Japan.\n'; } > "$OUT/nul.txt"; row "NUL bytes" "$BITEXT" align "$OUT/nul.txt" "$ko"
head -c 4096 /bin/ls > "$OUT/binary.bin"; row "a binary file" "$BITEXT" align "$OUT/binary.bin" "$ko"
truncate -s 1G "$OUT/1gb.txt"; row "1 GB file with no newline" "$BITEXT" align "$OUT/1gb.txt" "$ko"
python3 -c "import sys; sys.stdout.write('word ' * (20 * 1024 * 1024))" > "$OUT/100mb-line.txt"
row "100 MB single line" "$BITEXT" align "$OUT/100mb-line.txt" "$ko"
python3 -c "import sys; sys.stdout.write('\n' * 10_000_000)" > "$OUT/empty-lines.txt"; row "10 million empty lines" "$BITEXT" align "$OUT/empty-lines.txt" "$ko"
{ en | uconv -x nfd 2>/dev/null || en | python3 -c "import sys,unicodedata; sys.stdout.write(unicodedata.normalize('NFD', sys.stdin.read()))"; } > "$OUT/nfd.txt"
python3 -c "import unicodedata; open('$OUT/nfd-ko.txt','w').write(unicodedata.normalize('NFD', open('$ko').read()))"
row "mixed NFC/NFD (Korean in NFD jamo)" "$BITEXT" align "$OUT/nfd.txt" "$OUT/nfd-ko.txt"
printf 'South\u200bKorea and \u202eJapan\u202c agreed to resume drills after nine years.\n' > "$OUT/zw.txt"; row "zero-width and right-to-left marks" "$BITEXT" align "$OUT/zw.txt" "$ko"
en > "$OUT/en.txt"; row "a language code that does not exist" "$BITEXT" align "$OUT/en.txt" "$ko" --src-lang qq-ZZ9
printf 'id\tkind\ten\tko\nkorea\tplace\tKorea\t한국\textra\n' > "$OUT/g-many.tsv"; row "glossary row with too many columns" "$BITEXT" glossary list --file "$OUT/g-many.tsv"
printf 'id\tkind\ten\tko\nkorea\tplace\n' > "$OUT/g-few.tsv"; row "glossary row with too few columns" "$BITEXT" glossary list --file "$OUT/g-few.tsv"
printf 'id\tkind\ten\tko\nkorea\tplace\tKorea\t한국\nkorea\tplace\tSouth Korea\t대한민국\n' > "$OUT/g-dup.tsv"; row "glossary with a duplicate id" "$BITEXT" glossary list --file "$OUT/g-dup.tsv"
row "glossary extract of two texts in one language" "$BITEXT" glossary extract fixtures/seeds/003_54d23402e841484d.txt fixtures/seeds/004_366dc1fd077f5934.txt
row "TMX with an external entity (XXE)" "$BITEXT" tm import fixtures/tmx/xxe.tmx --memory "$OUT/m.tm"
row "TMX billion laughs" "$BITEXT" tm import fixtures/tmx/billion-laughs.tmx --memory "$OUT/m.tm"
body='<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Shares of &co; rose.</seg></tuv><tuv xml:lang="ko"><seg>주가가 올랐다.</seg></tuv></tu></body></tmx>'
printf '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY co "Samsung Electronics">]>%s\n' "$body" > "$OUT/internal.tmx"
row "TMX with an internal entity (expanded)" "$BITEXT" tm import "$OUT/internal.tmx" --memory "$OUT/m-internal.tm"
printf '<?xml version="1.0"?><!-- <tmx --><!DOCTYPE tmx [<!ENTITY co SYSTEM "file:///etc/hostname">]>%s\n' "$body" > "$OUT/comment-xxe.tmx"
row "TMX XXE behind a comment holding <tmx" "$BITEXT" tm import "$OUT/comment-xxe.tmx" --memory "$OUT/m.tm"
printf '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE tmx [<!ENTITY co SYSTEM "file:///etc/hostname">]>%s\n' "$body" | iconv -f UTF-8 -t UTF-16 > "$OUT/utf16-xxe.tmx"
row "TMX XXE in UTF-16" "$BITEXT" tm import "$OUT/utf16-xxe.tmx" --memory "$OUT/m.tm"
printf '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file source-language="en"><body><trans-unit id="1"><source>&x;</source></trans-unit></body></file></xliff>\n' > "$OUT/xxe.xlf"
row "XLIFF with an external entity" "$BITEXT" segment "$OUT/xxe.xlf"
printf 'PK\003\004not a zip at all' > "$OUT/fake.docx"
row "a .docx that is no ZIP" "$BITEXT" segment "$OUT/fake.docx"
python3 -c "import zipfile; z=zipfile.ZipFile('$OUT/bomb.docx','w',zipfile.ZIP_DEFLATED); z.writestr('word/document.xml', b'<w:document xmlns:w=\"x\">' + b' ' * (300 << 20) + b'</w:document>'); z.close()"
row "DOCX whose document.xml unpacks to 300 MB" "$BITEXT" segment "$OUT/bomb.docx"
python3 - "$OUT" <<'PY'
import sys
out = sys.argv[1]
head = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>\n'
tu = lambda props, seg: '<tu>%s<tuv xml:lang="en"><seg>%s</seg></tuv><tuv xml:lang="ko"><seg>한국</seg></tuv></tu>\n' % (props, seg)
open(out + '/deep.tmx', 'w').write(head + '<tu><tuv xml:lang="en"><seg>' + '<bpt i="1">' * 1000 + 'x' + '</bpt>' * 1000 + '</seg></tuv><tuv xml:lang="ko"><seg>y</seg></tuv></tu>\n</body></tmx>\n')
open(out + '/props.tmx', 'w').write(head + tu(''.join('<prop type="x-p%d">v</prop>' % i for i in range(100000)), 'Korea') + '</body></tmx>\n')
open(out + '/bigseg.tmx', 'w').write(head + tu('', 'word ' * (10 * 1024 * 1024)) + '</body></tmx>\n')
PY
row "TMX nested 1,000 deep" "$BITEXT" tm import "$OUT/deep.tmx" --memory "$OUT/m.tm"
row "TMX unit with 100,000 props" "$BITEXT" tm import "$OUT/props.tmx" --memory "$OUT/m.tm"
row "TMX with a 50 MB <seg>" "$BITEXT" tm import "$OUT/bigseg.tmx" --memory "$OUT/m.tm"
python3 scripts/make_big_glossary.py 100000 "$OUT/big-glossary.tsv"; row "glossary of 100,000 entries (loaded, one entry shown)" "$BITEXT" glossary show e99999 --file "$OUT/big-glossary.tsv"
