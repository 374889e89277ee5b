import Foundation
import Testing

@testable import Reporting

/// The report's chunks are encoded on all cores and written in order while later ones are encoded.
@Suite struct InOrderPipelineTests {
    struct Failed: Error, Equatable { let at: Int }

    @Test(arguments: [0, 1, 3, 200])
    func consumesEveryResultInOrder(count: Int) throws {
        var seen: [String] = []
        try InOrderPipeline.run(
            count: count, ahead: 4, produce: { "chunk \($0) of a long enough string" },
            consume: { i, s in
                #expect(s == "chunk \(i) of a long enough string")
                seen.append(s)
            })
        #expect(seen == (0..<count).map { "chunk \($0) of a long enough string" })
    }

    @Test func producersStayWithinTheWindowAheadOfTheConsumer() throws {
        let started = Counter()
        var furthest = 0
        try InOrderPipeline.run(
            count: 300, ahead: 3, produce: { i in started.record(i) },
            consume: { i, _ in
                // Slow consumer: the producers would race ahead if nothing held them back.
                Thread.sleep(forTimeInterval: 0.0005)
                furthest = max(furthest, started.highest - i)
            })
        // Item i may start once item i - 3 is taken, i.e. while i - 3 is being consumed.
        #expect(furthest <= 3, "a producer ran \(furthest) items ahead")
    }

    @Test func aProducerErrorStopsTheRunAndIsRethrown() {
        var consumed: [Int] = []
        #expect(throws: Failed(at: 7)) {
            try InOrderPipeline.run(
                count: 100, ahead: 4, produce: { i in if i == 7 { throw Failed(at: i) } },
                consume: { i, _ in consumed.append(i) })
        }
        #expect(consumed == Array(0..<7))
    }

    @Test func aConsumerErrorStopsTheProducers() {
        let started = Counter()
        #expect(throws: Failed(at: 2)) {
            try InOrderPipeline.run(
                count: 10_000, ahead: 4, produce: { i in started.record(i) },
                consume: { i, _ in if i == 2 { throw Failed(at: i) } })
        }
        // Returned only once every producer has: nothing runs on after the error.
        let after = started.count
        Thread.sleep(forTimeInterval: 0.05)
        #expect(started.count == after)
        #expect(after < 100, "\(after) items were produced after the writer failed")
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var items = 0
    private var top = -1
    func record(_ i: Int) {
        lock.withLock {
            items += 1
            top = max(top, i)
        }
    }
    var count: Int { lock.withLock { items } }
    var highest: Int { lock.withLock { top } }
}
