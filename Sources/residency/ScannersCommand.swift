import ArgumentParser
import Scanning

/// `residency scanners [ID]`: which formats the scan reads, how it recognizes them and what it
/// reports, with the examples the tests run: the scanners' own descriptions, shown to users.
struct ScannersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scanners",
        abstract: "The config formats the scan reads and what it reports from each.",
        discussion: "ID is a scanner id; without one, every scanner is listed in the order the scan asks them.")

    @Argument(help: "A scanner id (see the list without an argument).") var id: String?

    func run() throws {
        let descriptions = ScannerRegistry.all.map(\.description)
        guard let id else {
            print("\("SCANNER".padding(toLength: 22, withPad: " ", startingAt: 0)) TITLE")
            for d in descriptions { print("\(d.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(d.title)") }
            return
        }
        guard let d = descriptions.first(where: { $0.id == id }) else {
            throw CommandExit.fail("unknown scanner '\(id)'; known: \(descriptions.map(\.id).joined(separator: ", "))")
        }
        print(Self.render(d), terminator: "")
    }

    static func render(_ d: ScannerDescription) -> String {
        var out = "\(d.id) — \(d.title)\n\n\(d.summary)\n"
        if !d.references.isEmpty { out += "\nReferences:\n" + d.references.map { "  - \($0)\n" }.joined() }
        if !d.examples.isEmpty {
            out += "\nExamples (each run by the tests):\n" + d.examples.map { "  - \($0.name)\n" }.joined()
        }
        return out
    }
}
