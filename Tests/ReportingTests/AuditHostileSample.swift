import Reporting
import ResidencyCore

/// A document whose texts try to break every format: markup, quotes, CSV delimiters, a formula,
/// Markdown table pipes, a newline and a control character, in the places a config file under
/// audit controls (host, message, evidence, remediation, suppression reason, path).
enum AuditHostileSample {
    static let script = "<script>alert(\"x\")</script>"

    static func document(failOn: FailThreshold = .severity(.high)) -> AuditDocument {
        let endpoint = AuditSample.endpoint(
            "evil|host", 5432, .postgres, .datastore,
            at: ("dir with space/ø:x.yaml", 2, 3, "env \(script)"),
            resolution: Resolution(method: .unresolved, reason: "NXDOMAIN | \(script)"))
        let active = AuditSample.finding(
            "persistence-outside-eea", .persistenceOutsideEEA, .high, "Stored \(script) & 'quoted'",
            "=HYPERLINK(\"http://x\"), a \"quote\", a comma\nand a second line \u{1} with a control character",
            at: ("dir with space/ø:x.yaml", 2, 3), endpoint: endpoint,
            evidence: [script, "a | b"], remediation: ["-cmd|' /C calc'!A0", "+SUM(1,2)", "@import"],
            references: ["x & y"])
        let suppressed = AuditSample.finding(
            "unknown-location", .unknownLocation, .medium, "Unknown", "No place for \(script)",
            at: ("a.yaml", 1, 1), host: "b.example", evidence: [], remediation: [], references: [],
            suppression: FindingSuppression(
                reason: "reason with \"quotes\" & <tags>", expires: "2027-01-01",
                source: .init(path: "residency <&>.yaml", line: 3)))
        return AuditDocument(
            scannedPath: "estate <&>", auditDate: AuditSample.auditDate, policy: ["p|1"], geodata: [],
            files: 1, endpoints: [endpoint], findings: [active, suppressed],
            chains: [AuditDocument.Chain(route: "a|b \(script)", hops: [], totalMs: 1, budgetMs: 2)],
            failOn: failOn)
    }
}

extension AuditHostileSample {
    /// An inventory whose row carries the same hostile texts (host, service name, city, operator).
    static func inventory() -> DataInventory {
        let doc = document()
        return DataInventory(
            scannedPath: "estate <&>", auditDate: AuditSample.auditDate, policy: ["p|1"],
            rows: [
                DataInventory.Row(
                    systems: ["svc | \(script)"], datastore: doc.endpoints[0].host, endpointId: doc.endpoints[0].id,
                    kind: .postgres, role: .datastore, countries: ["US"], cities: ["Ash|burn \(script)"],
                    operators: ["=cmd\n\u{1B}[2J"], jurisdictions: ["US"],
                    transferMechanism: "SCCs with a transfer impact assessment", locatedBy: "dns",
                    evidence: ["a.yaml:1"])
            ])
    }
}
