/// What a setting's key could name, decided on its bytes before it is split into tokens: most
/// keys of a large estate (`app.feature.flag7`, `LOG_LEVEL`) name neither a host nor an address,
/// and splitting each into token strings was a measurable part of a scan.
///
/// A key's tokens (`KindHints.tokens`) are its bytes without separators, ASCII-lowercased, cut
/// into pieces; so each token, and each run of consecutive tokens joined, is a substring of that
/// compact form. Every token `KindHints.isHostKey` accepts, and every joined form it checks
/// (`connectionstring`, `contactpoints`), holds one of `hostWords`; every last token
/// `isAddressKey` accepts holds one of `addressWords`. A key whose compact form holds none of
/// them gets the same `false` without its tokens.
struct KeyCues {
    var mayNameHost = false
    var mayNameAddress = false

    static let hostWords: [[UInt8]] = [
        "host", "server", "endpoint", "addr", "url", "uri", "dsn", "broker", "bootstrap", "nodes", "seeds",
        "contact", "conn", "constr", "voters", "upstream",
    ].map { Array($0.utf8) }
    static let addressWords: [[UInt8]] = ["ip", "dns", "nameserver"].map { Array($0.utf8) }

    /// No key (free text): neither.
    init() {}

    init(key: String) {
        var compact: [UInt8] = []
        compact.reserveCapacity(key.utf8.count)
        for b in key.utf8 {
            // The separators `KindHints.tokens` drops.
            if b == 0x5F || b == 0x2E || b == 0x2D || b == 0x2F || b == 0x20 || b == 0x5B || b == 0x5D { continue }
            compact.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        mayNameHost = Self.holdsAny(compact, Self.hostWords)
        mayNameAddress = Self.holdsAny(compact, Self.addressWords)
    }

    static func holdsAny(_ bytes: [UInt8], _ words: [[UInt8]]) -> Bool {
        guard bytes.count >= 2 else { return false }
        for i in 0..<(bytes.count - 1) {
            for w in words where w[0] == bytes[i] && w[1] == bytes[i + 1] && i + w.count <= bytes.count {
                var j = 2
                while j < w.count, bytes[i + j] == w[j] { j += 1 }
                if j == w.count { return true }
            }
        }
        return false
    }
}
