import Foundation
import QMSDomain
import Testing
@testable import QMSStore

/// Issue 8, upgrades: a store written by the first released schema (v1) opens in the
/// current isodash, which migrates it in place, keeping every record, the summaries,
/// the sync log and — what no export can bring back — the management reviews.
///
/// The store is written here as a v1 isodash wrote it: `SchemaV1` alone, plain SQL rows
/// (v1's own triggers did the counting). The same writer made the committed fixture
/// `Tests/QMSSyncTests/Fixtures/stores/store-v1.sqlite`, which guards against an edit of
/// `SchemaV1` itself (see `StoreFixtureTests`); `ISODASH_WRITE_V1_FIXTURE=1` rewrites it.
@Suite struct SchemaUpgradeTests {
    /// What a v1 isodash left in an agency's store: every kind of record, a sync log
    /// with a rejected file, a closed review with its minutes and an open one.
    static let version1Rows = """
        INSERT INTO units (id, name, parent_id, kind, standard, announced_on, mandatory) VALUES
            ('ORG', 'Sở Thông tin và Truyền thông', NULL, 'sở', 'TCVN ISO 9001:2015', '2025-06-30', 1),
            ('VP', 'Văn phòng Sở', 'ORG', 'phòng', NULL, NULL, 0),
            ('XA1', 'UBND xã Tân Lập', 'ORG', 'xã', 'TCVN ISO 9001:2015', '2025-12-01', 1);
        INSERT INTO objectives (id, title, year, unit_id, indicator, target, measure, direction, margin, owner, due_on) VALUES
            ('MT-01', 'Tỷ lệ văn bản đến xử lý trên môi trường điện tử', 2026, NULL, 'docs_in_electronic_pct', 90, '%',
             'higher', NULL, 'Nguyễn Văn An', NULL),
            ('MT-02', 'Thời gian giải quyết hồ sơ trung bình', 2026, 'VP', NULL, 5, 'ngày', 'lower', 1, NULL, '2026-12-31'),
            ('MT-03', 'Tỷ lệ văn bản giải quyết đúng hạn', 2026, 'VP', 'docs_on_time_pct', 95, '%', 'higher', NULL, NULL, NULL);
        INSERT INTO measurements (objective_id, period, starts_on, ends_on, value, numerator, denominator, note) VALUES
            ('MT-02', '2026-Q1', '2026-01-01', '2026-03-31', 5.5, NULL, NULL, 'quý 1'),
            ('MT-02', '2026-Q2', '2026-04-01', '2026-06-30', 4.5, NULL, NULL, NULL);
        INSERT INTO audits (id, title, kind, unit_id, starts_on, ends_on, status, lead) VALUES
            ('DG-2026-01', 'Đánh giá nội bộ đợt 1', 'internal', NULL, '2026-03-10', '2026-03-12', 'closed', 'Lê Văn Cường'),
            ('DG-2026-02', 'Đánh giá giám sát', 'surveillance', 'ORG', '2026-09-15', NULL, 'planned', NULL);
        INSERT INTO findings (id, audit_id, unit_id, grade, clause, description, raised_on) VALUES
            ('PH-01', 'DG-2026-01', 'VP', 'minor', '7.5.3', 'Hồ sơ lưu trữ chưa đúng quy định', '2026-03-11');
        INSERT INTO actions (id, title, unit_id, finding_id, owner, opened_on, due_on, closed_on, status) VALUES
            ('HD-01', 'Sắp xếp lại hồ sơ lưu trữ', 'VP', 'PH-01', 'Phạm Thị Dung', '2026-03-15', '2026-04-15', NULL, 'open'),
            ('HD-02', 'Tập huấn ISO', 'ORG', NULL, NULL, '2026-01-10', '2026-02-28', '2026-02-20', 'done');
        INSERT INTO procedures (id, title, unit_id, version, issued_on, reviewed_on, status) VALUES
            ('QT-01', 'Quy trình kiểm soát tài liệu', 'ORG', '2.0', '2024-01-15', '2025-12-20', 'active');
        INSERT INTO services (id, name, unit_id, level) VALUES
            ('TTHC-01', 'Cấp giấy phép bưu chính', 'VP', 'full');
        INSERT INTO documents (id, unit_id, direction, date, electronic, confidential, due_on, done_on) VALUES
            ('45/UBND', 'VP', 'in', '2026-01-06', 1, 0, '2026-01-16', '2026-01-15'),
            ('46/UBND', 'VP', 'in', '2026-01-07', 0, 0, '2026-01-17', '2026-01-20'),
            ('47/UBND', 'VP', 'in', '2026-02-03', 1, 0, '2026-02-10', NULL),
            ('01/MAT', 'VP', 'in', '2026-02-01', 0, 1, NULL, NULL),
            ('123/STTTT-VP', 'VP', 'out', '2026-01-05', 1, 0, NULL, NULL);
        INSERT INTO tallies (unit_id, month, direction, total, electronic, confidential, with_due, on_time, as_of) VALUES
            ('XA1', '2026-01', 'in', 120, 100, 5, 80, 70, '2026-02-01');
        INSERT INTO sync_files (id, run_id, name, path, sha256, kind, state, reason, started_at, finished_at,
                                inserted, updated, deleted, unchanged, error_count) VALUES
            (1, 1, 'units.csv', '/data/units.csv', 'aa', 'units', 'applied', NULL,
             '2026-05-04T07:30:00Z', '2026-05-04T07:30:01Z', 3, 0, 0, 0, 0),
            (2, 1, 'actions.csv', '/data/actions.csv', 'bb', 'actions', 'rejected', '1 error',
             '2026-05-04T07:30:01Z', '2026-05-04T07:30:02Z', 0, 0, 0, 0, 1);
        INSERT INTO sync_errors (file_id, seq, line, record, column_name, message) VALUES
            (2, 1, 14, NULL, 'due_on', '''31/02/2026'' is not a real calendar date');
        INSERT INTO reviews (id, held_on, title, chair, scope_unit_id, state, created_at, closed_at, frozen_snapshot) VALUES
            (1, '2026-06-30', 'Xem xét của lãnh đạo 6 tháng đầu năm', 'Giám đốc Sở', NULL, 'closed',
             '2026-06-30T01:00:00Z', '2026-06-30T04:00:00Z', '{"objectives":{"met":1}}'),
            (2, '2026-11-25', 'Xem xét của lãnh đạo Q4', NULL, 'VP', 'open', '2026-11-25T01:00:00Z', NULL, NULL);
        INSERT INTO review_attendees (review_id, position, name, role) VALUES
            (1, 0, 'Nguyễn Văn An', 'Trưởng ban'),
            (1, 1, 'Trần Thị Bình', 'Thư ký');
        INSERT INTO review_entries (id, review_id, section, kind, text, created_at) VALUES
            (1, 1, 'c2', 'note', 'Mục tiêu MT-02 chưa đạt trong quý 1', '2026-06-30T01:10:00Z'),
            (2, 1, 'out', 'decision', 'Bổ sung nhân lực cho bộ phận một cửa', '2026-06-30T03:00:00Z'),
            (3, 2, 'a', 'note', 'Hành động HD-01 còn quá hạn', '2026-11-25T01:05:00Z');
        INSERT INTO review_action_items (id, review_id, text, unit_id, due_on, created_at) VALUES
            (1, 1, 'Rà soát quy trình tiếp nhận hồ sơ', 'VP', '2026-09-30', '2026-06-30T03:05:00Z');
        """

