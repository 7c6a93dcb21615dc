#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a program as a child process, started with `posix_spawn` and reaped
/// with `wait4`, so the benchmark gets the child's own peak RSS (`ru_maxrss`) and a
/// wall time that covers exactly spawn to exit.
///
/// stdin is `/dev/null`; stdout and stderr go to files (no pipe to drain while
/// timing, and a child that prints a lot cannot block on a full pipe).
struct ChildProcess {
    let executable: String
    let arguments: [String]
    let environment: [String: String]
    let stdoutPath: String
    let stderrPath: String
    /// Whether to sample the child's memory while it runs (see `PeakSampler`); off
    /// for children whose memory is not reported, so they run undisturbed.
    var samplesMemory = false

    /// The command as a user would type it, for messages.
    var commandLine: String {
        ([executable] + arguments).map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    }

    func run() throws(BenchError) -> ChildResult {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }

        var own = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &own)
        let inheritedFloor = Int(own.ru_maxrss)
        #else
        getrusage(RUSAGE_SELF.rawValue, &own)
        let inheritedFloor = Int(own.ru_maxrss) * 1024
        #endif

        var pid = pid_t()
        let started = MonotonicClock.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw BenchError.cannotSpawn(command: commandLine, reason: String(cString: strerror(spawned)))
        }
        let sampler = samplesMemory ? PeakSampler(pid: pid) : nil
        sampler?.start()
        // Wait for the exit without reaping, so the time is exact and the sampler
        // stops before the pid can be reused; then reap with wait4 for the rusage.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 {
            guard errno == EINTR else {
                _ = sampler?.stop()
                throw BenchError.cannotSpawn(command: commandLine, reason: "waitid: " + String(cString: strerror(errno)))
            }
        }
        let seconds = MonotonicClock.now() - started
        let sampled = sampler?.stop() ?? 0
        var waitStatus: Int32 = 0
        var usage = rusage()
        while wait4(pid, &waitStatus, 0, &usage) < 0 {
            guard errno == EINTR else {
                throw BenchError.cannotSpawn(command: commandLine, reason: "wait4: " + String(cString: strerror(errno)))
            }
        }
        #if canImport(Darwin)
        let reported = Int(usage.ru_maxrss)           // bytes on Darwin
        #else
        let reported = Int(usage.ru_maxrss) * 1024    // kilobytes on Linux
        #endif
        // Above the benchmark's own peak, ru_maxrss is the child's; at or below it,
        // it may be ours, and the sampled high-water mark is the child's.
        let peak = reported > inheritedFloor || sampled == 0 ? reported : sampled
        return ChildResult(command: commandLine, status: ChildStatus(waitStatus: waitStatus), seconds: seconds,
                           peakRSSBytes: peak, stdoutPath: stdoutPath, stderrPath: stderrPath)
    }
}
