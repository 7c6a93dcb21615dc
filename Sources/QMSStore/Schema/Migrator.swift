/// Brings a store's schema up to date, or explains why it cannot.
///
/// The version lives in `PRAGMA user_version` and the isodash marker in
/// `PRAGMA application_id`, both in the file header, so checking them costs no
/// table reads. All pending steps run in one `BEGIN IMMEDIATE` transaction: an
/// upgrade happens entirely or not at all, and two processes upgrading at once
/// serialise on the write lock (the second then finds nothing left to do).
struct Migrator: Sendable {
    /// `PRAGMA application_id` of an isodash store: "ISOD" in ASCII.
    static let applicationID = 0x4953_4F44

    let migrations: [Migration]

    /// The schema version this build of isodash writes.
    var latestVersion: Int { migrations.count }

    /// What a store's header says about it.
    struct Header {
        var version: Int
        var applicationID: Int
        var isEmpty: Bool
    }

    func header(of connection: Connection) throws(SQLiteError) -> Header {
        let applicationID = try connection.pragmaInteger("application_id")
        let version = try connection.userVersion()
        var isEmpty = true
        if version == 0 && applicationID == 0 {
            let statement = try connection.prepare("SELECT EXISTS (SELECT 1 FROM sqlite_schema)")
            isEmpty = try statement.step() == .row && statement.int(at: 0) == 0
            statement.reset()
        }
        return Header(version: version, applicationID: applicationID, isEmpty: isEmpty)
    }

    /// Refuses a file that belongs to another program or to a newer isodash.
    func validate(_ header: Header, path: String) throws(StoreError) {
        if header.applicationID != Self.applicationID && !(header.applicationID == 0 && header.version == 0 && header.isEmpty) {
            throw StoreError.notAnIsodashStore(path: path)
        }
        if header.version > latestVersion {
            throw StoreError.newerVersion(path: path, found: header.version, supported: latestVersion)
        }
    }

    /// Checks a store opened read-only: it must already be current, since a
    /// read-only open never changes the file.
    func checkCurrent(_ connection: Connection, path: String) throws(StoreError) {
        let header = try StoreError.wrap { () throws(SQLiteError) in try self.header(of: connection) }
        try validate(header, path: path)
        if header.version < latestVersion {
            throw StoreError.needsUpgrade(path: path, found: header.version, current: latestVersion)
        }
    }

    /// Applies every pending step; returns the version found before upgrading.
    @discardableResult
    func migrate(_ connection: Connection, path: String) throws(StoreError) -> Int {
        let before = try StoreError.wrap { () throws(SQLiteError) in try self.header(of: connection) }
        try validate(before, path: path)
        if before.version == latestVersion { return before.version }
        var failing = ""
        do {
            try connection.transaction(.immediate) {
                // Read again under the write lock: another process may have upgraded.
                let header = try self.header(of: connection)
                try self.validate(header, path: path)
                guard header.version < latestVersion else { return }
                if header.version == 0 {
                    try connection.execute("PRAGMA application_id = \(Self.applicationID)")
                }
                for migration in migrations[header.version...] {
                    failing = migration.name
                    try migration.apply(connection)
                }
                failing = "recording schema version \(latestVersion)"
                try connection.setUserVersion(latestVersion)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as SQLiteError {
            throw StoreError.migrationFailed(path: path, migration: failing.isEmpty ? "starting the upgrade" : failing, cause: error)
        } catch {
            throw StoreError.migrationFailed(path: path, migration: failing,
                                             cause: SQLiteError(code: 1, message: "\(error)", context: "upgrading the schema"))
        }
        return before.version
    }
}
