import Testing
@testable import QMSSync

/// §7: at most 50 errors per file, then a count.
struct ErrorCapTests {
    @Test func fiftyErrorsThenACount() throws {
        let box = try SyncSandbox()
        var text = "id,name,announced_on\n"
        for i in 1...60 { text += "U\(i),Đơn vị,32/01/2026\n" }
        text += "U61,Đơn vị,2026-01-01\n"
        let path = try box.write("units.csv", text)
        let report = try box.sync([path])
        let file = try #require(report.files.first)
        #expect(file.errors.kept.count == 50)
        #expect(file.errors.overflow == 10)
        #expect(file.errors.count == 60)
        #expect(file.errors.kept.last?.line == 51)
        let printed = SyncReportFormatter.format(report)
        #expect(printed.contains("rejected \(path)  units: 60 errors, nothing written\n"))
        #expect(printed.contains("\n  … and 10 more errors\n"))
        let logged = try #require(try box.store.syncLog.rejectedSinceLastCleanSync().first)
        #expect(logged.errorCount == 60)
        #expect(try box.store.syncLog.errors(ofFile: try #require(logged.id)).count == 50)
    }
}
