/// Encodes values into a MaxMind DB data section. Strings, maps and arrays seen before are
/// written as pointers to their first copy, so a country name or a shared record is stored once.
struct MMDBDataEncoder {
    private(set) var bytes: [UInt8] = []
    private var offsets: [MMDBValue: Int] = [:]
    private let deduplicate: Bool

    init(deduplicate: Bool = true) { self.deduplicate = deduplicate }

    // Type numbers from the spec.
    private enum Kind: Int {
        case pointer = 1
        case string = 2
        case double = 3
        case uint16 = 5
        case uint32 = 6
        case map = 7
        case int32 = 8
        case uint64 = 9
        case uint128 = 10
        case array = 11
        case boolean = 14
        case float = 15
    }

    /// Appends `value` (or finds its earlier copy) and returns its offset in the section.
    mutating func offset(of value: MMDBValue) -> Int {
        if deduplicate, let known = offsets[value] { return known }
        let start = bytes.count
        write(value)
        if deduplicate { offsets[value] = start }
        return start
    }

    private mutating func writeChild(_ value: MMDBValue) {
        switch value {
        case .string, .map, .array, .uint128, .uint64, .double:
            if deduplicate, let known = offsets[value] {
                if pointerLength(known) < encodedLengthHint(value) { writePointer(known) } else { write(value) }
                return
            }
            _ = offset(of: value)
        default:
            write(value)
        }
    }

    private func encodedLengthHint(_ value: MMDBValue) -> Int {
        switch value {
        case .string(let s): return 1 + s.utf8.count
        case .double: return 9
        case .uint64: return 3
        case .uint128: return 3
        default: return Int.max
        }
    }

    private func pointerLength(_ target: Int) -> Int {
        target < 2048 ? 2 : target < 526_336 ? 3 : target < 134_744_064 ? 4 : 5
    }

    private mutating func writePointer(_ target: Int) {
        if target < 2048 {
            bytes.append(UInt8(0x20 | (target >> 8) & 0x7))
            bytes.append(UInt8(target & 0xFF))
        } else if target < 526_336 {
            let v = target - 2048
            bytes.append(UInt8(0x20 | 0x08 | (v >> 16) & 0x7))
            bytes.append(UInt8((v >> 8) & 0xFF))
            bytes.append(UInt8(v & 0xFF))
        } else if target < 134_744_064 {
            let v = target - 526_336
            bytes.append(UInt8(0x20 | 0x10 | (v >> 24) & 0x7))
            bytes.append(UInt8((v >> 16) & 0xFF))
            bytes.append(UInt8((v >> 8) & 0xFF))
            bytes.append(UInt8(v & 0xFF))
        } else {
            bytes.append(0x20 | 0x18)
            for shift in stride(from: 24, through: 0, by: -8) { bytes.append(UInt8((target >> shift) & 0xFF)) }
        }
    }

    private mutating func control(_ kind: Kind, size: Int) {
        let typeBits = kind.rawValue <= 7 ? kind.rawValue << 5 : 0
        let sizeBits: Int
        var extra: [UInt8] = []
        switch size {
        case ..<29: sizeBits = size
        case ..<285:
            sizeBits = 29
            extra = [UInt8(size - 29)]
        case ..<65_821:
            sizeBits = 30
            let v = size - 285
            extra = [UInt8(v >> 8), UInt8(v & 0xFF)]
        default:
            sizeBits = 31
            let v = size - 65_821
            extra = [UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
        }
        bytes.append(UInt8(typeBits | sizeBits))
        if kind.rawValue > 7 { bytes.append(UInt8(kind.rawValue - 7)) }
        bytes.append(contentsOf: extra)
    }

    /// Big-endian bytes without leading zeros (the spec's unsigned integer encoding).
    private mutating func unsigned(_ kind: Kind, _ value: UInt128, maxBytes: Int) {
        var payload: [UInt8] = []
        var v = value
        while v != 0 {
            payload.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
        precondition(payload.count <= maxBytes)
        control(kind, size: payload.count)
        bytes.append(contentsOf: payload.reversed())
    }

    private mutating func write(_ value: MMDBValue) {
        switch value {
        case .string(let s):
            control(.string, size: s.utf8.count)
            bytes.append(contentsOf: s.utf8)
        case .double(let d):
            control(.double, size: 8)
            let bits = d.bitPattern
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8((bits >> UInt64(shift)) & 0xFF)) }
        case .float(let f):
            control(.float, size: 4)
            let bits = f.bitPattern
            for shift in stride(from: 24, through: 0, by: -8) { bytes.append(UInt8((bits >> UInt32(shift)) & 0xFF)) }
        case .uint16(let v): unsigned(.uint16, UInt128(v), maxBytes: 2)
        case .uint32(let v): unsigned(.uint32, UInt128(v), maxBytes: 4)
        case .uint64(let v): unsigned(.uint64, UInt128(v), maxBytes: 8)
        case .uint128(let v): unsigned(.uint128, v, maxBytes: 16)
        case .int32(let v):
            // Negative values need all four bytes (two's complement); others drop leading zeros.
            if v < 0 {
                control(.int32, size: 4)
                let bits = UInt32(bitPattern: v)
                for shift in stride(from: 24, through: 0, by: -8) {
                    bytes.append(UInt8((bits >> UInt32(shift)) & 0xFF))
                }
            } else {
                unsigned(.int32, UInt128(v), maxBytes: 4)
            }
        case .boolean(let b):
            control(.boolean, size: b ? 1 : 0)
        case .array(let items):
            control(.array, size: items.count)
            for item in items { writeChild(item) }
        case .map(let entries):
            control(.map, size: entries.count)
            for key in entries.keys.sorted() {
                writeChild(.string(key))
                writeChild(entries[key]!)
            }
        }
    }
}
