// Tesseract's C API, opened on first use (see include/CTesseract.h for why).
//
// Each function below has the name and signature of the one in <tesseract/capi.h> and calls the
// library's own through a pointer looked up once. OCRText calls `letters_tesseract_load` before
// it creates an engine, so none of these runs before the pointers are set; if one ever did, it
// would stop the process with a message rather than jump through a null pointer.
#include "CTesseract.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define LETTERS_TESS_FUNCTIONS(X) \
    X(TessVersion) \
    X(TessDeleteText) \
    X(TessBaseAPICreate) \
    X(TessBaseAPIDelete) \
    X(TessBaseAPIEnd) \
    X(TessBaseAPIClear) \
    X(TessBaseAPIInit2) \
    X(TessBaseAPIInit4) \
    X(TessBaseAPISetVariable) \
    X(TessBaseAPISetPageSegMode) \
    X(TessBaseAPISetImage) \
    X(TessBaseAPISetSourceResolution) \
    X(TessBaseAPIRecognize) \
    X(TessBaseAPIGetUTF8Text) \
    X(TessBaseAPIMeanTextConf) \
    X(TessBaseAPIGetIterator) \
    X(TessMonitorCreate) \
    X(TessMonitorDelete) \
    X(TessMonitorSetDeadlineMSecs) \
    X(TessPageIteratorBaseline) \
    X(TessPageIteratorBoundingBox) \
    X(TessPageIteratorIsAtBeginningOf) \
    X(TessResultIteratorConfidence) \
    X(TessResultIteratorDelete) \
    X(TessResultIteratorGetPageIterator) \
    X(TessResultIteratorGetUTF8Text) \
    X(TessResultIteratorNext)

// One pointer per function, typed from the header's own declaration.
#define LETTERS_TESS_POINTER(name) static __typeof__(&name) p_##name;
LETTERS_TESS_FUNCTIONS(LETTERS_TESS_POINTER)

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static const char *load_error = "not loaded";

static void load(void) {
    // The versioned name first: the unversioned one exists only with the -dev package.
    static const char *const names[] = {
        "libtesseract.so.5", "libtesseract.so", "libtesseract.5.dylib", "libtesseract.dylib",
    };
    void *library = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && library == NULL; i++) {
        library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        load_error = "libtesseract.so.5 not found (install tesseract-ocr)";
        return;
    }
#define LETTERS_TESS_RESOLVE(name) \
    p_##name = (__typeof__(p_##name))dlsym(library, #name); \
    if (p_##name == NULL) { load_error = "libtesseract lacks " #name " (Tesseract 5 needed)"; return; }
    LETTERS_TESS_FUNCTIONS(LETTERS_TESS_RESOLVE)
    load_error = NULL;
}

int letters_tesseract_load(const char **error) {
    pthread_once(&load_once, load);
    if (load_error != NULL) {
        if (error != NULL) *error = load_error;
        return 1;
    }
    return 0;
}

static void not_loaded(const char *name) {
    fprintf(stderr, "letters: %s called before libtesseract was loaded\n", name);
    abort();
}

