import ResidencyCore
import Testing

@testable import Resolving

/// The geolocation seam: an `AddressLocator` (Geolocation's MMDB reader, later) places public
/// addresses; the catalogue's ASN table names the operator and its jurisdiction.
@Suite struct LocatorSeamTests {
    struct FakeMMDB: AddressLocator {
        func locate(_ address: IPAddress) -> Location? {
            guard address == IPAddress("52.95.0.1") else { return nil }
            return Location(
                address: address.description, country: "IE", city: "Dublin", asn: 16509, asOrganization: "AMAZON-02",
                source: .mmdb)
        }
    }

    @Test func mmdbLocationGetsOperatorFromASN() throws {
        let r = Resolver(catalogue: try .builtIn(), locator: FakeMMDB(), mode: .offline).resolve("52.95.0.1")
        let loc = r.resolution.locations.first
        #expect(loc?.source == .mmdb)
        #expect(loc?.country == "IE")
        #expect(loc?.provider == "Amazon Web Services")
        #expect(loc?.jurisdiction == "US")
    }

    @Test func estateNetworksWinOverTheLocator() throws {
        let estate = try EstateFile.parse(
            yaml: "sites:\n  dub: {country: IE, provider: Own DC}\nnetworks:\n  52.95.0.0/24: dub\n", file: "e.yaml")
        let r = Resolver(estate: estate, catalogue: try .builtIn(), locator: FakeMMDB(), mode: .offline).resolve(
            "52.95.0.1")
        #expect(r.resolution.locations.first?.source == .estate)
        #expect(r.resolution.locations.first?.provider == "Own DC")
    }

    @Test func literalGatesKeepEveryPatternReachable() {
        #expect(
            CompiledPattern.requiredLiterals(#"[a-z0-9-]+\.{region}\.rds\.amazonaws\.com(?:\.cn)?"#) == [
                ".rds.amazonaws.com"
            ])
        #expect(
            CompiledPattern.requiredLiterals(#"sqs\.{region}\.amazonaws\.com|sqs\.{region}\.api\.aws"#) == [
                ".amazonaws.com", ".api.aws",
            ])
        #expect(CompiledPattern.requiredLiterals(#"https?://x"#) == ["http"])
        #expect(CompiledPattern.requiredLiterals(#"[a-z]+\.io|x"#) == nil)  // too short to gate
        #expect(CompiledPattern.requiredLiterals(#"(?:[a-z]+\.)*datadoghq\.eu"#) == ["datadoghq.eu"])
    }

    @Test func systemResolverAnswersFromHostsFile() {
        // `localhost` comes from /etc/hosts: no packet leaves the machine.
        let r = SystemResolver(timeout: 2).lookup(["localhost"])["localhost"]
        #expect(
            r?.addresses.contains { SpecialRange.containing($0)?.category == "loopback" } == true,
            "\(String(describing: r))")
    }
}
