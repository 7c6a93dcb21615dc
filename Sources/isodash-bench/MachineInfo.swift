import Foundation

/// The machine and the versions the figures were measured with, printed above the
/// table: figures without them cannot be compared.
struct MachineInfo: Sendable {
    let cpuModel: String
    let cores: Int
    let memory: String
    let loadAverage: String
    let swiftVersion: String
    let sqliteVersion: String
    let isodashVersion: String

    init(tools: Tools, launcher: Launcher, searchPath: String) {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let fields = cpuinfo.split(separator: "\n").map { line -> (String, String) in
            let parts = line.split(separator: ":", maxSplits: 1)
            return (parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "",
                    parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "")
        }
        cpuModel = fields.first { $0.0 == "model name" }?.1 ?? "unknown CPU"
        let listed = fields.filter { $0.0 == "processor" }.count
        cores = listed > 0 ? listed : ProcessInfo.processInfo.activeProcessorCount
        memory = Self.gib(ProcessInfo.processInfo.physicalMemory)
        loadAverage = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?")
            .split(separator: " ").prefix(3).joined(separator: " ")
        func firstLine(_ executable: String?, _ arguments: [String], _ label: String) -> String {
            guard let executable, let result = try? launcher.run(executable, arguments, label: label),
                  result.status == .exited(0) else { return "unknown" }
            let text = result.stdout.isEmpty ? result.stderr : result.stdout
            return text.split(separator: "\n").first.map(String.init) ?? "unknown"
        }
        swiftVersion = firstLine(Tools.find("swift", in: searchPath), ["--version"], "swift-version")
        let sqlite = firstLine(tools.sqlite3, ["--version"], "sqlite3-version")
        sqliteVersion = sqlite.split(separator: " ").prefix(2).joined(separator: " ")
        isodashVersion = firstLine(tools.isodash, ["--version"], "isodash-version")
    }

    private static func gib(_ bytes: UInt64) -> String {
        String(format: "%.0f GiB", Double(bytes) / 1_073_741_824)
    }

    /// `AMD EPYC, 2 cores, 24 GiB RAM (Linux 6.1.0)`.
    var machineLine: String {
        "\(cpuModel), \(cores) core\(cores == 1 ? "" : "s"), \(memory) RAM (Linux \(Self.kernel))"
    }

    var versionsLine: String {
        "\(swiftVersion); sqlite3 \(sqliteVersion); \(isodashVersion)"
    }

    private static var kernel: String {
        var name = utsname()
        uname(&name)
        return withUnsafeBytes(of: &name.release) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
