import CPoppler
import Foundation

/// One page drawn as 8-bit grayscale pixels, for OCR.
///
/// Pixel rows run top to bottom, `width` bytes each, 0 black to 255 white. `scale` is pixels per
/// PDF point, so a pixel box divided by it is in the same top-left-origin points as ``Word``.
public struct PageRaster: Sendable {
    /// 1-based page number.
    public var page: Int
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]
    /// Pixels per point (300 dpi is 300 / 72).
    public var scale: Double

    public init(page: Int, width: Int, height: Int, pixels: [UInt8], scale: Double) {
        self.page = page
        self.width = width
        self.height = height
        self.pixels = pixels
        self.scale = scale
    }

    /// Resolution in dots per inch.
    public var dpi: Double { scale * 72 }
}

/// Draws PDF pages with Poppler and cairo, and measures the images printed on them.
///
/// Like ``PDFTextReader`` it copies what it reads into Swift values and frees every Poppler and
/// cairo object before returning.
public enum PDFRasterizer {
    /// How finely pages are drawn: `dpi`, lowered so that neither side passes `maxSide` pixels
    /// and the page stays under `maxPixels` (a poster-sized page is drawn coarser, not refused).
    public struct Resolution: Sendable, Equatable {
        public var dpi: Double
        public var maxSide: Int
        public var maxPixels: Int

        public init(dpi: Double = 300, maxSide: Int = 5000, maxPixels: Int = 12_000_000) {
            precondition(dpi > 0 && maxSide > 0 && maxPixels > 0, "resolution limits must be positive")
            self.dpi = dpi
            self.maxSide = maxSide
            self.maxPixels = maxPixels
        }

        /// Pixels per point for a page of `width` × `height` points.
        public func scale(width: Double, height: Double) -> Double {
            var scale = dpi / 72
            let longest = Swift.max(width, height, 1)
            scale = Swift.min(scale, Double(maxSide) / longest)
            let area = Swift.max(width * height, 1)
            scale = Swift.min(scale, (Double(maxPixels) / area).squareRoot())
            return scale
        }
    }

    /// Renders `pages` (1-based) one after the other and hands each to `body`, so that only one
    /// page's pixels are alive at a time. Pages that do not exist are skipped.
    public static func render<E: Error>(
        data: Data, name: String, pages: [Int], resolution: Resolution = Resolution(),
        _ body: (PageRaster) throws(E) -> Void
    ) throws(E) {
        guard let document = try? PDFTextReader.open(data: data, name: name) else { return }
        defer { letters_g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler_document_get_n_pages(document))
        for number in pages where number >= 1 && number <= count {
            guard let page = poppler_document_get_page(document, Int32(number - 1)) else { continue }
            let raster = draw(page, number: number, resolution: resolution)
            letters_g_object_unref(UnsafeMutableRawPointer(page))
            if let raster { try body(raster) }
        }
    }

    /// The share of each page's area (0…1) covered by images, for `pages` (1-based). A scanned
    /// page is one image covering the whole page; a typed page has none, or a logo.
    public static func imageCoverage(data: Data, name: String, pages: [Int]) -> [Int: Double] {
        guard let document = try? PDFTextReader.open(data: data, name: name) else { return [:] }
        defer { letters_g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler_document_get_n_pages(document))
        var coverage: [Int: Double] = [:]
        for number in pages where number >= 1 && number <= count {
            guard let page = poppler_document_get_page(document, Int32(number - 1)) else { continue }
            defer { letters_g_object_unref(UnsafeMutableRawPointer(page)) }
            var width = 0.0, height = 0.0
            poppler_page_get_size(page, &width, &height)
            let pageArea = Swift.max(width * height, 1)
            var covered = 0.0
            if let list = poppler_page_get_image_mapping(page) {
                var node: UnsafeMutablePointer<GList>? = list
                while let current = node {
                    if let raw = current.pointee.data {
                        let a = raw.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
                        // Clipped to the page: an image may bleed past its edges.
                        let w = Swift.max(0, Swift.min(a.x2, width) - Swift.max(a.x1, 0))
                        let h = Swift.max(0, Swift.min(a.y2, height) - Swift.max(a.y1, 0))
                        covered += w * h
                    }
                    node = current.pointee.next
                }
                poppler_page_free_image_mapping(list)
            }
            coverage[number] = Swift.min(1, covered / pageArea)
        }
        return coverage
    }

    /// Draws one page on a white cairo surface and converts it to grayscale; nil when cairo
    /// cannot make the surface (out of memory) or the page has no area.
    private static func draw(_ page: OpaquePointer, number: Int, resolution: Resolution) -> PageRaster? {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard width > 0, height > 0, width.isFinite, height.isFinite else { return nil }
        let scale = resolution.scale(width: width, height: height)
        let pixelWidth = Swift.max(1, Int((width * scale).rounded(.down)))
        let pixelHeight = Swift.max(1, Int((height * scale).rounded(.down)))

        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)

        guard let base = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels = [UInt8](repeating: 255, count: pixelWidth * pixelHeight)
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<pixelHeight {
                // RGB24 is one native-endian 32-bit word per pixel: 0x00RRGGBB.
                let row = UnsafeRawPointer(base + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<pixelWidth {
                    let v = row[x]
                    let r = (v >> 16) & 0xFF, g = (v >> 8) & 0xFF, b = v & 0xFF
                    out[y * pixelWidth + x] = UInt8((r * 299 + g * 587 + b * 114) / 1000)
                }
            }
        }
        return PageRaster(page: number, width: pixelWidth, height: pixelHeight, pixels: pixels, scale: scale)
    }
}
