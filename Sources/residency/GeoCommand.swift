import ArgumentParser
import Foundation
import ResidencyCore

/// `residency geo …`: the geolocation databases on their own.
struct GeoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geo",
        abstract: "Look addresses up, inspect, compile and import geolocation databases (MaxMind DB format).",
        subcommands: [
            GeoLookupCommand.self, GeoInfoCommand.self, GeoCompileCommand.self, GeoImportCommand.self,
            GeoBenchCommand.self,
        ])
}
