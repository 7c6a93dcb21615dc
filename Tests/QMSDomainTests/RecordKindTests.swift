import Testing
@testable import QMSDomain

@Suite("Record kinds (§1)")
struct RecordKindTests {
    @Test("contract order")
    func order() {
        #expect(RecordKind.allCases.map(\.rawValue) == [
            "units", "objectives", "measurements", "audits", "findings",
            "actions", "procedures", "services", "documents", "tallies",
        ])
        #expect(RecordKind.units.order < RecordKind.tallies.order)
    }

    @Test("the kind is the start of the file name, plural or singular, in any case", arguments: [
        ("Documents_2026Q3.CSV", RecordKind.documents), ("actions-2026-11.csv", .actions), ("units.json", .units),
        ("unit.csv", .units), ("tally", .tallies), ("tallies.csv", .tallies), ("TALLY_2026.json", .tallies),
        ("objectives2026.csv", .objectives), ("Measurement.csv", .measurements), ("audit-q1.csv", .audits),
        ("findings.csv", .findings), ("procedure.csv", .procedures), ("services.csv", .services),
        ("exports/units.csv", .units), ("documents 2026.csv", .documents),
    ])
    func fromFileName(name: String, kind: RecordKind) {
        #expect(RecordKind.fromFileName(name) == kind)
    }

    @Test("names that name no kind", arguments: [
        "bundle.json", "2026-units.csv", "unitsx.csv", "unitss.csv", ".units.csv", "", "document s.csv",
        "_units.csv", "export.csv", "talli.csv",
    ])
    func noKind(name: String) {
        #expect(RecordKind.fromFileName(name) == nil)
    }

    @Test("bundle keys name kinds by plural or singular")
    func named() {
        #expect(RecordKind.named("units") == .units)
        #expect(RecordKind.named("Tally") == .tallies)
        #expect(RecordKind.named("bundle") == nil)
    }

    @Test("singular names and labels")
    func labels() {
        #expect(RecordKind.allCases.map(\.singular).contains("tally"))
        #expect(RecordKind.allCases.allSatisfy { !$0.label(.vi).isEmpty && !$0.label(.en).isEmpty })
    }
}
