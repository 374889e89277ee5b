import Foundation
import Reporting
import TestSupport

/// The golden report files, `fixtures/golden/audit-sample.<ext>`: `AuditSample` rendered in every
/// format, byte for byte.
///
/// Regenerate after a deliberate change: `RESIDENCY_UPDATE_GOLDEN=1 swift test --filter AuditFormatGolden`,
/// then review `git diff fixtures/golden/` line by line before committing.
enum AuditGolden {

    static func file(_ format: AuditFormat) -> URL {
        PackagePaths.fixtures.appendingPathComponent("golden/audit-sample.\(format.fileExtension)")
    }

}
