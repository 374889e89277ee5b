import Policy
import Resolving
import Testing

/// `PublishedRoundTrips` recognises an Azure region by the city and country the provider
/// catalogue places it in; this holds the two tables to the same places, so a renamed city in
/// one cannot silently turn the published figures off.
@Suite struct PublishedRoundTripSitesTests {
    @Test func everyListedRegionSitsWhereTheCatalogueSaysItDoes() throws {
        let catalogue = try ProviderCatalogue.builtIn()
        for region in PublishedRoundTrips.regions {
            let site = try #require(
                catalogue.site(table: "azure", region: region.code), "\(region.code) has no catalogue site")
            #expect(site.city == region.city, "\(region.code): catalogue says \(site.city)")
            #expect(site.country == region.country, "\(region.code): catalogue says \(site.country)")
        }
    }
}
