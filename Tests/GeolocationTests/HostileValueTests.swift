import Foundation
import Geolocation
import ResidencyCore
import TestSupport
import Testing

/// Databases that are well-formed MMDB files but hold values no place can have. Numbers out of
/// range reject the database with an error naming it (a NaN radius once trapped in `Int(Double)`,
/// a NaN latitude made the JSON report unencodable); codes that are not two capital letters are
/// dropped with one warning naming the file.
@Suite struct HostileValueTests {
    /// A city database whose networks 192.0.2.0/24 and 9.9.9.0/24 (public: what an audit
    /// geolocates) hold `record`.
    static func database(
        _ record: [String: MMDBValue], in dir: TemporaryDirectory, name: String = "hostile.mmdb"
    ) throws -> String {
        var writer = MMDBWriter(databaseType: "hostile-City")
        try writer.add(IPNetwork("192.0.2.0/24")!, value: .map(record))
        try writer.add(IPNetwork("9.9.9.0/24")!, value: .map(record))
        let url = dir.url.appendingPathComponent(name)
        try writer.write(to: url)
        return url.path
    }

    static func location(_ fields: [String: MMDBValue]) -> [String: MMDBValue] {
        ["country": .map(["iso_code": .string("NO")]), "location": .map(fields)]
    }

    static let badNumbers: [(String, [String: MMDBValue])] = [
        ("location.accuracy_radius", location(["accuracy_radius": .double(.nan)])),
        ("location.accuracy_radius", location(["accuracy_radius": .double(.infinity)])),
        ("location.accuracy_radius", location(["accuracy_radius": .double(-.infinity)])),
        ("location.accuracy_radius", location(["accuracy_radius": .double(1e19)])),
        ("location.accuracy_radius", location(["accuracy_radius": .uint64(.max)])),
        ("location.accuracy_radius", location(["accuracy_radius": .int32(-5)])),
        ("location.accuracy_radius", location(["accuracy_radius": .double(12.5)])),
        ("location.latitude", location(["latitude": .double(.nan), "longitude": .double(10)])),
        ("location.latitude", location(["latitude": .double(90.5), "longitude": .double(10)])),
        ("location.longitude", location(["latitude": .double(59), "longitude": .double(-.infinity)])),
        ("location.longitude", location(["latitude": .double(59), "longitude": .double(180.01)])),
        ("location.latitude", location(["latitude": .string("59.9"), "longitude": .double(10)])),
        ("autonomous_system_number", ["autonomous_system_number": .uint64(UInt64(UInt32.max) + 1)]),
        ("autonomous_system_number", ["autonomous_system_number": .int32(-1)]),
    ]

    @Test(arguments: badNumbers.indices)
    func badNumberRejectsTheDatabase(index: Int) throws {
        let (field, record) = Self.badNumbers[index]
        let dir = TemporaryDirectory()
        let path = try Self.database(record, in: dir)
        let db = try MaxMindDatabase(path: path)
        #expect {
            try db.lookup(IPAddress("192.0.2.7")!)
        } throws: { error in
            guard case GeolocationError.invalidValue(path, "192.0.2.7", field, _) = error else { return false }
            return "\(error)".hasPrefix(path + ": invalid database: \(field)")
        }
    }

    @Test func goodValuesAtTheEdgesAreKept() throws {
        let dir = TemporaryDirectory()
        let path = try Self.database(
            Self.location([
                "latitude": .double(-90), "longitude": .double(180),
                "accuracy_radius": .uint16(1000),
            ])
            .merging(["autonomous_system_number": .uint32(.max)]) { a, _ in a }, in: dir)
        let record = try #require(try MaxMindDatabase(path: path).lookup(IPAddress("192.0.2.7")!)).record
        #expect(
            record.latitude == -90 && record.longitude == 180 && record.accuracyRadius == 1000
                && record.asn == UInt32.max)
    }

    @Test(arguments: ["no", "NOR", "N\u{1B}", "\u{1B}[2J", "", "Ö1"])
    func countryCodeThatIsNotOneIsUnknownWithOneWarning(code: String) throws {
        let dir = TemporaryDirectory()
        let path = try Self.database(
            [
                "country": .map(["iso_code": .string(code)]),
                "registered_country": .map(["iso_code": .string("SE")]),
            ], in: dir)
        let db = try MaxMindDatabase(path: path)
        for _ in 0..<3 {
            let record = try #require(try db.lookup(IPAddress("192.0.2.7")!)).record
            #expect(record.country == nil)
            #expect(record.registeredCountry == "SE")
            #expect(try db.countryCode(IPAddress("192.0.2.8")!) == nil)
        }
        #expect(db.warnings.count == 1, "\(db.warnings)")
        #expect(db.warnings.first?.hasPrefix(path + ": country.iso_code ") == true)
        #expect(GeoDatabases(location: [db]).warnings == db.warnings)
    }
}

/// The same databases through the command line: exit 2 with one line naming the database, for
/// `geo lookup` and for `audit` (whose JSON could not encode a NaN latitude and exited 1 silently).
@Suite(.enabled(if: residencyExecutable != nil, "the residency executable is not built beside the tests"))
struct HostileValueCommandTests {
    let exe = residencyExecutable ?? ""

