/// Measurements 1, 2 and the sync half of 4: per run, the register synced into a
/// fresh copy of the units store and imported by the sqlite3 shell into a fresh
/// table (the two in alternating order), the unchanged file synced again (skipped
/// by hash) and with `--force` (every row compared, none written), and the month
/// synced into the year that lacks it (and imported by the shell into its table
/// holding that year, for scale: neither rewrites less than the pages it touches).
struct SyncRuns {
    var syncs = Samples()
    var imports = Samples()
    var resyncs = Samples()
    var forced = Samples()
    var months = Samples()
    var importMonths = Samples()
    var syncPeak = 0
    var importPeak = 0

    static func measure(data: BenchData, stores: BenchStores, runs: Int, workspace: Workspace,
                        commands: BenchCommands) throws(BenchError) -> SyncRuns {
        var figures = SyncRuns()
        for run in 1...runs {
            Progress.say("run \(run)/\(runs): sync \(data.registerName) and sqlite3 .import, re-sync, one month")
            let store = workspace.runs + "/sync.sqlite"
            let imported = workspace.runs + "/import.sqlite"
            let monthStore = workspace.runs + "/month.sqlite"
            let monthImport = workspace.runs + "/month-import.sqlite"
            try workspace.copyStore(stores.units, to: store)
            workspace.removeStore(imported)
            try commands.sqlite(imported, data.createTableSQL, label: "import-create")

            // Alternate which goes first, so neither always meets a warmer or busier machine.
            let isodashFirst = run % 2 == 1
            var importResult: ChildResult?
            if !isodashFirst { importResult = try commands.importCSV(data.register, into: imported) }
            let synced = try commands.sync([data.register], into: store, label: "sync", expecting: "applied")
            if isodashFirst { importResult = try commands.importCSV(data.register, into: imported) }
            guard let importResult else { preconditionFailure("the import runs before or after the sync") }
            if run == 1 {
                // The shell must have loaded every row, or the comparison is void.
                let count = try commands.count(imported, "select count(*) from documents", label: "import-count")
                guard count == data.split.rows else {
                    throw BenchError.unexpectedData("sqlite3 imported \(count) rows of \(data.split.rows); "
                                                    + "the comparison would be void")
                }
            }
            figures.syncs.add(synced.seconds)
            figures.imports.add(importResult.seconds)
            figures.importPeak = max(figures.importPeak, importResult.peakRSSBytes)

            let skipped = try commands.sync([data.register], into: store, label: "resync", expecting: "skipped")
            figures.resyncs.add(skipped.seconds)
            let again = try commands.sync([data.register], into: store, label: "forced", expecting: "applied", force: true)
            figures.forced.add(again.seconds)

            try workspace.copyStore(stores.yearWithoutMonth, to: monthStore)
            let month = try commands.sync([data.monthFile], into: monthStore, label: "month", expecting: "applied")
            figures.months.add(month.seconds)
            try workspace.copyStore(stores.importedYearWithoutMonth, to: monthImport)
            figures.importMonths.add(try commands.importCSV(data.monthFile, into: monthImport, label: "import-month").seconds)
            figures.syncPeak = max(figures.syncPeak, synced.peakRSSBytes, again.peakRSSBytes, month.peakRSSBytes)
            for path in [store, imported, monthStore, monthImport] { workspace.removeStore(path) }
            Progress.say("  sync \(Format.seconds(synced.seconds)), .import \(Format.seconds(importResult.seconds)), "
                         + "re-sync \(Format.seconds(skipped.seconds)), --force \(Format.seconds(again.seconds)), "
                         + "month \(Format.seconds(month.seconds)); sync peak \(Format.megabytes(Double(synced.peakRSSBytes)))")
        }
        return figures
    }

    /// The timing rows, each ratio the median of the per-run ratios.
    var timeRows: [BenchRow] {
        let fullSync = "full sync " + Format.seconds(syncs.median)
        let ratio = syncs.ratios(over: imports).median
        let resyncShare = resyncs.ratios(over: syncs).median
        let monthShare = months.ratios(over: syncs).median
        return [
            BenchRow(.sync, isodash: Format.seconds(syncs.median), reference: "sqlite3 .import " + Format.seconds(imports.median),
                     ratio: Format.ratio(ratio), target: "≤ 1.0× (aim 0.7×)", verdict: Verdict(ratio <= 1.0)),
            BenchRow(.resync, isodash: Format.seconds(resyncs.median), reference: fullSync,
                     ratio: Format.percent(resyncShare), target: "< 10% of full sync", verdict: Verdict(resyncShare < 0.10)),
            BenchRow(.forcedResync, isodash: Format.seconds(forced.median), reference: fullSync,
                     ratio: Format.percent(forced.ratios(over: syncs).median), verdict: .info),
            BenchRow(.month, isodash: Format.seconds(months.median), reference: fullSync,
                     ratio: Format.percent(monthShare), target: "< 15% of full sync", verdict: Verdict(monthShare < 0.15)),
            BenchRow(.importMonth, reference: "sqlite3 .import " + Format.seconds(importMonths.median)
                        + " of its full " + Format.seconds(imports.median),
                     ratio: Format.percent(importMonths.ratios(over: imports).median), verdict: .info),
        ]
    }

    /// Peak memory of every sync of the register or the month (the full, forced and
    /// incremental ones), beside the shell's import.
    var memoryRow: BenchRow {
        BenchRow(.syncMemory, isodash: Format.megabytes(Double(syncPeak)),
                 reference: "sqlite3 .import " + Format.megabytes(Double(importPeak)),
                 target: "< 64 MB", verdict: Verdict(syncPeak < 64_000_000))
    }
}