#define CALL(name, ...) \
    (p_##name != NULL ? (void)0 : not_loaded(#name), p_##name(__VA_ARGS__))

const char *TessVersion(void) { return CALL(TessVersion); }
void TessDeleteText(const char *text) { CALL(TessDeleteText, text); }
TessBaseAPI *TessBaseAPICreate(void) { return CALL(TessBaseAPICreate); }
void TessBaseAPIDelete(TessBaseAPI *handle) { CALL(TessBaseAPIDelete, handle); }
void TessBaseAPIEnd(TessBaseAPI *handle) { CALL(TessBaseAPIEnd, handle); }
void TessBaseAPIClear(TessBaseAPI *handle) { CALL(TessBaseAPIClear, handle); }
int TessBaseAPIInit2(TessBaseAPI *handle, const char *datapath, const char *language, TessOcrEngineMode oem) {
    return CALL(TessBaseAPIInit2, handle, datapath, language, oem);
}
int TessBaseAPIInit4(TessBaseAPI *handle, const char *datapath, const char *language, TessOcrEngineMode mode,
                     char **configs, int configs_size, char **vars_vec, char **vars_values, size_t vars_vec_size,
                     BOOL set_only_non_debug_params) {
    return CALL(TessBaseAPIInit4, handle, datapath, language, mode, configs, configs_size, vars_vec, vars_values,
                vars_vec_size, set_only_non_debug_params);
}
BOOL TessBaseAPISetVariable(TessBaseAPI *handle, const char *name, const char *value) {
    return CALL(TessBaseAPISetVariable, handle, name, value);
}
void TessBaseAPISetPageSegMode(TessBaseAPI *handle, TessPageSegMode mode) { CALL(TessBaseAPISetPageSegMode, handle, mode); }
void TessBaseAPISetImage(TessBaseAPI *handle, const unsigned char *imagedata, int width, int height,
                         int bytes_per_pixel, int bytes_per_line) {
    CALL(TessBaseAPISetImage, handle, imagedata, width, height, bytes_per_pixel, bytes_per_line);
}
void TessBaseAPISetSourceResolution(TessBaseAPI *handle, int ppi) { CALL(TessBaseAPISetSourceResolution, handle, ppi); }
int TessBaseAPIRecognize(TessBaseAPI *handle, ETEXT_DESC *monitor) { return CALL(TessBaseAPIRecognize, handle, monitor); }
char *TessBaseAPIGetUTF8Text(TessBaseAPI *handle) { return CALL(TessBaseAPIGetUTF8Text, handle); }
int TessBaseAPIMeanTextConf(TessBaseAPI *handle) { return CALL(TessBaseAPIMeanTextConf, handle); }
TessResultIterator *TessBaseAPIGetIterator(TessBaseAPI *handle) { return CALL(TessBaseAPIGetIterator, handle); }
ETEXT_DESC *TessMonitorCreate(void) { return CALL(TessMonitorCreate); }
void TessMonitorDelete(ETEXT_DESC *monitor) { CALL(TessMonitorDelete, monitor); }
void TessMonitorSetDeadlineMSecs(ETEXT_DESC *monitor, int deadline) { CALL(TessMonitorSetDeadlineMSecs, monitor, deadline); }
BOOL TessPageIteratorBaseline(const TessPageIterator *handle, TessPageIteratorLevel level, int *x1, int *y1, int *x2, int *y2) {
    return CALL(TessPageIteratorBaseline, handle, level, x1, y1, x2, y2);
}
BOOL TessPageIteratorBoundingBox(const TessPageIterator *handle, TessPageIteratorLevel level, int *left, int *top,
                                 int *right, int *bottom) {
    return CALL(TessPageIteratorBoundingBox, handle, level, left, top, right, bottom);
}
BOOL TessPageIteratorIsAtBeginningOf(const TessPageIterator *handle, TessPageIteratorLevel level) {
    return CALL(TessPageIteratorIsAtBeginningOf, handle, level);
}
float TessResultIteratorConfidence(const TessResultIterator *handle, TessPageIteratorLevel level) {
    return CALL(TessResultIteratorConfidence, handle, level);
}
void TessResultIteratorDelete(TessResultIterator *handle) { CALL(TessResultIteratorDelete, handle); }
TessPageIterator *TessResultIteratorGetPageIterator(TessResultIterator *handle) {
    return CALL(TessResultIteratorGetPageIterator, handle);
}
char *TessResultIteratorGetUTF8Text(const TessResultIterator *handle, TessPageIteratorLevel level) {
    return CALL(TessResultIteratorGetUTF8Text, handle, level);
}
BOOL TessResultIteratorNext(TessResultIterator *handle, TessPageIteratorLevel level) {
    return CALL(TessResultIteratorNext, handle, level);
}
