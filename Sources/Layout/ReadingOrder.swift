import PDFText

/// Orders one page's lines for reading, column by column where the page has columns.
///
/// Lines are first grouped into bands (lines that share a vertical extent). Consecutive bands
/// whose segments line up in the same columns form a column region, read column-major: this
/// is how two- and three-column signatory lists and side-by-side signature blocks are read.
struct ReadingOrder {
    var parameters: LayoutParameters

    /// A run of lines to be read top to bottom without a column switch.
    struct Flow {
        var lines: [RawLine]
        /// Whether the flow is one column of a multi-column region.
        var isColumn: Bool
    }

    func flows(_ lines: [RawLine]) -> [Flow] {
        let bands = makeBands(lines)
        var flows: [Flow] = []
        var region: [[RawLine]] = []       // columns of the current region
        var columnStarts: [Double] = []    // x0 of each column
        var columnEnds: [Double] = []
        // The lowest bottom edge of the region's lines, kept as lines join it: reading it off
        // all of them for every line made a page of single lines quadratic. A NaN edge (no
        // order to keep) sends the reading back to all the lines, as before.
        var bottom = RegionBottom()

        func closeRegion() {
            if region.count >= 2 {
                for column in region where !column.isEmpty { flows.append(Flow(lines: column, isColumn: true)) }
            } else if let only = region.first {
                flows.append(Flow(lines: only, isColumn: false))
            }
            region = []; columnStarts = []; columnEnds = []; bottom = RegionBottom()
        }

        for band in bands {
            let size = median(band.map(\.fontSize)) ?? 10
            let tolerance = 2.0 * max(size, 1)
            if band.count >= 2 {
                if !region.isEmpty, region.count >= 2, let mapping = columnMapping(band, starts: columnStarts, ends: columnEnds, tolerance: tolerance) {
                    for (segment, column) in zip(band, mapping) {
                        region[column].append(segment)
                        bottom.add(segment.box.y1)
                        columnEnds[column] = max(columnEnds[column], segment.box.x1)
                    }
                    continue
                }
                closeRegion()
                region = band.map { [$0] }
                for segment in band { bottom.add(segment.box.y1) }
                columnStarts = band.map(\.box.x0)
                columnEnds = band.map(\.box.x1)
                continue
            }
            let line = band[0]
            let regionBottom = bottom.value(of: region) ?? line.box.y0
            let closeEnough = line.box.y0 - regionBottom <= 1.5 * max(line.box.height, 1)
            if region.count >= 2, closeEnough, let column = fittingColumn(line, starts: columnStarts, tolerance: tolerance) {
                region[column].append(line)
                bottom.add(line.box.y1)
                continue
            }
            if region.count >= 2 { closeRegion() }
            if region.isEmpty { region = [[line]] } else { region[0].append(line) }
            bottom.add(line.box.y1)
        }
        closeRegion()
        return flows
    }

    /// The largest bottom edge among a region's lines, `max()` of them all, kept as they join.
    struct RegionBottom {
        private var largest: Double? = nil
        private var sawNaN = false

        mutating func add(_ y1: Double) {
            if y1.isNaN { sawNaN = true }
            if let current = largest { largest = Swift.max(current, y1) } else { largest = y1 }
        }

        /// The bottom of `region`'s lines: the kept maximum, or with a NaN among them what
        /// `max()` over the lines in region order gives.
        func value(of region: [[RawLine]]) -> Double? {
            sawNaN ? region.joined().map(\.box.y1).max() : largest
        }
    }

    /// Groups lines into bands of vertically overlapping lines, each band sorted left to right.
    func makeBands(_ lines: [RawLine]) -> [[RawLine]] {
        var bands: [[RawLine]] = []
        var bandBox: Rect? = nil
        for line in lines.sorted(by: { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }) {
            if let box = bandBox, line.box.verticalOverlap(box) >= 0.4 * min(line.box.height, box.height) {
                bands[bands.count - 1].append(line)
                bandBox = box.union(line.box)
            } else {
                bands.append([line])
                bandBox = line.box
            }
        }
        return bands.map { $0.sorted { $0.box.x0 < $1.box.x0 } }
    }

    /// Maps each segment of a band to a column of the region, in order, or `nil` when the band
    /// does not fit the region's columns.
    private func columnMapping(_ band: [RawLine], starts: [Double], ends: [Double], tolerance: Double) -> [Int]? {
        var mapping: [Int] = []
        var next = 0
        for segment in band {
            guard let column = (next..<starts.count).first(where: { c in
                let nextStart = c + 1 < starts.count ? starts[c + 1] : .infinity
                return segment.box.x0 >= starts[c] - tolerance && segment.box.x0 < nextStart - tolerance
            }) else { return nil }
            // The segment must not run into the next column.
            if column + 1 < starts.count, segment.box.x1 > starts[column + 1] - 0.5 * tolerance { return nil }
            mapping.append(column)
            next = column + 1
        }
        return mapping
    }

    /// The column a single line belongs to when it starts at a column's left edge and stays
    /// inside it.
    private func fittingColumn(_ line: RawLine, starts: [Double], tolerance: Double) -> Int? {
        for c in starts.indices {
            let nextStart = c + 1 < starts.count ? starts[c + 1] : .infinity
            if line.box.x0 >= starts[c] - tolerance && line.box.x0 < nextStart - tolerance && line.box.x1 < nextStart - 0.5 * tolerance {
                // A long line in the last column that started left of it is not a column line.
                return c
            }
        }
        return nil
    }
}
