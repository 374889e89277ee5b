import Foundation
import Testing

@testable import ResidencyCore

@Suite struct ConcurrentMapTests {
    /// Sizes below, at and well above the threshold, and ones that leave a short last chunk.
    static let sizes = [0, 1, 511, 512, 513, 4_095, 10_000, 70_001]

    @Test(arguments: sizes)
    func mapKeepsOrderAndEveryElement(count: Int) {
        let input = (0..<count).map { "item-\($0)" }
        let expected = input.map { $0.uppercased() + "!" }
        #expect(input.concurrentMap { $0.uppercased() + "!" } == expected)
    }

    @Test(arguments: sizes)
    func compactMapKeepsOrderAndDropsNils(count: Int) {
        let input = Array(0..<count)
        let keep: @Sendable (Int) -> String? = { $0 % 7 == 3 || $0 % 11 == 0 ? String($0) : nil }
        #expect(input.concurrentCompactMap(keep) == input.compactMap(keep))
    }

    @Test(arguments: sizes)
    func updateChangesEveryElementInPlace(count: Int) {
        var values = (0..<count).map { "v\($0)" }
        values.concurrentUpdate { $0 += "!" }
        #expect(values == (0..<count).map { "v\($0)!" })
    }

    @Test func workIsSpreadOverThreadsAboveTheThreshold() {
        let seen = Lines()
        _ = Array(0..<20_000).concurrentMap { i -> Int in
            // Enough work per element that more than one worker takes chunks.
            var x = i
            for _ in 0..<2_000 { x = x &* 31 &+ 7 }
            seen.append("\(Unmanaged.passUnretained(Thread.current).toOpaque())")
            return x
        }
        #expect(ProcessInfo.processInfo.activeProcessorCount < 2 || Set(seen.all).count > 1)
    }
}

@Suite struct PhaseTraceTests {
    @Test func offUnlessTheEnvironmentAsks() {
        #expect(PhaseTrace.fromEnvironment([:]) == nil)
        #expect(PhaseTrace.fromEnvironment(["RESIDENCY_PHASES": "0"]) == nil)
        #expect(PhaseTrace.fromEnvironment(["RESIDENCY_PHASES": ""]) == nil)
        #expect(PhaseTrace.fromEnvironment(["RESIDENCY_PHASES": "1"]) != nil)
    }

    @Test func eachMarkIsOneLineNamingThePhaseAndItsSeconds() throws {
        let lines = Lines()
        let trace = PhaseTrace { lines.append($0) }
        trace.mark("scan")
        Thread.sleep(forTimeInterval: 0.05)
        trace.mark("render json")
        let written = lines.all
        #expect(written.count == 2)
        #expect(written[0].hasPrefix("residency: phase scan: ") && written[0].hasSuffix(" s\n"))
        #expect(written[1].hasPrefix("residency: phase render json: "))
        let seconds = try #require(
            Double(written[1].dropFirst("residency: phase render json: ".count).dropLast(3)))
        #expect(seconds >= 0.04)
    }
}

private final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ s: String) { lock.withLock { lines.append(s) } }
    var all: [String] { lock.withLock { lines } }
}

@Suite struct ArrayArrangementTests {
    @Test(arguments: [0, 1, 2, 7, 1_000])
    func arrangeMatchesTheGather(count: Int) {
        var rng = SystemRandomNumberGenerator()
        let values = (0..<count).map { "value-\($0)" }
        for _ in 0..<5 {
            let order = Array(values.indices).shuffled(using: &rng)
            var arranged = values
            arranged.arrange(inOrder: order)
            #expect(arranged == order.map { values[$0] })
        }
    }
}
