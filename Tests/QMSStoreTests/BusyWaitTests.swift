import Foundation
import QMSDomain
import Testing
@testable import QMSStore

/// Issue 8: a writer that meets another waits for it as long as the busy timeout allows,
/// also where SQLite answers SQLITE_BUSY without waiting (two processes creating one new
/// store; `ConcurrencyTests` in isodashTests races real processes), and then gives up
/// with an error that says the store is busy rather than waiting for ever.
@Suite struct BusyWaitTests {
    static let busy = SQLiteError(code: 5, message: "database is locked", context: "a test")

    @Test func aStepThatMeetsALockIsTriedAgainUntilItPasses() throws {
        try withStorePath { path throws in
            let connection = try Connection(path: path, mode: .readWriteCreate)
            defer { connection.close() }
            try connection.setBusyTimeout(milliseconds: 60_000)
            var attempts = 0
            let result = try connection.waitingWhileBusy { () throws(SQLiteError) -> String in
                attempts += 1
                if attempts < 4 { throw Self.busy }
                return "done"
            }
            #expect(result == "done" && attempts == 4)
        }
    }

    @Test func aStepThatKeepsMeetingALockGivesUpAfterTheTimeoutAndOtherErrorsAreNotRetried() throws {
        try withStorePath { path throws in
            let connection = try Connection(path: path, mode: .readWriteCreate)
            defer { connection.close() }
            try connection.setBusyTimeout(milliseconds: 30)
            var attempts = 0
            do throws(SQLiteError) {
                _ = try connection.waitingWhileBusy { () throws(SQLiteError) -> Int in
                    attempts += 1
                    throw Self.busy
                }
                Issue.record("a lock that is never released must end in an error")
            } catch {
                #expect(error.isBusy && attempts >= 1)
            }
            attempts = 0
            do throws(SQLiteError) {
                _ = try connection.waitingWhileBusy { () throws(SQLiteError) -> Int in
                    attempts += 1
                    throw SQLiteError(code: 1, message: "no such table: x", context: "a test")
                }
            } catch {
                #expect(error.code == 1 && attempts == 1)
            }
        }
    }

    @Test func aSecondWriterGivesUpAfterTheBusyTimeoutWithABusyMessage() throws {
        try withStorePath { path throws in
            let first = try Store.open(path: path, mode: .readWrite)
            defer { first.close() }
            let second = try Store.open(path: path, mode: .readWrite)
            defer { second.close() }
            try second.connection.setBusyTimeout(milliseconds: 50)
            try first.write {
                try first.upsert(UnitRecord(id: "U1", name: "Văn phòng"))
                let refused = storeError { try second.upsert(UnitRecord(id: "U2", name: "Thanh tra")) }
                #expect(refused?.description.hasPrefix("the store is busy (another isodash is writing to it)") == true,
                        "\(String(describing: refused))")
            }
            // Once the first has committed, the second writes.
            try second.upsert(UnitRecord(id: "U2", name: "Thanh tra"))
            #expect(try first.fetch(UnitRecord.self, key: "U2") != nil)
        }
    }
}
