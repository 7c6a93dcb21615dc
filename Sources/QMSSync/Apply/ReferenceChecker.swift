import QMSDomain
import QMSStore

/// Asks the store whether referenced records exist and who refers to a record,
/// with statements prepared once per run; each question is one index lookup.
final class ReferenceChecker {
    /// The references of the contract (§7): which column of which kind names which kind.
    struct Reference: Sendable {
        let from: RecordKind
        let column: String
        let to: RecordKind
    }

    static let references: [Reference] = [
        Reference(from: .units, column: "parent_id", to: .units),
        Reference(from: .objectives, column: "unit_id", to: .units),
        Reference(from: .measurements, column: "objective_id", to: .objectives),
        Reference(from: .audits, column: "unit_id", to: .units),
        Reference(from: .findings, column: "audit_id", to: .audits),
        Reference(from: .findings, column: "unit_id", to: .units),
        Reference(from: .actions, column: "unit_id", to: .units),
        Reference(from: .actions, column: "finding_id", to: .findings),
        Reference(from: .procedures, column: "unit_id", to: .units),
        Reference(from: .services, column: "unit_id", to: .units),
        Reference(from: .documents, column: "unit_id", to: .units),
        Reference(from: .tallies, column: "unit_id", to: .units),
    ]

    /// The kinds other records refer to; only their deletions need checking.
    static let referencedKinds: Set<RecordKind> = Set(references.map(\.to))

    private let connection: Connection
    private var existsStatements: [RecordKind: Statement] = [:]
    private var referrerStatements: [Int: Statement] = [:]
    private var parentStatement: Statement?

    init(connection: Connection) {
        self.connection = connection
    }

    /// Whether a record of `kind` (one with an `id` key) has `id`.
    func exists(_ kind: RecordKind, id: String) throws(StoreError) -> Bool {
        let statement = try statement(&existsStatements[kind],
                                      "SELECT EXISTS (SELECT 1 FROM \(kind.rawValue) WHERE id = ?1)")
        defer { statement.reset() }
        return try Self.run { () throws(SQLiteError) in
            try statement.bind(id, at: 1)
            _ = try statement.step()
            return statement.bool(at: 0) ?? false
        }
    }

    /// The parent of unit `id`: nil when the unit is not stored, `.some(nil)` for a root.
    func parent(ofUnit id: String) throws(StoreError) -> String?? {
        let statement = try statement(&parentStatement, "SELECT parent_id FROM units WHERE id = ?1")
        defer { statement.reset() }
        return try Self.run { () throws(SQLiteError) -> String?? in
            try statement.bind(id, at: 1)
            guard try statement.step() == .row else { return nil }
            return .some(statement.string(at: 0))
        }
    }

    /// The kinds whose records still refer to record `id` of `kind`, in contract order.
    func referrers(of kind: RecordKind, id: String) throws(StoreError) -> [RecordKind] {
        var found: [RecordKind] = []
        for (index, reference) in Self.references.enumerated() where reference.to == kind {
            guard !found.contains(reference.from) else { continue }
            let statement = try statement(&referrerStatements[index],
                "SELECT EXISTS (SELECT 1 FROM \(reference.from.rawValue) WHERE \(reference.column) = ?1)")
            defer { statement.reset() }
            let refers = try Self.run { () throws(SQLiteError) in
                try statement.bind(id, at: 1)
                _ = try statement.step()
                return statement.bool(at: 0) == true
            }
            if refers { found.append(reference.from) }
        }
        return found
    }

    /// The statement in `slot`, prepared on first use.
    private func statement(_ slot: inout Statement?, _ sql: String) throws(StoreError) -> Statement {
        if let statement = slot { return statement }
        let statement = try Self.run { () throws(SQLiteError) in try connection.prepare(sql, persistent: true) }
        slot = statement
        return statement
    }

    static func run<T>(_ body: () throws(SQLiteError) -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw .sqlite(error)
        }
    }
}
