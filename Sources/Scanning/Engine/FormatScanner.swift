import ResidencyCore

/// One scanner per format. `scan` runs once per accepted file, in parallel; `link` then sees all
/// of this scanner's per-file results together, for what spans files (a Deployment's
/// `configMapKeyRef` to a ConfigMap elsewhere, nginx `include`).
public protocol FormatScanner: Sendable {
    associatedtype Partial: Sendable = ScanOutput

    var description: ScannerDescription { get }
    /// Whether this scanner reads the file at this relative path.
    func accepts(path: String) -> Bool
    func scan(_ file: SourceFile, context: ScanContext) -> Partial
    func link(_ partials: [Partial], context: ScanContext) -> ScanOutput
}

extension FormatScanner where Partial == ScanOutput {
    public func link(_ partials: [ScanOutput], context: ScanContext) -> ScanOutput { .merged(partials) }
}
