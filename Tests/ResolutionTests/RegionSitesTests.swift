import Testing
import ResidencyCore
@testable import Resolution

/// Region sites are hand-written next to the catalogue's region tables: they must agree.
@Suite struct RegionSitesTests {
    @Test func everySiteIsACatalogueRegionInTheSameCountry() {
        let catalogue = ProviderCatalogue.builtIn
        for site in RegionSites.all {
            #expect(catalogue.country(region: site.region, table: site.table) == site.country,
                    "\(site.table)/\(site.region) is \(site.country) here but not in providers/catalogue.yaml")
            #expect((-90...90).contains(site.latitude) && (-180...180).contains(site.longitude))
        }
        #expect(Set(RegionSites.all.map { "\($0.table)/\($0.region)" }).count == RegionSites.all.count)
    }

    @Test func terraformPlacementGetsTheRegionsCityAndOperator() throws {
        let loc = try #require(ProviderCatalogue.builtIn.location(
            of: CloudPlacement(provider: "aws", region: "eu-north-1", resourceType: "aws_db_instance"), address: "aws_db_instance.orders"))
        #expect(loc.country == "SE")
        #expect(loc.city == "Stockholm")
        #expect(loc.precision == .region)
        #expect(loc.jurisdiction == "US")
        let gcpZone = ProviderCatalogue.builtIn.location(
            of: CloudPlacement(provider: "google", region: "europe-north1-a", resourceType: "google_sql_database_instance"), address: "x")
        #expect(gcpZone?.country == "FI")
        #expect(ProviderCatalogue.builtIn.location(
            of: CloudPlacement(provider: "aws", region: "mars-north-1", resourceType: "aws_db_instance"), address: "x") == nil)
        let sovereign = try #require(ProviderCatalogue.builtIn.location(
            of: CloudPlacement(provider: "aws", region: "eusc-de-east-1", resourceType: "aws_db_instance"), address: "x"))
        #expect(sovereign.provider == "AWS European Sovereign Cloud" && sovereign.jurisdiction == "US" && sovereign.country == "DE")
        #expect(sovereign.city == "Brandenburg")
    }

    @Test func providerHostnamesCarryTheRegionSite() {
        let r = Resolver(mode: .offline).resolve("orders.c9akciq32xyz.eu-north-1.rds.amazonaws.com")
        #expect(r.resolution.locations.first?.city == "Stockholm")
        #expect(r.resolution.locations.first?.latitude == 59.33)
    }
}
