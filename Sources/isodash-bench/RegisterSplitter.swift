#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Splits the main document register by one month, streaming, so the incremental
/// sync can be measured: the year without that month goes to one file, the month's
/// rows to another, both with the original header.
///
/// The register the generator writes has no quoted fields, so a row is a line; a
/// quote anywhere stops the split rather than cutting a quoted line break wrongly.
struct RegisterSplitter {
    /// What the split found.
    struct Result: Sendable {
        /// Column names of the header, in order.
        var columns: [String] = []
        var delimiter: UInt8 = UInt8(ascii: ",")
        var rows = 0
        var monthRows = 0
    }

    let source: String
    /// `YYYY-MM`: rows whose `date` starts with it go to the month file.
    let month: String

    func split(yearPath: String, monthPath: String) throws(BenchError) -> Result {
        guard let input = fopen(source, "rb") else { throw Self.failure(source) }
        defer { fclose(input) }
        guard let year = fopen(yearPath, "wb") else { throw Self.failure(yearPath) }
        defer { fclose(year) }
        guard let monthFile = fopen(monthPath, "wb") else { throw Self.failure(monthPath) }
        defer { fclose(monthFile) }

        var result = Result()
        var dateColumn = -1
        let monthBytes = Array(month.utf8)
        let chunkSize = 1 << 20
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        var carry: [UInt8] = []
        var lineNumber = 0

        func handle(_ line: UnsafeBufferPointer<UInt8>) throws(BenchError) {
            lineNumber += 1
            var end = line.count
            if end > 0 && line[end - 1] == UInt8(ascii: "\n") { end -= 1 }
            if end > 0 && line[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            if end == 0 { return }
            if dateColumn < 0 {
                let header = String(decoding: UnsafeBufferPointer(rebasing: line[0..<end]), as: UTF8.self)
                result.delimiter = Self.delimiter(of: header)
                result.columns = header.split(separator: Character(UnicodeScalar(result.delimiter)),
                                              omittingEmptySubsequences: false)
                    .map { $0.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespaces) }
                guard let index = result.columns.firstIndex(where: { $0.lowercased() == "date" }) else {
                    throw BenchError.unexpectedData("\(source): no 'date' column in the header '\(header)'; "
                                                    + "the benchmark splits the register by it")
                }
                dateColumn = index
                try write(line, to: year, path: yearPath)
                try write(line, to: monthFile, path: monthPath)
                return
            }
            var field = 0
            var start = 0
            var index = 0
            while index < end && field < dateColumn {
                let byte = line[index]
                if byte == UInt8(ascii: "\"") {
                    throw BenchError.unexpectedData("\(source):\(lineNumber): a quoted field; the benchmark's "
                                                    + "month split expects the generator's unquoted register")
                }
                if byte == result.delimiter {
                    field += 1
                    start = index + 1
                }
                index += 1
            }
            result.rows += 1
            var inMonth = field == dateColumn && end - start >= monthBytes.count
            if inMonth {
                for offset in 0..<monthBytes.count where line[start + offset] != monthBytes[offset] {
                    inMonth = false
                    break
                }
            }
            if inMonth {
                result.monthRows += 1
                try write(line, to: monthFile, path: monthPath)
            } else {
                try write(line, to: year, path: yearPath)
            }
        }

        while true {
            let got = fread(chunk, 1, chunkSize, input)
            if got == 0 {
                if ferror(input) != 0 { throw Self.failure(source) }
                break
            }
            var lineStart = 0
            for index in 0..<got where chunk[index] == UInt8(ascii: "\n") {
                if carry.isEmpty {
                    try handle(UnsafeBufferPointer(start: chunk + lineStart, count: index - lineStart + 1))
                } else {
                    carry.append(contentsOf: UnsafeBufferPointer(start: chunk + lineStart, count: index - lineStart + 1))
                    try carry.withUnsafeBufferPointer { (line) throws(BenchError) in try handle(line) }
                    carry.removeAll(keepingCapacity: true)
                }
                lineStart = index + 1
            }
            carry.append(contentsOf: UnsafeBufferPointer(start: chunk + lineStart, count: got - lineStart))
        }
        if !carry.isEmpty {
            carry.append(UInt8(ascii: "\n"))
            try carry.withUnsafeBufferPointer { (line) throws(BenchError) in try handle(line) }
        }
        guard dateColumn >= 0 else {
            throw BenchError.unexpectedData("\(source) is empty; expected the generator's document register")
        }
        return result
    }

    private func write(_ line: UnsafeBufferPointer<UInt8>, to file: UnsafeMutablePointer<FILE>,
                       path: String) throws(BenchError) {
        guard fwrite(line.baseAddress, 1, line.count, file) == line.count else { throw Self.failure(path) }
    }

    /// `,`, `;` or TAB, whichever the header holds most of (EXPORT-FORMAT §2).
    private static func delimiter(of header: String) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        return candidates.max { a, b in
            header.utf8.filter { $0 == a }.count < header.utf8.filter { $0 == b }.count
        } ?? UInt8(ascii: ",")
    }

    private static func failure(_ path: String) -> BenchError {
        BenchError.io(path: path, reason: String(cString: strerror(errno)))
    }
}
