import ResidencyCore

/// `residency endpoints --format json`: the scan stage's output, in the CONTRACT.md endpoint
/// shape (without `resolution`), plus unresolved placeholders and diagnostics.
public struct EndpointsDocument: Codable, Sendable, Equatable {
    public struct Tool: Codable, Sendable, Equatable {
        public var name: String
        public var version: String
    }

    public struct Summary: Codable, Sendable, Equatable {
        public var files: Int
        public var endpoints: Int
        public var unresolved: Int
        public var diagnostics: Int
        public var skippedBinary: Int
    }

    public struct Source: Codable, Sendable, Equatable {
        public var path: String
        public var line: Int
        public var column: Int
        public var context: String
    }

    public struct EndpointRecord: Codable, Sendable, Equatable {
        public var id: String
        public var host: String
        public var port: Int?
        public var scheme: String
        public var kind: EndpointKind
        public var role: EndpointRole
        public var sources: [Source]
    }

    public struct Unresolved: Codable, Sendable, Equatable {
        public var variable: String
        public var kind: EndpointKind?
        public var path: String
        public var line: Int
        public var column: Int
        public var context: String
    }

    public struct DiagnosticRecord: Codable, Sendable, Equatable {
        public var category: String
        public var path: String
        public var line: Int?
        public var column: Int?
        public var message: String
    }

    public var schemaVersion: Int
    public var tool: Tool
    public var scannedPath: String
    public var summary: Summary
    public var endpoints: [EndpointRecord]
    public var unresolved: [Unresolved]
    public var diagnostics: [DiagnosticRecord]

    public init(
        scannedPath: String, files: Int, endpoints: [Endpoint], unresolved: [UnresolvedReference],
        diagnostics: [Diagnostic], skippedBinary: Int
    ) {
        schemaVersion = 1
        tool = Tool(name: ToolInfo.name, version: ToolInfo.version)
        self.scannedPath = scannedPath
        summary = Summary(
            files: files, endpoints: endpoints.count, unresolved: unresolved.count,
            diagnostics: diagnostics.count, skippedBinary: skippedBinary)
        self.endpoints = endpoints.map { e in
            EndpointRecord(
                id: e.id, host: e.host, port: e.port, scheme: e.scheme, kind: e.kind, role: e.role,
                sources: e.sources.map { Source(path: $0.path, line: $0.line, column: $0.column, context: $0.context) })
        }
        self.unresolved = unresolved.map { u in
            Unresolved(
                variable: u.variable, kind: u.kind, path: u.location.path, line: u.location.line,
                column: u.location.column, context: u.location.context)
        }
        self.diagnostics = diagnostics.map { d in
            DiagnosticRecord(category: "config-error", path: d.path, line: d.line, column: d.column, message: d.message)
        }
    }
}

extension EndpointsDocument: SplicedJSONDocument {
    public func withoutLargeArrays() -> EndpointsDocument {
        var copy = self
        copy.endpoints = []
        copy.unresolved = []
        return copy
    }

    public var largeArrays: [SplicedJSONArray] {
        [
            SplicedJSONArray(key: "endpoints", elements: endpoints),
            SplicedJSONArray(key: "unresolved", elements: unresolved),
        ]
    }
}
