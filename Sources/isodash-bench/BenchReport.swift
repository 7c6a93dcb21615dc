/// Everything the benchmark prints: what it ran on, the data it built, the table
/// and how to read it. The same content as text for the terminal and as Markdown
/// for the README.
struct BenchReport: Sendable {
    var facts: [String]
    var table: BenchTable
    var notes: [String]

    /// The lines above the table: scale, machine, versions, binary.
    static func header(options: BenchOptions, machine: MachineInfo, tools: Tools) -> [String] {
        var lines = [
            "isodash benchmark: \(options.scale.rawValue) scale, as of \(Benchmark.asOf), \(options.runs) run"
                + (options.runs == 1 ? "" : "s"),
            "machine: \(machine.machineLine); load average at start \(machine.loadAverage)",
            "versions: \(machine.versionsLine)",
            "isodash: \(tools.isodash)",
        ]
        if tools.isodashIsDebugBuild {
            lines.append("warning: this isodash is a debug build; build with -c release for figures worth comparing")
        }
        return lines
    }

    func text(header: [String]) -> String {
        (header + facts.map { "data: " + $0 }).joined(separator: "\n") + "\n\n" + table.text + "\n"
            + notes.map { "* " + $0 }.joined(separator: "\n") + "\n"
    }

    func markdown(header: [String]) -> String {
        (header + facts.map { "data: " + $0 }).map { "- " + $0 }.joined(separator: "\n") + "\n\n" + table.markdown + "\n"
            + notes.map { "- " + $0 }.joined(separator: "\n") + "\n"
    }
}
