#ifndef LETTERS_CTESSERACT_H
#define LETTERS_CTESSERACT_H
// Tesseract 5's C API. Only the OCRText module imports this; nothing else sees a Tesseract
// pointer.
//
// The library is not linked: `loader.c` defines the API functions OCRText calls and forwards
// each to libtesseract, opened with dlopen the first time OCR is asked for. Linking it would
// load Tesseract, Leptonica and the thirty-odd libraries they pull in (libcurl, libarchive,
// GnuTLS, Kerberos, OpenMP...) into every `letters` process, typed PDFs included, and their
// symbol binding was the largest part of start-up (docs/benchmarks.md).
#include <tesseract/capi.h>

/// Opens libtesseract if it is not open yet. Returns 0 when it is loaded and every function
/// OCRText uses was found; otherwise non-zero, with `*error` (static, not to be freed) saying
/// why. Safe to call from several threads.
int letters_tesseract_load(const char **error);

#endif
