import Foundation
import Geolocation
import TestSupport
import Testing

/// `residency geo …` end to end: bad databases and sources exit 2 with one line naming the file.
@Suite(.enabled(if: residencyExecutable != nil, "the residency executable is not built beside the tests"))
struct GeoCommandTests {
    let exe = residencyExecutable ?? ""

    @Test func compileThenLookupAndInfo() throws {
        let dir = TemporaryDirectory()
        let db = dir.url.appendingPathComponent("nordic.mmdb").path
        let compiled = try run(
            exe, ["geo", "compile", PackagePaths.fixtures.appendingPathComponent("geo/nordic.yaml").path, "-o", db])
        #expect(compiled.status == 0, "\(compiled.err)")
        let lookup = try run(exe, ["geo", "lookup", "198.51.100.130", "8.8.8.8", "--geoip-db", db, "--format", "json"])
        #expect(lookup.status == 0, "\(lookup.err)")
        let json = try JSONSerialization.jsonObject(with: Data(lookup.out.utf8)) as? [[String: Any]]
        #expect(json?.first?["city"] as? String == "Frankfurt am Main")
        #expect(json?.first?["precision"] as? String == "city")
        #expect(json?.first?["network"] as? String == "198.51.100.128/25")
        #expect(json?.last?["precision"] as? String == "unknown")
        let info = try run(exe, ["geo", "info", "--geoip-db", db, "--format", "json"])
        let infos = try JSONSerialization.jsonObject(with: Data(info.out.utf8)) as? [[String: Any]]
        #expect(infos?.first?["databaseType"] as? String == "residency-fixture-City")
        #expect(infos?.first?["ageDays"] as? Int == 0)
        #expect(infos?.first?["ipVersions"] as? [Int] == [4, 6])
    }

    @Test func countryLevelTextSaysSo() throws {
        let dir = TemporaryDirectory()
        let db = dir.url.appendingPathComponent("countries.mmdb").path
        _ = try run(
            exe, ["geo", "compile", PackagePaths.fixtures.appendingPathComponent("geo/countries.yaml").path, "-o", db])
        let lookup = try run(exe, ["geo", "lookup", "198.51.100.1", "--geoip-db", db])
        #expect(lookup.out.contains("SE (country-level; reference point Stockholm"), "\(lookup.out)")
    }

    @Test(arguments: ["empty", "truncated", "text"])
    func unreadableDatabaseExitsTwoNamingTheFile(kind: String) throws {
        let dir = TemporaryDirectory()
        let good = try compileFixture("nordic", into: dir)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: good.path)))
        let content: [UInt8] =
            kind == "empty" ? [] : kind == "truncated" ? Array(bytes.prefix(bytes.count / 2)) : Array("hello\n".utf8)
        let bad = dir.write("bad-\(kind).mmdb", bytes: content)
        for arguments in [
            ["geo", "lookup", "192.0.2.1", "--geoip-db", bad.path], ["geo", "info", "--geoip-db", bad.path],
            ["geo", "lookup", "192.0.2.1", "--geoip-db", good.path, "--asn-db", bad.path],
        ] {
            let result = try run(exe, arguments)
            #expect(result.status == 2)
            #expect(result.out.isEmpty)
            let lines = result.err.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains(bad.path), "\(result.err)")
        }
    }

    @Test func badSourceAndBadAddressExitTwo() throws {
        let dir = TemporaryDirectory()
        let source = dir.write("bad.yaml", "version: 1\nnetworks:\n  - network: 192.0.2.0/24\n    cuntry: NO\n")
        let compiled = try run(
            exe, ["geo", "compile", source.path, "-o", dir.url.appendingPathComponent("x.mmdb").path])
        #expect(compiled.status == 2)
        #expect(compiled.err.hasPrefix("residency: \(source.path):4: unknown key 'cuntry'"), "\(compiled.err)")
        let good = try compileFixture("nordic", into: dir)
        let lookup = try run(exe, ["geo", "lookup", "not-an-ip", "--geoip-db", good.path])
        #expect(lookup.status == 2)
        #expect(lookup.err.contains("not-an-ip"))
        let imported = try run(
            exe,
            [
                "geo", "import", dir.write("ranges", "1,2,AU\nbroken\n").path, "-o",
                dir.url.appendingPathComponent("y.mmdb").path,
            ])
        #expect(imported.status == 2)
        #expect(imported.err.contains("ranges:2: expected start,end,CC"), "\(imported.err)")
    }
}
