import Foundation
import ResidencyCore

/// One hostname pattern of a provider: a managed datastore, queue, object store or telemetry
/// intake, with the region its name carries (or a fixed country when it carries none).
public struct CatalogueService: Sendable {
    public let providerID: String
    public let service: String
    public let kind: EndpointKind
    public let role: EndpointRole
    /// The pattern as written in the catalogue (`{region}` not yet expanded).
    public let pattern: String
    public let regionTable: String?
    public let country: String?
    /// Real-shaped names that must match, each with the region it must yield (nil: none).
    public let examples: [(host: String, region: String?)]
    /// Look-alikes that must not match.
    public let nearMisses: [String]
    let regex: CompiledPattern

    /// The region written in `host`, or nil when the pattern does not match the whole name.
    func match(_ host: String) -> (matched: Bool, region: String?) {
        regex.match(host)
    }
}

/// A compiled catalogue pattern. `{region}` expands to the alternation of the table's codes, so a
/// name with an invented region does not match; each occurrence gets its own capture group.
final class CompiledPattern: @unchecked Sendable {
    private let regex: NSRegularExpression
    private let regionGroups: [String]
    /// The literal endings every match has, for the catalogue's index; nil when the pattern is
    /// beyond what `PatternSuffixes` reads (it is then tried on every host).
    let endings: Set<PatternSuffixes.Ending>?
    /// Literal text each top-level alternative must contain (nil: no cheap gate), checked before
    /// the regular expression runs: most names fail every gate, and the regex is the cost.
    private let gates: [[UInt8]]?

    init(pattern: String, regionCodes: [String]?) throws {
        var source = pattern
        var groups: [String] = []
        if let codes = regionCodes {
            let alternation = codes.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
                .map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
            while let range = source.range(of: "{region}") {
                let name = "region\(groups.count)"
                groups.append(name)
                source.replaceSubrange(range, with: "(?<\(name)>\(alternation))")
            }
        }
        regex = try NSRegularExpression(pattern: "^(?:\(source))$", options: [])
        regionGroups = groups
        gates = Self.requiredLiterals(pattern)?.map { Array($0.utf8) }
        endings = PatternSuffixes.endings(of: pattern, regionCodes: regionCodes)
    }

    /// For each top-level alternative, its longest mandatory literal run outside groups (`\.`
    /// read as `.`; a character followed by a quantifier is not mandatory). Nil when any
    /// alternative has no run of at least 4 characters.
    static func requiredLiterals(_ pattern: String) -> [String]? {
        var gates: [String] = []
        var best = ""
        var run = ""
        var depth = 0
        var inClass = false
        var chars = Array(pattern)[...]
        func endRun() {
            if run.count > best.count { best = run }
            run = ""
        }
        func endAlternative() -> Bool {
            endRun()
            guard best.count >= 4 else { return false }
            gates.append(best)
            best = ""
            return true
        }
        while let c = chars.popFirst() {
            if inClass {
                if c == "]" { inClass = false }
                continue
            }
            switch c {
            case "\\":
                guard let n = chars.popFirst() else { return nil }
                if depth == 0 && n == "." { run.append(".") } else { endRun() }
            case "[":
                inClass = true
                endRun()
            case "(":
                depth += 1
                endRun()
            case ")":
                depth -= 1
                endRun()
            case "?", "*", "+", "{":
                if !run.isEmpty { run.removeLast() }
                endRun()
                if c == "{" { while let x = chars.popFirst(), x != "}" {} }
            case "|":
                if depth == 0 { guard endAlternative() else { return nil } } else { endRun() }
            case ".", "^", "$": endRun()
            default:
                if depth == 0 { run.append(c) } else { endRun() }
            }
        }
        return endAlternative() ? gates : nil
    }

    func match(_ host: String) -> (matched: Bool, region: String?) {
        // On bytes: Foundation's `contains` bridges through NSString, and this gate runs for every
        // host against every pattern (a third of an audit of 37,000 distinct hosts).
        if let gates {
            let passes =
                host.utf8.withContiguousStorageIfAvailable { h in gates.contains { Self.occurs($0, in: h) } }
                ?? gates.contains { Self.occurs($0, in: Array(host.utf8)[...]) }
            if !passes { return (false, nil) }
        }
        let ns = host as NSString
        guard let m = regex.firstMatch(in: host, options: [], range: NSRange(location: 0, length: ns.length)) else {
            return (false, nil)
        }
        for name in regionGroups {
            let r = m.range(withName: name)
            if r.location != NSNotFound { return (true, ns.substring(with: r)) }
        }
        return (true, nil)
    }

    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func occurs<C: RandomAccessCollection>(_ needle: [UInt8], in haystack: C) -> Bool
    where C.Element == UInt8, C.Index == Int {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
