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

    /// Which thread runs a chunk is the dispatcher's choice, and under a loaded test run (other
    /// suites hold the workers) one thread may take them all, so that is not asserted. What this
    /// code decides is the split: above the threshold the work is many chunks that each index
    /// falls in exactly once, so any free core can take one.
    @Test(arguments: [512, 513, 4_095, 20_000, 70_001])
    func workAboveTheThresholdIsSplitIntoChunksCoveringEveryIndexOnce(count: Int) {
        let plan = ChunkPlan(count: count)
        #expect(plan.count > 1)
        var covered = [Int](repeating: 0, count: count)
        for c in 0..<plan.count {
            #expect(!plan.range(c).isEmpty)
            for i in plan.range(c) { covered[i] += 1 }
        }
        #expect(covered.allSatisfy { $0 == 1 })
    }
}

@Suite struct PhaseTraceTests {
    @Test func offUnlessTheEnvironmentAsks() {
        #expect(PhaseTrace.fromEnvironment([:]) == nil)
        #expect(PhaseTrace.fromEnvironment(["RESIDENCY_PHASES": "0"]) == nil)
        #expect(PhaseTrace.fromEnvironment(["RESIDENCY_PHASES": ""]) == nil)
        #expect(PhaseTrace.fromEnvironment(["RESIDENCY_PHASES": "1"]) != nil)
    }

    @Test func eachMarkIsOneLineNamingThePhaseItsSecondsAndItsProcessorTime() throws {
        let lines = Lines()
        let trace = PhaseTrace { lines.append($0) }
        trace.mark("scan")
        Thread.sleep(forTimeInterval: 0.05)
        // Busy for a while on this thread, so the processor time of the phase is not zero.
        let start = Date()
        var spin = 0
        while Date().timeIntervalSince(start) < 0.05 { spin &+= 1 }
        trace.mark("render json")
        let written = lines.all
        #expect(written.count == 2)
        #expect(written[0].hasPrefix("residency: phase scan: ") && written[0].hasSuffix(" s)\n"))
        let parts = try #require(
            written[1].wholeMatch(of: /residency: phase render json: ([0-9.]+) s \(cpu ([0-9.]+) s\)\n/))
        let seconds = try #require(Double(parts.1))
        let cpu = try #require(Double(parts.2))
        #expect(seconds >= 0.09)
        // The busy half costs processor time (the whole process's: other tests may add to it).
        #expect(cpu >= 0.03, "\(written[1]) after \(spin) spins")
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
        // Longer than a small string, so each holds a reference-counted buffer that a move must
        // neither leak nor free twice.
        let values = (0..<count).map { "value-\($0)-held-in-its-own-heap-buffer" }
        for _ in 0..<5 {
            let order = Array(values.indices).shuffled(using: &rng)
            var arranged = values
            arranged.arrange(inOrder: order)
            #expect(arranged == order.map { values[$0] })
        }
    }
}

@Suite struct ChunkResultsTests {
    @Test func joinedIsEverySlotInSlotOrderAndEmptiesThem() {
        let slots = ChunkResults<String>(count: 4)
        slots[0] = ["a-long-string-in-slot-zero", "b-long-string-in-slot-zero"]
        slots[2] = (0..<1_000).map { "slot-two-element-\($0)-long-enough" }
        slots[3] = ["last-one-of-all-the-slots-here"]
        let expected = slots[0] + slots[1] + slots[2] + slots[3]
        #expect(slots.joined() == expected)
        #expect((0..<4).allSatisfy { slots[$0].isEmpty })
        #expect(ChunkResults<String>(count: 0).joined().isEmpty)
    }
}

@Suite struct SortedPositionsTests {
    /// Below, at and above the threshold, with many ties, so stability decides much of the order.
    @Test(arguments: [0, 1, 100, sortedPositionsThreshold - 1, sortedPositionsThreshold, 50_001])
    func sameAsOneStableSort(count: Int) {
        var rng = SystemRandomNumberGenerator()
        let keys = (0..<count).map { _ in "key-\(Int.random(in: 0..<max(1, count / 8), using: &rng))" }
        let less: @Sendable (Int, Int) -> Bool = { keys[$0] < keys[$1] }
        let expected = (0..<count).sorted(by: less)
        #expect(sortedPositions(count: count, by: less) == expected)
        // Positions of equal keys stay in their original order.
        let order = sortedPositions(count: count, by: less)
        #expect(zip(order, order.dropFirst()).allSatisfy { a, b in keys[a] != keys[b] || a < b })
    }

    @Test func mergeTakesTheLeftRunFirstOnTies() {
        let keys = [1, 2, 2, 3, 2, 2, 4]
        let merged = mergeSorted([0, 1, 2, 3], [4, 5, 6]) { keys[$0] < keys[$1] }
        #expect(merged == [0, 1, 2, 4, 5, 3, 6])
    }
}
