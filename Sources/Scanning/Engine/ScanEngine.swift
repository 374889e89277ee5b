import Dispatch
import Foundation
import ResidencyCore

/// Discovery → read → every accepting scanner (in parallel, per file) → each scanner's `link` →
/// one sorted, deduplicated `ScanResult`. Files no format scanner claims go to the text scanner,
/// which looks for connection strings in anything (source code, scripts, docs).
public struct ScanEngine: Sendable {
    public let options: ScanOptions
    public let scanners: [any FormatScanner]
    public let fallback: TextScanner

    public init(options: ScanOptions = ScanOptions(), scanners: [any FormatScanner] = ScannerRegistry.formatScanners) {
        self.options = options
        self.scanners = scanners
        self.fallback = TextScanner()
    }

    public func scan(root: URL) -> ScanResult {
        let discovery = Discovery(root: root, options: options)
        let listing = discovery.list()
        let context = ScanContext(root: discovery.root, maxFileSize: options.maxFileSize)
        return scan(paths: listing.files, context: context, discoveryDiagnostics: listing.diagnostics)
    }

    /// Scans the given relative paths under `context.root`.
    public func scan(paths: [String], context: ScanContext, discoveryDiagnostics: [Diagnostic] = []) -> ScanResult {
        // Read every file once, in parallel.
        let loaded = UnsafeResults<Result<SourceFile, ScanContext.ReadError>>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let url = context.root.appendingPathComponent(paths[i])
            loaded[i] = FileReader.read(url: url, relativePath: paths[i], maxSize: context.maxFileSize)
        }
        var files: [SourceFile] = []
        var diagnostics = discoveryDiagnostics
        var binary: [String] = []
        for i in 0..<paths.count {
            switch loaded[i]! {
            case .success(let f): files.append(f)
            case .failure(.binary(let p)): binary.append(p)
            case .failure(let e): diagnostics.append(Diagnostic(path: paths[i], message: e.description))
            }
        }

        // Assign files: every accepting format scanner, else the text fallback.
        var assigned = Array(repeating: [SourceFile](), count: scanners.count)
        var unclaimed: [SourceFile] = []
        for file in files {
            var claimed = false
            for (i, s) in scanners.enumerated() where s.accepts(path: file.path) {
                assigned[i].append(file)
                claimed = true
            }
            if !claimed { unclaimed.append(file) }
        }

        var output = ScanOutput(diagnostics: diagnostics)
        for (i, s) in scanners.enumerated() {
            output.append(Self.run(s, files: assigned[i], context: context))
        }
        output.append(Self.run(fallback, files: unclaimed, context: context))

        return ScanResult(
            files: files.count,
            endpoints: Endpoint.merge(output.references),
            unresolved: Self.mergeUnresolved(output.unresolved),
            diagnostics: Array(Set(output.diagnostics)).sorted(),
            routes: Array(Set(output.routes)).sorted(),
            upstreams: Array(Set(output.upstreams)).sorted(),
            edges: Array(Set(output.edges)).sorted(),
            skippedBinary: binary.sorted())
    }

    /// One unresolved reference per (variable, place): two scanners reading the same line (a
    /// compose env_file and the .env scanner) keep the richer context and the kind either knew.
    static func mergeUnresolved(_ refs: [UnresolvedReference]) -> [UnresolvedReference] {
        var byPlace: [String: UnresolvedReference] = [:]
        for r in refs {
            let key = "\(r.variable)\u{0}\(r.location.path)\u{0}\(r.location.line)\u{0}\(r.location.column)"
            guard var existing = byPlace[key] else { byPlace[key] = r; continue }
            if r.location.context.count > existing.location.context.count { existing.location.context = r.location.context }
            existing.kind = existing.kind ?? r.kind
            byPlace[key] = existing
        }
        return byPlace.values.sorted()
    }

    /// Opens the existential so each scanner keeps its own `Partial` type.
    static func run<S: FormatScanner>(_ scanner: S, files: [SourceFile], context: ScanContext) -> ScanOutput {
        guard !files.isEmpty else { return scanner.link([], context: context) }
        let partials = UnsafeResults<S.Partial>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            partials[i] = scanner.scan(files[i], context: context)
        }
        return scanner.link(partials.values, context: context)
    }
}
