import Testing
@testable import TermUI

@Suite struct TerminalCapabilitiesTests {
    @Test func utf8LocaleMeansUnicode() {
        #expect(TerminalCapabilities.detect(environment: ["LANG": "vi_VN.UTF-8", "TERM": "xterm"]).renderMode == .unicode)
        #expect(TerminalCapabilities.detect(environment: ["LC_ALL": "C.utf8", "TERM": "xterm"]).renderMode == .unicode)
    }

    @Test func otherLocalesMeanASCII() {
        #expect(TerminalCapabilities.detect(environment: [:]).renderMode == .ascii)
        #expect(TerminalCapabilities.detect(environment: ["LANG": "C"]).renderMode == .ascii)
        // LC_ALL wins over LANG.
        #expect(TerminalCapabilities.detect(environment: ["LC_ALL": "POSIX", "LANG": "en_US.UTF-8"]).renderMode == .ascii)
        #expect(TerminalCapabilities.detect(environment: ["LC_ALL": "", "LANG": "en_US.UTF-8"]).renderMode == .unicode)
    }

    @Test func colourDepthFollowsTermAndNoColor() {
        #expect(TerminalCapabilities.detect(environment: ["TERM": "xterm-256color"]).colorDepth == .ansi256)
        #expect(TerminalCapabilities.detect(environment: ["TERM": "xterm", "COLORTERM": "truecolor"]).colorDepth == .ansi256)
        #expect(TerminalCapabilities.detect(environment: ["TERM": "screen"]).colorDepth == .ansi8)
        #expect(TerminalCapabilities.detect(environment: ["TERM": "dumb"]).colorDepth == .monochrome)
        #expect(TerminalCapabilities.detect(environment: ["TERM": "vt220"]).colorDepth == .monochrome)
        #expect(TerminalCapabilities.detect(environment: [:]).colorDepth == .monochrome)
        #expect(TerminalCapabilities.detect(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"]).colorDepth == .monochrome)
        #expect(TerminalCapabilities.detect(environment: ["TERM": "xterm-256color", "NO_COLOR": ""]).colorDepth == .ansi256)
    }

    @Test func modesDrawWithTheirOwnSymbols() {
        #expect(RenderMode.unicode.symbols.border.topLeft == "┌")
        #expect(RenderMode.ascii.symbols.border.topLeft == "+")
        #expect(RenderMode.ascii.symbols.ellipsis == "...")
        #expect(RenderMode.unicode.symbols.barLevels.count == 9)
    }
}
