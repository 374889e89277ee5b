import ArgumentParser
import Foundation
import ResidencyCore

/// The command line: one file per command, options shared through option groups.
@main
struct Residency: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "residency",
        abstract: "Audit where an estate's data lives: EEA residency, US jurisdiction, Norway latency.",
        discussion: """
            residency walks a repository of service configs and manifests (nginx, Kubernetes, \
            docker-compose, Dockerfiles, .env, Spring and Java properties, Terraform, RabbitMQ, Kafka, \
            and connection strings anywhere), finds every datastore, queue, object store, upstream and \
            telemetry endpoint, and reports each with the exact places it is written.
            """,
        version: ToolInfo.version,
        subcommands: [
            AuditCommand.self, EndpointsCommand.self, ResolveCommand.self, GeoCommand.self, ExplainCommand.self,
            ScannersCommand.self, BaselineCommand.self,
            InitCommand.self, InventoryCommand.self,
        ])

    /// CONTRACT.md: a run that cannot be done as asked (bad flag, bad value) exits 2 with one
    /// line on stderr, not ArgumentParser's 64 with the whole usage.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                let message = oneLine(self.message(for: error))
                FileHandle.standardError.write(Data("residency: \(message) (see 'residency --help')\n".utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// ArgumentParser's message in one line: a list it puts on lines of their own (the valid
    /// values of `--format`) is kept, comma-separated, so the user sees what to write instead.
    static func oneLine(_ message: String) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        guard var text = lines.first else { return "invalid arguments" }
        let items = lines.dropFirst().prefix { $0.hasPrefix("- ") }.map { $0.dropFirst(2) }
        if text.hasSuffix(":"), !items.isEmpty { text += " " + items.joined(separator: ", ") }
        return text
    }
}
