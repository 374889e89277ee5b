/// A large audit's results (one per finding) are most of a SARIF log: encoded on all cores and
/// streamed to the output like the JSON report's arrays. The key stands three levels deep:
/// `{ "runs" : [ { "results" : [` .
extension SARIFLog: SplicedJSONDocument {
    public func withoutLargeArrays() -> SARIFLog {
        var copy = self
        for i in copy.runs.indices { copy.runs[i].results = [] }
        return copy
    }

    /// Only a log of one run (what the renderer writes) is spliced; others encode in one pass.
    public var largeArrays: [SplicedJSONArray] {
        guard runs.count == 1 else { return [] }
        return [SplicedJSONArray(key: "results", depth: 3, elements: runs[0].results)]
    }
}
