import Foundation

/// Secrets never reach any output. Scanners redact where they read, so no later stage can leak.
public enum Redaction {
    public static let mask = "***"

    /// Key names that hold secrets: their values are written `***` wherever they are shown.
    public static func isSecretKey(_ key: String) -> Bool {
        let k = key.lowercased()
        return [
            "password", "passwd", "pwd", "secret", "token", "apikey", "api_key", "api-key", "key",
            "credential", "private",
        ].contains { k.contains($0) }
            && !["keepalive", "keyspace", "monkey", "hotkey"].contains { k.contains($0) }
    }

    /// Replaces the password of a `scheme://user:password@host` URL (and any `password=`-style
    /// query or key-value pair) with `***`. The rest is kept: host and user are evidence.
    public static func redactURL(_ text: String) -> String {
        var out = redactUserinfo(text)
        out = redactKeyValues(out)
        return out
    }

    /// Every `scheme://user:password@` of the text (a value may hold several URLs), and Oracle's
    /// `jdbc:oracle:thin:user/password@host`.
    private static func redactUserinfo(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let schemeEnd = rest.range(of: "://") {
            result += rest[..<schemeEnd.upperBound]
            let afterScheme = rest[schemeEnd.upperBound...]
            // The authority ends at the first '/', '?', '#' or space after the last '@' before them.
            let stops: Set<Character> = ["/", "?", "#", " ", "\"", "'"]
            let authorityEnd = afterScheme.firstIndex { stops.contains($0) } ?? afterScheme.endIndex
            let authority = afterScheme[..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                result += authority[..<colon] + ":" + mask
                rest = afterScheme[at...]
            } else {
                rest = afterScheme
            }
        }
        result += rest
        if let thin = result.range(of: "thin:", options: .caseInsensitive),
            let at = result[thin.upperBound...].firstIndex(of: "@"),
            let slash = result[thin.upperBound..<at].firstIndex(of: "/")
        {
            result = String(result[...slash]) + mask + String(result[at...])
        }
        return result
    }

    private static func redactKeyValues(_ text: String) -> String {
        // `password=xyz;` `Password=xyz` `pwd=xyz&` in ADO.NET, libpq and query strings.
        var result = ""
        var rest = Substring(text)
        let separators: Set<Character> = [";", "&", " ", ",", "\"", "'"]
        while let eq = rest.firstIndex(of: "=") {
            let before = rest[..<eq]
            var keyStart = before.startIndex
            if let sep = before.lastIndex(where: { separators.contains($0) || $0 == "?" }) {
                keyStart = before.index(after: sep)
            }
            let key = String(before[keyStart...]).trimmingCharacters(in: .whitespaces)
            result += rest[...eq]
            rest = rest[rest.index(after: eq)...]
            if isSecretKey(key) {
                let valueEnd = rest.firstIndex { separators.contains($0) } ?? rest.endIndex
                if valueEnd != rest.startIndex { result += mask }
                rest = rest[valueEnd...]
            }
        }
        result += rest
        return result
    }
}
