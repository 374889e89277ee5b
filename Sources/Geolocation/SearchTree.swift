/// The writer's binary trie: node 0 is the root, each node has a left (bit 0) and right (bit 1) record.
struct SearchTree {
    enum Record: Equatable { case empty, node(Int), data(Int) }

    let depth: Int
    private(set) var left: [Record] = [.empty]
    private(set) var right: [Record] = [.empty]

    init(depth: Int) { self.depth = depth }

    var nodeCount: Int { left.count }

    private func bit(_ bits: UInt128, _ position: Int) -> Bool {
        (bits >> UInt128(depth - 1 - position)) & 1 == 1
    }

    private func child(_ node: Int, _ isRight: Bool) -> Record { isRight ? right[node] : left[node] }

    private mutating func setChild(_ node: Int, _ isRight: Bool, _ record: Record) {
        if isRight { right[node] = record } else { left[node] = record }
    }

    /// The node reached after `length` bits of `bits`, created (splitting data records so both
    /// halves keep them) where missing.
    private mutating func node(bits: UInt128, length: Int) -> Int {
        var node = 0
        for position in 0..<length {
            let side = bit(bits, position)
            switch child(node, side) {
            case .node(let next):
                node = next
            case let other:
                left.append(other); right.append(other)
                setChild(node, side, .node(left.count - 1))
                node = left.count - 1
            }
        }
        return node
    }

    /// Points the prefix at `value`, replacing whatever it covered (callers insert least specific first).
    mutating func insert(bits: UInt128, prefixLength: Int, value: Int) {
        if prefixLength == 0 {
            // The whole address space: both halves of the root.
            left[0] = .data(value); right[0] = .data(value)
            return
        }
        let parent = node(bits: bits, length: prefixLength - 1)
        setChild(parent, bit(bits, prefixLength - 1), .data(value))
    }

    /// ::ffff:0:0/96 (IPv4-mapped) leads to the same subtree as ::/96 (IPv4), as MaxMind's writers do.
    mutating func aliasIPv4Mapped() {
        let v4 = node(bits: 0, length: 96)
        let mapped: UInt128 = 0xFFFF << 32
        let parent = node(bits: mapped, length: 95)
        setChild(parent, bit(mapped, 95), .node(v4))
    }

    /// The registered values that some record points at, in tree order.
    func usedValues() -> [Int] {
        var seen = Set<Int>()
        var ordered: [Int] = []
        for record in left + right {
            if case .data(let v) = record, seen.insert(v).inserted { ordered.append(v) }
        }
        return ordered
    }
}
