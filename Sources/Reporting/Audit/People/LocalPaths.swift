import Foundation
import ResidencyCore

/// The people's reports name the geodata by what it is (`tor-geoipdb country data`), never by
/// where it lies on the auditor's machine: a report is mailed, printed and archived, and a cache
/// path like `/root/.cache/residency/tor-geoip-country.mmdb` only leaks a user name. Findings that
/// quote a database's path (`stale-geodata`) get the same name in their texts; fingerprints, and
/// the JSON and SARIF reports that tools read, keep the path.
enum LocalPaths {
    static func hidden(in doc: AuditDocument) -> AuditDocument {
        let names = doc.geodata.filter { $0.path.hasPrefix("/") }.map { ($0.path, AuditFacts.geodataName($0)) }
            .sorted { $0.0.count > $1.0.count }  // a longer path first, should one contain another
        guard !names.isEmpty else { return doc }
        // Most strings hold none of the paths: look for each path's bytes before replacing, and
        // judge the findings on all cores (a report of 70,000 findings spent seconds here).
        @Sendable func clean(_ s: String) -> String {
            guard names.contains(where: { s.hasInfix($0.0) }) else { return s }
            return names.reduce(s) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        }
        var copy = doc
        copy.findings = doc.findings.concurrentMap { f in
            var f = f
            f.message = clean(f.message)
            f.evidence = f.evidence.map(clean)
            f.remediation = f.remediation.map(clean)
            return f
        }
        return copy
    }
}
