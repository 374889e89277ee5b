import ResidencyCore

/// `ARG` and `ENV` values a later instruction refers to as `$VAR` or `${VAR}`: substituted, so
/// `jdbc:postgresql://${DB_HOST}:${DB_PORT}/orders` says what `DB_HOST` is, and the host is then
/// looked for where the variable's value is written.
struct BuildVariables {
    private var values: [String: (value: String, origin: ValueOrigin)] = [:]

    mutating func define(_ name: String, _ value: String, _ origin: ValueOrigin) { values[name] = (value, origin) }

    /// The value with defined variables substituted, and the file offset of the first one's value;
    /// nil when nothing was substituted.
    func substitute(_ value: String) -> (value: String, from: Int?)? {
        guard value.contains("$") else { return nil }
        let u = Array(value.utf8)
        var out: [UInt8] = []
        var from: Int?
        var changed = false
        var i = 0
        func isName(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
        }
        while i < u.count {
            guard u[i] == 0x24, i + 1 < u.count else {
                out.append(u[i])
                i += 1
                continue
            }
            var nameStart = i + 1
            var nameEnd: Int
            var end: Int
            if u[i + 1] == 0x7B {
                nameStart = i + 2
                guard let close = u[nameStart...].firstIndex(of: 0x7D) else {
                    out.append(u[i])
                    i += 1
                    continue
                }
                nameEnd = nameStart
                while nameEnd < close, isName(u[nameEnd]) { nameEnd += 1 }
                guard nameEnd == close else {
                    out.append(u[i])
                    i += 1
                    continue
                }  // `${X:-d}` stays a placeholder
                end = close + 1
            } else {
                nameEnd = nameStart
                while nameEnd < u.count, isName(u[nameEnd]) { nameEnd += 1 }
                end = nameEnd
            }
            let name = String(decoding: u[nameStart..<nameEnd], as: UTF8.self)
            guard !name.isEmpty, let v = values[name] else {
                out.append(u[i])
                i += 1
                continue
            }
            out += Array(v.value.utf8)
            changed = true
            if from == nil {
                switch v.origin {
                case .verbatim(let o), .search(let o): from = o
                case .fixed: break
                }
            }
            i = end
        }
        return changed ? (String(decoding: out, as: UTF8.self), from) : nil
    }
}
