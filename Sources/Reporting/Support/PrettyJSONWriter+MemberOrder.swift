import Foundation

/// An object's members in key order (UTF-8 bytes, the last of equal keys kept, as JSONEncoder
/// with `.sortedKeys` writes them), moved only when the order they were encoded in differs.
extension PrettyJSONWriter {
    func sortMembers(from first: Int) {
        let count = members.count - first
        if let known = knownOrder(first: first, count: count) {
            if !knownOrders[known].inOrder { reorder(first: first, kept: knownOrders[known].kept) }
            return
        }
        let inOrder = sortKeys(first: first, count: count)
        if knownOrders.count < Self.knownOrdersLimit {
            var known = KnownOrder(kept: kept, inOrder: inOrder)
            for m in members[first...] {
                known.keys.append(contentsOf: out[m.keyStart..<(m.keyStart + m.keyCount)])
                known.keyEnds.append(known.keys.count)
            }
            knownOrders.append(known)
        }
        if !inOrder { reorder(first: first, kept: kept) }
    }

    /// The known order whose keys are exactly those of the members from `first` on.
    private func knownOrder(first: Int, count: Int) -> Int? {
        out.withUnsafeBufferPointer { o in
            search: for (k, known) in knownOrders.enumerated() where known.keyEnds.count == count {
                var keyStart = 0
                for i in 0..<count {
                    let m = members[first + i]
                    guard known.keyEnds[i] - keyStart == m.keyCount else { continue search }
                    let same = known.keys.withUnsafeBufferPointer {
                        memcmp($0.baseAddress! + keyStart, o.baseAddress! + m.keyStart, m.keyCount) == 0
                    }
                    guard same else { continue search }
                    keyStart = known.keyEnds[i]
                }
                return k
            }
            return nil
        }
    }

    /// Sorts the members from `first` on into `kept` (indices relative to `first`); true when
    /// they are already in order with no key twice.
    private func sortKeys(first: Int, count: Int) -> Bool {
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: first..<members.count)
        var inOrder = true
        // Insertion sort: stable (equal keys keep their encoding order) and quick on the few
        // members an object has.
        for i in 1..<count {
            let m = order[i]
            var j = i
            while j > 0, keyOrder(m, order[j - 1]) < 0 {
                order[j] = order[j - 1]
                j -= 1
            }
            if j != i {
                order[j] = m
                inOrder = false
            }
        }
        // The last of equal keys wins.
        kept.removeAll(keepingCapacity: true)
        for (i, m) in order.enumerated() where i == count - 1 || keyOrder(m, order[i + 1]) != 0 {
            kept.append(m - first)
        }
        return inOrder && kept.count == count
    }

    /// Writes the members from `first` on again, in the order of `kept`, `,\n` between them.
    private func reorder(first: Int, kept: [Int]) {
        let base = members[first].start
        scratch.removeAll(keepingCapacity: true)
        out.withUnsafeBufferPointer { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: $0[base...])) }
        out.removeSubrange(base...)
        scratch.withUnsafeBufferPointer { moved in
            for (i, k) in kept.enumerated() {
                if i > 0 { put(",\n") }
                let m = members[first + k]
                out.append(contentsOf: UnsafeBufferPointer(rebasing: moved[(m.start - base)..<(m.end - base)]))
            }
        }
    }

    /// <0, 0 or >0 as member `a`'s key sorts before, with or after `b`'s, by UTF-8 bytes.
    private func keyOrder(_ a: Int, _ b: Int) -> Int {
        let ma = members[a]
        let mb = members[b]
        if ma.escapedKey != nil || mb.escapedKey != nil {
            let ka = ma.escapedKey ?? String(decoding: out[ma.keyStart..<(ma.keyStart + ma.keyCount)], as: UTF8.self)
            let kb = mb.escapedKey ?? String(decoding: out[mb.keyStart..<(mb.keyStart + mb.keyCount)], as: UTF8.self)
            if ka.utf8.elementsEqual(kb.utf8) { return 0 }
            return ka.utf8.lexicographicallyPrecedes(kb.utf8) ? -1 : 1
        }
        return out.withUnsafeBufferPointer { o in
            let n = min(ma.keyCount, mb.keyCount)
            let c = memcmp(o.baseAddress! + ma.keyStart, o.baseAddress! + mb.keyStart, n)
            if c != 0 { return Int(c) }
            return ma.keyCount - mb.keyCount
        }
    }
}
