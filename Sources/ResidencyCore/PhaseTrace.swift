import Foundation

/// How long each stage of one audit took, written to standard error as it ends. Set
/// `RESIDENCY_PHASES=1` to see where a slow CI run spends its time (scan, resolve, evaluate,
/// render) without a profiler; off, it costs nothing. Diagnostics only: no report carries it.
public final class PhaseTrace: @unchecked Sendable {
    private let lock = NSLock()
    private var last: Date
    private let write: @Sendable (String) -> Void

    /// Nil unless the environment asks for it.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    )
        -> PhaseTrace?
    {
        guard let value = environment["RESIDENCY_PHASES"], !value.isEmpty, value != "0" else { return nil }
        return PhaseTrace { FileHandle.standardError.write(Data($0.utf8)) }
    }

    public init(write: @escaping @Sendable (String) -> Void) {
        self.last = Date()
        self.write = write
    }

    /// Ends the phase called `name`: its wall time since the previous mark (or the start).
    public func mark(_ name: String) {
        let now = Date()
        let seconds = lock.withLock {
            defer { last = now }
            return now.timeIntervalSince(last)
        }
        write("residency: phase \(name): \(String(format: "%.3f", seconds)) s\n")
    }
}
