/// Where the scanned path lies in a git work tree. SARIF viewers (GitHub code scanning above all)
/// open a result's file relative to the repository root, so a path relative to an audited
/// subfolder would link to the wrong file; with this, SARIF writes `subfolder/file`.
public struct RepositoryLocation: Sendable, Equatable {
    /// The repository root as an absolute `file:` URI ending in `/`.
    public var rootURI: String
    /// The scanned path relative to the root, `/`-separated; empty when it is the root.
    public var pathInRepository: String

    /// `rootPath` is absolute; `pathInRepository` is relative to it ("" for the root itself).
    public init(rootPath: String, pathInRepository: String) {
        var root = rootPath
        if !root.hasSuffix("/") { root += "/" }
        rootURI = "file://" + URIPath.encode(root)
        self.pathInRepository = pathInRepository.split(separator: "/").joined(separator: "/")
    }

    /// A path relative to the scanned path, made relative to the repository root.
    public func repositoryPath(_ path: String) -> String {
        pathInRepository.isEmpty ? path : pathInRepository + "/" + path
    }
}

/// What a report may say beyond the document: facts about where the audit ran that only some
/// formats use, kept out of `AuditDocument` so the JSON report does not depend on the machine.
public struct AuditRenderContext: Sendable, Equatable {
    /// Set when the scanned path is inside a git work tree (SARIF paths then start at its root).
    public var repository: RepositoryLocation?
    /// Every rule the audit ran (the rule registry), for the formats that describe rules (SARIF).
    public var rules: [ReportedRule]
    /// `residency inventory`'s rows for the same run: the text, Markdown and HTML reports open
    /// with them (the JSON report's contract has no inventory; `residency inventory --format json`
    /// is its machine form). Without it those reports say the inventory was not built.
    public var inventory: DataInventory?

    public init(repository: RepositoryLocation? = nil, rules: [ReportedRule] = [], inventory: DataInventory? = nil) {
        self.repository = repository
        self.rules = rules
        self.inventory = inventory
    }
}
