import Dispatch

/// Order-preserving maps over all cores, for the stages that judge tens of thousands of
/// endpoints one at a time (resolution, per-endpoint rules, fingerprints): each element's
/// result depends on that element alone, so the work splits into chunks and the output is the
/// same as a sequential map, element for element.
/// Inlinable so each caller gets a copy specialised to its element type: unspecialised, every
/// element was copied through its value witness before the transform saw it.
extension Array where Element: Sendable {
    /// Below this many elements the sequential map is used: spreading a few items over threads
    /// costs more than it saves.
    @usableFromInline static var concurrencyThreshold: Int { 512 }

    @inlinable public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count >= Self.concurrencyThreshold else { return map(transform) }
        let chunks = ChunkPlan(count: count)
        return withUnsafeBufferPointer { buffer in
            // Read in place: an element taken from the array by subscript was copied (retained)
            // first. Each result is written straight into its place in the new array.
            nonisolated(unsafe) let elements = buffer
            return [T](unsafeUninitializedCapacity: elements.count) { out, initialized in
                nonisolated(unsafe) let out = out
                DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                    for i in chunks.range(c) { (out.baseAddress! + i).initialize(to: transform(elements[i])) }
                }
                initialized = elements.count
            }
        }
    }

    @inlinable public func concurrentCompactMap<T: Sendable>(_ transform: @Sendable (Element) -> T?) -> [T] {
        guard count >= Self.concurrencyThreshold else { return compactMap(transform) }
        // Every result in its place, then the present ones moved (not copied) out of their
        // optionals into the answer: joining per-chunk arrays copied each result once more.
        var results = concurrentMap(transform)
        let present = results.reduce(0) { $1 == nil ? $0 : $0 + 1 }
        return [T](unsafeUninitializedCapacity: present) { out, initialized in
            var k = 0
            results.withUnsafeMutableBufferPointer { slots in
                for i in slots.indices {
                    if let value = slots[i].take() {
                        (out.baseAddress! + k).initialize(to: value)
                        k += 1
                    }
                }
            }
            initialized = k
        }
    }

    /// Changes every element in place, on all cores: no second array, no copy of each element.
    @inlinable public mutating func concurrentUpdate(_ update: @Sendable (inout Element) -> Void) {
        guard count >= Self.concurrencyThreshold else {
            for i in indices { update(&self[i]) }
            return
        }
        let chunks = ChunkPlan(count: count)
        withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let elements = buffer
            DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                for i in chunks.range(c) { update(&elements[i]) }
            }
        }
    }
}

/// Contiguous chunks: several per core so a slow chunk does not leave a core idle at the end.
@usableFromInline struct ChunkPlan: Sendable {
    @usableFromInline let total: Int
    @usableFromInline let size: Int
    @usableFromInline let count: Int

    @inlinable init(count total: Int) {
        self.total = total
        size = Swift.max(64, total / 64)
        count = (total + size - 1) / size
    }

    @inlinable func range(_ c: Int) -> Range<Int> { (c * size)..<Swift.min(total, (c + 1) * size) }
}

/// One array per slot (a chunk, a shard, a rule), each written by exactly one worker before any
/// is read. A raw buffer, not an array property: concurrent writes to a class's array would each
/// claim the whole array.
public final class ChunkResults<T>: @unchecked Sendable {
    @usableFromInline let slots: UnsafeMutableBufferPointer<[T]>
    @inlinable public init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [])
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    @inlinable public subscript(c: Int) -> [T] {
        get { slots[c] }
        set { slots[c] = newValue }
    }
    /// Every slot's elements in slot order, moved out of their slots (taken from the end of the
    /// last slot backwards, each to its final place), so none is copied or held twice.
    @inlinable public func joined() -> [T] {
        let total = slots.reduce(0) { $0 + $1.count }
        return [T](unsafeUninitializedCapacity: total) { out, initialized in
            var end = total
            for i in slots.indices.reversed() {
                while let last = slots[i].popLast() {
                    end -= 1
                    (out.baseAddress! + end).initialize(to: last)
                }
                slots[i] = []
            }
            initialized = total
        }
    }
}