    @Test(arguments: [
        HostileValueTests.location(["accuracy_radius": .double(.nan)]),
        HostileValueTests.location(["latitude": .double(.nan), "longitude": .double(.nan)]),
        HostileValueTests.location(["accuracy_radius": .double(1e300)]),
    ])
    func geoLookupAndAuditExitTwoNamingTheDatabase(record: [String: MMDBValue]) throws {
        let dir = TemporaryDirectory()
        let db = try HostileValueTests.database(record, in: dir)
        let lookup = try run(exe, ["geo", "lookup", "192.0.2.7", "--geoip-db", db])
        #expect(lookup.status == 2)
        #expect(
            lookup.err.split(separator: "\n").count == 1 && lookup.err.contains(db + ": invalid database"),
            "\(lookup.err)")

        dir.write("estate/.env", "DATABASE_URL=postgres://app@9.9.9.7:5432/orders\n")
        for format in ["json", "text"] {
            let audit = try run(
                exe,
                [
                    "audit", dir.url.appendingPathComponent("estate").path, "--offline", "--geoip-db", db,
                    "--format", format, "--date", "2026-01-01",
                ])
            #expect(audit.status == 2, "\(format): \(audit.err)")
            #expect(audit.out.isEmpty)
            #expect(
                audit.err.split(separator: "\n").count == 1 && audit.err.contains(db + ": invalid database"),
                "\(audit.err)")
        }
    }

    @Test func badCountryCodeWarnsOnceAndIsUnknown() throws {
        let dir = TemporaryDirectory()
        let db = try HostileValueTests.database(
            ["country": .map(["iso_code": .string("\u{1B}]0;pwned\u{07}")])], in: dir)
        let lookup = try run(exe, ["geo", "lookup", "192.0.2.7", "192.0.2.8", "--geoip-db", db])
        #expect(lookup.status == 0)
        #expect(lookup.out.contains("192.0.2.7\tnot found"), "\(lookup.out)")
        #expect(!lookup.out.contains("\u{1B}") && !lookup.err.contains("\u{1B}"))
        let warnings = lookup.err.split(separator: "\n")
        #expect(
            warnings.count == 1 && warnings[0].hasPrefix("residency: warning: \(db): country.iso_code"), "\(lookup.err)"
        )
    }

    /// A data section whose record is a pointer to itself: `geo lookup` exited 2 but `audit` took
    /// every address for "no geodata" and passed. Both must fail naming the database.
    @Test func corruptDataSectionFailsTheAuditLikeGeoLookup() throws {
        let dir = TemporaryDirectory()
        let path = try HostileValueTests.database(["country": .map(["iso_code": .string("NO")])], in: dir)
        let metadata = try MaxMindDatabase(path: path).metadata
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let dataStart = metadata.nodeCount * metadata.recordSize / 4 + 16
        #expect(bytes[dataStart] == 0xE1, "the record is the first value of the data section: a map of one entry")
        bytes[dataStart] = 0x20  // a pointer (size 0) ...
        bytes[dataStart + 1] = 0x00  // ... to offset 0: itself
        let db = dir.write("loop.mmdb", bytes: bytes).path

        let lookup = try run(exe, ["geo", "lookup", "9.9.9.7", "--geoip-db", db])
        #expect(lookup.status == 2)
        #expect(lookup.err.contains(db), "\(lookup.err)")

        dir.write("estate/.env", "DATABASE_URL=postgres://app@9.9.9.7:5432/orders\n")
        for format in ["json", "text"] {
            let audit = try run(
                exe,
                [
                    "audit", dir.url.appendingPathComponent("estate").path, "--offline", "--geoip-db", db,
                    "--format", format, "--fail-on", "none", "--date", "2026-01-01",
                ])
            #expect(audit.status == 2, "\(format): \(audit.err)")
            #expect(audit.out.isEmpty)
            #expect(
                audit.err.split(separator: "\n").count == 1 && audit.err.contains(db + ": lookup of 9.9.9.7 failed"),
                "\(audit.err)")
        }
    }

    /// Strings from a database (city, organisation, provider, type, description) reach the
    /// terminal without escape sequences and without breaking lines or tab-separated columns.
    @Test func databaseStringsAreKeptToTheirLine() throws {
        let dir = TemporaryDirectory()
        let evil = "\u{1B}]0;pwned\u{07}\nFORGED\tcolumn\u{1B}[2J"
        var writer = MMDBWriter(databaseType: "City" + evil, description: ["en": "desc" + evil])
        try writer.add(
            IPNetwork("9.9.9.0/24")!,
            value: .map([
                "country": .map(["iso_code": .string("NO")]),
                "city": .map(["names": .map(["en": .string("Oslo" + evil)])]),
                "location": .map(["latitude": .double(59.9), "longitude": .double(10.7)]),
                "autonomous_system_number": .uint32(64500), "autonomous_system_organization": .string("Org" + evil),
                "provider": .string("P" + evil),
            ]))
        let db = dir.url.appendingPathComponent("evil.mmdb").path
        try writer.write(to: URL(fileURLWithPath: db))
        let lookup = try run(exe, ["geo", "lookup", "9.9.9.7", "--geoip-db", db])
        #expect(lookup.status == 0, "\(lookup.err)")
        #expect(!lookup.out.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(lookup.out.split(separator: "\n").count == 1, "\(lookup.out)")
        #expect(lookup.out.split(separator: "\t").count == 5, "address, place, AS, provider, network: \(lookup.out)")
        let info = try run(exe, ["geo", "info", "--geoip-db", db])
        #expect(info.status == 0)
        #expect(!info.out.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(!info.out.split(separator: "\n").contains { $0.hasPrefix("FORGED") }, "\(info.out)")
    }
}
