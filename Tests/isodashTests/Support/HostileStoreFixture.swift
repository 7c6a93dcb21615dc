import Foundation

/// A store whose every kind of text holds something a terminal would execute: CSI
/// (clear screen, colour), OSC title-setting (BEL and ST terminated), clipboard OSC 52,
/// C1 controls (NEL, 8-bit CSI and OSC), bidi overrides and isolates, zero-width
/// characters. It is loaded the way a user loads it, through `isodash sync` of export
/// files, so the text takes the real path: CSV reader, NFC, store, read models, screen.
///
/// Each text is a short label with the hostile part in the middle (values are
/// trimmed), short enough to show whole in an 80-column table. `Text` pairs what was
/// exported with what must be on screen instead, in both render modes.
enum HostileStoreFixture {
    /// The as-of day the tests pass with `--as-of`.
    static let asOf = "2026-11-25"

    // MARK: What a terminal would execute

    static let clearScreen = "\u{1B}[2J"
    static let red = "\u{1B}[31m"
    /// OSC 0 (icon and window title), ended by BEL.
    static let titleBEL = "\u{1B}]0;PWNED\u{07}"
    /// OSC 2 (window title), ended by ST (`ESC \`).
    static let titleST = "\u{1B}]2;PWNED\u{1B}\\"
    /// OSC 52: puts "Hello" on the clipboard (tmux: a paste buffer).
    static let clipboard = "\u{1B}]52;c;SGVsbG8=\u{07}"
    /// C1 NEL, a line break for terminals that honour C1 in UTF-8.
    static let nextLine = "\u{85}"
    /// C1 CSI (U+009B) setting red.
    static let c1CSI = "\u{9B}31m"
    /// C1 OSC (U+009D) setting the title, ended by C1 ST (U+009C).
    static let c1OSC = "\u{9D}0;PWNED\u{9C}"

    /// Words of the payloads that must never be on screen: a sequence shows as one
    /// placeholder, not its content.
    static let payloadWords = ["PWNED", "SGVsbG8"]

    /// A text as exported, and as it must be drawn with a UTF-8 locale and in ASCII.
    struct Text {
        var exported: String
        var unicode: String
        var ascii: String

        func shown(ascii isASCII: Bool) -> String { isASCII ? ascii : unicode }
    }

    // MARK: The texts

    static let orgName = Text(exported: "Org A\(clearScreen)B\(red)C",
                              unicode: "Org A␛[…]B␛[…]C", ascii: "Org A^[[...]B^[[...]C")
    static let officeName = Text(exported: "Off D\(titleBEL)E", unicode: "Off D␛]…E", ascii: "Off D^[]...E")
    static let postName = Text(exported: "Post N\u{202E}O", unicode: "Post N⟨U+202E⟩O", ascii: "Post N<U+202E>O")

    static let objective1 = Text(exported: "Obj1 F\(titleST)G", unicode: "Obj1 F␛]…G", ascii: "Obj1 F^[]...G")
    static let objective1Owner = Text(exported: "Own \(clipboard)H", unicode: "Own ␛]…H", ascii: "Own ^[]...H")
    static let objective2 = Text(exported: "Obj2 J\(nextLine)K\(c1CSI)L\(c1OSC)M",
                                 unicode: "Obj2 J⟨U+0085⟩K␛[…]L␛]…M", ascii: "Obj2 J<U+0085>K^[[...]L^[]...M")
    static let objective3 = Text(exported: "Obj3 \u{202E}\u{2066}P",
                                 unicode: "Obj3 ⟨U+202E⟩⟨U+2066⟩P", ascii: "Obj3 <U+202E><U+2066>P")
    static let objective4 = Text(exported: "Obj4 Q\u{2067}\u{2068}\u{2069}R",
                                 unicode: "Obj4 Q⟨U+2067⟩⟨U+2068⟩⟨U+2069⟩R", ascii: "Obj4 Q<U+2067><U+2068><U+2069>R")
    static let objective5 = Text(exported: "Obj5 T\u{200B}U\u{200D}V\u{FEFF}W",
                                 unicode: "Obj5 T⟨U+200B⟩U⟨U+200D⟩V⟨U+FEFF⟩W", ascii: "Obj5 T<U+200B>U<U+200D>V<U+FEFF>W")

    static let audit = Text(exported: "Aud \(clipboard)X", unicode: "Aud ␛]…X", ascii: "Aud ^[]...X")
    static let auditLead = Text(exported: "Lead \(nextLine)Y", unicode: "Lead ⟨U+0085⟩Y", ascii: "Lead <U+0085>Y")
    static let finding = Text(exported: "Find \(titleBEL)\u{202E}Z", unicode: "Find ␛]…⟨U+202E⟩Z",
                              ascii: "Find ^[]...<U+202E>Z")

