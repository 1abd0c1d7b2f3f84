#include "CXMLShim.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// The leading fields of libxml2's xmlNode, whose layout is part of its stable ABI since 2.0.
typedef struct MirrorNode {
    void *private_data;
    int type;
    const unsigned char *name;
    struct MirrorNode *children;
    struct MirrorNode *last;
    struct MirrorNode *parent;
    struct MirrorNode *next;
    struct MirrorNode *prev;
    void *doc;
    void *ns;
    unsigned char *content;
} MirrorNode;

// The leading fields of xmlDoc and xmlDtd, and of xmlEntity (declarations in a DTD's children).
typedef struct MirrorDoc {
    void *private_data;
    int type;
    char *name;
    void *children, *last, *parent, *next, *prev, *doc;
    int compression;
    int standalone;
    MirrorNode *intSubset;
} MirrorDoc;

typedef struct MirrorEntity {
    void *private_data;
    int type;
    const unsigned char *name;
    void *children, *last, *parent;
    struct MirrorEntity *next;
    void *prev, *doc;
    unsigned char *orig;
    unsigned char *content;
    int length;
    int etype;
} MirrorEntity;

typedef void *(*ReadMemory)(const char *, int, const char *, const char *, int);
typedef void *(*ReaderForMemory)(const char *, int, const char *, const char *, int);
typedef void *(*ReaderForFile)(const char *, const char *, int);
typedef int (*ReaderRead)(void *);
typedef int (*ReaderNodeType)(void *);
typedef void *(*ReaderDoc)(void *);
typedef void (*ReaderFree)(void *);
typedef void (*FreeDoc)(void *);
typedef void *(*DocRoot)(void *);
typedef unsigned char *(*GetProp)(void *, const unsigned char *);
typedef void (*FreeFunction)(void *);

static struct {
    int loaded;
    ReadMemory readMemory;
    FreeDoc freeDoc;
    DocRoot root;
    GetProp getProp;
    FreeFunction *xmlFree;
    ReaderForMemory readerForMemory;
    ReaderForFile readerForFile;
    ReaderRead readerRead;
    ReaderNodeType readerNodeType;
    ReaderDoc readerDoc;
    ReaderFree readerFree;
    FreeDoc freeDocument;
} lib;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    void *handle = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!handle) handle = dlopen("libxml2.so", RTLD_NOW | RTLD_LOCAL);
    if (!handle) handle = dlopen("libxml2.2.dylib", RTLD_NOW | RTLD_LOCAL);
    if (!handle) return;
    lib.readMemory = (ReadMemory)dlsym(handle, "htmlReadMemory");
    lib.freeDoc = (FreeDoc)dlsym(handle, "xmlFreeDoc");
    lib.root = (DocRoot)dlsym(handle, "xmlDocGetRootElement");
    lib.getProp = (GetProp)dlsym(handle, "xmlGetProp");
    lib.xmlFree = (FreeFunction *)dlsym(handle, "xmlFree");
    lib.readerForMemory = (ReaderForMemory)dlsym(handle, "xmlReaderForMemory");
    lib.readerForFile = (ReaderForFile)dlsym(handle, "xmlReaderForFile");
    lib.readerRead = (ReaderRead)dlsym(handle, "xmlTextReaderRead");
    lib.readerNodeType = (ReaderNodeType)dlsym(handle, "xmlTextReaderNodeType");
    lib.readerDoc = (ReaderDoc)dlsym(handle, "xmlTextReaderCurrentDoc");
    lib.readerFree = (ReaderFree)dlsym(handle, "xmlFreeTextReader");
    lib.loaded = lib.readMemory && lib.freeDoc && lib.root && lib.getProp && lib.xmlFree && *lib.xmlFree
        && lib.readerForMemory && lib.readerForFile && lib.readerRead && lib.readerNodeType && lib.readerDoc && lib.readerFree;
}

int bitext_html_available(void) {
    pthread_once(&once, load);
    return lib.loaded;
}

// HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
enum { parseOptions = 1 | 32 | 64 | 2048 };

void *bitext_html_parse(const char *bytes, int length, const char *encoding) {
    if (!bitext_html_available()) return NULL;
    return lib.readMemory(bytes, length, NULL, encoding, parseOptions);
}

void bitext_html_free(void *document) {
    if (document && bitext_html_available()) lib.freeDoc(document);
}

void *bitext_html_root(void *document) { return document ? lib.root(document) : NULL; }
void *bitext_html_first_child(void *node) { return node ? ((MirrorNode *)node)->children : NULL; }
void *bitext_html_next(void *node) { return node ? ((MirrorNode *)node)->next : NULL; }
int bitext_html_type(void *node) { return node ? ((MirrorNode *)node)->type : 0; }

