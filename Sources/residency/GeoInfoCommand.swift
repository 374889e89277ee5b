import ArgumentParser
import Foundation
import Geolocation
import Reporting
import ResidencyCore

/// `residency geo info`: what each database in use is and how old.
struct GeoInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Type, build date, age and IP versions of each geolocation database in use.")

    @OptionGroup var databases: GeoDatabaseOptions
    @Option(help: "Output format: text or json.") var format: ListingFormat = .text

    struct Info: Encodable {
        var path: String
        var databaseType: String
        var buildDate: String
        var ageDays: Int
        var ipVersions: [Int]
        var networks: Int
        var nodeCount: Int
        var recordSize: Int
        var description: String?
    }

    func run() throws {
        let dbs = try databases.open()
        var infos: [Info] = []
        for db in dbs.all {
            let m = db.metadata
            let networks: Int
            do { networks = try db.networkCount() } catch { throw CommandExit.fail(error) }
            infos.append(
                Info(
                    path: db.path, databaseType: m.databaseType, buildDate: m.buildDay, ageDays: m.ageDays(),
                    ipVersions: m.ipVersion == 6 ? [4, 6] : [4], networks: networks,
                    nodeCount: m.nodeCount, recordSize: m.recordSize, description: m.description["en"]))
        }
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(try JSONOutput.encode(infos).utf8))
        case .text:
            // Type and description are strings from the database's metadata.
            let v = ControlCharacters.line
            let text = infos.map { i in
                """
                \(v(i.path))
                  type:        \(v(i.databaseType))
                  build date:  \(i.buildDate) (\(i.ageDays) days old)
                  IP versions: \(i.ipVersions.map { "IPv\($0)" }.joined(separator: ", "))
                  networks:    \(i.networks)
                  record size: \(i.recordSize) bits, \(i.nodeCount) nodes
                \(i.description.map { "  description: \(v($0))\n" } ?? "")
                """
            }.joined(separator: "\n")
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
