/// Starts the programs the benchmark measures with one clean environment: a sandbox
/// HOME and XDG folders inside the workspace (so nothing touches the user's store or
/// config), UTF-8, UTC and no colour, whatever the caller's shell has set.
struct Launcher {
    let environment: [String: String]
    /// Where each child's stdout and stderr files go (`LABEL.stdout`, `LABEL.stderr`).
    let outputFolder: String

    init(home: String, outputFolder: String, path: String) {
        environment = [
            "HOME": home,
            "XDG_DATA_HOME": home + "/data",
            "XDG_CONFIG_HOME": home + "/config",
            "PATH": path,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TZ": "UTC",
            "NO_COLOR": "1",
            "SWIFT_BACKTRACE": "enable=no",
        ]
        self.outputFolder = outputFolder
    }

    /// Runs `executable ARGUMENTS` once; the output files of `label` are replaced.
    /// `samplesMemory` for children whose peak memory is reported.
    func run(_ executable: String, _ arguments: [String], label: String,
             samplesMemory: Bool = false) throws(BenchError) -> ChildResult {
        var child = ChildProcess(executable: executable, arguments: arguments, environment: environment,
                                 stdoutPath: outputFolder + "/" + label + ".stdout",
                                 stderrPath: outputFolder + "/" + label + ".stderr")
        child.samplesMemory = samplesMemory
        return try child.run()
    }
}
