import ArgumentParser
import Foundation
import Geolocation
import ResidencyCore

/// `residency geo bench DB ADDRESSES`: times country lookups through the Swift layer, for
/// scripts/bench-geo (which runs the same lookups through a minimal C program).
struct GeoBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Time country lookups (used by scripts/bench-geo).", shouldDisplay: false)

    @Argument var database: String
    @Argument(help: "A file of addresses, one per line.") var addressFile: String
    @Option var lookups: Int = 1_000_000

    func run() throws {
        let db: MaxMindDatabase
        do { db = try MaxMindDatabase(path: database) } catch { throw CommandExit.fail(error) }
        guard let text = try? String(contentsOfFile: addressFile, encoding: .utf8) else {
            throw CommandExit.fail("\(addressFile): cannot read")
        }
        let addresses = text.split(whereSeparator: \.isNewline).compactMap { IPAddress($0) }
        guard !addresses.isEmpty else { throw CommandExit.fail("\(addressFile): no addresses") }
        var found = 0
        var checksum = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for i in 0..<lookups {
            if let code = try db.countryCode(addresses[i % addresses.count]) {
                found += 1
                checksum &+= code.utf8.reduce(0) { $0 &+ Int($1) }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(
            "swift lookups=\(lookups) found=\(found) checksum=\(checksum) seconds=\(seconds) per_second=\(Int(Double(lookups) / seconds))"
        )
    }
}
