import Foundation

/// Files `residency` reads or writes itself: the estate file, baselines and reports. Auditing
/// them would turn a baseline's or a report's hosts into findings, and each new baseline would
/// record more than the last, so they are never audit input, wherever they lie in the tree.
/// A file is one of ours when the run names it (`--config`, `--baseline`, `--output`), when it
/// has a default name, or when its content says so.
public enum OwnFiles {
    /// Names residency's documentation gives its files: never audit input at any depth.
    public static let defaultNames: Set<String> = [".residency-baseline.json", "residency.sarif", IgnoreFile.fileName]

    /// Extensions of the JSON files residency writes (reports, baselines); only these are read
    /// to check their content.
    static let contentCheckedExtensions: Set<String> = ["json", "sarif"]

    /// How much of a file is read to decide whether it may be ours (the full file is parsed only then).
    static let headSize = 4096

    /// Whether the file at `path` is a residency JSON report, SARIF log, endpoints listing or
    /// baseline, by content. A cheap look at its head picks candidates (our JSON is written with
    /// sorted keys, so its first key is known); a candidate is parsed whole and must name
    /// `residency` as its tool.
    public static func isResidencyOutput(path: String) -> Bool {
        guard contentCheckedExtensions.contains((path as NSString).pathExtension.lowercased()),
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: headSize), isCandidate(head) else { return false }
        // At the end of the file Foundation answers nil, not empty data.
        let rest = (try? handle.readToEnd()) ?? Data()
        return isResidencyDocument(head + rest)
    }

    /// The head of a JSON document residency writes: `{` then the first sorted key of one of
    /// its documents (or a hand-edited baseline's `schemaVersion`), or a SARIF log.
    static func isCandidate(_ head: Data) -> Bool {
        let text = String(decoding: head, as: UTF8.self)
        guard let brace = text.firstIndex(where: { !$0.isWhitespace }), text[brace] == "{" else { return false }
        let afterBrace = text[text.index(after: brace)...].drop { $0.isWhitespace }
        let firstKeys = ["\"auditDate\"", "\"createdFrom\"", "\"schemaVersion\"", "\"diagnostics\"", "\"$schema\""]
        return firstKeys.contains { afterBrace.hasPrefix($0) }
    }

    /// A parsed document whose tool (top-level `tool.name`, or a SARIF run's `tool.driver.name`)
    /// is residency.
    static func isResidencyDocument(_ data: Data) -> Bool {
        guard let top = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return false }
        if let tool = top["tool"] as? [String: Any], tool["name"] as? String == "residency" { return true }
        if let runs = top["runs"] as? [[String: Any]] {
            return runs.contains { (($0["tool"] as? [String: Any])?["driver"] as? [String: Any])?["name"] as? String == "residency" }
        }
        return false
    }
}
