import ResidencyCore

/// One scanner per format. The engine decides who reads a file: the scanners that accept its
/// path are asked in registry order, each first with a cheap look at the content (`recognizes`)
/// where the path alone is ambiguous (`*.yaml`, `*.json`, `*.conf`, `*.properties`), and the
/// first whose `scan` takes the file reads it; a file nobody takes goes to the text fallback.
/// `scan` runs once per file, in parallel; `link` then sees all of this scanner's per-file
/// results together, for what spans files (a Deployment's `configMapKeyRef` to a ConfigMap
/// elsewhere, nginx `include`).
public protocol FormatScanner: Sendable {
    associatedtype Partial: Sendable = ScanOutput

    var description: ScannerDescription { get }
    /// Whether this scanner may read the file at this relative path.
    func accepts(path: String) -> Bool
    /// Whether the content is this format, judged cheaply (markers near the top, top-level keys)
    /// before anything is parsed. Scanners whose paths are unambiguous keep the default.
    func recognizes(_ file: SourceFile) -> Bool
    /// What the file says; nil when parsing shows the file is not this format after all, so the
    /// engine offers it to the next scanner and finally to the text fallback.
    func scan(_ file: SourceFile, context: ScanContext) -> Partial?
    /// Whether the text fallback should read the file too: a file this scanner took but could
    /// not parse (a broken manifest is a config error, and its lines still name hosts).
    func alsoReadAsText(_ partial: Partial) -> Bool
    func link(_ partials: [Partial], context: ScanContext) -> ScanOutput
}

extension FormatScanner {
    public func recognizes(_ file: SourceFile) -> Bool { true }
    public func alsoReadAsText(_ partial: Partial) -> Bool { false }
}

extension FormatScanner where Partial == ScanOutput {
    public func link(_ partials: [ScanOutput], context: ScanContext) -> ScanOutput { .merged(partials) }
}
