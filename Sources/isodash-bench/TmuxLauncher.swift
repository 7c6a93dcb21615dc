/// `tmux -L SOCKET ARGUMENTS`: one private tmux server, so the benchmark never
/// touches the user's sessions and ends exactly the server it started.
struct TmuxLauncher {
    let tmux: String
    let socket: String
    let environment: [String: String]
    let folder: String

    @discardableResult
    func run(_ arguments: [String]) throws(BenchError) -> ChildResult {
        try ChildProcess(executable: tmux, arguments: ["-L", socket] + arguments, environment: environment,
                         stdoutPath: folder + "/tmux.stdout", stderrPath: folder + "/tmux.stderr").run().expect()
    }
}
