import Foundation
import Testing
@testable import QMSDomain

@Suite("Text matching")
struct TextMatchingTests {
    private let nfcVanPhong = "V\u{103}n ph\u{F2}ng"           // Văn phòng, precomposed
    private let nfdVanPhong = "Va\u{306}n pho\u{300}ng"        // Văn phòng, decomposed

    @Test("the test strings really are NFC and NFD")
    func fixtures() {
        #expect(nfcVanPhong.unicodeScalars.count == 9)
        #expect(nfdVanPhong.unicodeScalars.count == 11)
        #expect(nfcVanPhong == nfdVanPhong)  // Swift compares canonically…
        #expect(Array(nfcVanPhong.utf8) != Array(nfdVanPhong.utf8))  // …the bytes differ
    }

    @Test("Văn phòng folds to van phong in NFC and NFD")
    func foldsVietnamese() {
        #expect(TextMatching.fold(nfcVanPhong) == "van phong")
        #expect(TextMatching.fold(nfdVanPhong) == "van phong")
        #expect(TextMatching.matches(nfdVanPhong, query: "van phong"))
        #expect(TextMatching.matches("Sở Nội vụ — " + nfcVanPhong, query: "VĂN PHÒNG"))
        #expect(!TextMatching.matches(nfcVanPhong, query: "phong van"))
    }

    @Test("huỷ, hủy and huy are the same word")
    func toneMarkPlacement() {
        let old = "hu\u{1EF7}"        // huỷ: tone mark on y (precomposed ỷ)
        let new = "h\u{1EE7}y"        // hủy: tone mark on u (precomposed ủ)
        let decomposed = "hu\u{79}\u{309}"
        #expect(TextMatching.fold(old) == "huy")
        #expect(TextMatching.fold(new) == "huy")
        #expect(TextMatching.fold(decomposed) == "huy")
    }

    @Test("đ and Đ fold to d; ư, ơ, ă, â, ê, ô lose their marks")
    func vietnameseLetters() {
        #expect(TextMatching.fold("Đ") == "d")
        #expect(TextMatching.fold("đơn vị") == "don vi")
        #expect(TextMatching.fold("ư") == "u")
        #expect(TextMatching.fold("Ư") == "u")
        #expect(TextMatching.fold("ơ ă â ê ô") == "o a a e o")
        #expect(TextMatching.fold("Ủy ban nhân dân") == "uy ban nhan dan")
        #expect(TextMatching.fold("NGƯỜI PHỤ TRÁCH") == "nguoi phu trach")
        #expect(TextMatching.fold("Mã đơn vị") == TextMatching.fold("ma don vi"))
    }

    @Test("every precomposed Vietnamese letter folds to its ASCII base")
    func allVietnameseLetters() {
        let letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
        let bases =   "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"
        #expect(TextMatching.fold(letters) == bases)
        #expect(TextMatching.fold(letters.uppercased()) == bases)
        #expect(TextMatching.fold(letters.decomposedStringWithCanonicalMapping) == bases)
        #expect(TextMatching.asciiFold(letters.uppercased()) == bases.uppercased())
    }

    @Test("white space collapses and is trimmed")
    func whiteSpace() {
        #expect(TextMatching.fold("  Phòng\t\tTổ chức \n cán bộ  ") == "phong to chuc can bo")
        #expect(TextMatching.fold("a\u{A0}b") == "a b")  // no-break space
        #expect(TextMatching.fold("   ") == "")
        #expect(TextMatching.fold("") == "")
        #expect(TextMatching.fold("ABC  def") == "abc def")
    }

    @Test("an empty query matches everything")
    func emptyQuery() {
        #expect(TextMatching.matches("anything", query: ""))
        #expect(TextMatching.matches("", query: "  "))
        #expect(!TextMatching.matches("", query: "a"))
    }

    @Test("a folded query is reusable across rows")
    func foldedQuery() {
        let query = TextMatching.FoldedQuery("quy trinh")
        let rows = ["Quy trình cấp phép", "QUY TRÌNH tiếp nhận", "Văn bản đến", "quy  trình"]
        #expect(rows.filter { query.matches($0) } == ["Quy trình cấp phép", "QUY TRÌNH tiếp nhận", "quy  trình"])
        #expect(query.matches(folded: "xx quy trinh xx"))
    }

    @Test("NFC normalises decomposed text and leaves composed text alone")
    func nfc() {
        let composed = TextMatching.nfc(nfdVanPhong)
        #expect(Array(composed.utf8) == Array(nfcVanPhong.utf8))
        #expect(Array(TextMatching.nfc(nfcVanPhong).utf8) == Array(nfcVanPhong.utf8))
        #expect(TextMatching.nfc("plain ascii") == "plain ascii")
        // A decomposed letter outside the fast path still composes.
        #expect(Array(TextMatching.nfc("\u{3B1}\u{301}").utf8) == Array("\u{3AC}".utf8))
    }

    @Test("asciiFold keeps case, strips marks, spells punctuation and marks the rest with ?")
    func asciiFold() {
        #expect(TextMatching.asciiFold(nfcVanPhong) == "Van phong")
        #expect(TextMatching.asciiFold(nfdVanPhong) == "Van phong")
        #expect(TextMatching.asciiFold("Đà Nẵng") == "Da Nang")
        #expect(TextMatching.asciiFold("ĐƯỜNG") == "DUONG")
        #expect(TextMatching.asciiFold("“Báo cáo” – 2026…") == "\"Bao cao\" - 2026...")
        #expect(TextMatching.asciiFold("北京") == "??")
        #expect(TextMatching.asciiFold("a\u{A0}b") == "a b")
        #expect(TextMatching.asciiFold("😀x") == "?x")
        #expect(TextMatching.asciiFold("plain") == "plain")
    }

    @Test("other scripts fold by lowercase and without marks too")
    func otherScripts() {
        #expect(TextMatching.fold("ÀÉÎÕÜ Ç ñ") == "aeiou c n")
        #expect(TextMatching.fold("ΆΛΦΑ") == "αλφα")
        #expect(TextMatching.fold("Straße") == "straße")
    }

    @Test("filtering thousands of mixed NFC and NFD rows finds exactly the matching ones")
    func manyRows() {
        let rows = (0..<3000).map { i in (i % 2 == 0 ? nfcVanPhong : nfdVanPhong) + " \(i)" }
        let query = TextMatching.FoldedQuery("van phong 29")
        let hits = rows.filter { query.matches($0) }
        #expect(hits.count == 111)  // 29, 290–299, 2900–2999
    }
}
