import ResidencyCore
import Testing

@testable import Policy

/// Microsoft's published Azure medians replace the model between two Azure regions, and only
/// there: a hop from an Oslo datacentre that is not Azure's keeps the model's estimate.
@Suite struct PublishedRoundTripsTests {
    static func azure(_ address: String, _ city: String, _ country: String, _ lat: Double, _ lon: Double) -> Location {
        var l = Location(
            address: address, country: country, city: city, latitude: lat, longitude: lon,
            provider: PublishedRoundTrips.providerName, jurisdiction: "US", source: .providerCatalog)
        l.precision = .region
        return l
    }
    static let azureOslo = azure("norwayeast", "Oslo", "NO", 59.91, 10.75)
    static let azureDublin = azure("ledger.postgres.database.azure.com", "Dublin", "IE", 53.35, -6.26)

    @Test func everyPairOfListedRegionsHasOneFigure() {
        let codes = PublishedRoundTrips.regions.map(\.code)
        #expect(Set(codes).count == 13)
        var seen: Set<Set<String>> = []
        for p in PublishedRoundTrips.pairs {
            #expect(p.a != p.b)
            #expect(codes.contains(p.a) && codes.contains(p.b), "\(p.a)–\(p.b) names an unlisted region")
            #expect(seen.insert([p.a, p.b]).inserted, "\(p.a)–\(p.b) listed twice")
            #expect((5.0...60.0).contains(p.ms), "\(p.a)–\(p.b): \(p.ms) ms is not a European median")
        }
        #expect(seen.count == 13 * 12 / 2)
    }

    @Test func theFiguresAreThePublishedOnes() throws {
        // Spot checks against the page (P50, 30 days to 2025-06-29), both directions averaged.
        let expected: [(String, String, Double)] = [
            ("northeurope", "norwayeast", 28), ("norwayeast", "westeurope", 23),
            ("germanywestcentral", "norwayeast", 22.5), ("norwayeast", "swedencentral", 16.5),
            ("germanywestcentral", "northeurope", 26), ("northeurope", "uksouth", 13),
        ]
        for (a, b, ms) in expected {
            let pair = try #require(PublishedRoundTrips.pairs.first { [$0.a, $0.b].sorted() == [a, b].sorted() })
            #expect(pair.ms == ms, "\(a)–\(b)")
        }
    }

    @Test func bothEndsMustBeAzureRegions() {
        #expect(PublishedRoundTrips.between(Self.azureOslo, Self.azureDublin)?.ms == 28)
        #expect(PublishedRoundTrips.between(Self.azureDublin, Self.azureOslo)?.ms == 28)
        // The same cities on another network: no published figure.
        #expect(PublishedRoundTrips.between(ExampleEstate.osloSite, Self.azureDublin) == nil)
        var awsDublin = Self.azureDublin
        awsDublin.provider = "Amazon Web Services"
        #expect(PublishedRoundTrips.between(Self.azureOslo, awsDublin) == nil)
        // One region to itself is not a published pair.
        #expect(PublishedRoundTrips.between(Self.azureOslo, Self.azureOslo) == nil)
    }

    /// The hop-budget rule from a cluster in Azure Norway East to a database in North Europe
    /// quotes the published 28 ms, and says where the figure comes from; from the Oslo
    /// datacentre of the example estate it quotes the model (Oslo–Dublin through Amsterdam and
    /// London, about 32 ms).
    @Test func theHopBudgetRuleUsesThePublishedFigure() throws {
        let ledger = ExampleEstate.endpoint(
            "ledger.postgres.database.azure.com", kind: .postgres,
            at: "k8s/payments/secret.yaml", line: 9, context: "Secret payments, key DB_HOST",
            components: ["payment-service"], method: .providerHostname,
            locations: [Self.azureDublin])
        var input = ExampleEstate.input([ledger])
        let fromDatacentre = LatencyHopBudgetRule().evaluate(input, policy: ExampleEstate.policy)
        #expect(fromDatacentre.count == 1)
        let modelled = try #require(fromDatacentre.first)
        #expect(!modelled.evidence.contains { $0.hasPrefix("published round trip") })
        #expect(modelled.message.contains("takes ~32 ms"), "\(modelled.message)")

        input.clusterSite = Self.azureOslo
        let fromAzure = LatencyHopBudgetRule().evaluate(input, policy: ExampleEstate.policy)
        #expect(fromAzure.count == 1)
        let published = try #require(fromAzure.first)
        #expect(published.message.contains("takes ~28 ms"), "\(published.message)")
        #expect(
            published.evidence.contains(
                "published round trip, used instead of the model: Microsoft Azure Norway East ↔ North Europe: 28 ms median (\(PublishedRoundTrips.dataset))"
            ))
    }
}
