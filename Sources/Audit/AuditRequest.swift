import Foundation
import Geolocation
import Policy
import ResidencyCore
import Resolving
import Scanning

/// One audit, as asked: what to scan, how to resolve and locate, which policy, which day.
public struct AuditRequest {
    /// The folder under audit, and how the report names it.
    public var root: URL
    public var displayPath: String
    public var scanOptions: ScanOptions
    public var estate: EstateFile
    /// The estate file's path as the report names it (suppressions point at it), nil when none.
    public var estatePath: String?
    public var catalogue: ProviderCatalogue
    public var mode: Resolver.Mode
    /// Nil when no geolocation data is available: public addresses then stay unlocated.
    public var geodata: GeoDatabases?
    public var policy: Policy
    /// `YYYY-MM-DD` (UTC): suppression expiry and geodata age are judged on this day.
    public var today: String
    /// Set (`RESIDENCY_PHASES=1`): each stage's time is written to standard error.
    public var trace: PhaseTrace?

    public init(
        root: URL, displayPath: String, scanOptions: ScanOptions = ScanOptions(), estate: EstateFile = EstateFile(),
        estatePath: String? = nil, catalogue: ProviderCatalogue, mode: Resolver.Mode,
        geodata: GeoDatabases?, policy: Policy, today: String, trace: PhaseTrace? = nil
    ) {
        self.root = root
        self.displayPath = displayPath
        self.scanOptions = scanOptions
        self.estate = estate
        self.estatePath = estatePath
        self.catalogue = catalogue
        self.mode = mode
        self.geodata = geodata
        self.policy = policy
        self.today = today
        self.trace = trace
    }
}
