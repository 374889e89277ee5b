import Dispatch
import Foundation

/// Items produced on all cores and consumed one at a time, in order, on the calling thread while
/// later ones are still being produced. A large report's chunks are encoded while earlier ones
/// are written: writing 800 MB into the page cache is seconds of system time, and in windows
/// (encode a window, then write it) the cores idled while the report was written and the writer
/// while a window was encoded. Producers run at most `ahead` items in front of the consumer, so
/// only that many encoded chunks are held at once.
enum InOrderPipeline {
    /// Calls `produce` for every index in `0..<count` on all cores, and `consume` for each result
    /// in index order on this thread. The first error, from either, stops both and is rethrown
    /// once every producer has returned.
    static func run<T>(
        count: Int, ahead: Int, produce: @escaping @Sendable (Int) throws -> T,
        consume: (Int, T) throws -> Void
    ) throws {
        guard count > 0 else { return }
        let slots = Slots<T>(count: count, ahead: max(1, ahead))
        let producing = DispatchGroup()
        // On a thread of its own, so the cores encode while this one writes (a concurrentPerform
        // run from here would keep this thread encoding too).
        DispatchQueue.global().async(group: producing) {
            DispatchQueue.concurrentPerform(iterations: count) { i in
                guard slots.waitForRoom(i) else { return }
                slots.deliver(i, Result { try produce(i) })
            }
        }
        defer {
            slots.cancel()
            producing.wait()
        }
        for i in 0..<count {
            let item = try slots.take(i).get()
            try consume(i, item)
        }
    }

    /// The results between producers and the consumer, under one condition lock.
    private final class Slots<T>: @unchecked Sendable {
        private let condition = NSCondition()
        private var results: [Result<T, Error>?]
        private let ahead: Int
        /// How many items the consumer has taken (the index of the next one it waits for).
        private var taken = 0
        private var cancelled = false

        init(count: Int, ahead: Int) {
            results = Array(repeating: nil, count: count)
            self.ahead = ahead
        }

        /// Waits until item `i` is within `ahead` of the consumer; false once cancelled. Item
        /// `i` waits only on items before it, so the lowest item not yet taken can always go.
        func waitForRoom(_ i: Int) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while !cancelled, i >= taken + ahead { condition.wait() }
            return !cancelled
        }

        func deliver(_ i: Int, _ result: Result<T, Error>) {
            condition.lock()
            results[i] = result
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for item `i` and hands it over; its slot is emptied, so it is held once.
        func take(_ i: Int) -> Result<T, Error> {
            condition.lock()
            defer { condition.unlock() }
            while results[i] == nil { condition.wait() }
            let result = results[i]!
            results[i] = nil
            taken = i + 1
            condition.broadcast()
            return result
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
