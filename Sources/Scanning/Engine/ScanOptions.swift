/// How a scan walks the tree.
public struct ScanOptions: Sendable {
    /// Files larger than this are not read; each becomes a config-error diagnostic.
    public static let defaultMaxFileSize = 5 * 1024 * 1024
    /// Directory names never entered: VCS data, build output, vendored dependencies.
    /// `.terraform` and `.terragrunt-cache` are Terraform's download caches (third-party modules
    /// and provider binaries), vendored code like `node_modules`.
    public static let skippedDirectories: Set<String> = [".git", ".hg", ".svn", "node_modules", "vendor", ".terraform",
                                                         ".terragrunt-cache"]

    public var excludes: [String]
    public var maxFileSize: Int

    public init(excludes: [String] = [], maxFileSize: Int = ScanOptions.defaultMaxFileSize) {
        self.excludes = excludes
        self.maxFileSize = maxFileSize
    }
}
