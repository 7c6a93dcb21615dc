/// The UTF-8 bytes of a JSON document being written, turned into a `String` once
/// at the end. A province's `status --json` runs to thousands of lines; appending
/// piece by piece to a `String` cost a third of the command's instructions.
struct JSONBytes {
    private var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1 << 16)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ raw: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    mutating func appendSpaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
