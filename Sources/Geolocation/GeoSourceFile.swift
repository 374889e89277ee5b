import Foundation
import ResidencyCore
import Yams

/// The YAML that `residency geo compile` turns into an MMDB (fixtures, private ranges):
///
///     version: 1
///     databaseType: residency-fixture      # optional
///     description: Test networks           # optional
///     recordSize: 28                       # optional: 24, 28 or 32
///     networks:
///       - network: 192.0.2.0/24
///         country: NO
///         city: Oslo
///         coordinates: [59.91, 10.75]      # latitude, longitude
///         accuracyRadius: 20
///         asn: 64500
///         organization: Example Hosting AS
///         provider: example-cloud
///
/// Unknown keys are errors with their line, so a typo never silently drops a field.
public struct GeoSourceFile: Equatable, Sendable {
    public static let currentVersion = 1

    public var version: Int
    public var databaseType: String
    public var description: String?
    public var recordSize: Int?
    public var networks: [GeoSourceNetwork]

    /// Reads and validates `path`; errors name the file and, where known, the line.
    public static func load(path: String) throws(GeolocationError) -> GeoSourceFile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .invalidSource(path: path, line: nil, message: "cannot read (\(error.localizedDescription))")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws(GeolocationError) -> GeoSourceFile {
        do {
            return try YAMLDecoder().decode(GeoSourceFile.self, from: text)
        } catch {
            // Yams wraps what init(from:) throws; find the innermost cause.
            var cause: Error = error
            while case DecodingError.dataCorrupted(let context) = cause, let inner = context.underlyingError {
                cause = inner
            }
            switch cause {
            case let issue as SourceIssue:
                throw .invalidSource(path: path, line: issue.line, message: issue.message)
            case let yaml as YamlError:
                throw .invalidSource(path: path, line: nil, message: "not valid YAML (\(yaml))")
            case let decoding as DecodingError:
                throw .invalidSource(path: path, line: nil, message: SourceIssue.describe(decoding))
            default:
                throw .invalidSource(path: path, line: nil, message: "\(cause)")
            }
        }
    }

    /// The writer loaded with every network, in the GeoIP2 layout.
    public func writer(buildDate: Date = Date()) throws(GeolocationError) -> MMDBWriter {
        var writer = MMDBWriter(
            databaseType: databaseType, description: description.map { ["en": $0] } ?? [:],
            recordSize: recordSize, buildDate: buildDate)
        for entry in networks {
            do { try writer.add(entry.network, value: entry.record) } catch {
                throw .invalidSource(path: "", line: entry.line, message: error.description)
            }
        }
        return writer
    }
}

/// One network of a source file and what it says about it.
public struct GeoSourceNetwork: Equatable, Sendable {
    public var network: IPNetwork
    public var country: String?
    public var registeredCountry: String?
    public var continent: String?
    public var city: String?
    public var latitude: Double?
    public var longitude: Double?
    public var accuracyRadius: Int?
    public var asn: UInt32?
    public var organization: String?
    public var provider: String?
    /// Where it is written (1-based), for messages.
    public var line: Int?

    /// The MMDB record, in the GeoIP2 / GeoLite2 layouts any MaxMind reader understands.
    public var record: MMDBValue {
        var map: [String: MMDBValue] = [:]
        if let country { map["country"] = .map(["iso_code": .string(country)]) }
        if let registeredCountry { map["registered_country"] = .map(["iso_code": .string(registeredCountry)]) }
        if let continent { map["continent"] = .map(["code": .string(continent)]) }
        if let city { map["city"] = .map(["names": .map(["en": .string(city)])]) }
        var location: [String: MMDBValue] = [:]
        if let latitude { location["latitude"] = .double(latitude) }
        if let longitude { location["longitude"] = .double(longitude) }
        if let accuracyRadius { location["accuracy_radius"] = .uint16(UInt16(accuracyRadius)) }
        if !location.isEmpty { map["location"] = .map(location) }
        if let asn { map["autonomous_system_number"] = .uint32(asn) }
        if let organization { map["autonomous_system_organization"] = .string(organization) }
        if let provider { map["provider"] = .string(provider) }
        return .map(map)
    }
}

