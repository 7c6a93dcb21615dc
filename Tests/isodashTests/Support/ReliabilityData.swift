import Foundation
import QMSStore

/// Export files for the reliability tests, generated so that their size is a
/// parameter, and the store's content read back through QMSStore's `Connection`.
enum ReliabilityData {
    static let units = """
        id,name,parent_id
        ORG,Sở Thông tin và Truyền thông,
        VP,Văn phòng Sở,ORG
        TTr,Thanh tra Sở,ORG

        """

    /// One objective valued by the store: the share of incoming documents that are electronic.
    static let objectives = """
        id,title,year,unit_id,indicator,target
        MT-E,Tỷ lệ văn bản đến được xử lý điện tử,2026,,docs_in_electronic_pct,90

        """

    /// `count` incoming documents of VP, ids `PREFIX-000001`…, spread over `months` of
    /// 2026; the first `electronic` of them electronic, every third with a due date.
    static func documents(prefix: String, count: Int, electronic: Int, months: ClosedRange<Int> = 1...12) -> String {
        var text = "id,unit_id,direction,date,electronic,confidential,due_on,done_on\n"
        text.reserveCapacity(count * 64)
        let spread = months.count
        for index in 0..<count {
            let month = months.lowerBound + index % spread
            let day = 1 + index % 27
            let date = "2026-\(pad(month))-\(pad(day))"
            let due = index % 3 == 0 ? "2026-\(pad(month))-28" : ""
            let done = index % 6 == 0 ? "2026-\(pad(month))-\(pad(day + 1))" : ""
            text += "\(prefix)-\(String(format: "%06d", index + 1)),VP,in,\(date),\(index < electronic ? 1 : 0),0,\(due),\(done)\n"
        }
        return text
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// Writes `text` to `name` under `folder`, creating the folder; returns the path.
    @discardableResult
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    // MARK: Reading the store

    /// The tables a sync writes (records and the summaries kept at sync time).
    static let dataTables = ["units", "objectives", "measurements", "audits", "findings", "actions", "procedures",
                             "services", "documents", "tallies", "document_months", "document_due", "document_due_months"]

    /// Every row of the data tables as text, sorted: equal lists mean equal content.
    static func content(of connection: Connection) throws -> [String] {
        var lines: [String] = []
        for table in dataTables {
            let statement = try connection.prepare("SELECT * FROM \(table)")
            var rows: [String] = []
            while try statement.step() == .row {
                rows.append(table + "|" + (0..<statement.columnCount).map { statement.string(at: $0) ?? "NULL" }
                    .joined(separator: "|"))
            }
            statement.reset()
            lines += rows.sorted()
        }
        return lines
    }

    static func content(ofStoreAt path: String) throws -> [String] {
        let connection = try Connection(path: path, mode: .readOnly)
        defer { connection.close() }
        return try content(of: connection)
    }

    /// The first column of the first row of `sql`, as an integer.
    static func integer(_ connection: Connection, _ sql: String) throws -> Int? {
        let statement = try connection.prepare(sql)
        defer { statement.reset() }
        return try statement.step() == .row ? statement.int(at: 0) : nil
    }

    /// Copies a store file to `destination` (replacing it, and any WAL files left there).
    /// Only for a store whose last writer closed it cleanly: its WAL is checkpointed.
    static func copyStore(_ source: String, to destination: String) throws {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: destination + suffix)
        }
        try FileManager.default.copyItem(atPath: source, toPath: destination)
    }
}
