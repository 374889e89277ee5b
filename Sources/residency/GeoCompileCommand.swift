import ArgumentParser
import Foundation
import Geolocation

/// `residency geo compile FILE.yaml -o OUT.mmdb`
struct GeoCompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Write a MaxMind DB from a YAML list of networks (private ranges, test fixtures).")

    @Argument(help: "The YAML source (version: 1, networks: …).") var source: String
    @Option(name: .shortAndLong, help: ArgumentHelp("The MMDB file to write.", valueName: "file")) var output: String

    func run() throws {
        do {
            let file = try GeoSourceFile.load(path: source)
            let writer: MMDBWriter
            do { writer = try file.writer() } catch {
                if case .invalidSource(_, let line, let message) = error {
                    throw GeolocationError.invalidSource(path: source, line: line, message: message)
                }
                throw error
            }
            try writer.write(to: URL(fileURLWithPath: output))
            print("\(output): \(file.networks.count) networks")
        } catch {
            throw CommandExit.fail(error)
        }
    }
}
