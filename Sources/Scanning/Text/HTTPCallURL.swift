/// A URL literal handed straight to an HTTP client call in program source names an upstream:
/// Go `http.Get("http://10.0.0.6:8080/data")`, Python `requests.get("http://orders:8080/x")`,
/// Java `WebClient.create("http://inventory:8081")`. Only hosts that can be nothing but a service
/// the estate runs count (an IP literal, an in-cluster name without dots, `*.svc`,
/// `*.cluster.local`): a public name in a string is as often a link for people as a call.
enum HTTPCallURL {
    /// Lower-cased names of the call (the last word before its parenthesis) that send a request
    /// or build a client for the URL given as its first argument (or its second, after a method
    /// string, as Go's `http.NewRequest("GET", url, nil)` takes it).
    static let calls: Set<String> = [
        "get", "post", "put", "patch", "delete", "head", "options", "request", "fetch", "urlopen", "create",
        "newrequest", "newrequestwithcontext", "getforobject", "getforentity", "postforobject", "postforentity",
        "exchange", "baseurl", "uri", "url", "stream", "send",
    ]

    /// Whether the literal starting (after its quote) at `offset` in `line` is such a URL.
    static func isUpstream(_ value: String, at offset: Int, in line: ArraySlice<UInt8>) -> Bool {
        guard inClusterHost(value) != nil else { return false }
        return callName(before: line.startIndex + offset - 1, in: line).map { calls.contains($0.lowercased()) } ?? false
    }

    /// The host of an `http(s)://` URL when it is an IP literal or an in-cluster name.
    static func inClusterHost(_ value: String) -> Substring? {
        guard let first = value.utf8.first, first == 0x68 || first == 0x48 else { return nil }  // h, H: most literals end here
        let lower = value.lowercased()
        guard let scheme = ["http://", "https://"].first(where: { lower.hasPrefix($0) }) else { return nil }
        var rest = lower.dropFirst(scheme.count)
        if let at = rest.firstIndex(of: "@"), !rest[..<at].contains("/") { rest = rest[rest.index(after: at)...] }
        if rest.hasPrefix("[") { return rest.firstIndex(of: "]").map { rest[rest.index(after: rest.startIndex)..<$0] } }
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, host != "localhost",
            host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" })
        else { return nil }
        if HostSyntax.isIPv4(host) { return host }
        if !host.contains("."), host.first?.isLetter == true { return host }
        return host.hasSuffix(".svc") || host.hasSuffix(".cluster.local") ? host : nil
    }

    /// The name called with the literal at `quote` as its first argument, or its second after a
    /// string literal: `http.Get(` → `Get`, `http.NewRequest("GET", ` → `NewRequest`.
    static func callName(before quote: Int, in u: ArraySlice<UInt8>) -> String? {
        var k = quote - 1
        func skipBlanks() { while k >= u.startIndex, u[k] == 0x20 || u[k] == 0x09 { k -= 1 } }
        skipBlanks()
        if k >= u.startIndex, u[k] == 0x2C {  // `, ` after a method literal
            k -= 1
            skipBlanks()
            guard k >= u.startIndex, u[k] == 0x22 || u[k] == 0x27 else { return nil }
            let q = u[k]
            k -= 1
            while k >= u.startIndex, u[k] != q { k -= 1 }
            k -= 1
            skipBlanks()
        }
        guard k >= u.startIndex, u[k] == 0x28 else { return nil }  // (
        k -= 1
        let end = k + 1
        while k >= u.startIndex,
            (u[k] >= 0x41 && u[k] <= 0x5A) || (u[k] >= 0x61 && u[k] <= 0x7A) || (u[k] >= 0x30 && u[k] <= 0x39)
                || u[k] == 0x5F
        {
            k -= 1
        }
        guard k + 1 < end else { return nil }
        return String(decoding: u[(k + 1)..<end], as: UTF8.self)
    }
}
