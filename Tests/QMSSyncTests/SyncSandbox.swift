import Foundation
import Testing
import QMSDomain
import QMSStore
@testable import QMSSync

/// A temporary folder with a store in it, where tests write export files and sync them.
final class SyncSandbox {
    let folder: URL
    let storePath: String
    let store: Store

    /// A fixed clock: nothing in these tests depends on the real one.
    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_780_000_000) }

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("isodash-sync-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        storePath = folder.appendingPathComponent("store.sqlite").path
        store = try Store.open(path: storePath, mode: .readWrite)
    }

    deinit {
        store.close()
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    /// Writes `text` (as UTF-8) to `name` inside the sandbox; returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try writeBytes(name, Array(text.utf8))
    }

    @discardableResult
    func writeBytes(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Copies fixture `name` into the sandbox under `as` (default: the same name).
    @discardableResult
    func copyFixture(_ name: String, as target: String? = nil) throws -> String {
        let source = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent(name)
        return try writeBytes(target ?? name, Array(Data(contentsOf: source)))
    }

    func sync(_ paths: [String], force: Bool = false, dryRun: Bool = false,
              progress: @escaping (SyncProgress) -> Void = { _ in }) throws -> SyncReport {
        let runner = SyncRunner(store: store, options: SyncOptions(force: force, dryRun: dryRun, lockTimeout: 5,
                                                                   now: Self.clock))
        return try runner.run(paths: paths, progress: progress)
    }

    func sync(_ paths: String..., force: Bool = false, dryRun: Bool = false) throws -> SyncReport {
        try sync(paths, force: force, dryRun: dryRun)
    }

    /// Writes a file and syncs it alone; returns its report.
    func syncFile(_ name: String, _ text: String, force: Bool = false, dryRun: Bool = false) throws -> FileReport {
        let path = try write(name, text)
        let report = try sync([path], force: force, dryRun: dryRun)
        return try #require(report.files.first)
    }

    // MARK: Store content

    static let dataTables = ["units", "objectives", "measurements", "audits", "findings", "actions", "procedures",
                             "services", "documents", "tallies", "document_months"]

    /// Every row of the data tables as text, sorted: equal snapshots mean equal content.
    func snapshot(tables: [String] = SyncSandbox.dataTables) throws -> [String] {
        var lines: [String] = []
        for table in tables {
            let statement = try store.connection.prepare("SELECT * FROM \(table)")
            var rows: [String] = []
            while try statement.step() == .row {
                let values = (0..<statement.columnCount).map { statement.string(at: $0) ?? "NULL" }
                rows.append(table + "|" + values.joined(separator: "|"))
            }
            statement.reset()
            lines += rows.sorted()
        }
        return lines
    }

    func count(_ table: String) throws -> Int {
        let statement = try store.connection.prepare("SELECT count(*) FROM \(table)")
        defer { statement.reset() }
        _ = try statement.step()
        return statement.int(at: 0) ?? -1
    }

    /// The first column of the first row of `sql`, as text.
    func value(_ sql: String) throws -> String? {
        let statement = try store.connection.prepare(sql)
        defer { statement.reset() }
        guard try statement.step() == .row else { return nil }
        return statement.string(at: 0)
    }
}

extension FileReport {
    /// The errors as printed, for `#expect(report.messages.contains(...))`.
    var messages: [String] { errors.kept.map(\.description) }
    var warningMessages: [String] { warnings.kept.map(\.description) }
}

/// A few units every test that needs references starts from.
let baseUnits = """
id,name,parent_id
ORG,Sở Thông tin và Truyền thông,
VP,Văn phòng Sở,ORG
TTr,Thanh tra Sở,ORG

"""
