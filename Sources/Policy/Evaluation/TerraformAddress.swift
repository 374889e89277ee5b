import ResidencyCore

/// Terraform resource and module addresses (`aws_db_instance.analytics_replica`, `module.db`) as
/// the Terraform scanner writes them in a source's context (`rds.tf resource aws_db_instance.x
/// (aws us-east-1)`): what a suppression's `resource:` matches.
enum TerraformAddress {
    /// The addresses named in one source context.
    static func addresses(in context: String) -> [String] {
        var out: [String] = []
        let words = context.split(separator: " ")
        for (i, word) in words.enumerated() where i + 1 < words.count {
            let next = words[i + 1].trimmingCharacters(in: [",", ";", ":", "(", ")"])
            if word == "resource", next.utf8.contains(UInt8(ascii: ".")) { out.append(next) }
            if word == "module", !next.isEmpty { out.append("module." + next) }
        }
        return out
    }

    /// Every endpoint's addresses, by endpoint id; endpoints written in no resource are left out.
    static func byEndpoint(_ endpoints: [AuditedEndpoint]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for e in endpoints {
            let found = e.endpoint.sources.flatMap { addresses(in: $0.context) }
            if !found.isEmpty { out[e.endpoint.id] = Array(Set(found)).sorted() }
        }
        return out
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
