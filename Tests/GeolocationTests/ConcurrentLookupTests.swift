import Foundation
import Geolocation
import ResidencyCore
import TestSupport
import Testing

/// One database serves a whole task group: concurrent lookups agree with serial ones.
@Suite struct ConcurrentLookupTests {
    @Test func taskGroupLookupsMatchSerialOnes() async throws {
        let dir = TemporaryDirectory()
        let dbs = GeoDatabases(
            location: [try compileFixture("nordic", into: dir)], asn: try compileFixture("asn", into: dir))
        let addresses = (0..<256).flatMap { i in
            ["192.0.2.\(i)", "198.51.100.\(i)", "203.0.113.\(i)", "2001:db8:\(i % 4)::\(i)"].compactMap {
                IPAddress($0)
            }
        }
        let serial = try addresses.map { try dbs.locate($0) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, GeoLocation).self) { group in
            for (index, address) in addresses.enumerated() {
                group.addTask { (index, try dbs.locate(address)) }
            }
            var results = [GeoLocation?](repeating: nil, count: addresses.count)
            for try await (index, location) in group { results[index] = location }
            return results
        }
        #expect(concurrent == serial)
        #expect(serial.filter { $0.precision == .city }.count == addresses.count)
    }
}
