import ResidencyCore

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
    /// Whether the compact form ends in `port`, as it does whenever the last token is `port`.
    var mayNamePort = false

    static let hostWords = [
        "host", "server", "endpoint", "addr", "url", "uri", "dsn", "broker", "bootstrap", "nodes", "seeds",
        "contact", "conn", "constr", "voters", "upstream",
    ]
    static let addressWords = ["ip", "dns", "nameserver"]

    /// No key (free text): neither.
    init() {}

    /// Both lists in one table, host words first: one pass over a key finds either kind.
    static let table = WordTable(hostWords + addressWords)

    init(key: String) {
        var compact: [UInt8] = []
        compact.reserveCapacity(key.utf8.count)
        for b in key.utf8 {
            // The separators `KindHints.tokens` drops.
            if b == 0x5F || b == 0x2E || b == 0x2D || b == 0x2F || b == 0x20 || b == 0x5B || b == 0x5D { continue }
            compact.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        let found = Self.table.held(in: compact)
        let hostMask: UInt64 = (1 << UInt64(Self.hostWords.count)) - 1
        mayNameHost = found & hostMask != 0
        mayNameAddress = found & ~hostMask != 0
        mayNamePort = compact.count >= 4 && compact.suffix(4).elementsEqual("port".utf8)
    }
}
