import Foundation

/// How long each stage of one audit took, written to standard error as it ends. Set
/// `RESIDENCY_PHASES=1` to see where a slow CI run spends its time (scan, resolve, evaluate,
/// render) without a profiler; off, it costs nothing. Diagnostics only: no report carries it.
public final class PhaseTrace: @unchecked Sendable {
    private let lock = NSLock()
    private var last: Date
    private var lastCPU: Double
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
        self.lastCPU = Self.processorSeconds()
        self.write = write
    }

    /// Ends the phase called `name`: its wall time since the previous mark (or the start), and
    /// the processor time all threads used in it. Processor time near twice the wall time on two
    /// cores says the stage keeps both busy; near the wall time, that it runs on one.
    public func mark(_ name: String) {
        let now = Date()
        let cpu = Self.processorSeconds()
        let (seconds, used) = lock.withLock {
            defer { (last, lastCPU) = (now, cpu) }
            return (now.timeIntervalSince(last), cpu - lastCPU)
        }
        write(
            "residency: phase \(name): \(String(format: "%.3f", seconds)) s (cpu \(String(format: "%.3f", used)) s)\n")
    }

    /// User and system time of the whole process so far.
    static func processorSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
            let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
