import Foundation
import QMSSync

/// The benchmark's command line.
struct BenchOptions: Sendable {
    static let usage = """
        usage: isodash-bench [--scale department|province] [--documents N] [--actions N] [--runs N]
                             [--markdown FILE] [--isodash PATH] [--keep DIR]
                             [--only paging --store PATH]

        Generates demo exports at the chosen scale, then times the real isodash binary
        against the sqlite3 shell on the same machine and prints a table of medians,
        ratios and the targets of issue 7 (pass or MISS).

          --scale S       department or province (default: province, about 1,050,000 documents)
          --documents N   size of the whole document register instead of the scale's default
          --actions N     open actions to page through (default: 100,000 for a province,
                          5,000 for a department)
          --runs N        runs of each slow measurement (default: 5); quick commands
                          (status, dump, --version, select 1) run max(N, 10) times
          --markdown FILE also write the table as Markdown to FILE
          --isodash PATH  the isodash binary to measure (default: the one next to isodash-bench)
          --keep DIR      work in DIR and keep the data and stores there (default: a temporary
                          folder, removed at the end)
          --only paging   run only the paging rows (measurement 5), on the store given by
                          --store, in seconds rather than minutes: for working on paging
          --store PATH    with --only paging: the store to page through. One that already
                          holds the open actions asked for (--actions) is read in place,
                          read-only; otherwise a copy in the workspace is topped up with
                          generated actions by isodash sync (keep it with --keep DIR and
                          pass DIR/stores/paging.sqlite next time)

        Build both binaries first, in release for real figures:
          swift build -c release --product isodash && swift run -c release isodash-bench

        Exit status: 0 when every measurement ran (missed targets included), 1 when one
        could not run, 2 for a usage error.
        """

    var scale: DemoScale = .province
    var documents: Int?
    var actions: Int?
    var runs = 5
    var markdownPath: String?
    var isodashPath: String
    var keepDirectory: String?
    /// Only this part of the benchmark, on an existing store (`--only`, `--store`).
    var only: Part?
    var storePath: String?
    var showsHelp = false

    /// The parts that can run alone.
    enum Part: String, Sendable {
        case paging
    }

    /// The register size the generator is asked for.
    var documentRows: Int { documents ?? scale.documentRows }

    /// Open actions in the paging store.
    var actionCount: Int { actions ?? (scale == .province ? 100_000 : 5_000) }

    /// Quick commands are timed at least this many times: each costs milliseconds
    /// and a median of three is at the mercy of one scheduler hiccup.
    var quickRuns: Int { max(runs, 10) }

    init(arguments: [String], defaultIsodash: String) throws(BenchUsageError) {
        isodashPath = defaultIsodash
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            func value() throws(BenchUsageError) -> String {
                if let inlineValue { return inlineValue }
                guard let next = rest.popFirst(), !next.hasPrefix("--") else {
                    throw BenchUsageError("'\(name)' needs a value; see 'isodash-bench --help'")
                }
                return next
            }
            switch name {
            case "--help", "-h":
                showsHelp = true
            case "--scale":
                let text = try value()
                guard let scale = DemoScale(rawValue: text.lowercased()) else {
                    throw BenchUsageError("'--scale \(text)' is not a scale; expected 'department' or 'province'")
                }
                self.scale = scale
            case "--documents":
                documents = try Self.count(name, try value(), range: 1...100_000_000)
            case "--actions":
                actions = try Self.count(name, try value(), range: 1...10_000_000)
            case "--runs":
                runs = try Self.count(name, try value(), range: 1...1000)
            case "--markdown":
                markdownPath = try value()
            case "--isodash":
                isodashPath = try value()
            case "--keep":
                keepDirectory = try value()
            case "--only":
                let text = try value()
                guard let part = Part(rawValue: text.lowercased()) else {
                    throw BenchUsageError("'--only \(text)' is not a part that runs alone; expected 'paging'")
                }
                only = part
            case "--store":
                storePath = try value()
            default:
                throw BenchUsageError(argument.hasPrefix("-")
                    ? "unknown option '\(argument)'; see 'isodash-bench --help'"
                    : "unexpected argument '\(argument)'; isodash-bench takes only options, see 'isodash-bench --help'")
            }
        }
        if let only, storePath == nil, !showsHelp {
            throw BenchUsageError("'--only \(only.rawValue)' needs '--store PATH', the store to measure")
        }
        if storePath != nil && only == nil {
            throw BenchUsageError("'--store' works only with '--only paging'; a full run builds its own stores")
        }
    }

    private static func count(_ name: String, _ text: String, range: ClosedRange<Int>) throws(BenchUsageError) -> Int {
        let digits = text.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: ",", with: "")
        guard let number = Int(digits), range.contains(number) else {
            throw BenchUsageError("'\(name) \(text)' is not a whole number from \(range.lowerBound) to "
                                  + "\(Format.count(range.upperBound))")
        }
        return number
    }
}
