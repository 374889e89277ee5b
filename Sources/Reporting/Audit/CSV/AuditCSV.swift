import Foundation
import ResidencyCore

/// `residency audit --format csv`: one row per finding for spreadsheets and risk registers.
/// RFC 4180: a header row, CRLF after every record, fields escaped by `CSVField` (which also
/// defuses formulas). Remediation steps are joined with ` | ` to stay in one cell.
enum AuditCSV {
    static let columns = [
        "severity", "category", "ruleId", "path", "line", "column", "host", "endpointId", "title",
        "message", "fingerprint", "suppressed", "baselined", "remediation",
    ]

    static func render(_ doc: AuditDocument) -> String {
        // Each row depends on its finding alone: on all cores.
        @Sendable func line(_ fields: [String]) -> String {
            fields.map(CSVField.encode).joined(separator: ",") + "\r\n"
        }
        return line(columns) + doc.findings.concurrentMap { line(row($0)) }.joined()
    }

    private static func row(_ f: Finding) -> [String] {
        [
            f.severity.rawValue, f.category.rawValue, f.ruleId, f.location?.path ?? "",
            f.location.map { String($0.line) } ?? "", f.location.map { String($0.column) } ?? "",
            f.host ?? "", f.endpointId ?? "", f.title, f.message, f.fingerprint,
            String(f.suppressed), String(f.baselined), f.remediation.joined(separator: " | "),
        ]
    }
}
