import Foundation

/// The checks `Baseline.decode` makes beyond what `JSONDecoder` does (which ignores unknown keys
/// and gives no positions), and the wording of every rejection.
enum BaselineSchema {
    static let topKeys: Set<String> = ["schemaVersion", "tool", "createdFrom", "entries"]
    static let toolKeys: Set<String> = ["name", "version"]
    static let entryKeys: Set<String> = ["fingerprint", "ruleId", "path", "host"]

    /// Checked before the keys: a newer file's new keys should read as "newer version", not "typo".
    static func checkVersion(_ top: [String: Any], file: String, data: Data) throws(BaselineError) {
        guard let raw = top["schemaVersion"] else {
            throw BaselineError(
                file: file, message: "missing key 'schemaVersion' (expected \(Baseline.currentSchemaVersion))")
        }
        let line = lineOfKey("schemaVersion", in: data)
        // `true` passes here (Foundation bridges it to 1); JSONDecoder rejects it as not an integer.
        guard let number = raw as? NSNumber, let version = Int(exactly: number.doubleValue) else {
            throw BaselineError(
                file: file, line: line, message: "schemaVersion must be the number \(Baseline.currentSchemaVersion)")
        }
        guard version == Baseline.currentSchemaVersion else {
            throw BaselineError(
                file: file, line: line,
                message: "schemaVersion \(version) is not supported "
                    + "(this residency reads \(Baseline.currentSchemaVersion)); re-record it with `residency baseline`")
        }
    }

    static func checkKeys(_ top: [String: Any], file: String, data: Data) throws(BaselineError) {
        try reject(top, allowed: topKeys, at: "the top level", file: file, data: data)
        if let tool = top["tool"] as? [String: Any] {
            try reject(tool, allowed: toolKeys, at: "tool", file: file, data: data)
        }
        if let entries = top["entries"] as? [Any] {
            for (i, item) in entries.enumerated() {
                guard let entry = item as? [String: Any] else {
                    throw BaselineError(
                        file: file, message: "entries[\(i)] must be an object with fingerprint, ruleId, path and host")
                }
                try reject(entry, allowed: entryKeys, at: "entries[\(i)]", file: file, data: data)
            }
        }
    }

    static func checkFingerprints(_ baseline: Baseline, file: String, data: Data) throws(BaselineError) {
        for (i, e) in baseline.entries.enumerated() {
            let isHex = e.fingerprint.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
            if e.fingerprint.utf8.count != 64 || !isHex {
                throw BaselineError(
                    file: file, line: lineOf("\"\(e.fingerprint)\"", in: data),
                    message: "entries[\(i)].fingerprint must be 64 lower-case hex characters, got '\(e.fingerprint)'")
            }
        }
    }

    private static func reject(
        _ object: [String: Any], allowed: Set<String>, at place: String, file: String,
        data: Data
    ) throws(BaselineError) {
        guard let unknown = object.keys.filter({ !allowed.contains($0) }).sorted().first else { return }
        // The key's first occurrence is its line unless the name is also valid somewhere else.
        let known = topKeys.union(toolKeys).union(entryKeys)
        let line = known.contains(unknown) ? nil : lineOfKey(unknown, in: data)
        throw BaselineError(
            file: file, line: line,
            message: "unknown key '\(unknown)' in \(place) "
                + "(allowed: \(allowed.sorted().joined(separator: ", ")))")
    }

    /// `entries[2].ruleId: expected a string`, from what `JSONDecoder` reports.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("") { text, key in
                if let i = key.intValue { return text + "[\(i)]" }
                return text.isEmpty ? key.stringValue : text + "." + key.stringValue
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            let inside = path(context.codingPath)
            return "missing key '\(key.stringValue)'" + (inside.isEmpty ? "" : " in \(inside)")
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type)), found null"
        case .dataCorrupted(let context):
            let at = path(context.codingPath)
            return (at.isEmpty ? "" : "\(at): ") + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is [Any].Type, is [Baseline.Entry].Type: return "an array"
        default: return "\(type)"
        }
    }

    /// The parser's reason and line. Foundation says "around line L, column C" on Darwin and
    /// "around character N" (a byte offset) on Linux; both become a line.
    static func describeSyntaxError(_ error: any Error, in data: Data) -> (String, Int?) {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        var reason = detail
        if let range = reason.range(of: " around ") { reason = String(reason[..<range.lowerBound]) }
        reason = reason.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        if let line = number(after: "line ", in: detail) { return (reason, line) }
        if let offset = number(after: "character ", in: detail) {
            let bytes = data.prefix(offset)
            return (reason, bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 })
        }
        if data.isEmpty || detail.lowercased().contains("end of file") {
            return (
                data.isEmpty ? "the file is empty" : reason, data.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            )
        }
        return (reason, nil)
    }

    private static func number(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    /// The 1-based line of the first `"key"` followed by `:`.
    static func lineOfKey(_ key: String, in data: Data) -> Int? {
        let text = String(decoding: data, as: UTF8.self)
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: "\"\(key)\"", range: search) {
            let rest = text[r.upperBound...].drop(while: \.isWhitespace)
            if rest.first == ":" { return lineNumber(in: text, before: r.lowerBound) }
            search = r.upperBound..<text.endIndex
        }
        return nil
    }

    private static func lineOf(_ needle: String, in data: Data) -> Int? {
        let text = String(decoding: data, as: UTF8.self)
        guard let r = text.range(of: needle) else { return nil }
        return lineNumber(in: text, before: r.lowerBound)
    }

    /// Counted on scalars: as a Character, CRLF is one grapheme that is not "\n".
    private static func lineNumber(in text: String, before index: String.Index) -> Int {
        text.unicodeScalars[..<index].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
}
