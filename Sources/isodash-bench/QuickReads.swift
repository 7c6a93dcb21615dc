/// `isodash status --json` and `isodash dump overview --size 80x24` against a bare
/// `sqlite3 STORE 'select 1'`, with `isodash --version` for the cost of starting the
/// binary at all: the four run in turn, the order rotating every run, so run i of
/// each side meets the same moment of a shared machine.
struct QuickReads {
    var statuses = Samples()
    /// `isodash --version`: what starting the binary costs before any store is read.
    var starts = Samples()
    var dumps = Samples()
    var selects = Samples()
    /// The `select 1` runs of the rounds that also ran dump.
    var selectsForDump = Samples()
    var statusPeak = 0
    var dumpPeak = 0
    /// False when this isodash has no `dump` command yet (exit 2, unknown command).
    var dumpAvailable = true

    static func measure(store: String, asOf: String, runs: Int, tools: Tools,
                        launcher: Launcher) throws(BenchError) -> QuickReads {
        let status = ["status", "--json", "--db", store, "--as-of", asOf]
        let dump = ["dump", "overview", "--size", "80x24", "--db", store, "--as-of", asOf]
        var reads = QuickReads()
        // One untimed run of each first: it finds out whether dump exists and warms the page cache.
        let probe = try launcher.run(tools.isodash, dump, label: "dump")
        reads.dumpAvailable = !(probe.status == .exited(2) && probe.stderr.contains("unknown command"))
        if reads.dumpAvailable { try probe.expect() }
        try launcher.run(tools.isodash, status, label: "status").expect([0, 1])
        try launcher.run(tools.sqlite3, [store, "select 1"], label: "select1").expect()
        for run in 0..<runs {
            for step in 0..<4 {
                switch (step + run) % 4 {
                case 0:
                    // Exit status 1 only says something needs attention.
                    let result = try launcher.run(tools.isodash, status, label: "status", samplesMemory: true)
                        .expect([0, 1])
                    reads.statuses.add(result.seconds)
                    reads.statusPeak = max(reads.statusPeak, result.peakRSSBytes)
                case 1:
                    guard reads.dumpAvailable else { continue }
                    let result = try launcher.run(tools.isodash, dump, label: "dump", samplesMemory: true).expect()
                    reads.dumps.add(result.seconds)
                    reads.dumpPeak = max(reads.dumpPeak, result.peakRSSBytes)
                case 2:
                    reads.starts.add(try launcher.run(tools.isodash, ["--version"], label: "version").expect().seconds)
                default:
                    let result = try launcher.run(tools.sqlite3, [store, "select 1"], label: "select1").expect()
                    reads.selects.add(result.seconds)
                    if reads.dumpAvailable { reads.selectsForDump.add(result.seconds) }
                }
            }
        }
        return reads
    }

    /// The timing rows; `judged` rows get the target and a verdict, the
    /// others are for information.
    func rows(status: BenchRow.Name, firstFrame: BenchRow.Name, judged: Bool) -> [BenchRow] {
        let target = judged ? "< 50 ms and ≤ 3×" : "—"
        func verdict(_ samples: Samples, _ ratio: Double) -> Verdict {
            judged ? Verdict(samples.median < 0.050 && ratio <= 3) : .info
        }
        let statusRatio = statuses.ratios(over: selects).median
        let startRatio = starts.ratios(over: selects).median
        var rows = [BenchRow(status, isodash: Format.seconds(statuses.median),
                             reference: "sqlite3 select 1 " + Format.seconds(selects.median),
                             ratio: Format.ratio(statusRatio), target: target, verdict: verdict(statuses, statusRatio))]
        if judged {
            rows.append(BenchRow(.startup, isodash: Format.seconds(starts.median),
                                 reference: "sqlite3 select 1 " + Format.seconds(selects.median),
                                 ratio: Format.ratio(startRatio), verdict: .info))
        }
        if dumpAvailable {
            let dumpRatio = dumps.ratios(over: selectsForDump).median
            rows.append(BenchRow(firstFrame, isodash: Format.seconds(dumps.median),
                                 reference: "sqlite3 select 1 " + Format.seconds(selectsForDump.median),
                                 ratio: Format.ratio(dumpRatio), target: target, verdict: verdict(dumps, dumpRatio)))
        } else {
            rows.append(BenchRow(firstFrame, target: target, verdict: .notAvailable(
                "this isodash has no 'dump' command yet (exit status 2, unknown command)")))
        }
        return rows
    }

    /// Peak memory of status and of the first frame (the dashboard's drawing path).
    var memoryRows: [BenchRow] {
        var rows = [BenchRow(.statusMemory, isodash: Format.megabytes(Double(statusPeak)),
                             target: "< 48 MB (as dashboard)", verdict: Verdict(statusPeak < 48_000_000))]
        if dumpAvailable {
            rows.append(BenchRow(.dumpMemory, isodash: Format.megabytes(Double(dumpPeak)), target: "< 48 MB",
                                 verdict: Verdict(dumpPeak < 48_000_000)))
        } else {
            rows.append(BenchRow(.dumpMemory, target: "< 48 MB",
                                 verdict: .notAvailable("needs 'isodash dump', not in this isodash yet")))
        }
        return rows
    }
}
