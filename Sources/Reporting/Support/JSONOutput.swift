import Foundation

/// Every JSON document leaves through here: sorted keys, pretty-printed, `/` unescaped, so the
/// same input gives byte-identical output on every machine (golden files depend on it).
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
