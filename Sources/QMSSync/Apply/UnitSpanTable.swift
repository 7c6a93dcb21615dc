/// Unit ids already checked in this file, looked up by their bytes in the CSV
/// reader's buffer: a document row finds its unit without making a `String`.
///
/// Open addressing over a byte arena; a province has a few hundred units, so it stays
/// a few kilobytes. Filled per file and emptied when the next file begins, since a
/// units file earlier in the same sync may have removed a unit.
struct UnitSpanTable {
    private struct Entry {
        var hash: UInt64 = 0
        var offset: Int32 = 0
        var length: Int32 = 0
        /// -1: an empty entry.
        var slot: Int32 = -1
    }

    private var arena: [UInt8] = []
    private var entries = [Entry](repeating: Entry(), count: 64)
    private var count = 0

    /// The slot stored for `bytes`, or nil when they were not inserted.
    func slot(of bytes: UnsafeRawBufferPointer) -> Int? {
        let hash = Self.hash(bytes)
        let mask = entries.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        return arena.withUnsafeBytes { stored -> Int? in
            while true {
                let entry = entries[index]
                if entry.slot < 0 { return nil }
                if entry.hash == hash, Int(entry.length) == bytes.count,
                   Self.equal(stored, offset: Int(entry.offset), bytes) {
                    return Int(entry.slot)
                }
                index = (index + 1) & mask
            }
        }
    }

    /// Remembers `slot` for `bytes` (copied).
    mutating func insert(_ bytes: UnsafeRawBufferPointer, slot: Int) {
        if (count + 1) * 2 > entries.count { grow() }
        let offset = arena.count
        arena.append(contentsOf: bytes)
        place(Entry(hash: Self.hash(bytes), offset: Int32(offset), length: Int32(bytes.count), slot: Int32(slot)))
        count += 1
    }

    mutating func removeAll() {
        arena.removeAll(keepingCapacity: true)
        for index in entries.indices { entries[index] = Entry() }
        count = 0
    }

    private mutating func place(_ entry: Entry) {
        let mask = entries.count - 1
        var index = Int(truncatingIfNeeded: entry.hash) & mask
        while entries[index].slot >= 0 { index = (index + 1) & mask }
        entries[index] = entry
    }

    private mutating func grow() {
        let old = entries
        entries = [Entry](repeating: Entry(), count: old.count * 2)
        for entry in old where entry.slot >= 0 { place(entry) }
    }

    /// FNV-1a: ids are short, and the table is not exposed to chosen collisions beyond
    /// the units a store holds.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    private static func equal(_ stored: UnsafeRawBufferPointer, offset: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        while i < bytes.count {
            if stored[offset + i] != bytes[i] { return false }
            i += 1
        }
        return true
    }
}
