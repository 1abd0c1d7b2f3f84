#ifndef BITEXT_CXMLSHIM_H
#define BITEXT_CXMLSHIM_H

// An HTML document parsed by libxml2's HTML parser (the one lxml and xmllint --html use), which is loaded
// at run time: nothing of libxml2 shows here, and building needs none of its headers.

/// 1 when libxml2 could be loaded.
int bitext_html_available(void);

/// Parses HTML bytes (encoding: "UTF-8", or NULL for the document's own declaration). NULL when libxml2
/// is missing or the input is not HTML at all. Free with bitext_html_free.
void *bitext_html_parse(const char *bytes, int length, const char *encoding);
void bitext_html_free(void *document);

/// The root element, NULL for an empty document.
void *bitext_html_root(void *document);
void *bitext_html_first_child(void *node);
void *bitext_html_next(void *node);
/// 1 element, 3 text, 4 CDATA, 8 comment (libxml2's node types).
int bitext_html_type(void *node);
/// An element's name (lower case for HTML), NULL for other nodes.
const char *bitext_html_name(void *node);
/// A text node's UTF-8 content.
const char *bitext_html_text(void *node);
/// An attribute's value as a malloc'd UTF-8 string (free with free()), NULL when absent.
char *bitext_html_attribute(void *node, const char *name);

/// The entity declarations of an XML document's DOCTYPE, as libxml2's own parser reads them (whatever the
/// encoding, comments or the length of the prolog): it reads up to the root element and no further, loads
/// no DTD and fetches nothing. Returns -1 when libxml2 is missing, -2 when the prolog is not well-formed,
/// else 0 with the counts set. `path` NULL reads `bytes` instead of a file.
int bitext_xml_entity_declarations(const char *path, const char *bytes, int length, int *internal, int *external,
                                   char *firstExternal, int firstExternalSize);

/// The internal general entities the DOCTYPE declares, as libxml2 reads them: `*pairs` (malloc'd, free with
/// free()) holds name, NUL, replacement text, NUL, one after another, `*pairsLength` bytes. Returns -1 when
/// libxml2 is missing, -2 when the prolog is not well-formed, -3 when memory runs out, else 0.
int bitext_xml_internal_entities(const char *bytes, int length, char **pairs, int *pairsLength);

#endif
