import Foundation

// isodash-bench: the performance benchmark of issue 7. See BenchOptions.usage.

/// The `isodash` binary SwiftPM builds into the same folder as this one.
let defaultIsodash = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    .deletingLastPathComponent().appendingPathComponent("isodash").path

let options: BenchOptions
do {
    options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()), defaultIsodash: defaultIsodash)
} catch {
    FileHandle.standardError.write(Data("isodash-bench: \(error)\n".utf8))
    exit(2)
}
if options.showsHelp {
    print(BenchOptions.usage)
    exit(0)
}

let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
var workspace: Workspace?
do {
    let tools = try Tools(isodash: options.isodashPath, searchPath: searchPath)
    let space = try Workspace.create(keep: options.keepDirectory)
    workspace = space
    let launcher = Launcher(home: space.home, outputFolder: space.output, path: searchPath)
    let machine = MachineInfo(tools: tools, launcher: launcher, searchPath: searchPath)
    let header = BenchReport.header(options: options, machine: machine, tools: tools)
    let report = try Benchmark(options: options, tools: tools, workspace: space, launcher: launcher).run()
    print("")
    print(report.text(header: header), terminator: "")
    if let path = options.markdownPath {
        guard FileManager.default.createFile(atPath: path, contents: Data(report.markdown(header: header).utf8)) else {
            throw BenchError.io(path: path, reason: "cannot write the Markdown table")
        }
        Progress.say("wrote the table as Markdown to \(path)")
    }
    if space.keeps { Progress.say("kept the data and stores in \(space.root)") }
    space.finish()
    exit(0)
} catch {
    FileHandle.standardError.write(Data("isodash-bench: \(error)\n".utf8))
    if let workspace {
        if workspace.keeps {
            FileHandle.standardError.write(Data("isodash-bench: the workspace is kept in \(workspace.root)\n".utf8))
        } else {
            FileHandle.standardError.write(Data("isodash-bench: rerun with --keep DIR to look at the files\n".utf8))
            workspace.finish()
        }
    }
    exit(1)
}
