import ConfigFiles
import Foundation
import ResidencyCore
import Resolving
import TestSupport
import Testing

/// The catalogue proves itself: every pattern matches its own examples (with the right region and
/// a known country) and none of its near misses; the embedded copy equals the data file.
@Suite struct ProviderCatalogueTests {
    let catalogue: ProviderCatalogue

    init() throws { catalogue = try ProviderCatalogue.builtIn() }

    @Test func embeddedCatalogueIsTheDataFile() throws {
        let file = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("providers/catalogue.yaml"), encoding: .utf8)
        #expect(
            ProviderCatalogue.embeddedText + "\n" == file,
            "Sources/Resolution/Catalogue/ProviderCatalogue+Embedded.generated.swift is stale: run scripts/generate-provider-catalogue"
        )
    }

    @Test func everyServiceHasExamplesAndNearMisses() {
        #expect(catalogue.services.count >= 40)
        for service in catalogue.services {
            #expect(!service.examples.isEmpty, "\(service.service)")
            #expect(!service.nearMisses.isEmpty, "\(service.service)")
        }
    }

    @Test func everyExampleMatchesItsOwnServiceWithItsRegion() {
        for service in catalogue.services {
            for (host, region) in service.examples {
                let match = catalogue.match(host: host)
                #expect(
                    match?.service.service == service.service && match?.provider.id == service.providerID,
                    "\(host) should match \(service.providerID)/\(service.service), got \(match.map { "\($0.provider.id)/\($0.service.service)" } ?? "nothing")"
                )
                #expect(
                    match?.region == region, "\(host): region \(match?.region ?? "nil"), expected \(region ?? "nil")")
                if region != nil { #expect(match?.country != nil, "\(host): region without a country") }
            }
        }
    }

    @Test func nearMissesDoNotMatchTheirService() {
        for service in catalogue.services {
            for host in service.nearMisses {
                let match = catalogue.match(host: host)
                #expect(
                    match == nil || match?.service.service != service.service
                        || match?.provider.id != service.providerID,
                    "near miss \(host) matched \(service.providerID)/\(service.service)")
                // A look-alike under someone else's domain must not match anything at all.
                if host.hasSuffix(".example.com") || host.hasSuffix(".example.org") || host.hasSuffix(".example.net") {
                    #expect(match == nil, "\(host) matched \(match?.provider.id ?? "")")
                }
            }
        }
    }

    @Test(arguments: [
        ("orders.c9akciq32xyz.eu-north-1.rds.amazonaws.com", "aws", "SE", "US"),
        ("shop.cluster-c9akciq32xyz.eu-west-1.rds.amazonaws.com", "aws", "IE", "US"),
        ("invoices.s3.eu-central-1.amazonaws.com", "aws", "DE", "US"),
        ("sessions.abc123.ng.0001.euw2.cache.amazonaws.com", "aws", "GB", "US"),
        ("sessions.norwayeast.redis.azure.net", "azure", "NO", "US"),
        ("orders-123456789012.europe-north1.run.app", "gcp", "FI", "US"),
        ("invoices.fsn1.your-objectstorage.com", "hetzner", "DE", "DE"),
        ("invoices.s3.gra.io.cloud.ovh.net", "ovhcloud", "FR", "FR"),
        ("o1.ingest.de.sentry.io", "sentry", "DE", "US"),
        ("pkc-4r297.eu-north-1.aws.confluent.cloud", "confluent", "SE", "US"),
        // Issue 12: newer regions and services, each with the country its name says.
        ("orders.c9akciq32xyz.eusc-de-east-1.rds.amazonaws.eu", "aws-esc", "DE", "US"),
        ("api.uk1.datadoghq.com", "datadog", "GB", "US"),
        ("otlp.jp01.nr-data.net", "newrelic", "JP", "US"),
        ("log-api.jp.newrelic.com", "newrelic", "JP", "US"),
        ("postgresql-abc12345-o1234567.database.cloud.ovh.us", "ovh-us", "US", "US"),
        ("invoices.s3.eu-south-mil.io.cloud.ovh.net", "ovhcloud", "IT", "FR"),
        ("invoices.s3.ca-east-tor.io.cloud.ovh.net", "ovhcloud", "CA", "FR"),
        ("invoices.s3.ap-south-mum.io.cloud.ovh.net", "ovhcloud", "IN", "FR"),
        ("sessions.abc123.apse7.cache.amazonaws.com", "aws", "TH", "US"),
        ("sessions.abc123.caw1.cache.amazonaws.com", "aws", "CA", "US"),
        ("sessions.abc123.mxc1.cache.amazonaws.com", "aws", "MX", "US"),
        ("sessions.abc123.ape2.cache.amazonaws.com", "aws", "TW", "US"),
        ("orders-proxy.proxy-c9akciq32xyz.eu-west-1.rds.amazonaws.com", "aws", "IE", "US"),
        ("xy12345.west-europe.azure.snowflakecomputing.com", "snowflake", "NL", "US"),
        ("telemetry.norwayeast.kusto.windows.net", "azure", "NO", "US"),
        ("adb.eu-frankfurt-1.oraclecloud.com", "oracle", "DE", "US"),
        ("invoices.ams3.digitaloceanspaces.com", "digitalocean", "NL", "US"),
        ("invoices.se-sto-1.linodeobjects.com", "akamai", "SE", "US"),
        ("sqs.mnq.fr-par.scaleway.com", "scaleway", "FR", "FR"),
        ("us.sentry.io", "sentry", "US", "US"),
        ("events.eu1.segmentapis.com", "segment", "IE", "US"),
        ("shop-default-rtdb.europe-west1.firebasedatabase.app", "gcp", "BE", "US"),
        ("invoices.obs.eu-nl.otc.t-systems.com", "open-telekom-cloud", "NL", "DE"),
        ("invoices.sos-at-vie-1.exo.io", "exoscale", "AT", "CH"),
        ("object.storage.eu01.onstackit.cloud", "stackit", "DE", "DE"),
        ("invoices.s3.eu-central-3.ionoscloud.com", "ionos", "DE", "DE"),
    ])
    func knownHostsGiveCountryAndJurisdiction(host: String, provider: String, country: String, jurisdiction: String) {
        let match = catalogue.match(host: host)
        #expect(match?.provider.id == provider)
        #expect(match?.country == country)
        #expect(match?.provider.jurisdiction == jurisdiction)
    }

    /// A catch-all for a provider's home region must not take a newer region's names: an unlisted
    /// site or region label matches no service (the name is then placed by DNS and geodata).
    @Test(arguments: [
        "api.xy7.datadoghq.com", "http-intake.logs.ab9.datadoghq.com", "otlp.kr01.nr-data.net",
        "log-api.kr.newrelic.com", "api.ap1.honeycomb.io", "acme.xy.auth0.com",
    ])
    func catchAllsLeaveUnknownRegionsAlone(host: String) {
        #expect(
            catalogue.match(host: host) == nil,
            "\(host): \(catalogue.match(host: host).map { "\($0.provider.id) \($0.service.service)" } ?? "")")
    }

    /// Entities as the fact check found them: AWS customers in Europe contract with AWS EMEA SARL
    /// (Luxembourg), Elastic N.V. is Dutch; both stay US for their group.
    @Test func contractingEntitiesAndTheirGroups() throws {
        let aws = try #require(catalogue.provider(id: "aws"))
        #expect(
            aws.legalSeat == "LU" && aws.jurisdiction == "US"
                && aws.legalEntity.contains("Amazon Web Services EMEA SARL"))
        let elastic = try #require(catalogue.provider(id: "elastic-cloud"))
        #expect(
            elastic.legalSeat == "NL" && elastic.jurisdiction == "US"
                && elastic.legalEntity.hasPrefix("Elastic N.V., Amsterdam"))
        for (asn, id) in [
            (19527, "gcp"), (212317, "hetzner"), (35540, "ovhcloud"), (25697, "upcloud"), (8069, "azure"),
            (12076, "azure"),
        ] {
            #expect(catalogue.provider(forASN: asn)?.id == id, "AS\(asn)")
        }
        for id in ["ionos", "stackit", "open-telekom-cloud", "exoscale", "clever-cloud", "infomaniak"] {
            #expect(catalogue.provider(id: id)?.usJurisdiction == false, "\(id)")
        }
        #expect(catalogue.provider(id: "ovh-us")?.usJurisdiction == true)
    }

    @Test func regionTablesCoverTheIssuesExamples() {
        #expect(catalogue.country(region: "eu-north-1", table: "aws") == "SE")
        #expect(catalogue.country(region: "eu-west-1", table: "aws") == "IE")
        #expect(catalogue.country(region: "eu-central-1", table: "aws") == "DE")
        #expect(catalogue.country(region: "eu-west-2", table: "aws") == "GB")
        #expect(catalogue.country(region: "norwayeast", table: "azure") == "NO")
        #expect(catalogue.country(region: "europe-north1", table: "gcp") == "FI")
        #expect(
            catalogue.country(of: CloudPlacement(provider: "azurerm", region: "Norway East", resourceType: "x")) == "NO"
        )
        #expect(
            catalogue.country(of: CloudPlacement(provider: "google", region: "europe-north1-a", resourceType: "x"))
                == "FI")
        #expect((catalogue.regionTables["aws"]?.count ?? 0) >= 35)
        #expect((catalogue.regionTables["azure"]?.count ?? 0) >= 55)
        #expect((catalogue.regionTables["gcp"]?.count ?? 0) >= 40)
    }

    @Test func asnsNameTheirOperators() {
        #expect(catalogue.provider(forASN: 16509)?.id == "aws")
        #expect(catalogue.provider(forASN: 14618)?.id == "aws")
        #expect(catalogue.provider(forASN: 8075)?.id == "azure")
        #expect(catalogue.provider(forASN: 396982)?.id == "gcp")
        #expect(catalogue.provider(forASN: 24940)?.jurisdiction == "DE")
        #expect(catalogue.provider(forASN: 16276)?.jurisdiction == "FR")
        #expect(catalogue.provider(forASN: 64512) == nil)
    }

    @Test func usersExtendTheCatalogueAndUnknownKeysAreRejected() throws {
        let user = try ProviderCatalogue.load(
            yaml: """
                version: 1
                providers:
                  - id: acme
                    name: Acme Cloud
                    legalEntity: Acme AS, Oslo
                    legalSeat: "NO"
                    usJurisdiction: false
                    source: Brønnøysundregistrene
                    services:
                      - service: Acme DB
                        kind: postgres
                        role: datastore
                        pattern: '[a-z]+\\.db\\.acme\\.no'
                        country: "NO"
                        examples: [orders.db.acme.no]
                        nearMisses: [db.acme.no]
                """, file: "mine.yaml")
        let merged = catalogue.merging(user)
        #expect(merged.match(host: "orders.db.acme.no")?.country == "NO")
        #expect(merged.match(host: "invoices.s3.eu-north-1.amazonaws.com")?.country == "SE")

        #expect(
            throws: ConfigFileError(
                file: "bad.yaml", line: 3,
                message:
                    "provider: unknown key 'colour' (known: dpf, id, legalEntity, legalSeat, name, services, source, usJurisdiction)"
            )
        ) {
            try ProviderCatalogue.load(yaml: "version: 1\nproviders:\n  - {id: a, colour: red}\n", file: "bad.yaml")
        }
    }

    /// Every US provider says whether it is on the Data Privacy Framework List; the shipped file
    /// could not check the List, so none is recorded as certified (unknown = not certified).
    @Test func dataPrivacyFrameworkStatusIsRecordedAndFailsClosed() throws {
        #expect(catalogue.reviewed == "2026-11-30")
        for p in catalogue.providers where p.usJurisdiction {
            #expect(p.dpf.source?.isEmpty == false, "\(p.id) has no dpf entry")
            #expect(
                p.dpf.certified != .certified || p.dpf.checked != nil,
                "\(p.id): certified without the day it was checked")
        }
        let user = try ProviderCatalogue.load(
            yaml: """
                version: 1
                reviewed: 2026-12-01
                providers:
                  - {id: aws, name: Amazon Web Services, legalEntity: "Amazon Web Services, Inc.", legalSeat: US, usJurisdiction: true,
                     source: SEC EDGAR, dpf: {certified: true, checked: 2026-12-01, source: "dataprivacyframework.gov/list"}}
                """, file: "mine.yaml")
        #expect(user.reviewed == "2026-12-01")
        let merged = catalogue.merging(user)
        #expect(merged.provider(id: "aws")?.dpf.certified == .certified)
        #expect(merged.reviewed == "2026-11-30", "the built-in review date stays the built-in one's")
        let provider =
            "version: 1\nproviders:\n  - {id: a, name: A, legalEntity: A Inc, legalSeat: US, usJurisdiction: true, source: s, "
        for (dpf, message) in [
            ("dpf: {certified: yes, source: s}", "dpf.certified must be true, false or unknown"),
            ("dpf: {certified: true, source: s}", "needs the day it was checked"),
            ("dpf: {certified: false, checked: 2026-02-30, source: s}", "is not a day of the calendar"),
        ] {
            #expect(throws: ConfigFileError.self) {
                try ProviderCatalogue.load(yaml: provider + dpf + "}\n", file: "bad.yaml")
            }
            #expect { try ProviderCatalogue.load(yaml: provider + dpf + "}\n", file: "bad.yaml") } throws: {
                "\($0)".contains(message)
            }
        }
        #expect { try ProviderCatalogue.load(yaml: "version: 1\nreviewed: last spring\n", file: "bad.yaml") } throws: {
            "\($0)".contains("reviewed must be a date YYYY-MM-DD")
        }
    }
}
