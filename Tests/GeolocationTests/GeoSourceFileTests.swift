import Foundation
import Geolocation
import ResidencyCore
import TestSupport
import Testing

/// `geo compile` sources: fixtures compile and answer as written; mistakes name file and line.
@Suite struct GeoSourceFileTests {
    @Test(arguments: [24, 28, 32])
    func nordicFixtureAnswersAsWritten(recordSize: Int) throws {
        let dir = TemporaryDirectory()
        let db = try compileFixture("nordic", into: dir, recordSize: recordSize)
        #expect(db.metadata.databaseType == "residency-fixture-City")
        #expect(db.metadata.recordSize == recordSize)
        let oslo = try #require(try db.lookup(IPAddress("192.0.2.10")!))
        #expect(
            oslo.record
                == GeoRecord(
                    country: "NO", continent: "EU", city: "Oslo", latitude: 59.9139, longitude: 10.7522,
                    accuracyRadius: 10, asn: 64500, asOrganization: "Example Nordic Hosting AS",
                    provider: "nordic-hosting"))
        #expect(oslo.network == IPNetwork("192.0.2.0/24"))
        // More specific prefixes win inside their parents.
        #expect(try db.lookup(IPAddress("198.51.100.1")!)?.record.city == "Stockholm")
        #expect(try db.lookup(IPAddress("198.51.100.129")!)?.record.city == "Frankfurt am Main")
        #expect(try db.lookup(IPAddress("203.0.113.65")!)?.record.country == "IE")
        #expect(try db.lookup(IPAddress("203.0.113.128")!)?.record.country == "US")
        #expect(try db.lookup(IPAddress("2001:db8:1::9")!)?.record.country == "DE")
        #expect(try db.lookup(IPAddress("2001:db8:ffff::9")!)?.record.country == "NO")
        // Private ranges are written, not dropped.
        #expect(try db.lookup(IPAddress("10.20.30.40")!)?.record.provider == "oslo-1")
        #expect(try db.lookup(IPAddress("8.8.8.8")!) == nil)
    }

    @Test func countryLevelDataUsesTheReferencePointAndSaysSo() throws {
        let dir = TemporaryDirectory()
        let dbs = GeoDatabases(
            location: [try compileFixture("countries", into: dir)], asn: try compileFixture("asn", into: dir))
        let location = try dbs.locate(IPAddress("192.0.2.7")!)
        #expect(location.precision == .country)
        #expect(location.record.country == "NO")
        #expect(location.referencePoint?.place == "Oslo")
        #expect(location.estimatedCoordinates?.latitude == 59.92)
        #expect(location.record.asn == 64510)
        #expect(location.sources.count == 2)
        let city = GeoDatabases(location: [try compileFixture("nordic", into: dir)])
        #expect(try city.locate(IPAddress("192.0.2.7")!).precision == .city)
        #expect(try city.locate(IPAddress("8.8.8.8")!).precision == .unknown)
    }

    @Test func unknownKeyNamesFileAndLine() {
        let text = "version: 1\nnetworks:\n  - network: 192.0.2.0/24\n    country: NO\n    contry: SE\n"
        #expect(
            throws: GeolocationError.invalidSource(
                path: "x.yaml", line: 5,
                message:
                    "unknown key 'contry' (expected one of: accuracyRadius, asn, city, continent, coordinates, country, network, organization, provider, registeredCountry)"
            )
        ) {
            try GeoSourceFile.parse(text, path: "x.yaml")
        }
        #expect {
            try GeoSourceFile.parse("version: 1\nrecordsize: 24\n", path: "y.yaml")
        } throws: { "\($0)".hasPrefix("y.yaml:2: unknown key 'recordsize'") }
    }

    @Test(arguments: [
        ("networks: []\n", "missing 'version'"),
        ("version: 2\n", "version 2 is not supported"),
        ("version: 1\nrecordSize: 20\n", "recordSize must be 24, 28 or 32"),
        ("version: 1\nnetworks:\n  - network: 192.0.2.0/33\n", "is not a CIDR prefix"),
        ("version: 1\nnetworks:\n  - country: NO\n", "needs 'network'"),
        ("version: 1\nnetworks:\n  - network: 192.0.2.0/24\n    country: Norway\n", "not an ISO 3166 alpha-2 code"),
        ("version: 1\nnetworks:\n  - network: 192.0.2.0/24\n    coordinates: [95, 10]\n", "coordinates must be"),
        ("version: 1\nnetworks:\n  - network: 192.0.2.0/24\n    asn: many\n", "'asn'"),
        ("version: [\n", "not valid YAML"),
    ])
    func invalidSourcesAreClearErrors(text: String, message: String) {
        #expect {
            try GeoSourceFile.parse(text, path: "bad.yaml")
        } throws: { "\($0)".hasPrefix("bad.yaml") && "\($0)".contains(message) }
    }

    @Test func generatedReferencePointsMatchTheirDataFile() throws {
        let tsv = try String(
            contentsOf: PackagePaths.root.appendingPathComponent(
                "Sources/Geolocation/Data/country-reference-points.tsv"), encoding: .utf8)
        let rows = tsv.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t").map(String.init)
        }
        #expect(rows.count == CountryReferencePoints.count, "run scripts/generate-country-points")
        for row in rows {
            let point = CountryReferencePoints.point(for: row[0])
            #expect(
                point == CountryReferencePoint(latitude: Double(row[1])!, longitude: Double(row[2])!, place: row[3]),
                "\(row[0]): run scripts/generate-country-points")
        }
    }
}
