import ConfigFiles
import ResidencyCore

/// Provider knowledge as data: hostname patterns → provider, service and region → country, and
/// ASN → operator. The built-in catalogue is `providers/catalogue.yaml`, embedded in the binary;
/// users extend it with a file of the same shape (their entries are tried first).
public struct ProviderCatalogue: Sendable {
    public private(set) var providers: [CatalogueProvider]
    public private(set) var services: [CatalogueService]
    /// Region table name → region code → country.
    public private(set) var regionTables: [String: [String: String]]
    /// Region table name → the regions whose site is known, in file order.
    public private(set) var regionSites: [String: [RegionSite]]
    public private(set) var asns: [Int: String]
    /// The day the file's facts were last checked (`reviewed:`, `YYYY-MM-DD`); nil when it does
    /// not say. Audits more than a year later report that the facts need review (`stale-facts`).
    public private(set) var reviewed: String?
    /// The services by the host endings their patterns require, rebuilt whenever `services` changes.
    private var index: CatalogueIndex

    public init(
        providers: [CatalogueProvider], services: [CatalogueService], regionTables: [String: [String: String]],
        regionSites: [String: [RegionSite]] = [:], asns: [Int: String], reviewed: String? = nil
    ) {
        self.providers = providers
        self.services = services
        self.regionTables = regionTables
        self.regionSites = regionSites
        self.asns = asns
        self.reviewed = reviewed
        self.index = CatalogueIndex(services: services)
    }

    /// The catalogue shipped in the binary. ResolutionTests prove it valid; should a build ship
    /// an invalid one all the same, every run that needs it stops with that error (exit 2)
    /// instead of trapping or auditing without provider knowledge.
    public static func builtIn() throws(ConfigFileError) -> ProviderCatalogue { try embedded.get() }

    /// Parsed once per process.
    private static let embedded: Result<ProviderCatalogue, ConfigFileError> = Result { () throws(ConfigFileError) in
        do {
            return try ProviderCatalogue.load(yaml: embeddedText, file: "providers/catalogue.yaml (built in)")
        } catch let error as ConfigFileError {
            throw error
        } catch {
            throw ConfigFileError(file: "providers/catalogue.yaml (built in)", line: nil, message: "\(error)")
        }
    }

    public func provider(id: String) -> CatalogueProvider? { providers.first { $0.id == id } }

    /// The first service whose pattern matches the whole (lower-cased, dot-trimmed) host name;
    /// only the services the index files under the name's last labels are tried.
    public func match(host: String) -> ProviderMatch? {
        let name = Self.normalized(host)
        return firstMatch(name, among: index.candidates(for: name))
    }

    /// `match(host:)` by trying every service in order, as before the index: the reference the
    /// tests hold the index to.
    func matchTryingEveryService(host: String) -> ProviderMatch? {
        firstMatch(Self.normalized(host), among: Array(services.indices))
    }

    private static func normalized(_ host: String) -> String {
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        return name
    }

    private func firstMatch(_ name: String, among candidates: [Int]) -> ProviderMatch? {
        for i in candidates {
            let service = services[i]
            let (matched, region) = service.match(name)
            guard matched, let provider = provider(id: service.providerID) else { continue }
            var country = service.country
            if let region, let table = service.regionTable { country = regionTables[table]?[region] ?? country }
            return ProviderMatch(provider: provider, service: service, region: region, country: country)
        }
        return nil
    }

    /// The operator announcing an address from `asn`, when the catalogue knows it.
    public func provider(forASN asn: Int) -> CatalogueProvider? {
        asns[asn].flatMap { provider(id: $0) }
    }

    /// The country of a region code in one of the region tables (`aws`, `azure`, `gcp`…).
    public func country(region: String, table: String) -> String? {
        regionTables[table]?[region.lowercased()]
    }

    /// Where a region of a region table physically is, when the catalogue places it.
    public func site(table: String, region: String) -> RegionSite? {
        let code = region.lowercased()
        return regionSites[table]?.first { $0.region == code }
    }

    /// Every placed region, grouped by table (tables in name order, regions in file order).
    public var sites: [RegionSite] { regionSites.sorted { $0.key < $1.key }.flatMap(\.value) }

    /// The country of an infrastructure-as-code placement (Terraform provider + region).
    public func country(of placement: CloudPlacement) -> String? { regionOf(placement).map { $0.country } }

    /// Where an infrastructure-as-code resource runs: its region's country (and city, when the
    /// region's site is known), operated by the provider the Terraform provider names.
    public func location(of placement: CloudPlacement, address: String) -> Location? {
        guard let (table, region, country) = regionOf(placement) else { return nil }
        let operatorProvider = provider(id: table)
        var loc = Location(
            address: address, country: country, provider: operatorProvider?.name,
            jurisdiction: operatorProvider?.jurisdiction, source: .providerCatalog)
        if let site = site(table: table, region: region) {
            loc.city = site.city
            loc.latitude = site.latitude
            loc.longitude = site.longitude
            loc.precision = .region
        }
        return loc
    }

    private func regionOf(_ placement: CloudPlacement) -> (table: String, region: String, country: String)? {
        let table: String
        switch placement.provider.lowercased() {
        case "aws": table = "aws"
        case "azurerm", "azure", "azapi": table = "azure"
        case "google", "google-beta", "gcp": table = "gcp"
        default: return nil
        }
        let region = placement.region.lowercased().replacingSpaces()
        // The AWS provider reaches the European Sovereign Cloud too; its regions are another operator's.
        if table == "aws", let c = country(region: region, table: "aws-esc") { return ("aws-esc", region, c) }
        if let c = country(region: region, table: table) { return (table, region, c) }
        // GCP zones (europe-north1-a) carry their region.
        if table == "gcp", let dash = region.lastIndex(of: "-") {
            let r = String(region[..<dash])
            if let c = country(region: r, table: table) { return (table, r, c) }
        }
        return nil
    }

    /// This catalogue with `other`'s entries in front (a user's file overrides the built-in one).
    public func merging(_ other: ProviderCatalogue) -> ProviderCatalogue {
        var merged = self
        merged.providers = other.providers + providers.filter { p in !other.providers.contains { $0.id == p.id } }
        merged.services = other.services + services
        merged.index = CatalogueIndex(services: merged.services)
        merged.regionTables.merge(other.regionTables) { mine, theirs in mine.merging(theirs) { _, t in t } }
        merged.regionSites.merge(other.regionSites) { mine, theirs in
            theirs + mine.filter { m in !theirs.contains { $0.region == m.region } }
        }
        merged.asns.merge(other.asns) { _, theirs in theirs }
        return merged
    }
}

extension String {
    /// Azure's display names ("Norway East") as region codes ("norwayeast").
    func replacingSpaces() -> String { String(filter { $0 != " " }) }
}
