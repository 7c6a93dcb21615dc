import Testing
@testable import QMSStore

@Suite struct StoreLocationTests {
    let environment = [
        "HOME": "/home/an",
        "XDG_DATA_HOME": "/data/an",
        "ISODASH_DB": "/srv/iso/store.sqlite",
    ]

    @Test func dbOptionWinsOverEverything() {
        #expect(StoreLocation.resolve(dbOption: "/tmp/x.sqlite", environment: environment) == "/tmp/x.sqlite")
    }

    @Test func environmentVariableWinsOverXDG() {
        #expect(StoreLocation.resolve(dbOption: nil, environment: environment) == "/srv/iso/store.sqlite")
    }

    @Test func xdgDataHomeWinsOverHome() {
        var env = environment
        env["ISODASH_DB"] = nil
        #expect(StoreLocation.resolve(dbOption: nil, environment: env) == "/data/an/isodash/store.sqlite")
    }

    @Test func homeIsTheLastResort() {
        #expect(StoreLocation.resolve(dbOption: nil, environment: ["HOME": "/home/an"])
            == "/home/an/.local/share/isodash/store.sqlite")
    }

    @Test func emptyOrRelativeValuesCountAsUnset() {
        let env = ["HOME": "/home/an/", "ISODASH_DB": "", "XDG_DATA_HOME": "relative/data"]
        #expect(StoreLocation.resolve(dbOption: "", environment: env) == "/home/an/.local/share/isodash/store.sqlite")
    }

    @Test func aLeadingTildeMeansHome() {
        #expect(StoreLocation.resolve(dbOption: "~/iso.sqlite", environment: environment) == "/home/an/iso.sqlite")
        #expect(StoreLocation.resolve(dbOption: nil, environment: ["HOME": "/h", "ISODASH_DB": "~/s.db"]) == "/h/s.db")
        #expect(StoreLocation.resolve(dbOption: "./rel.sqlite", environment: environment) == "./rel.sqlite")
    }
}
