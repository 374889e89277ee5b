/// What a value read from a geolocation database may be. Outside these, the database is rejected
/// (README, "Numeric ranges").
enum ValueRanges {
    static let latitude: ClosedRange<Double> = -90...90
    static let longitude: ClosedRange<Double> = -180...180
    /// Half the Earth's circumference (40,075 km / 2): no radius can be larger. MaxMind's own
    /// databases stay at or below 1,000 km.
    static let accuracyRadiusKm: ClosedRange<Double> = 0...20_038
    /// AS numbers are 32-bit (RFC 6793).
    static let asn: ClosedRange<Double> = 0...Double(UInt32.max)
}
