import Foundation

/// Every JSON document leaves through here: sorted keys, pretty-printed, `/` unescaped, so the
/// same input gives byte-identical output on every machine (golden files depend on it).
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        try encodeFragment(value) + "\n"
    }
}
