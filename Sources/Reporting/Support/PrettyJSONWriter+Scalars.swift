import Foundation

/// Strings, numbers, literals and indentation, written straight into the writer's buffer.
extension PrettyJSONWriter {
    func writeQuoted(_ string: String) {
        if let done: Void = string.utf8.withContiguousStorageIfAvailable({ writeQuoted(utf8: $0) }) { return done }
        var copy = string
        copy.withUTF8 { writeQuoted(utf8: $0) }
    }

    /// `"` and `\` escaped, the short escapes for \b \f \n \r \t, `\u00xx` for the other
    /// controls, `/` and everything else as is; runs without escapes copied whole.
    func writeQuoted(utf8 u: UnsafeBufferPointer<UInt8>) {
        out.append(0x22)
        var run = 0
        var i = 0
        while i < u.count {
            // Eight bytes at a time while none of them needs an escape (most strings, whole).
            if i + 8 <= u.count, !Self.anyEscape(UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let b = u[i]
            i += 1
            guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
            if run < i - 1 { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<(i - 1)])) }
            run = i
            out.append(0x5C)
            switch b {
            case 0x22, 0x5C: out.append(b)
            case 0x08: out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(UInt8(ascii: "f"))
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            default:
                let hex: StaticString = "0123456789abcdef"
                put("u00")
                out.append(hex.utf8Start[Int(b >> 4)])
                out.append(hex.utf8Start[Int(b & 0xF)])
            }
        }
        if run < u.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run...])) }
        out.append(0x22)
    }

    /// True when one of the eight bytes is a control, `"` or `\`: the "has a byte less than n"
    /// and "has a zero byte" tests of Sean Anderson's Bit Twiddling Hacks, exact as yes/no answers.
    @inline(__always)
    static func anyEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let control = (x &- ones &* 0x20) & ~x & high
        let q = x ^ (ones &* 0x22)
        let quote = (q &- ones) & ~q & high
        let s = x ^ (ones &* 0x5C)
        let backslash = (s &- ones) & ~s & high
        return control | quote | backslash != 0
    }

    /// An array of strings (evidence, remediation, references, components: the commonest array of
    /// a report) as its unkeyed container writes it, without going through that container's
    /// protocol witness for every string.
    func writeStrings(_ strings: [String], level: Int) {
        put("[\n")
        for i in strings.indices {
            if i > 0 { put(",\n") }
            indent(level + 1)
            writeQuoted(strings[i])
        }
        out.append(0x0A)
        indent(level)
        out.append(UInt8(ascii: "]"))
    }

    func writeBool(_ b: Bool) {
        if b {
            put("true")
        } else {
            put("false")
        }
    }

    func writeNull() { put("null") }

    /// Decimal digits without a String in between.
    func writeInt(_ i: Int) {
        if i < 0 { out.append(UInt8(ascii: "-")) }
        var m = i.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: Int's 20 digits fit
        withUnsafeMutableBytes(of: &digits) { d in
            var n = d.count
            repeat {
                n -= 1
                d[n] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
            } while m > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[n...]))
        }
    }

    func writeInteger<I: FixedWidthInteger>(_ i: I) {
        if let small = Int(exactly: i) { return writeInt(small) }
        out.append(contentsOf: String(i).utf8)
    }

    /// As `JSONEncoder` writes a Double: its description without a trailing `.0`; not finite is
    /// an error there (no non-conforming float strategy is set), so it is left to it.
    func writeDouble(_ d: Double) throws {
        guard d.isFinite else { throw unsupported() }
        var s = d.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        out.append(contentsOf: s.utf8)
    }

    /// A few bytes known at compile time, without an array literal's allocation.
    @inline(__always)
    func put(_ s: StaticString) {
        // Byte by byte: for these few bytes cheaper than `append(contentsOf:)`'s generic path.
        let p = s.utf8Start
        for i in 0..<s.utf8CodeUnitCount { out.append(p[i]) }
    }

    func indent(_ level: Int) {
        var n = level
        while n >= 4 {
            put("        ")
            n -= 4
        }
        while n > 0 {
            put("  ")
            n -= 1
        }
    }
}
