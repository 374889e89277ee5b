import Foundation

/// Golden files (`fixtures/golden/`): what a test renders must equal them byte for byte.
/// Regenerate after a deliberate change with `RESIDENCY_UPDATE_GOLDEN=1 swift test --filter X`,
/// then review `git diff fixtures/golden/` line by line before committing.
public enum Golden {
    /// Whether this run rewrites the golden files instead of only comparing.
    public static var updating: Bool { ProcessInfo.processInfo.environment["RESIDENCY_UPDATE_GOLDEN"] == "1" }

    /// The golden text at `url`, after writing `rendered` there when `updating`.
    public static func text(at url: URL, rendered: String) throws -> String {
        if updating { try rendered.write(to: url, atomically: true, encoding: .utf8) }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The first line where two texts differ, for a readable failure.
    public static func firstDifference(_ a: String, _ b: String) -> String {
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
