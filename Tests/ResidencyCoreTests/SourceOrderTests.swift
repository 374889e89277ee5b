import Testing

@testable import ResidencyCore

/// `sortedBySource` must give exactly `sorted()`'s order: ranks decide only between different
/// places, and elements at the same path and line fall back to the element's own `<`.
@Suite struct SourceOrderTests {
    static func edges(seed: UInt64, count: Int) -> [ServiceEdge] {
        var rng = SplitMix(seed)
        let paths = ["compose/a.yml", "compose/B.yml", "k8s/ä/deploy.yaml", "k8s/deploy.yaml", "z.yml"]
        return (0..<count).map { _ in
            ServiceEdge(
                from: "svc-\(rng.next() % 5)", to: "db-\(rng.next() % 4)",
                kind: ServiceEdge.Kind.allCases[Int(rng.next() % UInt64(ServiceEdge.Kind.allCases.count))],
                location: SourceLocation(
                    path: paths[Int(rng.next() % UInt64(paths.count))], line: Int(rng.next() % 6),
                    column: Int(rng.next() % 3), context: rng.next() % 2 == 0 ? "" : "depends_on"))
        }
    }

    @Test(arguments: [0, 1, 2, 50, 2_000])
    func sameOrderAsSorted(count: Int) {
        for seed in UInt64(1)...5 {
            let edges = Self.edges(seed: seed, count: count)
            #expect(edges.sortedBySource(\.location) == edges.sorted(), "seed \(seed)")
        }
    }

    @Test func anArrayAlreadyInOrderComesBackAsItIs() {
        let sorted = Self.edges(seed: 9, count: 300).sorted()
        #expect(sorted.sortedBySource(\.location) == sorted)
    }
}

/// A small deterministic generator, so a failure names a seed that reproduces it.
private struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
