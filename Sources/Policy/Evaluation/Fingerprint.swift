import ResidencyCore

/// The `fingerprint` of a finding: SHA-256 over what identifies it for a ticketing system and a
/// baseline. Line and column are left out on purpose, so moving a line keeps the ticket; the
/// rule, the file, the host, the kind and the subject (a route, an upstream) are in, so changing
/// any of them is a new finding (CONTRACT.md).
public enum Fingerprint {
    public static func of(_ finding: Finding) -> String {
        // Unit separators keep ("a", "bc") and ("ab", "c") apart. The bytes are gathered into one
        // array part by part: no array of the parts, no joined string, no digest array.
        var message: [UInt8] = []
        message.reserveCapacity(160)
        message.append(contentsOf: "v1".utf8)
        func add(_ part: String?) {
            message.append(0x1F)
            if let part { message.append(contentsOf: part.utf8) }
        }
        add(finding.ruleId)
        add(finding.location?.path)
        add(finding.host)
        add(finding.kind?.rawValue)
        add(finding.subject)
        return message.withUnsafeBufferPointer { SHA256Digest.hexDigest($0) }
    }

    /// The fingerprints a finding about a joined endpoint had under each of the endpoint's former
    /// names: the host, kind and file that were the finding's are swapped for the alias's.
    /// Fields that were not the endpoint's (a chain finding's gateway host) stay as they are.
    public static func former(_ finding: Finding, endpoint e: AuditedEndpoint) -> [String] {
        var out: [String] = []
        for alias in e.aliases {
            var f = finding
            if f.host == e.endpoint.host { f.host = alias.host }
            if f.kind == e.endpoint.kind { f.kind = alias.kind }
            if let path = alias.path, f.location?.path == e.endpoint.primarySource?.path { f.location?.path = path }
            let fp = of(f)
            if fp != finding.fingerprint, !out.contains(fp) { out.append(fp) }
        }
        return out
    }
}
