import Foundation
import Geolocation
import Policy
import Reporting
import ResidencyCore
import Resolving
import Scanning

/// The pipeline, and nothing else: scan → resolve → geolocate → join → judge. Each stage's output is a
/// plain value handed to the next; the report is built from the last.
public enum Auditor {
    /// What the stages found, before the gate and the baseline are applied.
    public struct Outcome: Sendable {
        public var files: Int
        public var endpoints: [AuditedEndpoint]
        public var findings: [Finding]
        public var chains: [AuditDocument.Chain]
        public var geodata: [GeodataInfo]
    }

    /// Throws when a geolocation database fails a lookup: the audit cannot place what it must.
    public static func run(_ request: AuditRequest) throws(GeolocationError) -> Outcome {
        request.trace?.mark("load (estate, policy, catalogue, geodata)")
        let scan = ScanEngine(options: request.scanOptions).scan(root: request.root)
        request.trace?.mark("scan")

        let locator = request.geodata.map { GeoAddressLocator(databases: $0) }
        let resolver = Resolver(
            estate: request.estate, catalogue: request.catalogue, locator: locator, mode: request.mode,
            namespaces: EndpointResolution.namespaces(in: scan.endpoints),
            services: EndpointResolution.services(in: scan.endpoints))
        let resolved = EndpointResolution(resolver: resolver, catalogue: request.catalogue).resolve(scan.endpoints)
        if let error = locator?.error { throw error }
        // One datastore, one endpoint: a Terraform declaration and the host names it produces.
        request.trace?.mark("resolve")
        let audited = DatastoreJoin.join(resolved)
        request.trace?.mark("join")

        let geodata = GeodataInventory.describe(request.geodata, today: request.today)
        var input = AuditInput(
            endpoints: audited, routes: scan.routes, upstreams: scan.upstreams, edges: scan.edges,
            diagnostics: scan.diagnostics, unresolved: scan.unresolved, geodata: geodata,
            suppressions: suppressions(request), clusterSite: clusterSite(request.estate),
            clusterSiteName: request.estate.defaultCluster?.site,
            providerRegions: providerRegions(request.catalogue),
            dataPrivacyFramework: dataPrivacyFramework(request.catalogue),
            factsReviewed: request.catalogue.reviewed.map {
                [ReviewedFacts(file: "providers/catalogue.yaml (built in)", reviewed: $0)]
            } ?? [],
            nginxVersion: nil,
            today: request.today)
        (input.nginxVersion, input.nginxVersionSource) = nginxRelease(estate: request.estate, images: scan.nginxImages)
        input.offRequestPath = BatchConnections.offRequestPath(audited, estate: request.estate)
        let evaluation = PolicyEvaluator.evaluate(input, policy: request.policy)
        request.trace?.mark("evaluate")
        return Outcome(
            files: scan.files, endpoints: audited, findings: evaluation.findings,
            chains: allChainsWorstFirst(evaluation).map(chainReport), geodata: geodata)
    }

    /// The nginx release that serves the estate's configuration: the estate file's statement
    /// first; else the images the estate runs, the oldest release among them (an auditor assumes
    /// no newer nginx than some gateway may run), unknown when any runs a floating tag.
    static func nginxRelease(estate: EstateFile, images: [NginxImage]) -> (NginxVersion?, String?) {
        if let v = estate.nginxVersion { return (v, "estate file") }
        guard !images.isEmpty else { return (nil, nil) }
        func place(_ i: NginxImage) -> String { "image \(i.image) at \(i.location.path):\(i.location.line)" }
        if let floating = images.first(where: { $0.version == nil }) {
            return (
                nil,
                "\(place(floating)) has a floating tag; state the release in the estate file: nginx: {version: \"…\"}"
            )
        }
        let oldest = images.min { ($0.version!, $0) < ($1.version!, $1) }!
        return (oldest.version, place(oldest))
    }

