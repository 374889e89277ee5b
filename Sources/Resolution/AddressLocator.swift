import ResidencyCore

/// The seam for geolocation: where a public address is, from an MMDB (country/city, ASN).
/// Resolution does not depend on the Geolocation target; the executable (or the audit pipeline)
/// passes an implementation backed by Geolocation's MaxMind reader. Without one, addresses are
/// placed by the estate file's networks and the provider catalogue only.
public protocol AddressLocator: Sendable {
    /// The address's location (`source: .mmdb`), or nil when the databases do not know it.
    /// An implementation that knows the ASN should fill `asn`/`asOrganization`; the resolver
    /// then names the operator and its jurisdiction from the catalogue's ASN table.
    func locate(_ address: IPAddress) -> Location?
}
