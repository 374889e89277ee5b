internal import CMaxMindDB
import Foundation

/// A NULL-terminated key path for `MMDB_aget_value` (the variadic `MMDB_get_value` cannot be
/// called from Swift). Built once per process and never freed, so lookups allocate nothing.
final class LookupPath: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<UnsafePointer<CChar>?>
    /// The path as messages name it (`location.accuracy_radius`).
    let name: String

    init(_ keys: [String]) {
        name = keys.joined(separator: ".")
        pointer = .allocate(capacity: keys.count + 1)
        for (i, key) in keys.enumerated() { pointer[i] = UnsafePointer(strdup(key)) }
        pointer[keys.count] = nil
    }

    static let country = LookupPath(["country", "iso_code"])
    static let registeredCountry = LookupPath(["registered_country", "iso_code"])
    static let continent = LookupPath(["continent", "code"])
    static let city = LookupPath(["city", "names", "en"])
    static let latitude = LookupPath(["location", "latitude"])
    static let longitude = LookupPath(["location", "longitude"])
    static let accuracyRadius = LookupPath(["location", "accuracy_radius"])
    static let asn = LookupPath(["autonomous_system_number"])
    static let asOrganization = LookupPath(["autonomous_system_organization"])
    static let provider = LookupPath(["provider"])
}