const char *bitext_html_name(void *node) {
    return node && ((MirrorNode *)node)->type == 1 ? (const char *)((MirrorNode *)node)->name : NULL;
}

const char *bitext_html_text(void *node) {
    if (!node) return NULL;
    int type = ((MirrorNode *)node)->type;
    return type == 3 || type == 4 ? (const char *)((MirrorNode *)node)->content : NULL;
}

char *bitext_html_attribute(void *node, const char *name) {
    if (!node || ((MirrorNode *)node)->type != 1) return NULL;
    unsigned char *value = lib.getProp(node, (const unsigned char *)name);
    if (!value) return NULL;
    char *copy = strdup((const char *)value);
    (*lib.xmlFree)(value);
    return copy;
}

// XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING: no DTD is loaded, nothing is fetched.
enum { prologOptions = 2048 | 32 | 64 };

// Reads a document up to its root element, when the whole DOCTYPE has been parsed, and hands over the
// document (NULL-free: the caller frees it with lib.freeDoc). 0, or -2 when the prolog is not well-formed.
static int prologDocument(const char *path, const char *bytes, int length, MirrorDoc **doc) {
    *doc = NULL;
    void *reader = path ? lib.readerForFile(path, NULL, prologOptions) : lib.readerForMemory(bytes, length, NULL, NULL, prologOptions);
    if (!reader) return -2;
    int status = -2;
    while (lib.readerRead(reader) == 1) {
        if (lib.readerNodeType(reader) == 1) { status = 0; break; }
    }
    // Asked for, the document is no longer the reader's to free.
    if (status == 0) *doc = (MirrorDoc *)lib.readerDoc(reader);
    lib.readerFree(reader);
    return status;
}

int bitext_xml_entity_declarations(const char *path, const char *bytes, int length, int *internal, int *external,
                                   char *firstExternal, int firstExternalSize) {
    *internal = 0;
    *external = 0;
    if (firstExternalSize > 0) firstExternal[0] = 0;
    if (!bitext_html_available()) return -1;
    MirrorDoc *doc = NULL;
    int status = prologDocument(path, bytes, length, &doc);
    if (status == 0) {
        MirrorNode *dtd = doc ? doc->intSubset : NULL;
        for (MirrorNode *n = dtd ? dtd->children : NULL; n; n = n->next) {
            if (n->type != 17) continue;  // XML_ENTITY_DECL
            MirrorEntity *e = (MirrorEntity *)n;
            // 1 internal general, 4 internal parameter; 2, 3, 5 external.
            if (e->etype == 1 || e->etype == 4) {
                (*internal)++;
            } else if (e->etype == 2 || e->etype == 3 || e->etype == 5) {
                if (*external == 0 && firstExternalSize > 0 && e->name) {
                    strncpy(firstExternal, (const char *)e->name, (size_t)firstExternalSize - 1);
                    firstExternal[firstExternalSize - 1] = 0;
                }
                (*external)++;
            }
        }
    }
    if (doc) lib.freeDoc(doc);
    return status;
}

int bitext_xml_internal_entities(const char *bytes, int length, char **pairs, int *pairsLength) {
    *pairs = NULL;
    *pairsLength = 0;
    if (!bitext_html_available()) return -1;
    MirrorDoc *doc = NULL;
    int status = prologDocument(NULL, bytes, length, &doc);
    if (status == 0) {
        MirrorNode *dtd = doc ? doc->intSubset : NULL;
        size_t size = 0;
        for (MirrorNode *n = dtd ? dtd->children : NULL; n; n = n->next) {
            MirrorEntity *e = (MirrorEntity *)n;
            if (n->type != 17 || e->etype != 1 || !e->name) continue;
            size += strlen((const char *)e->name) + 1 + (e->content ? strlen((const char *)e->content) : 0) + 1;
        }
        char *out = size ? malloc(size) : NULL;
        if (size && !out) status = -3;
        size_t at = 0;
        for (MirrorNode *n = dtd ? dtd->children : NULL; out && n; n = n->next) {
            MirrorEntity *e = (MirrorEntity *)n;
            if (n->type != 17 || e->etype != 1 || !e->name) continue;
            size_t nameLength = strlen((const char *)e->name);
            memcpy(out + at, e->name, nameLength + 1);
            at += nameLength + 1;
            size_t valueLength = e->content ? strlen((const char *)e->content) : 0;
            if (valueLength) memcpy(out + at, e->content, valueLength);
            out[at + valueLength] = 0;
            at += valueLength + 1;
        }
        *pairs = out;
        *pairsLength = (int)at;
    }
    if (doc) lib.freeDoc(doc);
    return status;
}

