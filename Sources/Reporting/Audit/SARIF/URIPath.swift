/// A relative file path as a URI reference (RFC 3986): `/` kept, everything outside the
/// unreserved and safe sub-delimiter characters percent-encoded as UTF-8. `:` is encoded too, so
/// a first segment like `c:x` cannot be read as a scheme.
enum URIPath {
    static func encode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if isAllowed(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hex(byte >> 4) + hex(byte & 0xF)
            }
        }
        return out
    }

    private static func isAllowed(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~/!$&'()*+,;=@".utf8.contains(b)
        }
    }

    private static func hex(_ nibble: UInt8) -> String { String(nibble, radix: 16, uppercase: true) }
}