/// A problem found while decoding, with the line it is on.
struct SourceIssue: Error {
    var line: Int?
    var message: String

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)): missing key '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

struct AnyKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where Key == AnyKey {
    /// Throws at the first key not in `known`, naming its line.
    func rejectUnknownKeys(_ known: Set<String>, in decoder: Decoder) throws {
        for key in allKeys where !known.contains(key.stringValue) {
            let line = (try? superDecoder(forKey: key))?.mark?.line ?? decoder.mark?.line
            throw SourceIssue(
                line: line,
                message: "unknown key '\(key.stringValue)' (expected one of: \(known.sorted().joined(separator: ", ")))"
            )
        }
    }

    func value<T: Decodable>(_ key: String, _ type: T.Type = T.self) throws -> T? {
        do {
            return try decodeIfPresent(T.self, forKey: AnyKey(key))
        } catch let error as DecodingError {
            let line = (try? superDecoder(forKey: AnyKey(key)))?.mark?.line
            throw SourceIssue(line: line, message: "'\(key)': \(SourceIssue.describe(error))")
        }
    }
}

extension GeoSourceFile: Decodable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        try c.rejectUnknownKeys(["version", "databaseType", "description", "recordSize", "networks"], in: decoder)
        guard let version = try c.value("version", Int.self) else {
            throw SourceIssue(
                line: decoder.mark?.line,
                message: "missing 'version' (this residency reads version \(Self.currentVersion))")
        }
        guard version == Self.currentVersion else {
            throw SourceIssue(
                line: (try? c.superDecoder(forKey: AnyKey("version")))?.mark?.line,
                message: "version \(version) is not supported (this residency reads version \(Self.currentVersion))")
        }
        self.version = version
        databaseType = try c.value("databaseType") ?? "residency-compiled"
        description = try c.value("description")
        recordSize = try c.value("recordSize")
        if let recordSize, ![24, 28, 32].contains(recordSize) {
            throw SourceIssue(
                line: (try? c.superDecoder(forKey: AnyKey("recordSize")))?.mark?.line,
                message: "recordSize must be 24, 28 or 32")
        }
        networks = try c.value("networks") ?? []
    }
}

extension GeoSourceNetwork: Decodable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        line = decoder.mark?.line
        try c.rejectUnknownKeys(
            [
                "network", "country", "registeredCountry", "continent", "city", "coordinates",
                "accuracyRadius", "asn", "organization", "provider",
            ], in: decoder)
        guard let text = try c.value("network", String.self) else {
            throw SourceIssue(
                line: line, message: "a network entry needs 'network' (a CIDR prefix such as 192.0.2.0/24)")
        }
        guard let network = IPNetwork(text) else {
            throw SourceIssue(line: line, message: "'\(text)' is not a CIDR prefix")
        }
        self.network = network
        country = try c.value("country")
        registeredCountry = try c.value("registeredCountry")
        for (key, code) in [("country", country), ("registeredCountry", registeredCountry)] {
            if let code, !(code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase }) {
                throw SourceIssue(line: line, message: "\(key) '\(code)' is not an ISO 3166 alpha-2 code such as NO")
            }
        }
        continent = try c.value("continent")
        city = try c.value("city")
        if let coordinates = try c.value("coordinates", [Double].self) {
            guard coordinates.count == 2, (-90...90).contains(coordinates[0]), (-180...180).contains(coordinates[1])
            else {
                throw SourceIssue(line: line, message: "coordinates must be [latitude, longitude] in degrees")
            }
            latitude = coordinates[0]
            longitude = coordinates[1]
        }
        accuracyRadius = try c.value("accuracyRadius")
        if let accuracyRadius, !(0...Int(UInt16.max)).contains(accuracyRadius) {
            throw SourceIssue(line: line, message: "accuracyRadius must be 0...65535 (km)")
        }
        asn = try c.value("asn")
        organization = try c.value("organization")
        provider = try c.value("provider")
    }
}
