import Testing
@testable import TermUI

@Suite struct LocaleDecisionTests {
    @Test func aUTF8LocaleIsUsedAsItIs() {
        #expect(LocaleDecision.decide(environment: ["LANG": "vi_VN.UTF-8"], codeset: "UTF-8", cUTF8Available: true) == .unicode)
        // Whatever the variables say, the codeset the C library ended up with decides.
        #expect(LocaleDecision.decide(environment: [:], codeset: "utf8", cUTF8Available: false) == .unicode)
    }

    @Test func aMissingUTF8LocaleFallsBackToCUTF8() {
        // LANG forwarded over SSH to a server that never generated vi_VN.UTF-8.
        let sshSession = ["LANG": "vi_VN.UTF-8"]
        #expect(LocaleDecision.decide(environment: sshSession, codeset: "ANSI_X3.4-1968", cUTF8Available: true) == .switchToCUTF8)
        #expect(LocaleDecision.decide(environment: sshSession, codeset: "ANSI_X3.4-1968", cUTF8Available: false) == .ascii)
        #expect(LocaleDecision.decide(environment: ["LC_CTYPE": "en_US.utf8"], codeset: "ANSI_X3.4-1968", cUTF8Available: true) == .switchToCUTF8)
    }

    @Test func noSignOfUTF8MeansASCII() {
        let table: [[String: String]] = [
            [:],
            ["LANG": "C"],
            ["LANG": "POSIX"],
            ["LANG": "vi_VN.TCVN"],
            ["LANG": "en_US.ISO-8859-1"],
            // LC_ALL wins over a UTF-8 LANG.
            ["LC_ALL": "C", "LANG": "vi_VN.UTF-8"],
        ]
        for environment in table {
            #expect(LocaleDecision.decide(environment: environment, codeset: "ANSI_X3.4-1968", cUTF8Available: true) == .ascii,
                    "\(environment)")
        }
        #expect(LocaleDecision.decide(environment: ["LC_ALL": "", "LANG": "vi_VN.UTF-8"], codeset: "ISO-8859-1",
                                      cUTF8Available: true) == .switchToCUTF8)
    }

    @Test func eachDecisionHasItsRenderMode() {
        #expect(LocaleDecision.unicode.renderMode == .unicode)
        #expect(LocaleDecision.switchToCUTF8.renderMode == .unicode)
        #expect(LocaleDecision.ascii.renderMode == .ascii)
    }
}

@Suite struct ColorDepthDecisionTests {
    @Test func theTerminalDescriptionDecidesTheDepth() {
        let xterm = ["TERM": "xterm-256color"]
        #expect(ColorDepthDecision.decide(environment: xterm, hasColors: true, colors: 256) == .ansi256)
        #expect(ColorDepthDecision.decide(environment: xterm, hasColors: true, colors: 16_777_216) == .ansi256)
        #expect(ColorDepthDecision.decide(environment: ["TERM": "xterm"], hasColors: true, colors: 8) == .ansi8)
        #expect(ColorDepthDecision.decide(environment: ["TERM": "rxvt"], hasColors: true, colors: 88) == .ansi8)
        #expect(ColorDepthDecision.decide(environment: ["TERM": "xterm-mono"], hasColors: false, colors: 0) == .monochrome)
    }

    @Test func noColorAndPlainTerminalsMeanMonochrome() {
        #expect(ColorDepthDecision.decide(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"], hasColors: true, colors: 256) == .monochrome)
        #expect(ColorDepthDecision.decide(environment: ["TERM": "xterm-256color", "NO_COLOR": ""], hasColors: true, colors: 256) == .ansi256)
        #expect(ColorDepthDecision.decide(environment: ["TERM": "dumb"], hasColors: true, colors: 8) == .monochrome)
        #expect(ColorDepthDecision.decide(environment: ["TERM": "vt100"], hasColors: true, colors: 8) == .monochrome)
        #expect(ColorDepthDecision.decide(environment: [:], hasColors: true, colors: 256) == .monochrome)
        #expect(!ColorDepthDecision.allowsColor(environment: ["TERM": "vt220"]))
        #expect(ColorDepthDecision.allowsColor(environment: ["TERM": "screen-256color"]))
    }
}
