import ResidencyCore

/// The policy in force for one run, after `extends` chains are merged and every file validated.
/// Each section is optional: a rule whose section no policy file sets does not run.
public struct Policy: Sendable, Hashable {
    /// The policy names that make it up, in merge order (`gdpr-eea`, `schrems-ii`, …).
    public var names: [String]
    public var residency: ResidencyPolicy?
    public var jurisdiction: JurisdictionPolicy?
    public var latency: LatencyPolicy?
    public var geodata: GeodataPolicy?
    /// The day each policy file's facts (country lists, adequacy decisions, the latency
    /// calibration) were last checked, `YYYY-MM-DD`, by policy name; files without `reviewed` are
    /// absent. `stale-facts` reports the ones more than a year old.
    public var reviewed: [String: String]

    public init(
        names: [String] = [], residency: ResidencyPolicy? = nil, jurisdiction: JurisdictionPolicy? = nil,
        latency: LatencyPolicy? = nil, geodata: GeodataPolicy? = nil, reviewed: [String: String] = [:]
    ) {
        self.names = names
        self.residency = residency
        self.jurisdiction = jurisdiction
        self.latency = latency
        self.geodata = geodata
        self.reviewed = reviewed
    }
}

/// GDPR Art. 44–49: where personal data may be persisted, and where it may be sent.
public struct ResidencyPolicy: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 codes: the EEA (EU-27 + IS, LI, NO).
    public var allowedCountries: Set<String>
    /// Countries with an Art. 45 adequacy decision, allowed only when `allowAdequacy` is set. The
    /// US decision (EU-US Data Privacy Framework) covers certified organisations only: `US` is
    /// allowed only for an operator the catalogue records as certified.
    public var adequacyCountries: Set<String>
    public var allowAdequacy: Bool
    /// Roles whose endpoints persist data (`datastore`, `queue`, `object-storage`).
    public var persistenceRoles: Set<EndpointRole>
    /// Roles whose endpoints receive data in transit (`upstream`, `telemetry`, `other`).
    public var transferRoles: Set<EndpointRole>
    public var persistenceSeverity: Severity
    public var transferSeverity: Severity
    public var unknownLocationSeverity: Severity

    public init(
        allowedCountries: Set<String>, adequacyCountries: Set<String> = [], allowAdequacy: Bool = false,
        persistenceRoles: Set<EndpointRole> = [.datastore, .queue, .objectStorage],
        transferRoles: Set<EndpointRole> = [.upstream, .telemetry, .other],
        persistenceSeverity: Severity = .critical, transferSeverity: Severity = .high,
        unknownLocationSeverity: Severity = .medium
    ) {
        self.allowedCountries = allowedCountries
        self.adequacyCountries = adequacyCountries
        self.allowAdequacy = allowAdequacy
        self.persistenceRoles = persistenceRoles
        self.transferRoles = transferRoles
        self.persistenceSeverity = persistenceSeverity
        self.transferSeverity = transferSeverity
        self.unknownLocationSeverity = unknownLocationSeverity
    }

    /// Whether data may be persisted in / sent to this country under the policy, by an operator
    /// with this EU-US Data Privacy Framework status. The US adequacy decision covers only
    /// certified organisations, so `US` passes as an adequacy country only for a certified
    /// operator; an unknown status counts as not certified (fail closed).
    public func allows(_ country: String, dpf: DPFStatus = .unknown) -> Bool {
        if allowedCountries.contains(country) { return true }
        guard allowAdequacy, adequacyCountries.contains(country) else { return false }
        return country != "US" || dpf == .certified
    }
}

/// Third-country access (Schrems II, CJEU C-311/18; EDPB Guidelines 05/2021): an operator subject to
/// US law is flagged in any region as an access risk, by policy choice; a transfer only where data leaves.
public struct JurisdictionPolicy: Sendable, Hashable {
    /// Jurisdictions flagged (`US`).
    public var flagged: Set<String>
    public var severity: Severity
    /// Severity for endpoints that only pass data through (upstream, telemetry).
    public var transferSeverity: Severity
    /// EDPB Recommendations 01/2020 supplementary measures to name in the remediation.
    public var supplementaryMeasures: [String]
    /// EEA-owned alternatives by endpoint kind or role raw value (`postgres`, `object-storage`, `telemetry`).
    public var alternatives: [String: [String]]

