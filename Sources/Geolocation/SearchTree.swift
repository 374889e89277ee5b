/// The writer's binary trie: node 0 is the root, each node has a left (bit 0) and right (bit 1)
/// record. Records are packed into a UInt32 (a node number, a data index with the top bit set,
/// or `empty`) so that trees of a million networks build quickly.
struct SearchTree {
    enum Record: Equatable {
        case empty
        case node(Int)
        case data(Int)
    }

    private static let emptyRecord = UInt32.max
    private static let dataFlag: UInt32 = 0x8000_0000

    let depth: Int
    private var leftRecords: [UInt32] = [SearchTree.emptyRecord]
    private var rightRecords: [UInt32] = [SearchTree.emptyRecord]

    init(depth: Int) { self.depth = depth }

    var nodeCount: Int { leftRecords.count }

    func left(_ node: Int) -> Record { Self.unpack(leftRecords[node]) }
    func right(_ node: Int) -> Record { Self.unpack(rightRecords[node]) }

    private static func unpack(_ raw: UInt32) -> Record {
        if raw == emptyRecord { return .empty }
        return raw & dataFlag != 0 ? .data(Int(raw & ~dataFlag)) : .node(Int(raw))
    }

    private func bit(_ bits: UInt128, _ position: Int) -> Bool {
        Self.bit(
            high: UInt64(truncatingIfNeeded: bits >> 64), low: UInt64(truncatingIfNeeded: bits), 128 - depth + position)
    }

    /// Bit `index` counted from the most significant of the 128 (64-bit halves: UInt128 shifts
    /// by a variable amount are slow in unoptimised builds, and tests run those).
    private static func bit(high: UInt64, low: UInt64, _ index: Int) -> Bool {
        index < 64 ? (high >> UInt64(63 - index)) & 1 == 1 : (low >> UInt64(127 - index)) & 1 == 1
    }

    /// The node reached after `length` bits of `bits`, created (splitting data records so both
    /// halves keep them) where missing.
    private mutating func node(bits: UInt128, length: Int) -> Int {
        var node = 0
        let high = UInt64(truncatingIfNeeded: bits >> 64)
        let low = UInt64(truncatingIfNeeded: bits)
        for position in 0..<length {
            let isRight = Self.bit(high: high, low: low, 128 - depth + position)
            let child = isRight ? rightRecords[node] : leftRecords[node]
            if child != Self.emptyRecord && child & Self.dataFlag == 0 {
                node = Int(child)
                continue
            }
            leftRecords.append(child)
            rightRecords.append(child)
            let created = UInt32(leftRecords.count - 1)
            if isRight { rightRecords[node] = created } else { leftRecords[node] = created }
            node = Int(created)
        }
        return node
    }

    /// Points the prefix at `value`, replacing whatever it covered (callers insert least specific first).
    mutating func insert(bits: UInt128, prefixLength: Int, value: Int) {
        let record = Self.dataFlag | UInt32(value)
        if prefixLength == 0 {
            // The whole address space: both halves of the root.
            leftRecords[0] = record
            rightRecords[0] = record
            return
        }
        let parent = node(bits: bits, length: prefixLength - 1)
        if bit(bits, prefixLength - 1) { rightRecords[parent] = record } else { leftRecords[parent] = record }
    }

    /// ::ffff:0:0/96 (IPv4-mapped) leads to the same subtree as ::/96 (IPv4), as MaxMind's writers do.
    mutating func aliasIPv4Mapped() {
        let v4 = UInt32(node(bits: 0, length: 96))
        let mapped: UInt128 = 0xFFFF << 32
        let parent = node(bits: mapped, length: 95)
        if bit(mapped, 95) { rightRecords[parent] = v4 } else { leftRecords[parent] = v4 }
    }

    /// The registered values that some record points at, in tree order.
    func usedValues(valueCount: Int) -> [Int] {
        var seen = [Bool](repeating: false, count: valueCount)
        var ordered: [Int] = []
        for records in [leftRecords, rightRecords] {
            for raw in records where raw != Self.emptyRecord && raw & Self.dataFlag != 0 {
                let value = Int(raw & ~Self.dataFlag)
                if !seen[value] {
                    seen[value] = true
                    ordered.append(value)
                }
            }
        }
        return ordered
    }
}
