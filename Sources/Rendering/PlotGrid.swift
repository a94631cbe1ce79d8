// PlotGrid: a line chart's canvas — braille dots or ASCII strokes per character cell, with markers on top.

/// A grid of character cells. Lines are drawn in braille dots (each cell 2 dots wide, 4 tall, as plotille and
/// drawille do) or, in ASCII, one stroke per cell; markers replace whatever a cell holds.
struct PlotGrid {
    let width: Int
    let height: Int
    private var dots: [[UInt8]]
    private var strokes: [[Character?]]
    private var markers: [[(glyph: Character, series: Int)?]]

    init(width: Int, height: Int) {
        self.width = width; self.height = height
        dots = Array(repeating: Array(repeating: 0, count: width), count: height)
        strokes = Array(repeating: Array(repeating: nil, count: width), count: height)
        markers = Array(repeating: Array(repeating: nil, count: width), count: height)
    }

    /// The braille bit of the dot at (x, y) within its cell: columns 0-1, rows 0-3 (Unicode's dot numbering).
    static func bit(_ x: Int, _ y: Int) -> UInt8 {
        let left: [UInt8] = [0x01, 0x02, 0x04, 0x40], right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
        return x == 0 ? left[y] : right[y]
    }

    mutating func dot(_ x: Int, _ y: Int) {
        guard x >= 0, y >= 0, x < 2 * width, y < 4 * height else { return }
        dots[y / 4][x / 2] |= Self.bit(x % 2, y % 4)
    }

    /// A straight line of dots between two dot positions (Bresenham).
    mutating func brailleLine(from a: (Int, Int), to b: (Int, Int)) {
        var (x, y) = a
        let dx = abs(b.0 - x), dy = -abs(b.1 - y), sx = x < b.0 ? 1 : -1, sy = y < b.1 ? 1 : -1
        var err = dx + dy
        while true {
            dot(x, y)
            if x == b.0 && y == b.1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
        }
    }

    /// An ASCII line between two cells: one stroke per column strictly between them, `/` rising, `\` falling,
    /// `-` level, at the row the straight line passes.
    mutating func asciiLine(from a: (Int, Int), to b: (Int, Int)) {
        guard b.0 - a.0 > 1 else { return }
        func row(_ x: Double) -> Double { Double(a.1) + (Double(b.1) - Double(a.1)) * (x - Double(a.0)) / Double(b.0 - a.0) }
        for x in (a.0 + 1)..<b.0 {
            let y = Int(row(Double(x)).rounded())
            let slope = row(Double(x) + 0.5) - row(Double(x) - 0.5)
            let stroke: Character = slope < -0.5 ? "/" : slope > 0.5 ? "\\" : "-"
            guard y >= 0, y < height, x >= 0, x < width else { continue }
            // Where two series' strokes cross, the first drawn stays: either is a fair picture of the cell.
            if strokes[y][x] == nil { strokes[y][x] = stroke }
        }
    }

    /// Puts a series' marker in a cell; returns true when another series' marker was there (the cell then
    /// shows `collision`).
    mutating func mark(column: Int, row: Int, series: Int, glyph: Character, collision: Character) -> Bool {
        guard row >= 0, row < height, column >= 0, column < width else { return false }
        if let m = markers[row][column], m.series != series {
            markers[row][column] = (collision, -1)
            return true
        }
        markers[row][column] = (glyph, series)
        return false
    }

    /// One row as text: markers (coloured by series when colour is on), then dots or strokes, else spaces.
    func line(_ row: Int, _ context: RenderContext, styles: [RenderContext.Style]) -> String {
        var out = ""
        for x in 0..<width {
            if let m = markers[row][x] {
                out += m.series >= 0 ? context.styled(String(m.glyph), styles[m.series % styles.count]) : String(m.glyph)
            } else if dots[row][x] != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(dots[row][x])) {
                out.append(Character(scalar))
            } else {
                out.append(strokes[row][x] ?? " ")
            }
        }
        return out
    }
}