    public init(
        flagged: Set<String> = ["US"], severity: Severity = .high, transferSeverity: Severity = .medium,
        supplementaryMeasures: [String] = [], alternatives: [String: [String]] = [:]
    ) {
        self.flagged = flagged
        self.severity = severity
        self.transferSeverity = transferSeverity
        self.supplementaryMeasures = supplementaryMeasures
        self.alternatives = alternatives
    }
}

/// The Norway latency budget: where users are, how round trips are estimated, what is allowed.
public struct LatencyPolicy: Sendable, Hashable {
    public var origin: Origin
    public var model: RoundTripModel
    /// Budget for one hop from a service to a datastore/queue (chatty: many queries per request).
    public var hopBudgetMs: Double
    /// Budget for the whole chain origin → gateway → services → deepest datastore.
    public var chainBudgetMs: Double
    /// Round trips a request makes to a datastore hop (queries per request) in the chain sum.
    public var datastoreRoundTrips: Int
    public var severity: Severity
    public var connectionReuseSeverity: Severity

    public init(
        origin: Origin, model: RoundTripModel, hopBudgetMs: Double, chainBudgetMs: Double,
        datastoreRoundTrips: Int = 1, severity: Severity = .medium, connectionReuseSeverity: Severity = .low
    ) {
        self.origin = origin
        self.model = model
        self.hopBudgetMs = hopBudgetMs
        self.chainBudgetMs = chainBudgetMs
        self.datastoreRoundTrips = datastoreRoundTrips
        self.severity = severity
        self.connectionReuseSeverity = connectionReuseSeverity
    }

    public struct Origin: Sendable, Hashable {
        public var name: String
        public var country: String
        public var latitude: Double
        public var longitude: Double

        public init(name: String, country: String, latitude: Double, longitude: Double) {
            self.name = name
            self.country = country
            self.latitude = latitude
            self.longitude = longitude
        }
    }
}

/// The round-trip estimate for one hop: `2 · stretched route km / fibreKmPerMs + fixedMs`, the
/// route's first `longHaulKm` stretched by `stretch`, the rest by `longHaulStretch`
/// (`LatencyModel`, `RoutePaths`).
public struct RoundTripModel: Sendable, Hashable {
    /// Light in fibre: about 200 km per millisecond one way (refractive index ≈ 1.47).
    public var fibreKmPerMs: Double
    /// Real routes are longer than the great circle: the stretch of regional routes.
    public var stretch: Double
    /// Where the long-haul band starts: beyond it, routes are long subsea cables.
    public var longHaulKm: Double = 3000
    /// Long-haul cables run close to the great circle (transatlantic cables are a few percent
    /// longer than it; the rest is landing stations and backhaul). Never above `stretch`.
    public var longHaulStretch: Double = 1.25
    /// Fixed cost of every hop (switching, serialisation, the far end's stack).
    public var fixedMs: Double
    /// Extra round trips a new TCP connection costs (SYN / SYN-ACK before the first byte).
    public var tcpHandshakeRoundTrips: Int
    /// Extra round trips a new TLS session costs (1 for TLS 1.3, 2 for TLS 1.2).
    public var tlsHandshakeRoundTrips: Int

    public init(
        fibreKmPerMs: Double = 200, stretch: Double, fixedMs: Double, tcpHandshakeRoundTrips: Int = 1,
        tlsHandshakeRoundTrips: Int = 1
    ) {
        self.fibreKmPerMs = fibreKmPerMs
        self.stretch = stretch
        self.fixedMs = fixedMs
        self.tcpHandshakeRoundTrips = tcpHandshakeRoundTrips
        self.tlsHandshakeRoundTrips = tlsHandshakeRoundTrips
    }
}

/// How old a geolocation database may be before its answers are doubted.
public struct GeodataPolicy: Sendable, Hashable {
    public var maxAgeDays: Int
    public var severity: Severity

    public init(maxAgeDays: Int, severity: Severity = .low) {
        self.maxAgeDays = maxAgeDays
        self.severity = severity
    }
}
