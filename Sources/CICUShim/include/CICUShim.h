#ifndef BITEXT_CICUSHIM_H
#define BITEXT_CICUSHIM_H
// A narrow C interface over system ICU. No ICU type appears here: Swift on Linux
// imports Foundation's bundled ICU, whose declarations clash with the system headers.
#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bx_breaker bx_breaker;
typedef struct bx_translit bx_translit;
typedef struct bx_regex bx_regex;

enum { BX_BREAK_SENTENCE = 0, BX_BREAK_WORD = 1 };
enum { BX_NORM_NFC = 0, BX_NORM_NFD = 1, BX_NORM_NFKC = 2 };

/// Opens a break iterator of `kind` for `locale` (e.g. "en@ss=standard").
/// Returns NULL and writes a message into `err` on failure.
bx_breaker *bx_breaker_open(int kind, const char *locale, char *err, size_t errcap);
void bx_breaker_close(bx_breaker *breaker);

/// Writes the boundaries of `text` (UTF-16, `len` units) into `out`, including 0 and `len`.
/// For word breaking, `status` (may be NULL) receives the rule status of the segment that
/// ends at each boundary (0 = none/punctuation/space, 100.. numbers, 200.. letters, 300.. kana, 400.. ideographs).
/// Returns the number of boundaries, or the negative of the capacity needed when `cap` is too small.
int32_t bx_breaker_boundaries(bx_breaker *breaker, const uint16_t *text, int32_t len,
                              int32_t *out, int32_t *status, int32_t cap);

/// Normalizes `src` into `dst`. Returns the length written, the negative of the length needed
/// when `cap` is too small, or INT32_MIN on any other error.
int32_t bx_normalize(int form, const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap);

/// 1 when the UTF-8 text is certainly in NFC (the UAX #15 quick check answers Yes), else 0.
int bx_utf8_is_nfc(const uint8_t *s, int64_t len);

/// Opens an ICU transform such as "Hangul-Latin" or "Any-Latin; Latin-ASCII".
bx_translit *bx_translit_open(const char *transform_id, char *err, size_t errcap);
/// Compiles a rule-based transform from ICU transliteration rules (UTF-16).
bx_translit *bx_translit_open_rules(const char *name, const uint16_t *rules, int32_t rules_len, char *err, size_t errcap);
void bx_translit_close(bx_translit *translit);
/// Transliterates `src` into `dst`; same return convention as bx_normalize.
int32_t bx_translit_apply(bx_translit *translit, const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap);

/// Compiles a regular expression (UTF-16 pattern); `case_insensitive` sets UREGEX_CASE_INSENSITIVE.
/// Returns NULL and writes a message into `err` on failure.
bx_regex *bx_regex_open(const uint16_t *pattern, int32_t len, int case_insensitive, char *err, size_t errcap);
void bx_regex_close(bx_regex *regex);
/// 1 when the regex matches somewhere in `text` (UTF-16, `len` units; searched from its start), or
/// with `at_start` a match starts at its first unit; 0 when it does not, -1 on an error. The text need
/// not outlive the call.
int bx_regex_find(bx_regex *regex, const uint16_t *text, int32_t len, int at_start);

/// The `index`-th ISO 3166 country code ICU knows ("AD", "AE", …), or NULL past the last.
const char *bx_region_code(int32_t index);
/// The name of `region` (an ISO 3166 code, or a UN M.49 area such as "150") in `display_language`,
/// from CLDR; same return convention as bx_normalize, and 0 when CLDR has no name there (ICU would
/// return the code itself).
int32_t bx_region_name(const char *region, const char *display_language, uint16_t *dst, int32_t cap);

/// The version of the ICU library linked, e.g. "72.1".
void bx_icu_version(char *out, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