    /// The report: baseline marks applied, counts and the gate derived from them.
    public static func document(
        _ outcome: Outcome, request: AuditRequest, failOn: FailThreshold,
        baseline: Baseline?
    ) -> AuditDocument {
        let findings = baseline.map { $0.marking(outcome.findings) } ?? outcome.findings
        return AuditDocument(
            scannedPath: request.displayPath, auditDate: request.today, policy: request.policy.names,
            geodata: outcome.geodata,
            files: outcome.files, endpoints: outcome.endpoints, findings: findings, chains: outcome.chains,
            failOn: failOn)
    }

    /// The regions of each catalogue provider whose site is known, keyed by the provider's name
    /// as locations carry it: the choices for "move it to the nearest allowed region".
    private static func providerRegions(_ catalogue: ProviderCatalogue) -> [String: [ProviderRegion]] {
        var out: [String: [ProviderRegion]] = [:]
        for site in catalogue.sites {
            guard let provider = catalogue.provider(id: site.table) else { continue }
            out[provider.name, default: []].append(
                ProviderRegion(
                    id: site.region, country: site.country, city: site.city,
                    latitude: site.latitude, longitude: site.longitude))
        }
        return out
    }

    /// Each catalogue provider's Data Privacy Framework status, keyed by its name as locations
    /// carry it; providers the catalogue has not checked are `unknown` (treated as not certified).
    static func dataPrivacyFramework(_ catalogue: ProviderCatalogue) -> [String: DPFStatus] {
        var out: [String: DPFStatus] = [:]
        for p in catalogue.providers where out[p.name] == nil {
            switch p.dpf.certified {
            case .certified: out[p.name] = .certified
            case .notCertified: out[p.name] = .notCertified
            case .unknown: out[p.name] = .unknown
            }
        }
        return out
    }

    /// Every chain, grouped by route (in route order) and slowest first within a route, so the
    /// first chain of each route is its worst and a chain through a far datastore is never hidden.
    private static func allChainsWorstFirst(_ e: Evaluation) -> [LatencyChain] {
        let order = Dictionary(e.worstChains.enumerated().map { ($1.routeName, $0) }, uniquingKeysWith: { a, _ in a })
        // Keys worked out once per chain: a path description is built from every hop.
        let keys = e.chains.map { (route: order[$0.routeName] ?? Int.max, ms: $0.totalMs, path: $0.pathDescription) }
        return e.chains.indices.sorted { a, b in
            let ka = keys[a]
            let kb = keys[b]
            if ka.route != kb.route { return ka.route < kb.route }
            if ka.ms != kb.ms { return ka.ms > kb.ms }
            return ka.path < kb.path
        }.map { e.chains[$0] }
    }

    private static func chainReport(_ c: LatencyChain) -> AuditDocument.Chain {
        AuditDocument.Chain(
            route: c.routeName,
            hops: c.hops.map {
                AuditDocument.Chain.Hop(
                    from: $0.from, to: $0.to, place: $0.place, distanceKm: $0.distanceKm ?? 0,
                    roundTrips: $0.roundTrips, estimateMs: $0.estimateMs, reusesConnections: $0.reusesConnections)
            }, totalMs: c.totalMs, budgetMs: c.budgetMs)
    }

    /// The estate file's suppressions, naming the file the way the report names paths.
    private static func suppressions(_ request: AuditRequest) -> [SuppressionInfo] {
        let file = request.estatePath ?? "residency.yaml"
        return request.estate.suppressions.map {
            SuppressionInfo(
                rule: $0.rule, host: $0.host, path: $0.path, resource: $0.resource, reason: $0.reason,
                expires: $0.expires,
                file: file, line: $0.line)
        }
    }

    /// Where the organisation's own components run: the default cluster's site.
    private static func clusterSite(_ estate: EstateFile) -> Location? {
        guard let cluster = estate.defaultCluster, let site = estate.sites[cluster.site] else { return nil }
        var loc = Location(
            address: "cluster \(cluster.name)", country: site.country, city: site.city,
            latitude: site.latitude, longitude: site.longitude, provider: site.provider,
            jurisdiction: site.jurisdiction ?? site.country, source: .estate)
        if site.latitude != nil, site.longitude != nil { loc.precision = .city }
        return loc
    }
}
