import ResidencyCore

/// What a scanner reads and what it finds there, with examples the tests run (the model is
/// SwiftLint's `RuleDescription`: triggering and non-triggering examples live with the code).
public struct ScannerDescription: Sendable {
    public let id: String
    public let title: String
    /// Which files it reads and what it reports from them.
    public let summary: String
    /// Format documentation the scanner follows.
    public let references: [String]
    public let examples: [ScannerExample]

    public init(id: String, title: String, summary: String, references: [String], examples: [ScannerExample]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.references = references
        self.examples = examples
    }
}

/// A small estate (usually one file) and exactly what scanning it must report.
public struct ScannerExample: Sendable {
    /// What the example shows, for test names and `--help`-style listings.
    public let name: String
    /// Files by relative path; the first is the one the example is about.
    public let files: [(path: String, content: String)]
    /// Every reference the scan must report, and nothing else (host, port, kind, line, column).
    public let finds: [ExpectedReference]
    /// Variables reported as unresolved placeholders.
    public let unresolved: [String]
    /// How many diagnostics (config errors) the scan reports.
    public let diagnostics: Int

    public init(
        _ name: String, path: String, _ content: String, finds: [ExpectedReference] = [],
        unresolved: [String] = [], diagnostics: Int = 0
    ) {
        self.init(name, files: [(path, content)], finds: finds, unresolved: unresolved, diagnostics: diagnostics)
    }

    public init(
        _ name: String, files: [(path: String, content: String)], finds: [ExpectedReference] = [],
        unresolved: [String] = [], diagnostics: Int = 0
    ) {
        self.name = name
        self.files = files
        self.finds = finds
        self.unresolved = unresolved
        self.diagnostics = diagnostics
    }
}

/// One reference an example must produce, at an exact place.
public struct ExpectedReference: Hashable, Sendable, CustomStringConvertible {
    public let host: String
    public let port: Int?
    public let kind: EndpointKind
    public let path: String?
    public let line: Int
    public let column: Int

    /// `path` defaults to the example's first file.
    public init(_ host: String, _ port: Int?, _ kind: EndpointKind, line: Int, column: Int, path: String? = nil) {
        self.host = host
        self.port = port
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String {
        "\(kind.rawValue)://\(host)\(port.map { ":\($0)" } ?? "") at \(path ?? "")\(line):\(column)"
    }
}