    static let action1 = Text(exported: "Act1 \(clipboard)\u{200B}I", unicode: "Act1 ␛]…⟨U+200B⟩I",
                              ascii: "Act1 ^[]...<U+200B>I")
    static let action1Owner = Text(exported: "Own1 \(titleBEL)J", unicode: "Own1 ␛]…J", ascii: "Own1 ^[]...J")
    static let action2 = Text(exported: "Act2 \(c1OSC)K", unicode: "Act2 ␛]…K", ascii: "Act2 ^[]...K")
    static let action2Owner = Text(exported: "Own2 \(clearScreen)L", unicode: "Own2 ␛[…]L", ascii: "Own2 ^[[...]L")

    /// A rejected export whose file name sets the title: it is listed in the sync log
    /// (first: tallies apply last), its detail and `status`.
    static let rejectedFile = Text(exported: "tallies-\(titleBEL).csv", unicode: "tallies-␛]….csv",
                                   ascii: "tallies-^[]....csv")

    /// Review mode: a review started from the command line with these, then resumed with `r`.
    static let reviewTitle = Text(exported: "Rev \(titleST)\u{202E}V", unicode: "Rev ␛]…⟨U+202E⟩V",
                                  ascii: "Rev ^[]...<U+202E>V")
    static let reviewNote = Text(exported: "Note \(clearScreen)\u{200B}Q", unicode: "Note ␛[…]⟨U+200B⟩Q",
                                 ascii: "Note ^[[...]<U+200B>Q")

    // MARK: Making the store

    /// Writes the export files into `folder`, syncs them into a new store at `store`
    /// with the built binary, and starts a review holding hostile text. Throws when
    /// the sync does not apply every good file and reject the bad one.
    static func create(store: String, folder: URL, runner: BinaryRunner) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, content) in files() {
            try Data(content.utf8).write(to: folder.appendingPathComponent(name))
        }
        let sync = try runner.run(["sync", "--db", store, folder.path])
        // Exit status 1: the bad file was rejected; every other file must have applied.
        guard sync.status == 1, sync.stdout.contains("8 applied, 1 rejected") else {
            throw Failure(description: "sync of the hostile exports: status \(sync.status)\n\(sync.stdout)\(sync.stderr)")
        }
        for arguments in [
            ["review", "start", "--title", reviewTitle.exported, "--chair", "Chair \(clipboard)"],
            ["review", "note", "c2", reviewNote.exported],
        ] {
            let result = try runner.run(arguments + ["--db", store, "--as-of", asOf])
            guard result.status == 0 else {
                throw Failure(description: "isodash \(arguments.prefix(2).joined(separator: " ")): \(result.stderr)")
            }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The export files by name: one per kind with text, and the rejected one.
    static func files() -> [(String, String)] {
        func csv(_ header: String, _ rows: [[String]]) -> String {
            ([header] + rows.map { $0.map(quoted).joined(separator: ",") }).joined(separator: "\n") + "\n"
        }
        return [
            ("units.csv", csv("id,name,parent_id", [
                ["SO", orgName.exported, ""],
                ["VP", officeName.exported, "SO"],
                ["BC", postName.exported, "SO"],
            ])),
            ("objectives.csv", csv("id,title,year,unit_id,target,owner", [
                ["MT-01", objective1.exported, "2026", "VP", "95", objective1Owner.exported],
                ["MT-02", objective2.exported, "2026", "BC", "12", ""],
                ["MT-03", objective3.exported, "2026", "", "85", ""],
                ["MT-04", objective4.exported, "2026", "VP", "50", ""],
                ["MT-05", objective5.exported, "2026", "BC", "60", ""],
            ])),
            ("measurements.csv", csv("objective_id,period,value,note", [
                ["MT-01", "2026-Q3", "88", "Note \(titleST)"],
                ["MT-03", "2026-H1", "90", ""],
                ["MT-04", "2026-Q3", "47", ""],
                ["MT-05", "2026-Q3", "70", "\(nextLine)\(clipboard)"],
            ])),
            ("audits.csv", csv("id,title,kind,unit_id,starts_on,status,lead", [
                ["DG-01", audit.exported, "internal", "VP", "2026-11-10", "in_progress", auditLead.exported],
            ])),
            ("findings.csv", csv("id,audit_id,unit_id,grade,clause,description", [
                ["F-01", "DG-01", "VP", "major", "8.5.1", finding.exported],
            ])),
            ("actions.csv", csv("id,title,unit_id,finding_id,owner,opened_on,due_on,status", [
                ["HD-01", action1.exported, "VP", "F-01", action1Owner.exported, "2026-11-12", "2026-11-20", "open"],
                ["HD-02", action2.exported, "BC", "", action2Owner.exported, "2026-06-01", "2026-08-15", "open"],
            ])),
            ("procedures.csv", csv("id,title,unit_id,version", [
                ["QT-01", "Proc \(titleBEL)\u{2066}", "VP", "v\(c1CSI)1"],
            ])),
            ("services.csv", csv("id,name,unit_id,level", [
                ["DV-01", "Svc \(clipboard)\u{FEFF}", "BC", "4"],
            ])),
            (rejectedFile.exported, csv("unit_id,month,direction,total,electronic,confidential", [
                ["VP", "not a month", "in", "10", "5", "0"],
            ])),
        ]
    }

    /// A CSV field in double quotes (it may hold anything but is still one field).
    private static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
