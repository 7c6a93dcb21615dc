import Testing
@testable import TermUI

@Suite struct RectTests {
    @Test func innerLeavesRoomForABorder() {
        #expect(Rect(x: 2, y: 3, width: 10, height: 5).inner == Rect(x: 3, y: 4, width: 8, height: 3))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inner.isEmpty)
    }

    @Test func insetNeverGoesNegative() {
        let rect = Rect(width: 4, height: 2).inset(top: 1, right: 3, bottom: 5, left: 3)
        #expect(rect.width == 0 && rect.height == 0)
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).width == 0)
    }

    @Test func intersectionIsTheOverlap() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(a.intersection(Rect(x: 5, y: 5, width: 10, height: 10)) == Rect(x: 5, y: 5, width: 5, height: 5))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
    }

    @Test func centeredAndRows() {
        #expect(Rect(width: 80, height: 24).centered(width: 20, height: 4) == Rect(x: 30, y: 10, width: 20, height: 4))
        #expect(Rect(x: 1, y: 1, width: 5, height: 3).row(2) == Rect(x: 1, y: 3, width: 5, height: 1))
        #expect(Rect(x: 1, y: 1, width: 5, height: 3).row(3).isEmpty)
    }
}

@Suite struct LayoutTests {
    @Test func headerBodyFooter() {
        let parts = Rect(width: 80, height: 24).split(.vertical, [.length(1), .fill(1), .length(1)])
        #expect(parts == [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
    }

    @Test func percentagesRoundDownAndTheRestGoesToTheLastPart() {
        #expect(Layout.sizes([.percentage(33), .percentage(33), .percentage(33)], total: 100).sizes == [33, 33, 34])
        #expect(Layout.sizes([.percentage(30), .fill(1)], total: 81).sizes == [24, 57])
        #expect(Layout.sizes([.ratio(1, 3), .ratio(2, 3)], total: 10).sizes == [3, 7])
    }

    @Test func fillsShareByWeight() {
        #expect(Layout.sizes([.fill(1), .fill(2)], total: 30).sizes == [10, 20])
        #expect(Layout.sizes([.fill(1), .fill(1), .fill(1)], total: 10).sizes == [4, 3, 3])
    }

    @Test func minimumsGrowOnlyWithoutFill() {
        #expect(Layout.sizes([.min(10), .fill(1)], total: 30).sizes == [10, 20])
        #expect(Layout.sizes([.length(5), .min(10)], total: 30).sizes == [5, 25])
    }

    @Test func maximumsStopGrowing() {
        #expect(Layout.sizes([.max(8), .fill(1)], total: 30).sizes == [8, 22])
        #expect(Layout.sizes([.max(20), .fill(1)], total: 10).sizes == [5, 5])
    }

    @Test func shortageShrinksPercentagesThenMinimumsThenLengths() {
        #expect(Layout.sizes([.length(10), .percentage(50), .min(5)], total: 12).sizes == [10, 0, 2])
        #expect(Layout.sizes([.length(3), .length(3), .length(3)], total: 5).sizes == [3, 2, 0])
    }

    @Test func spacingSitsBetweenParts() {
        let parts = Layout.horizontal([.fill(1), .fill(1), .fill(1)], spacing: 1).split(Rect(width: 80, height: 1))
        #expect(parts.map(\.width) == [26, 26, 26])
        #expect(parts.map(\.x) == [0, 27, 54])
    }

    @Test func splitsAlwaysAddUpToTheParent() {
        let menu: [Constraint] = [.length(3), .percentage(40), .ratio(1, 4), .min(6), .max(12), .fill(1), .fill(3), .length(0)]
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<500 {
            let constraints = (0..<(1 + next(5))).map { _ in menu[next(menu.count)] }
            let total = next(120)
            let spacing = next(3)
            let (sizes, gap) = Layout.sizes(constraints, total: total, spacing: spacing)
            #expect(sizes.count == constraints.count)
            #expect(sizes.allSatisfy { $0 >= 0 })
            #expect(sizes.reduce(0, +) + gap * (constraints.count - 1) == total, "\(constraints) in \(total)")
            let rects = Layout.vertical(constraints, spacing: spacing).split(Rect(x: 3, y: 2, width: 10, height: total))
            if let last = rects.last { #expect(last.bottom == 2 + total) }
        }
    }
}
