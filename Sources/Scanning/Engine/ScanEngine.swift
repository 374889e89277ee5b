import Dispatch
import Foundation
import ResidencyCore

/// Discovery → read → the first scanner that takes each file (in parallel, per file) → each
/// scanner's `link` → one sorted, deduplicated `ScanResult`. The engine alone decides who reads a
/// file: scanners accepting its path are offered it in registry order, and a file none of them
/// recognizes or takes goes to the text scanner, which looks for connection strings in anything
/// (source code, scripts, docs, YAML of programs no scanner knows).
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

    /// Scans the given relative paths under `context.root`. Which scanners may take a file depends
    /// on its path, so each file is read and scanned in one parallel pass (no barrier between
    /// formats), and each scanner links what it found once its own files are done.
    public func scan(paths: [String], context: ScanContext, discoveryDiagnostics: [Diagnostic] = []) -> ScanResult {
        // The scanners accepting each path, in registry order; the text fallback (the last run)
        // has a slot for every file, since any file may be declined by all the others.
        let runs: [any ScannerRun] = scanners.map { Self.makeRun($0) } + [Self.makeRun(fallback)]
        let fallbackRun = runs.count - 1
        let (claims, counts) = Self.claims(of: paths, scanners: scanners)
        for (run, count) in zip(runs, counts + [paths.count]) { run.reserve(count) }

        // A scanner's link starts as soon as its last file is scanned, while the other formats'
        // files are still being read, so little is left for the end. Files of the scanners that
        // link across files (nginx includes, Kubernetes references, Terraform modules) go first.
        let fileGroups = runs.map { _ in DispatchGroup() }
        for claim in claims { for c in claim { fileGroups[c.run].enter() } }
        for _ in paths { fileGroups[fallbackRun].enter() }
        let linked = UnsafeResults<ScanOutput>(count: runs.count)
        let linking = DispatchGroup()
        for r in runs.indices {
            linking.enter()
            fileGroups[r].notify(queue: .global()) {
                linked[r] = runs[r].link(context: context)
                linking.leave()
            }
        }
        let linksFirst = claims.map { claim in claim.contains { runs[$0.run].linksAcrossFiles } }
        let order = paths.indices.filter { linksFirst[$0] } + paths.indices.filter { !linksFirst[$0] }
        WideIO.readAhead(order.map { paths[$0] }, root: context.root.path)
        let loaded = UnsafeResults<ReadOutcome>(count: paths.count)
        let rootPath = context.root.path
        let prefix = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
        DispatchQueue.concurrentPerform(iterations: order.count) { k in
            let i = order[k]
            defer {
                for c in claims[i] { fileGroups[c.run].leave() }
                fileGroups[fallbackRun].leave()
            }
            switch FileReader.read(path: prefix + paths[i], relativePath: paths[i], maxSize: context.maxFileSize) {
            case .success(let file):
                var take = ScanTake.declined
                for c in claims[i] {
                    take = runs[c.run].scan(file, slot: c.slot, context: context)
                    if take != .declined { break }
                }
                if take != .taken { _ = runs[fallbackRun].scan(file, slot: i, context: context) }
                loaded[i] = .scanned
            case .failure(.binary(let p)):
                // A file named like a config that holds binary bytes is one whose endpoints the
                // audit cannot know: a config error, as for any file that cannot be read.
                let claimed = claims[i].contains { $0.run != runs.count - 1 }
                loaded[i] =
                    claimed || ConfigFileNames.looksLikeConfig(paths[i])
                    ? .failed(Diagnostic(path: paths[i], message: ConfigFileNames.binaryMessage)) : .binary(p)
            case .failure(let e): loaded[i] = .failed(Diagnostic(path: paths[i], message: e.description))
            }
        }
        var fileCount = 0
        var diagnostics = discoveryDiagnostics
        var binary: [String] = []
        for i in 0..<paths.count {
            switch loaded[i]! {
            case .scanned: fileCount += 1
            case .binary(let p): binary.append(p)
            case .failed(let d): diagnostics.append(d)
            }
        }
        linking.wait()
        var output = ScanOutput(diagnostics: diagnostics)
        // One allocation for all the references (a million in a large scan), not one per doubling.
        output.references.reserveCapacity(runs.indices.reduce(0) { $0 + linked[$1]!.references.count })
        for r in runs.indices {
            output.append(linked[r]!)
            linked[r] = nil  // one copy of each run's references, not two, while the rest is merged
        }

        return Self.result(of: output, files: fileCount, skippedBinary: binary)
    }

    /// Which format scanners accept each path (registry order), the slot each file gets in
    /// their runs (path order), and how many files each run may take. Asking every scanner about
    /// every path is itself a fifth of a second on 10,000 files: in parallel.
    private static func claims(
        of paths: [String], scanners: [any FormatScanner]
    )
        -> (claims: [[(run: Int, slot: Int)]], counts: [Int])
    {
        let claimants = UnsafeResults<[Int]>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            claimants[i] = scanners.indices.filter { scanners[$0].accepts(path: paths[i]) }
        }
        var next = Array(repeating: 0, count: scanners.count)
        let claims = (0..<paths.count).map { i in
            claimants[i]!.map { run in
                defer { next[run] += 1 }
                return (run: run, slot: next[run])
            }
        }
        return (claims, next)
    }

    /// The sorted, deduplicated result. Merging the endpoints (itself spread over the cores) and
    /// sorting the rest are independent: the rest on a thread of its own, so the merge is not a
    /// concurrentPerform nested in another (which runs on one core).
    private static func result(of whole: consuming ScanOutput, files: Int, skippedBinary: [String]) -> ScanResult {
        // The references leave the output, so they are changed in place, not copied.
        var references = whole.references
        whole.references = []
        let output = whole
        let result = UnsafeResults<ScanResult>(count: 1)
        let rest = DispatchGroup()
        DispatchQueue.global().async(group: rest) {
            result[0] = ScanResult(
                files: files,
                endpoints: [],
                unresolved: mergeUnresolved(output.unresolved),
                diagnostics: Array(Set(output.diagnostics)).sorted(),
                routes: Array(Set(output.routes)).sortedBySource(\.location),
                upstreams: Array(Set(output.upstreams)).sortedBySource(\.location),
                edges: Array(Set(output.edges)).sortedBySource(\.location),
                skippedBinary: skippedBinary.sorted())
            result[0]!.nginxImages = Array(Set(output.nginxImages)).sortedBySource(\.location)
        }
        ServiceAttribution.attribute(&references, sources: output.serviceSources)
        let endpoints = Endpoint.merge(references)
        rest.wait()
        var scanned = result[0]!
        scanned.endpoints = endpoints
        return scanned
    }

    private enum ReadOutcome {
        case scanned
        case binary(String)
        case failed(Diagnostic)
    }

    /// One unresolved reference per (variable, place): two scanners reading the same line (a
    /// compose env_file and the .env scanner) keep the richer context and the kind either knew.
    static func mergeUnresolved(_ refs: [UnresolvedReference]) -> [UnresolvedReference] {
        var byPlace: [String: UnresolvedReference] = [:]
        for r in refs {
            let key = "\(r.variable)\u{0}\(r.location.path)\u{0}\(r.location.line)\u{0}\(r.location.column)"
            guard var existing = byPlace[key] else {
                byPlace[key] = r
                continue
            }
            if r.location.context.count > existing.location.context.count {
                existing.location.context = r.location.context
            }
            existing.kind = existing.kind ?? r.kind
            byPlace[key] = existing
        }
        return Array(byPlace.values).sortedBySource(\.location)
    }

    /// Opens the existential so each scanner keeps its own `Partial` type.
    static func makeRun<S: FormatScanner>(_ scanner: S) -> any ScannerRun { TypedScannerRun(scanner) }
}
