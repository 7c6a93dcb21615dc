/// One piece of the minutes, independent of the output format: the minutes are
/// built once as blocks, then written as Markdown or as plain text.
public enum MinutesBlock: Hashable, Sendable {
    case title(String)
    case heading(String)
    case paragraph(String)
    case bullets([String])
    case table(header: [String], rows: [[String]])
}
