import Dispatch
import Foundation

/// The positions `0..<count` in the order `less` gives them, with the parts sorted side by side
/// on all cores and then merged. The sorts of a large audit (70,000 to 350,000 endpoints put in
/// id order, the findings put in report order) ran on one core while the others waited.
/// Each part is sorted stably and the merge takes the earlier part's position on ties, so the
/// result is exactly that of one stable sort (`sorted(by:)`) of all positions.
public func sortedPositions(count: Int, by less: @Sendable (Int, Int) -> Bool) -> [Int] {
    let parts = min(ProcessInfo.processInfo.activeProcessorCount, 8)
    guard count >= sortedPositionsThreshold, parts > 1 else { return (0..<count).sorted(by: less) }
    let size = (count + parts - 1) / parts
    let runs = ChunkResults<Int>(count: parts)
    DispatchQueue.concurrentPerform(iterations: parts) { p in
        runs[p] = (p * size..<min(count, (p + 1) * size)).sorted(by: less)
    }
    var merged = (0..<parts).map { runs[$0] }
    while merged.count > 1 {
        merged = stride(from: 0, to: merged.count, by: 2).map { i in
            i + 1 < merged.count ? mergeSorted(merged[i], merged[i + 1], by: less) : merged[i]
        }
    }
    return merged[0]
}

/// Below this many positions one sort is as fast as splitting it.
let sortedPositionsThreshold = 16_384

/// Two sorted runs as one; on ties the left run's element comes first (stability).
func mergeSorted(_ left: [Int], _ right: [Int], by less: (Int, Int) -> Bool) -> [Int] {
    var out: [Int] = []
    out.reserveCapacity(left.count + right.count)
    var i = 0
    var j = 0
    while i < left.count, j < right.count {
        if less(right[j], left[i]) {
            out.append(right[j])
            j += 1
        } else {
            out.append(left[i])
            i += 1
        }
    }
    out += left[i...]
    out += right[j...]
    return out
}
