import ResidencyCore

/// The `fingerprint` of a finding: SHA-256 over what identifies it for a ticketing system and a
/// baseline. Line and column are left out on purpose, so moving a line keeps the ticket; the
/// rule, the file, the host, the kind and the subject (a route, an upstream) are in, so changing
/// any of them is a new finding (CONTRACT.md).
public enum Fingerprint {
    public static func of(_ finding: Finding) -> String {
        // Unit separators keep ("a", "bc") and ("ab", "c") apart. The bytes are gathered into one
        // array: joining the parts made a string and then copied it into the array.
        var message: [UInt8] = []
        message.reserveCapacity(160)
        for part in [
            "v1", finding.ruleId, finding.location?.path ?? "", finding.host ?? "", finding.kind?.rawValue ?? "",
            finding.subject ?? "",
        ] {
            if !message.isEmpty { message.append(0x1F) }
            message.append(contentsOf: part.utf8)
        }
        return hex(SHA256Digest.hash(message))
    }

    /// Lower-case hex, two digits a byte, written into one string (a string per byte was a
    /// noticeable share of judging 70,000 findings).
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 2 * bytes.count) { out in
            for (i, byte) in bytes.enumerated() {
                out[2 * i] = digits[Int(byte >> 4)]
                out[2 * i + 1] = digits[Int(byte & 0x0F)]
            }
            return 2 * bytes.count
        }
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
