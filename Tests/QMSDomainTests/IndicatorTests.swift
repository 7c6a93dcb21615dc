import Testing
@testable import QMSDomain

@Suite("Indicators (§5)")
struct IndicatorTests {
    @Test("the six built-ins, by contract name")
    func catalogue() {
        #expect(Indicator.allCases.map(\.rawValue) == [
            "docs_in_electronic_pct", "docs_out_electronic_pct", "docs_on_time_pct",
            "services_online_pct", "actions_on_time_pct", "procedures_reviewed_pct",
        ])
    }

    @Test("services are a snapshot; everything else is a ratio over time")
    func ratios() {
        #expect(Indicator.allCases.filter { !$0.isRatio } == [.servicesOnlinePct])
    }

    @Test("which documents an indicator concerns")
    func directions() {
        #expect(Indicator.docsInElectronicPct.documentDirection == .in)
        #expect(Indicator.docsOutElectronicPct.documentDirection == .out)
        #expect(Indicator.docsOnTimePct.documentDirection == nil)
        #expect(Indicator.docsOnTimePct.countsDocuments)
        #expect(!Indicator.actionsOnTimePct.countsDocuments)
        #expect(Indicator.proceduresReviewedPct.source == .procedures)
    }

    @Test("every indicator has a name and a one-sentence description in both languages")
    func texts() {
        for indicator in Indicator.allCases {
            for language in Language.allCases {
                #expect(!indicator.name(language).isEmpty)
                let summary = indicator.summary(language)
                #expect(summary.hasSuffix("."))
                #expect(summary.filter { $0 == "." }.count == 1, "\(indicator) \(language): one sentence")
            }
        }
        #expect(Set(Indicator.allCases.map { $0.name(.vi) }).count == Indicator.allCases.count)
    }

    @Test("a ratio with a zero denominator has no value, never 0% or 100%")
    func zeroDenominator() {
        #expect(Ratio(0, of: 0).percent == nil)
        #expect(Ratio(5, of: 0).percent == nil)
        #expect(!Ratio.zero.hasValue)
        #expect(Ratio(0, of: 4).percent == 0)
        #expect(Ratio(3, of: 4).percent == 75)
    }

    @Test("ratios add up by counts, not by averaging percentages")
    func adding() {
        var total = Ratio(1, of: 1)   // 100 %
        total += Ratio(1, of: 3)      // 33 %
        #expect(total == Ratio(2, of: 4))
        #expect(total.percent == 50)
        #expect((Ratio.zero + Ratio(1, of: 2)).percent == 50)
    }
}
