import ConfigFiles
import ResidencyCore
import Testing

@testable import Resolving

/// Region sites live in the catalogue's region tables (`sites:`): a site takes its country from
/// its table, a site of a region the table lacks is rejected, and users may place regions too.
@Suite struct RegionSitesTests {
    @Test func theShippedSitesArePlacedInTheirTablesCountries() throws {
        let catalogue = try ProviderCatalogue.builtIn()
        #expect(catalogue.sites.count == 40)
        #expect(Set(catalogue.regionSites.keys) == ["aws", "aws-esc", "azure", "gcp"])
        for site in catalogue.sites {
            #expect(catalogue.country(region: site.region, table: site.table) == site.country)
            #expect((-90...90).contains(site.latitude) && (-180...180).contains(site.longitude))
        }
        #expect(Set(catalogue.sites.map { "\($0.table)/\($0.region)" }).count == catalogue.sites.count)
        let dublin = try #require(catalogue.site(table: "aws", region: "EU-WEST-1"))
        #expect(
            dublin.country == "IE" && dublin.city == "Dublin" && dublin.latitude == 53.35 && dublin.longitude == -6.26)
    }

    @Test func aSiteOfARegionTheTableLacksIsRejectedAtItsLine() {
        let yaml = """
            version: 1
            regionTables:
              mine:
                source: "ours"
                codes: {north-1: NO}
                sites:
                  north-1: {city: Oslo, latitude: 59.91, longitude: 10.75}
                  south-9: {city: Nowhere, latitude: 1, longitude: 1}
            """
        #expect(
            throws: ConfigFileError(
                file: "c.yaml", line: 8, message: "sites of mine: 'south-9' is not a region of the table")
        ) {
            try ProviderCatalogue.load(yaml: yaml, file: "c.yaml")
        }
    }

    @Test func aUsersSiteOverridesTheShippedOne() throws {
        let user = try ProviderCatalogue.load(
            yaml: """
                version: 1
                regionTables:
                  aws:
                    source: "ours"
                    codes: {eu-north-1: SE}
                    sites: {eu-north-1: {city: Sigtuna, latitude: 59.62, longitude: 17.72}}
                """, file: "c.yaml")
        let merged = try ProviderCatalogue.builtIn().merging(user)
        #expect(merged.site(table: "aws", region: "eu-north-1")?.city == "Sigtuna")
        #expect(merged.site(table: "aws", region: "eu-west-1")?.city == "Dublin")
    }

    @Test func terraformPlacementGetsTheRegionsCityAndOperator() throws {
        let loc = try #require(
            ProviderCatalogue.builtIn().location(
                of: CloudPlacement(provider: "aws", region: "eu-north-1", resourceType: "aws_db_instance"),
                address: "aws_db_instance.orders"))
        #expect(loc.country == "SE")
        #expect(loc.city == "Stockholm")
        #expect(loc.precision == .region)
        #expect(loc.jurisdiction == "US")
        let gcpZone = try ProviderCatalogue.builtIn().location(
            of: CloudPlacement(
                provider: "google", region: "europe-north1-a", resourceType: "google_sql_database_instance"),
            address: "x")
        #expect(gcpZone?.country == "FI")
        #expect(
            try ProviderCatalogue.builtIn().location(
                of: CloudPlacement(provider: "aws", region: "mars-north-1", resourceType: "aws_db_instance"),
                address: "x") == nil)
        let sovereign = try #require(
            ProviderCatalogue.builtIn().location(
                of: CloudPlacement(provider: "aws", region: "eusc-de-east-1", resourceType: "aws_db_instance"),
                address: "x"))
        #expect(
            sovereign.provider == "AWS European Sovereign Cloud" && sovereign.jurisdiction == "US"
                && sovereign.country == "DE")
        #expect(sovereign.city == "Brandenburg")
    }

    @Test func providerHostnamesCarryTheRegionSite() throws {
        let r = Resolver(catalogue: try .builtIn(), mode: .offline).resolve(
            "orders.c9akciq32xyz.eu-north-1.rds.amazonaws.com")
        #expect(r.resolution.locations.first?.city == "Stockholm")
        #expect(r.resolution.locations.first?.latitude == 59.33)
    }
}
