#ifndef LETTERS_CLIBXML2_SHIM_H
#define LETTERS_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU, and its encoding.h then includes the system's
// <unicode/ucnv.h>, whose UErrorCode clashes with the ICU that Foundation bundles
// (_FoundationICU) when both modules are imported. Nothing here uses libxml2's ICU fields
// (only xmlCharEncodingHandler has them, and it is only ever reached through pointers), so
// the ICU part of the headers is switched off for Swift.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlwriter.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

// Swift cannot call libxml2's macro-based or variadic pieces; these give it plain functions.

/// `xmlFree` is a global function pointer, or a macro in thread-alloc builds.
static inline void letters_xml_free(void *p) { if (p) xmlFree(p); }

/// The options every HTML parse uses: no network, no error output, recover from bad markup.
/// (No HTML_PARSE_NOIMPLIED: the implied html/body elements give every document one shape.)
static inline int letters_html_options(void) {
    return HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER;
}

/// The options for re-reading XML we wrote (tests, validation): no network, no entity
/// substitution, no DTD loading, so a document can never make libxml2 fetch or expand anything.
static inline int letters_xml_read_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
}

/// A generic-error handler that drops libxml2's messages: errors reach Swift as return codes
/// and structured errors, never as text on standard error (where `letters` reports one line).
static void letters_xml_silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

static inline void letters_xml_quiet_thread(void) {
    xmlSetGenericErrorFunc(NULL, letters_xml_silent);
}

/// Element and attribute helpers that hide libxml2's struct layout from Swift.
static inline int letters_node_is_element(const xmlNode *n) { return n && n->type == XML_ELEMENT_NODE; }
static inline int letters_node_is_text(const xmlNode *n) {
    return n && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE);
}
static inline int letters_node_is_entity_ref(const xmlNode *n) { return n && n->type == XML_ENTITY_REF_NODE; }

#endif
