import Foundation
import TestSupport
import Testing

/// `RESIDENCY_PHASES=1` writes each stage's time to standard error, in pipeline order, and
/// changes nothing else: the report and the exit code are those of a run without it.
@Suite struct PhaseTraceCommandTests {
    @Test func phasesGoToStderrAndTheReportIsUnchanged() throws {
        let tmp = TemporaryDirectory(prefix: "residency-phases")
        let estate = PackagePaths.fixtures.appendingPathComponent("nordic-shop").path
        let args = ["audit", estate, "--format", "json", "--offline", "--date", "2026-11-23"]
        let plain = try ResidencyBinary.run(args, in: tmp.url)
        let traced = try ResidencyBinary.run(args, in: tmp.url, environment: ["RESIDENCY_PHASES": "1"])
        #expect(traced.status == plain.status)
        #expect(traced.stdout == plain.stdout)
        #expect(!plain.stderr.contains("residency: phase"))
        let phases = traced.stderr.split(separator: "\n").filter { $0.hasPrefix("residency: phase ") }.map {
            String($0.dropFirst("residency: phase ".count).prefix { $0 != ":" })
        }
        #expect(
            phases == [
                "load (estate, policy, catalogue, geodata)", "scan", "resolve", "join", "evaluate", "document",
                "render json",
            ], "\(traced.stderr)")
    }
}
