import Foundation
import QMSDomain
@testable import QMSStore

/// A folder of its own under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("isodash-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs `body` with the path of a store file in a fresh temporary folder.
func withStorePath<T>(_ body: (String) throws -> T) throws -> T {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    return try body(folder.path("store.sqlite"))
}

/// Runs `body` with a new read-write store in a fresh temporary folder.
func withStore<T>(_ body: (Store) throws -> T) throws -> T {
    try withStorePath { path throws in
        let store = try Store.open(path: path, mode: .readWrite)
        defer { store.close() }
        return try body(store)
    }
}

func day(_ text: String) -> Day {
    guard let day = Day.parse(text) else { fatalError("bad test day \(text)") }
    return day
}

func period(_ text: String) -> Period {
    guard let period = Period.parse(text) else { fatalError("bad test period \(text)") }
    return period
}

/// The error `body` throws as a `StoreError`, or nil when it throws none or another.
func storeError(_ body: () throws -> Void) -> StoreError? {
    do {
        try body()
        return nil
    } catch let error as StoreError {
        return error
    } catch {
        return nil
    }
}

/// The error `body` throws, or nil. (A plain function rather than
/// `#expect(throws:)`, whose closure may not capture the non-Sendable store.)
func thrownError(_ body: () throws -> Void) -> (any Error)? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}

/// A three-level tree: ORG ← DEPT-A ← DIV-A1, DIV-A2; ORG ← DEPT-B.
enum Tree {
    static let units = [
        UnitRecord(id: "ORG", name: "Sở Thông tin và Truyền thông", kind: "department", mandatory: true),
        UnitRecord(id: "DEPT-A", name: "Văn phòng Sở", parentID: "ORG"),
        UnitRecord(id: "DEPT-B", name: "Phòng Bưu chính", parentID: "ORG"),
        UnitRecord(id: "DIV-A1", name: "Tổ một cửa", parentID: "DEPT-A"),
        UnitRecord(id: "DIV-A2", name: "Tổ văn thư", parentID: "DEPT-A"),
    ]

    static func insert(into store: Store) throws {
        let writer = try store.writer(for: UnitRecord.self)
        try store.write {
            for unit in units { try writer.upsert(unit) }
        }
    }
}

extension Store {
    /// One integer from a query, for assertions on tables without a record API.
    func integer(_ sql: String) throws -> Int? {
        let statement = try connection.prepare(sql)
        defer { statement.reset() }
        guard try statement.step() == .row else { return nil }
        return statement.int(at: 0)
    }
}
