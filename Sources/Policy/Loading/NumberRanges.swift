/// The range of every number a policy file may hold, as README ("Numeric ranges") documents
/// them. Generous for any real estate, tight enough that no arithmetic on them can overflow.
enum NumberRanges {
    static let latitude: ClosedRange<Double> = -90...90
    static let longitude: ClosedRange<Double> = -180...180
    /// A route is never shorter than the great circle; ten times longer is no route at all.
    static let stretch: ClosedRange<Double> = 1...10
    static let fixedMs: ClosedRange<Double> = 0...10_000
    /// Light in vacuum covers 299.79 km per ms: no medium is faster.
    static let fibreKmPerMs: ClosedRange<Double> = 1...300
    static let handshakeRoundTrips: ClosedRange<Int> = 0...10
    static let datastoreRoundTrips: ClosedRange<Int> = 1...1_000
    /// hopMs and chainMs (and greater than 0): up to ten minutes.
    static let budgetMs: ClosedRange<Double> = 0...600_000
    /// A hundred years.
    static let maxAgeDays: ClosedRange<Int> = 1...36_500
}
