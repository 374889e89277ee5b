/// What a command has finished with but need not free: an audit of a large estate holds some
/// 70,000 findings and endpoints, each a handful of strings, and releasing them one by one at
/// the end of `run` took a tenth of a second or more, while the operating system takes the
/// whole heap back at exit at once. Nothing is kept that was not already in memory: the peak
/// is the same, only the teardown is skipped.
enum KeptUntilExit {
    private final class Box {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }

    static func keep(_ values: Any...) {
        _ = Unmanaged.passRetained(Box(values))
    }
}
