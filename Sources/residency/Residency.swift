import ArgumentParser
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
        subcommands: [EndpointsCommand.self, ResolveCommand.self, GeoCommand.self])
}
