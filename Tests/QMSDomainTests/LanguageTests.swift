import Testing
@testable import QMSDomain

@Suite("Language")
struct LanguageTests {
    @Test("read from LC_ALL, then LC_MESSAGES, then LANG", arguments: [
        ([:], Language.en),
        (["LANG": "vi_VN.UTF-8"], .vi),
        (["LANG": "en_US.UTF-8"], .en),
        (["LANG": "C"], .en),
        (["LANG": "vi"], .vi),
        (["LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"], .en),
        (["LC_MESSAGES": "vi_VN", "LANG": "en_US.UTF-8"], .vi),
        (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "vi_VN.UTF-8"], .vi),
        (["LC_ALL": "vi_VN.UTF-8", "LC_MESSAGES": "en_US"], .vi),
        (["LC_CTYPE": "vi_VN.UTF-8"], .en),
    ])
    func fromEnvironment(environment: [String: String], expected: Language) {
        #expect(Language.fromEnvironment(environment) == expected)
    }

    @Test("--lang values")
    func parse() {
        #expect(Language.parse("vi") == .vi)
        #expect(Language.parse("EN") == .en)
        #expect(Language.parse("Tiếng Việt") == .vi)
        #expect(Language.parse("fr") == nil)
    }
}
