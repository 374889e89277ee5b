import Dispatch
import Foundation

/// Disk work on many threads at once. Reading directories and files whose blocks are not in the
/// page cache waits on the disk, not the CPU: with one reader per core (concurrentPerform) a cold
/// 50,000-file checkout kept the disk queue two requests deep and the audit spent its first ten
/// seconds mostly idle. Each lane is a serial queue of its own, so each gets a thread of its own
/// even while the others wait in a system call.
enum WideIO {
    /// Lanes of disk work: enough requests in flight for an SSD or a network disk, few enough
    /// threads to cost nothing when everything is cached.
    static let lanes = 16

    /// Runs `body` for every index in `0..<count`, up to `lanes` at a time, and returns when all
    /// are done. `body` must be safe to run concurrently.
    static func forEach(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        let width = min(lanes, count)
        let group = DispatchGroup()
        for lane in 0..<width {
            DispatchQueue(label: "residency.io.\(lane)").async(group: group) {
                var i = lane
                while i < count {
                    body(i)
                    i += width
                }
            }
        }
        group.wait()
    }

    /// Asks the kernel to start reading `paths` (relative to `root`) into the page cache, from
    /// `lanes` threads, and returns at once: the scanners then find most files already read.
    /// Only a hint (`POSIX_FADV_WILLNEED`); a file that cannot be opened is left to the scan,
    /// which reports it.
    static func readAhead(_ paths: [String], root: String) {
        guard paths.count > 1 else { return }
        DispatchQueue.global(qos: .utility).async {
            forEach(paths.count) { i in
                let fd = open(root + "/" + paths[i], O_RDONLY | O_NONBLOCK | O_CLOEXEC)
                guard fd >= 0 else { return }
                _ = posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED)
                close(fd)
            }
        }
    }
}
