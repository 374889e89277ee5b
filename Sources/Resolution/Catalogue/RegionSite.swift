/// Where a cloud region physically is: its city and coordinates, for the latency model and for
/// "move it to the nearest allowed region" remediation. Read from a region table's `sites:` in
/// the provider catalogue (`providers/catalogue.yaml`, which cites the providers' region
/// documentation); the country is the table's own for that region code.
public struct RegionSite: Hashable, Sendable {
    public let table: String
    public let region: String
    public let country: String
    public let city: String
    public let latitude: Double
    public let longitude: Double
}
