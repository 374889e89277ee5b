import Foundation
import ResidencyCore
import Testing

@testable import Policy

/// Shipped policies load, say what the law says, and bad policy files fail closed with file and line.
@Suite struct PolicyLoadingTests {
    @Test func defaultPolicyHasEverySection() throws {
        let p = try PolicyLoader.shipped()
        #expect(p.names == ["gdpr-eea", "schrems-ii", "norway-latency", "default"])
        let r = try #require(p.residency)
        // EU-27 + IS, LI, NO, and the parts of member states with codes of their own: Åland and the
        // outermost regions French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint-Martin.
        #expect(
            r.allowedCountries
                == Set([
                    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
                    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
                    "AX", "GF", "GP", "MQ", "RE", "YT", "MF",
                ]))
        // Brazil's decision was adopted on 27 January 2026.
        #expect(
            r.adequacyCountries
                == Set(["AD", "AR", "BR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY", "US"])
        )
        #expect(p.reviewed == ["gdpr-eea": "2026-11-30", "schrems-ii": "2026-11-30", "norway-latency": "2026-11-30"])
        #expect(!r.allowAdequacy && !r.allows("CH") && r.allows("NO"))
        #expect(r.persistenceRoles == [.datastore, .queue, .objectStorage])
        #expect(p.jurisdiction?.flagged == ["US"])
        #expect(p.jurisdiction?.supplementaryMeasures.isEmpty == false)
        let l = try #require(p.latency)
        #expect(l.origin.country == "NO" && l.hopBudgetMs == 10 && l.chainBudgetMs == 50)
        #expect(l.model.stretch == 1.8 && l.model.fixedMs == 0.5 && l.model.fibreKmPerMs == 200)
        #expect(p.geodata?.maxAgeDays == 365)
        for name in ["gdpr-eea", "schrems-ii", "norway-latency", "default"] {
            #expect(PolicyLoader.shipped(named: name) != nil)
        }
    }

    @Test func generatedFileIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = root.appendingPathComponent("policies")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        #expect(names.map { String($0.dropLast(5)) } == ShippedPolicies.files.map(\.0))
        for (name, text) in ShippedPolicies.files {
            let onDisk = try String(contentsOf: folder.appendingPathComponent("\(name).yaml"), encoding: .utf8)
            #expect(
                onDisk.trimmingCharacters(in: .newlines) == text.trimmingCharacters(in: .newlines),
                "policies/\(name).yaml changed: run scripts/generate-policies")
        }
    }

    @Test func userPolicyExtendsDefaultAndOverridesASection() throws {
        let p = try PolicyLoader.parse(
            yaml: """
                version: 1
                name: strict-latency
                extends: [default]
                latency:
                  origin: {name: users in Bergen, country: "NO", latitude: 60.39, longitude: 5.32}
                  model: {stretch: 2.0, fixedMs: 1}
                  budgets: {hopMs: 5, chainMs: 30}
                """, file: "mine.yaml")
        #expect(p.latency?.hopBudgetMs == 5 && p.latency?.origin.name == "users in Bergen")
        #expect(p.residency != nil && p.names.last == "strict-latency")
    }

    @Test(arguments: [
        ("version: 2\nname: x\n", 1, "unsupported version"),
        ("version: 1\nname: x\nresidency:\n  allowedCountries: [NO]\n  colour: red\n", 5, "unknown key 'colour'"),
        ("version: 1\nname: x\ngeodata:\n  maxAgeDays: 30\n  severity: dreadful\n", 5, "unknown severity"),
        ("version: 1\nname: x\nresidency:\n  allowedCountries: [\"NO\", Norway]\n", 4, "not an ISO 3166-1"),
        (
            "version: 1\nname: x\nresidency:\n  allowedCountries: [\"NO\"]\n  persistenceRoles: [database]\n", 5,
            "unknown role"
        ),
        ("version: 1\nname: x\nextends: [nowhere]\n", 3, "neither a shipped policy"),
        ("version: 1\nname: x\nextends: [x]\n", 3, "extends cycle"),
        (
            "version: 1\nname: x\nlatency:\n  origin: {name: o, country: \"NO\", latitude: 1, longitude: 1}\n  model: {stretch: 1.8, fixedMs: 0.5}\n  budgets: {hopMs: -1, chainMs: 50}\n",
            6, "greater than 0"
        ),
        ("version: 1\nname: x\nresidency: [\n", 4, "YAML syntax error"),
        ("version: 1\nname: x\nreviewed: 2026-13-01\n", 3, "reviewed must be a date YYYY-MM-DD"),
    ])
    func badPoliciesNameFileAndLine(yaml: String, line: Int, message: String) {
        #expect {
            _ = try PolicyLoader.parse(yaml: yaml, file: "bad.yaml")
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("bad.yaml:\(line):") && text.contains(message)
        }
    }

    @Test func binaryAndMissingFilesFailClosed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("p.yaml")
        try Data([0x00, 0xFF, 0x13, 0x37]).write(to: binary)
        #expect(throws: PolicyError.self) { try PolicyLoader.load(files: [binary.path]) }
        #expect(throws: PolicyError.self) {
            try PolicyLoader.load(files: [dir.appendingPathComponent("none.yaml").path])
        }
    }
}
