import Foundation
import Geolocation
import PropertyBased
import ResidencyCore
import TestSupport
import Testing

/// A file that is not a whole, valid MMDB is a clear error naming the file, never a crash.
@Suite struct CorruptDatabaseTests {
    func validBytes() throws -> [UInt8] {
        let source = try GeoSourceFile.load(path: PackagePaths.fixtures.appendingPathComponent("geo/nordic.yaml").path)
        return try source.writer().data()
    }

    @Test func missingFileNamesTheFile() {
        #expect {
            try MaxMindDatabase(path: "/nonexistent/geo.mmdb")
        } throws: { error in
            "\(error)".hasPrefix("/nonexistent/geo.mmdb: not a readable MaxMind DB")
                && "\(error)".contains("No such file")
        }
    }

    @Test(arguments: [
        ("empty", [UInt8]()), ("text", Array("version: 1\nnetworks: []\n".utf8)),
        ("zeros", [UInt8](repeating: 0, count: 4096)),
        ("marker only", [0xAB, 0xCD, 0xEF] + Array("MaxMind.com".utf8)),
    ])
    func notAnMMDB(name: String, bytes: [UInt8]) {
        let dir = TemporaryDirectory()
        let url = dir.write("bad.mmdb", bytes: bytes)
        #expect(throws: GeolocationError.self) { try MaxMindDatabase(path: url.path) }
        do { _ = try MaxMindDatabase(path: url.path) } catch {
            #expect(error.description.hasPrefix(url.path + ": not a readable MaxMind DB ("), "\(name): \(error)")
        }
    }

    @Test func everyTruncationIsRefused() throws {
        let bytes = try validBytes()
        let dir = TemporaryDirectory()
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            let url = dir.write("cut-\(cut).mmdb", bytes: Array(bytes[..<cut]))
            #expect(throws: GeolocationError.self, "cut at \(cut)") { try MaxMindDatabase(path: url.path) }
        }
    }

    /// Random bytes overwritten anywhere: opening either fails cleanly, or lookups return values
    /// or typed errors. Reaching the end of the test is the assertion that nothing crashed.
    @Test func damagedBytesNeverCrash() async throws {
        let bytes = try validBytes()
        let probes = ["192.0.2.1", "198.51.100.200", "203.0.113.70", "2001:db8:1::1", "10.20.1.1", "8.8.8.8"].compactMap
        { IPAddress($0) }
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix(seed: UInt64(seed))
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                damaged[Int.random(in: 0..<damaged.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            let dir = TemporaryDirectory()
            let url = dir.write("damaged.mmdb", bytes: damaged)
            var outcomes = 0
            do {
                let db = try MaxMindDatabase(path: url.path)
                for address in probes {
                    do { _ = try db.lookup(address) } catch { #expect("\(error)".hasPrefix(url.path)) }
                    outcomes += 1
                }
                do { _ = try db.networkCount() } catch { #expect("\(error)".hasPrefix(url.path)) }
            } catch {
                #expect("\(error)".hasPrefix(url.path))
                outcomes = probes.count
            }
            #expect(outcomes == probes.count)
        }
    }

    @Test func ipv6InAnIPv4DatabaseIsATypedError() throws {
        var writer = MMDBWriter(databaseType: "v4", ipVersion: 4)
        try writer.add(IPNetwork("192.0.2.0/24")!, value: .map(["country": .map(["iso_code": .string("NO")])]))
        let dir = TemporaryDirectory()
        let url = dir.url.appendingPathComponent("v4.mmdb")
        try writer.write(to: url)
        let db = try MaxMindDatabase(path: url.path)
        #expect(try db.countryCode(IPAddress("192.0.2.1")!) == "NO")
        #expect(throws: GeolocationError.ipv6InIPv4Database(path: url.path, address: "2001:db8::1")) {
            try db.lookup(IPAddress("2001:db8::1")!)
        }
        #expect(throws: MMDBWriterError.self) { try writer.add(IPNetwork("2001:db8::/32")!, value: .boolean(true)) }
    }

    @Test func textLookupsSeparateAddressErrorsFromDatabaseErrors() throws {
        let dir = TemporaryDirectory()
        let db = try compileFixture("nordic", into: dir)
        #expect(try db.lookup(string: "192.0.2.1")?.record.city == "Oslo")
        #expect {
            try db.lookup(string: "not-an-address")
        } throws: { error in
            guard case GeolocationError.invalidAddress("not-an-address", _) = error else { return false }
            return true
        }
    }
}
