/// How a child process ended, decoded from the `wait4` status word (Swift cannot
/// import the `WIFEXITED` family of macros).
enum ChildStatus: Equatable, Sendable, CustomStringConvertible {
    case exited(Int32)
    case signalled(Int32)

    init(waitStatus: Int32) {
        let signal = waitStatus & 0x7f
        self = signal == 0 ? .exited((waitStatus >> 8) & 0xff) : .signalled(signal)
    }

    var exitCode: Int32? {
        if case .exited(let code) = self { return code }
        return nil
    }

    var description: String {
        switch self {
        case .exited(let code): return "exited with status \(code)"
        case .signalled(let signal): return "was killed by signal \(signal)"
        }
    }
}
