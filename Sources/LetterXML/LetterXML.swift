// The libxml2 side of Letters, in three modules since issue 13:
//
// - `LibXML`: the only Swift code that calls libxml2 — HTML parsed into `HTMLDocument` values,
//   XML written (`XMLWriter`), RELAX NG validation (`XMLValidation`);
// - `LetterHTML`: HTML letters laid out as blocks for the segmenter (pure Swift);
// - `LetterTEI`: TEI P5 and CMIF written from letters (pure Swift over `XMLWriter`).
//
// This module re-exports the three, so `import LetterXML` keeps working for code that wants
// both sides.
@_exported import LetterHTML
@_exported import LetterTEI
@_exported import LibXML
