// swift-tools-version:6.0
// isodash — a terminal dashboard for ISO steering-committee reviews.
// No third-party Swift packages: only the toolchain and two Debian C libraries.
import PackageDescription

let package = Package(
    name: "isodash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "isodash", targets: ["isodash"]),
        .executable(name: "isodash-bench", targets: ["isodash-bench"]),
    ],
    targets: [
        // C libraries from Debian, through SwiftPM system-library targets.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),

        // Pure Swift: the model and its rules. No I/O, no C.
        .target(name: "QMSDomain"),
        // The SQLite store: connection, schema, migrations, read models.
        .target(name: "QMSStore", dependencies: ["QMSDomain", "CSQLite"]),
        // Export files into the store.
        .target(name: "QMSSync", dependencies: ["QMSDomain", "QMSStore"]),
        // A terminal toolkit that knows nothing of ISO.
        .target(name: "TermUI"),
        // The only code that speaks to ncurses.
        .target(name: "TermUINcurses", dependencies: ["TermUI", "CNcursesw"]),
        // Screens and their state.
        .target(name: "QMSDashboard", dependencies: ["QMSDomain", "QMSStore", "TermUI"]),
        // The command line.
        .executableTarget(
            name: "isodash",
            dependencies: ["QMSDomain", "QMSStore", "QMSSync", "TermUI", "TermUINcurses", "QMSDashboard"]
        ),
        // The performance benchmark (issue 7): times the isodash binary against the sqlite3 shell;
        // QMSDashboard and TermUI for timing keypress-to-frame in process.
        .executableTarget(
            name: "isodash-bench",
            dependencies: ["QMSDomain", "QMSStore", "QMSSync", "QMSDashboard", "TermUI"]
        ),

        .testTarget(name: "QMSDomainTests", dependencies: ["QMSDomain"]),
        .testTarget(name: "QMSStoreTests", dependencies: ["QMSStore", "QMSDomain"]),
        .testTarget(name: "QMSSyncTests", dependencies: ["QMSSync", "QMSStore", "QMSDomain"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "TermUITests", dependencies: ["TermUI"]),
        .testTarget(name: "QMSDashboardTests", dependencies: ["QMSDashboard", "QMSStore", "QMSDomain", "TermUI"]),
        .testTarget(name: "isodashTests", dependencies: ["isodash", "QMSStore", "QMSDomain"]),
    ]
)
