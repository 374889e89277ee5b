import ResidencyCore

/// The DNS wire format (RFC 1035, AAAA RFC 3596, SRV RFC 2782, EDNS0 RFC 6891): just enough to
/// ask for A, AAAA, CNAME and SRV and to read the answers. Decoding is bounds-checked everywhere:
/// a malformed reply is an error, never a crash or an endless pointer loop.
public enum DNSRecordType: UInt16, Hashable, Sendable, CustomStringConvertible {
    case a = 1
    case cname = 5
    case aaaa = 28
    case srv = 33

    public var description: String {
        switch self {
        case .a: "A"
        case .cname: "CNAME"
        case .aaaa: "AAAA"
        case .srv: "SRV"
        }
    }
}

/// One record of an answer section that residency understands.
public enum DNSRecordData: Hashable, Sendable {
    case address(IPAddress)
    case cname(String)
    case srv(priority: UInt16, weight: UInt16, port: UInt16, target: String)
}

public struct DNSRecord: Hashable, Sendable {
    public let name: String
    public let data: DNSRecordData
}

/// A decoded reply.
public struct DNSResponse: Hashable, Sendable {
    public let id: UInt16
    public let truncated: Bool
    /// 0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED…
    public let rcode: UInt8
    public let questionName: String
    public let questionType: UInt16
    public let answers: [DNSRecord]
}

public struct DNSMalformed: Error, Sendable, CustomStringConvertible {
    public let description: String
}

public enum DNSMessage {
    /// A recursive query for `name`/`type` with an EDNS0 OPT record offering 1232-byte replies.
    public static func query(id: UInt16, name: String, type: DNSRecordType) -> [UInt8]? {
        var out: [UInt8] = [UInt8(id >> 8), UInt8(id & 0xFF), 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 1]
        guard let encoded = encodeName(name) else { return nil }
        out += encoded
        out += [UInt8(type.rawValue >> 8), UInt8(type.rawValue & 0xFF), 0, 1]
        out += [0, 0, 41, 0x04, 0xD0, 0, 0, 0, 0, 0, 0]  // OPT: root, type 41, size 1232, no flags, no data
        return out
    }

    static func encodeName(_ name: String) -> [UInt8]? {
        var out: [UInt8] = []
        for label in name.split(separator: ".") {
            let bytes = Array(label.utf8)
            guard !bytes.isEmpty, bytes.count <= 63 else { return nil }
            out.append(UInt8(bytes.count))
            out += bytes
        }
        out.append(0)
        return out.count <= 255 ? out : nil
    }

    /// The reply's ID, when at least a header arrived (to match replies to queries).
    public static func id(of bytes: [UInt8]) -> UInt16? {
        bytes.count >= 2 ? UInt16(bytes[0]) << 8 | UInt16(bytes[1]) : nil
    }

    public static func decode(_ b: [UInt8]) throws -> DNSResponse {
        guard b.count >= 12 else { throw DNSMalformed(description: "reply shorter than a DNS header") }
        let id = UInt16(b[0]) << 8 | UInt16(b[1])
        guard b[2] & 0x80 != 0 else { throw DNSMalformed(description: "reply is not a response (QR bit clear)") }
        let truncated = b[2] & 0x02 != 0
        let rcode = b[3] & 0x0F
        let qd = Int(u16(b, 4))
        let an = Int(u16(b, 6))
        guard qd == 1 else { throw DNSMalformed(description: "reply has \(qd) questions") }
        var offset = 12
        let qname = try readName(b, &offset)
        guard offset + 4 <= b.count else { throw DNSMalformed(description: "question cut short") }
        let qtype = u16(b, offset)
        offset += 4
        var answers: [DNSRecord] = []
        for _ in 0..<an {
            if truncated && offset >= b.count { break }
            let name = try readName(b, &offset)
            guard offset + 10 <= b.count else { throw DNSMalformed(description: "record header cut short") }
            let type = u16(b, offset)
            let cls = u16(b, offset + 2)
            let length = Int(u16(b, offset + 8))
            offset += 10
            guard offset + length <= b.count else { throw DNSMalformed(description: "record data cut short") }
            let end = offset + length
            defer { offset = end }
            guard cls == 1 else { continue }
            switch DNSRecordType(rawValue: type) {
            case .a:
                guard length == 4, let ip = IPAddress(bytes: Array(b[offset..<end])) else {
                    throw DNSMalformed(description: "A record of \(length) bytes")
                }
                answers.append(DNSRecord(name: name, data: .address(ip)))
            case .aaaa:
                guard length == 16, let ip = IPAddress(bytes: Array(b[offset..<end])) else {
                    throw DNSMalformed(description: "AAAA record of \(length) bytes")
                }
                answers.append(DNSRecord(name: name, data: .address(ip)))
            case .cname:
                var o = offset
                answers.append(DNSRecord(name: name, data: .cname(try readName(b, &o))))
            case .srv:
                guard length >= 7 else { throw DNSMalformed(description: "SRV record of \(length) bytes") }
                var o = offset + 6
                let target = try readName(b, &o)
                answers.append(
                    DNSRecord(
                        name: name,
                        data: .srv(
                            priority: u16(b, offset), weight: u16(b, offset + 2),
                            port: u16(b, offset + 4), target: target)))
            case nil:
                continue
            }
        }
        return DNSResponse(
            id: id, truncated: truncated, rcode: rcode, questionName: qname, questionType: qtype, answers: answers)
    }

    private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) << 8 | UInt16(b[i + 1]) }

    /// A possibly compressed name, lower-cased, without the trailing dot ("" for the root).
    /// Pointers must point backwards, so a loop is impossible; at most 128 hops anyway.
    static func readName(_ b: [UInt8], _ offset: inout Int) throws -> String {
        var labels: [String] = []
        var position = offset
        var jumped = false
        var hops = 0
        var total = 0
        while true {
            guard position < b.count else { throw DNSMalformed(description: "name runs past the end") }
            let length = Int(b[position])
            if length & 0xC0 == 0xC0 {
                guard position + 1 < b.count else { throw DNSMalformed(description: "compression pointer cut short") }
                let target = (length & 0x3F) << 8 | Int(b[position + 1])
                guard target < position, hops < 128 else { throw DNSMalformed(description: "compression pointer loop") }
                if !jumped { offset = position + 2 }
                jumped = true
                hops += 1
                position = target
                continue
            }
            guard length & 0xC0 == 0 else { throw DNSMalformed(description: "unknown label type") }
            if length == 0 {
                if !jumped { offset = position + 1 }
                return labels.joined(separator: ".").lowercased()
            }
            guard position + 1 + length <= b.count else { throw DNSMalformed(description: "label runs past the end") }
            total += length + 1
            guard total <= 255 else { throw DNSMalformed(description: "name longer than 255 octets") }
            labels.append(String(decoding: b[(position + 1)...(position + length)], as: UTF8.self))
            position += 1 + length
        }
    }
}
