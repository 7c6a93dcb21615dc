import QMSDomain

/// One document row as the sync's byte-level reader found it: text as spans into its
/// read buffer, already trimmed, NFC and checked, and dates both as values (for the
/// summaries) and as their canonical `YYYY-MM-DD` text (for the table).
///
/// Nothing here owns memory: the spans must stay valid and unchanged until
/// `DocumentBulkWriter.write` returns, which binds them without copying.
public struct DocumentRowValues {
    public var id: UnsafeRawBufferPointer
    public var unitID: UnsafeRawBufferPointer
    /// `DocumentBulkWriter.unitSlot(for:)` of `unitID`.
    public var unitSlot: Int
    public var direction: DocumentDirection
    public var date: Day
    /// `date.year * 12 + date.month - 1`, known to the reader without recomputing it.
    public var monthIndex: Int
    public var dateText: UnsafeRawBufferPointer
    public var electronic: Bool
    public var confidential: Bool
    public var dueOn: Day?
    /// Unused when `dueOn` is nil.
    public var dueOnText: UnsafeRawBufferPointer
    public var doneOn: Day?
    /// Unused when `doneOn` is nil.
    public var doneOnText: UnsafeRawBufferPointer

    public init(id: UnsafeRawBufferPointer, unitID: UnsafeRawBufferPointer, unitSlot: Int,
                direction: DocumentDirection, date: Day, monthIndex: Int, dateText: UnsafeRawBufferPointer,
                electronic: Bool, confidential: Bool, dueOn: Day?, dueOnText: UnsafeRawBufferPointer,
                doneOn: Day?, doneOnText: UnsafeRawBufferPointer) {
        self.id = id
        self.unitID = unitID
        self.unitSlot = unitSlot
        self.direction = direction
        self.date = date
        self.monthIndex = monthIndex
        self.dateText = dateText
        self.electronic = electronic
        self.confidential = confidential
        self.dueOn = dueOn
        self.dueOnText = dueOnText
        self.doneOn = doneOn
        self.doneOnText = doneOnText
    }
}
