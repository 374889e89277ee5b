import Foundation
import Reporting
import TestSupport

/// The golden report files, `fixtures/golden/audit-sample.<ext>`: `AuditSample` rendered in every
/// format, byte for byte.
///
/// Regenerate after a deliberate change: `RESIDENCY_UPDATE_GOLDEN=1 swift test --filter AuditFormatGolden`,
/// then review `git diff fixtures/golden/` line by line before committing.
enum AuditGolden {
    static var updating: Bool { ProcessInfo.processInfo.environment["RESIDENCY_UPDATE_GOLDEN"] == "1" }

    static func file(_ format: AuditFormat) -> URL {
        PackagePaths.fixtures.appendingPathComponent("golden/audit-sample.\(format.fileExtension)")
    }

    /// The first line where two texts differ, for a readable failure.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let la = a.split(separator: "\n", omittingEmptySubsequences: false)
        let lb = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(la.count, lb.count) {
            let x = i < la.count ? String(la[i]) : "<end>"
            let y = i < lb.count ? String(lb[i]) : "<end>"
            if x != y { return "line \(i + 1):\n  got:    \(x)\n  golden: \(y)" }
        }
        return "identical"
    }
}
