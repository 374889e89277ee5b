import ResidencyCore

/// One finding a rule example must give: what it is about (the finding's subject, such as a
/// route or a file, else its endpoint's host) and its severity. An example lists every finding
/// in order, so the tests check which endpoint is flagged, how severely and how many times,
/// not merely that the rule fired.
public struct ExampleFinding: Sendable, Equatable, CustomStringConvertible {
    public var about: String
    public var severity: Severity

    public init(_ about: String, _ severity: Severity) {
        self.about = about
        self.severity = severity
    }

    /// What `finding` is, in the terms of an example.
    public init(of finding: Finding) {
        self.init(finding.subject ?? finding.host ?? "", finding.severity)
    }

    public var description: String { "\(severity.rawValue): \(about)" }
}
