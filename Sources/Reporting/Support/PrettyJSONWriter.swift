import Foundation

/// One growing byte buffer that a whole value is written into, indentation included, as
/// `PrettyJSONEncoder` promises. Each object's members are written where they are encoded, in
/// the order the type encodes them, and reordered by key only when its last member is in and
/// the order was not already right; scalars go straight into the buffer. No array or dictionary
/// is made per value (the profile of a 70,000-finding report was mostly that). Scalars are in
/// `PrettyJSONWriter+Scalars.swift`, the sorting of members in `PrettyJSONWriter+MemberOrder.swift`.
final class PrettyJSONWriter {
    /// An object or array still being written, or a value that asked for no container yet.
    struct Frame {
        enum Kind { case undecided, object, array, single }
        var kind = Kind.undecided
        /// Its closing bracket is indented this many levels; members and items one more.
        let level: Int
        /// Where its members start in `members`.
        let firstMember: Int
        /// Members or items written so far.
        var count = 0
    }

    /// One member of an open object: its bytes (indentation, key, ` : `, value) in `out`, and its
    /// key, found in `out` right after the indentation's opening quote when it needed no escape.
    struct Member {
        var start: Int
        var end = 0
        let keyStart: Int
        let keyCount: Int
        /// The key itself when its written form has escapes (its bytes then do not sort as it does).
        let escapedKey: String?
    }

    // Unchecked: the run-time exclusivity checks of these class properties (an access set in
    // thread-local storage per access) were 40% of the writer's time; a writer is used by one
    // thread, and no access here overlaps a modification of the same property.
    @exclusivity(unchecked) var out: [UInt8] = []
    @exclusivity(unchecked) private var frames: [Frame] = []
    @exclusivity(unchecked) var members: [Member] = []
    @exclusivity(unchecked) var scratch: [UInt8] = []
    /// Reused by `sortMembers`, so sorting allocates nothing once they have grown.
    @exclusivity(unchecked) var order: [Int] = []
    @exclusivity(unchecked) var kept: [Int] = []
    /// Set by a value this writer cannot write as `JSONEncoder` would (a nested container, a
    /// super encoder, a container used out of turn); the result is then thrown away.
    @exclusivity(unchecked) var failed = false

    /// A sequence of keys met before (their written bytes) and the order its members are
    /// written in: most objects are of a few types that always encode the same keys in the same
    /// order, so each sequence is sorted once per writer.
    struct KnownOrder {
        var keys: [UInt8] = []
        var keyEnds: [Int] = []
        /// Indices into the sequence, sorted by key, the last of equal keys only.
        var kept: [Int]
        var inOrder: Bool
    }

    @exclusivity(unchecked) var knownOrders: [KnownOrder] = []
    static let knownOrdersLimit = 64

    init(capacity: Int = 4096) { out.reserveCapacity(capacity) }

    /// Writes `value`, its first line where the buffer stands and the rest as at `level`.
    func write<T: Encodable>(_ value: T, level: Int) throws {
        // Metadata comparisons, not casts: the common scalars without `swift_dynamicCast`.
        if T.self == String.self { return writeQuoted(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return writeInt(unsafeBitCast(value, to: Int.self)) }
        if T.self == Bool.self { return writeBool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == Double.self { return try writeDouble(unsafeBitCast(value, to: Double.self)) }
        if T.self == [String].self { return writeStrings(unsafeBitCast(value, to: [String].self), level: level) }
        // What JSONEncoder writes in a form of its own: left to it.
        if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self
            || T.self == Float.self
        {
            throw unsupported()
        }
        let frame = frames.count
        frames.append(Frame(level: level, firstMember: members.count))
        try value.encode(to: PrettyJSONNodeEncoder(writer: self, frame: frame))
        try close(frame)
    }

    /// Marks the whole value as not written and says so.
    func unsupported() -> PrettyJSONEncoder.Unsupported {
        failed = true
        return PrettyJSONEncoder.Unsupported()
    }

    /// Fails the whole value unless `frame` is the innermost open one (a container kept and
    /// used after its value was written, or while a member is being written) of that kind.
    private func check(_ frame: Int, is kind: Frame.Kind) throws {
        guard !failed, frame == frames.count - 1, frames[frame].kind == kind else { throw unsupported() }
    }

    /// The value asked for a container of `kind`: opens it, or continues it when the value asks
    /// again for the same kind (as JSONEncoder allows); any other kind fails the value.
    func open(_ frame: Int, as kind: Frame.Kind) throws {
        guard !failed, frame == frames.count - 1 else { throw unsupported() }
        switch frames[frame].kind {
        case .undecided:
            frames[frame].kind = kind
            switch kind {
            case .object: put("{\n")
            case .array: put("[\n")
            case .single, .undecided: break
            }
        case let open where open == kind && kind != .single: break
        default: throw unsupported()
        }
    }

    /// Starts a member of the open object: separator, indentation, key, ` : `; the member's
    /// index for `endMember`.
    func beginMember(_ frame: Int, key: String) throws -> Int {
        try check(frame, is: .object)
        if frames[frame].count > 0 { put(",\n") }
        frames[frame].count += 1
        let start = out.count
        indent(frames[frame].level + 1)
        let keyStart = out.count + 1
        writeQuoted(key)
        let keyCount = out.count - 1 - keyStart
        let escaped = keyCount != key.utf8.count
        members.append(Member(start: start, keyStart: keyStart, keyCount: keyCount, escapedKey: escaped ? key : nil))
        put(" : ")
        return members.count - 1
    }

    func endMember(_ member: Int) { members[member].end = out.count }

    /// Starts an item of the open array: separator and indentation.
    func beginItem(_ frame: Int) throws {
        try check(frame, is: .array)
        if frames[frame].count > 0 { put(",\n") }
        frames[frame].count += 1
        indent(frames[frame].level + 1)
    }

    /// Items written so far to the array `frame` (0 for a frame that is not open).
    func itemCount(_ frame: Int) -> Int { frame < frames.count ? frames[frame].count : 0 }

    /// A single value container's one value; a second one fails the value.
    func beginSingle(_ frame: Int) throws {
        try open(frame, as: .single)
        guard frames[frame].count == 0 else { throw unsupported() }
        frames[frame].count = 1
    }

    /// The level a frame's value stands at.
    func level(_ frame: Int) -> Int { frame < frames.count ? frames[frame].level : 0 }

    /// The value's `encode(to:)` returned: closes its brackets, sorting an object's members by
    /// the UTF-8 bytes of their keys, the last of equal keys kept (both as JSONEncoder does).
    private func close(_ frame: Int) throws {
        guard !failed, frame == frames.count - 1 else { throw unsupported() }
        let f = frames.removeLast()
        switch f.kind {
        case .undecided: throw unsupported()
        case .single: return
        case .array:
            out.append(0x0A)
            indent(f.level)
            out.append(UInt8(ascii: "]"))
        case .object:
            if members.count - f.firstMember > 1 { sortMembers(from: f.firstMember) }
            members.removeSubrange(f.firstMember...)
            out.append(0x0A)
            indent(f.level)
            out.append(UInt8(ascii: "}"))
        }
    }

}
