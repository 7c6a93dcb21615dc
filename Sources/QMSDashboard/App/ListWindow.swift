/// A contiguous run of a long list's rows kept between frames, and the read that
/// brings a requested page into it: the rows next to those held, found by the key
/// of the first or last one (keyset paging), or a page counted from the nearer end
/// of the list. Paging down, up, to the end and back to the start thus reads only
/// rows it will show, however long the list.
///
/// Pure bookkeeping: the caller turns a `Read` into a store query and hands the
/// rows back to `absorb`.
struct ListWindow<Row> {
    /// The position in the list of the first row held.
    private(set) var start = 0
    private(set) var rows: [Row] = []

    /// Rows beyond the page asked for, read with it in the direction of travel, so
    /// most keys are answered from memory.
    let margin: Int
    /// At most this many rows are kept (plus the page asked for).
    let capacity: Int

    init(margin: Int = 100, capacity: Int = 400) {
        self.margin = max(1, margin)
        self.capacity = max(capacity, self.margin)
    }

    /// One past the position of the last row held.
    var end: Int { start + rows.count }

    /// A read from the store that covers a page.
    enum Read {
        /// `count` rows following `row` (the last row held).
        case after(Row, count: Int)
        /// `count` rows preceding `row` (the first row held).
        case before(Row, count: Int)
        /// `count` rows from the start of the list after skipping `skipping`.
        case fromStart(skipping: Int, count: Int)
        /// `count` rows ending `skipping` rows before the end of the list.
        case fromEnd(skipping: Int, count: Int)
    }

    /// Rows `offset ..< offset + limit` of a list of `total` rows when they are all
    /// held (fewer at the end of the list); nil when some must be read.
    func page(offset: Int, limit: Int, total: Int) -> [Row]? {
        let range = Self.range(offset: offset, limit: limit, total: total)
        guard !range.isEmpty else { return [] }
        guard range.lowerBound >= start && range.upperBound <= end else { return nil }
        return Array(rows[(range.lowerBound - start)..<(range.upperBound - start)])
    }

    /// The rows of the page `offset ..< offset + limit` that are held: all of them
    /// after `absorb`, unless the list changed under the read.
    func held(offset: Int, limit: Int, total: Int) -> [Row] {
        let range = Self.range(offset: offset, limit: limit, total: total).clamped(to: start..<end)
        return range.isEmpty ? [] : Array(rows[(range.lowerBound - start)..<(range.upperBound - start)])
    }

    /// The read that brings rows `offset ..< offset + limit` into the window: next to
    /// the rows held when the page touches them or is within `margin` of them,
    /// otherwise counted from the nearer end of the list.
    func read(offset: Int, limit: Int, total: Int) -> Read {
        let range = Self.range(offset: offset, limit: limit, total: total)
        let first = range.lowerBound, last = range.upperBound
        if let lastRow = rows.last, first >= start, first <= end + margin, last > end {
            return .after(lastRow, count: last - end + margin)
        }
        if let firstRow = rows.first, last <= end, last + margin >= start, first < start {
            return .before(firstRow, count: start - first + margin)
        }
        if total - last < first {
            return .fromEnd(skipping: total - last, count: last - first + margin)
        }
        return .fromStart(skipping: first, count: last - first + margin)
    }

    /// Takes in the rows `read` returned from a list of `total` rows, keeping the
    /// rows around the page `offset ..< offset + limit` asked for.
    mutating func absorb(_ fetched: [Row], from read: Read, total: Int, offset: Int, limit: Int) {
        switch read {
        case .after:
            rows += fetched
        case .before:
            rows = fetched + rows
            start -= fetched.count
        case .fromStart(let skipping, _):
            start = skipping
            rows = fetched
        case .fromEnd(let skipping, _):
            start = max(0, total - skipping - fetched.count)
            rows = fetched
        }
        // Forget rows far from the page, the side away from where the reader is going.
        let range = Self.range(offset: offset, limit: limit, total: total)
        let keep = capacity + range.count
        if rows.count > keep {
            let keptStart = max(start, min(range.lowerBound - (capacity - margin) / 2, end - keep))
            rows = Array(rows[(keptStart - start)..<(keptStart - start + keep)])
            start = keptStart
        }
    }

    /// Forgets every row held.
    mutating func clear() {
        start = 0
        rows = []
    }

    /// The positions a page covers in a list of `total` rows.
    static func range(offset: Int, limit: Int, total: Int) -> Range<Int> {
        let first = max(0, min(offset, total))
        return first..<max(first, min(total, first + max(0, limit)))
    }
}
