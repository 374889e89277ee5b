import Foundation
import Geolocation
import ResidencyCore
import Testing

/// MaxMind's published test databases give the values their source JSON lists. The files are
/// not committed: set MAXMIND_DB_TEST_DATA to a checkout of github.com/maxmind/MaxMind-DB.
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["MAXMIND_DB_TEST_DATA"] != nil,
        "MAXMIND_DB_TEST_DATA (a MaxMind-DB checkout) is not set"))
struct MaxMindTestDataTests {
    let root = ProcessInfo.processInfo.environment["MAXMIND_DB_TEST_DATA"] ?? ""

    func sourceEntries(_ name: String) throws -> [(IPNetwork, [String: Any])] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(root)/source-data/\(name).json"))
        let list = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
        return list.flatMap { $0.map { (IPNetwork($0.key)!, $0.value as! [String: Any]) } }
    }

    func expectedRecord(_ json: [String: Any]) -> GeoRecord {
        func str(_ path: String...) -> String? {
            var node: Any? = json
            for key in path { node = (node as? [String: Any])?[key] }
            return node as? String
        }
        func num(_ path: String...) -> Double? {
            var node: Any? = json
            for key in path { node = (node as? [String: Any])?[key] }
            return (node as? NSNumber)?.doubleValue
        }
        return GeoRecord(
            country: str("country", "iso_code"), registeredCountry: str("registered_country", "iso_code"),
            continent: str("continent", "code"), city: str("city", "names", "en"),
            latitude: num("location", "latitude"), longitude: num("location", "longitude"),
            accuracyRadius: num("location", "accuracy_radius").map { Int($0) },
            asn: num("autonomous_system_number").map { UInt32($0) },
            asOrganization: str("autonomous_system_organization"))
    }

    @Test(arguments: ["GeoIP2-City-Test", "GeoLite2-ASN-Test", "GeoIP2-Country-Test"])
    func everySourceNetworkReadsBack(name: String) throws {
        let db = try MaxMindDatabase(path: "\(root)/test-data/\(name).mmdb")
        let entries = try sourceEntries(name)
        #expect(!entries.isEmpty)
        var checked = 0
        for (network, json) in entries {
            // The most specific listed network holding the address is what must come back.
            let first = network.address
            let best = entries.filter { $0.0.contains(first) }.max { $0.0.prefixLength < $1.0.prefixLength }!
            let got = try #require(try db.lookup(first), "\(network)")
            #expect(got.record == expectedRecord(best.1), "\(network)")
            // MaxMind's writer merges neighbours with equal records, so the prefix may be shorter.
            #expect(got.network.contains(first), "\(network)")
            checked += 1
            _ = json
        }
        #expect(checked == entries.count)
    }

    @Test func brokenTestDatabasesAreClearErrors() throws {
        for name in ["GeoIP2-City-Test-Invalid-Node-Count", "GeoIP2-City-Test-Broken-Double-Format"] {
            let path = "\(root)/test-data/\(name).mmdb"
            do {
                let db = try MaxMindDatabase(path: path)
                for text in ["81.2.69.160", "2001:218::", "2a02:d300::1"] { _ = try? db.lookup(IPAddress(text)!) }
                _ = try? db.networkCount()
            } catch {
                #expect("\(error)".hasPrefix(path))
            }
        }
    }
}
