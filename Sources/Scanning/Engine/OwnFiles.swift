import Foundation

/// Files `residency` reads or writes itself: the estate file, baselines and reports. Auditing
/// them would turn a baseline's or a report's hosts into findings, and each new baseline would
/// record more than the last, so they are never audit input, wherever they lie in the tree.
/// A file is one of ours when the run names it (`--config`, `--baseline`, `--output`), when it
/// has a default name, or when its content says so.
public enum OwnFiles {
    /// Names residency's documentation gives its files: never audit input at any depth.
    public static let defaultNames: Set<String> = [".residency-baseline.json", "residency.sarif", IgnoreFile.fileName]

    /// Extensions of the JSON files residency writes (reports, baselines): a candidate by its
    /// head is parsed whole.
    static let jsonExtensions: Set<String> = ["json", "sarif"]
    /// Extensions of its other reports (text, Markdown, HTML, CSV, JUnit): known by their head alone.
    static let reportExtensions: Set<String> = ["txt", "log", "md", "markdown", "html", "htm", "csv", "xml"]

    /// How much of a file is read to decide whether it may be ours.
    static let headSize = 4096

    /// Whether the file at `path` is a report, endpoint listing or baseline residency wrote, by
    /// content. JSON (report, endpoints, SARIF, baseline): a cheap look at its head picks
    /// candidates (our JSON is written with sorted keys, so its first key is known) and a
    /// candidate is parsed whole and must name `residency` as its tool. The other formats open
    /// with a line only residency writes.
    public static func isResidencyOutput(path: String) -> Bool {
        let ext = pathExtension(path).lowercased()
        let isJSON = jsonExtensions.contains(ext)
        guard isJSON || reportExtensions.contains(ext), let handle = FileHandle(forReadingAtPath: path) else {
            return false
        }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: headSize) else { return false }
        guard isJSON else { return isReportHead(head, extension: ext) }
        guard isCandidate(head) else { return false }
        // At the end of the file Foundation answers nil, not empty data.
        let rest = (try? handle.readToEnd()) ?? Data()
        return isResidencyDocument(head + rest)
    }

    /// What `NSString.pathExtension` answers (after the last dot of the last component; none for
    /// a name that starts with its only dot), without a bridge to NSString for each of the
    /// tens of thousands of files discovery looks at.
    static func pathExtension(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        let name = PathName.fileName(String(trimmed))
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// The opening of a text, Markdown, HTML, CSV or JUnit report, or of an `endpoints` listing.
    /// Text, Markdown and CSV are known by their first line alone (most files of those kinds are
    /// someone else's: looked at briefly); HTML and XML by their head.
    static func isReportHead(_ head: Data, extension ext: String) -> Bool {
        let firstLineBytes = head.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        let firstLine = String(decoding: firstLineBytes, as: UTF8.self)
        switch ext {
        case "txt", "log":
            return firstLine.hasPrefix("residency ")
                && (firstLine.contains(" — data-residency audit of ") || firstLine.contains(" — endpoints in "))
        case "csv":
            return firstLine.hasPrefix("severity,category,ruleId,path,line,column,host,endpointId,")
        case "md", "markdown":
            return firstLine.hasPrefix("# Data-residency audit of ") && namesTool(String(decoding: head, as: UTF8.self))
        default:  // html, htm, xml
            let text = String(decoding: head, as: UTF8.self)
            if text.contains("<testsuites name=\"residency audit ") { return true }
            return text.contains("<title>Data-residency audit of ") && namesTool(text)
        }
    }

    /// `residency 0.1.0`: the tool and its version, as every human-readable report prints them.
    private static func namesTool(_ text: String) -> Bool {
        text.range(of: #"residency \d"#, options: .regularExpression) != nil
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
            return runs.contains {
                (($0["tool"] as? [String: Any])?["driver"] as? [String: Any])?["name"] as? String == "residency"
            }
        }
        return false
    }
}
