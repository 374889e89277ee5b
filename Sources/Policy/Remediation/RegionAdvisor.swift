import ResidencyCore

/// "Move it to the nearest allowed region of the same provider": which region, where it is and
/// what a round trip to it costs. Staying with the provider is the cheapest fix to carry out
/// (same engine, same tooling, a snapshot restore or a read replica promoted), so it comes first.
public struct RegionAdvice: Sendable, Hashable {
    public var provider: String
    /// The region the endpoint is in now, when its host name, its Terraform placement or its
    /// coordinates tell.
    public var current: ProviderRegion?
    public var suggested: ProviderRegion
    /// Where the estimate is from (the policy's origin, or the cluster site for a service hop).
    public var fromName: String
    public var distanceKm: Double
    /// One round trip from `fromName` to the suggested region.
    public var roundTripMs: Double
    /// One round trip from `fromName` to where the endpoint is now, when known.
    public var currentRoundTripMs: Double?

    /// `Amazon Web Services eu-north-1 (Stockholm, SE)`
    public var suggestedName: String { "\(provider) \(suggested.id) (\(suggested.city), \(suggested.country))" }
}

enum RegionAdvisor {
    /// The allowed region of `location`'s provider nearest to `from`; nil when the provider's
    /// regions are not known, none is allowed, or the endpoint already is in the nearest one.
    static func advise(
        _ e: AuditedEndpoint, location: Location, regions: [String: [ProviderRegion]],
        allows: (String) -> Bool, from: GeoPoint?, fromName: String, model: LatencyModel
    ) -> RegionAdvice? {
        guard let provider = location.provider, let list = regions[provider], let from else { return nil }
        let candidates = list.filter { allows($0.country) }
        guard
            let best = candidates.min(by: { a, b in
                let da = from.distanceKm(to: a.point)
                let db = from.distanceKm(to: b.point)
                return da != db ? da < db : a.id < b.id
            })
        else { return nil }
        let current = currentRegion(e, location: location, regions: list)
        if current?.id == best.id { return nil }
        let d = from.distanceKm(to: best.point)
        let now = location.point ?? current?.point
        return RegionAdvice(
            provider: provider, current: current, suggested: best, fromName: fromName, distanceKm: d,
            roundTripMs: model.roundTripMs(from: from, to: best.point),
            currentRoundTripMs: now.map { model.roundTripMs(from: from, to: $0) })
    }

    /// The region an endpoint is in: a host or CNAME label that is a region code
    /// (`x.eu-west-1.rds.amazonaws.com`), else its Terraform placement, else the region whose
    /// coordinates its location carries.
    static func currentRegion(_ e: AuditedEndpoint, location: Location, regions: [ProviderRegion]) -> ProviderRegion? {
        let byID = Dictionary(regions.map { ($0.id.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        for name in [e.endpoint.host] + e.resolution.cnameChain {
            for label in name.lowercased().split(separator: ".") {
                if let r = byID[String(label)] { return r }
            }
        }
        if let placed = e.endpoint.placement.flatMap({ byID[$0.region.lowercased().filter { $0 != " " }] }) {
            return placed
        }
        if let p = location.point {
            return regions.filter { r in
                r.country == location.country && abs(r.latitude - p.latitude) < 0.01
                    && abs(r.longitude - p.longitude) < 0.01
            }.min { $0.id < $1.id }
        }
        return nil
    }

    /// The remediation step: "Move it from … to …, the allowed region nearest to Oslo (~416 km):
    /// ~8.0 ms a round trip, against ~113 ms now."
    static func step(_ advice: RegionAdvice, what: String) -> String {
        let from = advice.current.map { " from \($0.id) (\($0.city), \($0.country))" } ?? ""
        var s =
            "Move \(what)\(from) to \(advice.suggestedName), the allowed region nearest to \(advice.fromName) "
            + "(\(Fmt.km(advice.distanceKm))): \(Fmt.ms(advice.roundTripMs)) a round trip"
        if let now = advice.currentRoundTripMs { s += ", against \(Fmt.ms(now)) now" }
        return s + "."
    }

    /// Where Terraform sets the region: "In Terraform, set the `region` at main.tf:7 (provider "aws"
    /// alias region2) to eu-north-1 (or what it reads: a variable, a local)."
    static func terraformStep(_ advice: RegionAdvice, source: SourceLocation) -> String {
        let attribute = source.context.hasSuffix(" location") ? "location" : "region"
        let block = source.context.split(separator: " ").dropFirst().dropLast().joined(separator: " ")
        return
            "In Terraform, set the `\(attribute)` at \(source.path):\(source.line) (\(block)) to \(advice.suggested.id), "
            + "or the variable or local it reads, with a new resource there (a snapshot restored or a replica promoted)."
    }
}
