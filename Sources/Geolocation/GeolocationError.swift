/// What went wrong while reading, writing or building geodata; each message names the file.
public enum GeolocationError: Error, Equatable, CustomStringConvertible {
    /// libmaxminddb refused the file (not an MMDB, truncated, corrupt metadata, unreadable).
    case cannotOpen(path: String, reason: String)
    /// libmaxminddb failed during a lookup (an `mmdb_error`: corrupt tree or data section).
    case lookupFailed(path: String, address: String, reason: String)
    /// A value in the database is out of its range or of the wrong type (a NaN coordinate, a
    /// radius beyond the Earth, an ASN beyond 32 bits): the database cannot be trusted.
    case invalidValue(path: String, address: String, field: String, reason: String)
    /// The text is not an IP address (inet_pton, or getaddrinfo's `gai_error`).
    case invalidAddress(String, reason: String)
    /// An IPv6 address asked of an IPv4-only database.
    case ipv6InIPv4Database(path: String, address: String)
    /// A source file (YAML networks, tor-geoipdb ranges) is malformed at a line.
    case invalidSource(path: String, line: Int?, message: String)
    /// Writing a database failed.
    case cannotWrite(path: String, reason: String)
    /// No database was given and none was found or could be built.
    case noGeodata(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "\(path): not a readable MaxMind DB (\(reason))"
        case .lookupFailed(let path, let address, let reason): "\(path): lookup of \(address) failed (\(reason))"
        case .invalidValue(let path, let address, let field, let reason):
            "\(path): invalid database: \(field) for \(address) is \(reason)"
        case .invalidAddress(let text, let reason): "\(text): not an IP address (\(reason))"
        case .ipv6InIPv4Database(let path, let address): "\(path): \(address) is IPv6 but the database holds IPv4 only"
        case .invalidSource(let path, let line, let message):
            line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
        case .cannotWrite(let path, let reason): "\(path): cannot write (\(reason))"
        case .noGeodata(let why): why
        }
    }
}
