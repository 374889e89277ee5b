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

    /// A find written without a position (`.at(host, port, kind)`) takes the next `‸` marker of
    /// its file: markers stand just before each host in the example text, in the order the finds
    /// are listed, and are removed before the example is scanned.
    public init(
        _ name: String, files: [(path: String, content: String)], finds: [ExpectedReference] = [],
        unresolved: [String] = [], diagnostics: Int = 0
    ) {
        self.name = name
        var marks: [String: [(line: Int, column: Int)]] = [:]
        self.files = files.map { f in
            let (text, found) = ExampleMarkers.strip(f.content)
            marks[f.path] = found
            return (f.path, text)
        }
        let main = files.first?.path ?? ""
        var next: [String: Int] = [:]
        self.finds = finds.map { find in
            guard find.line == 0 else { return find }
            let path = find.path ?? main
            let i = next[path, default: 0]
            next[path] = i + 1
            guard let mark = marks[path], i < mark.count else {
                // More positionless finds than markers: a position no scan can report, so the
                // example's test fails and names it.
                return ExpectedReference(find.host, find.port, find.kind, line: -1, column: -1, path: find.path)
            }
            return ExpectedReference(find.host, find.port, find.kind, line: mark[i].line, column: mark[i].column,
                                     path: find.path)
        }
        self.unresolved = unresolved
        self.diagnostics = diagnostics
    }
}

/// `‸` (U+2038) in an example's text marks where a host is written; lines and columns count as
/// `SourceLocation`'s do (1-based, Unicode scalars, lines end at `\n`).
enum ExampleMarkers {
    static let marker: Unicode.Scalar = "\u{2038}"

    static func strip(_ text: String) -> (text: String, marks: [(line: Int, column: Int)]) {
        guard text.unicodeScalars.contains(marker) else { return (text, []) }
        var out = String.UnicodeScalarView()
        var marks: [(line: Int, column: Int)] = []
        var line = 1, column = 1
        for u in text.unicodeScalars {
            if u == marker {
                marks.append((line, column))
                continue
            }
            out.append(u)
            if u == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (String(out), marks)
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

    /// A find placed by the next `‸` marker of its file (see `ScannerExample`).
    public static func at(_ host: String, _ port: Int?, _ kind: EndpointKind, path: String? = nil) -> ExpectedReference {
        ExpectedReference(host, port, kind, line: 0, column: 0, path: path)
    }

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
