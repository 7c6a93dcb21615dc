import Foundation
import QMSDashboard
import QMSDomain
import QMSStore
import TermUI

/// Keypress-to-frame time, measured in process through the dashboard's own pure
/// API: `DashboardReducer.reduce` for the key, `DashboardView.render` for the frame
/// (which asks the store for the page it shows) and `Buffer.diff` for what the
/// terminal backend would flush. Terminal I/O and ncurses are not in the figure;
/// everything isodash computes between a key and its frame is.
struct PagingProbe {
    /// What a walk through one list gave.
    enum Outcome {
        case measured(Walk)
        /// The screen draws no list yet, or the keys do not move through it.
        case unavailable(String)
    }

    /// What one walk through a list measured.
    struct Walk {
        /// Wall time of every key.
        var samples = Samples()
        /// CPU time of this thread for every key: what the dashboard's code cost,
        /// without the waits a loaded machine adds to the wall time.
        var cpu = Samples()
        /// Wall time by key (`PgDn`, `End`…), in the order first pressed.
        var byKey: [(key: String, samples: Samples)] = []
        /// Rows in the list.
        var rows = 0
        /// Wall time of the screen's first frame (opening it), not among the keys.
        var opening = 0.0
    }

    let storePath: String
    let asOf: Day
    let width = 80
    let height = 24

    /// Opens `screen`, then times every key of `keys` (in seconds per key). Stops
    /// early once `budget` seconds have gone and `minimumKeys` were timed, so a slow
    /// list costs the benchmark half a minute, not an hour; order the keys so an
    /// early stop still covers what matters (deep pages as well as the first ones).
    func measure(screen: DashboardScreen, list: ListID, keys: [Key], budget: Double = 30,
                 minimumKeys: Int = 20) throws(BenchError) -> Outcome {
        let store: Store
        do {
            store = try Store.open(path: storePath, mode: .readOnly)
        } catch {
            throw BenchError.io(path: storePath, reason: "\(error)")
        }
        defer { store.close() }
        let view = DashboardView(data: DashboardData(store: store, asOf: asOf),
                                 context: RenderContext(language: .en, asOf: asOf, mode: .unicode, timeZone: TimeZone(secondsFromGMT: 0)!))
        var state = DashboardState(screen: screen)
        var walk = Walk()
        let opening = MonotonicClock.now()
        var previous = view.render(&state, width: width, height: height)
        walk.opening = MonotonicClock.now() - opening
        let opened = state.position(list)
        guard opened.count > 0 else {
            return .unavailable("the \(screen.commandName) screen draws no list yet (QMSDashboard is being finished)")
        }
        var changedCells = 0
        var moved = false
        let started = MonotonicClock.now()
        for key in keys {
            if walk.samples.count >= minimumKeys && MonotonicClock.now() - started > budget { break }
            let keyPressed = MonotonicClock.now()
            let cpuBefore = Self.threadCPUTime()
            state = DashboardReducer.reduce(state, key)
            let frame = view.render(&state, width: width, height: height)
            changedCells += frame.diff(from: previous).count
            let elapsed = MonotonicClock.now() - keyPressed
            walk.cpu.add(Self.threadCPUTime() - cpuBefore)
            walk.samples.add(elapsed)
            if let index = walk.byKey.firstIndex(where: { $0.key == key.description }) {
                walk.byKey[index].samples.add(elapsed)
            } else {
                walk.byKey.append((key.description, Samples([elapsed])))
            }
            previous = frame
            moved = moved || state.position(list).cursor != opened.cursor
        }
        guard moved else {
            return .unavailable("the keys did not move the \(screen.commandName) list's cursor")
        }
        // A frame that never changed would mean nothing was drawn; keep the count alive.
        guard changedCells > 0 else {
            return .unavailable("paging through the \(screen.commandName) list changed nothing on screen")
        }
        walk.rows = opened.count
        return .measured(walk)
    }

    /// Seconds of CPU this thread has used.
    private static func threadCPUTime() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
