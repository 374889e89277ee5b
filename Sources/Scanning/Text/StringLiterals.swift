/// The string literals of one line of program source, each with the key it is given to when the
/// code names one: `Redis(host="redis")`, `{ host: 'db' }`, `{"host": "db"}`, `conn.Server = "x"`.
/// In code, connection settings live in literals; reading them one by one keeps the rest of the
/// line (calls, operators, other literals) from being taken for part of a value, which is what
/// lets an ADO.NET string inside `OpenDbConnection("Server=db;…")` be read as one.
enum StringLiterals {
    struct Literal: Equatable {
        /// The key the literal is assigned or passed to, when it is one (`host` in `host="db"`).
        var key: String?
        var value: String
        /// UTF-8 offset of the literal's first character (after the quote) in the line.
        var offset: Int
    }

    static func literals(in u: ArraySlice<UInt8>) -> [Literal] {
        let base = u.startIndex
        var out: [Literal] = []
        var previousLiteral: (start: Int, end: Int)?
        var i = base
        while i < u.endIndex {
            let q = u[i]
            guard q == 0x22 || q == 0x27 || q == 0x60 else {
                i += 1
                continue
            }
            var j = i + 1
            while j < u.endIndex, u[j] != q {
                if u[j] == 0x5C { j += 1 }  // backslash escape
                j += 1
            }
            guard j < u.endIndex else { break }  // unterminated: the rest is not a literal we can trust
            let value = String(decoding: u[(i + 1)..<j], as: UTF8.self)
            out.append(
                Literal(
                    key: key(before: i, in: u, previousLiteral: previousLiteral), value: value, offset: i + 1 - base))
            previousLiteral = (i + 1, j)
            i = j + 1
        }
        return out
    }

    /// The key in `key = "…"`, `key: "…"`, `key => "…"`, `"key": "…"`; nil for a comparison
    /// (`== "…"`), an argument or anything else.
    private static func key(
        before quote: Int, in u: ArraySlice<UInt8>, previousLiteral: (start: Int, end: Int)?
    ) -> String? {
        var k = quote - 1
        while k >= u.startIndex, u[k] == 0x20 || u[k] == 0x09 { k -= 1 }
        guard k >= u.startIndex else { return nil }
        if u[k] == 0x3E, k > u.startIndex, u[k - 1] == 0x3D {
            k -= 1
        }  // =>
        else if u[k] == 0x3D, k > u.startIndex, u[k - 1] == 0x3A {
            k -= 1
        }  // :=
        guard u[k] == 0x3D || u[k] == 0x3A else { return nil }
        if u[k] == 0x3D, k > u.startIndex, [0x3D, 0x21, 0x3C, 0x3E].contains(u[k - 1]) { return nil }  // == != <= >=
        k -= 1
        while k >= u.startIndex, u[k] == 0x20 || u[k] == 0x09 { k -= 1 }
        guard k >= u.startIndex else { return nil }
        if let p = previousLiteral, k == p.end {  // `"host": "db"`
            return String(decoding: u[p.start..<p.end], as: UTF8.self)
        }
        let end = k + 1
        while k >= u.startIndex, TextScanner.isKeyByte(u[k]) { k -= 1 }
        guard k + 1 < end else { return nil }
        return String(decoding: u[(k + 1)..<end], as: UTF8.self)
    }

}
