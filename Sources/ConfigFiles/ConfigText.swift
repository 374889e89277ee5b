import Foundation

/// The text of a config file (estate file, provider catalogue, policy), refused when it is not
/// text: a NUL byte or bytes that are not UTF-8 are an error naming the file and the line, where
/// YAML would read binary bytes as an empty or truncated document and the run would go on.
public enum ConfigText {
    /// Reads `path`; `what` names the file's role in the message (`estate file`).
    public static func read(path: String, what: String) throws(ConfigFileError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigFileError(file: path, line: nil, message: "cannot read the \(what)")
        }
        return try decode([UInt8](data), file: path)
    }

    /// `bytes` as a String when they are UTF-8 text without NUL.
    public static func decode(_ bytes: [UInt8], file: String) throws(ConfigFileError) -> String {
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                if scalar == "\0" {
                    throw ConfigFileError(
                        file: file, line: line, message: "not a text file (a NUL byte: binary content)")
                }
            case .emptyInput:
                break loop
            case .error:
                throw ConfigFileError(file: file, line: line, message: "not UTF-8 text (an invalid byte sequence)")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A String already decoded (an embedded or in-memory file) may still hold NUL.
    public static func check(_ text: String, file: String) throws(ConfigFileError) {
        guard text.utf8.contains(0) else { return }
        var line = 1
        for byte in text.utf8 {
            if byte == 0 { break }
            if byte == UInt8(ascii: "\n") { line += 1 }
        }
        throw ConfigFileError(file: file, line: line, message: "not a text file (a NUL byte: binary content)")
    }
}
