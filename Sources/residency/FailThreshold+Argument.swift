import ArgumentParser
import ResidencyCore

/// `--fail-on critical|high|medium|low|info|none`: parsed by ArgumentParser, whose error for
/// another value lists these choices (one line on stderr, exit 2).
extension FailThreshold: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }

    public static var allValueStrings: [String] { Severity.allCases.map(\.rawValue) + ["none"] }

    public var defaultValueDescription: String { description }
}
