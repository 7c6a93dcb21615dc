import Foundation
import Testing
@testable import TermUI

private func rgb(_ hex: String) -> RGB { RGB(hex: hex)! }

@Suite struct ColorMapperTests {
    @Test func nearestXterm256Colour() {
        #expect(ColorMapper.xterm256(rgb("#FF0000")) == 196)
        #expect(ColorMapper.xterm256(rgb("#000000")) == 16)
        #expect(ColorMapper.xterm256(rgb("#FFFFFF")) == 231)
        #expect(ColorMapper.xterm256(rgb("#808080")) == 244)
        #expect(ColorMapper.xterm256(rgb("#080808")) == 232)
        #expect(ColorMapper.xterm256(rgb("#EEEEEE")) == 255)
        #expect(ColorMapper.xterm256(rgb("#5F87AF")) == 67)
        #expect(ColorMapper.xterm256(rgb("#FFD75F")) == 221)
        // Near a cube colour, not a grey: stays in the cube.
        #expect(ColorMapper.xterm256(rgb("#FE0101")) == 196)
        // A slightly tinted grey is closer to the grey ramp than to the cube.
        #expect(ColorMapper.xterm256(rgb("#4E4F4E")) == 239)
    }

    @Test func everyCubeAndGreyEntryMapsToItself() {
        for index in 16...255 {
            #expect(ColorMapper.xterm256(ColorMapper.rgb(ofXterm256: index)) == index, "\(index)")
        }
    }

    @Test func nearestOfTheEightANSIColours() {
        #expect(ColorMapper.ansi8(rgb("#000000")) == 0)
        #expect(ColorMapper.ansi8(rgb("#FF0000")) == 1)
        #expect(ColorMapper.ansi8(rgb("#5FD75F")) == 2)
        #expect(ColorMapper.ansi8(rgb("#FFAF00")) == 3)
        #expect(ColorMapper.ansi8(rgb("#0000AF")) == 4)
        #expect(ColorMapper.ansi8(rgb("#AF00AF")) == 5)
        #expect(ColorMapper.ansi8(rgb("#00FFFF")) == 6)
        #expect(ColorMapper.ansi8(rgb("#FFFFFF")) == 7)
        #expect(ColorMapper.ansi8(rgb("#8A8A8A")) == 7)
        #expect(ColorMapper.ansi8(rgb("#303030")) == 0)
    }

    @Test func noColourMeansTheTerminalsOwn() {
        #expect(ColorMapper.index(nil, depth: .ansi256) == -1)
        #expect(ColorMapper.index(rgb("#FF0000"), depth: .monochrome) == -1)
        #expect(ColorMapper.index(rgb("#FF0000"), depth: .ansi8) == 1)
    }

    @Test func textNeverVanishesIntoItsBackground() {
        // Dark grey on black are different colours but the same ANSI colour.
        let pair = ColorMapper.pair(foreground: rgb("#303030"), background: rgb("#000000"), depth: .ansi8)
        #expect(pair == (7, 0))
        let light = ColorMapper.pair(foreground: rgb("#E4E4E4"), background: rgb("#FFFFFF"), depth: .ansi8)
        #expect(light == (0, 7))
        // The same colour on purpose is left alone, as is a distinct pair.
        #expect(ColorMapper.pair(foreground: rgb("#FFFFFF"), background: rgb("#FFFFFF"), depth: .ansi8) == (7, 7))
        #expect(ColorMapper.pair(foreground: rgb("#FFFF00"), background: rgb("#000000"), depth: .ansi256) == (226, 16))
    }

    /// With the terminal's own background (dark for dark themes, light for `light`), a
    /// foreground that lands on black, or on white for `light`, could not be read.
    @Test(arguments: [("default", 0), ("projector", 0), ("light", 7)])
    func shippedThemesStayLegibleInEightColours(name: String, invisible: Int) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes/\(name).theme")
        let theme = ThemeParser.parse(try String(contentsOf: url, encoding: .utf8), source: name).theme
        for role in StyleRole.allCases {
            let style = theme[role]
            for depth in [ColorDepth.ansi8, .ansi256] {
                let pair = ColorMapper.pair(foreground: style.fg, background: style.bg, depth: depth)
                if style.fg != nil && style.bg != nil {
                    #expect(pair.foreground != pair.background, "\(name) \(role) at \(depth)")
                }
            }
            if style.fg != nil && style.bg == nil {
                #expect(ColorMapper.ansi8(style.fg!) != invisible, "\(name) \(role) vanishes on the terminal's background")
            }
        }
        // Status keeps distinct colours even with eight.
        let statuses = [StyleRole.met, .atRisk, .offTrack].map { ColorMapper.index(theme[$0].fg, depth: .ansi8) }
        #expect(Set(statuses).count == 3, "\(name): \(statuses)")
    }
}
