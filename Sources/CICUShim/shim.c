#include "CICUShim.h"
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uregex.h>
#include <unicode/uversion.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct bx_breaker { UBreakIterator *it; };
struct bx_translit { UTransliterator *t; };
struct bx_regex { URegularExpression *re; };

static void put_error(char *err, size_t cap, const char *what, UErrorCode status) {
    if (err && cap) snprintf(err, cap, "%s: %s", what, u_errorName(status));
}

bx_breaker *bx_breaker_open(int kind, const char *locale, char *err, size_t errcap) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == BX_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *it = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) { put_error(err, errcap, "ubrk_open", status); return NULL; }
    bx_breaker *b = malloc(sizeof *b);
    if (!b) { ubrk_close(it); put_error(err, errcap, "malloc", U_MEMORY_ALLOCATION_ERROR); return NULL; }
    b->it = it;
    return b;
}

void bx_breaker_close(bx_breaker *b) {
    if (!b) return;
    ubrk_close(b->it);
    free(b);
}

int32_t bx_breaker_boundaries(bx_breaker *b, const uint16_t *text, int32_t len,
                              int32_t *out, int32_t *status, int32_t cap) {
    UErrorCode st = U_ZERO_ERROR;
    ubrk_setText(b->it, (const UChar *)text, len, &st);
    if (U_FAILURE(st)) return INT32_MIN;
    int32_t n = 0;
    for (int32_t p = ubrk_first(b->it); p != UBRK_DONE; p = ubrk_next(b->it)) {
        if (n < cap) {
            out[n] = p;
            if (status) status[n] = ubrk_getRuleStatus(b->it);
        }
        n++;
    }
    /* Detach the text: the caller's buffer is only valid during this call. */
    ubrk_setText(b->it, NULL, 0, &st);
    return n <= cap ? n : -n;
}

int32_t bx_normalize(int form, const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap) {
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *n;
    switch (form) {
        case BX_NORM_NFD: n = unorm2_getNFDInstance(&st); break;
        case BX_NORM_NFKC: n = unorm2_getNFKCInstance(&st); break;
        default: n = unorm2_getNFCInstance(&st); break;
    }
    if (U_FAILURE(st)) return INT32_MIN;
    int32_t got = unorm2_normalize(n, (const UChar *)src, len, (UChar *)dst, cap, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR) return -got;
    if (U_FAILURE(st)) return INT32_MIN;
    return got;
}

int bx_utf8_is_nfc(const uint8_t *s, int64_t len) {
    /* UAX #15 quick check: every code point NFC_QC=Yes and combining classes in order. */
    int64_t i = 0;
    uint8_t last = 0;
    while (i < len) {
        if (s[i] < 0x80) { i++; last = 0; continue; }
        UChar32 c;
        int32_t k = 0, n = len - i > INT32_MAX ? INT32_MAX : (int32_t)(len - i);
        U8_NEXT(s + i, k, n, c);
        if (c < 0) return 0;
        i += k;
        if (c < 0x300) { last = 0; continue; }
        if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES) return 0;
        uint8_t ccc = u_getCombiningClass(c);
        if (ccc != 0 && last > ccc) return 0;
        last = ccc;
    }
    return 1;
}

bx_translit *bx_translit_open(const char *transform_id, char *err, size_t errcap) {
    UErrorCode st = U_ZERO_ERROR;
    UChar id[256];
    int32_t n = (int32_t)strlen(transform_id);
    if (n >= 256) { put_error(err, errcap, "transform id too long", U_ILLEGAL_ARGUMENT_ERROR); return NULL; }
    u_charsToUChars(transform_id, id, n);
    UTransliterator *t = utrans_openU(id, n, UTRANS_FORWARD, NULL, 0, NULL, &st);
    if (U_FAILURE(st)) { put_error(err, errcap, "utrans_openU", st); return NULL; }
    bx_translit *x = malloc(sizeof *x);
    if (!x) { utrans_close(t); put_error(err, errcap, "malloc", U_MEMORY_ALLOCATION_ERROR); return NULL; }
    x->t = t;
    return x;
}

