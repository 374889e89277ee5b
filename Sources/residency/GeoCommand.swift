import ArgumentParser
import Foundation
import ResidencyCore

/// `residency geo …`: the geolocation databases on their own.
struct GeoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geo",
        abstract: "Look addresses up, inspect, compile and import geolocation databases (MaxMind DB format).",
        subcommands: [GeoLookupCommand.self, GeoInfoCommand.self, GeoCompileCommand.self, GeoImportCommand.self,
                      GeoBenchCommand.self])
}

/// Exit 2 with one line on stderr naming the file: the run could not be done as asked.
struct GeoExit {
    static func fail(_ message: Any) -> ExitCode {
        FileHandle.standardError.write(Data("residency: \(ControlCharacters.line("\(message)"))\n".utf8))
        return ExitCode(2)
    }
}
