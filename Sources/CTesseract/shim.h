#ifndef LETTERS_CTESSERACT_SHIM_H
#define LETTERS_CTESSERACT_SHIM_H
// Tesseract 5's C API. Only the OCRText module imports this; nothing else sees a Tesseract
// pointer.
#include <tesseract/capi.h>
#endif
