import Foundation
import Testing
@testable import QMSStore

/// The thin SQLite layer: errors carry their SQL, transactions and savepoints
/// roll back, and the zero-copy binding keeps the bytes it was given.
@Suite struct ConnectionTests {
    func memory() throws -> Connection {
        try Connection(path: ":memory:", mode: .readWriteCreate)
    }

    @Test func errorsCarryCodeMessageAndSQL() throws {
        let connection = try memory()
        do {
            _ = try connection.prepare("SELEC 1")
            Issue.record("bad SQL was accepted")
        } catch {
            #expect(error.primaryCode == 1)
            #expect(error.message.contains("syntax error"))
            #expect(error.context.contains("SELEC 1"))
            #expect(error.description.contains("SELEC 1"))
        }
        #expect(thrownError { _ = try connection.prepare("SELECT 1; SELECT 2") } is SQLiteError)
    }

    @Test func constraintFailuresAreRecognised() throws {
        let connection = try memory()
        try connection.execute("""
            PRAGMA foreign_keys = ON;
            CREATE TABLE p (id TEXT PRIMARY KEY) STRICT;
            CREATE TABLE c (p TEXT REFERENCES p (id), n INTEGER CHECK (n > 0)) STRICT;
            """)
        do {
            try connection.execute("INSERT INTO c VALUES ('missing', 1)")
            Issue.record("a dangling reference was accepted")
        } catch {
            #expect(error.isForeignKeyViolation && error.isConstraintViolation && !error.isCheckViolation)
        }
        do {
            try connection.execute("INSERT INTO c VALUES (NULL, 0)")
            Issue.record("a CHECK violation was accepted")
        } catch {
            #expect(error.isCheckViolation && !error.isForeignKeyViolation)
        }
        do {
            try connection.execute("INSERT INTO c VALUES (NULL, 1.5)")
            Issue.record("a STRICT table accepted a real in an integer column")
        } catch {
            #expect(error.isConstraintViolation)
        }
    }

    @Test func typedBindingAndReadingRoundTrip() throws {
        let connection = try memory()
        let statement = try connection.prepare("SELECT ?1, ?2, ?3, ?4, ?5, ?6")
        try statement.bind("Văn bản", at: 1)
        try statement.bind(Int?.some(-42), at: 2)
        try statement.bind(90.5, at: 3)
        try statement.bind(true, at: 4)
        try statement.bind(String?.none, at: 5)
        try statement.bind("", at: 6)
        #expect(try statement.step() == .row)
        #expect(statement.string(at: 0) == "Văn bản")
        #expect(statement.int(at: 1) == -42)
        #expect(statement.double(at: 2) == 90.5)
        #expect(statement.bool(at: 3) == true)
        #expect(statement.isNull(at: 4) && statement.string(at: 4) == nil)
        #expect(statement.string(at: 5) == "", "an empty string is not NULL")
        #expect(try statement.step() == .done)
        #expect(thrownError { try statement.bind(1, at: 7) } is SQLiteError)
    }

    @Test func zeroCopyBindingReadsTheGivenBytes() throws {
        let connection = try memory()
        try connection.execute("CREATE TABLE t (a TEXT, b TEXT) STRICT")
        let insert = try connection.prepare("INSERT INTO t VALUES (?1, ?2)")
        let line = Array("U1;Phòng Tổ chức".utf8)
        try line.withUnsafeBytes { bytes in
            try insert.bindText(UnsafeRawBufferPointer(rebasing: bytes[0..<2]), at: 1)
            try insert.bindText(UnsafeRawBufferPointer(rebasing: bytes[3...]), at: 2)
            try insert.run()
            try insert.bindText(UnsafeRawBufferPointer(rebasing: bytes[0..<0]), at: 1)
            try insert.bindNull(at: 2)
            try insert.run()
        }
        let select = try connection.prepare("SELECT a, b FROM t ORDER BY rowid")
        #expect(try select.step() == .row)
        #expect(select.string(at: 0) == "U1" && select.string(at: 1) == "Phòng Tổ chức")
        #expect(try select.step() == .row)
        #expect(select.string(at: 0) == "" && select.string(at: 1) == nil)
    }

    @Test func transactionsCommitOrRollBackAndNestAsSavepoints() throws {
        let connection = try memory()
        try connection.execute("CREATE TABLE t (n INTEGER) STRICT")
        struct Abort: Error {}
        func count() throws -> Int? {
            let statement = try connection.prepare("SELECT count(*) FROM t")
            try statement.step()
            return statement.int(at: 0)
        }
        let aborted = thrownError {
            try connection.transaction {
                try connection.execute("INSERT INTO t VALUES (1)")
                throw Abort()
            }
        }
        #expect(aborted is Abort)
        #expect(try count() == 0)
        #expect(!connection.isInTransaction)
        try connection.transaction {
            try connection.execute("INSERT INTO t VALUES (1)")
            #expect(connection.isInTransaction)
            try? connection.transaction {
                try connection.execute("INSERT INTO t VALUES (2)")
                throw Abort()
            }
            try connection.transaction {
                try connection.execute("INSERT INTO t VALUES (3)")
            }
        }
        #expect(try count() == 2)
        #expect(connection.changes == 0 || connection.changes == 1)
    }

    @Test func changesAndLastInsertRowID() throws {
        let connection = try memory()
        try connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER) STRICT")
        try connection.execute("INSERT INTO t (n) VALUES (1), (2), (3)")
        #expect(connection.changes == 3)
        #expect(connection.lastInsertRowID == 3)
        try connection.execute("UPDATE t SET n = 0 WHERE n > 1")
        #expect(connection.changes == 2)
    }

    @Test func aClosedConnectionRefusesWork() throws {
        let connection = try memory()
        connection.close()
        #expect(connection.isClosed)
        #expect(thrownError { try connection.execute("SELECT 1") } is SQLiteError)
    }
}
