#ifndef LETTERS_CPOPPLER_SHIM_H
#define LETTERS_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#include <glib-object.h>

// Swift cannot call GLib's variadic or macro-based helpers; these give it plain functions.

static inline void letters_g_object_unref(gpointer object) { if (object) g_object_unref(object); }
static inline void letters_g_free(gpointer p) { g_free(p); }
static inline void letters_g_error_free(GError *e) { if (e) g_error_free(e); }
static inline gboolean letters_is_poppler_error(const GError *e) { return e && e->domain == POPPLER_ERROR; }

/// The page label ("iii", "2") from the document's page-label tree; g_free the result.
static inline gchar *letters_page_label(PopplerPage *page) {
    gchar *label = NULL;
    g_object_get(page, "label", &label, NULL);
    return label;
}

/// The URI of a link action, or NULL when the action is not a URI link.
static inline const gchar *letters_action_uri(const PopplerAction *action) {
    if (action && action->type == POPPLER_ACTION_URI) return action->uri.uri;
    return NULL;
}

/// Whether a link action jumps within the document (a footnote marker linked to its note).
static inline gboolean letters_action_is_internal(const PopplerAction *action) {
    return action && action->type == POPPLER_ACTION_GOTO_DEST;
}

#endif
