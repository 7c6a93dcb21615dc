#!/bin/sh
# The reliability checks of issue 8 at full size (README, "Reliability"): the same tests
# `swift test` runs, with the sizes the issue names instead of the quick defaults.
#
#   .ci/reliability-heavy.sh            # 60,000-row register killed 60 times, 4 × 5,000
#                                       # fuzzed files, a 50 MB single line
#   ISODASH_CRASH_SEED=7 ISODASH_FUZZ_SEEDS=11,12 .ci/reliability-heavy.sh   # other seeds
#
# Sizes: ISODASH_CRASH_ROWS, ISODASH_CRASH_KILLS, ISODASH_FUZZ_ITERATIONS (per seed).
# Build folder: SCRATCH (default .build-reliability). Takes 5–15 minutes on 2 cores.
set -eu
cd "$(dirname "$0")/.."
scratch=${SCRATCH:-.build-reliability}
export ISODASH_HEAVY=1
export ISODASH_CRASH_ROWS="${ISODASH_CRASH_ROWS:-60000}"
export ISODASH_CRASH_KILLS="${ISODASH_CRASH_KILLS:-60}"
export ISODASH_FUZZ_ITERATIONS="${ISODASH_FUZZ_ITERATIONS:-5000}"
swift build --scratch-path "$scratch" --build-tests
swift test --scratch-path "$scratch" --skip-build \
    --filter 'isodashTests\.(CrashSafetyTests|ConcurrencyTests|StoreFileTests)|QMSSyncTests\.(SyncFuzzTests|HostileInputTests|BoundParametersTests|FullStoreTests|StoreFixtureTests)|QMSStoreTests\.(SchemaUpgradeTests|BusyWaitTests)'
