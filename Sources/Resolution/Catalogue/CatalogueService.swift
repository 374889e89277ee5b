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
    }

    func match(_ host: String) -> (matched: Bool, region: String?) {
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
}
