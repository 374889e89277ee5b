import ResidencyCore

/// One scanner's share of a scan: a slot per claimed file, in path order, filled in parallel,
/// then linked. Type-erased so the engine can hold runs of scanners with different `Partial`s.
protocol ScannerRun: AnyObject, Sendable {
    /// Whether `link` does real work across files (anything but concatenating outputs).
    var linksAcrossFiles: Bool { get }
    /// Sizes the slots before the parallel pass; must be called once, before any `scan`.
    func reserve(_ count: Int)
    /// Scans one file into its slot when the scanner recognizes and takes it (a declined file
    /// leaves the slot empty). Each slot is written by exactly one worker.
    func scan(_ file: SourceFile, slot: Int, context: ScanContext) -> ScanTake
    /// Links the filled slots (a file that was declined or could not be read leaves its slot empty).
    func link(context: ScanContext) -> ScanOutput
}

final class TypedScannerRun<S: FormatScanner>: ScannerRun, @unchecked Sendable {
    let scanner: S
    private var partials = UnsafeResults<S.Partial>(count: 0)

    init(_ scanner: S) { self.scanner = scanner }

    var linksAcrossFiles: Bool { S.Partial.self != ScanOutput.self }

    func reserve(_ count: Int) { partials = UnsafeResults(count: count) }

    func scan(_ file: SourceFile, slot: Int, context: ScanContext) -> ScanTake {
        guard scanner.recognizes(file), let partial = scanner.scan(file, context: context) else { return .declined }
        partials[slot] = partial
        return scanner.alsoReadAsText(partial) ? .takenAlsoText : .taken
    }

    /// The per-file outputs are let go once linked: held to the end of the scan, every
    /// reference of a large file was in memory once more than needed.
    func link(context: ScanContext) -> ScanOutput {
        let values = partials.values
        partials = UnsafeResults(count: 0)
        return scanner.link(values, context: context)
    }
}

/// What became of a file offered to a scanner.
enum ScanTake {
    case declined
    case taken
    /// Taken, and the text fallback reads it as well (the scanner could not parse it all).
    case takenAlsoText
}
