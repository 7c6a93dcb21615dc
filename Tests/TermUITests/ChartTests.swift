import Testing
@testable import TermUI

@Suite struct ProgressBarTests {
    @Test func eighthBlockResolutionWithLabel() {
        #expect(draw(ProgressBar(fraction: 0.62, label: "62%"), width: 16, height: 1) == "███████▍░░░░ 62%")
        #expect(draw(ProgressBar(fraction: 0.62, label: "62%"), width: 16, height: 1, mode: .ascii) == "#######..... 62%")
    }

    @Test func everyEighthHasItsOwnBlock() {
        let drawn = (0...8).map { draw(ProgressBar(fraction: Double($0) / 8), width: 1, height: 1) }
        #expect(drawn == ["░", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"])
    }

    @Test func onlyAHundredPercentLooksFull() {
        #expect(draw(ProgressBar(fraction: 1), width: 10, height: 1) == "██████████")
        #expect(draw(ProgressBar(fraction: 0.999), width: 10, height: 1) == "█████████▉")
        #expect(draw(ProgressBar(fraction: 1.7), width: 4, height: 1, mode: .ascii) == "####")
        #expect(draw(ProgressBar(fraction: 0.29), width: 100, height: 1, mode: .ascii).filter { $0 == "#" }.count == 29)
    }

    @Test func missingDataIsNotZero() {
        #expect(drawStyled(ProgressBar(fraction: nil, label: "n/a"), width: 10, height: 1) == "{no_data|░░░░░░} n/a")
        #expect(drawStyled(ProgressBar(fraction: 0, label: "0%"), width: 10, height: 1) == "{muted|░░░░░░░} 0%")
    }

    @Test func aLabelWiderThanTheAreaIsTruncated() {
        #expect(draw(ProgressBar(fraction: 1, label: "100%"), width: 3, height: 1) == "10…")
    }
}

@Suite struct BarChartTests {
    let bars: [BarChart.Bar] = [
        .init("Sở Tư pháp", value: 84),
        .init("UBND xã A", value: 26.5),
        .init("Sở Y tế", value: nil),
    ]

    @Test func barsWithLabelsAndValues() {
        #expect(draw(BarChart(bars: bars), width: 30, height: 3) == """
            Sở Tư pháp ██████████████   84
            UBND xã A  ████▍          26.5
            Sở Y tế    n/a
            """)
        #expect(draw(BarChart(bars: bars), width: 30, height: 3, mode: .ascii) == """
            So Tu phap ##############   84
            UBND xa A  ####           26.5
            So Y te    n/a
            """)
    }

    @Test func missingValuesAreShownDistinctly() {
        let styled = drawStyled(BarChart(bars: bars, noDataText: "chưa báo cáo"), width: 30, height: 3)
        #expect(styled.split(separator: "\n").last == "Sở Y tế    {no_data|chưa báo cáo}")
    }

    @Test func aFixedScaleAndRowsThatFit() {
        let chart = BarChart(bars: bars, maxValue: 100, labelWidth: 4)
        #expect(draw(chart, width: 20, height: 2) == """
            Sở…  ████████▍    84
            UBN… ██▋        26.5
            """)
    }
}

@Suite struct SparklineTests {
    @Test func heightsAndGaps() {
        let sparkline = Sparkline(values: [0, 1, 2, 3, nil, 5, 6, 7, 8])
        #expect(draw(sparkline, width: 12, height: 1) == "▁▂▃▄·▅▆▇█")
        #expect(draw(sparkline, width: 12, height: 1, mode: .ascii) == "__--?==##")
        #expect(drawStyled(Sparkline(values: [nil, 8]), width: 2, height: 1) == "{no_data|·}{accent|█}")
    }

    @Test func showsTheMostRecentValuesThatFit() {
        #expect(draw(Sparkline(values: [8, 8, 8, 0, 8]), width: 2, height: 1) == "▁█")
    }

    @Test func aFixedRangeClampsValues() {
        #expect(draw(Sparkline(values: [-5, 50, 100, 500], range: 0...100), width: 4, height: 1) == "▁▅██")
    }
}
