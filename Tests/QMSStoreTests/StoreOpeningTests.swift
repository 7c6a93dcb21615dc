import Foundation
import QMSDomain
import Testing
@testable import QMSStore

/// Opening a store the way the commands do: what a user sees when the store is
/// new, missing, read-only, foreign or from another version of isodash.
@Suite struct StoreOpeningTests {
    @Test func readWriteCreatesFoldersAndAPrivateFileInWALMode() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("a/b/c/store.sqlite")
        let store = try Store.open(path: path, mode: .readWrite)
        defer { store.close() }
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
        #expect(permissions & 0o777 & ~0o640 == 0, "the store file must not be readable by others")
        #expect(permissions & 0o600 == 0o600)
        #expect(try store.connection.pragmaText("journal_mode") == "wal")
        #expect(try store.connection.pragmaInteger("foreign_keys") == 1)
        #expect(try store.schemaVersion() == Store.currentSchemaVersion)
        #expect(try store.connection.pragmaInteger("busy_timeout") == 5000)
    }

    @Test func migratesAnEmptyFileAndReopensWithoutMigratingAgain() throws {
        try withStorePath { path throws in
            #expect(FileManager.default.createFile(atPath: path, contents: Data()))
            do {
                let store = try Store.open(path: path, mode: .readWrite)
                #expect(try store.schemaVersion() == Store.currentSchemaVersion)
                try store.upsert(UnitRecord(id: "U1", name: "Văn phòng"))
                store.close()
            }
            let again = try Store.open(path: path, mode: .readWrite)
            defer { again.close() }
            #expect(try again.schemaVersion() == Store.currentSchemaVersion)
            #expect(try again.fetch(UnitRecord.self, key: "U1")?.name == "Văn phòng")
            let readOnly = try Store.open(path: path, mode: .readOnly)
            defer { readOnly.close() }
            #expect(try readOnly.fetch(UnitRecord.self, key: "U1")?.name == "Văn phòng")
        }
    }

    @Test func anOlderStoreIsUpgradedInPlaceKeepingItsData() throws {
        try withStorePath { path throws in
            let base = Schema.migrations.count
            let v2 = Migration(name: "next: unit notes", sql: "ALTER TABLE units ADD COLUMN note TEXT")
            let v3 = Migration(name: "next: fill notes") { connection throws(SQLiteError) in
                let names = try connection.prepare("UPDATE units SET note = 'was ' || name")
                try names.run()
            }
            do {
                let old = try Store.open(path: path, mode: .readWrite, migrations: Schema.migrations)
                try old.upsert(UnitRecord(id: "U1", name: "Văn phòng"))
                old.close()
            }
            // The older store cannot be read by the newer isodash until a writer upgrades it …
            let refused = storeError {
                _ = try Store.open(path: path, mode: .readOnly, migrations: Schema.migrations + [v2, v3])
            }
            guard case .needsUpgrade(_, let found, let current) = refused else {
                Issue.record("expected needsUpgrade, got \(String(describing: refused))")
                return
            }
            #expect(found == base && current == base + 2)
            #expect(refused?.description.contains("isodash sync") == true)
            // … which a read-write open does, in place.
            let upgraded = try Store.open(path: path, mode: .readWrite, migrations: Schema.migrations + [v2, v3])
            defer { upgraded.close() }
            #expect(try upgraded.schemaVersion() == base + 2)
            #expect(try upgraded.fetch(UnitRecord.self, key: "U1")?.name == "Văn phòng")
            #expect(try upgraded.integer("SELECT count(*) FROM units WHERE note = 'was Văn phòng'") == 1)
            let reader = try Store.open(path: path, mode: .readOnly, migrations: Schema.migrations + [v2, v3])
            reader.close()
        }
    }

    @Test func aVersion1StoreGainsTheDocumentsDueSummaryFilledFromItsRegister() throws {
        try withStorePath { path throws in
            do {
                let old = try Store.open(path: path, mode: .readWrite, migrations: [SchemaV1.migration])
                // As a version-1 isodash wrote them: plain rows, its triggers did the counting.
                try old.connection.execute("""
                    INSERT INTO units (id, name) VALUES ('VP', 'Văn phòng');
                    INSERT INTO documents (id, unit_id, direction, date, electronic, confidential, due_on, done_on)
                    VALUES ('D1', 'VP', 'in', '2026-01-05', 1, 0, '2026-01-10', '2026-01-09'),
                           ('D2', 'VP', 'in', '2026-01-06', 1, 0, '2026-01-10', NULL);
                    """)
                old.close()
            }
            let upgraded = try Store.open(path: path, mode: .readWrite)
            defer { upgraded.close() }
            #expect(try upgraded.schemaVersion() == Schema.migrations.count)
            // D1 settled on time on 01-09; D2 became late the day after its due date.
            #expect(try upgraded.integer("SELECT sum(due_count) FROM document_due WHERE settle_day <= '2026-01-10'") == 1)
            #expect(try upgraded.integer("SELECT sum(on_time_count) FROM document_due") == 1)
            #expect(try upgraded.integer("SELECT sum(due_count) FROM document_due WHERE settle_day <= '2026-01-11'") == 2)
        }
    }

    @Test func aFailingUpgradeLeavesTheStoreAsItWas() throws {
        try withStorePath { path throws in
            let broken = [
                Migration(name: "next: adds a table", sql: "CREATE TABLE extra (x INTEGER) STRICT"),
                Migration(name: "next: broken", sql: "ALTER TABLE no_such_table ADD COLUMN y TEXT"),
            ]
            try Store.open(path: path, mode: .readWrite).close()
            let error = storeError { _ = try Store.open(path: path, mode: .readWrite, migrations: Schema.migrations + broken) }
            guard case .migrationFailed(_, let name, _) = error else {
                Issue.record("expected migrationFailed, got \(String(describing: error))")
                return
            }
            #expect(name == "next: broken")
            let store = try Store.open(path: path, mode: .readWrite)
            defer { store.close() }
            #expect(try store.schemaVersion() == Schema.migrations.count)
            #expect(try store.integer("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'") == 0)
        }
    }

    @Test func aStoreFromANewerIsodashIsRefused() throws {
        try withStorePath { path throws in
            let store = try Store.open(path: path, mode: .readWrite)
            try store.connection.setUserVersion(7)
            store.close()
            for mode in [Store.Mode.readWrite, .readOnly] {
                let error = storeError { _ = try Store.open(path: path, mode: mode) }
                guard case .newerVersion(let errorPath, let found, let supported) = error else {
                    Issue.record("expected newerVersion, got \(String(describing: error))")
                    continue
                }
                #expect(errorPath == path && found == 7 && supported == Store.currentSchemaVersion)
                #expect(error?.description.contains("newer isodash") == true)
            }
        }
    }

    @Test func readOnlyRefusesWritesWithAClearMessage() throws {
        try withStorePath { path throws in
            try Store.open(path: path, mode: .readWrite).close()
            let store = try Store.open(path: path, mode: .readOnly)
            defer { store.close() }
            #expect(store.connection.isReadOnly)
            let upsert = storeError { try store.upsert(UnitRecord(id: "U1", name: "x")) }
            #expect(upsert?.description == "the store \(path) is open read-only, so nothing can be changed here; "
                + "changes are made by writing commands such as `isodash sync`")
            guard case .readOnly = storeError({ _ = try store.write { 1 } }) else {
                Issue.record("write must be refused on a read-only store")
                return
            }
            let entry = SyncFileEntry(runID: 1, name: "a.csv", path: "a.csv", state: .skipped,
                                      startedAt: Date(timeIntervalSince1970: 0), finishedAt: Date(timeIntervalSince1970: 0))
            guard case .readOnly = storeError({ try store.syncLog.record(entry) }) else {
                Issue.record("the sync log must be refused on a read-only store")
                return
            }
            // SQLite itself refuses writes that bypass the store's checks.
            do {
                try store.connection.execute("INSERT INTO units (id, name) VALUES ('U1', 'x')")
                Issue.record("SQLite accepted a write on a read-only connection")
            } catch let error as SQLiteError {
                #expect(error.isReadOnly)
                #expect(Store.classify(error, path: path).description.contains("read-only"))
            }
            #expect(try store.fetch(UnitRecord.self, key: "U1") == nil)
        }
    }

    @Test func aMissingStoreTellsHowToCreateOne() throws {
        try withStorePath { path throws in
            let error = storeError { _ = try Store.open(path: path, mode: .readOnly) }
            guard case .missing(let missingPath) = error else {
                Issue.record("expected missing, got \(String(describing: error))")
                return
            }
            #expect(missingPath == path)
            let message = error?.description ?? ""
            #expect(message.contains(path))
            #expect(message.contains("isodash sync"))
            #expect(message.contains("isodash demo"))
            #expect(!FileManager.default.fileExists(atPath: path), "a read-only open must not create the store")
        }
    }

    @Test(arguments: [Store.Mode.readOnly, .readWrite])
    func aFileThatIsNotADatabaseIsNamed(mode: Store.Mode) throws {
        try withStorePath { path throws in
            let text = String(repeating: "id,name\nU1,Văn phòng\n", count: 200)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let error = storeError { _ = try Store.open(path: path, mode: mode) }
            guard case .notADatabase(let errorPath) = error else {
                Issue.record("expected notADatabase, got \(String(describing: error))")
                return
            }
            #expect(errorPath == path)
            #expect(error?.description.hasPrefix("\(path) is not an SQLite database") == true)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(text.utf8), "the file must be left as it was")
        }
    }

    @Test func anotherProgramsDatabaseIsLeftAlone() throws {
        try withStorePath { path throws in
            let other = try Connection(path: path, mode: .readWriteCreate)
            try other.execute("CREATE TABLE contacts (name TEXT)")
            other.close()
            for mode in [Store.Mode.readWrite, .readOnly] {
                guard case .notAnIsodashStore = storeError({ _ = try Store.open(path: path, mode: mode) }) else {
                    Issue.record("a foreign database must be refused in \(mode) mode")
                    continue
                }
            }
            let check = try Connection(path: path, mode: .readOnly)
            #expect(try check.userVersion() == 0)
        }
    }

    @Test func aFolderIsNotAStore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for mode in [Store.Mode.readWrite, .readOnly] {
            guard case .cannotOpen(let path, _) = storeError({ _ = try Store.open(path: folder.url.path, mode: mode) }) else {
                Issue.record("a folder must be refused in \(mode) mode")
                continue
            }
            #expect(path == folder.url.path)
        }
    }

    @Test func readersKeepReadingTheLastCommittedStateDuringAWrite() throws {
        try withStorePath { path throws in
            let writer = try Store.open(path: path, mode: .readWrite)
            defer { writer.close() }
            try writer.upsert(UnitRecord(id: "U1", name: "before"))
            let reader = try Store.open(path: path, mode: .readOnly)
            defer { reader.close() }
            try writer.write {
                try writer.upsert(UnitRecord(id: "U1", name: "after"))
                try writer.upsert(UnitRecord(id: "U2", name: "new"))
                // Mid-transaction, another process sees the store as it was.
                try reader.read { () throws in
                    #expect(try reader.fetch(UnitRecord.self, key: "U1")?.name == "before")
                    #expect(try reader.fetch(UnitRecord.self, key: "U2") == nil)
                }
            }
            #expect(try reader.fetch(UnitRecord.self, key: "U1")?.name == "after")
            #expect(try reader.fetch(UnitRecord.self, key: "U2") != nil)
        }
    }

    @Test func theWALFilesOutliveTheWriterForReadersWithoutWriteAccess() throws {
        try withStorePath { path throws in
            let writer = try Store.open(path: path, mode: .readWrite)
            try writer.upsert(UnitRecord(id: "U1", name: "x"))
            writer.close()
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
            #expect(FileManager.default.fileExists(atPath: path + "-shm"))
        }
    }

    @Test func dataVersionChangesWhenAnotherConnectionCommits() throws {
        try withStorePath { path throws in
            let writer = try Store.open(path: path, mode: .readWrite)
            defer { writer.close() }
            let reader = try Store.open(path: path, mode: .readOnly)
            defer { reader.close() }
            let before = try reader.dataVersion()
            #expect(try reader.dataVersion() == before)
            try writer.upsert(UnitRecord(id: "U1", name: "x"))
            #expect(try reader.dataVersion() != before)
            #expect(try reader.fetch(UnitRecord.self, key: "U1") != nil)
        }
    }
}
