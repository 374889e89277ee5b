import ResidencyCore

/// Round trips a provider has measured and published between its own regions: used instead of
/// the model's estimate when both ends of a hop are regions of that provider, because then the
/// traffic runs on the provider's backbone and the published figure is what the hop pays.
/// A data file; reviewed 2026-11-30.
///
/// Source: Microsoft, "Azure network round-trip latency statistics"
/// (https://learn.microsoft.com/azure/networking/azure-network-latency; the page's source is
/// `articles/networking/azure-network-latency.md` in github.com/MicrosoftDocs/azure-docs), the
/// dataset "taken on June 30th, 2025" covering the 30 days ending 29 June 2025: the monthly
/// **P50** (median) round trip in ms, measured by probes between Azure regions every minute.
/// Later editions of the page (from July 2025 on) publish P95 instead; the median is kept here
/// because the model estimates a typical request, not a bad minute.
///
/// The page gives one figure per direction (source row, destination column); the two directions
/// differ by at most 4 ms for the pairs below, and each pair holds their mean.
/// Only the 13 European regions the provider catalogue places in a city are listed (78 pairs);
/// `PublishedRoundTripsTests` checks that table and the catalogue's Azure sites name the same
/// cities.
///
/// Why not apply these figures to every hop between the same cities: Azure's backbone is one
/// network, and its figures differ from routes across the public Internet between the same
/// metros (Norway East–West Europe 23 ms against 15–20 ms measured Oslo–Amsterdam elsewhere);
/// the banded model (`LatencyModel`, `RoutePaths`) stays the estimate for every other hop.
public enum PublishedRoundTrips {
    /// One region of the table: its code, the name the page uses and where the catalogue places it.
    public struct Region: Sendable, Hashable {
        public let code: String
        public let name: String
        public let city: String
        public let country: String
        init(_ code: String, _ name: String, _ city: String, _ country: String) {
            self.code = code
            self.name = name
            self.city = city
            self.country = country
        }
    }

    /// The median round trip between two regions, either way.
    public struct Pair: Sendable, Hashable {
        public let a: String
        public let b: String
        public let ms: Double
        init(_ a: String, _ b: String, _ ms: Double) {
            self.a = a
            self.b = b
            self.ms = ms
        }
    }

    /// What a hop uses when both its ends are listed regions.
    public struct Measurement: Sendable, Hashable {
        public let from: Region
        public let to: Region
        public let ms: Double

        /// `Azure Norway East ↔ North Europe: 28 ms median (Microsoft, June 2025)`.
        public var label: String {
            "\(PublishedRoundTrips.providerName) \(from.name) ↔ \(to.name): \(Fmt.number(ms)) ms median (\(PublishedRoundTrips.dataset))"
        }
    }

    /// The catalogue's name for the provider whose regions these are (`Location.provider`).
    public static let providerName = "Microsoft Azure"
    /// How an evidence line cites the dataset.
    public static let dataset = "Microsoft's published Azure inter-region P50, 30 days to 2025-06-29"

    public static let regions: [Region] = [
        .init("norwayeast", "Norway East", "Oslo", "NO"),
        .init("norwaywest", "Norway West", "Stavanger", "NO"),
        .init("swedencentral", "Sweden Central", "Gävle", "SE"),
        .init("northeurope", "North Europe", "Dublin", "IE"),
        .init("westeurope", "West Europe", "Amsterdam", "NL"),
        .init("francecentral", "France Central", "Paris", "FR"),
        .init("francesouth", "France South", "Marseille", "FR"),
        .init("germanywestcentral", "Germany West Central", "Frankfurt", "DE"),
        .init("germanynorth", "Germany North", "Berlin", "DE"),
        .init("italynorth", "Italy North", "Milan", "IT"),
        .init("polandcentral", "Poland Central", "Warsaw", "PL"),
        .init("switzerlandnorth", "Switzerland North", "Zurich", "CH"),
        .init("uksouth", "UK South", "London", "GB"),
    ]

