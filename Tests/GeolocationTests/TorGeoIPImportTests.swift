import Foundation
import Geolocation
import ResidencyCore
import TestSupport
import Testing

/// The country database built from Debian's tor-geoipdb places well-known addresses right.
/// Runs when the package is installed (/usr/share/tor/geoip).
@Suite(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/tor/geoip"), "tor-geoipdb is not installed"))
struct TorGeoIPImportTests {
    @Test func wellKnownAddressesLandInTheirCountries() throws {
        let dir = TemporaryDirectory()
        let locator = GeodataLocator(environment: ["XDG_CACHE_HOME": dir.url.path], folders: [])
        let path = try locator.torCountryDatabase()
        #expect(path.hasPrefix(dir.url.path + "/residency/tor-geoip-country-"))
        let db = try MaxMindDatabase(path: path)
        #expect(db.metadata.ipVersion == 6)
        let expected = [
            "129.240.8.200": "NO",  // University of Oslo (UNINETT / Sikt)
            "158.36.1.1": "NO",  // UNINETT
            "2001:700:100::1": "NO",  // UNINETT IPv6
            "193.99.144.80": "DE",  // heise online, Hannover
            "2001:638::1": "DE",  // DFN (German research network)
            "130.237.28.40": "SE",  // KTH Royal Institute of Technology, Stockholm
            "133.11.0.1": "JP",  // University of Tokyo
        ]
        for (address, country) in expected {
            #expect(try db.countryCode(IPAddress(address)!) == country, "\(address)")
        }
        // Private and documentation ranges are not in the public data.
        #expect(try db.lookup(IPAddress("192.0.2.1")!) == nil)
        // The second call reuses the cache instead of rebuilding.
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(try locator.torCountryDatabase() == path)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == before)
        // With nothing named or installed, the locator picks this database.
        let dbs = try locator.databases(geoipDBs: [], asnDB: nil)
        #expect(dbs.locationDatabases.map(\.path) == [path])
    }

    @Test func rangeFilesParseAndMalformedLinesAreNamed() throws {
        let good = Array(
            "# comment\n16777216,16777471,AU\n15726992,15726999,??\n2001:2::,2001:2:0:ffff:ffff:ffff:ffff:ffff,JP\n"
                .utf8)
        let ranges = try TorGeoIPImport.ranges(bytes: good, path: "geoip")
        #expect(ranges.map(\.country) == ["AU", "JP"])
        #expect(IPNetwork.cover(from: ranges[0].first, to: ranges[0].last) == [IPNetwork("1.0.0.0/24")!])
        #expect(IPNetwork.cover(from: ranges[1].first, to: ranges[1].last) == [IPNetwork("2001:2::/48")!])
        #expect(throws: GeolocationError.invalidSource(path: "geoip", line: 2, message: "not an address range")) {
            try TorGeoIPImport.ranges(bytes: Array("1,2,AU\n5,3,AU\n".utf8), path: "geoip")
        }
        #expect(throws: GeolocationError.invalidSource(path: "geoip", line: 1, message: "expected start,end,CC")) {
            try TorGeoIPImport.ranges(bytes: Array("1,2\n".utf8), path: "geoip")
        }
    }

    @Test func explicitDatabasesThatCannotOpenAreErrorsNotFallbacks() {
        let locator = GeodataLocator(environment: ["RESIDENCY_GEOIP_DB": "/nonexistent/a.mmdb"], folders: [])
        #expect(throws: GeolocationError.self) { try locator.databases(geoipDBs: [], asnDB: nil) }
        #expect(throws: GeolocationError.self) {
            try GeodataLocator(folders: []).databases(geoipDBs: ["/nonexistent/b.mmdb"], asnDB: nil)
        }
    }
}
