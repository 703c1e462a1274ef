// `Rect` lives in the Geometry module so that stages after the layout (the parser) can use
// boxes without importing the PDF reader; PDFText's own users keep seeing it here.
@_exported import Geometry
