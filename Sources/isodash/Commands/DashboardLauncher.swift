/// `isodash` with no command: the dashboard.
struct DashboardLauncher {
    static let options: [OptionSpec] = []

    init(arguments: ParsedArguments) {}

    func run(_ context: CommandContext) throws -> Int32 {
        throw CommandFailure("the dashboard is not built yet in this version; see 'isodash --help' for the commands there are")
    }
}
