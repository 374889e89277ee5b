// swift-tools-version:6.1
// The targets follow the pipeline: discover and scan → resolve → geolocate → judge → report.
import PackageDescription

let package = Package(
    name: "residency",
    // macOS 15: Geolocation's addresses and MMDB values are UInt128 (Swift 6, macOS 15 runtime).
    // Linux is the platform the tool ships for; this line only says what a Mac build needs.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "residency", targets: ["residency"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    ],
    targets: [
        // Plain value types that every stage shares. Foundation only.
        .target(name: "ResidencyCore"),
        // Stage 1: discover files and scan each format for endpoints.
        .target(name: "Scanning", dependencies: ["ResidencyCore", "ConfigFiles", .product(name: "Yams", package: "Yams")]),
        // Turns stage outputs into text / JSON documents; never decides anything.
        .target(name: "Reporting", dependencies: ["ResidencyCore"], exclude: ["Audit/HTML/Data"]),
        // Strict, line-aware YAML config reading (estate file, provider catalogue, policies): one
        // reader, so every config file fails closed the same way; and the one mapping of YAML
        // errors, which the scanners share.
        .target(name: "ConfigFiles", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Stage 2: estate file, host classification, DNS (own wire-protocol client), provider catalogue.
        // Named for the stage, not "Resolution" (the core's struct for a resolved endpoint); its
        // folder keeps the old name until the branches editing it have merged.
        .target(name: "Resolving", dependencies: ["ResidencyCore", "ConfigFiles"], path: "Sources/Resolution"),
        // libmaxminddb, imported by Geolocation only.
        .systemLibrary(name: "CMaxMindDB", pkgConfig: "libmaxminddb", providers: [.apt(["libmaxminddb-dev"])]),
        // Stage 3: where an address is (MMDB reader over libmaxminddb, pure-Swift MMDB writer, default geodata).
        .target(name: "Geolocation", dependencies: ["ResidencyCore", "CMaxMindDB", .product(name: "Yams", package: "Yams")],
                exclude: ["Data"]),
        // Stage 4: the policy files, the rules (one file each, with examples), the latency model and
        // the service graph. Judges resolved endpoints; never reads the files under audit.
        .target(name: "Policy", dependencies: ["ResidencyCore", "ConfigFiles"]),
        // The pipeline: scan → resolve → geolocate → judge, then suppressions and the baseline.
        .target(name: "Audit", dependencies: ["ResidencyCore", "Scanning", "Resolving", "Geolocation", "Policy", "Reporting"]),
        // The only importer of ArgumentParser.
        .executableTarget(name: "residency", dependencies: [
            "ResidencyCore", "ConfigFiles", "Scanning", "Reporting", "Geolocation", "Resolving", "Policy", "Audit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [
            // jemalloc as the process's malloc (apt libjemalloc-dev; libjemalloc2 where the binary
            // runs): on a large audit, glibc's malloc spent a tenth of the time consolidating and
            // searching its free lists, and held 100 MB more at the peak (README, "Where a slow
            // audit spends its time"). The shared library, not the archive: the portable build's
            // `--exclude-libs ALL` hides an archive's `malloc` from libc, whose own allocations
            // then reach jemalloc's `free` (a crash). AllocatorTests and scripts/package check it.
            .linkedLibrary("jemalloc", .when(platforms: [.linux])),
        ]),

        .target(name: "TestSupport", dependencies: ["ResidencyCore"], path: "Tests/TestSupport"),
        .testTarget(name: "ResidencyCoreTests", dependencies: ["ResidencyCore", "TestSupport"]),
        .testTarget(name: "ConfigFilesTests", dependencies: ["ConfigFiles"]),
        .testTarget(name: "ScanningTests", dependencies: ["Scanning", "ResidencyCore", "Reporting", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "ResidencyCore", "TestSupport"]),
        .testTarget(name: "ResolutionTests", dependencies: ["Resolving", "ConfigFiles", "ResidencyCore", "TestSupport"]),
        .testTarget(name: "PolicyTests", dependencies: ["Policy", "ResidencyCore", "TestSupport"]),
        .testTarget(name: "AuditTests", dependencies: ["Audit", "Policy", "Reporting", "ResidencyCore", "TestSupport"]),
        // The user's contract in docs/: the JSON Schemas hold for real outputs, the CI examples run.
        .testTarget(name: "DocsTests", dependencies: [
            "Reporting", "Resolving", "Policy", "ResidencyCore", "TestSupport", .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "GeolocationTests", dependencies: [
            "Geolocation", "ResidencyCore", "TestSupport",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
    ]
)
