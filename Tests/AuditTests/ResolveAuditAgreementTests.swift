import Foundation
import TestSupport
import Testing

/// `resolve` and `audit` tell the same story about an address: the same geodata option group and
/// default search, the same locator. Run with the built binary, with a database the project
/// compiles itself (`geo compile`) and with whatever the default search finds on this machine.
@Suite struct ResolveAuditAgreementTests {
    /// Each host's `locations` as `resolve --format json` gives them.
    static func resolved(_ hosts: [String], _ extra: [String], in dir: URL) throws -> [String: [NSDictionary]] {
        let outcome = try ResidencyBinary.run(["resolve"] + hosts + ["--offline", "--format", "json"] + extra, in: dir)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        var out: [String: [NSDictionary]] = [:]
        for h in doc?["hosts"] as? [[String: Any]] ?? [] {
            let resolution = h["resolution"] as? [String: Any]
            out[h["host"] as? String ?? ""] = resolution?["locations"] as? [NSDictionary] ?? []
        }
        return out
    }

    /// Each endpoint host's `locations` in the audit's JSON report.
    static func audited(_ extra: [String], in dir: URL) throws -> [String: [NSDictionary]] {
        let outcome = try ResidencyBinary.run(
            [
                "audit", "estate", "--offline", "--format", "json", "--fail-on", "none",
                "--date", "2026-11-23",
            ] + extra, in: dir)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        var out: [String: [NSDictionary]] = [:]
        for e in doc?["endpoints"] as? [[String: Any]] ?? [] {
            let resolution = e["resolution"] as? [String: Any]
            out[e["host"] as? String ?? ""] = resolution?["locations"] as? [NSDictionary] ?? []
        }
        return out
    }

    static func estate(_ hosts: [String]) -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        dir.write(
            "estate/.env",
            hosts.enumerated().map { "DB\($0.offset)_URL=postgres://app@\($0.element):5432/app\n" }.joined())
        return dir
    }

    @Test func sameLocationWithGeoipDB() throws {
        let hosts = ["198.51.100.130", "192.0.2.10"]
        let dir = Self.estate(hosts)
        let db = dir.url.appendingPathComponent("nordic.mmdb").path
        let compiled = try ResidencyBinary.run(
            [
                "geo", "compile", PackagePaths.fixtures.appendingPathComponent("geo/nordic.yaml").path,
                "-o", db,
            ], in: dir.url)
        #expect(compiled.status == 0, "\(compiled.stderr)")
        let resolved = try Self.resolved(hosts, ["--geoip-db", db], in: dir.url)
        let audited = try Self.audited(["--geoip-db", db], in: dir.url)
        for host in hosts {
            #expect(resolved[host]?.isEmpty == false, "resolve placed no \(host)")
            #expect(
                resolved[host] == audited[host], "\(host): resolve \(resolved[host] ?? []) audit \(audited[host] ?? [])"
            )
        }
        #expect(resolved["198.51.100.130"]?.first?["city"] as? String == "Frankfurt am Main")
        #expect(resolved["192.0.2.10"]?.first?["country"] as? String == "NO")
    }

    @Test func sameLocationWithTheDefaultGeodata() throws {
        let hosts = ["8.8.8.8", "193.213.112.1"]
        let dir = Self.estate(hosts)
        let resolved = try Self.resolved(hosts, [], in: dir.url)
        let audited = try Self.audited([], in: dir.url)
        for host in hosts {
            #expect(
                resolved[host] == audited[host], "\(host): resolve \(resolved[host] ?? []) audit \(audited[host] ?? [])"
            )
        }
    }

    /// The SRV name of a `mongodb+srv://` URL is placed by provider knowledge without a country:
    /// the line says so in words, not `??`.
    @Test func srvNameLocationIsWords() throws {
        let dir = TemporaryDirectory()
        let outcome = try ResidencyBinary.run(
            ["resolve", "mongodb+srv://app@cluster0.abcde.mongodb.net/shop", "--offline"], in: dir.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let location = outcome.stdout.split(separator: "\n").first { $0.contains("location") }
        #expect(
            location?.contains("cluster0.abcde.mongodb.net: country not known — MongoDB Atlas") == true,
            "\(outcome.stdout)")
        #expect(!outcome.stdout.contains("??"))
    }

    @Test func explainListHasAHeader() throws {
        let dir = TemporaryDirectory()
        let outcome = try ResidencyBinary.run(["explain"], in: dir.url)
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(
            lines.first?.split(separator: " ", omittingEmptySubsequences: true) == ["RULE", "CATEGORY", "TITLE"],
            "\(outcome.stdout)")
        #expect(lines.dropFirst().contains { $0.hasPrefix("us-jurisdiction ") })
    }
}
