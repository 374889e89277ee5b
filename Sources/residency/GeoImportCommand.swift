import ArgumentParser
import Foundation
import Geolocation

/// `residency geo import [FILE...] -o OUT.mmdb`: a country database from tor-geoipdb range files.
struct GeoImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Write a country MMDB from start,end,CC range files (Debian tor-geoipdb: /usr/share/tor/geoip, geoip6).")

    @Argument(help: "Range files; default: /usr/share/tor/geoip and /usr/share/tor/geoip6.") var files: [String] = []
    @Option(name: .shortAndLong, help: ArgumentHelp("The MMDB file to write.", valueName: "file")) var output: String

    func run() throws {
        let paths = files.isEmpty ? GeodataLocator.torFiles : files
        do {
            var newest = Date(timeIntervalSince1970: 0)
            for path in paths {
                if let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date {
                    newest = max(newest, date)
                }
            }
            let writer = try TorGeoIPImport.writer(paths: paths, buildDate: newest)
            try writer.write(to: URL(fileURLWithPath: output))
            print("\(output): \(writer.networkCount) networks from \(paths.joined(separator: ", "))")
        } catch let error as GeolocationError {
            throw CommandExit.fail(error)
        } catch let error as MMDBWriterError {
            throw CommandExit.fail(error)
        }
    }
}