    public static let pairs: [Pair] = [
        .init("francecentral", "francesouth", 15),
        .init("francecentral", "germanynorth", 18.5),
        .init("francecentral", "germanywestcentral", 12),
        .init("francecentral", "italynorth", 21),
        .init("francecentral", "northeurope", 19.5),
        .init("francecentral", "norwayeast", 30.5),
        .init("francecentral", "norwaywest", 27),
        .init("francecentral", "polandcentral", 29),
        .init("francecentral", "swedencentral", 40.5),
        .init("francecentral", "switzerlandnorth", 17),
        .init("francecentral", "uksouth", 11),
        .init("francecentral", "westeurope", 14),
        .init("francesouth", "germanynorth", 26.5),
        .init("francesouth", "germanywestcentral", 19.5),
        .init("francesouth", "italynorth", 12),
        .init("francesouth", "northeurope", 29),
        .init("francesouth", "norwayeast", 38),
        .init("francesouth", "norwaywest", 36),
        .init("francesouth", "polandcentral", 36.5),
        .init("francesouth", "swedencentral", 48.5),
        .init("francesouth", "switzerlandnorth", 14),
        .init("francesouth", "uksouth", 20),
        .init("francesouth", "westeurope", 23.5),
        .init("germanynorth", "germanywestcentral", 10.5),
        .init("germanynorth", "italynorth", 21),
        .init("germanynorth", "northeurope", 27),
        .init("germanynorth", "norwayeast", 20),
        .init("germanynorth", "norwaywest", 26),
        .init("germanynorth", "polandcentral", 16),
        .init("germanynorth", "swedencentral", 31.5),
        .init("germanynorth", "switzerlandnorth", 16),
        .init("germanynorth", "uksouth", 21),
        .init("germanynorth", "westeurope", 14.5),
        .init("germanywestcentral", "italynorth", 14),
        .init("germanywestcentral", "northeurope", 26),
        .init("germanywestcentral", "norwayeast", 22.5),
        .init("germanywestcentral", "norwaywest", 25.5),
        .init("germanywestcentral", "polandcentral", 22),
        .init("germanywestcentral", "swedencentral", 34),
        .init("germanywestcentral", "switzerlandnorth", 9),
        .init("germanywestcentral", "uksouth", 17),
        .init("germanywestcentral", "westeurope", 12.5),
        .init("italynorth", "northeurope", 35.5),
        .init("italynorth", "norwayeast", 33.5),
        .init("italynorth", "norwaywest", 35.5),
        .init("italynorth", "polandcentral", 31.5),
        .init("italynorth", "swedencentral", 48.5),
        .init("italynorth", "switzerlandnorth", 9),
        .init("italynorth", "uksouth", 27.5),
        .init("italynorth", "westeurope", 23.5),
        .init("northeurope", "norwayeast", 28),
        .init("northeurope", "norwaywest", 26),
        .init("northeurope", "polandcentral", 35),
        .init("northeurope", "swedencentral", 36),
        .init("northeurope", "switzerlandnorth", 31),
        .init("northeurope", "uksouth", 13),
        .init("northeurope", "westeurope", 18),
        .init("norwayeast", "norwaywest", 10),
        .init("norwayeast", "polandcentral", 28),
        .init("norwayeast", "swedencentral", 16.5),
        .init("norwayeast", "switzerlandnorth", 28),
        .init("norwayeast", "uksouth", 24),
        .init("norwayeast", "westeurope", 23),
        .init("norwaywest", "polandcentral", 34),
        .init("norwaywest", "swedencentral", 20.5),
        .init("norwaywest", "switzerlandnorth", 31),
        .init("norwaywest", "uksouth", 17),
        .init("norwaywest", "westeurope", 19.5),
        .init("polandcentral", "swedencentral", 30),
        .init("polandcentral", "switzerlandnorth", 26),
        .init("polandcentral", "uksouth", 29),
        .init("polandcentral", "westeurope", 22.5),
        .init("swedencentral", "switzerlandnorth", 43),
        .init("swedencentral", "uksouth", 37.5),
        .init("swedencentral", "westeurope", 36),
        .init("switzerlandnorth", "uksouth", 23),
        .init("switzerlandnorth", "westeurope", 18.5),
        .init("uksouth", "westeurope", 12),
    ]

    private static let byPlace: [String: Region] = Dictionary(
        uniqueKeysWithValues: regions.map { ("\($0.country)/\($0.city)", $0) })
    private static let byPair: [String: Double] = Dictionary(
        uniqueKeysWithValues: pairs.flatMap { p in
            [("\(p.a)|\(p.b)", p.ms), ("\(p.b)|\(p.a)", p.ms)]
        })

    /// The listed region a location stands for: the provider's, in the region's city.
    public static func region(of location: Location?) -> Region? {
        guard let l = location, l.provider == providerName, let city = l.city, let country = l.country else {
            return nil
        }
        return byPlace["\(country)/\(city)"]
    }

    /// The published round trip between two locations, when both are listed regions (a region
    /// to itself is not a published pair: the model's in-city estimate stays).
    public static func between(_ a: Location?, _ b: Location?) -> Measurement? {
        guard let ra = region(of: a), let rb = region(of: b), let ms = byPair["\(ra.code)|\(rb.code)"] else {
            return nil
        }
        return Measurement(from: ra, to: rb, ms: ms)
    }
}
