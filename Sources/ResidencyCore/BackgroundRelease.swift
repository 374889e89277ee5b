import Dispatch

/// Frees a large value on another thread. The last reference to a big graph of values (a
/// million endpoints, references and strings) is a second or more of `free` on the thread that
/// drops it; a stage that is done with its input hands it here and the next stage starts at once,
/// while a spare core, if any, does the freeing.
public enum BackgroundRelease {
    /// Takes `value` (pass it with `consume`, so the caller keeps no reference of its own).
    public static func drop<T>(_ value: consuming T) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }

    /// The value's one owner while it waits for the queue; nothing reads it.
    private final class Box<T>: @unchecked Sendable {
        var value: T?
        init(_ value: consuming T) { self.value = value }
    }
}
