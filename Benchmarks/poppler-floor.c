/*
 * The floor: what Poppler alone costs to give `letters extract` what it reads from a PDF.
 *
 *   cc -O2 -o poppler-floor Benchmarks/poppler-floor.c $(pkg-config --cflags --libs poppler-glib)
 *   poppler-floor FILE.pdf ...
 *
 * Makes exactly the poppler-glib calls of Sources/PDFText/PopplerReader.swift, for every page of
 * every FILE, in one process, and nothing else: the bytes read into memory and handed over as
 * GBytes (which copies them, as the reader's g_bytes_new does); the document's page count, title,
 * author, producer and creation date; per page its size, label, text, one rectangle per
 * character (text layout), font runs (text attributes) and link mapping with each link's URI.
 * It walks every result once (so nothing is skipped as unused) and frees it, and prints one line
 * per file: pages, characters, font runs, links; scripts/bench-floor.sh compares our CPU with it.
 *
 * Not included: the OCR check's poppler_page_get_image_mapping, which the extractor calls only
 * for pages with few words (under 80) and which `--ocr never` leaves out; see docs/benchmarks.md.
 */
#include <poppler.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

/* Frees a g_malloc'd string and says whether it had any content (as takeString's check). */
static size_t take(gchar *s) {
    size_t n = s ? strlen(s) : 0;
    g_free(s);
    return n;
}

/* Not inlined, so that callgrind can give its instructions apart from start-up. */
__attribute__((noinline)) static int floor_file(const char *path) {
    gchar *contents = NULL;
    gsize length = 0;
    if (!g_file_get_contents(path, &contents, &length, NULL)) {
        fprintf(stderr, "poppler-floor: cannot read %s\n", path);
        return 1;
    }
    GBytes *bytes = g_bytes_new(contents, length);
    g_free(contents);
    GError *error = NULL;
    PopplerDocument *document = poppler_document_new_from_bytes(bytes, NULL, &error);
    g_bytes_unref(bytes);
    if (!document) {
        fprintf(stderr, "poppler-floor: %s: %s\n", path, error ? error->message : "cannot open");
        if (error) g_error_free(error);
        return 1;
    }
    size_t meta = take(poppler_document_get_title(document)) + take(poppler_document_get_author(document))
        + take(poppler_document_get_producer(document));
    meta += poppler_document_get_creation_date(document) > 0;

    int pages = poppler_document_get_n_pages(document);
    long characters = 0, runs = 0, links = 0;
    double checksum = 0;
    for (int i = 0; i < pages; i++) {
        PopplerPage *page = poppler_document_get_page(document, i);
        if (!page) continue;
        double width = 0, height = 0;
        poppler_page_get_size(page, &width, &height);
        gchar *label = NULL;
        g_object_get(page, "label", &label, NULL);
        meta += take(label);

        gchar *text = poppler_page_get_text(page);
        if (text) {
            characters += g_utf8_strlen(text, -1);
            PopplerRectangle *rects = NULL;
            guint count = 0;
            if (poppler_page_get_text_layout(page, &rects, &count) && rects) {
                for (guint r = 0; r < count; r++) checksum += rects[r].x1 + rects[r].y2;
                g_free(rects);
            }
            GList *attributes = poppler_page_get_text_attributes(page);
            for (GList *n = attributes; n; n = n->next) {
                PopplerTextAttributes *a = n->data;
                runs++;
                checksum += a->font_size + (a->font_name ? strlen(a->font_name) : 0);
            }
            poppler_page_free_text_attributes(attributes);
            g_free(text);
        }
        GList *mapping = poppler_page_get_link_mapping(page);
        for (GList *n = mapping; n; n = n->next) {
            PopplerLinkMapping *m = n->data;
            checksum += m->area.x1 + height - m->area.y2;
            if (m->action && m->action->type == POPPLER_ACTION_URI && m->action->uri.uri) {
                links++;
                checksum += strlen(m->action->uri.uri);
            } else if (m->action && m->action->type == POPPLER_ACTION_GOTO_DEST) {
                links++;
            }
        }
        poppler_page_free_link_mapping(mapping);
        checksum += width;
        g_object_unref(page);
    }
    g_object_unref(document);
    printf("%s\t%d pages\t%ld chars\t%ld font runs\t%ld links\t(%zu, %.0f)\n",
           path, pages, characters, runs, links, meta, checksum);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: poppler-floor FILE.pdf ...\n");
        return 2;
    }
    g_log_set_handler("Poppler", G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG, quiet, NULL);
    int failed = 0;
    for (int i = 1; i < argc; i++) failed |= floor_file(argv[i]);
    return failed;
}
