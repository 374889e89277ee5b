import Foundation
import Testing

@testable import Scanning

/// Disk work runs on more lanes than there are cores, each index exactly once.
@Suite struct WideIOTests {
    @Test(arguments: [0, 1, 2, 15, 16, 17, 1_000])
    func everyIndexOnce(count: Int) {
        let seen = Counter(count)
        WideIO.forEach(count) { seen.hit($0) }
        #expect(seen.hits == Array(repeating: 1, count: count))
    }

    /// Bodies that wait (as a read of an uncached block does) overlap well beyond two at a time.
    @Test func waitingBodiesOverlap() {
        let seen = Counter(64)
        WideIO.forEach(64) { i in
            seen.enter()
            Thread.sleep(forTimeInterval: 0.02)
            seen.leave()
            seen.hit(i)
        }
        #expect(seen.mostAtOnce > 2, "at most \(seen.mostAtOnce) at once")
        #expect(seen.mostAtOnce <= WideIO.lanes)
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int]
    private var inFlight = 0
    private var most = 0
    init(_ n: Int) { counts = Array(repeating: 0, count: n) }
    func hit(_ i: Int) { lock.withLock { counts[i] += 1 } }
    func enter() {
        lock.withLock {
            inFlight += 1
            most = max(most, inFlight)
        }
    }
    func leave() { lock.withLock { inFlight -= 1 } }
    var hits: [Int] { lock.withLock { counts } }
    var mostAtOnce: Int { lock.withLock { most } }
}
