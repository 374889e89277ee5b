/// How a scan walks the tree.
public struct ScanOptions: Sendable {
    /// Files larger than this are not read; each becomes a config-error diagnostic.
    public static let defaultMaxFileSize = 5 * 1024 * 1024
    /// Directory names never entered: VCS data, build output, vendored dependencies.
    /// `.terraform` and `.terragrunt-cache` are Terraform's download caches (third-party modules
    /// and provider binaries), vendored code like `node_modules`.
    public static let skippedDirectories: Set<String> = [
        ".git", ".hg", ".svn", "node_modules", "vendor", ".terraform",
        ".terragrunt-cache",
    ]

    public var excludes: [String]
    public var maxFileSize: Int
    /// Files this run of residency reads or writes (estate file, baseline, report), as given on
    /// the command line: never audit input (see `OwnFiles`).
    public var ownFiles: [String]
    /// When set, only these paths (relative to the root) are scanned: `audit FILE` audits one file.
    public var onlyFiles: [String]?

    public init(
        excludes: [String] = [], maxFileSize: Int = ScanOptions.defaultMaxFileSize, ownFiles: [String] = [],
        onlyFiles: [String]? = nil
    ) {
        self.excludes = excludes
        self.maxFileSize = maxFileSize
        self.ownFiles = ownFiles
        self.onlyFiles = onlyFiles
    }
}
