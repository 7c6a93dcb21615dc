/// The stores built once and copied fresh for every run: units only (the start of
/// every full sync), the year without the month (the start of the incremental
/// sync) and everything (status, the first frame, paging); and the sqlite3 shell's
/// table holding the year without the month, where it imports the month too.
struct BenchStores {
    let units: String
    let yearWithoutMonth: String
    let full: String
    let importedYearWithoutMonth: String

    static func build(data: BenchData, workspace: Workspace, commands: BenchCommands) throws(BenchError) -> BenchStores {
        let stores = BenchStores(units: workspace.stores + "/units.sqlite",
                                 yearWithoutMonth: workspace.stores + "/year-without-month.sqlite",
                                 full: workspace.stores + "/full.sqlite",
                                 importedYearWithoutMonth: workspace.stores + "/import-year-without-month.sqlite")
        Progress.say("building the stores: units only, the year without \(data.month), everything")
        try commands.sync([workspace.data + "/units.csv"], into: stores.units, label: "setup-units", expecting: "applied")
        try workspace.copyStore(stores.units, to: stores.yearWithoutMonth)
        try commands.sync([data.yearFile], into: stores.yearWithoutMonth, label: "setup-year", expecting: "applied")
        try commands.sync([workspace.data], into: stores.full, label: "setup-full", expecting: "applied")
        workspace.removeStore(stores.importedYearWithoutMonth)
        try commands.sqlite(stores.importedYearWithoutMonth, data.createTableSQL, label: "setup-import-create")
        _ = try commands.importCSV(data.yearFile, into: stores.importedYearWithoutMonth, label: "setup-import-year")
        return stores
    }
}
