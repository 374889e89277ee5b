import ResidencyCore

/// The fixed points every latency estimate is made from: the model, where users are (the
/// policy's origin) and where the organisation's own components run ("home": the estate's
/// cluster site). Built once per evaluation and shared by the latency rules, the service graph
/// and the remediation.
public struct LatencyFrame: Sendable {
    public var model: LatencyModel
    /// Where users are; nil without a latency policy (the cluster site stands in for
    /// remediation estimates then).
    public var origin: GeoPoint?
    public var originName: String
    /// Where the gateway and in-cluster services run: the cluster site, else the origin.
    public var home: GeoPoint?
    public var homeLabel: String
    /// The cluster site as a location, so a hop from it can use a published figure
    /// (`PublishedRoundTrips`) when the site is a provider region.
    public var homeLocation: Location?

    /// The model remediation uses when no latency policy is in force: the calibration that
    /// `policies/norway-latency.yaml` is checked against (Oslo–Amsterdam ≈ 17 ms).
    public static let referenceModel = RoundTripModel(stretch: 1.8, fixedMs: 0.5)

    public init(input: AuditInput, policy: Policy) {
        model = LatencyModel(policy.latency?.model ?? Self.referenceModel)
        let site = input.clusterSite
        let sitePoint = site?.point
        let siteLabel = site.map { s in [s.city, s.country].compactMap { $0 }.joined(separator: ", ") }.flatMap {
            $0.isEmpty ? nil : $0
        }
        if let o = policy.latency?.origin {
            origin = o.point
            originName = o.name
        } else {
            origin = sitePoint
            originName = site?.city ?? siteLabel ?? "the cluster site"
        }
        home = sitePoint ?? origin
        homeLocation = sitePoint == nil ? nil : site
        homeLabel =
            input.clusterSiteName.map { name in siteLabel.map { "\(name) (\($0))" } ?? name }
            ?? siteLabel ?? originName
    }

    /// One round trip between two placed ends: the provider's published figure when both are
    /// regions it measures (`PublishedRoundTrips`), else the model's estimate along the route.
    public func roundTrip(
        from a: GeoPoint, _ aLocation: Location?, to b: GeoPoint, _ bLocation: Location?
    )
        -> (ms: Double, published: PublishedRoundTrips.Measurement?)
    {
        if let m = PublishedRoundTrips.between(aLocation, bLocation) { return (m.ms, m) }
        return (model.roundTripMs(from: a, to: b), nil)
    }

    /// Round trip from the origin to a point, when both are known.
    public func roundTripFromOrigin(to point: GeoPoint) -> Double? {
        origin.map { model.roundTripMs(from: $0, to: point) }
    }
}
