import Testing
@testable import QMSSync

/// §7: two syncs never interleave; the second waits, and says so.
struct SyncLockTests {
    @Test func aSecondSyncWaitsForTheFirstAndGivesUpAfterItsTimeout() throws {
        let box = try SyncSandbox()
        let units = try box.write("units.csv", baseUnits)
        let held = try SyncLock(storePath: box.storePath, timeout: 1) {}
        var waited = false
        let runner = SyncRunner(store: box.store, options: SyncOptions(lockTimeout: 0.2, now: SyncSandbox.clock))
        #expect(throws: SyncRunError.self) {
            _ = try runner.run(paths: [units]) { event in
                if case .waitingForAnotherSync = event { waited = true }
            }
        }
        #expect(waited)
        #expect(try box.count("units") == 0)
        withExtendedLifetime(held) {}
    }

    @Test func theLockIsFreeAgainAfterARun() throws {
        let box = try SyncSandbox()
        let units = try box.write("units.csv", baseUnits)
        _ = try box.sync(units)
        var waited = false
        _ = try box.sync([units], force: true) { event in
            if case .waitingForAnotherSync = event { waited = true }
        }
        #expect(!waited)
    }
}
