import QMSDomain
import QMSStore
import Testing
@testable import QMSSync

/// The report a user reads after `isodash sync`, and its exit status.
struct SyncReportFormatterTests {
    @Test func oneLinePerFileErrorsBeneathAndASummary() throws {
        let box = try SyncSandbox()
        let units = try box.write("units.csv", "id,name,ghi chú\nU1,Một,x\n")
        let documents = try box.write("documents.csv", "id,unit_id,direction,date,electronic\nD1,U9,in,2026-01-05,1\n")
        let notes = try box.write("notes.txt", "")
        let report = try box.sync(notes, documents, units)
        #expect(SyncReportFormatter.format(report) == """
            skipped  \(notes)  not a .csv or .json file
            applied  \(units)  units: 1 inserted, 0 updated, 0 deleted, 0 unchanged
              warning: \(units):1: column 'ghi chú': is not a column of units and is ignored, expected one of id, name, parent_id, kind, standard, announced_on, mandatory, deleted
            rejected \(documents)  documents: 1 error, nothing written
              \(documents):2: column 'unit_id': 'U9' names no unit in the store or in this sync, expected the id of an existing unit
            3 files: 1 applied, 1 skipped, 1 rejected. Rows: 1 inserted, 0 updated, 0 deleted, 0 unchanged.

            """)
        #expect(report.exitStatus == 1)
    }

    @Test func errorsAreListedTopToBottomWhateverCheckFoundThem() throws {
        let box = try SyncSandbox()
        // Line 2's bad reference is found after line 3's missing name (a later pass).
        let units = try box.write("units.csv", "id,name,parent_id\nX1,Thử,NOPE\nX2,,\n")
        let lines = SyncReportFormatter.lines(for: try #require(try box.sync(units).files.first), dryRun: false)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("  \(units):2: column 'parent_id'"))
        #expect(lines[2].hasPrefix("  \(units):3: column 'name'"))
    }

    @Test func exitStatusIsZeroWhenEverythingAppliedOrWasSkipped() throws {
        let box = try SyncSandbox()
        let units = try box.write("units.csv", baseUnits)
        #expect(try box.sync(units).exitStatus == 0)
        let again = try box.sync(units)
        #expect(again.files.map(\.state) == [.skipped])
        #expect(again.exitStatus == 0)
    }

    @Test func dryRunSaysNothingWasWritten() throws {
        let box = try SyncSandbox()
        let units = try box.write("units.csv", baseUnits)
        let text = SyncReportFormatter.format(try box.sync([units], dryRun: true))
        #expect(text == """
            ok       \(units)  units: would be 3 inserted, 0 updated, 0 deleted, 0 unchanged
            Checked 1 file (nothing written): 1 would apply. Rows (would be): 3 inserted, 0 updated, 0 deleted, 0 unchanged.

            """)
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let box = try SyncSandbox()
        let path = try box.write("units.csv", "id,name\n\"U\u{1B}]0;pwned\u{7}\",Một\n")
        let text = SyncReportFormatter.format(try box.sync([path]))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("'U\\u{1B}]0;pwned\\u{7}' holds a control character"))
    }

    @Test func progressIsReported() throws {
        let box = try SyncSandbox()
        let units = try box.write("units.csv", baseUnits)
        var events: [String] = []
        _ = try box.sync([units]) { event in
            switch event {
            case .started(let path): events.append("started \(FileDiscovery.baseName(path))")
            case .finished(let file): events.append("finished \(file.state)")
            case .waitingForAnotherSync: events.append("waiting")
            case .rows: events.append("rows")
            }
        }
        #expect(events == ["started units.csv", "finished applied"])
    }
}