bx_translit *bx_translit_open_rules(const char *name, const uint16_t *rules, int32_t rules_len, char *err, size_t errcap) {
    UErrorCode st = U_ZERO_ERROR;
    UParseError pe;
    UChar id[256];
    int32_t n = (int32_t)strlen(name);
    if (n >= 256) { put_error(err, errcap, "transform name too long", U_ILLEGAL_ARGUMENT_ERROR); return NULL; }
    u_charsToUChars(name, id, n);
    UTransliterator *t = utrans_openU(id, n, UTRANS_FORWARD, (const UChar *)rules, rules_len, &pe, &st);
    if (U_FAILURE(st)) {
        if (err && errcap) snprintf(err, errcap, "rules line %d offset %d: %s", pe.line, pe.offset, u_errorName(st));
        return NULL;
    }
    bx_translit *x = malloc(sizeof *x);
    if (!x) { utrans_close(t); put_error(err, errcap, "malloc", U_MEMORY_ALLOCATION_ERROR); return NULL; }
    x->t = t;
    return x;
}

void bx_translit_close(bx_translit *x) {
    if (!x) return;
    utrans_close(x->t);
    free(x);
}

int32_t bx_translit_apply(bx_translit *x, const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap) {
    /* utrans works in place: copy the source into the destination first. */
    if (len > cap) return -(len * 4 + 16);
    memcpy(dst, src, (size_t)len * sizeof(uint16_t));
    int32_t textLength = len, limit = len;
    UErrorCode st = U_ZERO_ERROR;
    utrans_transUChars(x->t, (UChar *)dst, &textLength, cap, 0, &limit, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR) return -(textLength > cap ? textLength : cap * 2);
    if (U_FAILURE(st)) return INT32_MIN;
    return textLength;
}

const char *bx_region_code(int32_t index) {
    const char *const *codes = uloc_getISOCountries();
    for (int32_t k = 0; codes[k] != NULL; k++) {
        if (k == index) return codes[k];
    }
    return NULL;
}

int32_t bx_region_name(const char *region, const char *display_language, uint16_t *dst, int32_t cap) {
    char locale[32];
    if (snprintf(locale, sizeof locale, "und_%s", region) >= (int)sizeof locale) return INT32_MIN;
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uloc_getDisplayCountry(locale, display_language, (UChar *)dst, cap, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -n;
    if (U_FAILURE(status)) return INT32_MIN;
    // Without a name in that language, ICU falls back to the code itself (status U_USING_DEFAULT_WARNING).
    if (status == U_USING_DEFAULT_WARNING || status == U_USING_FALLBACK_WARNING) {
        int32_t length = (int32_t)strlen(region);
        if (n == length) {
            int same = 1;
            for (int32_t k = 0; k < n; k++) if (dst[k] != (uint16_t)(unsigned char)region[k]) same = 0;
            if (same) return 0;
        }
    }
    return n;
}

void bx_icu_version(char *out, size_t cap) {
    UVersionInfo v;
    u_getVersion(v);
    char buf[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, buf);
    snprintf(out, cap, "%s", buf);
}

bx_regex *bx_regex_open(const uint16_t *pattern, int32_t len, int case_insensitive, char *err, size_t errcap) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse;
    URegularExpression *re = uregex_open((const UChar *)pattern, len, case_insensitive ? UREGEX_CASE_INSENSITIVE : 0, &parse, &status);
    if (U_FAILURE(status)) { put_error(err, errcap, "uregex_open", status); return NULL; }
    bx_regex *r = malloc(sizeof *r);
    if (!r) { uregex_close(re); put_error(err, errcap, "malloc", U_MEMORY_ALLOCATION_ERROR); return NULL; }
    r->re = re;
    return r;
}

void bx_regex_close(bx_regex *regex) {
    if (!regex) return;
    uregex_close(regex->re);
    free(regex);
}

/* The text stays set after the call: the next call replaces it before any read, and closing the
 * matcher does not read it (setting an empty text after each search was a third of a short search). */
int bx_regex_find(bx_regex *regex, const uint16_t *text, int32_t len, int at_start) {
    UErrorCode status = U_ZERO_ERROR;
    uregex_setText(regex->re, (const UChar *)text, len, &status);
    if (U_FAILURE(status)) return -1;
    UBool found = at_start ? uregex_lookingAt(regex->re, 0, &status) : uregex_find(regex->re, 0, &status);
    return U_FAILURE(status) ? -1 : (found ? 1 : 0);
}
