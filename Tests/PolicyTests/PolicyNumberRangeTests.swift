import Foundation
import Policy
import Testing

/// Every number of a policy file has a documented range (README, "Numeric ranges"); a value
/// outside it, or one that is not finite, is an error naming file and line. `Int(1e19)` in the
/// loader once stopped the program with a signal instead.
@Suite struct PolicyNumberRangeTests {
    /// A valid policy with every numeric key; `values` replaces some of them.
    static func policy(_ values: [String: String] = [:]) -> String {
        func v(_ key: String, _ fallback: String) -> String { values[key] ?? fallback }
        return """
            version: 1
            name: x
            latency:
              origin: {name: o, country: "NO", latitude: \(v("latitude", "59.9")), longitude: \(v("longitude", "10.7"))}
              model:
                stretch: \(v("stretch", "1.8"))
                fixedMs: \(v("fixedMs", "0.5"))
                fibreKmPerMs: \(v("fibreKmPerMs", "200"))
                tcpHandshakeRoundTrips: \(v("tcpHandshakeRoundTrips", "1"))
                tlsHandshakeRoundTrips: \(v("tlsHandshakeRoundTrips", "1"))
              budgets:
                hopMs: \(v("hopMs", "10"))
                chainMs: \(v("chainMs", "50"))
              datastoreRoundTrips: \(v("datastoreRoundTrips", "3"))
            geodata:
              maxAgeDays: \(v("maxAgeDays", "30"))

            """
    }

    static let lines = [
        "latitude": 4, "longitude": 4, "stretch": 6, "fixedMs": 7, "fibreKmPerMs": 8,
        "tcpHandshakeRoundTrips": 9, "tlsHandshakeRoundTrips": 10, "hopMs": 12, "chainMs": 13,
        "datastoreRoundTrips": 14, "maxAgeDays": 16,
    ]
    static let hostile = [
        "9223372036854775807", "1e19", "-9223372036854775809", "1e308", "-1e308", ".nan", ".inf", "-.inf", "nan",
    ]

    @Test(arguments: lines.keys.sorted())
    func hostileNumbersNameFileAndLine(key: String) {
        for value in Self.hostile {
            #expect {
                _ = try PolicyLoader.parse(yaml: Self.policy([key: value]), file: "bad.yaml")
            } throws: { error in
                "\(error)".hasPrefix("bad.yaml:\(Self.lines[key]!): \(key) must be")
            }
        }
    }

    @Test(arguments: ["tcpHandshakeRoundTrips", "tlsHandshakeRoundTrips", "datastoreRoundTrips", "maxAgeDays"])
    func countsMustBeWhole(key: String) {
        #expect {
            _ = try PolicyLoader.parse(yaml: Self.policy([key: "2.5"]), file: "bad.yaml")
        } throws: { error in
            "\(error)" == "bad.yaml:\(Self.lines[key]!): \(key) must be a whole number"
        }
    }

    /// The documented bounds themselves are accepted; one step beyond is not.
    @Test func boundsAreInclusive() throws {
        let edges = [
            "latitude": ("-90", "90.01"), "longitude": ("180", "-180.01"), "stretch": ("10", "0.99"),
            "fixedMs": ("10000", "10001"), "fibreKmPerMs": ("300", "301"), "tcpHandshakeRoundTrips": ("10", "11"),
            "tlsHandshakeRoundTrips": ("0", "-1"), "hopMs": ("600000", "600001"), "chainMs": ("600000", "0"),
            "datastoreRoundTrips": ("1000", "1001"), "maxAgeDays": ("36500", "36501"),
        ]
        for (key, (inside, outside)) in edges {
            #expect(throws: Never.self, "\(key): \(inside)") {
                try PolicyLoader.parse(yaml: Self.policy([key: inside]), file: "ok.yaml")
            }
            #expect(throws: (any Error).self, "\(key): \(outside)") {
                try PolicyLoader.parse(yaml: Self.policy([key: outside]), file: "bad.yaml")
            }
        }
        let p = try PolicyLoader.parse(
            yaml: Self.policy(["datastoreRoundTrips": "1000", "tcpHandshakeRoundTrips": "10"]), file: "ok.yaml")
        #expect(p.latency?.datastoreRoundTrips == 1000 && p.latency?.model.tcpHandshakeRoundTrips == 10)
    }
}

/// A policy file that is not text names the file and the line.
@Suite struct BinaryPolicyFileTests {
    @Test(arguments: [
        (Array("version: 1\nname: x\n\0".utf8), 3, "NUL byte"),
        (Array("version: 1\n".utf8) + [0xFF, 0x0A], 2, "not UTF-8"),
    ])
    func binaryPolicyNamesFileAndLine(bytes: [UInt8], line: Int, message: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString).yaml")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            _ = try PolicyLoader.load(files: [url.path])
        } throws: { error in
            "\(error)".hasPrefix("\(url.path):\(line): ") && "\(error)".contains(message)
        }
    }
}
