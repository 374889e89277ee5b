/// Sorting the scan's many small records (edges, routes, upstreams, unresolved references) whose
/// order starts with where they are written: comparing their locations path string by path
/// string was most of merging a 50,000-file scan. Each element's path is ranked once among the
/// distinct paths, positions are sorted by (path rank, line), and the element's own `<` decides
/// only where those tie, so the order is exactly `sorted()`'s.
extension Array where Element: Comparable {
    /// `location` must be where `Element`'s `<` looks first: by its path, then its line.
    public func sortedBySource(_ location: (Element) -> SourceLocation) -> [Element] {
        if indices.dropFirst().allSatisfy({ !(self[$0] < self[$0 - 1]) }) { return self }
        let rank = sortedRanks(map { location($0).path })
        let keys = map { e in
            let l = location(e)
            return (rank[l.path]!, l.line)
        }
        let order = indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : self[a] < self[b]
        }
        return order.map { self[$0] }
    }
}

/// Each distinct string's place among them all, sorted: the small integer keys the large sorts
/// compare instead of paths and rule ids.
func sortedRanks<S: Sequence<String>>(_ values: S) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: Set(values).sorted().enumerated().map { ($1, $0) })
}