    /// Writes a store at `path` as isodash with schema version 1 did.
    static func writeVersion1Store(at path: String) throws {
        let old = try Store.open(path: path, mode: .readWrite, migrations: [SchemaV1.migration])
        defer { old.close() }
        #expect(try old.schemaVersion() == 1)
        try old.connection.transaction { try old.connection.execute(version1Rows) }
    }

    @Test func aVersion1StoreIsUpgradedInPlaceKeepingEveryRecordAndReview() throws {
        try withStorePath { path throws in
            try Self.writeVersion1Store(at: path)
            // A reading command leaves the old store alone and says how to upgrade it.
            guard case .needsUpgrade(_, let found, _)? = storeError({ _ = try Store.open(path: path, mode: .readOnly) }) else {
                Issue.record("a read-only open of a v1 store must ask for an upgrade")
                return
            }
            #expect(found == 1)

            let store = try Store.open(path: path, mode: .readWrite)
            defer { store.close() }
            #expect(try store.schemaVersion() == Store.currentSchemaVersion)
            try Self.expectVersion1Content(in: store)

            // It keeps working as a current store: a sync's writes keep the summaries exact.
            try store.write {
                let documents = try store.writer(for: DocumentRecord.self)
                _ = try documents.upsert(DocumentRecord(id: "48/UBND", unitID: "VP", direction: .in, date: day("2026-02-04"),
                                                        electronic: true, dueOn: day("2026-02-14"), doneOn: day("2026-02-13")))
                _ = try documents.upsert(DocumentRecord(id: "46/UBND", unitID: "VP", direction: .in, date: day("2026-01-07"),
                                                        electronic: true, dueOn: day("2026-01-17"), doneOn: day("2026-01-17")))
            }
            #expect(try Self.summariesMatchTheRegister(store))
            let reader = try Store.open(path: path, mode: .readOnly)
            defer { reader.close() }
            #expect(try reader.reviewEntries(reviewID: 1).count == 2)
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["ISODASH_WRITE_V1_FIXTURE"] != nil,
                   "set ISODASH_WRITE_V1_FIXTURE=1 to rewrite the committed v1 fixture store"))
    func writeTheCommittedVersion1Fixture() throws {
        let target = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("QMSSyncTests/Fixtures/stores/store-v1.sqlite").path
        try withStorePath { path throws in
            try Self.writeVersion1Store(at: path)
            // Small pages keep the committed file small; it stays a WAL store like any other.
            let connection = try Connection(path: path, mode: .readWrite)
            try connection.execute("PRAGMA journal_mode = DELETE; PRAGMA page_size = 1024; VACUUM; PRAGMA journal_mode = WAL")
            connection.close()
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: path, toPath: target)
        }
    }

    /// Everything `version1Rows` wrote, read back through the current store's API.
    static func expectVersion1Content(in store: Store) throws {
        #expect(try store.fetch(UnitRecord.self, key: "ORG") == UnitRecord(
            id: "ORG", name: "Sở Thông tin và Truyền thông", kind: "sở", standard: "TCVN ISO 9001:2015",
            announcedOn: day("2025-06-30"), mandatory: true))
        #expect(try store.fetch(UnitRecord.self, key: "VP")?.parentID == "ORG")
        #expect(try store.fetch(ObjectiveRecord.self, key: "MT-02") == ObjectiveRecord(
            id: "MT-02", title: "Thời gian giải quyết hồ sơ trung bình", year: 2026, unitID: "VP", target: 5,
            measure: "ngày", direction: .lower, margin: 1, dueOn: day("2026-12-31")))
        #expect(try store.fetch(MeasurementRecord.self, key: MeasurementKey(objectiveID: "MT-02", period: period("2026-Q2")))?
            .value == 4.5)
        #expect(try store.fetch(AuditRecord.self, key: "DG-2026-01")?.lead == "Lê Văn Cường")
        #expect(try store.fetch(FindingRecord.self, key: "PH-01")?.description == "Hồ sơ lưu trữ chưa đúng quy định")
        #expect(try store.fetch(ActionRecord.self, key: "HD-01") == ActionRecord(
            id: "HD-01", title: "Sắp xếp lại hồ sơ lưu trữ", unitID: "VP", findingID: "PH-01", owner: "Phạm Thị Dung",
            openedOn: day("2026-03-15"), dueOn: day("2026-04-15"), status: .open))
        #expect(try store.fetch(ProcedureRecord.self, key: "QT-01")?.reviewedOn == day("2025-12-20"))
        #expect(try store.fetch(ServiceRecord.self, key: "TTHC-01")?.level == .full)
        #expect(try store.fetch(DocumentRecord.self, key: "01/MAT")?.confidential == true)
        #expect(try store.fetch(TallyRecord.self, key: TallyKey(unitID: "XA1", month: period("2026-01"), direction: .in))?
            .onTime == 70)
        for (table, count) in [("units", 3), ("objectives", 3), ("measurements", 2), ("audits", 2), ("findings", 1),
                               ("actions", 2), ("procedures", 1), ("services", 1), ("documents", 5), ("tallies", 1)] {
            #expect(try store.integer("SELECT count(*) FROM \(table)") == count, "\(table)")
        }
        // v1's triggers counted the register; v2 backfilled the on-time summary from it.
        #expect(try summariesMatchTheRegister(store))
        #expect(try store.integer("SELECT sum(due_count) FROM document_due") == 3)

        // The figures read as before: 2 of 3 public incoming documents of VP and 100 of 115
        // of XA1's tally are electronic; one action overdue.
        let snapshot = try store.statusSnapshot(scope: .organisation, asOf: day("2026-06-30"))
        let electronic = try #require(snapshot.objectives.first { $0.objective.id == "MT-01" })
        #expect(electronic.numerator == 102 && electronic.denominator == 118)
        #expect(snapshot.overdueActions.map(\.action.id) == ["HD-01"])
        #expect(try store.syncLog.lastSync() == SyncLog.date("2026-05-04T07:30:01Z"))
        let rejected = try store.syncLog.rejectedSinceLastCleanSync()
        #expect(rejected.map(\.name) == ["actions.csv"])
        #expect(try store.syncLog.errors(ofFile: 2).map(\.line) == [14])

        // The reviews, which no export can bring back.
        let reviews = try store.reviews()
        #expect(reviews.map(\.id) == [2, 1])
        let closed = try #require(reviews.last)
        #expect(closed.state == .closed && closed.chair == "Giám đốc Sở")
        #expect(closed.frozenSnapshot == #"{"objectives":{"met":1}}"#)
        #expect(try store.reviewAttendees(reviewID: 1) == [ReviewAttendee(name: "Nguyễn Văn An", role: "Trưởng ban"),
                                                          ReviewAttendee(name: "Trần Thị Bình", role: "Thư ký")])
        #expect(try store.reviewEntries(reviewID: 1).map(\.text)
            == ["Mục tiêu MT-02 chưa đạt trong quý 1", "Bổ sung nhân lực cho bộ phận một cửa"])
        #expect(try store.reviewActionItems(reviewID: 1).map(\.dueOn) == [day("2026-09-30")])
        // The open review goes on being written.
        try store.addReviewEntry(reviewID: 2, section: .outputs, kind: .decision, text: "Đóng HD-01 trước 31/12",
                                 now: Date(timeIntervalSince1970: 1_795_600_000))
        #expect(try store.reviewEntries(reviewID: 2).count == 2)
    }

    /// The document summaries equal a recount of the register.
    static func summariesMatchTheRegister(_ store: Store) throws -> Bool {
        let months = """
            SELECT unit_id, substr(date, 1, 7), direction, count(*), sum(electronic AND NOT confidential),
                   sum(NOT confidential), sum(confidential) FROM documents GROUP BY 1, 2, 3
            """
        let storedMonths = "SELECT unit_id, month, direction, total, electronic_public, public, confidential FROM document_months"
        let due = """
            SELECT unit_id, substr(date, 1, 7), direction,
                   CASE WHEN done_on <= due_on THEN done_on ELSE date(due_on, '+1 day') END,
                   count(*), sum(coalesce(done_on <= due_on, 0))
            FROM documents WHERE due_on IS NOT NULL GROUP BY 1, 2, 3, 4
            """
        let storedDue = "SELECT unit_id, month, direction, settle_day, due_count, on_time_count FROM document_due"
        // v4: the months of `document_due`, summed over settle days and directions.
        let dueMonths = "SELECT unit_id, month, sum(due_count), sum(on_time_count) FROM document_due GROUP BY 1, 2"
        let storedDueMonths = "SELECT unit_id, month, due_count, on_time_count FROM document_due_months"
        for (a, b) in [(months, storedMonths), (due, storedDue), (dueMonths, storedDueMonths)] {
            let difference = try store.integer("SELECT (SELECT count(*) FROM (\(a) EXCEPT \(b)))"
                + " + (SELECT count(*) FROM (\(b) EXCEPT \(a)))")
            guard difference == 0 else { return false }
        }
        return true
    }
}
